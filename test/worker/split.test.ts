// The Directory's jobs split into objects with one purpose each. An index deployed before the split holds the run
// log, the feed sources and the board's claims; each new object copies its part once, on its first start.
import { env } from "cloudflare:workers";
import { runInDurableObject } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { importLegacyRuns } from "../../src/store/run-log";
import { importSources } from "../../src/store/feed-registry";
import { importLegacyBoard } from "../../src/store/topic-board";
import { article, call, postJson, TOKEN } from "./helpers";

type Json = Record<string, any>;

/** An article index named for this test, filled the way the Directory held its data before the split. */
async function legacyIndex(name: string, claims: number) {
  const stub = env.ARTICLE_INDEX.get(env.ARTICLE_INDEX.idFromName(name));
  await runInDurableObject(stub, (_instance, state) => {
    const sql = state.storage.sql;
    for (let i = 0; i < claims; i++) {
      sql.exec(
        `INSERT INTO articles (id, canonical_id, observed_on, date_source, ingested_at, extractor_version, claim_count, parties)
         VALUES (?, ?, '2013-12-01', 'given', ?, 'v', 1, '["russia"]')`,
        `a${i}`,
        `a${i % 3}`,
        `2026-01-01T00:00:${String(i % 60).padStart(2, "0")}Z`,
      );
      sql.exec(
        `INSERT INTO claims (article_id, party, actor, topic, stance, observed_on, confidence)
         VALUES (?, 'russia', 'lavrov', 'assad_role', ?, '2013-12-01', 0.9)`,
        `a${i}`,
        i % 2 ? "may_stay" : "neutral",
      );
    }
    sql.exec("INSERT INTO settings (key, value) VALUES ('data_version', '41'), ('sources_imported', '2026-01-01')");
    sql.exec(
      "INSERT INTO runs (id, trigger, started_at, planned, done, new_articles) VALUES ('r1', 'cron', '2026-01-01T00:00:00Z', 2, 2, 5)",
    );
    sql.exec(
      "INSERT INTO run_failures (run_id, subject, reason, final, at) VALUES ('r1', 'feed:x', 'HTTP 500', 0, '2026-01-01T00:00:01Z')",
    );
    sql.exec("INSERT INTO run_messages (run_id, key, outcome) VALUES ('r1', 'feed:x', 'ok')");
    sql.exec("INSERT INTO sources (id, url, kind, enabled, note, position) VALUES ('edited', 'https://e.example/rss', 'rss', 1, NULL, 1)");
    sql.exec("INSERT INTO feed_state (source_id, etag, last_modified, checked_at) VALUES ('edited', '\"e1\"', NULL, '2026-01-01')");
  });
  // A stub is used in the context it was made in: each object's callback below makes its own.
  return () => env.ARTICLE_INDEX.get(env.ARTICLE_INDEX.idFromName(name));
}

/** A fresh object's storage, its constructor's import undone (it read the deployment's own index). */
function reset(sql: SqlStorage, tables: string[]): void {
  for (const t of tables) sql.exec(`DELETE FROM ${t}`);
}

