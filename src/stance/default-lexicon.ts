// The default lexicon shipped in kv-fixtures/lexicon, compiled once per isolate or process.
import actors from "../../kv-fixtures/lexicon/actors.json";
import attribution from "../../kv-fixtures/lexicon/attribution.json";
import cues from "../../kv-fixtures/lexicon/cues.json";
import { compileLexicon, type Lexicon, type LexiconData } from "./lexicon";

export const DEFAULT_LEXICON_DATA: LexiconData = { actors, cues, attribution };

let compiled: Lexicon | null = null;

/** The compiled default lexicon. Example: defaultLexicon().version → "2026-11-23.4/2026-11-23.24/2026-11-23.6" */
export function defaultLexicon(): Lexicon {
  compiled ??= compileLexicon(DEFAULT_LEXICON_DATA);
  return compiled;
}
