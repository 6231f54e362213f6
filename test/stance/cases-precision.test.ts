// Precision: kinds of sentence that must give no stance, or not the one a cue word suggests (questions, a condition
// that is only an invitation, circumstances called «الشروط», an exclusion's agents). Each row is general news
// Arabic written for this table (not taken from the seeds or the development corpus), and the tuples it must give.
import { caseTable, type Case } from "./case-table";

const CASES: Case[] = [
  {
    why: "«تصريحات» is not the support trigger «تصر»; calling the exclusion illogical wants Iran there",
    text: "وقال لافروف في تصريحات صحفية إنه من غير المنطقي استبعاد إيران من المحادثات.",
    expected: ["russia iran_participation support"],
  },
  {
    why: "those named as the agents of Iran's exclusion («من قبل») oppose her taking part",
    text: "وانتقد لافروف استبعاد إيران من المؤتمر لأسباب سياسية من قبل واشنطن والرياض.",
    expected: ["russia iran_participation support", "saudi_arabia iran_participation oppose", "usa iran_participation oppose"],
  },
  {
    why: "a question asks for a position, it states none",
    text: "وهل تؤيد تركيا مشاركة إيران في المفاوضات المقبلة؟",
    expected: [],
  },
  {
    why: "a question on attending without preconditions states none",
    text: "هل يقبل الائتلاف الذهاب إلى جنيف دون شروط مسبقة؟",
    expected: [],
  },
  {
    why: "being invited is not a precondition: «إذا دعيت … فإنها ستشارك»",
    text: "وقال المتحدث باسم الخارجية الإيرانية إذا دعيت طهران إلى المؤتمر فإنها ستشارك فيه.",
    expected: [],
  },
  {
    why: "«في حال قبول إيران الدعوة» is her taking part, not a condition on it (the author's hypothetical)",
    text: "وفي حال قبول إيران الدعوة للمشاركة في المحادثات فستكون هذه أول مرة تحضر فيها طهران مؤتمرا دوليا بشأن سوريا.",
    expected: [],
  },
  {
    why: "«دون شروط» right after Assad's departure qualifies the departure, not the talks",
    text: "وقال وزير الخارجية الفرنسي إن باريس تطالب برحيل الأسد دون شروط.",
    expected: ["france assad_role must_go"],
  },
  {
    why: "refusing to attend under the terms now on offer is conditional, not a rejection of preconditions",
    text: "وأعلنت هيئة التنسيق الوطنية رفضها المشاركة في المفاوضات بالشروط الحالية.",
    expected: ["ncb geneva2_preconditions conditional"],
  },
  {
    why: "a condition whose subject is Iran («شرط موافقة طهران») conditions her taking part, not the talks",
    text: "وقال رئيس الائتلاف إن مشاركة إيران في الجولة المقبلة من المفاوضات في جنيف ستكون مقبولة من المعارضة، شرط موافقة طهران على بيان جنيف.",
    expected: ["national_coalition iran_participation conditional"],
  },
  {
    why: "Iran's taking part «مقبولة ولكن بشروط» is a conditional acceptance of her, not a precondition of the talks",
    text: "الائتلاف: مشاركة إيران في المفاوضات مقبولة ولكن بشروط",
    expected: ["national_coalition iran_participation conditional"],
  },
  {
    why: "the withdrawal asked for in the main clause is not the condition of «في حال … ،»",
    text: "وفي حال رفض طهران هذه المطالب، سيطالب الائتلاف بسحب الدعوة من إيران.",
    expected: ["national_coalition iran_participation oppose"],
  },
];

caseTable("precision: case table", CASES);
