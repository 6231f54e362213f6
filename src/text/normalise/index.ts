// Normalise Arabic text for matching while keeping a map back to the original offsets.
import { ENTITY_DEBRIS, entityReplacement, HTML_TAG, unicodeRule } from "./01-unicode";
import { LETTER_RULES } from "./02-letters";
import { softLineBreaks } from "../wrapped";

export interface NormalisedText {
  /** The original text, untouched. */
  readonly original: string;
  /** The matching form: diacritics, tatweel and invisibles gone, letters folded, quotes as `"`. */
  readonly normal: string;
  /** toOriginal[i] is the original offset of normal[i]; toOriginal[normal.length] === original.length. */
  readonly toOriginal: Int32Array;
}

/** One character's rules of this phase, in order: "" deletes it, a string replaces it, undefined keeps it. */
function foldCharacter(ch: string): string | undefined {
  const out = unicodeRule(ch);
  if (out !== undefined) return out;
  for (const rule of LETTER_RULES) {
    const folded = rule(ch);
    if (folded !== undefined) return folded;
  }
  return undefined;
}

/**
 * Arabic presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFF): the contextual glyphs and ligatures that text copied
 * out of PDFs and old pages carries in place of letters («ﻻ» for «لا», «ﺍﻟﺤﻮﺍﺭ»). Each is read as the letters its
 * compatibility decomposition (NFKC) gives, folded like any letter; one that stands for a whole phrase (ﷺ) or for a
 * mark alone (a diacritic's isolated form) is kept or deleted as before.
 * Example: presentationForm("\uFEFB") → "لا", presentationForm("\uFE8E") → "ا"
 */
export function presentationForm(ch: string): string | undefined {
  const decomposed = ch.normalize("NFKC");
  if (decomposed === ch || decomposed.length > 4 || !/^[\u0600-\u06FF ]+$/.test(decomposed)) return undefined;
  const letters = [...decomposed].map((c) => foldCharacter(c) ?? c).join("");
  return letters.replace(/ /g, "");
}

const SPACE = 0x20;
const NEWLINE = 0x0a;
const CR = 0x0d;
const TAB = 0x09;
const WAW = 0x0648;
const FULL_STOP = 0x2e;

/**
 * The per-character table for the BMP, built once. An entry of 0 or more is the one character the character reads as
 * (itself, where it is kept; its folded letter); below 0, DELETED, ENTITY_START, TAG_START, LONE_CR, SINGLE_QUOTE, or
 * COMPLEX - j for REPLACEMENTS[j], the characters of a ligature.
 */
const TABLE = new Int32Array(0x10000);
const DELETED = -1;
const ENTITY_START = -2;
const TAG_START = -3;
const LONE_CR = -4;
const SINGLE_QUOTE = -5;
const COMPLEX = -6;
const REPLACEMENTS: string[] = [];
for (let code = 0; code < 0x10000; code++) {
  TABLE[code] = code;
  // Lone surrogates pass through unchanged (each half of a pair is kept as it is).
  if (code >= 0xd800 && code <= 0xdfff) continue;
  const ch = String.fromCharCode(code);
  const presentation = (code >= 0xfb50 && code <= 0xfdff) || (code >= 0xfe70 && code <= 0xfefe) ? presentationForm(ch) : undefined;
  const out = presentation ?? foldCharacter(ch);
  if (out === undefined) continue;
  if (out.length === 0) TABLE[code] = DELETED;
  else if (out.length === 1) TABLE[code] = out.charCodeAt(0);
  else {
    TABLE[code] = COMPLEX - REPLACEMENTS.length;
    REPLACEMENTS.push(out);
  }
}
for (const c of [0x26 /* & */, 0x71 /* q */, 0x51 /* Q */]) TABLE[c] = ENTITY_START;
TABLE[0x3c /* < */] = TAG_START;
TABLE[0x0d /* CR */] = LONE_CR;
// ' ‘ ’ ‚ ‛: quotation marks where some outlets type them so («قال إن 'مشاركة إيران مرهونة …'», «‘جنيف 2’»), but an
// apostrophe between two Latin letters or digits («Putin's», «l'AFP»).
for (const c of [0x27, 0x2018, 0x2019, 0x201a, 0x201b]) TABLE[c] = SINGLE_QUOTE;
const QUOTE = 0x22;

