// A class of words or phrases of the lexicon (compose.*), found by looking each word of the text up in a table
// rather than by running a regex of many alternatives at every position (several times faster on long articles).
import { escapeRegExp } from "../text/escape";
import { normaliseTerm } from "../text/normalise";
import { isWhiteSpace } from "../text/sentences";
import type { Hit } from "./passes/scan";

const LETTER_FROM = 0x0621;
const LETTER_TO = 0x064a;
const isLetter = (c: number) => c >= LETTER_FROM && c <= LETTER_TO;
const isWordChar = (c: number) => isLetter(c) || (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);
/**
 * Per code unit, what isLetter and isWordChar say of it: 1 for a letter, 2 for another character of a word (Latin
 * lower case, a digit), 0 for none. One load and one test per character for ClassSet.matchRange, which reads every
 * character of the sentences it looks up.
 */
const WORD_CLASS = (() => {
  const table = new Uint8Array(65536);
  for (let c = 0; c < 65536; c++) table[c] = isLetter(c) ? 1 : isWordChar(c) ? 2 : 0;
  return table;
})();

interface Entry {
  /** The entry's words after the first. */
  rest: string[];
  /** «*» at the end: the last word may go on. */
  open: boolean;
  /** The first code unit of the second word, or -1 (no second word, or an empty one). */
  lead: number;
}

/** The serial of the next WordClass made. */
let serials = 0;

export class WordClass {
  /** Entries by their first word (bare, as written in the data after normalising), longest first. */
  readonly byFirst = new Map<string, Entry[]>();
  /** Entries whose only word is open («شرط*»), by that word's stem. */
  readonly openStems: string[] = [];
  /** The same class as one regex, for the keyword prefilter (requiredWords reads its source) and for tests. */
  readonly regex: RegExp;
  /** This class alone as a ClassSet, for find(), made on first use. */
  private alone?: ClassSet;
  /** A number told to no other class, so a ClassSet finds a class's id by index (idOf runs for every lookup). */
  readonly serial = serials++;

  /**
   * @param prepositions the clitics after و/ف that a word may carry: «بكل» for nouns, «بل» for verbs and particles
   *   («كيري» is a name, not «ك» + «يري»). ل before ال is written لل.
   */
  constructor(
    entries: readonly string[],
    readonly prepositions = "بكل",
  ) {
    const normal = [...new Set(entries.map((e) => normaliseTerm(e).trim().replace(/\s+/g, " ")))].filter(
      (e) => e.replace("*", "").length > 0,
    );
    for (const e of normal) {
      const open = e.endsWith("*");
      const words = (open ? e.slice(0, -1) : e).split(" ");
      if (open && words.length === 1) this.openStems.push(words[0]!);
      const list = this.byFirst.get(words[0]!) ?? [];
      list.push({ rest: words.slice(1), open, lead: words.length > 1 && words[1]!.length > 0 ? words[1]!.charCodeAt(0) : -1 });
      list.sort((a, b) => b.rest.length - a.rest.length);
      this.byFirst.set(words[0]!, list);
    }
    this.regex = regexOf(normal, prepositions);
  }

  /**
   * Every match that starts inside [from, to) of `text`, clitics included, leftmost and longest first, not
   * overlapping. Example: new WordClass(["الاسد"]).find("قال وللاسد", 0, 10) → [{index: 4, text: "وللاسد"}]
   */
  find(text: string, from: number, to: number): Hit[] {
    // Without open entries the table lookup finds the same hits without cutting every word out of the text.
    if (this.openStems.length === 0) return (this.alone ??= new ClassSet([this])).matchRange(text, from, to)[0] ?? [];
    const hits: Hit[] = [];
    let after = -1;
    for (const t of tokenize(text, from, to)) {
      if (t.start < after) continue;
      const matched = this.matchAt(text, t);
      if (matched > 0) {
        hits.push({ index: t.start, text: text.slice(t.start, matched) });
        after = matched;
      }
    }
    return hits;
  }

  /** The end of the longest entry read at word t, or -1. */
  matchAt(text: string, t: Token): number {
    for (let r = 0; r < t.forms.length; r++) {
      const prep = t.preps[r]!;
      if (prep !== "" && !this.prepositions.includes(prep)) continue;
      const bare = t.forms[r]!;
      let best = -1;
      const list = this.byFirst.get(bare);
      if (list) {
        for (const e of list) {
          best = e.rest.length === 0 ? t.end : followedBy(text, t.end, e.rest, e.open);
          if (best > 0) break;
        }
      }
      if (best < 0) for (const stem of this.openStems) if (bare.startsWith(stem)) best = t.end;
      if (best > 0) return best;
    }
    return -1;
  }
}

