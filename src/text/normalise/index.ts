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
  const out: string[] = [];
  const map: number[] = [];
  const n = original.length;
  for (let i = 0; i < n; i++) {
    const code = original.charCodeAt(i);
    // `quot;` debris (with or without its &) stands for one quotation mark.
    if (code === 0x26 /* & */ || code === 0x71 /* q */ || code === 0x61 /* a */ || code === 0x6e /* n */) {
      ENTITY_DEBRIS.lastIndex = i;
      const m = ENTITY_DEBRIS.exec(original);
      if (m) {
        const rep = entityReplacement(m[0]);
        for (const c of rep) {
          out.push(c);
          map.push(i);
        }
        i += m[0].length - 1;
        continue;
      }
    }
    const slot = TABLE[code]!;
    if (slot === -1) {
      out.push(original[i]!);
      map.push(i);
    } else {
      const rep = REPLACEMENTS[slot]!;
      for (const c of rep) {
        out.push(c);
        map.push(i);
      }
    }
  }
  map.push(n);
  return { original, normal: out.join(""), toOriginal: Int32Array.from(map) };
}

/**
 * The original span for a normal span [start, end). Characters deleted by normalisation right after the span
 * (diacritics on its last letter, the rest of an entity) stay attached, so the slice reads naturally.
 */
export function originalSpan(text: NormalisedText, start: number, end: number): { start: number; end: number } {
  return { start: text.toOriginal[start]!, end: end > start ? text.toOriginal[end]! : text.toOriginal[start]! };
}

/** Normal offset of an original offset (the first normal character at or after it). */
export function normalOffset(text: NormalisedText, originalOffset: number): number {
  const map = text.toOriginal;
  let lo = 0;
  let hi = map.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (map[mid]! < originalOffset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Normalise a lexicon entry or pattern the same way as text, without the map. Example: "إيران" → "ايران" */
export function normaliseTerm(term: string): string {
  return normaliseForMatching(term).normal;
}
