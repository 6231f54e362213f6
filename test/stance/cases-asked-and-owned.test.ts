// Kinds of sentence from the minimal-pair probes left open at build .142 (sentences written for the purpose, none
// from the seeds, dev or the rounds): being there with «أي» under a negated modal, a demand named with its owner,
// and what someone is asked about.
import { caseTable } from "./case-table";

caseTable("«(لا) يجب أن تكون هناك أي شروط»: being there says nothing of its own", [
  {
    why: "«يجب ألا تكون هناك أي شروط»: the negation four words back, past «هناك أي»",
    text: "وقال وزير الخارجية الروسي سيرغي لافروف إنه يجب ألا تكون هناك أي شروط مسبقة للمفاوضات.",
    expected: ["russia geneva2_preconditions unconditional"],
  },
  {
    why: "«لا ينبغي أن تكون هناك أي شروط»",
    text: "وشدد وزير الخارجية الأمريكي جون كيري على أنه لا ينبغي أن تكون هناك أي شروط مسبقة لعقد المؤتمر.",
    expected: ["usa geneva2_preconditions unconditional"],
  },
  {
    why: "«لا يجب أن توجد أي شروط»",
    text: "وأكد المبعوث الأممي الأخضر الإبراهيمي أنه لا يجب أن توجد أي شروط مسبقة من أي طرف.",
    expected: ["un geneva2_preconditions unconditional"],
  },
  {
    why: "not negated: «يجب أن تكون هناك شروط» sets them",
    text: "وقال رئيس الائتلاف أحمد الجربا إنه يجب أن تكون هناك شروط واضحة قبل الذهاب إلى جنيف.",
    expected: ["national_coalition geneva2_preconditions conditional"],
  },
]);

caseTable("a demand named with its owner is the owner's, not the speaker's", [
  {
    why: "«وحول مطالبة الائتلاف بتنحي الأسد، قال …»: the Coalition's demand as the writer reports it",
    text: "وحول مطالبة الائتلاف الوطني السوري بتنحي الأسد، قال نائب وزير الخارجية الروسي إن هذا الأمر يقرره السوريون.",
    expected: ["national_coalition assad_role must_go"],
  },
  {
    why: "«قال X إن مطالبة Y بتنحي الأسد …»: Y's, not X's",
    text: "وقال نائب وزير الخارجية الروسي غينادي غاتيلوف إن مطالبة الائتلاف الوطني السوري بتنحي الأسد أمر يقرره السوريون.",
    expected: ["national_coalition assad_role must_go"],
  },
  {
    why: "«دعوة واشنطن إلى رحيل الأسد»: a capital after «دعوة» with «إلى» is the one calling",
    text: "وبشأن دعوة واشنطن إلى رحيل الأسد، قال لافروف إن ذلك شأن يعود إلى السوريين.",
    expected: ["usa assad_role must_go"],
  },
  {
    why: "«إصرار الغرب على …»: an owner with no party id holds it; the speaker does not",
    text: "وحذر وزير الخارجية الروسي سيرغي لافروف من أن إصرار الغرب على رحيل الأسد سيفجر المؤتمر.",
    expected: [],
  },
  {
    why: "the people in whose name a speaker speaks is no owner of its own",
    text: "وقال رئيس الائتلاف أحمد الجربا إن مطالبة الشعب السوري برحيل الأسد لن تتغير.",
    expected: ["national_coalition assad_role must_go"],
  },
  {
    why: "the speaker's own party as owner: the same party",
    text: "وأكد رئيس الائتلاف أحمد الجربا إصرار الائتلاف على رحيل الأسد.",
    expected: ["national_coalition assad_role must_go"],
  },
  {
    why: "rejected, the demand turns for the one rejecting; its owner holds it, as reported (dev: «إصراره على الشروط المسبقة»)",
    text: "ورفضت طهران مطالبة المعارضة السورية برحيل الأسد.",
    expected: ["iran assad_role may_stay", "syrian_opposition assad_role must_go"],
  },
]);

