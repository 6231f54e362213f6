// Kinds found by the probe rounds among the tuples given to the wrong holder: «حتى» (even) before the subject of a
// reported clause («إن "حتى الأمريكيين باتوا يقرون …"»); blaming as a verb of saying («حمّل X Y مسؤولية الفشل، وقال
// إن …»); «الطرف الآخر» (the other side) as an unnamed subject whose condition is no one's; standing by or settling
// one's word before a colon or «إن» («لا تزال عند قولها إن …», «لم يغير جملته: …», «حسمت أمرها في بيانها: …»); an
// interview answer naming the president before the cue; the ones pressed («تضغط على واشنطن») hold nothing (pressing
// itself is no verb of saying: «هناك من يقول إن كيري ضغط على …» is a rumour, cases-review-20-F6). Each row written for this table,
// not taken from the seeds, the development corpus or the probe's articles.
import { caseTable, type Case } from "./case-table";

/** A headline, so that the sentence under test is read as a body sentence. */
const HEAD = "مؤتمر جنيف 2 حول سوريا\n";
/** A closing body sentence with no stance. */
const TAIL = "\nوتتواصل التحضيرات لعقد المؤتمر في موعده.\n";
/** An interview's opening with «■» questions and «□» answers: its headline, introduction, a first exchange. */
const INTERVIEW = `المقداد لـ"الحياة": الحل سياسي\nالتقت «الحياة» نائب وزير الخارجية السوري فيصل المقداد في مكتبه في دمشق، وكان هذا الحوار:\n■ متى يغادر الوفد إلى سويسرا؟\n□ يغادر الوفد مساء الأحد، والتحضيرات تسير كما هو مقرر.\n`;

