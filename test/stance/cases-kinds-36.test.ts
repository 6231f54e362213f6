// Kinds mended in the thirty-sixth probe (agency copy re-run by the papers, press conferences and interviews): a
// colon after the speaker opens what he says, so the party named right after it is its subject, not his verb's
// object; a party, then «لا/لن» and its verb, inside a quotation; the one called («اتصل أوباما ببوتين») says nothing
// the caller goes on to say; a bare noun of position right after a speaker has its agent after it; an office, its
// place and then a name teach the name; nothing is to hang on conditions («يجب ألا يرتبط», «لا ينبغي أن يكون مرهوناً
// بأي شروط»); a member of one of a party's bodies («عضو الهيئة السياسية في الائتلاف») is no place; what must be done
// before sitting at the table is a condition; a position qualified by a nationality opening a quotation; a dispute
// or his fate that remains unsettled («ظل قائماً», «بقي معلقاً») is no staying of his; «سيظل» is; «تبعد إيران» excludes her.
import { caseTable, type Case } from "./case-table";

const T = "جنيف 2: مواقف\n\n";

const CASES: Case[] = [
  {
    why: "a colon after the speaker: Washington, named right after it, is the subject of what he says",
    text: `${T}وقال لافروف: واشنطن ترفض مشاركة إيران في المؤتمر.`,
    expected: ["usa iran_participation oppose"],
  },
  {
    why: "a colon, no quotation marks: Riyadh holds what follows it (it gave no claim at all)",
    text: `${T}وقال ظريف: الرياض تريد إقصاء إيران عن المؤتمر.`,
    expected: ["saudi_arabia iran_participation oppose"],
  },
  {
    why: "how he spoke before a colon, then a party and its negated verb inside the quotation: the party's",
    text: `${T}وكان عراقجي أكثر صراحة: "السعودية لا تريد أي دور لإيران في جنيف".`,
    expected: ["saudi_arabia iran_participation oppose"],
  },
  {
    why: "«إيران لم تقبل …» is what she did, not her verb of position: no condition of hers",
    text: `${T}وقالت بساكي إن "إيران لم تقبل بيان جنيف علناً، ونتوقع أن تسحب الدعوة إذا لم يتغير ذلك".`,
    expected: [],
  },
  {
    why: "a negated verb of the opposition in an earlier clause holds nothing of the clause after «وعليه فإن»",
    text: `${T}وأضاف كيري: "من الواضح أن المعارضة لن توافق على الأسد، وعليه فإن الأسد لن يكون جزءاً من الهيئة الانتقالية".`,
    expected: ["usa assad_role must_go"],
  },
  {
    why: "«اتصل أوباما هاتفياً ببوتين ليؤكد له …»: the caller says it, not the one called",
    text: `${T}اتصل أوباما هاتفياً ببوتين ليؤكد له أن الأسد فقد شرعيته.`,
    expected: ["usa assad_role must_go"],
  },
  {
    why: "«اتصل … بنظيره الروسي … وأكد له»: the verb joined by «و» goes on from the caller",
    text: `${T}اتصل الرئيس الأمريكي باراك أوباما بنظيره الروسي فلاديمير بوتين وأكد له أن الأسد يجب أن يرحل.`,
    expected: ["usa assad_role must_go"],
  },
  {
    why: "«وأكد كيري رفض موسكو أي شروط»: the noun's agent, Moscow, holds it",
    text: `${T}وأكد كيري رفض موسكو أي شروط مسبقة.`,
    expected: ["russia geneva2_preconditions unconditional"],
  },
  {
    why: "«وأكد له رفض موسكو …» after a meeting: Moscow's, not the one met",
    text: `${T}التقى لافروف كيري وأكد له رفض موسكو أي شروط مسبقة.`,
    expected: ["russia geneva2_preconditions unconditional"],
  },
  {
    why: "«إن رفض موسكو … خطأ»: after «إن» the noun is judged, and the agent does not take the judgement",
    text: `${T}وقال كيري إن رفض موسكو أي شروط مسبقة خطأ.`,
    expected: ["usa geneva2_preconditions conditional"],
  },
  {
    why: "an ambassador named after his office and his post's place, then «السفير» and his name: Russia's",
    text: `${T}التقى المعلم السفير الروسي في دمشق رستم شاكيروف، وبحث معه التحضيرات للمؤتمر. وجدد السفير شاكيروف موقف بلاده الداعي إلى عقد المؤتمر دون شروط مسبقة.`,
    expected: ["russia geneva2_preconditions unconditional"],
  },
  {
    why: "«لا ينبغي أن يكون مرهوناً بأي شروط»: a condition refused",
    text: `${T}وقال لافروف إن عقد المؤتمر لا ينبغي أن يكون مرهوناً بأي شروط مسبقة.`,
    expected: ["russia geneva2_preconditions unconditional"],
  },
  {
    why: "«يجب ألا يرتبط بأي شروط» with going to Geneva its subject: a condition refused",
    text: `${T}وقال المعلم إن الذهاب إلى جنيف يجب ألا يرتبط بأي شروط.`,
    expected: ["syrian_government geneva2_preconditions unconditional"],
  },
  {
    why: "«عضو الهيئة السياسية في الائتلاف ميشيل كيلو»: a member of a body of the Coalition, not a place, speaks",
    text: `${T}لكن عضو الهيئة السياسية في الائتلاف ميشيل كيلو بدا أكثر مرونة، إذ قال إن المعارضة ستذهب إلى جنيف دون شروط مسبقة.`,
    expected: ["national_coalition geneva2_preconditions unconditional"],
  },
  {
    why: "what must be done before sitting at the table is a condition",
    text: `${T}وقال الجبير إنه يجب إطلاق سراح المعتقلين قبل الجلوس إلى طاولة المفاوضات.`,
    expected: ["saudi_arabia geneva2_preconditions conditional"],
  },
  {
    why: "no obligation before it: sitting at the table after an action is no condition",
    text: `${T}وقال الجبير إن الوفد سيلتقي دي ميستورا قبل الجلوس إلى الطاولة.`,
    expected: [],
  },
  {
    why: "«الموقف الروسي» opening a quotation: Russia's position, as the speaker reports it",
    text: `${T}وقال ظريف: "الموقف الروسي هو المشاركة في جنيف بلا شروط مسبقة".`,
    expected: ["russia geneva2_preconditions unconditional"],
  },
  {
    why: "«الخلاف … حول مصير الأسد ظل قائماً»: the dispute remains, not he",
    text: `${T}اتفق كيري ولافروف على موعد الاجتماع، لكن الخلاف بينهما حول مصير الأسد ظل قائماً.`,
    expected: [],
  },
  {
    why: "«مصير الأسد بقي معلقاً»: his fate unsettled is no staying of his",
    text: `${T}وأكد الجعفري أن مصير الأسد بقي معلقاً بين الطرفين.`,
    expected: [],
  },
  {
    why: "«سيظل رئيساً»: the future of «ظل», as «سيبقى», is his staying",
    text: `${T}وقال لافروف إن الأسد سيظل رئيساً لسوريا.`,
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "«تسعى إلى أن تبعد إيران»: a verb of keeping her away, sought, is her exclusion",
    text: `${T}وقال ظريف إن الرياض تسعى إلى أن تبعد إيران عن المؤتمر.`,
    expected: ["saudi_arabia iran_participation oppose"],
  },
];

caseTable("The thirty-sixth probe's kinds: colons, calls, agents of nouns, bodies, sitting at the table", CASES);