caseTable("what someone is asked about is no position; the one asked answers", [
  {
    why: "«سأل مراسل لافروف عن موقف موسكو من رحيل الأسد»: a question, no answer",
    text: "وسأل مراسل وكالة الأنباء وزير الخارجية الروسي سيرغي لافروف عن موقف موسكو من رحيل الأسد.",
    expected: [],
  },
  {
    why: "«وسئل X عن … فقال إن …»: the answer joined by «ف» without a comma is his",
    text: "وسئل وزير الخارجية الروسي سيرغي لافروف عن الوضع في سوريا فقال إن مصير الأسد يقرره الشعب السوري.",
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "«سألت الصحيفة X عن …، فقال إن …»: the one asked is the active verb's object, before «عن»",
    text: "وسألت الصحيفة رئيس الائتلاف أحمد الجربا عن شروط الائتلاف لحضور جنيف، فقال إن رحيل الأسد شرط أساسي.",
    expected: ["national_coalition assad_role must_go", "national_coalition geneva2_preconditions conditional"],
  },
  {
    why: "«وسأل الصحفيون X عن … فأجاب بأن …»",
    text: "وسأل الصحفيون وزير الخارجية الروسي سيرغي لافروف عن مشاركة إيران فأجاب بأن موسكو تؤيد حضور إيران.",
    expected: ["russia iran_participation support"],
  },
  {
    why: "«سئل عما إذا كانت موسكو تؤيد …»: asked whether, no answer",
    text: "وسئل وزير الخارجية الروسي سيرغي لافروف عما إذا كانت موسكو تؤيد رحيل الأسد.",
    expected: [],
  },
  {
    why: "a demand with its owner in what is asked about is the owner's, as the question presupposes",
    text: "وتساءل نائب وزير الخارجية السوري فيصل المقداد عن سبب إصرار واشنطن على رحيل الأسد.",
    expected: ["usa assad_role must_go"],
  },
]);

caseTable("a place withdrawn from is no holder", [
  {
    why: "«انسحاب الحرس الثوري من سوريا»: Syria is where from; Riyadh sets the terms on Iran",
    text: "وتشترط الرياض انسحاب الحرس الثوري من سوريا قبل أي دعوة لإيران إلى المؤتمر.",
    expected: ["saudi_arabia iran_participation conditional"],
  },
]);

// Kinds read off the misses of new writers' rounds (sentences written for the purpose, none from the rounds).
caseTable("conditions denied, made, or given no place", [
  {
    why: "«نتيجة للتفاوض لا شرط له»: a condition denied right before its word is none",
    text: "وقالت هيئة التنسيق الوطنية إن رحيل الأسد يجب أن يكون نتيجة للتفاوض لا شرط له.",
    expected: ["ncb assad_role may_stay"],
  },
  {
    why: "«تحويل رحيل الأسد إلى شرط مسبق أمر غير مقبول»: what it is turned into is no predicate of its own",
    text: "وقال وزير الخارجية الروسي سيرغي لافروف إن تحويل رحيل الأسد إلى شرط مسبق أمر غير مقبول.",
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "«الشروط المسبقة لا مكان لها»",
    text: "وقال نائب وزير الخارجية الروسي غينادي غاتيلوف إن الشروط المسبقة لا مكان لها في أي مفاوضات جدية.",
    expected: ["russia geneva2_preconditions unconditional"],
  },
  {
    why: "«مشاركة إيران لا مكان لها»",
    text: "وقال وزير الخارجية السعودي عادل الجبير إن مشاركة إيران لا مكان لها في المؤتمر.",
    expected: ["saudi_arabia iran_participation oppose"],
  },
  {
    why: "«وإنه لا مكان له» opens a second reported clause: his going before it is not turned",
    text: "وقال المبعوث الأمريكي إن الأسد يجب أن يرحل وإنه لا مكان له في سوريا المستقبل.",
    expected: ["usa assad_role must_go"],
  },
]);

