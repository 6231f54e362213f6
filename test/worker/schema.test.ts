// Schema upgrades: an article index (the Directory, as it was) created by the first schema version keeps its data through every later step.
import { env } from "cloudflare:workers";
import { runInDurableObject } from "cloudflare:test";
import { expect, it } from "vitest";
import { ARTICLE_INDEX_SCHEMA } from "../../src/store/article-index";
import { migrate } from "../../src/store/sql";

it("upgrades a v1 article index in place, keeping articles and their fingerprints", async () => {
  const stub = env.ARTICLE_INDEX.get(env.ARTICLE_INDEX.idFromName("schema-upgrade"));
  await runInDurableObject(stub, (_instance, state) => {
    const sql = state.storage.sql;
    // Back to the first version: only the v1 tables, with one article fingerprinted the v1 way.
    for (const { name } of sql
      .exec<{ name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_cf_%'")
      .toArray()) {
      sql.exec(`DROP TABLE IF EXISTS ${name}`);
    }
    migrate(sql, ARTICLE_INDEX_SCHEMA.slice(0, 1));
    sql.exec(
      `INSERT INTO articles (id, canonical_id, observed_on, date_source, ingested_at, extractor_version, claim_count, minhash)
       VALUES ('a1', 'a1', '2013-11-20', 'given', '2013-11-20T00:00:00Z', 'v1', 0, '[1,2,3]')`,
    );
    expect(sql.exec<{ version: number }>("SELECT version FROM schema_version").one().version).toBe(1);
    // The constructor's step: every later version applied once.
    migrate(sql, ARTICLE_INDEX_SCHEMA);
    migrate(sql, ARTICLE_INDEX_SCHEMA);
    expect(sql.exec<{ version: number }>("SELECT version FROM schema_version").one().version).toBe(ARTICLE_INDEX_SCHEMA.length);
    expect(sql.exec("SELECT id, canonical_id, minhash FROM fingerprints").toArray()).toEqual([
      { id: "a1", canonical_id: "a1", minhash: "[1,2,3]" },
    ]);
    expect(sql.exec("SELECT count(*) AS n FROM articles").one().n).toBe(1);
    expect(sql.exec("SELECT count(*) AS n FROM runs").one().n).toBe(0);
  });
});
