// Arabic letter folding for matching, one rule per phenomenon (after CAMeL Tools' normalisers).

/** Alef with hamza above/below, madda, wasla: أ إ آ ٱ → ا */
export const ALEF_VARIANTS = /[\u0623\u0625\u0622\u0671]/;
/** Alef maqsura ى and Farsi yeh ی → ي */
export const YEH_VARIANTS = /[\u0649\u06CC\u06D0]/;
/** Farsi/Urdu kaf ک and swash kaf ڪ → ك */
export const KAF_VARIANTS = /[\u06A9\u06AA]/;
/** Ta marbuta ة → ه (and the Urdu form ۃ, and Persian heh with yeh above ۀ, written for it in «مشارکۀ») */
export const TEH_MARBUTA = /[\u0629\u06C3\u06C0]/;
/** Heh goal ہ, Farsi heh ە and heh doachashmee ھ (Persian and Urdu keyboards) → ه */
export const HEH_VARIANTS = /[\u06C1\u06D5\u06BE]/;
/** Veh ڤ (and its dotted-below form ڥ) → ف, as foreign names are written («لافروڤ», «جنيڤ») */
export const FEH_VARIANTS = /[\u06A4\u06A5]/;
/** Persian peh پ → ب («پوتین») */
export const PEH = /\u067E/;
/** Arabic-Indic and Persian digits ٠-٩ ۰-۹ → 0-9 */
export const INDIC_DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/;

/** Example: "أ" → "ا" */
export const normaliseAlef = (ch: string): string | undefined => (ALEF_VARIANTS.test(ch) ? "\u0627" : undefined);
/** Example: "ی" → "ي", "ک" → "ك", "ى" → "ي", "ڤ" → "ف", "پ" → "ب" */
export const foldPersianLetters = (ch: string): string | undefined =>
  YEH_VARIANTS.test(ch)
    ? "\u064A"
    : KAF_VARIANTS.test(ch)
      ? "\u0643"
      : HEH_VARIANTS.test(ch)
        ? "\u0647"
        : FEH_VARIANTS.test(ch)
          ? "\u0641"
          : PEH.test(ch)
            ? "\u0628"
            : undefined;
/** Example: "ة" → "ه" */
export const normaliseTehMarbuta = (ch: string): string | undefined => (TEH_MARBUTA.test(ch) ? "\u0647" : undefined);
/** Example: "٢٠١٣" → "2013" */
export function foldDigits(ch: string): string | undefined {
  if (!INDIC_DIGITS.test(ch)) return undefined;
  const code = ch.charCodeAt(0);
  return String(code >= 0x06f0 ? code - 0x06f0 : code - 0x0660);
}
/** ASCII capitals to lower case, so Latin names match whatever the casing. Example: "AFP" → "afp" */
export const lowerAscii = (ch: string): string | undefined =>
  ch >= "A" && ch <= "Z" ? String.fromCharCode(ch.charCodeAt(0) + 32) : undefined;

export const LETTER_RULES = [normaliseAlef, foldPersianLetters, normaliseTehMarbuta, foldDigits, lowerAscii];
