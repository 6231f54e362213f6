// `npm run eval`: extract the seed files and score them with the contract's scorer (../shared/score.mjs).
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { defaultLexicon } from "../src/stance/default-lexicon";
import { extractFile } from "../src/stance/index";

const root = resolve(import.meta.dirname, "..");
const shared = resolve(root, "..", "shared");
const seeds = join(root, "seeds");
const gold = process.env.GOLD ?? join(shared, "gold", "seeds.gold.jsonl");
const scorer = join(shared, "score.mjs");
for (const need of [gold, scorer]) {
  if (!existsSync(need)) {
    console.error(`eval: ${need} is missing; the scorer and the gold live in ../shared beside this project`);
    process.exit(2);
  }
}
const lexicon = defaultLexicon();
const lines: string[] = [];
for (const file of readdirSync(seeds)
  .filter((f) => f.endsWith(".txt"))
  .sort()) {
  for (const article of extractFile(file, readFileSync(join(seeds, file), "utf8"), lexicon)) {
    for (const claim of article.claims) lines.push(JSON.stringify(claim));
  }
}
const pred = join(mkdtempSync(join(tmpdir(), "stance-eval-")), "pred.jsonl");
writeFileSync(pred, lines.join("\n") + "\n");
const explain = process.argv.includes("--explain") ? ["--explain"] : [];
const run = spawnSync(process.execPath, [scorer, "--gold", gold, "--docs", seeds, "--pred", pred, ...explain], { stdio: "inherit" });
// Confidence calibration: how often claims at >= 0.8 and below are in the gold.
const goldKeys = new Set(
  readFileSync(gold, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record<string, string>)
    .map((g) => `${g.doc}\t${g.party}\t${g.topic}\t${g.stance}`),
);
const bands = { high: [0, 0], low: [0, 0] };
for (const l of lines) {
  const c = JSON.parse(l) as { doc: string; party: string; topic: string; stance: string; confidence: number };
  const band = c.confidence >= 0.8 ? bands.high : bands.low;
  band[0]!++;
  if (goldKeys.has(`${c.doc}\t${c.party}\t${c.topic}\t${c.stance}`)) band[1]!++;
}
const pct = ([n, ok]: number[]) => (n ? `${((100 * ok!) / n!).toFixed(1)}% of ${n}` : "none");
console.log(`confidence >= 0.8: ${pct(bands.high)} in gold; below 0.8: ${pct(bands.low)} in gold`);
process.exit(run.status ?? 1);
