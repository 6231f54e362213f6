// The review layer: analysts' decisions over the machine's claims of one article. The machine's claims are
// never edited; the claims every view reads are these, computed again whenever the article is extracted or
// decided, so a decision holds across extractor versions wherever the same evidence is found again.
import { STANCES, type Claim, type Stance, type Topic } from "../stance/types";

export type DecisionAction = "accept" | "reject" | "relabel" | "add";

/** A claim as the machine gave it, by its label and where its evidence is. */
export interface ClaimRef {
  party: string;
  topic: Topic;
  stance: Stance;
  start: number;
  end: number;
  /** The evidence at the time of the decision: found again verbatim, it is the same claim wherever it moved. */
  evidence: string;
}

/** A label an analyst gives: for relabel, the new one; for add, the missed claim's. */
export interface ClaimLabel {
  party: string;
  actor: string;
  topic: Topic;
  stance: Stance;
}

/** One decision on one article's claim (the stored row, as the layer reads it). */
export interface ArticleDecision {
  id: number;
  action: DecisionAction;
  /** accept, reject, relabel: the machine's claim decided on. */
  target: ClaimRef | null;
  /** relabel: the new label; add: the added claim's label. */
  label: ClaimLabel | null;
  /** add: where the evidence is (UTF-16 offsets in the original text). */
  span: { start: number; end: number } | null;
}

/** What a decision did to the claims a view reads. */
export type ReviewVerdict = "accepted" | "relabelled" | "added";

export interface ReviewedClaim extends Claim {
  /** Present when an analyst decided on this claim: the decision and what the machine had said. */
  review?: {
    decision: number;
    verdict: ReviewVerdict;
    machine: { party: string; topic: string; stance: string; confidence: number } | null;
  };
}

/** Whether each decision found its claim in the machine's claims of this extraction (orphaned: it did not). */
export type DecisionStatus = "applied" | "orphaned";

export interface LayerResult {
  claims: ReviewedClaim[];
  status: Map<number, DecisionStatus>;
}

/** The identity of a claim within an article for the stores: one observation per speaker, topic and label. */
export const claimIdentity = (c: { actor: string; topic: string; stance: string }) => `${c.actor}|${c.topic}|${c.stance}`;

/** The key of a claim as a review item: article, span and label. */
export const itemKey = (articleId: string, c: { party: string; topic: string; stance: string; start: number; end: number }) =>
  `${articleId}:${c.start}-${c.end}:${c.party}:${c.topic}:${c.stance}`;

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/** The machine's claim a decision is about: same party, topic and label, with the same evidence or overlapping it. */
function findTarget(claims: readonly ReviewedClaim[], ref: ClaimRef): number {
  const same = (c: ReviewedClaim) => c.party === ref.party && c.topic === ref.topic && c.stance === ref.stance && !c.review;
  const exact = claims.findIndex((c) => same(c) && c.start === ref.start && c.end === ref.end);
  if (exact >= 0) return exact;
  const verbatim = claims.findIndex((c) => same(c) && c.evidence === ref.evidence);
  if (verbatim >= 0) return verbatim;
  return claims.findIndex((c) => same(c) && overlaps(c, ref));
}

/** Whether a stance is one of a topic's labels (CONTRACT.md). */
export function isStanceOf(topic: Topic, stance: string): stance is Stance {
  return (STANCES[topic] as readonly string[]).includes(stance);
}

/**
 * The claims views read: the machine's claims with the article's decisions applied in the order they were made
 * (a later decision on the same claim replaces an earlier one: its target is then the earlier decision's result).
 * Example: applyDecisions("…", "…", [claim(russia unconditional)], [{action: "reject", target: ref(claim)}])
 *   → {claims: [], status: {1 → "applied"}}
 */
export function applyDecisions(
  articleId: string,
  text: string,
  machine: readonly Claim[],
  decisions: readonly ArticleDecision[],
): LayerResult {
  let claims: ReviewedClaim[] = machine.map((c) => ({ ...c }));
  const status = new Map<number, DecisionStatus>();
  for (const d of [...decisions].sort((a, b) => a.id - b.id)) {
    if (d.action === "add") {
      if (!d.label || !d.span || d.span.end > text.length || d.span.start >= d.span.end) {
        status.set(d.id, "orphaned");
        continue;
      }
      const { span, label } = d;
      // The machine found it too: that claim is accepted rather than doubled.
      const found = claims.findIndex(
        (c) => c.party === label.party && c.topic === label.topic && c.stance === label.stance && overlaps(c, span),
      );
      const added: ReviewedClaim = {
        doc: articleId,
        party: label.party,
        actor: label.actor,
        topic: label.topic,
        stance: label.stance,
        evidence: text.slice(span.start, span.end),
        start: span.start,
        end: span.end,
        confidence: 1,
        rules: ["review.added"],
        review: { decision: d.id, verdict: "added", machine: null },
      };
      if (found >= 0) {
        const m = claims[found]!;
        added.review!.machine = { party: m.party, topic: m.topic, stance: m.stance, confidence: m.confidence };
        claims[found] = added;
      } else claims.push(added);
      status.set(d.id, "applied");
      continue;
    }
    const ref = d.target;
    const at = ref ? findReviewed(claims, ref) : -1;
    if (!ref || at < 0) {
      status.set(d.id, "orphaned");
      continue;
    }
    const current = claims[at]!;
    const machineSaid = current.review?.machine ?? {
      party: current.party,
      topic: current.topic,
      stance: current.stance,
      confidence: current.confidence,
    };
    if (d.action === "reject") claims.splice(at, 1);
    else if (d.action === "accept")
      claims[at] = { ...current, confidence: 1, review: { decision: d.id, verdict: "accepted", machine: machineSaid } };
    else if (d.label) {
      const l = d.label;
      claims[at] = {
        ...current,
        party: l.party,
        actor: l.actor,
        topic: l.topic,
        stance: l.stance,
        confidence: 1,
        // Conditions belong to the label they were read with.
        conditions: l.topic === current.topic && l.stance === current.stance ? current.conditions : undefined,
        review: { decision: d.id, verdict: "relabelled", machine: machineSaid },
      };
    }
    status.set(d.id, "applied");
  }
  claims = dedupe(claims);
  return { claims: claims.sort((a, b) => a.start - b.start || a.party.localeCompare(b.party)), status };
}

/** The claim a decision targets: a machine claim, or the result of an earlier decision on the same claim. */
function findReviewed(claims: readonly ReviewedClaim[], ref: ClaimRef): number {
  const machine = findTarget(claims, ref);
  if (machine >= 0) return machine;
  return claims.findIndex(
    (c) => c.review !== undefined && c.party === ref.party && c.topic === ref.topic && c.stance === ref.stance && overlaps(c, ref),
  );
}

/** One claim per speaker, topic and label (the stores' identity): a reviewed one wins, then the most confident. */
function dedupe(claims: readonly ReviewedClaim[]): ReviewedClaim[] {
  const byKey = new Map<string, ReviewedClaim>();
  for (const c of claims) {
    const key = claimIdentity(c);
    const prev = byKey.get(key);
    if (!prev || (c.review && !prev.review) || (!!c.review === !!prev.review && c.confidence > prev.confidence)) byKey.set(key, c);
  }
  return [...byKey.values()];
}
