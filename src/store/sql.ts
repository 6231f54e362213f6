// One place to run SQL in a Durable Object: bound parameters, errors that carry the query.

export class QueryError extends Error {
  override name = "QueryError";
  constructor(
    readonly query: string,
    cause: unknown,
  ) {
    super(`${(cause as Error)?.message ?? String(cause)} in: ${query.replace(/\s+/g, " ").slice(0, 200)}`);
  }
}

/** Run a statement and return its rows (consumed at once, before any await). */
export function rows<T extends Record<string, SqlStorageValue>>(sql: SqlStorage, query: string, ...params: SqlStorageValue[]): T[] {
  try {
    return sql.exec<T>(query, ...params).toArray();
  } catch (e) {
    throw new QueryError(query, e);
  }
}

/** Run a statement for its effect. */
export function run(sql: SqlStorage, query: string, ...params: SqlStorageValue[]): number {
  try {
    return sql.exec(query, ...params).rowsWritten;
  } catch (e) {
    throw new QueryError(query, e);
  }
}

/**
 * Apply versioned schema steps once. The version lives in a table (PRAGMA user_version is not available).
 * Every step is idempotent DDL (an added column that exists is skipped), so a half-applied step is safe to run again.
 */
export function migrate(sql: SqlStorage, steps: readonly string[][]): void {
  run(sql, "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)");
  const current = rows<{ version: number }>(sql, "SELECT version FROM schema_version")[0]?.version ?? 0;
  for (let v = current; v < steps.length; v++) for (const statement of steps[v]!) if (!columnExists(sql, statement)) run(sql, statement);
  if (current === 0) run(sql, "INSERT INTO schema_version (version) VALUES (?)", steps.length);
  else if (current < steps.length) run(sql, "UPDATE schema_version SET version = ?", steps.length);
}

/** «ALTER TABLE t ADD COLUMN c …» whose column is already there (SQLite has no IF NOT EXISTS for columns). */
function columnExists(sql: SqlStorage, statement: string): boolean {
  const m = /^\s*ALTER\s+TABLE\s+(\w+)\s+ADD\s+COLUMN\s+(\w+)/i.exec(statement);
  if (!m) return false;
  return rows<{ name: string }>(sql, "SELECT name FROM pragma_table_info(?)", m[1]!).some((r) => r.name === m[2]);
}

/** Opaque keyset cursors: base64url of a JSON tuple. */
export function encodeCursor(values: readonly (string | number)[]): string {
  return btoa(unescape(encodeURIComponent(JSON.stringify(values))))
    .replace(/\+/g, "-")
    .replace(/\//g, "_")
    .replace(/=+$/, "");
}

export function decodeCursor(cursor: string): (string | number)[] | null {
  try {
    const json = decodeURIComponent(escape(atob(cursor.replace(/-/g, "+").replace(/_/g, "/"))));
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) && value.every((v) => typeof v === "string" || typeof v === "number") ? value : null;
  } catch {
    return null;
  }
}
