// Kinds found by the fifteenth probe's rounds and the rounds before them, fixed on the main tree: the London group
// of the Friends of Syria named by its number («الدول الإحدى عشرة», «الدول الـ11»); his fate said to be no business
// of the speaker's or of another outsider, by name or by his pronoun. Each row written for this table, not taken from
// the seeds, the development corpus or the probe's articles.
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
  // His fate no business of the speaker's or of an outsider (neutral).
  {
    why: "«مصير الرئيس ليس من شأننا نحن»",
    text: `${HEAD}وقال دبلوماسي روسي إن مصير الرئيس ليس من شأننا نحن، بل من شأن السوريين.${TAIL}`,
    expected: ["russia assad_role neutral"],
  },
  {
    why: "«مصير الأسد ليس شأناً نقرره»",
    text: `${HEAD}وقال المنسق العام لهيئة التنسيق إن مصير الأسد ليس شأنا نقرره نحن، بل تقرره المفاوضات.${TAIL}`,
    expected: ["ncb assad_role neutral"],
  },
  {
    why: "«مصير الرئيس شأن سوري داخلي»",
    text: `${HEAD}وقال ظريف إن مصير الرئيس شأن سوري داخلي.${TAIL}`,
    expected: ["iran assad_role neutral"],
  },
  {
    why: "«ليس من شأن المبعوث»: another outsider's business",
    text: `${HEAD}وقال المتحدث باسم الأمم المتحدة إن مصير الرئيس ليس من شأن المبعوث الدولي.${TAIL}`,
    expected: ["un assad_role neutral"],
  },
  {
    why: "«ليست معنية بتحديد مصير الأسد»",
    text: `${HEAD}وقال غاتيلوف إن روسيا ليست معنية بتحديد مصير الرئيس الأسد.${TAIL}`,
    expected: ["russia assad_role neutral"],
  },
  {
    why: "«ومصيره ليس من شأننا», he named before in the sentence",
    text: `${HEAD}وقال لافروف: لسنا محامين عن الأسد، ومصيره ليس من شأننا.${TAIL}`,
    expected: ["russia assad_role neutral"],
  },
  {
    why: "«مصيره ليس من شأننا» with no Assad named: his pronoun stands for no one known (guard)",
    text: `${HEAD}وقال لافروف إن الاتفاق النووي شأن آخر، ومصيره ليس من شأننا.${TAIL}`,
    expected: [],
  },
  {
    why: "«ليس من شأن السوريين»: the Syrians' own business is not read so (guard)",
    text: `${HEAD}وقال المعلم إن مصير الرئيس ليس من شأن السوريين وحدهم.${TAIL}`,
    expected: [],
  },
  // The second read's mends: what the session's kinds reached too far into.
  {
    why: "«ما نرفضه هو أي مفاوضات لا تقوم على شرط …» demands the condition; the cleft rejects none (guard)",
    text: `${HEAD}وقال رئيس الائتلاف إن ما نرفضه هو أي مفاوضات لا تقوم على شرط رحيل الأسد.${TAIL}`,
    expected: ["national_coalition assad_role must_go", "national_coalition geneva2_preconditions conditional"],
  },
  {
    why: "«سخر من الائتلاف وطالب بشروط»: the scorn does not reach past another verb of demanding (guard)",
    text: `${HEAD}وسخر المقداد من الائتلاف وطالب بشروط واضحة قبل الذهاب إلى جنيف.${TAIL}`,
    expected: ["national_coalition geneva2_preconditions conditional"],
  },
  {
    why: "«بعض الشركاء مثل السعودية يرفضون …»: the party named as an instance holds it (guard)",
    text: `${HEAD}وقال كيري إن بعض الشركاء مثل السعودية يرفضون مشاركة إيران.${TAIL}`,
    expected: ["saudi_arabia iran_participation oppose"],
  },
  {
    why: "«لن تنجح المفاوضات إلا بمشاركة جميع الأطراف»: what the talks need, no condition of attending",
    text: `${HEAD}وقال لافروف إن المفاوضات لن تنجح إلا بمشاركة جميع الأطراف بما فيها إيران.${TAIL}`,
    expected: [],
  },
  {
    why: "«لن نشارك إلا بضمانات»: one's own attending on terms is still a condition (guard)",
    text: `${HEAD}وقال رئيس الائتلاف: لن نشارك في المؤتمر إلا بضمانات دولية.${TAIL}`,
    expected: ["national_coalition geneva2_preconditions conditional"],
  },
];

caseTable("fifteenth probe, main tree: kinds of the rounds", CASES);
