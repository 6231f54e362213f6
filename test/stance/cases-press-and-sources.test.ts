// Kinds from the rounds of the foreign press read in Arabic (r185: a paper quoting officials, «نقلت صحيفة … عن
// مسؤول …»), of joint press conferences (r187), of second-rank voices (r189), of anonymous sources (r191), of the
// regional press (r193) and of the rounds' agenda disputes (r195): a statement's words after «جاء فيه»; a verb
// after a relative clause with no commas; «صحفي» as the adjective of a press conference; the subject of a verb of
// hastening («سارع … إلى التأكيد»); a state's ambassador speaking; the agent of a demand another judges; a
// condition made by «whoever», a demand judged to prolong the war; a clause of cause out of a rejection's reach.
// Each row a sentence of general news Arabic written for this table (not taken from the seeds, the development
// corpus or the rounds).
import { caseTable, type Case } from "./case-table";

const T = "جنيف 2: مواقف\n\n";

const CASES: Case[] = [
  {
    why: "«أصدرت … بياناً جاء فيه: …»: the issuer of the statement speaks its words",
    text: `${T}وأصدرت وزارة الخارجية الروسية بيانا جاء فيه: "ندعو إلى مشاركة إيران في المؤتمر".`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "«وما جاء فيه» is no verb of saying (guard): those reading the statement hold nothing",
    text: `${T}واطلع الصحفيون على البيان وما جاء فيه من دعوة لمشاركة إيران.`,
    expected: [],
  },
  {
    why: "a relative clause with no commas names someone right before the main verb: the name it is on is the subject",
    text: `${T}والائتلاف الذي التقى رئيسه أمس وزير الخارجية الأمريكي جون كيري أعلن أنه لن يحضر المؤتمر إذا شاركت فيه إيران.`,
    expected: ["national_coalition iran_participation oppose", "national_coalition geneva2_preconditions conditional"],
  },
  {
    why: "a relative clause after the speaker, the verb first (guard): the speaker holds it, not the one he met",
    text: `${T}وقال كيري الذي التقى لافروف أمس إن مشاركة إيران ضرورية.`,
    expected: ["usa iran_participation support"],
  },
  {
    why: "«خلال مؤتمر صحفي» before a name ending in «ي»: «صحفي» qualifies the conference, the name speaks",
    text: `${T}وقال خلال مؤتمر صحفي الإبراهيمي إن على جميع الأطراف الحضور إلى جنيف دون شروط مسبقة.`,
    expected: ["un geneva2_preconditions unconditional"],
  },
  {
    why: "a journalist's nationality (guard): no party speaks",
    text: `${T}وقال الصحفي الإيراني إن على المعارضة الحضور دون شروط مسبقة.`,
    expected: [],
  },
  {
    why: "«سارع بعد ساعات إلى التأكيد»: the subject of the verb of hastening says it",
    text: `${T}وكان داود أوغلو قد سارع بعد ساعات إلى التأكيد أن لا مكان للأسد في مستقبل سوريا.`,
    expected: ["turkey assad_role must_go"],
  },
  {
    why: "«وعاد لافروف أمس في موسكو إلى التأكيد»: the subject after the verb of turning to, a place between",
    text: `${T}وعاد لافروف أمس في موسكو إلى التأكيد أن مشاركة إيران ضرورية.`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "«قال سفير روسيا لدى …»: the state whose ambassador speaks holds it",
    text: `${T}وقال سفير روسيا لدى الأمم المتحدة إن بلاده تؤيد مشاركة إيران في المؤتمر.`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "an ambassador summoned, the verb joined by «و» (guard): the one summoning says it",
    text: `${T}واستدعت الخارجية الروسية سفير إيران وأكدت له أن مشاركة طهران ضرورية.`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "whoever makes the departure a condition «wants to wreck» the conference: the speaker rejects the demand",
    text: `${T}وقال لافروف إن من يجعل رحيل الأسد شرطا لبدء التفاوض يريد أن يفشل المؤتمر.`,
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "whoever makes it a condition, with nothing judged (guard): no one's demand, nor the speaker's",
    text: `${T}وقال لافروف إن من يجعل رحيل الأسد شرطا لبدء التفاوض سيحضر المؤتمر.`,
    expected: [],
  },
  {
    why: "a demand that «leads only to prolonging the war»: judged, so the speaker holds the opposite",
    text: `${T}وقال لافروف إن المطالبة برحيل الأسد كشرط مسبق لا تؤدي إلا إلى إطالة الحرب.`,
    expected: ["russia assad_role may_stay", "russia geneva2_preconditions unconditional"],
  },
  {
    why: "a relative clause holding a clause of its own («أن …») (guard): the verb after it is that clause's",
    text: `${T}وتقف موسكو التي تكرر أن الائتلاف بات يريد الذهاب إلى جنيف من دون شروط مسبقة.`,
    expected: ["national_coalition geneva2_preconditions unconditional"],
  },
  {
    why: "«كبير المفاوضين في وفد الهيئة …» before his name: he speaks for the body",
    text: `${T}وقال كبير المفاوضين في وفد الهيئة العليا للمفاوضات محمد علوش إن المرحلة الانتقالية لا يمكن أن تبدأ إلا برحيل الأسد.`,
    expected: ["hnc assad_role must_go"],
  },
  {
    why: "a researcher's centre in a capital (guard): «كبير الباحثين» names no party",
    text: `${T}وقال كبير الباحثين في مركز كارنيغي في موسكو إن رحيل الأسد ضروري.`,
    expected: [],
  },
  {
    why: "excluding «a state the size of Iran» «will empty the conference of its meaning»: her taking part is wanted",
    text: `${T}وترى موسكو أن استبعاد دولة بحجم إيران عن المؤتمر سيفرغه من مضمونه.`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "the agent of a demand another judges («ربط الائتلاف مشاركته … أمر غير واقعي»): the judge holds the opposite",
    text: `${T}واعتبر بوشكوف أن ربط الائتلاف مشاركته في المؤتمر برحيل الأسد أمر غير واقعي.`,
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "a noun of linking opening a reported clause, not judged: its agent after it links",
    text: `${T}وقال الجربا إن ربط الائتلاف مشاركته برحيل الأسد موقف ثابت.`,
    expected: ["national_coalition assad_role must_go", "national_coalition geneva2_preconditions conditional"],
  },
  {
    why: "his going or staying, as either, «ليس أولويتنا»: neutral",
    text: `${T}وقال القيادي الكردي صالح مسلم إن رحيل الأسد أو بقاءه ليس أولويتنا الآن.`,
    expected: ["kurdish_groups assad_role neutral"],
  },
  {
    why: "his going alone «ليس أولويتنا» (guard): may stay",
    text: `${T}وقال القيادي الكردي صالح مسلم إن رحيل الأسد ليس أولويتنا الآن.`,
    expected: ["kurdish_groups assad_role may_stay"],
  },
  {
    why: "«على الائتلاف ألا يربط …»: the one obliged is told what to do; the speaker holds it",
    text: `${T}وقال هيغ إن على الائتلاف ألا يربط حضوره بأي شرط مسبق.`,
    expected: ["uk geneva2_preconditions unconditional"],
  },
  {
    why: "officials named by a plural nationality («مسؤولون بريطانيون») speak for their state",
    text: `${T}ويرى مسؤولون بريطانيون أن رحيل الأسد ضروري لنجاح المرحلة الانتقالية.`,
    expected: ["uk assad_role must_go"],
  },
  // Guards from a second read of these rules.
  {
    why: "a relative clause on the object of a noun, the verb's subject after it (guard): the subject speaks",
    text: `${T}وخلال لقائه وفد الائتلاف الذي وصل إلى موسكو أمس أكد لافروف أن مشاركة إيران ضرورية.`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "an ambassador's name after his title (guard): the person, not the state after «سفير», is read",
    text: `${T}وقال سفير سوريا لدى الأمم المتحدة بشار الجعفري إن رحيل الأسد ليس مطروحا للنقاش في جنيف.`,
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: "«لا بد من جعل …» (guard): «من» the preposition before the verbal noun, no «whoever»",
    text: `${T}وقال الجربا إنه لا بد من جعل مشاركة إيران مشروطة بسحب ميليشياتها من سوريا.`,
    expected: ["national_coalition iran_participation conditional"],
  },
  {
    why: "excluding her «لن يفشله» (guard): the failure denied is no support",
    text: `${T}وقال الجربا إن استبعاد إيران من المؤتمر لن يفشله.`,
    expected: [],
  },
  // Kinds from the regional press (r193) and the agenda disputes of the rounds (r195).
  {
    why: "«ترفض مطلب رحيل الأسد»: refusing the demand of his going",
    text: `${T}وقالت زاخاروفا إن موسكو ترفض مطلب رحيل الأسد الذي تضمنه البيان.`,
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "«يرغب في رؤية إيران في مونترو»: wishing to see her at the conference",
    text: `${T}وقال بان كي مون إنه يرغب شخصيا في رؤية إيران في مونترو.`,
    expected: ["un iran_participation support"],
  },
  {
    why: "«من غير الممكن أن يكون بشار الأسد مستقبل سوريا»: denied as «لا يمكن أن» denies it",
    text: `${T}وقال وزير الخارجية الفرنسي إنه من غير الممكن أن يكون بشار الأسد مستقبل سوريا.`,
    expected: ["france assad_role must_go"],
  },
  {
    why: "«رفضنا للشروط المسبقة»: our rejection of them turns the conditions",
    text: `${T}وقال لافروف إن رفضنا للشروط المسبقة ثابت.`,
    expected: ["russia geneva2_preconditions unconditional"],
  },
  {
    why: "a rejection does not reach into a clause of cause («لأن الائتلاف اشترط رحيل الأسد»)",
    text: `${T}وقال لافروف إن موسكو رفضت المشاركة في الاجتماع لأن الائتلاف اشترط رحيل الأسد.`,
    expected: ["national_coalition geneva2_preconditions conditional", "national_coalition assad_role must_go"],
  },
  {
    why: "«لا سبيل لأن يكون …» (guard): «ل» and «أن» before a verb, no clause of cause",
    text: `${T}وقال كيري إنه لا سبيل لأن يكون الرئيس السوري جزءا من الحكم الانتقالي.`,
    expected: ["usa assad_role must_go"],
  },
  {
    why: "«ارتياحها لأن إيران ستكون حول الطاولة» (guard): what is felt, no clause of cause",
    text: `${T}وأعربت موغيريني عن ارتياحها لأن إيران ستكون حول الطاولة.`,
    expected: ["eu iran_participation support"],
  },
  // Guards from a review of the whole change.
  {
    why: "«أود التأكيد أن …» (guard): a phrase of saying, no wish for her taking part",
    text: `${T}وقال الجربا: أود التأكيد أن مشاركة إيران مرفوضة.`,
    expected: ["national_coalition iran_participation oppose"],
  },
  {
    why: "«رؤية إيران حول المؤتمر» (guard): Iran's view, not seeing her there",
    text: `${T}وقال الجربا إن الائتلاف يدعم رؤية إيران حول المؤتمر.`,
    expected: [],
  },
  {
    why: "«في الوقت الذي جاءت فيه روسيا» (guard): a clause of time, no statement's words",
    text: `${T}وفي الوقت الذي جاءت فيه روسيا إلى المؤتمر، تبقى مشاركة إيران ضرورية.`,
    expected: [],
  },
  {
    why: "«لا يمكن أن يفشله» (guard): the failure denied is no judgement of her exclusion",
    text: `${T}وقال الجربا إن استبعاد إيران لا يمكن أن يفشله.`,
    expected: [],
  },
  {
    why: "a relative clause with no commas after «إن»: the name it is on is the verb's subject",
    text: `${T}وقال مصدر دبلوماسي إن الائتلاف الذي التقى رئيسه أمس وزير الخارجية الأمريكي جون كيري أعلن أنه لن يحضر المؤتمر إذا شاركت فيه إيران.`,
    expected: ["national_coalition iran_participation oppose", "national_coalition geneva2_preconditions conditional"],
  },
  {
    why: "«في مقابلة صحفية الإبراهيمي»: the adjective of an interview, feminine",
    text: `${T}وقال في مقابلة صحفية الإبراهيمي إن على جميع الأطراف الحضور إلى جنيف دون شروط مسبقة.`,
    expected: ["un geneva2_preconditions unconditional"],
  },
];

caseTable("The foreign press, press conferences and unnamed sources: statements, relative clauses, ambassadors, judged demands", CASES);
