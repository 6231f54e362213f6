// Kinds of the UN's invitation to Iran and its withdrawal found by the probe rounds: the invitation told by a relative
// clause after a withdrawal in the pluperfect («وكانت الأمم المتحدة قد سحبت الدعوة التي وجهتها لطهران») or by a verb
// after «كان قد» («بان كي مون كان قد وجه دعوة لإيران»), both the inviter's support; and the withdrawal judged right
// («رأى … أن قرار الأمين العام صائب»), the judge's opposition. Each row written for this table, not taken from the
// seeds, the development corpus or the probe's articles.
import { caseTable, type Case } from "./case-table";

/** A headline, so that the sentence under test is read as a body sentence. */
const HEAD = "مؤتمر جنيف 2 حول سوريا\n";
/** A headline and a lead naming the withdrawal, for sentences that take the decision up. */
const WITHDRAWN =
  "الأمين العام يتراجع عن دعوة إيران\nوسحب الأمين العام للأمم المتحدة بان كي مون الدعوة التي وجهها إلى إيران لحضور المؤتمر. ";
/** Body sentences with no stance, to set the decision apart from the sentence that judges it. */
const FILLER =
  "\nوتستمر الاجتماعات التحضيرية في قصر الأمم. ووصل الوفد الروسي إلى سويسرا مساء أمس. ويتوقع أن تستمر الجلسات ثلاثة أيام. وأعلنت الشرطة السويسرية تشديد الإجراءات الأمنية. وامتلأت فنادق المدينة بالصحافيين. ووصل أيضا وفد الجامعة العربية. واكتملت الترتيبات اللوجستية للقاعة. ووزعت المنظمة جدول الأعمال على الوفود.\n";
/** A closing body sentence with no stance. */
const TAIL = "\nوتتواصل التحضيرات لعقد المؤتمر في موعده.\n";

const CASES: Case[] = [
  // The relative clause «الدعوة التي وجهتها …» after a withdrawal whose subject stands before «(كان) قد».
  {
    why: "«وكانت الأمم المتحدة قد سحبت الدعوة التي وجهتها لطهران»: the withdrawer had invited her",
    text: `${HEAD}وكانت الأمم المتحدة قد سحبت مساء الخميس الدعوة التي وجهتها لطهران.${TAIL}`,
    expected: ["un iran_participation oppose", "un iran_participation support"],
  },
  {
    why: "«وكان بان كي مون قد سحب الدعوة التي وجهها إلى إيران»: «كان قد» between the subject and its verb",
    text: `${HEAD}وكان بان كي مون قد سحب بعد ساعات الدعوة التي وجهها إلى إيران.${TAIL}`,
    expected: ["un iran_participation oppose", "un iran_participation support"],
  },
  {
    why: "«أن الأمين العام قرر سحب الدعوة التي كان قد وجهها إلى إيران»: «قرر» between the withdrawer and the withdrawal",
    text: `${HEAD}وأعلن متحدث أن الأمين العام للأمم المتحدة قرر سحب الدعوة التي كان قد وجهها إلى إيران.${TAIL}`,
    expected: ["un iran_participation oppose", "un iran_participation support"],
  },
  {
    why: "«أن الأمين العام للأمم المتحدة كان قد وجه دعوة إلى طهران»: the subject before «كان قد»",
    text: `${HEAD}يذكر أن الأمين العام للأمم المتحدة كان قد وجه دعوة إلى طهران للمشاركة في المؤتمر.${TAIL}`,
    expected: ["un iran_participation support"],
  },
  {
    why: "«كان قد وجه دعوة لإيران … ثم تراجع عنها»: the invitation and its withdrawal, both his",
    text: `${HEAD}وتقول مصادر دبلوماسية إن بان كي مون كان قد وجه دعوة لإيران لحضور المؤتمر ثم سحبها بعد ساعات.${TAIL}`,
    expected: ["un iran_participation oppose", "un iran_participation support"],
  },
  // The withdrawal judged right after a verb of judging or saying: the judge opposes her taking part.
  {
    why: "«ورأى فابيوس أن قرار الأمين العام «صائب»»: the decision judged right, named by its maker far after it",
    text: `${WITHDRAWN}${FILLER}ورأى وزير الخارجية الفرنسي لوران فابيوس أن قرار الأمين العام "صائب".${TAIL}`,
    expected: ["un iran_participation oppose", "un iran_participation support", "france iran_participation oppose"],
  },
  {
    why: "«واعتبرت الرياض أن الخطوة في الاتجاه الصحيح»",
    text: `${WITHDRAWN}واعتبرت الرياض أن الخطوة في الاتجاه الصحيح.${TAIL}`,
    expected: ["un iran_participation oppose", "un iran_participation support", "saudi_arabia iran_participation oppose"],
  },
  {
    why: "«ورأى لافروف أن القرار غير صائب» (guard): judged not right, a condemnation",
    text: `${WITHDRAWN}ورأى لافروف أن القرار غير صائب.${TAIL}`,
    expected: ["un iran_participation oppose", "un iran_participation support", "russia iran_participation support"],
  },
  {
    why: "«أن قرار مجلس الأمن صائب» (guard): another body's decision, not the withdrawal",
    text: `${WITHDRAWN}ورأى وزير الخارجية البريطاني أن قرار مجلس الأمن صائب.${TAIL}`,
    expected: ["un iran_participation oppose", "un iran_participation support"],
  },
  {
    why: "«أن قرار الأمين العام صائب» with no withdrawal in the article (guard)",
    text: `${HEAD}ورأى وزير الخارجية البريطاني أن قرار الأمين العام تعيين مبعوث جديد صائب.${TAIL}`,
    expected: [],
  },
];

caseTable("review 14 (k3: the UN's invitation to Iran beside its withdrawal; the withdrawal judged right)", CASES);
