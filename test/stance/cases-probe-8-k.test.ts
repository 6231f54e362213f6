// Kinds of sentence found by an eighth probe (the newest held-out rounds, r59-r61): cues misread as conditions or
// missed for run-together spelling. Each row written for this table, not taken from the seeds, the development
// corpus or the probe's articles.
import { caseTable, type Case } from "./case-table";

/** A headline, so that the sentence under test is read as a body sentence. */
const HEAD = "مؤتمر جنيف 2 حول سوريا\n";

const CASES: Case[] = [
  // Demands carried to the table or backed: an agenda or solidarity, not terms of attending.
  {
    why: "«حاملاً مطالب …»: demands carried to the talks are their agenda",
    text: `${HEAD}وقال وزير الإعلام السوري إن الوفد سيتوجه إلى جنيف حاملاً مطالب السوريين بمكافحة الإرهاب.`,
    expected: [],
  },
  {
    why: "«تقف مع مطالب الهيئة»: backing another party's demands sets none",
    text: `${HEAD}وأكدت الخارجية السعودية أن المملكة تقف مع مطالب المعارضة السورية المشروعة.`,
    expected: [],
  },
  {
    why: "«يدعم مطالب …»: the same with a verb of supporting",
    text: `${HEAD}وقال الوزير التركي إن بلاده تدعم مطالب الشعب السوري في المفاوضات.`,
    expected: [],
  },
  {
    why: "demands one will not attend without are still terms of attending (guard)",
    text: `${HEAD}وقال الجربا إن الائتلاف لن يشارك في المؤتمر قبل تلبية مطالبه بوقف القصف.`,
    expected: ["national_coalition geneva2_preconditions conditional"],
  },
  // What the talks' success hangs on.
  {
    why: "«نجاح المؤتمر مرهون بـ…»: a condition of success, not of attending",
    text: `${HEAD}وقال المقداد إن نجاح المؤتمر مرهون بوقف الدول الداعمة للإرهاب تدخلها.`,
    expected: [],
  },
  {
    why: "«مشاركتنا مرهونة بـ…»: attending hangs on it (guard)",
    text: `${HEAD}وقال رئيس الائتلاف إن مشاركتنا في المؤتمر مرهونة بفك الحصار عن المدن.`,
    expected: ["national_coalition geneva2_preconditions conditional"],
  },
  // A verb of conditioning and its terms: one cue, turned by the negation that reaches the verb.
  {
    why: "«لا يحق لأي طرف أن يربط حضوره بشروط»: conditions rejected, and no condition set",
    text: `${HEAD}وقال المبعوث الأممي إنه لا يحق لأي طرف أن يربط حضوره بشروط مسبقة.`,
    expected: ["un geneva2_preconditions unconditional"],
  },
  {
    why: "«قرر أن يربط حضوره بـ…»: the verb sets the condition (guard)",
    text: `${HEAD}وقال المتحدث إن الائتلاف قرر أن يربط حضوره بوقف القصف.`,
    expected: ["national_coalition geneva2_preconditions conditional"],
  },
  // Run-together negation.
  {
    why: "«لامكان للأسد» as scraped copy writes «لا مكان»",
    text: `${HEAD}وقال وزير الخارجية التركي إن الحل هيئة انتقالية لامكان فيها للأسد.`,
    expected: ["turkey assad_role must_go"],
  },
  {
    why: "«لامكان» of something else is no role of Assad (guard)",
    text: `${HEAD}وقال وزير الخارجية التركي إن الإرهاب لامكان له في سوريا المستقبل.`,
    expected: [],
  },
];

caseTable("probe 8-k: demands, success terms, conditioning verbs, run-together negation", CASES);
