// Shared shapes of the stance pipeline: topics, labels, claims as CONTRACT.md defines them.

export const TOPICS = ["geneva2_preconditions", "iran_participation", "assad_role"] as const;
export type Topic = (typeof TOPICS)[number];

export const STANCES = {
  geneva2_preconditions: ["unconditional", "conditional"],
  iran_participation: ["support", "oppose", "conditional"],
  assad_role: ["must_go", "may_stay", "neutral"],
} as const satisfies Record<Topic, readonly string[]>;
export type Stance = (typeof STANCES)[Topic][number];

export const ALL_STANCES: readonly Stance[] = [...new Set(Object.values(STANCES).flat())] as Stance[];

/** How the holder of a claim was found, from the most to the least direct. */
export type AttributionMethod = "quote" | "frame" | "subject" | "continuation" | "list" | "approval" | "agreement" | "headline";

export interface Claim {
  doc: string;
  party: string;
  actor: string;
  topic: Topic;
  stance: Stance;
  evidence: string;
  /** UTF-16 offsets of `evidence` in the document's original text. */
  start: number;
  end: number;
  confidence: number;
  reported_by?: string;
  /** For a conditional claim: what the holder asks for (assad_departure, transitional_body, …). */
  conditions?: string[];
  /** The cue and attribution rules that made this claim, so a wrong claim points at its rule. */
  rules: string[];
}
