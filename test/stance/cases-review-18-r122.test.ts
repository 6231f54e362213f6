// Kinds found by the eighteenth review (round r122): a cue whose acceptability is denied by a verb after it («أي
// اتفاق لا يتضمن رحيل الأسد لن يكون مقبولاً»), as «غير مقبول» already was; the backer of a party named right after
// it («الائتلاف المدعوم من السعودية», «المعارضة التي تدعمها واشنطن»), who holds nothing the sentence says; and an
// aside naming the first or foremost of the conditions a predicate judges («الشروط المسبقة، وفي مقدمتها …، تعرقل
// الحل»). Each row written for this table, not taken from the seeds, the development corpus or the probe's articles.
import { caseTable, type Case } from "./case-table";

/** A headline, so that the sentence under test is read as a body sentence. */
const HEAD = "محادثات جنيف حول سوريا\n";
/** A closing body sentence with no stance. */
const TAIL = "\nويتواصل الإعداد للجولة المقبلة من المحادثات.\n";

const CASES: Case[] = [
  // A rejecting predicate in a verb: «لن يكون مقبولاً», «ليست مقبولة», «لا يمكن أن يكون مقبولاً».
  {
    why: "«أي اتفاق لا يتضمن رحيل الأسد … لن يكون مقبولاً»: what is unacceptable is leaving out his going",
    text: `${HEAD}وقال الجربا في مؤتمر صحفي إن أي اتفاق لا يتضمن رحيل الأسد عن السلطة لن يكون مقبولا لدى السوريين.${TAIL}`,
    expected: ["national_coalition assad_role must_go"],
  },
  {
    why: "«أي تسوية تشترط تنحي الأسد ليست مقبولة»: his going as a condition, judged unacceptable",
    text: `${HEAD}وأكد لافروف أن أي تسوية تشترط تنحي الرئيس الأسد ليست مقبولة بالنسبة إلى موسكو.${TAIL}`,
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "«أي صيغة تستبعد إيران … لن تكون مقبولة»: excluding Iran judged unacceptable",
    text: `${HEAD}وقال المعلم إن أي صيغة تستبعد إيران من المؤتمر لن تكون مقبولة.${TAIL}`,
    expected: ["syrian_government iran_participation support"],
  },
  {
    why: "«أي حل يبقي الأسد في الحكم لا يمكن أن يكون مقبولاً»",
    text: `${HEAD}وقال داود أوغلو إن أي حل يبقي الأسد في الحكم لا يمكن أن يكون مقبولا.${TAIL}`,
    expected: ["turkey assad_role must_go"],
  },
  {
    why: "«… سيكون مقبولاً»: acceptability affirmed turns nothing (guard)",
    text: `${HEAD}وقال الجربا إن أي اتفاق ينص على رحيل الأسد سيكون مقبولا لدى الائتلاف.${TAIL}`,
    expected: ["national_coalition assad_role must_go"],
  },
  {
    why: "«لن يكون مقبولاً» before the cue judges something else (guard)",
    text: `${HEAD}وقال الجربا إن استمرار القصف لن يكون مقبولا، مطالبا برحيل الأسد قبل أي مفاوضات.${TAIL}`,
    expected: ["national_coalition assad_role must_go", "national_coalition geneva2_preconditions conditional"],
  },
  // The backer of a party named right after it.
  {
    why: "«الائتلاف المدعوم من السعودية»: the coalition says it, not its backer",
    text: `${HEAD}وقال الائتلاف المدعوم من السعودية إنه يرفض مشاركة إيران في المؤتمر.${TAIL}`,
    expected: ["national_coalition iran_participation oppose"],
  },
  {
    why: "«المدعوم من الولايات المتحدة وتركيا»: neither backer, the second coordinated by «و»",
    text: `${HEAD}وجدد الائتلاف المدعوم من الولايات المتحدة وتركيا رفضه مشاركة إيران في المؤتمر.${TAIL}`,
    expected: ["national_coalition iran_participation oppose"],
  },
  {
    why: "«الائتلاف المعارض الذي تدعمه السعودية قد جدد رفضه»: the relative clause's subject is its backer",
    text: `${HEAD}وكان الائتلاف المعارض الذي تدعمه السعودية قد جدد رفضه مشاركة إيران في المؤتمر.${TAIL}`,
    expected: ["national_coalition iran_participation oppose"],
  },
  {
    why: "«وقالت واشنطن إنها تدعم الائتلاف وترفض …»: the one backing is the subject (guard)",
    text: `${HEAD}وقالت واشنطن إنها تدعم الائتلاف وترفض مشاركة إيران في المؤتمر.${TAIL}`,
    // (The forty-fifth probe: the one backed, the object before the joined verb, holds nothing the verb says.)
    expected: ["usa iran_participation oppose"],
  },
  // An aside naming the foremost of the conditions judged by the predicate after it.
  {
    why: "«الشروط المسبقة، وفي مقدمتها …، تعرقل الحل»: the conditions are judged past the aside",
    text: `${HEAD}وقال غاتيلوف إن الشروط المسبقة، وفي مقدمتها الإفراج عن جميع المعتقلين، تعرقل الحل السياسي.${TAIL}`,
    expected: ["russia geneva2_preconditions unconditional"],
  },
  {
    why: "«الشروط المسبقة، وأبرزها …، تنسف المفاوضات»",
    text: `${HEAD}وقال المقداد إن الشروط المسبقة، وأبرزها وقف إطلاق النار، تنسف المفاوضات قبل أن تبدأ.${TAIL}`,
    expected: ["syrian_government geneva2_preconditions unconditional"],
  },
  {
    why: "«شروطنا، وفي مقدمتها …، واضحة»: no rejecting predicate after the aside (guard)",
    text: `${HEAD}وقال الجربا إن شروط الائتلاف للمشاركة، وفي مقدمتها الإفراج عن المعتقلين، واضحة للجميع.${TAIL}`,
    expected: ["national_coalition geneva2_preconditions conditional"],
  },
];

caseTable("review 18 (r122): acceptability denied by a verb, a party's backer, an aside naming the foremost", CASES);
