// Exports for the tools analysts use (R, Python, Excel, Gephi, visone): every observation as CSV or JSON lines,
// streamed a page at a time from the party histories (100,000 rows never sit in memory), with the history's
// filters and, when asked, a cursor.
import { stringify } from "csv-stringify/sync";
import type { Env } from "../env";
import { partyStub } from "../review/apply";
import { topicBoardStub } from "../store/stubs";
import type { Observation } from "../store/model";
import { decodeCursor, encodeCursor } from "../store/sql";

export interface ExportQuery {
  party?: string;
  actor?: string;
  topic?: string;
  from?: string;
  to?: string;
  /** Rows in this answer; absent: every row. */
  limit?: number;
  /** Where the previous answer stopped: encodeCursor([party, observed_on, id]). */
  cursor?: string;
}

/** Rows read from a party history per call. */
const PAGE = 500;

/** The columns of the CSV export, in order (the JSON lines carry the same fields). */
export const EXPORT_COLUMNS = [
  "party",
  "actor",
  "topic",
  "stance",
  "conditions",
  "evidence",
  "start",
  "end",
  "confidence",
  "reported_by",
  "article_id",
  "title",
  "outlet",
  "observed_on",
  "date_source",
  "stated_on",
  "recorded_at",
  "syndication_group",
  "review",
] as const;

export type ExportRow = Record<(typeof EXPORT_COLUMNS)[number], string | number | null>;

export function exportRow(o: Observation): ExportRow {
  return {
    party: o.party,
    actor: o.actor,
    topic: o.topic,
    stance: o.stance,
    conditions: o.conditions.join(";"),
    evidence: o.evidence,
    start: o.start,
    end: o.end,
    confidence: o.confidence,
    reported_by: o.reportedBy,
    article_id: o.articleId,
    title: o.title,
    outlet: o.outlet,
    observed_on: o.observedOn,
    date_source: o.dateSource,
    stated_on: o.statedOn,
    recorded_at: o.recordedAt,
    syndication_group: o.canonicalId,
    review: o.review?.verdict ?? null,
  };
}

/** A malformed cursor: the caller answers 400. */
export class ExportCursorError extends Error {}

/** Where an export cursor points: a party, and the history cursor of the row it stopped after. */
function exportCursor(cursor: string | undefined): { party: string; position: string | null } | null {
  if (!cursor) return null;
  const c = decodeCursor(cursor);
  if (!c || c.length !== 3 || typeof c[0] !== "string") throw new ExportCursorError("The cursor is not one this export gave.");
  return { party: c[0], position: encodeCursor([c[1]!, c[2]!]) };
}

/**
 * The observations matching the query, page by page: parties in name order, each party's history in publication
 * order. Stops after `limit` rows, giving the cursor of the next one.
 */
export async function* observationPages(env: Env, q: ExportQuery): AsyncGenerator<{ rows: Observation[]; next: string | null }> {
  let start = exportCursor(q.cursor);
  const parties = q.party ? [q.party] : (await topicBoardStub(env).parties()).map((p) => p.party).sort();
  let left = q.limit ?? Number.POSITIVE_INFINITY;
  for (const party of parties) {
    if (start && party < start.party) continue;
    let cursor: string | undefined = start && party === start.party ? (start.position ?? undefined) : undefined;
    start = null;
    for (;;) {
      const page = await partyStub(env, party).history(party, {
        topic: q.topic,
        actor: q.actor,
        from: q.from,
        to: q.to,
        limit: Math.min(PAGE, left),
        cursor,
      });
      left -= page.observations.length;
      const last = page.observations[page.observations.length - 1];
      if (left <= 0) {
        // Cut here: the next answer starts after the last row given, in this party or the next.
        const more = page.nextCursor !== null || parties.indexOf(party) < parties.length - 1;
        yield { rows: page.observations, next: more && last ? encodeCursor([party, last.observedOn, last.id]) : null };
        return;
      }
      yield { rows: page.observations, next: null };
      if (!page.nextCursor) break;
      cursor = page.nextCursor;
    }
  }
}

/**
 * The export as a stream of text: CSV (RFC 4180: CRLF, quoted where needed, UTF-8 with a BOM so Excel shows
 * Arabic) or JSON lines. `onNext` receives the cursor of the next answer before the stream ends (for a header
 * it must be known first, so a paginated answer is read ahead; a full export is not).
 */
export async function exportStream(
  env: Env,
  q: ExportQuery,
  format: "csv" | "jsonl",
): Promise<{ body: ReadableStream<Uint8Array>; next: string | null }> {
  const encoder = new TextEncoder();
  const encode = (rows: Observation[]) =>
    format === "csv"
      ? stringify(rows.map(exportRow), { columns: [...EXPORT_COLUMNS], record_delimiter: "windows" })
      : rows.map((o) => `${JSON.stringify(exportRow(o))}\n`).join("");
  const head = format === "csv" ? `\uFEFF${stringify([[...EXPORT_COLUMNS]], { record_delimiter: "windows" })}` : "";
  exportCursor(q.cursor); // a bad cursor is refused before anything is sent
  const pages = observationPages(env, q);
  // A paginated answer is small (limit rows): read it whole so its next cursor can go in the headers.
  if (q.limit !== undefined) {
    let text = head;
    let next: string | null = null;
    for await (const page of pages) {
      text += encode(page.rows);
      next = page.next;
    }
    return { body: new Response(text).body!, next };
  }
  let first = true;
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (first) {
        first = false;
        if (head) controller.enqueue(encoder.encode(head));
      }
      const page = await pages.next();
      if (page.done) controller.close();
      else if (page.value.rows.length) controller.enqueue(encoder.encode(encode(page.value.rows)));
    },
    async cancel() {
      await pages.return(undefined);
    },
  });
  return { body, next: null };
}
