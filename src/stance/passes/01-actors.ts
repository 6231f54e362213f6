// Pass 1: find every mention of an actor from the lexicon (aliases, spelling variants, titles).
import { isWhiteSpace, type Sentence } from "../../text/sentences";
import type { AliasInfo, Lexicon, SurfaceReading } from "../lexicon";
import { firstAtOrAfter } from "./search";

export interface Mention {
  /** Normal offsets of the name itself (after any clitic such as و or ل). */
  start: number;
  end: number;
  actor: string;
  party: string;
  person: boolean;
  speakerOnly: boolean;
  place: boolean;
}

/**
 * All actor mentions, longest alias first. A title held by different people over time ("وزير الخارجية
 * الأمريكي") resolves by the article's year when known. `firstWordEnds` are the offsets where a name's first
 * word may end (KeywordPresence.reportedEnds: the keyword scan finds them in the same pass as the rules' words);
 * only words ending there are looked up.
 * Example: "وقال وزير الخارجية الروسي سيرغي لافروف" → [lavrov (title), lavrov (name)]
 */
export function findMentions(normal: string, lexicon: Lexicon, year: number | null, firstWordEnds: readonly number[]): Mention[] {
  const flat = flatSurfaces(lexicon);
  const { slots, mask, hashes, letterFrom, letters } = flat;
  const mentions: Mention[] = [];
  // Text before this offset belongs to a name already read.
  let consumed = 0;
  for (const end of firstWordEnds) {
    // A word ending inside a name already read starts inside it too.
    if (end < consumed) continue;
    // A whole word: it ends here, and starts where the run of letters before it starts.
    if (end < normal.length && WORD_CHAR[normal.charCodeAt(end)] === 1) continue;
    // Walk back to the word's start, hashing it on the way (surfaceHash reads backwards too).
    let start = end;
    let h = 0;
    while (start > 0) {
      const c = normal.charCodeAt(start - 1);
      if (WORD_CHAR[c] !== 1) break;
      h = (Math.imul(h, 31) + c) | 0;
      start--;
    }
    if (start < consumed) continue;
    // The surface equal to the word, if any (surfaces are distinct, so there is one at most): its slot is on the
    // probe path from the hash's, before the first empty slot.
    let surface = -1;
    for (let slot = mix(h) & mask; slots[slot] !== 0; slot = (slot + 1) & mask) {
      const i = slots[slot]! - 1;
      const from = letterFrom[i]!;
      if (hashes[i] !== h || letterFrom[i + 1]! - from !== end - start) continue;
      let k = 0;
      while (k < end - start && letters[from + k] === normal.charCodeAt(start + k)) k++;
      if (k === end - start) {
        surface = i;
        break;
      }
    }
    if (surface < 0) continue;
    const found = matchAt(normal, end, flat, surface);
    if (!found) continue;
    consumed = found.end;
    const candidates = found.readings;
    if (candidates[0]!.actor === "") continue;
    const info = (year !== null && candidates.find((c) => (c.from ?? -Infinity) <= year && year <= (c.to ?? Infinity))) || candidates[0]!;
    mentions.push({
      start: start + found.prefix,
      end: found.end,
      actor: info.actor,
      party: info.party,
      person: info.person,
      speakerOnly: info.speakerOnly,
      place: info.place,
    });
  }
  return mergeAdjacentSameActor(mentions, normal);
}

/**
 * Actor mentions per sentence, found the first time a sentence is asked about. Sentences with nothing but
 * spaces or commas between them (a long sentence cut in pieces, a list) are read together as one stretch, since
 * a name, or the merge of a title with the name after it, can run across them; elsewhere stretches are
 * independent, so reading one stretch gives what reading the whole article would.
 * Example: new SentenceMentions(normal, lexicon, 2014, ends, all, kept).in(0) → the mentions of kept sentence 0
 */
export class SentenceMentions {
  private readonly found: Array<Mention[] | undefined>;

  constructor(
    private readonly normal: string,
    private readonly lexicon: Lexicon,
    private readonly year: number | null,
    /** Where a name's first word may end, over all the sentences (KeywordPresence.reportedEnds). */
    private readonly firstWordEnds: readonly number[],
    /** Every sentence scanned for those ends. */
    private readonly all: readonly Sentence[],
    /** The indices in `all` of the sentences asked about, by their own index. */
    private readonly kept: readonly number[],
  ) {
    this.found = new Array<Mention[] | undefined>(all.length);
  }

