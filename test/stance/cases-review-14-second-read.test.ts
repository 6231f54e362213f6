// Over-reaches a second read found in this probe's kinds, each mended: a clause of reason or contrast after a demand
// («باعتباره العقبة …», «معتبراً … بلا معنى», «بينما النظام لا يريد السلام») is not the demand's predicate; a negated
// verb of ceasing («لن نكف عن المطالبة …») is no negation; a warning after «وإلا» that is no walk-out sets no
// condition; a feminine title alone goes back only to a woman named before; an invitation «لتشارك» is to the
// talks; «حذت X حذوها في …» is another act; a that-clause between a verb and «مسألة …» leaves the matter talked of.
// Each row written for this table, not taken from the seeds, the development corpus or the probe's articles.
import { caseTable, type Case } from "./case-table";

/** A headline, so that the sentence under test is read as a body sentence. */
const HEAD = "مؤتمر جنيف 2 حول سوريا\n";
/** A closing body sentence with no stance. */
const TAIL = "\nوتتواصل التحضيرات لعقد المؤتمر في موعده.\n";

const CASES: Case[] = [
  {
    why: "«طالب برحيل الأسد باعتباره العقبة الرئيسية أمام الحل»: the reason is no predicate of the demand",
    text: `${HEAD}وطالب رئيس الائتلاف الوطني السوري أحمد الجربا برحيل الأسد باعتباره العقبة الرئيسية أمام الحل.${TAIL}`,
    expected: ["national_coalition assad_role must_go"],
  },
  {
    why: "«…، معتبرا المفاوضات بوجوده بلا معنى»",
    text: `${HEAD}وطالب رئيس الائتلاف الوطني السوري أحمد الجربا برحيل الأسد، معتبرا المفاوضات بوجوده بلا معنى.${TAIL}`,
    expected: ["national_coalition assad_role must_go"],
  },
  {
    why: "«يصر على رحيل الأسد بينما النظام لا يريد السلام»",
    text: `${HEAD}وقال رئيس الائتلاف الوطني السوري أحمد الجربا إن الائتلاف يصر على رحيل الأسد بينما النظام لا يريد السلام.${TAIL}`,
    expected: ["national_coalition assad_role must_go"],
  },
  {
    why: "«لن يتوقف عن المطالبة برحيل الأسد»: ceasing negated is going on",
    text: `${HEAD}وقال رئيس الائتلاف الوطني السوري أحمد الجربا إن الائتلاف لن يتوقف عن المطالبة برحيل الأسد.${TAIL}`,
    expected: ["national_coalition assad_role must_go"],
  },
  {
    why: "«دعا المعارضة إلى الكف عن المطالبة برحيل الأسد» (guard)",
    text: `${HEAD}ودعا وزير الخارجية الروسي سيرغي لافروف المعارضة إلى الكف عن المطالبة برحيل الأسد.${TAIL}`,
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "«الالتزام بالهدنة، وإلا ستنهار المفاوضات»: a warning, no condition on attending",
    text: `${HEAD}وحذر وزير الخارجية الروسي سيرغي لافروف من أن على جميع الأطراف الالتزام بالهدنة، وإلا ستنهار المفاوضات.${TAIL}`,
    expected: [],
  },
  {
    why: "«وقالت المتحدثة» after a man: not his",
    text: `${HEAD}وقال وزير الخارجية الروسي سيرغي لافروف إن موسكو ترفض الشروط المسبقة. وقالت المتحدثة في مؤتمر صحفي إن بلادها تريد رحيل الأسد.${TAIL}`,
    expected: ["russia geneva2_preconditions unconditional"],
  },
  {
    why: "«ووجه بان كي مون دعوة لإيران لتشارك في المؤتمر»: to the talks",
    text: `${HEAD}ووجه الأمين العام للأمم المتحدة بان كي مون دعوة لإيران لتشارك في المؤتمر.${TAIL}`,
    expected: ["un iran_participation support"],
  },
  {
    why: "«وحذت قطر حذوها في إغلاق سفارتها»: another act",
    text: `${HEAD}وقال وزير الخارجية السعودي سعود الفيصل إن السعودية ترفض مشاركة إيران في المؤتمر. وحذت قطر حذوها في إغلاق سفارتها في دمشق.${TAIL}`,
    expected: ["saudi_arabia iran_participation oppose"],
  },
  {
    why: "«وأكد فابيوس أن مسألة بقاء الأسد ستطرح في المفاوضات»: a matter talked of",
    text: `${HEAD}وأكد وزير الخارجية الفرنسي لوران فابيوس أن مسألة بقاء الأسد ستطرح في المفاوضات.${TAIL}`,
    expected: [],
  },
];

caseTable("review 14 (second read of the fourteenth probe's kinds)", CASES);
