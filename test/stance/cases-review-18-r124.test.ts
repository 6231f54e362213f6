// Kinds of sentence found by probe round r124: a sentence opening on a contrast with the speaker's pronoun («لكنه شدد
// على أن …», «غير أنها أكدت …»), his; his presence named as the cause of a harm («وجوده هو ما يجذب المقاتلين»), no
// role wanted for him; «إن» before a past verb of attending as "if" («هدد بمقاطعة المؤتمر إن حضرته طهران»), her
// absence required; a verb of saying after «حين/عندما» explaining a negated clause of doing («لم يترك ولايتي مجالاً
// للشك حين قال …»), the doer's; and «ليست X ولا شرطاً مسبقاً» (neither … nor, one negation). Each row written for
// this table, not taken from the seeds, the development corpus or the probe's articles.
import { caseTable, type Case } from "./case-table";

/** A headline, so that the sentence under test is read as a body sentence. */
const HEAD = "مؤتمر جنيف 2 حول سوريا\n";
/** A closing body sentence with no stance. */
const TAIL = "\nوتتواصل التحضيرات لعقد المؤتمر في موعده.\n";

const CASES: Case[] = [
  // «لكنه شدد …» opening a sentence: the pronoun is the speaker of the sentence before.
  {
    why: "«وقال الوزير البريطاني … . لكنه شدد على أن …»: the speaker before goes on after «لكنه»",
    text: `${HEAD}وقال وزير الخارجية البريطاني إن بلاده تدعم جهود المبعوث الدولي. لكنه شدد على أن الأسد لا يمكن أن يكون جزءا من مستقبل البلاد.${TAIL}`,
    expected: ["uk assad_role must_go"],
  },
  {
    why: "«… . غير أنها أكدت …»: the feminine pronoun, a spokeswoman before",
    text: `${HEAD}وقالت المتحدثة باسم الخارجية الأمريكية إن واشنطن ترحب بعقد المؤتمر. غير أنها أكدت أن الأسد فقد شرعيته ولا مكان له في أي حكومة انتقالية.${TAIL}`,
    expected: ["usa assad_role must_go"],
  },
  {
    why: "«… . إلا أنه في الوقت نفسه أكد …»: an adverb between the pronoun and the verb",
    text: `${HEAD}وقال لافروف إن موسكو تتابع الاتصالات مع جميع الأطراف. إلا أنه في الوقت نفسه أكد أن رحيل الأسد لا يجب أن يكون شرطا مسبقا للحوار.${TAIL}`,
    expected: ["russia assad_role may_stay", "russia geneva2_preconditions unconditional"],
  },
  {
    why: "«… . لكن الجربا قال …»: a speaker named after «لكن» is his own (guard)",
    text: `${HEAD}وقال لافروف إن موسكو تتابع الاتصالات مع جميع الأطراف. لكن الجربا قال إن الائتلاف لن يحضر ما لم يتم الاتفاق على رحيل الأسد.${TAIL}`,
    expected: ["national_coalition assad_role must_go", "national_coalition geneva2_preconditions conditional"],
  },
  // His presence or staying as the cause of a harm: no role or stay wanted for him.
  {
    why: "«…، فوجوده هو ما يجذب المتطرفين»: his presence blamed, not a role wanted",
    text: `${HEAD}وقال الوزير الفرنسي فابيوس إن الأسد لا يمكن أن يحكم سوريا بعد اليوم، فوجوده هو ما يجذب المتطرفين من كل مكان.${TAIL}`,
    expected: ["france assad_role must_go"],
  },
  {
    why: "«بقاء الأسد يغذي التطرف»: his staying blamed",
    text: `${HEAD}وقال وزير الخارجية البريطاني إن بقاء الأسد يغذي التطرف في المنطقة كلها.${TAIL}`,
    expected: [],
  },
  {
    why: "«وجود الأسد هو العقبة أمام أي حل»: his presence the obstacle",
    text: `${HEAD}وقال وزير الخارجية السعودي إن وجود الأسد هو العقبة أمام أي حل سياسي.${TAIL}`,
    expected: [],
  },
  {
    why: "«وجود الأسد ضروري لمحاربة الإرهاب»: his presence wanted (guard)",
    text: `${HEAD}وقال لافروف إن وجود الأسد ضروري لمحاربة الإرهاب في سوريا.${TAIL}`,
    expected: ["russia assad_role may_stay"],
  },
  // «إن» before a past verb of attending is "if": a boycott if Iran comes requires her absence.
  {
    why: "«هدد الائتلاف بمقاطعة المؤتمر إن حضرت إيران»",
    text: `${HEAD}وهدد الائتلاف الوطني بمقاطعة المؤتمر الدولي إن حضرت إيران جلسته الأولى.${TAIL}`,
    expected: ["national_coalition geneva2_preconditions conditional", "national_coalition iran_participation oppose"],
  },
  {
    why: "«إثر تهديد الائتلاف بالانسحاب من المؤتمر إن حضرته طهران»: the threat a noun, its owner after it",
    text: `${HEAD}وتأجلت الجلسة إثر تهديد الائتلاف الوطني بالانسحاب من المؤتمر إن حضرته طهران.${TAIL}`,
    expected: ["national_coalition geneva2_preconditions conditional", "national_coalition iran_participation oppose"],
  },
  {
    why: "«لوحت الرياض بمقاطعة الاجتماع إذا حضرته إيران»: «حضرته», the conference its object, after «إذا» too",
    text: `${HEAD}وكانت السعودية قد لوحت بمقاطعة الاجتماع إذا حضرته إيران بوفد رسمي.${TAIL}`,
    expected: ["saudi_arabia geneva2_preconditions conditional", "saudi_arabia iran_participation oppose"],
  },
  {
    why: "«سيحضر إن حضرت إيران أو لم تحضر»: no refusal, no condition (guard)",
    text: `${HEAD}وقال الجربا إن الائتلاف سيحضر المؤتمر إن حضرت إيران أو لم تحضر.${TAIL}`,
    expected: [],
  },
  {
    why: "«سيحضر إن شارك الجميع»: «إن» and a verb of attending with no Iran (guard)",
    text: `${HEAD}وقال المعلم إن وفد دمشق سيحضر إن شارك الجميع.${TAIL}`,
    expected: [],
  },
  // «حين/عندما قال» after a negated clause of doing: the doer speaks.
  {
    why: "«وفي طهران، لم يترك ولايتي مجالاً للشك حين قال إن …»",
    text: `${HEAD}وفي طهران، لم يترك ولايتي مجالاً للشك حين قال إن الأسد خط أحمر ولا يمكن التخلي عنه.${TAIL}`,
    expected: ["iran assad_role may_stay"],
  },
  {
    why: "«وفي موسكو، لم يخف لافروف غضبه عندما قال إن …»: read so already (guard)",
    text: `${HEAD}وفي موسكو، لم يخف لافروف غضبه عندما قال إن رحيل الأسد لا يجب أن يكون شرطا مسبقا.${TAIL}`,
    expected: ["russia assad_role may_stay", "russia geneva2_preconditions unconditional"],
  },
  {
    why: "«وفاجأ الجربا الحاضرين عندما قال إن …»: an affirmed clause of doing, as before (guard)",
    text: `${HEAD}وفاجأ الجربا الحاضرين عندما قال إن الائتلاف لن يحضر المؤتمر إذا حضرت إيران.${TAIL}`,
    expected: ["national_coalition geneva2_preconditions conditional", "national_coalition iran_participation oppose"],
  },
  // «ليس X ولا شرطاً مسبقاً»: «ولا» before an indefinite noun joins the first negation.
  {
    why: "«المساعدات ليست ورقة ضغط ولا شرطاً مسبقاً»: neither … nor, no condition",
    text: `${HEAD}وقال دي ميستورا إن إيصال المساعدات ليس ورقة ضغط ولا شرطا مسبقا للمفاوضات.${TAIL}`,
    expected: ["un geneva2_preconditions unconditional"],
  },
  {
    why: "«لا ترى دوراً للأسد ولا مكاناً له»: «ولا» before a noun, as before (guard)",
    text: `${HEAD}وقال كيري إن واشنطن لا ترى دورا للأسد ولا مكانا له في المرحلة الانتقالية.${TAIL}`,
    expected: ["usa assad_role must_go"],
  },
  {
    why: "«لا وقف للنار ولا شروط مسبقة»: as before (guard)",
    text: `${HEAD}وقال لافروف إنه لا وقف للنار ولا شروط مسبقة قبل المفاوضات.${TAIL}`,
    expected: ["russia geneva2_preconditions unconditional"],
  },
];

caseTable("review 18 (r124: «لكنه شدد»; presence as harm; «إن حضرت إيران»; «حين قال» after a negated doing; «ليس X ولا شرطاً»)", CASES);
