// Operations: the load each Durable Object carries, so an operator sees which one is busiest (and the benchmark
// reads the calls per ingested article). Needs the write token: it names internal objects.
import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import type { Env } from "../../env";
import type { ObjectLoad } from "../../store/metered";
import { deskStub, partyStub } from "../../review/apply";
import { articleIndexStub, feedRegistryStub, runLogStub, topicBoardStub } from "../../store/stubs";
import { alertLogStub } from "../../alerts/deliver";
import { type App, json, newApp, problemResponse, requireToken } from "../shared";

const ObjectLoadSchema = z
  .object({
    object: z
      .string()
      .openapi({ description: "The class: ArticleIndex, TopicBoard, RunLog, FeedRegistry, ReviewDesk, AlertLog, PartyHistory" }),
    name: z.string().openapi({ description: "The instance: the one name of a global object, or a party id" }),
    sharded_by: z.enum(["none", "party"]),
    calls: z.number().int(),
    by_method: z.record(z.string(), z.number().int()),
    since: z.string().openapi({ description: "When this instance started counting (an evicted object starts again)" }),
  })
  .openapi("ObjectLoad");

export function opsRoutes(): OpenAPIHono<App> {
  const app = newApp();
  app.use("/v1/ops/*", requireToken);
  app.openapi(
    createRoute({
      method: "get",
      path: "/v1/ops/load",
      summary: "RPC calls each Durable Object has served since it started (the global ones, and each party's history)",
      security: [{ bearer: [] }],
      responses: {
        200: json(z.object({ objects: z.array(ObjectLoadSchema) }), "Calls per object, busiest first"),
        401: problemResponse("Token"),
      },
    }),
    async (c) => c.json({ objects: await objectLoads(c.env) }, 200),
  );
  return app;
}

/** Each object's load, busiest first. The board is asked for the parties after its own load is read. */
export async function objectLoads(env: Env) {
  const globals: Array<[string, string, Promise<ObjectLoad>]> = [
    ["ArticleIndex", "directory", articleIndexStub(env).load()],
    ["TopicBoard", "board", topicBoardStub(env).load()],
    ["RunLog", "runs", runLogStub(env).load()],
    ["FeedRegistry", "feeds", feedRegistryStub(env).load()],
    ["ReviewDesk", "desk", deskStub(env).load()],
    ["AlertLog", "alerts", alertLogStub(env).load()],
  ];
  const loads = await Promise.all(
    globals.map(async ([object, name, load]) => ({ object, name, sharded_by: "none" as const, ...(await load) })),
  );
  const parties = (await topicBoardStub(env).parties()).map((p) => p.party);
  const partyLoads = await Promise.all(
    parties.map(async (party) => ({
      object: "PartyHistory",
      name: party,
      sharded_by: "party" as const,
      ...(await partyStub(env, party).load()),
    })),
  );
  return [...loads, ...partyLoads]
    .map(({ byMethod, ...rest }) => ({ ...rest, by_method: byMethod }))
    .sort((a, b) => b.calls - a.calls || a.name.localeCompare(b.name));
}
