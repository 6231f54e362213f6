// Directory: one Durable Object for what spans parties — the article index, syndication, the topic matrix
// and the party/actor lists — so no request has to call every PartyHistory.
import { DurableObject } from "cloudflare:workers";
import type { Env } from "../env";
import { faultPoint } from "../faults";
import { kvSources, type Source } from "../ingest/feeds";
import { SYNDICATION_THRESHOLD, similarity } from "../ingest/fingerprint";
import { type ArticleMeta, STANCE_CHECK, TOPIC_CHECK } from "./model";
import { decodeCursor, encodeCursor, migrate, rows, run } from "./sql";
import { verdictOf, type Point, type Verdict } from "./verdict";

export const DIRECTORY_SCHEMA: string[][] = [
  [
    `CREATE TABLE IF NOT EXISTS articles (
      id TEXT PRIMARY KEY,
      canonical_id TEXT NOT NULL,
      title TEXT, outlet TEXT, url TEXT, source TEXT,
      published_at TEXT,
      observed_on TEXT NOT NULL,
      date_source TEXT NOT NULL,
      ingested_at TEXT NOT NULL,
      extractor_version TEXT NOT NULL,
      claim_count INTEGER NOT NULL,
      parties TEXT NOT NULL DEFAULT '[]',
      minhash TEXT
    )`,
    "CREATE INDEX IF NOT EXISTS articles_observed ON articles (observed_on, id)",
    "CREATE INDEX IF NOT EXISTS articles_canonical ON articles (canonical_id)",
    "CREATE INDEX IF NOT EXISTS articles_url ON articles (url)",
    "CREATE TABLE IF NOT EXISTS article_bands (band TEXT NOT NULL, article_id TEXT NOT NULL, PRIMARY KEY (band, article_id))",
    `CREATE TABLE IF NOT EXISTS claims (
      article_id TEXT NOT NULL,
      party TEXT NOT NULL,
      actor TEXT NOT NULL,
      topic TEXT NOT NULL CHECK (topic IN (${TOPIC_CHECK})),
      stance TEXT NOT NULL CHECK (stance IN (${STANCE_CHECK})),
      observed_on TEXT NOT NULL,
      confidence REAL NOT NULL,
      PRIMARY KEY (article_id, actor, topic, stance)
    )`,
    "CREATE INDEX IF NOT EXISTS claims_topic ON claims (topic, observed_on)",
    "CREATE INDEX IF NOT EXISTS claims_party ON claims (party, topic, observed_on)",
  ],
  // v2: the cron's run log and the conditional-request state of each feed.
  [
    `CREATE TABLE IF NOT EXISTS runs (
      id TEXT PRIMARY KEY,
      trigger TEXT NOT NULL,
      started_at TEXT NOT NULL,
      finished_at TEXT,
      planned INTEGER NOT NULL DEFAULT 0,
      done INTEGER NOT NULL DEFAULT 0,
      sources_fetched INTEGER NOT NULL DEFAULT 0,
      not_modified INTEGER NOT NULL DEFAULT 0,
      items_queued INTEGER NOT NULL DEFAULT 0,
      new_articles INTEGER NOT NULL DEFAULT 0,
      skipped INTEGER NOT NULL DEFAULT 0,
      reextracted INTEGER NOT NULL DEFAULT 0,
      failed INTEGER NOT NULL DEFAULT 0
    )`,
    "CREATE INDEX IF NOT EXISTS runs_started ON runs (started_at)",
    `CREATE TABLE IF NOT EXISTS run_failures (
      run_id TEXT NOT NULL, subject TEXT NOT NULL, reason TEXT NOT NULL, final INTEGER NOT NULL, at TEXT NOT NULL
    )`,
    "CREATE INDEX IF NOT EXISTS run_failures_run ON run_failures (run_id, at)",
    `CREATE TABLE IF NOT EXISTS run_messages (
      run_id TEXT NOT NULL, key TEXT NOT NULL, outcome TEXT NOT NULL, PRIMARY KEY (run_id, key)
    )`,
    "CREATE TABLE IF NOT EXISTS feed_state (source_id TEXT PRIMARY KEY, etag TEXT, last_modified TEXT, checked_at TEXT NOT NULL)",
  ],
  // v3: where the repair scan of KV stopped.
  ["CREATE TABLE IF NOT EXISTS settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)"],
  // v4: fingerprints reserved before an article is recorded, so concurrent copies see each other.
  [
    "CREATE TABLE IF NOT EXISTS fingerprints (id TEXT PRIMARY KEY, canonical_id TEXT NOT NULL, minhash TEXT NOT NULL, reserved_at TEXT NOT NULL)",
    "INSERT OR IGNORE INTO fingerprints (id, canonical_id, minhash, reserved_at) SELECT id, canonical_id, minhash, ingested_at FROM articles WHERE minhash IS NOT NULL",
    // The fingerprint lives in its own table now; the articles column would only go stale.
    "ALTER TABLE articles DROP COLUMN minhash",
  ],
  // v5: the feed sources, edited in transactions here (they were one KV value edited by read-modify-write, where two
  // edits at once lost one); imported once from KV (or the bundled kv-fixtures/feeds.json).
  [
    `CREATE TABLE IF NOT EXISTS sources (
      id TEXT PRIMARY KEY, url TEXT NOT NULL, kind TEXT NOT NULL, enabled INTEGER NOT NULL, note TEXT, position INTEGER NOT NULL
    )`,
  ],
];

