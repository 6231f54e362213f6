// Kinds found by the probe rounds in interviews: a report the interviewer puts up to be confirmed or denied («تردد أن
// … . هل هذا صحيح؟», «نشرت صحف أن … . ما صحة ذلك؟») states no one's position; and an answer opened by its own mark
// («□») after a question with the interviewer's remark («■ وماذا عن إيران؟ هناك من يرفض حضورها.») is the one
// interviewed's, as one set off by a dash. Each row written for this table, not taken from the seeds, the
// development corpus or the probe's articles.
import { caseTable, type Case } from "./case-table";

/** An interview's headline, its guest speaking to an outlet, with no stance. */
const HEAD = 'عضو في الهيئة السياسية للائتلاف لـ"الحياة": الحل يبدأ من جنيف\n';
/** The introduction naming the one interviewed, before the first question. */
const INTRO = "التقت «الحياة» عضو الهيئة السياسية للائتلاف الوطني السوري سمير النشار، وكان هذا الحوار:\n";
/** A first question and its answer, with no stance: the one interviewed has spoken before the question under test. */
const FIRST = "* متى تحسمون قرار المشاركة؟\n- قرارنا يصدر بعد اجتماع الهيئة العامة في إسطنبول الأسبوع المقبل.\n";
/** The interview's opening with «■» questions and «□» answers: its headline, introduction, a first exchange. */
const MARKED = `عضو في هيئة التنسيق لـ"الحياة": الحل سياسي\nالتقت «الحياة» عضو المكتب التنفيذي في هيئة التنسيق الوطنية سمير العلي، وكان هذا الحوار:\n■ متى تحسمون قرار المشاركة؟\n□ قرارنا يصدر بعد اجتماع المكتب التنفيذي في دمشق الأسبوع المقبل.\n`;
/** The answer after the question under test, with no stance. */
const ANSWER = "\n- هذا كلام لا أساس له، ولا تعليق لدينا على ما تكتبه الصحف.\n";

const CASES: Case[] = [
  {
    why: "«* تردد أن الائتلاف قبل بالمشاركة من دون شروط. هل هذا صحيح؟»: a rumour put to him, no one's position",
    text: `${HEAD}${INTRO}${FIRST}* تردد في الأوساط الدبلوماسية أن الائتلاف قبل الذهاب إلى جنيف من دون شروط مسبقة. هل هذا صحيح؟${ANSWER}`,
    expected: [],
  },
  {
    why: "«* نشرت صحف أن أنقرة أبلغت موسكو قبولها ببقاء الأسد. ما صحة ذلك؟»: a press report put up to be denied",
    text: `${HEAD}${INTRO}* نشرت صحف تركية أن أنقرة أبلغت موسكو قبولها ببقاء الأسد خلال المرحلة الانتقالية. ما صحة ذلك؟${ANSWER}`,
    expected: [],
  },
  {
    why: "«* تحدثت أنباء عن أن باريس لم تعد تشترط رحيل الأسد، فما مدى صحة هذه الأنباء؟»: the question as the last clause",
    text: `${HEAD}${INTRO}* تحدثت أنباء عن أن باريس لم تعد تصر على رحيل الأسد، فما مدى صحة هذه الأنباء؟${ANSWER}`,
    expected: [],
  },
  {
    why: "«* أفادت تقارير بأن واشنطن وافقت على حضور إيران. هل ذلك دقيق؟»",
    text: `${HEAD}${INTRO}${FIRST}* أفادت تقارير بأن واشنطن وافقت على حضور إيران المؤتمر. هل ذلك دقيق؟${ANSWER}`,
    expected: [],
  },
  {
    why: "«* موسكو تقول إن رحيل الأسد ليس مطروحا. ما ردكم؟»: the interviewer states Moscow's position and asks a reply (guard)",
    text: `${HEAD}${INTRO}* موسكو تقول إن رحيل الأسد ليس مطروحا على طاولة جنيف. ما ردكم؟${ANSWER}`,
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "a news report followed by another sentence, no question (guard)",
    text: `مؤتمر جنيف 2 حول سوريا\nونقلت صحف تركية أن أنقرة تصر على رحيل الأسد قبل بدء المرحلة الانتقالية. وهذا موقف معروف.\n`,
    expected: ["turkey assad_role must_go"],
  },
  {
    why: "«… هل هذا صحيح؟» on the next line, the answer's: the report's line has no question (guard)",
    text: `مؤتمر جنيف 2 حول سوريا\nوقال الجربا إن الائتلاف لن يذهب إلى جنيف ما لم يرحل الأسد.\nهل هذا صحيح؟ سأل أحد الصحفيين.\n`,
    expected: ["national_coalition assad_role must_go", "national_coalition geneva2_preconditions conditional"],
  },
  {
    why: "«■ وماذا عن إيران؟ هناك من يرفض حضورها. ⏎ □ نحن مع مشاركتها …»: the answer after a remarked question is his",
    text: `${MARKED}■ وماذا عن إيران؟ هناك في المعارضة من يعتبرها جزءا من المشكلة.\n□ إيران دولة مؤثرة في الإقليم. ولذلك نحن مع مشاركة إيران في المؤتمر.\n`,
    expected: ["ncb iran_participation support"],
  },
  {
    why: "«■ والانتقال السياسي؟ هناك من يطالب بضمانات. ⏎ □ … اشتراط رحيل الأسد قبل التفاوض شرط تعجيزي»",
    text: `${MARKED}■ والانتقال السياسي؟ هناك من يطالب بضمانات قبل أي جولة.\n□ نحن نريد انتقالا حقيقيا. أما اشتراط رحيل الأسد قبل الجلوس إلى الطاولة فهو شرط تعجيزي.\n`,
    expected: ["ncb assad_role may_stay", "ncb geneva2_preconditions unconditional"],
  },
  {
    why: "«□ …» after a remark with no question mark, the answer before it marked too: the interviewer put a claim to him",
    text: `${MARKED}■ الائتلاف يقول إنه لن يفاوض إلا على رحيل الأسد.\n□ هذا شأنهم. نحن مع مشاركة إيران في المؤتمر.\n`,
    expected: ["national_coalition assad_role must_go", "ncb iran_participation support"],
  },
  {
    why: "«■ … ؟ ⏎ □ …»: a question ending its line, read already (guard)",
    text: `${MARKED}■ وماذا عن إيران؟\n□ نحن مع مشاركة إيران في المؤتمر.\n`,
    expected: ["ncb iran_participation support"],
  },
];

caseTable("review 16 (interview): a report put up to be confirmed; an answer marked «□» after a remark", CASES);
