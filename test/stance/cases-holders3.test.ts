// Holders, round three: each row a sentence of general news Arabic, written for this table (not taken from the
// seeds or the development corpus), and the tuples it must give.
import { caseTable, type Case } from "./case-table";

const CASES: Case[] = [
  {
    why: "a quotation opened in an earlier sentence and never closed does not swallow a later sentence with its own speaker",
    text: "وقالت دمشق أمس إن «على الدول الغربية أن تكف عن أوهامها. وقال رئيس الائتلاف إنه يرفض حضور إيران مؤتمر جنيف 2 «في الظروف الراهنة».",
    expected: ["national_coalition iran_participation oppose"],
  },
  {
    why: "a verb and its subject opening a sentence after an unclosed quotation hold the cue, not the quotation's speaker",
    text: "وذكرت الحكومة السورية أن «الغرب يعيش في الأحلام. ورفضت فرنسا مشاركة إيران في المؤتمر «بهذه الشروط».",
    expected: ["france iran_participation oppose"],
  },
  {
    why: "a participle after a comma («، مطالبا») goes back to the speaker, not to the subject of what he reported",
    text: "وقال رئيس الائتلاف الوطني في كلمته إن المعارضة تقبل ما اتفق عليه في جنيف الأول، مطالبا بتنحي الرئيس بشار الأسد.",
    expected: ["national_coalition assad_role must_go"],
  },
  {
    why: "what a speaker responds to («وذلك ردا على تهديد المعارضة …») is another's position, not the speaker's: the threat's owner holds it (CONTRACT.md: a condition of attending, her absence required)",
    text: "وقال وزير الخارجية الروسي إن المؤتمر يجب أن ينعقد في موعده، وذلك ردا على تهديد المعارضة بالانسحاب من المؤتمر في حال شاركت فيه إيران.",
    expected: ["syrian_opposition geneva2_preconditions conditional", "syrian_opposition iran_participation oppose"],
  },
];

caseTable("holders, round three", CASES);
