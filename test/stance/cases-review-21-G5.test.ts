// Kinds found by the probe rounds on Iran's taking part: the withdrawal of her invitation judged a wrong decision
// («سحب الدعوة كان قراراً خاطئاً»: the judge wants her there); withdrawing a delegation from the talks as a boycott
// («هددت بسحب الائتلاف من المؤتمر إذا حضرت إيران»: her absence the price of its coming); and the invitation withdrawn
// after, upon or under one's threat to boycott or walk out («سحبها بعد أن هدد الائتلاف بالانسحاب», «إثر تهديد
// الائتلاف بمقاطعة المؤتمر»: the threatener opposes her taking part and makes its coming conditional); the withdrawal
// «في خطوة رحبت بها واشنطن» (the one welcoming the step opposes her taking part). Each row
// written for this table, not taken from the seeds, the development corpus or the probe's articles.
import { caseTable, type Case } from "./case-table";

/** A headline, so that the sentence under test is read as a body sentence. */
const HEAD = "مؤتمر جنيف 2 حول سوريا\n";
/** A closing body sentence with no stance. */
const TAIL = "\nوتتواصل التحضيرات لعقد المؤتمر في موعده.\n";
/** An opening sentence naming her invitation and its withdrawal. */
const WITHDRAWN = "وكان الأمين العام قد وجه الدعوة إلى طهران ثم سحبها. ";

const CASES: Case[] = [
  {
    why: `«إن سحب الدعوة كان قراراً خاطئاً»: the withdrawal judged a wrong decision wants her there`,
    text: `${HEAD}${WITHDRAWN}وقال المتحدث باسم الخارجية الإيرانية إن سحب الدعوة كان قرارا خاطئا.${TAIL}`,
    expected: ["iran iran_participation support"],
  },
  {
    why: `«إن سحب الدعوة … كان خاطئاً»: judged wrong, without «قرار»`,
    text: `${HEAD}${WITHDRAWN}وقال وزير الخارجية الروسي إن سحب الدعوة في اللحظة الأخيرة كان خاطئا.${TAIL}`,
    expected: ["russia iran_participation support"],
  },
  {
    why: `«إن تقدير الأمين العام كان خاطئاً»: another thing judged wrong is no stance on her (guard)`,
    text: `${HEAD}${WITHDRAWN}وقال المتحدث باسم الخارجية الإيرانية إن تقدير الأمين العام كان خاطئا.${TAIL}`,
    expected: [],
  },
  {
    why: `«هددت بسحب الائتلاف من المفاوضات إذا حضرت إيران»: withdrawing the delegation it sponsors is a boycott`,
    text: `${HEAD}وقال الناطق باسم الخارجية الإيرانية إن الرياض هددت بسحب الائتلاف من المفاوضات إذا حضرت إيران.${TAIL}`,
    expected: ["saudi_arabia geneva2_preconditions conditional", "saudi_arabia iran_participation oppose"],
  },
  {
    why: `«ستسحب سفيرها من طهران إذا …»: withdrawing an ambassador is no boycott of the talks (guard)`,
    text: `${HEAD}وقالت الرياض إنها ستسحب سفيرها من طهران إذا شاركت إيران في المؤتمر.${TAIL}`,
    expected: [],
  },
  {
    why: `«طالبت بسحب الائتلاف من المؤتمر»: a demand with no condition on her is no stance on her (guard)`,
    text: `${HEAD}وطالبت السعودية بسحب الائتلاف من المؤتمر بعد مقتل المدنيين.${TAIL}`,
    expected: [],
  },
  {
    why: `«الدعوة سُحبت بعد أن هدد الائتلاف بالانسحاب»: the threat behind the withdrawal, in the passive`,
    text: `${HEAD}وكانت طهران قد تلقت الدعوة إلى المؤتمر، لكن الدعوة سحبت بعد أن هدد الائتلاف بالانسحاب منه.${TAIL}`,
    expected: ["national_coalition geneva2_preconditions conditional", "national_coalition iran_participation oppose"],
  },
  {
    why: `«ثم أُلغيت الدعوة إثر تهديد الائتلاف بمقاطعة …»: the threat as a noun, its subject after it`,
    text: `${HEAD}ودعيت إيران إلى المؤتمر ثم ألغيت الدعوة إثر تهديد الائتلاف بمقاطعة الجلسة الافتتاحية.${TAIL}`,
    expected: ["national_coalition geneva2_preconditions conditional", "national_coalition iran_participation oppose"],
  },
  {
    why: `«ألغى الأمين العام الدعوة التي وجهها إليها، إثر تهديد الائتلاف …»: past a comma and a relative clause`,
    text: `${HEAD}وغابت إيران عن مونترو بعد أن ألغى الأمين العام الدعوة التي وجهها إليها، إثر تهديد الائتلاف بمقاطعة المؤتمر.${TAIL}`,
    expected: ["national_coalition geneva2_preconditions conditional", "national_coalition iran_participation oppose"],
  },
  {
    why: `«سحبت روسيا قواتها … بعد أن هدد الائتلاف بالانسحاب»: what is withdrawn is no invitation (guard)`,
    text: `${HEAD}وسحبت روسيا قواتها من حلب بعد أن هدد الائتلاف بالانسحاب من المفاوضات.${TAIL}`,
    expected: [],
  },
  {
    why: `«… ثم سحبها، وهدد الائتلاف … بالانسحاب إذا لم تتوقف الغارات»: a threat of its own, not behind it (guard)`,
    text: `${HEAD}وكان بان قد وجه الدعوة إلى إيران ثم سحبها، وهدد الائتلاف في اليوم التالي بالانسحاب إذا لم تتوقف الغارات.${TAIL}`,
    expected: ["national_coalition geneva2_preconditions conditional"],
  },
  {
    why: `«… ثم ألغى الأمين العام الدعوة، في خطوة رحبت بها واشنطن»: welcoming the step welcomes the withdrawal`,
    text: `${HEAD}وكانت طهران قد تلقت الدعوة إلى المؤتمر، ثم ألغى الأمين العام الدعوة، في خطوة رحبت بها واشنطن على الفور.${TAIL}`,
    expected: ["usa iran_participation oppose"],
  },
  {
    why: `«… قبل أن يتراجع الأمين العام عن دعوته، في خطوة رحبت بها الرياض»: his retracting the invitation, welcomed`,
    text: `${HEAD}وكانت طهران قد تلقت الدعوة إلى المؤتمر، قبل أن يتراجع الأمين العام عن دعوته، في خطوة رحبت بها الرياض.${TAIL}`,
    expected: ["saudi_arabia iran_participation oppose"],
  },
  {
    why: `«أعلن موعد المؤتمر، في خطوة رحبت بها واشنطن»: another step welcomed is no stance on her (guard)`,
    text: `${HEAD}وأعلن الأمين العام موعد المؤتمر، في خطوة رحبت بها واشنطن.${TAIL}`,
    expected: [],
  },
];

caseTable("review 21 (G5): the withdrawal of her invitation judged, and the threats behind it", CASES);
