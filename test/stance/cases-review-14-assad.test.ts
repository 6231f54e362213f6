// Kinds of Assad's role found by the probe rounds: his fate called none of one's business or secondary in wordings
// the neutral rules lacked («ومصير الأسد ليس شأناً …», «مسألة من يحكم سوريا ليست شأناً روسياً», «بقاء الأسد أو رحيله
// ليس من شأن موسكو», «آخر همومنا», «هذه مسألة يقررها السوريون، وليست من اختصاصي / وليس أنا», «هذه مسألة ثانوية»), and
// «اكتفى X بالقول» with its subject between the verb and «بالقول». Each row written for this table, not taken from the
// seeds, the development corpus or the probe's articles.
import { caseTable, type Case } from "./case-table";

/** A headline, so that the sentence under test is read as a body sentence. */
const HEAD = "مؤتمر جنيف 2 حول سوريا\n";
/** A body sentence with another speaker and no stance, before the one under test. */
const BEFORE = "وقال لافروف إن موسكو تتابع الاتصالات مع جميع الأطراف. ";
/** A closing body sentence with no stance. */
const TAIL = "\nوتتواصل التحضيرات لعقد المؤتمر في موعده.\n";

const CASES: Case[] = [
  // His fate none of one's business, in more wordings (neutral).
  {
    why: "«…، ومصير الأسد ليس شأناً أردنياً»: the clitic «و» before his fate",
    text: `${HEAD}${BEFORE}وقال وزير الخارجية الأردني ناصر جودة إن عمان تدعم الحل السياسي، ومصير الأسد ليس شأنا أردنيا.${TAIL}`,
    expected: ["jordan assad_role neutral"],
  },
  {
    why: "«ومسألة من يحكم سوريا ليست شأناً فرنسياً»: who rules, not one's own state's matter",
    text: `${HEAD}${BEFORE}وقال المتحدث باسم الخارجية الفرنسية إن باريس تدعم المعارضة المعتدلة، ومسألة من يحكم سوريا ليست شأنا فرنسيا.${TAIL}`,
    expected: ["france assad_role neutral"],
  },
  {
    why: "«ومصير الأسد ليس شأناً سورياً داخلياً» stays unread (guard: an internal matter is not one's own)",
    text: `${HEAD}${BEFORE}وقال المتحدث الإيراني إن طهران تدعم الحوار، ومصير الأسد ليس شأنا سوريا فقط.${TAIL}`,
    expected: [],
  },
  {
    why: "«مسألة بقاء الأسد أو رحيله ليست من شأن موسكو»: his staying or going, the speaker's state's business none",
    text: `${HEAD}${BEFORE}وأضاف المتحدث باسم الكرملين أن مسألة بقاء الأسد أو رحيله ليست من شأن موسكو ولا أي عاصمة أخرى.${TAIL}`,
    expected: ["russia assad_role neutral"],
  },
  {
    why: "«… ليست من شأن السوريين في الخارج» (guard: the Syrians' business is no one's declining)",
    text: `${HEAD}${BEFORE}وقال المقداد إن مسألة بقاء الأسد أو رحيله ليست من شأن السوريين في الخارج.${TAIL}`,
    expected: [],
  },
  {
    why: "«… فليست من شأن الغرب» (guard: the West's business none, said by his side, declines nothing of its own)",
    text: `${HEAD}${BEFORE}وقال المعلم إن الشعب السوري وحده يقرر، أما مسألة بقاء الأسد أو رحيله فليست من شأن الغرب.${TAIL}`,
    expected: [],
  },
  {
    why: "«مصير الأسد آخر همومنا»: his fate the least of one's concerns",
    text: `${HEAD}${BEFORE}وقال الرئيس المشترك لحزب الاتحاد الديمقراطي الكردي صالح مسلم: «ما يعنينا هو حقوق الأكراد، ومصير الأسد آخر اهتماماتنا».${TAIL}`,
    expected: ["kurdish_groups assad_role neutral"],
  },
  {
    why: "«مصير الأسد ليس شأناً يقرره المبعوث»: not the envoy's to decide",
    text: `${HEAD}${BEFORE}وقال المبعوث الأممي ستافان دي ميستورا إن مصير الأسد ليس شأنا يقرره المبعوث الدولي ولا غيره.${TAIL}`,
    expected: ["un assad_role neutral"],
  },
  {
    why: "«هذه مسألة يقررها السوريون، وليست من اختصاصي»: the Syrians' to decide, not the speaker's",
    text: `${HEAD}${BEFORE}وسئل الإبراهيمي عن مستقبل الرئيس الأسد، فقال: «هذه مسألة يقررها السوريون وحدهم، وليست من اختصاصي».${TAIL}`,
    expected: ["un assad_role neutral"],
  },
  {
    why: "«هذا أمر يقرره السوريون، لا أنا»: asked of his role, the Syrians' to decide, not the speaker's",
    text: `${HEAD}${BEFORE}وسئل بان كي مون عن دور الأسد في المرحلة المقبلة، فقال: «هذا أمر يقرره السوريون، لا أنا».${TAIL}`,
    expected: ["un assad_role neutral"],
  },
  {
    why: "«هذا أمر يقرره السوريون، وليس أنا» with no fate named near it (guard: the antecedent is needed)",
    text: `${HEAD}${BEFORE}وقال بان كي مون عن موعد الجولة المقبلة: «هذا أمر يقرره السوريون، وليس أنا».${TAIL}`,
    expected: [],
  },
  {
    why: "«مصير الأسد ليس أولويتنا، هذه مسألة ثانوية بالنسبة لنا»: called secondary, neutral beside the priority",
    text: `${HEAD}${BEFORE}وقال صالح مسلم رئيس حزب الاتحاد الديمقراطي الكردي: «مستقبل الأسد لا يشغلنا كثيرا، هذه مسألة ثانوية بالنسبة لنا».${TAIL}`,
    expected: ["kurdish_groups assad_role neutral"],
  },
  {
    why: "«…، وهذه مسألة ثانوية أمام مكافحة الإرهاب» (guard: secondary to something named is no clause of its own)",
    text: `${HEAD}${BEFORE}وقال المقداد إن مصير الأسد مطروح على جدول الحوار، وهذه مسألة ثانوية أمام مكافحة الإرهاب.${TAIL}`,
    expected: [],
  },
  // «اكتفى X بالقول»: the subject between the verb and «بالقول» speaks.
  {
    why: "«اكتفى المبعوث الدولي بالقول: …»: a title between the verb and «بالقول», the envoy named before",
    text: `${HEAD}وقال الإبراهيمي للصحافيين إنه لا يتوقع معجزات. وردا على سؤال عن مصير الأسد، اكتفى المبعوث الدولي بالقول: «هذا أمر يقرره السوريون، لا أنا».${TAIL}`,
    expected: ["un assad_role neutral"],
  },
  {
    why: "«اكتفى لافروف بالقول إن …»: a name between",
    text: `${HEAD}وقال الجربا إن الائتلاف يدرس الدعوة بعناية. واكتفى لافروف بالقول إن رحيل الأسد لا يمكن أن يكون شرطا مسبقا للحوار.${TAIL}`,
    expected: ["russia assad_role may_stay", "russia geneva2_preconditions unconditional"],
  },
  {
    why: "«اكتفى بالرد على …» with no «بالقول» (guard: no frame of speech)",
    text: `${HEAD}وقال الجربا إن الائتلاف يدرس الدعوة. واكتفى المعلم بالرد على الأسئلة الأخرى، وكان كيري قد قال إن الأسد يجب أن يرحل.${TAIL}`,
    expected: ["usa assad_role must_go"],
  },
];

caseTable("review 14 (Assad: his fate none of one's business in more wordings; «اكتفى X بالقول»)", CASES);
