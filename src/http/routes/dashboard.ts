// The dashboard's files (built by scripts/build-ui.mjs into a module), served by the Worker itself: no static-assets
// router stands in front of the API, so an API request is one Worker invocation (under workerd the router was a
// second one per request, and halved the API's throughput). Each file has an ETag; fonts, whose names carry their
// content hash, are cached for good; the page, script and stylesheet are revalidated.
import { Hono } from "hono";
import { DASHBOARD_FILES, type DashboardFile } from "../dashboard-files.generated";
import type { App } from "../shared";

/** The page's policy: scripts and styles from this origin only; the live socket to this origin. */
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self' ws: wss:; frame-ancestors 'self'";

/** Font bytes, decoded once per isolate. */
const decoded = new Map<string, Uint8Array>();

function body(path: string, file: DashboardFile): string | Uint8Array {
  if (file.text !== undefined) return file.text;
  let bytes = decoded.get(path);
  if (!bytes) {
    bytes = Uint8Array.from(atob(file.base64 ?? ""), (ch) => ch.charCodeAt(0));
    decoded.set(path, bytes);
  }
  return bytes;
}

export function dashboardRoutes(): Hono<App> {
  const app = new Hono<App>();
  const serve = (path: string, ifNoneMatch: string | undefined): Response | null => {
    const file = DASHBOARD_FILES[path];
    if (!file) return null;
    const headers: Record<string, string> = {
      "content-type": file.type,
      etag: file.etag,
      "cache-control": file.immutable ? "public, max-age=31536000, immutable" : "no-cache",
    };
    if (file.type.startsWith("text/html")) headers["content-security-policy"] = CSP;
    if (ifNoneMatch?.split(",").some((tag) => tag.trim().replace(/^W\//, "") === file.etag))
      return new Response(null, { status: 304, headers });
    return new Response(body(path, file), { status: 200, headers });
  };
  app.get("/", (c) => serve("/index.html", c.req.header("if-none-match")) ?? c.notFound());
  app.get("/index.html", (c) => serve("/index.html", c.req.header("if-none-match")) ?? c.notFound());
  app.get("/assets/*", (c) => serve(c.req.path, c.req.header("if-none-match")) ?? c.notFound());
  return app;
}
