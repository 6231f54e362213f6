// Kinds found by the fifteenth probe's rounds and the rounds before them, fixed on the main tree: the London group
// of the Friends of Syria named by its number («الدول الإحدى عشرة», «الدول الـ11»). Each row written for this table,
// not taken from the seeds, the development corpus or the probe's articles.
import { caseTable, type Case } from "./case-table";

/** A headline, so that the sentence under test is read as a body sentence. */
const HEAD = "مؤتمر جنيف 2 حول سوريا\n";
/** A closing body sentence with no stance. */
const TAIL = "\nوتتواصل التحضيرات لعقد المؤتمر في موعده.\n";

const CASES: Case[] = [
  // The London group named by its number.
  {
    why: "«أكدت الدول الإحدى عشرة في بيانها أن …»: the London group is the Friends of Syria",
    text: `${HEAD}وأكدت الدول الإحدى عشرة في بيانها الختامي أن الأسد لن يكون له أي دور في مستقبل البلاد.${TAIL}`,
    expected: ["friends_of_syria assad_role must_go"],
  },
  {
    why: "«شددت الدول الـ11 على أن …»",
    text: `${HEAD}وشددت الدول الـ11 على أن الأسد لن يكون له أي دور في الحكومة الانتقالية.${TAIL}`,
    expected: ["friends_of_syria assad_role must_go"],
  },
  {
    why: "«قالت الدول الإحدى عشرة إنها ستزيد دعمها»: the group named, no stance (guard)",
    text: `${HEAD}وقالت الدول الإحدى عشرة إنها ستزيد دعمها للمعارضة المعتدلة.${TAIL}`,
    expected: [],
  },
];

caseTable("fifteenth probe, main tree: kinds of the rounds", CASES);
