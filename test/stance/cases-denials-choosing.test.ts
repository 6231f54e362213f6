// Kinds from the denials, leaks and communiqués rounds (r161, r163): a subject opening after a word of contrast or
// behind a spokesman's title, a surname before «وكان … قد», the Syrians choosing their president or deciding the future
// of their country and president, reports said to be untrue or denied at length, acceptances denied, and demands said
// to seek to wreck the talks. Each row a sentence of general news Arabic written for this table (not taken from the
// seeds, the development corpus or the rounds).
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
];

caseTable("Denials, leaks and communiqués: holders, the Syrians' choice, denied reports", CASES);
