// The withdrawal of Iran's invitation asked for, urged or welcomed: «طالب/حث/ناشد X (Y) بسحب/على سحب الدعوة التي
// وجهها إلى طهران». The one who asks opposes her taking part; the pronoun on «وجهها» goes back to the one asked or
// to the inviter named before, never to the one who asks. An inviter the lexicon does not know («الأمين العام»
// alone) is no one known, not the subject of the sentence. Verbs of urging («حث», «ناشد») govern what is asked as
// «طالب» and «دعا» do. Each row written for this table, not taken from the seeds, the development corpus or the
// probe's articles.
import { caseTable, type Case } from "./case-table";

/** A headline, so that the sentence under test is read as a body sentence. */
const HEAD = "مؤتمر جنيف 2 حول سوريا\n";
/** A closing body sentence with no stance. */
const TAIL = "\nوتتواصل التحضيرات لعقد المؤتمر في موعده.\n";

const CASES: Case[] = [
  {
    why: "«حث كيري الأمين العام على سحب الدعوة التي وجهها إلى طهران»: the one who urges opposes; he did not invite",
    text: `${HEAD}وحث وزير الخارجية الأمريكي جون كيري الأمين العام على سحب الدعوة التي وجهها إلى طهران.${TAIL}`,
    expected: ["usa iran_participation oppose"],
  },
  {
    why: "«طالب الائتلاف بسحب الدعوة التي وجهها الأمين العام إلى إيران»: an inviter the lexicon does not know is not the subject",
    text: `${HEAD}وطالب الائتلاف الوطني السوري بسحب الدعوة التي وجهها الأمين العام إلى إيران.${TAIL}`,
    expected: ["national_coalition iran_participation oppose"],
  },
  {
    why: "«رحبت الرياض بسحب الدعوة التي وجهها الأمين العام إلى طهران»: the one welcoming is not the inviter",
    text: `${HEAD}ورحبت الرياض بسحب الدعوة التي وجهها الأمين العام إلى طهران.${TAIL}`,
    expected: ["saudi_arabia iran_participation oppose"],
  },
  {
    why: "«طالب الائتلاف بان كي مون بسحب الدعوة التي وجهها إلى إيران»: the one asked, named after the subject, had invited her",
    text: `${HEAD}وطالب الائتلاف الوطني السوري بان كي مون بسحب الدعوة التي وجهها إلى إيران.${TAIL}`,
    expected: ["national_coalition iran_participation oppose", "un iran_participation support"],
  },
  {
    why: "«طالب الائتلاف بسحب الدعوة التي وجهها بان كي مون إلى إيران»: the inviter named in the clause (guard)",
    text: `${HEAD}وطالب الائتلاف الوطني السوري بسحب الدعوة التي وجهها بان كي مون إلى إيران.${TAIL}`,
    expected: ["national_coalition iran_participation oppose", "un iran_participation support"],
  },
  {
    why: "«قرر بان كي مون سحب الدعوة التي كان قد وجهها إلى طهران»: the withdrawer had invited her (guard)",
    text: `${HEAD}وقرر الأمين العام للأمم المتحدة بان كي مون سحب الدعوة التي كان قد وجهها إلى طهران.${TAIL}`,
    expected: ["un iran_participation oppose", "un iran_participation support"],
  },
  {
    why: "«ناشدت الرياض الأمم المتحدة استبعاد إيران من المؤتمر»: «ناشد» as «طالب»",
    text: `${HEAD}وناشدت الرياض الأمم المتحدة استبعاد إيران من المؤتمر.${TAIL}`,
    expected: ["saudi_arabia iran_participation oppose"],
  },
  {
    why: "«حث لافروف الغرب على دعوة إيران إلى جنيف»: urging her invitation is support",
    text: `${HEAD}وحث لافروف الدول الغربية على دعوة إيران إلى جنيف.${TAIL}`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "«رفض أي بحث في …»: «بحث» is not «ب» + «حث» (guard)",
    text: `${HEAD}ورفض نائب وزير الخارجية السوري أي بحث في مصير الرئيس الأسد خلال المؤتمر.${TAIL}`,
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: "«حثت واشنطن إيران على دعم الدعوات لتشكيل حكومة انتقالية»: calls for something else are no invitation",
    text: `${HEAD}وحثت الولايات المتحدة إيران على دعم الدعوات لتشكيل حكومة انتقالية في سوريا.${TAIL}`,
    expected: [],
  },
];

caseTable("the withdrawal of Iran's invitation asked for, urged or welcomed", CASES);
