// What every route module shares: the app type, an OpenAPIHono with the same validation hook, the write guard
// (token, then rate limit), body limits, JSON-only bodies, and the JSON shapes several modules answer with.
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

/**
 * A read whose answer depends only on its URL and a data version: an ETag from both; If-None-Match with it is a
 * 304 at once; otherwise the Workers Cache API holds the answer keyed by URL and version (a write moves the version
 * on, so nothing is ever deleted key by key), and only a miss runs `produce`.
 */
export async function versionedRead(c: Context<App>, version: number, produce: () => Promise<Response>): Promise<Response> {
  const url = new URL(c.req.url);
  const etag = `W/"${version}-${fnv(`${url.pathname}?${url.searchParams.toString()}`)}"`;
  const headers = { etag, "cache-control": READ_CACHE_CONTROL };
  const sent = c.req.header("if-none-match");
  if (sent && sent.split(",").some((t) => t.trim() === etag || t.trim() === "*")) return new Response(null, { status: 304, headers });
  const key = new Request(`${url.origin}${url.pathname}?${url.searchParams.toString()}&__version=${version}`);
  const cache = typeof caches === "undefined" ? null : caches.default;
  const hit = await cache?.match(key);
  if (hit) return new Response(hit.body, { status: hit.status, headers: { ...Object.fromEntries(hit.headers), ...headers } });
  const fresh = await produce();
  if (fresh.status !== 200) return fresh;
  const res = new Response(fresh.body, { status: 200, headers: { ...Object.fromEntries(fresh.headers), ...headers } });
  if (cache) {
    const put = cache.put(key, res.clone());
    try {
      c.executionCtx.waitUntil(put);
    } catch {
      await put; // no execution context (a direct call): store before answering
    }
  }
  return res;
}
