// Cheap repeated reads: ETags from the data version, 304 on a match (the object's version from memory, no SQLite),
// and a write that moves the version on (never a key deleted one by one).
import { beforeAll, describe, expect, it } from "vitest";
import { call, ingestSeeds, postJson } from "./helpers";

type Json = Record<string, any>;

beforeAll(ingestSeeds, 60_000);

async function revalidate(path: string): Promise<{ first: Response; again: Response }> {
  const first = await call(path);
  expect(first.status).toBe(200);
  const etag = first.headers.get("etag");
  expect(etag).toMatch(/^W\/"\d+-\w+"$/);
  expect(first.headers.get("cache-control")).toContain("must-revalidate");
  const again = await call(path, { headers: { "if-none-match": etag! } });
  return { first, again };
}

describe("ETags and 304", () => {
  for (const path of [
    "/v1/topics/assad_role",
    "/v1/parties",
    "/v1/actors",
    "/v1/parties/russia",
    "/v1/parties/russia/history?topic=assad_role",
  ]) {
    it(`${path}: a matching If-None-Match answers 304 with no body`, async () => {
      const { first, again } = await revalidate(path);
      expect(again.status).toBe(304);
      expect(await again.text()).toBe("");
      expect(again.headers.get("etag")).toBe(first.headers.get("etag"));
    });
  }

  it("another query has another ETag; a repeated read gives the same answer", async () => {
    const a = await call("/v1/topics/assad_role");
    const b = await call("/v1/topics/assad_role?from=2013-11-20");
    expect(a.headers.get("etag")).not.toBe(b.headers.get("etag"));
    const again = await call("/v1/topics/assad_role");
    expect(await again.json()).toEqual(await a.json());
  });

  it("a write moves the version on: the old ETag no longer matches and the new answer shows the write", async () => {
    const before = await call("/v1/parties/russia");
    const party = await call("/v1/topics/iran_participation");
    const res = await postJson("/v1/articles", {
      text: "وقال نائب وزير الخارجية الروسي غينادي غاتيلوف إن روسيا ترى أن مشاركة إيران في مؤتمر جنيف 2 ضرورية لنجاحه.",
      published_at: "2014-02-10",
    });
    expect(res.status).toBe(201);
    for (const [path, old] of [
      ["/v1/parties/russia", before],
      ["/v1/topics/iran_participation", party],
    ] as const) {
      const after = await call(path, { headers: { "if-none-match": old.headers.get("etag")! } });
      expect(after.status).toBe(200);
      expect(after.headers.get("etag")).not.toBe(old.headers.get("etag"));
    }
    const matrix = await (await call("/v1/topics/iran_participation")).json<Json>();
    expect(matrix.parties.find((p: Json) => p.party === "russia").last_observed).toBe("2014-02-10");
  });
});
