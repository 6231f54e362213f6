// The cron path with outbound fetches answered by local fixtures: the scheduled handler plans, the real
// queue consumer fetches feeds and pages and ingests; runs are visible in /v1/runs.
import { env } from "cloudflare:workers";
import {
  createExecutionContext,
  createMessageBatch,
  createScheduledController,
  getQueueResult,
  waitOnExecutionContext,
} from "cloudflare:test";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import worker from "../../src/index";
import type { Job } from "../../src/ingest/jobs";
import { call, postJson, TOKEN, finished } from "./helpers";

type Json = Record<string, any>;

/** The outside world for these tests: feeds and article pages, counted per URL. */
const world = new Map<string, (req: Request) => Response | Promise<Response>>();
const hits = new Map<string, number>();

function page(title: string, paragraphs: string[], date: string): string {
  return `<!doctype html><html><head><title>${title}</title><meta property="article:published_time" content="${date}T08:00:00Z"></head>
<body><nav><p>الرئيسية أخبار</p></nav><article><h1>${title}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join("")}</article>
<div class="comments"><p>تعليق: دون شروط مسبقة</p></div><footer><p>جميع الحقوق محفوظة</p></footer></body></html>`;
}

function rss(items: Array<{ url: string; title: string }>): string {
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>${items.map((i) => `<item><title>${i.title}</title><link>${i.url}</link></item>`).join("")}</channel></rss>`;
}

beforeEach(() => {
  world.clear();
  hits.clear();
  vi.spyOn(globalThis, "fetch").mockImplementation(async (input: RequestInfo | URL, init?: RequestInit) => {
    const req = new Request(input as RequestInfo, init);
    hits.set(req.url, (hits.get(req.url) ?? 0) + 1);
    const handler = world.get(req.url);
    if (!handler) throw new TypeError(`network unreachable: ${req.url}`);
    return handler(req);
  });
});
afterEach(() => vi.restoreAllMocks());

async function removeSources() {
  const { sources } = await (await call("/v1/sources")).json<Json>();
  for (const s of sources) await call(`/v1/sources/${s.id}`, { method: "DELETE", headers: { authorization: `Bearer ${TOKEN}` } });
}

async function addSource(id: string, url: string, kind = "rss") {
  const res = await postJson("/v1/sources", { id, url, kind, enabled: true });
  expect(res.status).toBe(201);
}

async function cron(): Promise<string> {
  const ctx = createExecutionContext();
  await worker.scheduled(createScheduledController({ scheduledTime: Date.now(), cron: "*/30 * * * *" }), env, ctx);
  await waitOnExecutionContext(ctx);
  const { runs } = await (await call("/v1/runs?limit=1")).json<Json>();
  return runs[0].id;
}

const FEED = "https://news.example/syria.rss";
const items = [
  { url: "https://news.example/a1", title: "لافروف والشروط" },
  { url: "https://news.example/a2", title: "الائتلاف وإيران" },
];
function serveNews(etag = '"v1"') {
  world.set(FEED, (req) =>
    req.headers.get("if-none-match") === etag ? new Response(null, { status: 304 }) : new Response(rss(items), { headers: { etag } }),
  );
  world.set(
    items[0]!.url,
    () =>
      new Response(
        page(
          "لافروف: دون شروط",
          [
            "وقال وزير الخارجية الروسي سيرغي لافروف للصحافيين إن موسكو تدعو إلى عقد مؤتمر جنيف 2 من دون أي شروط مسبقة وبمشاركة كل الأطراف السورية.",
          ],
          "2014-01-02",
        ),
      ),
  );
  world.set(
    items[1]!.url,
    () =>
      new Response(
        page(
          "الائتلاف يرفض مشاركة إيران",
          ["وأعلن الائتلاف الوطني السوري رفضه مشاركة إيران في مؤتمر جنيف 2 ما دامت قواتها تقاتل إلى جانب النظام في سوريا."],
          "2014-01-03",
        ),
      ),
  );
}

describe("feeds", () => {
  it("ingests new items once; a second run ingests nothing and a 304 costs no work", async () => {
    serveNews();
    await addSource("example-news", FEED);
    const first = await finished(await cron());
    expect(first).toMatchObject({ sources_fetched: 1, items_queued: 2, new_articles: 2, failed: 0 });
    const russia = await (await call("/v1/parties/russia/history?topic=geneva2_preconditions")).json<Json>();
    expect(russia.observations.some((o: Json) => o.observed_on === "2014-01-02" && o.stance === "unconditional")).toBe(true);
    const coalition = await (await call("/v1/parties/national_coalition/history?topic=iran_participation")).json<Json>();
    expect(coalition.observations.map((o: Json) => o.stance)).toContain("oppose");

    const pagesBefore = (hits.get(items[0]!.url) ?? 0) + (hits.get(items[1]!.url) ?? 0);
    const second = await finished(await cron());
    expect(second).toMatchObject({ sources_fetched: 1, not_modified: 1, items_queued: 0, new_articles: 0 });
    expect((hits.get(items[0]!.url) ?? 0) + (hits.get(items[1]!.url) ?? 0)).toBe(pagesBefore);
  });

  it("a broken feed and an unreachable one are recorded as failed while another succeeds", async () => {
    await removeSources();
    const other = "https://other.example/feed.json";
    world.set(other, () => Response.json({ version: "https://jsonfeed.org/version/1.1", items: [{ url: "https://other.example/b1" }] }));
    world.set(
      "https://other.example/b1",
      () =>
        new Response(
          page(
            "طهران",
            ["وقال وزير الخارجية الإيراني محمد جواد ظريف إن إيران مستعدة للمشاركة في مؤتمر جنيف 2 دون أي شروط مسبقة من جانبها."],
            "2014-01-04",
          ),
        ),
    );
    world.set("https://broken.example/feed.xml", () => new Response("<html>not a feed</html>", { status: 200 }));
    await addSource("broken", "https://broken.example/feed.xml");
    await addSource("offline", "https://offline.example/feed.xml");
    await addSource("good", other, "json");
    const run = await finished(await cron());
    expect(run.sources_fetched).toBe(1);
    expect(run.new_articles).toBe(1);
    expect(run.failed).toBe(2);
    const reasons = run.failures.filter((f: Json) => f.final).map((f: Json) => f.subject);
    expect(reasons).toEqual(expect.arrayContaining(["feed:broken", "feed:offline"]));
    expect(run.failures.some((f: Json) => !f.final && /network unreachable/.test(f.reason))).toBe(true);
  });

  it("sources can be listed, disabled and removed, and writes need the token", async () => {
    await addSource("temp", "https://temp.example/rss");
    expect((await call("/v1/sources")).status).toBe(200);
    const patch = await call("/v1/sources/temp", {
      method: "PATCH",
      headers: { authorization: `Bearer ${TOKEN}`, "content-type": "application/json" },
      body: JSON.stringify({ enabled: false }),
    });
    expect((await patch.json<Json>()).enabled).toBe(false);
    expect((await postJson("/v1/sources", { id: "x-y", url: "https://x.example/", kind: "rss" }, null)).status).toBe(401);
    expect((await call("/v1/sources/temp", { method: "DELETE", headers: { authorization: `Bearer ${TOKEN}` } })).status).toBe(204);
    expect((await call("/v1/sources/temp", { method: "DELETE", headers: { authorization: `Bearer ${TOKEN}` } })).status).toBe(404);
  });
});

describe("re-extraction", () => {
  beforeEach(removeSources);
  it("an alias added to the lexicon in KV moves an observation into a party's history, without duplicates", async () => {
    const text = "وقال نائب الوزير سيرغي فيرشينين للصحافيين في موسكو إن مؤتمر جنيف 2 يجب أن يعقد من دون أي شروط مسبقة من أي طرف كان.";
    const created = await postJson("/v1/articles", { text, published_at: "2014-01-20" });
    expect((await created.json<Json>()).articles[0].claims).toEqual([]);
    const actors = await (await call("/v1/lexicon/actors")).json<Json>();
    actors.actors.push({ id: "vershinin", party: "russia", kind: "person", aliases: ["فيرشينين", "سيرغي فيرشينين"] });
    const put = await call("/v1/lexicon/actors", {
      method: "PUT",
      headers: { authorization: `Bearer ${TOKEN}`, "content-type": "application/json" },
      body: JSON.stringify(actors),
    });
    expect(put.status).toBe(200);
    const start = await call("/v1/runs", { method: "POST", headers: { authorization: `Bearer ${TOKEN}` } });
    expect(start.status).toBe(202);
    const run = await finished((await start.json<Json>()).run_id);
    expect(run.reextracted).toBeGreaterThanOrEqual(1);
    const history = await (await call("/v1/parties/russia/history?actor=vershinin")).json<Json>();
    expect(history.observations).toHaveLength(1);
    // A second run finds nothing stale and adds nothing.
    const again = await finished(
      (await (await call("/v1/runs", { method: "POST", headers: { authorization: `Bearer ${TOKEN}` } })).json<Json>()).run_id,
    );
    expect(again.reextracted).toBe(0);
    expect((await (await call("/v1/parties/russia/history?actor=vershinin")).json<Json>()).observations).toHaveLength(1);
  });

  it("refuses a lexicon that does not validate, naming the entry", async () => {
    const actors = await (await call("/v1/lexicon/actors")).json<Json>();
    actors.actors.push({ id: "Bad Id", party: "russia", kind: "person", aliases: ["x y"] });
    const res = await call("/v1/lexicon/actors", {
      method: "PUT",
      headers: { authorization: `Bearer ${TOKEN}`, "content-type": "application/json" },
      body: JSON.stringify(actors),
    });
    expect(res.status).toBe(422);
    expect((await res.json<Json>()).detail).toContain("Bad Id");
  });
});

describe("queue", () => {
  beforeEach(removeSources);
  it("a failing message is retried, then dead-lettered and counted as failed", async () => {
    await call("/v1/runs", { method: "POST", headers: { authorization: `Bearer ${TOKEN}` } });
    const { runs } = await (await call("/v1/runs?limit=1")).json<Json>();
    const runId = runs[0].id as string;
    const job: Job = { type: "item", runId, sourceId: "gone", url: "https://gone.example/article" };
    const batch = createMessageBatch<Job>("stance-jobs", [{ id: "m1", timestamp: new Date(), attempts: 4, body: job }]);
    const ctx = createExecutionContext();
    await worker.queue(batch, env, ctx);
    const result = await getQueueResult(batch, ctx);
    expect(result.retryMessages.map((m) => m.msgId)).toEqual(["m1"]);
    expect(result.explicitAcks).toEqual([]);
    const dead = createMessageBatch<Job>("stance-jobs-dlq", [{ id: "m1", timestamp: new Date(), attempts: 1, body: job }]);
    const ctx2 = createExecutionContext();
    await worker.queue(dead, env, ctx2);
    expect((await getQueueResult(dead, ctx2)).explicitAcks).toEqual(["m1"]);
    const run = await (await call(`/v1/runs/${runId}`)).json<Json>();
    expect(run.failed).toBe(1);
    expect(run.failures.find((f: Json) => f.final).subject).toBe("item:https://gone.example/article");
  });
});

describe("the project's own feed", () => {
  it("serves the seed articles as RSS and pages the extractor reads", async () => {
    const feed = await call("/feeds/seeds.xml");
    expect(feed.headers.get("content-type")).toContain("rss");
    const xml = await feed.text();
    expect((xml.match(/<item>/g) ?? []).length).toBe(24);
    const link = /<link>http:\/\/tracker\.test(\/feeds\/seeds\/[^<]+)<\/link>/.exec(xml)![1]!;
    const html = await (await call(link)).text();
    expect(html).toContain("<article>");
  });
});
