// Kinds found by probe round r110: a party "not concerned with" deciding Assad's fate (neutral); his going held the
// goal of the talks "and not a condition before them" (may_stay, not must_go); scorning another party's conditions
// (unconditional), and another party's conditions judged by the speaker (not his own); Iran with a short predicate,
// then «و», a modal and her copula before a word of taking part. Each row written for this table, not taken from the
// seeds, the development corpus or the probe's articles.
import { caseTable, type Case } from "./case-table";

/** A headline, so that the sentence under test is read as a body sentence. */
const HEAD = "مؤتمر جنيف 2 حول سوريا\n";
/** A closing body sentence with no stance. */
const TAIL = "\nوتتواصل التحضيرات لعقد المؤتمر في موعده.\n";

const CASES: Case[] = [
  // «ليست معنية بتحديد مصير الأسد»: his fate none of its business.
  {
    why: "«روسيا ليست معنية بتقرير مصير الرئيس الأسد»: neutral",
    text: `${HEAD}وقال لافروف إن روسيا ليست معنية بتقرير مصير الرئيس الأسد.${TAIL}`,
    expected: ["russia assad_role neutral"],
  },
  {
    why: "«لسنا معنيين بمستقبل الأسد»: the first person, his future",
    text: `${HEAD}وقال ظريف: "لسنا معنيين بمستقبل الأسد، ما يهمنا هو وحدة سوريا".${TAIL}`,
    expected: ["iran assad_role neutral"],
  },
  {
    why: "«روسيا معنية بأمن سوريا»: concerned, not with his fate (guard)",
    text: `${HEAD}وقال لافروف إن روسيا معنية بأمن سوريا ووحدة أراضيها.${TAIL}`,
    expected: [],
  },
  // «رحيل الأسد هدف للمفاوضات، لا شرط قبلها»: the goal, not a condition.
  {
    why: "«تعتبر رحيل الأسد هدفاً للمفاوضات، لا شرطاً مسبقاً لها»: may_stay, not a condition held",
    text: `${HEAD}وقال حسن عبد العظيم إن الهيئة تعتبر رحيل الأسد هدفا للمفاوضات، لا شرطا مسبقا لها.${TAIL}`,
    expected: ["ncb assad_role may_stay", "ncb geneva2_preconditions unconditional"],
  },
  {
    why: "«يرى رحيل الأسد غاية للحل لا شرطاً لبدء الحوار»",
    text: `${HEAD}وقال الجربا إن الائتلاف يرى رحيل الأسد غاية للحل لا شرطا لبدء الحوار.${TAIL}`,
    expected: ["national_coalition assad_role may_stay"],
  },
  {
    why: "«يعتبر رحيل الأسد شرطاً لا تراجع عنه»: «لا» after the condition, still held (guard)",
    text: `${HEAD}وقال الجربا إن الائتلاف يعتبر رحيل الأسد شرطا لا تراجع عنه.${TAIL}`,
    expected: ["national_coalition assad_role must_go"],
  },
  // Another party's conditions scorned or judged.
  {
    why: "«سخر وزير الخارجية … من شروط الائتلاف»: the scorner rejects them, his title and name between",
    text: `${HEAD}وسخر وزير الخارجية السوري وليد المعلم من شروط الائتلاف لحضور المؤتمر.${TAIL}`,
    // (The coalition, owner of the conditions in the genitive, sets them as Muallem reports: review 18, r121.)
    expected: ["syrian_government geneva2_preconditions unconditional", "national_coalition geneva2_preconditions conditional"],
  },
  {
    why: "«استخف لافروف بشروط المعارضة»",
    text: `${HEAD}واستخف لافروف بشروط المعارضة، قائلا إن المؤتمر سيعقد في موعده.${TAIL}`,
    expected: ["russia geneva2_preconditions unconditional"],
  },
  {
    // (Since the fifty-fourth probe «محاولة لإفشال …» is a rejecting predicate, as «عقبة أمام …» below: the judge rejects
    // the conditions, which stay the Coalition's.)
    why: "«اعتبر المقداد أن شروط الائتلاف محاولة لإفشال المؤتمر»: the Coalition's conditions, rejected by the judge",
    text: `${HEAD}واعتبر المقداد أن شروط الائتلاف محاولة لإفشال المؤتمر.${TAIL}`,
    expected: ["national_coalition geneva2_preconditions conditional", "syrian_government geneva2_preconditions unconditional"],
  },
  {
    why: "«وصف لافروف شروط المعارضة بأنها عقبة أمام المؤتمر»: rejected by the predicate, still his refusal (guard)",
    text: `${HEAD}ووصف لافروف شروط المعارضة بأنها عقبة أمام المؤتمر.${TAIL}`,
    expected: ["russia geneva2_preconditions unconditional"],
  },
  {
    why: "«قال الجربا إن شروط الائتلاف … معروفة»: its own, after a verb of saying (guard)",
    text: `${HEAD}وقال الجربا إن شروط الائتلاف لحضور المؤتمر معروفة.${TAIL}`,
    expected: ["national_coalition geneva2_preconditions conditional"],
  },
  {
    why: "«سخر المعلم من تصريحات الجربا»: nothing of conditions scorned (guard)",
    text: `${HEAD}وسخر المعلم من تصريحات الجربا حول المؤتمر.${TAIL}`,
    expected: [],
  },
  // Iran, what she is said to be, then «و», a modal and her copula.
  {
    why: "«إيران دولة تحتل أراضي عربية، ولا يمكن أن تكون طرفاً في المؤتمر»: oppose",
    text: `${HEAD}وقال الجبير إن إيران دولة تحتل أراضي عربية، ولا يمكن أن تكون طرفا في المؤتمر.${TAIL}`,
    expected: ["saudi_arabia iran_participation oppose"],
  },
  {
    why: "«إيران لاعب إقليمي مهم ويجب أن تكون حاضرة»: support (guard: the composed modal read it already)",
    text: `${HEAD}وقال لافروف إن إيران لاعب إقليمي مهم ويجب أن تكون حاضرة في المؤتمر.${TAIL}`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "«إيران تدعم النظام، والمعارضة لا يمكن أن تكون جزءاً»: another subject before the copula (guard)",
    text: `${HEAD}وقال الجبير إن إيران تدعم النظام، والمعارضة لا يمكن أن تكون جزءا من الحل.${TAIL}`,
    expected: [],
  },
  {
    why: "«إيران تدعم الأسد ولا يمكن أن يكون جزءاً من الحل»: the masculine copula is his (guard)",
    text: `${HEAD}وقال الجبير إن إيران تدعم الأسد ولا يمكن أن يكون جزءا من الحل.${TAIL}`,
    expected: ["saudi_arabia assad_role must_go"],
  },
  {
    why: "«إيران قالت إن تركيا لا يمكن أن تكون طرفاً»: a clause of its own after «إن» (guard)",
    text: `${HEAD}وقال الجبير إن إيران قالت إن تركيا لا يمكن أن تكون طرفا في المؤتمر.${TAIL}`,
    expected: [],
  },
];

caseTable(
  "review 15 (r110: not concerned with his fate; goal not condition; others' conditions scorned or judged; Iran's predicate then copula)",
  CASES,
);
