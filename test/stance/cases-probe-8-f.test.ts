// Kinds of false claim found by an eighth probe (the held-out rounds r34-r58 and the development corpus, read for
// precision): each row written for this table, not taken from the seeds, the development corpus or the probe's
// articles; guard rows are near-misses that must keep their reading.
import { caseTable, type Case } from "./case-table";

/** A headline, so that the sentence under test is read as a body sentence. */
const HEAD = "مؤتمر جنيف 2 حول سوريا\n";

const CASES: Case[] = [
  // The UN's decision named with its content: the withdrawal itself, her name past it.
  {
    why: "«قرار الأمين العام سحب الدعوة الموجهة إلى إيران» described as a mistake: the describer wants her there, the UN withdrew it",
    text: `${HEAD}ووصف وزير الخارجية الروسي قرار الأمين العام للأمم المتحدة سحب الدعوة الموجهة إلى إيران بأنه "خطأ فادح".`,
    expected: ["russia iran_participation support", "un iran_participation oppose"],
  },
  {
    why: "criticising «قرار الأمم المتحدة سحب الدعوة الموجهة إلى إيران» is support, the decision's maker opposes",
    text: `${HEAD}وانتقد وزير الخارجية الروسي قرار الأمم المتحدة سحب الدعوة الموجهة إلى إيران.`,
    expected: ["russia iran_participation support", "un iran_participation oppose"],
  },
  {
    why: "the withdrawal judged with no decision named before it reads as before (guard)",
    text: `${HEAD}ووصف وزير الخارجية الروسي سحب الدعوة الموجهة إلى إيران بأنه "خطأ".`,
    expected: ["russia iran_participation support"],
  },
  // Conditions refused, not set.
  {
    why: "«لن تقبل أن يفرض عليها أحد شروطه»: conditions refused are no condition of one's own",
    text: `${HEAD}وقال نائب وزير الخارجية السوري إن الوفد سيذهب إلى جنيف من دون أي شروط مسبقة، وإن سوريا لن تقبل أن يفرض عليها أحد شروطه.`,
    expected: ["syrian_government geneva2_preconditions unconditional"],
  },
  {
    why: "«لن تقبل أي دعوة مشروطة بـ…»: an invitation on terms refused",
    text: `${HEAD}وقال وزير الخارجية الإيراني إن طهران مستعدة للمشاركة دون شروط مسبقة، لكنها لن تقبل أي دعوة "مشروطة بالتزامات مسبقة".`,
    expected: ["iran geneva2_preconditions unconditional", "iran iran_participation support"],
  },
  {
    why: "«لم يطلب منا أحد شيئاً مقابل الحضور»: no price asked for attending",
    text: `${HEAD}وقال وزير الخارجية الإيراني إن بلاده جاءت إلى فيينا دون شروط مسبقة، وإن أحدا "لم يطلب منا شيئا مقابل الحضور".`,
    expected: ["iran geneva2_preconditions unconditional"],
  },
  {
    why: "«رهينة بيد من يريد إفشالها»: a hostage in someone's hands is no condition",
    text: `${HEAD}وقال وزير الخارجية الروسي إن بلاده لن تسمح بأن تتحول المفاوضات إلى رهينة بيد من يريد إفشالها.`,
    expected: [],
  },
  {
    why: "«مشاركتنا مرهونة بوقف القصف» is still a condition (guard)",
    text: `${HEAD}وقال رئيس الائتلاف إن مشاركتنا في المؤتمر مرهونة بوقف القصف على المدن.`,
    expected: ["national_coalition geneva2_preconditions conditional"],
  },
  {
    why: "«لن نقبل المشاركة إلا ضمن شروطنا»: an exception after the refusal keeps the condition (guard)",
    text: `${HEAD}وقال رئيس الائتلاف: لن نقبل الذهاب إلى جنيف إلا ضمن شروطنا المعلنة.`,
    expected: ["national_coalition geneva2_preconditions conditional"],
  },
  // Demands denied to be conditions.
  {
    why: "«مطالبها … إنسانية وليست شروطاً»: the demand noun, what it is, then the denial: no unconditional beside her demands",
    text: `${HEAD}وقال المتحدث باسم الهيئة العليا للمفاوضات إن مطالب الهيئة بفك الحصار قبل بدء المفاوضات إنسانية مشروعة وليست شروطا مسبقة.`,
    expected: ["hnc geneva2_preconditions conditional"],
  },
  {
    why: "«…، وهذه مطالب نص عليها القرار، لا شروط»: the denial past a comma, the refusal to attend stands",
    text: `${HEAD}وقالت الهيئة العليا للمفاوضات إنها لن تدخل قاعة التفاوض ما لم يرفع الحصار عن المدن، وهذه مطالب نص عليها القرار الدولي، لا شروط مسبقة.`,
    expected: ["hnc geneva2_preconditions conditional"],
  },
  {
    why: "«لا نضع شروطاً، لكن هناك استحقاقات لا بد منها قبل …»: what is required all the same follows «لكن»",
    text: `${HEAD}وقال رئيس الائتلاف إن الائتلاف لا يضع شروطا، لكن هناك استحقاقات لا بد منها.`,
    expected: [],
  },
  {
    why: "«لا تضع شروطاً مسبقة على المفاوضات» with nothing after it stays unconditional (guard)",
    text: `${HEAD}وقال رئيس الائتلاف إن الائتلاف لا يضع شروطا مسبقة على المفاوضات.`,
    expected: ["national_coalition geneva2_preconditions unconditional"],
  },
  // Walking out if it comes about.
  {
    why: "«ستنسحب من المحادثات إذا تحولت إلى منبر لرحيل الأسد»: his going is what makes them leave: may_stay",
    text: `${HEAD}وقال عبد اللهيان إن إيران ستنسحب من المحادثات إذا تحولت إلى منبر لتحديد موعد لرحيل الأسد.`,
    expected: ["iran assad_role may_stay"],
  },
  {
    why: "«سيقاطع الجولة إذا طرح فيها تنحي الأسد»: the condition of attending stands, his removal is rejected",
    text: `${HEAD}وقال وليد المعلم إن الوفد الحكومي سيقاطع الجولة المقبلة إذا طرح فيها تنحي الرئيس الأسد.`,
    expected: ["syrian_government geneva2_preconditions conditional", "syrian_government assad_role may_stay"],
  },
  {
    why: "«سينسحب إذا لم يتم الاتفاق على رحيل الأسد»: negated inside, his going is required (guard); walking out of the talks on it is a condition of them too (CONTRACT.md: both labels, since the fiftieth probe)",
    text: `${HEAD}وقال الجربا إن الائتلاف سينسحب من المؤتمر إذا لم يتم الاتفاق على رحيل الأسد.`,
    expected: ["national_coalition assad_role must_go", "national_coalition geneva2_preconditions conditional"],
  },
  {
    why: "«لن يشارك إلا إذا تم الاتفاق على رحيل الأسد»: «إلا إذا» requires it (guard)",
    text: `${HEAD}وقال الجربا إن الائتلاف لن يشارك إلا إذا تم الاتفاق على رحيل الأسد.`,
    expected: ["national_coalition geneva2_preconditions conditional", "national_coalition assad_role must_go"],
  },
  {
    why: "a walk-out if Iran attends is her absence required, as before (guard)",
    text: `${HEAD}وهدد الائتلاف بالانسحاب من المؤتمر إذا حضرت إيران.`,
    expected: ["national_coalition geneva2_preconditions conditional", "national_coalition iran_participation oppose"],
  },
  // A negation with «كان» between it and the wish.
  {
    why: "«لم تكن تريد مشاركة إيران»: the negation reaches the wish past «تكن»",
    text: `${HEAD}وقال عبد اللهيان إن الإدارة الأمريكية لم تكن تريد مشاركة إيران في المؤتمر.`,
    expected: ["usa iran_participation oppose"],
  },
  {
    why: "«كانت تريد مشاركة إيران» is support (guard)",
    text: `${HEAD}وقال عبد اللهيان إن الإدارة الأمريكية كانت تريد مشاركة إيران في المؤتمر.`,
    expected: ["usa iran_participation support"],
  },
  // A source set off by commas after another's verb of saying.
  {
    why: "«أبلغ كيري حجاب، بحسب مصادر في المعارضة، أن على الهيئة …»: the sources are not the speaker",
    text: `${HEAD}وكان وزير الخارجية الأمريكي جون كيري قد أبلغ رئيس الهيئة، بحسب مصادر في المعارضة، أن على الوفد أن يذهب إلى جنيف دون شروط.`,
    expected: ["usa geneva2_preconditions unconditional"],
  },
  {
    why: "«بحسب مصادر في المعارضة» heading the sentence still names the source as its speaker (guard)",
    text: `${HEAD}بحسب مصادر في الائتلاف، فإن الائتلاف لن يشارك في المؤتمر ما لم يتوقف القصف.`,
    expected: ["national_coalition geneva2_preconditions conditional"],
  },
  // Conditions another set, referred back to, supposed, or set by whoever.
  {
    why: "«معتبراً أن هذه المطالب يجب أن تبحث خلال المفاوضات»: the demonstrative goes back to another's demands, not the judge's",
    text: `${HEAD}وقال وزير الخارجية الروسي إن وفد المعارضة يطالب برفع الحصار قبل الجلوس إلى الطاولة، معتبرا أن هذه المطالب "يجب أن تبحث خلال المفاوضات".`,
    // (The opposition's demand, reported by him, is its condition: CONTRACT.md annotates another actor's report.)
    expected: ["syrian_opposition geneva2_preconditions conditional"],
  },
  {
    why: "«ولو وضعت شروط لما جئنا»: conditions only supposed; the refusal of conditions stands",
    text: `${HEAD}وقال وزير الخارجية الإيراني إن طهران "لم تقبل أي شروط لحضورها، ولو وضعت شروط لما جئنا".`,
    expected: ["iran geneva2_preconditions unconditional", "iran iran_participation support"],
  },
  {
    why: "«ومن يضع شروطاً على مشاركتها إنما يضع العراقيل»: whoever sets them is no one named",
    text: `${HEAD}وقال لافروف إن المفاوضات يجب أن تبدأ دون شروط، ومن يضع شروطاً على مشاركتها إنما يضع العراقيل أمام التسوية.`,
    expected: ["russia geneva2_preconditions unconditional"],
  },
  {
    why: "«من يضع الشروط المسبقة لا يريد الحل»: a predicate rejecting whoever sets them is the speaker's unconditional (guard)",
    text: `${HEAD}وسخر الأمين العام لحزب الله من شروط الوفد، معتبرا أن من يضع الشروط المسبقة للتفاوض «لا يريد الحل أصلا».`,
    expected: ["hezbollah geneva2_preconditions unconditional"],
  },
  {
    why: "«أكثر من اشترط رحيل الأسد» after a name names who set it (guard)",
    text: `${HEAD}وكانت فرنسا أكثر من اشترط رحيل الأسد قبل أي مفاوضات في جنيف.`,
    expected: ["france geneva2_preconditions conditional", "france assad_role must_go"],
  },
];

caseTable("probe 8-f: false claims by kind", CASES);
