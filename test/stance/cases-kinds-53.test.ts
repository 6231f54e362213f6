// Kinds mended in the fifty-third probe, each a row here, with guards:
// - the welcome of a withdrawal of Iran's invitation whose withdrawer is named after its verbal noun, the one
//   welcoming named between his verb and it («رحب وزير الخارجية الفرنسي لوران فابيوس بتراجع الأمين العام عن دعوة
//   إيران», «رحب هيغ بسحب الأمين العام الدعوة التي وجهها إلى إيران»): the one welcoming holds oppose too (CONTRACT.md),
//   and the invitation named inside the withdrawal is not his support;
// - talk of something, or its timetable or date, between a rejection and what it rejects («رفض … أي حديث عن جدول زمني
//   لتنحي الأسد», «ترفض الكلام عن موعد لرحيله»): its words do not count toward the rejection's reach;
// - not allowing anyone to decide his future for the Syrians («لن تسمح لأحد بأن يقرر نيابة عن السوريين مستقبل
//   رئيسهم»), as no one having the right to (cues.json, assad.no-one-decides-his-fate);
// - an interview's answer opening on a word of assent set off by a comma, then a clause with its own subject («ج: هذا
//   صحيح، السعودية تضع فيتو على مشاركة إيران»): the subject holds it, not the one answering;
// - asked about his fate, «هذه مسألة يقررها السوريون (وحدهم)», «هذا أمر يخص السوريين» (assad.this-for-syrians, read
//   as fateLeftToSyrians: his allies keep him, anyone else leaves it open), «… أنفسهم على طاولة التفاوض، لا أنا»,
//   «…، وليس المبعوث الأممي», «لست أنا من يقرر ذلك» (assad.this-not-mine-to-decide);
// - «قائلاً», «واصفاً», «منوهاً» with no comma before them («وتحدث لافروف عن مستقبل الأسد قائلاً إن …»): the sentence's
//   subject says it, as after «مؤكداً»;
// - an accusation, then the accuser's own clause after a comma («اتهمت زاخاروفا وفد الرياض بـ"وضع شروط …"، ودعت إلى بدء
//   المفاوضات من دون أي شروط», «…، مذكراً بأن …»): what follows is the accuser's, not the accused's;
// - his departure «never» an (acceptable) condition («لم يكن يوماً شرطاً مقبولاً لبدء المفاوضات»), as «ليس شرطاً»;
// - a withdrawal that «corrects a mistake» («سحب الدعوة يصحح خطأ كبيراً»): the mistake is not the withdrawal's;
// - a verb of the present joined by «و» after a comma goes on with the one opening the sentence past the first verb's
//   object («بساكي تنتقد النظام، وتقول إن …»: rolling coverage and captions write so);
// - a verb of replying right before a colon («الجعفري، …، يرد: «…»») speaks what follows (attribution.json), and
//   «وأضاف» goes on with him;
// - «أمر سخيف» among the predicates rejecting what they judge (rejectedAfter);
// - «لم نأت إلى جنيف لنتفاوض على منصب رئيس الجمهورية»: «نتفاوض/يتفاوض/تتفاوض على» among the words of discussing his
//   fate (compose.assad.discussion);
// - the one asked with «من» after a verb of asking in the future and an adverb («ستطلب رسمياً من الأمين العام توجيه
//   الدعوة إلى إيران»): asked, not the holder;
// - a transitional government «that cannot include him» past a relative clause of six words («الحكومة الانتقالية التي
//   نص عليها بيان جنيف الأول "لا يمكن أن تضم الأسد"»);
// - «الرجل» alone as the subject of a reported clause, his name in the sentence or the one before («… بأن الرجل "لا
//   يمكن أن يكون جزءاً من الحكومة الانتقالية"»), as «هذا الرجل»;
// - not being able to imagine Syria with him in it or at its head («لا يمكن أن نتصور سوريا جديدة يكون فيها الأسد»,
//   «… والأسد على رأسها»): must_go (assad.cannot-imagine-with-him);
// - a live blog's entry naming only whose press conference, speech or interview it is («16:40 - مؤتمر صحفي
//   للإبراهيمي. سئل عن مصير الأسد فأجاب: …»): the answer goes on with him, not with the speaker of the entry before;
// - a place given with «من/في» and a colon, then a report opening on a person or party with no speaker's label after
//   it («14:05 - من واشنطن: المتحدثة باسم الخارجية الأمريكية جين بساكي تتهم …، وتقول إن …»): the place is a label,
//   not the speaker;
// - a label «X عن Y:» («21:08 - نصر الله عن إيران: «…»»): X speaks about Y, who is no speaker;
// - a label with a relative clause on the person up to its colon («رئيس الائتلاف … خالد خوجة، الذي لم يُدع ائتلافه إلى
//   الاجتماع: «…»»): the person speaks;
// - sharing the speaker's conviction in the plural («وأصدقاؤنا الأمريكيون يشاطروننا القناعة بأن …», attribution.json).
import { caseTable, type Case } from "./case-table";

