// Composed cues (word classes of the lexicon + one polarity rule): each row a sentence of general news Arabic,
// written for this table (not taken from the seeds or the development corpus), and the tuples it must give.
import { describe, expect, it } from "vitest";
import { compileLexicon } from "../../src/stance/lexicon";
import { WordClass } from "../../src/stance/word-class";
import { DEFAULT_LEXICON_DATA } from "../../src/stance/default-lexicon";
import { extractArticle } from "../../src/stance/index";
import { caseTable, tuples, type Case } from "./case-table";

const CASES: Case[] = [
  {
    why: "«ليس لها شروط …، إلا …»: the exception is a condition, a few words and a comma after the negated word",
    text: "وقالت الحكومة الأردنية إنه ليس لديها أي شروط للمشاركة في المحادثات، إلا وقف القتال.",
    expected: ["jordan geneva2_preconditions conditional"],
  },
  {
    why: "a cue in the answer of a condition («إذا أردنا … فيجب أن نشرك إيران») is not conditioned",
    text: "وقال وزير الخارجية البريطاني إذا أردنا إنهاء الحرب فيجب أن نشرك إيران في المفاوضات.",
    expected: ["uk iran_participation support"],
  },
  {
    why: "a condition whose clause is Iran taking part, with a boycott: her absence is the condition (oppose)",
    text: "وأعلن الائتلاف أنه سيقاطع المفاوضات في حال حضرت إيران.",
    expected: ["national_coalition geneva2_preconditions conditional", "national_coalition iran_participation oppose"],
  },
  {
    why: "a condition whose clause is Iran taking part, with no refusal: no position on her",
    text: "وقالت موسكو إن المحادثات قد تتعثر في حال مشاركة إيران.",
    expected: [],
  },
  {
    why: "a condition on Iran's taking part after a comma, several words on",
    text: "وأعلنت أنقرة أنها توافق على مشاركة طهران في الجولة المقبلة من المحادثات، في حال سحبت مقاتليها من سوريا.",
    expected: ["turkey iran_participation conditional"],
  },
  {
    why: "going or staying named together and negated: neither is asked (neutral)",
    text: "وأكد الكرملين أن موسكو لم تطلب من الأسد الرحيل أو البقاء.",
    expected: ["russia assad_role neutral"],
  },
  {
    why: "not insisting on his staying is not wanting him gone (neutral)",
    text: "وقال المسؤول الإيراني إن طهران ليست متمسكة ببقاء الأسد.",
    expected: ["iran assad_role neutral"],
  },
  {
    why: "talk of his stepping down is no position on it",
    text: "وقال الوزير القطري إن الحديث عن تنحي الأسد يتزايد في العواصم الغربية.",
    expected: [],
  },
  {
    why: "his rule said to be over (a rejecting predicate after a role word): must_go",
    text: "وأكدت باريس أن حكم بشار الأسد قد انتهى.",
    expected: ["france assad_role must_go"],
  },
  {
    why: "a demand inside a relative clause on unnamed others is theirs, not the speaker's; judged by him, he holds the opposite",
    text: "وقال لافروف إن الدول التي تطالب برحيل الأسد تعرقل الحل.",
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "a demand inside a relative clause on unnamed others, with nothing said of it: no one's",
    text: "وقال لافروف إن الدول التي تطالب برحيل الأسد تزور دمشق سرا.",
    expected: [],
  },
  {
    why: "conditions set by unnamed others («الأطراف التي تضع شروطاً») are no one's condition",
    text: "وقال عبد اللهيان إن الأطراف التي تضع شروطا مسبقة للمفاوضات لا تفهم الواقع.",
    expected: [],
  },
  {
    why: "departure named by a noun, speaker in a speech frame",
    text: "وقالت الخارجية الفرنسية إن رحيل الأسد عن السلطة ضروري لأي حل سياسي.",
    expected: ["france assad_role must_go"],
  },
  {
    why: "a demand of stepping down, the full title as his reference",
    text: "وطالب وزير الخارجية البريطاني بتنحي الرئيس السوري بشار الأسد فورا.",
    expected: ["uk assad_role must_go"],
  },
  {
    why: "a rejected departure keeps him (rejection turns the class)",
    text: "ورفضت موسكو تنحي الأسد قبل انتهاء ولايته.",
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "rejecting any talk of his departure, inside reported speech",
    text: "وأكد المعلم أن دمشق ترفض أي حديث عن رحيل الرئيس بشار الأسد.",
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: "lost legitimacy said of him",
    text: "وشدد الائتلاف على أن بشار الأسد فقد شرعيته.",
    expected: ["national_coalition assad_role must_go"],
  },
  { why: "his staying called a red line", text: "واعتبرت طهران أن بقاء الأسد خط أحمر.", expected: ["iran assad_role may_stay"] },
  {
    why: "no place for him (negated role, «ل» before his name)",
    text: "وقالت أنقرة إنه لا مكان للأسد في مستقبل سوريا.",
    expected: ["turkey assad_role must_go"],
  },
  {
    why: "handing over power from him",
    text: "وأكدت واشنطن ضرورة نقل السلطة من الأسد إلى هيئة حكم انتقالية.",
    expected: ["usa assad_role must_go"],
  },
  {
    why: "«رأس النظام» names him; accepting his staying negated",
    text: "وقالت الرياض إنه لا يمكن القبول ببقاء رأس النظام في الحكم.",
    expected: ["saudi_arabia assad_role must_go"],
  },
  {
    why: "his fate for the Syrian people to decide",
    text: "وقال الكرملين إن مصير الأسد يقرره الشعب السوري وحده.",
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "a future with no role for him, the holder named by nationality",
    text: "ويرى الأمريكيون أن الأسد لن يكون له أي دور في المرحلة الانتقالية.",
    expected: ["usa assad_role must_go"],
  },
  { why: "a question states nothing", text: "وأعلنت الدوحة دعمها لترشح الأسد لولاية جديدة؟", expected: [] },
  { why: "a denial states nothing", text: "ونفت باريس أن تكون قد طالبت برحيل الأسد قبل المفاوضات.", expected: [] },
  {
    why: "the way he would go («إلا بالقوة») is a complaint, not a stance",
    text: "وقال لافروف إن الأسد لن يرحل إلا بالقوة.",
    expected: [],
  },
  {
    why: "attending only if he goes: both labels (CONTRACT.md's conventions)",
    text: "وقال الجربا إن الائتلاف لن يشارك في المؤتمر إلا إذا كان هدفه رحيل الأسد.",
    expected: ["national_coalition assad_role must_go", "national_coalition geneva2_preconditions conditional"],
  },
  {
    why: "not attending unless a condition is met («ما لم»)",
    text: "وأعلنت هيئة التنسيق أنها لن تحضر جنيف ما لم يتم الإفراج عن المعتقلين.",
    expected: ["ncb geneva2_preconditions conditional"],
  },
  {
    why: "attending without preconditions",
    text: "وقالت دمشق إنها ستشارك في المؤتمر دون أي شروط مسبقة.",
    expected: ["syrian_government geneva2_preconditions unconditional"],
  },
  {
    why: "rejecting the conditions others set (the setter holds them, as the rejecter reports)",
    text: "ورفضت الحكومة السورية الشروط التي وضعتها المعارضة للمشاركة في المؤتمر.",
    expected: ["syrian_government geneva2_preconditions unconditional", "syrian_opposition geneva2_preconditions conditional"],
  },
  {
    why: "participation tied to a condition («مرهونة ب»), the speaker by title and organisation",
    text: "وقال المتحدث باسم الائتلاف إن مشاركتنا في جنيف مرهونة بوقف القصف.",
    expected: ["national_coalition geneva2_preconditions conditional"],
  },
  {
    why: "welcoming Iran's participation",
    text: "ورحبت موسكو بمشاركة إيران في المؤتمر الدولي.",
    expected: ["russia iran_participation support"],
  },
  {
    why: "rejecting Iran's presence",
    text: "وقالت الرياض إنها ترفض حضور إيران في مؤتمر جنيف.",
    expected: ["saudi_arabia iran_participation oppose"],
  },
  {
    why: "asking for the invitation to Iran to be withdrawn: oppose, for the one asking; the UN, the object of the demand (VSO), holds nothing",
    text: "وطالب الائتلاف الأمم المتحدة بسحب الدعوة الموجهة إلى إيران.",
    expected: ["national_coalition iran_participation oppose"],
  },
  {
    why: "a seat at the table for Iran, «الوقت حان»",
    text: "وقال كيري إن الوقت حان لمنح إيران مقعدا على طاولة المفاوضات.",
    expected: ["usa iran_participation support"],
  },
  {
    why: "agreeing to Iran's participation on a condition («شريطة»)",
    text: "وقالت باريس إنها توافق على مشاركة إيران في المؤتمر شريطة قبولها بيان جنيف الأول.",
    expected: ["france iran_participation conditional"],
  },
  {
    why: "regret at Iran's exclusion, from a party with no id (China): no tuple",
    text: "وأعربت بكين عن أسفها لاستبعاد إيران من المؤتمر.",
    expected: [],
  },
  {
    why: "Iran not taking part, stated as a fact: no one's position",
    text: "وقال لافروف إن إيران لا تشارك في الاجتماع حتى الآن.",
    expected: [],
  },
  {
    why: "«لن نفاوض قبل»: a precondition and his departure",
    text: "وقال الجربا: لن نفاوض قبل رحيل الأسد.",
    expected: ["national_coalition assad_role must_go", "national_coalition geneva2_preconditions conditional"],
  },
  {
    why: "a headline's holder before the colon",
    text: "موسكو: لا شروط مسبقة لمؤتمر جنيف",
    expected: ["russia geneva2_preconditions unconditional"],
  },
  {
    why: "his stepping down as a condition of a settlement (not of the talks): must_go only",
    text: "وأكدت المعارضة السورية أن تنحي الأسد شرط أساسي لأي تسوية.",
    expected: ["syrian_opposition assad_role must_go"],
  },
  {
    why: "the UN envoy: attending without conditions",
    text: "وقال المبعوث الأممي إن على جميع الأطراف الحضور دون شروط.",
    expected: ["un geneva2_preconditions unconditional"],
  },
  {
    why: "«وأضاف» continues the speaker; «رحيله» is his pronoun after a mention",
    text: "وقال رئيس الائتلاف إن الأسد يجب أن يرحل. وأضاف أن رحيله شرط لأي تسوية.",
    expected: ["national_coalition assad_role must_go"],
  },
  {
    why: "«وتابع الوزير» continues the minister named before; a condition on Iran's participation",
    text: "وقال وزير الخارجية السعودي إن المملكة ترى أن الأسد لا يمكن أن يكون جزءا من الحل. وتابع الوزير أن على إيران سحب قواتها قبل أي مشاركة.",
    expected: ["saudi_arabia assad_role must_go", "saudi_arabia iran_participation conditional"],
  },
  {
    why: "coordinated holders of a position verb",
    text: "وتطالب فرنسا وبريطانيا برحيل الأسد.",
    expected: ["france assad_role must_go", "uk assad_role must_go"],
  },
  {
    why: "an author's report of a holder («وهو ما ترفضه واشنطن التي تريد …»)",
    text: "وهو ما ترفضه واشنطن التي تريد رحيل الأسد قبل المفاوضات.",
    expected: ["usa assad_role must_go"],
  },
  { why: "a communiqué with no party named gives no tuple", text: "وقال البيان الختامي للاجتماع إن الأسد فقد شرعيته.", expected: [] },
  {
    why: "an official known by nationality and office",
    text: "وقال مسؤول أمريكي إن بلاده لا ترى دورا للأسد في مستقبل سوريا.",
    expected: ["usa assad_role must_go"],
  },
  { why: "a question states nothing", text: "هل يقبل الائتلاف ببقاء الأسد؟", expected: [] },
  { why: "the author's prediction states nothing", text: "ومن المتوقع أن تطالب المعارضة برحيل الأسد في جنيف.", expected: [] },
  {
    why: "conditions owned by the agent of a relative clause («الشروط التي وضعها الائتلاف»): the owner holds them, as the speaker reports; the speaker, calling them impossible, rejects them",
    text: "وقال المقداد إن الشروط التي وضعها الائتلاف للمشاركة في المؤتمر تعجيزية.",
    expected: ["national_coalition geneva2_preconditions conditional", "syrian_government geneva2_preconditions unconditional"],
  },
  {
    why: "the accused holds the position an accusation names (CONTRACT.md's own example)",
    text: "واتهمت طهران واشنطن بالضغط لسحب الدعوة الموجهة إلى إيران.",
    expected: ["usa iran_participation oppose"],
  },
  {
    why: "a verb of position marks its coordinated subjects where the phrase rule alone found no holder",
    text: "وأصرت فرنسا وبريطانيا خلال الاجتماع على ضرورة رحيل الأسد.",
    expected: ["france assad_role must_go", "uk assad_role must_go"],
  },
  {
    why: "refusing talks that do not include his departure: a condition and must_go",
    text: "وقالت المعارضة إنها لن تقبل أي مفاوضات لا تتضمن رحيل الأسد.",
    expected: ["syrian_opposition geneva2_preconditions conditional", "syrian_opposition assad_role must_go"],
  },
  {
    why: "attendance suspended until a condition is met («تعليق مشاركته … إلى حين»)",
    text: "وأعلن الائتلاف تعليق مشاركته في المحادثات إلى حين وقف القصف.",
    expected: ["national_coalition geneva2_preconditions conditional"],
  },
  {
    why: "a judging predicate after his departure («لا يمثل حلا») turns it",
    text: "وقال لافروف إن رحيل الأسد لا يمثل حلا للأزمة.",
    expected: ["russia assad_role may_stay"],
  },
  {
    why: "not wishing Iran's participation («لا ترغب») is oppose",
    text: "وقالت باريس إنها لا ترغب في مشاركة إيران في المؤتمر.",
    expected: ["france iran_participation oppose"],
  },
  {
    why: "sending Iran an invitation is support from the one who invites",
    text: "وأعلن المبعوث الدولي إرسال دعوة إلى إيران للمشاركة في المحادثات.",
    expected: ["un iran_participation support"],
  },
  {
    why: "a negation between the trigger and the participation («ينبغي ألا يسمح لإيران بحضور») is oppose",
    text: "وقالت الرياض إنه ينبغي ألا يسمح لإيران بحضور المؤتمر.",
    expected: ["saudi_arabia iran_participation oppose"],
  },
  {
    why: "Iran's absence as a condition («اشترطت عدم مشاركة إيران»): oppose, and a condition on the talks (CONTRACT.md)",
    text: "واشترطت قطر عدم مشاركة إيران في المؤتمر.",
    expected: ["qatar iran_participation oppose", "qatar geneva2_preconditions conditional"],
  },
  {
    why: "a name whose space before the article was lost in scraping («الولاياتالمتحدة»)",
    text: "وقال مسؤول في الولاياتالمتحدة إن رحيل الأسد ضروري.",
    expected: ["usa assad_role must_go"],
  },
  {
    why: "a position described as unacceptable: the describer holds the opposite, the owner keeps it",
    text: "ووصف لافروف الشروط التي تطرحها المعارضة للمشاركة في المؤتمر بأنها غير مقبولة.",
    expected: ["russia geneva2_preconditions unconditional", "syrian_opposition geneva2_preconditions conditional"],
  },
  {
    why: "Syria named where his fate is decided («مستقبل سوريا») is not the government speaking",
    text: "وجددت السعودية رفض أي دور للرئيس السوري في مستقبل سوريا.",
    expected: ["saudi_arabia assad_role must_go"],
  },
  {
    why: "the regime as the subject of a rejection holds it",
    text: "ويرفض النظام تنحي الأسد.",
    expected: ["syrian_government assad_role may_stay"],
  },
  {
    why: "a verb of support («تؤيد») makes its subject the holder",
    text: "مقدمة\nوتؤيد فرنسا مشاركة إيران في المؤتمر الدولي.",
    expected: ["france iran_participation support"],
  },
  {
    why: "a title's genitive after the verb, then its bearer named in apposition: the person speaks",
    text: "مقدمة\nصرح رئيس الوفد المفاوض للمعارضة السورية، رياض حجاب، أن الوفد لن يحضر المفاوضات دون شروط مسبقة.",
    // (Not attending without conditions is attending only with them: conditional.)
    expected: ["hnc geneva2_preconditions conditional"],
  },
  {
    why: "a dual verb after coordinated names in apposition («، روسيا وإيران، شددا»): both speak",
    text: "مقدمة\nلكن داعمي النظام، روسيا وإيران، شددا على أن مصير الأسد يقرره السوريون وحدهم.",
    expected: ["iran assad_role may_stay", "russia assad_role may_stay"],
  },
  {
    why: "a coordinated person with a title holding a place name («والموفد الدولي إلى سوريا …») joins the list",
    text: "مقدمة\nودعا كيري والموفد الدولي إلى سوريا ستيفان دي ميستورا في ختام اللقاء إلى مشاركة إيران في المفاوضات.",
    expected: ["un iran_participation support", "usa iran_participation support"],
  },
  {
    why: "a stance noun qualified by nationality adjectives («إصرار فرنسي بريطاني») is those states'",
    text: "وفي المقابل إصرار فرنسي بريطاني على رحيل الأسد عن السلطة.",
    expected: ["france assad_role must_go", "uk assad_role must_go"],
  },
  {
    why: "a verb opening its sentence with «و» and no subject goes on with the speaker in effect",
    text: "وقال المقداد إن دمشق مستعدة للحوار. واستبعد تنحي الرئيس بشار الأسد.",
    expected: ["syrian_government assad_role may_stay"],
  },
];