export interface ClaimIndexEntry {
  party: string;
  actor: string;
  topic: string;
  stance: string;
  confidence: number;
}

export interface ArticleRecord extends ArticleMeta {
  claimCount: number;
  parties: string[];
}

type ArticleRow = {
  id: string;
  canonical_id: string;
  title: string | null;
  outlet: string | null;
  url: string | null;
  source: string | null;
  published_at: string | null;
  observed_on: string;
  date_source: string;
  ingested_at: string;
  extractor_version: string;
  claim_count: number;
  parties: string;
};

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

export class Directory extends DurableObject<Env> {
  readonly #sql: SqlStorage;
  /** Matrices computed since the last recorded article. */
  readonly #matrixCache = new Map<string, MatrixCell[]>();

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    this.#sql = ctx.storage.sql;
    ctx.blockConcurrencyWhile(async () => {
      migrate(this.#sql, DIRECTORY_SCHEMA);
      this.#version = Number(rows<{ value: string }>(this.#sql, "SELECT value FROM settings WHERE key = 'data_version'")[0]?.value ?? 0);
    });
  }

  /** Moves on with every recorded article: what the matrix, the party and actor lists read (ETags derive from it). */
  #version = 0;

  /** The data version, from memory (no SQLite): a reader's ETag is still good while it has not moved. */
  async dataVersion(): Promise<number> {
    return this.#version;
  }

