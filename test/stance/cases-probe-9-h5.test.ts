// Kinds of sentence found by a ninth probe (the held-out rounds r62-r67, read after their first run): each row
// written for this table, not taken from the seeds, the development corpus or the probe's articles.
import { caseTable, type Case } from "./case-table";

/** A headline, so that the sentence under test is read as a body sentence. */
const HEAD = "مؤتمر جنيف 2 حول سوريا\n";

const CASES: Case[] = [
  // A demand for his going described as unrealistic after a comma: the describer keeps him, the one demanding it
  // still wants him gone.
  {
    why: "«…، واصفاً المطالبة برحيل الأسد بأنها غير واقعية»: the describer holds may_stay, not the party whose demand it is",
    text: `${HEAD}وقال نائب وزير الخارجية الروسي إن الائتلاف ما زال يربط حضوره للمؤتمر بتعهدات مسبقة بتنحي الرئيس الأسد، واصفا المطالبة برحيل الأسد قبل بدء التفاوض بأنها "غير واقعية".`,
    expected: [
      "national_coalition geneva2_preconditions conditional",
      "national_coalition assad_role must_go",
      "russia assad_role may_stay",
      "russia geneva2_preconditions unconditional",
    ],
  },
  {
    why: "«…، ووصف هذه الشروط بأنها غير واقعية» after conditions led by his going: the setter must_go, the describer may_stay",
    text: `${HEAD}وقال وزير الخارجية الروسي إن المعارضة السورية تضع شروطا مسبقة للذهاب إلى جنيف، أولها تنحي الرئيس بشار الأسد، ووصف هذه الشروط بأنها غير واقعية.`,
    expected: [
      "syrian_opposition geneva2_preconditions conditional",
      "syrian_opposition assad_role must_go",
      "russia geneva2_preconditions unconditional",
      "russia assad_role may_stay",
    ],
  },
  {
    why: "«المطالبة برحيل الأسد أمر غير واقعي» with no describing word before it: the speaker's own judgement (guard)",
    text: `${HEAD}وقال وزير الخارجية الإيراني إن المطالبة برحيل الأسد قبل المفاوضات أمر غير واقعي.`,
    expected: ["iran assad_role may_stay"],
  },
  // His fate for the Syrians, and no outside state's business: neutral even from an ally.
  {
    why: "«يقرره السوريون وحدهم، وليس من شأن أي دولة أجنبية» from an ally: none of its business (neutral)",
    text: `${HEAD}وقال المتحدث باسم الخارجية الإيرانية إن مصير الرئيس الأسد يقرره الشعب السوري وحده، وليس من شأن أي دولة أجنبية بما فيها بلاده.`,
    expected: ["iran assad_role neutral"],
  },
  {
    why: "«وليس من شأن أي طرف خارجي» in quotation marks after his fate left to the Syrians: neutral",
    text: `${HEAD}وأكد نائب وزير الخارجية الروسي أن "مستقبل الرئيس السوري يحدده الشعب السوري، وليس من شأن أي طرف خارجي".`,
    expected: ["russia assad_role neutral"],
  },
  {
    why: "«مصير الأسد يقرره السوريون» alone from an ally keeps him (guard: may_stay as before)",
    text: `${HEAD}وقال وزير الخارجية الإيراني إن مصير الأسد يقرره الشعب السوري عبر صناديق الاقتراع.`,
    expected: ["iran assad_role may_stay"],
  },
  // A demand for his going judged out of touch or meant to wreck the talks.
  {
    why: "«الحديث عن رحيل الأسد شرطاً للتسوية حديث خارج الواقع»: the one judging it keeps him",
    text: `${HEAD}وقال نائب الأمين العام لحزب الله إن الحديث عن رحيل الرئيس الأسد كشرط للتسوية هو كلام خارج الواقع.`,
    expected: ["hezbollah assad_role may_stay"],
  },
  {
    why: "«من يشترطون رحيل الأسد إنما يريدون تعطيل المفاوضات»: whoever demands it is judged; the speaker keeps him",
    text: `${HEAD}وقال المتحدث باسم الخارجية الروسية إن من يطالبون بتنحي الأسد قبل الحوار إنما يريدون تعطيل المفاوضات.`,
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "«يريد أن يرى الأسد خارج السلطة»: «خارج» naming where he should be, no judgement (guard: must_go)",
    text: `${HEAD}وقال وزير الخارجية الفرنسي إن بلاده تطالب برحيل الأسد خارج السلطة قبل نهاية المرحلة الانتقالية.`,
    expected: ["france assad_role must_go"],
  },
  // His going, or its timing, no obstacle to starting the talks.
  {
    why: "«توقيت رحيل الأسد لا ينبغي أن يكون عائقاً أمام بدء المفاوضات»: his going is no precondition (may_stay)",
    text: `${HEAD}وقال وزير الخارجية الأمريكي إن موعد رحيل الأسد لا ينبغي أن يكون عائقا أمام انطلاق المحادثات.`,
    expected: ["usa assad_role may_stay"],
  },
  {
    why: "«رحيل الأسد لن يكون عقبة أمام الحل» (guard on the wording: the same reading with «عقبة»)",
    text: `${HEAD}وقال المبعوث البريطاني إن رحيل الأسد لا يمكن أن يكون عقبة أمام بدء التفاوض.`,
    expected: ["uk assad_role may_stay"],
  },
  {
    why: "«توقيت الانتخابات لا ينبغي أن يكون عائقاً أمام المفاوضات»: another's timing, not his going (guard: nothing on Assad)",
    text: `${HEAD}وقال وزير الخارجية التركي إن توقيت الانتخابات البرلمانية لا ينبغي أن يكون عائقا أمام بدء المفاوضات.`,
    expected: [],
  },
];

caseTable("ninth probe (H5): kinds of r62-r67", CASES);
