// Kinds found by the probe rounds: a relative clause on Iran's name, set off by a comma, whose verb and subject (a
// capital among them) come before her pronoun on a word of taking part («وطهران، التي تريد موسكو حضورها …»): the
// pronoun is hers, the clause's subject holds the position. Each row written for this table, not taken from the seeds,
// the development corpus or the probe's articles.
import { caseTable, type Case } from "./case-table";

/** A headline, so that the sentence under test is read as a body sentence. */
const HEAD = "مؤتمر جنيف 2 حول سوريا\n";
/** A closing body sentence with no stance. */
const TAIL = "\nوتتواصل التحضيرات لعقد المؤتمر في موعده.\n";

const CASES: Case[] = [
  {
    why: `«وطهران، التي تريد موسكو حضورها، …»: her pronoun in a relative clause on her name; the capital after the verb holds it (and, since the fiftieth probe, «وترفضه واشنطن» after it, the pronoun on the next verb, Washington's refusal)`,
    text: `${HEAD}وطهران، التي تريد موسكو حضورها وترفضه واشنطن، لم تتلق دعوة بعد.${TAIL}`,
    expected: ["russia iran_participation support", "usa iran_participation oppose"],
  },
  {
    why: `«وإيران، التي يريد الروس مشاركتها، …»: the same with a plural people as the clause's subject`,
    text: `${HEAD}وإيران، التي يريد الروس مشاركتها في المؤتمر، لم تعلق على الأمر.${TAIL}`,
    expected: ["russia iran_participation support"],
  },
  {
    why: `«وروسيا، التي تريد حضور إيران، …»: the antecedent is the subject when no name follows the verb (guard)`,
    text: `${HEAD}وروسيا، التي تريد حضور إيران، لم تعلق على الأمر.${TAIL}`,
    expected: ["russia iran_participation support"],
  },
  {
    why: `«والائتلاف، الذي يرفض مشاركة إيران، …»: Iran after the verb is the object, not the subject (guard)`,
    text: `${HEAD}والائتلاف، الذي يرفض مشاركة إيران، لم يحسم قراره.${TAIL}`,
    expected: ["national_coalition iran_participation oppose"],
  },
  {
    why: `«وطهران، التي زارها الوزير أمس، …»: no word of her taking part in the relative clause, nothing for her (guard)`,
    text: `${HEAD}وطهران، التي زارها الوزير أمس، لم تتلق دعوة بعد.${TAIL}`,
    expected: [],
  },
];

caseTable("review 21 (G6): relative clauses on Iran's name", CASES);
