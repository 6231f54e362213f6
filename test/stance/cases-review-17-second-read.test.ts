// The seventeenth probe's second read: sentences a reader wrote to find where the probe's new rules over-reach, each
// now read as it should. A refusal followed by a call to drop conditions is the call, not conditions kept; conditions
// of a truce are not the talks'; «إلا رفض شرط …» is a rejection («إلا» is no negation of it); a kingdom named by its
// king's titles keeps «المملكة» Saudi; Israel's other negotiations stay off topic; «لا يكون بالتخلي عن شرط …» keeps
// the condition. Each row written for this table, not taken from the seeds, the development corpus or the probe's
// articles.
import { caseTable, type Case } from "./case-table";

/** A headline, so that the sentence under test is read as a body sentence. */
const HEAD = "مؤتمر جنيف 2 حول سوريا\n";
/** A closing body sentence with no stance. */
const TAIL = "\nوتتواصل التحضيرات لعقد المؤتمر في موعده.\n";

const CASES: Case[] = [
  {
    why: "«رفض ذلك داعيا إلى التخلي عن الشروط»: the call to drop them, not conditions kept",
    text: `${HEAD}وقال وزير الخارجية الروسي إنه رفض ذلك داعيا إلى التخلي عن الشروط المسبقة.${TAIL}`,
    expected: ["russia geneva2_preconditions unconditional"],
  },
  {
    why: "«ترفض المماطلة وتطالب بالتخلي عن الشروط»: a second verb of demanding ends the refusal's reach",
    text: `${HEAD}وقال لافروف إن موسكو ترفض المماطلة وتطالب بالتخلي عن الشروط المسبقة قبل المؤتمر.${TAIL}`,
    expected: ["russia geneva2_preconditions unconditional"],
  },
  {
    why: "«رفضت التخلي عن شروطها للهدنة»: conditions of a truce, not of the talks",
    text: `${HEAD}ورفضت المعارضة السورية التخلي عن شروطها للهدنة في حمص.${TAIL}`,
    expected: [],
  },
  {
    why: "«لم يكن أمامها إلا رفض شرط رحيل الأسد»: «إلا» does not negate the rejection",
    text: `${HEAD}ولم يكن أمام روسيا إلا رفض شرط رحيل الأسد قبل مؤتمر جنيف.${TAIL}`,
    expected: ["russia assad_role may_stay", "russia geneva2_preconditions unconditional"],
  },
  {
    why: "«لا يكون بالتخلي عن شرط رحيل الأسد بل بتطبيقه»: the condition kept",
    text: `${HEAD}وقال الجربا إن الحل في جنيف لا يكون بالتخلي عن شرط رحيل الأسد بل بتطبيقه.${TAIL}`,
    expected: ["national_coalition assad_role must_go", "national_coalition geneva2_preconditions conditional"],
  },
  {
    why: "Saudi Arabia named by its king's titles in an article naming Jordan: «المملكة» stays Saudi",
    text: `${HEAD}استقبل خادم الحرمين الشريفين الملك سلمان بن عبد العزيز وزير الخارجية الأردني ناصر جودة. وأكد بيان للديوان الملكي أن المملكة ترى أن الأسد لن يكون له أي دور في مستقبل سوريا.${TAIL}`,
    expected: ["saudi_arabia assad_role must_go"],
  },
  {
    why: "Israel's talks with Hamas: another negotiation, no claim",
    text: `${HEAD}وأكد المسؤول الإسرائيلي أن تل أبيب ترفض شروط حماس للتهدئة في القاهرة.${TAIL}`,
    expected: [],
  },
];

caseTable("seventeenth probe, second read: over-reaches mended", CASES);
