// The review loop through HTTP into the ReviewDesk, PartyHistory and Directory objects and SQLite: the queue,
// decisions as a layer (accept, reject, relabel, add), If-Match, undo, audit, re-extraction, gold export.
import { afterEach, describe, expect, it } from "vitest";
import { clearFaults, injectFault } from "../../src/faults";
import { call, postJson, TOKEN, finished } from "./helpers";

type Json = Record<string, any>;

const ANA = "review-token-ana-0123456789";
const BOB = "review-token-bob-0123456789";

async function ingest(text: string, published_at: string): Promise<Json> {
  const res = await postJson("/v1/articles", { text, published_at });
  expect([200, 201]).toContain(res.status);
  return (await res.json<Json>()).articles[0];
}

function decide(body: unknown, token = ANA, ifMatch?: string): Promise<Response> {
  const headers: Record<string, string> = { "content-type": "application/json", authorization: `Bearer ${token}` };
  if (ifMatch !== undefined) headers["if-match"] = ifMatch;
  return call("/v1/review/decisions", { method: "POST", headers, body: JSON.stringify(body) });
}

const target = (c: Json) => ({ party: c.party, topic: c.topic, stance: c.stance, start: c.start, end: c.end });

async function cell(topic: string, party: string): Promise<Json | undefined> {
  const m = await (await call(`/v1/topics/${topic}`)).json<Json>();
  return m.parties.find((p: Json) => p.party === party);
}

async function decisionCount(): Promise<number> {
  return (await (await call("/v1/review/decisions?limit=200")).json<Json>()).decisions.length;
}

const LAVROV = "وقال وزير الخارجية الروسي سيرغي لافروف إن مؤتمر جنيف 2 يجب أن يعقد دون أي شروط مسبقة من أي طرف.";
const JARBA_GO = "وقال رئيس الائتلاف الوطني السوري أحمد الجربا إن الائتلاف يطالب برحيل الأسد وإنه لا دور للأسد في المرحلة الانتقالية.";

describe("review queue", () => {
  it("lists claims below the threshold with sentence, evidence offsets, article and date; counts per kind; pages without gaps", async () => {
    const a = await ingest(LAVROV, "2013-11-02");
    const b = await ingest(JARBA_GO, "2013-11-03");
    expect(a.claims.length).toBeGreaterThan(0);
    const res = await call("/v1/review?threshold=1&kind=low_confidence&limit=200");
    expect(res.status).toBe(200);
    const q = await res.json<Json>();
    expect(q.counts.low_confidence).toBeGreaterThanOrEqual(2);
    const mine = q.items.filter((i: Json) => i.article.id === a.id || i.article.id === b.id);
    expect(mine.length).toBe(a.claims.length + b.claims.length);
    for (const item of mine) {
      const text = item.article.id === a.id ? LAVROV : JARBA_GO;
      expect(text.slice(item.evidence.start, item.evidence.end)).toBe(item.evidence.text);
      expect(text.slice(item.sentence.start, item.sentence.start + item.sentence.text.length)).toBe(item.sentence.text);
      expect(item.article.observed_on).toMatch(/^2013-11-0[23]$/);
      expect(item.etag).toBe(`"${item.version}"`);
    }
    // Impact first, then confidence, and every page boundary keeps the order with no item twice.
    let cursor: string | null = null;
    const seen: string[] = [];
    do {
      const page: Json = await (await call(`/v1/review?threshold=1&limit=1${cursor ? `&cursor=${cursor}` : ""}`)).json<Json>();
      seen.push(...page.items.map((i: Json) => i.key));
      cursor = page.next_cursor;
    } while (cursor);
    const all = (await (await call("/v1/review?threshold=1&limit=200")).json<Json>()).items.map((i: Json) => i.key);
    expect(seen).toEqual(all);
    expect(new Set(seen).size).toBe(seen.length);
    // Filters.
    const russia = await (await call("/v1/review?threshold=1&party=russia&limit=200")).json<Json>();
    expect(russia.items.every((i: Json) => i.claim === undefined || i.claim.party === "russia")).toBe(true);
    const low = await (await call("/v1/review?threshold=0&kind=low_confidence")).json<Json>();
    expect(low.items).toHaveLength(0);
  });

  it("lists a party holding two labels on one topic within the window as contested, and not outside it", async () => {
    await ingest("وقال المتحدث باسم وزارة الخارجية السويدية إن السويد تؤيد مشاركة إيران في مؤتمر جنيف 2.", "2013-12-01");
    await ingest("وقال المتحدث باسم وزارة الخارجية السويدية إن السويد ترفض مشاركة إيران في مؤتمر جنيف 2 بصورة قاطعة.", "2013-12-05");
    const within = await (await call("/v1/review?kind=contested&window=14&party=sweden")).json<Json>();
    expect(within.items).toHaveLength(1);
    expect(within.items[0].cell.topic).toBe("iran_participation");
    expect(within.items[0].observations.map((o: Json) => o.stance).sort()).toEqual(["oppose", "support"]);
    const outside = await (await call("/v1/review?kind=contested&window=2&party=sweden")).json<Json>();
    expect(outside.items).toHaveLength(0);
  });
});

