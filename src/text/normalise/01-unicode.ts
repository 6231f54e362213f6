// Unicode clean-up for matching: what is deleted and what becomes plain punctuation.

/** Arabic diacritics (tashkeel): fathatan ً … sukun ْ, superscript alef ٰ, Quranic marks. Deleted. */
export const ARABIC_DIACRITICS = /[\u064B-\u065F\u0670\u06D6-\u06ED]/;
/**
 * A carriage return: a line of CRLF copy ends at its newline, as any other does. Deleted (the normaliser reads one
 * with no newline after it, as old Mac copy ends its lines, as a space, so the words stay apart).
 */
export const CARRIAGE_RETURN = "\r";
/** Tatweel (kashida) ـ, a stretching glyph with no meaning. Deleted. */
export const TATWEEL = "\u0640";
/** Bidi controls (LRM, RLM, LRE…RLO, LRI…PDI) and zero-width characters (ZWSP, ZWNJ, ZWJ, BOM, soft hyphen). Deleted. */
export const INVISIBLE_CONTROLS = /[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF\u00AD\u061C]/;
/** Quotation marks « » “ ” „ ‟ ″ ‹ › and the Arabic-keyboard variants, all matched as `"`. */
export const QUOTATION_MARKS = /[\u00AB\u00BB\u201C\u201D\u201E\u201F\u2033\u2039\u203A\u275D\u275E]/;
/** Spaces that are not U+0020 (no-break, thin, ideographic…). Matched as a plain space. */
export const ODD_SPACES = /[\u00A0\u2000-\u200A\u202F\u205F\u3000]/;

/**
 * One-character rule for this phase: "" deletes the character, a string replaces it, undefined keeps it.
 * Example: "ـ" → "", "«" → '"', "\u00A0" → " ", "\r" → "".
 */
export function unicodeRule(ch: string): string | undefined {
  if (ch === CARRIAGE_RETURN) return "";
  if (ch === TATWEEL || ARABIC_DIACRITICS.test(ch) || INVISIBLE_CONTROLS.test(ch)) return "";
  if (QUOTATION_MARKS.test(ch)) return '"';
  if (ODD_SPACES.test(ch)) return " ";
  return undefined;
}

/** The named entities read (entityReplacement). */
const ENTITY_NAMES = "quot|amp|apos|nbsp|lt|gt|laquo|raquo|ldquo|rdquo|bdquo|lsquo|rsquo|hellip|mdash|ndash";

/**
 * HTML entity debris that real copy carries, with or without its ampersand: `quot;` `&quot;` `&amp;` `&#39;` `&nbsp;`,
 * named quotation marks and dashes, numeric entities in decimal or hex (`&#1575;`, `&#x627;`), entities escaped
 * again by a second pass through an HTML encoder (`&amp;quot;`, `&amp;amp;laquo;`), and a named one whose
 * semicolon a broken page dropped (`&quotالعمل`: with its ampersand only, and no letter of a longer name nor a
 * URL's «=» after it).
 * Example: `quot;العمل` → `"العمل`.
 */
export const ENTITY_DEBRIS = new RegExp(
  `&(?:amp;)*(?:(?:${ENTITY_NAMES})(?:;|(?![a-z0-9=]))|#\\d{2,7};|#x[0-9a-f]{2,6};)|(?:amp;)*(?:${ENTITY_NAMES});`,
  "iy",
);

/**
 * An HTML tag a scraper left in the text (`<p>`, `</p>`, `<br/>`, `<a href="…">`): a tag of the markup articles are
 * written in, on one line, its attributes without Arabic letters; read as a space between what it parts. A «<»
 * that opens no such tag (a comparison, an arrow, «<b حسب المصدر>») is kept.
 */
export const HTML_TAG =
  /<\/?(?:p|br|b|i|u|a|em|strong|span|div|font|img|li|ul|ol|h[1-6]|table|tr|td|th|tbody|thead|blockquote|figure|figcaption|section|article|header|footer|iframe|sup|sub|small|hr|center)(?:[ \t]+[^<>\n\u0600-\u06ff]{0,300})?[ \t]*\/?>/iy;

/**
 * The character an entity stands for (the normaliser then folds it like any other): a quotation mark for `quot`,
 * `laquo` … , the code point of a numeric entity, a space for a code point that is no character.
 * Example: "&amp;quot;" → '"', "&#1575;" → "ا", "&#x201D;" → "”"
 */
export function entityReplacement(entity: string): string {
  let name = entity.replace(/^&/, "").replace(/;$/, "").toLowerCase();
  while (name.startsWith("amp;")) name = name.slice(4);
  switch (name) {
    case "quot":
      return '"';
    case "laquo":
      return "\u00AB";
    case "raquo":
      return "\u00BB";
    case "ldquo":
      return "\u201C";
    case "rdquo":
      return "\u201D";
    case "bdquo":
      return "\u201E";
    case "apos":
    case "lsquo":
    case "rsquo":
      return "'";
    case "amp":
      return "&";
    case "nbsp":
      return " ";
    case "lt":
      return "<";
    case "gt":
      return ">";
    case "hellip":
      return "\u2026";
    case "mdash":
    case "ndash":
      return "-";
    default: {
      const code = name.startsWith("#x") ? parseInt(name.slice(2), 16) : Number(name.slice(1));
      // (A control character, a lone surrogate or no code point at all reads as a space, as an unknown entity did.)
      const character = code >= 0x20 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) && code !== 0x7f;
      return character ? String.fromCodePoint(code) : " ";
    }
  }
}
