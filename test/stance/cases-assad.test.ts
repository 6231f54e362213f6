// Assad's role (phrase rules assad.* and the composed word classes compose.assad): each row a sentence of general
// news Arabic, written for this table (not taken from the seeds or the development corpus), and the tuples it must give.
import { caseTable, type Case } from "./case-table";

const CASES: Case[] = [
  {
    why: "the demand for his departure called «غير الواقعية» (with the article) is unrealistic: may_stay",
    text: "وقال وزير الخارجية الروسي إن مطالب المعارضة برحيل الأسد بغير الواقعية.",
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "a transitional body that does not include him («لا تضم بشار الأسد»): must_go",
    text: "وأكد وزير الخارجية البريطاني أن الهدف هو تشكيل هيئة حكم انتقالية لا تضم بشار الأسد.",
    expected: ["uk assad_role must_go"],
  },
  {
    why: "a government without him called an interference («هو تدخل سافر»): may_stay",
    text: "وقالت الخارجية الإيرانية إن تشكيل حكومة انتقالية من دون الأسد هو تدخل سافر في شؤون سوريا.",
    expected: ["iran assad_role may_stay"],
  },
  {
    why: "«الأسد ليس المشكلة»: his staying is not what is wrong (may_stay)",
    text: "وقال وزير الخارجية الروسي إن الرئيس الأسد ليس المشكلة.",
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "«إنهاء حكم الأسد»: his rule named by the word of its ending is his going, not a role he keeps",
    text: "وأكدت تركيا أن إنهاء حكم الأسد ضروري لإنقاذ سوريا.",
    expected: ["turkey assad_role must_go"],
  },
  {
    why: "«لن يذهب إلى جنيف ليرحل الأسد»: the talks are not for his going (may_stay)",
    text: "وقال وزير الإعلام السوري إن وفد الحكومة لن يذهب إلى جنيف ليرحل الرئيس الأسد بل لمحاربة الإرهاب.",
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: "talk of his candidacy («حين يتحدث عن … وترشحه») states no position on it",
    text: "وقال الائتلاف إن الأسد، حين يتحدث عن الانتخابات وترشحه، ينسف المفاوضات.",
    expected: [],
  },
];

caseTable("assad_role: case table", CASES);
