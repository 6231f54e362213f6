// A third party's conditions reported or judged by a speaker (an eighth probe, the rounds r12-r55 read for the
// conditions one party says another sets): each row written for this table, not taken from the seeds, the
// development corpus or the probe's articles.
import { caseTable, type Case } from "./case-table";

/** A headline, so that the sentence under test is read as a body sentence. */
const HEAD = "مؤتمر جنيف 2 حول سوريا\n";

const CASES: Case[] = [
  // The setter named as the subject of a verb of setting, raising or clinging to conditions.
  {
    why: "«بعض ممثلي X يطرحون شروطاً»: a quantified subject inside a quotation is X's, as the speaker reports",
    text: `${HEAD}وقال وزير الخارجية الروسي إن "بعض ممثلي وفد الرياض يطرحون شروطا مسبقة قبل الجلوس إلى طاولة المفاوضات".`,
    expected: ["hnc geneva2_preconditions conditional"],
  },
  {
    why: '«X جاء إلى المؤتمر "محملاً بشروط"»: laden with conditions is setting them',
    text: `${HEAD}وقال المقداد إن ما يسمى "الائتلاف" ذهب إلى المؤتمر "محملا بشروط مسبقة".`,
    expected: ["national_coalition geneva2_preconditions conditional"],
  },
  {
    why: "«X يتمسك بشروط مسبقة تعجيزية»: conditions judged stay the setter's (not turned to unconditional)",
    text: `${HEAD}وأكد الجعفري أن الائتلاف يتمسك بشروط مسبقة تعجيزية لحضور المفاوضات.`,
    expected: ["national_coalition geneva2_preconditions conditional"],
  },
  {
    why: "«X يضع شروطاً غير منطقية»: judged conditions are still the setter's, as the judge reports",
    text: `${HEAD}وقال ظريف إن الائتلاف يضع شروطا غير منطقية للمشاركة في المؤتمر.`,
    expected: ["national_coalition geneva2_preconditions conditional"],
  },
  {
    why: "«X ما زال يربط مشاركته في المؤتمر بشروط تعجيزية»: the verb of tying, judged, is still X's condition",
    text: `${HEAD}وقال وزير الخارجية السوري إن الائتلاف ما زال يربط مشاركته في المؤتمر بشروط تعجيزية.`,
    expected: ["national_coalition geneva2_preconditions conditional"],
  },
  // The setter named as the agent of a verbal noun of setting.
  {
    why: "«وضع X شروطاً مسبقة كان السبب …»: the verbal noun's agent sets them",
    text: `${HEAD}وأكد ظريف أن وضع وفد الرياض شروطا مسبقة أدى إلى تعليق المحادثات.`,
    expected: ["hnc geneva2_preconditions conditional"],
  },
  // The setter named in a relative clause on the conditions.
  {
    why: "«الشروط التي يطرحها X … غير مقبولة»: X sets them, the speaker rejects them",
    text: `${HEAD}وقال المعلم إن الشروط التي يطرحها الائتلاف على مؤتمر جنيف غير مقبولة.`,
    expected: ["national_coalition geneva2_preconditions conditional", "syrian_government geneva2_preconditions unconditional"],
  },
  {
    why: "«رفض الشروط التي يحاول وفد X فرضها»: a word before the name in the relative clause",
    text: `${HEAD}ورفض الجعفري الشروط التي يحاول وفد الائتلاف فرضها على المفاوضات.`,
    expected: ["national_coalition geneva2_preconditions conditional", "syrian_government geneva2_preconditions unconditional"],
  },
  // Guards: near-misses that must not change.
  {
    why: "«X لا يضع شروطاً»: a negated setter sets none (guard)",
    text: `${HEAD}وقال المقداد إن الائتلاف لا يضع شروطا مسبقة للمشاركة في المؤتمر.`,
    expected: ["national_coalition geneva2_preconditions unconditional"],
  },
  {
    why: "the speaker's own side setting conditions is his own statement (guard)",
    text: `${HEAD}وقال الجربا إن الائتلاف يضع شروطا واضحة للمشاركة في المؤتمر.`,
    expected: ["national_coalition geneva2_preconditions conditional"],
  },
  {
    why: "«محاولات بعض معارضي X طرح شروط»: X's opponents set them, not X (guard)",
    text: `${HEAD}ووصف لافروف محاولات بعض معارضي الحكومة السورية طرح شروط مسبقة قبل بدء المفاوضات بأنها غير مقبولة.`,
    expected: ["russia geneva2_preconditions unconditional"],
  },
  {
    why: "going without conditions names no setter (guard)",
    text: `${HEAD}وقال المعلم إن وفد الحكومة ذهب إلى جنيف دون شروط مسبقة.`,
    expected: ["syrian_government geneva2_preconditions unconditional"],
  },
];

caseTable("a third party's conditions reported or judged by a speaker", CASES);
