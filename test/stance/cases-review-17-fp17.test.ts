// Kinds found by the probe rounds: conditions read on the talks that are not (terms set on Iran's taking part, a
// verb of her acting after a verb of stipulating or before «كشرط لحضورها»; a condition that is only the going
// decided on, the talks held on time or the going possible; the condition of another clause after «، فيما»). Each row
// written for this table, not taken from the seeds, the development corpus or the probe's articles.
import { caseTable, type Case } from "./case-table";

/** A headline, so that the sentence under test is read as a body sentence. */
const HEAD = "مؤتمر جنيف 2 حول سوريا\n";
/** A body sentence with another speaker and no stance, before the one under test. */
const BEFORE = "وقال لافروف إن موسكو تتابع الاتصالات مع جميع الأطراف. ";
/** A closing body sentence with no stance. */
const TAIL = "\nوتتواصل التحضيرات لعقد المؤتمر في موعده.\n";

const CASES: Case[] = [
  // Terms set on Iran's taking part: iran_participation, not conditions on the talks.
  {
    why: "«اشترطت، في بيان …، أن تعلن طهران …»: Iran the one to act after the verb of stipulating, past an aside",
    text: `${HEAD}${BEFORE}وكانت الخارجية البريطانية قد اشترطت، في بيان صدر مساء الأحد، أن تعلن طهران قبولها الصريح ببيان جنيف 1 كي تحضر المؤتمر.${TAIL}`,
    expected: ["uk iran_participation conditional"],
  },
  {
    why: "«بأن توافق إيران … كشرط لحضورها»: «her» attending, Iran the one to act before it",
    text: `${HEAD}${BEFORE}وقال الوزير الفرنسي إن بلاده تطالب بأن توافق إيران علنا على بيان جنيف 1 كشرط لحضورها المؤتمر.${TAIL}`,
    expected: [],
  },
  {
    why: "«أن تقبل إيران مسبقا ببيان جنيف الأول كشرط لمشاركتها»: terms on her, kept as iran_participation",
    text: `${HEAD}${BEFORE}وأضاف الوزير الروسي أن واشنطن أصرت على أن تقبل إيران مسبقا ببيان جنيف الأول كشرط لمشاركتها، وهو ما وصفه بأنه غير مفيد.${TAIL}`,
    expected: ["usa iran_participation conditional"],
  },
  {
    why: "«اشترطت السعودية عدم مشاركة إيران لكي تحضر»: her absence the stipulator's condition of attending (guard)",
    text: `${HEAD}${BEFORE}واشترطت السعودية عدم مشاركة إيران لكي تحضر المؤتمر.${TAIL}`,
    expected: ["saudi_arabia geneva2_preconditions conditional", "saudi_arabia iran_participation oppose"],
  },
  {
    why: "«اشترط الائتلاف، في بيان …، أن يعلن النظام …»: not Iran the one to act, a condition on the talks (guard)",
    text: `${HEAD}${BEFORE}واشترط الائتلاف الوطني، في بيان صدر أمس، أن يعلن النظام قبوله بهيئة حكم انتقالية قبل أن يحضر المؤتمر.${TAIL}`,
    expected: ["national_coalition geneva2_preconditions conditional"],
  },
  // A condition that sets no terms.
  {
    why: "«ستشارك في المؤتمر إذا عقد في موعده»: the talks held on time is no term",
    text: `${HEAD}${BEFORE}وقال وزير الإعلام السوري إن الحكومة ستشارك في المؤتمر إذا عقد في موعده.${TAIL}`,
    expected: [],
  },
  {
    why: "«ستشارك … ضمن وفد موحد إذا أمكن»: the going possible is no term",
    text: `${HEAD}${BEFORE}وقالت هيئة التنسيق الوطنية إنها ستشارك في المؤتمر ضمن وفد موحد للمعارضة إذا أمكن.${TAIL}`,
    expected: [],
  },
  {
    why: "«ستنسحب من التحالف إذا قرر الأخير المشاركة»: the going decided on, with its subject, conditions leaving a body",
    text: `${HEAD}${BEFORE}وأعلنت هيئة التنسيق الوطنية أنها لن تشارك في المؤتمر وأنها ستنسحب من التحالف إذا قرر الأخير المشاركة.${TAIL}`,
    expected: [],
  },
  {
    why: '«تدعم قرار الائتلاف المشاركة "إذا قرر ذلك"»: «ذلك» the going named before it',
    text: `${HEAD}${BEFORE}وأكد وزير الخارجية السعودي أن المملكة تدعم قرار الائتلاف الوطني المشاركة في المؤتمر "إذا قرر ذلك".${TAIL}`,
    expected: [],
  },
  {
    why: "«ستشارك إذا توقف القصف»: a term on the talks (guard)",
    text: `${HEAD}${BEFORE}وقالت هيئة التنسيق الوطنية إنها ستشارك في المؤتمر إذا توقف القصف على المدن.${TAIL}`,
    expected: ["ncb geneva2_preconditions conditional"],
  },
  {
    why: "«ستشارك إذا قررت الأمم المتحدة دعوة …»: a decision of another, not the going, is a term (guard)",
    text: `${HEAD}${BEFORE}وقالت الخارجية الأمريكية إنها ستشارك في المؤتمر إذا قررت الأمم المتحدة دعوة الحكومة السورية.${TAIL}`,
    expected: ["usa geneva2_preconditions conditional"],
  },
  // The condition of another clause, after «، فيما».
  {
    why: "«كي تحضر المؤتمر، فيما هدد الائتلاف بالانسحاب إذا لم …»: the condition is the Coalition's, not of Iran's coming",
    text: `${HEAD}${BEFORE}وكانت واشنطن قد طالبت بأن تعلن طهران تأييدها لبيان جنيف 1 كي تحضر المؤتمر، فيما هدد الائتلاف الوطني بالانسحاب إذا لم تسحب الدعوة.${TAIL}`,
    expected: ["national_coalition geneva2_preconditions conditional"],
  },
  {
    why: "«لن يحضر المؤتمر إذا لم تسحب الدعوة …، فيما رحبت روسيا …»: the condition before «فيما» is still read (guard)",
    text: `${HEAD}${BEFORE}وقال الائتلاف الوطني إنه لن يحضر المؤتمر إذا لم تسحب الدعوة الموجهة إلى إيران، فيما رحبت روسيا بالدعوة.${TAIL}`,
    expected: ["national_coalition geneva2_preconditions conditional", "national_coalition iran_participation oppose"],
  },
];

caseTable("review 17 (fp17): terms on Iran's taking part, conditions setting no terms, another clause's condition", CASES);
