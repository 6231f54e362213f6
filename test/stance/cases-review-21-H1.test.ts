// Kinds found by the probe rounds among the tuples given to the wrong holder or to none: the time come for Iran to
// take part («نعتقد أن الوقت قد حان لتكون إيران جزءاً من النقاش») as a trigger of wanting her there, like «يجب»; and
// regretting that Iran is not there («من المؤسف أن إيران ليست بيننا», «للأسف طهران غير ممثلة في المؤتمر»), which
// wants her at the table as regretting her absence does. Each row written for this table, not taken from the seeds,
// the development corpus or the probe's articles.
import { caseTable, type Case } from "./case-table";

/** A headline, so that the sentence under test is read as a body sentence. */
const HEAD = "مؤتمر جنيف 2 حول سوريا\n";
/** A closing body sentence with no stance. */
const TAIL = "\nوتتواصل التحضيرات لعقد المؤتمر في موعده.\n";

const CASES: Case[] = [
  {
    why: `«قال كيربي: "نعتقد أن الوقت قد حان لتكون إيران جزءاً من النقاش"»: the time come for her to take part`,
    text: `${HEAD}وقال المتحدث باسم الخارجية الأمريكية جون كيربي للصحافيين: "نعتقد أن الوقت قد حان لتكون إيران جزءاً من النقاش حول سوريا".${TAIL}`,
    expected: ["usa iran_participation support"],
  },
  {
    why: `«حان الوقت لسحب الدعوة الموجهة إلى إيران»: the time come to withdraw her invitation is no support (guard)`,
    text: `${HEAD}وقال وزير الخارجية الأمريكي جون كيري إنه حان الوقت لسحب الدعوة الموجهة إلى إيران لحضور مؤتمر جنيف.${TAIL}`,
    expected: ["usa iran_participation oppose"],
  },
  {
    why: `«قال لافروف إن "من المؤسف أن إيران ليست بيننا اليوم"»: regretting she is not among them`,
    text: `${HEAD}وقال وزير الخارجية الروسي سيرغي لافروف في كلمته إن "من المؤسف أن إيران ليست بيننا في هذه الجلسة".${TAIL}`,
    expected: ["russia iran_participation support"],
  },
  {
    why: `«كتب بيلدت: "من المؤسف أن إيران ليست هنا"»: regretting she is not here, after a colon`,
    text: `${HEAD}وكتب وزير الخارجية السويدي كارل بيلدت على حسابه في تويتر: "من المؤسف أن طهران ليست هنا اليوم".${TAIL}`,
    expected: ["sweden iran_participation support"],
  },
  {
    why: `«للأسف طهران غير ممثلة في المؤتمر»: «للأسف» and her not being represented`,
    text: `${HEAD}وقال وزير الخارجية البريطاني وليام هيغ إن مشاركة الجميع مهمة، وللأسف طهران غير ممثلة في المؤتمر.${TAIL}`,
    expected: ["uk iran_participation support"],
  },
  {
    why: `«من المؤسف أن إيران ليست جزءاً من الحل»: regretting what she does is no wish for her presence (guard)`,
    text: `${HEAD}وقال وزير الخارجية الفرنسي لوران فابيوس إن من المؤسف أن إيران ليست عاملا مساعدا في سوريا.${TAIL}`,
    expected: [],
  },
  {
    why: `«من المؤسف أن إيران ليست مستعدة لـ…»: her unreadiness regretted names no absence (guard)`,
    text: `${HEAD}وقال وزير الخارجية البريطاني وليام هيغ إن من المؤسف أن إيران ليست مستعدة لقبول بيان جنيف الأول.${TAIL}`,
    expected: [],
  },
];

caseTable("review 21 H1: the time come for Iran, her absence regretted", CASES);
