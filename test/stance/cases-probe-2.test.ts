// Kinds of sentence found by a second probe of general news Arabic (each row written for this table, not taken from
// the seeds or the development corpus): «لا» that negates nothing («لا يزال»، «لا بد»), a modal between Iran and
// her taking part, conditions judged unacceptable by their critic, coordinated headline holders, and officials of
// the period the lexicon lacked.
import { caseTable, type Case } from "./case-table";

const TITLE = "تطورات الأزمة السورية والمؤتمر الدولي\n";

const CASES: Case[] = [
  // «لا» that negates nothing.
  {
    why: "«لا تزال تعارض رحيل الأسد»: «لا تزال» is «still», so opposing his departure stays may_stay",
    text: `${TITLE}وأكدت مصادر دبلوماسية أن موسكو لا تزال تعارض رحيل الأسد.`,
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "«لا يزال يطالب برحيل الأسد»: still demanding it",
    text: `${TITLE}وقال الائتلاف إنه لا يزال يطالب برحيل الأسد قبل أي تسوية.`,
    expected: ["national_coalition assad_role must_go"],
  },
  {
    why: "«لا تعارض رحيل الأسد» is still a negation of the opposing (guard for the «لا يزال» reading)",
    text: `${TITLE}وأكدت مصادر دبلوماسية أن موسكو لا تعارض رحيل الأسد.`,
    expected: ["russia assad_role must_go"],
  },
  {
    why: "«لا بد أن تكون حاضرة»: «لا بد» is «must», not a negation of her presence",
    text: `${TITLE}وقال لافروف إن إيران لاعب مهم ولا بد أن تكون حاضرة في المؤتمر.`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "«لا بد أن تشارك» right after Iran",
    text: `${TITLE}وقال لافروف إن إيران لا بد أن تشارك في المؤتمر.`,
    expected: ["russia iran_participation support"],
  },
  // A modal between Iran and her taking part.
  {
    why: "«إيران دولة معتدية ولا ينبغي أن تشارك»: Iran's distance counted to the modal, not to the verb",
    text: `${TITLE}وقالت السعودية إن إيران دولة معتدية ولا ينبغي أن تشارك في المؤتمر.`,
    expected: ["saudi_arabia iran_participation oppose"],
  },
  {
    why: "«ويجب ألا تشارك» after a predicate on Iran",
    text: `${TITLE}وقال الجربا إن إيران دولة محتلة ويجب ألا تشارك في المؤتمر.`,
    expected: ["national_coalition iran_participation oppose"],
  },
  {
    why: "a negated predicate of Iran's before the modal («ليست طرفاً محايداً ولا يجب …») is not counted against the verb: not read",
    text: `${TITLE}وقال الجربا إن إيران ليست طرفا محايدا ولا يجب أن تشارك في المؤتمر.`,
    expected: [],
  },
  {
    why: "a modal does not bring a far Iran into reach: five words of predicate before it are too many",
    text: `${TITLE}وقال الجربا إن إيران التي تدعم النظام بالمال والسلاح منذ سنوات طويلة ليست معنية، ويجب أن تشارك المعارضة في المؤتمر.`,
    expected: [],
  },
  // Conditions judged by their critic.
  {
    why: "«الشروط المسبقة لعقد المؤتمر غير مقبولة»: a rejecting predicate is no denial of the condition; the critic rejects it",
    text: `${TITLE}وقال لافروف إن الشروط المسبقة لعقد المؤتمر غير مقبولة.`,
    expected: ["russia geneva2_preconditions unconditional"],
  },
  {
    why: "«الشروط المسبقة لم تعد مطروحة» still denies the condition: a negation after it that is no rejecting predicate (guard)",
    text: `${TITLE}وقال لافروف إن الشروط المسبقة لم تعد مطروحة في المؤتمر.`,
    expected: [],
  },
  {
    why: "«الشروط التي تضعها المعارضة … غير واقعية»: the owner sets them, the one who judges them rejects them",
    text: `${TITLE}وقال لافروف إن الشروط التي تضعها المعارضة لحضور المؤتمر غير واقعية.`,
    expected: ["russia geneva2_preconditions unconditional", "syrian_opposition geneva2_preconditions conditional"],
  },
  {
    why: "the same with a wrecking predicate after the relative clause («ستؤدي إلى فشل المؤتمر»)",
    text: `${TITLE}وقالت المعارضة إن الشروط التي يضعها النظام على المؤتمر ستؤدي إلى فشل المؤتمر.`,
    expected: ["syrian_government geneva2_preconditions conditional", "syrian_opposition geneva2_preconditions unconditional"],
  },
  {
    why: "conditions an owner sets, judged acceptable: only the owner's",
    text: `${TITLE}وقال لافروف إن الشروط التي تضعها المعارضة لحضور المؤتمر مقبولة.`,
    expected: ["syrian_opposition geneva2_preconditions conditional"],
  },
  // Headlines.
  {
    why: "«الرياض وباريس: …»: coordinated headline holders each hold it",
    text: "الرياض وباريس: على الأسد أن يرحل",
    expected: ["france assad_role must_go", "saudi_arabia assad_role must_go"],
  },
  {
    why: "«موسكو وطهران: لا شروط مسبقة …»",
    text: "موسكو وطهران: لا شروط مسبقة لحضور جنيف 2",
    expected: ["iran geneva2_preconditions unconditional", "russia geneva2_preconditions unconditional"],
  },
  {
    why: "a party named after the headline's statement is not its holder",
    text: "دمشق: لا مكان لإيران في المؤتمر ووزير الخارجية الأمريكي يرحب",
    expected: ["syrian_government iran_participation oppose"],
  },
  // Officials of the period.
  {
    why: "Araghchi speaks for Iran («بلاده» is Iran then)",
    text: `${TITLE}وأكد عراقجي أن بلاده مستعدة للمشاركة في المؤتمر.`,
    expected: ["iran iran_participation support"],
  },
  {
    why: "Samantha Power speaks for the United States",
    text: `${TITLE}وقالت سامانثا باور إن على الأسد أن يرحل.`,
    expected: ["usa assad_role must_go"],
  },
  {
    why: "the British prime minister by title and name",
    text: `${TITLE}وأكد رئيس الوزراء البريطاني ديفيد كاميرون أن الأسد لا يمكن أن يكون جزءا من مستقبل سوريا.`,
    expected: ["uk assad_role must_go"],
  },
  {
    why: "al-Mouallimi (Saudi Arabia) is not al-Muallem (Syria)",
    text: `${TITLE}وقال المعلمي إن المملكة ترفض مشاركة إيران في المؤتمر.`,
    expected: ["saudi_arabia iran_participation oppose"],
  },
  // Subjects and objects.
  {
    why: "«وتشترط المعارضة أن …»: «المعارضة» right after the cue's own verb, agreeing with it, is its subject",
    text: `${TITLE}وتشترط المعارضة أن يكون هدف المؤتمر تشكيل حكومة انتقالية.`,
    expected: ["syrian_opposition geneva2_preconditions conditional"],
  },
  {
    why: "«وتتهم الحكومة المعارضة بوضع شروط»: the accused opposition holds the conditions, not the accuser",
    text: `${TITLE}ويتهم النظام المعارضة بوضع شروط مسبقة لحضور المؤتمر.`,
    expected: ["syrian_opposition geneva2_preconditions conditional"],
  },
  {
    why: "«ترفض حضور المؤتمر إلا بشروط» sets conditions: rejecting is not read across «إلا»",
    text: `${TITLE}وترفض المعارضة حضور المؤتمر إلا بشروط.`,
    expected: ["syrian_opposition geneva2_preconditions conditional"],
  },
  // Words of the classes.
  {
    why: "«سيرحل»: his going in the future tense, said by a minister",
    text: `${TITLE}وقال الجبير إن الأسد سيرحل سلما أو حربا.`,
    expected: ["saudi_arabia assad_role must_go"],
  },
  {
    why: "analysts' forecast of his going names no party",
    text: `${TITLE}وقال محللون إن الأسد سيرحل قريبا.`,
    expected: [],
  },
  {
    why: "«فقد كل شرعية»: lost legitimacy",
    text: `${TITLE}وقالت واشنطن إن الأسد فقد كل شرعية.`,
    expected: ["usa assad_role must_go"],
  },
  {
    why: "«اقترح … ليشمل إيران»: proposing is a verb of position",
    text: `${TITLE}واقترح لافروف توسيع المؤتمر ليشمل إيران والسعودية.`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "«قبولها غير المشروط»: the adjective with the article",
    text: `${TITLE}وأعلنت الحكومة السورية قبولها غير المشروط بحضور المؤتمر.`,
    expected: ["syrian_government geneva2_preconditions unconditional"],
  },
  {
    why: "«لن يجلس مع الإيرانيين»: refusing Iran as the partner at the table is oppose",
    text: `${TITLE}وقال الائتلاف إنه لن يجلس مع الإيرانيين على طاولة واحدة.`,
    expected: ["national_coalition iran_participation oppose"],
  },
  {
    why: "«لن تتفاوض مع إيران»",
    text: `${TITLE}وأكد الجربا أن المعارضة لن تتفاوض مع إيران.`,
    expected: ["national_coalition iran_participation oppose"],
  },
  {
    why: "Iran refusing to sit with the opposition is no position on her own taking part",
    text: `${TITLE}وقالت طهران إن إيران لن تجلس مع المعارضة.`,
    expected: [],
  },
  // Deploring, permission, stance nouns.
  {
    why: "«أعرب عن أسفه لعدم دعوة إيران»: regretting that she was not invited wants her there",
    text: `${TITLE}وأعرب لافروف عن أسفه لعدم دعوة إيران إلى المؤتمر.`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "«انتقد عدم دعوة إيران»: criticising it too",
    text: `${TITLE}وانتقد الجربا عدم دعوة إيران.`,
    expected: ["national_coalition iran_participation support"],
  },
  {
    why: "«أيد عدم دعوة إيران»: approving it does not (guard)",
    text: `${TITLE}وأيد الجربا عدم دعوة إيران.`,
    expected: ["national_coalition iran_participation oppose"],
  },
  {
    why: "«لا يحق لأي طرف وضع شروط»: the negation governs the verbal noun of setting them",
    text: `${TITLE}وقال لافروف إنه لا يحق لأي طرف وضع شروط مسبقة لحضور المؤتمر.`,
    expected: ["russia geneva2_preconditions unconditional"],
  },
  {
    why: "«قرر وضع شروط للمشاركة»: setting them, not negated (guard)",
    text: `${TITLE}وقال الجربا إن الائتلاف قرر وضع شروط للمشاركة في المؤتمر.`,
    expected: ["national_coalition geneva2_preconditions conditional"],
  },
  {
    why: "«موقفاً سلبياً من مشاركة إيران»: a negative stance on her taking part is oppose",
    text: `${TITLE}وأبدت السعودية موقفا سلبيا من مشاركة إيران في المؤتمر.`,
    expected: ["saudi_arabia iran_participation oppose"],
  },
  // Found by a helper's probe (its sentences): false tuples.
  {
    why: "a speech verb inside a condition («في حال وافقت طهران») is no frame: the holder is the subject who does not rule her out",
    text: `${TITLE}ولا تستبعد واشنطن مشاركة طهران في حال وافقت على مبدأ الحكومة الانتقالية.`,
    expected: ["usa iran_participation conditional"],
  },
  {
    why: "«لم يستبعد هيغ مشاركة إيران شريطة …»: not ruling her out, on terms",
    text: `${TITLE}ولم يستبعد هيغ مشاركة إيران شريطة أن تقبل بمبادئ جنيف 1.`,
    expected: ["uk iran_participation conditional"],
  },
  {
    why: "«لا ترى مانعاً من مشاركة إيران إذا أعلنت …»: «أعلنت» after «إذا» is what she must do",
    text: `${TITLE}أوضح وزير الخارجية الفرنسي أن باريس لا ترى مانعاً من مشاركة إيران إذا أعلنت تأييدها لتشكيل حكومة انتقالية.`,
    expected: ["france iran_participation conditional"],
  },
  {
    why: "«اتهمت دمشق الائتلاف بوضع شروط تعجيزية»: the judgement is the accuser's; the conditions charged are the accused's (CONTRACT: an accusation reports the accused's position)",
    text: `${TITLE}اتهمت دمشق الائتلاف المعارض بوضع شروط تعجيزية لإفشال مؤتمر جنيف.`,
    expected: ["national_coalition geneva2_preconditions conditional", "syrian_government geneva2_preconditions unconditional"],
  },
  {
    why: "«أكد نصر الله أن استبعاد إيران من جنيف سيؤدي إلى فشل المؤتمر»: «أكد أن» reports; the predicate judges her exclusion",
    text: `${TITLE}وأكد الأمين العام لحزب الله حسن نصر الله أن استبعاد إيران من جنيف سيؤدي إلى فشل المؤتمر.`,
    expected: ["hezbollah iran_participation support"],
  },
  {
    why: "«أكد أن استبعاد إيران خطأ كبير»: support only, not also oppose",
    text: `${TITLE}وأكد نصر الله أن استبعاد إيران خطأ كبير.`,
    expected: ["hezbollah iran_participation support"],
  },
  {
    why: "«بسحب الدعوة الإيرانية»: the Iranian invitation is the one sent to her; the welcomer holds oppose",
    text: `${TITLE}ورحب الائتلاف بسحب الدعوة الإيرانية.`,
    expected: ["national_coalition iran_participation oppose"],
  },
  {
    why: "«رغبة إيرانية في المشاركة» is still Iran's own wish (guard)",
    text: `${TITLE}وأكد ظريف وجود رغبة إيرانية في المشاركة في المؤتمر.`,
    expected: ["iran iran_participation support"],
  },
  {
    why: "«لن تشارك إذا فرضت عليها شروط مسبقة»: refusing to come on imposed conditions rejects them",
    text: `${TITLE}وأكد المتحدث باسم الخارجية الإيرانية أن بلاده لن تشارك في المؤتمر إذا فرضت عليها شروط مسبقة.`,
    expected: ["iran geneva2_preconditions unconditional"],
  },
  // Frequent kinds from the helper's probe: fronted sources, speakers after quotations, Assad on himself, parties
  // acting in an event sentence, talks refused unless they provide for something.
  {
    why: "«وفقاً لوزارة الخارجية الروسية، فإن …»: a fronted source is the speaker",
    text: `${TITLE}ووفقاً لوزارة الخارجية الروسية، فإن مشاركة إيران في المؤتمر ضرورية لإنجاحه.`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "«وبحسب مصادر في الائتلاف الوطني، فإن …»",
    text: `${TITLE}وبحسب مصادر في الائتلاف الوطني، فإن المعارضة لن تذهب إلى جنيف إلا إذا تم الإفراج عن المعتقلين.`,
    expected: ["national_coalition geneva2_preconditions conditional"],
  },
  {
    why: "«بحسب وكالة …، فإن المعارضة تشترط …»: an agency is no party; the opposition, subject of the verb that opens the cue, is",
    text: `${TITLE}وبحسب وكالة الأنباء الفرنسية، فإن المعارضة تشترط رحيل الأسد.`,
    expected: ["syrian_opposition assad_role must_go"],
  },
  {
    why: "«…»، وفق ما قاله المتحدث باسم الائتلاف: the source after a quotation",
    text: `${TITLE}"لن نقبل بجلوس إيران معنا إلى الطاولة"، وفق ما قاله المتحدث باسم الائتلاف.`,
    expected: ["national_coalition iran_participation oppose"],
  },
  {
    why: "«على حد تعبير لافروف»",
    text: `${TITLE}"مشاركة إيران ضرورية لنجاح المؤتمر"، على حد تعبير لافروف.`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "a title the lexicon lacks between the verb and a known person («المستشارة الإعلامية في الرئاسة السورية بثينة شعبان»)",
    text: `${TITLE}"الرئيس الأسد باق ولن يتنحى"، أكدت المستشارة الإعلامية في الرئاسة السورية بثينة شعبان.`,
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: "«وقال الأسد إنه لن يتنحى»: Assad speaking of himself holds it (the government)",
    text: `${TITLE}وقال الأسد إنه لن يتنحى عن السلطة.`,
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: "«وأكد الأسد أنه سيترشح …»: standing again, in the future tense",
    text: `${TITLE}وأكد الأسد أنه سيترشح للانتخابات الرئاسية المقبلة.`,
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: "the author's statement that he will not step down is no one's (guard)",
    text: `${TITLE}والأسد لن يتنحى عن السلطة في المستقبل القريب.`,
    expected: [],
  },
  {
    why: "rejecting his leading the transition names him as what is rejected, not as a speaker (guard)",
    text: `${TITLE}وترفض المعارضة السورية مشاركة إيران في المؤتمر، كما ترفض قيادة الرئيس بشار الأسد للمرحلة الانتقالية.`,
    expected: ["syrian_opposition assad_role must_go", "syrian_opposition iran_participation oppose"],
  },
  {
    why: "«اجتمع الائتلاف في إسطنبول. وأعلن رفضه …»: a party named as the subject of an event sentence goes on speaking",
    text: `${TITLE}اجتمع الائتلاف الوطني في إسطنبول.\nوأعلن رفضه مشاركة إيران في المؤتمر.`,
    expected: ["national_coalition iran_participation oppose"],
  },
  {
    why: "«لن يذهب إلى أي مفاوضات لا تنص على رحيل الأسد»: both labels of a condition for attending",
    text: `${TITLE}وقال الائتلاف إنه لن يذهب إلى أي مفاوضات لا تنص على رحيل الأسد.`,
    expected: ["national_coalition assad_role must_go", "national_coalition geneva2_preconditions conditional"],
  },
  {
    why: "a settlement refused unless it keeps him states terms of the outcome, not of the talks (guard)",
    text: `${TITLE}وقال المعلم إن دمشق لن تقبل أي حل لا يضمن بقاء الأسد.`,
    expected: ["syrian_government assad_role may_stay"],
  },
  // More of the helper's kinds: acceptability, accusations, parts and parties, interference.
  {
    why: "«ليس من المقبول أن تشارك إيران»: not acceptable is a rejection",
    text: `${TITLE}وقال وزير الخارجية السعودي إنه ليس من المقبول أن تشارك إيران في المؤتمر.`,
    expected: ["saudi_arabia iran_participation oppose"],
  },
  {
    why: "«ومصير الأسد ليس من شأننا»: his fate none of our business, after «و»",
    text: `${TITLE}وقال ظريف إن إيران لا تدافع عن أشخاص، ومصير الأسد ليس من شأننا.`,
    expected: ["iran assad_role neutral"],
  },
  {
    why: "«أي حديث عن تنحي الأسد … هو تدخل في شؤون سوريا»: calling it interference rejects it",
    text: `${TITLE}وقالت الخارجية الإيرانية في بيان إن أي حديث عن تنحي الأسد قبل المفاوضات هو تدخل في شؤون سوريا الداخلية.`,
    expected: ["iran assad_role may_stay"],
  },
  {
    why: "«اتهم المعلم الرياض بعرقلة مشاركة إيران»: obstructing her taking part, the accused's",
    text: `${TITLE}واتهم المعلم الرياض بعرقلة مشاركة إيران.`,
    expected: ["saudi_arabia iran_participation oppose"],
  },
  {
    why: "«استبعاد إيران … سيضعف فرص نجاحه»: weakening the talks is a wrecking predicate",
    text: `${TITLE}وقال نصر الله إن استبعاد إيران من المؤتمر سيضعف فرص نجاحه.`,
    expected: ["hezbollah iran_participation support"],
  },
  {
    why: "«اتهم المعلم السعودية بالإصرار على رحيل الأسد»: the accused holds what she is accused of",
    text: `${TITLE}واتهم المعلم السعودية بالإصرار على رحيل الرئيس الأسد لإفشال الحل السياسي.`,
    expected: ["saudi_arabia assad_role must_go"],
  },
  {
    why: "an accused not named («اتهمها بالمساعدة على الإطاحة بالأسد»): no one holds it, not the accuser (guard)",
    text: `${TITLE}واتهمها المعلم بالمساعدة على الإطاحة بالأسد.`,
    expected: [],
  },
  {
    why: "«الأسد جزء من المشكلة» is no role wanted for him (guard)",
    text: `${TITLE}وقال الجربا إن الأسد جزء من المشكلة.`,
    expected: [],
  },
  {
    why: "«لا يمكن القبول بحل يكون الأسد طرفاً فيه»: a party to the settlement is a role",
    text: `${TITLE}أكد الرئيس التركي رجب طيب أردوغان أنه لا يمكن القبول بحل سياسي يكون الأسد طرفاً فيه.`,
    expected: ["turkey assad_role must_go"],
  },
  {
    why: "«الأسد طرف في النزاع» is no role (guard)",
    text: `${TITLE}وقال الجربا إن الأسد طرف في النزاع.`,
    expected: [],
  },
  {
    why: "«مطالب المعارضة المسبقة «غير واقعية»»: prior demands are the talks' conditions; the judge in quotation marks rejects them",
    text: `${TITLE}واعتبر نائب وزير الخارجية الروسي غينادي غاتيلوف أن مطالب المعارضة المسبقة «غير واقعية».`,
    expected: ["russia geneva2_preconditions unconditional"],
  },
  // From the second helper's articles: negations after a quotation mark, words that turn his going, statements.
  {
    why: "a negation right after an opening quotation mark («موسكو «لا تعتبر رحيل الأسد شرطاً»») still turns the cue",
    text: `${TITLE}ورد الوزير الروسي بأن موسكو «لا تعتبر رحيل الأسد شرطاً لأي تسوية».`,
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "«لن تعترض على الدعوة ما دامت طهران ستلتزم …»: the condition between the invitation and Iran, a future verb",
    text: `${TITLE}وقالت مصادر سعودية إن الرياض «لن تعترض على الدعوة ما دامت طهران ستلتزم بمبادئ جنيف 1».`,
    expected: ["saudi_arabia iran_participation conditional"],
  },
  {
    why: "«حذرت من أن رحيل الأسد سيقود إلى الفوضى»: his going would be dangerous (may_stay), not wanted",
    text: `${TITLE}وكانت موسكو قد حذرت مراراً من أن رحيل الأسد سيقود إلى الفوضى.`,
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "«لن تقبل بشرط رحيل الأسد»: refusing the condition keeps him, and rejects the condition",
    text: `${TITLE}وقالت طهران إن إيران لن تقبل بشرط رحيل الأسد.`,
    expected: ["iran assad_role may_stay", "iran geneva2_preconditions unconditional"],
  },
  {
    why: "«ستشارك بشرط رحيل الأسد» is still a condition that he go (guard)",
    text: `${TITLE}وقال الجربا إن المعارضة ستشارك بشرط رحيل الأسد.`,
    expected: ["national_coalition assad_role must_go", "national_coalition geneva2_preconditions conditional"],
  },
  {
    why: "«لن تتخلى عن مطلبها برحيل الأسد»: not giving up the demand keeps it",
    text: `${TITLE}وقال فابيوس إن فرنسا لن تتخلى عن مطلبها برحيل الأسد.`,
    expected: ["france assad_role must_go"],
  },
  {
    why: "«لم يعودوا يصرون»: a position given up states nothing",
    text: `${TITLE}وقال لافروف إن الشركاء الأمريكيين أبلغونا أنهم لم يعودوا يصرون على رحيل الأسد.`,
    expected: [],
  },
  {
    why: "headlines listed under «الأكثر قراءة» are the site's, not the article's",
    text: `${TITLE}وقالت هيئة التنسيق إنها لن تشارك في المؤتمر إلا إذا أطلق سراح المعتقلين.\nالأكثر قراءة\n1. ظريف: إيران لن تحضر جنيف بشروط\n2. كيري: لا مستقبل للأسد في سوريا`,
    expected: ["ncb geneva2_preconditions conditional"],
  },
  {
    why: "«أصدر الائتلاف بياناً. وأكد البيان أن …»: the statement is the issuer's",
    text: `${TITLE}أصدر الائتلاف الوطني السوري بيانا مساء أمس.\nوأكد البيان أن الأسد لا مكان له في مستقبل سوريا.`,
    expected: ["national_coalition assad_role must_go"],
  },
  {
    why: "«اجتمع وزراء خارجية مجموعة أصدقاء سوريا … وأكد البيان الختامي للاجتماع أن …»: the group's final statement",
    text: `${TITLE}واجتمع وزراء خارجية مجموعة أصدقاء سوريا في لندن.\nوأكد البيان الختامي للاجتماع أن الأسد لن يكون له أي دور في الحكومة الانتقالية.`,
    expected: ["friends_of_syria assad_role must_go"],
  },
  {
    why: "«إيران جزء من الحل، ويجب أن تكون حاضرة»: a comma before a modal joined by «و» goes on with her",
    text: `${TITLE}وقال الإبراهيمي إن إيران جزء من الحل، ويجب أن تكون حاضرة في جنيف.`,
    expected: ["un iran_participation support"],
  },
  {
    why: "«دعوة إيران تنسف المؤتمر»: her invitation judged by a wrecking predicate is opposed",
    text: `${TITLE}وقال الجربا إن دعوة إيران تنسف المؤتمر.`,
    expected: ["national_coalition iran_participation oppose"],
  },
  {
    why: "her taking part still under discussion is no one's position (guard)",
    text: `${TITLE}وقال الجربا إن مشاركة إيران في المؤتمر ما زالت قيد البحث.`,
    expected: [],
  },
  {
    why: "«يجب أن تجلس إلى الطاولة»: sitting at the table is taking part",
    text: `${TITLE}وقال لافروف إن الجمهورية الإسلامية يجب أن تجلس إلى الطاولة.`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "«رحيل الأسد لم يعد شرطاً مسبقاً»: his going no longer a precondition",
    text: `${TITLE}وقال داود أوغلو إن رحيل الأسد لم يعد شرطاً مسبقاً للمفاوضات.`,
    expected: ["turkey assad_role may_stay"],
  },
  {
    why: "«الرئاسة خارج أي نقاش»: out of any discussion, as a red line",
    text: `${TITLE}وقال المعلم إن الرئاسة خارج أي نقاش.`,
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: "«لا سلام في سوريا ما دام الأسد في السلطة»",
    text: `${TITLE}وقال الجبير إنه لا سلام في سوريا ما دام الأسد في السلطة.`,
    expected: ["saudi_arabia assad_role must_go"],
  },
  {
    why: "«لن تتوجه إلى جنيف ما لم …»: heading to the talks is attending; «المعارضة» before the negated verb is its subject",
    text: `${TITLE}وقال رياض حجاب إن المعارضة لن تتوجه إلى جنيف ما لم تتوقف الغارات على المدنيين.`,
    expected: ["hnc geneva2_preconditions conditional"],
  },
  {
    why: "«هذا التوجه» (an approach) is no attending (guard)",
    text: `${TITLE}وقال المقداد إن كل شيء ممكن إذا كانت القوى الأخرى وطنية، ونحن مستعدون لتنفيذ هذا التوجه.`,
    expected: [],
  },
  {
    why: "«الشروط التعجيزية التي يطرحها الائتلاف»: the definite adjective judges them too",
    text: `${TITLE}وقال المعلم إن الشروط التعجيزية التي يطرحها الائتلاف تعرقل الحل.`,
    // (The one who sets them holds them too, as he reports: CONTRACT.md, a third party's conditions.)
    expected: ["syrian_government geneva2_preconditions unconditional", "national_coalition geneva2_preconditions conditional"],
  },
  // Guards from a helper's second read of this table's changes: each sentence gave a false tuple on a first cut.
  {
    why: "Assad reporting another's demand that he go («قال الأسد إن الغرب يريد رحيله») does not hold it",
    text: `${TITLE}وقال الأسد إن الغرب يريد رحيله.`,
    expected: [],
  },
  {
    why: "after an accusation, the accuser's own clause («…، مؤكداً أن …») is his, not the accused opposition's",
    text: `${TITLE}واتهم لافروف المعارضة بعرقلة المفاوضات، مؤكداً أن رحيل الأسد ليس شرطاً.`,
    expected: ["russia assad_role may_stay", "russia geneva2_preconditions unconditional"],
  },
  {
    why: "«…، لكنه شدد على أن …» after an accusation is the accuser's",
    text: `${TITLE}واتهم كيري المعارضة بالانقسام، لكنه شدد على أن الأسد لا مكان له.`,
    expected: ["usa assad_role must_go"],
  },
  {
    why: "«متهماً روسيا بحماية النظام إن …»: the clause after the accusation is the speaker's",
    text: `${TITLE}وقال الجربا متهماً روسيا بحماية النظام إن رحيل الأسد شرط لأي حل.`,
    expected: ["national_coalition assad_role must_go"],
  },
  {
    why: "«وفقاً لقرارات الجامعة» mid-sentence is «according to» a decision, not a source",
    text: `${TITLE}وقال الجربا إن الحكومة الانتقالية ستشكل وفقاً لقرارات الجامعة العربية، ولا دور للأسد فيها.`,
    expected: ["national_coalition assad_role must_go"],
  },
  {
    why: "«البيان» after another party criticised it is not the critic's",
    text: `${TITLE}وانتقد الائتلاف بيان الخارجية الروسية.\nوقال البيان إن رحيل الأسد ليس شرطاً مسبقاً للمفاوضات.`,
    expected: [],
  },
  {
    why: "a party's event sentence does not carry into a verb that does not agree with it («وعقدت روسيا … وتابع»): the speaker before it goes on",
    text: `${TITLE}وقال كيري إن الحل سياسي.\nوعقدت روسيا مؤتمراً صحفياً في موسكو.\nوتابع أن إيران لا يمكن أن تشارك في المؤتمر.`,
    expected: ["usa iran_participation oppose"],
  },
  {
    why: "«إيران تعتبر أن المعارضة يجب أن تشارك»: another subject's taking part, in a clause of its own",
    text: `${TITLE}وقال ظريف إن إيران تعتبر أن المعارضة يجب أن تشارك في المؤتمر.`,
    expected: [],
  },
  {
    why: "«وعلى كل حال قال …»: «حال» here is no condition",
    text: `${TITLE}وعلى كل حال قال لافروف إن رحيل الأسد ليس شرطاً مسبقاً.`,
    expected: ["russia assad_role may_stay", "russia geneva2_preconditions unconditional"],
  },
  {
    why: "the one addressed after a title («في رده على المبعوث الأممي دي ميستورا») is not the speaker: the government's delegation is",
    text: `${TITLE}وأكد رئيس الوفد الحكومي في رده على المبعوث الأممي دي ميستورا أن مقام الرئاسة خط أحمر.`,
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: "«ليس طرفاً في هذه المفاوضات» says who negotiates, not his role",
    text: `${TITLE}وقال المعلم إن الأسد ليس طرفاً في هذه المفاوضات، بل الحكومة السورية.`,
    expected: [],
  },
  {
    why: "an institute named after a capital («معهد واشنطن») is no party",
    text: `${TITLE}وقال محلل في معهد واشنطن إن الأسد سيرحل عاجلاً أم آجلاً.`,
    expected: [],
  },
  {
    why: "«إيران لا يمكن أن تشارك»: a negated modal between Iran and her taking part",
    text: `${TITLE}وقال كيري إن إيران لا يمكن أن تشارك في المؤتمر.`,
    expected: ["usa iran_participation oppose"],
  },
  {
    why: "«… لا يمكن أن تشارك … ما لم تقبل …»: on terms",
    text: `${TITLE}وقال كيري إن إيران لا يمكن أن تشارك في المؤتمر ما لم تقبل بيان جنيف.`,
    expected: ["usa iran_participation conditional"],
  },
  // From a third helper's headlines, digests and multi-party sentences.
  {
    why: "«موسكو تتمسك بالأسد والائتلاف يصر على رحيله»: two parties, two clauses joined by «و» and a new subject",
    text: `${TITLE}وقالت مصادر إن موسكو تتمسك بالأسد والائتلاف يصر على رحيله.`,
    expected: ["national_coalition assad_role must_go", "russia assad_role may_stay"],
  },
  {
    why: "«لن تتخلى عن الأسد»: not abandoning him keeps him",
    text: `${TITLE}وقال المسؤول الإيراني إن طهران لن تتخلى عن الأسد.`,
    expected: ["iran assad_role may_stay"],
  },
  {
    why: "«لا تتمسك بالأسد» stays «not attached to him» (guard)",
    text: `${TITLE}وقالت مصادر إن موسكو لا تتمسك بالأسد.`,
    expected: ["russia assad_role neutral"],
  },
  {
    why: "«المطالبة برحيل الأسد تعني استمرار الحرب»: a harmful consequence rejects the demand",
    text: `${TITLE}وقالت موسكو إن المطالبة برحيل الأسد تعني استمرار الحرب.`,
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "«وصف شرط رحيل الأسد بـ«الوهم»»: an illusion, in quotation marks",
    text: `${TITLE}ووصف المعلم شرط رحيل الأسد بـ"الوهم".`,
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: "a state named after an outlet's name («صحيفة الوطن السعودية») is not speaking",
    text: `${TITLE}وفي افتتاحيتها رأت صحيفة الوطن السعودية أن لا مكان للأسد في مستقبل سوريا.`,
    expected: [],
  },
  {
    why: "the one obliged («على الإدارة الأمريكية أن تصر …») is told what to hold, not holding it",
    text: `${TITLE}واعتبرت صحيفة واشنطن بوست في افتتاحيتها أن على الإدارة الأمريكية أن تصر على رحيل الأسد.`,
    expected: [],
  },
  {
    why: "«لا مشاركة لإيران في جنيف قبل سحب قواتها»: «قبل» and what she must do first make it a condition",
    text: `${TITLE}وقالت الرياض إنه لا مشاركة لإيران في جنيف قبل سحب قواتها.`,
    expected: ["saudi_arabia iran_participation conditional"],
  },
  {
    why: "«بسحب دعوة إيران إن لم تقبل …»: on terms",
    text: `${TITLE}ولوح كيري بسحب دعوة إيران إن لم تقبل ببيان جنيف 1.`,
    expected: ["usa iran_participation conditional"],
  },
  {
    why: "«بوتين لأوباما: …»: the one addressed before the colon is not the headline's speaker",
    text: "بوتين لأوباما: رحيل الأسد ليس شرطاً للتسوية",
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "«ونرفض شروط الائتلاف»: after a verb in the first person the name is its object, not its subject",
    text: "هيئة التنسيق: سنشارك في جنيف ونرفض شروط الائتلاف",
    // (The coalition, owner of the conditions in the genitive, sets them as the ncb reports: review 18, r121.)
    expected: ["ncb geneva2_preconditions unconditional", "national_coalition geneva2_preconditions conditional"],
  },
  // Guards from a helper's read of the fourth round's changes.
  {
    why: "«وكالة سانا أن دمشق …»: only a nationality adjective right after an outlet's name is the outlet's",
    text: `${TITLE}وذكرت وكالة سانا أن دمشق ستشارك في مؤتمر جنيف 2 دون شروط مسبقة.`,
    expected: ["syrian_government geneva2_preconditions unconditional"],
  },
  {
    why: "«…، بحسب وزير الخارجية الفرنسي»: a source after a comma ending the sentence",
    text: `${TITLE}لا مكان للأسد في مستقبل سوريا، بحسب وزير الخارجية الفرنسي لوران فابيوس.`,
    expected: ["france assad_role must_go"],
  },
  {
    why: "«وتمسك» after «وعقد الائتلاف …» is masculine past, agreeing with the Coalition",
    text: `${TITLE}وقال كيري إن الحل سياسي.\nوعقد الائتلاف الوطني اجتماعاً في إسطنبول.\nوتمسك بشرط رحيل الأسد قبل أي مفاوضات.`,
    expected: ["national_coalition assad_role must_go", "national_coalition geneva2_preconditions conditional"],
  },
  {
    why: "after an accusation, «مشيراً إلى أنه يتمسك …»: a pronoun subject goes on with the accused",
    text: `${TITLE}واتهم لافروف الائتلاف بعرقلة المفاوضات، مشيراً إلى أنه يتمسك بشرط رحيل الأسد.`,
    expected: ["national_coalition assad_role must_go", "national_coalition geneva2_preconditions conditional"],
  },
  {
    why: "«قالت الخارجية الروسية في بيان … . وأضاف البيان …»: the statement named by «في بيان»",
    text: `${TITLE}وقالت وزارة الخارجية الروسية في بيان إن موسكو تدعم الحوار.\nوأضاف البيان أن رحيل الأسد لا يمكن أن يكون شرطاً.`,
    expected: ["russia assad_role may_stay", "russia geneva2_preconditions unconditional"],
  },
  {
    why: "«قبل إعلان واشنطن رفضها» tells the time; no condition on Iran",
    text: `${TITLE}ورحبت روسيا بمشاركة إيران قبل إعلان واشنطن رفضها.`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "a demand with its reason («لأن بقاءه يعني استمرار الحرب») is not rejected by it",
    text: `${TITLE}وتطالب المعارضة برحيل الأسد لأن بقاءه يعني استمرار الحرب.`,
    expected: ["syrian_opposition assad_role must_go"],
  },
  {
    why: "a negation of the clause before does not turn his going in the clause after «و»",
    text: `${TITLE}وقال الجربا إن الائتلاف لن يقبل ببقاء الأسد والشعب يريد رحيله.`,
    expected: ["national_coalition assad_role must_go"],
  },
  {
    why: "criticising «التمسك بالأسد» (the noun) is not holding on to him",
    text: `${TITLE}وانتقد الائتلاف الوطني التمسك بالأسد.`,
    expected: [],
  },
  {
    why: "«الأسد لن يكون طرفاً في المفاوضات»: he will not be negotiated with (must_go)",
    text: `${TITLE}وأكد الائتلاف أن الأسد لن يكون طرفاً في المفاوضات.`,
    expected: ["national_coalition assad_role must_go"],
  },
  // From a helper's long articles (precision).
  {
    why: "«من يعتقد أن الرئيس الأسد سيرحل … عليه أن يبقى في بيته»: whoever thinks it is unnamed; no one's demand",
    text: `${TITLE}وقال المقداد إن من يعتقد أن الرئيس الأسد سيرحل في جنيف عليه أن يبقى في بيته.`,
    expected: [],
  },
  {
    why: "«من يراهن على سقوط الرئيس الأسد … واهم»: no one named bets on it; the one who calls it delusion keeps him (CONTRACT.md: calls demands for it unrealistic)",
    text: `${TITLE}وقال نصر الله إن من يراهن على سقوط الرئيس الأسد قبل جنيف أو بعده واهم.`,
    expected: ["hezbollah assad_role may_stay"],
  },
  {
    why: "«بقاء الأسد في السلطة يغذي الإرهاب»: his staying judged harmful is must_go",
    text: `${TITLE}وقال الجبير إن بقاء الأسد في السلطة يغذي الإرهاب.`,
    expected: ["saudi_arabia assad_role must_go"],
  },
  {
    why: "«ترشح الأسد … سيقضي على أي أمل في الحل السياسي»",
    text: `${TITLE}وقال الإبراهيمي إن ترشح الأسد لولاية رئاسية جديدة سيقضي على أي أمل في الحل السياسي.`,
    expected: ["un assad_role must_go"],
  },
  {
    why: "«أي مؤتمر لا تحضره إيران محكوم بالفشل»: a conference without her doomed wants her there",
    text: `${TITLE}ويرى حزب الله أن أي مؤتمر لا تحضره إيران محكوم بالفشل.`,
    expected: ["hezbollah iran_participation support"],
  },
  {
    why: "«وقال ناشطون سوريون …»: an unnamed group speaks; the party named in the sentence before does not go on",
    text: `${TITLE}بان كي مون: الأزمة الإنسانية تتفاقم.\nوقال ناشطون سوريون إنهم يرفضون مشاركة إيران.`,
    expected: [],
  },
  {
    why: "«لن يحضر المؤتمر إذا دعيت إيران»: her absence made the condition gives both labels (CONTRACT.md)",
    text: `${TITLE}وقال الجربا إن الائتلاف لن يحضر المؤتمر إذا دعيت إيران.`,
    expected: ["national_coalition geneva2_preconditions conditional", "national_coalition iran_participation oppose"],
  },
  {
    why: "«سيقاطع إذا لم تسحب الدعوة الموجهة إلى إيران»: the invitation left standing as the condition",
    text: `${TITLE}وهدد الائتلاف بمقاطعة المؤتمر إذا لم تسحب الدعوة الموجهة إلى إيران.`,
    expected: ["national_coalition geneva2_preconditions conditional", "national_coalition iran_participation oppose"],
  },
  {
    why: "attending if Iran attends is no refusal of her (guard)",
    text: `${TITLE}وقال الجربا إن الائتلاف سيحضر المؤتمر إذا حضرت إيران.`,
    expected: ["national_coalition geneva2_preconditions conditional"],
  },
  {
    why: "a person named in full, then by the last word of his name after a verb of saying («وأضاف حجاب»)",
    text: `${TITLE}وقال رئيس الهيئة العليا للمفاوضات رياض حجاب إن المعارضة تريد حلا سياسيا.\nوأضاف حجاب أن الأسد لا مكان له في المرحلة الانتقالية.`,
    expected: ["hnc assad_role must_go"],
  },
  {
    why: "«حجاب» with no one of that name before is no one (guard)",
    text: `${TITLE}وقال مسؤول إن الحل سياسي.\nوأضاف حجاب أن الأسد لا مكان له في المرحلة الانتقالية.`,
    expected: [],
  },
  {
    why: "«التسوية لن تكتمل ما دام الأسد في السلطة»: any outcome negated while he is in power",
    text: `${TITLE}وقال كيري إن التسوية لن تكتمل ما دام الأسد في السلطة.`,
    expected: ["usa assad_role must_go"],
  },
  {
    why: "«المقام الرئاسي ليس على الطاولة»",
    text: `${TITLE}وقال المعلم إن المقام الرئاسي ليس على الطاولة.`,
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: "«مصير الأسد ليس أولوية بالنسبة لنا»: his fate not the priority is CONTRACT.md's may_stay, as his going not the priority is (called secondary, «مسألة ثانوية», it is neutral)",
    text: `${TITLE}وقال لافروف إن مصير الأسد ليس أولوية بالنسبة لنا.`,
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "«لن يعود إلى جنيف قبل وقف الغارات»: returning to the talks is attending",
    text: `${TITLE}وقال الجربا إن الائتلاف لن يعود إلى جنيف قبل وقف الغارات.`,
    expected: ["national_coalition geneva2_preconditions conditional"],
  },
  {
    why: "«اعترضت واشنطن على مشاركة إيران»: objecting, in the past tense",
    text: `${TITLE}واعترضت واشنطن طويلاً على مشاركة إيران في المؤتمر.`,
    expected: ["usa iran_participation oppose"],
  },
  {
    why: "«لا تعترض على مشاركة إيران» stays no objection (guard)",
    text: `${TITLE}وقالت موسكو إنها لا تعترض على مشاركة إيران في المؤتمر.`,
    expected: ["russia iran_participation support"],
  },
];

caseTable("Second probe: «لا» that negates nothing, modals before Iran's taking part, judged conditions, headline lists", CASES);
