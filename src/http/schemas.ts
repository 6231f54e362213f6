// Request and response shapes of the public API, with OpenAPI metadata.
import { z } from "@hono/zod-openapi";
import { ALL_STANCES, TOPICS } from "../stance/types";

export const MAX_ARTICLE_BYTES = 512 * 1024;
export const MAX_BATCH_ARTICLES = 50;
export const MAX_BATCH_BYTES = 4 * 1024 * 1024;
export const DEFAULT_PAGE = 50;
export const MAX_PAGE = 200;

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "use a date as YYYY-MM-DD")
  .refine(
    (s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
    "not a real calendar date",
  )
  .refine((s) => s >= "1990-01-01" && s <= "2100-12-31", "dates before 1990 or after 2100 are not publication dates");

export const Topic = z.enum(TOPICS).openapi({ description: "A Geneva-2 question (CONTRACT.md)" });
export const StanceLabel = z.enum(ALL_STANCES as [string, ...string[]]);
export const PartyId = z.string().regex(/^[a-z][a-z0-9_]{1,40}$/, "party ids are lower-case words joined by _ (e.g. russia)");

export const ArticleInputSchema = z
  .object({
    text: z.string().min(1, "text is empty").max(MAX_ARTICLE_BYTES, `text is longer than ${MAX_ARTICLE_BYTES} characters`),
    title: z.string().max(500).optional(),
    url: z
      .string()
      .url("url must be an absolute URL")
      .max(2048)
      .refine((u) => /^https?:\/\//i.test(u), "url must use http or https")
      .optional(),
    source: z.string().max(200).optional(),
    published_at: isoDate.optional(),
  })
  .strict()
  .openapi("ArticleInput", {
    example: { text: "وقال لافروف: «يجب أن يشارك الجميع دون أدنى شرط مسبق».", published_at: "2013-11-18", source: "AFP" },
  });

export const BatchInputSchema = z
  .object({
    articles: z
      .array(ArticleInputSchema)
      .min(1, "send at least one article")
      .max(MAX_BATCH_ARTICLES, `at most ${MAX_BATCH_ARTICLES} articles per batch`),
  })
  .strict()
  .openapi("BatchInput");

/** A claim's confidence, as the API describes it. */
const Confidence = z.number().openapi({
  description:
    "How often claims made this way (cue rule, holder path, agreement in the article …) were right on annotated articles no rule was written from: a measured precision, 0..1 (README, Confidence)",
});

export const ClaimSchema = z
  .object({
    doc: z.string(),
    party: z.string(),
    actor: z.string(),
    topic: Topic,
    stance: StanceLabel,
    evidence: z.string(),
    start: z.number().int(),
    end: z.number().int(),
    confidence: Confidence,
    reported_by: z.string().optional(),
    conditions: z.array(z.string()).optional(),
    rules: z.array(z.string()),
  })
  .openapi("Claim");

export const ClaimReviewSchema = z
  .object({
    decision: z.number().int(),
    verdict: z.enum(["accepted", "relabelled", "added"]),
    machine: z
      .object({ party: z.string(), topic: z.string(), stance: z.string(), confidence: z.number() })
      .nullable()
      .openapi({ description: "what the machine had said (null for a claim an analyst added)" }),
  })
  // Not a named component: the generator would turn a nullable reference into an allOf that refuses null.
  .openapi({ description: "An analyst's decision on a claim (GET /v1/review/decisions/{id})" });

/** A claim as every view reads it: the machine's, through the analysts' decisions (src/review/layer.ts). */
export const ReviewedClaimSchema = ClaimSchema.extend({
  review: ClaimReviewSchema.optional().openapi({ description: "present when an analyst decided on this claim" }),
}).openapi("ReviewedClaim");

export const IngestResultSchema = z
  .object({
    id: z.string(),
    status: z.enum(["created", "unchanged", "updated"]),
    title: z.string().nullable(),
    published_at: z.string().nullable(),
    observed_on: z.string(),
    date_source: z.enum(["given", "text", "ingested"]),
    syndication_of: z.string().nullable(),
    claims: z.array(ReviewedClaimSchema),
  })
  .openapi("IngestResult");

export const PageQuery = z.object({
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(MAX_PAGE)
    .default(DEFAULT_PAGE)
    .openapi({ param: { in: "query" } }),
  cursor: z
    .string()
    .max(500)
    .optional()
    .openapi({ param: { in: "query" } }),
});

/**
 * ?as_of=YYYY-MM-DD (by the end of that day, UTC) or an ISO time: only what the tracker had recorded by then,
 * given to the stores as the latest recorded time to include.
 */
export const AsOf = z.object({
  as_of: z
    .union([isoDate, z.iso.datetime({ offset: true })])
    .optional()
    .transform((v) => (v === undefined ? undefined : v.length === 10 ? `${v}T23:59:59.999Z` : new Date(v).toISOString()))
    .openapi({
      param: { in: "query" },
      example: "2014-01-20",
      description: "only what had been recorded by then: a date (its end, UTC) or an ISO time",
    }),
});

export const DateRange = z.object({
  from: isoDate.optional().openapi({ param: { in: "query" }, example: "2013-11-01" }),
  to: isoDate.optional().openapi({ param: { in: "query" }, example: "2013-11-30" }),
});

export const ObservationSchema = z
  .object({
    id: z.number(),
    party: z.string(),
    actor: z.string(),
    topic: z.string().openapi({ description: "a Topic" }),
    stance: z.string().openapi({ description: "a stance label of that topic" }),
    evidence: z.string(),
    start: z.number(),
    end: z.number(),
    confidence: Confidence,
    reported_by: z.string().nullable(),
    conditions: z.array(z.string()),
    article_id: z.string(),
    canonical_id: z.string(),
    observed_on: z.string(),
    date_source: z.enum(["given", "text", "ingested"]),
    title: z.string().nullable(),
    outlet: z.string().nullable(),
    shift: z.boolean(),
    previous_stance: z.string().nullable(),
    review: ClaimReviewSchema.nullable().openapi({ description: "An analyst's decision on this observation, or null" }),
    stated_on: z
      .string()
      .nullable()
      .openapi({ description: "when the statement was made, as its sentence says («أمس», «الثلاثاء الماضي»)" }),
    recorded_at: z.string().openapi({ description: "when the tracker first recorded it (ISO time); ?as_of reads by it" }),
  })
  .openapi("Observation");

export const VerdictSchema = z
  .object({
    current: z.string().openapi({ description: "the current stance label (CONTRACT.md)" }),
    counts: z.record(z.string(), z.number()),
    contested: z.boolean(),
    last_change: z.string(),
    last_observed: z.string(),
    observations: z.number(),
  })
  .openapi("Verdict");

export const ProblemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number(),
    detail: z.string(),
    errors: z
      .array(z.object({ path: z.string(), message: z.string() }))
      .optional()
      .openapi({ description: "400: each field at fault" }),
    current_version: z.number().int().optional().openapi({ description: "412: the item's version now (send it as If-Match)" }),
  })
  .openapi("Problem");

/** A page's cursor: pass it as ?cursor= for the next page; null on the last page. */
export const NextCursor = z.string().nullable().openapi({ description: "?cursor= for the next page; null on the last page" });