  /**
   * Whether sentence i of `all` continues the stretch of the one before. A name runs over spaces only, a merge
   * over spaces and commas: from the last letter of one sentence to the first of the next there must be nothing
   * else for either to cross (a full stop ends the stretch). Asked only around the sentences read, since most
   * articles have few.
   */
  private joinsPrevious(i: number): boolean {
    const { normal, all } = this;
    let a = all[i - 1]!.end;
    while (a > 0 && joinable(normal.charCodeAt(a - 1))) a--;
    let b = a;
    while (b < normal.length && joinable(normal.charCodeAt(b))) b++;
    return a > 0 && WORD_CHAR[normal.charCodeAt(a - 1)] === 1 && b >= all[i]!.start && WORD_CHAR[normal.charCodeAt(b)] === 1;
  }

  /**
   * The last mention of kept sentence si - 1 if it runs on past the start of kept sentence si («مجموعة أصدقاء ⏎
   * سوريا»: a line cut inside a name). A mention covers its own span whole, and every character of a span is a
   * letter of its first word (WORD_CHAR), of one of its alias's other words, white space between them, or white
   * space and commas between two merged mentions (spanChars). One of sentence si - 1 that ends past the start of si
   * starts before the end of si - 1, so it covers all from the last character of si - 1 to the first of si: where
   * one of those is no span character (mostly the full stop ending si - 1), no mention runs over, and the
   * mentions of si - 1 need not be found for this.
   */
  cutInto(si: number): Mention | undefined {
    if (si === 0) return undefined;
    const { normal, all, kept } = this;
    const from = all[kept[si - 1]!]!.end - 1;
    const to = all[kept[si]!]!.start;
    const allowed = flatSurfaces(this.lexicon).spanChars;
    for (let i = from; i <= to; i++) if (allowed[normal.charCodeAt(i)] === 0) return undefined;
    const cut = this.in(si - 1).at(-1);
    return cut && cut.end > to ? cut : undefined;
  }

  /** The mentions starting in kept sentence si, in text order. */
  in(si: number): readonly Mention[] {
    const index = this.kept[si]!;
    const known = this.found[index];
    if (known) return known;
    const { all, firstWordEnds } = this;
    let first = index;
    while (first > 0 && this.joinsPrevious(first)) first--;
    let last = index;
    while (last + 1 < all.length && this.joinsPrevious(last + 1)) last++;
    const from = all[first]!.start;
    const to = all[last]!.end;
    const ends = firstWordEnds.slice(firstAtOrAfter(firstWordEnds, from + 1), firstAtOrAfter(firstWordEnds, to + 1));
    const mentions = findMentions(this.normal, this.lexicon, this.year, ends);
    let k = 0;
    for (let i = first; i <= last; i++) {
      const list: Mention[] = [];
      while (k < mentions.length && mentions[k]!.start < all[i]!.end) list.push(mentions[k++]!);
      this.found[i] = list;
    }
    return this.found[index]!;
  }
}

/** What may lie between two sentences of one stretch: white space and commas. */
const joinable = (c: number) => isWhiteSpace(c) || c === 0x2c || c === 0x060c;

/** Letters of a word: Arabic letters (U+0621–U+064A), Latin lower case, digits. */
const WORD_CHAR = (() => {
  const table = new Uint8Array(65536);
  for (let c = 0x0621; c <= 0x064a; c++) table[c] = 1;
  for (let c = 0x61; c <= 0x7a; c++) table[c] = 1;
  for (let c = 0x30; c <= 0x39; c++) table[c] = 1;
  return table;
})();

/**
 * The lexicon's surfaces (the first words of aliases as written, clitics included: SurfaceReading) in flat arrays.
 * Looking a word up in lexicon.surfaceBuckets follows a pointer to the bucket, to each surface and its letters, and
 * to each alias entry and its words: on a long article each is likely a cache miss. Here a word's hash leads to a
 * slot, its letters are compared in one array, and the entries whose second word cannot follow are passed over by
 * the letter it starts with, kept in one array too, so only aliases that may match are read as objects. Built once
 * per lexicon from its surfaceBuckets, it holds the same surfaces, readings and entries in the same order.
 */
