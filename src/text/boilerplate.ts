// Tell article text from what surrounds it: breadcrumbs, tables of contents, prompts, comments, sign-offs.
import { escapeRegExp } from "./escape";
import { normaliseCopy, normaliseTerm, type NormalisedText } from "./normalise";

export type LineKind =
  "title" | "body" | "heading" | "blank" | "breadcrumb" | "toc" | "promo" | "comments" | "signoff" | "byline" | "dateline";

export interface Line {
  /** Offsets of the line in the article's original text (without its newline). */
  readonly start: number;
  readonly end: number;
  /** The same line in the normal text the lines were classified from. */
  readonly normalStart: number;
  readonly normalEnd: number;
  readonly kind: LineKind;
}

/** Kinds whose text can carry a stance. */
export const STANCE_BEARING: ReadonlySet<LineKind> = new Set<LineKind>(["title", "body", "heading"]);

const N = normaliseTerm;
/** A numbered headline: "1.  …", "12.   …", "3) …", "- …" in a list. */
const NUMBERED = /^\s*\d{1,3}\s*[.)\-]\s+\S/;
/** A bulleted line: «- …», «– …», «• …», «* …». */
const BULLETED = /^\s*[-–—•*·]\s*\S/;
/** Headings that open a table of contents: عناوين الملف، محتويات، في هذا العدد، اقرأ أيضا. */
const TOC_HEADINGS = [
  "عناوين الملف",
  "محتويات الملف",
  "المحتويات",
  "في هذا العدد",
  "اقرأ أيضا",
  "اقرا ايضا",
  "مواضيع ذات صلة",
  "أخبار ذات صلة",
  "الأكثر قراءة",
  "الأكثر مشاهدة",
  "الأكثر تعليقا",
  "الأكثر تداولا",
  "آخر الأخبار",
].map(N);
/** A table-of-contents heading as a whole line, with or without a colon. */
const TOC_LINES = new Set(TOC_HEADINGS.flatMap((h) => [h, `${h}:`]));
/** The longest of them: a longer line is not one, and is not hashed to find out. */
const TOC_LINE_MAX = Math.max(...[...TOC_LINES].map((h) => h.length));
/** Breadcrumb trails: "الرئيسة \ ملفات المركز \ …", "الرئيسية > أخبار > …". */
const BREADCRUMB = /(?:^|\s)(?:الرئيسه|الرئيسيه|الصفحه الرئيسيه|home)\s*[\\/>»›|]/;
const CRUMB_SEPARATORS = /\s[\\>»›|]\s/g;
/** A trail or menu longer than this is no breadcrumb unless its separators come as densely as a menu's. */
const CRUMB_MAX = 300;
/** Characters per separator at most in a long menu line (one item a few words long). */
const CRUMB_SPACING = 40;

/**
 * Whether a trimmed line is a breadcrumb trail or a menu: a home word before a separator, or two separators; and
 * short, or as dense in separators as a menu. An article scraped onto one line whose footer holds a few «|» is the
 * article, not a trail (it used to be dropped whole).
 * Example: isBreadcrumb("الرئيسيه | سياسه | عربي ودولي") → true
 */
function isBreadcrumb(t: string): boolean {
  const separators = t.match(CRUMB_SEPARATORS)?.length ?? 0;
  if (!BREADCRUMB.test(t) && separators < 2) return false;
  return t.length <= CRUMB_MAX || separators * CRUMB_SPACING >= t.length;
}

/**
 * What every breadcrumb line holds, searched for in the whole text so that most lines skip both tests. Lines are
 * slices of the normal text, which has its quotation marks folded into `"` (» and › among them), so a line has
 * two CRUMB_SEPARATORS only with \\, > or |. A "/" counts only right after a home word (BREADCRUMB), and every
 * home word holds ئيسه or ئيسيه (الرئيسه، الرئيسيه، الصفحه الرئيسيه) or is home: these stand for it, as "/" is
 * frequent (dates, links) and slow to search for (its code's byte is also that of د).
 */
