// Kinds found by the probe rounds r133–r136 among labels the annotator did not give: a cue that is itself a judgement
// («الإصرار على رحيل الأسد مطلب غير واقعي», «بقاء الأسد خط أحمر») turned again by a describing verb before it and a
// judging word after it, in its own predicate or in a second «، وأن …» clause; a describing verb after a word of
// contrast («بينما اعتبر فابيوس أن …») read as judging the cue before it; refusing to come if the coming or the
// invitation is made conditional («لن نحضر إذا كان حضورنا مشروطاً بـ…») read as a condition on the talks. Each row
// written for this table, not taken from the seeds, the development corpus or the probe's articles.
import { caseTable, type Case } from "./case-table";

/** A headline, so that the sentence under test is read as a body sentence. */
const HEAD = "مؤتمر جنيف 2 حول سوريا\n";
/** A closing body sentence with no stance. */
const TAIL = "\nوتتواصل التحضيرات لعقد المؤتمر في موعده.\n";

const CASES: Case[] = [
  {
    why: `«اعتبر لافروف أن "الإصرار على رحيل الأسد مطلب غير واقعي يعكس قراءة خاطئة"»: the cue judges already; the later word does not turn it`,
    text: `${HEAD}واعتبر وزير الخارجية الروسي سيرغي لافروف في مقابلة تلفزيونية أن "الإصرار على رحيل الأسد مطلب غير واقعي يعكس قراءة خاطئة للوضع الميداني".${TAIL}`,
    expected: ["russia assad_role may_stay"],
  },
  {
    why: `«رأى … أن رحيل الأسد "غير واقعي"، معتبراً أن تجاهل ذلك "خطأ"»: a participle after a cue that judges already`,
    text: `${HEAD}ورأى المتحدث باسم الكرملين أن رحيل الأسد "غير واقعي"، معتبرا أن تجاهل ذلك "خطأ كبير".${TAIL}`,
    expected: ["russia assad_role may_stay"],
  },
  {
    why: `«اعتبر بوغدانوف أن "بقاء الأسد خط أحمر"، وأن رهان … "وهم"»: the judging word in a second «أن» clause`,
    text: `${HEAD}واعتبر نائب وزير الخارجية الروسي ميخائيل بوغدانوف أن "بقاء الرئيس الأسد خط أحمر بالنسبة لموسكو"، وأن رهان بعض العواصم على سقوط دمشق "وهم".${TAIL}`,
    expected: ["russia assad_role may_stay"],
  },
  {
    why: `«قال لافروف إن المطالبة برحيل الأسد "غير واقعية"، بينما اعتبر فابيوس أن … "خطأ"»: another speaker's clause after «بينما»`,
    text: `${HEAD}وقال وزير الخارجية الروسي سيرغي لافروف في موسكو إن المطالبة برحيل الأسد "غير واقعية"، بينما اعتبر وزير الخارجية الفرنسي لوران فابيوس أن رفض الحوار مع المعارضة "خطأ فادح".${TAIL}`,
    expected: ["russia assad_role may_stay"],
  },
  {
    why: `«اعتبر لافروف أن مطالبة الائتلاف برحيل الأسد "خطأ"، وأن …»: the judging word right after the demand still turns it (guard)`,
    text: `${HEAD}واعتبر وزير الخارجية الروسي سيرغي لافروف أن مطالبة الائتلاف برحيل الأسد "خطأ"، وأن الحل يجب أن يكون سياسيا.${TAIL}`,
    expected: ["national_coalition assad_role must_go", "russia assad_role may_stay"],
  },
  {
    why: `«قال لافروف إن الائتلاف يطالب برحيل الأسد، معتبراً أن هذا المطلب "غير واقعي"»: a participle judging the demand turns it (guard)`,
    text: `${HEAD}وقال وزير الخارجية الروسي سيرغي لافروف إن الائتلاف يطالب برحيل الأسد، معتبرا أن هذا المطلب "غير واقعي".${TAIL}`,
    expected: ["national_coalition assad_role must_go", "russia assad_role may_stay"],
  },
  {
    why: `«لن نحضر المؤتمر إذا كان حضورنا مشروطاً بقبول …»: the coming made conditional is what is refused, no condition set`,
    text: `${HEAD}وقال المتحدث باسم الخارجية الإيرانية للصحفيين: "لن نحضر المؤتمر إذا كان حضورنا مشروطا بقبول بيان جنيف الأول".${TAIL}`,
    expected: [],
  },
  {
    why: `«لن نذهب إلى جنيف 2 إذا لم يتم الإفراج عن المعتقلين»: a condition of one's own coming (guard)`,
    text: `${HEAD}وقال رئيس الائتلاف الوطني السوري للصحفيين: "لن نذهب إلى مؤتمر جنيف 2 إذا لم يتم الإفراج عن المعتقلين".${TAIL}`,
    expected: ["national_coalition geneva2_preconditions conditional"],
  },
  {
    why: `«أكد … أن مشاركة الائتلاف مشروطة بوقف القصف»: one's coming conditioned on a deed (guard)`,
    text: `${HEAD}وأكد رئيس الائتلاف الوطني السوري أن مشاركة الائتلاف في مؤتمر جنيف 2 مشروطة بوقف القصف على المدن.${TAIL}`,
    expected: ["national_coalition geneva2_preconditions conditional"],
  },
];

caseTable("review 21 (H2): cues judging already, second «أن» clauses, contrast, the coming made conditional", CASES);
