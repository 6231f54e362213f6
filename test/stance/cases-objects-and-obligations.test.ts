// Rows for three kinds of general news Arabic: a verb joined by «و» after a verb, its subject and its object (VSO)
// goes on from the subject, not from the object named nearer to it («انتقد الائتلاف روسيا ورحب بـ…», «استقبل لافروف
// المعلم وأكد …»); a word of criticism or rejection does not reach past a finite verb of position joined after it
// («انتقدت السعودية إيران ورفضت مشاركتها»); and an obligation on another party with the verbal noun right after it
// («إن على الأمم المتحدة استبعاد إيران») is the speaker's demand, the one obliged holding nothing. Then the kinds the
// thirty-fourth probe's rounds r241, r243, r245 and r247 showed: acceptance refused, a removal the outcome and not a
// condition, comments declined, «، لكنه» after a comma, reports denied, a second headline clause, a call with its
// owner's pronoun, the objects of a statement's or a gathering's verb, Iran's seat judged, whoever bets on a
// settlement without him, an aside between the speaker and «إن», a negotiator «في» a delegation.
import { caseTable, type Case } from "./case-table";

const T = "جنيف 2: مواقف\n\n";

const CASES: Case[] = [
  {
    why: "a welcome joined after criticising a party: the critic's, not the criticised one's",
    text: `${T}انتقد الائتلاف الوطني السوري روسيا ورحب بقرار بان كي مون سحب الدعوة الموجهة إلى إيران.`,
    expected: ["national_coalition iran_participation oppose", "un iran_participation oppose"],
  },
  {
    why: "a demand joined after attacking a party: the attacker's",
    text: `${T}هاجم الائتلاف موسكو وطالب برحيل الأسد قبل أي مفاوضات.`,
    expected: ["national_coalition assad_role must_go", "national_coalition geneva2_preconditions conditional"],
  },
  {
    why: "a saying joined after receiving a visitor: the host's",
    text: `${T}استقبل لافروف المعلم وأكد أن رحيل الأسد ليس شرطا.`,
    expected: ["russia assad_role may_stay", "russia geneva2_preconditions unconditional"],
  },
  {
    why: "a saying joined after meeting a counterpart named by his title: the one who met him",
    text: `${T}التقى كيري نظيره الروسي لافروف وأكد ضرورة رحيل الأسد.`,
    expected: ["usa assad_role must_go"],
  },
  {
    why: "a demand after urging a party, its subject named after the verb: still the subject's",
    text: `${T}حثت واشنطن موسكو على الضغط على دمشق، وطالبت برحيل الأسد.`,
    expected: ["usa assad_role must_go"],
  },
  {
    why: "two parties joined by «و» after the verb are both its subject, neither an object",
    text: `${T}انتقدت فرنسا وبريطانيا سحب الدعوة وطالبتا بمشاركة إيران.`,
    expected: ["france iran_participation support", "uk iran_participation support"],
  },
  {
    why: "criticising Iran, then rejecting her taking part: the rejection stands",
    text: `${T}وانتقدت السعودية إيران ورفضت مشاركتها في المؤتمر.`,
    expected: ["saudi_arabia iran_participation oppose"],
  },
  {
    why: "criticising Iran, then rejecting her taking part named again: the rejection stands",
    text: `${T}وانتقدت السعودية إيران ورفضت مشاركة إيران في المؤتمر.`,
    expected: ["saudi_arabia iran_participation oppose"],
  },
  {
    why: "criticising Iran, then backing her taking part: the backing stands",
    text: `${T}وانتقدت السعودية إيران وأيدت مشاركتها في المؤتمر.`,
    expected: ["saudi_arabia iran_participation support"],
  },
  {
    why: "criticising the withdrawal itself still wants her there",
    text: `${T}انتقد وزير الإعلام السوري عمران الزعبي سحب الدعوة الموجهة إلى إيران.`,
    expected: ["syrian_government iran_participation support"],
  },
  {
    why: "an obligation on the UN with the verbal noun right after it: the speaker's demand",
    text: `${T}وقالت الرياض إن على الأمم المتحدة استبعاد إيران من المؤتمر.`,
    expected: ["saudi_arabia iran_participation oppose"],
  },
  {
    why: "the UN obliged to keep her out holds nothing; the speaker does",
    text: `${T}وقالت الرياض إن على الأمم المتحدة منع إيران من المشاركة في المؤتمر.`,
    expected: ["saudi_arabia iran_participation oppose"],
  },
  {
    why: "an obligation on the world with the verbal noun after it",
    text: `${T}وقال الائتلاف إن على المجتمع الدولي فرض رحيل الأسد.`,
    expected: ["national_coalition assad_role must_go"],
  },
  {
    why: "«على الرغم من» is despite, no obligation",
    text: `${T}وقالت الرياض إن على الرغم من استبعاد إيران فإن المؤتمر سيعقد.`,
    expected: [],
  },
  {
    why: "«ألا» after the one obliged: the obligation with its verb, held by the one who says it",
    text: `${T}ويرى مسؤولون بريطانيون أن على الائتلاف ألا يربط حضوره بأي شرط مسبق.`,
    expected: ["uk geneva2_preconditions unconditional"],
  },
  {
    why: "acceptance refused of a solution without him keeps him",
    text: `${T}وقالت طهران إنها لن تقبل بأي حل يستبعد الأسد.`,
    expected: ["iran assad_role may_stay"],
  },
  {
    why: "agreement refused to a settlement excluding him keeps him",
    text: `${T}وقالت طهران إنها لن توافق على أي تسوية تقصي الأسد.`,
    expected: ["iran assad_role may_stay"],
  },
  {
    why: "agreement refused to any precondition rejects preconditions",
    text: `${T}وقال لافروف إن روسيا لن توافق على أي شرط مسبق لعقد المؤتمر.`,
    expected: ["russia geneva2_preconditions unconditional"],
  },
  {
    why: "his going the outcome of the talks, not a condition, inside a quotation",
    text: `${T}وأكد عبد العظيم أن رحيل الأسد "يجب أن يكون نتيجة للعملية التفاوضية وليس شرطاً لبدئها".`,
    expected: ["ncb assad_role may_stay"],
  },
  {
    why: "not commenting on the withdrawal holds nothing",
    text: `${T}وأعلنت الخارجية السورية أسماء الوفد، دون أن تعلق على قرار سحب الدعوة الإيرانية.`,
    expected: [],
  },
  {
    why: "«، لكنه شدد» after a comma: the one speaking before, not a name in his first clause",
    text: `${T}وقال لافروف إن روسيا مستعدة للحوار مع ممثلي النظام، لكنه شدد على أن ذلك مشروط "بإجراءات لبناء الثقة تسبق أي تفاوض".`,
    expected: ["russia geneva2_preconditions conditional"],
  },
  {
    why: "attempts to set conditions, «كالإصرار على» his going: the instance is rejected",
    text: `${T}وأضاف لافروف أن «محاولات وضع شروط مسبقة، كالإصرار على رحيل الرئيس الأسد مع بداية المرحلة الانتقالية، تتعارض مع تفاهمات فيينا».`,
    expected: ["russia assad_role may_stay", "russia geneva2_preconditions unconditional"],
  },
  {
    why: "reports denied, «تقارير صحفية نسبت إلى …»: nothing held",
    text: `${T}ونفى المتحدث باسم الخارجية الأمريكية تقارير صحفية نسبت إلى مسؤولين أمريكيين القول إن الإدارة "لم تعد تشترط رحيل الأسد".`,
    expected: [],
  },
  {
    why: "what papers reported, denied in the main clause after it: nothing held",
    text: `${T}وفيما نقلت صحف غربية أن الكرملين طلب من الأسد التنحي، سارع بيسكوف إلى نفي الخبر.`,
    expected: [],
  },
  {
    why: "a call with its owner's pronoun for her taking part",
    text: `${T}وجددت موسكو دعوتها إلى إشراك طهران في جنيف 2.`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "that call rejected",
    text: `${T}ورفضت الرياض دعوتها إلى مشاركة طهران.`,
    expected: ["saudi_arabia iran_participation oppose"],
  },
  {
    why: "a statement's verb has the party after it for its object; the joined verb is not that party's",
    text: `${T}وطالب البيان الحكومة السورية بتنفيذ إجراءات لبناء الثقة، واعتبر هذه الإجراءات شرطا لبدء العملية التفاوضية.`,
    expected: [],
  },
  {
    why: "those gathered call on a party: the party holds nothing",
    text: `${T}ودعا المجتمعون روسيا إلى الضغط على الأسد وطالبوا برحيله.`,
    expected: [],
  },
  {
    why: "a threat to withdraw unless Iran's invitation goes, Iran's seat judged after it: still a condition",
    text: `${T}الائتلاف الوطني السوري هدد بسحب مشاركته من المؤتمر ما لم تسحب الدعوة الموجهة إلى إيران، معتبرا أن جلوس طهران إلى الطاولة «مكافأة لمن يقتل السوريين».`,
    expected: ["national_coalition geneva2_preconditions conditional", "national_coalition iran_participation oppose"],
  },
  {
    why: "what Iran must do if she wants a role in the conference: her taking part on a condition",
    text: `${T}وقالت بساكي إن على إيران، إن أرادت دورا في المؤتمر، أن تقبل ببيان جنيف الأول.`,
    expected: ["usa iran_participation conditional"],
  },
  {
    why: "whoever bets on a settlement without him is deluded: the speaker keeps him",
    text: `${T}وقال نصر الله إن من يراهن على تسوية تقصي الرئيس بشار الأسد واهم.`,
    expected: ["hezbollah assad_role may_stay"],
  },
  {
    why: "one named in an aside between the speaker and the «إن» of what he says holds nothing",
    text: `${T}وقال وزير الخارجية السوري وليد المعلم، في كلمة دفعت الأمين العام بان كي مون الى مقاطعته، إن موقع الرئاسة "ليس مطروحاً للنقاش".`,
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: "the chief negotiator «في» a delegation speaks for it",
    text: `${T}وكان كبير المفاوضين في وفد الهيئة العليا للمفاوضات محمد علوش قد قال إن المرحلة الانتقالية "تبدأ برحيل الأسد".`,
    expected: ["hnc assad_role must_go"],
  },
  {
    why: "the one urged named again in apposition, then «على»: the urger holds it",
    text: `${T}وذكرت مصادر أن وزير الخارجية الأمريكي جون كيري، حث المنسق العام للهيئة، رياض حجاب، على المشاركة في المحادثات "دون شروط مسبقة".`,
    expected: ["usa geneva2_preconditions unconditional"],
  },
  {
    why: "«بيان الرياض» is a statement named by the city it was issued in, not the Saudi state's",
    text: `${T}وقال الجربا إن بيان الرياض نص على أن يغادر بشار الأسد السلطة مع بداية المرحلة الانتقالية.`,
    expected: ["national_coalition assad_role must_go"],
  },
  {
    why: "his going by its pronoun cannot be a condition: he may stay",
    text: `${T}وعن الأسد قالت موسكو إن رحيله لا يمكن أن يكون شرطا لأي عملية سياسية.`,
    expected: ["russia assad_role may_stay", "russia geneva2_preconditions unconditional"],
  },
  {
    why: "no part in a conference where another party is given a seat: a condition on the talks",
    text: `${T}وقال داود أوغلو إن تركيا لن تشارك في مؤتمر يحضره حزب الاتحاد الديمقراطي. وأكد أن رحيل الأسد ضروري.`,
    expected: ["turkey assad_role must_go", "turkey geneva2_preconditions conditional"],
  },
  {
    why: "those who set preconditions, unnamed, judged: the speaker rejects preconditions",
    text: `${T}وقال عبد اللهيان إن الذين يضعون شروطا مسبقة لا يريدون الحل.`,
    expected: ["iran geneva2_preconditions unconditional"],
  },
  {
    why: "the states that set preconditions, judged: the speaker rejects preconditions",
    text: `${T}وقال عبد اللهيان إن الدول التي تضع شروطا مسبقة لا تريد حلا.`,
    expected: ["iran geneva2_preconditions unconditional"],
  },
  {
    why: "the states that set preconditions, only described: no one named holds anything",
    text: `${T}وقال عبد اللهيان إن الدول التي تضع شروطا مسبقة تدعم الإرهاب.`,
    expected: [],
  },
  {
    why: "«أصرت» in the past is a word of position: its subject holds the insistence, past an adverb of time",
    text: `${T}وكانت موسكو قد أصرت منذ التحضير لمؤتمر جنيف-2 أواخر 2013 على ضرورة مشاركة طهران.`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "two options before him, both his going: he must go",
    text: `${T}وقال الجبير إن الأسد أمامه خياران: إما أن يرحل أو أن يزاح بالقوة.`,
    expected: ["saudi_arabia assad_role must_go"],
  },
  {
    why: "«النظام ورأسه» names him with his regime",
    text: `${T}وقال الجربا إن النظام ورأسه لا مكان لهما في مستقبل سوريا.`,
    expected: ["national_coalition assad_role must_go"],
  },
  {
    why: "a deadline given to the UN: the one who gives it holds the demand, not the one given it",
    text: `${T}وجاء التراجع بعد إنذار وجهه الائتلاف، إذ أمهل المنظمة الدولية حتى السابعة مساء بتوقيت غرينتش لسحب الدعوة الموجهة إلى إيران.`,
    expected: ["national_coalition iran_participation oppose"],
  },
  {
    why: "«الهيئة التنفيذية في حركة …» is that movement's body, not the negotiating body named before",
    text: `${T}اختارت الهيئة العليا للمفاوضات رياض حجاب منسقا عاما لها. وقال عضو الهيئة التنفيذية في حركة المجتمع الديمقراطي ألدار خليل إن "الأسد لا مكان له في سوريا الديمقراطية".`,
    expected: ["kurdish_groups assad_role must_go"],
  },
];

caseTable(
  "objects of a verb before a joined one, criticism closed by a joined verb, obligations on another; the thirty-fourth probe",
  CASES,
);
