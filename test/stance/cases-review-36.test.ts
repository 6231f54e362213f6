// Guard rows for the regressions a review of the thirty-sixth probe's first change found (a helper ran 466 sentences
// on the trees before and after it, 6e614de and 1fbe7de: 37 differ, 29 better, 7 worse, 1 unclear), each mended: a
// verb in the dual after a call is both the caller's and the one called's; what must be done before sitting at the
// table is a condition only with the obligation in force and something required, not advice, «كان يجب», «يجب ألا» or
// a demand waived after «لكن … رغم ذلك». And kinds read from the rounds after it: a destination or a recipient read with
// its «لل» holds nothing; how a capital or its reply spoke before a colon; a preference; declining to comment on or go
// into her invitation is no refusal of it (rejecting talk of his role is); an act a judgement opening its clause
// passes on («من غير المقبول أن يربط الائتلاف …») is its subject's own, the judge holding the opposite; his fate
// refused as a condition with the modal first; «رئيس سوريا»; talk of his going sent to dreams. Then the guard rows of a
// second review (build .202 against .201: 59 differ, 40 better, 15 worse, 4 unclear), each mended.
import { caseTable, type Case } from "./case-table";

const T = "جنيف 2: مواقف\n\n";

const CASES: Case[] = [
  {
    why: "«اتصل … بالرئيس الفرنسي …، وأكدا رفضهما»: the dual verb is the one called's too",
    text: `${T}واتصل أمير الكويت بالرئيس الفرنسي هولاند، وأكدا رفضهما أي دور لإيران في المؤتمر.`,
    expected: ["france iran_participation oppose"],
  },
  {
    why: "«يجب ألا تكون هناك أي شروط … قبل الجلوس إلى الطاولة»: conditions refused, not one set",
    text: `${T}وقال الإبراهيمي إنه يجب ألا تكون هناك أي شروط مسبقة قبل الجلوس إلى الطاولة.`,
    expected: ["un geneva2_preconditions unconditional"],
  },
  {
    why: "thinking it over before sitting at the table is advice, no condition",
    text: `${T}وقال الإبراهيمي إنه يجب التفكير ملياً قبل الجلوس إلى الطاولة.`,
    expected: [],
  },
  {
    why: "«كان يجب … لكن الوفد سيحضر رغم ذلك»: a demand waived is no condition",
    text: `${T}وقال المسلط إنه كان يجب فك الحصار قبل الجلوس إلى الطاولة، لكن الوفد سيحضر رغم ذلك.`,
    expected: [],
  },
  {
    why: "listening to every side before sitting at the table is no condition",
    text: `${T}وقال دي ميستورا إنه ينبغي الاستماع إلى كل الأطراف قبل الجلوس إلى الطاولة.`,
    expected: [],
  },
  {
    why: "preparing well before sitting at the table is no condition",
    text: `${T}وقال كيري إنه من الضروري أن يستعد الوفدان جيداً قبل الجلوس إلى الطاولة.`,
    expected: [],
  },
  {
    why: "recognising the Geneva communiqué before sitting at the table is a condition («الاعتراف» opens on «الا», no negation)",
    text: `${T}وقال الجربا إنه يجب الاعتراف ببيان جنيف 1 قبل الجلوس إلى الطاولة.`,
    expected: ["national_coalition geneva2_preconditions conditional"],
  },
  {
    why: "the city an envoy is sent to and «للروس» after the verb of purpose hold nothing: the sender says it",
    text: `${T}أرسلت واشنطن مبعوثها إلى موسكو ليؤكد للروس أن الأسد فقد شرعيته.`,
    expected: ["usa assad_role must_go"],
  },
  {
    why: "«وكان رد دمشق قاطعاً:»: the capital's reply, before a colon, speaks",
    text: `${T}وكان رد دمشق قاطعاً: لا حديث عن رحيل الرئيس.`,
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: "«وكانت موسكو واضحة:»: a capital heading the sentence, how it spoke, then its words",
    text: `${T}وكانت موسكو واضحة: "نعم لجنيف من دون شروط".`,
    expected: ["russia geneva2_preconditions unconditional"],
  },
  {
    why: "«كنا نفضل أن تكون إيران حاضرة»: a preference for her presence is support",
    text: `${T}وقال لافروف: "كنا نفضل أن تكون إيران حاضرة هنا".`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "declining to comment on her invitation is no refusal of it",
    text: `${T}ورفض الإبراهيمي التعليق على دعوة إيران.`,
    expected: [],
  },
  {
    why: "«رافضاً الخوض في مسألة دعوة إيران»: declining to go into it is no refusal of it",
    text: `${T}وقال دي ميستورا إن القائمة لم تكتمل، رافضاً الخوض في مسألة دعوة إيران.`,
    expected: [],
  },
  {
    why: "«رفض الحديث عن أي دور للأسد»: talk of his role rejected is a position",
    text: `${T}ورفض الائتلاف الحديث عن أي دور للأسد.`,
    expected: ["national_coalition assad_role must_go"],
  },
  {
    why: "«من غير المقبول أن يربط الائتلاف …»: the act judged is the Coalition's own, the judge holds the opposite",
    text: `${T}وقال لافروف: "من غير المقبول أن يربط الائتلاف مشاركته في المؤتمر بشروط مسبقة".`,
    expected: ["national_coalition geneva2_preconditions conditional", "russia geneva2_preconditions unconditional"],
  },
  {
    why: "«ليس من المنطقي أن تشترط المعارضة رحيل الأسد»: the opposition's condition, the judge's rejection of it",
    text: `${T}وقال لافروف إنه ليس من المنطقي أن تشترط المعارضة رحيل الأسد قبل المفاوضات.`,
    expected: [
      "russia geneva2_preconditions unconditional",
      "russia assad_role may_stay",
      "syrian_opposition geneva2_preconditions conditional",
      "syrian_opposition assad_role must_go",
    ],
  },
  {
    why: "«من غير المعقول أن يلعب الأسد أي دور»: he is the one judged, no actor of his own",
    text: `${T}وقال كاميرون إن من غير المعقول أن يلعب الأسد أي دور في مستقبل سوريا.`,
    expected: ["uk assad_role must_go"],
  },
  {
    why: "«لا يجوز أن يكون مصير الأسد شرطاً مسبقاً»: the modal first, his fate refused as a condition",
    text: `${T}وقال لافروف إنه لا يجوز أن يكون مصير الأسد شرطا مسبقا لإطلاق العملية السياسية.`,
    expected: ["russia geneva2_preconditions unconditional", "russia assad_role may_stay"],
  },
  {
    why: "«رئيس سوريا المنتخب» is he",
    text: `${T}وقال ظريف إن إيران لن تقبل بأن يحدد أحد موعداً لرحيل رئيس سوريا المنتخب.`,
    expected: ["iran assad_role may_stay"],
  },
  {
    why: "«فليبحث عن ذلك في أحلامه»: talk of his fate sent to dreams keeps him",
    text: `${T}وقال الجعفري: "من يتحدث عن مصير الرئيس فليبحث عن ذلك في أحلامه".`,
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: "«الحديث عن رحيل الأسد أحلام»: «أحلام» closing the clause judges it",
    text: `${T}وقال الجعفري إن الحديث عن رحيل الأسد أحلام.`,
    expected: ["syrian_government assad_role may_stay"],
  },
  // Guard rows for the second review (build .202 against .201: 59 differ, 40 better, 15 worse, 4 unclear), each mended.
  {
    why: "«يجب على الأسد ترك السلطة قبل الجلوس»: leaving power is no advice; a condition, and his going",
    text: `${T}وقال خوجة إنه يجب على الأسد ترك السلطة قبل الجلوس إلى الطاولة.`,
    expected: ["national_coalition geneva2_preconditions conditional", "national_coalition assad_role must_go"],
  },
  {
    why: "a «لكن» on the regime after it waives nothing: still a condition",
    text: `${T}وأكد المسلط أنه يجب فك الحصار عن المدن قبل الجلوس إلى الطاولة، لكن النظام يواصل القصف.`,
    expected: ["hnc geneva2_preconditions conditional"],
  },
  {
    why: "«رغم الضغوط» after it waives nothing (only «رغم ذلك» does)",
    text: `${T}وقال المسلط إنه يجب وقف الغارات قبل الجلوس إلى الطاولة، رغم الضغوط الأمريكية.`,
    expected: ["hnc geneva2_preconditions conditional"],
  },
  {
    why: "«قبل الجلوس إلى الطاولة أو بعده»: before or after, no condition of the talks",
    text: `${T}وشدد الجبير على أنه لا بد أن يرحل الأسد قبل الجلوس إلى الطاولة أو بعده.`,
    expected: ["saudi_arabia assad_role must_go"],
  },
  {
    why: "a refusal made «في تعليق رسمي» is a refusal, not one to comment",
    text: `${T}ورفضت أنقرة، في تعليق رسمي، أي دور لإيران في المؤتمر.`,
    expected: ["turkey iran_participation oppose"],
  },
  {
    why: "«رفض الدخول في أي مفاوضات تشارك فيها إيران»: refusing talks with her in them rejects her",
    text: `${T}ورفض الائتلاف الدخول في أي مفاوضات تشارك فيها إيران.`,
    expected: ["national_coalition iran_participation oppose"],
  },
  {
    why: "«رفض الخوض في أي نقاش حول منصب الرئاسة»: refusing any discussion of it keeps him",
    text: `${T}ورفض المعلم الخوض في أي نقاش حول منصب الرئاسة، مؤكداً أنه خط أحمر.`,
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: "a spokesman with a long title declining to comment on her invitation holds nothing",
    text: `${T}ورفض المتحدث باسم الخارجية الأمريكية التعليق على دعوة إيران إلى المؤتمر.`,
    expected: [],
  },
  {
    why: "«ستظل خطاً أحمر»: the presidency staying a red line is one",
    text: `${T}وقال المعلم إن مسألة الرئاسة ستظل خطاً أحمر.`,
    expected: ["syrian_government assad_role may_stay"],
  },
];

caseTable("Review of the thirty-sixth probe's change: the regressions found, mended, and the kinds after it", CASES);
