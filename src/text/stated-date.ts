// When a statement was made, as the text says it relative to the publication date: «أمس», «أول من أمس»,
// «اليوم», «الثلاثاء الماضي», «يوم الأحد». Date arithmetic with date-fns, in UTC calendar days.
import { format, parseISO, previousDay, subDays } from "date-fns";
import { normaliseCopy } from "./normalise";

/** Weekdays in matching form (ة→ه, أ/إ→ا), Sunday first as Date.getDay() counts them. */
const WEEKDAYS = ["الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت"] as const;

const B = "(?<![\\u0621-\\u064A])";
const E = "(?![\\u0621-\\u064A])";
const DAY_BEFORE_YESTERDAY = new RegExp(`${B}(?:اول\\s+(?:من\\s+)?امس)${E}`);
const YESTERDAY = new RegExp(`${B}(?:امس|البارحه|[وف]?امس)${E}`);
const TODAY = new RegExp(`${B}[وف]?اليوم${E}`);
const WEEKDAY = new RegExp(`${B}(?:يوم\\s+)?[وف]?(${WEEKDAYS.join("|")})(\\s+الماضي)?${E}`);

/**
 * The date a sentence says its statement was made, from the publication date (YYYY-MM-DD); null when it says
 * none. A weekday is the latest such day on or before publication («الماضي»: strictly before).
 * Example: statedDate("وقال لافروف أمس إن …", "2013-11-21") → "2013-11-20"
 */
export function statedDate(sentence: string, published: string | null): string | null {
  if (!published || !/^\d{4}-\d{2}-\d{2}$/.test(published)) return null;
  const text = normaliseCopy(sentence).normal;
  const day = parseISO(`${published}T12:00:00Z`);
  const iso = (d: Date) => format(d, "yyyy-MM-dd");
  if (DAY_BEFORE_YESTERDAY.test(text)) return iso(subDays(day, 2));
  if (YESTERDAY.test(text)) return iso(subDays(day, 1));
  const weekday = WEEKDAY.exec(text);
  if (weekday) {
    const target = WEEKDAYS.indexOf(weekday[1] as (typeof WEEKDAYS)[number]) as 0 | 1 | 2 | 3 | 4 | 5 | 6;
    if (!weekday[2] && day.getUTCDay() === target) return published;
    return iso(previousDay(day, target));
  }
  if (TODAY.test(text)) return published;
  return null;
}
