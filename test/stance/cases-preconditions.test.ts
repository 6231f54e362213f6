// Preconditions (geneva2_preconditions): each row a sentence of general news Arabic, written for this table (not
// taken from the seeds or the development corpus), and the tuples it must give.
import { caseTable, type Case } from "./case-table";

const CASES: Case[] = [
  {
    why: "a verb of setting conditions («تضع شروطاً») before the word of condition: its subject holds them",
    text: "وقال مصدر دبلوماسي إن أنقرة تضع شروطا جديدة على مشاركتها في المفاوضات السورية.",
    expected: ["turkey geneva2_preconditions conditional"],
  },
  {
    why: "conditions described as unacceptable after them («…، مشيراً إلى أن باريس تعتبر هذا الموقف غير مقبول»): the setter keeps them, the describer rejects them",
    text: "وأكد وزير الخارجية الفرنسي أن دمشق اشترطت لحضور المفاوضات وقف الغارات، مشيرا إلى أن باريس تعتبر هذا الموقف غير مقبول.",
    expected: ["france geneva2_preconditions unconditional", "syrian_government geneva2_preconditions conditional"],
  },
  {
    why: "the same with «معتبراً» after the conditions: the one setting them is not the one calling them unrealistic",
    text: "وأوضح الناطق باسم الخارجية البريطانية أن الائتلاف يشترط لحضور الجولة المقبلة رفع الحصار، معتبرا أن لندن ترى هذه الشروط غير واقعية.",
    expected: ["national_coalition geneva2_preconditions conditional", "uk geneva2_preconditions unconditional"],
  },
  {
    why: "refusing to come if conditions are set («لن تحضر إذا فُرضت أي شروط») rejects conditions; it sets none",
    text: "وقالت الحكومة الأردنية إنها مستعدة للمشاركة في مؤتمر جنيف بشأن سوريا لكنها لن تحضر إذا فرضت أي شروط عليها.",
    expected: ["jordan geneva2_preconditions unconditional"],
  },
  {
    why: "threatening to walk out of the talks «في حال …»: the one threatening holds the condition",
    text: "وهددت الحكومة الأردنية بالانسحاب من محادثات جنيف حول سوريا في حال استمر القصف.",
    expected: ["jordan geneva2_preconditions conditional"],
  },
];

caseTable("preconditions: cases", CASES);
