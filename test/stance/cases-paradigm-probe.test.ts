// Kinds found by probing with minimal pairs (one construction varied at a time, sentences written for the purpose):
// each row a general sentence of news Arabic, none from the seeds, dev or the rounds.
import { caseTable } from "./case-table";

caseTable("a participle of saying after a verb of doing: its subject speaks", [
  {
    why: "«وصل X إلى …، مؤكداً أن …»: the one who arrived",
    text: "وصل وزير الخارجية الأمريكي جون كيري إلى جنيف مساء أمس، مؤكداً أن المفاوضات يجب أن تبدأ دون أي شروط مسبقة.",
    expected: ["usa geneva2_preconditions unconditional"],
  },
  {
    why: "«التقى X نظيره …، مؤكداً …», no «و» before the verb",
    text: "التقى وزير الخارجية الروسي سيرغي لافروف نظيره الأمريكي في باريس، مؤكداً أن مشاركة إيران ضرورية لنجاح المؤتمر.",
    expected: ["russia iran_participation support"],
  },
  {
    why: "«استقبل الرئيس الأسد المبعوث …، مؤكداً …»: the host, not the one received",
    text: "استقبل الرئيس بشار الأسد المبعوث الأممي الأخضر الإبراهيمي في دمشق، مؤكداً أن سوريا ستشارك في المؤتمر دون شروط مسبقة.",
    expected: ["syrian_government geneva2_preconditions unconditional"],
  },
  {
    why: "«وصل» before a city: the city does not speak",
    text: "وصل الوفد إلى موسكو، مؤكداً أن المؤتمر يجب أن يعقد دون شروط مسبقة.",
    expected: [],
  },
]);

caseTable("the matter a sentence opens on, or the question put, is no one's position", [
  {
    why: "«ورداً على سؤال حول رحيل الأسد، قال …»: the answer holds no demand that he go",
    text: "ورداً على سؤال حول رحيل الأسد، قال وزير الخارجية الإيراني محمد جواد ظريف إن بلاده تحترم خيار الشعب السوري.",
    expected: [],
  },
  {
    why: "«وحول رحيل الأسد، قال …»",
    text: "وحول رحيل الأسد، قال وزير الخارجية الإيراني محمد جواد ظريف إن بلاده تحترم خيار الشعب السوري.",
    expected: [],
  },
  {
    why: "«وعن سؤال حول الشروط المسبقة، قال …»",
    text: "وعن سؤال حول الشروط المسبقة، قال وزير الخارجية الروسي سيرغي لافروف إن موسكو تعمل مع جميع الأطراف.",
    expected: [],
  },
  {
    why: "the answer's own position is still read",
    text: "ورداً على سؤال حول رحيل الأسد، قال وزير الخارجية الأمريكي جون كيري إن الأسد يجب أن يرحل.",
    expected: ["usa assad_role must_go"],
  },
  {
    why: "a party named in the fronted matter owns the demand it names, as the writer reports it",
    text: "وحول مطالبة المعارضة السورية بتنحي الرئيس الأسد قبل انطلاق المفاوضات، قال مساعد الوزير إن موسكو لا تقبل بذلك.",
    expected: ["syrian_opposition assad_role must_go", "syrian_opposition geneva2_preconditions conditional"],
  },
]);

caseTable("a demand judged or criticised before it is named: the judge holds the opposite", [
  {
    why: "«من الخطأ المطالبة برحيل الأسد»",
    text: "وقال وزير الخارجية الروسي سيرغي لافروف إن من الخطأ المطالبة برحيل الأسد.",
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "«من غير الواقعي المطالبة برحيل الأسد»",
    text: "وقال وزير الخارجية الروسي سيرغي لافروف إن من غير الواقعي المطالبة برحيل الأسد.",
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "«انتقد X مطالبة الغرب برحيل الأسد»: its owner named after the noun of demanding",
    text: "وانتقد وزير الخارجية الروسي سيرغي لافروف مطالبة الغرب برحيل الأسد.",
    expected: ["russia assad_role may_stay"],
  },
]);

caseTable("a verb joined by «و» after an object goes on with the first verb's subject", [
  {
    why: "«ترفض بلاده مشاركة إيران وتطالب برحيل الأسد»: Iran, the genitive, demands nothing",
    text: "وقال وزير الخارجية الأمريكي جون كيري إن بلاده ترفض مشاركة إيران وتطالب برحيل الأسد.",
    expected: ["usa assad_role must_go", "usa iran_participation oppose"],
  },
  {
    why: "«ترفض دعوة إيران وتطالب بتنحي الأسد»: the refusal does not reach past the second verb",
    text: "وقال وزير الخارجية الأمريكي جون كيري إن بلاده ترفض دعوة إيران وتطالب بتنحي الأسد.",
    expected: ["usa assad_role must_go", "usa iran_participation oppose"],
  },
  {
    why: "«رفضت واشنطن الشروط المسبقة وطالبت برحيل الأسد»: what is demanded after a refusal is no object of it",
    text: "رفضت واشنطن الشروط المسبقة وطالبت برحيل الأسد.",
    expected: ["usa assad_role must_go", "usa geneva2_preconditions unconditional"],
  },
  {
    why: "«تؤيد مشاركة إيران وترفض الشروط المسبقة»",
    text: "وقال وزير الخارجية الروسي سيرغي لافروف إن بلاده تؤيد مشاركة إيران وترفض الشروط المسبقة.",
    expected: ["russia geneva2_preconditions unconditional", "russia iran_participation support"],
  },
  {
    why: "what one refuses is still not his own: «رفض الائتلاف دعوة موسكو إلى الحوار دون شروط»",
    text: "رفض الائتلاف الوطني السوري دعوة موسكو إلى الحوار دون شروط.",
    expected: [],
  },
]);