/** A word of the text and the forms it may be read as once its clitics are taken off. */
export interface Token {
  start: number;
  end: number;
  /** As written; without و/ف; without a preposition (لل → ال); without both. */
  forms: string[];
  /** Per form: the preposition taken off it ("" for none), so a verb class can refuse «ك». */
  preps: string[];
}

/**
 * The words starting in [from, to) (a word running on past `to` is read whole).
 * Example: tokenize("وللاسد قال", 0, 10)[0].forms → ["وللاسد", "الاسد"? …] (as written, without و, then لل → ال)
 */
export function tokenize(text: string, from: number, to: number): Token[] {
  const tokens: Token[] = [];
  forEachWord(text, from, to, (start, end) => {
    const forms: string[] = [];
    const preps: string[] = [];
    readings(text.slice(start, end), forms, preps);
    tokens.push({ start, end, forms, preps });
  });
  return tokens;
}

/** Calls `visit` with each Arabic word [start, end) starting in [from, to) (one running on past `to` is whole). */
function forEachWord(text: string, from: number, to: number, visit: (start: number, end: number) => void): void {
  let i = Math.max(0, from);
  if (i > 0 && isWordChar(text.charCodeAt(i - 1))) while (i < to && isWordChar(text.charCodeAt(i))) i++;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (!isWordChar(c)) {
      i++;
      continue;
    }
    let end = i;
    while (end < text.length && isWordChar(text.charCodeAt(end))) end++;
    if (isLetter(c)) visit(i, end);
    i = end;
  }
}

/** The word with its clitics taken off: as written, without a preposition (لل → ال), without و/ف, without both. */
function readings(word: string, forms: string[], preps: string[]): void {
  forms.push(word);
  preps.push("");
  unprep(word, forms, preps);
  if ((word[0] === "و" || word[0] === "ف") && word.length > 2) {
    const conj = word.slice(1);
    forms.push(conj);
    preps.push("");
    unprep(conj, forms, preps);
  }
}

function unprep(w: string, forms: string[], preps: string[]): void {
  const p = w[0]!;
  if (w.length > 2 && (p === "ب" || p === "ك" || p === "ل")) {
    forms.push(p === "ل" && w[1] === "ل" ? `ال${w.slice(2)}` : w.slice(1));
    preps.push(p);
  }
}

/** The first position after the whitespace at `end`, or -1 when no whitespace follows `end`. */
function nextWordStart(text: string, end: number): number {
  let s = end;
  while (s < text.length && isWhiteSpace(text.charCodeAt(s))) s++;
  return s === end ? -1 : s;
}

/** Where the entry's remaining words end if they follow `end` (whitespace between), else -1. */
function followedBy(text: string, end: number, rest: readonly string[], open: boolean): number {
  let at = end;
  for (let k = 0; k < rest.length; k++) {
    let s = at;
    while (s < text.length && isWhiteSpace(text.charCodeAt(s))) s++;
    if (s === at) return -1;
    const w = rest[k]!;
    if (!text.startsWith(w, s)) return -1;
    let e = s + w.length;
    const last = k === rest.length - 1;
    if (last && open) while (e < text.length && isLetter(text.charCodeAt(e))) e++;
    else if (e < text.length && isWordChar(text.charCodeAt(e))) return -1;
    at = e;
  }
  return at;
}

/** The class as one regex of whole words behind the clitics, longest entries first. */
function regexOf(entries: readonly string[], prepositions: string): RegExp {
  const alternatives = [...entries]
    .sort((a, b) => b.length - a.length)
    .map((e) => {
      const open = e.endsWith("*");
      const body = (open ? e.slice(0, -1) : e).split(" ").map(escapeRegExp).join("\\s+");
      const tail = open ? "[\\u0621-\\u064A]*" : "";
      const before = prepositions.replace("ل", "");
      const ofArticle = body.startsWith("ال") ? `(?:[${before}]?${body}${prepositions.includes("ل") ? `|لل${body.slice(2)}` : ""})` : "";
      return ofArticle ? `${ofArticle}${tail}` : `[${prepositions}]?${body}${tail}`;
    });
  return new RegExp(`(?<![\\u0621-\\u064Aa-z0-9])[وف]?(?:${alternatives.join("|")})(?![\\u0621-\\u064A])`, "g");
}

