// Kinds of holder found by the probe rounds: a verb of saying after «، إذ» (or «، حيث») explaining the clause of
// doing of the one «أما» put first («أما X فكان أشد لهجة، إذ قال إن …»), his and not the speaker before him; and a
// sentence opening on «سارع» and its subject, who goes on in the bare «وقال» after it. Each row written for this
// table, not taken from the seeds, the development corpus or the probe's articles.
import { caseTable, type Case } from "./case-table";

/** A headline, so that the sentence under test is read as a body sentence. */
const HEAD = "مؤتمر جنيف 2 حول سوريا\n";
/** A body sentence with another speaker and no stance, before the one under test. */
const BEFORE = "وقال لافروف إن موسكو تتابع الاتصالات مع جميع الأطراف. ";
const BEFORE_JARBA = "وقال الجربا إن الائتلاف يدرس الدعوة بعناية. ";
/** A closing body sentence with no stance. */
const TAIL = "\nوتتواصل التحضيرات لعقد المؤتمر في موعده.\n";

const CASES: Case[] = [
  // «أما X ف… ، إذ قال إن …»: the verb after «إذ» explains what he did; he says it.
  {
    why: "«أما فابيوس فكان أشد لهجة، إذ قال إن …»: the one «أما» put first, not the speaker before",
    text: `${HEAD}${BEFORE}أما الوزير الفرنسي فابيوس فكان أشد لهجة هذه المرة، إذ قال إن الرئيس الأسد لا يمكن أن يكون جزءا من مستقبل البلاد.${TAIL}`,
    expected: ["france assad_role must_go"],
  },
  {
    why: "«أما الإبراهيمي فبدا أكثر تفاؤلا، إذ قال إن …»",
    text: `${HEAD}${BEFORE_JARBA}أما الإبراهيمي فبدا أكثر تفاؤلا من غيره، إذ قال إن حضور إيران ضروري لنجاح المؤتمر.${TAIL}`,
    expected: ["un iran_participation support"],
  },
  {
    why: "«أما الجعفري فكان حاسماً، حيث أكد أن …»: «حيث» as «إذ»",
    text: `${HEAD}${BEFORE_JARBA}أما الجعفري فكان حاسما في ردّه على الصحافيين، حيث أكد أن وفده حضر من دون أي شرط مسبق.${TAIL}`,
    expected: ["syrian_government geneva2_preconditions unconditional"],
  },
  {
    why: "«، إذ قال لافروف إن …»: a subject named after the verb is the speaker (guard)",
    text: `${HEAD}${BEFORE_JARBA}أما الإبراهيمي فبدا متحفظا، إذ قال لافروف إن حضور إيران ضروري لإنجاح الحوار.${TAIL}`,
    expected: ["russia iran_participation support"],
  },
  // «سارع X إلى …. وقال …»: the one hastening to act goes on in the bare verb of saying after it.
  {
    why: "«وفي موسكو، سارع لافروف إلى الرد. وقال …»: the one who hastened, not the speaker before",
    text: `${HEAD}${BEFORE_JARBA}وفي موسكو، سارع لافروف إلى الرد على بيان المعارضة. وقال أمام الصحافيين إن الحوار ينبغي أن يبدأ بلا شروط مسبقة.${TAIL}`,
    expected: ["russia geneva2_preconditions unconditional"],
  },
  {
    why: "«وفي طهران، سارع ظريف إلى الرد. وقال …»",
    text: `${HEAD}${BEFORE}وفي طهران، سارع ظريف إلى الرد على الانتقادات الغربية. وقال إن بلاده مستعدة للمشاركة في المؤتمر.${TAIL}`,
    expected: ["iran iran_participation support"],
  },
  {
    why: "«في المقابل، سارع الجبير إلى الرد. وقال …»: a phrase of contrast before the verb",
    text: `${HEAD}${BEFORE}في المقابل، سارع الجبير إلى الرد على الانتقادات الروسية. وقال إنه لا مكان للأسد في سوريا الجديدة.${TAIL}`,
    expected: ["saudi_arabia assad_role must_go"],
  },
  {
    why: "«سارع لافروف إلى الرد. وقال المعلم …»: the next sentence names its own speaker (guard)",
    text: `${HEAD}${BEFORE_JARBA}سارع لافروف إلى الرد على بيان المعارضة. وقال المعلم إن وفد دمشق سيحضر بلا شروط مسبقة.${TAIL}`,
    expected: ["syrian_government geneva2_preconditions unconditional"],
  },
];

caseTable("review 13 (holders 2: «، إذ قال» after «أما X ف…»; «سارع X إلى …. وقال …»)", CASES);
