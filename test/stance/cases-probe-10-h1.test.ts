// Kinds of sentence on Iran's participation found by the tenth probe's held-out rounds (helper h1): each row written
// for this table, not taken from the seeds, the development corpus or the probe's articles.
import { caseTable, type Case } from "./case-table";

/** A headline, so that the sentence under test is read as a body sentence. */
const HEAD = "مؤتمر جنيف 2 حول سوريا\n";

const CASES: Case[] = [
  // A conference or settlement without Iran judged incomplete or failing, or refused: she is wanted there.
  {
    why: "«أي تسوية لا تشارك فيها إيران ستبقى ناقصة»: her non-participation judged, support (its «لا تشارك» rejects nothing)",
    text: `${HEAD}وقال وزير الخارجية الروسي سيرغي لافروف إن أي تسوية لا تشارك فيها إيران ستبقى ناقصة.`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "«أي اجتماع تُستبعد منه طهران هو اجتماع منقوص»: her exclusion in a relative clause, judged incomplete",
    text: `${HEAD}وأكد المقداد أن أي اجتماع دولي تُستبعد منه طهران هو اجتماع منقوص.`,
    expected: ["syrian_government iran_participation support"],
  },
  {
    why: "«أي حل تغيب عنه إيران لن ينجح»: her absence, the settlement will not succeed",
    text: `${HEAD}ورأى نصر الله أن أي حل سياسي تغيب عنه إيران لن ينجح.`,
    expected: ["hezbollah iran_participation support"],
  },
  {
    why: "«أي مؤتمر بغياب إيران لا قيمة له»: held in her absence, worthless",
    text: `${HEAD}وقال لافروف إن أي مؤتمر بغياب إيران لا قيمة له.`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "«لن تقبل بمؤتمر يُستبعد منه الإيرانيون»: refusing a conference that leaves her out wants her there",
    text: `${HEAD}وقال لافروف إن روسيا لن تقبل بأي مؤتمر يُستبعد منه الإيرانيون.`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "«ترفض أي حل بدون إيران»: refusing a settlement without her, support",
    text: `${HEAD}وقال لافروف إن بلاده ترفض أي حل بدون إيران.`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "«لن نقبل بمؤتمر تشارك فيه إيران»: refusing a conference she attends stays oppose (guard)",
    text: `${HEAD}وقال الجربا إننا لن نقبل بمؤتمر تشارك فيه إيران.`,
    expected: ["national_coalition iran_participation oppose"],
  },
  {
    why: "«أي مؤتمر يستبعد منه النظام سيكون ناقصاً»: another left out, nothing on Iran (guard)",
    text: `${HEAD}وقال لافروف إن أي مؤتمر يستبعد منه النظام سيكون ناقصا.`,
    expected: [],
  },
  {
    why: "«أي حل لا تشارك فيه إيران سيكون ناجحاً»: no judgement of failure, no support read; her absence wanted (guard)",
    text: `${HEAD}وقال الجبير إن أي حل لا تشارك فيه إيران سيكون ناجحا.`,
    expected: ["saudi_arabia iran_participation oppose"],
  },
  // Holding to, pushing, pressing or working for her presence.
  {
    why: "«الروس متمسكون بحضور طهران»: holding to her presence is support",
    text: `${HEAD}وقال لافروف إن الروس متمسكون بحضور طهران في المؤتمر.`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "«كانت موسكو أول من دفع باتجاه حضور إيران»: pushing for her presence",
    text: `${HEAD}وكانت روسيا أول من دفع باتجاه مشاركة إيران في محادثات فيينا.`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "«دفعت الرياض نحو حضور إيران»: the verb, its subject, then «نحو»",
    text: `${HEAD}ودفعت واشنطن نحو حضور إيران في الاجتماع.`,
    expected: ["usa iran_participation support"],
  },
  {
    why: "«ضغطت روسيا من أجل مشاركة إيران»: pressing for her taking part",
    text: `${HEAD}وقال لافروف إن روسيا ضغطت من أجل مشاركة إيران في المؤتمر.`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "«سعت موسكو إلى دعوة طهران»: seeking her invitation (the feminine past)",
    text: `${HEAD}وسعت موسكو إلى دعوة طهران إلى المؤتمر.`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "«دفعت الرياض باتجاه استبعاد إيران»: pushing for her exclusion stays oppose (guard)",
    text: `${HEAD}ودفعت الرياض باتجاه استبعاد إيران من المؤتمر.`,
    expected: ["saudi_arabia iran_participation oppose"],
  },
  {
    why: "«مارست واشنطن ضغوطاً من أجل سحب دعوة إيران»: pressing for the withdrawal stays oppose (guard)",
    text: `${HEAD}ومارست واشنطن ضغوطا من أجل سحب دعوة إيران.`,
    expected: ["usa iran_participation oppose"],
  },
  // Conditions set «علينا» where the speaker in effect is Iran's are conditions on her taking part.
  {
    why: "«قال ظريف إن واشنطن تضع علينا شروطاً مسبقة للمشاركة»: Washington's conditions on Iran's taking part",
    text: `${HEAD}وقال ظريف إن واشنطن تضع علينا شروطا مسبقة للمشاركة في المؤتمر.`,
    expected: ["usa iran_participation conditional"],
  },
  {
    why: "«يشترطون علينا القبول ببيان جنيف»: said by the Iranian deputy minister, the condition set on us",
    text: `${HEAD}وقال عبد اللهيان إن الأمريكيين يشترطون علينا القبول ببيان جنيف 1 قبل المشاركة في المؤتمر.`,
    expected: ["usa iran_participation conditional"],
  },
  {
    why: "«النظام يشترط علينا …» said by the Coalition: a condition of the talks, not on Iran (guard)",
    text: `${HEAD}وقال الجربا إن النظام يشترط علينا التخلي عن مطلب رحيل الأسد قبل المفاوضات.`,
    expected: [
      "national_coalition assad_role must_go",
      "syrian_government assad_role must_go",
      "syrian_government geneva2_preconditions conditional",
    ],
  },
  // A withdrawal of forces in a condition on her taking part is no rejection of it.
  {
    why: "«مشروطة بسحب قواتها من سوريا، مضيفاً أن مشاركتها …»: the condition's withdrawal gives Syria no oppose",
    text: `${HEAD}وقال الوزير السعودي إن "مشاركة إيران يجب أن تكون مشروطة بسحب قواتها من سوريا"، مضيفا أن مشاركتها ستكون اختبارا لنواياها.`,
    expected: ["saudi_arabia iran_participation conditional"],
  },
  {
    why: "«ترحب بمشاركة إيران، في حين رفضت السعودية ذلك»: a rejection after the contrast still held (guard)",
    text: `${HEAD}وقال فابيوس إن فرنسا ترحب بمشاركة إيران، في حين رفضت السعودية ذلك.`,
    expected: ["france iran_participation support", "saudi_arabia iran_participation oppose"],
  },
];

caseTable("tenth probe, helper h1: Iran's participation", CASES);
