// What every route module shares: the app type, an OpenAPIHono with the same validation hook, the write guard
// (token, then rate limit), body limits, JSON-only bodies, and the JSON shapes several modules answer with.
import { noteVersion, trustedVersion } from "../store/read-versions";
import { OpenAPIHono, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { bodyLimit } from "hono/body-limit";
import type { Env } from "../env";
import type { Observation } from "../store/model";
import type { Verdict } from "../store/verdict";
import { requireWriteToken, writeRateLimit } from "./guard";
import { onError, problem, ProblemError } from "./problem";
import { ProblemSchema } from "./schemas";

export type App = { Bindings: Env };

export const problemResponse = (description: string) => ({
  content: { "application/problem+json": { schema: ProblemSchema } },
  description,
});
export const json = <T extends z.ZodType>(schema: T, description: string) => ({ content: { "application/json": { schema } }, description });

/** The headers of a versioned read's answer (versionedRead below). */
const versionHeaders = {
  ETag: {
    description: "the data version this answer was read at: send it as If-None-Match to get a 304 while it holds",
    required: true,
    schema: { type: "string" as const },
  },
  "Cache-Control": { description: "public, max-age=0, must-revalidate", required: true, schema: { type: "string" as const } },
};
/** A versioned read's 200: the JSON, its ETag and Cache-Control. */
export const versionedJson = <T extends z.ZodType>(schema: T, description: string) => ({
  ...json(schema, description),
  headers: versionHeaders,
});
/** A versioned read's 304: the If-None-Match ETag still holds; no body. */
export const notModified = { description: "Not modified: the If-None-Match ETag is still current (no body)", headers: versionHeaders };
/** The request header of a versioned read. */
export const IfNoneMatch = z.object({
  "if-none-match": z
    .string()
    .optional()
    .openapi({ description: "an ETag of an earlier answer: 304 without a body while the data has not moved" }),
});

/** The ETag of a review item's new version, on the answer to a review write. */
export const itemVersionHeaders = {
  ETag: {
    description: "the item's new version (send it as If-Match with the next decision)",
    required: true,
    schema: { type: "string" as const },
  },
};
/** The request header of a review write: the item version the reviewer saw. */
export const IfMatch = z.object({
  "if-match": z
    .string()
    .optional()
    .openapi({ description: 'the item version the reviewer saw ("3", W/"3" or 3): a newer one answers 412' }),
});

/** An OpenAPIHono for one resource: a request that fails validation gets a 400 naming each field at fault. */
export function newApp(): OpenAPIHono<App> {
  return new OpenAPIHono<App>({
    defaultHook: (result) => {
      if (!result.success) {
        const errors = result.error.issues.map((i) => ({ path: i.path.join(".") || "(body)", message: i.message }));
        return problem(400, errors.map((e) => `${e.path}: ${e.message}`).join("; "), { errors });
      }
    },
  });
}

// Writes: the bearer token (constant-time, fail closed), then the per-client rate limit.
const tokenCheck = requireWriteToken();
const rateLimit = writeRateLimit();
export const requireToken = async (c: Context<App>, next: () => Promise<void>) =>
  tokenCheck(c, async () => {
    await rateLimit(c, next);
  });

export const tooLarge = (limit: number) =>
  bodyLimit({
    maxSize: limit,
    onError: () => problem(413, `The request body is larger than ${Math.round(limit / 1024)} KB; split it into smaller requests.`),
  });

export async function requireJson(c: Context<App>, next: () => Promise<void>) {
  const type = (c.req.header("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  if (c.req.method === "POST" && type !== "application/json") {
    throw new ProblemError(415, `Send the body as application/json, not ${type || "an untyped body"}.`);
  }
  await next();
}

export function checkRange(from?: string, to?: string) {
  if (from && to && from > to) throw new ProblemError(400, `from (${from}) is after to (${to}).`);
}

export function verdictJson(v: Verdict) {
  return {
    current: v.current,
    counts: v.counts,
    contested: v.contested,
    last_change: v.lastChange,
    last_observed: v.lastObserved,
    observations: v.observations,
  };
}

export function observationJson(o: Observation) {
  return {
    id: o.id,
    party: o.party,
    actor: o.actor,
    topic: o.topic,
    stance: o.stance,
    evidence: o.evidence,
    start: o.start,
    end: o.end,
    confidence: o.confidence,
    reported_by: o.reportedBy,
    conditions: o.conditions,
    article_id: o.articleId,
    canonical_id: o.canonicalId,
    observed_on: o.observedOn,
    date_source: o.dateSource,
    title: o.title,
    outlet: o.outlet,
    shift: o.shift,
    previous_stance: o.previousStance,
    review: o.review,
    stated_on: o.statedOn,
    recorded_at: o.recordedAt,
  };
}

/** Dashboards revalidate every time (cheap: a matching ETag is a 304 without SQLite); proxies may keep the answer. */
const READ_CACHE_CONTROL = "public, max-age=0, must-revalidate";

/** A short stable hash of a string (FNV-1a), for ETags of one path and query. */
function fnv(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(36);
}

/** Answers kept in this isolate, by object, URL and version: at most this many, and this many characters in all. */
const ANSWERS_KEPT = 256;
const ANSWER_CHARS_KEPT = 4_000_000;
const answers = new Map<string, { version: number; body: string }>();
let answerChars = 0;

/** The edge cache's key for an answer at a version: versions never change, so these entries never need deleting. */
export const edgeKey = (key: string, version: number) => new Request(`https://read-cache.invalid/${version}/${encodeURIComponent(key)}`);

/** How long the edge cache keeps an answer at one version (it is immutable; the time only bounds its space). */
const EDGE_TTL_SECONDS = 86400;

/**
 * A read whose answer depends only on its URL and the data version of one object (`source`: the board, a party).
 * Repeated reads are answered without calling the object: the version is the one this isolate trusts
 * (src/store/read-versions.ts), and the answer at that version comes from this isolate's memory, else from the
 * Workers edge cache (keyed by version), else from the object. A request with If-None-Match whose ETag is current
 * gets a 304. ?min_version, or a request revalidating (Cache-Control: no-cache / max-age=0), asks past what the isolate
 * trusts. A write moves the version on, so nothing is ever revoked key by key.
 */
/** The object a versioned read depends on: its key in src/store/read-versions.ts and how to ask it for its version. */
export interface ReadSource {
  key: string;
  version: () => Promise<number>;
}

export async function versionedRead(
  c: Context<App>,
  source: ReadSource,
  produce: () => Promise<{ version: number; response: Response }>,
): Promise<Response> {
  const url = new URL(c.req.url);
  url.searchParams.delete("min_version");
  const query = url.searchParams.toString();
  const key = `${source.key} ${url.pathname}?${query}`;
  const tag = (v: number) => `W/"${v}-${fnv(`${url.pathname}?${query}`)}"`;
  const atLeast = Number(c.req.query("min_version") ?? 0) || 0;
  // A client revalidating (Cache-Control: no-cache or max-age=0, as a browser's fetch with cache "no-cache" sends) asks
  // the object for its version; the answer at that version may still come from the caches.
  const revalidate = /no-cache|max-age=0/i.test(c.req.header("cache-control") ?? "");
  let current = revalidate ? null : trustedVersion(source.key, atLeast);
  if (current === null) {
    current = await source.version();
    noteVersion(source.key, current);
  }
  const etag = tag(current);
  const headers = { etag, "cache-control": READ_CACHE_CONTROL };
  const sent = c.req.header("if-none-match");
  if (sent && sent.split(",").some((t) => t.trim() === etag || t.trim() === "*")) return new Response(null, { status: 304, headers });
  const kept = answers.get(key);
  if (kept && kept.version === current) return answer(kept.body, headers);
  const edge = await caches.default.match(edgeKey(key, current)).catch(() => undefined);
  if (edge) {
    const body = await edge.text();
    keep(key, current, body);
    return answer(body, headers);
  }
  const { version: v, response } = await produce();
  if (response.status !== 200) return response;
  noteVersion(source.key, v);
  const body = await response.text();
  keep(key, v, body);
  const put = caches.default
    .put(
      edgeKey(key, v),
      new Response(body, { headers: { "content-type": "application/json", "cache-control": `public, max-age=${EDGE_TTL_SECONDS}` } }),
    )
    .catch(() => undefined);
  try {
    c.executionCtx.waitUntil(put);
  } catch {
    // no execution context (a direct call of the app): the put goes on by itself
  }
  return answer(body, { etag: tag(v), "cache-control": READ_CACHE_CONTROL });
}

/** Keep an answer (the most recent last); the oldest go first once either bound is passed. */
function keep(key: string, version: number, body: string): void {
  const was = answers.get(key);
  if (was) answerChars -= was.body.length;
  answers.delete(key);
  if (body.length > ANSWER_CHARS_KEPT / 8) return; // an export-sized page is not worth a slot
  answers.set(key, { version, body });
  answerChars += body.length;
  while (answers.size > ANSWERS_KEPT || answerChars > ANSWER_CHARS_KEPT) {
    const [oldest, entry] = answers.entries().next().value!;
    answers.delete(oldest);
    answerChars -= entry.body.length;
  }
}

function answer(body: string, headers: Record<string, string>): Response {
  return new Response(body, { status: 200, headers: { "content-type": "application/json", ...headers } });
}

/** ?min_version on a versioned read: an answer at least this new (the version a dashboard heard on its live socket). */
export const MinVersion = z.object({
  min_version: z.coerce
    .number()
    .int()
    .min(0)
    .optional()
    .openapi({
      param: { in: "query" },
      description: "answer at least at this data version (from the live socket's message), past answers this edge keeps",
    }),
});
