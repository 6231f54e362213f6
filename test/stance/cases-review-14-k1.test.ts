// Kinds found by the probe rounds: the party a demand is addressed to, right after a verb on «ف» taking up the one
// «أما» put first («أما الجربا، فطالب وفد النظام بـ …»), read as the one holding it; and a denial («نفى ذلك»)
// voiding the cues of the denier's own clause after it («، وقال إن …»). Each row written for this table, not taken
// from the seeds, the development corpus or the probe's articles.
import { caseTable, type Case } from "./case-table";

/** A headline, so that the sentence under test is read as a body sentence. */
const HEAD = "مؤتمر جنيف 2 حول سوريا\n";
/** A body sentence with another speaker and no stance, before the one under test. */
const BEFORE = "وقال لافروف إن موسكو تتابع الاتصالات مع جميع الأطراف. ";
/** A closing body sentence with no stance. */
const TAIL = "\nوتتواصل التحضيرات لعقد المؤتمر في موعده.\n";

const CASES: Case[] = [
  // «أما X، فدعا/فطالب Y …»: X, taken up by «ف», holds the stance; Y is only asked.
  {
    why: "«أما رئيس الائتلاف …، فدعا وفد النظام إلى …»: the Coalition holds it, not the delegation called on",
    text: `${HEAD}${BEFORE}أما رئيس الائتلاف هادي البحرة، فدعا وفد النظام إلى القبول "فورا" بهيئة انتقالية "لا دور فيها للأسد".${TAIL}`,
    expected: ["national_coalition assad_role must_go"],
  },
  {
    why: "«أما فابيوس، فطالب الحكومة السورية بالاعتراف بأن …»",
    text: `${HEAD}${BEFORE}أما وزير الخارجية الفرنسي لوران فابيوس، فطالب الحكومة السورية بالاعتراف بأن "الأسد لا يمكن أن يكون جزءا من مستقبل سوريا".${TAIL}`,
    expected: ["france assad_role must_go"],
  },
  {
    why: "«أما لافروف، فدعا المعارضة السورية إلى …»: Russia, not the opposition called on",
    text: `${HEAD}${BEFORE}أما لافروف، فدعا المعارضة السورية إلى الكف عن المطالبة "المسبقة" والقبول بأن "رحيل الأسد ليس شرطا للحوار".${TAIL}`,
    expected: ["russia assad_role may_stay", "russia geneva2_preconditions unconditional"],
  },
  {
    why: "«أما الجبير، فحث إيران على …، مؤكدا أن …»: the participle goes on with the one «أما» put first",
    text: `${HEAD}${BEFORE}أما الوزير السعودي عادل الجبير، فحث إيران على سحب قواتها، مؤكدا أن "لا مكان للأسد في المرحلة الانتقالية".${TAIL}`,
    expected: ["saudi_arabia assad_role must_go"],
  },
  {
    why: "«أما في دمشق، فدعا المعلم …»: a place put first is no subject; the one after the verb is (guard)",
    text: `${HEAD}${BEFORE}أما في دمشق، فدعا المعلم المعارضة إلى الحضور "من دون شروط مسبقة".${TAIL}`,
    expected: ["syrian_government geneva2_preconditions unconditional"],
  },
  {
    why: "«ودعا الجربا وفد النظام إلى …»: the subject after the verb, no «أما» (guard)",
    text: `${HEAD}${BEFORE}ودعا الجربا وفد النظام إلى القبول "فورا" بهيئة انتقالية "لا دور فيها للأسد".${TAIL}`,
    expected: ["national_coalition assad_role must_go"],
  },
  {
    why: "«أما الائتلاف، فقال إن …»: no object after the verb (guard)",
    text: `${HEAD}${BEFORE}أما الائتلاف، فقال إن "الأسد لا يمكن أن يكون جزءا من المرحلة الانتقالية".${TAIL}`,
    expected: ["national_coalition assad_role must_go"],
  },
  // «نفى ذلك، وقال إن …»: the denier's own clause after the denial is his stance.
  {
    why: "«نفت ساكي ذلك، وقالت إن «… الأسد لا يمكن أن يكون جزءا من مستقبل سوريا»»",
    text: `${HEAD}${BEFORE}ونفت المتحدثة باسم الخارجية الأمريكية جين ساكي ذلك، وقالت إن "موقفنا لم يتغير، فالأسد لا يمكن أن يكون جزءا من مستقبل سوريا".${TAIL}`,
    expected: ["usa assad_role must_go"],
  },
  {
    why: "«نفى الجربا هذه الأنباء، وقال إن الائتلاف لن يذهب … ما لم يرحل الأسد»: both labels of the condition",
    text: `${HEAD}${BEFORE}ونفى الجربا هذه الأنباء، وقال إن الائتلاف لن يذهب إلى جنيف ما لم يرحل الأسد.${TAIL}`,
    expected: ["national_coalition geneva2_preconditions conditional", "national_coalition assad_role must_go"],
  },
  {
    why: "«نفى الائتلاف أن يكون قد اشترط رحيل الأسد …، وقال إن …»: the denied cue is before his own clause (guard)",
    text: `${HEAD}${BEFORE}ونفى الائتلاف أن يكون قد اشترط رحيل الأسد قبل حضور المؤتمر، وقال إن الوفد سيتوجه إلى جنيف الأسبوع المقبل.${TAIL}`,
    expected: [],
  },
  {
    why: "«نفت الخارجية الروسية التقارير عن موافقة موسكو على رحيل الأسد، وقالت إن …»: the denied report stays denied (guard)",
    text: `${HEAD}${BEFORE}ونفت الخارجية الروسية التقارير عن موافقة موسكو على رحيل الأسد، وقالت إن الاتصالات مستمرة مع جميع الأطراف.${TAIL}`,
    expected: [],
  },
  {
    why: "«نفى ظريف ذلك، وأكد أن طهران ترفض أي شروط مسبقة»: already read past the denial (guard)",
    text: `${HEAD}${BEFORE}ونفى ظريف ذلك، وأكد أن طهران ترفض أي شروط مسبقة على الحوار.${TAIL}`,
    expected: ["iran geneva2_preconditions unconditional"],
  },
];

caseTable("review 14 (k1): the one addressed after «أما X، ف…», and the denier's own clause", CASES);
