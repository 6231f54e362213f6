// Precision (3): cue words read with the wrong polarity or for the wrong topic: «قبل» telling the time, «على أن»
// after a verb of stressing, «دون تحقيق» demands, conditions set on Iran or stipulated by a plan, a described
// rejection, a denied report, and CONTRACT.md's conventions (Iran's own conditions; the mediator's neutrality). Each
// row is general news Arabic written for this table (not taken from the seeds or the development corpus).
import { caseTable, type Case } from "./case-table";

const CASES: Case[] = [
  {
    why: "«قبل» naming the talks is a time, not a condition on her taking part",
    text: "وقال وزير الخارجية البريطاني إن بلاده تريد مشاركة إيران قبل انطلاق المفاوضات.",
    expected: ["uk iran_participation support"],
  },
  {
    why: "«قبل» naming something required is still a condition of attending",
    text: "وقال رئيس الائتلاف الوطني السوري إن الوفد لن يشارك في المفاوضات قبل الإفراج عن المعتقلين.",
    expected: ["national_coalition geneva2_preconditions conditional"],
  },
  {
    why: "«شدد على أن» is the complement of stressing, not «on condition that»: the talks incomplete without Iran want her",
    text: "وشدد لافروف على أن المؤتمر الدولي سيكون ناقصا بدون مشاركة إيران.",
    expected: ["russia iran_participation support"],
  },
  {
    why: "her absence judged to leave the talks without meaning is rejected: the speaker wants her there (as the dev gold reads «غياب إيران … سيجعل المحادثات شكلية»)",
    text: "وقال لافروف إن غياب إيران عن المؤتمر سيجعل النقاشات بلا معنى حقيقي.",
    expected: ["russia iran_participation support"],
  },
  {
    why: "the invitation the Secretary-General extended to Iran is his support, even inside another's condition; its withdrawal required by the boycott is the Coalition's oppose",
    text: "وحذر الائتلاف الوطني السوري من أنه سيقاطع المؤتمر إذا لم يسحب بان كي مون الدعوة التي وجهها إلى إيران.",
    expected: [
      "national_coalition geneva2_preconditions conditional",
      "national_coalition iran_participation oppose",
      "un iran_participation support",
    ],
  },
  {
    why: "a negation governs the verb of setting conditions: «لا يمكن لأحد أن يفرض شروطاً» rejects them",
    text: "وقال وزير الخارجية الإيراني إن المشاركة في المحادثات لا يمكن لأحد أن يفرض عليها شروطا.",
    expected: ["iran geneva2_preconditions unconditional"],
  },
  {
    why: "«لا يمكن لأحد أن يفرض شروطاً» several words before the conditions still rejects them",
    text: "وقال ظريف إن بلاده ستحضر المحادثات ولا يمكن لأي طرف أن يفرض شروطا على مشاركتها.",
    // (Her coming announced by her own minister is also her support: dev's convention, iran-23 and hard-12.)
    expected: ["iran geneva2_preconditions unconditional", "iran iran_participation support"],
  },
  {
    why: "conditions called unrealistic with «غير الـ…» are rejected by the one describing them",
    text: "وانتقد لافروف المعارضة، واصفا الشروط المسبقة التي تضعها للمشاركة في المفاوضات بـ«غير الواقعية».",
    expected: ["russia geneva2_preconditions unconditional"],
  },
  {
    why: "a headline: the opposition's conditions for the talks, across a quoted name, called unrealistic",
    text: 'لافروف: شروط المعارضة للمشاركة في "مؤتمر جنيف" غير واقعية',
    expected: ["russia geneva2_preconditions unconditional"],
  },
  {
    why: "the conditions of a party contradicting the Geneva statement are rejected by the speaker",
    text: "وقال لافروف إن الشروط المسبقة للمعارضة تتعارض مع بيان جنيف الذي دعا إلى المفاوضات.",
    expected: ["russia geneva2_preconditions unconditional"],
  },
  {
    why: "«لن ندخل المفاوضات دون تحقيق مطالبنا»: demands unmet make attending conditional, not unconditional",
    text: "وقال رئيس الائتلاف الوطني السوري إن الوفد لن يدخل المفاوضات دون تحقيق مطالبه.",
    expected: ["national_coalition geneva2_preconditions conditional"],
  },
  {
    why: "«من دون الاستجابة لـ» demands: attending tied to them",
    text: "وقال رئيس الائتلاف الوطني السوري إن الوفد لن يشارك في المفاوضات من دون الاستجابة لمطالبه.",
    expected: ["national_coalition geneva2_preconditions conditional"],
  },
  {
    why: "conditions set on Iran («تشترط على طهران») are conditions on her taking part, not of the talks",
    text: "وقال وزير الخارجية الفرنسي إن فرنسا تشترط على طهران شرطين لقبول حضورها المفاوضات.",
    expected: ["france iran_participation conditional"],
  },
  {
    why: "accepting her taking part on conditions named several words later is no condition of the talks",
    text: "أعلنت بريطانيا أنها توافق على مشاركة طهران في المؤتمر الدولي المرتقب حول سوريا، في حال تلبيتها عدة شروط.",
    expected: ["uk iran_participation conditional"],
  },
  {
    why: "Iran conditioning her own taking part («مشاركة إيران مرهونة بـ») is a condition of attending (CONTRACT.md)",
    text: "وقال نائب وزير الخارجية الإيراني حسين أمير عبد اللهيان إن مشاركة إيران مرهونة بتوضيحات من واشنطن.",
    expected: ["iran geneva2_preconditions conditional"],
  },
  {
    why: "another party conditioning her taking part («مشاركة إيران مشروطة بـ») accepts her on terms",
    text: "وقال وزير الخارجية البريطاني إن مشاركة إيران في المؤتمر مشروطة بقبولها بيان جنيف.",
    expected: ["uk iran_participation conditional"],
  },
  {
    why: "the UN envoy leaving Assad's fate to the Syrians is the mediator's neutrality (CONTRACT.md)",
    text: "وقال المبعوث الأممي ستيفان دي ميستورا إن مصير الأسد يقرره الشعب السوري.",
    expected: ["un assad_role neutral"],
  },
  {
    why: "a party leaving Assad's fate to the Syrians keeps him",
    text: "وقال وزير الخارجية الروسي سيرغي لافروف إن مصير الأسد يقرره الشعب السوري.",
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "not insisting on his staying, then «وليست …» in a clause of its own: neutral",
    text: "وقال لافروف إن موسكو ليست متمسكة ببقاء الأسد وليست هي من يقرر مستقبله.",
    expected: ["russia assad_role neutral"],
  },
  {
    why: "conditions described as strange by another speaker stay their owner's; the describer rejects them",
    text: "وقال لافروف إن الائتلاف الوطني السوري قدم مطالب أخرى للمشاركة في المؤتمر، وهي مطالب وصفها لافروف بالغريبة.",
    expected: ["national_coalition geneva2_preconditions conditional", "russia geneva2_preconditions unconditional"],
  },
  {
    why: "a report whose truth the speaker denies states nothing; what he says after «قائلا» does",
    text: "ونفى ريابكوف صحة ما نشرته إحدى الصحف، من أن بريطانيا تقف ضد مشاركة إيران، قائلا إن واشنطن تقف ضد مشاركة إيران في المؤتمر.",
    expected: ["usa iran_participation oppose"],
  },
  {
    why: "demands presented at a meeting of ministers are no conditions of the talks",
    text: "وقال رئيس الائتلاف الوطني السوري إنه قدم مطالبنا خلال الاجتماع مع الوزراء الأوروبيين.",
    expected: [],
  },
  {
    why: "demands for attending the talks are conditions",
    text: "وقال رئيس الائتلاف الوطني السوري إنه قدم مطالبنا للمشاركة في المفاوضات.",
    expected: ["national_coalition geneva2_preconditions conditional"],
  },
  {
    why: "never setting a condition on the transition names no condition of the talks",
    text: "وقال وزير الخارجية الفرنسي إن المرحلة الانتقالية لا تضع شرط رحيل الأسد قبل بدايتها.",
    expected: ["france assad_role may_stay"],
  },
  {
    why: "the terms of a timetable («شروط الجدول الزمني») are no conditions of the talks",
    text: "وقال وزير الخارجية الفرنسي إن الاجتماع بحث شروط الجدول الزمني للمفاوضات المقبلة.",
    expected: [],
  },
  {
    why: "a settlement plan stipulating his departure is a stance on Assad, not a condition for attending",
    text: "وأعلنت الهيئة العليا للمفاوضات موافقتها على مقترح تسوية يشترط رحيل الأسد قبل المفاوضات.",
    expected: ["hnc assad_role must_go"],
  },
];

caseTable("precision (3): polarity and topic of cue words", CASES);
