// Kinds of sentence from the twenty-fifth probe's rounds (reaction round-ups after a milestone; readouts of calls,
// visits and meetings), written for the purpose, none from the seeds, dev or the rounds: a position named by its noun
// and its owner (a nationality adjective, or a name), judged or criticised by another; a verb in the dual after a
// meeting; whom a subject met is not the subject of the verb after.
import { caseTable } from "./case-table";

caseTable("A position named by its noun and its owner's nationality: the owner holds it, its critic the opposite", [
  {
    why: "«انتقد … الإصرار السعودي على رحيل الأسد»",
    text: "وانتقد وزير الخارجية الروسي سيرغي لافروف الإصرار السعودي على رحيل الأسد.",
    expected: ["russia assad_role may_stay", "saudi_arabia assad_role must_go"],
  },
  {
    why: "«التمسك الروسي ببقاء الأسد» criticised",
    text: "وانتقد رئيس الائتلاف أحمد الجربا التمسك الروسي ببقاء الأسد.",
    expected: ["national_coalition assad_role must_go", "russia assad_role may_stay"],
  },
  {
    why: "«الرفض الإيراني لرحيل الأسد»: a noun of rejecting turns what it governs for its owner",
    text: "وانتقد رئيس الائتلاف أحمد الجربا الرفض الإيراني لرحيل الأسد.",
    expected: ["iran assad_role may_stay", "national_coalition assad_role must_go"],
  },
  {
    why: "welcomed, not criticised: both hold it",
    text: "ورحب رئيس الائتلاف أحمد الجربا بالإصرار السعودي على رحيل الأسد.",
    expected: ["national_coalition assad_role must_go", "saudi_arabia assad_role must_go"],
  },
  {
    why: "judged after it («مطلب غير واقعي»): the judgement is the speaker's, not a turn of the owner's position",
    text: 'واعتبر وزير الخارجية الروسي سيرغي لافروف أن الإصرار الأمريكي على رحيل الأسد "مطلب غير واقعي".',
    expected: ["russia assad_role may_stay", "usa assad_role must_go"],
  },
  {
    why: "«الموقف الروسي المتمسك ببقاء الأسد غير واقعي» after a verb of saying",
    text: "وقال رئيس الائتلاف أحمد الجربا إن الموقف الروسي المتمسك ببقاء الأسد غير واقعي.",
    expected: ["national_coalition assad_role must_go", "russia assad_role may_stay"],
  },
  {
    why: "«موقف روسيا المتمسك …» described: the owner keeps his position, the describer the opposite",
    text: "ووصف رئيس الائتلاف أحمد الجربا موقف روسيا المتمسك ببقاء الأسد بأنه غير واقعي.",
    expected: ["national_coalition assad_role must_go", "russia assad_role may_stay"],
  },
  {
    why: "two adjectives joined by «و»: both states hold it",
    text: "وانتقد وزير الخارجية الروسي سيرغي لافروف الإصرار الفرنسي والبريطاني على رحيل الأسد.",
    expected: ["france assad_role must_go", "russia assad_role may_stay", "uk assad_role must_go"],
  },
  {
    why: "«مطالبة الأسد بالتنحي»: the one the demand is made of is no owner (guard)",
    text: "ورفض وزير الخارجية الروسي سيرغي لافروف مطالبة الأسد بالتنحي.",
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "an adjective that is no party («الغربي»): only the critic",
    text: "وانتقد وزير الخارجية الروسي سيرغي لافروف الإصرار الغربي على رحيل الأسد.",
    expected: ["russia assad_role may_stay"],
  },
]);

caseTable("A demand named by its noun before its owner's name: the owner holds it, its judge the opposite", [
  {
    why: "«إصرار السعودية على رحيل الأسد» criticised",
    text: "وانتقد وزير الخارجية الروسي سيرغي لافروف إصرار السعودية على رحيل الأسد.",
    expected: ["russia assad_role may_stay", "saudi_arabia assad_role must_go"],
  },
  {
    why: "«إصرار وفد الائتلاف على جعل رحيل الأسد …» inside a quotation, judged unrealistic",
    text: 'وقال نائب وزير الخارجية الروسي غينادي غاتيلوف إن "إصرار وفد الائتلاف على جعل رحيل الأسد أولوية المفاوضات أمر غير واقعي".',
    expected: ["national_coalition assad_role must_go", "russia assad_role may_stay"],
  },
  {
    why: "the demand of some of a party («بعض أطياف المعارضة») is not the party's",
    text: "وقال وزير الخارجية الروسي سيرغي لافروف إن مطالبة بعض أطياف المعارضة برحيل الأسد غير واقعية.",
    expected: ["russia assad_role may_stay"],
  },
]);

