// PartyHistory: one Durable Object per party, holding every observation of that party in SQLite.
import { DurableObject } from "cloudflare:workers";
import type { Env } from "../env";
import { faultPoint } from "../faults";
import { type ArticleMeta, type Observation, type ObservationInput, STANCE_CHECK, TOPIC_CHECK } from "./model";
import { decodeCursor, encodeCursor, migrate, rows, run } from "./sql";
import { STORED_VERDICT_SCHEMA, storedStreams, storedVerdict } from "./stored-verdict";
import { verdictOf, type Verdict } from "./verdict";

/** Schema steps, applied once each (src/store/sql.ts migrate). */
export const PARTY_HISTORY_SCHEMA: string[][] = [
  [
    `CREATE TABLE IF NOT EXISTS observations (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      article_id TEXT NOT NULL,
      claim_key TEXT NOT NULL,
      canonical_id TEXT NOT NULL,
      actor TEXT NOT NULL,
      topic TEXT NOT NULL CHECK (topic IN (${TOPIC_CHECK})),
      stance TEXT NOT NULL CHECK (stance IN (${STANCE_CHECK})),
      evidence TEXT NOT NULL,
      start INTEGER NOT NULL,
      "end" INTEGER NOT NULL,
      confidence REAL NOT NULL CHECK (confidence >= 0 AND confidence <= 1),
      reported_by TEXT,
      conditions TEXT NOT NULL DEFAULT '[]',
      rules TEXT NOT NULL DEFAULT '[]',
      observed_on TEXT NOT NULL,
      date_source TEXT NOT NULL CHECK (date_source IN ('given', 'text', 'ingested')),
      title TEXT,
      outlet TEXT,
      extractor_version TEXT NOT NULL,
      recorded_at TEXT NOT NULL,
      UNIQUE (article_id, claim_key)
    )`,
    "CREATE INDEX IF NOT EXISTS observations_topic_date ON observations (topic, observed_on, id)",
    "CREATE INDEX IF NOT EXISTS observations_actor_date ON observations (actor, observed_on, id)",
    "CREATE INDEX IF NOT EXISTS observations_date ON observations (observed_on, id)",
  ],
  STORED_VERDICT_SCHEMA,
  // v3: the analyst's decision on an observation (src/review/layer.ts), as JSON.
  ["ALTER TABLE observations ADD COLUMN review TEXT"],
  // v4: when the statement was made, as its sentence says (src/text/stated-date.ts).
  ["ALTER TABLE observations ADD COLUMN stated_on TEXT"],
  // v5: the data version (ETags of the party and its history derive from it).
  ["CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"],
];

type Row = {
  id: number;
  article_id: string;
  claim_key: string;
  canonical_id: string;
  actor: string;
  topic: string;
  stance: string;
  evidence: string;
  start: number;
  end: number;
  confidence: number;
  reported_by: string | null;
  conditions: string;
  rules: string;
  observed_on: string;
  date_source: string;
  title: string | null;
  outlet: string | null;
  recorded_at: string;
  review: string | null;
  stated_on: string | null;
};

export interface HistoryQuery {
  topic?: string;
  actor?: string;
  from?: string;
  to?: string;
  limit: number;
  cursor?: string;
  /** Only what had been recorded by this time (ISO). */
  as_of?: string;
}

export interface HistoryPage {
  observations: Observation[];
  nextCursor: string | null;
}

export interface TopicSummary {
  topic: string;
  verdict: Verdict;
  byActor: Record<string, Verdict>;
  latest: Observation[];
}

export class PartyHistory extends DurableObject<Env> {
  readonly #sql: SqlStorage;
  /** The last summary, until the next write (the party page is read far more often than written). */
  #summary: { key: string; value: TopicSummary[] } | null = null;

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    this.#sql = ctx.storage.sql;
    ctx.blockConcurrencyWhile(async () => {
      migrate(this.#sql, PARTY_HISTORY_SCHEMA);
      this.#version = Number(rows<{ value: string }>(this.#sql, "SELECT value FROM meta WHERE key = 'data_version'")[0]?.value ?? 0);
    });
  }

  /** Moves on with every write; kept in memory so a reader's ETag is checked without SQLite. */
  #version = 0;

  async dataVersion(): Promise<number> {
    return this.#version;
  }

