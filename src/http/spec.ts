// The OpenAPI document as tools expect it (Redocly's recommended rules): a server, a license, an operationId on
// every operation, a declared 4xx on every operation (a read answers 401 when READ_TOKEN is set), and public reads
// marked `security: []` next to the writes that need the bearer token.

type Operation = {
  operationId?: string;
  security?: Array<Record<string, string[]>>;
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
  for (const [path, item] of Object.entries(spec.paths ?? {})) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      op.operationId ??= operationIdOf(method, path);
      op.security ??= [];
      op.responses ??= {};
      if (!Object.keys(op.responses).some((code) => code.startsWith("4"))) {
        op.responses["401"] = {
          description: "A token is needed (writes always; reads when READ_TOKEN is set)",
          content: { "application/problem+json": { schema: problem } },
        };
      }
    }
  }
  return doc;
}
