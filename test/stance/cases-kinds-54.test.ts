// Kinds mended in the fifty-fourth probe, each a row here, with guards:
// - an aside between commas on what is judged, between it and the predicate judging it, in the Iran pass too
//   («إن "عدم دعوة إيران، وهي لاعب أساسي في المنطقة، سيحول المؤتمر إلى مهزلة"»), as the composed cues read it;
// - a position the next sentence takes up with «وهو ما ترفضه …» when an aside on it stands between it and its
//   sentence's end (the clause it closes runs on past the aside);
// - a second object of the verb governing a cue, «وعن», «وعلى», «وإلى» («دعا إلى الامتناع عن وضع أي شروط مسبقة وعن فرض
//   نتائج المفاوضات»): not crossed on the way to a rejecting predicate (cues.json rejectedAfter), and a negation
//   opening it («حث الأطراف على عدم وضع شروط مسبقة وعلى عدم التصعيد») no predicate denying the cue before it;
// - her invitation itself judged wrong in a clause a verb of stressing reports («أكد أن دعوة إيران خطأ فادح»), as after
//   «قال إن»;
// - Iran welcomed by name at the talks («نرحب بإيران في جنيف», «أهلاً بإيران في جنيف إذا سحبت مقاتليها»), «أهلاً
//   (وسهلاً) بـ» among the words of welcoming her (cues.json iran.supportTriggers);
// - «لسنا معنيين بمصير الأسد», «لا يعنينا مصير الأسد»: his fate none of the speaker's concern (neutral,
//   assad.fate-not-our-business);
// - a label's speaker with an adverb of again or in turn, or a comma, before the note of where he said it («لافروف
//   مجدداً، في مقابلة مع قناة «روسيا اليوم»:», «لافروف، في مقابلة مع قناة الميادين:», «لافروف مجدداً:»);
// - whoever goes to Geneva to do anything with his going but take part («من ذهب إلى جنيف ليأخذ استقالة الرئيس الأسد»),
//   and the predicates that judge such a one: going to an illusion, coming back empty-handed («ذهب إلى الوهم»,
//   «سيعود خائباً»), cutting the way to the talks («إنما يقطع الطريق على المؤتمر»): may_stay (and unconditional for a
//   condition so judged);
// - his staying or going none of the speaker's concern, the verb first or after («لا يعنينا بقاء الأسد أو رحيله»,
//   «بقاء الأسد أو رحيله أمر لا يعنينا», «أما مسألة بقاء الرئيس أو رحيله فهي أمر ثانوي»), and who rules Syria not his
//   business («لا تتدخل في مسألة من يحكم سوريا», «من يحكم سوريا ليس من شأننا»): neutral (not «ليس من شأن إيران»,
//   another told to keep out);
// - a person known only by nationality and an office of two words: «وزير الدفاع الإسرائيلي», «رئيس الحكومة التركية»,
//   «رئيس الدبلوماسية الفرنسية» (actors.json officials);
// - «إذا كانت إيران تريد الجلوس إلى الطاولة فعليها أولاً أن …»: her name between «كانت» and the verb of wanting
//   (iran.wants-then-must);
// - a decision that she be or take part («قررنا أن تكون إيران على الطاولة»): a word of wanting her there; so is doing
//   all one can for it («تبذل كل ما في وسعها لإشراك إيران»);
// - a reported clause whose subject is a list joined by «و» («إن السعودية وقطر تبذلان جهوداً لإبعاد إيران»): the
//   predicate is looked for after the whole list, and each name holds it;
// - «برئاسة الأسد» (headed by him) and «يقودها/يقوده» among the words of his role (compose.assad.role): «المرحلة
//   الانتقالية لا يمكن أن تكون برئاسة بشار الأسد» (not «رئاسة حكومة الأسد», another heading his government);
// - Iran «inside» the talks, as «in» them: «من الأفضل أن تكون إيران داخل قاعة جنيف لا خارجها»;
// - «محاولة لنسف المفاوضات», «محاولات لإفشال …» among the rejecting predicates, as «وصفة لإفشال …» (rejectedAfter);
// - her taking part let in, then taken up after «لكن» as hanging on terms («لا تعترض على مشاركة إيران … من حيث المبدأ،
//   لكنها ترى أن ذلك مرهون بسحب …», «ولكن هذا مشروط بـ…»): conditional, past six words and the verb of viewing.
import { caseTable, type Case } from "./case-table";

