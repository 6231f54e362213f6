// Normalise Arabic text for matching while keeping a map back to the original offsets.
import { ENTITY_DEBRIS, entityReplacement, unicodeRule } from "./01-unicode";
import { LETTER_RULES } from "./02-letters";

export interface NormalisedText {
  /** The original text, untouched. */
  readonly original: string;
  /** The matching form: diacritics, tatweel and invisibles gone, letters folded, quotes as `"`. */
  readonly normal: string;
  /** toOriginal[i] is the original offset of normal[i]; toOriginal[normal.length] === original.length. */
  readonly toOriginal: Int32Array;
}

/** The per-character table for the BMP, built once: -1 keep, else an index into REPLACEMENTS. */
const TABLE = new Int16Array(0x10000).fill(-1);
const REPLACEMENTS: string[] = [];
for (let code = 0; code < 0x10000; code++) {
  const ch = String.fromCharCode(code);
  let out = unicodeRule(ch);
  // Lone surrogates pass through unchanged (each half of a pair is kept as it is).
  if (code >= 0xd800 && code <= 0xdfff) continue;
  if (out === undefined) {
    for (const rule of LETTER_RULES) {
      out = rule(ch);
      if (out !== undefined) break;
    }
  }
  if (out !== undefined) {
    TABLE[code] = REPLACEMENTS.length;
    REPLACEMENTS.push(out);
  }
}

/**
 * Normalise for matching. Every normal character points back to the original character it came from, so a
 * match [s, e) in `normal` is the verbatim original `original.slice(toOriginal[s], toOriginal[e])`.
 * Example: "قالَ لافروفُ: «دون شروطٍ مسبقة»" → 'قال لافروف: "دون شروط مسبقه"'
 */
export function normaliseForMatching(original: string): NormalisedText {
  const n = original.length;
  // Every rule maps one character (or one entity) to at most one character, so n slots always suffice.
  const out = new Uint16Array(n);
  const map = new Int32Array(n + 1);
  let k = 0;
  for (let i = 0; i < n; i++) {
    const code = original.charCodeAt(i);
    // `quot;` debris (with or without its &) stands for one quotation mark.
    if (code === 0x26 /* & */ || code === 0x71 /* q */) {
      ENTITY_DEBRIS.lastIndex = i;
      const m = ENTITY_DEBRIS.exec(original);
      if (m) {
        const rep = entityReplacement(m[0]);
        if (rep) {
          out[k] = rep.charCodeAt(0);
          map[k++] = i;
        }
        i += m[0].length - 1;
        continue;
      }
    }
    const slot = TABLE[code]!;
    if (slot === -1) {
      out[k] = code;
      map[k++] = i;
    } else {
      const rep = REPLACEMENTS[slot]!;
      if (rep.length) {
        out[k] = rep.charCodeAt(0);
        map[k++] = i;
      }
    }
  }
  map[k] = n;
  return { original, normal: decodeUtf16(out, k), toOriginal: map.slice(0, k + 1) };
}

/** String from UTF-16 code units, in chunks small enough for fromCharCode's argument limit. */
function decodeUtf16(units: Uint16Array, length: number): string {
  const CHUNK = 8192;
  let s = "";
  for (let i = 0; i < length; i += CHUNK)
    s += String.fromCharCode.apply(null, units.subarray(i, Math.min(length, i + CHUNK)) as unknown as number[]);
  return s;
}

/**
 * The original span for a normal span [start, end). Characters deleted by normalisation right after the span
 * (diacritics on its last letter, the rest of an entity) stay attached, so the slice reads naturally.
 */
export function originalSpan(text: NormalisedText, start: number, end: number): { start: number; end: number } {
  return { start: text.toOriginal[start]!, end: end > start ? text.toOriginal[end]! : text.toOriginal[start]! };
}

/** Normalise a lexicon entry or pattern the same way as text, without the map. Example: "إيران" → "ايران" */
export function normaliseTerm(term: string): string {
  return normaliseForMatching(term).normal;
}
