// The review loop over HTTP: the queue of what needs a human, decisions (accept, reject, relabel, add, map a
// speaker to a party), undo, the audit trail, and the decided tuples as gold for `npm run eval`.
import { createRoute, z, type OpenAPIHono } from "@hono/zod-openapi";
import type { Context } from "hono";
import { loadLexicon } from "../ingest/lexicon";
import { deskStub, reapplyReview } from "../review/apply";
import { applyDecisions, isStanceOf, itemKey, type ClaimLabel, type ClaimRef } from "../review/layer";
import { STANCES, TOPICS, type Stance, type Topic } from "../stance/types";
import { getArticle } from "../store/articles";
import type { AuditEntry, DecisionRecord, DeskResult, QueueItem } from "../store/review-desk";
import { REVIEW_KINDS } from "../store/review-desk";
import { tokenLabel } from "./guard";
import { type App, IfMatch, itemVersionHeaders, json, newApp, problemResponse, requireJson, requireToken } from "./shared";
import { ProblemError } from "./problem";
import { NextCursor, PageQuery, PartyId, Topic as TopicSchema } from "./schemas";

type Middleware = (c: Context<App>, next: () => Promise<void>) => Promise<void | Response>;

/** Default confidence below which a claim waits for a human; REVIEW_THRESHOLD overrides it. */
const DEFAULT_THRESHOLD = 0.8;
/** Days within which two labels of one party on one topic make a contested cell. */
const DEFAULT_WINDOW = 14;

const Label = z.object({
  party: PartyId,
  topic: TopicSchema,
  stance: z.string().min(1).max(40),
});

const ClaimTarget = Label.extend({
  start: z.number().int().min(0),
  end: z.number().int().min(1),
}).openapi("ReviewClaimTarget", { description: "A claim of the article as the API shows it: its label and evidence offsets" });

const ArticleId = z.string().regex(/^[0-9a-f]{32}$/, "article ids are 32 hex characters");
const ActorId = z.string().regex(/^[a-z][a-z0-9_]{1,60}$/, "actor ids are lower-case ascii with underscores");

const DecisionInput = z
  .discriminatedUnion("action", [
    z.object({ action: z.literal("accept"), article_id: ArticleId, claim: ClaimTarget }),
    z.object({ action: z.literal("reject"), article_id: ArticleId, claim: ClaimTarget }),
    z.object({
      action: z.literal("relabel"),
      article_id: ArticleId,
      claim: ClaimTarget,
      to: z.object({
        party: PartyId.optional(),
        topic: TopicSchema.optional(),
        stance: z.string().min(1).max(40),
        actor: ActorId.optional(),
      }),
    }),
    z.object({
      action: z.literal("add"),
      article_id: ArticleId,
      start: z.number().int().min(0),
      end: z.number().int().min(1),
      evidence: z.string().max(5000).optional().openapi({ description: "if given, must equal the article text at [start, end)" }),
      party: PartyId,
      topic: TopicSchema,
      stance: z.string().min(1).max(40),
      actor: ActorId.optional(),
    }),
  ])
  .openapi("ReviewDecisionInput");

const AliasInput = z
  .object({
    name: z.string().min(2).max(120),
    party: PartyId,
    actor: ActorId.optional().openapi({ description: "an actor of that party the name belongs to; absent: a new person" }),
  })
  .openapi("ReviewAliasInput");

// ---- answers ----
const int = z.number().int();

const DecisionSchema = z
  .object({
    id: int,
    item: z.string().openapi({ description: "the review item's key" }),
    article_id: z.string().nullable(),
    action: z.enum(["accept", "reject", "relabel", "add", "alias", "dismiss"]),
    claim: z
      .object({ party: z.string(), topic: TopicSchema, stance: z.string(), start: int, end: int, evidence: z.string() })
      .nullable()
      .openapi({ description: "accept, reject, relabel: the claim decided on" }),
    label: z
      .object({ party: z.string(), actor: z.string(), topic: TopicSchema, stance: z.string() })
      .nullable()
      .openapi({ description: "relabel: the new label; add: the added claim's" }),
    span: z.object({ start: int, end: int }).nullable().openapi({ description: "add: where the evidence is" }),
    alias: z.object({ name: z.string(), party: z.string(), actor: z.string() }).nullable(),
    status: z.enum(["pending", "applied", "orphaned", "undone"]),
    created_at: z.string(),
    token_label: z.string(),
    undone_at: z.string().nullable(),
    undone_by: z.string().nullable(),
  })
  .openapi("ReviewDecision");

