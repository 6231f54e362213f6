// Kinds of sentence on Assad's role (its polarity, and how he is referred to) found in pool r74-r82: each row written
// for this table, not taken from the seeds, the development corpus or the probe's articles.
import { caseTable, type Case } from "./case-table";

/** A headline, so that the sentence under test is read as a body sentence. */
const HEAD = "مؤتمر جنيف 2 حول سوريا\n";
/** A body sentence naming Assad, before a sentence that describes him instead. */
const NAMED = "وتواصل قوات الأسد قصف الأحياء المحاصرة في حلب.\n";

const CASES: Case[] = [
  // «غير مرة» is "more than once", not a negation.
  {
    why: "«أكد الوزير غير مرة أن الأسد سيرحل»: «غير مرة» is an adverb, he must go",
    text: `${HEAD}وأكد وزير الخارجية الفرنسي غير مرة أن الأسد سيرحل عاجلا أم آجلا.`,
    expected: ["france assad_role must_go"],
  },
  {
    why: "«أكد الوزير أن خروج الأسد غير مطروح» (guard): «غير» before another word still negates",
    text: `${HEAD}وأكد وزير الخارجية الروسي أن خروج الأسد من السلطة غير مطروح للنقاش.`,
    expected: ["russia assad_role may_stay"],
  },
  // A judging predicate counted in the cue is not judged again by the describing verb before it.
  {
    why: "«اعتبر أن أي حل لا يقوم على رحيل الأسد مضيعة للوقت»: negation and judgement, he must go",
    text: `${HEAD}واعتبر رئيس الائتلاف الوطني السوري أن أي تسوية لا تبدأ برحيل الأسد ستكون مضيعة للوقت والجهد.`,
    expected: ["national_coalition assad_role must_go"],
  },
  {
    why: "«اعتبر أن المطالبة برحيل الأسد مضيعة للوقت» (guard): the demand judged, he may stay",
    text: `${HEAD}واعتبر وزير الخارجية الروسي أن المطالبة برحيل الأسد مضيعة للوقت.`,
    expected: ["russia assad_role may_stay"],
  },
  // Whoever demands it is said to want the war prolonged.
  {
    why: "«من يصر على رحيل الأسد إنما يريد إطالة أمد الحرب»: the speaker keeps him",
    text: `${HEAD}وقال وزير الخارجية الإيراني إن من يصر على رحيل الأسد إنما يريد إطالة أمد الحرب في سوريا.`,
    expected: ["iran assad_role may_stay"],
  },
  {
    why: "«من يطالب برحيل الأسد يريد إنهاء الحرب» (guard): no judgement, no stance of the speaker's",
    text: `${HEAD}وقال وزير الخارجية الإيراني إن من يطالب برحيل الأسد يريد إنهاء الحرب بشروطه.`,
    expected: [],
  },
  // The bet said lost before it is named.
  {
    why: "«فشلت كل المراهنات على إسقاط الأسد»: the bet on his fall lost, he stays",
    text: `${HEAD}وقال الأمين العام لحزب الله: "لقد فشلت كل المراهنات على إسقاط الأسد في الميدان".`,
    expected: ["hezbollah assad_role may_stay"],
  },
  {
    why: "«فشل المفاوضات يعني أن على العالم أن يعمل على إسقاط الأسد» (guard): a failure that is no bet turns nothing",
    text: `${HEAD}وقال وزير الخارجية الفرنسي إن فشل المفاوضات يعني أن على العالم أن يعمل على إسقاط الأسد.`,
    expected: ["france assad_role must_go"],
  },
  // The transition or the settlement with Assad, or through him.
  {
    why: "«الانتقال السياسي يمكن أن يبدأ بوجود الأسد»: he may stay through it",
    text: `${HEAD}وقال رئيس الوزراء التركي إن الانتقال السياسي يمكن أن يبدأ بوجود الأسد لفترة محدودة.`,
    expected: ["turkey assad_role may_stay"],
  },
  {
    why: "«التسوية لن تتم مع بشار الأسد»: he must go",
    text: `${HEAD}وأكد وزير الخارجية البريطاني أن التسوية السياسية لن تتم مع بشار الأسد.`,
    expected: ["uk assad_role must_go"],
  },
  {
    why: "«لا يمكن أن يمر الحل عبر الأسد»: the verb first, he must go",
    text: `${HEAD}وقال وزير الخارجية السعودي إنه لا يمكن أن يمر الحل السياسي عبر الأسد.`,
    expected: ["saudi_arabia assad_role must_go"],
  },
  {
    why: "«المفاوضات يمكن أن تتم مع الأسد» (guard): talks with him are no transition through him",
    text: `${HEAD}وقال وزير الخارجية الروسي إن المفاوضات يمكن أن تتم مع ممثلي الأسد في جنيف.`,
    expected: [],
  },
  // Assad described after he was named.
  {
    why: "«الرجل الذي شن الحرب على شعبه لا يمكن أن يكون جزءا من المرحلة الانتقالية», after his name: he must go",
    text: `${HEAD}${NAMED}وقال وزير الخارجية الأمريكي إن الرجل الذي شن الحرب على شعبه لا يمكن أن يكون جزءا من المرحلة المقبلة.`,
    expected: ["usa assad_role must_go"],
  },
  {
    why: "«رجل مسؤول عن قتل آلاف السوريين لن يكون له دور», after his name: he must go",
    text: `${HEAD}${NAMED}وقال وزير الخارجية البريطاني إن رجلا مسؤولا عن قتل عشرات الآلاف من السوريين لن يكون له دور في مستقبل البلاد.`,
    expected: ["uk assad_role must_go"],
  },
  {
    why: "«لا يمكن أن نقبل بقاء هذا الرجل», his name in the sentence before: he must go",
    text: `${HEAD}${NAMED}وقال وزير الخارجية الفرنسي: لا يمكن أن نقبل بقاء هذا الرجل في السلطة.`,
    expected: ["france assad_role must_go"],
  },
  {
    why: "«الرجل الذي قاد الحملة على شعبه …» with Assad never named (guard): a description names no one",
    text: `${HEAD}وقال وزير الخارجية الأمريكي إن الرجل الذي قاد الحملة على شعبه لا يمكن أن يكون جزءا من الحكومة الانتقالية.`,
    expected: [],
  },
  {
    why: "«الرجل الذي قاد … يمكن أن يكون جزءا» without a negation read (guard): no stance that keeps him",
    text: `${HEAD}${NAMED}وقال الوزير الأمريكي كيري إنه، في رأي البعض، الرجل الذي قاد الرد على شعبه يمكن أن يكون جزءا من الحل.`,
    expected: [],
  },
  // Where one spoke from is no speaker; «أما X ف…كان …، حين قال» goes back to X.
  {
    why: "«قال الوزير من على منبر الأمم المتحدة إن …»: the minister speaks, not the UN",
    text: `${HEAD}وقال وزير الخارجية التركي من على منبر الأمم المتحدة إن الأسد لا يمكن أن يكون جزءا من مستقبل سوريا.`,
    expected: ["turkey assad_role must_go"],
  },
  {
    why: "«أما الوزير البريطاني فكان أشد حدة، حين قال إن …»: the one «أما» put first speaks",
    text: `${HEAD}أما وزير الخارجية البريطاني فكان أشد حدة من نظرائه، حين قال إن الأسد لا يمكن أن يكون جزءا من الحل.`,
    expected: ["uk assad_role must_go"],
  },
  {
    why: "«قال الأمين العام للأمم المتحدة من على منبر الجمعية العامة إن …» (guard): the UN speaking is still the UN",
    text: `${HEAD}وقال الأمين العام للأمم المتحدة من على منبر الجمعية العامة إن مصير الأسد يقرره الشعب السوري.`,
    expected: ["un assad_role neutral"],
  },
];

caseTable("probe 10, h6: Assad's role, its polarity and how he is referred to", CASES);
