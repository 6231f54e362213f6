// Feed sources live in the Directory's SQLite and are edited in transactions: two edits at once both land (they
// were one KV value edited by read-modify-write, where one of two concurrent edits was lost). Ids are unique to
// this file, since other test files edit sources too.
import { describe, expect, it } from "vitest";
import { call, postJson, TOKEN } from "./helpers";

type Json = Record<string, any>;

const sources = async () => (await (await call("/v1/sources")).json<Json>()).sources as Json[];
const patch = (id: string, enabled: boolean) =>
  call(`/v1/sources/${id}`, {
    method: "PATCH",
    headers: { authorization: `Bearer ${TOKEN}`, "content-type": "application/json" },
    body: JSON.stringify({ enabled }),
  });

describe("feed sources", () => {
  it("two concurrent additions and a concurrent toggle all land; the same id twice at once gives 201 and 409", async () => {
    const tag = crypto.randomUUID().slice(0, 8);
    const [one, two, base] = [`one-${tag}`, `two-${tag}`, `base-${tag}`];
    expect((await postJson("/v1/sources", { id: base, url: "https://base.example/feed.xml", kind: "rss", enabled: false })).status).toBe(
      201,
    );
    const results = await Promise.all([
      postJson("/v1/sources", { id: one, url: "https://one.example/feed.xml", kind: "rss" }),
      postJson("/v1/sources", { id: two, url: "https://two.example/feed.xml", kind: "atom" }),
      patch(base, true),
    ]);
    expect(results.map((r) => r.status)).toEqual([201, 201, 200]);
    const list = await sources();
    const mine = list.filter((s) => [one, two, base].includes(s.id)).map((s) => [s.id, s.enabled]);
    expect(mine.sort()).toEqual(
      [
        [base, true],
        [one, true],
        [two, true],
      ].sort(),
    );
    const three = `three-${tag}`;
    const twice = await Promise.all([
      postJson("/v1/sources", { id: three, url: "https://three.example/a.xml", kind: "rss" }),
      postJson("/v1/sources", { id: three, url: "https://three.example/b.xml", kind: "rss" }),
    ]);
    expect(twice.map((r) => r.status).sort()).toEqual([201, 409]);
    expect((await sources()).filter((s) => s.id === three)).toHaveLength(1);
    for (const id of [one, two, base, three]) {
      expect((await call(`/v1/sources/${id}`, { method: "DELETE", headers: { authorization: `Bearer ${TOKEN}` } })).status).toBe(204);
    }
    expect((await call(`/v1/sources/${one}`, { method: "DELETE", headers: { authorization: `Bearer ${TOKEN}` } })).status).toBe(404);
  });
});
