// Kinds from the last session's note, read at the start of this one: his pronoun bound to what obliges him before a
// verb of his going («وعليه أن يرحل», «إنه يجب أن يتنحى», «لكنه لا بد أن يغادر»); what the speaker says he does not
// say taken back by «لكن» and his going said after it (a concession on when); a clause of contrast whose speaker the
// lexicon does not know («في حين تقول القوى الغربية إن …») holds what follows, not the sentence's first subject.
// From this session's rounds (diplomatic readouts, r219; spokesmen's briefings, r221; shifts and reversals, r223):
// her readiness or her constructive spirit as the condition of letting her in; a bare future his («للأسد مستقبل»);
// her invitation cancelled as the condition of attending; the subject of a verb right after «أن» («اشتراط باريس أن
// تعلن طهران …») and a participle of saying after it; part of the problem, out of the discussion, not realistic by a
// negated verb of being; a negated verb of mentioning; «عبر» the verb of expressing before its subject.
// Each row a sentence of general news Arabic written for this table (not taken from the seeds, the development corpus
// or the rounds).
import { caseTable, type Case } from "./case-table";

const T = "جنيف 2: مواقف\n\n";

const CASES: Case[] = [
  {
    why: "«وأن عليه أن يرحل»: his pronoun bound to an obligation is the subject of the verb of his going",
    text: `${T}وقال وزير الخارجية الأمريكي جون كيري إن على الأسد أن يستمع إلى شعبه، وأن عليه أن يرحل.`,
    expected: ["usa assad_role must_go"],
  },
  {
    why: "«عن الأسد: … عليه أن يرحل»: he named before the colon, his pronoun after",
    text: `${T}وقال وزير الخارجية البريطاني فيليب هاموند عن الأسد: نحن نرى أن عليه أن يتنحى.`,
    expected: ["uk assad_role must_go"],
  },
  {
    why: "«فقال إنه يجب أن يتنحى»: «إنه» bound to the modal, the president asked about named before",
    text: `${T}وسئل وزير الخارجية السعودي عن الرئيس السوري، فقال إنه يجب أن يتنحى.`,
    expected: ["saudi_arabia assad_role must_go"],
  },
  {
    why: "«وإن عليه أن يغادر» (guard): another person named, his pronoun is not Assad's",
    text: `${T}وقال لافروف إن المبعوث الدولي قدم تقريره، وإن عليه أن يغادر غدا إلى طهران.`,
    expected: [],
  },
  {
    why: "«إنه لن يرحل» (guard): he speaks of himself, the government's position",
    text: `${T}وقال الرئيس السوري بشار الأسد في المقابلة إنه لن يرحل.`,
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: "«لا أقول إن الأسد يجب أن يرحل غداً، لكنه يجب أن يرحل»: a concession on when; the clause after «لكن» holds",
    text: `${T}وقال وزير الخارجية السعودي عادل الجبير: لا أقول إن الأسد يجب أن يرحل غدا، لكنه يجب أن يرحل.`,
    expected: ["saudi_arabia assad_role must_go"],
  },
  {
    why: "«لا نقول إن … غداً، ولم نجعل رحيله شرطاً» (guard): no «لكن» taking it back, his staying for now",
    text: `${T}وقال وزير الخارجية الفرنسي: لا نقول إن على الأسد أن يتنحى غدا، ولم نجعل رحيله شرطا للمفاوضات.`,
    expected: ["france assad_role may_stay"],
  },
  {
    why: "«في حين تقول القوى الغربية إن …»: a clause of contrast whose speaker the lexicon does not know holds what follows",
    text: `${T}وتريد إيران أن يبقى الأسد في السلطة في حين تقول القوى الغربية والعربية إن على الأسد أن يرحل.`,
    expected: ["iran assad_role may_stay"],
  },
  {
    why: "«بينما تقول الدول الغربية إنه يجب أن يرحل»: the same with his pronoun, both named before the contrast",
    text: `${T}وتريد روسيا وإيران أن يبقى الأسد حتى الانتخابات، بينما تقول الدول الغربية إنه يجب أن يرحل.`,
    expected: ["russia assad_role may_stay", "iran assad_role may_stay"],
  },
  {
    why: "«في حين يقول المقداد إن …» (guard): a contrast whose speaker is known holds what follows",
    text: `${T}وتشترط المعارضة رحيل الأسد، في حين يقول المقداد إن الحوار يجب أن يكون دون شروط.`,
    expected: [
      "syrian_opposition geneva2_preconditions conditional",
      "syrian_opposition assad_role must_go",
      "syrian_government geneva2_preconditions unconditional",
    ],
  },
  {
    why: "«لا تمانع حضور الإيرانيين إذا كانوا مستعدين لـ…»: her readiness named as the condition of letting her in",
    text: `${T}وقال وزير الخارجية السعودي إن المملكة لا تمانع حضور الإيرانيين إذا كانوا مستعدين للتعاون بجدية مع المبعوث الدولي.`,
    expected: ["saudi_arabia iran_participation conditional"],
  },
  {
    why: "«لا تعترض على حضور إيران، شرط أن تأتي بروح بناءة»: her constructive spirit as the condition, not the talks'",
    text: `${T}وقال المتحدث باسم الخارجية الفرنسية إن فرنسا لا تعترض على حضور إيران اجتماع فيينا، شرط أن تأتي طهران بروح بناءة.`,
    expected: ["france iran_participation conditional"],
  },
  {
    why: "«ترفض أن يكون للأسد مستقبل في سوريا»: a bare future his, with his «ل» right before it, refused",
    text: `${T}وقال وزير الخارجية الفرنسي إن فرنسا ترفض أن يكون للأسد مستقبل في سوريا.`,
    expected: ["france assad_role must_go"],
  },
  {
    why: "«مستقبل سوريا يقرره السوريون» (guard): the country's future, not his",
    text: `${T}وقال وزير الخارجية الروسي إن مستقبل سوريا يقرره السوريون وحدهم دون تدخل خارجي.`,
    expected: [],
  },
  {
    why: "«ما لم يتم إلغاء دعوة إيران»: her invitation cancelled made the condition of attending is oppose",
    text: `${T}وهدد الائتلاف الوطني السوري بسحب مشاركته من المؤتمر ما لم يتم إلغاء دعوة إيران.`,
    expected: ["national_coalition geneva2_preconditions conditional", "national_coalition iran_participation oppose"],
  },
  {
    why: "«ما لم تلغ الأمم المتحدة دعوة روسيا» (guard): another's invitation, nothing of Iran's",
    text: `${T}وهدد الائتلاف الوطني السوري بالانسحاب من المؤتمر ما لم تلغ الأمم المتحدة دعوة روسيا.`,
    expected: ["national_coalition geneva2_preconditions conditional"],
  },
  {
    why: "«بقاء الأسد في السلطة جزء من المشكلة»: his staying part of the problem is his going wanted",
    text: `${T}وقال وزير الخارجية السعودي إن بقاء الأسد في السلطة جزء من المشكلة.`,
    expected: ["saudi_arabia assad_role must_go"],
  },
  {
    why: "«جزء من الحل وليست جزءاً من المشكلة» (guard): the problem denied is no rejection",
    text: `${T}وقال وزير الخارجية الروسي إن مشاركة إيران جزء من الحل وليست جزءا من المشكلة.`,
    expected: [],
  },
  {
    why: "«تنحي الرئيس خارج البحث»: his stepping down out of the discussion keeps him",
    text: `${T}وقال وزير الخارجية السوري وليد المعلم إن تنحي الرئيس خارج البحث في جنيف.`,
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: "«لم تشر بساكي إلى … دور الأسد»: a negated verb of mentioning holds no position on what it did not mention",
    text: `${T}ولم تشر المتحدثة باسم الخارجية الأمريكية جين بساكي إلى دور الأسد في المرحلة الانتقالية.`,
    expected: [],
  },
  {
    why: "«لم يتطرق … إلى مشاركة إيران» (guard): the same with «تطرق»",
    text: `${T}ولم يتطرق وزير الخارجية الفرنسي في كلمته إلى مشاركة إيران في المؤتمر.`,
    expected: [],
  },
  {
    why: "«اشتراط رحيل الأسد … لن يكون واقعياً»: a demand judged not realistic by a negated verb of being",
    text: `${T}وأقر وزير الخارجية الفرنسي لوران فابيوس بأن اشتراط رحيل الأسد قبل أي مفاوضات لن يكون واقعيا.`,
    expected: ["france geneva2_preconditions unconditional", "france assad_role may_stay"],
  },
  {
    why: "«عبر رئيس الائتلاف … عن قلقه، وقال …»: the verb of expressing, not the preposition, before its subject",
    text: `${T}وقال لافروف إن موسكو تدعم الحل السياسي. من جهته، عبر رئيس الائتلاف الوطني السوري خالد خوجة عن قلقه من التصريحات، وقال إن لا دور للأسد في أي مرحلة انتقالية.`,
    expected: ["national_coalition assad_role must_go"],
  },
  {
    why: "«عبر تركيا، وقال …» (guard): the preposition «عبر», no new speaker",
    text: `${T}وقال لافروف إن الأسد باق في منصبه. ووصلت المساعدات عبر تركيا إلى حلب.`,
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "«أما الائتلاف فإنه يطالب …», «أما المعارضة، فهي تشترط …»: the topic's pronoun before its verb",
    text: `${T}أما المعارضة، فهي تشترط رحيل الأسد قبل أي حوار.`,
    expected: ["syrian_opposition geneva2_preconditions conditional"],
  },
];

caseTable("Readouts and shifts: his pronoun bound to an obligation, a concession taken back, a contrast's unknown speaker", CASES);
