// Annotated corpora for `npm run eval` and `npm run calibrate`: documents, gold tuples, the extractor's raw
// claims with its trace, tuple scores per topic and label, and which stage failed for each miss.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Lexicon } from "../../src/stance/lexicon";
import { extractArticle, type ExtractTrace } from "../../src/stance/index";
import { findMentions } from "../../src/stance/passes/01-actors";
import { STANCES, TOPICS, type Claim } from "../../src/stance/types";
import { classifyLines } from "../../src/text/boilerplate";
import { normaliseCopy, normaliseTerm } from "../../src/text/normalise";
import { splitSentences } from "../../src/text/sentences";
import { splitDocuments } from "../../src/text/split";

export interface GoldTuple {
  doc: string;
  party: string;
  topic: string;
  stance: string;
  note?: string;
}

export interface Corpus {
  name: string;
  docsDir: string;
  /** Document id → its original text (bundles split per CONTRACT.md). */
  docs: Map<string, string>;
  gold: GoldTuple[];
}

export interface ExtractedDoc {
  id: string;
  claims: Claim[];
  trace: ExtractTrace;
  /** Parties any lexicon name of which occurs in the document. */
  partiesNamed: Set<string>;
}

export const tupleKey = (t: { doc: string; party: string; topic: string; stance: string }) =>
  `${t.doc}\t${t.party}\t${t.topic}\t${t.stance}`;

export function loadCorpus(name: string, goldPath: string, docsDir: string): Corpus {
  const docs = new Map<string, string>();
  for (const file of readdirSync(docsDir)
    .filter((f) => f.endsWith(".txt"))
    .sort()) {
    for (const a of splitDocuments(file, readFileSync(join(docsDir, file), "utf8").replace(/^\uFEFF/, ""))) docs.set(a.id, a.text);
  }
  const gold = readFileSync(goldPath, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as GoldTuple);
  const missing = [...new Set(gold.map((g) => g.doc).filter((d) => !docs.has(d)))];
  if (missing.length)
    throw new Error(`${goldPath} names documents that ${docsDir} does not hold (as .txt files): ${missing.slice(0, 5).join(", ")}`);
  return { name, docsDir, docs, gold };
}

/** The extractor's claims for every document, uncalibrated (hand-set confidence, nothing dropped), with traces. */
export function extractCorpus(corpus: Corpus, lexicon: Lexicon): ExtractedDoc[] {
  return [...corpus.docs].map(([id, text]) => {
    const trace: ExtractTrace = { offTopic: false, cues: [], holdings: [], facts: new Map() };
    const { claims } = extractArticle(id, text, lexicon, { trace, calibration: null });
    const normal = normaliseCopy(text);
    const sentences = splitSentences(normal, classifyLines(text, normal));
    const ends = lexicon.keywords.presence(normal.normal, sentences).reportedEnds;
    const partiesNamed = new Set(findMentions(normal.normal, lexicon, null, ends).map((m) => m.party));
    return { id, claims, trace, partiesNamed };
  });
}

export interface Score {
  tp: number;
  fp: number;
  fn: number;
  p: number;
  r: number;
  f1: number;
}

