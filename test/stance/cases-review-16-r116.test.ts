// Kinds of Iran's taking part found by the sixteenth probe's round r116: a finite verb of accepting before her taking
// part («قبلت بمشاركة إيران»); the act of inviting her judged right after her («توجيه الدعوة إلى إيران خطأ»,
// «… "مكافأة لدولة ترعى الإرهاب"»); and a verb of describing in the plural before her withdrawn invitation judged
// («الروس يعتبرون سحب الدعوة خطأ»). Each row written for this table, not taken from the seeds, the development corpus
// or the probe's articles.
import { caseTable, type Case } from "./case-table";

/** A headline, so that the sentence under test is read as a body sentence. */
const HEAD = "مؤتمر جنيف 2 حول سوريا\n";
/** A closing body sentence with no stance. */
const TAIL = "\nوتتواصل التحضيرات لعقد المؤتمر في موعده.\n";

const CASES: Case[] = [
  // A finite verb of accepting right before her taking part, attending or invitation accepts it.
  {
    why: "«الرياض قبلت بمشاركة إيران»: accepting her taking part",
    text: `${HEAD}وقال وزير الخارجية السعودي إن الرياض قبلت بمشاركة إيران في الاجتماع المقبل لاختبار نواياها.${TAIL}`,
    expected: ["saudi_arabia iran_participation support"],
  },
  {
    why: "«الولايات المتحدة قبلت بحضور إيران»: her attending",
    text: `${HEAD}وقالت المتحدثة باسم الخارجية الأمريكية إن الولايات المتحدة قبلت بحضور إيران اجتماع فيينا.${TAIL}`,
    expected: ["usa iran_participation support"],
  },
  {
    why: "«باريس تقبل بدعوة طهران»: the present tense, her invitation",
    text: `${HEAD}وقال وزير الخارجية الفرنسي إن باريس تقبل بدعوة طهران إلى الجولة المقبلة.${TAIL}`,
    expected: ["france iran_participation support"],
  },
  {
    why: "«لن تقبل بمشاركة إيران»: negated, it rejects (guard)",
    text: `${HEAD}وقال وزير الخارجية السعودي إن الرياض لن تقبل بمشاركة إيران في أي اجتماع مقبل.${TAIL}`,
    expected: ["saudi_arabia iran_participation oppose"],
  },
  {
    why: "«لا تقبل حضور إيران إلا إذا …»: accepted only on a condition (guard)",
    text: `${HEAD}وقال وزير الخارجية السعودي إن الرياض لا تقبل حضور إيران إلا إذا سحبت قواتها من سوريا.${TAIL}`,
    expected: ["saudi_arabia iran_participation conditional"],
  },
  {
    why: "«قبلت الجلوس مع الجانب الإيراني»: one's own seat beside hers, not her taking part (guard)",
    text: `${HEAD}وقال وزير الخارجية القطري إن بلاده قبلت الجلوس مع الجانب الإيراني في الاجتماع المقبل.${TAIL}`,
    expected: [],
  },
  // The act of inviting her, the subject, judged by the predicate right after her: opposed.
  {
    why: "«توجيه الدعوة إلى إيران خطأ»: the invitation judged a mistake",
    text: `${HEAD}وقال نتنياهو إن توجيه الدعوة إلى إيران خطأ لا يغتفر.${TAIL}`,
    expected: ["israel iran_participation oppose"],
  },
  {
    why: '«توجيه دعوة إلى طهران "مكافأة لدولة تدعم الإرهاب"»: a reward to a state',
    text: `${HEAD}وقال وزير الخارجية البريطاني إن توجيه دعوة إلى طهران "مكافأة لدولة تدعم الإرهاب".${TAIL}`,
    expected: ["uk iran_participation oppose"],
  },
  {
    why: '«اعتبر أن توجيه الدعوة إلى إيران … "مكافأة لدولة احتلال"»: a describing verb before, the reward its judgement',
    text: `${HEAD}واعتبر رئيس الائتلاف أن توجيه الدعوة إلى إيران للمشاركة في المؤتمر "مكافأة لدولة احتلال".${TAIL}`,
    expected: ["national_coalition iran_participation oppose"],
  },
  {
    why: "«طالب بتوجيه الدعوة إلى إيران»: demanding it still wants her (guard)",
    text: `${HEAD}وطالب لافروف بتوجيه الدعوة إلى إيران دون تأخير.${TAIL}`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "«توجيه الدعوة إلى إيران كان خطوة في الاتجاه الصحيح»: praised, not judged (guard)",
    text: `${HEAD}وقال لافروف إن توجيه الدعوة إلى إيران كان خطوة في الاتجاه الصحيح.${TAIL}`,
    expected: ["russia iran_participation support"],
  },
  // A describing verb in the plural before the withdrawal judged a mistake: the withdrawal is wrong, she is wanted.
  {
    why: "«الروس يعتبرون سحب الدعوة من إيران خطأ»: the plural describing verb",
    text: `${HEAD}وقال عبد اللهيان إن الروس يعتبرون سحب الدعوة من إيران خطأ فادحا.${TAIL}`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "«اعتبر لافروف سحب الدعوة من إيران خطأ»: the singular, as before (guard)",
    text: `${HEAD}واعتبر لافروف سحب الدعوة من إيران خطأ فادحا.${TAIL}`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "«… يعتبرون استبعاد إيران من المؤتمر خطأ»: her exclusion judged, as before (guard)",
    text: `${HEAD}وقال دبلوماسي إيراني إن المسؤولين الروس يعتبرون استبعاد إيران من المؤتمر خطأ كبيرا.${TAIL}`,
    expected: ["russia iran_participation support"],
  },
];

caseTable("review 16 (r116: accepting her taking part; the invitation judged; plural describing verbs)", CASES);