  /** The summary with the data version it was read at (for its ETag), in one call. */
  async summaryAt(party: string, latestPerTopic = 5, asOf?: string): Promise<{ version: number; value: TopicSummary[] }> {
    const version = this.#version;
    return { version, value: this.#summaryOf(party, latestPerTopic, asOf) };
  }

  /** A history page with the data version it was read at, in one call. */
  async historyAt(party: string, q: HistoryQuery): Promise<{ version: number; value: HistoryPage }> {
    const version = this.#version;
    return { version, value: this.#historyOf(party, q) };
  }

  /**
   * Replace the observations of one article with these (never adds to them): the same article twice changes
   * nothing, and a re-extraction removes what the new extractor no longer finds.
   */
  async record(meta: ArticleMeta, claims: ObservationInput[]): Promise<{ inserted: number; removed: number; version: number }> {
    faultPoint("party.record");
    this.#summary = null;
    const now = new Date().toISOString();
    const result = this.ctx.storage.transactionSync(() => {
      run(
        this.#sql,
        "INSERT INTO meta (key, value) VALUES ('data_version', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        String(this.#version + 1),
      );
      const before = rows<{ claim_key: string }>(this.#sql, "SELECT claim_key FROM observations WHERE article_id = ?", meta.id);
      const keep = new Set(claims.map((c) => c.claimKey));
      let removed = 0;
      for (const { claim_key } of before) {
        if (!keep.has(claim_key))
          removed += run(this.#sql, "DELETE FROM observations WHERE article_id = ? AND claim_key = ?", meta.id, claim_key);
      }
      const had = new Set(before.map((b) => b.claim_key));
      let inserted = 0;
      for (const c of claims) {
        run(
          this.#sql,
          `INSERT INTO observations (article_id, claim_key, canonical_id, actor, topic, stance, evidence, start, "end", confidence,
             reported_by, conditions, rules, observed_on, date_source, title, outlet, extractor_version, recorded_at, review, stated_on)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
           ON CONFLICT (article_id, claim_key) DO UPDATE SET
             canonical_id = excluded.canonical_id, evidence = excluded.evidence, start = excluded.start, "end" = excluded."end",
             confidence = excluded.confidence, reported_by = excluded.reported_by, conditions = excluded.conditions,
             rules = excluded.rules, observed_on = excluded.observed_on, date_source = excluded.date_source,
             title = excluded.title, outlet = excluded.outlet, extractor_version = excluded.extractor_version,
             review = excluded.review, stated_on = excluded.stated_on
           WHERE observations.extractor_version <> excluded.extractor_version OR observations.observed_on <> excluded.observed_on
             OR observations.canonical_id <> excluded.canonical_id OR observations.review IS NOT excluded.review
             OR observations.confidence <> excluded.confidence OR observations.stated_on IS NOT excluded.stated_on`,
          meta.id,
          c.claimKey,
          meta.canonicalId,
          c.actor,
          c.topic,
          c.stance,
          c.evidence,
          c.start,
          c.end,
          c.confidence,
          c.reportedBy,
          JSON.stringify(c.conditions),
          JSON.stringify(c.rules),
          meta.observedOn,
          meta.dateSource,
          meta.title,
          meta.outlet,
          meta.extractorVersion,
          now,
          c.review ? JSON.stringify(c.review) : null,
          c.statedOn ?? null,
        );
        if (!had.has(c.claimKey)) inserted++;
      }
      return { inserted, removed };
    });
    this.#version++;
    return { ...result, version: this.#version };
  }

  /** Chronological observations (by publication date, then arrival), shifts marked, keyset-paginated. */
  async history(party: string, q: HistoryQuery): Promise<HistoryPage> {
    return this.#historyOf(party, q);
  }

  #historyOf(party: string, q: HistoryQuery): HistoryPage {
    const where: string[] = [];
    const params: SqlStorageValue[] = [];
    if (q.topic) (where.push("topic = ?"), params.push(q.topic));
    if (q.actor) (where.push("actor = ?"), params.push(q.actor));
    if (q.from) (where.push("observed_on >= ?"), params.push(q.from));
    if (q.to) (where.push("observed_on <= ?"), params.push(q.to));
    if (q.as_of) (where.push("recorded_at <= ?"), params.push(q.as_of));
    const filter = where.length ? where.join(" AND ") : "1 = 1";
    const position = q.cursor ? decodeCursor(q.cursor) : null;
    const page = rows<Row>(
      this.#sql,
      `SELECT * FROM observations WHERE ${filter} ${position ? "AND (observed_on, id) > (?, ?)" : ""} ORDER BY observed_on, id LIMIT ?`,
      ...params,
      ...(position ? position : []),
      q.limit + 1,
    );
    const more = page.length > q.limit;
    const shown = page.slice(0, q.limit);
    // The observation before the page, per topic, so the first rows of a page know whether they shift.
    const previous = new Map<string, string>();
    if (shown.length) {
      const first = shown[0]!;
      for (const topic of new Set(shown.map((r) => r.topic))) {
        const prev = rows<{ stance: string }>(
          this.#sql,
          `SELECT stance FROM observations WHERE ${filter} AND topic = ? AND (observed_on, id) < (?, ?) ORDER BY observed_on DESC, id DESC LIMIT 1`,
          ...params,
          topic,
          first.observed_on,
          first.id,
        )[0];
        if (prev) previous.set(topic, prev.stance);
      }
    }
    const observations = shown.map((r) => {
      const prev = previous.get(r.topic) ?? null;
      previous.set(r.topic, r.stance);
      return toObservation(party, r, prev);
    });
    const last = shown[shown.length - 1];
    return { observations, nextCursor: more && last ? encodeCursor([last.observed_on, last.id]) : null };
  }

  /** Per topic: the verdict for the party and for each of its speakers, and the latest observations. */
  async summary(party: string, latestPerTopic = 5, asOf?: string): Promise<TopicSummary[]> {
    return this.#summaryOf(party, latestPerTopic, asOf);
  }

  #summaryOf(party: string, latestPerTopic = 5, asOf?: string): TopicSummary[] {
    // As known on a date: from the rows recorded by then (the stored counts hold only the present).
    if (asOf) return this.#summaryAsOf(party, latestPerTopic, asOf);
    const key = `${party}|${latestPerTopic}`;
    if (this.#summary?.key === key) return this.#summary.value;
    const value = this.#computeSummary(party, latestPerTopic);
    this.#summary = { key, value };
    return value;
  }

  #computeSummary(party: string, latestPerTopic: number): TopicSummary[] {
    // Verdicts from the stored story counts and the few rows each depends on, so a summary after a write costs
    // the same at a thousand observations as at a hundred thousand.
    return [...storedStreams(this.#sql)].map(([topic, actors]) => {
      const byActor: Record<string, Verdict> = {};
      for (const actor of actors) byActor[actor] = storedVerdict(this.#sql, topic, actor)!;
      // The latest rows, plus the one before them so the oldest shown knows whether it shifts.
      const recent = rows<Row>(
        this.#sql,
        "SELECT * FROM observations WHERE topic = ? ORDER BY observed_on DESC, id DESC LIMIT ?",
        topic,
        latestPerTopic + 1,
      );
      const latest = recent.slice(0, latestPerTopic).map((r, i) => toObservation(party, r, recent[i + 1]?.stance ?? null));
      return { topic, verdict: storedVerdict(this.#sql, topic, null)!, byActor, latest };
    });
  }

  #summaryAsOf(party: string, latestPerTopic: number, asOf: string): TopicSummary[] {
    const list = rows<Row>(this.#sql, "SELECT * FROM observations WHERE recorded_at <= ? ORDER BY observed_on, id", asOf);
    const topics = [...new Set(list.map((r) => r.topic))].sort();
    const point = (r: Row) => ({ date: r.observed_on, stance: r.stance, canonical: r.canonical_id, confidence: r.confidence });
    return topics.map((topic) => {
      const ofTopic = list.filter((r) => r.topic === topic);
      const byActor: Record<string, Verdict> = {};
      for (const actor of [...new Set(ofTopic.map((r) => r.actor))].sort())
        byActor[actor] = verdictOf(ofTopic.filter((r) => r.actor === actor).map(point))!;
      const recent = ofTopic.slice(-(latestPerTopic + 1)).reverse();
      const latest = recent.slice(0, latestPerTopic).map((r, i) => toObservation(party, r, recent[i + 1]?.stance ?? null));
      return { topic, verdict: verdictOf(ofTopic.map(point))!, byActor, latest };
    });
  }

  /** Observation count, for consistency checks. */
  async count(): Promise<number> {
    return rows<{ n: number }>(this.#sql, "SELECT count(*) AS n FROM observations")[0]!.n;
  }
}

function toObservation(party: string, r: Row, previousStance: string | null): Observation {
  return {
    id: r.id,
    party,
    articleId: r.article_id,
    canonicalId: r.canonical_id,
    claimKey: r.claim_key,
    actor: r.actor,
    topic: r.topic,
    stance: r.stance,
    evidence: r.evidence,
    start: r.start,
    end: r.end,
    confidence: r.confidence,
    reportedBy: r.reported_by,
    conditions: JSON.parse(r.conditions) as string[],
    rules: JSON.parse(r.rules) as string[],
    observedOn: r.observed_on,
    dateSource: r.date_source as Observation["dateSource"],
    title: r.title,
    outlet: r.outlet,
    review: r.review ? (JSON.parse(r.review) as Observation["review"]) : null,
    recordedAt: r.recorded_at,
    statedOn: r.stated_on,
    shift: previousStance !== null && previousStance !== r.stance,
    previousStance,
  };
}
