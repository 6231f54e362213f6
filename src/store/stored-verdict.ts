// The verdict of one stream (a party's topic, or one speaker's) read from SQLite without reading the stream:
// story counts kept by triggers, and the few rows a verdict depends on found through indexes. The result equals
// verdictOf() over the whole stream in chronological order (test/worker/party-summary.test.ts checks it).
import { CONTEST_WINDOW, dayVerdict, type Verdict } from "./verdict";
import { rows } from "./sql";

/** The stream of a whole party on a topic, in stance_counts (speaker ids are lower-case ascii, never empty). */
const WHOLE_PARTY = "";

/** Per party history, schema step 2: story counts per stream and stance, and the indexes verdicts read through. */
export const STORED_VERDICT_SCHEMA: string[] = [
  // Rows of one story's label in a topic: a handful (copies × speakers), so "is this the first?" is cheap.
  "CREATE INDEX IF NOT EXISTS observations_story ON observations (topic, canonical_id, stance, actor)",
  // The latest row of a label, for the last change of label.
  "CREATE INDEX IF NOT EXISTS observations_topic_stance ON observations (topic, stance, observed_on, id)",
  "CREATE INDEX IF NOT EXISTS observations_actor_stance ON observations (topic, actor, stance, observed_on, id)",
  `CREATE TABLE IF NOT EXISTS stance_counts (
    topic TEXT NOT NULL, actor TEXT NOT NULL, stance TEXT NOT NULL, stories INTEGER NOT NULL,
    PRIMARY KEY (topic, actor, stance)
  ) WITHOUT ROWID`,
  // A story counts once per label and stream (copies of it do not add), as verdictOf counts.
  `CREATE TRIGGER IF NOT EXISTS observations_counted AFTER INSERT ON observations BEGIN
    ${countStory("NEW")}
  END`,
  `CREATE TRIGGER IF NOT EXISTS observations_uncounted AFTER DELETE ON observations BEGIN
    ${countStory("OLD")}
  END`,
  `CREATE TRIGGER IF NOT EXISTS observations_recounted AFTER UPDATE OF topic, actor, stance, canonical_id ON observations
    WHEN OLD.topic <> NEW.topic OR OLD.actor <> NEW.actor OR OLD.stance <> NEW.stance OR OLD.canonical_id <> NEW.canonical_id
  BEGIN
    ${countStory("OLD")}
    ${countStory("NEW")}
  END`,
  // Counts of the rows stored before this step (the step may run again: it starts from nothing).
  "DELETE FROM stance_counts",
  `INSERT INTO stance_counts (topic, actor, stance, stories)
    SELECT topic, actor, stance, COUNT(DISTINCT canonical_id) FROM observations GROUP BY topic, actor, stance`,
  `INSERT INTO stance_counts (topic, actor, stance, stories)
    SELECT topic, '${WHOLE_PARTY}', stance, COUNT(DISTINCT canonical_id) FROM observations GROUP BY topic, stance`,
];

/**
 * No other row (`p`) tells the story of row `row` with its label in its stream (the speaker's when `ofSpeaker`),
 * besides those `except` excludes. Through the story index by name: without statistics SQLite would pick the
 * date range of a label instead.
 */
function noOtherRowOfStory(row: string, ofSpeaker: boolean, except: string): string {
  return `NOT EXISTS (SELECT 1 FROM observations p INDEXED BY observations_story WHERE p.topic = ${row}.topic
    AND p.canonical_id = ${row}.canonical_id AND p.stance = ${row}.stance ${ofSpeaker ? `AND p.actor = ${row}.actor` : ""} ${except})`;
}

/**
 * Trigger statements adding the inserted row (NEW) to, or removing the deleted row (OLD) from, the speaker's and
 * the party's story count, when it is the only row of its story and label in that stream.
 */
function countStory(row: "NEW" | "OLD"): string {
  return [true, false]
    .map((ofSpeaker) => {
      const actor = ofSpeaker ? `${row}.actor` : `'${WHOLE_PARTY}'`;
      const alone = noOtherRowOfStory(row, ofSpeaker, row === "NEW" ? "AND p.id <> NEW.id" : "");
      return row === "NEW"
        ? `INSERT INTO stance_counts (topic, actor, stance, stories) SELECT NEW.topic, ${actor}, NEW.stance, 1 WHERE ${alone}
             ON CONFLICT (topic, actor, stance) DO UPDATE SET stories = stories + 1;`
        : `UPDATE stance_counts SET stories = stories - 1 WHERE topic = OLD.topic AND actor = ${actor} AND stance = OLD.stance AND ${alone};`;
    })
    .join("\n");
}

