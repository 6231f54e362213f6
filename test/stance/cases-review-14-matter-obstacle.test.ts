// His staying or going named as a matter («مسألة/قضية/ملف بقاء الأسد») with no verb of position and nothing
// turning it is what is talked of, not wanted; and a predicate calling it the obstacle to a solution («هو العقبة
// الرئيسية أمام الحل», «عائق في طريق التسوية») rejects what it judges, as «سبب الأزمة» does. Each row written for
// this table, not taken from the seeds, the development corpus or the probe's articles.
import { caseTable, type Case } from "./case-table";

/** A headline, so that the sentence under test is read as a body sentence. */
const HEAD = "مؤتمر جنيف 2 حول سوريا\n";
/** A closing body sentence with no stance. */
const TAIL = "\nوتتواصل التحضيرات لعقد المؤتمر في موعده.\n";

const CASES: Case[] = [
  {
    why: "«مسألة بقاء الأسد ستطرح في المفاوضات»: a matter talked of",
    text: `${HEAD}وقال وزير الخارجية الفرنسي لوران فابيوس إن مسألة بقاء الأسد ستطرح في المفاوضات المقبلة.${TAIL}`,
    expected: [],
  },
  {
    why: "«ملف رحيل الأسد سيكون حاضرا في جنيف»: a matter talked of",
    text: `${HEAD}وقال المتحدث باسم الخارجية الأمريكية إن ملف رحيل الأسد سيكون حاضرا في جنيف.${TAIL}`,
    expected: [],
  },
  {
    why: "«أصر الائتلاف على مسألة رحيل الأسد»: a verb of position keeps it (guard)",
    text: `${HEAD}وأصر الائتلاف الوطني السوري على مسألة رحيل الأسد قبل أي تسوية.${TAIL}`,
    expected: ["national_coalition assad_role must_go"],
  },
  {
    why: "«رفض مسألة بقاء الأسد»: turned, kept (guard)",
    text: `${HEAD}ورفض وزير الخارجية السعودي مسألة بقاء الأسد في أي مرحلة انتقالية.${TAIL}`,
    expected: ["saudi_arabia assad_role must_go"],
  },
  {
    why: "«بقاء الأسد في السلطة هو العقبة الرئيسية أمام الحل»: the obstacle is rejected",
    text: `${HEAD}وقال وزير الخارجية البريطاني وليام هيغ إن بقاء الأسد في السلطة هو العقبة الرئيسية أمام الحل.${TAIL}`,
    expected: ["uk assad_role must_go"],
  },
  {
    why: "«مشاركة إيران عائق في طريق التسوية»: the obstacle is rejected",
    text: `${HEAD}وقال وزير الخارجية السعودي إن مشاركة إيران في المؤتمر عائق في طريق التسوية.${TAIL}`,
    expected: ["saudi_arabia iran_participation oppose"],
  },
];

caseTable("a matter talked of; the obstacle to a solution", CASES);
