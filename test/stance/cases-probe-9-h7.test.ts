// Kinds of sentence found by a ninth probe (the held-out rounds r68-r70, read after their first run): each row
// written for this table, not taken from the seeds, the development corpus or the probe's articles.
import { caseTable, type Case } from "./case-table";

/** A headline, so that the sentence under test is read as a body sentence. */
const HEAD = "مؤتمر جنيف 2 حول سوريا\n";

const CASES: Case[] = [
  // Not one's to say who stays: neutral.
  {
    why: "«ليس من شأني أن أقول من يبقى ومن يرحل»: who stays and who goes is the leadership itself, not his to say",
    text: `${HEAD}وقال المبعوث الأممي في مؤتمر صحفي إنه "ليس من شأني أن أقول من يبقى ومن يرحل، فهذا يقرره السوريون".`,
    expected: ["un assad_role neutral"],
  },
  {
    why: "«ليس من شأني ولا من شأن الأمم المتحدة أن تقرر من يحكم سوريا»: the second body joined by «ولا من شأن»",
    text: `${HEAD}وفي رده على سؤال حول مصير الأسد، قال المبعوث الدولي: "ليس من شأني ولا من شأن الأمم المتحدة أن تقرر من يحكم سوريا".`,
    expected: ["un assad_role neutral"],
  },
  {
    why: "«مستقبل الرئيس السوري ليس شأناً روسياً»: one outside state's matter it is not; his fate left open",
    text: `${HEAD}وقال نائب وزير الخارجية الروسي إن "مستقبل الرئيس السوري ليس شأناً روسياً، بل يعود للسوريين".`,
    expected: ["russia assad_role neutral"],
  },
  {
    why: "«ليس من شأني أن أقول متى يبدأ المؤتمر»: no fate named, nothing (guard)",
    text: `${HEAD}وقال المبعوث الأممي إنه "ليس من شأني أن أقول متى يبدأ المؤتمر".`,
    expected: [],
  },
  {
    why: "«حتى الوزير، الذي يفترض أنه …، بات يردد أن …»: the one «حتى» puts first, past a relative clause between commas, speaks",
    text: `${HEAD}حتى وزير الخارجية الفرنسي، الذي يفترض أنه أشد المتحمسين لرحيله، بات يردد أن مصير الأسد "ليس من شأننا، بل يقرره السوريون".`,
    expected: ["france assad_role neutral"],
  },
  {
    why: "«حتى إن الوسيط، الذي …، بات يردد» inside another's report: no sentence-opening subject, nothing (guard)",
    text: `${HEAD}وقال مصدر دبلوماسي إن الجولة فشلت، حتى إن الوسيط، الذي يفترض أنه محايد، بات يردد أن رحيل الأسد ضروري.`,
    expected: [],
  },
  // The second label after «لكنه».
  {
    why: "«لا تشترط أن يرحل فوراً، لكنه لا يمكن أن يكون جزءاً من مستقبل سوريا»: both labels, the second of Assad by pronoun",
    text: `${HEAD}وقال وزير الخارجية البريطاني إن لندن "لا تشترط أن يرحل الأسد مع بداية المرحلة الانتقالية"، لكنه "لا يمكن أن يكون جزءاً من مستقبل سوريا".`,
    expected: ["uk assad_role may_stay", "uk assad_role must_go"],
  },
  {
    why: "«لكنه أضاف أن من غير الوارد أن يكون جزءاً من مستقبل سوريا»",
    text: `${HEAD}وقال وزير الخارجية الفرنسي إن باريس لا تشترط أن يرحل الأسد في الأسبوع الأول من المرحلة الانتقالية، لكنه أضاف أن "من غير الوارد أن يكون جزءاً من مستقبل سوريا".`,
    expected: ["france assad_role may_stay", "france assad_role must_go"],
  },
  {
    why: "«داعش لا يمكن أن يكون جزءاً من مستقبل سوريا»: another subject named before the verb, not Assad (guard)",
    text: `${HEAD}وقال وزير الخارجية البريطاني إن بلاده ناقشت مع الأسد ملف الأسلحة، وإن تنظيم داعش لا يمكن أن يكون جزءاً من مستقبل سوريا.`,
    expected: [],
  },
  // A threat to walk out unless the invitation is withdrawn.
  {
    why: '«هدد ما يسمى "الائتلاف" بالانسحاب إذا لم تسحب الدعوة»: «ما يسمى» opens the name between threat and walking out',
    text: `${HEAD}وكانت الأمم المتحدة قد تراجعت بعد أن هدد ما يسمى "الائتلاف الوطني" بمقاطعة المؤتمر إذا لم تسحب الدعوة الموجهة إلى طهران.`,
    expected: ["national_coalition geneva2_preconditions conditional", "national_coalition iran_participation oppose"],
  },
  {
    why: "«هدد بالانسحاب ما لم تسحب الدعوة، ثم رحب بسحبها معتبراً أنه تصحيح لخطأ»: a later act's judgement is not of the condition",
    text: `${HEAD}وكان الائتلاف الوطني قد هدد بالانسحاب من المؤتمر ما لم تسحب الدعوة الموجهة إلى إيران، ثم رحب بقرار سحبها معتبراً أنه "تصحيح لخطأ".`,
    expected: ["national_coalition geneva2_preconditions conditional", "national_coalition iran_participation oppose"],
  },
  // Demands denied to be preconditions, then a condition all the same.
  {
    why: '«إن هذه المطالب "ليست شروطاً مسبقة كما يقال"، لكننا لن نذهب قبل …»: a denial of one\'s own demands; the condition stands',
    text: `${HEAD}وقال المتحدث باسم الهيئة العليا للمفاوضات إن هذه المطالب "ليست شروطا مسبقة كما يقال، بل حقوق"، مستدركا: "لكننا لن نذهب إلى جنيف قبل أن يرفع الحصار".`,
    expected: ["hnc geneva2_preconditions conditional"],
  },
  {
    why: "«رحيل الأسد لا يمكن أن يكون شرطاً مسبقاً»: no demonstrative, still rejected preconditions (guard)",
    text: `${HEAD}وقال وزير الخارجية الروسي إن رحيل الأسد "لا يمكن أن يكون شرطا مسبقا للمفاوضات".`,
    expected: ["russia assad_role may_stay", "russia geneva2_preconditions unconditional"],
  },
  // Her absence judged a mistake.
  {
    why: '«التي تلح على حضور طهران وتعتبر غيابها "خطأ"»: the absence judged is the presence wanted',
    text: `${HEAD}أما موسكو التي تلح على حضور طهران في المؤتمر وتعتبر غيابها "خطأ"، فيبدو أنها تسعى إلى دعم حليفها.`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "«التي تلح على حضور طهران، فقد ارتكبت بذلك خطأ»: no absence judged, read as before (guard)",
    text: `${HEAD}أما موسكو التي تلح على حضور طهران في المؤتمر، فقد ارتكبت بذلك "خطأ" كبيرا بحسب الكاتب.`,
    expected: ["russia iran_participation support"],
  },
  // His exclusion an illusion.
  {
    why: "«أي تسوية تقوم على إقصاء الرئيس الأسد هي وهم»: his exclusion named an illusion keeps him",
    text: `${HEAD}وقال الأمين العام لحزب الله إن "أي حل يقوم على إقصاء الرئيس الأسد وهم لن يتحقق".`,
    expected: ["hezbollah assad_role may_stay"],
  },
  {
    why: "«نطالب بإقصاء الأسد عن أي دور»: his exclusion demanded wants him gone (guard)",
    text: `${HEAD}وقال رئيس الائتلاف: "نطالب بإقصاء الأسد عن أي دور في المرحلة الانتقالية".`,
    expected: ["national_coalition assad_role must_go"],
  },
  // A call made by a participle after a clause of doing.
  {
    why: "«وكان المبعوث … قد افتتح الجولة، داعياً الأطراف إلى التفاوض من دون شروط مسبقة»: the participle is the opener's",
    text: `${HEAD}وكان المبعوث الأممي ستيفان دي ميستورا قد افتتح الجولة بلقاء وفد المعارضة، داعيا الطرفين إلى التفاوض من دون شروط مسبقة.`,
    expected: ["un geneva2_preconditions unconditional"],
  },
  {
    why: "«وكان … قد وصل إلى جنيف، مؤكداً أن بلاده ستشارك بلا شروط»: the person opening the sentence speaks",
    text: `${HEAD}وكان وزير الخارجية الروسي سيرغي لافروف قد وصل إلى جنيف، مؤكدا أن الحكومة السورية ستشارك بلا شروط.`,
    expected: ["syrian_government geneva2_preconditions unconditional"],
  },
  // Staying for life denied.
  {
    why: "«لا تعتبر بقاء الأسد مدى الحياة هدفاً»: his staying for life denied is no demand that he go",
    text: `${HEAD}وقال مساعد وزير الخارجية الإيراني إن طهران "لا تعتبر بقاء الأسد مدى الحياة هدفا بحد ذاته".`,
    expected: [],
  },
  {
    why: "«لا تعتبر بقاء الأسد ضرورياً»: his staying denied without «for life» is still turned (guard)",
    text: `${HEAD}وقال وزير الخارجية التركي إن أنقرة "لا تعتبر بقاء الأسد ممكنا".`,
    expected: ["turkey assad_role must_go"],
  },
  // A background paragraph's protests.
  {
    why: "«حملة قمع ضد الاحتجاجات المطالبة بإنهاء حكم الأسد»: the protests' demand, not the regime's",
    text: `${HEAD}ويذكر أن قوات النظام السوري تواجه منذ عام 2011 الاحتجاجات الشعبية المطالبة بإنهاء حكم عائلة الأسد بحملة قمع واسعة.`,
    expected: [],
  },
  {
    why: "«الائتلاف المطالب برحيل الأسد»: a party's own demand by its participle is read (guard)",
    text: `${HEAD}وقال رئيس الائتلاف الوطني إن الائتلاف يطالب برحيل الأسد قبل أي مرحلة انتقالية.`,
    expected: ["national_coalition assad_role must_go"],
  },
];

caseTable("Ninth probe (H7): not one's to say, second labels, threats, absence judged, background paragraphs", CASES);
