// Another's demand on Assad or another's conditions, judged or rejected by the speaker (an eighth probe, the rounds
// r56-r58 read for the demand that Assad go first as the speaker derides it): each row written for this table, not
// taken from the seeds, the development corpus or the probe's articles.
import { caseTable, type Case } from "./case-table";

/** A headline, so that the sentence under test is read as a body sentence. */
const HEAD = "مؤتمر جنيف 2 حول سوريا\n";

const CASES: Case[] = [
  // The condition of his going judged by the predicate after it: the judge keeps him, and rejects the precondition.
  {
    why: '«اشتراط رحيل الأسد … "وصفة مضمونة لفشله"»: a recipe for its failure, the noun with its pronoun',
    text: `${HEAD}ورأى الوزير الروسي أن اشتراط رحيل الأسد قبل انطلاق الحوار "وصفة مضمونة لفشله".`,
    expected: ["russia assad_role may_stay", "russia geneva2_preconditions unconditional"],
  },
  {
    why: "«طريق إلى إفشال …»: a road to wrecking the talks judges the condition",
    text: `${HEAD}وقال غاتيلوف إن اشتراط تنحي الأسد قبل المفاوضات طريق إلى إفشالها.`,
    expected: ["russia assad_role may_stay", "russia geneva2_preconditions unconditional"],
  },
  {
    why: "«الحديث عن أن رحيل الرئيس الأسد يجب أن يسبق المفاوضات لا علاقة له بالواقع»: unrelated to reality",
    text: `${HEAD}وقال لافروف إن "القول بأن رحيل الرئيس الأسد يجب أن يسبق المفاوضات لا علاقة له بالواقع".`,
    expected: ["russia assad_role may_stay", "russia geneva2_preconditions unconditional"],
  },
  {
    why: "a demand that something else precede the talks, judged so, says nothing of Assad (guard)",
    text: `${HEAD}وقال لافروف إن "القول بأن وقف إطلاق النار يجب أن يسبق المفاوضات لا علاقة له بالواقع".`,
    expected: ["russia geneva2_preconditions unconditional"],
  },
  // Whoever demands it, judged.
  {
    why: '«حذر من أن "من يطالب برحيل الأسد … يعرقل المؤتمر"»: the warning reports the judgement, «من يطالب» no one named: the warner keeps him and rejects the condition',
    text: `${HEAD}وكان الوزير الروسي حذر من أن "من يطالب برحيل الأسد شرطا للحوار يعرقل المؤتمر".`,
    expected: ["russia assad_role may_stay", "russia geneva2_preconditions unconditional"],
  },
  {
    why: "«X حذر من أن رحيل الأسد سيؤدي إلى الفوضى»: what is warned of is judged by its predicate, not rejected twice",
    text: `${HEAD}وكان الوزير الروسي حذر من أن رحيل الأسد سيؤدي إلى الفوضى.`,
    expected: ["russia assad_role may_stay"],
  },
  // The next clause judges what a party is said to demand.
  {
    why: "«X \"ما زالت تطالب بتنحي الأسد كشرط …، وهذا طلب غير واقعي\"»: X's demand, and the speaker's judgement of it",
    text: `${HEAD}وقال ريابكوف إن المعارضة السورية "ما زالت تطالب بتنحي الأسد كشرط لحضورها، وهذا طلب غير واقعي".`,
    expected: [
      "russia assad_role may_stay",
      "russia geneva2_preconditions unconditional",
      "syrian_opposition assad_role must_go",
      "syrian_opposition geneva2_preconditions conditional",
    ],
  },
  {
    why: "«، وهذا أمر مرفوض» after a reported clause: the one speaking judges it, not the party reported",
    text: `${HEAD}وقال المقداد إن الائتلاف يشترط تنحي الرئيس قبل أي حوار، وهذا أمر مرفوض.`,
    expected: [
      "national_coalition assad_role must_go",
      "national_coalition geneva2_preconditions conditional",
      "syrian_government assad_role may_stay",
      "syrian_government geneva2_preconditions unconditional",
    ],
  },
  {
    why: "«، وهو ما …» names another's view of it: no judgement of the speaker's (guard)",
    text: `${HEAD}وقال المقداد إن الائتلاف يشترط تنحي الرئيس قبل أي حوار، وهو ما يرفضه كثيرون.`,
    expected: ["national_coalition assad_role must_go", "national_coalition geneva2_preconditions conditional"],
  },
  {
    why: "«، وهذا ما أعلنه …» restates the demand, no judgement (guard)",
    text: `${HEAD}وقال المبعوث الأممي إن الائتلاف يشترط تنحي الرئيس قبل أي حوار، وهذا ما أعلنه رئيسه أمس.`,
    expected: ["national_coalition assad_role must_go", "national_coalition geneva2_preconditions conditional"],
  },
  // Conditions another sets, with Assad's going among them.
  {
    why: "«X المعارض \"لا يزال يربط مشاركته بشروط غير مقبولة، منها … بتنحي الرئيس\"»: X's conditions and X's demand",
    text: `${HEAD}وقال لافروف إن الائتلاف الوطني السوري المعارض "لا يزال يربط مشاركته بشروط غير مقبولة، منها أن تبدأ المرحلة الانتقالية بتنحي الرئيس".`,
    expected: [
      "national_coalition assad_role must_go",
      "national_coalition geneva2_preconditions conditional",
      "russia assad_role may_stay",
      "russia geneva2_preconditions unconditional",
    ],
  },
  {
    why: '«انتقد "الشروط التي يضعها X، وفي مقدمتها رحيل الأسد"»: X\'s conditions and demand, the critic rejects both',
    text: `${HEAD}وانتقد وزير الخارجية الروسي "الشروط التي يضعها الائتلاف لحضوره، وفي مقدمتها رحيل الأسد قبل التفاوض".`,
    expected: [
      "national_coalition assad_role must_go",
      "national_coalition geneva2_preconditions conditional",
      "russia assad_role may_stay",
      "russia geneva2_preconditions unconditional",
    ],
  },
  {
    why: "conditions listed without a judgement stay the setter's alone (guard)",
    text: `${HEAD}وقال المبعوث الأممي إن الائتلاف يربط مشاركته بشروط عدة، منها رحيل الأسد قبل التفاوض.`,
    expected: ["national_coalition assad_role must_go", "national_coalition geneva2_preconditions conditional"],
  },
];

caseTable("Eighth probe (j): another's demand on Assad or another's conditions, judged by the speaker", CASES);
