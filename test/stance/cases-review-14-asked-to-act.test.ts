// A party asked to act is not the one who asks: the subject of a subjunctive after «أن» («يريد أن يسحب بان كي مون
// الدعوة», «يجب أن تسحب الأمم المتحدة الدعوة», «إما أن تسحب الأمم المتحدة الدعوة أو …») has not acted; the one who
// asks holds what is asked, and an imperfect verb of withdrawing the invitation («يسحب», «تسحب», not after «لم/لا/لن»)
// is a word against her taking part as «سحب» is. Each row written for this table, not taken from the seeds, the
// development corpus or the probe's articles.
import { caseTable, type Case } from "./case-table";

/** A headline, so that the sentence under test is read as a body sentence. */
const HEAD = "مؤتمر جنيف 2 حول سوريا\n";
/** A closing body sentence with no stance. */
const TAIL = "\nوتتواصل التحضيرات لعقد المؤتمر في موعده.\n";

const CASES: Case[] = [
  {
    why: "«يريد أن يسحب بان كي مون الدعوة»: the one who wants it, not the one asked",
    text: `${HEAD}وقال المتحدث باسم الائتلاف لؤي صافي إن الائتلاف يريد أن يسحب بان كي مون الدعوة الموجهة إلى إيران.${TAIL}`,
    expected: ["national_coalition iran_participation oppose"],
  },
  {
    why: "«يجب أن تسحب الأمم المتحدة الدعوة»: the one who says it must be done",
    text: `${HEAD}وقال وزير الخارجية السعودي سعود الفيصل إنه يجب أن تسحب الأمم المتحدة الدعوة الموجهة إلى إيران.${TAIL}`,
    expected: ["saudi_arabia iran_participation oppose"],
  },
  {
    why: "«ينبغي أن يسحب بان كي مون الدعوة التي وجهها إلى طهران»",
    text: `${HEAD}وقال رئيس الائتلاف الوطني السوري أحمد الجربا إنه ينبغي أن يسحب بان كي مون الدعوة التي وجهها إلى طهران فورا.${TAIL}`,
    expected: ["national_coalition iran_participation oppose", "un iran_participation support"],
  },
  {
    why: "«بان كي مون يسحب الآن الدعوة»: an act told in the present is its subject's (guard)",
    text: `${HEAD}وأعلن المتحدث باسم الأمم المتحدة أن بان كي مون سيسحب الدعوة الموجهة إلى إيران.${TAIL}`,
    expected: ["un iran_participation oppose"],
  },
  {
    why: "«بعد أن سحب بان كي مون الدعوة»: «بعد أن» with a past verb is no subjunctive (guard)",
    text: `${HEAD}وغابت إيران عن المؤتمر بعد أن سحب الأمين العام للأمم المتحدة بان كي مون الدعوة التي كان وجهها إليها.${TAIL}`,
    expected: ["un iran_participation oppose", "un iran_participation support"],
  },
  {
    why: "«تسحب قواتها»: withdrawing forces is no withdrawal of the invitation (guard)",
    text: `${HEAD}وقال وزير الخارجية الفرنسي لوران فابيوس إن على إيران أن تسحب قواتها من سوريا قبل أن تشارك في المؤتمر.${TAIL}`,
    expected: ["france iran_participation conditional"],
  },
];

caseTable("a party asked to act is not the one who asks", CASES);
