// Rows of general news Arabic for the kinds mended in the thirty-third probe: criticising a failure to do something
// asks for it; a clause of «لكن» with a subject of its own (one the lexicon does not know) before a verb of demanding
// is not the speaker's; a denied predicate joined to a second one («ليس شرطاً ولن يكون شرطاً») repeats the denial; a
// verb in the masculine right before a feminine party name has it for its object, not its subject; chaos foretold if
// he goes warns against his going; her taking part helping to a solution; the predicate judging the words read past
// an apposition between commas; a betrayal or a stab judges what it is said of; «اشتراط» and its owner before what is
// set as a condition; an office of a body the lexicon does not know after the verb names a speaker of its own; a bare
// «المجلس» is the council named last before it, where that is the Kurdish National Council; deciding his fate
// rejected; her taking part requiring her acceptance; a critic's relative clause between commas; regret at a decision
// named with its «ل»; refusing any condition through a modal; "and those who" holds nothing; the one given a deadline
// to do something is not the one who wants it done; a bare ministry whose state a nationality adjective names right
// before it; «المتحدث باسمه» speaks for the one the pronoun stands for; an invitation's terms are no condition on
// the talks; whoever is blamed for the talks' failing named by what he holds; lasting peace impossible with him.
import { caseTable, type Case } from "./case-table";

const T = "جنيف 2: مواقف\n\n";

