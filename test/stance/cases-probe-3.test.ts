// Kinds of sentence found by a third probe: long wire, newspaper and regional-outlet articles written for it (each
// row written for this table, not taken from the seeds or the development corpus): Assad speaking of himself,
// headlines spoken to an outlet, an invitation withdrawn by its sender, a body named again by its head noun.
import { caseTable, type Case } from "./case-table";

const TITLE = "تطورات الأزمة السورية والمؤتمر الدولي\n";

const CASES: Case[] = [
  // Assad of himself.
  {
    why: "«قال الأسد: لن أتنحى»: his own first person after a colon is the government's may_stay",
    text: `${TITLE}وقال الأسد في مقابلة تلفزيونية: لن أتنحى ولن أترك سوريا.`,
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: "«إنه سيترشح» after his name and an interview: the pronoun subject of what he reports is himself",
    text: `${TITLE}وقال الأسد في مقابلة مع صحيفة روسية إنه سيترشح للانتخابات الرئاسية المقبلة.`,
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: "a headline «الأسد: لن أتنحى» is his",
    text: "الأسد: لن أتنحى عن السلطة\nدمشق - قال الرئيس السوري في مقابلة إن الحرب ستطول.",
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: "another speaker's first person («الجربا: لن أتنحى عن رئاسة الائتلاف») is not about Assad (guard)",
    text: "الجربا: لن أتنحى عن رئاسة الائتلاف\nإسطنبول - قال رئيس الائتلاف إن الانتخابات ستجري في موعدها.",
    expected: [],
  },
  {
    why: "«قال لافروف إنه لن يتنحى»: a speaker's pronoun is not Assad's (guard)",
    text: `${TITLE}وسئل لافروف عن مستقبله في الوزارة فقال إنه لن يتنحى.`,
    expected: [],
  },
  // Headlines spoken to an outlet.
  {
    why: "«الأسد لصحيفة روسية: لن أتنحى»: the outlet spoken to stands between the speaker and the colon",
    text: "الأسد لصحيفة روسية: لن أتنحى\nدمشق - أجرى الرئيس السوري مقابلة مطولة.",
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: "«المعلم لقناة الميادين: لا شروط مسبقة»",
    text: "المعلم لقناة الميادين: لا شروط مسبقة\nدمشق - تحدث وزير الخارجية عن المؤتمر الدولي.",
    expected: ["syrian_government geneva2_preconditions unconditional"],
  },
  // An invitation withdrawn by the one who sent it.
  {
    why: "«سحب بان كي مون الدعوة التي وجهها إلى إيران»: he invited her (support) and withdrew it (oppose)",
    text: `${TITLE}وسحب بان كي مون الدعوة التي وجهها إلى إيران بعد اعتراض الائتلاف وواشنطن.`,
    expected: ["un iran_participation oppose", "un iran_participation support"],
  },
  {
    why: "«سحبت الأمم المتحدة الدعوة التي كانت وجهتها لطهران»",
    text: `${TITLE}وسحبت الأمم المتحدة الدعوة التي كانت وجهتها لطهران قبل يوم من افتتاح المؤتمر.`,
    expected: ["un iran_participation oppose", "un iran_participation support"],
  },
  {
    why: "the withdrawal as a condition of attending is the threatener's oppose, not the sender's",
    text: `${TITLE}وهدد الائتلاف بالانسحاب إذا لم يسحب بان كي مون الدعوة التي وجهها إلى إيران.`,
    expected: [
      "national_coalition geneva2_preconditions conditional",
      "national_coalition iran_participation oppose",
      "un iran_participation support",
    ],
  },
  {
    why: "the verbal noun «سحب الدعوة» names the withdrawal without its agent: no one's (guard)",
    text: `${TITLE}وكان سحب الدعوة الموجهة إلى إيران قد أحرج المنظمة الدولية.`,
    expected: [],
  },
  {
    why: "a person right after a party after the verb is its object: «وطالب الائتلاف بان كي مون بسحب الدعوة»",
    text: `${TITLE}وطالب الائتلاف بان كي مون بسحب الدعوة الموجهة لإيران.`,
    expected: ["national_coalition iran_participation oppose"],
  },
  {
    why: "a person after a title's genitive still speaks («صرح رئيس الوفد المفاوض للمعارضة، رياض حجاب») (guard)",
    text: `${TITLE}وصرح رئيس الوفد المفاوض للمعارضة، رياض حجاب، أن رحيل الأسد شرط لأي حل.`,
    expected: ["hnc assad_role must_go"],
  },
  // A body named again by its head noun.
  {
    why: "«قالت وزارة الخارجية الأمريكية … . وأضافت الوزارة أن …»: the ministry goes on speaking",
    text: `${TITLE}قالت وزارة الخارجية الأمريكية إن واشنطن تتابع التحضيرات. وأضافت الوزارة أن الأسد فقد شرعيته.`,
    expected: ["usa assad_role must_go"],
  },
  {
    why: "«أعلنت الهيئة العليا للمفاوضات … . وأكدت الهيئة أن …»",
    text: `${TITLE}وأعلنت الهيئة العليا للمفاوضات موافقتها على الهدنة. وأكدت الهيئة أن رحيل الأسد شرط لأي حل.`,
    expected: ["hnc assad_role must_go"],
  },
  {
    why: "a head noun that is not the speaker's («قال لافروف … . وأضافت الوزارة») does not carry him (guard)",
    text: `${TITLE}قال لافروف إن موسكو تتابع التحضيرات. وأضافت الوزارة أن الأسد فقد شرعيته.`,
    expected: [],
  },
  // Judged demands and conditions.
  {
    why: "a condition put forward judged as wrecking the talks («طرح رحيل الأسد شرطاً مسبقاً يعني نسف المؤتمر»): his going is not wanted",
    text: "بوغدانوف: طرح تنحي الأسد شرطا مسبقا يعني نسف المفاوضات\nموسكو - قال نائب وزير الخارجية الروسي إن الاتصالات مستمرة.",
    expected: ["russia assad_role may_stay", "russia geneva2_preconditions unconditional"],
  },
  {
    why: "«من يحاول فرض شروط مسبقة يتحمل مسؤولية إفشال المفاوضات»: the one who says it rejects conditions",
    text: `${TITLE}وقال المعلم إن من يحاول فرض شروط مسبقة على الحوار يتحمل مسؤولية إفشال المفاوضات.`,
    expected: ["syrian_government geneva2_preconditions unconditional"],
  },
  {
    why: "«هذه ليست شروطاً مسبقة بل التزامات»: denying that one's demands are conditions states nothing",
    text: `${TITLE}وقال المسلط إن "هذه ليست شروطا مسبقة بل التزامات دولية على النظام".`,
    expected: [],
  },
  // The subject of a reported clause.
  {
    why: '«قال X إن الائتلاف الوطني السوري المعارض "ما زال يربط مشاركته بـ…"»: adjectives and an auxiliary between the party and its verb',
    text: `${TITLE}وقال ريابكوف إن الائتلاف الوطني السوري المعارض "ما زال يربط مشاركته في المؤتمر بضمانات بأن لا يكون للأسد دور في المرحلة الانتقالية".`,
    expected: ["national_coalition assad_role must_go", "national_coalition geneva2_preconditions conditional"],
  },
  {
    why: "«المنسق العام لـ«الهيئة العليا للمفاوضات» رياض حجاب»: a quotation mark after a title's «لـ» opens its genitive",
    text: `${TITLE}وقال المنسق العام لـ«الهيئة العليا للمفاوضات» رياض حجاب إن الهيئة لن تقبل بأي دور للأسد في المرحلة الانتقالية.`,
    expected: ["hnc assad_role must_go"],
  },
  {
    why: '«يقول لـ"الرياض"»: a quotation mark after «لـ» right after the verb is the one addressed (guard)',
    text: `${TITLE}وقال لـ"الرياض" إن رحيل الأسد شرط لأي حل.`,
    expected: [],
  },
  {
    why: "«أما وزير الخارجية الروسي سيرغي لافروف، فقال …»: the one «أما» puts first is the speaker",
    text: `${TITLE}أما وزير الخارجية الروسي سيرغي لافروف، فقال إن رحيل الأسد ليس شرطا للتسوية.`,
    expected: ["russia assad_role may_stay"],
  },
  // Iran: asides, pronouns, conditions that are her taking part.
  {
    why: "«ترى أن مشاركة إيران، وهي تشارك بقواتها …، تتعارض مع …»: the predicate after an aside between commas judges her taking part",
    text: `${TITLE}وقال الجبير إن المملكة ترى أن مشاركة إيران، وهي تشارك بقواتها في قتل السوريين، تتعارض مع هدف المؤتمر.`,
    expected: ["saudi_arabia iran_participation oppose"],
  },
  {
    why: "«المملكة» alone is Saudi Arabia; «المملكة المتحدة» stays Britain and «المملكة المغربية» no party (guard)",
    text: `${TITLE}وقالت المملكة إن الأسد فقد شرعيته. وقالت المملكة المتحدة إن رحيل الأسد ضروري. وقال مسؤول في المملكة المغربية إن الحل سياسي.`,
    expected: ["saudi_arabia assad_role must_go", "uk assad_role must_go"],
  },
  {
    why: "«سحب الدعوة التي كان قد وجهها إليها»: her pronoun after the clause of inviting, she named before it",
    text: `${TITLE}وغابت إيران عن المؤتمر بعد أن سحب بان كي مون الدعوة التي كان قد وجهها إليها.`,
    expected: ["un iran_participation oppose", "un iran_participation support"],
  },
  {
    why: "«تهديد الائتلاف بمقاطعة المؤتمر إذا شارك فيه وفد إيراني»: the threat's owner requires her absence",
    text: `${TITLE}وتأجلت الجلسة إثر تهديد الائتلاف بمقاطعة المؤتمر إذا شارك فيه وفد إيراني.`,
    expected: ["national_coalition geneva2_preconditions conditional", "national_coalition iran_participation oppose"],
  },
  {
    why: "«ترحب بمشاركة إيران إذا قبلت ببيان جنيف»: a condition after her taking part is still hers (guard)",
    text: `${TITLE}وقالت فرنسا إنها ترحب بمشاركة إيران إذا قبلت ببيان جنيف.`,
    expected: ["france iran_participation conditional"],
  },
  {
    why: "«يرفضون أن تشارك إيران»: «أن» before her taking part is no «إن» of condition (guard)",
    text: `${TITLE}وقالت واشنطن إنها ترفض أن تشارك إيران في المؤتمر.`,
    expected: ["usa iran_participation oppose"],
  },
  // Demands judged, with their owners.
  {
    why: "«مطالبة المعارضة برحيل الأسد كشرط للجلوس … مطلب غير واقعي»: the judge keeps him, the owner demands his going as a condition",
    text: `${TITLE}وقال لافروف إن مطالبة المعارضة برحيل الأسد كشرط للجلوس الى طاولة المفاوضات مطلب غير واقعي.`,
    expected: ["russia assad_role may_stay", "syrian_opposition assad_role must_go", "syrian_opposition geneva2_preconditions conditional"],
  },
  {
    why: "«إصرار الائتلاف على رحيل الأسد يعني نسف المؤتمر»: the owner's demand, judged by the speaker",
    text: `${TITLE}وقال غاتيلوف إن إصرار الائتلاف على رحيل الأسد يعني نسف المؤتمر.`,
    expected: ["national_coalition assad_role must_go", "russia assad_role may_stay"],
  },
  {
    why: "a demand with no owner named, judged («المطالبة برحيل الأسد غير واقعية»): the judge's only (guard)",
    text: `${TITLE}وقال لافروف إن المطالبة برحيل الأسد غير واقعية.`,
    expected: ["russia assad_role may_stay"],
  },
  // Two sides speaking together; «لو»; the topic a sentence opens with.
  {
    why: "«… مع نظيره الروسي بوتين، وأكد الجانبان …»: the two parties named last speak together",
    text: `${TITLE}وبحث الرئيس الإيراني حسن روحاني في اتصال هاتفي مع نظيره الروسي فلاديمير بوتين الأزمة السورية، وأكد الجانبان ضرورة عقد المؤتمر دون شروط مسبقة.`,
    expected: ["iran geneva2_preconditions unconditional", "russia geneva2_preconditions unconditional"],
  },
  {
    why: "«التقى لافروف نظيره الأمريكي جون كيري. وأكد الطرفان …»: the pair named in the sentence before",
    text: `${TITLE}والتقى لافروف نظيره الأمريكي جون كيري في جنيف. وأكد الطرفان ضرورة عقد المؤتمر دون شروط مسبقة.`,
    expected: ["russia geneva2_preconditions unconditional", "usa geneva2_preconditions unconditional"],
  },
  {
    why: "«كانت سترحب بمشاركة إيران لو أعلنت طهران قبولها ببيان جنيف»: «لو» sets a condition",
    text: `${TITLE}وقال داود أوغلو إن تركيا كانت سترحب بمشاركة إيران لو أعلنت طهران قبولها ببيان جنيف.`,
    expected: ["turkey iran_participation conditional"],
  },
  {
    why: "«وحول الجدل الذي أثارته دعوة إيران ثم سحبها، أوضح …»: the topic a sentence opens with is no position",
    text: `${TITLE}وحول الجدل الذي أثارته دعوة إيران ثم سحبها، أوضح داود أوغلو أن الأزمة تحتاج حلا سياسيا.`,
    expected: [],
  },
  {
    why: "«طالبت بسحب الدعوة ما لم تعلن طهران قبولها ببيان جنيف»: her exclusion unless she accepts is a condition on her",
    text: `${TITLE}وطالبت الخارجية الأمريكية بسحب الدعوة ما لم تعلن طهران قبولها ببيان جنيف.`,
    expected: ["usa iran_participation conditional"],
  },
  // Wordings of his role.
  {
    why: "«موقف المملكة الرافض لأي دور للأسد»: the rejecting participle turns the role",
    text: `${TITLE}وجدد الفيصل موقف المملكة الرافض لأي دور للأسد في مستقبل سوريا.`,
    expected: ["saudi_arabia assad_role must_go"],
  },
  {
    why: "«لا ترى أي مستقبل للأسد»: no future for him",
    text: `${TITLE}وقال وزير الخارجية البريطاني إن بريطانيا "لا ترى أي مستقبل للأسد في سوريا".`,
    expected: ["uk assad_role must_go"],
  },
  {
    why: "«الحل يبدأ بنقل صلاحيات الأسد إلى هيئة حكم انتقالية»: handing over his powers",
    text: `${TITLE}وقال الجربا إن الحل يبدأ بنقل صلاحيات الأسد إلى هيئة حكم انتقالية.`,
    expected: ["national_coalition assad_role must_go"],
  },
  {
    why: "«بقاء الرئيس السوري بشار الأسد في منصبه حتى نهاية ولايته»: the end of his term, far after the word of staying, is no demand that he go",
    text: `${TITLE}وقال ولايتي إن بقاء الرئيس السوري بشار الأسد في منصبه حتى نهاية ولايته حق للشعب السوري.`,
    expected: ["iran assad_role may_stay"],
  },
  // The subject named before its verb across an aside; an interview; a transcript; bulleted headlines.
  {
    why: "«ولايتي، مستشار المرشد الإيراني للشؤون الدولية، وصف الأسد بأنه خط أحمر»: the first name, what he is between commas, then his verb",
    text: `${TITLE}ولايتي، مستشار المرشد الإيراني للشؤون الدولية، وصف الأسد بأنه خط أحمر.`,
    expected: ["iran assad_role may_stay"],
  },
  {
    why: "an interview: «ج:» answers are the one interviewed («المقداد لـ«الوطن»:» in the title), «س:» questions are no one's",
    text: 'المقداد لـ"الوطن": الحل سياسي\nحاوره في دمشق: سامر حداد\nس: بأي روحية تذهب دمشق إلى جنيف؟\nج: نحن ذاهبون إلى جنيف من دون أي شروط مسبقة.\nس: والمعارضة تطالب برحيل الرئيس؟\nج: مقام رئاسة الجمهورية خط أحمر.',
    expected: ["syrian_government assad_role may_stay", "syrian_government geneva2_preconditions unconditional"],
  },
  {
    why: "a transcript's speaker label with a note in brackets («لافروف (مترجم): …»)",
    text: 'نص التقرير: لقاء كيري ولافروف\nلافروف (مترجم): "نحن نرفض أي محاولة لفرض شروط مسبقة على المؤتمر، بما في ذلك رحيل الرئيس الأسد".',
    expected: ["russia assad_role may_stay", "russia geneva2_preconditions unconditional"],
  },
  {
    why: "bulleted headlines under «اقرأ أيضا» are links, not the article",
    text: "واشنطن تدعو إلى التهدئة\nقالت الخارجية الأمريكية إن الوضع في حلب مقلق.\nاقرأ أيضا:\n- ظريف: إيران ترفض أي شروط لمشاركتها\n- هيئة التنسيق: مصير الأسد يقرره السوريون",
    expected: [],
  },
  // Polarity.
  {
    why: "«من يطالب برحيل الأسد يعيش في الأوهام»: whoever demands it is no named party; the one who calls them deluded keeps him",
    text: `${TITLE}وقال المعلم إن من يطالب برحيل الرئيس الأسد يعيش في الأوهام.`,
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: "«لا يتضمن أي مطالبة برحيل الأسد»: a negated verb and «أي» before the demand",
    text: `${TITLE}وقال لافروف إن البيان الختامي لا يتضمن أي مطالبة برحيل الأسد.`,
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "«لن تناقش رحيل الأسد»: refusing to discuss his going keeps him",
    text: `${TITLE}وقال لافروف إن موسكو لن تناقش رحيل الأسد مع أحد.`,
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "«لن يقبل بأقل من رحيل الأسد»: nothing less than his going",
    text: `${TITLE}وقال الجربا إن الائتلاف لن يقبل بأقل من رحيل الأسد.`,
    expected: ["national_coalition assad_role must_go"],
  },
  {
    why: "«نرفض أي شروط مسبقة، بما في ذلك رحيل الأسد»: «بما في ذلك» after a comma goes on with the rejected list",
    text: `${TITLE}وقال لافروف إن موسكو ترفض أي شروط مسبقة، بما في ذلك رحيل الرئيس الأسد.`,
    expected: ["russia assad_role may_stay", "russia geneva2_preconditions unconditional"],
  },
  {
    why: "«لن تقبل أي شروط مسبقة مقابل مشاركتها»: the refusal governs the price named right after it",
    text: `${TITLE}وقالت إيران إنها لن تقبل أي شروط مسبقة مقابل مشاركتها.`,
    expected: ["iran geneva2_preconditions unconditional"],
  },
  {
    why: "«أي مشاركة إيرانية يجب أن يسبقها سحب الحرس الثوري»: what must precede her taking part is a condition",
    text: `${TITLE}وقالت الرياض إن أي مشاركة إيرانية يجب أن يسبقها سحب الحرس الثوري من سوريا.`,
    expected: ["saudi_arabia iran_participation conditional"],
  },
  {
    why: "«ترفض مشاركة إيران ما لم تسحب ميليشياتها»: her taking part refused unless is no condition of the talks",
    text: `${TITLE}وقال الائتلاف إنه يرفض مشاركة إيران ما لم تسحب ميليشياتها من سوريا.`,
    expected: ["national_coalition iran_participation conditional"],
  },
  {
    why: "«مقام رئاسة الجمهورية خط أحمر»",
    text: `${TITLE}وقال المقداد إن مقام رئاسة الجمهورية خط أحمر.`,
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: "«لم ولن نقبل بأي شروط مسبقة»: a negation joined by «و» to the one before it repeats it",
    text: `${TITLE}وقال وزير الخارجية السوري: "لم ولن نقبل بأي شروط مسبقة".`,
    expected: ["syrian_government geneva2_preconditions unconditional"],
  },
  {
    why: "«لم تناقش ولن تناقش مسألة رحيل الأسد»",
    text: `${TITLE}وقال لافروف إن موسكو "لم تناقش ولن تناقش" مسألة رحيل الأسد.`,
    expected: ["russia assad_role may_stay"],
  },
  // Fresh-round kinds.
  {
    why: "«من يطالب برحيل الأسد يعيش في الأوهام»: the speaker who judges an unnamed demander keeps him",
    text: `${TITLE}وقال المقداد إن من يطالب برحيل الرئيس الأسد يعيش في الأوهام.`,
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: "whoever demands it, with no judgement after («من يطالب برحيل الأسد عليه أن يأتي إلى جنيف»): no one's (guard)",
    text: `${TITLE}وقال المعلم إن من يطالب برحيل الأسد عليه أن يأتي إلى جنيف.`,
    expected: [],
  },
  {
    why: "«لا يمكن أن تنتهي والأسد في الحكم»: nothing ends while he rules",
    text: `${TITLE}وقال فابيوس إن المرحلة الانتقالية لا يمكن أن تنتهي والأسد في الحكم.`,
    expected: ["france assad_role must_go"],
  },
  {
    why: "«لا يرى سبيلاً لإنهاء الحرب ما دام الأسد في السلطة»: «إنهاء» ends the war, not his rule; the rule reaches past five words",
    text: `${TITLE}وقال أوباما إنه لا يرى سبيلا لإنهاء الحرب الأهلية ما دام الأسد في السلطة.`,
    expected: ["usa assad_role must_go"],
  },
  {
    why: "«إنهاء حكم الأسد»: an ending with his rule named right after it (guard)",
    text: `${TITLE}وطالب الائتلاف بإنهاء حكم الأسد.`,
    expected: ["national_coalition assad_role must_go"],
  },
  {
    why: "«ليست شروطاً مسبقة، بل حقوق»: denying that one's demands are conditions states nothing",
    text: `${TITLE}وقال المسلط إن المطالب الإنسانية ليست شروطا مسبقة، بل حقوق كفلها القرار 2254.`,
    expected: [],
  },
  {
    why: "«الأسد وأركان حكمه»: the men of his rule are no role of his",
    text: `${TITLE}وقال المجتمعون إن على الرئيس بشار الأسد وأركان حكمه مغادرة السلطة.`,
    expected: [],
  },
  // Statements and boycotts.
  {
    why: "«وجاء في بيان الوزارة أن …» after «أعلنت وزارة الخارجية والمغتربين …»; then «وشدد البيان على أن …»: the ministry's statement speaks on",
    text: "دمشق تسمي وفدها\nأعلنت وزارة الخارجية والمغتربين أسماء أعضاء الوفد الرسمي إلى مؤتمر جنيف 2.\nوجاء في بيان الوزارة أن الوفد يذهب إلى المؤتمر من دون أي شروط مسبقة.\nوشدد البيان على أن موقع رئاسة الجمهورية ليس مطروحا على أي طاولة.",
    expected: ["syrian_government assad_role may_stay", "syrian_government geneva2_preconditions unconditional"],
  },
  {
    why: "«وقال البيان الختامي لاجتماع لندن»: a statement naming its own issuer does not carry the speaker before (guard)",
    text: `${TITLE}وقال هيغ إن بريطانيا تدعم المعارضة. وقال البيان الختامي لاجتماع لندن إن الأسد لن يكون له أي دور.`,
    expected: [],
  },
  {
    why: "«إثر تهديد الائتلاف الوطني السوري بعدم المشاركة إذا حضرت طهران»: the threat's owner past its adjectives; «عدم المشاركة» is a boycott",
    text: `${TITLE}وسحب بان كي مون دعوته لإيران إثر تهديد الائتلاف الوطني السوري بعدم المشاركة إذا حضرت طهران.`,
    expected: [
      "national_coalition geneva2_preconditions conditional",
      "national_coalition iran_participation oppose",
      "un iran_participation oppose",
      "un iran_participation support",
    ],
  },
  {
    why: "«غياب إيران لن يخدم الحل»: her absence judged harmful is support",
    text: `${TITLE}وقال لافروف إن غياب إيران عن المؤتمر لن يخدم الحل.`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "«إيران يمكن أن تكون شريكاً في المؤتمر إذا أعلنت قبولها بيان جنيف»: a partner at the talks, on a condition",
    text: `${TITLE}وقال كيري إن إيران يمكن أن تكون شريكا في المؤتمر إذا أعلنت قبولها بيان جنيف 1.`,
    expected: ["usa iran_participation conditional"],
  },
  // Guards from the second read of this change (each gave a wrong tuple before its mend).
  {
    why: "«قال الأسد في حديثه عن أردوغان إنه سيرحل»: «إنه» is the one he speaks of (guard)",
    text: `${TITLE}وقال الأسد في حديثه عن الرئيس التركي أردوغان إنه سيرحل قبل أن تنتهي الأزمة.`,
    expected: [],
  },
  {
    why: "«قال الأسد لصحيفة ألمانية إنه سيترشح»: the one spoken to between him and his own clause",
    text: `${TITLE}وقال الرئيس السوري بشار الأسد لصحيفة ألمانية إنه سيترشح للانتخابات.`,
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: "«المعارضة لم تحسم أمرها: …»: «لم» before a colon is no outlet spoken to (guard)",
    text: "المعارضة لم تحسم أمرها: مشاركة في جنيف دون شروط أم مقاطعة؟\nدمشق - تتواصل المشاورات.",
    expected: [],
  },
  {
    why: "«موسكو (رويترز): …» is a dateline, not a speaker (guard)",
    text: "موسكو (رويترز): قال مصدر دبلوماسي غربي إن رحيل الأسد شرط لأي تسوية.",
    expected: [],
  },
  {
    why: "«… بحضور ممثل عن السعودية، وأكد الجانبان …»: the two sides are the first two named, not the one present",
    text: `${TITLE}وبحث لافروف وكيري الأزمة السورية بحضور ممثل عن السعودية، وأكد الجانبان ضرورة عقد المؤتمر دون شروط مسبقة.`,
    expected: ["russia geneva2_preconditions unconditional", "usa geneva2_preconditions unconditional"],
  },
  {
    why: "«وحول الملف السوري قال لافروف إن …»: a reported clause ends the topic opening (guard)",
    text: `${TITLE}وحول الملف السوري قال لافروف إن موسكو تدعم مشاركة إيران في المؤتمر.`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "«لا يرى أي مستقبل للجماعات الإرهابية», «لقاء ممثلين عن الأسد مستقبلاً»: a future for others, and the adverb (guard)",
    text: `${TITLE}وقال الأسد إنه لا يرى أي مستقبل للجماعات الإرهابية في سوريا. وقال كيري إن واشنطن لا تستبعد لقاء ممثلين عن الأسد مستقبلا.`,
    expected: [],
  },
  {
    why: "«الأسد وافق على نقل صلاحيات بعض الوزارات»: powers handed over that are not his (guard)",
    text: `${TITLE}وقالت المعارضة إن الأسد وافق على نقل صلاحيات بعض الوزارات إلى الحكومة المؤقتة.`,
    expected: [],
  },
  {
    why: "«لم ولن نتنازل عن حق الرئيس الأسد في الترشح»: not giving up his right keeps him",
    text: `${TITLE}وقال الجعفري: لم ولن نتنازل عن حق الرئيس الأسد في الترشح.`,
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: "«الائتلاف هو من يطالب برحيل الأسد»: a cleft names who demands it (guard)",
    text: `${TITLE}وقال لافروف إن الائتلاف هو من يطالب برحيل الأسد.`,
    expected: ["national_coalition assad_role must_go"],
  },
  {
    why: "«لا تزال تعمل والرئيس الأسد في منصبه»: no negated success, so no «while he rules» (guard)",
    text: `${TITLE}وقال المعلم إن مؤسسات الدولة لا تزال تعمل والرئيس الأسد في منصبه.`,
    expected: [],
  },
  {
    why: "«إنهاء حكم الطاغية بشار الأسد»: his rule named between the ending and his name",
    text: `${TITLE}وطالب الائتلاف بإنهاء حكم الطاغية بشار الأسد.`,
    expected: ["national_coalition assad_role must_go"],
  },
  {
    why: "«رحيل الأسد هو ليس شرطاً مسبقاً»: «هو» is a copula, not a demonstrative denial (guard)",
    text: `${TITLE}وقال لافروف إن رحيل الأسد هو ليس شرطا مسبقا للحوار.`,
    expected: ["russia assad_role may_stay", "russia geneva2_preconditions unconditional"],
  },
  {
    why: "«إذا تمت دعوة إيران فعليها أولاً سحب قواتها»: with no refusal to attend, her invitation stays a condition on her (guard)",
    text: `${TITLE}وقالت الرياض إنه إذا تمت دعوة إيران فعليها أولا سحب قواتها من سوريا.`,
    expected: ["saudi_arabia iran_participation conditional"],
  },
  {
    why: "«سيذهب دون شروط مسبقة شرط أن …»: only a refusal governs a condition right after it (guard)",
    text: `${TITLE}وقال الائتلاف إنه سيذهب إلى جنيف دون شروط مسبقة شرط أن يكون هدف المؤتمر تشكيل هيئة انتقالية.`,
    expected: ["national_coalition geneva2_preconditions conditional", "national_coalition geneva2_preconditions unconditional"],
  },
  {
    why: "«مشاركة إيران، وهي دولة جارة، لا تتعارض مع …»: a negated predicate is no rejection (guard)",
    text: `${TITLE}وقال لافروف إن مشاركة إيران، وهي دولة جارة لسوريا، لا تتعارض مع أهداف المؤتمر.`,
    expected: [],
  },
  {
    why: "«الرافضين لرحيل الأسد يتحملون مسؤولية استمرار القتل»: those who reject it are no rejection word (guard)",
    text: `${TITLE}وقال الجربا إن الرافضين لرحيل الأسد يتحملون مسؤولية استمرار القتل.`,
    expected: ["national_coalition assad_role must_go"],
  },
  // The tenth-article round.
  {
    why: "«المطالبة بتنحي الأسد كشرط مسبق لأي حوار لم تعد واقعية»: a demand no longer realistic is rejected",
    text: `${TITLE}وقال نصر الله إن المطالبة بتنحي الرئيس الأسد كشرط مسبق لأي حوار لم تعد واقعية.`,
    expected: ["hezbollah assad_role may_stay", "hezbollah geneva2_preconditions unconditional"],
  },
  {
    why: "«مقام الرئاسة ليس موضوعاً للنقاش»",
    text: `${TITLE}وقال المعلم إن مقام الرئاسة ليس موضوعا للنقاش.`,
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: "«سيسحب مشاركته ما لم يسحب بان كي مون دعوته لإيران»: withdrawing from the talks unless her invitation is withdrawn",
    text: `${TITLE}وقال الجربا إن الائتلاف سيسحب مشاركته ما لم يسحب بان كي مون دعوته لإيران.`,
    expected: ["national_coalition geneva2_preconditions conditional", "national_coalition iran_participation oppose"],
  },
  {
    why: "«وحثه كيري على المشاركة من دون شروط مسبقة، بحسب ما أفاد مصدر»: a verb with its object pronoun, then its subject",
    text: `${TITLE}والتقى حجاب وزير الخارجية الأمريكي، وحثه كيري على المشاركة من دون شروط مسبقة، بحسب ما أفاد مصدر في المعارضة.`,
    expected: ["usa geneva2_preconditions unconditional"],
  },
  {
    why: "«وزعم كيري أن …»: state media's verb of saying",
    text: `${TITLE}وزعم كيري أن الأسد فقد شرعيته.`,
    expected: ["usa assad_role must_go"],
  },
  // The last held-out round.
  {
    why: "«سحب دعوة إيران كان خطأ»: what was done against her taking part, judged a mistake, is support",
    text: "غاتيلوف: سحب دعوة إيران إلى «جنيف 2» كان خطأ\nموسكو - قال نائب وزير الخارجية الروسي إن الاتصالات مستمرة.",
    expected: ["russia iran_participation support"],
  },
  {
    why: "«أي تسوية من دون إيران غير ممكنة»: the talks without her impossible",
    text: `${TITLE}وقال لافروف إن أي تسوية للأزمة السورية من دون إيران غير ممكنة.`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "«مستعدة للمشاركة إذا وُجهت إليها دعوة رسمية»: being invited is no condition",
    text: `${TITLE}وقالت أفخم إن بلادها مستعدة للمشاركة إذا وجهت إليها دعوة رسمية.`,
    expected: ["iran iran_participation support"],
  },
  // Guards from the read of the last rounds' change.
  {
    why: "«لافروف من القاهرة: … دون شروط مسبقة واستبعاد إيران خطأ»: where he spoke before the colon; her exclusion judged right after it",
    text: "لافروف من القاهرة: جنيف 2 يجب أن ينعقد دون شروط مسبقة واستبعاد إيران خطأ\nالقاهرة - الأهرام",
    expected: ["russia geneva2_preconditions unconditional", "russia iran_participation support"],
  },
  {
    why: "«رحيل الأسد ليس موضوعاً للتفاوض»: his going, not he, is off the table: no red line for him (guard)",
    text: `${TITLE}وقال الجربا إن رحيل الأسد ليس موضوعا للتفاوض.`,
    expected: [],
  },
  {
    why: "«التقى كيري الجربا … وحثه على حضور جنيف من دون شروط»: a verb with its object's pronoun and no subject after it speaks for no one named (guard)",
    text: `${TITLE}والتقى كيري الجربا في باريس وحثه على حضور جنيف 2 من دون شروط.`,
    expected: [],
  },
  {
    why: "«رفض الائتلاف مشاركة إيران … واعتبرها تدخلاً سافراً»: a judgement agreeing with the refusal does not turn it (guard)",
    text: `${TITLE}ورفض الائتلاف مشاركة إيران في المؤتمر واعتبرها تدخلا سافرا.`,
    expected: ["national_coalition iran_participation oppose"],
  },
  {
    why: "«سيشارك إذا تلقى دعوة تنص على تشكيل هيئة حكم انتقالية»: an invitation with terms is a condition (guard)",
    text: `${TITLE}وقال الجربا إن الائتلاف سيشارك إذا تلقى دعوة تنص على تشكيل هيئة حكم انتقالية.`,
    expected: ["national_coalition geneva2_preconditions conditional"],
  },
  {
    why: "«الوفد الحكومي سيحضر إذا حضرت إيران … والائتلاف سيسحب وفده»: another party's withdrawing its delegation is no boycott of the speaker's: no oppose (guard)",
    text: `${TITLE}وقال المقداد إن الوفد الحكومي سيحضر إذا حضرت إيران وإن الائتلاف سيسحب وفده.`,
    expected: ["syrian_government geneva2_preconditions conditional"],
  },
  // Last kinds.
  {
    why: "«على طهران أن تسحب قواتها … إذا أرادت أن تكون جزءاً من الحل»: a part of the solution counts as her taking part",
    text: `${TITLE}وقال الجبير إن على طهران أن تسحب قواتها من سوريا إذا أرادت أن تكون جزءا من الحل.`,
    expected: ["saudi_arabia iran_participation conditional"],
  },
  {
    why: "«تعارض واشنطن توجيه دعوة إلى طهران»: extending the invitation is what is opposed",
    text: `${TITLE}أما واشنطن فتعارض حتى الآن توجيه دعوة إلى طهران.`,
    expected: ["usa iran_participation oppose"],
  },
  {
    why: "«رحبت موسكو بتوجيه دعوة إلى طهران»: with no opposing verb before it, extending it is wanted (guard)",
    text: `${TITLE}ورحبت موسكو بتوجيه دعوة إلى طهران.`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "«الشعب السوري وحده هو من يقرر مصير الأسد»: «وحده», «هو من» between the Syrians and their deciding",
    text: `${TITLE}وقال لافروف إن الشعب السوري وحده هو من يقرر مصير الأسد.`,
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "«لا نعتقد أن الأسد قادر على أن يكون جزءاً من مستقبل سوريا»: «قادر على أن» is able to, not a condition",
    text: `${TITLE}وقال كيري: لا نعتقد أن الأسد قادر على أن يكون جزءا من مستقبل سوريا.`,
    expected: ["usa assad_role must_go"],
  },
  {
    why: "«الرهان على رحيل الأسد رهان خاسر»: a losing bet is a judgement that keeps him",
    text: `${TITLE}وقال نصر الله إن الرهان على رحيل الرئيس الأسد رهان خاسر.`,
    expected: ["hezbollah assad_role may_stay"],
  },
  {
    why: "«أي عملية انتقالية لا تبدأ برحيل الأسد محكوم عليها بالفشل»: a negated start judged to fail wants him gone",
    text: `${TITLE}وقال الائتلاف إن أي عملية انتقالية لا تبدأ برحيل الأسد محكوم عليها بالفشل.`,
    expected: ["national_coalition assad_role must_go"],
  },
  {
    why: "«المؤتمر من دون إيران محكوم عليه بالفشل»: the talks without her doomed",
    text: `${TITLE}وقال لافروف إن المؤتمر من دون إيران محكوم عليه بالفشل.`,
    expected: ["russia iran_participation support"],
  },
  // Invitations extended and withdrawn, read beside the Iran pass.
  {
    why: "«سحب الأمين العام للأمم المتحدة بان كي مون مساء الاثنين الدعوة التي وجهها إلى إيران»: his title and the time between the verb and the invitation",
    text: `${TITLE}سحب الأمين العام للأمم المتحدة بان كي مون مساء الاثنين الدعوة التي وجهها إلى إيران لحضور مؤتمر السلام.`,
    expected: ["un iran_participation oppose", "un iran_participation support"],
  },
  {
    why: "«تلقت دعوة رسمية للمشاركة … وجهها وزير الخارجية الأمريكي»: the one who extended the invitation",
    text: `${TITLE}وكانت طهران قد تلقت دعوة رسمية للمشاركة في الاجتماع وجهها وزير الخارجية الأمريكي جون كيري.`,
    expected: ["usa iran_participation support"],
  },
  {
    why: "«وجهت إليها الولايات المتحدة وروسيا الدعوة»: her pronoun on the verb, the two who invited her",
    text: `${TITLE}وجاءت مشاركة طهران بعد أن وجهت إليها الولايات المتحدة وروسيا الدعوة بشكل مشترك.`,
    expected: ["russia iran_participation support", "usa iran_participation support"],
  },
  {
    why: "an invitation extended to others («وجهت الأمم المتحدة الدعوة إلى وفدي الحكومة والمعارضة») is no one's on Iran (guard)",
    text: `${TITLE}ووجهت الأمم المتحدة الدعوة إلى وفدي الحكومة والمعارضة لحضور المؤتمر.`,
    expected: [],
  },
  // Guards from the read of the invitation events.
  {
    why: "«تلقى الرئيس الروسي دعوة لزيارة طهران وجهها روحاني»: an invitation to a visit, not to the talks (guard)",
    text: `${TITLE}وتلقى الرئيس الروسي فلاديمير بوتين دعوة لزيارة طهران وجهها الرئيس الإيراني حسن روحاني.`,
    expected: [],
  },
  {
    why: "«ستشارك إيران في المؤتمر إذا وجهت إليها الأمم المتحدة الدعوة»: an invitation that may come is no one's position (guard)",
    text: `${TITLE}وقال دبلوماسي إن إيران ستشارك في المؤتمر إذا وجهت إليها الأمم المتحدة الدعوة.`,
    expected: [],
  },
  {
    why: "«سحبت روسيا مشروع قرارها … بعد ساعات من الدعوة الموجهة إلى إيران»: another thing withdrawn before the invitation (guard)",
    text: `${TITLE}وسحبت روسيا مشروع قرارها في مجلس الأمن بعد ساعات من الدعوة الموجهة إلى إيران.`,
    expected: [],
  },
  {
    why: "«تلقت إيران الدعوة التي وجهها بان كي مون للمشاركة، والولايات المتحدة تعارضها»: «و» after the owner opens the next clause, no second inviter (guard)",
    text: `${TITLE}وتلقت إيران الدعوة التي وجهها بان كي مون للمشاركة في المؤتمر والولايات المتحدة تعارضها بشدة.`,
    expected: ["un iran_participation support"],
  },
];

caseTable("Third probe: Assad of himself, headlines to an outlet, withdrawn invitations, bodies by their head noun", CASES);
