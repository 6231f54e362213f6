// Errors as application/problem+json (RFC 9457), with a message a person can act on.
import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  errors?: Array<{ path: string; message: string }>;
}

const TITLES: Record<number, string> = {
  400: "Bad request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not found",
  405: "Method not allowed",
  409: "Conflict",
  412: "Precondition failed",
  413: "Payload too large",
  415: "Unsupported media type",
  422: "Unprocessable content",
  426: "Upgrade required",
  429: "Too many requests",
  500: "Internal error",
  503: "Service unavailable",
};

/** Build the problem+json response. */
export function problem(
  status: ContentfulStatusCode,
  detail: string,
  extra: Partial<Problem> = {},
  headers: Record<string, string> = {},
): Response {
  const body: Problem = { type: "about:blank", title: TITLES[status] ?? "Error", status, detail, ...extra };
  return new Response(JSON.stringify(body), { status, headers: { "content-type": "application/problem+json; charset=utf-8", ...headers } });
}

/** Throw from a route to answer with a problem. */
export class ProblemError extends HTTPException {
  constructor(
    status: ContentfulStatusCode,
    detail: string,
    readonly extra: Partial<Problem> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(status, { message: detail });
  }
}

/** The one error handler: known errors keep their status; anything else is a 500 without internals. */
export function onError(err: Error, c: Context): Response {
  if (err instanceof ProblemError) return problem(err.status as ContentfulStatusCode, err.message, err.extra, err.headers);
  if (err instanceof HTTPException) {
    const status = err.status as ContentfulStatusCode;
    const detail =
      status === 413 ? "The request body is larger than this endpoint accepts." : err.message || TITLES[status] || "Request failed";
    return problem(status, detail);
  }
  console.error(JSON.stringify({ level: "error", msg: "unhandled", path: c.req.path, error: String(err?.stack ?? err) }));
  return problem(500, "Something went wrong on our side; the request can be retried.");
}
