// Kinds of holder found by the probe rounds for Assad's presidency said to be out of any discussion: «أصرّ X على
// أن …» as a verb of saying (a person, or a delegation led by one); «وهو يردد/يؤكد أن …» after what the one named
// did («وصل X إلى …»); a clause of contrast with a speaker of its own («…، في حين يقول مسؤولون إن …») that the earlier
// speaker does not reach; an outlet named with its agency in brackets («وكالة الأنباء الرسمية (سانا) عن مصدر …»).
// Each row written for this table, not taken from the seeds, the development corpus or the probe's articles.
import { caseTable, type Case } from "./case-table";

/** A headline, so that the sentence under test is read as a body sentence. */
const HEAD = "مؤتمر جنيف 2 حول سوريا\n";
/** A closing body sentence with no stance. */
const TAIL = "\nوتتواصل التحضيرات لعقد المؤتمر في موعده.\n";

const CASES: Case[] = [
  // «أصرّ X على أن …»: insisting that something is so reports what X says.
  {
    why: "«وأصر لافروف على أن …»: a person insisting, the verb not read as a demand",
    text: `${HEAD}وأصر لافروف على أن رحيل الأسد ليس شرطا لبدء المفاوضات.${TAIL}`,
    expected: ["russia assad_role may_stay", "russia geneva2_preconditions unconditional"],
  },
  {
    why: "«وأصر المقداد على أن موقع الرئاسة خارج أي نقاش»",
    text: `${HEAD}وأصر المقداد على أن موقع الرئاسة خارج أي نقاش في المؤتمر.${TAIL}`,
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: "«وأصرت شعبان على أن مقام الرئاسة خط أحمر»: the feminine verb",
    text: `${HEAD}وأصرت شعبان على أن مقام الرئاسة خط أحمر لا يقبل التفاوض.${TAIL}`,
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: "«وأصر الائتلاف على رحيل الأسد قبل …»: insisting on a thing, no «أن», is still a demand (guard)",
    text: `${HEAD}وأصر الائتلاف على رحيل الأسد قبل أي مفاوضات.${TAIL}`,
    expected: ["national_coalition assad_role must_go", "national_coalition geneva2_preconditions conditional"],
  },
  {
    why: "«وأصر الجربا على حضور المؤتمر»: no stance (guard)",
    text: `${HEAD}وأصر الجربا على حضور المؤتمر في موعده.${TAIL}`,
    expected: [],
  },
  // «وصل X إلى … وهو يردد أن …»: «وهو» takes up the subject of what was done.
  {
    why: "«وصل لافروف إلى جنيف وهو يردد أن …»: the one who arrived (a person after «وصل» is no place)",
    text: `${HEAD}وصل لافروف إلى جنيف وهو يردد أن إيران يجب أن تشارك في المؤتمر.${TAIL}`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "«عاد الجعفري إلى دمشق وهو يؤكد أن …»: not the place named before «وهو»",
    text: `${HEAD}عاد الجعفري إلى دمشق وهو يؤكد أن مقام الرئاسة خارج أي نقاش.${TAIL}`,
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: "«وهو لا يزال يؤكد أن …»: going on between the pronoun and the verb",
    text: `${HEAD}وصل المعلم إلى جنيف وهو لا يزال يؤكد أن منصب الرئيس ليس مطروحا للنقاش.${TAIL}`,
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: "«التقى كيري نظيره الروسي … وهو يؤكد أن …»: the subject, not the object nearer «وهو» (guard)",
    text: `${HEAD}التقى كيري نظيره الروسي في جنيف وهو يؤكد أن الأسد يجب أن يرحل.${TAIL}`,
    expected: ["usa assad_role must_go"],
  },
  {
    why: "«وصل لافروف إلى جنيف وهو مرهق»: no verb of saying (guard)",
    text: `${HEAD}وصل لافروف إلى جنيف وهو مرهق بعد رحلة طويلة.${TAIL}`,
    expected: [],
  },
  // A clause of contrast with a speaker of its own.
  {
    why: "«…، في حين يقول مسؤولون إن مصيره ليس مطروحا»: not the opposition's, whose clause it answers",
    text: `${HEAD}وتقول المعارضة إن الأسد يجب أن يرحل، في حين يقول مسؤولون إن مصيره ليس مطروحا للنقاش.${TAIL}`,
    expected: ["syrian_opposition assad_role must_go"],
  },
  {
    why: "«…، في حين يؤكد أيضا أن …»: no subject of its own, the speaker goes on (guard)",
    text: `${HEAD}ويقول لافروف إن الحوار يجب أن يبدأ بلا شروط مسبقة، في حين يؤكد أيضا أن إيران يجب أن تشارك.${TAIL}`,
    expected: ["russia geneva2_preconditions unconditional", "russia iran_participation support"],
  },
  {
    why: "«قرأت واشنطن … خروج الأسد، أما موسكو فأصرت على أن …»: «أما» opens Moscow's clause; the one before is not hers (guard)",
    text: `${HEAD}قرأت واشنطن البيان على أنه يعني خروج الأسد من السلطة، أما موسكو فأصرت على أن مصيره يقرره السوريون وحدهم.${TAIL}`,
    // (Washington's reading, «قرأت واشنطن البيان على أنه يعني خروج الأسد», is its own position: review 15.)
    expected: ["russia assad_role may_stay", "usa assad_role must_go"],
  },
  // An outlet with its agency named in brackets quoting an unnamed source.
  {
    why: "«نقلت الوكالة الرسمية (سانا) عن مصدر في الخارجية أن …»: SANA in brackets",
    text: `${HEAD}نقلت الوكالة الرسمية (سانا) عن مصدر في الخارجية أن الحكومة ستحضر المؤتمر بلا شروط مسبقة.${TAIL}`,
    expected: ["syrian_government geneva2_preconditions unconditional"],
  },
  {
    why: "«… (سانا) عن مصدر …. وأضاف المصدر أن …»: the bare source goes on in the next sentence",
    text: `${HEAD}نقلت وكالة الأنباء الرسمية (سانا) عن مصدر في الخارجية أن الاتصالات مستمرة مع موسكو. وأضاف المصدر أن «مقام الرئاسة خارج أي نقاش».${TAIL}`,
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: "«نقلت وكالة (إرنا) عن مصدر في الخارجية …»: another agency's unnamed source is no party (guard)",
    text: `${HEAD}نقلت وكالة (إرنا) عن مصدر في الخارجية أن الحكومة ستحضر المؤتمر بلا شروط مسبقة.${TAIL}`,
    expected: [],
  },
  {
    why: "«نقلت وكالة الأنباء الفرنسية (أ ف ب) عن مصدر دبلوماسي …»: an unnamed diplomat (guard)",
    text: `${HEAD}ونقلت وكالة الأنباء الفرنسية (أ ف ب) عن مصدر دبلوماسي قوله إن «الحوار يجب أن يبدأ بلا شروط مسبقة».${TAIL}`,
    expected: [],
  },
];

caseTable("review 14 (k2: «أصر X على أن», «وهو يردد أن», a contrast's own speaker, «(سانا) عن مصدر»)", CASES);