caseTable("A verb in the dual after a meeting: the two sides speak together", [
  {
    why: "«استقبل X Y … . وأكدا أن …»",
    text: "استقبل وزير الخارجية السعودي عادل الجبير المنسق العام للهيئة العليا للمفاوضات رياض حجاب في الرياض. وأكدا أن لا دور للأسد في مستقبل سوريا.",
    expected: ["hnc assad_role must_go", "saudi_arabia assad_role must_go"],
  },
  {
    why: "«أجرى X اتصالاً مع Y، واتفقا على …»",
    text: "أجرى وزير الخارجية الروسي سيرغي لافروف اتصالا هاتفيا مع نظيره الأمريكي جون كيري، واتفقا على أن تنطلق المفاوضات من دون شروط مسبقة.",
    expected: ["russia geneva2_preconditions unconditional", "usa geneva2_preconditions unconditional"],
  },
  {
    why: "«نرفض رفضاً قاطعاً»: a verbal noun, not a dual verb; the one speaking alone holds it",
    text: "وقال رئيس الائتلاف أحمد الجربا بعد لقائه وزير الخارجية الفرنسي لوران فابيوس: نرفض رفضا قاطعا مشاركة إيران في المؤتمر.",
    expected: ["national_coalition iran_participation oppose"],
  },
]);

caseTable("Whom the subject met is not the subject of the verb after them", [
  {
    why: "«التقى X نظيره Y …، ودعا إلى …»: X calls for it",
    text: "التقى وزير الخارجية الروسي سيرغي لافروف نظيره الإيراني محمد جواد ظريف في موسكو، ودعا إلى مؤتمر من دون شروط مسبقة.",
    expected: ["russia geneva2_preconditions unconditional"],
  },
  {
    why: "«استقبل X Y …، ودعا …»",
    text: "استقبل الرئيس الإيراني حسن روحاني وزير الخارجية الروسي سيرغي لافروف في طهران، ودعا إلى مؤتمر من دون شروط مسبقة.",
    expected: ["iran geneva2_preconditions unconditional"],
  },
]);

caseTable("His office out of discussion, his ability to lead lost, a condition on his going not set, a journey", [
  {
    why: "«موقع رئيس الجمهورية غير قابل للبحث»",
    text: "وقال مصدر في وزارة الخارجية السورية إن موقع رئيس الجمهورية غير قابل للبحث في أي مؤتمر دولي.",
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: "«مقام الرئاسة فهو خارج أي نقاش»: a resumptive pronoun before the predicate",
    text: "وقال نائب وزير الخارجية السوري فيصل المقداد إن مقام الرئاسة فهو خارج أي نقاش.",
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: "«فقد القدرة على قيادة سوريا»: lost, as not having, the role named after",
    text: "وقال وزير الخارجية الأمريكي جون كيري إن الأسد فقد القدرة على قيادة سوريا.",
    expected: ["usa assad_role must_go"],
  },
  {
    why: "«لا يتضمن أي شرط يتعلق برحيله»: a condition on his going not set, inside a quotation",
    text: "وقال وزير الخارجية الروسي سيرغي لافروف إن البيان «لا يتضمن أي شرط يتعلق برحيل الرئيس السوري».",
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "«قبل مغادرته فيينا»: his leaving a city is a journey, whoever was named before",
    text: "وكان الأسد قد رفض الرحيل. وقال وزير الخارجية الإيراني محمد جواد ظريف، قبل مغادرته فيينا، إن بلاده مستعدة للمشاركة في المؤتمر.",
    expected: ["iran iran_participation support"],
  },
  {
    why: "«مغادرته البلاد»: the country left is his going (guard)",
    text: "وكان الأسد قد ظهر في دمشق أمس. وقال رئيس الائتلاف أحمد الجربا إن مغادرته البلاد باتت ضرورية.",
    expected: ["national_coalition assad_role must_go"],
  },
  {
    why: "«مغادرته بشكل آمن»: how he leaves, no place (guard)",
    text: "وكان الأسد قد ظهر في دمشق أمس. وقال رئيس الائتلاف أحمد الجربا إن مغادرته بشكل آمن باتت ضرورية.",
    expected: ["national_coalition assad_role must_go"],
  },
]);