/** The streams with observations: topics, and per topic the speakers. */
export function storedStreams(sql: SqlStorage): Map<string, string[]> {
  const streams = new Map<string, string[]>();
  const found = rows<{ topic: string; actor: string }>(
    sql,
    "SELECT DISTINCT topic, actor FROM stance_counts WHERE stories > 0 ORDER BY topic, actor",
  );
  for (const { topic, actor } of found) {
    if (!streams.has(topic)) streams.set(topic, []);
    if (actor !== WHOLE_PARTY) streams.get(topic)!.push(actor);
  }
  return streams;
}

type Row = { id: number; observed_on: string; stance: string; confidence: number };

/**
 * verdictOf() of a topic's observations (of one speaker when `actor` is given) in chronological order, read
 * through indexes: the cost depends on how many stories repeat near the end, not on the stream's length.
 */
export function storedVerdict(sql: SqlStorage, topic: string, actor: string | null): Verdict | null {
  const stream = actor === null ? "topic = ?" : "topic = ? AND actor = ?";
  const params = actor === null ? [topic] : [topic, actor];
  // A row is a point of the verdict when no earlier row of the stream tells the same story with the same label.
  const first = noOtherRowOfStory("o", actor !== null, "AND (p.observed_on, p.id) < (o.observed_on, o.id)");
  const counted = rows<{ stance: string; stories: number }>(
    sql,
    "SELECT stance, stories FROM stance_counts WHERE topic = ? AND actor = ? AND stories > 0 ORDER BY stance",
    topic,
    actor ?? WHOLE_PARTY,
  );
  if (counted.length === 0) return null;
  const counts: Record<string, number> = {};
  for (const c of counted) counts[c.stance] = c.stories;
  const recent = rows<Row>(
    sql,
    `SELECT id, observed_on, stance, confidence FROM observations o WHERE ${stream} AND ${first}
      ORDER BY observed_on DESC, id DESC LIMIT ?`,
    ...params,
    CONTEST_WINDOW,
  );
  const latest = recent[0]!;
  // The latest day's verdict: the most frequent label that day, ties broken by total confidence (summed in
  // chronological order, as verdictOf sums it).
  const lastDay = rows<Row>(
    sql,
    `SELECT id, observed_on, stance, confidence FROM observations o WHERE ${stream} AND observed_on = ? AND ${first} ORDER BY id`,
    ...params,
    latest.observed_on,
  );
  const current = dayVerdict(lastDay);
  // The last change of label: the first point after the latest point whose label differs from the last one's.
  let before: Row | undefined;
  for (const { stance } of counted) {
    if (stance === latest.stance) continue;
    const [row] = rows<Row>(
      sql,
      `SELECT id, observed_on, stance, confidence FROM observations o WHERE ${stream} AND stance = ? AND ${first}
        ORDER BY observed_on DESC, id DESC LIMIT 1`,
      ...params,
      stance,
    );
    if (row && (!before || row.observed_on > before.observed_on || (row.observed_on === before.observed_on && row.id > before.id)))
      before = row;
  }
  const [changed] = before
    ? rows<{ observed_on: string }>(
        sql,
        `SELECT observed_on FROM observations o WHERE ${stream} AND (observed_on, id) > (?, ?) AND ${first} ORDER BY observed_on, id LIMIT 1`,
        ...params,
        before.observed_on,
        before.id,
      )
    : rows<{ observed_on: string }>(
        sql,
        `SELECT observed_on FROM observations o WHERE ${stream} ORDER BY observed_on, id LIMIT 1`,
        ...params,
      );
  return {
    current,
    counts,
    contested: new Set(recent.map((r) => r.stance)).size > 1,
    lastChange: changed!.observed_on,
    lastObserved: latest.observed_on,
    observations: counted.reduce((n, c) => n + c.stories, 0),
  };
}
