// Kinds of sentence on Iran's participation found by the eleventh probe: Iran announcing who will come for her, a
// third party making the withdrawal of her invitation conditional on what she does, and her pronoun inside a condition
// on her role. Each row written for this table, not taken from the seeds, the development corpus or the probe's
// articles.
import { caseTable, type Case } from "./case-table";

/** A headline, so that the sentence under test is read as a body sentence. */
const HEAD = "مؤتمر جنيف 2 حول سوريا\n";
/** A closing body sentence with no stance. */
const TAIL = "\nوتتواصل التحضيرات لعقد المؤتمر في موعده.\n";

const CASES: Case[] = [
  // Iran announcing that her official will come or head her delegation: her own taking part (support).
  {
    why: "«أعلنت طهران أن وزير خارجيتها، محمد جواد ظريف، سيحضر …»: her minister, by the announcer's pronoun and by name",
    text: `${HEAD}وكانت طهران قد أعلنت أن وزير خارجيتها، محمد جواد ظريف، سيحضر الجولة المقبلة من المحادثات.${TAIL}`,
    expected: ["iran iran_participation support"],
  },
  {
    why: "«أعلنت طهران أن وزير خارجيتها سيترأس وفدها إلى المؤتمر»: her delegation headed",
    text: `${HEAD}وأعلنت طهران أن وزير خارجيتها سيترأس وفدها إلى المؤتمر.${TAIL}`,
    expected: ["iran iran_participation support"],
  },
  {
    why: "«قالت الخارجية الإيرانية إن ظريف سيترأس وفد بلاده»: her official by name, «وفد بلاده»",
    text: `${HEAD}وقالت الخارجية الإيرانية إن ظريف سيترأس وفد بلاده إلى المؤتمر.${TAIL}`,
    expected: ["iran iran_participation support"],
  },
  {
    why: "«أعلن المتحدث باسم الخارجية الإيرانية أن وزير الخارجية سيمثل بلاده في المؤتمر»: representing her",
    text: `${HEAD}وأعلن المتحدث باسم الخارجية الإيرانية أن وزير الخارجية سيمثل بلاده في المؤتمر.${TAIL}`,
    expected: ["iran iran_participation support"],
  },
  {
    why: "«أعلن ظريف أنه سيترأس وفد بلاده»: the announcer himself",
    text: `${HEAD}وأعلن ظريف أنه سيترأس وفد بلاده إلى المؤتمر.${TAIL}`,
    expected: ["iran iran_participation support"],
  },
  {
    why: "«أعلنت موسكو أن لافروف سيترأس وفدها»: another's delegation (guard)",
    text: `${HEAD}وأعلنت موسكو أن لافروف سيترأس وفدها إلى المؤتمر.${TAIL}`,
    expected: [],
  },
  {
    why: "«قال لافروف إن وزير الخارجية الروسي سيترأس وفد بلاده»: a non-Iranian heading his own delegation (guard)",
    text: `${HEAD}وقال لافروف إن وزير الخارجية الروسي سيترأس وفد بلاده إلى المؤتمر.${TAIL}`,
    expected: [],
  },
  {
    why: "«قال المتحدث باسم الخارجية الأمريكية إن ظريف سيشارك»: her coming told by another, news (guard)",
    text: `${HEAD}وقال المتحدث باسم الخارجية الأمريكية إن ظريف سيشارك في المؤتمر.${TAIL}`,
    expected: [],
  },
  {
    why: "«ذكرت مصادر أن ظريف سيترأس وفد إيران»: no one named announcing it (guard)",
    text: `${HEAD}وذكرت مصادر أن ظريف سيترأس وفد إيران إلى المؤتمر.${TAIL}`,
    expected: [],
  },
  {
    why: "«قال عبد اللهيان إن ظريف سيترأس الاجتماع الوزاري»: heading something else than a delegation (guard)",
    text: `${HEAD}وقال عبد اللهيان إن ظريف سيترأس الاجتماع الوزاري في طهران.${TAIL}`,
    expected: [],
  },
  {
    why: "«قال ظريف إن المعارضة ستشارك في المؤتمر»: another's coming from an Iranian (guard)",
    text: `${HEAD}وقال ظريف إن المعارضة ستشارك في المؤتمر.${TAIL}`,
    expected: [],
  },
  // Her invitation withdrawn unless she does something: her taking part on that condition (conditional).
  {
    why: "«حثت الولايات المتحدة إيران على دعم … وإلا فسيتم سحب الدعوة منها»",
    text: `${HEAD}وحثت الولايات المتحدة إيران على دعم بيان جنيف الأول وإلا فسيتم سحب الدعوة منها.${TAIL}`,
    expected: ["usa iran_participation conditional"],
  },
  {
    why: "«طالبت فرنسا طهران بإعلان قبولها … وإلا فيجب سحب دعوتها»",
    text: `${HEAD}وطالبت فرنسا طهران بإعلان قبولها بيان جنيف وإلا فيجب سحب دعوتها.${TAIL}`,
    expected: ["france iran_participation conditional"],
  },
  {
    why: '«إنه "إذا لم تعلن طهران التزامها …، فيجب سحب الدعوة"»: the unmet condition, she its subject, before it',
    text: `${HEAD}وقال المتحدث باسم الخارجية الأمريكية إنه "إذا لم تعلن طهران التزامها ببيان جنيف، فيجب سحب الدعوة".${TAIL}`,
    expected: ["usa iran_participation conditional"],
  },
  {
    why: "«إذا لم تعلن طهران قبولها … فيجب سحب الدعوة الموجهة إليها»: not her taking part wanted (was support)",
    text: `${HEAD}وقال وزير الخارجية الفرنسي إنه إذا لم تعلن طهران قبولها ببيان جنيف فيجب سحب الدعوة الموجهة إليها.${TAIL}`,
    expected: ["france iran_participation conditional"],
  },
  {
    why: "«في حال لم تلتزم طهران … فسيتم سحب الدعوة الموجهة إليها»: not her absence required (was oppose)",
    text: `${HEAD}وقال وزير الخارجية البريطاني إنه في حال لم تلتزم طهران ببيان جنيف فسيتم سحب الدعوة الموجهة إليها.${TAIL}`,
    expected: ["uk iran_participation conditional"],
  },
  {
    why: '«تتوقع سحب الدعوة "إذا لم تقبل إيران" …»: the condition after the withdrawal',
    text: `${HEAD}وقال المتحدث باسم الخارجية الأمريكية إن واشنطن تتوقع سحب الدعوة "إذا لم تقبل إيران" بيان جنيف الأول.${TAIL}`,
    expected: ["usa iran_participation conditional"],
  },
  {
    why: "«ستطالب بسحب الدعوة في حال لم تقبل إيران …»",
    text: `${HEAD}وقال وزير الخارجية الفرنسي إن بلاده ستطالب بسحب الدعوة في حال لم تقبل إيران بيان جنيف.${TAIL}`,
    expected: ["france iran_participation conditional"],
  },
  {
    why: "«المتحدثة باسم الخارجية الأمريكية جين ساكي»: the spokeswoman's name spelt «ساكي»",
    text: `${HEAD}وكانت المتحدثة باسم الخارجية الأمريكية جين ساكي قد قالت إنه "إذا لم تقبل إيران بيان جنيف، فيجب سحب الدعوة".${TAIL}`,
    expected: ["usa iran_participation conditional"],
  },
  {
    why: "«سيقاطع المؤتمر إذا لم تسحب الدعوة من إيران»: the withdrawal inside one's own condition, unchanged (guard)",
    text: `${HEAD}وقال الائتلاف إنه سيقاطع المؤتمر إذا لم تسحب الدعوة من إيران.${TAIL}`,
    expected: ["national_coalition geneva2_preconditions conditional", "national_coalition iran_participation oppose"],
  },
  {
    why: "«إذا لم يقبل النظام بيان جنيف فيجب سحب الدعوة من وفده»: not her condition (guard)",
    text: `${HEAD}وقال المتحدث باسم الخارجية الأمريكية إنه إذا لم يقبل النظام بيان جنيف فيجب سحب الدعوة من وفده.${TAIL}`,
    expected: [],
  },
  // Her pronoun on a word of taking part inside a condition, she named before it (in the sentence or the one before).
  {
    why: "«إيران طرف في الحرب. لن نقبل بأي دور لها في المحادثات إلا إذا سحبت …»: she named in the sentence before",
    text: `${HEAD}وقال المتحدث باسم الهيئة العليا للمفاوضات إن إيران طرف في الحرب وليست وسيطا.\nوأضاف: لن نقبل بأي دور لها في المحادثات إلا إذا سحبت مقاتليها من الأراضي السورية.${TAIL}`,
    expected: ["hnc iran_participation conditional"],
  },
  {
    why: "«إذا أخرجت إيران مقاتليها من سوريا فعندها يمكن أن نقبل بوجودها في المؤتمر»",
    text: `${HEAD}وقال رئيس الائتلاف: إذا أخرجت إيران مقاتليها من سوريا فعندها يمكن أن نقبل بوجودها في المؤتمر.${TAIL}`,
    expected: ["national_coalition iran_participation conditional"],
  },
  {
    why: "«إذا سحبت إيران مقاتليها من سوريا فلا مانع من حضورها»",
    text: `${HEAD}وقال رئيس الائتلاف: إذا سحبت إيران مقاتليها من سوريا فلا مانع من حضورها.${TAIL}`,
    expected: ["national_coalition iran_participation conditional"],
  },
  {
    why: "«إيران تقاتل في سوريا. إذا سحبت قواتها فيمكن أن نقبل بمشاركتها في المحادثات»",
    text: `${HEAD}وقال المتحدث باسم الهيئة العليا للمفاوضات إن إيران تقاتل في سوريا.\nوأضاف: إذا سحبت قواتها فيمكن أن نقبل بمشاركتها في المحادثات.${TAIL}`,
    expected: ["hnc iran_participation conditional"],
  },
  {
    why: "«إذا سحبت إيران قواتها عندها يمكن أن نتحدث عن حل سياسي»: no taking part named (guard)",
    text: `${HEAD}وقال رئيس الائتلاف: إذا سحبت إيران قواتها من سوريا عندها يمكن أن نتحدث عن حل سياسي.${TAIL}`,
    expected: [],
  },
  {
    why: "«إذا سحبت إيران قواتها فإن المعارضة ستعلن وجودها في المؤتمر»: the pronoun is another party's (guard)",
    text: `${HEAD}وقال رئيس الائتلاف: إذا سحبت إيران قواتها فإن المعارضة ستعلن وجودها في المؤتمر.${TAIL}`,
    expected: [],
  },
];

caseTable("probe 11 (k1): Iran's own delegation, withdrawal unless she acts, her pronoun in a condition", CASES);
