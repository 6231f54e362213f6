// The OpenAPI document as tools expect it (Redocly's recommended rules): a server, a license, an operationId on
// every operation, and public reads marked `security: []` next to the writes that need the bearer token. It also
// declares the answers the shared middleware gives on every operation it guards, so that the description lists
// every status an operation can answer (test/worker/conformance.ts checks each answer the tests receive):
// 400 where a parameter or body is validated, 401 (writes always; reads when READ_TOKEN is set), 415 where a body
// is taken, 429 and 503 for writes (the rate limit; writes disabled without a token), and 500.

type Operation = {
  operationId?: string;
  security?: Array<Record<string, string[]>>;
  parameters?: Array<{ in?: string }>;
  requestBody?: unknown;
  responses?: Record<string, unknown>;
};
type Spec = { servers?: unknown[]; info: Record<string, unknown>; paths?: Record<string, Record<string, Operation>> };

const METHODS = ["get", "put", "post", "delete", "patch", "head", "options"];

/**
 * An operation id from the method and the path: GET /v1/parties/{id}/history → getPartiesByIdHistory.
 * Example: operationIdOf("post", "/v1/review/decisions/{id}/undo") → "postReviewDecisionsByIdUndo"
 */
export function operationIdOf(method: string, path: string): string {
  const words = path
    .split("/")
    .filter((p) => p && p !== "v1")
    .map((p) => (p.startsWith("{") ? `by-${p.slice(1, -1)}` : p))
    .join("-")
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean);
  return method + words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join("");
}

/** The generated document, completed in place. */
export function finishSpec<T>(doc: T, problem: unknown): T {
  const spec = doc as unknown as Spec;
  spec.servers = [{ url: "/", description: "this deployment (wrangler dev: http://127.0.0.1:8787)" }];
  spec.info.license = { name: "Proprietary", identifier: "LicenseRef-Proprietary" };
  const problemJson = (description: string) => ({ description, content: { "application/problem+json": { schema: problem } } });
  for (const [path, item] of Object.entries(spec.paths ?? {})) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      op.operationId ??= operationIdOf(method, path);
      op.security ??= [];
      const responses = (op.responses ??= {});
      const declare = (code: string, response: unknown) => {
        responses[code] ??= response;
      };
      // The validation hook (newApp) and the routes' own checks answer 400 for a parameter or body at fault.
      if (op.parameters?.some((p) => p.in !== "header") || op.requestBody)
        declare("400", problemJson("The request does not validate (`errors` names each field at fault)"));
      // Every /v1 route is behind optionalReadToken; writes are behind requireToken (token, then rate limit).
      declare("401", problemJson("A token is needed (writes always; reads when READ_TOKEN is set)"));
      if (op.requestBody) declare("415", problemJson("The body is not of a media type this operation takes"));
      if (op.security.some((s) => "bearer" in s)) {
        declare("429", {
          ...problemJson("Too many writes from this client"),
          headers: { "Retry-After": { description: "seconds until a write is taken again", required: true, schema: { type: "integer" } } },
        });
        declare("503", problemJson("Writes are disabled until the API_TOKEN secret is set"));
      }
      declare("500", problemJson("Something went wrong on our side; the request can be retried"));
    }
  }
  return doc;
}
