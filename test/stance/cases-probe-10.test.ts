// Kinds of sentence found by a tenth probe (the kinds the ninth left, and the held-out rounds r71-r73 read after
// their first run): each row written for this table, not taken from the seeds, the development corpus or the
// probe's articles.
import { caseTable, type Case } from "./case-table";

/** A headline, so that the sentence under test is read as a body sentence. */
const HEAD = "مؤتمر جنيف 2 حول سوريا\n";

const CASES: Case[] = [
  // The accused named together: each holds what they are accused of; the accuser does not.
  {
    why: "«اتهم الوزير الولايات المتحدة والسعودية بممارسة ضغوط لسحب الدعوة»: both accused oppose, not the accuser",
    text: `${HEAD}واتهم وزير الخارجية السوري الولايات المتحدة والسعودية بممارسة ضغوط لسحب الدعوة الموجهة إلى إيران.`,
    expected: ["saudi_arabia iran_participation oppose", "usa iran_participation oppose"],
  },
  {
    why: "«اتهم المعلم واشنطن والرياض بالضغط على بان كي مون لسحب الدعوة»: the capitals accused, the accuser not",
    text: `${HEAD}واتهم المعلم واشنطن والرياض بالضغط على بان كي مون لسحب الدعوة الموجهة إلى إيران.`,
    expected: ["saudi_arabia iran_participation oppose", "usa iran_participation oppose"],
  },
  {
    why: "«اتهم المندوب تركيا وقطر بالإصرار على رحيل الأسد»: a demand on Assad the accused make",
    text: `${HEAD}واتهم المندوب السوري في الأمم المتحدة تركيا وقطر بالإصرار على رحيل الأسد.`,
    expected: ["qatar assad_role must_go", "turkey assad_role must_go"],
  },
  {
    why: "«اتهمت الخارجية الروسية الائتلاف الوطني وفرنسا بوضع شروط مسبقة»: the accused set the conditions, not Moscow",
    text: `${HEAD}واتهمت الخارجية الروسية الائتلاف الوطني وفرنسا بوضع شروط مسبقة لحضور المؤتمر.`,
    expected: ["france geneva2_preconditions conditional", "national_coalition geneva2_preconditions conditional"],
  },
  {
    why: "«اتهم المعلم واشنطن والرياض، وقال إن …»: no «ب» after the names, the accuser speaks on (guard)",
    text: `${HEAD}واتهم المعلم واشنطن والرياض، وقال إن رحيل الأسد ليس مطروحاً على طاولة جنيف.`,
    expected: ["syrian_government assad_role may_stay"],
  },
  // A headline's addressee («لـ»/«لل» before the colon) is spoken to, not speaking.
  {
    why: "«المعلم للإبراهيمي: مصير الرئيس الأسد خط أحمر»: the one named first speaks, not the envoy addressed",
    text: "المعلم للإبراهيمي: مصير الرئيس الأسد خط أحمر\nدمشق - وكالات\nالتقى وزير الخارجية السوري المبعوث الأممي في دمشق أمس.\n",
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: "«الجربا للإبراهيمي: لا تفاوض قبل رحيل الأسد»: the condition and the demand are the Coalition's, not the UN's",
    text: "الجربا للإبراهيمي: لا تفاوض قبل رحيل الأسد\nإسطنبول - وكالات\nالتقى رئيس الائتلاف المبعوث الأممي في إسطنبول أمس.\n",
    expected: ["national_coalition assad_role must_go", "national_coalition geneva2_preconditions conditional"],
  },
  {
    why: "«لافروف للأمين العام: …» where the UN speaks for itself in the body: the headline is Lavrov's (guard)",
    text: "لافروف للأمين العام: رحيل الأسد ليس شرطاً للتفاوض\nموسكو - وكالات\nالتقى وزير الخارجية الروسي الأمين العام للأمم المتحدة في موسكو.\n",
    expected: ["russia assad_role may_stay", "russia geneva2_preconditions unconditional"],
  },
  // A bet on his going said to have failed: he stays.
  {
    why: "«الرهانات على إسقاط الأسد سقطت»: a failed bet on his going is his staying",
    text: `${HEAD}وقال نائب وزير الخارجية الروسي إن الرهانات على إسقاط الأسد سقطت، وإن على الجميع الجلوس إلى الطاولة.`,
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "«رهان الغرب على تنحي الرئيس السوري باء بالفشل»: the bet named with its owner, lost",
    text: `${HEAD}وقال المقداد إن رهان الغرب على تنحي الرئيس السوري باء بالفشل.`,
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: "«الرهان على رحيل الأسد عبر التفاوض لا يزال قائماً»: a bet still on is no failed one (guard)",
    text: `${HEAD}وقال رئيس الائتلاف إن الرهان على رحيل الأسد عبر التفاوض لا يزال قائماً.`,
    expected: ["national_coalition assad_role must_go"],
  },
  // His staying judged the cause of the crisis, talk of his going a foreign dictate: the opposite of what is judged.
  {
    why: "«بقاء الأسد في السلطة هو السبب الرئيسي لاستمرار المأساة»: his staying the cause of the tragedy, he must go",
    text: `${HEAD}وقال وزير الخارجية البريطاني إن "بقاء الأسد في السلطة هو السبب الرئيسي لاستمرار المأساة السورية".`,
    expected: ["uk assad_role must_go"],
  },
  {
    why: "«استمرار الأسد في الحكم هو أصل المشكلة»",
    text: `${HEAD}وقال وزير الخارجية السعودي إن استمرار الأسد في الحكم هو أصل المشكلة.`,
    expected: ["saudi_arabia assad_role must_go"],
  },
  {
    why: "«أي حديث عن تنحي الرئيس هو إملاء خارجي»: talk of his going a foreign dictate keeps him",
    text: `${HEAD}وقال نائب وزير الخارجية السوري إن أي حديث عن تنحي الرئيس الأسد "هو إملاء خارجي لن نقبله".`,
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: "«بقاء الأسد هو الضمانة …»: a predicate that is no judgement against it leaves his staying (guard)",
    text: `${HEAD}وقال المسؤول الإيراني إن بقاء الأسد هو الضمانة الوحيدة لوحدة سوريا.`,
    expected: ["iran assad_role may_stay"],
  },
  // His office off the negotiating table, however the table is named.
  {
    why: "«موقع رئيس الجمهورية ليس على طاولة البحث»: the office off the table keeps him",
    text: `${HEAD}وقال وزير الخارجية السوري إن موقع رئيس الجمهورية "ليس على طاولة البحث" في جنيف.`,
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: "«مقام الرئاسة ليس على طاولة التفاوض»",
    text: `${HEAD}وأكد رئيس الوفد الحكومي أن مقام الرئاسة ليس على طاولة التفاوض.`,
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: "«وقف إطلاق النار ليس على طاولة البحث»: another matter off the table (guard)",
    text: `${HEAD}وقال رئيس الوفد الحكومي إن وقف إطلاق النار ليس على طاولة البحث في هذه الجولة.`,
    expected: [],
  },
  // A verb of saying for the purpose of another verb, in a sentence opened by a word of contrast, past an aside.
  {
    why: "«غير أن الرئيس التركي عاد، خلال زيارته موسكو، ليؤكد أن …»: the opening subject speaks past «غير أن» and an aside",
    text: `${HEAD}غير أن الرئيس التركي عاد في اليوم التالي، خلال زيارته موسكو، ليؤكد أن "لا مستقبل للأسد في سوريا".`,
    expected: ["turkey assad_role must_go"],
  },
  {
    why: "«لكن وزير الخارجية القطري خرج ليقول إن …»",
    text: `${HEAD}لكن وزير الخارجية القطري خرج ليقول إن "لا مستقبل للأسد في سوريا".`,
    expected: ["qatar assad_role must_go"],
  },
  {
    why: "«غير أن الرئيس التركي التقى نظيره الروسي ليؤكد …»: two named before the verb, no opening subject (guard)",
    text: `${HEAD}غير أن الرئيس التركي التقى الرئيس الروسي في سوتشي ليؤكدا أن "لا مستقبل للأسد في سوريا".`,
    expected: [],
  },
];

caseTable("tenth probe: kinds of sentence", CASES);
