// Kinds mended in the fortieth probe: a condition refused as imposed on the one refusing («لا يمكن أن تقبل أن يفرض
// عليها أحد شرط تنحي الأسد», «ترفض أن يفرض عليها أحد …»); a verb joined by «و» after a comma going on with the subject
// of the clause an «أن» hangs on, not with the subject of that «أن»'s own verb; Iran invited in the passive («أن تُدعى
// إيران»); an aside inside «لن نسمح لأحد، كائناً من كان، أن يمس …»; power taken «من يد الأسد»; a headline's surname
// read as the body's person; names learnt past the city of a post; the setter of conditions described before «ما زال»;
// «لا نرى دوراً لإيران»; «لا سبيل إلى أن» (no way that); plural officials with their nationality; conditions named
// bare as the object of a rejection; and a statement issued by a body that came out of its meeting with a decision.
import { caseTable, type Case } from "./case-table";

const T = "جنيف 2: مواقف\n\n";

const CASES: Case[] = [
  {
    why: "a condition of his stepping down refused as imposed by anyone: no condition, and he may stay",
    text: `${T}وقال نائب وزير الخارجية الروسي إن بلاده لا يمكن أن تقبل أن يفرض عليها أحد شرط تنحي الأسد.`,
    expected: ["russia geneva2_preconditions unconditional", "russia assad_role may_stay"],
  },
  {
    why: "the same refused with a verb of rejecting («ترفض أن يفرض عليها أحد شرط …»)",
    text: `${T}وأكد مساعد وزير الخارجية الإيراني أن طهران ترفض أن يفرض عليها أحد شرط رحيل الرئيس الأسد.`,
    expected: ["iran geneva2_preconditions unconditional", "iran assad_role may_stay"],
  },
  {
    why: "dictated «علينا» by any party, in the first person",
    text: `${T}وقال وزير الخارجية السوري: لن نقبل أن يملي علينا أي طرف شرط رحيل الرئيس الأسد.`,
    expected: ["syrian_government geneva2_preconditions unconditional", "syrian_government assad_role may_stay"],
  },
  {
    why: "guard: a condition accepted only if imposed on no one else is still the demand it names",
    text: `${T}وقال رئيس الائتلاف إن الائتلاف لن يذهب إلى جنيف إلا بشرط رحيل الأسد.`,
    expected: ["national_coalition geneva2_preconditions conditional", "national_coalition assad_role must_go"],
  },
  {
    why: "a verb joined by «و» after a comma goes on with the subject the «أن» hangs on, not with its own verb's subject",
    text: `${T}وقال رئيس الائتلاف إن الائتلاف يرفض أن يضع النظام شروطاً، ويصر على رحيل الأسد.`,
    expected: ["national_coalition geneva2_preconditions unconditional", "national_coalition assad_role must_go"],
  },
  {
    why: "the same in VSO («ورفض الائتلاف أن يحدد النظام …، وطالب برحيل الأسد»)",
    text: `${T}ورفض الائتلاف الوطني السوري أن يحدد النظام جدول الأعمال، وطالب برحيل الأسد.`,
    expected: ["national_coalition assad_role must_go"],
  },
  {
    why: "guard: a name that opens its own clause after the comma holds it",
    text: `${T}وقال رئيس الائتلاف إن الائتلاف يرفض أن يضع النظام شروطاً، وتطالب موسكو ببقاء الأسد.`,
    expected: ["national_coalition geneva2_preconditions unconditional", "russia assad_role may_stay"],
  },
  {
    why: "Iran invited in the passive, judged unacceptable («من غير المقبول أن تُدعى إيران»): oppose",
    text: `${T}وقال المتحدث باسم الائتلاف إنه من غير المقبول أن تُدعى إيران إلى المؤتمر.`,
    expected: ["national_coalition iran_participation oppose"],
  },
  {
    why: "Iran invited in the passive, rejected",
    text: `${T}وقال المتحدث باسم الائتلاف إن الائتلاف يرفض أن تدعى إيران إلى المؤتمر.`,
    expected: ["national_coalition iran_participation oppose"],
  },
  {
    why: "Iran invited in the passive, demanded («طالب بأن تُدعى إيران»): support",
    text: `${T}وطالب وزير الخارجية الروسي بأن تدعى إيران إلى المؤتمر.`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "guard: «أن تدّعي إيران» (that Iran claims) is not her invitation",
    text: `${T}ونفى المتحدث باسم الخارجية الأمريكية أن تدعي إيران أنها تريد السلام.`,
    expected: [],
  },
  {
    why: "an aside inside «لن نسمح لأحد، كائناً من كان، أن يمس بمقام الرئاسة»: he stays",
    text: `${T}وقال وزير الخارجية السوري: لن نسمح لأحد، كائناً من كان، أن يمس بمقام الرئاسة.`,
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: "power handed over «من يد الأسد»: he must go",
    text: `${T}وقال رئيس الائتلاف إن الحل يبدأ بنقل السلطة كاملة من يد الأسد إلى هيئة انتقالية.`,
    expected: ["national_coalition assad_role must_go"],
  },
  {
    why: "guard: power handed over from his hand said not to be on the table keeps him",
    text: `${T}وقال نائب وزير الخارجية الروسي إن نقل السلطة من يد الأسد غير مطروح.`,
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "a headline names a person by his surname before the body names him in full: the body's person («والزعبي:» over «العميد أسعد الزعبي»)",
    text: `حجاب: لن نذهب قبل فك الحصار.. والزعبي: لا مكان للأسد في المرحلة الانتقالية\n\nوكان رئيس الوفد المفاوض العميد أسعد الزعبي قد وصل إلى جنيف أمس.`,
    expected: ["hnc assad_role must_go"],
  },
  {
    why: "«معارضة الرياض» is the negotiations committee, not Saudi Arabia",
    text: `${T}وقال نائب وزير الخارجية السوري إن معارضة الرياض لا تزال تطالب برحيل الأسد.`,
    expected: ["hnc assad_role must_go"],
  },
  {
    why: "an ambassador named with the city of his post («سفير إيران بدمشق محمد رضا رؤوف شيباني») is learnt, and his surname later is he",
    text: `${T}والتقى المعلم اليوم سفير الجمهورية الإسلامية الإيرانية بدمشق محمد رضا رؤوف شيباني، وبحث معه التطورات.\n\nوأكد المعلم أن الوفد سيذهب إلى جنيف دون شروط مسبقة.\n\nمن جهته أكد السفير شيباني أن بلاده لن تقبل بأي شروط مسبقة تفرض على حضورها.`,
    expected: ["syrian_government geneva2_preconditions unconditional", "iran geneva2_preconditions unconditional"],
  },
  {
    why: "guard: no name learnt from a title followed by words that run on past four («جيف راثكي موقف بلاده بأن»)",
    text: `${T}وجدد المتحدث باسم الخارجية الأمريكية جيف راثكي موقف بلاده بأن الأسد فقد شرعيته، في حين قال وزير الخارجية القطري خالد العطية إن بلاده لن تقبل بأي حل يبقي الأسد في السلطة.`,
    expected: ["usa assad_role must_go", "qatar assad_role must_go"],
  },
  {
    why: "the setter of conditions described before «ما زال» («الائتلاف المرتهن لأجندات خارجية ما زال يضع شروطاً»)",
    text: `${T}وأشار وزير الخارجية السوري إلى أن ما يسمى "الائتلاف" المرتهن لأجندات خارجية ما زال يضع شروطاً تعجيزية لحضوره المؤتمر.`,
    expected: ["national_coalition geneva2_preconditions conditional", "syrian_government geneva2_preconditions unconditional"],
  },
  {
    why: "«لا نرى دوراً لإيران» opposes her seat",
    text: `${T}وقالت المتحدثة باسم الخارجية الأمريكية إن بلادها «لا ترى دوراً لإيران في المؤتمر في الوقت الراهن».`,
    expected: ["usa iran_participation oppose"],
  },
  {
    why: "guard: «لا نرى مانعاً من مشاركة إيران» supports it",
    text: `${T}وقال وزير الخارجية الروسي إنه لا يرى مانعاً من مشاركة إيران في المؤتمر.`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "«معارضة مقنعة» is the opposition, no objection to Iran named after it",
    text: `${T}فبعد أسابيع على إعلان المبعوث الأممي أن المؤتمر «لن يعقد من دون معارضة مقنعة»، انتقلت العقدة إلى مسألة الحضور الإيراني.`,
    expected: [],
  },
  {
    why: "a party named inside a quotation closed before «مضيفاً:» holds nothing of the speaker's own words after it",
    text: `${T}وقال قائد ميداني في الجيش الحر إن "الهدنة انتهت، والنظام لم يلتزم بها يوما"، مضيفا: "لا يمكن أن نقبل بأي حل سياسي يبقي الأسد".`,
    expected: [],
  },
  {
    why: "«لا سبيل إلى أن يكون الأسد جزءاً من …» (no way that): «إلى أن» is not «until» there",
    text: `${T}وقال وزير الخارجية الأمريكي إنّ «لا سبيل» إلى أن يكون بشار الأسد جزءاً من الحكومة الانتقالية.`,
    expected: ["usa assad_role must_go"],
  },
  {
    why: "guard: «لن تتوقف إلى أن يرحل الأسد» (until) still wants him gone",
    text: `${T}وقال رئيس الائتلاف إن الثورة لن تتوقف إلى أن يرحل الأسد.`,
    expected: ["national_coalition assad_role must_go"],
  },
  {
    why: "«لا يجب بالضرورة أن يكون رحيله شرطاً» (not necessarily a condition)",
    text: `${T}وقال وزير الخارجية البريطاني إن رحيل الأسد لا يجب بالضرورة أن يكون شرطاً لبدء المرحلة الانتقالية.`,
    expected: ["uk assad_role may_stay", "uk geneva2_preconditions unconditional"],
  },
  {
    why: "diplomats named in the definite plural with their nationality («الديبلوماسيون الروس»)",
    text: `${T}ويرى الديبلوماسيون الروس أن أي مؤتمر تغيب عنه إيران سيكون ناقصاً.`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "whoever raises his conditions («من يرفع سقف شروطه») sets none of the speaker's",
    text: `${T}وقال نائب وزير الخارجية الروسي إن المؤتمر «يجب أن يعقد من دون أي شروط مسبقة»، معتبراً أن «من يرفع سقف شروطه إنما يبحث عن ذريعة».`,
    expected: ["russia geneva2_preconditions unconditional"],
  },
  {
    why: "«أعاد … لازمته:» (repeated his refrain) opens what the speaker says",
    text: `${T}أما وزير الخارجية السعودي فأعاد معزوفته المعروفة: «لا مستقبل للأسد في سوريا».`,
    expected: ["saudi_arabia assad_role must_go"],
  },
  {
    why: "conditions named bare as the object of a rejection past the cue's reach («رفضت هيئة التنسيق … في بيان لمكتبها التنفيذي الشروط»)",
    text: `${T}ورفضت هيئة التنسيق الوطنية لقوى التغيير الديمقراطي في بيان لمكتبها التنفيذي «الشروط المسبقة من أي طرف كان».`,
    expected: ["ncb geneva2_preconditions unconditional"],
  },
  {
    why: "a rejection of something else, then «وأكد أن …» after a comma: conditions named in that clause are not rejected",
    text: `${T}ورفض الائتلاف الوطني السوري الاتهامات، وأكد أن الشروط المسبقة ضرورية.`,
    expected: ["national_coalition geneva2_preconditions conditional"],
  },
  {
    why: "a body that came out of its meeting with a decision («خرجت الهيئة العامة للائتلاف … بقرار») issues the final statement after it",
    text: `${T}بعد يومين من النقاشات في إسطنبول، خرجت الهيئة العامة للائتلاف الوطني السوري بقرار الموافقة المشروطة على حضور المؤتمر.\n\nفقد أكد البيان الختامي أن مشاركة الائتلاف مرهونة بتشكيل هيئة حكم انتقالية لا يكون فيها لبشار الأسد أي دور.`,
    expected: ["national_coalition geneva2_preconditions conditional", "national_coalition assad_role must_go"],
  },
];

caseTable("The fortieth probe's kinds: conditions refused as imposed, joined verbs, Iran invited in the passive", CASES);
