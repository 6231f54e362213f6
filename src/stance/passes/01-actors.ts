// Pass 1: find every mention of an actor from the lexicon (aliases, spelling variants, titles).
import { isWhiteSpace, type Sentence } from "../../text/sentences";
import { foldSurfaceHash, type AliasInfo, type Lexicon, type SurfaceReading } from "../lexicon";
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
    const bucket = lexicon.surfaceBuckets[foldSurfaceHash(h)];
    if (!bucket) continue;
    let readings: SurfaceReading[] | undefined;
    // Surfaces are distinct, so the first equal to the word is the only one.
    for (const b of bucket)
      if (b.surface.length === end - start && normal.startsWith(b.surface, start)) {
        readings = b.readings;
        break;
      }
    if (!readings) continue;
    const found = matchAt(normal, end, readings);
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
 * The longest alias among the readings of the word ending at `end`, its other words each following after
 * whitespace only. Returns where the alias ends.
 */
function matchAt(
  normal: string,
  end: number,
  readings: readonly SurfaceReading[],
): { readings: AliasInfo[]; prefix: number; end: number } | null {
  // Every alias of two words or more has its second word where the spaces after `end` stop: one whose second
  // word begins with another letter is passed over without comparing it.
  let second = end;
  while (second < normal.length && isWhiteSpace(normal.charCodeAt(second))) second++;
  const secondLetter = second > end && second < normal.length ? normal.charCodeAt(second) : -1;
  for (const { prefix, entries } of readings) {
    for (const entry of entries) {
      if (entry.words.length > 1 && entry.words[1]!.length > 0 && entry.words[1]!.charCodeAt(0) !== secondLetter) continue;
      let at = end;
      for (let k = 1; k < entry.words.length && at >= 0; k++) {
        const next = entry.words[k]!;
        let from = at;
        while (from < normal.length && isWhiteSpace(normal.charCodeAt(from))) from++;
        const after = from + next.length;
        at =
          from > at && normal.startsWith(next, from) && (after >= normal.length || WORD_CHAR[normal.charCodeAt(after)] === 0) ? after : -1;
      }
      if (at >= 0) return { readings: entry.readings, prefix, end: at };
    }
  }
  return null;
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
