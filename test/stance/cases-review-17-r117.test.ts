// Kinds found by round r117: the title of a state or body with no party id after a verb of saying («وقال وزير
// الخارجية المصري إن …», «فيما قال الأمين العام لمجلس التعاون الخليجي إن …») is someone else speaking, not the
// speaker before nor the party of the clause before; «ضرب من الأوهام/الوهم/المستحيل» judges what it follows as
// «ضرب من الخيال» does; Iran's readiness to attend read across a relative clause holding it and four words
// («وطهران، التي لا تكف عن إعلان استعدادها للمشاركة»); the verb «يستبعد» among the words of her exclusion («من
// يستبعد إيران لا يريد حلاً»); a headline piece opening on «ومن» («whoever») and an interview's answer naming Iran
// before the cue on her taking part keep the line's speaker. Each row written for this table, not taken from the
// seeds, the development corpus or the probe's articles.
import { caseTable, type Case } from "./case-table";

/** A headline, so that the sentence under test is read as a body sentence. */
const HEAD = "مؤتمر جنيف 2 حول سوريا\n";
/** A body sentence with another speaker and no stance, before the one under test. */
const BEFORE = "وقال لافروف إن موسكو تتابع الاتصالات مع جميع الأطراف. ";
/** A closing body sentence with no stance. */
const TAIL = "\nوتتواصل التحضيرات لعقد المؤتمر في موعده.\n";

