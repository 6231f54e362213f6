// `npm run calibrate`: fit the shipped confidence model (src/stance/calibration.json) on the development corpus and
// the probe rounds (test/probe-rounds: articles written for the project by annotators who never read the rules, so
// its claims are less tuned than dev's, where the rules were written from). Prints the held-out figures first (each
// fold — a dev id prefix or a round — scored by a model fitted on the others), which are the ones to report; the
// shipped model is then fitted on both. Run after any change to the extractor or its lexicon (a test fails while the
// shipped model names an older build).
import { existsSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { defaultLexicon } from "../src/stance/default-lexicon";
import { EXTRACTOR_BUILD } from "../src/stance/version";
import type { Claim } from "../src/stance/types";
import { extractCorpus, loadCorpus, mergeCorpora, predictedTuples, tupleKey } from "./eval/corpus";
import { crossValidate, fitModel } from "./eval/folds";

const root = resolve(import.meta.dirname, "..");
const dev = resolve(root, "..", "shared", "dev");
const rounds = join(root, "test", "probe-rounds");
if (!existsSync(join(dev, "gold.jsonl"))) {
  console.error(`calibrate: ${dev} is missing (the development corpus lives in ../shared beside this project)`);
  process.exit(2);
}
const lexicon = defaultLexicon();
const devCorpus = loadCorpus("dev", join(dev, "gold.jsonl"), join(dev, "docs"));
const roundsCorpus = loadCorpus("rounds", join(rounds, "gold.jsonl"), join(rounds, "docs"));
const corpus = mergeCorpora("dev+rounds", [devCorpus, roundsCorpus]);
const raw = extractCorpus(corpus, lexicon);
const gold = new Set(corpus.gold.map(tupleKey));
const held = crossValidate(raw, corpus);
const highRight = (claims: readonly Claim[]) => {
  const high = [...predictedTuples(claims)].filter(([, c]) => c >= 0.8);
  return `confidence >= 0.8 on ${high.length} tuples, ${high.filter(([k]) => gold.has(k)).length} right`;
};
console.log(`held out (folds: dev's 6 id prefixes, each round): dev ${highRight(held.claims.filter((c) => devCorpus.docs.has(c.doc)))}`);
console.log(`held out: probe rounds ${highRight(held.claims.filter((c) => roundsCorpus.docs.has(c.doc)))}`);
const model = fitModel(
  raw,
  corpus,
  `dev: ${devCorpus.docs.size} articles, ${devCorpus.gold.length} gold tuples; probe rounds: ${roundsCorpus.docs.size} articles, ${roundsCorpus.gold.length} gold tuples`,
);
model.build = EXTRACTOR_BUILD;
model.lexicon = lexicon.version;
writeFileSync(join(root, "src", "stance", "calibration.json"), JSON.stringify(model, null, 2) + "\n");
console.log(`wrote src/stance/calibration.json: ${model.features.map((f, i) => `${f} ${model.weights[i]}`).join(", ")}`);