caseTable("Iran's being there, without her, and terms on her invitation", [
  {
    why: "«لا حل من دون أن تكون إيران على الطاولة»",
    text: "وقال وزير الخارجية الأمريكي جون كيري إنه لا يمكن التوصل إلى حل من دون أن تكون إيران على الطاولة.",
    expected: ["usa iran_participation support"],
  },
  {
    why: "«لا حل دون أن تشارك إيران»",
    text: "وقال وزير الخارجية الروسي سيرغي لافروف إنه لا حل دون أن تشارك إيران.",
    expected: ["russia iran_participation support"],
  },
  {
    why: "«يجب أن يعقد دون أن تشارك إيران»: held without her is wanted",
    text: "وقال وزير الخارجية السعودي عادل الجبير إن المؤتمر يجب أن يعقد دون أن تشارك إيران.",
    expected: ["saudi_arabia iran_participation oppose"],
  },
  {
    why: "«…، في حين تشترط واشنطن …»: the terms after another party's clause are not the first party's",
    text: "إذ تصر موسكو على ضرورة حضور طهران باعتبارها لاعباً أساسياً، في حين تشترط واشنطن أن تعلن إيران قبولها ببيان جنيف قبل توجيه أي دعوة إليها.",
    expected: ["russia iran_participation support", "usa iran_participation conditional"],
  },
  {
    why: "a describing verb whose object is another position («وتعتبر المطالبة برحيل الأسد …») does not turn her invitation",
    text: 'موسكو ترحب بدعوة طهران إلى فيينا وتعتبر المطالبة برحيل الأسد شرطاً مسبقاً "وصفة للفوضى".',
    expected: ["russia iran_participation support", "russia assad_role may_stay"],
  },
]);

caseTable("a transitional body that may not include him", [
  {
    why: "«هيئة الحكم الانتقالية لا يمكن أن تضم بشار الأسد»",
    text: "وقال وزير الخارجية السعودي سعود الفيصل إن هيئة الحكم الانتقالية لا يمكن أن تضم بشار الأسد.",
    expected: ["saudi_arabia assad_role must_go"],
  },
  {
    why: "«يجب ألا تضم الأسد»",
    text: "وقال وزير الخارجية السعودي سعود الفيصل إن الحكومة الانتقالية يجب ألا تضم الأسد.",
    expected: ["saudi_arabia assad_role must_go"],
  },
  {
    why: "not negated: a body that may include him states nothing here",
    text: "وقال وزير الخارجية الروسي سيرغي لافروف إن الحكومة الانتقالية يمكن أن تضم الأسد.",
    expected: [],
  },
]);

caseTable("a statement or the two sides named by nationality adjectives speak together", [
  {
    why: "«وأكد البيان المشترك الروسي الأمريكي أن …»",
    text: "وأكد البيان المشترك الروسي الأمريكي أن المؤتمر سيعقد دون شروط مسبقة.",
    expected: ["russia geneva2_preconditions unconditional", "usa geneva2_preconditions unconditional"],
  },
  {
    why: "«وشدد بيان روسي أمريكي مشترك على …», indefinite",
    text: "وشدد بيان روسي أمريكي مشترك على ضرورة عقد المؤتمر دون شروط مسبقة.",
    expected: ["russia geneva2_preconditions unconditional", "usa geneva2_preconditions unconditional"],
  },
  {
    why: "«وأكد الجانبان الروسي والأمريكي …»",
    text: "وأكد الجانبان الروسي والأمريكي ضرورة عقد المؤتمر دون شروط مسبقة.",
    expected: ["russia geneva2_preconditions unconditional", "usa geneva2_preconditions unconditional"],
  },
  {
    why: "three adjectives, one statement",
    text: "وأكد البيان السعودي التركي القطري أن لا دور للأسد في مستقبل سوريا.",
    expected: ["qatar assad_role must_go", "saudi_arabia assad_role must_go", "turkey assad_role must_go"],
  },
]);

