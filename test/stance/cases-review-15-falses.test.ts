// Kinds of false claims found by the probe rounds: a threat to leave a body if it decides to go to the talks, read as
// a condition on attending; a refusal of Iran lifted by «ما لم» a few words after it, read as rejecting her; and not
// objecting to her on terms («بشروط», «على أساس أن تلتزم …»), read as wanting her unconditionally. Each row written
// for this table, not taken from the seeds, the development corpus or the probe's articles.
import { caseTable, type Case } from "./case-table";

/** A headline, so that the sentence under test is read as a body sentence. */
const HEAD = "مؤتمر جنيف 2 حول سوريا\n";
/** A body sentence with another speaker and no stance, before the one under test. */
const BEFORE = "وقال لافروف إن موسكو تتابع الاتصالات مع جميع الأطراف. ";
/** A closing body sentence with no stance. */
const TAIL = "\nوتتواصل التحضيرات لعقد المؤتمر في موعده.\n";

const CASES: Case[] = [
  // «يهدد بالانسحاب من الائتلاف إذا قرر الذهاب»: the going is the condition's own clause, no condition on the talks.
  {
    why: "«هدد المجلس الوطني بالانسحاب من الائتلاف إذا قرر المشاركة في المؤتمر»: leaving a body, not terms of attending",
    text: `${HEAD}${BEFORE}وهدد المجلس الوطني بالانسحاب من الائتلاف إذا قرر المشاركة في المؤتمر.${TAIL}`,
    expected: [],
  },
  {
    why: "«أعضاء في الائتلاف يهددون بالانسحاب إذا تقرر الذهاب إلى جنيف»",
    text: `${HEAD}${BEFORE}وقالت مصادر في الائتلاف إن نحو ثلاثين عضوا يهددون بالانسحاب إذا تقرر الذهاب إلى جنيف.${TAIL}`,
    expected: [],
  },
  {
    why: "«هدد الائتلاف بالانسحاب من المؤتمر إذا قرر النظام إرسال وفد أمني»: a decision of something else is a condition (guard)",
    text: `${HEAD}${BEFORE}وهدد الائتلاف بالانسحاب من المؤتمر إذا قرر النظام إرسال وفد أمني.${TAIL}`,
    expected: ["national_coalition geneva2_preconditions conditional"],
  },
  {
    why: "«سيذهب إلى جنيف إذا تقرر إطلاق المعتقلين»: what is decided is the condition (guard)",
    text: `${HEAD}${BEFORE}وقال الائتلاف إنه سيذهب إلى جنيف إذا تقرر إطلاق المعتقلين.${TAIL}`,
    expected: ["national_coalition geneva2_preconditions conditional"],
  },
  // A refusal of Iran lifted by «ما لم» after it: conditional.
  {
    why: "«موسكو تريد حضور إيران، وواشنطن ترفض ذلك ما لم تعلن طهران قبولها …»: Washington's refusal has its condition",
    text: `${HEAD}${BEFORE}موسكو تؤكد أن حضور إيران مفيد للمؤتمر، وواشنطن لا تزال ترفض ذلك ما لم تعلن طهران قبولها ببيان جنيف.${TAIL}`,
    expected: ["russia iran_participation support", "usa iran_participation conditional"],
  },
  {
    why: "«… وواشنطن ترفض ذلك»: no condition after the refusal (guard)",
    text: `${HEAD}${BEFORE}موسكو تؤكد أن حضور إيران مفيد للمؤتمر، وواشنطن لا تزال ترفض ذلك بشدة.${TAIL}`,
    expected: ["russia iran_participation support", "usa iran_participation oppose"],
  },
  // Not objecting to her on terms: conditional.
  {
    why: "«باريس لا تمانع حضور طهران بشروط»",
    text: `${HEAD}${BEFORE}وقالت الخارجية الفرنسية إن باريس لا تمانع حضور طهران بشروط.${TAIL}`,
    expected: ["france iran_participation conditional"],
  },
  {
    why: "«لم تعترض على مشاركة إيران، على أساس أن تلتزم طهران …»",
    text: `${HEAD}${BEFORE}وقال وزير الخارجية التركي إن أنقرة لم تعترض على مشاركة إيران، على أساس أن تلتزم طهران ببيان جنيف.${TAIL}`,
    expected: ["turkey iran_participation conditional"],
  },
  {
    why: "«تدعم مشاركة إيران على أساس أنها تلعب دوراً»: the reason, not terms (guard)",
    text: `${HEAD}${BEFORE}وقال وزير الخارجية التركي إن أنقرة تدعم مشاركة إيران على أساس أنها تلعب دورا في سوريا.${TAIL}`,
    expected: ["turkey iran_participation support"],
  },
  {
    why: "«ترفض مشاركة إيران على أساس أن قواتها تقاتل …»: the grounds of a refusal, not terms (guard)",
    text: `${HEAD}${BEFORE}وقال وزير الخارجية التركي إن أنقرة ترفض مشاركة إيران على أساس أن قواتها تقاتل في سوريا.${TAIL}`,
    expected: ["turkey iran_participation oppose"],
  },
];

caseTable("review 15 (falses): a threat to leave if it goes; Iran refused unless, or let in on terms", CASES);
