// Literal text inside a regex built from data (the lexicon's words, boilerplate phrases).

/**
 * `text` with every regex metacharacter escaped, so that it matches itself.
 * Example: escapeRegExp("(أ.ب)") → "\\(أ\\.ب\\)"
 */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
