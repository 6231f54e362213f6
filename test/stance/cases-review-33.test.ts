// Guard rows for the regressions a review of the thirty-third probe's change found (a helper ran 346 sentences on the
// trees before and after it), each mended: «المتحدث باسمه» is the spokesman of the sentence's subject, not of an
// object after it; chaos only foretold, not ended, prevented or denied; a bare ministry's state named by a position
// adjective, not one criticised; an interview's title not past a relative clause, a former office or a meeting; «تحدث
// … إلى» opening its clause; an office in the speaker's own state or body goes on with him; deciding his fate left to
// the Syrians; a place is no one named before a verb of giving a deadline; «والذين» after a name is on it; a party
// after «إلا أن» holds its own clause; «اشتراط» owned only by a party; a welcome of a decision is no criticism of it;
// helping to solve something else; a betrayal of an agreement; a second predicate after one asking for his going; his
// call for dialogue.
import { caseTable, type Case } from "./case-table";

const T = "جنيف 2: مواقف\n\n";

const CASES: Case[] = [
  {
    why: "«أجرى كيري اتصالاً بنظيره الروسي لافروف، وأوضح المتحدث باسمه …»: Kerry's spokesman, the subject's",
    text: `${T}أجرى كيري اتصالاً بنظيره الروسي لافروف، وأوضح المتحدث باسمه أن على الأسد أن يرحل.`,
    expected: ["usa assad_role must_go"],
  },
  {
    why: "«استقبل الجربا السفير الأمريكي روبرت فورد، وقال المتحدث باسمه …»: Jarba's spokesman",
    text: `${T}استقبل الجربا السفير الأمريكي روبرت فورد، وقال المتحدث باسمه إن رحيل الأسد شرط للتفاوض.`,
    expected: ["national_coalition assad_role must_go", "national_coalition geneva2_preconditions conditional"],
  },
  {
    why: "«إذا تنحى الأسد ستنتهي الفوضى»: chaos ended if he goes, his going wanted",
    text: `${T}قال الجربا إنه إذا تنحى الأسد ستنتهي الفوضى في سوريا.`,
    expected: ["national_coalition assad_role must_go"],
  },
  {
    why: "«إذا تنحى الأسد يمكن إنقاذ البلاد من الفوضى»: chaos prevented",
    text: `${T}قال كيري إنه إذا تنحى الأسد يمكن إنقاذ البلاد من الفوضى.`,
    expected: ["usa assad_role must_go"],
  },
  {
    why: "«ترفض المعارضة القول بأن الفوضى ستعم إذا تنحى الأسد»: the warning rejected is not the speaker's",
    text: `${T}ترفض المعارضة القول بأن الفوضى ستعم إذا تنحى الأسد.`,
    expected: ["syrian_opposition assad_role must_go"],
  },
  {
    why: "«انتقدت دمشق الموقف الأمريكي. وقالت وزارة الخارجية …»: a position criticised does not say whose ministry",
    text: `${T}انتقدت دمشق بشدة الموقف الأمريكي من مؤتمر جنيف. وقالت وزارة الخارجية في بيان إن الشروط المسبقة مرفوضة. وكانت الخارجية السورية قد أعلنت مشاركتها.`,
    expected: ["syrian_government geneva2_preconditions unconditional"],
  },
  {
    why: "«التقى المعلم بالمبعوث الأممي. وقالت وزارة الخارجية …»: «الأممي» names no ministry",
    text: `${T}التقى المعلم بالمبعوث الأممي. وقالت وزارة الخارجية إن الشروط المسبقة مرفوضة. وكانت الخارجية السورية أصدرت بياناً مماثلاً.`,
    expected: ["syrian_government geneva2_preconditions unconditional"],
  },
  {
    why: "«حاورنا سفير سابق في الخارجية الفرنسية»: a former office names no one answering for France",
    text: "حوار\n\nحاورنا سفير سابق في الخارجية الفرنسية حول المؤتمر.\n\n- هل تؤيدون مشاركة إيران؟\n\n- نعم نؤيد مشاركتها.",
    expected: [],
  },
  {
    why: "«قال المعلم إن كيري تحدث أمس إلى «سي إن إن» …»: one spoken of, no interview presented",
    text: `${T}قال المعلم إن كيري تحدث أمس إلى "سي إن إن" عن رحيل الأسد.\n\n- هل تؤيدون مشاركة إيران؟\n\n- نعم نؤيد مشاركتها.`,
    expected: ["usa assad_role must_go"],
  },
  {
    why: "«وأكد سفير بلاده لدى الأمم المتحدة …»: his country's ambassador, the speaker carried in goes on",
    text: `${T}قال لافروف إن موسكو تؤيد مشاركة إيران في جنيف 2. وأكد سفير بلاده لدى الأمم المتحدة أن الشروط المسبقة مرفوضة.`,
    expected: ["russia geneva2_preconditions unconditional", "russia iran_participation support"],
  },
  {
    why: "«وقال عضو الهيئة السياسية …» after the Coalition's head: a unit of his own body",
    text: `${T}قال الجربا إن الائتلاف يرفض مشاركة إيران. وقال عضو الهيئة السياسية إن رحيل الأسد شرط للتفاوض.`,
    expected: [
      "national_coalition assad_role must_go",
      "national_coalition geneva2_preconditions conditional",
      "national_coalition iran_participation oppose",
    ],
  },
  {
    why: "«أكدت روسيا أن تحديد مصير الأسد يعود للشعب السوري وحده»: deciding it left to the Syrians keeps him",
    text: `${T}أكدت روسيا أن تحديد مصير الأسد يعود للشعب السوري وحده.`,
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "«وفي موسكو، أمهل لافروف المعارضة …»: a place named before the verb, Lavrov its subject",
    text: `${T}وفي موسكو، أمهل لافروف المعارضة أسبوعاً للقبول بالمشاركة دون شروط.`,
    expected: ["russia geneva2_preconditions unconditional"],
  },
  {
    why: "«التقى دي ميستورا ممثلي الائتلاف الوطني، والذين يصرون …»: «والذين» on the name before it",
    text: `${T}التقى دي ميستورا ممثلي الائتلاف الوطني، والذين يصرون على رحيل الأسد قبل أي مفاوضات.`,
    expected: ["national_coalition assad_role must_go", "national_coalition geneva2_preconditions conditional"],
  },
  {
    why: "«قال ظريف إن اشتراط الغرب رحيل الأسد يعرقل الحل»: «الغرب», no party, owns no position; the judge holds his",
    text: `${T}قال ظريف إن اشتراط الغرب رحيل الأسد يعرقل الحل.`,
    expected: ["iran assad_role may_stay"],
  },
  {
    why: "«مشاركة إيران تساعد على حل مشاكل النظام»: helping to solve something else, no support",
    text: `${T}قال الجربا إن مشاركة إيران تساعد على حل مشاكل النظام لا مشاكل الشعب السوري.`,
    expected: [],
  },
  {
    why: "«جاءت بعد خيانة روسيا للاتفاق»: a betrayal named, not a predicate judging her taking part",
    text: `${T}قال الجربا إن مشاركة إيران جاءت بعد خيانة روسيا للاتفاق.`,
    expected: [],
  },
  {
    why: "«رحيل الأسد ضروري ولن يكون عائقاً …»: the second predicate after one asking for his going",
    text: `${T}قال كيري إن رحيل الأسد ضروري ولن يكون عائقاً أمام المفاوضات.`,
    expected: ["usa assad_role must_go"],
  },
  {
    why: "«دعوته للحوار مرهونة بوقف دعم الإرهاب»: his call, not Iran's invitation, is conditioned",
    text: `${T}قال المعلم إن دعوته للحوار مرهونة بوقف دعم الإرهاب.`,
    expected: ["syrian_government geneva2_preconditions conditional"],
  },
];

caseTable("Review of the thirty-third probe's change: the regressions found, mended", CASES);