/**
 * Many classes looked up together: one table from a word's first form to the classes with an entry starting
 * there, so a sentence's words are looked up once for all of them.
 * Example: const set = new ClassSet([a, b]); set.matchRange(text, 0, text.length)[set.idOf(a)] → a's hits
 */
export class ClassSet {
  private readonly classes: readonly WordClass[];
  /**
   * The first words of entries (slots), flat: a lookup runs for many words of a sentence read («في», «لا», «من»
   * start entries of several classes), and reading typed arrays side by side rather than an object per word, its
   * list of classes and a list of entries per class, it meets fewer cold cache lines amid the other passes. Slot
   * k's letters are letters[letterFrom[k] .. letterFrom[k + 1]], and its word as a string words[k].
   */
  private readonly words: string[];
  private readonly letters: Uint16Array;
  private readonly letterFrom: Int32Array;
  /**
   * Per slot, its classes (pairs pairFrom[k] .. pairFrom[k + 1]): per pair the class's id, whether the word alone
   * is an entry of it, and its entries of several words (longest first), longer[entryFrom[p] .. entryFrom[p + 1]].
   */
  private readonly pairFrom: Int32Array;
  private readonly pairId: Int32Array;
  private readonly pairAlone: Uint8Array;
  private readonly entryFrom: Int32Array;
  private readonly longer: Entry[];
  /**
   * The first words by their hash, open addressing: cell r is cells[2r] (a word's hash) and cells[2r + 1] (1 + the
   * word's slot, 0 for an empty cell); a hash's probe starts at row hash & rowMask and goes on to the
   * next row until an empty cell. Flat and typed rather than rows of slots: a lookup reads one or two neighbouring
   * numbers, not a row, then a slot, then its hash, and no hash outside the small-integer range is boxed.
   */
  private readonly cells: Int32Array;
  /** The table's rows (a power of two) less one. */
  private readonly rowMask: number;
  /** Per class: whether it takes «ب», «ك», «ل» before a word (the prepositions matchRange takes off). */
  private readonly takesBeh: boolean[];
  private readonly takesKaf: boolean[];
  private readonly takesLam: boolean[];
  private readonly open: number[];
  /**
   * The first two letters (as one number: first << 16 | second) of the open classes' open stems, or null where a stem
   * is shorter than two letters (then every word is read whole).
   */
  private readonly openLeads: Set<number> | null;
  /** One bit per hash of a first word (modulo the filter's size): a clear bit refuses a word at once. */
  private readonly filter: Int32Array;
  /** The filter's length (a power of two) less one: a hash's bit is in filter[(hash >>> 5) & filterMask]. */
  private readonly filterMask: number;
  /** Each class's id at its serial less the least serial in the set (-1 for a serial of no class in the set). */
  private readonly idBySerial: Int32Array;
  private readonly firstSerial: number;
  /** Per class: where its last hit ended, and the word it was found at (reused from one range to the next). */
  private after = new Int32Array(0);
  private done = new Int32Array(0);

