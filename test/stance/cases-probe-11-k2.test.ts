// Kinds of sentence found by the eleventh probe (k2): talks refused with whoever raises the presidency, a group's
// final statement on Assad's role, no place for him in a relative clause on Syria's future, and the conflict ended
// only by his going «دون شروط». Each row written for this table, not taken from the seeds, the development corpus
// or the probe's articles.
import { caseTable, type Case } from "./case-table";

/** A headline, so that the sentence under test is read as a body sentence. */
const HEAD = "مؤتمر جنيف 2 حول سوريا\n";
/** A closing body sentence with no stance. */
const TAIL = "\nوتتواصل التحضيرات لعقد المؤتمر في موعده.\n";

const CASES: Case[] = [
  // Talks refused with whoever raises the presidency: his staying kept off the table (no condition on the talks is
  // read: the gold gives one in some articles and not in others alike).
  {
    why: "«لن يفاوض أحداً يريد طرح ملف الرئاسة»: the presidency kept off the talks",
    text: `${HEAD}وقال وزير الخارجية السوري إن الوفد الحكومي لن يفاوض أحداً يريد طرح ملف الرئاسة على الطاولة.${TAIL}`,
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: "«لن تجلس مع أي طرف يطرح مسألة الرئاسة»: any party raising it",
    text: `${HEAD}وأكدت بثينة شعبان أن دمشق لن تجلس مع أي طرف يطرح مسألة الرئاسة في جنيف.${TAIL}`,
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: '«"لن نتحاور مع من يريد الحديث عن مصير الرئيس"»: his fate, quoted',
    text: `${HEAD}وقال نائب وزير الخارجية السوري فيصل المقداد: "لن نتحاور مع من يريد الحديث عن مصير الرئيس".${TAIL}`,
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: "«لن تتفاوض مع من يشترط رحيل الأسد»: whoever demands his going",
    text: `${HEAD}وقال المقداد إن الحكومة لن تتفاوض مع من يشترط رحيل الأسد.${TAIL}`,
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: "«لن يتفاوض مع من يريد مناقشة ملف المعتقلين»: another file raised, not the presidency (guard)",
    text: `${HEAD}وقال المقداد إن الوفد لن يتفاوض مع من يريد مناقشة ملف المعتقلين.${TAIL}`,
    expected: [],
  },
  {
    why: "«لن نجلس مع من يحمل السلاح ضد الدولة»: whoever bears arms (guard)",
    text: `${HEAD}وقال المعلم: لن نجلس مع من يحمل السلاح ضد الدولة.${TAIL}`,
    expected: [],
  },
  // A group's final statement: the statement of a meeting named by its place is the group's named before it; a verb
  // of saying «in» a statement (أكدوا فيه) has the issuer the sentence opens on.
  {
    why: "«وقال البيان الختامي لاجتماع لندن … على أن لا يكون للأسد أي دور»: the group named in the sentence before",
    text: `${HEAD}وأعلنت وزارة الخارجية الفرنسية أن الدول الإحدى عشرة في مجموعة "أصدقاء سوريا" ستجتمع في لندن الأسبوع المقبل. وقال البيان الختامي لاجتماع لندن إن الحل يمر بهيئة حكم انتقالية، على أن لا يكون للأسد أي دور فيها.${TAIL}`,
    expected: ["friends_of_syria assad_role must_go"],
  },
  {
    why: "«اختتم وزراء خارجية … مجموعة أصدقاء سوريا اجتماعهم … ببيان ختامي أكدوا فيه أن الأسد ومساعديه الذين تلطخت أيديهم …»",
    text: `${HEAD}اختتم وزراء خارجية الدول الأساسية في مجموعة "أصدقاء سوريا" اجتماعهم في روما ببيان ختامي أكدوا فيه أن الأسد ومساعديه الذين تلطخت أيديهم بالدماء لن يكون لهم أي دور في المرحلة الانتقالية.${TAIL}`,
    expected: ["friends_of_syria assad_role must_go"],
  },
  {
    why: "«أصدرت جامعة الدول العربية بياناً أكدت فيه أن …»: the league's statement",
    text: `${HEAD}أصدرت جامعة الدول العربية بياناً أكدت فيه أن الأسد لن يكون له أي دور في الحكومة الانتقالية.${TAIL}`,
    expected: ["arab_league assad_role must_go"],
  },
  {
    why: "«البيان الختامي لاجتماع لندن» after two ministers met, no group named: no one's (guard)",
    text: `${HEAD}التقى وزير الخارجية الأمريكي نظيره الروسي في لندن. وقال البيان الختامي لاجتماع لندن إن الطرفين اتفقا على ألا يكون للأسد أي دور في المرحلة الانتقالية.${TAIL}`,
    expected: [],
  },
  {
    why: "«ببيان ختامي أكدوا فيه دعم المعارضة»: a statement with no stance (guard)",
    text: `${HEAD}اختتم وزراء خارجية مجموعة أصدقاء سوريا اجتماعهم في لندن ببيان ختامي أكدوا فيه دعم المعارضة في مؤتمر جنيف.${TAIL}`,
    expected: [],
  },
  // «الذي» after Syria (feminine) qualifies the noun it depends on («مستقبل سوريا، الذي قال إنه …»): its verb of saying
  // is the speaker's, not Syria's.
  {
    why: "«مستقبل سوريا، الذي قال إنه ليس لبشار الأسد مكان فيه»: the speaker's, not Syria's",
    text: `${HEAD}وأكد وزير الخارجية التركي أن أنقرة لم تغير موقفها من مستقبل سوريا، الذي قال إنه ليس لبشار الأسد مكان فيه.${TAIL}`,
    expected: ["turkey assad_role must_go"],
  },
  {
    why: "«موقف باريس من مستقبل سوريا، الذي قال إنه لا مكان للأسد فيه»",
    text: `${HEAD}وشدد وزير الخارجية الفرنسي على موقف باريس من مستقبل سوريا، الذي قال إنه لا مكان للأسد فيه.${TAIL}`,
    expected: ["france assad_role must_go"],
  },
  {
    why: "«لمستقبل سوريا، الذي أكد أنه لن يكون للأسد أي دور فيه»: another verb of saying",
    text: `${HEAD}وجدد وزير الخارجية البريطاني تمسك لندن برؤيتها لمستقبل سوريا، الذي أكد أنه لن يكون للأسد أي دور فيه.${TAIL}`,
    expected: ["uk assad_role must_go"],
  },
  {
    why: "«رئيس الوزراء السوري المنشق»: Hijab by description only",
    text: `${HEAD}وقال رئيس الوزراء السوري المنشق إنه لا مكان لبشار الأسد في أي حكومة انتقالية.${TAIL}`,
    expected: ["hnc assad_role must_go"],
  },
  {
    why: "«موسكو، التي أكدت مراراً أن …»: «التي» after a capital is still hers (unchanged)",
    text: `${HEAD}وقالت المتحدثة باسم الخارجية الروسية إن موسكو، التي أكدت مراراً أن مصير الأسد يقرره السوريون، لن تغير موقفها.${TAIL}`,
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "«الحل في سوريا، الذي قال إنه يجب أن يكون سياسياً»: no stance on him (guard)",
    text: `${HEAD}وأكد داود أوغلو أن أنقرة لم تغير موقفها من الحل في سوريا، الذي قال إنه يجب أن يكون سياسيا.${TAIL}`,
    expected: [],
  },
  // The conflict ended only by his going, «(من) دون شروط» the manner of his exit: must_go, and no condition on the
  // talks either way.
  {
    why: "«الصراع لن ينتهي إلا بخروج الأسد دون شروط»: his exit without conditions",
    text: `${HEAD}وقال وزير الخارجية السعودي عادل الجبير إن الصراع لن ينتهي إلا بخروج الأسد دون شروط.${TAIL}`,
    expected: ["saudi_arabia assad_role must_go"],
  },
  {
    why: "«لن تتوقف إلا برحيل بشار الأسد من دون قيد أو شرط»",
    text: `${HEAD}وقال وزير الخارجية الفرنسي إن الحرب في سوريا لن تتوقف إلا برحيل بشار الأسد من دون قيد أو شرط.${TAIL}`,
    expected: ["france assad_role must_go"],
  },
  {
    why: "«لا حل للأزمة إلا بتنحي الأسد عن السلطة دون أي شروط»: past «عن السلطة»",
    text: `${HEAD}وقال رئيس الائتلاف إنه لا حل للأزمة السورية إلا بتنحي الأسد عن السلطة دون أي شروط.${TAIL}`,
    expected: ["national_coalition assad_role must_go"],
  },
  {
    why: "«لا نهاية للصراع إلا بخروج الأسد من السلطة»",
    text: `${HEAD}وأكد وزير الخارجية القطري أنه لا نهاية للصراع إلا بخروج الأسد من السلطة.${TAIL}`,
    expected: ["qatar assad_role must_go"],
  },
  {
    why: "«رحيل الأسد من دون قيد أو شرط غير مطروح»: the predicate after the manner still denies it (guard)",
    text: `${HEAD}وقال وزير الخارجية الإيراني إن رحيل الأسد من دون قيد أو شرط غير مطروح.${TAIL}`,
    expected: [],
  },
  {
    why: "«لن يتحقق إلا بالحوار بين السوريين دون شروط مسبقة»: talks without conditions (unchanged)",
    text: `${HEAD}وقال وزير الخارجية الروسي إن الحل لن يتحقق إلا بالحوار بين السوريين دون شروط مسبقة.${TAIL}`,
    expected: ["russia geneva2_preconditions unconditional"],
  },
];

caseTable("probe 11 (k2): the presidency off the talks, group statements, relative clauses on Syria, his exit", CASES);
