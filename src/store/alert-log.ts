// AlertLog: one Durable Object for reversal alerts and their delivery — the events (each recorded once, whatever
// re-extraction does), the registered webhooks, and a log of every delivery attempt. New alerts are queued for
// each webhook; the queue consumer delivers them (src/alerts/deliver.ts).
import { DurableObject } from "cloudflare:workers";
import type { AlertKind } from "../alerts/classify";
import type { Env } from "../env";
import { decodeCursor, encodeCursor, migrate, rows, run } from "./sql";

export const ALERT_LOG_SCHEMA: string[][] = [
  [
    `CREATE TABLE IF NOT EXISTS alerts (
      seq INTEGER PRIMARY KEY AUTOINCREMENT,
      id TEXT NOT NULL UNIQUE,
      party TEXT NOT NULL, topic TEXT NOT NULL, kind TEXT NOT NULL,
      from_stance TEXT, to_stance TEXT NOT NULL,
      observed_on TEXT NOT NULL, recorded_at TEXT NOT NULL,
      article_id TEXT NOT NULL, evidence TEXT,
      previous_article_id TEXT, previous_observed_on TEXT, previous_evidence TEXT
    )`,
    "CREATE INDEX IF NOT EXISTS alerts_cell ON alerts (party, topic, seq)",
    `CREATE TABLE IF NOT EXISTS webhooks (
      id TEXT PRIMARY KEY, url TEXT NOT NULL, secret TEXT NOT NULL, created_at TEXT NOT NULL, token_label TEXT NOT NULL,
      removed_at TEXT
    )`,
    `CREATE TABLE IF NOT EXISTS deliveries (
      seq INTEGER PRIMARY KEY AUTOINCREMENT,
      webhook_id TEXT NOT NULL, alert_id TEXT NOT NULL, attempt INTEGER NOT NULL,
      outcome TEXT NOT NULL CHECK (outcome IN ('delivered', 'failed', 'dead_lettered')),
      status INTEGER, error TEXT, at TEXT NOT NULL
    )`,
    "CREATE INDEX IF NOT EXISTS deliveries_webhook ON deliveries (webhook_id, seq)",
  ],
];

export interface AlertInput {
  id: string;
  party: string;
  topic: string;
  kind: AlertKind;
  fromStance: string | null;
  toStance: string;
  observedOn: string;
  articleId: string;
  evidence: string | null;
  previous: { articleId: string; observedOn: string; evidence: string | null } | null;
}

export interface Alert extends AlertInput {
  seq: number;
  recordedAt: string;
}

export interface Webhook {
  id: string;
  url: string;
  createdAt: string;
  tokenLabel: string;
}

export interface Delivery {
  seq: number;
  webhookId: string;
  alertId: string;
  attempt: number;
  outcome: "delivered" | "failed" | "dead_lettered";
  status: number | null;
  error: string | null;
  at: string;
}

type AlertRow = {
  seq: number;
  id: string;
  party: string;
  topic: string;
  kind: string;
  from_stance: string | null;
  to_stance: string;
  observed_on: string;
  recorded_at: string;
  article_id: string;
  evidence: string | null;
  previous_article_id: string | null;
  previous_observed_on: string | null;
  previous_evidence: string | null;
};

