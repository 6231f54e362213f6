// Kinds found by the probe rounds among the tuples no topic cue read: Iran's taking part or presence as the subject of
// a predicate that judges it necessary, her right, or a guarantee of success («مشاركة إيران ضرورة», «حق وضرورة»,
// «وجودها ضمانة لنجاح …»); and a party qualified by a backer the lexicon does not name («المعارضة المدعومة من
// الغرب تحاول فرض شروط مسبقة»), whose verb is still the party's. Each row written for this table, not taken from
// the seeds, the development corpus or the probe's articles.
import { caseTable, type Case } from "./case-table";

/** A headline, so that the sentence under test is read as a body sentence. */
const HEAD = "مؤتمر جنيف 2 حول سوريا\n";
/** A closing body sentence with no stance. */
const TAIL = "\nوتتواصل التحضيرات لعقد المؤتمر في موعده.\n";

const CASES: Case[] = [
  {
    why: `«مشاركة إيران في المؤتمر ضرورة»: the noun «ضرورة» as the predicate, as the adjective «ضرورية» is`,
    text: `${HEAD}وقال وزير الخارجية السوري إن "مشاركة إيران في المؤتمر ضرورة، ومن يريد إبعادها لا يريد الحل".${TAIL}`,
    expected: ["syrian_government iran_participation support"],
  },
  {
    why: `«حضور إيران في جنيف حق لها»: her right, the predicate`,
    text: `${HEAD}وقال الأمين العام لحزب الله إن "حضور إيران في جنيف حق لها".${TAIL}`,
    expected: ["hezbollah iran_participation support"],
  },
  {
    why: `«ووجودها في المؤتمر ضمانة لنجاحه»: a guarantee of its success, her presence by pronoun`,
    text: `${HEAD}وقال المعلم إن "إيران دولة جارة، ووجودها في المؤتمر ضمانة لنجاحه".${TAIL}`,
    expected: ["syrian_government iran_participation support"],
  },
  {
    why: `«مشاركة إيران في المؤتمر ليست ضرورة»: the predicate negated rejects it`,
    text: `${HEAD}وقال المعلم إن "مشاركة إيران في المؤتمر ليست ضرورة".${TAIL}`,
    expected: ["syrian_government iran_participation oppose"],
  },
  {
    why: `«من حق المعارضة أن تطالب بضمانات لنجاح المؤتمر»: a right and a guarantee with no Iran (guard)`,
    text: `${HEAD}وقال لافروف إن من حق المعارضة أن تطالب بضمانات لنجاح المؤتمر.${TAIL}`,
    expected: [],
  },
  {
    why: `«غياب إيران عن المؤتمر ضمانة لنجاحه»: her absence is no word of taking part (guard)`,
    text: `${HEAD}وقال مسؤول سعودي إن غياب إيران عن المؤتمر ضمانة لنجاحه.${TAIL}`,
    expected: [],
  },
  {
    why: `«إن المعارضة السورية المدعومة من الغرب تحاول فرض شروط مسبقة»: the backer unnamed, the verb still hers`,
    text: `${HEAD}وقال وزير الخارجية الروسي سيرغي لافروف إن المعارضة السورية المدعومة من الغرب تحاول فرض شروط مسبقة على المؤتمر.${TAIL}`,
    expected: ["syrian_opposition geneva2_preconditions conditional"],
  },
  {
    why: `«إن الائتلاف المدعوم من قبل الدول الغربية يطالب برحيل الأسد»: «من قبل» and an adjective after the backer`,
    text: `${HEAD}وقال لافروف إن الائتلاف المدعوم من قبل الدول الغربية يطالب برحيل الأسد.${TAIL}`,
    expected: ["national_coalition assad_role must_go"],
  },
  {
    why: `«إن المعارضة المدعومة من السعودية تشترط …»: a named backer, as before (guard)`,
    text: `${HEAD}وقال المقداد إن المعارضة المدعومة من السعودية تشترط رحيل الرئيس قبل أي حوار.${TAIL}`,
    expected: ["syrian_opposition geneva2_preconditions conditional", "syrian_opposition assad_role must_go"],
  },
  {
    why: `«إن الائتلاف المدعوم من الغرب لن يحقق …، وإن موسكو ترفض …»: the party backed holds nothing here (guard)`,
    text: `${HEAD}وقال لافروف إن الائتلاف المدعوم من الغرب لن يحقق في جنيف ما عجز عنه في الميدان، وإن موسكو ترفض أي شروط مسبقة.${TAIL}`,
    expected: ["russia geneva2_preconditions unconditional"],
  },
];

caseTable("review 21, G4: no topic cue (Iran's presence judged; an unnamed backer)", CASES);
