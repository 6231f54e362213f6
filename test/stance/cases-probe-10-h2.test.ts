// Kinds of sentence on holders and the preconditions topic found by the tenth probe's held-out pool (its second
// helper): each row written for this table, not taken from the seeds, the development corpus or the pool's articles.
import { caseTable, type Case } from "./case-table";

/** A headline, so that the sentence under test is read as a body sentence. */
const HEAD = "مؤتمر جنيف 2 حول سوريا\n";

const CASES: Case[] = [
  // The one urged (its title, the «ل» of his body, his name) is not the holder: the one urging is.
  {
    why: "«فابيوس حث الرئيس السابق للائتلاف معاذ الخطيب على حضور المؤتمر دون شروط»: the urger holds it, not the one urged",
    text: `${HEAD}وذكر مصدر في الائتلاف أن وزير الخارجية الفرنسي لوران فابيوس حث الرئيس السابق للائتلاف معاذ الخطيب على حضور المؤتمر دون شروط مسبقة.`,
    expected: ["france geneva2_preconditions unconditional"],
  },
  {
    why: "«كيري حض المنسق العام للهيئة رياض حجاب على حضور الجولة بلا شروط»: «حض» asks as «حث» does",
    text: `${HEAD}وقال دبلوماسي إن وزير الخارجية الأمريكي جون كيري حض المنسق العام للهيئة رياض حجاب على حضور الجولة المقبلة بلا شروط مسبقة.`,
    expected: ["usa geneva2_preconditions unconditional"],
  },
  {
    why: "«كيري حث المنسق العام للهيئة رياض حجاب، خلال اتصال هاتفي، على المشاركة دون شروط»: a phrase between",
    text: `${HEAD}وأفاد مصدر في الهيئة أن وزير الخارجية الأمريكي جون كيري حث المنسق العام للهيئة رياض حجاب، خلال اتصال هاتفي، على المشاركة في الجولة دون شروط مسبقة.`,
    expected: ["usa geneva2_preconditions unconditional"],
  },
  {
    why: "«أكد الوزير أن المنسق العام للهيئة رياض حجاب وافق على المشاركة دون شروط»: no verb of asking, he holds it (guard)",
    text: `${HEAD}وأكد وزير الخارجية الأمريكي أن المنسق العام للهيئة رياض حجاب وافق على المشاركة في الجولة دون شروط مسبقة.`,
    expected: ["hnc geneva2_preconditions unconditional"],
  },
  {
    why: "«قال المنسق العام للهيئة رياض حجاب إن الهيئة لن تشارك قبل فك الحصار»: the titled one speaking holds it (guard)",
    text: `${HEAD}وقال المنسق العام للهيئة رياض حجاب إن الهيئة لن تشارك في الجولة قبل فك الحصار عن المدن.`,
    expected: ["hnc geneva2_preconditions conditional"],
  },
  // A negated belief over a modal of conditions; «لسنا/لست/ليست/ليسوا» before a present verb of setting them.
  {
    why: "«لا ترى أنه يجب أن تكون هناك شروط مسبقة»: a belief denied denies the conditions (unconditional)",
    text: `${HEAD}وقالت المتحدثة باسم الخارجية الفرنسية إن باريس لا ترى أنه يجب أن تكون هناك شروط مسبقة لاستئناف المفاوضات.`,
    expected: ["france geneva2_preconditions unconditional"],
  },
  {
    why: "«لا نعتقد أن على أي طرف أن يضع شروطاً مسبقة»: the obligation under a negated belief",
    text: `${HEAD}وقال نائب وزير الخارجية الروسي: لا نعتقد أن على أي طرف أن يضع شروطا مسبقة للحوار.`,
    expected: ["russia geneva2_preconditions unconditional"],
  },
  {
    why: "«ترى أنه يجب أن تكون هناك شروط مسبقة»: the belief held, the conditions set (guard)",
    text: `${HEAD}وقالت المتحدثة باسم الخارجية الفرنسية إن باريس ترى أنه يجب أن تكون هناك شروط مسبقة لاستئناف المفاوضات.`,
    expected: ["france geneva2_preconditions conditional"],
  },
  {
    why: "«لسنا نضع رحيل الأسد شرطاً لبدء المفاوضات»: as «لا نضع», his going made no condition (may_stay)",
    text: `${HEAD}وقال وزير الخارجية البريطاني: لسنا نضع رحيل الأسد شرطا لبدء المفاوضات.`,
    expected: ["uk assad_role may_stay"],
  },
  {
    why: "«لسنا نضع أي شروط مسبقة لحضور المؤتمر»: no condition set",
    text: `${HEAD}وقال الجربا: لسنا نضع أي شروط مسبقة لحضور المؤتمر.`,
    expected: ["national_coalition geneva2_preconditions unconditional"],
  },
  {
    why: "«إن بلاده ليست تشترط رحيل الأسد قبل بدء المفاوضات»: «ليست» before the present verb, as «لا تشترط»",
    text: `${HEAD}وقال الوزير الفرنسي إن بلاده ليست تشترط رحيل الأسد قبل بدء المفاوضات.`,
    expected: ["france assad_role may_stay"],
  },
  {
    why: "«نضع رحيل الأسد شرطاً لبدء المفاوضات»: not negated, the condition set (guard)",
    text: `${HEAD}وقال وزير الخارجية البريطاني: نضع رحيل الأسد شرطا لبدء المفاوضات.`,
    expected: ["uk assad_role must_go", "uk geneva2_preconditions conditional"],
  },
  // No use in holding the talks unless …: a condition on them, as «لن نحضر إلا إذا».
  {
    why: "«لا ترى فائدة من انعقاد الجولة إلا إذا توقف القصف»: holding the round made to hang on a condition",
    text: `${HEAD}وأكد وزير الخارجية القطري أن بلاده لا ترى فائدة من انعقاد الجولة المقبلة إلا إذا توقف القصف على المدن.`,
    expected: ["qatar geneva2_preconditions conditional"],
  },
  {
    why: "«لا معنى لعقد مؤتمر جنيف إذا لم يتم الإفراج عن المعتقلين»: the same with «معنى»",
    text: `${HEAD}وقال الجربا إنه لا معنى لعقد مؤتمر جنيف إذا لم يتم الإفراج عن المعتقلين.`,
    expected: ["national_coalition geneva2_preconditions conditional"],
  },
  {
    why: "«لا جدوى من عقد المؤتمر في ظل استمرار القصف»: a judgement, no condition (guard)",
    text: `${HEAD}وقال الجربا إنه لا جدوى من عقد المؤتمر في ظل استمرار القصف.`,
    expected: [],
  },
  {
    why: "«من المقرر عقد المؤتمر ما لم يطرأ تأجيل»: holding scheduled, no one's condition (guard)",
    text: `${HEAD}وقال الإبراهيمي إن من المقرر عقد المؤتمر في جنيف ما لم يطرأ تأجيل جديد.`,
    expected: [],
  },
  // «وقال» with no subject goes on with the one the sentence before put first («أما …، ف…»), or with the subject of a
  // verb after an opening phrase of time («قبل يومين من …، أغلق الوزير …، وقال …»).
  {
    why: "«أما المبعوث الأممي …، فاكتفى … . وقال إن مصير الأسد ليس من شأني»: the envoy «أما» put first speaks on",
    text: `${HEAD}وقال المتحدث باسم الهيئة سالم المسلط إن الهيئة متمسكة برحيل الأسد.\nأما المبعوث الأممي ستيفان دي ميستورا، فاكتفى بمتابعة المشاورات من بعيد. وقال للصحفيين إن مصير الأسد "ليس من شأني، بل هو شأن السوريين".\n`,
    expected: ["hnc assad_role must_go", "un assad_role neutral"],
  },
  {
    why: "«وأما الائتلاف الوطني السوري، فعقد اجتماعاً … . وقال إنه لن يشارك قبل رحيل الأسد»: a party put first",
    text: `${HEAD}وقال وزير الخارجية الروسي سيرغي لافروف إن على المعارضة الذهاب إلى جنيف دون شروط مسبقة.\nوأما الائتلاف الوطني السوري، فعقد اجتماعا طارئا في إسطنبول. وقال إنه لن يشارك في المؤتمر قبل رحيل الأسد.\n`,
    expected: [
      "national_coalition assad_role must_go",
      "national_coalition geneva2_preconditions conditional",
      "russia geneva2_preconditions unconditional",
    ],
  },
  {
    why: "«أما في إسطنبول، فقد استمرت المشاورات. وقال …»: a place put first is no speaker, the last one goes on (guard)",
    text: `${HEAD}وقال وزير الخارجية الروسي سيرغي لافروف إن على المعارضة الذهاب إلى جنيف دون شروط مسبقة.\nأما في إسطنبول، فقد استمرت المشاورات حتى ساعة متأخرة. وقال إن موسكو ترفض أي شروط مسبقة.\n`,
    expected: ["russia geneva2_preconditions unconditional"],
  },
  {
    why: "«بعد لقائه المبعوث الأممي في دمشق، أغلق المعلم الباب …، وقال إن الأسد خط أحمر»: the verb's subject speaks",
    text: `${HEAD}بعد لقائه المبعوث الأممي في دمشق، أغلق وزير الخارجية السوري وليد المعلم الباب أمام أي نقاش حول الرئاسة، وقال إن الأسد خط أحمر.\n`,
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: "«وبعد ساعات من تصريحاته، عاد الحديث عن دعوة إيران، وقال …»: no name after the verb, nothing given to Iran (guard)",
    text: `${HEAD}وقال المتحدث باسم الهيئة سالم المسلط إن الهيئة متمسكة برحيل الأسد.\nوبعد ساعات من تصريحاته، عاد الحديث عن دعوة إيران، وقال إن الهيئة ترفض مشاركة إيران في المؤتمر.\n`,
    expected: ["hnc assad_role must_go"],
  },
];

caseTable("tenth probe, second helper: holders and preconditions", CASES);
