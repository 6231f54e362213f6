// Kinds found by the probe rounds: a party's reading of a text (a communiqué, a clause on the transitional body) as
// meaning Assad's going («فسرت X البيان بأنه يعني رحيل الأسد», «قرأته X على أنه …»), another party's denial of that
// reading in the same sentence («بينما أصرت Y على أنه لا ينص على ذلك»), a clause of contrast («أما Y فأصرت …، وأن …»)
// going on with its own speaker, and the ones met named after a headline speaker's meeting («X بعد لقائه Y وZ: …»).
// Each row written for this table, not taken from the seeds, the development corpus or the probe's articles.
import { caseTable, type Case } from "./case-table";

/** A headline, so that the sentence under test is read as a body sentence. */
const HEAD = "مؤتمر جنيف 2 حول سوريا\n";
/** A body sentence with another speaker and no stance, before the one under test. */
const BEFORE = "وقال لافروف إن موسكو تتابع الاتصالات مع جميع الأطراف. ";
/** A closing body sentence with no stance. */
const TAIL = "\nوتتواصل التحضيرات لعقد المؤتمر في موعده.\n";

const CASES: Case[] = [
  // Reading a text as meaning his going: the reader holds it.
  {
    why: "«فسرت باريس الاتفاق بأنه يعني تنحي الأسد»: the verb of reading, its subject after it",
    text: `${HEAD}${BEFORE}وفسرت باريس الاتفاق بأنه يعني تنحي الأسد عن الحكم في نهاية المرحلة الانتقالية.${TAIL}`,
    expected: ["france assad_role must_go"],
  },
  {
    why: "«لندن قرأت الوثيقة منذ صدورها على أنها تعني خروج الأسد»: the subject before, words between the verb and «على أنها»",
    text: `${HEAD}${BEFORE}لندن قرأت الوثيقة منذ صدورها على أنها تعني خروج الأسد من الحكم.${TAIL}`,
    expected: ["uk assad_role must_go"],
  },
  {
    why: "«الائتلاف يقرأ الفقرة الخاصة بـ«الحكومة الانتقالية» على أنها …»: a name in quotation marks between",
    text: `${HEAD}${BEFORE}والائتلاف يقرأ الفقرة الخاصة بـ«الحكومة الانتقالية الكاملة الصلاحيات» على أنها تعني رحيل الأسد وأركان حكمه.${TAIL}`,
    expected: ["national_coalition assad_role must_go"],
  },
  {
    why: "«وقرأتها أنقرة على أنها تعني …»: the verb with its object's pronoun, «على أنها» right after the subject",
    text: `${HEAD}${BEFORE}وصدرت الوثيقة يومها بصياغة غامضة، وقرأتها أنقرة على أنها تعني إبعاد الأسد عن السلطة.${TAIL}`,
    expected: ["turkey assad_role must_go"],
  },
  // Another denying that reading in the same sentence keeps him.
  {
    why: "«…، بينما أصرت طهران على أنه لا ينص على ذلك»: the one denying the reading, may_stay",
    text: `${HEAD}${BEFORE}وفسرت أنقرة القرار بأنه يعني حتما رحيل الأسد، بينما أصرت طهران على أنه لا ينص على ذلك إطلاقا.${TAIL}`,
    expected: ["turkey assad_role must_go", "iran assad_role may_stay"],
  },
  {
    why: "«قرأته الرياض على أنه يعني …، وقرأته موسكو على أنه لا يعني شيئا من هذا القبيل»",
    text: `${HEAD}${BEFORE}وقرأته الرياض على أنه يعني إبعاد الأسد، وقرأته موسكو على أنه لا يعني شيئا من هذا القبيل.${TAIL}`,
    expected: ["saudi_arabia assad_role must_go", "russia assad_role may_stay"],
  },
  {
    why: "«أما طهران فأصرت على أن …، وأن مصيره يقرره السوريون»: the clause of contrast goes on with its own speaker",
    text: `${HEAD}${BEFORE}وقالت واشنطن إن البيان يعني رحيل الأسد، أما طهران فأصرت على أن البيان لا يذكر الرئاسة، وأن مصيره يقرره السوريون وحدهم.${TAIL}`,
    expected: ["usa assad_role must_go", "iran assad_role may_stay"],
  },
  // Wendy Sherman speaks for the United States.
  {
    why: "«قالت ويندي شيرمان إن …»: the American under-secretary is the United States",
    text: `${HEAD}${BEFORE}وقالت ويندي شيرمان للصحفيين إن "الأسد لا يمكن أن يكون جزءا من الحكومة الانتقالية".${TAIL}`,
    expected: ["usa assad_role must_go"],
  },
  // A headline speaker after his meeting with others.
  {
    why: "«لافروف بعد لقائه شيرمان والإبراهيمي: …»: the ones he met do not speak after the colon",
    text: `لافروف بعد لقائه شيرمان والإبراهيمي: محاولات فرض رحيل الأسد على المؤتمر محكوم عليها بالفشل\n${BEFORE}${TAIL}`,
    expected: ["russia assad_role may_stay"],
  },
  // Guards.
  {
    why: "«وفسر المحلل التأخير بأن …»: explaining an event names no stance (guard)",
    text: `${HEAD}${BEFORE}وفسر أحد المحللين التأخير بأن الأطراف لم تتفق بعد على جدول الأعمال.${TAIL}`,
    expected: [],
  },
  {
    why: "«…، بينما أصرت موسكو على أنه لا ينص على ذلك» with nothing of Assad read before: no stance on him (guard)",
    text: `${HEAD}${BEFORE}وقالت باريس إن القرار يعني وقف القصف فورا، بينما أصرت موسكو على أنه لا ينص على ذلك.${TAIL}`,
    expected: [],
  },
  {
    why: "«كيري يدعو طهران إلى فيينا والجبير: …»: a second speaker joined by «و» before the colon still speaks (guard)",
    text: `كيري يدعو طهران إلى فيينا والجبير: على إيران أن تسحب قواتها من سوريا أولا\n${BEFORE}${TAIL}`,
    expected: ["saudi_arabia iran_participation conditional"],
  },
  {
    why: "«وقالت واشنطن إن البيان يعني رحيل الأسد»: a verb of saying, as before (guard)",
    text: `${HEAD}${BEFORE}وقالت واشنطن إن البيان يعني رحيل الأسد عن السلطة.${TAIL}`,
    expected: ["usa assad_role must_go"],
  },
];

caseTable("review 15: readings of a text as meaning his going, and who denies them", CASES);
