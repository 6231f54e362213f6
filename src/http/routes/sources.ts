// Sources: the feeds the cron fetches.
import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { SourceSchema } from "../../ingest/feeds";
import { feedRegistryStub } from "../../store/stubs";
import { ProblemError } from "../problem";
import { type App, json, newApp, problemResponse, requireToken } from "../shared";

export function sourceRoutes(): OpenAPIHono<App> {
  const app = newApp();
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
    async (c) => c.json({ sources: await feedRegistryStub(c.env).sources() }, 200),
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
      if (!(await feedRegistryStub(c.env).addSource(source)))
        throw new ProblemError(409, `A source with id "${source.id}" exists; PATCH it or pick another id.`);
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
      const source = await feedRegistryStub(c.env).setSourceEnabled(id, enabled);
      if (!source) throw new ProblemError(404, `No source with id "${id}".`);
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
      if (!(await feedRegistryStub(c.env).removeSource(id))) throw new ProblemError(404, `No source with id "${id}".`);
      return c.body(null, 204);
    },
  );
  return app;
}
