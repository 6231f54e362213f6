// People known only by office and nationality (actors.json officials): each row a sentence of general news Arabic,
// written for this table (not taken from the seeds or the development corpus), and the tuples it must give.
import { describe, expect, it } from "vitest";
import { DEFAULT_LEXICON_DATA } from "../../src/stance/default-lexicon";
import { extractArticle } from "../../src/stance/index";
import { compileLexicon, LexiconError, officialAliases, type ActorLexicon } from "../../src/stance/lexicon";
import { caseTable, type Case } from "./case-table";

const TITLE = "تطورات الأزمة السورية والمؤتمر الدولي\n";

const CASES: Case[] = [
  {
    why: "«المستشار الإيراني» speaks for Iran",
    text: `${TITLE}وقال المستشار الإيراني إن بلاده ترفض أي شروط مسبقة لعقد المؤتمر.`,
    expected: ["iran geneva2_preconditions unconditional"],
  },
  {
    why: "«الدبلوماسي الروسي» speaks for Russia",
    text: `${TITLE}وقال الدبلوماسي الروسي إن موسكو ترفض أي شروط مسبقة.`,
    expected: ["russia geneva2_preconditions unconditional"],
  },
  {
    why: "a feminine office («المتحدثة الأميركية») agrees with its feminine adjective",
    text: `${TITLE}وقالت المتحدثة الأميركية إن بلادها ترفض مشاركة إيران في المؤتمر.`,
    expected: ["usa iran_participation oppose"],
  },
  {
    why: "an indefinite office and nationality («وزير سعودي») speaks for his state",
    text: `${TITLE}وقال وزير سعودي إن المملكة تطالب برحيل الأسد.`,
    expected: ["saudi_arabia assad_role must_go"],
  },
  {
    why: "«المسؤول الأممي» speaks for the UN",
    text: `${TITLE}وقال المسؤول الأممي إن مشاركة إيران ضرورية لنجاح المؤتمر.`,
    expected: ["un iran_participation support"],
  },
  {
    why: "a Syrian official is left out: he may be of the government or of the opposition",
    text: `${TITLE}وقال الدبلوماسي السوري إن المؤتمر يجب أن يعقد دون شروط مسبقة.`,
    expected: [],
  },
  {
    why: "a newspaper named after a capital («واشنطن بوست») is no party",
    text: `${TITLE}وقالت صحيفة واشنطن بوست إن الأسد يجب أن يرحل.`,
    expected: [],
  },
];

caseTable("Officials known only by office and nationality", CASES);

describe("officialAliases", () => {
  it("spells each office with each nationality, definite and indefinite, in the office's gender", () => {
    expect(
      officialAliases({ officials: { offices: [{ masculine: "متحدث", feminine: "متحدثة" }], nationalities: { روسي: "russia" } } }),
    ).toEqual([
      { alias: "المتحدث الروسي", party: "russia", person: true },
      { alias: "متحدث روسي", party: "russia", person: true },
      { alias: "المتحدثة الروسية", party: "russia", person: true },
      { alias: "متحدثة روسية", party: "russia", person: true },
    ]);
  });

  it("names the state itself, no person, by a state's office («النظام السعودي»)", () => {
    expect(
      officialAliases({ officials: { offices: [{ masculine: "نظام", state: true }], nationalities: { سعودي: "saudi_arabia" } } }),
    ).toEqual([
      { alias: "النظام السعودي", party: "saudi_arabia", person: false },
      { alias: "نظام سعودي", party: "saudi_arabia", person: false },
    ]);
  });

  it("refuses a nationality of a party the lexicon does not have", () => {
    const actors = structuredClone(DEFAULT_LEXICON_DATA.actors) as ActorLexicon;
    actors.officials!.nationalities["ياباني"] = "japan";
    const data = { ...DEFAULT_LEXICON_DATA, actors };
    expect(() => compileLexicon(data)).toThrow(LexiconError);
    expect(() => compileLexicon(data)).toThrow(/officials: nationality of unknown party "japan"/);
  });

  it("gives a party whose own actor is taken out no officials either", () => {
    const actors = structuredClone(DEFAULT_LEXICON_DATA.actors) as ActorLexicon;
    actors.actors = actors.actors.filter((a) => a.id !== "qatar");
    const lexicon = compileLexicon({ ...DEFAULT_LEXICON_DATA, actors });
    const text = "وقال الوزير القطري إن الدوحة تطالب برحيل الأسد.";
    expect(extractArticle("t", `عنوان الخبر\n${text}`, lexicon).claims).toEqual([]);
    expect(extractArticle("t", `عنوان الخبر\n${text}`, compileLexicon(DEFAULT_LEXICON_DATA)).claims.map((c) => c.party)).toEqual(["qatar"]);
  });
});
