// Bringing every view up to date with an article's claims through the review layer: the party histories, the
// review desk, the topic board and the article index read the same reviewed claims. Called on ingest, on re-extraction, and after a
// decision or its undo (without extracting again).
import type { Env } from "../env";
import type { Claim } from "../stance/types";
import { getArticle } from "../store/articles";
import type { ClaimIndexEntry } from "../store/article-index";
import type { ArticleMeta, ObservationInput } from "../store/model";
import type { DeskClaim, UnknownSpeakerEntry } from "../store/review-desk";
import { alertLogStub } from "../alerts/deliver";
import { classify } from "../alerts/classify";
import type { AlertInput } from "../store/alert-log";
import type { CellChange } from "../store/topic-board";
import { BOARD_KEY, noteVersion, partyKey } from "../store/read-versions";
import { articleIndexStub, topicBoardStub } from "../store/stubs";
import { statedDate } from "../text/stated-date";
import { applyDecisions, claimIdentity, type ReviewedClaim } from "./layer";

/** A name next to a speech verb that the lexicon does not know, as the extractor reports it (original offsets). */
export interface UnknownSpeaker {
  start: number;
  end: number;
  name: string;
  suggestedParty: string | null;
  hasCue: boolean;
}

export const partyStub = (env: Env, party: string) => env.PARTY_HISTORY.get(env.PARTY_HISTORY.idFromName(party));
export const deskStub = (env: Env) => env.REVIEW_DESK.get(env.REVIEW_DESK.idFromName("desk"));

/** Longest sentence shown around evidence, in characters each side. */
const SENTENCE_REACH = 400;
const SENTENCE_END = /[.!?؟\n]/;

/**
 * The sentence around [start, end) of `text`: back to the previous full stop or line break, on to the next.
 * Example: sentenceAround("أ. قال لافروف كذا. ب", 3, 13) → {text: "قال لافروف كذا.", start: 3}
 */
export function sentenceAround(text: string, start: number, end: number): { text: string; start: number } {
  let from = start;
  while (from > 0 && start - from < SENTENCE_REACH && !SENTENCE_END.test(text[from - 1]!)) from--;
  let to = end;
  while (to < text.length && to - end < SENTENCE_REACH && !SENTENCE_END.test(text[to - 1] ?? "")) to++;
  while (from < start && /\s/.test(text[from]!)) from++;
  while (to > end && /\s/.test(text[to - 1]!)) to--;
  return { text: text.slice(from, to), start: from };
}

/**
 * Record an article's claims in every view, through its decisions; returns the reviewed claims. Parties that held
 * a claim before (`previousParties`) and hold none now lose their observations of it.
 */
export async function recordReviewed(
  env: Env,
  meta: ArticleMeta,
  text: string,
  machine: readonly Claim[],
  speakers: readonly UnknownSpeaker[],
  previousParties: readonly string[],
): Promise<ReviewedClaim[]> {
  const desk = deskStub(env);
  const { decisions, undoPending } = await desk.layerFor(meta.id);
  const { claims, status } = applyDecisions(meta.id, text, machine, decisions);
  // Every party that holds a claim now, and every party that held one before (its observations are removed).
  const byParty = new Map<string, ObservationInput[]>();
  // Each claim's sentence, found once: the desk shows it, and it says when the statement was made.
  const sentenceOf = new Map(claims.map((c) => [c, sentenceAround(text, c.start, c.end)]));
  for (const c of claims)
    byParty.set(c.party, [
      ...(byParty.get(c.party) ?? []),
      { ...toObservation(c), statedOn: statedDate(sentenceOf.get(c)!.text, meta.publishedAt) },
    ]);
  for (const party of previousParties) if (!byParty.has(party)) byParty.set(party, []);
  await Promise.all(
    [...byParty.entries()].map(async ([party, observations]) =>
      noteVersion(partyKey(party), (await partyStub(env, party).record(meta, observations)).version),
    ),
  );
  const placed = (c: { start: number; end: number }) => {
    const s = sentenceOf.get(c as ReviewedClaim) ?? sentenceAround(text, c.start, c.end);
    return { sentence: s.text, sentenceStart: s.start };
  };
  await desk.recordArticle(
    meta,
    claims.map((c): DeskClaim => ({ ...c, ...placed(c) })),
    speakers.map((s): UnknownSpeakerEntry => ({ ...s, ...placed(s) })),
  );
  const index: ClaimIndexEntry[] = claims.map((c) => ({
    party: c.party,
    actor: c.actor,
    topic: c.topic,
    stance: c.stance,
    confidence: c.confidence,
  }));
  // The board says what the article changed (idempotent: a retry computes the same changes, without the article's
  // own observations before), and the alerts are recorded by id, once.
  const { changes, version } = await topicBoardStub(env).recordArticle(meta, index);
  // This isolate's reads see the write at once (src/store/read-versions.ts).
  noteVersion(BOARD_KEY, version);
  await recordAlerts(env, meta, claims, changes);
  // The article index last: an article counts as ingested only when every view holds its claims.
  await articleIndexStub(env).recordArticle(meta, index);
  // Only now are the decisions in force everywhere (a failure before leaves them pending for the next run).
  if (status.size || undoPending) await desk.noteStatus(meta.id, [...status.entries()]);
  return claims;
}

/** The reversal alerts an article's record made (each recorded once: its id names the change and the article). */
async function recordAlerts(env: Env, meta: ArticleMeta, claims: readonly ReviewedClaim[], changes: readonly CellChange[]): Promise<void> {
  const alerts: AlertInput[] = [];
  for (const change of changes) {
    const kind = classify(change, meta.id, meta.observedOn);
    if (!kind || !change.after) continue;
    const now = claims.find((c) => c.party === change.party && c.topic === change.topic && c.stance === change.after!.current);
    const before = change.before;
    alerts.push({
      id: `${change.party}|${change.topic}|${kind}|${before?.current ?? ""}>${change.after.current}|${meta.id}`,
      party: change.party,
      topic: change.topic,
      kind,
      fromStance: before?.current ?? null,
      toStance: change.after.current,
      observedOn: meta.observedOn,
      articleId: meta.id,
      evidence: now?.evidence ?? null,
      previous: before
        ? {
            articleId: before.articleId,
            observedOn: before.observedOn,
            evidence: await deskStub(env).claimEvidence(before.articleId, change.party, change.topic, before.current),
          }
        : null,
    });
  }
  if (alerts.length) await alertLogStub(env).record(alerts);
}

/** After a decision or its undo: the stored article's machine claims through its decisions again. False: no such article. */
export async function reapplyReview(env: Env, articleId: string): Promise<boolean> {
  const [stored, record] = await Promise.all([getArticle(env.ARTICLES, articleId), articleIndexStub(env).article(articleId)]);
  if (!stored) {
    await deskStub(env).orphanArticle(articleId);
    return false;
  }
  await recordReviewed(env, stored.meta, stored.text, stored.claims, stored.unknownSpeakers ?? [], record?.parties ?? []);
  return true;
}

export function toObservation(c: ReviewedClaim): ObservationInput {
  return {
    claimKey: claimIdentity(c),
    actor: c.actor,
    topic: c.topic,
    stance: c.stance,
    evidence: c.evidence,
    start: c.start,
    end: c.end,
    confidence: c.confidence,
    reportedBy: c.reported_by ?? null,
    conditions: c.conditions ?? [],
    rules: c.rules,
    review: c.review ?? null,
  };
}
