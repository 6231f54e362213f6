// ReviewDesk: one Durable Object for the review loop — the claims as views read them (with the sentence each
// stands in), the unknown speakers the extractor reported, analysts' decisions, their audit trail, and the
// version of every review item (for If-Match). The queue is computed here from its own tables.
import { DurableObject } from "cloudflare:workers";
import type { Env } from "../env";
import { lexiconKey } from "../ingest/lexicon";
import { AliasError, speakerId, validateActors, withAlias, withoutAlias } from "../review/alias";
import { DEFAULT_LEXICON_DATA } from "../stance/default-lexicon";
import type { ActorLexicon, LexiconData } from "../stance/lexicon";
import type { ArticleDecision, ClaimLabel, ClaimRef, DecisionAction, DecisionStatus, ReviewedClaim } from "../review/layer";
import { itemKey } from "../review/layer";
import type { ArticleMeta } from "./model";
import { decodeCursor, encodeCursor, migrate, rows, run } from "./sql";
import { verdictOf, type Point } from "./verdict";

export const REVIEW_DESK_SCHEMA: string[][] = [
  [
    `CREATE TABLE IF NOT EXISTS claims (
      article_id TEXT NOT NULL, party TEXT NOT NULL, actor TEXT NOT NULL, topic TEXT NOT NULL, stance TEXT NOT NULL,
      start INTEGER NOT NULL, "end" INTEGER NOT NULL, evidence TEXT NOT NULL,
      sentence TEXT NOT NULL, sentence_start INTEGER NOT NULL,
      confidence REAL NOT NULL, observed_on TEXT NOT NULL, canonical_id TEXT NOT NULL, title TEXT, outlet TEXT,
      review TEXT,
      PRIMARY KEY (article_id, actor, topic, stance)
    )`,
    "CREATE INDEX IF NOT EXISTS claims_cell ON claims (party, topic, observed_on)",
    `CREATE TABLE IF NOT EXISTS speakers (
      article_id TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, name TEXT NOT NULL,
      sentence TEXT NOT NULL, sentence_start INTEGER NOT NULL, suggested_party TEXT, has_cue INTEGER NOT NULL,
      observed_on TEXT NOT NULL, title TEXT,
      PRIMARY KEY (article_id, start)
    )`,
    "CREATE INDEX IF NOT EXISTS speakers_name ON speakers (name)",
    `CREATE TABLE IF NOT EXISTS decisions (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      item TEXT NOT NULL,
      article_id TEXT,
      action TEXT NOT NULL CHECK (action IN ('accept', 'reject', 'relabel', 'add', 'alias', 'dismiss')),
      target TEXT, label TEXT, span TEXT, alias TEXT,
      status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'applied', 'orphaned')),
      created_at TEXT NOT NULL, token_label TEXT NOT NULL,
      undone_at TEXT, undone_by TEXT
    )`,
    "CREATE INDEX IF NOT EXISTS decisions_article ON decisions (article_id, id)",
    "CREATE INDEX IF NOT EXISTS decisions_item ON decisions (item, id)",
    "CREATE TABLE IF NOT EXISTS item_versions (item TEXT PRIMARY KEY, version INTEGER NOT NULL) WITHOUT ROWID",
    `CREATE TABLE IF NOT EXISTS audit (
      id INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, token_label TEXT NOT NULL,
      event TEXT NOT NULL CHECK (event IN ('decided', 'undone')), decision_id INTEGER NOT NULL,
      before TEXT, after TEXT
    )`,
  ],
];

export const REVIEW_KINDS = ["low_confidence", "unknown_speaker", "contested"] as const;
export type ReviewKind = (typeof REVIEW_KINDS)[number];

/** A claim as the desk keeps it: what views read, placed in its sentence. */
export interface DeskClaim extends ReviewedClaim {
  sentence: string;
  sentenceStart: number;
}

export interface UnknownSpeakerEntry {
  start: number;
  end: number;
  name: string;
  sentence: string;
  sentenceStart: number;
  suggestedParty: string | null;
  hasCue: boolean;
}

export interface QueueQuery {
  threshold: number;
  windowDays: number;
  kind?: ReviewKind;
  party?: string;
  topic?: string;
  limit: number;
  cursor?: string;
}

