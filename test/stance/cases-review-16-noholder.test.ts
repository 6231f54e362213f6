// Kind found by the probe rounds' misses with no holder: Assad, named right after a word of his fate inside a
// phrase before the verb («ولدى سؤاله عن مصير الرئيس الأسد قال لافروف»), read as the verb's subject, so that the one
// speaking after the verb lost his words (or Assad was given them). Each row written for this table, not taken from
// the seeds, the development corpus or the probe's articles.
import { caseTable, type Case } from "./case-table";

/** A headline, so that the sentence under test is read as a body sentence. */
const HEAD = "مؤتمر جنيف 2 حول سوريا\n";
/** A body sentence with another speaker and no stance, before the one under test. */
const BEFORE = "وقال لافروف إن موسكو تتابع الاتصالات مع جميع الأطراف. ";
/** A closing body sentence with no stance. */
const TAIL = "\nوتتواصل التحضيرات لعقد المؤتمر في موعده.\n";

const CASES: Case[] = [
  {
    why: "«وردا على سؤال عن مصير الرئيس الأسد قال ظريف …»: Zarif speaks, not Assad",
    text: `${HEAD}${BEFORE}وردا على سؤال عن مصير الرئيس الأسد قال ظريف إن "رحيله ليس شرطا مسبقا للحوار".${TAIL}`,
    expected: ["iran assad_role may_stay", "iran geneva2_preconditions unconditional"],
  },
  {
    why: "«وفي معرض حديثه عن بقاء الرئيس الأسد قال ظريف …»: «بقاء» governs Assad too",
    text: `${HEAD}${BEFORE}وفي معرض حديثه عن بقاء الرئيس الأسد قال ظريف إن "رحيله ليس شرطا مسبقا للحوار".${TAIL}`,
    expected: ["iran assad_role may_stay", "iran geneva2_preconditions unconditional"],
  },
  {
    why: "«وفي رده على سؤال عن مصير بشار الأسد صرح كيري بأن …»: the United States, not the government",
    text: `${HEAD}${BEFORE}وفي رده على سؤال عن مصير بشار الأسد صرح كيري بأن "الأسد لا يمكن أن يكون جزءا من المرحلة الانتقالية".${TAIL}`,
    expected: ["usa assad_role must_go"],
  },
  {
    why: "«وعن مصير الأسد قالت المتحدثة باسم الخارجية الأمريكية …»: fronted, already read (guard)",
    text: `${HEAD}${BEFORE}وعن مصير الرئيس بشار الأسد قالت المتحدثة باسم الخارجية الأمريكية إن "الأسد فقد شرعيته ولا يمكن أن يكون جزءا من المرحلة الانتقالية".${TAIL}`,
    expected: ["usa assad_role must_go"],
  },
  {
    why: "«وحول مستقبل الرئيس الأسد قال ظريف …»: «مستقبل» was never read as a subject (guard)",
    text: `${HEAD}${BEFORE}وحول مستقبل الرئيس الأسد قال ظريف إن "رحيله ليس شرطا مسبقا للحوار".${TAIL}`,
    expected: ["iran assad_role may_stay", "iran geneva2_preconditions unconditional"],
  },
  {
    why: "«وفي مقابلة تلفزيونية، أكد الرئيس الأسد أن …»: Assad the subject, no word of his fate before him (guard)",
    text: `${HEAD}${BEFORE}وفي مقابلة تلفزيونية، أكد الرئيس الأسد أن "الرئاسة ليست مطروحة للنقاش في جنيف".${TAIL}`,
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: "«وقال الرئيس الأسد إن …» (guard)",
    text: `${HEAD}${BEFORE}وقال الرئيس الأسد إن "الرئاسة ليست مطروحة للنقاش في جنيف".${TAIL}`,
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: "«والرئيس الأسد يؤكد أن …» inside the Syrian minister's words: his own (guard)",
    text: `${HEAD}${BEFORE}وقال وزير الخارجية السوري وليد المعلم إن "الأسد باق، والرئيس الأسد يؤكد أن الرئاسة ليست مطروحة للنقاش".${TAIL}`,
    expected: ["syrian_government assad_role may_stay"],
  },
];

caseTable("review 16 (no holder): Assad after a word of his fate is not the subject of the verb after him", CASES);
