// Kind found by the probe rounds: «من الطبيعي أن …» before Iran's taking part («من الطبيعي أن تحضر إيران», «من
// الطبيعي أن تكون طهران حاضرة») wants her there, as «من الضروري أن …» and «من المهم أن …» already do. Each row
// written for this table, not taken from the seeds, the development corpus or the probe's articles.
import { caseTable, type Case } from "./case-table";

/** A headline, so that the sentence under test is read as a body sentence. */
const HEAD = "مؤتمر جنيف 2 حول سوريا\n";
/** A body sentence with another speaker and no stance, before the one under test. */
const BEFORE = "وقال لافروف إن موسكو تتابع الاتصالات مع جميع الأطراف. ";
/** A closing body sentence with no stance. */
const TAIL = "\nوتتواصل التحضيرات لعقد المؤتمر في موعده.\n";

const CASES: Case[] = [
  {
    why: "«من الطبيعي أن تشارك إيران»: the speaker wants her there",
    text: `${HEAD}${BEFORE}وقال المتحدث باسم الخارجية التركية إن "من الطبيعي أن تشارك إيران في الاجتماع المقبل".${TAIL}`,
    expected: ["turkey iran_participation support"],
  },
  {
    why: "«من الطبيعي أن تكون طهران حاضرة»: her copula and presence after the trigger",
    text: `${HEAD}${BEFORE}وقال الأمين العام للأمم المتحدة بان كي مون إن "من الطبيعي أن تكون طهران حاضرة في المحادثات".${TAIL}`,
    expected: ["un iran_participation support"],
  },
  {
    why: "«من الطبيعي ألا تكون إيران حاضرة»: negated after the trigger, it rejects her taking part",
    text: `${HEAD}${BEFORE}وقال وزير الخارجية الفرنسي إن "من الطبيعي ألا تكون إيران حاضرة في المؤتمر".${TAIL}`,
    expected: ["france iran_participation oppose"],
  },
  {
    why: "«من الطبيعي أن يشارك الائتلاف»: no Iran named, no claim on her (guard)",
    text: `${HEAD}${BEFORE}وقال المتحدث باسم الخارجية التركية إن "من الطبيعي أن يشارك الائتلاف في الاجتماع المقبل".${TAIL}`,
    expected: [],
  },
  {
    why: "«من الطبيعي أن ترفض المعارضة حضور إيران»: the rejection after the trigger still decides (guard)",
    text: `${HEAD}${BEFORE}وقال وزير الخارجية الفرنسي إن "من الطبيعي أن ترفض المعارضة حضور إيران".${TAIL}`,
    expected: ["france iran_participation oppose"],
  },
];

caseTable("review 18 (nc18): «من الطبيعي أن …» before Iran's taking part", CASES);
