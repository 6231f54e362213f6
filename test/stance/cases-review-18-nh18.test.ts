// Kinds found by the probe rounds where a cue had no holder: a sentence opening on «لكنه/لكنها» and a verb of saying,
// whose attached pronoun is the speaker of the sentence before; and a boycott threatened if Iran attends, her attending
// spelled with the conference as an attached pronoun («إذا حضرته إيران»). Each row written for this table, not taken
// from the seeds, the development corpus or the probe's articles.
import { caseTable, type Case } from "./case-table";

/** A headline, so that the sentence under test is read as a body sentence. */
const HEAD = "مؤتمر جنيف 2 حول سوريا\n";
/** A closing body sentence with no stance. */
const TAIL = "\nوتتواصل التحضيرات لعقد المؤتمر في موعده.\n";

const CASES: Case[] = [
  // «لكنه شدد …» opening a sentence: the speaker before goes on.
  {
    why: "«قال الوزير إن …. لكنه شدد في المقابل على أن …»: the one speaking before",
    text: `${HEAD}قال وزير الخارجية البريطاني إن بلاده تدعم جهود المبعوث الدولي. لكنه شدد في المقابل على أن "الأسد لا مكان له في مستقبل سوريا".${TAIL}`,
    expected: ["uk assad_role must_go"],
  },
  {
    why: "«لكنه أكد أن …» with no adverb: the one speaking before",
    text: `${HEAD}وقال الأمين العام للأمم المتحدة إن الاتصالات مستمرة مع جميع الأطراف. لكنه أكد أن مشاركة إيران في المؤتمر ضرورية لإنجاحه.${TAIL}`,
    expected: ["un iran_participation support"],
  },
  {
    why: "«لكنها أوضحت أن …»: a state speaking, the verb feminine",
    text: `${HEAD}وقالت الخارجية الروسية إن موسكو على اتصال دائم بدمشق. لكنها أوضحت أن رحيل الأسد لا يمكن أن يكون شرطا مسبقا للحوار.${TAIL}`,
    expected: ["russia assad_role may_stay", "russia geneva2_preconditions unconditional"],
  },
  {
    why: "«غير أنه كرر أن …»: another word of contrast before the pronoun",
    text: `${HEAD}وأعلن وزير الخارجية الفرنسي أن باريس سترسل وفدا إلى سويسرا. غير أنه كرر أن الأسد لا يمكن أن يكون جزءا من المرحلة الانتقالية.${TAIL}`,
    expected: ["france assad_role must_go"],
  },
  {
    why: "«لكنه ربط …», a verb of doing after a heading's speaker: not carried (guard)",
    text: `${HEAD}الجربا: الوفد جاهز\n\nوتوقع المبعوث الدولي بدء المحادثات الأسبوع المقبل. لكنه ربط تحديد جدول الأعمال بوصول جميع الوفود إلى المدينة.${TAIL}`,
    expected: [],
  },
  {
    why: "«لكن الرياض تصر …»: a subject of its own after «لكن» (guard)",
    text: `${HEAD}وقال وزير الخارجية البريطاني إن بلاده تدعم جهود المبعوث الدولي. لكن الرياض تصر على رحيل الأسد قبل أي حوار.${TAIL}`,
    expected: ["saudi_arabia assad_role must_go", "saudi_arabia geneva2_preconditions conditional"],
  },
  // «إذا حضرته إيران»: her attending the conference, named by a pronoun on the verb.
  {
    why: "«هددت المعارضة بالانسحاب من المؤتمر إذا حضرته إيران»: her absence made a condition",
    text: `${HEAD}وقال مصدر دبلوماسي إن المشاورات مستمرة. وهدد الائتلاف الوطني بالانسحاب من المؤتمر إذا حضرته إيران.${TAIL}`,
    expected: ["national_coalition geneva2_preconditions conditional", "national_coalition iran_participation oppose"],
  },
  {
    why: "«بعد تهديد الائتلاف بمقاطعة الاجتماع إذا حضرته طهران»: the threat named by a noun, its owner after it",
    text: `${HEAD}وقال مصدر دبلوماسي إن المشاورات مستمرة. وتأجل الاجتماع بعد تهديد الائتلاف الوطني بمقاطعة المؤتمر إذا حضرته طهران.${TAIL}`,
    expected: ["national_coalition geneva2_preconditions conditional", "national_coalition iran_participation oppose"],
  },
  {
    why: "«سيحضر المؤتمر إذا حضرته إيران»: no refusal tied to her presence, no oppose (guard)",
    text: `${HEAD}وقال مصدر دبلوماسي إن المشاورات مستمرة. وقال الائتلاف إنه سيحضر المؤتمر إذا حضرته إيران.${TAIL}`,
    expected: ["national_coalition geneva2_preconditions conditional"],
  },
];

caseTable("review 18 (nh18): «لكنه» and a verb of saying carrying the speaker; «إذا حضرته إيران»", CASES);
