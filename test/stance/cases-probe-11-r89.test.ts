// Kinds of sentence found by the eleventh probe's round r89: a withdrawal under pressure quoted, readiness to attend
// set off by a clause, a retreat denied, «ما إذا» (whether), a fear of her taking part, «تعلم جيداً», parties left
// unnamed, a sentence opening on its topic, «الوزير السوري», a bare title before the verb's object, and a warning whose
// clause opens on his fall. Each row written for this table, not taken from the seeds, the development corpus or the
// probe's articles.
import { caseTable, type Case } from "./case-table";

/** A headline, so that the sentence under test is read as a body sentence. */
const HEAD = "مؤتمر جنيف 2 حول سوريا\n";
/** A closing body sentence with no stance. */
const TAIL = "\nوتتواصل التحضيرات لعقد المؤتمر في موعده.\n";

const CASES: Case[] = [
  // «قال إن "سحب الدعوة … جاء تحت ضغط أمريكي وسعودي"»: the withdrawal opening a quotation.
  {
    why: '«إن "سحب الدعوة التي وجهت إلى إيران جاء تحت ضغط أمريكي وسعودي"»: both pressers, the passive clause no inviter',
    text: `${HEAD}وقال مستشار المرشد الإيراني إن "سحب الدعوة التي وجهت إلى إيران جاء تحت ضغط أمريكي وسعودي".${TAIL}`,
    expected: ["saudi_arabia iran_participation oppose", "usa iran_participation oppose"],
  },
  {
    why: '«إن "سحب الدعوة عن إيران جاء تحت ضغوط أمريكية"»: the feminine plural adjective, quoted',
    text: `${HEAD}وقال المتحدث باسم الخارجية الروسية إن "سحب الدعوة عن إيران جاء تحت ضغوط أمريكية".${TAIL}`,
    expected: ["usa iran_participation oppose"],
  },
  {
    why: '«إن "إلغاء الدعوة الموجهة إلى طهران جاء بضغط سعودي"»: cancelled, «بضغط»',
    text: `${HEAD}وقال وزير الخارجية السوري إن "إلغاء الدعوة الموجهة إلى طهران جاء بضغط سعودي".${TAIL}`,
    expected: ["saudi_arabia iran_participation oppose"],
  },
  {
    why: "«الدعوة التي وجهت إلى إيران خطوة صحيحة»: the passive clause not withdrawn still reads the invitation (guard)",
    text: `${HEAD}وقال المتحدث باسم الخارجية الروسية إن الدعوة التي وجهت إلى إيران خطوة صحيحة.${TAIL}`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "«ترحب بسحب الدعوة التي وجهت إلى إيران»: the one welcoming the withdrawal is not read as inviting her (guard)",
    text: `${HEAD}وقالت الخارجية القطرية إنها ترحب بسحب الدعوة التي وجهت إلى إيران.${TAIL}`,
    expected: ["qatar iran_participation oppose"],
  },
  // Readiness to attend with a clause set off between her name and it.
  {
    why: "«أن بلادها، وإن كانت مستعدة للحضور، لن تقبل أي شروط»: the concessive clause says it of her",
    text: `${HEAD}وأعلنت المتحدثة باسم الخارجية الإيرانية أن بلادها، وإن كانت مستعدة للحضور، لن تقبل أي شروط مسبقة.${TAIL}`,
    expected: ["iran geneva2_preconditions unconditional", "iran iran_participation support"],
  },
  {
    why: "«إن إيران، وهي مستعدة للمشاركة في المؤتمر، تنتظر دعوة»: the circumstantial clause",
    text: `${HEAD}وقال وزير الخارجية الإيراني إن إيران، وهي مستعدة للمشاركة في المؤتمر، تنتظر دعوة رسمية.${TAIL}`,
    expected: ["iran iran_participation support"],
  },
  {
    why: "«وطهران، التي لم تدع بعد إلى المؤتمر، تقول إنها مستعدة للحضور»: a relative clause between",
    text: `${HEAD}وطهران، التي لم تدع بعد إلى المؤتمر، تقول إنها مستعدة للحضور.${TAIL}`,
    expected: ["iran iran_participation support"],
  },
  {
    why: "«إن السعودية، وإن كانت مستعدة للحضور، ترفض مشاركة إيران»: another's readiness is not hers (guard)",
    text: `${HEAD}وقال المسؤول إن السعودية، وإن كانت مستعدة للحضور، ترفض مشاركة إيران.${TAIL}`,
    expected: [],
  },
  {
    why: "«إن طهران، التي لم تدع بعد، ترغب في أن يفشل المؤتمر»: a wish that is no taking part (guard)",
    text: `${HEAD}وقال المحلل إن طهران، التي لم تدع بعد، ترغب في أن يفشل المؤتمر.${TAIL}`,
    expected: [],
  },
  // A retreat denied, its «عن» a few words on: the demand stands.
  {
    why: "«لم تتراجع واشنطن لفظياً عن مطالبتها برحيل الأسد»: subject and adverb between the verb and «عن»",
    text: `${HEAD}وكتب المحلل أن واشنطن لم تتراجع لفظيا عن مطالبتها برحيل الأسد.${TAIL}`,
    expected: ["usa assad_role must_go"],
  },
  {
    why: "«لن تتخلى يوماً عن مطالبتها بتنحي الأسد»: an adverb of time between",
    text: `${HEAD}وقال وزير الخارجية الفرنسي إن باريس لن تتخلى يوما عن مطالبتها بتنحي الأسد.${TAIL}`,
    expected: ["france assad_role must_go"],
  },
  {
    why: "«لم تتنازل يوماً عن شرطها رحيل الأسد»: giving up denied",
    text: `${HEAD}وقال المسؤول إن الرياض لم تتنازل يوما عن شرطها رحيل الأسد.${TAIL}`,
    expected: ["saudi_arabia assad_role must_go"],
  },
  {
    why: "«لم يتراجع عن مطالبته برحيل الأسد»: the verb and «عن» together, as before (guard)",
    text: `${HEAD}وقال مصدر في الائتلاف إن الائتلاف لم يتراجع عن مطالبته برحيل الأسد.${TAIL}`,
    expected: ["national_coalition assad_role must_go"],
  },
  // «ما إذا» asks whether.
  {
    why: "«من دون أن يوضح ما إذا كانت واشنطن قد غيرت موقفها من دعوة طهران»: no condition",
    text: `${HEAD}وأشار نائب وزير الخارجية الروسي إلى أن موسكو لمست مرونة، من دون أن يوضح ما إذا كانت واشنطن قد غيرت موقفها من دعوة طهران.${TAIL}`,
    expected: [],
  },
  {
    why: "«ولم يتضح بعد فيما إذا كانت الأمم المتحدة ستدعو إيران»: whether, no one's position",
    text: `${HEAD}ولم يتضح بعد فيما إذا كانت الأمم المتحدة ستدعو إيران إلى المؤتمر.${TAIL}`,
    expected: [],
  },
  {
    why: "«لن تحضر إلا إذا قبلت بيان جنيف»: «إلا إذا» still a condition (guard)",
    text: `${HEAD}وقال وزير الخارجية الفرنسي إن إيران لن تحضر إلا إذا قبلت بيان جنيف 1.${TAIL}`,
    expected: ["france iran_participation conditional"],
  },
  // Her taking part feared.
  {
    why: "«الدوحة تخشى أن يتحول حضور إيران إلى اعتراف بنفوذها»: feared, no one's wish",
    text: `${HEAD}ويرى محللون أن الدوحة تخشى أن يتحول حضور إيران في المؤتمر إلى اعتراف بنفوذها.${TAIL}`,
    expected: [],
  },
  {
    why: "«عن خشيتها من أن تتحول دعوة إيران إلى مكافأة»: the noun of fear",
    text: `${HEAD}وأعربت باريس عن خشيتها من أن تتحول دعوة إيران إلى مكافأة لها.${TAIL}`,
    expected: [],
  },
  {
    why: "«تدعم مشاركة إيران ولا تخشى أي ضغوط»: a fear after the position is no fear of it (guard)",
    text: `${HEAD}وقالت الخارجية الروسية إن موسكو تدعم مشاركة إيران ولا تخشى أي ضغوط.${TAIL}`,
    expected: ["russia iran_participation support"],
  },
  // «X تعلم جيداً أن …»: the speaker's charge.
  {
    why: '«إن "واشنطن تعلم جيداً أن أي حل من دون إيران لن ينجح"»: the Iranian speaker\'s own position',
    text: `${HEAD}وقالت المتحدثة باسم الخارجية الإيرانية إن "واشنطن تعلم جيدا أن أي حل في سوريا من دون إيران لن ينجح".${TAIL}`,
    expected: ["iran iran_participation support"],
  },
  {
    why: "«إن الأمريكيين يدركون تماماً أن أي حل دون إيران سيفشل»: «تماماً»",
    text: `${HEAD}وقال وزير الخارجية الإيراني إن الأمريكيين يدركون تماما أن أي حل دون إيران سيفشل.${TAIL}`,
    expected: ["iran iran_participation support"],
  },
  {
    why: "«إن الأمريكيين باتوا يدركون أن …»: come to see it, theirs as reported (guard)",
    text: `${HEAD}وقال المسؤول الروسي إن الأمريكيين باتوا يدركون أن أي حل دون إيران سيفشل.${TAIL}`,
    expected: ["usa iran_participation support"],
  },
  // Parties left unnamed.
  {
    why: "«أن عدة دول \"تعمل على استبعاد إيران\"»: others', not the speaker's",
    text: `${HEAD}وأوضح نائب وزير الخارجية الروسي أن عدة دول "تعمل منذ أسابيع على استبعاد إيران من الاجتماع".${TAIL}`,
    expected: [],
  },
  {
    why: "«إن بعض الدول الغربية تطالب برحيل الأسد»: a demand of states unnamed",
    text: `${HEAD}وقال وزير الخارجية الروسي إن بعض الدول الغربية تطالب برحيل الأسد قبل المفاوضات.${TAIL}`,
    expected: [],
  },
  {
    why: "«إن عدة دول تعارض حضور إيران»: «عدة»",
    text: `${HEAD}وقال المتحدث باسم الخارجية الإيرانية إن عدة دول تعارض حضور إيران.${TAIL}`,
    expected: [],
  },
  {
    why: "«إن السعودية تعارض حضور إيران»: a party named holds it (guard)",
    text: `${HEAD}وقال وزير الخارجية الروسي إن السعودية تعارض حضور إيران.${TAIL}`,
    expected: ["saudi_arabia iran_participation oppose"],
  },
  // A sentence opening on its topic, then the verb with no subject: the speaker goes on.
  {
    why: "«وحول مستقبل الرئيس السوري قالت إن …»: the spokeswoman goes on",
    text: `${HEAD}وقالت المتحدثة باسم الخارجية الإيرانية مرضية أفخم إن بلادها لم تتلق دعوة رسمية. وحول مستقبل الرئيس السوري قالت إن المطالبة برحيل الرئيس بشار الأسد تدخل في الشؤون الداخلية لسوريا.${TAIL}`,
    expected: ["iran assad_role may_stay"],
  },
  {
    why: "«وعن مصير الأسد قال إن رحيله ليس مطروحاً»: «عن»",
    text: `${HEAD}وقال وزير الخارجية الروسي سيرغي لافروف إن بلاده تدعم الحل السياسي. وعن مصير الأسد قال إن رحيله ليس مطروحا.${TAIL}`,
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "«وبشأن مشاركة إيران، أوضح أن على طهران أن تسحب مقاتليها»: «بشأن» and a comma",
    text: `${HEAD}وقال رئيس الائتلاف أحمد الجربا إن الائتلاف سيحضر المؤتمر. وبشأن مشاركة إيران، أوضح أن على طهران أن تسحب مقاتليها أولا.${TAIL}`,
    expected: ["national_coalition iran_participation conditional"],
  },
  {
    why: "«وعن شروط المعارضة، اعتبر لافروف أن …»: the conditions the sentence opens on are no one's there",
    text: `${HEAD}وقال وزير الخارجية الروسي سيرغي لافروف إن بلاده تدعم الحل السياسي. وعن شروط المعارضة، اعتبر لافروف أن مطالبة الائتلاف برحيل الأسد قبل المفاوضات مطلب غير واقعي.${TAIL}`,
    expected: ["national_coalition assad_role must_go", "russia assad_role may_stay"],
  },
  // «الوزير السوري»: a minister is the government's.
  {
    why: "«أكد الوزير السوري أن الحكومة ستشارك من دون شروط مسبقة»",
    text: `${HEAD}وفي رسالة وجهها إلى الأمين العام، أكد الوزير السوري أن الحكومة ستشارك في المؤتمر من دون شروط مسبقة.${TAIL}`,
    expected: ["syrian_government geneva2_preconditions unconditional"],
  },
  {
    why: "«وقال الوزير السوري إن مقام الرئاسة ليس مطروحاً للنقاش»",
    text: `${HEAD}وقال الوزير السوري إن مقام الرئاسة ليس مطروحا للنقاش.${TAIL}`,
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: "«وقال المعارض السوري إن الائتلاف لن يشارك ما لم يرحل الأسد»: a Syrian oppositionist is no minister (guard)",
    text: `${HEAD}وقال المعارض السوري إن الائتلاف لن يشارك ما لم يرحل الأسد.${TAIL}`,
    expected: ["national_coalition assad_role must_go", "national_coalition geneva2_preconditions conditional"],
  },
  // A bare title right after the verb, then a party: the verb's object; a participle after a comma is the speaker's.
  {
    why: "«واتهمت المتحدثة الأمريكيين بأنهم يعارضون …، مضيفة أن أي حل من دون إيران لن ينجح»",
    text: `${HEAD}وقالت المتحدثة باسم الخارجية الإيرانية مرضية أفخم إن بلادها لم تتلق دعوة. واتهمت المتحدثة الأمريكيين بأنهم يعارضون مشاركة إيران، مضيفة أن أي حل في سوريا من دون إيران لن ينجح.${TAIL}`,
    expected: ["iran iran_participation support", "usa iran_participation oppose"],
  },
  {
    why: "«وانتقد الوزير واشنطن، مؤكداً أن حضور إيران ضروري»: the minister named before",
    text: `${HEAD}وقال وزير الخارجية الروسي سيرغي لافروف إن بلاده تدعم الحل. وانتقد الوزير واشنطن، مؤكدا أن حضور إيران ضروري.${TAIL}`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "«وقالت المتحدثة باسم وزارة الخارجية الأمريكية جين ساكي إن …»: a title of a body named after it speaks for it (guard)",
    text: `${HEAD}وقال المتحدث باسم الائتلاف لؤي صافي إن الائتلاف سيحضر. وقالت المتحدثة باسم وزارة الخارجية الأمريكية جين ساكي إن واشنطن تعارض حضور إيران.${TAIL}`,
    expected: ["usa iran_participation oppose"],
  },
  // A warning whose clause opens on his fall or departure: what is warned against.
  {
    why: "«محذراً من أن إسقاط الأسد سيسلم سوريا للإرهابيين»: his fall warned against",
    text: `${HEAD}وقال مساعد وزير الخارجية الإيراني إن بلاده تدعم الحل، محذرا من أن إسقاط الأسد سيسلم سوريا للإرهابيين.${TAIL}`,
    expected: ["iran assad_role may_stay"],
  },
  {
    why: "«محذراً من رحيل الأسد»: the participle of warning, no clause",
    text: `${HEAD}وقال وزير الخارجية الإيراني إن طهران تدعم الحل، محذرا من رحيل الأسد.${TAIL}`,
    expected: ["iran assad_role may_stay"],
  },
  {
    why: "«محذراً من أن استبعاد إيران سيفشل المؤتمر»: her exclusion warned against, as before (guard)",
    text: `${HEAD}وقال وزير الخارجية الروسي إن موسكو تدعم الحل، محذرا من أن استبعاد إيران سيفشل المؤتمر.${TAIL}`,
    expected: ["russia iran_participation support"],
  },
];

caseTable("probe 11, round r89", CASES);
