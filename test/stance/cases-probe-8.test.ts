// Kinds of sentence found by an eighth probe (the held-out rounds r50-r58): each row written for this table, not
// taken from the seeds, the development corpus or the probe's articles.
import { caseTable, type Case } from "./case-table";

/** A headline, so that the sentence under test is read as a body sentence. */
const HEAD = "مؤتمر جنيف 2 حول سوريا\n";

const CASES: Case[] = [
  // A source, member or official in a body, quoted through an agency («نقلت … عن مصدر في … قوله»).
  {
    why: "«نقلت الوكالة عن مصدر في الخارجية السورية قوله»: a source in a ministry speaks for it, its name after «في» no place",
    text: `${HEAD}ونقلت الوكالة الرسمية عن مصدر في وزارة الخارجية السورية قوله إن "الحوار يجب أن يبدأ دون أي شروط مسبقة".`,
    expected: ["syrian_government geneva2_preconditions unconditional"],
  },
  {
    why: "«مصدر مسؤول في»: the source's adjective between it and «في»",
    text: `${HEAD}ونقلت صحيفة الوطن عن مصدر مسؤول في الائتلاف الوطني قوله إن "الأسد لا مكان له في المرحلة الانتقالية".`,
    expected: ["national_coalition assad_role must_go"],
  },
  {
    why: "«عضو في الهيئة … قوله»: a member of a body speaks for it",
    text: `${HEAD}ونقلت قناة الجزيرة عن عضو في الهيئة العليا للمفاوضات قوله إن "الوفد لن يعود إلى جنيف قبل فك الحصار عن المدن".`,
    expected: ["hnc geneva2_preconditions conditional"],
  },
  {
    why: "guard: «مصادر دبلوماسية في باريس» may be anyone's diplomats in Paris: no French holder",
    text: `${HEAD}ونقلت الصحيفة عن مصادر دبلوماسية في باريس قولها إن "رحيل الأسد لم يعد شرطا".`,
    expected: [],
  },
  {
    why: "guard: «اجتماع أصدقاء سوريا في باريس»: the city where the group met, the group speaks",
    text: `${HEAD}وأكد البيان الختامي لاجتماع أصدقاء سوريا في باريس أن الأسد لن يكون له أي دور في مستقبل سوريا.`,
    expected: ["friends_of_syria assad_role must_go"],
  },
  // An interview's answers: the one interviewed named earlier in the intro's paragraph, or only by his body's name.
  {
    why: "an interview's intro naming the one interviewed a sentence before «وهنا نص الحوار:»; his answers after dashes are his",
    text: "حوار مع المعارضة السورية\nوقبل أيام من الجولة الجديدة تحدث المتحدث باسم الهيئة العليا للمفاوضات سالم المسلط إلى صحيفتنا عن شروط الهيئة وعن مصير الأسد. وهنا نص الحوار:\n* هل ستذهبون إلى جنيف؟\n- لن ندخل قاعة التفاوض قبل فك الحصار عن المدن المحاصرة.\n* وماذا عن الرئاسة؟\n- لا مكان لبشار الأسد في المرحلة الانتقالية.",
    expected: ["hnc assad_role must_go", "hnc geneva2_preconditions conditional"],
  },
  {
    why: "a headline «عضو في «الهيئة…» لـ«outlet»:» names the body of one the lexicon does not know: it answers as «نحن»",
    text: "عضو في «الهيئة العليا للمفاوضات» لـ«القدس العربي»: لن نفاوض تحت القصف\nالتقينا الدكتور مازن الحلبي، عضو الهيئة، وكان هذا الحوار:\n■ ما موقفكم من مستقبل الأسد؟\n□ نحن واضحون. لا دور لبشار الأسد في المرحلة الانتقالية.",
    // (The headline's «لن نفاوض تحت القصف» is a condition on the talks since the forty-seventh probe.)
    expected: ["hnc assad_role must_go", "hnc geneva2_preconditions conditional"],
  },
  {
    why: "guard: one the intro says the interview answers («ردها على المبعوث الأممي») is not the one interviewed",
    text: "حوار مع قيادي معارض\nالتقينا قياديا في المعارضة شارك في صياغة ردها على المبعوث الأممي دي ميستورا، وكان هذا الحوار:\n■ ما موقفكم من مستقبل الأسد؟\n□ لا دور لبشار الأسد في المرحلة الانتقالية.",
    expected: [],
  },
  {
    why: "guard: «مقابلة مع المقداد»: the one the interview is with answers",
    text: "مقابلة مع المقداد حول جنيف\nس: المعارضة تشترط رحيل الرئيس، ما ردكم؟\nج: نحن نرفض أي شروط مسبقة.",
    expected: ["syrian_government geneva2_preconditions unconditional"],
  },
];

caseTable("Eighth probe: sources in a body, interviews", CASES);
