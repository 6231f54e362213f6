// The benchmark Worker, run in workerd through Miniflare: PartyHistory (native RPC + SQLite) next to the same
// history kept in itty-durable's documented pattern (state in object fields, persisted as one value, method
// arguments in a request header), the topic board at scale, and per-article extraction.
import { createDurable, withDurables } from "itty-durable";
import { Router } from "itty-router";
import { exportStream } from "../src/export/observations";
import { extractArticle, extractArticles } from "../src/stance/index";
import { defaultLexicon } from "../src/stance/default-lexicon";
import { normaliseForMatching } from "../src/text/normalise";
import { splitDocuments } from "../src/text/split";
import type { ArticleMeta, ObservationInput } from "../src/store/model";
import s000 from "../seeds/000_8648837e7229e260.txt";
import s001 from "../seeds/001_25963d66c6dae1be.txt";
import s002 from "../seeds/002_b98c18bc89579ff9.txt";
import s003 from "../seeds/003_0c3fe236fc8b5bc6.txt";
import s004 from "../seeds/004_ea70442c2a8e2c53.txt";

export { PartyHistory } from "../src/store/party-history";
export { ArticleIndex } from "../src/store/article-index";
export { TopicBoard } from "../src/store/topic-board";

/** The peer: itty-durable with autoPersist, the whole history one stored value. */
export class IttyHistory extends createDurable({ autoPersist: true }) {
  observations: unknown[] = [];
  append(observation: unknown) {
    this.observations.push(observation);
    return this.observations.length;
  }
  latest(n: number) {
    return this.observations.slice(-n);
  }
  all() {
    return this.observations;
  }
  /** Bytes of the one value this pattern persists (Cloudflare refuses values over 2 MB; Miniflare does not check). */
  storedBytes() {
    return new TextEncoder().encode(JSON.stringify({ observations: this.observations })).length;
  }
}

const ARTICLES = [s000, s001, s002, s003, s004].flatMap((t, i) => splitDocuments(`f${i}`, t));
const lexicon = defaultLexicon();

/** A realistic observation: ~300 characters of Arabic evidence. */
export function observation(i: number): ObservationInput {
  const topics = ["geneva2_preconditions", "iran_participation", "assad_role"];
  const stances = {
    geneva2_preconditions: ["unconditional", "conditional"],
    iran_participation: ["support", "oppose"],
    assad_role: ["must_go", "may_stay"],
  } as Record<string, string[]>;
  const topic = topics[i % 3]!;
  return {
    claimKey: `lavrov|${topic}|${i}`,
    actor: i % 2 ? "lavrov" : "russia",
    topic,
    stance: stances[topic]![(i >> 2) % 2]!,
    evidence: `وقال وزير الخارجية الروسي سيرغي لافروف في تصريح رقم ${i} إن المؤتمر يجب أن يعقد دون شروط مسبقة وبمشاركة كل الأطراف المؤثرة في الأزمة السورية بما فيها إيران والسعودية، وإن الأولوية هي لمحاربة الإرهاب وليس لتنحية الرئيس.`,
    start: 100,
    end: 400,
    confidence: 0.9,
    reportedBy: null,
    conditions: [],
    rules: ["pre.without-preconditions", "holder.frame"],
  };
}

export function meta(id: string, day: number): ArticleMeta {
  const date = new Date(Date.UTC(2013, 0, 1) + (day % 1500) * 86400000).toISOString().slice(0, 10);
  return {
    id,
    canonicalId: id,
    title: null,
    outlet: null,
    url: null,
    source: null,
    publishedAt: date,
    observedOn: date,
    dateSource: "given",
    ingestedAt: new Date().toISOString(),
    extractorVersion: "bench",
  };
}

interface Env {
  PARTY_HISTORY: DurableObjectNamespace<import("../src/store/party-history").PartyHistory>;
  TOPIC_BOARD: DurableObjectNamespace<import("../src/store/topic-board").TopicBoard>;
  ITTY: DurableObjectNamespace;
}

const router = Router();
router.all("*", withDurables({ parse: true }));

