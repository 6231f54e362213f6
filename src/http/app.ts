// The Hono app: global guards, errors and the OpenAPI description; every resource is its own app (src/http/routes,
// review, export, alerts) mounted here with app.route().
import { secureHeaders } from "hono/secure-headers";
import { renderDocs } from "./docs";
import { finishSpec } from "./spec";
import { apiGuard } from "./guard";
import { onError, problem } from "./problem";
import { alertRoutes } from "./alerts";
import { exportRoutes } from "./export";
import { reviewRoutes } from "./review";
import { articleRoutes } from "./routes/articles";
import { dashboardRoutes } from "./routes/dashboard";
import { feedRoutes } from "./routes/feeds";
import { lexiconRoutes } from "./routes/lexicon";
import { opsRoutes } from "./routes/ops";
import { partyRoutes } from "./routes/parties";
import { runRoutes } from "./routes/runs";
import { sourceRoutes } from "./routes/sources";
import { newApp } from "./shared";

export function createApp() {
  const app = newApp();
  app.onError(onError);
  app.notFound((c) => problem(404, `No route for ${c.req.method} ${new URL(c.req.url).pathname}; see /docs for the API.`));
  app.use("*", secureHeaders({ crossOriginResourcePolicy: "cross-origin" }));
  app.use("/v1/*", apiGuard());

  for (const resource of [
    articleRoutes(),
    partyRoutes(),
    sourceRoutes(),
    runRoutes(),
    lexiconRoutes(),
    reviewRoutes(),
    exportRoutes(),
    alertRoutes(),
    feedRoutes(),
    opsRoutes(),
  ])
    app.route("/", resource);

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
  // The dashboard's page and files (not part of the API description).
  app.route("/", dashboardRoutes());
  app.get("/docs", async (c) => {
    const spec = document();
    return c.html(renderDocs(spec as unknown as Parameters<typeof renderDocs>[0], new URL(c.req.url).origin));
  });
  return app;
}
