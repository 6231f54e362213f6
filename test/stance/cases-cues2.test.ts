// Round two of the cue cases: composed word classes and polarity inside a "that"-condition.
import { caseTable, type Case } from "./case-table";

const CASES: Case[] = [
  {
    why: "a negation inside «على أن» is part of the requirement: no role for him is his departure",
    text: "وأكد الائتلاف على أن لا يكون للأسد وأعوانه أي دور في المرحلة الانتقالية.",
    expected: ["national_coalition assad_role must_go"],
  },
  {
    why: "«بشرط ألا» a role for him: the condition requires his departure",
    text: "ووافقت المعارضة على المشاركة بشرط ألا يكون للأسد دور في المرحلة الانتقالية.",
    expected: ["syrian_opposition assad_role must_go", "syrian_opposition geneva2_preconditions conditional"],
  },
  {
    why: "«فاقد للشرعية» said of him is a call for his departure",
    text: "وأكدت تركيا أن الرئيس السوري فاقد للشرعية.",
    expected: ["turkey assad_role must_go"],
  },
  {
    why: "refusing to sit with Iran at the table opposes her taking part",
    text: "ورفض الائتلاف الوطني الجلوس مع إيران على طاولة المفاوضات.",
    expected: ["national_coalition iran_participation oppose"],
  },
];

caseTable("cues, round two", CASES);
