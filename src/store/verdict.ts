// The current stance on a topic from dated observations: latest verdict, label counts, contest, last change.
// Pure; the Directory and PartyHistory objects both use it so the matrix and the history agree.

export interface Point {
  /** YYYY-MM-DD */
  date: string;
  stance: string;
  /** Syndicated copies share one canonical article id and count once. */
  canonical: string;
  confidence: number;
}

export interface Verdict {
  current: string;
  counts: Record<string, number>;
  /** Recent observations (the last five stories) disagree. */
  contested: boolean;
  /** Date of the latest shift of label, or of the first observation when it never shifted. */
  lastChange: string;
  lastObserved: string;
  observations: number;
}

/** How many recent stories are compared to call a stance contested. */
export const CONTEST_WINDOW = 5;

/**
 * Points must be in chronological order. Copies of one story (same canonical id and label) count once.
 * Example: [2013-11-18 unconditional, 2013-11-20 unconditional] → {current: "unconditional", counts: {unconditional: 2}}
 */
export function verdictOf(points: readonly Point[]): Verdict | null {
  const seen = new Set<string>();
  const unique: Point[] = [];
  for (const p of points) {
    const key = `${p.canonical}\t${p.stance}`;
    if (seen.has(key)) continue;
    seen.add(key);
    unique.push(p);
  }
  if (unique.length === 0) return null;
  const counts: Record<string, number> = {};
  for (const p of unique) counts[p.stance] = (counts[p.stance] ?? 0) + 1;
  const lastDate = unique[unique.length - 1]!.date;
  const current = dayVerdict(unique.filter((p) => p.date === lastDate));
  let lastChange = unique[0]!.date;
  for (let i = 1; i < unique.length; i++) if (unique[i]!.stance !== unique[i - 1]!.stance) lastChange = unique[i]!.date;
  const recent = new Set(unique.slice(-CONTEST_WINDOW).map((p) => p.stance));
  return { current, counts, contested: recent.size > 1, lastChange, lastObserved: lastDate, observations: unique.length };
}

/**
 * The verdict of one day's points (in chronological order): the most frequent label, ties broken by total
 * confidence, then by name.
 * Example: dayVerdict([{stance: "may_stay", confidence: 0.9}, {stance: "must_go", confidence: 0.7}]) → "may_stay"
 */
export function dayVerdict(points: ReadonlyArray<{ stance: string; confidence: number }>): string {
  const byLabel = new Map<string, { n: number; weight: number }>();
  for (const p of points) {
    const e = byLabel.get(p.stance) ?? { n: 0, weight: 0 };
    e.n++;
    e.weight += p.confidence;
    byLabel.set(p.stance, e);
  }
  return [...byLabel.entries()].sort((a, b) => b[1].n - a[1].n || b[1].weight - a[1].weight || a[0].localeCompare(b[0]))[0]![0];
}
