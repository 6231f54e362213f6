// Kinds of precondition the probe rounds missed: one who sets preconditions judged as not wanting peace or talks
// («من يضع شروطاً مسبقة لا يريد السلام»: the judge rejects them); refusing any talks whose relative clause keeps
// Assad («لن يشارك في أي مسار يبقي الأسد في السلطة»: a condition of attending); and a demand or a deadline closed by
// «وإلا» before walking out («أمهل الائتلاف المنظمة … وإلا فإنه سيسحب مشاركته»). Each row written for this table,
// not taken from the seeds, the development corpus or the probe's articles.
import { caseTable, type Case } from "./case-table";

/** A headline, so that the sentence under test is read as a body sentence. */
const HEAD = "مؤتمر جنيف 2 حول سوريا\n";
/** A closing body sentence with no stance. */
const TAIL = "\nوتتواصل التحضيرات لعقد المؤتمر في موعده.\n";

const CASES: Case[] = [
  // «من يضع شروطاً … لا يريد السلام/التفاوض/الحوار»: as «لا يريد حلاً», a rejecting predicate.
  {
    why: "«من يضع شروطاً مسبقة على الحوار لا يريد السلام»: the judge rejects the preconditions",
    text: `${HEAD}وقال وزير الخارجية الروسي للصحافيين إن من يضع شروطا مسبقة على الحوار لا يريد السلام في سوريا.${TAIL}`,
    expected: ["russia geneva2_preconditions unconditional"],
  },
  {
    why: "«كل من يضع شروطاً قبل الجلوس إلى الطاولة لا يريد التفاوض»",
    text: `${HEAD}وأكد ظريف في مؤتمر صحافي أن كل من يضع شروطا قبل الجلوس إلى الطاولة لا يريد التفاوض.${TAIL}`,
    expected: ["iran geneva2_preconditions unconditional"],
  },
  {
    why: "«لا يريد الحوار»: the dialogue as the peace",
    text: `${HEAD}ورأى المقداد أن من يضع شروطا مسبقة على المؤتمر لا يريد الحوار أصلا.${TAIL}`,
    expected: ["syrian_government geneva2_preconditions unconditional"],
  },
  {
    why: "«بعض الأطراف لا تريد السلام» with no conditions named: no stance (guard)",
    text: `${HEAD}وقال لافروف إن بعض الأطراف الإقليمية لا تريد السلام في سوريا.${TAIL}`,
    expected: [],
  },
  // «لن يشارك في أي <talks> <relative clause keeping him>»: a condition of attending, beside the stance on him.
  {
    why: "«لن يشارك في أي مسار يبقي الأسد في الحكم»: conditional, and must_go as before",
    text: `${HEAD}وشدد رئيس الائتلاف في بيان على أن الائتلاف لن يشارك في أي مسار يبقي الأسد في الحكم.${TAIL}`,
    expected: ["national_coalition assad_role must_go", "national_coalition geneva2_preconditions conditional"],
  },
  {
    why: "«لن تشارك في أي عملية يكون فيها للأسد دور»: his role in the relative clause",
    text: `${HEAD}وقالت الهيئة العليا للمفاوضات في بيان إنها لن تشارك في أي عملية يكون فيها للأسد دور.${TAIL}`,
    expected: ["hnc assad_role must_go", "hnc geneva2_preconditions conditional"],
  },
  {
    why: "«لن يقبل أي حل يبقي الأسد»: accepting a settlement is not attending talks (guard)",
    text: `${HEAD}وقال الجربا إن الائتلاف لن يقبل أي حل يبقي الأسد في السلطة.${TAIL}`,
    expected: ["national_coalition assad_role must_go"],
  },
  {
    why: "«لن تشارك في أي مفاوضات تناقش رحيل الأسد»: his going, not his staying, is not this kind (guard)",
    text: `${HEAD}وقال المعلم إن الحكومة لن تشارك في أي مفاوضات تناقش رحيل الأسد.${TAIL}`,
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: "«لن يشارك في أي مفاوضات تعقد في موسكو»: a relative clause with no word of him (guard)",
    text: `${HEAD}وقال الجربا إن الائتلاف لن يشارك في أي مفاوضات تعقد في موسكو.${TAIL}`,
    expected: [],
  },
  {
    why: "«لن يشارك في أي حكومة يكون فيها للأسد دور»: a government is not talks to attend (guard)",
    text: `${HEAD}وقال الجربا إن الائتلاف لن يشارك في أي حكومة يكون فيها للأسد دور.${TAIL}`,
    expected: ["national_coalition assad_role must_go"],
  },
  // A demand or a deadline, then «وإلا» and walking out: the one demanding sets a condition of attending.
  {
    why: "«أمهلت الهيئة المبعوث ثلاثة أيام …، وإلا فإنها ستقاطع الجولة»",
    text: `${HEAD}وأمهلت الهيئة العليا للمفاوضات المبعوث الدولي ثلاثة أيام لفك الحصار عن المدن، وإلا فإنها ستقاطع الجولة المقبلة.${TAIL}`,
    expected: ["hnc geneva2_preconditions conditional"],
  },
  {
    why: "«بعدما أمهل الائتلاف الأمم المتحدة يومين …، وإلا …»: the one giving the deadline, not the party before «بعدما»",
    text: `${HEAD}وجاء تأجيل الجلسة بعدما أمهل الائتلاف الأمم المتحدة يومين للإفراج عن المعتقلين، وإلا فإنه سيعلق مشاركته في المفاوضات.${TAIL}`,
    expected: ["national_coalition geneva2_preconditions conditional"],
  },
  {
    why: "«وكان الائتلاف قد طالب بوقف القصف، وإلا فإنه لن يذهب إلى جنيف»: the subject before «قد» (SV)",
    text: `${HEAD}وكان الائتلاف قد طالب بوقف القصف الجوي على الأحياء السكنية، وإلا فإنه لن يذهب إلى جنيف.${TAIL}`,
    expected: ["national_coalition geneva2_preconditions conditional"],
  },
  {
    why: "«وإلا فإن الحرب ستستمر»: no walking out after «وإلا» (guard)",
    text: `${HEAD}وقال الجربا إن الائتلاف يريد حلا سياسيا عادلا، وإلا فإن الحرب ستستمر.${TAIL}`,
    expected: [],
  },
  {
    why: "«سيشارك في المؤتمر، وإلا لما جاء»: «وإلا» of a counterfactual, no condition (guard)",
    text: `${HEAD}وقال المعلم إن الوفد الحكومي سيشارك في المؤتمر، وإلا لما جاء إلى سويسرا.${TAIL}`,
    expected: [],
  },
];

caseTable("review 14 (preconditions: «لا يريد السلام»; «لن يشارك في أي مسار يبقي الأسد»; «وإلا فإنه سيسحب مشاركته»)", CASES);
