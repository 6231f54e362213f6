// Kinds mended in the fifty-fifth probe, each a row here, with guards:
// - «بقراره»/«بقرارها» (by his decision), as «بإعلانه», among the stance words a holder is found by
//   (attribution.json stanceWords: «فاجأ بان كي مون الجميع بقراره توجيه دعوة إلى إيران»; not «في قرارة أنفسهم»,
//   nor «قرارها» without «بـ», the object of another verb);
// - a demand for his departure named by a definite verbal noun with no owner («المطالبة برحيل الأسد كشرط لبدء
//   المفاوضات أمر غير واقعي»): the one judging it rejects the precondition too (unconditional), as with «اشتراط»;
//   not a demand whose owner is named («مطالبة المعارضة برحيل الأسد …»: the owner's condition).
import { caseTable, type Case } from "./case-table";

const T = "جنيف 2: مواقف\n\n";

const CASES: Case[] = [
  {
    why: "«فاجأ بان كي مون الجميع بقراره توجيه دعوة إلى إيران»: the decision's pronoun, his",
    text: `${T}وفاجأ الأمين العام للأمم المتحدة بان كي مون الصحفيين بقراره توجيه دعوة إلى إيران لحضور مؤتمر جنيف 2.`,
    expected: ["un iran_participation support"],
  },
  {
    why: "guard: «في قرارة أنفسهم» is no decision",
    text: `${T}وقال المعلم إن الأمريكيين في قرارة أنفسهم يعرفون أن لا بديل عن الرئيس الأسد.`,
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: "«المطالبة برحيل الأسد كشرط لبدء المفاوضات أمر غير واقعي»: the precondition rejected too",
    text: `${T}وقال وزير الخارجية الروسي سيرغي لافروف إن المطالبة برحيل الأسد كشرط لبدء المفاوضات أمر غير واقعي.`,
    expected: ["russia assad_role may_stay", "russia geneva2_preconditions unconditional"],
  },
  {
    why: "guard: the owner of the demand named, his condition; the judge's rejection of the departure only",
    text: `${T}وقال وزير الخارجية الروسي سيرغي لافروف إن مطالبة المعارضة برحيل الأسد كشرط لبدء المفاوضات أمر غير واقعي.`,
    expected: ["russia assad_role may_stay", "syrian_opposition assad_role must_go", "syrian_opposition geneva2_preconditions conditional"],
  },
];

caseTable("kinds of the fifty-fifth probe", CASES);
