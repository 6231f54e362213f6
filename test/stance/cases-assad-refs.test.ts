// Assad referred to in the ways the press refers to him (الرئيس السوري، بشار، رأس النظام، رئيس النظام), in the
// phrasings whose rules used to name him only as «(الرئيس) (بشار) الأسد». Each row a sentence of general news Arabic,
// written for this table (not taken from the seeds or the development corpus), and the tuples it must give.
import { caseTable, type Case } from "./case-table";

const CASES: Case[] = [
  {
    why: "«الرئيس السوري سيبقى»: his staying, by his title alone",
    text: "وأكد وزير الإعلام السوري أن الرئيس السوري سيبقى رئيسا حتى نهاية ولايته",
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: "«رأس النظام لن يتنحى»: his refusal to step down, by the opposition's name for him",
    text: "وقالت الخارجية الروسية إن رأس النظام لن يتنحى",
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "«بشار ليس هو المشكلة»: his first name alone",
    text: "وقال الرئيس الإيراني إن «بشار ليس هو المشكلة الرئيسية في سوريا»",
    expected: ["iran assad_role may_stay"],
  },
  {
    why: "a transitional government that does not include «الرئيس السوري»",
    text: "وقال وزير الخارجية الفرنسي إن الهدف تشكيل حكومة انتقالية لا تضم الرئيس السوري",
    expected: ["france assad_role must_go"],
  },
  {
    why: "«مصير رئيس النظام يقرره السوريون» said by his ally keeps him",
    text: "وقال المتحدث باسم الخارجية الروسية إن مصير رئيس النظام يقرره الشعب السوري وحده",
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "«مصيره» after «الرئيس السوري» in the sentence before: the pronoun's antecedent is his title",
    text: "وتحدث لافروف عن الرئيس السوري في المؤتمر الصحفي. وقال لافروف إن مصيره يقرره الشعب السوري",
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "«لا دور للرئيس السوري»: no role for him, his title after «ل»",
    text: "وقال وزير الخارجية البريطاني إنه لا دور للرئيس السوري في مستقبل سوريا",
    expected: ["uk assad_role must_go"],
  },
  {
    why: "«لا دور لبشار»: his first name after «ل»",
    text: "وقالت المعارضة السورية إنه لا دور لبشار في المرحلة الانتقالية",
    expected: ["syrian_opposition assad_role must_go"],
  },
  {
    why: "«على رأس النظام أن يرحل»: he must go, by the opposition's name for him",
    text: "وقال رئيس الائتلاف إن على رأس النظام أن يرحل",
    expected: ["national_coalition assad_role must_go"],
  },
  {
    why: "«الرئيس السوري هو الرئيس الشرعي»: his legitimacy, by his title",
    text: "وقال نائب وزير الخارجية الروسي إن الرئيس السوري هو الرئيس الشرعي للبلاد",
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "«بشار الجعفري» is the government's envoy, not Assad: his staying in Geneva is no stance on Assad",
    text: "وقال المبعوث الأممي إن بشار الجعفري باق في جنيف حتى نهاية الجولة",
    expected: [],
  },
];

caseTable("Assad by his title, first name and the opposition's names for him", CASES);