interface FlatSurfaces {
  /** 1 + the index of the surface whose hash leads there (linear probing from mix(hash)), or 0 for an empty slot. */
  slots: Int32Array;
  mask: number;
  /** Per surface: the hash findMentions computes for it (h * 31 + char, from its last letter back to its first). */
  hashes: Int32Array;
  /** Per surface: its letters, letters[letterFrom[i] .. letterFrom[i + 1]]. */
  letterFrom: Int32Array;
  letters: Uint16Array;
  /** Per surface: its readings, readings[readingFrom[i] .. readingFrom[i + 1]]. */
  readingFrom: Int32Array;
  /** Per reading: the length of its clitic, and its entries, entries[entryFrom[r] .. entryFrom[r + 1]]. */
  prefix: Int32Array;
  entryFrom: Int32Array;
  entries: Array<SurfaceReading["entries"][number]>;
  /** Per entry: the first letter of its second word, or -1 for an alias of one word (or an empty second word). */
  secondLetter: Int32Array;
  /**
   * Per entry: its words after the first, words restFrom[e] .. restFrom[e + 1]; word w's letters are
   * wordLetters[wordFrom[w] .. wordFrom[w + 1]].
   */
  restFrom: Int32Array;
  wordFrom: Int32Array;
  wordLetters: Uint16Array;
  /**
   * The characters a mention's span may hold (SentenceMentions.cutInto): WORD_CHAR, white space, commas, and the
   * letters of the aliases' words after the first.
   */
  spanChars: Uint8Array;
}

const flatTables = new WeakMap<Lexicon, FlatSurfaces>();

/** Spreads a hash's high bits into the low ones that pick its slot. */
const mix = (h: number) => h ^ (h >>> 15);

function flatSurfaces(lexicon: Lexicon): FlatSurfaces {
  const known = flatTables.get(lexicon);
  if (known) return known;
  const surfaces = lexicon.surfaceBuckets.flatMap((bucket) => bucket ?? []);
  let size = 16;
  while (size < 2 * surfaces.length) size *= 2;
  const slots = new Int32Array(size);
  const hashes = new Int32Array(surfaces.length);
  const letterFrom = new Int32Array(surfaces.length + 1);
  const letters = new Uint16Array(surfaces.reduce((n, s) => n + s.surface.length, 0));
  const readingFrom = new Int32Array(surfaces.length + 1);
  const readings = surfaces.flatMap((s) => s.readings);
  const prefix = new Int32Array(readings.length);
  const entryFrom = new Int32Array(readings.length + 1);
  const entries = readings.flatMap((r) => r.entries);
  const secondLetter = new Int32Array(entries.length);
  surfaces.forEach(({ surface, readings: own }, i) => {
    let h = 0;
    for (let k = surface.length - 1; k >= 0; k--) h = (Math.imul(h, 31) + surface.charCodeAt(k)) | 0;
    hashes[i] = h;
    let slot = mix(h) & (size - 1);
    while (slots[slot] !== 0) slot = (slot + 1) & (size - 1);
    slots[slot] = i + 1;
    for (let k = 0; k < surface.length; k++) letters[letterFrom[i]! + k] = surface.charCodeAt(k);
    letterFrom[i + 1] = letterFrom[i]! + surface.length;
    readingFrom[i + 1] = readingFrom[i]! + own.length;
  });
  readings.forEach((r, j) => {
    prefix[j] = r.prefix;
    entryFrom[j + 1] = entryFrom[j]! + r.entries.length;
  });
  entries.forEach((e, k) => (secondLetter[k] = e.words.length > 1 && e.words[1]!.length > 0 ? e.words[1]!.charCodeAt(0) : -1));
  const rest = entries.flatMap((e) => e.words.slice(1));
  const restFrom = new Int32Array(entries.length + 1);
  entries.forEach((e, k) => (restFrom[k + 1] = restFrom[k]! + e.words.length - 1));
  const wordFrom = new Int32Array(rest.length + 1);
  rest.forEach((w, k) => (wordFrom[k + 1] = wordFrom[k]! + w.length));
  const wordLetters = new Uint16Array(wordFrom[rest.length]!);
  rest.forEach((w, k) => {
    for (let j = 0; j < w.length; j++) wordLetters[wordFrom[k]! + j] = w.charCodeAt(j);
  });
  const spanChars = WORD_CHAR.slice();
  for (let c = 0; c < 65536; c++) if (joinable(c)) spanChars[c] = 1;
  for (const c of wordLetters) spanChars[c] = 1;
  const flat = {
    slots,
    mask: size - 1,
    hashes,
    letterFrom,
    letters,
    readingFrom,
    prefix,
    entryFrom,
    entries,
    secondLetter,
    restFrom,
    wordFrom,
    wordLetters,
    spanChars,
  };
  flatTables.set(lexicon, flat);
  return flat;
}

