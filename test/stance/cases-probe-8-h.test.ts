// Kinds of sentence found by an eighth probe (the newest rounds, holders not found or wrong outside the cue's own
// clause): each row written for this table, not taken from the seeds, the development corpus or the probe's articles.
import { caseTable, type Case } from "./case-table";

/** A headline, so that the sentences under test are read as body sentences. */
const HEAD = "مؤتمر جنيف 2 حول سوريا\n";

/** Three numbered points of a statement, each a paragraph of its own (long, ending a sentence). */
const STATEMENT =
  "بيان هيئة التنسيق الوطنية حول المؤتمر الدولي\n\n" +
  "١- تؤكد الهيئة أن الذهاب إلى المؤتمر الدولي في جنيف يجب أن يتم من دون شروط مسبقة من أي طرف كان، لأن الشروط المسبقة تعطل الحل السياسي وتطيل معاناة السوريين في الداخل والخارج.\n\n" +
  "٢- تطالب الهيئة بدعوة كل الدول المؤثرة في الملف السوري إلى المؤتمر، وفي مقدمتها إيران، لأن غياب أي منها يضعف فرص التوصل إلى تسوية سياسية شاملة ودائمة للأزمة السورية.\n\n" +
  "٣- تدعو الهيئة الدولتين الراعيتين إلى الضغط على جميع الأطراف لوقف العنف وإطلاق سراح المعتقلين، كخطوات ضرورية لبناء الثقة قبل انعقاد المؤتمر وخلال جلساته.";