  constructor(classes: readonly WordClass[]) {
    this.classes = classes;
    this.firstSerial = Math.min(...classes.map((c) => c.serial));
    this.idBySerial = new Int32Array(Math.max(0, ...classes.map((c) => c.serial - this.firstSerial + 1))).fill(-1);
    classes.forEach((c, id) => (this.idBySerial[c.serial - this.firstSerial] = id));
    // At least four rows per first word, so a probe meets few cells (and a class alone gets a small table).
    const firstWords = classes.reduce((n, c) => n + c.byFirst.size, 0);
    let rows = 16;
    while (rows < 4 * firstWords) rows *= 2;
    this.rowMask = rows - 1;
    this.cells = new Int32Array(2 * rows);
    // FILTER_BITS_PER_WORD bits per first word: a word passes by chance about once in that many, and the filter
    // stays small enough to be read from the cache (it is read for nearly every word of the text).
    let bits = 32;
    while (bits < FILTER_BITS_PER_WORD * firstWords) bits *= 2;
    this.filter = new Int32Array(bits >>> 5);
    this.filterMask = (bits >>> 5) - 1;
    const slotOf = new Map<string, FirstWord>();
    const slots: FirstWord[] = [];
    classes.forEach((c, id) => {
      for (const word of c.byFirst.keys()) {
        const h = suffixHash(word, 0, word.length);
        this.filter[(h >>> 5) & this.filterMask]! |= 1 << (h & 31);
        let slot = slotOf.get(word);
        if (!slot) {
          slotOf.set(word, (slot = { word, ids: [], longer: [], alone: [] }));
          slots.push(slot);
          // The table has four rows per first word at least, so an empty cell is never far.
          let r = h & this.rowMask;
          while (this.cells[2 * r + 1] !== 0) r = (r + 1) & this.rowMask;
          this.cells[2 * r] = h;
          this.cells[2 * r + 1] = slots.length;
        }
        if (!slot.ids.includes(id)) {
          const list = c.byFirst.get(word)!;
          slot.ids.push(id);
          slot.longer.push(list.filter((e) => e.rest.length > 0));
          slot.alone.push(list.some((e) => e.rest.length === 0));
        }
      }
    });
    this.words = slots.map((slot) => slot.word);
    this.letterFrom = new Int32Array(slots.length + 1);
    slots.forEach((slot, k) => (this.letterFrom[k + 1] = this.letterFrom[k]! + slot.word.length));
    this.letters = new Uint16Array(this.letterFrom[slots.length]!);
    slots.forEach((slot, k) => {
      for (let i = 0; i < slot.word.length; i++) this.letters[this.letterFrom[k]! + i] = slot.word.charCodeAt(i);
    });
    this.pairFrom = new Int32Array(slots.length + 1);
    slots.forEach((slot, k) => (this.pairFrom[k + 1] = this.pairFrom[k]! + slot.ids.length));
    const pairs = this.pairFrom[slots.length]!;
    this.pairId = Int32Array.from(slots.flatMap((slot) => slot.ids));
    this.pairAlone = Uint8Array.from(slots.flatMap((slot) => slot.alone.map((alone) => (alone ? 1 : 0))));
    const longer = slots.flatMap((slot) => slot.longer);
    this.entryFrom = new Int32Array(pairs + 1);
    longer.forEach((list, p) => (this.entryFrom[p + 1] = this.entryFrom[p]! + list.length));
    this.longer = longer.flat();
    this.open = classes.flatMap((c, id) => (c.openStems.length > 0 ? [id] : []));
    const stems = this.open.flatMap((id) => classes[id]!.openStems);
    this.openLeads = stems.every((stem) => stem.length >= 2)
      ? new Set(stems.map((stem) => (stem.charCodeAt(0) << 16) | stem.charCodeAt(1)))
      : null;
    this.takesBeh = classes.map((c) => c.prepositions.includes("ب"));
    this.takesKaf = classes.map((c) => c.prepositions.includes("ك"));
    this.takesLam = classes.map((c) => c.prepositions.includes("ل"));
  }

  /** The id under which matchRange() lists a class's hits (-1 for a class not in the set). */
  idOf(c: WordClass): number {
    const at = c.serial - this.firstSerial;
    return at >= 0 && at < this.idBySerial.length ? this.idBySerial[at]! : -1;
  }

