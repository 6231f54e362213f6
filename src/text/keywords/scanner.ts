// One pass over a text finding every occurrence of many literal strings at once (Aho–Corasick as a dense DFA).
// The extractor's rules are regexes; each names words that any match must contain, so one scan for those words
// tells which sentences a rule can match at all, and the regex runs only there.

/** Characters outside every pattern share one class: they only ever lead back to the root. */
const OTHER = 0;

/**
 * Finds every occurrence of a fixed set of strings in one left-to-right pass, whatever their number.
 * Example: new KeywordScanner(["شرط", "شروط"]).scan("دون شروط مسبقة", (p, end) => …) → (1, 8)
 */
export class KeywordScanner {
  readonly patterns: readonly string[];
  /** Character code → alphabet class (0 = a character no pattern uses). */
  private readonly classOf: Uint8Array | Uint16Array;
  private readonly width: number;
  /** next[state * width + class] → state. */
  private readonly next: Int32Array;
  /** Patterns ending at a state: outStart[state] .. outStart[state + 1] into outList. */
  private readonly outStart: Int32Array;
  private readonly outList: Int32Array;

  constructor(patterns: readonly string[]) {
    this.patterns = patterns;
    const classes = new Map<number, number>();
    for (const p of patterns)
      for (let i = 0; i < p.length; i++) if (!classes.has(p.charCodeAt(i))) classes.set(p.charCodeAt(i), classes.size + 1);
    this.width = classes.size + 1;
    this.classOf = this.width < 256 ? new Uint8Array(65536) : new Uint16Array(65536);
    for (const [code, cls] of classes) this.classOf[code] = cls;

    // The trie.
    const trie: number[][] = [new Array<number>(this.width).fill(-1)];
    const ends: number[][] = [[]];
    patterns.forEach((p, index) => {
      if (p.length === 0) return;
      let state = 0;
      for (let i = 0; i < p.length; i++) {
        const cls = this.classOf[p.charCodeAt(i)]!;
        if (trie[state]![cls]! < 0) {
          trie[state]![cls] = trie.length;
          trie.push(new Array<number>(this.width).fill(-1));
          ends.push([]);
        }
        state = trie[state]![cls]!;
      }
      ends[state]!.push(index);
    });

    // Failure links breadth first, completing the trie into a DFA and merging each state's outputs with its
    // failure state's (a pattern that is a suffix of another ends where the longer one does).
    const states = trie.length;
    const next = new Int32Array(states * this.width);
    const fail = new Int32Array(states);
    const queue: number[] = [];
    for (let c = 0; c < this.width; c++) {
      const s = trie[0]![c]!;
      next[c] = s < 0 ? 0 : s;
      if (s > 0) queue.push(s);
    }
    next[OTHER] = 0;
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head]!;
      const out = ends[state]!;
      for (const p of ends[fail[state]!]!) out.push(p);
      for (let c = 0; c < this.width; c++) {
        const s = trie[state]![c]!;
        if (s < 0 || c === OTHER) {
          next[state * this.width + c] = c === OTHER ? 0 : next[fail[state]! * this.width + c]!;
          continue;
        }
        fail[s] = next[fail[state]! * this.width + c]!;
        next[state * this.width + c] = s;
        queue.push(s);
      }
    }
    this.next = next;
    this.outStart = new Int32Array(states + 1);
    let total = 0;
    for (let s = 0; s < states; s++) {
      this.outStart[s] = total;
      total += ends[s]!.length;
    }
    this.outStart[states] = total;
    this.outList = new Int32Array(total);
    for (let s = 0, k = 0; s < states; s++) for (const p of ends[s]!) this.outList[k++] = p;
  }

  /**
   * Labels per state: every label of every pattern ending there, without repeats, for mark().
   * labels[p] lists pattern p's labels.
   */
  labelStates(labels: ReadonlyArray<readonly number[]>): { start: Int32Array; list: Int32Array } {
    const states = this.outStart.length - 1;
    const start = new Int32Array(states + 1);
    const list: number[] = [];
    for (let s = 0; s < states; s++) {
      start[s] = list.length;
      const seen = new Set<number>();
      for (let k = this.outStart[s]!; k < this.outStart[s + 1]!; k++) for (const l of labels[this.outList[k]!]!) seen.add(l);
      list.push(...seen);
    }
    start[states] = list.length;
    return { start, list: Int32Array.from(list) };
  }

  /**
   * Sets marks[base + label] = 1 for every label (see labelStates) of every pattern occurring in text[from, to).
   * The hot loop of the extractor's prefilter: no call per occurrence.
   */
  mark(text: string, from: number, to: number, labels: { start: Int32Array; list: Int32Array }, marks: Uint8Array, base: number): void {
    const { classOf, next, width } = this;
    const { start, list } = labels;
    let state = 0;
    for (let i = from; i < to; i++) {
      state = next[state * width + classOf[text.charCodeAt(i)]!]!;
      const b = start[state + 1]!;
      for (let k = start[state]!; k < b; k++) marks[base + list[k]!] = 1;
    }
  }

  /**
   * mark(), and also the end offset of every occurrence of a pattern whose `report` flag is set, pushed to `ends`
   * in increasing order (once per offset however many such patterns end there), and each label newly marked
   * pushed to `labelsFound`. reportStates() builds the flags.
   */
  markAndReport(
    text: string,
    from: number,
    to: number,
    labels: { start: Int32Array; list: Int32Array },
    marks: Uint8Array,
    base: number,
    report: Uint8Array,
    ends: number[],
    labelsFound: number[],
  ): void {
    const { classOf, next, width } = this;
    const { start, list } = labels;
    let state = 0;
    for (let i = from; i < to; i++) {
      state = next[state * width + classOf[text.charCodeAt(i)]!]!;
      const b = start[state + 1]!;
      for (let k = start[state]!; k < b; k++) {
        const at = base + list[k]!;
        if (marks[at] === 0) {
          marks[at] = 1;
          labelsFound.push(list[k]!);
        }
      }
      if (report[state] === 1) ends.push(i + 1);
    }
  }

  /** Flags per state: 1 where a pattern with reported[pattern] true ends, for markAndReport(). */
  reportStates(reported: readonly boolean[]): Uint8Array {
    const states = this.outStart.length - 1;
    const flags = new Uint8Array(states);
    for (let s = 0; s < states; s++) {
      for (let k = this.outStart[s]!; k < this.outStart[s + 1]!; k++) if (reported[this.outList[k]!]) flags[s] = 1;
    }
    return flags;
  }

  /**
   * Calls found(pattern, end) for every occurrence in text[from, to), in order of their end offsets.
   * Example: scan("ورحيل الاسد", found) with patterns ["رحيل", "الاسد"] → found(0, 5), found(1, 11)
   */
  scan(text: string, found: (pattern: number, end: number) => void, from = 0, to = text.length): void {
    const { classOf, next, outStart, outList, width } = this;
    let state = 0;
    for (let i = from; i < to; i++) {
      state = next[state * width + classOf[text.charCodeAt(i)]!]!;
      const a = outStart[state]!;
      const b = outStart[state + 1]!;
      for (let k = a; k < b; k++) found(outList[k]!, i + 1);
    }
  }
}
