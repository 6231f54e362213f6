// Speakers not tied to what they say, found by an eighth probe (the newest held-out rounds r59-r61): each row
// written for this table, not taken from the seeds, the development corpus or the probe's articles.
import { caseTable, type Case } from "./case-table";

/** A headline, so that the sentence under test is read as a body sentence. */
const HEAD = "مؤتمر جنيف 2 حول سوريا\n";

const CASES: Case[] = [
  // «وتابع:» after a reported clause whose plural verb has the one told after it.
  {
    why: "«أبلغوا الأمم المتحدة»: the one told is no speaker, so «وتابع» goes on with the minister",
    text: `${HEAD}وقال وزير الخارجية الروسي إن الحل سياسي. وانتقد الوزير الروسي المعارضة، مشيرا إلى أن قادتها أبلغوا الأمم المتحدة بأنهم لن يحضروا. وتابع: "نحن نرفض أي شروط مسبقة".`,
    expected: ["russia geneva2_preconditions unconditional"],
  },
  {
    why: "guard: a plural verb with its subject named before it still speaks («المعارضون أبلغوا …»)",
    text: `${HEAD}وقال مسؤولون في الائتلاف الوطني إنهم أبلغوا الأمم المتحدة بأنهم سيحضرون المؤتمر دون شروط مسبقة.`,
    expected: ["national_coalition geneva2_preconditions unconditional"],
  },
  {
    why: "«لا يضيف إلى مصداقية الأمم المتحدة» is no speech of the UN's: «وتابع» is still Lavrov's",
    text: `${HEAD}وقال لافروف إن "سحب الدعوة لا يضيف إلى مصداقية الأمم المتحدة". وتابع: "نحن نرفض أي شروط مسبقة".`,
    expected: ["russia geneva2_preconditions unconditional"],
  },
  // «الرجل» opening a sentence.
  {
    why: "«الرجل» opening the sentence is the person named in the one before",
    text: `${HEAD}لم يبدل وزير الخارجية الفرنسي لوران فابيوس كلمة من موقفه. الرجل وقف أمام الكاميرات ليقول إن الأسد لا يمكن أن يكون جزءا من المرحلة الانتقالية.`,
    expected: ["france assad_role must_go"],
  },
  {
    why: "guard: «الرجل» after a sentence naming no person has no one to stand for",
    text: `${HEAD}اجتمعت المعارضة في الرياض أمس. الرجل خرج ليقول إن الأسد لا يمكن أن يكون جزءا من المرحلة الانتقالية.`,
    expected: [],
  },
  {
    why: "guard: «الرجل» later in a sentence that names its own speaker changes nothing",
    text: `${HEAD}التقى فابيوس بالصحافيين. وقال كيري إن الأسد لا يمكن أن يكون جزءا من المرحلة الانتقالية، وإن الرجل فقد شرعيته.`,
    expected: ["usa assad_role must_go"],
  },
  // A verb of saying for the purpose of another verb.
  {
    why: "«أما X فخرج … ليكرر:» is X's saying",
    text: `${HEAD}أما هاموند فخرج إلى الصحافيين ليكرر: الأسد سيرحل، ولا مكان له في مستقبل سوريا.`,
    expected: ["uk assad_role must_go"],
  },
  {
    why: "«X خرج ليقول إن …»: the opening subject speaks",
    text: `${HEAD}داود أوغلو خرج من الاجتماع ليقول إن الأسد لا يمكن أن يكون جزءا من المرحلة الانتقالية.`,
    expected: ["turkey assad_role must_go"],
  },
  {
    why: "guard: after «إن» the opening name reports, and the one inside says nothing of his own",
    text: `${HEAD}قال كيري إن المعارضة لن تحضر، لتؤكد بذلك موقفها السابق.`,
    expected: [],
  },
  // A periphrasis for a foreign minister.
  {
    why: "«رئيس الدبلوماسية الإيرانية» is the Iranian foreign minister",
    text: `${HEAD}وقال رئيس الدبلوماسية الإيرانية إن الحديث عن رحيل الرئيس الأسد قبل أي انتخابات وهم.`,
    expected: ["iran assad_role may_stay"],
  },
];

caseTable("Eighth probe (g): speakers carried by «وتابع», «الرجل», a purpose verb and a periphrasis", CASES);