/** A Latin letter or a digit (ASCII, or Latin-1's letters): what an apostrophe stands between. */
function isLatinWordChar(code: number): boolean {
  return (
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x30 && code <= 0x39) ||
    (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7)
  );
}

/** An Arabic letter, of the base block or of its presentation forms: what a joined conjunction or comma sits by. */
function isArabicLetter(code: number): boolean {
  return (code >= 0x0621 && code <= 0x064a) || (code >= 0x0671 && code <= 0x06d3) || (code >= 0xfb50 && code <= 0xfefc);
}

/**
 * Normalise for matching, character by character. Every normal character points back to the original character it
 * came from, so a match [s, e) in `normal` is the verbatim original `original.slice(toOriginal[s], toOriginal[e])`.
 * An article is read with normaliseCopy, which also mends its spacing.
 * Example: "قالَ لافروفُ: «دون شروطٍ مسبقة»" → 'قال لافروف: "دون شروط مسبقه"'
 */
export function normaliseForMatching(original: string): NormalisedText {
  // Most characters (and every entity) give at most one character; a ligature gives up to four. Read first into
  // buffers a little longer than the text; a text that runs past them is read again into buffers it cannot outgrow.
  const n = original.length;
  return normaliseInto(original, n + (n >> 3) + 16) ?? normaliseInto(original, 4 * n + 16)!;
}

/** normaliseForMatching with buffers of `capacity` characters, or null where the normal text would run past them. */
function normaliseInto(original: string, capacity: number): NormalisedText | null {
  const n = original.length;
  const out = new Uint16Array(capacity);
  const map = new Int32Array(capacity + 1);
  let k = 0;
  for (let i = 0; i < n; i++) {
    const code = original.charCodeAt(i);
    const entry = TABLE[code]!;
    // Kept, or folded to one other character (a letter): the commonest case by far.
    if (entry >= 0) {
      out[k] = entry;
      map[k++] = i;
      continue;
    }
    if (entry === DELETED) continue;
    if (entry === SINGLE_QUOTE) {
      const apostrophe = isLatinWordChar(original.charCodeAt(i - 1)) && isLatinWordChar(original.charCodeAt(i + 1));
      out[k] = apostrophe ? code : QUOTE;
      map[k++] = i;
      continue;
    }
    if (entry === LONE_CR) {
      // Before a newline, a carriage return is dropped; alone, it ends a line as old Mac copy does: a space.
      if (original.charCodeAt(i + 1) === NEWLINE) continue;
      out[k] = SPACE;
      map[k++] = i;
      continue;
    }
    // Where the character (or the entity) read starts: what the characters it gives point back to.
    const at = i;
    let rep: string;
    if (entry === TAG_START) {
      // A tag left by a scraper reads as a space.
      HTML_TAG.lastIndex = i;
      if (HTML_TAG.test(original)) {
        out[k] = SPACE;
        map[k++] = i;
        i = HTML_TAG.lastIndex - 1;
        continue;
      }
      rep = "<";
    } else if (entry === ENTITY_START) {
      // `quot;` debris (with or without its &) stands for one quotation mark, `&#1575;` for its letter: read as
      // that character is (one outside the BMP is kept as it is).
      ENTITY_DEBRIS.lastIndex = i;
      const m = ENTITY_DEBRIS.exec(original);
      if (!m) rep = code === 0x51 ? "q" : String.fromCharCode(code);
      else {
        rep = readAs(entityReplacement(m[0]));
        i += m[0].length - 1;
      }
    } else rep = REPLACEMENTS[COMPLEX - entry]!;
    // (Room for what this gives and one character for each still to read.)
    if (k + rep.length + (n - i) > capacity) return null;
    for (let r = 0; r < rep.length; r++) {
      out[k] = rep.charCodeAt(r);
      map[k++] = at;
    }
  }
  map[k] = n;
  return { original, normal: decodeUtf16(out, k), toOriginal: map.slice(0, k + 1) };
}

