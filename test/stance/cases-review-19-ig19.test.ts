// Kinds found by the probe rounds: Iran named, then the terms she is to meet, her pronoun their only subject («مفتوح
// أمام إيران إذا قبلت علناً ببيان جنيف 1», «لا ترفض إيران ولا تقبلها إلا بشرط أن تعلن التزامها …»), where no word of
// taking part stands right before her; and a verb of stipulating whose aside between commas («اشترط، في تصريحات
// للإذاعة، أن تقبل طهران …») stood between it and what Iran is to do. Each row written for this table, not taken from
// the seeds, the development corpus or the probe's articles.
import { caseTable, type Case } from "./case-table";

/** A headline, so that the sentence under test is read as a body sentence. */
const HEAD = "مؤتمر جنيف 2 حول سوريا\n";
/** A body sentence with another speaker and no stance, before the one under test. */
const BEFORE = "وقال لافروف إن موسكو تتابع الاتصالات مع جميع الأطراف. ";
/** A closing body sentence with no stance. */
const TAIL = "\nوتتواصل التحضيرات لعقد المؤتمر في موعده.\n";

const CASES: Case[] = [
  // Iran named, then «إذا / شريطة أن» and her accepting the Geneva-1 communique.
  {
    why: "«إيران بإمكانها أن تؤدي دوراً إذا أعلنت صراحة قبولها ببيان جنيف 1»: her part on a condition",
    text: `${HEAD}${BEFORE}وقال المتحدث باسم الخارجية البريطانية إن "إيران بإمكانها أن تؤدي دورا إذا أعلنت صراحة قبولها ببيان جنيف 1".${TAIL}`,
    expected: ["uk iran_participation conditional"],
  },
  {
    why: "«الطريق إلى المؤتمر مفتوح أمام طهران إذا قبلت رسمياً بيان جنيف الأول»",
    text: `${HEAD}${BEFORE}وأكد وزير الخارجية الفرنسي أن الطريق إلى المؤتمر "مفتوح أمام طهران إذا قبلت رسميا بيان جنيف الأول".${TAIL}`,
    expected: ["france iran_participation conditional"],
  },
  {
    why: "«لا ترفض طهران ولا تقبلها، إلا بشرط أن تعلن التزامها …»: Jordan's terms; Iran, read as the speaker of «ترفض طهران», never holds them",
    text: `${HEAD}${BEFORE}وقال وزير الخارجية الأردني إن عمان لا ترفض طهران ولا تقبلها، إلا بشرط أن تعلن التزامها العلني ببيان جنيف 1.${TAIL}`,
    expected: ["jordan iran_participation conditional"],
  },
  {
    why: "«… كعادتها: لا ترفض إيران ولا تقبلها، إلا بشرط أن …»: Iran, read as the speaker of «ترفض إيران», does not hold her own terms (France, before the colon, is not found)",
    text: `${HEAD}${BEFORE}أما باريس فبقيت في المنتصف كعادتها: لا ترفض إيران ولا تقبلها، إلا بشرط أن تعلن قبولها العلني ببيان جنيف 1.${TAIL}`,
    expected: [],
  },
  {
    why: "«لا ترى سبباً لإبعاد الجانب الإيراني …، شريطة أن تعلن التزامها …»: her exclusion's word before her, read before this change (guard)",
    text: `${HEAD}${BEFORE}وقال وزير الخارجية التركي إن بلاده "لا ترى سببا لإبعاد الجانب الإيراني عن النقاش، شريطة أن تعلن التزامها الواضح بمقررات جنيف".${TAIL}`,
    expected: ["turkey iran_participation conditional"],
  },
  {
    why: "«إذا قبلت المعارضة بيان جنيف 1»: a subject of its own after the verb, another's condition (guard)",
    text: `${HEAD}${BEFORE}وقال ظريف إن طهران ترى أن الحل ممكن إذا قبلت المعارضة بيان جنيف 1 كاملا.${TAIL}`,
    expected: [],
  },
  {
    why: "«إيران تريد أن تقبل بيان جنيف»: a wish, no word of condition (guard)",
    text: `${HEAD}${BEFORE}وقال المحلل إن إيران تريد أن تقبل بيان جنيف 1 لكنها تخشى ما يترتب عليه.${TAIL}`,
    expected: [],
  },
  // A verb of stipulating, an aside between commas, then what Iran is to do.
  {
    why: "«اشترط، في مقابلة مع صحيفة، أن تقبل طهران …»: the aside no longer hides the condition on her",
    text: `${HEAD}${BEFORE}وكان وزير الخارجية البريطاني قد اشترط، في مقابلة مع صحيفة "الغارديان" أمس، أن تقبل طهران علنا بهيئة حكم انتقالية كي تحضر المؤتمر.${TAIL}`,
    expected: ["uk iran_participation conditional"],
  },
  {
    why: "«اشترطت، قبل يومين من الاجتماع، أن تعلن إيران …» with only «مكان» for her taking part",
    text: `${HEAD}${BEFORE}وكانت الخارجية الأمريكية قد اشترطت، قبل يومين من الاجتماع، أن تعلن إيران التزامها ببيان جنيف 1 ليكون لها مكان في القاعة.${TAIL}`,
    expected: ["usa iran_participation conditional"],
  },
  {
    why: "«اشترط أن تقبل إيران …»: no aside, read before this change (guard)",
    text: `${HEAD}${BEFORE}وقال كيري إن واشنطن تشترط أن تقبل إيران ببيان جنيف 1 قبل توجيه الدعوة إليها.${TAIL}`,
    expected: ["usa iran_participation conditional"],
  },
];

caseTable("review 19 (ig19): the terms Iran is to meet, named after her or past an aside", CASES);
