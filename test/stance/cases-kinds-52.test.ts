// Kinds mended in the fifty-second probe, from the wrong labels left on the probe rounds (a party said to set
// conditions where it rejects them), each a row here, with guards:
// - an example between commas after the conditions, before the predicate rejecting them («وضع أي شروط مسبقة، كوقف
//   القصف، أمر غير مقبول», «، مثل …،», «، من قبيل …،»);
// - a verb of imposing read as a passive, the one it is imposed on between it and the conditions («لا يمكن أن تُفرض
//   على الحكومة السورية شروط مسبقة»): the negation reaches the conditions, and the one after «على» sets none;
// - a verb of rejecting, its subject named after it and where it said so between them and the conditions («رفضت
//   الخارجية الروسية في بيان أصدرته أمس الشروط المسبقة …»);
// - his departure named as an example or the first of the conditions, between commas, before the predicate rejecting
//   them («الشروط المسبقة، كرحيل الأسد، أمر غير مقبول», «، بما فيها رحيل الأسد،», «، وأولها …،»): his departure
//   made a condition is rejected too (CONTRACT.md: may_stay), not demanded;
// - a negation reaching the conditions across the preposition its verb takes them with («لا يمكن أن يقوم على شروط
//   مسبقة», «لا يجوز أن يخضع لأي شروط»);
// - an Iraqi militia named after a party («كتائب حزب الله») is not Lebanon's Hezbollah (actors.json, nonActors);
// - a denial whose subject is named at length, where he said it between commas, before «أن» («نفى السفير السعودي علي
//   عسيري، بعد زيارته الرئيس في بكفيا، أن تكون المملكة قد ضغطت لسحب الدعوة»): what is denied states nothing;
// - addressing someone with words («توجه إلى من سماهم «رعاة المعارضة» بالقول: …», «خاطب الحضور بالقول …»), quoted
//   names between the verb and «بالقول» (attribution.json); Syria's chargé d'affaires as its government's official, as
//   its ambassador is; Mohammad Raad, head of Hezbollah's bloc in parliament, as Hezbollah (actors.json);
// - a taking part bound to what comes first («مشاركة إيران … يجب أن يقترن بوقف تدخلها العسكري», «مشاركتنا مقرونة بوقف
//   القصف»): «مقرون/مقترن/يقترن» among the words of condition (cues.json), and «وقف/إنهاء/خروج» among what Iran must do;
// - some unnamed others as the subject of what the speaker reports («إن بعض المعارضين …», «إن "بعض من اجتمعوا في
//   الرياض ما زالوا يصرون على رحيل الأسد شرطاً مسبقاً، وهذا طريق مسدود"»): theirs is no one's, the judgement his.
import { caseTable, type Case } from "./case-table";

const T = "جنيف 2: مواقف\n\n";

