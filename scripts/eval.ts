// `npm run eval [-- --explain] [-- --variants] [-- --only SET] [-- --gold FILE --docs DIR]`: the extractor on the
// seeds, the development corpus, the probe rounds and the held-out rounds (or on an exported review set), scored over
// unique tuples as CONTRACT.md defines, overall, per topic and per label; the reliability of its confidence; with
// --explain, every miss and false claim with the stage that failed; with --variants, the true tuples each
// meaning-preserving rewrite of the articles loses (scripts/eval/variants.ts). The headline lines are cross-checked
// against the contract's own scorer (../shared/score.mjs).
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { defaultLexicon } from "../src/stance/default-lexicon";
import { SHIPPED_CALIBRATION } from "../src/stance/calibration-table";
import type { Claim } from "../src/stance/types";
import {
  extractCorpus,
  falseKind,
  loadCorpus,
  missStage,
  predictedTuples,
  scoreTuples,
  tupleKey,
  type Corpus,
  type ExtractedDoc,
} from "./eval/corpus";
import { applyModel, crossValidate, logLoss, reliabilityLines } from "./eval/folds";
import { scoreVariants } from "./eval/variants";
import { extractArticle } from "../src/stance/index";

const { values: opts } = parseArgs({
  options: {
    explain: { type: "boolean", default: false },
    gold: { type: "string" },
    docs: { type: "string" },
    only: { type: "string" },
    variants: { type: "boolean", default: false },
  },
});

const root = resolve(import.meta.dirname, "..");
const shared = resolve(root, "..", "shared");
const scorer = join(shared, "score.mjs");
const lexicon = defaultLexicon();
/** The held-out rounds, which the shipped confidence model is fitted on (scored by folds, below). */
const heldOutDocs = join(root, "test", "held-out-rounds", "docs");

const sets: Array<{ name: string; gold: string; docs: string }> = opts.gold
  ? [{ name: "given", gold: resolve(opts.gold), docs: resolve(opts.docs ?? ".") }]
  : [
      { name: "seeds", gold: join(shared, "gold", "seeds.gold.jsonl"), docs: join(root, "seeds") },
      { name: "dev", gold: join(shared, "dev", "gold.jsonl"), docs: join(shared, "dev", "docs") },
      { name: "rounds", gold: join(root, "test", "probe-rounds", "gold.jsonl"), docs: join(root, "test", "probe-rounds", "docs") },
      { name: "held-out", gold: join(root, "test", "held-out-rounds", "gold.jsonl"), docs: heldOutDocs },
    ].filter((s) => !opts.only || s.name === opts.only);
for (const s of sets) {
  if (!existsSync(s.gold) || !existsSync(s.docs)) {
    console.error(
      `eval: ${existsSync(s.gold) ? s.docs : s.gold} is missing (the gold and the scorer live in ../shared beside this project)`,
    );
    process.exit(2);
  }
}

const pct = (x: number) => x.toFixed(3);
const row = (label: string, s: { p: number; r: number; f1: number; tp: number; fp: number; fn: number }) =>
  `${label.padEnd(36)} P ${pct(s.p)}  R ${pct(s.r)}  F1 ${pct(s.f1)}  (tp ${s.tp} fp ${s.fp} fn ${s.fn})`;

let status = 0;
// The confidence model is fitted on the held-out rounds (`npm run calibrate`), never on dev, the probe rounds or the
// seeds, so what it gives them is already held out; the held-out rounds themselves are scored by folds, each round's
// claims given the confidence of a model fitted on the other rounds.
const extracted = new Map<string, { corpus: Corpus; raw: ExtractedDoc[] }>();
const loaded = (set: (typeof sets)[number]) => {
  let e = extracted.get(set.name);
  if (!e) {
    const corpus = loadCorpus(set.name, set.gold, set.docs);
    e = { corpus, raw: extractCorpus(corpus, lexicon) };
    extracted.set(set.name, e);
  }
  return e;
};
for (const set of sets) {
  const { corpus, raw } = loaded(set);
  const gold = new Set(corpus.gold.map(tupleKey));
  // What `extract` prints: the shipped calibration applied.
  const shipped = SHIPPED_CALIBRATION ? applyModel(raw, SHIPPED_CALIBRATION) : raw.flatMap((d) => d.claims);
  console.log(`\n== ${set.name}: ${corpus.docs.size} documents, ${gold.size} gold tuples (${set.docs})`);
  printScores(shipped, gold);
  status ||= officialCheck(corpus, shipped);
  const calibratedOn = resolve(set.docs) === heldOutDocs;
  reliability(calibratedOn ? "confidence as shipped, fitted on these rounds" : "confidence as shipped, not fitted on these", shipped, gold);
  if (calibratedOn) {
    const held = crossValidate(raw, corpus);
    console.log(`\n-- ${set.name}, held out: each round's claims with the confidence of a model fitted on the other rounds`);
    for (const f of held.folds) console.log(row(`fold ${f.fold} (${f.docs} docs)`, f.score));
    reliability("held-out confidence", held.claims, gold);
    const { loss, tuples } = logLoss(held.claims, gold);
    console.log(`  held-out log-loss ${loss.toFixed(4)} over ${tuples} tuples`);
  }
  explainStages(corpus, raw, shipped, gold, opts.explain);
  if (opts.variants) printVariants(corpus, gold, opts.explain);
}
process.exit(status);

