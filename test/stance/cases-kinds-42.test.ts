// Kinds mended in the forty-second probe: asides of contrast, of repetition and of comment between commas; verbs of
// harm in the past after his staying; observers' guesses after «و»; his fate or going «posed» as a condition.
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
    why: "his staying named as what drew a harm, with a verb in the past («هو الذي جذب الإرهابيين»), wants no stay for him",
    text: `${T}وقال وزير الخارجية القطري إن بقاء الأسد هو الذي جذب الإرهابيين إلى سوريا.`,
    expected: [],
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
];

caseTable("The forty-second probe's kinds", CASES);
