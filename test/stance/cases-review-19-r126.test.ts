// Kinds found by probe round r126: talk of a position equated with a bad outcome («الحديث عن X يعني أن المؤتمر لن
// يعقد», «استباق لنتائج الحوار», «هو حديث عن استمرار الحرب»), the talks' own start as a noun with their pronoun
// («قبل انطلاقه»), which is a time and not a condition; his fate no business of those whose words are reported («إن
// مصيره ليس من شأنهم») and not caring for the fate of persons said with an adjective («ليست مهتمة بمصير أشخاص»); and a
// noun of taking part with its owner's pronoun («تشترط لحضورها غياب إيران»), which Iran named after it does not own.
// Each row written for this table, not taken from the seeds, the development corpus or the probe's articles.
import { caseTable, type Case } from "./case-table";

/** A headline, so that the sentence under test is read as a body sentence. */
const HEAD = "مؤتمر جنيف 2 حول سوريا\n";
/** A body sentence with another speaker and no stance, before the one under test. */
const BEFORE = "وقال الجربا إن الائتلاف يدرس الدعوة بعناية. ";
/** A closing body sentence with no stance. */
const TAIL = "\nوتتواصل التحضيرات لعقد المؤتمر في موعده.\n";

const CASES: Case[] = [
  // Talk of a position equated with a bad outcome: the speaker holds the opposite.
  {
    why: "«الحديث عن شروط مسبقة يعني أن المؤتمر لن يعقد»: conditions refused",
    text: `${HEAD}${BEFORE}وقال وزير الخارجية الروسي سيرغي لافروف إن الحديث عن شروط مسبقة يعني أن المؤتمر لن يعقد في موعده.${TAIL}`,
    expected: ["russia geneva2_preconditions unconditional"],
  },
  {
    why: "«… تعني أن المفاوضات «لن تنجح»»: a quote between the talks and the verb",
    text: `${HEAD}${BEFORE}وأكد ظريف أن الشروط التي يضعها البعض تعني أن المفاوضات «لن تنجح».${TAIL}`,
    expected: ["iran geneva2_preconditions unconditional"],
  },
  {
    why: "«المطالبة برحيل الأسد استباق لنتائج المفاوضات»: prejudging the outcome keeps him",
    text: `${HEAD}${BEFORE}واعتبر المقداد أن المطالبة برحيل الأسد استباق لنتائج المفاوضات.${TAIL}`,
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: "«الكلام عن تنحي الرئيس قبل التفاوض قفز على النتائج»",
    text: `${HEAD}${BEFORE}وقال عراقجي إن الكلام عن تنحي الرئيس الأسد قبل التفاوض قفز على النتائج.${TAIL}`,
    expected: ["iran assad_role may_stay"],
  },
  {
    why: "«… يعني فرض نتيجة الحوار قبل انطلاقه»: the talks' own start as a noun is a time, not a condition",
    text: `${HEAD}${BEFORE}وقال لافروف إن الحديث عن تنحي الأسد قبل المؤتمر يعني فرض نتيجة الحوار قبل انطلاقه.${TAIL}`,
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "«أي حديث عن دور للأسد هو حديث عن إطالة الحرب»: a role for him refused",
    text: `${HEAD}وقال لافروف إن موسكو تتابع الاتصالات. وأضاف الجربا أن أي حديث عن دور للأسد في المرحلة الانتقالية هو حديث عن إطالة الحرب.${TAIL}`,
    expected: ["national_coalition assad_role must_go"],
  },
  {
    why: "«رحيل الأسد يجب أن يكون نتيجة المفاوضات»: an outcome wanted, not prejudged (guard)",
    text: `${HEAD}${BEFORE}وقال فابيوس إن رحيل الأسد يجب أن يكون نتيجة المفاوضات.${TAIL}`,
    expected: ["france assad_role must_go"],
  },
  {
    why: "«لن نشارك إلا إذا أفرج … قبل انعقاده بأسبوع»: a condition before the talks' start (guard)",
    text: `${HEAD}وقال لافروف إن موسكو تتابع الاتصالات. وقال الجربا إن الائتلاف لن يشارك في المؤتمر إلا إذا أفرج النظام عن المعتقلين قبل انعقاده بأسبوع.${TAIL}`,
    expected: ["national_coalition geneva2_preconditions conditional"],
  },
  // His fate no business of those whose words are reported; not caring for persons, an adjective.
  {
    why: "«قالوا لنا إن مصير الرئيس ليس من شأنهم»: the Russians' neutral, reported",
    text: `${HEAD}${BEFORE}وقال المعلم إن الروس قالوا لنا بوضوح إن مصير الرئيس ليس من شأنهم.${TAIL}`,
    expected: ["russia assad_role neutral"],
  },
  {
    why: "«ليست مهتمة بمصير أشخاص بعينهم، بمن فيهم الأسد»",
    text: `${HEAD}${BEFORE}وقال بوغدانوف إن موسكو ليست مهتمة بمصير أشخاص بعينهم، بمن فيهم الرئيس الأسد.${TAIL}`,
    expected: ["russia assad_role neutral"],
  },
  {
    why: "«موسكو مهتمة بمصير الشعب السوري»: caring for the people is no stance (guard)",
    text: `${HEAD}${BEFORE}وقال بوغدانوف إن موسكو مهتمة بمصير الشعب السوري قبل كل شيء.${TAIL}`,
    expected: [],
  },
  // A noun of taking part with its owner's pronoun: Iran named after it is not its owner.
  {
    why: "«تشترط لحضورها غياب إيران»: her absence the condition of the subject's own attending",
    text: `${HEAD}${BEFORE}وتشترط السعودية لحضورها غياب إيران عن المؤتمر.${TAIL}`,
    expected: ["saudi_arabia geneva2_preconditions conditional", "saudi_arabia iran_participation oppose"],
  },
  {
    why: "«اشترطت لمشاركتها في المؤتمر استبعاد إيران»",
    text: `${HEAD}${BEFORE}واشترطت الرياض لمشاركتها في المؤتمر استبعاد إيران.${TAIL}`,
    expected: ["saudi_arabia geneva2_preconditions conditional", "saudi_arabia iran_participation oppose"],
  },
  {
    why: "«وجهت الأمم المتحدة دعوتها إلى إيران»: an invitation is no possessed taking part (guard)",
    text: `${HEAD}${BEFORE}ووجهت الأمم المتحدة دعوتها إلى إيران لحضور المؤتمر.${TAIL}`,
    expected: ["un iran_participation support"],
  },
];

caseTable("review 19 (r126: talk equated with a bad outcome; «ليس من شأنهم»; «لحضورها غياب إيران»)", CASES);
