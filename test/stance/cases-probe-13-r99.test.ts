// Kinds of sentence found by the thirteenth probe (round 99): an interview with an ambassador named by his title and
// his post, its questions put as remarks with no question mark; what a speaker heard from another party; those
// betting on Assad's departure said to live in illusions; Iran's delegation sitting at the table as the condition of a
// boycott; members of the Syrian People's Assembly. Each row written for this table, not taken from the seeds, the
// development corpus or the probe's articles.
import { caseTable, type Case } from "./case-table";

/** A headline, so that the sentence under test is read as a body sentence. */
const HEAD = "مؤتمر جنيف 2 حول سوريا\n";
/** A closing body sentence with no stance. */
const TAIL = "\nوتتواصل التحضيرات لعقد المؤتمر في موعده.\n";

const CASES: Case[] = [
  // An interview's headline naming the one interviewed by his title and his post, then the outlet: he answers.
  {
    why: "«السفير الإيراني في دمشق لـ‹الوطن›:»: the ambassador at his post answers the interview",
    text: "السفير الإيراني في دمشق لـ«الوطن»: نرفض الإملاءات\n\nالتقينا السفير في مكتبه، وكان لنا معه هذا الحوار:\n\n• كيف ترون نتائج الجولة الأولى؟\n- بلادنا ترفض أي شروط مسبقة على الحوار بين السوريين.\n",
    expected: ["iran geneva2_preconditions unconditional"],
  },
  {
    why: "«السفير الروسي لدى عمان لـ‹الغد›:»: the post after «لدى»",
    text: "السفير الروسي لدى عمان لـ«الغد»: الحل سياسي\n\nوهنا نص الحوار:\n\n• هل يبقى الرئيس السوري في الحكم؟\n- المطالبة برحيل الأسد قبل الانتخابات أمر غير واقعي.\n",
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "«السفير السعودي في القاهرة لـ‹الأهرام›:» then a dashed answer with no subject of its own",
    text: "السفير السعودي في القاهرة لـ«الأهرام»: لا تنازل\n\nوهنا نص الحوار:\n\n• هل تقبلون ببقاء الأسد في مرحلة انتقالية؟\n- لا مكان للأسد في مستقبل سوريا.\n",
    expected: ["saudi_arabia assad_role must_go"],
  },
  // A remark put as the question, its line opened by a marker after an earlier dashed answer: the dash answers it.
  {
    why: "«• المعارضة تقول إن موسكو تحمي النظام. ⏎ - نحن نرفض …»: a question with no question mark, answered",
    text: "السفير الروسي في بيروت لـ«النهار»: الحوار هو الطريق\n\nوهنا نص الحوار:\n\n• كيف تقيمون المحادثات؟\n- كانت صعبة لكنها مفيدة.\n\n• المعارضة تقول إن موسكو تحمي النظام.\n- نحن نرفض الشروط المسبقة من أي جهة جاءت.\n",
    expected: ["russia geneva2_preconditions unconditional"],
  },
  {
    why: "a line with no dash after the remark is the author's, its subject holds (guard)",
    text: "السفير الروسي في بيروت لـ«النهار»: الحوار هو الطريق\n\nوهنا نص الحوار:\n\n• كيف تقيمون المحادثات؟\n- كانت صعبة لكنها مفيدة.\n\n• المعارضة تقول إن موسكو تحمي النظام.\nوفي سياق آخر، رفض الائتلاف أي شروط مسبقة تفرض عليه.\n",
    expected: ["national_coalition geneva2_preconditions unconditional"],
  },
  {
    why: "«• … ⏎ - وتعلن المعارضة …»: a bullet and a dash with no interview before them (guard)",
    text: "مؤتمر جنيف 2\n\n• الائتلاف يجتمع في إسطنبول غدا.\n- وتعلن المعارضة أنها ترفض الشروط المسبقة.\n",
    expected: ["syrian_opposition geneva2_preconditions unconditional"],
  },
  // What the speaker heard from another party, «أن» after it: that party's.
  {
    why: "«نسمع من شركائنا الفرنسيين أنهم لن يقبلوا بأي دور للأسد»: the French, as Lavrov heard it",
    text: `${HEAD}وقال لافروف: «نسمع من شركائنا الفرنسيين أنهم لن يقبلوا بأي دور للأسد في المرحلة الانتقالية».${TAIL}`,
    expected: ["france assad_role must_go"],
  },
  {
    why: "«سمعنا من الأمريكيين أنهم يعارضون مشاركة إيران»: the Americans'",
    text: `${HEAD}وقال ظريف: «سمعنا من الأمريكيين أنهم يعارضون مشاركة إيران في المؤتمر».${TAIL}`,
    expected: ["usa iran_participation oppose"],
  },
  {
    why: "«سمعنا من الأميركيين كلاماً كثيراً، لكننا نرفض …»: heard with no «أن», the speaker's own (guard)",
    text: `${HEAD}وقال لافروف: «سمعنا من الأميركيين كلاما كثيرا عن المؤتمر، لكننا نرفض الشروط المسبقة».${TAIL}`,
    expected: ["russia geneva2_preconditions unconditional"],
  },
  // Those betting on his departure said to live in illusions: he stays.
  {
    why: "«الذين يعولون على تنحي الرئيس الأسد … يعيشون في الأوهام»: a plural living in illusions",
    text: `${HEAD}وقال المقداد إن «الذين يعولون على تنحي الرئيس الأسد في جنيف يعيشون في الأوهام».${TAIL}`,
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: "«المراهنين على سقوط الدولة السورية يعيشون في الأوهام»: no word of Assad (guard)",
    text: `${HEAD}وقال الجعفري إن «المراهنين على سقوط الدولة السورية يعيشون في الأوهام».${TAIL}`,
    expected: [],
  },
  {
    why: "«الذين يعيشون في الأوهام كثيرون»: illusions with no demand named (guard)",
    text: `${HEAD}وقال المقداد إن الذين يعيشون في الأوهام كثيرون، وإن الوفد الرسمي يستعد للجولة الثانية.${TAIL}`,
    expected: [],
  },
  // Iran's delegation sitting at the table as the condition of a boycott: her absence is required.
  {
    why: "«سيقاطع الجولة الثانية إذا جلس الوفد الإيراني إلى طاولتها»: the delegation, the verb masculine",
    text: `${HEAD}وقال الائتلاف إنه سيقاطع الجولة الثانية إذا جلس الوفد الإيراني إلى طاولتها.${TAIL}`,
    expected: ["national_coalition geneva2_preconditions conditional", "national_coalition iran_participation oppose"],
  },
  {
    why: "«هددت أنقرة بالانسحاب … في حال جلس الإيرانيون إلى الطاولة»: not a condition set on Iran",
    text: `${HEAD}وأفادت مصادر بأن أنقرة هددت بالانسحاب من الاجتماع في حال جلس الإيرانيون إلى الطاولة.${TAIL}`,
    expected: ["turkey geneva2_preconditions conditional", "turkey iran_participation oppose"],
  },
  {
    why: "«بتعليق مشاركتها إذا جلست إيران إلى طاولة المفاوضات»: Iran herself, the verb feminine",
    text: `${HEAD}وهددت الهيئة العليا بتعليق مشاركتها إذا جلست إيران إلى طاولة المفاوضات.${TAIL}`,
    expected: ["hnc geneva2_preconditions conditional", "hnc iran_participation oppose"],
  },
  {
    why: "«ترحب بالجميع حتى لو جلس الوفد الإيراني إلى جانب وفدها»: no boycott (guard)",
    text: `${HEAD}وقال الوزير إن بلاده ترحب بالجميع حتى لو جلس الوفد الإيراني إلى جانب وفدها.${TAIL}`,
    expected: [],
  },
  // Members of the Syrian People's Assembly speak for the state.
  {
    why: "«عضو مجلس الشعب السوري …»: an MP, the Syrian state's",
    text: `${HEAD}وقال عضو مجلس الشعب السوري خالد العبود إن الرئيس الأسد باق في منصبه.${TAIL}`,
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: "«رئيس مجلس الشعب …»: the speaker of the Assembly",
    text: `${HEAD}وأكد رئيس مجلس الشعب محمد اللحام أن رحيل الأسد ليس مطروحا على أي طاولة.${TAIL}`,
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: "«وقالت عضو مجلس الشعب السوري …»: a woman MP",
    text: `${HEAD}وقالت عضو مجلس الشعب السوري ريم حداد إن مشاركة إيران في المؤتمر ضرورية.${TAIL}`,
    expected: ["syrian_government iran_participation support"],
  },
  {
    why: "«انتخابات مجلس الشعب»: the Assembly named, no one speaking (guard)",
    text: `${HEAD}وشارك المرشحون في انتخابات مجلس الشعب بينما يطالب الائتلاف برحيل الأسد.${TAIL}`,
    expected: ["national_coalition assad_role must_go"],
  },
];

caseTable("probe 13 (round 99): interviews, heard from, illusions, Iran at the table, the People's Assembly", CASES);
