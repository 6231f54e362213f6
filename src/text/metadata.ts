// Title, outlet and publication date of an article, where its text gives them.
import { type Line } from "./boilerplate";
import { findDates } from "./dates";
import { normaliseForMatching, type NormalisedText } from "./normalise";

export interface ArticleMetadata {
  title: string | null;
  outlet: string | null;
  /** ISO date (YYYY-MM-DD) or null. */
  publishedAt: string | null;
  /** Where the date came from: a dateline under the title, the sign-off at the end, or a Hijri date converted. */
  dateSource: "dateline" | "signoff" | "hijri" | null;
}

/** "المصدر: …", "نشر من قبل: …" lines name the source or the author, not the outlet. */
const LABELLED = /^(?:المصدر|نشر من قبل|بقلم|كتب|التاريخ)\s*:/;
/** Dates older or newer than this are not publication dates of this corpus' kind of news. */
const EARLIEST_YEAR = 1990;

/**
 * Read the metadata from classified lines.
 * Example: title line "روسيا مرتاحة …", byline "الاخبار" → {title: "روسيا مرتاحة …", outlet: "الاخبار"}
 */
export function readMetadata(article: string | NormalisedText, lines: readonly Line[], now?: Date): ArticleMetadata {
  const { original, normal } = typeof article === "string" ? normaliseForMatching(article) : article;
  const text = (l: Line) => original.slice(l.start, l.end).trim();
  const normalOf = (l: Line) => normal.slice(l.normalStart, l.normalEnd).trim();
  const titleLine = lines.find((l) => l.kind === "title");
  const bylines = lines.filter((l) => l.kind === "byline" || l.kind === "signoff");
  const outletLine = bylines.find((l) => {
    const t = normalOf(l);
    return !LABELLED.test(t) && !/\d/.test(t) && t.length >= 3 && t.length <= 40;
  });
  // The clock is read only once a date is found to check against it, not for every article.
  let maxYear: number | undefined;
  const usable = (iso: string) => {
    const y = Number(iso.slice(0, 4));
    maxYear ??= (now ?? new Date()).getUTCFullYear() + 1;
    return y >= EARLIEST_YEAR && y <= maxYear;
  };
  let publishedAt: string | null = null;
  let dateSource: ArticleMetadata["dateSource"] = null;
  // Header lines first (dateline, byline), then the article's last lines (sign-offs carry the date in op-eds).
  const header = lines.filter((l) => ["dateline", "byline", "title"].includes(l.kind) || LABELLED.test(normalOf(l)));
  const footer = lines
    .filter((l) => l.kind !== "blank" && l.kind !== "comments")
    .slice(-3)
    // A sign-off line is short and not a sentence: "لندن :13 محرم 1435 – 17 / 11 / 2013".
    .filter((l) => text(l).length < 80 && !/[.!?؟]\s*$/.test(text(l)));
  for (const [group, source] of [
    [header, "dateline"],
    [footer, "signoff"],
  ] as const) {
    for (const line of group) {
      const dates = findDates(normalOf(line)).filter((d) => d.hasYear && usable(d.iso));
      const gregorian = dates.find((d) => d.calendar === "gregorian");
      const chosen = gregorian ?? dates[0];
      if (chosen) {
        publishedAt = chosen.iso;
        dateSource = chosen.calendar === "hijri" ? "hijri" : source;
        break;
      }
    }
    if (publishedAt) break;
  }
  return {
    title: titleLine ? text(titleLine) : null,
    outlet: outletLine ? text(outletLine) : null,
    publishedAt,
    dateSource,
  };
}
