// Shared helpers for the Worker tests: requests through the Worker's own fetch, each answer checked against the
// served /openapi.json (test/worker/conformance.ts), and the seed corpus.
import { exports } from "cloudflare:workers";
import { describeMismatch, SpecChecker, type OpenApiDocument } from "./conformance";
import seed000 from "../../seeds/000_8648837e7229e260.txt?raw";
import seed001 from "../../seeds/001_25963d66c6dae1be.txt?raw";
import seed002 from "../../seeds/002_b98c18bc89579ff9.txt?raw";
import seed003 from "../../seeds/003_0c3fe236fc8b5bc6.txt?raw";
import seed004 from "../../seeds/004_ea70442c2a8e2c53.txt?raw";
import manifest from "../../seeds/manifest.json";

export const TOKEN = "test-token-0123456789abcdef";
export const SEEDS: Record<string, string> = {
  "000_8648837e7229e260.txt": seed000,
  "001_25963d66c6dae1be.txt": seed001,
  "002_b98c18bc89579ff9.txt": seed002,
  "003_0c3fe236fc8b5bc6.txt": seed003,
  "004_ea70442c2a8e2c53.txt": seed004,
};
export const SEED_MANIFEST = manifest as Record<string, { published_at: string; source: string }>;

const ORIGIN = "http://tracker.test";

/** The served description, fetched once through the same Worker fetch. */
let checker: Promise<SpecChecker> | undefined;
export function specChecker(): Promise<SpecChecker> {
  checker ??= (async () => {
    const res = await exports.default.fetch(new Request(`${ORIGIN}/openapi.json`));
    if (res.status !== 200) throw new Error(`GET /openapi.json answered ${res.status}`);
    return new SpecChecker(await res.json<OpenApiDocument>());
  })();
  return checker;
}

/**
 * The answer to a request as the Worker gives it, after checking it against /openapi.json: one that the description
 * does not allow (status, media type, headers, JSON body) fails the test that received it. Paths outside /v1 that the
 * description does not list (the dashboard, /docs, /openapi.json, /feeds/…) are not checked.
 */
export async function checked(request: { method: string; url: string }, response: Response): Promise<Response> {
  const verdict = await (await specChecker()).check(request.method, request.url, response);
  if (verdict.problems.length > 0) throw new Error(describeMismatch(verdict, response.status));
  return response;
}

export async function call(path: string, init: RequestInit = {}): Promise<Response> {
  const request = new Request(`${ORIGIN}${path}`, init);
  const { method, url } = request; // read before the Worker consumes the request
  return checked({ method, url }, await exports.default.fetch(request));
}

export function postJson(path: string, body: unknown, token: string | null = TOKEN): Promise<Response> {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (token) headers.authorization = `Bearer ${token}`;
  return call(path, { method: "POST", headers, body: JSON.stringify(body) });
}

export function postText(path: string, text: string, token: string | null = TOKEN): Promise<Response> {
  const headers: Record<string, string> = { "content-type": "text/plain; charset=utf-8" };
  if (token) headers.authorization = `Bearer ${token}`;
  return call(path, { method: "POST", headers, body: text });
}

/** Ingest the five seed files with their publication dates, as `npm start` does. */
export async function ingestSeeds(): Promise<void> {
  for (const [name, text] of Object.entries(SEEDS)) {
    const m = SEED_MANIFEST[name]!;
    const res = await postText(`/v1/articles?published_at=${m.published_at}&source=${encodeURIComponent(m.source)}`, text);
    if (res.status !== 201 && res.status !== 200) throw new Error(`seed ${name}: ${res.status} ${await res.text()}`);
  }
}

/** A short article in one party's voice on one topic, with enough words to be fingerprinted apart. */
export function article(sentence: string, filler: string): string {
  return `${sentence}\n${filler} `.repeat(1) + "وأضاف المصدر أن المشاورات ستستمر خلال الأيام المقبلة في العاصمة.";
}

/** A run's record once it has finished (the queue consumer runs its messages in the background). */
export async function finished(runId: string): Promise<Record<string, any>> {
  for (let i = 0; i < 200; i++) {
    const run = await (await call(`/v1/runs/${runId}`)).json<Record<string, any>>();
    if (run.finished_at) return run;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`run ${runId} did not finish`);
}