  /**
   * Each class's hits (by class id) among the words starting in [from, to), as WordClass.find gives them. Each
   * reading of a word (as written, without ب/ك/ل, without و/ف, without both) is looked up by a hash of its
   * letters, so no word is cut out of the text unless it matches.
   */
  matchRange(text: string, from: number, to: number): Array<Hit[] | undefined> {
    const n = this.classes.length;
    // Only the classes with a hit get a list (most sentences hit few); the per-class positions are reused.
    const out: Array<Hit[] | undefined> = new Array<Hit[] | undefined>(n);
    if (this.after.length < n) ((this.after = new Int32Array(n)), (this.done = new Int32Array(n)));
    const { after, done, open } = this;
    // A loop rather than fill(): a set has a few dozen classes at most, fewer than a builtin call costs.
    for (let id = 0; id < n; id++) {
      after[id] = -1;
      done[id] = -1;
    }
    // The words as forEachWord() reads them, inlined: this loop runs for every word of every sentence read.
    let i = Math.max(0, from);
    if (i > 0 && isWordChar(text.charCodeAt(i - 1))) while (i < to && isWordChar(text.charCodeAt(i))) i++;
    // (Past the text's end no word starts: read only up to it, where every character is one of WORD_CLASS.)
    const length = text.length;
    const stop = Math.min(to, length);
    while (i < stop) {
      const c = text.charCodeAt(i);
      const kind = WORD_CLASS[c]!;
      if (kind === 0) {
        i++;
        continue;
      }
      const start = i;
      // The word's hash (suffixHash) read forwards as it is scanned: letter k weighs 31^(k - start).
      let h = 0;
      let weight = 1;
      let end = start;
      for (; end < length; end++) {
        const d = text.charCodeAt(end);
        if (WORD_CLASS[d] === 0) break;
        h = (h + Math.imul(d, weight)) | 0;
        weight = Math.imul(weight, 31);
      }
      i = end;
      if (kind !== 1) continue;
      if (this.mayStart(h)) this.lookUp(text, start, start, end, false, h, 0, out, after, done);
      if (end - start > 2) {
        // The hashes of the readings without ب/ك/ل, without و/ف, and without both, from the letters after the
        // first and the second: taking letter c off the front leaves (h - c) / 31, and 31 is odd, so it has an
        // inverse modulo 2^32 and the division is exact (the same value suffixHash gives from the word's end).
        const c1 = text.charCodeAt(start + 1);
        const h1 = Math.imul((h - c) | 0, INVERSE_OF_31);
        if (c === BEH || c === KAF || c === LAM) {
          // «لل» reads «ال»: «ا» before the letters from the second «ل» on.
          const alef = c === LAM && c1 === LAM;
          const hash = alef ? withAlef(h1) : h1;
          if (this.mayStart(hash)) this.lookUp(text, start, start + 1, end, alef, hash, c, out, after, done);
        } else if (c === WAW || c === FEH) {
          if (this.mayStart(h1)) this.lookUp(text, start, start + 1, end, false, h1, 0, out, after, done);
          if (end - start > 3 && (c1 === BEH || c1 === KAF || c1 === LAM)) {
            const alef = c1 === LAM && text.charCodeAt(start + 2) === LAM;
            const h2 = Math.imul((h1 - c1) | 0, INVERSE_OF_31);
            const hash = alef ? withAlef(h2) : h2;
            if (this.mayStart(hash)) this.lookUp(text, start, start + 2, end, alef, hash, c1, out, after, done);
          }
        }
      }
      // Open entries («شرط*»): the word read whole, clitics off, by WordClass.matchAt (most sets have none), unless no
      // reading of it starts with the first two letters of an open stem.
      if (open.length === 0 || !this.mayOpen(text, start, end)) continue;
      let t: Token | undefined | null = null;
      for (const id of open) {
        if (done[id] === start || start < after[id]!) continue;
        if (t === null) t = tokenize(text, start, start + 1)[0];
        const stop = t ? this.classes[id]!.matchAt(text, t) : -1;
        if (stop > 0) {
          (out[id] ??= []).push({ index: start, text: text.slice(start, stop) });
          after[id] = stop;
          done[id] = start;
        }
      }
    }
    return out;
  }

  /**
   * Whether a reading of the word text[start, end) (as written, without ب/ك/ل, without و/ف, without both: tokenize's
   * forms) may start with an open stem: its first two letters are those of one (openLeads). A word no open stem
   * can start is not cut out of the text and read whole; the open entries of most sets' classes are few («مستعد*»).
   */
  private mayOpen(text: string, start: number, end: number): boolean {
    const leads = this.openLeads;
    if (leads === null) return true;
    const length = end - start;
    if (leadsAt(leads, text, start, length)) return true;
    const c = text.charCodeAt(start);
    return (c === WAW || c === FEH) && length > 2 && leadsAt(leads, text, start + 1, length - 1);
  }

  /** False when no entry's first word has this hash: the filter's bit is clear (most words stop here). */
  private mayStart(hash: number): boolean {
    return (this.filter[(hash >>> 5) & this.filterMask]! & (1 << (hash & 31))) !== 0;
  }

