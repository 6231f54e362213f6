// Kinds mended in the forty-ninth probe, found by helpers writing invented news sentences of six families (reference
// across clauses and sentences; fronted topics and word order; circumstantial and subordinate clauses; polarity and
// modality edges; dialect and interviews; noisy text) and from the kinds the last note left, each a row here, with
// guards:
// - who holds it: a participle of position after a verb of doing with no comma («غادر الجربا الاجتماع رافضاً …»), its
//   doer a person or a party; the subject of a sentence of speaking, being asked or discussing carried into «وقال»;
//   names as the press misspells them; the speaker's own capital between the verb and him; «في نظر»; the name after
//   the «فـ» verb of «أما X فـ…»; a capital opening the sentence before a participle in the feminine;
// - what it says: a negated verb of backing with its subject between it and the demand («لم تؤيد طهران المطالبة
//   بتنحي الأسد»); «دونما»; «لم يعد هناك/تقبل/يملك» (a negation, not a position given up); a
//   position not announced; reports with no truth in them or belied; a refusal after the one criticised, or in a
//   relative clause on him, is his own; her taking part out of the question; «يتعين»; accepting conditions said
//   impossible; «لا … فحسب، بل»; double negations on her taking part; a position closing a sentence taken up by
//   the next one opening on «وهو ما ترفضه …»; a negation or rejection in the words naming the
//   speaker («لم يشأ ذكر اسمه») does not reach past his «إن»; a rejection's subjects' names between it and the
//   invitation; «بلا تردد»; «لم يتغير»; words attributed «إلى» someone; «نفت أنها …»; the one persuaded; a name
//   inside a quotation closed before «قال X»; a headline's person and a dash; «لم يعد جزءاً/مقبولاً»; «ترحيب»
//   and a nationality; impossible unless she takes part; a clause of purpose after the doer's deed; the one
//   excepted («باستثناء»); those standing with the subject in an aside («، ومن خلفها الدوحة،»); sources after
//   «وفقاً لـ/حسب»; institutions; Iran seeking to take part; a topic put first by «أما» and rejected after its «فـ»;
//   «غير قابل للتفاوض»; a caption's «X يتحدث … ويؤكد»; «الأخيرة»; her invitation in the condition of not attending.
import { caseTable, type Case } from "./case-table";

const T = "جنيف 2: مواقف\n\n";

