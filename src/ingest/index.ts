// The only writer: an article in, its claims recorded in KV, in each party's history and in the Directory.
// Idempotent: the same text twice changes nothing; a new extractor version replaces an article's observations.
import type { Env } from "../env";
import { faultPoint } from "../faults";
import { extractArticle, extractArticles, type ExtractedArticle } from "../stance/index";
import { splitDocuments } from "../text/split";
import { putArticle, getArticle } from "../store/articles";
import { recordReviewed } from "../review/apply";
import { articleIndexStub } from "../store/stubs";
import type { ReviewedClaim } from "../review/layer";
import type { ArticleMeta } from "../store/model";
import type { ArticleRecord } from "../store/article-index";
import { fingerprint } from "./fingerprint";
import { loadLexicon, sha256Hex, type LoadedLexicon } from "./lexicon";

export interface ArticleInput {
  text: string;
  title?: string;
  url?: string;
  source?: string;
  /** YYYY-MM-DD */
  publishedAt?: string;
}

export type IngestStatus = "created" | "unchanged" | "updated";

export interface IngestResult {
  id: string;
  status: IngestStatus;
  title: string | null;
  publishedAt: string | null;
  observedOn: string;
  dateSource: ArticleMeta["dateSource"];
  /** The article this one reprints (near-duplicate text), when it is a copy. */
  syndicationOf: string | null;
  /** The claims as views read them: the machine's, through the analysts' decisions. */
  claims: ReviewedClaim[];
}

/** Content id: SHA-256 of the NFC text without surrounding white space (128 bits, hex). */
export async function articleId(text: string): Promise<string> {
  return (await sha256Hex(text.normalize("NFC").trim())).slice(0, 32);
}

export { deskStub, partyStub } from "../review/apply";
export { articleIndexStub } from "../store/stubs";

/**
 * Ingest one submission. A digest (articles separated by ===== lines) becomes several articles.
 * Example: ingest(env, {text: "…"}) → [{id: "…", status: "created", claims: […]}]
 */
export async function ingest(env: Env, input: ArticleInput, options: { force?: boolean; now?: Date } = {}): Promise<IngestResult[]> {
  return ingestBatch(env, [input], options);
}

/**
 * Ingest several submissions at once (a batch posted together), each as ingest() takes it, the results in order:
 * their articles are extracted together (see ingestMany).
 */
export async function ingestBatch(
  env: Env,
  inputs: readonly ArticleInput[],
  options: { force?: boolean; now?: Date } = {},
): Promise<IngestResult[]> {
  const loaded = await loadLexicon(env.CONFIG);
  return ingestMany(
    env,
    loaded,
    inputs.flatMap((input) => {
      const documents = splitDocuments("submission", input.text).filter((d) => d.text.trim().length > 0);
      const single = documents.length === 1;
      return documents.map((doc) => ({
        // In a digest the given date is the digest's: an article's own date in its text comes first.
        input: { ...(single ? input : { ...input, title: undefined, publishedAt: undefined }), text: doc.text },
        options: { ...options, fallbackPublishedAt: single ? undefined : input.publishedAt },
      }));
    }),
  );
}

/**
 * Re-extract stored articles with the current lexicon (the cron's second job), all of them in one batch; the
 * number re-extracted (an id no longer stored is passed over).
 */
export async function reextract(env: Env, ids: readonly string[]): Promise<number> {
  const loaded = await loadLexicon(env.CONFIG);
  const stored = (await Promise.all(ids.map((id) => getArticle(env.ARTICLES, id)))).filter((a) => a !== null);
  const results = await ingestMany(
    env,
    loaded,
    stored.map(({ text, meta: m }) => ({
      input: {
        text,
        title: m.title ?? undefined,
        url: m.url ?? undefined,
        source: m.source ?? undefined,
        publishedAt: m.dateSource === "given" ? (m.publishedAt ?? undefined) : undefined,
      },
      options: { force: true, ingestedAt: m.ingestedAt },
    })),
  );
  return results.length;
}

interface IngestOptions {
  force?: boolean;
  now?: Date;
  ingestedAt?: string;
  /** A digest's date, used for its articles whose text gives none. */
  fallbackPublishedAt?: string;
}

/** What ingestOne needs to know of an article before it: its id, what the index holds of it, its extraction. */
interface Prepared {
  id: string;
  existing: ArticleRecord | null;
  extracted: ExtractedArticle | undefined;
}

/**
 * Ingest articles in order, extracting those that need it together first (extractArticles: a batch costs less
 * processor time than its articles one by one). Each is then stored as ingestOne stores one article alone; an
 * article given twice is looked up again the second time, so it is stored once and then found unchanged.
 */
