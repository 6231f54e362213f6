// Iran's participation: each row a sentence of general news Arabic, written for this table (not taken from the
// seeds or the development corpus), and the tuples it must give.
import { caseTable, type Case } from "./case-table";

const CASES: Case[] = [
  {
    why: "Iran listed after «بما يشمل» is among those invited",
    text: "وأكدت الأمم المتحدة أنها وجهت الدعوة إلى كل الدول المعنية بالأزمة السورية بما يشمل إيران.",
    expected: ["un iran_participation support"],
  },
  {
    why: "Iran listed after «من بينها» belongs to the participation word before the list",
    text: "وتؤيد روسيا مشاركة الدول المجاورة لسوريا ومن بينها إيران في المؤتمر.",
    expected: ["russia iran_participation support"],
  },
  {
    why: "«وهو ما تعارضه X» after her participation: X opposes it, even when more words follow",
    text: "واقترح المبعوث الدولي مشاركة طهران في المؤتمر، وهو ما تعارضه السعودية بشدة.",
    expected: ["saudi_arabia iran_participation oppose", "un iran_participation support"],
  },
  {
    why: "an invitation withdrawn under the pressure of parties: those parties oppose her taking part (its sender had invited her)",
    text: "وكانت المنظمة الدولية قد سحبت دعوتها لطهران إثر ضغوط من الولايات المتحدة والسعودية.",
    expected: [
      "saudi_arabia iran_participation oppose",
      "un iran_participation oppose",
      "un iran_participation support",
      "usa iran_participation oppose",
    ],
  },
  {
    why: "her invitation angers a party («تغضب X»): that party opposes it",
    text: "دعوة إيران إلى مفاوضات جنيف تغضب السعودية",
    expected: ["saudi_arabia iran_participation oppose"],
  },
  {
    why: "«أثار … استياء لدى X» around her invitation: X opposes it",
    text: "وأثارت دعوة طهران إلى المؤتمر موجة من الاستياء لدى الائتلاف الوطني السوري.",
    expected: ["national_coalition iran_participation oppose"],
  },
  {
    why: "Iran's role in settling the crisis is not her seat at the talks",
    text: "وأكد وزير الخارجية التركي أهمية دور إيران في حل الأزمة السورية.",
    expected: [],
  },
  {
    why: "meeting to discuss her taking part states no position on it",
    text: "وأكدت الخارجية الفرنسية أن الوزراء سيجتمعون الأسبوع المقبل لبحث مشاركة إيران في المؤتمر.",
    expected: [],
  },
  {
    why: "a demand named by a noun keeps its owner's label (and its owner) when another party deplores it",
    text: "وانتقد وزير الخارجية الروسي مطلب الائتلاف الوطني السوري إقصاء إيران من المؤتمر.",
    expected: ["national_coalition iran_participation oppose"],
  },
  {
    why: "«ستكون مقبولة من …، إذا …»: acceptance followed by its condition is conditional",
    text: "وقالت الحكومة الفرنسية إن مشاركة طهران في الجولة المقبلة من المفاوضات ستكون مقبولة لدى الغرب، إذا قبلت بيان جنيف.",
    expected: ["france iran_participation conditional"],
  },
];

caseTable("Iran's participation: kinds of sentence", CASES);
