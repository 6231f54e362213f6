// The cron's work: plan a run (feeds to fetch, stale articles to re-extract) and consume it from the queue
// in bounded messages, each acknowledged on its own, retried on failure, dead-lettered after the last retry.
import type { Env } from "../env";
import { faultPoint } from "../faults";
import { decodeBody } from "./decode";
import { extractPage, parseFeed, type Source } from "./feeds";
import { repairMojibake } from "./mojibake";
import { deadLetter, deliver, type DeliverJob } from "../alerts/deliver";
import { deskStub, reapplyReview } from "../review/apply";
import { articleIndexStub, feedRegistryStub, runLogStub } from "../store/stubs";
import { ingest, reextract } from "./index";
import { loadLexicon } from "./lexicon";

/**
 * Articles per re-extraction message (extracted together, see ingestMany): extraction is 0.3-1 ms an article in
 * workerd (`npm run bench`), so a message stays far below even the free plan's 10 ms of CPU per invocation.
 */
export const REEXTRACT_PER_MESSAGE = 5;
/** Stale articles planned per run; the next run continues where this one stopped. */
export const REEXTRACT_PER_RUN = 500;
/** Items taken from one feed per run. */
export const ITEMS_PER_FEED = 50;

export type Job =
  | { type: "feed"; runId: string; sourceId: string }
  | { type: "item"; runId: string; sourceId: string; url: string; title?: string; publishedAt?: string }
  | { type: "reextract"; runId: string; ids: string[] }
  | { type: "review"; runId: string; ids: string[] }
  | DeliverJob;

/** Idempotency key of a message within its run. */
export const jobKey = (job: Job) =>
  job.type === "feed"
    ? `feed:${job.sourceId}`
    : job.type === "item"
      ? `item:${job.url}`
      : job.type === "deliver"
        ? `deliver:${job.webhookId}:${job.alertId}`
        : `${job.type}:${job.ids[0]}+${job.ids.length}`;

const log = (level: "info" | "warn" | "error", msg: string, fields: Record<string, unknown> = {}) =>
  console[level === "info" ? "log" : level](JSON.stringify({ level, msg, ...fields, at: new Date().toISOString() }));

/**
 * Plan a run: one message per enabled source and one per batch of stale articles. The cron only plans, so
 * its invocation stays short whatever the amount of work.
 */
export async function planRun(env: Env, trigger: string): Promise<{ runId: string; planned: number }> {
  const runId = `${new Date()
    .toISOString()
    .replace(/[-:.TZ]/g, "")
    .slice(0, 14)}-${crypto.randomUUID().slice(0, 8)}`;
  const { version } = await loadLexicon(env.CONFIG);
  const sources = (await feedRegistryStub(env).sources()).filter((s) => s.enabled);
  const stale = await articleIndexStub(env).staleArticles(version, REEXTRACT_PER_RUN);
  // Repair: articles stored in KV whose ingest never completed (a failure after the KV write) are redone.
  stale.push(...(await unrecordedInKv(env)).filter((id) => !stale.includes(id)));
  const jobs: Job[] = sources.map((s) => ({ type: "feed", runId, sourceId: s.id }));
  for (let i = 0; i < stale.length; i += REEXTRACT_PER_MESSAGE)
    jobs.push({ type: "reextract", runId, ids: stale.slice(i, i + REEXTRACT_PER_MESSAGE) });
  // Repair: articles with a decision whose views were not brought up to date (a failure after it was stored);
  // those re-extracted anyway are brought up to date by the re-extraction.
  const pending = (await deskStub(env).pendingArticles(REEXTRACT_PER_RUN)).filter((id) => !stale.includes(id));
  for (let i = 0; i < pending.length; i += REEXTRACT_PER_MESSAGE)
    jobs.push({ type: "review", runId, ids: pending.slice(i, i + REEXTRACT_PER_MESSAGE) });
  await runLogStub(env).startRun(runId, trigger, jobs.length);
  // sendBatch takes at most 100 messages.
  for (let i = 0; i < jobs.length; i += 100) await env.JOBS.sendBatch(jobs.slice(i, i + 100).map((body) => ({ body })));
  log("info", "run planned", { runId, trigger, sources: sources.length, stale: stale.length, messages: jobs.length });
  return { runId, planned: jobs.length };
}

/** KV keys scanned per run for articles the article index lacks; the scan resumes where it stopped. */
export const REPAIR_SCAN_PER_RUN = 1000;

async function unrecordedInKv(env: Env): Promise<string[]> {
  const index = articleIndexStub(env);
  const cursor = await index.setting("repair_cursor");
  const page = await env.ARTICLES.list({ prefix: "article:", limit: REPAIR_SCAN_PER_RUN, ...(cursor ? { cursor } : {}) });
  await index.setSetting("repair_cursor", page.list_complete ? null : page.cursor);
  const ids = page.keys.map((k) => k.name.slice("article:".length));
  return ids.length ? index.unrecorded(ids) : [];
}

/** Consume a batch: each message is acknowledged or retried on its own; one failure does not stop the others. */
export async function consumeJobs(batch: MessageBatch<Job>, env: Env): Promise<void> {
  const runs = runLogStub(env);
  for (const message of batch.messages) {
    const job = message.body;
    // Alert deliveries belong to no run: their attempts are logged per webhook.
    if (job.type === "deliver") {
      try {
        await deliver(env, job, message.attempts);
        message.ack();
      } catch (e) {
        log("warn", "delivery failed", { job: jobKey(job), attempt: message.attempts, reason: (e as Error)?.message ?? String(e) });
        message.retry({ delaySeconds: retryDelay(env, message.attempts) });
      }
      continue;
    }
    try {
      faultPoint("queue.job");
      const counts = await runJob(env, job);
      await runs.finishMessage(job.runId, jobKey(job), "ok", counts);
      message.ack();
    } catch (e) {
      const reason = (e as Error)?.message ?? String(e);
      log("warn", "job failed", { runId: job.runId, job: jobKey(job), attempt: message.attempts, reason });
      await runs.noteAttempt(job.runId, jobKey(job), `attempt ${message.attempts}: ${reason}`);
      message.retry({ delaySeconds: retryDelay(env, message.attempts) });
    }
  }
}

