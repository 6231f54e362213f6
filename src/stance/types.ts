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

const OPPOSITES: Partial<Record<Stance, Stance>> = {
  must_go: "may_stay",
  may_stay: "must_go",
  support: "oppose",
  oppose: "support",
  conditional: "unconditional",
  unconditional: "conditional",
};

/**
 * A label's opposite on its question, for a cue something turns (a rejection, a denial, «خطأ»): must_go and may_stay,
 * support and oppose, conditional and unconditional. Neutral has none, nor has Iran's conditional participation
 * (refusing the conditions set on her is no one stance). Passes that may turn only some labels say so themselves.
 */
export function oppositeStance(topic: Topic, stance: Stance): Stance | undefined {
  return topic === "iran_participation" && stance === "conditional" ? undefined : OPPOSITES[stance];
}

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
