// Parties named by their nationality adjective («الرفض السعودي», «الجانبان الروسي والأمريكي», «الإصرار الفرنسي على
// …»): the adjectives are the lexicon's (actors.json officials: nationalities and positionsOnly), one table that every
// pass reads, so a new nationality is one line of data. Each row a sentence of general news Arabic written for this
// table (not taken from the seeds or the development corpus).
import { describe, expect, it } from "vitest";
import { DEFAULT_LEXICON_DATA } from "../../src/stance/default-lexicon";
import { extractArticle } from "../../src/stance/index";
import { compileLexicon, LexiconError, officialAliases, type ActorLexicon } from "../../src/stance/lexicon";
import { adjectiveSource, nationalityMentions, nationalityOf } from "../../src/stance/passes/nationality";
import { caseTable, type Case } from "./case-table";

const TITLE = "تطورات الأزمة السورية والمؤتمر الدولي\n";

const CASES: Case[] = [
  {
    why: "the two sides of a meeting named by adjectives the lexicon lists (Iraq's is one, with no claim of its own)",
    text: `${TITLE}وأكد الجانبان العراقي والإيراني أن لا شروط مسبقة للحوار بين السوريين.`,
    expected: ["iran geneva2_preconditions unconditional"],
  },
  {
    why: "a joint statement's sides in the feminine and joined by «و» («الروسية والأمريكية»)",
    text: `${TITLE}وشدد البيان المشترك الروسي والأمريكي على أن الحل يبدأ بمفاوضات دون شروط مسبقة.`,
    expected: ["russia geneva2_preconditions unconditional", "usa geneva2_preconditions unconditional"],
  },
  {
    why: "a rejection qualified by nationality adjectives, indefinite and in the accusative («رفضاً أوروبياً وأمريكياً»)",
    text: `${TITLE}وتواجه مشاركة إيران في المؤتمر رفضاً أوروبياً وأمريكياً.`,
    expected: ["eu iran_participation oppose", "usa iran_participation oppose"],
  },
  {
    why: "«أوروبي» names the Union's position (positionsOnly), but no official of it: a member state's diplomat is not the Union",
    text: `${TITLE}وقال المسؤول الأوروبي إن مشاركة إيران في المؤتمر مرفوضة.`,
    expected: [],
  },
  {
    why: "a definite stance noun and its definite adjectives agree («الرفض الأمريكي والسعودي»)",
    text: `${TITLE}وقوبلت دعوة إيران بالرفض الأمريكي والسعودي.`,
    expected: ["saudi_arabia iran_participation oppose", "usa iran_participation oppose"],
  },
  {
    why: "a verb of meeting with the definite rejection («لقيت … الرفض الفرنسي»)",
    text: `${TITLE}ولقيت مشاركة إيران في المؤتمر الرفض الفرنسي.`,
    expected: ["france iran_participation oppose"],
  },
  {
    why: "«المعارضة» after her invitation is the opposition, no rejection of it",
    text: `${TITLE}وتصاعد الخلاف حول دعوة إيران في صفوف المعارضة السورية.`,
    expected: [],
  },
];

caseTable("Parties named by their nationality adjective", CASES);

/** The default lexicon's actors with Japan added as a party, its actor, and (optionally) its adjective. */
function withJapan(adjective: boolean): ActorLexicon {
  const actors = structuredClone(DEFAULT_LEXICON_DATA.actors) as ActorLexicon;
  actors.parties.push({ id: "japan", name_en: "Japan", name_ar: "اليابان" } as ActorLexicon["parties"][number]);
  actors.actors.push({ id: "japan", party: "japan", kind: "state", aliases: ["اليابان", "طوكيو"] } as ActorLexicon["actors"][number]);
  if (adjective) actors.officials!.nationalities["ياباني"] = "japan";
  return actors;
}

