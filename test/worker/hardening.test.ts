// Hardening through HTTP: access, hostile input, limits, 200 concurrent writers, injected faults, and fuzzing;
// after each, the stored state is checked for consistency (nothing lost, nothing doubled).
import { env } from "cloudflare:workers";
import { createExecutionContext, createMessageBatch, getQueueResult } from "cloudflare:test";
import fc from "fast-check";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { clearFaults, faultsFired, injectFault } from "../../src/faults";
import { createApp } from "../../src/http/app";
import worker from "../../src/index";
import type { Job } from "../../src/ingest/jobs";
import { call, checked, postJson, postText, TOKEN } from "./helpers";

type Json = Record<string, any>;
const tally = { hostile: 0, concurrentWriters: 0, faults: 0, lost: 0, doubled: 0, checks: 0 };

afterEach(() => clearFaults());
afterAll(() => {
  tally.faults = faultsFired();
  console.log(
    `hardening: ${tally.hostile} hostile inputs tried (0 answered 5xx), ${tally.concurrentWriters} concurrent writers, ${tally.faults} faults injected; ` +
      `${tally.checks} consistency checks: ${tally.lost} lost, ${tally.doubled} doubled`,
  );
});

/** The article index, the topic board and the party objects agree, and every article's claims are stored exactly once. */
async function consistent(expected?: Map<string, number>): Promise<void> {
  tally.checks++;
  const totals = await env.ARTICLE_INDEX.get(env.ARTICLE_INDEX.idFromName("directory")).totals();
  const board = await env.TOPIC_BOARD.get(env.TOPIC_BOARD.idFromName("board")).totals();
  expect(board.observations).toBe(totals.claims);
  const { parties } = await (await call("/v1/parties")).json<Json>();
  let observations = 0;
  for (const p of parties) observations += await env.PARTY_HISTORY.get(env.PARTY_HISTORY.idFromName(p.party)).count();
  if (observations < totals.claims) tally.lost += totals.claims - observations;
  if (observations > totals.claims) tally.doubled += observations - totals.claims;
  expect(observations).toBe(totals.claims);
  for (const [id, n] of expected ?? []) {
    const res = await call(`/v1/articles/${id}`);
    expect(res.status).toBe(200);
    const article = await res.json<Json>();
    if (article.claims.length < n) tally.lost++;
    if (article.claims.length > n) tally.doubled++;
    expect(article.claims).toHaveLength(n);
    for (const party of new Set<string>(article.claims.map((c: Json) => c.party))) {
      const history = await (await call(`/v1/parties/${party}/history?limit=200`)).json<Json>();
      const mine = history.observations.filter((o: Json) => o.article_id === id);
      expect(mine).toHaveLength(article.claims.filter((c: Json) => c.party === party).length);
    }
  }
}

const SPEAKERS = [
  "وقال لافروف",
  "وأكد وزير الخارجية الفرنسي لوران فابيوس",
  "وقال المقداد",
  "وأعلن الائتلاف الوطني السوري",
  "وقال ظريف",
  "وقالت الخارجية الأمريكية",
];
const POSITIONS = [
  "إن المؤتمر يجب أن يعقد دون شروط مسبقة",
  "إنه لا دور للأسد في المرحلة الانتقالية",
  "إن مشاركة إيران في المؤتمر مرفوضة",
  "إن رحيل الأسد ليس أولوية الآن",
];
const articleText = (i: number) =>
  `${SPEAKERS[i % SPEAKERS.length]} في تصريح رقم ${i} للصحافيين ${POSITIONS[i % POSITIONS.length]}، وأضاف أن المشاورات ستتواصل في الأيام المقبلة حول الملف ${i}.`;

