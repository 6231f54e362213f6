// Title, outlet and publication date of an article, where its text gives them.
import { type Line, type LineKind } from "./boilerplate";
import { findDates } from "./dates";
import { normaliseCopy, type NormalisedText } from "./normalise";
import { isWhiteSpace } from "./sentences";

export interface ArticleMetadata {
  title: string | null;
  outlet: string | null;
  /** ISO date (YYYY-MM-DD) or null. */
  publishedAt: string | null;
  /** Where the date came from: a dateline under the title, the sign-off at the end, or a Hijri date converted. */
  dateSource: "dateline" | "signoff" | "hijri" | null;
}

/** "المصدر: …", "نشر من قبل: …" lines name the source or the author, not the outlet. */
const LABELS = ["المصدر", "نشر من قبل", "بقلم", "كتب", "التاريخ"];
const LABELLED = new RegExp(`^(?:${LABELS.join("|")})\\s*:`);
/** The labels' first letters: a line that starts with none of them is not labelled, and is not sliced to find out. */
const LABEL_FIRST = new Set(LABELS.map((l) => l.charCodeAt(0)));
/** Kinds of the lines under the title that may carry the date. */
const HEADER_KINDS: ReadonlySet<LineKind> = new Set<LineKind>(["dateline", "byline", "title"]);
/** Dates older or newer than this are not publication dates of this corpus' kind of news. */
const EARLIEST_YEAR = 1990;

/**
 * Read the metadata from classified lines.
 * Example: title line "روسيا مرتاحة …", byline "الاخبار" → {title: "روسيا مرتاحة …", outlet: "الاخبار"}
 */
export function readMetadata(article: string | NormalisedText, lines: readonly Line[], now?: Date): ArticleMetadata {
  const { original, normal } = typeof article === "string" ? normaliseCopy(article) : article;
  const text = (l: Line) => original.slice(l.start, l.end).trim();
  const normalOf = (l: Line) => normal.slice(l.normalStart, l.normalEnd).trim();
  /** LABELLED.test(normalOf(l)), testing first the letter the trimmed line starts with (trim removes what \s matches). */
  const labelled = (l: Line) => {
    let i = l.normalStart;
    while (i < l.normalEnd && isWhiteSpace(normal.charCodeAt(i))) i++;
    return i < l.normalEnd && LABEL_FIRST.has(normal.charCodeAt(i)) && LABELLED.test(normalOf(l));
  };
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
  const header = lines.filter((l) => HEADER_KINDS.has(l.kind) || labelled(l));
  // The last three lines that are neither blank nor comments, found from the end.
  const last: Line[] = [];
  for (let i = lines.length - 1; i >= 0 && last.length < 3; i--) {
    if (lines[i]!.kind !== "blank" && lines[i]!.kind !== "comments") last.push(lines[i]!);
  }
  const footer = last.reverse().filter((l) => {
    // A sign-off line is short and not a sentence: "لندن :13 محرم 1435 – 17 / 11 / 2013".
    const t = text(l);
    return t.length < 80 && !/[.!?؟]\s*$/.test(t);
  });
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
