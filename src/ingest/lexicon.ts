// The lexicon the Worker extracts with: KV's copy when an analyst has stored one, else the bundled default.
// Compiled once per isolate per version; the version hashes the extractor build and the data.
import { DEFAULT_LEXICON_DATA } from "../stance/default-lexicon";
import { compileLexicon, type Lexicon, type LexiconData } from "../stance/lexicon";
import { EXTRACTOR_BUILD } from "../stance/version";

export const LEXICON_FILES = ["actors", "cues", "attribution"] as const;
export type LexiconFile = (typeof LEXICON_FILES)[number];
export const lexiconKey = (file: LexiconFile) => `lexicon:${file}`;

export interface LoadedLexicon {
  lexicon: Lexicon;
  /** Extractor version: changes when the build or any lexicon file changes. */
  version: string;
}

const compiled = new Map<string, Lexicon>();

export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

/** Read the lexicon files from KV (bundled defaults for any file KV does not hold) and compile them. */
export async function loadLexicon(config: KVNamespace): Promise<LoadedLexicon> {
  const raw = await Promise.all(LEXICON_FILES.map((f) => config.get(lexiconKey(f), { type: "text", cacheTtl: 60 })));
  const texts = raw.map((r, i) => r ?? JSON.stringify(DEFAULT_LEXICON_DATA[LEXICON_FILES[i]!]));
  const version = (await sha256Hex([EXTRACTOR_BUILD, ...texts].join("\u0000"))).slice(0, 16);
  let lexicon = compiled.get(version);
  if (!lexicon) {
    const data = Object.fromEntries(LEXICON_FILES.map((f, i) => [f, JSON.parse(texts[i]!)])) as unknown as LexiconData;
    lexicon = compileLexicon(data);
    compiled.set(version, lexicon);
  }
  return { lexicon, version };
}
