// Kinds mended in the forty-first probe: asides between commas (of circumstance, of occasion after a subject, on him)
// that no longer cut a clause off or turn it; the object of a verb of backing in the order subject-verb-object;
// another's statements «بأن»; a comment's aside before «إن»; verbs of saying with a manner adverb, «ثم», «يومها»,
// «علّق … بالقول», a long title before «بالقول», a fronted occasion; the one asked after his office; «من» and a place
// opening a sentence; «الجانبان» further back; names joined by «و» before a quotation; conditions resting on no talks,
// set in a relative clause, or tied to Iran's taking part; parties named among unnamed ones after the cue; the Saudi
// and Jordanian kings; names learnt past a permanent post at the UN.
import { caseTable, type Case } from "./case-table";

const T = "جنيف 2: مواقف\n\n";

const CASES: Case[] = [
  {
    why: "an aside of circumstance between commas does not cut the negation off from what it denies («لن نسمح، تحت أي ظرف، بنقل السلطة من يد الأسد»)",
    text: `${T}وقال وزير الخارجية السوري: لن نسمح، تحت أي ظرف، بنقل السلطة من يد الرئيس الأسد.`,
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: "conditions rejected past an aside of occasion after the subject («رفضت الخارجية، في بيان …، أي شروط»)",
    text: `${T}ورفضت الخارجية الإيرانية، في بيان أصدرته مساء الأحد، أي شروط مسبقة لعقد المؤتمر الدولي.`,
    expected: ["iran geneva2_preconditions unconditional"],
  },
  {
    why: "a condition refused as imposed, «أبداً» and «أي كان» between: no condition, and he may stay",
    text: `${T}وأكد نائب وزير الخارجية السوري أن دمشق لن تقبل أبداً أن يملي عليها أي كان شرط تنحي الرئيس الأسد.`,
    expected: ["syrian_government assad_role may_stay", "syrian_government geneva2_preconditions unconditional"],
  },
  {
    why: "rejecting the exclusion of any role for him keeps him («رفض استبعاد أي دور للأسد»)",
    text: `${T}ورفض لافروف استبعاد أي دور للأسد في المرحلة الانتقالية.`,
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "a party right after a verb of backing whose subject is named before it is its object: the verb joined after goes on with the subject",
    text: `${T}وقال محلل سياسي إن السعودية تدعم الائتلاف الوطني السوري وترى أن الأسد يجب أن يرحل.`,
    expected: ["saudi_arabia assad_role must_go"],
  },
  {
    why: "another's statements «بأن …» asked about are their owner's, not the answerer's",
    text: `${T}وحين سأله صحفي عن تصريحات كيري بأن الأسد لا مكان له في مستقبل سوريا، رد وزير الخارجية السوري بأن هذا شأن داخلي.`,
    expected: ["usa assad_role must_go"],
  },
  {
    why: "a comment's aside closed before «إن» leaves the speaker's own words after it his",
    text: `${T}وقال وزير الخارجية البريطاني ويليام هيغ، في تعليق على تصريحات المعلم، إن «الأسد لا يمكن أن يكون جزءاً من مستقبل سوريا».`,
    expected: ["uk assad_role must_go"],
  },
  {
    why: "«يرد … بالقول» past a long title and what is answered",
    text: `${T}ويرد المتحدث باسم الائتلاف الوطني السوري لؤي صافي على هذه الاتهامات بالقول إن «لا دور للأسد في المرحلة المقبلة».`,
    expected: ["national_coalition assad_role must_go"],
  },
  {
    why: "a manner adverb between «وقال» and the colon is no name («وقال بحزم:»)",
    text: `${T}وصل وزير الخارجية الروسي سيرغي لافروف إلى جنيف مساء أمس. وقال بحزم: «لا شروط مسبقة لأي طرف».`,
    expected: ["russia geneva2_preconditions unconditional"],
  },
  {
    why: "«ثم» opening a sentence goes on with the one before, as «و» does",
    text: `${T}وصل وزير الخارجية السوري وليد المعلم إلى مونترو أمس. ثم قال للصحفيين إن الرئيس الأسد خط أحمر.`,
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: "what two sides agree or differ on («نتفق مع الروس على دور الأسد») is a topic, no role wanted or refused",
    text: `${T}وقال المتحدث باسم الخارجية الأمريكية إن ذلك لا يعني أننا نتفق مع الروس على دور الأسد.`,
    expected: [],
  },
  {
    why: "«ائتلاف الدوحة», the pro-government press's name for the Coalition, is the Coalition",
    text: `${T}وقال نائب وزير الخارجية السوري فيصل المقداد إن ائتلاف الدوحة يشترط تنحي الرئيس قبل أي حوار.`,
    expected: ["national_coalition assad_role must_go", "national_coalition geneva2_preconditions conditional"],
  },
  {
    why: "«ومن دمشق قال …»: a place after «من» opening the sentence is where from, not who",
    text: `${T}ومن دمشق قال المنسق العام لهيئة التنسيق الوطنية حسن عبد العظيم إن المطلوب الذهاب إلى التفاوض بلا شروط مسبقة.`,
    expected: ["ncb geneva2_preconditions unconditional"],
  },
  {
    why: "«علّق … على … بالقول إن» is a verb of saying",
    text: `${T}وعلّق نائب وزير الخارجية الروسي غينادي غاتيلوف على قرار الائتلاف بالقول إن بلاده ترفض أي شروط مسبقة.`,
    expected: ["russia geneva2_preconditions unconditional"],
  },
  {
    why: "the one asked, named after her office, answers («وعندما سئلت المتحدثة … ساكي عن …، قالت»)",
    text: `${T}وعندما سئلت المتحدثة باسم الخارجية الأمريكية جين ساكي عن الانتخابات السورية، قالت إن الأسد فقد شرعيته.`,
    expected: ["usa assad_role must_go"],
  },
  {
    why: "the occasion of the words fronted before a subjectless verb of saying («ففي مقابلة مع قناة … قال»)",
    text: `${T}قال وزير الخارجية الإيراني محمد جواد ظريف إن بلاده تدعم الحل السياسي. ففي مقابلة مع قناة تلفزيونية قال إن الرئيس الأسد خط أحمر.`,
    expected: ["iran assad_role may_stay"],
  },
  {
    why: "a participle of state with no comma before it goes with the sentence's doer («أطلع الإبراهيمي الوزير على … مؤكداً أن»)",
    text: `${T}وأطلع المبعوث الأممي الأخضر الإبراهيمي وزير الخارجية الكويتي على نتائج جولته مؤكدا أن المؤتمر يجب أن ينعقد من دون شروط مسبقة.`,
    expected: ["un geneva2_preconditions unconditional"],
  },
  {
    why: "a Syria without Assad as the aim is his going",
    text: `${T}وأكد وزير الخارجية الفرنسي أن المرحلة الانتقالية يجب أن تقود إلى سوريا جديدة من دون الأسد.`,
    expected: ["france assad_role must_go"],
  },
  {
    why: "guard: a Syria without him denied as conceivable states nothing",
    text: `${T}وقال وزير الخارجية الروسي إنه لا يمكن تصور سوريا بلا الأسد.`,
    expected: [],
  },
  {
    why: "his staying or going called none of the speaker's business: neutral",
    text: `${T}وقال رئيس حزب الاتحاد الديمقراطي صالح مسلم إن بقاء الأسد أو رحيله ليس قضيتنا.`,
    expected: ["kurdish_groups assad_role neutral"],
  },
  {
    why: "«ليس القضية بالنسبة لنا»: neutral",
    text: `${T}وقال زعيم حزب الاتحاد الديمقراطي صالح مسلم إن بقاء الأسد أو رحيله ليس القضية بالنسبة لنا.`,
    expected: ["kurdish_groups assad_role neutral"],
  },
  {
    why: "«يومها» after a verb of saying is no name: the speaker goes on, and his «المعارضة» is his own side",
    text: `${T}وقال رئيس الائتلاف الوطني أحمد الجربا إن الائتلاف لن يذهب إلى جنيف. وأضاف يومها أن المعارضة لن تجلس إلى طاولة تجلس إليها إيران.`,
    expected: ["national_coalition geneva2_preconditions conditional", "national_coalition iran_participation oppose"],
  },
  {
    why: "guard: no position stated («من دون أن يحدد موقفاً من المطالب الكردية») was already none",
    text: `${T}وكان المبعوث الدولي الأخضر الإبراهيمي قد قال إن وفد المعارضة «يجب أن يكون ممثلاً قدر الإمكان»، من دون أن يحدد موقفاً من المطالب الكردية.`,
    expected: [],
  },
  {
    why: "his presence judged as what drew the terrorists: he must go",
    text: `${T}وقال وزير الخارجية السعودي إن وجود الأسد هو ما جذب الإرهابيين إلى سوريا.`,
    expected: ["saudi_arabia assad_role must_go"],
  },
  {
    why: "«من جانبه» before a sentence's doer, the participle after a comma his",
    text: `${T}من جانبه أطلع الوزير سيرغي لافروف نظيره السوري على نتائج الاجتماع الثلاثي، مؤكدا أهمية مشاركة إيران في المؤتمر.`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "a name after a noun of backing and «ل» is no speaker: the two ministers hold what they stressed",
    text: `${T}عقد وزير الخارجية السعودي سعود الفيصل ونظيره الفرنسي لوران فابيوس لقاء في الرياض، وأكدا دعمهما للائتلاف الوطني السوري، وشددا على أنه لا يمكن أن يكون للأسد دور في مستقبل سوريا.`,
    expected: ["france assad_role must_go", "saudi_arabia assad_role must_go"],
  },
  {
    why: "«الجانبان» taken up two sentences after the two are named",
    text: `${T}التقى وزير الخارجية السعودي سعود الفيصل نظيره الفرنسي لوران فابيوس في الرياض. وأعرب الجانبان عن قلقهما من تدهور الأوضاع الإنسانية. وشدد الجانبان على أنه لا يمكن أن يكون للأسد دور في مستقبل سوريا.`,
    expected: ["france assad_role must_go", "saudi_arabia assad_role must_go"],
  },
  {
    why: "the Saudi king by his title and name",
    text: `${T}وقال العاهل السعودي الملك عبدالله إن الأسد فقد شرعيته.`,
    expected: ["saudi_arabia assad_role must_go"],
  },
  {
    why: "Jordan's king is not the Saudi king",
    text: `${T}وقال العاهل الأردني الملك عبدالله الثاني إن الحديث عن رحيل الأسد الآن ليس واقعيا.`,
    expected: ["jordan assad_role may_stay"],
  },
  {
    why: 'a quotation opening on the predicate of names joined by «و» («إن واشنطن وباريس "تضعان …"»)',
    text: `${T}وقال وزير الخارجية السوري إن واشنطن وباريس "تضعان رحيل الرئيس شرطا مسبقا للتفاوض".`,
    expected: [
      "france assad_role must_go",
      "france geneva2_preconditions conditional",
      "usa assad_role must_go",
      "usa geneva2_preconditions conditional",
    ],
  },
  {
    why: "no talks resting on the condition of his going: he may stay, and no condition is set",
    text: `${T}وقال نائب وزير الخارجية الإيراني إنه لا تفاوض يقوم على شرط رحيل الرئيس الأسد.`,
    expected: ["iran assad_role may_stay"],
  },
  {
    why: "parties named among unnamed ones right after the relative clause the cue is in («بعض العواصم التي …، وفي مقدمتها الرياض»)",
    text: `${T}وقال المندوب الإيراني إن بعض العواصم التي عملت طويلا على إقصاء إيران عن المؤتمر، وفي مقدمتها الرياض، تراجعت اليوم.`,
    expected: ["saudi_arabia iran_participation oppose"],
  },
  {
    why: "an aside on him between commas governs nothing outside it («بشار الأسد، الذي قصف المدن ضد …، لا يمكن أن يكون له دور»)",
    text: `${T}وقال وزير الخارجية البريطاني ويليام هيغ إن بشار الأسد، الذي قصف المدن ضد إرادة شعبه، لا يمكن أن يكون له دور في مستقبل سوريا.`,
    expected: ["uk assad_role must_go"],
  },
  {
    why: "conditions set in a relative clause and judged unacceptable: the judge rejects them, the setter holds them",
    text: `${T}وقال نائب وزير الخارجية الروسي غينادي غاتيلوف إن الشروط التي يطرحها الائتلاف غير مقبولة.`,
    expected: ["national_coalition geneva2_preconditions conditional", "russia geneva2_preconditions unconditional"],
  },
  {
    why: "her presence serving everyone's interest: support",
    text: `${T}وقال المتحدث باسم الخارجية الروسية إن حضور إيران في المؤتمر يخدم مصلحة الجميع.`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "«بضغط من …»: those who pressed for the withdrawal oppose her taking part",
    text: `${T}وقال المقداد إن بان كي مون سحب دعوة إيران بضغط من الولايات المتحدة.`,
    expected: ["un iran_participation oppose", "usa iran_participation oppose"],
  },
  {
    why: "a name learnt past a permanent post at the UN, then read by its surname after a comma",
    text: `${T}قال المندوب البريطاني الدائم لدى الأمم المتحدة مارك لايل غرانت إن لندن تدعم الحل السياسي. وأضاف غرانت، في تصريح للصحافيين، أن الأسد فقد شرعيته.`,
    expected: ["uk assad_role must_go"],
  },
  {
    why: "terms tied to Iran's taking part are on her participation, and name his going",
    text: `${T}وقال المتحدث باسم الخارجية الإيرانية إن الوزير السعودي يربط مشاركة إيران برحيل الأسد.`,
    expected: ["saudi_arabia assad_role must_go", "saudi_arabia iran_participation conditional"],
  },
  {
    why: "a person of one opposition body named after his office in another body of that side speaks for that one",
    text: `${T}وقال عضو الهيئة العليا للمفاوضات جورج صبرا إن لا دور للأسد في أي مرحلة انتقالية.`,
    expected: ["hnc assad_role must_go"],
  },
  {
    why: "Iran named as one of a list after «بما فيها», the exclusion of the list refused: support",
    text: `${T}وقال المنسق العام لهيئة التنسيق حسن عبد العظيم: لا نرى مبررا لاستبعاد أي دولة مجاورة عن المؤتمر، بما فيها إيران.`,
    expected: ["ncb iran_participation support"],
  },
  {
    why: "his fate no condition, «بل يحسم على طاولة المفاوضات» (only a matter for the talks): he may stay",
    text: `${T}وقال المنسق العام لهيئة التنسيق حسن عبد العظيم إن مصير الأسد لا يمكن أن يكون شرطا مسبقا، بل يحسم على طاولة المفاوضات.`,
    expected: ["ncb assad_role may_stay", "ncb geneva2_preconditions unconditional"],
  },
  {
    why: "guard: «لا مفاوضات تبدأ قبل …» sets a condition (only a noun of condition rests talks on none)",
    text: `${T}وقال المنسق العام للهيئة العليا للمفاوضات رياض حجاب إنه لا مفاوضات تبدأ قبل وقف القصف وفك الحصار عن المدن.`,
    expected: ["hnc geneva2_preconditions conditional"],
  },
  {
    why: "guard: a capital right after a verb of setting in the relative clause is the setter of the conditions judged",
    text: `${T}وقالت الخارجية الأمريكية إن الشروط التي وضعتها دمشق للمشاركة في المؤتمر غير مقبولة.`,
    expected: ["syrian_government geneva2_preconditions conditional", "usa geneva2_preconditions unconditional"],
  },
  {
    why: "guard: «الجانبان» is not the pair named before a sentence naming the two delegations",
    text: `${T}التقى لافروف وكيري في باريس الأسبوع الماضي. وبدأت اليوم في جنيف الجولة الثالثة من المحادثات بين وفدي الحكومة والمعارضة. وأكد الجانبان رفضهما أي شروط مسبقة.`,
    expected: [],
  },
  {
    why: "guard: the object of a verb of backing holds its own rejection named after it («تدعم الهيئة في رفضها …»)",
    text: `${T}وقال المتحدث إن الولايات المتحدة تدعم الهيئة العليا للمفاوضات في رفضها أي دور للأسد.`,
    expected: ["hnc assad_role must_go", "usa assad_role must_go"],
  },
  {
    why: "guard: of two statements one after the other, the second's owner holds what it says",
    text: `${T}وجاءت تصريحات المعلم ردا على تصريحات أوباما بأن على الأسد التنحي.`,
    expected: ["usa assad_role must_go"],
  },
];

caseTable("The forty-first probe's kinds: asides between commas, verbs of saying, lists and the kings", CASES);