describe("decisions", () => {
  it("a rejection changes the matrix, the history and the article at once; undo brings the claim back", async () => {
    const a = await ingest("وقال وزير الخارجية الأردني ناصر جودة إن الأردن يرى أن مؤتمر جنيف 2 يجب أن يعقد دون شروط مسبقة.", "2013-11-10");
    const claim = a.claims.find((c: Json) => c.topic === "geneva2_preconditions");
    expect(claim).toBeDefined();
    const before = await cell("geneva2_preconditions", claim.party);
    expect(before?.current).toBe("unconditional");
    const res = await decide({ action: "reject", article_id: a.id, claim: target(claim) });
    expect(res.status).toBe(201);
    const body = await res.json<Json>();
    expect(body.decision.status).toBe("applied");
    expect(body.decision.token_label).toBe("ana");
    expect(res.headers.get("etag")).toBe(`"${body.version}"`);
    expect(await cell("geneva2_preconditions", claim.party)).toBeUndefined();
    const history = await (await call(`/v1/parties/${claim.party}/history?topic=geneva2_preconditions`)).json<Json>();
    expect(history.observations.some((o: Json) => o.article_id === a.id)).toBe(false);
    const article = await (await call(`/v1/articles/${a.id}`)).json<Json>();
    expect(article.claims.some((c: Json) => c.topic === "geneva2_preconditions")).toBe(false);
    expect(article.machine_claims.some((c: Json) => c.topic === "geneva2_preconditions")).toBe(true);
    // Undo (audited under the other reviewer's label).
    const undo = await call(`/v1/review/decisions/${body.decision.id}/undo`, {
      method: "POST",
      headers: { authorization: `Bearer ${BOB}` },
    });
    expect(undo.status).toBe(200);
    expect((await undo.json<Json>()).decision.status).toBe("undone");
    expect((await cell("geneva2_preconditions", claim.party))?.current).toBe("unconditional");
    const audit = await (await call("/v1/review/audit?limit=10")).json<Json>();
    const mine = audit.entries.filter((e: Json) => e.decision_id === body.decision.id);
    expect(mine.map((e: Json) => [e.event, e.token_label])).toEqual([
      ["undone", "bob"],
      ["decided", "ana"],
    ]);
    expect(mine[0].before.undone_at).toBeNull();
    expect(mine[0].after.undone_by).toBe("bob");
    const again = await call(`/v1/review/decisions/${body.decision.id}/undo`, {
      method: "POST",
      headers: { authorization: `Bearer ${BOB}` },
    });
    expect(again.status).toBe(409);
  });

  it("a relabel moves the observation to the new label with the machine's label kept beside it", async () => {
    const a = await ingest(JARBA_GO.replace("الجربا", "الجربا مجددا"), "2013-11-12");
    const claim = a.claims.find((c: Json) => c.topic === "assad_role");
    expect(claim?.stance).toBe("must_go");
    const res = await decide({ action: "relabel", article_id: a.id, claim: target(claim), to: { stance: "neutral" } });
    expect(res.status).toBe(201);
    const history = await (await call(`/v1/parties/${claim.party}/history?topic=assad_role&limit=200`)).json<Json>();
    const mine = history.observations.filter((o: Json) => o.article_id === a.id);
    expect(mine.map((o: Json) => o.stance)).toEqual(["neutral"]);
    expect(mine[0].review.verdict).toBe("relabelled");
    expect(mine[0].review.machine.stance).toBe("must_go");
    // Accepting the relabelled claim is a decision on the claim as shown now.
    const acc = await decide({ action: "accept", article_id: a.id, claim: { ...target(claim), stance: "neutral" } });
    expect(acc.status).toBe(201);
  });

  it("adds a claim the machine missed from a verbatim span; gold.jsonl exports decided tuples", async () => {
    const text = "وفي تطور لافت قالت كندا في بيان رسمي صدر اليوم إن على الأسد أن يتنحى فورا لإنهاء الأزمة في سوريا قبل جنيف.";
    const a = await ingest(text, "2013-11-15");
    const evidence = "على الأسد أن يتنحى فورا";
    const start = text.indexOf(evidence);
    const res = await decide({
      action: "add",
      article_id: a.id,
      start,
      end: start + evidence.length,
      evidence,
      party: "uk",
      topic: "assad_role",
      stance: "must_go",
    });
    expect(res.status).toBe(201);
    expect((await cell("assad_role", "uk"))?.current).toBe("must_go");
    const gold = await call("/v1/review/gold.jsonl");
    expect(gold.headers.get("content-type")).toContain("application/x-ndjson");
    const lines = (await gold.text())
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines).toContainEqual({ doc: `${a.id}.txt`, party: "uk", topic: "assad_role", stance: "must_go", note: evidence });
  });

  it("two reviewers on one item: the second with a stale If-Match gets 412 and nothing is lost", async () => {
    const a = await ingest(LAVROV.replace("لافروف", "لافروف اليوم"), "2013-11-20");
    const claim = a.claims[0];
    const q = await (await call(`/v1/review?threshold=1&party=${claim.party}&limit=200`)).json<Json>();
    const item = q.items.find((i: Json) => i.article.id === a.id && i.claim?.stance === claim.stance);
    expect(item.version).toBe(0);
    const first = await decide({ action: "accept", article_id: a.id, claim: target(claim) }, ANA, item.etag);
    expect(first.status).toBe(201);
    const count = await decisionCount();
    const second = await decide({ action: "reject", article_id: a.id, claim: target(claim) }, BOB, item.etag);
    expect(second.status).toBe(412);
    expect(second.headers.get("content-type")).toContain("application/problem+json");
    expect(await decisionCount()).toBe(count);
    const article = await (await call(`/v1/articles/${a.id}`)).json<Json>();
    expect(article.claims.find((c: Json) => c.stance === claim.stance)?.review.verdict).toBe("accepted");
  });

  it("refuses bad input with a problem and changes nothing", async () => {
    const a = await ingest(LAVROV.replace("سيرغي", "سيرغي الوزير"), "2013-11-21");
    const claim = a.claims[0];
    const count = await decisionCount();
    const text = (await (await call(`/v1/articles/${a.id}`)).json<Json>()).text as string;
    const cases: Array<[unknown, number, string | null]> = [
      [{ action: "reject", article_id: "0".repeat(32), claim: target(claim) }, 404, ANA],
      [{ action: "reject", article_id: a.id, claim: { ...target(claim), start: claim.start + 1 } }, 404, ANA],
      [{ action: "reject", article_id: a.id, claim: { ...target(claim), stance: "must_go" } }, 422, ANA],
      [{ action: "relabel", article_id: a.id, claim: target(claim), to: { party: "atlantis", stance: claim.stance } }, 422, ANA],
      [{ action: "relabel", article_id: a.id, claim: target(claim), to: { stance: "sideways" } }, 422, ANA],
      [
        { action: "add", article_id: a.id, start: 0, end: text.length + 5, party: "russia", topic: "assad_role", stance: "may_stay" },
        422,
        ANA,
      ],
      [
        {
          action: "add",
          article_id: a.id,
          start: 0,
          end: 5,
          evidence: "not verbatim",
          party: "russia",
          topic: "assad_role",
          stance: "may_stay",
        },
        422,
        ANA,
      ],
      [{ action: "add", article_id: a.id, start: 0, end: 5, party: "russia", topic: "elections", stance: "may_stay" }, 400, ANA],
      [{ action: "explode", article_id: a.id }, 400, ANA],
      [{ action: "reject", article_id: a.id, claim: target(claim) }, 401, null],
      [{ action: "reject", article_id: a.id, claim: target(claim) }, 401, "wrong-token-000000000000"],
    ];
    for (const [body, status, token] of cases) {
      const headers: Record<string, string> = { "content-type": "application/json" };
      if (token) headers.authorization = `Bearer ${token}`;
      const res = await call("/v1/review/decisions", { method: "POST", headers, body: JSON.stringify(body) });
      expect([JSON.stringify(body), res.status]).toEqual([JSON.stringify(body), status]);
      expect(res.headers.get("content-type")).toContain("application/problem+json");
    }
    const badMatch = await decide({ action: "accept", article_id: a.id, claim: target(claim) }, ANA, "yesterday");
    expect(badMatch.status).toBe(400);
    expect(await decisionCount()).toBe(count);
    const unknown = await call("/v1/review/decisions/999999/undo", { method: "POST", headers: { authorization: `Bearer ${TOKEN}` } });
    expect(unknown.status).toBe(404);
  });

  it("a decision holds after the lexicon changes and every article is re-extracted; one whose evidence is gone is orphaned", async () => {
    const kept = await ingest(
      "وقال وزير الخارجية الروسي سيرغي لافروف في موسكو إن روسيا ترى أن مؤتمر جنيف 2 يجب أن يعقد دون أي شروط مسبقة.",
      "2013-11-25",
    );
    const claim = kept.claims.find((c: Json) => c.topic === "geneva2_preconditions");
    const rejected = await (await decide({ action: "reject", article_id: kept.id, claim: target(claim) })).json<Json>();
    const gone = await ingest("وقال وزير الخارجية السويدي كارل بيلدت إن السويد تطالب بعقد مؤتمر جنيف 2 دون شروط مسبقة.", "2013-11-26");
    const sweden = gone.claims.find((c: Json) => c.party === "sweden");
    expect(sweden).toBeDefined();
    const accepted = await (await decide({ action: "accept", article_id: gone.id, claim: target(sweden) })).json<Json>();
    // The lexicon changes: Sweden's names are no longer known to the extractor.
    const actors = await (await call("/v1/lexicon/actors")).json<Json>();
    actors.version = `${actors.version}-test`;
    actors.actors = actors.actors.filter((x: Json) => x.party !== "sweden");
    const put = await call("/v1/lexicon/actors", {
      method: "PUT",
      headers: { authorization: `Bearer ${TOKEN}`, "content-type": "application/json" },
      body: JSON.stringify(actors),
    });
    expect(put.status).toBe(200);
    const start = await call("/v1/runs", { method: "POST", headers: { authorization: `Bearer ${TOKEN}` } });
    const run = await finished((await start.json<Json>()).run_id);
    expect(run.reextracted).toBeGreaterThanOrEqual(2);
    const article = await (await call(`/v1/articles/${kept.id}`)).json<Json>();
    expect(article.machine_claims.some((c: Json) => c.topic === "geneva2_preconditions")).toBe(true);
    expect(article.claims.some((c: Json) => c.topic === "geneva2_preconditions")).toBe(false);
    expect((await (await call(`/v1/review/decisions/${rejected.decision.id}`)).json<Json>()).status).toBe("applied");
    const orphaned = await (await call("/v1/review/decisions?status=orphaned")).json<Json>();
    expect(orphaned.decisions.map((d: Json) => d.id)).toContain(accepted.decision.id);
  });
});

