// Runs of the cron: start one, list them, one with its failures.
import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { runLogStub } from "../../store/stubs";
import { planRun } from "../../ingest/jobs";
import type { RunRecord } from "../../store/run-log";
import { ProblemError } from "../problem";
import { NextCursor, PageQuery } from "../schemas";
import { type App, json, newApp, problemResponse, requireToken } from "../shared";

const count = z.number().int();
const RunSchema = z
  .object({
    id: z.string(),
    trigger: z.string().openapi({ description: '"manual", or "cron <schedule>"' }),
    started_at: z.string(),
    finished_at: z.string().nullable().openapi({ description: "null while the run's jobs are still running" }),
    duration_ms: z.number(),
    planned: count,
    done: count,
    sources_fetched: count,
    not_modified: count,
    items_queued: count,
    new_articles: count,
    skipped: count,
    reextracted: count,
    failed: count,
    failures: z
      .array(z.object({ subject: z.string(), reason: z.string(), final: z.boolean(), at: z.string() }))
      .optional()
      .openapi({ description: "one run (GET /v1/runs/{id}): each failure and its reason" }),
  })
  .openapi("Run");

export function runRoutes(): OpenAPIHono<App> {
  const app = newApp();
  // ---- runs of the cron ----
  app.use("/v1/runs", async (c, next) => (c.req.method === "POST" ? requireToken(c, next) : next()));
  app.openapi(
    createRoute({
      method: "get",
      path: "/v1/runs",
      summary: "Runs of the cron, newest first",
      request: { query: PageQuery },
      responses: { 200: json(z.object({ runs: z.array(RunSchema), next_cursor: NextCursor }), "Runs") },
    }),
    async (c) => {
      const { limit, cursor } = c.req.valid("query");
      const page = await runLogStub(c.env).runs(limit, cursor);
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
      responses: { 200: json(RunSchema, "The run"), 404: problemResponse("Unknown run") },
    }),
    async (c) => {
      const run = await runLogStub(c.env).getRun(c.req.valid("param").id);
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
  return app;
}

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
