// Pass 1: find every mention of an actor from the lexicon (aliases, spelling variants, titles).
import { SURFACE_HASH_BITS, type AliasInfo, type Lexicon, type SurfaceReading } from "../lexicon";

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
    // A whole word: it ends here, and starts where the run of letters before it starts.
    if (end < normal.length && WORD_CHAR[normal.charCodeAt(end)] === 1) continue;
    // Walk back to the word's start, hashing it on the way (surfaceHash reads backwards too).
    let start = end;
    let h = 0;
    for (let c = normal.charCodeAt(start - 1); start > 0 && WORD_CHAR[c] === 1; c = normal.charCodeAt(--start - 1))
      h = (Math.imul(h, 31) + c) | 0;
    if (start < consumed) continue;
    const bucket = lexicon.surfaceBuckets[(h ^ (h >>> SURFACE_HASH_BITS)) & ((1 << SURFACE_HASH_BITS) - 1)];
    if (!bucket) continue;
    let readings: SurfaceReading[] | undefined;
    for (const b of bucket) if (b.surface.length === end - start && normal.startsWith(b.surface, start)) readings = b.readings;
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

/** Letters of a word: Arabic letters (U+0621–U+064A), Latin lower case, digits. */
const WORD_CHAR = (() => {
  const table = new Uint8Array(65536);
  for (let c = 0x0621; c <= 0x064a; c++) table[c] = 1;
  for (let c = 0x61; c <= 0x7a; c++) table[c] = 1;
  for (let c = 0x30; c <= 0x39; c++) table[c] = 1;
  return table;
})();

/** Whitespace as JavaScript's \\s has it: all that may separate the words of a name (no comma, no full stop). */
const SPACE = (() => {
  const table = new Uint8Array(65536);
  for (const c of [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff]) table[c] = 1;
  for (let c = 0x2000; c <= 0x200a; c++) table[c] = 1;
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
  for (const { prefix, entries } of readings) {
    for (const entry of entries) {
      let at = end;
      for (let k = 1; k < entry.words.length && at >= 0; k++) {
        const next = entry.words[k]!;
        let from = at;
        while (from < normal.length && SPACE[normal.charCodeAt(from)] === 1) from++;
        const after = from + next.length;
        at =
          from > at && normal.startsWith(next, from) && (after >= normal.length || WORD_CHAR[normal.charCodeAt(after)] === 0) ? after : -1;
      }
      if (at >= 0) return { readings: entry.readings, prefix, end: at };
    }
  }
  return null;
}

/** "وزير الخارجية الروسي سيرغي لافروف" is one mention of one person, not two. */
function mergeAdjacentSameActor(mentions: Mention[], normal: string): Mention[] {
  const out: Mention[] = [];
  for (const m of mentions) {
    const prev = out[out.length - 1];
    if (prev && prev.actor === m.actor && /^[\s,،]*$/.test(normal.slice(prev.end, m.start))) {
      prev.end = m.end;
      continue;
    }
    // A title followed by a person's name names that person: "الرئيس الروسي فلاديمير بوتين".
    if (prev && prev.party === m.party && m.person && /^\s*$/.test(normal.slice(prev.end, m.start))) {
      prev.end = m.end;
      prev.actor = m.actor;
      prev.person = true;
      prev.speakerOnly = prev.speakerOnly && m.speakerOnly;
      continue;
    }
    out.push({ ...m });
  }
  return out;
}
