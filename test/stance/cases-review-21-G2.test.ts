// Kinds of condition sentence found by the probe rounds: whether a party will set conditions, an open question
// («ما إذا كانت ستضع شروطاً»); «مطالب بـ» after everyone, the passive participle (required to), not demands; conditions
// kept for the table and not set before it («الشروط توضع على طاولة التفاوض لا قبلها»); «بشرط …» after a negated
// verb of accepting, or a negated going whose purpose is accepting it («لم نذهب إلى جنيف لنقبل بشرط …»); the withdrawal
// of Iran's invitation welcomed by its verbal noun or its name («ترحيبه بالقرار», «بقرار السحب»). Each row written for
// this table, not taken from the seeds, the development corpus or the probe's articles.
import { caseTable, type Case } from "./case-table";

/** A headline, so that the sentence under test is read as a body sentence. */
const HEAD = "مؤتمر جنيف 2 حول سوريا\n";
/** A closing body sentence with no stance. */
const TAIL = "\nوتتواصل التحضيرات لعقد المؤتمر في موعده.\n";

const CASES: Case[] = [
  {
    why: "«لم تحدد بعد ما إذا كانت ستضع شروطاً لحضور الجولة»: an open question, no one's terms",
    text: `${HEAD}وقالت الهيئة العليا للمفاوضات إنها تسلمت الدعوة، ولم تحدد بعد ما إذا كانت ستضع شروطا لحضور الجولة المقبلة.${TAIL}`,
    expected: [],
  },
  {
    why: "«إنها ستضع شروطاً لحضور الجولة»: no question, her terms (guard)",
    text: `${HEAD}وقالت الهيئة العليا للمفاوضات إنها ستضع شروطا لحضور الجولة المقبلة.${TAIL}`,
    expected: ["hnc geneva2_preconditions conditional"],
  },
  {
    why: "«إن الجميع مطالب بالعودة إلى طاولة المفاوضات»: the passive participle, no demands",
    text: `${HEAD}وقال وزير الخارجية الروسي إن الجميع مطالب بالعودة إلى طاولة المفاوضات في جنيف دون إبطاء.${TAIL}`,
    expected: [],
  },
  {
    why: "«قدم الائتلاف مطالب بالإفراج عن المعتقلين قبل الذهاب إلى المفاوضات»: demands proper (guard)",
    text: `${HEAD}وقدم الائتلاف الوطني مطالب بالإفراج عن المعتقلين قبل الذهاب إلى المفاوضات.${TAIL}`,
    expected: ["national_coalition geneva2_preconditions conditional"],
  },
  {
    why: "«المطالب تطرح داخل قاعة المفاوضات وليس قبلها»: kept for the table, not set before it",
    text: `${HEAD}وقال المنسق العام لهيئة التنسيق إن المطالب تطرح داخل قاعة المفاوضات وليس قبلها.${TAIL}`,
    expected: ["ncb geneva2_preconditions unconditional"],
  },
  {
    why: "«الشروط توضع على طاولة التفاوض لا قبلها»",
    text: `${HEAD}وقال المنسق العام لهيئة التنسيق إن الشروط توضع على طاولة التفاوض لا قبلها.${TAIL}`,
    expected: ["ncb geneva2_preconditions unconditional"],
  },
  {
    why: "«لم نذهب إلى المؤتمر لنقبل بشرط رحيل الأسد»: the condition refused, his going not a precondition",
    text: `${HEAD}وقال عضو المكتب التنفيذي في هيئة التنسيق: لم نذهب إلى مؤتمر المعارضة لنقبل بشرط رحيل الأسد المسبق.${TAIL}`,
    expected: ["ncb assad_role may_stay", "ncb geneva2_preconditions unconditional"],
  },
  {
    why: "«سنذهب إلى جنيف بشرط رحيل الأسد»: on condition, no accepting (guard)",
    text: `${HEAD}وقال عضو المكتب التنفيذي في هيئة التنسيق: سنذهب إلى جنيف بشرط رحيل الأسد.${TAIL}`,
    expected: ["ncb assad_role must_go", "ncb geneva2_preconditions conditional"],
  },
  {
    why: "«ورحبت واشنطن بقرار السحب»: the withdrawal of her invitation, named in the sentence before, welcomed",
    text: `${HEAD}وأعلن الأمين العام للأمم المتحدة سحب الدعوة الموجهة إلى إيران. ورحبت واشنطن على الفور بقرار السحب، وقالت إنها كانت واضحة منذ البداية.${TAIL}`,
    expected: ["un iran_participation oppose", "usa iran_participation oppose"],
  },
  {
    why: "«وأعلن الائتلاف ترحيبه بالقرار»: the verbal noun of welcoming with its pronoun",
    text: `${HEAD}وأعلن الأمين العام للأمم المتحدة سحب الدعوة الموجهة إلى إيران، وأعلن الائتلاف الوطني لاحقا ترحيبه بالقرار وتأكيد مشاركته.${TAIL}`,
    expected: ["national_coalition iran_participation oppose", "un iran_participation oppose"],
  },
  {
    why: "«ورحبت تركيا بقرار السحب» after another's invitation withdrawn: nothing of Iran's (guard)",
    text: `${HEAD}وقرر المنظمون سحب الدعوة الموجهة إلى الوفد الكردي. ورحبت تركيا على الفور بقرار السحب.${TAIL}`,
    expected: [],
  },
];

caseTable("review 21 (G2): conditions asked about, required of all, kept for the table, refused; a withdrawal welcomed", CASES);
