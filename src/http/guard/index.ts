// Access guards for the API: write token (constant-time, fail closed), optional read token, CORS for the
// configured dashboard origins only, and a per-client write rate limit answering 429 with Retry-After.
import type { Context, MiddlewareHandler } from "hono";
import { cors } from "hono/cors";
import type { Env } from "../../env";
import { ProblemError } from "../problem";

type App = { Bindings: Env };

/** SHA-256 both sides, then compare in constant time: equal lengths whatever the input. */
async function sameSecret(given: string, expected: string): Promise<boolean> {
  const enc = new TextEncoder();
  const [a, b] = await Promise.all([
    crypto.subtle.digest("SHA-256", enc.encode(given)),
    crypto.subtle.digest("SHA-256", enc.encode(expected)),
  ]);
  return crypto.subtle.timingSafeEqual(a, b);
}

function bearer(c: Context<App>): string | null {
  const header = c.req.header("authorization") ?? "";
  const m = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return m ? m[1]! : null;
}

/** The label a write was made under, for the review audit: "api" for API_TOKEN, else the REVIEW_TOKENS label. */
const labels = new WeakMap<Request, string>();
export const tokenLabel = (c: Context<App>) => labels.get(c.req.raw) ?? "api";

/** REVIEW_TOKENS, "label=token,label=token", as pairs; malformed entries are ignored. */
function reviewTokens(env: Env): Array<[string, string]> {
  return (env.REVIEW_TOKENS ?? "")
    .split(",")
    .map((entry) => entry.trim().split("="))
    .filter((p): p is [string, string] => p.length === 2 && /^[\w.-]{1,40}$/.test(p[0]!) && p[1]!.length >= 16)
    .map(([label, token]) => [label, token]);
}

/**
 * Writes need `Authorization: Bearer <API_TOKEN>` (or one of the labelled REVIEW_TOKENS, whose label the
 * review audit records). Without a configured token, writes are refused (fail closed) rather than open to anyone.
 */
export function requireWriteToken(): MiddlewareHandler<App> {
  return async function requireWriteTokenMiddleware(c, next) {
    const expected = c.env.API_TOKEN;
    const labelled = reviewTokens(c.env);
    if (!expected && labelled.length === 0)
      throw new ProblemError(503, "Writes are disabled until the API_TOKEN secret is set (wrangler secret put API_TOKEN).");
    const given = bearer(c);
    if (!given)
      throw new ProblemError(401, "Send Authorization: Bearer <token> to write.", {}, { "www-authenticate": 'Bearer realm="writes"' });
    // Every token is compared (constant time each), so the time taken does not tell which one matched.
    const matches = await Promise.all([
      expected ? sameSecret(given, expected) : Promise.resolve(false),
      ...labelled.map(([, token]) => sameSecret(given, token)),
    ]);
    const at = matches.indexOf(true);
    if (at < 0) throw new ProblemError(401, "The bearer token is not valid.", {}, { "www-authenticate": 'Bearer error="invalid_token"' });
    labels.set(c.req.raw, at === 0 ? "api" : labelled[at - 1]![0]);
    await next();
  };
}

/** Reads are public unless READ_TOKEN is configured; then the read or the write token opens them. */
export function optionalReadToken(): MiddlewareHandler<App> {
  return async function optionalReadTokenMiddleware(c, next) {
    const readToken = c.env.READ_TOKEN;
    if (readToken && (c.req.method === "GET" || c.req.method === "HEAD")) {
      const given = bearer(c);
      const ok =
        given !== null && ((await sameSecret(given, readToken)) || (!!c.env.API_TOKEN && (await sameSecret(given, c.env.API_TOKEN))));
      if (!ok) throw new ProblemError(401, "This instance requires a token to read: send Authorization: Bearer <token>.");
    }
    await next();
  };
}

/** CORS only for the origins listed in CORS_ORIGINS; any other origin gets no CORS headers. */
export function dashboardCors(): MiddlewareHandler<App> {
  // Built once per CORS_ORIGINS value, not per request (the setting is the same for every request of a deployment).
  let built: { origins: string; handler: MiddlewareHandler } | null = null;
  return async function dashboardCorsMiddleware(c, next) {
    const origins = c.env.CORS_ORIGINS ?? "";
    if (built?.origins !== origins) {
      const allowed = origins
        .split(",")
        .map((o) => o.trim())
        .filter(Boolean);
      built = {
        origins,
        handler: cors({
          origin: (origin) => (allowed.includes(origin) ? origin : null),
          allowMethods: ["GET", "POST", "PATCH", "PUT", "DELETE", "OPTIONS"],
          allowHeaders: ["authorization", "content-type", "if-match", "if-none-match"],
          exposeHeaders: ["etag", "x-next-cursor", "link"],
          maxAge: 600,
        }),
      };
    }
    return built.handler(c, next);
  };
}

/** The client a write is counted against: the connecting address (Cloudflare sets it), else "local". */
const clientKey = (c: Context<App>) => c.req.header("cf-connecting-ip") ?? "local";

/** Per-client write budget; 429 with Retry-After when it is spent. */
export function writeRateLimit(): MiddlewareHandler<App> {
  return async function writeRateLimitMiddleware(c, next) {
    const configured = await c.env.CONFIG.get<{ writes_per_minute?: number }>("limits", { type: "json", cacheTtl: 60 });
    const perMinute = Number(configured?.writes_per_minute ?? c.env.WRITES_PER_MINUTE ?? 300);
    if (!(perMinute > 0)) return next();
    const limiter = c.env.RATE_LIMITER.get(c.env.RATE_LIMITER.idFromName(clientKey(c)));
    const admission = await limiter.take(perMinute);
    if (!admission.ok) {
      throw new ProblemError(
        429,
        `Too many writes: at most ${perMinute} a minute per client. Retry after ${admission.retryAfter} s.`,
        {},
        { "retry-after": String(admission.retryAfter) },
      );
    }
    await next();
  };
}

/**
 * The guards every API request passes, as one middleware: CORS when the request comes from a browser page of
 * another origin (it carries Origin), the read token when READ_TOKEN is set. A request with neither — a server, a
 * same-origin dashboard read — goes straight on: no layer of work it does not need.
 */
export function apiGuard(): MiddlewareHandler<App> {
  const cors = dashboardCors();
  const read = optionalReadToken();
  return async function apiGuardMiddleware(c, next) {
    const origin = c.req.header("origin");
    const readToken = !!c.env.READ_TOKEN;
    if (origin) return cors(c, readToken ? async () => void (await read(c, next)) : next);
    if (readToken) await read(c, next);
    else await next();
    // The answer to this request would differ for a page of an allowed origin: shared caches keep them apart.
    if (c.env.CORS_ORIGINS) c.res.headers.append("vary", "Origin");
  };
}
