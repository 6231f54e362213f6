// Kinds of sentence found by the eleventh probe's round r90: a demand or call for Assad's going refused, gentilic
// plurals as the holders («السعوديون والأتراك», «الفرنسيين»), «إذا» after «عما»/«في ما» (whether, no condition), a
// denied report past a long title, the verb of a sentence opening on the question it answers («ورداً على سؤال …،
// قال»), sitting at the table as attending, and «وصفة مؤكدة للفوضى». Each row written for this table, not taken from
// the seeds, the development corpus or the probe's articles.
import { caseTable, type Case } from "./case-table";

/** A headline, so that the sentence under test is read as a body sentence. */
const HEAD = "مؤتمر جنيف 2 حول سوريا\n";
/** A closing body sentence with no stance. */
const TAIL = "\nوتتواصل التحضيرات لعقد المؤتمر في موعده.\n";

const CASES: Case[] = [
  // Refusing a demand or a call for his going, its owner, time and place between the demand and his going.
  {
    why: "«ترفض مطالبة الدول الغربية برحيل الأسد»: the demand refused",
    text: `${HEAD}وأعلنت الخارجية الروسية أنها ترفض مطالبة الدول الغربية برحيل الأسد.${TAIL}`,
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "«رفضت طهران أمس مطالبة المعارضة السورية في بيانها الختامي برحيل الرئيس السوري»: owner and place between",
    text: `${HEAD}ورفضت طهران أمس مطالبة المعارضة السورية في بيانها الختامي برحيل الرئيس السوري.${TAIL}`,
    expected: ["iran assad_role may_stay"],
  },
  {
    why: "«ترفض دمشق الدعوات الغربية إلى تنحي الرئيس»: calls refused",
    text: `${HEAD}وترفض دمشق الدعوات الغربية إلى تنحي الرئيس بشار الأسد.${TAIL}`,
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: "«رفضت المعارضة دعوة موسكو إلى الحوار مع النظام»: a call refused that is not to his going (guard)",
    text: `${HEAD}ورفضت المعارضة دعوة موسكو إلى الحوار مع النظام في دمشق.${TAIL}`,
    expected: [],
  },
  // Gentilic plurals name their states, as «السعوديون» and «الأمريكيون» do.
  {
    why: "«إن الفرنسيين والبريطانيين ما زالوا يطالبون برحيل الأسد»: two gentilic plurals, the reported holders",
    text: `${HEAD}وقال وزير الخارجية الروسي إن الفرنسيين والبريطانيين ما زالوا يطالبون برحيل الأسد.${TAIL}`,
    expected: ["france assad_role must_go", "uk assad_role must_go"],
  },
  {
    why: "«بعض الدول، ومنهم الأتراك والقطريون، ما زالت تصر على رحيل الأسد»: the named members of «بعض»",
    text: `${HEAD}وقال المتحدث باسم الخارجية الإيرانية إن بعض الدول، ومنهم الأتراك والقطريون، ما زالت تصر على رحيل الأسد.${TAIL}`,
    expected: ["qatar assad_role must_go", "turkey assad_role must_go"],
  },
  {
    why: "«إن القطريين يشترطون رحيل الأسد قبل أي حوار»: the accusative plural",
    text: `${HEAD}وقال السفير السوري إن القطريين يشترطون رحيل الأسد قبل أي حوار.${TAIL}`,
    expected: ["qatar geneva2_preconditions conditional", "qatar assad_role must_go"],
  },
  {
    why: "«الصحفيين الفرنسيين وصلوا إلى دمشق»: nationals with no position (guard)",
    text: `${HEAD}وقال المتحدث إن الصحفيين الفرنسيين وصلوا إلى دمشق لتغطية الانتخابات.${TAIL}`,
    expected: [],
  },
  // «إذا» after «عما», or after a word of thinking or deciding and «في ما/فيما», is "whether": no condition.
  {
    why: "«العودة إلى عاصمتيهما والتفكير مليا في ما إذا كانا يريدان مواصلة العملية»: whether, no condition",
    text: `${HEAD}وقال المبعوث الدولي بعد جلسة المفاوضات إن على الوفدين العودة إلى عاصمتيهما والتفكير مليا في ما إذا كانا يريدان مواصلة هذه العملية.${TAIL}`,
    expected: [],
  },
  {
    why: "«ولم يحسما بعد فيما إذا كانا سيواصلان»: undecided whether",
    text: `${HEAD}وقال المبعوث الدولي بعد جلسة المفاوضات إن الوفدين سيعودان إلى عاصمتيهما للتشاور، ولم يحسما بعد فيما إذا كانا سيواصلان هذه العملية.${TAIL}`,
    expected: [],
  },
  {
    why: "«لن يعود إلى جنيف فيما إذا استمر القصف»: «فيما إذا» alone is in case, a condition (guard)",
    text: `${HEAD}وقال الائتلاف الوطني السوري إنه لن يعود إلى جنيف فيما إذا استمر القصف.${TAIL}`,
    expected: ["national_coalition geneva2_preconditions conditional"],
  },
  // A denied report, its denier named by a long title: what the report says is no one's position.
  {
    why: "«نفى مساعد وزير الخارجية … الأنباء التي تحدثت عن موافقة طهران على جدول زمني يتنحى الأسد في نهايته»",
    text: `${HEAD}ونفى مساعد وزير الخارجية الإيراني للشؤون العربية والإفريقية حسين أمير عبد اللهيان الأنباء التي تحدثت عن موافقة طهران على جدول زمني يتنحى الأسد في نهايته.${TAIL}`,
    expected: [],
  },
  {
    why: "«نفى المتحدث … ما تناقلته وسائل إعلام غربية عن قبول طهران بمرحلة انتقالية يتنحى الأسد في نهايتها»",
    text: `${HEAD}ونفى المتحدث باسم وزارة الخارجية الإيرانية للشؤون العربية والإفريقية حسين جابري أنصاري ما تناقلته وسائل إعلام غربية عن قبول طهران بمرحلة انتقالية يتنحى الأسد في نهايتها.${TAIL}`,
    expected: [],
  },
  {
    why: "«نفى … ما نقلته صحف غربية عن تغير في موقف موسكو، مؤكدا أن موسكو تصر على رحيل الأسد»: past the comma (guard)",
    text: `${HEAD}ونفى المتحدث باسم الخارجية الروسية ما نقلته صحف غربية عن تغير في موقف موسكو، مؤكدا أن موسكو تصر على رحيل الأسد في نهاية المرحلة الانتقالية.${TAIL}`,
    expected: ["russia assad_role must_go"],
  },
  // A sentence opening on the question its verb answers: the verb goes on with the one last speaking.
  {
    why: "«. وردا على سؤال حول مصير الأسد، قال إن …»: the minister answering",
    text: `${HEAD}وقال وزير الخارجية الفرنسي إن بلاده تدعم المعارضة المعتدلة. وردا على سؤال حول مصير الأسد، قال إن الأسد لا يمكن أن يكون جزءا من مستقبل سوريا.${TAIL}`,
    expected: ["france assad_role must_go"],
  },
  {
    why: "«. وفي رده على سؤال عما إذا كانت بلاده ستقبل بحضور إيران، قال إن …»: a long question",
    text: `${HEAD}وقال وزير الخارجية السعودي إن المملكة تريد حلا سياسيا. وفي رده على سؤال عما إذا كانت بلاده ستقبل بحضور إيران، قال إن مشاركة إيران مرهونة بسحب قواتها من سوريا.${TAIL}`,
    expected: ["saudi_arabia iran_participation conditional"],
  },
  {
    why: "«. وجوابا عن سؤال للصحفيين، أكد أن الائتلاف …»: the party named in the answer holds it (guard)",
    text: `${HEAD}وقال المتحدث باسم الائتلاف إن وفده جاهز للتفاوض. وجوابا عن سؤال للصحفيين، أكد أن الائتلاف لن يقبل بأي دور للأسد في المرحلة الانتقالية.${TAIL}`,
    expected: ["national_coalition assad_role must_go"],
  },
  {
    why: "«. وردا على سؤال …، قال وزير الخارجية الروسي إن …»: the verb's own subject named (guard)",
    text: `${HEAD}وقال وزير الخارجية الفرنسي إن بلاده تدعم المعارضة المعتدلة. وردا على سؤال حول مصير الأسد، قال وزير الخارجية الروسي إن الأسد باق في منصبه.${TAIL}`,
    expected: ["russia assad_role may_stay"],
  },
  // Sitting at the table, the feminine and future forms, is attending.
  {
    why: "«المعارضة لن تجلس إلى الطاولة مجددا إلا على أساس هيئة حكم انتقالية»: attending on a condition",
    text: `${HEAD}وقال المتحدث باسم الهيئة إن المعارضة لن تجلس إلى الطاولة مجددا إلا على أساس هيئة حكم انتقالية كاملة الصلاحيات.${TAIL}`,
    expected: ["syrian_opposition geneva2_preconditions conditional"],
  },
  {
    why: "«لن يجلس إلى الطاولة ما لم يتوقف القصف»: the masculine form as before (guard)",
    text: `${HEAD}وأكد الائتلاف أنه لن يجلس إلى الطاولة ما لم يتوقف القصف على المدن.${TAIL}`,
    expected: ["national_coalition geneva2_preconditions conditional"],
  },
  {
    why: "«الحكومة السورية ستجلس إلى الطاولة في جنيف الأسبوع المقبل»: no condition (guard)",
    text: `${HEAD}وقال رئيس الوفد إن الحكومة السورية ستجلس إلى الطاولة في جنيف الأسبوع المقبل.${TAIL}`,
    expected: [],
  },
  // «وصفة مؤكدة للفوضى»: a sure recipe for chaos judges the demand it is said of.
  {
    why: "«المطالبة برحيل الأسد اليوم وصفة مؤكدة للفوضى»: the demand judged",
    text: `${HEAD}وقال وزير الخارجية الإيراني إن المطالبة برحيل الأسد اليوم وصفة مؤكدة للفوضى.${TAIL}`,
    expected: ["iran assad_role may_stay"],
  },
  {
    why: "«الحوار بين السوريين وصفة مؤكدة للاستقرار»: no demand judged (guard)",
    text: `${HEAD}وقال وزير الخارجية الإيراني إن الحوار بين السوريين وصفة مؤكدة للاستقرار.${TAIL}`,
    expected: [],
  },
];

caseTable("probe 11 r90: refused demands, gentilic holders, whether, denied reports, answers, the table", CASES);
