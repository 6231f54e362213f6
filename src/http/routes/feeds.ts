// Live updates (a WebSocket held by the Directory) and the project's own feed of the seed articles.
import { OpenAPIHono } from "@hono/zod-openapi";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { topicBoardStub } from "../../store/stubs";
import { sha256Hex } from "../../ingest/lexicon";
import { seedFeedXml, seedPageHtml } from "../../ingest/seed-feed";
import { ProblemError } from "../problem";
import { type App, newApp } from "../shared";

export function feedRoutes(): OpenAPIHono<App> {
  const app = newApp();
  // ---- live updates for dashboards (a WebSocket held by the Directory object, hibernatable) ----
  app.get("/v1/live", async (c) => {
    if (c.req.header("upgrade")?.toLowerCase() !== "websocket")
      throw new ProblemError(426 as ContentfulStatusCode, "Open /v1/live as a WebSocket to hear of new articles.");
    const upgraded = await topicBoardStub(c.env).fetch(c.req.raw);
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
  return app;
}
