// Kinds mended in the thirty-eighth probe: a refusal of Iran named as the subject and judged right after it («إن رفض
// مشاركة إيران خطأ») is a refusal rejected; a former office in a comma aside after a person's name speaks for no state;
// the verbal noun of describing («نقلت عن لافروف وصفه القرار بأنه خطأ»); the one an interview's introduction has speak
// is the one interviewed, not one he names; a conference without her judged meaningless «إذا غابت عنه إيران»; «بعض
// شركائنا» are parties left unnamed; «، ونحن نرفض ذلك» rejects what the clause before reports; a demand listed among
// the conditions rejected («، بما فيها المطالبة برحيل الأسد»); a table she sits at refused unless she meets terms; two
// men of one surname; those gathered before their verb; accepting her refused («لا يقبل بإيران على الطاولة»).
import { caseTable, type Case } from "./case-table";

const T = "جنيف 2: مواقف\n\n";

const CASES: Case[] = [
  {
    why: "«إن رفض مشاركة إيران خطأ كبير»: the refusal is the subject, judged wrong: the speaker wants her there",
    text: `${T}وقال نائب وزير الخارجية الروسي إن رفض حضور طهران في المؤتمر خطأ كبير.`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "judged unacceptable with a noun between («أمر غير مقبول»): the same",
    text: `${T}واعتبر المتحدث باسم حزب الله أن رفض مشاركة إيران أمر غير مقبول.`,
    expected: ["hezbollah iran_participation support"],
  },
  {
    why: "guard: a refusal called a steady position is the speaker's own refusal",
    text: `${T}وأكد رئيس الائتلاف أن رفض مشاركة إيران موقف ثابت لا رجعة عنه.`,
    expected: ["national_coalition iran_participation oppose"],
  },
  {
    why: "guard: a refusal with its agent after it stays the agent's, whatever the speaker calls it",
    text: `${T}وقال الوزير الإيراني إن رفض الرياض حضور إيران خطأ.`,
    expected: ["saudi_arabia iran_participation oppose"],
  },
  {
    why: "a former ambassador in a comma aside after his name speaks for no state",
    text: `${T}وقال جيمس جيفري، السفير الأمريكي السابق في بغداد، إن الأسد يجب أن يرحل قبل أي تسوية.`,
    expected: [],
  },
  {
    why: "guard: a present office in the aside keeps his state",
    text: `${T}وقال روبرت فورد، السفير الأمريكي لدى سوريا، إن الأسد يجب أن يرحل.`,
    expected: ["usa assad_role must_go"],
  },
  {
    why: "guard: a former post joined by «و» to a present office keeps his state",
    text: `${T}وقال غاتيلوف، نائب وزير الخارجية والمندوب السابق لدى الأمم المتحدة، إن على المعارضة الحضور دون شروط مسبقة.`,
    expected: ["russia geneva2_preconditions unconditional"],
  },
  {
    why: "the verbal noun of describing with its agent's pronoun judges the withdrawal, not her invitation",
    text: `${T}وكان الأمين العام للأمم المتحدة قد سحب الدعوة التي وجهها إلى إيران. ونقلت وكالة "إنترفاكس" عن نائب وزير الخارجية الروسي غينادي غاتيلوف وصفه قرار سحب الدعوة بأنه "خطأ فادح".`,
    expected: ["russia iran_participation support", "un iran_participation oppose", "un iran_participation support"],
  },
  {
    why: "an outlet's name in quotation marks between «نقلت» and «عن» leaves the one quoted the speaker",
    text: `${T}ونقلت وكالة "رويترز" عن وزير الخارجية الروسي أن الرئيس الأسد باق في منصبه.`,
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "an interview's answer is the one interviewed's, not the one his introduction names in his words",
    text: `حوار\n\nأكد المنسق العام للهيئة العليا للمفاوضات رياض حجاب في حوار مع «الشرق» أن «لا دور لبشار الأسد في المستقبل». وفيما يلي نص الحوار:\n\n* هل تقبلون بحكومة وحدة وطنية مع النظام؟\n- لا نقبل بأي حكومة يبقى فيها الأسد، ولن نذهب إلى جنيف ما لم تتوقف الغارات.`,
    expected: ["hnc assad_role must_go", "hnc geneva2_preconditions conditional"],
  },
  {
    why: "a conference judged meaningless «إذا غابت عنه إيران» wants her there",
    text: `${T}وقال نائب وزير الخارجية الروسي: «لا معنى لأي مؤتمر حول سوريا إذا غابت عنه إيران».`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "«بعض شركائنا» are parties left unnamed: what they want is not the speaker's",
    text: `${T}وقال وزير الخارجية الروسي إن بعض شركائنا الغربيين ما زالوا يطالبون برحيل الرئيس الأسد.`,
    expected: [],
  },
  {
    why: "«، ونحن نرفض ذلك» after what others want rejects it in the speaker's words",
    text: `${T}وقال نائب وزير الخارجية الإيراني إن بعض الدول تصر على رحيل الأسد قبل المفاوضات، ونحن نرفض ذلك.`,
    expected: ["iran assad_role may_stay"],
  },
  {
    why: "a demand listed among the conditions rejected («، بما فيها المطالبة برحيل الأسد») is rejected too",
    text: `${T}وأكد المتحدث باسم الخارجية الروسية أن موسكو ترفض أي شروط مسبقة للمفاوضات، بما فيها المطالبة برحيل الأسد.`,
    expected: ["russia assad_role may_stay", "russia geneva2_preconditions unconditional"],
  },
  {
    why: "a table she sits at refused unless she meets terms is her taking part on them, not her exclusion",
    text: `${T}وقال رئيس الائتلاف إن المعارضة لن تجلس إلى طاولة تجلس إليها إيران ما لم تسحب مقاتليها من سوريا.`,
    expected: ["national_coalition geneva2_preconditions conditional", "national_coalition iran_participation conditional"],
  },
  {
    why: "a surname two men bear is the one named in full last before it (the opposition's general)",
    text: `${T}قال رئيس الوفد المفاوض أسعد الزعبي إن الوفد جاهز. وأضاف الزعبي أن الأسد يجب أن يرحل.`,
    expected: ["hnc assad_role must_go"],
  },
  {
    why: "and the government's minister, named in full before it",
    text: `${T}قال وزير الإعلام السوري عمران الزعبي إن دمشق جاهزة. وأضاف الزعبي أن الرئيس الأسد باق.`,
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: "those gathered opening the sentence before their verb, «كان … قد» and an aside between, are the gathering's body",
    text: `${T}اختتم مؤتمر المعارضة السورية أعماله في القاهرة. وكان المجتمعون، وهم نحو مئتي شخصية، قد أكدوا أن الأسد يجب أن يرحل.`,
    expected: ["syrian_opposition assad_role must_go"],
  },
  {
    why: "accepting her at the table refused («لا يقبل بإيران على الطاولة») opposes her taking part",
    text: `${T}وقال عضو الهيئة السياسية في الائتلاف إن الائتلاف لا يقبل بإيران على الطاولة.`,
    expected: ["national_coalition iran_participation oppose"],
  },
  {
    why: "«سئل X عن Y فأجاب»: the one asked answers, not the one asked about",
    text: `${T}وسئل وزير الخارجية الروسي عن إيران فأجاب: «الرئيس الأسد باق ولا أحد يستطيع فرض رحيله».`,
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "asked in a clause of time, the one asked answers after the comma",
    text: `${T}وحين سئل وزير الخارجية السعودي عن الأسد، قال إن على إيران أن تسحب قواتها قبل أي مشاركة في المؤتمر.`,
    expected: ["saudi_arabia iran_participation conditional"],
  },
  {
    why: "a refusal to go into something else after her role is named rejects nothing of hers",
    text: `${T}وتحدث المنسق العام لهيئة التنسيق عن مصير الرئيس والدور الإيراني، ورفض الخوض في الخلافات الداخلية.`,
    expected: [],
  },
  {
    why: "demands said not to become preconditions set none: the speaker rejects preconditions",
    text: `${T}وقال المبعوث الدولي إن المطالب الإنسانية «حقوق مشروعة، ولا يجوز أن تتحول إلى شروط مسبقة للمفاوضات».`,
    expected: ["un geneva2_preconditions unconditional"],
  },
  {
    why: "pressing hard for her coming wants her there",
    text: `${T}وقال الوزير التركي إن موسكو تضغط بقوة لحضور إيران.`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "review guard: not pressing for her coming is no stance on it",
    text: `${T}ولم تضغط واشنطن لحضور إيران، بحسب مسؤول أمريكي.`,
    expected: [],
  },
  {
    why: "«لا معنى لجنيف إذا غابت عنه إيران» names the talks by their city",
    text: `${T}وقال الأمين العام لحزب الله: «لا معنى لجنيف 2 إذا غابت عنه إيران».`,
    expected: ["hezbollah iran_participation support"],
  },
  {
    why: "the presidency «ليس موضوعاً للحوار» keeps him; Syria's envoy, «مندوب سوريا», speaks for the government on Assad too",
    text: `${T}وقال مندوب سوريا الدائم لدى الأمم المتحدة إن منصب الرئيس ليس موضوعاً للحوار، وإن مندوب سوريا لا يتحدث إلا باسم دولته.`,
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: "his going said not to become a precondition («لا ينبغي أن يصبح شرطاً مسبقاً») is no condition and keeps him",
    text: `${T}وقال نائب وزير الخارجية الروسي إن رحيل الأسد لا ينبغي أن يصبح شرطاً مسبقاً للمفاوضات.`,
    expected: ["russia assad_role may_stay", "russia geneva2_preconditions unconditional"],
  },
  {
    why: "conditions called unacceptable with their owner named between («شروط الهيئة غير مقبولة»)",
    text: `${T}واعتبر نائب وزير الخارجية السوري أن شروط الهيئة تعجيزية.`,
    expected: ["syrian_government geneva2_preconditions unconditional"],
  },
  {
    why: "Iran wanted as «مشاركاً كاملاً» in the meeting",
    text: `${T}وقال وزير الخارجية الروسي إن موسكو تصر على أن تكون طهران مشاركاً كاملاً في الاجتماع.`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "review guard: a former post joined by «و» to a present office after it keeps his state",
    text: `${T}وقال علي أكبر ولايتي، وزير الخارجية الإيراني الأسبق ومستشار المرشد الأعلى، إن إيران يجب أن تشارك في المؤتمر.`,
    expected: ["iran iran_participation support"],
  },
  {
    why: "review guard: the speaker agreeing with unnamed partners («ونحن معهم في ذلك») holds what they want too",
    text: `${T}وقال وزير الخارجية الروسي إن "بعض شركائنا يريدون مشاركة إيران، ونحن معهم في ذلك".`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "review guard: the interviewee is the first one speaking in the introduction, not one he criticises after",
    text: `حوار\n\nوأكد المنسق العام للهيئة العليا للمفاوضات رياض حجاب في حوار مع «الشرق» أن "لا مكان للأسد"، وانتقد مواقف لافروف. وهنا نص الحوار:\n\n* وماذا عن إيران؟\n- إيران شريك في قتل السوريين ولا مكان لها على الطاولة.`,
    expected: ["hnc assad_role must_go", "hnc iran_participation oppose"],
  },
  {
    why: "review guard: «العميد الزعبي» is the opposition's general, not the minister",
    text: `${T}وقال العميد الزعبي إن الوفد لن يعود إلى جنيف ما لم يتوقف القصف.`,
    expected: ["hnc geneva2_preconditions conditional"],
  },
];

caseTable("The thirty-eighth probe's kinds: refusals judged, former officials in an aside", CASES);