const CRUMB_SIGNS = ["\\", ">", "|", "ئيسه", "ئيسيه", "home"];
/** Subscription and app prompts. */
const PROMO = [
  "تلغرام",
  "تيليغرام",
  "للاشتراك",
  "اضغط هنا",
  "إضغط هنا",
  "اشترك في",
  "اشترك الآن",
  "تابعونا على",
  "حمل تطبيق",
  "النشرة البريدية",
  "قرائنا من مستخدمي",
].map(N);
/** Any of PROMO, as one regex (a line holds a prompt when it includes one of them). */
const PROMO_ANY = new RegExp(PROMO.map(escapeRegExp).join("|"));
/** The start of a comment section: everything after it belongs to readers, not to the article. */
const COMMENTS = /^\s*(?:التعليقات|تعليقات القراء|اضف تعليق|أضف تعليق|شارك برايك|التعليقات المنشوره)\s*:?\s*$/;
/** The longest comment-section heading above, with room for spaces and a colon. */
const COMMENTS_MAX = 40;
const COMMENTS_DISCLAIMER = N("جميع التعليقات المنشورة");
/** «إن/أن» opening a reported clause after a word: a sentence, never a byline. */
const REPORTED_CLAUSE = /\S\s+(?:ان|انه|انها|بان)\s+\S/;

/** A sign-off is a few characters on its own line: an agency code, never a sentence. */
const SIGNOFF_MAX = 24;
/** Agency sign-offs and wire codes at the end: "أ ش أ", "(أ ف ب)", "AZP02", "سيريانيوز", "وكالات". */
const SIGNOFF =
  /^\s*(?:\(?[اأ]\s?[.]?\s?[شف]\s?[.]?\s?[اأب]\)?|[a-z]{2,4}\d{1,3}|\(?(?:رويترز|وكالات|سانا|يو بي اي|د ب ا|ا ف ب|سيريانيوز|كونا|واس|ارنا|قنا)\)?|admin)\s*$/i;

/**
 * Classify the lines of one article. The first substantial line is its title unless it is boilerplate; short
 * lines right after it (outlet, author) are bylines; numbered runs are a table of contents.
 * Example: ["الرئيسة \\ ملفات \\ …", "عناوين الملف", "1. روسيا …", "نص"] → breadcrumb, heading→toc, toc, title
 */
