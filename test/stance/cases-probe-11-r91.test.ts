// Kinds of sentence found by the eleventh probe's round r91: a condition set by «whoever» and judged, the talks'
// start as what a condition holds back, an event sentence opened by a phrase set off by a comma, a title set off by
// commas before its bearer, others' demands described as conditions meant to wreck the talks, his removal said to
// hand the country to the terrorists, and Syria's future with Assad held unthinkable. Each row written for this table,
// not taken from the seeds, the development corpus or the probe's articles.
import { caseTable, type Case } from "./case-table";

/** A headline, so that the sentence under test is read as a body sentence. */
const HEAD = "مؤتمر جنيف 2 حول سوريا\n";
/** A closing body sentence with no stance. */
const TAIL = "\nوتتواصل التحضيرات لعقد المؤتمر في موعده.\n";
/** A first speaker with a condition of her own, whom a later subject-less «وقال» must not go on with. */
const HIJAB = "وقال المنسق العام للهيئة العليا للمفاوضات رياض حجاب إن الوفد لن يعود إلى جنيف ما لم يتم رفع الحصار. ";

const CASES: Case[] = [
  // «من يشترط … للذهاب إلى جنيف لا يريد حلاً سياسياً»: whoever sets the condition is no one named; the one who
  // judges it so rejects preconditions (and, the condition being his removal, would have him stay).
  {
    why: "«من يشترط رحيل الأسد للذهاب إلى جنيف لا يريد حلاً سياسياً»: the judge rejects the precondition",
    text: `${HEAD}وقال الأمين العام لحزب الله إن من يشترط رحيل الأسد للذهاب إلى جنيف لا يريد حلاً سياسياً.${TAIL}`,
    expected: ["hezbollah assad_role may_stay", "hezbollah geneva2_preconditions unconditional"],
  },
  {
    why: "«من يشترط تنحي الرئيس قبل المفاوضات إنما يريد نسف المؤتمر»: the same, another judgement",
    text: `${HEAD}وقال وزير الخارجية الروسي سيرغي لافروف إن من يشترط تنحي الرئيس الأسد قبل المفاوضات إنما يريد نسف المؤتمر.${TAIL}`,
    expected: ["russia assad_role may_stay", "russia geneva2_preconditions unconditional"],
  },
  {
    why: "«أي طرف يأتي إلى جنيف وهو يشترط رحيل الرئيس لا داعي لأن يأتي»: told there is no need to come",
    text: `${HEAD}وقال وزير الخارجية السوري وليد المعلم إن أي طرف يأتي إلى جنيف وهو يشترط رحيل الرئيس الأسد لا داعي لأن يأتي أصلاً.${TAIL}`,
    expected: ["syrian_government assad_role may_stay", "syrian_government geneva2_preconditions unconditional"],
  },
  {
    why: "«من يشترط رحيل الأسد للذهاب إلى جنيف عليه أن يعلن ذلك»: no judgement, no one named (guard)",
    text: `${HEAD}وقال الأمين العام لحزب الله إن من يشترط رحيل الأسد للذهاب إلى جنيف عليه أن يعلن ذلك صراحة.${TAIL}`,
    expected: [],
  },
  {
    why: "«الدول التي تشترط رحيل الأسد للذهاب إلى جنيف تعرف …»: unnamed others, not judged (guard)",
    text: `${HEAD}وقال وزير الخارجية الروسي سيرغي لافروف إن الدول التي تشترط رحيل الأسد للذهاب إلى جنيف تعرف موقفنا.${TAIL}`,
    expected: [],
  },
  // «لا يمكن أن تنطلق المحادثات قبل …»: the talks' start (the verb «انطلق») held back by a condition.
  {
    why: "«من غير الممكن أن تنطلق المحادثات قبل الاتفاق على …»: a condition on the talks",
    text: `${HEAD}وأكد نائب وزير الخارجية الروسي أنه من غير الممكن أن تنطلق الجولة الجديدة قبل التوافق على لائحة الجماعات الإرهابية.${TAIL}`,
    expected: ["russia geneva2_preconditions conditional"],
  },
  {
    why: "«المفاوضات لن تنطلق ما لم يتم إطلاق سراح المعتقلين»",
    text: `${HEAD}وقال رئيس الائتلاف الوطني إن المفاوضات لن تنطلق ما لم يتم إطلاق سراح المعتقلين.${TAIL}`,
    expected: ["national_coalition geneva2_preconditions conditional"],
  },
  {
    why: "«المحادثات لن تنطلق قبل الخامس والعشرين من الشهر»: a date, no condition (guard)",
    text: `${HEAD}وقال المتحدث باسم الأمم المتحدة إن المحادثات لن تنطلق قبل الخامس والعشرين من الشهر الجاري.${TAIL}`,
    expected: [],
  },
  {
    why: "«المفاوضات لن تبدأ قبل الخامس والعشرين من الشهر»: the same date after «تبدأ» (guard)",
    text: `${HEAD}وقال المتحدث باسم الأمم المتحدة إن المفاوضات لن تبدأ قبل الخامس والعشرين من الشهر الجاري.${TAIL}`,
    expected: [],
  },
  // An event sentence opened by «في المقابل،», «من جهته،» (or a verb of blaming, «حمّل»): its subject is the one a
  // subject-less «وقال» after it goes on with, not the speaker before.
  {
    why: "«في المقابل، حمّل رئيس الوفد الحكومي … . وقال إن …»: the blaming subject speaks next",
    text: `${HEAD}${HIJAB}في المقابل، حمّل رئيس الوفد الحكومي بشار الجعفري المعارضة مسؤولية تعثر الجولة. وقال للصحافيين إن وفده حضر من دون أي شروط مسبقة.${TAIL}`,
    expected: ["hnc geneva2_preconditions conditional", "syrian_government geneva2_preconditions unconditional"],
  },
  {
    why: "«من جهته، التقى وزير الخارجية الروسي … . وقال إن …»",
    text: `${HEAD}${HIJAB}من جهته، التقى وزير الخارجية الروسي سيرغي لافروف نظيره الأمريكي. وقال إن بلاده تدعو إلى المشاركة في المفاوضات دون شروط مسبقة.${TAIL}`,
    expected: ["hnc geneva2_preconditions conditional", "russia geneva2_preconditions unconditional"],
  },
  {
    why: "«وفي المقابل، وصل وزير الخارجية الروسي إلى جنيف. وقال إن …»",
    text: `${HEAD}${HIJAB}وفي المقابل، وصل وزير الخارجية الروسي سيرغي لافروف إلى جنيف. وقال إن بلاده تدعو إلى المشاركة في المفاوضات دون شروط مسبقة.${TAIL}`,
    expected: ["hnc geneva2_preconditions conditional", "russia geneva2_preconditions unconditional"],
  },
  {
    why: "«في المقابل، ارتفعت حدة المعارك … . وقال إن …»: no subject named, the speaker before goes on (guard)",
    text: `${HEAD}${HIJAB}في المقابل، ارتفعت حدة المعارك في ريف حلب. وقال إن الهيئة مستعدة للمشاركة دون شروط مسبقة.${TAIL}`,
    expected: ["hnc geneva2_preconditions conditional", "hnc geneva2_preconditions unconditional"],
  },
  // A title set off by commas before the name it belongs to («المبعوث الخاص للأمين العام إلى سوريا، ستافان دي
  // ميستورا،»).
  {
    why: "«أعلن المبعوث الخاص للأمين العام إلى سوريا، ستافان دي ميستورا، أن …، داعياً … دون شروط مسبقة»",
    text: `${HEAD}أعلن المبعوث الخاص للأمين العام إلى سوريا، ستافان دي ميستورا، أن المحادثات ستبدأ في موعدها، داعياً الأطراف إلى المشاركة دون شروط مسبقة.${TAIL}`,
    expected: ["un geneva2_preconditions unconditional"],
  },
  {
    why: "«قالت المتحدثة باسم وزارة الخارجية الروسية، ماريا زاخاروفا، إن …»",
    text: `${HEAD}قالت المتحدثة باسم وزارة الخارجية الروسية، ماريا زاخاروفا، إن على جميع الأطراف المشاركة دون شروط مسبقة.${TAIL}`,
    expected: ["russia geneva2_preconditions unconditional"],
  },
  {
    why: "«أكد وزير الخارجية في الحكومة السورية، وليد المعلم، أن …»",
    text: `${HEAD}أكد وزير الخارجية في الحكومة السورية، وليد المعلم، أن الوفد سيشارك دون شروط مسبقة.${TAIL}`,
    expected: ["syrian_government geneva2_preconditions unconditional"],
  },
  {
    why: "«وقال وزير الخارجية الأمريكي في لقائه مع نظيره الروسي، سيرغي لافروف، إن …»: the one met is no speaker (guard)",
    text: `${HEAD}وقال وزير الخارجية الأمريكي جون كيري في لقائه مع نظيره الروسي، سيرغي لافروف، إن الأسد يجب أن يرحل.${TAIL}`,
    expected: ["usa assad_role must_go"],
  },
  // Others' demands described as conditions meant to wreck the talks: the describer rejects them.
  {
    why: "«وصف لافروف مطالب وفد المعارضة بأنها شروط مسبقة تهدف إلى نسف المحادثات»",
    text: `${HEAD}ووصف وزير الخارجية الروسي سيرغي لافروف مطالب وفد المعارضة بأنها «شروط مسبقة تهدف إلى نسف المحادثات».${TAIL}`,
    // (The demands' owner holds them, as with «… بأنها شروط مسبقة غير مقبولة»: the dev gold annotates the owner of a
    // criticised demand; «تهدف إلى نسف» is now read as «تريد نسف» is.)
    expected: ["russia geneva2_preconditions unconditional", "syrian_opposition geneva2_preconditions conditional"],
  },
  {
    why: "«اعتبر المعلم أن مطالب الائتلاف شروط مسبقة تهدف إلى إفشال المؤتمر»",
    text: `${HEAD}واعتبر وزير الخارجية السوري وليد المعلم أن مطالب الائتلاف شروط مسبقة تهدف إلى إفشال المؤتمر.${TAIL}`,
    expected: ["syrian_government geneva2_preconditions unconditional"],
  },
  {
    why: "«قال لافروف إن المعارضة تضع شروطاً مسبقة تهدف إلى نسف المحادثات»: no describing verb, as before (guard)",
    text: `${HEAD}وقال وزير الخارجية الروسي سيرغي لافروف إن المعارضة تضع شروطاً مسبقة تهدف إلى نسف المحادثات.${TAIL}`,
    expected: ["syrian_opposition geneva2_preconditions conditional"],
  },
  // His removal (or the demand for it) said to hand the country to the terrorists, or to prolong the war «عملياً».
  {
    why: "«المطالبة برحيل الأسد اليوم تعني عملياً تسليم سوريا للإرهابيين»: he may stay",
    text: `${HEAD}وقال وزير الخارجية الروسي سيرغي لافروف إن المطالبة برحيل الأسد اليوم تعني عملياً تسليم سوريا للإرهابيين.${TAIL}`,
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "«رحيل الأسد الآن يعني تسليم البلاد إلى الإرهاب»",
    text: `${HEAD}وقال وزير الخارجية الروسي سيرغي لافروف إن رحيل الأسد الآن يعني تسليم البلاد إلى الإرهاب.${TAIL}`,
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "«المطالبة برحيل الأسد تعني عملياً إطالة الحرب»",
    text: `${HEAD}وقال وزير الخارجية الروسي سيرغي لافروف إن المطالبة برحيل الأسد تعني عملياً إطالة الحرب.${TAIL}`,
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "«بقاء الأسد يعني تسليم سوريا للمتطرفين»: his staying judged so, he must go",
    text: `${HEAD}وقال وزير الخارجية الأمريكي جون كيري إن بقاء الأسد يعني تسليم سوريا للمتطرفين.${TAIL}`,
    expected: ["usa assad_role must_go"],
  },
  // Syria's future with Assad hard to imagine.
  {
    why: "«من الصعب تصور مستقبل لسوريا على المدى الطويل مع الأسد»",
    text: `${HEAD}وقالت مسؤولة السياسة الخارجية في الاتحاد الأوروبي فيديريكا موغيريني إنه من الصعب تصور مستقبل لسوريا على المدى الطويل مع الأسد.${TAIL}`,
    expected: ["eu assad_role must_go"],
  },
  {
    why: "«لا يمكن تصور مستقبل لسوريا مع الأسد»",
    text: `${HEAD}وقال وزير الخارجية البريطاني فيليب هاموند إنه لا يمكن تصور مستقبل لسوريا مع الأسد.${TAIL}`,
    expected: ["uk assad_role must_go"],
  },
  {
    why: "«من الصعب تخيل مستقبل سوريا بوجود الأسد»",
    text: `${HEAD}وقال وزير الخارجية الفرنسي لوران فابيوس إنه من الصعب تخيل مستقبل سوريا بوجود الأسد.${TAIL}`,
    expected: ["france assad_role must_go"],
  },
  {
    why: "«لا يمكن تصور مستقبل لسوريا مع استمرار الحرب»: not Assad (guard)",
    text: `${HEAD}وقال وزير الخارجية البريطاني فيليب هاموند إنه لا يمكن تصور مستقبل لسوريا مع استمرار الحرب.${TAIL}`,
    expected: [],
  },
  {
    why: "«من الصعب تصور مستقبل لسوريا من دون الأسد»: without him (guard)",
    text: `${HEAD}وقال وزير الخارجية الروسي سيرغي لافروف إنه من الصعب تصور مستقبل لسوريا من دون الأسد.${TAIL}`,
    expected: [],
  },
];

caseTable("probe 11 (r91): whoever's condition judged, talks' start held back, event openers, titles in commas, …", CASES);
