// The lexicon: read a file, or store a changed one (validated; the next run re-extracts).
import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { LEXICON_FILES, lexiconKey, loadLexicon } from "../../ingest/lexicon";
import { DEFAULT_LEXICON_DATA } from "../../stance/default-lexicon";
import { compileLexicon, LexiconError } from "../../stance/lexicon";
import { ProblemError } from "../problem";
import { type App, json, newApp, problemResponse, requireToken, tooLarge } from "../shared";

export function lexiconRoutes(): OpenAPIHono<App> {
  const app = newApp();
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
      responses: {
        200: json(
          z.record(z.string(), z.unknown()).openapi({ description: "the file as stored (default: kv-fixtures/lexicon/<file>.json)" }),
          "The file",
        ),
      },
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
        413: problemResponse("Body too large"),
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
  return app;
}

const MAX_LEXICON_BYTES = 2 * 1024 * 1024;
