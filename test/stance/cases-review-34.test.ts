// Guard rows for the regressions a review of the thirty-fourth probe's change found (a helper ran 520 sentences on the
// trees before and after it, 446de0a and 4d1aaea), each mended: «بيان» in a construct names its issuer, not a
// statement whose verb has an object; a place in a title is no subject; «الأخير» after a joined verb; a word of
// criticism that governs a decision still reads it; «في دعوتها» is another's call, governed by the verb before it;
// «لكنه» cannot stand for a state named by a feminine name; an aside of occasion after «حث» and its subject; a report
// quoted from a named official, denied by another party; another party's clause between her taking part and its
// condition; «دوراً» in the talks only; «وتمسكها» is a noun; one named between the speaker's verb and his «إن».
import { caseTable, type Case } from "./case-table";

const T = "جنيف 2: مواقف\n\n";

const CASES: Case[] = [
  {
    why: "«وحث بيان الخارجية الأمريكية المعارضة …»: the statement's issuer urges; the opposition is urged",
    text: `${T}وحث بيان الخارجية الأمريكية المعارضة على المشاركة دون شروط مسبقة.`,
    expected: ["usa geneva2_preconditions unconditional"],
  },
  {
    why: "«ودعا بيان الخارجية الروسية الائتلاف …»: Russia's call",
    text: `${T}ودعا بيان الخارجية الروسية الائتلاف إلى المشاركة دون شروط مسبقة.`,
    expected: ["russia geneva2_preconditions unconditional"],
  },
  {
    why: "«المبعوث الأممي إلى سوريا ستيفان دي ميستورا»: Syria in his title is no subject of his verbs",
    text: `${T}انتقد المبعوث الأممي إلى سوريا ستيفان دي ميستورا الشروط المسبقة وأكد أن المفاوضات يجب أن تبدأ دون شروط.`,
    expected: ["un geneva2_preconditions unconditional"],
  },
  {
    why: "«وأكد الأخير»: the one named last, the object of the verb before",
    text: `${T}استقبل روحاني لافروف في طهران وأكد الأخير أن رحيل الأسد ليس شرطا.`,
    expected: ["russia assad_role may_stay", "russia geneva2_preconditions unconditional"],
  },
  {
    why: "«ورحب الأخير»: the welcome is the one met's",
    text: `${T}والتقى لافروف ظريف ورحب الأخير بدعوة إيران.`,
    expected: ["iran iran_participation support"],
  },
  {
    why: "criticising the UN's decision and rejecting the exclusion: the decision stays the UN's",
    text: `${T}وأعلنت روسيا أنها تنتقد قرار الأمم المتحدة وترفض استبعاد إيران.`,
    expected: ["un iran_participation oppose"],
  },
  {
    why: "«لا تؤيد روسيا في دعوتها …»: the speaker does not back the call",
    text: `${T}وقالت الخارجية الفرنسية إن باريس لا تؤيد روسيا في دعوتها لمشاركة إيران.`,
    expected: ["france iran_participation oppose", "russia iran_participation oppose"],
  },
  {
    why: "«قالت فرنسا إن النظام …، لكنه أكد»: «ـه» is not France's",
    text: `${T}قالت فرنسا إن النظام يريد كسب الوقت، لكنه أكد أنه لن يشارك إذا طرح رحيل الأسد.`,
    expected: ["syrian_government assad_role may_stay", "syrian_government geneva2_preconditions conditional"],
  },
  {
    why: "«وحث لافروف، خلال مؤتمر صحفي، على …»: an aside of occasion, Lavrov the subject",
    text: `${T}رفضت دمشق المقترح، وحث لافروف، خلال مؤتمر صحفي، على المشاركة في جنيف دون شروط مسبقة.`,
    expected: ["russia geneva2_preconditions unconditional"],
  },
  {
    why: "a named official quoted by an agency, another party denying: his words stand",
    text: `${T}بينما نقلت وكالة تسنيم عن ظريف أن طهران مستعدة للمشاركة دون شروط، نفى الائتلاف ذلك.`,
    expected: ["iran geneva2_preconditions unconditional", "iran iran_participation support"],
  },
  {
    why: "another party's clause between her taking part and the condition does not take the condition away",
    text: `${T}قال كيري إن واشنطن لا تمانع مشاركة إيران والأمم المتحدة تدرس ذلك، شريطة أن تقبل طهران بيان جنيف 1.`,
    expected: ["usa iran_participation conditional"],
  },
  {
    why: "a role in the solution wanted by the opposition is no condition on Iran",
    text: `${T}قال الجربا إن المعارضة إذا أرادت دورا في الحل فعليها أن تتوحد، وأكد رفض مشاركة إيران.`,
    expected: ["national_coalition iran_participation oppose"],
  },
  {
    why: "«وتمسكها» is a noun: the criticism reaches it",
    text: `${T}وقال الائتلاف إنه ينتقد موقف موسكو وتمسكها ببقاء الأسد.`,
    expected: ["national_coalition assad_role must_go"],
  },
  {
    why: "on the agenda is no obligation",
    text: `${T}وقال لافروف إن على جدول أعمال الاجتماع مشاركة إيران.`,
    expected: [],
  },
  {
    why: "the one met, named before the speaker's «إن», holds nothing",
    text: `${T}قال الجبير بعد لقائه كيري إن على الأسد الرحيل.`,
    expected: ["saudi_arabia assad_role must_go"],
  },
  {
    why: "the one met in an aside, then «إن على …»: the speaker's",
    text: `${T}قال لافروف، بعد لقائه الجبير، إن على الأسد البقاء حتى نهاية ولايته.`,
    expected: ["russia assad_role may_stay"],
  },
];

caseTable("Review of the thirty-fourth probe's change: the regressions found, mended", CASES);