describe("access", () => {
  const app = createApp();
  const fetchWith = async (extra: Partial<Cloudflare.Env>, req: Request) =>
    checked(req, await app.fetch(req, { ...env, ...extra }, createExecutionContext()));

  it("refuses writes when no token is configured (fail closed)", async () => {
    const res = await fetchWith(
      { API_TOKEN: undefined, REVIEW_TOKENS: undefined },
      new Request("http://x/v1/articles", { method: "POST", headers: { "content-type": "application/json" }, body: "{}" }),
    );
    expect(res.status).toBe(503);
    expect(res.headers.get("content-type")).toContain("problem+json");
  });
  it("rejects a wrong token and a malformed header", async () => {
    expect((await postJson("/v1/articles", { text: articleText(1) }, "wrong-token")).status).toBe(401);
    const res = await call("/v1/articles", {
      method: "POST",
      headers: { authorization: `Basic ${TOKEN}`, "content-type": "application/json" },
      body: "{}",
    });
    expect(res.status).toBe(401);
  });
  it("reads are public unless a read token is configured", async () => {
    expect((await call("/v1/parties")).status).toBe(200);
    const locked = await fetchWith({ READ_TOKEN: "reader" }, new Request("http://x/v1/parties"));
    expect(locked.status).toBe(401);
    const open = await fetchWith(
      { READ_TOKEN: "reader" },
      new Request("http://x/v1/parties", { headers: { authorization: "Bearer reader" } }),
    );
    expect(open.status).toBe(200);
  });
  it("allows CORS only for the configured dashboard origin", async () => {
    const ok = await call("/v1/parties", { headers: { origin: "https://dash.example" } });
    expect(ok.headers.get("access-control-allow-origin")).toBe("https://dash.example");
    const other = await call("/v1/parties", { headers: { origin: "https://evil.example" } });
    expect(other.headers.get("access-control-allow-origin")).toBeNull();
    // A preflight from the dashboard's origin, with the read token configured too (both guards in one layer).
    const preflight = await fetchWith(
      { READ_TOKEN: "reader" },
      new Request("http://x/v1/parties", {
        method: "OPTIONS",
        headers: {
          origin: "https://dash.example",
          "access-control-request-method": "GET",
          "access-control-request-headers": "authorization",
        },
      }),
    );
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-origin")).toBe("https://dash.example");
    const readFromOrigin = await fetchWith(
      { READ_TOKEN: "reader" },
      new Request("http://x/v1/parties", { headers: { origin: "https://dash.example", authorization: "Bearer reader" } }),
    );
    expect(readFromOrigin.status).toBe(200);
    expect(readFromOrigin.headers.get("access-control-allow-origin")).toBe("https://dash.example");
    // Without Origin (a server, a same-origin page) no CORS work is done, and shared caches still keep the answers apart.
    const plain = await call("/v1/parties");
    expect(plain.headers.get("access-control-allow-origin")).toBeNull();
    expect(plain.headers.get("vary")).toContain("Origin");
  });
  it("sets secure headers on every response, errors included", async () => {
    for (const res of [await call("/v1/parties"), await call("/v1/nothing"), await postJson("/v1/articles", {}, null)]) {
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
      expect(res.headers.get("x-frame-options")).toBe("SAMEORIGIN");
    }
  });
});

describe("hostile input", () => {
  const arabic = "وقال لافروف إن المؤتمر يجب أن يعقد دون شروط مسبقة وبحضور الجميع.";
  const cases: Array<[string, () => Promise<Response>, number]> = [
    ["empty JSON object", () => postJson("/v1/articles", {}), 400],
    ["text of spaces", () => postJson("/v1/articles", { text: "   \n\t " }), 400],
    ["text that is not a string", () => postJson("/v1/articles", { text: 42 }), 400],
    ["unknown field", () => postJson("/v1/articles", { text: arabic, author: "x" }), 400],
    [
      "Latin text only",
      () => postJson("/v1/articles", { text: "Lavrov said the talks must start without preconditions. ".repeat(5) }),
      422,
    ],
    ["binary with NUL bytes", () => postText("/v1/articles", `${arabic}\u0000\u0001\u0002`), 400],
    [
      "undecodable bytes",
      () =>
        call("/v1/articles", {
          method: "POST",
          headers: { "content-type": "text/plain", authorization: `Bearer ${TOKEN}` },
          body: new Uint8Array([0xd9, 0x84, 0xff, 0xfe, 0xc3]),
        }),
      400,
    ],
    [
      "invalid JSON",
      () =>
        call("/v1/articles", {
          method: "POST",
          headers: { "content-type": "application/json", authorization: `Bearer ${TOKEN}` },
          body: '{"text": "unterminated',
        }),
      400,
    ],
    ["absurd date", () => postJson("/v1/articles", { text: arabic, published_at: "0001-01-01" }), 400],
    ["date that does not exist", () => postJson("/v1/articles", { text: arabic, published_at: "2013-13-40" }), 400],
    ["oversized title", () => postJson("/v1/articles", { text: arabic, title: "ع".repeat(10_000) }), 400],
    ["a URL that is not one", () => postJson("/v1/articles", { text: arabic, url: "javascript:alert(1)" }), 400],
    ["batch of 51", () => postJson("/v1/articles/batch", { articles: Array.from({ length: 51 }, () => ({ text: arabic })) }), 400],
    ["empty batch", () => postJson("/v1/articles/batch", { articles: [] }), 400],
    ["batch over the byte limit", () => postJson("/v1/articles/batch", { articles: [{ text: "ع".repeat(3_000_000) }] }), 413],
    ["batch as text", () => postText("/v1/articles/batch", arabic), 415],
    [
      "form body",
      () =>
        call("/v1/articles", {
          method: "POST",
          headers: { "content-type": "application/x-www-form-urlencoded", authorization: `Bearer ${TOKEN}` },
          body: "text=x",
        }),
      415,
    ],
    ["page size 10000", () => call("/v1/articles?limit=10000"), 400],
    ["negative page size", () => call("/v1/parties/russia/history?limit=-1"), 400],
    ["garbage cursor", () => call("/v1/articles?cursor=%%%%"), 200],
    ["from after to", () => call("/v1/topics/assad_role?from=2015-01-01&to=2014-01-01"), 400],
    ["party id with SQL", () => call("/v1/parties/russia'%20OR%201=1--"), 400],
    ["path traversal", () => call("/v1/articles/..%2F..%2Fetc%2Fpasswd"), 400],
    [
      "lexicon that is not one",
      () =>
        call("/v1/lexicon/actors", {
          method: "PUT",
          headers: { authorization: `Bearer ${TOKEN}`, "content-type": "application/json" },
          body: JSON.stringify({ actors: "x" }),
        }),
      422,
    ],
  ];
  it.each(cases)("%s: the expected 4xx as problem+json, and nothing stored", async (_why, send, status) => {
    const before = await env.ARTICLE_INDEX.get(env.ARTICLE_INDEX.idFromName("directory")).totals();
    const res = await send();
    tally.hostile++;
    expect(res.status).toBe(status);
    if (status >= 400) expect(res.headers.get("content-type")).toContain("application/problem+json");
    expect(await env.ARTICLE_INDEX.get(env.ARTICLE_INDEX.idFromName("directory")).totals()).toEqual(before);
  });
});

