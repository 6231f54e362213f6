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
  const mentions: Mention[] = [];
  const re = lexicon.actorRegex;
  re.lastIndex = 0;
  for (let m = re.exec(normal); m; m = re.exec(normal)) {
    const alias = m[1]!.replace(/\s+/g, " ");
    const candidates = lexicon.aliases.get(alias);
    if (!candidates || candidates[0]!.actor === "") continue;
    const info = (year !== null && candidates.find((c) => (c.from ?? -Infinity) <= year && year <= (c.to ?? Infinity))) || candidates[0]!;
    const start = m.index + m[0].length - m[1]!.length;
    mentions.push({
      start,
      end: m.index + m[0].length,
      actor: info.actor,
      party: info.party,
      person: info.person,
      speakerOnly: info.speakerOnly,
      place: info.place,
    });
  }
  return mergeAdjacentSameActor(mentions, normal);
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
