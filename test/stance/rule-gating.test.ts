// The phrase rules' gates refuse only sentences a rule cannot match: the word sets of its branches (keyword scan),
// then the piece every match of it holds (lexicon.ts, requiredPiece). Checked on every line of the seed articles and
// of the extractor's case sentences, as they are and with every third word left out (so words that stood together
// stand apart, the case a piece is there to refuse), and on every rule's own example.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_LEXICON_DATA, defaultLexicon } from "../../src/stance/default-lexicon";
import { compilePattern, CueLexiconSchema, guardedLookbehinds, requiredPiece, ruleCandidates } from "../../src/stance/lexicon";
import { normaliseForMatching } from "../../src/text/normalise";
import { EXTRACT_CASES } from "./extract.case";

const SEEDS = join(import.meta.dirname, "..", "..", "seeds");

/** Lines of text, and the same lines with every third word left out. */
function lines(): string[] {
  const texts = [
    ...readdirSync(SEEDS)
      .filter((f) => f.endsWith(".txt"))
      .map((f) => readFileSync(join(SEEDS, f), "utf8")),
    ...EXTRACT_CASES.map((c) => c.text),
    ...CueLexiconSchema.parse(DEFAULT_LEXICON_DATA.cues).rules.map((r) => r.example),
  ];
  const all = texts.flatMap((t) => normaliseForMatching(t).normal.split("\n")).filter((l) => l.trim().length > 0);
  const cut = all.map((l) =>
    l
      .split(" ")
      .filter((_, i) => i % 3 !== 2)
      .join(" "),
  );
  return [...all, ...cut];
}

