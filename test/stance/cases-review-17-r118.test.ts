// Kinds found by round r118: a sentence naming Israel's radio or minister by the adjective is no longer read as about
// other talks; a second verb of saying after «، وقال …» (or «، إذ قال …») opens a lead of its own for Iran's taking
// part, and a participle of saying after a comma («، معتبراً أن …») ends what a rejection after her taking part can
// reach; a demand's complement («المطالبة برحيل الرئيس السوري بشار الأسد») is not the demand's owner. Each row written
// for this table, not taken from the seeds, the development corpus or the probe's articles.
import { caseTable, type Case } from "./case-table";

/** A headline, so that the sentence under test is read as a body sentence. */
const HEAD = "مؤتمر جنيف 2 حول سوريا\n";
/** A closing body sentence with no stance. */
const TAIL = "\nوتتواصل التحضيرات لعقد المؤتمر في موعده.\n";

const CASES: Case[] = [
  // «الإسرائيلية» after an outlet or an office names Israel's, not the Israeli-Palestinian talks.
  {
    why: "«نقلت الإذاعة الإسرائيلية عن الوزير قوله إن إسرائيل ترفض …»: an Israeli outlet, not other talks",
    text: `${HEAD}ونقلت الإذاعة الإسرائيلية عن وزير الدفاع قوله إن إسرائيل ترفض أي حضور إيراني في المؤتمر.${TAIL}`,
    expected: ["israel iran_participation oppose"],
  },
  {
    why: "«قال رئيس الوزراء الإسرائيلي إن بلاده تعارض …»: an Israeli office, not other talks",
    text: `${HEAD}وقال مكتب رئيس الوزراء الإسرائيلي إن إسرائيل تعارض دعوة إيران إلى المؤتمر الدولي.${TAIL}`,
    expected: ["israel iran_participation oppose"],
  },
  {
    why: "«الصراع العربي الإسرائيلي» is still other talks: a sentence about it and no Syria says nothing (guard)",
    text: `${HEAD}وبحث الوزيران تطورات الصراع العربي الإسرائيلي، وأكد لافروف أن مشاركة إيران في المؤتمر ضرورية.${TAIL}`,
    expected: [],
  },
  // «، وقال … إن»: a second report of the speaker; the first report's exclusion is not its lead.
  {
    why: "«لا ترى مبرراً لاستبعاد إيران، وقال في تصريحات … إن طهران يجب أن تكون حاضرة»: support, not oppose",
    text: `${HEAD}وأعلن الوزير الروسي أن بلاده لا ترى أي مبرر لاستبعاد إيران من المفاوضات، وقال في مقابلة مع قناة روسيا اليوم إن "طهران يجب أن تكون حاضرة في جنيف".${TAIL}`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "«انتقد استبعاد إيران، وأضاف أن طهران لا غنى عنها ويجب أن تكون حاضرة»: «وأضاف» opens its own lead",
    text: `${HEAD}وانتقد وزير الخارجية الروسي الدعوات إلى استبعاد إيران، وأضاف في مؤتمر صحفي أن طهران شريك مهم ويجب أن تكون حاضرة في المؤتمر.${TAIL}`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "«هدد بالانسحاب ما لم تسحب الدعوة لطهران، إذ قال إن …، قبل أن يرحب بقرار بان»: the welcome is oppose, not conditional",
    text: `${HEAD}وجاء القرار بعد تهديد الائتلاف الوطني بمقاطعة المؤتمر ما لم تسحب الدعوة الموجهة لطهران، إذ قال الجربا إن الائتلاف "لن يجلس مع دولة ترسل ميليشياتها إلى سوريا"، قبل أن يرحب لاحقا بقرار بان كي مون سحب الدعوة.${TAIL}`,
    expected: [
      "national_coalition geneva2_preconditions conditional",
      "national_coalition iran_participation oppose",
      "un iran_participation oppose",
    ],
  },
  {
    why: "«رفضت استبعاد إيران، وقالت إن …»: the second report says nothing of her; the first still holds (guard)",
    text: `${HEAD}ورفضت موسكو استبعاد إيران من المؤتمر، وقالت الخارجية الروسية إن الحوار يجب أن يبدأ في موعده.${TAIL}`,
    expected: ["russia iran_participation support"],
  },
  // «، معتبراً أن "استبعاد …"»: a participle of saying after a comma opens a clause of its own.
  {
    why: "«ومن بينها إيران، معتبراً أن استبعاد طهران خطأ»: the exclusion judged after the participle is no rejection of her",
    text: `${HEAD}وقال لافروف إن الدعوة يجب أن توجه إلى كل الدول المؤثرة، ومن بينها إيران وتركيا، معتبرا أن استبعاد طهران سيكون خطأ كبيرا.${TAIL}`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "«يؤيد دعوة إيران، مؤكداً أن رفضها …»: the support before the participle stands (guard)",
    text: `${HEAD}وأعلن الإبراهيمي أنه يؤيد دعوة إيران إلى المؤتمر، مؤكدا أن رفضها من بعض الأطراف لن يغير موقفه.${TAIL}`,
    expected: ["un iran_participation support"],
  },
  {
    why: "«مشاركة إيران مرفوضة»: a rejection right after her taking part, no report between, still rejects it (guard)",
    text: `${HEAD}وقال وزير الخارجية السعودي إن مشاركة إيران في المؤتمر مرفوضة تماما.${TAIL}`,
    expected: ["saudi_arabia iran_participation oppose"],
  },
  // «المطالبة برحيل الرئيس السوري بشار الأسد كشرط»: the demand has no owner named; «بشار» is not its complement «بـ».
  {
    why: "«اعتبر أن المطالبة برحيل الرئيس السوري بشار الأسد كشرط مسبق غير واقعية»: no conditions set by the government",
    text: `${HEAD}واعتبر وزير الخارجية الروسي أن المطالبة برحيل الرئيس السوري بشار الأسد كشرط مسبق للمفاوضات "غير واقعية".${TAIL}`,
    expected: ["russia assad_role may_stay", "russia geneva2_preconditions unconditional"],
  },
  {
    why: "«مطالبة الائتلاف برحيل الرئيس بشار الأسد قبل التفاوض غير واقعية»: an owner named still holds it (guard)",
    text: `${HEAD}واعتبر وزير الخارجية الروسي أن مطالبة الائتلاف برحيل الرئيس بشار الأسد قبل أي تفاوض "غير واقعية".${TAIL}`,
    expected: [
      "national_coalition assad_role must_go",
      "national_coalition geneva2_preconditions conditional",
      "russia assad_role may_stay",
      "russia geneva2_preconditions unconditional",
    ],
  },
];

caseTable("review 17 (r118: Israeli outlets not other talks; a second report's own lead; a demand's complement no owner)", CASES);