export function score(tp: number, fp: number, fn: number): Score {
  const p = tp + fp ? tp / (tp + fp) : tp + fn ? 0 : 1;
  const r = tp + fn ? tp / (tp + fn) : 1;
  return { tp, fp, fn, p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

/** Unique predicted tuples of a set of claims, each with its highest confidence. */
export function predictedTuples(claims: readonly Claim[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const c of claims) out.set(tupleKey(c), Math.max(out.get(tupleKey(c)) ?? 0, c.confidence));
  return out;
}

/** Micro scores overall, per topic and per topic/label, over unique (doc, party, topic, stance) tuples. */
export function scoreTuples(pred: ReadonlySet<string>, gold: ReadonlySet<string>): Map<string, Score> {
  const rows = new Map<string, [number, number, number]>();
  const bump = (k: string, i: 0 | 1 | 2) => {
    const r = rows.get(k) ?? [0, 0, 0];
    r[i]++;
    rows.set(k, r);
  };
  const count = (key: string, i: 0 | 1 | 2) => {
    const [, , topic, stance] = key.split("\t");
    for (const k of ["overall", topic!, `${topic}/${stance}`]) bump(k, i);
  };
  for (const k of pred) count(k, gold.has(k) ? 0 : 1);
  for (const k of gold) if (!pred.has(k)) count(k, 2);
  const out = new Map<string, Score>();
  for (const k of ["overall", ...TOPICS, ...TOPICS.flatMap((t) => STANCES[t].map((s) => `${t}/${s}`))]) {
    const [tp, fp, fn] = rows.get(k) ?? [0, 0, 0];
    out.set(k, score(tp, fp, fn));
  }
  return out;
}

export type MissStage =
  | "party not in the lexicon"
  | "article read as off topic"
  | "no topic cue"
  | "wrong label"
  | "no holder found"
  | "holder wrong"
  | "no cue in the quoted sentence"
  | "dropped by a filter";

export type FalseKind = "wrong label" | "holder wrong" | "no such stance in the gold";

/**
 * The stage that lost a gold tuple, read from the trace: the party never named, the article skipped, no cue of
 * the topic, a cue with another label, no cue in the sentence the gold note quotes (while the article has one
 * elsewhere), a cue without a holder or held by someone else, or a holding the claim filters (hedges, evidence
 * length, calibration threshold) dropped.
 */
export function missStage(g: GoldTuple, d: ExtractedDoc, emitted: ReadonlySet<string>): MissStage {
  if (!d.partiesNamed.has(g.party)) return "party not in the lexicon";
  if (d.trace.offTopic) return "article read as off topic";
  const sameParty = [...emitted].some((k) => {
    const [doc, party, topic] = k.split("\t");
    return doc === g.doc && party === g.party && topic === g.topic;
  });
  if (sameParty) return "wrong label";
  const cues = d.trace.cues.filter((c) => c.topic === g.topic);
  if (cues.length === 0) return "no topic cue";
  const held = d.trace.holdings.filter((h) => h.cue.topic === g.topic && h.cue.stance === g.stance);
  if (held.some((h) => h.holder.party === g.party)) return "dropped by a filter";
  // Held by another party elsewhere in the article, while the sentence the gold note quotes has no cue of the topic:
  // the quoted sentence was not read, whoever holds the other.
  const quoted = quotedSentences(g, d.trace);
  if (quoted.size > 0 && !cues.some((c) => quoted.has(c.sentence))) return "no cue in the quoted sentence";
  if (held.length > 0) return "holder wrong";
  if (cues.some((c) => c.stance === g.stance)) return "no holder found";
  if (d.trace.holdings.some((h) => h.cue.topic === g.topic && h.holder.party === g.party)) return "wrong label";
  return "no topic cue";
}

/**
 * The kept sentences holding a passage the gold note quotes between single quotation marks ('…', pieces between
 * ellipses of at least three words), found in the article's normal form; none where no piece is found (a paraphrase,
 * or a passage the reading dropped).
 */
export function quotedSentences(g: GoldTuple, trace: ExtractTrace): Set<number> {
  const out = new Set<number>();
  const { normal, sentences } = trace;
  if (!g.note || !normal || !sentences) return out;
  for (const quote of g.note.matchAll(/'([^']+)'/g)) {
    for (const raw of quote[1]!.split(/\.\.\.|…/)) {
      // (Word for word: punctuation and quotation marks between the words may differ from the article's.)
      const words = normaliseTerm(raw).match(/[\u0621-\u064A0-9a-z]+/g) ?? [];
      if (words.length < 3) continue;
      const passage = new RegExp(words.join("[^\\u0621-\\u064A0-9a-z]+"), "g");
      for (const m of normal.matchAll(passage)) {
        const si = sentences.findIndex((s) => s.start <= m.index && m.index < s.end);
        if (si >= 0) out.add(si);
      }
    }
  }
  return out;
}

export function falseKind(key: string, gold: ReadonlySet<string>): FalseKind {
  const [doc, party, topic, stance] = key.split("\t");
  const ks = [...gold].map((k) => k.split("\t"));
  if (ks.some(([d, p, t, s]) => d === doc && p === party && t === topic && s !== stance)) return "wrong label";
  if (ks.some(([d, p, t, s]) => d === doc && p !== party && t === topic && s === stance)) return "holder wrong";
  return "no such stance in the gold";
}
