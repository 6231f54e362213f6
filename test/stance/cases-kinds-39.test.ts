// Kinds mended in the thirty-ninth probe: Syria's future or a new Syria said not to be built or imagined with Assad
// («لا يمكن بناء سوريا المستقبل مع الأسد», «مستقبل سوريا لا يمكن أن يُبنى مع الأسد»); the transition or Syria said not
// to end or settle while he is in power («والأسد في موقعه»); staying judged impossible inside quotation marks; a
// former official of a body, not a state («الأمين العام السابق لجامعة الدول العربية», «الممثل الأعلى السابق … في
// الاتحاد الأوروبي»); a demand listed among the conditions of the wider side («شروط المعارضة، ومنها …»); and the one
// who has conditions, «لـ» on its name («إن للائتلاف شروطاً»).
import { caseTable, type Case } from "./case-table";

const T = "جنيف 2: مواقف\n\n";

const CASES: Case[] = [
  {
    why: "«لا يمكن بناء سوريا الجديدة مع الأسد»: a new Syria not to be built with him: he must go",
    text: `${T}وقال وزير الخارجية البريطاني إنه لا يمكن بناء سوريا الجديدة مع بشار الأسد.`,
    expected: ["uk assad_role must_go"],
  },
  {
    why: "the future named first, then not to be built with him («مستقبل سوريا لا يمكن أن يبنى مع الأسد»)",
    text: `${T}وأكد وزير الخارجية القطري أن مستقبل سوريا لا يمكن أن يُبنى مع الأسد.`,
    expected: ["qatar assad_role must_go"],
  },
  {
    why: "guard: not to be built without him keeps him",
    text: `${T}وقال نائب وزير الخارجية الروسي إن مستقبل سوريا لا يمكن أن يبنى من دون الأسد.`,
    expected: [],
  },
  {
    why: "the transition said not to end while he is in his post («والأسد في موقعه»): he must go",
    text: `${T}وقال وزير الخارجية الفرنسي إنه لا يمكن أن تنتهي المرحلة الانتقالية والأسد في موقعه.`,
    expected: ["france assad_role must_go"],
  },
  {
    why: "Syria said not to settle while he is in power",
    text: `${T}وقال وزير الخارجية التركي إن سوريا لا يمكن أن تستقر والأسد في السلطة.`,
    expected: ["turkey assad_role must_go"],
  },
  {
    why: "his staying judged impossible inside quotation marks, after a verbal noun of judging",
    text: `${T}ونقلت وكالة الأنباء عن وزير الخارجية البريطاني اعتباره بقاء الأسد في السلطة "أمراً مستحيلاً".`,
    expected: ["uk assad_role must_go"],
  },
  {
    why: "an outlet quoting a minister of a party with no claims: the verbal noun of saying («اعتباره») ends his title, and Assad named after it is not the one quoted",
    text: `${T}ونقلت وكالة رويترز عن وزير الخارجية الألماني اعتباره بقاء الأسد في السلطة أمراً مستحيلاً.`,
    expected: [],
  },
  {
    why: "a former Secretary-General of the Arab League, «لـ» on its name, speaks for no party",
    text: `${T}وقال الأمين العام السابق لجامعة الدول العربية إن على الأسد أن يرحل.`,
    expected: [],
  },
  {
    why: "a former representative of the EU, its post and the body after «السابق لـ … في», in a comma aside",
    text: `${T}وقال خافيير سولانا، الممثل الأعلى السابق للسياسة الخارجية في الاتحاد الأوروبي، إن على إيران أن تشارك في المؤتمر.`,
    expected: [],
  },
  {
    why: "guard: the present representative of the EU speaks for it",
    text: `${T}وقالت الممثلة العليا للسياسة الخارجية في الاتحاد الأوروبي إن على إيران أن تشارك في المؤتمر.`,
    expected: ["eu iran_participation support"],
  },
  {
    why: "a demand listed among the conditions of the opposition (the wider side) is theirs, not the lister's",
    text: `${T}وعدّد مسؤول في الخارجية الأمريكية شروط المعارضة، ومنها رحيل الأسد.`,
    expected: ["syrian_opposition assad_role must_go"],
  },
  {
    why: "the one who has conditions, «لـ» on its name before them («إن للائتلاف شروطاً»), sets them",
    text: `${T}وقال نائب وزير الخارجية الروسي إن للائتلاف الوطني شروطاً مسبقة لحضور المؤتمر.`,
    expected: ["national_coalition geneva2_preconditions conditional"],
  },
  {
    why: "…and a demand it lists after them is the possessor's too",
    text: `${T}وقال مسؤول أمريكي إن للائتلاف الوطني شروطاً، منها رحيل الأسد.`,
    expected: ["national_coalition assad_role must_go"],
  },
  {
    why: "an ultimatum: a demand, then «وإلا فإننا لن نحضر» (in quotation marks): the demand is the condition of attending",
    text: `${T}وقال المتحدث باسم الائتلاف الوطني إن الائتلاف أمهل المنظمة الدولية يوماً واحداً لسحب الدعوة "وإلا فإننا لن نحضر".`,
    expected: ["national_coalition geneva2_preconditions conditional"],
  },
  {
    why: "«وإلا فإن الائتلاف لن يحضر»: the body named after «فإن»",
    text: `${T}وقال رئيس الائتلاف الوطني إن على المنظمة الدولية أن تتراجع عن قرارها وإلا فإن الائتلاف لن يحضر.`,
    expected: ["national_coalition geneva2_preconditions conditional"],
  },
  {
    why: "«من الخطأ ألا تشارك إيران»: her not taking part judged wrong wants her there",
    text: `${T}وقال نائب وزير الخارجية الروسي إنه "من الخطأ" ألا تشارك إيران في المؤتمر.`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "guard: her taking part judged wrong opposes it",
    text: `${T}وقال رئيس الائتلاف الوطني إنه من الخطأ أن تشارك إيران في المؤتمر.`,
    expected: ["national_coalition iran_participation oppose"],
  },
  {
    why: "whose prerogative the invitation is («من اختصاص الجهة الداعية») is no wish either way",
    text: `${T}وقال الأمين العام لجامعة الدول العربية إن مسألة دعوة إيران إلى المؤتمر "من اختصاص الأمم المتحدة".`,
    expected: [],
  },
  {
    why: "conditions said to hinder the talks («تعيق انعقاده») are rejected",
    text: `${T}وقال وزير الخارجية الأردني إن الشروط المسبقة تعيق انعقاد المؤتمر.`,
    expected: ["jordan geneva2_preconditions unconditional"],
  },
  {
    why: "parties said to exist, unnamed («هناك دولاً في المنطقة تضع …»), hold the condition, not the speaker nor Iran named in it",
    text: `${T}وقال نائب وزير الخارجية الروسي إن "هناك دولاً في المنطقة تضع غياب إيران شرطاً لحضورها".`,
    expected: [],
  },
  {
    why: "«لن نسمح لأحد أن يمس بمقام الرئاسة» keeps him",
    text: `${T}وقال وزير الخارجية السوري: "لن نسمح لأحد أن يمس بمقام الرئاسة".`,
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: "the answer after «وحين سأله المذيع عن …» is the one asked by the pronoun, the speaker before",
    text: `${T}وقال المنسق العام لهيئة التنسيق إن الهيئة ستذهب إلى جنيف. وحين سأله المذيع عن مصير الرئيس أجاب: "لا مكان للأسد في سوريا المستقبل".`,
    expected: ["ncb assad_role must_go"],
  },
  {
    why: "a describing verb judges the cue right after it («معتبرة أن الحديث عن مرحلة بلا الأسد أوهام»), not the one before",
    text: `${T}وأكدت المستشارة بثينة شعبان أن "الرئيس الأسد باق"، معتبرة أن الحديث عن "مرحلة انتقالية بلا الأسد" هو "أوهام".`,
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: "a programme's name in quotation marks («برنامج بلا قيود») is no position",
    text: `${T}وقال وزير الخارجية التركي في مقابلة مع برنامج "بلا قيود" إن على الأسد أن يرحل.`,
    expected: ["turkey assad_role must_go"],
  },
  {
    why: "«فرد على X بالقول»: X is the one answered, not the speaker",
    text: `${T}وكان رئيس الائتلاف الوطني قد طالب برحيل الأسد. أما المحلل السياسي فرد على رئيس الائتلاف بالقول إن "الأسد باق".`,
    expected: ["national_coalition assad_role must_go"],
  },
  {
    why: "a joint envoy's title past its second body and the place of his post: the person speaks",
    text: `${T}وقال الممثل الخاص المشترك للأمم المتحدة والجامعة العربية إلى سوريا، السيد الأخضر الإبراهيمي، إن مشاركة إيران ضرورية.`,
    expected: ["un iran_participation support"],
  },
  {
    why: "a clause of contrast after a report («، فيما طالب X …، مشدداً …») is X's own, the participle his",
    text: `${T}وأكد وزير الخارجية الأمريكي أن "الأسد فقد شرعيته"، فيما طالب رئيس الائتلاف الوطني الوفد الحكومي بالتوقيع، مشدداً على أن "لا مكان للأسد في مستقبل سوريا".`,
    expected: ["national_coalition assad_role must_go", "usa assad_role must_go"],
  },
  {
    why: "«لا يمكن أن تقبل بجعل رحيل الأسد شرطاً» rejects the condition too",
    text: `${T}وقال نائب وزير الخارجية الروسي إن بلاده لا يمكن أن تقبل بجعل رحيل الأسد شرطاً مسبقاً لإطلاق العملية السياسية.`,
    expected: ["russia assad_role may_stay", "russia geneva2_preconditions unconditional"],
  },
  {
    why: "«تريد أن تكون إيران بين الدول المدعوة» wants her there",
    text: `${T}وقال نائب وزير الخارجية الروسي إن موسكو تريد أن تكون إيران بين الدول المدعوة إلى المؤتمر.`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "the act of inviting after «ب» («فاجأ الجميع بتوجيه دعوة إلى إيران») is the inviter's support",
    text: `${T}وفاجأ الأمين العام للأمم المتحدة الجميع بتوجيه دعوة إلى إيران.`,
    expected: ["un iran_participation support"],
  },
  {
    why: "setting impossible conditions denied («لم تضع شروطاً تعجيزية») holds no stance on conditions",
    text: `${T}وقال نائب وزير الخارجية السوري إن هيئة التنسيق لم تضع شروطاً تعجيزية.`,
    expected: [],
  },
  {
    why: "aid let through «دون قيد أو شرط» is no condition of the talks",
    text: `${T}وقال نائب وزير الخارجية الروسي إن على الجميع السماح بدخول المساعدات إلى المناطق المحاصرة "دون قيد أو شرط".`,
    expected: [],
  },
  {
    why: "a speaker named with his verb of saying inside a quotation («: كيري يكرر أن …») is the one it reports",
    text: `${T}وكتب رئيس لجنة الشؤون الخارجية في الدوما في تغريدة: "كيري يكرر مرة أخرى أن الأسد يجب أن يرحل".`,
    expected: ["usa assad_role must_go"],
  },
  {
    why: "«لكننا لن نذهب …» after her taking part: «we» refusing is the speaker's own coming, not the one informed refusing her",
    text: `${T}وقال مساعد وزير الخارجية الإيراني إن "حضور إيران يمكن أن يساعد على إنجاح المؤتمر، ونحن أبلغنا المبعوث الدولي بهذا الموقف، لكننا لن نذهب إلى أي اجتماع تفرض علينا فيه شروط مسبقة".`,
    expected: ["iran geneva2_preconditions unconditional", "iran iran_participation support"],
  },
  {
    why: "talk of a conference without her called illogical («من غير المنطقي الحديث عن مؤتمر … من دون حضورها») wants her there",
    text: `${T}وقال نائب وزير الخارجية الروسي إن "إيران لاعب مهم، ومن غير المنطقي الحديث عن مؤتمر للتسوية من دون حضورها".`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "guard: the pronoun of another named party («المعارضة … دون مشاركتها») is not Iran",
    text: `${T}وقال نائب وزير الخارجية الروسي إن المعارضة مهمة، ولا يمكن عقد مؤتمر دون مشاركتها.`,
    expected: [],
  },
  {
    why: "«we» refusing after pressure named by a nationality adjective («تحت ضغط أمريكي ولن نقبل …») is the speaker's",
    text: `${T}وقال وزير الخارجية الإيراني إن سحب الدعوة جاء تحت ضغط أمريكي ولن نقبل المشاركة بشروط.`,
    expected: ["iran geneva2_preconditions unconditional", "usa iran_participation oppose"],
  },
  {
    why: "his fate «شأن يخص الشعب السوري وحده», said by an ally, keeps him",
    text: `${T}وقال مساعد وزير الخارجية الإيراني إن "تحديد مصير الرئيس الأسد شأن يخص الشعب السوري وحده".`,
    expected: ["iran assad_role may_stay"],
  },
  {
    why: "a relative clause on unnamed parties opening a quotation («الأطراف التي ترفع شعار تنحي الأسد …») is theirs",
    text: `${T}وقال رئيس لجنة الأمن القومي في البرلمان الإيراني إن "الأطراف التي ترفع شعار تنحي الأسد فشلت في تحقيق ذلك".`,
    expected: [],
  },
  {
    why: "«ليس من حق أي طرف أن يضع شروطاً» refuses conditions",
    text: `${T}وقال نائب وزير الخارجية الروسي إنه ليس من حق أي طرف أن يضع شروطاً على الآخرين للجلوس إلى الطاولة.`,
    expected: ["russia geneva2_preconditions unconditional"],
  },
  {
    why: "her absence said to cost the conference part of its credibility («يفقد المؤتمر جزءاً من مصداقيته») wants her there",
    text: `${T}وقال وزير الخارجية السوري إن غياب إيران يفقد المؤتمر جزءاً من مصداقيته.`,
    expected: ["syrian_government iran_participation support"],
  },
  {
    why: "«قبل الانتقال إلى أي بند آخر» orders the agenda: no condition of attending",
    text: `${T}وأصر رئيس الوفد الحكومي على أن يبدأ البحث بمكافحة الإرهاب قبل الانتقال إلى أي بند آخر.`,
    expected: [],
  },
  {
    why: "terms of a bargain («لتحسين شروطه التفاوضية») are no condition of the talks",
    text: `${T}ويرى دبلوماسيون أن الكرملين يسعى إلى تحسين شروطه التفاوضية في ملفات أخرى.`,
    expected: [],
  },
  {
    why: "review guard: a claim of whoever claims it («من يزعمون أن سوريا المستقبل لا يمكن أن تبنى مع الأسد») is not the speaker's",
    text: `${T}وقال وزير الخارجية الإيراني إن من يزعمون أن سوريا المستقبل لا يمكن أن تبنى مع الأسد يتجاهلون إرادة الشعب السوري.`,
    expected: [],
  },
  {
    why: "review guard: conditions the accused sets that hinder the talks («اتهم X بوضع شروط تعيق …») are the accused's",
    text: `${T}واتهم وزير الخارجية الأمريكي النظام السوري بوضع شروط تعيق انعقاد المؤتمر.`,
    expected: ["syrian_government geneva2_preconditions conditional"],
  },
  {
    why: "review guard: the speaker agreeing with parties said to exist («ونحن لسنا ضد ذلك إذا …», «ونحن منها») holds it",
    text: `${T}وقال وزير الخارجية السعودي إن ثمة أطرافاً تطالب برحيل الأسد، ونحن منها.`,
    expected: ["saudi_arabia assad_role must_go"],
  },
  {
    why: "review guard: «ليرد X بأن …» after the first speaker's clause is X's answer, not a frame for what comes before",
    text: `${T}وكتب وزير الخارجية الفرنسي أن الأسد يجب أن يرحل، ليرد لافروف بأن مصير الأسد يقرره السوريون وحدهم.`,
    expected: ["france assad_role must_go", "russia assad_role may_stay"],
  },
  {
    why: "review guard: unnamed parties criticised («وانتقد الأطراف التي ترفع شعار تنحي الأسد») : the critic keeps him",
    text: `${T}وانتقد مساعد وزير الخارجية الإيراني "الأطراف التي ترفع شعار تنحي الأسد قبل أي حوار".`,
    expected: ["iran assad_role may_stay"],
  },
];

caseTable("The thirty-ninth probe's kinds: Syria not built with him, former officials of bodies, conditions possessed", CASES);
