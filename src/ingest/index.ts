// The only writer: an article in, its claims recorded in KV, in each party's history and in the Directory.
// Idempotent: the same text twice changes nothing; a new extractor version replaces an article's observations.
import type { Env } from "../env";
import { extractArticle } from "../stance/index";
import { splitDocuments } from "../text/split";
import { putArticle, getArticle } from "../store/articles";
import { recordReviewed } from "../review/apply";
import { articleIndexStub } from "../store/stubs";
import type { ReviewedClaim } from "../review/layer";
import type { ArticleMeta } from "../store/model";
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
  const loaded = await loadLexicon(env.CONFIG);
  const documents = splitDocuments("submission", input.text).filter((d) => d.text.trim().length > 0);
  const results: IngestResult[] = [];
  const single = documents.length === 1;
  for (const doc of documents) {
    // In a digest the given date is the digest's: an article's own date in its text comes first.
    const own = single ? input : { ...input, title: undefined, publishedAt: undefined };
    results.push(
      await ingestOne(env, loaded, { ...own, text: doc.text }, { ...options, fallbackPublishedAt: single ? undefined : input.publishedAt }),
    );
  }
  return results;
}

/** Re-extract a stored article with the current lexicon (the cron's second job). */
export async function reextract(env: Env, id: string): Promise<IngestResult | null> {
  const stored = await getArticle(env.ARTICLES, id);
  if (!stored) return null;
  const loaded = await loadLexicon(env.CONFIG);
  const m = stored.meta;
  return ingestOne(
    env,
    loaded,
    {
      text: stored.text,
      title: m.title ?? undefined,
      url: m.url ?? undefined,
      source: m.source ?? undefined,
      publishedAt: m.dateSource === "given" ? (m.publishedAt ?? undefined) : undefined,
    },
    { force: true, ingestedAt: m.ingestedAt },
  );
}

interface IngestOptions {
  force?: boolean;
  now?: Date;
  ingestedAt?: string;
  /** A digest's date, used for its articles whose text gives none. */
  fallbackPublishedAt?: string;
}

async function ingestOne(env: Env, loaded: LoadedLexicon, input: ArticleInput, options: IngestOptions): Promise<IngestResult> {
  const id = await articleId(input.text);
  const index = articleIndexStub(env);
  const existing = await index.article(id);
  if (existing && existing.extractorVersion === loaded.version && !options.force) {
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
  const extracted = extractArticle(id, input.text, loaded.lexicon, {
    year: input.publishedAt ? Number(input.publishedAt.slice(0, 4)) : null,
  });
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
