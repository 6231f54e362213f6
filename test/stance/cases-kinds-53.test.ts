// Kinds mended in the fifty-third probe, each a row here, with guards:
// - the welcome of a withdrawal of Iran's invitation whose withdrawer is named after its verbal noun, the one
//   welcoming named between his verb and it («رحب وزير الخارجية الفرنسي لوران فابيوس بتراجع الأمين العام عن دعوة
//   إيران», «رحب هيغ بسحب الأمين العام الدعوة التي وجهها إلى إيران»): the one welcoming holds oppose too (CONTRACT.md),
//   and the invitation named inside the withdrawal is not his support;
// - talk of something, or its timetable or date, between a rejection and what it rejects («رفض … أي حديث عن جدول زمني
//   لتنحي الأسد», «ترفض الكلام عن موعد لرحيله»): its words do not count toward the rejection's reach;
// - not allowing anyone to decide his future for the Syrians («لن تسمح لأحد بأن يقرر نيابة عن السوريين مستقبل
//   رئيسهم»), as no one having the right to (cues.json, assad.no-one-decides-his-fate).
import { caseTable, type Case } from "./case-table";

const T = "جنيف 2: مواقف\n\n";

const CASES: Case[] = [
  {
    why: "«رحب فابيوس بتراجع الأمين العام عن دعوة إيران», the Secretary-General named before: both hold oppose",
    text: `${T}وكان الأمين العام للأمم المتحدة بان كي مون قد وجه الدعوة إلى طهران أمس.\n\nورحب وزير الخارجية الفرنسي لوران فابيوس بتراجع الأمين العام عن دعوة إيران.`,
    expected: ["france iran_participation oppose", "un iran_participation oppose", "un iran_participation support"],
  },
  {
    why: "«رحب هيغ بسحب الأمين العام الدعوة التي وجهها إلى إيران»: the one welcoming holds oppose, not support",
    text: `${T}رحب وزير الخارجية البريطاني وليام هيغ بسحب الأمين العام للأمم المتحدة الدعوة التي وجهها إلى إيران لحضور مؤتمر جنيف 2.`,
    expected: ["uk iran_participation oppose", "un iran_participation oppose", "un iran_participation support"],
  },
  {
    why: "guard: «انتقد لافروف سحب الأمين العام الدعوة التي وجهها إلى إيران»: criticising it is no welcome",
    text: `${T}وانتقد وزير الخارجية الروسي سيرغي لافروف سحب الأمين العام للأمم المتحدة الدعوة التي وجهها إلى إيران.`,
    expected: ["russia iran_participation support", "un iran_participation oppose", "un iran_participation support"],
  },
  {
    why: "«رفض ظريف أي حديث عن جدول زمني لتنحي الأسد»: past his long name, the timetable's words not counted",
    text: `${T}ورفض وزير الخارجية الإيراني محمد جواد ظريف أي حديث عن جدول زمني لتنحي الرئيس السوري بشار الأسد.`,
    expected: ["iran assad_role may_stay"],
  },
  {
    why: "«ترفض الكلام عن موعد لرحيل الأسد»",
    text: `${T}وقال المتحدث باسم الكرملين ديمتري بيسكوف إن موسكو ترفض الكلام عن موعد محدد لرحيل الرئيس بشار الأسد.`,
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "guard: «تطالب بجدول زمني لرحيل الأسد»: a timetable demanded is his going",
    text: `${T}وقال وزير الخارجية السعودي عادل الجبير إن المملكة تطالب بجدول زمني واضح لرحيل الأسد.`,
    expected: ["saudi_arabia assad_role must_go"],
  },
  {
    why: "«لن تسمح لأحد بأن يقرر نيابة عن السوريين مستقبل رئيسهم المنتخب»",
    text: `${T}وقال مندوب سوريا لدى الأمم المتحدة بشار الجعفري إن دمشق لن تسمح لأحد بأن يقرر نيابة عن السوريين مستقبل رئيسهم المنتخب.`,
    expected: ["syrian_government assad_role may_stay"],
  },
];

caseTable("kinds of the fifty-third probe", CASES);
