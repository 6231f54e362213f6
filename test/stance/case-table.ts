// A case table of the extractor: each row a sentence of general news Arabic, written for the table (not taken
// from the seeds or the development corpus), and the (party topic stance) tuples it must give.
import { describe, expect, it } from "vitest";
import { defaultLexicon } from "../../src/stance/default-lexicon";
import { extractArticle } from "../../src/stance/index";

export interface Case {
  why: string;
  text: string;
  expected: string[];
}

/** The unique "party topic stance" tuples the default lexicon reads in a text, sorted. */
export function tuples(text: string): string[] {
  return [...new Set(extractArticle("t", text, defaultLexicon()).claims.map((c) => `${c.party} ${c.topic} ${c.stance}`))].sort();
}

/** One test per row, named by its `why`. */
export function caseTable(title: string, cases: readonly Case[]): void {
  describe(title, () => {
    it.each(cases.map((c) => [c.why, c] as const))("%s", (_why, c) => {
      expect(tuples(c.text)).toEqual([...c.expected].sort());
    });
  });
}
