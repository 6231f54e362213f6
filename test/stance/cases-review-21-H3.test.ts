// Kinds found by the probe rounds r133-r136 among the tuples given the wrong label or no cue: a describing verb that
// only introduces a cue carrying its own judging word («اعتبر أن "الإصرار على رحيل الأسد مطلب غير واقعي"»), read as
// if it judged the cue and turned; hard or impossible to imagine his role («من الصعب أن نتخيل أن يكون للأسد دور»,
// «يستحيل عليّ أن أتخيل …»: «على أن» of the one it is hard for, not a condition); relief at the withdrawal decision
// («أبدت ارتياحها لقرار الأمين العام»); a refusal in the plural before «إذا» («لن يذهبوا إلى جنيف إذا …»); wishing or
// hoping as a position («كنا نتمنى أن تكون إيران حاضرة», «تأمل أن تشارك طهران»). Each row written for this table, not taken from the seeds, the development
// corpus or the probe's articles.
import { caseTable, type Case } from "./case-table";

/** A headline, so that the sentence under test is read as a body sentence. */
const HEAD = "مؤتمر جنيف 2 حول سوريا\n";
/** A closing body sentence with no stance. */
const TAIL = "\nوتتواصل التحضيرات لعقد المؤتمر في موعده.\n";
/** The withdrawal of Iran's invitation, stated before the sentence under test. */
const WITHDRAWN = "وسحب الأمين العام للأمم المتحدة بان كي مون الدعوة الموجهة إلى إيران لحضور المؤتمر.\n";

