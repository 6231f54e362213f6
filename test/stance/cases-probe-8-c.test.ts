// Kinds of sentence found by an eighth probe (the rounds r53-r58, read for positions worded without the usual cue
// words): each row written for this table, not taken from the seeds, the development corpus or the probe's articles.
import { caseTable, type Case } from "./case-table";

/** A headline, so that the sentence under test is read as a body sentence. */
const HEAD = "مؤتمر جنيف 2 حول سوريا\n";

const CASES: Case[] = [
  // Attending refused but on a footing or with guarantees.
  {
    why: "«لن يشارك … إلا على أساس …»: the footing is the condition",
    text: `${HEAD}وقال المتحدث باسم الائتلاف الوطني السوري إن الائتلاف لن يشارك في المفاوضات إلا على أساس بيان جنيف الأول.`,
    expected: ["national_coalition geneva2_preconditions conditional"],
  },
  {
    why: "«لن نذهب إلى جنيف دون ضمانات …»: guarantees first",
    text: `${HEAD}وقالت هيئة التنسيق الوطنية إنها لن تذهب إلى جنيف دون ضمانات دولية بوقف القصف.`,
    expected: ["ncb geneva2_preconditions conditional"],
  },
  {
    why: "«سيذهب إلى جنيف دون شروط مسبقة» stays unconditional (guard)",
    text: `${HEAD}وقال نائب وزير الخارجية السوري إن الوفد الحكومي سيذهب إلى جنيف دون شروط مسبقة.`,
    expected: ["syrian_government geneva2_preconditions unconditional"],
  },
  // A demand to be met before the talks start.
  {
    why: "«طالب بـ… قبل انطلاق المفاوضات»: what must come first is a condition",
    text: `${HEAD}وطالبت الهيئة العليا للمفاوضات بفك الحصار عن المدن قبل انطلاق المفاوضات.`,
    expected: ["hnc geneva2_preconditions conditional"],
  },
  {
    why: "«يطالب بإجراءات لبناء الثقة قبل بدء العملية التفاوضية»",
    text: `${HEAD}وقال الائتلاف الوطني السوري إنه يطالب بإجراءات لبناء الثقة قبل بدء العملية التفاوضية.`,
    expected: ["national_coalition geneva2_preconditions conditional"],
  },
  {
    why: "a call to a step of the talks before they start («دعا الوفدين إلى الاجتماع قبل بدء المفاوضات») sets none (guard)",
    text: `${HEAD}ودعا المبعوث الأممي الوفدين إلى لقاء تمهيدي قبل بدء المفاوضات المباشرة.`,
    expected: [],
  },
  {
    why: "news of arriving before the talks start sets none (guard)",
    text: `${HEAD}وأكد نائب وزير الخارجية السوري أن الوفد الحكومي سيصل إلى جنيف قبل بدء المفاوضات بيوم.`,
    expected: [],
  },
  // Not on the table.
  {
    why: "«بقاء الأسد ليس مطروحاً»: his staying kept off the table is his going",
    text: `${HEAD}وقال وزير الخارجية الفرنسي إن بقاء الأسد في السلطة ليس مطروحا في أي تسوية.`,
    expected: ["france assad_role must_go"],
  },
  {
    why: "«بقاؤه أو رحيله غير مطروح على طاولة أحد»: his fate either way kept off the table is his staying",
    text: `${HEAD}وقال وزير الإعلام السوري إن مسألة بقاء الرئيس أو رحيله غير مطروحة على طاولة أحد.`,
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: "«دون شروط مسبقة و… غير مطروح للنقاش»: a predicate after «و» does not turn the conditions back; the presidency off the table is his staying (guard)",
    text: `${HEAD}وقال نائب وزير الخارجية السوري إن الوفد سيتوجه إلى جنيف دون شروط مسبقة و مقام الرئاسة غير مطروح للنقاش.`,
    expected: ["syrian_government assad_role may_stay", "syrian_government geneva2_preconditions unconditional"],
  },
  {
    why: "«بقاء الرئيس ليس مطروحاً للنقاش»: not up for discussion is a given, his staying",
    text: `${HEAD}وقال وزير الخارجية السوري إن بقاء الرئيس بشار الأسد ليس مطروحا للنقاش في جنيف.`,
    expected: ["syrian_government assad_role may_stay"],
  },
  // A partner refused.
  {
    why: "«لا يمكن أن يكون الأسد شريكاً في المرحلة الانتقالية»",
    text: `${HEAD}وقال وزير الخارجية التركي إن الأسد لا يمكن أن يكون شريكا في المرحلة الانتقالية.`,
    expected: ["turkey assad_role must_go"],
  },
  {
    why: "«عاد الأسد شريكاً …» describes him, wants no role (guard)",
    text: `${HEAD}وقال المحلل إن الأسد عاد شريكا في الحرب على الإرهاب بعد الاتفاق على الملف الكيميائي.`,
    expected: [],
  },
  // Iran at the table: the time has come, or it is in the interest of the solution.
  {
    why: "«الوقت قد حان لأن تكون إيران على الطاولة»",
    text: `${HEAD}وقال وزير الخارجية الروسي إن الوقت قد حان لأن تكون إيران على الطاولة.`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "«إيران دولة مؤثرة، ومن مصلحة الحل أن تكون على الطاولة»",
    text: `${HEAD}وقال المنسق العام لهيئة التنسيق الوطنية: إيران دولة مؤثرة، ومن مصلحة الحل أن تكون حاضرة في المؤتمر.`,
    expected: ["ncb iran_participation support"],
  },
  {
    why: "«ليس من مصلحة أحد أن تكون على الطاولة» wants her away",
    text: `${HEAD}وقال وزير الخارجية السعودي إن إيران دولة معتدية، وليس من مصلحة أحد أن تكون على الطاولة.`,
    expected: ["saudi_arabia iran_participation oppose"],
  },
];

caseTable("cases found by the eighth probe (positions without the usual cue words)", CASES);
