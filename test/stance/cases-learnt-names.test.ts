// People the lexicon does not know, whom an article introduces by an office in a party it knows and then names
// alone (SentenceMentions.learntNames), and a state named by its rule («النظام السعودي», actors.json officials with
// `state`). Each row a sentence of general news Arabic, written for this table (not taken from the seeds, the
// development corpus or the rounds), and the tuples it must give.
import { caseTable, type Case } from "./case-table";

const TITLE = "تطورات الأزمة السورية والمؤتمر الدولي\n";

const CASES: Case[] = [
  {
    why: "a name after the title, set off by commas, then alone after a verb of saying in the next sentence",
    text: `${TITLE}وكان نائب وزير الخارجية التركي، كمال أرسلان أوغلو، قد زار العاصمة الأردنية أمس. وقال أرسلان أوغلو للصحفيين إن بلاده تؤيد حضور إيران في المؤتمر.`,
    expected: ["turkey iran_participation support"],
  },
  {
    why: "a name right after the title before «إن», then by «وأضاف» and the name two sentences on",
    text: `${TITLE}وقال المبعوث الأممي ماركو فيليني إن الاجتماع كان مفيداً. والتقى بعدها وزير الخارجية الروسي. وأضاف فيليني أن الأسد يجب أن يتنحى عن الحكم.`,
    expected: ["un assad_role must_go"],
  },
  {
    why: "a name before a role in a party, set off by a comma, then alone as a later speaker",
    text: `${TITLE}تحدث سليم الكردي، عضو الهيئة السياسية في الائتلاف، عن الاجتماع الأخير. ثم قال الكردي إن الائتلاف لن يشارك ما لم تسحب الدعوة الموجهة إلى إيران.`,
    expected: ["national_coalition geneva2_preconditions conditional", "national_coalition iran_participation oppose"],
  },
  {
    why: "an interview's guest introduced with a dash and his body; the transcript's turns carry his name alone",
    text: `الضيف: عادل المرعي - عضو المكتب التنفيذي لهيئة التنسيق الوطنية\nالمذيع: هل تقبلون بمشاركة إيران؟\nالمرعي: نحن مع مشاركة إيران في المؤتمر لأنها طرف مؤثر في الأزمة.`,
    expected: ["ncb iran_participation support"],
  },
  {
    why: "guard: a verb after a title is what he did, not his name («المبعوث الأممي يجري مشاوراته»)",
    text: `${TITLE}ولا يزال المبعوث الأممي يجري مشاوراته مع الأطراف، وقال دبلوماسيون إن المؤتمر قد يتأجل. وقال مشاوراته إن الأسد يجب أن يرحل.`,
    expected: [],
  },
  {
    why: "guard: an ambassador to a state is not that state's («السفير الإيراني الجديد لدى روسيا»)",
    text: `${TITLE}قال السفير الإيراني الجديد لدى روسيا، حميد رضائي، إن بلاده لن تقبل أي شروط مسبقة للمشاركة في المؤتمر.`,
    expected: ["iran geneva2_preconditions unconditional"],
  },
  {
    why: "«النظام السعودي» is Saudi Arabia, accused by another of setting the condition",
    text: `${TITLE}واتهم المقداد النظام السعودي بأنه يشترط رحيل الرئيس الأسد قبل أي مفاوضات.`,
    expected: ["saudi_arabia geneva2_preconditions conditional", "saudi_arabia assad_role must_go"],
  },
  {
    why: "«النظام التركي» as the subject of a reported position",
    text: `${TITLE}وقال الجعفري إن النظام التركي يريد رحيل الأسد بأي ثمن.`,
    expected: ["turkey assad_role must_go"],
  },
];

caseTable("Names an article teaches, and a state named by its rule", CASES);
