// A party's summary is read from stored story counts and a few indexed rows (src/store/stored-verdict.ts).
// It must equal verdictOf() over the whole history in chronological order, after any sequence of writes:
// articles recorded out of date order, re-recorded with fewer or other claims, reprinted (a copy's canonical id),
// and re-dated. Each case runs in a fresh PartyHistory, through its RPC methods, into SQLite.
import { env } from "cloudflare:workers";
import { runInDurableObject } from "cloudflare:test";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ArticleMeta, ObservationInput } from "../../src/store/model";
import { PARTY_HISTORY_SCHEMA } from "../../src/store/party-history";
import { migrate } from "../../src/store/sql";
import { storedVerdict } from "../../src/store/stored-verdict";
import { verdictOf, type Verdict } from "../../src/store/verdict";

const CLAIMS: Array<Pick<ObservationInput, "actor" | "topic" | "stance">> = [
  { actor: "lavrov", topic: "assad_role", stance: "may_stay" },
  { actor: "lavrov", topic: "assad_role", stance: "must_go" },
  { actor: "putin", topic: "assad_role", stance: "may_stay" },
  { actor: "putin", topic: "assad_role", stance: "neutral" },
  { actor: "lavrov", topic: "geneva2_preconditions", stance: "unconditional" },
  { actor: "gatilov", topic: "geneva2_preconditions", stance: "conditional" },
  { actor: "gatilov", topic: "geneva2_preconditions", stance: "unconditional" },
];

const write = fc.record({
  article: fc.nat({ max: 9 }),
  // Fewer stories than articles, so copies of one story (same canonical id) are common.
  canonical: fc.nat({ max: 6 }),
  // Few dates, so days with several points and ties are common; written in any order.
  day: fc.nat({ max: 5 }),
  claims: fc.uniqueArray(fc.nat({ max: CLAIMS.length - 1 }), { maxLength: 4 }),
  confidence: fc.constantFrom(0.5, 0.6, 0.75, 0.9),
  version: fc.constantFrom("x1", "x2"),
});
type Write = typeof write extends fc.Arbitrary<infer T> ? T : never;

function recordOf(w: Write): [ArticleMeta, ObservationInput[]] {
  const meta: ArticleMeta = {
    id: `a${w.article}`,
    canonicalId: `a${w.canonical}`,
    title: null,
    outlet: null,
    url: null,
    source: null,
    publishedAt: null,
    observedOn: `2014-01-0${w.day + 1}`,
    dateSource: "given",
    ingestedAt: "2014-02-01T00:00:00Z",
    extractorVersion: w.version,
  };
  const claims = w.claims.map((k, i) => ({
    ...CLAIMS[k]!,
    claimKey: `${CLAIMS[k]!.actor}|${CLAIMS[k]!.topic}|${CLAIMS[k]!.stance}`,
    evidence: "…",
    start: i,
    end: i + 1,
    // Equal confidences tie often; a second claim of an article weighs a little less.
    confidence: w.confidence - i * 0.05,
    reportedBy: null,
    conditions: [],
    rules: [],
  }));
  return [meta, claims];
}

type Point = { topic: string; actor: string; stance: string; observed_on: string; canonical_id: string; confidence: number };

/** The verdicts verdictOf gives over every stored row in chronological order: per topic, and per speaker. */
function expectedVerdicts(sql: SqlStorage): Map<string, { verdict: Verdict; byActor: Record<string, Verdict> }> {
  const all = sql
    .exec<Point>("SELECT topic, actor, stance, observed_on, canonical_id, confidence FROM observations ORDER BY topic, observed_on, id")
    .toArray();
  const point = (r: Point) => ({ date: r.observed_on, stance: r.stance, canonical: r.canonical_id, confidence: r.confidence });
  const out = new Map<string, { verdict: Verdict; byActor: Record<string, Verdict> }>();
  for (const topic of new Set(all.map((r) => r.topic))) {
    const ofTopic = all.filter((r) => r.topic === topic);
    const byActor: Record<string, Verdict> = {};
    for (const actor of new Set(ofTopic.map((r) => r.actor)))
      byActor[actor] = verdictOf(ofTopic.filter((r) => r.actor === actor).map(point))!;
    out.set(topic, { verdict: verdictOf(ofTopic.map(point))!, byActor });
  }
  return out;
}

let next = 0;

describe("party summary from stored counts", () => {
  it("equals verdictOf over the whole history after any sequence of writes", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(write, { minLength: 1, maxLength: 20 }), async (writes) => {
        const stub = env.PARTY_HISTORY.get(env.PARTY_HISTORY.idFromName(`summary-property-${next++}`));
        for (const w of writes) await stub.record(...recordOf(w));
        const summary = await stub.summary("russia");
        await runInDurableObject(stub, (_o, state) => {
          const expected = expectedVerdicts(state.storage.sql);
          expect(summary.map((t) => t.topic)).toEqual([...expected.keys()].sort());
          for (const t of summary) {
            expect(t.verdict).toEqual(expected.get(t.topic)!.verdict);
            expect(t.byActor).toEqual(expected.get(t.topic)!.byActor);
          }
        });
      }),
      { numRuns: 80 },
    );
  });

  it("counts the rows stored before the counts existed (the schema step fills them)", async () => {
    const stub = env.PARTY_HISTORY.get(env.PARTY_HISTORY.idFromName("summary-migration"));
    const writes = fc.sample(fc.array(write, { minLength: 10, maxLength: 10 }), { seed: 7, numRuns: 1 })[0]!;
    for (const w of writes) await stub.record(...recordOf(w));
    await runInDurableObject(stub, (_o, state) => {
      const sql = state.storage.sql;
      const expected = expectedVerdicts(sql);
      // Back to the first schema: no counts, no triggers. Rows written then have no counts at all.
      for (const trigger of ["observations_counted", "observations_uncounted", "observations_recounted"])
        sql.exec(`DROP TRIGGER ${trigger}`);
      sql.exec("DROP TABLE stance_counts");
      sql.exec("UPDATE schema_version SET version = 1");
      migrate(sql, PARTY_HISTORY_SCHEMA);
      expect(expected.size).toBeGreaterThan(0);
      for (const [topic, { verdict, byActor }] of expected) {
        expect(storedVerdict(sql, topic, null)).toEqual(verdict);
        for (const [actor, v] of Object.entries(byActor)) expect(storedVerdict(sql, topic, actor)).toEqual(v);
      }
      // And the triggers are back: a write after the step is counted.
      sql.exec("DELETE FROM observations");
      expect(sql.exec("SELECT COALESCE(SUM(stories), 0) AS n FROM stance_counts").one().n).toBe(0);
    });
  });
});
