// Kinds found by probe round r128: Assad's having no part «في أي حل / أي مرحلة» (the noun indefinite after «أي») after
// what he is said to be first; the UN's withdrawal of the invitation told by the past verb after its subject («بان كي
// مون (نفسه / قد) سحب الدعوة التي وجهها …»); and attempts at conditions named by an instance on «كـ» or «وفي
// مقدمتها», or attempts to make his going a condition («محاولات جعل رحيل الأسد شرطاً»). Each row written for this
// table, not taken from the seeds, the development corpus or the probe's articles.
import { caseTable, type Case } from "./case-table";

/** A headline, so that the sentence under test is read as a body sentence. */
const HEAD = "مؤتمر جنيف 2 حول سوريا\n";
/** A closing body sentence with no stance. */
const TAIL = "\nوتتواصل التحضيرات لعقد المؤتمر في موعده.\n";

const CASES: Case[] = [
  // «الأسد هو أصل المشكلة، ولا يمكن أن يكون جزءاً من أي حل»: the noun after «أي» is indefinite.
  {
    why: "«الأسد هو سبب الأزمة، ولا يمكن أن يكون جزءاً من أي تسوية»",
    text: `${HEAD}وقال الجربا إن الأسد هو سبب الأزمة، ولا يمكن أن يكون جزءاً من أي تسوية.${TAIL}`,
    expected: ["national_coalition assad_role must_go"],
  },
  {
    why: "«الأسد هو أصل المشكلة، ولن يكون جزءاً من أي مرحلة انتقالية»",
    text: `${HEAD}وأكد فابيوس أن الأسد هو أصل المشكلة، ولن يكون جزءاً من أي مرحلة انتقالية.${TAIL}`,
    expected: ["france assad_role must_go"],
  },
  {
    why: "«المعارضة المسلحة … جزءاً من أي حل»: another's part in a settlement (guard)",
    text: `${HEAD}وقال لافروف إن الجماعات المسلحة هي أصل المشكلة، ولا يمكن أن تكون جزءاً من أي حل.${TAIL}`,
    expected: [],
  },
  // «بان كي مون سحب الدعوة التي وجهها إلى إيران»: the past verb after its subject, not the verbal noun.
  {
    why: "«كان بان كي مون قد سحب الدعوة التي وجهها إلى إيران»: «قد» makes «سحب» the verb",
    text: `${HEAD}وكان بان كي مون قد سحب الدعوة التي وجهها إلى إيران بعد ساعات من إعلانها.${TAIL}`,
    expected: ["un iran_participation oppose", "un iran_participation support"],
  },
  {
    why: "«إن بان كي مون نفسه سحب الدعوة التي وجهها إلى طهران»",
    text: `${HEAD}وذكر المتحدث أن بان كي مون نفسه سحب الدعوة التي وجهها إلى طهران.${TAIL}`,
    expected: ["un iran_participation oppose", "un iran_participation support"],
  },
  {
    why: "«قرار سحب الدعوة التي وجهها بان كي مون»: the verbal noun of a decision criticised (guard)",
    text: `${HEAD}وانتقد لافروف قرار سحب الدعوة التي وجهها بان كي مون إلى إيران.${TAIL}`,
    expected: ["russia iran_participation support", "un iran_participation support"],
  },
  {
    why: "«طالب الائتلاف بان كي مون بسحب الدعوة»: the withdrawal asked for is the asker's (guard)",
    text: `${HEAD}وطالب الائتلاف بان كي مون بسحب الدعوة التي وجهها إلى إيران.${TAIL}`,
    expected: ["national_coalition iran_participation oppose", "un iran_participation support"],
  },
  // Attempts at conditions and the instance given of them; attempts to make his going a condition.
  {
    why: "«محاولات فرض شروط مسبقة على الحوار، كتنحي الرئيس الأسد، …»: «كـ» on the instance",
    text: `${HEAD}وقال لافروف إن "محاولات فرض شروط مسبقة على الحوار، كتنحي الرئيس الأسد، تعرقل التسوية".${TAIL}`,
    expected: ["russia assad_role may_stay", "russia geneva2_preconditions unconditional"],
  },
  {
    why: "«محاولات وضع شروط مسبقة على المؤتمر، وفي مقدمتها رحيل الأسد، …»",
    text: `${HEAD}وقال ريابكوف إن محاولات وضع شروط مسبقة على المؤتمر، وفي مقدمتها رحيل الأسد، لن تخدم السلام.${TAIL}`,
    expected: ["russia assad_role may_stay", "russia geneva2_preconditions unconditional"],
  },
  {
    why: "«إن مساعي بعض الأطراف جعل تنحي الرئيس الأسد شرطاً مسبقاً …»: the attempts' owner left unnamed",
    text: `${HEAD}وقال بوغدانوف إن مساعي بعض الأطراف جعل تنحي الرئيس الأسد شرطاً مسبقاً للحوار ما زالت مستمرة منذ سنوات.${TAIL}`,
    expected: ["russia assad_role may_stay", "russia geneva2_preconditions unconditional"],
  },
  {
    why: "«أن يجعل رحيل الأسد شرطاً للمشاركة»: making it a condition, no attempts named (guard)",
    text: `${HEAD}وقال الجبير إن على الائتلاف أن يجعل رحيل الأسد شرطاً للمشاركة في المفاوضات.${TAIL}`,
    expected: ["saudi_arabia assad_role must_go", "saudi_arabia geneva2_preconditions conditional"],
  },
  {
    why: "«بوضع شروط مسبقة على المفاوضات، كرحيل الأسد»: demanded, not attempts judged (guard)",
    text: `${HEAD}وطالب الائتلاف بوضع شروط مسبقة على المفاوضات، كرحيل الأسد وإطلاق المعتقلين.${TAIL}`,
    expected: ["national_coalition assad_role must_go", "national_coalition geneva2_preconditions conditional"],
  },
];

caseTable("review 19 (r128: «جزءاً من أي حل»; «بان كي مون سحب الدعوة التي وجهها»; «محاولات … كرحيل / جعل رحيله شرطاً»)", CASES);
