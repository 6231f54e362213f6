// A kind found by the probe rounds on Assad's role: the associates named with him in the London-11 wording
// («الأسد وشركاؤه», «الأسد والمقربون منه … لن يكون لهم أي دور»), which left the group's statement with no cue.
// Each row written for this table, not taken from the seeds, the development corpus or the probe's articles.
import { caseTable, type Case } from "./case-table";

/** A headline, so that the sentence under test is read as a body sentence. */
const HEAD = "مؤتمر جنيف 2 حول سوريا\n";
/** A body sentence with another speaker and no stance, before the one under test. */
const BEFORE = "وقال لافروف إن موسكو تتابع الاتصالات مع جميع الأطراف. ";
/** A closing body sentence with no stance. */
const TAIL = "\nوتتواصل التحضيرات لعقد المؤتمر في موعده.\n";

const CASES: Case[] = [
  // His associates named with him, then «لن يكون لهم أي دور».
  {
    why: "«الأسد وشركاؤه الذين تلطخت أيديهم بالدماء لن يكون لهم أي دور»",
    text: `${HEAD}${BEFORE}وشدد وزير الخارجية التركي على أن الأسد وشركاءه الذين تلطخت أيديهم بالدماء لن يكون لهم أي دور في مستقبل البلاد.${TAIL}`,
    expected: ["turkey assad_role must_go"],
  },
  {
    why: "«الأسد وشركاؤه لن يكون لهم أي دور» (nominative, after a colon)",
    text: `${HEAD}${BEFORE}وقال الوزير البريطاني للصحفيين: الأسد وشركاؤه لن يكون لهم أي دور في سوريا الجديدة.${TAIL}`,
    expected: ["uk assad_role must_go"],
  },
  {
    why: "«الأسد والمقربين منه لن يكون لهم أي دور في المرحلة الانتقالية»",
    text: `${HEAD}${BEFORE}وأكدت مجموعة أصدقاء سوريا في بيانها الختامي أن "الأسد والمقربين منه لن يكون لهم أي دور في المرحلة الانتقالية".${TAIL}`,
    expected: ["friends_of_syria assad_role must_go"],
  },
  {
    why: "«الأسد والمقربين من المعارضة …»: not his own associates, no role denied him (guard)",
    text: `${HEAD}${BEFORE}وقال الوزير التركي إن الأسد والمقربين من المعارضة لن يكون لهم أي دور في صياغة الدستور الجديد.${TAIL}`,
    expected: [],
  },
];

caseTable("review 17 (hwa): Assad and his associates with no role", CASES);
