// Kinds found by the probe rounds (holder wrong on assad_role): Assad's going named in a list of conditions that
// parties left unnamed set («الاشتراطات التي تطرحها عدة جهات، ومنها رحيل الأسد») is theirs as the speaker reports
// it, not the speaker's own demand. Each row written for this table, not taken from the seeds, the development
// corpus or the probe's articles.
import { caseTable, type Case } from "./case-table";

/** A headline, so that the sentence under test is read as a body sentence. */
const HEAD = "مؤتمر جنيف 2 حول سوريا\n";
/** A closing body sentence with no stance. */
const TAIL = "\nوتتواصل التحضيرات لعقد المؤتمر في موعده.\n";

const CASES: Case[] = [
  {
    why: "«إصرار بعض المعارضين على شروط …، من بينها تنحي الرئيس»: the speaker lists others' conditions, holds no must_go",
    text: `${HEAD}وأوضح غاتيلوف أن "إصرار بعض المعارضين على شروط كثيرة، من بينها تنحي الرئيس السوري، يعرقل جهود التسوية".${TAIL}`,
    expected: [],
  },
  {
    why: "«الاشتراطات التي تطرحها عدة جهات، ومنها رحيل الأسد»: the unnamed setters after the word of conditions (since the fifty-second probe, his departure among the conditions the predicate rejects is the speaker's may_stay)",
    text: `${HEAD}وقال المتحدث باسم الخارجية الإيرانية إن "الاشتراطات التي تطرحها عدة جهات، ومنها رحيل الأسد، لن تقود إلى حل".${TAIL}`,
    expected: ["iran assad_role may_stay"],
  },
  {
    why: "«بعد لقائه بعض السفراء إن للائتلاف شروطاً، أولها رحيل الأسد»: «بعض» before the speaker's «إن» sets nothing (guard)",
    text: `${HEAD}وقال الجربا بعد لقائه بعض السفراء الغربيين إن للائتلاف شروطا واضحة، أولها رحيل الأسد.${TAIL}`,
    expected: ["national_coalition assad_role must_go"],
  },
  {
    why: "«للائتلاف شروطاً واضحة، أولها رحيل الأسد»: the speaker's own conditions (guard)",
    text: `${HEAD}وقال الجربا إن للائتلاف شروطا واضحة، أولها رحيل الأسد.${TAIL}`,
    expected: ["national_coalition assad_role must_go"],
  },
  {
    why: "«الائتلاف يتمسك بشروط مسبقة، منها رحيل الأسد»: a named setter holds it (guard)",
    text: `${HEAD}وقال لافروف إن الائتلاف يتمسك بشروط مسبقة، منها رحيل الأسد.${TAIL}`,
    expected: ["national_coalition assad_role must_go", "national_coalition geneva2_preconditions conditional"],
  },
  {
    why: "«بعض الدول تحاول فرض شروطها، لكن باريس ترى أن لا مكان للأسد»: no list, the speaker's own view (guard)",
    text: `${HEAD}وقال وزير الخارجية الفرنسي إن بعض الدول تحاول فرض شروطها، لكن باريس ترى أن لا مكان للأسد في مستقبل سوريا.${TAIL}`,
    expected: ["france assad_role must_go"],
  },
];

caseTable("review 18 (hwa18): Assad's going listed among conditions unnamed parties set", CASES);
