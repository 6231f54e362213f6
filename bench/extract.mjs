#!/usr/bin/env node
// `npm run bench:extract [-- --quick] [-- --node-only]`: the extraction benchmark (scripts/bench-extract.ts) bundled
// the way the Worker is (esbuild, keep_names off as in wrangler.toml) and run on one core in Node, so the figures
// measure the code that runs in production rather than a development loader's wrappers; then the same extraction
// inside workerd (Miniflare, bench/workerd.mjs), where the Worker runs and where issue 15 sets its per-article target.
// Node 20's V8 stops optimising regexes once an isolate has generated 1 MB of regexp code, which the lexicon's rules
// pass, so its figures are higher than workerd's; both are printed, each with the targets judged on it.
import { spawnSync } from "node:child_process";
import { join, resolve } from "node:path";
import { bundleForNode } from "./bundle.mjs";

const root = resolve(import.meta.dirname, "..");
const outfile = join(root, "scripts", "bench-extract.bundle.mjs");
await bundleForNode(join(root, "scripts", "bench-extract.ts"), outfile, root);
const args = process.argv.slice(2).filter((a) => a !== "--node-only");
const run = spawnSync(process.execPath, [outfile, ...args], { cwd: root, stdio: "inherit" });
if (run.status !== 0 || process.argv.includes("--node-only") || process.argv.includes("--json")) process.exit(run.status ?? 1);

const { extractionInWorkerd, startBenchWorker } = await import("./workerd.mjs");
const mf = await startBenchWorker();
try {
  const w = await extractionInWorkerd(mf);
  const verdict = (ok) => (ok ? "met" : "MISSED");
  console.log(
    `targets in workerd: every seed article < 5 ms ${verdict(w.max < 5)} (slowest ${w.max.toFixed(2)} ms); seed corpus < 50 ms ${verdict(w.corpusMs < 50)} (${w.corpusMs.toFixed(1)} ms); extract <= 10x normalise-only ${verdict(w.ratio <= 10)} (${w.ratio.toFixed(1)}x)`,
  );
} finally {
  await mf.dispose();
}
