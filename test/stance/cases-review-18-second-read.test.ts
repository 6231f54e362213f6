// The second read of the eighteenth probe's change: sentences a read-only reader wrote to find where the new rules
// over-reach, each mended and kept here with the reading it should have. A party's backer skipped must leave the
// party backed as the verb's subject; «الجانب السوري المعارض» is the opposition; a source in the accusative speaks for
// its body only after «إن» and its sisters, not as the one met; «ليس أولويتهم» may be others' priority, «ليس أولويتنا
// الوحيدة» not ours alone; «لكنها» cannot stand for a man, and «إلا أنه أعلن» may be impersonal; conditions owned by a
// party but set on something other than the talks are no conditions on them. Each row written for this table.
import { caseTable, type Case } from "./case-table";

/** A headline, so that the sentence under test is read as a body sentence. */
const HEAD = "مؤتمر جنيف 2 حول سوريا\n";
/** A closing body sentence with no stance. */
const TAIL = "\nوتتواصل التحضيرات لعقد المؤتمر في موعده.\n";

const CASES: Case[] = [
  {
    why: "«النظام المدعوم من روسيا يرفض …»: the backer skipped, the party backed is still the verb's subject",
    text: `${HEAD}وقال الجربا إن النظام المدعوم من روسيا يرفض أي حديث عن رحيل الأسد.${TAIL}`,
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: "two backers joined by «و»: the party backed reaches over both",
    text: `${HEAD}وقال الجربا إن النظام السوري المدعوم من روسيا وإيران يرفض أي حديث عن رحيل الأسد.${TAIL}`,
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: "a party with no alias for «النظام» backed by a state: Hezbollah refuses, not the reporter",
    text: `${HEAD}وقال كيري إن حزب الله المدعوم من طهران يرفض رحيل الأسد.${TAIL}`,
    expected: ["hezbollah assad_role may_stay"],
  },
  {
    why: "«الجانب السوري المعارض» is the opposition, not Damascus",
    text: `${HEAD}وقال بوغدانوف إن الجانب السوري المعارض يرفض الذهاب إلى جنيف دون ضمانات برحيل الأسد.${TAIL}`,
    expected: ["syrian_opposition assad_role must_go", "syrian_opposition geneva2_preconditions conditional"],
  },
  {
    why: "an official met in the accusative is not the speaker: Kerry speaks",
    text: `${HEAD}والتقى كيري مسؤولا في الخارجية الروسية، ثم قال إن على الأسد أن يرحل.${TAIL}`,
    expected: ["usa assad_role must_go"],
  },
  {
    why: "«غير أن مصدراً في …» after «أن»: the source speaks for its body (guard)",
    text: `${HEAD}وقال لافروف إن موسكو تتابع الاتصالات. غير أن مصدرا في الخارجية الروسية قال إن على المعارضة الذهاب إلى جنيف دون شروط مسبقة.${TAIL}`,
    expected: ["russia geneva2_preconditions unconditional"],
  },
  {
    why: "«لم يعد أولويتهم» told by others: their priority, not the speaker's",
    text: `${HEAD}وقال لافروف إن الغربيين أبلغوه أن مصير الأسد لم يعد أولويتهم.${TAIL}`,
    expected: [],
  },
  {
    why: "«ليس أولويتنا الوحيدة»: not the only priority says nothing of his fate",
    text: `${HEAD}وقال كيري إن مصير الأسد ليس أولويتنا الوحيدة.${TAIL}`,
    expected: [],
  },
  {
    why: "«ليس من أولوياتها» of the party reported: neutral (guard)",
    text: `${HEAD}وقالت موسكو إن مصير الأسد ليس من أولوياتها.${TAIL}`,
    expected: ["russia assad_role neutral"],
  },
  {
    why: "«لكنها أكدت» after a man speaking of a state: the pronoun is not his",
    text: `${HEAD}وقال الجربا إن السعودية تدعم المعارضة بكل قوة. لكنها أكدت أن رحيل الأسد ليس شرطا مسبقا.${TAIL}`,
    expected: [],
  },
  {
    why: "«لكنها أكدت» after a woman speaking: hers (guard)",
    text: `${HEAD}وقالت المتحدثة باسم الخارجية الأمريكية جين بساكي إن واشنطن تتابع الاتصالات. لكنها أكدت أن على الأسد أن يرحل.${TAIL}`,
    expected: ["usa assad_role must_go"],
  },
  {
    why: "«إلا أنه أعلن» may be impersonal: the withdrawal is no one's named",
    text: `${HEAD}وقال لافروف إن موسكو تعمل مع واشنطن لعقد المؤتمر. إلا أنه أعلن لاحقا عن سحب الدعوة الموجهة إلى إيران.${TAIL}`,
    expected: [],
  },
  {
    why: "the government's conditions on letting aid in are no conditions on the talks",
    text: `${HEAD}وقال الجربا إن الائتلاف يرفض شروط النظام لإدخال المساعدات إلى المناطق المحاصرة.${TAIL}`,
    expected: ["national_coalition geneva2_preconditions unconditional"],
  },
  {
    why: "the government's conditions on taking part are its own (guard)",
    text: `${HEAD}وقال الجربا إن الائتلاف يرفض شروط النظام للمشاركة في جنيف.${TAIL}`,
    expected: ["national_coalition geneva2_preconditions unconditional", "syrian_government geneva2_preconditions conditional"],
  },
];

caseTable("review 18: the second read's over-reaches", CASES);
