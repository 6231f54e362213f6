// Kinds found by the probe rounds among the misses whose holder was wrong or not found: a speaker the lexicon does
// not know, introduced by an office in a party under a compound name («نزار عبد الكريم», «سليم العبد الله», «أبو …»),
// which the name learner refused for its «عبد» or «الله» (and an interview whose headline names only his office and
// party: «عضو المكتب التنفيذي في «هيئة التنسيق» لـ«…»:»); and a group's statement — its issuer named in the
// statement's genitive («نص البيان الختامي لمجموعة … على أن», «وأكد البيان الختامي لاجتماع … لمجموعة …، الذي …، أن»),
// a bare «المجموعة» after the group was named, the members named «in» their group («الدول الإحدى عشرة في مجموعة …
// أكدت»). Each row written for this table, not taken from the seeds, the development corpus or the probe's articles.
import { caseTable, type Case } from "./case-table";

/** A headline, so that the sentence under test is read as a body sentence. */
const HEAD = "مؤتمر جنيف 2 حول سوريا\n";
/** A closing body sentence with no stance. */
const TAIL = "\nوتتواصل التحضيرات لعقد المؤتمر في موعده.\n";

const CASES: Case[] = [
  {
    why: "a talk show's guest «ماهر عبد الرحيم - عضو المكتب التنفيذي في هيئة التنسيق», then «ماهر عبد الرحيم: …»",
    text: `${HEAD}الضيوف:\n- ماهر عبد الرحيم - عضو المكتب التنفيذي في هيئة التنسيق الوطنية (دمشق)\n\nالمذيع: ما موقفكم من المفاوضات؟\n\nماهر عبد الرحيم: نحن مع التفاوض من دون شروط مسبقة، وهذا موقفنا منذ البداية.${TAIL}`,
    expected: ["ncb geneva2_preconditions unconditional"],
  },
  {
    why: "«… في الائتلاف الوطني، رامي عبد الحميد،» in apposition, then «وقال عبد الحميد إن …»: the compound surname",
    text: `${HEAD}والتقى عضو الهيئة السياسية في الائتلاف الوطني، رامي عبد الحميد، وفدا ألمانيا أمس. وقال عبد الحميد إن الأسد لا مكان له في المرحلة الانتقالية.${TAIL}`,
    expected: ["national_coalition assad_role must_go"],
  },
  {
    why: "«… في هيئة التنسيق الوطنية سامر العبد الله،» in apposition, then «وأضاف العبد الله أن …»",
    text: `${HEAD}وزار عضو المكتب التنفيذي في هيئة التنسيق الوطنية سامر العبد الله، موسكو الأسبوع الماضي. وأضاف العبد الله أن هيئته لا تضع رحيل الأسد شرطا مسبقا للتفاوض.${TAIL}`,
    expected: ["ncb assad_role may_stay", "ncb geneva2_preconditions unconditional"],
  },
  {
    why: "an interview headed «عضو المكتب التنفيذي في «هيئة التنسيق» لـ«…»:», the answers set off by dashes",
    text: `حوارات\n\nعضو المكتب التنفيذي في «هيئة التنسيق» لـ«المدار»: المعارضة الداخلية حاضرة\n\nحاوره: كريم ناصر\n\n■ هل ستذهبون إلى جنيف؟\n- نعم. نحن لا نضع رحيل الأسد شرطا مسبقا للتفاوض.\n`,
    expected: ["ncb assad_role may_stay", "ncb geneva2_preconditions unconditional"],
  },
  {
    why: "«وقال المحلل نزار عبد القادر إن …»: a compound name in no party's office holds nothing (guard)",
    text: `${HEAD}وقال المحلل السياسي نزار عبد القادر إن الأسد لن يتنحى قبل نهاية ولايته.${TAIL}`,
    expected: [],
  },
  {
    why: "«ونص البيان الختامي لمجموعة أصدقاء سوريا على أن …»: the statement's issuer in its genitive",
    text: `${HEAD}ونص البيان الختامي لمجموعة أصدقاء سوريا على أن الأسد لن يكون له أي دور في الحكومة الانتقالية.${TAIL}`,
    expected: ["friends_of_syria assad_role must_go"],
  },
  {
    why: "«وكان البيان الختامي لاجتماع مجموعة … في روما قد نص على أن …»: the statement heading the sentence",
    text: `${HEAD}وكان البيان الختامي لاجتماع مجموعة أصدقاء سوريا في روما قد نص على أن الأسد لن يكون له أي دور في الحكومة الانتقالية.${TAIL}`,
    expected: ["friends_of_syria assad_role must_go"],
  },
  {
    why: "«وأكد البيان الختامي لاجتماع وزراء خارجية مجموعة …، الذي حضرته واشنطن وباريس وأنقرة، أن …»: the group's, not its members'",
    text: `${HEAD}وأكد البيان الختامي لاجتماع وزراء خارجية مجموعة أصدقاء سوريا، الذي حضرته الولايات المتحدة وفرنسا وتركيا، أن الأسد لن يكون له أي دور في سوريا الجديدة.${TAIL}`,
    expected: ["friends_of_syria assad_role must_go"],
  },
  {
    why: "«فالبيان الختامي لاجتماع «أصدقاء سوريا» في باريس، بمشاركة …، نص صراحة على أن …»: the members in an aside",
    text: `${HEAD}فالبيان الختامي لاجتماع «أصدقاء سوريا» في باريس، بمشاركة الولايات المتحدة وبريطانيا وفرنسا وقطر، نص صراحة على أن الأسد لن يكون له أي دور في المرحلة الانتقالية.${TAIL}`,
    expected: ["friends_of_syria assad_role must_go"],
  },
  {
    why: "«وأكد البيان الختامي لاجتماع فيينا أن …»: a meeting named by its place names no issuer (guard)",
    text: `${HEAD}وأكد البيان الختامي لاجتماع فيينا أن الأسد لن يكون له أي دور في المرحلة الانتقالية.${TAIL}`,
    expected: [],
  },
  {
    why: `«… المعروفة بمجموعة "لندن 11". وأكدت المجموعة، في بيانها الختامي، أن …»: the group named before`,
    text: `${HEAD}وشارك وزير الخارجية الأردني في الاجتماع الوزاري للمجموعة الأساسية لأصدقاء الشعب السوري، المعروفة بمجموعة "لندن 11". وأكدت المجموعة، في بيانها الختامي، أن "الأسد لن يكون له أي دور في الحكومة الانتقالية".${TAIL}`,
    expected: ["friends_of_syria assad_role must_go"],
  },
  {
    why: "«وكانت مجموعة أصدقاء سوريا قد اجتمعت … . وأكدت المجموعة أن …»: a bare «المجموعة» after the group was named",
    text: `${HEAD}وكانت مجموعة أصدقاء سوريا قد اجتمعت في لندن الشهر الماضي. وأكدت المجموعة أن الأسد لن يكون له أي دور في المرحلة الانتقالية.${TAIL}`,
    expected: ["friends_of_syria assad_role must_go"],
  },
  {
    why: "«وأكدت المجموعة الدولية لدعم سوريا أن …»: another group, not the one named before (guard)",
    text: `${HEAD}وكانت مجموعة أصدقاء سوريا قد اجتمعت في لندن الشهر الماضي. وأكدت المجموعة الدولية لدعم سوريا أن الأسد لن يكون له أي دور في المرحلة الانتقالية.${TAIL}`,
    expected: [],
  },
  {
    why: "«وقال الجربا إن الدول الإحدى عشرة في مجموعة أصدقاء سوريا أكدت أن …»: the members «in» their group speak",
    text: `${HEAD}وقال الجربا إن الدول الإحدى عشرة في مجموعة أصدقاء سوريا أكدت أن الأسد لن يكون له أي دور في الحكومة الانتقالية.${TAIL}`,
    expected: ["friends_of_syria assad_role must_go"],
  },
  {
    why: "«وقال كيري في اجتماع مجموعة أصدقاء سوريا إن …»: the group where one spoke is still a place (guard)",
    text: `${HEAD}وقال كيري في اجتماع مجموعة أصدقاء سوريا إن الأسد لن يكون له أي دور في الحكومة الانتقالية.${TAIL}`,
    expected: ["usa assad_role must_go"],
  },
];

caseTable("review 20 (F5): compound names learnt from an office; a group's statement and the group's members", CASES);