caseTable("composed cues: case table", CASES);

describe("composed cues: word classes", () => {
  const cls = new WordClass(["الاسد", "رحيل", "نقل السلطه"]);
  const all = (text: string) => cls.find(text, 0, text.length).map((m) => m.text);
  const byRegex = (text: string) => [...text.matchAll(cls.regex)].map((m) => m[0]);
  it("takes the clitics و، ف، ب، ك، ل, and ل + ال written لل", () => {
    expect(all("وللاسد بالاسد فرحيل لرحيل")).toEqual(["وللاسد", "بالاسد", "فرحيل", "لرحيل"]);
  });
  it("reads phrases across any white space, and finds what its regex (the keyword prefilter's view) finds", () => {
    const text = "طالب بنقل  السلطه من الاسد، ورحيل الاسدي والاسد";
    expect(all(text)).toEqual(["بنقل  السلطه", "الاسد", "ورحيل", "والاسد"]);
    expect(byRegex(text)).toEqual(all(text));
  });
  it("matches whole words only", () => {
    expect(all("الاسدي ترحيل رحيله")).toEqual([]);
  });
  it("a verb class takes no «ك»: «كيري» is a name, not «ك» + «يري»", () => {
    const verbs = new WordClass(["يري"], "بل");
    expect(verbs.find("وقال كيري انه يري", 0, 17).map((m) => m.text)).toEqual(["يري"]);
  });
  it("a new synonym is one line of data", () => {
    const text = "وقالت باريس إن خلع الأسد ضروري للحل.";
    expect(tuples(text)).toEqual([]);
    const cues = structuredClone(DEFAULT_LEXICON_DATA.cues) as { compose: { assad: { go: string[] } } };
    cues.compose.assad.go.push("خلع");
    const extended = compileLexicon({ ...DEFAULT_LEXICON_DATA, cues });
    expect(extractArticle("t", text, extended).claims.map((c) => `${c.party} ${c.topic} ${c.stance}`)).toEqual([
      "france assad_role must_go",
    ]);
  });
});