/** Messages that exhausted their retries: counted as failed in their run, with the reason. */
export async function consumeDeadLetters(batch: MessageBatch<Job>, env: Env): Promise<void> {
  const runs = runLogStub(env);
  for (const message of batch.messages) {
    const job = message.body;
    if (job.type === "deliver") {
      await deadLetter(env, job, message.attempts);
      log("error", "delivery dead-lettered", { job: jobKey(job) });
      message.ack();
      continue;
    }
    await runs.finishMessage(job.runId, jobKey(job), "failed", {}, `gave up after retries (${jobKey(job)})`);
    log("error", "job dead-lettered", { runId: job.runId, job: jobKey(job) });
    message.ack();
  }
}

async function runJob(env: Env, job: Exclude<Job, DeliverJob>): Promise<Record<string, number>> {
  switch (job.type) {
    case "feed":
      return fetchFeed(env, job);
    case "item":
      return fetchItem(env, job);
    case "reextract":
      return { reextracted: await reextract(env, job.ids) };
    case "review":
      for (const id of job.ids) await reapplyReview(env, id);
      return {};
  }
}

async function fetchFeed(env: Env, job: Extract<Job, { type: "feed" }>): Promise<Record<string, number>> {
  const feeds = feedRegistryStub(env);
  const source = (await feeds.sources()).find((s) => s.id === job.sourceId);
  if (!source) return { skipped: 1 };
  const state = await feeds.feedState(source.id);
  const headers: Record<string, string> = { accept: acceptFor(source), "user-agent": "geneva-stance-tracker/1.0" };
  if (state?.etag) headers["if-none-match"] = state.etag;
  if (state?.lastModified) headers["if-modified-since"] = state.lastModified;
  const res = await fetch(source.url, { headers });
  if (res.status === 304) return { sources_fetched: 1, not_modified: 1 };
  if (!res.ok) throw new Error(`feed ${source.id}: HTTP ${res.status}`);
  const items = parseFeed(await bodyText(res), source.kind).slice(0, ITEMS_PER_FEED);
  // One call for the whole feed page, not one per item.
  const known = new Set(await articleIndexStub(env).knownUrls(items.map((i) => i.url)));
  const fresh = items.filter((i) => !known.has(i.url));
  if (fresh.length) {
    await runLogStub(env).addPlanned(job.runId, fresh.length);
    await env.JOBS.sendBatch(
      fresh.map((i) => ({
        body: { type: "item", runId: job.runId, sourceId: source.id, url: i.url, title: i.title, publishedAt: i.publishedAt } satisfies Job,
      })),
    );
  }
  // Remember the validators only once the items are queued, so a failure refetches the feed.
  await feeds.saveFeedState(source.id, res.headers.get("etag"), res.headers.get("last-modified"));
  return { sources_fetched: 1, items_queued: fresh.length, skipped: items.length - fresh.length };
}

async function fetchItem(env: Env, job: Extract<Job, { type: "item" }>): Promise<Record<string, number>> {
  if (await articleIndexStub(env).knownUrl(job.url)) return { skipped: 1 };
  const res = await fetch(job.url, { headers: { accept: "text/html", "user-agent": "geneva-stance-tracker/1.0" } });
  if (!res.ok) throw new Error(`item ${job.url}: HTTP ${res.status}`);
  const page = await extractPage(await bodyText(res));
  // A page whose CMS garbled its Arabic through a one-byte code page («ط§ظ„ط£ط³ط¯») is read back (repairMojibake).
  const body = repairMojibake(page.text);
  const text = body.text;
  const heading = job.title ?? page.title;
  const title = heading === null ? undefined : repairMojibake(heading, body.words > 0 ? 1 : undefined).text;
  if ((text.match(/[\u0600-\u06FF]/g) ?? []).length < 20) return { skipped: 1 };
  const publishedAt = job.publishedAt ?? page.publishedAt;
  const results = await ingest(env, {
    text,
    title,
    url: job.url,
    source: job.sourceId,
    publishedAt,
  });
  const created = results.filter((r) => r.status === "created").length;
  return { new_articles: created, skipped: results.length - created };
}

/** A fetched body as text, in the encoding it declares or its bytes show (decodeBody), not always UTF-8. */
async function bodyText(res: Response): Promise<string> {
  return decodeBody(new Uint8Array(await res.arrayBuffer()), res.headers.get("content-type")).text;
}

/** Exponential back-off, 2 s, 4 s, 8 s … (RETRY_BASE_SECONDS overrides the base; 0 retries at once). */
function retryDelay(env: Env, attempts: number): number {
  const base = env.RETRY_BASE_SECONDS === undefined ? 2 : Number(env.RETRY_BASE_SECONDS);
  return base > 0 ? Math.min(300, base ** attempts) : 0;
}

const acceptFor = (s: Source) =>
  s.kind === "json"
    ? "application/feed+json, application/json"
    : s.kind === "atom"
      ? "application/atom+xml, application/xml"
      : "application/rss+xml, application/xml";
