// Kinds of sentence found by an eighth probe (the held-out rounds r12-r55 pooled, read for Iran's invitation
// withdrawn, the pressure behind it and conditions on her without «شرط»): each row written for this table, not taken
// from the seeds, the development corpus or the probe's articles.
import { caseTable, type Case } from "./case-table";

/** A headline, so that the sentence under test is read as a body sentence. */
const HEAD = "مؤتمر جنيف 2 حول سوريا\n";

const CASES: Case[] = [
  // Pressure named by a nationality adjective.
  {
    why: "«رضخ للضغوط الأمريكية»: those whose pressure withdrew her invitation oppose her taking part",
    text: `${HEAD}وقال نائب وزير الخارجية السوري إن بان كي مون سحب الدعوة الموجهة إلى إيران بعد أن رضخ للضغوط الأمريكية.`,
    expected: ["un iran_participation oppose", "usa iran_participation oppose"],
  },
  {
    why: "«تحت ضغوط أمريكية وسعودية»: two adjectives joined by «و», two who pressed (and the body that went back on the invitation withdrew it)",
    text: `${HEAD}وقال الرئيس الإيراني إن المنظمة الدولية تراجعت عن دعوة إيران تحت ضغوط أمريكية وسعودية.`,
    expected: ["saudi_arabia iran_participation oppose", "un iran_participation oppose", "usa iran_participation oppose"],
  },
  {
    why: "«خضوع المنظمة الدولية للضغوط الأمريكية»: the one who yielded between the word of yielding and the pressure",
    text: `${HEAD}وقال المقداد إن إبعاد إيران عن المؤتمر يكشف خضوع المنظمة الدولية للضغوط الأمريكية.`,
    expected: ["syrian_government iran_participation support", "usa iran_participation oppose"],
  },
  {
    why: "«سحب الدعوة جاء تحت ضغط أمريكي»: the pressers oppose; saying so is no rejection of her by the speaker",
    text: `${HEAD}وقال وزير الإعلام السوري إن سحب الدعوة من إيران "جاء تحت ضغط أمريكي واضح".`,
    expected: ["usa iran_participation oppose"],
  },
  {
    why: "the pressure's adjective never holds the critic's support («انتقد … معتبراً أن سحبها جاء تحت ضغط أمريكي»)",
    text: `${HEAD}وانتقد وزير الخارجية السوري استبعاد إيران، معتبرا أن سحب الدعوة منها "جاء تحت ضغط أمريكي"، وأن الجمهورية الإسلامية "كان يجب أن تكون حاضرة في المؤتمر لأنها طرف أساسي في المنطقة".`,
    expected: ["syrian_government iran_participation support", "usa iran_participation oppose"],
  },
  {
    why: "pressure with no nationality adjective names no one (guard)",
    text: `${HEAD}وقال المقداد إن سحب الدعوة من إيران جاء تحت ضغوط دولية كبيرة.`,
    expected: [],
  },
  {
    why: "pressure defied, no withdrawal: «رغم الضغوط الأمريكية» (guard)",
    text: `${HEAD}وقال المقداد إن إيران ستشارك في المؤتمر رغم الضغوط الأمريكية.`,
    expected: [],
  },
  // The UN's decision to withdraw it.
  {
    why: "«انتقد … قرار الأمين العام بان كي مون سحب الدعوة»: the critic wants her there, the decision's maker opposes",
    text: `${HEAD}وانتقد وزير الخارجية السوري قرار الأمين العام للأمم المتحدة بان كي مون سحب الدعوة الموجهة إلى طهران لحضور المؤتمر.`,
    expected: ["syrian_government iran_participation support", "un iran_participation oppose"],
  },
  {
    why: "«رحبت … بقرار الأمم المتحدة سحب الدعوة»: the welcomer and the decision's maker both oppose",
    text: `${HEAD}ورحبت الخارجية البريطانية بقرار الأمم المتحدة سحب الدعوة الموجهة إلى إيران.`,
    expected: ["uk iran_participation oppose", "un iran_participation oppose"],
  },
  {
    why: "a decision whose content is named after it is no withdrawal: the UN invited her (guard)",
    text: `${HEAD}ورحبت موسكو بقرار الأمم المتحدة دعوة إيران إلى المؤتمر.`,
    expected: ["russia iran_participation support", "un iran_participation support"],
  },
  // Conditions without «شرط».
  {
    why: "«حضور إيران يجب أن يقترن بسحب ميليشياتها»: bound to what she must do first is conditional",
    text: `${HEAD}وقال وزير الخارجية التركي إن "حضور إيران يجب أن يقترن بسحب المقاتلين الذين أرسلتهم إلى سوريا".`,
    expected: ["turkey iran_participation conditional"],
  },
  {
    why: "«مشاركة إيران مقترنة بانسحاب قواتها»",
    text: `${HEAD}وقال وزير الخارجية التركي إن مشاركة إيران في المحادثات مقترنة بانسحاب قواتها من سوريا.`,
    expected: ["turkey iran_participation conditional"],
  },
  {
    why: "«تقترن بأزمات»: what comes with it, no condition (guard)",
    text: `${HEAD}وقال وزير الخارجية التركي إن مشاركة إيران تقترن بأزمات كثيرة في المنطقة.`,
    expected: [],
  },
];

caseTable("Eighth probe (W): Iran's invitation withdrawn, the pressure behind it, conditions without «شرط»", CASES);