describe("nationalities are the lexicon's data", () => {
  const text = `${TITLE}وقوبلت دعوة إيران إلى المؤتمر برفض أمريكي وياباني.`;
  const parties = (actors: ActorLexicon) =>
    [...new Set(extractArticle("t", text, compileLexicon({ ...DEFAULT_LEXICON_DATA, actors })).claims.map((c) => c.party))].sort();

  it("a nationality added as one line of data names the holder of a position («برفض أمريكي وياباني»)", () => {
    expect(parties(withJapan(false))).toEqual(["usa"]);
    expect(parties(withJapan(true))).toEqual(["japan", "usa"]);
  });

  it("the same line names the sides of a joint statement", () => {
    const statement = `${TITLE}وأكد البيان المشترك الياباني الروسي أن لا شروط مسبقة للحوار.`;
    const lexicon = compileLexicon({ ...DEFAULT_LEXICON_DATA, actors: withJapan(true) });
    expect([...new Set(extractArticle("t", statement, lexicon).claims.map((c) => c.party))].sort()).toEqual(["japan", "russia"]);
  });

  it("the same line makes a president another state's («تنحي رئيس الدولة اليابانية»), not the Syrians' own", () => {
    const fate = `${TITLE}وقال لافروف إن تنحي رئيس الدولة اليابانية يقرره الشعب السوري وحده.`;
    const claims = (japan: boolean) =>
      extractArticle("t", fate, compileLexicon({ ...DEFAULT_LEXICON_DATA, actors: withJapan(japan) })).claims.map(
        (c) => `${c.party} ${c.topic} ${c.stance}`,
      );
    expect(claims(false)).toEqual(["russia assad_role may_stay"]);
    expect(claims(true)).toEqual([]);
  });

  it("positionsOnly adjectives make no official's alias", () => {
    const actors = DEFAULT_LEXICON_DATA.actors as ActorLexicon;
    expect(actors.officials!.positionsOnly).toEqual({ أوروبي: "eu" });
    expect(officialAliases(actors).some((a) => a.alias.includes("أوروبي"))).toBe(false);
    expect(compileLexicon(DEFAULT_LEXICON_DATA).nationalities?.get("اوروبي")).toBe("eu");
  });

  it("refuses a positionsOnly adjective of a party the lexicon does not have", () => {
    const actors = structuredClone(DEFAULT_LEXICON_DATA.actors) as ActorLexicon;
    actors.officials!.positionsOnly = { ياباني: "japan" };
    expect(() => compileLexicon({ ...DEFAULT_LEXICON_DATA, actors })).toThrow(LexiconError);
    expect(() => compileLexicon({ ...DEFAULT_LEXICON_DATA, actors })).toThrow(/positionsOnly: unknown party "japan"/);
  });
});

describe("nationalityOf and nationalityMentions", () => {
  const table = compileLexicon(DEFAULT_LEXICON_DATA).nationalities!;

  it.each([
    ["الروسي", "russia", 0],
    ["والبريطانيه", "uk", 1],
    ["بريطاني", "uk", 0],
    ["الايرانيين", "iran", 0],
    ["والاوروبي", "eu", 1],
  ])("reads %s as %s (a clitic of %i letter skipped)", (word, party, offset) => {
    expect(nationalityOf(word, table)).toEqual({ party, offset });
  });

  it.each([["الرسمي"], ["بري"], ["سوري"], ["واضح"]])("reads no nationality in %s", (word) => {
    expect(nationalityOf(word, table)).toBeUndefined();
  });

  it("strips the accusative's «ا» only when asked: «سعودياً» after a noun in the accusative, not «روسيا», the state", () => {
    expect(nationalityOf("سعوديا", table, true)).toEqual({ party: "saudi_arabia", offset: 0 });
    expect(nationalityOf("سعوديا", table)).toBeUndefined();
    expect(nationalityOf("روسيا", table)).toBeUndefined();
  });

  it("puts the adjectives into a regex as literal words (the lexicon is data)", () => {
    const source = adjectiveSource(
      new Map([
        ["ا.ب", "x"],
        ["(ج", "y"],
      ]),
    );
    expect(new RegExp(`^${source}$`).test("ا.ب")).toBe(true);
    expect(new RegExp(`^${source}$`).test("اجب")).toBe(false);
    expect(new RegExp(`^${source}$`).test("(ج")).toBe(true);
  });

  it("gives each state once, as a mention of its own word, passing over words that are none", () => {
    const found = nationalityMentions("الروسي والامريكي المشترك والروسيه", 10, table);
    expect(found.map((m) => [m.party, m.start, m.end])).toEqual([
      ["russia", 10, 16],
      ["usa", 18, 26],
    ]);
  });
});