describe("limits", () => {
  it("answers 429 with Retry-After once a client's write budget is spent", async () => {
    await env.CONFIG.put("limits", JSON.stringify({ writes_per_minute: 3 }));
    try {
      const statuses: number[] = [];
      let retryAfter: string | null = null;
      for (let i = 0; i < 5; i++) {
        const res = await call("/v1/articles", {
          method: "POST",
          headers: { "content-type": "application/json", authorization: `Bearer ${TOKEN}`, "cf-connecting-ip": "203.0.113.7" },
          body: JSON.stringify({ text: articleText(1000 + i) }),
        });
        statuses.push(res.status);
        if (res.status === 429) retryAfter = res.headers.get("retry-after");
      }
      expect(statuses.slice(0, 3).every((s) => s === 201)).toBe(true);
      expect(statuses.slice(3)).toEqual([429, 429]);
      expect(Number(retryAfter)).toBeGreaterThan(0);
      // Another client is not affected.
      const other = await call("/v1/articles", {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${TOKEN}`, "cf-connecting-ip": "198.51.100.2" },
        body: JSON.stringify({ text: articleText(1100) }),
      });
      expect(other.status).toBe(201);
    } finally {
      await env.CONFIG.delete("limits");
    }
  });
});

describe("concurrency", () => {
  it("200 parallel ingests of overlapping article sets store every claim exactly once", async () => {
    const pool = Array.from({ length: 24 }, (_, i) => ({
      text: articleText(i),
      published_at: `2014-02-${String((i % 28) + 1).padStart(2, "0")}`,
    }));
    // Each writer sends a batch of three articles from the pool; the sets overlap heavily.
    const writers = Array.from({ length: 200 }, (_, w) => [pool[w % 24]!, pool[(w * 7 + 3) % 24]!, pool[(w * 13 + 5) % 24]!]);
    tally.concurrentWriters = writers.length;
    const responses = await Promise.all(writers.map((articles) => postJson("/v1/articles/batch", { articles })));
    expect(responses.map((r) => r.status).filter((s) => s !== 200 && s !== 201)).toEqual([]);
    const results = (await Promise.all(responses.map((r) => r.json<Json>()))).flatMap((b) => b.articles);
    const claimsById = new Map<string, number>();
    for (const r of results) claimsById.set(r.id, r.claims.length);
    expect(claimsById.size).toBe(24);
    expect(results.filter((r) => r.status === "created").length).toBeGreaterThanOrEqual(24);
    await consistent(claimsById);
  });
});

describe("faults", () => {
  const text = (n: number) =>
    `وقال وزير الخارجية البريطاني وليام هيغ في تصريح رقم ${n} إنه لا دور للأسد في مستقبل سوريا وإن على الجميع الذهاب إلى جنيف دون شروط مسبقة.`;

  for (const point of ["kv.put.article", "party.record"] as const) {
    it(`a failure at ${point} answers 5xx; the retry completes it exactly once`, async () => {
      const body = { text: text(point.length), published_at: "2014-03-01" };
      injectFault(point);
      const failed = await postJson("/v1/articles", body);
      expect(failed.status).toBe(500);
      expect(failed.headers.get("content-type")).toContain("problem+json");
      const retried = await postJson("/v1/articles", body);
      expect(retried.status).toBe(201);
      const [article] = (await retried.json<Json>()).articles;
      expect(article.claims.length).toBeGreaterThan(0);
      await consistent(new Map([[article.id, article.claims.length]]));
    });
  }

  it("a queue batch that fails is retried and then counted once", async () => {
    const body = { text: text(91), published_at: "2014-03-03" };
    const [article] = (await (await postJson("/v1/articles", body)).json<Json>()).articles;
    const start = await (await call("/v1/runs", { method: "POST", headers: { authorization: `Bearer ${TOKEN}` } })).json<Json>();
    const job: Job = { type: "reextract", runId: start.run_id, ids: [article.id] };
    injectFault("queue.job");
    const first = createMessageBatch<Job>("stance-jobs", [{ id: "q1", timestamp: new Date(), attempts: 1, body: job }]);
    const ctx1 = createExecutionContext();
    await worker.queue(first, env, ctx1);
    expect((await getQueueResult(first, ctx1)).retryMessages.map((m) => m.msgId)).toEqual(["q1"]);
    // The redelivery succeeds; a duplicate delivery of the same message counts nothing twice.
    for (const attempt of [2, 2]) {
      const again = createMessageBatch<Job>("stance-jobs", [{ id: "q1", timestamp: new Date(), attempts: attempt, body: job }]);
      const ctx = createExecutionContext();
      await worker.queue(again, env, ctx);
      expect((await getQueueResult(again, ctx)).explicitAcks).toEqual(["q1"]);
    }
    const run = await (await call(`/v1/runs/${start.run_id}`)).json<Json>();
    expect(run.failures.some((f: Json) => !f.final && /injected fault/.test(f.reason))).toBe(true);
    await consistent(new Map([[article.id, article.claims.length]]));
  });

  it("a digest whose batch extraction fails is extracted article by article instead: every article stored once", async () => {
    const digest = [221, 222, 223].map(articleText).join("\n=====\n");
    const fired = faultsFired();
    injectFault("extract.batch");
    const res = await postJson("/v1/articles", { text: digest, published_at: "2014-03-05" });
    expect(res.status).toBe(201);
    const { articles } = await res.json<Json>();
    expect(articles.map((a: Json) => a.status)).toEqual(["created", "created", "created"]);
    expect(faultsFired()).toBe(fired + 1);
    expect(articles.every((a: Json) => a.claims.length > 0)).toBe(true);
    await consistent(new Map(articles.map((a: Json) => [a.id, a.claims.length] as [string, number])));
  });

  it("a re-extraction message re-extracts its stored articles together: an id no longer stored is passed over, one given twice done twice, nothing doubled", async () => {
    const stored = [];
    for (const i of [211, 212]) {
      const res = await postJson("/v1/articles", { text: articleText(i), published_at: "2014-03-04" });
      stored.push((await res.json<Json>()).articles[0]);
    }
    const [a, b] = stored;
    const start = await (await call("/v1/runs", { method: "POST", headers: { authorization: `Bearer ${TOKEN}` } })).json<Json>();
    const job: Job = { type: "reextract", runId: start.run_id, ids: [a.id, "0".repeat(32), b.id, a.id] };
    const batch = createMessageBatch<Job>("stance-jobs", [{ id: "r1", timestamp: new Date(), attempts: 1, body: job }]);
    const ctx = createExecutionContext();
    await worker.queue(batch, env, ctx);
    expect((await getQueueResult(batch, ctx)).explicitAcks).toEqual(["r1"]);
    const run = await (await call(`/v1/runs/${start.run_id}`)).json<Json>();
    expect(run.reextracted).toBeGreaterThanOrEqual(3);
    expect(a.claims.length).toBeGreaterThan(0);
    expect(b.claims.length).toBeGreaterThan(0);
    await consistent(
      new Map([
        [a.id, a.claims.length],
        [b.id, b.claims.length],
      ]),
    );
  });

  it("an article left incomplete by a failure and never retried is repaired by the next run", async () => {
    const body = { text: text(77), published_at: "2014-03-02" };
    injectFault("index.record");
    const failed = await postJson("/v1/articles", body);
    expect(failed.status).toBe(500);
    const list = await (await call("/v1/articles?party=uk&limit=200")).json<Json>();
    const before = list.articles.length;
    const start = await call("/v1/runs", { method: "POST", headers: { authorization: `Bearer ${TOKEN}` } });
    const { run_id } = await start.json<Json>();
    let run: Json = {};
    for (let i = 0; i < 100 && !run.finished_at; i++) {
      await new Promise((r) => setTimeout(r, 100));
      run = await (await call(`/v1/runs/${run_id}`)).json<Json>();
    }
    expect(run.reextracted).toBeGreaterThanOrEqual(1);
    const after = await (await call("/v1/articles?party=uk&limit=200")).json<Json>();
    expect(after.articles.length).toBe(before + 1);
    const repaired = after.articles.find((a: Json) => a.observed_on === "2014-03-02");
    await consistent(new Map([[repaired.id, repaired.claim_count]]));
  });
});

describe("fuzzing the HTTP API", () => {
  it("random JSON, bytes and Unicode get only 2xx or 4xx and leave the state consistent", async () => {
    const paths = [
      "/v1/articles",
      "/v1/articles/batch",
      "/v1/sources",
      "/v1/runs",
      "/v1/lexicon/cues",
      "/v1/parties/russia/history",
      "/v1/topics/assad_role",
      "/v1/articles/0123",
    ];
    const body = fc.oneof(
      fc.jsonValue().map((v) => ({ type: "application/json", data: JSON.stringify(v) as string | Uint8Array })),
      fc
        .record({
          text: fc.oneof(fc.string({ unit: "binary" }), fc.constant("وقال لافروف دون شروط مسبقة ".repeat(3))),
          published_at: fc.oneof(fc.string(), fc.constant("2014-01-01")),
        })
        .map((v) => ({ type: "application/json", data: JSON.stringify(v) })),
      fc.uint8Array({ maxLength: 300 }).map((b) => ({ type: "text/plain", data: b })),
      fc.string({ unit: "binary", maxLength: 300 }).map((s) => ({ type: "text/plain", data: s })),
      fc.string({ maxLength: 50 }).map((s) => ({ type: s, data: "x" })),
    );
    const query = fc.dictionary(
      fc.constantFrom("limit", "cursor", "from", "to", "party", "topic", "actor", "published_at"),
      fc.string({ unit: "binary", maxLength: 20 }),
      { maxKeys: 3 },
    );
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...paths),
        fc.constantFrom("GET", "POST", "PUT", "PATCH", "DELETE"),
        body,
        query,
        async (path, method, b, q) => {
          const qs = new URLSearchParams(q).toString();
          const init: RequestInit = { method, headers: { authorization: `Bearer ${TOKEN}`, "content-type": b.type } };
          if (method !== "GET") init.body = b.data;
          let res: Response;
          try {
            res = await call(`${path}${qs ? `?${qs}` : ""}`, init);
          } catch (e) {
            // A header value the Request constructor refuses never reaches the Worker.
            if (e instanceof TypeError) return;
            throw e;
          }
          tally.hostile++;
          expect(res.status, `${method} ${path}?${qs} (${b.type}) → ${res.status}`).toBeLessThan(500);
          await res.arrayBuffer();
        },
      ),
      { numRuns: 300, seed: 20131120 },
    );
    await consistent();
  });
});

describe("syndication under concurrency", () => {
  it("two copies of one story ingested at once count as one", async () => {
    const story =
      "وقال وزير الخارجية الأردني ناصر جودة في عمان إن بلاده تدعم عقد مؤتمر جنيف 2 من دون أي شروط مسبقة من أي طرف، وإن الحل السياسي هو الطريق الوحيد لإنهاء الأزمة السورية ووقف نزيف الدم، وأضاف أن المملكة ستواصل مشاوراتها مع الأطراف الدولية والإقليمية خلال الأيام المقبلة لضمان نجاح المؤتمر في موعده.";
    const copies = [story, `${story}\nالمصدر: وكالة الأنباء الأردنية`, `عمان - ${story}`];
    const responses = await Promise.all(copies.map((text) => postJson("/v1/articles", { text, published_at: "2014-01-08" })));
    const results = (await Promise.all(responses.map((r) => r.json<Json>()))).map((b) => b.articles[0]);
    const canonical = new Set(results.map((r) => r.syndication_of ?? r.id));
    expect(canonical.size).toBe(1);
    const matrix = await (await call("/v1/topics/geneva2_preconditions")).json<Json>();
    expect(matrix.parties.find((p: Json) => p.party === "jordan").counts.unconditional).toBe(1);
  });
});