const T = "جنيف 2: مواقف\n\n";

const CASES: Case[] = [
  {
    why: "«إن عدم دعوة إيران، وهي لاعب أساسي …، سيحول المؤتمر إلى مهزلة»: past the aside, her not being invited judged",
    text: `${T}وقال وزير الخارجية الروسي سيرغي لافروف إن «عدم دعوة إيران، وهي لاعب أساسي في المنطقة، سيحول المؤتمر إلى مهزلة».`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "«… سيحول المؤتمر إلى مهزلة. وهو ما ترفضه واشنطن والرياض»: the next sentence takes it up past the aside",
    text: `${T}وقال وزير الخارجية الروسي سيرغي لافروف إن «عدم دعوة إيران، وهي لاعب أساسي في المنطقة، سيحول المؤتمر إلى مهزلة». وهو ما ترفضه واشنطن والرياض حتى الآن.`,
    expected: ["russia iran_participation support", "saudi_arabia iran_participation oppose", "usa iran_participation oppose"],
  },
  {
    why: "guard: the same without the aside",
    text: `${T}وقال وزير الخارجية الروسي سيرغي لافروف إن «عدم دعوة إيران سيحول المؤتمر إلى مهزلة». وهو ما ترفضه واشنطن والرياض حتى الآن.`,
    expected: ["russia iran_participation support", "saudi_arabia iran_participation oppose", "usa iran_participation oppose"],
  },
  {
    why: "«استبعاد إيران، وهي دولة محورية في المنطقة، خطأ كبير»: her exclusion judged past an aside",
    text: `${T}وقال وزير الخارجية الروسي سيرغي لافروف إن «استبعاد إيران، وهي دولة محورية في المنطقة، خطأ كبير».`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "«توجيه الدعوة إلى إيران، وهي شريكة في قتل السوريين، خطأ فادح»: the act of inviting her judged past an aside",
    text: `${T}وأكد وزير الخارجية السعودي سعود الفيصل أن توجيه الدعوة إلى إيران، وهي شريكة في قتل السوريين، خطأ فادح.`,
    expected: ["saudi_arabia iran_participation oppose"],
  },
  {
    why: "«أكد أن دعوة إيران خطأ فادح»: her invitation judged wrong in the clause «أكد أن» reports",
    text: `${T}وأكد وزير الخارجية السعودي سعود الفيصل أن دعوة إيران خطأ فادح.`,
    expected: ["saudi_arabia iran_participation oppose"],
  },
  {
    why: "«أكد أن دعوة إيران، وهي شريكة في قتل السوريين، خطأ فادح»",
    text: `${T}وأكد وزير الخارجية السعودي سعود الفيصل أن دعوة إيران، وهي شريكة في قتل السوريين، خطأ فادح.`,
    expected: ["saudi_arabia iran_participation oppose"],
  },
  {
    why: "guard: «أكد أن دعوة إيران خطوة صحيحة» wants her there",
    text: `${T}وأكد وزير الخارجية الروسي سيرغي لافروف أن دعوة إيران خطوة صحيحة.`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "guard: «أكد أن عدم دعوة إيران خطأ» wants her there",
    text: `${T}وأكد وزير الخارجية الروسي سيرغي لافروف أن عدم دعوة إيران خطأ.`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "«دعا إلى الامتناع عن وضع أي شروط مسبقة وعن فرض نتائج المفاوضات»: the second object is no predicate",
    text: `${T}ودعا وزير الخارجية الروسي سيرغي لافروف جميع المشاركين إلى «الامتناع عن وضع أي شروط مسبقة» وعن «فرض نتائج المفاوضات من الخارج».`,
    expected: ["russia geneva2_preconditions unconditional"],
  },
  {
    why: "«حث الأطراف على عدم وضع شروط مسبقة وعلى عدم استباق نتائج المفاوضات»",
    text: `${T}وحث وزير الخارجية الأمريكي جون كيري الأطراف على عدم وضع شروط مسبقة وعلى عدم استباق نتائج المفاوضات.`,
    expected: ["usa geneva2_preconditions unconditional"],
  },
  {
    why: "«حث الأطراف على عدم وضع شروط مسبقة وعلى عدم التصعيد»: the second object's negation denies nothing before it",
    text: `${T}وحث وزير الخارجية الأمريكي جون كيري الأطراف على عدم وضع شروط مسبقة وعلى عدم التصعيد الميداني.`,
    expected: ["usa geneva2_preconditions unconditional"],
  },
  {
    why: "guard: «شرط وقف إطلاق النار لم يطرح» is still no one's condition",
    text: `${T}وقال وزير الخارجية الأمريكي جون كيري إن شرط وقف إطلاق النار لم يطرح.`,
    expected: [],
  },
  {
    why: "guard: «وضع شروط مسبقة استباق لنتائج المفاوضات» is still a rejecting predicate",
    text: `${T}وقال وزير الخارجية الروسي سيرغي لافروف إن وضع شروط مسبقة استباق لنتائج المفاوضات.`,
    expected: ["russia geneva2_preconditions unconditional"],
  },
  {
    why: "«نرحب بإيران في جنيف»: Iran welcomed by name at the talks",
    text: `${T}وقال وزير الخارجية الروسي سيرغي لافروف: «نرحب بإيران في جنيف».`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "«أهلاً بإيران في جنيف إذا سحبت مقاتليها»: welcomed on a condition",
    text: `${T}وقال وزير الخارجية القطري خالد العطية: «أهلاً بإيران في جنيف إذا سحبت مقاتليها من سوريا».`,
    expected: ["qatar iran_participation conditional"],
  },
  {
    why: "«أهلاً وسهلاً بمشاركة إيران»",
    text: `${T}وقال وزير الخارجية الروسي سيرغي لافروف: «أهلاً وسهلاً بمشاركة إيران في المؤتمر».`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "«لا أهلاً بإيران في جنيف»: negated, she is not welcome",
    text: `${T}وقال وزير الخارجية السعودي سعود الفيصل: «لا أهلاً بإيران في جنيف».`,
    expected: ["saudi_arabia iran_participation oppose"],
  },
  {
    why: "guard: «أهلاً بإيران» with no talks named says nothing of her seat",
    text: `${T}وقال وزير الخارجية الروسي سيرغي لافروف: «أهلاً بإيران».`,
    expected: [],
  },
  {
    why: "«لسنا معنيين بمصير الأسد كشخص»: none of Moscow's concern",
    text: `${T}وقال وزير الخارجية الروسي سيرغي لافروف: «لسنا معنيين بمصير الأسد كشخص، ما يعنينا هو مصير سوريا ووحدتها».`,
    expected: ["russia assad_role neutral"],
  },
  {
    why: "«لا يعنينا مصير الأسد»",
    text: `${T}وقال وزير الخارجية الروسي سيرغي لافروف: «لا يعنينا مصير الأسد».`,
    expected: ["russia assad_role neutral"],
  },
  {
    why: "a live blog's «لافروف مجدداً، في مقابلة مع قناة «روسيا اليوم»: «…»»: he speaks",
    text: `${T}15:40 - وزير الخارجية الروسي سيرغي لافروف مجددا، في مقابلة مع قناة «روسيا اليوم»: «لسنا معنيين بمصير الأسد».`,
    expected: ["russia assad_role neutral"],
  },
  {
    why: "«لافروف، في مقابلة مع قناة الميادين: «…»»: the comma before the note",
    text: `${T}15:40 - وزير الخارجية الروسي سيرغي لافروف، في مقابلة مع قناة الميادين: «لا شروط مسبقة للمفاوضات».`,
    expected: ["russia geneva2_preconditions unconditional"],
  },
  {
    why: "«لافروف مجدداً: «…»»: the adverb alone",
    text: `${T}وزير الخارجية الروسي سيرغي لافروف مجددا: «لا شروط مسبقة للمفاوضات».`,
    expected: ["russia geneva2_preconditions unconditional"],
  },
  {
    why: "«من يذهب إلى جنيف ليطالب برحيل الرئيس الأسد سيعود خائباً»",
    text: `${T}وقال رئيس كتلة الوفاء للمقاومة النائب محمد رعد إن «من يذهب إلى جنيف ليطالب برحيل الرئيس الأسد سيعود خائباً».`,
    expected: ["hezbollah assad_role may_stay"],
  },
  {
    why: "«من ذهب إلى جنيف ليأخذ استقالة الرئيس الأسد ذهب إلى الوهم»: may_stay, not must_go",
    text: `${T}وقال الأمين العام لحزب الله حسن نصر الله إن «من ذهب إلى جنيف ليأخذ استقالة الرئيس الأسد ذهب إلى الوهم».`,
    expected: ["hezbollah assad_role may_stay"],
  },
  {
    why: "«من يضع رحيل الرئيس الأسد شرطاً للذهاب إلى جنيف إنما يقطع الطريق على المؤتمر»",
    text: `${T}وقال نائب الأمين العام لحزب الله الشيخ نعيم قاسم إن «من يضع رحيل الرئيس الأسد شرطاً للذهاب إلى جنيف إنما يقطع الطريق على المؤتمر».`,
    expected: ["hezbollah assad_role may_stay", "hezbollah geneva2_preconditions unconditional"],
  },
  {
    why: "guard: «رحيل الأسد يقطع الطريق على الإرهاب» is no judgement of his going",
    text: `${T}وقال وزير الخارجية الأمريكي جون كيري إن رحيل الأسد يقطع الطريق على الإرهاب.`,
    expected: ["usa assad_role must_go"],
  },
  {
    why: "«بقاء الأسد أو رحيله أمر لا يعنينا»",
    text: `${T}وقال رئيس حزب الاتحاد الديمقراطي صالح مسلم إن «بقاء الأسد أو رحيله أمر لا يعنينا».`,
    expected: ["kurdish_groups assad_role neutral"],
  },
  {
    why: "«أما مسألة بقاء الرئيس أو رحيله فهي أمر ثانوي يقرره السوريون»",
    text: `${T}وقال وزير الخارجية الأردني ناصر جودة: «أما مسألة بقاء الرئيس أو رحيله فهي أمر ثانوي يقرره السوريون».`,
    expected: ["jordan assad_role neutral"],
  },
  {
    why: "«وزير الدفاع الإسرائيلي …: إسرائيل لا تتدخل في مسألة من يحكم سوريا، ولا يعنينا بقاء الأسد أو رحيله»",
    text: `${T}وقال وزير الدفاع الإسرائيلي موشيه يعلون: «إسرائيل لا تتدخل في مسألة من يحكم سوريا، ولا يعنينا بقاء الأسد أو رحيله».`,
    expected: ["israel assad_role neutral"],
  },
  {
    why: "«من يحكم سوريا ليس من شأننا»",
    text: `${T}وقالت وزيرة الخارجية السويدية مارغوت فالستروم: «من يحكم سوريا ليس من شأننا، ما يعنينا هو أن تتوقف الحرب».`,
    expected: ["sweden assad_role neutral"],
  },
  {
    why: "guard: «من يحكم سوريا ليس من شأن السوريين وحدهم» is not neutral",
    text: `${T}وقال وزير الخارجية الأمريكي جون كيري: «من يحكم سوريا ليس من شأن السوريين وحدهم».`,
    expected: [],
  },
  {
    why: "«وزير الدفاع الأمريكي تشاك هاغل»: a person known by nationality and a two-word office",
    text: `${T}وقال وزير الدفاع الأمريكي تشاك هاغل إن بلاده ترفض مشاركة إيران في المؤتمر.`,
    expected: ["usa iran_participation oppose"],
  },
  {
    why: "«رئيس الدبلوماسية الفرنسية لوران فابيوس»",
    text: `${T}وقال رئيس الدبلوماسية الفرنسية لوران فابيوس إن الأسد لا مكان له في مستقبل سوريا.`,
    expected: ["france assad_role must_go"],
  },
  {
    why: "«إذا كانت إيران تريد الجلوس إلى الطاولة فعليها أولاً أن تسحب مقاتليها»",
    text: `${T}وأضاف وزير الخارجية التركي أحمد داود أوغلو أن تركيا «لا تعترض على حضور أي دولة إلى جنيف»، لكن «إذا كانت إيران تريد الجلوس إلى الطاولة فعليها أولاً أن تسحب مقاتليها ومقاتلي حزب الله».`,
    expected: ["turkey iran_participation conditional"],
  },
  {
    why: "«قررنا أن تكون إيران على الطاولة في فيينا»",
    text: `${T}وقال وزير الخارجية الأمريكي جون كيري: «قررنا أن تكون إيران على الطاولة في فيينا».`,
    expected: ["usa iran_participation support"],
  },
  {
    why: "«ستبذل كل ما في وسعها لإشراك إيران في المؤتمر»",
    text: `${T}وقال وزير الخارجية الروسي سيرغي لافروف إن روسيا ستبذل كل ما في وسعها لإشراك إيران في المؤتمر.`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "«إن السعودية وقطر تبذلان كل ما في وسعهما لإبعاد إيران عن المؤتمر»: both hold it",
    text: `${T}وقال مستشار المرشد الإيراني علي أكبر ولايتي إن «السعودية وقطر تبذلان كل ما في وسعهما لإبعاد إيران عن المؤتمر».`,
    expected: ["qatar iran_participation oppose", "saudi_arabia iran_participation oppose"],
  },
  {
    why: "«إن السعودية وقطر تعملان على إبعاد إيران عن المؤتمر»",
    text: `${T}وقال مستشار المرشد الإيراني علي أكبر ولايتي إن «السعودية وقطر تعملان على إبعاد إيران عن المؤتمر».`,
    expected: ["qatar iran_participation oppose", "saudi_arabia iran_participation oppose"],
  },
  {
    why: "«المرحلة الانتقالية التي نريدها لا يمكن أن تكون برئاسة بشار الأسد»",
    text: `${T}وقال المعارض هيثم مناع من هيئة التنسيق الوطنية إن «المرحلة الانتقالية التي نريدها لا يمكن أن تكون برئاسة بشار الأسد».`,
    expected: ["ncb assad_role must_go"],
  },
  {
    why: "«المرحلة الانتقالية لا يمكن أن يقودها بشار الأسد»",
    text: `${T}وقال المنسق العام لهيئة التنسيق الوطنية حسن عبد العظيم إن «المرحلة الانتقالية لا يمكن أن يقودها بشار الأسد».`,
    expected: ["ncb assad_role must_go"],
  },
  {
    why: "guard: «من رئاسة حكومة الأسد إلى رئاسة هيئة خصومه» is a career, no role of his",
    text: `${T}رياض حجاب: من رئاسة حكومة الأسد إلى رئاسة هيئة خصومه`,
    expected: [],
  },
  {
    why: "«من الأفضل أن تكون إيران داخل قاعة جنيف لا خارجها»",
    text: `${T}وقال وزير الخارجية السويدي كارل بيلت إن «من الأفضل أن تكون إيران داخل قاعة جنيف لا خارجها».`,
    expected: ["sweden iran_participation support"],
  },
  {
    why: "«وصف لافروف شروط الهيئة … بأنها محاولة لنسف المفاوضات»: the conditions judged, Moscow wants none",
    text: `${T}ووصف وزير الخارجية الروسي سيرغي لافروف شروط الهيئة العليا للمفاوضات بأنها «محاولة لنسف المفاوضات قبل أن تبدأ».`,
    expected: ["hnc geneva2_preconditions conditional", "russia geneva2_preconditions unconditional"],
  },
  {
    why: "«الشروط المسبقة محاولة لنسف المفاوضات»",
    text: `${T}وقال وزير الخارجية الروسي سيرغي لافروف إن الشروط المسبقة محاولة لنسف المفاوضات.`,
    expected: ["russia geneva2_preconditions unconditional"],
  },
  {
    why: "«لا تعترض على مشاركة إيران … من حيث المبدأ، لكنها ترى أن ذلك مرهون بسحب …»",
    text: `${T}وقال وزير الخارجية التركي أحمد داود أوغلو إن أنقرة «لا تعترض على مشاركة إيران في مؤتمر جنيف 2 من حيث المبدأ، لكنها ترى أن ذلك مرهون بسحب طهران عناصر الحرس الثوري من سوريا».`,
    expected: ["turkey iran_participation conditional"],
  },
  {
    why: "«تؤيد مشاركة إيران في المؤتمر، ولكن هذا مشروط بقبولها بيان جنيف»",
    text: `${T}وقال وزير الخارجية الروسي سيرغي لافروف إن روسيا تؤيد مشاركة إيران في المؤتمر، ولكن هذا مشروط بقبولها بيان جنيف.`,
    expected: ["russia iran_participation conditional"],
  },
];

caseTable("kinds of the fifty-fourth probe", CASES);
