// Kinds of holder found by the probe rounds 99-100: the parties named among unnamed ones («بعض الأطراف، ومنها X وY،»)
// inside a speaker's words; coordinated parties as the subject of a dual verb of saying, or taken up by a plural
// («العواصم الثلاث», «الدولتان»); a delegation coming to the talks with or without conditions, reported by another;
// attempts at conditions whose owner is named between them and the setting. Each row written for this table, not
// taken from the seeds, the development corpus or the probe's articles.
import { caseTable, type Case } from "./case-table";

/** A headline, so that the sentence under test is read as a body sentence. */
const HEAD = "مؤتمر جنيف 2 حول سوريا\n";
/** A closing body sentence with no stance. */
const TAIL = "\nوتتواصل التحضيرات لعقد المؤتمر في موعده.\n";

const CASES: Case[] = [
  // Parties named among unnamed ones, the subject of the clause, inside the speaker's quotation: theirs, not his.
  {
    why: '«إن "بعض الأطراف، ومنها أنقرة والدوحة، لا تزال تصر على …"»: the listed parties, not the speaker',
    text: `${HEAD}وقال بوغدانوف إن "بعض الأطراف، ومنها أنقرة والدوحة، لا تزال تصر على تنحي الأسد قبل أي تسوية".${TAIL}`,
    expected: ["qatar assad_role must_go", "turkey assad_role must_go"],
  },
  {
    why: '«"بعض الدول، مثل السعودية وتركيا، لا تزال تعارض حضور إيران"»',
    text: `${HEAD}وأضاف ظريف أن "بعض الدول، مثل السعودية وتركيا، لا تزال تعارض حضور إيران في الاجتماع".${TAIL}`,
    expected: ["saudi_arabia iran_participation oppose", "turkey iran_participation oppose"],
  },
  {
    why: '«"بعض العواصم، ومنها موسكو، لا تزال تعتقد أن الأسد جزء من الحل"»: a verb of thinking and «أن»',
    text: `${HEAD}وقال الجبير إن "بعض العواصم، ومنها موسكو، لا تزال تعتقد أن الأسد جزء من الحل".${TAIL}`,
    expected: ["russia assad_role may_stay"],
  },
  {
    why: '«"بعض الأطراف، وفي مقدمتها واشنطن، تضع شروطاً تعجيزية"»: a judgement is the one speaking (guard)',
    text: `${HEAD}وقال عبد اللهيان إن "بعض الأطراف، وفي مقدمتها واشنطن، لا تزال تضع شروطاً تعجيزية أمام المؤتمر".${TAIL}`,
    expected: ["iran geneva2_preconditions unconditional"],
  },
  // Coordinated parties, the subject of a dual verb of saying after them; or taken up by a plural or a dual noun.
  {
    why: "«ولا تزال لندن وباريس تقولان إنه لا مستقبل للأسد»: a dual verb of saying after its two subjects",
    text: `${HEAD}ولا تزال باريس ولندن تقولان، وإن بنبرة أهدأ، إنه لا مستقبل للأسد في سوريا.${TAIL}`,
    expected: ["france assad_role must_go", "uk assad_role must_go"],
  },
  {
    why: "«أنقرة والدوحة تقولان إنه لا مكان للأسد»: the dual verb before its clause",
    text: `${HEAD}وفي المقابل، أنقرة والدوحة تقولان إنه لا مكان للأسد في المرحلة الانتقالية.${TAIL}`,
    expected: ["qatar assad_role must_go", "turkey assad_role must_go"],
  },
  {
    why: "«…، إذ تقبل العواصم الثلاث ببقاء الأسد»: a plural noun takes up the three named before it",
    text: `${HEAD}وتقف واشنطن وباريس ولندن على مسافة من الطرفين، إذ تقبل العواصم الثلاث ببقاء الأسد خلال المرحلة الانتقالية.${TAIL}`,
    expected: ["france assad_role may_stay", "uk assad_role may_stay", "usa assad_role may_stay"],
  },
  {
    why: "«الدولتين» with no parties named before it: no list to take up (guard)",
    text: `${HEAD}ويرى مراقبون أن الدولتين تطالبان برحيل الأسد منذ سنوات.${TAIL}`,
    expected: [],
  },
  // A delegation coming to the talks with or without conditions, as another reports it: the delegation's.
  {
    why: "«إن الوفد الحكومي جاء إلى جنيف بلا شروط»: the one who came, not the speaker",
    text: `${HEAD}وقال لافروف إن الوفد الحكومي حضر إلى مونترو بلا أي شروط مسبقة.${TAIL}`,
    expected: ["syrian_government geneva2_preconditions unconditional"],
  },
  {
    why: "«…، أما وفد الائتلاف فجاء بشرط واحد هو رحيل الرئيس»: «أما» and a party's delegation",
    text: `${HEAD}وقال ظريف إن دمشق أبدت مرونة كبيرة، أما وفد الائتلاف فجاء إلى جنيف بشرط واحد هو رحيل الرئيس.${TAIL}`,
    expected: ["national_coalition assad_role must_go", "national_coalition geneva2_preconditions conditional"],
  },
  {
    why: "«إن وفد الحكومة ذهب إلى جنيف من دون شروط»",
    text: `${HEAD}وأوضح بوغدانوف أن وفد الحكومة ذهب إلى المفاوضات من دون شروط مسبقة.${TAIL}`,
    expected: ["syrian_government geneva2_preconditions unconditional"],
  },
  {
    why: "«إن روسيا تدعو إلى الذهاب بلا شروط»: the own side of the one speaking (guard)",
    text: `${HEAD}وقال لافروف إن روسيا تدعو الجميع إلى الذهاب إلى جنيف بلا شروط مسبقة.${TAIL}`,
    expected: ["russia geneva2_preconditions unconditional"],
  },
  // Attempts at conditions, their owner named between them and the setting: a capital holds them; the speaker who
  // names them so rejects them; an owner left unnamed holds nothing.
  {
    why: "«إن محاولات واشنطن فرض شروط مسبقة لن تنجح»: a capital owns the attempts",
    text: `${HEAD}وقال ريابكوف إن محاولات واشنطن فرض شروط مسبقة على الحوار السوري لن تنجح.${TAIL}`,
    expected: ["russia geneva2_preconditions unconditional", "usa geneva2_preconditions conditional"],
  },
  {
    why: "«إن محاولات الرياض وضع شروط مسبقة مرفوضة»",
    text: `${HEAD}وأكد المقداد أن محاولات الرياض فرض شروط مسبقة على المفاوضات مرفوضة تماماً.${TAIL}`,
    expected: ["saudi_arabia geneva2_preconditions conditional", "syrian_government geneva2_preconditions unconditional"],
  },
  {
    why: '«"محاولات بعض الأطراف الغربية فرض شروط …، ومنها تنحي الأسد، أمر مرفوض"»: turned for the speaker',
    text: `${HEAD}وقال لافروف: "إن محاولات بعض الأطراف الغربية فرض شروط على الحوار، ومنها تنحي الرئيس الأسد، أمر مرفوض".${TAIL}`,
    expected: ["russia assad_role may_stay", "russia geneva2_preconditions unconditional"],
  },
  {
    why: '«"إن محاولات بعض الأطراف وضع شروط مسبقة تعرقل الحل"»: read so before (guard)',
    text: `${HEAD}وقال غاتيلوف: "إن محاولات بعض الأطراف فرض شروط مسبقة على الحوار تعرقل الحل السياسي".${TAIL}`,
    expected: ["russia geneva2_preconditions unconditional"],
  },
];

caseTable("review 13: holders (probe rounds 99-100)", CASES);
