// Kinds of sentence on Iran's participation found by the tenth probe's held-out rounds (r74-r79): Iran let in on a
// condition split by «إذا أرادت», and her presence as the reason to walk out. Each row written for this table, not
// taken from the seeds, the development corpus or the probe's articles.
import { caseTable, type Case } from "./case-table";

/** A headline, so that the sentence under test is read as a body sentence. */
const HEAD = "مؤتمر جنيف 2 حول سوريا\n";
/** A closing body sentence with no stance. */
const TAIL = "\nوتتواصل التحضيرات لعقد المؤتمر في موعده.\n";

const CASES: Case[] = [
  // «على إيران، إذا أرادت أن …، أن …»: the obligation split by the wish.
  {
    why: "«على إيران، إذا أرادت أن تحضر المؤتمر، أن تعلن قبولها …»: her taking part on a condition",
    text: `${HEAD}وقال المتحدث باسم الخارجية البريطانية إن على إيران، إذا أرادت أن تحضر المؤتمر، أن تعلن قبولها ببيان جنيف الأول.${TAIL}`,
    expected: ["uk iran_participation conditional"],
  },
  {
    why: '«على طهران، إن أرادت أن تكون جزءاً من الحل، "أن تسحب …"»: «إن» for «إذا», the obligation quoted',
    text: `${HEAD}وقال وزير الخارجية التركي إن على طهران، إن أرادت أن تكون جزءاً من الحل، "أن تسحب مقاتليها من سوريا أولاً".${TAIL}`,
    expected: ["turkey iran_participation conditional"],
  },
  {
    why: "«على إيران، إذا أرادت أن تساعد السوريين، أن توقف …»: a wish that is no taking part (guard)",
    text: `${HEAD}وقال المتحدث باسم الخارجية الأمريكية إن على إيران، إذا أرادت أن تساعد السوريين، أن توقف دعمها للنظام.${TAIL}`,
    expected: [],
  },
  // «إذا أرادت إيران مقعداً … فعليها»: the wish's object a seat or a place.
  {
    why: "«إذا أرادت إيران مقعداً في المؤتمر فعليها أولاً أن تسحب …»: a seat wished for, on a condition",
    text: `${HEAD}وقال رئيس الائتلاف الوطني: إذا أرادت إيران مقعداً في المؤتمر فعليها أولاً أن تسحب ميليشياتها من سوريا.${TAIL}`,
    expected: ["national_coalition iran_participation conditional"],
  },
  {
    why: "«إذا أرادت إيران مكاناً بين الدول المدعوة فعليها …»: a place wished for",
    text: `${HEAD}وقال وزير الخارجية الفرنسي إنه إذا أرادت إيران مكاناً بين الدول المدعوة فعليها أن تقبل بيان جنيف.${TAIL}`,
    expected: ["france iran_participation conditional"],
  },
  {
    why: "«إيران إذا أرادت مقعداً في المنطقة فإنها تحتاج إلى …»: a seat wished for, no obligation after it (guard)",
    text: `${HEAD}وقال المحلل إن إيران إذا أرادت مقعداً في المنطقة فإنها تحتاج إلى الحوار مع جيرانها.${TAIL}`,
    expected: [],
  },
  // «…، معلناً أنه …»: the participle of announcing goes on with the main clause's subject.
  {
    why: "«أمهل الائتلاف الأمم المتحدة يوماً، معلناً أنه سيقاطع المؤتمر ما لم تسحب الدعوة الموجهة إلى إيران»",
    text: `${HEAD}وكان الائتلاف قد أمهل الأمم المتحدة يوماً واحداً، معلناً أنه سيقاطع المؤتمر ما لم تسحب الدعوة الموجهة إلى إيران.${TAIL}`,
    expected: ["national_coalition geneva2_preconditions conditional", "national_coalition iran_participation oppose"],
  },
  {
    why: "«اجتمعت الهيئة في الرياض، معلنةً أنها لن تقبل ببقاء الأسد»: the feminine participle",
    text: `${HEAD}واجتمعت الهيئة العليا للمفاوضات في الرياض، معلنةً أنها لن تقبل ببقاء الأسد في المرحلة الانتقالية.${TAIL}`,
    expected: ["hnc assad_role must_go"],
  },
  // Her presence as the reason to walk out: oppose, and conditional on the talks (CONTRACT.md).
  {
    why: "«إذا جلست إيران إلى الطاولة فسنحزم حقائبنا ونعود»: packing one's bags is walking out",
    text: `${HEAD}وقال المتحدث باسم الائتلاف: إذا جلست إيران إلى الطاولة فسنحزم حقائبنا ونعود.${TAIL}`,
    expected: ["national_coalition geneva2_preconditions conditional", "national_coalition iran_participation oppose"],
  },
  {
    why: "«إذا دعيت إيران إلى المؤتمر وجلست إلى الطاولة، فسيحزم الوفد حقائبه»: invited and seated, then the walk-out",
    text: `${HEAD}وقال عضو الائتلاف إنه إذا دعيت إيران إلى المؤتمر وجلست إلى الطاولة، فسيحزم الوفد حقائبه ويغادر.${TAIL}`,
    expected: ["national_coalition geneva2_preconditions conditional", "national_coalition iran_participation oppose"],
  },
  {
    why: "«سينسحب الوفد من المؤتمر إذا حضرت إيران»: the walk-out is also a condition on the talks",
    text: `${HEAD}وقال المتحدث باسم الائتلاف إن الوفد سينسحب من المؤتمر إذا حضرت إيران.${TAIL}`,
    expected: ["national_coalition geneva2_preconditions conditional", "national_coalition iran_participation oppose"],
  },
  {
    why: "«إذا جلست إيران إلى الطاولة فسنرحب بها»: her coming welcomed is no walk-out, and no condition she must meet (guard)",
    text: `${HEAD}وقال وزير الخارجية الروسي: إذا جلست إيران إلى الطاولة فسنرحب بها، فهي جزء من الحل.${TAIL}`,
    expected: [],
  },
  {
    why: "«حزم وفد الائتلاف حقائبه وعاد»: packing bags told as news, no condition on her (guard)",
    text: `${HEAD}وحزم وفد الائتلاف حقائبه وعاد إلى إسطنبول بعد انتهاء الجولة الأولى.${TAIL}`,
    expected: [],
  },
  {
    why: "«بلادها مستعدة للمشاركة إذا تلقت دعوة …، لن تحضر …»: Iran's own coming on an invitation is no absence of hers (guard)",
    text: `${HEAD}وقالت المتحدثة باسم الخارجية الإيرانية إن بلادها مستعدة للمشاركة في المؤتمر إذا تلقت دعوة رسمية، مؤكدة أن الجمهورية الإسلامية لن تحضر تحت أي ضغوط.${TAIL}`,
    expected: ["iran iran_participation support"],
  },
  // «إلا إذا سحبت الدعوة»: unless withdrawn, as «ما لم تسحب».
  {
    why: "«سيقاطع المؤتمر إلا إذا سحبت الدعوة الموجهة إلى إيران أو أعلنت طهران قبولها …»: all three",
    text: `${HEAD}وقال رئيس الائتلاف إن الائتلاف "سيقاطع المؤتمر إلا إذا سحبت الدعوة الموجهة إلى إيران أو أعلنت طهران قبولها ببيان جنيف".${TAIL}`,
    expected: [
      "national_coalition geneva2_preconditions conditional",
      "national_coalition iran_participation conditional",
      "national_coalition iran_participation oppose",
    ],
  },
  {
    why: "«سيقاطع المؤتمر إلا إذا سحبت الدعوة الموجهة إلى إيران»: her absence the condition",
    text: `${HEAD}وقال رئيس الائتلاف إن الائتلاف سيقاطع المؤتمر إلا إذا سحبت الدعوة الموجهة إلى إيران.${TAIL}`,
    expected: ["national_coalition geneva2_preconditions conditional", "national_coalition iran_participation oppose"],
  },
];

caseTable("kinds of the tenth probe, Iran's participation (h3)", CASES);
