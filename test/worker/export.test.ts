// Exports through the Worker: CSV read back by a CSV parser with the Arabic intact, JSON lines, filters, cursor
// pages that join up to the whole, and GraphML read back by graphology's GraphML parser.
import { parse } from "csv-parse/sync";
import Graph from "graphology";
import { parse as parseGraphML } from "graphology-graphml";
import { beforeAll, describe, expect, it } from "vitest";
import { call, ingestSeeds } from "./helpers";

type Json = Record<string, any>;

beforeAll(ingestSeeds, 60_000);

/** Every observation the party histories hold, through the public API. */
async function allObservations(): Promise<Json[]> {
  const { parties } = await (await call("/v1/parties")).json<Json>();
  const out: Json[] = [];
  for (const p of parties) {
    let cursor: string | null = null;
    do {
      const page: Json = await (await call(`/v1/parties/${p.party}/history?limit=200${cursor ? `&cursor=${cursor}` : ""}`)).json<Json>();
      out.push(...page.observations);
      cursor = page.next_cursor;
    } while (cursor);
  }
  return out;
}

describe("observation exports", () => {
  it("CSV: BOM, CRLF, a header, one row per observation with the Arabic evidence intact", async () => {
    const res = await call("/v1/export/observations.csv");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/csv");
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    expect(text).toContain("\r\n");
    const rows = parse(text, { bom: true, columns: true }) as Json[];
    const all = await allObservations();
    expect(rows.length).toBe(all.length);
    const key = (o: Json) => `${o.article_id}|${o.party}|${o.actor}|${o.topic}|${o.stance}`;
    expect(new Set(rows.map(key))).toEqual(new Set(all.map(key)));
    for (const o of all) {
      const row = rows.find((r) => key(r) === key(o))!;
      expect(row.evidence).toBe(o.evidence);
      expect(Number(row.start)).toBe(o.start);
      expect(row.syndication_group).toBe(o.canonical_id);
    }
    expect(rows.some((r) => /[\u0600-\u06FF]/.test(r.evidence))).toBe(true);
  });

  it("JSON lines carry the same rows; filters narrow them", async () => {
    const lines = (await (await call("/v1/export/observations.jsonl")).text())
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines.length).toBe((await allObservations()).length);
    const russia = (await (await call("/v1/export/observations.jsonl?party=russia&topic=geneva2_preconditions")).text())
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(russia.length).toBeGreaterThan(0);
    expect(russia.every((r) => r.party === "russia" && r.topic === "geneva2_preconditions")).toBe(true);
    const dated = (await (await call("/v1/export/observations.jsonl?from=2013-11-20&to=2013-11-21")).text())
      .trim()
      .split("\n")
      .filter(Boolean)
      .map((l) => JSON.parse(l));
    expect(dated.every((r) => r.observed_on >= "2013-11-20" && r.observed_on <= "2013-11-21")).toBe(true);
  });

  it("pages by cursor join up to the whole export, none twice", async () => {
    const whole = (await (await call("/v1/export/observations.jsonl")).text()).trim().split("\n");
    const pages: string[] = [];
    let cursor: string | null = null;
    let n = 0;
    do {
      const res: Response = await call(`/v1/export/observations.jsonl?limit=7${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`);
      expect(res.status).toBe(200);
      pages.push(...(await res.text()).split("\n").filter(Boolean));
      cursor = res.headers.get("x-next-cursor");
      if (cursor) expect(res.headers.get("link")).toContain('rel="next"');
    } while (cursor && ++n < 1000);
    expect(pages).toEqual(whole);
  });

  it("refuses a bad filter or cursor with a problem", async () => {
    for (const q of ["topic=elections", "from=2013-13-01", "limit=0", "cursor=notacursor", "party=Russia"]) {
      const res = await call(`/v1/export/observations.csv?${q}`);
      expect([q, res.status]).toEqual([q, 400]);
      expect(res.headers.get("content-type")).toContain("problem+json");
    }
  });
});

describe("network export", () => {
  it("the affiliation network reads back with graphology: actors, concepts, an edge per actor × topic:stance", async () => {
    const res = await call("/v1/export/network.graphml");
    expect(res.status).toBe(200);
    const graph = parseGraphML(Graph, await res.text());
    const all = await allObservations();
    const pairs = new Set(all.map((o) => `actor:${o.actor}|concept:${o.topic}:${o.stance}`));
    expect(graph.size).toBe(pairs.size);
    let weight = 0;
    graph.forEachEdge((_e, a) => (weight += Number(a.weight)));
    expect(weight).toBe(all.length);
    expect(graph.getNodeAttribute("actor:lavrov", "party")).toBe("russia");
    const edge = graph.edge("actor:lavrov", "concept:geneva2_preconditions:unconditional")!;
    expect(graph.getEdgeAttribute(edge, "first") <= graph.getEdgeAttribute(edge, "last")).toBe(true);
  });

  it("the agreement network links parties whose current stances agree", async () => {
    const graph = parseGraphML(Graph, await (await call("/v1/export/network.graphml?graph=agreement")).text());
    const m = await (await call("/v1/topics/geneva2_preconditions")).json<Json>();
    const current = new Map(m.parties.map((p: Json) => [p.party, p.current]));
    graph.forEachEdge((_e, a, s, t) => {
      expect(Number(a.weight)).toBeGreaterThan(0);
      if (String(a.topics).includes("geneva2_preconditions")) expect(current.get(s)).toBe(current.get(t));
    });
    expect(graph.order).toBeGreaterThan(3);
  });
});