// Append `count` observations, one article each, starting at `from`, to one party's history.
router.post("/party/:name/append", async (req: any, env: Env) => {
  const { from = 0, count = 1 } = await req.json();
  const stub = env.PARTY_HISTORY.get(env.PARTY_HISTORY.idFromName(req.params.name));
  for (let i = from; i < from + count; i++) await stub.record(meta(`a${i}`, i), [observation(i)]);
  return Response.json({ ok: true });
});
// Bulk fill: `articles` articles of `perArticle` observations each (for the growth curve).
router.post("/party/:name/fill", async (req: any, env: Env) => {
  const { from = 0, articles = 1, perArticle = 100 } = await req.json();
  const stub = env.PARTY_HISTORY.get(env.PARTY_HISTORY.idFromName(req.params.name));
  const board = env.TOPIC_BOARD.get(env.TOPIC_BOARD.idFromName(req.params.name));
  for (let a = from; a < from + articles; a++) {
    const list = Array.from({ length: perArticle }, (_, k) => observation(a * perArticle + k));
    await stub.record(meta(`bulk${a}`, a), list);
    await board.recordArticle(
      meta(`bulk${a}`, a),
      list.map((o) => ({ party: "russia", actor: o.actor, topic: o.topic, stance: o.stance, confidence: o.confidence })),
    );
  }
  return Response.json({ ok: true });
});
router.get("/party/:name/page", async (req: any, env: Env) => {
  const stub = env.PARTY_HISTORY.get(env.PARTY_HISTORY.idFromName(req.params.name));
  const page = await stub.history(req.params.name, { limit: 50, topic: "assad_role", from: "2015-06-01" });
  return Response.json({ n: page.observations.length });
});
router.get("/party/:name/all", async (req: any, env: Env) => {
  const stub = env.PARTY_HISTORY.get(env.PARTY_HISTORY.idFromName(req.params.name));
  let n = 0;
  let cursor: string | undefined;
  do {
    const page = await stub.history(req.params.name, { limit: 200, cursor });
    n += page.observations.length;
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return Response.json({ n });
});
router.get("/party/:name/summary", async (req: any, env: Env) => {
  const s = await env.PARTY_HISTORY.get(env.PARTY_HISTORY.idFromName(req.params.name)).summary(req.params.name);
  return Response.json({ topics: s.length });
});
router.get("/board/:name/matrix", async (req: any, env: Env) => {
  const cells = await env.TOPIC_BOARD.get(env.TOPIC_BOARD.idFromName(req.params.name)).matrix("assad_role");
  return Response.json({ cells: cells.length });
});
// The itty-durable peer, called the way its README shows: request.ITTY.get(name).method(args).
router.post("/itty/:name/append", async (req: any) => {
  const { from = 0, count = 1 } = await req.json();
  const stub = req.ITTY.get(req.params.name);
  for (let i = from; i < from + count; i++) await stub.append(observation(i));
  return Response.json({ ok: true });
});
router.get("/itty/:name/page", async (req: any) => Response.json({ n: (await req.ITTY.get(req.params.name).latest(50)).length }));
router.get("/itty/:name/bytes", async (req: any) => Response.json({ bytes: await req.ITTY.get(req.params.name).storedBytes() }));
router.get("/itty/:name/all", async (req: any) => Response.json({ n: (await req.ITTY.get(req.params.name).all()).length }));
// Extraction of one seed article, `repeat` times (amortising the request overhead measured by /noop).
router.get("/extract/:k", (req: any) => {
  const a = ARTICLES[Number(req.params.k) % ARTICLES.length]!;
  const repeat = Number(new URL(req.url).searchParams.get("repeat") ?? 1);
  let claims = 0;
  for (let r = 0; r < repeat; r++) claims = extractArticle(a.id, a.text, lexicon).claims.length;
  return Response.json({ claims, bytes: a.text.length });
});
// The whole seed corpus, `passes` times: extracted as ingest extracts many articles (extract), one article at a
// time (extract-one), or only normalised (the floor bench:extract compares against).
router.get("/corpus/:what", (req: any) => {
  const passes = Number(new URL(req.url).searchParams.get("passes") ?? 1);
  let n = 0;
  for (let r = 0; r < passes; r++) {
    if (req.params.what === "extract") for (const e of extractArticles(ARTICLES, lexicon)) n += e.claims.length;
    else if (req.params.what === "extract-one") for (const a of ARTICLES) n += extractArticle(a.id, a.text, lexicon).claims.length;
    else for (const a of ARTICLES) n += normaliseForMatching(a.text).normal.length;
  }
  return Response.json({ n });
});
// The observation export of one party, read to the end inside the Worker (the bytes a client would download).
router.get("/export/:name/:format", async (req: any, env: Env) => {
  const t0 = Date.now();
  const { body } = await exportStream(env as never, { party: req.params.name }, req.params.format === "jsonl" ? "jsonl" : "csv");
  let bytes = 0;
  const reader = body.getReader();
  for (let r = await reader.read(); !r.done; r = await reader.read()) bytes += r.value.byteLength;
  return Response.json({ bytes, ms: Date.now() - t0 });
});
router.get("/noop", () => Response.json({ ok: true }));
router.get("/articles", () => Response.json({ count: ARTICLES.length }));
router.all("*", () => new Response("not found", { status: 404 }));

export default {
  fetch: (req: Request, env: Env) =>
    router
      .fetch(req, env)
      .catch(
        (e: Error) => new Response(JSON.stringify({ error: e.message }), { status: 500, headers: { "content-type": "application/json" } }),
      ),
};
