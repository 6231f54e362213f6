// Bounded regex scans: a global regex run from an offset keeps searching to the end of the text when nothing
// follows, which makes per-cue lookups quadratic on long articles; these helpers search one window only.

export interface Hit {
  index: number;
  text: string;
}

/**
 * Matches of a global regex that start inside [from, to) of `text`, with absolute offsets. One character of
 * context before `from` is kept so that lookbehind boundaries still see the previous letter.
 * Example: matchesIn(/قال/g, "وقال ثم قال", 4, 11) → [{index: 8, text: "قال"}]
 */
export function matchesIn(re: RegExp, text: string, from: number, to: number): Hit[] {
  const start = Math.max(0, from - 1);
  const window = text.slice(start, Math.min(text.length, to));
  const hits: Hit[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(window); m; m = re.exec(window)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    if (start + m.index >= from) hits.push({ index: start + m.index, text: m[0] });
  }
  return hits;
}
