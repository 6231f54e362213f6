// Articles: ingest (JSON, text, batches), the list, one article with its claims through the review layer.
import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { articleIndexStub, deskStub, ingest, ingestBatch, type ArticleInput, type IngestResult } from "../../ingest/index";
import { applyDecisions } from "../../review/layer";
import { getArticle } from "../../store/articles";
import { ProblemError } from "../problem";
import { repairMojibake } from "../../ingest/mojibake";
import {
  ArticleInputSchema,
  BatchInputSchema,
  ClaimSchema,
  DateRange,
  IngestResultSchema,
  MAX_ARTICLE_BYTES,
  MAX_BATCH_BYTES,
  NextCursor,
  PageQuery,
  PartyId,
  ReviewedClaimSchema,
  Topic,
} from "../schemas";
import { type App, json, newApp, problemResponse, requireToken, tooLarge, requireJson, checkRange } from "../shared";

const DateSource = z.enum(["given", "text", "ingested"]);

const ArticleSummarySchema = z
  .object({
    id: z.string(),
    title: z.string().nullable(),
    outlet: z.string().nullable(),
    url: z.string().nullable(),
    observed_on: z.string(),
    date_source: DateSource,
    claim_count: z.number().int(),
    parties: z.array(z.string()),
    syndication_of: z.string().nullable().openapi({ description: "the article this one reprints, when it is a copy" }),
  })
  .openapi("ArticleSummary");

const ArticleSchema = z
  .object({
    id: z.string(),
    title: z.string().nullable(),
    outlet: z.string().nullable(),
    url: z.string().nullable(),
    source: z.string().nullable(),
    published_at: z.string().nullable(),
    observed_on: z.string(),
    date_source: DateSource,
    ingested_at: z.string(),
    extractor_version: z.string(),
    syndication_of: z.string().nullable(),
    also_appeared_in: z.array(
      z.object({ id: z.string(), title: z.string().nullable(), outlet: z.string().nullable(), observed_on: z.string() }),
    ),
    text: z.string(),
    claims: z.array(ReviewedClaimSchema).openapi({ description: "the claims as views read them (through the analysts' decisions)" }),
    machine_claims: z.array(ClaimSchema).openapi({ description: "the claims as the extractor gave them" }),
    unknown_speakers: z
      .array(
        z.object({
          start: z.number().int(),
          end: z.number().int(),
          name: z.string(),
          suggested_party: z.string().nullable(),
          has_cue: z.boolean(),
        }),
      )
      .openapi({ description: "names by a speech verb that the lexicon lacks (the review queue lists them)" }),
  })
  .openapi("Article");

const IngestAnswer = z.object({
  articles: z.array(IngestResultSchema),
  repaired: z
    .array(z.object({ input: z.number().int(), words: z.number().int() }))
    .optional()
    .openapi({
      description:
        "Present when an input's Arabic came garbled through a one-byte code page (UTF-8 read as windows-1256 or windows-1252, «ط§ظ„ط£ط³ط¯»): it was read back before storing. `input` is its index in the request (0 for a single article), `words` how many words were read back.",
    }),
});

