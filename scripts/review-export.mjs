#!/usr/bin/env node
// `npm run review:export -- [--base URL] [--out DIR]`: the analysts' decided tuples as an evaluation set —
// DIR/gold.jsonl (GET /v1/review/gold.jsonl) and DIR/docs/<article id>.txt (each article's text, GET /v1/articles/{id}) —
// ready for `npm run eval -- --gold DIR/gold.jsonl --docs DIR/docs`. Reads need a token only if READ_TOKEN is set.
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: {
    base: { type: "string", default: "http://127.0.0.1:8787" },
    out: { type: "string", default: "review-set" },
    token: { type: "string" },
  },
});
const headers = values.token ? { authorization: `Bearer ${values.token}` } : {};
const get = async (path) => {
  const res = await fetch(`${values.base}${path}`, { headers });
  if (!res.ok) throw new Error(`GET ${path}: ${res.status} ${await res.text()}`);
  return res;
};
const out = resolve(values.out);
mkdirSync(join(out, "docs"), { recursive: true });
const gold = await (await get("/v1/review/gold.jsonl")).text();
writeFileSync(join(out, "gold.jsonl"), gold);
const ids = [
  ...new Set(
    gold
      .split("\n")
      .filter(Boolean)
      .map((line) => JSON.parse(line).doc),
  ),
];
for (const doc of ids) writeFileSync(join(out, "docs", doc), (await (await get(`/v1/articles/${doc.replace(/\.txt$/, "")}`)).json()).text);
console.log(`${gold.split("\n").filter(Boolean).length} decided tuples in ${ids.length} articles written to ${out}`);
console.log(`score the extractor on them: npm run eval -- --gold ${join(out, "gold.jsonl")} --docs ${join(out, "docs")}`);
