// Every response the Worker tests receive is checked against the served /openapi.json, so the description cannot
// drift from the code: the operation (method + path template), the declared response for the status, its media
// type, its required headers, and a JSON body against the declared schema. The schemas are interpreted by
// @cfworker/json-schema (draft 2020-12, as OpenAPI 3.1 uses; no eval, which workerd forbids).
import { dereference, validate, type OutputUnit, type Schema } from "@cfworker/json-schema";

type Json = Record<string, any>;
export type OpenApiDocument = { paths?: Record<string, Record<string, Json>>; components?: Json };

/** The base every `#/components/...` reference resolves against: the document itself. */
const DOCUMENT_URI = "https://spec.invalid/openapi.json";
const MAX_ERRORS = 12;

type Route = { template: string; pattern: RegExp; params: number; item: Record<string, Json> };

/** What the check found for one response: `skipped` when the path is not the API's (not under /v1, not in the spec). */
export type Verdict = { operation: string; skipped: boolean; problems: string[] };

/**
 * /v1 routes the description leaves out on purpose, with the statuses they may answer: /v1/live is a WebSocket, which
 * is no OpenAPI operation (and Redocly's lint wants a 2XX of every operation, which a handshake never answers).
 */
const NOT_DESCRIBED: Record<string, number[]> = { "GET /v1/live": [101, 426] };

/** Outside /v1: the dashboard, its assets, /docs, /openapi.json, /feeds/… — not API operations, so not described. */
const isApiPath = (path: string) => path === "/v1" || path.startsWith("/v1/");

/** The media type of a Content-Type header, lower case and without parameters. */
const mediaType = (header: string | null) => (header ?? "").split(";")[0]!.trim().toLowerCase();
const isJson = (type: string) => type === "application/json" || type.endsWith("+json");

export class SpecChecker {
  private readonly doc: OpenApiDocument;
  private readonly lookup: Record<string, Schema | boolean>;
  private readonly routes: Route[];

