// `npm run eval [-- --explain] [-- --variants] [-- --gold FILE --docs DIR]`: the extractor on the seeds and the
// development corpus (or on an exported review set), scored over unique tuples as CONTRACT.md defines, overall, per
// topic and per label; the reliability of its confidence; with --explain, every miss and false claim with the stage
// that failed; with --variants, the true tuples each meaning-preserving rewrite of the articles loses
// (scripts/eval/variants.ts). The headline lines are cross-checked against the contract's own scorer
// (../shared/score.mjs).
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
  mergeCorpora,
  missStage,
  predictedTuples,
  scoreTuples,
  tupleKey,
  type Corpus,
  type ExtractedDoc,
} from "./eval/corpus";
import { applyModel, crossValidate, foldOf } from "./eval/folds";
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

const sets: Array<{ name: string; gold: string; docs: string }> = opts.gold
  ? [{ name: "given", gold: resolve(opts.gold), docs: resolve(opts.docs ?? ".") }]
  : [
      { name: "seeds", gold: join(shared, "gold", "seeds.gold.jsonl"), docs: join(root, "seeds") },
      { name: "dev", gold: join(shared, "dev", "gold.jsonl"), docs: join(shared, "dev", "docs") },
      { name: "rounds", gold: join(root, "test", "probe-rounds", "gold.jsonl"), docs: join(root, "test", "probe-rounds", "docs") },
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
// The confidence model is fitted on dev and the probe rounds together (`npm run calibrate`): each is scored held out
// by folds over both (dev's id prefixes, each round), its own claims' confidence from a model fitted on the rest.
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
const calibrationSets = opts.gold ? [] : sets.filter((s) => s.name === "dev" || s.name === "rounds");
// The folds over both, fitted once and read by each set (21 models: the costly part of the run).
let calibrationCv: ReturnType<typeof crossValidate> | undefined;
const heldOutOverBoth = () => {
  if (!calibrationCv) {
    const both = calibrationSets.map(loaded);
    calibrationCv = crossValidate(
      both.flatMap((b) => b.raw),
      mergeCorpora(
        "calibration",
        both.map((b) => b.corpus),
      ),
    );
  }
  return calibrationCv;
};
for (const set of sets) {
  const { corpus, raw } = loaded(set);
  const gold = new Set(corpus.gold.map(tupleKey));
  // What `extract` prints: the shipped calibration applied (its table was fitted on dev, never on the seeds).
  const shipped = SHIPPED_CALIBRATION ? applyModel(raw, SHIPPED_CALIBRATION) : raw.flatMap((d) => d.claims);
  console.log(`\n== ${set.name}: ${corpus.docs.size} documents, ${gold.size} gold tuples (${set.docs})`);
  printScores(shipped, gold);
  status ||= officialCheck(corpus, shipped);
  reliability("confidence as shipped", shipped, gold);
  if (calibrationSets.some((s) => s.name === set.name)) {
    const cv = heldOutOverBoth();
    const held = {
      claims: cv.claims.filter((c) => corpus.docs.has(c.doc)),
      folds: cv.folds.filter((f) => raw.some((d) => foldOf(d.id) === f.fold)),
    };
    console.log(
      `\n-- ${set.name}, held out: the confidence of each fold's claims from a model fitted on the other folds (${cv.folds.map((f) => f.fold).join(", ")})`,
    );
    for (const f of held.folds) console.log(row(`fold ${f.fold} (${f.docs} docs)`, f.score));
    reliability("held-out confidence", held.claims, gold);
    // Log-loss of the held-out confidence over predicted tuples: what the L2 penalty is chosen by.
    const loss = [...predictedTuples(held.claims)].map(([k, c]) => -Math.log(Math.min(0.99, Math.max(0.01, gold.has(k) ? c : 1 - c))));
    console.log(
      `  held-out log-loss ${(loss.reduce((a, b) => a + b, 0) / Math.max(1, loss.length)).toFixed(4)} over ${loss.length} tuples`,
    );
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
  const bands = [0, 0.5, 0.6, 0.7, 0.8, 0.9];
  const counts = bands.map(() => [0, 0]);
  for (const [key, confidence] of predictedTuples(claims)) {
    const i = bands.filter((b) => confidence >= b).length - 1;
    counts[i]![0]!++;
    if (gold.has(key)) counts[i]![1]!++;
  }
  console.log(`reliability (${title}): band → tuples, precision`);
  bands.forEach((b, i) => {
    const [n, ok] = counts[i]!;
    const hi = bands[i + 1] ?? 1;
    console.log(`  ${b.toFixed(1)}–${hi.toFixed(1)}  ${String(n).padStart(4)}  ${n ? pct(ok! / n!) : "  -  "}`);
  });
  const high = [...predictedTuples(claims)].filter(([, c]) => c >= 0.8);
  const right = high.filter(([k]) => gold.has(k)).length;
  console.log(`  confidence >= 0.8: ${high.length} tuples, ${high.length ? pct(right / high.length) : "-"} right`);
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
