// Kinds of sentence found by the ninth probe's second reading (rounds r65-r67, labels composed wrongly): each row
// written for this table, not taken from the seeds, the development corpus or the probe's articles.
import { caseTable, type Case } from "./case-table";

/** A headline, so that the sentence under test is read as a body sentence. */
const HEAD = "مؤتمر جنيف 2 حول سوريا\n";

const CASES: Case[] = [
  // No conditions but one: the exception is the condition.
  {
    why: "«ليس لديها أي شروط مسبقة سوى …»: the exception names the condition (conditional)",
    text: `${HEAD}وقال المتحدث باسم الخارجية الفرنسية إن باريس ليس لديها أي شروط مسبقة لعقد المؤتمر سوى احترام الأطراف لبيان جنيف الأول.`,
    expected: ["france geneva2_preconditions conditional"],
  },
  {
    why: "«لا شروط مسبقة إلا …» in a quotation: conditional",
    text: `${HEAD}وقال رئيس الائتلاف الوطني: "لا شروط مسبقة لدينا إلا وقف قصف المدن".`,
    expected: ["national_coalition geneva2_preconditions conditional"],
  },
  {
    why: "«ليس لديها أي شروط مسبقة، إلا أن …»: «إلا أن» is «however»; unconditional (guard)",
    text: `${HEAD}وقال المتحدث باسم الخارجية الفرنسية إن باريس ليس لديها أي شروط مسبقة لعقد المؤتمر، إلا أن نجاحه يتطلب جدية.`,
    expected: ["france geneva2_preconditions unconditional"],
  },
  // Refusing any talks that do not bring his going: the condition of attending.
  {
    why: "«لن يشارك في أي مفاوضات لا تبدأ برحيل الأسد»: conditional and must_go",
    text: `${HEAD}وأكد عضو الهيئة السياسية في الائتلاف الوطني أن الائتلاف لن يشارك في أي مفاوضات لا تبدأ برحيل الأسد.`,
    expected: ["national_coalition assad_role must_go", "national_coalition geneva2_preconditions conditional"],
  },
  {
    why: "«لن تواصل حضور اجتماعات لا تنتهي برحيل الأسد»: a condition on attending the later rounds",
    text: `${HEAD}وقال وزير الخارجية السعودي إن المملكة لن تواصل حضور اجتماعات لا تنتهي برحيل الأسد عن السلطة.`,
    expected: ["saudi_arabia assad_role must_go", "saudi_arabia geneva2_preconditions conditional"],
  },
  {
    why: "«لن يشارك في أي مفاوضات لا يحضرها ممثلو الفصائل»: no word of his going, no condition read (guard)",
    text: `${HEAD}وأكد عضو الهيئة السياسية في الائتلاف الوطني أن الائتلاف لن يشارك في أي مفاوضات لا يحضرها ممثلو الفصائل.`,
    expected: [],
  },
  {
    why: "«لن تقبل بمرحلة انتقالية لا تنتهي برحيل الأسد»: accepting a transition is not attending; must_go only (guard)",
    text: `${HEAD}وقال وزير الخارجية البريطاني إن لندن لن تقبل بمرحلة انتقالية لا تنتهي برحيل الأسد.`,
    expected: ["uk assad_role must_go"],
  },
  // Refused conditions, the refusal a few words before them.
  {
    why: "«لم تقبل في أي مرحلة الحضور بشروط مسبقة»: the refused terms, a few words on, are no condition (unconditional)",
    text: `${HEAD}وقال المتحدث باسم الحكومة السورية إن دمشق لم تقبل في أي مرحلة الحضور بشروط مسبقة.`,
    expected: ["syrian_government geneva2_preconditions unconditional"],
  },
  {
    why: "«لن تكون مستعدة لقبول أي شرط مسبق مقابل حضورها»: refused readiness to accept a price (unconditional)",
    text: `${HEAD}وقال مساعد وزير الخارجية الإيراني إن بلاده لن تكون مستعدة لقبول أي شرط مسبق مقابل حضورها المؤتمر.`,
    expected: ["iran geneva2_preconditions unconditional"],
  },
  {
    why: "«لم تقبل الحضور إلا بشروط»: only on terms (guard, not a refusal of terms)",
    text: `${HEAD}وقال المتحدث باسم الائتلاف الوطني إن الائتلاف لم يقبل الحضور إلا بشروط واضحة.`,
    expected: ["national_coalition geneva2_preconditions conditional"],
  },
  // Her exclusion or obstruction: whose stance, and which.
  {
    why: "«ضغوط غير مسبوقة من أجل إقصاء طهران»: «غير مسبوقة» denies nothing; the presser opposes",
    text: `${HEAD}واتهم نائب وزير الخارجية الإيراني واشنطن بممارسة ضغوط غير مسبوقة على مكتب الأمين العام في نيويورك من أجل إبعاد طهران عن المؤتمر.`,
    expected: ["usa iran_participation oppose"],
  },
  {
    why: "«تضع العراقيل أمام مشاركة إيران»: obstructing her taking part is oppose",
    text: `${HEAD}وقال المتحدث باسم الخارجية الإيرانية إن الرياض تحاول وضع العراقيل أمام مشاركة إيران في المؤتمر.`,
    expected: ["saudi_arabia iran_participation oppose"],
  },
  {
    why: "«يجب أن تتوقف عن وضع العراقيل أمام مشاركة إيران»: asking others to stop obstructing her wants her there",
    text: `${HEAD}وقال وزير الخارجية الروسي إن الدول الغربية يجب أن تتوقف عن وضع العراقيل أمام مشاركة إيران في المؤتمر.`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "«يضع العراقيل أمام التسوية» after her taking part: obstacles to a settlement, not to her (guard)",
    text: `${HEAD}وقال المتحدث إن من يضع شروطا على مشاركتها إنما يضع العراقيل أمام التسوية.`,
    expected: [],
  },
  {
    why: "«أي محاولة لإبعاد طهران ستقلص فرص الحل»: her exclusion judged harmful wants her there",
    text: `${HEAD}وقال نائب وزير الخارجية الروسي إن موسكو تؤيد حضور إيران، معتبرا أن أي محاولة لإبعاد طهران عن المؤتمر ستقلص فرص الحل.`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "«وفيما يتعلق بحضور إيران، … وأن استبعادها لا يخدم إلا الإرهاب»: «فيما يتعلق» is no contrast; support only",
    text: `${HEAD}وفيما يتعلق بإيران، أكد المقداد أن دمشق تؤيد مشاركة إيران في المؤتمر، وأن استبعادها لا يخدم إلا أعداء سوريا.`,
    expected: ["syrian_government iran_participation support"],
  },
  {
    why: "«دعوة إيران تشريع للاحتلال»: her invitation judged so is opposed",
    text: `${HEAD}واعتبر رئيس الائتلاف الوطني أن دعوة إيران إلى المؤتمر تشريع للاحتلال الإيراني.`,
    expected: ["national_coalition iran_participation oppose"],
  },
  {
    why: "«لن توافق على حضور إيران المؤتمر المقرر في … إلا إذا أعلنت …»: a refusal lifted by a condition (conditional)",
    text: `${HEAD}وقالت المتحدثة باسم الخارجية الأمريكية إن واشنطن لن توافق على حضور إيران المؤتمر المقرر في الأسبوع المقبل في مونترو إلا إذا أعلنت قبولها ببيان جنيف الأول.`,
    expected: ["usa iran_participation conditional"],
  },
  // His fate: reported, pressed for, or denied.
  {
    why: "«لم تقل يوماً إن بقاء الأسد مسألة مبدأ»: a saying denied is no stance",
    text: `${HEAD}وقال نائب وزير الخارجية الروسي إن موسكو لم تقل يوما إن بقاء الأسد في الحكم مسألة مبدأ.`,
    expected: [],
  },
  {
    why: "«تؤكد أن بقاء الأسد أمر يقرره السوريون»: a saying not denied is read as before (guard)",
    text: `${HEAD}وقال نائب وزير الخارجية الروسي إن موسكو تؤكد أن بقاء الأسد في الحكم أمر يقرره السوريون وحدهم.`,
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "«دول تمارس ضغوطاً على المعارضة لقبول بقاء الأسد»: what she is pressed to accept is not the speaker's",
    text: `${HEAD}وقال مصدر في الائتلاف الوطني إن دولا غربية تمارس ضغوطا على المعارضة لقبول بقاء الأسد في المرحلة الانتقالية.`,
    expected: [],
  },
  {
    why: "«المعارضة تقبل بقاء الأسد في المرحلة الانتقالية» with no pressure before it: read as before (guard)",
    text: `${HEAD}وقال مصدر في هيئة التنسيق الوطنية إن الهيئة تقبل بقاء الأسد في المرحلة الانتقالية.`,
    expected: ["ncb assad_role may_stay"],
  },
  {
    why: "«لم تعد تعارض أن يبقى الأسد»: no longer rejecting his staying accepts it (may_stay)",
    text: `${HEAD}وقال وزير الخارجية التركي إن أنقرة لم تعد تعارض أن يبقى الأسد في منصبه خلال المرحلة الانتقالية.`,
    expected: ["turkey assad_role may_stay"],
  },
  {
    why: "«لم تعد تطالب برحيل الأسد»: no longer demanding his going, read as before (guard)",
    text: `${HEAD}وقال وزير الخارجية التركي إن أنقرة لم تعد تطالب برحيل الأسد.`,
    expected: ["turkey assad_role may_stay"],
  },
  {
    why: "«لا يمكن أن نجلس مع نظام … لنبحث معه بقاء الأسد»: discussing his staying, refused, is no wish that he stay",
    text: `${HEAD}وقال المتحدث باسم الائتلاف الوطني إن الائتلاف "لن يذهب إلى جنيف"، مضيفا "لا يمكن أن نجلس مع نظام قتل عشرات الآلاف من السوريين لنبحث معه بقاء الأسد".`,
    expected: [],
  },
  {
    why: "«الشروط التي يضعها الائتلاف، وأهمها تنحي الأسد، … قال لافروف إن موسكو ترفض أي شروط»: his going is the Coalition's only (guard)",
    text: `${HEAD}وبخصوص الشروط التي يضعها الائتلاف الوطني المعارض للذهاب إلى المؤتمر، وأهمها وضع جدول زمني لتنحي الرئيس الأسد ونقل صلاحياته إلى حكومة انتقالية، قال لافروف إن موسكو ترفض أي شروط مسبقة.`,
    expected: ["national_coalition assad_role must_go", "russia geneva2_preconditions unconditional"],
  },
  {
    why: "«ما يطرحه بعض المعارضين من شروط، وفي مقدمتها تنحي الأسد، لا أساس له»: neither is the speaker's",
    text: `${HEAD}وأضاف الوزير الروسي أن ما يطرحه بعض المعارضين في الخارج من شروط، وفي مقدمتها تنحي الأسد، لا يستند إلى أي أساس.`,
    expected: [],
  },
  {
    why: "«أي حديث عن حكومة انتقالية تستبعد الأسد هو تجاوز لإرادة الشعب»: rejected, so he may stay",
    text: `${HEAD}وقال المتحدث باسم الخارجية الإيرانية إن أي حديث عن حكومة انتقالية تستبعد الرئيس الأسد هو تجاوز لإرادة الشعب السوري.`,
    expected: ["iran assad_role may_stay"],
  },
  {
    why: "«من يتحدث عن مرحلة انتقالية تنتهي بخروج الأسد يعيش في الماضي»: the judge keeps him",
    text: `${HEAD}وقال مساعد وزير الخارجية الإيراني إن من يتحدث عن مرحلة انتقالية تنتهي بخروج الأسد يعيش في الماضي.`,
    expected: ["iran assad_role may_stay"],
  },
];

caseTable("ninth probe (H2): labels composed wrongly in r65-r67", CASES);