describe("unknown speakers", () => {
  it("lists a name the lexicon lacks; mapping it to a party finds its claim after a run; two mappings at once both land", async () => {
    const text = "وقال عبد الرحمن الفلاحي إن مؤتمر جنيف 2 يجب أن يعقد دون أي شروط مسبقة من أي طرف.";
    const a = await ingest(text, "2013-12-12");
    expect(a.claims).toEqual([]);
    const q = await (await call("/v1/review?kind=unknown_speaker&limit=200")).json<Json>();
    const item = q.items.find((i: Json) => i.speaker.name === "عبد الرحمن الفلاحي");
    expect(item).toBeDefined();
    expect(text.slice(item.evidence.start, item.evidence.end)).toBe("عبد الرحمن الفلاحي");
    expect(item.impact).toBe(true);
    await ingest("وقال سالم الحديدي: «لا دور للأسد في مستقبل سوريا» بحسب ما نقلت وكالة الأنباء.", "2013-12-13");
    const versionBefore = (await (await call("/v1/lexicon/actors")).json<Json>()).version;
    const alias = (name: string, party: string) =>
      call("/v1/review/aliases", {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${ANA}` },
        body: JSON.stringify({ name, party }),
      });
    const [one, two] = await Promise.all([alias("عبد الرحمن الفلاحي", "qatar"), alias("سالم الحديدي", "jordan")]);
    expect([one.status, two.status]).toEqual([201, 201]);
    const actors = await (await call("/v1/lexicon/actors")).json<Json>();
    expect(actors.version).not.toBe(versionBefore);
    const aliases = actors.actors.flatMap((x: Json) => x.aliases);
    expect(aliases).toContain("عبد الرحمن الفلاحي");
    expect(aliases).toContain("سالم الحديدي");
    const after = await (await call("/v1/review?kind=unknown_speaker&limit=200")).json<Json>();
    expect(after.items.some((i: Json) => i.speaker.name === "عبد الرحمن الفلاحي")).toBe(false);
    // Bad mappings change nothing.
    expect((await alias("فلان", "atlantis")).status).toBe(422);
    const run = await finished(
      (await (await call("/v1/runs", { method: "POST", headers: { authorization: `Bearer ${TOKEN}` } })).json<Json>()).run_id,
    );
    expect(run.reextracted).toBeGreaterThanOrEqual(1);
    const history = await (await call("/v1/parties/qatar/history?topic=geneva2_preconditions&limit=200")).json<Json>();
    expect(history.observations.filter((o: Json) => o.article_id === a.id).map((o: Json) => o.stance)).toEqual(["unconditional"]);
    // Undo takes the alias out of the lexicon again.
    const decision = (await one.json<Json>()).decision;
    const undo = await call(`/v1/review/decisions/${decision.id}/undo`, { method: "POST", headers: { authorization: `Bearer ${ANA}` } });
    expect(undo.status).toBe(200);
    const back = await (await call("/v1/lexicon/actors")).json<Json>();
    expect(back.actors.flatMap((x: Json) => x.aliases)).not.toContain("عبد الرحمن الفلاحي");
  });

  it("dismisses a name that is no speaker; undo brings it back", async () => {
    await ingest("وقال الناطق الإعلامي لتجمع الأحرار إن مؤتمر جنيف 2 يجب أن يعقد دون شروط مسبقة من أي جهة.", "2013-12-14");
    const find = async () =>
      (await (await call("/v1/review?kind=unknown_speaker&limit=200")).json<Json>()).items.find((i: Json) =>
        i.speaker.name.startsWith("الناطق الإعلامي"),
      );
    const item = await find();
    expect(item).toBeDefined();
    const res = await call("/v1/review/speakers/dismiss", {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${BOB}`, "if-match": item.etag },
      body: JSON.stringify({ name: item.speaker.name }),
    });
    expect(res.status).toBe(201);
    expect(await find()).toBeUndefined();
    const id = (await res.json<Json>()).decision.id;
    await call(`/v1/review/decisions/${id}/undo`, { method: "POST", headers: { authorization: `Bearer ${BOB}` } });
    expect(await find()).toBeDefined();
    const missing = await call("/v1/review/speakers/dismiss", {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${BOB}` },
      body: JSON.stringify({ name: "لا أحد" }),
    });
    expect(missing.status).toBe(404);
  });
});

describe("repair", () => {
  afterEach(clearFaults);
  it("a decision stored while a view failed is brought into every view by the next run, once", async () => {
    const a = await ingest("وقال وزير الخارجية البريطاني وليام هيغ إن بريطانيا ترفض مشاركة إيران في مؤتمر جنيف 2.", "2013-12-10");
    const claim = a.claims.find((c: Json) => c.party === "uk" && c.topic === "iran_participation");
    expect(claim).toBeDefined();
    injectFault("board.record");
    const res = await decide({ action: "relabel", article_id: a.id, claim: target(claim), to: { stance: "support" } });
    expect(res.status).toBe(500);
    const listed = await (await call(`/v1/review/decisions?article_id=${a.id}`)).json<Json>();
    expect(listed.decisions.map((d: Json) => d.status)).toEqual(["pending"]);
    const run = await finished(
      (await (await call("/v1/runs", { method: "POST", headers: { authorization: `Bearer ${TOKEN}` } })).json<Json>()).run_id,
    );
    expect(run.failed).toBe(0);
    const after = await (await call(`/v1/review/decisions?article_id=${a.id}`)).json<Json>();
    expect(after.decisions.map((d: Json) => d.status)).toEqual(["applied"]);
    const history = await (await call("/v1/parties/uk/history?topic=iran_participation&limit=200")).json<Json>();
    expect(history.observations.filter((o: Json) => o.article_id === a.id).map((o: Json) => o.stance)).toEqual(["support"]);
  });
});