/** The true tuples each rewrite of the articles loses (and the tuples it adds), with --explain each of them. */
function printVariants(corpus: Corpus, gold: ReadonlySet<string>, list: boolean): void {
  const tuplesOf = (id: string, text: string) => new Set(predictedTuples(extractArticle(id, text, lexicon).claims).keys());
  console.log(`\n-- ${corpus.name}, rewritten: true tuples lost under each meaning-preserving rewrite (scripts/eval/variants.ts)`);
  console.log(`${"rewrite".padEnd(28)} articles  true  lost        gained true  gained false`);
  for (const v of scoreVariants(corpus.docs, gold, tuplesOf)) {
    const share = v.trueBefore ? ` (${((100 * v.lost.length) / v.trueBefore).toFixed(1)}%)` : "";
    console.log(
      `${v.variant.name.padEnd(28)} ${String(v.changed).padStart(8)}  ${String(v.trueBefore).padStart(4)}  ${`${v.lost.length}${share}`.padEnd(10)}  ${String(v.gainedTrue).padStart(11)}  ${String(v.gainedFalse.length).padStart(12)}`,
    );
    if (!list) continue;
    for (const k of v.lost) console.log(`    LOST ${k.replaceAll("\t", " ")}`);
    for (const k of v.gainedFalse) console.log(`    FALSE ${k.replaceAll("\t", " ")}`);
  }
}

function printScores(claims: readonly Claim[], gold: ReadonlySet<string>): void {
  const scores = scoreTuples(new Set(predictedTuples(claims).keys()), gold);
  for (const [k, s] of scores) if (k === "overall" || s.tp + s.fp + s.fn > 0) console.log(row(k, s));
}

/** Confidence band → how many predicted tuples fall in it and how many of them are in the gold. */
function reliability(title: string, claims: readonly Claim[], gold: ReadonlySet<string>): void {
  console.log(`reliability (${title}): band → tuples, precision`);
  for (const line of reliabilityLines(claims, gold)) console.log(line);
}

/** The headline must agree with the contract's scorer; a disagreement is an error of this script. */
function officialCheck(corpus: Corpus, claims: readonly Claim[]): number {
  if (!existsSync(scorer)) return 0;
  const dir = mkdtempSync(join(tmpdir(), "stance-eval-"));
  const pred = join(dir, "pred.jsonl");
  writeFileSync(pred, claims.map((c) => JSON.stringify(c)).join("\n") + "\n");
  const goldPath = sets.find((s) => s.name === corpus.name)!.gold;
  const run = spawnSync(process.execPath, [scorer, "--gold", goldPath, "--docs", corpus.docsDir, "--pred", pred], { encoding: "utf8" });
  rmSync(dir, { recursive: true, force: true });
  const line = run.stdout.split("\n").find((l) => l.startsWith("overall")) ?? "(no overall line)";
  console.log(`contract scorer: ${line}`);
  return run.status ?? 1;
}

function explainStages(corpus: Corpus, raw: readonly ExtractedDoc[], claims: readonly Claim[], gold: ReadonlySet<string>, list: boolean) {
  const emitted = new Set(predictedTuples(claims).keys());
  const byDoc = new Map(raw.map((d) => [d.id, d]));
  const misses = corpus.gold.filter((g) => !emitted.has(tupleKey(g)));
  const stages = new Map<string, typeof misses>();
  for (const g of misses) {
    const stage = missStage(g, byDoc.get(g.doc)!, emitted);
    stages.set(stage, [...(stages.get(stage) ?? []), g]);
  }
  console.log(`misses by stage (${misses.length}):`);
  for (const [stage, gs] of [...stages].sort((a, b) => b[1].length - a[1].length)) {
    console.log(`  ${String(gs.length).padStart(4)}  ${stage}`);
  }
  const falses = [...emitted].filter((k) => !gold.has(k));
  const kinds = new Map<string, string[]>();
  for (const k of falses) kinds.set(falseKind(k, gold), [...(kinds.get(falseKind(k, gold)) ?? []), k]);
  console.log(`false claims by kind (${falses.length}):`);
  for (const [kind, ks] of [...kinds].sort((a, b) => b[1].length - a[1].length)) console.log(`  ${String(ks.length).padStart(4)}  ${kind}`);
  if (!list) return;
  for (const [stage, gs] of stages) {
    console.log(`\n# miss: ${stage}`);
    for (const g of gs) console.log(`MISS ${g.doc} ${g.party} ${g.topic} ${g.stance} | ${g.note ?? ""}`);
  }
  const best = new Map<string, Claim>();
  for (const c of claims) if (!best.has(tupleKey(c)) || best.get(tupleKey(c))!.confidence < c.confidence) best.set(tupleKey(c), c);
  for (const [kind, ks] of kinds) {
    console.log(`\n# false: ${kind}`);
    for (const k of ks) {
      const c = best.get(k)!;
      console.log(
        `FALSE ${k.replaceAll("\t", " ")} ${c.confidence} [${c.rules.join(",")}] | ${c.evidence.replace(/\s+/g, " ").slice(0, 300)}`,
      );
    }
  }
}
