// Kinds found by the eighteenth probe's round r121: the owner of conditions named without «التي» (an indefinite
// noun's relative clause, «شروط يضعها الائتلاف») or in the genitive («شروط الائتلاف»), who holds them as the one
// rejecting them reports; and a clause of its own opened by «، و» and a verb after a comma, whose subject follows the
// verb inside the cue («…، ورفض وفد الائتلاف أي دور للأسد»), not the subject of the clause before the comma. Each row
// written for this table, not taken from the seeds, the development corpus or the probe's articles.
import { caseTable, type Case } from "./case-table";

/** A headline, so that the sentence under test is read as a body sentence. */
const HEAD = "مؤتمر جنيف 2 حول سوريا\n";
/** A closing body sentence with no stance. */
const TAIL = "\nوتتواصل التحضيرات لعقد المؤتمر في موعده.\n";

const CASES: Case[] = [
  // Conditions whose owner is named without «التي» or in the genitive: the owner sets them, the one rejecting
  // them holds the turned cue.
  {
    why: "«لا ترى مبرراً لشروط مسبقة يطرحها النظام السوري»: the relative clause of an indefinite noun names the setter",
    text: `${HEAD}وأكد وزير الخارجية التركي أن أنقرة لا ترى مبررا لشروط مسبقة يطرحها النظام السوري قبل الجلوس إلى الطاولة.${TAIL}`,
    expected: ["syrian_government geneva2_preconditions conditional", "turkey geneva2_preconditions unconditional"],
  },
  {
    why: "«وانتقدت الخارجية الأمريكية شروط الحكومة السورية»: the owner in the genitive sets them",
    text: `${HEAD}وانتقدت الخارجية الأمريكية في بيان شروط الحكومة السورية للمشاركة في المؤتمر.${TAIL}`,
    expected: ["syrian_government geneva2_preconditions conditional", "usa geneva2_preconditions unconditional"],
  },
  {
    why: "«ورفض نائب وزير الخارجية الإيراني شروط الائتلاف الوطني»",
    text: `${HEAD}ورفض نائب وزير الخارجية الإيراني شروط الائتلاف الوطني للمشاركة في المؤتمر الدولي.${TAIL}`,
    expected: ["iran geneva2_preconditions unconditional", "national_coalition geneva2_preconditions conditional"],
  },
  {
    why: "a headline «طهران: لن نقبل شروط الائتلاف»: the speaker rejects, the owner sets them",
    text: `طهران: لن نقبل شروط الائتلاف لحضور جنيف\nوتتواصل التحضيرات.\n`,
    expected: ["iran geneva2_preconditions unconditional", "national_coalition geneva2_preconditions conditional"],
  },
  {
    why: "«بأي شروط تضعها المعارضة»: the wider side named in passing is not taken for a setter (guard)",
    text: `${HEAD}وقال المتحدث باسم الخارجية الروسية إن بلاده لن تقبل بأي شروط تضعها المعارضة في الخارج لحضور المفاوضات.${TAIL}`,
    expected: ["russia geneva2_preconditions unconditional"],
  },
  {
    why: "«أي شروط مسبقة يضعها أي طرف»: no party named, no setter (guard)",
    text: `${HEAD}وقال المقداد إن الحكومة لن تقبل أي شروط مسبقة يضعها أي طرف.${TAIL}`,
    expected: ["syrian_government geneva2_preconditions unconditional"],
  },
  {
    why: "«شروطاً مسبقة للحوار مع الائتلاف»: an indefinite word of conditions has no owner after it (guard)",
    text: `${HEAD}ورفضت دمشق شروطا مسبقة للحوار مع الائتلاف.${TAIL}`,
    expected: ["syrian_government geneva2_preconditions unconditional"],
  },
  // «، و» and a verb opening a clause of its own: its subject follows it.
  {
    why: "«تمسكت طهران بـ…، ورفض وفد الائتلاف أي دور للأسد»: the delegation after the verb, not the first clause's subject",
    text: `${HEAD}وتمسكت طهران بأولوية الحرب على الإرهاب، ورفض وفد الائتلاف أي دور للأسد في المرحلة المقبلة.${TAIL}`,
    expected: ["national_coalition assad_role must_go"],
  },
  {
    why: "«أشاد لافروف بمرونة دمشق، ورفضت واشنطن أي دور للأسد»: Washington, not Damascus nor Lavrov",
    text: `${HEAD}وأشاد لافروف بمرونة دمشق، ورفضت واشنطن أي دور للأسد في الحكومة الانتقالية.${TAIL}`,
    expected: ["usa assad_role must_go"],
  },
  {
    why: "«…، ويرفض الائتلاف أي دور للأسد»: the present tense too (guard: read so already)",
    text: `${HEAD}وحضرت موسكو الاجتماع بوفد رفيع، ويرفض الائتلاف أي دور للأسد في السلطة الانتقالية.${TAIL}`,
    expected: ["national_coalition assad_role must_go"],
  },
  {
    why: "«…، ونرفض أي دور للأسد»: a first-person verb is the speaker's (guard)",
    text: `${HEAD}وقال الجربا إن الحل يبدأ من جنيف، ونرفض أي دور للأسد في مستقبل سوريا.${TAIL}`,
    expected: ["national_coalition assad_role must_go"],
  },
  {
    why: "«…، ودعوة إيران إلى المؤتمر ضرورية»: Iran after a verbal noun is what it is about, not its holder (guard)",
    text: `${HEAD}وقال لافروف إن موسكو تدعم الحوار، ودعوة إيران إلى المؤتمر ضرورية.${TAIL}`,
    expected: ["russia iran_participation support"],
  },
];

caseTable("review 18 (r121): owners of conditions without «التي», clauses opened by «، و» and a verb", CASES);
