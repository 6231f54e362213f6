// Kinds of holder found by the probe rounds: those gathered («المجتمعون», «المؤتمرون», «المشاركون») as the subject of
// a verb of saying, and the meeting that issued a statement («أصدر الاجتماع بياناً أكد فيه»), who are the body whose
// conference, meeting or group the article told of (CONTRACT.md: a group's position is the group's); the UN's
// Secretary-General as a bare «بان» (the letters of the conjunction «بأن» once normalised) where what follows could
// not follow the conjunction and the article names him in full. Each row written for this table, not taken from the seeds, the development corpus or
// the probe's articles.
import { caseTable, type Case } from "./case-table";

/** A headline, so that the sentences under test are read as body sentences. */
const HEAD = "مؤتمر جنيف 2 حول سوريا\n";
/** A closing body sentence with no stance. */
const TAIL = "\nوتتواصل التحضيرات لعقد المؤتمر في موعده.\n";

const CASES: Case[] = [
  {
    why: "«اختتم مؤتمر المعارضة السورية في إسطنبول أعماله … . واشترط المجتمعون …»: those gathered are the conference's body",
    text: `${HEAD}اختتم مؤتمر المعارضة السورية في إسطنبول أعماله مساء الأحد بعد ثلاثة أيام من النقاشات.\nوشهدت الجلسة الأخيرة خلافات حول تشكيل الوفد.\nواشترط المجتمعون إطلاق سراح المعتقلين قبل الذهاب إلى أي مفاوضات.${TAIL}`,
    expected: ["syrian_opposition geneva2_preconditions conditional"],
  },
  {
    why: "«عقدت قوى المعارضة السورية مؤتمرها … . وأكد المؤتمرون أن …»: the sentence opening on the meeting held names its body",
    text: `${HEAD}عقدت قوى المعارضة السورية مؤتمرها الموسع في القاهرة بحضور مئتي شخصية.\nوأكد المؤتمرون أنهم مستعدون للتفاوض مع وفد النظام من دون شروط مسبقة.${TAIL}`,
    expected: ["syrian_opposition geneva2_preconditions unconditional"],
  },
  {
    why: "«اجتماع وزراء خارجية مجموعة أصدقاء سوريا … . وشدد المشاركون في الاجتماع على أن …»: the group, not a member state",
    text: `${HEAD}انطلق في باريس اجتماع وزراء خارجية مجموعة أصدقاء سوريا بمشاركة الولايات المتحدة وفرنسا وتركيا.\nوشدد المشاركون في الاجتماع على أن الأسد لن يكون له أي دور في سوريا المستقبل.${TAIL}`,
    expected: ["friends_of_syria assad_role must_go"],
  },
  {
    why: "«… وقال المشاركون في مؤتمر جنيف …»: the participants of a gathering named after them are not the body before (guard)",
    text: `${HEAD}اختتم مؤتمر المعارضة السورية في إسطنبول أعماله مساء الأحد.\nوقال المشاركون في مؤتمر مونترو إنهم يرفضون أي شروط مسبقة.${TAIL}`,
    expected: [],
  },
  {
    why: "«انعقد مؤتمر الرياض … . واشترط المجتمعون …»: a gathering named by its place gives the host nothing (guard)",
    text: `${HEAD}انعقد مؤتمر الرياض مساء الأربعاء في أحد فنادق العاصمة.\nواشترط المجتمعون إطلاق سراح المعتقلين قبل الذهاب إلى أي مفاوضات.${TAIL}`,
    expected: [],
  },
  {
    why: "«في المقابل، أصدر الاجتماع الذي ضم وزراء … بياناً أكد فيه …»: the meeting itself issued it; the group told of before holds it",
    text: `${HEAD}يلتقي وزراء خارجية الدول الأساسية في مجموعة أصدقاء سوريا في روما لبحث التحضيرات.\nفي المقابل، أصدر الاجتماع الذي ضم وزراء خارجية عشر دول بيانا ختاميا أكد فيه أن الأسد لن يكون له أي دور في المرحلة الانتقالية.${TAIL}`,
    expected: ["friends_of_syria assad_role must_go"],
  },
  {
    why: "«أصدر الاجتماع بياناً أكد فيه …» with no body or group told of before: no one holds it (guard)",
    text: `${HEAD}وصل الوزراء إلى روما صباح الأحد.\nفي المقابل، أصدر الاجتماع بيانا ختاميا أكد فيه أن الأسد لن يكون له أي دور في المرحلة الانتقالية.${TAIL}`,
    expected: [],
  },
  {
    why: "«… بان كي مون … . وقال بان للصحفيين: …»: «بان» before the press he spoke to and a colon is his name",
    text: `${HEAD}التقى وزير الخارجية الفرنسي لوران فابيوس الأمين العام للأمم المتحدة بان كي مون في نيويورك.\nوقال بان للصحفيين: "أنا مقتنع بأن إيران يجب أن تشارك في المؤتمر".${TAIL}`,
    expected: ["un iran_participation support"],
  },
  {
    why: "«وكان بان قد أعلن أنه يرفض أي شروط مسبقة»: «بان» before «قد» is his name, in an article naming him in full",
    text: `${HEAD}يصل بان كي مون إلى مونترو مساء الثلاثاء.\nوكان بان قد أعلن أنه يرفض أي شروط مسبقة لانعقاد المؤتمر.${TAIL}`,
    expected: ["un geneva2_preconditions unconditional"],
  },
  {
    why: "«وأكد لافروف بأن إيران يجب أن تشارك» in an article naming Ban: the conjunction «بأن» is no name (guard)",
    text: `${HEAD}يصل بان كي مون إلى مونترو مساء الثلاثاء.\nوأكد لافروف بأن إيران يجب أن تشارك في المؤتمر.${TAIL}`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "«وكان بان قد أعلن …» where the article never names Ban Ki-moon: the letters alone name no one (guard)",
    text: `${HEAD}يصل الوفد إلى مونترو مساء الثلاثاء.\nوكان بان قد أعلن أنه يرفض أي شروط مسبقة لانعقاد المؤتمر.${TAIL}`,
    expected: [],
  },
];

caseTable("review 21 (G3): those gathered and the meeting as the body that met; «بان» as Ban Ki-moon", CASES);
