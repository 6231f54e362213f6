// ClassSet looks many word classes up at once by a hash of each word's readings; it must find exactly what each
// class finds alone (WordClass.find), clitics and «لل» included, and refuse a preposition a class does not allow.
import { withAgreement } from "../../src/stance/lexicon";
import { describe, expect, it } from "vitest";
import { ClassSet, WordClass } from "../../src/stance/word-class";
import { DEFAULT_LEXICON_DATA, defaultLexicon } from "../../src/stance/default-lexicon";
import { normaliseTerm } from "../../src/text/normalise";

const nouns = new WordClass(["الأسد", "بشار الأسد", "الرئيس السوري", "رحيل", "شروط مسبقة"]);
const verbs = new WordClass(["يرحل", "رفض", "رفضت"], "بل");
const open = new WordClass(["اشترط*", "مشاركة"]);
const set = new ClassSet([nouns, verbs, open]);

const TEXTS = [
  "وقال إن رحيل بشار الأسد وللأسد وبالأسد فللرئيس السوري دور",
  "ورفضت دمشق الشروط المسبقة وقالت إنها لن تقبل شروط مسبقة ولا كرفض",
  "واشترطت المعارضة مشاركته وفاشترطوا ولمشاركة وكمشاركة",
  "الأسدي والأسد، الأسد. بالأسد؟ لالأسد",
];

describe("ClassSet.matchRange", () => {
  for (const raw of TEXTS) {
    it(`finds what each class finds alone: ${raw.slice(0, 30)}…`, () => {
      const text = normaliseTerm(raw);
      const all = set.matchRange(text, 0, text.length);
      for (const c of [nouns, verbs, open]) expect(all[set.idOf(c)] ?? []).toEqual(c.find(text, 0, text.length));
    });
  }

  it("reads «لل» as «ال», and ب/ك/ل only where the class allows them", () => {
    const text = normaliseTerm("وللأسد كرفض ولرحيل");
    const all = set.matchRange(text, 0, text.length);
    expect(all[set.idOf(nouns)]!.map((h) => h.text)).toEqual(["وللاسد", "ولرحيل"]);
    expect(all[set.idOf(verbs)] ?? []).toEqual([]);
  });

  it("finds open entries («اشترط*») with their endings", () => {
    const text = normaliseTerm("واشترطت المعارضة");
    expect(set.matchRange(text, 0, text.length)[set.idOf(open)]!.map((h) => h.text)).toEqual(["واشترطت"]);
  });

  it("finds open stems behind every clitic, «لل» read as «ال», and words no stem starts are passed over", () => {
    // (mayOpen reads a word whole only where a reading of it starts with an open stem's first two letters.)
    const definite = new WordClass(["الشرط*", "اشترط*"]);
    const short = new WordClass(["ش*"]);
    const text = normaliseTerm("للشرطين وللشرط بالشرطين فاشترطوا وباشترطت كاشترط لاشترطت شرطت الشروط وشرح");
    for (const classes of [[definite], [definite, short], [nouns, definite]]) {
      const both = new ClassSet(classes);
      const all = both.matchRange(text, 0, text.length);
      for (const c of classes) expect(all[both.idOf(c)] ?? []).toEqual(c.find(text, 0, text.length));
    }
    const alone = new ClassSet([definite]).matchRange(text, 0, text.length)[0]!.map((h) => h.text);
    expect(alone).toEqual(["للشرطين", "وللشرط", "بالشرطين", "فاشترطوا", "وباشترطت", "كاشترط", "لاشترطت"]);
    expect(new ClassSet([short]).matchRange(text, 0, text.length)[0]!.map((h) => h.text)).toEqual(["شرطت", "وشرح"]);
  });

  it("agrees with every compose class of the shipped lexicon on a paragraph", () => {
    const lexicon = defaultLexicon();
    expect(DEFAULT_LEXICON_DATA).toBeDefined();
    const text = normaliseTerm(
      "وأكد وزير الخارجية أن بلاده ترفض أي شروط مسبقة للمشاركة في مؤتمر جنيف، وأن مصير الأسد يقرره السوريون، ولا دور للأسد في المرحلة الانتقالية، كما رحب بحضور إيران ودعوتها إلى المؤتمر.",
    );
    const all = lexicon.composeSet.matchRange(text, 0, text.length);
    let found = 0;
    for (const c of lexicon.composeSlot.keys()) {
      const alone = c.find(text, 0, text.length);
      expect(all[lexicon.composeSet.idOf(c)] ?? []).toEqual(alone);
      found += alone.length;
    }
    expect(found).toBeGreaterThan(5);
  });
});

describe("withAgreement: present-tense verbs of a class agree with two or more subjects", () => {
  it("adds the dual and the masculine plural of each one-word present-tense verb, and nothing for other entries", () => {
    expect(withAgreement(["يطالب", "ترفض", "مطالبة", "لا يمكن", "يريدون", "يدعو", "يري"])).toEqual([
      "يطالب",
      "ترفض",
      "مطالبة",
      "لا يمكن",
      "يريدون",
      "يدعو",
      "يري",
      "يطالبان",
      "يطالبون",
      "ترفضان",
      "ترفضون",
      "يدعوان",
      "يدعون",
      "يريان",
      "يرون",
    ]);
  });
});
