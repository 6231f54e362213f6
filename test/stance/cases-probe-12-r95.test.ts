// Kinds of sentence found by the twelfth probe (round 95): conditions another party comes with, told in reported
// speech; a judgement of a role for Assad past a second beneficiary coordinated with him; a condition on Iran's
// attending; Assad named as the people's president; a plural refusal to attend except on a condition. Each row
// written for this table, not taken from the seeds, the development corpus or the probe's articles.
import { caseTable, type Case } from "./case-table";

/** A headline, so that the sentence under test is read as a body sentence. */
const HEAD = "مؤتمر جنيف 2 حول سوريا\n";
/** A closing body sentence with no stance. */
const TAIL = "\nوتتواصل التحضيرات لعقد المؤتمر في موعده.\n";

const CASES: Case[] = [
  // Coming with conditions or carrying them: the one who comes holds them, not the one reporting it.
  {
    why: "«قال المعلم إن وفد الرياض جاء إلى جنيف بشروط مسبقة»: the delegation that came with them",
    text: `${HEAD}وقال المعلم إن وفد الرياض جاء إلى جنيف بشروط مسبقة.${TAIL}`,
    expected: ["hnc geneva2_preconditions conditional"],
  },
  {
    why: "«ما يسمى وفد الرياض أتى بشروط مسبقة»: «ما يسمى» before the name",
    text: `${HEAD}وقال المقداد إن ما يسمى وفد الرياض أتى بشروط مسبقة.${TAIL}`,
    expected: ["hnc geneva2_preconditions conditional"],
  },
  {
    why: "«الوفد الذي شكلته الرياض جاء … حاملاً شروطاً مسبقة»: the delegation named by who formed it, carrying them",
    text: `${HEAD}وقال الجعفري إن الوفد الذي شكلته الرياض جاء إلى المفاوضات حاملاً شروطاً مسبقة.${TAIL}`,
    expected: ["hnc geneva2_preconditions conditional"],
  },
  {
    why: "«قال لافروف إن المعارضة جاءت إلى جنيف بشروط مسبقة»: the opposition named generically",
    text: `${HEAD}وقال لافروف إن المعارضة جاءت إلى جنيف بشروط مسبقة.${TAIL}`,
    expected: ["syrian_opposition geneva2_preconditions conditional"],
  },
  {
    why: "«اتهم المقداد السعودية بأنها تشترط رحيل الأسد»: the accused sets the condition",
    text: `${HEAD}واتهم المقداد السعودية بأنها تشترط رحيل الأسد قبل أي تفاوض.${TAIL}`,
    expected: ["saudi_arabia assad_role must_go", "saudi_arabia geneva2_preconditions conditional"],
  },
  {
    why: "«حضر إلى المؤتمر حاملاً مطالب الشعب»: demands carried to the table, no conditions (guard)",
    text: `${HEAD}وقال المقداد إن وفد الرياض حضر إلى المؤتمر حاملاً مطالب الشعب.${TAIL}`,
    expected: [],
  },
  {
    why: "«ولم يأت وفد الرياض بشروط مسبقة بحسب المبعوث»: the author's report of a denied fact (guard)",
    text: `${HEAD}ولم يأت وفد الرياض بشروط مسبقة بحسب المبعوث.${TAIL}`,
    expected: [],
  },
  // A role for him and for a second beneficiary coordinated after him, then the judgement.
  {
    why: "«أي دور لبشار الأسد أو لمن تلطخت أيديهم بدماء الأبرياء في مستقبل البلاد مرفوض»: judged past the second",
    text: `${HEAD}وقال الجبير إن أي دور لبشار الأسد أو لمن تلطخت أيديهم بدماء الأبرياء في مستقبل البلاد مرفوض.${TAIL}`,
    expected: ["saudi_arabia assad_role must_go"],
  },
  {
    why: "«أي دور للأسد أو لأعوانه المتورطين في قتل المدنيين في سوريا الجديدة أمر مرفوض»",
    text: `${HEAD}وقال الجبير إن أي دور للأسد أو لأعوانه المتورطين في قتل المدنيين في سوريا الجديدة أمر مرفوض.${TAIL}`,
    expected: ["saudi_arabia assad_role must_go"],
  },
  {
    why: "«أي دور للأسد ولا لأركان نظامه في المرحلة الانتقالية غير مقبول»",
    text: `${HEAD}وقال الوزير الفرنسي إن أي دور للأسد ولا لأركان نظامه في المرحلة الانتقالية غير مقبول.${TAIL}`,
    expected: ["france assad_role must_go"],
  },
  {
    why: "«أي دور للأسد أو لأعوانه مرفوض في سوريا المستقبل»: the judgement right after the second (guard)",
    text: `${HEAD}وقال الجبير إن أي دور للأسد أو لأعوانه مرفوض في سوريا المستقبل.${TAIL}`,
    expected: ["saudi_arabia assad_role must_go"],
  },
  {
    why: "«أي دور للأسد أو لمن ينتخبه السوريون في مستقبل سوريا أمر طبيعي»: no rejection past the second (guard)",
    text: `${HEAD}وقال ظريف إن أي دور للأسد أو لمن ينتخبه السوريون في مستقبل سوريا أمر طبيعي.${TAIL}`,
    expected: ["iran assad_role may_stay"],
  },
  // A condition of Iran's attending is iran_participation/conditional, not a condition on the talks.
  {
    why: "«طالب الائتلاف بسحب القوات الإيرانية شرطاً لحضور طهران»: the withdrawal is the condition, not her exclusion",
    text: `${HEAD}وطالب الائتلاف بسحب القوات الإيرانية من سوريا شرطاً لحضور طهران المؤتمر.${TAIL}`,
    expected: ["national_coalition iran_participation conditional"],
  },
  {
    why: "«قال كيري إن قبول بيان جنيف شرط لمشاركة إيران»",
    text: `${HEAD}وقال كيري إن قبول بيان جنيف شرط لمشاركة إيران في المؤتمر.${TAIL}`,
    expected: ["usa iran_participation conditional"],
  },
  {
    why: "«انسحاب الحرس الثوري من سوريا شرط مسبق لحضور الوفد الإيراني»",
    text: `${HEAD}وقالت الرياض إن انسحاب الحرس الثوري من سوريا شرط مسبق لحضور الوفد الإيراني.${TAIL}`,
    expected: ["saudi_arabia iran_participation conditional"],
  },
  {
    why: "«سحب القوات الإيرانية شرط لحضوره المؤتمر»: a condition of the speaker's own attending (guard)",
    text: `${HEAD}وقال الائتلاف إن سحب القوات الإيرانية شرط لحضوره المؤتمر.${TAIL}`,
    expected: ["national_coalition geneva2_preconditions conditional"],
  },
  {
    why: "«طالب الائتلاف برحيل الأسد شرطاً لحضور المؤتمر»: a condition on the talks (guard)",
    text: `${HEAD}وطالب الائتلاف برحيل الأسد شرطاً لحضور المؤتمر.${TAIL}`,
    expected: ["national_coalition assad_role must_go", "national_coalition geneva2_preconditions conditional"],
  },
  // Assad named as the people's president after a word of his going or staying.
  {
    why: "«لا تقبل بأن يفرض على السوريين رحيل رئيسهم شرطاً للتسوية»: their president, the Syrians named",
    text: `${HEAD}وقال لافروف إن موسكو لا تقبل بأن يفرض على السوريين رحيل رئيسهم شرطاً للتسوية.${TAIL}`,
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "«ترفض أي حديث عن تنحي رئيس البلاد»",
    text: `${HEAD}وقال لافروف إن روسيا ترفض أي حديث عن تنحي رئيس البلاد.${TAIL}`,
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "«طالب الائتلاف برحيل رئيس البلاد قبل بدء المفاوضات»",
    text: `${HEAD}وطالب الائتلاف برحيل رئيس البلاد قبل بدء المفاوضات.${TAIL}`,
    expected: ["national_coalition assad_role must_go", "national_coalition geneva2_preconditions conditional"],
  },
  {
    why: "«الشعب السوري وحده يقرر بقاء رئيسهم»",
    text: `${HEAD}وقال المعلم إن الشعب السوري وحده يقرر بقاء رئيسهم.${TAIL}`,
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: "«أعلن الائتلاف استقالة رئيسه»: a body's head (guard)",
    text: `${HEAD}وأعلن الائتلاف استقالة رئيسه بعد الانتخابات.${TAIL}`,
    expected: [],
  },
  {
    why: "«رحيل رئيسهم المنتخب ليس مطروحاً» with no Syrians named: whose president is not said (guard)",
    text: `${HEAD}وقال الوزير البريطاني إن رحيل رئيسهم المنتخب ليس مطروحاً.${TAIL}`,
    expected: [],
  },
  {
    why: "«رحيل رئيس الدولة التركية»: another state's head (guard)",
    text: `${HEAD}وقال أردوغان إن رحيل رئيس الدولة التركية ليس مطروحاً.${TAIL}`,
    expected: [],
  },
  // Refusing to attend, in the plural, except on a condition.
  {
    why: "«الأكراد لن يشاركوا في المؤتمر إلا بوفد مستقل»",
    text: `${HEAD}وقال صالح مسلم إن الأكراد لن يشاركوا في المؤتمر إلا بوفد مستقل.${TAIL}`,
    expected: ["kurdish_groups geneva2_preconditions conditional"],
  },
  {
    why: '«لن يشاركوا في أي جولة مقبلة "إلا بوفد مستقل"»: the exception quoted',
    text: `${HEAD}وقال صالح مسلم إن الأكراد لن يشاركوا في أي جولة مقبلة "إلا بوفد مستقل".${TAIL}`,
    expected: ["kurdish_groups geneva2_preconditions conditional"],
  },
  {
    why: "«لن يشارك في جنيف إلا ضمن وفد مستقل»: «إلا ضمن»",
    text: `${HEAD}وأعلن المجلس الوطني الكردي أنه لن يشارك في جنيف إلا ضمن وفد مستقل.${TAIL}`,
    expected: ["kurdish_groups geneva2_preconditions conditional"],
  },
  {
    why: "«الأكراد لن يشاركوا في المؤتمر»: no exception, no condition (guard)",
    text: `${HEAD}وقال صالح مسلم إن الأكراد لن يشاركوا في المؤتمر.${TAIL}`,
    expected: [],
  },
];

caseTable("probe 12 (r95): others' conditions in reported speech, a second beneficiary, Iran's attending, their president", CASES);
