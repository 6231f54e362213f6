// The API through HTTP into the Worker, its Durable Objects and SQLite: the seed corpus round trip,
// idempotency, syndication, ordering, shifts, pagination, errors, and state that outlives a stub.
import { env } from "cloudflare:workers";
import { runInDurableObject } from "cloudflare:test";
import { beforeAll, describe, expect, it } from "vitest";
import { call, ingestSeeds, postJson, postText, SEEDS } from "./helpers";

type Json = Record<string, any>;
const get = async (path: string): Promise<Json> => {
  const res = await call(path);
  expect(res.status, `${path} → ${res.status}`).toBe(200);
  return res.json();
};

describe("seed corpus round trip", () => {
  beforeAll(ingestSeeds);

  it("Russia on preconditions is unconditional, with evidence from the seeds", async () => {
    const matrix = await get("/v1/topics/geneva2_preconditions");
    const russia = matrix.parties.find((p: Json) => p.party === "russia");
    expect(russia.current).toBe("unconditional");
    expect(russia.actors.map((a: Json) => a.actor)).toContain("lavrov");
    const party = await get("/v1/parties/russia");
    const evidence = party.topics.geneva2_preconditions.latest.map((o: Json) => o.evidence);
    expect(evidence.some((e: string) => e.includes("دون") && e.includes("شر"))).toBe(true);
    for (const e of evidence) expect(Object.values(SEEDS).some((s) => s.includes(e))).toBe(true);
  });

  it("the Coalition on Assad is must_go", async () => {
    const matrix = await get("/v1/topics/assad_role");
    expect(matrix.parties.find((p: Json) => p.party === "national_coalition").current).toBe("must_go");
    const history = await get("/v1/parties/national_coalition/history?topic=assad_role");
    expect(history.observations.length).toBeGreaterThan(0);
    expect(history.observations[0]).toMatchObject({ topic: "assad_role", stance: "must_go", date_source: expect.any(String) });
  });

  it("lists parties and actors with counts and last observation", async () => {
    const { parties } = await get("/v1/parties");
    expect(parties.map((p: Json) => p.party)).toEqual(
      expect.arrayContaining(["russia", "syrian_government", "national_coalition", "usa", "saudi_arabia"]),
    );
    for (const p of parties)
      expect(p).toMatchObject({ observations: expect.any(Number), last_observed: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    const { actors } = await get("/v1/actors");
    expect(actors.find((a: Json) => a.actor === "lavrov")).toMatchObject({ party: "russia" });
  });

  it("starting again adds nothing twice", async () => {
    const before = await get("/v1/parties");
    await ingestSeeds();
    expect(await get("/v1/parties")).toEqual(before);
  });

  it("a reprinted story counts once and lists where else it appeared", async () => {
    // 000 (Elaph) and the digest's article 14 are one wire story.
    const list = await get("/v1/articles?limit=200");
    const copies = list.articles.filter((a: Json) => a.syndication_of);
    expect(copies.length).toBeGreaterThan(0);
    const copy = copies[0];
    const article = await get(`/v1/articles/${copy.id}`);
    expect(article.also_appeared_in.map((x: Json) => x.id)).toContain(copy.syndication_of);
    // Russia's unconditional label counts distinct stories, not copies.
    const matrix = await get("/v1/topics/geneva2_preconditions");
    const russia = matrix.parties.find((p: Json) => p.party === "russia");
    const history = await get("/v1/parties/russia/history?topic=geneva2_preconditions&limit=200");
    const stories = new Set(history.observations.filter((o: Json) => o.stance === "unconditional").map((o: Json) => o.canonical_id));
    expect(russia.counts.unconditional).toBe(stories.size);
    expect(history.observations.filter((o: Json) => o.stance === "unconditional").length).toBeGreaterThan(stories.size);
  });

  it("GET an article gives text, metadata and claims with offsets", async () => {
    const { articles } = await get("/v1/articles?party=usa&topic=assad_role");
    expect(articles).toHaveLength(1);
    const a = await get(`/v1/articles/${articles[0].id}`);
    expect(a.observed_on).toBe("2016-06-08");
    for (const c of a.claims) expect(a.text.slice(c.start, c.end)).toBe(c.evidence);
  });
});

describe("idempotency", () => {
  const text =
    "وقال وزير الخارجية الإيراني محمد جواد ظريف في مؤتمر صحفي إن بلاده ترفض أي شروط مسبقة لعقد مؤتمر جنيف 2 وإن الحل يجب أن يكون سياسيا وعبر حوار سوري سوري.";
  it("the same article twice: 201 then 200 unchanged, one observation", async () => {
    const first = await postJson("/v1/articles", { text, published_at: "2014-01-10" });
    expect(first.status).toBe(201);
    const second = await postJson("/v1/articles", { text, published_at: "2014-01-10" });
    expect(second.status).toBe(200);
    expect((await second.json<Json>()).articles[0].status).toBe("unchanged");
    const history = await get("/v1/parties/iran/history?topic=geneva2_preconditions");
    expect(history.observations.filter((o: Json) => o.observed_on === "2014-01-10")).toHaveLength(1);
  });
  it("a batch repeated changes nothing", async () => {
    const articles = [
      {
        text: "وأكد وزير الخارجية الفرنسي لوران فابيوس في باريس أنه لا دور للأسد في أي مرحلة انتقالية في سوريا بعد مؤتمر جنيف.",
        published_at: "2014-01-12",
      },
      {
        text: "وقال وزير الخارجية التركي أحمد داود أوغلو إن مشاركة إيران في المؤتمر مرفوضة ما لم تسحب قواتها ومقاتلي حزب الله من سوريا.",
        published_at: "2014-01-13",
      },
    ];
    const first = await postJson("/v1/articles/batch", { articles });
    expect(first.status).toBe(201);
    const again = await postJson("/v1/articles/batch", { articles });
    expect(again.status).toBe(200);
    expect((await again.json<Json>()).articles.every((a: Json) => a.status === "unchanged")).toBe(true);
    const totals = await runInDurableObject(env.ARTICLE_INDEX.get(env.ARTICLE_INDEX.idFromName("directory")), (d) => d.totals());
    const france = await get("/v1/parties/france/history");
    expect(france.observations).toHaveLength(1);
    expect(totals.articles).toBeGreaterThanOrEqual(2);
  });
});

describe("articles extracted together", () => {
  const jordan = "وقال وزير الخارجية الأردني ناصر جودة في عمان إن بلاده تدعم عقد مؤتمر جنيف 2 دون شروط مسبقة من أي طرف.";
  const sweden = "وأكد وزير الخارجية السويدي كارل بيلت أن مشاركة إيران في مؤتمر جنيف مرفوضة ما لم تقبل بيان جنيف الأول.";
  it("a digest holding one article twice stores it once: created, then unchanged, one observation", async () => {
    const digest = [jordan, sweden, jordan].join("\n=====\n");
    const res = await postJson("/v1/articles", { text: digest, published_at: "2014-01-05" });
    expect(res.status).toBe(201);
    const { articles } = await res.json<Json>();
    expect(articles.map((a: Json) => a.status)).toEqual(["created", "created", "unchanged"]);
    expect(articles[2].id).toBe(articles[0].id);
    expect(articles[2].claims).toEqual(articles[0].claims);
    expect(articles[0].claims.length).toBeGreaterThan(0);
    const history = await get("/v1/parties/jordan/history");
    expect(history.observations.filter((o: Json) => o.article_id === articles[0].id)).toHaveLength(articles[0].claims.length);
  });
  it("a batch with a repeat and an article already stored: each counted once, in the order posted", async () => {
    const fresh = `${sweden} وأضاف أن الحل السياسي هو الطريق الوحيد.`;
    const res = await postJson("/v1/articles/batch", {
      articles: [{ text: jordan }, { text: fresh, published_at: "2014-01-06" }, { text: fresh, published_at: "2014-01-06" }],
    });
    expect(res.status).toBe(201);
    const { articles } = await res.json<Json>();
    expect(articles.map((a: Json) => a.status)).toEqual(["unchanged", "created", "unchanged"]);
    const swedenHistory = await get("/v1/parties/sweden/history");
    expect(swedenHistory.observations.filter((o: Json) => o.article_id === articles[1].id)).toHaveLength(articles[1].claims.length);
  });
});

describe("time", () => {
  const say = (stance: "must_go" | "may_stay") =>
    stance === "must_go"
      ? "وقال وزير الخارجية البريطاني وليام هيغ في لندن إنه لا دور للأسد في مستقبل سوريا وإن على المعارضة والحكومة التفاوض في جنيف دون إبطاء."
      : "وقال وزير الخارجية البريطاني وليام هيغ في لندن إن رحيل الأسد ليس أولوية الآن وإن الأولوية هي لمحاربة الإرهاب والتفاوض في جنيف دون إبطاء.";

  it("orders by publication date, not ingest order, and marks the shift", async () => {
    // Ingested newest first.
    expect((await postJson("/v1/articles", { text: say("may_stay"), published_at: "2015-09-30" })).status).toBe(201);
    expect((await postJson("/v1/articles", { text: say("must_go"), published_at: "2013-12-01" })).status).toBe(201);
    const { observations } = await get("/v1/parties/uk/history?topic=assad_role");
    expect(observations.map((o: Json) => [o.observed_on, o.stance, o.shift])).toEqual([
      ["2013-12-01", "must_go", false],
      ["2015-09-30", "may_stay", true],
    ]);
    const matrix = await get("/v1/topics/assad_role");
    expect(matrix.parties.find((p: Json) => p.party === "uk")).toMatchObject({
      current: "may_stay",
      last_change: "2015-09-30",
      contested: true,
    });
  });
});

describe("pagination", () => {
  it("pages through a history without gaps or repeats", async () => {
    const days = Array.from({ length: 23 }, (_, i) => `2015-02-${String(i + 1).padStart(2, "0")}`);
    for (const day of days) {
      const text = `وقال المتحدث باسم الخارجية القطرية في الدوحة يوم ${day} إن قطر تطالب برحيل الأسد وترفض أي دور له في المرحلة الانتقالية المقبلة في سوريا ${day}.`;
      expect((await postJson("/v1/articles", { text, published_at: day })).status).toBe(201);
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Json = await get(`/v1/parties/qatar/history?limit=5${cursor ? `&cursor=${cursor}` : ""}`);
      expect(page.observations.length).toBeLessThanOrEqual(5);
      seen.push(...page.observations.map((o: Json) => `${o.observed_on}#${o.id}`));
      cursor = page.next_cursor;
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.map((s) => s.split("#")[0])).toEqual(days);
  });
});

describe("errors are JSON a person understands", () => {
  const problem = async (res: Response, status: number) => {
    expect(res.status).toBe(status);
    expect(res.headers.get("content-type")).toContain("application/problem+json");
    const body = await res.json<Json>();
    expect(body).toMatchObject({ status, title: expect.any(String), detail: expect.any(String) });
    return body;
  };
  it("400 for a missing text, naming the field", async () => {
    const body = await problem(await postJson("/v1/articles", { title: "x" }), 400);
    expect(body.detail).toContain("text");
  });
  it("400 for an impossible date", async () => {
    await problem(await postJson("/v1/articles", { text: "قال لافروف ".repeat(10), published_at: "2013-02-30" }), 400);
  });
  it("400 for whitespace only text", async () => {
    await problem(await postText("/v1/articles", "   \n  "), 400);
  });
  it("404 for an unknown article, party or route", async () => {
    await problem(await call("/v1/articles/0123456789abcdef0123456789abcdef"), 404);
    await problem(await call("/v1/parties/atlantis"), 404);
    await problem(await call("/v1/nothing"), 404);
  });
  it("400 for an unknown topic", async () => {
    await problem(await call("/v1/topics/climate"), 400);
  });
  it("413 for a body over the limit", async () => {
    await problem(await postText("/v1/articles", "ا".repeat(1_100_000)), 413);
  });
  it("415 for a content type it does not read", async () => {
    await problem(
      await call("/v1/articles", {
        method: "POST",
        headers: { "content-type": "application/xml", authorization: "Bearer test-token-0123456789abcdef" },
        body: "<a/>",
      }),
      415,
    );
  });
  it("401 for a write without the token, and nothing is stored", async () => {
    const before = await get("/v1/parties");
    const res = await postJson(
      "/v1/articles",
      { text: "وقال لافروف إن روسيا ترفض أي شروط مسبقة لعقد مؤتمر جنيف 2 وإن الحوار يجب أن يكون سوريا." },
      null,
    );
    expect(res.status).toBe(401);
    expect(await get("/v1/parties")).toEqual(before);
  });
});

describe("storage", () => {
  it("state survives a new stub of the same object", async () => {
    await postJson("/v1/articles", {
      text: "وقال المبعوث الأممي الأخضر الإبراهيمي إن المؤتمر يجب أن يعقد دون شروط مسبقة وبمشاركة كل الأطراف السورية.",
      published_at: "2014-01-05",
    });
    const id = env.PARTY_HISTORY.idFromName("un");
    const first = await env.PARTY_HISTORY.get(id).count();
    const again = await env.PARTY_HISTORY.get(env.PARTY_HISTORY.idFromName("un")).count();
    expect(first).toBeGreaterThan(0);
    expect(again).toBe(first);
    const rows = await runInDurableObject(env.PARTY_HISTORY.get(id), (_o, state) =>
      state.storage.sql.exec("SELECT topic, stance FROM observations").toArray(),
    );
    expect(rows).toContainEqual({ topic: "geneva2_preconditions", stance: "unconditional" });
  });
  it("serves the OpenAPI description and a docs page", async () => {
    const spec = await get("/openapi.json");
    expect(spec.openapi).toBe("3.1.0");
    expect(Object.keys(spec.paths)).toEqual(expect.arrayContaining(["/v1/articles", "/v1/topics/{topic}", "/v1/parties/{id}/history"]));
    const docs = await call("/docs");
    expect(docs.status).toBe(200);
    expect(await docs.text()).toContain("/v1/parties/{id}/history");
  });
});