const DecisionResult = z.object({ decision: DecisionSchema, version: int.openapi({ description: "the item's new version" }) });

const QueueItemSchema = z
  .object({
    key: z.string(),
    kind: z.enum(REVIEW_KINDS),
    impact: z.boolean().openapi({ description: "deciding it could change a current stance on the matrix" }),
    version: int,
    etag: z.string().openapi({ description: "the version as If-Match wants it" }),
    reason: z.string(),
    article: z.object({ id: z.string(), title: z.string().nullable(), observed_on: z.string() }),
    sentence: z.object({ text: z.string(), start: int }),
    evidence: z.object({ start: int, end: int, text: z.string() }),
    claim: z.object({ party: z.string(), actor: z.string(), topic: z.string(), stance: z.string(), confidence: z.number() }).optional(),
    cell: z.object({ party: z.string(), topic: z.string(), current: z.string().nullable(), if_rejected: z.string().nullable() }).optional(),
    speaker: z.object({ name: z.string(), suggested_party: z.string().nullable(), occurrences: int }).optional(),
    observations: z
      .array(
        z.object({
          article_id: z.string(),
          party: z.string(),
          actor: z.string(),
          topic: z.string(),
          stance: z.string(),
          start: int,
          end: int,
          evidence: z.string(),
          observed_on: z.string(),
          confidence: z.number(),
          key: z.string(),
          version: int,
        }),
      )
      .optional()
      .openapi({ description: "contested: the observations holding each label within the window" }),
  })
  .openapi("ReviewItem");

const AuditEntrySchema = z
  .object({
    id: int,
    at: z.string(),
    token_label: z.string(),
    event: z.enum(["decided", "undone"]),
    decision_id: int,
    // A union, not .nullable(): the generator turns a nullable reference into an allOf that refuses null.
    before: z.union([DecisionSchema, z.null()]).openapi({ description: "the decision before the event (null: none)" }),
    after: z.union([DecisionSchema, z.null()]).openapi({ description: "the decision after it" }),
  })
  .openapi("ReviewAuditEntry");

/** If-Match: the item version the reviewer saw ("3", W/"3" or 3); absent: no check. */
function ifMatch(c: Context<App>): number | undefined {
  const raw = c.req.header("if-match");
  if (raw === undefined || raw.trim() === "*") return undefined;
  const m = /^\s*(?:W\/)?"?(\d{1,9})"?\s*$/.exec(raw);
  if (!m) throw new ProblemError(400, `If-Match must be an item version as GET /v1/review gives it (e.g. "3"), not ${raw}.`);
  return Number(m[1]);
}

const etag = (version: number) => `"${version}"`;

function refused(r: Extract<DeskResult<object>, { ok: false }>): never {
  throw new ProblemError(r.status, r.message, r.current !== undefined ? ({ current_version: r.current } as never) : {});
}

/** The review resource, mounted by the app. */
export function reviewRoutes(): OpenAPIHono<App> {
  const app = newApp();
  registerReviewRoutes(app, requireToken, requireJson);
  return app;
}

