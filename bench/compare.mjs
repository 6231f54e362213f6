#!/usr/bin/env node
// `node bench/compare.mjs <before> <after> [seconds] [--one]`: extraction in two checkouts of this project compared
// in one process. Each is bundled as `npm run bench:extract` bundles it; their passes over the seed corpus and over a
// 2 MB corpus built from it (extractArticles where both have it, one article at a time with --one) alternate, and
// each pass is timed in CPU time (process.cpuUsage), so a busy machine slows both alike and a descheduled process
// is not counted. Prints the median per pass of each and their ratio: the figure to trust for a change of a few
// percent, which the wall-clock ratio of `bench:extract` (whose floor alone moves ±20% between runs) cannot tell.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { bundleForNode } from "./bundle.mjs";

const oneAtATime = process.argv.includes("--one");
const [beforeArg, afterArg, secondsArg] = process.argv.slice(2).filter((a) => a !== "--one");
const [before, after] = [beforeArg, afterArg].map((d) => d && resolve(d));
const seconds = Number(secondsArg ?? 40);
if (!before || !after || !(seconds > 0)) {
  console.error("usage: node bench/compare.mjs <before checkout> <after checkout> [seconds] [--one]");
  process.exit(2);
}
const work = mkdtempSync(join(tmpdir(), "bench-compare-"));
/** One checkout's extraction, bundled as bench:extract bundles it (bundle.mjs). */
async function load(root, name) {
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
  return import(pathToFileURL(outfile).href);
}
const versions = [
  { name: "before", mod: await load(before, "before") },
  { name: "after", mod: await load(after, "after") },
];
rmSync(work, { recursive: true, force: true });
for (const v of versions) v.lexicon = v.mod.defaultLexicon();
const seeds = join(after, "seeds");
// A corpus is extracted as ingest extracts many articles (extractArticles) where both checkouts have it, unless
// --one asks for one article at a time (extractArticle, as one posted article is).
const batched = !oneAtATime && versions.every((v) => typeof v.mod.stance.extractArticles === "function");
console.log(batched ? "corpora extracted with extractArticles" : "corpora extracted one article at a time (extractArticle)");
const articles = readdirSync(seeds)
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .flatMap((f) => versions[0].mod.splitDocuments(f, readFileSync(join(seeds, f), "utf8")));
const large = [];
for (let copy = 0, bytes = 0; bytes < 2 * 2 ** 20; copy++)
  for (const a of articles) {
    const text = `${a.text}\n(نسخة ${copy})`;
    large.push({ id: `${a.id}~${copy}`, text });
    bytes += Buffer.byteLength(text, "utf8");
  }
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
for (const [label, list] of [
  ["seed corpus", articles],
  ["2 MB corpus", large],
]) {
  const times = { before: [], after: [], floor: [] };
  const until = performance.now() + (seconds * 1000) / 2;
  for (let round = 0; performance.now() < until || round < 6; round++) {
    // Alternate which goes first; the first third of the rounds is warm-up and not counted.
    for (const v of round % 2 ? [versions[1], versions[0]] : versions) {
      const t0 = cpuMs();
      if (batched) v.mod.stance.extractArticles(list, v.lexicon);
      else for (const a of list) v.mod.extractArticle(a.id, a.text, v.lexicon);
      times[v.name].push(cpuMs() - t0);
    }
    const t0 = cpuMs();
    for (const a of list) versions[0].mod.normaliseForMatching(a.text);
    times.floor.push(cpuMs() - t0);
  }
  const counted = (xs) => median(xs.slice(Math.floor(xs.length / 3)));
  const [b, a, f] = [counted(times.before), counted(times.after), counted(times.floor)];
  console.log(
    `${label}: before ${b.toFixed(2)} ms (${(b / f).toFixed(1)}x the floor), after ${a.toFixed(2)} ms (${(a / f).toFixed(1)}x); after/before ${(a / b).toFixed(3)} over ${times.before.length} rounds`,
  );
}
