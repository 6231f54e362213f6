// Kinds of sentence found by the r119 round: the presidency named by its office («منصب رئاسة الجمهورية», «موقع
// الرئاسة») as not up for discussion; his going not made a condition («لا نشترط رحيله») as his staying possible, not
// indifference; «لا … ولا …» ("neither … nor …") not read as a double negation, and not clinging to him said in the
// plural or by his pronoun; Iran's absence said to leave the talks incomplete. Each row written for this table, not
// taken from the seeds, the development corpus or the rounds' articles.
import { caseTable, type Case } from "./case-table";

/** A headline, so that the sentence under test is read as a body sentence. */
const HEAD = "مؤتمر جنيف 2 حول سوريا\n";
/** A body sentence with another speaker and no stance, before the one under test. */
const BEFORE = "وقال لافروف إن موسكو تتابع الاتصالات مع جميع الأطراف. ";
const BEFORE_JARBA = "وقال الجربا إن الائتلاف يدرس الدعوة بعناية. ";
/** A closing body sentence with no stance. */
const TAIL = "\nوتتواصل التحضيرات لعقد المؤتمر في موعده.\n";

const CASES: Case[] = [
  // The presidency named by its office, one word class for the red line and for the refusal to discuss it.
  {
    why: "«منصب رئاسة الجمهورية ليس مطروحاً للنقاش»: the office, as «مقام الرئاسة» is",
    text: `${HEAD}${BEFORE_JARBA}وأكد الجعفري أن منصب رئاسة الجمهورية ليس مطروحا للنقاش في أي جولة مقبلة.${TAIL}`,
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: "«لن يبحث منصب رئاسة الجمهورية»: refusing to discuss the office",
    text: `${HEAD}${BEFORE_JARBA}وقال الزعبي إن الوفد الحكومي لن يبحث منصب رئاسة الجمهورية مع أي طرف في جنيف.${TAIL}`,
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: "«لن يناقش إلا موقع الرئاسة»: discussing only the office refuses nothing (guard)",
    text: `${HEAD}${BEFORE}وقال الجربا إن الائتلاف لن يناقش إلا موقع الرئاسة في المرحلة الانتقالية.${TAIL}`,
    expected: [],
  },
  // His going not made a condition: his departure is no precondition (CONTRACT.md: may_stay).
  {
    why: "«لا تشترط رحيله قبل التفاوض»: his going no precondition, not indifference",
    text: `${HEAD}${BEFORE}وقال حسن عبد العظيم إن الأسد يتحمل المسؤولية، لكن الهيئة لا تشترط رحيله قبل بدء التفاوض.${TAIL}`,
    expected: ["ncb assad_role may_stay"],
  },
  {
    why: "«يشترط رحيل الأسد قبل التفاوض»: the condition set (guard)",
    text: `${HEAD}${BEFORE}وقال الجربا إن الائتلاف يشترط رحيل الأسد قبل بدء التفاوض.${TAIL}`,
    expected: ["national_coalition assad_role must_go", "national_coalition geneva2_preconditions conditional"],
  },
  {
    why: "«ليست متمسكة بالأسد»: not insisting on him stays neutral (guard)",
    text: `${HEAD}${BEFORE_JARBA}وقال بوغدانوف إن روسيا ليست متمسكة بالأسد شخصيا.${TAIL}`,
    expected: ["russia assad_role neutral"],
  },
  // «لا … ولا …»: neither … nor; the first «لا» denies its own clause only.
  {
    why: "«لا تدعم أي طرف ولا تريد رحيل الأسد»: only «ولا» denies the wish",
    text: `${HEAD}${BEFORE_JARBA}وقال بوغدانوف إن موسكو لا تدعم أي طرف ولا تريد رحيل الأسد.${TAIL}`,
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "«لا تحمي أحداً ولا تصر على بقاء الأسد»: not insisting on his staying, after a clause of its own",
    text: `${HEAD}${BEFORE_JARBA}وقال بوغدانوف إن روسيا لا تحمي أحدا ولا تصر على بقاء الأسد.${TAIL}`,
    expected: ["russia assad_role neutral"],
  },
  {
    why: "«لا تتمسك به ولا تطالب برحيله»: his pronoun, neither way",
    text: `${HEAD}${BEFORE_JARBA}وقال بوغدانوف إن مصير الأسد يعني السوريين، وروسيا لا تتمسك به ولا تطالب برحيله.${TAIL}`,
    expected: ["russia assad_role neutral"],
  },
  {
    why: "«أنهم لا يتمسكون بالأسد»: the plural verb",
    text: `${HEAD}${BEFORE_JARBA}وأكد دبلوماسيون روس في موسكو أنهم لا يتمسكون بالأسد شخصيا.${TAIL}`,
    expected: ["russia assad_role neutral"],
  },
  {
    why: "«مفاوضات لا تقوم على … ولا تؤدي إلى رحيل الأسد»: a pair describing the talks refused (guard)",
    text: `${HEAD}${BEFORE}وقال الجربا إن الائتلاف لن يشارك في أي مفاوضات لا تقوم على بيان جنيف ولا تؤدي إلى رحيل الأسد.${TAIL}`,
    expected: ["national_coalition assad_role must_go", "national_coalition geneva2_preconditions conditional"],
  },
  {
    why: "«لا نتمسك به حرفياً» of a text: the pronoun alone is not his (guard)",
    text: `${HEAD}${BEFORE_JARBA}وقال بوغدانوف إن بيان جنيف واضح في رأي الأسد، لكننا لا نتمسك به حرفيا.${TAIL}`,
    expected: [],
  },
  // Iran's absence said to leave the talks incomplete: she is wanted there.
  {
    why: "«غياب إيران عن المؤتمر سيجعله ناقصاً»",
    text: `${HEAD}${BEFORE_JARBA}وقال المقداد إن غياب إيران عن المؤتمر سيجعله ناقصا.${TAIL}`,
    expected: ["syrian_government iran_participation support"],
  },
  {
    why: "«إقصاء طهران يجعله مؤتمراً ناقصاً»",
    text: `${HEAD}${BEFORE_JARBA}وقال بوغدانوف إن إقصاء طهران يجعله مؤتمرا ناقصا.${TAIL}`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "«غياب الأكراد سيجعل المؤتمر ناقصاً»: another's absence (guard)",
    text: `${HEAD}${BEFORE_JARBA}وقال المقداد إن غياب الأكراد سيجعل المؤتمر ناقصا.${TAIL}`,
    expected: [],
  },
];

caseTable("review 17 (r119: the presidency's office; «لا نشترط رحيله»; «لا … ولا …»; absence leaving the talks incomplete)", CASES);
