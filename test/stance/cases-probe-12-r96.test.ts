// Kinds from round r96: a talk show's turns labelled by a guest named in a list of guests («الاسم/الصفة»), «we»
// opening a clause after a name in the turn, her pronoun on a verb of wanting («نريدها أن تكون حاضرة»), an interview
// headlined by its guest under a masthead, «no alternative to» her taking part, and the president's fate or post
// not on the table. Each row a sentence of general news Arabic, written for this table (not taken from the seeds,
// the development corpus or the rounds), and the tuples it must give.
import { caseTable, type Case } from "./case-table";

const TITLE = "تطورات الأزمة السورية والمؤتمر الدولي\n";

const CASES: Case[] = [
  // A guest listed as «name/office», his turns labelled by his name.
  {
    why: "a guest listed «name/office in the Coalition»; his turn labelled by his full name says «we reject»",
    text: `ضيوف الحلقة: فارس الدباغ/عضو الهيئة السياسية في الائتلاف الوطني السوري\n\nالمذيع: كيف تنظرون إلى دعوة إيران؟\n\nفارس الدباغ: نحن في الائتلاف نرفض بشكل قاطع أن تشارك إيران في مؤتمر جنيف.`,
    expected: ["national_coalition iran_participation oppose"],
  },
  {
    why: "a guest listed «name/office», his turn labelled by his family name alone",
    text: `ضيوف الحلقة: فارس الدباغ/عضو الهيئة السياسية في الائتلاف الوطني السوري، سامر يونس/باحث في الشؤون الدولية\n\nالمذيع: ما الحل الذي تقبلونه؟\n\nالدباغ: الحل الذي نقبله هو الذي يبدأ برحيل الأسد عن السلطة.`,
    expected: ["national_coalition assad_role must_go"],
  },
  {
    why: "guard: a guest listed «name/office» at a university holds nothing of a party",
    text: `ضيوف الحلقة: سامر يونس/أستاذ العلاقات الدولية في جامعة دمشق\n\nالمذيع: هل تشارك إيران؟\n\nيونس: نحن نريد أن تشارك إيران في مؤتمر جنيف.`,
    expected: [],
  },
  // «We» opening the cue's clause after a name, inside a turn or a report.
  {
    why: "a turn names Syria in its first clause; «وإننا» opens the cue's clause: the guest's body holds it",
    text: `الضيوف: رامي العبيدي - عضو المكتب التنفيذي لهيئة التنسيق الوطنية\nالمذيع: هل ستذهبون؟\nالعبيدي: نحن قلنا منذ البداية إن الحل السلمي هو الطريق الوحيد لإنقاذ سوريا، وإننا جاهزون لحضور المؤتمر بلا أي شروط مسبقة.`,
    expected: ["ncb geneva2_preconditions unconditional"],
  },
  {
    why: "a speaker's report names Syria before «وإننا»: the speaker, not Syria, holds it",
    text: `${TITLE}وقال المنسق العام لهيئة التنسيق في مؤتمر صحفي إن الحوار هو الطريق لإنقاذ سوريا، وإننا سنذهب إلى جنيف بلا شروط مسبقة.`,
    expected: ["ncb geneva2_preconditions unconditional"],
  },
  {
    why: "guard: a party named after «we» is the subject of its own clause",
    text: `${TITLE}وقال المنسق العام لهيئة التنسيق إننا نعرف أن الائتلاف يشترط رحيل الأسد قبل الذهاب إلى جنيف.`,
    expected: ["national_coalition assad_role must_go", "national_coalition geneva2_preconditions conditional"],
  },
  // Her pronoun on a verb of wanting.
  {
    why: "«ونحن نريدها أن تكون حاضرة»: she named before in the speaker's clause",
    text: `${TITLE}وقال المقداد إن إيران دولة مهمة في المنطقة، ونحن نريدها أن تكون حاضرة في جنيف.`,
    expected: ["syrian_government iran_participation support"],
  },
  {
    why: "«لا نريدها أن تكون حاضرة» rejects",
    text: `${TITLE}وقال الجربا إن إيران دولة تحتل أرضنا، ونحن لا نريدها أن تشارك في مؤتمر جنيف.`,
    expected: ["national_coalition iran_participation oppose"],
  },
  {
    why: "guard: another party between her and the pronoun: not read as hers",
    text: `${TITLE}وقال المقداد إن إيران دولة مهمة، والسعودية لا تريدها أن تكون حاضرة في جنيف.`,
    expected: [],
  },
  {
    why: "guard: whoever objects to her presence is judged, no one named holds it",
    text: `${TITLE}وقال المقداد إن المؤتمر يحتاج إلى كل الأطراف، ومن يعترض على حضورها هو من يمول الإرهاب.`,
    expected: [],
  },
  // An interview headlined by its guest on a body line under a masthead.
  {
    why: "masthead, then «X لـ«outlet»: …», then □ answers: the guest answers",
    text: `الوطن | العدد 1520 الخميس 16 كانون الثاني 2014\nسياسة | حوار\n\nفيصل المقداد لـ«الوطن»: الحل يبدأ بوقف دعم الإرهاب.. ومن يراهن على تنازلنا واهم\n\n■ ماذا عن إيران؟\n□ إيران دولة صديقة وشريك في مكافحة الإرهاب، ونحن نريدها أن تكون حاضرة في المؤتمر.`,
    expected: ["syrian_government iran_participation support"],
  },
  {
    why: "guard: a report with a masthead and no interview marks keeps its own holders",
    text: `الوطن | العدد 1520 الخميس 16 كانون الثاني 2014\nسياسة\n\nقال الجربا إن الائتلاف يرفض مشاركة إيران في مؤتمر جنيف.`,
    expected: ["national_coalition iran_participation oppose"],
  },
  // No alternative to her taking part.
  {
    why: "«لا ترى أي بديل عن مشاركة إيران» supports",
    text: `${TITLE}وقالت الخارجية الروسية إنها لا ترى أي بديل عن مشاركة إيران في مؤتمر جنيف.`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "«لا تجد بديلاً عن حضور طهران» supports",
    text: `${TITLE}وأكد لافروف أن موسكو لا تجد بديلا عن حضور طهران في المؤتمر الدولي حول سوريا.`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "«لا يمكن الاستغناء عن مشاركة إيران» supports",
    text: `${TITLE}وقال المقداد إنه لا يمكن الاستغناء عن مشاركة إيران في مؤتمر جنيف.`,
    expected: ["syrian_government iran_participation support"],
  },
  {
    why: "guard: «لا ترى أي سبب لمشاركة إيران» still rejects",
    text: `${TITLE}وقالت الخارجية الروسية إنها لا ترى أي سبب لمشاركة إيران في مؤتمر جنيف.`,
    expected: ["russia iran_participation oppose"],
  },
  // The president's fate or post not on the table.
  {
    why: "«مصير الرئيس ليس مطروحاً على طاولة جنيف»",
    text: `${TITLE}وقال لافروف إن مصير الرئيس ليس مطروحا على طاولة جنيف.`,
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "«وموقعه ليس مطروحاً للنقاش», his pronoun after Assad named",
    text: `${TITLE}وقال المعلم إن الرئيس الأسد منتخب من شعبه، وموقعه ليس مطروحا للنقاش في جنيف.`,
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: "«منصبه ليس على الطاولة», his pronoun after Assad named in the sentence before",
    text: `${TITLE}وقال المقداد إن الشعب انتخب الرئيس الأسد. وأضاف أن منصبه ليس على الطاولة في جنيف.`,
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: "guard: his fate to be put on the table is not kept off it",
    text: `${TITLE}وقال الجربا إن مصير الأسد سيكون مطروحا على طاولة جنيف.`,
    expected: [],
  },
];

caseTable("Kinds from round r96", CASES);
