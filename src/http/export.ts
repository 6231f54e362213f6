// Exports over HTTP: observations as CSV or JSON lines (streamed; paginated by cursor when a limit is given), and
// the affiliation and agreement networks as GraphML. Same filters as a party's history; read through the review
// layer, since the histories hold the reviewed claims.
import { createRoute, z, type OpenAPIHono } from "@hono/zod-openapi";
import { affiliationNetwork, agreementNetwork, toGraphML } from "../export/network";
import { ExportCursorError, exportStream, type ExportQuery } from "../export/observations";
import { ProblemError } from "./problem";
import { type App, newApp, problemResponse } from "./shared";
import { DateRange, PartyId, Topic } from "./schemas";

const Filters = DateRange.extend({
  party: PartyId.optional().openapi({ param: { in: "query" } }),
  actor: z
    .string()
    .regex(/^[a-z][a-z0-9_]{1,60}$/)
    .optional()
    .openapi({ param: { in: "query" } }),
  topic: Topic.optional().openapi({ param: { in: "query" } }),
});

const Paging = z.object({
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(10_000)
    .optional()
    .openapi({ param: { in: "query" }, description: "rows in this answer (absent: every row, streamed)" }),
  cursor: z
    .string()
    .max(500)
    .optional()
    .openapi({ param: { in: "query" }, description: "the X-Next-Cursor of the previous answer" }),
});

function checkRange(q: { from?: string; to?: string }) {
  if (q.from && q.to && q.from > q.to) throw new ProblemError(400, `from (${q.from}) is after to (${q.to}).`);
}

/** The exports resource, mounted by the app. */
export function exportRoutes(): OpenAPIHono<App> {
  const app = newApp();
  registerExportRoutes(app);
  return app;
}

function registerExportRoutes(app: OpenAPIHono<App>): void {
  for (const format of ["csv", "jsonl"] as const) {
    const type = format === "csv" ? "text/csv; charset=utf-8; header=present" : "application/x-ndjson; charset=utf-8";
    app.openAPIRegistry.registerPath(
      createRoute({
        method: "get",
        path: `/v1/export/observations.${format}`,
        summary:
          format === "csv" ? "Every observation as CSV (RFC 4180, UTF-8 with BOM), streamed" : "Every observation as JSON lines, streamed",
        description:
          "Columns: party, actor, topic, stance, conditions (;-separated), evidence, start, end, confidence, reported_by, article_id, title, outlet, observed_on, date_source, recorded_at, syndication_group (the canonical article of a story), review (an analyst's verdict). With `limit`, one page and its next cursor in X-Next-Cursor and a Link header.",
        request: { query: Filters.merge(Paging) },
        responses: {
          200: {
            content: { [type.split(";")[0]!]: { schema: z.string() } },
            description: "The observations",
            headers: {
              "X-Next-Cursor": {
                description: "with `limit`, when more rows follow: ?cursor= for the next page",
                schema: { type: "string" },
              },
              Link: { description: 'with `limit`, when more rows follow: <next page>; rel="next"', schema: { type: "string" } },
            },
          },
          400: problemResponse("Invalid filter or cursor"),
        },
      }),
    );
    app.get(`/v1/export/observations.${format}`, async (c) => {
      const parsed = Filters.merge(Paging).safeParse(c.req.query());
      if (!parsed.success) throw new ProblemError(400, parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; "));
      const q: ExportQuery = parsed.data;
      checkRange(q);
      let out: Awaited<ReturnType<typeof exportStream>>;
      try {
        out = await exportStream(c.env, q, format);
      } catch (e) {
        if (e instanceof ExportCursorError) throw new ProblemError(400, e.message);
        throw e;
      }
      const headers: Record<string, string> = {
        "content-type": type,
        "content-disposition": `attachment; filename="observations.${format}"`,
        "cache-control": "no-store",
      };
      if (out.next) {
        const url = new URL(c.req.url);
        url.searchParams.set("cursor", out.next);
        headers["x-next-cursor"] = out.next;
        headers.link = `<${url.pathname}${url.search}>; rel="next"`;
      }
      return new Response(out.body, { status: 200, headers });
    });
  }

  const NetworkQuery = Filters.extend({
    graph: z
      .enum(["affiliation", "agreement"])
      .default("affiliation")
      .openapi({ param: { in: "query" }, description: "affiliation: actors × topic:stance; agreement: party × party" }),
  });
  app.openAPIRegistry.registerPath(
    createRoute({
      method: "get",
      path: "/v1/export/network.graphml",
      summary: "The DNA-style affiliation network, or the party agreement network, as GraphML",
      description:
        "affiliation: actor and concept (topic:stance) nodes, an edge per actor × concept with weight (observations), first and last date. agreement: party nodes, an edge where two parties' current stances agree on at least one question, weight = how many, topics = which.",
      request: { query: NetworkQuery },
      responses: {
        200: { content: { "application/graphml+xml": { schema: z.string() } }, description: "GraphML" },
        400: problemResponse("Invalid filter"),
      },
    }),
  );
  app.get("/v1/export/network.graphml", async (c) => {
    const parsed = NetworkQuery.safeParse(c.req.query());
    if (!parsed.success) throw new ProblemError(400, parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; "));
    const q = parsed.data;
    checkRange(q);
    const graph = q.graph === "agreement" ? await agreementNetwork(c.env, q) : await affiliationNetwork(c.env, q);
    return new Response(toGraphML(graph, q.graph), {
      headers: {
        "content-type": "application/graphml+xml; charset=utf-8",
        "content-disposition": `attachment; filename="${q.graph}.graphml"`,
        "cache-control": "no-store",
      },
    });
  });
}
