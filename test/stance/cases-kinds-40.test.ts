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
    why: "guard: the same in VSO («ورفض الائتلاف أن يحدد النظام …، وطالب برحيل الأسد») was read before and still is",
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
  {
    why: 'quotation marks inside «على إيران أن "تقبل علناً" بيان جنيف» do not break the terms set on her',
    text: `${T}وقالت المتحدثة باسم الخارجية الأمريكية إن على طهران أن "تقبل علنا" بيان جنيف1 إذا كانت تريد أن تكون جزءا من المؤتمر.`,
    expected: ["usa iran_participation conditional"],
  },
  {
    why: 'her seat let in, then the talks named with their date and place, one comma and «"شرط أن …"»: conditional on her',
    text: `${T}وقال وزير الخارجية الفرنسي إن بلاده لا ترى مانعا من حضور إيران مؤتمر "جنيف 2" حول سوريا المقرر في 22 كانون الثاني/يناير المقبل في سويسرا، "شرط أن تقبل طهران صراحة بمبدأ تشكيل حكومة انتقالية".`,
    expected: ["france iran_participation conditional"],
  },
  {
    why: "a verb of reading with its own subject («تفسرها العواصم الغربية») between: the one named before holds none of the reading",
    text: `${T}ولم تشارك إيران في اجتماع جنيف الأول، ولم توقع على البيان الختامي الذي ينص على تشكيل هيئة حكم انتقالية، وهي صيغة تفسرها العواصم الغربية على أنها تعني خروج الأسد.`,
    expected: [],
  },
  {
    why: "guard: a party named as the reader («تفسرها واشنطن على أنها تعني خروج الأسد») holds it",
    text: `${T}وهي صيغة تفسرها واشنطن على أنها تعني خروج الأسد.`,
    expected: ["usa assad_role must_go"],
  },
  {
    why: "«استبعاد أي دور للأسد» (his role excluded) is his going, not a role kept",
    text: `${T}وشدد وزير الخارجية السعودي على "استبعاد أي دور للأسد في أي ترتيبات لمستقبل سوريا".`,
    expected: ["saudi_arabia assad_role must_go"],
  },
  {
    why: "the adjective of her forces («الحرس الثوري الإيراني») names no seat of hers at the talks",
    text: `${T}وشدد وزير الخارجية السعودي على استبعاد أي دور للأسد، ودعا إلى انسحاب القوات الأجنبية بما فيها الحرس الثوري الإيراني.`,
    expected: ["saudi_arabia assad_role must_go"],
  },
  {
    why: "a bare «بان» before «للصحافيين في نيويورك:» is the Secretary-General named in full before",
    text: `${T}وجه الأمين العام للأمم المتحدة بان كي مون مساء الأحد رسالة إلى الأطراف.\n\nوقال بان للصحافيين في نيويورك: "أعتقد بقوة أن إيران يجب أن تكون جزءا من الحل".`,
    expected: ["un iran_participation support"],
  },
  {
    why: "whoever sets his going as a condition «لا يريد حواراً ولا حلاً»: the condition rejected",
    text: `${T}وقالت المستشارة السياسية والإعلامية للرئيس السوري بثينة شعبان إن "من يضع رحيل الرئيس شرطا للحوار لا يريد حوارا ولا حلا".`,
    expected: ["syrian_government assad_role may_stay", "syrian_government geneva2_preconditions unconditional"],
  },
  {
    why: "«وقال كيري بدوره:» is «for his part», not Assad's role",
    text: `${T}وقال وزير الخارجية الفرنسي إن بشار الأسد لا يمكن أن يكون جزءا من الحكومة الانتقالية.\nوقال وزير الخارجية الأمريكي جون كيري بدوره: "لا يمكن أن نتصور أن يكون الأسد جزءا من الحكومة الانتقالية".`,
    expected: ["france assad_role must_go", "usa assad_role must_go"],
  },
  {
    why: "a place denied another right after the refusal («لا مكان فيها لبشار الأسد») refuses no one's seat for Iran",
    text: `${T}وأوضح وزير الخارجية التركي أن تركيا "تؤيد مشاركة إيران في المؤتمر"، غير أنه استدرك بالقول إن "سوريا المستقبل لا مكان فيها لبشار الأسد".`,
    expected: ["turkey iran_participation support", "turkey assad_role must_go"],
  },
  {
    why: "a condition of his going named with its owner («شرط الائتلاف رحيل الأسد») is the owner's; the critic holds the opposite",
    text: `${T}وانتقد المنسق العام لهيئة التنسيق شرط الائتلاف الوطني رحيل الأسد قبل بدء التفاوض.`,
    expected: [
      "national_coalition geneva2_preconditions conditional",
      "national_coalition assad_role must_go",
      "ncb geneva2_preconditions unconditional",
      "ncb assad_role may_stay",
    ],
  },
  {
    why: "«فلا مكان له» (his pronoun, «ف» before the negation) after he is named",
    text: `${T}وأوضح المتحدث باسم الهيئة العليا للمفاوضات أن موقف الهيئة من الأسد ثابت، فلا مكان له في هيئة الحكم الانتقالي.`,
    expected: ["hnc assad_role must_go"],
  },
  {
    why: "holding the talks without Iran judged a mistake after it («عقد المؤتمر من دون إيران سيكون خطأ»): she should be there",
    text: `${T}وقال وزير الخارجية الروسي إن عقد المؤتمر من دون إيران سيكون خطأ.`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "guard: holding it without her called right wants her out of it, no support",
    text: `${T}وقال رئيس الائتلاف إن عقد المؤتمر من دون إيران هو الصواب.`,
    expected: [],
  },
  {
    why: "an ultimatum ending on «وإلا فإنه سيسحب موافقته على الحضور»: a condition of attending",
    text: `${T}وأمهل الائتلاف الوطني السوري الأمم المتحدة حتى المساء لسحب الدعوة وإلا فإنه سيسحب موافقته على الحضور.`,
    expected: ["national_coalition geneva2_preconditions conditional"],
  },
  {
    why: "conditions on a meeting another capital hosts («لقاء تشاوري تستضيفه موسكو») are not Geneva's",
    text: `${T}وكشف المنسق العام لهيئة التنسيق أن الهيئة تلقت دعوة للمشاركة في لقاء تشاوري للمعارضة تستضيفه موسكو، مشيرا إلى أن الهيئة "لا تمانع المشاركة فيه من دون شروط".`,
    expected: [],
  },
  {
    why: "the spokesman of the Turkish presidency («المتحدث باسم الرئاسة التركية») speaks for Turkey",
    text: `${T}لكن المتحدث باسم الرئاسة التركية قال إن الأسد لا يمكن أن يكون جزءا من مستقبل سوريا.`,
    expected: ["turkey assad_role must_go"],
  },
  {
    why: "«إلا على أساس» a body «لا يكون الأسد جزءاً منها»: the condition names his going",
    text: `${T}وأعلن رئيس الائتلاف أن الائتلاف "لن يعود إلى جنيف إلا على أساس تشكيل هيئة حكم انتقالية لا يكون الأسد جزءا منها".`,
    expected: ["national_coalition geneva2_preconditions conditional", "national_coalition assad_role must_go"],
  },
  {
    why: "guard: only on the basis of his staying keeps him",
    text: `${T}وقال وزير الخارجية الروسي إن الحل لا يكون إلا على أساس بقاء الأسد.`,
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "«اللقاء» taken up after another capital's meeting is named: its conditions are not Geneva's",
    text: `بوغدانوف: لقاء موسكو التشاوري في موعده\n\nأعلن نائب وزير الخارجية الروسي أن لقاء موسكو التشاوري سيعقد في موعده.\n\nوقال نائب وزير الخارجية الروسي إن اللقاء "سيعقد دون شروط مسبقة ودون جدول أعمال ملزم".`,
    expected: [],
  },
  {
    why: "a dateline of a place and an outlet in quotation marks («لندن: «الشرق الأوسط»») names no speaker",
    text: `إيران إلى فيينا\nخلفيات\n\nلندن: «الشرق الأوسط»\nللمرة الأولى يجلس وزير الخارجية الإيراني غدا إلى طاولة دولية مخصصة لسوريا. وهي نقطة تحول لافتة إذا ما قورنت بما جرى قبل أقل من عامين، حين سحبت الدعوة الموجهة إلى طهران لحضور مؤتمر «جنيف2» بعد ساعات من توجيهها.`,
    expected: [],
  },
  {
    why: "«لم نوقع على شرط رحيل الأسد» (we signed up to no such condition) keeps him",
    text: `${T}وقال المنسق العام لهيئة التنسيق: لم نوقع على شرط رحيل الأسد.`,
    expected: ["ncb assad_role may_stay"],
  },
  {
    why: "Iran said to have to be present («أن تكون إيران موجودة في المؤتمر»): support",
    text: `${T}وقال المبعوث الأممي إنه لا يزال يرى أن إيران يجب أن تكون موجودة في المؤتمر.`,
    expected: ["un iran_participation support"],
  },
  {
    why: "guard: present in Syria («موجودة في سوريا») is no seat at the talks",
    text: `${T}وقال رئيس الائتلاف إن إيران يجب ألا تكون موجودة في سوريا.`,
    expected: [],
  },
  {
    why: "the nuclear deal named only to tell the time keeps the sentence about Syria's talks",
    text: `${T}من جهتها، رأت الممثلة العليا للسياسة الخارجية في الاتحاد الأوروبي أن «من المهم أن تكون إيران حاضرة»، بعد أسابيع من زيارتها طهران عقب توقيع الاتفاق النووي.`,
    expected: ["eu iran_participation support"],
  },
  {
    why: "review guard: a condition's owner criticised («وانتقد لافروف شرط الائتلاف رحيل الأسد»), a long title between: the owner wants him gone, the critic keeps him",
    text: `${T}وانتقد وزير الخارجية الروسي شرط الائتلاف رحيل الأسد.`,
    expected: [
      "national_coalition assad_role must_go",
      "national_coalition geneva2_preconditions conditional",
      "russia assad_role may_stay",
      "russia geneva2_preconditions unconditional",
    ],
  },
  {
    why: "review guard: one who backs another's condition («وأيدت قطر شرط الائتلاف رحيل الأسد») holds it too",
    text: `${T}وأيدت قطر شرط الائتلاف رحيل الأسد.`,
    expected: ["national_coalition assad_role must_go", "qatar assad_role must_go"],
  },
  {
    why: "review guard: a condition of his staying criticised («وانتقد كيري شرط دمشق بقاء الأسد»): Damascus keeps him, the critic wants him gone",
    text: `${T}وانتقد وزير الخارجية الأمريكي شرط دمشق بقاء الأسد في أي حل.`,
    expected: ["syrian_government assad_role may_stay", "usa assad_role must_go", "usa geneva2_preconditions unconditional"],
  },
  {
    why: "review guard: her role in Syria («لا نرى لإيران دوراً إيجابياً في سوريا») is no seat at the talks",
    text: `${T}وقال وزير الخارجية السعودي: "لا نرى لإيران دوراً إيجابياً في سوريا، فهي تغذي الحرب".`,
    expected: [],
  },
  {
    why: "guard: her role denied in Syria and at Geneva («ولا في جنيف») still opposes her seat",
    text: `${T}وقال رئيس الائتلاف: لا دور لإيران في سوريا المستقبل ولا في جنيف.`,
    expected: ["national_coalition iran_participation oppose"],
  },
  {
    why: "review guard: no one able to impose his going as a condition («لا أحد يستطيع أن يفرض … شرط رحيل رئيسهم») keeps him",
    text: `${T}فأعاد عبد اللهيان معزوفته المعروفة: "لا أحد يستطيع أن يفرض على السوريين شرط رحيل رئيسهم".`,
    expected: ["iran assad_role may_stay"],
  },
  {
    why: "review guard: a condition of giving up the demand for his going refused («شرط التخلي عن مطلب رحيل الأسد»): he must go",
    text: `${T}وأكد المتحدث باسم الائتلاف أن الائتلاف لا يقبل أن يفرض عليه أحد شرط التخلي عن مطلب رحيل الأسد.`,
    expected: ["national_coalition assad_role must_go", "national_coalition geneva2_preconditions unconditional"],
  },
];

caseTable("The fortieth probe's kinds: conditions refused as imposed, joined verbs, Iran invited in the passive", CASES);