export function articleRoutes(): OpenAPIHono<App> {
  const app = newApp();
  // ---- ingest ----
  const postArticle = createRoute({
    method: "post",
    path: "/v1/articles",
    summary: "Ingest an article (JSON) or a file (text/plain; a digest becomes several articles)",
    description:
      "Stores each article (id = content hash) in KV, extracts claims, records them in each party's history. The same article again changes nothing and answers 200.",
    security: [{ bearer: [] }],
    request: {
      query: z.object({
        published_at: z.string().optional().openapi({ description: "for text/plain: publication date YYYY-MM-DD" }),
        source: z.string().max(200).optional().openapi({ description: "for text/plain: outlet or feed" }),
        url: z.string().max(2048).optional(),
      }),
      body: {
        required: true,
        content: {
          "application/json": { schema: ArticleInputSchema },
          "text/plain": { schema: z.string().openapi({ example: "وقال لافروف ... دون شروط مسبقة." }) },
        },
      },
    },
    responses: {
      201: json(IngestAnswer, "At least one article was new"),
      200: json(IngestAnswer, "Every article was already stored; nothing changed"),
      400: problemResponse("Invalid input"),
      401: problemResponse("Missing or wrong token"),
      413: problemResponse("Body too large"),
      415: problemResponse("Neither JSON nor plain text"),
      422: problemResponse("The text is not Arabic news (almost no Arabic letters)"),
    },
  });
  app.use("/v1/articles", async (c, next) => (c.req.method === "POST" ? requireToken(c, next) : next()));
  app.use("/v1/articles", async (c, next) => (c.req.method === "POST" ? tooLarge(MAX_ARTICLE_BYTES * 2)(c, next) : next()));
  // Documented here, validated in readArticleBody: one path for JSON and text/plain bodies.
  app.openAPIRegistry.registerPath(postArticle);
  app.post("/v1/articles", async (c) => {
    const input = await readArticleBody(c);
    const results = await ingest(c.env, input);
    return c.json({ articles: results.map(toResultJson), ...repairsOf([input]) }, anyNew(results) ? 201 : 200);
  });

  const postBatch = createRoute({
    method: "post",
    path: "/v1/articles/batch",
    summary: "Ingest many articles at once",
    security: [{ bearer: [] }],
    request: { body: { required: true, content: { "application/json": { schema: BatchInputSchema } } } },
    responses: {
      201: json(IngestAnswer, "At least one article was new"),
      200: json(IngestAnswer, "Nothing new"),
      400: problemResponse("Invalid input"),
      401: problemResponse("Missing or wrong token"),
      413: problemResponse("Body too large"),
      415: problemResponse("Not JSON"),
      422: problemResponse("An article's text is not Arabic news (almost no Arabic letters)"),
    },
  });
  app.use("/v1/articles/batch", requireToken, tooLarge(MAX_BATCH_BYTES), requireJson);
  app.openapi(postBatch, async (c) => {
    const { articles } = c.req.valid("json");
    const inputs = articles.map(toInput);
    const results = await ingestBatch(c.env, inputs);
    return c.json({ articles: results.map(toResultJson), ...repairsOf(inputs) }, anyNew(results) ? 201 : 200);
  });

  // ---- articles ----
  const getOneArticle = createRoute({
    method: "get",
    path: "/v1/articles/{id}",
    summary: "An article: metadata, text, claims with offsets, and where else the story appeared",
    request: {
      params: z.object({
        id: z
          .string()
          .regex(/^[0-9a-f]{32}$/, "article ids are 32 hex characters")
          .openapi({ param: { name: "id", in: "path" } }),
      }),
    },
    responses: { 200: json(ArticleSchema, "The article"), 400: problemResponse("Malformed id"), 404: problemResponse("Unknown article") },
  });
  app.openapi(getOneArticle, async (c) => {
    const { id } = c.req.valid("param");
    const [stored, record, copies, decisions] = await Promise.all([
      getArticle(c.env.ARTICLES, id),
      articleIndexStub(c.env).article(id),
      articleIndexStub(c.env).copiesOf(id),
      deskStub(c.env).decisionsFor(id),
    ]);
    if (!stored || !record) throw new ProblemError(404, `No article with id ${id}.`);
    // What views read: the machine's claims through the analysts' decisions (both are given).
    const reviewed = applyDecisions(id, stored.text, stored.claims, decisions).claims;
    const m = record;
    return c.json(
      {
        id,
        title: m.title,
        outlet: m.outlet,
        url: m.url,
        source: m.source,
        published_at: m.publishedAt,
        observed_on: m.observedOn,
        date_source: m.dateSource,
        ingested_at: m.ingestedAt,
        extractor_version: m.extractorVersion,
        syndication_of: m.canonicalId === id ? null : m.canonicalId,
        also_appeared_in: copies.map((x) => ({ id: x.id, title: x.title, outlet: x.outlet, observed_on: x.observedOn })),
        text: stored.text,
        claims: reviewed,
        machine_claims: stored.claims,
        unknown_speakers: (stored.unknownSpeakers ?? []).map((u) => ({
          start: u.start,
          end: u.end,
          name: u.name,
          suggested_party: u.suggestedParty,
          has_cue: u.hasCue,
        })),
      },
      200,
    );
  });

  const listArticles = createRoute({
    method: "get",
    path: "/v1/articles",
    summary: "Articles that carry claims, newest first",
    request: {
      query: PageQuery.merge(DateRange).extend({
        party: PartyId.optional().openapi({ param: { in: "query" } }),
        topic: Topic.optional().openapi({ param: { in: "query" } }),
      }),
    },
    responses: {
      200: json(z.object({ articles: z.array(ArticleSummarySchema), next_cursor: NextCursor }), "A page of articles"),
      400: problemResponse("Invalid query"),
    },
  });
  app.openapi(listArticles, async (c) => {
    const q = c.req.valid("query");
    checkRange(q.from, q.to);
    const page = await articleIndexStub(c.env).articles(q);
    return c.json(
      {
        articles: page.articles.map((a) => ({
          id: a.id,
          title: a.title,
          outlet: a.outlet,
          url: a.url,
          observed_on: a.observedOn,
          date_source: a.dateSource,
          claim_count: a.claimCount,
          parties: a.parties,
          syndication_of: a.canonicalId === a.id ? null : a.canonicalId,
        })),
        next_cursor: page.nextCursor,
      },
      200,
    );
  });
  return app;
}

