// Kinds of sentence found by an eighth probe (cues that nobody held, in the held-out rounds r34-r58): the speaker named
// before his verb with a clause between, or by a name the lexicon lacked. Each row written for this table, not taken
// from the seeds, the development corpus or the probe's articles.
import { caseTable, type Case } from "./case-table";

/** A headline, so that the sentence under test is read as a body sentence. */
const HEAD = "مؤتمر جنيف 2 حول سوريا\n";

const CASES: Case[] = [
  // A relative clause on the one just named.
  {
    why: "«…، الذي أكد أن …»: the one named before a relative clause is its verb's subject",
    text: `${HEAD}والتقى الوزير القطري وزير الخارجية الفرنسي لوران فابيوس، الذي أكد أن الأسد لا مكان له في مستقبل سوريا.`,
    expected: ["france assad_role must_go"],
  },
  {
    why: "«الذين ما زالوا يكررون أن …»: a plural relative clause with its auxiliary of going on",
    text: `${HEAD}الأميركيون، الذين ما زالوا يكررون أن الأسد لا مكان له في مستقبل سوريا، يعرفون صعوبة ذلك.`,
    expected: ["usa assad_role must_go"],
  },
  {
    why: "a relative clause telling what the one named did lends its subject to no later verb: the coalition named inside it does not call for her; the body before it, the verb's subject, does",
    text: `${HEAD}وكانت هيئة التنسيق الوطنية، التي رفضت الانضمام إلى وفد الائتلاف، قد دعت في وقت سابق إلى حضور إيران المؤتمر.`,
    expected: ["ncb iran_participation support"],
  },
  // «أما» with a long title, a verb of going on, a parenthesis.
  {
    why: "«أما» before a title of five words and the name, taken up by «، فقال»",
    text: `${HEAD}أما الأمين العام لحزب الله السيد حسن نصرالله، فقال إن الرهان على رحيل الأسد رهان خاسر.`,
    expected: ["hezbollah assad_role may_stay"],
  },
  {
    why: "«فقد ظل … يؤكد أن»: the subject of a verb of going on says what follows",
    text: `${HEAD}أما المبعوث الأممي الأخضر الإبراهيمي فقد ظل طوال الأسابيع الماضية يؤكد أن حضور إيران ضروري.`,
    expected: ["un iran_participation support"],
  },
  {
    why: "«بدا حازماً … حين أكد أن»: what he seemed, then when he said it",
    text: `${HEAD}لوران فابيوس بدا حازما في المؤتمر الصحفي حين أكد أن الأسد لا مكان له في مستقبل سوريا.`,
    expected: ["france assad_role must_go"],
  },
  {
    why: "«كان … واضحاً في خطابه حين دعا إلى …»: what he was, then when he said it",
    text: `${HEAD}وكان السيد حسن نصر الله صريحا في كلمته حين دعا إلى الذهاب إلى المؤتمر "من دون شروط مسبقة".`,
    expected: ["hezbollah geneva2_preconditions unconditional"],
  },
  {
    why: "«وفد الائتلاف، من جهته، أكد»: a party's delegation opening the sentence, a parenthesis before its verb",
    text: `${HEAD}وفد الائتلاف، من جهته، أكد أن الأسد لا مكان له في المرحلة الانتقالية.`,
    expected: ["national_coalition assad_role must_go"],
  },
  // Verbs of saying the list lacked.
  {
    why: "«يرددون» (they repeat), a plural verb of saying",
    text: `${HEAD}الروس يرددون في كل مناسبة أن مصير الأسد يقرره السوريون وحدهم.`,
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "«قالها» (said it), then a colon and what he said",
    text: `${HEAD}وزير الخارجية الأميركي جون كيري قالها بوضوح أمام الصحفيين: لا مكان للأسد في مستقبل سوريا.`,
    expected: ["usa assad_role must_go"],
  },
  // What the sentence is about, put first.
  {
    why: "«وبشأن مستقبل الرئيس السوري قال المسؤول الإيراني»: the one named in the fronted topic is spoken of",
    text: `${HEAD}وبشأن مستقبل الرئيس السوري قال المسؤول الإيراني: "ليس من شأن إيران ولا من شأن أي دولة أجنبية أن تحدد من يحكم سوريا".`,
    expected: ["iran assad_role neutral"],
  },
  {
    why: "«وعن رحيل الأسد قال لافروف»: Lavrov speaks, not Assad",
    text: `${HEAD}وعن رحيل الأسد قال لافروف إن الأسد لن يرحل.`,
    expected: ["russia assad_role may_stay"],
  },
  // Officials and bodies of the period the lexicon lacked.
  {
    why: "Hezbollah's deputy secretary-general by title and name",
    text: `${HEAD}وقال نائب الأمين العام لحزب الله الشيخ نعيم قاسم إن مشاركة إيران في المؤتمر ضرورية.`,
    expected: ["hezbollah iran_participation support"],
  },
  {
    why: "the Majlis committee's chairman named alone",
    text: `${HEAD}وقال علاء الدين بروجردي للصحفيين إن أي مؤتمر من دون إيران لن ينجح.`,
    expected: ["iran iran_participation support"],
  },
  {
    why: "the Saudi cabinet speaks for the kingdom",
    text: `${HEAD}وشدد مجلس الوزراء السعودي في جلسته على أن الأسد لا مكان له في مستقبل سوريا.`,
    expected: ["saudi_arabia assad_role must_go"],
  },
  {
    why: "Hezbollah's parliamentary bloc speaks for it",
    text: `${HEAD}ورأت كتلة الوفاء للمقاومة أن استبعاد إيران عن المؤتمر يفقده جدواه.`,
    expected: ["hezbollah iran_participation support"],
  },
  // Guards of cues the new holders reached.
  {
    why: "«مشروطة بأي حال» (conditioned in any way), refused, sets no condition",
    text: `${HEAD}وأكدت طهران أنها لن تقبل دعوة مشروطة بأي حال.`,
    expected: ["iran geneva2_preconditions unconditional"],
  },
  {
    why: "«مشروطة بإطلاق سراح المعتقلين» is still a condition (guard)",
    text: `${HEAD}وقال الجربا إن مشاركة الائتلاف مشروطة بإطلاق سراح المعتقلين.`,
    expected: ["national_coalition geneva2_preconditions conditional"],
  },
  {
    why: "«الذين راهنوا على سقوط الأسد»: a bet of unnamed others is not the speaker's demand; said to be lost, it is his keeping him",
    text: `${HEAD}وقال بروجردي إن الذين راهنوا على سقوط الأسد خسروا رهانهم.`,
    expected: ["iran assad_role may_stay"],
  },
];

caseTable("Eighth probe (N): speakers named before a clause, verbs of saying, fronted topics, officials of the period", CASES);
