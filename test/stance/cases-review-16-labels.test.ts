// Kinds found by the probe rounds: conditions one does not hold read as one's own. Whoever sets them («من يضع X
// شرطاً», «الذين يضعون …»), and the impossible condition said of them; not letting or accepting anyone impose them
// («لن نسمح لأحد بأن يحول … إلى منصة لإملاء الشروط»); something refused as it would become a condition («لن نقبل أن
// يتحول … إلى شرط مسبق»); and «ولا تخدم إلا» after a predicate rejecting them. Each row written for this table, not
// taken from the seeds, the development corpus or the probe's articles.
import { caseTable, type Case } from "./case-table";

/** A headline, so that the sentence under test is read as a body sentence. */
const HEAD = "مؤتمر جنيف 2 حول سوريا\n";
/** A body sentence with another speaker and no stance, before the one under test. */
const BEFORE = "وقال لافروف إن موسكو تتابع الاتصالات مع جميع الأطراف. ";
/** A closing body sentence with no stance. */
const TAIL = "\nوتتواصل التحضيرات لعقد المؤتمر في موعده.\n";

const CASES: Case[] = [
  // Whoever makes something a condition is no one named; the speaker does not set it.
  {
    why: "«من يضع وقف القصف شرطاً قبل الجلوس …»: whoever makes it a condition, the object between, sets no speaker's condition",
    text: `${HEAD}${BEFORE}وقال حبو إن «من يضع وقف القصف شرطاً قبل الجلوس إلى الطاولة يعرف أن الطاولة لن تنعقد».${TAIL}`,
    expected: [],
  },
  {
    why: "«الذين يضعون X شرطاً … يضعون شرطاً تعجيزياً»: those who set it are judged; the speaker rejects preconditions",
    text: `${HEAD}${BEFORE}وقال المقداد إن «الذين يضعون انسحاب القوات الأجنبية شرطاً قبل أي حوار يضعون شرطاً تعجيزياً».${TAIL}`,
    expected: ["syrian_government geneva2_preconditions unconditional"],
  },
  {
    why: "«من يفرض الشروط … إنما يضع شرطاً تعجيزياً»: the impossible condition is said of whoever sets them",
    text: `${HEAD}${BEFORE}وقال المقداد إن «من يفرض الشروط على المفاوضات إنما يضع شرطاً تعجيزياً».${TAIL}`,
    expected: ["syrian_government geneva2_preconditions unconditional"],
  },
  {
    why: "«الائتلاف يضع انسحاب الميليشيات شرطاً لحضور المؤتمر»: a named setter, the object between, keeps his condition (guard)",
    text: `${HEAD}${BEFORE}وقال الجربا إن الائتلاف يضع انسحاب الميليشيات الأجنبية شرطاً لحضور المؤتمر.${TAIL}`,
    expected: ["national_coalition geneva2_preconditions conditional"],
  },
  {
    why: "«المعارضة تضع شروطاً تعجيزية»: conditions a named party sets, judged, stay that party's (guard)",
    text: `${HEAD}${BEFORE}وقال المقداد إن المعارضة «تضع شروطاً تعجيزية لحضور المؤتمر».${TAIL}`,
    expected: ["syrian_government geneva2_preconditions unconditional", "syrian_opposition geneva2_preconditions conditional"],
  },
  // Not letting or accepting anyone impose conditions refuses them.
  {
    why: "«لن تسمح لأحد بأن يحوّل المفاوضات إلى ساحة لفرض الشروط»: conditions refused, not set",
    text: `${HEAD}${BEFORE}وقال المعلم إن دمشق «لن تسمح لأحد بأن يحوّل المفاوضات إلى ساحة لفرض الشروط».${TAIL}`,
    expected: ["syrian_government geneva2_preconditions unconditional"],
  },
  {
    why: "«لن نقبل أن يحول أحد هذا المؤتمر إلى منصة لإملاء الشروط علينا»: conditions refused, not set",
    text: `${HEAD}${BEFORE}وقال الجعفري: «لن نقبل أن يحول أحد هذا المؤتمر إلى منصة لإملاء الشروط علينا».${TAIL}`,
    expected: ["syrian_government geneva2_preconditions unconditional"],
  },
  {
    why: "«لن يسمح بانعقاد المؤتمر قبل فرض الشروط على النظام»: no one named after the refusal, read as before (guard)",
    text: `${HEAD}${BEFORE}وقال الجربا إن الائتلاف لن يسمح بانعقاد المؤتمر قبل فرض الشروط على النظام.${TAIL}`,
    expected: ["national_coalition geneva2_preconditions unconditional"],
  },
  {
    why: "«يضع شروطاً واضحة لحضور المؤتمر»: one's own conditions stay conditional (guard)",
    text: `${HEAD}${BEFORE}وقال الجربا إن الائتلاف «يضع شروطاً واضحة لحضور المؤتمر».${TAIL}`,
    expected: ["national_coalition geneva2_preconditions conditional"],
  },
  // Refusing that something become a condition sets none.
  {
    why: "«لن تقبل بأي حال أن يتحول تنحي الرئيس إلى شرط مسبق»: refused as a condition, no condition of attending",
    text: `${HEAD}${BEFORE}وقال مصدر في الخارجية الروسية إن موسكو «لن تقبل بأي حال أن يتحول تنحي الرئيس إلى شرط مسبق».${TAIL}`,
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "«أصبح فك الحصار شرطاً لحضورنا»: a condition that became one is still set (guard)",
    text: `${HEAD}${BEFORE}وقال الجربا إن فك الحصار أصبح شرطاً لحضورنا المؤتمر.${TAIL}`,
    expected: ["national_coalition geneva2_preconditions conditional"],
  },
  // «ولا تخدم إلا …» after a rejecting predicate is "only", not the exception of a condition.
  {
    why: "«الشروط المسبقة تعطل الحل ولا تخدم إلا استمرار القتل»: «ولا … إلا» is «only», the conditions rejected",
    text: `${HEAD}${BEFORE}وقال حسن عبد العظيم إن «الشروط المسبقة تعطل الحل ولا تخدم إلا استمرار القتل».${TAIL}`,
    expected: ["ncb geneva2_preconditions unconditional"],
  },
  {
    why: "«لا تضع شروطاً، إلا أن يكون هدف المؤتمر …»: the exception after a comma, read as before (guard)",
    text: `${HEAD}${BEFORE}وقال حسن عبد العظيم إن الهيئة لا تضع شروطاً، إلا أن يكون هدف المؤتمر الانتقال السياسي.${TAIL}`,
    expected: ["ncb geneva2_preconditions unconditional"],
  },
];

caseTable("review 16 (labels): conditions of whoever sets them, refused to anyone, or refused as one", CASES);
