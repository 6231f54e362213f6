// The act judged wrong before it is named: «من الخطأ استبعاد إيران», «من العبث وضع شروط مسبقة». The judgement turns
// the act as «من غير المقبول» and «من المستحيل» do (compose.polarity.negation; Iran's opposeTriggers), whatever the
// act and the topic. Sentences written for the table.
import { caseTable } from "./case-table";

caseTable("an act judged a mistake, futile or naive before it is named", [
  {
    why: "«من الخطأ» before Iran's exclusion: her taking part is supported",
    text: "وقال وزير الخارجية الروسي سيرغي لافروف إن من الخطأ استبعاد إيران من المؤتمر الدولي.",
    expected: ["russia iran_participation support"],
  },
  {
    why: "«إنه من الخطأ» before Iran's exclusion",
    text: "وقال وزير الخارجية الروسي سيرغي لافروف إنه من الخطأ استبعاد إيران من المؤتمر الدولي.",
    expected: ["russia iran_participation support"],
  },
  {
    why: "«من الخطأ» before her invitation: opposed",
    text: "وقال رئيس الائتلاف الوطني السوري أحمد الجربا إن من الخطأ دعوة إيران إلى المؤتمر الدولي.",
    expected: ["national_coalition iran_participation oppose"],
  },
  {
    why: "«ليس من الخطأ» before her invitation: supported",
    text: "وقال وزير الخارجية الروسي سيرغي لافروف إنه ليس من الخطأ دعوة إيران إلى المؤتمر الدولي.",
    expected: ["russia iran_participation support"],
  },
  {
    why: "«من الخطأ» before setting preconditions: unconditional, not conditional",
    text: "وقال وزير الخارجية السوري وليد المعلم إن من الخطأ وضع شروط مسبقة لعقد المؤتمر.",
    expected: ["syrian_government geneva2_preconditions unconditional"],
  },
  {
    why: "«من العبث» before setting preconditions",
    text: "وقال وزير الخارجية السوري وليد المعلم إن من العبث وضع شروط مسبقة لعقد المؤتمر.",
    expected: ["syrian_government geneva2_preconditions unconditional"],
  },
  {
    why: "«من الخطأ أن» with another party setting them",
    text: "وقال وزير الخارجية السوري وليد المعلم إنه من الخطأ أن تضع المعارضة شروطا مسبقة لعقد المؤتمر.",
    expected: ["syrian_government geneva2_preconditions unconditional"],
  },
  {
    why: "«من الخطأ» before Assad's staying: he must go",
    text: "وقال رئيس الائتلاف الوطني السوري أحمد الجربا إن من الخطأ بقاء الأسد في السلطة.",
    expected: ["national_coalition assad_role must_go"],
  },
  {
    why: "«من الخطأ» before talk of his staying",
    text: "وقال رئيس الائتلاف الوطني السوري أحمد الجربا إن من الخطأ الحديث عن بقاء الأسد.",
    expected: ["national_coalition assad_role must_go"],
  },
  {
    why: "the exclusion called a mistake after it, as before",
    text: "وقال وزير الخارجية الروسي سيرغي لافروف إن استبعاد إيران من المؤتمر الدولي خطأ.",
    expected: ["russia iran_participation support"],
  },
]);
