// Nationality adjectives («الروسي», «سعودية», «والأمريكي»): the parties they name, as the lexicon lists them
// (actors.json officials: nationalities and positionsOnly, Lexicon.nationalities). One table and one reader of a word
// for every pass that reads a party from its adjective: the sides of a joint statement (02-speakers), a position's
// owner (03-composed), pressure on Iran's invitation (03-cues), the holder of a stance noun (04-holders), her inviters
// (04-referred).
import type { Lexicon } from "../lexicon";
import type { Mention } from "./01-actors";
import { escapeRegExp } from "../../text/escape";

/** An empty table, for a lexicon without nationalities. */
const NONE: ReadonlyMap<string, string> = new Map();

/**
 * The party of one word that is a nationality adjective («الروسي», «أمريكية», «والسعوديين», «بريطاني»), and how many
 * letters of a «و/ب» before it the mention skips; undefined where the word is no nationality the lexicon knows. Its
 * bare form is tried without the feminine's or the plural's ending (and, with `accusative`, the indefinite accusative's
 * «ا»: «سعودياً»; not by default, «روسيا» being the state's name), then without «ال» and «و/ب» before it, each in turn
 * («بريطاني» is no «ب» on «ريطاني»).
 * Example: nationalityOf("والبريطانيه", lexicon.nationalities) → {party: "uk", offset: 1}
 */
export function nationalityOf(
  word: string,
  nationalities: ReadonlyMap<string, string>,
  accusative = false,
): { party: string; offset: number } | undefined {
  const bare = word.replace(accusative ? /(?:ه|ين|ون|ا)$/ : /(?:ه|ين|ون)$/, "");
  for (const k of [0, 2, 1, 3]) {
    const head = bare.slice(0, k);
    if (k > bare.length - 3 || !/^(?:|ال|[وب]|[وب]ال)$/.test(head)) continue;
    const party = nationalities.get(bare.slice(k));
    if (party) return { party, offset: /^[وب]/.test(head) ? 1 : 0 };
  }
  return undefined;
}

/**
 * The states that nationality adjectives joined by «و» or spaces name («الروسي والأمريكي», «سعودي قطري»), each once,
 * as a mention of its adjective; `start` is the offset of `adjectives` in the text. Words that are no nationality are
 * passed over; the adjectives may be in the accusative («رفضاً أوروبياً وأمريكياً»).
 * Example: nationalityMentions("الروسي والامريكي", 10, lexicon.nationalities) → [russia at 10, usa at 18]
 */
export function nationalityMentions(adjectives: string, start: number, nationalities: ReadonlyMap<string, string>): Mention[] {
  const out: Mention[] = [];
  for (const w of adjectives.matchAll(/[\u0621-\u064A]+/g)) {
    const found = nationalityOf(w[0], nationalities, true);
    if (!found || out.some((x) => x.party === found.party)) continue;
    const at = start + w.index + found.offset;
    out.push({
      start: at,
      end: start + w.index + w[0].length,
      actor: found.party,
      party: found.party,
      person: false,
      speakerOnly: false,
      place: false,
    });
  }
  return out;
}

/** The nationality adjectives of a lexicon as a regex source, longest first, built once per table (adjectiveSource). */
const SOURCES = new WeakMap<ReadonlyMap<string, string>, string>();

/**
 * The lexicon's nationality adjectives, bare, as one regex alternative (no group): longest first, so that none is
 * cut short by another it begins with. Callers add what may come before or after («ال», «ه», «ا»).
 * Example: adjectiveSource(lexicon.nationalities) → "(?:اسرائيلي|امريكي|…|روسي)"
 */
export function adjectiveSource(nationalities: ReadonlyMap<string, string> | undefined): string {
  const table = nationalities ?? NONE;
  let source = SOURCES.get(table);
  if (source === undefined) {
    const words = [...table.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
    // (A lexicon without them: an alternative that matches nothing.)
    // (Each word escaped: the lexicon is data, and a stray «.» or «(» in it must stay a letter, not change the regex.)
    source = words.length > 0 ? `(?:${words.map(escapeRegExp).join("|")})` : "(?!)";
    SOURCES.set(table, source);
  }
  return source;
}

/** The nationalities of a lexicon, or an empty table. */
export function nationalitiesOf(lexicon: Pick<Lexicon, "nationalities">): ReadonlyMap<string, string> {
  return lexicon.nationalities ?? NONE;
}

/** The sides' adjectives of each lexicon (sideNationalities), built once. */
const SIDE_TABLES = new WeakMap<ReadonlyMap<string, string>, ReadonlyMap<string, string>>();

/**
 * The adjectives that name the sides of a meeting, a statement or an agreement («الجانبان الإيراني والسوري», «البيان
 * المشترك الروسي السوري»): the lexicon's nationalities, and the Syrian side, which there is the government's, as the
 * other side's guest or host.
 */
export function sideNationalities(lexicon: Pick<Lexicon, "nationalities">): ReadonlyMap<string, string> {
  const base = nationalitiesOf(lexicon);
  let table = SIDE_TABLES.get(base);
  if (!table) SIDE_TABLES.set(base, (table = new Map([...base, ["سوري", "syrian_government"]])));
  return table;
}
