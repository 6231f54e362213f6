// Kinds found by the probe rounds: the one who pressed, threatened or decided against Iran's invitation named inside
// a noun phrase or a clause, not as the subject of a verb of saying: a verb of pressing («ضغطت … لسحب الدعوة»), a
// cleft («هي التي …», «هم من …»), accusers listed before the accused («وتتهم دمشق وطهران واشنطن بأنها …»), two
// nationality adjectives of one pressure («تحت ضغط أمريكي سعودي»); and a turn from a position keeping both. Each
// row written for this table, not taken from the seeds, the development corpus or the probe's articles.
import { caseTable, type Case } from "./case-table";

/** A headline, so that the sentence under test is read as a body sentence. */
const HEAD = "مؤتمر جنيف 2 حول سوريا\n";
/** A body sentence with another speaker and no stance, before the one under test. */
const BEFORE = "وقال لافروف إن موسكو تتابع الاتصالات مع جميع الأطراف. ";
/** A closing body sentence with no stance. */
const TAIL = "\nوتتواصل التحضيرات لعقد المؤتمر في موعده.\n";

const CASES: Case[] = [
  // A verb of pressing for the withdrawal: the one pressing opposes her taking part.
  {
    why: "«الرياض ضغطت بقوة لإلغاء الدعوة»: the verb of pressing, past, as the pressure noun",
    text: `${HEAD}${BEFORE}وأكد المصدر أن الرياض ضغطت بقوة لإلغاء الدعوة بعد ساعات من توجيهها.${TAIL}`,
    expected: ["saudi_arabia iran_participation oppose"],
  },
  {
    why: '«واشنطن "ضغطت بكل ثقلها" لسحب الدعوة»: the quotation closing between the verb and its aim',
    text: `${HEAD}${BEFORE}وقال إن واشنطن "ضغطت بكل ثقلها" لسحب الدعوة التي وجهت إلى طهران.${TAIL}`,
    expected: ["usa iran_participation oppose"],
  },
  {
    why: "«الفرنسيين هم من ضغطوا على المنظمة الدولية لإلغاء دعوة إيران»: the plural verb in a cleft",
    text: `${HEAD}${BEFORE}وقال المتحدث إن "الفرنسيين هم من ضغطوا على المنظمة الدولية لإلغاء دعوة إيران".${TAIL}`,
    expected: ["france iran_participation oppose"],
  },
  {
    why: "«ونفى الوزير أن تكون بلاده قد ضغطت على الائتلاف للانسحاب»: pressing for a walk-out is no position on Iran (guard)",
    text: `${HEAD}${BEFORE}ونفى الوزير أن تكون بلاده قد ضغطت على الائتلاف للانسحاب من المؤتمر.${TAIL}`,
    expected: [],
  },
  {
    why: "«وضغطت واشنطن على المعارضة للذهاب إلى جنيف من دون شروط»: pressing for something else (guard)",
    text: `${HEAD}${BEFORE}وضغطت واشنطن على المعارضة للذهاب إلى جنيف من دون شروط مسبقة.${TAIL}`,
    expected: ["usa geneva2_preconditions unconditional"],
  },
  // A cleft names the one who did it, not the speaker before.
  {
    why: "«تركيا هي التي ترفض مشاركة إيران»: the cleft's name holds it, not the last speaker",
    text: `${HEAD}${BEFORE}وأضاف أن "تركيا هي التي ترفض مشاركة إيران في المؤتمر".${TAIL}`,
    expected: ["turkey iran_participation oppose"],
  },
  {
    why: "«قطر هي التي طالبت برحيل الأسد»: the cleft on Assad's role too",
    text: `${HEAD}${BEFORE}وقال إن "قطر هي التي طالبت برحيل الأسد".${TAIL}`,
    expected: ["qatar assad_role must_go"],
  },
  // The accused after accusers listed with «و».
  {
    why: "«واتهمت موسكو ودمشق الرياض بممارسة ضغوط لإقصاء إيران»: the accused after two accusers",
    text: `${HEAD}${BEFORE}واتهمت موسكو ودمشق الرياض بممارسة ضغوط لإقصاء إيران عن المؤتمر.${TAIL}`,
    expected: ["saudi_arabia iran_participation oppose"],
  },
  {
    why: "«واتهم لافروف واشنطن بالضغط لسحب الدعوة»: one accuser, the accused after him (guard)",
    text: `${HEAD}${BEFORE}واتهم لافروف واشنطن بالضغط لسحب الدعوة الموجهة إلى إيران.${TAIL}`,
    expected: ["usa iran_participation oppose"],
  },
  // Nationality adjectives of one pressure, one after the other.
  {
    why: "«جاء تحت ضغط أمريكي سعودي»: two adjectives with no «و», both pressed",
    text: `${HEAD}${BEFORE}واعتبرت الخارجية الإيرانية أن سحب الدعوة جاء تحت ضغط أمريكي سعودي.${TAIL}`,
    expected: ["usa iran_participation oppose", "saudi_arabia iran_participation oppose"],
  },
  {
    why: "«جاء تحت ضغط أمريكي واضح»: an adjective that is no nationality ends them (guard)",
    text: `${HEAD}${BEFORE}واعتبرت الخارجية الإيرانية أن سحب الدعوة جاء تحت ضغط أمريكي واضح.${TAIL}`,
    expected: ["usa iran_participation oppose"],
  },
  // A turn from a position: the two positions at two times both stand.
  {
    why: "«وجهت إليها لندن الدعوة، في تحول لافت عن موقفها …، حين ضغطت لسحب دعوة طهران»: both labels (guard: the verb of pressing alone would drop the first)",
    text: `${HEAD}${BEFORE}وتشارك إيران في الاجتماع بعد أن وجهت إليها لندن الدعوة، في تحول لافت عن موقفها قبل عامين، حين ضغطت لسحب دعوة طهران إلى المؤتمر.${TAIL}`,
    expected: ["uk iran_participation support", "uk iran_participation oppose"],
  },
];

caseTable("review 15: the one who pressed, threatened or decided, named inside a phrase or a clause", CASES);
