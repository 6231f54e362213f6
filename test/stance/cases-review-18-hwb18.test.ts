// Kinds found by the probe rounds: Iran, named only as the one whose taking part or invitation a sentence speaks of
// («مشاركة طهران», «حضور إيران», «الدعوة الإيرانية»), read as the holder of a cue on the conditions in the same
// sentence. Each row written for this table, not taken from the seeds, the development corpus or the probe's articles.
import { caseTable, type Case } from "./case-table";

/** A headline, so that the sentence under test is read as a body sentence. */
const HEAD = "مؤتمر جنيف 2 حول سوريا\n";
/** A body sentence with another speaker and no stance, before the one under test. */
const BEFORE = "وقال لافروف إن موسكو تتابع الاتصالات مع جميع الأطراف. ";
/** A closing body sentence with no stance. */
const TAIL = "\nوتتواصل التحضيرات لعقد المؤتمر في موعده.\n";

const CASES: Case[] = [
  // Her taking part, or the invitation sent to her, is what is spoken of; the conditions are the speaker's.
  {
    why: "«سحب الدعوة الإيرانية كان شرطاً لحضورنا»: the Iranian invitation is the one sent to her; the condition is the Coalition's",
    text: `${HEAD}${BEFORE}وقال المتحدث باسم الائتلاف إن سحب الدعوة الإيرانية كان شرطاً لحضورنا المؤتمر.${TAIL}`,
    expected: ["national_coalition geneva2_preconditions conditional", "national_coalition iran_participation oppose"],
  },
  {
    why: "«إن «مشاركة طهران صارت ضرورية»، فيما قال … إن القاهرة «ترفض وضع شروط»»: Egypt, no party, rejects them; not Iran",
    text: `${HEAD}${BEFORE}وقال دبلوماسي مصري إن «مشاركة طهران صارت ضرورية»، فيما قال وزير الخارجية المصري إن القاهرة «ترفض وضع شروط مسبقة على أي طرف».${TAIL}`,
    expected: [],
  },
  {
    why: "«موسكو تريد حضور إيران، وإنها ترفض أي شروط مسبقة»: the pronoun goes back to Moscow, not to Iran named before it",
    text: `${HEAD}${BEFORE}وقال مسؤول في الخارجية الروسية إن موسكو تريد حضور إيران، وإنها ترفض أي شروط مسبقة على المؤتمر.${TAIL}`,
    expected: ["russia geneva2_preconditions unconditional", "russia iran_participation support"],
  },
  {
    why: "«بلاده تؤيد مشاركة إيران في المؤتمر، وترفض أي شروط»: the verb joined by «و» is Russia's alone",
    text: `${HEAD}${BEFORE}وقال لافروف إن بلاده تؤيد مشاركة إيران في المؤتمر، وترفض أي شروط مسبقة من أي طرف.${TAIL}`,
    expected: ["russia geneva2_preconditions unconditional", "russia iran_participation support"],
  },
  {
    why: "«الأمريكيون أبلغونا أنهم يرحبون بحضور إيران، وأنهم يرفضون أي شروط»: an interview answer reports the Americans",
    text: `${HEAD}- الأمريكيون أبلغونا أنهم يرحبون بحضور إيران، وأنهم يرفضون أي شروط مسبقة على الحوار.${TAIL}`,
    expected: ["usa geneva2_preconditions unconditional", "usa iran_participation support"],
  },
  // Iran as the subject of the clause still holds it.
  {
    why: "«إن إيران ترفض أي شروط مسبقة»: Iran the subject (guard)",
    text: `${HEAD}${BEFORE}وقال ظريف إن إيران ترفض أي شروط مسبقة على الحوار.${TAIL}`,
    expected: ["iran geneva2_preconditions unconditional"],
  },
  {
    why: "«إن بلاده مستعدة لحضور المؤتمر دون شروط»: the Iranian minister's own country (guard)",
    text: `${HEAD}${BEFORE}وقال وزير الخارجية الإيراني إن بلاده مستعدة لحضور المؤتمر دون شروط مسبقة.${TAIL}`,
    expected: ["iran geneva2_preconditions unconditional", "iran iran_participation support"],
  },
  {
    why: "«أن استبعاد إيران خطأ، وأن طهران ترفض أي شروط»: Tehran named again as the subject of the next clause (guard)",
    text: `${HEAD}${BEFORE}وأكد عبد اللهيان أن استبعاد إيران خطأ، وأن طهران ترفض أي شروط مسبقة على الحوار.${TAIL}`,
    expected: ["iran geneva2_preconditions unconditional", "iran iran_participation support"],
  },
  {
    why: "«دمشق ترحب بمشاركة إيران، وإنها ستذهب … دون شروط»: already Damascus's (guard)",
    text: `${HEAD}${BEFORE}وقال المعلم إن دمشق ترحب بمشاركة إيران، وإنها ستذهب إلى جنيف دون شروط مسبقة.${TAIL}`,
    expected: ["syrian_government geneva2_preconditions unconditional", "syrian_government iran_participation support"],
  },
];

caseTable("review 18 (hwb18): Iran, the one whose taking part is spoken of, holds no conditions", CASES);
