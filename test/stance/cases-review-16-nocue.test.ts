// Kinds found among the probe rounds' misses with no topic cue: the presidency not to be touched («عدم المساس
// بمقام الرئاسة»); Iran the topic a short question or turn before sets, her pronoun then standing for her («وماذا عن
// إيران؟ موسكو تصر على حضورها»); her acceptance of Geneva-1 set or insisted on as a condition («يشترطون أن تعلن طهران
// قبولها ببيان جنيف 1»); and her accepted as a sponsor of the process («نقبل بإيران راعية للعملية السياسية إلا
// إذا …»). Each row written for this table, not taken from the seeds, the development corpus or the probe's articles.
import { caseTable, type Case } from "./case-table";

/** A headline, so that the sentence under test is read as a body sentence. */
const HEAD = "مؤتمر جنيف 2 حول سوريا\n";
/** A body sentence with another speaker and no stance, before the one under test. */
const BEFORE = "وقال لافروف إن موسكو تتابع الاتصالات مع جميع الأطراف. ";
/** A closing body sentence with no stance. */
const TAIL = "\nوتتواصل التحضيرات لعقد المؤتمر في موعده.\n";

const CASES: Case[] = [
  // The presidency (or Assad) not to be touched: his staying is not up for negotiation.
  {
    why: "«عدم المساس بمقام الرئاسة»: the office not to be touched keeps him",
    text: `${HEAD}${BEFORE}وأكد بيان لوزارة الخارجية السورية عدم المساس بمقام الرئاسة في أي حوار مع المعارضة.${TAIL}`,
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: "«لن نسمح لأحد، في … أو غيرها، بالمساس بموقع الرئيس»: an aside between the verb and its object",
    text: `${HEAD}${BEFORE}وقالت المستشارة بثينة شعبان: "لن نسمح لأحد، في جنيف أو غيرها، بالمساس بموقع الرئيس".${TAIL}`,
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: "«مقام الرئاسة … ولن نسمح بالمساس به»: the office named before the pronoun",
    text: `${HEAD}${BEFORE}وقال المقداد إن مقام الرئاسة محصن بإرادة الشعب ولن نسمح بالمساس به.${TAIL}`,
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: "«حذر ولايتي من المساس بالرئيس بشار الأسد»: warning against touching him, the subject between",
    text: `${HEAD}${BEFORE}وحذر ولايتي من المساس بالرئيس بشار الأسد في أي تسوية.${TAIL}`,
    expected: ["iran assad_role may_stay"],
  },
  {
    why: "«حكومة موسعة لا تمس موقع الرئاسة»: the reading that leaves his office alone",
    text: `${HEAD}${BEFORE}وقال الجعفري إن الحكومة الموسعة لا تمس من قريب أو بعيد موقع الرئاسة.${TAIL}`,
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: "«لن تسمح بالمساس بسيادة سوريا»: not his office (guard)",
    text: `${HEAD}${BEFORE}وقال المعلم إن الحكومة لن تسمح بالمساس بسيادة سوريا في جنيف.${TAIL}`,
    expected: [],
  },
  {
    why: "«الرئاسة لن تسمح بالمساس بوحدة الأراضي»: the office as the subject, not what is touched (guard)",
    text: `${HEAD}${BEFORE}وقال المعلم إن الرئاسة لن تسمح بالمساس بوحدة الأراضي السورية.${TAIL}`,
    expected: [],
  },
  // Iran the topic a short question or turn of subject sets: her pronoun in the next sentence is hers.
  {
    why: "«وماذا عن إيران؟ واشنطن ترفض حضورها»: the interviewer's question sets her as the topic",
    text: `${HEAD}* وماذا عن إيران؟ واشنطن ترفض حضورها حتى الآن.${TAIL}`,
    expected: ["usa iran_participation oppose"],
  },
  {
    why: "«ماذا عن مشاركة إيران؟ موسكو تطالب بدعوتها»",
    text: `${HEAD}* ماذا عن مشاركة إيران؟ موسكو تطالب بدعوتها إلى المؤتمر.${TAIL}`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "«ننتقل إلى إيران. الفرنسيون يرفضون مشاركتها»: a turn of subject, not a question",
    text: `${HEAD}${BEFORE}\n* ننتقل إلى إيران. الفرنسيون يرفضون مشاركتها في المؤتمر.${TAIL}`,
    expected: ["france iran_participation oppose"],
  },
  {
    why: "«وماذا عن السعودية؟ … حضورها»: another state the topic (guard)",
    text: `${HEAD}* وماذا عن السعودية؟ الائتلاف يرحب بحضورها.${TAIL}`,
    expected: [],
  },
  {
    why: "«وزار لافروف إيران. موسكو تصر على حضورها»: a short statement, neither a question nor a turn of subject (guard)",
    text: `${HEAD}${BEFORE}وزار لافروف إيران. موسكو تصر على حضورها في المؤتمر.${TAIL}`,
    expected: [],
  },
  {
    why: "«وماذا عن إيران والسعودية؟ …»: Iran not the last named (guard)",
    text: `${HEAD}* وماذا عن إيران والسعودية؟ موسكو تصر على حضورها.${TAIL}`,
    expected: [],
  },
  // Her acceptance of Geneva-1 set or insisted on as a condition: she is let in on it.
  {
    why: "«أصرت الإدارة الأمريكية على أن تقبل طهران … بيان جنيف الأول»",
    text: `${HEAD}${BEFORE}وأصرت الإدارة الأمريكية على أن تقبل طهران علنا بيان جنيف الأول.${TAIL}`,
    expected: ["usa iran_participation conditional"],
  },
  {
    why: "«أصرت طهران على أن تقبل المعارضة …»: Iran insists, she is not the one to accept (guard)",
    text: `${HEAD}${BEFORE}وأصرت طهران على أن تقبل المعارضة بيان جنيف الأول.${TAIL}`,
    expected: [],
  },
  // Her accepted as a sponsor of the process, on a condition.
  {
    why: "«لن نقبل بإيران راعية للعملية السياسية ما لم تسحب قواتها»",
    text: `${HEAD}${BEFORE}وقال رئيس الهيئة العليا للمفاوضات رياض حجاب إننا لن نقبل بإيران راعية للعملية السياسية ما لم تسحب قواتها من سوريا.${TAIL}`,
    expected: ["hnc iran_participation conditional"],
  },
  {
    why: "«إيران دولة راعية للإرهاب»: a sponsor of something else (guard)",
    text: `${HEAD}${BEFORE}وقال كيري إن إيران دولة راعية للإرهاب في المنطقة.${TAIL}`,
    expected: [],
  },
];

caseTable("review 16: no topic cue (presidency untouchable, Iran the topic, her acceptance required, sponsor)", CASES);
