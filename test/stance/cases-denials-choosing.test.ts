// Kinds from the denials, leaks and communiqués rounds (r161, r163): a subject opening after a word of contrast or
// behind a spokesman's title, a surname before «وكان … قد», the Syrians choosing their president or deciding the future
// of their country and president, reports said to be untrue or denied at length, acceptances denied, and demands said
// to seek to wreck the talks; a demand's subject after «أن», a future «للأسد», a name in apposition before «قد», one's
// own invitation as no condition, a resignation that is its subject's, his term no one may set, a quoted predicate;
// from the profiles round (r165): known for saying («اشتهر بعبارة»), «لا مكان له» opening its clause, the verb before
// him and his future,
// a condition leading nowhere, an attempt to impose conditions; from r167: an outlet quoting «عنه».
// Each row a sentence of general news Arabic written for this table (not taken from the seeds, the development corpus
// or the rounds).
import { caseTable, type Case } from "./case-table";

const TITLE = "تطورات الأزمة السورية والمؤتمر الدولي\n";

const CASES: Case[] = [
  {
    why: "a subject opening after «غير أن», a spokesman's title before her ministry, then a verb of doing: the verb of saying after the comma is hers",
    text: `${TITLE}غير أن المتحدثة باسم وزارة الخارجية البريطانية سارعت إلى تكذيب هذه الأنباء، وقالت إن الأسد فقد شرعيته بالكامل.`,
    expected: ["uk assad_role must_go"],
  },
  {
    why: "a party opening after «لكن», then its verb of doing: «وأكد» after the comma is its",
    text: `${TITLE}لكن الائتلاف رد ببيان مقتضب، وأكد أن لا مكان للأسد في المرحلة الانتقالية.`,
    expected: ["national_coalition assad_role must_go"],
  },
  {
    why: "a verb of doing, a spokesman's title before his ministry: «وقال» after the comma is his",
    text: `${TITLE}وسارع المتحدث باسم الخارجية الروسية إلى الرد على الصحيفة، وقال إن موسكو ترفض أي شروط مسبقة للحوار.`,
    expected: ["russia geneva2_preconditions unconditional"],
  },
  {
    why: "a person named in full, then by his surname alone before the verb after «وكان … قد»",
    text: `${TITLE}استقبل لافروف المنسق العام للهيئة العليا للمفاوضات رياض حجاب في موسكو. وكان حجاب قد شدد على أن الهيئة لن تقبل بأي دور للأسد.`,
    expected: ["hnc assad_role must_go"],
  },
  {
    why: "the same, an aside after the verb set off by a comma naming whom he met: not the verb's subject",
    text: `${TITLE}استقبل لافروف المنسق العام للهيئة العليا للمفاوضات رياض حجاب في موسكو. وكان حجاب قد أكد، بعد لقائه المبعوث الأممي، أن الهيئة لن تقبل بأي دور للأسد.`,
    expected: ["hnc assad_role must_go"],
  },
  {
    why: "the Syrians choosing their president, no word of his fate (a government minister: may_stay)",
    text: `${TITLE}وقال وزير الخارجية السوري وليد المعلم إن السوريين وحدهم من سينتخبون رئيسهم عبر صناديق الاقتراع.`,
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: "the same, the verb of choosing with «لـ» and the plural («ليختاروا رئيسهم»)",
    text: `${TITLE}وقال لافروف إنه يجب إفساح المجال أمام السوريين ليختاروا رئيسهم بأنفسهم.`,
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "another people choosing its president is no position on Assad",
    text: `${TITLE}وقال المتحدث باسم الخارجية الإيرانية إن الشعب الإيراني وحده من يختار رئيسه.`,
    expected: [],
  },
  {
    why: "the Syrians' choosing negated is no position",
    text: `${TITLE}وقال لافروف إن الشعب السوري لا يختار رئيسه في ظل الإرهاب.`,
    expected: [],
  },
  {
    why: "the future of their country «بما في ذلك مستقبل رئيسهم» left to the Syrians",
    text: `${TITLE}وقال لافروف إن السوريين هم من يحددون مستقبل بلادهم، بما في ذلك مستقبل رئيسهم.`,
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "no state may decide for the Syrians «مستقبل بلادهم ورئيسهم»",
    text: `${TITLE}وقال ظريف إنه لا يحق لأي دولة أن تقرر نيابة عن السوريين مستقبل بلادهم ورئيسهم.`,
    expected: ["iran assad_role may_stay"],
  },
  {
    why: "his office «موقع رئاسة الجمهورية» left to the Syrians",
    text: `${TITLE}وقال المقداد إن موقع رئاسة الجمهورية شأن يقرره السوريون وحدهم.`,
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: "«لا صحة لما تداولته … عن قبول المملكة مشاركة إيران»: a report said to be untrue is denied, no position",
    text: `${TITLE}وقال مصدر مسؤول في الخارجية السعودية إنه لا صحة لما تداولته بعض المواقع عن قبول المملكة مشاركة إيران في المؤتمر.`,
    expected: [],
  },
  {
    why: "the same, the speaker's own words after it («مؤكداً أن …») still his",
    text: `${TITLE}وقال مصدر مسؤول في الخارجية السعودية إنه لا صحة لما تداولته بعض المواقع عن تغير موقف المملكة، مؤكداً أن المملكة ترفض مشاركة إيران في المؤتمر.`,
    expected: ["saudi_arabia iran_participation oppose"],
  },
  {
    why: "a long denier's title with a day and a date before «صحة ما نشرته … عن أن …»",
    text: `${TITLE}نفى المتحدث باسم الكرملين ديمتري بيسكوف، مساء الخميس 12 ديسمبر/كانون الأول، صحة ما نشرته صحيفة بريطانية عن أن موسكو طلبت من الأسد التنحي.`,
    expected: [],
  },
  {
    why: 'a headline denying an acceptance («تنفي القبول بالتفاوض "بلا شروط"»)',
    text: `المعارضة السورية تنفي القبول بالتفاوض "بلا شروط"\nوتتواصل الاتصالات بين الأطراف.`,
    expected: [],
  },
  {
    why: "a denied agreement («نفت دمشق موافقتها على …»)",
    text: `${TITLE}ونفت دمشق موافقتها على تنحي الأسد في نهاية المرحلة الانتقالية.`,
    expected: [],
  },
  {
    why: "whoever demands his going said to seek to wreck the talks: the speaker keeps him",
    text: `${TITLE}وقال لافروف إن من يطالب برحيل الأسد إنما يسعى إلى نسف المفاوضات.`,
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "the same in the plural, «يسعون في الواقع إلى تعطيلها» (its pronoun)",
    text: `${TITLE}وقال لافروف إن الذين يشترطون تنحي الرئيس السوري يسعون في الواقع إلى تعطيلها.`,
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "«لكنه اشترط أن يوقف النظام …»: the party named after «أن» is the subject of what is demanded, not of the verb of demanding",
    text: `${TITLE}وأعلن الائتلاف الوطني أنه مستعد لحضور الجولة المقبلة، لكنه اشترط أن يوقف النظام قصف المدن قبل أي جلسة.`,
    expected: ["national_coalition geneva2_preconditions conditional"],
  },
  {
    why: "«لا ترى للأسد أي مستقبل»: a future is his with «ل» and him right before it",
    text: `${TITLE}وقال وزير الخارجية البريطاني إن بلاده لا ترى للأسد أي مستقبل في سوريا الجديدة.`,
    expected: ["uk assad_role must_go"],
  },
  {
    why: "a person in apposition between commas to the title opening the sentence, then «قد» and the verb",
    text: `${TITLE}وكان المنسق العام للهيئة، رياض حجاب، قد جدد في لندن التأكيد على أنه لا مكان للأسد في المرحلة الانتقالية.`,
    expected: ["hnc assad_role must_go"],
  },
  {
    why: "a party's own readiness to take part «إذا دعيت رسمياً» is no precondition: being invited is how one comes (Iran's: support)",
    text: `${TITLE}وقال وزير الخارجية الإيراني إن بلاده مستعدة للمشاركة في المؤتمر إذا دعيت رسمياً.`,
    expected: ["iran iran_participation support"],
  },
  {
    why: "another party invited as the condition («إذا دعيت إيران») is one, as before (guard)",
    text: `${TITLE}وقال رئيس الائتلاف إنه مستعد للمشاركة في المؤتمر إذا دعيت إيران.`,
    expected: ["national_coalition geneva2_preconditions conditional"],
  },
  {
    why: "«إعلان … الإبراهيمي استقالته»: a resignation is its own subject's, not Assad's named in the sentence before",
    text: `${TITLE}وكرر الأسد رفضه التنحي. وجاء الاجتماع بعد ساعات من إعلان المبعوث الأممي الأخضر الإبراهيمي استقالته من منصبه.`,
    expected: [],
  },
  {
    why: "«طالب كيري باستقالته»: one demanded with «ب» is still his (guard)",
    text: `${TITLE}وكرر الأسد رفضه التنحي. وطالب وزير الخارجية الأمريكي جون كيري باستقالته.`,
    expected: ["usa assad_role must_go"],
  },
  {
    why: "no one may set «مدة ولاية الرئيس الأسد»: as no one may decide his fate (may_stay)",
    text: `${TITLE}وقال نائب وزير الخارجية السوري إنه لا أحد يملك أن يحدد مدة ولاية الرئيس الأسد.`,
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: "a predicate of her invitation after an opening quotation mark and its copula («كانت ضرورية» quoted)",
    text: `${TITLE}وقال وزير الخارجية الأمريكي إن دعوة إيران «كانت ضرورية لأي حل».`,
    expected: ["usa iran_participation support"],
  },
  {
    why: "«سحب بان كي مون الدعوة»: «بان» is his name, not «بأن» opening a clause (guard)",
    text: `${TITLE}وعادت إيران إلى الواجهة بعد أن سحب بان كي مون الدعوة التي وجهها إليها.`,
    expected: ["un iran_participation oppose", "un iran_participation support"],
  },
  {
    why: "«يطالب بأن يربط الائتلاف حضوره بـ…»: the party after «بأن» is asked to set the condition; it holds none",
    text: `${TITLE}وقال مصدر في الهيئة إن المجلس العسكري يطالب بأن يربط الائتلاف حضوره بوقف القصف.`,
    expected: [],
  },
  {
    why: "«اشتهر X بعبارة …: «…»»: known for saying it, he says it",
    text: `${TITLE}واشتهر وزير الخارجية السعودي عادل الجبير بعبارة يكررها في مؤتمراته الصحافية: «على الأسد أن يرحل، سلماً أو حرباً».`,
    expected: ["saudi_arabia assad_role must_go"],
  },
  {
    why: "«عرف X بقوله إن …»",
    text: `${TITLE}وعرف لافروف بقوله إن مصير الأسد يقرره الشعب السوري.`,
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "«لا مكان له» with him named before in the sentence: his pronoun",
    text: `${TITLE}وقال المنسق العام لهيئة التنسيق حسن عبد العظيم: «لا نطالب برحيل الأسد قبل التفاوض، لكننا نرى أن لا مكان له في مستقبل سوريا».`,
    expected: ["ncb assad_role may_stay", "ncb assad_role must_go"],
  },
  {
    why: "«لا دور له» with another person named before and Assad not named: nothing",
    text: `${TITLE}التقى لافروف نظيره السوري وليد المعلم في موسكو، وقال إن لا دور له في الأزمة.`,
    expected: [],
  },
  {
    why: "the verb first, then him, then Syria's future («لا يمكن أن يكون بشار الأسد مستقبل سوريا»)",
    text: `${TITLE}وقال وزير الخارجية الفرنسي لوران فابيوس إنه «لا يمكن أن يكون بشار الأسد مستقبل سوريا».`,
    expected: ["france assad_role must_go"],
  },
  {
    why: "a condition said to lead nowhere («لن يوصلنا إلى شيء»): the speaker rejects it",
    text: `${TITLE}وقال وزير الخارجية الفرنسي لوران فابيوس إن اشتراط رحيل الأسد قبل أي مفاوضات لن يوصلنا إلى شيء.`,
    expected: ["france geneva2_preconditions unconditional", "france assad_role may_stay"],
  },
  {
    why: "«لن تؤدي إلى نتيجة» (already read as rejecting: guard)",
    text: `${TITLE}وقال لافروف إن الشروط المسبقة لن تؤدي إلى نتيجة.`,
    expected: ["russia geneva2_preconditions unconditional"],
  },
  {
    why: "«ونقلت وكالة إنترفاكس عنه قوله إن …»: the one the pronoun stands for, named before, speaks",
    text: `${TITLE}وصل وزير الخارجية الروسي سيرغي لافروف أمس إلى دمشق. ونقلت وكالة إنترفاكس عنه قوله إن المؤتمر يجب أن ينعقد من دون شروط مسبقة.`,
    expected: ["russia geneva2_preconditions unconditional"],
  },
  {
    why: "the same, his own readiness «إذا وجهت إليها الدعوة» (support, no precondition)",
    text: `${TITLE}وصل وزير الخارجية الإيراني محمد جواد ظريف إلى بيروت. ونقلت وكالة الأنباء الإيرانية عنه قوله إن بلاده مستعدة للمشاركة في المؤتمر إذا وجهت إليها الدعوة.`,
    expected: ["iran iran_participation support"],
  },
  {
    why: "an attempt to impose conditions («محاولة لفرض شروط مسبقة») is named so by who rejects them",
    text: `${TITLE}ووصفت موسكو البيان الختامي بأنه محاولة لفرض شروط مسبقة على العملية السياسية.`,
    expected: ["russia geneva2_preconditions unconditional"],
  },
  {
    why: "the same as a predicate after «أن»",
    text: `${TITLE}واعتبرت الخارجية الروسية أن البيان محاولة لفرض شروط مسبقة على المفاوضات.`,
    expected: ["russia geneva2_preconditions unconditional"],
  },
  {
    why: "a rejection already governing the attempt is not turned back («انتقد محاولات فرض شروط»)",
    text: `${TITLE}وانتقد لافروف محاولات فرض شروط مسبقة على المؤتمر.`,
    expected: ["russia geneva2_preconditions unconditional"],
  },
  {
    why: "«لا مستقبل له» said of a noun right before it («الحل العسكري») is not his",
    text: `${TITLE}وتحدث الأسد عن الحل السياسي. وقال لافروف إن الحل العسكري لا مستقبل له.`,
    expected: [],
  },
  {
    why: "a subject after an aside closed by a comma is the verb's («وقال، من جهته، جون كيري …»)",
    text: `${TITLE}وقال، من جهته، وزير الخارجية الأمريكي جون كيري إن الأسد فقد شرعيته.`,
    expected: ["usa assad_role must_go"],
  },
  {
    why: "a denied agreement does not reach the denier's next clause («… وقالت إن الأسد باق»)",
    text: `${TITLE}ونفت دمشق موافقتها على الحضور وقالت إن الأسد باق في منصبه.`,
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: "a contrast «السوريين لا الأمريكيين» is no negation of the decider",
    text: `${TITLE}وقال لافروف إن السوريين لا الأمريكيين من يقررون مصير الأسد.`,
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "«مستقبلاً», the adverb, is no future of his",
    text: `${TITLE}وقال المسؤول الإيراني إن إيران لن تسمح للأسد مستقبلا بالتفاوض.`,
    expected: [],
  },
  {
    why: "«لا مكان له فيها» on what he would have no place in («هيئة حكم انتقالية»)",
    text: `${TITLE}وجدد الأسد رفضه التنحي. وقال الائتلاف إنه يريد نقل السلطة إلى هيئة حكم انتقالية لا مكان له فيها.`,
    expected: ["national_coalition assad_role must_go"],
  },
];

caseTable("Denials, leaks, communiqués and profiles: holders, the Syrians' choice, denied reports", CASES);
