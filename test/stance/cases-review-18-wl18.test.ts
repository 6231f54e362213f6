// Kinds found by the probe rounds where the holder and topic were right but the label was not: an invitation to Iran
// withdrawn by «ثم عاد وسحبها» (the withdrawal on «و/ف»), a withdrawal welcomed by a long-named spokesman or by
// «لترحب بقرار بان» far after it, «لا يجوز لأي طرف من أطراف المعارضة أن يضع شروطاً» (the negation beyond the
// window), and Assad's fate «ليس أولويتنا» (not the speaker's concern: neutral). Each row written for this table,
// not taken from the seeds, the development corpus or the probe's articles.
import { caseTable, type Case } from "./case-table";

/** A headline, so that the sentence under test is read as a body sentence. */
const HEAD = "مؤتمر جنيف 2 حول سوريا\n";
/** A body sentence with another speaker and no stance, before the one under test. */
const BEFORE = "وقال لافروف إن موسكو تتابع الاتصالات مع جميع الأطراف. ";
/** A closing body sentence with no stance. */
const TAIL = "\nوتتواصل التحضيرات لعقد المؤتمر في موعده.\n";
/** Body sentences with no stance, to put a decision welcomed far after the withdrawal. */
const FILLER = [
  "ووصلت الوفود إلى المدينة السويسرية مساء الثلاثاء.",
  "وتجري الاستعدادات في الفندق الذي سيستضيف الجلسة الافتتاحية.",
  "وقال منظمون إن أكثر من ألف صحافي سجلوا لتغطية المؤتمر.",
  "وشددت الشرطة السويسرية الإجراءات الأمنية حول مكان الاجتماع.",
  "وتستمر الجلسة الافتتاحية يوما واحدا قبل انتقال الوفود إلى جنيف.",
  "ويتوقع أن تبدأ المحادثات المباشرة يوم الجمعة.",
  "وأعلنت السلطات المحلية إغلاق عدد من الطرق المؤدية إلى الفندق.",
  "ووصل عدد من وزراء الخارجية إلى المطار صباح الأربعاء.",
  "وتعقد الجلسات في قاعة كبيرة تتسع لمئات المشاركين.",
].join("\n");