caseTable("«على أن» after a verb of agreeing or insisting is its complement, not a condition; an aside «، سواء …،»", [
  {
    why: "«لا نوافق على أن يكون رحيل الأسد شرطاً مسبقاً»",
    text: 'وقال وزير الخارجية الروسي سيرغي لافروف: "نحن لا نوافق على أن يكون رحيل الأسد شرطا مسبقا لأي عملية سياسية".',
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "«على أن» after attending still sets the condition (guard)",
    text: "وقال رئيس الائتلاف أحمد الجربا إن الائتلاف سيشارك في المؤتمر على أن يكون هدفه رحيل الأسد.",
    expected: ["national_coalition assad_role must_go", "national_coalition geneva2_preconditions conditional"],
  },
  {
    why: "«أكد أنه سيشارك على أن …»: after a verb of saying and its «أن», «على أن» is still a condition (guard)",
    text: "وأكد رئيس الائتلاف أحمد الجربا أنه سيشارك على أن يكون هدف المؤتمر رحيل الأسد.",
    expected: ["national_coalition assad_role must_go", "national_coalition geneva2_preconditions conditional"],
  },
  {
    why: "«الرهان على إسقاط الرئيس بشار الأسد، سواء عبر المؤتمر أو خارجه، رهان خاسر»: the judgement past the aside",
    text: "وقال الأمين العام لحزب الله حسن نصر الله إن الرهان على إسقاط الرئيس بشار الأسد، سواء عبر المؤتمر أو خارجه، رهان خاسر.",
    expected: ["hezbollah assad_role may_stay"],
  },
  {
    why: "«الجانبان الإيراني والسوري»: the Syrian side of a meeting is the government's",
    text: "وشدد الجانبان الإيراني والسوري على أن الرهان على رحيل الأسد رهان خاسر.",
    expected: ["iran assad_role may_stay", "syrian_government assad_role may_stay"],
  },
]);

caseTable("The one saying it judges a position quoted; a second clause's lead; no position taken; among those attending", [
  {
    why: '«حمّل المعارضة المسؤولية، وقال إن "إصرار الائتلاف على … أمر غير واقعي"»: the verb before «إن» governs nothing in it',
    text: 'وحمّل نائب وزير الخارجية الروسي غينادي غاتيلوف المعارضة المسؤولية، وقال إن "إصرار وفد الائتلاف على جعل رحيل الأسد أولوية المفاوضات أمر غير واقعي".',
    expected: ["national_coalition assad_role must_go", "russia assad_role may_stay"],
  },
  {
    why: "«فدعا إلى …، وكرر انتقاد بلاده لاستبعاد طهران»: the second clause's criticism is its own lead",
    text: "أما وزير الخارجية الروسي سيرغي لافروف فدعا إلى عدم التدخل في الشؤون السورية، وكرر انتقاد بلاده لاستبعاد طهران.",
    expected: ["russia iran_participation support"],
  },
  {
    why: "«لا يتخذ موقفاً من مصير الرئيس الأسد»",
    text: "وقال وزير الخارجية الأردني ناصر جودة إن الأردن لا يتخذ موقفا من مصير الرئيس الأسد.",
    expected: ["jordan assad_role neutral"],
  },
  {
    why: "«إيران يجب أن تكون بين الحاضرين»",
    text: "وقال المبعوث الدولي الأخضر الإبراهيمي إن إيران يجب أن تكون بين الحاضرين.",
    expected: ["un iran_participation support"],
  },
  {
    why: "«خلافات بين المشاركين»: between those taking part, no one's place (guard)",
    text: "وقال المبعوث الدولي الأخضر الإبراهيمي إن الخلافات بين المشاركين حول إيران ما زالت قائمة.",
    expected: [],
  },
  {
    why: "«لا يمكن أن تكون ضمن المشاركين»",
    text: "وقال رئيس الائتلاف أحمد الجربا إن إيران لا يمكن أن تكون ضمن المشاركين.",
    expected: ["national_coalition iran_participation oppose"],
  },
]);

