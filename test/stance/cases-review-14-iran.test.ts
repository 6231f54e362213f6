// Kinds of Iran's taking part found by the probe rounds: a conference leaving Iran out judged not serious or leading
// nowhere («لن يكون جدياً», «لن يصل إلى نتيجة», «لا معنى لمؤتمر يستبعد دولة بحجم إيران»); every party at the
// table, Iran named among them, the table after the list or needed by the settlement; the EU's long title with its
// body after «في» before the name; «وفي مقدمها» and «فيما يتصل بـ» beside the forms the classes had. Each row
// written for this table, not taken from the seeds, the development corpus or the probe's articles.
import { caseTable, type Case } from "./case-table";

/** A headline, so that the sentence under test is read as a body sentence. */
const HEAD = "مؤتمر جنيف 2 حول سوريا\n";
/** A closing body sentence with no stance. */
const TAIL = "\nوتتواصل التحضيرات لعقد المؤتمر في موعده.\n";

const CASES: Case[] = [
  // A conference leaving Iran out judged not serious, leading nowhere, or worthless (the judgement fronted).
  {
    why: "«أي اجتماع يستبعد طهران لن يكون اجتماعاً جدياً»",
    text: `${HEAD}وقال لافروف إن أي اجتماع يستبعد طهران لن يكون اجتماعا جديا.${TAIL}`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "«أي حوار يقصي إيران لن يؤدي إلى حل»: her exclusion judged, not wanted (was read as oppose)",
    text: `${HEAD}وأكد المعلم أن أي حوار يقصي إيران لن يؤدي إلى حل.${TAIL}`,
    expected: ["syrian_government iran_participation support"],
  },
  {
    why: "«أي حوار يستبعد طهران لن يصل إلى نتائج»",
    text: `${HEAD}وأكد المعلم أن أي حوار يستبعد طهران لن يصل إلى نتائج.${TAIL}`,
    expected: ["syrian_government iran_participation support"],
  },
  {
    why: "«لا قيمة لأي تسوية تستبعد دولة بحجم إيران»: the judgement fronted, Iran named by her size",
    text: `${HEAD}وقال لافروف إنه لا قيمة لأي تسوية تستبعد دولة بحجم إيران.${TAIL}`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "«المؤتمر لن يصل إلى نتيجة» with no one left out (guard)",
    text: `${HEAD}وقال لافروف إن المؤتمر المقبل لن يصل إلى نتيجة.${TAIL}`,
    expected: [],
  },
  {
    why: "«أي مؤتمر يستبعد المعارضة لن يكون جدياً»: another party left out (guard)",
    text: `${HEAD}وقال لافروف إن أي مؤتمر يستبعد المعارضة لن يكون جديا.${TAIL}`,
    expected: [],
  },
  // The EU's title, its body after «في», right before the name of the one bearing it.
  {
    why: "«قالت الممثلة العليا للسياسة الخارجية والأمنية في الاتحاد الأوروبي فيديريكا موغيريني إن …»",
    text: `${HEAD}وقالت الممثلة العليا للسياسة الخارجية والأمنية في الاتحاد الأوروبي فيديريكا موغيريني إن مشاركة إيران مفيدة.${TAIL}`,
    expected: ["eu iran_participation support"],
  },
  {
    why: "«… في الاتحاد الأوروبي كاثرين آشتون إن الاتحاد يرحب بمشاركة إيران إذا قبلت …»",
    text: `${HEAD}وقالت الممثلة العليا للسياسة الخارجية والأمنية في الاتحاد الأوروبي كاثرين آشتون إن الاتحاد يرحب بمشاركة إيران إذا قبلت بيان جنيف 1.${TAIL}`,
    expected: ["eu iran_participation conditional"],
  },
  {
    why: "«مصادر في الاتحاد الأوروبي»: a body's sources, as before (guard)",
    text: `${HEAD}وقالت مصادر في الاتحاد الأوروبي إن حضور إيران ضروري.${TAIL}`,
    expected: ["eu iran_participation support"],
  },
  // Every party at the table, Iran among them: the table after the list, or needed by the settlement.
  {
    why: "«لا بد أن تكون كل الأطراف المعنية، بما فيها إيران، حول الطاولة»",
    text: `${HEAD}وقال كيري إنه لا بد أن تكون كل الأطراف المعنية، بما فيها إيران، حول الطاولة.${TAIL}`,
    expected: ["usa iran_participation support"],
  },
  {
    why: "«التسوية تحتاج إلى جميع الأطراف على الطاولة، بمن فيهم الإيرانيون»",
    text: `${HEAD}وقالت موغيريني إن التسوية تحتاج إلى جميع الأطراف على الطاولة، بمن فيهم الإيرانيون.${TAIL}`,
    expected: ["eu iran_participation support"],
  },
  {
    why: "«حان الوقت لكي تجلس كل الأطراف، بما فيها إيران، إلى الطاولة»",
    text: `${HEAD}وقال لافروف إنه حان الوقت لكي تجلس كل الأطراف، بما فيها إيران، إلى الطاولة.${TAIL}`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "«كل الأطراف، بما فيها إيران، جلست إلى الطاولة»: a fact, no must (guard)",
    text: `${HEAD}وقال المتحدث إن كل الأطراف، بما فيها إيران، جلست إلى الطاولة أمس.${TAIL}`,
    expected: [],
  },
  {
    why: "«يجب أن تكون كل الأطراف، بما فيها إيران، ملتزمة بوقف إطلاق النار»: no seat (guard)",
    text: `${HEAD}وقال لافروف إنه يجب أن تكون كل الأطراف، بما فيها إيران، ملتزمة بوقف إطلاق النار.${TAIL}`,
    expected: [],
  },
  // Words missing from a class.
  {
    why: "«مشاركة كل الدول المؤثرة، وفي مقدمها إيران»: «وفي مقدمها» as «وفي مقدمتها»",
    text: `${HEAD}وقال لافروف إن روسيا تؤيد مشاركة كل الدول المؤثرة، وفي مقدمها إيران.${TAIL}`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "«وفيما يتصل بالمشاركين، رأى أن …»: «يتصل» as «يتعلق», the speaker going on",
    text: `${HEAD}وقال لافروف إن الحوار هو الحل. وفيما يتصل بالمشاركين، رأى أن حضور إيران ضروري.${TAIL}`,
    expected: ["russia iran_participation support"],
  },
];

caseTable("review 14 (Iran: a conference leaving her out judged; all parties at the table; the EU's title)", CASES);
