// Kinds mended in the thirty-ninth probe: Syria's future or a new Syria said not to be built or imagined with Assad
// («لا يمكن بناء سوريا المستقبل مع الأسد», «مستقبل سوريا لا يمكن أن يُبنى مع الأسد»); the transition or Syria said not
// to end or settle while he is in power («والأسد في موقعه»); staying judged impossible inside quotation marks; a
// former official of a body, not a state («الأمين العام السابق لجامعة الدول العربية», «الممثل الأعلى السابق … في
// الاتحاد الأوروبي»); a demand listed among the conditions of the wider side («شروط المعارضة، ومنها …»); and the one
// who has conditions, «لـ» on its name («إن للائتلاف شروطاً»).
import { caseTable, type Case } from "./case-table";

const T = "جنيف 2: مواقف\n\n";

const CASES: Case[] = [
  {
    why: "«لا يمكن بناء سوريا الجديدة مع الأسد»: a new Syria not to be built with him: he must go",
    text: `${T}وقال وزير الخارجية البريطاني إنه لا يمكن بناء سوريا الجديدة مع بشار الأسد.`,
    expected: ["uk assad_role must_go"],
  },
  {
    why: "the future named first, then not to be built with him («مستقبل سوريا لا يمكن أن يبنى مع الأسد»)",
    text: `${T}وأكد وزير الخارجية القطري أن مستقبل سوريا لا يمكن أن يُبنى مع الأسد.`,
    expected: ["qatar assad_role must_go"],
  },
  {
    why: "guard: not to be built without him keeps him",
    text: `${T}وقال نائب وزير الخارجية الروسي إن مستقبل سوريا لا يمكن أن يبنى من دون الأسد.`,
    expected: [],
  },
  {
    why: "the transition said not to end while he is in his post («والأسد في موقعه»): he must go",
    text: `${T}وقال وزير الخارجية الفرنسي إنه لا يمكن أن تنتهي المرحلة الانتقالية والأسد في موقعه.`,
    expected: ["france assad_role must_go"],
  },
  {
    why: "Syria said not to settle while he is in power",
    text: `${T}وقال وزير الخارجية التركي إن سوريا لا يمكن أن تستقر والأسد في السلطة.`,
    expected: ["turkey assad_role must_go"],
  },
  {
    why: "his staying judged impossible inside quotation marks, after a verbal noun of judging",
    text: `${T}ونقلت وكالة الأنباء عن وزير الخارجية البريطاني اعتباره بقاء الأسد في السلطة "أمراً مستحيلاً".`,
    expected: ["uk assad_role must_go"],
  },
  {
    why: "an outlet quoting a minister of a party with no claims: the verbal noun of saying («اعتباره») ends his title, and Assad named after it is not the one quoted",
    text: `${T}ونقلت وكالة رويترز عن وزير الخارجية الألماني اعتباره بقاء الأسد في السلطة أمراً مستحيلاً.`,
    expected: [],
  },
  {
    why: "a former Secretary-General of the Arab League, «لـ» on its name, speaks for no party",
    text: `${T}وقال الأمين العام السابق لجامعة الدول العربية إن على الأسد أن يرحل.`,
    expected: [],
  },
  {
    why: "a former representative of the EU, its post and the body after «السابق لـ … في», in a comma aside",
    text: `${T}وقال خافيير سولانا، الممثل الأعلى السابق للسياسة الخارجية في الاتحاد الأوروبي، إن على إيران أن تشارك في المؤتمر.`,
    expected: [],
  },
  {
    why: "guard: the present representative of the EU speaks for it",
    text: `${T}وقالت الممثلة العليا للسياسة الخارجية في الاتحاد الأوروبي إن على إيران أن تشارك في المؤتمر.`,
    expected: ["eu iran_participation support"],
  },
  {
    why: "a demand listed among the conditions of the opposition (the wider side) is theirs, not the lister's",
    text: `${T}وعدّد مسؤول في الخارجية الأمريكية شروط المعارضة، ومنها رحيل الأسد.`,
    expected: ["syrian_opposition assad_role must_go"],
  },
  {
    why: "the one who has conditions, «لـ» on its name before them («إن للائتلاف شروطاً»), sets them",
    text: `${T}وقال نائب وزير الخارجية الروسي إن للائتلاف الوطني شروطاً مسبقة لحضور المؤتمر.`,
    expected: ["national_coalition geneva2_preconditions conditional"],
  },
  {
    why: "…and a demand it lists after them is the possessor's too",
    text: `${T}وقال مسؤول أمريكي إن للائتلاف الوطني شروطاً، منها رحيل الأسد.`,
    expected: ["national_coalition assad_role must_go"],
  },
];

caseTable("The thirty-ninth probe's kinds: Syria not built with him, former officials of bodies, conditions possessed", CASES);
