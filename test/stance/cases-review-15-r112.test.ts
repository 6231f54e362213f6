// Kinds found by the probe round r112: Iran's presence said to help the talks succeed («كان سيسهم في إنجاح
// المؤتمر», «سيخدم الحوار»); her exclusion or its withdrawal judged a scandal or a sin («فضيحة», «خطيئة»), as a
// mistake is; the withdrawal said to show the pressure behind it («يكشف حجم الضغوط»), a report and no wish; a
// verb of stressing past a long title, or with a quotation opening after its «أن», reporting what its clause
// judges; not being Assad's advocates («لسنا محامين عن الأسد») and his fate by its pronoun not one's business
// («ومصيره ليس من شأننا»); and the cleft «ما نرفضه (بشدة) هو أن …» rejecting what follows. Each row written for
// this table, not taken from the seeds, the development corpus or the probe's articles.
import { caseTable, type Case } from "./case-table";

/** A headline, so that the sentence under test is read as a body sentence. */
const HEAD = "مؤتمر جنيف 2 حول سوريا\n";
/** A closing body sentence with no stance. */
const TAIL = "\nوتتواصل التحضيرات لعقد المؤتمر في موعده.\n";

const CASES: Case[] = [
  // Her presence helping the talks succeed: a predicate after it, as «ضروري» is.
  {
    why: "«حضور إيران كان سيسهم في إنجاح المؤتمر»: a counterfactual help wants her there",
    text: `${HEAD}وقال المتحدث باسم الخارجية الروسية إن حضور إيران كان سيسهم في إنجاح المحادثات.${TAIL}`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "«مشاركة طهران ستساعد على نجاح المفاوضات»",
    text: `${HEAD}ورأى الإبراهيمي أن مشاركة طهران ستساعد على نجاح المفاوضات المقبلة.${TAIL}`,
    expected: ["un iran_participation support"],
  },
  {
    why: "«حضور إيران سيخدم الحوار»",
    text: `${HEAD}وقال وزير الخارجية السوري وليد المعلم إن حضور إيران سيخدم الحوار بين السوريين.${TAIL}`,
    expected: ["syrian_government iran_participation support"],
  },
  {
    why: "«مشاركة إيران لن تسهم في نجاح المؤتمر»: negated, it rejects",
    text: `${HEAD}وقال وزير الخارجية السعودي إن مشاركة إيران لن تسهم في نجاح المؤتمر.${TAIL}`,
    expected: ["saudi_arabia iran_participation oppose"],
  },
  {
    why: "«التعاون مع إيران سيسهم في نجاح …»: no word of her taking part (guard)",
    text: `${HEAD}وقال لافروف إن التعاون الاقتصادي مع إيران سيسهم في نجاح خطط التنمية.${TAIL}`,
    expected: [],
  },
  // Her exclusion, or the withdrawal of her invitation, judged a scandal or a sin.
  {
    why: "«استبعاد إيران عن المؤتمر فضيحة»",
    text: `${HEAD}وقال رئيس مجلس الشورى الإيراني علي لاريجاني إن استبعاد إيران عن المحادثات فضيحة دبلوماسية.${TAIL}`,
    expected: ["iran iran_participation support"],
  },
  {
    why: "«إبعاد طهران خطيئة»",
    text: `${HEAD}وقال نائب وزير الخارجية الروسي إن إبعاد طهران عن الاجتماع خطيئة كبرى.${TAIL}`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "«وصف قرار سحب الدعوة الموجهة إلى إيران بأنه خطيئة»",
    text: `${HEAD}ووصف وزير الإعلام السوري قرار سحب الدعوة الموجهة إلى إيران بأنه خطيئة لا تغتفر.${TAIL}`,
    expected: ["syrian_government iran_participation support"],
  },
  {
    why: "«طالب بإبعاد إيران، واصفاً تدخلها بالفضيحة»: her doings judged, not her exclusion (guard)",
    text: `${HEAD}وطالب وزير الخارجية السعودي بإبعاد إيران عن المؤتمر، واصفا تدخلها في سوريا بالفضيحة.${TAIL}`,
    expected: ["saudi_arabia iran_participation oppose"],
  },
  // The withdrawal said to show the pressure behind it.
  {
    why: "«سحب الدعوة من إيران يكشف حجم الضغوط»: how it came about, no wish of the speaker's",
    text: `${HEAD}وقال وزير الخارجية السوري إن سحب الدعوة من إيران يكشف حجم الضغوط على المنظمة الدولية.${TAIL}`,
    expected: [],
  },
  {
    why: "«سحب دعوة طهران يعكس الضغوط»",
    text: `${HEAD}وقال مصدر في الخارجية السورية إن سحب دعوة طهران يعكس الضغوط التي تتعرض لها الأمم المتحدة.${TAIL}`,
    expected: [],
  },
  {
    why: "«طالب بسحب الدعوة من إيران»: asked for, it opposes (guard)",
    text: `${HEAD}وطالب وزير الخارجية السعودي بسحب الدعوة من إيران قبل بدء المؤتمر.${TAIL}`,
    expected: ["saudi_arabia iran_participation oppose"],
  },
  // A verb of stressing past a long title, a quotation opening after its «أن»: its clause says what is wanted.
  {
    why: '«أكد الأمين العام … سماحة السيد … أن "إبعاد الجمهورية الإسلامية في إيران … خطأ"»',
    text: `${HEAD}أكد الأمين العام لحزب الله سماحة السيد حسن نصر الله أن "إبعاد الجمهورية الإسلامية في إيران عن مؤتمر جنيف 2 خطأ كبير".${TAIL}`,
    expected: ["hezbollah iran_participation support"],
  },
  {
    why: '«أكد … أن "استبعاد إيران ضروري"»: the clause wants her out (guard)',
    text: `${HEAD}أكد وزير الخارجية السعودي عادل الجبير أن "استبعاد إيران ضروري لنجاح المؤتمر".${TAIL}`,
    expected: ["saudi_arabia iran_participation oppose"],
  },
  // Not his advocates; his fate by its pronoun not one's business.
  {
    why: "«لسنا محامين عن الأسد»",
    text: `${HEAD}وقال نائب وزير الخارجية الروسي إن بلاده ليست محامية عن الأسد، بل تدافع عن القانون الدولي.${TAIL}`,
    expected: ["russia assad_role neutral"],
  },
  {
    why: "«سئل عن الأسد، فقال إن مصيره لا يعنينا»: his fate by its pronoun, him named before it",
    text: `${HEAD}وسئل وزير الخارجية الروسي عن الأسد، فقال إن مصيره لا يعنينا.${TAIL}`,
    expected: ["russia assad_role neutral"],
  },
  {
    why: "«ومستقبله ليس من شأننا» of something else, Assad not named (guard)",
    text: `${HEAD}وقال ظريف إن الاتفاق النووي خطوة مهمة، ومستقبله ليس من شأننا وحدنا.${TAIL}`,
    expected: [],
  },
  // The cleft «ما نرفضه هو …».
  {
    why: "«ما نرفضه هو أن يكون رحيل الأسد شرطاً مسبقاً للحوار»: both the condition and his going rejected",
    text: `${HEAD}وقال وزير الخارجية الإيراني: ما نرفضه هو أن يكون رحيل الأسد شرطا مسبقا للحوار.${TAIL}`,
    expected: ["iran assad_role may_stay", "iran geneva2_preconditions unconditional"],
  },
  {
    why: "«ما نرفضه بشدة هو بقاء الأسد …»: his staying rejected",
    text: `${HEAD}وقال رئيس الائتلاف الوطني السوري: ما نرفضه بشدة هو بقاء الأسد في أي مرحلة انتقالية.${TAIL}`,
    expected: ["national_coalition assad_role must_go"],
  },
  {
    why: "«ما نريده هو رحيل الأسد»: no rejection (guard)",
    text: `${HEAD}وقال رئيس الائتلاف الوطني السوري: ما نريده هو رحيل الأسد عن السلطة.${TAIL}`,
    expected: ["national_coalition assad_role must_go"],
  },
];

caseTable(
  "review 15 (r112: her presence helping; exclusion a scandal; pressure shown; long titles; not his advocates; «ما نرفضه هو»)",
  CASES,
);
