// Which sentences can a regex match at all? Each regex's required words (factors.ts), found for all regexes
// in one pass over the text (scanner.ts); a regex then runs only over the sentences holding its words.
import { requiredWords } from "./factors";
import { KeywordScanner, type PackedScanner } from "./scanner";

export { requiredWords } from "./factors";
export { KeywordScanner } from "./scanner";

/** Normal offsets of a span of text (a sentence). */
interface Span {
  start: number;
  end: number;
}

/**
 * The required word sets of a list of regexes, with one scanner for all their words; and, found in the same
 * pass, where any of a list of `reported` words ends (the actor lexicon uses it for the first words of names).
 * Example: new KeywordSets([/دون\s+شروط/]).presence("قال: دون شروط.", [{start: 0, end: 14}]).mayMatch(0, 0) → true
 */
export class KeywordSets {
  private readonly scanner: KeywordScanner;
  /** Set ids each scanner pattern belongs to. */
  private readonly setsOfPattern: number[][];
  /** Per regex: the ids of the sets it requires (all of them), flat: mayMatch runs for every regex in every sentence. */
  private readonly required: RequiredSets;
  private readonly setCount: number;
  private readonly packed: PackedScanner;
  /** Per set: the regexes anchored on it (each regex is anchored on one of its required sets); then those with none. */
  private readonly anchored: number[][];
  private readonly unanchored: number[];

  constructor(regexes: readonly RegExp[], reported: readonly string[] = []) {
    const setIds = new Map<string, number>();
    const patternIds = new Map<string, number>();
    const pattern = (w: string) => {
      let p = patternIds.get(w);
      if (p === undefined) {
        p = patternIds.size;
        patternIds.set(w, p);
        this.setsOfPattern.push([]);
      }
      return p;
    };
    this.setsOfPattern = [];
    // Per regex: the ids of the sets it requires, or null when it must always run.
    const required = regexes.map((re) => {
      const sets = requiredWords(re);
      if (!sets) return null;
      return sets.map((words) => {
        const key = [...words].sort().join("|");
        let id = setIds.get(key);
        if (id === undefined) {
          id = setIds.size;
          setIds.set(key, id);
          for (const w of words) this.setsOfPattern[pattern(w)]!.push(id);
        }
        return id;
      });
    });
    // Anchor each regex on its set of longest words: long words are the rare ones, so few sentences hold them.
    this.anchored = Array.from({ length: setIds.size }, () => []);
    this.unanchored = [];
    const shortest = new Map([...setIds].map(([key, id]) => [id, Math.min(...key.split("|").map((w) => w.length))]));
    required.forEach((sets, r) => {
      if (!sets || sets.length === 0) return this.unanchored.push(r);
      const anchor = sets.reduce((best, id) => (shortest.get(id)! > shortest.get(best)! ? id : best));
      this.anchored[anchor]!.push(r);
    });
    const from = new Int32Array(regexes.length + 1);
    required.forEach((sets, r) => (from[r + 1] = from[r]! + (sets?.length ?? 0)));
    this.required = { from, sets: Int32Array.from(required.flatMap((sets) => sets ?? [])) };
    const isReported: boolean[] = [];
    for (const w of reported) if (w) isReported[pattern(w)] = true;
    this.setCount = setIds.size;
    this.scanner = new KeywordScanner([...patternIds.keys()]);
    this.packed = this.scanner.pack(
      this.setsOfPattern,
      Array.from({ length: patternIds.size }, (_, p) => isReported[p] === true),
    );
  }

  /** Which of the word sets occur in each span, and where reported words end, found in one pass over the spans. */
  presence(text: string, spans: readonly Span[]): KeywordPresence {
    const width = this.setCount;
    const seen = new Uint8Array(Math.max(1, width * spans.length));
    const ends: number[] = [];
    const found: number[] = [];
    const foundFrom = new Int32Array(spans.length + 1);
    spans.forEach((span, si) => {
      foundFrom[si] = found.length;
      this.scanner.markAndReport(text, span.start, span.end, this.packed, seen, si * width, ends, found);
    });
    foundFrom[spans.length] = found.length;
    return new KeywordPresence(seen, width, this.required, ends, {
      found,
      foundFrom,
      anchored: this.anchored,
      unanchored: this.unanchored,
    });
  }
}

/** The sets regex r requires: sets[from[r] .. from[r + 1]] (none for a regex that must always run). */
interface RequiredSets {
  from: Int32Array;
  sets: Int32Array;
}

/** The word sets found per span: whether a regex may match in a span. */
export class KeywordPresence {
  constructor(
    private readonly seen: Uint8Array,
    private readonly width: number,
    private readonly required: RequiredSets,
    /** End offsets of the reported words in the scanned spans, increasing. */
    readonly reportedEnds: readonly number[] = [],
    /** The sets found per span (found[foundFrom[span] .. foundFrom[span + 1]]) and the regexes anchored on each. */
    private readonly index: {
      found: readonly number[];
      foundFrom: Int32Array;
      anchored: readonly number[][];
      unanchored: readonly number[];
    },
  ) {}

  /** The same presence for a subset of the spans, renumbered in the order given. */
  select(spans: readonly number[]): KeywordPresence {
    // Every span kept, in order (the common case): the same presence.
    if (spans.length === this.index.foundFrom.length - 1 && spans.every((from, to) => from === to)) return this;
    const seen = new Uint8Array(Math.max(1, spans.length * this.width));
    spans.forEach((from, to) => seen.set(this.seen.subarray(from * this.width, (from + 1) * this.width), to * this.width));
    const found: number[] = [];
    const foundFrom = new Int32Array(spans.length + 1);
    spans.forEach((from, to) => {
      foundFrom[to] = found.length;
      for (let k = this.index.foundFrom[from]!; k < this.index.foundFrom[from + 1]!; k++) found.push(this.index.found[k]!);
    });
    foundFrom[spans.length] = found.length;
    return new KeywordPresence(seen, this.width, this.required, this.reportedEnds, { ...this.index, found, foundFrom });
  }

  /**
   * The regexes with index in [from, to) that may match in span `span` (mayMatch true), in increasing order.
   * Found from the sets present in the span, so a span holding few keywords costs little however many regexes.
   */
  candidates(span: number, from: number, to: number): number[] {
    const { found, foundFrom, anchored, unanchored } = this.index;
    const out: number[] = [];
    for (const r of unanchored) if (r >= from && r < to) out.push(r);
    for (let k = foundFrom[span]!; k < foundFrom[span + 1]!; k++) {
      const list = anchored[found[k]!]!;
      for (let j = 0; j < list.length; j++) {
        const r = list[j]!;
        if (r >= from && r < to && this.mayMatch(r, span)) out.push(r);
      }
    }
    // Increasing order; the lists are short, so an insertion sort (no comparator calls).
    for (let i = 1; i < out.length; i++) {
      const r = out[i]!;
      let j = i - 1;
      while (j >= 0 && out[j]! > r) out[j + 1] = out[j--]!;
      out[j + 1] = r;
    }
    return out;
  }

  /** False when span `span` lacks a word that every match of regex `regex` (its index) contains. */
  mayMatch(regex: number, span: number): boolean {
    const { from, sets } = this.required;
    const seen = this.seen;
    const base = span * this.width;
    for (let k = from[regex]!, end = from[regex + 1]!; k < end; k++) if (seen[base + sets[k]!] === 0) return false;
    return true;
  }
}
