// Kinds found by the probe rounds among the misses and false claims of reports and of Iran's absence made a condition:
// a report whose source is inside one party while the one it reports is another («نقلت مصادر في المعارضة أن كيري ضغط
// على الوفد …», «…، حثه فيه على …»: the one pressing holds it, not the sources' body; «نقلت مصادر … أن» with no «عن»
// is the sources' saying); Iran's coming named in a relative clause on the meeting or the table one refuses to attend
// («لن يشارك في مؤتمر تحضره إيران», «لن يجلس إلى طاولة تحضرها إيران»), her invitation sent or left standing as the
// condition of a boycott («إذا وجهت الدعوة إلى طهران», «إذا بقيت الدعوة قائمة»), and a word of time between the threat
// and the boycott («هدد يوم الخميس بمقاطعة …»): her absence made a condition is oppose, and conditional on the talks
// (CONTRACT.md). Each row written for this table, not taken from the seeds, the development corpus or the probe's
// articles.
import { caseTable, type Case } from "./case-table";

/** A headline, so that the sentence under test is read as a body sentence. */
const HEAD = "مؤتمر جنيف 2 حول سوريا\n";
/** A closing body sentence with no stance. */
const TAIL = "\nوتتواصل التحضيرات لعقد المؤتمر في موعده.\n";

const CASES: Case[] = [
  {
    why: "«لن يشارك في أي اجتماع تحضره طهران»: her coming in a relative clause on the meeting refused, a condition of attending",
    text: `${HEAD}وقال متحدث باسم الائتلاف الوطني السوري إن الائتلاف لن يشارك في أي اجتماع تحضره طهران.${TAIL}`,
    expected: ["national_coalition geneva2_preconditions conditional", "national_coalition iran_participation oppose"],
  },
  {
    why: "«لن تجلس إلى طاولة يجلس إليها الوفد الإيراني»: the table, her delegation its relative clause's subject",
    text: `${HEAD}وأعلنت الرياض أنها لن تجلس إلى طاولة يجلس إليها الوفد الإيراني.${TAIL}`,
    expected: ["saudi_arabia geneva2_preconditions conditional", "saudi_arabia iran_participation oppose"],
  },
  {
    why: "«لن تذهب إلى المفاوضات التي تشارك فيها إيران»: «التي» with no comma restricts the talks too",
    text: `${HEAD}وقالت الهيئة العليا للمفاوضات إنها لن تذهب إلى المفاوضات التي تشارك فيها إيران.${TAIL}`,
    expected: ["hnc geneva2_preconditions conditional", "hnc iran_participation oppose"],
  },
  {
    why: "«إن أنقرة لن تشارك في اجتماع يحضره وفد إيراني»: a source's report, the state its subject",
    text: `${HEAD}وقالت مصادر في الخارجية التركية إن أنقرة لن تشارك في اجتماع يحضره وفد إيراني.${TAIL}`,
    expected: ["turkey geneva2_preconditions conditional", "turkey iran_participation oppose"],
  },
  {
    why: "«لن يشارك في مؤتمر لا تحضره إيران»: her coming negated in the clause is no absence required (guard)",
    text: `${HEAD}وقال متحدث باسم الائتلاف الوطني السوري إن الائتلاف لن يشارك في مؤتمر لا تحضره إيران.${TAIL}`,
    expected: [],
  },
  {
    why: "«سيشارك في مؤتمر تحضره إيران»: no refusal to attend (guard)",
    text: `${HEAD}وقال متحدث باسم الائتلاف الوطني السوري إن الائتلاف سيشارك في مؤتمر تحضره إيران.${TAIL}`,
    expected: [],
  },
  {
    why: "«لن يقبل بمؤتمر تحضره إيران»: a refusal to accept ties no attending of one's own to her absence (guard); it refuses her there",
    text: `${HEAD}وقال متحدث باسم الائتلاف الوطني السوري إن الائتلاف لن يقبل بمؤتمر تحضره إيران.${TAIL}`,
    expected: ["national_coalition iran_participation oppose"],
  },
  {
    why: "«هددت بمقاطعة الاجتماع إذا وجهت الدعوة إلى طهران»: her invitation sent, the condition of a boycott",
    text: `${HEAD}وهددت الرياض بمقاطعة الاجتماع إذا وجهت الدعوة إلى طهران.${TAIL}`,
    expected: ["saudi_arabia geneva2_preconditions conditional", "saudi_arabia iran_participation oppose"],
  },
  {
    why: "«لوح بالانسحاب … إذا بقيت الدعوة الموجهة إلى إيران قائمة»: her invitation left standing, the condition",
    text: `${HEAD}ولوح الائتلاف الوطني السوري بالانسحاب من المفاوضات إذا بقيت الدعوة الموجهة إلى إيران قائمة.${TAIL}`,
    expected: ["national_coalition geneva2_preconditions conditional", "national_coalition iran_participation oppose"],
  },
  {
    why: "«هدد الائتلاف يوم الخميس بمقاطعة المؤتمر ما لم …»: a word of time between the threat and the boycott",
    text: `${HEAD}وهدد الائتلاف الوطني السوري يوم الخميس بمقاطعة المؤتمر ما لم تسحب الدعوة الموجهة إلى إيران.${TAIL}`,
    expected: ["national_coalition geneva2_preconditions conditional", "national_coalition iran_participation oppose"],
  },
  {
    why: "«ستحضر الاجتماع إذا وجهت الدعوة إلى إيران»: attending if she is invited is no absence required (guard)",
    text: `${HEAD}وقالت الخارجية الروسية إن موسكو ستحضر الاجتماع إذا وجهت الدعوة إلى إيران.${TAIL}`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "«نقلت مصادر في الائتلاف أن … لافروف ضغط على الوفد للذهاب … من دون شروط»: the one pressing, not the sources' body",
    text: `${HEAD}ونقلت مصادر في الائتلاف الوطني السوري أن وزير الخارجية الروسي سيرغي لافروف ضغط على الوفد للذهاب إلى جنيف من دون شروط مسبقة.${TAIL}`,
    expected: ["russia geneva2_preconditions unconditional"],
  },
  {
    why: "«ذكرت مصادر في المعارضة أن كيري أجرى اتصالاً …، حثه فيه على …»: his clause goes on past the comma",
    text: `${HEAD}وذكرت مصادر في المعارضة أن كيري أجرى اتصالا بالجربا، حثه فيه على حضور المؤتمر دون شروط مسبقة.${TAIL}`,
    expected: ["usa geneva2_preconditions unconditional"],
  },
  {
    why: "«هناك من يقول إن لافروف ضغط …»: a rumour no party reports (guard)",
    text: `${HEAD}وهناك من يقول إن لافروف ضغط على الوفد للذهاب إلى جنيف من دون شروط مسبقة.${TAIL}`,
    expected: [],
  },
  {
    why: "«نقلت مصادر في الائتلاف أن الائتلاف لن يذهب … ما لم يرحل الأسد»: the sources' own body its subject (guard)",
    text: `${HEAD}ونقلت مصادر في الائتلاف الوطني السوري أن الائتلاف لن يذهب إلى جنيف ما لم يرحل الأسد.${TAIL}`,
    expected: ["national_coalition geneva2_preconditions conditional", "national_coalition assad_role must_go"],
  },
];

caseTable("review 20 (F6): a source inside one party reporting another's act; Iran's absence made a condition of attending", CASES);
