// A kind of condition found by probe round r125: Iran named as the one to accept the Geneva-1 communique, after the
// verb of the condition («شريطة أن تعلن طهران قبولها ببيان جنيف 1», «إذا وافقت إيران على …») or as the one asked to
// («تطالب طهران بإعلان قبولها …»), is a condition on her taking part, not on the talks. Each row written for this
// table, not taken from the seeds, the development corpus or the probe's articles.
import { caseTable, type Case } from "./case-table";

/** A headline, so that the sentence under test is read as a body sentence. */
const HEAD = "مؤتمر جنيف 2 حول سوريا\n";
/** A closing body sentence with no stance. */
const TAIL = "\nوتتواصل التحضيرات لعقد المؤتمر في موعده.\n";

const CASES: Case[] = [
  {
    why: "«لا تمانع ذلك شريطة أن تعلن طهران …»: Iran the subject named after the verb of the condition",
    text: `${HEAD}وعن دعوة إيران إلى المؤتمر، قال المتحدث باسم الخارجية البريطانية إن لندن لا تمانع ذلك شريطة أن تعلن طهران التزامها الواضح ببيان جنيف 1.${TAIL}`,
    expected: ["uk iran_participation conditional"],
  },
  {
    why: "«إذا وافقت إيران على بيان جنيف»: «على» before the communique",
    text: `${HEAD}وعن حضور إيران، أوضح فابيوس أن باريس لا ترى مانعا في ذلك إذا وافقت إيران صراحة على بيان جنيف الأول.${TAIL}`,
    expected: ["france iran_participation conditional"],
  },
  {
    why: "«طالبت طهران بإعلان قبولها … شرطاً لحضورها»: asked to accept it, hers and not a condition of the talks",
    text: `${HEAD}وكانت واشنطن قد طالبت طهران بإعلان قبولها العلني ببيان جنيف 1 شرطا لحضورها.${TAIL}`,
    expected: ["usa iran_participation conditional"],
  },
  {
    why: "«دعت الرياض إيران إلى الاعتراف بمقررات جنيف»: the verbal noun after «إلى»",
    text: `${HEAD}ودعت السعودية إيران إلى الاعتراف الصريح بمقررات جنيف قبل توجيه أي دعوة إليها.${TAIL}`,
    expected: ["saudi_arabia iran_participation conditional"],
  },
  {
    why: "«شريطة أن يعلن النظام قبوله ببيان جنيف 1»: another subject, a condition of the talks (guard)",
    text: `${HEAD}وقال الجربا إن الائتلاف سيحضر المؤتمر شريطة أن يعلن النظام قبوله ببيان جنيف 1.${TAIL}`,
    expected: ["national_coalition geneva2_preconditions conditional"],
  },
  {
    why: "«طالبت واشنطن طهران بالإفراج عن …»: asked for something else, no stance (guard)",
    text: `${HEAD}وطالبت واشنطن طهران بالإفراج عن المعتقلين الأمريكيين لديها.${TAIL}`,
    expected: [],
  },
];

caseTable("review 19 (r125: Iran named as the one to accept the Geneva-1 communique)", CASES);
