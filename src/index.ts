// Wires the Worker: the HTTP app, the cron, the queue consumers, and the Durable Object classes. Nothing else.
import type { Env } from "./env";
import { createApp } from "./http/app";
import { consumeDeadLetters, consumeJobs, planRun, type Job } from "./ingest/jobs";
import { AlertLog as AlertLogObject } from "./store/alert-log";
import { ArticleIndex as ArticleIndexObject } from "./store/article-index";
import { FeedRegistry as FeedRegistryObject } from "./store/feed-registry";
import { metered } from "./store/metered";
import { PartyHistory as PartyHistoryObject } from "./store/party-history";
import { RateLimiter as RateLimiterObject } from "./store/rate-limiter";
import { ReviewDesk as ReviewDeskObject } from "./store/review-desk";
import { RunLog as RunLogObject } from "./store/run-log";
import { TopicBoard as TopicBoardObject } from "./store/topic-board";

const app = createApp();

/** The dead-letter queue's name (wrangler.toml): its messages exhausted their retries. */
const DEAD_LETTERS = "stance-jobs-dlq";

export default {
  fetch: app.fetch,
  scheduled: async (controller, env, ctx) => {
    ctx.waitUntil(planRun(env, `cron ${controller.cron}`));
  },
  queue: async (batch, env, _ctx) => {
    await (batch.queue === DEAD_LETTERS ? consumeDeadLetters(batch, env) : consumeJobs(batch, env));
  },
} satisfies ExportedHandler<Env, Job>;

// Every object's RPC calls are counted in memory (src/store/metered.ts; read at GET /v1/ops/load).
export const ArticleIndex = metered(ArticleIndexObject);
export const FeedRegistry = metered(FeedRegistryObject);
export const RunLog = metered(RunLogObject);
export const TopicBoard = metered(TopicBoardObject);
export const PartyHistory = metered(PartyHistoryObject);
export const RateLimiter = metered(RateLimiterObject);
export const ReviewDesk = metered(ReviewDeskObject);
export const AlertLog = metered(AlertLogObject);