/** What a character an entity stands for reads as, by TABLE. */
function readAs(ch: string): string {
  if (ch.length !== 1) return ch;
  const entry = TABLE[ch.charCodeAt(0)]!;
  if (entry >= 0) return String.fromCharCode(entry);
  if (entry === DELETED) return "";
  if (entry === ENTITY_START) return ch === "Q" ? "q" : ch;
  if (entry === TAG_START) return ch;
  if (entry === LONE_CR) return " ";
  if (entry === SINGLE_QUOTE) return '"';
  return REPLACEMENTS[COMPLEX - entry]!;
}

/** String from UTF-16 code units, in chunks small enough for fromCharCode's argument limit. */
function decodeUtf16(units: Uint16Array, length: number): string {
  const CHUNK = 8192;
  let s = "";
  for (let i = 0; i < length; i += CHUNK)
    s += String.fromCharCode.apply(null, units.subarray(i, Math.min(length, i + CHUNK)) as unknown as number[]);
  return s;
}

/**
 * The original span for a normal span [start, end). Characters deleted by normalisation right after the span
 * (diacritics on its last letter, the rest of an entity) stay attached, so the slice reads naturally.
 */
export function originalSpan(text: NormalisedText, start: number, end: number): { start: number; end: number } {
  if (end <= start) return { start: text.toOriginal[start]!, end: text.toOriginal[start]! };
  let to = text.toOriginal[end]!;
  // A carriage return is dropped only before its newline («\r\n»), so it goes with the newline: a span ending there
  // stops before it (the slice with it would read the return alone, as a space).
  if (to > 0 && text.original.charCodeAt(to) === NEWLINE && text.original.charCodeAt(to - 1) === CR) to--;
  return { start: text.toOriginal[start]!, end: to };
}

/**
 * An article's normal form: normaliseForMatching, then its spacing mended (mendSpacing), with the line breaks that
 * only wrap a hard-wrapped text read as spaces (softLineBreaks).
 * Example: normaliseCopy("قال،إن  و الائتلاف").normal → "قال، ان والائتلاف"
 */
export function normaliseCopy(original: string): NormalisedText {
  return mendSpacing(normaliseForMatching(original), softLineBreaks(original));
}

/** Punctuation that takes a space after it before a word (spaceMissing): , ، ؛ : . ! ؟ */
const SPACED_AFTER = new Uint8Array(0x0700);
for (const c of [0x2c, 0x060c, 0x061b, 0x3a, FULL_STOP, 0x21, 0x061f]) SPACED_AFTER[c] = 1;

/**
 * The spacing of careless copy read as typeset copy is, in a normal text (the map kept):
 * - a run of spaces and tabs is one space («قال  إن»);
 * - a conjunction «و» typed apart from its word is joined to it («و قال» → «وقال», «و الائتلاف» → «والائتلاف»);
 * - a comma, colon, full stop or question mark right before a word has a space after it («قال،إن» → «قال، إن»,
 *   «الأسد.وأضاف» → «الاسد. واضاف»), so the sentence ends and the words part there (spaceMissing);
 * - the newlines at `softBreaks` (original offsets) are spaces.
 * Example: mendSpacing(normaliseForMatching("و قال"), []).normal → "وقال"
 */
export function mendSpacing(text: NormalisedText, softBreaks: readonly number[]): NormalisedText {
  // Most articles are typeset copy with nothing to mend: one read of the text tells, and their normal form stands.
  if (softBreaks.length === 0 && !mayNeedMending(text.normal)) return text;
  // At most one space is put after each punctuation mark; read again into buffers it cannot outgrow if the first
  // run past theirs.
  const n = text.normal.length;
  return mendInto(text, softBreaks, n + (n >> 3) + 16) ?? mendInto(text, softBreaks, 2 * n + 16)!;
}

