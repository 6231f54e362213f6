// Kinds from the social-media and television round (r171): the party a speaker says he speaks for («نحن في هيئة
// التنسيق …»), a post, a tweet or a letter quoted after the sentence that publishes it («وجاء في المنشور: …»), «كتب X:»
// right before what he wrote, a verb of saying «in» the message or conference just named («قال فيها: …»), and a group
// whose members a relative aside lists before its verb («مجموعة …، التي تضم …، قد أكدت …»); from the retrospectives
// round (r169): the one urged after a statement, a sentence ending on a number («جنيف 1.»), «ما لم تغير سلوكها»,
// conditions said to mean rejecting the talks, her taking part useful «بشروط», a report opening after a refusal;
// left from the last session: «رفض الأسد التنحي» (he refuses), a role inside the legitimacy he lost.
// Each row a sentence of general news Arabic written for this table (not taken from the seeds, the development corpus
// or the rounds).
import { caseTable, type Case } from "./case-table";

const TITLE = "تطورات الأزمة السورية والمؤتمر الدولي\n";

const CASES: Case[] = [
  {
    why: "«نحن في <party>» in a quotation: the party he says he speaks for holds it",
    text: `${TITLE}وقال أحد أعضاء الوفد في تصريح مقتضب: "نحن في هيئة التنسيق سنشارك في المؤتمر بلا شروط مسبقة".`,
    expected: ["ncb geneva2_preconditions unconditional"],
  },
  {
    why: "the same, no verb of saying: a post quoted alone",
    text: `${TITLE}نحن في الائتلاف الوطني لن نذهب إلى أي مفاوضات لا يكون هدفها رحيل الأسد.`,
    expected: ["national_coalition assad_role must_go", "national_coalition geneva2_preconditions conditional"],
  },
  {
    why: "another party named after his own is the subject of what it does: not his party's",
    text: `${TITLE}وقال عضو في الائتلاف: "نحن في الائتلاف نعرف أن النظام يضع شروطاً مسبقة لإفشال المؤتمر".`,
    expected: ["syrian_government geneva2_preconditions conditional"],
  },
  {
    why: "a post quoted in the sentence after the one publishing it: its publisher speaks",
    text: `${TITLE}نشر المتحدث باسم الائتلاف لؤي صافي منشوراً على صفحته في فيسبوك. وجاء في المنشور: "لن نقبل بأي دور لبشار الأسد في المرحلة الانتقالية".`,
    expected: ["national_coalition assad_role must_go"],
  },
  {
    why: "a letter quoted after the sentence sending it",
    text: `${TITLE}وجه وزير الخارجية الإيراني رسالة إلى الأمين العام للأمم المتحدة. وجاء في الرسالة أن طهران مستعدة للمشاركة في المؤتمر دون أي شروط.`,
    expected: ["iran iran_participation support", "iran geneva2_preconditions unconditional"],
  },
  {
    why: "«كتب X:» right before what he wrote, after a phrase opening the sentence",
    text: `${TITLE}وفي ما يتعلق بالمرحلة الانتقالية، كتب وزير الخارجية السعودي: "لا مكان لبشار الأسد في مستقبل سوريا".`,
    expected: ["saudi_arabia assad_role must_go"],
  },
  {
    why: "hastening to say it, a verbal noun of saying after «إلى» («سارعت … إلى التوضيح بأن …»): the one who hastened speaks",
    text: `${TITLE}وفي اليوم التالي سارعت المتحدثة باسم وزارة الخارجية البريطانية إلى التوضيح بأن "لا مستقبل للأسد في سوريا".`,
    expected: ["uk assad_role must_go"],
  },
  {
    why: "«قال فيها:» after a message its sender sent: the sender speaks",
    text: `${TITLE}ووجه المبعوث الأممي رسالة مصورة إلى السوريين قال فيها: "أدعو جميع الأطراف إلى القدوم إلى جنيف دون شروط مسبقة".`,
    expected: ["un geneva2_preconditions unconditional"],
  },
  {
    why: "«كان قد قال فيه» after a press conference of one named in its genitive",
    text: `${TITLE}وبثت القناة مقتطفات من مؤتمر صحفي لوزير الخارجية الروسي سيرغي لافروف، كان قد قال فيه إن رحيل الأسد ليس شرطاً مسبقاً للحوار.`,
    expected: ["russia assad_role may_stay", "russia geneva2_preconditions unconditional"],
  },
  {
    why: "a group, then a relative aside listing its members, then its verb: the group speaks, not its members",
    text: `${TITLE}وكانت مجموعة "أصدقاء سوريا"، التي تضم الولايات المتحدة وفرنسا وبريطانيا والسعودية وقطر، قد أكدت أن الأسد لن يكون له أي دور في الحكومة الانتقالية.`,
    expected: ["friends_of_syria assad_role must_go"],
  },
  {
    why: "a person, then a relative aside naming whom he met: he speaks",
    text: `${TITLE}وأكد وزير الخارجية الأمريكي جون كيري، الذي التقى نظيره الروسي في باريس، أن الأسد فقد شرعيته.`,
    expected: ["usa assad_role must_go"],
  },
  {
    why: "«وحثت المعارضة على …» after a statement: the one urged, not the verb's subject nor the statement's speaker",
    text: `${TITLE}وانشغل الائتلاف الوطني السوري طوال الصيف بخلافاته الداخلية.\n\nتشرين الأول: "اجتماع لندن"\nفي 12 تشرين الأول، أصدرت مجموعة "أصدقاء سوريا" في لندن بياناً أكدت فيه أن الأسد "لن يكون له أي دور" في المرحلة الانتقالية، وحثت المعارضة على المشاركة في المؤتمر.`,
    expected: ["friends_of_syria assad_role must_go"],
  },
  {
    why: "a number right before a full stop ends the sentence («… بيان جنيف 1. واشنطن ترحب …»): the next one has its own subject",
    text: `${TITLE}سحبت الأمم المتحدة دعوتها إلى إيران. وقال المتحدث باسم الأمين العام إن طهران لم تلتزم علنا ببيان جنيف 1. واشنطن ترحب بالقرار.`,
    expected: ["un iran_participation oppose", "un iran_participation support", "usa iran_participation oppose"],
  },
  {
    why: "unless she changes her behaviour («ما لم تغير سلوكها»): a condition on her taking part",
    text: `${TITLE}وقال الجربا إن إيران لا يمكن أن تكون جزءا من الحل ما لم تغير سلوكها في سوريا.`,
    expected: ["national_coalition iran_participation conditional"],
  },
  {
    why: "setting conditions said to mean rejecting the conference: the speaker rejects the conditions",
    text: `${TITLE}وقال المقداد إن وضع الشروط المسبقة يعني عملياً رفض المؤتمر.`,
    expected: ["syrian_government geneva2_preconditions unconditional"],
  },
  {
    why: "the same in a relative clause of saying on the speaker («لافروف الذي رأى أن …»): his, not turned again",
    text: `${TITLE}وردت موسكو بلسان لافروف الذي رأى أن "وضع الشروط المسبقة يعني عملياً رفض المؤتمر".`,
    expected: ["russia geneva2_preconditions unconditional"],
  },
  {
    why: "her taking part called useful «ولكن بشروط»: conditional, not support",
    text: `${TITLE}وقال وزير الخارجية التركي إن مشاركة إيران في المؤتمر مفيدة ولكن بشروط.`,
    expected: ["turkey iran_participation conditional"],
  },
  {
    why: "a report opening after a clause of refusal («…، قبل أن يعلن الأمين العام أن المؤتمر سيعقد من دون مشاركة إيرانية»): the negation before it is not the report's",
    text: `${TITLE}وكان الائتلاف قد هدد بمقاطعة المؤتمر إذا لم تسحب الدعوة الموجهة لطهران، قبل أن يعلن الأمين العام للأمم المتحدة أن المؤتمر سيعقد من دون مشاركة إيرانية.`,
    expected: ["national_coalition geneva2_preconditions conditional", "national_coalition iran_participation oppose"],
  },
  {
    why: "«رفض الأسد التنحي»: he refuses to step down, the subject of «رفض»; no one rejects sitting with him",
    text: `${TITLE}رفض الأسد التنحي عن السلطة، فيما أعلنت المعارضة أنها ستذهب إلى جنيف.`,
    expected: [],
  },
  {
    why: "rejecting him, the party that rejects named before (guard)",
    text: `${TITLE}وقال الجربا إن الشعب السوري رفض الأسد منذ اليوم الأول.`,
    expected: ["national_coalition assad_role must_go"],
  },
  {
    why: "a role inside what he is said to have lost («فقد أي شرعية تسمح له بقيادة …») is no role wanted for him",
    text: `${TITLE}وقال وزير الخارجية البريطاني إن الأسد فقد أي شرعية تسمح له بقيادة المرحلة الانتقالية.`,
    expected: ["uk assad_role must_go"],
  },
];

caseTable("Social media and television: own party, posts and letters, «قال فيها», relative asides", CASES);
