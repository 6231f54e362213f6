// Kinds mended in the forty-fifth probe: «بل» ("rather"), what comes before it governing nothing after it («لا نرفض
// المؤتمر بل نرفض الشروط»), and "not only" («لم تكتف بالرفض بل وضعت شروطاً»), whose first half still stands; a position
// on Iran's taking part named by «موقف» and its owner («انتقد لافروف موقف واشنطن الرافض لمشاركة إيران»): the owner's, and
// the one judging it holds the opposite, as for Assad's fate; the accuser named by a title before his name («اتهم نائب
// وزير الخارجية الروسي …», «اتهم مندوب سوريا لدى الأمم المتحدة بشار الجعفري …»); conditions the accused is charged
// with but the accuser's predicate judges («… شروطاً مسبقة تهدف إلى إفشال جنيف»): the judge's, not the accused's; hearsay
// the speaker then endorses («يقال إن …، ونحن نؤيد ذلك»): his own; «لم تعد» with its subject between it and a verb
// of conditioning or insisting («ولم تعد الولايات المتحدة تشترط رحيل الأسد»): the condition given up; someone's
// backers as the subject of a reported clause («إن داعمي المعارضة يسعون إلى …»): no party, and not the speaker; the
// object of a verb whose subject is named or a pronoun, a verb joined by «و» after it («تدعم موسكو دمشق وترفض …»): the
// joined verb is the subject's; neither … nor with a verb of conditioning or accepting after «ولا»; «بدلاً من», what is
// not wanted; Iran named past her exclusion after a fronted purpose («اشترط … لحضور المؤتمر استبعاد إيران»); a plan
// named by its owner's adjective as the subject of a verb of position («وتطالب الخطة الفرنسية بتنحي الأسد»); a verb
// whose root opens on «و» («وافقت») read as no conjunction; «يتعين», «ينبغي» before what must be done before going;
// Assad's own words relayed («عن الأسد قوله إنه …»); a bare «ذلك» rejected in a sentence opening on «لكن», Iran's
// taking part closing the one before; a refusal then described, one judgement; his fall («سقوط») judged a disaster or
// said to bring terrorism; the inviter named before «دعا» («وكان بان كي مون قد دعا إيران إلى مونترو»); condemning
// («دان», «شجب»); «أمر لا غنى عنه»; forecasts («تشير التوقعات»); «لم يعد له مكان»; no solution or peace with him,
// bare («لا سلام في سوريا مع الأسد»); the withdrawal of her invitation angering a party.
import { caseTable, type Case } from "./case-table";

const T = "جنيف 2: مواقف\n\n";

