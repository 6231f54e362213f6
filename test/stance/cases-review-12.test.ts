// Rows from the second read of the twelfth probe's change: each a reading the new rules got wrong on general news
// Arabic written for this table (not taken from the seeds, the development corpus or the rounds).
import { caseTable, type Case } from "./case-table";

const TITLE = "تطورات الأزمة السورية والمؤتمر الدولي\n";

const CASES: Case[] = [
  {
    why: "«نظيره السوري» after a title is whose counterpart he met, not a name: «السوري» later is no Turk",
    text: `${TITLE}واستقبل وزير الخارجية التركي نظيره السوري، وناقشا الوضع الإنساني. وأكد الجانب السوري رفض رحيل الأسد.`,
    // «الجانب السوري» is Damascus in the diplomats' idiom (review 18), so the refusal is the government's.
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: "«أمام» inside the aside after «أما X» is no second «أما»: the Coalition still holds its clause",
    text: `${TITLE}وقال الأمين العام لحزب الله إن الحكومة ستحضر بلا شروط، أما الائتلاف، الذي يقف عقبة أمام أي تسوية، فيطالب برحيل الأسد.`,
    expected: ["hezbollah geneva2_preconditions unconditional", "national_coalition assad_role must_go"],
  },
  {
    why: "«ولهذا» after a role for him opens a clause, not a second beneficiary: the role is supported",
    text: `${TITLE}وقال المسؤول الإيراني إن بلاده تدعم أي دور للأسد ولهذا فإن إقصاءه من التسوية في جنيف مرفوض.`,
    expected: ["iran assad_role may_stay"],
  },
  {
    why: "«رئيس البلاد» followed by «في …» is still the country's own president",
    text: `${TITLE}وجدد الائتلاف مطالبته برحيل رئيس البلاد في بداية المرحلة الانتقالية.`,
    expected: ["national_coalition assad_role must_go"],
  },
  {
    why: "«للسوريين» before «رئيسهم» names whose president he is",
    text: `${TITLE}وقالت موسكو إن رحيل رئيسهم أمر يعود للسوريين وحدهم، ولن تقبل أن يفرض عليهم رحيل رئيسهم شرطا.`,
    expected: ["russia assad_role may_stay", "russia geneva2_preconditions unconditional"],
  },
];

caseTable("The second read of the twelfth probe's change", CASES);