caseTable("What an indirect question asks is no one's position, unless the sentence answers it", [
  {
    why: "«وسئل مسؤول …، عما إذا كان القرار يعني القبول ببقاء الأسد»",
    text: "وقال وزير الخارجية الأمريكي جون كيري إن القرار مهم. وسئل مسؤول في الخارجية الأمريكية، طلب عدم ذكر اسمه، عما إذا كان القرار يعني القبول ببقاء الأسد.",
    expected: [],
  },
  {
    why: "«ردا على سؤال عما إذا …: نعم» answers it (guard)",
    text: "وقال مستشار المرشد الإيراني علي أكبر ولايتي، ردا على سؤال عما إذا كانت إيران تعتبر الرئيس الأسد خطا أحمر: نعم هو كذلك.",
    expected: ["iran assad_role may_stay"],
  },
]);

caseTable("Those invited («مدعوتان») hold nothing of what they are invited to; the one inviting does", [
  {
    why: '«أن الحكومة السورية والمعارضة مدعوتان للحضور "من دون شروط مسبقة"»',
    text: "وأوضح المبعوث الدولي الأخضر الإبراهيمي أن الحكومة السورية والمعارضة مدعوتان للحضور «من دون شروط مسبقة».",
    expected: ["un geneva2_preconditions unconditional"],
  },
]);

// Kinds from the retrospectives and plenary-speeches rounds (r157, r159), written for the purpose.
caseTable("Retrospectives and speeches: «حتى» of time, his going not at once, a bet lost, the talks derailed, uniting Syria", [
  {
    why: "«ضغطت حتى سُحبت دعوتها»: «حتى» before a past verb tells what came of it, no condition",
    text: "وكانت واشنطن، التي عارضت مشاركة طهران في مونترو وضغطت حتى سحبت دعوتها، هي من طرق الباب هذه المرة.",
    expected: ["usa iran_participation oppose"],
  },
  {
    why: "«حتى تسحب قواتها» before a present verb is a condition (guard)",
    text: "وقال وزير الخارجية السعودي سعود الفيصل إن إيران لن تشارك حتى تسحب قواتها من سوريا.",
    expected: ["saudi_arabia iran_participation conditional"],
  },
  {
    why: "«رحيل الأسد لا يجب بالضرورة أن يكون في اليوم الأول»",
    text: "وقال وزير الخارجية الأمريكي جون كيري إن رحيل الأسد لا يجب بالضرورة أن يكون في اليوم الأول.",
    expected: ["usa assad_role may_stay"],
  },
  {
    why: "«رحيل الأسد يجب أن يكون فورياً» (guard)",
    text: "وقال وزير الخارجية الأمريكي جون كيري إن رحيل الأسد يجب أن يكون فوريا.",
    expected: ["usa assad_role must_go"],
  },
  {
    why: "«من راهنوا على رحيل الأسد خسروا رهانهم»",
    text: "وقال الأمين العام لحزب الله حسن نصر الله إن من راهنوا على رحيل الرئيس الأسد عبر جنيف خسروا رهانهم.",
    expected: ["hezbollah assad_role may_stay"],
  },
  {
    why: "«أي كلام عن بقاء الأسد، بأي شكل من الأشكال، يخرج جنيف 2 عن مساره»",
    text: "وقال رئيس الائتلاف أحمد الجربا إن أي كلام عن بقاء الأسد في السلطة، بأي شكل من الأشكال، يخرج جنيف 2 عن مساره.",
    expected: ["national_coalition assad_role must_go"],
  },
  {
    why: "«فقد القدرة والمصداقية اللازمتين لتوحيد البلاد»",
    text: "وقال وزير الخارجية الأمريكي جون كيري إن الأسد فقد القدرة والمصداقية اللازمتين لتوحيد البلاد.",
    expected: ["usa assad_role must_go"],
  },
]);

caseTable("An aside on her between commas, through a quotation mark, before the predicate rejecting her taking part", [
  {
    why: "«إن مشاركة إيران، «وهي شريكة النظام في قتل السوريين»، مرفوضة»",
    text: "وقال عضو الهيئة السياسية في الائتلاف أحمد رمضان إن مشاركة إيران، «وهي شريكة النظام في قتل السوريين»، مرفوضة.",
    expected: ["national_coalition iran_participation oppose"],
  },
  {
    why: "the same aside without the quotation marks",
    text: "وقال عضو الهيئة السياسية في الائتلاف أحمد رمضان إن مشاركة إيران، وهي شريكة النظام في قتل السوريين، مرفوضة.",
    expected: ["national_coalition iran_participation oppose"],
  },
]);
