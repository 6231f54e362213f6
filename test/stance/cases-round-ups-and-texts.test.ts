// Kinds from the rounds of quote round-ups (r181: «قالوا عن جنيف 2», a speaker's label alone on its line and the
// quote on the next) and of full texts reproduced (r183: «وفيما يلي نص الرسالة:», «ننشر فيما يلي النص الكامل لكلمة
// …», the body in the first person): a label line speaks the line after it, a verb of saying ending its line with a
// colon too; a label naming a person first (first names before the one the lexicon knows) or, one it does not know,
// the body of his title; the author of a reproduced text speaks its sentences; the state's formal name; an absence
// regretted. Each row a sentence of general news Arabic written for this table (not taken from the seeds, the
// development corpus or the rounds).
import { caseTable, type Case } from "./case-table";

const CASES: Case[] = [
  {
    why: "a speaker's label alone on its line: he speaks the quote on the next line",
    text: "ماذا قالوا عن المؤتمر؟\n\nهادي البحرة، رئيس الائتلاف الوطني السوري:\n«لن نشارك في أي جولة قبل وقف القصف على المدن».",
    expected: ["national_coalition geneva2_preconditions conditional"],
  },
  {
    why: "a person the lexicon knows, first names before the one it knows, then his title: the label speaks",
    text: "ماذا قالوا عن المؤتمر؟\n\nمحمد جواد ظريف، وزير الخارجية الإيراني:\n«نحن مع عقد المؤتمر في موعده ومن دون شروط مسبقة».",
    expected: ["iran geneva2_preconditions unconditional"],
  },
  {
    why: "a name the lexicon does not know, then a title naming his body: the body speaks",
    text: "ماذا قالوا عن المؤتمر؟\n\nمنذر ماخوس، عضو الهيئة العليا للمفاوضات:\n«لا دور للأسد في المرحلة الانتقالية».",
    expected: ["hnc assad_role must_go"],
  },
  {
    why: "a verb of saying ending its line with a colon («وأضاف في المؤتمر نفسه:»): the speaker carried speaks the next line",
    text: "ماذا قالوا عن المؤتمر؟\n\nسيرغي لافروف، وزير الخارجية الروسي:\n«ندعو الجميع إلى المجيء إلى جنيف».\nوأضاف في المؤتمر الصحفي نفسه:\n«لا يمكن تصور حل من دون مشاركة إيران».",
    expected: ["russia iran_participation support"],
  },
  {
    why: "a label naming someone of no party (guard): the next line is no one's",
    text: "ماذا قالوا عن المؤتمر؟\n\nأبو خالد، ناشط إعلامي في حلب:\n«لا نريد أي دور للأسد في مستقبل سوريا».",
    expected: [],
  },
  {
    why: "the full text of a speech reproduced after its introduction: its author speaks its first-person sentences",
    text: "كلمة الوفد في الجلسة الافتتاحية\n\nننشر فيما يلي النص الكامل لكلمة رئيس الائتلاف الوطني أحمد الجربا في افتتاح المؤتمر.\n\nالسيد الأمين العام،\n\nلقد جئنا إلى هنا من أجل هيئة حكم انتقالية لا مكان فيها لبشار الأسد.",
    expected: ["national_coalition assad_role must_go"],
  },
  {
    why: "«وفيما يلي نص الرسالة:» after the sentence naming its sender: the sender speaks the letter's «we»",
    text: "رسالة إلى مجلس الأمن\n\nوجهت وزارة الخارجية والمغتربين رسالة إلى رئيس مجلس الأمن حول التحضيرات للمؤتمر.\n\nوفيما يلي نص الرسالة:\n\nإننا نؤكد أننا ذاهبون إلى جنيف بلا شروط مسبقة.",
    expected: ["syrian_government geneva2_preconditions unconditional"],
  },
  {
    why: "the state's formal name in a letter («حكومة الجمهورية العربية السورية») is the government",
    text: "رسالة إلى الأمين العام\n\nتؤكد حكومة الجمهورية العربية السورية أنها مستعدة للمشاركة في المؤتمر دون أي شروط مسبقة.",
    expected: ["syrian_government geneva2_preconditions unconditional"],
  },
  {
    why: "her absence regretted («أعبر عن أسفنا لغياب إيران»): support, not oppose",
    text: "المؤتمر الدولي حول سوريا\nوقال وزير الخارجية العراقي: لا بد لي أن أعبر عن أسفنا لغياب إيران عن هذا المؤتمر، وقال الوزير الروسي إنه يأسف لغياب الجمهورية الإسلامية عن المؤتمر.",
    expected: ["russia iran_participation support"],
  },
  // Guards from a second read of these rules.
  {
    why: "a line denying words ends in a colon (guard): the denied words on the next line are no one's",
    text: "ماذا قالوا عن المؤتمر؟\n\nونفى رئيس الائتلاف الوطني السوري أن يكون قد قال لإحدى الصحف:\n«سنذهب إلى جنيف من دون شروط مسبقة».",
    expected: [],
  },
  {
    why: "a label of someone of no party with a place after the comma (guard): no body is read from it",
    text: "ماذا قالوا عن المؤتمر؟\n\nأم خالد، لاجئة سورية في مخيم بتركيا:\n«لا نريد أي دور لإيران في المؤتمر».",
    expected: [],
  },
  {
    why: "two texts reproduced one after the other: each introduction names its own author",
    text: "رسالتان\n\nوفيما يلي نص رسالة رئيس الائتلاف الوطني أحمد الجربا:\n\nإننا لن نذهب إلى جنيف إلا إذا كان هدفه تشكيل هيئة حكم انتقالية.\n\nوفيما يلي نص رسالة وزير الخارجية الروسي سيرغي لافروف:\n\nنحن نؤكد ضرورة مشاركة إيران في المؤتمر.",
    expected: ["national_coalition geneva2_preconditions conditional", "russia iran_participation support"],
  },
  {
    why: "a letter received «من» its sender: the sender, not the recipient, speaks its «we»",
    text: "رسالة إلى الأمين العام\n\nتلقى الأمين العام للأمم المتحدة بان كي مون رسالة من وزير الخارجية السوري وليد المعلم.\nوفيما يلي نص الرسالة:\nإننا نؤكد استعدادنا للمشاركة في المؤتمر دون شروط مسبقة.",
    expected: ["syrian_government geneva2_preconditions unconditional"],
  },
  {
    why: "after «انتهى نص الكلمة» narrative goes on: its sentences are not the text's author's",
    text: "كلمة المعلم\n\nننشر فيما يلي النص الكامل لكلمة وزير الخارجية السوري وليد المعلم:\n\nإننا ذاهبون إلى جنيف بلا شروط مسبقة.\n\nانتهى نص الكلمة.\n\nويبقى رحيل الأسد شرطاً لحضور الجولة المقبلة، كما نكرر نحن في هذه الصحيفة.",
    expected: ["syrian_government geneva2_preconditions unconditional"],
  },
];

caseTable("Quote round-ups and full texts: label lines, text authors, the state's formal name, an absence regretted", CASES);
