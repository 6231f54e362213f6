#!/usr/bin/env node
// `node bench/compare.mjs <before> <after> [seconds] [--one] [--same-process]`: extraction in two checkouts of this
// project compared. Each is bundled as `npm run bench:extract` bundles it and timed over the seed corpus and over a
// 2 MB corpus built from it (extractArticles where both have it, one article at a time with --one), each pass in CPU
// time (process.cpuUsage), so a busy machine slows both alike and a descheduled process is not counted.
//
// Each checkout runs in processes of its own, one after the other in alternating order (before, after; after,
// before; …), each warmed up before it is timed, and the figure is the median of the rounds' after/before ratios.
// Two bundles in one process favoured whichever was loaded first, by 20-30% on a busy machine (the second one's
// code shares the isolate's heap, regexp cache and type feedback with the first), so that a run and the same run
// in the other order could disagree on which tree is faster; --same-process still runs them that way, interleaved
// pass by pass, for comparison. Prints the median per pass of each, the floor (normalise-only) and their ratio: the
// figure to trust for a change of a few percent, which the wall-clock ratio of `bench:extract` cannot tell. (A child's
// CPU time counts the compiler's and collector's threads too, so its passes and their multiples of the floor read
// higher than bench:extract's wall-clock ones; the ratio between the checkouts is the figure.)
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { bundleForNode } from "./bundle.mjs";

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
/** Least warm-up of a child process before it is timed. */
const WARM_UP_MS = 2000;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** The seed corpus's articles and a 2 MB corpus of them, numbered copies (as bench:extract builds its 10 MB one). */
function corpora(mod, seeds) {
  const articles = readdirSync(seeds)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .flatMap((f) => mod.splitDocuments(f, readFileSync(join(seeds, f), "utf8")));
  const large = [];
  for (let copy = 0, bytes = 0; bytes < 2 * 2 ** 20; copy++)
    for (const a of articles) {
      const text = `${a.text}\n(نسخة ${copy})`;
      large.push({ id: `${a.id}~${copy}`, text });
      bytes += Buffer.byteLength(text, "utf8");
    }
  return { "seed corpus": articles, "2 MB corpus": large };
}

/** One pass of checkout `mod` over `list`, batched (extractArticles) or one article at a time. */
function pass(mod, lexicon, list, batched) {
  if (batched) mod.stance.extractArticles(list, lexicon);
  else for (const a of list) mod.extractArticle(a.id, a.text, lexicon);
}

// A child: `--child <bundle> <seeds> <corpus> <ms> <batched>` warms one checkout up on one corpus, times passes for
// <ms> of wall time and prints the median pass and the median normalise-only pass, as JSON.
if (process.argv[2] === "--child") {
  const [bundle, seeds, corpus, msArg, batchedArg] = process.argv.slice(3);
  const mod = await import(pathToFileURL(bundle).href);
  const lexicon = mod.defaultLexicon();
  const list = corpora(mod, seeds)[corpus];
  const batched = batchedArg === "1";
  const ms = Number(msArg);
  // Warm-up: at least 2 s (as bench:extract: less left the seed corpus measured half-warm), a third of the timed
  // span and three passes, so the optimising compiler has settled.
  const warmUntil = performance.now() + Math.max(WARM_UP_MS, ms / 3);
  for (let i = 0; i < 3 || performance.now() < warmUntil; i++) pass(mod, lexicon, list, batched);
  const times = [];
  const floor = [];
  const until = performance.now() + ms;
  for (let i = 0; i < 3 || performance.now() < until; i++) {
    let t0 = cpuMs();
    pass(mod, lexicon, list, batched);
    times.push(cpuMs() - t0);
    t0 = cpuMs();
    for (const a of list) mod.normaliseForMatching(a.text);
    floor.push(cpuMs() - t0);
  }
  console.log(JSON.stringify({ ms: median(times), floorMs: median(floor), passes: times.length }));
  process.exit(0);
}