caseTable("a name set off by a comma before a welcome is no approver", [
  {
    why: "«على عكس الرياض، ترحب موسكو …»: Riyadh does not welcome it",
    text: "على عكس الرياض، ترحب موسكو بمشاركة إيران في المؤتمر.",
    expected: ["russia iran_participation support"],
  },
]);

caseTable("Kurdish groups' officials and bodies hold their positions (kurdish_groups)", [
  {
    why: "a KNC official named with his office",
    text: "وقال القيادي في المجلس الوطني الكردي فؤاد عليكو إنه لا دور للأسد في مستقبل سوريا.",
    expected: ["kurdish_groups assad_role must_go"],
  },
  {
    why: "the self-administration, a body, sets terms on attending",
    text: "وأكدت الإدارة الذاتية أنها لن تشارك في جنيف إلا بوفد مستقل.",
    expected: ["kurdish_groups geneva2_preconditions conditional"],
  },
]);

caseTable("the author of a paper or a column is no party", [
  {
    why: "«ويدعو معدّ الورقة …»: the author's advice to governments is no one's position here",
    text: "ويدعو معد الورقة الحكومات الأوروبية إلى التخلي عن رحيل الأسد كشرط مسبق.",
    expected: [],
  },
]);

caseTable("a threatening participle after a comma agrees with the subject of the clause before", [
  {
    why: "«وأمهل الائتلاف المنظمة …، مهدداً بعدم الذهاب ما لم …»",
    text: "وأمهل الائتلاف المنظمة الدولية حتى مساء الاثنين، مهدداً بعدم الذهاب إلى مونترو ما لم تسحب الدعوة الموجهة إلى طهران.",
    expected: ["national_coalition geneva2_preconditions conditional", "national_coalition iran_participation oppose"],
  },
  {
    why: "the subject of the clause a paper reports, not the paper",
    text: "وذكرت الصحيفة أن الائتلاف أمهل المنظمة الدولية حتى مساء الاثنين، مهدداً بعدم الذهاب إلى مونترو ما لم تسحب الدعوة الموجهة إلى طهران.",
    expected: ["national_coalition geneva2_preconditions conditional", "national_coalition iran_participation oppose"],
  },
  {
    why: "«مشترطاً» after the reported clause of the one speaking",
    text: "وقال رئيس الائتلاف أحمد الجربا إن الائتلاف لن يذهب إلى جنيف، مشترطاً رحيل الأسد قبل أي تفاوض.",
    expected: ["national_coalition assad_role must_go", "national_coalition geneva2_preconditions conditional"],
  },
  {
    why: "«وأن …» opening a second report: a speaker named after it holds nothing before it",
    text: "وتشير الافتتاحية إلى أن الائتلاف أمهل المنظمة الدولية حتى المساء، مهدداً بعدم الذهاب إلى مونترو ما لم تسحب الدعوة، وأن الخارجية الأميركية ضغطت بدورها لسحبها، بعدما قالت المتحدثة باسمها جين ساكي إن على إيران أن تقبل بيان جنيف.",
    expected: ["national_coalition geneva2_preconditions conditional", "usa iran_participation conditional"],
  },
]);

caseTable("a warning before «أن» and the harm said after are one judgement", [
  {
    why: "«، محذراً من أن رحيل الأسد سيغرق البلاد في الفوضى»",
    text: "وقال وزير الخارجية الروسي سيرغي لافروف إن الوضع خطير، محذراً من أن رحيل الأسد سيغرق البلاد في الفوضى.",
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "«وحذرت X من أن …»: the verb apart from its «من», as before",
    text: "وحذرت المتحدثة باسم الخارجية الروسية ماريا زاخاروفا من أن رحيل الأسد سيغرق البلاد في الفوضى.",
    expected: ["russia assad_role may_stay"],
  },
]);

