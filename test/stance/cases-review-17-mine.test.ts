// Kinds the sixteenth probe's second read left, fixed on the main tree in the seventeenth: dropping one's conditions
// refused, negated or left undone («رفضت التخلي عن شروطها», «لم تتخل عن شروطها», «عاد دون أن يتخلى عن شروطه») is
// holding them, a condition set by the subject; a retreat from a named condition that is itself negated («لن يتراجع
// عن شرط رحيل الأسد») leaves the condition standing. Each row written for this table, not taken from the seeds, the
// development corpus or the probe's articles.
import { caseTable, type Case } from "./case-table";

/** A headline, so that the sentence under test is read as a body sentence. */
const HEAD = "مؤتمر جنيف 2 حول سوريا\n";
/** A closing body sentence with no stance. */
const TAIL = "\nوتتواصل التحضيرات لعقد المؤتمر في موعده.\n";

const CASES: Case[] = [
  // Not dropping one's conditions.
  {
    why: "«دون أن يتخلى عن شروطه»: came back still holding them",
    text: `${HEAD}وقال المعلم إن وفد المعارضة عاد إلى جنيف دون أن يتخلى عن شروطه.${TAIL}`,
    expected: ["syrian_opposition geneva2_preconditions conditional"],
  },
  {
    why: "«رفض التخلي عن شروطه المسبقة»: refusing to drop them is holding them",
    text: `${HEAD}ورفض الائتلاف التخلي عن شروطه المسبقة.${TAIL}`,
    expected: ["national_coalition geneva2_preconditions conditional"],
  },
  {
    why: "«لم تتخل عن شروطها»: the jussive, negated",
    text: `${HEAD}وقال المعلم إن المعارضة لم تتخل عن شروطها المسبقة.${TAIL}`,
    expected: ["syrian_opposition geneva2_preconditions conditional"],
  },
  {
    why: "«دعا … إلى التخلي عن شروطها»: asking another to drop them stays the asker's unconditional (guard)",
    text: `${HEAD}ودعا لافروف المعارضة إلى التخلي عن شروطها المسبقة.${TAIL}`,
    expected: ["russia geneva2_preconditions unconditional", "syrian_opposition geneva2_preconditions conditional"],
  },
  {
    why: "«ما لم تتخل المعارضة عن شروطها»: a condition the speaker sets on another, no one's conditions kept (guard)",
    text: `${HEAD}وقال المتحدث إن المفاوضات لن تنجح ما لم تتخل المعارضة عن شروطها.${TAIL}`,
    expected: [],
  },
  // A negated retreat from a named condition.
  {
    why: "«لن يتراجع عن شرط رحيل الأسد»: the condition stands, so does the demand",
    text: `${HEAD}وأكد الجربا أن الائتلاف لن يتراجع عن شرط رحيل الأسد.${TAIL}`,
    expected: ["national_coalition assad_role must_go", "national_coalition geneva2_preconditions conditional"],
  },
  {
    why: "«رفضت موسكو شرط رحيل الأسد»: a rejection not negated still rejects (guard)",
    text: `${HEAD}ورفضت موسكو شرط رحيل الأسد.${TAIL}`,
    expected: ["russia assad_role may_stay", "russia geneva2_preconditions unconditional"],
  },
];

caseTable("seventeenth probe, main tree: conditions kept", CASES);
