// The confidence model fitted and checked by cross-validation over a corpus's folds (the held-out rounds, one fold
// each; dev's id prefixes): each fold's claims get the confidence of a model fitted on the others.
import { estimate, FEATURES, featuresWithRules, fitLogistic, ruleFeature, type CalibrationModel } from "../../src/stance/calibration";
import type { Claim } from "../../src/stance/types";
import { predictedTuples, scoreTuples, tupleKey, type Corpus, type ExtractedDoc, type Score } from "./corpus";

/** L2 penalty of the fit (chosen by the held-out log-loss, see README). */
export const L2 = Number(process.env.CALIBRATION_L2 ?? 0.001);

/** How many of the fitted claims a cue rule must have made to get a weight of its own (a rule feature). */
export const RULE_MIN_CLAIMS = Number(process.env.CALIBRATION_RULE_MIN ?? 40);

export const foldOf = (doc: string) => doc.split(/[-_]/)[0]!;

/** A model fitted on these documents' claims, each labelled by whether its tuple is in the gold. */
export function fitModel(docs: readonly ExtractedDoc[], corpus: Corpus, fittedOn: string): CalibrationModel {
  const gold = new Set(corpus.gold.map(tupleKey));
  const made = new Map<string, number>();
  for (const d of docs) for (const c of d.claims) made.set(c.rules[0]!, (made.get(c.rules[0]!) ?? 0) + 1);
  const rules = [...made]
    .filter(([, n]) => n >= RULE_MIN_CLAIMS)
    .map(([r]) => r)
    .sort();
  const xs: number[][] = [];
  const ys: boolean[] = [];
  for (const d of docs) {
    for (const c of d.claims) {
      xs.push(featuresWithRules(d.trace.facts!.get(c)!, rules));
      ys.push(gold.has(tupleKey(c)));
    }
  }
  return { fittedOn, features: [...FEATURES, ...rules.map(ruleFeature)], weights: fitLogistic(xs, ys, L2) };
}

/** The documents' claims with the model's confidence. */
export function applyModel(docs: readonly ExtractedDoc[], model: CalibrationModel): Claim[] {
  return docs.flatMap((d) => d.claims.map((c) => ({ ...c, confidence: estimate(model, d.trace.facts!.get(c)!) })));
}

export interface HeldOut {
  /** Every document's claims with the confidence of the model fitted without its fold. */
  claims: Claim[];
  folds: Array<{ fold: string; docs: number; score: Score }>;
}

export function crossValidate(docs: readonly ExtractedDoc[], corpus: Corpus): HeldOut {
  const folds = [...new Set(docs.map((d) => foldOf(d.id)))].sort();
  const claims: Claim[] = [];
  const out: HeldOut["folds"] = [];
  for (const fold of folds) {
    const test = docs.filter((d) => foldOf(d.id) === fold);
    const model = fitModel(
      docs.filter((d) => foldOf(d.id) !== fold),
      corpus,
      `without ${fold}`,
    );
    const scored = applyModel(test, model);
    claims.push(...scored);
    const ids = new Set(test.map((d) => d.id));
    const gold = new Set(corpus.gold.filter((g) => ids.has(g.doc)).map(tupleKey));
    out.push({ fold, docs: test.length, score: scoreTuples(new Set(predictedTuples(scored).keys()), gold).get("overall")! });
  }
  return { claims, folds: out };
}

/**
 * The reliability table of claims' confidence over their unique tuples: per band, how many tuples and how many of
 * them are in the gold; then the tuples at 0.8 or more and how many are right.
 * Example: reliabilityLines(claims, gold)[4] → "  0.8–0.9    41  0.902"
 */
export function reliabilityLines(claims: readonly Claim[], gold: ReadonlySet<string>): string[] {
  const bands = [0, 0.5, 0.6, 0.7, 0.8, 0.9];
  const counts = bands.map(() => [0, 0]);
  const tuples = [...predictedTuples(claims)];
  for (const [key, confidence] of tuples) {
    const i = bands.filter((b) => confidence >= b).length - 1;
    counts[i]![0]!++;
    if (gold.has(key)) counts[i]![1]!++;
  }
  const lines = bands.map((b, i) => {
    const [n, ok] = counts[i]!;
    return `  ${b.toFixed(1)}–${(bands[i + 1] ?? 1).toFixed(1)}  ${String(n).padStart(4)}  ${n ? (ok! / n!).toFixed(3) : "  -  "}`;
  });
  lines.push(`  ${highConfidenceLine(claims, gold)}`);
  return lines;
}

/** How many unique tuples have confidence 0.8 or more, and the share of them in the gold (the reliability table's last line). */
export function highConfidenceLine(claims: readonly Claim[], gold: ReadonlySet<string>): string {
  const high = [...predictedTuples(claims)].filter(([, c]) => c >= 0.8);
  const right = high.filter(([k]) => gold.has(k)).length;
  return `confidence >= 0.8: ${high.length} tuples, ${high.length ? (right / high.length).toFixed(3) : "-"} right`;
}

/** Mean log-loss of claims' confidence over their unique tuples (each clipped to [0.01, 0.99]): what L2 is chosen by. */
export function logLoss(claims: readonly Claim[], gold: ReadonlySet<string>): { loss: number; tuples: number } {
  const losses = [...predictedTuples(claims)].map(([k, c]) => -Math.log(Math.min(0.99, Math.max(0.01, gold.has(k) ? c : 1 - c))));
  return { loss: losses.reduce((a, b) => a + b, 0) / Math.max(1, losses.length), tuples: losses.length };
}
