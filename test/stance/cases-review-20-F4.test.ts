// Kinds found by the probe rounds among the claims whose label is wrong and the tuples missed for their label: Assad's
// fate left to the Syrians by an ally who, beside it, takes no side on him (not attached to persons, none of its
// business) — neutral, not may_stay; an invitation to Iran extended and withdrawn in one sentence, its inviter named
// after «وجه» (whose «ـه» and «و» are the root's, no pronoun and no conjunction), or the withdrawer's own invitation
// («سحب دعوته إلى إيران»), or the withdrawer's names followed by words of time — both labels; and Iran refused but let in
// on terms («لا مكان لإيران إلا بشروط»), or accepted on terms a few words after the predicate — conditional. Each row
// written for this table, not taken from the seeds, the development corpus or the probe's articles.
import { caseTable, type Case } from "./case-table";

/** A headline, so that the sentence under test is read as a body sentence. */
const HEAD = "مؤتمر جنيف 2 حول سوريا\n";
/** A closing body sentence with no stance. */
const TAIL = "\nوتتواصل التحضيرات لعقد المؤتمر في موعده.\n";

const CASES: Case[] = [
  {
    why: "«روسيا لا تتمسك بأشخاص، وإن مصير الأسد يقرره السوريون وحدهم»: an ally taking no side beside it leaves it open",
    text: `${HEAD}وقال لافروف إن روسيا لا تتمسك بأشخاص، وإن مصير الرئيس الأسد يقرره السوريون وحدهم.${TAIL}`,
    expected: ["russia assad_role neutral"],
  },
  {
    why: "«ليست متمسكة بالأسد شخصيا. وأضاف أن مصيره يقرره الشعب السوري»: the same in the sentence next to it",
    text: `${HEAD}وقال بوغدانوف إن موسكو ليست متمسكة بالأسد شخصيا. وأضاف أن مصير الأسد يقرره الشعب السوري.${TAIL}`,
    expected: ["russia assad_role neutral"],
  },
  {
    why: "«مصير الأسد أمر يقرره السوريون، وهو ليس من شأننا»: none of the speaker's own business",
    text: `${HEAD}وقال السفير الروسي إن مصير الرئيس الأسد أمر يقرره السوريون، وهو ليس من شأننا.${TAIL}`,
    expected: ["russia assad_role neutral"],
  },
  {
    why: "«مصير الأسد يقرره السوريون وحدهم» said by an ally alone keeps him (guard)",
    text: `${HEAD}وقال لافروف إن مصير الرئيس الأسد يقرره السوريون وحدهم.${TAIL}`,
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "another party's «ليس من شأن الأمم المتحدة» beside it does not leave the ally's open (guard)",
    text: `${HEAD}وقال دي ميستورا إن مصير الأسد ليس من شأن الأمم المتحدة، فيما قال لافروف إن مصير الأسد يقرره السوريون وحدهم.${TAIL}`,
    expected: ["russia assad_role may_stay", "un assad_role neutral"],
  },
  {
    why: "the ally's «ليست متمسكة بالأسد» three sentences after it is another statement: both stand (guard)",
    text: `${HEAD}وقال لافروف إن مصير الرئيس الأسد يقرره السوريون وحدهم. وتابع أن العملية السياسية يجب أن تبدأ فورا. وأضاف أن المبعوث الدولي يعمل بجد. وقال لافروف إن روسيا ليست متمسكة بالأسد شخصيا.${TAIL}`,
    expected: ["russia assad_role may_stay", "russia assad_role neutral"],
  },
  {
    why: "«ووجه الأمين العام … دعوة رسمية إلى طهران، ثم سحبها»: the inviter named after «وجه» holds the withdrawal too",
    text: `${HEAD}ووجه الأمين العام للأمم المتحدة بان كي مون دعوة رسمية إلى طهران، ثم سحبها بعد ساعات.${TAIL}`,
    expected: ["un iran_participation oppose", "un iran_participation support"],
  },
  {
    why: "«كان الأمين العام قد وجه دعوة لإيران … ثم سحبها»: the «و» of «وجه» opens no clause; the subject before holds it (guard)",
    text: `${HEAD}وكان الأمين العام للأمم المتحدة قد وجه دعوة لإيران للمشاركة في المؤتمر ثم سحبها في اليوم التالي.${TAIL}`,
    expected: ["un iran_participation oppose", "un iran_participation support"],
  },
  {
    why: "«ووجه بان كي مون الدعوة إلى طهران»: an invitation not withdrawn is support only (guard)",
    text: `${HEAD}ووجه بان كي مون الدعوة إلى طهران للمشاركة في المؤتمر.${TAIL}`,
    expected: ["un iran_participation support"],
  },
  {
    why: "«قررت الأمم المتحدة سحب دعوتها إلى طهران»: the invitation withdrawn is the withdrawer's own: both labels",
    text: `${HEAD}وقررت الأمم المتحدة سحب دعوتها إلى طهران للمشاركة في الاجتماع.${TAIL}`,
    expected: ["un iran_participation oppose", "un iran_participation support"],
  },
  {
    why: "«سحب الأمين العام … بان كي مون صباح الثلاثاء الدعوة التي كان وجهها إليها»: a title, a name and a time between",
    text: `${HEAD}وغابت طهران عن المؤتمر بعدما سحب الأمين العام للأمم المتحدة بان كي مون صباح الثلاثاء الدعوة التي كان وجهها إليها.${TAIL}`,
    expected: ["un iran_participation oppose", "un iran_participation support"],
  },
  {
    why: "«يدرس دعوته إلى إيران»: no withdrawal before the invitation, no withdrawer to hold it (guard)",
    text: `${HEAD}وقال المتحدث إن الأمين العام يدرس دعوته إلى إيران للمشاركة في المؤتمر.${TAIL}`,
    expected: [],
  },
  {
    why: "«لا مكان لإيران في المؤتمر إلا بشروط»: refused but let in on terms is conditional, and the terms are hers",
    text: `${HEAD}وقال الجربا إنه لا مكان لإيران في المؤتمر إلا بشروط.${TAIL}`,
    expected: ["national_coalition iran_participation conditional"],
  },
  {
    why: "«حضور إيران مقبول في هذه المرحلة بشروط»: accepted on terms named a few words after the predicate",
    text: `${HEAD}وقال جاويش أوغلو إن حضور إيران مقبول في هذه المرحلة بشروط.${TAIL}`,
    expected: ["turkey iran_participation conditional"],
  },
  {
    why: "«لا مكان لإيران في المؤتمر»: refused with no terms stays oppose (guard)",
    text: `${HEAD}وقال الجربا إنه لا مكان لإيران في المؤتمر.${TAIL}`,
    expected: ["national_coalition iran_participation oppose"],
  },
  {
    why: "«حضور إيران غير مقبول في هذه المرحلة»: not accepted, no terms, stays oppose (guard)",
    text: `${HEAD}وقال الجربا إن حضور إيران غير مقبول في هذه المرحلة.${TAIL}`,
    expected: ["national_coalition iran_participation oppose"],
  },
];

caseTable("review 20 (F4): labels composed wrongly", CASES);
