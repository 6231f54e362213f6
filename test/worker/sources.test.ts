// Feed sources live in the Directory's SQLite and are edited in transactions: two edits at once both land (they
// were one KV value edited by read-modify-write, where one of two concurrent edits was lost).
import { describe, expect, it } from "vitest";
import { call, postJson, TOKEN } from "./helpers";

type Json = Record<string, any>;

const list = async () => ((await (await call("/v1/sources")).json<Json>()).sources as Json[]).map((s) => s.id);

describe("feed sources", () => {
  it("start from the bundled list, and two concurrent additions and a concurrent toggle all land", async () => {
    expect(await list()).toContain("local-seeds");
    const results = await Promise.all([
      postJson("/v1/sources", { id: "one", url: "https://one.example/feed.xml", kind: "rss" }),
      postJson("/v1/sources", { id: "two", url: "https://two.example/feed.xml", kind: "atom" }),
      call("/v1/sources/local-seeds", {
        method: "PATCH",
        headers: { authorization: `Bearer ${TOKEN}`, "content-type": "application/json" },
        body: JSON.stringify({ enabled: true }),
      }),
    ]);
    expect(results.map((r) => r.status)).toEqual([201, 201, 200]);
    const sources = (await (await call("/v1/sources")).json<Json>()).sources as Json[];
    expect(sources.map((s) => s.id)).toEqual(["local-seeds", "one", "two"]);
    expect(sources.find((s) => s.id === "local-seeds")!.enabled).toBe(true);
    // The same id twice at once: one lands, the other is told.
    const twice = await Promise.all([
      postJson("/v1/sources", { id: "three", url: "https://three.example/a.xml", kind: "rss" }),
      postJson("/v1/sources", { id: "three", url: "https://three.example/b.xml", kind: "rss" }),
    ]);
    expect(twice.map((r) => r.status).sort()).toEqual([201, 409]);
    expect((await list()).filter((id) => id === "three")).toHaveLength(1);
    const removed = await call("/v1/sources/one", { method: "DELETE", headers: { authorization: `Bearer ${TOKEN}` } });
    expect(removed.status).toBe(204);
    expect(await list()).not.toContain("one");
    expect((await call("/v1/sources/one", { method: "DELETE", headers: { authorization: `Bearer ${TOKEN}` } })).status).toBe(404);
  });
});
