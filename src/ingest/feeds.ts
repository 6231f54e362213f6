// Feed sources: the list in KV (default kv-fixtures/feeds.json), feed parsing with fast-xml-parser, and the
// article body taken out of HTML with HTMLRewriter.
import { decodeHTML } from "entities";
import { XMLParser } from "fast-xml-parser";
import { z } from "zod";
import defaultSources from "../../kv-fixtures/feeds.json";

export const SourceSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9_-]{1,60}$/, "source ids are lower-case letters, digits, - and _"),
    url: z
      .string()
      .url("url must be an absolute http(s) URL")
      .refine((u) => /^https?:\/\//.test(u), "url must use http or https"),
    kind: z.enum(["rss", "atom", "json"]),
    enabled: z.boolean().default(true),
    note: z.string().max(500).optional(),
  })
  .strict();
export type Source = z.infer<typeof SourceSchema>;

export const SOURCES_KEY = "sources";

/**
 * The sources as KV holds them (`npm start` loads kv-fixtures/feeds.json there), else the bundled default: what the
 * feed registry imports once into its table, where sources are edited from then on.
 */
export async function kvSources(config: KVNamespace): Promise<Source[]> {
  const stored = await config.get<unknown>(SOURCES_KEY, "json");
  const parsed = z.array(SourceSchema).safeParse(stored ?? defaultSources);
  return parsed.success ? parsed.data : [];
}

export interface FeedItem {
  url: string;
  title?: string;
  publishedAt?: string;
}

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", textNodeName: "#text", processEntities: true });

const asArray = <T>(x: T | T[] | undefined): T[] => (x === undefined ? [] : Array.isArray(x) ? x : [x]);
const text = (x: unknown): string | undefined =>
  typeof x === "string"
    ? x
    : typeof x === "number"
      ? String(x)
      : x && typeof x === "object" && "#text" in x
        ? String((x as Record<string, unknown>)["#text"])
        : undefined;

function isoDay(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const t = Date.parse(value);
  return Number.isNaN(t) ? undefined : new Date(t).toISOString().slice(0, 10);
}

/**
 * The items of an RSS, Atom or JSON feed. Throws on a body that is not such a feed.
 * Example: parseFeed("<rss><channel><item><link>https://x/1</link></item></channel></rss>", "rss") → [{url: "https://x/1"}]
 */
export function parseFeed(body: string, kind: Source["kind"]): FeedItem[] {
  if (kind === "json") {
    const feed = JSON.parse(body) as { items?: Array<{ url?: string; external_url?: string; title?: string; date_published?: string }> };
    if (!Array.isArray(feed.items)) throw new Error("JSON feed without an items array");
    return feed.items.flatMap((i) =>
      (i.url ?? i.external_url) ? [{ url: (i.url ?? i.external_url)!, title: i.title, publishedAt: isoDay(i.date_published) }] : [],
    );
  }
  const doc = xml.parse(body) as Record<string, any>;
  if (doc.rss?.channel) {
    return asArray(doc.rss.channel.item).flatMap((i: Record<string, unknown>) => {
      const url = text(i.link) ?? text(i.guid);
      return url ? [{ url: url.trim(), title: text(i.title), publishedAt: isoDay(text(i.pubDate)) }] : [];
    });
  }
  if (doc.feed) {
    return asArray(doc.feed.entry).flatMap((e: Record<string, any>) => {
      const links = asArray(e.link) as Array<Record<string, string>>;
      const link = links.find((l) => !l["@rel"] || l["@rel"] === "alternate") ?? links[0];
      const url = link?.["@href"];
      return url ? [{ url, title: text(e.title), publishedAt: isoDay(text(e.published) ?? text(e.updated)) }] : [];
    });
  }
  throw new Error(kind === "atom" ? "not an Atom feed" : "not an RSS feed");
}

export interface ExtractedPage {
  title: string | null;
  text: string;
  publishedAt?: string;
}

/**
 * The article text of an HTML page: paragraphs inside <article> (else the page's <p>), title, date.
 * Scripts, navigation, headers, footers, asides and comment blocks are skipped.
 */
export async function extractPage(html: string): Promise<ExtractedPage> {
  const paragraphs: { inArticle: boolean; text: string }[] = [];
  let title = "";
  let h1 = "";
  let published: string | undefined;
  let articleDepth = 0;
  let skipDepth = 0;
  let current: { inArticle: boolean; text: string } | null = null;
  const skip = {
    element: (el: Element) => {
      skipDepth++;
      el.onEndTag(() => void skipDepth--);
    },
  };
  const rewriter = new HTMLRewriter()
    .on("script, style, nav, header, footer, aside, form, noscript, [class*=comment], [id*=comment]", skip)
    .on("article", {
      element: (el) => {
        articleDepth++;
        el.onEndTag(() => void articleDepth--);
      },
    })
    .on("title", { text: (t) => void (title += t.text) })
    .on("h1", { text: (t) => void (skipDepth === 0 && (h1 += t.text)) })
    .on('meta[property="article:published_time"], meta[name="date"], meta[itemprop="datePublished"]', {
      element: (el) => void (published ??= isoDay(el.getAttribute("content") ?? undefined)),
    })
    .on("time[datetime]", { element: (el) => void (published ??= isoDay(el.getAttribute("datetime") ?? undefined)) })
    .on("p, blockquote, li", {
      element: (el) => {
        if (skipDepth > 0) return;
        current = { inArticle: articleDepth > 0, text: "" };
        paragraphs.push(current);
        el.onEndTag(() => void (current = null));
      },
      text: (t) => {
        if (current && skipDepth === 0) current.text += t.text;
      },
    });
  // (A string body is UTF-8 to the rewriter, whatever a <meta charset> in it says: decodeBody has read the bytes.)
  await rewriter.transform(new Response(html)).text();
  const chosen = paragraphs.some((p) => p.inArticle) ? paragraphs.filter((p) => p.inArticle) : paragraphs;
  // Text chunks come as written, character references and all: «&laquo;», «&#1575;», «&nbsp» without its «;».
  const body = chosen.map((p) => decodeHTML(p.text).replace(/\s+/g, " ").trim()).filter(Boolean);
  const heading =
    decodeHTML(h1 || title)
      .replace(/\s+/g, " ")
      .trim() || null;
  return { title: heading, text: [heading, ...body].filter(Boolean).join("\n"), publishedAt: published };
}
