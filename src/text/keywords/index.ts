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

/** Bytes of a buffer for the presences' marks (see marks()): the marks of some 30 articles of average length. */
const MARKS_BUFFER = 256 * 1024;

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
  /** Bytes per span in a presence's marks: the set count rounded up to whole 32-bit words (see candidates()). */
  private readonly width: number;
  private readonly packed: PackedScanner;
  /** Per set: the regexes anchored on it (each regex is anchored on one of its required sets); then those with none. */
  private readonly anchored: number[][];
  private readonly unanchored: number[];
  /**
   * Per set anchoring some regex (numbered first, by the least regex each anchors): that least regex. candidates()
   * for regexes below `to` reads the marks of the sets whose least regex is below `to`, and of no set past them.
   */
  private readonly anchorLeast: Int32Array;
  /** The buffer marks() cuts from, and how much of it is handed out. */
  private buffer: ArrayBuffer | null = null;
  private used = 0;

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
    // Renumber the sets, those anchoring a regex first, by the least regex they anchor, then the rest: candidates()
    // then reads only the first marks of a span, as no regex is found through the others, and of those only the
    // sets anchoring a regex of the range asked about (the phrase rules, numbered first, are asked about alone).
    // Each list of anchored regexes is in increasing order, so its first is its least.
    const least = (id: number) => this.anchored[id]![0] ?? Infinity;
    const order = [...this.anchored.keys()].sort((a, b) => least(a) - least(b) || a - b);
    const renumbered = new Int32Array(order.length);
    order.forEach((id, k) => (renumbered[id] = k));
    this.anchored = order.map((id) => this.anchored[id]!);
    this.anchorLeast = Int32Array.from(this.anchored.filter((list) => list.length > 0).map((list) => list[0]!));
    for (const sets of this.setsOfPattern) sets.forEach((id, k) => (sets[k] = renumbered[id]!));
    for (const sets of required) sets?.forEach((id, k) => (sets[k] = renumbered[id]!));
    const from = new Int32Array(regexes.length + 1);
    required.forEach((sets, r) => (from[r + 1] = from[r]! + (sets?.length ?? 0)));
    this.required = { from, sets: Int32Array.from(required.flatMap((sets) => sets ?? [])) };
    const isReported: boolean[] = [];
    for (const w of reported) if (w) isReported[pattern(w)] = true;
    this.width = Math.ceil(setIds.size / 4) * 4;
    this.scanner = new KeywordScanner([...patternIds.keys()]);
    this.packed = this.scanner.pack(
      this.setsOfPattern,
      Array.from({ length: patternIds.size }, (_, p) => isReported[p] === true),
    );
  }

  /**
   * `length` zeroed bytes for a presence's marks, cut from a shared buffer never handed out twice (a new one once it
   * is used up): a typed array of its own costs an allocation outside the heap, about as long as scanning a short
   * article. A buffer stays alive while a presence cut from it does.
   */
  private marks(length: number): Uint8Array {
    if (length > MARKS_BUFFER / 4) return new Uint8Array(length);
    if (this.buffer === null || this.used + length > MARKS_BUFFER) {
      this.buffer = new ArrayBuffer(MARKS_BUFFER);
      this.used = 0;
    }
    const marks = new Uint8Array(this.buffer, this.used, length);
    this.used += length;
    return marks;
  }

  /** Which of the word sets occur in each span, and where reported words end, found in one pass over the spans. */
  presence(text: string, spans: readonly Span[]): KeywordPresence {
    const width = this.width;
    const seen = this.marks(Math.max(4, width * spans.length));
    const ends: number[] = [];
    // Two spans at a time (markAndReportPair), in order, so the reported ends come out increasing.
    let si = 0;
    for (; si + 1 < spans.length; si += 2) {
      const a = spans[si]!;
      const b = spans[si + 1]!;
      this.scanner.markAndReportPair(text, a.start, a.end, si * width, b.start, b.end, (si + 1) * width, this.packed, seen, ends);
    }
    if (si < spans.length) this.scanner.markAndReport(text, spans[si]!.start, spans[si]!.end, this.packed, seen, si * width, ends);
    return new KeywordPresence(seen, spans.length, width, this.required, ends, {
      anchored: this.anchored,
      unanchored: this.unanchored,
      anchorLeast: this.anchorLeast,
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
  /** The same marks read four sets at a time (a span's row is whole words), so candidates() skips unmarked ones fast. */
  private readonly quads: Uint32Array;

  constructor(
    /** seen[span * width + set] = 1 where span holds a word of the set; `width` is a multiple of 4. */
    private readonly seen: Uint8Array,
    private readonly spanCount: number,
    private readonly width: number,
    private readonly required: RequiredSets,
    /** End offsets of the reported words in the scanned spans, increasing. */
    readonly reportedEnds: readonly number[] = [],
    /** The regexes anchored on each set, those with none, and the least regex each anchoring set (numbered first) anchors. */
    private readonly index: {
      anchored: readonly number[][];
      unanchored: readonly number[];
      anchorLeast: Int32Array;
    },
  ) {
    this.quads = new Uint32Array(seen.buffer, seen.byteOffset, seen.length >> 2);
  }

  /** The same presence for a subset of the spans, renumbered in the order given. */
  select(spans: readonly number[]): KeywordPresence {
    // Every span kept, in order (the common case): the same presence.
    if (spans.length === this.spanCount && spans.every((from, to) => from === to)) return this;
    const seen = new Uint8Array(Math.max(4, spans.length * this.width));
    spans.forEach((from, to) => seen.set(this.seen.subarray(from * this.width, (from + 1) * this.width), to * this.width));
    return new KeywordPresence(seen, spans.length, this.width, this.required, this.reportedEnds, this.index);
  }

  /**
   * The regexes with index in [from, to) that may match in span `span` (mayMatch true), in increasing order.
   * Found from the sets present in the span, so a span holding few keywords costs little however many regexes.
   */
  candidates(span: number, from: number, to: number): number[] {
    const { anchored, unanchored, anchorLeast } = this.index;
    const { seen, quads } = this;
    const out: number[] = [];
    for (const r of unanchored) if (r >= from && r < to) out.push(r);
    // The sets anchoring a regex below `to`: a prefix of the anchoring sets, found by bisection.
    let anchors = 0;
    for (let hi = anchorLeast.length; anchors < hi;) {
      const mid = (anchors + hi) >> 1;
      if (anchorLeast[mid]! < to) anchors = mid + 1;
      else hi = mid;
    }
    for (let q = (span * this.width) >> 2, qEnd = q + ((anchors + 3) >> 2), set = 0; q < qEnd; q++, set += 4) {
      if (quads[q] === 0) continue;
      for (let k = set; k < set + 4; k++) {
        if (seen[span * this.width + k] === 0) continue;
        const list = anchored[k]!;
        // The list is in increasing order: the regexes past `to` (a set of the rules' words anchors many of the
        // rules' branches, numbered after them) are not walked.
        for (let j = 0; j < list.length; j++) {
          const r = list[j]!;
          if (r >= to) break;
          if (r >= from && this.mayMatch(r, span)) out.push(r);
        }
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

  /** Whether any regex with index in [from, to) may match in span `span` (mayMatch true for one of them). */
  anyMayMatch(from: number, to: number, span: number): boolean {
    const required = this.required;
    const seen = this.seen;
    const base = span * this.width;
    // mayMatch inlined, regex after regex: asked for the many branches of a rule, most of them shut.
    next: for (let r = from; r < to; r++) {
      for (let k = required.from[r]!, end = required.from[r + 1]!; k < end; k++) if (seen[base + required.sets[k]!] === 0) continue next;
      return true;
    }
    return false;
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