function registerReviewRoutes(app: OpenAPIHono<App>, requireToken: Middleware, requireJson: Middleware): void {
  app.use("/v1/review/decisions", async (c, next) => (c.req.method === "POST" ? requireToken(c, next) : next()));
  app.use("/v1/review/decisions", async (c, next) => (c.req.method === "POST" ? requireJson(c, next) : next()));
  app.use("/v1/review/decisions/*", async (c, next) => (c.req.method === "POST" ? requireToken(c, next) : next()));
  app.use("/v1/review/aliases", async (c, next) => (c.req.method === "POST" ? requireToken(c, next) : next()));
  app.use("/v1/review/aliases", async (c, next) => (c.req.method === "POST" ? requireJson(c, next) : next()));

  app.openapi(
    createRoute({
      method: "get",
      path: "/v1/review",
      summary: "The review queue: what needs a human, those that would change a current stance first",
      description:
        "Items of three kinds: low_confidence (a claim below the threshold), unknown_speaker (a name by a speech verb that the lexicon lacks), contested (a party holding two labels on one topic within `window` days). Ordered by impact on the matrix, then by confidence; each item carries its version for If-Match.",
      request: {
        query: PageQuery.extend({
          kind: z
            .enum(REVIEW_KINDS)
            .optional()
            .openapi({ param: { in: "query" } }),
          party: PartyId.optional().openapi({ param: { in: "query" } }),
          topic: TopicSchema.optional().openapi({ param: { in: "query" } }),
          threshold: z.coerce
            .number()
            .min(0)
            .max(1)
            .optional()
            .openapi({ param: { in: "query" }, description: `default REVIEW_THRESHOLD or ${DEFAULT_THRESHOLD}` }),
          window: z.coerce
            .number()
            .int()
            .min(1)
            .max(3650)
            .default(DEFAULT_WINDOW)
            .openapi({ param: { in: "query" } }),
        }),
      },
      responses: {
        200: json(
          z.object({
            threshold: z.number(),
            window: int,
            counts: z.record(z.string(), int).openapi({ description: "items of each kind (with the filters, before paging)" }),
            items: z.array(QueueItemSchema),
            next_cursor: NextCursor,
          }),
          "A page of the queue with counts per kind",
        ),
        400: problemResponse("Invalid query"),
      },
    }),
    async (c) => {
      const q = c.req.valid("query");
      const threshold = q.threshold ?? Number(c.env.REVIEW_THRESHOLD ?? DEFAULT_THRESHOLD);
      const page = await deskStub(c.env).reviewQueue({
        threshold,
        windowDays: q.window,
        kind: q.kind,
        party: q.party,
        topic: q.topic,
        limit: q.limit,
        cursor: q.cursor,
      });
      return c.json(
        { threshold, window: q.window, counts: page.counts, items: page.items.map(itemJson), next_cursor: page.nextCursor },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/v1/review/decisions",
      summary: "Decide on a claim: accept, reject, relabel, or add one the machine missed",
      description:
        "Stored as a layer over the machine's claims (which stay as extracted); every view reads through it at once, and it holds after re-extraction wherever the same evidence is found again. Send If-Match with the item's version to refuse a stale decision (412).",
      security: [{ bearer: [] }],
      request: { headers: IfMatch, body: { required: true, content: { "application/json": { schema: DecisionInput } } } },
      responses: {
        201: { ...json(DecisionResult, "Decided; ETag is the item's new version"), headers: itemVersionHeaders },
        400: problemResponse("Invalid decision"),
        401: problemResponse("Token"),
        404: problemResponse("Unknown article or claim"),
        412: problemResponse("The item changed since it was read"),
        415: problemResponse("Not JSON"),
        422: problemResponse("Unknown party, stance not of the topic, or span outside the text / not verbatim"),
      },
    }),
    async (c) => {
      const input = c.req.valid("json");
      const expected = ifMatch(c);
      const stored = await getArticle(c.env.ARTICLES, input.article_id);
      if (!stored) throw new ProblemError(404, `No article with id ${input.article_id}.`);
      const { lexicon } = await loadLexicon(c.env.CONFIG);
      const parties = new Set(lexicon.parties.map((p) => p.id));
      const actorParty = new Map(lexicon.actors.map((a) => [a.id, a.party]));
      const checkLabel = (party: string, topic: Topic, stance: string, actor?: string): ClaimLabel => {
        if (!parties.has(party)) throw new ProblemError(422, `Unknown party "${party}"; GET /v1/lexicon/actors lists the parties.`);
        if (!isStanceOf(topic, stance))
          throw new ProblemError(422, `"${stance}" is not a stance of ${topic} (CONTRACT.md: ${labelsOf(topic)}).`);
        if (actor !== undefined && actor !== party) {
          const known = actorParty.get(actor);
          if (known === undefined) throw new ProblemError(422, `Unknown actor "${actor}".`);
          if (known !== party) throw new ProblemError(422, `Actor "${actor}" speaks for "${known}", not "${party}".`);
        }
        return { party, topic, stance: stance as Stance, actor: actor ?? party };
      };
      const desk = deskStub(c.env);
      let result: DeskResult<{ decision: DecisionRecord; version: number }>;
      if (input.action === "add") {
        const label = checkLabel(input.party, input.topic, input.stance, input.actor);
        if (input.end > stored.text.length || input.start >= input.end)
          throw new ProblemError(
            422,
            `The span [${input.start}, ${input.end}) is not inside the article's ${stored.text.length} characters.`,
          );
        const text = stored.text.slice(input.start, input.end);
        if (input.evidence !== undefined && input.evidence !== text)
          throw new ProblemError(422, "The evidence is not the article's text at [start, end): send the span's text verbatim.");
        if (text.trim().length === 0) throw new ProblemError(422, "The span holds only white space.");
        result = await desk.decide({
          item: itemKey(input.article_id, { ...label, start: input.start, end: input.end }),
          articleId: input.article_id,
          action: "add",
          label,
          span: { start: input.start, end: input.end },
          tokenLabel: tokenLabel(c),
          ifMatch: expected,
        });
      } else {
        const t = input.claim;
        if (!isStanceOf(t.topic, t.stance))
          throw new ProblemError(422, `"${t.stance}" is not a stance of ${t.topic} (CONTRACT.md: ${labelsOf(t.topic)}).`);
        // The claim as views show it now: the machine's, through the decisions already made.
        const current = applyDecisions(input.article_id, stored.text, stored.claims, await desk.decisionsFor(input.article_id)).claims;
        const claim = current.find(
          (x) => x.party === t.party && x.topic === t.topic && x.stance === t.stance && x.start === t.start && x.end === t.end,
        );
        if (!claim)
          throw new ProblemError(
            404,
            `Article ${input.article_id} shows no ${t.party} ${t.topic} ${t.stance} claim at [${t.start}, ${t.end}).`,
          );
        const target: ClaimRef = {
          party: t.party,
          topic: t.topic,
          stance: t.stance as Stance,
          start: t.start,
          end: t.end,
          evidence: claim.evidence,
        };
        let label: ClaimLabel | null = null;
        if (input.action === "relabel") {
          const party = input.to.party ?? claim.party;
          const topic = input.to.topic ?? claim.topic;
          label = checkLabel(party, topic, input.to.stance, input.to.actor ?? (party === claim.party ? claim.actor : undefined));
          if (label.party === claim.party && label.topic === claim.topic && label.stance === claim.stance && label.actor === claim.actor)
            throw new ProblemError(422, "The new label is the claim's label; accept it instead.");
        }
        result = await desk.decide({
          item: itemKey(input.article_id, t),
          articleId: input.article_id,
          action: input.action,
          target,
          label,
          tokenLabel: tokenLabel(c),
          ifMatch: expected,
        });
      }
      if (!result.ok) refused(result);
      await reapplyReview(c.env, input.article_id);
      const decision = (await desk.decision(result.decision.id)) ?? result.decision;
      c.header("etag", etag(result.version));
      return c.json({ decision: decisionJson(decision), version: result.version }, 201);
    },
  );

  const decisionParams = z.object({
    id: z.coerce
      .number()
      .int()
      .min(1)
      .openapi({ param: { name: "id", in: "path" } }),
  });
  app.openapi(
    createRoute({
      method: "post",
      path: "/v1/review/decisions/{id}/undo",
      summary: "Undo a decision (audited); the claim is as the machine (or an earlier decision) left it",
      security: [{ bearer: [] }],
      request: { params: decisionParams, headers: IfMatch },
      responses: {
        200: { ...json(DecisionResult, "Undone"), headers: itemVersionHeaders },
        401: problemResponse("Token"),
        404: problemResponse("Unknown decision"),
        409: problemResponse("Already undone"),
        412: problemResponse("The item changed since it was read"),
      },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const desk = deskStub(c.env);
      const result = await desk.undo(id, tokenLabel(c), ifMatch(c));
      if (!result.ok) refused(result);
      if (result.decision.articleId) await reapplyReview(c.env, result.decision.articleId);
      c.header("etag", etag(result.version));
      return c.json({ decision: decisionJson((await desk.decision(id)) ?? result.decision), version: result.version }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/v1/review/decisions/{id}",
      summary: "One decision, with whether it still finds its claim (applied) or not (orphaned)",
      request: { params: decisionParams },
      responses: { 200: json(DecisionSchema, "The decision"), 404: problemResponse("Unknown decision") },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const d = await deskStub(c.env).decision(id);
      if (!d) throw new ProblemError(404, `No decision ${id}.`);
      return c.json(decisionJson(d), 200);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/v1/review/decisions",
      summary: "Decisions, newest first; status=orphaned lists those whose evidence a re-extraction no longer finds",
      request: {
        query: PageQuery.extend({
          status: z
            .enum(["pending", "applied", "orphaned"])
            .optional()
            .openapi({ param: { in: "query" } }),
          article_id: ArticleId.optional().openapi({ param: { in: "query" } }),
        }),
      },
      responses: {
        200: json(z.object({ decisions: z.array(DecisionSchema), next_cursor: NextCursor }), "A page of decisions"),
        400: problemResponse("Invalid query"),
      },
    }),
    async (c) => {
      const q = c.req.valid("query");
      const page = await deskStub(c.env).decisions({ status: q.status, articleId: q.article_id, limit: q.limit, cursor: q.cursor });
      return c.json({ decisions: page.decisions.map(decisionJson), next_cursor: page.nextCursor }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/v1/review/aliases",
      summary: "Map an unknown speaker to a party: the name becomes an alias in the actor lexicon",
      description:
        "Validated and versioned like PUT /v1/lexicon/actors; the next run re-extracts every stored article with it, so that speaker's claims appear. Undo with POST /v1/review/decisions/{id}/undo.",
      security: [{ bearer: [] }],
      request: { headers: IfMatch, body: { required: true, content: { "application/json": { schema: AliasInput } } } },
      responses: {
        201: {
          ...json(
            DecisionResult.extend({ lexicon_version: z.string().openapi({ description: "the actor lexicon's version with the alias" }) }),
            "Mapped",
          ),
          headers: itemVersionHeaders,
        },
        400: problemResponse("Invalid input"),
        401: problemResponse("Token"),
        412: problemResponse("The item changed since it was read"),
        415: problemResponse("Not JSON"),
        422: problemResponse("Unknown party or actor, or the lexicon would not validate"),
      },
    }),
    async (c) => {
      const input = c.req.valid("json");
      const result = await deskStub(c.env).mapAlias({
        name: input.name,
        party: input.party,
        actor: input.actor ?? null,
        tokenLabel: tokenLabel(c),
        ifMatch: ifMatch(c),
      });
      if (!result.ok) refused(result);
      c.header("etag", etag(result.version));
      return c.json(
        { decision: decisionJson(result.decision), version: result.version, lexicon_version: (await loadLexicon(c.env.CONFIG)).version },
        201,
      );
    },
  );

  app.use("/v1/review/speakers/dismiss", async (c, next) => (c.req.method === "POST" ? requireToken(c, next) : next()));
  app.use("/v1/review/speakers/dismiss", async (c, next) => (c.req.method === "POST" ? requireJson(c, next) : next()));
  app.openapi(
    createRoute({
      method: "post",
      path: "/v1/review/speakers/dismiss",
      summary: "Dismiss an unknown speaker from the queue (not a name, or no one to track); undo brings it back",
      security: [{ bearer: [] }],
      request: {
        headers: IfMatch,
        body: { required: true, content: { "application/json": { schema: z.object({ name: z.string().min(1).max(120) }) } } },
      },
      responses: {
        201: { ...json(DecisionResult, "Dismissed"), headers: itemVersionHeaders },
        400: problemResponse("Invalid input"),
        401: problemResponse("Token"),
        404: problemResponse("No such unknown speaker"),
        412: problemResponse("The item changed since it was read"),
        415: problemResponse("Not JSON"),
      },
    }),
    async (c) => {
      const { name } = c.req.valid("json");
      const result = await deskStub(c.env).dismissSpeaker(name, tokenLabel(c), ifMatch(c));
      if (!result.ok) refused(result);
      c.header("etag", etag(result.version));
      return c.json({ decision: decisionJson(result.decision), version: result.version }, 201);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/v1/review/audit",
      summary: "Every decision and undo: when, under which token label, before and after",
      request: { query: PageQuery },
      responses: {
        200: json(z.object({ entries: z.array(AuditEntrySchema), next_cursor: NextCursor }), "A page of the audit trail"),
        400: problemResponse("Invalid query"),
      },
    }),
    async (c) => {
      const q = c.req.valid("query");
      const page = await deskStub(c.env).audit(q.limit, q.cursor);
      return c.json({ entries: page.entries.map(auditJson), next_cursor: page.nextCursor }, 200);
    },
  );

  app.openAPIRegistry.registerPath(
    createRoute({
      method: "get",
      path: "/v1/review/gold.jsonl",
      summary: "The decided tuples in CONTRACT.md's gold format (documents: GET /v1/articles/{id})",
      description:
        "One JSON object per line: doc (<article id>.txt, the file holding the text of GET /v1/articles/{id}), party, topic, stance, note (the evidence). `npm run review:export` writes the set; `npm run eval -- --gold FILE --docs DIR` scores it.",
      responses: { 200: { content: { "application/x-ndjson": { schema: z.string() } }, description: "JSON lines" } },
    }),
  );
  app.get("/v1/review/gold.jsonl", async (c) => {
    const tuples = await deskStub(c.env).decidedTuples();
    const seen = new Set<string>();
    const lines: string[] = [];
    for (const t of tuples) {
      const key = `${t.articleId}|${t.party}|${t.topic}|${t.stance}`;
      if (seen.has(key)) continue;
      seen.add(key);
      // CONTRACT.md names a document by its file: the article's text saved as <id>.txt.
      lines.push(JSON.stringify({ doc: `${t.articleId}.txt`, party: t.party, topic: t.topic, stance: t.stance, note: t.evidence }));
    }
    return c.body(lines.length ? `${lines.join("\n")}\n` : "", 200, { "content-type": "application/x-ndjson; charset=utf-8" });
  });
}

