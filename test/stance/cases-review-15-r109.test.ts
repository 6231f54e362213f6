// Kinds the r109 round found: the opposition named as "abroad"; attending «إلا بـ…» one word long, and sending a
// delegation; leaving the talks unless; whoever believes it "lives in another world"; «، حين قال» after what the
// subject was; not coming with conditions, the negation further back; conditions that "kill" the talks; partners,
// governments and countries left unnamed. Each row written for this table, not taken from the seeds, the
// development corpus or the round's articles.
import { caseTable, type Case } from "./case-table";

/** A headline, so that the sentence under test is read as a body sentence. */
const HEAD = "مؤتمر جنيف 2 حول سوريا\n";
/** A body sentence with another speaker and no stance, before the one under test. */
const BEFORE = "وقال لافروف إن موسكو تتابع الاتصالات مع جميع الأطراف. ";
const BEFORE_JARBA = "وقال الجربا إن الائتلاف يدرس الدعوة بعناية. ";
/** A closing body sentence with no stance. */
const TAIL = "\nوتتواصل التحضيرات لعقد المؤتمر في موعده.\n";

const CASES: Case[] = [
  // «المعارضة الخارجية», «معارضة الخارج»: the opposition abroad, as Damascus's media name it, is the opposition.
  {
    why: "«المعارضة الخارجية تشترط …»: the opposition abroad sets the condition",
    text: `${HEAD}${BEFORE}وذكرت صحيفة تشرين أن المعارضة الخارجية تشترط تنحي الرئيس الأسد قبل بدء أي تفاوض.${TAIL}`,
    expected: ["syrian_opposition assad_role must_go", "syrian_opposition geneva2_preconditions conditional"],
  },
  {
    why: "«معارضة الخارج تصر على …»: not the minister who speaks of it",
    text: `${HEAD}${BEFORE}وقال المقداد إن معارضة الخارج تشترط رحيل الرئيس الأسد قبل الجلوس إلى طاولة الحوار.${TAIL}`,
    expected: ["syrian_opposition assad_role must_go", "syrian_opposition geneva2_preconditions conditional"],
  },
  {
    why: "«المعارضة الداخلية» is no alias (guard)",
    text: `${HEAD}${BEFORE}وقالت الصحيفة إن المعارضة الداخلية تشارك في الحوار الوطني في دمشق.${TAIL}`,
    expected: [],
  },
  // «لن … إلا بـX»: the exception one word long, the sentence's end or a quotation mark right after it.
  {
    why: "«لن يشارك في جنيف إلا بضمانات.»: the one word of the exception ends the sentence",
    text: `${HEAD}${BEFORE}وأكد الجربا أن الائتلاف لن يشارك في الجولة المقبلة إلا بضمانات.${TAIL}`,
    expected: ["national_coalition geneva2_preconditions conditional"],
  },
  {
    why: "«لن يرسل وفده إلى المفاوضات إلا بتعهدات مكتوبة»: sending a delegation is attending",
    text: `${HEAD}${BEFORE}وقال مصدر في الائتلاف إن الائتلاف لن يرسل وفده إلى المفاوضات إلا بتعهدات مكتوبة.${TAIL}`,
    expected: ["national_coalition geneva2_preconditions conditional"],
  },
  {
    why: "«سيحضر المؤتمر بوفد كامل» is no exception (guard)",
    text: `${HEAD}${BEFORE}وقال الجربا إن الائتلاف سيحضر المؤتمر بوفد كامل.${TAIL}`,
    expected: [],
  },
  // Leaving the talks unless something happens: a condition on staying at them.
  {
    why: "«سيغادر جنيف إذا لم …»: walking out of the talks unless",
    text: `${HEAD}${BEFORE_JARBA}وهدد المعلم بأن الوفد الحكومي سيغادر جنيف يوم الأحد إذا لم يناقش بند مكافحة الإرهاب أولاً.${TAIL}`,
    expected: ["syrian_government geneva2_preconditions conditional"],
  },
  {
    why: "«سنغادر جنيف فوراً ما لم …»: in the first person, quoted",
    text: `${HEAD}${BEFORE}وقال الجربا: "سنغادر جنيف فوراً ما لم يتوقف القصف على الأحياء المحاصرة".${TAIL}`,
    expected: ["national_coalition geneva2_preconditions conditional"],
  },
  {
    why: "«سيغادر الفندق إذا …»: leaving somewhere else (guard)",
    text: `${HEAD}${BEFORE_JARBA}وقال المعلم إن الوفد سيغادر الفندق إذا لم تتحسن الخدمات فيه.${TAIL}`,
    expected: [],
  },
  {
    why: "«سيغادر جنيف قبل نهاية الأسبوع»: a time, not a condition (guard)",
    text: `${HEAD}${BEFORE_JARBA}وقال المعلم إن الوفد سيغادر جنيف قبل نهاية الأسبوع.${TAIL}`,
    expected: [],
  },
  // «من يظن أن … يعيش في عالم آخر»: whoever believes it is judged out of touch; the speaker holds the opposite.
  {
    why: "«من يعتقد أن … تنحي الأسد يعيش في عالم آخر»",
    text: `${HEAD}${BEFORE}وقال المقداد إن من يعتقد أن المرحلة الانتقالية تعني تنحي الرئيس الأسد يعيش في عالم آخر.${TAIL}`,
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: "«من يطالب برحيل الأسد يعيش في كوكب آخر»",
    text: `${HEAD}${BEFORE}وقال نصر الله إن من يطالب برحيل الأسد يعيش في كوكب آخر.${TAIL}`,
    expected: ["hezbollah assad_role may_stay"],
  },
  {
    why: "«يطالب برحيل الأسد ويعيش في عالم آخر»: the named holder, not whoever (guard)",
    text: `${HEAD}${BEFORE}وقال المقداد إن الائتلاف يطالب برحيل الأسد ويعيش في عالم آخر.${TAIL}`,
    expected: ["national_coalition assad_role must_go"],
  },
  // «وكان X واضحاً في …، حين قال …»: what the subject was, a comma, then «حين» and his verb.
  {
    why: "«وكان ظريف صريحاً في مقابلته التلفزيونية، حين قال …»: the comma before «حين»",
    text: `${HEAD}${BEFORE_JARBA}وكان ظريف صريحاً في مقابلته التلفزيونية، حين قال إن مشاركة إيران ضرورية لنجاح المؤتمر.${TAIL}`,
    expected: ["iran iran_participation support"],
  },
  {
    why: "«وكان كيري في جنيف، حين قال لافروف …»: the verb's own subject after it (guard)",
    text: `${HEAD}${BEFORE_JARBA}وكان كيري في جنيف مع نظيره، حين قال لافروف إن حضور إيران ضروري.${TAIL}`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "«وكان كيري في جنيف حين قال لافروف …»: no comma, the verb's own subject all the same",
    text: `${HEAD}${BEFORE_JARBA}وكان كيري في جنيف حين قال لافروف إن حضور إيران ضروري.${TAIL}`,
    expected: ["russia iran_participation support"],
  },
  // Not coming with conditions, the negated verb of attending more than four words back.
  {
    why: "«لن نذهب إلى المؤتمر الدولي في جنيف بشروط مسبقة»: refused conditions",
    text: `${HEAD}${BEFORE_JARBA}وقال المعلم إن الوفد الحكومي لن يذهب إلى المؤتمر الدولي في جنيف بشروط مسبقة.${TAIL}`,
    expected: ["syrian_government geneva2_preconditions unconditional"],
  },
  {
    why: "«لكننا لن نشارك فيه من باب الشروط»",
    text: `${HEAD}${BEFORE}وقال عراقجي إن إيران ترحب بالمؤتمر، "لكننا لن نشارك فيه من باب الشروط".${TAIL}`,
    expected: ["iran geneva2_preconditions unconditional"],
  },
  {
    why: "«لن يذهب إلى المؤتمر الدولي في جنيف إلا بشروط»: the exception is the condition (guard)",
    text: `${HEAD}${BEFORE}وقال الجربا إن الائتلاف لن يذهب إلى المؤتمر الدولي في جنيف إلا بشروط واضحة.${TAIL}`,
    expected: ["national_coalition geneva2_preconditions conditional"],
  },
  // Conditions said to kill the talks are rejected.
  {
    why: "«الشروط المسبقة تقتل التفاوض»",
    text: `${HEAD}${BEFORE_JARBA}وقال لافروف إن الشروط المسبقة تقتل التفاوض قبل أن يبدأ.${TAIL}`,
    expected: ["russia geneva2_preconditions unconditional"],
  },
  {
    why: "«النظام يقتل المدنيين» after a demand is no judgement of it (guard)",
    text: `${HEAD}${BEFORE}وقال الجربا إن الائتلاف يطالب برحيل الأسد لأن النظام يقتل المدنيين كل يوم.${TAIL}`,
    expected: ["national_coalition assad_role must_go"],
  },
  // «إن بعض الشركاء/الحكومات/البلدان …»: others left unnamed hold it, not the speaker.
  {
    why: "«إن بعض الشركاء الغربيين يريدون تغيير النظام»: not the speaker's wish",
    text: `${HEAD}${BEFORE_JARBA}وقال بوتين إن بعض الشركاء الغربيين يريدون تحويل المؤتمر إلى أداة لتغيير النظام في دمشق.${TAIL}`,
    expected: [],
  },
  {
    why: "«إن بعض الحكومات الغربية تريد رحيل الأسد»",
    text: `${HEAD}${BEFORE_JARBA}وقال ظريف إن بعض الحكومات الغربية ما زالت تريد رحيل الأسد.${TAIL}`,
    expected: [],
  },
  {
    why: "«إن بعض البلدان … تشترط …»",
    text: `${HEAD}${BEFORE_JARBA}وقال بوغدانوف إن بعض البلدان الإقليمية تشترط تنحي الأسد قبل أي مفاوضات.${TAIL}`,
    expected: [],
  },
  {
    why: "«إن بعض الدول تعيش في وهم أن رحيل الأسد …»: their view judged an illusion is the speaker's judgement",
    text: `${HEAD}${BEFORE_JARBA}وقال ظريف إن بعض الدول ما زالت تعيش في وهم أن رحيل الأسد سيحل الأزمة.${TAIL}`,
    expected: ["iran assad_role may_stay"],
  },
  {
    why: "«إن روسيا وشركاءها يرفضون …»: the speaker's state named (guard)",
    text: `${HEAD}${BEFORE_JARBA}وقال لافروف إن روسيا وشركاءها يرفضون أي شروط مسبقة على المؤتمر.${TAIL}`,
    expected: ["russia geneva2_preconditions unconditional"],
  },
];

caseTable(
  "review 15 (r109: the opposition abroad, «إلا بـ…», leaving unless, «في عالم آخر», «، حين قال», not coming with conditions, «تقتل التفاوض», unnamed partners)",
  CASES,
);
