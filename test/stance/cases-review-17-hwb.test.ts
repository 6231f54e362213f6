// Kind found by the probe rounds: a bare «المملكة» in an article on Jordan that never names Saudi Arabia, said by
// a Jordanian official the lexicon does not know («الناطق باسم الحكومة»), read by the lexicon's default as Saudi
// Arabia's. Each row written for this table, not taken from the seeds, the development corpus or the probe's articles.
import { caseTable, type Case } from "./case-table";

/** A headline naming Jordan, so that the sentences under test are read as body sentences of a Jordanian article. */
const HEAD = "الأردن يشارك في مؤتمر جنيف 2 حول سوريا\n";
/** A body sentence with no stance, naming Jordan. */
const BEFORE = "ويستضيف الأردن مئات الآلاف من اللاجئين السوريين منذ بداية الأزمة. ";
/** A closing body sentence with no stance. */
const TAIL = "\nوتتواصل التحضيرات لعقد المؤتمر في موعده.\n";

const CASES: Case[] = [
  {
    why: "a Jordanian spokesman the lexicon does not know: «المملكة» is Jordan in an article naming no Saudi Arabia",
    text: `${HEAD}${BEFORE}وقال الناطق الرسمي باسم الحكومة إن المملكة "تدعو إلى بدء المفاوضات دون شروط مسبقة من أي طرف".${TAIL}`,
    expected: ["jordan geneva2_preconditions unconditional"],
  },
  {
    why: "«في كلمة المملكة» names the speaker's state; his next sentence («وأضاف: …») is Jordan's",
    text: `${HEAD}${BEFORE}وقال الوزير في كلمة المملكة أمام المؤتمر إن بلاده تدعم الحل السياسي. وأضاف: «ندعو إلى أن تبدأ المفاوضات من دون شروط مسبقة».${TAIL}`,
    expected: ["jordan geneva2_preconditions unconditional"],
  },
  {
    why: "«رياض حجاب» and «الرياضة» name no Saudi Arabia: «المملكة» stays Jordan",
    text: `${HEAD}${BEFORE}وتوقفت مباريات الرياضة في المخيمات بعد لقاء رياض حجاب بالمسؤولين. وقال مسؤول حكومي إن المملكة "ترفض أي شروط مسبقة على المؤتمر".${TAIL}`,
    expected: ["jordan geneva2_preconditions unconditional"],
  },
  {
    why: "the article names Saudi Arabia too: a bare «المملكة» keeps the lexicon's reading (guard)",
    text: `${HEAD}${BEFORE}وكانت السعودية قد أعلنت دعمها للمعارضة. وقال مسؤول إن المملكة "ترفض أي شروط مسبقة على المؤتمر".${TAIL}`,
    expected: ["saudi_arabia geneva2_preconditions unconditional"],
  },
  {
    why: "the article names «الرياض» (the capital, with «و»): a bare «المملكة» is Saudi Arabia's (guard)",
    text: `${HEAD}${BEFORE}وتنسق عمّان والرياض مواقفهما. وقال مسؤول إن المملكة "ترفض أي شروط مسبقة على المؤتمر".${TAIL}`,
    expected: ["saudi_arabia geneva2_preconditions unconditional"],
  },
  {
    why: "no Jordan in the article: a bare «المملكة» is Saudi Arabia's (guard)",
    text: `مؤتمر جنيف 2 حول سوريا\nوقال مسؤول إن المملكة "ترفض أي شروط مسبقة على المؤتمر".${TAIL}`,
    expected: ["saudi_arabia geneva2_preconditions unconditional"],
  },
  {
    why: "Jordan's foreign minister named before «المملكة» in the sentence: his kingdom, as before (guard)",
    text: `${HEAD}${BEFORE}وقال وزير الخارجية الأردني ناصر جودة إن المملكة "تدعو إلى مفاوضات من دون شروط مسبقة".${TAIL}`,
    expected: ["jordan geneva2_preconditions unconditional"],
  },
];

caseTable("review 17 (hwb): a bare «المملكة» in an article on Jordan", CASES);
