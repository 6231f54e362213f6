// Kinds found among the probe rounds' false claims (a party and topic right, the label wrong or not there at all):
// «البعض» (some, unnamed) as the subject of a demand the speaker then judges («إن "البعض يطالب برحيل الرئيس، وهذا طرح
// غير واقعي"»: the speaker is not the demand's subject); an end one wants after «إذا» («يجب أن تكون إيران على الطاولة
// إذا أردنا حلاً») read as terms set on her; a word of role with another party right after it («مصير الرئيس السوري
// ومشاركة إيران») read as his; conditions named as what a position is taken on («موقفها من المؤتمر وشروطه»);
// obligations or rights said not to be conditions («"التزامات إنسانية" لا شروط», «ليست شروطاً كما يزعم النظام، بل
// …») read as preconditions rejected; and no one's right to impose what the cue names with the Syrians named between
// («لا يحق لأحد أن يفرض على السوريين حكومة من دون الأسد»). Each row written for this table, not taken from the
// seeds, the development corpus or the probe's articles.
import { caseTable, type Case } from "./case-table";

/** A headline, so that the sentence under test is read as a body sentence. */
const HEAD = "مؤتمر جنيف 2 حول سوريا\n";
/** A closing body sentence with no stance. */
const TAIL = "\nوتتواصل التحضيرات لعقد المؤتمر في موعده.\n";

