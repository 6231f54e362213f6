// Kinds found by a round of new articles (r107): a feminine title alone after a verb of saying («ورأت المتحدثة أن
// …») going on for the speaker named before; «وصفة لاستمرار الحرب» as a recipe judging a condition, not «described
// him»; a transitional government Assad may not take part in, a quotation opening inside it; Iran not invited judged
// a mistake, her not taking part judged by a predicate; keeping Iran out of the talks; a withdrawal called yielding to
// pressure inside a quotation. Each row written for this table, not taken from the seeds, the development corpus, the
// probe rounds or the round's articles.
import { caseTable, type Case } from "./case-table";

/** A headline, so that the sentence under test is read as a body sentence. */
const HEAD = "مؤتمر جنيف 2 حول سوريا\n";
/** A body sentence with another speaker and no stance, before the one under test. */
const BEFORE = "وقال لافروف إن موسكو تتابع الاتصالات مع جميع الأطراف. ";
/** A closing body sentence with no stance. */
const TAIL = "\nوتتواصل التحضيرات لعقد المؤتمر في موعده.\n";

const CASES: Case[] = [
  // A feminine title alone after the verb goes on for the woman who spoke before (the masculine titles did already).
  {
    why: "«ورأت المتحدثة أن …»: the spokeswoman named in the sentence before",
    text: `${HEAD}${BEFORE}وقالت المتحدثة باسم الخارجية الإيرانية مرضية أفخم إن بلادها تتابع التحضيرات. ورأت المتحدثة أن رحيل الأسد ليس شرطا للحوار.${TAIL}`,
    expected: ["iran assad_role may_stay", "iran geneva2_preconditions unconditional"],
  },
  {
    why: "«وأضافت الناطقة: …»: a colon after the title",
    text: `${HEAD}${BEFORE}وقالت أفخم في لقائها الأسبوعي مع الصحافيين إن طهران تدرس الموقف. وأضافت الناطقة: "لن نقبل بأي شروط مسبقة".${TAIL}`,
    expected: ["iran geneva2_preconditions unconditional"],
  },
  {
    why: "«دعت المتحدثة باسم الخارجية الصينية …»: a title naming its own body is no one named before (guard)",
    text: `${HEAD}وقال نبيل العربي إنه يأمل أن ينجح المؤتمر. ودعت المتحدثة باسم الخارجية الصينية إلى مشاركة إيران في المؤتمر.${TAIL}`,
    expected: [],
  },
  {
    why: "«وقالت الوزيرة الفرنسية …»: a title with its nation is a speaker of her own (guard)",
    text: `${HEAD}${BEFORE}وقالت الوزيرة الفرنسية إن الأسد يجب أن يرحل.${TAIL}`,
    expected: ["france assad_role must_go"],
  },
  // «وصفة لاستمرار الحرب», «وصفة لإطالة الأزمة»: a recipe for the war going on judges what it follows.
  {
    why: "«اشتراط رحيله … وصفة لاستمرار الحرب»: the condition on his going judged",
    text: `${HEAD}${BEFORE}وأوضح المعلم أن "اشتراط رحيل الرئيس قبل أي حوار وصفة لاستمرار الحرب".${TAIL}`,
    expected: ["syrian_government assad_role may_stay", "syrian_government geneva2_preconditions unconditional"],
  },
  {
    why: "«… وصفة لإطالة الأزمة»",
    text: `${HEAD}${BEFORE}وقال حسن عبد العظيم إن اشتراط تنحي الأسد قبل التفاوض وصفة لإطالة الأزمة.${TAIL}`,
    expected: ["ncb assad_role may_stay", "ncb geneva2_preconditions unconditional"],
  },
  {
    why: "«بقاء الأسد وصفة لاستمرار الحرب»: his staying judged so, he must go",
    text: `${HEAD}${BEFORE}وقال الجبير إن بقاء الأسد في السلطة وصفة لاستمرار الحرب في سوريا.${TAIL}`,
    expected: ["saudi_arabia assad_role must_go"],
  },
  {
    why: "«يشترط رحيل الأسد … لوقف استمرار الحرب»: the condition set, nothing judging it (guard)",
    text: `${HEAD}${BEFORE}وقال الجربا إن الائتلاف يشترط رحيل الأسد قبل التفاوض لوقف استمرار الحرب.${TAIL}`,
    expected: ["national_coalition assad_role must_go", "national_coalition geneva2_preconditions conditional"],
  },
  // A transitional government without Assad: a quotation opening inside it; one he may not take part in.
  {
    why: "«الحكومة الانتقالية 'يجب أن تشكل من دون الأسد'»: a quotation opening inside",
    text: `${HEAD}${BEFORE}وشدد وزير الخارجية البريطاني على أن الحكومة الانتقالية "ينبغي أن تتشكل من دون الأسد".${TAIL}`,
    expected: ["uk assad_role must_go"],
  },
  {
    why: "«حكومة انتقالية لا يمكن أن يشارك فيها الأسد»",
    text: `${HEAD}${BEFORE}وقال وزير الخارجية القطري إن المطلوب حكومة انتقالية لا يمكن أن يشارك فيها الأسد أو أركان نظامه.${TAIL}`,
    expected: ["qatar assad_role must_go"],
  },
  {
    why: "«الأسد لن يشارك في أي حكومة انتقالية»: Assad the subject",
    text: `${HEAD}${BEFORE}وأكد المتحدث باسم الخارجية الأمريكية أن الأسد لن يشارك في أي حكومة انتقالية.${TAIL}`,
    expected: ["usa assad_role must_go"],
  },
  {
    why: "«لا حكومة انتقالية لا يشارك فيها الأسد»: negated, it keeps him",
    text: `${HEAD}${BEFORE}وقال المعلم إنه لا حكومة انتقالية لا يشارك فيها الرئيس الأسد.${TAIL}`,
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: "«ممثلون عن النظام سيشاركون في الحكومة الانتقالية»: not negated, not Assad (guard)",
    text: `${HEAD}${BEFORE}وقال مصدر دبلوماسي إن ممثلين عن النظام سيشاركون في الحكومة الانتقالية.${TAIL}`,
    expected: [],
  },
  // Iran not invited, judged a mistake; her not taking part judged by a predicate.
  {
    why: "«عدم دعوة إيران إلى 'جنيف 2' سيكون خطأ»: a quotation between, «سيكون»",
    text: `${HEAD}${BEFORE}وقال الرئيس الروسي إن عدم دعوة إيران إلى "جنيف 2" سيكون خطأ كبيرا.${TAIL}`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "«عدم دعوة طهران إلى المؤتمر خطأ كبير»: not also against her",
    text: `${HEAD}${BEFORE}وقال حسن نصر الله إن عدم دعوة طهران إلى المؤتمر خطأ كبير.${TAIL}`,
    expected: ["hezbollah iran_participation support"],
  },
  {
    why: "«عدم مشاركة إيران أمر طبيعي»: the predicate of her not taking part rejects it",
    text: `${HEAD}${BEFORE}وقال وزير الخارجية السعودي إن عدم مشاركة إيران في المؤتمر أمر طبيعي.${TAIL}`,
    expected: ["saudi_arabia iran_participation oppose"],
  },
  {
    why: "«أكد ضرورة عدم دعوة إيران»: nothing judged, still against her (guard)",
    text: `${HEAD}${BEFORE}وأكد وزير الخارجية السعودي ضرورة عدم دعوة إيران إلى المؤتمر.${TAIL}`,
    expected: ["saudi_arabia iran_participation oppose"],
  },
  // Keeping Iran out of the talks.
  {
    why: "«تسعى الرياض إلى إبقاء إيران خارج المؤتمر»",
    text: `${HEAD}${BEFORE}وقال دبلوماسي غربي إن الرياض تسعى إلى إبقاء إيران خارج المؤتمر.${TAIL}`,
    expected: ["saudi_arabia iran_participation oppose"],
  },
  {
    why: "«اتهم ظريف واشنطن بالعمل على إبقاء طهران بعيدة عن المفاوضات»: the accused holds it",
    text: `${HEAD}${BEFORE}واتهم ظريف واشنطن بالعمل على إبقاء طهران بعيدة عن المفاوضات.${TAIL}`,
    expected: ["usa iran_participation oppose"],
  },
  {
    why: "«ترفض إبقاء إيران خارج المفاوضات»: refused, it wants her there",
    text: `${HEAD}وقال بوغدانوف إن موسكو ترفض إبقاء إيران خارج المفاوضات.${TAIL}`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "«إبقاء إيران خارج سوريا»: out of Syria, not of the talks (guard)",
    text: `${HEAD}${BEFORE}وقال وزير الخارجية السعودي إن المملكة تريد إبقاء إيران خارج سوريا.${TAIL}`,
    expected: [],
  },
  // A withdrawal called yielding to pressure, the word opening a quotation.
  {
    why: "«سحب الدعوة 'رضوخ لضغوط أمريكية وسعودية'»: those who pressed, not the speaker, oppose",
    text: `${HEAD}${BEFORE}واعتبر المعلم أن قرار سحب الدعوة من إيران "رضوخ لضغوط أمريكية وسعودية".${TAIL}`,
    expected: ["saudi_arabia iran_participation oppose", "syrian_government iran_participation support", "usa iran_participation oppose"],
  },
  {
    why: "«سحب الدعوة من إيران جاء 'رضوخا لضغوط سعودية'»: the Saudis', not the speaker's",
    text: `${HEAD}${BEFORE}وقال حسن نصر الله إن سحب الدعوة من إيران جاء "رضوخا لضغوط سعودية".${TAIL}`,
    expected: ["saudi_arabia iran_participation oppose"],
  },
];

caseTable(
  "review 14 (r107: feminine titles, «وصفة لاستمرار الحرب», a government Assad may not join, Iran not invited judged, kept out, yielding to pressure)",
  CASES,
);
