// Kinds found by the probe rounds among the misses on Assad's fate whose sentence had no cue the extractor read: he
// named by his crimes («من قتل شعبه», «لمن قتل مئات آلاف السوريين») as the one who cannot be part of the future or the
// transition; a quotation opening between his name and «لا يمكن أن يحكم/يقود سوريا»; talk of his going called a
// thing of the past («بات من الماضي»); his fate fronted as the sentence's topic before the answer «هذا أمر يقرره
// السوريون» («وعن مصير الرئيس السوري، قال: …»), or that answer after «فـ»; and «الرئيس» alone in «مسألة تنحي الرئيس
// غير مطروحة للنقاش». Each row written for this table, not taken from the seeds, the development corpus or the probe's
// articles.
import { caseTable, type Case } from "./case-table";

/** A headline, so that the sentence under test is read as a body sentence. */
const HEAD = "مؤتمر جنيف 2 حول سوريا\n";
/** A closing body sentence with no stance. */
const TAIL = "\nوتتواصل التحضيرات لعقد المؤتمر في موعده.\n";

const CASES: Case[] = [
  {
    why: `«إن "من قتل عشرات الآلاف من أبناء شعبه لا يمكن أن يكون جزءا من مستقبل سوريا"»: he, named by his crimes`,
    text: `${HEAD}وقال وزير الخارجية البريطاني إن "من قتل عشرات الآلاف من أبناء شعبه لا يمكن أن يكون جزءا من مستقبل سوريا".${TAIL}`,
    expected: ["uk assad_role must_go"],
  },
  {
    why: `«لا يمكن لمن قتل مئات الآلاف من السوريين أن يكون جزءا من أي حكومة انتقالية»: the negation first`,
    text: `${HEAD}وقال وزير الخارجية القطري: "لا يمكن لمن قتل مئات الآلاف من السوريين أن يكون جزءا من أي حكومة انتقالية".${TAIL}`,
    expected: ["qatar assad_role must_go"],
  },
  {
    why: `«لا يمكن أن يكون لمن ارتكب المجازر بحق شعبه أي دور في مستقبل سوريا»: the role after the one named`,
    text: `${HEAD}وأكد وزير الخارجية التركي أنه "لا يمكن أن يكون لمن ارتكب المجازر بحق شعبه أي دور في مستقبل سوريا".${TAIL}`,
    expected: ["turkey assad_role must_go"],
  },
  {
    why: "«من قتل المدنيين السوريين يجب أن يحاسب»: the killers to be tried, no role denied (guard)",
    text: `${HEAD}وقال وزير الخارجية البريطاني إن من قتل المدنيين السوريين يجب أن يحاسب أمام القضاء الدولي.${TAIL}`,
    expected: [],
  },
  {
    why: `«إن الأسد "لا يمكن أن يحكم سوريا بعد اليوم"»: a quotation opening between his name and what he cannot do`,
    text: `${HEAD}وقال وزير الخارجية الفرنسي إن الأسد "لا يمكن أن يحكم سوريا بعد اليوم".${TAIL}`,
    expected: ["france assad_role must_go"],
  },
  {
    why: `«إن الأسد "لا يمكن أن يحكم سوريا بمفرده"»: ruling alone, not ruling, is what he cannot do (guard)`,
    text: `${HEAD}وقال وزير الخارجية الروسي إن الأسد "لا يمكن أن يحكم سوريا بمفرده بعد الحرب".${TAIL}`,
    expected: [],
  },
  {
    why: "«إن الحديث عن رحيل الرئيس الأسد أصبح من الماضي»: talk of his going a thing of the past keeps him",
    text: `${HEAD}وقال نائب وزير الخارجية الإيراني إن الحديث عن رحيل الرئيس الأسد أصبح من الماضي.${TAIL}`,
    expected: ["iran assad_role may_stay"],
  },
  {
    why: "«إن الحديث عن الحل العسكري أصبح من الماضي»: something else a thing of the past (guard)",
    text: `${HEAD}وقال وزير الخارجية السوري إن الحديث عن الحل العسكري أصبح من الماضي.${TAIL}`,
    expected: [],
  },
  {
    why: `«وعن مصير الرئيس السوري، قال …: "هذا أمر يقرره السوريون أنفسهم"»: his fate fronted as the question answered`,
    text: `${HEAD}وعن مصير الرئيس السوري، قال وزير الخارجية الأردني: "هذا أمر يقرره السوريون أنفسهم".${TAIL}`,
    expected: ["jordan assad_role neutral"],
  },
  {
    why: `«وحول مستقبل الأسد، قال الأمين العام … إن "هذا شأن يقرره الشعب السوري"»: «حول» fronted`,
    text: `${HEAD}وحول مستقبل الأسد، قال الأمين العام للأمم المتحدة بان كي مون إن "هذا شأن يقرره الشعب السوري".${TAIL}`,
    expected: ["un assad_role neutral"],
  },
  {
    why: `«وعن موعد المؤتمر، قال …: "هذا أمر يقرره السوريون"»: something else fronted, not his fate (guard)`,
    text: `${HEAD}وعن موعد المؤتمر، قال وزير الخارجية الأردني: "هذا أمر يقرره السوريون أنفسهم".${TAIL}`,
    expected: [],
  },
  {
    why: "«إن مسألة تنحي الرئيس غير مطروحة للنقاش»: «الرئيس» alone stands for him",
    text: `${HEAD}وقال نائب وزير الخارجية السوري إن مسألة تنحي الرئيس غير مطروحة للنقاش في جنيف.${TAIL}`,
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: "«إن مسألة تنحي الرئيس الأوكراني غير مطروحة للنقاش»: another country's president (guard)",
    text: `${HEAD}وقال وزير الخارجية الروسي إن مسألة تنحي الرئيس الأوكراني غير مطروحة للنقاش.${TAIL}`,
    expected: [],
  },
];

caseTable("review 20 (F9): Assad's fate in wordings no cue read: named by his crimes, fronted, a thing of the past", CASES);
