// Iran's participation (round 5, iran2): each row a sentence of general news Arabic, written for this table (not
// taken from the seeds or the development corpus), and the tuples it must give.
import { caseTable, type Case } from "./case-table";

const CASES: Case[] = [
  {
    why: "«بان كي مون»: the «كي» of the name is no condition marker, so withdrawing the invitation is not conditional",
    text: "وأعلن الأمين العام بان كي مون سحب الدعوة الموجهة إلى إيران لحضور المؤتمر.",
    expected: ["un iran_participation oppose"],
  },
  {
    why: "accepting her participation «بشروط» after it is a conditional acceptance (of her, not a condition of the talks)",
    text: "وأعلنت بريطانيا موافقتها على مشاركة إيران في المفاوضات بشروط.",
    expected: ["uk iran_participation conditional"],
  },
  {
    why: "a verb of setting conditions on her attendance («تشترط على إيران … لقبول حضورها») is conditional, not support, and no condition of the talks",
    text: "وقال المتحدث إن بريطانيا تشترط على إيران الاعتراف ببيان جنيف لقبول حضورها المفاوضات.",
    expected: ["uk iran_participation conditional"],
  },
];

caseTable("iran participation (iran2): case table", CASES);