const CASES: Case[] = [
  // A source named by his role alone after he was named as one in a body.
  {
    why: "«مصدر مسؤول في وزارة الخارجية السورية … . وأضاف المصدر»: the source of the body named before",
    text: `${HEAD}صرح مصدر مسؤول في وزارة الخارجية السورية بأن دمشق ستحضر الاجتماع. وأضاف المصدر أن "حضور الجمهورية الإسلامية الإيرانية ضروري لنجاح المؤتمر".`,
    expected: ["syrian_government iran_participation support"],
  },
  {
    why: "the source's body named again since («، مؤكداً تمسك دمشق …»), and a phrase before the verb («وفي ما يخص …، أكد المصدر»)",
    text: `${HEAD}نقلت الوكالة عن مصدر رسمي في الخارجية السورية قوله إن الوفد جاهز، مؤكداً تمسك دمشق بالحل السياسي.\n\nوفي ما يخص الدول المدعوة، أكد المصدر أن "مشاركة إيران في المؤتمر ضرورة لا غنى عنها".`,
    expected: ["syrian_government iran_participation support"],
  },
  {
    why: "«وأكد المصدر» with no source named before is no one the lexicon knows, not Iran (guard)",
    text: `${HEAD}وأكد المصدر أن "مشاركة إيران في المؤتمر ضرورة لا غنى عنها".`,
    expected: [],
  },
  {
    why: "«وأضاف المصدر» after another speaker (a French minister) is not carried back to the source (guard)",
    text: `${HEAD}صرح مصدر مسؤول في وزارة الخارجية السورية بأن دمشق ستحضر الاجتماع. وقال وزير الخارجية الفرنسي لوران فابيوس إن باريس تتابع التحضيرات. وأضاف المصدر أن "حضور إيران ضروري".`,
    expected: [],
  },
  {
    why: "«من يسعى إلى إقصاء إيران يضر بالمؤتمر»: whoever seeks her exclusion is no one named, not the speaker",
    text: `${HEAD}وقال لافروف إن "مشاركة إيران مهمة، ومن يسعى إلى إقصاء إيران يضر بالمؤتمر".`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "«واشنطن هي من يسعى إلى إقصاء إيران»: a cleft names who seeks it (guard)",
    text: `${HEAD}وقال لافروف إن واشنطن هي من يسعى إلى إقصاء إيران عن المؤتمر.`,
    expected: ["usa iran_participation oppose"],
  },
  // A statement's numbered points, its bare name for itself.
  {
    why: "a statement's numbered points, each a paragraph, are its text (not a table of contents); «الهيئة» is the body it names",
    text: STATEMENT,
    expected: ["ncb geneva2_preconditions unconditional", "ncb iran_participation support"],
  },
  {
    why: "short numbered headlines under «اقرأ أيضا» are still a table of contents (guard)",
    text: `${HEAD}اقرأ أيضا\n1. لافروف: لا شروط مسبقة للحوار\n2. الائتلاف يرفض مشاركة إيران\n3. الإبراهيمي: الموعد نهائي\nنص الخبر هنا عن أمر آخر.`,
    expected: [],
  },
  {
    why: "«الجامعة» alone, in an article that names the Arab League in full, is the League",
    text: `${HEAD}اجتمع مجلس جامعة الدول العربية أمس في القاهرة.\n\nوقال مسؤول رفيع إن الجامعة "تدعو إلى عقد المؤتمر من دون شروط مسبقة".`,
    expected: ["arab_league geneva2_preconditions unconditional"],
  },
  {
    why: "«الجامعة» alone where the League is never named in full is no one (guard)",
    text: `${HEAD}وقال مسؤول رفيع إن الجامعة "تدعو إلى عقد المؤتمر من دون شروط مسبقة".`,
    expected: [],
  },
  {
    why: "«الجامعة الأمريكية», a university, is not the League (guard)",
    text: `${HEAD}اجتمع مجلس جامعة الدول العربية أمس في القاهرة.\n\nوقال أستاذ في الجامعة الأمريكية إن المؤتمر يجب أن يعقد دون شروط مسبقة.`,
    expected: [],
  },
  // A second party in a joined clause, by a bare demonstrative.
  {
    why: "«تطالب الرياض باستبعاد إيران، لكن موسكو ترفض ذلك»: rejecting her exclusion wants her there",
    text: `${HEAD}وتطالب الرياض باستبعاد إيران من المؤتمر، لكن موسكو ترفض ذلك.`,
    expected: ["russia iran_participation support", "saudi_arabia iran_participation oppose"],
  },
  {
    why: "«تؤيد موسكو مشاركة إيران، بينما تعترض باريس على ذلك»: objecting to her taking part",
    text: `${HEAD}وتؤيد موسكو مشاركة إيران في المؤتمر، بينما تعترض باريس على ذلك بشدة.`,
    expected: ["france iran_participation oppose", "russia iran_participation support"],
  },
  {
    why: "«تعترض باريس على ذلك» with no position on Iran before it in the sentence takes up nothing (guard)",
    text: `${HEAD}وقال الوزير إن المعارضة ستحضر، بينما تعترض باريس على ذلك.`,
    expected: [],
  },
  // Speakers named by role, title or honorific.
  {
    why: "«ويرى ديبلوماسيون غربيون أن …»: unnamed diplomats speak, not the envoy named before",
    text: `${HEAD}وكان المبعوث الأممي الأخضر الإبراهيمي قال إن موعد المؤتمر نهائي.\n\nويرى ديبلوماسيون غربيون أن الخلاف على مشاركة إيران قد يتحول إلى العقدة الرئيسية.`,
    expected: [],
  },
  {
    why: "«ويرى الإبراهيمي أن …» is the envoy's (guard)",
    text: `${HEAD}وكان المبعوث الأممي الأخضر الإبراهيمي قال إن موعد المؤتمر نهائي.\n\nويرى الإبراهيمي أن مشاركة إيران في المؤتمر ضرورية.`,
    expected: ["un iran_participation support"],
  },
  {
    why: "«قال سعادته»: the honorific stands for the minister named before; refused, then let in on what she must do first",
    text: `${HEAD}وقال وزير الخارجية القطري خالد العطية إن بلاده تدعم الشعب السوري. وحول دعوة إيران، قال سعادته إن "إيران لا يمكن أن تجلس على الطاولة، فإن أرادت الحضور فعليها أولاً أن تسحب قواتها من سوريا".`,
    expected: ["qatar iran_participation conditional"],
  },
  {
    why: "refused with no condition after it stays a refusal (guard)",
    text: `${HEAD}وقال وزير الخارجية القطري خالد العطية إن "إيران لا يمكن أن تجلس على الطاولة".`,
    expected: ["qatar iran_participation oppose"],
  },
  // Others' objects and unnamed agents.
  {
    why: "«يدعو الوزراء إيران إلى …، ويرون أن أي دور لطهران مرهون …»: Iran is the ministers' object, not the holder",
    text: `${HEAD}يدعو الوزراء إيران إلى سحب قواتها من سوريا، ويرون أن أي دور لطهران في العملية السياسية مرهون بذلك.`,
    expected: [],
  },
  {
    why: "ministers of states attending a group's meeting («اجتماع مجموعة أصدقاء سوريا الذي شارك فيه وزراء خارجية …») are the group",
    text: `${HEAD}عقد في لندن اجتماع مجموعة أصدقاء سوريا الذي شارك فيه وزراء خارجية بريطانيا وفرنسا وتركيا.\n\nويرى الوزراء أن أي دور لطهران في العملية السياسية مرهون بقبولها العلني لبيان جنيف.`,
    expected: ["friends_of_syria iran_participation conditional"],
  },
  {
    why: "ministers of states listed with no group's meeting named are those states (guard)",
    text: `${HEAD}وشارك في الاجتماع وزراء خارجية بريطانيا وفرنسا وتركيا.\n\nويرى الوزراء أن أي دور لطهران في العملية السياسية مرهون بقبولها العلني لبيان جنيف.`,
    expected: ["france iran_participation conditional", "turkey iran_participation conditional", "uk iran_participation conditional"],
  },
  {
    why: "«اشتراط المشاركين في الاجتماع رحيل الأسد»: the demand of those gathered, unnamed, is not the speaker's",
    text: `${HEAD}صرح مصدر مسؤول في وزارة الخارجية السورية بأن دمشق ستحضر. وقال المصدر إن "اشتراط المشاركين في الاجتماع رحيل الرئيس الأسد يكشف نواياهم".`,
    expected: [],
  },
  {
    why: "that demand called unrealistic is the describer's refusal of it, read once («مطالبة المجتمعين … بأنها غير واقعية»)",
    text: `${HEAD}ووصفت الخارجية الروسية مطالبة المجتمعين في الدوحة برحيل الأسد بأنها غير واقعية.`,
    expected: ["russia assad_role may_stay"],
  },
  // An interviewer's question.
  {
    why: "a condition for attending put to the Iranian interviewed («رفضكم القبول … كشرط للحضور») is on Iran's taking part",
    text: `ظريف لقناة الميادين: لن نقبل أي شرط لحضورنا\n\nالميادين: كيف تقرأون سحب الدعوة؟\n\nظريف: الأمين العام تراجع تحت الضغط.\n\nالميادين: واشنطن تقول إن المشكلة هي رفضكم القبول ببيان جنيف كشرط للحضور.\n\nظريف: هذا غير صحيح.`,
    expected: ["iran geneva2_preconditions unconditional", "usa iran_participation conditional"],
  },
  {
    why: "the same question put to the opposition's leader is about its own attending (guard)",
    text: `الجربا لقناة الميادين: لن نذهب إلى جنيف بلا ضمانات\n\nالميادين: كيف تقرأون الموقف؟\n\nالجربا: الموقف واضح.\n\nالميادين: واشنطن تقول إن المشكلة هي رفضكم القبول ببيان جنيف كشرط للحضور.\n\nالجربا: هذا غير صحيح.`,
    expected: ["usa geneva2_preconditions conditional"],
  },
];

caseTable("probe 8 (h): holders outside the cue's clause", CASES);
