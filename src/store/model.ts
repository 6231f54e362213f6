// What the stores keep: an article's metadata and one observation (a claim dated and placed in its article).
import { ALL_STANCES, TOPICS } from "../stance/types";

export type DateSource = "given" | "text" | "ingested";

export interface ArticleMeta {
  id: string;
  /** The first-ingested near-duplicate this article reprints, or its own id. */
  canonicalId: string;
  title: string | null;
  outlet: string | null;
  url: string | null;
  source: string | null;
  publishedAt: string | null;
  /** The date observations of this article carry (publication date, else ingest date). */
  observedOn: string;
  dateSource: DateSource;
  ingestedAt: string;
  extractorVersion: string;
}

export interface ObservationInput {
  claimKey: string;
  actor: string;
  topic: string;
  stance: string;
  evidence: string;
  start: number;
  end: number;
  confidence: number;
  reportedBy: string | null;
  conditions: string[];
  rules: string[];
  /** An analyst's decision on this claim (src/review/layer.ts), or null. */
  review?: ReviewInfo | null;
  /** When the statement was made, as its sentence says relative to publication («أمس»), or null. */
  statedOn?: string | null;
}

export interface ReviewInfo {
  decision: number;
  verdict: "accepted" | "relabelled" | "added";
  machine: { party: string; topic: string; stance: string; confidence: number } | null;
}

export interface Observation extends ObservationInput {
  review: ReviewInfo | null;
  /** When the tracker first recorded it (ISO time). */
  recordedAt: string;
  statedOn: string | null;
  id: number;
  party: string;
  articleId: string;
  canonicalId: string;
  observedOn: string;
  dateSource: DateSource;
  title: string | null;
  outlet: string | null;
  /** The label differs from the previous observation of this topic in the same stream. */
  shift: boolean;
  previousStance: string | null;
}

/** SQL CHECK lists, from the contract's labels. */
export const TOPIC_CHECK = TOPICS.map((t) => `'${t}'`).join(", ");
export const STANCE_CHECK = ALL_STANCES.map((s) => `'${s}'`).join(", ");
