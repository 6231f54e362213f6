// The API contract as served: every operation has an operationId, a declared 4xx and its security (public reads
// `security: []`), and the servers are set — what API tools need (the e2e suite runs Redocly's lint on it). And the
// check every test's answers go through (helpers.ts, conformance.ts) refuses what the description does not allow.
import { describe, expect, it } from "vitest";
import { operationIdOf } from "../../src/http/spec";
import { call, checked, specChecker } from "./helpers";

type Json = Record<string, any>;

describe("/openapi.json", () => {
  it("describes every operation completely", async () => {
    const spec = await (await call("/openapi.json")).json<Json>();
    expect(spec.servers?.length).toBeGreaterThan(0);
    const ids = new Set<string>();
    let operations = 0;
    for (const [path, item] of Object.entries<Json>(spec.paths)) {
      for (const [method, op] of Object.entries<Json>(item)) {
        operations++;
        expect(op.operationId, `${method} ${path}`).toBeTruthy();
        ids.add(op.operationId);
        expect(Array.isArray(op.security), `${method} ${path}`).toBe(true);
        expect(
          Object.keys(op.responses).some((code) => code.startsWith("4")),
          `${method} ${path}`,
        ).toBe(true);
        if (method !== "get") expect(op.security, `${method} ${path} is a write`).toEqual([{ bearer: [] }]);
      }
    }
    expect(ids.size).toBe(operations);
    expect(spec.paths["/v1/review"].get.security).toEqual([]);
  });

  it("derives operation ids from the method and path", () => {
    expect(operationIdOf("get", "/v1/parties/{id}/history")).toBe("getPartiesByIdHistory");
    expect(operationIdOf("post", "/v1/review/decisions/{id}/undo")).toBe("postReviewDecisionsByIdUndo");
    expect(operationIdOf("get", "/v1/export/observations.csv")).toBe("getExportObservationsCsv");
  });
});

describe("the check of every answer against /openapi.json", () => {
  const URL_OF = (path: string) => `http://tracker.test${path}`;
  const jsonAnswer = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
    new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json", ...headers } });
  const versioned = { etag: 'W/"1-abc"', "cache-control": "public, max-age=0, must-revalidate" };

  it("passes an answer the description allows, and a real one through call()", async () => {
    const checker = await specChecker();
    const page = { party: "russia", observations: [], next_cursor: null };
    expect((await checker.check("GET", URL_OF("/v1/parties/russia/history"), jsonAnswer(page, 200, versioned))).problems).toEqual([]);
    expect((await call("/v1/sources")).status).toBe(200);
  });

  it("names each field of a JSON body that does not match its schema", async () => {
    const checker = await specChecker();
    const wrong = { party: 7, observations: [{ id: "one", party: "russia" }], next_cursor: null };
    const verdict = await checker.check("GET", URL_OF("/v1/parties/russia/history"), jsonAnswer(wrong, 200, versioned));
    expect(verdict.operation).toBe("GET /v1/parties/{id}/history (getPartiesByIdHistory)");
    expect(verdict.problems.join("\n")).toMatch(/at #\/party: Instance type "number" is invalid\. Expected "string"/);
    expect(verdict.problems.join("\n")).toMatch(/at #\/observations\/0: Instance does not have required property "actor"/);
    // A problem body is checked against the Problem component (a $ref into #/components).
    const problem = await checker.check(
      "GET",
      URL_OF("/v1/parties/russia"),
      jsonAnswer({ title: "x" }, 404, { "content-type": "application/problem+json" }),
    );
    expect(problem.problems.join("\n")).toMatch(/required property "detail"/);
  });

  it("refuses an undeclared status or media type, and a missing required header", async () => {
    const checker = await specChecker();
    expect((await checker.check("GET", URL_OF("/v1/sources"), jsonAnswer({}, 418))).problems).toEqual([
      expect.stringMatching(/^status 418 is not declared \(declared: 200, 401, 500\)$/),
    ]);
    const html = new Response("<p>hi</p>", { headers: { "content-type": "text/html" } });
    expect((await checker.check("GET", URL_OF("/v1/sources"), html)).problems).toEqual([
      "content type text/html is not declared for 200 (declared: application/json)",
    ]);
    expect((await checker.check("GET", URL_OF("/v1/parties"), jsonAnswer({ parties: [] }))).problems).toContain(
      "required header ETag is missing",
    );
    const limited = jsonAnswer({ type: "about:blank", title: "Too many requests", status: 429, detail: "slow down" }, 429);
    expect((await checker.check("POST", URL_OF("/v1/articles"), limited)).problems).toContain("required header Retry-After is missing");
  });

  it("fails an undocumented /v1 route or method, and skips paths outside the API", async () => {
    const checker = await specChecker();
    const secret = await checker.check("GET", URL_OF("/v1/secret"), jsonAnswer({ ok: true }));
    expect(secret.problems).toEqual(["undocumented route: no path of /openapi.json matches /v1/secret (answered 200)"]);
    const method = await checker.check("DELETE", URL_OF("/v1/parties"), jsonAnswer({ ok: true }));
    expect(method.problems).toEqual(["undocumented operation: /v1/parties is described as /v1/parties, but not for DELETE (answered 200)"]);
    // The router's own 404 for a route that does not exist is the one answer an undescribed /v1 request may get.
    const noRoute = await call("/v1/nothing");
    expect(noRoute.status).toBe(404);
    // The WebSocket endpoint is left out of the description: its handshake answers (101, 426) and nothing else.
    expect((await call("/v1/live")).status).toBe(426);
    expect((await checker.check("GET", URL_OF("/v1/live"), jsonAnswer({ ok: true }))).problems).toEqual([
      "undocumented route: no path of /openapi.json matches /v1/live (answered 200)",
    ]);
    // Outside /v1 and not in the description: the dashboard, /docs, /openapi.json, the seed feed.
    for (const path of ["/", "/docs", "/openapi.json", "/feeds/seeds.xml"])
      expect((await checker.check("GET", URL_OF(path), new Response("x"))).skipped, path).toBe(true);
  });

  it("makes the test that received a non-matching answer fail, with the operation, status and errors", async () => {
    await expect(checked({ method: "GET", url: URL_OF("/v1/runs") }, jsonAnswer({ runs: "none", next_cursor: null }))).rejects.toThrow(
      /does not match \/openapi\.json: GET \/v1\/runs \(getRuns\) answered 200\n {2}- at #\/runs: Instance type "string" is invalid\. Expected "array"/,
    );
  });
});
