// Labels that should be neutral or nothing, found by an eighth probe (the newest held-out rounds, r56-r58, read for
// assad_role/neutral and for denials, predictions and rumours): each row written for this table, not taken from the
// seeds, the development corpus or the probe's articles.
import { caseTable, type Case } from "./case-table";

/** A headline, so that the sentence under test is read as a body sentence. */
const HEAD = "مؤتمر جنيف 2 حول سوريا\n";

const CASES: Case[] = [
  // Declining to take a side.
  {
    why: "«لم تقل أبداً إن على الأسد أن يرحل أو أن يبقى»: never having said either is no side (not a negated must_go and may_stay)",
    text: `${HEAD}وقال المتحدث باسم الكرملين إن موسكو لم تقل أبداً إن على الأسد أن يرحل أو أن يبقى.`,
    expected: ["russia assad_role neutral"],
  },
  {
    why: "«لم نقل يوماً إنه يجب أن يبقى أو يرحل», his name before it",
    text: `${HEAD}وسئل لافروف عن الرئيس الأسد، فقال: "نحن لم نقل يوماً إنه يجب أن يبقى أو يرحل".`,
    expected: ["russia assad_role neutral"],
  },
  {
    why: "«ستقبل بنتائج الانتخابات مهما كان الفائز فيها»: whoever the ballot gives, Assad named the sentence before",
    text: `${HEAD}وتتمسك المعارضة برحيل الأسد. من جهته قال الرئيس الإيراني إن طهران ستقبل بنتائج الانتخابات السورية مهما كان الفائز فيها.`,
    expected: ["iran assad_role neutral", "syrian_opposition assad_role must_go"],
  },
  {
    why: "«ستقبل أي رئيس يختاره السوريون», his future named the sentence before",
    text: `${HEAD}وتناول اللقاء مستقبل الأسد. وقال روحاني إن طهران ستقبل أي رئيس يختاره السوريون في انتخابات حرة.`,
    expected: ["iran assad_role neutral"],
  },
  {
    why: "«ليست متمسكة بأي شخص», Assad named in the sentence before",
    text: `${HEAD}وتناول اللقاء مستقبل الأسد. وأكد ظريف أن إيران ليست متمسكة بأي شخص.`,
    expected: ["iran assad_role neutral"],
  },
  {
    why: 'a quotation opening on the predicate («مصير الأسد "مسألة ثانوية"»)',
    text: `${HEAD}واعتبرت المفوضة الأوروبية موغيريني أن مصير الأسد "مسألة ثانوية في هذه المرحلة".`,
    expected: ["eu assad_role neutral"],
  },
  {
    why: "«مسألة شخص الرئيس الأسد ثانوية»: the question of his person secondary",
    text: `${HEAD}وقال بوغدانوف إن مسألة شخص الرئيس الأسد ثانوية بالنسبة إلى موسكو.`,
    expected: ["russia assad_role neutral"],
  },
  {
    why: "his future named, «وإن هذا ليس من شأني»",
    text: `${HEAD}وقال الإبراهيمي في مؤتمر صحفي إن مستقبل الأسد مسألة يقررها السوريون، وإن هذا ليس من شأني.`,
    expected: ["un assad_role neutral"],
  },
  {
    why: "«ليس من دوري أن أقرر من يبقى ومن يرحل», his future named the sentence before",
    text: `${HEAD}وسئل دي ميستورا عن مستقبل الأسد. وقال دي ميستورا إنه ليس من دوري أن أقرر من يبقى ومن يرحل.`,
    expected: ["un assad_role neutral"],
  },
  {
    why: "«لست أنا من يقرر مصير الأسد»",
    text: `${HEAD}وقال بان كي مون: لست أنا من يقرر مصير الأسد.`,
    expected: ["un assad_role neutral"],
  },
  {
    why: "«هذا ليس من شأني» with no fate or role of his named near it is about something else (guard)",
    text: `${HEAD}وسئل دي ميستورا عن موعد الجولة المقبلة فقال إن هذا ليس من شأني.`,
    expected: [],
  },
  // «لكن» turning a concession.
  {
    why: "«لا تتمسك بأشخاص، لكنه شدد على أن رحيل الأسد لا يمكن أن يكون شرطاً»: the clause after «لكن» holds the position",
    text: `${HEAD}وقال لافروف إن روسيا لا تتمسك بأشخاص، لكنه شدد على أن رحيل الأسد لا يمكن أن يكون شرطاً مسبقاً للحوار.`,
    expected: ["russia assad_role may_stay", "russia geneva2_preconditions unconditional"],
  },
  {
    why: "«لا تتمسك بالأشخاص، لكنه أضاف أن الشعب السوري وحده يقرر …»: a «لكن» leaving it to the Syrians still takes no side (guard)",
    text: `${HEAD}وقال ظريف إن إيران لا تتمسك بالأشخاص في سوريا، لكنه أضاف أن الشعب السوري وحده يقرر مصير الأسد.`,
    expected: ["iran assad_role neutral"],
  },
  {
    why: "another's «لكن» («… لا يتمسكون بأشخاص، لكن طائراتهم …») is the speaker's, the concession stands (guard)",
    text: `${HEAD}وقال لافروف إن موسكو لا تتمسك بأشخاص ومصير الأسد ليس من شأنها، لكن طائراتها تقصف المدن كل يوم.`,
    expected: ["russia assad_role neutral"],
  },
  // Not the priority.
  {
    why: "«مصير الأسد ليس أولوية» is CONTRACT.md's «is not the priority»: may_stay",
    text: `${HEAD}وقال المتحدث باسم الخارجية الأمريكية إن مصير الأسد ليس أولوية في هذه المرحلة.`,
    expected: ["usa assad_role may_stay"],
  },
  {
    why: "«مصير الأسد مسألة ثانوية» stays neutral (guard)",
    text: `${HEAD}وقال المتحدث باسم الخارجية الأمريكية إن مصير الأسد مسألة ثانوية.`,
    expected: ["usa assad_role neutral"],
  },
  // Denials.
  {
    why: "a denied report read by the word classes («نفى … ما تداولته وسائل إعلام عن أن طهران وافقت على مرحلة لا دور للأسد فيها»)",
    text: `${HEAD}ونفى المتحدث باسم الخارجية الإيرانية ما تداولته وسائل إعلام عن أن طهران وافقت على مرحلة انتقالية لا يكون للأسد دور فيها.`,
    expected: [],
  },
  {
    why: "«نفى وزير الإعلام السوري فلان ما نشرته صحيفة عن …»: a denier named at length",
    text: `${HEAD}ونفى وزير الإعلام السوري عمران الزعبي ما نشرته صحيفة أجنبية عن عرض على الأسد بالتنحي مقابل ضمانات.`,
    expected: [],
  },
  {
    why: "«ما تردد عن …»: what went round, denied",
    text: `${HEAD}ونفى الكرملين ما تردد عن قبول موسكو بخروج الأسد من السلطة مقابل ضمانات.`,
    expected: [],
  },
  {
    why: "the denier's own next clause («…، مؤكداً أن …») is his position again (guard)",
    text: `${HEAD}ونفى لافروف ما نشرته صحف غربية عن صفقة حول الأسد، مؤكداً أن رحيل الأسد لا يمكن أن يكون شرطاً مسبقاً للحوار.`,
    expected: ["russia assad_role may_stay", "russia geneva2_preconditions unconditional"],
  },
  {
    why: "a relative clause on what the denied clause names is no part of the denial («سحب الدعوة التي وجهها إلى إيران») (guard)",
    text: `${HEAD}ونفى المتحدث الأممي أن يكون بان كي مون قد سحب الدعوة التي وجهها إلى إيران.`,
    expected: ["un iran_participation support"],
  },
  {
    why: "«…، لكن الخارجية التركية نفت ذلك»: a report denied after it",
    text: `${HEAD}وذكرت صحف عربية أن أنقرة وافقت على بقاء الأسد لفترة انتقالية لكن الخارجية التركية نفت ذلك.`,
    expected: [],
  },
  // Predictions and guesses.
  {
    why: "«ومن المتوقع أن ترفضها» after her taking part: the author's prediction",
    text: `${HEAD}وذكرت مصادر أن الإدارة الأمريكية لم تقرر بعد شيئا في مسألة مشاركة إيران، ومن المتوقع أن ترفضها في نهاية الأمر.`,
    expected: [],
  },
  {
    why: "«ومن المرجح أن تعارضها»: a prediction of the prediction class",
    text: `${HEAD}وذكرت مصادر أن الإدارة الأمريكية لم تقرر بعد شيئا في مسألة مشاركة إيران، ومن المرجح أن تعارضها.`,
    expected: [],
  },
  {
    why: "a rejection right after her taking part, not predicted, stays (guard)",
    text: `${HEAD}وقالت الخارجية الأمريكية إن مشاركة إيران في المؤتمر مرفوضة.`,
    expected: ["usa iran_participation oppose"],
  },
  {
    why: "a source's «قد تقبل» of another party («نقلت عن مصدر دبلوماسي أن فرنسا قد تقبل …») is a guess",
    text: `${HEAD}ونقلت صحيفة عن مصدر دبلوماسي أن فرنسا قد تقبل في النهاية ببقاء الأسد خلال المرحلة الانتقالية.`,
    expected: [],
  },
  {
    why: "«قد تجد نفسها مضطرة لقبول بقاء الأسد» in a source's quotation",
    text: `${HEAD}وقال مصدر دبلوماسي غربي إن واشنطن "قد تجد نفسها مضطرة لقبول بقاء الأسد".`,
    expected: [],
  },
  {
    why: "the minister's own «بلاده قد تقبل ببقاء الأسد» is his country's position, hedged (guard)",
    text: `${HEAD}وقال وزير الخارجية البريطاني إن بلاده قد تقبل ببقاء الأسد لفترة انتقالية قصيرة.`,
    expected: ["uk assad_role may_stay"],
  },
  {
    why: "«قد تمسكت» is a perfect verb, what has happened (guard)",
    text: `${HEAD}وقد تمسكت موسكو ببقاء الأسد في السلطة حتى نهاية ولايته.`,
    expected: ["russia assad_role may_stay"],
  },
];

caseTable("Eighth probe (L): declining to take a side on Assad, concessions, denials, predictions and sources' guesses", CASES);
