// Assad's role, second round: each row a sentence of general news Arabic, written for this table (not taken from the
// seeds or the development corpus), and the tuples it must give.
import { caseTable, type Case } from "./case-table";

const CASES: Case[] = [
  {
    why: "his overthrow is what another is accused of («متهما … بالمساعدة على إسقاط النظام»): not the accuser's wish",
    text: 'وقال وزير الخارجية الإيراني متهما السعودية "بتمويل جماعات مسلحة للمساعدة على إسقاط النظام السوري"',
    expected: [],
  },
  {
    why: "an accusing verb before his removal («اتهمت دمشق … بالعمل على إسقاط الأسد»): no stance of the accuser",
    text: "واتهمت دمشق الدول الغربية بالعمل على إسقاط الأسد",
    expected: [],
  },
  {
    why: "without an accusation the demand for his departure still reads",
    text: "وقالت تركيا إنها تطالب برحيل الأسد",
    expected: ["turkey assad_role must_go"],
  },
  {
    why: "a negation before «بعبارة أخرى» does not reach the restatement after it",
    text: "وقال لافروف إن موسكو لم تغير موقفها بعبارة أخرى بقاء الأسد في الحكم",
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "«بمعنى آخر» opens a restatement: his staying there is not negated by «لم» before it",
    text: "وقال لافروف إن موسكو لم تغير موقفها بمعنى آخر تأييد بقاء الأسد",
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "how far someone is ready to accept his going («مدى استعداد … لقبول رحيل الأسد») is a question, no position",
    text: "وقالت واشنطن إن المحادثات ستظهر مدى استعداد موسكو لقبول رحيل الأسد",
    expected: [],
  },
  {
    why: "«ما إذا كانت … مستعدة لقبول تنحي الأسد»: asking whether, no one's position",
    text: "وقال المسؤول إن الاجتماع سيكشف ما إذا كانت طهران مستعدة لقبول تنحي الأسد",
    expected: [],
  },
  {
    why: "what the media carried about his going («ما تداولته وسائل الإعلام عن قبول … برحيل الأسد») is no one's position",
    text: 'وقال الوزير إن ما تداولته وسائل الإعلام عن قبول بلاده برحيل الأسد "عار عن الصحة"',
    expected: [],
  },
  {
    why: "a denial of consent to his going reaches past a comma and many words («نفى …، موافقة بلاده على خطة تقضي برحيل الأسد»)",
    text: "ونفى المتحدث باسم الخارجية الروسية يوم الاثنين في مؤتمر صحفي عقده في موسكو، موافقة بلاده على خطة تقضي برحيل الأسد",
    expected: [],
  },
];

caseTable("assad_role, round two: case table", CASES);
