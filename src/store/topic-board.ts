// TopicBoard: the parties × topics board the dashboard shows, one object for the deployment. It keeps one row per
// observation the matrix counts (with the article's story and ingest time, so no join is needed), computes each
// topic's matrix and the party and actor lists, reports what an article changed (for alerts), and tells the
// dashboards' live sockets of every article recorded.
import { DurableObject } from "cloudflare:workers";
import type { Env } from "../env";
import { faultPoint } from "../faults";
import type { ArticleIndex } from "./article-index";
import { type ArticleMeta, STANCE_CHECK, TOPIC_CHECK } from "./model";
import { insertRow } from "./run-log";
import { migrate, rows, run } from "./sql";
import { articleIndexStub } from "./stubs";
import { verdictOf, type Point, type Verdict } from "./verdict";

export const TOPIC_BOARD_SCHEMA: string[][] = [
  [
    `CREATE TABLE IF NOT EXISTS observations (
      article_id TEXT NOT NULL,
      canonical_id TEXT NOT NULL,
      ingested_at TEXT NOT NULL,
      party TEXT NOT NULL,
      actor TEXT NOT NULL,
      topic TEXT NOT NULL CHECK (topic IN (${TOPIC_CHECK})),
      stance TEXT NOT NULL CHECK (stance IN (${STANCE_CHECK})),
      observed_on TEXT NOT NULL,
      confidence REAL NOT NULL,
      PRIMARY KEY (article_id, actor, topic, stance)
    )`,
    "CREATE INDEX IF NOT EXISTS observations_topic ON observations (topic, observed_on)",
    "CREATE INDEX IF NOT EXISTS observations_party ON observations (party, topic, observed_on)",
    "CREATE TABLE IF NOT EXISTS settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
  ],
];

/** One claim as the board counts it. */
export interface BoardClaim {
  party: string;
  actor: string;
  topic: string;
  stance: string;
  confidence: number;
}

/** A party's current stance on a topic and the latest article stating it. */
export interface CellVerdict {
  current: string;
  lastObserved: string;
  articleId: string;
  observedOn: string;
}

/** One party × topic an article touched: its verdict before the article (null: none) and after. */
export interface CellChange {
  party: string;
  topic: string;
  before: CellVerdict | null;
  after: CellVerdict | null;
}

export interface MatrixCell extends Verdict {
  party: string;
  actors: Array<Verdict & { actor: string }>;
}

export interface PartyListing {
  party: string;
  observations: number;
  articles: number;
  lastObserved: string | null;
  actors: string[];
}

export interface ActorListing {
  actor: string;
  party: string;
  observations: number;
  lastObserved: string | null;
  topics: string[];
}

/** Observations copied per call from the article index when the board is first started over existing data. */
const LEGACY_PAGE = 5000;

/** What the objects split out of the article index read from it, once. */
export type LegacyIndex = Pick<ArticleIndex, "legacyRows" | "legacyObservations">;

/**
 * Once: the claims the article index counted when it also kept the board (before the split), copied into this
 * board's storage page by page. The version goes on from the index's, so an ETag given out before the split
 * cannot match by chance.
 */
export async function importLegacyBoard(storage: DurableObjectStorage, index: LegacyIndex): Promise<void> {
  const sql = storage.sql;
  if (rows(sql, "SELECT 1 FROM settings WHERE key = 'legacy_imported'").length) return;
  let after = 0;
  for (;;) {
    const page = await index.legacyObservations(after, LEGACY_PAGE);
    storage.transactionSync(() => {
      for (const r of page.rows) insertRow(sql, "observations", r, "OR IGNORE");
    });
    if (page.next === null) break;
    after = page.next;
  }
  const version = Number((await index.legacyRows("settings")).find((r) => r.key === "data_version")?.value ?? 0);
  storage.transactionSync(() => {
    run(sql, "INSERT OR REPLACE INTO settings (key, value) VALUES ('data_version', ?)", String(version + 1));
    run(sql, "INSERT INTO settings (key, value) VALUES ('legacy_imported', ?)", new Date().toISOString());
  });
}

export class TopicBoard extends DurableObject<Env> {
  readonly #sql: SqlStorage;
  /** Matrices computed since the last recorded article. */
  readonly #matrixCache = new Map<string, MatrixCell[]>();
  /** Moves on with every recorded article: what the matrix, the party and actor lists read (ETags derive from it). */
  #version = 0;

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    this.#sql = ctx.storage.sql;
    ctx.blockConcurrencyWhile(async () => {
      migrate(this.#sql, TOPIC_BOARD_SCHEMA);
      await importLegacyBoard(ctx.storage, articleIndexStub(env));
      this.#version = Number(rows<{ value: string }>(this.#sql, "SELECT value FROM settings WHERE key = 'data_version'")[0]?.value ?? 0);
    });
  }

