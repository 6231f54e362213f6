// Guard rows for the regressions a review of this session's change found (a helper ran 358 sentences on the trees
// before and after it), each mended: «إنه» of the matter before a verb with its own subject; a concession taken back
// only by the speaker's own obligation; a contrast clause's verb with no subject of its own; the writer an introduction
// names (not the one an article answers or criticises, not a columnist); her readiness read only right after the
// condition; whether he has a future; a hope is the hoper's; «عبر» the preposition; an omission's reach; a position's
// own «عن»; a person a former official speaks of; a current official's former post; the fate of his accountability.
import { caseTable, type Case } from "./case-table";

const T = "جنيف 2: مواقف\n\n";

const CASES: Case[] = [
  {
    why: "«وإنه يجب أن يغادر المقاتلون الأجانب»: «إنه» of the matter, the verb's own subject after it",
    text: `${T}وقال لافروف إن الأسد رئيس شرعي، وإنه يجب أن يغادر المقاتلون الأجانب الأراضي السورية.`,
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "«وإن دي ميستورا يجب عليه أن يغادر إلى دمشق»: the pronoun is the envoy's, named right before it",
    text: `${T}وقال لافروف إن الأسد باق، وإن دي ميستورا يجب عليه أن يغادر إلى دمشق غدا.`,
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "«يقرر إن كان عليه أن يرحل»: whether he must, asked",
    text: `${T}وقال لافروف إن الأسد ليس حليفا لروسيا، لكن الشعب السوري وحده يقرر إن كان عليه أن يرحل.`,
    expected: [],
  },
  {
    why: "«لا نقول إن …، لكن واشنطن تقول إنه يجب أن يرحل»: another's clause after «لكن» takes nothing back",
    text: `${T}وقال لافروف: لا نقول إن الأسد يجب أن يرحل، لكن واشنطن تقول إنه يجب أن يرحل.`,
    expected: ["russia assad_role may_stay", "usa assad_role must_go"],
  },
  {
    why: "«، في حين أكد ضرورة مشاركة إيران»: a verb of the same speaker, its object no new subject",
    text: `${T}وقال لافروف إن روسيا ترفض أي شروط مسبقة، في حين أكد ضرورة مشاركة إيران في المؤتمر.`,
    expected: ["russia geneva2_preconditions unconditional", "russia iran_participation support"],
  },
  {
    why: "«مقالاً للكاتب … ينتقد فيه لافروف»: the one an article criticises is not its writer",
    text: "دمشق - الحياة\n\nنشرت الصحيفة مقالا للكاتب حازم صاغية ينتقد فيه لافروف. وفيما يلي نص المقال:\n\nنحن نرفض مشاركة إيران في المؤتمر.",
    expected: [],
  },
  {
    why: "«ردا على مقال لافروف … وننشر الرسالة كما وصلتنا»: a reader's letter answering his article",
    text: "الموقع\n\nوصلت إلى الموقع رسالة من أحد القراء ردا على مقال لافروف. وننشر الرسالة كما وصلتنا:\n\nنحن نطالب برحيل الأسد.",
    expected: [],
  },
  {
    why: "«جون ألترمان*» with «* دبلوماسي أمريكي متقاعد»: a retired diplomat, no office, no party",
    text: "الشرق الأوسط\n\nلماذا جنيف\n\nجون ألترمان*\n\nنحن ندعو إلى الحوار دون شروط مسبقة.\n\n* دبلوماسي أمريكي متقاعد",
    expected: [],
  },
  {
    why: "«ستشارك إذا دعيت إليه، وإنها مستعدة للمساهمة»: her readiness in another clause is no condition",
    text: `${T}وقال ظريف إن إيران ستشارك في المؤتمر إذا دعيت إليه، وإنها مستعدة للمساهمة في إنجاحه.`,
    expected: ["iran iran_participation support"],
  },
  {
    why: "«إذا كانت الأطراف السورية مستعدة للتسوية»: others' readiness is no condition on her",
    text: `${T}وقال لافروف إن روسيا تدعم مشاركة إيران في المؤتمر، الذي يمكن أن ينجح إذا كانت الأطراف السورية مستعدة للتسوية.`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "«لا تعرف إن كان للأسد مستقبل سياسي»: whether he has a future, asked",
    text: `${T}وقال لافروف إن روسيا لا تعرف إن كان للأسد مستقبل سياسي.`,
    expected: [],
  },
  {
    why: "«ويأمل لافروف أن تعلن السعودية قبولها بمشاركة إيران»: the hope is the hoper's",
    text: `${T}ويأمل لافروف أن تعلن السعودية قبولها بمشاركة إيران في المؤتمر.`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "«وينتظر الائتلاف أن تعلن الأمم المتحدة سحب دعوة إيران»: what one waits for is one's own",
    text: `${T}وينتظر الائتلاف أن تعلن الأمم المتحدة سحب دعوة إيران.`,
    expected: ["national_coalition iran_participation oppose"],
  },
  {
    why: "«ووصلت رسالة عبر قطر عن استعداد إيران»: the preposition «عبر» after a noun, no speaker",
    text: `${T}وقال الجبير إن الأسد يجب أن يرحل. ووصلت رسالة عبر قطر عن استعداد إيران للمشاركة.`,
    expected: ["saudi_arabia assad_role must_go"],
  },
  {
    why: "«تجاهل دعوات موسكو إلى عقد المؤتمر دون شروط»: what was ignored is still another's position",
    text: `${T}وقال لافروف إن الغرب تجاهل دعوات موسكو إلى عقد المؤتمر دون شروط مسبقة.`,
    expected: ["russia geneva2_preconditions unconditional"],
  },
  {
    why: "«لم يتحدث الجبير سوى عن رفض المملكة …»: what he spoke of only",
    text: `${T}ولم يتحدث الجبير سوى عن رفض المملكة مشاركة إيران.`,
    expected: ["saudi_arabia iran_participation oppose"],
  },
  {
    why: "«دون أن يذكر موعداً محدداً أن على الأسد أن يرحل»: the omission ends at «أن», the main clause's",
    text: `${T}وأكد كيري دون أن يذكر موعدا محددا أن على الأسد أن يرحل.`,
    expected: ["usa assad_role must_go"],
  },
  {
    why: "«دون أن يتحدث عن التفاصيل رفض المملكة …»: the Iran pass reads its own trigger, past the omission",
    text: `${T}وأعلن الجبير دون أن يتحدث عن التفاصيل رفض المملكة مشاركة إيران.`,
    expected: ["saudi_arabia iran_participation oppose"],
  },
  {
    why: "«لن تتخلى عن دور الأسد»: a position's own «عن», not what is spoken about",
    text: `${T}وقال ظريف إن إيران لن تتخلى عن دور الأسد.`,
    expected: ["iran assad_role may_stay"],
  },
  {
    why: "«لا بديل عن دور الرئيس الأسد»: the same",
    text: `${T}وقال المعلم إن لا بديل عن دور الرئيس الأسد في قيادة البلاد.`,
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: "«وزير الخارجية الفرنسي السابق إن لافروف يرفض …»: the one a former official speaks of keeps his party",
    text: `${T}وقال وزير الخارجية الفرنسي السابق إن لافروف يرفض أي شروط مسبقة.`,
    expected: ["russia geneva2_preconditions unconditional"],
  },
  {
    why: "«مستشار المرشد … وزير الخارجية الأسبق علي أكبر ولايتي»: a former post of a man in office",
    text: `${T}وقال مستشار المرشد الإيراني للشؤون الدولية وزير الخارجية الأسبق علي أكبر ولايتي إن الأسد خط أحمر.`,
    expected: ["iran assad_role may_stay"],
  },
  {
    why: "«نائب وزير الخارجية الروسي والسفير السابق لدى سوريا ميخائيل بوغدانوف»: the same, the post he held no speaker",
    text: `${T}وقال نائب وزير الخارجية الروسي والسفير السابق لدى سوريا ميخائيل بوغدانوف إن موسكو ترفض الشروط المسبقة.`,
    expected: ["russia geneva2_preconditions unconditional"],
  },
  {
    why: "«محاسبة الأسد لا يمكن أن تكون موضوعاً للمساومة»: his accountability, not his office, beyond bargaining",
    text: `${T}وقال رئيس الائتلاف أحمد الجربا إن محاسبة الأسد لا يمكن أن تكون موضوعا للمساومة.`,
    expected: [],
  },
];

caseTable("Review of the thirty-second probe's change: the regressions found, mended", CASES);
