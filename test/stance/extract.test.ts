// The extractor against its case table, hostile inputs, and properties that must hold for any text.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compileLexicon, LexiconError } from "../../src/stance/lexicon";
import { DEFAULT_LEXICON_DATA, defaultLexicon } from "../../src/stance/default-lexicon";
import { extractArticle, extractArticles, extractFile, stageBatches, type ExtractTrace } from "../../src/stance/index";
import { splitDocuments } from "../../src/text/split";
import { EXTRACT_CASES } from "./extract.case";

const lexicon = defaultLexicon();
const tuples = (text: string) =>
  [...new Set(extractArticle("t", text, lexicon).claims.map((c) => `${c.party} ${c.topic} ${c.stance}`))].sort();

describe("extract: case table", () => {
  it.each(EXTRACT_CASES.map((c) => [c.why, c] as const))("%s", (_why, c) => {
    expect(tuples(c.text)).toEqual([...c.expected].sort());
  });
});

describe("extract: claims carry what the contract and analysts need", () => {
  it("every evidence is the original slice at its offsets", () => {
    const text = "وقال لافروف: «يجبُ أن يشاركَ الجميعُ دونَ أدنى شرطٍ مسبقٍ».";
    for (const c of extractArticle("t", text, lexicon).claims) expect(text.slice(c.start, c.end)).toBe(c.evidence);
  });
  it("names the conditions of a conditional claim", () => {
    const [claim] = extractArticle(
      "t",
      "وأعلن الائتلاف أنه سيشارك في جنيف 2 شريطة الإفراج عن المعتقلين وفتح ممرات إنسانية.",
      lexicon,
    ).claims;
    expect(claim?.conditions).toEqual(expect.arrayContaining(["prisoner_release", "humanitarian_access"]));
  });
  it("names the person and the reporting party", () => {
    const claims = extractArticle("t", "وقال لافروف إن موسكو متفقة مع واشنطن على عقد المؤتمر من دون شروط مسبقة.", lexicon).claims;
    expect(claims.find((c) => c.party === "usa")).toMatchObject({ reported_by: "russia" });
    expect(claims.find((c) => c.party === "russia")?.actor).toBe("lavrov");
    const envoy = extractArticle("t", "وقال دي ميستورا إن الأمم المتحدة تدعو إلى مفاوضات دون شروط مسبقة.", lexicon).claims;
    expect(envoy.map((c) => c.actor)).toEqual(["de_mistura"]);
  });
  it("a list of speakers is not reported by one of its members", () => {
    const claims = extractArticle("t", "ودعت بريطانيا وفرنسا إلى عدم دعوة إيران ما لم تقبل بيان جنيف 1.", lexicon).claims;
    expect(claims.map((c) => c.reported_by)).toEqual([undefined, undefined]);
  });
  it("says which rules made a claim", () => {
    const [claim] = extractArticle("t", "وقال كيري إنه حان الوقت لرحيل الأسد.", lexicon).claims;
    expect(claim?.rules).toContain("assad.time-to-go");
  });
});

describe("extract: hostile input", () => {
  it("an empty file gives no claims", () => {
    expect(extractFile("e.txt", "", lexicon)).toEqual([expect.objectContaining({ id: "e.txt", claims: [] })]);
  });
  it("a file of boilerplate gives no claims", () => {
    const text = "الرئيسة \\ أخبار \\ سوريا\nقرائنا من مستخدمي تلغرام\nإضغط هنا للإشتراك\nالتعليقات\nقال لافروف دون شروط مسبقة.";
    expect(extractArticle("b", text, lexicon).claims).toEqual([]);
  });
  it("a whole article that never names Syria or Geneva gives no claims", () => {
    const text = "وقال وزير الخارجية الروسي سيرغي لافروف إن المحادثات يجب أن تبدأ دون شروط مسبقة. ".repeat(12);
    expect(extractArticle("off", text, lexicon).claims).toEqual([]);
  });
  it("a table of contents that names stances gives no claims", () => {
    const text = [
      "عناوين الملف",
      "1. لافروف: دون شروط مسبقة",
      "2. الائتلاف يشترط رحيل الأسد للمشاركة في جنيف",
      "3. روسيا تريد مشاركة إيران",
      "4. المقداد يدعو لحوار غير مشروط",
    ].join("\n");
    expect(extractArticle("toc", text, lexicon).claims).toEqual([]);
  });
  it("a 1 MB single line does not throw and stays linear", () => {
    const line = "وقال لافروف إن المؤتمر يجب أن يعقد دون شروط مسبقة، ".repeat(20000);
    const t0 = performance.now();
    const { claims } = extractArticle("big", line, lexicon);
    expect(performance.now() - t0).toBeLessThan(20000);
    for (const c of claims) expect(line.slice(c.start, c.end)).toBe(c.evidence);
  });
  it("never throws and every evidence equals its original slice (property)", () => {
    const words = [
      "قال",
      "لافروف",
      "إن",
      "روسيا",
      "دون",
      "شروط",
      "مسبقة",
      "رحيل",
      "الأسد",
      "مشاركة",
      "إيران",
      "ترفض",
      "الائتلاف",
      "شرط",
      "أن",
      "«",
      "»",
      '"',
      "،",
      ".",
      "\n",
      "=====",
      "quot;",
      "\u200F",
      "\u200B",
      "ـ",
      "ً",
      "Geneva",
      "1.",
      "التعليقات",
      ":",
      "لكن",
      "واشنطن",
      "و",
      "تريد",
    ];
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...words), fc.string({ maxLength: 3 }), fc.string({ unit: "binary", maxLength: 2 })), {
          maxLength: 80,
        }),
        (parts) => {
          const text = parts.join(" ");
          for (const article of extractFile("p.txt", text, lexicon)) {
            for (const c of article.claims) {
              expect(article.text.slice(c.start, c.end)).toBe(c.evidence);
              expect(c.confidence).toBeGreaterThan(0);
              expect(c.confidence).toBeLessThanOrEqual(1);
            }
          }
        },
      ),
      { numRuns: 400 },
    );
    // 400 random articles take 2-4 s on an idle machine; CI on a loaded one has run them past vitest's 5 s default.
  }, 60_000);
});

