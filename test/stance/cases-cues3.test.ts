// Topic cues, third round (composed word classes and their polarity): each row a sentence of general news Arabic,
// written for this table (not taken from the seeds or the development corpus), and the tuples it must give.
import { caseTable, type Case } from "./case-table";

const CASES: Case[] = [
  {
    why: "no objection to his staying («لا تمانع في بقاء الأسد») accepts it: the negation and «تمانع» cancel out",
    text: "وقال المعلم إن دمشق لا تمانع في بقاء الرئيس الأسد حتى نهاية ولايته",
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: "«معارضة الداخل» names the opposition, it rejects nothing: «لا تمانع بقاء الأسد» still accepts him",
    text: "وقال حسن عبد العظيم إن معارضة الداخل لا تمانع بقاء الأسد في المرحلة الانتقالية",
    expected: ["ncb assad_role may_stay"],
  },
  {
    why: "an Iranian speaker's own country («بلاده») ready to take part («مستعدة للمشاركة») wants Iran there",
    text: "وقال وزير الخارجية الإيراني إن بلاده مستعدة للمشاركة في مؤتمر جنيف",
    expected: ["iran iran_participation support"],
  },
  {
    why: "«بلاده تريد المشاركة» said by Zarif is Iran's wish to take part",
    text: "وأكد ظريف أن بلاده تريد المشاركة في المؤتمر الدولي حول سوريا",
    expected: ["iran iran_participation support"],
  },
  {
    why: "«بلاده» of an American speaker is not Iran: no position on Iran's participation",
    text: "وقال وزير الخارجية الأمريكي جون كيري إن بلاده تريد المشاركة في المؤتمر",
    expected: [],
  },
  {
    why: "his name set off by commas before what is said of him («الرئيس السوري، بشار الأسد، فاقد للشرعية»)",
    text: "وقال داود أوغلو إن الرئيس السوري، بشار الأسد، فاقد للشرعية",
    expected: ["turkey assad_role must_go"],
  },
  {
    why: "a list of those taking part closed by a comma before its predicate («…، ومنها إيران والسعودية، ضروري»)",
    text: "وترى روسيا أن حضور جميع الدول المؤثرة، ومنها إيران والسعودية، ضروري لنجاح المؤتمر",
    expected: ["russia iran_participation support"],
  },
  {
    why: "his fate left to the Syrians by the UN's envoy leaves it open, none of the UN's business: neutral",
    text: "وقال المبعوث الأممي إن مصير الأسد يقرره الشعب السوري",
    expected: ["un assad_role neutral"],
  },
  {
    why: "must not change: his fate left to the Syrians by his ally Russia keeps him",
    text: "وقال لافروف إن مصير الأسد يقرره الشعب السوري",
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "not insisting on his staying is neutral; «وليس لها …» after it opens a clause of its own, not a predicate",
    text: "وقال بوغدانوف إن روسيا ليست مصرة على بقاء الأسد وليس لها أن تقرر ذلك",
    expected: ["russia assad_role neutral"],
  },
  {
    why: "«ألا يكون للأسد وأركان نظامه … أي دور»: whose role it is, named after «يكون», stands further back",
    text: "وطالبت فرنسا بألا يكون للأسد وأركان نظامه المسؤولين عن المجازر أي دور في مستقبل سوريا",
    expected: ["france assad_role must_go"],
  },
];

caseTable("cues, third round: word classes and polarity", CASES);