const CASES: Case[] = [
  {
    why: "«انتقد الجربا تقاعس المجتمع الدولي عن فرض رحيل الأسد»: a failure criticised, his going asked for",
    text: `${T}وانتقد الجربا تقاعس المجتمع الدولي عن فرض رحيل الأسد.`,
    expected: ["national_coalition assad_role must_go"],
  },
  {
    why: "«ندد … بفشل مجلس الأمن في فرض تنحي الأسد»: the same by another verb, the failure's «في»",
    text: `${T}وندد الائتلاف الوطني السوري بفشل مجلس الأمن في فرض تنحي الأسد.`,
    expected: ["national_coalition assad_role must_go"],
  },
  {
    why: "«انتقد … مطالبة فرنسا برحيل الأسد»: a demand criticised, no failure, still turned for the critic",
    text: `${T}وانتقد وزير الخارجية السوري وليد المعلم مطالبة فرنسا برحيل الأسد.`,
    expected: ["france assad_role must_go", "syrian_government assad_role may_stay"],
  },
  {
    why: "«رفضت الحديث عن فشل المؤتمر وعن رحيل الأسد»: a failure talked about is no failure criticised",
    text: `${T}ورفضت موسكو الحديث عن فشل المؤتمر وعن رحيل الأسد.`,
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "«لا نقول إن …، لكن الغرب يطالب برحيله»: an unknown subject's clause after «لكن» is not the speaker's demand",
    text: `${T}وقال لافروف: لا نقول إن على الأسد أن يرحل، لكن الغرب يطالب برحيله.`,
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "«…، لكن المعارضة تطالب برحيل الأسد» said by the Coalition's head: the opposition is his own side",
    text: `${T}وقال الجربا إن الائتلاف سيذهب إلى جنيف، لكن المعارضة تطالب برحيل الأسد.`,
    expected: ["national_coalition assad_role must_go"],
  },
  {
    why: "«ليس شرطاً ولن يكون شرطاً لأي تسوية»: the second predicate repeats the denial, it does not judge the first",
    text: `${T}وقال لافروف إن رحيل الأسد ليس شرطا ولن يكون شرطا لأي تسوية.`,
    expected: ["russia assad_role may_stay", "russia geneva2_preconditions unconditional"],
  },
  {
    why: "«لم يكن ولن يكون شرطاً»: the future denial joined by «و» after the past one",
    text: `${T}وقال لافروف إن رحيل الأسد لم يكن ولن يكون شرطا لأي تسوية.`,
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "«المطالبة برحيل الأسد شرطاً مسبقاً أمر غير مقبول»: a judging predicate after the words still turns them",
    text: `${T}وقال لافروف إن المطالبة برحيل الأسد شرطا مسبقا أمر غير مقبول.`,
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "«ودعا المعارضة إلى …»: the masculine verb does not agree with «المعارضة», its object; the clause's subject holds",
    text: `${T}وطالب لافروف بعقد المؤتمر في موعده، ودعا المعارضة إلى المشاركة فيه دون شروط مسبقة.`,
    expected: ["russia geneva2_preconditions unconditional"],
  },
  {
    why: "«ودعت المعارضة إلى …»: the feminine verb agrees, «المعارضة» its subject",
    text: `${T}ودعت المعارضة إلى الذهاب إلى جنيف دون شروط مسبقة.`,
    expected: ["syrian_opposition geneva2_preconditions unconditional"],
  },
  {
    why: "«وفسرته واشنطن»: the feminine «ت» before the object's pronoun, Washington its subject",
    text: `${T}وفسرته واشنطن على أنه يعني رحيل الأسد.`,
    expected: ["usa assad_role must_go"],
  },
  {
    why: "«وقال الائتلاف إنه …»: a masculine party after a masculine verb is its subject",
    text: `${T}وقال الائتلاف إنه لن يذهب إلى جنيف إلا إذا رحل الأسد.`,
    expected: ["national_coalition geneva2_preconditions conditional"],
  },
  {
    why: "«ستعم الفوضى إذا تنحى الأسد»: chaos foretold if he goes, his going not wanted",
    text: `${T}وقال لافروف إن الفوضى ستعم إذا تنحى الأسد.`,
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "«إذا تنحى الأسد فإن البلاد ستنزلق إلى حرب أهلية»: the same, the harm after the condition",
    text: `${T}وقال لافروف إنه إذا تنحى الأسد فإن البلاد ستنزلق إلى حرب أهلية.`,
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "«سيذهب إلى جنيف إذا تنحى الأسد»: going if he goes is still a condition of his going",
    text: `${T}وقال الجربا إن الائتلاف سيذهب إلى جنيف إذا تنحى الأسد.`,
    expected: ["national_coalition assad_role must_go", "national_coalition geneva2_preconditions conditional"],
  },
  {
    why: "«وأن مشاركتها ستساعد على الحل»: her taking part helping to a solution, wanted",
    text: `${T}وأكد عراقجي أن طهران مستعدة، وأن مشاركة طهران ستساعد على الحل.`,
    expected: ["iran iran_participation support"],
  },
  {
    why: "«مشاركة إيران لن تساعد في إيجاد حل»: negated, not wanted",
    text: `${T}وقال كيري إن الوضع معقد، وإن مشاركة إيران لن تساعد في إيجاد حل.`,
    expected: ["usa iran_participation oppose"],
  },
  {
    why: "«جلوس إيران، الشريكة في ذبح السوريين، على أي طاولة … أمر مرفوض»: the predicate past the apposition",
    text: `${T}واعتبر الجربا أن جلوس إيران، الشريكة في ذبح السوريين، على أي طاولة تبحث مستقبل سوريا أمر مرفوض قطعا.`,
    expected: ["national_coalition iran_participation oppose"],
  },
  {
    why: "«أي تفاوض لا يبدأ برحيل بشار الأسد هو خيانة للثورة»: the negation and the judgement turn twice",
    text: `${T}واعتبر الجربا أن أي تفاوض لا يبدأ برحيل بشار الأسد هو خيانة للثورة.`,
    expected: ["national_coalition assad_role must_go"],
  },
  {
    why: "«بقاء الأسد طعنة لدماء الشهداء»: his staying judged",
    text: `${T}وقال الجربا إن بقاء الأسد في السلطة طعنة لدماء الشهداء.`,
    expected: ["national_coalition assad_role must_go"],
  },
  {
    why: "«انتقد المعلم اشتراط الائتلاف رحيل الأسد»: the condition its owner's, the critic's the opposite",
    text: `${T}وانتقد المعلم اشتراط الائتلاف رحيل الأسد قبل أي تفاوض.`,
    expected: ["national_coalition assad_role must_go", "syrian_government assad_role may_stay"],
  },
  {
    why: "«وقال عضو الأمانة العامة للمجلس الأعلى …»: an unknown body's member speaks, not the speaker before",
    text: `${T}وقال لافروف إن روسيا ترفض الشروط المسبقة. وقال عضو الأمانة العامة للمجلس الأعلى للثورة إن الأسد يجب أن يرحل.`,
    expected: ["russia geneva2_preconditions unconditional"],
  },
  {
    why: "«وقال مساعد وزير الخارجية»: a minister's title with no state is the one named before by it",
    text: `${T}وقال مساعد وزير الخارجية الإيراني حسين أمير عبد اللهيان إن طهران ترفض الشروط المسبقة. وقال مساعد وزير الخارجية إن الأسد رئيس شرعي.`,
    expected: ["iran assad_role may_stay", "iran geneva2_preconditions unconditional"],
  },
  {
    why: "«وقال رئيس المجلس» after «المجلس الوطني الكردي»: the council named before",
    text: `${T}وشارك المجلس الوطني الكردي في المؤتمر. وقال رئيس المجلس إن الأسد يجب أن يرحل.`,
    expected: ["kurdish_groups assad_role must_go"],
  },
  {
    why: "«قيادي في المجلس» after «المجلس الوطني الكوردي» (the Kurdish spelling) and «انضم المجلس إلى …»",
    text: `${T}ويشارك المجلس الوطني الكوردي في المؤتمر بعد أن انضم المجلس إلى الائتلاف. وقال قيادي في المجلس إن "لا مكان لبشار الأسد في المرحلة الانتقالية".`,
    expected: ["kurdish_groups assad_role must_go"],
  },
  {
    why: "«رئيس المجلس» after «مجلس الأمن»: another council named last, none read",
    text: `${T}وشارك المجلس الوطني الكردي في المؤتمر، وناقش مجلس الأمن الأزمة. وقال رئيس المجلس إن الأسد يجب أن يرحل.`,
    expected: [],
  },
  {
    why: "«أي محاولة لتحديد مصير الأسد سلفاً أمر غير واقعي»: deciding his fate rejected keeps him",
    text: `${T}وقال لافروف إن أي محاولة لتحديد مصير الرئيس بشار الأسد سلفا أمر غير واقعي.`,
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "«التفاوض حول تحديد جدول زمني لرحيل الأسد»: a timetable for his going set, not his fate rejected",
    text: `${T}وقال فابيوس إن المجموعة تطالب بالتفاوض حول تحديد جدول زمني حتمي لرحيل الأسد.`,
    expected: ["france assad_role must_go"],
  },
  {
    why: "«مشاركتها الكاملة تتطلب قبولها العلني ببيان جنيف»: her acceptance required, no «ب» before it",
    text: `${T}وقال كيري إن مشاركة إيران الكاملة تتطلب قبولها العلني ببيان جنيف 1.`,
    expected: ["usa iran_participation conditional"],
  },
  {
    why: "«انتقدت هيئة التنسيق، التي قررت عدم الانضمام …، سحب الدعوة»: the withdrawal criticised past the relative clause",
    text: `${T}وانتقدت هيئة التنسيق الوطنية، التي قررت عدم الانضمام إلى وفد الائتلاف، سحب الدعوة الموجهة إلى إيران.`,
    expected: ["ncb iran_participation support"],
  },
  {
    why: "«أعرب ظريف عن أسفه لقرار بان كي مون سحب دعوة إيران»: the regretter wants her there, the decision's maker not",
    text: `${T}أعرب ظريف عن أسفه لقرار الأمين العام للأمم المتحدة بان كي مون سحب دعوة إيران.`,
    expected: ["iran iran_participation support", "un iran_participation oppose"],
  },
  {
    why: "«لا يمكن أن تقبل بأي شرط لحضور الاجتماع»: accepting refused through a modal, no condition set",
    text: `${T}وأضاف ظريف أن ايران لا يمكن أن تقبل بأي شرط لحضور الاجتماع.`,
    expected: ["iran geneva2_preconditions unconditional"],
  },
  {
    why: "«والذين كانوا يشترطون عليها بالأمس»: those who set conditions, no one named",
    text: `${T}إيران لم تتنازل عن ثوابتها، والذين كانوا يشترطون عليها بالأمس باتوا اليوم يجلسون معها على طاولة واحدة.`,
    expected: [],
  },
  {
    why: "«الائتلاف يمهل بان كي مون ساعات لسحب دعوة إيران»: the one given a deadline is not the one who wants it",
    text: `${T}الائتلاف يمهل بان كي مون ساعات لسحب دعوة إيران.`,
    expected: ["national_coalition iran_participation oppose"],
  },
  {
    why: "«الموقف السعودي كان واضحاً. فقد رحبت وزارة الخارجية …»: the state the adjective names, not one named later",
    text: `${T}الموقف السعودي كان واضحا منذ البداية. فقد رحبت وزارة الخارجية في بيانها بسحب الدعوة الموجهة إلى إيران.\n\nأما ما تداولته المواقع عن الدوحة فقد نفته الخارجية القطرية.`,
    expected: ["saudi_arabia iran_participation oppose"],
  },
  {
    why: "«وكان بان كي مون وجه الدعوة …، قبل أن يعلن المتحدث باسمه أن …»: his spokesman speaks for him, not the last speaker",
    text: `${T}وقال لافروف إن روسيا ترفض الشروط المسبقة. وكان بان كي مون وجه الدعوة إلى طهران، قبل أن يعلن المتحدث باسمه أن الأمين العام قرر أن يمضي الاجتماع من دون مشاركة إيران.`,
    expected: ["russia geneva2_preconditions unconditional", "un iran_participation oppose", "un iran_participation support"],
  },
  {
    why: "«الدعوة كانت مشروطة بإعلان طهران قبولها ببيان جنيف»: her invitation's terms, not a condition on the talks",
    text: `${T}وقال بان كي مون إن الدعوة الموجهة لإيران لحضور المؤتمر كانت مشروطة بإعلان طهران قبولها ببيان جنيف.`,
    expected: ["un iran_participation conditional"],
  },
  {
    why: "«من عطل جنيف هو من يضع رحيل الأسد شرطاً مسبقاً»: the culprit is whoever sets it; the speaker rejects it",
    text: `${T}وقال ظريف إن من عطل جنيف هو من يضع رحيل الرئيس الأسد شرطا مسبقا.`,
    expected: ["iran assad_role may_stay", "iran geneva2_preconditions unconditional"],
  },
  {
    why: "«من أفشل جنيف هم الذين يصرون على رحيل الأسد»: the same with «هم الذين»",
    text: `${T}وقال عبد اللهيان إن من أفشل جنيف هم الذين يصرون على رحيل الأسد.`,
    expected: ["iran assad_role may_stay"],
  },
  {
    why: "«السلام الدائم مستحيل مع بقاء الأسد في السلطة»: no peace with him there, his going wanted",
    text: `${T}وقال داود أوغلو إن السلام الدائم مستحيل مع بقاء الأسد في السلطة.`,
    expected: ["turkey assad_role must_go"],
  },
];

caseTable("Failures criticised and clauses of «لكن» with their own subject", CASES);
