// Wires the Worker: the HTTP app, the cron, the queue consumers, and the Durable Object classes. Nothing else.
import type { Env } from "./env";
import { createApp } from "./http/app";
import { consumeDeadLetters, consumeJobs, planRun, type Job } from "./ingest/jobs";

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

export { Directory } from "./store/directory";
export { PartyHistory } from "./store/party-history";
export { RateLimiter } from "./store/rate-limiter";
export { ReviewDesk } from "./store/review-desk";
export { AlertLog } from "./store/alert-log";
