// The networks Discourse Network Analyzer's users load into visone and Gephi, built with graphology and written
// as GraphML: the affiliation network (actors and concepts as nodes, an edge per actor × topic:stance with its
// count and first/last date) and the party × party agreement network over the three questions.
import { XMLBuilder } from "fast-xml-parser";
import Graph from "graphology";
import type { Env } from "../env";
import { topicBoardStub } from "../store/stubs";
import { TOPICS } from "../stance/types";
import { observationPages, type ExportQuery } from "./observations";

/** Actors × concepts (topic:stance), from every observation the query selects (read a page at a time). */
export async function affiliationNetwork(env: Env, q: ExportQuery): Promise<Graph> {
  const graph = new Graph({ type: "undirected", multi: false });
  for await (const page of observationPages(env, { ...q, limit: undefined, cursor: undefined })) {
    for (const o of page.rows) {
      const actor = `actor:${o.actor}`;
      const concept = `concept:${o.topic}:${o.stance}`;
      graph.mergeNode(actor, { label: o.actor, kind: "actor", party: o.party });
      graph.mergeNode(concept, { label: `${o.topic}:${o.stance}`, kind: "concept", party: "" });
      const edge = graph.edge(actor, concept);
      if (edge === undefined) graph.addEdge(actor, concept, { weight: 1, first: o.observedOn, last: o.observedOn });
      else
        graph.updateEdgeAttributes(edge, (a) => ({
          weight: (a.weight as number) + 1,
          first: o.observedOn < (a.first as string) ? o.observedOn : a.first,
          last: o.observedOn > (a.last as string) ? o.observedOn : a.last,
        }));
    }
  }
  return graph;
}

/** Parties as nodes; an edge where two parties' current stances agree on at least one question (weight: how many). */
export async function agreementNetwork(env: Env, q: { from?: string; to?: string }): Promise<Graph> {
  const graph = new Graph({ type: "undirected", multi: false });
  const current = new Map<string, Map<string, string>>();
  for (const topic of TOPICS) {
    for (const cell of await topicBoardStub(env).matrix(topic, q.from, q.to)) {
      graph.mergeNode(cell.party, { label: cell.party });
      (current.get(cell.party) ?? current.set(cell.party, new Map()).get(cell.party)!).set(topic, cell.current);
    }
  }
  const parties = [...current.keys()].sort();
  for (let i = 0; i < parties.length; i++) {
    for (let j = i + 1; j < parties.length; j++) {
      const a = current.get(parties[i]!)!;
      const b = current.get(parties[j]!)!;
      const shared = TOPICS.filter((t) => a.has(t) && a.get(t) === b.get(t));
      if (shared.length) graph.addEdge(parties[i]!, parties[j]!, { weight: shared.length, topics: shared.join(" ") });
    }
  }
  return graph;
}

type AttrType = "string" | "double";

/** GraphML (http://graphml.graphdrawing.org/) of a graph: a <key> per attribute, typed from its values. */
export function toGraphML(graph: Graph, id: string): string {
  const keys: Array<{ id: string; for: "node" | "edge"; name: string; type: AttrType }> = [];
  const collect = (target: "node" | "edge", attrs: Record<string, unknown>) => {
    for (const [name, value] of Object.entries(attrs)) {
      const existing = keys.find((k) => k.for === target && k.name === name);
      const type: AttrType = typeof value === "number" ? "double" : "string";
      if (!existing) keys.push({ id: `${target === "node" ? "n" : "e"}_${name}`, for: target, name, type });
      else if (existing.type !== type) existing.type = "string";
    }
  };
  graph.forEachNode((_n, a) => collect("node", a));
  graph.forEachEdge((_e, a) => collect("edge", a));
  const data = (target: "node" | "edge", attrs: Record<string, unknown>) =>
    Object.entries(attrs).map(([name, value]) => ({
      "@_key": keys.find((k) => k.for === target && k.name === name)!.id,
      "#text": String(value),
    }));
  const doc = {
    "?xml": { "@_version": "1.0", "@_encoding": "UTF-8" },
    graphml: {
      "@_xmlns": "http://graphml.graphdrawing.org/xmlns",
      key: keys.map((k) => ({ "@_id": k.id, "@_for": k.for, "@_attr.name": k.name, "@_attr.type": k.type })),
      graph: {
        "@_id": id,
        "@_edgedefault": graph.type === "directed" ? "directed" : "undirected",
        node: graph.mapNodes((n, a) => ({ "@_id": n, data: data("node", a) })),
        edge: graph.mapEdges((e, a, source, target) => ({ "@_id": e, "@_source": source, "@_target": target, data: data("edge", a) })),
      },
    },
  };
  const builder = new XMLBuilder({ ignoreAttributes: false, format: true, suppressEmptyNode: true, processEntities: true });
  return builder.build(doc) as string;
}
