// Kinds of sentence on Assad's role found in the held-out pool r74-r79 (his fate left to the Syrians said in more
// ways; no role or place for him with words between, in a final statement; the one asked answering): each row
// written for this table, not taken from the seeds, the development corpus or the pool's articles.
import { caseTable, type Case } from "./case-table";

/** A headline, so that the sentence under test is read as a body sentence. */
const HEAD = "مؤتمر جنيف 2 حول سوريا\n";

const CASES: Case[] = [
  // His fate left to the Syrians: «مصير رئيسه», who rules them, an elected president, «ما من أحد يملك».
  {
    why: "«الشعب السوري وحده يقرر مصير رئيسه»: the people's own president is he, Assad unnamed",
    text: `${HEAD}وقال نائب وزير الخارجية الإيراني إن الشعب السوري وحده من يقرر مصير رئيسه في صناديق الاقتراع.`,
    expected: ["iran assad_role may_stay"],
  },
  {
    why: "«الشعب الإيراني وحده يقرر مصير رئيسه»: another people's president is not he (guard)",
    text: `${HEAD}وقال نائب وزير الخارجية الإيراني إن الشعب الإيراني وحده من يقرر مصير رئيسه.`,
    expected: [],
  },
  {
    why: "«ما من أحد يملك أن يقرر نيابة عن السوريين من يحكمهم»: no one decides who rules them, said by Damascus",
    text: `${HEAD}وقال وزير الخارجية السوري إن ما من أحد في الخارج يملك أن يقرر نيابة عن السوريين من يحكمهم.`,
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: "«لا أحد يملك صلاحية تحديد مصير رئيس منتخب»: an elected president's fate, no one's to decide",
    text: `${HEAD}وقال وزير الخارجية الروسي إن لا أحد يملك صلاحية تحديد مصير رئيس منتخب.`,
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "«لا أحد يستطيع أن يقرر من يحكم سوريا» said by the UN's envoy: his fate left open (neutral)",
    text: `${HEAD}وقال المبعوث الدولي ستيفان دي ميستورا إنه لا أحد يستطيع أن يقرر من يحكم سوريا غير السوريين.`,
    expected: ["un assad_role neutral"],
  },
  {
    why: "«لا أحد يستطيع أن يقرر من يحكم في ليبيا»: who rules another country is not his office (guard)",
    text: `${HEAD}وقال وزير الخارجية الروسي إن لا أحد يستطيع أن يقرر من يحكم في ليبيا.`,
    expected: [],
  },
  {
    why: "«إنهم ليسوا متمسكين بشخص الأسد»: not attached to him, said of others in the plural",
    text: `${HEAD}وقال الوزير الروسي إن المسؤولين في موسكو ليسوا متمسكين بشخص الأسد بل بمؤسسات الدولة.`,
    expected: ["russia assad_role neutral"],
  },
  // The one asked answers; «أما X فـ…، قائلاً».
  {
    why: "«سُئل المبعوث … عن …، فأجاب بأن …»: the answer is the one asked's",
    text: `${HEAD}في نيويورك، سئل الأمين العام للأمم المتحدة بان كي مون عن مستقبل الرئاسة، فأجاب بأن مستقبل الرئاسة يقرره السوريون.`,
    expected: ["un assad_role neutral"],
  },
  {
    why: "«سُئل لافروف عن موقف واشنطن، فقال إن الأمريكيين يريدون رحيل الأسد»: reported by the one asked, held by the one named",
    text: `${HEAD}وسئل لافروف عن موقف واشنطن، فقال إن الأمريكيين ما زالوا يريدون رحيل الأسد.`,
    expected: ["usa assad_role must_go"],
  },
  {
    why: "«سُئل الوزير عن احتمال … فأجاب بأن الأمر سابق لأوانه»: what one is asked about is still no position (guard)",
    text: `${HEAD}وسئل وزير الخارجية الفرنسي عن احتمال قبول باريس ببقاء الأسد، فأجاب بأن الحديث عن ذلك سابق لأوانه.`,
    expected: [],
  },
  {
    why: "«أما المبعوث فتجنب الرد، قائلاً إن …»: the participle is his whom «أما» put first",
    text: `${HEAD}أما المبعوث الدولي الأخضر الإبراهيمي فتجنب الرد المباشر، قائلا إن مصير الرئيس الأسد يقرره السوريون أنفسهم.`,
    expected: ["un assad_role neutral"],
  },
  {
    why: "«أما المعارضة فقد رفضت …، لكن لافروف قال …»: the speaker named later speaks (guard)",
    text: `${HEAD}أما المعارضة فقد رفضت الدعوة، لكن لافروف قال إن مصير الأسد يقرره السوريون.`,
    expected: ["russia assad_role may_stay"],
  },
  // No role or place for him, with words between; a transition away from him; no future with him in power.
  {
    why: "«هيئة حكم لا يكون فيها دور للأسد ولا لأعوانه»: a body described by what it holds",
    text: `${HEAD}وقال رئيس الائتلاف أحمد الجربا إن المطلوب هيئة حكم انتقالية لا يكون فيها دور لبشار الأسد ولا لأركان نظامه.`,
    expected: ["national_coalition assad_role must_go"],
  },
  {
    why: "«… لا يكون فيها للأسد ولا لمن تلطخت أيديهم بالدماء أي دور»: whose role first, the role last",
    text: `${HEAD}وقال وزير الخارجية السعودي إن الحل هو حكومة انتقالية كاملة الصلاحيات، لا يكون فيها للأسد ولا لمن تلطخت أيديهم بالدماء أي دور.`,
    expected: ["saudi_arabia assad_role must_go"],
  },
  {
    why: "«لا يكون فيها دور للأمم المتحدة»: a role denied to another is nothing on Assad (guard)",
    text: `${HEAD}وقال الوزير السوري إن المرحلة المقبلة لا يكون فيها دور للأمم المتحدة في الانتخابات.`,
    expected: [],
  },
  {
    why: "«أن تبدأ المرحلة الانتقالية من دون الأسد»: the transition named with the article, without him",
    text: `${HEAD}وقال رئيس الائتلاف خالد خوجة إن على المجتمع الدولي ضمان أن تبدأ المرحلة الانتقالية من دون الأسد.`,
    expected: ["national_coalition assad_role must_go"],
  },
  {
    why: "«المرحلة الانتقالية لا يمكن أن تبدأ من دون الأسد»: a negation between wants him in it, not gone (guard)",
    text: `${HEAD}وقال نائب وزير الخارجية الإيراني إن المرحلة الانتقالية لا يمكن أن تبدأ من دون الرئيس الأسد.`,
    expected: [],
  },
  {
    why: "«لا نرى مستقبلاً لسوريا والأسد في السلطة»: no future for Syria with him in power",
    text: `${HEAD}وقال المتحدث باسم الخارجية الأمريكية: "لا نرى مستقبلا لسوريه والأسد على رأس السلطة".`,
    expected: ["usa assad_role must_go"],
  },
  {
    why: "«لا نرى مستقبلاً لسوريا من دون …»: no future without something else is nothing on him (guard)",
    text: `${HEAD}وقال المتحدث باسم الخارجية الأمريكية: "لا نرى مستقبلا لسوريا من دون حل سياسي".`,
    expected: [],
  },
  {
    why: "«انتقالاً منظماً بعيداً عن الأسد نحو قيادة جديدة»: a transition leaving him behind",
    text: `${HEAD}وقال وزير الخارجية البريطاني إن الحل يقتضي انتقالا منظما بعيدا عن الأسد نحو حكومة جديدة.`,
    expected: ["uk assad_role must_go"],
  },
  {
    why: "«انتقال يبتعد عن الأسلحة الكيميائية»: away from something other than him (guard)",
    text: `${HEAD}وقال وزير الخارجية البريطاني إن بلاده تدعم انتقالا يبتعد عن الأسلحة الكيميائية نحو نزعها الكامل.`,
    expected: [],
  },
  // A final statement after the meeting that issued it.
  {
    why: "«اختتم مجلس الجامعة اجتماعه … . وأكد البيان الختامي أن …»: the statement is the meeting's party's",
    text: `${HEAD}اختتم مجلس جامعة الدول العربية اجتماعا طارئا في القاهرة أمس.\nوأكد البيان الختامي أن المرحلة الانتقالية لا مكان فيها للرئيس بشار الأسد.`,
    expected: ["arab_league assad_role must_go"],
  },
  {
    why: "«أعلن الائتلاف في ختام اجتماعاته … . وجاء في البيان الختامي أن … . وشدد البيان على …»: through the quoting sentence",
    text: `${HEAD}أعلن الائتلاف الوطني السوري في ختام اجتماعات هيئته العامة في إسطنبول موافقته على حضور المؤتمر.\nوجاء في البيان الختامي أن الوفد سيتوجه إلى سويسرا.\nوشدد البيان على أنه لا دور لبشار الأسد في المرحلة الانتقالية.`,
    expected: ["national_coalition assad_role must_go"],
  },
  {
    why: "«اختتم وزراء الخارجية اجتماعهم بحضور لافروف وكيري. وأكد البيان الختامي …»: the guests named late are not its issuer (guard)",
    text: `${HEAD}اختتم وزراء الخارجية اجتماعهم في جنيف بحضور لافروف وكيري.\nوأكد البيان الختامي أن المرحلة الانتقالية لا مكان فيها للرئيس بشار الأسد.`,
    expected: [],
  },
];

caseTable("kinds of the tenth probe's held-out pool (h4: Assad's role)", CASES);
