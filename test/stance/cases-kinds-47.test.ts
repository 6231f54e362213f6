// Kinds mended in the forty-seventh probe, found by helpers writing invented news sentences of four families (noisy
// copy; contrast and continuation between parties; the structure of digests and statements; who speaks, by name,
// title and office), each a row here, with guards:
// - noisy copy: a negation typed joined to its word («لايمكن», «مالم», «بلاشروط»), dots between a speaker and «إن» or
//   after a headline's name, a line cut before «إن/أن», veh and Persian letters («لافروڤ», «مشارکۀ»), name variants
//   («أولاند», «بسكوف», «بانكي مون»);
// - the one compared with («خلافاً لروسيا، تطالب فرنسا …») and the one met («خلال لقائه نظيره الروسي لافروف رفض
//   بلاده …») hold nothing; the one joining others «in» a position holds it with them; a proposal rejected is not held
//   by its proposer («رفض كيري اقتراح لافروف دعوة إيران»);
// - positions shared or rejected after them («والموقف نفسه عبرت عنه», «وهو ما أيدته/رفضته», «بينما رفضت موسكو ذلك»,
//   «والأمر نفسه ينطبق على», «وقالت أنقرة الشيء نفسه», «موقفاً مماثلاً», «وهو رأي يشاركه فيه», «بهذه الخطوة»);
// - «وكان قد أكد», «وأكد الأخير», «هذا ما قاله X» after a quotation, a verb of accusing whose object is named
//   («واتهم إيران بـ…»), the one asked with «طلب من»; a numbered list opened by a speaker's colon; «تضمن البيان»;
// - a dateline («الرياض - «الحياة»:») names no holder; offices in the construct state («وزير الدولة السعودي»); the
//   joint envoy's title is the UN's alone; no talks «في ظل استمرار القصف» is a condition;
// - «بدوره» is «in turn»; his going a red line keeps him; doing without her («الاستغناء عن», «في غنى عن», «لا فائدة
//   منها»); «شرطين»; legitimacy no longer his; a hint («ألمح إلى أن»); a position not changed; openness to her taking
//   part; what is likely or not ruled out, a forecast; Iran named first, then no place for her or a duty to attend; a
//   call for her taking part named by its noun.
import { caseTable, type Case } from "./case-table";

const T = "جنيف 2: مواقف\n\n";