const CASES: Case[] = [
  {
    why: "«وضع أي شروط مسبقة، مثل …، أمر غير مقبول»: the example between commas, then the rejection",
    text: `${T}وقال نائب وزير الخارجية الروسي إن "وضع أي شروط مسبقة، مثل وقف العمليات العسكرية، أمر غير مقبول".`,
    expected: ["russia geneva2_preconditions unconditional"],
  },
  {
    why: "«الشروط المسبقة، كـ…، مرفوضة»: the example with «ك»",
    text: `${T}وأكد المتحدث باسم الخارجية الإيرانية أن الشروط المسبقة، كالإفراج عن المعتقلين قبل بدء الحوار، مرفوضة من أساسها.`,
    expected: ["iran geneva2_preconditions unconditional"],
  },
  {
    why: "«الشروط المسبقة، من قبيل …، تعرقل الحل»: the example with «من قبيل»",
    text: `${T}وقالت الخارجية الروسية في بيان إن الشروط المسبقة، من قبيل تشكيل هيئة انتقالية قبل التفاوض، تعرقل الحل السياسي.`,
    expected: ["russia geneva2_preconditions unconditional"],
  },
  {
    why: "guard: conditions set, with their example between commas, and no rejection after",
    text: `${T}وقال رئيس الائتلاف إن المعارضة وضعت شروطا مسبقة، كوقف القصف، قبل الذهاب إلى جنيف.`,
    expected: ["syrian_opposition geneva2_preconditions conditional"],
  },
  {
    why: "«لا يمكن أن تُفرض على X شروط مسبقة»: the negated passive refuses them, and X after «على» sets none",
    text: `${T}وقال وزير الخارجية الروسي إنه لا يمكن أن تفرض على الحكومة السورية شروط مسبقة قبل بدء المفاوضات.`,
    expected: ["russia geneva2_preconditions unconditional"],
  },
  {
    why: "«لن تُفرض على وفدنا أي شروط»: the same with «لن» and the speaker's own delegation",
    text: `${T}وقال رئيس وفد المعارضة إنه لن توضع أمام الوفد أي شروط مسبقة للجلوس إلى الطاولة.`,
    expected: ["syrian_opposition geneva2_preconditions unconditional"],
  },
  {
    why: "guard: the active verb, its subject named first, sets them («تفرض واشنطن على المعارضة شروطا»)",
    text: `${T}وقال المعلم إن واشنطن تفرض على المعارضة شروطا مسبقة لمنعها من الذهاب إلى جنيف.`,
    expected: ["usa geneva2_preconditions conditional"],
  },
  {
    why: "«رفضت X في بيان أصدرته أمس الشروط المسبقة التي تضعها Y»: the rejection reaches past its subject and where it was said",
    text: `${T}ورفضت الخارجية الروسية في بيان أصدرته أمس الشروط المسبقة التي تضعها المعارضة للذهاب إلى جنيف.`,
    expected: ["russia geneva2_preconditions unconditional", "syrian_opposition geneva2_preconditions conditional"],
  },
  {
    why: "guard: the verb's object before the adverbial («رفض الائتلاف دعوة موسكو للمشاركة في لقاء … دون شروط»)",
    text: `${T}ورفض الائتلاف الوطني دعوة موسكو للمشاركة في لقاء غير رسمي دون شروط مسبقة.`,
    expected: [],
  },
  {
    why: "«ترفض X خلال مؤتمر صحفي أي شروط مسبقة»: the same with «خلال»",
    text: `${T}وترفض طهران خلال كل لقاء دولي أي شروط مسبقة على الحوار السوري.`,
    expected: ["iran geneva2_preconditions unconditional"],
  },
  {
    why: "guard: what is rejected is another thing, whose owner sets conditions in a relative clause",
    text: `${T}ورفضت موسكو في بيانها أمس اتهامات المعارضة التي وضعت شروطا مسبقة للمشاركة في جنيف.`,
    expected: ["syrian_opposition geneva2_preconditions conditional"],
  },
  {
    why: "«الشروط المسبقة، كرحيل الأسد، أمر غير مقبول»: his departure as the example of conditions rejected",
    text: `${T}وقال نائب وزير الخارجية الروسي إن "الشروط المسبقة، كرحيل الأسد، أمر غير مقبول".`,
    expected: ["russia assad_role may_stay", "russia geneva2_preconditions unconditional"],
  },
  {
    why: "«أي شروط مسبقة، بما فيها تنحي الأسد، مرفوضة»: the same with «بما فيها»",
    text: `${T}وأكد المتحدث باسم الخارجية الإيرانية أن أي شروط مسبقة، بما فيها تنحي الرئيس الأسد، مرفوضة.`,
    expected: ["iran assad_role may_stay", "iran geneva2_preconditions unconditional"],
  },
  {
    why: "«الشروط، وفي مقدمتها رحيل الأسد، تنسف الحوار»: the same with the first of them",
    text: `${T}وقالت الخارجية الروسية إن الشروط المسبقة، وفي مقدمتها رحيل الأسد، تنسف أي حوار.`,
    expected: ["russia assad_role may_stay", "russia geneva2_preconditions unconditional"],
  },
  {
    why: "guard: conditions set, his departure their example, nothing rejecting them: the setter's must_go",
    text: `${T}وقال رئيس الائتلاف إن الائتلاف وضع شروطا، وفي مقدمتها رحيل الأسد، قبل الذهاب إلى جنيف.`,
    expected: ["national_coalition assad_role must_go", "national_coalition geneva2_preconditions conditional"],
  },
  {
    why: "«الحل لا يمكن أن يقوم على شروط مسبقة»: the negation reaches across «على»",
    text: `${T}وقال مساعد وزير الخارجية الإيراني إن الحل السياسي في سوريا لا يمكن أن يقوم على شروط مسبقة.`,
    expected: ["iran geneva2_preconditions unconditional"],
  },
  {
    why: "«لا يجوز أن يخضع الحوار لأي شروط»: across «لأي»",
    text: `${T}وأكد وزير الخارجية الروسي أن الحوار السوري لا يجوز أن يخضع لأي شروط مسبقة.`,
    expected: ["russia geneva2_preconditions unconditional"],
  },
  {
    why: "guard: a verb of agreeing on conditions, not negated, stays conditional",
    text: `${T}وقال رئيس الائتلاف إن المشاركة في المؤتمر ستقوم على شروط واضحة أبرزها وقف القصف.`,
    expected: ["national_coalition geneva2_preconditions conditional"],
  },
  {
    why: "«كتائب حزب الله» in Iraq is no name of Hezbollah: no tuple for it",
    text: `${T}وأصدرت كتائب حزب الله في العراق بيانا رفضت فيه أي مؤتمر يستبعد إيران، مؤكدة أن رحيل الأسد وهم.`,
    expected: [],
  },
  {
    why: "guard: Hezbollah's own deputy secretary-general is still Hezbollah",
    text: `${T}وقال نائب الأمين العام لحزب الله الشيخ نعيم قاسم إن رحيل الأسد وهم يعيشه خصومه.`,
    expected: ["hezbollah assad_role may_stay"],
  },
  {
    why: "«نفى X، بعد زيارته …، أن تكون المملكة قد ضغطت لسحب الدعوة»: denied across a long subject and an aside",
    text: `${T}ونفى السفير السعودي علي عواض عسيري، بعد زيارته الرئيس اللبناني في بعبدا، أن تكون المملكة «قد ضغطت على الأمم المتحدة لسحب الدعوة الموجهة إلى إيران».`,
    expected: [],
  },
  {
    why: "guard: the pressure reported, not denied, is Saudi Arabia's opposition",
    text: `${T}وقال دبلوماسيون في نيويورك إن المملكة ضغطت على الأمم المتحدة لسحب الدعوة الموجهة إلى إيران.`,
    expected: ["saudi_arabia iran_participation oppose"],
  },
  {
    why: "«توجه X إلى من سماهم «…» بالقول: «…»»: the one who addresses them says it, quoted names between",
    text: `${T}وتوجه رئيس كتلة «الوفاء للمقاومة» النائب محمد رعد إلى من سماهم «رعاة المعارضة في الخليج» بالقول: «من يضع رحيل الرئيس بشار الأسد شرطاً قبل الجلوس إلى الطاولة إنما يريد للحرب أن تستمر».`,
    expected: ["hezbollah assad_role may_stay", "hezbollah geneva2_preconditions unconditional"],
  },
  {
    why: "«خاطب X الصحافيين بالقول إن …»: the same with «خاطب»",
    text: `${T}وخاطب وزير الخارجية الإيراني الصحافيين في طهران بالقول إن إيران لن تقبل أي شروط مسبقة لحضور المؤتمر.`,
    expected: ["iran geneva2_preconditions unconditional"],
  },
  {
    why: "guard: «توجه إلى جنيف» is a journey, not words: the sentence's own verb of saying speaks",
    text: `${T}وتوجه وزير الخارجية الروسي إلى جنيف أمس، وقال إن مصير الأسد يقرره السوريون.`,
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "«القائم بالأعمال السوري» speaks for the Syrian government, as «السفير السوري» does",
    text: `${T}وقال القائم بالأعمال السوري في بغداد إن وفد الحكومة ذاهب إلى جنيف من دون شروط.`,
    expected: ["syrian_government geneva2_preconditions unconditional"],
  },
  {
    why: "«مشاركة إيران في اجتماعات فيينا يجب أن يقترن بوقف تدخلها العسكري»: her taking part on a condition",
    text: `${T}وقال وزير الخارجية التركي إن استمرار مشاركة إيران في اجتماعات فيينا يجب أن يقترن بوقف تدخلها العسكري في سوريا.`,
    expected: ["turkey iran_participation conditional"],
  },
  {
    why: "«مشاركتنا في المؤتمر مقرونة بوقف القصف»: one's own taking part bound to a condition",
    text: `${T}وقال رئيس الائتلاف إن مشاركتنا في مؤتمر جنيف مقرونة بوقف القصف على المدن.`,
    expected: ["national_coalition geneva2_preconditions conditional"],
  },
  {
    why: "guard: what comes with her taking part («تقترن دائما بأزمات») is no condition",
    text: `${T}وقال الوزير التركي إن مشاركة إيران في المؤتمر تقترن دائما بأزمات في المنطقة.`,
    expected: [],
  },
  {
    why: "«إن بعض من اجتمعوا في الرياض ما زالوا يصرون على رحيل الأسد شرطاً، وهذا طريق مسدود»: the speaker's may_stay only",
    text: `${T}وقال وزير الخارجية الروسي إن "بعض من اجتمعوا في الرياض ما زالوا يصرون على رحيل الأسد شرطا مسبقا، وهذا طريق مسدود".`,
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "«إن بعض المعارضين يطالبون برحيل الأسد»: unnamed others hold it, not the speaker",
    text: `${T}وقال وزير الخارجية الإيراني إن بعض المعارضين يطالبون برحيل الأسد قبل أي حوار.`,
    expected: [],
  },
];

caseTable("kinds of the fifty-second probe", CASES);
