// The API contract as served: every operation has an operationId, a declared 4xx and its security (public reads
// `security: []`), and the servers are set — what API tools need (the e2e suite runs Redocly's lint on it).
import { describe, expect, it } from "vitest";
import { operationIdOf } from "../../src/http/spec";
import { call } from "./helpers";

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