const oneAtATime = process.argv.includes("--one");
const sameProcess = process.argv.includes("--same-process");
const [beforeArg, afterArg, secondsArg] = process.argv.slice(2).filter((a) => !a.startsWith("--"));
const [before, after] = [beforeArg, afterArg].map((d) => d && resolve(d));
const seconds = Number(secondsArg ?? 40);
if (!before || !after || !(seconds > 0)) {
  console.error("usage: node bench/compare.mjs <before checkout> <after checkout> [seconds] [--one] [--same-process]");
  process.exit(2);
}
const work = mkdtempSync(join(tmpdir(), "bench-compare-"));
try {
  /** One checkout's extraction, bundled as bench:extract bundles it (bundle.mjs): the bundle's path. */
  async function bundle(root, name) {
    const entry = join(work, `${name}.ts`);
    const modules = {
      normaliseForMatching: "text/normalise",
      splitDocuments: "text/split",
      defaultLexicon: "stance/default-lexicon",
      extractArticle: "stance/index",
    };
    writeFileSync(
      entry,
      [
        ...Object.entries(modules).map(([f, m]) => `export { ${f} } from ${JSON.stringify(join(root, "src", m))};`),
        // extractArticles where the checkout has it (a checkout from before it lacks it).
        `export * as stance from ${JSON.stringify(join(root, "src", "stance", "index"))};`,
      ].join("\n"),
    );
    const outfile = join(work, `${name}.mjs`);
    await bundleForNode(entry, outfile, root);
    return outfile;
  }
  const versions = [
    { name: "before", file: await bundle(before, "before") },
    { name: "after", file: await bundle(after, "after") },
  ];
  for (const v of versions) v.mod = await import(pathToFileURL(v.file).href);
  const seeds = join(after, "seeds");
  // A corpus is extracted as ingest extracts many articles (extractArticles) where both checkouts have it, unless
  // --one asks for one article at a time (extractArticle, as one posted article is).
  const batched = !oneAtATime && versions.every((v) => typeof v.mod.stance.extractArticles === "function");
  console.log(
    `${batched ? "corpora extracted with extractArticles" : "corpora extracted one article at a time (extractArticle)"}; ${sameProcess ? "both checkouts in one process, interleaved" : "each checkout in processes of its own, alternating"}`,
  );
  const lists = corpora(versions[0].mod, seeds);
  const line = (label, b, a, f, ratio, rounds) =>
    `${label}: before ${b.toFixed(2)} ms (${(b / f).toFixed(1)}x the floor), after ${a.toFixed(2)} ms (${(a / f).toFixed(1)}x); after/before ${ratio.toFixed(3)} over ${rounds} rounds`;
  for (const label of Object.keys(lists)) {
    if (sameProcess) {
      for (const v of versions) v.lexicon ??= v.mod.defaultLexicon();
      const times = { before: [], after: [], floor: [] };
      const until = performance.now() + (seconds * 1000) / 2;
      for (let round = 0; performance.now() < until || round < 6; round++) {
        // Alternate which goes first; the first third of the rounds is warm-up and not counted.
        for (const v of round % 2 ? [versions[1], versions[0]] : versions) {
          const t0 = cpuMs();
          pass(v.mod, v.lexicon, lists[label], batched);
          times[v.name].push(cpuMs() - t0);
        }
        const t0 = cpuMs();
        for (const a of lists[label]) versions[0].mod.normaliseForMatching(a.text);
        times.floor.push(cpuMs() - t0);
      }
      const counted = (xs) => median(xs.slice(Math.floor(xs.length / 3)));
      const [b, a, f] = [counted(times.before), counted(times.after), counted(times.floor)];
      console.log(line(label, b, a, f, a / b, times.before.length));
      continue;
    }
    // Rounds of one process per checkout, in alternating order; each process times its checkout for an equal share.
    const rounds = 6;
    const ms = (seconds * 1000) / 2 / (rounds * 2) / (4 / 3);
    const results = { before: [], after: [] };
    const ratios = [];
    for (let round = 0; round < rounds; round++) {
      const got = {};
      for (const v of round % 2 ? [versions[1], versions[0]] : versions) {
        const run = spawnSync(
          process.execPath,
          [fileURLToPath(import.meta.url), "--child", v.file, seeds, label, String(ms), batched ? "1" : "0"],
          { encoding: "utf8" },
        );
        if (run.status !== 0) throw new Error(`the ${v.name} checkout's run failed:\n${run.stderr}`);
        got[v.name] = JSON.parse(run.stdout.trim().split("\n").at(-1));
        results[v.name].push(got[v.name]);
      }
      ratios.push(got.after.ms / got.before.ms);
    }
    const b = median(results.before.map((r) => r.ms));
    const a = median(results.after.map((r) => r.ms));
    const f = median([...results.before, ...results.after].map((r) => r.floorMs));
    console.log(
      `${line(label, b, a, f, median(ratios), rounds)} (per round ${Math.min(...ratios).toFixed(3)}-${Math.max(...ratios).toFixed(3)})`,
    );
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