async function ingestMany(
  env: Env,
  loaded: LoadedLexicon,
  articles: ReadonlyArray<{ input: ArticleInput; options: IngestOptions }>,
): Promise<IngestResult[]> {
  const index = articleIndexStub(env);
  const planned: Array<{ id: string; existing: ArticleRecord | null; first: boolean }> = [];
  const seen = new Set<string>();
  for (const { input } of articles) {
    const id = await articleId(input.text);
    const first = !seen.has(id);
    seen.add(id);
    planned.push({ id, existing: first ? await index.article(id) : null, first });
  }
  const toExtract = articles
    .map((a, k) => ({ ...a, ...planned[k]! }))
    .filter((a) => a.first && needsExtraction(a.existing, loaded, a.options));
  let extracted = new Map<string, ExtractedArticle>();
  try {
    faultPoint("extract.batch");
    extracted = new Map(
      extractArticles(
        toExtract.map((a) => ({ id: a.id, text: a.input.text, year: yearOf(a.input) })),
        loaded.lexicon,
      ).map((e) => [e.id, e]),
    );
  } catch {
    // An article the extractor fails on: each is then extracted alone as it is stored (ingestOne), so the articles
    // before the failing one are stored and its error is the submission's, as when articles were taken one by one.
  }
  const results: IngestResult[] = [];
  for (const [k, { input, options }] of articles.entries()) {
    const { id, existing, first } = planned[k]!;
    // Where the submission holds several articles, one not stored when looked up is looked up again before it is
    // stored (the others were extracted and stored meanwhile, and another request may have stored it); a repeat
    // is looked up again after the first has been stored, and extracted alone if it must be (its date may differ).
    const prepared =
      first && (existing !== null || articles.length === 1)
        ? { id, existing, extracted: extracted.get(id) }
        : { id, existing: await index.article(id), extracted: first ? extracted.get(id) : undefined };
    results.push(await ingestOne(env, loaded, input, options, prepared));
  }
  return results;
}

/** Whether an article must be extracted: not stored yet, stored by another extractor version, or forced. */
function needsExtraction(existing: ArticleRecord | null, loaded: LoadedLexicon, options: IngestOptions): boolean {
  return !existing || existing.extractorVersion !== loaded.version || options.force === true;
}

/** The publication year given with an article, for titles held by year. */
const yearOf = (input: ArticleInput) => (input.publishedAt ? Number(input.publishedAt.slice(0, 4)) : null);

async function ingestOne(
  env: Env,
  loaded: LoadedLexicon,
  input: ArticleInput,
  options: IngestOptions,
  { id, existing, extracted: given }: Prepared,
): Promise<IngestResult> {
  const index = articleIndexStub(env);
  if (existing && !needsExtraction(existing, loaded, options)) {
    const stored = await getArticle(env.ARTICLES, id);
    return {
      id,
      status: "unchanged",
      title: existing.title,
      publishedAt: existing.publishedAt,
      observedOn: existing.observedOn,
      dateSource: existing.dateSource,
      syndicationOf: existing.canonicalId === id ? null : existing.canonicalId,
      claims: stored?.claims ?? [],
    };
  }
  const extracted = given ?? extractArticle(id, input.text, loaded.lexicon, { year: yearOf(input) });
  const now = options.now ?? new Date();
  const publishedAt = input.publishedAt ?? extracted.metadata.publishedAt ?? options.fallbackPublishedAt ?? null;
  const dateSource: ArticleMeta["dateSource"] = input.publishedAt
    ? "given"
    : extracted.metadata.publishedAt
      ? "text"
      : options.fallbackPublishedAt
        ? "given"
        : "ingested";
  const fp = fingerprint(input.text);
  const syndicated = existing ? null : fp ? await index.claimCanonical(id, fp.minhash, fp.bands) : null;
  const meta: ArticleMeta = {
    id,
    canonicalId: existing?.canonicalId ?? syndicated?.canonicalId ?? id,
    title: cleanLabel(input.title ?? extracted.metadata.title),
    outlet: cleanLabel(input.source ?? extracted.metadata.outlet),
    url: input.url ?? existing?.url ?? null,
    source: cleanLabel(input.source) ?? existing?.source ?? null,
    publishedAt,
    observedOn: publishedAt ?? existing?.observedOn ?? now.toISOString().slice(0, 10),
    dateSource,
    ingestedAt: existing?.ingestedAt ?? options.ingestedAt ?? now.toISOString(),
    extractorVersion: loaded.version,
  };
  const unknownSpeakers = extracted.unknownSpeakers ?? [];
  // KV keeps the machine's claims as extracted; every view reads them through the analysts' decisions.
  await putArticle(env.ARTICLES, { meta, text: input.text, claims: extracted.claims, unknownSpeakers });
  const claims = await recordReviewed(env, meta, input.text, extracted.claims, unknownSpeakers, existing?.parties ?? []);
  return {
    id,
    status: existing ? "updated" : "created",
    title: meta.title,
    publishedAt: meta.publishedAt,
    observedOn: meta.observedOn,
    dateSource: meta.dateSource,
    syndicationOf: meta.canonicalId === id ? null : meta.canonicalId,
    claims,
  };
}

/** Bidi overrides/isolates and zero-width characters, which can disguise displayed metadata. */
const CONTROLS = /[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/** Metadata shown to people (title, outlet) without invisible controls; the article text itself stays verbatim. */
export function cleanLabel(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const clean = value.replace(CONTROLS, "").replace(/\s+/g, " ").trim();
  return clean || null;
}
