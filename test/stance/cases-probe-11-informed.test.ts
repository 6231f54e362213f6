// A verb of informing with its object's pronoun («أبلغه», «أبلغتها», «أبلغني»): the one informing holds what he
// said, named before it (after «إن») or after it; joined by «و» to a verb whose object is named, he must be named
// after it. Each row written for this table, not taken from the seeds, the development corpus or the probe's articles.
import { caseTable, type Case } from "./case-table";

/** A headline, so that the sentence under test is read as a body sentence. */
const HEAD = "مؤتمر جنيف 2 حول سوريا\n";
/** A closing body sentence with no stance. */
const TAIL = "\nوتتواصل التحضيرات لعقد المؤتمر في موعده.\n";

const CASES: Case[] = [
  {
    why: "«قال رئيس الوفد إن المبعوث الأممي أبلغه أن …»: the one informing, named before the verb, holds it",
    text: `${HEAD}وقال رئيس الوفد الحكومي بشار الجعفري إن المبعوث الدولي الأخضر الإبراهيمي أبلغه أن الرئيس الأسد يمكن أن يكون جزءاً من الحل.${TAIL}`,
    expected: ["un assad_role may_stay"],
  },
  {
    why: "«وأبلغه وزير الخارجية الأمريكي أن …»: the one informing named after the verb",
    text: `${HEAD}والتقى رئيس الائتلاف أحمد الجربا في لندن بمسؤولين غربيين. وأبلغه وزير الخارجية الأمريكي جون كيري أن الأسد لن يكون له أي دور في المرحلة الانتقالية.${TAIL}`,
    expected: ["usa assad_role must_go"],
  },
  {
    why: "«قالت المعارضة إن السفير الفرنسي أبلغها أن …»: the feminine object pronoun",
    text: `${HEAD}وقالت مصادر في المعارضة السورية إن وزير الخارجية الفرنسي لوران فابيوس أبلغها أن بلاده تعارض مشاركة إيران في المؤتمر.${TAIL}`,
    expected: ["france iran_participation oppose"],
  },
  {
    why: "«التقى الجربا كيري وأبلغه أن …»: joined by «و», the one named right before is the one informed (guard)",
    text: `${HEAD}والتقى رئيس الائتلاف أحمد الجربا وزير الخارجية الأمريكي جون كيري وأبلغه أن الائتلاف لن يذهب إلى جنيف ما لم يرحل الأسد.${TAIL}`,
    expected: ["national_coalition assad_role must_go", "national_coalition geneva2_preconditions conditional"],
  },
];

caseTable("informing with the object's pronoun", CASES);