describe("phrase-rule gating", () => {
  const lexicon = defaultLexicon();
  const text = lines().join("\n");
  const spans = [...text.matchAll(/[^\n]+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const present = lexicon.keywords.presence(text, spans);

  it("lets every rule run wherever it matches", () => {
    let matched = 0;
    let refused = 0;
    spans.forEach((s, si) => {
      // The window findPhraseCues gives a rule: the line and one character on each side.
      const window = text.slice(Math.max(0, s.start - 1), s.end + 1);
      const candidates = new Set(ruleCandidates(lexicon, present, si));
      lexicon.rules.forEach((rule, ri) => {
        const re = new RegExp(rule.regex.source, rule.regex.flags.replace(/[gy]/g, ""));
        const piece = lexicon.ruleBranches.pieces[ri];
        if (re.test(window)) {
          matched++;
          expect(candidates.has(ri), `${rule.id} on «${window}»`).toBe(true);
          if (piece) expect(piece.test(window), `${rule.id}'s piece on «${window}»`).toBe(true);
        } else if (candidates.has(ri) && piece && !piece.test(window)) refused++;
      });
    });
    expect(matched).toBeGreaterThan(200);
    // The pieces refuse lines that hold a rule's words but not as the rule wants them.
    expect(refused).toBeGreaterThan(20);
  });

  it("takes a piece after a rule's gap of words, only where the keyword scan cannot tell as much", () => {
    const pieces = new Map(lexicon.rules.map((r, i) => [r.id, lexicon.ruleBranches.pieces[i]]));
    // «… سيشارك … على أن …»: the words «على» and «أن» apart pass the keyword scan, not the piece.
    expect(pieces.get("pre.provided-that")?.source).toBe(String.raw`علي\s+ان\s`);
    const provided = pieces.get("pre.provided-that")!;
    expect(provided.test(normaliseForMatching("سيشارك الوفد على أن تبدأ المفاوضات").normal)).toBe(true);
    expect(provided.test(normaliseForMatching("أكد أن الوفد سيشارك وشدد على الحل").normal)).toBe(false);
    // No piece keeps the rule's `g`: tested again and again, it must not carry a position between windows.
    for (const piece of lexicon.ruleBranches.pieces) if (piece) expect(piece.flags).not.toMatch(/[gy]/);
  });
});

describe("requiredPiece", () => {
  const W = String.raw`[^\s]+`;
  // [rule source, flags, the piece expected (undefined: none), texts the rule matches, which the piece must match too]
  it.each<[string, string, string | undefined, string[]]>([
    // After the last gap of words, lazy or not.
    [String.raw`سيشارك(?:\s+${W}){0,8}?\s+علي\s+ان\s`, "g", String.raw`علي\s+ان\s`, ["سيشارك الوفد علي ان ", "سيشارك علي ان "]],
    [String.raw`سيشارك(?:\s+${W})+?\s+علي\s+ان\s`, "g", String.raw`علي\s+ان\s`, ["سيشارك الوفد علي ان "]],
    // Past leading lookbehinds that read back over words.
    [String.raw`(?<![\u0621-\u064A](?:لا|لن)\s+(?:${W}\s+){0,6})شرط\s+مسبق`, "g", String.raw`شرط\s+مسبق`, ["دون شرط مسبق"]],
    // Classes holding «]» or «(», and optional items before the first letter, are passed over whole.
    [String.raw`سيشارك(?:\s+${W}){0,8}?\s+[\](]?علي\s+ان\s`, "g", String.raw`علي\s+ان\s`, ["سيشارك الوفد (علي ان "]],
    // Escapes: «\u0639» is read whole (and, being no letter as written, passed over); «\x» and «\u» without their
    // digits are the letters x and u.
    [String.raw`(?:\s+${W}){0,3}?\s+\u0639لي\s+ان\s`, "g", String.raw`لي\s+ان\s`, [" كلمه علي ان "]],
    [String.raw`(?:\s+${W}){0,3}?\s+\x[ابجدهو]ز\s`, "g", String.raw`ز\s`, [" كلمه xاز "]],
    [String.raw`(?:\s+${W}){0,3}?\s+\x(?:ا)ب\s`, "g", String.raw`(?:ا)ب\s`, [" كلمه xاب "]],
    // The rule's flags, less g and y: «.» across a line break under `s`.
    [String.raw`سيشارك(?:\s+${W}){0,8}?\s+علي.ان\s`, "gs", String.raw`علي.ان\s`, ["سيشارك الوفد علي\nان "]],
    // No piece: several alternatives, back-references, a named group leading what follows the gap, the `v` flag.
    [String.raw`سيشارك(?:\s+${W}){0,8}?\s+علي\s+ان\s|شرط`, "g", undefined, ["شرط"]],
    [String.raw`(سيشارك)(?:\s+${W}){0,8}?\s+\1\s+ان\s`, "g", undefined, ["سيشارك الوفد سيشارك ان "]],
    [String.raw`سيشارك(?:\s+${W}){0,8}?\s+(?<w>علي)\s+ان\s`, "g", undefined, ["سيشارك علي ان "]],
    [String.raw`سيشارك(?:\s+${W}){0,8}?\s+[[ع]]لي\s+ان\s`, "gv", undefined, ["سيشارك علي ان "]],
    // No piece where the keyword scan tells as much (words alone) or where many letters may lead it.
    [String.raw`سيشارك(?:\s+${W}){0,8}?\s+(?:شرط|شروط)`, "g", undefined, ["سيشارك دون شروط"]],
  ])("%s /%s → %s", (source, flags, expected, texts) => {
    const piece = requiredPiece(source, flags);
    expect(piece?.source).toBe(expected);
    if (piece) expect(piece.flags).toBe(flags.replace(/[gy]/g, ""));
    const rule = new RegExp(source, flags.replace(/[gy]/g, ""));
    for (const text of texts) {
      expect(rule.test(text), `the rule on «${text}»`).toBe(true);
      if (piece) expect(piece.test(text), `the piece on «${text}»`).toBe(true);
    }
  });
});

describe("guardedLookbehinds", () => {
  const B = String.raw`(?<![\u0621-\u064Aa-z0-9])`;
  it("puts a lookahead of the rest before a lookbehind that reads back over words, and leaves the rest alone", () => {
    const costly = String.raw`(?<!ايران\s+(?:[^\s]+\s+){0,6})`;
    expect(guardedLookbehinds(`${B}${costly}دون\\s+شروط|قال`, "g")).toBe(`${B}(?=دون\\s+شروط)${costly}دون\\s+شروط|قال`);
    // A lookbehind of one character («{B}») is cheap: no guard; nor where the rest captures.
    expect(guardedLookbehinds(`${B}دون\\s+شروط`, "g")).toBe(`${B}دون\\s+شروط`);
    expect(guardedLookbehinds(`${B}${costly}(دون)\\s+شروط`, "g")).toBe(`${B}${costly}(دون)\\s+شروط`);
    expect(guardedLookbehinds(`${costly}(?<name>دون)`, "g")).toBe(`${costly}(?<name>دون)`);
  });

  it("leaves every shipped rule matching what it matches as written, and guards the ones led by such lookbehinds", () => {
    const cues = CueLexiconSchema.parse(DEFAULT_LEXICON_DATA.cues);
    const text = lines().join("\n");
    const running = new Map(defaultLexicon().rules.map((r) => [r.id, r.regex]));
    let guarded = 0;
    for (const rule of cues.rules) {
      const written = compilePattern(rule.pattern, cues.macros, rule.id);
      const source = guardedLookbehinds(written.source, written.flags);
      expect(running.get(rule.id)!.source, rule.id).toBe(source);
      if (source === written.source) continue;
      guarded++;
      const all = (re: RegExp) => [...text.matchAll(new RegExp(re.source, "g"))].map((m) => `${m.index}:${m[0]}`);
      expect(all(new RegExp(source, written.flags)), rule.id).toEqual(all(written));
    }
    expect(guarded).toBeGreaterThan(10);
  });
});
