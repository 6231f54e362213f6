// Kinds found by the probe round r113: a rejection of conditions reaching one named in their list after «، بما فيها»;
// a participle of saying after a relative clause on the sentence's object («… المعارضة التي تطالب …، قائلاً …»),
// the sentence's subject's and not the relative verb's; terms on Iran's taking part after what she is to take part in
// and one comma («لا تمانع مشاركة إيران في أي جهد دولي لحل الأزمة، شريطة أن …»); and a verb of conditioning whose
// object is what Iran is to do («تشترط قبول إيران ببيان جنيف»), which sets no terms on the talks. Each row written
// for this table, not taken from the seeds, the development corpus or the probe's articles.
import { caseTable, type Case } from "./case-table";

/** A headline, so that the sentence under test is read as a body sentence. */
const HEAD = "مؤتمر جنيف 2 حول سوريا\n";
/** A closing body sentence with no stance. */
const TAIL = "\nوتتواصل التحضيرات لعقد المؤتمر في موعده.\n";

const CASES: Case[] = [
  // «ترفض أي شروط مسبقة، بما فيها شرط رحيل الأسد»: the condition named in the list is rejected with the rest.
  {
    why: "«ترفض أي شروط مسبقة على الحوار، بما فيها شرط رحيل الأسد»: his departure rejected as a condition",
    text: `${HEAD}وقال المتحدث باسم الخارجية الروسية إن موسكو ترفض أي شروط مسبقة على الحوار السوري، بما فيها شرط رحيل الرئيس بشار الأسد.${TAIL}`,
    expected: ["russia geneva2_preconditions unconditional", "russia assad_role may_stay"],
  },
  {
    why: "«ترفض جميع الشروط المسبقة التي يطرحها الآخرون، بما في ذلك شرط تنحي الرئيس»",
    text: `${HEAD}وقال المقداد إن دمشق ترفض جميع الشروط المسبقة التي يطرحها الآخرون، بما في ذلك شرط تنحي الرئيس.${TAIL}`,
    expected: ["syrian_government geneva2_preconditions unconditional", "syrian_government assad_role may_stay"],
  },
  {
    why: "«يضع شروطاً …، بما فيها شرط رحيل الأسد»: conditions set, not rejected, keep his departure required (guard)",
    text: `${HEAD}وقال الجربا إن الائتلاف يضع شروطا واضحة للمشاركة، بما فيها شرط رحيل الأسد.${TAIL}`,
    expected: ["national_coalition geneva2_preconditions conditional", "national_coalition assad_role must_go"],
  },
  {
    why: "«ترفض كل الشروط المسبقة، بما فيها شرط وقف إطلاق النار»: no word on Assad in the list (guard)",
    text: `${HEAD}وأكد المتحدث باسم الخارجية البريطانية أن لندن ترفض كل الشروط المسبقة، بما فيها شرط وقف إطلاق النار.${TAIL}`,
    expected: ["uk geneva2_preconditions unconditional"],
  },
  // «انتقد X مواقف Y الذي يطالب …، قائلاً …»: the participle is X's, the relative clause Y's.
  {
    why: "«انتقد لافروف مواقف الائتلاف الذي يطالب برحيل الأسد، قائلاً إن …»: Lavrov's words after the participle",
    text: `${HEAD}وانتقد لافروف مواقف الائتلاف الذي يطالب برحيل الأسد، قائلا إن الحوار يجب أن يبدأ دون شروط مسبقة.${TAIL}`,
    expected: ["national_coalition assad_role must_go", "russia geneva2_preconditions unconditional"],
  },
  {
    why: "«هاجم المقداد السعودية التي تطالب بتنحي الأسد، مؤكداً أن …»",
    text: `${HEAD}وهاجم المقداد السعودية التي تطالب بتنحي الأسد، مؤكدا أن وفد دمشق سيذهب إلى جنيف دون شروط مسبقة.${TAIL}`,
    expected: ["saudi_arabia assad_role must_go", "syrian_government geneva2_preconditions unconditional"],
  },
  {
    why: "«تطرق لافروف إلى مواقف الائتلاف الذي …، قائلاً: «…». وشدد على أن …»: he goes on in the bare «وشدد»",
    text: `${HEAD}وتطرق لافروف إلى مواقف الائتلاف الذي يرفض بقاء الأسد، قائلا: "هذه أوهام". وشدد على أن رحيل الأسد ليس مطروحا.${TAIL}`,
    expected: ["national_coalition assad_role must_go", "russia assad_role may_stay"],
  },
  {
    why: "«قال لافروف إن الدول التي تطالب برحيل الأسد لا تريد الحل، مضيفاً أن …»: the speaker's frame goes on (guard)",
    text: `${HEAD}وقال لافروف إن الدول التي تطالب برحيل الأسد لا تريد الحل، مضيفا أن موسكو ترفض الشروط المسبقة.${TAIL}`,
    expected: ["russia assad_role may_stay", "russia geneva2_preconditions unconditional"],
  },
  {
    why: "«قال الجربا إن الائتلاف الذي يطالب برحيل الأسد سيحضر، مضيفاً أن …»: one party throughout (guard)",
    text: `${HEAD}وقال الجربا إن الائتلاف الذي يطالب برحيل الأسد سيحضر المؤتمر، مضيفا أن المعارضة لن تقبل بأي دور للأسد.${TAIL}`,
    expected: ["national_coalition assad_role must_go"],
  },
  // «لا تمانع حضور إيران في أي مؤتمر دولي لبحث …، شريطة أن …»: the terms after what she is to take part in.
  {
    why: "«لا تمانع حضور إيران في أي مؤتمر دولي لبحث مستقبل سوريا والمنطقة، شريطة أن …»: her taking part on terms",
    text: `${HEAD}وقال الجبير إن الرياض لا تمانع حضور إيران في أي مؤتمر دولي لبحث مستقبل سوريا والمنطقة، شريطة أن تسحب قواتها من الأراضي السورية.${TAIL}`,
    expected: ["saudi_arabia iran_participation conditional"],
  },
  {
    why: "«لا تعارض مشاركة إيران في المفاوضات المقبلة حول الأزمة السورية في جنيف، بشرط أن …»",
    text: `${HEAD}وقالت الخارجية الفرنسية إن باريس لا تعارض مشاركة إيران في المفاوضات المقبلة حول الأزمة السورية في جنيف، بشرط أن تقبل علنا ببيان جنيف الأول.${TAIL}`,
    expected: ["france iran_participation conditional"],
  },
  {
    why: "«ترفض حضور إيران في أي مؤتمر …، شريطة أن …»: a refusal stays a refusal (guard)",
    text: `${HEAD}وقال الجبير إن الرياض ترفض حضور إيران في أي مؤتمر دولي لبحث مستقبل سوريا والمنطقة، شريطة أن تسحب قواتها من الأراضي السورية.${TAIL}`,
    expected: ["saudi_arabia iran_participation oppose"],
  },
  {
    why: "«ترحب بمشاركة إيران …، وتدعو جميع الأطراف إلى الحضور، شريطة أن …»: terms past a second clause are its own (guard)",
    text: `${HEAD}وقالت الخارجية الفرنسية إن باريس ترحب بمشاركة إيران في المفاوضات المقبلة حول الأزمة السورية في جنيف، وتدعو جميع الأطراف إلى الحضور، شريطة أن توقف الحكومة القصف.${TAIL}`,
    expected: ["france geneva2_preconditions conditional", "france iran_participation support"],
  },
  // «تشترط قبول إيران ببيان جنيف»: terms set on Iran, not on the talks (her taking part is not named here).
  {
    why: "«تشترط قبول إيران ببيان جنيف الأول»: no condition on the talks",
    text: `${HEAD}وقالت الخارجية الفرنسية إن باريس تشترط قبول إيران ببيان جنيف الأول.${TAIL}`,
    expected: [],
  },
  {
    why: "«اشترطت اعتراف طهران بمقررات جنيف الأول»: no condition on the talks",
    text: `${HEAD}وقال مصدر دبلوماسي إن واشنطن اشترطت اعتراف طهران بمقررات جنيف الأول.${TAIL}`,
    expected: [],
  },
  {
    why: "«يشترط انسحاب قوات النظام … قبل المشاركة»: what the regime is to do, a condition on attending (guard)",
    text: `${HEAD}وقال الجربا إن الائتلاف يشترط انسحاب قوات النظام من المدن قبل المشاركة في المؤتمر.${TAIL}`,
    expected: ["national_coalition geneva2_preconditions conditional"],
  },
  {
    why: "«انتقد ظريف الدول التي تشترط التزام طهران …، معتبراً أن من يضع الشروط …»: the rejection is still read (guard)",
    text: `${HEAD}وانتقد ظريف الدول التي تشترط التزام طهران ببيان جنيف، معتبرا أن من يضع الشروط المسبقة لا يريد الحل.${TAIL}`,
    expected: ["iran geneva2_preconditions unconditional"],
  },
];

caseTable("review 16 (r113: rejection through «بما فيها»; participle past a relative clause; terms past one comma; terms on Iran)", CASES);
