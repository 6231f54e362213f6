// Benchmarks inside workerd (Miniflare): storage against the itty-durable peer, growth of the stores, and
// per-article extraction time. Node measures wall time around requests (workerd's clocks stand still while
// code runs, by design), and subtracts a no-op request where that matters.
import { build } from "esbuild";
import { convertV4MiniflareOptions, Miniflare } from "miniflare";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "..");

export async function startBenchWorker() {
  const outdir = mkdtempSync(join(tmpdir(), "bench-worker-"));
  await build({
    entryPoints: [join(root, "bench/worker.ts")],
    bundle: true,
    format: "esm",
    target: "es2022",
    platform: "neutral",
    mainFields: ["module", "main"],
    conditions: ["workerd", "worker", "import"],
    external: ["cloudflare:workers"],
    loader: { ".txt": "text" },
    outfile: join(outdir, "worker.js"),
    logLevel: "warning",
  });
  const mf = new Miniflare(
    convertV4MiniflareOptions({
      modules: [{ type: "ESModule", path: "worker.js", contents: readFileSync(join(outdir, "worker.js"), "utf8") }],
      compatibilityDate: "2026-11-01",
      durableObjects: {
        PARTY_HISTORY: { className: "PartyHistory", useSQLite: true },
        TOPIC_BOARD: { className: "TopicBoard", useSQLite: true },
        // The board copies a legacy index once on its first start (empty here).
        ARTICLE_INDEX: { className: "ArticleIndex", useSQLite: true },
        ITTY: { className: "IttyHistory", useSQLite: true },
      },
      kvNamespaces: ["ARTICLES", "CONFIG"],
    }),
  );
  await mf.ready;
  return mf;
}

const now = () => performance.now();
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((xs.length * p) / 100))];

async function post(mf, path, body) {
  const res = await mf.dispatchFetch(`http://bench${path}`, {
    method: "POST",
    body: JSON.stringify(body),
    headers: { "content-type": "application/json" },
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${path}: ${res.status} ${text.slice(0, 200)}`);
  return JSON.parse(text);
}
async function get(mf, path) {
  const res = await mf.dispatchFetch(`http://bench${path}`);
  const text = await res.text();
  if (!res.ok) throw new Error(`${path}: ${res.status} ${text.slice(0, 200)}`);
  return JSON.parse(text);
}
async function timed(fn, runs = 15) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t0 = now();
    await fn();
    times.push(now() - t0);
  }
  return median(times);
}

/** Cloudflare's limit on one stored value (PLATFORM.md); Miniflare does not enforce it, so the bench does. */
export const VALUE_LIMIT_BYTES = 2 * 1024 * 1024;

/** Throw like the platform would once the itty pattern's single value passes the limit. */
async function checkValueLimit(mf, store, name) {
  if (store !== "itty") return;
  const { bytes } = await get(mf, `/itty/${name}/bytes`);
  if (bytes > VALUE_LIMIT_BYTES) throw new Error(`stored value ${(bytes / 2 ** 20).toFixed(2)} MB exceeds the 2 MB per-value limit`);
}

/**
 * Append time and reads at 100, 1k, 10k observations for both stores, and the largest history each holds.
 * At each size the two stores are timed in alternating rounds, so a slow spell of the machine hits both.
 */
