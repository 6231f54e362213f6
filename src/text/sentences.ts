// Sentences, quotations and word positions in normalised article text.
import { FLASH_SEPARATOR, STANCE_BEARING, TIME_STAMP, type Line, type LineKind } from "./boilerplate";
import type { NormalisedText } from "./normalise";

export interface Sentence {
  /** Normal offsets [start, end). */
  start: number;
  end: number;
  lineKind: LineKind;
  /** Index of the line in the article, so a headline's claims can be told from the body's. */
  line: number;
}

export interface Quote {
  /** Normal offsets of the quoted content (inside the marks). */
  start: number;
  end: number;
}

/** Longer sentences are cut near CUT_TARGET characters (news sentences rarely pass 600). */
const MAX_SENTENCE = 1200;
const CUT_TARGET = 600;

/** Sentence-final punctuation; a period between letters (أ.ف.ب) or digits (21.11.2013) is not an end. */
const SENTENCE_END = /[.!?؟…]+(?=["\s)]|$)/g;

/**
 * The sentences of the stance-bearing lines (title, body, headings), in normal offsets.
 * Example: "قال لافروف كذا. وأضاف كذا" → two sentences.
 */
export function splitSentences(text: NormalisedText, lines: readonly Line[]): Sentence[] {
  const sentences: Sentence[] = [];
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    if (!STANCE_BEARING.has(line.kind)) continue;
    const body = text.normal.slice(line.normalStart, line.normalEnd);
    let from = 0;
    SENTENCE_END.lastIndex = 0;
    for (let m = SENTENCE_END.exec(body); m; m = SENTENCE_END.exec(body)) {
      // Single-letter abbreviations ("أ.ف.ب", "د.") do not end a sentence.
      if (m[0] === "." && afterSingleLetter(body, m.index) && m.index - from > 1) continue;
      let stop = m.index + m[0].length;
      // A closing quotation mark right after the period belongs to this sentence.
      while (body[stop] === '"' || body[stop] === ")") stop++;
      pushSentence(sentences, body, from, stop, line, index);
      from = stop;
    }
    pushSentence(sentences, body, from, body.length, line, index);
  }
  return sentences;
}

/**
 * Whether the period at `at` follows a single non-space character at the start of the line or after a space:
 * what `/(?:^|\s)\S$/` finds in the two characters before it, read by character code without slicing them. Not a
 * digit: «… بيان جنيف 1. وقال …», «مؤتمر جنيف 2.» end their sentence (a number is no abbreviation).
 */
function afterSingleLetter(body: string, at: number): boolean {
  const c = body.charCodeAt(at - 1);
  return at >= 1 && !isWhiteSpace(c) && !isDigit(c) && (at === 1 || isWhiteSpace(body.charCodeAt(at - 2)));
}

/** A time stamp and its separator opening a live page's entry: «15:45 -», «09:10 |», «(14:35)» (not a date's digits). */
const TIME_LEAD = new RegExp(String.raw`^${TIME_STAMP}${FLASH_SEPARATOR}(?=[^\s\d])`);
const isDigitOrParen = (c: number) => c === 0x28 || isDigit(c);
/** A dateline of one or two words set off by «|» opening a line: «دمشق |», «القاهرة | ». */
const DATELINE_PIPE = /^[\u0621-\u064A]+(?:\s+[\u0621-\u064A]+)?\s*\|\s*(?=\S)/;
/** An ASCII or Arabic-Indic digit. */
const isDigit = (c: number) => (c >= 0x30 && c <= 0x39) || (c >= 0x660 && c <= 0x669) || (c >= 0x6f0 && c <= 0x6f9);

/** The sentence [a, b) of a line's normal text `body`, trimmed, pushed in pieces if it runs on. */
function pushSentence(sentences: Sentence[], body: string, a: number, b: number, line: Line, index: number): void {
  const start = line.normalStart;
  while (a < b && isWhiteSpace(body.charCodeAt(a))) a++;
  while (b > a && isWhiteSpace(body.charCodeAt(b - 1))) b--;
  // A live page's time stamp opening the entry («15:45 - المسلط المتحدث باسم الهيئة: …», «(09:10) …») or a dateline set
  // off by «|» («دمشق | المنسق العام …: …») is no part of what it says: the sentence starts after it, so its first
  // name opens it (a city there is where it was said, not a party speaking).
  if (a < b) {
    const head = body.slice(a, Math.min(b, a + 32));
    const lead = isDigitOrParen(body.charCodeAt(a)) ? TIME_LEAD.exec(head) : head.includes("|") ? DATELINE_PIPE.exec(head) : null;
    if (lead && a + lead[0].length < b) a += lead[0].length;
  }
  // A run-on "sentence" (a line with no full stop) is cut at commas into bounded pieces, so the work per
  // sentence stays bounded whatever the input.
  while (b - a > MAX_SENTENCE) {
    const window = body.slice(a + CUT_TARGET / 2, a + CUT_TARGET);
    const comma = Math.max(window.lastIndexOf("،"), window.lastIndexOf(","), window.lastIndexOf("؛"));
    const space = window.lastIndexOf(" ");
    const cut = a + CUT_TARGET / 2 + (comma >= 0 ? comma + 1 : space >= 0 ? space + 1 : window.length);
    sentences.push({ start: start + a, end: start + cut, lineKind: line.kind, line: index });
    a = cut;
    while (a < b && isWhiteSpace(body.charCodeAt(a))) a++;
  }
  if (b > a) sentences.push({ start: start + a, end: start + b, lineKind: line.kind, line: index });
}

/** Opening and closing marks by direction (character codes); `"` and entity quotes toggle. */
const OPENERS = [0xab, 0x201c, 0x201e, 0x2039, 0x2018, 0x201a, 0x201b];
const CLOSERS = [0xbb, 0x201d, 0x203a, 0x2019];
/** Direction of a mark by its code, looked up in a table rather than hashed in a set: 1 opens, 2 closes, 0 toggles. */
const DIRECTION = (() => {
  const table = new Uint8Array(65536);
  for (const c of OPENERS) table[c] = 1;
  for (const c of CLOSERS) table[c] = 2;
  return table;
})();
/** ” and ’, which some sites use as openers too. */
const RIGHT_DOUBLE_QUOTE = 0x201d;
const RIGHT_SINGLE_QUOTE = 0x2019;

/**
 * Outermost quotations per line, with nesting of directional marks (« … «…» … ») and toggling of plain `"`.
 * A quotation left open at the end of its line closes there.
 * Example: 'قال: «نرفض «الشروط» كلها»' → one quote: 'نرفض "الشروط" كلها'
 */
export function findQuotes(text: NormalisedText): Quote[] {
  const quotes: Quote[] = [];
  const { normal, original, toOriginal } = text;
  let depth = 0;
  let plainOpen = false;
  let openAt = -1;
  const close = (at: number) => {
    if (openAt >= 0 && at > openAt) quotes.push({ start: openAt, end: at });
    depth = 0;
    plainOpen = false;
    openAt = -1;
  };
  // Only quotation marks matter, and line ends while a quotation is open: jump from one to the next.
  let quote = normal.indexOf('"');
  // The first newline at or after i (-1: none), searched for again only once i has passed it: i only grows, so
  // a newline found from an earlier i with none before it is still the first one.
  let lineEnd = -2;
  for (let i = 0; quote >= 0;) {
    if (openAt >= 0) {
      if (lineEnd !== -1 && lineEnd < i) lineEnd = normal.indexOf("\n", i);
      if (lineEnd >= 0 && lineEnd < quote) {
        close(lineEnd);
        i = lineEnd + 1;
        continue;
      }
    }
    // The mark as the original wrote it, by code: no one-character string to make for each mark.
    const source = original.charCodeAt(toOriginal[quote]!);
    const direction = DIRECTION[source];
    if (direction === 1) {
      if (depth === 0 && !plainOpen) openAt = quote + 1;
      depth++;
    } else if (direction === 2) {
      if (depth > 0) {
        depth--;
        if (depth === 0 && !plainOpen) close(quote);
      } else if ((source === RIGHT_DOUBLE_QUOTE || source === RIGHT_SINGLE_QUOTE) && !plainOpen) {
        // A lone ” (or ’) used as an opener, as some sites do.
        openAt = quote + 1;
        depth = 1;
      }
    } else if (depth === 0) {
      if (plainOpen) close(quote);
      else {
        plainOpen = true;
        openAt = quote + 1;
      }
    }
    i = quote + 1;
    quote = normal.indexOf('"', i);
  }
  // A quotation still open closes at the end of its line.
  if (openAt >= 0) {
    const end = normal.indexOf("\n", openAt);
    if (end >= 0) close(end);
  }
  close(normal.length);
  return quotes;
}

/**
 * What the regex class `\s` matches, by UTF-16 code unit, as ECMAScript defines it: LineTerminator (\n, \r, U+2028,
 * U+2029) and WhiteSpace (tab, vertical tab, form feed, BOM and the space separators of Unicode category Zs: space,
 * no-break space, U+1680, U+2000–U+200A, U+202F, U+205F, U+3000). Hot loops test characters by code here instead of
 * making a one-character string for `/\s/` each time.
 */
const WHITE_SPACE = (() => {
  const table = new Uint8Array(65536);
  for (const c of [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff]) table[c] = 1;
  for (let c = 0x2000; c <= 0x200a; c++) table[c] = 1;
  return table;
})();

/** Whether the code unit `code` is one `\s` matches. */
export const isWhiteSpace = (code: number) => WHITE_SPACE[code] === 1;

/** Characters that end a word for distance counting: whitespace, quotation marks, punctuation, dashes. */
const WORD_BREAK = (() => {
  const table = new Uint8Array(65536);
  for (const ch of ' \t\n\r\f\v\u00A0\u2028\u2029\uFEFF"،,.؛:!?؟()«»-–—') table[ch.charCodeAt(0)] = 1;
  for (let c = 0x2000; c <= 0x200a; c++) table[c] = 1;
  for (const c of [0x1680, 0x202f, 0x205f, 0x3000]) table[c] = 1;
  return table;
})();

/**
 * Distances in words. Callers only ask about short stretches of one sentence, so words are counted there
 * on demand instead of indexing the whole text.
 * Example: new WordIndex("قال انه لن يشارك").between(3, 11) → 2 (انه and لن lie between قال and يشارك)
 */
export class WordIndex {
  constructor(private readonly normal: string) {}
  /** Number of words starting strictly after a and before b (a before b): the words between two positions. */
  between(a: number, b: number): number {
    const normal = this.normal;
    let count = 0;
    let i = Math.max(a + 1, 0);
    // Whether the character before i breaks words (the text's start does), carried along so each character is
    // read once: a word starts at a character that does not break words right after one that does.
    let afterBreak = i === 0 || WORD_BREAK[normal.charCodeAt(i - 1)] === 1;
    for (; i < b; i++) {
      const breaks = WORD_BREAK[normal.charCodeAt(i)];
      if (breaks === 0 && afterBreak) count++;
      afterBreak = breaks === 1;
    }
    return count;
  }
  /** Whether at most `max` words lie between a and b: between(a, b) <= max, counting no further than needed. */
  within(a: number, b: number, max: number): boolean {
    const normal = this.normal;
    let count = 0;
    let i = Math.max(a + 1, 0);
    let afterBreak = i === 0 || WORD_BREAK[normal.charCodeAt(i - 1)] === 1;
    for (; i < b; i++) {
      const breaks = WORD_BREAK[normal.charCodeAt(i)];
      if (breaks === 0 && afterBreak && ++count > max) return false;
      afterBreak = breaks === 1;
    }
    return true;
  }
}
