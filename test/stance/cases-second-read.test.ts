// Kinds a second read of the twenty-seventh probe's holder paths found them getting wrong: a verb of urging whose
// subject comes after it, the sender of a message said in («قال فيها») and not its recipient, a relative aside that
// names who an unnamed body is, a headline speaker's occasion before the one addressed, bullets whose verb has a
// subject of its own, a negated change of policy taken for a condition, a correction or a denial followed by the
// speaker's own words, verbs of saying inside a labelled analysis, and the nationality of a commentator or a reader.
// Each row a sentence of general news Arabic written for this table (not taken from the seeds, the development corpus
// or the rounds).
import { caseTable, type Case } from "./case-table";

const TITLE = "المؤتمر الدولي حول سوريا\n";

const CASES: Case[] = [
  {
    why: "a verb of urging with its subject right after it and no one named before it: the subject holds the stance",
    text: `${TITLE}وحثت فرنسا على عقد المؤتمر في موعده دون شروط مسبقة من أي طرف.`,
    expected: ["france geneva2_preconditions unconditional"],
  },
  {
    why: "a verb of urging after a clause naming its subject (guard): the one named after it is the one urged",
    text: `${TITLE}واستقبل وزير الخارجية البريطاني وفد المعارضة في لندن، وحث الائتلاف على حضور المحادثات دون شروط مسبقة، قائلاً إن الوقت ينفد.`,
    expected: ["uk geneva2_preconditions unconditional"],
  },
  {
    why: "a message sent «إلى» someone, «قال فيها»: the sender speaks, not the recipient",
    text: `${TITLE}وبعث وزير الخارجية القطري رسالة إلى نظيره الروسي سيرغي لافروف أكد فيها أن لا دور للأسد في مستقبل سوريا.`,
    expected: ["qatar assad_role must_go"],
  },
  {
    why: "«إلى» a place in the speaker's title is no recipient: the envoy to Syria speaks in his statements",
    text: `${TITLE}ورحب المندوب الإيراني بتصريحات المبعوث الدولي إلى سوريا ستافان دي ميستورا، التي قال فيها إن الرئيس الأسد جزء من الحل.`,
    expected: ["un assad_role may_stay"],
  },
  {
    why: "«كلمة لـ» is the speech of the one named after it (guard): he speaks in it",
    text: `${TITLE}وألقى وزير الخارجية السعودي كلمة أمام المؤتمر، وفي كلمة لاحقة للوزير عادل الجبير قال فيها إن الأسد لن يكون جزءاً من المرحلة الانتقالية.`,
    expected: ["saudi_arabia assad_role must_go"],
  },
  {
    why: "a relative aside right after an unnamed body («الحكومة، التي يمثلها المعلم …،») names who the body is",
    text: `${TITLE}وأوضح الدبلوماسي الروسي أن الحكومة، التي يمثلها المعلم في المفاوضات، لن تقبل أي شروط مسبقة.`,
    expected: ["syrian_government geneva2_preconditions unconditional"],
  },
  {
    why: "a person opening a headline, then «في رسالة لـ» the one addressed, before the colon: the person speaks",
    text: `الجعفري في رسالة لبان كي مون: لا شروط مسبقة على الحوار السوري\nوتستأنف المحادثات الأسبوع المقبل.`,
    expected: ["syrian_government geneva2_preconditions unconditional"],
  },
  {
    why: "a bullet whose verb has a subject of its own that is no party («- تستبعد مصادر …»): not the party of the bullet above",
    text: `${TITLE}ما نعرفه قبل الجولة:\n- يطالب الائتلاف الوطني برحيل الأسد.\n- تستبعد مصادر دبلوماسية مشاركة إيران في الجولة المقبلة.`,
    expected: ["national_coalition assad_role must_go"],
  },
  {
    why: "a negated change of policy («لن تغير سياستها») after a condition is no condition on her taking part",
    text: `${TITLE}وأعلن روحاني أن إيران ستشارك في المؤتمر إذا دعيت، وأنها لن تغير سياستها تجاه الأزمة.`,
    expected: ["iran iran_participation support"],
  },
  {
    why: "«ما لم تغير سلوكها» (guard): still a condition on her taking part",
    text: `${TITLE}وقال المتحدث باسم الخارجية الفرنسية إن باريس لن تقبل بمشاركة إيران ما لم تغير سلوكها في سوريا.`,
    expected: ["france iran_participation conditional"],
  },
  {
    why: "an earlier report said untrue, then the speaker's own words after «مشدداً على»: his words stand",
    text: `${TITLE}وقالت الهيئة العليا في بيان إن ما جاء في تقرير سابق لإحدى الصحف عن قبولها بقاء الأسد غير دقيق، مشددة على أن لا دور للأسد في المرحلة الانتقالية.`,
    expected: ["hnc assad_role must_go"],
  },
  {
    why: "a labelled analysis («تحليل:») reporting an official with a verb of saying: the official's party holds it",
    text: `${TITLE}تحليل: قال مسؤول تركي رفيع إن مشاركة إيران في المؤتمر غير مقبولة.`,
    expected: ["turkey iran_participation oppose"],
  },
  {
    why: "the nationality of a commentator («أحد المعلقين البريطانيين»): no party",
    text: `${TITLE}وكتب أحد المعلقين البريطانيين: "لا مكان للأسد في مستقبل سوريا".`,
    expected: [],
  },
  {
    why: "the nationality of an official (guard): his state holds it",
    text: `${TITLE}وقال مسؤول بريطاني إن لا مكان للأسد في مستقبل سوريا.`,
    expected: ["uk assad_role must_go"],
  },
];

caseTable("Second read: urging, messages, asides, headline addressees, bullets, conditions, corrections, analyses", CASES);
