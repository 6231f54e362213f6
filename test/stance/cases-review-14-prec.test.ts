// Kinds of false claim found by the probe rounds (precision): the writer's own guess about a party («يبدو أن»,
// «فيبدو أنها», «أظن أن», «لا أحسب أن»); his going made no condition of a settlement («ليس شرطاً للتسوية ولن …»,
// «لن تقبل بأن يكون رحيله شرطاً لأي حل»), and his going stipulated as the price of a settlement or a deal («تشترط
// رحيل الأسد مقابل أي تسوية»), neither of them about the talks; and the Syrian National Council, an opposition bloc
// with no party id. Each row written for this table, not taken from the seeds, the development corpus or the
// probe's articles.
import { caseTable, type Case } from "./case-table";

/** A headline, so that the sentence under test is read as a body sentence. */
const HEAD = "مؤتمر جنيف 2 حول سوريا\n";
/** A closing body sentence with no stance. */
const TAIL = "\nوتتواصل التحضيرات لعقد المؤتمر في موعده.\n";

const CASES: Case[] = [
  // The writer's guess about a party, no party's position (CONTRACT.md).
  {
    why: "«ويبدو واضحاً أن واشنطن …»: an adverb between «يبدو» and «أن»",
    text: `${HEAD}ويبدو واضحا أن واشنطن لم تعد تمانع بقاء الأسد لفترة انتقالية.${TAIL}`,
    expected: [],
  },
  {
    why: "«أما أنقرة، فيبدو أنها …»: «فيبدو» and «أنها»",
    text: `${HEAD}أما أنقرة، فيبدو أنها لم تعد تمانع في بقاء الأسد خلال المرحلة الانتقالية.${TAIL}`,
    expected: [],
  },
  {
    why: "«وأظن أن أنقرة …»: the writer's «أظن»",
    text: `${HEAD}وأظن أن أنقرة ما زالت تطالب برحيل الأسد، وإن خفت صوتها في الأسابيع الأخيرة.${TAIL}`,
    expected: [],
  },
  {
    why: "«لا أحسب أن موسكو متمسكة بالأسد …»: a negated guess",
    text: `${HEAD}لا أحسب أن موسكو متمسكة بالأسد لشخصه، بل بمصالحها العسكرية على الساحل.${TAIL}`,
    expected: [],
  },
  {
    why: "«أظن أن …» inside a minister's quotation is his hedged view (guard)",
    text: `${HEAD}وقال لافروف للصحافيين: «أظن أن حضور إيران ضروري لنجاح هذا المؤتمر».${TAIL}`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "a ministry's statement with no guess (guard)",
    text: `${HEAD}وأعلنت الخارجية الأمريكية أن واشنطن لا تمانع بقاء الأسد لفترة انتقالية محدودة.${TAIL}`,
    expected: ["usa assad_role may_stay"],
  },
  {
    why: "«يبدو واضحاً:» with no «أن» after it is no guess (guard)",
    text: `${HEAD}وقال لافروف إن موقف بلاده يبدو واضحا: الحوار يجب أن يبدأ دون شروط مسبقة.${TAIL}`,
    expected: ["russia geneva2_preconditions unconditional"],
  },
  {
    why: "«أما الرياض التي ترفض حضور إيران …، فيبدو أنها …»: a guess after the stated position guesses at something else (guard)",
    text: `${HEAD}أما الرياض التي ترفض حضور إيران في المؤتمر، فيبدو أنها تخشى اتساع نفوذها في المنطقة.${TAIL}`,
    expected: ["saudi_arabia iran_participation oppose"],
  },
  // Conditions of a settlement, not of the talks.
  {
    why: "«ليس شرطاً للتسوية ولن …»: the settlement, a clause of «لن» after it",
    text: `${HEAD}وقال المتحدث باسم الخارجية الروسية إن رحيل الأسد ليس شرطا للتسوية ولن تقبل موسكو فرضه من الخارج.${TAIL}`,
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "«لن تقبل بأن يكون رحيله شرطاً لأي حل»: refusing a condition of a settlement",
    text: `${HEAD}وأكد ظريف أن طهران لن تقبل بأن يكون رحيل الأسد شرطا لأي حل سياسي في سوريا.${TAIL}`,
    expected: ["iran assad_role may_stay"],
  },
  {
    why: "«تشترط رحيل الأسد مقابل أي تسوية»: the price of a settlement, his going still wanted",
    text: `${HEAD}واتهم المعلم أنقرة بأنها تشترط رحيل الرئيس الأسد مقابل أي تسوية، وتعرقل بذلك مفاوضات جنيف.${TAIL}`,
    expected: ["turkey assad_role must_go"],
  },
  {
    why: "«تشترط تنحي الأسد ثمناً لوقف دعمها …»: the price of a step of her own",
    text: `${HEAD}وقالت الخارجية السورية إن الدوحة تشترط تنحي الأسد ثمنا لوقف دعمها للمسلحين، وتسعى إلى إفشال المفاوضات.${TAIL}`,
    expected: ["qatar assad_role must_go"],
  },
  {
    why: "«تشترط رحيل الأسد مقابل أي اتفاق»: a deal",
    text: `${HEAD}وقال مصدر في الخارجية السورية إن قطر تشترط رحيل الأسد مقابل أي اتفاق سياسي، وتضغط على المعارضة لمقاطعة المحادثات.${TAIL}`,
    expected: ["qatar assad_role must_go"],
  },
  {
    why: "«ليس شرطاً للتسوية ولا للمفاوضات»: the talks joined to the settlement (guard)",
    text: `${HEAD}وقال لافروف إن رحيل الأسد ليس شرطا للتسوية ولا للمفاوضات.${TAIL}`,
    expected: ["russia assad_role may_stay", "russia geneva2_preconditions unconditional"],
  },
  {
    why: "«تشترط رحيل الأسد قبل أي تفاوض»: a condition of the talks (guard)",
    text: `${HEAD}واتهم المعلم الرياض بأنها تشترط رحيل الأسد قبل أي تفاوض.${TAIL}`,
    expected: ["saudi_arabia assad_role must_go", "saudi_arabia geneva2_preconditions conditional"],
  },
  {
    why: "«يشترط … مقابل حضوره»: the price of attending is a condition of the talks (guard)",
    text: `${HEAD}وأعلن الائتلاف الوطني السوري أنه يشترط الإفراج عن المعتقلين مقابل حضوره المؤتمر.${TAIL}`,
    expected: ["national_coalition geneva2_preconditions conditional"],
  },
  {
    why: "«لا يمكن أن يكون شرطاً مسبقاً للمحادثات» (guard)",
    text: `${HEAD}وشدد لافروف على أن رحيل الأسد لا يمكن أن يكون شرطا مسبقا للمحادثات.${TAIL}`,
    expected: ["russia assad_role may_stay", "russia geneva2_preconditions unconditional"],
  },
  // The Syrian National Council: no party id (CONTRACT.md: groups without one get no tuple).
  {
    why: "«المجلس الوطني السوري» is not the generic opposition",
    text: `${HEAD}وأعلن المجلس الوطني السوري رفضه المشاركة في أي مفاوضات قبل رحيل الأسد.${TAIL}`,
    expected: [],
  },
  {
    why: "«المعارضة السورية» named generically is (guard)",
    text: `${HEAD}وأعلنت المعارضة السورية رفضها المشاركة في أي مفاوضات قبل رحيل الأسد.${TAIL}`,
    expected: ["syrian_opposition assad_role must_go", "syrian_opposition geneva2_preconditions conditional"],
  },
];

caseTable("review 14 (precision: the writer's guess; conditions of a settlement; the Syrian National Council)", CASES);
