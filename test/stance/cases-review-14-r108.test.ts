// Kinds a new writer's round found: a charge judged by the accuser after it («اتهم X Y بأنها تشترط …، معتبراً أن هذا
// الموقف يهدف إلى إفشال …»); his going said to plunge the country into chaos; opposing a transition without him; the
// going on of an act of the regime; his staying «in power for life» denied; conditions before the start of any round;
// a negated verb of opinion over «يجب أن يكون شرطاً»; a meeting Iran's representative does not attend doomed; a
// solution that «will find no place on the ground»; «دعونا إلى» as a call. Each row written for this table, not taken
// from the seeds, the development corpus or the round's articles.
import { caseTable, type Case } from "./case-table";

/** A headline, so that the sentence under test is read as a body sentence. */
const HEAD = "مؤتمر جنيف 2 حول سوريا\n";
/** A body sentence with another speaker and no stance, before the one under test. */
const BEFORE = "وقال لافروف إن موسكو تتابع الاتصالات مع جميع الأطراف. ";
const BEFORE_JARBA = "وقال الجربا إن الائتلاف يدرس الدعوة بعناية. ";
/** A closing body sentence with no stance. */
const TAIL = "\nوتتواصل التحضيرات لعقد المؤتمر في موعده.\n";

const CASES: Case[] = [
  // A charge, then the accuser's judgement of it after a comma: the accused keeps what she is accused of, the
  // accuser holds the opposite.
  {
    why: "«اتهم ظريف السعودية بأنها تشترط رحيل الأسد، معتبراً أن هذا الموقف يهدف إلى إفشال …»: each his own",
    text: `${HEAD}${BEFORE}واتهم ظريف السعودية بأنها تشترط رحيل الأسد لبدء أي مفاوضات، معتبرا أن هذا الموقف يهدف إلى إفشال المسار السياسي.${TAIL}`,
    expected: [
      "saudi_arabia geneva2_preconditions conditional",
      "saudi_arabia assad_role must_go",
      "iran geneva2_preconditions unconditional",
      "iran assad_role may_stay",
    ],
  },
  {
    why: "«اتهم المقداد تركيا بأنها تشترط تنحي الأسد، واصفاً ذلك بأنه غير مقبول»",
    text: `${HEAD}${BEFORE_JARBA}واتهم المقداد تركيا بأنها تشترط تنحي الأسد قبل أي حوار، واصفا هذا الشرط بأنه غير مقبول.${TAIL}`,
    expected: [
      "turkey geneva2_preconditions conditional",
      "turkey assad_role must_go",
      "syrian_government geneva2_preconditions unconditional",
      "syrian_government assad_role may_stay",
    ],
  },
  {
    why: "the charge with no judgement after it: the accused only (guard)",
    text: `${HEAD}${BEFORE}واتهم ظريف السعودية بأنها تشترط رحيل الأسد لبدء أي مفاوضات.${TAIL}`,
    expected: ["saudi_arabia geneva2_preconditions conditional", "saudi_arabia assad_role must_go"],
  },
  // His going said to plunge the country into chaos, the unknown or civil war keeps him.
  {
    why: "«رحيل الأسد سيغرق البلاد في الفوضى»",
    text: `${HEAD}${BEFORE_JARBA}وقال مسؤول روسي إن رحيل الأسد في هذه المرحلة سيغرق البلاد في الفوضى.${TAIL}`,
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "«سقوط الأسد سيجر البلاد إلى حرب أهلية»",
    text: `${HEAD}${BEFORE_JARBA}وحذر المسؤول الإيراني من أن سقوط الأسد سيجر البلاد إلى حرب أهلية طويلة.${TAIL}`,
    expected: ["iran assad_role may_stay"],
  },
  {
    why: "«تنحي الأسد سيدخل سوريا في المجهول»",
    text: `${HEAD}${BEFORE_JARBA}وقال لافروف إن تنحي الأسد الآن سيدخل سوريا في المجهول.${TAIL}`,
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "«بقاء الأسد سيغرق المنطقة كلها في الفوضى»: his staying so judged, he must go",
    text: `${HEAD}${BEFORE}وقال الجبير إن بقاء الأسد سيغرق المنطقة كلها في الفوضى.${TAIL}`,
    expected: ["saudi_arabia assad_role must_go"],
  },
  {
    why: "his going into a new phase, no harm: his going (guard)",
    text: `${HEAD}${BEFORE}وقال الجبير إن رحيل الأسد سيدخل البلاد في مرحلة جديدة من الاستقرار.${TAIL}`,
    expected: ["saudi_arabia assad_role must_go"],
  },
  // Opposing, as refusing, a transition without him keeps him.
  {
    why: "«نعارض بشدة أي مرحلة انتقالية تقصي الأسد»",
    text: `${HEAD}${BEFORE_JARBA}وقال ظريف: "نحن نعارض بشدة أي حكومة انتقالية تستبعد الرئيس الأسد".${TAIL}`,
    expected: ["iran assad_role may_stay"],
  },
  {
    why: "«تعارض أي حل يتجاوز الأسد»",
    text: `${HEAD}${BEFORE_JARBA}وقال ظريف إن طهران تعارض أي حل يتجاوز الرئيس الأسد.${TAIL}`,
    expected: ["iran assad_role may_stay"],
  },
  {
    why: "opposing something else, then supporting a transition without him (guard)",
    text: `${HEAD}${BEFORE}وقال كيري إن واشنطن تعارض الحل العسكري وتدعم مرحلة انتقالية بدون الأسد.${TAIL}`,
    expected: ["usa assad_role must_go"],
  },
  // The going on of an act of the regime is not his staying.
  {
    why: "«استمرار هجوم النظام على المدنيين»: no stance on him",
    text: `${HEAD}${BEFORE}وقال كيري إن استمرار هجوم النظام على المدنيين يظهر نية الحسم العسكري.${TAIL}`,
    expected: [],
  },
  {
    why: "«استمرار قصف قوات الأسد للمدن»: no stance on him",
    text: `${HEAD}${BEFORE}وقال كيري إن استمرار قصف قوات الأسد للمدن يعرقل جهود السلام.${TAIL}`,
    expected: [],
  },
  {
    why: "«تؤيد استمرار حكم الأسد»: his rule (guard)",
    text: `${HEAD}${BEFORE_JARBA}وقال ظريف إن طهران تؤيد استمرار حكم الأسد حتى الانتخابات.${TAIL}`,
    expected: ["iran assad_role may_stay"],
  },
  {
    why: "«تؤيد بقاء هذا النظام»: a demonstrative between (guard)",
    text: `${HEAD}${BEFORE_JARBA}وقال ظريف إن طهران تؤيد بقاء هذا النظام.${TAIL}`,
    expected: ["iran assad_role may_stay"],
  },
  // His staying in power for life denied leaves his staying for now untouched.
  {
    why: "«لا تعمل لبقاء الأسد في السلطة مدى الحياة»: no demand that he go",
    text: `${HEAD}${BEFORE_JARBA}وقال ظريف إن طهران لا تريد بقاء الأسد في السلطة إلى الأبد.${TAIL}`,
    expected: [],
  },
  {
    why: "«لا تريد بقاء الأسد في السلطة»: his staying denied (guard)",
    text: `${HEAD}${BEFORE_JARBA}وقال الجبير إن الرياض لا تريد بقاء الأسد في السلطة.${TAIL}`,
    expected: ["saudi_arabia assad_role must_go"],
  },
  // A demand to be met before the start of any round of the talks.
  {
    why: "«شدد على ضرورة فك الحصار قبل انطلاق أي جولة من المحادثات»",
    text: `${HEAD}${BEFORE}وشدد العطية على ضرورة فك الحصار عن المدن المحاصرة قبل انطلاق أي جولة من المحادثات.${TAIL}`,
    expected: ["qatar geneva2_preconditions conditional"],
  },
  {
    why: "«أكد ضرورة الإفراج عن المعتقلين قبل بدء أي جولة جديدة من المفاوضات»",
    text: `${HEAD}${BEFORE}وأكد الائتلاف ضرورة الإفراج عن المعتقلين قبل بدء أي جولة جديدة من المفاوضات.${TAIL}`,
    expected: ["national_coalition geneva2_preconditions conditional"],
  },
  {
    why: "«سيصل قبل انطلاق أي جولة»: time, no demand (guard)",
    text: `${HEAD}${BEFORE}وقال العطية إن الوفد سيصل إلى جنيف قبل انطلاق أي جولة من المحادثات.${TAIL}`,
    expected: [],
  },
  // A negated verb of opinion over «يجب أن يكون شرطاً» rejects the condition.
  {
    why: "«لا ترى أن رحيل الأسد يجب أن يكون شرطاً مسبقاً لبدء المفاوضات»",
    text: `${HEAD}${BEFORE_JARBA}وقال لافروف إن روسيا لا ترى أن رحيل الأسد يجب أن يكون شرطا مسبقا لبدء المفاوضات.${TAIL}`,
    expected: ["russia geneva2_preconditions unconditional", "russia assad_role may_stay"],
  },
  {
    why: "«لا نعتقد أن تنحي الأسد ينبغي أن يكون شرطاً للحوار»",
    text: `${HEAD}${BEFORE_JARBA}وقال المسؤول الإيراني: "لا نعتقد أن تنحي الأسد ينبغي أن يكون شرطا للحوار".${TAIL}`,
    expected: ["iran geneva2_preconditions unconditional", "iran assad_role may_stay"],
  },
  {
    why: "«ترى أن رحيل الأسد يجب أن يكون شرطاً مسبقاً»: no negation (guard)",
    text: `${HEAD}${BEFORE}وقال الجبير إن الرياض ترى أن رحيل الأسد يجب أن يكون شرطا مسبقا للمفاوضات.${TAIL}`,
    expected: ["saudi_arabia geneva2_preconditions conditional", "saudi_arabia assad_role must_go"],
  },
  {
    why: "«لا ترى أن رحيله يجب أن يكون شرطاً لأي تسوية»: a settlement's condition, not the talks' (guard)",
    text: `${HEAD}${BEFORE_JARBA}وقال لافروف إن روسيا لا ترى أن رحيل الأسد يجب أن يكون شرطا لأي تسوية.${TAIL}`,
    expected: ["russia assad_role may_stay"],
  },
  // Any meeting Iran (or her representative) does not attend is doomed: her taking part wanted.
  {
    why: "«أي اجتماع لا يحضره ممثل عن إيران محكوم عليه بالفشل»",
    text: `${HEAD}${BEFORE_JARBA}وقال المسؤول الإيراني إن أي اجتماع دولي لا يحضره ممثل عن إيران محكوم عليه بالفشل.${TAIL}`,
    expected: ["iran iran_participation support"],
  },
  {
    why: "«أي مؤتمر لا تحضره إيران محكوم بالفشل»: «محكوم بالفشل» without «عليه»",
    text: `${HEAD}${BEFORE_JARBA}وقال نصر الله إن أي مؤتمر لا تحضره إيران محكوم بالفشل.${TAIL}`,
    expected: ["hezbollah iran_participation support"],
  },
  {
    why: "«أي مؤتمر لا تحضره المعارضة محكوم بالفشل»: not Iran (guard)",
    text: `${HEAD}${BEFORE}وقال ظريف إن أي مؤتمر لا تحضره المعارضة المسلحة محكوم بالفشل.${TAIL}`,
    expected: [],
  },
  // «لن يجد له مكاناً على الأرض»: a solution doomed, as «لن ينجح».
  {
    why: "«أي حل لا يبدأ برحيل الأسد لن يجد له مكاناً على الأرض»",
    text: `${HEAD}${BEFORE}وقال المتحدث باسم الائتلاف إن أي حل لا يبدأ برحيل الأسد لن يجد له مكانا على الأرض.${TAIL}`,
    expected: ["national_coalition assad_role must_go"],
  },
  {
    why: "«أي حل يبدأ برحيل الأسد لن يجد له مكاناً»: said by the government, keeps him",
    text: `${HEAD}${BEFORE_JARBA}وقال المعلم إن أي حل يبدأ برحيل الأسد لن يجد له مكانا على الأرض.${TAIL}`,
    expected: ["syrian_government assad_role may_stay"],
  },
  // «دعونا إلى»: we called for.
  {
    why: "«لطالما دعونا إلى إشراك إيران»",
    text: `${HEAD}${BEFORE_JARBA}وقال لافروف: "لطالما دعونا إلى إشراك إيران في كل الاجتماعات الدولية".${TAIL}`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "«دعونا ننتظر»: let us wait, no call (guard)",
    text: `${HEAD}${BEFORE_JARBA}وقال لافروف: "دعونا ننتظر نتائج الاجتماع قبل الحديث عن مشاركة إيران".${TAIL}`,
    expected: [],
  },
];

caseTable("review 14 (round r108: a charge judged by the accuser, harm of his going, opposing, «قبل انطلاق أي جولة» …)", CASES);
