// The contract's `extract` command: one JSON claim per line for every article of every file given.
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { defaultLexicon } from "../src/stance/default-lexicon";
import { extractFile } from "../src/stance/index";

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error("usage: npm run --silent extract -- FILE...");
  process.exit(2);
}
const lexicon = defaultLexicon();
const decoder = new TextDecoder("utf-8", { fatal: true });
let failed = false;
const out: string[] = [];
for (const file of files) {
  let text: string;
  try {
    const bytes = readFileSync(file);
    text = decoder.decode(bytes);
    if (text.includes("\u0000")) throw new Error("binary data (NUL bytes), not text");
  } catch (e) {
    const reason = e instanceof TypeError ? "not valid UTF-8 text" : (e as Error).message;
    console.error(`extract: ${file}: ${reason}`);
    failed = true;
    continue;
  }
  for (const article of extractFile(basename(file), text.replace(/^\uFEFF/, ""), lexicon)) {
    for (const claim of article.claims) out.push(JSON.stringify(claim));
  }
}
if (out.length) process.stdout.write(out.join("\n") + "\n");
process.exit(failed ? 1 : 0);
