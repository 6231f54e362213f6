// The Worker's bindings, as declared in wrangler.toml.
import type { AlertLog } from "./store/alert-log";
import type { Directory } from "./store/directory";
import type { Job } from "./ingest/jobs";
import type { PartyHistory } from "./store/party-history";
import type { RateLimiter } from "./store/rate-limiter";
import type { ReviewDesk } from "./store/review-desk";

export interface Env {
  /** Articles (original text, metadata, claims, extractor version), keyed by content hash. */
  ARTICLES: KVNamespace;
  /** Lexicon files and the feed source list; defaults in kv-fixtures/. */
  CONFIG: KVNamespace;
  PARTY_HISTORY: DurableObjectNamespace<PartyHistory>;
  DIRECTORY: DurableObjectNamespace<Directory>;
  RATE_LIMITER: DurableObjectNamespace<RateLimiter>;
  /** Reversal alerts, webhooks and their delivery log. */
  ALERT_LOG: DurableObjectNamespace<AlertLog>;
  /** The review loop: reviewed claims, unknown speakers, decisions and their audit. */
  REVIEW_DESK: DurableObjectNamespace<ReviewDesk>;
  /** Labelled review tokens, "label=token,label=token": writes like API_TOKEN, audited under their label. */
  REVIEW_TOKENS?: string;
  /** Default confidence below which a claim is queued for review (0.8). */
  REVIEW_THRESHOLD?: string;
  /** Writes per minute per client (default 300); KV key "limits" ({"writes_per_minute": n}) overrides it. */
  WRITES_PER_MINUTE?: string;
  /** Comma-separated dashboard origins allowed by CORS; none by default. */
  CORS_ORIGINS?: string;
  /** When set, reads need this token (or the write token) too. */
  READ_TOKEN?: string;
  /** The cron's work, in bounded messages (dead-letter queue: stance-jobs-dlq). */
  JOBS: Queue<Job>;
  /** Base of the retry back-off in seconds (default 2). */
  RETRY_BASE_SECONDS?: string;
  /** Bearer token for writes (wrangler secret / .dev.vars). */
  API_TOKEN?: string;
}