const CASES: Case[] = [
  {
    why: `«قال بوغدانوف إن "حتى الأمريكيين باتوا يقرون بضرورة حضور إيران"»: «حتى» before the reported clause's subject`,
    text: `${HEAD}وقال نائب وزير الخارجية الروسي ميخائيل بوغدانوف إن "حتى الأمريكيين باتوا يقرون بضرورة حضور إيران في المؤتمر".${TAIL}`,
    expected: ["usa iran_participation support"],
  },
  {
    why: `«أكد المعلم أن حتى واشنطن باتت تقر بضرورة مشاركة إيران»: «حتى» without quotation marks`,
    text: `${HEAD}وأكد وزير الخارجية السوري وليد المعلم أن حتى واشنطن باتت تقر بضرورة مشاركة إيران في المؤتمر.${TAIL}`,
    expected: ["usa iran_participation support"],
  },
  {
    why: `«قال بوغدانوف إن موسكو ترى … حتى …»: «حتى» later in the clause is not before its subject (guard)`,
    text: `${HEAD}وقال بوغدانوف إن موسكو تريد حضور إيران في المؤتمر حتى لو اعترض الآخرون.${TAIL}`,
    expected: ["russia iran_participation support"],
  },
  {
    why: `«وحمّل الناطق باسم الخارجية الأردنية … النظام مسؤولية التصعيد، وقال إنه …»: blaming, then his saying`,
    text: `${HEAD}وحمّل الناطق باسم الخارجية التركية ليفنت غومروكجو النظام السوري مسؤولية انهيار الهدنة، وقال إن "لا مكان للأسد في مستقبل سوريا".${TAIL}`,
    expected: ["turkey assad_role must_go"],
  },
  {
    why: `«حملت الخارجية الفرنسية دمشق المسؤولية …، مؤكدة أن …»: blaming, a participle after it`,
    text: `${HEAD}وحملت الخارجية الفرنسية دمشق المسؤولية الكاملة عن فشل الجولة، مؤكدة أن "بشار الأسد لا يمكن أن يكون جزءا من الحل".${TAIL}`,
    expected: ["france assad_role must_go"],
  },
  {
    why: `«وحمّل لافروف الائتلاف مسؤولية الفشل، وقال إن روسيا ترفض …»: the one blamed holds nothing (guard)`,
    text: `${HEAD}وحمّل وزير الخارجية الروسي سيرغي لافروف الائتلاف مسؤولية الفشل، وقال إن روسيا ترفض أي شروط مسبقة.${TAIL}`,
    expected: ["russia geneva2_preconditions unconditional"],
  },
  {
    why: `«حمل المبعوث الأممي رسالة من الرياض تؤكد أن …»: carrying a message is no saying (guard)`,
    text: `${HEAD}وحمل المبعوث الأممي رسالة من الرياض تؤكد أن السعودية تشترط رحيل الأسد.${TAIL}`,
    expected: ["saudi_arabia assad_role must_go"],
  },
  {
    why: `«قال المقداد إن "الطرف الآخر حضر بشرط مسبق هو رحيل الرئيس"»: the other side, unnamed, holds it; he does not`,
    text: `${HEAD}وقال نائب وزير الخارجية السوري فيصل المقداد إن "الطرف الآخر حضر إلى جنيف بشرط مسبق هو رحيل الرئيس".${TAIL}`,
    expected: [],
  },
  {
    why: `«إن الطرف الآخر "انسحب …" مؤكداً أن وفده "لم يضع أي شرط"»: his own clause after it is his (guard)`,
    text: `${HEAD}وقال المقداد إن الطرف الآخر "انسحب لأنه تلقى أوامر من الخارج" مؤكدا أن وفده "لم يضع أي شرط وسيعود في الموعد المحدد".${TAIL}`,
    expected: ["syrian_government geneva2_preconditions unconditional"],
  },
  {
    why: `«أما الدوحة فلا تزال عند قولها إن الأسد سيرحل …»: standing by one's word, then «إن»`,
    text: `${HEAD}أما الدوحة فلا تزال عند قولها إن الأسد سيرحل عاجلا أم آجلا.${TAIL}`,
    expected: ["qatar assad_role must_go"],
  },
  {
    why: `«والدوحة ما زالت عند موقفها: لا مكان للأسد …»: standing by one's position, then a colon`,
    text: `${HEAD}والدوحة ما زالت عند موقفها: لا مكان للأسد في مستقبل سوريا.${TAIL}`,
    expected: ["qatar assad_role must_go"],
  },
  {
    why: `«وداود أوغلو لم يغير كلامه منذ أشهر: لا مكان للأسد في سوريا الجديدة»: a colon after it`,
    text: `${HEAD}ووزير الخارجية التركي أحمد داود أوغلو لم يغير كلامه منذ أشهر: لا مكان للأسد في سوريا الجديدة.${TAIL}`,
    expected: ["turkey assad_role must_go"],
  },
  {
    why: `«والائتلاف حسم أمره في اجتماعه الأخير: لا دور للأسد …»: settling one's mind, then a colon`,
    text: `${HEAD}والائتلاف الوطني السوري حسم أمره في اجتماعه الأخير في إسطنبول: لا دور للأسد في المرحلة الانتقالية.${TAIL}`,
    expected: ["national_coalition assad_role must_go"],
  },
  {
    why: `«الرياض لا تزال عند موقفها، فيما قال لافروف إن …»: another speaker's clause after it keeps his cue (guard)`,
    text: `${HEAD}والرياض لا تزال عند موقفها، فيما قال وزير الخارجية الروسي سيرغي لافروف إن رحيل الأسد ليس شرطا لبدء الحوار.${TAIL}`,
    expected: ["russia assad_role may_stay", "russia geneva2_preconditions unconditional"],
  },
  {
    why: `«□ … الرئيس الأسد منتخب من شعبه، وموقعه ليس مطروحاً للنقاش»: the president spoken of, the one interviewed speaks`,
    text: `${INTERVIEW}■ والائتلاف يقول إنه لن يأتي إلا لتسلم السلطة؟\n□ هذا حلم. الرئيس الأسد منتخب من شعبه، وموقعه ليس مطروحا للنقاش في جنيف ولا في غيرها.\n`,
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: `«تتهم دمشق الدوحة بأنها تضغط على واشنطن وباريس لاستبعاد إيران»: the ones pressed hold nothing (guard)`,
    text: `${HEAD}وتتهم دمشق الدوحة بأنها تضغط على واشنطن وباريس لاستبعاد إيران من المؤتمر.${TAIL}`,
    expected: ["qatar iran_participation oppose"],
  },
  {
    why: `«أكد المعلم أن دمشق لن تذهب تحت الضغط على الشعب السوري، ولن تقبل أي شروط»: a noun of pressure (guard)`,
    text: `${HEAD}وأكد المعلم أن دمشق لن تذهب إلى جنيف تحت الضغط على الشعب السوري، ولن تقبل بأي شروط مسبقة.${TAIL}`,
    expected: ["syrian_government geneva2_preconditions unconditional"],
  },
];

caseTable("review 20 (F1): holders hidden by «حتى», blaming, the other side, standing by one's word, answers, pressing", CASES);
