// Kinds of sentence that gave false claims on the preconditions topic in the tenth probe's rounds: conditions
// judged, denied, set on another's taking part, or carried by whoever comes. Each row written for this table, not
// taken from the seeds, the development corpus or the probe's articles.
import { caseTable, type Case } from "./case-table";

/** A headline, so that the sentence under test is read as a body sentence. */
const HEAD = "مؤتمر جنيف 2 حول سوريا\n";

const CASES: Case[] = [
  // Attempts to set conditions, the subject of the speaker's clause: he rejects them, and what he lists among them.
  {
    why: "«إن محاولات فرض شروط مسبقة …، ومنها المطالبة برحيل الأسد، تهدد …»: the speaker rejects both, holds neither",
    text: `${HEAD}وقال لافروف: "إن محاولات فرض شروط مسبقة على المفاوضات، ومنها المطالبة برحيل الرئيس الأسد، تهدد فرص نجاح المؤتمر".`,
    expected: ["russia assad_role may_stay", "russia geneva2_preconditions unconditional"],
  },
  {
    why: "«أكد أن مساعي وضع شروط على الحوار لا تخدم التسوية»: attempts at conditions rejected",
    text: `${HEAD}وأكد بوغدانوف أن مساعي وضع شروط على الحوار السوري لا تخدم التسوية.`,
    expected: ["russia geneva2_preconditions unconditional"],
  },
  {
    why: "«للائتلاف شروط لحضور المؤتمر، ومنها رحيل الأسد»: no attempts named, the conditions listed are his (guard)",
    text: `${HEAD}وقال الجربا إن للائتلاف شروطاً لحضور المؤتمر، ومنها رحيل الأسد.`,
    expected: ["national_coalition assad_role must_go", "national_coalition geneva2_preconditions conditional"],
  },
  {
    why: "«محاولات الائتلاف فرض شروط مسبقة مستمرة»: the attempts' owner named, the conditions are his (guard)",
    text: `${HEAD}وقال لافروف إن محاولات الائتلاف فرض شروط مسبقة على المؤتمر مستمرة.`,
    expected: ["national_coalition geneva2_preconditions conditional"],
  },
  // A condition inside a denied report or a negated «أي …» is no one's (CONTRACT.md: denials are not annotated).
  {
    why: "«نفت أن تكون طهران قد وافقت في أي وقت … على بيان جنيف شرطاً لحضورها»: a long denied clause states nothing",
    text: `${HEAD}ونفت المتحدثة أن تكون طهران قد وافقت في أي وقت من الأوقات على بيان جنيف الأول شرطا لحضورها.`,
    expected: [],
  },
  {
    why: "«لم تتسلم أي رسالة رسمية بقبول بيان جنيف 1 شرطاً للمشاركة»: a condition in what was never received",
    text: `${HEAD}وقال المسؤول الإيراني إن بلاده لم تتسلم حتى الآن أي رسالة رسمية بقبول بيان جنيف 1 شرطا للمشاركة.`,
    expected: [],
  },
  {
    why: "«لا تقبل أي شروط مسبقة للمشاركة»: «أي» on the conditions themselves refuses them (guard)",
    text: `${HEAD}وقال المعلم إن دمشق لا تقبل أي شروط مسبقة للمشاركة في المؤتمر.`,
    expected: ["syrian_government geneva2_preconditions unconditional"],
  },
  {
    why: "«يطالب برحيل الأسد شرطاً للمشاركة»: no negation, his own condition (guard)",
    text: `${HEAD}وقال الجربا إن الائتلاف يطالب برحيل الأسد شرطا للمشاركة في المفاوضات.`,
    expected: ["national_coalition assad_role must_go", "national_coalition geneva2_preconditions conditional"],
  },
  // Another's taking part accepted under a condition: a condition on that one, not the speaker's on the talks.
  {
    why: "«لن نقبل بوجودها على الطاولة إلا إذا سحبت قواتها»: her presence conditioned, not the talks",
    text: `${HEAD}وقال الجربا إن إيران طرف في الحرب، مضيفاً: "لن نقبل بوجودها على الطاولة إلا إذا سحبت قواتها من سوريا".`,
    expected: ["national_coalition iran_participation conditional"],
  },
  {
    why: "«لن تسمح بمشاركتهم في المفاوضات ما لم يعلنوا …»: their taking part conditioned, not the talks",
    text: `${HEAD}وقال المسلط إن الهيئة لن تسمح بمشاركتهم في المفاوضات ما لم يعلنوا قبولهم ببيان جنيف.`,
    expected: [],
  },
  {
    why: "«لن يقبل بالمشاركة إلا إذا رحل الأسد»: its own taking part, a condition on the talks (guard)",
    text: `${HEAD}وقال الجربا إن الائتلاف لن يقبل بالمشاركة إلا إذا رحل الأسد.`,
    expected: ["national_coalition geneva2_preconditions conditional"],
  },
  {
    why: "«لن نقبل بمشاركتنا … إلا إذا توقف القصف»: «ـنا» is the speaker's own taking part (guard)",
    text: `${HEAD}وقال المسلط: "لن نقبل بمشاركتنا في المفاوضات إلا إذا توقف القصف".`,
    expected: ["hnc geneva2_preconditions conditional"],
  },
  // Whoever comes with conditions, and their fate foretold: no one's conditions, none of the speaker's.
  {
    // (Since the fifty-fourth probe «سيعودون خائبين» judges what it follows, as «واهم» and «يعيشون في الأوهام» do: the
    // conditions whoever brings are the speaker's to reject, not his to set.)
    why: "«من يذهبون إلى جنيف بشروط مسبقة سيعودون خائبين»: not a condition set; conditions judged, so rejected",
    text: `${HEAD}وقال نصر الله إن من يذهبون إلى جنيف بشروط مسبقة سيعودون خائبين.`,
    expected: ["hezbollah geneva2_preconditions unconditional"],
  },
  {
    why: "«كل من يأتي إلى المفاوضات بشروط سيكتشف أن …»: whoever comes with them is no one named",
    text: `${HEAD}ورأى المقداد أن كل من يأتي إلى المفاوضات بشروط سيكتشف أن الميدان قد تغير.`,
    expected: [],
  },
  {
    why: "«من يذهب إلى جنيف بشروط مسبقة لا يريد الحل»: rejected by the predicate, the speaker's own (unconditional)",
    text: `${HEAD}وقال المقداد إن من يذهب إلى جنيف بشروط مسبقة لا يريد الحل.`,
    expected: ["syrian_government geneva2_preconditions unconditional"],
  },
  {
    why: "«الائتلاف سيذهب إلى جنيف بشروط واضحة أولها رحيل الأسد»: a named party comes with them (guard)",
    text: `${HEAD}وقال الجربا إن الائتلاف سيذهب إلى جنيف بشروط واضحة أولها رحيل الأسد.`,
    expected: ["national_coalition assad_role must_go", "national_coalition geneva2_preconditions conditional"],
  },
];

caseTable("tenth probe (h8): false claims on the preconditions topic", CASES);