const CASES: Case[] = [
  {
    why: "a negated verb of backing with its subject between it and the demand («لم تؤيد طهران المطالبة بتنحي الأسد») turns the demand",
    text: `${T}ولم تؤيد طهران المطالبة بتنحي الأسد.`,
    expected: ["iran assad_role may_stay"],
  },
  {
    why: "the same with a subject of two words in the present («لا يدعم الاتحاد الأوروبي المطالبة …»)",
    text: `${T}لا يدعم الاتحاد الأوروبي المطالبة برحيل الأسد فوراً.`,
    expected: ["eu assad_role may_stay"],
  },
  {
    why: "guard: the verb of backing not negated keeps the demand",
    text: `${T}وتؤيد طهران المطالبة بتنحي الأسد.`,
    expected: ["iran assad_role must_go"],
  },
  {
    why: "a participle of position after a verb of doing and its object, no comma («غادر الجربا الاجتماع رافضاً …»), is the doer's",
    text: `${T}وغادر الجربا الاجتماع رافضاً مشاركة إيران في المؤتمر.`,
    expected: ["national_coalition iran_participation oppose"],
  },
  {
    why: "the same in the feminine, its doer a party («وغادرت الخارجية الفرنسية الاجتماع رافضةً …»)",
    text: `${T}وغادرت الخارجية الفرنسية الاجتماع رافضةً مشاركة إيران في المؤتمر.`,
    expected: ["france iran_participation oppose"],
  },
  {
    why: "a body walking out, then «رافضاً» («وانسحب وفد الائتلاف من القاعة رافضاً أي دور للأسد»)",
    text: `${T}وانسحب وفد الائتلاف من القاعة رافضاً أي دور للأسد.`,
    expected: ["national_coalition assad_role must_go"],
  },
  {
    why: "guard: a party named in a fronted topic before another's verb of saying does not take the participle after it",
    text: `${T}وحول مطالبة المعارضة بتنحي الأسد قبل المفاوضات، قال مسؤول إن المؤتمر سيعقد في موعده، مضيفاً أن الأسد رئيس شرعي.`,
    expected: ["syrian_opposition assad_role must_go"],
  },
  {
    why: "a sentence opening with a verb of speaking at an occasion («تحدث لافروف في مؤتمر صحفي») carries its subject into a bare «وقال» after it",
    text: `${T}تحدث لافروف في مؤتمر صحفي في موسكو.\nوقال إن رحيل الأسد ليس شرطا مسبقا.`,
    expected: ["russia assad_role may_stay", "russia geneva2_preconditions unconditional"],
  },
  {
    why: "so does one asked («سئل الجبير عن الأسد. فقال …»)",
    text: `${T}سئل الجبير عن الأسد.\nفقال إن الأسد يجب أن يرحل.`,
    expected: ["saudi_arabia assad_role must_go"],
  },
  {
    why: "so does one discussing («ناقش لافروف مع نظيره … . وقال …»)",
    text: `${T}ناقش لافروف مع نظيره الأمريكي الأزمة السورية.\nوقال إن رحيل الأسد ليس شرطا مسبقا.`,
    expected: ["russia assad_role may_stay", "russia geneva2_preconditions unconditional"],
  },
  {
    why: "«دونما شروط» is «دون شروط»",
    text: `${T}أعلن الائتلاف موافقته على حضور جنيف 2 دونما شروط مسبقة.`,
    expected: ["national_coalition geneva2_preconditions unconditional"],
  },
  {
    why: "names as the press misspells them: «الإتلاف الوطني», «عادل جبير» (no article), «ضريف», «هيأة التنسيق»",
    text: `${T}أعلن الإتلاف الوطني السوري رفضه مشاركة إيران في المؤتمر.\nقال عادل جبير إن على الأسد أن يرحل.\nوقال ضريف إن إيران لن تقبل أي شروط مسبقة للمشاركة.\nوأكدت هيأة التنسيق رفضها أي شروط مسبقة.`,
    expected: [
      "iran geneva2_preconditions unconditional",
      "national_coalition iran_participation oppose",
      "ncb geneva2_preconditions unconditional",
      "saudi_arabia assad_role must_go",
    ],
  },
  {
    why: "guard: «الإتلاف» alone is destruction, not the coalition",
    text: `${T}وتم إتلاف الأسلحة الكيميائية السورية قبل المؤتمر.`,
    expected: [],
  },
  {
    why: "«لم يعد هناك مكان للأسد»: no longer being states the state now, a negation",
    text: `${T}قال الجبير إنه لم يعد هناك مكان للأسد في مستقبل سوريا.`,
    expected: ["saudi_arabia assad_role must_go"],
  },
  {
    why: "«لم تعد تقبل بأي شروط»: no longer accepting is refusing now",
    text: `${T}قال ظريف إن إيران لم تعد تقبل بأي شروط مسبقة.`,
    expected: ["iran geneva2_preconditions unconditional"],
  },
  {
    why: "«لم يعد يملك أي شرعية», «لا يملك أي شرعية»: his legitimacy gone",
    text: `${T}قال كيري إن الأسد لم يعد يملك أي شرعية.`,
    expected: ["usa assad_role must_go"],
  },
  {
    why: "guard: «لم يعد يشترط» is a demand given up (his staying), no condition read as set",
    text: `${T}لم يعد الائتلاف يشترط رحيل الأسد قبل المفاوضات.`,
    expected: ["national_coalition assad_role may_stay"],
  },
  {
    why: "a position not yet announced on it («لم تعلن السعودية حتى الآن موقفها من دعوة إيران») states nothing",
    text: `${T}لم تعلن السعودية حتى الآن موقفها من دعوة إيران.`,
    expected: [],
  },
  {
    why: "nor one not disclosed, the position a noun's («لم يكشف الجبير عن موقف المملكة من رحيل الأسد»)",
    text: `${T}لم يكشف الجبير عن موقف المملكة من رحيل الأسد.`,
    expected: [],
  },
  {
    why: "guard: a rejection announced is a position",
    text: `${T}أعلنت السعودية رفضها دعوة إيران.`,
    expected: ["saudi_arabia iran_participation oppose"],
  },
  {
    why: "a report said to have no truth in it («لا أساس من الصحة للأنباء التي …») is denied, no one's position",
    text: `${T}لا أساس من الصحة للأنباء التي تحدثت عن رفض تركيا مشاركة إيران.`,
    expected: [],
  },
  {
    why: "so is one belied («كذّبت طهران الأنباء عن اشتراطها …», «فنّدت … التقارير التي …»)",
    text: `${T}كذبت طهران الأنباء عن اشتراطها رحيل الأسد قبل المؤتمر.\nوفندت الخارجية الروسية التقارير التي تحدثت عن تخلي موسكو عن الأسد.`,
    expected: [],
  },
  {
    why: "a bare «ورفض» right after the name of the one criticised is a verb with a clause of its own («انتقد الائتلاف الأسد ورفض مشاركة إيران»)",
    text: `${T}انتقد الائتلاف الأسد ورفض مشاركة إيران.`,
    expected: ["national_coalition iran_participation oppose"],
  },
  {
    why: "a relative clause on the one criticised holds its own refusal («انتقد المعلم الائتلاف الذي يرفض مشاركة إيران»)",
    text: `${T}انتقد المعلم الائتلاف الذي يرفض مشاركة إيران.`,
    expected: ["national_coalition iran_participation oppose"],
  },
  {
    why: "guard: a refusal criticised as a verbal noun after a decision («انتقد لافروف سحب الدعوة ورفض مشاركة إيران») wants her there",
    text: `${T}انتقد لافروف سحب الدعوة ورفض مشاركة إيران.`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "the speaker's own capital between the verb and him («أكد في باريس وزير الخارجية الفرنسي …») is where he spoke, not one name with him",
    text: `${T}أكد في باريس وزير الخارجية الفرنسي لوران فابيوس أن الأسد يجب أن يرحل.`,
    expected: ["france assad_role must_go"],
  },
  {
    why: "the same with «من» and a person's name («أكد من موسكو لافروف …»)",
    text: `${T}أكد من موسكو لافروف أن الأسد يجب أن يبقى.`,
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "«الأمريكان» (the colloquial plural) are the Americans",
    text: `${T}الأمريكان يرفضون مشاركة إيران في المؤتمر.`,
    expected: ["usa iran_participation oppose"],
  },
  {
    why: "«في نظر واشنطن،» heading the sentence names whose view it gives, as «بحسب» does",
    text: `${T}في نظر واشنطن، لا مكان لإيران في مؤتمر جنيف 2.`,
    expected: ["usa iran_participation oppose"],
  },
  {
    why: "guard: «بالنسبة لـ» and a noun is what the sentence is about, no one's view",
    text: `${T}وبالنسبة لمشاركة إيران، فإن المؤتمر سيعقد في موعده.`,
    expected: [],
  },
  {
    why: "«أما الأسد فترى أنقرة أن …»: the name right after the «فـ» verb is its subject; Assad is what the clause is about",
    text: `${T}أما الأسد فترى أنقرة أن لا مكان له في مستقبل سوريا.`,
    expected: ["turkey assad_role must_go"],
  },
  {
    why: "the same with Iran put first («أما إيران فقد رفضت واشنطن مشاركة طهران»)",
    text: `${T}أما إيران فقد رفضت واشنطن مشاركة طهران في المؤتمر.`,
    expected: ["usa iran_participation oppose"],
  },
  {
    why: "guard: «أما إيران فأكدت …» (no name after the verb): Iran is its subject",
    text: `${T}أما إيران فأكدت أنها لن تقبل أي شروط مسبقة.`,
    expected: ["iran geneva2_preconditions unconditional"],
  },
  {
    why: "a capital right after the opening verb is its subject, and a participle in the feminine goes with it, not with the man received («استقبلت الرياض كيري مؤكدةً …»)",
    text: `${T}استقبلت الرياض كيري مؤكدةً أن الأسد يجب أن يرحل.`,
    expected: ["saudi_arabia assad_role must_go"],
  },
  {
    why: "a longer verb of receiving opens the sentence before its subject («استقبل لافروف الجربا مؤكداً …»)",
    text: `${T}استقبل لافروف الجربا مؤكدا أن الأسد باق.`,
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "guard: a capital after another's name and a preposition is no subject («ودافع كيري عن دعوة طهران، قائلاً …»)",
    text: `${T}ودافع كيري عن دعوة طهران، قائلا إنه لا بد من أن تكون كل الدول المؤثرة، بما فيها إيران، حول الطاولة.`,
    expected: ["usa iran_participation support"],
  },
  {
    why: "her taking part said to be out of the question («من غير الوارد أن تشارك إيران», «مشاركة إيران غير واردة») is opposed",
    text: `${T}قال فابيوس إنه من غير الوارد أن تشارك إيران في المؤتمر.\nوقال هيغ إن مشاركة إيران غير واردة.`,
    expected: ["france iran_participation oppose", "uk iran_participation oppose"],
  },
  {
    why: "«يتعين أن» is a modal of necessity, as «ينبغي»",
    text: `${T}قال لافروف إنه يتعين أن تشارك إيران في المؤتمر.`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "accepting conditions said to be impossible («من المستحيل/من غير الوارد أن تقبل دمشق بأي شروط») rejects them",
    text: `${T}قال المعلم إنه من غير الوارد أن تقبل دمشق بأي شروط مسبقة.`,
    expected: ["syrian_government geneva2_preconditions unconditional"],
  },
  {
    why: "«لا … فحسب، بل»: not only, the position stands («لا تؤيد موسكو مشاركة إيران فحسب، بل …»)",
    text: `${T}لا تؤيد موسكو مشاركة إيران فحسب، بل تعتبرها ضرورية.\nلا يرفض الائتلاف مشاركة إيران فحسب، بل يرفض أي دور لها.`,
    expected: ["national_coalition iran_participation oppose", "russia iran_participation support"],
  },
  {
    why: "a double negation («ليس من المنطقي ألا تدعى إيران», «لا يرى سبباً لعدم دعوة إيران») wants her there",
    text: `${T}أكد غاتيلوف أنه ليس من المنطقي ألا تدعى إيران إلى المؤتمر.\nقال الإبراهيمي إنه لا يرى سببا لعدم دعوة إيران.`,
    expected: ["russia iran_participation support", "un iran_participation support"],
  },
  {
    why: "guard: a judgement of wrong with no second negation («ليس من المنطقي أن تدعى إيران») opposes",
    text: `${T}قال لافروف إنه ليس من المنطقي أن تدعى إيران إلى المؤتمر.`,
    expected: ["russia iran_participation oppose"],
  },
  {
    why: "a relative clause opening a sentence of its own («. وهو ما ترفضه الرياض.», «. الأمر الذي تعارضه الولايات المتحدة.») takes up the position closing the one before",
    text: `${T}دعت روسيا إلى مشاركة إيران في المؤتمر.\nوهو ما ترفضه الرياض.`,
    expected: ["russia iran_participation support", "saudi_arabia iran_participation oppose"],
  },
  {
    why: "the same with «الأمر الذي»",
    text: `${T}يصر الروس على حضور إيران المؤتمر.\nالأمر الذي تعارضه الولايات المتحدة.`,
    expected: ["russia iran_participation support", "usa iran_participation oppose"],
  },
  {
    why: "a negation in the words naming an unnamed speaker («لم يشأ ذكر اسمه») does not reach into what he says after «إن»",
    text: `${T}قال مسؤول سعودي لم يشأ ذكر اسمه إن الأسد لا يمكن أن يبقى في السلطة.`,
    expected: ["saudi_arabia assad_role must_go"],
  },
  {
    why: "nor a rejection there («رفض الكشف عن اسمه»)",
    text: `${T}قال مسؤول في الخارجية الروسية رفض الكشف عن اسمه إن موسكو لا تقبل أن يكون رحيل الأسد شرطا مسبقا.`,
    expected: ["russia assad_role may_stay", "russia geneva2_preconditions unconditional"],
  },
  {
    why: "nor a negating word in an aside of occasion («بعد لقاء غير معلن مع كيري»)",
    text: `${T}أكد فابيوس بعد لقاء غير معلن مع كيري أن الأسد لا يمكن أن يبقى.`,
    expected: ["france assad_role must_go"],
  },
  {
    why: "guard: a verb of saying negated («لم يقل أحد إن …») still governs what follows",
    text: `${T}قال لافروف إن موسكو لم تقل يوما إن الأسد يجب أن يبقى.`,
    expected: [],
  },
  {
    why: "the names of a rejection's subjects between it and the invitation do not count against its reach («رفضت الولايات المتحدة وبريطانيا وفرنسا فكرة توجيه دعوة إلى إيران»)",
    text: `${T}رفضت الولايات المتحدة وبريطانيا وفرنسا فكرة توجيه دعوة إلى إيران.`,
    expected: ["france iran_participation oppose", "uk iran_participation oppose", "usa iran_participation oppose"],
  },
  {
    why: "«بلا تردد», «دون هوادة» are adverbs of manner, no negation («ترفض واشنطن بشدة وبلا تردد أي دور للأسد»)",
    text: `${T}ترفض واشنطن بشدة وبلا تردد أي دور للأسد.`,
    expected: ["usa assad_role must_go"],
  },
  {
    why: "a position «لم يتغير» denies only the change («موقف واشنطن من الأسد لم يتغير وإنه يجب أن يرحل»)",
    text: `${T}قال كيري إن موقف واشنطن من الأسد لم يتغير وإنه يجب أن يرحل.`,
    expected: ["usa assad_role must_go"],
  },
  {
    why: "words attributed to one after «إلى» («نسبت صحيفة حرييت إلى داود أوغلو قوله إن …») are his",
    text: `${T}ونسبت صحيفة حرييت إلى داود أوغلو قوله إن الأسد يجب أن يرحل.`,
    expected: ["turkey assad_role must_go"],
  },
  {
    why: "guard: a letter sent to someone after «إلى» does not make him a speaker («أرسل الجربا رسالة إلى بان كي مون»)",
    text: `${T}أرسل الجربا رسالة إلى بان كي مون قال فيها إن الائتلاف يرفض مشاركة إيران.`,
    expected: ["national_coalition iran_participation oppose"],
  },
  {
    why: "a denial with a pronoun on its «أن» («نفت واشنطن أنها تعارض …») states nothing",
    text: `${T}نفت واشنطن أنها تعارض مشاركة إيران.`,
    expected: [],
  },
  {
    why: "the one persuaded after «إقناع» holds nothing; the persuader does («حاولت روسيا إقناع الأمم المتحدة بدعوة إيران»)",
    text: `${T}حاولت روسيا إقناع الأمم المتحدة بدعوة إيران.`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "a name inside a quotation closed before «قال X» with no comma is not the verb's subject (««على الأسد أن يتنحى» قال فابيوس»)",
    text: `${T}«على الأسد أن يتنحى» قال فابيوس.`,
    expected: ["france assad_role must_go"],
  },
  {
    why: "guard: the subject before an opening quotation speaks the verb inside it («أن الإبراهيمي بدوره «أبلغ الجانب الإيراني …»»)",
    text: `${T}وقالت المتحدثة إن الإبراهيمي بدوره "أبلغ الجانب الإيراني رغبته في أن تشارك إيران في جنيف 2".`,
    expected: ["un iran_participation support"],
  },
  {
    why: "a headline's person then a dash («كيري - …») speaks what follows, as with a colon",
    text: `كيري - الأسد لا مكان له في مستقبل سوريا\n\nنص الخبر.`,
    expected: ["usa assad_role must_go"],
  },
  {
    why: "guard: a dateline's place and outlet between dashes opening a headline name no speaker",
    text: `دمشق - سانا: الأسد باق\n\nنص الخبر.`,
    expected: [],
  },
  {
    why: "«الأسد لم يعد جزءاً من الحل», «بقاء الأسد لم يعد مقبولاً»: no longer part of it, no longer acceptable",
    text: `${T}قال داود أوغلو إن الأسد لم يعد جزءا من الحل.\nوقالت الخارجية الفرنسية إن بقاء الأسد لم يعد مقبولا.`,
    expected: ["france assad_role must_go", "turkey assad_role must_go"],
  },
  {
    why: "a nationality adjective after «ترحيب» names who welcomes («ترحيب أمريكي بسحب دعوة إيران»)",
    text: `ترحيب أمريكي بسحب دعوة إيران\n\nنص الخبر.`,
    expected: ["usa iran_participation oppose"],
  },
  {
    why: "guard: the speaker's own rejection before «أن» («أعلن الائتلاف رفضه أن يكون للأسد أي دور») is no anonymity set aside",
    text: `${T}أعلن الائتلاف الوطني السوري رفضه أن يكون للأسد أي دور في المرحلة الانتقالية.\nأعلنت واشنطن رفضها أن تشارك إيران في مؤتمر جنيف 2.`,
    expected: ["national_coalition assad_role must_go", "usa iran_participation oppose"],
  },
  {
    why: "impossible unless she takes part («الحل غير ممكن ما لم تشارك إيران», «… دون مشاركة إيران») wants her there",
    text: `${T}قال لافروف إن الحل السياسي غير ممكن ما لم تشارك إيران في المؤتمر.`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "guard: «لن يتغير» of something other than a position negates as ever («الوضع لن يتغير برحيل الأسد»)",
    text: `${T}قال لافروف إن الوضع في سوريا لن يتغير برحيل الأسد.`,
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "guard: in «أما X فـ<verb> Y و<verb> …», Y is the object when a verb of X's own follows it",
    text: `${T}أما إيران فقد استقبلت لافروف وأعلنت استعدادها للمشاركة في المؤتمر.\nأما الأسد فقد التقى لافروف في دمشق وأكد أنه لن يتنحى.`,
    expected: ["iran iran_participation support", "syrian_government assad_role may_stay"],
  },
  {
    why: "guard: a bare «ورفض» after a decision's maker is its verbal noun («انتقدت موسكو قرار بان كي مون ورفض مشاركة إيران»)",
    text: `${T}انتقدت موسكو قرار بان كي مون ورفض مشاركة إيران في المؤتمر.`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "«لا أساس له من الصحة» denies the report",
    text: `${T}وقالت طهران: لا أساس له من الصحة ما نشرته الصحف عن أن طهران ترفض رحيل الأسد.`,
    expected: [],
  },
  {
    why: "a clause of purpose («للمطالبة برحيل الأسد») is the aim of the sentence's doer, named right after its opening verb",
    text: `${T}وصل الجربا إلى القاهرة للمطالبة برحيل الأسد.`,
    expected: ["national_coalition assad_role must_go"],
  },
  {
    why: "so after «بهدف», a capital the doer («تحركت الرياض دبلوماسياً بهدف منع مشاركة إيران»)",
    text: `${T}تحركت الرياض دبلوماسيا بهدف منع مشاركة إيران.`,
    expected: ["saudi_arabia iran_participation oppose"],
  },
  {
    why: "guard: a purpose inside what the doer then says is no aim of his («وصل لافروف … وقال إن الخطوة جاءت بهدف منع …»)",
    text: `${T}وصل لافروف إلى جنيف وقال إن الخطوة جاءت بهدف منع مشاركة إيران.`,
    expected: [],
  },
  {
    why: "the one excepted («باستثناء الولايات المتحدة، أيدت الدول …») does not hold what the others do",
    text: `${T}باستثناء الولايات المتحدة، أيدت الدول الخمس دائمة العضوية مشاركة إيران في المؤتمر.`,
    expected: [],
  },
  {
    why: "those standing with the subject in an aside («، ومن خلفها الدوحة،», «، إلى جانب قطر والسعودية،») hold it with it",
    text: `${T}تعارض الرياض، ومن خلفها الدوحة، حضور إيران.\nتتمسك تركيا، إلى جانب قطر، بضرورة رحيل الأسد.`,
    expected: [
      "qatar assad_role must_go",
      "qatar iran_participation oppose",
      "saudi_arabia iran_participation oppose",
      "turkey assad_role must_go",
    ],
  },
  {
    why: "such an aside between a rejection and what it rejects is passed over («ترفض واشنطن، ومعها باريس ولندن، أي دور للأسد»)",
    text: `${T}ترفض واشنطن، ومعها باريس ولندن، أي دور للأسد.`,
    expected: ["france assad_role must_go", "uk assad_role must_go", "usa assad_role must_go"],
  },
  {
    why: "the source named after what is said by «وفقاً لـ» or «حسب» («…، وفقاً لمصدر في الخارجية الروسية») holds it, as after «بحسب»",
    text: `${T}رحيل الأسد ليس شرطا مسبقا للمفاوضات، وفقا لمصدر في الخارجية الروسية.\nالأسد يجب أن يرحل قبل أي تسوية، حسب مصدر في الخارجية الفرنسية.`,
    expected: ["france assad_role must_go", "russia assad_role may_stay", "russia geneva2_preconditions unconditional"],
  },
  {
    why: "guard: «حسب» and a schedule is «according to» it, no source («حسب الجدول المقرر في جنيف»)",
    text: `${T}وسيعقد المؤتمر حسب الجدول المقرر في جنيف دون شروط مسبقة.`,
    expected: [],
  },
  {
    why: "sources in institutions the press names: «الديوان الملكي السعودي», «الرئاسة الفرنسية»",
    text: `${T}قال مصدر في الديوان الملكي السعودي إن الأسد يجب أن يرحل.\nوقال مصدر في الرئاسة الفرنسية إن مشاركة إيران مرفوضة.`,
    expected: ["france iran_participation oppose", "saudi_arabia assad_role must_go"],
  },
  {
    why: "Iran seeking or asking to take part («طهران تسعى للمشاركة», «إيران تطالب بالمشاركة») supports her own taking part",
    text: `${T}طهران تسعى للمشاركة في مؤتمر جنيف 2.`,
    expected: ["iran iran_participation support"],
  },
  {
    why: "a topic put first by «أما», then rejected after its «فـ» («أما رحيل الأسد فقد رفض لافروف أن يكون شرطاً»), is no demand",
    text: `${T}أما رحيل الأسد فقد رفض لافروف أن يكون شرطا مسبقا للمفاوضات.`,
    expected: ["russia geneva2_preconditions unconditional"],
  },
  {
    why: "guard: a topic put first by «أما» and demanded after its «فـ» is the demand of those who demand it",
    text: `${T}أما رحيل الأسد فتطالب به فرنسا.`,
    expected: ["france assad_role must_go"],
  },
  {
    why: "guard: the one excepted states his own position in a relative clause on him («… باستثناء الائتلاف الذي يشترط رحيل الأسد»)",
    text: `${T}صمتت العواصم الغربية، باستثناء باريس التي أعلنت رفضها مشاركة إيران.`,
    expected: ["france iran_participation oppose"],
  },
  {
    why: "guard: one standing beside the speaker at an occasion («قال كيري، إلى جانب نظيره السعودي في مؤتمر صحفي، إن …», «وإلى جانبه») holds nothing of his",
    text: `${T}قال كيري، إلى جانب نظيره السعودي في مؤتمر صحفي، إن الأسد يجب أن يرحل.\nوأكد كيري، وإلى جانبه وزير الخارجية القطري، أن الأسد فقد شرعيته.`,
    expected: ["usa assad_role must_go"],
  },
  {
    why: "guard: her invitation impossible unless a condition is met («غير ممكنة ما لم …») is conditional, not opposed",
    text: `${T}أعلنت الأمم المتحدة أن دعوة إيران غير ممكنة ما لم تشارك في دعم بيان جنيف.`,
    expected: ["un iran_participation conditional"],
  },
  {
    why: "a speaker before a clause of contrast («ترفض الرياض …، في حين تؤيد موسكو …») does not approve what the other approves",
    text: `${T}ترفض الرياض مشاركة إيران، في حين تؤيد موسكو مشاركة طهران.`,
    expected: ["russia iran_participation support", "saudi_arabia iran_participation oppose"],
  },
  {
    why: "«بقاء الأسد غير قابل للتفاوض»: his staying off the table of bargaining is his staying",
    text: `${T}قال المعلم إن بقاء الأسد غير قابل للتفاوض.`,
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: "a verb joined by «و» goes on with the one opening the sentence before a verb of the present («لافروف يتحدث في موسكو ويؤكد أن …»)",
    text: `${T}لافروف يتحدث في موسكو ويؤكد أن الأسد باق.`,
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "«الأخيرة» is the last state named as one, a capital too, not the one a matter is of («رفضت الرياض وأنقرة مشاركة إيران. وأعلنت الأخيرة …»)",
    text: `${T}رفضت الرياض وأنقرة مشاركة إيران.\nوأعلنت الأخيرة أنها لن تحضر إذا وجهت الدعوة لطهران.`,
    expected: ["saudi_arabia iran_participation oppose", "turkey geneva2_preconditions conditional", "turkey iran_participation oppose"],
  },
  {
    why: "her invitation inside the condition of not attending («لن تحضر إذا وجهت الدعوة لطهران») is no wish for it",
    text: `${T}أعلنت تركيا أنها لن تحضر إذا وجهت الدعوة لطهران.`,
    expected: ["turkey geneva2_preconditions conditional", "turkey iran_participation oppose"],
  },
  {
    why: "guard: the inviter named in that condition («إذا لم يسحب بان كي مون الدعوة التي وجهها إلى إيران») holds his invitation",
    text: `${T}وحذر الائتلاف من أنه سيقاطع المؤتمر إذا لم يسحب بان كي مون الدعوة التي وجهها إلى إيران.`,
    expected: [
      "national_coalition geneva2_preconditions conditional",
      "national_coalition iran_participation oppose",
      "un iran_participation support",
    ],
  },
  {
    why: "guard: an embassy is where demonstrators stand («أمام السفارة الأمريكية»), no one speaking",
    text: `${T}وقف المتظاهرون أمام السفارة الأمريكية في القاهرة مطالبين برحيل الأسد.`,
    expected: [],
  },
  {
    why: "guard: a clause of purpose after a clause of its own («، فيما خرجت مظاهرات للمطالبة …») is no aim of the sentence's doer",
    text: `${T}وصل وزير الخارجية الإيراني إلى دمشق، فيما خرجت مظاهرات للمطالبة برحيل الأسد.`,
    expected: [],
  },
  {
    why: "«الأخيرة» after a list of capitals is its last one alone («زار كيري الرياض وأنقرة والدوحة، وأكدت الأخيرة …»)",
    text: `${T}زار كيري الرياض وأنقرة والدوحة، وأكدت الأخيرة أن الأسد يجب أن يرحل.`,
    expected: ["qatar assad_role must_go"],
  },
  {
    why: "guard: those spoken to after «لـ» («وجدد الجبير لمسؤولين في الخارجية الأمريكية رفض بلاده …») hold nothing of his",
    text: `${T}وجدد الجبير لمسؤولين في الخارجية الأمريكية رفض بلاده مشاركة إيران.`,
    expected: ["saudi_arabia iran_participation oppose"],
  },
  {
    why: "guard: the masculine «الأخير» is no capital visited («وزار كيري الرياض، وأكد الأخير …»)",
    text: `${T}وزار كيري الرياض، وأكد الأخير أن الأسد يجب أن يرحل.`,
    expected: ["usa assad_role must_go"],
  },
  {
    why: "«لم يكشف عن اسمه», «لم يفصح عن هويته» are words of anonymity too",
    text: `${T}وقال مسؤول فرنسي لم يكشف عن اسمه إن الأسد لا يمكن أن يبقى في السلطة.`,
    expected: ["france assad_role must_go"],
  },
  {
    why: "guard: in «أما الأسد فتطالب باريس …», a name joined by «و» after Y is no verb of the topic's («وواشنطن»)",
    text: `${T}أما الأسد فتطالب باريس برحيله قبل أي مفاوضات.`,
    expected: ["france assad_role must_go", "france geneva2_preconditions conditional"],
  },
  {
    why: "guard: a clause of purpose inside a relative clause («المعارضين الذين يتحركون بهدف …») is no aim of the sentence's doer",
    text: `${T}وهاجم لافروف المعارضين الذين يتحركون بهدف منع مشاركة إيران.`,
    expected: [],
  },
  {
    why: "the one excepted keeps his refusal in a relative clause after the cue named before him («… ما عدا الولايات المتحدة التي ترفض مشاركتها»)",
    text: `${T}وأيدت الدول الخمس مشاركة إيران، ما عدا الولايات المتحدة التي ترفض مشاركتها.`,
    expected: ["usa iran_participation oppose"],
  },
  {
    why: "guard: two names across a dash, closed by dots («كيري - لافروف .. خلاف حول …»), are a meeting's sides, no speaker",
    text: `كيري - لافروف .. خلاف حول رحيل الأسد\n\nنص الخبر.`,
    expected: [],
  },
  {
    why: "guard: «تسعى للمشاركة» with Iran only the object of another verb before it is no wish of hers",
    text: `${T}وبعد اتهامها طهران بدعم النظام تطالب الرياض بالمشاركة في صياغة جدول أعمال المؤتمر.`,
    expected: [],
  },
  {
    why: "«لادور له» typed joined is «لا دور له»",
    text: `${T}قال الجبير إن الأسد لادور له في مستقبل سوريا.`,
    expected: ["saudi_arabia assad_role must_go"],
  },
  {
    why: "guard: «الأخير» as an adjective («في بيانهما الأخير») leaves the list of subjects whole",
    text: `${T}وأكدت روسيا وإيران في بيانهما الأخير أن الأسد باق.`,
    expected: ["iran assad_role may_stay", "russia assad_role may_stay"],
  },
];

caseTable("kinds of the forty-ninth probe", CASES);
