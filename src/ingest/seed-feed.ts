// The project's own feed of the seed articles, so the cron path (feed → item page → ingest) runs offline.
import manifest from "../../seeds/manifest.json";
import s000 from "../../seeds/000_8648837e7229e260.txt";
import s001 from "../../seeds/001_25963d66c6dae1be.txt";
import s002 from "../../seeds/002_b98c18bc89579ff9.txt";
import s003 from "../../seeds/003_0c3fe236fc8b5bc6.txt";
import s004 from "../../seeds/004_ea70442c2a8e2c53.txt";
import { splitDocuments } from "../text/split";

const FILES: Record<string, string> = {
  "000_8648837e7229e260.txt": s000,
  "001_25963d66c6dae1be.txt": s001,
  "002_b98c18bc89579ff9.txt": s002,
  "003_0c3fe236fc8b5bc6.txt": s003,
  "004_ea70442c2a8e2c53.txt": s004,
};
const DATES = manifest as Record<string, { published_at: string }>;

const escape = (s: string) => s.replace(/[&<>"]/g, (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[ch]!);

/** Every seed article (digests split), with its page path. */
function articles(): Array<{ path: string; file: string; k: number; text: string; date: string }> {
  return Object.entries(FILES).flatMap(([file, text]) =>
    splitDocuments(file, text).map((a, i) => ({
      path: `/feeds/seeds/${file}/${i + 1}.html`,
      file,
      k: i + 1,
      text: a.text,
      date: DATES[file]!.published_at,
    })),
  );
}

/** RSS 2.0 listing every seed article. */
export function seedFeedXml(origin: string): string {
  const items = articles()
    .map((a) => {
      const title =
        a.text
          .split("\n")
          .find((l) => l.trim())
          ?.trim()
          .slice(0, 200) ?? a.path;
      return `<item><title>${escape(title)}</title><link>${origin}${a.path}</link><guid>${origin}${a.path}</guid><pubDate>${new Date(`${a.date}T12:00:00Z`).toUTCString()}</pubDate></item>`;
    })
    .join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>Seed articles</title><link>${origin}/feeds/seeds.xml</link><description>The project's seed corpus as a feed</description>\n${items}\n</channel></rss>`;
}

/** One seed article as an HTML page, or null. */
export function seedPageHtml(file: string, k: number): string | null {
  const a = articles().find((x) => x.file === file && x.k === k);
  if (!a) return null;
  const lines = a.text.split("\n").filter((l) => l.trim());
  const [title = "", ...body] = lines;
  return `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>${escape(title)}</title>
<meta property="article:published_time" content="${a.date}T12:00:00Z"></head><body><nav><a href="/">الرئيسية</a></nav>
<article><h1>${escape(title)}</h1>${body.map((l) => `<p>${escape(l)}</p>`).join("\n")}</article><footer>© seeds</footer></body></html>`;
}
