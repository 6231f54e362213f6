// The nineteenth probe's second read: over-reaches a read-only reader found in the change with sentences of its own,
// each mended and kept here. Rows written for this table, not taken from the seeds, the development corpus or the
// rounds' articles.
import { caseTable, type Case } from "./case-table";

/** A headline, so that the sentence under test is read as a body sentence. */
const HEAD = "مؤتمر جنيف 2 حول سوريا\n";
/** A closing body sentence with no stance. */
const TAIL = "\nوتتواصل التحضيرات لعقد المؤتمر في موعده.\n";

const CASES: Case[] = [
  // A report denied right after it: not a named person's own words the report carries («عن X أن»).
  {
    why: "«نقلت وكالة … عن بوغدانوف أن …» denied by another: his own words stay his",
    text: `${HEAD}ونقلت وكالة نوفوستي عن بوغدانوف أن روسيا تدعم مشاركة إيران في المؤتمر، لكن واشنطن نفت تلك الأنباء.${TAIL}`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "a report of what an official did, denied by his ministry, states nothing (guard)",
    text: `${HEAD}ونقلت مصادر أن الوزير البريطاني أبلغ الهيئة أن عليها الذهاب إلى جنيف من دون شروط، إلا أن الخارجية البريطانية نفت ذلك.${TAIL}`,
    expected: [],
  },
  // «من الداعين إلى مشاركة إيران» is said of the holder, not of others named by a definite noun.
  {
    why: "«الدول الداعية إلى مشاركة إيران» are others, not the speaker",
    text: `${HEAD}وقالت واشنطن إن الدول الداعية إلى مشاركة إيران يجب أن تقنعها بقبول بيان جنيف 1.${TAIL}`,
    expected: [],
  },
  {
    why: "«من الدول الداعية إلى مشاركة إيران» said of the holder (guard)",
    text: `${HEAD}وقال لافروف إن روسيا من الدول الداعية إلى مشاركة إيران في المؤتمر.${TAIL}`,
    expected: ["russia iran_participation support"],
  },
  // A counterpart met («مع نظيره المصري سامح شكري») is not the subject of what the speaker says after «إن».
  {
    why: "the Egyptian counterpart met, named before «إن»: the speaker's, not lost to a state with no party id",
    text: `${HEAD}وقال لافروف في مؤتمر صحفي مشترك مع نظيره المصري سامح شكري إن إيران يجب أن تشارك في مؤتمر جنيف 2.${TAIL}`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "the British counterpart met, named before «إن»: the speaker's, not the UK's",
    text: `${HEAD}وقال لافروف في مؤتمر صحفي مشترك مع نظيره البريطاني وليام هيغ إن إيران يجب أن تشارك في مؤتمر جنيف 2.${TAIL}`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "the counterpart speaking himself holds what he says (guard)",
    text: `${HEAD}وقال نظيره البريطاني وليام هيغ إن إيران يجب ألا تشارك في مؤتمر جنيف 2.${TAIL}`,
    expected: ["uk iran_participation oppose"],
  },
];

caseTable("review 19: the second read's mends", CASES);
