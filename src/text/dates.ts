// Find dates in Arabic news text: Levantine and Egyptian month names, numeric forms, Hijri dates (converted).

/** Gregorian months by both namings, normalised (ة→ه, أ→ا): كانون الثاني / يناير … */
const MONTHS: ReadonlyArray<readonly [number, readonly string[]]> = [
  [1, ["كانون الثاني", "يناير", "كانون ثاني"]],
  [2, ["شباط", "فبراير"]],
  [3, ["اذار", "مارس"]],
  [4, ["نيسان", "ابريل"]],
  [5, ["ايار", "مايو"]],
  [6, ["حزيران", "يونيو", "يونيه"]],
  [7, ["تموز", "يوليو", "يوليه"]],
  [8, ["اب", "اغسطس"]],
  [9, ["ايلول", "سبتمبر"]],
  [10, ["تشرين الاول", "اكتوبر", "تشرين اول"]],
  [11, ["تشرين الثاني", "نوفمبر", "تشرين ثاني"]],
  [12, ["كانون الاول", "ديسمبر", "كانون اول"]],
];
/** Hijri months, normalised: محرم … ذو الحجة, with the common spellings. */
const HIJRI_MONTHS: ReadonlyArray<readonly [number, readonly string[]]> = [
  [1, ["محرم"]],
  [2, ["صفر"]],
  [3, ["ربيع الاول", "ربيع اول"]],
  [4, ["ربيع الثاني", "ربيع الاخر", "ربيع ثاني"]],
  [5, ["جمادي الاولي", "جمادي الاول"]],
  [6, ["جمادي الثانيه", "جمادي الاخره", "جمادي الاخر"]],
  [7, ["رجب"]],
  [8, ["شعبان"]],
  [9, ["رمضان"]],
  [10, ["شوال"]],
  [11, ["ذو القعده", "ذي القعده"]],
  [12, ["ذو الحجه", "ذي الحجه"]],
];

const byLength = (a: string, b: string) => b.length - a.length;
const alt = (names: Iterable<string>) => [...names].sort(byLength).join("|");
const MONTH_NUMBER = new Map<string, number>(MONTHS.flatMap(([n, names]) => names.map((x) => [x, n] as const)));
const HIJRI_NUMBER = new Map<string, number>(HIJRI_MONTHS.flatMap(([n, names]) => names.map((x) => [x, n] as const)));

// "20 نوفمبر 2013", "11 تشرين الثاني/ نوفمبر 2013", "19 تشرين الثاني , 2013", "25 نوفمبر/ تشرين الثاني" (no year)
const NAMED = new RegExp(
  `(?<![\\d])(\\d{1,2})\\s*(${alt(MONTH_NUMBER.keys())})(?:\\s*[/\\-]?\\s*(?:${alt(MONTH_NUMBER.keys())}))?(?![\\u0621-\\u064A])(?:\\s*[,،]?\\s*(\\d{4}))?`,
  "g",
);
// "13 محرم 1435" (optionally followed by هـ)
const HIJRI = new RegExp(`(?<![\\d])(\\d{1,2})\\s+(${alt(HIJRI_NUMBER.keys())})\\s+(1[34]\\d\\d)`, "g");
// "2013-11-19", "19/11/2013", "17 / 11 / 2013", "21.11.2013", "20-11-2013"
const NUMERIC = /(?<![\d])(?:(\d{4})([-/.])(\d{1,2})\2(\d{1,2})|(\d{1,2})\s*([./\-])\s*(\d{1,2})\s*\6\s*(\d{4}))(?![\d])/g;

export interface FoundDate {
  /** ISO date YYYY-MM-DD, or YYYY-MM-DD with the year of the context when the text gave none. */
  readonly iso: string;
  /** Offset in the searched (normalised) text. */
  readonly index: number;
  readonly length: number;
  readonly calendar: "gregorian" | "hijri";
  readonly hasYear: boolean;
}

const pad = (n: number) => String(n).padStart(2, "0");

function isoIfValid(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1900 || y > 2100) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** Umm al-Qura calendar, from the platform's ICU (workerd and Node both carry it). */
const UMALQURA = new Intl.DateTimeFormat("en-u-ca-islamic-umalqura-nu-latn", {
  timeZone: "UTC",
  year: "numeric",
  month: "numeric",
  day: "numeric",
});

function hijriOf(date: Date): [number, number, number] {
  const parts = UMALQURA.formatToParts(date);
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value ?? NaN);
  return [parseInt(String(get("year")), 10), get("month"), get("day")];
}

/**
 * Hijri (Umm al-Qura) to Gregorian ISO. The arithmetic estimate is corrected against ICU's calendar.
 * Example: 13 Muharram 1435 → "2013-11-17"
 */
export function hijriToGregorian(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 30) return null;
  // Mean lengths: 354.367 days a year, 29.53 a month; epoch 16 July 622 (Julian) = 19 July 622 proleptic.
  const epoch = Date.UTC(622, 6, 19);
  const estimate = epoch + ((year - 1) * 354.36667 + (month - 1) * 29.5306 + (day - 1)) * 86400000;
  for (let delta = 0; delta <= 4; delta++) {
    for (const sign of delta === 0 ? [1] : [1, -1]) {
      const date = new Date(estimate + sign * delta * 86400000);
      const [y, m, d] = hijriOf(date);
      if (y === year && m === month && d === day) {
        return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
      }
    }
  }
  return null;
}

/** An ASCII digit: the regex engine scans a line for one several times faster than a loop over its character codes. */
const DIGIT = /\d/;

/**
 * Every date in a normalised text, in order. Dates without a year carry `hasYear: false` and the year 0000.
 * Example: "لندن :13 محرم 1435 – 17 / 11 / 2013" → [2013-11-17 (hijri), 2013-11-17 (gregorian)]
 */
export function findDates(normal: string): FoundDate[] {
  const found: FoundDate[] = [];
  // Every date form starts with a digit: a text without one has none.
  if (!DIGIT.test(normal)) return found;
  // Exec loops on the shared global regexes rather than matchAll, which clones its regex on every call: none of
  // them matches the empty string, so the matches are the same.
  NAMED.lastIndex = 0;
  for (let m = NAMED.exec(normal); m; m = NAMED.exec(normal)) {
    const month = MONTH_NUMBER.get(m[2]!)!;
    const year = m[3] ? Number(m[3]) : 0;
    const iso = year ? isoIfValid(year, month, Number(m[1])) : `0000-${pad(month)}-${pad(Number(m[1]))}`;
    if (iso) found.push({ iso, index: m.index, length: m[0].length, calendar: "gregorian", hasYear: year > 0 });
  }
  HIJRI.lastIndex = 0;
  for (let m = HIJRI.exec(normal); m; m = HIJRI.exec(normal)) {
    const iso = hijriToGregorian(Number(m[3]), HIJRI_NUMBER.get(m[2]!)!, Number(m[1]));
    if (iso) found.push({ iso, index: m.index, length: m[0].length, calendar: "hijri", hasYear: true });
  }
  NUMERIC.lastIndex = 0;
  for (let m = NUMERIC.exec(normal); m; m = NUMERIC.exec(normal)) {
    const iso = m[1] ? isoIfValid(Number(m[1]), Number(m[3]), Number(m[4])) : isoIfValid(Number(m[8]), Number(m[7]), Number(m[5]));
    if (iso) found.push({ iso, index: m.index, length: m[0].length, calendar: "gregorian", hasYear: true });
  }
  return found.sort((a, b) => a.index - b.index);
}
