// Kinds of sentence found by probe round r127: being «among those calling for» Iran's taking part; her taking part
// on a condition with her named after the verb of accepting, or her wish answered by «فإن ذلك مرهون بـ»; disowning
// Assad's person («ليست معنية بشخصه»); and the one asked in a clause of time («وحين
// سُئل X …، ردّ بأن …») answering. Each row written for this table, not taken from the seeds, the development corpus
// or the probe's articles.
import { caseTable, type Case } from "./case-table";

/** A headline, so that the sentence under test is read as a body sentence. */
const HEAD = "مؤتمر جنيف 2 حول سوريا\n";
/** A closing body sentence with no stance. */
const TAIL = "\nوتتواصل التحضيرات لعقد المؤتمر في موعده.\n";

const CASES: Case[] = [
  // «من (أوائل) الداعين إلى إشراك إيران»: among those calling for her taking part is calling for it.
  {
    why: "«كانت من أوائل الداعين إلى إشراك إيران»: support",
    text: `${HEAD}وقال وزير الخارجية البريطاني هيغ إن بلاده كانت من أوائل الداعين إلى إشراك إيران في المؤتمر الدولي حول سوريا.${TAIL}`,
    expected: ["uk iran_participation support"],
  },
  {
    why: "«من الدول الداعية إلى مشاركة طهران»: support",
    text: `${HEAD}وقال داود أوغلو إن تركيا من الدول الداعية إلى مشاركة طهران في محادثات جنيف.${TAIL}`,
    expected: ["turkey iran_participation support"],
  },
  {
    why: "«لم تكن يوماً من الداعين إلى مشاركة إيران»: not among them is no support (guard)",
    text: `${HEAD}وقال داود أوغلو إن تركيا لم تكن يوما من الداعين إلى مشاركة إيران في المؤتمر.${TAIL}`,
    expected: [],
  },
  {
    why: "«من الداعين إلى وقف إطلاق النار»، Iran named for something else: nothing (guard)",
    text: `${HEAD}وقال هيغ إن بلاده من الداعين إلى وقف إطلاق النار في سوريا قبل انعقاد المؤتمر، وإن إيران تتحمل جزءا من المسؤولية.${TAIL}`,
    expected: [],
  },
  // Her wish answered by «فذلك مشروط/مرهون بـ»: a condition on her taking part.
  {
    why: "«إن أرادت أن يكون لها مقعد … فذلك مشروط بسحب مقاتليها»: conditional",
    text: `${HEAD}وقال سعود الفيصل إن طهران إن أرادت أن يكون لها مقعد بين الدول الراعية للحل فذلك مشروط بسحب مقاتليها من سوريا.${TAIL}`,
    expected: ["saudi_arabia iran_participation conditional"],
  },
  {
    why: "«إذا أرادت الحضور فإن نجاح المؤتمر مرهون بـ»: the talks' success, not her seat, is conditioned (guard)",
    text: `${HEAD}وقال سعود الفيصل إن إيران إذا أرادت الحضور فإن نجاح المؤتمر مرهون بوقف دعمها للنظام.${TAIL}`,
    expected: [],
  },
  // «إذا قبلت إيران بيان جنيف 1»: Iran named after the verb, her seat in the sentence.
  {
    why: "«إذا قبلت إيران علناً بيان جنيف 1 فبإمكانها أن تجلس إلى الطاولة»: conditional",
    text: `${HEAD}وقال هيغ إنه إذا قبلت إيران علنا بيان جنيف 1 فبإمكانها أن تجلس إلى الطاولة مع الآخرين.${TAIL}`,
    expected: ["uk iran_participation conditional"],
  },
  {
    why: "«إذا أعلنت إيران التزامها ببيان جنيف 1 فسيكون ذلك تطوراً إيجابياً»: no taking part named (guard)",
    text: `${HEAD}وقال فابيوس إنه إذا أعلنت إيران التزامها ببيان جنيف 1 فسيكون ذلك تطورا إيجابيا في علاقاتها مع الغرب.${TAIL}`,
    expected: [],
  },
  {
    why: "«إذا قبلت المعارضة بيان جنيف 1»: someone else's acceptance (guard)",
    text: `${HEAD}وقال فابيوس إنه إذا قبلت المعارضة بيان جنيف 1 فإن ذلك سيسهل مشاركتها في المؤتمر.${TAIL}`,
    expected: [],
  },
  // Disowning his person («ليست معنية بشخصه», the calque «ليست متزوجة بالأسد»): neutral; the ally who says it beside
  // leaving his fate to the Syrians takes no side there either (neutral only, as the annotated rounds and dev read it;
  // review 20 F4).
  {
    why: "«ليست متزوجة بالأسد، وإن مصيره يقرره الشعب السوري»: neutral",
    text: `${HEAD}وقال لافروف إن روسيا ليست متزوجة بالأسد، وإن مصيره يقرره الشعب السوري.${TAIL}`,
    expected: ["russia assad_role neutral"],
  },
  {
    why: "«مصير الأسد يقرره السوريون وحدهم، وإن طهران ليست معنية بشخصه»: neutral",
    text: `${HEAD}وقال عبد اللهيان إن مصير الأسد يقرره السوريون وحدهم، وإن طهران ليست معنية بشخصه.${TAIL}`,
    expected: ["iran assad_role neutral"],
  },
  {
    why: "an ally's «مصير الأسد يقرره الشعب السوري» alone keeps him (guard)",
    text: `${HEAD}وقال لافروف إن مصير الأسد يقرره الشعب السوري وحده عبر صناديق الاقتراع.${TAIL}`,
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "«ليست معنية بالمؤتمر …، وإن مصير الأسد يقرره السوريون»: not concerned with something else (guard)",
    text: `${HEAD}وقال لافروف إن بلاده ليست معنية بالمؤتمر إذا لم يحضر الجميع، وإن مصير الأسد يقرره السوريون.${TAIL}`,
    expected: ["russia assad_role may_stay"],
  },
  // «وحين سُئل X …، ردّ بأن …»: the main verb after a clause of time asking X is X's answer.
  {
    why: "«وحين سُئل بوغدانوف عن ذلك، ردّ بأن …»: the one asked, not the speaker before",
    text: `${HEAD}وقال كيري إن إيران لا يمكن أن تشارك في المؤتمر. وحين سئل بوغدانوف عن ذلك، رد بأن حضور إيران ضروري لنجاح المؤتمر.${TAIL}`,
    expected: ["usa iran_participation oppose", "russia iran_participation support"],
  },
  {
    why: "«ولما وُجّه السؤال نفسه إلى ظريف، أجاب بأن …»: the one the question was put to",
    text: `${HEAD}وقال كيري إن الأسد فقد شرعيته. ولما وجه السؤال نفسه إلى ظريف، أجاب بأن مصير الأسد ليس من شأن أي دولة أجنبية.${TAIL}`,
    expected: ["usa assad_role must_go", "iran assad_role neutral"],
  },
  {
    why: "«وعندما طُرح السؤال على المقداد …، ردّ بأن …»",
    text: `${HEAD}وقال كيري إن الأسد فقد شرعيته. وعندما طرح السؤال على المقداد في المؤتمر الصحفي، رد بأن الرئيس الأسد خط أحمر.${TAIL}`,
    expected: ["usa assad_role must_go", "syrian_government assad_role may_stay"],
  },
  {
    why: "«وحين سُئل عن مصير الرئيس الأسد، قال المبعوث: …»: the one asked about is no speaker (guard)",
    text: `${HEAD}وقال الإبراهيمي إن المؤتمر سيعقد في موعده. وحين سئل عن مصير الرئيس بشار الأسد، قال المبعوث: "هذا ليس من شأني".${TAIL}`,
    expected: ["un assad_role neutral"],
  },
  {
    why: "«وحين سُئل عن ذلك، ردّ بأن …», no one named: the speaker before goes on (guard)",
    text: `${HEAD}وقال كيري إن إيران لا يمكن أن تشارك في المؤتمر. وحين سئل عن ذلك، رد بأن حضورها سيعقد الأمور.${TAIL}`,
    expected: ["usa iran_participation oppose"],
  },
];

caseTable("review 19 (r127): calling for Iran, her conditions, disowning Assad's person, the one asked", CASES);
