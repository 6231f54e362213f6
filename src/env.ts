// The Worker's bindings, as declared in wrangler.toml.
import type { AlertLog } from "./store/alert-log";
import type { ArticleIndex } from "./store/article-index";
import type { FeedRegistry } from "./store/feed-registry";
import type { RunLog } from "./store/run-log";
import type { TopicBoard } from "./store/topic-board";
import type { Job } from "./ingest/jobs";
import type { Loaded } from "./store/metered";
import type { PartyHistory } from "./store/party-history";
import type { RateLimiter } from "./store/rate-limiter";
import type { ReviewDesk } from "./store/review-desk";

export interface Env {
  /** Articles (original text, metadata, claims, extractor version), keyed by content hash. */
  ARTICLES: KVNamespace;
  /** Lexicon files and the feed source list; defaults in kv-fixtures/. */
  CONFIG: KVNamespace;
  PARTY_HISTORY: DurableObjectNamespace<Loaded<PartyHistory>>;
  /** Every article: metadata, extractor version, syndication, what its claims touch (global). */
  ARTICLE_INDEX: DurableObjectNamespace<Loaded<ArticleIndex>>;
  /** The parties × topics board, the party and actor lists, the dashboards' live sockets (global). */
  TOPIC_BOARD: DurableObjectNamespace<Loaded<TopicBoard>>;
  /** The cron's runs and each message's outcome (global). */
  RUN_LOG: DurableObjectNamespace<Loaded<RunLog>>;
  /** Feed sources and each feed's conditional-request state (global). */
  FEED_REGISTRY: DurableObjectNamespace<Loaded<FeedRegistry>>;
  RATE_LIMITER: DurableObjectNamespace<Loaded<RateLimiter>>;
  /** Reversal alerts, webhooks and their delivery log. */
  ALERT_LOG: DurableObjectNamespace<Loaded<AlertLog>>;
  /** The review loop: reviewed claims, unknown speakers, decisions and their audit. */
  REVIEW_DESK: DurableObjectNamespace<Loaded<ReviewDesk>>;
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
