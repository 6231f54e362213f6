// Arabic text whose UTF-8 bytes were once read as a one-byte code page and written out again: «ط§ظ„ط£ط³ط¯» (read as
// windows-1256, the Arabic code page: what Arabic sites and CMSs of the period show when a charset is wrong) or
// «Ø§Ù„Ø£Ø³Ø¯» (read as windows-1252 or ISO-8859-1). Nothing in the reader or the lexicon matches such text, so an
// article posted or fetched that way gives no claims. The damage is reversible: each character is one byte of the
// original UTF-8, so writing the characters back as those bytes and reading them as UTF-8 gives the text again.

/** The code pages that garble Arabic UTF-8 this way, most frequent first. */
const CODE_PAGES = ["windows-1256", "windows-1252"] as const;

/** Character → the byte it stands for in one of CODE_PAGES (or ISO-8859-1: U+0080–U+00FF as themselves). */
const BYTE_OF = byteTable();

function byteTable(): Map<number, number> {
  const table = new Map<number, number>();
  const high = Uint8Array.from({ length: 128 }, (_, i) => 0x80 + i);
  for (const page of CODE_PAGES) {
    const chars = new TextDecoder(page).decode(high);
    // Both pages decode byte for byte into single UTF-16 units (none is astral); where they share a character
    // (the Latin letters, «…», the quotation marks) it is at the same byte.
    for (let i = 0; i < 128; i++)
      if (chars.charCodeAt(i) !== 0xfffd && !table.has(chars.charCodeAt(i))) table.set(chars.charCodeAt(i), 0x80 + i);
  }
  for (let b = 0x80; b <= 0xff; b++) if (!table.has(b)) table.set(b, b);
  return table;
}

/**
 * The characters standing for UTF-8's continuation bytes (0x80–0xBF) in either code page, but for those clean Arabic
 * text also has: «،» «؛» «؟», quotation marks, dashes, «…», the no-break space and the joiners and direction marks.
 */
const GARBLED_HINT = new RegExp(
  `[${[...BYTE_OF]
    .filter(
      ([c, b]) =>
        b >= 0x80 &&
        b <= 0xbf &&
        !/[\u060C\u061B\u061F\u00AB\u00BB\u2013\u2014\u2018-\u201D\u2026\u00A0\u200C-\u200F]/.test(String.fromCharCode(c)),
    )
    .map(([c]) => `\\u${c.toString(16).padStart(4, "0")}`)
    .join("")}]`,
);

const UTF8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

/** Arabic script (letters, «،», Arabic digits), of which a repaired word must hold at least one character. */
const ARABIC = /[\u0600-\u06FF\u0750-\u077F]/;
/**
 * What a repaired word may hold besides: ASCII, the Arabic blocks, Latin-1 punctuation («»), general punctuation and
 * the Arabic presentation forms. A word that reads as anything else (Cyrillic, CJK) was no Arabic in the first place.
 */
const PLAUSIBLE =
  /^[\u0000-\u007F\u00A0-\u00BF\u00D7\u00F7\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\u2000-\u206F\uFB50-\uFDFF\uFE70-\uFEFF]*$/;

/** Fewer repairable words than this is chance (a clean «ط،» decodes as «ء»), not a garbled text. */
const MIN_WORDS = 3;

export interface Repair {
  /** The text with every garbled word read back as UTF-8; the text given where nothing was repaired. */
  text: string;
  /** How many words were read back (0: the text was left as given). */
  words: number;
}

/**
 * Reads back the words of `text` that are UTF-8 Arabic garbled through a one-byte code page, where there are at least
 * `minWords` of them (MIN_WORDS; 1 for a title whose article was garbled); other words, and text with fewer, are left
 * as given. Words are runs without white space, which
 * the garbling keeps (a space is one byte in both readings).
 * Example: repairMojibake("ظ‚ط§ظ„ ظ„ط§ظپط±ظˆظپ ط¥ظ† ط§ظ„ط£ط³ط¯") → {text: "قال لافروف إن الأسد", words: 4}
 */
export function repairMojibake(text: string, minWords = MIN_WORDS): Repair {
  // Fast path: a garbled Arabic letter holds a character standing for a byte 0x80–0xBF (UTF-8's continuation bytes)
  // that clean Arabic text has no use for; «ا» alone becomes «§» or «Â§». Texts without one are left at once.
  if (!GARBLED_HINT.test(text)) return { text, words: 0 };
  const repaired: Array<[start: number, end: number, read: string]> = [];
  for (const m of text.matchAll(/[^\s]+/g)) {
    const read = readBack(m[0]);
    if (read !== null) repaired.push([m.index, m.index + m[0].length, read]);
  }
  if (repaired.length < Math.max(1, minWords)) return { text, words: 0 };
  let out = "";
  let at = 0;
  for (const [start, end, read] of repaired) {
    out += text.slice(at, start) + read;
    at = end;
  }
  return { text: out + text.slice(at), words: repaired.length };
}

/** The word read back as UTF-8 if every character stands for a byte, the bytes are UTF-8 and they read as Arabic script. */
function readBack(word: string): string | null {
  const bytes = new Uint8Array(word.length);
  let high = false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    const b = c < 0x80 ? c : BYTE_OF.get(c);
    if (b === undefined) return null;
    if (b >= 0x80) high = true;
    bytes[i] = b;
  }
  if (!high) return null;
  let read: string;
  try {
    read = UTF8.decode(bytes);
  } catch {
    return null;
  }
  return ARABIC.test(read) && PLAUSIBLE.test(read) ? read : null;
}
