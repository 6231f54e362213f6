// Kinds from this session's rounds on politicians without office and election campaigns (r227), and on ceasefires,
// accountability and the support group (r229): a former official of a state or of the UN speaks for none (a former
// leader of an opposition body still speaks as its member); his fate not a matter for bargaining; the man described by
// his crimes in more ways («يجوّع شعبه», «استخدم البراميل … ضد شعبه»); criticising named by its participle («منتقداً
// الذين يضعون …»); the presidency not discussed, by a passive; no point in a round before a demand is met; talk of his
// going judged, the judgement first.
// Each row a sentence of general news Arabic written for this table (not taken from the seeds, the development corpus
// or the rounds).
import { caseTable, type Case } from "./case-table";

const T = "جنيف 2: مواقف\n\n";

const CASES: Case[] = [
  {
    why: "«وزير الخارجية الفرنسي السابق»: a former minister speaks for no one",
    text: `${T}وقال وزير الخارجية الفرنسي السابق في مقابلة تلفزيونية إن على الأسد أن يرحل.`,
    expected: [],
  },
  {
    why: "«الأمين العام السابق للأمم المتحدة كوفي أنان»: the body named after the office and «السابق», and the person after it",
    text: `${T}ورأى الأمين العام السابق للأمم المتحدة كوفي أنان أن إيران كان يجب أن تشارك في المؤتمر.`,
    expected: [],
  },
  {
    why: "«السفير الأمريكي السابق لدى سوريا روبرت فورد»: nor the state where he served",
    text: `${T}وقال السفير الأمريكي السابق لدى سوريا روبرت فورد إن الأسد باق في السلطة.`,
    expected: [],
  },
  {
    why: "«وزيرة الخارجية الأمريكية السابقة هيلاري كلينتون»: the ministry after the office word, then «السابقة»",
    text: `${T}وقالت وزيرة الخارجية الأمريكية السابقة هيلاري كلينتون إن على الأسد أن يرحل.`,
    expected: [],
  },
  {
    why: "«الرئيس السابق للائتلاف معاذ الخطيب» (guard): a former leader of the Coalition still speaks as its member",
    text: `${T}وقال الرئيس السابق للائتلاف معاذ الخطيب إن على الأسد أن يرحل.`,
    expected: ["national_coalition assad_role must_go"],
  },
  {
    why: "«البيان الروسي السابق» (guard): a party's earlier statement, no former official",
    text: `${T}وجدد البيان الروسي السابق رفض موسكو أي شروط مسبقة.`,
    expected: ["russia geneva2_preconditions unconditional"],
  },
  {
    why: "«السفير الأمريكي في دمشق روبرت فورد» (guard): in office, his state's",
    text: `${T}وقال السفير الأمريكي في دمشق روبرت فورد إن على الأسد أن يرحل.`,
    expected: ["usa assad_role must_go"],
  },
  {
    why: "«مصير الأسد لا يمكن أن يكون موضوعاً للمساومة»: his fate not a matter for bargaining keeps him",
    text: `${T}وقال وزير الخارجية الإيراني إن مصير الرئيس بشار الأسد لا يمكن أن يكون موضوعا للمساومة في جنيف.`,
    expected: ["iran assad_role may_stay"],
  },
  {
    why: "«رجلاً يجوّع شعبه ويقصف المستشفيات لا يمكن أن يكون له دور»: the man described by what he does to his people",
    text: `${T}وقال وزير الخارجية البريطاني إن الأسد يقصف المدنيين، وإن "رجلا يجوع شعبه ويقصف المستشفيات لا يمكن أن يكون له دور في المرحلة الانتقالية".`,
    expected: ["uk assad_role must_go"],
  },
  {
    why: "«لا يمكن لرجل يجوّع شعبه أن يكون جزءاً من الحل»: the man described by a verb in the present",
    text: `${T}وقال وزير الخارجية الأمريكي عن الأسد إنه لا يمكن لرجل يجوع شعبه أن يكون جزءا من الحل.`,
    expected: ["usa assad_role must_go"],
  },
  {
    why: "«منتقداً بعض شركائنا الذين يضعون رحيل الرئيس شرطاً»: criticising by its participle rejects the condition",
    text: `${T}ودعا وزير الخارجية الروسي سيرغي لافروف إلى عقد المؤتمر، منتقدا بعض شركائنا الذين يضعون رحيل الرئيس السوري شرطا لبدء الحوار.`,
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "«الرئاسة في سوريا لا تناقش مع الأجانب»: the office the subject of a negated passive of discussing keeps him",
    text: `${T}وقال الرئيس السوري بشار الأسد إن الرئاسة في سوريا لا تناقش مع الأجانب.`,
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: "«الأسد لا يناقش مع الأجانب …» (guard): he the subject of his own discussing, no office kept off the table",
    text: `${T}وقال وزير الخارجية السوري إن الأسد لا يناقش مع الأجانب مستقبل سوريا.`,
    expected: [],
  },
  {
    why: "«لا معنى لأي جولة جديدة قبل وقف المجازر»: no point in a round before what is demanded is a condition of the talks",
    text: `${T}وقال المتحدث باسم الهيئة العليا للمفاوضات إنه لا معنى لأي جولة جديدة قبل وقف المجازر في حلب.`,
    expected: ["hnc geneva2_preconditions conditional"],
  },
  {
    why: "«لم يعد مقبولاً الحديث عن رحيل الرئيس»: the judgement on talk of his going put first",
    text: `${T}وقال وزير الإعلام السوري عمران الزعبي إنه لم يعد مقبولا الحديث عن رحيل الرئيس.`,
    expected: ["syrian_government assad_role may_stay"],
  },
];

caseTable("Former officials and accountability: no party for a former official, the man described, criticising", CASES);