export async function storageBench(mf, { sizes = [100, 1000, 10000], probe = 50, rounds = 5, maxTry = 20000 } = {}) {
  const stores = ["party", "itty"];
  const rows = [];
  const state = Object.fromEntries(stores.map((store) => [store, { name: `bench-${store}`, size: 0, failedAt: null, error: null }]));
  const alive = () => stores.filter((store) => state[store].failedAt === null);
  /** Append `count` observations to a store; returns the time the appends took (not the limit check). */
  const append = async (store, count) => {
    const st = state[store];
    const t0 = now();
    await post(mf, `/${store}/${st.name}/append`, { from: st.size, count });
    const ms = now() - t0;
    // A store holds a size only once its stored value is within the platform's limit.
    await checkValueLimit(mf, store, st.name);
    st.size += count;
    return ms;
  };
  const fail = (store, target, e) => {
    state[store].failedAt = state[store].size;
    state[store].error = e.message;
    rows.push({ store, size: target, appendMs: null, pageMs: null, allMs: null, error: e.message.slice(0, 160) });
    console.log(`storage ${store.padEnd(5)} failed near ${state[store].size}: ${e.message.slice(0, 160)}`);
  };
  for (const target of sizes) {
    // Grow each store to just below the target, then time `probe` appends at that size in alternating rounds.
    for (const store of alive()) {
      try {
        while (state[store].size < target - probe)
          await append(store, Math.min(store === "itty" ? 250 : 500, target - probe - state[store].size));
      } catch (e) {
        fail(store, target, e);
      }
    }
    const samples = Object.fromEntries(stores.map((store) => [store, []]));
    for (let round = 0; round < rounds; round++) {
      for (const store of alive()) {
        try {
          const count = probe / rounds;
          samples[store].push((await append(store, count)) / count);
        } catch (e) {
          fail(store, target, e);
        }
      }
    }
    for (const store of alive()) {
      const { name, size } = state[store];
      const appendMs = median(samples[store]);
      const pageMs = await timed(() => get(mf, `/${store}/${name}/page`));
      const allMs = await timed(() => get(mf, `/${store}/${name}/all`), 5);
      rows.push({ store, size, appendMs, pageMs, allMs });
      console.log(
        `storage ${store.padEnd(5)} at ${String(size).padStart(6)}: append ${appendMs.toFixed(3)} ms, page read ${pageMs.toFixed(2)} ms, full read ${allMs.toFixed(1)} ms`,
      );
    }
  }
  // Keep growing in steps to find where each store fails (up to maxTry).
  const limits = {};
  for (const store of stores) {
    const st = state[store];
    if (st.failedAt === null) {
      try {
        while (st.size < maxTry) await append(store, 500);
      } catch (e) {
        st.failedAt = st.size;
        st.error = e.message;
      }
    }
    limits[store] = { largestHeld: st.failedAt ?? st.size, failed: st.failedAt !== null, error: st.error?.slice(0, 200) ?? null };
    console.log(
      `storage ${store}: largest history held ${limits[store].largestHeld}${limits[store].failed ? ` (then: ${limits[store].error})` : ` (no failure up to ${maxTry})`}`,
    );
  }
  rows.sort((x, y) => stores.indexOf(x.store) - stores.indexOf(y.store) || x.size - y.size);
  return { rows, limits };
}

/** Ingest (one more article) and query times at 1k, 10k, 100k stored observations. */
export async function growthBench(mf, { sizes = [1000, 10000, 100000], perArticle = 100 } = {}) {
  const rows = [];
  let stored = 0;
  let article = 0;
  for (const target of sizes) {
    while (stored < target) {
      const articles = Math.min(50, (target - stored) / perArticle);
      await post(mf, "/party/growth/fill", { from: article, articles, perArticle });
      article += articles;
      stored += articles * perArticle;
    }
    const ingestMs = await timed(async () => {
      await post(mf, "/party/growth/fill", { from: article, articles: 1, perArticle: 5 });
      article++;
    }, 9);
    const pageMs = await timed(() => get(mf, "/party/growth/page"));
    // The party summary and the topic matrix are kept until the next write: time the first read after a
    // write (cold) and the reads after it (cached).
    const cold = { summary: [], matrix: [] };
    for (let i = 0; i < 3; i++) {
      await post(mf, "/party/growth/fill", { from: article, articles: 1, perArticle: 5 });
      article++;
      let t0 = now();
      await get(mf, "/party/growth/summary");
      cold.summary.push(now() - t0);
      t0 = now();
      await get(mf, "/board/growth/matrix");
      cold.matrix.push(now() - t0);
    }
    const summaryMs = median(cold.summary);
    const matrixMs = median(cold.matrix);
    const summaryCachedMs = await timed(() => get(mf, "/party/growth/summary"), 9);
    const matrixCachedMs = await timed(() => get(mf, "/board/growth/matrix"), 9);
    // The whole party exported (CSV, streamed a page at a time), timed from the client's side.
    let exportBytes = 0;
    const exportMs = await timed(async () => {
      exportBytes = (await get(mf, "/export/growth/csv")).bytes;
    }, 1);
    rows.push({ observations: stored, ingestMs, pageMs, summaryMs, summaryCachedMs, matrixMs, matrixCachedMs, exportMs, exportBytes });
    console.log(
      `growth at ${String(stored).padStart(6)}: ingest ${ingestMs.toFixed(2)} ms, history page ${pageMs.toFixed(2)} ms, ` +
        `party summary ${summaryMs.toFixed(1)} ms (cached ${summaryCachedMs.toFixed(2)}), topic matrix ${matrixMs.toFixed(1)} ms (cached ${matrixCachedMs.toFixed(2)}), ` +
        `CSV export ${exportMs.toFixed(0)} ms (${(exportBytes / 2 ** 20).toFixed(1)} MB)`,
    );
  }
  const shape = (key) => {
    const [a, , c] = rows.map((r) => r[key]);
    const ratio = c / a; // 100x more data
    return { ratio, curve: ratio < 2 ? "flat" : ratio < 12 ? "logarithmic" : ratio < 60 ? "between log and linear" : "linear" };
  };
  return {
    rows,
    shapes: {
      ingest: shape("ingestMs"),
      page: shape("pageMs"),
      summaryAfterWrite: shape("summaryMs"),
      summaryCached: shape("summaryCachedMs"),
      matrixAfterWrite: shape("matrixMs"),
      matrixCached: shape("matrixCachedMs"),
    },
  };
}

