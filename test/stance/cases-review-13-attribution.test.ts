// Kinds of attribution left out by earlier work (review 13): an outlet quoting a source in a party's body («نقلت وكالة X
// عن مصدر في الخارجية الروسية أن …»); a bare «الخارجية» / «الوزارة» for the ministry of foreign affairs named before; one
// asked to drop a condition («دعا لافروف الائتلاف إلى التخلي عن شرط رحيل الأسد») holding it; «وهي التي …» opening a
// sentence after one ending on a party. Each row written for this table, not taken from the seeds, the development
// corpus or any probe's articles.
import { caseTable, type Case } from "./case-table";

/** A headline, so that the sentence under test is read as a body sentence. */
const HEAD = "مؤتمر جنيف 2 حول سوريا\n";
/** A closing body sentence with no stance. */
const TAIL = "\nوتتواصل التحضيرات لعقد المؤتمر في موعده.\n";

const CASES: Case[] = [
  // An outlet quoting a source in a party's body («نقلت وكالة X عن مصدر في/من …»): the source's party holds it, not the outlet.
  {
    why: "«نقلت وكالة X عن مصدر في المعارضة السورية أن …»: the source's body holds it, not the outlet",
    text: `${HEAD}ونقلت وكالة الأناضول عن مصدر في المعارضة السورية أن رحيل الأسد شرط لأي تفاوض.${TAIL}`,
    expected: ["syrian_opposition assad_role must_go", "syrian_opposition geneva2_preconditions conditional"],
  },
  {
    why: "«عن مصدر في الوفد الحكومي السوري أن …»: the government delegation",
    text: `${HEAD}ونقلت صحيفة لبنانية عن مصدر في الوفد الحكومي السوري أن مصير الرئيس ليس مطروحا للنقاش في جنيف.${TAIL}`,
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: "«عن مسؤول في الخارجية الإيرانية أن …»: an official of Iran's ministry",
    text: `${HEAD}ونقلت قناة الميادين عن مسؤول في الخارجية الإيرانية أن مستقبل الرئيس السوري يقرره السوريون بأنفسهم.${TAIL}`,
    expected: ["iran assad_role may_stay"],
  },
  {
    why: "«عن مصدر من الخارجية الروسية أن …»: «من» before the body",
    text: `${HEAD}ونقلت وكالة إيتار تاس عن مصدر من الخارجية الروسية أن الشروط المسبقة تعرقل انطلاق الحوار.${TAIL}`,
    expected: ["russia geneva2_preconditions unconditional"],
  },
  {
    why: "«نقلت وكالة سانا عن مصدر رسمي أن …»: the state agency's source, its state",
    text: `${HEAD}ونقلت وكالة سانا عن مصدر رسمي أن منصب الرئيس ليس مطروحا للنقاش.${TAIL}`,
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: "guard: «عن مصادر دبلوماسية في باريس»: diplomats in a city are anyone's",
    text: `${HEAD}ونقلت الجريدة عن مصادر غربية في باريس أن رحيل الأسد لم يعد شرطا لبدء الحوار.${TAIL}`,
    expected: [],
  },
  {
    why: "guard: «نقلت وكالة إيرنا الإيرانية عن مصدر دبلوماسي غربي»: the outlet does not hold it",
    text: `${HEAD}ونقلت وكالة إيرنا الإيرانية عن مصدر دبلوماسي غربي أن رحيل الأسد شرط لأي تفاوض.${TAIL}`,
    expected: [],
  },
  // A bare «الخارجية», «الوزارة» after a ministry of foreign affairs is named: that ministry's party (the last named before).
  {
    why: "«أصدرت وزارة الخارجية الروسية بياناً … وقالت الخارجية إن …»",
    text: `${HEAD}وأصدرت وزارة الخارجية الروسية بيانا حول الاستعدادات للمؤتمر. وقالت الخارجية إن الحوار يجب أن يجري دون شروط مسبقة.${TAIL}`,
    expected: ["russia geneva2_preconditions unconditional"],
  },
  {
    why: "«… وأكدت الوزارة أن …» after the US ministry named",
    text: `${HEAD}وأصدرت وزارة الخارجية الأمريكية بيانا عقب لقاء الوزيرين في لندن. وأكدت الوزارة أن الأسد فقد شرعيته ويجب أن يرحل.${TAIL}`,
    expected: ["usa assad_role must_go"],
  },
  {
    why: "«أعلنت وزارة الخارجية الروسية … . وأوضحت الخارجية أن …»",
    text: `${HEAD}وأعلنت وزارة الخارجية الروسية أن لافروف سيلتقي كيري في باريس. وأوضحت الخارجية أن مصير الأسد يقرره السوريون.${TAIL}`,
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "«وفي واشنطن، قالت الخارجية إن …»: the capital heading the sentence says whose ministry",
    text: `${HEAD}وانتقدت الخارجية الروسية التصريحات الغربية الأخيرة. وفي واشنطن، قالت الخارجية إن الأسد يجب أن يرحل.${TAIL}`,
    expected: ["usa assad_role must_go"],
  },
  {
    why: "two ministries named: «وأضافت الوزارة» is the last one's",
    text: `${HEAD}وقالت وزارة الخارجية الروسية إن موسكو تدعم عقد المؤتمر. وقالت الخارجية الأمريكية إن واشنطن ترحب بذلك. وأضافت الوزارة أن الأسد يجب أن يرحل.${TAIL}`,
    expected: ["usa assad_role must_go"],
  },
  {
    why: "guard: «سياسته الخارجية»: an adjective, no ministry",
    text: `${HEAD}وأكد سيرغي لافروف أن بلاده تدعم المؤتمر. وأكد الائتلاف أن سياسته الخارجية لن تتغير، وأن رحيل الأسد شرط لأي تفاوض.${TAIL}`,
    expected: ["national_coalition assad_role must_go", "national_coalition geneva2_preconditions conditional"],
  },
  {
    why: "guard: «وقال وزير الخارجية» is a minister, not the ministry named before",
    text: `${HEAD}وأصدرت وزارة الخارجية الروسية بيانا حول المؤتمر. وقال وزير الخارجية إن الحوار يجب أن يجري دون شروط مسبقة.${TAIL}`,
    expected: [],
  },
  // Asked to drop a condition («دعا X إلى التخلي عن شرط رحيل الأسد»): X holds the condition, the one asking goes without it.
  {
    why: "«دعا لافروف الائتلاف إلى التخلي عن شرط رحيل الأسد»: the coalition's condition, not a Russian demand",
    text: `${HEAD}ودعا لافروف الائتلاف إلى التخلي عن شرط رحيل الأسد.${TAIL}`,
    expected: [
      "national_coalition assad_role must_go",
      "national_coalition geneva2_preconditions conditional",
      "russia geneva2_preconditions unconditional",
    ],
  },
  {
    why: "«طالبت إيران السعودية بالتخلي عن شرط تنحي الأسد»",
    text: `${HEAD}وطالبت إيران السعودية بالتخلي عن شرط تنحي الأسد قبل أي مفاوضات.${TAIL}`,
    expected: [
      "iran geneva2_preconditions unconditional",
      "saudi_arabia assad_role must_go",
      "saudi_arabia geneva2_preconditions conditional",
    ],
  },
  {
    why: "«حث كيري الحكومة السورية على التخلي عن شروطها»: her own conditions",
    text: `${HEAD}وحث كيري الحكومة السورية على التخلي عن شروطها والمشاركة في المؤتمر.${TAIL}`,
    expected: ["syrian_government geneva2_preconditions conditional", "usa geneva2_preconditions unconditional"],
  },
  {
    why: "«ناشد بان كي مون الائتلاف التخلي عن شرط رحيل الأسد»: no «إلى»",
    text: `${HEAD}وناشد بان كي مون الائتلاف التخلي عن شرط رحيل الأسد قبل التفاوض.${TAIL}`,
    expected: [
      "national_coalition assad_role must_go",
      "national_coalition geneva2_preconditions conditional",
      "un geneva2_preconditions unconditional",
    ],
  },
  {
    why: "«داعياً المعارضة إلى التراجع عن شروطها»: the participle",
    text: `${HEAD}وقال المعلم إن الحوار هو الحل الوحيد، داعياً المعارضة إلى التراجع عن شروطها.${TAIL}`,
    expected: ["syrian_government geneva2_preconditions unconditional", "syrian_opposition geneva2_preconditions conditional"],
  },
  {
    why: "guard: «دعا الإبراهيمي جميع الأطراف إلى التخلي عن الشروط المسبقة»: no one asked is named",
    text: `${HEAD}ودعا الإبراهيمي جميع الأطراف إلى التخلي عن الشروط المسبقة.${TAIL}`,
    expected: ["un geneva2_preconditions unconditional"],
  },
  {
    why: "guard: «الشروط المسبقة» as such are no one's own",
    text: `${HEAD}ودعت موسكو المعارضة إلى التخلي عن الشروط المسبقة والجلوس إلى الطاولة.${TAIL}`,
    expected: ["russia geneva2_preconditions unconditional"],
  },
  // «وهي التي», «وهو الذي» opening a sentence: the party the sentence before ends on.
  {
    why: "«… المعارضة السورية. وهي التي تشترط رحيل الأسد …»",
    text: `${HEAD}وعقد الوفد الروسي لقاء مع ممثلي المعارضة السورية. وهي التي تشترط رحيل الأسد قبل أي تفاوض.${TAIL}`,
    expected: ["syrian_opposition assad_role must_go", "syrian_opposition geneva2_preconditions conditional"],
  },
  {
    why: "«… الائتلاف الوطني السوري. وهو الذي يرفض أي دور للأسد …»",
    text: `${HEAD}والتقى المبعوث الدولي بوفد الائتلاف الوطني السوري. وهو الذي يرفض أي دور للأسد في المرحلة الانتقالية.${TAIL}`,
    expected: ["national_coalition assad_role must_go"],
  },
  {
    why: "«… الحكومة السورية. وهي التي ترفض أي شروط مسبقة …»",
    text: `${HEAD}وتحدث الوزير مطولا عن موقف الحكومة السورية. وهي التي ترفض أي شروط مسبقة للحوار.${TAIL}`,
    expected: ["syrian_government geneva2_preconditions unconditional"],
  },
  {
    why: "«… المعارضة السورية. وهي التي تصر على رحيل الأسد»",
    text: `${HEAD}والتقى لافروف ممثلين عن المعارضة السورية. وهي التي تصر على رحيل الأسد.${TAIL}`,
    expected: ["syrian_opposition assad_role must_go"],
  },
  {
    why: "guard: a place ends the sentence before («في السعودية.»)",
    text: `${HEAD}وأجرى كيري اتصالا بنظرائه في السعودية. وهي التي تعارض مشاركة إيران في المؤتمر.${TAIL}`,
    expected: [],
  },
  {
    why: "guard: the sentence before ends on no party",
    text: `${HEAD}والتقى وفد المعارضة السورية بالمبعوث الدولي في جنيف. وهي التي تشترط رحيل الأسد قبل أي تفاوض.${TAIL}`,
    expected: [],
  },
  {
    why: "guard: «وهو ما ترفضه موسكو» with no cue",
    text: `${HEAD}والتقى لافروف ممثلين عن المعارضة السورية. وهو ما ترفضه موسكو بشدة.${TAIL}`,
    expected: [],
  },
];

caseTable("review 13: attribution (outlet's source, bare ministry, asked to drop a condition, «وهي التي»)", CASES);
