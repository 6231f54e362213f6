// Unicode clean-up for matching: what is deleted and what becomes plain punctuation.

/** Arabic diacritics (tashkeel): fathatan ً … sukun ْ, superscript alef ٰ, Quranic marks. Deleted. */
export const ARABIC_DIACRITICS = /[\u064B-\u065F\u0670\u06D6-\u06ED]/;
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
 * Example: "ـ" → "", "«" → '"', "\u00A0" → " ".
 */
export function unicodeRule(ch: string): string | undefined {
  if (ch === TATWEEL || ARABIC_DIACRITICS.test(ch) || INVISIBLE_CONTROLS.test(ch)) return "";
  if (QUOTATION_MARKS.test(ch)) return '"';
  if (ODD_SPACES.test(ch)) return " ";
  return undefined;
}

/**
 * HTML entity debris that real copy carries, with or without its ampersand: `quot;` `&quot;` `&amp;` `&#39;` `&nbsp;`.
 * Example: `quot;العمل` → `"العمل`.
 */
export const ENTITY_DEBRIS = /&?(?:quot|amp|apos|nbsp|lt|gt|laquo|raquo|#\d{2,5});/y;

/** What an entity stands for when matching. */
export function entityReplacement(entity: string): string {
  const name = entity.replace(/^&/, "").replace(/;$/, "");
  switch (name) {
    case "quot":
    case "laquo":
    case "raquo":
      return '"';
    case "apos":
      return "'";
    case "amp":
      return "&";
    case "nbsp":
      return " ";
    case "lt":
      return "<";
    case "gt":
      return ">";
    default: {
      const code = Number(name.slice(1));
      return code === 34 || code === 171 || code === 187 ? '"' : code === 39 ? "'" : " ";
    }
  }
}
