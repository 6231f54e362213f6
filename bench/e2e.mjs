// End to end against the local Worker (wrangler dev, seeded as `npm start` does) with autocannon: ingest
// throughput and the latency of the dashboard's two hot reads at 10, 50 and 200 connections.
import autocannon from "autocannon";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { seedCorpus, startWorker } from "../scripts/local-worker.mjs";

const TOKEN = "bench-token";

function run(opts) {
  return new Promise((resolve, reject) => autocannon(opts, (err, result) => (err ? reject(err) : resolve(result))));
}

const summarise = (r) => ({
  requests: r.requests.total,
  rps: r.requests.average,
  p50: r.latency.p50,
  p99: r.latency.p99,
  errors: r.errors + r.timeouts + (r.non2xx ?? 0),
  errorRate: (r.errors + r.timeouts + (r.non2xx ?? 0)) / Math.max(1, r.requests.total + r.errors + r.timeouts),
});

export async function e2eBench({ port = 8795, seconds = 5 } = {}) {
  const worker = await startWorker({
    port,
    state: mkdtempSync(join(tmpdir(), "bench-state-")),
    token: TOKEN,
    quiet: true,
    args: ["--var", "WRITES_PER_MINUTE:100000000"],
  });
  try {
    await seedCorpus(worker.base, TOKEN);
    // Ingest: every request a distinct article (a new content hash), so each one is real work.
    let n = 0;
    const ingest = summarise(
      await run({
        url: `${worker.base}/v1/articles`,
        connections: 10,
        duration: seconds,
        requests: [
          {
            method: "POST",
            setupRequest: (req) => {
              n++;
              return {
                ...req,
                headers: { "content-type": "application/json", authorization: `Bearer ${TOKEN}` },
                body: JSON.stringify({
                  text: `وقال وزير الخارجية الروسي سيرغي لافروف في تصريح رقم ${n} للصحافيين إن مؤتمر جنيف 2 يجب أن يعقد دون شروط مسبقة، وأضاف أن الأولوية هي لمحاربة الإرهاب وليس لتنحية الرئيس بشار الأسد، وأن مشاركة إيران ضرورية.`,
                  published_at: `2014-0${1 + (n % 9)}-1${n % 10}`,
                }),
              };
            },
          },
        ],
      }),
    );
    console.log(
      `e2e ingest: ${ingest.rps.toFixed(1)} articles/s at 10 connections, p50 ${ingest.p50} ms, p99 ${ingest.p99} ms, errors ${ingest.errors}`,
    );
    const reads = [];
    // The floor: a route that does no work (a 404 answered by the Worker), measured the same way, so the
    // figures can be read against what wrangler dev and this machine give any request.
    for (const [name, path] of [
      ["no-op floor", "/v1/no-op-floor"],
      ["topic matrix", "/v1/topics/assad_role"],
      ["party history", "/v1/parties/russia/history?topic=geneva2_preconditions&limit=50"],
    ]) {
      for (const connections of [10, 50, 200]) {
        const r = summarise(await run({ url: `${worker.base}${path}`, connections, duration: seconds, expectBody: undefined }));
        // The floor's 404 is its expected answer, not an error.
        if (name === "no-op floor") Object.assign(r, { errors: 0, errorRate: 0 });
        reads.push({ name, path, connections, ...r });
        console.log(
          `e2e ${name.padEnd(13)} at ${String(connections).padStart(3)} connections: ${r.rps.toFixed(0)} req/s, p50 ${r.p50} ms, p99 ${r.p99} ms, errors ${r.errors} (${(100 * r.errorRate).toFixed(2)}%)`,
        );
      }
    }
    return { ingest, reads };
  } finally {
    worker.child.kill("SIGTERM");
  }
}