export function classifyLines(original: string, text: NormalisedText = normaliseCopy(original)): Line[] {
  const { normal, toOriginal } = text;
  // Made once, each kind set in place when known (a copy per line with its kind costs an object spread each).
  const lines: Array<{ -readonly [K in keyof Line]: Line[K] }> = [];
  // Each line's normal text, trimmed once: every test below reads the trimmed line.
  const trimmed: string[] = [];
  // Normalisation makes no newline (no rule maps a character or an entity to "\n") and keeps every one but the
  // soft breaks of hard-wrapped copy (read as spaces), so the newlines of the normal text are original ones, in
  // order: a newline at normal offset j stands at original offset toOriginal[j], the line before it ends at j and the
  // next starts at j + 1 in normal offsets. The lines are read off the normal text directly, with no search of the
  // offset map per line.
  for (let start = 0, normalStart = 0; ;) {
    const newline = normal.indexOf("\n", normalStart);
    const normalEnd = newline === -1 ? normal.length : newline;
    const end = newline === -1 ? original.length : toOriginal[newline]!;
    lines.push({ start, end, normalStart, normalEnd, kind: "body" });
    trimmed.push(normal.slice(normalStart, normalEnd).trim());
    if (newline === -1) break;
    start = end + 1;
    normalStart = newline + 1;
  }
  const kinds: LineKind[] = lines.map(() => "body");
  let inComments = false;
  let inToc = false;
  // Whether the list of headlines under way opened on a heading («المحتويات», «اقرأ أيضا:»): every numbered line under
  // it is one of them.
  let headed = false;
  // Every line is a slice of the normal text: a text without the disclaimer has no line holding it.
  const hasDisclaimer = normal.includes(COMMENTS_DISCLAIMER);
  // Per breadcrumb sign, its next offset in the normal text (-1: none left). Signs are rare: one forward search
  // finds the next one for all the lines up to it, instead of a search of every line.
  const signAt = CRUMB_SIGNS.map((m) => normal.indexOf(m));
  /** Whether a sign starts in [from, to), searching on only for signs already behind. */
  const hasSign = (from: number, to: number) => {
    for (let k = 0; k < signAt.length; k++) {
      let at = signAt[k]!;
      if (at >= 0 && at < from) signAt[k] = at = normal.indexOf(CRUMB_SIGNS[k]!, from);
      if (at >= 0 && at < to) return true;
    }
    return false;
  };
  for (let i = 0; i < lines.length; i++) {
    const t = trimmed[i]!;
    if (inComments) {
      kinds[i] = "comments";
      continue;
    }
    if (!t) {
      kinds[i] = "blank";
      continue;
    }
    if (t.length <= COMMENTS_MAX && COMMENTS.test(t)) {
      inComments = true;
      kinds[i] = "comments";
      continue;
    }
    if (hasDisclaimer && t.includes(COMMENTS_DISCLAIMER)) {
      kinds[i] = "comments";
      continue;
    }
    // A sign neither starts nor ends with white space, so it lies in the trimmed line exactly when it lies in the line.
    if (hasSign(lines[i]!.normalStart, lines[i]!.normalEnd) && isBreadcrumb(t)) {
      kinds[i] = "breadcrumb";
      continue;
    }
    if (t.length <= TOC_LINE_MAX && TOC_LINES.has(t)) {
      kinds[i] = "toc";
      inToc = true;
      headed = true;
      continue;
    }
    // Under a TOC heading, bulleted headlines too («اقرأ أيضا:» then «- ظريف: …»).
    // A separator of dashes or stars («—————», «* * *») ends a list of headlines: the numbered lines after it are the
    // items themselves.
    if (inToc && SEPARATOR_LINE.test(t)) {
      kinds[i] = "toc";
      inToc = false;
      headed = false;
      continue;
    }
    // (Under a list of headlines with no heading, not a numbered paragraph of running text: a round-up's items «4-
    // كيري: قال … ".» after three short ones.)
    if ((isNumbered(t) && ((inToc && (headed || !isNumberedParagraph(t))) || isNumberedRun(trimmed, i))) || (inToc && BULLETED.test(t))) {
      kinds[i] = "toc";
      inToc = true;
      continue;
    }
    inToc = false;
    headed = false;
    if (t.length < 160 && PROMO_ANY.test(t)) {
      kinds[i] = "promo";
      continue;
    }
    if (t.length <= SIGNOFF_MAX && SIGNOFF.test(t)) {
      kinds[i] = "signoff";
      continue;
    }
  }
  markTitleAndBylines(trimmed, kinds);
  lines.forEach((l, i) => (l.kind = kinds[i]!));
  return lines;
}

/**
 * Whether a trimmed line is numbered (NUMBERED). The line starts with no white space, so the pattern's digit
 * must be its first character: most lines start with a letter and are refused without running the pattern.
 */
function isNumbered(t: string): boolean {
  const first = t.charCodeAt(0);
  return first >= 0x30 && first <= 0x39 && NUMBERED.test(t);
}

/** A line of dashes, stars or rules alone (a separator), not a bullet before words. */
const SEPARATOR_LINE = /^[-–—_=*•·\s]{3,}$/;

/** The shortest numbered line read as a paragraph (when it also ends a sentence), not a headline. */
const NUMBERED_PARAGRAPH_MIN = 100;

/**
 * A numbered line that is a paragraph of running text, not a headline: long, and ending a sentence. A statement's
 * numbered points («١- تؤكد الهيئة موقفها الثابت بأن … قبل أن يولد.») are its text, not a table of contents.
 */
function isNumberedParagraph(t: string): boolean {
  return t.length >= NUMBERED_PARAGRAPH_MIN && /[.!؟]\s*$/.test(t);
}

/**
 * Three or more consecutive numbered lines (blank lines allowed) make a list of headlines; not where the line itself
 * is a paragraph of a statement's numbered points.
 */
function isNumberedRun(trimmed: string[], i: number): boolean {
  if (isNumberedParagraph(trimmed[i]!)) return false;
  let count = 0;
  for (let j = i; j < trimmed.length && count < 3; j++) {
    const t = trimmed[j]!;
    if (!t) continue;
    if (!isNumbered(t)) break;
    count++;
  }
  return count >= 3;
}

