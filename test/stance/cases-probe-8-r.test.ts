// Kinds of sentence where the holder was wrong (the rounds r34-r58 read for «holder wrong»): each row written for
// this table, not taken from the seeds, the development corpus or the rounds' articles.
import { caseTable, type Case } from "./case-table";

/** A headline, so that the sentence under test is read as a body sentence. */
const HEAD = "مؤتمر جنيف 2 حول سوريا\n";

const CASES: Case[] = [
  // A threat to withdraw one's agreement or taking part unless Iran's invitation goes.
  {
    why: "«هدد بسحب مشاركته … إذا لم تسحب الدعوة»: a threat by a verbal noun after «ب» is a refusal to attend",
    text: `${HEAD}وكانت الهيئة العليا للمفاوضات قد هددت بسحب مشاركتها في الاجتماع إذا لم تسحب الدعوة الموجهة إلى طهران.`,
    expected: ["hnc geneva2_preconditions conditional", "hnc iran_participation oppose"],
  },
  {
    why: "«بسحب موافقته على حضور المؤتمر ما لم يتم إلغاء الدعوة»: withdrawing one's agreement to attend",
    text: `${HEAD}وهدد الائتلاف الوطني السوري بسحب موافقته على حضور المؤتمر ما لم يتم إلغاء الدعوة الموجهة إلى إيران.`,
    expected: ["national_coalition geneva2_preconditions conditional", "national_coalition iran_participation oppose"],
  },
  {
    why: "«إذا حضر الإيرانيون»: the Iranians attending as the condition of a boycott",
    text: `${HEAD}وأكد المسؤول أن الائتلاف الوطني السوري هدد بمقاطعة الاجتماع إذا حضر الإيرانيون.`,
    expected: ["national_coalition geneva2_preconditions conditional", "national_coalition iran_participation oppose"],
  },
  // The subject of a clause of time after a comma follows its verb.
  {
    why: "«…، وبعدما هدد الائتلاف بمقاطعة …»: the party after the verb holds it, not one named before the comma",
    text: `${HEAD}وتراجع الأمين العام عن الدعوة بعد ضغط من الرياض، وبعدما هدد الائتلاف الوطني السوري بمقاطعة المؤتمر إن لم تسحب الدعوة الموجهة إلى إيران.`,
    expected: [
      "national_coalition geneva2_preconditions conditional",
      "national_coalition iran_participation oppose",
      "saudi_arabia iran_participation oppose",
    ],
  },
  {
    why: "«تعرض لضغط أمريكي» names those who pressed for the withdrawal; the threat after the comma is the coalition's",
    text: `${HEAD}وسحب بان كي مون دعوته بعدما تعرض لضغط أمريكي شديد، وبعدما هدد الائتلاف الوطني السوري بمقاطعة الجلسة إن لم تسحب الدعوة الموجهة إلى طهران.`,
    expected: [
      "national_coalition geneva2_preconditions conditional",
      "national_coalition iran_participation oppose",
      "usa iran_participation oppose",
      "un iran_participation oppose",
    ],
  },
  // Iran announcing her own coming: hers, not only the inviter's.
  {
    why: "«أعلنت طهران قبول الدعوة»: her acceptance of the invitation, announced, is her support",
    text: `${HEAD}وأعلنت طهران مساء أمس قبول الدعوة إلى الاجتماع.`,
    expected: ["iran iran_participation support"],
  },
  {
    why: "«أكدت طهران ترحيبها بالدعوة»: her welcome of the invitation",
    text: `${HEAD}وكانت طهران قد أكدت ترحيبها بالدعوة واستعدادها لحضور مؤتمر جنيف 2.`,
    expected: ["iran iran_participation support"],
  },
  {
    why: "«أعلن وزير الخارجية الإيراني … أنه سيحضر»: the Iranian minister says he will come",
    text: `${HEAD}وأعلن وزير الخارجية الإيراني محمد جواد ظريف أنه سيشارك في مؤتمر جنيف 2.`,
    expected: ["iran iran_participation support"],
  },
  // A name after the preposition «ل» is no subject.
  {
    why: "«السعودية، التي عارضت أي مقعد لطهران، وافقت على مشاركة إيران»: the main subject agrees, not Iran",
    text: `${HEAD}فالسعودية، التي عارضت طويلا أي مقعد لطهران، وافقت هذه المرة على مشاركة إيران في محادثات فيينا.`,
    expected: ["saudi_arabia iran_participation oppose", "saudi_arabia iran_participation support"],
  },
  // Guards: near-misses that must not change.
  {
    why: "guard: «أعلنت طهران أنها لن تشارك» is no support (a refusal of her own)",
    text: `${HEAD}وأعلنت طهران أنها لن تشارك في الاجتماع.`,
    expected: [],
  },
  {
    why: "guard: «أكدت طهران رفضها الدعوة» is no acceptance",
    text: `${HEAD}وأكدت طهران رفضها الدعوة إلى الاجتماع.`,
    expected: [],
  },
  {
    why: "guard: a threat opening its sentence (VS) keeps the subject after the verb",
    text: `${HEAD}وهددت الهيئة العليا للمفاوضات بمقاطعة الجولة المقبلة إذا لم يتوقف القصف.`,
    expected: ["hnc geneva2_preconditions conditional"],
  },
  {
    why: "guard: a threat to boycott unless the bombing stops says nothing of Iran",
    text: `${HEAD}وكان الائتلاف الوطني السوري قد هدد بسحب مشاركته في المفاوضات إذا لم يتوقف قصف المدن.`,
    expected: ["national_coalition geneva2_preconditions conditional"],
  },
  {
    why: "guard: attending if the Iranians attend wants them there: no refusal of Iran (the condition stays as it was)",
    text: `${HEAD}وقال المسؤول الروسي إن بلاده ستحضر الاجتماع إذا حضر الإيرانيون.`,
    expected: ["russia geneva2_preconditions conditional"],
  },
];

caseTable("probe 8-r (holder wrong: threats over Iran's invitation, clauses of time, Iran announcing her coming, «ل» objects)", CASES);