describe("lexicon validation", () => {
  it("names the actor and alias at fault", () => {
    const actors = structuredClone(DEFAULT_LEXICON_DATA.actors) as { actors: Array<{ id: string; aliases: string[] }> };
    actors.actors.find((a) => a.id === "lavrov")!.aliases.push("");
    expect(() => compileLexicon({ ...DEFAULT_LEXICON_DATA, actors })).toThrow(/actor "lavrov" alias ""/);
  });
  it("rejects a rule whose example its pattern does not match", () => {
    const cues = structuredClone(DEFAULT_LEXICON_DATA.cues) as { rules: Array<{ id: string; example: string }> };
    cues.rules[0]!.example = "نص لا علاقة له";
    expect(() => compileLexicon({ ...DEFAULT_LEXICON_DATA, cues })).toThrow(LexiconError);
  });
  it("rejects two rules under one id", () => {
    const cues = structuredClone(DEFAULT_LEXICON_DATA.cues) as { rules: Array<{ id: string }> };
    cues.rules[1]!.id = cues.rules[0]!.id;
    expect(() => compileLexicon({ ...DEFAULT_LEXICON_DATA, cues })).toThrow(/another rule has the same id/);
  });
  it("rejects a stance that is not a label of its topic", () => {
    const cues = structuredClone(DEFAULT_LEXICON_DATA.cues) as { rules: Array<{ stance: string }> };
    cues.rules[0]!.stance = "must_go";
    expect(() => compileLexicon({ ...DEFAULT_LEXICON_DATA, cues })).toThrow(/not a label of this topic/);
  });
  // A lexicon stored in KV before an optional field existed still loads, and reads as it did then.
  const olderLexicons: Array<{ field: string; drop: string[]; text: string; before: string[]; now: string[] }> = [
    {
      field: "the «without» and negation fields, which then reads neither",
      drop: ["iran.without", "iran.negation"],
      text: "وقالت الرياض إنه يجب أن يعقد مؤتمر جنيف 2 دون مشاركة إيران.",
      before: ["iran_participation support"],
      now: ["iran_participation oppose"],
    },
    {
      field: "the predicate field (iran.supportAfter), which then reads no predicate",
      drop: ["iran.supportAfter"],
      text: "وقال غاتيلوف إن روسيا ترى أن مشاركة إيران في مؤتمر جنيف 2 ضرورية.",
      before: [],
      now: ["iran_participation support"],
    },
    {
      field: "iran.deplore, which then reads a regretted rejection as a rejection",
      drop: ["iran.deplore"],
      text: "وأعربت موسكو عن أسفها لسحب الدعوة الموجهة لإيران إلى مؤتمر جنيف 2.",
      before: ["iran_participation oppose"],
      now: ["iran_participation support"],
    },
    {
      field: "the rejecting predicate (rejectedAfter), which then reads the cue as it is",
      drop: ["rejectedAfter"],
      text: "واعتبرت موسكو أن المطالبة بتنحي الأسد شرطا مسبقا للمفاوضات أمر غير مقبول.",
      before: ["assad_role must_go", "geneva2_preconditions conditional"],
      now: ["assad_role may_stay", "geneva2_preconditions unconditional"],
    },
    {
      field: "the composed word classes (compose), which then reads the phrase rules alone",
      drop: ["compose"],
      text: "وجددت باريس رفضها تشكيل حكومة انتقالية تنص على بقاء الأسد في السلطة.",
      before: [],
      now: ["assad_role must_go"],
    },
  ];
  it.each(olderLexicons)("loads a lexicon stored before $field", ({ drop, text, before, now }) => {
    const cues = structuredClone(DEFAULT_LEXICON_DATA.cues) as Record<string, Record<string, unknown>>;
    // Every one of them predates the composed word classes too.
    for (const path of [...drop, "compose"]) {
      const [head, key] = path.split(".") as [string, string | undefined];
      if (key === undefined) delete cues[head];
      else delete cues[head]![key];
    }
    const stances = (lexicon: ReturnType<typeof compileLexicon>) =>
      extractArticle("t", text, lexicon).claims.map((c) => `${c.topic} ${c.stance}`);
    expect(stances(compileLexicon({ ...DEFAULT_LEXICON_DATA, cues }))).toEqual(before);
    expect(stances(compileLexicon(DEFAULT_LEXICON_DATA))).toEqual(now);
  });
  it("a new alias changes the version-independent matching at once", () => {
    const actors = structuredClone(DEFAULT_LEXICON_DATA.actors) as { version: string; actors: Array<{ id: string; aliases: string[] }> };
    actors.actors.find((a) => a.id === "lavrov")!.aliases.push("كبير الدبلوماسيين الروس");
    const custom = compileLexicon({ ...DEFAULT_LEXICON_DATA, actors });
    const [claim] = extractArticle("t", "وقال كبير الدبلوماسيين الروس إن المؤتمر يعقد دون شروط مسبقة.", custom).claims;
    expect(claim?.actor).toBe("lavrov");
  });
});

