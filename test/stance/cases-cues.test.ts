// Ways of stating a position the word classes and phrase rules read (area "cues"): each row a sentence of general
// news Arabic, written for this table (not taken from the seeds or the development corpus), and the tuples it must give.
import { caseTable, type Case } from "./case-table";

const CASES: Case[] = [
  {
    why: "widening a group «لتشمل» Iran is a word of her taking part (iran.take)",
    text: "وقال وزير الخارجية الفرنسي إن المحادثات يجب أن تتوسع لتشمل كلا من السعودية وإيران.",
    expected: ["france iran_participation support"],
  },
  {
    why: "«يشمل» Iran, turned by a rejection: refusing a meeting that includes her",
    text: "وأكدت الرياض رفضها أي اجتماع يشمل إيران في جنيف.",
    expected: ["saudi_arabia iran_participation oppose"],
  },
  {
    why: "announcing (أعلن) is a verb of position: a negated taking part it governs is a position, not news",
    text: "وأعلن رئيس الائتلاف الوطني ألا مشاركة في المؤتمر بحضور إيران.",
    expected: ["national_coalition iran_participation oppose"],
  },
  {
    why: "regretting the others' conditions («أعربت عن أسفها لاستمرار … في طرح شروط») rejects preconditions",
    text: "وأعربت الخارجية الروسية عن أسفها لإصرار المعارضة على طرح شروط مسبقة قبل المحادثات.",
    expected: ["russia geneva2_preconditions unconditional"],
  },
];

caseTable("cues: case table", CASES);