const CASES: Case[] = [
  // A title of a state or body with no party id: someone else speaks.
  {
    why: "«وقال وزير الخارجية المصري إن …» after Lavrov: no party id, not Lavrov going on",
    text: `${HEAD}${BEFORE}وقال وزير الخارجية المصري إن الحوار يجب أن يبدأ من دون أي شروط مسبقة.${TAIL}`,
    expected: [],
  },
  {
    why: "«وقال الأمين العام لمجلس التعاون الخليجي إن …»: a body with no party id, not «الأمين العام» as Lavrov",
    text: `${HEAD}${BEFORE}وقال الأمين العام لمجلس التعاون الخليجي إن المجلس يرى أنه لا مكان للأسد في مستقبل سوريا.${TAIL}`,
    expected: [],
  },
  {
    why: "«وأضاف وزير الخارجية الياباني إن …»: a name of two letters after the title is no matter",
    text: `${HEAD}${BEFORE}وأضاف وزير الخارجية الياباني تارو إن الأسد لا يمكن أن يكون جزءا من المرحلة الانتقالية.${TAIL}`,
    expected: [],
  },
  {
    why: "«وطالب الائتلاف بضمانات، فيما قال وزير الخارجية الألماني إن …»: the clause after «فيما» is not the coalition's",
    text: `${HEAD}وطالب الائتلاف الوطني بضمانات دولية لحماية المدنيين، فيما قال وزير الخارجية الألماني شتاينماير إن المؤتمر يجب أن يعقد من دون شروط مسبقة.${TAIL}`,
    expected: [],
  },
  {
    why: "«وقال الأمين العام لحزب الله إن …»: a party named in the title speaks (guard)",
    text: `${HEAD}${BEFORE}وقال الأمين العام لحزب الله إن رحيل الأسد ليس مطروحا على الإطلاق.${TAIL}`,
    expected: ["hezbollah assad_role may_stay"],
  },
  {
    why: "«وقال وزير الخارجية التركي إن …»: a nationality of a party (guard)",
    text: `${HEAD}${BEFORE}وقال وزير الخارجية التركي إن المؤتمر يجب أن يعقد من دون شروط مسبقة.${TAIL}`,
    expected: ["turkey geneva2_preconditions unconditional"],
  },
  {
    why: "«وقال الوزير إن …»: a bare title is the speaker before (guard)",
    text: `${HEAD}${BEFORE}وقال الوزير إن المؤتمر يجب أن يعقد من دون شروط مسبقة.${TAIL}`,
    expected: ["russia geneva2_preconditions unconditional"],
  },
  // «ضرب من الأوهام» as «ضرب من الخيال».
  {
    why: "«أي حديث عن حكومة انتقالية من دون الأسد ضرب من الأوهام»: a transition without him judged an illusion keeps him",
    text: `${HEAD}وقال المقداد إن أي حديث عن حكومة انتقالية من دون الرئيس الأسد هو ضرب من الأوهام.${TAIL}`,
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: "«مرحلة انتقالية بدون الأسد ضرب من المستحيل»",
    text: `${HEAD}وأكد شعبان أن الحديث عن مرحلة انتقالية بدون الأسد ضرب من المستحيل.${TAIL}`,
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: "«مرحلة انتقالية بدون الأسد» not judged (guard)",
    text: `${HEAD}وقال الجربا إن الائتلاف يريد مرحلة انتقالية بدون الأسد.${TAIL}`,
    expected: ["national_coalition assad_role must_go"],
  },
  // Iran's readiness across a relative clause and four words.
  {
    why: "«وطهران، التي لم تتوقف عن إعلان استعدادها للمشاركة، …»: the relative clause holds her readiness",
    text: `${HEAD}وطهران، التي لم تتوقف عن إعلان استعدادها للمشاركة في المحادثات، تنتظر دعوة رسمية من الأمم المتحدة.${TAIL}`,
    expected: ["iran iran_participation support"],
  },
  {
    why: "«وإيران تكرر منذ أسابيع إعلان استعدادها للحضور»: four words between",
    text: `${HEAD}وإيران تكرر منذ أسابيع إعلان استعدادها للحضور إلى جنيف.${TAIL}`,
    expected: ["iran iran_participation support"],
  },
  {
    why: "«وإيران لا تبدي أي استعداد للمشاركة»: negated (guard)",
    text: `${HEAD}وإيران لا تبدي أي استعداد للمشاركة في المحادثات.${TAIL}`,
    expected: [],
  },
  // «يستبعد» among the words of her exclusion.
  {
    why: "«أي مؤتمر يستبعد إيران محكوم بالفشل»: her exclusion judged a failure (guard: read so before, as a conference without her)",
    text: `${HEAD}وأكد بوغدانوف أن أي مؤتمر يستبعد إيران محكوم بالفشل.${TAIL}`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "«من يستبعد طهران لا يريد السلام»",
    text: `${HEAD}وقال نصر الله إن من يستبعد طهران من المفاوضات لا يريد السلام في سوريا.${TAIL}`,
    expected: ["hezbollah iran_participation support"],
  },
  {
    why: "«المؤتمر يستبعد إيران»: no judgement, no position (guard)",
    text: `${HEAD}وقال كيري إن المؤتمر بصيغته الحالية يستبعد إيران.${TAIL}`,
    expected: [],
  },
  {
    why: "«واشنطن تستبعد أن تشارك إيران»: ruling out her taking part, as before (guard)",
    text: `${HEAD}وقال كيري إن واشنطن تستبعد أن تشارك إيران في المؤتمر.${TAIL}`,
    expected: ["usa iran_participation oppose"],
  },
  // The line's speaker: a headline piece on «ومن», an answer naming Iran before the cue.
  {
    why: "«المقداد: … .. ومن يشترط رحيل الأسد لا يريد الحل»: «whoever» is no subject of the piece",
    text: `المقداد: وفدنا جاهز للحوار.. ومن يشترط رحيل الأسد لا يريد الحل\n\nوتتواصل التحضيرات لعقد المؤتمر في موعده.\n`,
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: "an answer naming Iran before the cue on her taking part is the interviewee's",
    text: `حبو لـ«الوطن»: الحوار هو الطريق الوحيد\n\nس: هل تؤيدون حضور إيران؟\n\nج: بالتأكيد. نعم. إيران طرف مؤثر في الأزمة، ومن يقصي إيران عن المفاوضات لا يريد السلام.\n`,
    expected: ["ncb iran_participation support"],
  },
  {
    why: "an answer with another party named before the cue is not the interviewee's (guard)",
    text: `حبو لـ«الوطن»: الحوار هو الطريق الوحيد\n\nس: هل تؤيدون حضور إيران؟\n\nج: موسكو تقول إن من يقصي إيران عن المفاوضات لا يريد السلام.\n`,
    expected: ["russia iran_participation support"],
  },
];

caseTable("review 17 (r117: offices of no party; «ضرب من الأوهام»; readiness; «يستبعد»; the line's speaker)", CASES);
