// Kinds of sentence found by a ninth probe (the held-out rounds r68-r70, read after their first run): the one who
// criticises, condemns or answers another's demand is not given the demand. Each row written for this table, not
// taken from the seeds, the development corpus or the probe's articles.
import { caseTable, type Case } from "./case-table";

/** A headline, so that the sentence under test is read as a body sentence. */
const HEAD = "مؤتمر جنيف 2 حول سوريا\n";

const CASES: Case[] = [
  // The critic holds the opposite; the demand stays its owner's.
  {
    why: "«انتقد الشروط التي يضعها الائتلاف مقابل حضوره، وفي مقدمتها تنحي الأسد»: the critic neither sets conditions nor wants him gone",
    text: `${HEAD}وانتقد وزير الخارجية الروسي الشروط التي يضعها الائتلاف مقابل حضوره، وفي مقدمتها تنحي الرئيس الأسد، معتبرا أنها "غير مقبولة".`,
    expected: [
      "national_coalition geneva2_preconditions conditional",
      "national_coalition assad_role must_go",
      "russia geneva2_preconditions unconditional",
      "russia assad_role may_stay",
    ],
  },
  {
    why: '«انتقد ما وصفه بـ"محاولات فرض شروط مسبقة"»: criticising attempts to set conditions is the unconditional position',
    text: `${HEAD}وانتقد المتحدث باسم الخارجية الروسية ما وصفه بـ"محاولات فرض شروط مسبقة" على المفاوضات من جانب المعارضة.`,
    expected: ["russia geneva2_preconditions unconditional"],
  },
  {
    why: "«ترى الهيئة أن اشتراط رحيل الأسد … شرط تعجيزي»: the judge keeps him and sets no condition; the demand is no one's here",
    text: `${HEAD}وترى هيئة التنسيق أن اشتراط رحيل الأسد قبل بدء الحوار شرط تعجيزي.`,
    expected: ["ncb assad_role may_stay", "ncb geneva2_preconditions unconditional"],
  },
  {
    why: '«انتقد "الشرط التعجيزي" الذي يضعه الائتلاف، أي تنحي الأسد»: the demand named by «أي» is the setter\'s, the critic keeps him',
    text: `${HEAD}وانتقد حسن عبد العظيم "الشرط التعجيزي" الذي يضعه الائتلاف، أي تنحي الأسد قبل التفاوض.`,
    expected: ["national_coalition assad_role must_go", "ncb assad_role may_stay"],
  },
  {
    why: "«رحيل الأسد غير مطروح، وتصف المطالبة به بأنها غير واقعية»: describing the demand for it agrees with the cue (no turn to must_go)",
    text: `${HEAD}وتؤكد موسكو أن رحيل الأسد "غير مطروح"، وتصف المطالبة به بأنها "غير واقعية".`,
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "«من يطالب بتنحي الأسد قبل أن تبدأ المفاوضات إنما يريد دفن المؤتمر»: a clause of time does not stop the judgement",
    text: `${HEAD}وقال نائب وزير الخارجية الروسي إن من يطالب بتنحي الأسد قبل أن تبدأ المفاوضات إنما يريد دفن المؤتمر.`,
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "headline «موسكو: مطالبة الائتلاف برحيل الأسد تدفن المفاوضات»: burying the talks judges the demand; its agent keeps it",
    text: "موسكو: مطالبة الائتلاف برحيل الأسد تدفن المفاوضات\nوقال المتحدث باسم الخارجية الروسية إن بلاده تدعم الحوار.",
    expected: ["national_coalition assad_role must_go", "russia assad_role may_stay"],
  },
  // Answering a demand.
  {
    why: "«…، وذلك في رد على تصريحات أوروبية تطالب برحيله»: the demand answered is not the one answering's",
    text: `${HEAD}وقال المتحدث باسم الخارجية الإيرانية إن "مصير الأسد يقرره السوريون وحدهم"، وذلك في رد على تصريحات أوروبية تطالب برحيله.`,
    expected: ["iran assad_role may_stay"],
  },
  // Guards: near-misses that must not change.
  {
    why: "«ردا على سؤال إن الأسد يجب أن يرحل»: answering a question is no answered demand (guard: must_go)",
    text: `${HEAD}وقال وزير الخارجية الفرنسي ردا على سؤال إن الأسد يجب أن يرحل.`,
    expected: ["france assad_role must_go"],
  },
  {
    why: "«تطالب برحيل الأسد قبل أن تبدأ المرحلة الانتقالية»: a plain demand with a clause of time stays a demand (guard)",
    text: `${HEAD}وقال الجبير إن المملكة تطالب برحيل الأسد قبل أن تبدأ المرحلة الانتقالية.`,
    expected: ["saudi_arabia assad_role must_go"],
  },
  {
    why: "«لن يشارك إلا إذا رحل الأسد، رافضا أي حديث عن بقائه»: one's own condition and rejection agree (guard)",
    text: `${HEAD}وقال الجربا إن الائتلاف لن يشارك في المؤتمر إلا إذا رحل الأسد، رافضا أي حديث عن بقائه.`,
    expected: ["national_coalition geneva2_preconditions conditional", "national_coalition assad_role must_go"],
  },
  {
    why: "«إن قيادة الائتلاف … لن تحضر إلا إذا …، وهذا طرح غير بناء»: the reporter judges, the coalition keeps its condition (guard)",
    text: `${HEAD}وقال وزير الخارجية الروسي إن قيادة الائتلاف "ما زالت تؤكد أنها لن تحضر المفاوضات إلا إذا تم الاتفاق مسبقا على تنحي الرئيس الأسد، وهذا طرح غير بناء".`,
    expected: [
      "national_coalition geneva2_preconditions conditional",
      "national_coalition assad_role must_go",
      "russia geneva2_preconditions unconditional",
      "russia assad_role may_stay",
    ],
  },
  {
    why: "«وفد الرياض ما زال يصر على فرض شروط تتعلق برحيل الرئيس، وهو ما …»: the subject of the demanding verb keeps his demand (guard)",
    text: `${HEAD}وقالت الخارجية السورية إن وفد الرياض ما زال يصر على فرض شروط مسبقة تتعلق برحيل الرئيس، وهو ما يكشف أن داعميه لا يريدون حلا سياسيا بل يسعون إلى فرض رحيل الرئيس.`,
    // (The forty-fifth probe: what «داعميه» seek after «بل» is theirs, unnamed, no longer the negation's before «بل»
    // turned for the speaker.)
    expected: ["hnc geneva2_preconditions conditional", "hnc assad_role must_go"],
  },
];

caseTable("ninth probe (H6): critics of a demand, r68-r70", CASES);