caseTable("his leading the country's future, a future seen without him, and waiting long", [
  {
    why: "«لا يمكن أن يقود مستقبل سورية»",
    text: "وقال وزير الخارجية الأمريكي جون كيري إن واشنطن ما زالت ترى أن الأسد لا يمكن أن يقود مستقبل سورية.",
    expected: ["usa assad_role must_go"],
  },
  {
    why: "«لا يستطيع أن يقود المرحلة الانتقالية»",
    text: "وقال وزير الخارجية الأمريكي جون كيري إن الأسد لا يستطيع أن يقود المرحلة الانتقالية.",
    expected: ["usa assad_role must_go"],
  },
  {
    why: "not negated: able to lead is no position here",
    text: "وقال وزير الخارجية الروسي سيرغي لافروف إن الأسد يستطيع أن يقود سوريا.",
    expected: [],
  },
  {
    why: "«لا ترى مستقبلاً لسوريا يكون فيه الأسد في السلطة»",
    text: "وقال نائب المتحدث باسم الخارجية الأمريكية مارك تونر إن بلاده لا ترى مستقبلا لسوريا يكون فيه الأسد في السلطة.",
    expected: ["usa assad_role must_go"],
  },
  {
    why: "«من كان ينتظر رحيل الأسد … فعليه أن ينتظر طويلاً»",
    text: "وقال وزير الإعلام السوري عمران الزعبي إن من كان ينتظر رحيل الرئيس الأسد في جنيف فعليه أن ينتظر طويلا.",
    expected: ["syrian_government assad_role may_stay"],
  },
]);

// Kinds read off the misses of an interview round (r147; sentences written for the purpose).
caseTable("accepted only after, and a condition past «إلا»", [
  {
    why: "«لم نقبل بحضور إيران إلا بعد أن …»: accepted only on terms",
    text: "وقال وزير الخارجية السعودي عادل الجبير: لم نقبل بحضور إيران إلا بعد أن أبلغنا الجميع أن مشاركتها مرهونة بأن تقبل بمبادئ جنيف الأول.",
    expected: ["saudi_arabia iran_participation conditional"],
  },
  {
    why: "«لن تقبل بحضور إيران إلا بعد أن تسحب قواتها»",
    text: "وقال وزير الخارجية السعودي عادل الجبير إن الرياض لن تقبل بحضور إيران إلا بعد أن تسحب قواتها من سوريا.",
    expected: ["saudi_arabia iran_participation conditional"],
  },
  {
    why: "«لن يحضر إلا إذا كان المؤتمر مخصصاً لتسليم السلطة»: the handing over is the condition, not refused",
    text: "وقال رئيس الائتلاف أحمد الجربا إن الائتلاف لن يحضر إلا إذا كان المؤتمر مخصصاً لتسليم السلطة.",
    expected: ["national_coalition geneva2_preconditions conditional"],
  },
  {
    why: "«لن نذهب إلى جنيف لتسليم السلطة» still keeps him",
    text: "وقال وزير الخارجية السوري وليد المعلم إننا لن نذهب إلى جنيف لتسليم السلطة.",
    expected: ["syrian_government assad_role may_stay"],
  },
]);

caseTable("a pronoun subject goes back to the party the sentence opens on", [
  {
    why: "«وعن السعودية، رأى X أنها …، لأنها تشترط …»",
    text: "وعن المملكة العربية السعودية، رأى الأمين العام لحزب الله حسن نصرالله أنها هي من يعطل جنيف-2 حتى الآن، لأنها تشترط رحيل الأسد قبل انعقاد أي مؤتمر.",
    expected: ["saudi_arabia assad_role must_go", "saudi_arabia geneva2_preconditions conditional"],
  },
  {
    why: "unnamed sources: «وعن السعودية، تقول مصادر إنها تشترط …»",
    text: "وعن السعودية، تقول مصادر دبلوماسية إنها تشترط رحيل الأسد قبل أي مفاوضات.",
    expected: ["saudi_arabia assad_role must_go", "saudi_arabia geneva2_preconditions conditional"],
  },
  {
    why: "the speaker's own party named in his clause: his",
    text: "وعن السعودية، قال الأمين العام لحزب الله حسن نصرالله إن حزب الله يرفض أي شروط مسبقة.",
    expected: ["hezbollah geneva2_preconditions unconditional"],
  },
]);
