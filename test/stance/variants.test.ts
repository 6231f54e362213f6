// The seed articles rewritten in another spelling or encoding of the same text (Persian letters, bare alef, HTML
// entities escaped once or twice or as numbers, ligatures, tatweel, diacritics, invisible marks, careless spacing,
// CRLF, lines hard-wrapped, an unrelated paragraph appended) give the same tuples, with evidence verbatim from the
// rewritten text; scoreVariants counts what a rewrite loses.
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { scoreVariants, VARIANTS, type Variant } from "../../scripts/eval/variants";
import { defaultLexicon } from "../../src/stance/default-lexicon";
import { extractArticle } from "../../src/stance/index";
import { splitDocuments } from "../../src/text/split";

const seeds = resolve(import.meta.dirname, "..", "..", "seeds");
const docs = new Map(
  readdirSync(seeds)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .flatMap((f) => splitDocuments(f, readFileSync(join(seeds, f), "utf8")))
    .map((a) => [a.id, a.text] as const),
);
const tuplesOf = (id: string, text: string) =>
  new Set(extractArticle(id, text, defaultLexicon()).claims.map((c) => `${c.doc}\t${c.party}\t${c.topic}\t${c.stance}`));

describe("meaning-preserving rewrites of the seed articles", () => {
  const all = new Set([...docs].flatMap(([id, text]) => [...tuplesOf(id, text)]));
  it.each(VARIANTS.filter((v) => v.exact).map((v) => [v.name, v] as const))("%s: the same tuples", (_name, v) => {
    const [score] = scoreVariants(docs, all, tuplesOf, [v]);
    expect(score!.changed).toBeGreaterThan(0);
    expect(score!.lost).toEqual([]);
    expect(score!.gainedFalse).toEqual([]);
    for (const [id, text] of docs) {
      const rewritten = v.rewrite(text);
      for (const c of extractArticle(id, rewritten, defaultLexicon()).claims) expect(rewritten.slice(c.start, c.end)).toBe(c.evidence);
    }
  });
});

describe("scoreVariants", () => {
  it("counts the articles a rewrite changes, the true tuples there, those lost and those gained", () => {
    const drop: Variant = { name: "drop", why: "", exact: false, rewrite: (t) => t.replace("رحيل", "") };
    const texts = new Map([
      ["a", "رحيل"],
      ["b", "بقاء"],
    ]);
    const gold = new Set(["a\tx", "a\tz"]);
    const tuples = (id: string, text: string) => new Set(text.includes("رحيل") ? [`${id}\tx`, `${id}\ty`] : [`${id}\tz`]);
    const [score] = scoreVariants(texts, gold, tuples, [drop]);
    expect(score).toMatchObject({ changed: 1, trueBefore: 1, lost: ["a\tx"], gainedTrue: 1, gainedFalse: [] });
  });
});