export class AlertLog extends DurableObject<Env> {
  readonly #sql: SqlStorage;

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    this.#sql = ctx.storage.sql;
    ctx.blockConcurrencyWhile(async () => migrate(this.#sql, ALERT_LOG_SCHEMA));
  }

  /** Record alerts (an id seen before is not recorded again) and queue each new one for every webhook. */
  async record(alerts: AlertInput[]): Promise<string[]> {
    const now = new Date().toISOString();
    const fresh = this.ctx.storage.transactionSync(() =>
      alerts.filter(
        (a) =>
          run(
            this.#sql,
            `INSERT INTO alerts (id, party, topic, kind, from_stance, to_stance, observed_on, recorded_at, article_id, evidence,
               previous_article_id, previous_observed_on, previous_evidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
             ON CONFLICT (id) DO NOTHING`,
            a.id,
            a.party,
            a.topic,
            a.kind,
            a.fromStance,
            a.toStance,
            a.observedOn,
            now,
            a.articleId,
            a.evidence,
            a.previous?.articleId ?? null,
            a.previous?.observedOn ?? null,
            a.previous?.evidence ?? null,
          ) > 0,
      ),
    );
    const hooks = this.#webhooks();
    const jobs = fresh.flatMap((a) => hooks.map((h) => ({ body: { type: "deliver" as const, webhookId: h.id, alertId: a.id } })));
    for (let i = 0; i < jobs.length; i += 100) await this.env.JOBS.sendBatch(jobs.slice(i, i + 100));
    return fresh.map((a) => a.id);
  }

  /** Alerts, newest first, filtered, keyset-paginated by sequence. */
  async alerts(q: {
    party?: string;
    topic?: string;
    kind?: string;
    limit: number;
    cursor?: string;
  }): Promise<{ alerts: Alert[]; nextCursor: string | null }> {
    const where: string[] = [];
    const params: SqlStorageValue[] = [];
    if (q.party) (where.push("party = ?"), params.push(q.party));
    if (q.topic) (where.push("topic = ?"), params.push(q.topic));
    if (q.kind) (where.push("kind = ?"), params.push(q.kind));
    const position = q.cursor ? decodeCursor(q.cursor) : null;
    if (position) (where.push("seq < ?"), params.push(Number(position[0])));
    const list = rows<AlertRow>(
      this.#sql,
      `SELECT * FROM alerts ${where.length ? `WHERE ${where.join(" AND ")}` : ""} ORDER BY seq DESC LIMIT ?`,
      ...params,
      q.limit + 1,
    );
    const shown = list.slice(0, q.limit).map(toAlert);
    const last = shown[shown.length - 1];
    return { alerts: shown, nextCursor: list.length > q.limit && last ? encodeCursor([last.seq]) : null };
  }

  async addWebhook(url: string, secret: string, tokenLabel: string): Promise<Webhook> {
    const id = crypto.randomUUID();
    const now = new Date().toISOString();
    run(
      this.#sql,
      "INSERT INTO webhooks (id, url, secret, created_at, token_label) VALUES (?, ?, ?, ?, ?)",
      id,
      url,
      secret,
      now,
      tokenLabel,
    );
    return { id, url, createdAt: now, tokenLabel };
  }

  async removeWebhook(id: string): Promise<boolean> {
    return run(this.#sql, "UPDATE webhooks SET removed_at = ? WHERE id = ? AND removed_at IS NULL", new Date().toISOString(), id) > 0;
  }

  async webhooks(): Promise<Webhook[]> {
    return this.#webhooks();
  }

  #webhooks(): Webhook[] {
    return rows<{ id: string; url: string; created_at: string; token_label: string }>(
      this.#sql,
      "SELECT id, url, created_at, token_label FROM webhooks WHERE removed_at IS NULL ORDER BY created_at",
    ).map((r) => ({ id: r.id, url: r.url, createdAt: r.created_at, tokenLabel: r.token_label }));
  }

  /** What the consumer needs to deliver one alert to one webhook (null: either is gone). */
  async delivery(webhookId: string, alertId: string): Promise<{ url: string; secret: string; alert: Alert } | null> {
    const hook = rows<{ url: string; secret: string }>(
      this.#sql,
      "SELECT url, secret FROM webhooks WHERE id = ? AND removed_at IS NULL",
      webhookId,
    )[0];
    const alert = rows<AlertRow>(this.#sql, "SELECT * FROM alerts WHERE id = ?", alertId)[0];
    return hook && alert ? { url: hook.url, secret: hook.secret, alert: toAlert(alert) } : null;
  }

  /** Whether this alert already reached this webhook (a redelivered message sends nothing twice). */
  async delivered(webhookId: string, alertId: string): Promise<boolean> {
    return (
      rows(
        this.#sql,
        "SELECT 1 FROM deliveries WHERE webhook_id = ? AND alert_id = ? AND outcome = 'delivered' LIMIT 1",
        webhookId,
        alertId,
      ).length > 0
    );
  }

  async logAttempt(d: Omit<Delivery, "seq" | "at">): Promise<void> {
    run(
      this.#sql,
      "INSERT INTO deliveries (webhook_id, alert_id, attempt, outcome, status, error, at) VALUES (?, ?, ?, ?, ?, ?, ?)",
      d.webhookId,
      d.alertId,
      d.attempt,
      d.outcome,
      d.status,
      d.error,
      new Date().toISOString(),
    );
  }

  async deliveries(webhookId: string, limit: number): Promise<Delivery[]> {
    return rows<{
      seq: number;
      webhook_id: string;
      alert_id: string;
      attempt: number;
      outcome: string;
      status: number | null;
      error: string | null;
      at: string;
    }>(this.#sql, "SELECT * FROM deliveries WHERE webhook_id = ? ORDER BY seq DESC LIMIT ?", webhookId, limit).map((r) => ({
      seq: r.seq,
      webhookId: r.webhook_id,
      alertId: r.alert_id,
      attempt: r.attempt,
      outcome: r.outcome as Delivery["outcome"],
      status: r.status,
      error: r.error,
      at: r.at,
    }));
  }
}

function toAlert(r: AlertRow): Alert {
  return {
    seq: r.seq,
    id: r.id,
    party: r.party,
    topic: r.topic,
    kind: r.kind as AlertKind,
    fromStance: r.from_stance,
    toStance: r.to_stance,
    observedOn: r.observed_on,
    recordedAt: r.recorded_at,
    articleId: r.article_id,
    evidence: r.evidence,
    previous: r.previous_article_id
      ? { articleId: r.previous_article_id, observedOn: r.previous_observed_on!, evidence: r.previous_evidence }
      : null,
  };
}
