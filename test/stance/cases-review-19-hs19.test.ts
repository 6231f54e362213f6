// Kind found by the probe rounds: a party opening the clause of a cue (at the head of an interview's answer, after
// «إن/أن», after a colon) with a verb of its own that is no stance word («السعودية تضع فيتو على مشاركة إيران») holds
// the cue; the answer's speaker or the sentence's speaker only reports it. Each row written for this table, not taken
// from the seeds, the development corpus or the probe's articles.
import { caseTable, type Case } from "./case-table";

/** The head of an interview with the Coordination Body's spokesman, and a question: the answers below are his. */
const INTERVIEW =
  "حوار مع المتحدث باسم هيئة التنسيق\nحاورت الصحيفة المتحدث باسم هيئة التنسيق الوطنية منذر خدام.\n\n• ما موقفكم من حضور إيران؟\n\n";
/** A headline, so that the sentence under test is read as a body sentence. */
const HEAD = "مؤتمر جنيف 2 حول سوريا\n";
/** A closing body sentence with no stance. */
const TAIL = "\nوتتواصل التحضيرات لعقد المؤتمر في موعده.\n";

const CASES: Case[] = [
  {
    why: "«- المملكة تضع فيتو على مشاركة إيران» at the head of an answer: Saudi Arabia's, not the one answering",
    text: `${INTERVIEW}- المملكة العربية السعودية تضع فيتو على مشاركة إيران في المؤتمر، وهذا قرارها وحدها.${TAIL}`,
    expected: ["saudi_arabia iran_participation oppose"],
  },
  {
    why: "«- واشنطن تضع الفيتو على دعوة طهران» in an answer: the United States'",
    text: `${INTERVIEW}- الولايات المتحدة تضع الفيتو على دعوة طهران إلى جنيف منذ أشهر.${TAIL}`,
    expected: ["usa iran_participation oppose"],
  },
  {
    why: "«- … لكن فرنسا تضع الفيتو على …» in an answer: the subject after «لكن» holds it, not the one answering",
    text: `${INTERVIEW}- إيران طرف أساسي في الأزمة. لكن فرنسا تضع الفيتو على مشاركة إيران منذ البداية.${TAIL}`,
    expected: ["france iran_participation oppose"],
  },
  {
    why: "«وقالت مصادر: تركيا تنادي بمرحلة انتقالية من دون الأسد»: the subject after the colon holds it",
    text: `${HEAD}وقالت مصادر دبلوماسية: تركيا تنادي بمرحلة انتقالية من دون الأسد.${TAIL}`,
    expected: ["turkey assad_role must_go"],
  },
  {
    why: "headline «تقارير: قطر تنادي بمرحلة انتقالية بدون الأسد»: Qatar's",
    text: `تقارير: قطر تنادي بمرحلة انتقالية بدون الأسد${TAIL}`,
    expected: ["qatar assad_role must_go"],
  },
  // Guards: what must not change.
  {
    why: "«قال إن السعودية تضع فيتو على …»: the subject after «إن» already held it (guard)",
    text: `${HEAD}وقال المتحدث باسم الخارجية الروسية ألكسندر لوكاشيفيتش إن السعودية تضع فيتو على مشاركة إيران في الاجتماع.${TAIL}`,
    expected: ["saudi_arabia iran_participation oppose"],
  },
  {
    why: "«- نحن نرفض مشاركة إيران» in an answer: the one answering holds his own clause (guard)",
    text: `${INTERVIEW}- نحن نرفض مشاركة إيران في المؤتمر، ونقول ذلك بوضوح.${TAIL}`,
    expected: ["ncb iran_participation oppose"],
  },
  {
    why: "«- السعودية ترفض مشاركة إيران»: a stance verb after the name already made it the holder (guard)",
    text: `${INTERVIEW}- السعودية ترفض مشاركة إيران، وهذا شأنها.${TAIL}`,
    expected: ["saudi_arabia iran_participation oppose"],
  },
  {
    why: "«مقترح للمبعوث الدولي … يقضي ببقاء الأسد»: a name in a genitive before the verb is not its subject (guard)",
    text: `${HEAD}وتحدثت مصادر عن مقترح للمبعوث الدولي ستافان دي ميستورا يقضي ببقاء الأسد مع نواب له.${TAIL}`,
    expected: [],
  },
];

caseTable("review 19 (hs19): the subject opening the cue's clause holds it", CASES);