const CASES: Case[] = [
  // «البعض» as an unnamed subject.
  {
    why: `«قال ريابكوف إن "البعض يطالب برحيل الرئيس، وهذا طرح غير واقعي"»: some, unnamed, demand it; he judges it`,
    text: `${HEAD}وقال نائب وزير الخارجية الروسي سيرغي ريابكوف إن "البعض يطالب برحيل الرئيس، وهذا طرح غير واقعي".${TAIL}`,
    expected: ["russia assad_role may_stay"],
  },
  {
    why: `«إن "البعض يحاول حصر الاتفاق في تنحي الرئيس، وهذا مطلب مرفوض"»: the same, another verb`,
    text: `${HEAD}وأكد المتحدث باسم الكرملين دميتري بيسكوف أن "البعض يحاول حصر الاتفاق في تنحي الرئيس، وهذا مطلب مرفوض".${TAIL}`,
    expected: ["russia assad_role may_stay"],
  },
  {
    why: `«إن "بعضهم يشترط رحيل الرئيس، وهذا أمر مرفوض"»: «بعضهم» too`,
    text: `${HEAD}وقال وزير الخارجية الروسي سيرغي لافروف إن "بعضهم يشترط رحيل الرئيس الأسد قبل الحوار، وهذا أمر مرفوض".${TAIL}`,
    expected: ["russia assad_role may_stay", "russia geneva2_preconditions unconditional"],
  },
  {
    why: `«إن "المعارضة تطالب برحيل الرئيس، وهذا طرح غير واقعي"»: a party named holds the demand, he the judgement (guard)`,
    text: `${HEAD}وقال نائب وزير الخارجية الروسي سيرغي ريابكوف إن "المعارضة تطالب برحيل الرئيس، وهذا طرح غير واقعي".${TAIL}`,
    expected: ["russia assad_role may_stay", "syrian_opposition assad_role must_go"],
  },
  {
    why: `«قال لافروف إن موسكو ترفض رحيل الرئيس الأسد …»: his own country the subject, with no «البعض», still his (guard)`,
    text: `${HEAD}وقال وزير الخارجية الروسي سيرغي لافروف إن موسكو ترفض رحيل الرئيس الأسد قبل الانتخابات.${TAIL}`,
    expected: ["russia assad_role may_stay"],
  },
  // An end wanted after «إذا».
  {
    why: `«"يجب أن تكون طهران على الطاولة إذا أردنا حلاً دائماً"»: what her coming is needed for, no terms on her`,
    text: `${HEAD}وقال وزير الخارجية الألماني إن بلاده ترى أن "طهران يجب أن تكون على الطاولة إذا أردنا حلاً دائماً في سوريا".\nوقالت الخارجية البريطانية إن "على إيران أن تشارك في المؤتمر إذا كنا نريد أن ينجح".${TAIL}`,
    expected: [],
  },
  {
    why: `«قال كيري إن "إيران يجب أن تكون على الطاولة إذا أردنا تسوية حقيقية"»: support, not conditional`,
    text: `${HEAD}وقال وزير الخارجية الأمريكي جون كيري إن "إيران يجب أن تكون على الطاولة إذا أردنا تسوية حقيقية".${TAIL}`,
    expected: ["usa iran_participation support"],
  },
  {
    why: `«"يمكن أن تشارك إيران إذا سحبت قواتها من سوريا"»: terms on her, still conditional (guard)`,
    text: `${HEAD}وقال وزير الخارجية الأمريكي جون كيري إن "إيران يمكن أن تشارك في المؤتمر إذا سحبت قواتها من سوريا".${TAIL}`,
    expected: ["usa iran_participation conditional"],
  },
  {
    why: `«"… إذا أرادت أن تكون جزءاً من الحل"»: her own wish is the condition's subject, still conditional (guard)`,
    text: `${HEAD}وقال وزير الخارجية الأمريكي جون كيري إن "إيران يمكن أن تشارك في المؤتمر إذا أرادت أن تكون جزءاً من الحل".${TAIL}`,
    expected: ["usa iran_participation conditional"],
  },
  // A word of role owned by the party named after it.
  {
    why: `«إن الرئيس السوري ومشاركة إيران مسألتان منفصلتان»: «مشاركة إيران» is hers, not a role of his`,
    text: `${HEAD}وقال وزير الخارجية البريطاني إن الرئيس السوري ومشاركة إيران في المؤتمر مسألتان منفصلتان.${TAIL}`,
    expected: [],
  },
  {
    why: `«تحدث عن موقف بلاده من مصير الرئيس السوري ومشاركة إيران»: topics named, no position`,
    text: `${HEAD}وفي مقابلة مع الإذاعة، تحدث وزير الخارجية الفرنسي عن موقف بلاده من مصير الرئيس السوري ومشاركة إيران.${TAIL}`,
    expected: [],
  },
  {
    why: `«لا يمكن قبول مشاركة الأسد في الحكومة الانتقالية»: his own role, named after the word, still read (guard)`,
    text: `${HEAD}وقال وزير الخارجية البريطاني إنه لا يمكن قبول مشاركة الأسد في الحكومة الانتقالية.${TAIL}`,
    expected: ["uk assad_role must_go"],
  },
  // Conditions as what a position is taken on.
  {
    why: `«حاورت الصحيفة المنسق العام حول موقف الهيئة من المؤتمر وشروطه»: the topic, no terms set`,
    text: `${HEAD}وحاورت الصحيفة المنسق العام لهيئة التنسيق حسن عبد العظيم حول موقف الهيئة من المؤتمر وشروطه.${TAIL}`,
    expected: [],
  },
  {
    why: `«أكد موقف بلاده الرافض لأي شروط مسبقة»: a position stated, not one taken on them (guard)`,
    text: `${HEAD}وجدد وزير الخارجية الروسي سيرغي لافروف رفض بلاده لأي شروط مسبقة على المفاوضات.${TAIL}`,
    expected: ["russia geneva2_preconditions unconditional"],
  },
  // Obligations or rights denied to be conditions.
  {
    why: `«"التزامات إنسانية وليست شروطا مسبقة"»: demands denied to be conditions, no rejection of conditions`,
    text: `${HEAD}وقال المتحدث باسم الائتلاف الوطني إن إدخال المساعدات وإطلاق المعتقلين "التزامات إنسانية وليست شروطا مسبقة".${TAIL}`,
    expected: [],
  },
  {
    why: `«يصر على أن هذه «حقوق إنسانية» لا شروط»: «لا» after the closing quotation mark`,
    text: `${HEAD}وأكد الائتلاف الوطني أنه سيذهب إلى المفاوضات، ويصر على أن هذه «حقوق إنسانية» لا شروط.${TAIL}`,
    expected: [],
  },
  {
    why: `«"ليست شروطا مسبقة كما يزعم النظام، بل واجبات"»: «بل» past an aside on who calls them so`,
    text: `${HEAD}وقال المتحدث باسم الائتلاف الوطني إن الخطوات الإنسانية "ليست شروطا مسبقة كما يزعم النظام، بل واجبات".${TAIL}`,
    expected: [],
  },
  {
    why: `«للسوريين حقوق لا تسقط، والائتلاف سيذهب من دون شروط مسبقة»: rights named in another clause (guard)`,
    text: `${HEAD}وقال المتحدث باسم الائتلاف الوطني إن للسوريين حقوقا لا تسقط، والائتلاف سيذهب إلى جنيف من دون شروط مسبقة.${TAIL}`,
    expected: ["national_coalition geneva2_preconditions unconditional"],
  },
  // No one's right to impose it on the Syrians.
  {
    why: `«لا يحق لأي طرف أن يفرض على السوريين حكومة من دون الرئيس الأسد»: the imposition refused`,
    text: `${HEAD}وقال وزير الخارجية الإيراني إنه "لا يحق لأي طرف خارجي أن يفرض على السوريين حكومة من دون الرئيس الأسد".${TAIL}`,
    expected: ["iran assad_role may_stay"],
  },
  {
    why: `«لا يحق لأحد أن يفرض على الشعب السوري حكومة بلا الأسد»: the same, «الشعب السوري»`,
    text: `${HEAD}وقال وزير الخارجية الإيراني إنه "لا يحق لأحد أن يفرض على الشعب السوري حكومة انتقالية بلا الأسد".${TAIL}`,
    expected: ["iran assad_role may_stay"],
  },
  {
    why: `«على السوريين أن يشكلوا حكومة من دون الأسد»: no right denied, the demand stands (guard)`,
    text: `${HEAD}وقال وزير الخارجية الفرنسي إن "على السوريين أن يشكلوا حكومة من دون الرئيس الأسد".${TAIL}`,
    expected: ["france assad_role must_go"],
  },
];

caseTable("review 21 (G1): «البعض» as subject, ends wanted, roles of others, positions on conditions, obligations, no right", CASES);
