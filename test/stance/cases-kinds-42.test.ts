// Kinds mended in the forty-second probe: asides of contrast, of repetition and of comment between commas; «هو الذي
// جذب الإرهابيين» after his staying; observers' guesses after «و»; his fate or going «posed» as a condition; an
// adverb of "ever" not counted in a negation's reach; a negation repeated by «… ولن تقبلها»; the one named after «كما
// تريد» holding the words as they stand; two of his offices held off the table in the dual; an attempt to impose his
// going; a demand judged in a clause of its own after refused conditions; an example of demands judged unrealistic;
// an invitation held on her acceptance; the opposition «ممثلة بالائتلاف»; «وهو ما تشاطرنا إياه X».
import { caseTable, type Case } from "./case-table";

const T = "جنيف 2: مواقف\n\n";

const CASES: Case[] = [
  {
    why: "an aside of contrast between commas («، خلافاً لما …،») does not cut the negation off from the conditions it denies",
    text: `${T}وقال وزير الخارجية الروسي إن بلاده لا تضع، خلافاً لما تروج له بعض العواصم الغربية، أي شروط مسبقة على المعارضة.`,
    expected: ["russia geneva2_preconditions unconditional"],
  },
  {
    why: "an aside repeating what one said before («، كما أكدنا مراراً،») is passed over like one of circumstance",
    text: `${T}وقال نائب وزير الخارجية الروسي إن موسكو لا تضع، كما أكدنا مراراً، أي شروط مسبقة على طرفي الحوار.`,
    expected: ["russia geneva2_preconditions unconditional"],
  },
  {
    why: "an aside of comment («، وهذا موقف ثابت،») between the negation and his going turns it, not keeps it",
    text: `${T}وقال المتحدث باسم الخارجية الإيرانية إن طهران لا تعتبر، وهذا موقف ثابت، رحيل الأسد ممكنا.`,
    expected: ["iran assad_role may_stay"],
  },
  {
    why: "his staying named as what drew a harm («هو الذي جذب الإرهابيين») is blamed: he must go, as with «هو ما جذب»",
    text: `${T}وقال وزير الخارجية القطري إن بقاء الأسد هو الذي جذب الإرهابيين إلى سوريا.`,
    expected: ["qatar assad_role must_go"],
  },
  {
    why: "observers guessing what a party may do («ويرى مراقبون أن واشنطن قد تقبل …») state no position of its",
    text: `${T}ويرى مراقبون أن واشنطن قد تقبل ببقاء الأسد خلال المرحلة الانتقالية.`,
    expected: [],
  },
  {
    why: "his fate not to be posed as a condition («لا يجب أن تطرح كشرط مسبق»): no condition, and he may stay",
    text: `${T}وقال نائب وزير الخارجية الروسي إن مسألة مصير الأسد لا يجب أن تطرح كشرط مسبق للمفاوضات.`,
    expected: ["russia assad_role may_stay", "russia geneva2_preconditions unconditional"],
  },
  {
    why: "his going not to be posed as a condition («لا ينبغي أن يطرح كشرط») rejects preconditions too",
    text: `${T}وقال المبعوث الصيني إن رحيل الأسد لا ينبغي أن يطرح كشرط مسبق للحوار، وأكدت موسكو الموقف نفسه.`,
    expected: ["russia assad_role may_stay", "russia geneva2_preconditions unconditional"],
  },
  {
    why: 'an adverb of "ever" («في أي وقت») between the negation and the conditions is not counted in its reach',
    text: `${T}وقالت المتحدثة باسم الخارجية الإيرانية إن طهران لم تقبل في أي وقت شروطاً مسبقة لحضورها المؤتمر.`,
    expected: ["iran geneva2_preconditions unconditional"],
  },
  {
    why: "a negated verb joined after the conditions, their pronoun its object («… ولن تقبلها»), repeats the negation, it does not turn it back",
    text: `${T}وقال نائب وزير الخارجية الإيراني إن بلاده لم تقبل شروطا مسبقة للمشاركة في المؤتمر ولن تقبلها.`,
    expected: ["iran geneva2_preconditions unconditional", "iran iran_participation support"],
  },
  {
    why: "the one named after «كما تريد» wants what the speaker rejects: the words as they stand are his",
    text: `${T}وقال المعارض السوري إنه لا مجال لبقاء الأسد في السلطة كما تريد موسكو.`,
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "two of his offices joined and held off the table in the dual («ليسا مطروحين للنقاش») keep him",
    text: `${T}وقال نائب وزير الخارجية السوري إن موقع الرئيس ومقام الرئاسة ليسا مطروحين للنقاش في جنيف.`,
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: "guard: «كما قال» after a rejection shares it, it does not turn it back",
    text: `${T}ورفض وزير الخارجية السعودي أي دور للأسد في المرحلة الانتقالية، كما قال نظيره الأمريكي.`,
    expected: ["saudi_arabia assad_role must_go"],
  },
  {
    why: "an attempt to impose his going («أي محاولة لفرض رحيل الأسد») warned against keeps him",
    text: `${T}وحذر مستشار المرشد الإيراني علي أكبر ولايتي من أن أي محاولة لفرض رحيل الرئيس الأسد من الخارج ستبوء بالفشل.`,
    expected: ["iran assad_role may_stay"],
  },
  {
    why: "a demand judged in a clause of its own joined by «و» after the refused conditions does not turn them back",
    text: `${T}وقال وزير الخارجية الإيراني: لا نقبل شروطا لحضور المؤتمر والمطالبة برحيل الأسد غير واقعية.`,
    expected: ["iran assad_role may_stay", "iran geneva2_preconditions unconditional"],
  },
  {
    why: "an example («مثل …») of demands judged unrealistic is judged with them",
    text: `${T}وقال نائب وزير الخارجية الروسي إن الإصرار على مطالب غير واقعية، مثل تحديد موعد لرحيل الرئيس السوري، لا يخدم إلا المتطرفين.`,
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "an invitation held on her acceptance («الدعوة مشروطة بقبول إيران …») is a condition on her taking part, not support",
    text: `${T}وقالت المتحدثة باسم الخارجية الأمريكية إن واشنطن تعتبر الدعوة مشروطة بقبول إيران العلني لبيان جنيف الأول.`,
    expected: ["usa iran_participation conditional"],
  },
  {
    why: "guard: an attempt to impose conditions is still read as conditions rejected",
    text: `${T}وانتقد وزير الخارجية الروسي محاولات فرض شروط مسبقة على الحكومة السورية.`,
    expected: ["russia geneva2_preconditions unconditional"],
  },
  {
    why: "the opposition named in general, then «، ممثلة بالائتلاف الوطني،»: the body it is represented by holds its demand",
    text: `${T}وتتمسك المعارضة السورية، ممثلة بالائتلاف الوطني، بتشكيل هيئة حكم انتقالية لا دور فيها للأسد.`,
    expected: ["national_coalition assad_role must_go"],
  },
  {
    why: "«وهو ما تشاطرنا إياه X وY», «وتشاطرنا X وY هذا الموقف»: those who share the speaker's position hold it too",
    text: `${T}وقال وزير الخارجية السعودي إن الأسد يجب أن يرحل، وهو ما تشاطرنا إياه قطر وتركيا.`,
    expected: ["qatar assad_role must_go", "saudi_arabia assad_role must_go", "turkey assad_role must_go"],
  },
  {
    why: "guard: demands a party is said to hold («يتمسك بمطالب غير واقعية، مثل بقاء الأسد») stay its own, not turned",
    text: `${T}وقال رئيس الائتلاف إن النظام يتمسك بمطالب غير واقعية، مثل بقاء الأسد في السلطة.`,
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: "guard: backing every attempt to impose his going («تدعم كل محاولة لفرض رحيل الأسد») wants him gone",
    text: `${T}وقال مصدر في الخارجية الفرنسية إن باريس تدعم كل محاولة لفرض رحيل الأسد عن السلطة.`,
    expected: ["france assad_role must_go"],
  },
  {
    why: "guard: an attempt to impose his going someone is accused of is the accused's aim",
    text: `${T}وتتهم دمشق الرياض بمحاولة فرض رحيل الأسد عبر دعم المسلحين.`,
    expected: ["saudi_arabia assad_role must_go"],
  },
];

caseTable("The forty-second probe's kinds", CASES);
