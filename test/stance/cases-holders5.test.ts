// Holders, round five: each row a sentence of general news Arabic, written for this table (not taken from the
// seeds or the development corpus), and the tuples it must give.
import { caseTable, type Case } from "./case-table";

const CASES: Case[] = [
  {
    why: '«أما X و<title> "name"، فهما …»: the party before «و» and a title with a quoted name holds it too',
    text: 'أما روسيا والأمين العام "بان كي مون"، فهما يؤيدان مشاركة إيران في المحادثات.',
    expected: ["russia iran_participation support", "un iran_participation support"],
  },
  {
    why: "a definite stance noun with a definite nationality adjective («الإقرار البريطاني») is that state's",
    text: "وجاء البيان بعد الإقرار البريطاني بأن مصير الرئيس الأسد يقرره السوريون أنفسهم.",
    expected: ["uk assad_role neutral"],
  },
  {
    why: "«ليست مصرة على» is a position: the party before it holds it",
    text: "ونقل مصدر دبلوماسي عن الوزير أن موسكو ليست مصرة على بقاء الأسد في السلطة.",
    expected: ["russia assad_role neutral"],
  },
  {
    why: "a stance noun whose genitive is the member states of a party («إعلان دول الاتحاد الأوروبي أن …») is the party's",
    text: "ورحب الائتلاف بإعلان دول الاتحاد الأوروبي أن لا مستقبل للأسد في سوريا.",
    expected: ["eu assad_role must_go", "national_coalition assad_role must_go"],
  },
  {
    why: "the member states of a group in quotation marks («الدول الـ11 من «أصدقاء سورية»») hold what they announce",
    text: "وجاء ذلك بعد إعلان الدول الـ11 من «أصدقاء سورية» أن لا مستقبل للأسد.",
    expected: ["friends_of_syria assad_role must_go"],
  },
  {
    why: "«لا يوجد أحد من المعارضة يقبل …»: one (or none) of a party's members is the party",
    text: "لا يوجد أحد من المعارضة يقبل المشاركة في المؤتمر قبل الإفراج عن المعتقلين.",
    expected: ["syrian_opposition geneva2_preconditions conditional"],
  },
  {
    why: "a speaker inside what another one reported is not the one a later «وأضاف» goes on with",
    text: "وقال رئيس الائتلاف إن وزراء الدول الأعضاء في أصدقاء سوريا اتفقوا على دعم المعارضة بالسلاح. وأضاف أن لا مكان للأسد في مستقبل سوريا.",
    expected: ["national_coalition assad_role must_go"],
  },
  {
    why: "«من يسمون أنفسهم معارضة» names the opposition",
    text: "وقال المعلم إن الولايات المتحدة ومن يسمون أنفسهم معارضة يرفضون مشاركة إيران في المؤتمر.",
    expected: ["syrian_opposition iran_participation oppose", "usa iran_participation oppose"],
  },
  {
    why: "a feminine participle («متمسكة») agrees with the party before it; its ة is no pronoun pointing elsewhere",
    text: "وأكدت مصادر دبلوماسية أن واشنطن وباريس اتفقتا على مواصلة المحادثات، لكن روسيا متمسكة ببقاء الأسد.",
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "a party's name cut by a line break is the subject of the verb in the next piece",
    text: "قال وزير الخارجية البريطاني إن مجموعة أصدقاء\nسوريا توافقت على المطالبة برحيل الأسد.",
    expected: ["friends_of_syria assad_role must_go"],
  },
  {
    why: "a participle after a party named inside what an unnamed speaker reported is his, not that party's",
    text: "قال قائد في الجيش الحر إن إعلان الخارجية السورية يعرقل المؤتمر، مؤكدا أن لا مكان للأسد في أي حل.",
    expected: [],
  },
  {
    why: "«لؤي مقداد» (of the Free Syrian Army) is not Faisal Mekdad",
    text: "وقال لؤي مقداد إن لا مكان للأسد في مستقبل سوريا.",
    expected: [],
  },
];

caseTable("holders (round five)", CASES);