describe("the split of the Directory", () => {
  it("the topic board copies every claim of a legacy index once, in pages, and its version goes on from the index's", async () => {
    const index = await legacyIndex("legacy-board", 12_000);
    const board = env.TOPIC_BOARD.get(env.TOPIC_BOARD.idFromName("legacy-board"));
    await runInDurableObject(board, async (_instance, state) => {
      reset(state.storage.sql, ["observations", "settings"]);
      await importLegacyBoard(state.storage, index());
      await importLegacyBoard(state.storage, index()); // once: the second call finds it done
      const sql = state.storage.sql;
      expect(sql.exec("SELECT count(*) AS n FROM observations").one().n).toBe(12_000);
      expect(sql.exec("SELECT count(DISTINCT canonical_id) AS n FROM observations").one().n).toBe(3);
      expect(sql.exec("SELECT value FROM settings WHERE key = 'data_version'").one().value).toBe("42");
      const row = sql.exec("SELECT * FROM observations WHERE article_id = 'a7'").one();
      expect(row).toMatchObject({ canonical_id: "a1", party: "russia", stance: "may_stay", ingested_at: "2026-01-01T00:00:07Z" });
    });
  });

  it("the run log copies runs, their failures and message outcomes; the feed registry the edited sources, not KV's", async () => {
    const index = await legacyIndex("legacy-runs", 0);
    const runs = env.RUN_LOG.get(env.RUN_LOG.idFromName("legacy-runs"));
    await runInDurableObject(runs, async (_instance, state) => {
      reset(state.storage.sql, ["runs", "run_failures", "run_messages", "settings"]);
      await importLegacyRuns(state.storage, index());
      await importLegacyRuns(state.storage, index());
      const sql = state.storage.sql;
      expect(sql.exec("SELECT id, planned, done, new_articles FROM runs").toArray()).toEqual([
        { id: "r1", planned: 2, done: 2, new_articles: 5 },
      ]);
      expect(sql.exec("SELECT count(*) AS n FROM run_failures").one().n).toBe(1);
      expect(sql.exec("SELECT key FROM run_messages").toArray()).toEqual([{ key: "feed:x" }]);
    });
    const feeds = env.FEED_REGISTRY.get(env.FEED_REGISTRY.idFromName("legacy-runs"));
    await runInDurableObject(feeds, async (_instance, state) => {
      reset(state.storage.sql, ["sources", "feed_state", "settings"]);
      let askedKv = false;
      await importSources(state.storage, index(), async () => ((askedKv = true), []));
      const sql = state.storage.sql;
      expect(sql.exec("SELECT id, enabled FROM sources").toArray()).toEqual([{ id: "edited", enabled: 1 }]);
      expect(sql.exec("SELECT etag FROM feed_state WHERE source_id = 'edited'").one().etag).toBe('"e1"');
      expect(askedKv).toBe(false);
    });
  });

  it("a registry with no legacy sources takes KV's list, once", async () => {
    const index = () => env.ARTICLE_INDEX.get(env.ARTICLE_INDEX.idFromName("legacy-none"));
    const feeds = env.FEED_REGISTRY.get(env.FEED_REGISTRY.idFromName("legacy-none"));
    await runInDurableObject(feeds, async (_instance, state) => {
      reset(state.storage.sql, ["sources", "feed_state", "settings"]);
      const kv = async () => [{ id: "kv-feed", url: "https://k.example/atom", kind: "atom" as const, enabled: false }];
      await importSources(state.storage, index(), kv);
      await importSources(state.storage, index(), kv);
      expect(state.storage.sql.exec("SELECT id FROM sources").toArray()).toEqual([{ id: "kv-feed" }]);
    });
  });

  it("each job answers from its own object: runs, sources, the matrix and the article list", async () => {
    // The deployment's objects by their names: the API reads each resource from the object that holds it.
    const [runs, sources, matrix, articles] = await Promise.all([
      call("/v1/runs"),
      call("/v1/sources"),
      call("/v1/topics/assad_role"),
      call("/v1/articles"),
    ]);
    expect([runs.status, sources.status, matrix.status, articles.status]).toEqual([200, 200, 200, 200]);
    const board = env.TOPIC_BOARD.get(env.TOPIC_BOARD.idFromName("board"));
    expect(matrix.headers.get("etag")).toContain(String(await board.dataVersion()));
    expect(((await sources.json()) as Json).sources).toBeInstanceOf(Array);
  });
});

describe("the load each object carries", () => {
  it("counts every RPC call per object and method; one new article costs the index three calls, the desk two, the board one", async () => {
    const loads = async () => {
      const res = await call("/v1/ops/load", { headers: { authorization: `Bearer ${TOKEN}` } });
      expect(res.status).toBe(200);
      return new Map<string, Json>(((await res.json()) as Json).objects.map((o: Json) => [`${o.object}/${o.name}`, o]));
    };
    const before = await loads();
    const res = await postJson("/v1/articles", {
      text: article(
        "وقال وزير الخارجية الروسي سيرغي لافروف للصحافيين إن روسيا ترفض أي شروط مسبقة لعقد مؤتمر جنيف 2 في موعده المقرر.",
        "وتحدث الوزير في مؤتمر صحفي عقده في موسكو عن الاستعدادات الجارية للقاء المرتقب بين الأطراف المعنية بالأزمة.",
      ),
      published_at: "2013-12-03",
    });
    expect(res.status).toBe(201);
    const after = await loads();
    const delta = (key: string, method?: string) => {
      const [a, b] = [after.get(key), before.get(key)];
      return method ? (a?.by_method[method] ?? 0) - (b?.by_method[method] ?? 0) : (a?.calls ?? 0) - (b?.calls ?? 0);
    };
    expect(delta("ArticleIndex/directory", "article")).toBe(1);
    expect(delta("ArticleIndex/directory", "claimCanonical")).toBe(1);
    expect(delta("ArticleIndex/directory", "recordArticle")).toBe(1);
    expect(delta("ArticleIndex/directory")).toBe(3);
    expect(delta("TopicBoard/board", "recordArticle")).toBe(1);
    // The desk: its decisions and the claims it queues; no third call when there is no decision to note.
    expect(delta("ReviewDesk/desk")).toBe(2);
    expect(delta("PartyHistory/russia", "record")).toBe(1);
    expect(after.get("PartyHistory/russia")?.sharded_by).toBe("party");
    expect((await call("/v1/ops/load")).status).toBe(401);
  });
});
