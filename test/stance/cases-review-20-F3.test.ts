// Kinds found by the probe rounds among the misses with no topic cue or no holder: every influential state wanted at
// the talks, Iran named first in the list that follows after a colon or a comma («نحن مع مشاركة كل الدول المؤثرة في
// الصراع: إيران والسعودية …», with no «بما فيها» between); «we are with» said as «كنا ولا نزال مع» / «ما زالت مع»;
// sitting «at one table» or «in one hall» with her («لن نجلس على طاولة واحدة مع إيران»); and an interview whose
// questions open with «>», the interviewer's remark after the question («> وإيران؟ الروس يريدون حضورها.»), answered
// after a dash. Each row written for this table, not taken from the seeds, the development corpus or the probe's
// articles.
import { caseTable, type Case } from "./case-table";

/** A headline, so that the sentence under test is read as a body sentence. */
const HEAD = "مؤتمر جنيف 2 حول سوريا\n";
/** A closing body sentence with no stance. */
const TAIL = "\nوتتواصل التحضيرات لعقد المؤتمر في موعده.\n";
/** An interview's title and introduction: the one interviewed speaks for the National Coordination Body (its title: unconditional). */
const INTERVIEW = "هيثم مناع لـ«السفير»: نذهب إلى جنيف بلا شروط\n\nالتقته «السفير» في باريس، وكان هذا الحوار:\n\n";

const CASES: Case[] = [
  {
    why: "«مع مشاركة كل الدول المؤثرة في الأزمة، إيران وتركيا والسعودية»: the list after a comma, Iran first in it",
    text: `${HEAD}وقالت هيئة التنسيق الوطنية في بيان: نحن مع مشاركة كل الدول المؤثرة في الأزمة، إيران وتركيا والسعودية.${TAIL}`,
    expected: ["ncb iran_participation support"],
  },
  {
    why: "«مع حضور جميع الأطراف الإقليمية المعنية بالملف السوري: إيران وقطر …»: the list after a colon",
    text: `${HEAD}وقالت هيئة التنسيق الوطنية في بيان: نحن مع حضور جميع الأطراف الإقليمية المعنية بالملف السوري: إيران وقطر والسعودية.${TAIL}`,
    expected: ["ncb iran_participation support"],
  },
  {
    why: "«كنا ولا نزال مع حضور كل الدول الفاعلة، بما فيها إيران»: «we were and still are with» is «we are with»",
    text: `${HEAD}وقالت هيئة التنسيق الوطنية: كنا ولا نزال مع حضور كل الدول الفاعلة، بما فيها إيران.${TAIL}`,
    expected: ["ncb iran_participation support"],
  },
  {
    why: "«إنها ما زالت مع مشاركة جميع الدول المجاورة لسوريا، بما فيها إيران»: «still with»",
    text: `${HEAD}وقالت موسكو إنها ما زالت مع مشاركة جميع الدول المجاورة لسوريا، بما فيها إيران.${TAIL}`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "«نحن ضد مشاركة كل الدول المتورطة في القتال، إيران وتركيا»: the same list under a word against is oppose",
    text: `${HEAD}وقالت هيئة التنسيق الوطنية: نحن ضد مشاركة كل الدول المتورطة في القتال، إيران وتركيا.${TAIL}`,
    expected: ["ncb iran_participation oppose"],
  },
  {
    why: "«…، إيران من جهتها لم تعلن موقفها»: Iran the subject of the next clause, no list going on after her (guard)",
    text: `${HEAD}وقالت هيئة التنسيق الوطنية: نحن مع مشاركة كل الدول المؤثرة في الصراع، إيران من جهتها لم تعلن موقفها.${TAIL}`,
    expected: [],
  },
  {
    why: "«نحن مع مشاركة كل الدول المؤثرة، وإيران ترفض ذلك»: Iran joined by «و» after the comma, not listed (guard)",
    text: `${HEAD}وقالت هيئة التنسيق الوطنية: نحن مع مشاركة كل الدول المؤثرة، وإيران ترفض ذلك.${TAIL}`,
    expected: [],
  },
  {
    why: "«كانت ولا تزال مع وقف إطلاق النار، وإن إيران …»: «still with» something else, Iran in another clause (guard)",
    text: `${HEAD}وقالت هيئة التنسيق الوطنية إنها كانت ولا تزال مع وقف إطلاق النار، وإن إيران مسؤولة عن التصعيد.${TAIL}`,
    expected: [],
  },
  {
    why: "«لن نجلس على طاولة واحدة مع إيران»: one table with her refused is her taking part refused",
    text: `${HEAD}وقال رئيس الائتلاف الوطني السوري: لن نجلس على طاولة واحدة مع إيران.${TAIL}`,
    expected: ["national_coalition iran_participation oppose"],
  },
  {
    why: "«لن يجلس على طاولة واحدة مع النظام»: one table with another party says nothing of Iran (guard)",
    text: `${HEAD}وقال رئيس الائتلاف الوطني السوري إن الائتلاف لن يجلس على طاولة واحدة مع النظام.${TAIL}`,
    expected: [],
  },
  {
    why: "«> والأسد؟ هناك من يقول …» then «- لا مكان للأسد …»: a question opened by «>» with a remark, a dash answers it",
    text: `${INTERVIEW}> والأسد؟ هناك من يقول إنكم تراجعتم.\n\n- لا مكان للأسد في المرحلة الانتقالية، وهذا موقفنا منذ البداية.\n`,
    expected: ["ncb geneva2_preconditions unconditional", "ncb assad_role must_go"],
  },
  {
    why: "«> وماذا عن إيران؟ …» then a line with a speaker of its own: he holds what he says, not the one interviewed (guard)",
    text: `${INTERVIEW}> وماذا عن إيران؟ الروس يريدون حضورها.\n\nوقال الجربا إن الائتلاف لن يجلس مع إيران.\n`,
    expected: [
      "ncb geneva2_preconditions unconditional",
      "russia iran_participation support",
      "national_coalition iran_participation oppose",
    ],
  },
];

caseTable("review 20 (F3): every influential state listed with Iran, «still with», one table with her, «>» questions", CASES);
