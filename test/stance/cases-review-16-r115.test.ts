// Kinds found by probe round r115: no one's right to a demand, a condition or a rejection («لا يحق لأحد أن يطالب
// بـ…», «لا أحد يحق له أن يشترط …») refuses it; Assad beyond any bargaining («خارج أي مساومة», «ليس موضع مساومة»,
// «غير قابل للمساومة») keeps him; a conditional aside («، إن حصل،», «، إذا تم،») between a position and the predicate
// judging it; a second reported clause after «، وإن» on a subject of its own. Each row written for this table, not
// taken from the seeds, the development corpus or the probe's articles.
import { caseTable, type Case } from "./case-table";

/** A headline, so that the sentence under test is read as a body sentence. */
const HEAD = "مؤتمر جنيف 2 حول سوريا\n";
/** A closing body sentence with no stance. */
const TAIL = "\nوتتواصل التحضيرات لعقد المؤتمر في موعده.\n";

const CASES: Case[] = [
  // No one's right to do what the cue says: the speaker refuses it.
  {
    why: "«لا يحق لأحد أن يعترض على حضور إيران»: the objection refused, Iran wanted",
    text: `${HEAD}وقال لافروف إنه لا يحق لأحد أن يعترض على حضور إيران مؤتمر جنيف.${TAIL}`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "«أحداً لا يحق له أن يطالب بتنحي الأسد»: the demand refused",
    text: `${HEAD}وأكد المقداد أن أحدا لا يحق له أن يطالب بتنحي الرئيس الأسد.${TAIL}`,
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: "«ليس من حق أي دولة أن تشترط رحيل الأسد»: a precondition rejected, and his going with it",
    text: `${HEAD}وقال لافروف إنه ليس من حق أي دولة أن تشترط رحيل الأسد قبل بدء الحوار.${TAIL}`,
    expected: ["russia geneva2_preconditions unconditional", "russia assad_role may_stay"],
  },
  {
    why: "«…يطالب برحيل الأسد، ولا يحق لأحد أن يمنعه»: the right denied is to stop the demand (guard)",
    text: `${HEAD}وقال الجربا إن الائتلاف يطالب برحيل الأسد، ولا يحق لأحد أن يمنعه من ذلك.${TAIL}`,
    expected: ["national_coalition assad_role must_go"],
  },
  {
    why: "«لا يحق لأحد أن يقرر مصير الأسد سوى السوريين»: read by its own rule as before (guard)",
    text: `${HEAD}وقال لافروف إنه لا يحق لأحد أن يقرر مصير الرئيس الأسد سوى السوريين.${TAIL}`,
    expected: ["russia assad_role may_stay"],
  },
  // Beyond any bargaining.
  {
    why: "«الأسد خارج أي مساومة»: as «خارج أي نقاش»",
    text: `${HEAD}وقال ولايتي إن الرئيس بشار الأسد خارج أي مساومة في جنيف.${TAIL}`,
    expected: ["iran assad_role may_stay"],
  },
  {
    why: "«الأسد ليس موضع مساومة»",
    text: `${HEAD}وأكد المقداد أن الرئيس الأسد ليس موضع مساومة.${TAIL}`,
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: "«الأسد غير قابل للمساومة»",
    text: `${HEAD}وقال نصر الله إن الرئيس الأسد غير قابل للمساومة.${TAIL}`,
    expected: ["hezbollah assad_role may_stay"],
  },
  {
    why: "«رحيل الأسد خارج أي مساومة»: his going beyond bargaining is still his going (guard)",
    text: `${HEAD}وقال الجربا إن رحيل الأسد خارج أي مساومة.${TAIL}`,
    expected: ["national_coalition assad_role must_go"],
  },
  // A conditional aside before the judging predicate.
  {
    why: "«سحب الدعوة الموجهة إلى طهران، إذا حصل، سيكون خطأ»: the withdrawal judged wrong, Iran wanted",
    text: `${HEAD}وقال بوغدانوف إن سحب الدعوة الموجهة إلى طهران، إذا حصل، سيكون خطأ كبيرا.${TAIL}`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "«المطالبة بتنحي الأسد، إن استمرت، غير واقعية»: the demand judged unrealistic",
    text: `${HEAD}وقال لافروف إن المطالبة بتنحي الأسد، إن استمرت، غير واقعية.${TAIL}`,
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "«المطالبة برحيل الأسد، كما يعرف الجميع، هي مطلب الشعب»: an aside, no judging predicate (guard)",
    text: `${HEAD}وقال الجربا إن المطالبة برحيل الأسد، كما يعرف الجميع، هي مطلب الشعب.${TAIL}`,
    expected: ["national_coalition assad_role must_go"],
  },
  // «، وإن» opening a second reported clause on a subject of its own.
  {
    why: "«إن سحب الدعوة سيكون خطأ، وإن مشاركة إيران تخدم المؤتمر»: the withdrawal is not what the second clause says of her",
    text: `${HEAD}وقال غاتيلوف إن سحب الدعوة سيكون خطأ، وإن مشاركة إيران تخدم نجاح المؤتمر.${TAIL}`,
    expected: [],
  },
  {
    why: "«بشرط أن تسحب مقاتليها، وأن تعلن قبولها …»: a verb going on with the condition (guard)",
    text: `${HEAD}وقال عبد العظيم إن الهيئة تقبل مشاركة إيران بشرط أن تسحب مقاتليها من سوريا، وأن تعلن قبولها ببيان جنيف.${TAIL}`,
    expected: ["ncb iran_participation conditional"],
  },
  {
    why: "«يرفض مشاركة إيران، وإن كان لا يمانع …»: the concessive «وإن كان» opens no report (guard)",
    text: `${HEAD}وقال الجربا إن الائتلاف يرفض مشاركة إيران، وإن كان لا يمانع حضور دول أخرى.${TAIL}`,
    expected: ["national_coalition iran_participation oppose"],
  },
];

caseTable("review 16 (r115: no one's right to a demand; beyond bargaining; a conditional aside; «، وإن» on a new subject)", CASES);