export interface QueueItem {
  key: string;
  kind: ReviewKind;
  /** Deciding it would change the party's current stance on the matrix (or, for a speaker, could add a claim). */
  impact: boolean;
  version: number;
  reason: string;
  article: { id: string; title: string | null; observedOn: string };
  sentence: { text: string; start: number };
  evidence: { start: number; end: number; text: string };
  claim?: { party: string; actor: string; topic: string; stance: string; confidence: number };
  cell?: { party: string; topic: string; current: string | null; ifRejected: string | null };
  speaker?: { name: string; suggestedParty: string | null; occurrences: number };
  /** Contested cells: the observations holding each label within the window. */
  observations?: Array<{
    articleId: string;
    party: string;
    actor: string;
    topic: string;
    stance: string;
    start: number;
    end: number;
    evidence: string;
    observedOn: string;
    confidence: number;
    key: string;
    version: number;
  }>;
  /** Sort value: lower confidence first among items of equal impact. */
  confidence: number;
}

export interface QueuePage {
  items: QueueItem[];
  counts: Record<ReviewKind, number>;
  nextCursor: string | null;
}

export interface DecisionRecord {
  id: number;
  item: string;
  articleId: string | null;
  action: DecisionAction | "alias" | "dismiss";
  target: ClaimRef | null;
  label: ClaimLabel | null;
  span: { start: number; end: number } | null;
  alias: { name: string; party: string; actor: string } | null;
  status: DecisionStatus | "pending";
  createdAt: string;
  tokenLabel: string;
  undoneAt: string | null;
  undoneBy: string | null;
}

export interface AuditEntry {
  id: number;
  at: string;
  tokenLabel: string;
  event: "decided" | "undone";
  decisionId: number;
  before: DecisionRecord | null;
  after: DecisionRecord | null;
}

/** Raised inside a transaction (which it rolls back) and returned as a refusal: 412 stale If-Match, 404, 409. */
class DeskConflict extends Error {
  constructor(
    readonly status: 404 | 409 | 412,
    message: string,
    readonly current?: number,
  ) {
    super(message);
  }
}

/** A write's outcome across RPC: done, or refused with the status the Worker answers. */
export type DeskResult<T> = ({ ok: true } & T) | { ok: false; status: 404 | 409 | 412 | 422; message: string; current?: number };

function refusal(e: unknown): DeskResult<never> {
  if (e instanceof DeskConflict) return { ok: false, status: e.status, message: e.message, current: e.current };
  throw e;
}

type ClaimRow = {
  article_id: string;
  party: string;
  actor: string;
  topic: string;
  stance: string;
  start: number;
  end: number;
  evidence: string;
  sentence: string;
  sentence_start: number;
  confidence: number;
  observed_on: string;
  canonical_id: string;
  title: string | null;
  outlet: string | null;
  review: string | null;
};

type DecisionRow = {
  id: number;
  item: string;
  article_id: string | null;
  action: string;
  target: string | null;
  label: string | null;
  span: string | null;
  alias: string | null;
  status: string;
  created_at: string;
  token_label: string;
  undone_at: string | null;
  undone_by: string | null;
};

const DAY = 86_400_000;
const days = (a: string, b: string) => Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / DAY;

