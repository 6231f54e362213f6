// Kinds found by the probe rounds in reported speech: a delegation named after «إن» that «came» to Geneva on some
// terms holds them, not the one reporting it («قال X إن وفد Y جاء إلى جنيف …»); and the cleft naming who sets the
// conditions («X هو من يضع الشروط», «من يضع الشروط فعلاً هو X») gives them to the party it names, not to the speaker.
// Each row written for this table, not taken from the seeds, the development corpus or the probe's articles.
import { caseTable, type Case } from "./case-table";

/** A headline, so that the sentence under test is read as a body sentence. */
const HEAD = "مؤتمر جنيف 2 حول سوريا\n";
/** A body sentence with another speaker and no stance, before the one under test. */
const BEFORE = "وقال لافروف إن موسكو تتابع الاتصالات مع جميع الأطراف. ";
/** A closing body sentence with no stance. */
const TAIL = "\nوتتواصل التحضيرات لعقد المؤتمر في موعده.\n";

const CASES: Case[] = [
  // «قال X إن وفد Y جاء إلى جنيف …»: the delegation that came holds the terms it came on.
  {
    why: "«قال المعارض إن «الوفد الرسمي جاء إلى جنيف بلا شروط»»: the government's delegation, not the opposition speaking",
    text: `${HEAD}${BEFORE}وقال رئيس الائتلاف أحمد الجربا للصحافيين إن «الوفد الرسمي جاء إلى جنيف بلا شروط مسبقة، لكنه يرفض الحديث عن الانتقال».${TAIL}`,
    expected: ["syrian_government geneva2_preconditions unconditional"],
  },
  {
    why: "«قال المقداد إن وفد الائتلاف «جاء … بمطلب واحد هو تنحي الرئيس»»: the Coalition's demand, as Damascus reports it",
    text: `${HEAD}${BEFORE}وقال المقداد في مؤتمر صحفي إن وفد الائتلاف "جاء إلى جنيف بمطلب واحد هو تنحي الرئيس الأسد، ولا شيء غيره".${TAIL}`,
    expected: ["national_coalition assad_role must_go"],
  },
  {
    why: "«قال لافروف إن وفد النظام ذهب إلى جنيف دون شروط»: another verb of going, past and masculine",
    text: `${HEAD}${BEFORE}وأكد الوزير الروسي أن وفد النظام ذهب إلى جنيف "دون أي شروط مسبقة" وأنه مستعد للحوار.${TAIL}`,
    expected: ["syrian_government geneva2_preconditions unconditional"],
  },
  {
    why: "«قال الجربا إننا جئنا إلى جنيف بلا شروط»: «we», no party after «إن»: the speaker's own (guard)",
    text: `${HEAD}${BEFORE}وقال الجربا إننا جئنا إلى جنيف بلا شروط مسبقة.${TAIL}`,
    expected: ["national_coalition geneva2_preconditions unconditional"],
  },
  {
    why: "«قال المعلم إن الوفد الرسمي سيشارك بلا شروط»: his own side named, already read as his (guard)",
    text: `${HEAD}${BEFORE}وقال المعلم إن الوفد الرسمي سيشارك في المؤتمر بلا شروط مسبقة.${TAIL}`,
    expected: ["syrian_government geneva2_preconditions unconditional"],
  },
  // The cleft naming the one who sets the conditions.
  {
    why: "«قال الجربا إن النظام هو من يضع الشروط المسبقة لا نحن»: the regime sets them, as the Coalition says",
    text: `${HEAD}${BEFORE}وقال الجربا إن النظام هو من يضع الشروط المسبقة لا نحن.${TAIL}`,
    expected: ["syrian_government geneva2_preconditions conditional"],
  },
  {
    why: "«أكد الوزير الإيراني أن الأمريكيين هم الذين يضعون الشروط لا طهران»",
    text: `${HEAD}${BEFORE}وأكد الوزير الإيراني أن الأمريكيين هم الذين يضعون الشروط لا طهران.${TAIL}`,
    expected: ["usa geneva2_preconditions conditional"],
  },
  {
    why: "«أكد عبد اللهيان أن السعودية هي التي فرضت الشروط»: the verb in the past",
    text: `${HEAD}${BEFORE}وأكد عبد اللهيان أن السعودية هي التي فرضت الشروط.${TAIL}`,
    expected: ["saudi_arabia geneva2_preconditions conditional"],
  },
  {
    why: "«إن النظام هو من يضع الشروط المسبقة وليس المعارضة»: already read by the composed cue (guard)",
    text: `${HEAD}${BEFORE}وقال الجربا إن النظام هو من يضع الشروط المسبقة وليس المعارضة.${TAIL}`,
    expected: ["syrian_government geneva2_preconditions conditional"],
  },
  {
    why: "«إن واشنطن هي التي تفرض الشروط على حضور المؤتمر»: already read by the composed cue (guard)",
    text: `${HEAD}${BEFORE}وأكد الوزير الإيراني أن واشنطن هي التي تفرض الشروط على حضور المؤتمر.${TAIL}`,
    expected: ["usa geneva2_preconditions conditional"],
  },
  {
    why: "«من يضع الشروط في الحقيقة هو النظام»: the cleft turned, the party named after its pronoun",
    text: `${HEAD}${BEFORE}وقال المتحدث باسم الائتلاف إن من يضع الشروط في الحقيقة هو النظام، لا المعارضة.${TAIL}`,
    expected: ["syrian_government geneva2_preconditions conditional"],
  },
  {
    why: "«إن الطرف الآخر هو من يضع الشروط»: no party named by the cleft, no one holds it; the speaker used to",
    text: `${HEAD}${BEFORE}وقال الجعفري إن الطرف الآخر هو من يضع الشروط ويعطل الحوار.${TAIL}`,
    expected: [],
  },
  {
    why: "«من يضع الشروط هو المسؤول عن الفشل»: no party after the pronoun (guard)",
    text: `${HEAD}${BEFORE}وقال الجعفري إن من يضع الشروط هو المسؤول عن فشل الجولة.${TAIL}`,
    expected: [],
  },
  {
    why: "«من يضع الشروط المسبقة لا يريد الحل»: whoever sets them is judged, the speaker's own (guard)",
    text: `${HEAD}${BEFORE}وقال المعلم إن من يضع الشروط المسبقة لا يريد الحل.${TAIL}`,
    expected: ["syrian_government geneva2_preconditions unconditional"],
  },
];

caseTable("review 16 (reported): a delegation that came on its terms, and the cleft naming who sets the conditions", CASES);
