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
];

caseTable("Kinds mended in the thirty-fifth probe's session", CASES);
