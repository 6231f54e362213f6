// The Hono app: validation, auth, errors, OpenAPI; routes translate HTTP to ingest/store calls and back.
import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { bodyLimit } from "hono/body-limit";
import { bearerAuth } from "hono/bearer-auth";
import { secureHeaders } from "hono/secure-headers";
import type { Env } from "../env";
import { directoryStub, ingest, partyStub, type ArticleInput, type IngestResult } from "../ingest/index";
import { getArticle } from "../store/articles";
import type { Observation } from "../store/model";
import type { Verdict } from "../store/verdict";
import { renderDocs } from "./docs";
import { onError, problem, ProblemError } from "./problem";
import {
  ArticleInputSchema,
  BatchInputSchema,
  DateRange,
  IngestResultSchema,
  MAX_ARTICLE_BYTES,
  MAX_BATCH_BYTES,
  ObservationSchema,
  PageQuery,
  PartyId,
  ProblemSchema,
  Topic,
  VerdictSchema,
} from "./schemas";

type App = { Bindings: Env };

const problemResponse = (description: string) => ({ content: { "application/problem+json": { schema: ProblemSchema } }, description });
const json = <T extends z.ZodType>(schema: T, description: string) => ({ content: { "application/json": { schema } }, description });

export function createApp() {
  const app = new OpenAPIHono<App>({
    // A request that fails validation gets a 400 naming each field at fault.
    defaultHook: (result) => {
      if (!result.success) {
        const errors = result.error.issues.map((i) => ({ path: i.path.join(".") || "(body)", message: i.message }));
        return problem(400, errors.map((e) => `${e.path}: ${e.message}`).join("; "), { errors });
      }
    },
  });
  app.onError(onError);
  app.notFound((c) => problem(404, `No route for ${c.req.method} ${new URL(c.req.url).pathname}; see /docs for the API.`));
  app.use("*", secureHeaders({ crossOriginResourcePolicy: "cross-origin" }));

  // Writes need the bearer token when one is configured (wrangler secret / .dev.vars).
  const requireToken = async (c: Context<App>, next: () => Promise<void>) => {
    const token = c.env.API_TOKEN;
    if (!token) return next();
    return bearerAuth({
      token,
      noAuthenticationHeaderMessage: {
        type: "about:blank",
        title: "Unauthorized",
        status: 401,
        detail: "Send Authorization: Bearer <token> to write.",
      },
      invalidTokenMessage: { type: "about:blank", title: "Unauthorized", status: 401, detail: "The bearer token is not valid." },
      invalidAuthenticationHeaderMessage: {
        type: "about:blank",
        title: "Unauthorized",
        status: 401,
        detail: "Use Authorization: Bearer <token>.",
      },
    })(c as unknown as Context, next);
  };

  const tooLarge = (limit: number) =>
    bodyLimit({
      maxSize: limit,
      onError: () => problem(413, `The request body is larger than ${Math.round(limit / 1024)} KB; split it into smaller requests.`),
    });

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
      201: json(z.object({ articles: z.array(IngestResultSchema) }), "At least one article was new"),
      200: json(z.object({ articles: z.array(IngestResultSchema) }), "Every article was already stored; nothing changed"),
      400: problemResponse("Invalid input"),
      401: problemResponse("Missing or wrong token"),
      413: problemResponse("Body too large"),
      415: problemResponse("Neither JSON nor plain text"),
    },
  });
  app.use("/v1/articles", async (c, next) => (c.req.method === "POST" ? requireToken(c, next) : next()));
  app.use("/v1/articles", async (c, next) => (c.req.method === "POST" ? tooLarge(MAX_ARTICLE_BYTES * 2)(c, next) : next()));
  // Documented here, validated in readArticleBody: one path for JSON and text/plain bodies.
  app.openAPIRegistry.registerPath(postArticle);
  app.post("/v1/articles", async (c) => {
    const input = await readArticleBody(c);
    const results = await ingest(c.env, input);
    return c.json({ articles: results.map(toResultJson) }, anyNew(results) ? 201 : 200);
  });

  const postBatch = createRoute({
    method: "post",
    path: "/v1/articles/batch",
    summary: "Ingest many articles at once",
    security: [{ bearer: [] }],
    request: { body: { required: true, content: { "application/json": { schema: BatchInputSchema } } } },
    responses: {
      201: json(z.object({ articles: z.array(IngestResultSchema) }), "At least one article was new"),
      200: json(z.object({ articles: z.array(IngestResultSchema) }), "Nothing new"),
      400: problemResponse("Invalid input"),
      401: problemResponse("Missing or wrong token"),
      413: problemResponse("Body too large"),
      415: problemResponse("Not JSON"),
    },
  });
  app.use("/v1/articles/batch", requireToken, tooLarge(MAX_BATCH_BYTES), requireJson);
  app.openapi(postBatch, async (c) => {
    const { articles } = c.req.valid("json");
    const results: IngestResult[] = [];
    for (const a of articles) results.push(...(await ingest(c.env, toInput(a))));
    return c.json({ articles: results.map(toResultJson) }, anyNew(results) ? 201 : 200);
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
    responses: { 200: json(z.any(), "The article"), 400: problemResponse("Malformed id"), 404: problemResponse("Unknown article") },
  });
  app.openapi(getOneArticle, async (c) => {
    const { id } = c.req.valid("param");
    const [stored, record, copies] = await Promise.all([
      getArticle(c.env.ARTICLES, id),
      directoryStub(c.env).article(id),
      directoryStub(c.env).copiesOf(id),
    ]);
    if (!stored || !record) throw new ProblemError(404, `No article with id ${id}.`);
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
        claims: stored.claims,
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
    responses: { 200: json(z.any(), "A page of articles"), 400: problemResponse("Invalid query") },
  });
  app.openapi(listArticles, async (c) => {
    const q = c.req.valid("query");
    checkRange(q.from, q.to);
    const page = await directoryStub(c.env).articles(q);
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

  // ---- parties, actors, topics ----
  app.openapi(
    createRoute({
      method: "get",
      path: "/v1/parties",
      summary: "Tracked parties with counts and last observation",
      responses: { 200: json(z.any(), "Parties") },
    }),
    async (c) => {
      const list = await directoryStub(c.env).parties();
      return c.json(
        {
          parties: list.map((p) => ({
            party: p.party,
            observations: p.observations,
            articles: p.articles,
            last_observed: p.lastObserved,
            actors: p.actors,
          })),
        },
        200,
      );
    },
  );
  app.openapi(
    createRoute({
      method: "get",
      path: "/v1/actors",
      summary: "Tracked speakers (people and parties) with counts",
      responses: { 200: json(z.any(), "Actors") },
    }),
    async (c) => {
      const list = await directoryStub(c.env).actors();
      return c.json(
        {
          actors: list.map((a) => ({
            actor: a.actor,
            party: a.party,
            observations: a.observations,
            last_observed: a.lastObserved,
            topics: a.topics,
          })),
        },
        200,
      );
    },
  );

  const partyParams = z.object({ id: PartyId.openapi({ param: { name: "id", in: "path" }, example: "russia" }) });
  app.openapi(
    createRoute({
      method: "get",
      path: "/v1/parties/{id}",
      summary: "A party's current stance per topic, with the observations behind it",
      request: { params: partyParams },
      responses: { 200: json(z.any(), "The party"), 404: problemResponse("Unknown party") },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const summary = await partyStub(c.env, id).summary(id);
      if (summary.length === 0) throw new ProblemError(404, `No observations for party "${id}"; GET /v1/parties lists the tracked ones.`);
      return c.json(
        {
          party: id,
          topics: Object.fromEntries(
            summary.map((t) => [
              t.topic,
              {
                ...verdictJson(t.verdict),
                actors: Object.fromEntries(Object.entries(t.byActor).map(([a, v]) => [a, verdictJson(v)])),
                latest: t.latest.map(observationJson),
              },
            ]),
          ),
        },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/v1/parties/{id}/history",
      summary: "A party's observations in publication order, shifts marked",
      request: {
        params: partyParams,
        query: PageQuery.merge(DateRange).extend({
          topic: Topic.optional().openapi({ param: { in: "query" } }),
          actor: z
            .string()
            .regex(/^[a-z][a-z0-9_]{1,40}$/)
            .optional()
            .openapi({ param: { in: "query" } }),
        }),
      },
      responses: {
        200: json(
          z.object({ party: z.string(), observations: z.array(ObservationSchema), next_cursor: z.string().nullable() }),
          "A page of history",
        ),
        400: problemResponse("Invalid query"),
        404: problemResponse("Unknown party"),
      },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const q = c.req.valid("query");
      checkRange(q.from, q.to);
      const stub = partyStub(c.env, id);
      if ((await stub.count()) === 0) throw new ProblemError(404, `No observations for party "${id}".`);
      const page = await stub.history(id, q);
      return c.json({ party: id, observations: page.observations.map(observationJson), next_cursor: page.nextCursor }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/v1/topics/{topic}",
      summary: "The dashboard matrix for one topic: every party's and person's current stance",
      request: { params: z.object({ topic: Topic.openapi({ param: { name: "topic", in: "path" } }) }), query: DateRange },
      responses: { 200: json(z.any(), "The matrix"), 400: problemResponse("Unknown topic") },
    }),
    async (c) => {
      const { topic } = c.req.valid("param");
      const { from, to } = c.req.valid("query");
      checkRange(from, to);
      const cells = await directoryStub(c.env).matrix(topic, from, to);
      return c.json(
        {
          topic,
          parties: cells.map((cell) => ({
            party: cell.party,
            ...verdictJson(cell),
            actors: cell.actors.map((a) => ({ actor: a.actor, ...verdictJson(a) })),
          })),
        },
        200,
      );
    },
  );

  // ---- description ----
  app.openAPIRegistry.registerComponent("securitySchemes", "bearer", { type: "http", scheme: "bearer" });
  app.doc31("/openapi.json", {
    openapi: "3.1.0",
    info: {
      title: "Geneva-2 stance tracker",
      version: "1.0.0",
      description: "Who stands where on the Geneva-2 questions (preconditions, Iran's participation, Assad's role), from Arabic news.",
    },
  });
  app.get("/docs", async (c) => {
    const spec = app.getOpenAPI31Document({ openapi: "3.1.0", info: { title: "Geneva-2 stance tracker", version: "1.0.0" } });
    return c.html(renderDocs(spec as unknown as Parameters<typeof renderDocs>[0], new URL(c.req.url).origin));
  });
  return app;
}

/** JSON or text/plain; anything else is a 415. JSON is validated here so both shapes share one path. */
async function readArticleBody(c: Context<App>): Promise<ArticleInput> {
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
    return checkText(toInput(parsed.data));
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

/** Reject text that cannot be an Arabic news article. */
function checkText(input: ArticleInput): ArticleInput {
  const text = input.text;
  if (!text.trim()) throw new ProblemError(400, "text is empty or only white space.");
  if (text.includes("\u0000")) throw new ProblemError(400, "text contains NUL bytes; send text, not binary data.");
  const arabic = (text.match(/[\u0600-\u06FF]/g) ?? []).length;
  if (arabic < 20) throw new ProblemError(422, "text has (almost) no Arabic letters; this service reads Arabic news.");
  return input;
}

async function requireJson(c: Context<App>, next: () => Promise<void>) {
  const type = (c.req.header("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  if (c.req.method === "POST" && type !== "application/json") {
    throw new ProblemError(415, `Send the batch as application/json ({"articles": […]}), not ${type || "an untyped body"}.`);
  }
  await next();
}

function toInput(a: { text: string; title?: string; url?: string; source?: string; published_at?: string }): ArticleInput {
  return checkText({ text: a.text, title: a.title, url: a.url, source: a.source, publishedAt: a.published_at });
}

function checkRange(from?: string, to?: string) {
  if (from && to && from > to) throw new ProblemError(400, `from (${from}) is after to (${to}).`);
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

function verdictJson(v: Verdict) {
  return {
    current: v.current,
    counts: v.counts,
    contested: v.contested,
    last_change: v.lastChange,
    last_observed: v.lastObserved,
    observations: v.observations,
  };
}

function observationJson(o: Observation) {
  return {
    id: o.id,
    party: o.party,
    actor: o.actor,
    topic: o.topic,
    stance: o.stance,
    evidence: o.evidence,
    start: o.start,
    end: o.end,
    confidence: o.confidence,
    reported_by: o.reportedBy,
    conditions: o.conditions,
    article_id: o.articleId,
    canonical_id: o.canonicalId,
    observed_on: o.observedOn,
    date_source: o.dateSource,
    title: o.title,
    outlet: o.outlet,
    shift: o.shift,
    previous_stance: o.previousStance,
  };
}

export { VerdictSchema };
