// Kinds of sentence left over from the seventeenth probe's notes: bodies and people the lexicon did not know (the
// European and Arab Parliaments, the Russian senators Kosachev and Margelov, «الجانب السوري» for Damascus in the
// diplomats' idiom, as «الجانب الروسي» is Moscow). Each row written for this table, not taken from the seeds, the
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
];

caseTable("review 18: parties and people the lexicon did not know", CASES);