  /** Look up one reading of the word at `start`, whose hash is `hash`: text[at, end), after «ا» when `alef` (لل → ال). */
  private lookUp(
    text: string,
    start: number,
    at: number,
    end: number,
    alef: boolean,
    hash: number,
    prep: number,
    out: Array<Hit[] | undefined>,
    after: Int32Array,
    done: Int32Array,
  ): void {
    const { cells, rowMask, letters, letterFrom } = this;
    const length = end - at + (alef ? 1 : 0);
    // The word's slot, if it starts entries (each first word has one slot: the search ends there).
    let slot = -1;
    for (let r = hash & rowMask; cells[2 * r + 1] !== 0; r = (r + 1) & rowMask) {
      if (cells[2 * r] !== hash) continue;
      const candidate = cells[2 * r + 1]! - 1;
      const from = letterFrom[candidate]!;
      if (letterFrom[candidate + 1]! - from === length && sameLetters(letters, from, text, at, end, alef)) {
        slot = candidate;
        break;
      }
    }
    if (slot < 0) return;
    // Where the next word starts (-1: no whitespace after this one), for entries of several words: an entry whose
    // second word starts with another letter is refused without reading on (followedBy would refuse it too).
    let next = -2;
    // The text of the last hit made here, shared by the classes ending at the same place (most hits are one word,
    // and a word like «من» or «لا» starts entries of several classes).
    let shared = "";
    let sharedStop = -1;
    const { pairId, entryFrom, longer } = this;
    for (let p = this.pairFrom[slot]!, pairEnd = this.pairFrom[slot + 1]!; p < pairEnd; p++) {
      const id = pairId[p]!;
      if (done[id] === start || start < after[id]!) continue;
      if (prep !== 0 && !(prep === BEH ? this.takesBeh[id] : prep === KAF ? this.takesKaf[id] : this.takesLam[id])) continue;
      let stop = -1;
      for (let k = entryFrom[p]!, entryEnd = entryFrom[p + 1]!; k < entryEnd && stop < 0; k++) {
        const e = longer[k]!;
        if (next === -2) next = nextWordStart(text, end);
        stop = e.lead >= 0 && (next < 0 || text.charCodeAt(next) !== e.lead) ? -1 : followedBy(text, end, e.rest, e.open);
      }
      if (stop < 0) {
        if (this.pairAlone[p] === 0) continue;
        stop = end;
      }
      if (stop !== sharedStop) {
        // The word read as written is the entry's first word itself: no need to cut it out of the text.
        shared = stop === end && at === start ? this.words[slot]! : text.slice(start, stop);
        sharedStop = stop;
      }
      (out[id] ??= []).push({ index: start, text: shared });
      after[id] = stop;
      done[id] = start;
    }
  }
}

/**
 * A first word of entries in a ClassSet, and per class having entries starting with it, those of several
 * words (longest first) and whether the word alone is one, as gathered before ClassSet lays them out flat. The
 * longer ones are tried first, as WordClass.matchAt does; most first words start only an entry of one word, which
 * is then found without reading an entry.
 */
interface FirstWord {
  word: string;
  ids: number[];
  longer: Entry[][];
  alone: boolean[];
}

/** Bits of the prefilter per first word of entries: most words are refused without a table lookup. */
const FILTER_BITS_PER_WORD = 64;

const BEH = 0x0628;
const KAF = 0x0643;
const LAM = 0x0644;
const WAW = 0x0648;
const FEH = 0x0641;
const ALEF = 0x0627;
/** 31 × INVERSE_OF_31 = 1 modulo 2^32. */
const INVERSE_OF_31 = 0xbdef7bdf | 0;

/**
 * Whether the word of `length` letters at text[at] starts with a lead of `leads` (ClassSet.openLeads) as written or
 * without a preposition («لل» read as «ال»), as unprep() reads it.
 */
function leadsAt(leads: ReadonlySet<number>, text: string, at: number, length: number): boolean {
  if (leads.has((text.charCodeAt(at) << 16) | text.charCodeAt(at + 1))) return true;
  const p = text.charCodeAt(at);
  if (length <= 2 || (p !== BEH && p !== KAF && p !== LAM)) return false;
  if (p === LAM && text.charCodeAt(at + 1) === LAM) return leads.has((ALEF << 16) | LAM);
  return leads.has((text.charCodeAt(at + 1) << 16) | text.charCodeAt(at + 2));
}

/** A hash of text[from, to), read from its end (so one pass gives the hash of every suffix of a word). */
function suffixHash(text: string, from: number, to: number): number {
  let h = 0;
  for (let k = to - 1; k >= from; k--) h = (Math.imul(h, 31) + text.charCodeAt(k)) | 0;
  return h;
}

/** The hash of «ا» followed by letters whose hash is `h`: «ا» is the last letter folded in. */
function withAlef(h: number): number {
  return (Math.imul(h, 31) + ALEF) | 0;
}

/** Whether letters[at ..] are text[from, to), after «ا» when `alef`. */
function sameLetters(letters: Uint16Array, at: number, text: string, from: number, to: number, alef: boolean): boolean {
  let w = at;
  if (alef) {
    if (letters[w] !== ALEF) return false;
    w++;
  }
  for (let k = from; k < to; k++, w++) if (letters[w] !== text.charCodeAt(k)) return false;
  return true;
}
