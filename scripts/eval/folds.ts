// Calibration fitted and checked by cross-validation over the development corpus's id prefixes (pre, iran, assad,
// later, region, hard): each fold's claims get the confidence and threshold learnt from the other five folds.
import { estimate, fitCells, type CalibrationTable } from "../../src/stance/calibration";
import type { Claim } from "../../src/stance/types";
import { predictedTuples, scoreTuples, tupleKey, type Corpus, type ExtractedDoc, type Score } from "./corpus";

/** Pseudo-counts towards the broader kind (see estimate()). */
export const STRENGTH = 4;
const THRESHOLDS = Array.from({ length: 13 }, (_, i) => i * 0.05);

export const foldOf = (doc: string) => doc.split(/[-_]/)[0]!;

function labelled(docs: readonly ExtractedDoc[], gold: ReadonlySet<string>) {
  return docs.flatMap((d) => d.claims.map((c) => ({ kind: c, right: gold.has(tupleKey(c)) })));
}

/** The claims a table lets through, with its confidence. */
export function applyTable(claims: readonly Claim[], table: CalibrationTable): Claim[] {
  return claims.map((c) => ({ ...c, confidence: estimate(table, c) })).filter((c) => c.confidence >= table.threshold);
}

/** A table fitted on these documents: counts per kind, and the threshold that gives them the best F1. */
export function fitTable(docs: readonly ExtractedDoc[], corpus: Corpus, fittedOn: string): CalibrationTable {
  const ids = new Set(docs.map((d) => d.id));
  const gold = new Set(corpus.gold.filter((g) => ids.has(g.doc)).map(tupleKey));
  const table: CalibrationTable = { fittedOn, strength: STRENGTH, threshold: 0, cells: fitCells(labelled(docs, gold)) };
  let best = -1;
  for (const threshold of THRESHOLDS) {
    const pred = new Set(
      predictedTuples(
        applyTable(
          docs.flatMap((d) => d.claims),
          { ...table, threshold },
        ),
      ).keys(),
    );
    const f1 = scoreTuples(pred, gold).get("overall")!.f1;
    if (f1 > best + 1e-9) [best, table.threshold] = [f1, threshold];
  }
  return table;
}

export interface HeldOut {
  /** Every document's claims as its fold's table (fitted without that fold) scores and filters them. */
  claims: Claim[];
  folds: Array<{ fold: string; docs: number; threshold: number; score: Score }>;
}

export function crossValidate(docs: readonly ExtractedDoc[], corpus: Corpus): HeldOut {
  const folds = [...new Set(docs.map((d) => foldOf(d.id)))].sort();
  const claims: Claim[] = [];
  const out: HeldOut["folds"] = [];
  for (const fold of folds) {
    const train = docs.filter((d) => foldOf(d.id) !== fold);
    const test = docs.filter((d) => foldOf(d.id) === fold);
    const table = fitTable(train, corpus, `without ${fold}`);
    const kept = applyTable(
      test.flatMap((d) => d.claims),
      table,
    );
    claims.push(...kept);
    const ids = new Set(test.map((d) => d.id));
    const gold = new Set(corpus.gold.filter((g) => ids.has(g.doc)).map(tupleKey));
    out.push({
      fold,
      docs: test.length,
      threshold: table.threshold,
      score: scoreTuples(new Set(predictedTuples(kept).keys()), gold).get("overall")!,
    });
  }
  return { claims, folds: out };
}