  /** An article's record, or null if it was never fully ingested. */
  async article(id: string): Promise<ArticleRecord | null> {
    const r = rows<ArticleRow>(this.#sql, "SELECT * FROM articles WHERE id = ?", id)[0];
    return r ? toRecord(r) : null;
  }

  /** Is this URL already known (the feeds skip it)? */
  async knownUrl(url: string): Promise<string | null> {
    return rows<{ id: string }>(this.#sql, "SELECT id FROM articles WHERE url = ? LIMIT 1", url)[0]?.id ?? null;
  }

  /**
   * The canonical article this text reprints (MinHash over banded candidates), decided and reserved in one
   * call: the object runs one call at a time, so two copies ingested at once cannot both become canonical.
   * Idempotent: a retried article gets the decision it got the first time.
   */
  async claimCanonical(id: string, minhash: number[], bands: string[]): Promise<{ canonicalId: string; similarity: number | null }> {
    const known = rows<{ canonical_id: string }>(this.#sql, "SELECT canonical_id FROM fingerprints WHERE id = ?", id)[0];
    if (known) return { canonicalId: known.canonical_id, similarity: null };
    const candidates = new Set<string>();
    for (const band of bands) {
      for (const r of rows<{ article_id: string }>(this.#sql, "SELECT article_id FROM article_bands WHERE band = ?", band)) {
        if (r.article_id !== id) candidates.add(r.article_id);
      }
    }
    let best: { canonicalId: string; similarity: number; at: string } | null = null;
    for (const candidate of candidates) {
      const r = rows<{ canonical_id: string; minhash: string; reserved_at: string }>(
        this.#sql,
        "SELECT canonical_id, minhash, reserved_at FROM fingerprints WHERE id = ?",
        candidate,
      )[0];
      if (!r) continue;
      const s = similarity(minhash, JSON.parse(r.minhash) as number[]);
      if (s >= SYNDICATION_THRESHOLD && (!best || s > best.similarity || (s === best.similarity && r.reserved_at < best.at))) {
        best = { canonicalId: r.canonical_id, similarity: s, at: r.reserved_at };
      }
    }
    const canonicalId = best?.canonicalId ?? id;
    this.ctx.storage.transactionSync(() => {
      run(
        this.#sql,
        "INSERT INTO fingerprints (id, canonical_id, minhash, reserved_at) VALUES (?, ?, ?, ?)",
        id,
        canonicalId,
        JSON.stringify(minhash),
        new Date().toISOString(),
      );
      for (const band of bands) run(this.#sql, "INSERT OR IGNORE INTO article_bands (band, article_id) VALUES (?, ?)", band, id);
    });
    return { canonicalId, similarity: best?.similarity ?? null };
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
   * Record (or replace) an article and its claim index in one transaction. Idempotent. Returns each party × topic
   * whose current stance (the matrix's verdict) this article changed or reaffirmed, with the verdict before and after.
   */
  async recordArticle(meta: ArticleMeta, claims: ClaimIndexEntry[]): Promise<CellChange[]> {
    faultPoint("directory.record");
    const parties = [...new Set(claims.map((c) => c.party))].sort();
    const touched = [
      ...new Set([
        ...claims.map((c) => `${c.party}\t${c.topic}`),
        ...rows<{ party: string; topic: string }>(this.#sql, "SELECT DISTINCT party, topic FROM claims WHERE article_id = ?", meta.id).map(
          (r) => `${r.party}\t${r.topic}`,
        ),
      ]),
    ].map((k) => k.split("\t") as [string, string]);
    const before = touched.map(([party, topic]) => this.#cellVerdict(party, topic, meta.id));
    this.ctx.storage.transactionSync(() => {
      run(
        this.#sql,
        `INSERT INTO articles (id, canonical_id, title, outlet, url, source, published_at, observed_on, date_source, ingested_at,
           extractor_version, claim_count, parties)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (id) DO UPDATE SET canonical_id = excluded.canonical_id, title = excluded.title, outlet = excluded.outlet,
           url = COALESCE(excluded.url, articles.url), source = COALESCE(excluded.source, articles.source),
           published_at = excluded.published_at, observed_on = excluded.observed_on, date_source = excluded.date_source,
           extractor_version = excluded.extractor_version, claim_count = excluded.claim_count, parties = excluded.parties`,
        meta.id,
        meta.canonicalId,
        meta.title,
        meta.outlet,
        meta.url,
        meta.source,
        meta.publishedAt,
        meta.observedOn,
        meta.dateSource,
        meta.ingestedAt,
        meta.extractorVersion,
        claims.length,
        JSON.stringify(parties),
      );
      run(this.#sql, "DELETE FROM claims WHERE article_id = ?", meta.id);
      run(
        this.#sql,
        "INSERT INTO settings (key, value) VALUES ('data_version', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        String(this.#version + 1),
      );
      for (const c of claims) {
        run(
          this.#sql,
          `INSERT INTO claims (article_id, party, actor, topic, stance, observed_on, confidence) VALUES (?, ?, ?, ?, ?, ?, ?)
           ON CONFLICT DO UPDATE SET confidence = max(confidence, excluded.confidence)`,
          meta.id,
          c.party,
          c.actor,
          c.topic,
          c.stance,
          meta.observedOn,
          c.confidence,
        );
      }
    });
    this.#version++;
    this.#matrixCache.clear();
    // After the write: dashboards refetch and see the article.
    this.#broadcast({ type: "article", id: meta.id, title: meta.title, observed_on: meta.observedOn, parties });
    return touched.map(([party, topic], i) => ({ party, topic, before: before[i]!, after: this.#cellVerdict(party, topic, null) }));
  }

  /** A party's verdict on a topic as the matrix computes it (without one article's claims, when `without` is given). */
  #cellVerdict(party: string, topic: string, without: string | null): CellVerdict | null {
    const list = rows<{ stance: string; observed_on: string; confidence: number; canonical_id: string; article_id: string }>(
      this.#sql,
      `SELECT c.stance, c.observed_on, c.confidence, a.canonical_id, c.article_id FROM claims c JOIN articles a ON a.id = c.article_id
       WHERE c.party = ? AND c.topic = ? AND (? IS NULL OR c.article_id <> ?) ORDER BY c.observed_on, a.ingested_at, c.article_id`,
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

  /** Other articles carrying the same story. */
  async copiesOf(id: string): Promise<Array<{ id: string; title: string | null; outlet: string | null; observedOn: string }>> {
    const canonical = rows<{ canonical_id: string }>(this.#sql, "SELECT canonical_id FROM articles WHERE id = ?", id)[0]?.canonical_id;
    if (!canonical) return [];
    return rows<{ id: string; title: string | null; outlet: string | null; observed_on: string }>(
      this.#sql,
      "SELECT id, title, outlet, observed_on FROM articles WHERE canonical_id = ? AND id <> ? ORDER BY observed_on, id",
      canonical,
      id,
    ).map((r) => ({ id: r.id, title: r.title, outlet: r.outlet, observedOn: r.observed_on }));
  }

  /**
   * The matrix for one topic: every party's verdict (syndicated copies once) and its speakers'. Dashboards ask
   * for it all day and it changes only when an article is recorded, so it is kept until then.
   */
  /** The matrix with the data version it was read at (for its ETag), in one call. */
  async matrixAt(topic: string, from?: string, to?: string, asOf?: string): Promise<{ version: number; value: MatrixCell[] }> {
    const version = this.#version;
    return { version, value: await this.matrix(topic, from, to, asOf) };
  }

  async partiesAt(): Promise<{ version: number; value: PartyListing[] }> {
    const version = this.#version;
    return { version, value: await this.parties() };
  }

  async actorsAt(): Promise<{ version: number; value: ActorListing[] }> {
    const version = this.#version;
    return { version, value: await this.actors() };
  }

  async matrix(topic: string, from?: string, to?: string, asOf?: string): Promise<MatrixCell[]> {
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
      `SELECT c.party, c.actor, c.stance, c.observed_on, c.confidence, a.canonical_id
       FROM claims c JOIN articles a ON a.id = c.article_id
       WHERE c.topic = ? AND (? IS NULL OR c.observed_on >= ?) AND (? IS NULL OR c.observed_on <= ?)
         AND (? IS NULL OR a.ingested_at <= ?)
       ORDER BY c.observed_on, a.ingested_at, c.article_id`,
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
    const list = rows<{ party: string; observations: number; articles: number; last: string | null; actors: string }>(
      this.#sql,
      `SELECT c.party, count(*) AS observations, count(DISTINCT a.canonical_id) AS articles, max(c.observed_on) AS last,
         group_concat(DISTINCT c.actor) AS actors
       FROM claims c JOIN articles a ON a.id = c.article_id GROUP BY c.party ORDER BY c.party`,
    );
    return list.map((r) => ({
      party: r.party,
      observations: r.observations,
      articles: r.articles,
      lastObserved: r.last,
      actors: r.actors.split(",").sort(),
    }));
  }

  async actors(): Promise<ActorListing[]> {
    const list = rows<{ actor: string; party: string; observations: number; last: string | null; topics: string }>(
      this.#sql,
      `SELECT actor, party, count(*) AS observations, max(observed_on) AS last, group_concat(DISTINCT topic) AS topics
       FROM claims GROUP BY actor, party ORDER BY party, actor`,
    );
    return list.map((r) => ({
      actor: r.actor,
      party: r.party,
      observations: r.observations,
      lastObserved: r.last,
      topics: r.topics.split(",").sort(),
    }));
  }

  /** Articles carrying claims, newest first, filtered and keyset-paginated. */
  async articles(q: {
    party?: string;
    topic?: string;
    from?: string;
    to?: string;
    limit: number;
    cursor?: string;
  }): Promise<{ articles: ArticleRecord[]; nextCursor: string | null }> {
    const where: string[] = [];
    const params: SqlStorageValue[] = [];
    if (q.party || q.topic) {
      where.push(
        `EXISTS (SELECT 1 FROM claims c WHERE c.article_id = a.id ${q.party ? "AND c.party = ?" : ""} ${q.topic ? "AND c.topic = ?" : ""})`,
      );
      if (q.party) params.push(q.party);
      if (q.topic) params.push(q.topic);
    }
    if (q.from) (where.push("a.observed_on >= ?"), params.push(q.from));
    if (q.to) (where.push("a.observed_on <= ?"), params.push(q.to));
    const position = q.cursor ? decodeCursor(q.cursor) : null;
    if (position) (where.push("(a.observed_on, a.id) < (?, ?)"), params.push(...position));
    const list = rows<ArticleRow>(
      this.#sql,
      `SELECT a.* FROM articles a ${where.length ? `WHERE ${where.join(" AND ")}` : ""} ORDER BY a.observed_on DESC, a.id DESC LIMIT ?`,
      ...params,
      q.limit + 1,
    );
    const shown = list.slice(0, q.limit);
    const last = shown[shown.length - 1];
    return { articles: shown.map(toRecord), nextCursor: list.length > q.limit && last ? encodeCursor([last.observed_on, last.id]) : null };
  }

  /** Articles whose extractor version differs from the current one (for re-extraction). */
  async staleArticles(version: string, limit: number): Promise<string[]> {
    return rows<{ id: string }>(
      this.#sql,
      "SELECT id FROM articles WHERE extractor_version <> ? ORDER BY ingested_at LIMIT ?",
      version,
      limit,
    ).map((r) => r.id);
  }

  // ---- the run log ----

  async startRun(id: string, trigger: string, planned: number): Promise<void> {
    run(
      this.#sql,
      "INSERT OR IGNORE INTO runs (id, trigger, started_at, planned) VALUES (?, ?, ?, ?)",
      id,
      trigger,
      new Date().toISOString(),
      planned,
    );
    this.#finishIfDone(id);
  }

  /** More work discovered during the run (a feed's new items). */
  async addPlanned(id: string, n: number): Promise<void> {
    run(this.#sql, "UPDATE runs SET planned = planned + ?, finished_at = NULL WHERE id = ?", n, id);
  }

  /**
   * The final outcome of one message of a run, counted once per message key however often it was delivered
   * (queues deliver at least once).
   */
  async finishMessage(
    id: string,
    key: string,
    outcome: RunOutcome,
    counts: Partial<Record<RunCounter, number>> = {},
    reason?: string,
  ): Promise<boolean> {
    return this.ctx.storage.transactionSync(() => {
      const first = run(this.#sql, "INSERT OR IGNORE INTO run_messages (run_id, key, outcome) VALUES (?, ?, ?)", id, key, outcome) > 0;
      if (!first) return false;
      const sets = [
        "done = done + 1",
        ...Object.entries(counts)
          .filter(([k]) => RUN_COUNTERS.includes(k as RunCounter))
          .map(([k, v]) => `${k} = ${k} + ${Number(v) | 0}`),
      ];
      if (outcome === "failed") sets.push("failed = failed + 1");
      run(this.#sql, `UPDATE runs SET ${sets.join(", ")} WHERE id = ?`, id);
      if (reason)
        run(
          this.#sql,
          "INSERT INTO run_failures (run_id, subject, reason, final, at) VALUES (?, ?, ?, 1, ?)",
          id,
          key,
          reason.slice(0, 500),
          new Date().toISOString(),
        );
      this.#finishIfDone(id);
      return true;
    });
  }

  /** A failed attempt that will be retried: visible in the run, not yet counted as failed. */
  async noteAttempt(id: string, key: string, reason: string): Promise<void> {
    run(
      this.#sql,
      "INSERT INTO run_failures (run_id, subject, reason, final, at) VALUES (?, ?, ?, 0, ?)",
      id,
      key,
      reason.slice(0, 500),
      new Date().toISOString(),
    );
  }

  #finishIfDone(id: string): void {
    run(
      this.#sql,
      "UPDATE runs SET finished_at = ? WHERE id = ? AND done >= planned AND finished_at IS NULL",
      new Date().toISOString(),
      id,
    );
  }

  async runs(limit: number, cursor?: string): Promise<{ runs: RunRecord[]; nextCursor: string | null }> {
    const position = cursor ? decodeCursor(cursor) : null;
    const list = rows<RunRow>(
      this.#sql,
      `SELECT * FROM runs ${position ? "WHERE (started_at, id) < (?, ?)" : ""} ORDER BY started_at DESC, id DESC LIMIT ?`,
      ...(position ?? []),
      limit + 1,
    );
    const shown = list.slice(0, limit);
    const last = shown[shown.length - 1];
    return {
      runs: shown.map((r) => this.#runRecord(r, false)),
      nextCursor: list.length > limit && last ? encodeCursor([last.started_at, last.id]) : null,
    };
  }

  async getRun(id: string): Promise<RunRecord | null> {
    const r = rows<RunRow>(this.#sql, "SELECT * FROM runs WHERE id = ?", id)[0];
    return r ? this.#runRecord(r, true) : null;
  }

  #runRecord(r: RunRow, withFailures: boolean): RunRecord {
    const failures = withFailures
      ? rows<{ subject: string; reason: string; final: number; at: string }>(
          this.#sql,
          "SELECT subject, reason, final, at FROM run_failures WHERE run_id = ? ORDER BY at",
          r.id,
        ).map((f) => ({
          subject: f.subject,
          reason: f.reason,
          final: f.final === 1,
          at: f.at,
        }))
      : undefined;
    const end = r.finished_at ? Date.parse(r.finished_at) : Date.now();
    return {
      id: r.id,
      trigger: r.trigger,
      startedAt: r.started_at,
      finishedAt: r.finished_at,
      durationMs: end - Date.parse(r.started_at),
      planned: r.planned,
      done: r.done,
      sourcesFetched: r.sources_fetched,
      notModified: r.not_modified,
      itemsQueued: r.items_queued,
      newArticles: r.new_articles,
      skipped: r.skipped,
      reextracted: r.reextracted,
      failed: r.failed,
      failures,
    };
  }

  async feedState(sourceId: string): Promise<{ etag: string | null; lastModified: string | null } | null> {
    const r = rows<{ etag: string | null; last_modified: string | null }>(
      this.#sql,
      "SELECT etag, last_modified FROM feed_state WHERE source_id = ?",
      sourceId,
    )[0];
    return r ? { etag: r.etag, lastModified: r.last_modified } : null;
  }

  async saveFeedState(sourceId: string, etag: string | null, lastModified: string | null): Promise<void> {
    run(
      this.#sql,
      `INSERT INTO feed_state (source_id, etag, last_modified, checked_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (source_id) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified, checked_at = excluded.checked_at`,
      sourceId,
      etag,
      lastModified,
      new Date().toISOString(),
    );
  }

  /** Of these article ids (found in KV), the ones the Directory has no complete record of. */
  async unrecorded(ids: string[]): Promise<string[]> {
    return ids.filter((id) => rows(this.#sql, "SELECT 1 FROM articles WHERE id = ?", id).length === 0);
  }

  // ---- feed sources ----

  /** The sources, in the order they were added (imported from KV on first use). */
  async sources(): Promise<Source[]> {
    await this.#importSources();
    return this.#sources();
  }

  /** Add a source; false when its id exists (nothing changed). */
  async addSource(source: Source): Promise<boolean> {
    await this.#importSources();
    return this.ctx.storage.transactionSync(() => {
      if (rows(this.#sql, "SELECT 1 FROM sources WHERE id = ?", source.id).length) return false;
      const position = rows<{ n: number }>(this.#sql, "SELECT COALESCE(MAX(position), 0) + 1 AS n FROM sources")[0]!.n;
      run(
        this.#sql,
        "INSERT INTO sources (id, url, kind, enabled, note, position) VALUES (?, ?, ?, ?, ?, ?)",
        source.id,
        source.url,
        source.kind,
        source.enabled ? 1 : 0,
        source.note ?? null,
        position,
      );
      return true;
    });
  }

  /** Enable or disable a source; null when there is none with that id. */
  async setSourceEnabled(id: string, enabled: boolean): Promise<Source | null> {
    await this.#importSources();
    if (run(this.#sql, "UPDATE sources SET enabled = ? WHERE id = ?", enabled ? 1 : 0, id) === 0) return null;
    return this.#sources().find((s) => s.id === id) ?? null;
  }

  /** Remove a source; false when there is none with that id. */
  async removeSource(id: string): Promise<boolean> {
    await this.#importSources();
    return run(this.#sql, "DELETE FROM sources WHERE id = ?", id) > 0;
  }

  #sources(): Source[] {
    return rows<{ id: string; url: string; kind: string; enabled: number; note: string | null }>(
      this.#sql,
      "SELECT id, url, kind, enabled, note FROM sources ORDER BY position",
    ).map((r) => ({ id: r.id, url: r.url, kind: r.kind as Source["kind"], enabled: r.enabled === 1, ...(r.note ? { note: r.note } : {}) }));
  }

  /** The first time: the list KV holds (or the bundled default) becomes the table's content, once. */
  async #importSources(): Promise<void> {
    if (this.#sourcesImported) return;
    if (rows(this.#sql, "SELECT 1 FROM settings WHERE key = 'sources_imported'").length) {
      this.#sourcesImported = true;
      return;
    }
    const initial = await kvSources(this.env.CONFIG);
    this.ctx.storage.transactionSync(() => {
      if (rows(this.#sql, "SELECT 1 FROM settings WHERE key = 'sources_imported'").length) return;
      initial.forEach((s, i) =>
        run(
          this.#sql,
          "INSERT OR IGNORE INTO sources (id, url, kind, enabled, note, position) VALUES (?, ?, ?, ?, ?, ?)",
          s.id,
          s.url,
          s.kind,
          s.enabled ? 1 : 0,
          s.note ?? null,
          i + 1,
        ),
      );
      run(this.#sql, "INSERT INTO settings (key, value) VALUES ('sources_imported', ?)", new Date().toISOString());
    });
    this.#sourcesImported = true;
  }

  #sourcesImported = false;

  async setting(key: string): Promise<string | null> {
    return rows<{ value: string }>(this.#sql, "SELECT value FROM settings WHERE key = ?", key)[0]?.value ?? null;
  }

  async setSetting(key: string, value: string | null): Promise<void> {
    if (value === null) run(this.#sql, "DELETE FROM settings WHERE key = ?", key);
    else
      run(this.#sql, "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value", key, value);
  }

  /** Totals, for consistency checks and the API's health. */
  async totals(): Promise<{ articles: number; claims: number }> {
    const a = rows<{ n: number }>(this.#sql, "SELECT count(*) AS n FROM articles")[0]!.n;
    const c = rows<{ n: number }>(this.#sql, "SELECT count(*) AS n FROM claims")[0]!.n;
    return { articles: a, claims: c };
  }
}

export type RunOutcome = "ok" | "failed";
const RUN_COUNTERS = ["sources_fetched", "not_modified", "items_queued", "new_articles", "skipped", "reextracted"] as const;
export type RunCounter = (typeof RUN_COUNTERS)[number];

type RunRow = {
  id: string;
  trigger: string;
  started_at: string;
  finished_at: string | null;
  planned: number;
  done: number;
  sources_fetched: number;
  not_modified: number;
  items_queued: number;
  new_articles: number;
  skipped: number;
  reextracted: number;
  failed: number;
};

export interface RunRecord {
  id: string;
  trigger: string;
  startedAt: string;
  finishedAt: string | null;
  durationMs: number;
  planned: number;
  done: number;
  sourcesFetched: number;
  notModified: number;
  itemsQueued: number;
  newArticles: number;
  skipped: number;
  reextracted: number;
  failed: number;
  failures?: Array<{ subject: string; reason: string; final: boolean; at: string }>;
}

function toRecord(r: ArticleRow): ArticleRecord {
  return {
    id: r.id,
    canonicalId: r.canonical_id,
    title: r.title,
    outlet: r.outlet,
    url: r.url,
    source: r.source,
    publishedAt: r.published_at,
    observedOn: r.observed_on,
    dateSource: r.date_source as ArticleMeta["dateSource"],
    ingestedAt: r.ingested_at,
    extractorVersion: r.extractor_version,
    claimCount: r.claim_count,
    parties: JSON.parse(r.parties) as string[],
  };
}
