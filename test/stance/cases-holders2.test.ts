// Holders (reference): each row a sentence of general news Arabic, written for this table (not taken from the
// seeds or the development corpus), and the tuples it must give.
import { caseTable, type Case } from "./case-table";

const CASES: Case[] = [
  {
    why: "a rejecting verb + «هذه المطالب» (VSO) turns the position of the sentence before for its subject and those joined to it",
    text: "وتشترط المعارضة السورية تنحي الأسد قبل أي تسوية. ورفض الأسد وحلفاؤه مثل حزب الله هذه المطالب.",
    expected: ["hezbollah assad_role may_stay", "syrian_government assad_role may_stay", "syrian_opposition assad_role must_go"],
  },
  {
    why: "«لكن روسيا وإيران ترفضان هذا التفسير» (SVO): the two subjects hold the opposite of the reading before",
    text: "ويقول الغربيون إن الاتفاق يعني رحيل الأسد، لكن روسيا وإيران ترفضان هذا التفسير.",
    expected: ["iran assad_role may_stay", "russia assad_role may_stay"],
  },
  {
    why: "two names glued by «و» in scraped copy («فرنساوبريطانيا») are both subjects of the rejecting verb",
    text: "تطالب المعارضة السورية برحيل الأسد عن الحكم، وترفض فرنساوبريطانيا هذه المطالب.",
    expected: ["france assad_role may_stay", "syrian_opposition assad_role must_go", "uk assad_role may_stay"],
  },
  {
    why: "a position of a long sentence's start is not what «هذه الرؤية» in the next one refers to",
    text: "وأكدت واشنطن معارضتها لمشاركة إيران في المؤتمر الدولي المقرر عقده في جنيف خلال الشهر المقبل بحضور الأطراف السورية والدول الإقليمية والدولية المعنية بالأزمة. وتعارض موسكو هذه الرؤية.",
    expected: ["usa iran_participation oppose"],
  },
  {
    why: "a party speaking inside a quotation («سوريا تعلن …») holds what it says there, not the quotation's speaker",
    text: "وقال الأمين العام لحزب الله: “إن المشكلة في الآخرين. وأضاف أن سوريا تعلن استعدادها لحضور مؤتمر جنيف 2 بلا شروط، والباقي عليهم.",
    expected: ["syrian_government geneva2_preconditions unconditional"],
  },
  {
    why: "a stance verb opening with «و» starts its own clause: its subject follows it, not the name just before",
    text: "وتباينت المواقف بين ترحيب الأمم المتحدة بالمبادرة ورفض الائتلاف الوطني لها ما لم تنص على تنحي الأسد.",
    expected: ["national_coalition assad_role must_go"],
  },
];

caseTable("holders: reference", CASES);
