// Keyword prefilter: the multi-string scanner against a naive search, and the required words of a regex against
// what its matches really contain (on every lexicon regex and the extractor's case sentences).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defaultLexicon } from "../../src/stance/default-lexicon";
import { KeywordScanner, KeywordSets, requiredWords } from "../../src/text/keywords";
import { normaliseForMatching } from "../../src/text/normalise";
import { EXTRACT_CASES } from "../stance/extract.case";

function naive(patterns: string[], text: string): string[] {
  const hits: string[] = [];
  patterns.forEach((p, i) => {
    if (!p) return;
    for (let at = text.indexOf(p); at >= 0; at = text.indexOf(p, at + 1)) hits.push(`${i}@${at + p.length}`);
  });
  return hits.sort();
}

function scanned(patterns: string[], text: string, from = 0, to = text.length): string[] {
  const hits: string[] = [];
  new KeywordScanner(patterns).scan(text, (p, end) => hits.push(`${p}@${end}`), from, to);
  return hits.sort();
}

/** Letters and short words over a small alphabet, so patterns overlap and recur in the texts tried. */
const letter = fc.constantFrom("ا", "ب", "ت", "ش", " ", "x");
const word = fc.array(letter, { minLength: 1, maxLength: 3 }).map((a) => a.join(""));

/** A scanner packed with label l of pattern p: p's index and the label 100 shared by every pattern. */
function packedScanner(patterns: string[], reported: boolean[]) {
  const scanner = new KeywordScanner(patterns);
  const packed = scanner.pack(
    patterns.map((_, p) => [p, 100]),
    patterns.map((_, p) => reported[p]!),
  );
  return { scanner, packed };
}

describe("KeywordScanner", () => {
  it("finds overlapping words, a word inside another, and a word repeated", () => {
    const patterns = ["شرط", "شروط", "الشروط", "روط", "دون"];
    expect(scanned(patterns, "دون الشروط ودون شرط")).toEqual(naive(patterns, "دون الشروط ودون شرط"));
    expect(scanned(patterns, "دون الشروط ودون شرط")).toContain("2@10");
    expect(scanned(patterns, "دون الشروط ودون شرط")).toContain("3@10");
  });

  it("looks only inside the span it is given", () => {
    expect(scanned(["شرط"], "شرط ثم شرط", 1)).toEqual(["0@10"]);
    expect(scanned(["شرط"], "شرط ثم شرط", 0, 5)).toEqual(["0@3"]);
  });

  it("agrees with a naive search on any text over a small alphabet (property)", () => {
    const letter = fc.constantFrom("ا", "ب", "ت", "ش", "ر", "ط", " ", "x");
    const word = fc.array(letter, { minLength: 1, maxLength: 4 }).map((a) => a.join(""));
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 8 }), fc.array(letter, { maxLength: 60 }), (patterns, chars) => {
        const text = chars.join("");
        expect(scanned(patterns, text)).toEqual(naive(patterns, text));
      }),
    );
  });

  it("marks labels and reports ends in one pass as a naive search does (property)", () => {
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 6 }),
        fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }),
        fc.array(letter, { maxLength: 50 }),
        fc.nat(50),
        (patterns, reported, chars, cut) => {
          const text = chars.join("");
          const { scanner, packed } = packedScanner(patterns, reported);
          const spans = [
            [0, Math.min(cut, text.length)],
            [Math.min(cut, text.length), text.length],
          ];
          const ends: number[] = [];
          spans.forEach(([from, to], si) => {
            const marks = new Uint8Array(101);
            scanner.markAndReport(text, from!, to!, packed, marks, 0, ends);
            const hits = naive(patterns, text.slice(from, to));
            const expected = new Set(hits.map((h) => Number(h.split("@")[0])));
            if (expected.size) expected.add(100);
            expect(
              [...marks.keys()].filter((l) => marks[l] === 1).sort((a, b) => a - b),
              `span ${si}`,
            ).toEqual([...expected].sort((a, b) => a - b));
          });
          const expectedEnds = spans.flatMap(([from, to]) => [
            ...new Set(
              naive(patterns, text.slice(from, to))
                .filter((h) => reported[Number(h.split("@")[0])])
                .map((h) => from! + Number(h.split("@")[1])),
            ),
          ]);
          expect(ends).toEqual(expectedEnds.sort((a, b) => a - b));
        },
      ),
    );
  });
  it("walks two spans at once as it walks each alone: the same marks, the ends in order (property)", () => {
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 6 }),
        fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }),
        fc.array(letter, { maxLength: 80 }),
        fc.nat(80),
        fc.nat(80),
        fc.nat(80),
        fc.boolean(),
        fc.boolean(),
        (patterns, reported, chars, x, y, z, flipA, flipB) => {
          const text = chars.join("");
          // Two spans in order, of any lengths (either may be empty or longer than the other): [a, b) and [c, d);
          // either may be given reversed (end before start), which walks nothing.
          const sorted = [0, x, y, z].map((n) => Math.min(n, text.length)).sort((p, q) => p - q);
          const [a, b] = flipA ? [sorted[1]!, sorted[0]!] : [sorted[0]!, sorted[1]!];
          const [c, d] = flipB ? [sorted[3]!, sorted[2]!] : [sorted[2]!, sorted[3]!];
          const { scanner, packed } = packedScanner(patterns, reported);
          const alone = new Uint8Array(202);
          const aloneEnds: number[] = [];
          scanner.markAndReport(text, a, b, packed, alone, 0, aloneEnds);
          scanner.markAndReport(text, c, d, packed, alone, 101, aloneEnds);
          const paired = new Uint8Array(202);
          const pairedEnds: number[] = [];
          scanner.markAndReportPair(text, a, b, 0, c, d, 101, packed, paired, pairedEnds);
          expect([...paired]).toEqual([...alone]);
          expect(pairedEnds).toEqual(aloneEnds);
        },
      ),
    );
  });

  it("gives KeywordSets the same presence whether a text has an odd or even number of spans", () => {
    const sets = new KeywordSets([/دون\s+شروط/, /رحيل\s+الاسد/], ["لافروف"]);
    const text = "قال لافروف دون شروط. ثم رحيل الاسد. وقال لافروف. دون شروط";
    const spans = [
      { start: 0, end: 20 },
      { start: 21, end: 35 },
      { start: 36, end: 48 },
      { start: 49, end: text.length },
    ];
    for (const n of [1, 2, 3, 4]) {
      const presence = sets.presence(text, spans.slice(0, n));
      const expected = [
        [true, false],
        [false, true],
        [false, false],
        [true, false],
      ].slice(0, n);
      expect(expected.map((_, si) => [presence.mayMatch(0, si), presence.mayMatch(1, si)])).toEqual(expected);
      expect(presence.reportedEnds).toEqual([10, 47].filter((end) => end <= spans[n - 1]!.end));
    }
  });
});

