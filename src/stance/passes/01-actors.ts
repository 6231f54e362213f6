// Pass 1: find every mention of an actor from the lexicon (aliases, spelling variants, titles).
import type { Lexicon } from "../lexicon";

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
  for (let m = WORD.exec(normal); m; m = WORD.exec(normal)) {
    starts.push(m.index);
    ends.push(m.index + m[0].length);
  }
  WORD.lastIndex = 0;
  const mentions: Mention[] = [];
  for (let w = 0; w < starts.length; w++) {
    const word = normal.slice(starts[w]!, ends[w]!);
    const found = matchAt(normal, starts, ends, w, word, lexicon);
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

const WORD = /[\u0621-\u064Aa-z0-9]+/g;
/** Clitics that may precede a name: و/ف (and), ب/ل/ك (prepositions), and their pairs. */
const CLITICS = ["", "و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك"];

/** The longest alias starting at word w (after an optional clitic), with whitespace-only gaps between its words. */
function matchAt(
  normal: string,
  starts: number[],
  ends: number[],
  w: number,
  word: string,
  lexicon: Lexicon,
): { alias: string; prefix: number; lastWord: number } | null {
  for (const clitic of CLITICS) {
    if (clitic && !(word.startsWith(clitic) && word.length > clitic.length + 1)) continue;
    const first = clitic ? word.slice(clitic.length) : word;
    const entries = lexicon.aliasesByFirstWord.get(first);
    if (!entries) continue;
    for (const entry of entries) {
      let ok = true;
      for (let k = 1; k < entry.words.length; k++) {
        const i = w + k;
        if (
          i >= starts.length ||
          normal.slice(starts[i]!, ends[i]!) !== entry.words[k] ||
          !/^\s+$/.test(normal.slice(ends[i - 1]!, starts[i]!))
        ) {
          ok = false;
          break;
        }
      }
      if (ok) return { alias: entry.alias, prefix: clitic.length, lastWord: w + entry.words.length - 1 };
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
