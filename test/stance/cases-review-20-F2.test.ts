// Kinds found by the probe rounds among the positions given to the wrong party or to none: a party that shares the
// view just stated («والمبعوث الأممي يشاركنا هذا الرأي», «في موقف تشاركه فيه الرياض», «وكذلك الأصدقاء الروس», «وردد
// … الكلام ذاته», «تشاركنا الرأي في أن …»), the same line taken after a position whose clause runs long to the end of
// its sentence, and a relative clause of saying longer than six words, set off by an apposition or opened by a
// quotation mark («موسكو التي لا تكف عن تكرار أن …», «طهران، الحليفة الأقرب، التي …», «الأمريكيين "الذين …"»), and a
// subject set off from its predicate by a relative clause between commas («أن وفد الهيئة، الذي …، "يشترط …"»).
// Each row written for this table, not taken from the seeds, the development corpus or the probe's articles.
import { caseTable, type Case } from "./case-table";

/** A headline, so that the sentence under test is read as a body sentence. */
const HEAD = "مؤتمر جنيف 2 حول سوريا\n";
/** A closing body sentence with no stance. */
const TAIL = "\nوتتواصل التحضيرات لعقد المؤتمر في موعده.\n";

const CASES: Case[] = [
  // A party sharing the view just stated.
  {
    why: `«… ويجب أن تكون حاضرة، والمبعوث الأممي يشاركنا هذا الرأي»: the one sharing the view holds it too`,
    text: `${HEAD}وقال وزير الخارجية الروسي سيرغي لافروف: "إيران لاعب إقليمي مهم ويجب أن تكون حاضرة في المؤتمر، والأخضر الإبراهيمي يشاركنا هذا الرأي".${TAIL}`,
    expected: ["russia iran_participation support", "un iran_participation support"],
  },
  {
    why: `«… يشارك في هذا المؤتمر»: taking part is no sharing of a view (guard)`,
    text: `${HEAD}وقال وزير الخارجية الروسي سيرغي لافروف إن إيران يجب أن تكون حاضرة في المؤتمر، وإن الإبراهيمي يشارك في هذا الاجتماع.${TAIL}`,
    expected: ["russia iran_participation support"],
  },
  {
    why: `«تمسك بمطلب تنحي الرئيس السوري، في موقف تشاركه فيه باريس ولندن»: those sharing the position hold it`,
    text: `${HEAD}وألقى وزير الخارجية الأمريكي جون كيري كلمة تمسك فيها بمطلب تنحي الرئيس السوري، في موقف تشاركه فيه باريس ولندن.${TAIL}`,
    expected: ["usa assad_role must_go", "france assad_role must_go", "uk assad_role must_go"],
  },
  {
    why: `«…، في موقف ترفضه موسكو»: a position rejected is turned for the one rejecting it, not shared`,
    text: `${HEAD}وألقى وزير الخارجية الأمريكي جون كيري كلمة تمسك فيها بمطلب تنحي الرئيس السوري، في موقف ترفضه موسكو بشدة.${TAIL}`,
    expected: ["usa assad_role must_go", "russia assad_role may_stay"],
  },
  {
    why: `«نحن نطالب بحضورها، وكذلك الأصدقاء الروس.»: a bare «وكذلك» before a name closing the clause`,
    text: `${HEAD}وقال نائب وزير الخارجية السوري فيصل المقداد: "نحن نطالب بحضور إيران، وكذلك الأصدقاء الروس".${TAIL}`,
    expected: ["syrian_government iran_participation support", "russia iran_participation support"],
  },
  {
    why: `«…، وكذلك روسيا التي …»: a bare «وكذلك» opening a clause of its own gives nothing (guard)`,
    text: `${HEAD}وقال نائب وزير الخارجية السوري فيصل المقداد إن دمشق تطالب بحضور إيران، وكذلك روسيا التي أرسلت وفدا كبيرا إلى جنيف.${TAIL}`,
    expected: ["syrian_government iran_participation support"],
  },
  {
    why: `«… . وردد وزير الخارجية البريطاني الكلام ذاته أمس»: repeating the same words holds them`,
    text: `${HEAD}وقال الرئيس الفرنسي فرانسوا هولاند إن الأسد لا يمكن أن يكون جزءا من مستقبل سوريا. وردد وزير الخارجية البريطاني وليام هيغ الكلام ذاته أمس.${TAIL}`,
    expected: ["france assad_role must_go", "uk assad_role must_go"],
  },
  {
    why: `«وردد هيغ الكلام ذاته عن الاقتصاد»: the same words on another matter named after it (guard)`,
    text: `${HEAD}وقال الرئيس الفرنسي فرانسوا هولاند إن الأسد لا يمكن أن يكون جزءا من مستقبل سوريا. وردد وزير الخارجية البريطاني وليام هيغ الكلام ذاته في شأن الاقتصاد.${TAIL}`,
    expected: ["france assad_role must_go"],
  },
  {
    why: `«وأكد لاريجاني أن "موسكو تشاركنا الرأي في أن رحيل الأسد لا يمكن أن يكون شرطاً"»: both hold it`,
    text: `${HEAD}وقال رئيس مجلس الشورى الإيراني علي لاريجاني إن "موسكو تشاركنا الرأي في أن رحيل الرئيس الأسد لا يمكن أن يكون شرطا للحل".${TAIL}`,
    expected: ["iran assad_role may_stay", "russia assad_role may_stay"],
  },
  // The same line taken after a position whose clause runs long to the end of its sentence.
  {
    why: `«… لا ترى أي دور للأسد أو لمن … في أي ترتيبات للحكم الانتقالي. وسار وزراء خارجية … في الاتجاه ذاته»`,
    text: `${HEAD}وقال وزير الخارجية السعودي عادل الجبير إن المملكة لا ترى أي دور للأسد أو لمن ارتكبوا الجرائم بحق الشعب السوري في أي ترتيبات للحكم الانتقالي المقبل. وسار وزيرا خارجية فرنسا وتركيا في الاتجاه ذاته.${TAIL}`,
    expected: ["saudi_arabia assad_role must_go", "france assad_role must_go", "turkey assad_role must_go"],
  },
  {
    why: `«… لا ترى أي دور للأسد، وتدعو إلى تسوية شاملة للأزمة في المنطقة كلها … . وسار … في الاتجاه ذاته»: a clause after it (guard)`,
    text: `${HEAD}وقال وزير الخارجية السعودي عادل الجبير إن المملكة لا ترى أي دور للأسد، وإنها تدعو إلى تسوية شاملة لأزمات المنطقة كلها عبر الحوار بين الدول العربية ومن دون أي تدخل خارجي في شؤونها الداخلية. وسار وزيرا خارجية فرنسا وتركيا في الاتجاه ذاته.${TAIL}`,
    expected: ["saudi_arabia assad_role must_go"],
  },
  // A relative clause of saying.
  {
    why: `«موسكو التي لا تكف عن تكرار أن المؤتمر يجب أن يعقد «من دون شروط مسبقة»»: the clause of saying is hers`,
    text: `${HEAD}وفي الجهة الأخرى تقف موسكو التي لا تكف عن تكرار أن الحوار يجب أن ينطلق «من دون شروط مسبقة».${TAIL}`,
    expected: ["russia geneva2_preconditions unconditional"],
  },
  {
    why: `«موسكو التي تكرر أن واشنطن تريد الذهاب … من دون شروط»: what she says of another is the other's (guard)`,
    text: `${HEAD}وفي الجهة الأخرى تقف موسكو التي لا تكف عن تكرار أن واشنطن باتت تريد الحوار «من دون شروط مسبقة».${TAIL}`,
    expected: ["usa geneva2_preconditions unconditional"],
  },
  {
    why: `«الرياض التي تخشى منذ أشهر طويلة من أن يؤدي رحيل الأسد …»: a long clause of fearing, not of saying, holds nothing (guard)`,
    text: `${HEAD}ويرى مراقبون أن الرياض التي تخشى منذ أشهر طويلة من أن يؤدي رحيل الأسد المفاجئ إلى فوضى شاملة باتت أكثر حذرا.${TAIL}`,
    expected: [],
  },
  {
    why: `«طهران، الحليفة الأقرب، التي لا يتعب مسؤولوها من ترديد أن الأسد «خط أحمر»»: an apposition before the relative`,
    text: `${HEAD}ومن خلف دمشق تقف طهران، الحليفة الأقرب، التي لا يتعب مسؤولوها من ترديد أن الأسد «خط أحمر».${TAIL}`,
    expected: ["iran assad_role may_stay"],
  },
  {
    why: `«… مع الأمريكيين "الذين ما زالوا يعترضون على حضور طهران"»: a relative opened by a quotation mark`,
    text: `${HEAD}وقال المبعوث الأممي الأخضر الإبراهيمي إنه ما زال يتشاور مع الأمريكيين "الذين ما زالوا يعترضون على حضور طهران".${TAIL}`,
    expected: ["usa iran_participation oppose"],
  },
  // A subject set off from its predicate by a relative clause between commas.
  {
    why: `«أن وفد الهيئة، الذي غاب عن الجلسة الأولى، «يشترط رفع الحصار …»»: the subject before the relative aside holds it`,
    text: `${HEAD}وأشار وزير الخارجية الأمريكي جون كيري إلى أن وفد الهيئة العليا للمفاوضات، الذي غاب عن الجلسة الأولى، «يشترط رفع الحصار عن المدن قبل أي تفاوض».${TAIL}`,
    expected: ["hnc geneva2_preconditions conditional"],
  },
  {
    why: `«أن وفد الهيئة، الذي غاب …، عاد إلى جنيف، وأن واشنطن «تدعو …»»: a predicate of its own after the aside (guard)`,
    text: `${HEAD}وأشار وزير الخارجية الأمريكي جون كيري إلى أن وفد الهيئة العليا للمفاوضات، الذي غاب عن الجلسة الأولى، عاد إلى جنيف، وأن واشنطن «تدعو إلى التفاوض من دون شروط مسبقة».${TAIL}`,
    expected: ["usa geneva2_preconditions unconditional"],
  },
];

caseTable("review 20 (F2): a view shared, the same line taken, a relative clause of saying or set aside", CASES);
