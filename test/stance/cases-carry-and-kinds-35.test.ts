// Kinds of general news Arabic mended in the thirty-fifth probe's session, each row written for the table: a
// sentence left out as about other talks still hands the turn to the subject it opens with; how one spoke before a
// colon; two sides by their adjectives; conditions judged, refused or set on Iran; his fate and his powers; the speaker
// of a verb of purpose; the one urged by title and name.
import { caseTable, type Case } from "./case-table";

const T = "جنيف 2: مواقف\n\n";

const CASES: Case[] = [
  {
    why: "«أما روحاني فخصص كلمته للاتفاق النووي» (left out), then «وقال»: Rouhani speaks, not the one before",
    text: `${T}وقال وزير الخارجية الأمريكي جون كيري إن على الأسد أن يرحل. أما الرئيس الإيراني حسن روحاني فخصص كلمته للاتفاق النووي مع الدول الست الكبرى في فيينا. وقال إن بلاده ترفض أي شروط مسبقة على مشاركتها في مؤتمر جنيف.`,
    expected: ["usa assad_role must_go", "iran geneva2_preconditions unconditional"],
  },
  {
    why: "a sentence on the nuclear talks that opens with no subject («وقال إن …») leaves the speaker as he was",
    text: `${T}وقال وزير الخارجية الأمريكي جون كيري إن على الأسد أن يرحل. وأضاف أن المفاوضات النووية مع الدول الست الكبرى في فيينا تسير ببطء. وتابع أن بلاده ترفض أي شروط مسبقة لعقد مؤتمر جنيف.`,
    expected: ["usa assad_role must_go", "usa geneva2_preconditions unconditional"],
  },
  {
    why: "a place opening the left-out sentence («وفي موسكو، …») takes no turn",
    text: `${T}وقال وزير الخارجية الأمريكي جون كيري إن على الأسد أن يرحل. وفي موسكو، تواصلت المفاوضات النووية مع الدول الست الكبرى. وقال كيري إن بلاده ترفض أي شروط مسبقة لعقد مؤتمر جنيف.`,
    expected: ["usa assad_role must_go", "usa geneva2_preconditions unconditional"],
  },
  {
    why: "«وكان لافروف أكثر وضوحاً: …»: the one opening the sentence, then how he spoke, up to the colon, speaks",
    text: `${T}وكان وزير الخارجية الروسي سيرغي لافروف أكثر وضوحاً: لا شروط مسبقة لعقد المؤتمر.`,
    expected: ["russia geneva2_preconditions unconditional"],
  },
  {
    why: "«أما الجبير فذهب أبعد من ذلك: …»",
    text: `${T}أما الجبير فذهب أبعد من ذلك: على الأسد أن يرحل.`,
    expected: ["saudi_arabia assad_role must_go"],
  },
  {
    why: "«إن الجانبين الروسي والأمريكي متفقان …»: the two sides named by their adjectives both hold it",
    text: `${T}وقال لافروف إن الجانبين الروسي والأمريكي متفقان على ضرورة عقد المؤتمر دون شروط مسبقة.`,
    expected: ["russia geneva2_preconditions unconditional", "usa geneva2_preconditions unconditional"],
  },
  {
    why: "«إن الطرفين الروسي والإيراني يرفضان رحيل الأسد»: reported of both sides, not the speaker's",
    text: `${T}وقال مسؤول أمريكي إن الطرفين الروسي والإيراني يرفضان رحيل الأسد.`,
    expected: ["iran assad_role may_stay", "russia assad_role may_stay"],
  },
  {
    why: "his fate no precondition «بل مسألة تحسمها المفاوضات»: still not a condition",
    text: `${T}وقال المنسق العام لهيئة التنسيق إن مصير الرئيس بشار الأسد لا ينبغي أن يكون شرطا مسبقا، بل مسألة تحسمها المفاوضات.`,
    expected: ["ncb assad_role may_stay", "ncb geneva2_preconditions unconditional"],
  },
  {
    why: "his fate no precondition «لكنه سيكون أول بند»: put first all the same, no may_stay",
    text: `${T}وقال المنسق العام لهيئة التنسيق إن مصير الرئيس بشار الأسد لا ينبغي أن يكون شرطا مسبقا، لكنه سيكون أول بند في المفاوضات.`,
    expected: ["ncb geneva2_preconditions unconditional"],
  },
  {
    why: "«إن بلاده ترغب في المشاركة في المؤتمر»: Iran's wish to take part, by the speaker's country",
    text: `${T}وقال ظريف إن بلاده ترغب في المشاركة في المؤتمر.`,
    expected: ["iran iran_participation support"],
  },
  {
    why: "«إيران يجب أن تُدعى إلى المؤتمر»: invited in the passive, wanted",
    text: `${T}وقال لافروف إن إيران يجب أن تدعى إلى المؤتمر.`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "«إيران لا ينبغي أن تُدعى إلى المؤتمر»: refused",
    text: `${T}وقال كيري إن إيران لا ينبغي أن تدعى إلى المؤتمر.`,
    expected: ["usa iran_participation oppose"],
  },
  {
    why: "«إيران تدعي أن …» (claims) is no invitation",
    text: `${T}وقال كيري إن إيران تدعي أنها تريد الحل في سوريا.`,
    expected: [],
  },
  {
    why: "a body that strips him of his powers: he must go",
    text: `${T}وقال الجربا إن هدف المؤتمر تشكيل هيئة حكم انتقالية تجرد الأسد من كل صلاحياته.`,
    expected: ["national_coalition assad_role must_go"],
  },
  {
    why: "no one able to strip him of his powers: he stays",
    text: `${T}وقال المعلم إن أحدا لا يستطيع تجريد الرئيس الأسد من صلاحياته.`,
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: "«لن تناقش في جنيف أي موضوع يمس مقام الرئاسة»: anything touching the presidency off the table",
    text: `${T}وقال المقداد إن دمشق لن تناقش في جنيف أي موضوع يمس مقام الرئاسة.`,
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: "«من جهته، عرض الإبراهيمي …، وقال …»: the aside before the opening verb, the joined verb goes on from its subject",
    text: `${T}من جهته، عرض الإبراهيمي نتائج جولته الإقليمية، وقال في تصريح للصحفيين إن المؤتمر «يجب أن يعقد من دون شروط مسبقة من أي طرف».`,
    expected: ["un geneva2_preconditions unconditional"],
  },
  {
    why: "«معتبرا أن بيان باريس يعكس أوهام أصحابه»: what is judged is the statement, not the position before",
    text: `${T}وقال وزير الإعلام السوري عمران الزعبي إن دمشق لن تناقش في جنيف أي موضوع يمس مقام الرئاسة، معتبرا أن بيان باريس يعكس أوهام أصحابه.`,
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: "whoever makes his going a condition «يضيّع وقته»: the speaker rejects it",
    text: `${T}وقال نصرالله إن «من يضع رحيل الرئيس بشار الأسد شرطاً للذهاب إلى جنيف يضيّع وقته».`,
    expected: ["hezbollah assad_role may_stay", "hezbollah geneva2_preconditions unconditional"],
  },
  {
    why: "Iran named, then «شرط أن تقبل»: a condition on her role, not on the talks",
    text: `${T}وأضاف داود أوغلو أن "إيران يمكن أن تلعب دوراً بناءً في جنيف، شرط أن تقبل بمرجعية بيان جنيف 1".`,
    expected: ["turkey iran_participation conditional"],
  },
  {
    why: "«ستدرس الدعوة إذا وصلتها»: the invitation arriving is no condition",
    text: `${T}ونقلت وكالة إرنا عن مسؤول إيراني قوله إن طهران "ستدرس الدعوة إذا وصلتها".`,
    expected: [],
  },
  {
    why: "«لا يحق لأي طرف أجنبي أن يضعه شرطا»: no one may make it a condition",
    text: `${T}قال مساعد وزير الخارجية الإيراني عبد اللهيان إن "مصير الرئيس شأن يخص السوريين، ولا يحق لأي طرف أجنبي أن يضعه شرطا للتفاوض".`,
    expected: ["iran geneva2_preconditions unconditional"],
  },
  {
    why: "«دعوة إيران قرار صائب»: her invitation judged right",
    text: `${T}وقال غاتيلوف إن دعوة إيران «قرار صائب».`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "«سحب الدعوة … خطوة صحيحة»: the withdrawal judged right opposes her, no support",
    text: `${T}وقال عضو الهيئة السياسية في الائتلاف إن سحب دعوة إيران «خطوة صحيحة».`,
    expected: ["national_coalition iran_participation oppose"],
  },
  {
    why: "«الذين يحلمون بإسقاطه … سيفشلون»: whoever dreams of it is no one named",
    text: `${T}وأكد ولايتي أن الذين يحلمون باسقاط الأسد عبر طاولة المفاوضات سيفشلون.`,
    expected: [],
  },
  {
    why: "«الانتفاضة ضد حكم الرئيس الأسد»: what the uprising was against, no one's position",
    text: `${T}وقالت الأمم المتحدة إن أكثر من 130 ألف شخص قتلوا منذ بدء الانتفاضة ضد حكم الرئيس بشار الأسد.`,
    expected: [],
  },
  {
    why: "«خرج من اللقاء ليقول …»: the one who came out says it",
    text: `${T}رئيس الوفد الحكومي بشار الجعفري خرج من اللقاء ليقول للصحافيين: «جئنا للمشاركة في الحوار دون شروط مسبقة».`,
    expected: ["syrian_government geneva2_preconditions unconditional"],
  },
  {
    why: "«خرج كيري من الكرملين ليعلن …»: not the place he came out of",
    text: `${T}وخرج وزير الخارجية الأمريكي جون كيري من الكرملين أمس ليعلن أن على الأسد أن يرحل.`,
    expected: ["usa assad_role must_go"],
  },
  {
    why: "«ليس من اختصاص الأردن ولا نتدخل فيه»: his fate none of the speaker's business",
    text: `${T}وقال وزير الخارجية الأردني ناصر جودة إن مصير الرئيس السوري ليس من اختصاص الأردن ولا نتدخل فيه.`,
    expected: ["jordan assad_role neutral"],
  },
  {
    why: "«لا تقبل بأي تحديد مسبق لمصير الرئيس السوري»",
    text: `${T}وأكد وزير الخارجية الإيراني محمد جواد ظريف أن بلاده لا تقبل بأي تحديد مسبق لمصير الرئيس السوري.`,
    expected: ["iran assad_role may_stay"],
  },
  {
    why: "«لا يمكن تصور سوريا مستقرة يحكمها الأسد»",
    text: `${T}وقال وزير الخارجية البريطاني وليام هيغ إنه لا يمكن تصور سوريا مستقرة وآمنة يحكمها الأسد.`,
    expected: ["uk assad_role must_go"],
  },
  {
    why: "his going, a quoted phrase of time after it, «لم يعد شرطاً»",
    text: `${T}وقال وزير الخارجية الفرنسي لوران فابيوس إن رحيل الأسد "قبل بدء المرحلة الانتقالية" لم يعد شرطا.`,
    expected: ["france assad_role may_stay"],
  },
  {
    why: "the one urged named by his title then his name, an aside after: the urger holds it",
    text: `${T}وقالت مصادر معارضة إن وزير الخارجية الأميركي جون كيري حثّ المنسق العام للهيئة رياض حجاب، في اتصال هاتفي مطول، على المشاركة في المحادثات «دون شروط مسبقة».`,
    expected: ["usa geneva2_preconditions unconditional"],
  },
  {
    why: "«نوّه بقرار … سحب الدعوة»: commending the withdrawal opposes her",
    text: `${T}ونوه وزير الخارجية السعودي سعود الفيصل بقرار سحب الدعوة الموجهة إلى إيران.`,
    expected: ["saudi_arabia iran_participation oppose"],
  },
  {
    why: "criticising «التراجع عن دعوته لإيران» wants her there",
    text: `${T}وانتقد لافروف التراجع عن دعوته لإيران.`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "«منتقداً وجود قوات أجنبية في سوريا، بينها الحرس الثوري الإيراني»: a presence of forces, not at the talks",
    text: `${T}وانتقد وزير الخارجية السعودي سعود الفيصل وجود "قوات أجنبية" في سوريا، بينها "الحرس الثوري الإيراني".`,
    expected: [],
  },
  {
    why: "the withdrawal «يوجه ضربة إلى سمعة الأمم المتحدة»: judged harmful, her invitation wanted",
    text: `${T}وقال غاتيلوف إن سحب دعوة إيران يوجه ضربة إلى سمعة الأمم المتحدة.`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "«الدعوة وُجهت من قبل بان كي مون»: the sender in the passive invites her",
    text: `${T}وقال ظريف إن الدعوة وجهت إلى إيران من قبل بان كي مون نفسه.`,
    expected: ["un iran_participation support"],
  },
  {
    why: "her exclusion, «الذي تم بضغط أمريكي وسعودي»، judged a mistake: the speaker wants her, the pressers do not",
    text: `${T}وقال نصرالله إن إبعاد إيران عن جنيف، الذي تم بضغط أمريكي وسعودي، كان خطأ كبيرا.`,
    expected: ["hezbollah iran_participation support", "saudi_arabia iran_participation oppose", "usa iran_participation oppose"],
  },
  {
    why: "«وتوقف الأمين العام لحزب الله عند …، وقال»: the Secretary-General of a party speaks for it",
    text: `${T}وتوقف الأمين العام لحزب الله عند استبعاد إيران عن المؤتمر، وقال إن "إبعاد إيران عن جنيف كان خطأ كبيرا".`,
    expected: ["hezbollah iran_participation support"],
  },
  {
    why: "«ما وصفه بـ\"إصرار الائتلاف … شرطاً\"»: the speaker's name for the Coalition's position, the Coalition's",
    text: `${T}وانتقد المنسق العام لهيئة التنسيق حسن عبد العظيم ما وصفه بـ"إصرار الائتلاف طوال الأشهر الماضية على رحيل الأسد شرطا مسبقا لأي حوار".`,
    expected: ["national_coalition assad_role must_go", "national_coalition geneva2_preconditions conditional", "ncb assad_role may_stay"],
  },
  {
    why: "«ستواصل حضورها في محادثات فيينا»: her own presence kept up",
    text: `${T}وقال عبداللهيان ان طهران "ستواصل حضورها الفاعل في الجولات المقبلة من محادثات فيينا".`,
    expected: ["iran iran_participation support"],
  },
  {
    why: "Iran named, then «، ولا يمكن تصور أي تسوية من دون مشاركتها»",
    text: `${T}وقال غاتيلوف إن إيران عضو في المجموعة الدولية، ولا يمكن تصور أي تسوية من دون مشاركتها.`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "the insistence on his going «هو ما أوصل جنيف إلى هذا المأزق»: judged, he stays",
    text: `${T}وقال المندوب الروسي فيتالي تشوركين إن «الإصرار على رحيل الرئيس الأسد هو ما أوصل جنيف الى هذا المأزق».`,
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "the demand for his going «باتت بعيدة كل البعد عن الواقع»",
    text: `${T}وقال المتحدث باسم الخارجية الروسية إن "المطالبة برحيل الرئيس السوري باتت بعيدة كل البعد عن الواقع".`,
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "the demand for his going before any dialogue «طريق مسدود»",
    text: `${T}وقال لافروف إن "المطالبة برحيل الرئيس بشار الأسد قبل بدء أي حوار طريق مسدود جربه الجميع".`,
    expected: ["russia assad_role may_stay", "russia geneva2_preconditions unconditional"],
  },
  {
    why: "the demand for his going «تخدم المتطرفين وحدهم»",
    text: `${T}وقال غاتيلوف إن "المطالبة برحيل الأسد في هذه الظروف تخدم المتطرفين وحدهم".`,
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "talk of his going «حديث خارج الزمن»",
    text: `${T}وقال نصرالله إن "الحديث عن رحيل الرئيس بشار الأسد كمدخل لأي حل هو حديث خارج الزمن".`,
    expected: ["hezbollah assad_role may_stay"],
  },
  {
    why: "«لا يحق لأحد أن يحدد مصير رئيس الجمهورية»: no one else sets his fate",
    text: `${T}وقال المقداد إنه لا يحق لأحد أن يحدد مصير رئيس الجمهورية.`,
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: "«أن يحدد مدة بقاء رئيس الجمهورية»: how long he stays is no staying refused",
    text: `${T}وقال المقداد إنه لا يحق لوزير خارجية بريطانيا أو غيره أن يحدد مدة بقاء رئيس الجمهورية.`,
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: "«لن تعود إلى جنيف إلا على قاعدة بيان جنيف1»: a condition of returning",
    text: `${T}وقال رئيس الائتلاف هادي البحرة إن المعارضة لن تعود إلى جنيف إلا على قاعدة بيان جنيف1 كاملا.`,
    expected: ["national_coalition geneva2_preconditions conditional"],
  },
  {
    why: "a clause of time opening the sentence names no subject of the participle after the main verb",
    text: `${T}في وقت بدأ فيه المبعوث الدولي الجديد إلى سوريا ستيفان دي ميستورا الاستعداد لتسلم مهمته، وضع رئيس الائتلاف الوطني السوري هادي البحرة سقفا واضحا لأي جولة مقبلة، مؤكدا أن المعارضة «لن تعود إلى جنيف إلا على قاعدة بيان جنيف1 كاملا».`,
    expected: ["national_coalition geneva2_preconditions conditional"],
  },
  {
    why: "«الذين جعلوا رحيل الأسد شرطاً … عليهم أن يراجعوا حساباتهم»: whoever made it a condition is no one named",
    text: `${T}وقال ولايتي إن "الذين جعلوا رحيل الاسد شرطاً لاي حل سياسي عليهم اليوم ان يراجعوا حساباتهم".`,
    expected: [],
  },
  {
    why: "any conference «لن يكتب له النجاح إذا غابت عنه إيران»",
    text: `${T}وقال عبد اللهيان إن اي مؤتمر دولي جديد حول سوريا لن يكتب له النجاح اذا غابت عنه ايران.`,
    expected: ["iran iran_participation support"],
  },
  {
    why: "a round that needs every influential state at the table, «وفي مقدمتها إيران»",
    text: `${T}وقال دي ميستورا إن أي جولة مقبلة تحتاج إلى أن تجلس إلى الطاولة كل الدول التي لها تأثير على الأرض، وفي مقدمتها إيران والسعودية.`,
    expected: ["un iran_participation support"],
  },
  {
    why: "his fate discussed at the table «ولا يجوز أن يوضع شرطاً مسبقاً»",
    text: `${T}وقال عبد العظيم إن مصير الأسد يبحث على طاولة التفاوض ولا يجوز أن يوضع شرطا مسبقا قبل الجلوس إليها.`,
    expected: ["ncb assad_role may_stay", "ncb geneva2_preconditions unconditional"],
  },
  {
    why: "«مسألة الأسد لا تعنينا»: none of the speaker's business",
    text: `${T}وقال صالح مسلم إن مسألة الأسد لا تعنينا بقدر ما تعنينا حقوق شعبنا.`,
    expected: ["kurdish_groups assad_role neutral"],
  },
  {
    why: "her invitation «استفزاز لمشاعر السوريين»، «معلناً رفضه مشاركتها»",
    text: `${T}واعتبر الائتلاف الوطني السوري المعارض، في بيان، ان دعوة إيران استفزاز لمشاعر السوريين، معلنا رفضه مشاركتها باي صفة كانت.`,
    expected: ["national_coalition iran_participation oppose"],
  },
  {
    why: "«رد الزعبي على شروط المعارضة بالقول …»: the conditions answered are another's",
    text: `${T}وقد رد وزير الإعلام السوري عمران الزعبي على شروط المعارضة بالقول إن وفد الحكومة "لن يذهب إلى جنيف لتسليم السلطة لأحد".`,
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: "terms of accepting his staying for a while, no talks named, are no terms of attending",
    text: `${T}ونقلت رويترز عن مسؤول تركي رفيع أن أنقرة "قد تقبل ببقاء الأسد في السلطة لفترة انتقالية رمزية"، شرط أن يكون هناك ضمان دولي واضح لرحيله في نهايتها.`,
    expected: ["turkey assad_role may_stay", "turkey assad_role must_go"],
  },
  {
    why: "«لم يتوقف الجبير عن ترديد عبارته الشهيرة: …»: his phrase after the colon",
    text: `${T}ولم يتوقف وزير الخارجية السعودي عادل الجبير عن ترديد عبارته الشهيرة: «الأسد سيرحل، إما بعملية سياسية أو بالقوة».`,
    expected: ["saudi_arabia assad_role must_go"],
  },
  {
    why: "«وكان الأمين العام للأمم المتحدة، بان كي مون، أعلن …»: title and name between commas, then the verb",
    text: `${T}وكان الأمين العام للأمم المتحدة، بان كي مون، أعلن مساء أمس الأحد، أنه وجه دعوة إلى إيران لحضور الجلسة الافتتاحية.`,
    expected: ["un iran_participation support"],
  },
  {
    why: "«الأسد الذي قتل …، لا يمكن أن يكون له أي دور»: past a relative clause between commas",
    text: `${T}وقال وزير الخارجية التركي إن "الأسد الذي قتل أكثر من مئة ألف من أبناء شعبه، لا يمكن أن يكون له أي دور في المرحلة الانتقالية".`,
    expected: ["turkey assad_role must_go"],
  },
  {
    why: "«على الأسد أن يختار: إما أن يرحل …، وإما أن يُزاح بالقوة»: both options his going",
    text: `${T}وقال الجبير إن على الأسد أن يختار: إما أن يرحل عبر عملية سياسية، وإما أن يُزاح بالقوة.`,
    expected: ["saudi_arabia assad_role must_go"],
  },
];

caseTable("Kinds mended in the thirty-fifth probe's session", CASES);
