// Iran's exclusion judged a failure by the predicate after it: «أي مؤتمر يقصي إيران لن يصل إلى نتيجة», «غياب
// إيران سيجعله بلا معنى», «استبعاد إيران لن يفضي إلى أي نتيجة». The one who says it wants her there. The verb
// «يقصي/تقصي» joins the words of her exclusion, and failure to reach a result («لن يصل/يفضي/يؤدي إلى نتيجة»)
// and being without meaning or use («بلا معنى/جدوى/قيمة») the predicates that reject what they judge. Each row
// written for this table, not taken from the seeds, the development corpus or the probe's articles.
import { caseTable, type Case } from "./case-table";

/** A headline, so that the sentence under test is read as a body sentence. */
const HEAD = "مؤتمر جنيف 2 حول سوريا\n";
/** A closing body sentence with no stance. */
const TAIL = "\nوتتواصل التحضيرات لعقد المؤتمر في موعده.\n";

const CASES: Case[] = [
  {
    why: "«أي مؤتمر يقصي إيران لن يصل إلى نتيجة»",
    text: `${HEAD}وقال نائب وزير الخارجية الروسي ميخائيل بوغدانوف إن أي مؤتمر يقصي إيران لن يصل إلى نتيجة.${TAIL}`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "«غياب إيران عن الاجتماع سيجعله بلا معنى»",
    text: `${HEAD}وأكد وزير الخارجية الروسي سيرغي لافروف أن غياب إيران عن الاجتماع سيجعله بلا معنى.${TAIL}`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "«إقصاء طهران لن يفضي إلى أي نتيجة»",
    text: `${HEAD}ورأى المبعوث الأممي الأخضر الإبراهيمي أن إقصاء طهران عن المحادثات لن يفضي إلى أي نتيجة.${TAIL}`,
    expected: ["un iran_participation support"],
  },
  {
    why: "«مؤتمر يقصي إيران سينجح»: no failure judged (guard)",
    text: `${HEAD}وقال المحلل السياسي إن المؤتمر الذي يقصي إيران قد يكون أسهل تنظيما.${TAIL}`,
    expected: [],
  },
  {
    why: "«لن تصل إلى نتيجة» with no exclusion of hers before it (guard)",
    text: `${HEAD}وقال مصدر دبلوماسي إن المشاورات لن تصل إلى نتيجة قبل نهاية الأسبوع.${TAIL}`,
    expected: [],
  },
];

caseTable("Iran's exclusion judged a failure", CASES);
