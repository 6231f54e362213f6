// One pass over a text finding every occurrence of many literal strings at once (Aho–Corasick as a dense DFA).
// The extractor's rules are regexes; each names words that any match must contain, so one scan for those words
// tells which sentences a rule can match at all, and the regex runs only there.

/** A scanner's DFA with one use's labels and reported patterns (KeywordScanner.pack). */
export interface PackedScanner {
  /**
   * row[state * width + class] = (next state << 2) | (1 when labels end there) | (2 when a reported pattern ends
   * there). Two bytes an entry where the states allow it (see pack).
   */
  row: Uint16Array | Int32Array;
  width: number;
  /** Labels per state: list[start[state] .. start[state + 1]]. */
  start: Int32Array;
  list: Int32Array;
}

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
  /** markAndReportPair's scratch lists: the states where labels end, the offsets where reported patterns end. */
  private labelled = new Int32Array(0);
  private reportedAt = new Int32Array(0);

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
   * The DFA packed for one use by markAndReport(): labels[p] lists pattern p's labels, reported[p] says whether
   * pattern p's end offsets are wanted. Each transition holds the next state, shifted left twice, with its low bits
   * telling what ends in that state, so the loop reads one table entry per character and nothing more where nothing
   * ends. The table is read for every character of every article and is larger than the processor's caches, so it
   * is kept small: rows as wide as the alphabet (not a power of two: a multiply finds a row) and two bytes an entry
   * where the states number fewer than 2^14 (the lexicon's have some 5000: rows of 64 four-byte entries made 1.3 MB,
   * these 0.35 MB; the scan run after the other stages, as in a batch, takes about a tenth less).
   */
  pack(labels: ReadonlyArray<readonly number[]>, reported: readonly boolean[]): PackedScanner {
    const states = this.outStart.length - 1;
    const width = this.width;
    const start = new Int32Array(states + 1);
    const list: number[] = [];
    const report = new Uint8Array(states);
    for (let s = 0; s < states; s++) {
      start[s] = list.length;
      const seen = new Set<number>();
      for (let k = this.outStart[s]!; k < this.outStart[s + 1]!; k++) {
        const p = this.outList[k]!;
        for (const l of labels[p] ?? []) seen.add(l);
        if (reported[p]) report[s] = 1;
      }
      list.push(...seen);
    }
    start[states] = list.length;
    if (states * width >= 2 ** 31 || states >= 2 ** 29) throw new RangeError("keyword scanner too large to pack");
    const row = states < 2 ** 14 ? new Uint16Array(states * width) : new Int32Array(states * width);
    for (let s = 0; s < states; s++) {
      for (let c = 0; c < width; c++) {
        const t = this.next[s * width + c]!;
        row[s * width + c] = (t << 2) | (start[t + 1]! > start[t]! ? 1 : 0) | (report[t] === 1 ? 2 : 0);
      }
    }
    return { row, width, start, list: Int32Array.from(list) };
  }

  /**
   * For every pattern occurring in text[from, to): sets marks[base + label] = 1 for each of its labels; and pushes
   * the end offset of each reported pattern to `ends`, in increasing order (once per offset however many reported
   * patterns end there). The pair walk with no second span.
   */
  markAndReport(text: string, from: number, to: number, packed: PackedScanner, marks: Uint8Array, base: number, ends: number[]): void {
    this.markAndReportPair(text, from, to, base, to, to, base, packed, marks, ends);
  }

  /**
   * markAndReport over two spans at once, the first ending before the second starts: their ends are pushed in
   * that order. Each character's step needs the state the step before reached, so one walk waits on a table read
   * per character; two independent walks interleaved keep two reads in flight, and a pair costs little more than
   * its longer span.
   * The hot loop of the extractor's prefilter: one table read per character and no branch. Something ends at about
   * one character in six («لم» ends inside «العالم», «السلام» …), too often and too irregularly for a branch to be
   * predicted, so the loop writes every character's state and end offset to a scratch list and advances each list's
   * length by the flag bit alone; the labels and ends are read back from the lists afterwards.
   */
  markAndReportPair(
    text: string,
    fromA: number,
    toA: number,
    baseA: number,
    fromB: number,
    toB: number,
    baseB: number,
    packed: PackedScanner,
    marks: Uint8Array,
    ends: number[],
  ): void {
    const { classOf } = this;
    const { row, width } = packed;
    // An empty or reversed span walks nothing.
    const lengthA = Math.max(0, toA - fromA);
    const lengthB = Math.max(0, toB - fromB);
    // Each list gets at most one entry per character of the spans (twice the room, so few spans grow them).
    if (this.labelled.length <= lengthA + lengthB + 1) {
      this.labelled = new Int32Array(2 * (lengthA + lengthB) + 2);
      this.reportedAt = new Int32Array(2 * (lengthA + lengthB) + 2);
    }
    // A's entries fill the lists from the front, B's from just past A's room. The lists hold states; `at` is the
    // state's row.
    const { labelled, reportedAt } = this;
    const roomB = lengthA + 1;
    let atA = 0;
    let atB = 0;
    let nLabelledA = 0;
    let nReportedA = 0;
    let nLabelledB = roomB;
    let nReportedB = roomB;
    const common = Math.min(lengthA, lengthB);
    for (let k = 0; k < common; k++) {
      const iA = fromA + k;
      const iB = fromB + k;
      const vA = row[atA + classOf[text.charCodeAt(iA)]!]!;
      const vB = row[atB + classOf[text.charCodeAt(iB)]!]!;
      const sA = vA >> 2;
      const sB = vB >> 2;
      atA = Math.imul(sA, width);
      atB = Math.imul(sB, width);
      labelled[nLabelledA] = sA;
      nLabelledA += vA & 1;
      reportedAt[nReportedA] = iA + 1;
      nReportedA += (vA >> 1) & 1;
      labelled[nLabelledB] = sB;
      nLabelledB += vB & 1;
      reportedAt[nReportedB] = iB + 1;
      nReportedB += (vB >> 1) & 1;
    }
    // Only the longer span has characters left: its walk goes on alone.
    const aLonger = lengthA > lengthB;
    let at = aLonger ? atA : atB;
    let nLabelled = aLonger ? nLabelledA : nLabelledB;
    let nReported = aLonger ? nReportedA : nReportedB;
    for (let i = (aLonger ? fromA : fromB) + common, end = aLonger ? fromA + lengthA : fromB + lengthB; i < end; i++) {
      const v = row[at + classOf[text.charCodeAt(i)]!]!;
      const state = v >> 2;
      at = Math.imul(state, width);
      labelled[nLabelled] = state;
      nLabelled += v & 1;
      reportedAt[nReported] = i + 1;
      nReported += (v >> 1) & 1;
    }
    if (aLonger) {
      nLabelledA = nLabelled;
      nReportedA = nReported;
    } else {
      nLabelledB = nLabelled;
      nReportedB = nReported;
    }
    this.markLabels(0, nLabelledA, packed, marks, baseA);
    this.markLabels(roomB, nLabelledB, packed, marks, baseB);
    for (let e = 0; e < nReportedA; e++) ends.push(reportedAt[e]!);
    for (let e = roomB; e < nReportedB; e++) ends.push(reportedAt[e]!);
  }

  /**
   * Marks the labels of the states in labelled[from, to) at marks[base + label]. A mark is stored without reading it
   * first (marking again is harmless).
   */
  private markLabels(from: number, to: number, packed: PackedScanner, marks: Uint8Array, base: number): void {
    const { labelled } = this;
    const { start, list } = packed;
    for (let e = from; e < to; e++) {
      const state = labelled[e]!;
      const b = start[state + 1]!;
      for (let k = start[state]!; k < b; k++) marks[base + list[k]!] = 1;
    }
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
