// Repeated reads are answered without calling the object that holds the data: the version this isolate trusts (for
// READ_VERSION_TTL_MS, or exactly after a write through it), the answer at that version from memory or the edge cache.
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { edgeKey } from "../../src/http/shared";
import { READ_VERSION_TTL_MS } from "../../src/store/read-versions";
import { article, call, postJson, TOKEN } from "./helpers";

type Json = Record<string, any>;

const board = () => env.TOPIC_BOARD.get(env.TOPIC_BOARD.idFromName("board"));
const boardCalls = async () => {
  const res = await call("/v1/ops/load", { headers: { authorization: `Bearer ${TOKEN}` } });
  const o = ((await res.json()) as Json).objects.find((x: Json) => x.object === "TopicBoard");
  return (o?.by_method.matrixAt ?? 0) + (o?.by_method.dataVersion ?? 0);
};
/** A write to the board that does not pass through this isolate's Worker (another isolate's, as far as it knows). */
const writeElsewhere = async () =>
  (
    await board().recordArticle(
      {
        id: `elsewhere-${crypto.randomUUID()}`,
        canonicalId: "elsewhere",
        title: null,
        outlet: null,
        url: null,
        source: null,
        publishedAt: null,
        observedOn: "2014-01-01",
        dateSource: "ingested",
        ingestedAt: new Date().toISOString(),
        extractorVersion: "test",
      },
      [],
    )
  ).version;
const versionOf = (res: Response) => Number(/^W\/"(\d+)-/.exec(res.headers.get("etag") ?? "")?.[1]);

describe("repeated reads", () => {
  it("twenty matrix reads in a row reach the board at most once", async () => {
    await call("/v1/topics/assad_role");
    const before = await boardCalls();
    for (let i = 0; i < 20; i++) expect((await call("/v1/topics/assad_role")).status).toBe(200);
    expect((await boardCalls()) - before).toBeLessThanOrEqual(1);
  });

  it("a write through this Worker is read at once; one elsewhere after the version expires, or at once with ?min_version or no-cache", async () => {
    const first = await call("/v1/topics/geneva2_preconditions");
    const res = await postJson("/v1/articles", {
      text: article(
        "وقال وزير الخارجية الفرنسي لوران فابيوس إن فرنسا ترفض أي شروط مسبقة لعقد مؤتمر جنيف 2 في موعده.",
        "وتحدث الوزير في باريس عن الاتصالات الجارية مع الأطراف الإقليمية والدولية بشأن الترتيبات النهائية للمؤتمر.",
      ),
      published_at: "2013-12-05",
    });
    expect(res.status).toBe(201);
    const after = await call("/v1/topics/geneva2_preconditions");
    expect(versionOf(after)).toBeGreaterThan(versionOf(first));
    expect(((await after.json()) as Json).parties.some((p: Json) => p.party === "france")).toBe(true);

    const seen = versionOf(await call("/v1/topics/geneva2_preconditions"));
    const moved = await writeElsewhere();
    expect(moved).toBeGreaterThan(seen);
    // This isolate still trusts what it read: the answer it keeps, with no call to the board.
    expect(versionOf(await call("/v1/topics/geneva2_preconditions"))).toBe(seen);
    expect(versionOf(await call(`/v1/topics/geneva2_preconditions?min_version=${moved}`))).toBe(moved);
    const again = await writeElsewhere();
    expect(versionOf(await call("/v1/topics/geneva2_preconditions", { headers: { "cache-control": "max-age=0" } }))).toBe(again);
    const last = await writeElsewhere();
    await new Promise((r) => setTimeout(r, READ_VERSION_TTL_MS + 100));
    expect(versionOf(await call("/v1/topics/geneva2_preconditions"))).toBe(last);
  });

  it("keeps each answer in the edge cache under its version, and answers the same bytes from it", async () => {
    const res = await call("/v1/topics/iran_participation?from=2013-01-01", { headers: { "cache-control": "no-cache" } });
    const v = versionOf(res);
    const body = await res.text();
    let edge: Response | undefined;
    for (let i = 0; i < 50 && !edge; i++) {
      edge = await caches.default.match(edgeKey("board /v1/topics/iran_participation?from=2013-01-01", v));
      if (!edge) await new Promise((r) => setTimeout(r, 20));
    }
    expect(edge).toBeDefined();
    expect(await edge!.text()).toBe(body);
  });
});
