// Holders (who holds a cue: frames, subjects, lexicon names): each row a sentence of general news Arabic, written
// for this table (not taken from the seeds or the development corpus), and the tuples it must give.
import { caseTable, type Case } from "./case-table";

const CASES: Case[] = [
  {
    why: "a clause joined by «و» after a comma goes back to the speaker, not to the subject of what he reported",
    text: "قال المقداد إن المعارضة ترفض الحوار، واستبعد تنحي الرئيس بشار الأسد.",
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: "a cue opening with its own rejection («كما ترفض قيادة الأسد») is not voided by the subject's earlier rejection",
    text: "ويرفض الائتلاف الوطني حضور إيران المؤتمر، كما يرفض قيادة الأسد لأي حكومة انتقالية.",
    expected: ["national_coalition assad_role must_go", "national_coalition iran_participation oppose"],
  },
  {
    why: "the EU foreign-policy chief named by her title only",
    text: "وصرحت منسقة السياسة الخارجية في الاتحاد الأوروبي بأن الأسد لا مكان له في مستقبل سوريا.",
    expected: ["eu assad_role must_go"],
  },
  {
    why: "«ما أدلى به X من أنه …»: X said it",
    text: "وعلقت الصحيفة على ما أدلى به وزير الخارجية البريطاني من أنه لا مكان للأسد في مستقبل سوريا.",
    expected: ["uk assad_role must_go"],
  },
  {
    why: "«رهن X مشاركة … بـ…»: linking taking part to a demand is a speech verb with its subject after it",
    text: "رهن المتحدث باسم الائتلاف الوطني، خالد الصالح، حضور مؤتمر جنيف بإطلاق سراح المعتقلين.",
    expected: ["national_coalition geneva2_preconditions conditional"],
  },
  {
    why: "a party's name in quotation marks after a speech verb is still its subject",
    text: "وأعلن رئيس «الائتلاف الوطني السوري» أحمد الجربا أن الائتلاف لن يحضر المؤتمر إلا إذا تنحى الأسد.",
    expected: ["national_coalition assad_role must_go", "national_coalition geneva2_preconditions conditional"],
  },
  {
    why: "the White House deputy spokesman is a US speaker",
    text: "وأكد إريك شولتز أن مشاركة إيران في المؤتمر ضرورية.",
    expected: ["usa iran_participation support"],
  },
  {
    why: "«ودعا المشاركون وخاصة X إلى …»: the party singled out of an unnamed plural subject speaks too",
    text: "ودعا المشاركون في الاجتماع وخاصة بريطانيا إلى رحيل الأسد.",
    expected: ["uk assad_role must_go"],
  },
  {
    why: "Iran never holds a refusal of her own taking part",
    text: "وقال لافروف إن إيران يجب أن تشارك في المحادثات، مستغربا من مطلب المعارضة استبعاد طهران.",
    // (Lavrov's «إيران يجب أن تشارك» is read since the forty-seventh probe: Iran named first, then her duty to attend.)
    expected: ["russia iran_participation support"],
  },
];

caseTable("holders: case table", CASES);
