// Near-duplicate fingerprints: MinHash over word shingles of the normalised text, banded for lookup.
import { normaliseTerm } from "../text/normalise";

/** Words per shingle: four words survive small edits (quot; debris, a changed headline) but not a new story. */
const SHINGLE = 4;
export const MINHASH_SIZE = 64;
export const BANDS = 16;
const ROWS = MINHASH_SIZE / BANDS;
/** Estimated Jaccard similarity of shingles above which two texts are one story. */
export const SYNDICATION_THRESHOLD = 0.55;
/** Texts shorter than this many words are not fingerprinted: too little to tell reprint from coincidence. */
const MIN_WORDS = 30;

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

// Fixed odd multipliers and offsets for the hash family, from a simple deterministic generator.
const SEEDS: Array<[number, number]> = [];
for (let i = 0, x = 0x9e3779b9; i < MINHASH_SIZE; i++) {
  x = (Math.imul(x ^ (x >>> 15), 0x2c1b3c6d) + 0x6a09e667) >>> 0;
  const a = (x | 1) >>> 0;
  x = (Math.imul(x ^ (x >>> 13), 0x297a2d39) + 0xbb67ae85) >>> 0;
  SEEDS.push([a, x]);
}

export interface Fingerprint {
  minhash: number[];
  /** One key per band: articles sharing any band key are candidates. */
  bands: string[];
}

/**
 * Fingerprint an article's text, or null when it is too short.
 * Example: two outlets' copies of one wire story → fingerprints with similarity ≈ 0.9
 */
export function fingerprint(text: string): Fingerprint | null {
  const words = normaliseTerm(text)
    .replace(/[^\u0621-\u064Aa-z0-9\s]/g, " ")
    .split(/\s+/)
    .filter((w) => w.length > 1);
  if (words.length < MIN_WORDS) return null;
  const minhash = new Array<number>(MINHASH_SIZE).fill(0xffffffff);
  for (let i = 0; i + SHINGLE <= words.length; i++) {
    const h = fnv1a(words.slice(i, i + SHINGLE).join(" "));
    for (let k = 0; k < MINHASH_SIZE; k++) {
      const [a, b] = SEEDS[k]!;
      const v = (Math.imul(h, a) + b) >>> 0;
      if (v < minhash[k]!) minhash[k] = v;
    }
  }
  const bands: string[] = [];
  for (let b = 0; b < BANDS; b++) bands.push(`${b}:${minhash.slice(b * ROWS, (b + 1) * ROWS).join(".")}`);
  return { minhash, bands };
}

/** Estimated Jaccard similarity of two fingerprints. */
export function similarity(a: readonly number[], b: readonly number[]): number {
  let same = 0;
  for (let i = 0; i < MINHASH_SIZE; i++) if (a[i] === b[i]) same++;
  return same / MINHASH_SIZE;
}
