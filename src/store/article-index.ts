// ArticleIndex: every article ingested, one object for the deployment — its metadata and extractor version (for
// re-extraction), its syndication fingerprint (which story it carries), and which parties and topics its claims
// touch (for the article list's filters). Recorded last on ingest, so an article it holds is in every view.
// Until the split it also held the run log, the feed sources and the topic board (schema steps v2 and v5 and the
// claims' matrix); their objects copy those tables once from here (legacyRows, legacyObservations).
import { DurableObject } from "cloudflare:workers";
import type { Env } from "../env";
import { faultPoint } from "../faults";
import { SYNDICATION_THRESHOLD, similarity } from "../ingest/fingerprint";
import { type ArticleMeta, STANCE_CHECK, TOPIC_CHECK } from "./model";
import { decodeCursor, encodeCursor, migrate, rows, run } from "./sql";

export const ARTICLE_INDEX_SCHEMA: string[][] = [
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

/** Per story sharing a band with a new article: its first article and this many of its latest copies are compared. */
const COPIES_COMPARED = 8;

/** Tables of the run log, the feed registry and the board's version that this object held before they were split out. */
const LEGACY_TABLES = ["runs", "run_failures", "run_messages", "sources", "feed_state", "settings"] as const;
export type LegacyTable = (typeof LEGACY_TABLES)[number];

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

export class ArticleIndex extends DurableObject<Env> {
  readonly #sql: SqlStorage;

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    this.#sql = ctx.storage.sql;
    ctx.blockConcurrencyWhile(async () => {
      migrate(this.#sql, ARTICLE_INDEX_SCHEMA);
    });
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

  /** Of these URLs, the ones already known (a feed's page of items, in one call). */
  async knownUrls(urls: string[]): Promise<string[]> {
    return urls.filter((url) => rows(this.#sql, "SELECT 1 FROM articles WHERE url = ? LIMIT 1", url).length > 0);
  }

  /**
   * The canonical article this text reprints (MinHash over banded candidates), decided and reserved in one
   * call: the object runs one call at a time, so two copies ingested at once cannot both become canonical.
   * Idempotent: a retried article gets the decision it got the first time.
   */
  async claimCanonical(
    id: string,
    minhash: number[],
    bands: string[],
  ): Promise<{ canonicalId: string; similarity: number | null; compared: number }> {
    const known = rows<{ canonical_id: string }>(this.#sql, "SELECT canonical_id FROM fingerprints WHERE id = ?", id)[0];
    if (known) return { canonicalId: known.canonical_id, similarity: null, compared: 0 };
    // Articles sharing a band, compared per story: its first article and its latest few copies. A story reprinted
    // a thousand times costs the next copy a handful of comparisons, not a thousand.
    const candidates = rows<{ canonical_id: string; minhash: string; reserved_at: string }>(
      this.#sql,
      `WITH shared AS (SELECT DISTINCT article_id FROM article_bands WHERE band IN (${bands.map(() => "?").join(", ")}) AND article_id <> ?),
       ranked AS (
         SELECT f.canonical_id, f.minhash, f.reserved_at,
           ROW_NUMBER() OVER (PARTITION BY f.canonical_id ORDER BY f.id = f.canonical_id DESC, f.reserved_at DESC, f.id) AS k
         FROM fingerprints f JOIN shared ON shared.article_id = f.id)
       SELECT canonical_id, minhash, reserved_at FROM ranked WHERE k <= ?`,
      ...bands,
      id,
      COPIES_COMPARED,
    );
    let best: { canonicalId: string; similarity: number; at: string } | null = null;
    for (const r of candidates) {
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
    return { canonicalId, similarity: best?.similarity ?? null, compared: candidates.length };
  }

  /**
   * Record (or replace) an article and what its claims touch, in one transaction. Idempotent. Recorded last on
   * ingest: an article the index holds is in every view.
   */
  async recordArticle(meta: ArticleMeta, claims: ClaimIndexEntry[]): Promise<void> {
    faultPoint("index.record");
    const parties = [...new Set(claims.map((c) => c.party))].sort();
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

  /** Of these article ids (found in KV), the ones the index has no complete record of. */
  async unrecorded(ids: string[]): Promise<string[]> {
    return ids.filter((id) => rows(this.#sql, "SELECT 1 FROM articles WHERE id = ?", id).length === 0);
  }

  /**
   * Rows of a table this object kept before the run log, the feed registry and the topic board were split out
   * of it (the objects that hold them now copy them once, on their first start).
   */
  async legacyRows(table: LegacyTable): Promise<Array<Record<string, SqlStorageValue>>> {
    if (!LEGACY_TABLES.includes(table)) throw new Error(`not a legacy table: ${table}`);
    return rows(this.#sql, `SELECT * FROM ${table}`);
  }

  /** The observations the topic board counted before the split, a page at a time (by claim row id). */
  async legacyObservations(after: number, limit: number): Promise<{ rows: Array<Record<string, SqlStorageValue>>; next: number | null }> {
    const list = rows<Record<string, SqlStorageValue> & { rid: number }>(
      this.#sql,
      `SELECT c.rowid AS rid, c.article_id, a.canonical_id, a.ingested_at, c.party, c.actor, c.topic, c.stance, c.observed_on, c.confidence
       FROM claims c JOIN articles a ON a.id = c.article_id WHERE c.rowid > ? ORDER BY c.rowid LIMIT ?`,
      after,
      limit,
    );
    const next = list.length === limit ? list[list.length - 1]!.rid : null;
    return { rows: list.map(({ rid: _rid, ...r }) => r), next };
  }

  async setting(key: string): Promise<string | null> {
    return rows<{ value: string }>(this.#sql, "SELECT value FROM settings WHERE key = ?", key)[0]?.value ?? null;
  }

  async setSetting(key: string, value: string | null): Promise<void> {
    if (value === null) run(this.#sql, "DELETE FROM settings WHERE key = ?", key);
    else
      run(this.#sql, "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value", key, value);
  }

  /** Totals, for consistency checks. */
  async totals(): Promise<{ articles: number; claims: number }> {
    const a = rows<{ n: number }>(this.#sql, "SELECT count(*) AS n FROM articles")[0]!.n;
    const c = rows<{ n: number }>(this.#sql, "SELECT count(*) AS n FROM claims")[0]!.n;
    return { articles: a, claims: c };
  }
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
