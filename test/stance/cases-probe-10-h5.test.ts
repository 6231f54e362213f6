// Kinds of sentence found by the held-out rounds r74-r79 (false claims and wrong holders): each row written for this
// table, not taken from the seeds, the development corpus or the rounds' articles.
import { caseTable, type Case } from "./case-table";

/** A headline, so that the sentence under test is read as a body sentence. */
const HEAD = "مؤتمر جنيف 2 حول سوريا\n";

const CASES: Case[] = [
  // A speaker named only inside what another reports («… موضحاً أن ظريف أكد له أن …») does not hold what the
  // reporter said before him, nor what follows the reporter's next verb of saying.
  {
    why: "«قال إنه وجه الدعوة إلى طهران، موضحاً أن ظريف أكد له …»: the invitation is not Zarif's",
    text: `${HEAD}وكان بان قد قال إنه وجه الدعوة إلى طهران، موضحاً أن ظريف أكد له أن بلاده ملتزمة بأساس المؤتمر.`,
    expected: [],
  },
  {
    why: "«قال لافروف إن الوزير الإيراني أبلغه …، وأضاف أن …»: the reporter named, he speaks on (guard)",
    text: `${HEAD}وقال لافروف إن وزير الخارجية الإيراني أبلغه التزام بلاده بأساس المؤتمر، وأضاف أن "طهران يجب أن تكون على الطاولة في جنيف".`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "«بعد أن التقى نظيره، قال لافروف إن …»: «بعد أن» is no report, the speaker is his own (guard)",
    text: `${HEAD}بعد أن التقى نظيره الأمريكي، قال لافروف إن "إيران يجب أن تكون على الطاولة في جنيف".`,
    expected: ["russia iran_participation support"],
  },
  // Conditions refused, unmentioned, negotiated or set on another's taking part: no condition set on the talks.
  {
    why: "«يجب ألا تعلق المفاوضات على أي شرط»: hanging on no condition refuses them",
    text: `${HEAD}وقال المبعوث الأممي إن المفاوضات يجب ألا تعلق على أي شرط، لأن السوريين لا يستطيعون الانتظار.`,
    expected: ["un geneva2_preconditions unconditional"],
  },
  {
    why: "«مشاركتنا معلقة على شرط واحد»: hanging on one, not negated, is a condition (guard)",
    text: `${HEAD}وقال رئيس الائتلاف إن مشاركتنا في المفاوضات معلقة على شرط واحد هو وقف القصف.`,
    expected: ["national_coalition geneva2_preconditions conditional"],
  },
  {
    why: "«رحبت بقرار الهيئة، من غير أن تعلق على الشروط التي وضعتها»: conditions not commented on",
    text: `${HEAD}ورحبت الخارجية الفرنسية بقرار الهيئة حضور المحادثات، من غير أن تعلق على الشروط التي وضعتها.`,
    expected: [],
  },
  {
    why: "«رحبت …، لكنها قالت إنها تضع شروطاً على مشاركة النظام»: conditions of her own (guard)",
    text: `${HEAD}ورحبت الخارجية الفرنسية بقرار الهيئة حضور المحادثات، لكنها قالت إنها تضع شروطاً على مشاركة النظام في المحادثات.`,
    expected: ["france geneva2_preconditions conditional"],
  },
  {
    why: "«دولاً غربية تضع شروطاً على المشاركة الإيرانية»: conditions on Iran's taking part are not the reporter's on the talks",
    text: `${HEAD}ولفت الوزير الروسي إلى أن دولاً غربية تضع شروطاً على المشاركة الإيرانية في المؤتمر.`,
    expected: [],
  },
  {
    why: "«الائتلاف يضع شروطاً على حضور المؤتمر»: on attending the talks (guard)",
    text: `${HEAD}وقال الجربا إن الائتلاف يضع شروطاً على حضور المؤتمر.`,
    expected: ["national_coalition geneva2_preconditions conditional"],
  },
  {
    why: "«لا نطرح شروطاً، فالمطالب يتفاوض عليها على الطاولة»: demands negotiated at the table are no condition",
    text: `${HEAD}وقال المنسق العام لهيئة التنسيق: لا نطرح شروطاً للمشاركة، فالمطالب يتفاوض عليها على الطاولة.`,
    expected: ["ncb geneva2_preconditions unconditional"],
  },
  {
    why: "«للهيئة شروط لحضور المؤتمر أبرزها وقف القصف»: conditions named, not negotiated (guard)",
    text: `${HEAD}وقال المنسق العام لهيئة التنسيق إن للهيئة شروطاً لحضور المؤتمر أبرزها وقف القصف.`,
    expected: ["ncb geneva2_preconditions conditional"],
  },
  // A report denied, named without the article and with its verb after it («تقارير صحفية تحدثت عن …»).
  {
    why: "«نفت الخارجية الروسية تقارير صحفية تحدثت عن طلب الكرملين من الرئيس التنحي»: a denied report states nothing",
    text: `${HEAD}وقد نفت الخارجية الروسية أمس تقارير صحفية تحدثت عن طلب الكرملين من الرئيس السوري التنحي.`,
    expected: [],
  },
  {
    why: "«نفت … تقارير صحفية عن صفقة، وقالت إن رحيل الأسد ليس مطروحاً»: her own next clause is hers (guard)",
    text: `${HEAD}ونفت الخارجية الروسية تقارير صحفية عن صفقة مع واشنطن، وقالت إن رحيل الأسد ليس مطروحاً.`,
    expected: ["russia assad_role may_stay"],
  },
  // The one urged after «قد حث» (the past perfect) is asked, not the holder.
  {
    why: "«كان الوزير الأمريكي قد حث الهيئة على حضور المحادثات دون شروط»: the asker holds it",
    text: `${HEAD}وكان وزير الخارجية الأمريكي قد حث الهيئة العليا للمفاوضات على حضور المحادثات دون شروط مسبقة.`,
    expected: ["usa geneva2_preconditions unconditional"],
  },
  {
    why: "«قد حث الهيئة خلال لقائه حجاب في الرياض على …»: a phrase of meeting between the urged and «على»",
    text: `${HEAD}وكان وزير الخارجية الأمريكي قد حث الهيئة العليا للمفاوضات خلال لقائه حجاب في الرياض على حضور المحادثات دون شروط مسبقة.`,
    expected: ["usa geneva2_preconditions unconditional"],
  },
  {
    why: "«كانت الهيئة قد دعت إلى حضور المحادثات دون شروط»: no one asked, the body speaks (guard)",
    text: `${HEAD}وكانت الهيئة العليا للمفاوضات قد دعت إلى حضور المحادثات دون شروط مسبقة.`,
    expected: ["hnc geneva2_preconditions unconditional"],
  },
];

caseTable("tenth probe (h5): reported speakers, refused conditions, denied reports, the one urged", CASES);
