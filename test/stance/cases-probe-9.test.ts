// Kinds of sentence found by a ninth probe (the held-out rounds r62-r64, read after their first run): each row
// written for this table, not taken from the seeds, the development corpus or the probe's articles.
import { caseTable, type Case } from "./case-table";

/** A headline, so that the sentence under test is read as a body sentence. */
const HEAD = "مؤتمر جنيف 2 حول سوريا\n";

const CASES: Case[] = [
  // Her exclusion judged a mistake: the judgement is read once.
  {
    why: "«معتبراً أن استبعاد طهران سيكون خطأ»: her exclusion judged after a describing participle wants her there",
    text: `${HEAD}وأكد نائب وزير الخارجية الروسي أن بلاده تؤيد مشاركة إيران، معتبرا أن استبعاد طهران من المؤتمر سيكون خطأ جسيما.`,
    expected: ["russia iran_participation support"],
  },
  {
    why: '«اعتبر أن إقصاء إيران "خطأ فادح"»: a describing verb before her exclusion judged in quotation marks',
    text: `${HEAD}واعتبر المتحدث باسم حزب الله أن إقصاء إيران عن المؤتمر "خطأ فادح".`,
    expected: ["hezbollah iran_participation support"],
  },
  {
    why: '«قال إن استبعاد إيران "ليس كارثة لكنه خطأ"»: the judgement after a concession is still the speaker\'s',
    text: `${HEAD}وقال وزير الخارجية الروسي إن استبعاد إيران من المحادثات "ليس كارثة لكنه خطأ".`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "«وصف قرار سحب الدعوة بأنه خطأ»: the describer wants her there (guard, read as before)",
    text: `${HEAD}ووصف وزير الخارجية الروسي سحب الدعوة من إيران بأنه خطأ.`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "«طالب باستبعاد إيران واصفاً موقفها بالغريب»: her position judged, not her exclusion: the demand opposes",
    text: `${HEAD}وطالب رئيس الائتلاف الوطني باستبعاد إيران من المؤتمر واصفا موقفها من الثورة بالعدائي.`,
    expected: ["national_coalition iran_participation oppose"],
  },
  // Invited on no terms.
  {
    why: "«مستعدة للمشاركة إذا دعيت إليها»: being invited is no condition; her readiness supports her taking part",
    text: `${HEAD}وقال المتحدث باسم الخارجية الإيرانية إن بلاده "مستعدة للمشاركة في المؤتمر إذا دعيت إليه".`,
    expected: ["iran iran_participation support"],
  },
  {
    why: "«إذا دعيت إيران» is another's invitation, not the speaker's own (guard: the boycott's condition)",
    text: `${HEAD}وقال رئيس الائتلاف إن الائتلاف لن يشارك في المؤتمر إذا دعيت إيران إليه.`,
    expected: ["national_coalition geneva2_preconditions conditional", "national_coalition iran_participation oppose"],
  },
  // A plural or dual verb of position after a party named by nationality or name.
  {
    why: "an interview's answer: «الأمريكيون يصرون على أن …» is theirs, not the one answering",
    text: `نائب وزير الخارجية الروسي لـ"إزفستيا": لا بديل عن الحل السياسي\nس: وما موقف واشنطن من الرئيس السوري؟\nج: الأمريكيون يصرون على أن الأسد يجب أن يتنحى، وهذا ليس موقفنا.`,
    expected: ["usa assad_role must_go"],
  },
  {
    why: "«السعوديون يطالبون برحيل الأسد» in a speaker's quotation: the party before the plural verb holds it",
    text: `${HEAD}وقال المبعوث الروسي: "السعوديون يطالبون برحيل الأسد قبل أي حوار".`,
    expected: ["saudi_arabia assad_role must_go", "saudi_arabia geneva2_preconditions conditional"],
  },
  {
    why: "«موسكو ودمشق تؤكدان على ضرورة مشاركة إيران»: a dual verb of position, both hold it",
    text: `${HEAD}وأشار مساعد وزير الخارجية الإيراني إلى أن موسكو ودمشق تؤكدان على ضرورة مشاركة إيران في المؤتمر.`,
    expected: ["russia iran_participation support", "syrian_government iran_participation support"],
  },
  // «ألا» (أن لا) before the verb that would set conditions.
  {
    why: "«يجب ألا تضع المعارضة شروطاً مسبقة للمشاركة»: conditions for attending under «ألا» are refused",
    text: `${HEAD}وقال وزير الخارجية الفرنسي إنه يجب ألا تضع المعارضة شروطا مسبقة للمشاركة في المؤتمر.`,
    expected: ["france geneva2_preconditions unconditional"],
  },
  {
    why: "«وألا يضع أي طرف شروطاً لحضوره» after what the speaker wants: unconditional",
    text: `${HEAD}وقال المبعوث الأممي إنه يريد أن تبدأ المفاوضات في موعدها وألا يضع أي طرف شروطا لحضوره.`,
    expected: ["un geneva2_preconditions unconditional"],
  },
  {
    why: "«إلا أن الائتلاف يضع شروطاً للمشاركة»: «إلا أن» is «however», no negation (guard)",
    text: `${HEAD}ورحب الائتلاف بالدعوة، إلا أن الائتلاف يضع شروطا للمشاركة في المؤتمر.`,
    expected: ["national_coalition geneva2_preconditions conditional"],
  },
];

caseTable("ninth probe: kinds of r62-r64", CASES);