/**
 * The longest alias among the readings of `surface` (the word ending at `end`), its other words each following
 * after whitespace only. Returns where the alias ends.
 */
function matchAt(
  normal: string,
  end: number,
  flat: FlatSurfaces,
  surface: number,
): { readings: AliasInfo[]; prefix: number; end: number } | null {
  // Every alias of two words or more has its second word where the spaces after `end` stop: one whose second
  // word begins with another letter is passed over without comparing it.
  let second = end;
  while (second < normal.length && isWhiteSpace(normal.charCodeAt(second))) second++;
  const secondLetter = second > end && second < normal.length ? normal.charCodeAt(second) : -1;
  for (let r = flat.readingFrom[surface]!; r < flat.readingFrom[surface + 1]!; r++) {
    for (let e = flat.entryFrom[r]!; e < flat.entryFrom[r + 1]!; e++) {
      const letter = flat.secondLetter[e]!;
      if (letter !== -1 && letter !== secondLetter) continue;
      let at = end;
      for (let w = flat.restFrom[e]!; w < flat.restFrom[e + 1]! && at >= 0; w++) at = wordAfter(normal, at, flat, w);
      if (at >= 0) return { readings: flat.entries[e]!.readings, prefix: flat.prefix[r]!, end: at };
    }
  }
  return null;
}

/** Where word w of the flat table ends if it follows `at` after white space, whole; else -1. */
function wordAfter(normal: string, at: number, flat: FlatSurfaces, w: number): number {
  const letters = flat.wordFrom[w]!;
  const length = flat.wordFrom[w + 1]! - letters;
  let from = at;
  while (from < normal.length && isWhiteSpace(normal.charCodeAt(from))) from++;
  const after = from + length;
  if (from === at || after > normal.length) return -1;
  for (let k = 0; k < length; k++) if (flat.wordLetters[letters + k] !== normal.charCodeAt(from + k)) return -1;
  return after >= normal.length || WORD_CHAR[normal.charCodeAt(after)] === 0 ? after : -1;
}

/**
 * "وزير الخارجية الروسي سيرغي لافروف" is one mention of one person, not two. Never across a line break: a
 * headline ending with a name and a paragraph opening with it are two mentions (the paragraph's is its subject).
 */
function mergeAdjacentSameActor(mentions: Mention[], normal: string): Mention[] {
  const out: Mention[] = [];
  for (const m of mentions) {
    const prev = out[out.length - 1];
    if (prev && prev.actor === m.actor && onlySpacesBetween(normal, prev.end, m.start, true)) {
      prev.end = m.end;
      continue;
    }
    // A title followed by a person's name names that person: "الرئيس الروسي فلاديمير بوتين".
    if (prev && prev.party === m.party && m.person && onlySpacesBetween(normal, prev.end, m.start, false)) {
      prev.end = m.end;
      prev.actor = m.actor;
      prev.person = true;
      prev.speakerOnly = prev.speakerOnly && m.speakerOnly;
      continue;
    }
    // The mentions are findMentions' own, made for this list: merging into them changes nothing else.
    out.push(m);
  }
  return out;
}

/** Whether [from, to) holds only white space other than line breaks (and commas, when `commas`). */
function onlySpacesBetween(normal: string, from: number, to: number, commas: boolean): boolean {
  for (let i = from; i < to; i++) {
    const c = normal.charCodeAt(i);
    if (c === 0x0a || (!isWhiteSpace(c) && !(commas && (c === 0x2c || c === 0x060c)))) return false;
  }
  return true;
}
