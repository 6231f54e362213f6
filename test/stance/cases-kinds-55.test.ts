// Kinds mended in the fifty-fifth probe, each a row here, with guards:
// - «بقراره»/«بقرارها» (by his decision), as «بإعلانه», among the stance words a holder is found by
//   (attribution.json stanceWords: «فاجأ بان كي مون الجميع بقراره توجيه دعوة إلى إيران»; not «في قرارة أنفسهم»,
//   nor «قرارها» without «بـ», the object of another verb);
// - a demand for his departure named by a definite verbal noun with no owner («المطالبة برحيل الأسد كشرط لبدء
//   المفاوضات أمر غير واقعي»): the one judging it rejects the precondition too (unconditional), as with «اشتراط»;
//   not a demand whose owner is named («مطالبة المعارضة برحيل الأسد …»: the owner's condition);
// - among the rejecting predicates (cues.json rejectedAfter): «لم تكن واقعية (يوماً)», as «لم تعد واقعية», and «لا
//   علاقة لها ببيان جنيف / بما وقعناه / بالواقع» (the demand said to have nothing to do with the reference it claims);
// - «قول» with its owner and a bare «إن» («ورد المعلم على قول كيري إن الأسد لن يكون جزءاً …»): what the owner said,
//   as with «تصريحات كيري بأن», not the words of the one answering;
// - a phrase cue judged past an aside between commas («المطالبة برحيل الرئيس الأسد، وهو رئيس منتخب، شرط غير مقبول»),
//   as the composed cues and the Iran pass read it; not past a clause closed and a participle of saying opening the
//   next («…، وهي دولة أساسية في المنطقة"، متهماً السعودية بأنها "تعطل التسوية"»);
// - among the rejecting predicates: «انفصال تام عن الواقع», «ذريعة لإفشال …» (not what something is turned into:
//   «ترفض أن تتحول الشروط إلى ذريعة لتعطيله»); «ولا» (as «لا») opens no predicate of its own after the words between
//   («من دون شروط ولا أوهام»: not «أوهام» judging the conditions).
import { caseTable, type Case } from "./case-table";

const T = "جنيف 2: مواقف\n\n";

const CASES: Case[] = [
  {
    why: "«فاجأ بان كي مون الجميع بقراره توجيه دعوة إلى إيران»: the decision's pronoun, his",
    text: `${T}وفاجأ الأمين العام للأمم المتحدة بان كي مون الصحفيين بقراره توجيه دعوة إلى إيران لحضور مؤتمر جنيف 2.`,
    expected: ["un iran_participation support"],
  },
  {
    why: "guard: «في قرارة أنفسهم» is no decision",
    text: `${T}وقال المعلم إن الأمريكيين في قرارة أنفسهم يعرفون أن لا بديل عن الرئيس الأسد.`,
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: "«المطالبة برحيل الأسد كشرط لبدء المفاوضات أمر غير واقعي»: the precondition rejected too",
    text: `${T}وقال وزير الخارجية الروسي سيرغي لافروف إن المطالبة برحيل الأسد كشرط لبدء المفاوضات أمر غير واقعي.`,
    expected: ["russia assad_role may_stay", "russia geneva2_preconditions unconditional"],
  },
  {
    why: "guard: the owner of the demand named, his condition; the judge's rejection of the departure only",
    text: `${T}وقال وزير الخارجية الروسي سيرغي لافروف إن مطالبة المعارضة برحيل الأسد كشرط لبدء المفاوضات أمر غير واقعي.`,
    expected: ["russia assad_role may_stay", "syrian_opposition assad_role must_go", "syrian_opposition geneva2_preconditions conditional"],
  },
  {
    why: "«المطالبة برحيل الأسد لم تكن واقعية يوماً»: the demand rejected",
    text: `${T}وقال وزير الخارجية الروسي سيرغي لافروف إن المطالبة برحيل الأسد «لم تكن واقعية يوماً».`,
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "«المطالبة برحيل الرئيس السوري لا علاقة لها بما وقعناه في جنيف»",
    text: `${T}واعتبر نائب وزير الخارجية الروسي غينادي غاتيلوف أن «المطالبة برحيل الرئيس السوري لا علاقة لها بما وقعناه في جنيف».`,
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "«… لا علاقة لها ببيان جنيف»",
    text: `${T}وقال غاتيلوف إن المطالبة بتنحي الأسد لا علاقة لها ببيان جنيف.`,
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "guard: «لا علاقة لها» with something else is no judgement of the demand",
    text: `${T}وقال غاتيلوف إن المطالبة برحيل الأسد لا علاقة لها بمكافحة الإرهاب في رأي واشنطن.`,
    expected: ["russia assad_role must_go"],
  },
  {
    why: "«رد المعلم على قول كيري إن الأسد لن يكون جزءاً من الحكومة الانتقالية»: Kerry's words",
    text: `${T}ورد وزير الخارجية السوري وليد المعلم على قول وزير الخارجية الأميركي جون كيري إن الأسد «لن يكون جزءاً من الحكومة الانتقالية» بعبارات حادة.`,
    expected: ["usa assad_role must_go"],
  },
  {
    why: "guard: «قال المعلم إن …» after «قول» elsewhere stays the speaker's",
    text: `${T}وفي معرض القول إن الحل سياسي، قال المعلم إن الأسد لن يتنحى.`,
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: "«المطالبة برحيل الرئيس الأسد، وهو رئيس منتخب، شرط غير مقبول»: judged past the aside",
    text: `${T}وقال الرئيس الإيراني حسن روحاني إن "المطالبة برحيل الرئيس الأسد، وهو رئيس منتخب، شرط غير مقبول".`,
    expected: ["iran assad_role may_stay"],
  },
  {
    why: "guard: a clause closed, then a participle of saying: no judgement of her absence",
    text: `${T}ولفت نصر الله إلى أنه "لا معنى لمؤتمر تغيب عنه إيران، وهي دولة أساسية في المنطقة"، متهماً السعودية بأنها "تعطل التسوية".`,
    expected: ["hezbollah iran_participation support"],
  },
  {
    why: "«مطالبة بعض العواصم الغربية برحيل الأسد … انفصال تام عن الواقع»",
    text: `${T}ورأت المتحدثة باسم الخارجية الروسية ماريا زاخاروفا أن مطالبة بعض العواصم الغربية برحيل الأسد "انفصال تام عن الواقع".`,
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "«الشروط المسبقة ذريعة لإفشال المؤتمر»",
    text: `${T}وقال وزير الخارجية الروسي سيرغي لافروف إن الشروط المسبقة "ذريعة لإفشال العملية السياسية".`,
    expected: ["russia geneva2_preconditions unconditional"],
  },
  {
    why: "guard: «ترفض أن تتحول الشروط المسبقة إلى ذريعة لتعطيله»: what they may turn into, one refusal only",
    text: `${T}وقال نبيل العربي إن الجامعة العربية «ترفض أن تتحول الشروط المسبقة من أي طرف إلى ذريعة لتعطيل المؤتمر».`,
    expected: ["arab_league geneva2_preconditions unconditional"],
  },
  {
    why: "«الذهاب إلى طاولة المفاوضات من دون شروط ولا أوهام»",
    text: `${T}ودعا الأمين العام لحزب الله حسن نصر الله من يريد الحل إلى الذهاب إلى طاولة المفاوضات "من دون شروط ولا أوهام".`,
    expected: ["hezbollah geneva2_preconditions unconditional"],
  },
];

caseTable("kinds of the fifty-fifth probe", CASES);