const CASES: Case[] = [
  // An invitation extended and then withdrawn, «ثم عاد وسحبها»: the withdrawal on «و» or «ف» is his opposing it.
  {
    why: "«وجه الأمين العام دعوة إلى إيران …، ثم عاد وسحبها»: the invitation (support) and its withdrawal (oppose)",
    text: `${HEAD}${BEFORE}وكان الأمين العام للأمم المتحدة بان كي مون قد وجه دعوة إلى إيران لحضور الاجتماع الافتتاحي، ثم عاد وسحبها بعد ساعات.${TAIL}`,
    expected: ["un iran_participation support", "un iran_participation oppose"],
  },
  {
    why: "«وجّه بان دعوة إلى طهران، ثم عاد فسحبها»: «ف» on the withdrawal too",
    text: `${HEAD}${BEFORE}وقبل أيام من الاجتماع كان بان كي مون قد وجّه دعوة إلى طهران، ثم عاد فسحبها في اليوم التالي.${TAIL}`,
    expected: ["un iran_participation support", "un iran_participation oppose"],
  },
  {
    why: "«وجه بان دعوة إلى إيران، ثم عاد وأكدها»: no withdrawal, the invitation only (guard)",
    text: `${HEAD}${BEFORE}وكان الأمين العام للأمم المتحدة بان كي مون قد وجه دعوة إلى إيران لحضور الاجتماع الافتتاحي، ثم عاد وأكدها بعد ساعات.${TAIL}`,
    expected: ["un iran_participation support"],
  },
  // The withdrawal welcomed: a spokesman named at length between the verb and «بالخطوة».
  {
    why: "«ورحب نائب المتحدث باسم وزارة الخارجية الأمريكية مارك تونر بالخطوة»: seven words between the verb and the step",
    text: `${HEAD}سحب الأمين العام للأمم المتحدة بان كي مون الدعوة التي وجهها إلى إيران.\nورحب نائب المتحدث باسم وزارة الخارجية الأمريكية مارك تونر بالخطوة، وقال إن المؤتمر سيمضي في موعده.${TAIL}`,
    expected: ["un iran_participation support", "un iran_participation oppose", "usa iran_participation oppose"],
  },
  {
    why: "«ورحب تونر بالخطوة» with no withdrawal before it: a step of no one's on Iran (guard)",
    text: `${HEAD}أعلنت الأمم المتحدة موعد الجلسة الافتتاحية.\nورحب نائب المتحدث باسم وزارة الخارجية الأمريكية مارك تونر بالخطوة، وقال إن المؤتمر سيمضي في موعده.${TAIL}`,
    expected: [],
  },
  // «لترحب بقرار بان»: «ل» before the verb, and the UN's decision named by its maker far after the withdrawal.
  {
    why: "«ثم عادت الخارجية الفرنسية لترحب بقرار بان» ten sentences after the withdrawal",
    text: `${HEAD}سحب الأمين العام للأمم المتحدة بان كي مون الدعوة التي وجهها إلى إيران.\n${FILLER}\nثم عادت الخارجية الفرنسية لترحب بقرار بان، معتبرة أن طهران لم تترك خيارا آخر.${TAIL}`,
    expected: ["un iran_participation support", "un iran_participation oppose", "france iran_participation oppose"],
  },
  {
    why: "«ثم عادت الخارجية الفرنسية لترحب بالقرار» ten sentences on: «القرار» with no maker is not taken up so far (guard)",
    text: `${HEAD}سحب الأمين العام للأمم المتحدة بان كي مون الدعوة التي وجهها إلى إيران.\n${FILLER}\nثم عادت الخارجية الفرنسية لترحب بالقرار، معتبرة أن طهران لم تترك خيارا آخر.${TAIL}`,
    expected: ["un iran_participation support", "un iran_participation oppose"],
  },
  // «لا يجوز لأي طرف من أطراف المعارضة أن يضع شروطاً»: the negation reaches the setting verb past the party's name.
  {
    why: "«لا يحق لأي طرف من أطراف الأزمة في سوريا أن يضع شروطاً مسبقة لبدء الحوار»: conditions refused",
    text: `${HEAD}${BEFORE}وقال وزير الخارجية الروسي إنه لا يحق لأي طرف من أطراف الأزمة في سوريا أن يضع شروطا مسبقة لبدء الحوار.${TAIL}`,
    expected: ["russia geneva2_preconditions unconditional"],
  },
  {
    why: "«لا يجوز لأي طرف من الأطراف الإقليمية أن يفرض شروطاً على الحوار»: «يفرض» too",
    text: `${HEAD}${BEFORE}وأكد غاتيلوف أنه لا يجوز لأي طرف من الأطراف الإقليمية أن يفرض شروطا على الحوار السوري.${TAIL}`,
    expected: ["russia geneva2_preconditions unconditional"],
  },
  {
    why: "«لا يجوز لأي طرف أن يذهب إلى المفاوضات قبل أن يضع شروطه»: «قبل» between, not refused here (guard)",
    text: `${HEAD}${BEFORE}وقال المتحدث باسم الائتلاف إنه لا يجوز لأي طرف أن يذهب إلى المفاوضات قبل أن يضع شروطا واضحة لرحيل الأسد.${TAIL}`,
    expected: ["national_coalition assad_role must_go", "national_coalition geneva2_preconditions conditional"],
  },
  // «مصير الأسد ليس أولويتنا»: not the speaker's own concern, his fate secondary to it (neutral).
  {
    why: "«مصير الأسد ليس أولويتنا»: neutral",
    text: `${HEAD}${BEFORE}وقال رئيس حزب الاتحاد الديمقراطي صالح مسلم: «مصير الأسد ليس أولويتنا، ما يهمنا هو حقوق شعبنا».${TAIL}`,
    expected: ["kurdish_groups assad_role neutral"],
  },
  {
    why: "«مستقبل الأسد لم يعد من أولوياتها»: neutral",
    text: `${HEAD}${BEFORE}وأكدت أنقرة أن مستقبل الأسد لم يعد من أولوياتها في هذه المرحلة.${TAIL}`,
    expected: ["turkey assad_role neutral"],
  },
  {
    why: "«مصير الأسد ليس أولوية»: not a priority at all stays may_stay (guard)",
    text: `${HEAD}${BEFORE}وقال وزير الخارجية الأمريكي إن مصير الأسد ليس أولوية في هذه المرحلة.${TAIL}`,
    expected: ["usa assad_role may_stay"],
  },
];

caseTable("review 18 (wl18): withdrawn invitations, withdrawals welcomed, no party allowed to set conditions, not our priority", CASES);
