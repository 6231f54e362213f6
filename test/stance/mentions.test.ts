// Actor mentions are read per stretch of sentences on demand; what a sentence gets is what reading the whole
// article would give it.
import { describe, expect, it } from "vitest";
import { defaultLexicon } from "../../src/stance/default-lexicon";
import { findMentions, SentenceMentions } from "../../src/stance/passes/01-actors";
import { classifyLines } from "../../src/text/boilerplate";
import { normaliseForMatching } from "../../src/text/normalise";
import { splitSentences } from "../../src/text/sentences";
import { EXTRACT_CASES } from "./extract.case";

const lexicon = defaultLexicon();

function both(original: string, keep: (i: number) => boolean = () => true) {
  const text = normaliseForMatching(original);
  const all = splitSentences(text, classifyLines(original, text));
  const present = lexicon.keywords.presence(text.normal, all);
  const kept = all.map((_, i) => i).filter(keep);
  const whole = findMentions(text.normal, lexicon, 2014, present.reportedEnds);
  const lazy = new SentenceMentions(text.normal, lexicon, 2014, present.reportedEnds, all, kept);
  const expected = kept.map((i) => whole.filter((m) => m.start >= all[i]!.start && m.start < all[i]!.end));
  return { all, kept, expected, lazy };
}

describe("SentenceMentions", () => {
  it("gives each sentence, asked in any order, the mentions a whole-article reading finds in it", () => {
    const { kept, expected, lazy } = both(EXTRACT_CASES.map((c) => c.text).join(" "));
    const order = kept.map((_, k) => k).sort((a, b) => ((a * 7919) % kept.length) - ((b * 7919) % kept.length));
    const got: unknown[] = [];
    for (const k of order) got[k] = lazy.lexiconNamesIn(k);
    expect(got).toEqual(expected);
    expect(expected.flat().length).toBeGreaterThan(100);
  });

  it("adds the names the article teaches, the same whatever sentence is asked first", () => {
    const original = EXTRACT_CASES.map((c) => c.text).join(" ");
    const { kept, expected, lazy } = both(original);
    const inOrder = both(original).lazy;
    const order = kept.map((_, k) => k).sort((a, b) => ((a * 7919) % kept.length) - ((b * 7919) % kept.length));
    const got: unknown[] = [];
    for (const k of order) got[k] = lazy.in(k);
    expect(got).toEqual(kept.map((_, k) => inOrder.in(k)));
    // Beyond the lexicon's names: a member of the Coalition it does not know, named in apposition to his role.
    const taught = kept.flatMap((_, k) => lazy.in(k).filter((m) => !expected[k]!.some((e) => e.start === m.start && e.end === m.end)));
    expect(taught.map((m) => m.party)).toEqual(["national_coalition"]);
  });

  it("reads a long sentence cut in pieces as one stretch: a title and the name after it stay one mention", () => {
    // Over 1200 characters without a full stop or comma is cut at the last space before its 600th character:
    // put that space between the title and the name.
    const head = "وقال وزير الخارجية الروسي";
    const pad = "كلام ".repeat(200).slice(0, 598 - head.length - 1);
    const original = `${pad} ${head} سيرغي لافروف ${"كلام ".repeat(200)}`;
    const { all, expected, lazy } = both(original);
    expect(all.length).toBeGreaterThan(1);
    expect(original.slice(all[1]!.start, all[1]!.start + 5)).toBe("سيرغي");
    const got = all.map((_, i) => lazy.in(all.length - 1 - i)).reverse();
    expect(got).toEqual(expected);
    // One mention of Lavrov, starting in the first piece and ending in the second.
    expect(got.flat().filter((m) => m.actor === "lavrov")).toHaveLength(1);
  });

  it("gives the mention of the sentence before that runs into a sentence, as the mentions read say", () => {
    const pad = "كلام ".repeat(200).slice(0, 598 - "وقال وزير الخارجية الروسي".length - 1);
    const long = `${pad} وقال وزير الخارجية الروسي سيرغي لافروف ${"كلام ".repeat(200)}.`;
    const cases = [
      { original: EXTRACT_CASES.map((c) => c.text).join(" "), cut: false },
      // A long sentence cut in pieces inside a name (see above), a line cut inside one.
      { original: long, cut: true },
      { original: "قال فابيوس إن مجموعة أصدقاء\nسوريا توافقت على الشروط.", cut: true },
    ];
    for (const { original, cut } of cases) {
      const { all, kept, lazy } = both(original);
      // What reading the sentence before gives: its last mention, if it ends past this sentence's start.
      const read = kept.map((i, k) => {
        const last = k > 0 ? lazy.in(k - 1).at(-1) : undefined;
        return last && last.end > all[i]!.start ? last : undefined;
      });
      expect(kept.map((_, k) => lazy.cutInto(k))).toEqual(read);
      expect(read.some((m) => m !== undefined)).toBe(cut);
    }
  });

  it("skips the sentences left out (other talks) yet reads their neighbours as the whole article does", () => {
    const { expected, lazy } = both(EXTRACT_CASES.map((c) => c.text).join(" "), (i) => i % 3 !== 1);
    expect(expected.map((_, k) => lazy.lexiconNamesIn(k))).toEqual(expected);
  });
});
