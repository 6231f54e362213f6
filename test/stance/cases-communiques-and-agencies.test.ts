// Kinds left open in the last rounds' notes and found again in this session's rounds (final communiqués and summit
// statements, r197; the house style of state and partisan agencies, r199): a limit set on his staying; «لأن» before a
// name opening a clause of cause; a speaker's answer to a question; Iran wanted at the table or «هنا»; her absence
// told in a relative clause on the meeting; a person inside a quotation holding the position his verb states; a
// second report opened by «وكتب أن»; American diplomats. Each row a sentence of general news Arabic written for this
// table (not taken from the seeds, the development corpus or the rounds).
import { caseTable, type Case } from "./case-table";

const T = "جنيف 2: مواقف\n\n";

const CASES: Case[] = [
  {
    why: "a time limit on his staying refused: the limit is his going, so refusing it keeps him",
    text: `${T}وترفض طهران أي تحديد لسقف زمني لبقاء الأسد في السلطة.`,
    expected: ["iran assad_role may_stay"],
  },
  {
    why: "«وضع حد لبقاء الأسد»: putting an end to his staying is his going",
    text: `${T}وقالت الخارجية الفرنسية إنه يجب وضع حد لبقاء الأسد في السلطة.`,
    expected: ["france assad_role must_go"],
  },
  {
    why: "support for his staying, no limit before it (guard)",
    text: `${T}وأكدت موسكو دعمها لبقاء الأسد في السلطة.`,
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "«لأن تركيا اشترطت …»: a name after «لأن» opens a clause of cause, out of the refusal's reach",
    text: `${T}وقال المسلط إن الوفد لن يشارك لأن تركيا اشترطت رحيل الأسد.`,
    expected: ["turkey geneva2_preconditions conditional", "turkey assad_role must_go"],
  },
  {
    why: "«لا سبيل لأن يكون …»: «ل» and «أن» before a verb still carry the negation (guard)",
    text: `${T}وقال لافروف إنه لا سبيل لأن يكون رحيل الأسد شرطا مسبقا.`,
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "«رداً على سؤال: «…»»: the quotation after the question is the speaker's answer",
    text: `${T}وقال كيري ردا على سؤال: "لا شروط مسبقة للمفاوضات".`,
    expected: ["usa geneva2_preconditions unconditional"],
  },
  {
    why: "«رداً على تصريحات … حول الشروط»: what a speaker responds to is not his position (guard)",
    text: `${T}وقال لافروف ردا على تصريحات كيري حول الشروط المسبقة إن موسكو تدعم الحوار.`,
    expected: [],
  },
  {
    why: "Iran that must be around this table: her seat at the talks wanted",
    text: `${T}وقال ظريف إن إيران يجب أن تكون حول هذه الطاولة.`,
    expected: ["iran iran_participation support"],
  },
  {
    why: "Iran that must not be at this table: her seat rejected",
    text: `${T}وقال الجربا إن إيران لا يجب أن تكون على هذه الطاولة.`,
    expected: ["national_coalition iran_participation oppose"],
  },
  {
    why: "Iran that was here last year (guard): a fact, no seat wanted",
    text: `${T}وقال كيري إن إيران كانت هنا العام الماضي.`,
    expected: [],
  },
  {
    why: "«المؤتمر … والذي لن تشارك فيه إيران»: her absence told of the meeting is no one's refusal of her",
    text: `${T}وأعلن كيري أن الولايات المتحدة تأمل في إقناع المعارضة بالمشاركة في المؤتمر المقرر في سويسرا والذي لن تشارك فيه إيران.`,
    expected: [],
  },
  {
    why: "a meeting refused because Iran takes part in it (guard): the refusal stands",
    text: `${T}وقال الجربا إن الائتلاف لن يشارك في المؤتمر الذي ستشارك فيه إيران.`,
    expected: ["national_coalition iran_participation oppose"],
  },
  {
    why: "a person right before a verb of position inside a quotation holds it, not the one quoting",
    text: `${T}وقال كيري: «صديقي سيرغي لافروف يصر على حضور إيران، وأنا أختلف معه».`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "the speaker in the first person inside his quotation (guard)",
    text: `${T}وقال لافروف: «نحن نصر على حضور إيران».`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "«، وكتب أن «…»»: a second report whose lead starts there, not past the rejection of the withdrawal before it",
    text: `${T}وقال الوزير السويدي إن سحب الدعوة "خطأ"، وكتب أن "إيران يجب أن تكون على الطاولة".`,
    expected: ["sweden iran_participation support"],
  },
  {
    why: "«دبلوماسيون أمريكيون» speak for the United States",
    text: `${T}وقال دبلوماسيون أمريكيون إن على المعارضة الذهاب إلى جنيف دون شروط مسبقة.`,
    expected: ["usa geneva2_preconditions unconditional"],
  },
];

caseTable("Communiqués and agencies: limits on his staying, answers to questions, Iran at the table, quoted persons", CASES);
