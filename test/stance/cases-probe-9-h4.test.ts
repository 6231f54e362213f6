// Kinds of sentence found by a ninth probe's weakest pools (r59-r61, then r50-r52), read after their first run: each
// row written for this table, not taken from the seeds, the development corpus or the probe's articles.
import { caseTable, type Case } from "./case-table";

/** A headline, so that the sentence under test is read as a body sentence. */
const HEAD = "مؤتمر جنيف 2 حول سوريا\n";

const CASES: Case[] = [
  // Whoever makes his going a condition wants the talks to fail: the speaker holds the opposite.
  {
    why: "«من يجعل رحيل الأسد شرطاً مسبقاً … يريد إفشال العملية»: the one judging whoever sets it rejects the condition",
    text: `${HEAD}وقال نائب وزير الخارجية الروسي إن من يجعل رحيل الأسد شرطا مسبقا للمفاوضات يريد في الحقيقة إفشال المفاوضات.`,
    expected: ["russia assad_role may_stay", "russia geneva2_preconditions unconditional"],
  },
  {
    why: "«الذين يطالبون برحيل الأسد شرطاً لأي اتفاق إنما يريدون نسف المفاوضات»: a plural «whoever», judged the same",
    text: `${HEAD}وقال وزير الخارجية الروسي إن الذين يطالبون برحيل الأسد شرطا لأي اتفاق إنما يريدون نسف المفاوضات.`,
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "«جعل رحيل الأسد شرطاً مسبقاً يعني نسفها»: the judgement with a pronoun on the talks it wrecks",
    text: `${HEAD}وقال المبعوث الروسي إن جعل رحيل الأسد شرطا مسبقا لبدء العملية السياسية يعني نسفها.`,
    expected: ["russia assad_role may_stay", "russia geneva2_preconditions unconditional"],
  },
  {
    why: "«المعارضة تطالب برحيل الأسد وتريد إفشال المؤتمر» is what the opposition wants, not a judgement (guard)",
    text: `${HEAD}وقال المتحدث باسم الخارجية السورية إن المعارضة تطالب برحيل الأسد وتريد إفشال المؤتمر.`,
    expected: ["syrian_opposition assad_role must_go"],
  },
  {
    why: "«الحديث عن تنحي الأسد كشرط للحل حديث خارج الواقع»: talk of it judged unreal keeps him",
    text: `${HEAD}وقال نائب الأمين العام لحزب الله إن الحديث عن تنحي الرئيس الأسد كشرط للتسوية هو حديث خارج الواقع.`,
    expected: ["hezbollah assad_role may_stay"],
  },
  {
    why: "«المطالبون بتنحيه يعيشون خارج الواقع»: those demanding it judged to live outside reality",
    text: `${HEAD}وقال وزير الخارجية الإيراني إن المطالبين بتنحي الرئيس الأسد يعيشون خارج الواقع.`,
    expected: ["iran assad_role may_stay"],
  },
  {
    why: "«قادة الائتلاف الذين يطالبون برحيل الأسد يعيشون خارج سوريا»: living abroad judges nothing (guard)",
    text: `${HEAD}وقال وزير الخارجية الفرنسي إن قادة الائتلاف الذين يطالبون برحيل الأسد يعيشون خارج سوريا منذ سنوات.`,
    expected: ["national_coalition assad_role must_go"],
  },
  // No one may make it a condition.
  {
    why: "«لا يجوز جعل رحيل الأسد شرطاً مسبقاً للحوار»: no one may make it a condition rejects preconditions",
    text: `${HEAD}وقال المنسق العام لهيئة التنسيق الوطنية إنه لا يجوز جعل رحيل الأسد شرطا مسبقا للحوار.`,
    expected: ["ncb assad_role may_stay", "ncb geneva2_preconditions unconditional"],
  },
  {
    why: "«لا يحق لأي طرف أن يجعل رحيله شرطاً»: with him named before, his going is no condition (no one's right: no preconditions tuple)",
    text: `${HEAD}ودافع وزير الخارجية الإيراني عن الرئيس الأسد، وقال إنه لا يحق لأي طرف خارجي أن يجعل رحيله شرطا مسبقا لأي حوار.`,
    expected: ["iran assad_role may_stay"],
  },
  {
    why: "«لا ينبغي جعل رحيله شرطاً لأي حل»: a condition of a settlement, not of the talks (guard: no preconditions)",
    text: `${HEAD}وقال وزير الخارجية الروسي إن الرئيس الأسد منتخب، ولا ينبغي جعل رحيله شرطا لأي حل.`,
    expected: ["russia assad_role may_stay"],
  },
  // His fate cannot be a condition.
  {
    why: "«مصير الرئيس الأسد لا يمكن أن يكون شرطاً مسبقاً للمحادثات»: his fate no condition lets him stay",
    text: `${HEAD}وقالت المتحدثة باسم الخارجية الروسية إن مصير الرئيس الأسد لا يمكن أن يكون شرطا مسبقا للمحادثات.`,
    expected: ["russia assad_role may_stay", "russia geneva2_preconditions unconditional"],
  },
  {
    why: "«مصيره لا ينبغي أن يكون شرطاً» with him named before: the same",
    text: `${HEAD}وقال الوزير الروسي إن الرئيس الأسد منتخب وإن مصيره لا ينبغي أن يكون شرطا مسبقا للمفاوضات.`,
    expected: ["russia assad_role may_stay", "russia geneva2_preconditions unconditional"],
  },
  {
    why: "«مصير الأسد لن يكون شرطاً لحضور …، لكنه سيبقى المطلب الأول»: still demanded first, no stance on him (guard)",
    text: `${HEAD}وقال المتحدث باسم الهيئة العليا للمفاوضات إن مصير الأسد لن يكون شرطا لحضور المحادثات القادمة في جنيف، لكنه سيبقى المطلب الأول.`,
    expected: ["hnc geneva2_preconditions unconditional"],
  },
  // Demands to be met before sitting down.
  {
    why: "«يطالب بوقف الغارات قبل الجلوس إلى الطاولة»: sitting at the table is the talks; what comes first is a condition",
    text: `${HEAD}وذكرت مصادر دبلوماسية غربية أن الهيئة العليا للمفاوضات تطالب بإطلاق المعتقلين قبل الجلوس إلى الطاولة.`,
    expected: ["hnc geneva2_preconditions conditional"],
  },
  {
    why: "«أصرت الهيئة على فك الحصار قبل بدء المفاوضات»: a verb of insisting governs it as one of demanding",
    text: `${HEAD}وأصرت الهيئة العليا للمفاوضات على فك الحصار عن المدن قبل بدء المفاوضات.`,
    expected: ["hnc geneva2_preconditions conditional"],
  },
  {
    why: "«ذكرت مصادر أن الوفد سيصل قبل الجلوس إلى الطاولة»: news of arriving, no demand (guard)",
    text: `${HEAD}وذكرت مصادر دبلوماسية غربية أن وفد الهيئة العليا للمفاوضات سيصل إلى جنيف مساء الأحد قبل الجلوس إلى الطاولة.`,
    expected: [],
  },
  {
    why: "«حين توضع المطالب كلها على الطاولة يمكن التوصل إلى تسوية»: demands on the table are no conditions (guard)",
    text: `${HEAD}وقال وزير الخارجية الروسي إنه حين توضع المطالب كلها على الطاولة يمكن التوصل إلى تسوية.`,
    expected: [],
  },
  // The UN's Secretary-General called by his title alone, once the article has named him.
  {
    why: "«الأمين العام وجه الدعوة إلى إيران», after «الأمين العام للأمم المتحدة» is named: the UN invites, not the speaker",
    text: `${HEAD}ودعا الأمين العام للأمم المتحدة بان كي مون إلى إنجاح المؤتمر.\nوقال مساعد وزير الخارجية الإيراني إن الأمين العام وجه الدعوة إلى إيران رسميا.`,
    expected: ["un iran_participation support"],
  },
  {
    why: "«الأمين العام لـ\"حزب الله\"» names another body's secretary: a bare «الأمين العام» is not the UN's (guard)",
    text: `${HEAD}ورحب الأمين العام للأمم المتحدة بان كي مون بانعقاد المؤتمر.\nوقال الأمين العام لـ"حزب الله" إن من يشترط رحيل الرئيس الأسد لا يريد حلا سياسيا.\nوأضاف الأمين العام أن المقاومة باقية.`,
    expected: ["hezbollah assad_role may_stay"],
  },
  {
    why: "«رحبت المتحدثة بقرار الأمين العام وقالت إن …»: the joined verb's subject is the one welcoming, not the decision's maker",
    text: `${HEAD}وكان الأمين العام للأمم المتحدة بان كي مون قد سحب الدعوة الموجهة إلى إيران.\nورحبت المتحدثة باسم الخارجية الأمريكية بقرار الأمين العام وقالت إن على إيران أن تقبل بيان جنيف 1 إذا أرادت أن تكون جزءا من الحل.`,
    expected: ["un iran_participation oppose", "usa iran_participation conditional", "usa iran_participation oppose"],
  },
  {
    why: "«لقد أبلغنا الأمين العام أننا لا نقبل أي شروط»: «we» told him; the speaker rejects conditions, not the UN",
    text: `${HEAD}وكان الأمين العام للأمم المتحدة بان كي مون قد دعا إلى المؤتمر.\nوقال وزير الخارجية الإيراني: "لقد أبلغنا الأمين العام بوضوح أننا لا نقبل أي شروط مسبقة".`,
    expected: ["iran geneva2_preconditions unconditional"],
  },
];

caseTable("ninth probe: kinds of r59-r61 and r50-r52", CASES);
