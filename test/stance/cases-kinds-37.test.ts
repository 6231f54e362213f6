// Kinds mended in the thirty-seventh probe, from the left lists of the last: «رفض» as a verbal noun (after «أن/إن»,
// with «ب/ل», or criticised) has its agent right after it, who holds the refusal (a criticised refusal stays a refusal
// for its agent); an answer declined («رفض الإجابة على سؤال حول …») holds nothing, unless he answered all the same; what
// another is obliged to do («على الوفد الآخر أن …») or what must be done «قبل أن نجلس» before sitting at the table is a
// condition; conditions one will not accept others to set («لن نقبل أن يشترط علينا أحد») are no condition of one's own;
// conditions for another venue (Moscow, Astana); a cited headline; a surname alone after the full name; sitting with
// her pronoun refused; attempts to exclude her criticised; judgements of whoever demands his going; «مسألة دور الأسد»;
// pressure on someone to go without conditions is the presser's.
import { caseTable, type Case } from "./case-table";

const T = "جنيف 2: مواقف\n\n";

const CASES: Case[] = [
  {
    why: "«إن رفض المعارضة حضور إيران …»: the refusal is the opposition's, the speaker only judges it",
    text: `${T}وقال الوزير الروسي إن رفض المعارضة حضور إيران يضر بفرص المؤتمر.`,
    expected: ["syrian_opposition iran_participation oppose"],
  },
  {
    why: "the refusal's agent a capital, after «أن»: Washington's, not the speaker's",
    text: `${T}واعتبر عبد اللهيان أن رفض واشنطن مشاركة طهران لا يخدم الحل.`,
    expected: ["usa iran_participation oppose"],
  },
  {
    why: "«ندد … برفض الرياض حضور إيران»: the refusal denounced stays Riyadh's refusal",
    text: `${T}وندد المقداد برفض الرياض حضور إيران اجتماعات جنيف.`,
    expected: ["saudi_arabia iran_participation oppose"],
  },
  {
    why: "«انتقد … رفض تركيا مشاركة إيران»: criticised, the refusal is still Turkey's (it had been read as her wish for Iran)",
    text: `${T}وانتقد عراقجي رفض تركيا مشاركة إيران في المؤتمر.`,
    expected: ["turkey iran_participation oppose"],
  },
  {
    why: "«ورفض» opening the sentence is the verb: its coordinated subjects both hold it",
    text: `${T}ورفض الجانبان الفرنسي والبريطاني مشاركة إيران في المؤتمر.`,
    expected: ["france iran_participation oppose", "uk iran_participation oppose"],
  },
  {
    why: "an answer declined on his staying holds nothing (it had been read as rejecting it)",
    text: `${T}ورفض المتحدث باسم الكرملين الإجابة على سؤال بشأن بقاء الأسد في السلطة.`,
    expected: [],
  },
  {
    why: "declining to answer about her invitation holds nothing",
    text: `${T}وتجنبت المتحدثة الأمريكية الإجابة عن أسئلة الصحفيين حول دعوة إيران إلى المؤتمر.`,
    expected: [],
  },
  {
    why: "declined, then answered all the same with «قائلاً»: the answer holds",
    text: `${T}وامتنع دي ميستورا عن الإجابة على سؤال حول مستقبل الأسد، قائلاً إن "مصير الرئيس يقرره السوريون وحدهم".`,
    expected: ["un assad_role neutral"],
  },
  {
    why: "a reply refused to the demands themselves (no question) is still a refusal of them",
    text: `${T}ورفض لافروف الرد على المطالبات برحيل الأسد، معتبراً أنها لا تستحق النقاش.`,
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "«على الوفد الآخر أن … قبل الجلوس إلى الطاولة»: what the other side must do first is a condition",
    text: `${T}وقال الجعفري إن على وفد المعارضة أن يعترف بالحرب على الإرهاب قبل الجلوس إلى الطاولة.`,
    expected: ["syrian_government geneva2_preconditions conditional"],
  },
  {
    why: "«قبل أن نجلس إلى الطاولة» after «لا بد أن»: a condition",
    text: `${T}وقال الجربا: "لا بد أن تفتح الممرات الإنسانية قبل أن نجلس إلى الطاولة".`,
    expected: ["national_coalition geneva2_preconditions conditional"],
  },
  {
    why: "«لا يجب على أحد أن يطالب بشيء قبل الجلوس»: the obligation denied is no condition",
    text: `${T}وقال المقداد إنه لا يجب على أحد أن يطالب بشيء قبل الجلوس إلى الطاولة.`,
    expected: [],
  },
  {
    why: "«كان ينبغي على الائتلاف أن …»: what he should have done before is no condition now",
    text: `${T}وقال المعلم إنه كان ينبغي على الائتلاف أن يحدد وفده قبل الجلوس إلى الطاولة.`,
    expected: [],
  },
  {
    why: "«لم نضع شروطاً لحضورنا ولن نقبل أن يشترط علينا أحد»: both halves refuse conditions",
    text: `${T}وقال عراقجي: "لم نضع أي شرط لحضورنا، ولن نقبل أن يشترط علينا أحد شيئاً".`,
    expected: ["iran geneva2_preconditions unconditional"],
  },
  {
    why: "«لن نسمح بأن يشترط أحد …»: not allowing others' conditions is no condition of one's own",
    text: `${T}وقال الجعفري: "لن نسمح بأن يشترط أحد علينا شيئاً مقابل مشاركتنا".`,
    expected: ["syrian_government geneva2_preconditions unconditional"],
  },
  {
    why: "conditions in a sentence about the Moscow meeting, Geneva not named, are that venue's",
    text: `${T}وقال المنسق العام لهيئة التنسيق حسن عبد العظيم إن الهيئة ستشارك في لقاء موسكو من دون شروط مسبقة.`,
    expected: [],
  },
  {
    why: "conditions for Astana are no preconditions of Geneva",
    text: `${T}وأكد المقداد أن دمشق ستذهب إلى مفاوضات أستانا دون شروط مسبقة.`,
    expected: [],
  },
  {
    why: "talks held in Moscow (a visit) are no other venue: the conditions he rejects stand",
    text: `${T}وقال ظريف بعد محادثات في موسكو إن بلاده لن تقبل بأي شروط مسبقة على مشاركتها في المؤتمر.`,
    expected: ["iran geneva2_preconditions unconditional"],
  },
  {
    why: 'a cited headline («تحت عنوان "…"») names the story, no one\'s position',
    text: `${T}وتحت عنوان "الائتلاف يضع شروطه"، نشرت الصحيفة تقريراً عن اجتماعات إسطنبول.`,
    expected: [],
  },
  {
    why: "a surname alone after the full name is the person («رياض حجاب … وقال حجاب»)",
    text: `${T}التقى المبعوث الدولي رياض حجاب في الرياض. وقال حجاب إن الهيئة مستعدة للمشاركة في جنيف شرط أن يتوقف القصف.`,
    expected: ["hnc geneva2_preconditions conditional"],
  },
  {
    why: "a surname alone with no full name before it is nobody (a common word)",
    text: `${T}وقال حجاب إن الهيئة مستعدة للمشاركة في جنيف شرط أن يتوقف القصف.`,
    expected: [],
  },
  {
    why: "a former official's surname teaches nothing («السفير الأمريكي السابق … روبرت فورد … فورد»)",
    text: `${T}قال السفير الأمريكي السابق لدى سوريا روبرت فورد إن الحرب طويلة. ورأى المحلل أن "إيران يجب أن تكون في جنيف".`,
    expected: [],
  },
  {
    why: "the surname right after a definite word is its adjective («العالم العربي»), not the man",
    text: `${T}التقى الأمين العام للجامعة نبيل العربي الوزير. ويرى العالم العربي أن مصير الأسد يقرره السوريون.`,
    expected: [],
  },
  {
    why: "«للهيئة العليا» names the committee in full: a bare «الهيئة» after it is hers",
    text: `${T}عقد المنسق العام للهيئة العليا للمفاوضات اجتماعاً. وأعلنت الهيئة أنها لن تشارك في جنيف ما لم يرفع الحصار.`,
    expected: ["hnc geneva2_preconditions conditional"],
  },
  {
    why: "«ولا يمكن أن نجلس معها»: sitting with her refused, she named before in the sentence",
    text: `${T}وقال الجربا إن «إيران دولة محتلة وطائفية، ولن نجلس معها على طاولة واحدة».`,
    expected: ["national_coalition iran_participation oppose"],
  },
  {
    why: "negotiating with her named without a refusal is no position («أكثر من التفاوض معها»)",
    text: `${T}ويرى مراقبون أن الرياض ستسعى إلى إحراج طهران أكثر من التفاوض معها.`,
    expected: [],
  },
  {
    why: "attempts to exclude her, criticised, want her there",
    text: `${T}وانتقد المندوب الروسي فيتالي تشوركين محاولات إقصاء إيران عن المؤتمر.`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "attempts to impose her, refused, oppose her",
    text: `${T}وأعلن الائتلاف رفضه محاولات فرض مشاركة إيران في المؤتمر.`,
    expected: ["national_coalition iran_participation oppose"],
  },
  {
    why: "whoever demands his going «يضع العصي في دواليب الحل»: the judge keeps him",
    text: `${T}وقال المقداد: "من يشترط رحيل الأسد للذهاب إلى جنيف إنما يضع العصي في دواليب الحل".`,
    expected: ["syrian_government assad_role may_stay", "syrian_government geneva2_preconditions unconditional"],
  },
  {
    why: "whoever speaks of his going «لا يعرف سوريا»: the judge keeps him",
    text: `${T}وقال الجعفري: "من يتحدث عن تنحي الرئيس لا يعرف سوريا ولا السوريين".`,
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: "a condition «يعني عملياً إغلاق باب الحل»: rejected, with his going it names",
    text: `${T}وقال بوغدانوف إن "اشتراط تنحي الأسد قبل الحوار يعني عملياً إغلاق باب الحل السياسي".`,
    expected: ["russia assad_role may_stay", "russia geneva2_preconditions unconditional"],
  },
  {
    why: "a conference that leaves her out, joined by «و» after another verb, called «أعرج»",
    text: `${T}وقال نصر الله إن "أي مؤتمر يبحث في مستقبل سوريا ويستثني إيران هو مؤتمر أعرج".`,
    expected: ["hezbollah iran_participation support"],
  },
  {
    why: "«لم يحسم بعد مسألة دعوة إيران»: not yet decided, no position",
    text: `${T}وقالت مصادر إن الأمين العام للأمم المتحدة بان كي مون لم يحسم بعد مسألة دعوة إيران إلى المؤتمر.`,
    expected: [],
  },
  {
    why: "«مسألة دور الأسد يقررها السوريون» from the Arab League: his fate left open, not a role for him",
    text: `${T}وقال الأمين العام للجامعة العربية نبيل العربي إن "مسألة دور الأسد في المرحلة الانتقالية يقررها السوريون".`,
    expected: ["arab_league assad_role neutral"],
  },
  {
    why: "a description before a report opened after a comma does not judge what that report says",
    text: `${T}ووصف لافروف قرار سحب الدعوة من إيران بأنه "خطأ"، مؤكداً أن موسكو ترى أن حضور إيران ضروري لإنجاح المؤتمر.`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "her coming «شرط لنجاح أي تسوية»: wanted, no terms set on her",
    text: `${T}وقال عبد اللهيان إن حضور إيران شرط أساسي لنجاح أي تسوية في سوريا.`,
    expected: ["iran iran_participation support"],
  },
  {
    why: "his staying refused, then «، فالأسد هو أصل المشكلة»: the next clause's judgement does not turn it back",
    text: `${T}وقال داود أوغلو إنه "لا يمكن الحديث عن انتقال سياسي يبقى فيه الأسد، فالأسد هو أصل المشكلة".`,
    expected: ["turkey assad_role must_go"],
  },
  {
    why: "«ضغط كيري على حجاب … للذهاب دون شروط»: the one pressed holds nothing, his surname known or not (guard)",
    text: `${T}وقالت مصادر إن وزير الخارجية الأمريكي جون كيري ضغط على رياض حجاب، خلال لقائهما في الرياض، للذهاب إلى جنيف دون شروط مسبقة.`,
    expected: [],
  },
  {
    why: "«رفض تركيا» with no accusative noun: the country, not the adjective «تركياً»",
    text: `${T}وندد المعلم برفض تركيا حضور إيران.`,
    expected: ["turkey iran_participation oppose"],
  },
  {
    why: "a member of the Iranian parliament speaks for Iran",
    text: `${T}وقال النائب في البرلمان الإيراني حسين نقوي إن مشاركة إيران في جنيف ضرورية.`,
    expected: ["iran iran_participation support"],
  },
  {
    why: "a committee of the Duma speaks for Russia",
    text: `${T}وقال نائب رئيس لجنة الشؤون الدولية في مجلس الدوما ليونيد سلوتسكي إن بلاده ترفض أي شروط مسبقة على الحوار.`,
    expected: ["russia geneva2_preconditions unconditional"],
  },
  {
    why: "a second speaker on Iran after another's verb of saying in one sentence is read too",
    text: `${T}وقالت المندوبة الأميركية سامانثا باور إن بلادها «لا تمانع مشاركة إيران، شرط أن تعلن قبولها ببيان جنيف»، وهو ما عبر عنه وزير الخارجية الفرنسي لوران فابيوس حين قال إن طهران «لا يمكنها الجلوس إلى الطاولة ما لم تقبل بمبدأ الحكومة الانتقالية».`,
    expected: ["usa iran_participation conditional", "france iran_participation conditional"],
  },
  {
    why: "«، في إشارة إلى مطالبة واشنطن لطهران بـ… كشرط لمشاركتها»: the author names Washington's demand on Iran",
    text: `${T}وأكد لافروف أن روسيا لن تقبل أي شرط، في إشارة إلى مطالبة واشنطن لطهران بإعلان قبولها ببيان جنيف 1 كشرط لمشاركتها في المؤتمر.`,
    expected: ["russia geneva2_preconditions unconditional", "usa iran_participation conditional"],
  },
  {
    why: '«أي مؤتمر "لن يكتب له النجاح" إذا جرى استبعاد إيران»: the failure first, her exclusion in the condition, wants her there',
    text: `${T}وأكد رئيس مجلس الشورى الإيراني علي لاريجاني أن أي مؤتمر حول سوريا "لن يكتب له النجاح" إذا جرى استبعاد الجمهورية الإسلامية عنه.`,
    expected: ["iran iran_participation support"],
  },
  {
    why: "a settlement she takes no part in «لن تصمد»: it will not hold without her",
    text: `${T}وقال نصر الله إن «أي تسوية لا تشارك فيها الجمهورية الإسلامية لن تصمد».`,
    expected: ["hezbollah iran_participation support"],
  },
  {
    why: "a conference that excludes her, an aside on her between commas, «لن يكتب له النجاح»",
    text: `${T}واعتبر حزب الله أن "أي مؤتمر يستبعد إيران، وهي الدولة الأكثر تأثيراً في المنطقة، لن يكتب له النجاح".`,
    expected: ["hezbollah iran_participation support"],
  },
  {
    why: "Hezbollah's bloc named in quotation marks («كتلة «الوفاء للمقاومة»») is Hezbollah",
    text: `${T}رأى رئيس كتلة «الوفاء للمقاومة» النائب محمد رعد أن «الرئيس بشار الأسد باق».`,
    expected: ["hezbollah assad_role may_stay"],
  },
  {
    why: "conditions another sets called «لا أساس لها» (baseless): the setter's, as the speaker reports them",
    text: `${T}وقال لافروف إن الهيئة العليا للمفاوضات تضع شروطاً لا أساس لها.`,
    expected: ["hnc geneva2_preconditions conditional"],
  },
  {
    why: "his going in a second reported clause («، وأنه …») is no part of the conditions named in the first",
    text: `${T}وكتبت صحيفة «إزفستيا» أن نائب وزير الخارجية الروسي غينادي غاتيلوف أبلغ نظراءه الغربيين أن الشروط التي يطرحها الائتلاف الوطني السوري للذهاب إلى المؤتمر «غير مقبولة»، وأنه «لا يجوز أن يتحول رحيل الرئيس الأسد إلى بند مسبق على جدول الأعمال».`,
    expected: ["national_coalition geneva2_preconditions conditional", "russia geneva2_preconditions unconditional"],
  },
  {
    why: "review guard: «لم يكن على المعارضة أن تطلب شيئاً قبل الجلوس»: no obligation in force, no condition",
    text: `${T}وقال المعلم إنه لم يكن على المعارضة أن تطلب أي شيء قبل الجلوس إلى الطاولة.`,
    expected: [],
  },
  {
    why: "review guard: «كان يتعين على … قبل الجلوس» is a complaint about the past, no condition",
    text: `${T}وقال الجعفري: "كان يتعين على المعارضة أن تعلن موقفها من الإرهاب قبل الجلوس إلى الطاولة".`,
    expected: [],
  },
  {
    why: "review guard: «لا يتعين على أي طرف أن … قبل الجلوس»: no condition",
    text: `${T}وقال مسؤول روسي إنه لا يتعين على أي طرف أن يقدم تنازلات قبل الجلوس إلى الطاولة.`,
    expected: [],
  },
  {
    why: "review guard: a meeting of two ministers in Moscow is no other venue («لقاء موسكو بين كيري ولافروف»)",
    text: `${T}وفي ختام لقاء موسكو بين كيري ولافروف، أعلن الوزيران الاتفاق على الدعوة إلى مؤتمر دولي حول سوريا من دون شروط مسبقة.`,
    expected: ["russia geneva2_preconditions unconditional", "usa geneva2_preconditions unconditional"],
  },
  {
    why: "review guard: «منصة موسكو» is an opposition group invited to the talks, no venue",
    text: `${T}ودعا دي ميستورا وفد الهيئة العليا ومنصة موسكو إلى الانخراط في المفاوضات من دون شروط مسبقة.`,
    expected: ["un geneva2_preconditions unconditional"],
  },
  {
    why: "review guard: a dateline «موسكو 2 كانون الثاني» is no «موسكو 2» meeting",
    text: `${T}موسكو 2 كانون الثاني – أكد لافروف أن الحكومة السورية مستعدة للذهاب إلى المؤتمر الدولي من دون شروط مسبقة.`,
    expected: ["syrian_government geneva2_preconditions unconditional"],
  },
  {
    why: "review guard: a condition on Vienna counts though the Moscow meetings are named in the sentence",
    text: `${T}وقال الجبير إن السعودية لن تشارك في اجتماعات فيينا ما لم يتم الاتفاق على جدول زمني لرحيل الأسد، مضيفاً أن لقاءات موسكو بين الحكومة والمعارضة لم تحقق شيئاً.`,
    expected: ["saudi_arabia assad_role must_go", "saudi_arabia geneva2_preconditions conditional"],
  },
  {
    why: "review guard: Astana in another clause («، فيما تشترط …») leaves the condition on the talks",
    text: `${T}ويعقد اجتماع في أستانا الأسبوع المقبل، فيما تشترط الهيئة العليا للمفاوضات رحيل الأسد للعودة إلى المفاوضات.`,
    expected: ["hnc assad_role must_go", "hnc geneva2_preconditions conditional"],
  },
  {
    why: "review guard: «كيلو الخبز» is a unit of weight, not Michel Kilo",
    text: `${T}وقال ميشيل كيلو إن جنيف فرصة أخيرة. وفي حلب تجاوز سعر كيلو الخبز مئتي ليرة، فيما قال ناشطون إن الأسد يجب أن يرحل.`,
    expected: [],
  },
  {
    why: "review guard: «قناة العربي» is a channel, not Nabil al-Arabi",
    text: `${T}وقال نبيل العربي إن الجامعة تدعم الحل السياسي. وقال الإعلامي في قناة العربي إن الأسد لن يرحل.`,
    expected: [],
  },
  {
    why: "review guard: praising a refusal of Iran («أشاد الائتلاف برفض فرنسا …») is the praiser's opposition too",
    text: `${T}وأشاد الائتلاف برفض فرنسا مشاركة إيران في المؤتمر الدولي.`,
    expected: ["france iran_participation oppose", "national_coalition iran_participation oppose"],
  },
];

caseTable("The thirty-seventh probe's kinds: refusals as nouns, answers declined, obligations before sitting", CASES);
