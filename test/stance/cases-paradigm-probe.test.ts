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

caseTable("questions, guesses and warnings about Assad (build .141)", [
  {
    why: "«لماذا يجب أن يرحل الأسد؟»: a rhetorical question demands nothing",
    text: "وتساءل وزير الخارجية الروسي سيرغي لافروف: لماذا يجب أن يرحل الأسد؟",
    expected: [],
  },
  {
    why: "«لماذا لا دور للأسد …؟»",
    text: "وتساءل وزير الخارجية الروسي سيرغي لافروف: لماذا لا دور للأسد في مستقبل سوريا؟",
    expected: [],
  },
  {
    why: "a statement before «فلماذا …؟» is still read",
    text: "وقال وزير الخارجية الأمريكي جون كيري إن الأسد يجب أن يرحل، فلماذا تتمسك به موسكو؟",
    expected: ["usa assad_role must_go"],
  },
  {
    why: "«قد يرحل»: «قد» before a verb in the present is a guess",
    text: "وقال وزير الخارجية الفرنسي لوران فابيوس إن الأسد قد يرحل قريباً.",
    expected: [],
  },
  {
    why: "«قد يبقى»",
    text: "وقال وزير الخارجية الروسي سيرغي لافروف إن الأسد قد يبقى في السلطة حتى نهاية العام.",
    expected: [],
  },
  {
    why: "«وقد أكد …»: «قد» of the past is no guess",
    text: "وقد أكد وزير الخارجية الفرنسي لوران فابيوس أن الأسد يجب أن يرحل.",
    expected: ["france assad_role must_go"],
  },
  {
    why: "his going handing the country to extremists is a warning against it",
    text: "وقال وزير الخارجية الروسي سيرغي لافروف إن رحيل الأسد سيؤدي إلى سيطرة المتطرفين على البلاد.",
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "«في حال رحيل الأسد ستسيطر الجماعات المتطرفة»",
    text: "وقال وزير الخارجية الروسي سيرغي لافروف إنه في حال رحيل الأسد ستسيطر الجماعات المتطرفة على البلاد.",
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "his going leading to a transition stays a demand",
    text: "وقال وزير الخارجية الأمريكي جون كيري إن رحيل الأسد سيؤدي إلى انتقال سياسي.",
    expected: ["usa assad_role must_go"],
  },
  {
    why: "«منصب الرئيس يجب أن يبقى شاغراً»: his post stays, not he",
    text: "وقال رئيس الائتلاف الوطني السوري أحمد الجربا إن منصب الرئيس يجب أن يبقى شاغراً خلال المرحلة الانتقالية.",
    expected: [],
  },
  {
    why: "«الائتلاف سيبقى متمسكاً برحيل الأسد»: the party stays, holding to his going",
    text: "وقال رئيس الائتلاف الوطني السوري أحمد الجربا إن الائتلاف سيبقى متمسكاً برحيل الأسد.",
    expected: ["national_coalition assad_role must_go"],
  },
  {
    why: "«تريد إيران وروسيا أن يبقى الأسد»: he stays, the verb's subject after it",
    text: "وتريد إيران وروسيا أن يبقى الأسد في السلطة حتى نهاية ولايته.",
    expected: ["iran assad_role may_stay", "russia assad_role may_stay"],
  },
]);

caseTable("not attending without something: a condition on the talks", [
  {
    why: "«لن يشارك … دون وقف القصف»",
    text: "وقال رئيس الائتلاف الوطني السوري أحمد الجربا إن الائتلاف لن يشارك في مؤتمر جنيف 2 دون وقف القصف.",
    expected: ["national_coalition geneva2_preconditions conditional"],
  },
  {
    why: "«لا مشاركة … دون رحيل الأسد»: the condition and what it names",
    text: "وقال رئيس الائتلاف الوطني السوري أحمد الجربا إنه لا مشاركة للائتلاف في جنيف 2 دون رحيل الأسد.",
    expected: ["national_coalition assad_role must_go", "national_coalition geneva2_preconditions conditional"],
  },
  {
    why: "«لا مشاركة لإيران … دون …»: a condition on her, not on the talks",
    text: "وقال وزير الخارجية الأمريكي جون كيري إنه لا مشاركة لإيران في المؤتمر دون قبولها بيان جنيف الأول.",
    expected: ["usa iran_participation conditional"],
  },
  {
    why: "«لن تشارك … دون تردد»: a manner, no condition",
    text: "وقال وزير الخارجية الروسي سيرغي لافروف إن موسكو لن تشارك في المؤتمر دون تردد.",
    expected: [],
  },
]);

caseTable("Assad named before an aside, the regime for him, his future secondary (build .142)", [
  {
    why: "«الأسد، الذي فقد شرعيته، يجب أن يرحل»: a relative clause set off by commas after him",
    text: "وقال وزير الخارجية الفرنسي لوران فابيوس إن الأسد، الذي فقد شرعيته، يجب أن يرحل.",
    expected: ["france assad_role must_go"],
  },
  {
    why: "«الأسد، وهو المسؤول عن المجازر، يجب أن يتنحى»",
    text: "وقال رئيس الائتلاف الوطني السوري أحمد الجربا إن الأسد، وهو المسؤول عن المجازر، يجب أن يتنحى.",
    expected: ["national_coalition assad_role must_go"],
  },
  {
    why: "«لا دور للنظام في مستقبل سوريا»: the regime for him, its future named",
    text: "وقال رئيس الائتلاف الوطني السوري أحمد الجربا إنه لا دور للنظام في مستقبل سوريا.",
    expected: ["national_coalition assad_role must_go"],
  },
  {
    why: "«لا دور للنظام في مكافحة الإرهاب»: another role, no claim",
    text: "وقال رئيس الائتلاف الوطني السوري أحمد الجربا إنه لا دور للنظام في مكافحة الإرهاب.",
    expected: [],
  },
  {
    why: "«مستقبل الأسد مسألة ثانوية», as «مصير الأسد» is",
    text: "وقال وزير الخارجية الروسي سيرغي لافروف إن مستقبل الأسد مسألة ثانوية.",
    expected: ["russia assad_role neutral"],
  },
]);
