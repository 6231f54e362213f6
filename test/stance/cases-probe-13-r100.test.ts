// Kinds of sentence found by the thirteenth probe (round 100): two parties' positions on the talks in one sentence,
// the second reported after a contrast; talks that must include every influential party, naming Iran among them;
// Iran's exclusion judged a mistake by her pronoun, a reason clause after her taking part; the speaker's own clause in
// the first person after a clause he reports of another party; «على أن» after a verb of working or stressing, no
// proviso. Each row written for this table, not taken from the seeds, the development corpus or the probe's articles.
import { caseTable, type Case } from "./case-table";

/** A headline, so that the sentence under test is read as a body sentence. */
const HEAD = "مؤتمر جنيف 2 حول سوريا\n";
/** A closing body sentence with no stance. */
const TAIL = "\nوتتواصل التحضيرات لعقد المؤتمر في موعده.\n";

const CASES: Case[] = [
  // A second speaker after «في حين/بينما/فيما» or «، و» and a verb of saying: the first one's rejection of conditions
  // does not swallow the second one's condition of attending.
  {
    why: "«…، في حين قال داود أوغلو إن تركيا ستقاطع المفاوضات إذا …»: two speakers, a contrast between them",
    text: `${HEAD}وقال كيري إن واشنطن ترفض أي شروط مسبقة، في حين قال داود أوغلو إن تركيا ستقاطع المفاوضات إذا دعي الحزب الكردي إليها.${TAIL}`,
    expected: ["turkey geneva2_preconditions conditional", "usa geneva2_preconditions unconditional"],
  },
  {
    why: "«…، بينما قال داود أوغلو إن أنقرة ستقاطع …»",
    text: `${HEAD}وأكد ظريف أن طهران لا تضع أي شروط مسبقة، بينما قال داود أوغلو إن أنقرة ستقاطع المفاوضات إذا دعي الحزب الكردي إليها.${TAIL}`,
    expected: ["iran geneva2_preconditions unconditional", "turkey geneva2_preconditions conditional"],
  },
  {
    why: "«…، وهدد وزير الخارجية التركي بأن أنقرة ستقاطع …»: a comma and «و» before the second speaker's verb",
    text: `${HEAD}وقال ظريف إن إيران لا تقبل أي شروط مسبقة، وهدد وزير الخارجية التركي بأن أنقرة ستقاطع المفاوضات إذا دعي الحزب الكردي إليها.${TAIL}`,
    expected: ["iran geneva2_preconditions unconditional", "turkey geneva2_preconditions conditional"],
  },
  {
    why: "«لن يذهب إلى المؤتمر إذا فرضت عليه أي شروط مسبقة»: one speaker refusing conditions, no second report (guard)",
    text: `${HEAD}وأكد الجربا أن الائتلاف لن يذهب إلى المؤتمر إذا فرضت عليه أي شروط مسبقة.${TAIL}`,
    expected: ["national_coalition geneva2_preconditions unconditional"],
  },
  {
    why: "«ترفض كل الشروط المسبقة، وأنها لن تحضر إذا وضعت شروط»: the same speaker goes on (guard)",
    text: `${HEAD}وأكد لافروف أن روسيا ترفض كل الشروط المسبقة، وأنها لن تحضر إذا وضعت شروط على الحوار.${TAIL}`,
    expected: ["russia geneva2_preconditions unconditional"],
  },
  // Every influential party at the table, Iran named among them: her participation wanted (CONTRACT.md).
  {
    why: "«لا يمكن إنهاء الحرب من دون أن يجلس إلى الطاولة كل من له نفوذ …، بمن فيهم الإيرانيون»",
    text: `${HEAD}وقال كيري إنه لا يمكن إنهاء الحرب من دون أن يجلس إلى الطاولة كل من له نفوذ في سوريا، بمن فيهم الإيرانيون.${TAIL}`,
    expected: ["usa iran_participation support"],
  },
  {
    why: "«يجب أن تبقى جامعة لكل الأطراف الإقليمية الفاعلة، بما فيها إيران»",
    text: `${HEAD}وقالت موغيريني إن العملية السياسية يجب أن تبقى جامعة لكل الأطراف الإقليمية الفاعلة، بما فيها إيران.${TAIL}`,
    expected: ["eu iran_participation support"],
  },
  {
    why: "«ينبغي أن يضم جميع الدول المعنية بالأزمة، ولا سيما إيران»",
    text: `${HEAD}وقال لافروف إن الاجتماع المقبل ينبغي أن يضم جميع الدول المعنية بالأزمة، ولا سيما إيران.${TAIL}`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "«لا بد أن يكون على الطاولة كل اللاعبين المؤثرين بما في ذلك طهران»",
    text: `${HEAD}وقال فابيوس إنه لا بد أن يكون على الطاولة كل اللاعبين المؤثرين بما في ذلك طهران.${TAIL}`,
    expected: ["france iran_participation support"],
  },
  {
    why: "«ويضم الاجتماع كل الدول المعنية بما فيها إيران»: who the meeting includes, a fact (guard)",
    text: `${HEAD}ويضم الاجتماع كل الدول المعنية بالأزمة بما فيها إيران.${TAIL}`,
    expected: [],
  },
  {
    why: "«يجب على كل الأطراف، بما فيها إيران، وقف دعم المسلحين»: a call to do something else (guard)",
    text: `${HEAD}وقال كيري إنه يجب على كل الأطراف، بما فيها إيران، وقف دعم المسلحين.${TAIL}`,
    expected: [],
  },
  // Her exclusion, by her pronoun, judged a mistake; a reason after a comma is no rejection of her taking part.
  {
    why: "«أصرت طوال الوقت على أن تكون إيران حاضرة، لأن استبعادها كان خطأ فادحاً»: the reason is no rejection",
    text: `${HEAD}وقال لافروف إن موسكو أصرت طوال الوقت على أن تكون إيران حاضرة، لأن استبعادها كان خطأ فادحاً.${TAIL}`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "«طهران شريك أساسي، وإن إقصاءها عن جنيف يعد خطأ»",
    text: `${HEAD}وقال بوغدانوف إن طهران شريك أساسي، وإن إقصاءها عن جنيف يعد خطأ.${TAIL}`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "«إيران طرف مؤثر، وإن تغييبها عن المفاوضات غير منطقي»",
    text: `${HEAD}وقال لافروف إن إيران طرف مؤثر، وإن تغييبها عن المفاوضات غير منطقي.${TAIL}`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "«المعارضة وافقت على الحضور، وإن استبعادها كان خطأ»: the pronoun is not Iran's (guard)",
    text: `${HEAD}وقال الجربا إن المعارضة وافقت على الحضور، وإن استبعادها كان خطأ.${TAIL}`,
    expected: [],
  },
  {
    why: "«يرفض حضور إيران، لأن مشاركتها تطيل الحرب»: the rejection before the reason stands (guard)",
    text: `${HEAD}وقال الجربا إن الائتلاف يرفض حضور إيران، لأن مشاركتها تطيل الحرب.${TAIL}`,
    expected: ["national_coalition iran_participation oppose"],
  },
  // The speaker's own clause in the first person, after a clause he reports of another party: his, not that party's.
  {
    why: "«'النظام يريد حكومة وحدة وطنية، ولن نقبل بأي حل يبقي الأسد'»: «we» after the regime's clause",
    text: `${HEAD}وقال رياض حجاب إن "النظام يريد حكومة وحدة وطنية، ولن نقبل بأي حل يبقي الأسد في السلطة".${TAIL}`,
    expected: ["hnc assad_role must_go"],
  },
  {
    why: "«'النظام يريد حكومة وحدة، لكننا لن نقبل ببقاء الأسد'»",
    text: `${HEAD}وقال الجربا إن "النظام يريد حكومة وحدة، لكننا لن نقبل ببقاء الأسد".${TAIL}`,
    expected: ["national_coalition assad_role must_go"],
  },
  {
    why: "«'موسكو تحاول إنقاذ النظام، ونرفض أي تسوية تبقي الأسد'»: the first-person verb opens the cue",
    text: `${HEAD}وأكد الجربا أن "موسكو تحاول إنقاذ النظام، ونرفض أي تسوية تبقي الأسد في الحكم".${TAIL}`,
    expected: ["national_coalition assad_role must_go"],
  },
  {
    why: "«إن 'الائتلاف يرفض أي حل يبقي الأسد'»: the reported clause's own subject holds it (guard)",
    text: `${HEAD}وقال لافروف إن "الائتلاف يرفض أي حل يبقي الأسد في السلطة".${TAIL}`,
    expected: ["national_coalition assad_role must_go"],
  },
  // «على أن» after a verb of working, keeping to or stressing: what is striven for or stressed, no proviso.
  {
    why: "«ستشارك في الاجتماع وستعمل على أن تكون الدول العربية موحدة»",
    text: `${HEAD}وقال نبيل العربي إن الجامعة ستشارك في الاجتماع وستعمل على أن تكون الدول العربية موحدة.${TAIL}`,
    expected: [],
  },
  {
    why: "«سيحضر المؤتمر، مشدداً على أن الحل في سوريا سياسي»: past a comma, no proviso either (guard)",
    text: `${HEAD}وقال الجربا إن الائتلاف سيحضر المؤتمر، مشدداً على أن الحل في سوريا سياسي.${TAIL}`,
    expected: [],
  },
  {
    why: "«سيشارك في جنيف ويحرص على أن يكون وفده موحداً»",
    text: `${HEAD}وأعلن الائتلاف أنه سيشارك في جنيف ويحرص على أن يكون وفده موحداً.${TAIL}`,
    expected: [],
  },
  {
    why: "«سيشارك في جنيف على أن يفضي المؤتمر إلى هيئة حكم انتقالية»: a proviso of coming (guard)",
    text: `${HEAD}وأعلن الائتلاف أنه سيشارك في جنيف على أن يفضي المؤتمر إلى هيئة حكم انتقالية.${TAIL}`,
    expected: ["national_coalition geneva2_preconditions conditional"],
  },
];

caseTable("probe 13 (round 100): kinds of sentence", CASES);
