// Kinds of sentence found by the eleventh probe of the development corpus: another's statements on Assad condemned
// (the condemner holds the opposite), an objection to Iran's taking part named by a noun whose object is a pronoun or
// demonstrative after a preposition, and whoever demands Assad's going told to wake up from their dreams. Each row
// written for this table, not taken from the seeds, the development corpus or the probe's articles.
import { caseTable, type Case } from "./case-table";

/** A headline, so that the sentence under test is read as a body sentence. */
const HEAD = "مؤتمر جنيف 2 حول سوريا\n";
/** A closing body sentence with no stance. */
const TAIL = "\nوتتواصل التحضيرات لعقد المؤتمر في موعده.\n";

const CASES: Case[] = [
  // Another's statements condemned: the condemner holds the opposite, the statements' owner what they say.
  {
    why: "«انتقد لافروف تصريحات كيري بشأن ضرورة رحيل الأسد»: the critic keeps him, the statements' owner wants him gone",
    text: `${HEAD}وانتقد لافروف تصريحات كيري بشأن ضرورة رحيل الأسد.${TAIL}`,
    expected: ["russia assad_role may_stay", "usa assad_role must_go"],
  },
  {
    why: "«ونددت الخارجية الإيرانية بتصريحات وزير الخارجية السعودي التي طالب فيها بتنحي الأسد»: a relative clause on the statements",
    text: `${HEAD}ونددت الخارجية الإيرانية بتصريحات وزير الخارجية السعودي التي طالب فيها بتنحي الأسد.${TAIL}`,
    expected: ["iran assad_role may_stay", "saudi_arabia assad_role must_go"],
  },
  {
    why: "«استنكرت دمشق ما أدلى به وزير الخارجية البريطاني من أنه لا مكان للأسد»: «ما أدلى به … من أنه»",
    text: `${HEAD}واستنكرت دمشق ما أدلى به وزير الخارجية البريطاني من أنه لا مكان للأسد في المرحلة الانتقالية.${TAIL}`,
    expected: ["syrian_government assad_role may_stay", "uk assad_role must_go"],
  },
  {
    why: "«هاجم الائتلاف الوطني تصريحات لافروف حول بقاء الأسد»: statements keeping him condemned want him gone",
    text: `${HEAD}وهاجم الائتلاف الوطني تصريحات لافروف حول بقاء الأسد في السلطة.${TAIL}`,
    expected: ["national_coalition assad_role must_go", "russia assad_role may_stay"],
  },
  {
    why: "«وقالت الخارجية السورية إنها تدين تصريحات كيري بأن الأسد يجب أن يرحل»: the verb of condemning after «إنها»",
    text: `${HEAD}وقالت الخارجية السورية إنها تدين تصريحات كيري بأن الأسد يجب أن يرحل.${TAIL}`,
    expected: ["syrian_government assad_role may_stay", "usa assad_role must_go"],
  },
  {
    why: "«نقلت وكالة الأنباء تصريحات وزير الخارجية الفرنسي حول ضرورة رحيل الأسد»: statements reported, not condemned (guard)",
    text: `${HEAD}ونقلت وكالة الأنباء تصريحات وزير الخارجية الفرنسي حول ضرورة رحيل الأسد.${TAIL}`,
    expected: ["france assad_role must_go"],
  },
  {
    why: "«رحب الائتلاف بتصريحات وزير الخارجية الفرنسي بأنه لا مكان للأسد»: statements welcomed are shared (guard)",
    text: `${HEAD}ورحب الائتلاف الوطني بتصريحات وزير الخارجية الفرنسي بأنه لا مكان للأسد في مستقبل سوريا.${TAIL}`,
    expected: ["national_coalition assad_role must_go"],
  },
  {
    why: "«رفضت موسكو دعوات واشنطن إلى تنحي الأسد»: turned by its own words already, no second turn (guard); the calls' owner holds them",
    text: `${HEAD}ورفضت موسكو دعوات واشنطن إلى تنحي الأسد.${TAIL}`,
    expected: ["russia assad_role may_stay", "usa assad_role must_go"],
  },
  // An objection to her taking part, its object a pronoun or demonstrative after a preposition.
  {
    why: "«مشاركة إيران … لم يتم البت فيها بسبب معارضة الولايات المتحدة لذلك»: the objection's object is her taking part",
    text: `${HEAD}وقال الإبراهيمي إن مشاركة إيران في المؤتمر لم يتم البت فيها بعد بسبب معارضة الولايات المتحدة لذلك.${TAIL}`,
    expected: ["usa iran_participation oppose"],
  },
  {
    why: "«حضور طهران ما زال معلقاً بسبب اعتراض واشنطن عليه»: «عليه» for her attending",
    text: `${HEAD}وأوضح المبعوث أن حضور طهران ما زال معلقا بسبب اعتراض واشنطن عليه.${TAIL}`,
    expected: ["usa iran_participation oppose"],
  },
  {
    why: "«دعوة إيران تأخرت بسبب رفض الرياض لها»: «لها» for the invitation",
    text: `${HEAD}وقال دبلوماسي غربي إن دعوة إيران إلى المؤتمر تأخرت بسبب رفض الرياض لها.${TAIL}`,
    expected: ["saudi_arabia iran_participation oppose"],
  },
  {
    why: "«مشاركة إيران مهمة، لذلك يعمل على إقناع الأطراف»: «لذلك» for therefore, no objection (guard)",
    text: `${HEAD}وقال المبعوث إن مشاركة إيران في المؤتمر مهمة، لذلك يعمل على إقناع الأطراف.${TAIL}`,
    expected: [],
  },
  {
    why: "«دعوة إيران لم تحسم بسبب انشغال واشنطن بذلك»: a word of no objection before «بذلك» (guard)",
    text: `${HEAD}وقال المبعوث إن دعوة إيران إلى المؤتمر لم تحسم بسبب انشغال واشنطن بذلك.${TAIL}`,
    expected: [],
  },
  // Whoever demands his going told to wake up from their dreams keeps him, as the speaker says.
  {
    why: "«على الدول التي تطالب برحيل الأسد أن تستفيق من أحلامها»: the obligation to wake up judges the demand",
    text: `${HEAD}وقالت دمشق إن على الدول التي تطالب برحيل الأسد أن تستفيق من أحلامها.${TAIL}`,
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: "«من يراهن على رحيل الرئيس عليه أن يستيقظ من أوهامه»: whoever bets on it, «عليه أن يستيقظ»",
    text: `${HEAD}وقال المعلم إن من يراهن على رحيل الرئيس الأسد عليه أن يستيقظ من أوهامه.${TAIL}`,
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: "«على الدول التي تطالب برحيل الأسد أن تعيد النظر في مواقفها»: asked to reconsider, not called dreamers (guard)",
    text: `${HEAD}وقالت دمشق إن على الدول التي تطالب برحيل الأسد أن تعيد النظر في مواقفها.${TAIL}`,
    expected: [],
  },
  {
    why: "«على المعارضة أن تستفيق من أحلامها وتأتي إلى جنيف»: waking up with no demand on Assad before it (guard)",
    text: `${HEAD}وقال المعلم إن على المعارضة أن تستفيق من أحلامها وتأتي إلى جنيف.${TAIL}`,
    expected: [],
  },
];

caseTable("probe 11 (dev): statements condemned, objections taken up, dreams of his going", CASES);