/**
 * The seed corpus extracted against the normalise-only floor inside workerd, the runtime the Worker ships on (its
 * V8 is not Node's): alternating rounds, each timing a request of `passes` extraction passes (as ingest extracts
 * many articles, extractArticles), one of as many passes one article at a time, one of 10× as many normalise-only
 * passes and the no-op request (the request's own cost, subtracted); the ratios are the medians of the rounds'
 * ratios, as in bench:extract. After a warm-up of at least `warmUpMs` of extraction.
 */
async function corpusRatio(mf, { passes = 20, rounds = 15, warmUpMs = 4000 } = {}) {
  const once = (path) => timed(() => get(mf, path), 1);
  for (const t0 = now(); now() - t0 < warmUpMs;) {
    await get(mf, `/corpus/extract?passes=${passes}`);
    await get(mf, `/corpus/extract-one?passes=${passes}`);
  }
  const rows = [];
  for (let r = 0; r < rounds; r++) {
    const empty = await once("/noop");
    const corpusMs = ((await once(`/corpus/extract?passes=${passes}`)) - empty) / passes;
    const oneMs = ((await once(`/corpus/extract-one?passes=${passes}`)) - empty) / passes;
    const floorMs = ((await once(`/corpus/normalise?passes=${10 * passes}`)) - empty) / (10 * passes);
    rows.push({ corpusMs, oneMs, floorMs, ratio: corpusMs / floorMs, oneRatio: oneMs / floorMs });
  }
  return {
    corpusMs: median(rows.map((r) => r.corpusMs)),
    floorMs: median(rows.map((r) => r.floorMs)),
    ratio: median(rows.map((r) => r.ratio)),
    oneAtATime: { ms: median(rows.map((r) => r.oneMs)), ratio: median(rows.map((r) => r.oneRatio)) },
  };
}

/** Per-article extraction time inside workerd: p50 and p99 over the seed articles. */
export async function extractionInWorkerd(mf, { repeat = 20 } = {}) {
  const { count } = await get(mf, "/articles");
  for (let k = 0; k < count; k++) await get(mf, `/extract/${k}?repeat=5`); // warm-up
  const noop = await timed(() => get(mf, "/noop"), 30);
  const perArticle = [];
  for (let k = 0; k < count; k++) {
    const ms = await timed(() => get(mf, `/extract/${k}?repeat=${repeat}`), 5);
    perArticle.push(Math.max(0, (ms - noop) / repeat));
  }
  const result = {
    articles: count,
    p50: median(perArticle),
    p99: pct(perArticle, 99),
    max: Math.max(...perArticle),
    ...(await corpusRatio(mf)),
  };
  console.log(
    `extraction in workerd: p50 ${result.p50.toFixed(2)} ms, p99 ${result.p99.toFixed(2)} ms, max ${result.max.toFixed(2)} ms per article; seed corpus ${result.corpusMs.toFixed(2)} ms, normalise-only ${result.floorMs.toFixed(3)} ms, ratio ${result.ratio.toFixed(1)}x (one article at a time: ${result.oneAtATime.ms.toFixed(2)} ms, ${result.oneAtATime.ratio.toFixed(1)}x)`,
  );
  return result;
}
