// Kinds mended in the fiftieth probe, found by helpers sorting the extractor's errors on the probe rounds into kinds
// of sentence (misses with no cue, no holder or the wrong holder or label; false claims), each a row here, with guards:
// - who says it: a verb of saying after a verb of not tiring or not stopping («لم يتوقف عن التذكير بأن», «لم يمل من
//   ترديد أن»), of not hiding («لم تخف قناعتها بأن»), of letting no occasion pass («لا يفوت فرصة من دون أن
//   يكرر»); «بقوله» after a verb of answering or closing («علق … بقوله إن», «اختتم … بقوله إن»);
// - what it says: «قبل البدء» before the talks; staying at the talks or walking out of them on a condition («لن يبقى
//   في جنيف ما لم», «سينسحب من المحادثات إذا»); a settlement keeping Assad said not to last («لن يصمد», «لن يرى
//   النور»); his going in the plural («يغادرون السلطة») or the passive («أن يزاح»); Iran as a partner in the talks
//   («لا يمكن أن تكون شريكاً في المؤتمر»); going back on her invitation («تراجع الأمين العام عن دعوة إيران»).
import { caseTable, type Case } from "./case-table";

const T = "جنيف 2: مواقف\n\n";

const CASES: Case[] = [
  {
    why: "«لم يتوقف X عن التذكير بأن …»: the one who does not stop reminding says it",
    text: `${T}وفي أنقرة لم يتوقف وزير الخارجية التركي أحمد داود أوغلو عن التذكير بأن الأسد لا يمكن أن يكون جزءا من المرحلة الانتقالية.`,
    expected: ["turkey assad_role must_go"],
  },
  {
    why: "«لم يمل X من ترديد أن …»: the same with not tiring of repeating",
    text: `${T}ولم يمل وزير الخارجية الفرنسي من ترديد أن الأسد لا يمكن أن يكون مستقبل شعبه.`,
    expected: ["france assad_role must_go"],
  },
  {
    why: "«لا يفوت X فرصة من دون أن يكرر أن …»: the one who lets no occasion pass says it",
    text: `${T}ولا يفوّت وزير الخارجية الروسي سيرغي لافروف فرصة من دون أن يكرر أن رحيل الأسد ليس شرطا للمفاوضات.`,
    expected: ["russia assad_role may_stay", "russia geneva2_preconditions unconditional"],
  },
  {
    why: "«لم تخف X قناعتها بأن …»: a conviction not hidden is said",
    text: `${T}ولم تُخفِ الخارجية الفرنسية يوما قناعتها بأن الأسد فقد شرعيته.`,
    expected: ["france assad_role must_go"],
  },
  {
    why: "guard: not stopping something else («لم يتوقف الطيران عن قصف المدن») says nothing",
    text: `${T}ولم يتوقف الطيران الروسي عن قصف المدن رغم أن الأسد لا يمكن أن يكون جزءا من الحل.`,
    expected: [],
  },
  {
    why: "«علق X على ذلك بقوله إن …»: «بقوله» after a verb of answering opens what he says",
    text: `${T}وعلق وزير الخارجية الروسي على ذلك بقوله إن رحيل الأسد ليس شرطا للمفاوضات.`,
    expected: ["russia assad_role may_stay", "russia geneva2_preconditions unconditional"],
  },
  {
    why: "«اختتم X مؤتمره الصحفي بقوله إن …»: closing with his words",
    text: `${T}واختتم الجبير مؤتمره الصحفي بقوله إن الأسد لن يكون له دور في مستقبل سوريا.`,
    expected: ["saudi_arabia assad_role must_go"],
  },
  {
    why: "a demand «قبل البدء بالمفاوضات» is a condition of the talks, as «قبل بدء المفاوضات» is",
    text: `${T}وطالبت الهيئة العليا للمفاوضات بوقف القصف وفك الحصار قبل البدء بالمفاوضات.`,
    expected: ["hnc geneva2_preconditions conditional"],
  },
  {
    why: "guard: «قبل البدء» dating an event sets no condition",
    text: `${T}وصلت المساعدات إلى المدينة قبل البدء في العملية التفاوضية.`,
    expected: [],
  },
  {
    why: "not staying at the talks unless («لن يبقى في جنيف ما لم …») conditions attending them",
    text: `${T}وقالت الهيئة العليا للمفاوضات إن الوفد لن يبقى في جنيف ما لم تتوقف الغارات.`,
    expected: ["hnc geneva2_preconditions conditional"],
  },
  {
    why: "walking out of the talks if («سينسحب من المحادثات إذا …») conditions them too",
    text: `${T}وقالت الهيئة العليا للمفاوضات إن وفدها سينسحب من المحادثات إذا استمر القصف على حلب.`,
    expected: ["hnc geneva2_preconditions conditional"],
  },
  {
    why: "guard: staying at the talks with no condition («سيبقى في جنيف حتى نهاية الأسبوع») is no position",
    text: `${T}وقال المعلم إن الوفد سيبقى في جنيف حتى نهاية الأسبوع.`,
    expected: [],
  },
  {
    why: "a settlement keeping Assad said not to last («لن يصمد») turns his staying",
    text: `${T}وقال وزير الخارجية القطري إن أي اتفاق يبقي الأسد في السلطة لن يصمد.`,
    expected: ["qatar assad_role must_go"],
  },
  {
    why: "the same with «لن يرى النور»",
    text: `${T}وقال وزير الخارجية القطري إن أي حل سياسي يبقي الأسد لن يرى النور.`,
    expected: ["qatar assad_role must_go"],
  },
  {
    why: "guard: a settlement keeping him said acceptable keeps his staying",
    text: `${T}وقال لافروف إن أي اتفاق يبقي الأسد في السلطة سيكون مقبولا.`,
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "his going in the plural, with those around him («الأسد وأركان نظامه يغادرون السلطة»)",
    text: `${T}وأكد الائتلاف أن الأسد وأركان نظامه يغادرون السلطة عند بدء المرحلة الانتقالية.`,
    expected: ["national_coalition assad_role must_go"],
  },
  {
    why: "guard: others leaving («المراقبون يغادرون سوريا») is not his going",
    text: `${T}وقال المراقبون إنهم يغادرون سوريا غدا.`,
    expected: [],
  },
  {
    why: "his going in the passive («يجب أن يزاح من السلطة»)",
    text: `${T}وقال الجبير إن الأسد يجب أن يزاح من السلطة.`,
    expected: ["saudi_arabia assad_role must_go"],
  },
  {
    why: "Iran said not to be a partner in the conference («لا يمكن أن تكون شريكاً في مؤتمر جنيف») opposes her taking part",
    text: `${T}وقال سعود الفيصل إن إيران لا يمكن أن تكون شريكاً في مؤتمر جنيف.`,
    expected: ["saudi_arabia iran_participation oppose"],
  },
  {
    why: "guard: a partner of the regime in its deeds («شريكاً للنظام في قتل السوريين») is no seat at the talks",
    text: `${T}وقال الجبير إن إيران لا يمكن أن تكون شريكاً للنظام في قتل السوريين.`,
    expected: [],
  },
  {
    why: "guard: her readiness to be a partner in the talks stays support",
    text: `${T}وقال ظريف إن إيران مستعدة لأن تكون شريكا في المفاوضات.`,
    expected: ["iran iran_participation support"],
  },
  {
    why: "welcoming the Secretary-General's going back on her invitation («بتراجع الأمين العام عن دعوة إيران») opposes it",
    text: `${T}ورحبت لندن بتراجع الأمين العام عن دعوة إيران.`,
    expected: ["uk iran_participation oppose"],
  },
  {
    why: "guard: not going back on calling for her taking part («لن تتراجع عن دعوتها إلى إشراك إيران») supports it",
    text: `${T}ولن تتراجع موسكو عن دعوتها إلى إشراك إيران في المؤتمر.`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "guard: «لم تتراجع عن دعم مشاركة إيران» supports it",
    text: `${T}وقال لافروف إن بلاده لم تتراجع عن دعم مشاركة إيران.`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "Iran taking part after an invitation its sender is named after («بعد دعوة وجهها إليها لافروف»): the sender invited her",
    text: `${T}وشاركت إيران في الاجتماع بعد دعوة وجهها إليها وزير الخارجية الروسي سيرغي لافروف.`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "Assad, a relative clause on him set off by commas, then «لا يمكن أن يكون له أي دور»: the no-role reaches him",
    text: `${T}وقال هيغ إن الأسد، الذي قصف المدن بالبراميل، لا يمكن أن يكون له أي دور في المرحلة الانتقالية.`,
    expected: ["uk assad_role must_go"],
  },
  {
    why: "guard: the same aside before a verb turning his removal keeps his staying",
    text: `${T}وقال لافروف إن الأسد، الذي انتخبه شعبه، لا يمكن أن يفرض رحيله من الخارج.`,
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "«لم يكن ولن يكون موضوعاً للتفاوض»: the presidency off the table through a chained negated copula keeps him",
    text: `${T}وقال الجعفري إن موقع الرئاسة لم يكن ولن يكون موضوعاً للتفاوض.`,
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: "«لم يكن يوماً ولن يكون محل مساومة»: the same with «يوماً» between, said by an ally",
    text: `${T}وأكد لافروف أن منصب الرئيس السوري لم يكن يوماً ولن يكون محل مساومة.`,
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "«لن يقبل أن يكون منصب الرئيس موضع نقاش»: the copula before the office, refused, keeps him",
    text: `${T}وقال المقداد إن الوفد لن يقبل أن يكون منصب الرئيس موضع نقاش.`,
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: "«مقام الرئاسة ليس للبيع ولا للمساومة»: the office not for sale nor bargaining keeps him",
    text: `${T}وقال المعلم إن مقام الرئاسة ليس للبيع ولا للمساومة.`,
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: "«أحداً في العالم لا يملك أن يسلب الرئيس الأسد شرعيته»: no one may strip his legitimacy, words between «أحداً» and «لا»",
    text: `${T}وقال المعلم إن أحدا في العالم لا يملك أن يسلب الرئيس الأسد شرعيته.`,
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: "«لن تسمح لأي دولة بأن تحدد مستقبل الرئيس الأسد»: his future not for others to decide, an ally's",
    text: `${T}وقال ظريف إن طهران لن تسمح لأي دولة بأن تحدد مستقبل الرئيس الأسد.`,
    expected: ["iran assad_role may_stay"],
  },
  {
    why: "headline «X ينتقد Y: …»: the one criticising speaks after the colon, not the one criticised",
    text: `المعلم ينتقد كيري: الأسد باق\n\nوقال المعلم في جنيف إن المؤتمر يجب أن يركز على الإرهاب.`,
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: "guard: «لن يقبل أن يكون منصب الرئيس خارج النقاش»: keeping the office out of the talks refused is no may_stay",
    text: `${T}وقال الجربا إن الائتلاف لن يقبل أن يكون منصب الرئيس خارج النقاش.`,
    expected: [],
  },
  {
    why: "guard: «الجولان ليس للبيع ولا للمساومة»: not for sale said of land, not the presidency",
    text: `${T}وقال المعلم إن الجولان ليس للبيع ولا للمساومة.`,
    expected: [],
  },
  {
    why: "guard: «لن يسمح لأحد بأن يقرر مصير الثورة»: a fate that is not his",
    text: `${T}وقال الجربا إن الائتلاف لن يسمح لأحد بأن يقرر مصير الثورة.`,
    expected: [],
  },
  {
    why: "«فيتو سعودي وقطري على حضور طهران»: a veto qualified by nationality adjectives joined by «و» is each state's",
    text: `${T}وتحدث دبلوماسيون عن فيتو سعودي وقطري على حضور طهران.`,
    expected: ["saudi_arabia iran_participation oppose", "qatar iran_participation oppose"],
  },
  {
    why: "«هناك فيتو أميركياً وسعودياً»: after «فيتو», which takes no ending, the adjectives take the accusative «ا»",
    text: `${T}وقال ظريف إن هناك فيتو أميركيا وسعوديا على مشاركة إيران.`,
    expected: ["usa iran_participation oppose", "saudi_arabia iran_participation oppose"],
  },
  {
    why: "«دخلت إيران قاعة المفاوضات … بدعوة روسية»: an invitation qualified by a nationality adjective is its state's",
    text: `${T}ودخلت إيران قاعة المفاوضات في فيينا بدعوة روسية هذه المرة.`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "«تلقت طهران دعوة أمريكية وروسية للمشاركة»: two adjectives joined by «و», two inviters",
    text: `${T}وتلقت طهران دعوة أمريكية وروسية للمشاركة في اجتماع فيينا.`,
    expected: ["usa iran_participation support", "russia iran_participation support"],
  },
  {
    why: "«حضرت إيران اجتماع فيينا بإصرار روسي»: the state whose insistence brought her wants her there",
    text: `${T}وحضرت إيران اجتماع فيينا بإصرار روسي بعد أن غابت عن مونترو.`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "«ضغوط روسية على الأمم المتحدة لدعوة طهران»: the one pressed is not the holder, the pressure's state is",
    text: `${T}وتحدثت مصادر عن ضغوط روسية على الأمم المتحدة لدعوة طهران إلى جنيف.`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "«تمارس روسيا ضغوطاً لإشراك إيران»: the subject pressing for her wants her there",
    text: `${T}وتمارس روسيا ضغوطا لإشراك إيران في المؤتمر.`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "guard: «الوفد الإيراني» as the one invited gives no holder",
    text: `${T}ووصل الوفد الإيراني إلى فيينا للمشاركة في المفاوضات بعد دعوته.`,
    expected: [],
  },
  {
    why: "guard: a veto on something other than Iran's taking part («الفيتو الروسي على قرار مجلس الأمن») says nothing of her",
    text: `${T}وتحدثت الصحف عن الفيتو الروسي على قرار مجلس الأمن بشأن حلب.`,
    expected: [],
  },
  {
    why: "guard: an invitation with an adjective to something other than the talks («دعوة روسية لزيارة موسكو»)",
    text: `${T}وتلقى ظريف دعوة روسية لزيارة موسكو قبل مؤتمر جنيف.`,
    expected: [],
  },
  {
    why: "guard: entering a place that is not the talks («دخلت القوات الإيرانية سوريا بطلب روسي») is no invitation",
    text: `${T}ودخلت القوات الإيرانية سوريا بطلب روسي قبل مؤتمر جنيف.`,
    expected: [],
  },
  {
    why: "guard: «ضغوط أمريكية وسعودية لسحب دعوة إيران» stays each state's oppose",
    text: `${T}وتحدثت مصادر عن ضغوط أمريكية وسعودية لسحب دعوة إيران إلى المؤتمر.`,
    expected: ["usa iran_participation oppose", "saudi_arabia iran_participation oppose"],
  },
  {
    why: "«من يأتي إلى جنيف ليطالب بـ… فليوفر على نفسه عناء السفر»: whoever comes to demand his going, told to spare himself the trouble, is judged; the speaker keeps him",
    text: `${T}وقال المقداد إن "من يأتي إلى جنيف ليطالب بتنحي الرئيس فليوفر على نفسه عناء السفر".`,
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: "«من يظن أنه سيحصل … على ما عجز عنه، أي تنحي الرئيس، واهم»: his going in apposition to what whoever bets on, the predicate after the apposition",
    text: `${T}وقال بيسكوف إن "من يظن أنه سيحصل في المفاوضات على ما عجز عنه في الميدان، أي تنحي الرئيس الأسد، واهم".`,
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "«ما يسمى تنحي الرئيس»: his going called so-called, no party named before it, is mocked by the speaker",
    text: `${T}وقال المقداد إن البيان "يحاول فرض شروط لا قيمة لها، وفي مقدمتها ما يسمى تنحي الرئيس، وهو أمر غير قابل للنقاش".`,
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: "«كل من يذهب إلى المفاوضات ليشترط تنحي الأسد فليوفر جهده»: whoever goes to set it as a condition is judged; the speaker keeps him and rejects the precondition",
    text: `${T}وقال نائب وزير الخارجية الروسي إن "كل من يذهب إلى المفاوضات ليشترط تنحي الأسد فليوفر جهده".`,
    expected: ["russia assad_role may_stay", "russia geneva2_preconditions unconditional"],
  },
  {
    why: "«تحويل رحيل الأسد إلى شرط مسبق للحل السياسي خط أحمر»: the red line reaches past what his going is made into",
    text: `${T}وقال ولايتي إن "تحويل رحيل الأسد إلى شرط مسبق للحل السياسي خط أحمر".`,
    expected: ["iran assad_role may_stay"],
  },
  {
    why: "guard: a named demander, then whoever judged in another clause, keeps its must_go",
    text: `${T}واتهم الجعفري السعودية بأنها تشترط رحيل الرئيس الأسد قبل أي حل، وقال إن من يطالب بذلك واهم.`,
    expected: ["saudi_arabia assad_role must_go"],
  },
  {
    why: "guard: «ما يسمى» after a party named as subject names that party's demand",
    text: `${T}وقالت شعبان إن المعارضة "تطرح ما يسمى رحيل الرئيس في كل جولة".`,
    expected: ["syrian_opposition assad_role must_go"],
  },
  {
    why: "guard: an apposition in a named party's own demand stays its must_go",
    text: `${T}وقال الجبير إن بلاده "لن تقبل بأقل من رحيل الأسد، أي تنحيه عن السلطة، قبل نهاية المرحلة الانتقالية".`,
    expected: ["saudi_arabia assad_role must_go"],
  },
  {
    why: '«رأى X أن تركيا "…"، لأنها "تشترط …"»: the quotation opening right after «لأنها» is the clause of the party the pronoun goes back to, not the speaker\'s',
    text: `${T}ورأى الأمين العام لحزب الله أن تركيا "هي من يعرقل الحل"، لأنها "تشترط رحيل الأسد قبل أي مؤتمر".`,
    expected: ["turkey geneva2_preconditions conditional", "turkey assad_role must_go"],
  },
  {
    why: '«إن الرياض "…"، فهي "تطالب …"»: «فهي» before the quotation; a capital named for its government is its antecedent',
    text: `${T}وقال الجعفري إن الرياض "هي التي تمنع الحل"، فهي "تطالب برحيل الرئيس الأسد".`,
    expected: ["saudi_arabia assad_role must_go"],
  },
  {
    why: '«إن الأمريكيين "هم من يقف وراء …"»: a cleft whose pronoun opens the quotation names the one who does it',
    text: `${T}وقال نصر الله إن الأمريكيين "هم من يقف وراء رفض مشاركة إيران في المؤتمر".`,
    expected: ["usa iran_participation oppose"],
  },
  {
    why: '«إن الروس "أبلغونا … أنهم يريدون إيران …"»: a verb in the plural has its subject before it; Iran after it is its object',
    text: `${T}وقال وزير الخارجية الإيراني إن الروس "أبلغونا هذه المرة أنهم يريدون إيران على طاولة المفاوضات".`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "«قال لافروف إن المعارضة تشترط …» (guard): the reported subject holds it",
    text: `${T}وقال لافروف إن المعارضة تشترط رحيل الأسد.`,
    expected: ["syrian_opposition assad_role must_go"],
  },
  {
    why: '«لأنه "من دون الإيرانيين …"» (guard): the «لأنه» of a fact, no verb opening the quotation, names no holder; the speaker keeps it',
    text: `${T}من جانبه، قال غاتيلوف إن موسكو "ستواصل الإصرار على مشاركة إيران"، لأنه "من دون الإيرانيين لن يكون المؤتمر ناجحا".`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "accepting her taking part as the subject of a rejecting predicate («قبول مشاركة إيران في المفاوضات مرفوض») opposes it",
    text: `${T}وقال رئيس الائتلاف إن قبول مشاركة إيران في المفاوضات مرفوض.`,
    expected: ["national_coalition iran_participation oppose"],
  },
  {
    why: "the same with her accepted as a partner in the talks («قبول إيران شريكاً في المفاوضات مرفوض»)",
    text: `${T}وقال رئيس الائتلاف إن قبول إيران شريكا في المفاوضات مرفوض.`,
    expected: ["national_coalition iran_participation oppose"],
  },
  {
    why: "guard: accepting her taking part said necessary stays support",
    text: `${T}وقال لافروف إن قبول مشاركة إيران في المفاوضات ضروري.`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "«على طهران، إن كانت تريد أن تبقى طرفا …، أن …»: an aside of her wish between «على إيران» and «أن» sets a condition on her",
    text: `${T}وقال وزير الخارجية الفرنسي إن على طهران، إن كانت تريد أن تبقى طرفا في المفاوضات، أن توقف دعمها العسكري للنظام.`,
    expected: ["france iran_participation conditional"],
  },
  {
    why: "«لن تكون موضع ترحيب … ما دامت ترفض بيان جنيف 1»: refused as long as she rejects Geneva-1 is a condition, not oppose",
    text: `${T}وقال المتحدث باسم الخارجية الأمريكية إن إيران لن تكون موضع ترحيب في المؤتمر ما دامت ترفض بيان جنيف 1.`,
    expected: ["usa iran_participation conditional"],
  },
  {
    why: "«حضور إيران يمر عبر إعلانها قبول …»: going through her acceptance is a condition",
    text: `${T}وقال الجبير إن حضور إيران يمر عبر إعلانها قبول بيان جنيف 1.`,
    expected: ["saudi_arabia iran_participation conditional"],
  },
  {
    why: "«لم تعترض على حضور إيران، لكنها ربطته بـ…»: a concessive not-objecting, then tying it by pronoun, is conditional",
    text: `${T}ولم تعترض الحكومة البريطانية على حضور إيران، لكنها ربطته بإعلان طهران قبولها ببيان جنيف 1.`,
    expected: ["uk iran_participation conditional"],
  },
  {
    why: '«إيران "مرحب بها في المؤتمر بشروط"»: welcome on terms is conditional',
    text: `${T}وقال داود أوغلو إن إيران "مرحب بها في المؤتمر بشروط".`,
    expected: ["turkey iran_participation conditional"],
  },
  {
    why: "«يشترط … على الإيرانيين إعلان قبولهم الصريح ببيان جنيف 1»: a condition set on her by «على», a verbal noun after",
    text: `${T}ويشترط الأمريكيون على الإيرانيين إعلان قبولهم الصريح ببيان جنيف 1.`,
    expected: ["usa iran_participation conditional"],
  },
  {
    why: "«لن يجلس مع الإيرانيين ما داموا يرفضون بيان جنيف 1»: the plural «ما داموا» and refusing Geneva-1 as the condition",
    text: `${T}وقال الجربا إن الائتلاف لن يجلس مع الإيرانيين ما داموا يرفضون بيان جنيف 1.`,
    expected: ["national_coalition iran_participation conditional"],
  },
  {
    why: "«واشنطن لا تعترض على حضور إيران لكنها تربطه …» after Moscow's support: a negated objection is no opposition, the tie a condition",
    text: `${T}وقال لافروف إن موسكو تؤيد مشاركة إيران في المؤتمر، وأضاف أن واشنطن لا تعترض على حضور إيران لكنها تربطه بإعلان قبولها ببيان جنيف 1.`,
    expected: ["russia iran_participation support", "usa iran_participation conditional"],
  },
  {
    why: "guard: «ما دامت الحرب مستمرة» alone sets no condition on Iran",
    text: `${T}وقال المعلم إن الحكومة لن تتخلى عن حلفائها ما دامت الحرب مستمرة.`,
    expected: [],
  },
  {
    why: "guard: «لن يجلس مع الإيرانيين ما داموا في المؤتمر»: her absence made a condition stays oppose",
    text: `${T}وقال الجربا إن الائتلاف لن يجلس مع الإيرانيين ما داموا في المؤتمر.`,
    expected: ["national_coalition iran_participation oppose"],
  },
  {
    why: "guard: «لا تمانع مشاركة إيران» with no condition stays support",
    text: `${T}وقال كيري إن بلاده لا تمانع مشاركة إيران في المؤتمر.`,
    expected: ["usa iran_participation support"],
  },
  {
    why: "«كنا على أتم الاستعداد لحضور المؤتمر» from an Iranian: «كنا» is Iran, readiness for the talks is her support",
    text: `${T}وقال ظريف: "كنا على أتم الاستعداد لحضور المؤتمر".`,
    expected: ["iran iran_participation support"],
  },
  {
    why: "«إنها مستعدة لأداء دور إيجابي في محادثات جنيف»: an Iranian body's pronoun, playing a part in the talks",
    text: `${T}وقالت الخارجية الإيرانية إنها مستعدة لأداء دور إيجابي في محادثات جنيف.`,
    expected: ["iran iran_participation support"],
  },
  {
    why: "«بلاده ماضية في المشاركة»: the Iranian speaker's own country going ahead with taking part",
    text: `${T}وقال عراقجي إن بلاده ماضية في المشاركة في محادثات فيينا.`,
    expected: ["iran iran_participation support"],
  },
  {
    why: "«الوفد الإيراني متوجه إلى فيينا للمشاركة»: her delegation on its way to the talks, said by an Iranian",
    text: `${T}وقال عراقجي إن الوفد الإيراني متوجه إلى فيينا للمشاركة في الاجتماع الموسع.`,
    expected: ["iran iran_participation support"],
  },
  {
    why: "«لم تطلب الدعوة، لكنها مستعدة للمشاركة إذا دعيت»: «لكن» opens her readiness past the negation; being invited is no condition",
    text: `${T}وقال المتحدث الإيراني إن بلاده لم تطلب الدعوة، لكنها مستعدة للمشاركة في المحادثات إذا دعيت.`,
    expected: ["iran iran_participation support"],
  },
  {
    why: "«حريصة على أن تكون جزءاً من أي حوار»: keen to be part of the talks",
    text: `${T}وأكد عراقجي أن الجمهورية الإسلامية حريصة على أن تكون جزءا من أي حوار سياسي لحل الأزمة السورية.`,
    expected: ["iran iran_participation support"],
  },
  {
    why: "«بلاده على استعداد للمساهمة في إنجاح مؤتمر جنيف»: readiness to help the conference succeed",
    text: `${T}وقال روحاني إن بلاده على استعداد للمساهمة في إنجاح مؤتمر جنيف 2.`,
    expected: ["iran iran_participation support"],
  },
  {
    why: "guard: another state's own readiness («السعودية مستعدة للمشاركة») says nothing of Iran",
    text: `${T}وقال الجبير إن السعودية مستعدة للمشاركة في المؤتمر.`,
    expected: [],
  },
  {
    why: "guard: readiness for something other than the talks («ليست مستعدة لتقديم تنازلات») is no support",
    text: `${T}وقال ظريف إن إيران ليست مستعدة لتقديم تنازلات.`,
    expected: [],
  },
  {
    why: "guard: helping «إنجاح الحل» with no word of the talks gives nothing",
    text: `${T}وقال ظريف إن بلاده مستعدة للمساعدة في إنجاح الحل السياسي في سوريا.`,
    expected: [],
  },
  {
    why: "guard: «لكنها» after another party named (Saudi Arabia) is hers, not Iran's, though an Iranian speaks",
    text: `${T}وقال ظريف إن السعودية لم تطلب الدعوة لكنها مستعدة للمشاركة في المؤتمر.`,
    expected: [],
  },
  {
    why: "guard: «بلاده» from a non-Iranian speaker is his own country",
    text: `${T}وقال كيري إن بلاده مستعدة للمشاركة في مؤتمر جنيف.`,
    expected: [],
  },
  {
    why: "guard: readiness given up («لم تعد مستعدة») is no support",
    text: `${T}وقال المتحدث باسم الخارجية الإيرانية إن بلاده لم تعد مستعدة للمشاركة في المحادثات.`,
    expected: [],
  },
  {
    why: '«وكان X قد سبق أن قال إن "…"»: «سبق أن» only puts the verb earlier; the one named before it says it',
    text: `${T}وكان المبعوث الأممي ستيفان دي ميستورا قد سبق أن قال إن "الرئيس الأسد جزء من الحل".`,
    expected: ["un assad_role may_stay"],
  },
  {
    why: "«أما X، فقد سبق أن أكد …»: the one «أما» puts first, past «فقد سبق أن»",
    text: `${T}أما وزير الخارجية الروسي سيرغي لافروف، فقد سبق أن أكد في موسكو أن "رحيل الأسد ليس شرطا مسبقا".`,
    expected: ["russia assad_role may_stay", "russia geneva2_preconditions unconditional"],
  },
  {
    why: "«X كان قد سبقه، (aside)، إلى القول إن …»: the one who preceded another to saying it says it",
    text: `${T}وكان وزير الخارجية الإيراني محمد جواد ظريف قد سبقه، في مقابلة تلفزيونية، إلى القول إن الرئيس الأسد خط أحمر.`,
    expected: ["iran assad_role may_stay"],
  },
  {
    why: "«X كان أكثر وضوحاً كعادته: …»: how he spoke, as he is wont, before the colon",
    text: `${T}الوزير السعودي عادل الجبير كان أكثر وضوحا كعادته: أمام الأسد خياران، إما أن يرحل عبر عملية سياسية، وإما أن يزاح بالقوة.`,
    expected: ["saudi_arabia assad_role must_go"],
  },
  {
    why: "«وكان وزير الخارجية البريطاني أكثر صراحة: …»: «أكثر صراحة» is how he spoke, not his name",
    text: `${T}وكان وزير الخارجية البريطاني أكثر صراحة: لا مستقبل للأسد في سوريا.`,
    expected: ["uk assad_role must_go"],
  },
  {
    why: "«وكان المتحدث باسم X أكثر وضوحاً (كعادته): …»: the spokesman's body speaks",
    text: `${T}وكان المتحدث باسم الخارجية الإيرانية أكثر وضوحا (كعادته): الرئيس الأسد خط أحمر.`,
    expected: ["iran assad_role may_stay"],
  },
  {
    why: "«PLACE: TITLE NAME: \"…\"»: a place's label, then the speaker's label",
    text: `${T}الضاحية الجنوبية: نائب الأمين العام لحزب الله نعيم قاسم: "لا أحد يستطيع أن يفرض رحيل الرئيس الأسد".`,
    expected: ["hezbollah assad_role may_stay"],
  },
  {
    why: '«من دمشق، TITLE NAME: "…"»: a person after the title opening the label speaks',
    text: `${T}من دمشق، المستشارة السياسية والإعلامية للرئاسة بثينة شعبان: "لن يناقش أحد رحيل الرئيس الأسد في جنيف".`,
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: '«X في المؤتمر الصحفي المشترك: "…"»: where he said it, between his name and the colon',
    text: `${T}وزير الخارجية الأمريكي جون كيري في المؤتمر الصحفي المشترك: "لا يمكن أن يكون للأسد مكان في سوريا المستقبل".`,
    expected: ["usa assad_role must_go"],
  },
  {
    why: "«أجرت الصحيفة حديثاً مع X، الذي …، وقال»: the one interviewed says it, not the outlet",
    text: `${T}وأجرت الصحيفة حديثا مع وزير الخارجية الإيراني محمد جواد ظريف، الذي وصل إلى نيويورك أمس، وقال إن الأسد باق حتى نهاية ولايته.`,
    expected: ["iran assad_role may_stay"],
  },
  {
    why: "guard: a party holding a call with another («أجرى كيري حديثاً مع لافروف، وقال») speaks itself",
    text: `${T}وأجرى كيري حديثا هاتفيا مع لافروف، وقال إن الأسد فقد شرعيته.`,
    expected: ["usa assad_role must_go"],
  },
  {
    why: "guard: the outlet in the feminine («وقالت») is not the one interviewed",
    text: `${T}وأجرت الصحيفة لقاء مع المعلم، وقالت إن الأسد يجب أن يرحل.`,
    expected: [],
  },
  {
    why: "guard: the label of the outlet's view («تحليل:») before a second label is no place's",
    text: `${T}تحليل: موسكو وطهران: لا حل من دون الأسد.`,
    expected: [],
  },
  {
    why: "guard: «سبق أن» before another verb lends nothing to a later speaker",
    text: `${T}وكان الائتلاف قد سبق أن شارك في اجتماعات لندن، وقال المعلم إن الأسد خط أحمر.`,
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: "«X تحاول فرض شروط مسبقة»، مشدداً على أن …: the setter the speaker reports keeps its conditions beside his own rejection",
    text: `${T}قال ريابكوف إن المعارضة السورية "تحاول فرض شروط مسبقة على الحوار"، مشددا على أن موسكو ترفض أي شروط مسبقة.`,
    expected: ["russia geneva2_preconditions unconditional", "syrian_opposition geneva2_preconditions conditional"],
  },
  {
    why: "the speaker's own view first, then «، معتبراً أن الشروط التي يضعها X …»: the setter is named in the second report",
    text: `${T}وأكد عبد اللهيان أن طهران تدعم انعقاد المؤتمر دون شروط مسبقة، معتبراً أن الشروط التي يضعها الائتلاف لحضور المؤتمر "تعكس عدم رغبة داعميه في الحل".`,
    expected: ["iran geneva2_preconditions unconditional", "national_coalition geneva2_preconditions conditional"],
  },
  {
    why: "«أشار إلى أن X يسعى إلى فرض شروط»، مشدداً على أن …: the setter's conditions, the speaker's «من دون شروط»",
    text: `${T}وأشار المعلم إلى أن وفد الرياض "يسعى إلى فرض شروط مسبقة على المفاوضات"، مشدداً على أن دمشق ستذهب إلى جنيف من دون شروط.`,
    expected: ["hnc geneva2_preconditions conditional", "syrian_government geneva2_preconditions unconditional"],
  },
  {
    why: "the speaker's call first, then «، مشيراً إلى أن X يضع شروطاً»",
    text: `${T}ودعا كيري إلى مفاوضات بلا شروط مسبقة، مشيراً إلى أن النظام يضع شروطاً مسبقة لعرقلة جنيف.`,
    expected: ["syrian_government geneva2_preconditions conditional", "usa geneva2_preconditions unconditional"],
  },
  {
    why: "guard: the speaker's own «لا تضع أي شروط» before his participle: no conditional for anyone",
    text: `${T}قال لافروف إن روسيا لا تضع أي شروط، مؤكداً أن موسكو ترفض الشروط المسبقة.`,
    expected: ["russia geneva2_preconditions unconditional"],
  },
  {
    why: "guard: a judge alone, no owner of the conditions: only the judge, unconditional",
    text: `${T}وقال لافروف إن الشروط المسبقة غير مقبولة، مؤكداً أن على الجميع الذهاب إلى جنيف.`,
    expected: ["russia geneva2_preconditions unconditional"],
  },
  {
    why: "guard: «، وإن المطالب …» is a second clause of the same report, not the speaker's own: no conditional read there",
    text: `${T}وقال كيري إن على المعارضة الذهاب إلى جنيف من دون شروط مسبقة، وإن المطالب الإنسانية يمكن بحثها على الطاولة.`,
    expected: ["usa geneva2_preconditions unconditional"],
  },
  {
    why: "«كان من الأفضل أن تكون إيران …»: her being there judged better is wanting her there (iran.wantedThat)",
    text: `${T}وقال وزير الخارجية الروسي سيرغي لافروف إنه كان من الأفضل أن تكون طهران حاضرة في فيينا.`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "«إيران …، ومن الطبيعي أن تكون حاضرة»: her pronoun copula after a long predicate of hers (up to ten words)",
    text: `${T}وقال المقداد إن إيران حليف استراتيجي وقف مع الشعب السوري منذ البداية، ومن الطبيعي أن تكون حاضرة.`,
    expected: ["syrian_government iran_participation support"],
  },
  {
    why: "«حضور طهران … في هذه المحادثات أمر بالغ الأهمية»: a phrase of place between her taking part and a positive predicate",
    text: `${T}وقال بان كي مون إن حضور طهران إلى جانب الرياض في هذه المحادثات أمر بالغ الأهمية.`,
    expected: ["un iran_participation support"],
  },
  {
    why: "«مشاركة إيران في أي مسار … ضرورة لا غنى عنها»: the predicate past a long phrase of where she takes part",
    text: `${T}وقال المعلم إن مشاركة إيران في أي مسار سياسي جاد لإنهاء الحرب ضرورة لا غنى عنها.`,
    expected: ["syrian_government iran_participation support"],
  },
  {
    why: "«تتطلب حضور كل الدول المؤثرة، وعلى رأسها إيران»: «على رأسها» as a list introducer (IRAN_LISTED)",
    text: `${T}وقال غاتيلوف إن أي تسوية تتطلب حضور كل الدول المؤثرة، وعلى رأسها إيران.`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "«غياب القوى …، وفي مقدمتها طهران، عن المؤتمر أمر مؤسف»: the absence of all, she first among them, regretted",
    text: `${T}وأكدت موسكو أن غياب القوى الإقليمية الفاعلة، وفي مقدمتها طهران، عن المؤتمر أمر مؤسف.`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "«لا … حل من دون كل اللاعبين، وإيران في مقدمتهم»: her name before «في مقدمتهم», no settlement without them",
    text: `${T}وقال وزير الخارجية السويدي إنه لا يمكن التوصل إلى حل من دون كل اللاعبين الإقليميين، وإيران في مقدمتهم.`,
    expected: ["sweden iran_participation support"],
  },
  {
    why: "guard: her absence judged natural («أن تكون إيران غائبة») is no wish for her to be there",
    text: `${T}وقال الجبير إن من الطبيعي أن تكون إيران غائبة عن مؤتمر لا تعترف بأساسه.`,
    expected: [],
  },
  {
    why: "guard: all states, Iran first among them, who attended: a fact",
    text: `${T}وحضر الاجتماع ممثلو جميع الدول المعنية، وفي مقدمتها إيران والسعودية.`,
    expected: [],
  },
  {
    why: "guard: all parties, Iran first among them, called on to do something else: no seat",
    text: `${T}ودعا بان جميع الأطراف، وفي مقدمتها إيران، إلى وقف إمداد المقاتلين بالسلاح.`,
    expected: [],
  },
  {
    why: "guard: her taking part said not to be needed stays a rejection",
    text: `${T}وقالت واشنطن إن مشاركة إيران ليست ضرورية في المؤتمر.`,
    expected: ["usa iran_participation oppose"],
  },
  {
    why: "«وكانت وثيقة مؤتمر القاهرة قد نصت …» after the opposition met in Cairo: the meeting's document is the opposition's",
    text: `${T}اجتمعت فصائل المعارضة السورية في القاهرة يومين.\nوكانت وثيقة مؤتمر القاهرة قد نصت على أن لا مكان لبشار الأسد في مستقبل سوريا.`,
    expected: ["syrian_opposition assad_role must_go"],
  },
  {
    why: "«واشترط البيان الختامي لمؤتمر الرياض …» after the opposition met in Riyadh: the opposition's condition, not the critic's of the sentence before",
    text: `${T}وانتقدت موسكو المعارضين الذين اجتمعوا في الرياض.\nواشترط البيان الختامي لمؤتمر الرياض إطلاق سراح المعتقلين وفك الحصار قبل بدء المفاوضات.`,
    expected: ["syrian_opposition geneva2_preconditions conditional"],
  },
  {
    why: "«بيان الرياض» signed by the factions, no opposition meeting told of: the statement's city is not Saudi Arabia",
    text: `${T}ووقّع ممثلو الفصائل على بيان الرياض الذي ينص على أن يغادر الأسد مع بداية المرحلة الانتقالية.`,
    expected: [],
  },
  {
    why: "guard: «بيان الرياض» of a Gulf ministers' meeting is neither Saudi Arabia's nor the opposition's",
    text: `${T}اجتمع وزراء خارجية دول الخليج في الرياض أمس.\nوأكد بيان الرياض أن على الأسد أن يرحل.`,
    expected: [],
  },
  {
    why: "guard: «وأعلنت الرياض …» is Saudi Arabia, even where the opposition met there",
    text: `${T}واستضافت الرياض مؤتمر المعارضة السورية.\nوأعلنت الرياض رفضها مشاركة إيران في مؤتمر جنيف.`,
    expected: ["saudi_arabia iran_participation oppose"],
  },
  {
    why: "guard: «منذ مؤتمر الرياض:» is a time, not a speaker's label; the one speaking holds it",
    text: `${T}واجتمعت المعارضة السورية في الرياض الشهر الماضي.\nوأعلن الائتلاف الوطني أن موقفه لم يتغير منذ مؤتمر الرياض: لا دور للأسد في المرحلة الانتقالية.`,
    expected: ["national_coalition assad_role must_go"],
  },
  {
    why: "«أما حضور إيران فتطالب به موسكو وتعارضه الرياض»: each verb taking her taking part by a pronoun holds its own side",
    text: `${T}أما حضور إيران فتطالب به موسكو وتعارضه الرياض.`,
    expected: ["russia iran_participation support", "saudi_arabia iran_participation oppose"],
  },
  {
    why: "«وأما مشاركة طهران في المفاوضات فترفضها X وتؤيدها Y»: a forum after the noun, rejecting verb first",
    text: `${T}وأما مشاركة طهران في المفاوضات فترفضها واشنطن وتؤيدها موسكو.`,
    expected: ["usa iran_participation oppose", "russia iran_participation support"],
  },
  {
    why: "«فاستبعاد طهران، الذي أصرت عليه الرياض وأنقرة»: insisting on her exclusion opposes her, for both subjects",
    text: `${T}فاستبعاد طهران، الذي أصرت عليه الرياض وأنقرة، جعل المؤتمر ناقصا.`,
    expected: ["saudi_arabia iran_participation oppose", "turkey iran_participation oppose"],
  },
  {
    why: "«مشاركة إيران: تطالب بها X …، وترفضها Y»: a label and a colon, then verbs joined by «و»",
    text: `${T}مشاركة إيران: تطالب بها موسكو بإلحاح، وترفضها واشنطن حتى الآن.`,
    expected: ["russia iran_participation support", "usa iran_participation oppose"],
  },
  {
    why: "«بينما ترفض X وY ذلك رفضاً قاطعاً»: a bare demonstrative with how firmly after it",
    text: `${T}تريد موسكو إيران على طاولة جنيف، بينما ترفض واشنطن والرياض ذلك رفضا قاطعا.`,
    expected: ["russia iran_participation support", "usa iran_participation oppose", "saudi_arabia iran_participation oppose"],
  },
  {
    why: '«… برحيل الأسد. وقال X: "هذا المطلب غير واقعي"»: the next sentence opening on the demand judges it',
    text: `${T}وطالب الائتلاف برحيل الأسد. وقال لافروف: "هذا المطلب غير واقعي".`,
    expected: ["national_coalition assad_role must_go", "russia assad_role may_stay"],
  },
  {
    why: "guard: «أما وقف إطلاق النار فتطالب به موسكو وترفضه الفصائل»: the pronoun's noun is not hers",
    text: `${T}أما وقف إطلاق النار فتطالب به موسكو وترفضه الفصائل.`,
    expected: [],
  },
  {
    why: 'guard: «وطالب الائتلاف بوقف القصف. وقال X: "هذا المطلب غير واقعي"»: a demand on another matter',
    text: `${T}وطالب الائتلاف بوقف القصف. وقال لافروف: "هذا المطلب غير واقعي".`,
    expected: [],
  },
  {
    why: "guard: «وتريد روسيا أن تحضر إيران المؤتمر، لكن واشنطن ترفض ذلك»: the bare demonstrative as before",
    text: `${T}وتريد روسيا أن تحضر إيران المؤتمر، لكن واشنطن ترفض ذلك.`,
    expected: ["russia iran_participation support", "usa iran_participation oppose"],
  },
  {
    why: "her pronoun on «إشراك» in a clause of contrast with its own subject («، في حين طالبت روسيا بإشراكها»): that subject wants her in",
    text: `${T}عارضت الرياض حضور إيران، في حين طالبت روسيا بإشراكها في المحادثات.`,
    expected: ["saudi_arabia iran_participation oppose", "russia iran_participation support"],
  },
  {
    why: "«، فيما أصرت موسكو على دعوتها» after a phrase rule's refusal of her: both clauses' subjects hold",
    text: `${T}رفضت واشنطن وأنقرة مشاركة طهران في الاجتماع، فيما أصرت موسكو على دعوتها.`,
    expected: ["usa iran_participation oppose", "turkey iran_participation oppose", "russia iran_participation support"],
  },
  {
    why: "a clause of time «، بعد أن طالبت موسكو طويلا بإشراكها»: the one who asked to include her",
    text: `${T}وكانت باريس قد وافقت على دعوة إيران إلى فيينا، بعد أن طالبت موسكو طويلا بإشراكها.`,
    expected: ["france iran_participation support", "russia iran_participation support"],
  },
  {
    why: "«إشراكهم» standing for «الإيرانيين» named before, in a clause of another subject",
    text: `${T}ورفضت الرياض حضور الإيرانيين، بينما طالب الروس بإشراكهم.`,
    expected: ["saudi_arabia iran_participation oppose", "russia iran_participation support"],
  },
  {
    why: "guard: «فيما طالبت المعارضة بإشراكها»: the opposition asks for its own inclusion, not Iran's",
    text: `${T}رفضت الرياض مشاركة إيران، فيما طالبت المعارضة بإشراكها في المفاوضات.`,
    expected: ["saudi_arabia iran_participation oppose"],
  },
  {
    why: "«وقال المتحدث باسم الجيش الحر»: the spokesman of a group with no party id is someone else, not the minister before",
    text: `${T}قال لافروف إن موسكو ترفض الشروط المسبقة.\nوقال المتحدث باسم الجيش الحر إن «لا تفاوض مع الأسد إلا على رحيله».`,
    expected: ["russia geneva2_preconditions unconditional"],
  },
  {
    why: "«وقال تيار المستقبل في بيان»: a movement named by its head noun speaks for itself, not for the speaker before",
    text: `${T}قال نصر الله إن الذين يشترطون رحيل الأسد يعيشون في الأوهام.\nوقال تيار المستقبل في بيان إن «الأسد لا مكان له في مستقبل سوريا».`,
    expected: ["hezbollah assad_role may_stay"],
  },
  {
    why: "«وقالت جبهة النصرة»: the same with a front",
    text: `${T}قال المعلم إن وفد بلاده سيذهب إلى جنيف دون شروط.\nوقالت جبهة النصرة في بيان إن الأسد يجب أن يرحل.`,
    expected: ["syrian_government geneva2_preconditions unconditional"],
  },
  {
    why: "guard: «قال لافروف إن موسكو وطهران ترفضان …»: both joined subjects hold",
    text: `${T}قال لافروف إن موسكو وطهران ترفضان أي شروط مسبقة.`,
    expected: ["russia geneva2_preconditions unconditional", "iran geneva2_preconditions unconditional"],
  },
  {
    why: "guard: a single subject clause is unchanged",
    text: `${T}ترفض الرياض مشاركة إيران في المؤتمر.`,
    expected: ["saudi_arabia iran_participation oppose"],
  },
  {
    why: "guard: «وأكد حزب الله»: a group the lexicon knows, named after the verb, is a party speaking",
    text: `${T}قال المعلم إن وفد بلاده سيذهب إلى جنيف دون شروط.\nوأكد حزب الله اللبناني أن الرهان على إسقاط الأسد رهان خاسر.`,
    expected: ["syrian_government geneva2_preconditions unconditional", "hezbollah assad_role may_stay"],
  },
  {
    why: "guard: «وأضاف الوزير»: a bare title still goes on with the speaker before",
    text: `${T}قال المعلم إن الرئاسة خط أحمر.\nوأضاف الوزير أن الوفد سيذهب إلى جنيف دون شروط مسبقة.`,
    expected: ["syrian_government assad_role may_stay", "syrian_government geneva2_preconditions unconditional"],
  },
  {
    why: "spoken «مش» as «ليس»: his going «مش شرط مسبق» is no condition (was must_go + conditional)",
    text: `${T}وقال المنسق العام لهيئة التنسيق حسن عبد العظيم لإذاعة محلية: "رحيل الأسد مش شرط مسبق للتفاوض".`,
    expected: ["ncb assad_role may_stay", "ncb geneva2_preconditions unconditional"],
  },
  {
    why: "spoken «ما في» before an indefinite noun is «لا»: «ما في حل إلا برحيل الأسد» (was may_stay)",
    text: `${T}وقال عضو في الائتلاف الوطني لقناة لبنانية: "ما في حل بسوريا إلا برحيل الأسد وزمرته".`,
    expected: ["national_coalition assad_role must_go"],
  },
  {
    why: "spoken «ما إلو» as «ليس له»: no place for him (was may_stay)",
    text: `${T}وقال المتحدث باسم الائتلاف في مقابلة تلفزيونية: "بشار ما إلو مكان بالمرحلة الانتقالية".`,
    expected: ["national_coalition assad_role must_go"],
  },
  {
    why: "spoken «ما» before «بدّ» (want): «ما بدنا نحط شروط» sets none (was conditional)",
    text: `${T}وقال المسؤول في هيئة التنسيق: "منروح عجنيف وما بدنا نحط شروط مسبقة".`,
    expected: ["ncb geneva2_preconditions unconditional"],
  },
  {
    why: "spoken «مش مطروح» as «ليس مطروحاً»: the president's post off the table",
    text: `${T}وقال نائب وزير الخارجية السوري فيصل المقداد لقناة لبنانية: "موقع الرئيس مش مطروح على الطاولة، لا اليوم ولا بكرا".`,
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: "guard: «بما في ذلك» is «including», no negation: «ألا يكون للأسد أي دور» still wants him gone",
    text: `${T}وقال وزير الخارجية القطري إن بلاده تدعم ما اتفق عليه السوريون، بما في ذلك ألا يكون للأسد أي دور في مستقبل سوريا.`,
    expected: ["qatar assad_role must_go"],
  },
  {
    why: "guard: relative «ما» before a verb with no spoken prefix is no negation",
    text: `${T}هذا ما ترفضه واشنطن التي تعارض مشاركة إيران في المؤتمر.`,
    expected: ["usa iran_participation oppose"],
  },
  {
    why: "guard: «كل ما في وسعها» is «all it can», no negation",
    text: `${T}وأكد وزير الخارجية التركي أن أنقرة ستبذل كل ما في وسعها لإنجاح المؤتمر، مشددا على أن الأسد لا مكان له في مستقبل سوريا.`,
    expected: ["turkey assad_role must_go"],
  },
  {
    why: "guard: «أهم ما في الاتفاق» (a definite noun after «ما في») is «what is in», no negation",
    text: `${T}وقال المتحدث باسم الائتلاف: "أهم ما في الاتفاق أن الأسد لن يكون له دور في المرحلة الانتقالية".`,
    expected: ["national_coalition assad_role must_go"],
  },
  // K5/K12 (helper w1): conditions said of talks other than the Geneva track (the Moscow or Cairo consultations, Astana,
  // the nuclear talks, another country's dialogue, joining the EU, ties between states) are not Geneva's; the venue
  // nearest the condition in its clause decides.
  {
    why: "coming to Moscow «من دون أي شروط»: a condition of the Moscow consultations, not Geneva's",
    text: `${T}وقال الجعفري لدى وصوله إلى العاصمة الروسية إن الوفد جاء إلى موسكو من دون أي شروط.`,
    expected: [],
  },
  {
    why: "«لن يشارك في لقاء موسكو ما لم …» with «بيان جنيف» as its terms: Moscow's meeting is the one conditioned",
    text: `${T}وأعلن رئيس الائتلاف أن الائتلاف لن يشارك في لقاء موسكو "ما لم يكن قائما على بيان جنيف".`,
    expected: [],
  },
  {
    why: "«حوارا يمنيا-يمنيا من دون شروط مسبقة»: another country's dialogue",
    text: `${T}وقال وزير الخارجية الإيراني إن بلاده تدعم حوارا يمنيا-يمنيا من دون شروط مسبقة.`,
    expected: [],
  },
  {
    why: "«حوار لبناني داخلي»: the same with Lebanon, the adjective after",
    text: `${T}ودعا نصر الله إلى حوار لبناني داخلي من دون شروط مسبقة.`,
    expected: [],
  },
  {
    why: "«الحوار مع تيار المستقبل»: a Lebanese party's dialogue",
    text: `${T}وأكد نصر الله أن الحزب "لا يضع أي شروط مسبقة على الحوار مع تيار المستقبل".`,
    expected: [],
  },
  {
    why: "«في جنيف نفسها» then the nuclear talks with «5+1» nearer the refusal: the nuclear talks' conditions",
    text: `${T}وفي جنيف نفسها، قال عراقجي إن طهران "لن تقبل أي شروط مسبقة" في المحادثات النووية مع مجموعة 5+1.`,
    expected: [],
  },
  {
    why: "the consultations «في العاصمة الروسية», Geneva named only as what the meeting is no substitute for",
    text: `${T}وقالت هيئة التنسيق إنها ستشارك في المشاورات في العاصمة الروسية دون شروط مسبقة، مؤكدة أن اللقاء ليس بديلا عن جنيف.`,
    expected: [],
  },
  {
    why: "«المشاركين في المنتدى», «ليس بديلا عن جنيف» after: the forum's participants",
    text: `${T}وأكد بوغدانوف أن موسكو "لا تضع أي شروط على المشاركين في المنتدى"، وأن اللقاء "ليس بديلا عن جنيف".`,
    expected: [],
  },
  {
    why: "conditions in the talks on joining the EU",
    text: `${T}وقال أردوغان إن تركيا لن تقبل أي شروط جديدة في مفاوضات انضمامها إلى الاتحاد الأوروبي.`,
    expected: [],
  },
  {
    why: "ties that «لن تعود … قبل اعتذار»: a condition on relations between states, not on attending",
    text: `${T}وقال بيسكوف إن العلاقات مع أنقرة "لن تعود إلى سابق عهدها قبل اعتذار رسمي".`,
    expected: [],
  },
  {
    why: "going to Astana without conditions: Astana wherever named",
    text: `${T}وقال قيادي في المعارضة إن الفصائل ستذهب إلى أستانا من دون شروط مسبقة.`,
    expected: [],
  },
  {
    why: "«ذاهب إلى منتدى موسكو», «لا يلغي مسار جنيف» after: Geneva as the measure, not the venue",
    text: `${T}وأكد المقداد أن الوفد الحكومي ذاهب إلى منتدى موسكو "من دون أي شروط"، وأن اللقاء لا يلغي مسار جنيف.`,
    expected: [],
  },
  {
    why: "guard: Moscow as the one speaking, no venue named, keeps it",
    text: `${T}وأكدت موسكو أنها ترفض أي شروط مسبقة للمفاوضات بين الحكومة والمعارضة.`,
    expected: ["russia geneva2_preconditions unconditional"],
  },
  {
    why: "guard: the third round in Geneva is the Geneva track",
    text: `${T}وقال الجعفري إن الوفد الحكومي سيذهب إلى الجولة الثالثة في جنيف من دون شروط مسبقة.`,
    expected: ["syrian_government geneva2_preconditions unconditional"],
  },
  {
    why: "guard: the Vienna meeting is the Geneva track, Moscow speaking",
    text: `${T}وأعلنت موسكو أنها ستحضر اجتماع فيينا دون شروط مسبقة.`,
    expected: ["russia geneva2_preconditions unconditional"],
  },
  {
    why: "guard: Moscow's meeting «ليس بديلا عن جنيف», then Geneva's talks nearest the call without conditions",
    text: `${T}وقال لافروف إن لقاء موسكو ليس بديلا عن جنيف، وإن روسيا تدعو إلى استئناف مفاوضات جنيف دون شروط مسبقة.`,
    expected: ["russia geneva2_preconditions unconditional"],
  },
  {
    why: "guard: a meeting of his in Moscow before the verb of saying, Geneva conditioned in what he says",
    text: `${T}وقال البحرة بعد لقائه لافروف في موسكو إن الائتلاف لن يذهب إلى جنيف ما لم يتم الإفراج عن المعتقلين.`,
    expected: ["national_coalition geneva2_preconditions conditional"],
  },
  {
    why: "guard: a visit to Moscow is no venue of the conference conditioned after it",
    text: `${T}وأكد الجربا بعد زيارته موسكو أن الائتلاف لن يشارك في المؤتمر ما لم يرحل الأسد.`,
    expected: ["national_coalition geneva2_preconditions conditional", "national_coalition assad_role must_go"],
  },
  {
    why: "guard: Davos's forum, named with its own name, is no venue of the conference",
    text: `${T}وقال ظريف على هامش منتدى دافوس إن بلاده لا تقبل أي شروط مسبقة لحضور المؤتمر.`,
    expected: ["iran geneva2_preconditions unconditional"],
  },
  {
    why: "guard: the nuclear deal as what Tehran did, then her own terms for taking part",
    text: `${T}وفي طهران، التي خرجت منتصرة من اتفاق جنيف النووي مع الدول الست، قال ظريف إن بلاده لن تقبل أي شروط مسبقة لمشاركتها.`,
    expected: ["iran geneva2_preconditions unconditional"],
  },
  {
    why: "guard: Moscow's meeting named after «، مضيفا أن», a statement of its own, not the object of the refusal before it",
    text: `${T}وقال لافروف إن روسيا "لا تضع أي شروط مسبقة على أحد"، مضيفا أن لقاء موسكو لا يحل محل مسار جنيف.`,
    expected: ["russia geneva2_preconditions unconditional"],
  },
  // --- w6: a speaker carried past a quotation, a question or a title ---
  {
    why: '«"…"، قال في مؤتمر صحفي»: a verb set after the quotation opening its sentence says it, the speaker carried in',
    text: `${T}قال لافروف إن المؤتمر مهم.\n"إيران يجب أن تكون حاضرة في جنيف"، قال في مؤتمر صحفي.`,
    expected: ["russia iran_participation support"],
  },
  {
    why: '«"…"، يقول.»: the present after the quotation, nothing after it, is the speaker carried in',
    text: `${T}وقال الجبير إن الحل سياسي.\n"لا مكان لإيران في جنيف"، يقول.`,
    expected: ["saudi_arabia iran_participation oppose"],
  },
  {
    why: "guard: the verb after the quotation goes on with the one an event sentence names, not the speaker before",
    text: `${T}قال لافروف إن المؤتمر مهم.\nووصل كيري إلى جنيف أمس.\n"لا مكان لإيران في جنيف"، قال في مؤتمر صحفي.`,
    expected: ["usa iran_participation oppose"],
  },
  {
    why: "«وسئل عن مشاركة إيران، فقال …»: asked with no one named, the one speaking before answers, not Iran asked about",
    text: `${T}وقال لافروف إن المؤتمر مهم.\nوسئل عن مشاركة إيران، فقال إن "حضور إيران ضروري".`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "«وحين سئل عن مصير الأسد، أجاب بأن …»: a clause of time asking, no one named: the answer is the speaker's before",
    text: `${T}وتحدث لافروف عن الإرهاب.\nوحين سئل عن مصير الأسد، أجاب بأن "رحيل الأسد ليس شرطا للحل".`,
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "«ولما سئل عن مستقبل الأسد قال إن …»: no comma, no «ف»: Assad asked about is not the speaker, nor the answer a question",
    text: `${T}وقال لافروف إن المؤتمر مهم.\nولما سئل عن مستقبل الأسد قال إن "رحيل الأسد ليس شرطا للحل".`,
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "«وحين سئل في مؤتمره الصحفي مع نظيره الألماني عن …، أجاب»: the occasion of the asking, the one met named in it, before what about",
    text: `${T}وقال الوزير ناصر جودة إن الأردن يدعم الحل السياسي. وحين سُئل في مؤتمره الصحفي مع نظيره الألماني عن مصير الرئيس السوري، أجاب بأن "هذا شأن يقرره السوريون أنفسهم، ولا نتدخل فيه".`,
    expected: ["jordan assad_role neutral"],
  },
  {
    why: "guard: «وسئل عن موقف كيري، فقال …»: the one named in the question does not answer it",
    text: `${T}وقال لافروف إن المؤتمر مهم.\nوسئل عن موقف كيري، فقال إن "رحيل الأسد ليس شرطا للحل".`,
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "guard: «وسئل المتحدث … عن مستقبل الأسد، فقال»: the one asked named after the verb answers",
    text: `${T}وسئل المتحدث باسم الخارجية الأردنية عن مستقبل الأسد، فقال إن "هذه مسألة يقررها السوريون في صناديق الاقتراع، وليس نحن".`,
    expected: ["jordan assad_role neutral"],
  },
  {
    why: "«ووصل المنسق العام رياض حجاب …، وقال»: a title the lexicon does not fold into the name before the verb's subject",
    text: `${T}ووصل المنسق العام رياض حجاب إلى جنيف، وقال إن "لا مكان للأسد في المرحلة الانتقالية".`,
    expected: ["hnc assad_role must_go"],
  },
  {
    why: "«وتوجه كبير المفاوضين محمد علوش …، ثم أكد»: «كبير» heading the title",
    text: `${T}وتوجه كبير المفاوضين محمد علوش إلى الفندق، ثم أكد أن "المرحلة الانتقالية تبدأ برحيل الأسد".`,
    expected: ["hnc assad_role must_go"],
  },
  {
    why: "«لم يخف رئيس الوفد الحكومي بشار الجعفري …، وكرر»: a negated opening verb, then the titled subject",
    text: `${T}لم يخف رئيس الوفد الحكومي بشار الجعفري ازدراءه للمعارضة، وكرر أن "مقام الرئاسة ليس على جدول أعمال جنيف".`,
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: "«والتقى كبير المفاوضين محمد علوش وزير الخارجية الروسي …، وأكد»: the titled subject goes on, not the one he met",
    text: `${T}والتقى كبير المفاوضين محمد علوش وزير الخارجية الروسي سيرغي لافروف، وأكد أن "لا مكان للأسد في المرحلة الانتقالية".`,
    expected: ["hnc assad_role must_go"],
  },
  {
    why: "guard: «وزار كبير المفاوضين محمد علوش موسكو، حيث قال لافروف»: the speaker named after the verb is its own",
    text: `${T}وزار كبير المفاوضين محمد علوش موسكو، حيث قال لافروف إن "مشاركة إيران ضرورية".`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "guard: «واستقبل رئيس الوزراء اللبناني وزير الخارجية الإيراني …»: a second office opens the one received, no subject",
    text: `${T}واستقبل رئيس الوزراء اللبناني وزير الخارجية الإيراني محمد جواد ظريف، وأكد أن "لا حل في سوريا من دون إيران".`,
    expected: [],
  },
  {
    why: "a commentator's belief about a party («قال المحلل إنه يعتقد أن الرياض ستقبل في النهاية …»): his guess, no one's position",
    text: `${T}وقال المحلل السياسي الأردني إنه يعتقد أن الرياض ستقبل في النهاية ببقاء الأسد لفترة انتقالية.`,
    expected: [],
  },
  {
    why: "the same in his quoted first person («أعتقد أن موسكو ستقبل في النهاية …»)",
    text: `${T}وقال المحلل السياسي اللبناني: «أعتقد أن موسكو ستقبل في النهاية برحيل الأسد».`,
    expected: [],
  },
  {
    why: "a writer's reading with a likelihood («رأى الكاتب أن أنقرة تريد على الأرجح …»): a guess at her motives",
    text: `${T}ورأى الكاتب في مقاله أن أنقرة تريد على الأرجح تسوية يبقى فيها الأسد.`,
    expected: [],
  },
  {
    why: "a newspaper's report, then the party's denial of «التقرير» in the same sentence: a denied position",
    text: `${T}ونشرت صحيفة فرنسية أن باريس باتت تقبل ببقاء الأسد، لكن الخارجية الفرنسية نفت التقرير ووصفته بأنه عار من الصحة.`,
    expected: [],
  },
  {
    why: 'a report the party calls «غير دقيق» («وصفت التقرير بأنه "غير دقيق"»): denied',
    text: `${T}وذكرت صحيفة بريطانية أن واشنطن تدرس القبول ببقاء الأسد حتى نهاية ولايته، لكن الخارجية الأمريكية وصفت التقرير بأنه "غير دقيق".`,
    expected: [],
  },
  {
    why: "a report, then «ثم نفت الخارجية ذلك»: denied",
    text: `${T}وأفاد تقرير لوكالة أنباء أن الرياض لم تعد تمانع مشاركة إيران في المؤتمر، ثم نفت الخارجية السعودية ذلك جملة وتفصيلا.`,
    expected: [],
  },
  {
    why: "guard: an agency carrying the ministry's words, not denied: France's",
    text: `${T}ونقلت وكالة رويترز عن الخارجية الفرنسية أن باريس لا تقبل ببقاء الأسد.`,
    expected: ["france assad_role must_go"],
  },
  {
    why: "guard: «نفت ذلك وقالت إن …»: the denial's own stated position stays",
    text: `${T}ونشرت صحيفة أن باريس تقبل ببقاء الأسد، لكن الخارجية الفرنسية نفت ذلك وقالت إن الأسد لا مكان له في مستقبل سوريا.`,
    expected: ["france assad_role must_go"],
  },
  {
    why: "guard: a writer who is also a member of a party speaks for it, his belief too",
    text: `${T}وقال الكاتب والسياسي المعارض ميشيل كيلو، عضو الائتلاف الوطني، إنه يعتقد أن الائتلاف لن يذهب إلى جنيف قبل وقف القصف.`,
    expected: ["national_coalition geneva2_preconditions conditional"],
  },
  {
    why: "guard: an analyst's forecast, then «مشيراً إلى أن» a party's position he reports as fact: the party's",
    text: `${T}وقال المحلل الروسي إن "موسكو ستتمسك بالأسد حتى النهاية"، مشيرا إلى أن الرياض ترفض أي دور لإيران في المؤتمر.`,
    expected: ["saudi_arabia iran_participation oppose"],
  },
  {
    why: "«أصدر X بياناً حدد فيه شروطه:» ⏎ «أولاً: …» ⏎ «ثانياً: …»: the issuer of a statement introduced on a line of its own speaks its numbered points",
    text: `${T}وأصدرت الهيئة العامة للائتلاف بيانا حددت فيه شروطها:\nأولا: أن لا يكون للأسد أي دور في المرحلة الانتقالية.\nثانيا: أن تسحب إيران قواتها قبل أي مشاركة لها.`,
    expected: ["national_coalition assad_role must_go", "national_coalition iran_participation conditional"],
  },
  {
    why: "«أكدت X في ختام اجتماعها ما يلي:» ⏎ «أولاً: …»: what follows «ما يلي:» is the one who states it",
    text: `${T}وأكدت هيئة التنسيق الوطنية في ختام اجتماعها ما يلي:\nأولا: إن رحيل الأسد لا يجوز أن يكون شرطا مسبقا للتفاوض.`,
    expected: ["ncb assad_role may_stay", "ncb geneva2_preconditions unconditional"],
  },
  {
    why: "«… بياناً جاء فيه:» ⏎ «1- …» ⏎ «2- …»: each numbered point on its own line is the issuer's",
    text: `${T}وأصدرت الخارجية الروسية بيانا جاء فيه:\n1- إن مشاركة إيران في المؤتمر ضرورية لنجاحه.\n2- إن رحيل الأسد لا يمكن أن يكون شرطا مسبقا للتفاوض.`,
    expected: ["russia iran_participation support", "russia assad_role may_stay", "russia geneva2_preconditions unconditional"],
  },
  {
    why: "«انتقد X بيان Y الذي طالب بما يلي:» ⏎ «1- …»: the demands listed are the statement's, not its critic's",
    text: `${T}وانتقد لافروف بيان الائتلاف الذي طالب بما يلي:\n1- رحيل الأسد قبل بدء المفاوضات.\n2- منع إيران من المشاركة في المؤتمر.`,
    expected: ["national_coalition assad_role must_go", "national_coalition iran_participation oppose"],
  },
  {
    why: "guard: after a statement's point, «وقال X إن …» is X's alone: a new speaker ends the statement",
    text: `${T}وأصدرت هيئة التنسيق بيانا جاء فيه:\nأولا: إن رحيل الأسد لا يجوز أن يكون شرطا مسبقا لبدء التفاوض.\nوقال وزير الخارجية الفرنسي لوران فابيوس إن مشاركة إيران مرفوضة.`,
    expected: ["ncb assad_role may_stay", "ncb geneva2_preconditions unconditional", "france iran_participation oppose"],
  },
  {
    why: "guard: «في المقابل يرى مراقبون …» after a statement's point is narrative again, no one's",
    text: `${T}وأصدرت هيئة التنسيق بيانا جاء فيه:\nأولا: إن المؤتمر فرصة للحل.\nفي المقابل يرى مراقبون أن مشاركة إيران ضرورية.`,
    expected: [],
  },
  {
    why: "guard: «يذكر أن موسكو ترى …» after a statement's point is the article's report of Moscow, not the statement",
    text: `${T}وأصدرت هيئة التنسيق بيانا جاء فيه:\nأولا: إن المؤتمر فرصة للحل.\nيذكر أن موسكو ترى أن مشاركة إيران ضرورية.`,
    expected: ["russia iran_participation support"],
  },
  // Polarity in two layers (helper t3). Rows marked FAILED BEFORE failed on eb0b9b9; guards passed before and still pass.
  {
    why: "«أي حل لا ينص على رحيله لن نكون جزءاً منه»: the clause on «أي حل» turns once, the negated predicate once more",
    text: `${T}وقال الائتلاف إن "أي حل لا ينص على رحيل الأسد لن نكون جزءاً منه".`,
    expected: ["national_coalition assad_role must_go"],
  },
  {
    why: "«أي اتفاق لا يبدأ برحيله لن نوقع عليه»: the same with a refusal to sign",
    text: `${T}وقال رئيس الهيئة العليا إن "أي اتفاق لا يبدأ برحيل الأسد لن نوقع عليه".`,
    expected: ["hnc assad_role must_go"],
  },
  {
    why: "«أي اجتماع لا يحدد موعداً لرحيله لا قيمة له»: a negated predicate of worth",
    text: `${T}وقال خوجة إن "أي اجتماع لا يحدد موعداً لرحيل الأسد لا قيمة له".`,
    expected: ["national_coalition assad_role must_go"],
  },
  {
    why: "«أي حل يفرض رحيل الأسد لن يمر»: no inner negation, the predicate alone turns his going",
    text: `${T}وقال المعلم إن "أي حل يفرض رحيل الرئيس الأسد لن يمر".`,
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: "«لن يشارك في أي مؤتمر لا يضع رحيله على الطاولة»: «لا يضع» describes the conference, not a condition dropped by the speaker",
    text: `${T}وأكد المتحدث باسم الائتلاف أن الائتلاف لن يشارك في أي مؤتمر لا يضع رحيل الأسد على الطاولة.`,
    expected: ["national_coalition geneva2_preconditions conditional", "national_coalition assad_role must_go"],
  },
  {
    why: "«من دون ضمانات برحيله … انتحار سياسي»: «without» and the judgement are two layers",
    text: `${T}وقال عضو الائتلاف إن الذهاب إلى جنيف من دون ضمانات برحيل الأسد انتحار سياسي.`,
    expected: ["national_coalition geneva2_preconditions conditional", "national_coalition assad_role must_go"],
  },
  {
    why: "«إذا اشترطنا أن يتنحى …، فلن نصل إلى شيء»: the answer of «if» judges what the condition names",
    text: `${T}وقال فابيوس: "إذا اشترطنا أن يتنحى الأسد قبل بدء المفاوضات، فلن نصل إلى شيء".`,
    expected: ["france assad_role may_stay"],
  },
  {
    why: "«إذا بقي الأسد …، فلن نصل إلى أي حل»: the same on his staying",
    text: `${T}وقال كيري: "إذا بقي الأسد في السلطة، فلن نصل إلى أي حل".`,
    expected: ["usa assad_role must_go"],
  },
  {
    why: "«إذا أصر الغرب على رحيله …، فإن ذلك سيكون خطأ»: past «فإن ذلك»",
    text: `${T}وقال لافروف: "إذا أصر الغرب على رحيل الأسد قبل التفاوض، فإن ذلك سيكون خطأ".`,
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "«الخلاف ليس على رحيله، بل على توقيته»: what the dispute is denied to be on is agreed",
    text: `${T}وقال داود أوغلو إن "الخلاف ليس على رحيل الأسد، بل على توقيت رحيله".`,
    expected: ["turkey assad_role must_go"],
  },
  {
    why: "«خلافنا حول توقيت رحيله، لا حول ضرورة رحيله»: the same with «لا حول»",
    text: `${T}وقال الجبير: "خلافنا مع الروس هو حول توقيت رحيل الأسد، لا حول ضرورة رحيله".`,
    expected: ["saudi_arabia assad_role must_go"],
  },
  {
    why: "«لا تريد من المفاوضات سوى رحيله»: «سوى» a few words after the negation says «only»",
    text: `${T}واتهم لافروف واشنطن بأنها "لا تريد من المفاوضات سوى رحيل الأسد".`,
    expected: ["usa assad_role must_go"],
  },
  {
    why: "«…، إلا أنه ربط مشاركته بـ…»: «إلا أن» after a comma is «however», no negation",
    text: `${T}أعلن الائتلاف موافقته على المشاركة، إلا أنه ربط مشاركته بإطلاق سراح المعتقلين.`,
    expected: ["national_coalition geneva2_preconditions conditional"],
  },
  {
    why: "«…، إلا أنها اشترطت رحيل الأسد»: the same before a condition of his going",
    text: `${T}أعلنت تركيا تأييدها للمؤتمر، إلا أنها اشترطت رحيل الأسد قبل أي مفاوضات.`,
    expected: ["turkey geneva2_preconditions conditional", "turkey assad_role must_go"],
  },
  {
    why: "«أي حل يبقي الأسد سيكون هدية لا تقدر بثمن لإرهابيي داعش»: the gift to the terrorists past its describing clause",
    text: `${T}وقال فابيوس إن "أي حل يبقي الأسد في السلطة سيكون هدية لا تقدر بثمن لإرهابيي داعش".`,
    expected: ["france assad_role must_go"],
  },
  {
    why: "guard: «لا حل إلا برحيل الأسد» stays must_go",
    text: `${T}وقال الائتلاف إنه "لا حل إلا برحيل الأسد".`,
    expected: ["national_coalition assad_role must_go"],
  },
  {
    why: "guard: «لن نقبل بأي حل يبقي الأسد»: «أي» as the object, one negation",
    text: `${T}وقال الجبير: "لن نقبل بأي حل يبقي الأسد في السلطة".`,
    expected: ["saudi_arabia assad_role must_go"],
  },
  {
    why: "guard: a single negation stays as it is",
    text: `${T}وقال لافروف إن روسيا لا تطالب برحيل الأسد.`,
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "guard: «أي حل يضمن رحيله سيكون مقبولاً»: a good outcome turns nothing",
    text: `${T}وقال الجبير إن "أي حل يضمن رحيل الأسد سيكون مقبولا لدى السوريين".`,
    expected: ["saudi_arabia assad_role must_go"],
  },
  {
    why: "guard: «لن يفاوض إلا على نقل صلاحيات الأسد»: the exception keeps must_go",
    text: `${T}وقال المتحدث باسم الائتلاف إن وفده "لن يفاوض إلا على نقل صلاحيات الأسد كاملة إلى هيئة انتقالية".`,
    expected: ["national_coalition assad_role must_go"],
  },
  {
    why: "«رجل قصف شعبه بالبراميل لا يمكن أن يحكم سوريا»: a man named by a deed of Assad's own, Assad never named, is he; ruling refused",
    text: `${T}وقال وزير الخارجية الفرنسي إن رجلا قصف شعبه بالبراميل لا يمكن أن يحكم سوريا بعد اليوم.`,
    expected: ["france assad_role must_go"],
  },
  {
    why: "«رجلاً قاد رداً وحشياً على شعبه لا يمكنه أن يستعيد الشرعية»: the brutal response names him; regaining legitimacy refused",
    text: `${T}وقال هاموند إن رجلاً قاد رداً وحشياً على شعبه لا يمكنه أن يستعيد الشرعية.`,
    expected: ["uk assad_role must_go"],
  },
  {
    why: "«من استخدم الأسلحة الكيماوية ضد شعبه …»: whoever + his deed is he; «ضد» in the description negates nothing",
    text: `${T}وأكدت الخارجية التركية أن من استخدم الأسلحة الكيماوية ضد شعبه لا يمكن أن يكون جزءا من مستقبل سوريا.`,
    expected: ["turkey assad_role must_go"],
  },
  {
    why: "«لا أستطيع أن أتخيل كيف يمكن للأسد أن يستعيد شرعيته ويحكم سوريا»: a verb of imagining between the negation and him",
    text: `${T}وقال أوباما: "لا أستطيع أن أتخيل كيف يمكن للأسد أن يستعيد شرعيته ويحكم سوريا".`,
    expected: ["usa assad_role must_go"],
  },
  {
    why: "«أمام الأسد طريقين: أن يتنحى … أو أن يسقط»: his only ways are ways of going, no «إما»",
    text: `${T}وقال الجبير إن أمام الأسد طريقين: أن يتنحى بالتفاوض أو أن يسقط عسكريا.`,
    expected: ["saudi_arabia assad_role must_go"],
  },
  {
    why: "«خيارين لا ثالث لهما، إما الرحيل أو السقوط»: «لا ثالث لهما» negates nothing (was may_stay)",
    text: `${T}وقال الجربا إن أمام بشار الأسد خيارين لا ثالث لهما، إما الرحيل أو السقوط.`,
    expected: ["national_coalition assad_role must_go"],
  },
  {
    why: "«بشار الأسد ومن تلطخت أيديهم بدماء السوريين لن يكون لهم أي دور»: whoever joined to his name by «و» is with him",
    text: `${T}وقال الائتلاف في بيان إن بشار الأسد ومن تلطخت أيديهم بدماء السوريين لن يكون لهم أي دور في المرحلة الانتقالية.`,
    expected: ["national_coalition assad_role must_go"],
  },
  {
    why: "guard: «لا يمكن لرجل واحد أن يحل الأزمة»: a man with no deed of his is no one",
    text: `${T}وقال المبعوث إنه لا يمكن لرجل واحد أن يحل الأزمة.`,
    expected: [],
  },
  {
    why: "guard: «الرجل الذي قاد الحرب على الإرهاب لا يمكن أن يستبعد من الحل»: no deed against his people, no must_go",
    text: `${T}وقال المعلم إن الرجل الذي قاد الحرب على الإرهاب لا يمكن أن يستبعد من الحل.`,
    expected: [],
  },
  {
    why: "guard: «أمام المعارضة خيارين: …»: the opposition's options say nothing on Assad",
    text: `${T}وقال لافروف إن أمام المعارضة خيارين: أن تذهب إلى جنيف أو أن تبقى خارج العملية.`,
    expected: [],
  },
  {
    why: "guard: «لا مكان لمن تلطخت أيديهم بدماء السوريين» alone: whoever did it, plural, not he",
    text: `${T}وقال المنسق العام لهيئة التنسيق إن الحكم القادم لا يمكن أن يكون فيه مكان لمن تلطخت أيديهم بدماء السوريين.`,
    expected: [],
  },
  {
    why: "guard: «الأسد يحكم سوريا …»: ruling counts only when refused",
    text: `${T}وقال لافروف إن الأسد يحكم سوريا بتفويض من شعبه.`,
    expected: [],
  },
  {
    why: "«إذا كانت مشاركتنا مشروطة بقبول بيان جنيف فلن نذهب»: Iran refusing terms put on her own taking part rejects preconditions, sets none",
    text: `${T}وقال ظريف: "إذا كانت مشاركتنا مشروطة بقبول بيان جنيف الأول فلن نذهب".`,
    expected: ["iran geneva2_preconditions unconditional"],
  },
  {
    why: "«لن تشارك إذا كانت الدعوة مقرونة بشروط»: her invitation tied to terms, refused",
    text: `${T}وقالت أفخم إن طهران "لن تشارك إذا كانت الدعوة مقرونة بشروط".`,
    expected: ["iran geneva2_preconditions unconditional"],
  },
  {
    why: "«لن تذهب إذا طلب منها قبول بيان جنيف»: what is asked of her, refused, is no condition of hers",
    text: `${T}وقال عبد اللهيان إن بلاده لن تذهب إلى جنيف إذا طلب منها قبول بيان جنيف الأول.`,
    expected: ["iran geneva2_preconditions unconditional"],
  },
  {
    why: "«مستعدة للمشاركة إذا وجهت إليها الدعوة»: being invited is no condition, she wants to take part",
    text: `${T}وأكد عبد اللهيان أن بلاده مستعدة للمشاركة في المؤتمر إذا وجهت إليها الدعوة، مجددا دعم طهران للحل السياسي.`,
    expected: ["iran iran_participation support"],
  },
  {
    why: "guard: «لن نشارك إلا إذا دعيت المعارضة الداخلية» said by Iran: another's invitation is her own condition",
    text: `${T}وقال ظريف: "لن نشارك إلا إذا دعيت المعارضة الداخلية".`,
    expected: ["iran geneva2_preconditions conditional"],
  },
  {
    why: "guard: «مشاركة إيران مرهونة بإجابة واشنطن» said by Iran: her own demand of another stays her condition",
    text: `${T}وقال ظريف إن مشاركة إيران مرهونة بإجابة واشنطن على أسئلتها.`,
    expected: ["iran geneva2_preconditions conditional"],
  },
  {
    why: "guard: «تشترط استبعاد إيران كي تدعم انعقاده»: her exclusion as a condition is oppose plus a condition on the talks",
    text: `${T}وقالت السعودية إنها تشترط استبعاد إيران من المؤتمر كي تدعم انعقاده.`,
    expected: ["saudi_arabia geneva2_preconditions conditional", "saudi_arabia iran_participation oppose"],
  },
  {
    why: "guard: «تريد المشاركة، لكنها لن تحضر إذا فرضت عليها شروط»: her wish kept, the terms refused",
    text: `${T}وقال روحاني إن إيران تريد المشاركة في المؤتمر، لكنها لن تحضر إذا فرضت عليها شروط.`,
    expected: ["iran iran_participation support", "iran geneva2_preconditions unconditional"],
  },
  {
    why: "«سحب الأمين العام للأمم المتحدة الدعوة التي وجهها إلى إيران»: the withdrawer, named by title alone, invited and withdrew: both labels",
    text: `${T}وسحب الأمين العام للأمم المتحدة الدعوة التي وجهها إلى إيران.`,
    expected: ["un iran_participation oppose", "un iran_participation support"],
  },
  {
    why: "«تراجع X عن دعوته لإيران», a long subject between: going back on the invitation is oppose",
    text: `${T}وتراجع الأمين العام للأمم المتحدة عن دعوته لإيران بعد يوم واحد.`,
    expected: ["un iran_participation oppose"],
  },
  {
    why: "«ما أدى إلى سحب X الدعوة التي وجهها إلى طهران»: the verbal noun's agent withdrew what he had sent",
    text: `${T}ورفضت واشنطن مشاركة إيران، ما أدى إلى سحب الأمين العام للأمم المتحدة الدعوة التي وجهها إلى طهران.`,
    expected: ["un iran_participation oppose", "un iran_participation support", "usa iran_participation oppose"],
  },
  {
    why: "«ثم سحب الأمين العام دعوته لها»: her pronoun, the invitation told in the sentence before",
    text: `${T}وجه بان كي مون دعوة إلى إيران لحضور المؤتمر.\nثم سحب الأمين العام دعوته لها بعد ساعات.`,
    expected: ["un iran_participation oppose", "un iran_participation support"],
  },
  {
    why: "guard: «انتقد لافروف التراجع عن دعوته لإيران»: the critic before a verbal noun is no withdrawer",
    text: `${T}وانتقد لافروف التراجع عن دعوته لإيران.`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "guard: «طالب بسحب الأمين العام دعوته»: a withdrawal wanted is no withdrawal done",
    text: `${T}وطالب الائتلاف بسحب الأمين العام دعوته لإيران.`,
    expected: [],
  },
  {
    why: "guard: regret of the withdrawal is no oppose",
    text: `${T}وأعربت طهران عن أسفها لسحب الدعوة.`,
    expected: [],
  },
  // t7: conditions on attending («إما … أو لن نحضر», «لن يدعو إلى جولة … ما لم», «لن يستمر في هذا المسار ما لم»,
  // «… لا معنى له ما لم», backing another's demand made before the talks)
  {
    why: "«إما أن نشارك بوفد مستقل أو نقاطع المؤتمر»: either/or with a boycott in the second member is a condition of attending",
    text: `${T}وقال رئيس حزب الاتحاد الديمقراطي صالح مسلم: "إما أن نشارك بوفد مستقل أو نقاطع المؤتمر"`,
    expected: ["kurdish_groups geneva2_preconditions conditional"],
  },
  {
    why: "«إما أن …، أو لن نذهب إلى جنيف»: the refusal in the second member makes the first its condition",
    text: `${T}وقال المتحدث باسم الهيئة العليا للمفاوضات: "إما أن يتوقف القصف على المدن، أو لن نذهب إلى جنيف"`,
    expected: ["hnc geneva2_preconditions conditional"],
  },
  {
    why: "«فإما أن يخرج هؤلاء من الوفد الآخر أو لا مفاوضات»: «لا» and the talks as the second member",
    text: `${T}وقال المقداد: "لن نفاوض الإرهابيين، فإما أن يخرج هؤلاء من الوفد الآخر أو لا مفاوضات"`,
    expected: ["syrian_government geneva2_preconditions conditional"],
  },
  {
    why: "«لن يدعو إلى جولة جديدة ما لم …»: the convener's condition on holding the talks",
    text: `${T}وقال دي ميستورا إنه لن يدعو إلى جولة جديدة ما لم يلتزم الطرفان بوقف إطلاق النار`,
    expected: ["un geneva2_preconditions conditional"],
  },
  {
    why: "«لن يستمر في هذا المسار ما لم …»: going on in the talks' course, named by the demonstrative, on a condition",
    text: `${T}وقال رئيس وفد الائتلاف إن الوفد لن يستمر في هذا المسار ما لم يقبل وفد النظام بمناقشة الانتقال السياسي`,
    expected: ["national_coalition geneva2_preconditions conditional"],
  },
  {
    why: "«الحديث عن جولة جديدة لا معنى له ما لم …»: the talks, subject of «لا معنى له», hang on the condition",
    text: `${T}وقال خوجة إن الحديث عن جولة جديدة لا معنى له ما لم يطلق سراح المعتقلين`,
    expected: ["national_coalition geneva2_preconditions conditional"],
  },
  {
    why: "«تؤيد مطالبة المعارضة بـ… قبل انطلاق المحادثات»: the backer holds the demand as well as its owner",
    text: `${T}وقال أوغلو إن أنقرة تؤيد مطالبة المعارضة بفك الحصار قبل انطلاق المحادثات`,
    expected: ["syrian_opposition geneva2_preconditions conditional", "turkey geneva2_preconditions conditional"],
  },
  {
    why: "«ندعم مطلب الهيئة بـ… قبل بدء أي مفاوضات»: «مطلب» is a demand, and «we» who back it hold it too",
    text: `${T}وقال وزير الخارجية السعودي: "ندعم مطلب الهيئة العليا للمفاوضات بوقف القصف قبل بدء أي مفاوضات"`,
    expected: ["hnc geneva2_preconditions conditional", "saudi_arabia geneva2_preconditions conditional"],
  },
  {
    why: "guard: «إما الحل السياسي أو الحرب» has no word of attending: no condition",
    text: `${T}وقال المحلل إن السوريين أمام خيارين: إما الحل السياسي أو الحرب`,
    expected: [],
  },
  {
    why: "guard: «إما الحرب أو المفاوضات», the talks not refused in the second member, is a choice",
    text: `${T}وقال نصر الله إن السوريين أمام طريقين: إما الحرب أو المفاوضات`,
    expected: [],
  },
  {
    why: "guard: «أمام خيارين: إما أن تشارك … أو تقاطعها»: a choice told, not terms set",
    text: `${T}وقال المعارض إن الهيئة أمام خيارين: إما أن تشارك في المفاوضات أو تقاطعها`,
    expected: [],
  },
  {
    why: "guard: «يستمر القصف … ما لم», «يستمر في قصف المدن ما لم»: going on in no talks",
    text: `${T}وقال ناشطون إن القصف يستمر على حلب ما لم يتدخل المجتمع الدولي. وقال المتحدث إن النظام يستمر في قصف المدن ما لم يردعه المجتمع الدولي`,
    expected: [],
  },
  {
    why: "guard: «سيبقى في جنيف حتى نهاية الأسبوع» tells the time",
    text: `${T}وقال مصدر في الهيئة إن الوفد سيبقى في جنيف حتى نهاية الأسبوع`,
    expected: [],
  },
  {
    why: "guard: «أي حل سياسي لا معنى له إذا …»: no talks named as what is pointless",
    text: `${T}وقال ناشط إن أي حل سياسي لا معنى له إذا بقيت الميليشيات الأجنبية في سوريا`,
    expected: [],
  },
  {
    why: "a veto on any role for him («فيتو أمريكي على أي دور للأسد») rejects that role: must_go",
    text: `${T}وقالت مصادر إن هناك فيتو أمريكي على أي دور للأسد في المرحلة الانتقالية.`,
    expected: ["usa assad_role must_go"],
  },
  {
    why: "a veto on his going («فيتو روسي على رحيل الأسد») keeps him",
    text: `${T}وتحدثت مصادر عن فيتو روسي على رحيل الأسد.`,
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "guard: a dispute denied on his going but said to be on another matter («بل على محاربة داعش») agrees on nothing",
    text: `${T}وقال لافروف إن الخلاف مع الغرب ليس على رحيل الأسد بل على محاربة داعش.`,
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "guard: «متوجه إلى نيويورك لحضور اجتماعات الجمعية العامة»: going to a meeting of another body, not the talks",
    text: `${T}قال ظريف إن الوفد الإيراني متوجه إلى نيويورك لحضور اجتماعات الجمعية العامة.`,
    expected: [],
  },
  {
    why: "guard: «جزءاً من أي حوار إقليمي حول الأمن في الخليج»: a dialogue of another kind, not the talks",
    text: `${T}قال ظريف إن إيران حريصة على أن تكون جزءاً من أي حوار إقليمي حول الأمن في الخليج.`,
    expected: [],
  },
  {
    why: "guard: «دعوة روسية لحضور مؤتمر أمني في موسكو»: an invitation to a meeting of another kind names no inviter to the talks",
    text: `${T}تلقت إيران دعوة روسية لحضور مؤتمر أمني في موسكو.`,
    expected: [],
  },
  {
    why: "guard: «تتطلع إلى نجاح مؤتمر جنيف»: looking forward to the conference's success is no going to it",
    text: `${T}قال ظريف إن إيران تتطلع إلى نجاح مؤتمر جنيف 2.`,
    expected: [],
  },
  {
    why: "«تتطلع إلى المشاركة في مؤتمر جنيف»: looking forward to taking part is her wish",
    text: `${T}وقال ظريف إن بلاده تتطلع إلى المشاركة في مؤتمر جنيف.`,
    expected: ["iran iran_participation support"],
  },
  {
    why: "guard: «ما منحته موسكو من دعم»: the relative «ما» before a standard verb is no spoken negation",
    text: `${T}وقال المعلم إن ما منحته موسكو من دعم يضمن بقاء الأسد.`,
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: "a venue in an earlier clause of the same report («…، وإن …») does not veto the condition whose own clause names Geneva as what is attended",
    text: `${T}قال المتحدث باسم الهيئة العليا للمفاوضات إن مفاوضات جنيف تختلف عن مشاورات موسكو، وإن الهيئة تشترط وقف القصف للمشاركة في جنيف.`,
    expected: ["hnc geneva2_preconditions conditional"],
  },
  {
    why: "«لقاء موسكو فشل، وإن الائتلاف يشترط … للمشاركة في جنيف 2»: the failed Moscow meeting, in a clause of its own, leaves the condition on Geneva",
    text: `${T}قال الجربا إن لقاء موسكو فشل، وإن الائتلاف يشترط رحيل الأسد للمشاركة في جنيف 2.`,
    expected: ["national_coalition geneva2_preconditions conditional", "national_coalition assad_role must_go"],
  },
  {
    why: "guard: Geneva in an earlier clause does not make a condition on attending the Moscow meeting Geneva's",
    text: `${T}قال رئيس الائتلاف إن مؤتمر جنيف مهم، وإن الائتلاف يشترط رحيل الأسد للمشاركة في لقاء موسكو.`,
    expected: ["national_coalition assad_role must_go"],
  },
];

caseTable("kinds of the fiftieth probe", CASES);
