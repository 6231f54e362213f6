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
  // The second read of the last two slices (terms on Iran's attendance, conditions that set none, answers on his fate).
  {
    why: "«إذا أمكن التوصل إلى …»: a possibility with an object is a real condition",
    text: `${HEAD}وقال المتحدث إن الائتلاف سيحضر المؤتمر إذا أمكن التوصل إلى وقف لإطلاق النار.${TAIL}`,
    expected: ["national_coalition geneva2_preconditions conditional"],
  },
  {
    why: "«إذا قررت موسكو مشاركة إيران»: another's going decided is Iran's presence, a condition",
    text: `${HEAD}وقال المتحدث إن الائتلاف لن يحضر إذا قررت موسكو مشاركة إيران في المؤتمر.${TAIL}`,
    expected: ["national_coalition geneva2_preconditions conditional", "national_coalition iran_participation oppose"],
  },
  {
    why: "«نفى أن تكون واشنطن تضع شروطاً لمشاركة إيران»: a denial sets no conditions on her",
    text: `${HEAD}ونفى كيري أن تكون واشنطن تضع شروطا تعجيزية لمشاركة إيران في المؤتمر.${TAIL}`,
    expected: ["usa geneva2_preconditions unconditional"],
  },
  {
    why: "«هذا أمر يقرره السوريون، لكن الأسد فقد شرعيته»: the position is in what follows «لكن»",
    text: `${HEAD}وردا على سؤال عن مصير الرئيس السوري قال كيري: هذا أمر يقرره السوريون، لكن الأسد فقد شرعيته ولا مكان له في المرحلة الانتقالية.${TAIL}`,
    expected: ["usa assad_role must_go"],
  },
];

caseTable("seventeenth probe, second read: over-reaches mended", CASES);
