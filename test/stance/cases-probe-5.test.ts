// Kinds of sentence found by a fifth probe and by the kinds the fourth left open: each row written for this table, not
// taken from the seeds, the development corpus or the probe's articles.
import { caseTable, type Case } from "./case-table";

/** A headline, so that the sentence under test is read as a body sentence. */
const HEAD = "تطورات الأزمة السورية\n";

const CASES: Case[] = [
  // Questions and denied reports state no position.
  {
    why: "«من قال إنه لا حل مع الرئيس الأسد؟»: a question on who says it states no position",
    text: `${HEAD}وقال المعلم ردا على سؤال الصحفيين: من قال إنه لا حل مع الرئيس الأسد؟`,
    expected: [],
  },
  {
    why: "«كيف يمكن لمن يطالب برحيل الأسد أن …؟»: a rhetorical question states no position",
    text: `${HEAD}وتساءل المقداد: كيف يمكن لمن يطالب برحيل الأسد أن يتحدث عن حل سياسي؟`,
    expected: [],
  },
  {
    why: "«لماذا ترفض واشنطن مشاركة طهران؟»: a question on the reason of a position states it (guard)",
    text: "لماذا ترفض واشنطن مشاركة طهران في المؤتمر الدولي؟\nتقرير من مراسلنا في جنيف.",
    expected: ["usa iran_participation oppose"],
  },
  {
    why: "«نفى المتحدث أن يكون كيري قد قال إن الأسد …»: a denied report of the words is no position",
    text: `${HEAD}ونفت المتحدثة باسم الخارجية الأمريكية أن يكون الوزير قد قال إن الأسد لا يستطيع أن يقود سوريا.`,
    expected: [],
  },
  {
    why: "«قال إن الأسد لا يستطيع أن يقود سوريا» without the denial is the speaker's (guard)",
    text: `${HEAD}وقالت المتحدثة باسم الخارجية الأمريكية إن الأسد لا يستطيع أن يقود سوريا.`,
    expected: ["usa assad_role must_go"],
  },
  // Holders: two ministers sharing one title; nationality adjectives after a verb of meeting.
  {
    why: "«وزيرا الخارجية الروسي لافروف والإيراني ظريف أكدا …»: the second minister by his nationality holds it too",
    text: `${HEAD}وأكد وزيرا الخارجية الروسي سيرغي لافروف والإيراني محمد جواد ظريف أن المؤتمر يجب أن يعقد من دون شروط مسبقة.`,
    expected: ["russia geneva2_preconditions unconditional", "iran geneva2_preconditions unconditional"],
  },
  {
    why: "«لقيت دعوة إيران اعتراضاً سعودياً وأمريكياً»: the objection's nationality adjectives hold the opposition",
    text: `${HEAD}وكانت دعوة إيران إلى المؤتمر قد لقيت اعتراضا سعوديا وأمريكيا.`,
    expected: ["saudi_arabia iran_participation oppose", "usa iran_participation oppose"],
  },
  {
    why: "«وتواجه مشاركة طهران رفضاً فرنسياً»: the verb of meeting before the cue",
    text: `${HEAD}وتواجه مشاركة طهران في المؤتمر رفضا فرنسيا.`,
    expected: ["france iran_participation oppose"],
  },
  {
    why: "«وقوبل اقتراح حضور إيران بتحفظ بريطاني»: the passive «قوبل ب»",
    text: `${HEAD}وقوبل اقتراح حضور إيران بتحفظ بريطاني واضح.`,
    expected: ["uk iran_participation oppose"],
  },
  {
    why: "«لقي شرط رحيل الأسد اعتراضاً تركياً»: not on Assad or the conditions, whose cue the rejection does not turn (guard)",
    text: `${HEAD}ولقي اقتراح المبعوث بتأجيل البحث في رحيل الأسد اعتراضا تركيا.`,
    expected: [],
  },
  // Wordings.
  {
    why: "«مسألة رحيل الأسد ليست مطروحة للنقاش»: his departure not on the table, in the feminine",
    text: `${HEAD}وقال لافروف إن مسألة رحيل الأسد ليست مطروحة للنقاش في جنيف.`,
    expected: ["russia assad_role may_stay"],
  },
];

caseTable("Fifth probe: questions, denied reports, nationality holders", CASES);
