// FeedRegistry: the feed sources and each feed's conditional-request state (ETag, Last-Modified), one object for
// the deployment. Sources are edited in transactions here (they were one KV value edited by read-modify-write,
// where two edits at once lost one); the list KV holds (or the bundled kv-fixtures/feeds.json) is imported once.
import { DurableObject } from "cloudflare:workers";
import type { Env } from "../env";
import type { ArticleIndex } from "./article-index";
import { kvSources, type Source } from "../ingest/feeds";
import { insertRow } from "./run-log";
import { articleIndexStub } from "./stubs";
import { migrate, rows, run } from "./sql";

export const FEED_REGISTRY_SCHEMA: string[][] = [
  [
    `CREATE TABLE IF NOT EXISTS sources (
      id TEXT PRIMARY KEY, url TEXT NOT NULL, kind TEXT NOT NULL, enabled INTEGER NOT NULL, note TEXT, position INTEGER NOT NULL
    )`,
    "CREATE TABLE IF NOT EXISTS feed_state (source_id TEXT PRIMARY KEY, etag TEXT, last_modified TEXT, checked_at TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
  ],
];

export class FeedRegistry extends DurableObject<Env> {
  readonly #sql: SqlStorage;

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    this.#sql = ctx.storage.sql;
    ctx.blockConcurrencyWhile(async () => migrate(this.#sql, FEED_REGISTRY_SCHEMA));
  }

  async feedState(sourceId: string): Promise<{ etag: string | null; lastModified: string | null } | null> {
    await this.#importSources();
    const r = rows<{ etag: string | null; last_modified: string | null }>(
      this.#sql,
      "SELECT etag, last_modified FROM feed_state WHERE source_id = ?",
      sourceId,
    )[0];
    return r ? { etag: r.etag, lastModified: r.last_modified } : null;
  }

  async saveFeedState(sourceId: string, etag: string | null, lastModified: string | null): Promise<void> {
    await this.#importSources();
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

  /** The first time: the sources as they were before the split, or else as KV has them (see importSources). */
  async #importSources(): Promise<void> {
    if (this.#sourcesImported) return;
    await importSources(this.ctx.storage, articleIndexStub(this.env), () => kvSources(this.env.CONFIG));
    this.#sourcesImported = true;
  }

  #sourcesImported = false;
}

/**
 * Once: the sources the article index kept before the split (with each feed's request state) become the table's
 * content — or, where it never had any, the list KV holds (or the bundled default).
 */
export async function importSources(
  storage: DurableObjectStorage,
  index: Pick<ArticleIndex, "legacyRows">,
  fromKv: () => Promise<Source[]>,
): Promise<void> {
  const sql = storage.sql;
  const imported = () => rows(sql, "SELECT 1 FROM settings WHERE key = 'sources_imported'").length > 0;
  if (imported()) return;
  const [legacySources, legacyState, legacySettings] = await Promise.all([
    index.legacyRows("sources"),
    index.legacyRows("feed_state"),
    index.legacyRows("settings"),
  ]);
  // Sources imported there and then all removed stay removed.
  const hadSources = legacySettings.some((r) => r.key === "sources_imported");
  const initial = hadSources ? [] : await fromKv();
  storage.transactionSync(() => {
    if (imported()) return;
    for (const r of legacySources) insertRow(sql, "sources", r, "OR IGNORE");
    for (const r of legacyState) insertRow(sql, "feed_state", r, "OR IGNORE");
    initial.forEach((s, i) =>
      run(
        sql,
        "INSERT OR IGNORE INTO sources (id, url, kind, enabled, note, position) VALUES (?, ?, ?, ?, ?, ?)",
        s.id,
        s.url,
        s.kind,
        s.enabled ? 1 : 0,
        s.note ?? null,
        i + 1,
      ),
    );
    run(sql, "INSERT INTO settings (key, value) VALUES ('sources_imported', ?)", new Date().toISOString());
  });
}
