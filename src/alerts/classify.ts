// Reversal alerts: what an article did to a party's current stance on a topic (the matrix's verdict rule), as an
// event an analyst is told of — first stated, reaffirmed after a gap, softened, reversed.
import type { CellChange } from "../store/topic-board";

export const ALERT_KINDS = ["first_stated", "reaffirmed", "softened", "reversed"] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];

/** Days without a word on a topic after which the same stance stated again is news. */
export const REAFFIRM_GAP_DAYS = 30;

/** Labels short of either pole: moving to one of them softens a position. */
const SOFT = new Set(["conditional", "neutral"]);

const days = (a: string, b: string) => (Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000;

/**
 * The alert a cell change makes, or null. `observedOn` is the article's date: a stance reaffirmed counts only when
 * this article is its latest statement, after a silence of REAFFIRM_GAP_DAYS or more.
 * Example: classify({before: {current: "must_go", …}, after: {current: "may_stay", …}}, "2014-01-20") → "reversed"
 */
export function classify(change: CellChange, articleId: string, observedOn: string): AlertKind | null {
  const { before, after } = change;
  if (!after) return null;
  if (!before) return after.articleId === articleId ? "first_stated" : null;
  if (before.current === after.current)
    return after.articleId === articleId && observedOn === after.lastObserved && days(before.lastObserved, observedOn) >= REAFFIRM_GAP_DAYS
      ? "reaffirmed"
      : null;
  return SOFT.has(after.current) ? "softened" : "reversed";
}