  constructor(spec: OpenApiDocument) {
    // A copy: dereference() marks the schema objects it indexes.
    this.doc = structuredClone(spec);
    this.lookup = dereference(this.doc as Schema, Object.create(null), new URL(DOCUMENT_URI));
    this.routes = Object.entries(this.doc.paths ?? {})
      .map(([template, item]) => {
        const parts = template.split(/(\{[^}]+\})/);
        const source = parts.map((p) => (p.startsWith("{") ? "[^/]+" : p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))).join("");
        return { template, item, pattern: new RegExp(`^${source}$`), params: parts.filter((p) => p.startsWith("{")).length };
      })
      // A literal path before a templated one that also matches it.
      .sort((a, b) => a.params - b.params);
  }

  /** Check one response (a clone is read; the response given stays unread). */
  async check(method: string, url: string, response: Response): Promise<Verdict> {
    const path = new URL(url).pathname;
    const m = method.toLowerCase();
    const matching = this.routes.filter((r) => r.pattern.test(path));
    const opOf = (r: Route) => r.item[m] ?? (m === "head" ? r.item.get : undefined);
    const route = matching.find((r) => opOf(r)) ?? matching[0];
    const op = route && opOf(route);
    if (!route || !op) {
      const operation = `${method.toUpperCase()} ${path}`;
      if (!route && !isApiPath(path)) return { operation, skipped: true, problems: [] };
      if (NOT_DESCRIBED[operation]?.includes(response.status)) return { operation, skipped: true, problems: [] };
      // A CORS preflight is answered by the CORS middleware for every described path, not by an operation.
      if (m === "options" && route && response.status === 204 && response.headers.has("access-control-allow-methods"))
        return { operation, skipped: true, problems: [] };
      // The router's own answer for a route that does not exist is the only answer an undescribed /v1 request may get.
      if (await isNoRoute(response)) return { operation, skipped: false, problems: [] };
      return {
        operation,
        skipped: false,
        problems: [
          route
            ? `undocumented operation: ${path} is described as ${route.template}, but not for ${method.toUpperCase()} (answered ${response.status})`
            : `undocumented route: no path of /openapi.json matches ${path} (answered ${response.status})`,
        ],
      };
    }
    const operation = `${method.toUpperCase()} ${route.template} (${op.operationId ?? "no operationId"})`;
    const problems: string[] = [];
    const status = String(response.status);
    const codes = Object.keys(op.responses ?? {});
    const code =
      codes.find((c) => c === status) ?? codes.find((c) => c.toUpperCase() === `${status[0]}XX`) ?? codes.find((c) => c === "default");
    if (!code) {
      problems.push(`status ${status} is not declared (declared: ${codes.join(", ") || "none"})`);
      return { operation, skipped: false, problems };
    }
    const declared = this.resolve(op.responses[code]) as Json;

    // Headers the description marks required, and the values of those it describes.
    for (const [name, raw] of Object.entries<Json>(declared.headers ?? {})) {
      const header = this.resolve(raw) as Json;
      const value = response.headers.get(name);
      if (value === null) {
        if (header.required) problems.push(`required header ${name} is missing`);
        continue;
      }
      if (header.schema) {
        const t = header.schema.type;
        const typed = t === "integer" || t === "number" ? Number(value) : value;
        problems.push(...this.errors(typed, header.schema).map((e) => `header ${name}: ${e}`));
      }
    }

    // The body: none where none is declared (204, 304), else a declared media type, and JSON against its schema.
    const content = declared.content as Record<string, Json> | undefined;
    const type = mediaType(response.headers.get("content-type"));
    if (!content || Object.keys(content).length === 0) {
      if (response.body !== null) problems.push(`a ${type || "untyped"} body, where ${status} declares none`);
      return { operation, skipped: false, problems };
    }
    if (response.status === 304 || response.status === 204) return { operation, skipped: false, problems };
    const media = content[type] ?? content[`${type.split("/")[0]}/*`] ?? content["*/*"];
    if (!media) {
      problems.push(`content type ${type || "(none)"} is not declared for ${status} (declared: ${Object.keys(content).join(", ")})`);
      return { operation, skipped: false, problems };
    }
    if (isJson(type) && media.schema !== undefined) {
      const text = await response.clone().text();
      let body: unknown;
      try {
        body = JSON.parse(text);
      } catch {
        problems.push(`the ${type} body is not JSON: ${text.slice(0, 80)}`);
        return { operation, skipped: false, problems };
      }
      problems.push(...this.errors(body, media.schema));
    }
    return { operation, skipped: false, problems };
  }

  /** The validator's errors for a value against a schema of the document, as "at <instance path>: <error>". */
  private errors(value: unknown, schema: Schema | boolean): string[] {
    const result = validate(value, schema, "2020-12", this.lookup, false);
    if (result.valid) return [];
    return summarise(result.errors);
  }

  /** A `$ref` to a component (responses, headers) of the document; anything else as it is. */
  private resolve(node: Json): Json {
    let n = node;
    for (let i = 0; i < 10 && typeof n?.$ref === "string"; i++) {
      const ref: string = n.$ref;
      if (!ref.startsWith("#/")) throw new Error(`cannot resolve ${ref}: only references into the document are followed`);
      n = ref
        .slice(2)
        .split("/")
        .map((s) => decodeURIComponent(s).replace(/~1/g, "/").replace(/~0/g, "~"))
        .reduce<any>((at, key) => at?.[key], this.doc);
      if (n === undefined) throw new Error(`${ref} is not in /openapi.json`);
    }
    return n;
  }
}

/**
 * The errors that name a field at fault: the validator also reports each enclosing keyword that failed because of
 * them ("Property … does not match schema", "A subschema had errors"), which say nothing more.
 */
function summarise(errors: OutputUnit[]): string[] {
  const leaves = errors.filter(
    (e) =>
      !errors.some(
        (d) => d !== e && d.keywordLocation.startsWith(`${e.keywordLocation}/`) && d.instanceLocation.startsWith(e.instanceLocation),
      ),
  );
  const lines = [...new Set(leaves.map((e) => `at ${e.instanceLocation}: ${e.error} (${e.keywordLocation})`))];
  return lines.length > MAX_ERRORS ? [...lines.slice(0, MAX_ERRORS), `… and ${lines.length - MAX_ERRORS} more`] : lines;
}

/** The app's not-found answer (src/http/app.ts): a 404 problem saying no route exists. */
async function isNoRoute(response: Response): Promise<boolean> {
  if (response.status !== 404 || !isJson(mediaType(response.headers.get("content-type")))) return false;
  try {
    const body = await response.clone().json<Json>();
    return typeof body.detail === "string" && body.detail.startsWith("No route for ");
  } catch {
    return false;
  }
}

/** The message a test fails with when a response does not match. */
export function describeMismatch(verdict: Verdict, status: number): string {
  return [
    `The response does not match /openapi.json: ${verdict.operation} answered ${status}`,
    ...verdict.problems.map((p) => `  - ${p}`),
  ].join("\n");
}
