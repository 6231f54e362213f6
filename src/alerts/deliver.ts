// Delivering one alert to one webhook from the queue: POST the alert as JSON, signed (src/alerts/signature.ts).
// A failure throws, so the queue retries it with back-off and dead-letters it after the last retry; every attempt
// is logged per webhook, and an alert that already reached a webhook is not sent to it again.
import type { Env } from "../env";
import { signatureHeader } from "./signature";

export type DeliverJob = { type: "deliver"; webhookId: string; alertId: string };

export const alertLogStub = (env: Env) => env.ALERT_LOG.get(env.ALERT_LOG.idFromName("alerts"));

/** The alert as webhooks and the API give it. */
export function alertJson(a: import("../store/alert-log").Alert) {
  return {
    id: a.id,
    party: a.party,
    topic: a.topic,
    kind: a.kind,
    from: a.fromStance,
    to: a.toStance,
    observed_on: a.observedOn,
    recorded_at: a.recordedAt,
    article_id: a.articleId,
    evidence: a.evidence,
    previous: a.previous && { article_id: a.previous.articleId, observed_on: a.previous.observedOn, evidence: a.previous.evidence },
  };
}

export async function deliver(env: Env, job: DeliverJob, attempt: number): Promise<void> {
  const log = alertLogStub(env);
  const target = await log.delivery(job.webhookId, job.alertId);
  if (!target || (await log.delivered(job.webhookId, job.alertId))) return;
  const body = JSON.stringify({ type: "alert", alert: alertJson(target.alert) });
  const timestamp = Math.floor(Date.now() / 1000);
  let status: number | null = null;
  try {
    const res = await fetch(target.url, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "user-agent": "geneva-stance-tracker/1.0",
        "x-tracker-signature": await signatureHeader(target.secret, body, timestamp),
        "x-tracker-alert": job.alertId,
      },
      body,
    });
    status = res.status;
    await res.body?.cancel();
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
  } catch (e) {
    await log.logAttempt({ ...job, attempt, outcome: "failed", status, error: (e as Error).message ?? String(e) });
    throw e;
  }
  await log.logAttempt({ ...job, attempt, outcome: "delivered", status, error: null });
}

/** A delivery that exhausted its retries. */
export async function deadLetter(env: Env, job: DeliverJob, attempt: number): Promise<void> {
  await alertLogStub(env).logAttempt({ ...job, attempt, outcome: "dead_lettered", status: null, error: "gave up after retries" });
}