export class ReviewDesk extends DurableObject<Env> {
  readonly #sql: SqlStorage;

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    this.#sql = ctx.storage.sql;
    ctx.blockConcurrencyWhile(async () => migrate(this.#sql, REVIEW_DESK_SCHEMA));
  }

  /** Replace one article's claims and unknown speakers. */
  async recordArticle(meta: ArticleMeta, claims: DeskClaim[], speakers: UnknownSpeakerEntry[]): Promise<void> {
    this.ctx.storage.transactionSync(() => {
      run(this.#sql, "DELETE FROM claims WHERE article_id = ?", meta.id);
      run(this.#sql, "DELETE FROM speakers WHERE article_id = ?", meta.id);
      for (const c of claims) {
        run(
          this.#sql,
          `INSERT INTO claims (article_id, party, actor, topic, stance, start, "end", evidence, sentence, sentence_start, confidence,
             observed_on, canonical_id, title, outlet, review) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
           ON CONFLICT DO NOTHING`,
          meta.id,
          c.party,
          c.actor,
          c.topic,
          c.stance,
          c.start,
          c.end,
          c.evidence,
          c.sentence,
          c.sentenceStart,
          c.confidence,
          meta.observedOn,
          meta.canonicalId,
          meta.title,
          meta.outlet,
          c.review ? JSON.stringify(c.review) : null,
        );
      }
      for (const s of speakers) {
        run(
          this.#sql,
          `INSERT INTO speakers (article_id, start, "end", name, sentence, sentence_start, suggested_party, has_cue, observed_on, title)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
          meta.id,
          s.start,
          s.end,
          s.name,
          s.sentence,
          s.sentenceStart,
          s.suggestedParty,
          s.hasCue ? 1 : 0,
          meta.observedOn,
          meta.title,
        );
      }
    });
  }

  /** What each decision found once every view holds the article's claims: applied, or orphaned. */
  async noteStatus(articleId: string, status: Array<[number, DecisionStatus]>): Promise<void> {
    this.ctx.storage.transactionSync(() => {
      for (const [id, st] of status) run(this.#sql, "UPDATE decisions SET status = ? WHERE id = ? AND undone_at IS NULL", st, id);
      // An undo is in force everywhere too: nothing of it waits any more.
      run(
        this.#sql,
        "UPDATE decisions SET status = 'applied' WHERE article_id = ? AND undone_at IS NOT NULL AND status = 'pending'",
        articleId,
      );
    });
  }

  /** The evidence of a claim views read (for an alert's "before" side), or null. */
  async claimEvidence(articleId: string, party: string, topic: string, stance: string): Promise<string | null> {
    return (
      rows<{ evidence: string }>(
        this.#sql,
        "SELECT evidence FROM claims WHERE article_id = ? AND party = ? AND topic = ? AND stance = ? ORDER BY start LIMIT 1",
        articleId,
        party,
        topic,
        stance,
      )[0]?.evidence ?? null
    );
  }

  /**
   * What recording an article's views needs from the desk, in one call: its decisions in force, and whether an undo
   * of it still waits to be noted as in force everywhere (when none does and no decision is in force, there is
   * nothing to note afterwards, and no second call).
   */
  async layerFor(articleId: string): Promise<{ decisions: ArticleDecision[]; undoPending: boolean }> {
    const undoPending =
      rows(this.#sql, "SELECT 1 FROM decisions WHERE article_id = ? AND undone_at IS NOT NULL AND status = 'pending' LIMIT 1", articleId)
        .length > 0;
    return { decisions: this.#decisionsFor(articleId), undoPending };
  }

  /** The article's decisions in force (not undone), in the order they were made, for the layer. */
  async decisionsFor(articleId: string): Promise<ArticleDecision[]> {
    return this.#decisionsFor(articleId);
  }

  #decisionsFor(articleId: string): ArticleDecision[] {
    return rows<DecisionRow>(
      this.#sql,
      "SELECT * FROM decisions WHERE article_id = ? AND undone_at IS NULL AND action NOT IN ('alias', 'dismiss') ORDER BY id",
      articleId,
    ).map((r) => {
      const d = toDecision(r);
      return { id: d.id, action: d.action as DecisionAction, target: d.target, label: d.label, span: d.span };
    });
  }

  /** Articles with a decision made or undone whose views have not been brought up to date yet. */
  async pendingArticles(limit: number): Promise<string[]> {
    return rows<{ article_id: string }>(
      this.#sql,
      "SELECT DISTINCT article_id FROM decisions WHERE status = 'pending' AND article_id IS NOT NULL LIMIT ?",
      limit,
    ).map((r) => r.article_id);
  }

  /** The article is gone: its decisions waiting to be applied can find nothing. */
  async orphanArticle(articleId: string): Promise<void> {
    run(this.#sql, "UPDATE decisions SET status = 'orphaned' WHERE article_id = ? AND status = 'pending'", articleId);
  }

  #version(item: string): number {
    return rows<{ version: number }>(this.#sql, "SELECT version FROM item_versions WHERE item = ?", item)[0]?.version ?? 0;
  }

  #bump(item: string): number {
    run(this.#sql, "INSERT INTO item_versions (item, version) VALUES (?, 1) ON CONFLICT (item) DO UPDATE SET version = version + 1", item);
    return this.#version(item);
  }

  /**
   * Store a decision, audited, if the item is still at the version the reviewer saw (`ifMatch`; undefined: no
   * check). The views are brought up to date by the caller, then recordArticle() marks it applied or orphaned.
   */
  async decide(input: {
    item: string;
    articleId: string | null;
    action: DecisionAction | "alias" | "dismiss";
    target?: ClaimRef | null;
    label?: ClaimLabel | null;
    span?: { start: number; end: number } | null;
    alias?: { name: string; party: string; actor: string } | null;
    tokenLabel: string;
    ifMatch?: number;
  }): Promise<DeskResult<{ decision: DecisionRecord; version: number }>> {
    try {
      return { ok: true, ...this.#decide(input) };
    } catch (e) {
      return refusal(e);
    }
  }

  #decide(input: Parameters<ReviewDesk["decide"]>[0]): { decision: DecisionRecord; version: number } {
    return this.ctx.storage.transactionSync(() => {
      const current = this.#version(input.item);
      if (input.ifMatch !== undefined && input.ifMatch !== current)
        throw new DeskConflict(
          412,
          `The item changed since you read it (version ${current}, you sent ${input.ifMatch}); read it again.`,
          current,
        );
      const now = new Date().toISOString();
      const before = this.#inForce(input.item);
      const id = rows<{ id: number }>(
        this.#sql,
        `INSERT INTO decisions (item, article_id, action, target, label, span, alias, status, created_at, token_label)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
        input.item,
        input.articleId,
        input.action,
        input.target ? JSON.stringify(input.target) : null,
        input.label ? JSON.stringify(input.label) : null,
        input.span ? JSON.stringify(input.span) : null,
        input.alias ? JSON.stringify(input.alias) : null,
        input.action === "alias" || input.action === "dismiss" ? "applied" : "pending",
        now,
        input.tokenLabel,
      )[0]!.id;
      const decision = this.#decision(id)!;
      run(
        this.#sql,
        "INSERT INTO audit (at, token_label, event, decision_id, before, after) VALUES (?, ?, 'decided', ?, ?, ?)",
        now,
        input.tokenLabel,
        id,
        before ? JSON.stringify(before) : null,
        JSON.stringify(decision),
      );
      return { decision, version: this.#bump(input.item) };
    });
  }

  /**
   * Map an unknown speaker to a party: the name becomes an alias in the actor lexicon in KV (validated, version
   * moved on) and the decision is stored. One at a time, so two mappings at once both land in the file.
   */
  async mapAlias(input: {
    name: string;
    party: string;
    actor: string | null;
    tokenLabel: string;
    ifMatch?: number;
  }): Promise<DeskResult<{ decision: DecisionRecord; version: number; lexiconVersion: string }>> {
    return this.ctx.blockConcurrencyWhile(async () => {
      const item = `speaker:${input.name}`;
      const current = this.#version(item);
      if (input.ifMatch !== undefined && input.ifMatch !== current)
        return { ok: false as const, status: 412 as const, message: `The item changed since you read it (version ${current}).`, current };
      const { actors, others } = await this.#lexicon();
      let next: { data: ActorLexicon; actor: string };
      try {
        next = withAlias(actors, input.name, input.party, input.actor, await speakerId(input.party, input.name));
        validateActors(next.data, others);
      } catch (e) {
        if (e instanceof AliasError) return { ok: false as const, status: 422 as const, message: e.message };
        throw e;
      }
      await this.env.CONFIG.put(lexiconKey("actors"), JSON.stringify(next.data));
      const done = this.#decide({
        item,
        articleId: null,
        action: "alias",
        alias: { name: input.name.trim().replace(/\s+/g, " "), party: input.party, actor: next.actor },
        tokenLabel: input.tokenLabel,
      });
      return { ok: true as const, ...done, lexiconVersion: next.data.version };
    });
  }

  /** Dismiss an unknown speaker's name (not a name, or no one to track): it leaves the queue; undo brings it back. */
  async dismissSpeaker(
    name: string,
    tokenLabel: string,
    ifMatch?: number,
  ): Promise<DeskResult<{ decision: DecisionRecord; version: number }>> {
    const clean = name.trim().replace(/\s+/g, " ");
    if (rows(this.#sql, "SELECT 1 FROM speakers WHERE name = ? LIMIT 1", clean).length === 0)
      return { ok: false, status: 404, message: `No unknown speaker «${clean}» is in the queue.` };
    try {
      return {
        ok: true,
        ...this.#decide({
          item: `speaker:${clean}`,
          articleId: null,
          action: "dismiss",
          alias: { name: clean, party: "", actor: "" },
          tokenLabel,
          ifMatch,
        }),
      };
    } catch (e) {
      return refusal(e);
    }
  }

  /** The actor file and the other lexicon files as KV holds them (bundled defaults for any it does not). */
  async #lexicon(): Promise<{ actors: ActorLexicon; others: Partial<LexiconData> }> {
    const [actors, cues, attribution] = await Promise.all(
      (["actors", "cues", "attribution"] as const).map((f) => this.env.CONFIG.get(lexiconKey(f), "json")),
    );
    return {
      actors: (actors ?? DEFAULT_LEXICON_DATA.actors) as ActorLexicon,
      others: {
        ...(cues ? { cues: cues as LexiconData["cues"] } : {}),
        ...(attribution ? { attribution: attribution as LexiconData["attribution"] } : {}),
      },
    };
  }

  /** Undo a decision (audited); the item's version moves on. An alias leaves the actor lexicon again. */
  async undo(id: number, tokenLabel: string, ifMatch?: number): Promise<DeskResult<{ decision: DecisionRecord; version: number }>> {
    const d = this.#decision(id);
    if (d?.action === "alias" && d.alias && !d.undoneAt) {
      const alias = d.alias;
      return this.ctx.blockConcurrencyWhile(async () => {
        const { actors, others } = await this.#lexicon();
        const next = withoutAlias(actors, alias.name, alias.actor);
        try {
          validateActors(next, others);
        } catch (e) {
          if (e instanceof AliasError)
            return { ok: false as const, status: 409 as const, message: `The lexicon would not validate: ${e.message}` };
          throw e;
        }
        try {
          const done = this.#undo(id, tokenLabel, ifMatch);
          await this.env.CONFIG.put(lexiconKey("actors"), JSON.stringify(next));
          return { ok: true as const, ...done };
        } catch (e) {
          return refusal(e);
        }
      });
    }
    try {
      return { ok: true, ...this.#undo(id, tokenLabel, ifMatch) };
    } catch (e) {
      return refusal(e);
    }
  }

  #undo(id: number, tokenLabel: string, ifMatch?: number): { decision: DecisionRecord; version: number } {
    return this.ctx.storage.transactionSync(() => {
      const d = this.#decision(id);
      if (!d) throw new DeskConflict(404, `No decision ${id}.`);
      if (d.undoneAt) throw new DeskConflict(409, `Decision ${id} was already undone at ${d.undoneAt}.`);
      const current = this.#version(d.item);
      if (ifMatch !== undefined && ifMatch !== current)
        throw new DeskConflict(
          412,
          `The item changed since you read it (version ${current}, you sent ${ifMatch}); read it again.`,
          current,
        );
      const now = new Date().toISOString();
      run(
        this.#sql,
        `UPDATE decisions SET undone_at = ?, undone_by = ?, status = CASE WHEN action = 'alias' THEN status ELSE 'pending' END WHERE id = ?`,
        now,
        tokenLabel,
        id,
      );
      const after = this.#decision(id)!;
      run(
        this.#sql,
        "INSERT INTO audit (at, token_label, event, decision_id, before, after) VALUES (?, ?, 'undone', ?, ?, ?)",
        now,
        tokenLabel,
        id,
        JSON.stringify(d),
        JSON.stringify(after),
      );
      return { decision: after, version: this.#bump(d.item) };
    });
  }

  async decision(id: number): Promise<DecisionRecord | null> {
    return this.#decision(id);
  }

  #decision(id: number): DecisionRecord | null {
    const r = rows<DecisionRow>(this.#sql, "SELECT * FROM decisions WHERE id = ?", id)[0];
    return r ? toDecision(r) : null;
  }

  /** The latest decision in force on an item. */
  #inForce(item: string): DecisionRecord | null {
    const r = rows<DecisionRow>(
      this.#sql,
      "SELECT * FROM decisions WHERE item = ? AND undone_at IS NULL ORDER BY id DESC LIMIT 1",
      item,
    )[0];
    return r ? toDecision(r) : null;
  }

  /** Decisions, newest first, keyset-paginated; `status` filters (orphaned: no longer found after re-extraction). */
  async decisions(q: {
    status?: string;
    articleId?: string;
    limit: number;
    cursor?: string;
  }): Promise<{ decisions: DecisionRecord[]; nextCursor: string | null }> {
    const where: string[] = [];
    const params: SqlStorageValue[] = [];
    if (q.status) (where.push("status = ? AND undone_at IS NULL"), params.push(q.status));
    if (q.articleId) (where.push("article_id = ?"), params.push(q.articleId));
    const position = q.cursor ? decodeCursor(q.cursor) : null;
    if (position) (where.push("id < ?"), params.push(Number(position[0])));
    const list = rows<DecisionRow>(
      this.#sql,
      `SELECT * FROM decisions ${where.length ? `WHERE ${where.join(" AND ")}` : ""} ORDER BY id DESC LIMIT ?`,
      ...params,
      q.limit + 1,
    );
    const shown = list.slice(0, q.limit).map(toDecision);
    const last = shown[shown.length - 1];
    return { decisions: shown, nextCursor: list.length > q.limit && last ? encodeCursor([last.id]) : null };
  }

  async audit(limit: number, cursor?: string): Promise<{ entries: AuditEntry[]; nextCursor: string | null }> {
    const position = cursor ? decodeCursor(cursor) : null;
    const list = rows<{
      id: number;
      at: string;
      token_label: string;
      event: string;
      decision_id: number;
      before: string | null;
      after: string | null;
    }>(
      this.#sql,
      `SELECT * FROM audit ${position ? "WHERE id < ?" : ""} ORDER BY id DESC LIMIT ?`,
      ...(position ? [Number(position[0])] : []),
      limit + 1,
    );
    const shown = list.slice(0, limit).map((r) => ({
      id: r.id,
      at: r.at,
      tokenLabel: r.token_label,
      event: r.event as AuditEntry["event"],
      decisionId: r.decision_id,
      before: r.before ? (JSON.parse(r.before) as DecisionRecord) : null,
      after: r.after ? (JSON.parse(r.after) as DecisionRecord) : null,
    }));
    const last = shown[shown.length - 1];
    return { entries: shown, nextCursor: list.length > limit && last ? encodeCursor([last.id]) : null };
  }

  /** The decided tuples (accepted, relabelled, added) per article, for the gold export. */
  async decidedTuples(): Promise<Array<{ articleId: string; party: string; topic: string; stance: string; evidence: string }>> {
    return rows<{ article_id: string; party: string; topic: string; stance: string; evidence: string }>(
      this.#sql,
      "SELECT article_id, party, topic, stance, evidence FROM claims WHERE review IS NOT NULL ORDER BY article_id, start, party, topic, stance",
    ).map((r) => ({ articleId: r.article_id, party: r.party, topic: r.topic, stance: r.stance, evidence: r.evidence }));
  }

  /** The review queue: items by impact on the matrix, then by confidence; filtered, counted per kind, paginated. */
  async reviewQueue(q: QueueQuery): Promise<QueuePage> {
    const all = [...this.#lowConfidence(q), ...this.#contested(q), ...this.#unknownSpeakers(q)];
    const counts = Object.fromEntries(REVIEW_KINDS.map((k) => [k, all.filter((i) => i.kind === k).length])) as Record<ReviewKind, number>;
    const order = (i: QueueItem): [number, number, string] => [i.impact ? 0 : 1, i.confidence, i.key];
    const cmp = (a: [number, number, string], b: [number, number, string]) =>
      a[0] - b[0] || a[1] - b[1] || (a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : 0);
    const position = q.cursor ? (decodeCursor(q.cursor) as [number, number, string] | null) : null;
    const list = all
      .filter((i) => !q.kind || i.kind === q.kind)
      .sort((a, b) => cmp(order(a), order(b)))
      .filter((i) => !position || cmp(order(i), position) > 0);
    const shown = list.slice(0, q.limit);
    const last = shown[shown.length - 1];
    return { items: shown, counts, nextCursor: list.length > q.limit && last ? encodeCursor(order(last)) : null };
  }

  /** A party's points on a topic, chronological, as the matrix reads them. */
  #cell(party: string, topic: string): ClaimRow[] {
    return rows<ClaimRow>(
      this.#sql,
      "SELECT * FROM claims WHERE party = ? AND topic = ? ORDER BY observed_on, article_id, start",
      party,
      topic,
    );
  }

  #lowConfidence(q: QueueQuery): QueueItem[] {
    const list = rows<ClaimRow>(
      this.#sql,
      `SELECT * FROM claims WHERE review IS NULL AND confidence < ? ${q.party ? "AND party = ?" : ""} ${q.topic ? "AND topic = ?" : ""}`,
      q.threshold,
      ...(q.party ? [q.party] : []),
      ...(q.topic ? [q.topic] : []),
    );
    const cells = new Map<string, ClaimRow[]>();
    return list.map((r) => {
      const cellKey = `${r.party}|${r.topic}`;
      let cell = cells.get(cellKey);
      if (!cell) cells.set(cellKey, (cell = this.#cell(r.party, r.topic)));
      const current = verdictOf(cell.map(point))?.current ?? null;
      const without = verdictOf(cell.filter((x) => !sameClaim(x, r)).map(point))?.current ?? null;
      const key = itemKey(r.article_id, r);
      return {
        key,
        kind: "low_confidence" as const,
        impact: current !== without,
        version: this.#version(key),
        reason: `confidence ${r.confidence.toFixed(2)} is below ${q.threshold}`,
        article: { id: r.article_id, title: r.title, observedOn: r.observed_on },
        sentence: { text: r.sentence, start: r.sentence_start },
        evidence: { start: r.start, end: r.end, text: r.evidence },
        claim: { party: r.party, actor: r.actor, topic: r.topic, stance: r.stance, confidence: r.confidence },
        cell: { party: r.party, topic: r.topic, current, ifRejected: without },
        confidence: r.confidence,
      };
    });
  }

  /** A party holding two labels on one topic within the window: one item per cell, the latest such pair. */
  #contested(q: QueueQuery): QueueItem[] {
    const cells = rows<{ party: string; topic: string }>(
      this.#sql,
      `SELECT DISTINCT party, topic FROM claims WHERE 1 = 1 ${q.party ? "AND party = ?" : ""} ${q.topic ? "AND topic = ?" : ""}`,
      ...(q.party ? [q.party] : []),
      ...(q.topic ? [q.topic] : []),
    );
    const items: QueueItem[] = [];
    for (const { party, topic } of cells) {
      const cell = this.#cell(party, topic);
      // The latest observation with another label than one within the window before it.
      let pair: [ClaimRow, ClaimRow] | null = null;
      for (let i = cell.length - 1; i > 0 && !pair; i--) {
        for (let j = i - 1; j >= 0 && days(cell[i]!.observed_on, cell[j]!.observed_on) <= q.windowDays; j--) {
          if (cell[j]!.stance !== cell[i]!.stance && !(cell[i]!.review && cell[j]!.review)) {
            pair = [cell[j]!, cell[i]!];
            break;
          }
        }
      }
      if (!pair) continue;
      const [a, b] = pair;
      const inWindow = cell.filter((x) => days(x.observed_on, b.observed_on) <= q.windowDays && x.observed_on <= b.observed_on);
      const current = verdictOf(cell.map(point))?.current ?? null;
      // Would settling it either way change the current stance? Reject every observation of one label in the window.
      const impact = [a.stance, b.stance].some(
        (label) => (verdictOf(cell.filter((x) => !(inWindow.includes(x) && x.stance === label)).map(point))?.current ?? null) !== current,
      );
      const key = `contested:${party}:${topic}`;
      items.push({
        key,
        kind: "contested",
        impact,
        version: this.#version(key),
        reason: `${party} holds ${a.stance} (${a.observed_on}) and ${b.stance} (${b.observed_on}) within ${q.windowDays} days`,
        article: { id: b.article_id, title: b.title, observedOn: b.observed_on },
        sentence: { text: b.sentence, start: b.sentence_start },
        evidence: { start: b.start, end: b.end, text: b.evidence },
        cell: { party, topic, current, ifRejected: null },
        observations: inWindow.map((x) => {
          const k = itemKey(x.article_id, x);
          return {
            articleId: x.article_id,
            party: x.party,
            actor: x.actor,
            topic: x.topic,
            stance: x.stance,
            start: x.start,
            end: x.end,
            evidence: x.evidence,
            observedOn: x.observed_on,
            confidence: x.confidence,
            key: k,
            version: this.#version(k),
          };
        }),
        confidence: Math.min(a.confidence, b.confidence),
      });
    }
    return items;
  }

  /** Names the lexicon does not know before or after a speech verb, one item per name (its latest sentence). */
  #unknownSpeakers(q: QueueQuery): QueueItem[] {
    if (q.topic) return [];
    // Mapped to a party, or dismissed as no speaker's name.
    const mapped = new Set(
      rows<{ alias: string }>(this.#sql, "SELECT alias FROM decisions WHERE action IN ('alias', 'dismiss') AND undone_at IS NULL").map(
        (r) => (JSON.parse(r.alias) as { name: string }).name,
      ),
    );
    const list = rows<{
      article_id: string;
      start: number;
      end: number;
      name: string;
      sentence: string;
      sentence_start: number;
      suggested_party: string | null;
      has_cue: number;
      observed_on: string;
      title: string | null;
      occurrences: number;
    }>(
      this.#sql,
      `SELECT s.*, (SELECT count(*) FROM speakers o WHERE o.name = s.name) AS occurrences FROM speakers s
       WHERE NOT EXISTS (SELECT 1 FROM speakers n WHERE n.name = s.name AND (n.has_cue > s.has_cue OR (n.has_cue = s.has_cue
         AND (n.observed_on > s.observed_on OR (n.observed_on = s.observed_on AND (n.article_id > s.article_id
         OR (n.article_id = s.article_id AND n.start > s.start)))))))
       ${q.party ? "AND s.suggested_party = ?" : ""}`,
      ...(q.party ? [q.party] : []),
    );
    return list
      .filter((r) => !mapped.has(r.name))
      .map((r) => {
        const key = `speaker:${r.name}`;
        return {
          key,
          kind: "unknown_speaker" as const,
          impact: r.has_cue === 1,
          version: this.#version(key),
          reason: `«${r.name}» speaks here but is not in the lexicon${r.occurrences > 1 ? ` (${r.occurrences} places)` : ""}`,
          article: { id: r.article_id, title: r.title, observedOn: r.observed_on },
          sentence: { text: r.sentence, start: r.sentence_start },
          evidence: { start: r.start, end: r.end, text: r.name },
          speaker: { name: r.name, suggestedParty: r.suggested_party, occurrences: r.occurrences },
          confidence: r.has_cue ? 0.5 : 1,
        };
      });
  }
}

const point = (r: ClaimRow): Point => ({ date: r.observed_on, stance: r.stance, canonical: r.canonical_id, confidence: r.confidence });
const sameClaim = (a: ClaimRow, b: ClaimRow) =>
  a.article_id === b.article_id && a.actor === b.actor && a.topic === b.topic && a.stance === b.stance;

function toDecision(r: DecisionRow): DecisionRecord {
  return {
    id: r.id,
    item: r.item,
    articleId: r.article_id,
    action: r.action as DecisionRecord["action"],
    target: r.target ? (JSON.parse(r.target) as ClaimRef) : null,
    label: r.label ? (JSON.parse(r.label) as ClaimLabel) : null,
    span: r.span ? (JSON.parse(r.span) as { start: number; end: number }) : null,
    alias: r.alias ? (JSON.parse(r.alias) as DecisionRecord["alias"]) : null,
    status: r.status as DecisionRecord["status"],
    createdAt: r.created_at,
    tokenLabel: r.token_label,
    undoneAt: r.undone_at,
    undoneBy: r.undone_by,
  };
}
