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

/**
 * A read whose answer depends only on its URL and a data version. A request with If-None-Match asks the object for
 * its version alone (memory, no SQLite) and gets a 304 while it has not moved; any other read is one call that gives
 * the answer and the version it was read at, and carries the ETag. A write moves the version on, so an ETag is never
 * revoked key by key.
 */
export async function versionedRead(
  c: Context<App>,
  version: () => Promise<number>,
  produce: () => Promise<{ version: number; response: Response }>,
): Promise<Response> {
  const url = new URL(c.req.url);
  const tag = (v: number) => `W/"${v}-${fnv(`${url.pathname}?${url.searchParams.toString()}`)}"`;
  const sent = c.req.header("if-none-match");
  if (sent) {
    const etag = tag(await version());
    if (sent.split(",").some((t) => t.trim() === etag || t.trim() === "*"))
      return new Response(null, { status: 304, headers: { etag, "cache-control": READ_CACHE_CONTROL } });
  }
  const { version: v, response } = await produce();
  if (response.status !== 200) return response;
  response.headers.set("etag", tag(v));
  response.headers.set("cache-control", READ_CACHE_CONTROL);
  return response;
}
