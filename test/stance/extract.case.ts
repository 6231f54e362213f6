// Extractor cases: a sentence of news Arabic and the (party, topic, stance) tuples it must give — no more.
// Shared by the Node run and the workerd run, so both engines are held to the same table.
export type Tuple = `${string} ${string} ${string}`;
export interface ExtractCase {
  why: string;
  text: string;
  expected: Tuple[];
}

export const EXTRACT_CASES: ExtractCase[] = [
  {
    why: "VS speech verb with a title, quotation",
    text: "وقال وزير الخارجية الروسي للصحافيين: «على الجميع الذهاب إلى جنيف بدون أي شروط مسبقة».",
    expected: ["russia geneva2_preconditions unconditional"],
  },
  {
    why: "SV order",
    text: "المعلم قال إن دمشق ستذهب إلى المؤتمر من دون شروط.",
    expected: ["syrian_government geneva2_preconditions unconditional"],
  },
  {
    why: "continuation keeps the last speaker",
    text: "أكد جون كيري أن بلاده تعمل مع موسكو. وأضاف: «نريد أن نرى الأسد يرحل، فقد حان الوقت لرحيل الأسد».",
    expected: ["usa assad_role must_go"],
  },
  {
    why: "ومضى يقول continues too",
    text: "قال ظريف إن طهران مستعدة للمساعدة. ومضى يقول: «نرفض أي شروط مسبقة لعقد المؤتمر».",
    expected: ["iran geneva2_preconditions unconditional"],
  },
  {
    why: "negated condition: cannot be a condition",
    text: "وقال بوغدانوف إن تشكيل وفد موحد للمعارضة لا يمكن أن يكون شرطا لعقد المؤتمر.",
    expected: ["russia geneva2_preconditions unconditional"],
  },
  {
    why: "غير مشروط",
    text: "ودعا المقداد إلى حوار وطني غير مشروط في جنيف.",
    expected: ["syrian_government geneva2_preconditions unconditional"],
  },
  {
    why: "conditional with شريطة and its conditions",
    text: "وأعلن الائتلاف الوطني السوري أنه سيشارك في جنيف 2 شريطة الإفراج عن المعتقلين وفتح ممرات إنسانية.",
    expected: ["national_coalition geneva2_preconditions conditional"],
  },
  {
    why: "conditional attendance with إذا",
    text: "وقال الجربا إن الائتلاف سيحضر المؤتمر إذا تم وقف القصف على المدن.",
    expected: ["national_coalition geneva2_preconditions conditional"],
  },
  {
    why: "Assad's departure inside a condition is must_go",
    text: "وافق الائتلاف على المشاركة في المؤتمر شرط أن يفضي إلى رحيل الأسد.",
    expected: ["national_coalition geneva2_preconditions conditional", "national_coalition assad_role must_go"],
  },
  {
    why: "rejecting others' conditions (their setter, named after its verb of setting, holds them as reported, as the gold does: dev pre-23)",
    text: "ورفضت طهران الشروط التي وضعتها واشنطن لحضور المؤتمر.",
    expected: ["iran geneva2_preconditions unconditional", "usa geneva2_preconditions conditional"],
  },
  {
    why: "several holders, verb after the list",
    text: "وتريد موسكو أن تشارك طهران في المؤتمر لكن واشنطن والرياض ترفضان ذلك.",
    expected: ["russia iran_participation support", "usa iran_participation oppose", "saudi_arabia iran_participation oppose"],
  },
  {
    why: "several holders, verb before the list",
    text: "وفيما تدعو روسيا إلى مشاركة إيران ترفض فرنسا وبريطانيا هذه المشاركة.",
    expected: ["russia iran_participation support", "france iran_participation oppose", "uk iran_participation oppose"],
  },
  {
    why: "Iran named in a list after خصوصا",
    text: "وشدد لافروف على ضرورة مشاركة كل الدول المؤثرة في الأزمة السورية، خصوصا إيران.",
    expected: ["russia iran_participation support"],
  },
  {
    why: "Iran only if it withdraws its forces",
    text: "وقال صبرا: «لكي تشارك إيران في المؤتمر لا بد أن تسحب قواتها وميليشيات حزب الله من سوريا».",
    expected: ["national_coalition iran_participation conditional"],
  },
  {
    why: "explicit rejection of Iran",
    text: "وأكدت الخارجية الأمريكية رفضها مشاركة إيران في مؤتمر جنيف.",
    expected: ["usa iran_participation oppose"],
  },
  { why: "no role for Assad", text: "وقال فابيوس إنه لا دور للأسد في المرحلة الانتقالية.", expected: ["france assad_role must_go"] },
  {
    why: "Assad's exit not the priority",
    text: "وأكد ريابكوف أن محاربة الإرهاب وليس رحيل الأسد هي الأولوية.",
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "his fate is secondary",
    text: "وقال أردوغان: «مصير الأسد مسألة ثانوية بالنسبة لنا الآن».",
    expected: ["turkey assad_role neutral"],
  },
  {
    why: "approval carries the position to the approver",
    text: "ورحبت روسيا بإعلان دمشق استعدادها للمشاركة في المؤتمر دون شروط مسبقة.",
    expected: ["syrian_government geneva2_preconditions unconditional", "russia geneva2_preconditions unconditional"],
  },
  {
    why: "agreement names a partner",
    text: "وقال لافروف إن موسكو متفقة مع واشنطن على عقد المؤتمر من دون شروط مسبقة.",
    expected: ["russia geneva2_preconditions unconditional", "usa geneva2_preconditions unconditional"],
  },
  { why: "a place is not a holder", text: "وعقد في موسكو اجتماع للمعارضة لبحث عقد المؤتمر دون شروط مسبقة.", expected: [] },
  {
    why: "a headline with a colon",
    text: "المقداد: نذهب إلى جنيف بلا شروط مسبقة\nنص الخبر في سطر ثان طويل بما يكفي ليكون جملة كاملة.",
    expected: ["syrian_government geneva2_preconditions unconditional"],
  },
  {
    why: "an outlet named after a state is not the state",
    text: "ونقلت قناة روسيا اليوم أن الوفد وصل. وأضافت روسيا اليوم أن الحوار سيكون دون شروط مسبقة.",
    expected: [],
  },
  { why: "no holder, no claim", text: "وتأخر المؤتمر بسبب الخلاف حول دعوة إيران وحول دور الأسد في المستقبل.", expected: [] },
  {
    why: "Latin and Arabic mixed",
    text: "وقال Lavrov (لافروف) لوكالة AFP إن المؤتمر يجب أن يعقد without preconditions أي دون شروط مسبقة.",
    expected: ["russia geneva2_preconditions unconditional"],
  },
  {
    why: "a quote inside a quote keeps the outer speaker",
    text: "وقال الجربا: «قلنا لهم بوضوح: «لا نقبل بشار الأسد على الطاولة» ولن نتراجع».",
    expected: ["national_coalition assad_role must_go"],
  },
  {
    why: "bidi and zero-width characters inside words",
    text: "وقال لاف\u200Bروف: «يجب أن ي\u200Fشارك الجميع دون شر\u200Dوط مسبقة».",
    expected: ["russia geneva2_preconditions unconditional"],
  },
  {
    why: "condition stated first: إذا … فإن",
    text: "وقال رئيس الائتلاف هادي البحرة: «إذا لم يتوقف القصف بالبراميل على المدن فإننا لن نشارك في جنيف».",
    expected: ["national_coalition geneva2_preconditions conditional"],
  },
  {
    why: "will not attend unless (ما لم)",
    text: "وأعلنت الهيئة العليا للمفاوضات أنها لن تشارك في محادثات جنيف ما لم يتم رفع الحصار عن المدن ووقف القصف.",
    expected: ["hnc geneva2_preconditions conditional"],
  },
  {
    why: "named as the condition of attending",
    text: "وطالب الائتلاف الوطني بتنحي الأسد كشرط للمشاركة في جنيف.",
    expected: ["national_coalition geneva2_preconditions conditional", "national_coalition assad_role must_go"],
  },
  {
    why: "Assad first: لن يكون له دور",
    text: "وشدد وزير الخارجية السعودي عادل الجبير على أن الأسد لن يكون له أي دور في مستقبل سوريا.",
    expected: ["saudi_arabia assad_role must_go"],
  },
  {
    why: "Iran must accept Geneva I first",
    text: "وقالت المتحدثة باسم الخارجية الأمريكية جين بساكي إن على إيران أن تقبل بيان جنيف 1 علنا قبل دعوتها إلى المؤتمر.",
    expected: ["usa iran_participation conditional"],
  },
  {
    why: "refusing any role for Iran",
    text: "وأكدت السعودية أنها ترفض أي دور لإيران في مؤتمر جنيف.",
    expected: ["saudi_arabia iran_participation oppose"],
  },
  {
    why: "will not accept conditions",
    text: "وقال المعلم إن دمشق لن تقبل أي شروط مسبقة لحضور المؤتمر.",
    expected: ["syrian_government geneva2_preconditions unconditional"],
  },
  {
    why: "the presidency is a red line",
    text: 'وقال وزير الخارجية السوري وليد المعلم إن "مقام الرئاسة خط أحمر" ولن نناقشه في جنيف.',
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: "rejecting a settlement tied to his departure",
    text: "أما موسكو فجددت رفضها ربط التسوية برحيل الأسد.",
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "no place in it for Assad",
    text: "وأكد هادي البحرة أن الحل يبدأ بهيئة حكم انتقالية كاملة الصلاحيات لا مكان فيها للأسد.",
    expected: ["national_coalition assad_role must_go"],
  },
  {
    why: "Iran part of the solution if it accepts Geneva I",
    text: "ودعا جون كيري إلى أن تكون إيران جزءا من الحل إذا قبلت علنا بيان جنيف 1.",
    expected: ["usa iran_participation conditional"],
  },
  {
    why: "welcoming the withdrawal of Iran's invitation is opposition",
    text: "وقالت السعودية إنها ترحب بسحب الدعوة الموجهة إلى إيران.",
    expected: ["saudi_arabia iran_participation oppose"],
  },
  {
    why: "his fate is for the Syrians themselves: said against demands that he go, it keeps him (may_stay, as the annotated corpora read it)",
    text: "وقال غينادي غاتيلوف إن مصير الأسد يقرره السوريون أنفسهم.",
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "a condition on Iran's participation is not a precondition of the talks",
    text: "أعلنت وزارة الخارجية الأمريكية أن مشاركة إيران في مؤتمر جنيف 2 مشروطة بانسحاب قواتها وميليشيات حزب الله من سوريا.",
    expected: ["usa iran_participation conditional"],
  },
  {
    why: "calling Iran's exclusion a mistake",
    text: "وقال ألكسندر لوكاشيفيتش إن استبعاد إيران من المؤتمر خطأ كبير.",
    expected: ["russia iran_participation support"],
  },
  {
    why: "no solution while Assad stays",
    text: "ورأى رجب طيب أردوغان أن لا حل في سوريا مع بقاء الأسد في السلطة.",
    expected: ["turkey assad_role must_go"],
  },
  {
    why: "hoping the talks end with his departure",
    text: "وأعربت قطر عن أملها في أن يفضي المؤتمر إلى رحيل نظام الأسد.",
    expected: ["qatar assad_role must_go"],
  },
  {
    why: "Assad stays to the end of his term",
    text: "وأكد وزير الإعلام السوري عمران الزعبي أن الرئيس الأسد باق حتى نهاية ولايته.",
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: "his departure is not on the table",
    text: "وقال لافروف إن رحيل الأسد غير مطروح في جنيف.",
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "demanding that a ceasefire precede the talks",
    text: "وطالب الائتلاف الوطني بأن يسبق المؤتمر وقف لإطلاق النار.",
    expected: ["national_coalition geneva2_preconditions conditional"],
  },
  {
    why: "Iran ready to attend",
    text: "وأبدت إيران استعدادها للمشاركة في مؤتمر جنيف 2 دون شروط مسبقة.",
    expected: ["iran iran_participation support", "iran geneva2_preconditions unconditional"],
  },
  {
    why: "cannot imagine any role for Assad",
    text: "وأكد وليام هيغ أنه لا يمكن تصور أي دور للأسد في مستقبل سوريا.",
    expected: ["uk assad_role must_go"],
  },
  {
    why: "refusing Iran unless it accepts Geneva I is conditional",
    text: "وأعرب لوران فابيوس عن رفض بلاده مشاركة إيران في المؤتمر ما لم تعلن موافقتها على بيان جنيف الأول.",
    expected: ["france iran_participation conditional"],
  },
  {
    why: "will not accept Assad staying",
    text: "وقال رياض حجاب إن الهيئة لن تقبل ببقاء الأسد في المرحلة الانتقالية.",
    expected: ["hnc assad_role must_go"],
  },
  {
    why: "no longer insisting on his departure is not must_go",
    text: "وقال المتحدث باسم الخارجية الأمريكية جون كيربي إن واشنطن لم تعد تصر على رحيل الأسد قبل المفاوضات.",
    expected: ["usa assad_role may_stay"],
  },
  {
    why: "a commentator's guess is not a reported position",
    text: "ولعل موسكو تريد أن تشارك إيران لتعزيز موقفها التفاوضي، كما يعتقد مراقبون.",
    expected: [],
  },
  {
    why: "the party informed is not the holder",
    text: "وبحسب مصادر دبلوماسية، فإن الرياض أبلغت واشنطن رفضها القاطع لأي دور إيراني في المؤتمر.",
    expected: ["saudi_arabia iran_participation oppose"],
  },
  {
    why: "a comma ends the phrase before the verb: the name after it speaks",
    text: 'وفي رده على سؤال حول مشاركة إيران، قال كيري: "إذا قبلت إيران بيان جنيف 1 فسنرحب بمشاركتها".',
    expected: ["usa iran_participation conditional"],
  },
  {
    why: "an unknown named speaker does not continue the previous one",
    text: "وقالت المعارضة السورية إنها لن تجلس مع بشار الأسد. وقالت الخارجية الصينية إن بكين تدعم الحوار دون شروط مسبقة.",
    expected: ["syrian_opposition assad_role must_go"],
  },
  {
    why: "not going before the siege is lifted",
    text: "وأكد رياض حجاب أن الهيئة لن تذهب إلى جنيف 3 قبل رفع الحصار عن المدن المحاصرة.",
    expected: ["hnc geneva2_preconditions conditional"],
  },
  {
    why: "refusing any talk of his departure",
    text: "وأعلن وزير الخارجية الإيراني محمد جواد ظريف أن بلاده ترفض أي حديث عن رحيل الأسد.",
    expected: ["iran assad_role may_stay"],
  },
  {
    why: "a list of speakers speaks for itself, not reported by one of them",
    text: "ودعت بريطانيا وفرنسا إلى عدم دعوة إيران ما لم تقبل بيان جنيف 1.",
    expected: ["uk iran_participation conditional", "france iran_participation conditional"],
  },
  {
    why: "hoping Iran takes part",
    text: "وأبدى الأخضر الإبراهيمي أمله في أن تشارك إيران في المؤتمر.",
    expected: ["un iran_participation support"],
  },
  {
    why: "refusing Assad as part of the transition",
    text: 'وقال أحمد الجربا: "لا يمكن أن نقبل بأن يكون الأسد جزءا من المرحلة الانتقالية".',
    expected: ["national_coalition assad_role must_go"],
  },
  {
    why: "Iran rejected as long as its forces fight",
    text: 'وتابع الجربا أن "مشاركة إيران في المؤتمر مرفوضة طالما أن قواتها تقاتل إلى جانب النظام".',
    expected: ["national_coalition iran_participation conditional"],
  },
  {
    why: "Iran's participation rejected outright",
    text: "وقال أحمد الجربا إن مشاركة إيران في المؤتمر مرفوضة.",
    expected: ["national_coalition iran_participation oppose"],
  },
  {
    why: "Assad on his own departure",
    text: "وقال الرئيس بشار الأسد في مقابلة إن مسألة تنحيه غير مطروحة على الإطلاق.",
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: "release of detainees as a precondition for any negotiations",
    text: "وطالبت الهيئة العليا للمفاوضات بالإفراج عن المعتقلين كشرط مسبق لأي مفاوضات.",
    expected: ["hnc geneva2_preconditions conditional"],
  },
  {
    why: "never set his departure as a condition (of nothing named: no condition of the talks)",
    text: "وقال ديمتري بيسكوف إن موسكو لم تضع أبدا شرط رحيل الأسد.",
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "never set his departure as a condition for the talks",
    text: "وقال ديمتري بيسكوف إن موسكو لم تضع أبدا شرط رحيل الأسد لبدء المفاوضات.",
    expected: ["russia assad_role may_stay", "russia geneva2_preconditions unconditional"],
  },
  {
    why: "rejecting any role for Assad",
    text: "وأعرب أحمد داود أوغلو عن رفض بلاده لأي دور للأسد في المرحلة المقبلة.",
    expected: ["turkey assad_role must_go"],
  },
  {
    why: "sources in a party speak for it",
    text: "وقالت مصادر في الائتلاف إن إيران لا يمكن أن تكون جزءا من الحل ما دامت ميليشياتها في سوريا.",
    expected: ["national_coalition iran_participation conditional"],
  },
  {
    why: "other talks (the nuclear file) are not the Geneva-2 questions",
    text: "وقال ظريف إن إيران مستعدة لاستئناف المحادثات حول الملف النووي دون شروط مسبقة.",
    expected: [],
  },
  {
    why: "what a speaker rejects is not their position",
    text: "ورفض الائتلاف الوطني دعوة موسكو للمشاركة في لقاء غير رسمي دون شروط مسبقة.",
    expected: [],
  },
  {
    why: "the bare «المعارضة» speaks when it is the subject of a speech verb; «لن تشارك إلا بعد» is a condition",
    text: "وقالت المعارضة في بيان إنها لن تشارك في مؤتمر جنيف 2 إلا بعد رحيل الأسد.",
    expected: ["syrian_opposition geneva2_preconditions conditional", "syrian_opposition assad_role must_go"],
  },
  {
    why: "the bare «المعارضة» as an object holds nothing",
    text: "ودعا الإبراهيمي المعارضة إلى المشاركة في مؤتمر جنيف 2 دون شروط مسبقة.",
    expected: ["un geneva2_preconditions unconditional"],
  },
  {
    why: "«وصف» begins with its own waw: not a conjoined verb, so its subject stands before it",
    text: "وكان لافروف قد وصف مطالب المعارضة بتنحي الأسد بأنها غير واقعية، مؤكدا أن مستقبل سوريا يقرره السوريون في جنيف.",
    expected: ["russia assad_role may_stay", "syrian_opposition assad_role must_go"],
  },
  {
    why: "«لن نذهب إلا بـ…»: attending only with something is a condition",
    text: "وقال رئيس الائتلاف أحمد الجربا: «لن نذهب إلى جنيف إلا بضمانات واضحة لوقف القصف».",
    expected: ["national_coalition geneva2_preconditions conditional"],
  },
  {
    why: "asking Assad himself to step down: «طالب … الأسد بالتنحي»",
    text: "وطالب كيري الأسد بالتنحي عن السلطة، مؤكدا أن مؤتمر جنيف 2 يجب أن يفضي إلى حكومة انتقالية.",
    expected: ["usa assad_role must_go"],
  },
  {
    why: "refusing to attend «ما لم» something happens is a condition; the removal inside it is a demand",
    text: "وأعلنت المعارضة السورية رفضها المشاركة في مؤتمر جنيف 2 ما لم يتم الاتفاق على رحيل الأسد.",
    expected: ["syrian_opposition geneva2_preconditions conditional", "syrian_opposition assad_role must_go"],
  },
  {
    why: "VSO: the demand verb, a three-word subject, then the removal; demanded «قبل أي تفاوض», it is a precondition too",
    text: "وطالب الائتلاف الوطني السوري برحيل بشار الأسد ونظامه قبل أي تفاوض في جنيف.",
    expected: ["national_coalition assad_role must_go", "national_coalition geneva2_preconditions conditional"],
  },
  {
    why: "a pronoun («رحيله») whose antecedent is named in the sentence before",
    text: "التقى لافروف نظيره الأمريكي لبحث مصير الأسد. ويرى الروس أن رحيله ليس مطروحا، وأن مؤتمر جنيف 2 يجب أن يعقد دون شروط.",
    expected: ["russia assad_role may_stay", "russia geneva2_preconditions unconditional"],
  },
  {
    why: "a pronoun with no antecedent in reach says nothing about Assad",
    text: "ويرى الروس أن رحيله ليس مطروحا في مؤتمر جنيف 2 بشأن سوريا.",
    expected: [],
  },
  {
    why: "not attending «إذا» Iran is invited opposes Iran's participation (and conditions one's own)",
    text: "وأكد الائتلاف أنه لن يشارك في مؤتمر جنيف 2 إذا تمت دعوة إيران.",
    expected: ["national_coalition geneva2_preconditions conditional", "national_coalition iran_participation oppose"],
  },
  {
    why: "«لا مكان لإيران … ما لم تقبل»: a place for Iran on a condition",
    text: "وقالت واشنطن إنه لا مكان لإيران على طاولة جنيف 2 ما لم تقبل ببيان جنيف الأول.",
    expected: ["usa iran_participation conditional"],
  },
  {
    why: "«لا» right before the participation word negates it",
    text: "وأكدت باريس أن لا دور لإيران في مؤتمر جنيف 2 حول سوريا.",
    expected: ["france iran_participation oppose"],
  },
  {
    why: "a quotation closing in a later sentence is attributed by the verb after it",
    text: "جرى لقاء بين الوفود أمس. «نحن نؤيد عقد مؤتمر جنيف دون شروط مسبقة من أي طرف. وهذا موقفنا الثابت منذ البداية»، قال لافروف للصحافيين.",
    expected: ["russia geneva2_preconditions unconditional"],
  },
  {
    why: "a headline ending with a name does not swallow the same name opening the next line",
    text: "تصريحات جديدة من لافروف\nوزير الخارجية الروسي يؤكد أن بلاده تؤيد عقد مؤتمر جنيف دون شروط مسبقة.",
    expected: ["russia geneva2_preconditions unconditional"],
  },
  {
    why: "the talks cannot be held «من دون» Iran: Iran is wanted there",
    text: "وأكد نائب وزير الخارجية الروسي أنه لا يمكن إنجاح مؤتمر جنيف 2 من دون مشاركة إيران.",
    expected: ["russia iran_participation support"],
  },
  {
    why: "the talks must be held «دون» Iran: Iran is not wanted",
    text: "وقالت الرياض إنه يجب أن يعقد مؤتمر جنيف 2 دون مشاركة إيران.",
    expected: ["saudi_arabia iran_participation oppose"],
  },
  {
    why: "rejecting the talks «بدون» Iran wants Iran there",
    text: "وقال وزير الخارجية الإيراني إن بلاده ترفض أي مؤتمر حول سوريا بدون حضور إيران.",
    expected: ["iran iran_participation support"],
  },
  {
    why: "Iran named right after «بدون» under a negation, with no participation word",
    text: "وقال لافروف إنه لا تسوية للأزمة السورية بدون إيران.",
    expected: ["russia iran_participation support"],
  },
  {
    why: "a negated support trigger («لا تؤيد») rejects",
    text: "وقالت الخارجية الفرنسية إن باريس لا تؤيد مشاركة إيران في جنيف 2.",
    expected: ["france iran_participation oppose"],
  },
  {
    why: "«لا مشاركة لإيران … دون» a condition met: a place for Iran on that condition",
    text: "وقال كيري إنه لا مشاركة لإيران في جنيف 2 دون موافقتها العلنية على بيان جنيف الأول.",
    expected: ["usa iran_participation conditional"],
  },
  {
    why: "refused «من دون» withdrawing its forces: conditional, not a plain refusal",
    text: "وأكد الائتلاف الوطني أنه لا حضور لإيران في المؤتمر من دون سحب قواتها من سوريا.",
    expected: ["national_coalition iran_participation conditional"],
  },
  {
    why: "not holding his departure to be a precondition («لا تعتبر رحيل الأسد شرطا»)",
    text: "وقال بوغدانوف إن موسكو لا تعتبر رحيل الأسد شرطا مسبقا لعقد المؤتمر الدولي حول سوريا.",
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "«لا ترى في تنحي الرئيس بشار الأسد شرطا»: the same with «في» and a full title",
    text: "وأكد المتحدث أن طهران لا ترى في تنحي الرئيس بشار الأسد شرطا لبدء الحوار في جنيف.",
    expected: ["iran assad_role may_stay"],
  },
  {
    why: "«الفيصل» alone names the Saudi foreign minister; «ما دامت» a condition on Iran's participation",
    text: "واعتبر الفيصل أن إشراك إيران في مؤتمر جنيف غير مقبول ما دامت قواتها تقاتل في سوريا.",
    expected: ["saudi_arabia iran_participation conditional"],
  },
  {
    why: "«تركي الفيصل» is not the foreign minister and holds no party's position",
    text: "وقال الأمير تركي الفيصل إن على الأسد أن يرحل قبل مؤتمر جنيف.",
    expected: [],
  },
  {
    why: "holding his departure a condition is a demand that he go",
    text: "وقال الائتلاف الوطني إنه يعتبر رحيل الأسد شرطا أساسيا لأي حل سياسي في سوريا.",
    expected: ["national_coalition assad_role must_go"],
  },
  {
    why: "a name after a noun of removal («في تنحي الرئيس بشار الأسد») is not the subject of the verb before it",
    text: "وأكد المتحدث أن الصين لا ترى في تنحي الرئيس بشار الأسد شرطا لبدء الحوار في جنيف.",
    expected: [],
  },
  {
    why: "not going to the talks «لتسليم السلطة»: the president is not leaving",
    text: "وجدد وزير الخارجية السوري وليد المعلم التأكيد على أن دمشق لن تذهب إلى جنيف لتسليم السلطة لأحد.",
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: "Iran invited «إلى المشاركة»: the one who invites wants it there",
    text: "ودعا الأمين العام للأمم المتحدة بان كي مون إيران إلى المشاركة في مؤتمر جنيف 2 حول سوريا.",
    expected: ["un iran_participation support"],
  },
  {
    why: "refusing the invitation «دعوة إيران إلى المشاركة» rejects it",
    text: "ورفض الائتلاف الوطني السوري دعوة إيران إلى المشاركة في مؤتمر جنيف 2 حول سوريا.",
    expected: ["national_coalition iran_participation oppose"],
  },
  {
    why: "a predicate after the participation: «مشاركة إيران … ضرورية» wants it",
    text: "وقال نائب وزير الخارجية الروسي غينادي غاتيلوف إن بلاده ترى أن مشاركة إيران في مؤتمر جنيف 2 ضرورية.",
    expected: ["russia iran_participation support"],
  },
  {
    why: "a negated predicate («ليست ضرورية») rejects, whatever the speech verb before it («أكد»)",
    text: "وأكد وزير الخارجية الأمريكي جون كيري أن مشاركة إيران في مؤتمر جنيف 2 ليست ضرورية لنجاحه في سوريا.",
    expected: ["usa iran_participation oppose"],
  },
  {
    why: "«غير مفيدة» rejects too",
    text: "وقال كيري إن مشاركة إيران في المؤتمر غير مفيدة في الوقت الراهن بشأن سوريا.",
    expected: ["usa iran_participation oppose"],
  },
  {
    why: "a predicate inside a relative clause («المؤتمر الذي يعتبر مهما») is about the conference",
    text: "وقال كيري إن مشاركة إيران في المؤتمر الذي يعتبر مهما لحل الأزمة السورية ستناقش لاحقا.",
    expected: [],
  },
  {
    why: "«الأسد لا يمكن أن يكون له أي دور»: the modal between Assad and «له دور»",
    text: "وأكد الرئيس الفرنسي فرانسوا هولاند أن الأسد لا يمكن أن يكون له أي دور في مستقبل سوريا.",
    expected: ["france assad_role must_go"],
  },
  {
    why: "Assad staying held unthinkable («لا يمكن تصور أن يبقى الأسد»)",
    text: "وقال وزير الخارجية البريطاني وليام هيغ إنه لا يمكن تصور أن يبقى الأسد في السلطة بعد مؤتمر جنيف 2.",
    expected: ["uk assad_role must_go"],
  },
  {
    why: "«من غير المقبول بقاء الأسد» is the same position in a nominal phrase",
    text: "واعتبر وزير الخارجية التركي أحمد داود أوغلو أنه من غير المقبول بقاء الأسد في السلطة خلال المرحلة الانتقالية في سوريا.",
    expected: ["turkey assad_role must_go"],
  },
  {
    why: "Syria unthinkable without Assad is not a demand that he go",
    text: "وقال وزير الخارجية السوري وليد المعلم إنه لا يمكن تصور سوريا دون الأسد، وإن جنيف لن يغير ذلك.",
    expected: [],
  },
  {
    why: "a removal «ليس من أولويات المرحلة» is not among the priorities",
    text: "ويرى الكرملين أن تنحي الأسد ليس من أولويات المرحلة في سوريا.",
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "«عدم وجود أي دور للأسد»: no role for him, said in a nominal phrase",
    text: "وجدد الائتلاف الوطني السوري تمسكه بعدم وجود أي دور للأسد في المرحلة الانتقالية.",
    expected: ["national_coalition assad_role must_go"],
  },
  {
    why: "denying having set conditions is going without them; the subject stands between «وضعت» and the denial",
    text: "ونفى المقداد أن تكون دمشق قد وضعت أي شروط للمشاركة في مؤتمر جنيف 2.",
    expected: ["syrian_government geneva2_preconditions unconditional"],
  },
  {
    why: "«لم تضع يوما أي شروط»: a word between the verb and the conditions",
    text: "وقال المقداد إن الحكومة السورية لم تضع يوما أي شروط للمشاركة في مؤتمر جنيف 2.",
    expected: ["syrian_government geneva2_preconditions unconditional"],
  },
  {
    why: "a denial of something else («نفى أن تكون قد رفضت المشاركة») sets no precondition",
    text: "ونفى المقداد أن تكون دمشق قد رفضت المشاركة في مؤتمر جنيف 2 بشأن سوريا.",
    expected: [],
  },
  {
    why: "«لن نجلس مع وفد النظام قبل وقف القصف»: refusing to sit down before something is a condition of the talks",
    text: "وقال عضو الائتلاف هادي البحرة: لن نجلس مع وفد النظام في جنيف قبل وقف القصف.",
    expected: ["national_coalition geneva2_preconditions conditional"],
  },
  {
    why: "refusing to sit with someone, with no «before / unless», sets no condition",
    text: "وقال عضو الائتلاف هادي البحرة إن المعارضة لن تجلس مع من يقتل الشعب السوري، وإنها ستذهب إلى جنيف بوفد موحد.",
    expected: [],
  },
  {
    why: "«لا تمانع مشاركة إيران … بشرط قبولها»: no objection under a condition, held by the clause's subject when anonymous sources speak",
    text: "وأفادت مصادر دبلوماسية أن واشنطن لا تمانع مشاركة إيران في مؤتمر جنيف بشرط قبولها بيان جنيف 1.",
    expected: ["usa iran_participation conditional"],
  },
  {
    why: "«لا ترى أي مانع من مشاركة إيران»: no objection is support",
    text: "وقال غاتيلوف إن موسكو لا ترى أي مانع من مشاركة إيران في مؤتمر جنيف.",
    expected: ["russia iran_participation support"],
  },
  {
    why: "«لن تقبل بمشاركة إيران» rejects, whatever the person of the verb",
    text: "وقالت واشنطن إنها لن تقبل بمشاركة إيران في مؤتمر جنيف.",
    expected: ["usa iran_participation oppose"],
  },
  {
    why: "an anonymous official named by nationality («مسؤول أمريكي») speaks for the state",
    text: "وقال مسؤول أمريكي إن الأسد يجب أن يرحل عن السلطة في سوريا.",
    expected: ["usa assad_role must_go"],
  },
  {
    why: "an envoy named by nationality («المندوب السعودي في الأمم المتحدة») speaks for the state, not for the UN where he sits",
    text: "وشدد المندوب السعودي في الأمم المتحدة عبد الله المعلمي على أن الأسد يجب أن يرحل.",
    expected: ["saudi_arabia assad_role must_go"],
  },
  {
    why: "cues that are the subject of «أمر غير مقبول» say the opposite: the demand for his departure and the precondition are rejected",
    text: "واعتبرت موسكو أن المطالبة بتنحي الأسد شرطا مسبقا للمفاوضات أمر غير مقبول.",
    expected: ["russia assad_role may_stay", "russia geneva2_preconditions unconditional"],
  },
  {
    why: "a rejection in another clause («، وأن بقاءه أمر مرفوض») leaves the condition before it as it is; his departure as the condition is must_go too (CONTRACT.md's conventions)",
    text: "وأكد الائتلاف الوطني السوري أن رحيل الأسد شرط للمشاركة في جنيف، وأن بقاءه أمر مرفوض.",
    expected: ["national_coalition geneva2_preconditions conditional", "national_coalition assad_role must_go"],
  },
  {
    why: "going without preconditions called unacceptable is not the unconditional position; no rule says which condition, so nothing",
    text: "واعتبر الائتلاف الوطني السوري أن الذهاب إلى جنيف دون شروط مسبقة أمر غير مقبول.",
    expected: [],
  },
  {
    why: "refusing any talk of his departure, the subject between the verb and its object (VSO)",
    text: "ويرفض النظام السوري أي حديث عن تنحي الأسد في مؤتمر جنيف.",
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: "«لا يمكن التوصل إلى حل … بوجود الأسد»: no solution while he is there",
    text: "وقالت أنقرة إنه لا يمكن التوصل إلى حل سياسي في سوريا بوجود الأسد.",
    expected: ["turkey assad_role must_go"],
  },
  {
    why: "no solution «بوجود الإرهاب» says nothing of Assad",
    text: "وقالت أنقرة إنه لا يمكن التوصل إلى حل سياسي في سوريا بوجود الإرهاب.",
    expected: [],
  },
  {
    why: "refusing to discuss the presidency keeps Assad out of the talks",
    text: "وقال وزير الإعلام السوري عمران الزعبي إن الوفد الحكومي لن يناقش مسألة الرئاسة في جنيف.",
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: "refusing to discuss something else («لن يناقش أي شروط») says nothing of Assad",
    text: "وقال وزير الإعلام السوري عمران الزعبي إن الوفد الحكومي لن يناقش في جنيف مسألة الممرات الإنسانية.",
    expected: [],
  },
  {
    why: "«لا يمكن أن يكون للأسد مكان»: the verb first, Assad then the role, inside a quotation",
    text: 'وقال هولاند: "لا يمكن أن يكون للأسد مكان في مستقبل سوريا".',
    expected: ["france assad_role must_go"],
  },
  {
    why: "Iran after «ضرورة مشاركة» is who would take part, never the subject of «ترى» before it: with no speaker named, nothing",
    text: "وأضاف أن بلاده ترى ضرورة مشاركة إيران في مؤتمر جنيف 2.",
    expected: [],
  },
  {
    why: "«إيران لن تشارك … ما لم تقبل» said by the US is its condition on Iran's participation, not Iran's precondition",
    text: "وقال كيري إن إيران لن تشارك في مؤتمر جنيف 2 ما لم تقبل بيان جنيف 1.",
    expected: ["usa iran_participation conditional"],
  },
  {
    why: "«إيران قد تشارك … إذا قبلت»: the same with a modal",
    text: "وقال كيري إن إيران قد تشارك في مؤتمر جنيف 2 إذا قبلت بيان جنيف 1.",
    expected: ["usa iran_participation conditional"],
  },
  {
    why: "Iran not taking part, stated as a fact with no condition or trigger, is no one's position",
    text: "وقال لافروف إن إيران لا تشارك في مؤتمر جنيف 2 حتى الآن.",
    expected: [],
  },
  {
    why: "a rejection ending the sentence past a relative clause («مشاركة إيران في المؤتمر الذي … مرفوضة») rejects the participation",
    text: "وقال المتحدث باسم الائتلاف لؤي صافي إن مشاركة إيران في المؤتمر الذي سيعقد في مونترو الشهر المقبل مرفوضة.",
    expected: ["national_coalition iran_participation oppose"],
  },
  {
    why: "a rejection inside the relative clause («المؤتمر الذي ترفضه المعارضة») is about the conference, not Iran's participation",
    text: "وقال المتحدث باسم الائتلاف لؤي صافي إن مشاركة إيران في المؤتمر الذي ترفضه المعارضة مهمة.",
    expected: [],
  },
  {
    why: "a rejection in a later clause («، وإن شروط النظام مرفوضة») is not about Iran's participation; it rejects the other side's conditions (unconditional, CONTRACT.md)",
    text: "وقال المتحدث باسم الائتلاف لؤي صافي إن مشاركة إيران في المؤتمر الذي سيعقد الشهر المقبل ستبحث، وإن شروط النظام مرفوضة.",
    // (The regime, owner of the conditions in the genitive, sets them as Safi reports: review 18, r121.)
    expected: ["national_coalition geneva2_preconditions unconditional", "syrian_government geneva2_preconditions conditional"],
  },
  {
    why: "«الأسد لن يتنحى» from the government: he stays",
    text: "وقال المعلم إن الأسد لن يتنحى وإن مقام الرئاسة ليس موضوع تفاوض في جنيف.",
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: "«لن يتنحى الرئيس الأسد» with the verb first",
    text: "وأكد المقداد في جنيف أنه لن يتنحى الرئيس الأسد تحت الضغوط.",
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: "«لن يرحل إلا بالقوة» names the way he would go: a complaint, not a wish that he stay",
    text: "وقال الجربا إن الأسد لن يرحل إلا بالقوة، وإن جنيف لن يغير شيئا.",
    expected: [],
  },
  {
    why: "«لن يتنحى طوعاً» is the same complaint",
    text: "وقال الجربا إن الأسد لن يتنحى طوعا في جنيف.",
    expected: [],
  },
  {
    why: "«لا شروط مسبقة» in a headline after the speaker's name",
    text: "لافروف: لا شروط مسبقة لمؤتمر جنيف 2",
    expected: ["russia geneva2_preconditions unconditional"],
  },
  {
    why: "«إيران يجب أن تكون حاضرة»: the modal between Iran and the participation after it wants her there",
    text: "وقال المبعوث الأممي الأخضر الإبراهيمي إن إيران يجب أن تكون حاضرة في جنيف 2.",
    expected: ["un iran_participation support"],
  },
  {
    why: "«إيران لن تكون طرفاً»: a negated copula rejects",
    text: "وقال كيري إن إيران لن تكون طرفا في مؤتمر جنيف 2.",
    expected: ["usa iran_participation oppose"],
  },
  {
    why: "two speakers joined by «و» after the verb both speak («وقالت روسيا وإيران إن …»)",
    text: "وقالت روسيا وإيران إن مؤتمر جنيف 2 يجب أن يعقد دون شروط مسبقة.",
    expected: ["iran geneva2_preconditions unconditional", "russia geneva2_preconditions unconditional"],
  },
  {
    why: "two people joined by «و» speak for their two parties",
    text: "وقال كيري ولافروف في مؤتمر صحفي مشترك إن المؤتمر سيعقد في جنيف دون شروط مسبقة.",
    expected: ["russia geneva2_preconditions unconditional", "usa geneva2_preconditions unconditional"],
  },
  {
    why: "a list of subjects («كل من فرنسا وبريطانيا والولايات المتحدة») between the demand and the removal: each demands it",
    text: "وتطالب كل من فرنسا وبريطانيا والولايات المتحدة برحيل الأسد.",
    expected: ["france assad_role must_go", "uk assad_role must_go", "usa assad_role must_go"],
  },
  {
    why: "«اتفقت روسيا وإيران على …» states what both hold",
    text: "واتفقت روسيا وإيران على ضرورة عقد مؤتمر جنيف 2 دون شروط مسبقة.",
    expected: ["iran geneva2_preconditions unconditional", "russia geneva2_preconditions unconditional"],
  },
  {
    why: "a dual pronoun on the rejection («رفضهما لأي شروط»)",
    text: "وأبدت كل من موسكو وطهران رفضهما لأي شروط مسبقة على الحكومة السورية في جنيف.",
    expected: ["iran geneva2_preconditions unconditional", "russia geneva2_preconditions unconditional"],
  },
  {
    why: "parties joined by «و» inside what the speaker says do not speak: only Russia holds it",
    text: "وقالت روسيا إن المعارضة والنظام يجب أن يذهبا إلى جنيف دون شروط مسبقة.",
    expected: ["russia geneva2_preconditions unconditional"],
  },
  {
    why: "«وأشار إلى أن»: «إلى» after the verb is no unknown subject, so the last speaker continues",
    text: "وقال لافروف للصحفيين إن المؤتمر مهم. وأشار إلى أن بلاده ترحب بأي دور إيراني في جنيف 2.",
    expected: ["russia iran_participation support"],
  },
  {
    why: "a place before a verbal noun («التدخل في سوريا ورفض الشروط») is not its subject: the statement's party holds it",
    text: "وشدد بيان الخارجية الروسية على رفض موسكو التدخل الخارجي في سوريا ورفض الشروط المسبقة.",
    expected: ["russia geneva2_preconditions unconditional"],
  },
  {
    why: "refusing talks that have Assad as a party wants him out, and sets a condition of attending them (CONTRACT.md: both labels)",
    text: "وقال الائتلاف الوطني السوري في بيان إنه لن يشارك في أي مفاوضات يكون الأسد طرفا فيها.",
    expected: ["national_coalition assad_role must_go", "national_coalition geneva2_preconditions conditional"],
  },
  {
    why: "refusing talks that have someone else as a party says nothing of Assad",
    text: "وقال المعلم إن الوفد لن يشارك في أي مفاوضات تكون المعارضة المسلحة طرفا فيها.",
    expected: [],
  },
  {
    why: "his departure held non-negotiable is demanded",
    text: "وأكد عضو الائتلاف الوطني السوري سمير نشار أن رحيل الأسد غير قابل للتفاوض.",
    expected: ["national_coalition assad_role must_go"],
  },
  {
    why: "«شرط» before a verbal noun («شرط تنفيذ البنود الإنسانية») after agreeing to take part is a condition",
    text: "وأعلنت الهيئة العليا للمفاوضات موافقتها على المشاركة في محادثات جنيف شرط تنفيذ البنود الإنسانية في القرار 2254.",
    expected: ["hnc geneva2_preconditions conditional"],
  },
  {
    why: "a condition named with no one taking part is not a condition of attending",
    text: "وقال الجعفري إن شرط وقف إطلاق النار لم يطرح في جنيف.",
    expected: [],
  },
  {
    why: "«أي دور للأسد … مرفوض» rejects any role for him",
    text: "وقال المتحدث باسم وفد الرياض سالم المسلط إن أي دور للأسد في المرحلة الانتقالية مرفوض.",
    expected: ["hnc assad_role must_go"],
  },
  {
    why: "the demand for his departure called «شرط تعجيزي» is rejected: the speaker is against it; its owner holds it",
    text: "واعتبر لافروف أن مطالبة وفد الرياض برحيل الأسد شرط تعجيزي.",
    expected: ["russia assad_role may_stay", "hnc assad_role must_go"],
  },
  {
    why: "«مسألة الرئاسة ليست مطروحة» keeps the presidency off the table",
    text: "وقال رئيس الوفد الحكومي بشار الجعفري إن مسألة الرئاسة ليست مطروحة في جنيف.",
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: "«ربطت واشنطن مشاركة طهران … بموافقتها على …»: linking the participation to a condition",
    text: "وربطت واشنطن مشاركة طهران في مؤتمر جنيف بموافقتها على تشكيل هيئة حكم انتقالية.",
    expected: ["usa iran_participation conditional"],
  },
  {
    why: "a condition set earlier in the clause, before any Iranian participation, is a condition on Iran, not on the talks",
    text: "وتشترط الرياض انسحاب الحرس الثوري من سوريا قبل أي مشاركة إيرانية في جنيف.",
    expected: ["saudi_arabia iran_participation conditional"],
  },
  {
    why: "no objection «شريطة أن تدعم …» is conditional",
    text: "وقالت باريس إنها لا ترى مانعا من حضور إيران مؤتمر جنيف شريطة أن تدعم الانتقال السياسي.",
    expected: ["france iran_participation conditional"],
  },
  {
    why: "«إيران مرحب بها … إذا قبلت» is welcome under a condition",
    text: "وقال كيري إن إيران مرحب بها في جنيف إذا قبلت بيان جنيف 1.",
    expected: ["usa iran_participation conditional"],
  },
  {
    why: "regretting the invitation's withdrawal («أسفها لسحب الدعوة») wants Iran there",
    text: "وأعربت موسكو عن أسفها لسحب الدعوة الموجهة لإيران إلى مؤتمر جنيف 2.",
    expected: ["russia iran_participation support"],
  },
  {
    why: "welcoming the withdrawal («رحب بسحب دعوة إيران») rejects her",
    text: "ورحب الائتلاف الوطني السوري بسحب دعوة إيران إلى مؤتمر جنيف 2.",
    expected: ["national_coalition iran_participation oppose"],
  },
  {
    why: "a demand made «كشرط مسبق» with no object named is a precondition",
    text: "وتطالب المعارضة السورية برحيل الأسد كشرط مسبق، وتقول إن جنيف يجب أن يفضي إلى انتقال.",
    expected: ["syrian_opposition assad_role must_go", "syrian_opposition geneva2_preconditions conditional"],
  },
  {
    why: "not demanding it as a precondition («لا تطالب برحيل الأسد كشرط مسبق للمفاوضات») sets none",
    text: "وقال لافروف إن موسكو لا تطالب برحيل الأسد كشرط مسبق للمفاوضات.",
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "«لم يعد يشترط»: a condition no longer set is none, and Assad's removal inside it is no demand; his departure no longer a precondition keeps him (CONTRACT.md's may_stay, as «رحيل الأسد لم يعد شرطاً»)",
    text: "وقال الجربا إن الائتلاف لم يعد يشترط رحيل الأسد قبل المفاوضات في جنيف.",
    expected: ["national_coalition assad_role may_stay"],
  },
  {
    why: "a denied condition («نفى أن يكون قد اشترط …») is none",
    text: "ونفى الائتلاف الوطني السوري أن يكون قد اشترط رحيل الأسد للمشاركة في جنيف.",
    expected: [],
  },
  {
    why: "a negation with «و» («ولم تطالب») negates the demand",
    text: "ولم تطالب واشنطن برحيل الأسد قبل مؤتمر جنيف.",
    expected: ["usa assad_role may_stay"],
  },
  {
    why: "a denied demand («نفت أن تكون قد طالبت برحيل الأسد») is not a demand, nor the opposite: denials are not annotated (CONTRACT.md)",
    text: "ونفت الخارجية الفرنسية أن تكون باريس قد طالبت برحيل الأسد قبل مؤتمر جنيف.",
    expected: [],
  },
  {
    why: "no longer rejecting Iran's participation («لم تعد تعارض») is not a rejection",
    text: "وقالت واشنطن إنها لم تعد تعارض مشاركة إيران في مؤتمر جنيف 2.",
    expected: ["usa iran_participation support"],
  },
  {
    why: "a denied rejection («نفى أن تكون واشنطن قد رفضت مشاركة إيران») states no position",
    text: "ونفى كيري أن تكون واشنطن قد رفضت مشاركة إيران في مؤتمر جنيف 2.",
    expected: [],
  },
  {
    why: "support no longer given («لم تعد تؤيد») rejects",
    text: "وقالت موسكو إنها لم تعد تؤيد مشاركة إيران في مؤتمر جنيف 2.",
    expected: ["russia iran_participation oppose"],
  },
  {
    why: "a denied invitation («نفى أن تكون واشنطن قد دعت إيران») states no position",
    text: "ونفى كيري أن تكون واشنطن قد دعت إيران إلى المشاركة في مؤتمر جنيف 2.",
    expected: [],
  },
  {
    why: "«لا يمكن القبول ببقاء الأسد»: his staying unacceptable",
    text: "وقال وزير الخارجية الفرنسي لوران فابيوس إنه لا يمكن القبول ببقاء الأسد في السلطة.",
    expected: ["france assad_role must_go"],
  },
  {
    why: "«بقاء الأسد في السلطة غير مقبول»: the predicate after his staying",
    text: "وقال أردوغان إن بقاء الأسد في السلطة غير مقبول.",
    expected: ["turkey assad_role must_go"],
  },
  {
    why: "talk of his departure called premature",
    text: "وترى موسكو أن الحديث عن رحيل الأسد سابق لأوانه.",
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "«الأسد جزء من الحل» keeps him",
    text: "وقال لافروف إن الأسد جزء من الحل في سوريا.",
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "«لا يمكن أن يكون الأسد جزءاً من الحل» wants him out, and is not read as «جزء من الحل»",
    text: "وقال كيري إنه لا يمكن أن يكون الأسد جزءا من الحل في سوريا.",
    expected: ["usa assad_role must_go"],
  },
  {
    why: "«الأسد ليس جزءاً من الحل» wants him out",
    text: "وقال كيري إن الأسد ليس جزءا من الحل في سوريا.",
    expected: ["usa assad_role must_go"],
  },
  {
    why: "no solution without Assad keeps him",
    text: "وقال روحاني إنه لا حل في سوريا من دون الأسد.",
    expected: ["iran assad_role may_stay"],
  },
  {
    why: "no solution without his departure wants him out",
    text: "وقال الجربا إنه لا حل في سوريا من دون رحيل الأسد.",
    expected: ["national_coalition assad_role must_go"],
  },
  {
    why: "Assad called the legitimate president",
    text: "وقال المعلم إن الأسد هو الرئيس الشرعي لسوريا ولن يتخلى عن مسؤولياته.",
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: "«دور الأسد انتهى»: his time is over",
    text: "وقال هيغ إن دور الأسد انتهى وإن عليه أن يرحل.",
    expected: ["uk assad_role must_go"],
  },
  {
    why: "a demand to be met «قبل المشاركة» is a condition of the talks",
    text: "وطالب الائتلاف الوطني السوري بضمانات دولية قبل المشاركة في مؤتمر جنيف 2.",
    expected: ["national_coalition geneva2_preconditions conditional"],
  },
  {
    why: "«يضع … ثلاثة شروط للمشاركة»: conditions named for attending, held by the subject before them",
    text: "ويضع الائتلاف الوطني السوري ثلاثة شروط للمشاركة في جنيف 2: وقف القصف، وفك الحصار، والإفراج عن المعتقلين.",
    expected: ["national_coalition geneva2_preconditions conditional"],
  },
  {
    why: "«لا تضع أي شروط للمشاركة» is unconditional, not the conditions it names",
    text: "وقال المعلم إن دمشق لا تضع أي شروط للمشاركة في جنيف.",
    expected: ["syrian_government geneva2_preconditions unconditional"],
  },
  {
    why: "participation «مرتبطة بتحقيق مطالبها» is conditional",
    text: "وأعلنت المعارضة السورية أن مشاركتها في جنيف مرتبطة بتحقيق مطالبها.",
    expected: ["syrian_opposition geneva2_preconditions conditional"],
  },
  {
    why: "calling on the opposition to drop its conditions is unconditional; the conditions («شروطها») are the opposition's",
    text: "ودعا لافروف المعارضة السورية إلى التخلي عن شروطها المسبقة والذهاب إلى جنيف.",
    expected: ["russia geneva2_preconditions unconditional", "syrian_opposition geneva2_preconditions conditional"],
  },
  {
    why: "criticising the conditions others set rejects preconditions (the setter holds them, as the critic reports)",
    text: "وانتقدت موسكو الشروط التي تضعها المعارضة السورية للمشاركة في جنيف.",
    expected: ["russia geneva2_preconditions unconditional", "syrian_opposition geneva2_preconditions conditional"],
  },
  {
    why: "«… وليس لتسليم السلطة»: the government is not going to hand over power",
    text: "وقال المعلم إن الوفد السوري ذاهب إلى جنيف لمحاربة الإرهاب وليس لتسليم السلطة.",
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: "«الأسد لن يكون جزءاً من أي حكومة انتقالية»",
    text: "وفي تصريح لقناة الجزيرة، قال رئيس الائتلاف أحمد الجربا إن الأسد لن يكون جزءا من أي حكومة انتقالية.",
    expected: ["national_coalition assad_role must_go"],
  },
  {
    why: "«الأسد وأعوانه لن يكون لهم أي دور»: his circle with him",
    text: "وأوضح البيان الختامي لاجتماع أصدقاء سوريا أن الأسد وأعوانه لن يكون لهم أي دور في سوريا.",
    expected: ["friends_of_syria assad_role must_go"],
  },
  {
    why: "not attached to Assad himself, and his fate («مصيره») for the Syrians beside it: no side taken (neutral)",
    text: "وقال لافروف إن روسيا ليست متمسكة بالأسد شخصيا وإن مصيره يقرره السوريون.",
    expected: ["russia assad_role neutral"],
  },
  {
    why: "not defending Assad but principles: neutral",
    text: "وقال بوغدانوف إن موسكو لا تدافع عن الأسد بل عن مبادئ القانون الدولي.",
    expected: ["russia assad_role neutral"],
  },
  {
    why: "refusing to have conditions dictated («شروطاً») rejects preconditions",
    text: "وقال المعلم إن سوريا لن تقبل أن يملي أحد عليها شروطا.",
    expected: ["syrian_government geneva2_preconditions unconditional"],
  },
  {
    why: "«مصيره» with no Assad named nearby is not his fate",
    text: "وقال لافروف إن مصيره يقرره السوريون وحدهم في جنيف.",
    expected: [],
  },
  {
    why: "wanting Iran's exclusion («تريد إبعاد إيران») rejects her participation",
    text: "وقال لافروف إن واشنطن تريد إبعاد إيران عن مؤتمر جنيف 2.",
    expected: ["usa iran_participation oppose"],
  },
  {
    why: "rejecting her exclusion («رفضت استبعاد إيران») wants her there",
    text: "ورفضت موسكو استبعاد إيران من مؤتمر جنيف 2.",
    expected: ["russia iran_participation support"],
  },
  {
    why: "criticising the decision to exclude her wants her there",
    text: "وانتقد لافروف قرار استبعاد إيران من مؤتمر جنيف 2.",
    expected: ["russia iran_participation support"],
  },
  {
    why: "calling her exclusion necessary rejects her",
    text: "وقال لؤي صافي إن استبعاد إيران من مؤتمر جنيف 2 ضروري.",
    expected: ["national_coalition iran_participation oppose"],
  },
];
