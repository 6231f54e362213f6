// Kinds left open in the last session's note: whoever demands his going proved right by the speaker; a rejecting
// predicate with the object's pronoun and its own subject after it («لن تقبل به أنقرة», «ترفضه واشنطن», «لن تحظى
// بقبول تركيا»); the meeting Iran does not attend judged a failure; her taking part accepted on a condition
// («قبول إيران شريكاً مرهون بـ …»). Kinds from this session's rounds (rebuttals and denials, r205; bargaining, offers
// and ultimatums, r207): a negation opening what is guaranteed inside a condition («ما لم … بألا يكون»); a broadcast
// report denied; a dead end said of a demand; a trade refused («لن نقايض»); not insisting on his staying for life; a
// bare «بان» after «كان»; the speaker's own saying negated («لا نقول إن …»); a demand made the condition of failure;
// the accused after an accuser named by office, and a verb of position inside the charge; preventing («يمنع») as a
// rejection; when a headline's speaker spoke, before its colon. From r209 (leaks and minutes) and r211 (leaders'
// interviews): a demand's long object before «قبل بدء …»; «لا يعني أن»; the road to chaos; the outlet's own
// attribution corrected; reports a question is about; «لم نعترض»; parties agreed («متفقتان على»); «يرد X، بحسب …، بأن». From r213 (news
// briefs) and r215 (noisy copy): a re-posted handle or a brief's place before the speaker; where a body said it;
// «لم يعد يضع شروطاً»; «يتطلب أولاً أن». Recurring across the probe rounds: legitimacy granted or withdrawn only by
// the Syrians; the fate of particular persons none of one's business; every influential state needed, Iran named.
// Guard rows for the regressions a review of the session's diff found, each mended.
// Each row a sentence of general news Arabic written for this table (not taken from the seeds, the development corpus
// or the rounds).
import { caseTable, type Case } from "./case-table";

const T = "جنيف 2: مواقف\n\n";

