// Kinds found by the probe rounds among the false claims of conditions on the talks: a word of condition in a
// sentence that sets none on attending or holding them. Whoever does something and sets conditions («من يخشى الحوار
// يضع الشروط») is no one named; conditions «from whichever side» are judged by the predicate after that aside; what is
// labelled preconditions («إن هذه شروط مسبقة», «ما نسميه شروطاً مسبقة») is another's demand so called; the talks'
// success tied to something, and the invitation hanging on something, are no terms of attending; a word of the talks
// inside a party's name («الهيئة العليا للمفاوضات») attends nothing; «تعليق رسمي» is a comment, not a suspension. Each
// row written for this table, not taken from the seeds, the development corpus or the probe's articles.
import { caseTable, type Case } from "./case-table";

/** A headline, so that the sentence under test is read as a body sentence. */
const HEAD = "مؤتمر جنيف 2 حول سوريا\n";
/** A closing body sentence with no stance. */
const TAIL = "\nوتتواصل التحضيرات لعقد المؤتمر في موعده.\n";

const CASES: Case[] = [
  {
    why: "«من يهرب من الحوار يضع الشروط»: whoever does something and sets conditions is no one named",
    text: `${HEAD}وقال نائب وزير الخارجية السوري فيصل المقداد: "من يهرب من الحوار يضع الشروط".${TAIL}`,
    expected: [],
  },
  {
    why: "«الشروط المسبقة، من أي جهة جاءت، مرفوضة»: the predicate after the aside rejects them",
    text: `${HEAD}وقال المتحدث باسم الخارجية الروسية إن "الشروط المسبقة، من أي جهة جاءت، مرفوضة".${TAIL}`,
    expected: ["russia geneva2_preconditions unconditional"],
  },
  {
    why: "«ترى موسكو أن هذه شروط مسبقة تقوض …»: labelled preconditions, another's demand",
    text: `${HEAD}وترى موسكو أن هذه شروط مسبقة تقوض فرص انعقاد المؤتمر.${TAIL}`,
    expected: [],
  },
  {
    why: "«وهذا تحديداً ما نسميه شروطاً مسبقة»: what one names so is another's demand",
    text: `${HEAD}وقال وزير الخارجية الروسي سيرغي لافروف: "وهذا تحديدا ما نسميه شروطا مسبقة".${TAIL}`,
    expected: [],
  },
  {
    why: "«إن «نجاح الجولة مرهون بـ…»» in a quotation: the success of the talks, not attending them",
    text: `${HEAD}وقال وزير الخارجية السوري وليد المعلم إن «نجاح الجولة مرهون بوقف دعم الجماعات المسلحة».${TAIL}`,
    expected: [],
  },
  {
    why: "«ربطت الخارجية الروسية نجاح المؤتمر بحضور …»: success tied to it, no condition of attending",
    text: `${HEAD}وربطت الخارجية الروسية نجاح المؤتمر بحضور جميع الأطراف المعنية.${TAIL}`,
    expected: [],
  },
  {
    why: "«إن الدعوة يجب أن تظل مشروطة بقبول …»: the invitation hangs on it, not attending the talks",
    text: `${HEAD}وقالت الخارجية الفرنسية إن الدعوة يجب أن تظل "مشروطة" بقبول بيان جنيف 1 كاملا.${TAIL}`,
    expected: [],
  },
  {
    why: "«… وهو ما تطلبه باريس شرطاً لدعوتها»: terms of inviting her, not of attending",
    text: `${HEAD}والقبول ببيان جنيف 1، وهو ما تطلبه باريس شرطا لدعوتها، لم يصدر بعد.${TAIL}`,
    expected: [],
  },
  {
    why: "«تدعم موقف الهيئة العليا للمفاوضات وستبقى … حتى …»: «للمفاوضات» in the name attends nothing",
    text: `${HEAD}وأكد وزير الخارجية القطري أن بلاده تدعم موقف الهيئة العليا للمفاوضات وستبقى إلى جانب الشعب السوري حتى ينال حريته.${TAIL}`,
    expected: [],
  },
  {
    why: "«لم يصدر أي تعليق رسمي حتى مساء أمس»: a comment, not attending suspended",
    text: `${HEAD}وذكرت صحيفة أن موسكو أبدت مرونة في الملف، ولم يصدر أي تعليق رسمي روسي حتى مساء أمس.${TAIL}`,
    expected: [],
  },
  // Guards: what must not change.
  {
    why: "«من يضع الشروط المسبقة لا يريد الحل»: a predicate rejecting them is the speaker's own (guard)",
    text: `${HEAD}وقال وزير الخارجية الروسي سيرغي لافروف إن "من يضع الشروط المسبقة لا يريد الحل".${TAIL}`,
    expected: ["russia geneva2_preconditions unconditional"],
  },
  {
    why: "«إن الائتلاف يضع شروطاً مسبقة لحضور المؤتمر»: a party named setting them (guard)",
    text: `${HEAD}وقال وزير الخارجية الروسي سيرغي لافروف إن الائتلاف الوطني السوري يضع شروطا مسبقة لحضور المؤتمر.${TAIL}`,
    expected: ["national_coalition geneva2_preconditions conditional"],
  },
  {
    why: "«الائتلاف العائد من تونس يضع شروطاً …»: «من» the preposition, not whoever (guard)",
    text: `${HEAD}الائتلاف الوطني السوري العائد من تونس يضع شروطا لحضور المؤتمر.${TAIL}`,
    expected: ["national_coalition geneva2_preconditions conditional"],
  },
  {
    why: "«إن هذه شروطنا لحضور المؤتمر»: one's own conditions, not a label (guard)",
    text: `${HEAD}وقال رئيس الائتلاف الوطني السوري إن هذه شروطنا لحضور المؤتمر.${TAIL}`,
    expected: ["national_coalition geneva2_preconditions conditional"],
  },
  {
    why: "«ربط الائتلاف مشاركته بوقف القصف»: attending tied to it (guard)",
    text: `${HEAD}وربط الائتلاف الوطني السوري مشاركته في المؤتمر بوقف القصف.${TAIL}`,
    expected: ["national_coalition geneva2_preconditions conditional"],
  },
  {
    why: "«إيران لن تقبل أي دعوة مشروطة»: any conditional invitation refused (guard)",
    text: `${HEAD}وقال المتحدث باسم الخارجية الإيرانية إن بلاده لن تقبل أي دعوة "مشروطة".${TAIL}`,
    expected: ["iran geneva2_preconditions unconditional"],
  },
  {
    why: "«أعلنت الهيئة العليا للمفاوضات أنها لن ترسل وفدها قبل …»: attending named after the name (guard)",
    text: `${HEAD}وأعلنت الهيئة العليا للمفاوضات أنها لن ترسل وفدها قبل وقف القصف.${TAIL}`,
    expected: ["hnc geneva2_preconditions conditional"],
  },
  {
    why: "«هددت الهيئة العليا للمفاوضات بتعليق مشاركتها إذا …»: suspending attending (guard)",
    text: `${HEAD}وهددت الهيئة العليا للمفاوضات بتعليق مشاركتها في المفاوضات إذا لم يتوقف القصف.${TAIL}`,
    expected: ["hnc geneva2_preconditions conditional"],
  },
];

caseTable("review 20 (F7): condition words that set no condition on the talks", CASES);
