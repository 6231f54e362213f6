// Topic cues, fourth round (conditions requiring Iran's absence, criticised decisions, "until", positions referred
// back to and agreed with, conditions not set, talks refused unless, a position named by «موقف»): each row a sentence
// of general news Arabic, written for this table (not taken from the seeds or the development corpus), and the
// tuples it must give.
import { caseTable, type Case } from "./case-table";

const CASES: Case[] = [
  {
    why: "her exclusion after «إلا بعد» is what the condition requires: oppose, not support turned by «لن يشارك»",
    text: "وقال المتحدث باسم الائتلاف إن الائتلاف لن يشارك في المؤتمر إلا بعد استبعاد إيران",
    expected: ["national_coalition geneva2_preconditions conditional", "national_coalition iran_participation oppose"],
  },
  {
    why: "«إذا لم تسحب الأمم المتحدة دعوتها لإيران»: the withdrawal, subject between, is what the boycott requires",
    text: "وقال الجربا إن الائتلاف سيقاطع المؤتمر إذا لم تسحب الأمم المتحدة دعوتها لإيران",
    expected: ["national_coalition geneva2_preconditions conditional", "national_coalition iran_participation oppose"],
  },
  {
    why: "must not change: forces withdrawn («ما لم تسحب قواتها») stay a condition set on Iran",
    text: "وقالت واشنطن إن إيران لن تحضر ما لم تسحب قواتها من سوريا",
    expected: ["usa iran_participation conditional"],
  },
  {
    why: "criticising the decision («انتقد … قرار الأمين العام … بسحب الدعوة») wants Iran there, held by the critic, not the decision's maker",
    text: "وانتقد وزير الخارجية الروسي سيرغي لافروف قرار الأمين العام للأمم المتحدة بسحب الدعوة الموجهة إلى إيران",
    expected: ["russia iran_participation support"],
  },
  {
    why: "«حتى يسقط الأسد»: what goes on until he falls is negated, not his fall",
    text: "ودعا الائتلاف الثوار إلى عدم ترك السلاح حتى يسقط بشار الأسد",
    expected: ["national_coalition assad_role must_go"],
  },
  {
    why: "«والجانب الأمريكي يؤيد ذلك»: agreeing with the position just stated holds it as it stands",
    text: "وقال فابيوس إن الحل يقوم على عدم وجود بشار الأسد في المرحلة الانتقالية، والجانب الأمريكي يؤيد ذلك الآن",
    expected: ["france assad_role must_go", "usa assad_role must_go"],
  },
  {
    why: "«اتفاق بين الرياض وواشنطن حول هذا الموقف»: both named parties hold the position closing the sentence before",
    text: "وأكد الجبير رفض المملكة أي دور لبشار الأسد في مستقبل سوريا. وأضاف أن هناك اتفاقا بين الرياض وواشنطن حول هذا الموقف.",
    expected: ["saudi_arabia assad_role must_go", "usa assad_role must_go"],
  },
  {
    why: "must not change: «تدعم هذه الدول المعارضة» is no agreement with a position referred back to",
    text: "وطالبت فرنسا برحيل الأسد، فيما تدعم هذه الدول المعارضة المسلحة",
    expected: ["france assad_role must_go"],
  },
  {
    why: "a condition not set («لا يطرح شرط رحيل الأسد») does not want him gone: may_stay",
    text: "وقال الجربا إن الائتلاف لا يطرح شرط رحيل بشار الأسد قبل التفاوض",
    expected: ["national_coalition assad_role may_stay"],
  },
  {
    why: "must not change: the condition set («يطرح شرط رحيل الأسد») is conditional and must_go",
    text: "وقال الجربا إن الائتلاف يطرح شرط رحيل بشار الأسد قبل التفاوض",
    expected: ["national_coalition assad_role must_go", "national_coalition geneva2_preconditions conditional"],
  },
  {
    why: "rejecting the talks unless a demand is met («يرفض المؤتمر ما لم …») sets a condition",
    text: "وقال الائتلاف إنه يرفض المؤتمر ما لم يتم الإفراج عن المعتقلين",
    expected: ["national_coalition geneva2_preconditions conditional"],
  },
  {
    why: "«رفضها للمؤتمر في حال لم يتضمن … رحيل الأسد»: a rejection before «في حال» is the main clause's, not the condition's",
    text: "وأعلنت المعارضة رفضها للمؤتمر في حال لم يتضمن جدول أعماله رحيل الأسد",
    expected: ["syrian_opposition assad_role must_go", "syrian_opposition geneva2_preconditions conditional"],
  },
  {
    why: "must not change: rejecting talks with no condition after it sets none",
    text: "وقالت المعارضة إنها ترفض الحوار مع النظام",
    expected: [],
  },
  {
    why: "«شرط الرحيل الذي طرحه الائتلاف»: his going named bare after he is, held by the condition's owner named after it",
    text: "وقال حسن عبد العظيم إن بيان جنيف لم ينص على تنحي الرئيس الأسد، وإن شرط الرحيل الذي طرحه الائتلاف المعارض أدى إلى استقطاب حاد",
    expected: ["national_coalition assad_role must_go", "national_coalition geneva2_preconditions conditional", "ncb assad_role may_stay"],
  },
  {
    why: "«انتقدت واشنطن موقف روسيا المتمسك ببقاء الأسد»: the position named by «موقف» is Russia's; the critic holds the opposite",
    text: "وانتقدت واشنطن موقف روسيا المتمسك ببقاء الأسد في السلطة",
    expected: ["russia assad_role may_stay", "usa assad_role must_go"],
  },
  {
    why: "«موقف موسكو الرافض لتنحي الأسد»: a rejecting participle turns the cue for the position's owner",
    text: "وأشاد المعلم بموقف موسكو الرافض لتنحي الرئيس الأسد",
    // (The forty-fifth probe: «أشاد» a verb of position, so the one praising the position shares it.)
    expected: ["russia assad_role may_stay", "syrian_government assad_role may_stay"],
  },
  {
    why: "«الموقف الروسي المتمسك ببقائه»: its nationality adjective names its owner, who holds it; the critic the opposite",
    text: "وانتقدت واشنطن الموقف الروسي المتمسك ببقاء الأسد",
    expected: ["russia assad_role may_stay", "usa assad_role must_go"],
  },
];

caseTable("topic cues, fourth round", CASES);
