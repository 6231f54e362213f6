// Kinds of sentence found by a fourth probe: articles written for it, scored before any rule was written (each row
// written for this table, not taken from the seeds, the development corpus or the probe's articles): «the
// invitation» standing for Iran's in an article on it; her pronoun after she was named; her own wish.
import { caseTable, type Case } from "./case-table";

/** A headline naming Iran's invitation, so that «the invitation» after it is hers. */
const INVITED = "بان كي مون يدعو إيران إلى مؤتمر جنيف\n";

const CASES: Case[] = [
  // «the invitation» for Iran's.
  {
    why: "«وصفت الخارجية الروسية سحب الدعوة بأنه خطأ» after her invitation is named: the withdrawal judged a mistake is support",
    text: `${INVITED}ووصفت الخارجية الروسية في بيان سحب الدعوة بأنه خطأ كبير.`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "«انتقدت طهران قرار سحب الدعوة»: criticising the withdrawal of «the invitation» wants her there",
    text: `${INVITED}وانتقدت طهران بشدة قرار سحب الدعوة.`,
    expected: ["iran iran_participation support"],
  },
  {
    why: "«رحبت واشنطن بقرار إلغاء الدعوة»: welcoming the invitation's cancellation opposes her taking part",
    text: `${INVITED}ورحبت واشنطن بقرار إلغاء الدعوة.`,
    expected: ["usa iran_participation oppose"],
  },
  {
    why: "«قال المسؤول الإيراني إن سحب الدعوة أمر مؤسف»: the withdrawal regretted is support",
    text: `${INVITED}وقال المسؤول الإيراني إن سحب الدعوة أمر مؤسف.`,
    expected: ["iran iran_participation support"],
  },
  {
    why: "«هدد الائتلاف بمقاطعة المؤتمر ما لم يتم إلغاء الدعوة»: the invitation's cancellation as the condition is oppose beside the condition",
    text: `${INVITED}وهدد الائتلاف بمقاطعة المؤتمر ما لم يتم إلغاء الدعوة.`,
    expected: ["national_coalition geneva2_preconditions conditional", "national_coalition iran_participation oppose"],
  },
  {
    why: "«الجهة التي سحبت الدعوة تتحمل المسؤولية»: a relative clause names no withdrawer's position (guard)",
    text: `${INVITED}وقال ظريف إن الجهة التي سحبت الدعوة تتحمل المسؤولية.`,
    expected: [],
  },
  {
    why: "«the invitation» in an article on another invitation (the Arab League's to the opposition) is not Iran's (guard)",
    text: "الجامعة العربية توجه الدعوة إلى الائتلاف لشغل مقعد سوريا ثم تسحب الدعوة\nوانتقدت دمشق سحب الدعوة. ورحبت واشنطن بقرار إلغاء الدعوة.",
    expected: [],
  },
  // Her pronoun, her own wish.
  {
    why: "«… إيران … . وقال الإبراهيمي إن مشاركتها ستكون مفيدة»: her pronoun after she was the last party named is hers",
    text: "تطورات الأزمة السورية\nوكانت إيران قد أعلنت استعدادها لحضور المؤتمر. وقال الإبراهيمي إن مشاركتها ستكون مفيدة.",
    expected: ["iran iran_participation support", "un iran_participation support"],
  },
  {
    why: "«قالت روسيا إن إيران يجب أن تحضر. وقال الائتلاف إن مشاركتها مرفوضة»: the speaker before the clause is not the pronoun's",
    text: "تطورات الأزمة السورية\nوقالت روسيا إن إيران يجب أن تحضر. وقال الائتلاف إن مشاركتها مرفوضة.",
    expected: ["russia iran_participation support", "national_coalition iran_participation oppose"],
  },
  {
    why: "«هددت المعارضة بالمقاطعة. وقال الإبراهيمي إن مشاركتها ضرورية»: the pronoun goes back to another party (guard)",
    text: "تطورات الأزمة السورية\nوكانت المعارضة قد هددت بالمقاطعة. وقال الإبراهيمي إن مشاركتها ضرورية.",
    expected: [],
  },
  {
    why: "«إيران تريد مقعداً على الطاولة»: she is the subject of her own wish, and holds it",
    text: "إيران تريد مقعدا على الطاولة في جنيف\nطهران - تتواصل الاتصالات قبل المؤتمر.",
    expected: ["iran iran_participation support"],
  },
  {
    why: "«أبدت إيران رغبتها في المشاركة»: her wish by a noun",
    text: "تطورات الأزمة السورية\nوأبدت إيران رغبتها في المشاركة في المؤتمر.",
    expected: ["iran iran_participation support"],
  },
  {
    why: "«أكدت طهران أن حضورها ضروري»: what she says of her own taking part is hers",
    text: "تطورات الأزمة السورية\nوأكدت طهران أن حضورها ضروري لنجاح المؤتمر.",
    expected: ["iran iran_participation support"],
  },
  {
    why: "«الأمريكيين غير مقتنعين بمشاركة إيران»: not convinced of her taking part is oppose",
    text: "تطورات الأزمة السورية\nوقال الإبراهيمي إن الأمريكيين غير مقتنعين بمشاركة إيران.",
    expected: ["usa iran_participation oppose"],
  },
  {
    why: "«أن تكون إيران ضمن المشاركين»: among those taking part is taking part",
    text: "تطورات الأزمة السورية\nوتدعو موسكو منذ شهور إلى أن تكون إيران ضمن المشاركين في المؤتمر.",
    expected: ["russia iran_participation support"],
  },
  {
    why: "«أعرب كيري عن ارتياحه لوجود إيران في فيينا»: satisfaction at her presence is support",
    text: "تطورات الأزمة السورية\nوأعرب كيري عن ارتياحه لوجود إيران في محادثات فيينا.",
    expected: ["usa iran_participation support"],
  },
  // Criticism and its clause.
  {
    why: "«انتقد وزير الإعلام السوري عمران الزعبي سحب الدعوة …»: only the critic's names between the word of criticism and the withdrawal",
    text: "تطورات الأزمة السورية\nوانتقد وزير الإعلام السوري عمران الزعبي سحب الدعوة الموجهة إلى إيران.",
    expected: ["syrian_government iran_participation support"],
  },
  {
    why: "«انتقدت … سحب الدعوة …، معتبرة أن استبعاد إيران يضعف فرص نجاح المؤتمر»: the first clause's criticism does not turn the report after «، معتبرة أن»",
    text: "تطورات الأزمة السورية\nوانتقدت الخارجية السورية قرار سحب الدعوة الموجهة إلى إيران، معتبرة أن استبعاد إيران يضعف فرص نجاح المؤتمر.",
    expected: ["syrian_government iran_participation support"],
  },
  {
    why: "«رحب … بسحب الدعوة، معتبراً أن إيران لا يمكن أن تكون جزءاً من الحل»: Iran after a comma is the next clause's subject, not the invitation's",
    text: `${INVITED}ورحب مصدر مسؤول في الخارجية السعودية بسحب الدعوة، معتبرا أن إيران لا يمكن أن تكون جزءا من الحل.`,
    expected: ["saudi_arabia iran_participation oppose"],
  },
  // Conditions in their own clause; her seat; the US administration by its president's name.
  {
    why: "«هددت المعارضة بمقاطعة المؤتمر إذا حضرت إيران، فيما ربطت واشنطن أي دور إيراني بقبول …»: the next clause's condition on Iran does not take the threat's",
    text: "تطورات الأزمة السورية\nوكانت المعارضة السورية قد هددت بمقاطعة المؤتمر إذا حضرت إيران، فيما ربطت واشنطن أي دور إيراني في المؤتمر بقبول طهران العلني ببيان جنيف 1.",
    expected: [
      "syrian_opposition geneva2_preconditions conditional",
      "syrian_opposition iran_participation oppose",
      "usa iran_participation conditional",
    ],
  },
  {
    why: "«لن نحضر إذا لم تسحب الدعوة»، مضيفاً أن على إيران أن تسحب قواتها قبل أن يكون لها مقعد»: the threat and the condition on her are two",
    text: `${INVITED}وقال المتحدث باسم الائتلاف "لن نحضر المؤتمر إذا لم تسحب الدعوة"، مضيفا أن على إيران أن تسحب قواتها من سوريا قبل أن يكون لها مقعد على الطاولة.`,
    expected: [
      "national_coalition geneva2_preconditions conditional",
      "national_coalition iran_participation conditional",
      "national_coalition iran_participation oppose",
    ],
  },
  {
    why: "«إيران دولة تحتل أراضي عربية، ولن يكون لها مكان في المؤتمر»: a place of hers denied is a position",
    text: "تطورات الأزمة السورية\nوقال وزير الخارجية السعودي إن إيران دولة تحتل أراضي عربية، ولن يكون لها مكان في المؤتمر.",
    expected: ["saudi_arabia iran_participation oppose"],
  },
  {
    why: "«يجب أن يكون لها مقعد في المؤتمر»: her seat wanted",
    text: "تطورات الأزمة السورية\nوقال لافروف إن إيران دولة مهمة ويجب أن يكون لها مقعد في المؤتمر.",
    expected: ["russia iran_participation support"],
  },
  {
    why: "«تعارض إدارة أوباما حضور إيران ما لم تعلن قبولها …»: the administration by its president's name is the United States",
    text: "تطورات الأزمة السورية\nوتعارض إدارة أوباما حضور إيران ما لم تعلن قبولها ببيان جنيف 1.",
    expected: ["usa iran_participation conditional"],
  },
  // Holders: a relative clause's subject, a verb sharing its sentence's opening subject.
  {
    why: "«حدد الائتلاف شروطه … مؤتمر جنيف الذي تسعى موسكو وواشنطن لعقده …، وقال في بيان إنه لن يحضر …»: the relative clause's subjects do not speak; the verb after the comma shares the opening subject",
    text: "تطورات الأزمة السورية\nحدد الائتلاف الوطني السوري شروطه للمشاركة في مؤتمر جنيف 2 الذي تسعى موسكو وواشنطن لعقده قبل نهاية العام، وقال في بيان صادر عن هيئته العامة إنه لن يحضر المؤتمر إلا إذا تم فتح ممرات إنسانية.",
    expected: ["national_coalition geneva2_preconditions conditional"],
  },
  {
    why: "«اعتبر نصرالله أن السعودية «تشترط رحيل الأسد قبل أي مفاوضات»»: the quotation opens on the predicate of the party before it; the speaker reports it",
    text: 'تطورات الأزمة السورية\nواعتبر نصرالله أن السعودية "تشترط رحيل الرئيس الأسد قبل أي مفاوضات لأنها تريد إفشال أي حل".',
    expected: ["saudi_arabia assad_role must_go", "saudi_arabia geneva2_preconditions conditional"],
  },
  {
    why: "«قال صافي إن المعارضة «لن تعود إلى جنيف ما لم …»»: the opposition at large is the side its spokesman speaks for (guard)",
    text: "تطورات الأزمة السورية\nوقال الناطق باسم وفد الائتلاف لؤي صافي إن المعارضة «لن تعود إلى جنيف ما لم يلتزم النظام بمناقشة هيئة الحكم الانتقالية».",
    expected: ["national_coalition geneva2_preconditions conditional"],
  },
  // Polarity.
  {
    why: "«لا يكون لبشار الأسد ولا لأركان نظامه أي دور»: «ولا» before a noun joins one more to the same negation",
    text: "تطورات الأزمة السورية\nوطالب الائتلاف بنقل السلطة إلى هيئة حكم انتقالية لا يكون لبشار الأسد ولا لأركان نظامه أي دور فيها.",
    expected: ["national_coalition assad_role must_go"],
  },
  {
    why: "«نفت المتحدثة باسم الخارجية الأمريكية جين ساكي أن تكون الولايات المتحدة قد وافقت على دعوة إيران»: a denial past a long title still denies",
    text: "تطورات الأزمة السورية\nوفي واشنطن، نفت المتحدثة باسم الخارجية الأمريكية جين ساكي أن تكون الولايات المتحدة قد وافقت على دعوة إيران.",
    expected: [],
  },
  {
    why: "«من راهن على رحيله خسر الرهان»: whoever bet (past tense) on his going is judged, the speaker keeps him",
    text: "تطورات الأزمة السورية\nوقال نصر الله إن الرئيس الأسد باق، ومن راهن على رحيله خسر الرهان.",
    expected: ["hezbollah assad_role may_stay"],
  },
  {
    why: "«مسألة بقاء الأسد أو رحيله يقررها السوريون»: his staying or his going as alternatives is neither wanted",
    text: "تطورات الأزمة السورية\nوأكد لافروف أن مسألة بقاء الأسد أو رحيله يقررها السوريون في انتخابات.",
    expected: [],
  },
  {
    why: "«وضع رحيل الأسد شرطاً مسبقاً هو أقصر الطرق لنسف العملية السياسية»: the shortest way to wreck the process judges the condition",
    text: "تطورات الأزمة السورية\nوقال غاتيلوف إن وضع رحيل الأسد شرطا مسبقا هو أقصر الطرق لنسف العملية السياسية.",
    expected: ["russia assad_role may_stay"],
  },
];

caseTable("Fourth probe: «the invitation» for Iran's, her pronoun, her own wish", CASES);