const CASES: Case[] = [
  {
    why: "«لا نرفض المؤتمر بل نرفض الشروط المسبقة»: the rejection after «بل» is read alone, not turned by the «لا» before it",
    text: `${T}وقال وزير الخارجية السوري: نحن لا نرفض المؤتمر بل نرفض الشروط المسبقة.`,
    expected: ["syrian_government geneva2_preconditions unconditional"],
  },
  {
    why: "«لا يريد بقاء الأسد بل يريد رحيله»: the negation before «بل» does not turn his going after it",
    text: `${T}وقال رئيس الائتلاف إن الائتلاف لا يريد بقاء الأسد بل يريد رحيله.`,
    expected: ["national_coalition assad_role must_go"],
  },
  {
    why: "«لم تكتف بالمقاطعة بل وضعت شروطاً»: the conditions after «بل» are set, not refused",
    text: `${T}وقال وزير الخارجية السوري إن المعارضة لم تكتف بالمقاطعة بل وضعت شروطا مسبقة على المؤتمر.`,
    expected: ["syrian_opposition geneva2_preconditions conditional"],
  },
  {
    why: "«لم يكتف بالمطالبة برحيل الأسد بل …»: not only … but — what he was not content with still stands",
    text: `${T}وقال رئيس الائتلاف إن الائتلاف لم يكتف بالمطالبة برحيل الأسد بل وضع شروطا مسبقة للمشاركة في جنيف.`,
    expected: ["national_coalition assad_role must_go", "national_coalition geneva2_preconditions conditional"],
  },
  {
    why: "«لم تكتف بالرفض بل وضعت شروطاً على مشاركة إيران»: the one setting them, past “not only”, sets conditions on her",
    text: `${T}وقالت مصادر إن الرياض لم تكتف بالرفض بل وضعت شروطا على مشاركة إيران في المؤتمر.`,
    expected: ["saudi_arabia iran_participation conditional"],
  },
  {
    why: "guard: a negation in the same clause, no «بل» between, still turns («لا يريد رحيل الأسد»)",
    text: `${T}وقال وزير الخارجية الروسي إن بلاده لا تريد رحيل الأسد.`,
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "guard: «قبل» holds the letters of «بل» but is no «بل»: the negation before it still turns the refusal",
    text: `${T}وقال وزير الخارجية الإيراني إن بلاده لن تقبل أي شروط مسبقة قبل المؤتمر.`,
    expected: ["iran geneva2_preconditions unconditional"],
  },
  {
    why: "a position on her taking part named by «موقف» and its owner, criticised: the owner opposes, the critic supports",
    text: `${T}وانتقد وزير الخارجية الروسي موقف واشنطن الرافض لمشاركة إيران في المؤتمر.`,
    expected: ["russia iran_participation support", "usa iran_participation oppose"],
  },
  {
    why: "regretting it («أعرب عن أسفه لموقف نظيره الأمريكي الرافض …») is judging it: the counterpart opposes, the speaker supports",
    text: `${T}وأعرب وزير الخارجية الروسي عن أسفه لموقف نظيره الأمريكي الرافض لمشاركة إيران.`,
    expected: ["russia iran_participation support", "usa iran_participation oppose"],
  },
  {
    why: "the owner by a nationality adjective («الموقف السعودي المعارض لحضور إيران»), criticised",
    text: `${T}وانتقد وزير الخارجية الإيراني الموقف السعودي المعارض لحضور إيران.`,
    expected: ["iran iran_participation support", "saudi_arabia iran_participation oppose"],
  },
  {
    why: "a position welcomed («رحب بموقف موسكو الداعي إلى مشاركة إيران»): owner and welcomer both support",
    text: `${T}ورحب وزير الخارجية الإيراني بموقف موسكو الداعي إلى مشاركة إيران في المؤتمر.`,
    expected: ["iran iran_participation support", "russia iran_participation support"],
  },
  {
    why: "guard: a position of one the lexicon does not know («موقف بعض الدول الرافض …») is no one's; the critic's stands",
    text: `${T}وانتقد وزير الخارجية الروسي موقف بعض الدول الرافض لمشاركة إيران في المؤتمر.`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "the accuser's title before his name («اتهم نائب وزير الخارجية الروسي …»): the accused after the name sets them",
    text: `${T}واتهم نائب وزير الخارجية الروسي ميخائيل بوغدانوف الائتلاف بوضع شروط مسبقة على المشاركة في المؤتمر.`,
    expected: ["national_coalition geneva2_preconditions conditional"],
  },
  {
    why: "the accuser's title, his country, a qualifier and his name («اتهم مندوب سوريا لدى الأمم المتحدة بشار الجعفري الائتلاف …»)",
    text: `${T}واتهم مندوب سوريا لدى الأمم المتحدة بشار الجعفري الائتلاف بوضع شروط مسبقة على المفاوضات.`,
    expected: ["national_coalition geneva2_preconditions conditional"],
  },
  {
    why: "the accuser named by his title and party, the accused right after («اتهم رئيس الائتلاف روسيا بوضع شروط»)",
    text: `${T}واتهم رئيس الائتلاف روسيا بوضع شروط مسبقة على المفاوضات.`,
    expected: ["russia geneva2_preconditions conditional"],
  },
  {
    why: "conditions the accused is charged with but the accuser's predicate judges («… تهدف إلى إفشال جنيف») are his rejection",
    text: `${T}واتهم بشار الجعفري السعودية بأنها "تملي على وفد الرياض شروطا مسبقة تهدف إلى إفشال جنيف".`,
    expected: ["syrian_government geneva2_preconditions unconditional"],
  },
  {
    why: "guard: charged with setting conditions and no judgement after («بأنها تملي … شروطاً مسبقة»), the accused holds them",
    text: `${T}واتهم بشار الجعفري السعودية بأنها "تملي على وفد الرياض شروطا مسبقة" قبل المفاوضات.`,
    expected: ["saudi_arabia geneva2_preconditions conditional"],
  },
  {
    why: "hearsay the speaker then endorses in his own clause («…، ونحن نؤيد ذلك») is his own position too",
    text: `${T}وقال وزير الخارجية الروسي: يقال إن لا حل دون مشاركة إيران، ونحن نؤيد ذلك.`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "so with «…، وهذا ما نؤمن به»",
    text: `${T}وقال وزير الخارجية الفرنسي: نسمع كثيرا أن الأسد يجب أن يرحل، وهذا ما نؤمن به.`,
    expected: ["france assad_role must_go"],
  },
  {
    why: "guard: hearsay the speaker then doubts («…، لكننا لا نرى ذلك») stays no one's",
    text: `${T}وقال وزير الخارجية الروسي: يقال إن لا حل دون مشاركة إيران، لكننا لا نرى ذلك.`,
    expected: [],
  },
  {
    why: "«لم تعد» with its subject between («ولم تعد الولايات المتحدة تشترط رحيل الأسد») gives the condition up: he may stay",
    text: `${T}ولم تعد الولايات المتحدة تشترط رحيل الأسد قبل بدء المفاوضات.`,
    expected: ["usa assad_role may_stay"],
  },
  {
    why: "so with a one-word subject («ولم تعد واشنطن تشترط رحيل الأسد للمشاركة»): no condition set",
    text: `${T}ولم تعد واشنطن تشترط رحيل الأسد للمشاركة في المفاوضات.`,
    expected: ["usa assad_role may_stay"],
  },
  {
    why: "the plural no longer conditioning («الأمريكيون لم يعودوا يشترطون رحيل الأسد») gives it up too",
    text: `${T}وقال وزير الخارجية الروسي إن الأمريكيين لم يعودوا يشترطون رحيل الأسد قبل المفاوضات.`,
    expected: ["usa assad_role may_stay"],
  },
  {
    why: "guard: a denial is no «لم تعد» («ينفي تصريحات …: المملكة لم تشترط غياب إيران») and states nothing",
    text: `${T}مصدر مسؤول ينفي تصريحات غاتيلوف: المملكة لم تشترط غياب إيران عن جنيف 2`,
    expected: [],
  },
  {
    why: "someone's backers as the reported clause's subject («إن داعمي المعارضة يسعون إلى فرض رحيل الرئيس») are no party: not the speaker's",
    text: `${T}وقالت الخارجية السورية إن داعمي المعارضة يسعون إلى فرض رحيل الرئيس.`,
    expected: [],
  },
  {
    why: "so past «بل» («إن داعميه لا يريدون حلا سياسيا بل يسعون إلى فرض رحيل الرئيس»)",
    text: `${T}وقال وزير الخارجية السوري إن الائتلاف لا يملك قراره، وإن داعميه لا يريدون حلا سياسيا بل يسعون إلى فرض رحيل الرئيس.`,
    expected: [],
  },
  {
    why: "the object of a verb with its subject named after it («تدعم موسكو دمشق وترفض …») holds nothing the joined verb says",
    text: `${T}وتدعم موسكو دمشق وترفض اشتراط رحيل الأسد.`,
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "so with the subject named before the verb («إن واشنطن تدعم المعارضة وتريد رحيل الأسد»)",
    text: `${T}وقال وزير الخارجية السوري إن واشنطن تدعم المعارضة وتريد رحيل الأسد.`,
    expected: ["usa assad_role must_go"],
  },
  {
    why: "so with the subject a pronoun after «أن» («أكدت فرنسا أنها ترفض إيران في المؤتمر وتطالب برحيل الأسد»)",
    text: `${T}وأكدت فرنسا أنها ترفض إيران في المؤتمر وتطالب برحيل الأسد.`,
    expected: ["france assad_role must_go"],
  },
  {
    why: "so for objects joined by «و» («تدعو الولايات المتحدة روسيا وإيران وتطالب برحيل الأسد»)",
    text: `${T}وتدعو الولايات المتحدة روسيا وإيران وتطالب برحيل الأسد.`,
    expected: ["usa assad_role must_go"],
  },
  {
    why: "guard: subjects joined by «و» before a verb in the dual («وتلتقي السعودية وقطر وتطالبان …») both hold it",
    text: `${T}وتلتقي السعودية وقطر وتطالبان برحيل الأسد.`,
    expected: ["qatar assad_role must_go", "saudi_arabia assad_role must_go"],
  },
  {
    why: "guard: the accused after an accuser of several words («تتهم أوساط رسمية سورية الرياض بأنها تشترط …») holds it",
    text: `${T}وفي دمشق، تتهم أوساط رسمية سورية الرياض بأنها تشترط رحيل الرئيس الأسد كي تسمح للائتلاف بالذهاب إلى جنيف.`,
    expected: ["saudi_arabia assad_role must_go", "saudi_arabia geneva2_preconditions conditional"],
  },
  {
    why: "neither … nor («لا يعارض الحل السياسي ولا يشترط رحيل الأسد»): the first clause's negation and rejection stay in it",
    text: `${T}وقال رئيس الائتلاف إن الائتلاف لا يعارض الحل السياسي ولا يشترط رحيل الأسد مسبقا.`,
    expected: ["national_coalition assad_role may_stay"],
  },
  {
    why: "so with a verb of accepting after «ولا» («… ولا تقبل فرض رحيله من الخارج»)",
    text: `${T}وقال وزير الخارجية الإيراني إن طهران لا تتدخل في الشأن السوري ولا تقبل فرض رحيل الأسد من الخارج.`,
    expected: ["iran assad_role may_stay"],
  },
  {
    why: "guard: a single «لا» before the verb of position, no «ولا» after, still turns it",
    text: `${T}وقال وزير الخارجية الروسي إن بلاده لا تريد رحيل الأسد.`,
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "«بدلاً من» names what is not wanted: inviting Iran named after it is opposed",
    text: `${T}وطالبت السعودية بإشراك المعارضة المعتدلة في المؤتمر بدلا من دعوة إيران.`,
    expected: ["saudi_arabia iran_participation oppose"],
  },
  {
    why: "so for conditions («على المعارضة أن تأتي إلى جنيف بدل أن تضع شروطاً مسبقة»): rejected",
    text: `${T}وقال نائب وزير الخارجية السوري إن على المعارضة أن تأتي إلى جنيف بدل أن تضع شروطا مسبقة.`,
    expected: ["syrian_government geneva2_preconditions unconditional"],
  },
  {
    why: "so for the demand of his going («أن يدعم الحوار بدلاً من المطالبة برحيل الأسد»): he may stay",
    text: `${T}وقال وزير الخارجية الروسي إن على الغرب أن يدعم الحوار بدلا من المطالبة برحيل الأسد.`,
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "guard: «بدلاً من ذلك،» opening the sentence turns nothing after its comma",
    text: `${T}بدلا من ذلك، تريد روسيا مشاركة إيران في المؤتمر.`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "a fronted purpose («اشترط الائتلاف لحضور المؤتمر استبعاد إيران»): her exclusion is the condition, not her attending",
    text: `${T}واشترط الائتلاف الوطني لحضور المؤتمر استبعاد إيران.`,
    expected: ["national_coalition geneva2_preconditions conditional", "national_coalition iran_participation oppose"],
  },
  {
    why: "a plan named by its owner's adjective as the subject of a verb of position («وتطالب الخطة الفرنسية بتنحي الأسد»)",
    text: `${T}وتطالب الخطة الفرنسية بتنحي الأسد قبل المرحلة الانتقالية.`,
    expected: ["france assad_role must_go"],
  },
  {
    why: "so «وتدعو المبادرة الإيرانية إلى بقاء الأسد حتى الانتخابات»",
    text: `${T}وتدعو المبادرة الإيرانية إلى بقاء الأسد حتى الانتخابات.`,
    expected: ["iran assad_role may_stay"],
  },
  {
    why: "a past verb whose root opens on «و» («فإن واشنطن وافقت على دعوة إيران») is no conjunction: the name before it is its subject",
    text: `${T}وبحسب مصدر في الخارجية الروسية، فإن واشنطن وافقت على دعوة إيران إلى المؤتمر.`,
    expected: ["usa iran_participation support"],
  },
  {
    why: "what must be done before going, with «يتعين» («إنه يتعين وقف القصف قبل الذهاب إلى جنيف»), is a condition as with «يجب»",
    text: `${T}وقال رئيس الائتلاف إنه يتعين وقف القصف قبل الذهاب إلى جنيف.`,
    expected: ["national_coalition geneva2_preconditions conditional"],
  },
  {
    why: "so with «ينبغي» («ينبغي إطلاق سراح المعتقلين قبل الذهاب إلى جنيف»)",
    text: `${T}وقال رئيس الائتلاف إنه ينبغي إطلاق سراح المعتقلين قبل الذهاب إلى جنيف.`,
    expected: ["national_coalition geneva2_preconditions conditional"],
  },
  {
    why: "Assad's own words relayed («نقلت الوكالة عن الأسد قوله إنه لن يتنحى») are his, as when he says them",
    text: `${T}ونقلت وكالة سانا عن الرئيس الأسد قوله إنه لن يتنحى عن السلطة.`,
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: "a sentence opening on «لكن» that rejects «ذلك» takes up Iran's taking part closing the sentence before",
    text: `${T}وقال وزير الخارجية الروسي إن روسيا تدعم مشاركة إيران في المؤتمر. لكن الولايات المتحدة ترفض ذلك.`,
    expected: ["russia iran_participation support", "usa iran_participation oppose"],
  },
  {
    why: "guard: with no contrast opening it, a bare «ذلك» in the next sentence takes up nothing",
    text: `${T}وقال وزير الخارجية الروسي إن روسيا تدعم مشاركة إيران في المؤتمر. وترفض الولايات المتحدة ذلك.`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "a refusal of talk of his going, then described («، واصفاً ذلك بأنه وهم»), is one judgement: he may stay",
    text: `${T}ورفض وزير الخارجية السوري أي حديث عن رحيل الرئيس الأسد، واصفا ذلك بأنه "وهم".`,
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: "so with the description joined by «و» («رفضت طهران المطالبات برحيل الأسد ووصفتها بأنها تدخل …»)",
    text: `${T}ورفضت طهران المطالبات برحيل الأسد ووصفتها بأنها تدخل في الشؤون السورية.`,
    expected: ["iran assad_role may_stay"],
  },
  {
    why: "a refusal whose cue carries its own judgement («رفض لافروف دعوات رحيل الأسد واصفاً إياها بالمطالب غير الواقعية») is the refuser's",
    text: `${T}ورفض لافروف دعوات رحيل الأسد واصفا إياها بالمطالب غير الواقعية.`,
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "his fall judged a disaster («سقوط الأسد سيكون كارثة») keeps him, as his going judged dangerous does",
    text: `${T}وقال وزير الخارجية الروسي إن سقوط الأسد سيكون كارثة.`,
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "so his removal said to bring terrorism («إسقاط الأسد سيجلب الإرهاب إلى المنطقة»)",
    text: `${T}وقال الرئيس الإيراني إن إسقاط الأسد سيجلب الإرهاب إلى المنطقة.`,
    expected: ["iran assad_role may_stay"],
  },
  {
    why: "the inviter named before the verb («وكان بان كي مون قد دعا إيران إلى مونترو») invites her",
    text: `${T}وكان الأمين العام للأمم المتحدة بان كي مون قد دعا إيران إلى مونترو.`,
    expected: ["un iran_participation support"],
  },
  {
    why: "a capital right before the verb of inviting is its subject («إن موسكو دعت إيران إلى المؤتمر»)",
    text: `${T}وقال مسؤول إيراني إن موسكو دعت إيران إلى المؤتمر.`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "guard: inviting her to something else («وكان لافروف قد دعا إيران إلى التعاون») is no invitation to the talks",
    text: `${T}وكان وزير الخارجية الروسي قد دعا إيران إلى التعاون.`,
    expected: [],
  },
  {
    why: "condemning her invitation («ودان الائتلاف دعوة إيران») rejects it, as «استنكر» does",
    text: `${T}ودان الائتلاف الوطني دعوة إيران إلى المؤتمر.`,
    expected: ["national_coalition iran_participation oppose"],
  },
  {
    why: "guard: condemning something else joined before the demand («يدين استمرار القصف ويطالب برحيل الأسد») turns nothing",
    text: `${T}وقال رئيس الائتلاف إن الائتلاف يدين استمرار القصف ويطالب برحيل الأسد.`,
    expected: ["national_coalition assad_role must_go"],
  },
  {
    why: "her taking part judged «أمر لا غنى عنه» (masculine, after «أمر») is wanted",
    text: `${T}وقال وزير الخارجية الروسي إن مشاركة إيران أمر لا غنى عنه.`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "what forecasts point to («وتشير التوقعات إلى أن روسيا ستصر …») is no one's stated position",
    text: `${T}وتشير التوقعات إلى أن روسيا ستصر على بقاء الأسد.`,
    expected: [],
  },
  {
    why: "«الأسد لم يعد له مكان في مستقبل سوريا»: no place left for him, as «لا مكان له»",
    text: `${T}وقال وزير الخارجية الفرنسي إن الأسد لم يعد له مكان في مستقبل سوريا.`,
    expected: ["france assad_role must_go"],
  },
  {
    why: "no solution with him, bare («لا حل سياسياً ممكناً مع الأسد», «لا سلام في سوريا مع الأسد»)",
    text: `${T}وقال وزير الخارجية الفرنسي إن لا سلام في سوريا مع الأسد.`,
    expected: ["france assad_role must_go"],
  },
  {
    why: "guard: no solution without talking with him («لا حل دون التفاوض مع الأسد») is no demand that he go",
    text: `${T}وقال وزير الخارجية الروسي إن لا حل دون التفاوض مع الأسد.`,
    expected: [],
  },
  {
    why: "the withdrawal of her invitation angering a party («أثار قرار بان كي مون سحب دعوة إيران غضب موسكو»): it wants her there",
    text: `${T}وأثار قرار الأمين العام للأمم المتحدة سحب دعوة إيران غضب موسكو.`,
    expected: ["russia iran_participation support", "un iran_participation oppose"],
  },
  {
    why: "guard: her invitation itself angering a party («أثارت دعوة إيران غضب الرياض») is opposed",
    text: `${T}وأثارت دعوة إيران إلى المؤتمر غضب الرياض.`,
    expected: ["saudi_arabia iran_participation oppose"],
  },
  {
    why: "praising a position named by «موقف» («أشاد الائتلاف بموقف السعودية الرافض لحضور إيران») shares it",
    text: `${T}وأشاد الائتلاف الوطني بموقف السعودية الرافض لحضور إيران.`,
    expected: ["national_coalition iran_participation oppose", "saudi_arabia iran_participation oppose"],
  },
  {
    why: "guard: no longer holding on to a condition («لم يعد يتمسك بشرط رحيل الأسد») is read as before: no position",
    text: `${T}وأوضح المتحدث أن الائتلاف لم يعد يتمسك بشرط رحيل الأسد.`,
    expected: [],
  },
  {
    why: "guard: «لم يعد يطالب برحيل الأسد فحسب بل بمحاكمته» (not only … but) still demands his going",
    text: `${T}وقال المتحدث إن الائتلاف لم يعد يطالب برحيل الأسد فحسب بل بمحاكمته.`,
    expected: ["national_coalition assad_role must_go"],
  },
  {
    why: "guard: «ليست شروطاً تعجيزية بل …» denies that they are impossible conditions; it rejects none",
    text: `${T}وقال نائب رئيس الائتلاف إن هذه ليست شروطا تعجيزية بل هي تطبيق لبيان جنيف.`,
    expected: [],
  },
  {
    why: "guard: a harm denied («لن يجلب الإرهاب», «لن يجعل سوريا ليبيا أخرى») keeps him for no one",
    text: `${T}وقال وزير الخارجية الأمريكي إن خروج الأسد من السلطة لن يجلب الإرهاب، ولن يجعل سوريا ليبيا أخرى.`,
    expected: [],
  },
  {
    why: "guard: «تدين بالولاء لـ» (owes allegiance) is no condemnation",
    text: `${T}وتدين دمشق بالولاء لطهران التي ترفض رحيل الأسد.`,
    expected: ["iran assad_role may_stay"],
  },
  {
    why: "guard: a forecast closed by a comma and «فيما أكد …» leaves the speaker's own clause his",
    text: `${T}تشير التوقعات إلى انعقاد المؤتمر الشهر المقبل، فيما أكد وزير الخارجية الروسي أن إيران يجب أن تشارك.`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "guard: no solution before or outside talking with him («لا حل قبل الحوار مع الأسد») is no demand that he go",
    text: `${T}وقال وزير الخارجية الروسي إنه لا حل قبل الحوار مع الأسد، ولا حل خارج التفاوض مع الأسد.`,
    expected: [],
  },
  {
    why: "guard: a refusal another criticises and describes («انتقد لافروف رفض السعودية أي دور للأسد، واصفاً ذلك …») is the critic's judgement",
    text: `${T}وانتقد وزير الخارجية الروسي رفض السعودية أي دور للأسد في المرحلة الانتقالية، واصفا ذلك بأنه غير واقعي.`,
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "guard: with no name after «دعت», a name after a preposition before it («بعد لقائه مع لافروف دعت إيران …») invites no one",
    text: `${T}وبعد لقائه مع وزير الخارجية الروسي دعت إيران إلى مفاوضات سورية سورية في جنيف.`,
    expected: [],
  },
  {
    why: "guard: «أنه» as the pronoun of the matter, the name after the verb its subject («أنه يرفض الائتلاف مشاركة إيران ويطالب …»)",
    text: `${T}وذكرت الصحيفة أنه يرفض الائتلاف مشاركة إيران ويطالب باستبعادها من المؤتمر.`,
    expected: ["national_coalition iran_participation oppose"],
  },
  {
    why: "guard: the withdrawal denied angering a party («أثار عدم سحب دعوة إيران غضب الرياض»): they oppose her",
    text: `${T}وأثار عدم سحب دعوة إيران غضب الرياض.`,
    expected: ["saudi_arabia iran_participation oppose"],
  },
  {
    why: "condemning his staying («إنها تدين بقاء الأسد في السلطة») rejects it",
    text: `${T}وقالت السعودية إنها تدين بقاء الأسد في السلطة.`,
    expected: ["saudi_arabia assad_role must_go"],
  },
  {
    why: "guard: a negation before «بدلاً من» («من دون شروط مسبقة بدلاً من اشتراط رحيل الأسد») does not turn it back: the conditioning is refused",
    text: `${T}ودعت بريطانيا إلى عقد المؤتمر من دون شروط مسبقة بدلا من اشتراط رحيل الأسد أولا.`,
    expected: ["uk assad_role may_stay", "uk geneva2_preconditions unconditional"],
  },
];

caseTable("kinds of the forty-fifth probe", CASES);
