// Kinds of sentence found by the tenth probe's pool (r74-r82) on Iran's own taking part and on interviews: each row
// written for this table, not taken from the seeds, the development corpus or the probe's articles.
import { caseTable, type Case } from "./case-table";

/** A headline, so that the sentence under test is read as a body sentence. */
const HEAD = "مؤتمر جنيف 2 حول سوريا\n";

const CASES: Case[] = [
  // Her coming in the future tense, she its subject, said by an Iranian: her own announced taking part.
  {
    why: "«قال مساعد الوزير الإيراني إن إيران ستشارك في اجتماع فيينا»: an Iranian announces her coming",
    text: `${HEAD}وقال مساعد وزير الخارجية الإيراني إن إيران ستشارك في اجتماع فيينا المقبل.`,
    expected: ["iran iran_participation support"],
  },
  {
    why: "«نقلت الوكالة عن المسؤول الإيراني قوله إن بلاده «ستحضر …»»: his country in the future tense",
    text: `${HEAD}ونقلت وكالة الأنباء عن نائب وزير الخارجية الإيراني قوله إن بلاده "ستحضر الاجتماع بوفد رفيع".`,
    expected: ["iran iran_participation support"],
  },
  {
    why: "«قال دبلوماسي روسي إن إيران ستشارك»: her coming told by another is news, no one's position (guard)",
    text: `${HEAD}وقال مسؤول في الخارجية الروسية إن إيران ستشارك في اجتماع فيينا المقبل.`,
    expected: [],
  },
  {
    why: "«قال المسؤول الإيراني إن إيران لن تشارك في الاجتماع»: a negated fact of hers states nothing (guard)",
    text: `${HEAD}وقال مساعد وزير الخارجية الإيراني إن إيران لن تشارك في اجتماع لندن.`,
    expected: [],
  },
  // A rejection after a new report is that report's, not a rejection of her taking part named before it.
  {
    why: "«جدد موقف بلاده الداعي إلى حضور إيران، وقال إن من غير المقبول …»: the second report is no rejection of her",
    text: `${HEAD}وجدد وزير الخارجية الروسي موقف بلاده الداعي إلى حضور إيران، وقال إن «من غير المقبول بحث مستقبل سوريا من دون إيران».`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "«قال إن مشاركة إيران مرفوضة»: a rejection right after her taking part, no report between (guard)",
    text: `${HEAD}وقال وزير الخارجية السعودي إن مشاركة إيران في المؤتمر مرفوضة.`,
    expected: ["saudi_arabia iran_participation oppose"],
  },
  // «The invitation» the subject of its passive withdrawal, unless she complies: her conditional taking part.
  {
    why: "«الدعوة يجب أن تُسحب ما لم تعلن طهران قبولها …»: withdrawal demanded unless she complies",
    text: `${HEAD}ووجه الأمين العام للأمم المتحدة دعوة إلى إيران لحضور المؤتمر.\nوقال المتحدث باسم الخارجية الأمريكية إن الدعوة «ينبغي أن تُسحب إذا لم تعلن طهران التزامها ببيان جنيف الأول».`,
    expected: ["un iran_participation support", "usa iran_participation conditional"],
  },
  {
    why: "«الدعوة ستُلغى ما لم تقبل إيران …»: the future passive, the same condition",
    text: `${HEAD}ووجه الأمين العام للأمم المتحدة دعوة إلى إيران لحضور المؤتمر.\nوقال وزير الخارجية الأمريكي إن الدعوة ستلغى ما لم تقبل إيران بيان جنيف علنا.`,
    expected: ["un iran_participation support", "usa iran_participation conditional"],
  },
  {
    why: "«الدعوة لم تُسحب حتى الآن»: a withdrawal denied as a fact, with no condition, states nothing (guard)",
    text: `${HEAD}ووجه الأمين العام للأمم المتحدة دعوة إلى إيران لحضور المؤتمر.\nوقال وزير الخارجية الأمريكي إن الدعوة لم تسحب حتى الآن.`,
    expected: ["un iran_participation support"],
  },
  // «نحن مع مشاركة إيران»: being «مع» her taking part, the speaker its subject, wants it.
  {
    why: "«قال المنسق العام: نحن مع مشاركة إيران»",
    text: `${HEAD}وقال المنسق العام لهيئة التنسيق الوطنية: نحن مع مشاركة إيران في المؤتمر إلى جانب الدول المؤثرة.`,
    expected: ["ncb iran_participation support"],
  },
  {
    why: "«قال إننا مع حضور إيران»",
    text: `${HEAD}وقال المنسق العام لهيئة التنسيق الوطنية إننا مع حضور إيران لأنها طرف مؤثر.`,
    expected: ["ncb iran_participation support"],
  },
  {
    why: "«تزامن الاجتماع مع مشاركة إيران»: «مع» of time, no subject of being with it (guard)",
    text: `${HEAD}وقال المنسق العام لهيئة التنسيق الوطنية إن اجتماع الهيئة تزامن مع مشاركة إيران في لقاء موسكو.`,
    expected: [],
  },
  // Her pronoun on «جلوسها» in the sentence after the one naming her.
  {
    why: "«إيران شريكة في القتل. لن نقبل بجلوسها في المؤتمر»: her sitting down refused, her pronoun",
    text: `${HEAD}وقال رئيس الائتلاف الوطني: إيران شريكة في قتل الشعب. لن نقبل بجلوسها في المؤتمر.`,
    expected: ["national_coalition iran_participation oppose"],
  },
  {
    why: "«المعارضة موحدة. لن نقبل بجلوسها منفردة»: a pronoun that is not hers (guard)",
    text: `${HEAD}وقال رئيس الائتلاف الوطني إن المعارضة موحدة. لن نقبل بجلوسها في المؤتمر منفردة.`,
    expected: [],
  },
  // An interview's question followed by the interviewer's remark on its line: the dashed answer is the interviewee's.
  {
    why: "«* وماذا عن إيران؟ هناك من يقول … ⏎ - … لن نقبل بمشاركتها»: the answer after a remarked question",
    text:
      "حوار | رئيس الائتلاف الوطني السوري: الحل يبدأ بهيئة حكم انتقالية\n\nأجرى الحوار: مراسلنا\n\n" +
      "* هل ستذهبون إلى جنيف؟\n- سنذهب، لكن بوفد موحد.\n\n" +
      "* وماذا عن إيران؟ هناك من يقول إن المؤتمر لن ينجح من دونها.\n- إيران تقاتل في سوريا. لن نقبل بمشاركتها في المؤتمر.\n",
    expected: ["national_coalition iran_participation oppose"],
  },
  {
    why: "the same question and remark, the next line set off by no dash: not read as the answer (guard)",
    text:
      "حوار | رئيس الائتلاف الوطني السوري: الحل يبدأ بهيئة حكم انتقالية\n\nأجرى الحوار: مراسلنا\n\n" +
      "* هل ستذهبون إلى جنيف؟\n- سنذهب، لكن بوفد موحد.\n\n" +
      "* وماذا عن إيران؟ هناك من يقول إن المؤتمر لن ينجح من دونها.\nلن نقبل بمشاركة إيران في المؤتمر.\n",
    expected: [],
  },
];

caseTable("probe 10 (h7): Iran's own taking part, interviews", CASES);
