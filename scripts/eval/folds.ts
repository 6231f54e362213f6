// The confidence model fitted and checked by cross-validation over the development corpus's id prefixes (pre,
// iran, assad, later, region, hard): each fold's claims get the confidence of a model fitted on the other five.
import { estimate, features, FEATURES, fitLogistic, type CalibrationModel } from "../../src/stance/calibration";
import type { Claim } from "../../src/stance/types";
import { predictedTuples, scoreTuples, tupleKey, type Corpus, type ExtractedDoc, type Score } from "./corpus";

/** L2 penalty of the fit (chosen by the held-out log-loss, see README). */
export const L2 = Number(process.env.CALIBRATION_L2 ?? 0.01);

export const foldOf = (doc: string) => doc.split(/[-_]/)[0]!;

/** A model fitted on these documents' claims, each labelled by whether its tuple is in the gold. */
export function fitModel(docs: readonly ExtractedDoc[], corpus: Corpus, fittedOn: string): CalibrationModel {
  const gold = new Set(corpus.gold.map(tupleKey));
  const xs: number[][] = [];
  const ys: boolean[] = [];
  for (const d of docs) {
    for (const c of d.claims) {
      xs.push(features(d.trace.facts!.get(c)!));
      ys.push(gold.has(tupleKey(c)));
    }
  }
  return { fittedOn, features: [...FEATURES], weights: fitLogistic(xs, ys, L2) };
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
