// Kinds found by round r106: a verb of ceasing and its «عن» («أن يكف عن المطالبة برحيل الأسد», «إلى التوقف عن …») as a
// negation of what follows it; the withdrawal of Iran's invitation rejected («رفضت موسكو سحب الدعوة الموجهة إلى
// طهران», «معارضتها لسحب دعوة إيران») as support for her taking part; and taking the same line as the position before
// («وعلى المنوال نفسه سار …», «وفي الاتجاه ذاته ذهب …», «وحذت … حذوها») as holding it. Each row written for this table,
// not taken from the seeds, the development corpus or the round's articles.
import { caseTable, type Case } from "./case-table";

/** A headline, so that the sentence under test is read as a body sentence. */
const HEAD = "مؤتمر جنيف 2 حول سوريا\n";
/** A closing body sentence with no stance. */
const TAIL = "\nوتتواصل التحضيرات لعقد المؤتمر في موعده.\n";

const CASES: Case[] = [
  // Ceasing: what one is asked to stop doing, the asker wants undone.
  {
    why: "«دعا … إلى الكف عن المطالبة بتنحي الأسد»: stopping the demand keeps him",
    text: `${HEAD}ودعا ظريف العواصم الغربية إلى الكف عن المطالبة بتنحي الرئيس الأسد.${TAIL}`,
    expected: ["iran assad_role may_stay"],
  },
  {
    why: "«على المعارضة أن تتوقف عن المطالبة برحيل الأسد»",
    text: `${HEAD}وقال لافروف إن على المعارضة أن تتوقف عن المطالبة برحيل الأسد.${TAIL}`,
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "«بالتوقف عن المطالبة بإسقاط الأسد شرطاً للحوار»: no condition set either",
    text: `${HEAD}وطالب المقداد الطرف الآخر بالتوقف عن المطالبة بإسقاط الأسد شرطا للحوار.${TAIL}`,
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: "«طالبت موسكو واشنطن بالتوقف عن الحديث عن تنحي الأسد»: the outer demand is to stop, not his going",
    text: `${HEAD}وطالبت موسكو واشنطن بالتوقف عن الحديث عن تنحي الأسد.${TAIL}`,
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "«أن تكف عن وضع الشروط المسبقة»: preconditions rejected, not set",
    text: `${HEAD}وقال الجعفري إن على المعارضة أن تكف عن وضع الشروط المسبقة.${TAIL}`,
    expected: ["syrian_government geneva2_preconditions unconditional"],
  },
  {
    why: "«بالكف عن قصف المدن، مؤكدة أن الأسد يجب أن يرحل»: ceasing something else leaves his going (guard)",
    text: `${HEAD}وطالبت باريس النظام بالكف عن قصف المدن، مؤكدة أن الأسد يجب أن يرحل.${TAIL}`,
    expected: ["france assad_role must_go"],
  },
  // A withdrawal of her invitation rejected wants her there.
  {
    why: "«أعلنت موسكو رفضها سحب دعوة إيران»",
    text: `${HEAD}وأعلنت موسكو رفضها سحب دعوة إيران إلى المؤتمر.${TAIL}`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "«ورفض لافروف سحب الدعوة الموجهة إلى طهران»: the subject's names between",
    text: `${HEAD}ورفض وزير الخارجية الروسي سيرغي لافروف سحب الدعوة الموجهة إلى طهران.${TAIL}`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "«عارضت منذ البداية سحب الدعوة»: an adverb between",
    text: `${HEAD}وقال المتحدث إن روسيا عارضت منذ البداية سحب الدعوة الموجهة إلى طهران.${TAIL}`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "«ورفض الائتلاف المشاركة قبل سحب الدعوة»: the refusal is of attending; the withdrawal is its condition (guard)",
    text: `${HEAD}ورفض الائتلاف المشاركة قبل سحب الدعوة الموجهة إلى إيران.${TAIL}`,
    expected: ["national_coalition geneva2_preconditions conditional", "national_coalition iran_participation oppose"],
  },
  {
    why: "«وطالبت الرياض بسحب الدعوة الموجهة إلى طهران»: a withdrawal demanded (guard)",
    text: `${HEAD}وطالبت الرياض بسحب الدعوة الموجهة إلى طهران.${TAIL}`,
    expected: ["saudi_arabia iran_participation oppose"],
  },
  // The same line as the position before.
  {
    why: "«…، وعلى المنوال نفسه سار وزراء خارجية فرنسا وبريطانيا وتركيا»: each of the list",
    text: `${HEAD}وشدد الوزير السعودي على أنه لا مكان للأسد في المرحلة الانتقالية، وعلى المنوال نفسه سار وزراء خارجية فرنسا وبريطانيا وتركيا.${TAIL}`,
    expected: ["france assad_role must_go", "saudi_arabia assad_role must_go", "turkey assad_role must_go", "uk assad_role must_go"],
  },
  {
    why: "«. وفي الاتجاه ذاته ذهب وزير الخارجية البريطاني»: the position closing the sentence before",
    text: `${HEAD}وقال فابيوس إن الأسد لا يمكن أن يكون جزءا من المرحلة الانتقالية. وفي الاتجاه ذاته ذهب وزير الخارجية البريطاني وليام هيغ.${TAIL}`,
    expected: ["france assad_role must_go", "uk assad_role must_go"],
  },
  {
    why: "«…، وسارت طهران على النهج نفسه»: the subject before the line",
    text: `${HEAD}ودعا لافروف إلى إشراك إيران في المؤتمر، وسارت طهران على النهج نفسه.${TAIL}`,
    expected: ["iran iran_participation support", "russia iran_participation support"],
  },
  {
    why: "«…، وحذت هيئة التنسيق حذوه»",
    text: `${HEAD}وأكد المعلم أن وفد بلاده جاء من دون شروط مسبقة، وحذت هيئة التنسيق حذوه.${TAIL}`,
    expected: ["ncb geneva2_preconditions unconditional", "syrian_government geneva2_preconditions unconditional"],
  },
  {
    why: "«وعلى المنوال نفسه سارت المفاوضات»: no party takes the line (guard)",
    text: `${HEAD}وقال كيري إنه لا مكان للأسد في الحكومة الانتقالية. وعلى المنوال نفسه سارت المفاوضات في يومها الثاني.${TAIL}`,
    expected: ["usa assad_role must_go"],
  },
  {
    why: "«وفي الاتجاه نفسه، قال لافروف إن …»: a speaker of his own words, not of the line (guard)",
    text: `${HEAD}وقال كيري إنه لا مكان للأسد في الحكومة الانتقالية. وفي الاتجاه نفسه، قال لافروف إن الحوار يجب أن يبدأ فورا.${TAIL}`,
    expected: ["usa assad_role must_go"],
  },
];

caseTable("review 14 (r106: ceasing as negation; a withdrawal rejected; the same line as the position before)", CASES);
