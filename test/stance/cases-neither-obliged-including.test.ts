// Kinds of sentence from the twenty-fourth probe's rounds (wire copy retold by local sites; explainers and position
// round-ups), written for the purpose, none from the seeds, dev or the rounds: «لا … ولا …» after a denied role, the
// copula after an obligation with «على», and Iran among those listed before her.
import { caseTable } from "./case-table";

caseTable("«لا في … ولا …» after the cue lists where it is denied, no predicate denying it", [
  {
    why: "«لا يمكن أن نقبل بأي دور للأسد لا في المرحلة الانتقالية ولا بعدها»",
    text: "وقال المنسق العام للهيئة العليا للمفاوضات رياض حجاب: لا يمكن ان نقبل بأي دور لبشار الاسد لا في المرحلة الانتقالية ولا بعدها.",
    expected: ["hnc assad_role must_go"],
  },
  {
    why: "«لا حالياً ولا مستقبلاً»",
    text: "وقال رئيس الائتلاف أحمد الجربا إننا نرفض أي دور للأسد لا حاليا ولا مستقبلا.",
    expected: ["national_coalition assad_role must_go"],
  },
  {
    why: "«، لا في الحاضر ولا في المستقبل» after a comma",
    text: "وقال رئيس الائتلاف أحمد الجربا إننا نرفض أي دور للأسد، لا في الحاضر ولا في المستقبل.",
    expected: ["national_coalition assad_role must_go"],
  },
  {
    why: "«لا» then a verb after «ولا» is no such list: «لا في مصلحة أحد ولا يخدم الحل» reads nothing",
    text: "وقال وزير الخارجية الروسي سيرغي لافروف إن بقاء الأسد لا في مصلحة أحد ولا يخدم الحل.",
    expected: [],
  },
]);

caseTable("«على X أن تكون …»: the copula after an obligation, as after a modal", [
  {
    why: "«على إيران أن تكون حاضرة»",
    text: "وقال وزير الخارجية الروسي سيرغي لافروف إن على إيران أن تكون حاضرة في جنيف.",
    expected: ["russia iran_participation support"],
  },
  {
    why: "«على طهران أن تكون على الطاولة»",
    text: "وقال وزير الخارجية الروسي سيرغي لافروف إن على طهران أن تكون على الطاولة.",
    expected: ["russia iran_participation support"],
  },
  {
    why: "without the copula, as before: «على إيران أن تحضر»",
    text: "وقال وزير الخارجية الروسي سيرغي لافروف إن على إيران أن تحضر المؤتمر.",
    expected: ["russia iran_participation support"],
  },
]);

caseTable("Iran set off among those named before her («، بما فيها إيران،») takes part as they do", [
  {
    why: "a call to all of them «، بما فيها إيران، إلى المشاركة»",
    text: "ودعت كاثرين آشتون كل الدول المؤثرة في الأزمة، بما فيها إيران، إلى المشاركة في المؤتمر.",
    expected: ["eu iran_participation support"],
  },
  {
    why: "«ترى موسكو أن على كل الدول …، بما فيها إيران، أن تشارك»",
    text: "ترى موسكو أن على كل الدول المؤثرة في الأزمة، بما فيها إيران، أن تشارك في المؤتمر.",
    expected: ["russia iran_participation support"],
  },
  {
    why: "what they are said to fear is no taking part: «، ومنها إيران، تخشى المؤتمر»",
    text: "وقال وزير الخارجية الروسي سيرغي لافروف إن الدول المجاورة، ومنها إيران، تخشى المؤتمر.",
    expected: [],
  },
]);
