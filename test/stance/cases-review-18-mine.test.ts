// Kinds of sentence left over from the seventeenth probe's notes: bodies and people the lexicon did not know (the
// European and Arab Parliaments, the Russian senators Kosachev and Margelov, «الجانب السوري» for Damascus in the
// diplomats' idiom, as «الجانب الروسي» is Moscow); a news flash's or a live page's lead («عاجل:», «14:35 -») before a
// headline's speaker, which hid the speaker and made a short line after the title a byline. Each row written for this table, not taken from the seeds, the
// development corpus or the rounds' articles.
import { caseTable, type Case } from "./case-table";

/** A headline, so that the sentence under test is read as a body sentence. */
const HEAD = "مؤتمر جنيف 2 حول سوريا\n";
/** A body sentence with another speaker and no stance, before the one under test. */
const BEFORE = "وقال لافروف إن موسكو تتابع الاتصالات مع جميع الأطراف. ";
/** A closing body sentence with no stance. */
const TAIL = "\nوتتواصل التحضيرات لعقد المؤتمر في موعده.\n";

const CASES: Case[] = [
  {
    why: "the European Parliament is the EU's voice",
    text: `${HEAD}${BEFORE}وطالب البرلمان الأوروبي في قرار صوت عليه أمس بعدم وضع أي شروط مسبقة أمام انطلاق المفاوضات.${TAIL}`,
    expected: ["eu geneva2_preconditions unconditional"],
  },
  {
    why: "the Arab Parliament, the League's legislative arm, is the League's",
    text: `${HEAD}${BEFORE}ورفض البرلمان العربي مشاركة إيران في المؤتمر ما لم تسحب مقاتليها من سوريا.${TAIL}`,
    expected: ["arab_league iran_participation conditional"],
  },
  {
    why: "Kosachev, a Russian senator met by his name alone",
    text: `${HEAD}وأكد كوساتشوف أن مصير الأسد شأن يقرره السوريون وحدهم.${TAIL}`,
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "Margelov, a Russian senator met by his name alone",
    text: `${HEAD}وقال ميخائيل مارغيلوف إن على جميع الأطراف الذهاب إلى جنيف من دون شروط مسبقة.${TAIL}`,
    expected: ["russia geneva2_preconditions unconditional"],
  },
  {
    why: "«الجانب السوري» in a Russian diplomat's account is Damascus, as «الجانب الروسي» is Moscow",
    text: `${HEAD}وقال بوغدانوف إن الجانب السوري أبلغنا استعداده للمشاركة في المؤتمر دون أي شروط مسبقة.${TAIL}`,
    expected: ["syrian_government geneva2_preconditions unconditional"],
  },
  // A flash's or a live page's lead before the headline's speaker.
  {
    why: "«عاجل: X: …» right after the title: a flash, not a byline, and X speaks",
    text: `${HEAD}عاجل: لافروف: لا شروط مسبقة لمؤتمر جنيف 2${TAIL}`,
    expected: ["russia geneva2_preconditions unconditional"],
  },
  {
    why: "a live page's time stamp and dash before the speaker: the time's colon is no speaker's",
    text: `${HEAD}${BEFORE}\n14:35 - الجربا: لن نذهب إلى جنيف إلا إذا كان هدفه رحيل الأسد${TAIL}`,
    expected: ["national_coalition assad_role must_go", "national_coalition geneva2_preconditions conditional"],
  },
  {
    why: "«عاجل | 16:20» then an office and a colon: the office's holder speaks",
    text: `${HEAD}${BEFORE}\nعاجل | 16:20 وزير الخارجية السعودي: مشاركة إيران مرفوضة ما دامت قواتها في سوريا${TAIL}`,
    expected: ["saudi_arabia iran_participation conditional"],
  },
  {
    why: "a time and a date after the title are still a dateline (guard)",
    text: `${HEAD}10:45 - 12/1/2014\nوقال مصدر دبلوماسي إن الاتصالات مستمرة مع جميع الأطراف.${TAIL}`,
    expected: [],
  },
  {
    why: "a flash with no stance states none (guard)",
    text: `${HEAD}عاجل: اشتباكات عنيفة في ريف دمشق${TAIL}`,
    expected: [],
  },
  // The table of the talks named with its complement («على طاولة المفاوضات»), as «على الطاولة» is.
  {
    why: "«أن تكون على طاولة المفاوضات»: her place at the talks' table",
    text: `${HEAD}وأكد لافروف أن طهران ينبغي أن تكون على طاولة المفاوضات في جنيف.${TAIL}`,
    expected: ["russia iran_participation support"],
  },
];

caseTable("review 18: parties and people the lexicon did not know", CASES);