function mendInto(text: NormalisedText, softBreaks: readonly number[], capacity: number): NormalisedText | null {
  const { original, normal, toOriginal } = text;
  const n = normal.length;
  const out = new Uint16Array(capacity);
  const map = new Int32Array(capacity + 1);
  let k = 0;
  // The next soft break (a newline's original offset) not yet passed.
  let soft = 0;
  for (let j = 0; j < n; j++) {
    let c = normal.charCodeAt(j);
    if (c === NEWLINE && soft < softBreaks.length) {
      while (soft < softBreaks.length && softBreaks[soft]! < toOriginal[j]!) soft++;
      if (softBreaks[soft] === toOriginal[j]) {
        soft++;
        c = SPACE;
      }
    }
    // «وقال الجبير.. إن …», «الجبير.. الأسد يجب أن يرحل»: dots run inside a line read as a comma (dotsPause).
    if ((c === FULL_STOP || c === ELLIPSIS) && k > 0) {
      const run = dotsPause(normal, j, out[k - 1]!, out, k);
      if (run > 0) {
        if (k + 1 + (n - j) > capacity) return null;
        out[k] = ARABIC_COMMA;
        map[k++] = toOriginal[j]!;
        j += run - 1;
        continue;
      }
    }
    // «لايمكن», «ولاتقبل», «مالم», «بلاشروط»: a negation typed joined to its word is read apart from it (JOINED_WORDS).
    if ((c === LAM || c === MEEM || c === ALEF || c === BEH) && atWordStart(out, k)) {
      JOINED_WORDS.lastIndex = j;
      const joined = JOINED_WORDS.exec(normal);
      if (joined) {
        const len = joined[0].length;
        if (k + len + 1 + (n - j) > capacity) return null;
        for (let r = 0; r < len; r++) {
          out[k] = normal.charCodeAt(j + r);
          map[k++] = toOriginal[j + r]!;
        }
        out[k] = SPACE;
        map[k++] = toOriginal[j + len]!;
        j += len - 1;
        continue;
      }
    }
    if (c === SPACE || c === TAB) {
      c = SPACE;
      const before = k > 0 ? out[k - 1]! : NEWLINE;
      // Doubled, or after a «و» standing alone before a word.
      if (before === SPACE) continue;
      if (before === WAW && (k < 2 || !isArabicLetter(out[k - 2]!)) && isArabicLetter(normal.charCodeAt(pastSpaces(normal, j + 1))))
        continue;
    }
    if (k + 2 + (n - j) > capacity) return null;
    out[k] = c;
    map[k++] = toOriginal[j]!;
    if (c < 0x0700 && SPACED_AFTER[c] === 1 && j + 1 < n && spaceMissing(out, k, c, text, j)) {
      out[k] = SPACE;
      map[k++] = toOriginal[j + 1]!;
    }
  }
  map[k] = toOriginal[n]!;
  return { original, normal: decodeUtf16(out, k), toOriginal: map.slice(0, k + 1) };
}

const ELLIPSIS = 0x2026;
const ARABIC_COMMA = 0x060c;
const LAM = 0x0644;
const MEEM = 0x0645;
const ALEF = 0x0627;
const BEH = 0x0628;
const FEH = 0x0641;

/**
 * The length of the run of dots (two or three full stops, or «…») at j read as a comma inside a line. After a letter,
 * a quotation mark or a space (`before`, the character put last), then a space and «إن/أن/بأن» opening what was said
 * («وقال الجبير.. إن …», «وقال لافروف ... إن …»); or after a letter or a quotation mark, a headline's name of at most
 * three words opening the line before it and a word not joined by «و» after it («الجبير.. الأسد يجب أن يرحل»). 0
 * where the dots end a sentence, as they mostly do between a digest's headlines («لافروف: لا شروط مسبقة.. والائتلاف:
 * …», «بان يسحب دعوة إيران.. وموسكو تصف الخطوة بالخطأ»).
 */