describe("extractArticles: many articles, batch by batch and stage by stage", () => {
  // The seed corpus three times over (72 articles: more than one batch of 64), each copy's text made distinct.
  const seedDir = join(import.meta.dirname, "..", "..", "seeds");
  const seedArticles = readdirSync(seedDir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .flatMap((f) => splitDocuments(f, readFileSync(join(seedDir, f), "utf8")));
  const corpus = [0, 1, 2].flatMap((copy) => seedArticles.map((a) => ({ id: `${a.id}~${copy}`, text: `${a.text}\n(${copy})` })));

  it("gives every article what extractArticle gives it, in the order given, across batches", () => {
    const many = extractArticles(corpus, lexicon);
    expect(many.map((a) => a.id)).toEqual(corpus.map((a) => a.id));
    expect(many).toEqual(corpus.map((a) => extractArticle(a.id, a.text, lexicon)));
    expect(many.reduce((n, a) => n + a.claims.length, 0)).toBeGreaterThan(3 * 60);
  });

  it("cuts batches at 64 articles or 256 Ki characters, a longer article alone, none empty", () => {
    expect(stageBatches([])).toEqual([]);
    expect(stageBatches([10, 10, 300_000, 10])).toEqual([
      [0, 2],
      [2, 3],
      [3, 4],
    ]);
    expect(stageBatches(Array.from({ length: 130 }, () => 1000))).toEqual([
      [0, 64],
      [64, 128],
      [128, 130],
    ]);
    // 100 Ki + 100 Ki fit, a third does not.
    expect(stageBatches([100, 100, 100, 100].map((k) => k * 1024))).toEqual([
      [0, 2],
      [2, 4],
    ]);
    expect(stageBatches([256 * 1024, 1])).toEqual([
      [0, 1],
      [1, 2],
    ]);
  });

  it("extracts across batch cuts: a long article among short ones, and articles with nothing to find", () => {
    const long = {
      id: "long",
      text: Array.from({ length: 900 }, () => corpus[1]!.text)
        .join("\n")
        .slice(0, 300 * 1024),
    };
    const list = [
      corpus[0]!,
      long,
      { id: "empty", text: "" },
      { id: "off-topic", text: "كرة القدم ".repeat(200) },
      corpus[2]!,
      long,
      corpus[3]!,
    ];
    expect(extractArticles(list, lexicon)).toEqual(list.map((a) => extractArticle(a.id, a.text, lexicon)));
    expect(extractArticles([], lexicon)).toEqual([]);
  });

  it("passes each article's year, trace and calibration as extractArticle's hints do", () => {
    const text = "وقال وزير الخارجية الروسي إن بلاده ترفض أي شروط مسبقة لعقد مؤتمر جنيف 2 حول سوريا.";
    const trace = {} as ExtractTrace;
    const [one] = extractArticles([{ id: "t", text, year: 2014, trace, calibration: null }], lexicon);
    const alone = {} as ExtractTrace;
    expect(one).toEqual(extractArticle("t", text, lexicon, { year: 2014, trace: alone, calibration: null }));
    expect(trace.cues?.length).toBeGreaterThan(0);
    expect(trace.cues).toEqual(alone.cues);
  });
});
