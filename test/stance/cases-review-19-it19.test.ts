// Kinds found by the probe rounds in interviews: an answer set off by a dash of tatweels («ــ», «ـــ»), which
// normalising deletes, read as no answer after a question with a remark; an interview headline naming the one
// interviewed by his office and a name the lexicon does not know («السفير الروسي … لـ"…":») giving no one to answer;
// a question turn «س:» dropping its own verbs of saying («س: واشنطن تقول إن …»); and every party's own conditions
// («كل طرف سيأتي بقائمة شروطه») read as the speaker's. Each row written for this table, not taken from the seeds,
// the development corpus or the probe's articles.
import { caseTable, type Case } from "./case-table";

/** An interview's headline, the one interviewed a person the lexicon knows, with no stance of its own. */
const HEAD = "حسن عبد العظيم لـ«النهار»: الحل سياسي أولاً وأخيراً\n\n";

const CASES: Case[] = [
  // «ــ»: an answer set off by tatweels after a question with a remark.
  {
    why: "«ــ» answering a question with a remark: its second sentence is the one interviewed's",
    text: `${HEAD}■ وماذا عن إيران؟ هناك من يرفض حضورها.\n\nــ لا حل من دون الدول المؤثرة. إيران يجب أن تكون على الطاولة.\n`,
    expected: ["ncb iran_participation support"],
  },
  {
    why: "«ـــ» right under a question with a remark, the answer a first-person refusal of conditions",
    text: `${HEAD}■ والمؤتمر؟ الائتلاف يتحدث عن ضمانات.\nـــ هذا شأنهم. نحن نذهب إلى جنيف بلا شروط مسبقة.\n`,
    expected: ["ncb geneva2_preconditions unconditional"],
  },
  {
    why: "«- » after a question with a remark, as before (guard)",
    text: `${HEAD}■ وماذا عن إيران؟ هناك من يرفض حضورها.\n\n- لا حل من دون الدول المؤثرة. إيران يجب أن تكون على الطاولة.\n`,
    expected: ["ncb iran_participation support"],
  },
  {
    why: "«ــ» opening an item of a list of links, no question before: no one answers (guard)",
    text: `مؤتمر جنيف 2 حول سوريا\nوتتواصل التحضيرات لعقد المؤتمر في موعده.\n\nاقرأ أيضاً:\nــ نحن مع مشاركة إيران في جنيف.\n`,
    expected: [],
  },
  // An office, then a name the lexicon does not know, then the outlet: the office's party answers.
  {
    why: "«السفير الروسي <name> لـ«…»:»: Russia answers the questions",
    text: `السفير الروسي ألكسي بوريسوف لـ«النهار»: الحل سياسي أولاً\n\n■ هل تريدون حضور طهران؟\n- نعم. نحن مع مشاركة إيران في المؤتمر.\n`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "«الناطق باسم الخارجية الإيرانية <name> لـ«…»:», a title the headline read already, with a tatweel answer (guard)",
    text: `الناطق باسم الخارجية الإيرانية حميد رضائي لـ«النهار»: الحوار هو الطريق\n\n■ كيف تنظرون إلى الشروط؟\nــ نرفض أي شروط مسبقة على انعقاد المؤتمر.\n`,
    expected: ["iran geneva2_preconditions unconditional"],
  },
  {
    why: "«لافروف لـ«…»:»: a person the lexicon knows, as before (guard)",
    text: `لافروف لـ«النهار»: الحل سياسي أولاً\n\n■ هل تريدون حضور طهران؟\n- نعم. نحن مع مشاركة إيران في المؤتمر.\n`,
    expected: ["russia iran_participation support"],
  },
  // «س:»: the question's own verbs of saying.
  {
    why: "«س: واشنطن تقول إن …، ما ردكم؟»: Washington's, as the interviewer reports it",
    text: `${HEAD}س: واشنطن تقول إن الأسد لا دور له في مستقبل سوريا، ما ردكم؟\n\nج: لكل دولة رأيها، ونحن لا نتبع أحداً.\n`,
    expected: ["usa assad_role must_go"],
  },
  {
    why: "«سؤال: موسكو تؤكد أن …؟»: Moscow's, the subject of what the question reports, as before (guard)",
    text: `${HEAD}سؤال: موسكو تؤكد أن رحيل الأسد ليس شرطاً مسبقاً للتفاوض، هل توافقون؟\n\nجواب: لنا موقفنا المستقل.\n`,
    expected: ["russia assad_role may_stay", "russia geneva2_preconditions unconditional"],
  },
  {
    why: "«س: هل تقبلون بمشاركة إيران؟»: a question states no one's stance (guard)",
    text: `${HEAD}س: هل تقبلون بمشاركة إيران في المؤتمر؟\n\nج: لم نحسم الأمر بعد.\n`,
    expected: [],
  },
  // Every party's own conditions, supposed.
  {
    why: "«وإلا فإن كل طرف سيأتي بقائمة شروطه»: no one's conditions",
    text: `${HEAD}■ المعارضة تطالب بفتح الممرات أولاً. ما رأيكم؟\n- هذه أمور تبحث على الطاولة. وإلا فإن كل طرف سيأتي بقائمة شروطه ولن يعقد المؤتمر.\n`,
    expected: [],
  },
  {
    why: "«سنأتي بقائمة شروطنا»: the speaker's own (guard)",
    text: `${HEAD}■ هل ستذهبون إلى جنيف؟\n- نعم، لكننا سنأتي إلى جنيف بقائمة شروطنا.\n`,
    expected: ["ncb geneva2_preconditions conditional"],
  },
];

caseTable("review 19 (it19): interview turns", CASES);
