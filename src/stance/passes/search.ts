// Binary searches over the sorted positions the passes share (clause boundaries, sentences, spans).
import type { Sentence } from "../../text/sentences";
import type { Hit } from "./scan";

/** Index of the first value at or after x in a sorted array (values.length if none). */
export function firstAtOrAfter(values: readonly number[], x: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first item starting at or after pos (items sorted by start). */
export function lowerBound(items: ReadonlyArray<{ start: number }>, pos: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first item ending after pos (items sorted by end): those before it all end by pos. */
export function firstEndingAfter(items: ReadonlyArray<{ end: number }>, pos: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first hit starting at or after pos (hits in order of index), as lowerBound for a class's hits. */
export function firstHitAtOrAfter(hits: readonly Hit[], pos: number): number {
  let lo = 0;
  let hi = hits.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (hits[mid]!.index < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the sentence containing pos, or -1 (between sentences, in boilerplate). */
export function sentenceIndex(sentences: readonly Sentence[], pos: number): number {
  const i = lowerBound(sentences, pos + 1) - 1;
  return i >= 0 && pos < sentences[i]!.end ? i : -1;
}

/** Where the last match of the global regex `re` in `text` starts, or null. */
export function lastMatch(re: RegExp, text: string): number | null {
  re.lastIndex = 0;
  let at: number | null = null;
  for (let m = re.exec(text); m; m = re.exec(text)) at = m.index;
  return at;
}