/** JSON or text/plain; anything else is a 415. JSON is validated here so both shapes share one path. */
async function readArticleBody(c: Context<App>): Promise<CheckedInput> {
  const type = (c.req.header("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  if (type === "application/json") {
    let body: unknown;
    try {
      body = await c.req.json();
    } catch {
      throw new ProblemError(400, "The body is not valid JSON.");
    }
    const parsed = ArticleInputSchema.safeParse(body);
    if (!parsed.success) {
      const errors = parsed.error.issues.map((i) => ({ path: i.path.join(".") || "(body)", message: i.message }));
      throw new ProblemError(400, errors.map((e) => `${e.path}: ${e.message}`).join("; "), { errors });
    }
    return toInput(parsed.data);
  }
  if (type === "text/plain") {
    const bytes = await c.req.arrayBuffer();
    let text: string;
    try {
      text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
    } catch {
      throw new ProblemError(400, "The body is not valid UTF-8 text.");
    }
    const q = c.req.query();
    const meta = ArticleInputSchema.omit({ text: true }).safeParse({ published_at: q.published_at, source: q.source, url: q.url });
    if (!meta.success) throw new ProblemError(400, meta.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; "));
    return checkText({ text, source: meta.data.source, url: meta.data.url, publishedAt: meta.data.published_at });
  }
  throw new ProblemError(415, `Send the article as application/json ({"text": …}) or text/plain, not ${type || "an untyped body"}.`);
}

/**
 * Reject text that cannot be an Arabic news article; read back Arabic garbled through a one-byte code page
 * («ط§ظ„ط£ط³ط¯», repairMojibake) first, its title with it.
 */
function checkText(input: ArticleInput): CheckedInput {
  const repair = repairMojibake(input.text);
  const text = repair.text;
  if (!text.trim()) throw new ProblemError(400, "text is empty or only white space.");
  if (text.includes("\u0000")) throw new ProblemError(400, "text contains NUL bytes; send text, not binary data.");
  if (/\uFFFD{2,}/.test(text) || (text.match(/\uFFFD/g) ?? []).length > 8) {
    throw new ProblemError(400, "text contains undecodable bytes (U+FFFD); send UTF-8 text.");
  }
  const arabic = (text.match(/[\u0600-\u06FF]/g) ?? []).length;
  if (arabic < 20) throw new ProblemError(422, "text has (almost) no Arabic letters; this service reads Arabic news.");
  if (repair.words === 0) return input;
  const title = input.title === undefined ? undefined : repairMojibake(input.title, 1).text;
  return { ...input, text, title, repairedWords: repair.words };
}

/** An article as accepted: with how many of its words were read back from a garbled encoding, if any were. */
type CheckedInput = ArticleInput & { repairedWords?: number };

/** The inputs whose text was read back from a garbled encoding (checkText), for the answer's `repaired`. */
function repairsOf(inputs: readonly CheckedInput[]) {
  const repaired = inputs.flatMap((input, k) => (input.repairedWords ? [{ input: k, words: input.repairedWords }] : []));
  return repaired.length ? { repaired } : {};
}

function toInput(a: { text: string; title?: string; url?: string; source?: string; published_at?: string }): CheckedInput {
  return checkText({ text: a.text, title: a.title, url: a.url, source: a.source, publishedAt: a.published_at });
}

const anyNew = (results: IngestResult[]) => results.some((r) => r.status !== "unchanged");

function toResultJson(r: IngestResult) {
  return {
    id: r.id,
    status: r.status,
    title: r.title,
    published_at: r.publishedAt,
    observed_on: r.observedOn,
    date_source: r.dateSource,
    syndication_of: r.syndicationOf,
    claims: r.claims,
  };
}