function dotsPause(normal: string, j: number, before: number, out: Uint16Array, k: number): number {
  if (!isArabicLetter(before) && before !== QUOTE && before !== SPACE) return 0;
  let end = j;
  if (normal.charCodeAt(j) === ELLIPSIS) end = j + 1;
  else {
    while (end < normal.length && end - j < 4 && normal.charCodeAt(end) === FULL_STOP) end++;
    if (end - j < 2 || end - j > 3) return 0;
  }
  if (normal.charCodeAt(end) !== SPACE) return 0;
  const next = pastSpaces(normal, end);
  if (THAT_AT.test(normal.slice(next, next + 5))) return end - j;
  if (before === SPACE || !isArabicLetter(normal.charCodeAt(next)) || normal.charCodeAt(next) === WAW) return 0;
  // The line so far: at most three words, letters and spaces only.
  let words = 1;
  for (let x = k - 1; x >= 0; x--) {
    const c = out[x]!;
    if (c === NEWLINE) break;
    if (c === SPACE) {
      if (++words > 3) return 0;
    } else if (!isArabicLetter(c)) return 0;
  }
  return end - j;
}
/** «إن», «أن», «بأن» in normal letters, as a word. */
const THAT_AT = /^(?:ان|بان)(?![\u0621-\u064A])/;

/** Whether out[k] would start a word: after no letter, or after a conjunction «و/ف» that starts one. */
function atWordStart(out: Uint16Array, k: number): boolean {
  if (k === 0 || !isArabicLetter(out[k - 1]!)) return true;
  return (out[k - 1] === WAW || out[k - 1] === FEH) && (k < 2 || !isArabicLetter(out[k - 2]!));
}

/**
 * Two words typed as one, in normal letters: a negation joined to the word it negates, «لا» before a verb of being
 * able, having to, accepting, wanting, objecting, deeming, attending or a noun of conditions («لايمكن», «لاتقبل»,
 * «لاشروط», «لادور», «لامستقبل»; not «لامكان», which the cue rules read joined, and «لإمكان», «for the possibility», is
 * spelt the same), «ما لم»
 * («مالم»), «إلا إذا» («الااذا»), «بلا» before conditions («بلاشروط»); and his name run into his family's
 * («بشارالأسد»). Listed words only: «لاجئ», «لاعب», «لاحق», «لاتفاق» (ل + اتفاق) are words of their own. Sticky, at a
 * word's start; the match is the first word, a space is put after it.
 */
const JOINED_WORDS = new RegExp(
  "(?:لا(?=(?:يمكن(?:ني|نا|ه|ها)?|يجوز|يجب|ينبغي|يحق|[تين](?:قبل|ريد|ري|مانع|وافق|عارض|شترط|ضع|طالب|عترف|عتبر|زال|رفض|ؤيد|دعم|شارك|حضر|ذهب|سمح|ستبعد)(?:ه|ها|هم|ون|ان)?|[تي]وجد|شروط|شرط|مانع|شرعيه|تفاوض|مفاوضات|حوار|دور|مستقبل)(?![\u0621-\u064A]))|ما(?=(?:لم|دام|دامت)(?![\u0621-\u064A]))|الا(?=اذا(?![\u0621-\u064A]))|بلا(?=(?:شروط|شرط|قيد|قيود)(?![\u0621-\u064A]))|بشار(?=الاسد(?![\u0621-\u064A])))",
  "y",
);
/** Whether a text may hold two words typed as one: JOINED_WORDS anywhere, at a word's start or not. */
const JOINED_WORDS_ANY = new RegExp(JOINED_WORDS.source);

/**
 * Whether mendInto may change `normal` (soft breaks aside): a tab, a doubled space, a «و» standing alone (a space
 * after it with no letter before it), a punctuation mark that takes a space after it (spaceMissing) right before
 * an Arabic letter, or, but a full stop, before a quotation mark, a run of dots (dotsPause), or two words typed as
 * one (JOINED_WORDS). A superset of what mendInto changes (it keeps «أ.ف.ب», and a quotation mark that does not
 * open), so false means the text is already mended.
 * Example: mayNeedMending("قال، إن") → false; mayNeedMending("قال،إن") → true
 */
