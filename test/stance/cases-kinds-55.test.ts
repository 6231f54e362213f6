// Kinds mended in the fifty-fifth probe, each a row here, with guards:
// - «بقراره»/«بقرارها» (by his decision), as «بإعلانه», among the stance words a holder is found by
//   (attribution.json stanceWords: «فاجأ بان كي مون الجميع بقراره توجيه دعوة إلى إيران»; not «في قرارة أنفسهم»,
//   nor «قرارها» without «بـ», the object of another verb);
// - a demand for his departure named by a definite verbal noun with no owner («المطالبة برحيل الأسد كشرط لبدء
//   المفاوضات أمر غير واقعي»): the one judging it rejects the precondition too (unconditional), as with «اشتراط»;
//   not a demand whose owner is named («مطالبة المعارضة برحيل الأسد …»: the owner's condition);
// - among the rejecting predicates (cues.json rejectedAfter): «لم تكن واقعية (يوماً)», as «لم تعد واقعية», and «لا
//   علاقة لها ببيان جنيف / بما وقعناه / بالواقع» (the demand said to have nothing to do with the reference it claims);
// - «قول» with its owner and a bare «إن» («ورد المعلم على قول كيري إن الأسد لن يكون جزءاً …»): what the owner said,
//   as with «تصريحات كيري بأن», not the words of the one answering;
// - a phrase cue judged past an aside between commas («المطالبة برحيل الرئيس الأسد، وهو رئيس منتخب، شرط غير مقبول»),
//   as the composed cues and the Iran pass read it; not past a clause closed and a participle of saying opening the
//   next («…، وهي دولة أساسية في المنطقة"، متهماً السعودية بأنها "تعطل التسوية"»);
// - among the rejecting predicates: «انفصال تام عن الواقع», «ذريعة لإفشال …» (not what something is turned into:
//   «ترفض أن تتحول الشروط إلى ذريعة لتعطيله»); «ولا» (as «لا») opens no predicate of its own after the words between
//   («من دون شروط ولا أوهام»: not «أوهام» judging the conditions);
// - Iran named, then a relative clause on her, then her predicate («طهران التي ترسل الحرس الثوري … لا يحق لها أن تجلس
//   إلى الطاولة», «إيران التي ترسل قواتها … «لا يمكن أن تكون شريكاً» في جنيف»): her predicate read from where the main
//   clause's modal or negation opens; «ترسل قواتها/الحرس الثوري» is no sending of an invitation or a delegation
//   (cues.json iran.supportTriggers); «شريكاً» with a quotation mark before «في جنيف»;
// - moving on to her role as the next subject («قبل أن ينتقل إلى الدور الإيراني», «تطرق إلى», «عرج على») is no
//   position on it, as discussing it is not;
// - her ability denied by a negated verb of believing before her («لا نرى أن إيران يمكن أن تكون طرفاً في جنيف», «لا
//   نعتقد أن إيران يمكن أن تشارك»): oppose;
// - «ما دام/مادامت» (as long as) among the words of a condition on attending, and «لن ينخرط في أي عملية تفاوضية» among
//   the verbs of not attending (pre.if-then-attend);
// - a conference or solution leaving out «طرف مؤثر مثل إيران», «دولة محورية مثل إيران» (a kind of party with one
//   adjective, then her name) judged to fail (LEAVING_IRAN_OUT);
// - «تشمل» (include) a word of taking part: «يجب أن تشمل المحادثات جميع الدول المؤثرة، بما فيها إيران»;
// - the one a participle of calling names («…، داعياً الأمم المتحدة إلى توجيه الدعوة إلى طهران») is called on, not
//   the holder: the speaker reported is;
// - a precondition refused, then after a comma another clause on his departure («لا يحق لأي طرف أن يفرض شروطاً مسبقة،
//   ويعتبر المطالبة برحيل الأسد … غير واقعية»): the conditions are not about him (the Assad cue reads its own clause);
// - «روسيا لا تقرر من يحكم سوريا» (not ours to decide who rules Syria) and «بقاء الأسد في السلطة ليس مسألة مبدئية
//   بالنسبة إلى موسكو»: neutral;
// - his pronoun after a modal of the copula: «الأسد يراهن على الحسم العسكري، ولا يمكن أن يكون له أي دور في الحكومة
//   الانتقالية», «ولن يكون له مكان في مستقبل سوريا» (assad.no-role-his-pronoun; not right after his name, «الأسد «لن
//   يكون له أي دور»», which the rule of his name read already, the speaker its holder);
// - «جورج صبرة» (the ة spelling) among George Sabra's names;
// - «يتحمل مسؤولية استمرار الحرب» among the rejecting predicates, as «يتحمل مسؤولية فشل المؤتمر»;
// - a denial before an aside and «أن» governs a quotation opening on the cue («نفى مسؤول …، طلب عدم ذكر اسمه، أن تكون
//   باريس «تعرقل توجيه الدعوة إلى طهران»»), in the Iran pass too, whose lead may open past the denial;
// - the talks named as such doomed if she is absent («مؤتمر جنيف 2 سيكون محكوماً بالفشل إذا غابت عنه إيران»), and a
//   solution without her «لن يكون واقعياً»: support;
// - not his to decide «مصير أي رئيس» (de Mistura), «من يحكم في دمشق ليس شأننا»: neutral; «وزير الطاقة» and six other
//   ministries among the offices of two words a nationality makes a state's (actors.json officials);
// - a subject left untouched after the trigger («…، ولم يتطرق إلى مصير الأسد ولا إلى مشاركة إيران»): no position;
// - «لم يقرأوا الوقائع الميدانية», «شروطاً مسبقة لا ينص عليها القرار 2254» among the rejecting predicates;
// - «لا دور في مستقبل سوريا للأسد ولا لأعوانه»: the place named before him;
// - a negated copula said again as another between commas («موقع الرئاسة لم يعد، ولن يكون، موضوعاً للتفاوض»): an
//   emphatic repetition (03-shared), «لم يعد» among the words of not being (NOT_TO_BE); the presidency taken up by
//   «، وهي» before what is said of it («حسم … مسألة الرئاسة، وهي لن تكون محل مساومة»);
// - «الأسد لن يذهب إلى أي مكان»: a place one goes to is no role denied him;
// - astonishment at her invitation («أبدت استغرابها من الدعوة التي وجهت لإيران»): oppose; the invitation told by a
//   passive relative clause names no inviter, withdrawn or not;
// - his going named bare in the list of conditions rejected («لن تقبل أي شروط مسبقة، وفي مقدمتها رحيل الرئيس الأسد»):
//   rejected with them (compose.assad.go.listed-rejected), as the phrase rules read a demand so listed;
// - «(منذ خمس سنوات) وهم يقولون إن الأسد سيرحل»: what «they», unnamed, say is hearsay, not the speaker's;
// - «(لا يمكن أن تكون) جالسة على طاولة المفاوضات» among the words of her taking part;
// - «من يشترط رحيله لا يزال يعيش في أوهام عام 2011» (rejectedAfter: «لا يزال/ما زال» before «يعيش في الأوهام»), the
//   describing participle before it («…، معتبراً أن …») then judging that cue, not turning the one before;
// - «الانتخابات غير حقيقية والأسد ليس جزءاً من الحل»: his name joined by «و» opens its own clause; the negation of the
//   clause before does not reach his role;
// - «يتطلب/يستلزم/يقتضي» (requires) among the words of wanting her there («الحل يتطلب إشراك كل الدول المؤثرة، وفي
//   مقدمتها إيران»); the passive invitation names no inviter only withdrawn or governed by a preposition;
// - no one's right to impose his going as a condition («أحداً لا يملك أن يفرض على السوريين رحيل رئيسهم شرطاً
//   للحوار»): the condition refused (NO_RIGHT_BEFORE takes his going as the object; NOT_ALLOWED_ANYONE «لا يملك»);
// - «بعيداً عن الشروط المسبقة» as «من دون شروط» (cues.json WITHOUT); «أن تُدعى كل الدول …، ومنها إيران»;
// - «من غير الواقعي أن نطالب برحيل الأسد»: the judgement before «أن» refuses the demand, as «لا» would;
// - «أي مؤتمر يعقد من دون الجمهورية الإسلامية مولود ميت» (as «سيولد ميتاً»); an aside of time between commas, «، قبل
//   جنيف أو بعده،», before the predicate judging whoever bets on his going («… واهم»); «متى (ما)» a word of condition;
// - an outlet's correction naming its earlier version or a saying attributed in error («تصحيح: ذكرت نسخة سابقة من هذا
//   الخبر أن الإبراهيمي قال إن …», «نُسب خطأً إلى هيغ قوله إن …»): withdrawn, no one's position, up to the right
//   version («وقد عُدّلت …», «والصحيح أن …»);
// - «لا يريد التسوية أصلاً» among the rejecting predicates, as «لا يريد حلاً»;
// - «لا يريدون رؤية إيران في جنيف» (the plural of wanting before «رؤية»); «شركاءنا في السعودية يقولون لنا …»: the
//   partners in a state are the state (MEMBERS_IN, the accusative spelling «شركاءنا»).
import { caseTable, type Case } from "./case-table";