/** A line that reads like a sentence of running text rather than a label. */
const SENTENCE_END = /[.!?؟:"]\s*$/;
const DATE_ONLY = /^[\s\d:.,،/\-]*(?:[\u0621-\u064A]+\s*){0,4}[\s\d:.,،/\-]*$/;

/** A trimmed, non-empty line of at most two words, read without splitting a long first paragraph into its words. */
const ONE_OR_TWO_WORDS = /^\S+(?:\s+\S+)?$/;

/** A news flash's mark at a line's start: «عاجل», «خبر عاجل». */
export const FLASH_WORD = String.raw`(?:خبر\s+)?عاجل`;
/** A live page's time stamp at a line's start: «14:35», «(14:35)». */
export const TIME_STAMP = String.raw`\(?\d{1,2}:\d{2}\)?`;
/** What may stand between a flash's mark or a time and what follows: «:», «|», a dash. */
export const FLASH_SEPARATOR = String.raw`\s*[:|\-–—]?\s*`;
/** A news flash's or a live page's line: «عاجل: …», «خبر عاجل | …», or a time then words other than a date's. */
const FLASH = new RegExp(String.raw`^(?:${FLASH_WORD}|${TIME_STAMP}${FLASH_SEPARATOR}(?!\d)[\u0621-\u064A])`);
/** Whether a short line after the title is a flash or a live page's entry, not an outlet, author or date line. */
function isFlash(t: string): boolean {
  return FLASH.test(t) && !DATE_ONLY.test(t);
}

/** A place, a colon and an outlet's name in quotation marks: «لندن: «الشرق الأوسط»», «بيروت: "الحياة"». */
const PLACE_THEN_OUTLET = /^[\u0621-\u064A]+(?:\s+[\u0621-\u064A]+)?\s*:\s*[«"][^»"]{2,30}[»"]\s*$/;

function markTitleAndBylines(trimmed: string[], kinds: LineKind[]): void {
  // The title: the first body line that is short and does not end like a sentence. After the TOC of a digest
  // header, the first article's own title follows the list.
  let titleAt = -1;
  for (let i = 0; i < trimmed.length; i++) {
    if (kinds[i] !== "body") continue;
    const t = trimmed[i]!;
    // A one- or two-word first line is a section label ("أخبار"), not the headline.
    if (ONE_OR_TWO_WORDS.test(t) && !/\d/.test(t)) {
      kinds[i] = "breadcrumb";
      continue;
    }
    // A short line that does not end like a sentence; «لندن: كشف مصدر …» opens a paragraph, «لافروف: لا شروط» is a headline.
    if (t.length <= 220 && !/[.]\s*$/.test(t) && !(/^\S{0,20}:/.test(t) && t.length > 120)) titleAt = i;
    break;
  }
  if (titleAt < 0) return;
  kinds[titleAt] = "title";
  // Up to four short lines after the title are outlet, author, date or place lines.
  for (let i = titleAt + 1, seen = 0; i < trimmed.length && seen < 4; i++) {
    if (kinds[i] === "blank") continue;
    if (kinds[i] !== "body") break;
    const t = trimmed[i]!;
    // «لندن: «الشرق الأوسط»»: the place and the outlet in quotation marks, no flash headline.
    if (PLACE_THEN_OUTLET.test(t)) {
      kinds[i] = "byline";
      seen++;
      continue;
    }
    // «وقال لافروف إن …» without its full stop is a sentence: no outlet, author or place line reports speech.
    if (t.length > 60 || SENTENCE_END.test(t) || REPORTED_CLAUSE.test(t) || isFlash(t)) break;
    kinds[i] = /\d/.test(t) && DATE_ONLY.test(t) ? "dateline" : "byline";
    seen++;
  }
  // Short label lines after the body's end (outlet names, sign-offs) are not text either.
  for (let i = trimmed.length - 1; i > titleAt; i--) {
    if (kinds[i] === "blank" || kinds[i] === "comments") continue;
    if (kinds[i] !== "body") break;
    const t = trimmed[i]!;
    if (t.length > 30 || SENTENCE_END.test(t)) break;
    kinds[i] = "signoff";
  }
  // Short lines without final punctuation inside the body are subheadings ("دعوة روسية"): text, but not sentences
  // that continue into the next line.
  for (let i = titleAt + 1; i < trimmed.length; i++) {
    if (kinds[i] !== "body") continue;
    const t = trimmed[i]!;
    if (t.length <= 60 && !SENTENCE_END.test(t) && !/[،,]\s*$/.test(t)) kinds[i] = "heading";
  }
}
