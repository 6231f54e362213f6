// Kinds of sentence left out by earlier work (review 13): a condition set by a verb of setting or making, its subject
// right after it («وتضع المعارضة رحيل الأسد شرطاً لمشاركتها»); a seat Iran wants in another body than the talks («مقعد في
// مجلس الأمن»); his going or staying left to the Syrians («رحيل الأسد يقرره السوريون»), read as his fate left to them.
// Each row written for this table, not taken from the seeds, the development corpus or any probe's articles.
import { caseTable, type Case } from "./case-table";

/** A headline, so that the sentence under test is read as a body sentence. */
const HEAD = "مؤتمر جنيف 2 حول سوريا\n";
/** A closing body sentence with no stance. */
const TAIL = "\nوتتواصل التحضيرات لعقد المؤتمر في موعده.\n";

const CASES: Case[] = [
  // A verb of setting or making («وضع», «جعل») with a word of condition after it: its subject sets the condition.
  {
    why: "«وتضع المعارضة رحيل الأسد شرطاً لمشاركتها»: «المعارضة» right after the verb opening the clause",
    text: `${HEAD}وتضع المعارضة رحيل الأسد شرطاً لمشاركتها في المؤتمر الدولي.${TAIL}`,
    expected: ["syrian_opposition assad_role must_go", "syrian_opposition geneva2_preconditions conditional"],
  },
  {
    why: "«ويضع الائتلاف تنحي الأسد شرطاً لحضوره»: the masculine verb and its subject",
    text: `${HEAD}ويضع الائتلاف الوطني تنحي الأسد شرطاً لحضوره جولة المفاوضات المقبلة.${TAIL}`,
    expected: ["national_coalition assad_role must_go", "national_coalition geneva2_preconditions conditional"],
  },
  {
    why: "«وتجعل السعودية رحيل الأسد شرطاً لحضورها»: «جعل» as the verb of making",
    text: `${HEAD}وتجعل السعودية رحيل الأسد شرطاً لحضورها أي اجتماع بشأن سوريا.${TAIL}`,
    expected: ["saudi_arabia assad_role must_go", "saudi_arabia geneva2_preconditions conditional"],
  },
  {
    why: "«وتضع المعارضة خطة للمرحلة الانتقالية»: a verb of setting with no condition (guard)",
    text: `${HEAD}وتضع المعارضة خطة للمرحلة الانتقالية قبل انعقاد المؤتمر.${TAIL}`,
    expected: [],
  },
  {
    why: "«ووضعت روسيا ثقلها خلف المؤتمر»: a verb of setting, no condition (guard)",
    text: `${HEAD}ووضعت روسيا ثقلها خلف المؤتمر الدولي للسلام.${TAIL}`,
    expected: [],
  },
  // A seat for Iran in another body is no seat at the talks.
  {
    why: "«إيران تطالب بمقعد دائم في مجلس الأمن»: a seat in the Security Council",
    text: `${HEAD}وقال ظريف إن إيران تطالب بمقعد دائم في مجلس الأمن.${TAIL}`,
    expected: [],
  },
  {
    why: "«تسعى طهران إلى مقعد في مجلس حقوق الإنسان»: a seat in another council, read as none before too (guard)",
    text: `${HEAD}وتسعى طهران إلى مقعد في مجلس حقوق الإنسان التابع للأمم المتحدة.${TAIL}`,
    expected: [],
  },
  {
    why: "«يجب أن يكون لها مقعد في المنظمة الدولية»: a seat in the organisation, said by another",
    text: `${HEAD}وقال لافروف إن إيران يجب أن يكون لها مقعد في المنظمة الدولية.${TAIL}`,
    expected: [],
  },
  {
    why: "«إيران تطالب بمقعد في المؤتمر»: a seat at the conference (guard)",
    text: `${HEAD}وقال عبد اللهيان إن إيران تطالب بمقعد في المؤتمر.${TAIL}`,
    expected: ["iran iran_participation support"],
  },
  {
    why: "«تريد مقعداً على الطاولة في جنيف»: a seat at the table (guard)",
    text: `${HEAD}وإيران تريد مقعداً على الطاولة في جنيف.${TAIL}`,
    expected: ["iran iran_participation support"],
  },
  {
    why: "«يجب أن يكون لها مقعد في هذا المؤتمر»: the conference named by a demonstrative (guard)",
    text: `${HEAD}وقال لافروف إن إيران يجب أن يكون لها مقعد في هذا المؤتمر.${TAIL}`,
    expected: ["russia iran_participation support"],
  },
  // His going or staying left to the Syrians: his fate left to them (kept by his allies, left open by others).
  {
    why: "«رحيل الأسد يقرره الشعب السوري»: said by an ally, it keeps him",
    text: `${HEAD}وقال لافروف إن رحيل الأسد يقرره الشعب السوري.${TAIL}`,
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "«أمر رحيل الرئيس يعود إلى السوريين»: a bare «الرئيس», the matter returned to them",
    text: `${HEAD}وقال المقداد إن أمر رحيل الرئيس يعود إلى السوريين وحدهم.${TAIL}`,
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: "«تترك للسوريين أمر رحيل رئيسهم»: the Syrians named first, after a verb of leaving",
    text: `${HEAD}وقال ظريف إن طهران تترك للسوريين أمر رحيل رئيسهم.${TAIL}`,
    expected: ["iran assad_role may_stay"],
  },
  {
    why: "«تنحي الأسد يقرره السوريون أنفسهم»: said by another, it leaves him open",
    text: `${HEAD}وقال كيري إن تنحي الأسد يقرره السوريون أنفسهم.${TAIL}`,
    expected: ["usa assad_role neutral"],
  },
  {
    why: "«بقاء الأسد يقرره السوريون»: his staying left to them, said by the envoy",
    text: `${HEAD}وقال دي ميستورا إن بقاء الأسد يقرره السوريون.${TAIL}`,
    expected: ["un assad_role neutral"],
  },
  {
    why: "«رحيل الأسد يعود بالنفع على السوريين»: a benefit to them, not left to them (guard)",
    text: `${HEAD}وقال الجربا إن رحيل الأسد يعود بالنفع على السوريين.${TAIL}`,
    expected: ["national_coalition assad_role must_go"],
  },
  {
    why: "«لا يذكر شيئاً عن تنحي الأسد، وأن مستقبله يحدده الشعب»: the decider past the comma is another clause's, with its own word of fate",
    text: `${HEAD}وأكد دي ميستورا أن البيان لا يذكر شيئا عن تنحي الأسد، وأن مستقبله يحدده الشعب السوري بنفسه.${TAIL}`,
    expected: ["un assad_role may_stay", "un assad_role neutral"],
  },
  {
    why: "«رحيل الأسد مطلب السوريين»: their demand, not their decision (guard)",
    text: `${HEAD}وقال الجربا إن رحيل الأسد مطلب السوريين جميعاً.${TAIL}`,
    expected: ["national_coalition assad_role must_go"],
  },
];

caseTable("review 13: kinds left out (setting a condition, a seat elsewhere, his going left to the Syrians)", CASES);
