// `npm run calibrate`: fit the shipped confidence model (src/stance/calibration.json) on the held-out rounds
// (test/held-out-rounds: articles written for the project whose errors nobody has read, so no rule was fixed from
// them and their claims are as often right as on news the extractor has not seen; on dev and the probe rounds, which
// the rules were written from, claims are right more often than that, and a model fitted there is overconfident on new
// articles). Prints the held-out figures first (each round scored by a model fitted on the other rounds), which are
// the ones to report, then the shipped model on dev and the probe rounds (never fitted on). Run after any change to
// the extractor or its lexicon (a test fails while the shipped model names an older build).
//
// `npm run calibrate -- --check-from rNNN` writes nothing: it fits on the held-out rounds numbered below rNNN alone and
// scores the rounds from rNNN on, which that fit never saw (a stricter check than the folds: later rounds, later writers).
import { existsSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { defaultLexicon } from "../src/stance/default-lexicon";
import { RULE_FEATURE } from "../src/stance/calibration";
import { EXTRACTOR_BUILD } from "../src/stance/version";
import type { Claim } from "../src/stance/types";
import { extractCorpus, loadCorpus, tupleKey, type Corpus } from "./eval/corpus";
import { applyModel, crossValidate, fitModel, highConfidenceLine, logLoss, reliabilityLines } from "./eval/folds";

const root = resolve(import.meta.dirname, "..");
const dev = resolve(root, "..", "shared", "dev");
const held = join(root, "test", "held-out-rounds");
const rounds = join(root, "test", "probe-rounds");
const lexicon = defaultLexicon();
const heldCorpus = loadCorpus("held-out rounds", join(held, "gold.jsonl"), join(held, "docs"));
const raw = extractCorpus(heldCorpus, lexicon);
/** The corpus's name and its tuples at confidence 0.8 or more, with how many of them are right. */
const highRight = (corpus: Corpus, claims: readonly Claim[]) =>
  `${corpus.name}: ${highConfidenceLine(claims, new Set(corpus.gold.map(tupleKey)))}`;
const { values: opts } = parseArgs({ options: { "check-from": { type: "string" } } });
const roundNumber = (doc: string) => Number(/^r(\d+)/.exec(doc)?.[1] ?? NaN);
if (opts["check-from"]) {
  const from = roundNumber(opts["check-from"]);
  if (!Number.isFinite(from)) {
    console.error(`calibrate: --check-from takes a round, as r276 (got ${opts["check-from"]})`);
    process.exit(2);
  }
  const before = raw.filter((d) => roundNumber(d.id) < from);
  const after = raw.filter((d) => roundNumber(d.id) >= from);
  const early = fitModel(before, heldCorpus, `held-out rounds before r${from}`);
  console.log(`fitted on ${before.length} articles of the rounds before r${from}, scored on the ${after.length} from r${from}:`);
  const scored = applyModel(after, early);
  const gold = new Set(heldCorpus.gold.map(tupleKey));
  for (const line of reliabilityLines(scored, gold)) console.log(line);
  const { loss, tuples } = logLoss(scored, gold);
  console.log(`  log-loss ${loss.toFixed(4)} over ${tuples} tuples`);
  process.exit(0);
}
const cv = crossValidate(raw, heldCorpus);
console.log(`held out (folds: each round, scored by a model fitted on the others): ${highRight(heldCorpus, cv.claims)}`);
const model = fitModel(raw, heldCorpus, `held-out rounds: ${heldCorpus.docs.size} articles, ${heldCorpus.gold.length} gold tuples`);
model.build = EXTRACTOR_BUILD;
model.lexicon = lexicon.version;
const others: Array<[string, string]> = [
  ["dev", dev],
  ["probe rounds", rounds],
];
for (const [name, dir] of others) {
  if (!existsSync(join(dir, "gold.jsonl"))) {
    console.log(`${name}: ${dir} is missing, not scored`);
    continue;
  }
  const corpus = loadCorpus(name, join(dir, "gold.jsonl"), join(dir, "docs"));
  console.log(`shipped model (not fitted on it): ${highRight(corpus, applyModel(extractCorpus(corpus, lexicon), model))}`);
}
writeFileSync(join(root, "src", "stance", "calibration.json"), JSON.stringify(model, null, 2) + "\n");
console.log(
  `wrote src/stance/calibration.json: ${model.features.length} features (${model.features.filter((f) => f.startsWith(RULE_FEATURE)).length} of them cue rules)`,
);
