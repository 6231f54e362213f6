// Kinds found by round r111: an aside naming who says so («، كما يكرر لافروف،») between a position and the predicate
// judging it; commenting on a position, or declining to, is no position on it («لم تعلق على سحب الدعوة»); criticising
// the withdrawal of Iran's invitation and describing it as a mistake in the same breath («انتقد قرار سحب الدعوة ووصفه
// بأنه خطأ») wants her there, once. Each row written for this table, not taken from the seeds, the development
// corpus or the round's articles.
import { caseTable, type Case } from "./case-table";

/** A headline, so that the sentence under test is read as a body sentence. */
const HEAD = "مؤتمر جنيف 2 حول سوريا\n";
/** A closing body sentence with no stance. */
const TAIL = "\nوتتواصل التحضيرات لعقد المؤتمر في موعده.\n";

const CASES: Case[] = [
  // «، كما قال X،»: an aside of attribution between the subject and its judging predicate; the predicate still judges.
  {
    why: "«المطالبة برحيل الأسد، كما قال مرارا، غير واقعية»: the demand judged past the aside",
    text: `${HEAD}وقال لافروف للصحافيين إن المطالبة برحيل الأسد، كما قال مرارا، غير واقعية.${TAIL}`,
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "«المطالبة بتنحيه، كما يكرر لافروف، «غير واقعية»»: his pronoun, the speaker named in the aside",
    text: `${HEAD}وتتمسك العواصم الغربية برحيل الأسد. لكن المطالبة بتنحيه، كما يكرر لافروف، «غير واقعية».${TAIL}`,
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "«وضع الشروط المسبقة، كما قال مرارا، يعرقل الحل»: conditions judged past the aside",
    text: `${HEAD}وقال لافروف إن وضع الشروط المسبقة، كما قال مرارا، يعرقل الحل.${TAIL}`,
    expected: ["russia geneva2_preconditions unconditional"],
  },
  {
    why: "«استبعاد إيران، كما قال أكثر من مرة، خطأ كبير»: her exclusion judged past the aside",
    text: `${HEAD}وقال لافروف إن استبعاد إيران، كما قال أكثر من مرة، خطأ كبير.${TAIL}`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "«تطالب برحيل الأسد، كما قال صافي، وتريد …»: no predicate after the aside, the demand stands (guard)",
    text: `${HEAD}والمعارضة تطالب برحيل الأسد، كما قال صافي، وتريد ضمانات دولية.${TAIL}`,
    expected: ["syrian_opposition assad_role must_go"],
  },
  {
    why: "«طالب الائتلاف برحيل الأسد، كما أكد رئيسه، مشيرا إلى أن المؤتمر غير مجد»: another clause's predicate (guard)",
    text: `${HEAD}وطالب الائتلاف برحيل الأسد، كما أكد رئيسه، مشيرا إلى أن المؤتمر غير مجد.${TAIL}`,
    expected: ["national_coalition assad_role must_go"],
  },
  // Commenting on a position, or declining to, holds none.
  {
    why: "«في حين لم تعلق على سحب الدعوة الموجهة إلى طهران»: no comment is no welcome of the withdrawal",
    text: `${HEAD}ورحبت وزيرة الخارجية الأوروبية موغيريني بالبيان الختامي، في حين لم تعلق على سحب الدعوة الموجهة إلى طهران.${TAIL}`,
    expected: [],
  },
  {
    why: "«رفضت الخارجية الأمريكية التعليق على سحب الدعوة»: declining to comment",
    text: `${HEAD}ورفضت الخارجية الأمريكية التعليق على سحب الدعوة الموجهة إلى إيران.${TAIL}`,
    expected: [],
  },
  {
    why: "«لم يعلق لافروف على المطالبة برحيل الأسد»: the subject between the verb and «على»",
    text: `${HEAD}ولم يعلق لافروف على المطالبة برحيل الأسد.${TAIL}`,
    expected: [],
  },
  {
    why: "«ولم يعلق الوزير الفرنسي على شروط المعارضة المسبقة»: a comment holds no condition",
    text: `${HEAD}ولم يعلق الوزير الفرنسي على شروط المعارضة المسبقة.${TAIL}`,
    expected: [],
  },
  {
    why: "«ورفضت موسكو سحب الدعوة الموجهة إلى إيران»: refusing the withdrawal itself wants her there (guard)",
    text: `${HEAD}ورفضت موسكو سحب الدعوة الموجهة إلى إيران.${TAIL}`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "«ورفض لافروف رحيل الأسد»: a refusal with no comment between (guard)",
    text: `${HEAD}ورفض لافروف رحيل الأسد.${TAIL}`,
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "«علق مشاركته في المؤتمر على رحيل الأسد»: «علق» hanging his taking part on it, no comment (guard)",
    text: `${HEAD}وقال الجربا إن الائتلاف علق مشاركته في المؤتمر على رحيل الأسد.${TAIL}`,
    expected: ["national_coalition assad_role must_go"],
  },
  {
    why: "«لا تعلق آمالا على مؤتمر لا ينص على رحيل الأسد»: hopes hung, not a comment declined (guard)",
    text: `${HEAD}وقالت المعارضة إنها لا تعلق آمالا على مؤتمر لا ينص على رحيل الأسد.${TAIL}`,
    expected: ["syrian_opposition assad_role must_go"],
  },
  // Criticising the withdrawal and describing it, joined: one judgement, not turned twice.
  {
    why: "«انتقد لافروف قرار سحب الدعوة الموجهة إلى إيران ووصفه بأنه خطأ»: he wants her there",
    text: `${HEAD}وانتقد لافروف قرار سحب الدعوة الموجهة إلى إيران ووصفه بأنه خطأ.${TAIL}`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "«استنكر المتحدث … قرار استبعاد إيران واعتبره غير مقبول»: the cue opening on the word of criticism",
    text: `${HEAD}واستنكر المتحدث باسم الخارجية الروسية قرار استبعاد إيران واعتبره غير مقبول.${TAIL}`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "«ووصف لافروف قرار سحب الدعوة الموجهة إلى إيران بأنه خطأ»: the describing verb alone (guard)",
    text: `${HEAD}ووصف لافروف قرار سحب الدعوة الموجهة إلى إيران بأنه خطأ.${TAIL}`,
    expected: ["russia iran_participation support"],
  },
];

caseTable("review 15 (r111: an aside «كما قال X»; a comment is no position; criticised and described a mistake)", CASES);
