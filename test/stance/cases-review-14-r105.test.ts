// Kinds found by round r105: a speaker introduced by a clause of doing that opens after a phrase of place or side, or
// with no «و», his office's party before his name («وفي المقابل، رفع الأمين العام لـ"حزب الله" حسن نصرالله سقف
// خطابه، إذ قال …»); an invitation not to be sent («الضغط لعدم توجيه الدعوة إلى إيران»); the prior conditions one
// is asked to drop, said to be his by a relative clause or quoted («التخلي عن "الشروط المسبقة" التي يطرحها»). Each row
// written for this table, not taken from the seeds, the development corpus or the probe's articles.
import { caseTable, type Case } from "./case-table";

/** A headline, so that the sentence under test is read as a body sentence. */
const HEAD = "مؤتمر جنيف 2 حول سوريا\n";
/** A body sentence with another speaker and no stance, before the one under test. */
const BEFORE = "وقال الجربا إن الائتلاف يدرس الدعوة بعناية. ";
/** A closing body sentence with no stance. */
const TAIL = "\nوتتواصل التحضيرات لعقد المؤتمر في موعده.\n";

const CASES: Case[] = [
  // «، إذ قال» after a clause of doing opened by a phrase of place or side, or with no «و».
  {
    why: "«وفي بيروت، صعّد الأمين العام لحزب الله حسن نصرالله لهجته، إذ قال إن …»: his office's party, then his name",
    text: `${HEAD}${BEFORE}وفي بيروت، صعّد الأمين العام لحزب الله حسن نصرالله لهجته، إذ قال في خطاب إن الرئيس الأسد باق في منصبه.${TAIL}`,
    expected: ["hezbollah assad_role may_stay"],
  },
  {
    why: "«في المقابل، رفع الأمين العام لـ«حزب الله» السيد … سقف خطابه، إذ قال إن …»: the party in quotation marks",
    text: `${HEAD}${BEFORE}في المقابل، رفع الأمين العام لـ«حزب الله» السيد حسن نصرالله سقف خطابه، إذ قال إن على الجميع الذهاب إلى المؤتمر بلا شروط مسبقة وإن الرئيس الأسد باق.${TAIL}`,
    expected: ["hezbollah assad_role may_stay", "hezbollah geneva2_preconditions unconditional"],
  },
  {
    why: "«صعّد لافروف لهجته، إذ قال إن …»: a sentence with no «و» before its verb",
    text: `${HEAD}${BEFORE}صعّد وزير الخارجية الروسي سيرغي لافروف لهجته تجاه الغرب، إذ قال إن الرئيس الأسد باق.${TAIL}`,
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "«وفي موسكو، صعّد لافروف لهجته، إذ قال المعلم إن …»: a subject named after «قال» speaks (guard)",
    text: `${HEAD}${BEFORE}وفي موسكو، صعّد لافروف لهجته تجاه الغرب، إذ قال المعلم إن الرئيس الأسد باق.${TAIL}`,
    expected: ["syrian_government assad_role may_stay"],
  },
  // An invitation not to be sent: «عدم» before the verbal noun of sending it.
  {
    why: "«اتهم … واشنطن بالضغط لعدم توجيه الدعوة إلى إيران»: the one pressing opposes her coming",
    text: `${HEAD}واتهم وزير الخارجية الإيراني محمد جواد ظريف واشنطن بالضغط على المنظمة الدولية لعدم توجيه الدعوة إلى إيران.${TAIL}`,
    expected: ["usa iran_participation oppose"],
  },
  {
    why: "«طالبت الرياض الأمم المتحدة بعدم إرسال دعوة لطهران»",
    text: `${HEAD}وطالبت الرياض الأمم المتحدة بعدم إرسال دعوة لطهران لحضور الاجتماعات.${TAIL}`,
    expected: ["saudi_arabia iran_participation oppose"],
  },
  {
    why: "«أعرب لافروف عن أسفه لعدم توجيه الدعوة إلى إيران»: deploring it wants her there (guard)",
    text: `${HEAD}وأعرب لافروف عن أسفه لعدم توجيه الدعوة إلى إيران حتى الآن.${TAIL}`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "«طالبت موسكو بتوجيه الدعوة إلى إيران»: no «عدم» (guard)",
    text: `${HEAD}وطالبت موسكو بتوجيه الدعوة إلى إيران لحضور الاجتماعات.${TAIL}`,
    expected: ["russia iran_participation support"],
  },
  // The prior conditions one is asked to drop, his by a relative clause, or quoted.
  {
    why: "«دعا لافروف المعارضة إلى التخلي عن الشروط المسبقة التي تطرحها»: hers, as he reports",
    text: `${HEAD}ودعا وزير الخارجية الروسي سيرغي لافروف المعارضة السورية إلى التخلي عن الشروط المسبقة التي تطرحها للمشاركة في المفاوضات.${TAIL}`,
    expected: ["russia geneva2_preconditions unconditional", "syrian_opposition geneva2_preconditions conditional"],
  },
  {
    why: '«حث كيري الحكومة السورية على التخلي عن "الشروط" التي تضعها»: the conditions in quotation marks',
    text: `${HEAD}وحث كيري الحكومة السورية على التخلي عن "الشروط" التي تضعها قبل بدء الحوار.${TAIL}`,
    expected: ["syrian_government geneva2_preconditions conditional", "usa geneva2_preconditions unconditional"],
  },
  {
    why: "«دعا لافروف الائتلاف إلى التخلي عن الشروط المسبقة التي يطرحها البعض»: others' conditions (guard)",
    text: `${HEAD}ودعا لافروف الائتلاف إلى التخلي عن الشروط المسبقة التي يطرحها البعض في المنطقة.${TAIL}`,
    expected: ["russia geneva2_preconditions unconditional"],
  },
  {
    why: `«دعا لافروف الائتلاف إلى التخلي عن "الشروط المسبقة"»: quoted, still dropped; named as such, no one's own`,
    text: `${HEAD}ودعا لافروف الائتلاف إلى التخلي عن "الشروط المسبقة" والذهاب إلى جنيف.${TAIL}`,
    expected: ["russia geneva2_preconditions unconditional"],
  },
];

caseTable("review 14 (round r105: «، إذ قال» after a fronted phrase; «لعدم توجيه الدعوة»; conditions «التي يطرحها»)", CASES);
