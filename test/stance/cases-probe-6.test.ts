// Kinds of sentence found by a sixth probe (held-out rounds r34, r35) and by the kinds earlier rounds left open: each
// row written for this table, not taken from the seeds, the development corpus or the probe's articles.
import { caseTable, type Case } from "./case-table";

/** A headline, so that the sentence under test is read as a body sentence. */
const HEAD = "تطورات الأزمة السورية\n";
/** An article naming Assad before the sentence under test. */
const ASSAD_NAMED = `${HEAD}وتتواصل المعارك بين قوات الأسد وفصائل المعارضة. `;
/** A withdrawal of Iran's invitation, stated before the sentence under test. */
const WITHDRAWN = `${HEAD}وألغى الأمين العام للأمم المتحدة بان كي مون الدعوة الموجهة إلى طهران. `;

const CASES: Case[] = [
  // A decision on Iran's taking part welcomed or condemned after it is stated.
  {
    why: "«ورحبت باريس بالخطوة» after a withdrawal of Iran's invitation: the welcomer opposes her taking part",
    text: `${WITHDRAWN}ورحبت باريس بالخطوة.`,
    expected: ["un iran_participation oppose", "france iran_participation oppose"],
  },
  {
    why: "«الدوحة ترحب بقرار الأمين العام» (SVO, the decision's maker named): the welcomer opposes",
    text: `${WITHDRAWN}\nوفي الدوحة، قالت الخارجية القطرية إنها ترحب بقرار الأمين العام.`,
    expected: ["un iran_participation oppose", "qatar iran_participation oppose"],
  },
  {
    why: "«ونددت دمشق بالقرار» after the withdrawal: the one condemning it supports her taking part",
    text: `${WITHDRAWN}ونددت دمشق بالقرار.`,
    expected: ["un iran_participation oppose", "syrian_government iran_participation support"],
  },
  {
    why: "«واعتبر حزب الله أن القرار خاطئ»: a decision judged a mistake is condemned",
    text: `${WITHDRAWN}واعتبر حزب الله أن هذا القرار خاطئ.`,
    expected: ["un iran_participation oppose", "hezbollah iran_participation support"],
  },
  {
    why: "«ورحب الائتلاف بالقرار، … ما لم يُلغَ دعوة طهران»: the withdrawal named after the verb, in its own sentence",
    text: `${HEAD}ورحب الائتلاف بالقرار، بعد أن كان قد هدد بمقاطعة المؤتمر ما لم يتراجع بان كي مون عن دعوة طهران.`,
    expected: ["national_coalition iran_participation oppose", "national_coalition geneva2_preconditions conditional"],
  },
  {
    why: "«اعتبرت الرياض أن القرار يصحح خطأ» welcomes it: a mistake corrected is no condemnation (guard)",
    text: `${WITHDRAWN}واعتبرت الرياض أن القرار يصحح خطأ سابقا.`,
    expected: ["un iran_participation oppose"],
  },
  {
    why: "«رحبت واشنطن بقرار الائتلاف» names another's decision: nothing on Iran (guard)",
    text: `${WITHDRAWN}ورحبت واشنطن بقرار الائتلاف المشاركة في المؤتمر.`,
    expected: ["un iran_participation oppose"],
  },
  {
    why: "«رحبت أنقرة بالقرار» with no withdrawal of Iran's invitation before it: no position on Iran (guard)",
    text: `${HEAD}وصوت الائتلاف على المشاركة في المؤتمر بعد الحديث عن دعوة طهران إلى المؤتمر. ورحبت أنقرة بالقرار.`,
    expected: [],
  },
  // His fate left to the Syrians, with him named as their president or by his office.
  {
    why: "«الشعب السوري وحده يقرر مصير رئيسه» from his ally keeps him",
    text: `${ASSAD_NAMED}وأكد ظريف أن الشعب السوري وحده يقرر مصير رئيسه.`,
    expected: ["iran assad_role may_stay"],
  },
  {
    why: "«الرئاسة شأن يقرره السوريون وحدهم»: his office as what the Syrians decide keeps him",
    text: `${ASSAD_NAMED}وقال المعلم إن الرئاسة شأن يقرره السوريون وحدهم.`,
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: "«للشعب السوري وحده أن يقرر مستقبل رئيسه», two allies holding to it",
    text: `${ASSAD_NAMED}وتمسكت موسكو وطهران بأن يكون للشعب السوري وحده أن يقرر مستقبل رئيسه.`,
    expected: ["russia assad_role may_stay", "iran assad_role may_stay"],
  },
  {
    why: "the same said by Washington leaves his fate open: neutral (guard)",
    text: `${ASSAD_NAMED}وقال كيري إن الشعب السوري وحده يقرر مصير رئيسه.`,
    expected: ["usa assad_role neutral"],
  },
  {
    why: "«مستقبل الرئيس الأمريكي يقرره الناخبون»: another state's president (guard)",
    text: `${ASSAD_NAMED}وقال لافروف إن مستقبل الرئيس الأمريكي يقرره الأمريكيون وحدهم.`,
    expected: [],
  },
  // A demand dismissed as a dream or as past.
  {
    why: "«من يحلم بأن يرحل الأسد فليستيقظ»: whoever dreams of it is told to wake up; the speaker keeps him",
    text: `${ASSAD_NAMED}وقال المقداد إن من يحلم بأن يرحل الأسد قبل الانتخابات فليستيقظ من أحلامه.`,
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: "«المطالبة برحيل الأسد ولّى زمنها… قد ولّى»: a demand whose time is over is rejected",
    text: `${ASSAD_NAMED}وقال لافروف إن الحديث عن مطالبة برحيل الأسد قد ولى.`,
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "«من يحلم برحيل الأسد» with nothing judging the dream holds nothing for anyone (guard)",
    text: `${ASSAD_NAMED}وقال المقداد إن من يحلم برحيل الأسد سيجد نفسه وحيدا.`,
    expected: [],
  },
  // A quotation before its verb of saying; the rejection after where she would take part.
  {
    why: '«"لا يمكن للأسد أن يحكم البلاد"، قال هاموند»: he cannot lead, said before the verb',
    text: `${HEAD}"لا يمكن للأسد أن يحكم البلاد بعد اليوم"، قال وزير الخارجية البريطاني فيليب هاموند.`,
    expected: ["uk assad_role must_go"],
  },
  {
    why: "«حضور الإيرانيين معنا في المؤتمر أمر مرفوض»: the rejection after where she would take part",
    text: `${HEAD}وقال جاموس إن حضور الإيرانيين معنا في المؤتمر أمر مرفوض.`,
    expected: ["national_coalition iran_participation oppose"],
  },
  {
    why: "«لا يمكن للأسد أن يحكم سوريا بمفرده» is how he governs, not whether (guard)",
    text: `${HEAD}وقال لافروف إنه لا يمكن للأسد أن يحكم سوريا بمفرده.`,
    expected: [],
  },
  // Keeping him and heading the transition, as verbs; a rejection past a concessive aside.
  {
    why: "«لن نقبل بتسوية تبقي الأسد في الحكم»: a settlement keeping him refused",
    text: `${ASSAD_NAMED}وقال العطية إن قطر لن تقبل بتسوية تبقي الأسد في الحكم.`,
    expected: ["qatar assad_role must_go"],
  },
  {
    why: "«هيئة انتقالية لا يترأسها الأسد»: the transition not headed by him",
    text: `${ASSAD_NAMED}ودعا فابيوس إلى تشكيل حكومة انتقالية لا يترأسها الأسد.`,
    expected: ["france assad_role must_go"],
  },
  {
    why: "«أي حل يبقي الأسد، حتى لو لفترة قصيرة، مرفوض»: the rejection after a concessive aside between commas",
    text: `${ASSAD_NAMED}وقال جاموس إن أي حل يبقي الأسد في السلطة، حتى لو لفترة قصيرة، مرفوض.`,
    expected: ["national_coalition assad_role must_go"],
  },
  // A position the author gives others too, after it.
  {
    why: "«…، وهو ما تطالب به أيضاً باريس ولندن»: an adverb between the relative clause's verb and its subjects",
    text: `${ASSAD_NAMED}ويطالب الائتلاف برحيل الأسد، وهو ما تطالب به أيضا باريس ولندن.`,
    expected: ["national_coalition assad_role must_go", "france assad_role must_go", "uk assad_role must_go"],
  },
  {
    why: "«…، وفق ما تطالب به الدوحة»: the author's «according to what X demands» gives it to X too",
    text: `${ASSAD_NAMED}وتشترط المعارضة رحيل الأسد قبل بدء المفاوضات، وفق ما تطالب به الدوحة.`,
    expected: [
      "syrian_opposition geneva2_preconditions conditional",
      "syrian_opposition assad_role must_go",
      "qatar geneva2_preconditions conditional",
      "qatar assad_role must_go",
    ],
  },
  // Interviews: the one presented before the questions answers; his answer's own verbs keep their subjects.
  {
    why: "«… المتحدث باسم الائتلاف لؤي صافي، وكان هذا الحوار:» then «ج:»: the one presented answers",
    text: "صافي لـ«الحياة»: لا مكان للأسد\nالتقت «الحياة» المتحدث باسم الائتلاف لؤي صافي، وكان هذا الحوار:\nس: هل تقبلون بحضور إيران؟\nج: لن نجلس مع إيران على طاولة واحدة ما دامت ميليشياتها تقاتل في سوريا.",
    // (The headline «صافي لـ«الحياة»: لا مكان للأسد» is his, the body naming him in full: a headline's surname.)
    expected: ["national_coalition iran_participation oppose", "national_coalition assad_role must_go"],
  },
  {
    why: "«ج: الأمريكيون يقولون إن …» inside an answer: the Americans' position, not the one answering",
    text: "صافي لـ«الحياة»: لا مكان للأسد\nالتقت «الحياة» المتحدث باسم الائتلاف لؤي صافي، وكان هذا الحوار:\nس: وواشنطن؟\nج: الأمريكيون يقولون إن الأسد لا يمكن أن يكون جزءاً من الحل.",
    expected: ["usa assad_role must_go", "national_coalition assad_role must_go"],
  },
  {
    why: "«مطالبنا ليست شروطاً مسبقة … بل التزامات»: one's own demands denied to be conditions state no stance",
    text: `${HEAD}وقال العبدة إن مطالبنا ليست شروطاً مسبقة كما يقول النظام، بل هي التزامات دولية.`,
    expected: [],
  },
  // Iran welcomed and then made conditional in one breath; asking for her own seat.
  {
    why: "«لا تعارض مشاركة إيران، لكن عليها أن تعلن أولاً …»: accepted only on the condition, one stance",
    text: `${HEAD}وقال فابيوس إن فرنسا لا تعارض مشاركة إيران، لكن عليها أن تعلن أولاً قبولها ببيان جنيف 1.`,
    expected: ["france iran_participation conditional"],
  },
  {
    why: "«نرحب بمشاركة إيران» with no condition after it stays support (guard)",
    text: `${HEAD}وقال فابيوس إن فرنسا ترحب بمشاركة إيران في المؤتمر.`,
    expected: ["france iran_participation support"],
  },
  {
    why: "«طهران تطالب بمقعد في المؤتمر» (SVO): she asks for her own seat",
    text: `${HEAD}وفي المقابل، فإن طهران تطالب بمقعد في المؤتمر الدولي.`,
    expected: ["iran iran_participation support"],
  },
  {
    why: "«من يشترط رحيل الأسد للحل يحلم»: whoever demands it dreams; the speaker keeps him",
    text: `${ASSAD_NAMED}وقال المعلم إن من يشترط رحيل الأسد للحل يحلم.`,
    expected: ["syrian_government assad_role may_stay"],
  },
  // Assad as the man who waged war on his people; his going off the agenda; a report of sharing a view; an
  // invitation withdrawn by its pronoun; a describing verb whose own object is another position.
  {
    why: "«لا يمكن أن يكون الرجل الذي شن حرباً على شعبه جزءاً من المرحلة الانتقالية»: Assad, named by what he did",
    text: `${HEAD}وقال هيغ إنه لا يمكن أن يكون الرجل الذي شن حربا على شعبه جزءا من المرحلة الانتقالية.`,
    expected: ["uk assad_role must_go"],
  },
  {
    why: "«تنحي الأسد ليس على جدول أعمالنا»: his going off the agenda keeps him",
    text: `${ASSAD_NAMED}وقال شويغو إن تنحي الأسد ليس على جدول أعمالنا.`,
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "«… ليس على جدول الأعمال لأنه أمر محسوم»: off the agenda as settled is no keeping him (guard)",
    text: `${ASSAD_NAMED}وقال جاموس إن رحيل الأسد ليس على جدول الأعمال لأنه أمر محسوم.`,
    expected: [],
  },
  {
    why: "«نظيره … يشاطرنا الرأي بأن الأسد يجب أن يرحل»: the one sharing the view holds it, and so does the speaker («our view»)",
    text: `${HEAD}وقال فابيوس إن نظيره القطري خالد العطية "يشاطرنا الرأي بأن الأسد يجب أن يرحل".`,
    expected: ["qatar assad_role must_go", "france assad_role must_go"],
  },
  {
    why: "«وجه الدعوة إلى إيران … قبل أن يعلن سحبها»: the invitation and its withdrawal, both his",
    text: `${HEAD}وكان بان كي مون قد وجه الدعوة إلى إيران للمشاركة في المؤتمر، قبل أن يعلن بعد ساعات سحبها.`,
    expected: ["un iran_participation support", "un iran_participation oppose"],
  },
  {
    why: "«تتمسك موسكو ببقاء الأسد، وتصف المطالبة برحيله بأنها غير واقعية»: the description is of the demand, not of her own position",
    text: `${ASSAD_NAMED}وتتمسك موسكو ببقاء الأسد، وتصف المطالبة برحيله بأنها غير واقعية.`,
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "«وأكد وزيرا خارجية فرنسا لوران فابيوس وبريطانيا وليام هيغ أن «…»»: both ministers hold the quotation",
    text: `${HEAD}وأكد وزيرا خارجية فرنسا لوران فابيوس وبريطانيا وليام هيغ أن "لا مكان للأسد في مستقبل سوريا".`,
    expected: ["france assad_role must_go", "uk assad_role must_go"],
  },
  // A transcript's turns («لافروف: …»): the label speaks its line's sentences that name no speaker or subject.
  {
    why: "«كيري: … الولايات المتحدة تعتقد … . لكننا لا نجعل من رحيله شرطاً»: the label's «we», past a sentence with its own frame",
    text: "نص المؤتمر الصحفي\nكيري: شكراً. الولايات المتحدة ما زالت تعتقد أن الأسد لا يمكنه أن يقود سوريا. لكننا لا نجعل من رحيل الأسد شرطاً لبدء المفاوضات.",
    expected: ["usa assad_role must_go", "usa assad_role may_stay"],
  },
  {
    why: "«لافروف: بالطبع. مشاركة إيران ضرورية»: a person's label speaks a sentence not in the first person",
    text: "نص المؤتمر الصحفي\nسؤال: هل ستشارك إيران؟\nلافروف: بالطبع. مشاركة إيران في الاجتماع ضرورية.",
    expected: ["russia iran_participation support"],
  },
  {
    why: "«لافروف: … . بعض شركائنا يصرون على رحيل الأسد»: others («يصرون») the label reports are not his (guard)",
    text: "نص المؤتمر الصحفي\nلافروف: نحن نتحدث مع الجميع. بعض شركائنا يصرون على رحيل الأسد.",
    expected: [],
  },
  {
    why: "«لافروف: … . في المقابل رفضت الهيئة ذلك، ولن نذهب …»: the other side's sentence is not the label's (guard)",
    text: "نص المؤتمر الصحفي\nلافروف: لا بد من حضور إيران. في المقابل رفضت الهيئة ذلك، ولن نذهب إلى جنيف إذا حضرت إيران.",
    expected: ["russia iran_participation support"],
  },
  // A position in a relative clause on a party named right before it.
  {
    why: "«وانتقد المعلم الائتلاف الذي يضع رحيل الأسد شرطاً لحضوره»: the relative clause's condition is the Coalition's",
    text: `${ASSAD_NAMED}وانتقد المعلم الائتلاف الذي يضع رحيل الأسد شرطاً لحضوره المؤتمر.`,
    expected: ["national_coalition geneva2_preconditions conditional", "syrian_government assad_role may_stay"],
  },
  {
    why: "«الائتلاف الذي يصر على رحيل الأسد لا يريد الحل»: the party holds it as it stands, the speaker the judgement",
    text: `${ASSAD_NAMED}وقال المقداد إن الائتلاف الذي يصر على رحيل الأسد لا يريد الحل.`,
    expected: ["national_coalition assad_role must_go", "syrian_government assad_role may_stay"],
  },
  {
    why: "«واشنطن التي تضغط لإقصاء طهران لا تريد حلاً»: the pressing party opposes her, the speaker judges it",
    text: `${HEAD}وقال المقداد إن الإدارة الأمريكية التي تضغط لإقصاء طهران لا تريد حلا حقيقيا.`,
    expected: ["usa iran_participation oppose", "syrian_government iran_participation support"],
  },
  {
    why: "«قال المنسق العام لـ «هيئة التنسيق الوطنية لقوى …» حسن عبد العظيم إن …»: the title's genitive in quotation marks",
    text: `${HEAD}وقال المنسق العام لـ «هيئة التنسيق الوطنية لقوى التغيير الديمقراطي» حسن عبد العظيم إن الهيئة مع الذهاب إلى جنيف من دون شروط مسبقة.`,
    expected: ["ncb geneva2_preconditions unconditional"],
  },
  {
    why: "«وجه دعوة … ثم عاد بعد ساعات وأعلن سحبها»: the withdrawal by its pronoun, a few words after «ثم»",
    text: `${HEAD}وكان بان كي مون قد وجه دعوة رسمية إلى إيران، ثم عاد بعد أقل من يوم وأعلن سحبها.`,
    expected: ["un iran_participation oppose", "un iran_participation support"],
  },
  // «الهيئة» for the body the article names; a statement's own text is its issuer's.
  {
    why: "«بيان صادر عن الهيئة العليا للمفاوضات» ⏎ «ثانياً: لن يتوجه وفد الهيئة … قبل …»: the statement's issuer",
    text: "بيان صادر عن الهيئة العليا للمفاوضات\nأولاً: ترحب الهيئة بكل جهد صادق لإنهاء الحرب.\nثانياً: لن يتوجه وفد الهيئة إلى جنيف قبل رفع الحصار عن المدن.\nثالثاً: لا يمكن القبول بأي دور لإيران قبل سحب ميليشياتها من سوريا.",
    expected: ["hnc geneva2_preconditions conditional", "hnc iran_participation conditional"],
  },
  {
    why: "«… الهيئة العليا للمفاوضات … . وتؤكد الهيئة رفضها أي مشاركة لإيران»: «الهيئة» once the body is named",
    text: `${HEAD}اجتمعت الهيئة العليا للمفاوضات في الرياض أمس. وتؤكد الهيئة رفضها أي مشاركة لإيران في المفاوضات.`,
    expected: ["hnc iran_participation oppose"],
  },
  {
    why: "an article naming both the committee and the coordination body leaves a bare «الهيئة» unread (guard)",
    text: `${HEAD}اجتمعت الهيئة العليا للمفاوضات وهيئة التنسيق الوطنية في الرياض. وتؤكد الهيئة رفضها أي مشاركة لإيران في المفاوضات.`,
    expected: [],
  },
  {
    why: "«خرج نصر الله ليعلن أن «…»»: a verb of saying after «ل» of purpose names its speaker",
    text: `${ASSAD_NAMED}وخرج نصر الله مساء أمس ليعلن أن «لا حل في سوريا من دون الرئيس الأسد، ومن ينتظر رحيله سينتظر طويلا».`,
    expected: ["hezbollah assad_role may_stay"],
  },
  {
    why: "«وكان كيري قد ادعى أن …»: claiming is saying",
    text: `${ASSAD_NAMED}وكان كيري قد ادعى أنه لا مكان للأسد في مستقبل سوريا.`,
    expected: ["usa assad_role must_go"],
  },
  {
    why: "an interview's questions set off by «■»: the one interviewed answers the lines after them",
    text: "عبد العظيم لـ«الأخبار»: لم نُدعَ إلى جنيف\n■ هل تقبلون الجلوس مع وفد النظام؟\nنعم. الحوار يجب أن يبدأ بلا شروط مسبقة من أي طرف.",
    expected: ["ncb geneva2_preconditions unconditional"],
  },
  {
    why: "«الائتلاف يرفع شعار «لا تفاوض قبل رحيل الأسد»»: a slogan is the one's who raises it",
    text: `${ASSAD_NAMED}وقال عبد العظيم إن الائتلاف ذهب إلى جنيف وهو يرفع شعار «لا تفاوض قبل رحيل الأسد».`,
    expected: ["national_coalition geneva2_preconditions conditional", "national_coalition assad_role must_go"],
  },
  {
    why: "«حضرت إيران الاجتماع بدعوة من موسكو وواشنطن»: the inviters support her taking part",
    text: `${HEAD}وحضرت إيران الاجتماع للمرة الأولى بدعوة من موسكو وواشنطن.`,
    expected: ["russia iran_participation support", "usa iran_participation support"],
  },
  {
    why: "«ألحت موسكو على حضور طهران»: insisting on her presence supports it",
    text: `${HEAD}وكانت موسكو قد ألحت على حضور طهران.`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "«بدعوة من» with no one of Iran's named before it invites no one to anything on her part (guard)",
    text: `${HEAD}وحضر الجربا الاجتماع بدعوة من باريس.`,
    expected: [],
  },
  // Guards from the read of this probe's change for over-generalisation (near-miss sentences).
  {
    why: "«… تبنى مجلس الأمن قراراً …، ورحبت باريس بالقرار» after a withdrawal: another decision in between (guard)",
    text: `${WITHDRAWN}وفي نيويورك تبنى مجلس الأمن قرارا بشأن الأسلحة الكيميائية، ورحبت باريس بالقرار.`,
    expected: ["un iran_participation oppose"],
  },
  {
    why: "«سحبت الجامعة العربية الدعوة الموجهة إلى دمشق …، ورحبت قطر بالقرار»: not Iran's invitation (guard)",
    text: `${HEAD}وسحبت جامعة الدول العربية الدعوة الموجهة إلى الحكومة السورية، فيما تواصل إيران دعمها لدمشق. ورحبت قطر بالقرار.`,
    expected: [],
  },
  {
    why: "«الشعب الإيراني وحده يقرر مصير رئيسه»: another people's president (guard)",
    text: `${ASSAD_NAMED}وقال ظريف إن الشعب الإيراني وحده يقرر مصير رئيسه.`,
    expected: [],
  },
  {
    why: "«لا يمكن للأسد أن يقود البلاد من دون إصلاحات»: how he leads, not whether (guard)",
    text: `${ASSAD_NAMED}وقال لافروف إنه لا يمكن للأسد أن يقود البلاد من دون إصلاحات سياسية.`,
    expected: [],
  },
  {
    why: "«… هيئة علماء المسلمين … أكدت الهيئة رفضها أي دور لإيران»: «الهيئة» goes back to the body named last (guard)",
    text: `${HEAD}اجتمعت الهيئة العليا للمفاوضات في الرياض. وأصدرت هيئة علماء المسلمين في العراق بيانا أكدت فيه الهيئة رفضها أي دور لإيران.`,
    expected: [],
  },
  {
    why: "«بيان صادر عن الخارجية الروسية يثير غضب المعارضة»: a headline about a statement, no issuer speaks (guard)",
    text: "بيان صادر عن الخارجية الروسية يثير غضب المعارضة\nأثار البيان موجة من الانتقادات. ويرى مراقبون أن لا حل دون رحيل الأسد.",
    expected: [],
  },
  {
    why: "«لن تحضر أي مؤتمر إلا بدعوة من الأمم المتحدة»: her condition, no invitation by the UN (guard)",
    text: `${HEAD}وقالت طهران إنها لن تحضر أي مؤتمر إلا بدعوة من الأمم المتحدة.`,
    expected: ["iran geneva2_preconditions conditional"],
  },
  {
    why: "«رأى … أن السعودية تعرقل الحل لأنها تشترط رحيل الأسد»: the pronoun's clause is the party named before it",
    text: `${ASSAD_NAMED}ورأى الدبلوماسي الإيراني أن السعودية تعرقل الحل لأنها تشترط رحيل الأسد قبل أي تفاوض.`,
    expected: ["saudi_arabia geneva2_preconditions conditional", "saudi_arabia assad_role must_go"],
  },
  {
    why: "«قال لافروف إنه لا يمكن … لأنه …» has no other party: the speaker's own (guard)",
    text: `${ASSAD_NAMED}وقال لافروف إن موسكو ترفض أي شروط مسبقة لأنها تعرقل الحوار.`,
    expected: ["russia geneva2_preconditions unconditional"],
  },
  {
    why: "«تسريبات عن قبول أنقرة ببقاء الأسد …، وهو ما نفته الخارجية التركية»: a report denied right after it",
    text: `${ASSAD_NAMED}وتتحدث تسريبات صحفية عن قبول أنقرة ببقاء الأسد ستة أشهر، وهو ما نفته الخارجية التركية.`,
    expected: [],
  },
  {
    why: "«أكد نصر الله أن المعارضة التي تشترط تنحي الأسد …»: the bare opposition of the relative clause holds its condition",
    text: `${ASSAD_NAMED}وأكد نصر الله أن المعارضة التي تشترط تنحي الأسد قبل الذهاب إلى جنيف لن تحصل على شيء.`,
    expected: ["syrian_opposition geneva2_preconditions conditional", "syrian_opposition assad_role must_go"],
  },
  {
    why: "«رحبت الرياض بقرار الأمين العام سحب الدعوة التي وجهها إلى إيران لحضور …»: no approval of the invitation withdrawn",
    text: `${HEAD}ورحبت الرياض بقرار الأمين العام للأمم المتحدة بان كي مون سحب الدعوة التي وجهها إلى إيران لحضور المؤتمر.`,
    // (And the UN, whose decision withdrew it, opposes: CONTRACT.md, withdrawing the invitation is oppose.)
    expected: ["saudi_arabia iran_participation oppose", "un iran_participation oppose", "un iran_participation support"],
  },
  {
    why: "«إن الأسد الذي تطالب واشنطن برحيله باق»: a relative clause naming its own subject is that subject's (guard)",
    text: `${HEAD}وقال المعلم إن الأسد الذي تطالب واشنطن برحيله باق في منصبه.`,
    expected: ["usa assad_role must_go"],
  },
];

caseTable("Sixth probe: decisions on Iran welcomed or condemned, withdrawals, holders and polarity", CASES);