const CASES: Case[] = [
  {
    why: `«اعتبر المتحدث أن "الإصرار على تنحي الأسد مطلب غير واقعي يعكس فهماً خاطئاً"»: the cue judges itself, no turn`,
    text: `${HEAD}واعتبر المتحدث باسم الخارجية الروسية ألكسندر لوكاشيفيتش أن "الإصرار على تنحي الأسد مطلب غير واقعي يعكس فهما خاطئا للأزمة".${TAIL}`,
    expected: ["russia assad_role may_stay"],
  },
  {
    why: `«قال إن المطالبة برحيل الأسد "غير واقعية"، بينما اعتبر الرئيس أن … "خطأ"»: a later describing verb, no turn`,
    text: `${HEAD}وقال نائب وزير الخارجية الإيراني حسين أمير عبد اللهيان إن المطالبة برحيل الأسد "غير واقعية"، بينما اعتبر الرئيس حسن روحاني أن تسليح المعارضة "خطأ كبير".${TAIL}`,
    expected: ["iran assad_role may_stay"],
  },
  {
    why: `«وصف لافروف دعوة المعارضة إلى تنحي الأسد بأنها خاطئة»: the judging word outside the cue still turns it (guard)`,
    text: `${HEAD}ووصف وزير الخارجية الروسي سيرغي لافروف دعوة المعارضة إلى تنحي الأسد بأنها خاطئة.${TAIL}`,
    expected: ["russia assad_role may_stay"],
  },
  {
    why: `«قال فابيوس إنه "من الصعب أن نتخيل أن يكون للأسد دور في مستقبل سوريا"»: hard to imagine, his role refused`,
    text: `${HEAD}وقال وزير الخارجية الفرنسي لوران فابيوس إنه "من الصعب جدا أن نتخيل أن يكون للأسد أي دور في مستقبل سوريا".${TAIL}`,
    expected: ["france assad_role must_go"],
  },
  {
    why: `«يستحيل عليّ أن أتخيل أن يكون للأسد دور»: «على أن» of the one it is impossible for, not a condition`,
    text: `${HEAD}وقال وزير الخارجية الأمريكي جون كيري: "يستحيل علي أن أتخيل أن يكون للأسد دور في سوريا الجديدة".${TAIL}`,
    expected: ["usa assad_role must_go"],
  },
  {
    why: `«يصعب تصور أن يبقى الأسد في السلطة»: hard to picture him staying`,
    text: `${HEAD}وقال وزير الخارجية البريطاني وليام هيغ إنه يصعب تصور أن يبقى الأسد في السلطة بعد المؤتمر.${TAIL}`,
    expected: ["uk assad_role must_go"],
  },
  {
    why: `«من الصعب تحديد موعد المؤتمر، مؤكداً أن الأسد سيبقى»: hard, in another clause, turns nothing (guard)`,
    text: `${HEAD}وقال لافروف إن من الصعب تحديد موعد المؤتمر الآن، مؤكدا أن الأسد سيبقى في منصبه حتى نهاية ولايته.${TAIL}`,
    expected: ["russia assad_role may_stay"],
  },
  {
    why: `«وافق على الحضور على أن يرحل الأسد»: «على أن» after no word of ability is still a condition (guard)`,
    text: `${HEAD}وأعلن الائتلاف الوطني السوري أنه سيحضر المؤتمر على أن يرحل الأسد عن السلطة في المرحلة الانتقالية.${TAIL}`,
    expected: ["national_coalition assad_role must_go", "national_coalition geneva2_preconditions conditional"],
  },
  {
    why: `«أبدت الخارجية الأمريكية ارتياحها لقرار الأمين العام» after the withdrawal: relief at it opposes her coming`,
    text: `${HEAD}${WITHDRAWN}وأبدت وزارة الخارجية الأمريكية ارتياحها لقرار الأمين العام، وقالت إن طهران لم تقبل بيان جنيف.${TAIL}`,
    expected: ["un iran_participation oppose", "usa iran_participation oppose"],
  },
  {
    why: `«أعرب هيغ عن ارتياحه لقرار بان كي مون»: the UN's decision named by its maker`,
    text: `${HEAD}${WITHDRAWN}وأعرب وزير الخارجية البريطاني وليام هيغ عن ارتياحه لقرار بان كي مون.${TAIL}`,
    expected: ["un iran_participation oppose", "uk iran_participation oppose"],
  },
  {
    why: `«أبدت موسكو عدم ارتياحها لقرار الأمين العام»: displeasure is no relief (guard)`,
    text: `${HEAD}${WITHDRAWN}وأبدت موسكو عدم ارتياحها لقرار الأمين العام.${TAIL}`,
    expected: ["un iran_participation oppose"],
  },
  {
    why: `«أعربت الرياض عن ارتياحها لقرار الجامعة العربية»: another's decision, no withdrawal named (guard)`,
    text: `${HEAD}وأعربت الرياض عن ارتياحها لقرار الجامعة العربية دعم المعارضة.${TAIL}`,
    expected: [],
  },
  {
    why: `«أبدت أنقرة ارتياحها لنتائج الاجتماع» after the withdrawal: relief at something else (guard)`,
    text: `${HEAD}${WITHDRAWN}وأبدت أنقرة ارتياحها لنتائج الاجتماع الذي عقد في باريس.${TAIL}`,
    expected: ["un iran_participation oppose"],
  },
  {
    why: `«قال قادة الائتلاف إنهم لن يذهبوا إلى جنيف إذا كان المؤتمر سيمنح الأسد فرصة للبقاء»: a plural refusal before «إذا»`,
    text: `${HEAD}ويقول قادة الائتلاف الوطني السوري إنهم لن يذهبوا إلى جنيف إذا كان المؤتمر سيمنح الأسد فرصة جديدة للبقاء في الحكم.${TAIL}`,
    expected: ["national_coalition assad_role must_go", "national_coalition geneva2_preconditions conditional"],
  },
  {
    why: `«قالوا إنهم سيذهبون إلى جنيف إذا ضمن المؤتمر رحيل الأسد»: no refusal before «إذا», his going required (guard)`,
    text: `${HEAD}ويقول قادة الائتلاف الوطني السوري إنهم سيذهبون إلى جنيف إذا ضمن المؤتمر رحيل الأسد عن الحكم.${TAIL}`,
    expected: ["national_coalition assad_role must_go"],
  },
  {
    why: `«قال المعلم: "كنا نتمنى أن تكون إيران حاضرة بيننا"»: a wish for her presence supports it`,
    text: `${HEAD}وقال وزير الخارجية السوري وليد المعلم: "كنا نتمنى أن تكون إيران حاضرة معنا في هذه القاعة".${TAIL}`,
    expected: ["syrian_government iran_participation support"],
  },
  {
    why: `«قال بوغدانوف إن موسكو تأمل أن تشارك طهران في الاجتماع»: hoping she takes part`,
    text: `${HEAD}وقال نائب وزير الخارجية الروسي ميخائيل بوغدانوف إن موسكو تأمل أن تشارك طهران في الاجتماع المقبل.${TAIL}`,
    expected: ["russia iran_participation support"],
  },
  {
    why: `«تأمل أن يعقد المؤتمر في موعده، وترفض مشاركة إيران»: the hope is of another clause (guard)`,
    text: `${HEAD}وقال الوزير السعودي إن الرياض تأمل أن يعقد المؤتمر في موعده، وترفض مشاركة إيران فيه.${TAIL}`,
    expected: ["saudi_arabia iran_participation oppose"],
  },
];

caseTable("review 21 (H3): self-judging cues, hard to imagine his role, relief at the decision, plural refusals, wishes", CASES);
