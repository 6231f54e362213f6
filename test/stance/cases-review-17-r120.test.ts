// Kinds found by the round r120: writing on one's account as a verb of saying («كتب X على حسابه في تويتر: …»,
// «غرّد قائلاً إن …»); an interview whose headline names only the party, its intro the spokesman and then another
// person he speaks of; the withdrawal of Iran's invitation said to have happened under the pressure of states named by
// their adjectives («تم بضغط أمريكي سعودي»). Each row written for this table, not taken from the seeds, the development
// corpus or the probe's articles.
import { caseTable, type Case } from "./case-table";

/** A headline, so that the sentence under test is read as a body sentence. */
const HEAD = "مؤتمر جنيف 2 حول سوريا\n";
/** A body sentence with another speaker and no stance, before the one under test. */
const BEFORE = "وقال لافروف إن موسكو تتابع الاتصالات مع جميع الأطراف. ";
/** A closing body sentence with no stance. */
const TAIL = "\nوتتواصل التحضيرات لعقد المؤتمر في موعده.\n";

/** An interview: masthead, date, the headline on a body line, its intro, and one question with its answer. */
const interview = (headline: string, intro: string, answer: string) =>
  `الحياة | مقابلات\nالخميس 12/12/2013\n\n${headline}\n\n${intro} وفيما يلي نص الحوار:\n\n● ما موقفكم من حضور إيران؟\n- ${answer}\n`;

const CASES: Case[] = [
  // Writing on one's account: «كتب/نشر/دوّن» before an account, a post or a network; «غرّد» always.
  {
    why: "«وكتب الناطق باسم الائتلاف على حسابه في تويتر: «…»»: he writes it",
    text: `${HEAD}${BEFORE}وكتب الناطق باسم الائتلاف الوطني السوري على حسابه في تويتر: «لا مكان للأسد في أي مرحلة انتقالية».${TAIL}`,
    expected: ["national_coalition assad_role must_go"],
  },
  {
    why: "«وغرّد وزير الخارجية الفرنسي قائلاً إن …»",
    text: `${HEAD}${BEFORE}وغرّد وزير الخارجية الفرنسي قائلاً إن الأسد لا يمكن أن يكون جزءا من مستقبل سوريا.${TAIL}`,
    expected: ["france assad_role must_go"],
  },
  {
    why: "«ونشرت الخارجية الروسية على صفحتها الرسمية في فيسبوك أن …»",
    text: `${HEAD}${BEFORE}ونشرت الخارجية الروسية على صفحتها الرسمية في فيسبوك أن المؤتمر لن ينجح من دون مشاركة إيران.${TAIL}`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "«كتب ظريف في تغريدة أن …»: a post named after the verb, not the speaker before",
    text: `${HEAD}${BEFORE}كتب وزير الخارجية الإيراني ظريف في تغريدة أن المؤتمر لن ينجح من دون مشاركة إيران.${TAIL}`,
    expected: ["iran iran_participation support"],
  },
  {
    why: "«كتب الصحفي في صحيفة أن …»: a writer in a paper, no account, is no speaker (guard)",
    text: `${HEAD}كتب المحلل الأمريكي في صحيفة واشنطن بوست أن رحيل الأسد لم يعد أولوية.${TAIL}`,
    expected: [],
  },
  {
    why: "«ونشرت صحيفة روسية مقالاً …»: a paper publishing is no speaker (guard)",
    text: `${HEAD}ونشرت صحيفة روسية مقالا مطولا يرى أن رحيل الأسد لم يعد أولوية.${TAIL}`,
    expected: [],
  },
  // An interview whose headline names only the party: the intro's person of that party answers, not another person
  // named after him in what he said.
  {
    why: "headline «المتحدث باسم الائتلاف لـ«الحياة»: …», intro naming the spokesman and then Lavrov: the spokesman answers",
    text: interview(
      "المتحدث باسم الائتلاف الوطني السوري لـ«الحياة»: الحل يبدأ بحكومة انتقالية",
      "أكد رئيس الائتلاف الوطني السوري أحمد الجربا أن المعارضة تريد حلا سياسيا، معتبرا أن وزير الخارجية الروسي سيرغي لافروف يعرقل الجهود.",
      "لن نقبل بجلوس إيران إلى طاولة المفاوضات ما لم تسحب قواتها من سوريا.",
    ),
    expected: ["national_coalition iran_participation conditional"],
  },
  {
    why: "the same with the person named in the headline: he answers (guard)",
    text: interview(
      "رئيس الائتلاف الوطني السوري أحمد الجربا لـ«الحياة»: الحل السياسي يبدأ من جنيف ولن نتراجع عن ثوابت الثورة",
      "أكد رئيس الائتلاف الوطني السوري أحمد الجربا أن المعارضة تريد حلا سياسيا، معتبرا أن وزير الخارجية الروسي سيرغي لافروف يعرقل الجهود.",
      "لن نقبل بجلوس إيران إلى طاولة المفاوضات ما لم تسحب قواتها من سوريا.",
    ),
    expected: ["national_coalition iran_participation conditional"],
  },
  // The withdrawal done under the pressure of states named by their adjectives.
  {
    why: "«سحب الدعوة تم بضغط أمريكي سعودي»: two adjectives, no «و», and «تم»",
    text: `${HEAD}وقال المسؤول الإيراني إن سحب الدعوة تم بضغط أمريكي سعودي واضح.${TAIL}`,
    expected: ["usa iran_participation oppose", "saudi_arabia iran_participation oppose"],
  },
  {
    why: "«إلغاء الدعوة الموجهة إلى طهران تم بضغوط أمريكية»: the plural «ضغوط» after «ب»",
    text: `${HEAD}وقال المسؤول الإيراني إن إلغاء الدعوة الموجهة إلى طهران تم بضغوط أمريكية مباشرة.${TAIL}`,
    expected: ["usa iran_participation oppose"],
  },
  {
    why: "«سحب الدعوة تم بعد ساعات»: no pressure named (guard)",
    text: `${HEAD}وقال المسؤول الإيراني إن سحب الدعوة تم بعد ساعات من توجيهها.${TAIL}`,
    expected: [],
  },
  {
    why: "«قرار الائتلاف تم بضغط أمريكي»: not the invitation's withdrawal (guard)",
    text: `${HEAD}وقال المعلم إن قرار الائتلاف بالمشاركة تم بضغط أمريكي سعودي.${TAIL}`,
    expected: [],
  },
];

caseTable("review 17 (r120: writing on one's account; the interviewee of a party's headline; withdrawal under pressure)", CASES);