describe("requiredWords", () => {
  it.each([
    [/(?:رفض|يرفض)\s+(?:الشروط|شروط)/, [["رفض"], ["شروط"]]],
    [/(?<![\u0621-\u064A])[وف]?(?:دون|بلا)\s+شروط?/, [["دون", "بلا"], ["شرو"]]],
    [/الاسد(?:\s+\S+){0,3}\s+(?:يرحل|يتنحي)/, [["الاسد"], ["يتنحي", "يرحل"]]],
  ])("%s → %j", (re, expected) => {
    const got = requiredWords(re)!.map((s) => [...s].sort());
    expect(got).toEqual(expect.arrayContaining(expected.map((s) => [...s].sort())));
  });

  it("says nothing of a regex that can match without any word", () => {
    expect(requiredWords(/\s+|[^،]{2,}/)).toBeNull();
    expect(requiredWords(/(?:قال)?\s*/)).toBeNull();
    expect(requiredWords(/شرط/i)).toBeNull();
  });

  it("never rules out a real match: every lexicon match holds a word of each required set", () => {
    const lexicon = defaultLexicon();
    const regexes = [
      ...lexicon.rules.map((r) => r.regex),
      lexicon.speechVerb,
      lexicon.clauseBoundary,
      lexicon.participation,
      lexicon.context.syria,
      lexicon.iran.mention,
      lexicon.iran.participation,
      lexicon.hedge,
      lexicon.approvalWord,
      lexicon.agreement,
      ...(lexicon.compose
        ? Object.values(lexicon.compose).flatMap((g) => Object.values(g ?? {}).map((w) => (w as { regex: RegExp }).regex))
        : []),
    ];
    const texts = [...EXTRACT_CASES.map((c) => c.text)].map((t) => normaliseForMatching(t).normal);
    let checked = 0;
    for (const re of regexes) {
      const sets = requiredWords(re);
      if (!sets) continue;
      const global = new RegExp(re.source, re.flags.includes("g") ? re.flags : `${re.flags}g`);
      for (const text of texts) {
        for (const m of text.matchAll(global)) {
          // The scanner looks at the match plus the context a lookaround may read.
          const around = text.slice(Math.max(0, m.index - 1), m.index + m[0].length + 1);
          for (const set of sets)
            expect(
              set.some((w) => around.includes(w)),
              `${re.source.slice(0, 60)} on «${m[0]}»`,
            ).toBe(true);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it("lets a regex run where its words are and skips the sentences without them", () => {
    const sets = new KeywordSets([/دون\s+(?:شروط|قيود)/, /\s+/]);
    const text = "قال: دون شروط. ثم رحل. ودون قيود";
    const spans = [
      { start: 0, end: 14 },
      { start: 15, end: 22 },
      { start: 23, end: text.length },
    ];
    const present = sets.presence(text, spans);
    expect([0, 1, 2].map((s) => present.mayMatch(0, s))).toEqual([true, false, true]);
    // A regex with no required word always runs.
    expect([0, 1, 2].map((s) => present.mayMatch(1, s))).toEqual([true, true, true]);
  });

  it("lists a span's candidate regexes exactly as mayMatch does, also after select", () => {
    const lexicon = defaultLexicon();
    const count = lexicon.rules.length;
    const text = normaliseForMatching(EXTRACT_CASES.map((c) => c.text).join("\n")).normal;
    const spans = [...text.matchAll(/[^\n]+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
    const present = lexicon.keywords.presence(text, spans);
    let listed = 0;
    spans.forEach((_, si) => {
      const expected = [...Array(count).keys()].filter((r) => present.mayMatch(r, si));
      expect(present.candidates(si, 0, count)).toEqual(expected);
      listed += expected.length;
    });
    expect(listed).toBeGreaterThan(spans.length);
    const picked = [2, 0, 5].filter((i) => i < spans.length);
    const selected = present.select(picked);
    picked.forEach((from, to) => expect(selected.candidates(to, 0, count)).toEqual(present.candidates(from, 0, count)));
  });
});
