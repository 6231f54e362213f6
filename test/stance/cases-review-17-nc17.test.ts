// Kinds found by the probe rounds where no cue of the topic was read: Assad's fate named in a question and the answer
// a demonstrative of the matter left to the Syrians («ردا على سؤال عن مصير الرئيس السوري، قال: "هذا شأن يقرره
// السوريون"»), «يجيب عنه» as a verb of deciding; conditions set on Iran's taking part («تضع شروطاً تعجيزية لمشاركة
// إيران»), held by their setter; the plural «يربطون». Each row written for this table, not taken from the seeds, the
// development corpus or the probe's articles.
import { caseTable, type Case } from "./case-table";

/** A headline, so that the sentence under test is read as a body sentence. */
const HEAD = "مؤتمر جنيف 2 حول سوريا\n";
/** A body sentence with another speaker and no stance, before the one under test. */
const BEFORE = "وقال لافروف إن موسكو تتابع الاتصالات مع جميع الأطراف. ";
/** A closing body sentence with no stance. */
const TAIL = "\nوتتواصل التحضيرات لعقد المؤتمر في موعده.\n";

const CASES: Case[] = [
  // His fate in the question, the answer a demonstrative of the matter.
  {
    why: "«ردا على سؤال عن مستقبل الرئيس السوري، قال المبعوث: 'هذا أمر يقرره السوريون'»: left open, by the UN",
    text: `${HEAD}${BEFORE}وردا على سؤال عن مستقبل الرئيس السوري، قال المبعوث الأممي: "هذا أمر يقرره السوريون على طاولة المفاوضات".${TAIL}`,
    expected: ["un assad_role neutral"],
  },
  {
    why: "«ردا على سؤال حول مصير الأسد، قال وزير الخارجية الروسي إن 'هذه مسألة يقررها الشعب السوري'»: kept, by an ally",
    text: `${HEAD}${BEFORE}وردا على سؤال حول مصير الأسد، قال وزير الخارجية الروسي إن "هذه مسألة يقررها الشعب السوري وحده".${TAIL}`,
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "«مستقبل الأسد سؤال يجيب عنه السوريون»: answering it, a verb of deciding",
    text: `${HEAD}${BEFORE}وقال وزير الخارجية الأردني إن مستقبل الأسد سؤال يجيب عنه السوريون أنفسهم.${TAIL}`,
    expected: ["jordan assad_role neutral"],
  },
  {
    why: "«سئل الوزير عن مصير الرئيس السوري، فقال إن 'هذا شأن …'»: the asked one named before the question (guard)",
    text: `${HEAD}${BEFORE}وسئل وزير الخارجية الأردني في مؤتمر صحفي عن مصير الرئيس السوري، فقال إن "هذا شأن يقرره السوريون أنفسهم".${TAIL}`,
    expected: ["jordan assad_role neutral"],
  },
  {
    why: "«امتنع المبعوث عن الرد على سؤال عن مستقبل الأسد قائلا: 'هذا أمر …'»: the participle's subject holds it (guard)",
    text: `${HEAD}${BEFORE}وامتنع المبعوث الأممي عن الرد على سؤال عن مستقبل الأسد قائلا: "هذا أمر يقرره السوريون في المفاوضات".${TAIL}`,
    expected: ["un assad_role neutral"],
  },
  {
    why: "«سؤال عن مصير الأسد، قال إن المفاوضات ستبدأ …، وإن هذا أمر يحدده الطرفان»: not the Syrians (guard)",
    text: `${HEAD}${BEFORE}وردا على سؤال عن مصير الأسد، قال المبعوث الأممي إن المفاوضات ستبدأ في موعدها، وإن هذا أمر يحدده الطرفان.${TAIL}`,
    expected: [],
  },
  {
    why: "«موعد الانتخابات شأن يقرره السوريون»: no question of his fate (guard)",
    text: `${HEAD}${BEFORE}وقال المبعوث الأممي إن موعد الانتخابات شأن يقرره السوريون.${TAIL}`,
    expected: [],
  },
  // Conditions set on Iran's taking part: the setter accepts her only on them.
  {
    why: "«إن واشنطن تفرض شروطاً جديدة على مشاركة إيران»: Washington's, on her taking part, not on the talks",
    text: `${HEAD}${BEFORE}وقال ظريف إن واشنطن تفرض شروطا جديدة على مشاركة إيران في المؤتمر.${TAIL}`,
    expected: ["usa iran_participation conditional"],
  },
  {
    why: "«اتهم نائب وزير الخارجية الروسي واشنطن بأنها 'تضع شروطاً مصطنعة' لمشاركة إيران»: the accused sets them",
    text: `${HEAD}${BEFORE}واتهم نائب وزير الخارجية الروسي واشنطن بأنها "تضع شروطا مصطنعة" لمشاركة إيران.${TAIL}`,
    expected: ["usa iran_participation conditional"],
  },
  {
    why: "«'بعض الدول، وفي مقدمتها السعودية، تضع شروطاً تعجيزية لمشاركة إيران'»: Riyadh's; Iran, speaking, rejects them",
    text: `${HEAD}${BEFORE}وقال مساعد وزير الخارجية الإيراني إن "بعض الدول، وفي مقدمتها السعودية، تضع شروطا تعجيزية لمشاركة إيران".${TAIL}`,
    expected: ["iran geneva2_preconditions unconditional", "saudi_arabia iran_participation conditional"],
  },
  {
    why: "«رافضاً أن تفرض أي شروط مسبقة على مشاركة طهران»: refused, no one sets them; the one refusing them wants her there free of them (guard)",
    text: `${HEAD}${BEFORE}وأكد مساعد وزير الخارجية الإيراني أن حضور بلاده ضروري، رافضا أن تفرض أي شروط مسبقة على مشاركة طهران.${TAIL}`,
    expected: ["iran geneva2_preconditions unconditional", "iran iran_participation support"],
  },
  {
    why: "«لا يحق لأحد أن يفرض شروطاً على مشاركة إيران»: denied to anyone (guard)",
    text: `${HEAD}${BEFORE}وقال روحاني إنه لا يحق لأحد أن يفرض شروطا على مشاركة إيران.${TAIL}`,
    expected: ["iran geneva2_preconditions unconditional", "iran iran_participation support"],
  },
  {
    why: "«الأمريكيون ما زالوا يربطون حضور إيران بقبولها ببيان جنيف»: the plural of «يربط»",
    text: `${HEAD}${BEFORE}وقال السفير الروسي إن الأمريكيين ما زالوا يربطون حضور إيران بقبولها ببيان جنيف.${TAIL}`,
    expected: ["usa iran_participation conditional"],
  },
];

caseTable("review 17 (nc17): his fate asked and answered by a demonstrative, conditions set on Iran's taking part", CASES);
