// Kinds the fifteenth probe's second read found wrong and left, fixed on the main tree in the sixteenth: a name in a
// fronted «في تعليق على …», «رداً على …», «بالنسبة لـ…» is spoken of, not the speaker; going without conditions
// refused («لن نذهب دون شروط», «نرفض المشاركة بدون شروط», «ما نرفضه هو الذهاب دون شروط») is a condition set; a
// retreat from a demand («تخلت واشنطن عن المطالبة برحيل الأسد») is no longer holding it (a retreat denied or only
// possible is not one); pressure to prevent her invitation's withdrawal is no pressure for it. Each row written for this table, not taken from the seeds, the development
// corpus or the probe's articles.
import { caseTable, type Case } from "./case-table";

/** A headline, so that the sentence under test is read as a body sentence. */
const HEAD = "مؤتمر جنيف 2 حول سوريا\n";
/** A closing body sentence with no stance. */
const TAIL = "\nوتتواصل التحضيرات لعقد المؤتمر في موعده.\n";

const CASES: Case[] = [
  // A fronted phrase of what is commented on names no speaker.
  {
    why: "«وفي تعليق على مشاركة إيران قال لافروف»: Lavrov speaks, Iran is spoken of",
    text: `${HEAD}وفي تعليق على مشاركة إيران قال لافروف إن حضورها ضروري لنجاح المؤتمر.${TAIL}`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "«وبالنسبة لمشاركة إيران قال المعلم»",
    text: `${HEAD}وبالنسبة لمشاركة إيران قال المعلم إن حضورها ضروري.${TAIL}`,
    expected: ["syrian_government iran_participation support"],
  },
  {
    why: "«وقال لافروف في تعليق على مشاركة إيران إن …»: the speaker first, the comment after (guard)",
    text: `${HEAD}وقال لافروف في تعليق على مشاركة إيران إن حضورها ضروري لنجاح المؤتمر.${TAIL}`,
    expected: ["russia iran_participation support"],
  },
  // Going without conditions refused.
  {
    why: "«لن نذهب إلى جنيف دون شروط»",
    text: `${HEAD}وقال المتحدث باسم الائتلاف: لن نذهب إلى جنيف دون شروط.${TAIL}`,
    expected: ["national_coalition geneva2_preconditions conditional"],
  },
  {
    why: "«ترفض المشاركة في المؤتمر بدون شروط»",
    text: `${HEAD}وقالت هيئة التنسيق إنها ترفض المشاركة في المؤتمر بدون شروط واضحة.${TAIL}`,
    expected: ["ncb geneva2_preconditions conditional"],
  },
  {
    why: "the cleft «ما نرفضه هو الذهاب دون شروط»",
    text: `${HEAD}وقال رئيس الائتلاف: ما نرفضه هو الذهاب إلى جنيف دون شروط.${TAIL}`,
    expected: ["national_coalition geneva2_preconditions conditional"],
  },
  {
    why: "«لن نذهب إلا دون شروط»: «إلا» lifts the refusal (guard)",
    text: `${HEAD}وقال المعلم: لن نذهب إلى جنيف إلا دون شروط.${TAIL}`,
    expected: ["syrian_government geneva2_preconditions unconditional"],
  },
  {
    why: "«رفضت روسيا الشروط وقالت إنها تريد مؤتمراً دون شروط»: the refusal is of the conditions (guard)",
    text: `${HEAD}ورفضت روسيا الشروط وقالت إنها تريد مؤتمرا دون شروط.${TAIL}`,
    expected: ["russia geneva2_preconditions unconditional"],
  },
  {
    why: "«لا ترى بديلاً عن الذهاب دون شروط»: no refusal of going (guard)",
    text: `${HEAD}وقال لافروف إن موسكو لا ترى بديلا عن الذهاب إلى جنيف دون شروط.${TAIL}`,
    expected: ["russia geneva2_preconditions unconditional"],
  },
  // A retreat from a demand.
  {
    why: "«تخلت واشنطن عن المطالبة برحيل الأسد»: no longer demanded",
    text: `${HEAD}وتخلت واشنطن عن المطالبة برحيل الأسد في الأشهر الأخيرة.${TAIL}`,
    expected: ["usa assad_role may_stay"],
  },
  {
    why: "«تراجعت باريس عن المطالبة بتنحي الأسد»",
    text: `${HEAD}وتراجعت باريس عن المطالبة بتنحي الأسد.${TAIL}`,
    expected: ["france assad_role may_stay"],
  },
  {
    why: "«لن تتراجع عن المطالبة برحيل الأسد»: a retreat denied (guard)",
    text: `${HEAD}وقالت الخارجية الروسية إن واشنطن لن تتراجع عن المطالبة برحيل الأسد مهما حصل.${TAIL}`,
    expected: ["usa assad_role must_go"],
  },
  {
    why: "«طالب الائتلاف بتخلي الأسد عن السلطة»: his stepping down is the cue, not a retreat (guard)",
    text: `${HEAD}وطالب الائتلاف بتخلي الأسد عن السلطة.${TAIL}`,
    expected: ["national_coalition assad_role must_go"],
  },
  // Pressure to prevent her exclusion.
  {
    why: "«مارست موسكو ضغوطاً لمنع سحب الدعوة»: pressure to prevent the withdrawal is not pressure for it (no oppose; support is left unread)",
    text: `${HEAD}ومارست موسكو ضغوطا لمنع سحب الدعوة الموجهة إلى إيران.${TAIL}`,
    expected: [],
  },
  {
    why: "«وضغطت واشنطن لسحب الدعوة»: pressing for the withdrawal, opposing (guard)",
    text: `${HEAD}وضغطت واشنطن لسحب الدعوة الموجهة إلى إيران.${TAIL}`,
    expected: ["usa iran_participation oppose"],
  },
  {
    why: "«مارست ضغوطاً لمنع إيران من المشاركة»: preventing her, opposing (guard)",
    text: `${HEAD}ومارست واشنطن ضغوطا لمنع إيران من المشاركة.${TAIL}`,
    expected: ["usa iran_participation oppose"],
  },
];

caseTable("sixteenth probe, main tree: the second read's kinds", CASES);
