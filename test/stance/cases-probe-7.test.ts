// Kinds of sentence found by a seventh probe (the held-out rounds r34-r49 pooled, read by topic): each row written
// for this table, not taken from the seeds, the development corpus or the probe's articles.
import { caseTable, type Case } from "./case-table";

/** A headline, so that the sentence under test is read as a body sentence. */
const HEAD = "مؤتمر جنيف 2 حول سوريا\n";

const CASES: Case[] = [
  // Iran's presence called necessary or insisted on.
  {
    why: 'a quotation opening right on the predicate is the speaker\'s word for it («حضور إيران "ضروري"»)',
    text: `${HEAD}وقال المتحدث باسم الخارجية السورية إن حضور إيران "ضروري ومفيد" لأنها دولة أساسية في المنطقة.`,
    expected: ["syrian_government iran_participation support"],
  },
  {
    why: "«لا بديل عنها» is no negation of her taking part",
    text: `${HEAD}وقالت الناطقة باسم الخارجية الروسية إن مشاركة إيران في الاجتماعات "ضرورية ولا بديل عنها".`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "her pronoun on a word of taking part opening a later clause of the sentence that names her",
    text: `${HEAD}وقال وزير الخارجية السوري: "إيران دولة جارة، وحضورها في أي اجتماع دولي ضروري".`,
    expected: ["syrian_government iran_participation support"],
  },
  {
    why: "«طرف لا غنى عنه، ويجب أن تكون على الطاولة»: indispensable, and at the table",
    text: `${HEAD}وقال الوزير الروسي إن إيران طرف لا غنى عنه، ويجب أن تكون على الطاولة.`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "a noun of insisting with the article («الإصرار على حضور إيران») wants her there",
    text: `${HEAD}وقال لافروف إن موسكو ستواصل الإصرار على حضور إيران.`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "«أصررنا على أن تكون إيران حاضرة»: insisting on that, not on condition that",
    text: `${HEAD}وقال لافروف: نحن أصررنا منذ البداية على أن تكون إيران حاضرة.`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "«كان يجب أن تكون حول الطاولة»: around the table is taking part",
    text: `${HEAD}وأكد المقداد أن إيران كان يجب أن تكون حول الطاولة.`,
    expected: ["syrian_government iran_participation support"],
  },
  {
    why: "a pronoun inside a later clause, not opening it («، شرطاً لحضورها»), stands for no new cue (guard)",
    text: `${HEAD}وأكدت الخارجية الأميركية أن على إيران أن تقبل بيان جنيف علنا، شرطا لحضورها.`,
    expected: ["usa geneva2_preconditions conditional", "usa iran_participation conditional"],
  },
  // Refused for as long as something lasts.
  {
    why: "«لا مكان لإيران … ما دامت قواتها تقاتل»: refused while it lasts, accepted once it ends: conditional",
    text: `${HEAD}وقال الوزير السعودي إن المملكة لا ترى مكانا لإيران في المؤتمر ما دامت قواتها تقاتل في سوريا.`,
    expected: ["saudi_arabia iran_participation conditional"],
  },
  {
    why: "«لا مقعد لإيران … ما دامت …» in the speaker's own words",
    text: `${HEAD}وقال وزير الخارجية السعودي: لا مقعد لإيران في المؤتمر ما دامت قواتها تقاتل إلى جانب النظام.`,
    expected: ["saudi_arabia iran_participation conditional"],
  },
  {
    why: "«قبل توجهه إلى …»: the speaker's journey tells the time, no condition on her (guard)",
    text: `${HEAD}وقال وزير الخارجية الأمريكي جون كيري قبل توجهه إلى فيينا إن واشنطن توافق على حضور إيران.`,
    expected: ["usa iran_participation support"],
  },
  // Refusing conditions is not setting one.
  {
    why: '«"لن تقبل أي شروط مسبقة" لمشاركتها»: conditions refused, a quotation closing before what they are for',
    text: `${HEAD}وأكدت المتحدثة باسم الخارجية الإيرانية أن بلادها "لن تقبل أي شروط مسبقة" لمشاركتها في المؤتمر.`,
    expected: ["iran geneva2_preconditions unconditional"],
  },
  {
    why: "«لن نشارك إذا كانت المشاركة مرهونة بقبول البيان أو أي شرط آخر»: the condition is what it refuses",
    text: `${HEAD}وصرح مساعد وزير الخارجية الإيراني بأن طهران "لن تشارك في المؤتمر إذا كانت المشاركة مرهونة بقبول البيان أو أي شرط آخر".`,
    expected: ["iran geneva2_preconditions unconditional"],
  },
  {
    why: "«لكنها لن تقبل ربط حضورها بشرط …»: a condition refused, beside her welcome",
    text: `${HEAD}وأكد وزير الخارجية الإيراني أن طهران ترحب بأي دعوة للمشاركة في المؤتمر، لكنها لن تقبل ربط حضورها بشرط الموافقة المسبقة على البيان.`,
    expected: ["iran geneva2_preconditions unconditional", "iran iran_participation support"],
  },
  {
    why: "«لن تسمح لأحد بأن يفرض عليها شروطه»: refusing others' conditions, beside coming without any",
    text: `${HEAD}وأكد نائب وزير الخارجية السوري أن وفد بلاده سيتوجه إلى المؤتمر من دون أي شروط مسبقة، وأن دمشق لن تسمح لأحد بأن يفرض عليها شروطه.`,
    expected: ["syrian_government geneva2_preconditions unconditional"],
  },
  {
    why: "«ولا ينبغي أن يكون شرطاً مسبقاً»: a negation with «و» in front turns the condition",
    text: `${HEAD}وقال المبعوث الدولي إن وقف القصف "حق للسوريين ولا ينبغي ان يكون شرطاً مسبقاً للمفاوضات".`,
    expected: ["un geneva2_preconditions unconditional"],
  },
  {
    why: "«لن تقبل بحضورها ما لم …»: refusing unless is setting the condition (guard)",
    text: `${HEAD}وأكدت واشنطن أنها لن تقبل بحضور إيران ما لم تعترف ببيان جنيف.`,
    expected: ["usa iran_participation conditional"],
  },
  // Iran's own taking part conditioned is not a condition of the talks.
  {
    why: "«استمرار مشاركة طهران … مرهون بسحب قواتها»: terms of her taking part, not of the talks",
    text: `${HEAD}وقال وزير الخارجية السعودي إن بقاء مشاركة طهران في الجولات القادمة مرهون بانسحاب قواتها من سوريا.`,
    expected: ["saudi_arabia iran_participation conditional"],
  },
  {
    why: "Iran's own conditions on coming are conditions of the talks (guard)",
    text: `${HEAD}وأكد المتحدث باسم الخارجية الإيرانية أن بلاده لن تشارك في المؤتمر إذا فرضت عليها شروط مسبقة.`,
    expected: ["iran geneva2_preconditions unconditional"],
  },
  // A bare «المملكة» is the speaker's kingdom.
  {
    why: "«المملكة» after a Jordanian speaker is Jordan",
    text: "الأردن والأزمة السورية\nوقال وزير الخارجية الأردني ناصر جودة إن المملكة تدعو إلى استئناف المفاوضات في جنيف من دون شروط مسبقة.",
    expected: ["jordan geneva2_preconditions unconditional"],
  },
  {
    why: "«المملكة» after a Saudi speaker stays Saudi Arabia (guard)",
    text: "السعودية والأزمة السورية\nوقال وزير الخارجية السعودي عادل الجبير إن المملكة تدعو إلى استئناف المفاوضات في جنيف من دون شروط مسبقة.",
    expected: ["saudi_arabia geneva2_preconditions unconditional"],
  },
  // «قبل أن يبدأ»: the talks' own start.
  {
    why: "«نسف المؤتمر قبل أن يبدأ»: a time, not a condition met first",
    text: `${HEAD}وقال مصدر في الخارجية الروسية إن ربط انطلاق المفاوضات بتنحي الأسد يعني نسف المؤتمر قبل أن يبدأ.`,
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "«لن يذهب قبل أن يتوقف القصف» stays a condition (guard)",
    text: `${HEAD}وقال الائتلاف إنه لن يذهب إلى جنيف قبل أن يتوقف القصف.`,
    expected: ["national_coalition geneva2_preconditions conditional"],
  },
  // Assad as «الرئيس» or «السيد الرئيس» alone, as Damascus and its press name him.
  {
    why: "«يشترط تنحي السيد الرئيس»: «السيد الرئيس» alone is Assad",
    text: `${HEAD}وقال المقداد إن الائتلاف يشترط تنحي السيد الرئيس قبل الذهاب إلى جنيف.`,
    expected: ["national_coalition assad_role must_go", "national_coalition geneva2_preconditions conditional"],
  },
  {
    why: "«تريد رحيل الرئيس الذي …»: bare «الرئيس» before a relative clause is Assad",
    text: `${HEAD}وتقول المعارضة إنها تريد رحيل الرئيس الذي قتل شعبه.`,
    expected: ["syrian_opposition assad_role must_go"],
  },
  {
    why: "«رحيل الرئيس الأمريكي»: another president's nationality after «الرئيس» (guard)",
    text: `${HEAD}وقال المتحدث الروسي إن الحديث عن رحيل الرئيس الأمريكي لا معنى له.`,
    expected: [],
  },
  {
    why: "«السيد الرئيس سيغادر واشنطن»: a spokesman's own president travelling (guard)",
    text: `${HEAD}وقال المتحدث باسم البيت الأبيض إن السيد الرئيس سيغادر واشنطن غدا متوجها إلى قمة العشرين.`,
    expected: [],
  },
  {
    why: "«تنحي الرئيس محمد …»: another president's first name after «الرئيس» (guard)",
    text: `${HEAD}وقال الوزير إن مطالب المتظاهرين بتنحي الرئيس محمد مرسي كانت شأنا مصريا.`,
    expected: [],
  },
  // Not one's remit, not one's issue: neutral.
  {
    why: "«مستقبل الأسد ليس من اختصاصه، بل من اختصاص السوريين»: neutral",
    text: `${HEAD}وقال المبعوث الدولي إن مستقبل الأسد «ليس من اختصاصه، بل من اختصاص السوريين».`,
    expected: ["un assad_role neutral"],
  },
  {
    why: "«مصير الأسد ليس قضيتنا»: neutral",
    text: `${HEAD}وقال المسؤول الروسي إن مصير الأسد ليس قضيتنا.`,
    expected: ["russia assad_role neutral"],
  },
  {
    why: "«ليس من شأن إيران ولا أي دولة أجنبية أن تحدد من يحكم سوريا»: neutral",
    text: `${HEAD}وقال الوزير الإيراني: «ليس من شأن إيران ولا من شأن أي دولة أجنبية أن تحدد من يحكم سوريا».`,
    expected: ["iran assad_role neutral"],
  },
  {
    why: "«ليس من شأن المعارضة أن تقرر مصير الرئيس الأسد»: denying another the say is no neutrality (guard)",
    text: `${HEAD}وقال المعلم إنه ليس من شأن المعارضة أن تقرر مصير الرئيس الأسد.`,
    expected: [],
  },
  // Talk of his fate ruled out; his office no item.
  {
    why: "«البحث في مصير الرئيس الأسد غير وارد»: his staying is not negotiable",
    text: `${HEAD}وقال المقداد إن البحث في مصير الرئيس الأسد غير وارد على الإطلاق.`,
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: "«الحديث عن بقاء الأسد غير وارد»: his staying ruled out is must_go (guard)",
    text: `${HEAD}وقال المسلط إن الحديث عن بقاء الأسد غير وارد.`,
    expected: ["hnc assad_role must_go"],
  },
  {
    why: "«مقام الرئاسة ليس بنداً في أي مفاوضات»: his office no item of the talks",
    text: `${HEAD}وقال الزعبي إن مقام الرئاسة ليس بنداً في أي مفاوضات.`,
    expected: ["syrian_government assad_role may_stay"],
  },
  // «لا نرى له دوراً».
  {
    why: "«لا نرى له دوراً في مستقبل سوريا» with Assad named before: must_go",
    text: `${HEAD}وسئل كيري عن الأسد، فقال: «لا نرى له دوراً في مستقبل سوريا».`,
    expected: ["usa assad_role must_go"],
  },
  {
    why: "«لا نرى له دوراً في السياسة» of the army: no Assad to go back to (guard)",
    text: `${HEAD}وقال الوزير إن الجيش قوي ولا نرى له دوراً في السياسة.`,
    expected: [],
  },
];

caseTable("Seventh probe: Iran's presence, conditions refused, the speaker's kingdom, «الرئيس» alone, neutral remits", CASES);
