// Signed articles: an op-ed, an open letter or a column an official writes under his own name (r225, op-eds by
// officials). The writer a byline names («بقلم: …», a name alone with a footnote mark and the footnote naming his
// party), a title «X يكتب: …», or an introduction («نشرت صحيفة … مقالاً لـ… . وفيما يلي نص المقال:», «وننشر الرسالة
// كما وصلتنا:») holds what the text says in the first person.
// Each row an article of general news Arabic written for this table (not taken from the seeds, the development corpus
// or the rounds).
import { caseTable, type Case } from "./case-table";

const CASES: Case[] = [
  {
    why: "«بقلم: سيرغي لافروف*»: a byline naming a person the lexicon knows; «we» in the text is his",
    text: "الشرق الأوسط | الاثنين 20 يناير 2014\n\nفرصة لا يجوز تفويتها\n\nبقلم: سيرغي لافروف*\n\nنحن نرى أن مشاركة إيران في المؤتمر ضرورية لنجاحه.\n\n* وزير خارجية روسيا الاتحادية",
    expected: ["russia iran_participation support"],
  },
  {
    why: "a name the lexicon does not know with a footnote mark: the footnote's state is the writer's",
    text: "الحياة | 10 ديسمبر 2013\n\nلماذا جنيف الآن؟\n\nجيمس ميلر*\n\nنحن ندعو جميع الأطراف إلى الحضور دون شروط مسبقة.\n\n* سفير الولايات المتحدة لدى الأمم المتحدة في جنيف",
    expected: ["usa geneva2_preconditions unconditional"],
  },
  {
    why: "a footnote naming a former official (guard): he writes for himself, no party",
    text: "الحياة | 10 ديسمبر 2013\n\nلماذا جنيف الآن؟\n\nجيمس ميلر*\n\nنحن ندعو جميع الأطراف إلى الحضور دون شروط مسبقة.\n\n* سفير الولايات المتحدة السابق لدى سوريا",
    expected: [],
  },
  {
    why: "a footnote with a title alone (guard): no party named, no writer",
    text: "الرأي | 21 يناير 2014\n\nصوت اللاجئين أولاً\n\nسليم حداد*\n\nنحن نرفض أي شروط مسبقة على الحوار.\n\n* نائب رئيس الوزراء وزير الخارجية",
    expected: [],
  },
  {
    why: "«ظريف يكتب: …»: the title names the writer",
    text: "ظريف يكتب: مؤتمر بلا إيران مؤتمر ناقص\n\nطهران - 16 كانون الثاني 2014\n\nإننا نرفض الشروط المسبقة لنا ولغيرنا، وندعو إلى حوار سوري بلا شروط.",
    expected: ["iran geneva2_preconditions unconditional"],
  },
  {
    why: "«مقالاً لسفير الجمهورية العربية السورية لدى روسيا … وفيما يلي نص المقال:»: his state, not where he serves",
    text: "دمشق - سانا\n\nنشرت صحيفة روسية اليوم مقالا لسفير الجمهورية العربية السورية لدى روسيا الاتحادية تناول فيه موقف سورية من المؤتمر.\n\nوفيما يلي نص المقال:\n\nلقد أعلنا منذ البداية أننا نشارك في المؤتمر دون شروط مسبقة.",
    expected: ["syrian_government geneva2_preconditions unconditional"],
  },
  {
    why: "«وجه … رسالة مفتوحة … وننشر الرسالة كما وصلتنا:»: the letter's sender holds its first person",
    text: "دمشق - 14 تشرين الثاني 2013\n\nوجه المنسق العام لهيئة التنسيق الوطنية لقوى التغيير الديمقراطي رسالة مفتوحة إلى قيادة الائتلاف بشأن المؤتمر. وننشر الرسالة كما وصلتنا:\n\nإننا نطالب بمشاركة إيران في المؤتمر على قدم المساواة مع غيرها.",
    expected: ["ncb iran_participation support"],
  },
  {
    why: "the third person inside a signed article (guard): a party named holds its own position, not the writer",
    text: "الشرق الأوسط | 20 يناير 2014\n\nفرصة لا يجوز تفويتها\n\nبقلم: سيرغي لافروف*\n\nوتطالب المعارضة برحيل الأسد قبل أي حوار.\n\n* وزير خارجية روسيا الاتحادية",
    expected: ["syrian_opposition geneva2_preconditions conditional", "syrian_opposition assad_role must_go"],
  },
  {
    why: "a signed article's sentence not in the first person, naming no one: still the writer's",
    text: "موسكو - إزفستيا\n\nنشرت الصحيفة مقالا لسفير الجمهورية العربية السورية لدى روسيا الاتحادية. وفيما يلي نص المقال:\n\nإن مقام رئاسة الجمهورية ليس مطروحا للنقاش في جنيف ولا في غيرها.",
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: "a state named as the topic in a signed article (guard): «أما موسكو، فهي تكرر …» is Moscow's, not the writer's",
    text: "رياض حجاب يكتب: لماذا علقنا مشاركتنا\n\nلندن - 22 نيسان 2016\n\nذهبنا إلى جنيف بنية صادقة. أما موسكو، فهي تكرر أن مصير الأسد ليس من شأنها.",
    expected: [],
  },
  {
    why: "«بقلم: سامر الخطيب» (guard): one word of a columnist's name the lexicon knows as another's surname names no writer",
    text: "مقالات الرأي\n\nبقلم: سامر الخطيب\n\nوفي رأيي أن الأسد يجب أن يرحل، وأن الحديث عن حل سياسي مع بقائه إضاعة للوقت.",
    expected: [],
  },
];

caseTable("Signed articles: the writer a byline, a title or an introduction names holds the text's first person", CASES);
