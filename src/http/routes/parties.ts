// Parties, speakers and topics: the lists, a party with its current stances, its history, the topic matrix.
import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import type { Env } from "../../env";
import { partyStub } from "../../ingest/index";
import { BOARD_KEY, partyKey } from "../../store/read-versions";
import { topicBoardStub } from "../../store/stubs";
import { ProblemError } from "../problem";
import { AsOf, DateRange, NextCursor, ObservationSchema, PageQuery, PartyId, Topic, VerdictSchema } from "../schemas";
import {
  type App,
  versionedRead,
  newApp,
  problemResponse,
  checkRange,
  verdictJson,
  observationJson,
  versionedJson,
  notModified,
  IfNoneMatch,
  MinVersion,
  type ReadSource,
} from "../shared";

const PartyListingSchema = z
  .object({
    party: z.string(),
    observations: z.number().int(),
    articles: z.number().int(),
    last_observed: z.string().nullable(),
    actors: z.array(z.string()),
  })
  .openapi("PartyListing");

const ActorListingSchema = z
  .object({
    actor: z.string(),
    party: z.string(),
    observations: z.number().int(),
    last_observed: z.string().nullable(),
    topics: z.array(z.string()),
  })
  .openapi("ActorListing");

const PartySummarySchema = z
  .object({
    party: z.string(),
    topics: z.record(
      z.string().openapi({ description: "a Topic" }),
      VerdictSchema.extend({
        actors: z.record(z.string(), VerdictSchema).openapi({ description: "each speaker of the party on the topic" }),
        latest: z.array(ObservationSchema).openapi({ description: "the latest observations behind it" }),
      }),
    ),
  })
  .openapi("PartySummary");

/** The topic board, for reads of the matrix and the party and actor lists. */
const boardSource = (env: Env): ReadSource => ({ key: BOARD_KEY, version: () => topicBoardStub(env).dataVersion() });
/** One party's history, for reads of the party and its history. */
const partySource = (env: Env, party: string): ReadSource => ({
  key: partyKey(party),
  version: () => partyStub(env, party).dataVersion(),
});

export function partyRoutes(): OpenAPIHono<App> {
  const app = newApp();
  // ---- parties, actors, topics ----
  app.openapi(
    createRoute({
      method: "get",
      path: "/v1/parties",
      summary: "Tracked parties with counts and last observation",
      request: { query: MinVersion, headers: IfNoneMatch },
      responses: { 200: versionedJson(z.object({ parties: z.array(PartyListingSchema) }), "Parties"), 304: notModified },
    }),
    async (c) =>
      versionedRead(c, boardSource(c.env), async () => {
        const { version, value: list } = await topicBoardStub(c.env).partiesAt();
        return {
          version,
          response: c.json(
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
          ),
        };
      }) as never,
  );
  app.openapi(
    createRoute({
      method: "get",
      path: "/v1/actors",
      summary: "Tracked speakers (people and parties) with counts",
      request: { query: MinVersion, headers: IfNoneMatch },
      responses: { 200: versionedJson(z.object({ actors: z.array(ActorListingSchema) }), "Actors"), 304: notModified },
    }),
    async (c) =>
      versionedRead(c, boardSource(c.env), async () => {
        const { version, value: list } = await topicBoardStub(c.env).actorsAt();
        return {
          version,
          response: c.json(
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
          ),
        };
      }) as never,
  );

  const partyParams = z.object({ id: PartyId.openapi({ param: { name: "id", in: "path" }, example: "russia" }) });
  app.openapi(
    createRoute({
      method: "get",
      path: "/v1/parties/{id}",
      summary: "A party's current stance per topic, with the observations behind it",
      request: { params: partyParams, query: AsOf.merge(MinVersion), headers: IfNoneMatch },
      responses: {
        200: versionedJson(PartySummarySchema, "The party"),
        304: notModified,
        400: problemResponse("Invalid query"),
        404: problemResponse("Unknown party"),
      },
    }),
    async (c) =>
      versionedRead(c, partySource(c.env, c.req.valid("param").id), async () => {
        const { id } = c.req.valid("param");
        const { as_of } = c.req.valid("query");
        const { version, value: summary } = await partyStub(c.env, id).summaryAt(id, 5, as_of);
        if (summary.length === 0) throw new ProblemError(404, `No observations for party "${id}"; GET /v1/parties lists the tracked ones.`);
        return {
          version,
          response: c.json(
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
          ),
        };
      }) as never,
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
          .merge(MinVersion)
          .extend({
            topic: Topic.optional().openapi({ param: { in: "query" } }),
            actor: z
              .string()
              .regex(/^[a-z][a-z0-9_]{1,40}$/)
              .optional()
              .openapi({ param: { in: "query" } }),
          }),
        headers: IfNoneMatch,
      },
      responses: {
        200: versionedJson(
          z.object({ party: z.string(), observations: z.array(ObservationSchema), next_cursor: NextCursor }),
          "A page of history",
        ),
        304: notModified,
        400: problemResponse("Invalid query"),
        404: problemResponse("Unknown party"),
      },
    }),
    async (c) =>
      versionedRead(c, partySource(c.env, c.req.valid("param").id), async () => {
        const { id } = c.req.valid("param");
        const q = c.req.valid("query");
        checkRange(q.from, q.to);
        const { version, value: page } = await partyStub(c.env, id).historyAt(id, q);
        // An unfiltered first page with nothing in it: the party has no history at all.
        if (page.observations.length === 0 && !q.cursor && !q.topic && !q.actor && !q.from && !q.to && !q.as_of) {
          throw new ProblemError(404, `No observations for party "${id}".`);
        }
        return {
          version,
          response: c.json({ party: id, observations: page.observations.map(observationJson), next_cursor: page.nextCursor }, 200),
        };
      }) as never,
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/v1/topics/{topic}",
      summary: "The dashboard matrix for one topic: every party's and person's current stance",
      request: {
        params: z.object({ topic: Topic.openapi({ param: { name: "topic", in: "path" } }) }),
        query: DateRange.merge(AsOf).merge(MinVersion),
        headers: IfNoneMatch,
      },
      responses: {
        200: versionedJson(
          z.object({
            topic: z.string(),
            parties: z.array(VerdictSchema.extend({ party: z.string(), actors: z.array(VerdictSchema.extend({ actor: z.string() })) })),
          }),
          "The matrix",
        ),
        304: notModified,
        400: problemResponse("Unknown topic"),
      },
    }),
    async (c) =>
      versionedRead(c, boardSource(c.env), async () => {
        const { topic } = c.req.valid("param");
        const { from, to, as_of } = c.req.valid("query");
        checkRange(from, to);
        const { version, value: cells } = await topicBoardStub(c.env).matrixAt(topic, from, to, as_of);
        return {
          version,
          response: c.json(
            {
              topic,
              parties: cells.map((cell) => ({
                party: cell.party,
                ...verdictJson(cell),
                actors: cell.actors.map((a) => ({ actor: a.actor, ...verdictJson(a) })),
              })),
            },
            200,
          ),
        };
      }) as never,
  );
  return app;
}
