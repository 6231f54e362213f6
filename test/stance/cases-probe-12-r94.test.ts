// Kinds of sentence found by the probe round r94: a summary sentence giving each party its own clause (answering
// «يردون بأن», «يجيب», «يكتفون بالقول»), Iran asking for a seat of her own in the plural or with «تسعى», the illusion
// of whoever bets on Assad's going («يراهن على سراب», «أضغاث أحلام», «سينتظر طويلاً»), an agenda with no item on the
// presidency and the unnamed official source of the Syrian news agency, and the topic of «أما X فـ…» inside another's
// words. Each row written for this table, not taken from the seeds, the development corpus or the round's articles.
import { caseTable, type Case } from "./case-table";

/** A headline, so that the sentence under test is read as a body sentence. */
const HEAD = "مؤتمر جنيف 2 حول سوريا\n";
/** A closing body sentence with no stance. */
const TAIL = "\nوتتواصل التحضيرات لعقد المؤتمر في موعده.\n";

const CASES: Case[] = [
  // 1. Each party heading its own clause: the second clause's verb of answering gives its cue to its own subject.
  {
    why: "«فالأميركيون يقولون إن …، والروس يردون بأن رحيله ليس شرطاً»: each clause its own subject",
    text: `${HEAD}فالأتراك يقولون إن على الأسد أن يرحل، والروس يردون بأن رحيله ليس شرطاً.${TAIL}`,
    expected: ["turkey assad_role must_go", "russia assad_role may_stay", "russia geneva2_preconditions unconditional"],
  },
  {
    why: "«…، فيما يرد الوفد الحكومي بأن مقام الرئاسة خط أحمر»: VS order after «فيما»",
    text: `${HEAD}يطالب الائتلاف برحيل الأسد، فيما يرد الوفد الحكومي بأن مقام الرئاسة خط أحمر.${TAIL}`,
    expected: ["national_coalition assad_role must_go", "syrian_government assad_role may_stay"],
  },
  {
    why: "«ويرد الوفد الرسمي بأن …»: the official delegation, named bare",
    text: `${HEAD}تقول المعارضة إن الأسد فقد شرعيته، ويرد الوفد الرسمي بأن الرئاسة ليست مطروحة للنقاش.${TAIL}`,
    expected: ["syrian_opposition assad_role must_go", "syrian_government assad_role may_stay"],
  },
  {
    why: "«…، بينما يجيب الإيرانيون بأن …»: a verb of answering",
    text: `${HEAD}الفرنسيون يطالبون برحيل الأسد، بينما يجيب الإيرانيون بأن رحيله ليس شرطاً.${TAIL}`,
    expected: ["france assad_role must_go", "iran assad_role may_stay", "iran geneva2_preconditions unconditional"],
  },
  {
    why: "«والروس يكتفون بالقول إن …»: only saying it",
    text: `${HEAD}الأمريكيون يريدون رحيل الأسد، والروس يكتفون بالقول إن رحيله ليس شرطاً.${TAIL}`,
    expected: ["usa assad_role must_go", "russia assad_role may_stay", "russia geneva2_preconditions unconditional"],
  },
  {
    why: "«ولم يرد الائتلاف على سؤال حول رحيل الأسد»: not answering, no «بأن» (guard)",
    text: `${HEAD}ولم يرد الائتلاف على سؤال حول رحيل الأسد.${TAIL}`,
    expected: [],
  },
  {
    why: "«وقال الائتلاف إن الجيش الحر يرد على الهجوم، وإن …»: a military response, the speaker holds the rest (guard)",
    text: `${HEAD}وقال الائتلاف إن الجيش الحر يرد على الهجوم، وإن رحيل الأسد شرط للحل.${TAIL}`,
    expected: ["national_coalition assad_role must_go"],
  },
  // 2. Iran asking for her own seat or place: her own taking part.
  {
    why: "«والإيرانيون يطالبون بمقعد على الطاولة»: the plural of her people",
    text: `${HEAD}والإيرانيون يطالبون بمقعد على الطاولة.${TAIL}`,
    expected: ["iran iran_participation support"],
  },
  {
    why: "«إيران تسعى إلى مكان في جنيف»: seeking a place",
    text: `${HEAD}إيران تسعى إلى مكان في جنيف.${TAIL}`,
    expected: ["iran iran_participation support"],
  },
  {
    why: "«الإيرانيون يريدون مقعداً في المؤتمر»",
    text: `${HEAD}الإيرانيون يريدون مقعداً في المؤتمر.${TAIL}`,
    expected: ["iran iran_participation support"],
  },
  {
    why: "«طهران تسعى للحصول على مقعد في المؤتمر»",
    text: `${HEAD}طهران تسعى للحصول على مقعد في المؤتمر.${TAIL}`,
    expected: ["iran iran_participation support"],
  },
  {
    why: "«السعوديون يرفضون أي مقعد لإيران»: another's refusal (unchanged)",
    text: `${HEAD}والسعوديون يرفضون أي مقعد لإيران.${TAIL}`,
    expected: ["saudi_arabia iran_participation oppose"],
  },
  {
    why: "«الائتلاف يطالب بمقعد على الطاولة»: a seat of its own, no Iran (guard)",
    text: `${HEAD}الائتلاف يطالب بمقعد على الطاولة.${TAIL}`,
    expected: [],
  },
  // 3. Whoever bets on his going bets on an illusion: the speaker's may_stay.
  {
    why: "«من يراهن على تنحي الأسد يراهن على سراب»",
    text: `${HEAD}وقال الشيخ نعيم قاسم إن «من يراهن على تنحي الرئيس الأسد في المؤتمر يراهن على سراب».${TAIL}`,
    expected: ["hezbollah assad_role may_stay"],
  },
  {
    why: "«الحديث عن تنحي الرئيس أضغاث أحلام»",
    text: `${HEAD}وقال نصرالله إن الحديث عن تنحي الرئيس في المؤتمر «أضغاث أحلام».${TAIL}`,
    expected: ["hezbollah assad_role may_stay"],
  },
  {
    why: "«من ينتظر رحيل الأسد سينتظر طويلاً»",
    text: `${HEAD}وقال لافروف إن من ينتظر رحيل الأسد سينتظر طويلاً.${TAIL}`,
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "«المطالبة برحيل الأسد مجرد أحلام»: the demand called dreams",
    text: `${HEAD}وقال الزعبي إن المطالبة برحيل الأسد مجرد أحلام.${TAIL}`,
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: "«بقاء الأسد في السلطة سراب»: his staying called a mirage",
    text: `${HEAD}وقال الجربا إن بقاء الأسد في السلطة سراب.${TAIL}`,
    expected: ["national_coalition assad_role must_go"],
  },
  {
    why: "«من يطالب برحيل الأسد يحقق أحلام الشعب»: dreams fulfilled, not an illusion (guard)",
    text: `${HEAD}وقال الجربا إن المطالبة برحيل الأسد تحقق أحلام الشعب السوري.${TAIL}`,
    expected: ["national_coalition assad_role must_go"],
  },
  // 4. An agenda with no item on the presidency, and SANA's unnamed official source.
  {
    why: "«وليس في جدول أعماله أي بند يتعلق بمنصب الرئيس»",
    text: `${HEAD}وقال المقداد إن الوفد سيذهب، وليس في جدول أعماله أي بند يتعلق بمنصب الرئيس.${TAIL}`,
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: "«جدول أعمال الوفد لا يتضمن أي بند يخص الرئاسة»",
    text: `${HEAD}وقال المعلم إن جدول أعمال الوفد لا يتضمن أي بند يخص الرئاسة.${TAIL}`,
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: '«قال مصدر رسمي لوكالة الأنباء السورية "سانا" إن …»: SANA\'s unnamed source',
    text: `${HEAD}وقال مصدر رسمي لوكالة الأنباء السورية "سانا" إن مقام الرئاسة خط أحمر.${TAIL}`,
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: "«ونقلت سانا عن مصدر مسؤول قوله إن …»",
    text: `${HEAD}ونقلت سانا عن مصدر مسؤول قوله إن منصب الرئيس ليس مطروحاً للنقاش.${TAIL}`,
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: "«وقال مصدر رسمي إن …»: no agency named, no party (guard)",
    text: `${HEAD}وقال مصدر رسمي إن مقام الرئاسة خط أحمر.${TAIL}`,
    expected: [],
  },
  {
    why: "«ليس في جدول أعمال المؤتمر أي بند يتعلق بمكافحة الإرهاب»: another item (guard)",
    text: `${HEAD}وقال الجربا إنه ليس في جدول أعمال المؤتمر أي بند يتعلق بمكافحة الإرهاب.${TAIL}`,
    expected: [],
  },
  // 5. «أما X فـ<verb>» inside another's words: X holds its clause.
  {
    why: "«أما المعارضة، أو ما يسمى المعارضة، فتضع الشروط، وأولها تنحي الرئيس» said by another",
    text: `${HEAD}وقال نصرالله إن «الحكومة ذاهبة إلى الحوار، أما المعارضة، أو ما يسمى المعارضة، فتضع الشروط، وأولها تنحي الرئيس بشار الأسد».${TAIL}`,
    expected: ["syrian_opposition geneva2_preconditions conditional", "syrian_opposition assad_role must_go"],
  },
  {
    why: "«أما الائتلاف، الذي تموله الرياض، فيطالب بتنحي الرئيس»: past a relative clause naming another",
    text: `${HEAD}وقال المقداد: «نحن ذاهبون إلى الحوار، أما الائتلاف، الذي تموله الرياض، فيطالب بتنحي الرئيس».${TAIL}`,
    expected: ["national_coalition assad_role must_go"],
  },
  {
    why: "«أما الإبراهيمي، …، فقد غادر قبيل رحيله»: a person's own going (guard)",
    text: `${HEAD}أما الإبراهيمي، الذي استقال من مهمته، فقد حذر قبيل رحيله من فشل المؤتمر.${TAIL}`,
    expected: [],
  },
];

caseTable("probe 12 (r94): parties' own clauses, Iran's seat, the illusion of his going, SANA's source, «أما X فـ»", CASES);
