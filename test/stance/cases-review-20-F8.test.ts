// Kinds found by the probe rounds among the tuples of iran_participation missed for want of a cue: her copula in a later
// clause after a predicate of hers or an aside between commas, wanted by a judgement of what is natural or needed
// («إيران جزء من الحل، ومن الطبيعي أن تكون حاضرة», «إيران، مثلها مثل تركيا، يجب أن تكون حاضرة»), also where that
// predicate is itself a word of taking part («جزء من الحل»); and no place for her by her pronoun («لا مكان لها في …») in
// a later clause or the next sentence, refused or let in on terms. Each row written for this table, not taken from the
// seeds, the development corpus or the probe's articles.
import { caseTable, type Case } from "./case-table";

/** A headline, so that the sentence under test is read as a body sentence. */
const HEAD = "مؤتمر جنيف 2 حول سوريا\n";
/** A closing body sentence with no stance. */
const TAIL = "\nوتتواصل التحضيرات لعقد المؤتمر في موعده.\n";

const CASES: Case[] = [
  {
    why: "«إيران لاعب مهم، ومن الطبيعي أن تكون حاضرة»: a predicate of hers, then what is natural in the next clause",
    text: `${HEAD}وقال وزير الخارجية الروسي إن إيران لاعب مهم في المنطقة، ومن الطبيعي أن تكون حاضرة في المؤتمر.${TAIL}`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "«إيران، مثلها مثل تركيا، يجب أن تكون حاضرة»: an aside between commas before the modal",
    text: `${HEAD}وقال وزير الخارجية الروسي إن "إيران، مثلها مثل تركيا والسعودية، يجب أن تكون حاضرة في جنيف".${TAIL}`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "«نعتبر إيران جزءاً من الحل، ومن الطبيعي أن تكون حاضرة»: her predicate a word of taking part, her copula after it",
    text: `${HEAD}وقال المبعوث الأممي دي ميستورا: "نعتبر إيران جزءا من الحل، ومن الطبيعي أن تكون حاضرة".${TAIL}`,
    expected: ["un iran_participation support"],
  },
  {
    why: "«إيران جزء من المشكلة، ومن الطبيعي ألا تكون حاضرة»: the negation after the judgement rejects (guard)",
    text: `${HEAD}وقال المتحدث باسم الائتلاف إن إيران جزء من المشكلة، ومن الطبيعي ألا تكون حاضرة في المؤتمر.${TAIL}`,
    expected: ["national_coalition iran_participation oppose"],
  },
  {
    why: "«إيران، وفق المعلومات، قد تكون حاضرة»: an aside and no modal of wanting states no wish (guard)",
    text: `${HEAD}وقال الدبلوماسي الروسي إن إيران، وفق المعلومات المتوفرة، قد تكون حاضرة في الاجتماع المقبل.${TAIL}`,
    expected: [],
  },
  {
    why: "«إيران طرف في الحرب، وبالتالي لا مكان لها في أي مؤتمر»: no place for her by her pronoun, in a later clause",
    text: `${HEAD}وقال المتحدث باسم الائتلاف إن "إيران طرف في الحرب على السوريين، وبالتالي لا مكان لها في أي مؤتمر حول سوريا".${TAIL}`,
    expected: ["national_coalition iran_participation oppose"],
  },
  {
    why: `«…، وإنه "لا مكان لها في جنيف ما دامت قواتها تقاتل"»: no place for her but on terms`,
    text: `${HEAD}وقال المتحدث باسم الائتلاف إن إيران جزء من المشكلة، وإنه "لا مكان لها في جنيف ما دامت قواتها تقاتل في سوريا".${TAIL}`,
    expected: ["national_coalition iran_participation conditional"],
  },
  {
    why: "«… طرف في الحرب. لا مكان لها على الطاولة إلا إذا سحبت قواتها»: her pronoun in the next sentence",
    text: `${HEAD}وقال المتحدث باسم الائتلاف: "إيران ليست وسيطا بل طرف في الحرب. لا مكان لها على طاولة المفاوضات إلا إذا سحبت قواتها من سوريا".${TAIL}`,
    expected: ["national_coalition iran_participation conditional"],
  },
  {
    why: "«المعارضة منقسمة، وبالتالي لا مكان لها»: the pronoun another's, not Iran's (guard)",
    text: `${HEAD}وقال وزير الخارجية الروسي إن المعارضة منقسمة، وبالتالي لا مكان لها في المؤتمر.${TAIL}`,
    expected: [],
  },
];

caseTable("review 20 (F8): Iran's taking part by her copula, no place for her", CASES);
