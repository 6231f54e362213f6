// Kinds found by probe round r123: a threat to boycott the talks «إذا حضرته إيران» / «إن حضرت إيران» (the verb with
// the talks as its object pronoun; «إن» of condition, which the normaliser writes as «أن»): her absence made the
// condition of attending is oppose as well as conditional; and an unnamed source or official in the accusative after
// «غير أن / لكن / إلا أن» («غير أن مصدراً في الخارجية الروسية قال …») speaks for the body it is in. Each row written
// for this table, not taken from the seeds, the development corpus or the probe's articles.
import { caseTable, type Case } from "./case-table";

/** A headline, so that the sentence under test is read as a body sentence. */
const HEAD = "مؤتمر جنيف 2 حول سوريا\n";
/** A body sentence with another speaker and no stance, before the one under test. */
const BEFORE = "وقال لافروف إن موسكو تتابع الاتصالات مع جميع الأطراف. ";
/** A closing body sentence with no stance. */
const TAIL = "\nوتتواصل التحضيرات لعقد المؤتمر في موعده.\n";

const CASES: Case[] = [
  // «هدد X بمقاطعة المؤتمر إذا حضرته إيران»: the object pronoun on the verb of her attending.
  {
    why: "«هدد بالانسحاب من المحادثات إذا حضرتها طهران»: her absence the condition (oppose and conditional)",
    text: `${HEAD}${BEFORE}وهدد الائتلاف الوطني السوري بالانسحاب من المحادثات إذا حضرتها طهران.${TAIL}`,
    expected: ["national_coalition geneva2_preconditions conditional", "national_coalition iran_participation oppose"],
  },
  {
    why: "«إثر تهديد الائتلاف بمقاطعة المؤتمر إذا حضرته إيران»: the threat named by a noun, its owner after it",
    text: `${HEAD}${BEFORE}وتأجلت الجلسة الأولى إثر تهديد الائتلاف بمقاطعة المؤتمر إذا حضرته إيران بوفد رسمي.${TAIL}`,
    expected: ["national_coalition geneva2_preconditions conditional", "national_coalition iran_participation oppose"],
  },
  // «إن» of condition before a perfect verb of attending or being invited.
  {
    why: "«لوّحت المعارضة بمقاطعة الاجتماع إن حضرته إيران»: «إن» of condition",
    text: `${HEAD}${BEFORE}ولوّحت المعارضة السورية بمقاطعة الاجتماع إن حضرته إيران بوفد رسمي.${TAIL}`,
    expected: ["syrian_opposition geneva2_preconditions conditional", "syrian_opposition iran_participation oppose"],
  },
  {
    why: "«لن تحضر المؤتمر إن دعيت إيران إليه»",
    text: `${HEAD}${BEFORE}وقالت الخارجية السعودية إن الرياض لن تحضر المؤتمر إن دعيت إيران إليه.${TAIL}`,
    expected: ["saudi_arabia geneva2_preconditions conditional", "saudi_arabia iran_participation oppose"],
  },
  {
    why: "«إثر تهديد الائتلاف بالانسحاب إن شاركت إيران في جلسته»",
    text: `${HEAD}${BEFORE}وجاء القرار إثر تهديد الائتلاف بالانسحاب من المؤتمر إن شاركت إيران في جلسته الافتتاحية.${TAIL}`,
    expected: ["national_coalition geneva2_preconditions conditional", "national_coalition iran_participation oppose"],
  },
  {
    why: "«سينسحب إن حضر ممثلو الفصائل»: «إن» of condition on another's attending, no Iran",
    text: `${HEAD}${BEFORE}وقال الوزير المعلم إن وفد دمشق سينسحب من المفاوضات إن حضر ممثلو الفصائل المسلحة.${TAIL}`,
    expected: ["syrian_government geneva2_preconditions conditional"],
  },
  {
    why: "«انسحب بعد أن حضرته إيران»: «أن» after a word of time tells when, no condition (guard)",
    text: `${HEAD}${BEFORE}وقال الجربا إن الائتلاف انسحب من الاجتماع التحضيري بعد أن حضرته إيران بصفة مراقب.${TAIL}`,
    expected: [],
  },
  // An unnamed source or official in the accusative after «غير أن / لكن».
  {
    why: "«غير أن مصدراً في الخارجية الروسية قال إن بلاده …»: the source speaks for the ministry's state",
    text: `${HEAD}${BEFORE}وفي موسكو، لم يصدر أي تعليق، غير أن مصدرا في الخارجية الروسية قال إن بلاده ترفض أي شروط مسبقة.${TAIL}`,
    expected: ["russia geneva2_preconditions unconditional"],
  },
  {
    why: "«لكن مسؤولاً في الخارجية الإيرانية قال إن بلاده ستشارك …»",
    text: `${HEAD}${BEFORE}لكن مسؤولا في الخارجية الإيرانية قال إن بلاده ستشارك في المؤتمر على مستوى الوزير.${TAIL}`,
    expected: ["iran iran_participation support"],
  },
  {
    why: "«إلا أن مصدراً مسؤولاً في الخارجية الفرنسية أكد أن بلاده …»: an adjective in the accusative too",
    text: `${HEAD}${BEFORE}إلا أن مصدرا مسؤولا في الخارجية الفرنسية أكد أن بلاده ترى أن الأسد لا يمكن أن يكون جزءا من المرحلة الانتقالية.${TAIL}`,
    expected: ["france assad_role must_go"],
  },
  {
    why: "«وقال مصدر في الخارجية الروسية إن بلاده …»: the nominative, read before (guard)",
    text: `${HEAD}${BEFORE}وقال مصدر في الخارجية الروسية إن بلاده ترفض أي شروط مسبقة.${TAIL}`,
    expected: ["russia geneva2_preconditions unconditional"],
  },
];

caseTable("review 18 (r123: boycott «إذا حضرته / إن حضرت إيران»; «غير أن مصدراً في …» in the accusative)", CASES);