const CASES: Case[] = [
  {
    why: "«لايمكن» typed as one word negates what follows («الأسد لايمكن أن يكون جزءا من الحكومة الانتقالية»)",
    text: `${T}وقال وزير الخارجية الأمريكي إن الأسد لايمكن أن يكون جزءا من الحكومة الانتقالية.`,
    expected: ["usa assad_role must_go"],
  },
  {
    why: "«لاتقبل» typed as one word: no conditions accepted",
    text: `${T}وقال نائب وزير الخارجية السوري إن دمشق لاتقبل أي شروط مسبقة.`,
    expected: ["syrian_government geneva2_preconditions unconditional"],
  },
  {
    why: "«مالم» typed as one word: attending only if he goes",
    text: `${T}وقال رئيس الائتلاف إن الائتلاف لن يشارك في المؤتمر مالم يتم الاتفاق على رحيل الأسد.`,
    expected: ["national_coalition geneva2_preconditions conditional", "national_coalition assad_role must_go"],
  },
  {
    why: "«لاتعتبر» typed as one word: his going is no condition",
    text: `${T}وقال وزير الخارجية الروسي إن روسيا لاتعتبر رحيل الأسد شرطا لعقد المؤتمر.`,
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "«بلاشروط» typed as one word",
    text: `${T}وقال وزير الخارجية الروسي إن موسكو تدعو إلى الذهاب إلى جنيف بلاشروط مسبقة.`,
    expected: ["russia geneva2_preconditions unconditional"],
  },
  {
    why: "dots between the speaker and «إن» («وقال … الجبير.. إن») are no sentence's end",
    text: `${T}وقال وزير الخارجية السعودي عادل الجبير.. إن الأسد يجب أن يرحل.`,
    expected: ["saudi_arabia assad_role must_go"],
  },
  {
    why: "a headline's name, then dots («الجبير.. الأسد يجب أن يرحل»), speaks what follows",
    text: "الجبير.. الأسد يجب أن يرحل\n\nنص الخبر.",
    expected: ["saudi_arabia assad_role must_go"],
  },
  {
    why: "guard: dots between two headlines of a digest end the first («….. والائتلاف: …»)",
    text: "لافروف: لا شروط مسبقة لمؤتمر جنيف.. والائتلاف: لا دور للأسد\n\nنص الخبر.",
    expected: ["russia geneva2_preconditions unconditional", "national_coalition assad_role must_go"],
  },
  {
    why: "a line cut between the speaker and «إن» is one sentence",
    text: `${T}قال وزير الخارجية الأمريكي جون كيري\nإن الأسد لا يمكن أن يكون جزءا من الحكومة الانتقالية.`,
    expected: ["usa assad_role must_go"],
  },
  {
    why: "veh in a name («لافروڤ») and Persian letters («مشارکۀ إیران») read as the Arabic ones",
    text: `${T}وقال لافروڤ إن مشاركة إيران ضرورية. وجدد الائتلاف رفضه مشارکۀ إیران في المؤتمر.`,
    expected: ["russia iran_participation support", "national_coalition iran_participation oppose"],
  },
  {
    why: "the press's spellings of names («أولاند», «بسكوف») name their speakers",
    text: `${T}وقال أولاند إن الأسد لا يمكن أن يكون جزءا من الحل. وقال بسكوف للصحفيين إن رحيل الأسد ليس شرطا للتسوية.`,
    expected: ["france assad_role must_go", "russia assad_role may_stay"],
  },
  {
    why: "«بانكي مون» written as one word names the Secretary-General",
    text: `${T}ووجه بانكي مون دعوة إلى إيران للمشاركة في المؤتمر.`,
    expected: ["un iran_participation support"],
  },
  {
    why: "his name run into his family's («بشارالأسد»)",
    text: `${T}وقال وزير الخارجية الأمريكي إن على بشارالأسد أن يتنحى.`,
    expected: ["usa assad_role must_go"],
  },
  {
    why: "the one compared with («خلافاً لروسيا،») is not the subject of the demand after it",
    text: `${T}خلافا لروسيا، تطالب فرنسا برحيل الأسد.`,
    expected: ["france assad_role must_go"],
  },
  {
    why: "«على غرار واشنطن،» and «على عكس الائتلاف،» likewise",
    text: `${T}على غرار واشنطن، تطالب باريس برحيل الأسد. وعلى عكس الائتلاف، لا تضع هيئة التنسيق أي شروط مسبقة للمشاركة.`,
    expected: ["france assad_role must_go", "ncb geneva2_preconditions unconditional"],
  },
  {
    why: "the one met, after the speaker's meeting and his counterpart's title, does not own the rejection after him",
    text: `${T}جدد وزير الخارجية السعودي خلال لقائه نظيره الروسي لافروف رفض بلاده مشاركة إيران في المؤتمر.`,
    expected: ["saudi_arabia iran_participation oppose"],
  },
  {
    why: "«بعد لقائه بان كي مون رفض أي دور للأسد»: the rejection is the speaker's",
    text: `${T}أكد رئيس الائتلاف بعد لقائه بان كي مون رفض أي دور للأسد في المرحلة الانتقالية.`,
    expected: ["national_coalition assad_role must_go"],
  },
  {
    why: "a proposal rejected («رفض كيري اقتراح لافروف دعوة إيران») is the rejecter's oppose, not the proposer's",
    text: `${T}ورفض كيري اقتراح لافروف دعوة إيران إلى المؤتمر.`,
    expected: ["usa iran_participation oppose"],
  },
  {
    why: "a call rejected («رفض كيري دعوة لافروف إلى مشاركة إيران») likewise",
    text: `${T}ورفض كيري دعوة لافروف إلى مشاركة إيران.`,
    expected: ["usa iran_participation oppose"],
  },
  {
    why: "guard: a demand rejected keeps its owner's position beside the rejecter's",
    text: `${T}ورفضت موسكو مطالبة واشنطن برحيل الأسد.`,
    expected: ["russia assad_role may_stay", "usa assad_role must_go"],
  },
  {
    why: "one joining others «in» rejecting her taking part holds it with them",
    text: `${T}انضمت فرنسا إلى الولايات المتحدة في رفض مشاركة إيران.`,
    expected: ["france iran_participation oppose", "usa iran_participation oppose"],
  },
  {
    why: "one joining two others «in» demanding his going holds it with both",
    text: `${T}انضمت قطر إلى السعودية وتركيا في المطالبة برحيل الأسد.`,
    expected: ["qatar assad_role must_go", "saudi_arabia assad_role must_go", "turkey assad_role must_go"],
  },
  {
    why: "«والموقف نفسه عبرت عنه تركيا»: the same position, held by Turkey too",
    text: `${T}رفضت السعودية مشاركة إيران، والموقف نفسه عبرت عنه تركيا.`,
    expected: ["saudi_arabia iran_participation oppose", "turkey iran_participation oppose"],
  },
  {
    why: "«وهو ما أيدته باريس ولندن» in the past: both hold the demand",
    text: `${T}طالب رئيس الائتلاف برحيل الأسد، وهو ما أيدته باريس ولندن.`,
    expected: ["national_coalition assad_role must_go", "france assad_role must_go", "uk assad_role must_go"],
  },
  {
    why: "«وهو ما رفضته دمشق» in the past: Damascus holds the reverse",
    text: `${T}طالب رئيس الائتلاف برحيل الأسد، وهو ما رفضته دمشق.`,
    expected: ["national_coalition assad_role must_go", "syrian_government assad_role may_stay"],
  },
  {
    why: "«وشاطره الرأي وزير الخارجية الإيراني» shares what was said before",
    text: `${T}قال وزير الخارجية الروسي إن رحيل الأسد ليس شرطا مسبقا، وشاطره الرأي وزير الخارجية الإيراني.`,
    expected: [
      "russia assad_role may_stay",
      "russia geneva2_preconditions unconditional",
      "iran assad_role may_stay",
      "iran geneva2_preconditions unconditional",
    ],
  },
  {
    why: "«والأمر نفسه ينطبق على السعودية»: the same held by Saudi Arabia",
    text: `${T}يرفض الائتلاف مشاركة إيران، والأمر نفسه ينطبق على السعودية.`,
    expected: ["national_coalition iran_participation oppose", "saudi_arabia iran_participation oppose"],
  },
  {
    why: "«وقالت أنقرة الشيء نفسه» in the next sentence: the same held by Ankara",
    text: `${T}قالت واشنطن إن الأسد يجب أن يرحل. وقالت أنقرة الشيء نفسه.`,
    expected: ["usa assad_role must_go", "turkey assad_role must_go"],
  },
  {
    why: "«وأبدت الرياض موقفاً مماثلاً»: a like position",
    text: `${T}أعلنت واشنطن أنها تعارض مشاركة إيران، وأبدت الرياض موقفا مماثلا.`,
    expected: ["usa iran_participation oppose", "saudi_arabia iran_participation oppose"],
  },
  {
    why: "«وهو رأي يشاركه فيه فابيوس»: a view shared",
    text: `${T}اعتبر كيري أن الأسد فقد شرعيته ولا بد أن يرحل، وهو رأي يشاركه فيه فابيوس.`,
    expected: ["usa assad_role must_go", "france assad_role must_go"],
  },
  {
    why: "«ورحبت بدورها واشنطن بهذه الخطوة»: the withdrawal welcomed, named by a demonstrative",
    text: `${T}رحب الائتلاف بسحب الدعوة الموجهة إلى إيران، ورحبت بدورها واشنطن بهذه الخطوة.`,
    expected: ["national_coalition iran_participation oppose", "usa iran_participation oppose"],
  },
  {
    why: "«بينما رفضت موسكو ذلك» after a demand for his going: Moscow wants him to stay",
    text: `${T}طالبت باريس برحيل الأسد، بينما رفضت موسكو ذلك.`,
    expected: ["france assad_role must_go", "russia assad_role may_stay"],
  },
  {
    why: "guard: «ورفضت موسكو ذلك» opening no contrast in the next sentence takes up nothing",
    text: `${T}طالبت باريس برحيل الأسد. ورفضت موسكو ذلك.`,
    expected: ["france assad_role must_go"],
  },
  {
    why: "«وكان قد شدد» with no subject goes on with the one named before",
    text: `${T}استقبل لافروف الإبراهيمي في موسكو. وكان قد شدد على أن مشاركة إيران ضرورية.`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "«وأكد الأخير» after a full stop is the one named last",
    text: `${T}التقى لافروف كيري في باريس. وأكد الأخير أن الأسد يجب أن يرحل.`,
    expected: ["usa assad_role must_go"],
  },
  {
    why: "«هذا ما أكدته …» after a quotation attributes it",
    text: `${T}"الأسد لا يمكن أن يكون جزءا من مستقبل سوريا"، هذا ما أكدته المتحدثة باسم الخارجية الأمريكية جين بساكي.`,
    expected: ["usa assad_role must_go"],
  },
  {
    why: "«واتهم إيران بإرسال …»: Iran is accused; the speaker goes on past it",
    text: `${T}قال رئيس الائتلاف إن الائتلاف سيحضر المؤتمر. واتهم إيران بإرسال آلاف المقاتلين. وشدد على أنه لا مكان للأسد في مستقبل سوريا.`,
    expected: ["national_coalition assad_role must_go"],
  },
  {
    why: "«وانتقد السعودية بشدة» names no speaker: the one before goes on",
    text: `${T}قال وزير الخارجية السوري إن الوفد سيذهب إلى جنيف. وانتقد السعودية بشدة. وأكد أن الأسد خط أحمر.`,
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: "the one asked with «طلبت من» holds nothing; the asker does",
    text: `${T}وقالت واشنطن إنها طلبت من الأمم المتحدة سحب دعوة إيران.`,
    expected: ["usa iran_participation oppose"],
  },
  {
    why: "a numbered item goes on with the one whose colon opened the list",
    text: `${T}قالت الخارجية الروسية: 1- ضرورة عقد المؤتمر من دون شروط مسبقة. 2- يجب أن تشارك إيران في المؤتمر.`,
    expected: ["russia geneva2_preconditions unconditional", "russia iran_participation support"],
  },
  {
    why: "items marked by ordinals after «ما يلي:» go on with the one whose clause opened the list",
    text: `${T}حددت وزارة الخارجية الروسية موقف موسكو من المؤتمر في النقاط التالية: أولا- ضرورة عقد المؤتمر من دون شروط مسبقة. ثانيا- يجب أن تشارك إيران في المؤتمر.`,
    expected: ["russia geneva2_preconditions unconditional", "russia iran_participation support"],
  },
  {
    why: "guard: a sentence opening on a number with no list before it names no one",
    text: `${T}وقال الوزير إن المؤتمر سيعقد في موعده. 2- يجب أن تشارك إيران في المؤتمر.`,
    expected: [],
  },
  {
    why: "«وأبرز ما تضمنه البيان» speaks for the statement's issuer",
    text: `${T}أصدر الائتلاف بيانا. وأبرز ما تضمنه البيان رفض مشاركة إيران.`,
    expected: ["national_coalition iran_participation oppose"],
  },
  {
    why: "guard: «لم يتضمن البيان أي إشارة إلى …» says nothing of the issuer's",
    text: `${T}ولم يتضمن البيان الختامي أي إشارة إلى جدول زمني لرحيل الأسد.`,
    expected: [],
  },
  {
    why: "a dateline («الرياض - «الحياة»:») is where the report was filed, not who holds it",
    text: `${T}الرياض - «الحياة»: أكد دبلوماسي غربي أن لا مكان للأسد في مستقبل سوريا.`,
    expected: [],
  },
  {
    why: "an office in the construct state with its nationality after the genitive («وزير الدولة السعودي»)",
    text: `${T}وقال وزير الدولة السعودي للشؤون الخارجية إن الأسد لا يمكن أن يكون جزءا من الحل.`,
    expected: ["saudi_arabia assad_role must_go"],
  },
  {
    why: "«مستشار المرشد الإيراني» and «رئيس الوزراء السوري» name their states",
    text: `${T}وقال مستشار المرشد الإيراني إن على جميع الأطراف المشاركة دون شروط مسبقة. وقال رئيس الوزراء السوري إن رحيل الأسد ليس مطروحا.`,
    expected: ["iran geneva2_preconditions unconditional", "syrian_government assad_role may_stay"],
  },
  {
    why: "the joint UN-Arab League envoy's title is the UN's alone",
    text: `${T}وقال المبعوث المشترك للأمم المتحدة والجامعة العربية إن على جميع الأطراف المشاركة في المؤتمر دون شروط مسبقة.`,
    expected: ["un geneva2_preconditions unconditional"],
  },
  {
    why: "no talks «في ظل استمرار القصف» is a condition on them",
    text: `${T}وقال رئيس الائتلاف إن الائتلاف لن يذهب إلى جنيف في ظل استمرار القصف.`,
    expected: ["national_coalition geneva2_preconditions conditional"],
  },
  {
    why: "«لا تفاوض تحت القصف» likewise",
    text: `${T}وقال رئيس الائتلاف: لا تفاوض تحت القصف.`,
    expected: ["national_coalition geneva2_preconditions conditional"],
  },
  {
    why: "«لا تضع … أي شروط» with a subject of three words between",
    text: `${T}وقال المنسق العام إن هيئة التنسيق الوطنية لا تضع أي شروط مسبقة للمشاركة.`,
    expected: ["ncb geneva2_preconditions unconditional"],
  },
  {
    why: "«وقال كيري بدوره»: «in turn», no role of Assad's",
    text: `${T}قال وزير الخارجية الروسي إن رحيل الأسد ليس شرطا. وقال كيري بدوره إن واشنطن ترفض مشاركة إيران.`,
    expected: ["russia assad_role may_stay", "russia geneva2_preconditions unconditional", "usa iran_participation oppose"],
  },
  {
    why: "his going called a red line («الإطاحة بالأسد خط أحمر») keeps him, and says nothing of his going",
    text: `${T}وقال مستشار المرشد الإيراني إن الإطاحة بالأسد خط أحمر.`,
    expected: ["iran assad_role may_stay"],
  },
  {
    why: "doing without her («يمكنه الاستغناء عن حضور إيران», «في غنى عن») opposes her taking part",
    text: `${T}أكدت قطر أن مؤتمر جنيف يمكنه الاستغناء عن حضور إيران. وقال رئيس الائتلاف إن المؤتمر في غنى عن مشاركة إيران.`,
    expected: ["qatar iran_participation oppose", "national_coalition iran_participation oppose"],
  },
  {
    why: "not able to do without her («لا يمكنه الاستغناء عن مشاركة إيران») supports it",
    text: `${T}وقال وزير الخارجية الروسي إن المؤتمر لا يمكنه الاستغناء عن مشاركة إيران.`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "her taking part of no use («لا فائدة منها») is opposed",
    text: `${T}وقال رئيس الائتلاف إن مشاركة إيران لا فائدة منها.`,
    expected: ["national_coalition iran_participation oppose"],
  },
  {
    why: "two conditions set («وضع الائتلاف شرطين») are conditions",
    text: `${T}وضع الائتلاف شرطين لحضور المؤتمر.`,
    expected: ["national_coalition geneva2_preconditions conditional"],
  },
  {
    why: "legitimacy no longer his («لم يعد يتمتع بأي شرعية») wants him gone",
    text: `${T}وقال وزير الخارجية الفرنسي إن الأسد لم يعد يتمتع بأي شرعية.`,
    expected: ["france assad_role must_go"],
  },
  {
    why: "a hint («ألمح … إلى أن …») speaks",
    text: `${T}ألمح الإبراهيمي إلى أن حضور إيران سيكون مفيدا لإنجاح المؤتمر.`,
    expected: ["un iran_participation support"],
  },
  {
    why: "guard: a hint of what might be («ألمح … إلى أنه ربما …») holds nothing",
    text: `${T}وألمح وزير الخارجية الأمريكي إلى أنه ربما تكون هناك سبل لمشاركة إيران من على الهامش.`,
    expected: [],
  },
  {
    why: "a position not changed («لم تغير باريس موقفها الداعي إلى رحيل الأسد») stands",
    text: `${T}لم تغير باريس موقفها الداعي إلى رحيل الأسد.`,
    expected: ["france assad_role must_go"],
  },
  {
    why: "openness to her taking part («أبدت الرياض انفتاحا على مشاركة إيران») supports it",
    text: `${T}أبدت الرياض انفتاحا على مشاركة إيران في محادثات فيينا.`,
    expected: ["saudi_arabia iran_participation support"],
  },
  {
    why: "what is likely or not ruled out («من المحتمل أن …», «من غير المستبعد أن …») is a forecast",
    text: `${T}من المحتمل أن تتراجع واشنطن عن مطلب رحيل الأسد. ومن غير المستبعد أن توافق المعارضة على حضور المؤتمر دون شروط.`,
    expected: [],
  },
  {
    why: "criticising one, then a verb of saying joined by «و»: the criticism does not reach what is said («وقال إن إيران يجب أن تشارك»)",
    text: `${T}وانتقد لافروف السعودية وقال إن إيران يجب أن تشارك في المؤتمر.`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "attending «دون أن يشترط رحيل الأسد» sets no condition of his going",
    text: `${T}وقال رئيس الائتلاف إن الائتلاف سيحضر جنيف 2 دون أن يشترط رحيل الأسد مسبقا.`,
    expected: ["national_coalition assad_role may_stay"],
  },
  {
    why: "Iran named first, then no place for her at the talks («إيران لا مكان لها في جنيف»)",
    text: `${T}وقال رئيس الائتلاف إن إيران لا مكان لها في جنيف.`,
    expected: ["national_coalition iran_participation oppose"],
  },
  {
    why: "guard: no place for her «ما لم …» is her taking part's terms",
    text: `${T}وقال رئيس الائتلاف إن إيران لا مكان لها في جنيف ما لم تسحب قواتها من سوريا.`,
    expected: ["national_coalition iran_participation conditional"],
  },
  {
    why: "the Iranians named first, then must attend («الإيرانيين يجب أن يحضروا جنيف 2»)",
    text: `${T}وقال وزير الخارجية الروسي إن الإيرانيين يجب أن يحضروا جنيف 2.`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "a call for her taking part named by its noun («جدد … دعوة بلاده إلى مشاركة إيران»)",
    text: `${T}جدد وزير الخارجية الروسي دعوة بلاده إلى مشاركة إيران في المؤتمر.`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "guard: that call rejected («رفض الائتلاف دعوة روسيا إلى مشاركة إيران») is the rejecter's oppose",
    text: `${T}ورفض الائتلاف دعوة روسيا إلى مشاركة إيران.`,
    expected: ["national_coalition iran_participation oppose"],
  },
  // Guards the code rereads asked for.
  {
    why: "guard: «سيحتفظ بدوره» is his role kept, not «in turn»",
    text: `${T}وقال وزير الخارجية الروسي إن الأسد سيحتفظ بدوره في المرحلة الانتقالية.`,
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "«رحب الائتلاف بدوره بسحب الدعوة»: «in turn» after a verb of position and its subject",
    text: `${T}ورحب الائتلاف بدوره بسحب الدعوة الموجهة إلى إيران.`,
    expected: ["national_coalition iran_participation oppose"],
  },
  {
    why: "guard: something else called illegitimate («الوجود العسكري التركي غير شرعي») says nothing of him",
    text: `${T}وقال وزير الخارجية السوري إن الوجود العسكري التركي غير شرعي، وإن الرئيس الأسد سيشارك في الانتخابات.`,
    expected: [],
  },
  {
    why: "«من غير الممكن الاستغناء عن مشاركة إيران» supports it",
    text: `${T}وقال وزير الخارجية الروسي إن من غير الممكن الاستغناء عن مشاركة إيران.`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "guard: «لا يحتملون بقاء الأسد» is not bearing his staying, no forecast",
    text: `${T}وقال وزير الخارجية السعودي إن السوريين لا يحتملون بقاء الأسد.`,
    expected: ["saudi_arabia assad_role must_go"],
  },
  {
    why: "guard: «إيران لا مكان لها في جنيف، إلا إذا …» is her taking part's terms, past the comma",
    text: `${T}وقال رئيس الائتلاف إن إيران لا مكان لها في جنيف، إلا إذا سحبت قواتها.`,
    expected: ["national_coalition iran_participation conditional"],
  },
  {
    why: "«لن نغير موقفنا الداعي إلى رحيل الأسد»: a position not changed, in the first person",
    text: `${T}وقال رئيس الائتلاف: لن نغير موقفنا الداعي إلى رحيل الأسد.`,
    expected: ["national_coalition assad_role must_go"],
  },
  {
    why: "guard: «لإمكان» is «for the possibility», no joined «لا مكان»",
    text: `${T}ودعت موسكو إلى تهيئة الظروف لإمكان مشاركة إيران في المؤتمر.`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "guard: «لم تنضم» joins no one in a position",
    text: `${T}لم تنضم فرنسا إلى الولايات المتحدة في رفض مشاركة إيران.`,
    expected: [],
  },
  {
    why: "guard: «وقال لافروف إن الغرب يكرر الكلام نفسه» is no agreement of Lavrov's with what was said before",
    text: `${T}طالبت باريس برحيل الأسد. وقال وزير الخارجية الروسي إن الغرب يكرر الكلام نفسه.`,
    expected: ["france assad_role must_go"],
  },
  // Guards the regression hunt asked for.
  {
    why: "guard: openness rejected («رفض الائتلاف أي انفتاح على مشاركة إيران») opposes her taking part",
    text: `${T}رفض الائتلاف أي انفتاح على مشاركة إيران.`,
    expected: ["national_coalition iran_participation oppose"],
  },
  {
    why: "guard: an invitation received («تلقى ظريف دعوة إلى مشاركة إيران») is no call of the one receiving it",
    text: `${T}تلقى ظريف دعوة إلى مشاركة إيران في جنيف.`,
    expected: [],
  },
  {
    why: "«لا يستطيع أحد الاستغناء عن دور إيران» supports her taking part",
    text: `${T}وقال وزير الخارجية الروسي إنه لا يستطيع أحد الاستغناء عن دور إيران.`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "guard: «الشيء نفسه عن المعارضة», «موقفاً مماثلاً من الإرهاب»: the same said of another matter",
    text: `${T}قال كيري إن الأسد لا يمكن أن يبقى، وقال لافروف الشيء نفسه عن المعارضة. وطالبت قطر برحيل الأسد، واتخذت روسيا موقفاً مماثلاً من الإرهاب.`,
    expected: ["usa assad_role must_go", "qatar assad_role must_go"],
  },
];

caseTable("kinds of the forty-seventh probe", CASES);