const T = "جنيف 2: مواقف\n\n";

const CASES: Case[] = [
  {
    why: "«رحب فابيوس بتراجع الأمين العام عن دعوة إيران», the Secretary-General named before: both hold oppose",
    text: `${T}وكان الأمين العام للأمم المتحدة بان كي مون قد وجه الدعوة إلى طهران أمس.\n\nورحب وزير الخارجية الفرنسي لوران فابيوس بتراجع الأمين العام عن دعوة إيران.`,
    expected: ["france iran_participation oppose", "un iran_participation oppose", "un iran_participation support"],
  },
  {
    why: "«رحب هيغ بسحب الأمين العام الدعوة التي وجهها إلى إيران»: the one welcoming holds oppose, not support",
    text: `${T}رحب وزير الخارجية البريطاني وليام هيغ بسحب الأمين العام للأمم المتحدة الدعوة التي وجهها إلى إيران لحضور مؤتمر جنيف 2.`,
    expected: ["uk iran_participation oppose", "un iran_participation oppose", "un iran_participation support"],
  },
  {
    why: "guard: «انتقد لافروف سحب الأمين العام الدعوة التي وجهها إلى إيران»: criticising it is no welcome",
    text: `${T}وانتقد وزير الخارجية الروسي سيرغي لافروف سحب الأمين العام للأمم المتحدة الدعوة التي وجهها إلى إيران.`,
    expected: ["russia iran_participation support", "un iran_participation oppose", "un iran_participation support"],
  },
  {
    why: "«رفض ظريف أي حديث عن جدول زمني لتنحي الأسد»: past his long name, the timetable's words not counted",
    text: `${T}ورفض وزير الخارجية الإيراني محمد جواد ظريف أي حديث عن جدول زمني لتنحي الرئيس السوري بشار الأسد.`,
    expected: ["iran assad_role may_stay"],
  },
  {
    why: "«ترفض الكلام عن موعد لرحيل الأسد»",
    text: `${T}وقال المتحدث باسم الكرملين ديمتري بيسكوف إن موسكو ترفض الكلام عن موعد محدد لرحيل الرئيس بشار الأسد.`,
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "guard: «تطالب بجدول زمني لرحيل الأسد»: a timetable demanded is his going",
    text: `${T}وقال وزير الخارجية السعودي عادل الجبير إن المملكة تطالب بجدول زمني واضح لرحيل الأسد.`,
    expected: ["saudi_arabia assad_role must_go"],
  },
  {
    why: "«لن تسمح لأحد بأن يقرر نيابة عن السوريين مستقبل رئيسهم المنتخب»",
    text: `${T}وقال مندوب سوريا لدى الأمم المتحدة بشار الجعفري إن دمشق لن تسمح لأحد بأن يقرر نيابة عن السوريين مستقبل رئيسهم المنتخب.`,
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: "«ج: هذا صحيح، السعودية تضع فيتو على مشاركة إيران»: the answer's own subject",
    text: `نصرالله لقناة OTV: لا حل من دون الرئيس الأسد\n\nأطل الأمين العام لحزب الله السيد حسن نصرالله مساء أمس في مقابلة مع قناة OTV اللبنانية.\n\nس: وإيران؟ هناك فيتو على حضورها.\nج: هذا صحيح، السعودية تضع فيتو على مشاركة إيران، وهي التي تضغط على الأمريكيين.`,
    expected: ["hezbollah assad_role may_stay", "saudi_arabia iran_participation oppose"],
  },
  {
    why: "guard: «ج: نعم، نحن نرفض مشاركة إيران»: the one answering, in the first person",
    text: `الجربا لـ«الشرق الأوسط»: لن نذهب إلى جنيف إذا حضرت إيران\n\nأجرت الصحيفة مقابلة مع رئيس الائتلاف الوطني السوري أحمد الجربا.\n\nس: هل ترفضون حضور إيران؟\nج: نعم، نحن نرفض مشاركة إيران في المؤتمر.`,
    expected: ["national_coalition geneva2_preconditions conditional", "national_coalition iran_participation oppose"],
  },
  {
    why: "asked about his future, the UN envoy: «هذا أمر يقرره السوريون أنفسهم على طاولة التفاوض، لا أنا»",
    text: `${T}وحين سئل المبعوث الأممي الأخضر الإبراهيمي عن مستقبل الرئيس بشار الأسد اكتفى بالقول: «هذا أمر يقرره السوريون أنفسهم على طاولة التفاوض، لا أنا ولا أحد غيرهم».`,
    expected: ["un assad_role neutral"],
  },
  {
    why: "«هذه مسألة يقررها السوريون وحدهم، وليس المبعوث الأممي»",
    text: `${T}وكان المبعوث الأممي ستيفان دي ميستورا قد رفض الخوض في مصير الأسد، قائلا إن «هذه مسألة يقررها السوريون وحدهم، وليس المبعوث الأممي».`,
    expected: ["un assad_role neutral"],
  },
  {
    why: "asked about his fate, an ally: «هذا أمر يخص السوريين وحدهم» keeps him",
    text: `${T}وسئل نائب وزير الخارجية الروسي ميخائيل بوغدانوف عن مصير الأسد فقال إن هذا أمر يخص السوريين وحدهم.`,
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "asked about his fate, anyone else: «هذه مسألة يقررها السوريون» leaves it open",
    text: `${T}وسئل وزير الخارجية الأمريكي جون كيري عن مصير الأسد فقال إن هذه مسألة يقررها السوريون.`,
    expected: ["usa assad_role neutral"],
  },
  {
    why: "guard: «هذا أمر يخص السوريين» with no word of his fate before it",
    text: `${T}وقال وزير الخارجية الإيراني محمد جواد ظريف إن مستقبل سوريا يقرره السوريون، وهذا أمر يخص السوريين وحدهم.`,
    expected: [],
  },
  {
    why: "«وتحدث لافروف عن مستقبل الأسد قائلاً إن …»: the participle with no comma is the subject's",
    text: `${T}وتحدث وزير الخارجية الروسي سيرغي لافروف عن مستقبل الرئيس بشار الأسد قائلا إن رحيله ليس شرطا مسبقا للمفاوضات.`,
    expected: ["russia assad_role may_stay", "russia geneva2_preconditions unconditional"],
  },
  {
    why: "«اتهمت زاخاروفا وفد الرياض بـ‹وضع شروط…›، ودعت إلى بدء المفاوضات من دون أي شروط»: the accuser's own clause",
    text: `${T}المتحدثة باسم الخارجية الروسية ماريا زاخاروفا اتهمت وفد الرياض بـ"وضع شروط مسبقة غير مقبولة"، ودعت إلى بدء المفاوضات «فورا ومن دون أي شروط».`,
    expected: ["russia geneva2_preconditions unconditional"],
  },
  {
    why: "«اتهم غاتيلوف الهيئة بـ…، مذكراً بأن ‹القرار لا يتضمن أي شروط›»",
    text: `${T}وفي موسكو، اتهم نائب وزير الخارجية الروسي غينادي غاتيلوف الهيئة العليا للمفاوضات بـ«محاولة فرض شروط مسبقة غير مقبولة»، مذكرا بأن «القرار الدولي لا يتضمن أي شروط لبدء الحوار».`,
    expected: ["russia geneva2_preconditions unconditional"],
  },
  {
    why: "«رحيل الأسد لم يكن يوماً شرطاً مقبولاً لبدء المفاوضات»",
    text: `${T}وقال وزير الخارجية الإيراني محمد جواد ظريف إن رحيل الأسد لم يكن يوماً شرطاً مقبولاً لبدء المفاوضات، وهذا ما قلناه منذ البداية.`,
    expected: ["iran assad_role may_stay", "iran geneva2_preconditions unconditional"],
  },
  {
    why: "«سحب الدعوة الموجهة إلى إيران يصحح خطأ كبيراً»: oppose, not her taking part defended",
    text: `${T}وقال عضو الائتلاف أنس العبدة إن «سحب الدعوة الموجهة إلى إيران يصحح خطأ كبيرا».`,
    expected: ["national_coalition iran_participation oppose"],
  },
  {
    why: "«بساكي تنتقد النظام، وتقول إن ‹الأسد فقد شرعيته›»: past the object, the joined verb is hers",
    text: `${T}14:05 - المتحدثة باسم الخارجية الأمريكية جين بساكي تتهم النظام بـ«المماطلة»، وتقول إن «الأسد فقد شرعيته ولا مكان له في مستقبل سوريا».`,
    expected: ["usa assad_role must_go"],
  },
  {
    why: "guard: «كيري يلتقي لافروف والأخير يؤكد …»: the clause's own subject",
    text: `${T}كيري يلتقي لافروف والأخير يؤكد أن الأسد باق.`,
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "«الجعفري، …، يرد: «…». وأضاف: «نرفض الشروط المسبقة»»",
    text: `${T}13:20 - بشار الجعفري، المندوب السوري لدى الأمم المتحدة وعضو الوفد الحكومي، يرد: «لم نأت إلى هنا للنزهة». وأضاف: «نرفض الشروط المسبقة، ونحن مستعدون لمناقشة بيان جنيف بندا بندا».`,
    expected: ["syrian_government geneva2_preconditions unconditional"],
  },
  {
    why: "«دعوة إيران إلى مؤتمر سلام أمر سخيف»",
    text: `${T}وقال الوزير الإسرائيلي يوفال شتاينتز إن دعوة إيران إلى مؤتمر سلام أمر سخيف ويجب ألا يحدث.`,
    expected: ["israel iran_participation oppose"],
  },
  {
    why: "«لم نأت إلى جنيف لنتفاوض على منصب رئيس الجمهورية»",
    text: `${T}وقال المندوب السوري بشار الجعفري: «لم نأت إلى جنيف لنتفاوض على منصب رئيس الجمهورية».`,
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: "«ستطلب رسمياً من الأمين العام توجيه الدعوة إلى إيران»: the one asking holds it",
    text: `${T}ونقلت صحيفة كوميرسانت عن مصدر دبلوماسي روسي رفيع أن بلاده ستطلب رسميا من الأمين العام للأمم المتحدة بان كي مون توجيه الدعوة إلى إيران.`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "«الحكومة الانتقالية التي نص عليها بيان جنيف الأول لا يمكن أن تضم الأسد»",
    text: `${T}وقال وزير الخارجية الأمريكي جون كيري إن الحكومة الانتقالية التي نص عليها بيان جنيف الأول «لا يمكن أن تضم الأسد».`,
    expected: ["usa assad_role must_go"],
  },
  {
    why: "«… بأن الرجل لا يمكن أن يكون جزءاً من الحكومة الانتقالية», named the sentence before",
    text: `${T}الروس يكررون أن رحيل الأسد «ليس شرطا مسبقا لأي تسوية». والأمريكيون يردون، على لسان جون كيري، بأن الرجل «لا يمكن أن يكون جزءا من الحكومة الانتقالية».`,
    expected: ["russia assad_role may_stay", "usa assad_role must_go"],
  },
  {
    why: "guard: «الرجل» with no name of his before it",
    text: `${T}وقال وزير الخارجية الأمريكي جون كيري إن الرجل لا يمكن أن يكون جزءا من الحكومة الانتقالية.`,
    expected: [],
  },
  {
    why: "«لا يمكن أن نتصور سوريا جديدة يكون فيها الأسد»",
    text: `${T}وقال رئيس الوزراء التركي أحمد داود أوغلو: «لا يمكن أن نتصور سوريا جديدة يكون فيها الأسد».`,
    expected: ["turkey assad_role must_go"],
  },
  {
    why: "«لا يمكن أن نتصور سوريا مستقرة والأسد على رأسها»",
    text: `${T}وقالت وزيرة الخارجية السويدية مارغوت فالستروم إنه لا يمكن أن نتصور سوريا مستقرة ومتصالحة مع نفسها والأسد على رأسها.`,
    expected: ["sweden assad_role must_go"],
  },
  {
    why: "«16:40 - مؤتمر صحفي للإبراهيمي. سئل عن مصير الأسد فأجاب: …»: the press conference's own speaker",
    text: `${T}15:30 - من طهران: المتحدثة باسم الخارجية الإيرانية مرضية أفخم: «بشار الأسد هو الرئيس الشرعي المنتخب لسوريا».\n\n16:40 - مؤتمر صحفي للإبراهيمي. سئل عن مصير الأسد فأجاب: «هذا ليس شأني. السوريون هم من يقرر».`,
    expected: ["iran assad_role may_stay", "un assad_role neutral"],
  },
  {
    why: "«من واشنطن: المتحدثة … بساكي تتهم النظام …، وتقول إن …»: the place a label, the spokeswoman the speaker",
    text: `${T}14:05 - من واشنطن: المتحدثة باسم الخارجية الأمريكية جين بساكي تتهم النظام بـ«المماطلة»، وتقول إن «الأسد فقد شرعيته ولا مكان له في مستقبل سوريا».`,
    expected: ["usa assad_role must_go"],
  },
  {
    why: "«من موسكو: وزير الخارجية الروسي سيرغي لافروف يؤكد أن …»",
    text: `${T}من موسكو: وزير الخارجية الروسي سيرغي لافروف يؤكد أن رحيل الأسد ليس شرطا مسبقا للمفاوضات.`,
    expected: ["russia assad_role may_stay", "russia geneva2_preconditions unconditional"],
  },
  {
    why: "«21:08 - نصر الله عن إيران: «… إيران يجب أن تكون في جنيف …»»: the one named first speaks",
    text: `${T}21:08 - نصر الله عن إيران: «أليس من المضحك أن يعقد مؤتمر حول سوريا وتستبعد منه الجمهورية الإسلامية؟ إيران يجب أن تكون في جنيف، وهي جزء أساسي من أي حل في المنطقة».`,
    expected: ["hezbollah iran_participation support"],
  },
  {
    why: "«من إسطنبول: رئيس الائتلاف … خالد خوجة، الذي لم يُدع ائتلافه إلى الاجتماع: «نرفض مشاركة إيران»»",
    text: `${T}12:15 - من إسطنبول: رئيس الائتلاف الوطني السوري خالد خوجة، الذي لم يدع ائتلافه إلى الاجتماع: «نرفض مشاركة إيران، فهي دولة تحتل أجزاء من سوريا».`,
    expected: ["national_coalition iran_participation oppose"],
  },
  {
    why: "«وأصدقاؤنا الأمريكيون يشاطروننا القناعة بأن الأسد فقد شرعيته»",
    text: `${T}وقال وزير الخارجية السعودي عادل الجبير: «لا دور لبشار الأسد في مستقبل سوريا. وأصدقاؤنا الأمريكيون يشاطروننا القناعة بأن الأسد فقد شرعيته».`,
    expected: ["saudi_arabia assad_role must_go", "usa assad_role must_go"],
  },
];

caseTable("kinds of the fifty-third probe", CASES);
