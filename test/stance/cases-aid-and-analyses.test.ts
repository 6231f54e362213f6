// Kinds from the rounds of humanitarian and battlefield news (r177) and of think-tank analyses (r179): the tying of
// Iran's taking part to terms refused, talk of conditions said to obstruct the process, the final statement of «the
// group» a meeting told of, the talks said not to be held before something happens, accepting Assad's staying «on
// condition» (no condition of attending), the Coalition's full name with «السوري». Each row a sentence of general
// news Arabic written for this table (not taken from the seeds, the development corpus or the rounds).
import { caseTable, type Case } from "./case-table";

const TITLE = "المؤتمر الدولي حول سوريا\n";

const CASES: Case[] = [
  {
    why: "her presence wanted, the tying of her taking part to terms refused («رافضاً ربط مشاركة بلاده بـ…»): support, not conditional",
    text: `${TITLE}وقال مساعد وزير الخارجية الإيراني إن بلاده يجب أن تكون حاضرة في المؤتمر، رافضاً ربط مشاركة إيران بقبول أي وثيقة مسبقاً.`,
    expected: ["iran iran_participation support", "iran geneva2_preconditions unconditional"],
  },
  {
    why: "«لا تقبل أن تربط مشاركتها بأي شرط»: no condition on her taking part, the conditions refused",
    text: `${TITLE}وأعلنت الخارجية الإيرانية أن طهران ستشارك في المؤتمر إذا دعيت إليه، لكنها لا تقبل أن تربط مشاركتها بأي شرط.`,
    expected: ["iran iran_participation support", "iran geneva2_preconditions unconditional"],
  },
  {
    why: "refusing to tie her taking part to terms («ترفض ربط مشاركة إيران بأي شروط»): support, not oppose",
    text: `${TITLE}وقالت الخارجية الصينية إن بكين ترفض ربط مشاركة إيران بأي شروط، بينما أكد لافروف أن موسكو ترفض ربط مشاركة إيران بقبول أي وثيقة مسبقاً.`,
    expected: ["russia iran_participation support", "russia geneva2_preconditions unconditional"],
  },
  {
    why: "another tying her taking part to terms (guard): conditional",
    text: `${TITLE}وقالت الخارجية الفرنسية إن باريس تربط مشاركة إيران بإعلانها قبول بيان جنيف الأول.`,
    expected: ["france iran_participation conditional"],
  },
  {
    why: "talk of conditions said to obstruct the process («الحديث عن شروط مسبقة يعرقل …»): conditions rejected",
    text: `${TITLE}وقال نائب وزير الخارجية الروسي إن الحديث عن شروط مسبقة يعرقل العملية السياسية برمتها.`,
    expected: ["russia geneva2_preconditions unconditional"],
  },
  {
    why: "the final statement of «the group» after a speaker: the group's, not the last speaker's",
    text: `${TITLE}واجتمعت مجموعة أصدقاء سوريا في باريس. وقال وزير الخارجية الفرنسي إن على النظام فك الحصار عن المدن. وأكد البيان الختامي للمجموعة أن لا دور للأسد في مستقبل سوريا.`,
    expected: ["friends_of_syria assad_role must_go"],
  },
  {
    why: "the next round said not to be held before something happens: a condition on the talks, the speaker's",
    text: `${TITLE}وقال المبعوث الدولي إن الجولة المقبلة لن تعقد قبل رفع الحصار عن المناطق المحاصرة.`,
    expected: ["un geneva2_preconditions conditional"],
  },
  {
    why: "the talks not resumed before a date (guard): a schedule, no condition",
    text: `${TITLE}وقال المبعوث الدولي إن المفاوضات لن تستأنف قبل العاشر من الشهر المقبل.`,
    expected: [],
  },
  {
    why: "accepting Assad's staying for a while «on condition that …»: terms on his staying, not a condition of attending",
    text: `${TITLE}وقال وزير الخارجية الألماني إن بلاده يمكن أن تقبل ببقاء الأسد لفترة قصيرة، شرط أن تبدأ مرحلة انتقالية حقيقية. وأعلن الوزير التركي أن بلاده يمكن أن تقبل ببقاء الأسد لأشهر، شرط ألا يترشح مجدداً.`,
    expected: ["turkey assad_role may_stay"],
  },
  {
    why: "the Coalition's full name with «السوري» before «لقوى الثورة والمعارضة» is the Coalition, not the opposition",
    text: `${TITLE}وأكد الائتلاف الوطني السوري لقوى الثورة والمعارضة أنه لن يذهب إلى جنيف إلا إذا كان هدف المؤتمر رحيل الأسد.`,
    expected: ["national_coalition geneva2_preconditions conditional", "national_coalition assad_role must_go"],
  },
  {
    why: "a final statement «الصادر عن» a body named (guard): that body's, not the gathering told of before",
    text: `${TITLE}واختتمت مجموعة أصدقاء سوريا اجتماعها في لندن. وأكد البيان الختامي الصادر عن مجلس الجامعة العربية أن مشاركة إيران مرفوضة ما لم تسحب مقاتليها.`,
    expected: ["arab_league iran_participation conditional"],
  },
];

caseTable("Aid news and analyses: refused tying, obstructing talk of conditions, the group's statement, talks not before", CASES);
