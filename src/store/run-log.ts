// RunLog: the cron's runs, one object for the whole deployment. Each queue message reports its final outcome here
// once (queues deliver at least once; the message key makes a second report a no-op), with the failures seen.
import { DurableObject } from "cloudflare:workers";
import type { Env } from "../env";
import type { ArticleIndex } from "./article-index";
import { articleIndexStub } from "./stubs";
import { decodeCursor, encodeCursor, migrate, rows, run } from "./sql";

export const RUN_LOG_SCHEMA: string[][] = [
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
    "CREATE TABLE IF NOT EXISTS settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
  ],
];

export class RunLog extends DurableObject<Env> {
  readonly #sql: SqlStorage;

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    this.#sql = ctx.storage.sql;
    ctx.blockConcurrencyWhile(async () => {
      migrate(this.#sql, RUN_LOG_SCHEMA);
      await importLegacyRuns(ctx.storage, articleIndexStub(env));
    });
  }

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
}

/** Once: the runs the article index kept before the split (with their failures and message outcomes), copied here. */
export async function importLegacyRuns(storage: DurableObjectStorage, index: Pick<ArticleIndex, "legacyRows">): Promise<void> {
  const sql = storage.sql;
  if (rows(sql, "SELECT 1 FROM settings WHERE key = 'legacy_imported'").length) return;
  const [runList, failures, messages] = await Promise.all([
    index.legacyRows("runs"),
    index.legacyRows("run_failures"),
    index.legacyRows("run_messages"),
  ]);
  storage.transactionSync(() => {
    if (rows(sql, "SELECT 1 FROM settings WHERE key = 'legacy_imported'").length) return;
    for (const r of runList) insertRow(sql, "runs", r, "OR IGNORE");
    for (const r of failures) insertRow(sql, "run_failures", r, "");
    for (const r of messages) insertRow(sql, "run_messages", r, "OR IGNORE");
    run(sql, "INSERT INTO settings (key, value) VALUES ('legacy_imported', ?)", new Date().toISOString());
  });
}

/** Insert one row copied from another object's table (column names as they came). */
export function insertRow(sql: SqlStorage, table: string, row: Record<string, SqlStorageValue>, conflict: string): void {
  const columns = Object.keys(row);
  if (columns.length === 0) return;
  run(
    sql,
    `INSERT ${conflict} INTO ${table} (${columns.join(", ")}) VALUES (${columns.map(() => "?").join(", ")})`,
    ...columns.map((c) => row[c]!),
  );
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