const CASES: Case[] = [
  {
    why: "whoever demands his stepping down proved right («على حق»): the speaker holds the demand",
    text: `${T}وقال وزير الخارجية البريطاني وليام هيغ إن الذين يطالبون بتنحي الأسد على حق، فلا مستقبل له في سوريا.`,
    expected: ["uk assad_role must_go"],
  },
  {
    why: "«من يطالب برحيل الأسد محق»: the singular whoever, proved right",
    text: `${T}وقال المندوب القطري إن من يطالب برحيل الأسد محق في مطلبه.`,
    expected: ["qatar assad_role must_go"],
  },
  {
    why: "whoever demands it said not to be right (guard): no demand of the speaker's",
    text: `${T}وقال المقداد إن من يطالب برحيل الأسد ليس على حق.`,
    expected: [],
  },
  {
    why: "any settlement keeping him, refused by the party named after «لن تقبل بها»: that party's, not the reporter's",
    text: `${T}وأكد مسؤول أمريكي أن أي تسوية يبقى فيها الأسد لن تقبل بها الرياض.`,
    expected: ["saudi_arabia assad_role must_go"],
  },
  {
    why: "«لن تقبله أنقرة»: the object's pronoun on the verb, its subject after it",
    text: `${T}وقال وزير الخارجية الأمريكي جون كيري إن أي حل يبقي الأسد في السلطة لن تقبله أنقرة.`,
    expected: ["turkey assad_role must_go"],
  },
  {
    why: "«لن نقبله»: the speaker's own rejection, no subject after it",
    text: `${T}وقال المتحدث باسم الخارجية الأمريكية إن أي اتفاق يبقي الأسد في الحكم لن نقبله.`,
    expected: ["usa assad_role must_go"],
  },
  {
    why: "«ترفضه واشنطن»: a present rejecting verb with the object's pronoun turns his staying",
    text: `${T}وقال السفير الفرنسي إن أي حل يبقي الأسد في السلطة ترفضه واشنطن.`,
    expected: ["usa assad_role must_go"],
  },
  {
    why: "«لن تحظى بقبول تركيا»: the one whose acceptance it will not win holds the rejection",
    text: `${T}وقال وزير الخارجية الأمريكي جون كيري إن أي مرحلة انتقالية يبقى فيها الأسد لن تحظى بقبول تركيا.`,
    expected: ["turkey assad_role must_go"],
  },
  {
    why: "the meeting Iran does not attend, named with a relative clause and judged a failure: wants her there",
    text: `${T}وقال الناطق باسم الخارجية السعودية إن الاجتماع الذي لا تحضره إيران لن ينجح، في إشارة إلى جنيف.`,
    expected: ["saudi_arabia iran_participation support"],
  },
  {
    why: "«المؤتمر الذي لا يحضره ممثل عن إيران محكوم عليه بالفشل»: her representative absent, the same",
    text: `${T}وقال المتحدث باسم الخارجية الروسية إن المؤتمر الذي لا يحضره ممثل عن إيران محكوم عليه بالفشل.`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "the meeting she will not attend, with no judgement (guard): a fact of the meeting",
    text: `${T}وقال المتحدث باسم الخارجية الروسية إن المؤتمر الذي لن تحضره إيران سيعقد في موعده.`,
    expected: [],
  },
  {
    why: "«قبول إيران شريكاً … مرهون بسحب ميليشياتها»: her taking part accepted on a condition",
    text: `${T}وقال رئيس الائتلاف إن قبول إيران شريكا في العملية السياسية مرهون بسحب ميليشياتها من سوريا.`,
    expected: ["national_coalition iran_participation conditional"],
  },
  {
    why: "the same acceptance rejected (guard): oppose, no condition",
    text: `${T}وقال رئيس الائتلاف إن قبول إيران شريكا في العملية السياسية مرفوض.`,
    expected: ["national_coalition iran_participation oppose"],
  },
  {
    why: "«ما لم يتلق تطمينات بألا يكون للأسد أي دور»: the negation opening what is guaranteed is part of the requirement",
    text: `${T}وقال المتحدث باسم الهيئة العليا للمفاوضات إن الوفد لن يعود إلى جنيف ما لم يتلق تطمينات بألا يكون للأسد أي دور في الحكم الانتقالي.`,
    expected: ["hnc geneva2_preconditions conditional", "hnc assad_role must_go"],
  },
  {
    why: "the condition's own verb negated (guard): «إذا لم يرحل» after a refusal is his going required",
    text: `${T}وقال رئيس الائتلاف إن الائتلاف لن يشارك إذا لم يرحل الأسد.`,
    expected: ["national_coalition geneva2_preconditions conditional", "national_coalition assad_role must_go"],
  },
  {
    why: "«نفت … ما بثته قناة روسية عن أن …»: a broadcast report denied states nothing",
    text: `${T}ونفت الخارجية التركية ما بثته قناة روسية عن أن أنقرة "لم تعد تشترط رحيل الأسد".`,
    expected: [],
  },
  {
    why: "«لا يقود إلا إلى طريق مسدود»: a dead end said of the demand rejects it",
    text: `${T}وقال نائب وزير الخارجية الروسي غينادي غاتيلوف إن التمسك برحيل الأسد شرطا للحوار لا يقود إلا إلى طريق مسدود.`,
    expected: ["russia assad_role may_stay", "russia geneva2_preconditions unconditional"],
  },
  {
    why: "«لن نقايض رحيل الأسد بـ …»: refusing to trade his going away keeps it demanded",
    text: `${T}وقال رئيس الائتلاف: "لن نقايض رحيل الأسد بوقف لإطلاق النار".`,
    expected: ["national_coalition assad_role must_go"],
  },
  {
    why: "not insisting on his staying for life leaves his staying for now untouched: no position",
    text: `${T}وقال المتحدث باسم الخارجية الإيرانية: "لا نصر على بقاء الأسد مدى الحياة".`,
    expected: [],
  },
  {
    why: "not insisting on his staying in power (guard): neutral",
    text: `${T}وقال المتحدث باسم الخارجية الإيرانية: "لا نصر على بقاء الأسد في السلطة".`,
    expected: ["iran assad_role neutral"],
  },
  {
    why: "«وكان بان دعا …»: a bare «بان» as the subject of «كان» is the Secretary-General named before",
    text: `${T}رحب الأمين العام للأمم المتحدة بان كي مون بالاتفاق. وكان بان دعا في وقت سابق إلى مشاركة إيران في المؤتمر.`,
    expected: ["un iran_participation support"],
  },
  {
    why: "«لا نقول إن على الأسد أن يتنحى غداً»: the speaker's own saying negated turns what it says",
    text: `${T}وقال وزير الخارجية الفرنسي لوران فابيوس: "لا نقول إن على الأسد أن يتنحى غدا".`,
    expected: ["france assad_role may_stay"],
  },
  {
    why: "«إذا طالبنا برحيل الأسد … فلن نصل إلى أي حل»: the demand made a condition of failure rejects it",
    text: `${T}وقال وزير الخارجية البريطاني: "إذا طالبنا برحيل الأسد قبل الحوار فلن نصل إلى أي حل".`,
    expected: ["uk assad_role may_stay"],
  },
  {
    why: "the accuser named by his office before his name («الأمين العام لحزب الله حسن نصر الله»): the accused holds it",
    text: `${T}واتهم الأمين العام لحزب الله حسن نصر الله تركيا بأنها ترفض أي دور لإيران في المفاوضات.`,
    expected: ["turkey iran_participation oppose"],
  },
  {
    why: '«بأنها "تعرقل الحل، وترفض …"»: a verb of position with no subject of its own is still what she is accused of',
    text: `${T}واتهم المندوب الإيراني الولايات المتحدة بأنها "تعرقل الحل، وترفض أي مشاركة إيرانية في جنيف".`,
    expected: ["usa iran_participation oppose"],
  },
  {
    why: "«…، وترفض روسيا أي شروط»: a verb with a subject of its own after the accusation is that subject's",
    text: `${T}واتهم نصر الله السعودية بتعطيل التسوية، وترفض روسيا أي شروط مسبقة.`,
    expected: ["russia geneva2_preconditions unconditional"],
  },
  {
    why: "«بدعم الإرهاب، وبرفض بقاء الرئيس الأسد» (guard): a second charge joined by «و» is still the accused's",
    text: `${T}واتهم المعلم قطر بدعم الإرهاب، وبرفض بقاء الرئيس الأسد.`,
    expected: ["qatar assad_role must_go"],
  },
  {
    why: "«لا يرى ما يمنع ترشحه»: nothing preventing his candidacy keeps him (preventing is a rejection, negated)",
    text: `${T}وقال المعلم إن الرئيس الأسد لا يرى ما يمنع ترشحه لولاية جديدة.`,
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: "«طالب بمنع إيران من المشاركة»: preventing her taking part demanded is oppose",
    text: `${T}وطالب الائتلاف بمنع إيران من المشاركة في المؤتمر.`,
    expected: ["national_coalition iran_participation oppose"],
  },
  {
    why: "«لا شيء يمنع مشاركة إيران»: nothing preventing it wants her there",
    text: `${T}وقالت الخارجية الروسية إنه لا شيء يمنع مشاركة إيران في المؤتمر.`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "«عاجل: X قبيل دخوله الاجتماع: …»: when he spoke between the speaker and the colon",
    text: `${T}عاجل: وزير الخارجية الفرنسي لوران فابيوس قبيل دخوله الاجتماع: "على الأسد أن يرحل".`,
    expected: ["france assad_role must_go"],
  },
  {
    why: "«مصير الأسد بعد التدخل الروسي: …» (guard): a title on him, no time of his own speaking",
    text: `${T}الغرب ومصير الأسد بعد التدخل الروسي: من الرحيل الفوري إلى الانتقال المدار`,
    expected: [],
  },
  {
    why: "demanded before any negotiating process, a dozen words of demands between the verb and «قبل»",
    text: `${T}وتطالب الهيئة العليا للمفاوضات بوقف الغارات الجوية على الأحياء السكنية وفك الحصار عن البلدات قبل الدخول في أي عملية تفاوضية.`,
    expected: ["hnc geneva2_preconditions conditional"],
  },
  {
    why: "«هذا لا يعني أن على الأسد أن يتنحى قبل …»: what something does not mean turns what follows",
    text: `${T}وقال وزير الخارجية البريطاني: "هذا لا يعني أن على الأسد أن يتنحى قبل بدء المرحلة الانتقالية".`,
    expected: ["uk assad_role may_stay"],
  },
  {
    why: "«طريق مباشر إلى الفوضى»: the road to chaos said of his going as a precondition rejects it",
    text: `${T}وقال وزير الخارجية الروسي سيرغي لافروف إن جعل رحيل الأسد شرطا مسبقا طريق مباشر إلى الفوضى.`,
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "«نسبنا فيه إلى … قوله إن …»: what the outlet says it attributed in its own item is a correction, no position",
    text: `${T}نشرنا أمس خبرا عن المؤتمر الصحفي، نسبنا فيه إلى رئيس الائتلاف قوله إن الائتلاف "لن يشارك قبل رحيل الأسد".`,
    expected: [],
  },
  {
    why: "reports a question is about («سأل … عن تقارير تحدثت عن … وعن أن …»): put to the one asked, no position",
    text: `${T}وسأل المحاور وزير الخارجية التركي عن تقارير تحدثت عن تغيير في موقف بلاده، وعن أن أنقرة "باتت تقبل ببقاء الأسد خلال المرحلة الانتقالية"، فرد بأن ذلك غير صحيح.`,
    expected: [],
  },
  {
    why: "«لم نعترض على حضور إيران»: no objection of the speaker's own wants her there",
    text: `${T}وقال وزير الخارجية البريطاني: "لم نعترض على حضور إيران إلى المؤتمر".`,
    expected: ["uk iran_participation support"],
  },
  {
    why: "«لندن وباريس متفقتان على ألا يكون …»: the parties agreed, named inside the quotation, hold it",
    text: `${T}وقال وزير الخارجية الأمريكي جون كيري إن «لندن وباريس متفقتان على ألا يكون للأسد أي دور في المرحلة الانتقالية».`,
    expected: ["france assad_role must_go", "uk assad_role must_go"],
  },
  {
    why: "«ويرد X، بحسب المحضر، بأن …»: the source named between the verb of answering and «بأن»",
    text: `${T}ويرد وزير الخارجية الفرنسي، بحسب المحضر، بأن «فرنسا ملتزمة بألا يكون للأسد دور في مستقبل سوريا».`,
    expected: ["france assad_role must_go"],
  },
  {
    why: "«RT @handle: X في المؤتمر الصحفي: …»: a re-posted account's handle is a lead, not the speaker",
    text: `${T}RT @NewsDesk_Ar: وزير الخارجية البريطاني وليام هيغ في المؤتمر الصحفي: "لا مكان للأسد في مستقبل سوريا"`,
    expected: ["uk assad_role must_go"],
  },
  {
    why: "an account's own post (guard): the handle names no party",
    text: `${T}@mohammad_85: الأسد باق في السلطة ولن يرحل`,
    expected: [],
  },
  {
    why: "«عاجل | المجموعة في بيانها الختامي: …»: where it said it, between the speaker and the colon",
    text: `${T}عاجل | مجموعة أصدقاء سوريا في بيانها الختامي: الأسد لن يكون له أي دور في الحكومة الانتقالية`,
    expected: ["friends_of_syria assad_role must_go"],
  },
  {
    why: "«لم يعد يضع شروطاً مسبقة»: no longer setting conditions is going without them",
    text: `${T}وقال المتحدث باسم الائتلاف إن الائتلاف لم يعد يضع شروطا مسبقة للحضور.`,
    expected: ["national_coalition geneva2_preconditions unconditional"],
  },
  {
    why: "«أي حديث عن مشاركة إيران … يتطلب أولاً أن تسحب قواتها»: what her taking part requires is its condition",
    text: `${T}وقال وزير الخارجية السعودي إن أي حديث عن مشاركة إيران في المؤتمر يتطلب أولا أن تسحب قواتها من سوريا.`,
    expected: ["saudi_arabia iran_participation conditional"],
  },
  {
    why: "«- جنيف | X: …»: a brief's place before «|», after a bullet, then the speaker and his colon",
    text: `${T}- جنيف | رئيس الوفد الحكومي بشار الجعفري: جئنا إلى جنيف دون شروط مسبقة`,
    expected: ["syrian_government geneva2_preconditions unconditional"],
  },
  {
    why: "«قبول مشاركتها … رهن بسحب قواتها»: her pronoun, she named before, and a predicate of being conditioned",
    text: `${T}وقال وزير الخارجية السعودي إن الرياض ستختبر جدية إيران، وإن قبول مشاركتها في أي تسوية "رهن بسحب قواتها من سوريا".`,
    expected: ["saudi_arabia iran_participation conditional"],
  },
  {
    why: "no one may grant legitimacy to him or withdraw it from him but the Syrians: said against demands, it keeps him",
    text: `${T}وقال وزير الخارجية السوري وليد المعلم إنه لا أحد يملك الحق في منح الشرعية لرئيس سوريا أو سحبها منه إلا الشعب السوري.`,
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: "«غير معنية بمصير أشخاص بعينهم»: the fate of particular persons none of its business is neutral",
    text: `${T}وقالت الخارجية الروسية إن موسكو غير معنية بمصير أشخاص بعينهم في سوريا.`,
    expected: ["russia assad_role neutral"],
  },
  {
    why: "«مصير الأسد ليس موضوعاً تنشغل به روسيا»: not a matter it is concerned with",
    text: `${T}وقالت المتحدثة باسم الخارجية الروسية إن مصير الأسد ليس موضوعا تنشغل به روسيا.`,
    expected: ["russia assad_role neutral"],
  },
  {
    why: "every influential state's taking part needed, Iran named among them, is support",
    text: `${T}وقالت الخارجية الفرنسية إن نجاح المفاوضات يتطلب مشاركة جميع الدول المؤثرة، ومنها إيران.`,
    expected: ["france iran_participation support"],
  },
  {
    why: "their taking part only discussed (guard): no must or need, no position",
    text: `${T}وناقش الوزيران مشاركة جميع الدول بما فيها إيران.`,
    expected: [],
  },
  {
    why: "reports a question is about, then the answer (guard): «فأجاب بأن …» is the one asked speaking",
    text: `${T}وسئل كيري عن تقارير تتحدث عن قبول واشنطن ببقاء الأسد، فأجاب بأن الأسد يجب أن يرحل.`,
    expected: ["usa assad_role must_go"],
  },
  {
    why: "what the outlet recalls having reported («ذكرنا فيها أن …», guard): no correction, the position stands",
    text: `${T}وفي مقابلة أجريناها مع الجربا ذكرنا فيها أن الائتلاف يرفض مشاركة إيران بشكل قاطع.`,
    expected: ["national_coalition iran_participation oppose"],
  },
  {
    why: "«يقطع الطريق إلى الفوضى» (guard): the road to chaos blocked is no rejection of his going",
    text: `${T}وقال وزير الخارجية التركي أحمد داود أوغلو إن رحيل الأسد يقطع الطريق إلى الفوضى.`,
    expected: ["turkey assad_role must_go"],
  },
  {
    why: "the meeting without Iran said not to fail (guard): no support for her seat",
    text: `${T}وقال وزير الخارجية السعودي عادل الجبير إن المؤتمر الذي لا تشارك فيه إيران لن يفشل.`,
    expected: [],
  },
  {
    why: "«يخطئ وروسيا على حق» (guard): another subject proved right is no approval of whoever demands it",
    text: `${T}وقال لافروف إن من يطالب برحيل الأسد يخطئ وروسيا على حق.`,
    expected: [],
  },
  {
    why: "«بعدم قصف المدن وبالاتفاق على رحيل الأسد» (guard): the negation of another item of the list",
    text: `${T}وقال الجربا إن الائتلاف سيشارك إذا التزم النظام بعدم قصف المدن وبالاتفاق على رحيل الأسد.`,
    expected: ["national_coalition geneva2_preconditions conditional", "national_coalition assad_role must_go"],
  },
  {
    why: "«لم تعد تضع شروطاً على مشاركة إيران» (guard): conditions on her seat, none on the talks",
    text: `${T}وقال كيري إن واشنطن لم تعد تضع شروطاً على مشاركة إيران في المؤتمر.`,
    expected: [],
  },
  {
    why: "«تتطلب أن توجه إليها الأمم المتحدة دعوة» (guard): a procedure, nothing she must do",
    text: `${T}وقال فابيوس إن مشاركة إيران في المؤتمر تتطلب أن توجه إليها الأمم المتحدة دعوة رسمية.`,
    expected: [],
  },
  {
    why: "a broadcast denied, then «، وأكدت أن …» (guard): the denier's own words again",
    text: `${T}ونفت الخارجية السعودية ما بثه التلفزيون السوري، وأكدت أن رحيل الأسد شرط لأي حل.`,
    expected: ["saudi_arabia assad_role must_go"],
  },
];

caseTable("Rebuttals and bargaining: whoever proved right, rejections with their own subject, a meeting without Iran", CASES);
