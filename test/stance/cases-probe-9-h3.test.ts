// Kinds of sentence found by the held-out rounds r65-r67 (statements that are no party's position, and cues not
// found at all): each row written for this table, not taken from the seeds, the development corpus or the rounds.
import { caseTable, type Case } from "./case-table";

/** A headline, so that the sentence under test is read as a body sentence. */
const HEAD = "مؤتمر جنيف 2 حول سوريا\n";

const CASES: Case[] = [
  // Denials and denied rumours state nothing (CONTRACT.md).
  {
    why: "«نفى» and a denier named at length (eight words) before «ما تداولته …»: the report is denied",
    text: `${HEAD}ونفى الناطق الرسمي باسم وزارة الخارجية الأمريكية جون كيربي ما تداولته بعض الصحف العربية عن موافقة واشنطن على بقاء الأسد لفترة انتقالية.`,
    expected: [],
  },
  {
    why: "a denial, then «وقال:» and the denier's own words: those are his position (guard)",
    text: `${HEAD}ونفى عضو المكتب السياسي في الائتلاف الوطني السوري هشام مروة ما نقلته وكالات عن قبول الائتلاف بالحضور، وقال: "لن نذهب إلى جنيف ما لم يرحل الأسد".`,
    expected: ["national_coalition assad_role must_go", "national_coalition geneva2_preconditions conditional"],
  },
  {
    why: "a rumour, then «وهو ما سارع المتحدث باسم الخارجية التركية إلى نفيه»: denied, no one's position",
    text: `${HEAD}وأفادت تقارير صحفية بأن أنقرة تقبل بمرحلة انتقالية يرحل الأسد في نهايتها، وهو ما سارع المتحدث باسم الخارجية التركية إلى نفيه.`,
    expected: [],
  },
  // The writer's guesses and advice.
  {
    why: "«والحل في تقديري أن تشترط المعارضة …»: the writer's advice to a party is not its position",
    text: `${HEAD}والحل في تقديري أن تشترط المعارضة رحيل الأسد قبل الذهاب إلى جنيف.`,
    expected: [],
  },
  {
    why: "«ولعل طهران تريد من وراء …»: a guess governing the party's own verb is the writer's",
    text: `${HEAD}ولعل طهران تريد من وراء تمسكها ببقاء الأسد أن تحمي نفوذها في لبنان.`,
    expected: [],
  },
  {
    why: "a guess inside the speaker's quotation, before his own clause: his words are still his (guard)",
    text: `${HEAD}وقالت الخارجية الروسية: "ربما يتأجل المؤتمر، لكننا نريد مشاركة إيران فيه".`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "«في رأيي» inside a speaker's quotation is his own view (guard)",
    text: `${HEAD}وقال رئيس الائتلاف الوطني: "في رأيي، لن نذهب إلى جنيف ما لم يرحل الأسد".`,
    expected: ["national_coalition assad_role must_go", "national_coalition geneva2_preconditions conditional"],
  },
  // Not speaking of conditions; «من قبل» as "by".
  {
    why: "«دون أن يتطرق إلى مطالب المعارضة»: demands not spoken of are none refused",
    text: `${HEAD}وقال نائب وزير الخارجية السوري إن الحوار سيستمر مع الوفود الحاضرة، دون أن يتطرق إلى مطالب المعارضة.`,
    expected: [],
  },
  {
    why: "«ستشارك دون شروط مسبقة»: attending without conditions (guard)",
    text: `${HEAD}وقال نائب وزير الخارجية السوري إن الحكومة ستشارك في المؤتمر دون شروط مسبقة.`,
    expected: ["syrian_government geneva2_preconditions unconditional"],
  },
  {
    why: "«لن يقبل بأن تسرق ثورته من قبل الميليشيات»: «من قبل» names the agent, no condition of attending",
    text: `${HEAD}وقال رئيس الائتلاف الوطني إن الشعب السوري لن يقبل بأن تسرق ثورته من قبل الميليشيات الأجنبية.`,
    expected: [],
  },
  {
    why: "«لن نشارك في المؤتمر قبل رحيل الأسد»: «قبل» of time is a condition (guard)",
    text: `${HEAD}وقال رئيس الائتلاف الوطني: "لن نشارك في المؤتمر قبل رحيل الأسد".`,
    expected: ["national_coalition assad_role must_go", "national_coalition geneva2_preconditions conditional"],
  },
  // Cues not found before.
  {
    why: "«تضع شرطين لحضور إيران»: conditions on her attending, named by a dual noun, make it conditional",
    text: `${HEAD}وقال وزير الخارجية الأمريكي إن بلاده تضع شرطين لحضور إيران: أن تسحب قواتها من سوريا وأن تقبل بيان جنيف الأول.`,
    expected: ["usa iran_participation conditional"],
  },
  {
    why: "«لا تضع شروطاً لحضور إيران»: conditions refused, not set, read as before (guard)",
    text: `${HEAD}وقال وزير الخارجية الروسي إن موسكو لا تضع شروطا لحضور إيران.`,
    expected: ["russia geneva2_preconditions unconditional", "russia iran_participation support"],
  },
  {
    why: "«حل دائم مع بقاء الأسد في الحكم أمر مستحيل»: his staying held impossible",
    text: `${HEAD}وقال وزير الخارجية البريطاني إن حلا دائما مع بقاء الأسد في الحكم أمر مستحيل.`,
    expected: ["uk assad_role must_go"],
  },
  {
    why: "«الأسد سبب المشكلة، ولن يكون جزءاً من الحل»: what he is said to be first, then no part in the solution",
    text: `${HEAD}وقال وزير الخارجية القطري إن الأسد سبب المشكلة، ولن يكون جزءا من الحل.`,
    expected: ["qatar assad_role must_go"],
  },
  {
    why: "«أي حل سياسي دون إيران سيفشل»: a general rule that leaving her out fails wants her there",
    text: `${HEAD}وقال مساعد وزير الخارجية الروسي إن أي حل سياسي دون إيران سيفشل.`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "«أي مؤتمر يستثني المعارضة محكوم عليه بالفشل»: the rule about another party says nothing of Iran (guard)",
    text: `${HEAD}وقال مساعد وزير الخارجية الروسي إن أي مؤتمر يستثني المعارضة الداخلية محكوم عليه بالفشل.`,
    expected: [],
  },
  {
    why: "«مسألة الرئاسة يقررها السوريون» with Assad not named, said by the UN: left open (neutral)",
    text: `${HEAD}وقال الأمين العام للأمم المتحدة إن مسألة الرئاسة، كغيرها من المسائل، يقررها السوريون أنفسهم.`,
    expected: ["un assad_role neutral"],
  },
  {
    why: "the same said by Damascus keeps him (guard: fateLeftToSyrians)",
    text: `${HEAD}وقال وزير الخارجية السوري إن مقام الرئاسة يقرره الشعب السوري وحده.`,
    expected: ["syrian_government assad_role may_stay"],
  },
];

caseTable("ninth probe (h3): no party's position, and cues not found, in r65-r67", CASES);
