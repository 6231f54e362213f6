// `npm run calibrate`: fit the shipped confidence model (src/stance/calibration.json) on the development corpus.
// Prints the held-out figures first (each id prefix scored by a model fitted on the other five), which are the
// ones to report; the shipped model is then fitted on the whole corpus. Run after any change to the extractor or
// its lexicon (a test fails while the shipped model names an older build).
import { existsSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { defaultLexicon } from "../src/stance/default-lexicon";
import { EXTRACTOR_BUILD } from "../src/stance/version";
import { extractCorpus, loadCorpus, predictedTuples, tupleKey } from "./eval/corpus";
import { crossValidate, fitModel } from "./eval/folds";

const root = resolve(import.meta.dirname, "..");
const dev = resolve(root, "..", "shared", "dev");
if (!existsSync(join(dev, "gold.jsonl"))) {
  console.error(`calibrate: ${dev} is missing (the development corpus lives in ../shared beside this project)`);
  process.exit(2);
}
const lexicon = defaultLexicon();
const corpus = loadCorpus("dev", join(dev, "gold.jsonl"), join(dev, "docs"));
const raw = extractCorpus(corpus, lexicon);
const gold = new Set(corpus.gold.map(tupleKey));
const held = crossValidate(raw, corpus);
const tuples = predictedTuples(held.claims);
const high = [...tuples].filter(([, c]) => c >= 0.8);
const right = high.filter(([k]) => gold.has(k)).length;
console.log(`held out (6 folds by id prefix): confidence >= 0.8 on ${high.length} tuples, ${right} right`);
const model = fitModel(raw, corpus, `dev: ${corpus.docs.size} articles, ${corpus.gold.length} gold tuples`);
model.build = EXTRACTOR_BUILD;
model.lexicon = lexicon.version;
writeFileSync(join(root, "src", "stance", "calibration.json"), JSON.stringify(model, null, 2) + "\n");
console.log(`wrote src/stance/calibration.json: ${model.features.map((f, i) => `${f} ${model.weights[i]}`).join(", ")}`);
