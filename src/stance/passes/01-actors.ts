// Pass 1: find every mention of an actor from the lexicon (aliases, spelling variants, titles).
import { wordHash, type Lexicon } from "../lexicon";

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
 * الأمريكي") resolves by the article's year when known.
 * Example: "وقال وزير الخارجية الروسي سيرغي لافروف" → [lavrov (title), lavrov (name)]
 */
export function findMentions(normal: string, lexicon: Lexicon, year: number | null): Mention[] {
  // Words of the text: runs of Arabic letters, Latin letters and digits.
  const starts: number[] = [];
  const ends: number[] = [];
  let inWord = false;
  for (let i = 0; i <= normal.length; i++) {
    const letter = i < normal.length && WORD_CHAR[normal.charCodeAt(i)] === 1;
    if (letter && !inWord) starts.push(i);
    else if (!letter && inWord) ends.push(i);
    inWord = letter;
  }
  const mentions: Mention[] = [];
  for (let w = 0; w < starts.length; w++) {
    if (lexicon.surfaceHashes[wordHash(normal, starts[w]!, ends[w]!)] === 0) continue;
    const found = matchAt(normal, starts, ends, w, lexicon);
    if (!found) continue;
    const candidates = lexicon.aliases.get(found.alias)!;
    if (candidates[0]!.actor === "") {
      w = found.lastWord;
      continue;
    }
    const info = (year !== null && candidates.find((c) => (c.from ?? -Infinity) <= year && year <= (c.to ?? Infinity))) || candidates[0]!;
    mentions.push({
      start: starts[w]! + found.prefix,
      end: ends[found.lastWord]!,
      actor: info.actor,
      party: info.party,
      person: info.person,
      speakerOnly: info.speakerOnly,
      place: info.place,
    });
    w = found.lastWord;
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

/** Only whitespace between two words of an alias (no comma, no full stop). */
function onlySpaceBetween(normal: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let i = from; i < to; i++) {
    const c = normal.charCodeAt(i);
    if (c !== 0x20 && !(c >= 0x09 && c <= 0x0d) && c !== 0xa0 && !/\s/.test(normal[i]!)) return false;
  }
  return true;
}

/** The longest alias starting at word w (after an optional clitic), with whitespace-only gaps between its words. */
function matchAt(
  normal: string,
  starts: number[],
  ends: number[],
  w: number,
  lexicon: Lexicon,
): { alias: string; prefix: number; lastWord: number } | null {
  const readings = lexicon.aliasesBySurface.get(normal.slice(starts[w]!, ends[w]!));
  if (!readings) return null;
  for (const { prefix, entries } of readings) {
    for (const entry of entries) {
      let ok = true;
      for (let k = 1; k < entry.words.length; k++) {
        const i = w + k;
        const next = entry.words[k]!;
        if (
          i >= starts.length ||
          ends[i]! - starts[i]! !== next.length ||
          !normal.startsWith(next, starts[i]!) ||
          !onlySpaceBetween(normal, ends[i - 1]!, starts[i]!)
        ) {
          ok = false;
          break;
        }
      }
      if (ok) return { alias: entry.alias, prefix, lastWord: w + entry.words.length - 1 };
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
