// Kinds found by probe round r114: refusing conditions in the plural («يرفضون», «رفضوا», «لن يقبلوا», «لا يقبلون»,
// «يعارضون»); the talks named by the verbal noun «التفاوض» as the participation a condition is set on («لا نضع … شرطاً
// مسبقاً للتفاوض», «تشترط … قبل التفاوض»); and a demand judged unrealistic with its owner named after the demand's noun
// («مطالبة "وفد الرياض" برحيل الأسد قبل أي تفاوض غير واقعية»): the owner holds the condition as it stands, the judge
// the rejection, and the owner never the judge's reading of his going. Each row written for this table, not taken from
// the seeds, the development corpus or the probe's articles.
import { caseTable, type Case } from "./case-table";

/** A headline, so that the sentence under test is read as a body sentence. */
const HEAD = "مؤتمر جنيف 2 حول سوريا\n";
/** A closing body sentence with no stance. */
const TAIL = "\nوتتواصل التحضيرات لعقد المؤتمر في موعده.\n";

const CASES: Case[] = [
  // Refusing conditions, the verb in the plural.
  {
    why: "«إنهم يرفضون أي شروط مسبقة»: the plural refuses them (was read as setting them)",
    text: `${HEAD}وقال دبلوماسيون روس إنهم يرفضون أي شروط مسبقة للمفاوضات المقبلة.${TAIL}`,
    expected: ["russia geneva2_preconditions unconditional"],
  },
  {
    why: "«رفضوا الشروط المسبقة»: the past plural",
    text: `${HEAD}وأكد المسؤولون الإيرانيون أنهم رفضوا الشروط المسبقة التي طرحت خلال الاجتماع.${TAIL}`,
    expected: ["iran geneva2_preconditions unconditional"],
  },
  {
    why: "«لن يقبلوا أي شروط»: the negated plural of accepting",
    text: `${HEAD}وقال مسؤولون أمريكيون إنهم لن يقبلوا بالشروط التي يضعها أي طرف.${TAIL}`,
    expected: ["usa geneva2_preconditions unconditional"],
  },
  {
    why: "«يعارضون أن يكون رحيل الأسد شرطاً»: both the condition refused and his going not required first",
    text: `${HEAD}وأضاف الوزير أن الروس يعارضون أن يكون رحيل الأسد شرطا قبل استئناف المحادثات.${TAIL}`,
    expected: ["russia assad_role may_stay", "russia geneva2_preconditions unconditional"],
  },
  {
    why: "«رفضوا الحضور بالشروط الحالية»: refusing to attend on the terms now offered sets other terms (guard)",
    text: `${HEAD}وقال قادة في الائتلاف إنهم رفضوا الحضور بالشروط الحالية.${TAIL}`,
    expected: ["national_coalition geneva2_preconditions conditional"],
  },
  {
    why: "«يرفضون أي شروط لأي تسوية»: conditions of a settlement, not of the talks (guard)",
    text: `${HEAD}وقال مسؤولون أتراك إنهم يرفضون أي شروط لأي تسوية لا تضمن أمن الحدود.${TAIL}`,
    expected: [],
  },
  // «التفاوض» as the talks a condition is set on.
  {
    why: "«لا نضع رحيل الأسد شرطاً مسبقاً للتفاوض»: no condition set on the talks, named by «التفاوض»",
    text: `${HEAD}وقال المنسق العام لهيئة التنسيق الوطنية حسن عبد العظيم: نحن لا نضع تنحي الأسد شرطا مسبقا للتفاوض مع الحكومة.${TAIL}`,
    expected: ["ncb assad_role may_stay", "ncb geneva2_preconditions unconditional"],
  },
  {
    why: "«لم نضع شروطاً» with no talks named: still no reading (guard)",
    text: `${HEAD}وقال المقداد إن دمشق لم تضع أي شروط على وصول المساعدات الإنسانية إلى حمص.${TAIL}`,
    expected: [],
  },
  {
    why: "«لا يطرح شرط رحيل الأسد قبل التفاوض»: a condition a negated verb of setting puts forward is none set (guard)",
    text: `${HEAD}وقال رئيس الائتلاف إن الائتلاف لا يطرح شرط تنحي الأسد قبل التفاوض مع الوفد الحكومي.${TAIL}`,
    expected: ["national_coalition assad_role may_stay"],
  },
  // A demand judged unrealistic, its owner named after the noun.
  {
    why: "«اعتبر لافروف أن مطالبة الائتلاف برحيل الأسد قبل أي تفاوض غير واقعية»: owner conditional, judge unconditional",
    text: `${HEAD}واعتبر لافروف أن مطالبة الائتلاف الوطني برحيل الأسد قبل أي تفاوض غير واقعية.${TAIL}`,
    expected: [
      "national_coalition assad_role must_go",
      "national_coalition geneva2_preconditions conditional",
      "russia assad_role may_stay",
      "russia geneva2_preconditions unconditional",
    ],
  },
  {
    why: "a judge the lexicon does not know: the owner «وفد الرياض» keeps its demand, not the judge's readings",
    text: `${HEAD}واعتبر المعارض المستقل فواز تللو أن مطالبة «وفد الرياض» بتنحي الأسد قبل أي مفاوضات «غير واقعية».${TAIL}`,
    expected: ["hnc assad_role must_go", "hnc geneva2_preconditions conditional"],
  },
  {
    why: "«مطالبة «الهيئة العليا» برحيل الأسد غير واقعية» by an unknown judge: his staying not the owner's",
    text: `${HEAD}ورأى الكاتب السياسي سامي كليب أن مطالبة «الهيئة العليا للمفاوضات» برحيل الأسد «غير واقعية».${TAIL}`,
    expected: ["hnc assad_role must_go"],
  },
  {
    why: "«مطالبة بعض أطياف المعارضة …»: some of a party is not the party; the judge alone (guard)",
    text: `${HEAD}ورأى لافروف أن مطالبة بعض أطياف المعارضة بتنحي الأسد كشرط مسبق «غير واقعية».${TAIL}`,
    expected: ["russia assad_role may_stay", "russia geneva2_preconditions unconditional"],
  },
  {
    why: "«مطالبة الرئيس السوري بالتنحي قبل أي مفاوضات غير واقعية»: the one asked owns no demand (guard)",
    text: `${HEAD}وقال ريابكوف إن مطالبة الرئيس السوري بالتنحي قبل أي مفاوضات غير واقعية.${TAIL}`,
    expected: ["russia assad_role may_stay", "russia geneva2_preconditions unconditional"],
  },
  {
    why: "«المطالبة برحيل الأسد قبل أي مفاوضات مطلب غير واقعي» with no owner: the speaker's alone (guard)",
    text: `${HEAD}وقال لافروف إن المطالبة برحيل الأسد قبل أي مفاوضات مطلب غير واقعي.${TAIL}`,
    expected: ["russia assad_role may_stay", "russia geneva2_preconditions unconditional"],
  },
];

caseTable("review 16 (r114: plural refusals of conditions; «التفاوض» as the talks; a judged demand's owner)", CASES);
