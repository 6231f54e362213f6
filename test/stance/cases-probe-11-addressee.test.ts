// The one spoken to: a party after «لـ» right after a verb of saying, or after its subject («أكدت دمشق لموسكو
// استعدادها …», «قالت إيران لروسيا إنها …»), holds nothing of what follows. Each row written for this table, not taken
// from the seeds, the development corpus or the probe's articles.
import { caseTable, type Case } from "./case-table";

/** A headline, so that the sentence under test is read as a body sentence. */
const HEAD = "مؤتمر جنيف 2 حول سوريا\n";
/** A closing body sentence with no stance. */
const TAIL = "\nوتتواصل التحضيرات لعقد المؤتمر في موعده.\n";

const CASES: Case[] = [
  {
    why: "«أكدت دمشق لموسكو استعدادها … دون شروط»: the readiness is the speaker's, not the addressee's",
    text: `${HEAD}وأكدت دمشق لموسكو استعدادها للمشاركة في المؤتمر الدولي دون شروط مسبقة.${TAIL}`,
    expected: ["syrian_government geneva2_preconditions unconditional"],
  },
  {
    why: "«قال لافروف إن الحكومة السورية أكدت لروسيا استعدادها …»: inside another's report, the reported party holds it",
    text: `${HEAD}وقال وزير الخارجية الروسي سيرغي لافروف إن الحكومة السورية أكدت لروسيا استعدادها لإرسال وفدها إلى جنيف من دون شروط مسبقة.${TAIL}`,
    expected: ["syrian_government geneva2_preconditions unconditional"],
  },
  {
    why: "«وقالت طهران لموسكو إنها مستعدة للمشاركة»: the speaker's own readiness",
    text: `${HEAD}وقالت طهران لموسكو إنها مستعدة للمشاركة في المؤتمر إذا وجهت إليها الدعوة.${TAIL}`,
    expected: ["iran iran_participation support"],
  },
  {
    why: "«لروسيا موقف واضح من مشاركة إيران»: «لـ» of having, no verb of saying before it, still holds (guard)",
    text: `${HEAD}وقال المحلل إن لروسيا موقفاً واضحاً، فهي تؤيد مشاركة إيران في المؤتمر.${TAIL}`,
    expected: ["russia iran_participation support"],
  },
];

caseTable("the one spoken to", CASES);
