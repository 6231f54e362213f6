// Kinds from the live-blog round (r173): a time stamp or a dateline set off by «|» opening an entry, a person opening
// a headline-like line before his title or the occasion and the colon, a title whose genitive is the body before the
// colon, a name inside a headline speaker's quotation not taken up by «وأضاف», corrections of earlier entries, and the
// outlet's own view labelled «رأي:»; from the explainers round (r175): a quotation a verb of saying opens after the
// parties named in a report, a bullet going on with the party of the bullet above it, the one called and the one urged.
// Each row a sentence of general news Arabic written for this table (not taken from the seeds, the development corpus
// or the rounds).
import { caseTable, type Case } from "./case-table";

const TITLE = "تطورات الأزمة السورية والمؤتمر الدولي\n";

const CASES: Case[] = [
  {
    why: "a time stamp, then a person, his title and his body before the colon: he speaks",
    text: `${TITLE}11:20 - لؤي صافي المتحدث باسم الائتلاف الوطني: "لا دور لبشار الأسد في أي مرحلة انتقالية".`,
    expected: ["national_coalition assad_role must_go"],
  },
  {
    why: "a person, then the occasion of his words («رداً على سؤال عن …») before the colon: he speaks, not the one asked about",
    text: `${TITLE}16:05 - لافروف رداً على سؤال عن مصير الرئيس السوري: "رحيل الأسد ليس شرطاً مسبقاً للمفاوضات".`,
    expected: ["russia assad_role may_stay", "russia geneva2_preconditions unconditional"],
  },
  {
    why: "a dateline set off by «|», then a title whose genitive is the body and the person, before the colon",
    text: `${TITLE}دمشق | المنسق العام لهيئة التنسيق الوطنية حسن عبد العظيم: "سنذهب إلى جنيف بلا شروط مسبقة".`,
    expected: ["ncb geneva2_preconditions unconditional"],
  },
  {
    why: "a name inside a headline speaker's quotation is not the one «وأضاف» goes on with",
    text: `${TITLE}رئيس وفد الائتلاف: "النظام رفض مناقشة هيئة الحكم الانتقالية طوال الجولة". وأضاف: "لن نقبل بأي صيغة يبقى فيها الأسد في الحكم".`,
    expected: ["national_coalition assad_role must_go"],
  },
  {
    why: "an entry correcting an earlier one («تصحيح: ورد في إدخال سابق أن …»): what it corrects is no one's position",
    text: `${TITLE}14:50 - تصحيح: ورد في إدخال سابق أن الهيئة العليا وافقت على العودة إلى المفاوضات "دون شروط"، والصحيح أنها لم تحسم موقفها بعد.`,
    expected: [],
  },
  {
    why: "the outlet's own view labelled «رأي:»: the speaker before it does not carry into it",
    text: `${TITLE}وقال وزير الخارجية الإيراني إن بلاده تدعم الحل السياسي. 17:30 - رأي: في تقديرنا لن يتخلى الأسد عن السلطة ما دام الميدان يميل لصالحه.`,
    expected: [],
  },
  {
    why: "a flash's mark and «|» before the speaker and the colon (guard)",
    text: `${TITLE}عاجل | لافروف: "يجب أن تشارك إيران في المؤتمر".`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "one addressed with «لـ» after the speaker before the colon (guard): the speaker named first speaks",
    text: `${TITLE}المعلم للإبراهيمي: "لا أحد يملك الحق في مناقشة مقام الرئاسة".`,
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: "a quotation a verb of saying opens after the parties named in a report: the speaker's words, not theirs",
    text: `${TITLE}وقال المقداد إن المعارضة تأتمر بأوامر الرياض والدوحة وأنقرة، وأضاف: "نحن نرفض الشروط المسبقة من أي جهة كانت".`,
    expected: ["syrian_government geneva2_preconditions unconditional"],
  },
  {
    why: "the one called («اتصالاً هاتفياً بالمنسق العام …») and the one urged («وحث الهيئة على …») hold nothing: the caller does",
    text: `${TITLE}وقالت الخارجية الأمريكية إن الوزير جون كيري أجرى اتصالاً هاتفياً بالمنسق العام للهيئة العليا رياض حجاب، وحث الهيئة على المشاركة في المحادثات دون شروط مسبقة.`,
    expected: ["usa geneva2_preconditions unconditional"],
  },
  {
    why: "her staying at the table («بقاء إيران على طاولة المفاوضات») made conditional: a condition on her taking part, not on the talks",
    text: `${TITLE}وقال الجبير إن بقاء إيران على طاولة المفاوضات مشروط بسحب قواتها من سوريا.`,
    expected: ["saudi_arabia iran_participation conditional"],
  },
  {
    why: "a bullet opening on its verb goes on with the party the bullet above it names",
    text: `${TITLE}مواقف الأطراف قبل الجولة:\n- يشترط الائتلاف الوطني وقف القصف قبل أي جلسة تفاوض.\n- يتمسك بأن "لا دور لبشار الأسد في المرحلة الانتقالية".`,
    expected: ["national_coalition geneva2_preconditions conditional", "national_coalition assad_role must_go"],
  },
  {
    why: "a bullet opening on its verb after a line that is no bullet (guard): no party from the list",
    text: `${TITLE}وعقد الوفدان جلسة قصيرة في مقر الأمم المتحدة.\n- تتمسك بأن "لا دور لبشار الأسد في المرحلة الانتقالية".`,
    expected: [],
  },
];

caseTable("Live blogs: time stamps and datelines, a person before his title and the colon, corrections, opinion labels", CASES);
