// The last read of the twenty-first probe's change: three readings the merged patches had narrowed too far, kept as
// rows so they stay mended. Syria named after a word of his role is his own state, not another owner of the role; a
// relative pronoun after an unnamed backer is no adjective of the backer; «على مدى الأيام» is a span of time, not an
// open question. Each row written for this table, not taken from the seeds, the development corpus or the rounds.
import { caseTable, type Case } from "./case-table";

/** A headline, so that the sentence under test is read as a body sentence. */
const HEAD = "مؤتمر جنيف 2 حول سوريا\n";
/** A closing body sentence with no stance. */
const TAIL = "\nوتتواصل التحضيرات لعقد المؤتمر في موعده.\n";

const CASES: Case[] = [
  {
    why: `«سيواصل قيادة سوريا»: Syria after the word of his role is the country he leads, not another owner of the role`,
    text: `${HEAD}وقال لافروف إن الرئيس الأسد سيواصل قيادة سوريا في المرحلة المقبلة.${TAIL}`,
    expected: ["russia assad_role may_stay"],
  },
  {
    why: `«مصير الرئيس السوري ومشاركة إيران»: a role word owned by another party named after it stays no claim on him (guard)`,
    text: `${HEAD}وتحدث الوزير البريطاني ويليام هيغ عن موقف بلاده من مصير الرئيس السوري ومشاركة إيران.${TAIL}`,
    expected: [],
  },
  {
    why: `«المعارضة المدعومة من الغرب التي تشترط …»: «التي» is the relative clause on the party, not the backer's adjective`,
    text: `${HEAD}وقال لافروف إن المعارضة المدعومة من الغرب التي تشترط رحيل الأسد لا تريد الحل.${TAIL}`,
    expected: ["russia assad_role may_stay", "syrian_opposition assad_role must_go"],
  },
  {
    why: `«سيضع على مدى الأيام المقبلة شروطاً»: a span of time, not an open question; the conditions stand`,
    text: `${HEAD}وقال الجربا إن الائتلاف سيضع على مدى الأيام المقبلة شروطا لحضوره المؤتمر.${TAIL}`,
    expected: ["national_coalition geneva2_preconditions conditional"],
  },
];

caseTable("review 21 (last read): readings narrowed too far by the merged patches", CASES);
