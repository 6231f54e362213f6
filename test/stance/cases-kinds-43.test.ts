// Kinds mended in the forty-third probe: an emphatic repetition between commas («لا تقبل، ولن تقبل، أي شروط», «لا
// يجوز، وأكرر لا يجوز، أن …»); an aside of comment before «أن» («لا ينبغي، كما أكدنا مراراً، أن يكون …»), which the
// phrase rules now read through too; his going put forward as a condition («طرح الائتلاف رحيل الأسد كشرط»); a body
// no party is (the West, «هؤلاء», armed groups) as the subject of what the speaker reports; attempts («تحاول فرض») as
// verbs of position; Iran's taking part or invitation said to be free of conditions (support), or refused or denied
// as such (conditional).
import { caseTable, type Case } from "./case-table";

const T = "جنيف 2: مواقف\n\n";

const CASES: Case[] = [
  {
    why: "a negation repeated between commas («لا تقبل، ولن تقبل، أي شروط») still governs the conditions after it",
    text: `${T}وقال وزير الخارجية الأردني إن المملكة لا تقبل، ولن تقبل، أي شروط مسبقة على أي طرف قبل انعقاد المؤتمر.`,
    expected: ["jordan geneva2_preconditions unconditional"],
  },
  {
    why: "«وأكرر لا يجوز» between commas repeats the negation; it is not counted a second time (which would undo it)",
    text: `${T}وقال نائب وزير الخارجية الروسي إنه لا يجوز، وأكرر لا يجوز، أن يكون تنحي الأسد شرطا لانطلاق الحوار.`,
    expected: ["russia assad_role may_stay", "russia geneva2_preconditions unconditional"],
  },
  {
    why: "an aside of comment before «أن» («، كما أكدنا مراراً، أن يكون») is passed over by the composed cues and the phrase rules",
    text: `${T}وقالت المتحدثة باسم الخارجية الإيرانية إنه لا ينبغي، كما أكدنا مرارا، أن يكون رحيل الأسد شرطا مسبقا للمفاوضات.`,
    expected: ["iran assad_role may_stay", "iran geneva2_preconditions unconditional"],
  },
  {
    why: "«وأكرر» alone between commas is a repetition: the refusal before it reaches the conditions",
    text: `${T}وقال وزير الخارجية الإيراني: لا نقبل، وأكرر، أي شروط مسبقة على مشاركة الأطراف في جنيف.`,
    expected: ["iran geneva2_preconditions unconditional"],
  },
  {
    why: "guard: an aside of source («، في تصريحات نقلتها وكالة الجمهورية الإسلامية،») is not blanked for the phrase rules, which read the name in it",
    text: `${T}وقال عبد اللهيان، في تصريحات نقلتها وكالة الجمهورية الإسلامية للأنباء، إن بلاده مستعدة للمشاركة في المؤتمر إذا دعيت إليه.`,
    expected: ["iran iran_participation support"],
  },
  {
    why: "his going put forward as a condition by a party («طرح الائتلاف رحيل الأسد كشرط») is demanded, not talk of it",
    text: `${T}وقال مصدر في الائتلاف إن الائتلاف طرح رحيل الأسد كشرط مسبق لحضور المؤتمر الدولي.`,
    expected: ["national_coalition assad_role must_go", "national_coalition geneva2_preconditions conditional"],
  },
  {
    why: "«طرحت» with its subject after it is a verb of position: the body named holds the condition and his going",
    text: `${T}وطرحت الهيئة العليا للمفاوضات تنحي الأسد شرطا لبدء المفاوضات في جنيف.`,
    expected: ["hnc assad_role must_go", "hnc geneva2_preconditions conditional"],
  },
  {
    why: "guard: the verbal noun («إن طرح رحيل الأسد كشرط مسبق يعرقل الحل») names what the speaker judges, not his demand",
    text: `${T}وقال الرئيس الإيراني إن طرح رحيل الأسد كشرط مسبق يعرقل أي حل سياسي.`,
    expected: ["iran assad_role may_stay"],
  },
  {
    why: "the West as the subject of what the speaker reports («إن الغرب يريد رحيل الأسد») holds it; the speaker does not",
    text: `${T}وقال وزير الخارجية السوري إن الغرب يريد رحيل الأسد بأي ثمن.`,
    expected: [],
  },
  {
    why: "«إن الدول الغربية تحاول فرض شروط» reports what they attempt; the speaker sets no condition",
    text: `${T}وقال وزير الخارجية الروسي إن الدول الغربية تحاول فرض شروط مسبقة على الحوار السوري.`,
    expected: [],
  },
  {
    why: "guard: a party named beside the West («الغرب وتركيا يريدان») holds what they want",
    text: `${T}وقال المعلم إن الغرب وتركيا يريدان رحيل الأسد.`,
    expected: ["turkey assad_role must_go"],
  },
  {
    why: "guard: the people («إن الشعب السوري يريد») are not a body of others: the speaker speaks for them",
    text: `${T}وقال رئيس الائتلاف إن الشعب السوري يريد رحيل الأسد.`,
    expected: ["national_coalition assad_role must_go"],
  },
  {
    why: "an attempt as the verb of the reported clause («أن واشنطن تحاول فرض رحيل الأسد»): its subject holds what it attempts",
    text: `${T}وأكد وزير الخارجية الإيراني أن واشنطن تحاول فرض رحيل الأسد عبر المفاوضات.`,
    expected: ["usa assad_role must_go"],
  },
  {
    why: "Iran's taking part said to be free of conditions is wanted (support), not a reading of the talks' preconditions",
    text: `${T}وقال المتحدث باسم الخارجية الروسية إن مشاركة إيران في المؤتمر يجب أن تكون غير مشروطة.`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "an invitation to Tehran said to be unconditional («دعوة موسكو لطهران غير مشروطة») is support from the inviter",
    text: `${T}وقال المندوب الروسي إن دعوة موسكو لطهران غير مشروطة.`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "guard: the dialogue itself unconditional («الحوار … يجب أن يكون غير مشروط») is still the talks' preconditions rejected",
    text: `${T}وقال المندوب الروسي إن الحوار بين الحكومة والمعارضة يجب أن يكون غير مشروط.`,
    expected: ["russia geneva2_preconditions unconditional"],
  },
  {
    why: "Iran's taking part said not to be free of conditions («لا يمكن أن تكون غير مشروطة») is conditional, not support",
    text: `${T}وقال المتحدث باسم الخارجية البريطانية إن مشاركة إيران في جنيف لا يمكن أن تكون غير مشروطة.`,
    expected: ["uk iran_participation conditional"],
  },
  {
    why: "her attendance refused as free of conditions («لا تقبل حضور طهران … دون شروط») is accepted on terms: conditional",
    text: `${T}وقال وزير الخارجية التركي إن أنقرة لا تقبل حضور طهران المؤتمر دون شروط مسبقة.`,
    expected: ["turkey iran_participation conditional"],
  },
  {
    why: "«ترفض أن تكون دعوة إيران غير مشروطة»: the refusal of a free invitation is conditional, not oppose",
    text: `${T}وقال وزير الخارجية الفرنسي إن باريس ترفض أن تكون دعوة إيران غير مشروطة.`,
    expected: ["france iran_participation conditional"],
  },
  {
    why: 'a repetition with an adverb of "ever" («، ولن تقبل أبداً،») is still a repetition',
    text: `${T}وقال نائب وزير الخارجية الروسي إن موسكو لا تقبل، ولن تقبل أبدا، أن يكون تنحي الأسد شرطا للحوار.`,
    expected: ["russia assad_role may_stay", "russia geneva2_preconditions unconditional"],
  },
  {
    why: "«، وأقولها بوضوح،» is an aside of comment: the refusal before it reaches his part in the transition",
    text: `${T}وقال وزير الخارجية الأمريكي: لا يمكن، وأقولها بوضوح، أن يكون الأسد جزءا من المرحلة الانتقالية.`,
    expected: ["usa assad_role must_go"],
  },
  {
    why: "«قد» between the party and «طرح» («كان رئيس الائتلاف قد طرح تنحي الأسد شرطاً»): still its verb of position",
    text: `${T}وكان رئيس الائتلاف قد طرح تنحي الأسد شرطا لمشاركة المعارضة في جنيف.`,
    expected: ["national_coalition assad_role must_go", "national_coalition geneva2_preconditions conditional"],
  },
  {
    why: "a place between the subject of «طرح» and his going («طرح الائتلاف الوطني في إسطنبول رحيل الأسد شرطاً»)",
    text: `${T}وطرح الائتلاف الوطني في إسطنبول رحيل الأسد شرطا لحضور المؤتمر.`,
    expected: ["national_coalition assad_role must_go", "national_coalition geneva2_preconditions conditional"],
  },
  {
    why: "«أعداء سوريا» are no party though Syria is named in the words: what they want is not the speaker's",
    text: `${T}وقال وزير الخارجية السوري إن أعداء سوريا يريدون رحيل الأسد.`,
    expected: [],
  },
  {
    why: "an aside of comment right after his name («الأسد، في أي حال، لا يمكن أن يبقى») is read through by the composed cues",
    text: `${T}وقال وزير الخارجية البريطاني إن الأسد، في أي حال، لا يمكن أن يبقى في السلطة.`,
    expected: ["uk assad_role must_go"],
  },
  {
    why: "«، برأينا،» between Iran and what she must do is an aside of comment: her taking part is wanted",
    text: `${T}وقال نائب وزير الخارجية الروسي إن إيران، برأينا، يجب أن تشارك في المؤتمر.`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "an invitation that must not be conditional («يجب ألا تكون مشروطة بأي شيء») wants her there: support, not conditional",
    text: `${T}وقال المندوب الروسي إن دعوة طهران إلى المؤتمر يجب ألا تكون مشروطة بأي شيء.`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "her attendance said not to hang on a term («لن يكون مشروطاً بقبول بيان جنيف 1») is support, no condition of hers",
    text: `${T}وقالت المتحدثة باسم الخارجية الإيرانية إن حضور إيران لن يكون مشروطا بقبول بيان جنيف 1.`,
    expected: ["iran iran_participation support"],
  },
  {
    why: "a refusal of other words («تعارض», «لا تريد») of her taking part free of conditions is conditional too, not support",
    text: `${T}وقال وزير الخارجية البريطاني إن لندن تعارض مشاركة طهران في المؤتمر دون شروط.`,
    expected: ["uk iran_participation conditional"],
  },
  {
    why: "guard: «دون شروط» on the conference of a relative clause after her name («المؤتمر الذي يجب أن يعقد دون شروط») is the talks'",
    text: `${T}وقال لافروف إن روسيا ترحب بمشاركة إيران في المؤتمر الذي يجب أن يعقد دون شروط مسبقة.`,
    expected: ["russia geneva2_preconditions unconditional", "russia iran_participation support"],
  },
  {
    why: "guard: after an aside of occasion («، في مؤتمر صحفي،») «أن» opens the reported clause; «لم يخف» does not reach into it",
    text: `${T}ولم يخف وزير الخارجية الفرنسي، في مؤتمر صحفي، أن بلاده تطالب برحيل الأسد.`,
    expected: ["france assad_role must_go"],
  },
  {
    why: "his going put forward «بوصفه شرطاً» is demanded like «كشرط»",
    text: `${T}وقال مصدر معارض إن الائتلاف طرح رحيل الأسد بوصفه شرطا مسبقا.`,
    expected: ["national_coalition assad_role must_go"],
  },
];

caseTable("kinds of the forty-third probe", CASES);