const labelsOf = (topic: Topic) => (TOPICS.includes(topic) ? STANCES[topic].join(", ") : "");

function itemJson(i: QueueItem) {
  return {
    key: i.key,
    kind: i.kind,
    impact: i.impact,
    version: i.version,
    etag: etag(i.version),
    reason: i.reason,
    article: { id: i.article.id, title: i.article.title, observed_on: i.article.observedOn },
    sentence: { text: i.sentence.text, start: i.sentence.start },
    evidence: i.evidence,
    claim: i.claim,
    cell: i.cell && { party: i.cell.party, topic: i.cell.topic, current: i.cell.current, if_rejected: i.cell.ifRejected },
    speaker: i.speaker && { name: i.speaker.name, suggested_party: i.speaker.suggestedParty, occurrences: i.speaker.occurrences },
    observations: i.observations?.map((o) => ({
      article_id: o.articleId,
      party: o.party,
      actor: o.actor,
      topic: o.topic,
      stance: o.stance,
      start: o.start,
      end: o.end,
      evidence: o.evidence,
      observed_on: o.observedOn,
      confidence: o.confidence,
      key: o.key,
      version: o.version,
    })),
  };
}

function decisionJson(d: DecisionRecord) {
  const status: DecisionRecord["status"] | "undone" = d.undoneAt ? "undone" : d.status;
  return {
    id: d.id,
    item: d.item,
    article_id: d.articleId,
    action: d.action,
    claim: d.target,
    label: d.label,
    span: d.span,
    alias: d.alias,
    status,
    created_at: d.createdAt,
    token_label: d.tokenLabel,
    undone_at: d.undoneAt,
    undone_by: d.undoneBy,
  };
}

function auditJson(e: AuditEntry) {
  return {
    id: e.id,
    at: e.at,
    token_label: e.tokenLabel,
    event: e.event,
    decision_id: e.decisionId,
    before: e.before && decisionJson(e.before),
    after: e.after && decisionJson(e.after),
  };
}
