// Reversal alerts through HTTP, the objects and the Queue: each change fires once, the list and the Atom feed
// carry it, and webhooks receive it signed (checked by a local receiver), retried, dead-lettered, logged.
import { XMLParser } from "fast-xml-parser";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { verifySignature } from "../../src/alerts/signature";
import { call, postJson, TOKEN } from "./helpers";

type Json = Record<string, any>;

const SECRET = "webhook-secret-0123456789";
const received: Array<{ url: string; body: string; signature: string | null; valid: boolean }> = [];
const failuresLeft = new Map<string, number>();

beforeEach(() => {
  received.length = 0;
  vi.spyOn(globalThis, "fetch").mockImplementation(async (input: RequestInfo | URL, init?: RequestInit) => {
    const req = new Request(input as RequestInfo, init);
    if (!req.url.startsWith("https://hooks.example/")) throw new TypeError(`network unreachable: ${req.url}`);
    const body = await req.text();
    const signature = req.headers.get("x-tracker-signature");
    const valid = await verifySignature(SECRET, signature, body, Math.floor(Date.now() / 1000));
    received.push({ url: req.url, body, signature, valid });
    const left = failuresLeft.get(req.url) ?? 0;
    if (left !== 0) {
      failuresLeft.set(req.url, left - 1);
      return new Response("down", { status: 503 });
    }
    return new Response(valid ? "ok" : "bad signature", { status: valid ? 200 : 401 });
  });
});
afterEach(() => vi.restoreAllMocks());

async function ingest(text: string, published_at: string): Promise<Json> {
  const res = await postJson("/v1/articles", { text, published_at });
  expect([200, 201]).toContain(res.status);
  return (await res.json<Json>()).articles[0];
}

async function hook(url: string): Promise<string> {
  const res = await postJson("/v1/webhooks", { url, secret: SECRET });
  expect(res.status).toBe(201);
  return (await res.json<Json>()).id;
}

async function deliveries(id: string): Promise<Json[]> {
  return (await (await call(`/v1/webhooks/${id}/deliveries`, { headers: { authorization: `Bearer ${TOKEN}` } })).json<Json>()).deliveries;
}

async function until<T>(what: () => Promise<T>, done: (v: T) => boolean, tries = 150): Promise<T> {
  for (let i = 0; i < tries; i++) {
    const v = await what();
    if (done(v)) return v;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("timed out");
}

const SAY = (verb: string) => `وقال وزير الخارجية السويدي كارل بيلدت إن السويد ${verb} مشاركة إيران في مؤتمر جنيف 2.`;

describe("alerts", () => {
  it("fire once per change with the evidence on both sides; the list, filters and the Atom feed carry them", async () => {
    const id = await hook("https://hooks.example/ok");
    const first = await ingest(SAY("تؤيد"), "2014-01-10");
    const second = await ingest(SAY("ترفض"), "2014-01-12");
    await ingest(SAY("ترفض"), "2014-01-12"); // the same article again: nothing new
    await ingest(
      "وقال وزير الخارجية السويدي كارل بيلدت إن السويد توافق على مشاركة إيران في مؤتمر جنيف 2 بشرط أن تقبل طهران بيان جنيف الأول.",
      "2014-01-15",
    );
    const { alerts } = await (await call("/v1/alerts?party=sweden&topic=iran_participation")).json<Json>();
    expect(alerts.map((a: Json) => [a.kind, a.from, a.to])).toEqual([
      ["softened", "oppose", "conditional"],
      ["reversed", "support", "oppose"],
      ["first_stated", null, "support"],
    ]);
    const reversed = alerts[1];
    expect(reversed.article_id).toBe(second.id);
    expect(reversed.evidence).toContain("ترفض");
    expect(reversed.previous.article_id).toBe(first.id);
    expect(reversed.previous.evidence).toContain("تؤيد");
    expect((await (await call("/v1/alerts?kind=reversed&party=sweden")).json<Json>()).alerts).toHaveLength(1);
    // Webhook: each alert delivered once, signed; a replay later is refused by the timestamp.
    const log = await until(
      () => deliveries(id),
      (l) => l.filter((d) => d.outcome === "delivered").length >= 3,
    );
    expect(new Set(log.filter((d) => d.outcome === "delivered").map((d) => d.alert_id)).size).toBe(3);
    const ok = received.filter((r) => r.url === "https://hooks.example/ok");
    expect(ok.every((r) => r.valid)).toBe(true);
    expect(new Set(ok.map((r) => JSON.parse(r.body).alert.id)).size).toBe(ok.length);
    const captured = ok[0]!;
    expect(await verifySignature(SECRET, captured.signature, captured.body, Math.floor(Date.now() / 1000) + 600)).toBe(false);
    expect(
      await verifySignature(SECRET, captured.signature, captured.body.replace("sweden", "russia"), Math.floor(Date.now() / 1000)),
    ).toBe(false);
    // Atom: a feed with an entry per alert.
    const feed = await call("/v1/alerts.atom?party=sweden");
    expect(feed.headers.get("content-type")).toContain("application/atom+xml");
    const xml = new XMLParser({ ignoreAttributes: false }).parse(await feed.text());
    expect(xml.feed["@_xmlns"]).toBe("http://www.w3.org/2005/Atom");
    const entries = [xml.feed.entry].flat();
    expect(entries).toHaveLength(3);
    for (const e of entries) {
      expect(e.id).toMatch(/^http:\/\/tracker\.test\/v1\/alerts\/\d+$/);
      expect(Date.parse(e.updated)).not.toBeNaN();
      expect(e.title).toContain("sweden");
    }
    await call(`/v1/webhooks/${id}`, { method: "DELETE", headers: { authorization: `Bearer ${TOKEN}` } });
  });

  it("a failing receiver is retried with back-off until it answers; one that never does is dead-lettered", async () => {
    const flaky = await hook("https://hooks.example/flaky");
    const down = await hook("https://hooks.example/down");
    failuresLeft.set("https://hooks.example/flaky", 2);
    failuresLeft.set("https://hooks.example/down", -1);
    await ingest("وقال وزير الخارجية السويدي كارل بيلدت إن السويد ترى أن مؤتمر جنيف 2 يجب أن يعقد دون شروط مسبقة.", "2014-02-01");
    const flakyLog = await until(
      () => deliveries(flaky),
      (l) => l.some((d) => d.outcome === "delivered"),
    );
    expect(flakyLog.map((d) => d.outcome).reverse()).toEqual(["failed", "failed", "delivered"]);
    const downLog = await until(
      () => deliveries(down),
      (l) => l.some((d) => d.outcome === "dead_lettered"),
    );
    expect(downLog.filter((d) => d.outcome === "failed").length).toBeGreaterThanOrEqual(3);
    expect(downLog.filter((d) => d.outcome === "dead_lettered")).toHaveLength(1);
    for (const h of [flaky, down]) await call(`/v1/webhooks/${h}`, { method: "DELETE", headers: { authorization: `Bearer ${TOKEN}` } });
  });

  it("refuses bad webhooks and unauthenticated ones", async () => {
    expect((await postJson("/v1/webhooks", { url: "ftp://x.example/", secret: SECRET })).status).toBe(400);
    expect((await postJson("/v1/webhooks", { url: "https://x.example/", secret: "short" })).status).toBe(400);
    expect((await postJson("/v1/webhooks", { url: "https://x.example/", secret: SECRET }, null)).status).toBe(401);
    expect((await call("/v1/webhooks")).status).toBe(401);
    expect((await call("/v1/alerts?kind=exploded")).status).toBe(400);
  });
});
