// Kinds found by the probe rounds among the claims the gold does not have: what an accusation alleges given to the
// accuser rather than the accused — the accuser a source or official of a body («اتهم مصدر مسؤول في الخارجية …»),
// the accusation a verbal noun («نقلت … عن مسؤول … اتهامه الرياض بأنها …»), the accused followed by a word of time
// («تتهم دمشق الرياض اليوم بأنها …») or the allegation going on in «لأنها …» — and the accused no party of the
// lexicon («متهماً الطرف الآخر بأنه …»), where no one holds it; and a report that went round, denied right after it
// («نقلت مصادر أن …. غير أن الخارجية نفت ذلك»: denials are not annotated). Each row written for this table, not taken from the
// seeds, the development corpus or the probe's articles.
import { caseTable, type Case } from "./case-table";

/** A headline, so that the sentence under test is read as a body sentence. */
const HEAD = "مؤتمر جنيف 2 حول سوريا\n";
/** A closing body sentence with no stance. */
const TAIL = "\nوتتواصل التحضيرات لعقد المؤتمر في موعده.\n";

const CASES: Case[] = [
  {
    why: `«اتهم مصدر مسؤول في وزارة الخارجية السورية قطر بأنها "تشترط …"»: Qatar, not the source's body`,
    text: `${HEAD}واتهم مصدر مسؤول في وزارة الخارجية السورية قطر بأنها "تشترط تنحي الرئيس الأسد قبل أي حوار".${TAIL}`,
    expected: ["qatar geneva2_preconditions conditional", "qatar assad_role must_go"],
  },
  {
    why: `«نقلت الوكالة عن مسؤول … اتهامه قطر بأنها "تشترط رحيل الرئيس الأسد قبل أي تفاوض"»: the verbal noun accuses too`,
    text: `${HEAD}ونقلت الوكالة عن مسؤول في الخارجية الروسية اتهامه قطر بأنها "تشترط رحيل الرئيس الأسد قبل أي تفاوض".${TAIL}`,
    expected: ["qatar geneva2_preconditions conditional", "qatar assad_role must_go"],
  },
  {
    why: `«تتهم دمشق وطهران السعودية اليوم بأنها …، لأنها "تشترط …"»: a word of time after the accused, the charge going on`,
    text: `${HEAD}وتتهم دمشق وطهران السعودية اليوم بأنها هي من يعطل الحل، لأنها "تشترط تنحي الأسد قبل أي مفاوضات".${TAIL}`,
    expected: ["saudi_arabia geneva2_preconditions conditional", "saudi_arabia assad_role must_go"],
  },
  {
    why: `«…، متهما الطرف الآخر بأنه "يشترط رحيل الرئيس …"»: an accused the lexicon does not name holds it, not the accuser`,
    text: `${HEAD}وقال المعلم إن وفده جاء "من دون شروط مسبقة"، متهما الطرف الآخر بأنه "يشترط رحيل الرئيس قبل الجلوس إلى أي طاولة".${TAIL}`,
    expected: ["syrian_government geneva2_preconditions unconditional"],
  },
  {
    why: `«واتهم ظريف بعض الدول بأنها "تشترط رحيل الأسد …"»: no party named as the accused, no one holds it`,
    text: `${HEAD}واتهم وزير الخارجية الإيراني محمد جواد ظريف بعض الدول بأنها "تشترط رحيل الأسد قبل أي تفاوض".${TAIL}`,
    expected: [],
  },
  {
    why: `«اتهم وزير الخارجية السوري قطر بأنها "تشترط …"»: the accused named right after the subject (guard)`,
    text: `${HEAD}واتهم وزير الخارجية السوري قطر بأنها "تشترط تنحي الرئيس الأسد قبل أي حوار".${TAIL}`,
    expected: ["qatar geneva2_preconditions conditional", "qatar assad_role must_go"],
  },
  {
    why: "«تتهم دمشق الرياض صراحة بأنها تشترط …»: an adverb between the accused and «بأنها» (guard)",
    text: `${HEAD}وتتهم دمشق الرياض صراحة بأنها تشترط تنحي الأسد قبل أي تفاوض، وبأنها تمنع المعارضة من الحضور.${TAIL}`,
    expected: ["saudi_arabia geneva2_preconditions conditional", "saudi_arabia assad_role must_go"],
  },
  {
    why: "«اتهم المعلم الطرف الآخر بالتعنت، وقال إن دمشق ستذهب … من دون شروط»: the accuser's own clause after (guard)",
    text: `${HEAD}واتهم المعلم الطرف الآخر بالتعنت، وقال إن دمشق ستذهب إلى جنيف من دون شروط مسبقة.${TAIL}`,
    expected: ["syrian_government geneva2_preconditions unconditional"],
  },
  {
    why: "«رفضت الهيئة اتهامها بعرقلة الحوار، وقالت إنها لن تذهب … ما لم …»: her own clause after (guard)",
    text: `${HEAD}ورفضت الهيئة العليا للمفاوضات اتهامها بعرقلة الحوار، وقالت إنها لن تذهب إلى جنيف ما لم يرحل الأسد.${TAIL}`,
    // (Her condition gives both labels it implies, CONTRACT.md; the rejection before the comma rejects the charge only.)
    expected: ["hnc geneva2_preconditions conditional", "hnc assad_role must_go"],
  },
  {
    why: "«قال المقداد إن بعض الأطراف تتهم دمشق بالتشدد، لكن الحكومة مستعدة … من دون شروط»: a contrast after (guard)",
    text: `${HEAD}وقال المقداد إن بعض الأطراف تتهم دمشق بالتشدد، لكن الحكومة السورية مستعدة للذهاب إلى جنيف من دون شروط مسبقة.${TAIL}`,
    expected: ["syrian_government geneva2_preconditions unconditional"],
  },
  // A report denied after it, in the next sentence's opening clause.
  {
    why: `«نقلت مصادر أن الوزير البريطاني أبلغ الهيئة أن عليها "الذهاب … من دون شروط". إلا أن الخارجية نفت ذلك»: a denied report`,
    text: `${HEAD}وكانت مصادر في المعارضة قد نقلت أن وزير الخارجية البريطاني أبلغ الهيئة أن عليها "الذهاب إلى جنيف من دون شروط مسبقة". إلا أن الخارجية البريطانية نفت ذلك جملة وتفصيلا.${TAIL}`,
    expected: [],
  },
  {
    why: `«تحدثت تقارير عن أن الرياض "لن تعارض حضور إيران إذا …". لكن مصدرا سعوديا نفى هذه التقارير»: a denied report`,
    text: `${HEAD}وتحدثت تقارير صحافية عن أن الرياض "لن تعارض حضور إيران إذا سحبت قواتها من سوريا". لكن مصدرا سعوديا مسؤولا نفى هذه التقارير.${TAIL}`,
    expected: [],
  },
  {
    why: `«… "لن تعارض حضور إيران إذا …". لكن طهران نفت أن تكون قد تلقت أي عرض»: another thing denied (guard)`,
    text: `${HEAD}وتحدثت تقارير صحافية عن أن الرياض "لن تعارض حضور إيران إذا سحبت قواتها من سوريا". لكن طهران نفت أن تكون قد تلقت أي عرض سعودي.${TAIL}`,
    expected: ["saudi_arabia iran_participation conditional"],
  },
  {
    why: "«نقلت صحيفة عن مصادر أن باريس لم تعد تمانع بقاء الأسد، لكن الخارجية رفضت التعليق»: no denial (guard)",
    text: `${HEAD}ونقلت صحيفة بريطانية عن مصادر دبلوماسية أن باريس لم تعد تمانع بقاء الأسد حتى نهاية ولايته، لكن الخارجية الفرنسية رفضت التعليق.${TAIL}`,
    expected: ["france assad_role may_stay"],
  },
  {
    why: `«نقلت صحيفة عن مسؤولين قولهم إن واشنطن "لم تعد تمانع …". لكن المتحدث نفى ذلك»: two officials who differ (guard)`,
    text: `${HEAD}ونقلت صحيفة أمريكية عن مسؤولين في الإدارة قولهم إن الولايات المتحدة "لم تعد تمانع بقاء الأسد حتى الانتخابات". لكن المتحدث باسم الخارجية نفى ذلك.${TAIL}`,
    expected: ["usa assad_role may_stay"],
  },
];

caseTable("review 19 (fp19): what an accusation alleges is the accused's or no one's; a denied report no one's", CASES);
