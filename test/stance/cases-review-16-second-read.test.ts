// The sixteenth probe's second read: over-reaches of its merged kinds, mended. A refusal of going without conditions
// is no refusal where «فقط/بل» makes it "not only"; a question on the truth of a report drops only a rumour, not a
// statement made in the speaker's own name; Iran made the topic by a question does not take a pronoun a feminine noun
// before it may take; a cleft asked as a question with «أم» names no setter; «لماذا يصر البعض على أن تعترف إيران …»
// is no one's condition; «إلا» lifts his untouchable office; not letting anyone impose going «قبل» conditions sets
// them. Each row written for this table, not taken from the seeds, the development corpus or the
// probe's articles.
import { caseTable, type Case } from "./case-table";

/** A headline, so that the sentence under test is read as a body sentence. */
const HEAD = "مؤتمر جنيف 2 حول سوريا\n";
/** A closing body sentence with no stance. */
const TAIL = "\nوتتواصل التحضيرات لعقد المؤتمر في موعده.\n";

const CASES: Case[] = [
  {
    why: "«لن يشارك دون شروط فقط، بل …»: not only without conditions (unconditional, not refused)",
    text: `${HEAD}وقال المقداد إن الوفد لن يشارك دون شروط فقط، بل سيشارك بروح منفتحة.${TAIL}`,
    expected: ["syrian_government geneva2_preconditions unconditional"],
  },
  {
    why: "«قال الجربا إن … . فما حقيقة ذلك؟ الحقيقة أن …»: a statement, no rumour, keeps its claims",
    text: `${HEAD}وقال الجربا إن الائتلاف لن يشارك في جنيف إلا برحيل الأسد. فما حقيقة ذلك؟ الحقيقة أن الائتلاف منقسم.${TAIL}`,
    expected: ["national_coalition assad_role must_go", "national_coalition geneva2_preconditions conditional"],
  },
  {
    why: "«وماذا عن إيران؟ … وتطالب الائتلاف بحسم مشاركتها»: the pronoun may be the opposition's, not Iran's",
    text: `${HEAD}وماذا عن إيران؟ قال المعلم إن دمشق ترحب بحضور المعارضة الوطنية وتطالب الائتلاف بحسم مشاركتها.${TAIL}`,
    expected: [],
  },
  {
    why: "«وماذا عن إيران؟ … تصر على حضورها»: her the topic, no other feminine noun (guard)",
    text: `${HEAD}وماذا عن إيران؟ قال لافروف إن موسكو تصر على حضورها.${TAIL}`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "«من يضع الشروط المسبقة هو النظام أم الائتلاف؟»: a question names no setter",
    text: `${HEAD}وتساءل المعلم: من يضع الشروط المسبقة هو النظام أم الائتلاف؟${TAIL}`,
    expected: [],
  },
  {
    why: "«من يضع الشروط المسبقة فعلاً هو الائتلاف»: the setter named (guard)",
    text: `${HEAD}وقال المعلم إن من يضع الشروط المسبقة فعلا هو الائتلاف.${TAIL}`,
    expected: ["national_coalition geneva2_preconditions conditional"],
  },
  {
    why: "«لماذا يصر البعض على أن تعترف إيران ببيان جنيف؟»: no one's condition on her",
    text: `${HEAD}وتساءل الجربا: لماذا يصر البعض على أن تعترف إيران ببيان جنيف؟${TAIL}`,
    expected: [],
  },
  {
    why: "«تصر على أن تعترف إيران ببيان جنيف»: the insisting party's condition on her (guard)",
    text: `${HEAD}وقال كيري إن واشنطن تصر على أن تعترف إيران ببيان جنيف.${TAIL}`,
    expected: ["usa iran_participation conditional"],
  },
  {
    why: "«منصب الرئيس لا يمكن المساس به إلا عبر هيئة حكم انتقالية»: «إلا» lifts the untouchable office",
    text: `${HEAD}وقال رئيس الائتلاف إن منصب الرئيس لا يمكن المساس به إلا عبر هيئة حكم انتقالية.${TAIL}`,
    expected: [],
  },
  {
    why: "«مقام الرئاسة لا يمكن المساس به»: untouchable (guard)",
    text: `${HEAD}وقال المقداد إن مقام الرئاسة لا يمكن المساس به.${TAIL}`,
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: "«لن نسمح لأحد بأن يفرض علينا الذهاب قبل وضع شروط لرحيله»: the conditions after «قبل» are set, not refused",
    text: `${HEAD}وقال رئيس الائتلاف: لن نسمح لأحد بأن يفرض علينا الذهاب إلى جنيف قبل وضع شروط واضحة لرحيل الأسد.${TAIL}`,
    expected: ["national_coalition assad_role must_go", "national_coalition geneva2_preconditions conditional"],
  },
];

caseTable("sixteenth probe: the second read's mends", CASES);
