// `npm run bench:extract`: extraction throughput on one core over the seed corpus, after warm-up, and the
// slowest article. Figures, not pass/fail: the targets are < 50 ms for the corpus and < 5 ms per article.
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { normaliseForMatching } from "../src/text/normalise";
import { splitDocuments } from "../src/text/split";
import { defaultLexicon } from "../src/stance/default-lexicon";
import { extractArticle } from "../src/stance/index";

const seeds = resolve(import.meta.dirname, "..", "seeds");
const lexicon = defaultLexicon();
const articles = readdirSync(seeds)
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .flatMap((f) => splitDocuments(f, readFileSync(join(seeds, f), "utf8")));
const bytes = articles.reduce((n, a) => n + Buffer.byteLength(a.text, "utf8"), 0);

function corpusOnce(): number {
  const t0 = performance.now();
  for (const a of articles) extractArticle(a.id, a.text, lexicon);
  return performance.now() - t0;
}
function normaliseOnce(): number {
  const t0 = performance.now();
  for (const a of articles) normaliseForMatching(a.text);
  return performance.now() - t0;
}
for (let i = 0; i < 30; i++) corpusOnce(); // warm-up: JIT and regex compilation
const runs = Array.from({ length: 50 }, corpusOnce).sort((a, b) => a - b);
const floor = Array.from({ length: 50 }, normaliseOnce).sort((a, b) => a - b);
const median = (xs: number[]) => xs[Math.floor(xs.length / 2)]!;
const perArticle = articles.map((a) => {
  const times = Array.from({ length: 20 }, () => {
    const t0 = performance.now();
    extractArticle(a.id, a.text, lexicon);
    return performance.now() - t0;
  }).sort((x, y) => x - y);
  return { id: a.id, ms: median(times), kb: Buffer.byteLength(a.text, "utf8") / 1024 };
});
const slowest = perArticle.reduce((a, b) => (b.ms > a.ms ? b : a));
const ms = median(runs);
console.log(`seed corpus: ${articles.length} articles, ${(bytes / 1024).toFixed(1)} KB of UTF-8 text`);
console.log(
  `extract:  median ${ms.toFixed(2)} ms per corpus pass (best ${runs[0]!.toFixed(2)} ms) = ${(bytes / 1024 / (ms / 1000)).toFixed(0)} KB/s`,
);
console.log(
  `normalise-only floor: ${median(floor).toFixed(2)} ms = ${(bytes / 1024 / (median(floor) / 1000)).toFixed(0)} KB/s; extract/floor ratio ${(ms / median(floor)).toFixed(1)}x`,
);
console.log(`slowest article: ${slowest.id} ${slowest.ms.toFixed(2)} ms (${slowest.kb.toFixed(1)} KB)`);
console.log(`targets: corpus < 50 ms ${ms < 50 ? "met" : "MISSED"}; every article < 5 ms ${slowest.ms < 5 ? "met" : "MISSED"}`);
