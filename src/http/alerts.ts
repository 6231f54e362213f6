// Reversal alerts over HTTP: the list (filters, cursor), an Atom feed for feed readers, and webhooks (registered
// with a secret; each alert is delivered through the queue, signed, retried, dead-lettered, logged).
import { createRoute, z, type OpenAPIHono } from "@hono/zod-openapi";
import type { Context } from "hono";
import { XMLBuilder } from "fast-xml-parser";
import { ALERT_KINDS } from "../alerts/classify";
import { alertJson, alertLogStub } from "../alerts/deliver";
import type { Alert } from "../store/alert-log";
import { tokenLabel } from "./guard";
import { type App, json, newApp, problemResponse, requireJson, requireToken } from "./shared";
import { ProblemError } from "./problem";
import { NextCursor, PageQuery, PartyId, Topic } from "./schemas";

type Middleware = (c: Context<App>, next: () => Promise<void>) => Promise<void | Response>;

const AlertFilters = z.object({
  party: PartyId.optional().openapi({ param: { in: "query" } }),
  topic: Topic.optional().openapi({ param: { in: "query" } }),
  kind: z
    .enum(ALERT_KINDS)
    .optional()
    .openapi({ param: { in: "query" } }),
});

const WebhookInput = z
  .object({
    url: z
      .string()
      .url()
      .max(2048)
      .refine((u) => /^https:\/\//.test(u) || /^http:\/\/(?:localhost|127\.0\.0\.1)(?::\d+)?\//.test(u), "https only (http for localhost)"),
    secret: z.string().min(16, "at least 16 characters").max(200),
  })
  .openapi("WebhookInput");

const AlertSchema = z
  .object({
    id: z.string(),
    party: z.string(),
    topic: z.string(),
    kind: z.enum(ALERT_KINDS),
    from: z.string().nullable().openapi({ description: "the stance before (null: first stated)" }),
    to: z.string(),
    observed_on: z.string(),
    recorded_at: z.string(),
    article_id: z.string(),
    evidence: z.string().nullable(),
    previous: z
      .object({ article_id: z.string(), observed_on: z.string(), evidence: z.string().nullable() })
      .nullable()
      .openapi({ description: "the statement before, with its evidence" }),
  })
  .openapi("Alert");

const WebhookSchema = z
  .object({ id: z.string(), url: z.string(), created_at: z.string(), token_label: z.string() })
  .openapi("Webhook", { description: "A registered webhook (its secret is never shown)" });

const DeliverySchema = z
  .object({
    alert_id: z.string(),
    attempt: z.number().int(),
    outcome: z.enum(["delivered", "failed", "dead_lettered"]),
    status: z.number().int().nullable().openapi({ description: "the receiver's HTTP status (null: no answer)" }),
    error: z.string().nullable(),
    at: z.string(),
  })
  .openapi("WebhookDelivery");

const KIND_TEXT: Record<string, string> = {
  first_stated: "first stated",
  reaffirmed: "reaffirmed after a gap",
  softened: "softened",
  reversed: "reversed",
};

/** The Atom feed (RFC 4287) of the latest alerts. */
function atom(alerts: Alert[], base: string): string {
  const title = (a: Alert) =>
    `${a.party} ${KIND_TEXT[a.kind] ?? a.kind} on ${a.topic}: ${a.fromStance ? `${a.fromStance} → ` : ""}${a.toStance}`;
  const doc = {
    "?xml": { "@_version": "1.0", "@_encoding": "utf-8" },
    feed: {
      "@_xmlns": "http://www.w3.org/2005/Atom",
      title: "Geneva-2 stance tracker: reversal alerts",
      id: `${base}/v1/alerts.atom`,
      updated: alerts[0]?.recordedAt ?? new Date(0).toISOString(),
      link: [
        { "@_rel": "self", "@_href": `${base}/v1/alerts.atom` },
        { "@_rel": "alternate", "@_href": `${base}/` },
      ],
      author: { name: "Geneva-2 stance tracker" },
      entry: alerts.map((a) => ({
        id: `${base}/v1/alerts/${a.seq}`,
        title: title(a),
        updated: a.recordedAt,
        published: a.recordedAt,
        link: { "@_rel": "alternate", "@_href": `${base}/?view=timeline&party=${a.party}&topic=${a.topic}` },
        category: [{ "@_term": a.kind }, { "@_term": a.topic }, { "@_term": a.party }],
        summary: { "@_type": "text", "#text": a.evidence ?? title(a) },
        content: {
          "@_type": "text",
          "#text": [
            `${title(a)} (${a.observedOn})`,
            a.evidence ? `Now: «${a.evidence}»` : "",
            a.previous ? `Before (${a.previous.observedOn}): «${a.previous.evidence ?? a.previous.articleId}»` : "",
          ]
            .filter(Boolean)
            .join("\n"),
        },
      })),
    },
  };
  return new XMLBuilder({ ignoreAttributes: false, format: true, processEntities: true, suppressEmptyNode: true }).build(doc) as string;
}

/** The alerts and webhooks resource, mounted by the app. */
export function alertRoutes(): OpenAPIHono<App> {
  const app = newApp();
  registerAlertRoutes(app, requireToken, requireJson);
  return app;
}

function registerAlertRoutes(app: OpenAPIHono<App>, requireToken: Middleware, requireJson: Middleware): void {
  app.openapi(
    createRoute({
      method: "get",
      path: "/v1/alerts",
      summary: "Reversal alerts, newest first: first stated, reaffirmed after a gap, softened, reversed",
      description: "Each with the evidence on both sides (the statement that changed the current stance, and the one before).",
      request: { query: PageQuery.merge(AlertFilters) },
      responses: {
        200: json(z.object({ alerts: z.array(AlertSchema), next_cursor: NextCursor }), "A page of alerts"),
        400: problemResponse("Invalid query"),
      },
    }),
    async (c) => {
      const q = c.req.valid("query");
      const page = await alertLogStub(c.env).alerts(q);
      return c.json({ alerts: page.alerts.map(alertJson), next_cursor: page.nextCursor }, 200);
    },
  );

  app.openAPIRegistry.registerPath(
    createRoute({
      method: "get",
      path: "/v1/alerts.atom",
      summary: "The latest alerts as an Atom feed (filters as /v1/alerts)",
      request: { query: AlertFilters },
      responses: {
        200: { content: { "application/atom+xml": { schema: z.string() } }, description: "Atom" },
        400: problemResponse("Invalid query"),
      },
    }),
  );
  app.get("/v1/alerts.atom", async (c) => {
    const parsed = AlertFilters.safeParse(c.req.query());
    if (!parsed.success) throw new ProblemError(400, parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; "));
    const page = await alertLogStub(c.env).alerts({ ...parsed.data, limit: 50 });
    return new Response(atom(page.alerts, new URL(c.req.url).origin), {
      headers: { "content-type": "application/atom+xml; charset=utf-8", "cache-control": "max-age=60" },
    });
  });

  app.use("/v1/webhooks", requireToken);
  app.use("/v1/webhooks/*", requireToken);
  app.use("/v1/webhooks", async (c, next) => (c.req.method === "POST" ? requireJson(c, next) : next()));
  app.openapi(
    createRoute({
      method: "post",
      path: "/v1/webhooks",
      summary: "Register a webhook: every new alert is POSTed to it, signed with its secret",
      description:
        "Header X-Tracker-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of '<t>.<body>'>. Receivers refuse a signature older than 300 s (replays). Failed deliveries are retried with back-off, then dead-lettered; GET /v1/webhooks/{id}/deliveries logs each attempt.",
      security: [{ bearer: [] }],
      request: { body: { required: true, content: { "application/json": { schema: WebhookInput } } } },
      responses: {
        201: json(WebhookSchema.omit({ token_label: true }), "Registered"),
        400: problemResponse("Invalid URL or secret"),
        401: problemResponse("Token"),
        415: problemResponse("Not JSON"),
      },
    }),
    async (c) => {
      const { url, secret } = c.req.valid("json");
      const hook = await alertLogStub(c.env).addWebhook(url, secret, tokenLabel(c));
      return c.json({ id: hook.id, url: hook.url, created_at: hook.createdAt }, 201);
    },
  );
  app.openapi(
    createRoute({
      method: "get",
      path: "/v1/webhooks",
      summary: "Registered webhooks (secrets are never shown)",
      security: [{ bearer: [] }],
      responses: { 200: json(z.object({ webhooks: z.array(WebhookSchema) }), "Webhooks"), 401: problemResponse("Token") },
    }),
    async (c) => {
      const hooks = await alertLogStub(c.env).webhooks();
      return c.json({ webhooks: hooks.map((h) => ({ id: h.id, url: h.url, created_at: h.createdAt, token_label: h.tokenLabel })) }, 200);
    },
  );
  const hookParams = z.object({
    id: z
      .string()
      .uuid()
      .openapi({ param: { name: "id", in: "path" } }),
  });
  app.openapi(
    createRoute({
      method: "delete",
      path: "/v1/webhooks/{id}",
      summary: "Stop delivering to a webhook",
      security: [{ bearer: [] }],
      request: { params: hookParams },
      responses: {
        204: { description: "Removed" },
        400: problemResponse("Malformed id"),
        401: problemResponse("Token"),
        404: problemResponse("Unknown webhook"),
      },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      if (!(await alertLogStub(c.env).removeWebhook(id))) throw new ProblemError(404, `No webhook ${id}.`);
      return c.body(null, 204);
    },
  );
  app.openapi(
    createRoute({
      method: "get",
      path: "/v1/webhooks/{id}/deliveries",
      summary: "Every delivery attempt to a webhook, newest first: delivered, failed (retried), dead-lettered",
      security: [{ bearer: [] }],
      request: { params: hookParams },
      responses: {
        200: json(z.object({ deliveries: z.array(DeliverySchema) }), "Delivery log"),
        400: problemResponse("Malformed id"),
        401: problemResponse("Token"),
      },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const log = await alertLogStub(c.env).deliveries(id, 200);
      return c.json(
        {
          deliveries: log.map((d) => ({
            alert_id: d.alertId,
            attempt: d.attempt,
            outcome: d.outcome,
            status: d.status,
            error: d.error,
            at: d.at,
          })),
        },
        200,
      );
    },
  );
}
