// Confidence as measured precision: how often a kind of claim (its cue rule and how its holder was found) is
// right on an annotated corpus, smoothed towards the broader kinds it belongs to. Fitted by `npm run calibrate`
// (cross-validated over the development corpus's id prefixes, so an article never calibrates itself) and shipped
// as src/stance/calibration.json with the extractor build.

/** Right and total counts of one kind of claim. */
export interface Cell {
  n: number;
  right: number;
}

export interface CalibrationTable {
  /** Which corpus and extractor build the counts come from. */
  fittedOn: string;
  /** Pseudo-counts pulling a kind with few claims towards its broader kind. */
  strength: number;
  /** Claims whose estimated precision is below this are not emitted (fitted to maximise F1 out of fold). */
  threshold: number;
  cells: Record<string, Cell>;
}

/** What a claim's kind is read from: its topic, label, and rule ids (cue rule first, then `holder.<method>`). */
export interface ClaimKind {
  topic: string;
  stance: string;
  rules: readonly string[];
  reported_by?: string;
}

/**
 * The kinds a claim belongs to, from the broadest to the narrowest: all claims, its topic, its topic and label,
 * its cue rule, its cue rule with the holder method (and whether the holder is reported by another party).
 * Example: kindKeys({topic: "assad_role", stance: "must_go", rules: ["assad.go", "holder.frame"]})
 *   → ["*", "assad_role", "assad_role/must_go", "rule:assad.go", "rule:assad.go|holder.frame"]
 */
export function kindKeys(c: ClaimKind): string[] {
  const cue = c.rules[0] ?? "?";
  const method = (c.rules[1] ?? "holder.?") + (c.reported_by ? "+reported" : "");
  return ["*", c.topic, `${c.topic}/${c.stance}`, `rule:${cue}`, `rule:${cue}|${method}`];
}

/**
 * Estimated precision of a claim's kind: each level's rate smoothed towards its parent's by `strength`
 * pseudo-counts, so a rule seen twice says little and a rule seen fifty times speaks for itself.
 * Example: with cells {"*": {n: 10, right: 5}} and strength 4, a claim of an unseen rule → 0.5
 */
export function estimate(table: CalibrationTable, c: ClaimKind): number {
  let p = 0.5;
  for (const key of kindKeys(c)) {
    const cell = table.cells[key];
    if (cell) p = (cell.right + table.strength * p) / (cell.n + table.strength);
  }
  return Math.round(p * 100) / 100;
}

/** Counts of labelled claims per kind. Example: fitCells([{kind, right: true}]) → {"*": {n: 1, right: 1}, …} */
export function fitCells(labelled: ReadonlyArray<{ kind: ClaimKind; right: boolean }>): Record<string, Cell> {
  const cells: Record<string, Cell> = {};
  for (const { kind, right } of labelled) {
    for (const key of kindKeys(kind)) {
      const cell = (cells[key] ??= { n: 0, right: 0 });
      cell.n++;
      if (right) cell.right++;
    }
  }
  return cells;
}
