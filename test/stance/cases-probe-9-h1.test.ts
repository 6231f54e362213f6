// Kinds of sentence found by a ninth probe on holders (the held-out rounds r65-r67, read after their first run): the
// one who reports, the one addressed or asked, or a place taken for the one who holds a position. Each row written
// for this table, not taken from the seeds, the development corpus or the probe's articles.
import { caseTable, type Case } from "./case-table";

/** A headline, so that the sentence under test is read as a body sentence. */
const HEAD = "مؤتمر جنيف 2 حول سوريا\n";
/** A body line after a headline under test. */
const BODY = "\nوقال المتحدث إن المؤتمر مهم.";

const CASES: Case[] = [
  // The one told is not the one who speaks.
  {
    why: "«إن اللجنة التنفيذية أبلغت الأمم المتحدة أن الائتلاف سيعلق مشاركته ما لم …»: the one told is no speaker; the clause's subject holds it",
    text: `${HEAD}وقال المتحدث باسم المعارضة إن اللجنة التنفيذية أبلغت الأمم المتحدة أن الائتلاف سيعلق مشاركته في المؤتمر ما لم تسحب الدعوة الموجهة إلى إيران.`,
    expected: ["national_coalition geneva2_preconditions conditional", "national_coalition iran_participation oppose"],
  },
  {
    why: "«وأبلغ لافروف نظيره الأمريكي أن موسكو ترفض …»: a verb of informing opening its clause has its speaker after it (guard)",
    text: `${HEAD}وأبلغ لافروف نظيره الأمريكي أن موسكو ترفض أي شروط مسبقة لانعقاد المؤتمر.`,
    expected: ["russia geneva2_preconditions unconditional"],
  },
  {
    why: "«إن دمشق ستحضر المؤتمر دون شروط»: a verb of the future opens the reported clause of its subject",
    text: `${HEAD}وقال لافروف إن دمشق ستحضر المؤتمر دون شروط مسبقة.`,
    expected: ["syrian_government geneva2_preconditions unconditional"],
  },
  {
    why: "«إن المعارضة ستضطر إلى الذهاب دون شروط»: what a party will be forced to do is no position of it (guard)",
    text: `${HEAD}وقال محلل سياسي إن المعارضة ستضطر في النهاية إلى الذهاب إلى جنيف دون شروط.`,
    expected: [],
  },
  // Partners and brothers of the one reporting.
  {
    why: "«أن الشركاء في الولايات المتحدة لا يزالون يعارضون …»: the partners in a state are that state, not the reporter",
    text: `${HEAD}وأوضح نائب وزير الخارجية الروسي أن الشركاء في الولايات المتحدة لا يزالون يعارضون مشاركة طهران في المؤتمر.`,
    expected: ["usa iran_participation oppose"],
  },
  {
    why: '«إن "حلفاءنا الأمريكيين … يرفضون …، وكذلك يفعل الأشقاء في السعودية"»: the allies hold it, and so does the one doing likewise',
    text: `${HEAD}وقال لافروف إن "حلفاءنا الأمريكيين ما زالوا يرفضون دعوة إيران، وكذلك يفعل الأشقاء في السعودية".`,
    expected: ["saudi_arabia iran_participation oppose", "usa iran_participation oppose"],
  },
  {
    why: "«…، وكذلك تفعل فرنسا»: a state said to do likewise holds what the clause before says",
    text: `${HEAD}وقال لافروف إن الأمريكيين يرفضون دعوة إيران، وكذلك تفعل فرنسا.`,
    expected: ["france iran_participation oppose", "usa iran_participation oppose"],
  },
  {
    why: "«…، وإن فرنسا تتفهم موقفهم»: a state named after the clause without «كذلك يفعل» holds nothing of it (guard)",
    text: `${HEAD}وقال لافروف إن الأمريكيين يرفضون دعوة إيران، وإن فرنسا تتفهم موقفهم.`,
    expected: ["usa iran_participation oppose"],
  },
  // A second item of the listed conditions.
  {
    why: "«ومنها وضع جدول زمني لرحيل الأسد ونقل صلاحياته إلى حكومة انتقالية»: the second item is the setter's too, not the speaker's",
    text: `${HEAD}وبشأن الشروط التي يضعها الائتلاف الوطني للمشاركة، ومنها وضع جدول زمني لرحيل الرئيس بشار الأسد ونقل صلاحياته كلها إلى حكومة انتقالية، قال لافروف إن هذه الشروط غير مقبولة.`,
    expected: ["national_coalition assad_role must_go", "russia geneva2_preconditions unconditional"],
  },
  // A place is no holder.
  {
    why: "«خلال زيارته لطهران»: a capital joined to «ل» after a visit is where he went, not who holds the position",
    text: `${HEAD}وكان وزير الخارجية القطري قد لمح خلال زيارته لطهران إلى القبول بمرحلة انتقالية يكون الأسد جزءا منها.`,
    expected: [],
  },
  {
    why: "«قال لافروف خلال زيارته للرياض إن …»: the speaker still holds what he says there (guard)",
    text: `${HEAD}وقال لافروف خلال زيارته للرياض إن الأسد يجب أن يبقى.`,
    expected: ["russia assad_role may_stay"],
  },
  // Headlines: the accuser goes on, a second speaker after «و».
  {
    why: "«طهران تتهم واشنطن بعرقلة … وتقول: لن نقبل دعوة مشروطة»: the accuser goes on speaking; the accused holds none of it (her refusing terms on her own coming is hers: dev iran-04, assad-17)",
    text: `طهران تتهم واشنطن بعرقلة حضورها المؤتمر وتقول: لن نقبل دعوة مشروطة${BODY}`,
    expected: ["iran geneva2_preconditions unconditional"],
  },
  {
    why: "«واتهم لافروف الائتلاف بوضع شروط تعجيزية»: the judgement stays the accuser's reading; the conditions charged are the accused's (guard)",
    text: `${HEAD}واتهم لافروف الائتلاف بوضع شروط تعجيزية لحضور المؤتمر.`,
    expected: ["national_coalition geneva2_preconditions conditional", "russia geneva2_preconditions unconditional"],
  },
  {
    why: "«كيري يدعو طهران إلى جنيف والجبير: على إيران أن …»: a person joined by «و» before a headline's colon speaks after it",
    text: `كيري يدعو طهران إلى جنيف والجبير: على إيران أن تقبل برحيل الأسد${BODY}`,
    expected: ["saudi_arabia assad_role must_go", "saudi_arabia iran_participation conditional"],
  },
  {
    why: "«الائتلاف يقرر … والجربا: لن نساوم على رحيل الأسد»: not bargaining over his departure wants him gone",
    text: `الائتلاف يقرر حضور المؤتمر والجربا: لن نساوم على رحيل الأسد${BODY}`,
    expected: ["national_coalition assad_role must_go"],
  },
  {
    why: '«قال كيري في مؤتمر صحفي مع فابيوس والجربا: "…"»: in a body line the name before the colon is not a second speaker (guard)',
    text: `${HEAD}وقال كيري في مؤتمر صحفي مع نظيره الفرنسي فابيوس والجربا: "لا مكان للأسد في مستقبل سوريا".`,
    expected: ["usa assad_role must_go"],
  },
  // The one asked is not the holder.
  {
    why: "«كيري يطالب الائتلاف بالذهاب … دون شروط»: the one asked to go without conditions is not the one who asks",
    text: `${HEAD}لكن كيري يطالب الائتلاف الوطني بالذهاب إلى المؤتمر دون شروط مسبقة.`,
    expected: ["usa geneva2_preconditions unconditional"],
  },
  {
    why: "«لكنه في الوقت ذاته يطالب الائتلاف بحضور جنيف دون شروط»: the pronoun asks, the name after the verb is asked",
    text: `${HEAD}وأكد الوزير الأمريكي كيري أن الأسد فقد شرعيته، لكنه في الوقت ذاته يطالب الائتلاف بحضور جنيف دون شروط مسبقة.`,
    expected: ["usa assad_role must_go", "usa geneva2_preconditions unconditional"],
  },
  {
    why: "«وطالب الائتلاف الأمم المتحدة بسحب الدعوة»: a verb of asking opening its clause has its subject after it (guard)",
    text: `${HEAD}وطالب الائتلاف الأمم المتحدة بسحب الدعوة الموجهة إلى إيران.`,
    expected: ["national_coalition iran_participation oppose"],
  },
  {
    why: "«الأسد الذي تطالب واشنطن برحيله»: a relative clause's verb of asking has its subject after it (guard)",
    text: `${HEAD}وقال المقداد إن الأسد الذي تطالب واشنطن برحيله باق في منصبه.`,
    expected: ["usa assad_role must_go"],
  },
];

caseTable("Ninth probe (H1): the one reporting, told, asked or visited is not the holder", CASES);