  /** The data version, from memory (no SQLite): a reader's ETag is still good while it has not moved. */
  async dataVersion(): Promise<number> {
    return this.#version;
  }

  /**
   * Live updates: dashboards open a WebSocket here (hibernatable: an idle socket costs no duration) and hear
   * of every article recorded.
   */
  override async fetch(request: Request): Promise<Response> {
    if (request.headers.get("upgrade")?.toLowerCase() !== "websocket") return new Response("expected a WebSocket upgrade", { status: 426 });
    const pair = new WebSocketPair();
    this.ctx.acceptWebSocket(pair[1]);
    pair[1].send(JSON.stringify({ type: "hello" }));
    return new Response(null, { status: 101, webSocket: pair[0] });
  }

  override async webSocketMessage(ws: WebSocket, message: string | ArrayBuffer): Promise<void> {
    if (message === "ping") ws.send(JSON.stringify({ type: "pong" }));
  }

  override async webSocketClose(ws: WebSocket): Promise<void> {
    try {
      ws.close(1000, "closing");
    } catch {
      // already closed (1005/1006 cannot be echoed)
    }
  }

  #broadcast(event: Record<string, unknown>): void {
    const text = JSON.stringify(event);
    for (const ws of this.ctx.getWebSockets()) {
      try {
        ws.send(text);
      } catch {
        // a socket closing under us; the next close event cleans it up
      }
    }
  }

  /**
   * Record (or replace) an article's observations in one transaction. Idempotent. Returns each party × topic whose
   * current stance (the matrix's verdict) this article changed or reaffirmed, with the verdict before and after.
   */
  async recordArticle(meta: ArticleMeta, claims: BoardClaim[]): Promise<{ changes: CellChange[]; version: number }> {
    faultPoint("board.record");
    const parties = [...new Set(claims.map((c) => c.party))].sort();
    const touched = [
      ...new Set([
        ...claims.map((c) => `${c.party}\t${c.topic}`),
        ...rows<{ party: string; topic: string }>(
          this.#sql,
          "SELECT DISTINCT party, topic FROM observations WHERE article_id = ?",
          meta.id,
        ).map((r) => `${r.party}\t${r.topic}`),
      ]),
    ].map((k) => k.split("\t") as [string, string]);
    const before = touched.map(([party, topic]) => this.#cellVerdict(party, topic, meta.id));
    this.ctx.storage.transactionSync(() => {
      run(this.#sql, "DELETE FROM observations WHERE article_id = ?", meta.id);
      for (const c of claims) {
        run(
          this.#sql,
          `INSERT INTO observations (article_id, canonical_id, ingested_at, party, actor, topic, stance, observed_on, confidence)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
           ON CONFLICT DO UPDATE SET confidence = max(confidence, excluded.confidence)`,
          meta.id,
          meta.canonicalId,
          meta.ingestedAt,
          c.party,
          c.actor,
          c.topic,
          c.stance,
          meta.observedOn,
          c.confidence,
        );
      }
      run(
        this.#sql,
        "INSERT INTO settings (key, value) VALUES ('data_version', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        String(this.#version + 1),
      );
    });
    this.#version++;
    this.#matrixCache.clear();
    // After the write: dashboards refetch and see the article.
    // The version lets a dashboard ask for answers at least this new (?min_version), past any cached ones.
    this.#broadcast({ type: "article", id: meta.id, title: meta.title, observed_on: meta.observedOn, parties, version: this.#version });
    const changes = touched.map(([party, topic], i) => ({
      party,
      topic,
      before: before[i]!,
      after: this.#cellVerdict(party, topic, null),
    }));
    return { changes, version: this.#version };
  }

  /** A party's verdict on a topic as the matrix computes it (without one article's claims, when `without` is given). */
  #cellVerdict(party: string, topic: string, without: string | null): CellVerdict | null {
    const list = rows<{ stance: string; observed_on: string; confidence: number; canonical_id: string; article_id: string }>(
      this.#sql,
      `SELECT stance, observed_on, confidence, canonical_id, article_id FROM observations
       WHERE party = ? AND topic = ? AND (? IS NULL OR article_id <> ?) ORDER BY observed_on, ingested_at, article_id`,
      party,
      topic,
      without,
      without,
    );
    const v = verdictOf(list.map((r) => ({ date: r.observed_on, stance: r.stance, canonical: r.canonical_id, confidence: r.confidence })));
    if (!v) return null;
    // The latest article holding the current label: the evidence an alert points at.
    const latest = [...list].reverse().find((r) => r.stance === v.current)!;
    return { current: v.current, lastObserved: v.lastObserved, articleId: latest.article_id, observedOn: latest.observed_on };
  }

  /** The matrix with the data version it was read at (for its ETag), in one call. */
  async matrixAt(topic: string, from?: string, to?: string, asOf?: string): Promise<{ version: number; value: MatrixCell[] }> {
    const version = this.#version;
    return { version, value: this.#matrix(topic, from, to, asOf) };
  }

  async partiesAt(): Promise<{ version: number; value: PartyListing[] }> {
    const version = this.#version;
    return { version, value: this.#parties() };
  }

  async actorsAt(): Promise<{ version: number; value: ActorListing[] }> {
    const version = this.#version;
    return { version, value: this.#actors() };
  }

  /**
   * The matrix for one topic: every party's verdict (syndicated copies once) and its speakers'. Dashboards ask
   * for it all day and it changes only when an article is recorded, so it is kept until then.
   */
  async matrix(topic: string, from?: string, to?: string, asOf?: string): Promise<MatrixCell[]> {
    return this.#matrix(topic, from, to, asOf);
  }

  #matrix(topic: string, from?: string, to?: string, asOf?: string): MatrixCell[] {
    const key = `${topic}|${from ?? ""}|${to ?? ""}|${asOf ?? ""}`;
    let cells = this.#matrixCache.get(key);
    if (!cells) {
      cells = this.#computeMatrix(topic, from, to, asOf);
      if (this.#matrixCache.size > 200) this.#matrixCache.clear();
      this.#matrixCache.set(key, cells);
    }
    return cells;
  }

  #computeMatrix(topic: string, from?: string, to?: string, asOf?: string): MatrixCell[] {
    const list = rows<{ party: string; actor: string; stance: string; observed_on: string; confidence: number; canonical_id: string }>(
      this.#sql,
      `SELECT party, actor, stance, observed_on, confidence, canonical_id FROM observations
       WHERE topic = ? AND (? IS NULL OR observed_on >= ?) AND (? IS NULL OR observed_on <= ?) AND (? IS NULL OR ingested_at <= ?)
       ORDER BY observed_on, ingested_at, article_id`,
      topic,
      from ?? null,
      from ?? null,
      to ?? null,
      to ?? null,
      asOf ?? null,
      asOf ?? null,
    );
    const byParty = new Map<string, typeof list>();
    for (const r of list) {
      const ofParty = byParty.get(r.party);
      if (ofParty) ofParty.push(r);
      else byParty.set(r.party, [r]);
    }
    const point = (r: (typeof list)[number]): Point => ({
      date: r.observed_on,
      stance: r.stance,
      canonical: r.canonical_id,
      confidence: r.confidence,
    });
    const cells: MatrixCell[] = [];
    for (const [party, ofParty] of [...byParty.entries()].sort((a, b) => a[0].localeCompare(b[0]))) {
      // A party holds one position per story: copies of a story by several of its speakers count once.
      const verdict = verdictOf(ofParty.map(point))!;
      const actors = [...new Set(ofParty.map((r) => r.actor))]
        .sort()
        .map((actor) => ({ actor, ...verdictOf(ofParty.filter((r) => r.actor === actor).map(point))! }));
      cells.push({ party, ...verdict, actors });
    }
    return cells;
  }

  async parties(): Promise<PartyListing[]> {
    return this.#parties();
  }

  #parties(): PartyListing[] {
    const list = rows<{ party: string; observations: number; articles: number; last: string | null; actors: string }>(
      this.#sql,
      `SELECT party, count(*) AS observations, count(DISTINCT canonical_id) AS articles, max(observed_on) AS last,
         group_concat(DISTINCT actor) AS actors
       FROM observations GROUP BY party ORDER BY party`,
    );
    return list.map((r) => ({
      party: r.party,
      observations: r.observations,
      articles: r.articles,
      lastObserved: r.last,
      actors: r.actors.split(",").sort(),
    }));
  }

  #actors(): ActorListing[] {
    const list = rows<{ actor: string; party: string; observations: number; last: string | null; topics: string }>(
      this.#sql,
      `SELECT actor, party, count(*) AS observations, max(observed_on) AS last, group_concat(DISTINCT topic) AS topics
       FROM observations GROUP BY actor, party ORDER BY party, actor`,
    );
    return list.map((r) => ({
      actor: r.actor,
      party: r.party,
      observations: r.observations,
      lastObserved: r.last,
      topics: r.topics.split(",").sort(),
    }));
  }

  /** Observations counted, for consistency checks. */
  async totals(): Promise<{ observations: number }> {
    return { observations: rows<{ n: number }>(this.#sql, "SELECT count(*) AS n FROM observations")[0]!.n };
  }
}