const T = "جنيف 2: مواقف\n\n";

const CASES: Case[] = [
  {
    why: "«فاجأ بان كي مون الجميع بقراره توجيه دعوة إلى إيران»: the decision's pronoun, his",
    text: `${T}وفاجأ الأمين العام للأمم المتحدة بان كي مون الصحفيين بقراره توجيه دعوة إلى إيران لحضور مؤتمر جنيف 2.`,
    expected: ["un iran_participation support"],
  },
  {
    why: "guard: «في قرارة أنفسهم» is no decision",
    text: `${T}وقال المعلم إن الأمريكيين في قرارة أنفسهم يعرفون أن لا بديل عن الرئيس الأسد.`,
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: "«المطالبة برحيل الأسد كشرط لبدء المفاوضات أمر غير واقعي»: the precondition rejected too",
    text: `${T}وقال وزير الخارجية الروسي سيرغي لافروف إن المطالبة برحيل الأسد كشرط لبدء المفاوضات أمر غير واقعي.`,
    expected: ["russia assad_role may_stay", "russia geneva2_preconditions unconditional"],
  },
  {
    why: "guard: the owner of the demand named, his condition; the judge's rejection of the departure only",
    text: `${T}وقال وزير الخارجية الروسي سيرغي لافروف إن مطالبة المعارضة برحيل الأسد كشرط لبدء المفاوضات أمر غير واقعي.`,
    expected: ["russia assad_role may_stay", "syrian_opposition assad_role must_go", "syrian_opposition geneva2_preconditions conditional"],
  },
  {
    why: "«المطالبة برحيل الأسد لم تكن واقعية يوماً»: the demand rejected",
    text: `${T}وقال وزير الخارجية الروسي سيرغي لافروف إن المطالبة برحيل الأسد «لم تكن واقعية يوماً».`,
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "«المطالبة برحيل الرئيس السوري لا علاقة لها بما وقعناه في جنيف»",
    text: `${T}واعتبر نائب وزير الخارجية الروسي غينادي غاتيلوف أن «المطالبة برحيل الرئيس السوري لا علاقة لها بما وقعناه في جنيف».`,
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "«… لا علاقة لها ببيان جنيف»",
    text: `${T}وقال غاتيلوف إن المطالبة بتنحي الأسد لا علاقة لها ببيان جنيف.`,
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "guard: «لا علاقة لها» with something else is no judgement of the demand",
    text: `${T}وقال غاتيلوف إن المطالبة برحيل الأسد لا علاقة لها بمكافحة الإرهاب في رأي واشنطن.`,
    expected: ["russia assad_role must_go"],
  },
  {
    why: "«رد المعلم على قول كيري إن الأسد لن يكون جزءاً من الحكومة الانتقالية»: Kerry's words",
    text: `${T}ورد وزير الخارجية السوري وليد المعلم على قول وزير الخارجية الأميركي جون كيري إن الأسد «لن يكون جزءاً من الحكومة الانتقالية» بعبارات حادة.`,
    expected: ["usa assad_role must_go"],
  },
  {
    why: "guard: «قال المعلم إن …» after «قول» elsewhere stays the speaker's",
    text: `${T}وفي معرض القول إن الحل سياسي، قال المعلم إن الأسد لن يتنحى.`,
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: "«المطالبة برحيل الرئيس الأسد، وهو رئيس منتخب، شرط غير مقبول»: judged past the aside",
    text: `${T}وقال الرئيس الإيراني حسن روحاني إن "المطالبة برحيل الرئيس الأسد، وهو رئيس منتخب، شرط غير مقبول".`,
    expected: ["iran assad_role may_stay"],
  },
  {
    why: "guard: a clause closed, then a participle of saying: no judgement of her absence",
    text: `${T}ولفت نصر الله إلى أنه "لا معنى لمؤتمر تغيب عنه إيران، وهي دولة أساسية في المنطقة"، متهماً السعودية بأنها "تعطل التسوية".`,
    expected: ["hezbollah iran_participation support"],
  },
  {
    why: "«مطالبة بعض العواصم الغربية برحيل الأسد … انفصال تام عن الواقع»",
    text: `${T}ورأت المتحدثة باسم الخارجية الروسية ماريا زاخاروفا أن مطالبة بعض العواصم الغربية برحيل الأسد "انفصال تام عن الواقع".`,
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "«الشروط المسبقة ذريعة لإفشال المؤتمر»",
    text: `${T}وقال وزير الخارجية الروسي سيرغي لافروف إن الشروط المسبقة "ذريعة لإفشال العملية السياسية".`,
    expected: ["russia geneva2_preconditions unconditional"],
  },
  {
    why: "guard: «ترفض أن تتحول الشروط المسبقة إلى ذريعة لتعطيله»: what they may turn into, one refusal only",
    text: `${T}وقال نبيل العربي إن الجامعة العربية «ترفض أن تتحول الشروط المسبقة من أي طرف إلى ذريعة لتعطيل المؤتمر».`,
    expected: ["arab_league geneva2_preconditions unconditional"],
  },
  {
    why: "«الذهاب إلى طاولة المفاوضات من دون شروط ولا أوهام»",
    text: `${T}ودعا الأمين العام لحزب الله حسن نصر الله من يريد الحل إلى الذهاب إلى طاولة المفاوضات "من دون شروط ولا أوهام".`,
    expected: ["hezbollah geneva2_preconditions unconditional"],
  },
  {
    why: "«طهران التي ترسل الحرس الثوري … لا يحق لها أن تجلس إلى طاولة أي مفاوضات»",
    text: `${T}وقال رئيس الائتلاف أحمد الجربا إن "طهران التي ترسل الحرس الثوري والميليشيات الطائفية لتقاتل شعبنا لا يحق لها أن تجلس إلى طاولة أي مفاوضات".`,
    expected: ["national_coalition iran_participation oppose"],
  },
  {
    why: "«إيران التي ترسل قواتها … «لا يمكن أن تكون شريكاً» في جنيف»",
    text: `${T}وقال وزير الخارجية السعودي الأمير سعود الفيصل إن إيران التي ترسل قواتها وميليشياتها للقتال إلى جانب النظام «لا يمكن أن تكون شريكاً» في جنيف.`,
    expected: ["saudi_arabia iran_participation oppose"],
  },
  {
    why: "«إيران التي تملك نفوذاً كبيراً في المنطقة يجب أن تكون حاضرة في جنيف»",
    text: `${T}وقال وزير الخارجية الروسي سيرغي لافروف إن إيران التي تملك نفوذاً كبيراً في المنطقة يجب أن تكون حاضرة في جنيف.`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "«…، قبل أن ينتقل إلى الدور الإيراني»: the next subject, no position",
    text: `${T}وشدد رئيس الائتلاف أحمد الجربا على أنه "لا مكان لبشار الأسد ولا لمن تلطخت أيديهم بدماء السوريين في مستقبل سوريا"، قبل أن ينتقل إلى الدور الإيراني.`,
    expected: ["national_coalition assad_role must_go"],
  },
  {
    why: "«لا نرى أن إيران يمكن أن تكون طرفاً في جنيف 2»",
    text: `${T}وقال وزير الخارجية الفرنسي لوران فابيوس: «لا نرى أن إيران يمكن أن تكون طرفاً في جنيف 2».`,
    expected: ["france iran_participation oppose"],
  },
  {
    why: "«لا نعتقد أن إيران يمكن أن تشارك في المؤتمر»",
    text: `${T}وقال وزير الخارجية الفرنسي لوران فابيوس: «لا نعتقد أن إيران يمكن أن تشارك في المؤتمر».`,
    expected: ["france iran_participation oppose"],
  },
  {
    why: "«لن ينخرط في أي عملية تفاوضية ما دامت الطائرات الروسية تقصف شعبنا»",
    text: `${T}وقال رئيس الائتلاف خالد خوجة إن الائتلاف لن ينخرط في أي عملية تفاوضية "ما دامت الطائرات الروسية تقصف شعبنا".`,
    expected: ["national_coalition geneva2_preconditions conditional"],
  },
  {
    why: "guard: «ينخرط» in the fighting sets no term on the talks",
    text: `${T}وقال رئيس الائتلاف خالد خوجة إن الجيش الحر لن ينخرط في القتال ضد داعش ما دام النظام يقصف المدن.`,
    expected: [],
  },
  {
    why: "«أي مؤتمر يغيب عنه طرف مؤثر مثل إيران لن يكتب له النجاح»",
    text: `${T}وقال مساعد وزير الخارجية الإيراني حسين أمير عبد اللهيان إن أي مؤتمر يغيب عنه طرف مؤثر مثل إيران لن يكتب له النجاح.`,
    expected: ["iran iran_participation support"],
  },
  {
    why: "«يجب أن تشمل المحادثات جميع الدول المؤثرة في الأزمة، بما فيها إيران»",
    text: `${T}وأكد وزير الخارجية الأردني ناصر جودة ضرورة أن تشمل المحادثات الدولية حول سوريا «جميع الدول المؤثرة في الأزمة، بما فيها إيران».`,
    expected: ["jordan iran_participation support"],
  },
  {
    why: "«…، داعياً الأمم المتحدة إلى توجيه الدعوة إلى طهران»: the speaker's wish, not the UN's",
    text: `${T}وشدد الأمين العام لحزب الله حسن نصر الله على أن الجمهورية الإسلامية دولة أساسية في المنطقة، داعياً الأمم المتحدة إلى توجيه الدعوة إلى طهران للمشاركة في جنيف 2.`,
    expected: ["hezbollah iran_participation support"],
  },
  {
    why: "«لا يحق لأي طرف أن يفرض شروطاً مسبقة»، ويعتبر المطالبة برحيل الأسد … «غير واقعية»: both",
    text: `${T}يرى وزير الخارجية الروسي سيرغي لافروف أنه «لا يحق لأي طرف أن يفرض شروطاً مسبقة»، ويعتبر المطالبة برحيل الأسد قبل التفاوض «غير واقعية».`,
    expected: ["russia assad_role may_stay", "russia geneva2_preconditions unconditional"],
  },
  {
    why: "«روسيا لا تقرر من يحكم سوريا»",
    text: `${T}وقالت المتحدثة باسم الخارجية الروسية ماريا زاخاروفا إن «روسيا لا تقرر من يحكم سوريا».`,
    expected: ["russia assad_role neutral"],
  },
  {
    why: "«بقاء الأسد في السلطة ليس مسألة مبدئية بالنسبة إلى موسكو»",
    text: `${T}وقالت المتحدثة باسم الخارجية الروسية ماريا زاخاروفا إن بقاء الأسد في السلطة «ليس مسألة مبدئية» بالنسبة إلى موسكو.`,
    expected: ["russia assad_role neutral"],
  },
  {
    why: "«الأسد يراهن على الحسم العسكري، مؤكداً أنه لا يمكن أن يكون له أي دور في الحكومة الانتقالية»",
    text: `${T}وقال وزير الخارجية الأمريكي جون كيري إن الأسد "يواصل الرهان على الحسم العسكري"، مؤكدا أنه "لا يمكن أن يكون له أي دور في الحكومة الانتقالية".`,
    expected: ["usa assad_role must_go"],
  },
  {
    why: "guard: «قال إن الأسد «لن يكون له أي دور …»»: the speaker's, not his own",
    text: `${T}وقال المنسق العام للهيئة العليا للمفاوضات رياض حجاب إن "الأسد لن يكون له أي دور في المرحلة الانتقالية".`,
    expected: ["hnc assad_role must_go"],
  },
  {
    why: "guard: a noun right before «لن يكون له مستقبل» is what has none",
    text: `${T}وقال وزير الخارجية الأمريكي جون كيري إن الحل العسكري لن يكون له مستقبل في سوريا.`,
    expected: [],
  },
  {
    why: "«جورج صبرة» (with ة): George Sabra, the Coalition's",
    text: `${T}وقال رئيس الائتلاف الوطني السوري بالوكالة جورج صبرة إن "إيران طرف في الحرب على الشعب السوري، وحضورها في جنيف مرفوض".`,
    expected: ["national_coalition iran_participation oppose"],
  },
  {
    why: "«من يضع رحيل الأسد شرطاً يتحمل مسؤولية استمرار الحرب»",
    text: `${T}وقال وزير الخارجية الروسي سيرغي لافروف إن "من يضع رحيل الأسد شرطا يتحمل مسؤولية استمرار الحرب".`,
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "«نفى مسؤول …، طلب عدم ذكر اسمه، أن تكون باريس «تعرقل توجيه الدعوة إلى طهران»»: a denial, no position",
    text: `${T}ونفى مسؤول في الخارجية الفرنسية، طلب عدم ذكر اسمه، أن تكون باريس «تعرقل توجيه الدعوة إلى طهران».`,
    expected: [],
  },
  {
    why: "«مؤتمر جنيف 2 سيكون محكوماً بالفشل إذا غابت عنه إيران»",
    text: `${T}وقال مساعد وزير الخارجية الإيراني حسين أمير عبد اللهيان إن مؤتمر جنيف 2 "سيكون محكوما بالفشل إذا غابت عنه إيران".`,
    expected: ["iran iran_participation support"],
  },
  {
    why: "«أي حل … من دون مشاركة إيران في جنيف 2 لن يكون واقعياً»",
    text: `${T}وقالت المتحدثة باسم الخارجية الإيرانية مرضية أفخم إن أي حل للأزمة السورية من دون مشاركة إيران في جنيف 2 لن يكون واقعيا.`,
    expected: ["iran iran_participation support"],
  },
  {
    why: "«ليس من شأني أن أقرر مصير أي رئيس»",
    text: `${T}وقال المبعوث الدولي ستافان دي ميستورا: "ليس من شأني أن أقرر مصير أي رئيس، هذا ما يقرره السوريون أنفسهم".`,
    expected: ["un assad_role neutral"],
  },
  {
    why: "«وزير الطاقة الإسرائيلي …: من يحكم في دمشق ليس شأننا»",
    text: `${T}وقال وزير الطاقة الإسرائيلي سيلفان شالوم إن من يحكم في دمشق ليس شأننا.`,
    expected: ["israel assad_role neutral"],
  },
  {
    why: "«…، ولم يتطرق إلى مصير الأسد ولا إلى مشاركة إيران في مؤتمر جنيف 2»: nothing said of her",
    text: `${T}أما الرئيس التركي رجب طيب أردوغان فاكتفى بالقول إن البلدين متفقان على ضرورة وقف سفك الدماء، ولم يتطرق إلى مصير الأسد ولا إلى مشاركة إيران في مؤتمر جنيف 2.`,
    expected: [],
  },
  {
    why: "«الذين يشترطون تنحي الأسد قبل الحوار لم يقرأوا الوقائع الميدانية جيداً»",
    text: `${T}وقال الأمين العام لحزب الله حسن نصر الله إن الذين يشترطون تنحي الأسد قبل الحوار "لم يقرأوا الوقائع الميدانية جيدا".`,
    expected: ["hezbollah assad_role may_stay", "hezbollah geneva2_preconditions unconditional"],
  },
  {
    why: "«وفد الرياض يطرح شروطاً مسبقة لا ينص عليها القرار 2254»",
    text: `${T}وقال وزير الخارجية الروسي سيرغي لافروف إن وفد الرياض "يطرح شروطا مسبقة لا ينص عليها القرار 2254".`,
    expected: ["hnc geneva2_preconditions conditional", "russia geneva2_preconditions unconditional"],
  },
  {
    why: "«لا دور في مستقبل سوريا للأسد ولا لأعوانه»",
    text: `${T}وقال وزير الخارجية البريطاني وليام هيغ إنه لا دور في مستقبل سوريا للأسد ولا لأعوانه.`,
    expected: ["uk assad_role must_go"],
  },
  {
    why: "«موقع رئاسة الجمهورية لم يعد، ولن يكون، موضوعاً للتفاوض»",
    text: `${T}وقال وزير الخارجية السوري وليد المعلم إن موقع رئاسة الجمهورية لم يعد، ولن يكون، موضوعا للتفاوض مع أحد، لا في جنيف ولا في غيرها.`,
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: "«حسم الشعب السوري مسألة الرئاسة، وهي لن تكون محل مساومة أو تفاوض»",
    text: `${T}وقال الرئيس السوري بشار الأسد إن الشعب السوري حسم بالاقتراع مسألة الرئاسة، وهي لن تكون محل مساومة أو تفاوض، لا في جنيف ولا في أي مكان آخر.`,
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: "«المطالبة بتنحي الرئيس السوري أمر غير واقعي، والأسد لن يذهب إلى أي مكان»: no must_go",
    text: `${T}وأوضح نائب وزير الخارجية الروسي غينادي غاتيلوف أن "المطالبة بتنحي الرئيس السوري أمر غير واقعي، والأسد لن يذهب إلى أي مكان".`,
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "«أبدت استغرابها من الدعوة التي وجهت لإيران»: oppose, and no inviter",
    text: `${T}وكانت المملكة العربية السعودية قد أبدت، عبر مصدر مسؤول في وزارة الخارجية، استغرابها من الدعوة التي وجهت لإيران.`,
    expected: ["saudi_arabia iran_participation oppose"],
  },
  {
    why: "guard: astonishment at a demand to exclude her is not hers excluded",
    text: `${T}وأعرب وزير الخارجية الروسي سيرغي لافروف عن استغرابه من مطلب الائتلاف الوطني السوري استبعاد إيران من حضور المؤتمر.`,
    expected: ["national_coalition iran_participation oppose"],
  },
  {
    why: "«لن تقبل أي شروط مسبقة، وفي مقدمتها رحيل الرئيس الأسد»",
    text: `${T}وقال مساعد وزير الخارجية الإيراني حسين أمير عبد اللهيان إن إيران لن تقبل أي شروط مسبقة، وفي مقدمتها رحيل الرئيس الأسد.`,
    expected: ["iran assad_role may_stay", "iran geneva2_preconditions unconditional"],
  },
  {
    why: "«منذ خمس سنوات وهم يقولون إن الأسد سيرحل بعد أسابيع»: their saying, not his",
    text: `${T}وقال الأمين العام لحزب الله حسن نصر الله بلهجة ساخرة: «منذ خمس سنوات وهم يقولون إن الأسد سيرحل بعد أسابيع».`,
    expected: [],
  },
  {
    why: "«إيران دولة محتلة ولا يمكن أن تكون جالسة على طاولة المفاوضات»",
    text: `${T}وقال المتحدث باسم الهيئة العليا للمفاوضات سالم المسلط إن إيران دولة محتلة ولا يمكن أن تكون جالسة على طاولة المفاوضات.`,
    expected: ["hnc iran_participation oppose"],
  },
  {
    why: "«بقاء الأسد ليس موضوعاً للتفاوض»، معتبراً أن «من يشترط رحيله لا يزال يعيش في أوهام عام 2011»",
    text: `${T}قال الأمين العام لحزب الله حسن نصر الله إن "بقاء الرئيس بشار الأسد ليس موضوعاً للتفاوض لا في جنيف ولا في غيرها"، معتبراً أن "من يشترط رحيله لا يزال يعيش في أوهام عام 2011".`,
    expected: ["hezbollah assad_role may_stay", "hezbollah geneva2_preconditions unconditional"],
  },
  {
    why: "«الانتخابات غير حقيقية والأسد ليس جزءاً من الحل»",
    text: `${T}وقالت الممثلة العليا للسياسة الخارجية في الاتحاد الأوروبي فيديريكا موغيريني إن الانتخابات غير حقيقية والأسد ليس جزءا من الحل.`,
    expected: ["eu assad_role must_go"],
  },
  {
    why: "«نجاح المؤتمر يتطلب مشاركة إيران»",
    text: `${T}وقال وزير الخارجية الروسي سيرغي لافروف إن نجاح المؤتمر يتطلب مشاركة إيران.`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "«أحداً لا يملك أن يفرض على السوريين رحيل رئيسهم شرطاً للحوار»",
    text: `${T}وقال نائب وزير الخارجية الروسي غينادي غاتيلوف إن «أحدا لا يملك أن يفرض على السوريين رحيل رئيسهم شرطا للحوار».`,
    expected: ["russia assad_role may_stay", "russia geneva2_preconditions unconditional"],
  },
  {
    why: "«يجب أن يُعطى المؤتمر فرصة حقيقية بعيداً عن الشروط المسبقة»",
    text: `${T}وقال وزير الخارجية الأردني ناصر جودة إن المؤتمر يجب أن يُعطى فرصة حقيقية بعيدا عن الشروط المسبقة من أي طرف كان.`,
    expected: ["jordan geneva2_preconditions unconditional"],
  },
  {
    why: "«يجب أن تُدعى كل الدول المؤثرة في الأزمة، ومنها إيران»",
    text: `${T}وقال المنسق العام لهيئة التنسيق الوطنية حسن عبد العظيم إنه يجب أن تُدعى كل الدول المؤثرة في الأزمة، ومنها إيران والسعودية.`,
    expected: ["ncb iran_participation support"],
  },
  {
    why: "«من غير الواقعي أن نطالب برحيل الأسد قبل أن تبدأ المفاوضات»",
    text: `${T}وقال وزير الخارجية السويدي كارل بيلدت: «من غير الواقعي أن نطالب برحيل الأسد قبل أن تبدأ المفاوضات».`,
    expected: ["sweden assad_role may_stay"],
  },
  {
    why: "«أي مؤتمر يعقد من دون الجمهورية الإسلامية مولود ميت»",
    text: `${T}وقال مستشار المرشد الإيراني علي أكبر ولايتي إن «أي مؤتمر يعقد من دون الجمهورية الإسلامية مولود ميت».`,
    expected: ["iran iran_participation support"],
  },
  {
    why: "«من يراهن على رحيل الرئيس الأسد، قبل جنيف أو بعده، واهم»",
    text: `${T}وقال الأمين العام لحزب الله حسن نصر الله إن «من يراهن على رحيل الرئيس الأسد، قبل جنيف أو بعده، واهم».`,
    expected: ["hezbollah assad_role may_stay"],
  },
  {
    why: "«تصحيح: ذكرت نسخة سابقة من هذا الخبر أن الإبراهيمي قال إن …»: withdrawn",
    text: `${T}(تصحيح: ذكرت نسخة سابقة من هذا الخبر أن المبعوث الأممي الأخضر الإبراهيمي قال إن "على الأسد أن يرحل"، وهو خطأ في الترجمة.)`,
    expected: [],
  },
  {
    why: "«نُسب خطأً إلى هيغ قوله إن …، والصحيح أن …»: the error withdrawn",
    text: `${T}تصحيح: نُسب خطأً إلى وزير الخارجية البريطاني وليام هيغ قوله إن "الأسد لا يمكن أن يكون له مكان في سوريا الجديدة".`,
    expected: [],
  },
  {
    why: "guard: the same saying, no correction: Hague's",
    text: `${T}وقال وزير الخارجية البريطاني وليام هيغ إن "الأسد لا يمكن أن يكون له مكان في سوريا الجديدة"، وهو خطأ أن يظن النظام غير ذلك.`,
    expected: ["uk assad_role must_go"],
  },
  {
    why: "«من يضع رحيل الرئيس الأسد شرطاً لا يريد التسوية أصلاً»",
    text: `${T}وقال الأمين العام لحزب الله حسن نصر الله إن «من يضع رحيل الرئيس الأسد شرطاً لا يريد التسوية أصلاً».`,
    expected: ["hezbollah assad_role may_stay"],
  },
  {
    why: "«شركاءنا في المملكة العربية السعودية يقولون لنا إنهم لا يريدون رؤية إيران في جنيف»: Riyadh's",
    text: `${T}وقال وزير الخارجية الروسي سيرغي لافروف إن شركاءنا في المملكة العربية السعودية يقولون لنا صراحة إنهم لا يريدون رؤية إيران في جنيف.`,
    expected: ["saudi_arabia iran_participation oppose"],
  },
  {
    why: "guard: «لا يحق لأي طرف أن يجعل رحيل الأسد شرطاً مسبقاً»: read as a stance on him only (no Syrians it is imposed on)",
    text: `${T}وقال نائب وزير الخارجية الإيراني عباس عراقجي إنه "لا يحق لأي طرف خارجي أن يجعل رحيل الأسد شرطا مسبقا للحوار".`,
    expected: ["iran assad_role may_stay"],
  },
];

caseTable("kinds of the fifty-fifth probe", CASES);