function mayNeedMending(normal: string): boolean {
  for (let j = 0, n = normal.length; j < n; j++) {
    const c = normal.charCodeAt(j);
    if (c === TAB) return true;
    if ((c === FULL_STOP && normal.charCodeAt(j + 1) === FULL_STOP) || c === ELLIPSIS) return true;
    if (c === SPACE) {
      if (j > 0) {
        const before = normal.charCodeAt(j - 1);
        if (before === SPACE || (before === WAW && (j < 2 || !isArabicLetter(normal.charCodeAt(j - 2))))) return true;
      }
    } else if (c < 0x0700 && SPACED_AFTER[c] === 1 && j + 1 < n) {
      const next = normal.charCodeAt(j + 1);
      if (isArabicLetter(next) || (c !== FULL_STOP && next === QUOTE)) return true;
    }
  }
  return JOINED_WORDS_ANY.test(normal);
}

/**
 * Whether punctuation c, just put at out[k - 1] from normal[j], lacks the space after it that it takes before what
 * follows: a comma, colon or question mark before an Arabic letter or an opening guillemet or curly quotation mark
 * («قال،إن», «السورية ،اذ», «قال:«لا»»), but a Latin comma or a colon after a digit («1,000», «10:30»); a full
 * stop only between two Arabic letters, after a word of three letters or more («الأسد.وأضاف»), so the stops of an
 * abbreviation («أ.ف.ب»), of a dotted acronym («سي.إن.إن») and of a site's name («العربية.نت»: DOMAIN_AT) stay.
 */
function spaceMissing(out: Uint16Array, k: number, c: number, text: NormalisedText, j: number): boolean {
  if (k < 2) return false;
  const before = out[k - 2]!;
  const next = text.normal.charCodeAt(j + 1);
  if (c !== FULL_STOP) {
    // (After a digit, only the Arabic marks: «1,000» and «10:30» are numbers, «عام 2013،وقال» is not.)
    if (before >= 0x30 && before <= 0x39 && (c === 0x2c || c === 0x3a)) return false;
    if (isArabicLetter(next)) return true;
    // (The normal text has every quotation mark as «"»: the original tells an opening one.)
    const mark = text.original.charCodeAt(text.toOriginal[j + 1]!);
    return mark === 0xab || mark === 0x201c;
  }
  // A full stop: after a word of three letters or more, before a letter, and not one of a dotted acronym's
  // («سي.إن.إن», «بي.بي.سي»: another stop within three letters after it).
  if (k < 4 || !isArabicLetter(before) || !isArabicLetter(out[k - 3]!) || !isArabicLetter(out[k - 4]!)) return false;
  if (!isArabicLetter(next)) return false;
  for (let x = j + 2; x <= j + 4 && x < text.normal.length; x++) {
    const after = text.normal.charCodeAt(x);
    if (after === FULL_STOP) return false;
    if (!isArabicLetter(after)) break;
  }
  DOMAIN_AT.lastIndex = j + 1;
  return !DOMAIN_AT.test(text.normal);
}

/** The end of a site's name after its stop, in normal letters («العربية.نت», «مصراوي.كوم»): no sentence ends there. */
const DOMAIN_AT = /(?:نت|كوم|اورغ|اورج|انفو|نيوز)(?![\u0621-\u064A])/y;

/** The first offset at or after i in `text` that is no space or tab. */
function pastSpaces(text: string, i: number): number {
  while (i < text.length && (text.charCodeAt(i) === SPACE || text.charCodeAt(i) === TAB)) i++;
  return i;
}

/** Normalise a lexicon entry or pattern the same way as an article, without the map. Example: "إيران" → "ايران" */
export function normaliseTerm(term: string): string {
  return normaliseCopy(term).normal;
}
