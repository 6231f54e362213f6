// The Hono app: validation, auth, errors, OpenAPI; routes translate HTTP to ingest/store calls and back.
import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { bodyLimit } from "hono/body-limit";
import { secureHeaders } from "hono/secure-headers";
import type { Env } from "../env";
import { loadSources, saveSources, SourceSchema } from "../ingest/feeds";
import { deskStub, directoryStub, ingest, partyStub, type ArticleInput, type IngestResult } from "../ingest/index";
import { applyDecisions } from "../review/layer";
import { planRun } from "../ingest/jobs";
import { LEXICON_FILES, lexiconKey, loadLexicon, sha256Hex } from "../ingest/lexicon";
import { seedFeedXml, seedPageHtml } from "../ingest/seed-feed";
import { DEFAULT_LEXICON_DATA } from "../stance/default-lexicon";
import { compileLexicon, LexiconError } from "../stance/lexicon";
import type { RunRecord } from "../store/directory";
import { getArticle } from "../store/articles";
import type { Observation } from "../store/model";
import type { Verdict } from "../store/verdict";
import { renderDocs } from "./docs";
import { registerAlertRoutes } from "./alerts";
import { registerExportRoutes } from "./export";
import { registerReviewRoutes } from "./review";
import { finishSpec } from "./spec";
import { dashboardCors, optionalReadToken, requireWriteToken, writeRateLimit } from "./guard";
import { onError, problem, ProblemError } from "./problem";
import {
  ArticleInputSchema,
  BatchInputSchema,
  AsOf,
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

  app.use("/v1/*", dashboardCors());
  app.use("/v1/*", optionalReadToken());

  // Writes: the bearer token (constant-time, fail closed), then the per-client rate limit.
  const tokenCheck = requireWriteToken();
  const rateLimit = writeRateLimit();
  const requireToken = async (c: Context<App>, next: () => Promise<void>) =>
    tokenCheck(c, async () => {
      await rateLimit(c, next);
    });

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
    const [stored, record, copies, decisions] = await Promise.all([
      getArticle(c.env.ARTICLES, id),
      directoryStub(c.env).article(id),
      directoryStub(c.env).copiesOf(id),
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
        unknown_speakers: stored.unknownSpeakers ?? [],
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
      request: { params: partyParams, query: AsOf },
      responses: { 200: json(z.any(), "The party"), 400: problemResponse("Invalid query"), 404: problemResponse("Unknown party") },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const { as_of } = c.req.valid("query");
      const summary = await partyStub(c.env, id).summary(id, 5, as_of);
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
        query: PageQuery.merge(DateRange)
          .merge(AsOf)
          .extend({
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
      const page = await partyStub(c.env, id).history(id, q);
      // An unfiltered first page with nothing in it: the party has no history at all.
      if (page.observations.length === 0 && !q.cursor && !q.topic && !q.actor && !q.from && !q.to && !q.as_of) {
        throw new ProblemError(404, `No observations for party "${id}".`);
      }
      return c.json({ party: id, observations: page.observations.map(observationJson), next_cursor: page.nextCursor }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/v1/topics/{topic}",
      summary: "The dashboard matrix for one topic: every party's and person's current stance",
      request: { params: z.object({ topic: Topic.openapi({ param: { name: "topic", in: "path" } }) }), query: DateRange.merge(AsOf) },
      responses: {
        200: json(
          z.object({
            topic: z.string(),
            parties: z.array(VerdictSchema.extend({ party: z.string(), actors: z.array(VerdictSchema.extend({ actor: z.string() })) })),
          }),
          "The matrix",
        ),
        400: problemResponse("Unknown topic"),
      },
    }),
    async (c) => {
      const { topic } = c.req.valid("param");
      const { from, to, as_of } = c.req.valid("query");
      checkRange(from, to);
      const cells = await directoryStub(c.env).matrix(topic, from, to, as_of);
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

  // ---- sources (the feeds the cron fetches) ----
  const sourceParams = z.object({
    id: z
      .string()
      .max(80)
      .openapi({ param: { name: "id", in: "path" } }),
  });
  app.use("/v1/sources", async (c, next) => (c.req.method === "GET" ? next() : requireToken(c, next)));
  app.use("/v1/sources/*", async (c, next) => (c.req.method === "GET" ? next() : requireToken(c, next)));
  app.openapi(
    createRoute({
      method: "get",
      path: "/v1/sources",
      summary: "The feed sources the cron fetches",
      responses: { 200: json(z.object({ sources: z.array(SourceSchema) }), "Sources") },
    }),
    async (c) => c.json({ sources: await loadSources(c.env.CONFIG) }, 200),
  );
  app.openapi(
    createRoute({
      method: "post",
      path: "/v1/sources",
      summary: "Add a feed source",
      security: [{ bearer: [] }],
      request: { body: { required: true, content: { "application/json": { schema: SourceSchema } } } },
      responses: {
        201: json(SourceSchema, "Added"),
        400: problemResponse("Invalid source"),
        401: problemResponse("Token"),
        409: problemResponse("The id exists"),
      },
    }),
    async (c) => {
      const source = c.req.valid("json");
      const sources = await loadSources(c.env.CONFIG);
      if (sources.some((s) => s.id === source.id))
        throw new ProblemError(409, `A source with id "${source.id}" exists; PATCH it or pick another id.`);
      await saveSources(c.env.CONFIG, [...sources, source]);
      return c.json(source, 201);
    },
  );
  app.openapi(
    createRoute({
      method: "patch",
      path: "/v1/sources/{id}",
      summary: "Enable or disable a source",
      security: [{ bearer: [] }],
      request: {
        params: sourceParams,
        body: { required: true, content: { "application/json": { schema: z.object({ enabled: z.boolean() }).strict() } } },
      },
      responses: {
        200: json(SourceSchema, "Updated"),
        400: problemResponse("Invalid"),
        401: problemResponse("Token"),
        404: problemResponse("Unknown source"),
      },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const { enabled } = c.req.valid("json");
      const sources = await loadSources(c.env.CONFIG);
      const source = sources.find((s) => s.id === id);
      if (!source) throw new ProblemError(404, `No source with id "${id}".`);
      source.enabled = enabled;
      await saveSources(c.env.CONFIG, sources);
      return c.json(source, 200);
    },
  );
  app.openapi(
    createRoute({
      method: "delete",
      path: "/v1/sources/{id}",
      summary: "Remove a source",
      security: [{ bearer: [] }],
      request: { params: sourceParams },
      responses: { 204: { description: "Removed" }, 401: problemResponse("Token"), 404: problemResponse("Unknown source") },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const sources = await loadSources(c.env.CONFIG);
      if (!sources.some((s) => s.id === id)) throw new ProblemError(404, `No source with id "${id}".`);
      await saveSources(
        c.env.CONFIG,
        sources.filter((s) => s.id !== id),
      );
      return c.body(null, 204);
    },
  );

  // ---- runs of the cron ----
  app.use("/v1/runs", async (c, next) => (c.req.method === "POST" ? requireToken(c, next) : next()));
  app.openapi(
    createRoute({
      method: "get",
      path: "/v1/runs",
      summary: "Runs of the cron, newest first",
      request: { query: PageQuery },
      responses: { 200: json(z.any(), "Runs") },
    }),
    async (c) => {
      const { limit, cursor } = c.req.valid("query");
      const page = await directoryStub(c.env).runs(limit, cursor);
      return c.json({ runs: page.runs.map(runJson), next_cursor: page.nextCursor }, 200);
    },
  );
  app.openapi(
    createRoute({
      method: "get",
      path: "/v1/runs/{id}",
      summary: "One run: trigger, sources fetched, new articles, re-extracted, failures with reasons, duration",
      request: {
        params: z.object({
          id: z
            .string()
            .max(80)
            .openapi({ param: { name: "id", in: "path" } }),
        }),
      },
      responses: { 200: json(z.any(), "The run"), 404: problemResponse("Unknown run") },
    }),
    async (c) => {
      const run = await directoryStub(c.env).getRun(c.req.valid("param").id);
      if (!run) throw new ProblemError(404, `No run with id "${c.req.valid("param").id}".`);
      return c.json(runJson(run), 200);
    },
  );
  app.openapi(
    createRoute({
      method: "post",
      path: "/v1/runs",
      summary: "Start a run now (fetch feeds, re-extract stale articles)",
      security: [{ bearer: [] }],
      responses: { 202: json(z.object({ run_id: z.string(), planned: z.number() }), "Planned"), 401: problemResponse("Token") },
    }),
    async (c) => {
      const { runId, planned } = await planRun(c.env, "manual");
      return c.json({ run_id: runId, planned }, 202);
    },
  );

  // ---- lexicon (analysts change it without a deploy; a change re-extracts on the next run) ----
  const lexiconParams = z.object({ file: z.enum(LEXICON_FILES).openapi({ param: { name: "file", in: "path" } }) });
  app.use("/v1/lexicon/*", async (c, next) => (c.req.method === "GET" ? next() : requireToken(c, next)));
  app.use("/v1/lexicon/*", async (c, next) => (c.req.method === "PUT" ? tooLarge(MAX_LEXICON_BYTES)(c, next) : next()));
  app.openapi(
    createRoute({
      method: "get",
      path: "/v1/lexicon/{file}",
      summary: "A lexicon file as the extractor uses it",
      request: { params: lexiconParams },
      responses: { 200: json(z.any(), "The file") },
    }),
    async (c) => {
      const { file } = c.req.valid("param");
      const stored = await c.env.CONFIG.get(lexiconKey(file), "json");
      return c.json((stored ?? DEFAULT_LEXICON_DATA[file]) as Record<string, unknown>, 200);
    },
  );
  app.openapi(
    createRoute({
      method: "put",
      path: "/v1/lexicon/{file}",
      summary: "Replace a lexicon file (validated before it is stored)",
      security: [{ bearer: [] }],
      request: {
        params: lexiconParams,
        body: { required: true, content: { "application/json": { schema: z.record(z.string(), z.unknown()) } } },
      },
      responses: {
        200: json(z.object({ version: z.string() }), "Stored"),
        401: problemResponse("Token"),
        422: problemResponse("The lexicon does not validate"),
      },
    }),
    async (c) => {
      const { file } = c.req.valid("param");
      const body = c.req.valid("json");
      const data = { ...DEFAULT_LEXICON_DATA };
      for (const f of LEXICON_FILES) {
        const stored = f === file ? body : await c.env.CONFIG.get(lexiconKey(f), "json");
        if (stored) data[f] = stored;
      }
      try {
        compileLexicon(data);
      } catch (e) {
        if (e instanceof LexiconError) throw new ProblemError(422, e.message);
        throw e;
      }
      await c.env.CONFIG.put(lexiconKey(file), JSON.stringify(body));
      return c.json({ version: (await loadLexicon(c.env.CONFIG)).version }, 200);
    },
  );

  // ---- review: the queue, decisions as a layer over the machine's claims, aliases, audit, gold ----
  registerReviewRoutes(app, requireToken, requireJson);

  // ---- exports: observations (CSV, JSON lines) and networks (GraphML) ----
  registerExportRoutes(app);

  // ---- reversal alerts: list, Atom feed, webhooks ----
  registerAlertRoutes(app, requireToken, requireJson);

  // ---- live updates for dashboards (a WebSocket held by the Directory object, hibernatable) ----
  app.get("/v1/live", async (c) => {
    if (c.req.header("upgrade")?.toLowerCase() !== "websocket")
      throw new ProblemError(426 as ContentfulStatusCode, "Open /v1/live as a WebSocket to hear of new articles.");
    const upgraded = await directoryStub(c.env).fetch(c.req.raw);
    // A fresh response (the object's has immutable headers) so the secure-headers middleware can add its own.
    return new Response(null, { status: upgraded.status, webSocket: upgraded.webSocket });
  });

  // ---- the project's own feed of the seed articles (offline runs of the cron path) ----
  // The seed feed never changes within a build: an ETag of its text lets a second run's conditional fetch cost nothing.
  app.get("/feeds/seeds.xml", async (c) => {
    const xml = seedFeedXml(new URL(c.req.url).origin);
    const etag = `"${(await sha256Hex(xml)).slice(0, 16)}"`;
    if (c.req.header("if-none-match") === etag) return c.body(null, 304, { etag });
    return c.body(xml, 200, { "content-type": "application/rss+xml; charset=utf-8", etag });
  });
  app.get("/feeds/seeds/:file/:page", (c) => {
    const k = Number(c.req.param("page").replace(/\.html$/, ""));
    const html = seedPageHtml(c.req.param("file"), k);
    if (!html) throw new ProblemError(404, "No such seed article.");
    return c.html(html);
  });

  // ---- description ----
  app.openAPIRegistry.registerComponent("securitySchemes", "bearer", { type: "http", scheme: "bearer" });
  const document = () =>
    finishSpec(
      app.getOpenAPI31Document({
        openapi: "3.1.0",
        info: {
          title: "Geneva-2 stance tracker",
          version: "1.0.0",
          description: "Who stands where on the Geneva-2 questions (preconditions, Iran's participation, Assad's role), from Arabic news.",
        },
      }),
      { $ref: "#/components/schemas/Problem" },
    );
  app.get("/openapi.json", (c) => c.json(document()));
  app.get("/docs", async (c) => {
    const spec = document();
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
  if (/\uFFFD{2,}/.test(text) || (text.match(/\uFFFD/g) ?? []).length > 8) {
    throw new ProblemError(400, "text contains undecodable bytes (U+FFFD); send UTF-8 text.");
  }
  const arabic = (text.match(/[\u0600-\u06FF]/g) ?? []).length;
  if (arabic < 20) throw new ProblemError(422, "text has (almost) no Arabic letters; this service reads Arabic news.");
  return input;
}

async function requireJson(c: Context<App>, next: () => Promise<void>) {
  const type = (c.req.header("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  if (c.req.method === "POST" && type !== "application/json") {
    throw new ProblemError(415, `Send the body as application/json, not ${type || "an untyped body"}.`);
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

const MAX_LEXICON_BYTES = 2 * 1024 * 1024;

function runJson(r: RunRecord) {
  return {
    id: r.id,
    trigger: r.trigger,
    started_at: r.startedAt,
    finished_at: r.finishedAt,
    duration_ms: r.durationMs,
    planned: r.planned,
    done: r.done,
    sources_fetched: r.sourcesFetched,
    not_modified: r.notModified,
    items_queued: r.itemsQueued,
    new_articles: r.newArticles,
    skipped: r.skipped,
    reextracted: r.reextracted,
    failed: r.failed,
    ...(r.failures ? { failures: r.failures } : {}),
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
    review: o.review,
    stated_on: o.statedOn,
    recorded_at: o.recordedAt,
  };
}
