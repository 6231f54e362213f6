// The bytes of a fetched feed or page read as text in the encoding they were written in. `Response.text()` reads
// every body as UTF-8; Arabic sites of the period often serve windows-1256 (or ISO-8859-6), declared in the
// Content-Type header, in an XML declaration or in a <meta> tag, and some declare nothing. Read as UTF-8, such a page
// is all U+FFFD, holds no Arabic letters and is skipped as not Arabic news.

export interface Decoded {
  text: string;
  /** The encoding the bytes were read in (the WHATWG name, e.g. "windows-1256"). */
  encoding: string;
  /** Where that encoding came from. */
  from: "bom" | "header" | "document" | "sniffed" | "default";
}

/** How far into the document a declaration is looked for, as browsers do (the HTML prescan reads 1024 bytes). */
const PRESCAN_BYTES = 1024;

/** `<?xml version="1.0" encoding="windows-1256"?>` */
const XML_DECLARATION = /^\s*<\?xml[^>]*?\sencoding\s*=\s*["']([^"']+)["']/i;
/** `<meta charset="windows-1256">`, `<meta http-equiv="Content-Type" content="text/html; charset=windows-1256">` */
const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)/i;
/** `text/html; charset="windows-1256"` */
const CHARSET_PARAM = /;\s*charset\s*=\s*["']?([^"';\s]+)/i;

/**
 * The text of a body of bytes: the encoding a byte-order mark names, else the Content-Type header's charset, else
 * the document's own declaration (XML or <meta>), else UTF-8, else windows-1256 (the Arabic default browsers use). A
 * declared encoding the platform does not know is passed over, and so is a declared UTF-8 the bytes are not (a server
 * whose default header says UTF-8 over a windows-1256 page); bytes that are UTF-8 but for a few bad ones stay UTF-8.
 * Example: decodeBody(bytesOf1256("<meta charset=windows-1256>الأسد"), "text/html") → {text: "<meta …>الأسد",
 * encoding: "windows-1256", from: "document"}
 */
export function decodeBody(bytes: Uint8Array, contentType: string | null): Decoded {
  const bom = bomEncoding(bytes);
  if (bom) return { text: new TextDecoder(bom).decode(bytes), encoding: bom, from: "bom" };
  // The prescan reads bytes as ASCII: the declarations are ASCII in every encoding a page may be in here.
  const head = new TextDecoder("windows-1252").decode(bytes.subarray(0, PRESCAN_BYTES));
  const declared: Array<[TextDecoder | null, Decoded["from"]]> = [
    [decoderFor(CHARSET_PARAM.exec(contentType ?? "")?.[1], false), "header"],
    [decoderFor(XML_DECLARATION.exec(head)?.[1] ?? META_CHARSET.exec(head)?.[1], true), "document"],
  ];
  // The bytes read as UTF-8, tried once whichever source names UTF-8 (null: they are not UTF-8).
  let asUtf8: string | null | undefined;
  for (const [decoder, from] of declared) {
    if (!decoder) continue;
    if (decoder.encoding !== "utf-8") return { text: decoder.decode(bytes), encoding: decoder.encoding, from };
    const text = (asUtf8 ??= utf8(bytes));
    if (text !== null) return { text, encoding: "utf-8", from };
  }
  const text = asUtf8 === undefined ? utf8(bytes) : asUtf8;
  if (text !== null) return { text, encoding: "utf-8", from: "default" };
  const lenient = new TextDecoder("utf-8").decode(bytes);
  const bad = lenient.length - lenient.replaceAll("\uFFFD", "").length;
  if (bad * 100 <= lenient.length) return { text: lenient, encoding: "utf-8", from: "default" };
  return { text: new TextDecoder("windows-1256").decode(bytes), encoding: "windows-1256", from: "sniffed" };
}

/** The bytes read as UTF-8, or null if they are not UTF-8. */
function utf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
}

function bomEncoding(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return "utf-8";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  return null;
}

/**
 * A decoder for a declared label, or null if there is none or the platform does not know it. A UTF-16 label inside a
 * document the prescan read as ASCII is a lie (HTML's rule: it reads as UTF-8).
 */
function decoderFor(label: string | undefined, inDocument: boolean): TextDecoder | null {
  if (!label) return null;
  try {
    const decoder = new TextDecoder(label.trim());
    return inDocument && decoder.encoding.startsWith("utf-16") ? new TextDecoder("utf-8") : decoder;
  } catch {
    return null;
  }
}
