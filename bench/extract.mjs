#!/usr/bin/env node
// `npm run bench:extract`: the extraction benchmark (scripts/bench-extract.ts) bundled the way the Worker is
// (esbuild, keep_names off as in wrangler.toml) and run on one core in Node, so the figures measure the code
// that runs in production rather than a development loader's wrappers.
import { spawnSync } from "node:child_process";
import { join, resolve } from "node:path";
import { bundleForNode } from "./bundle.mjs";

const root = resolve(import.meta.dirname, "..");
const outfile = join(root, "scripts", "bench-extract.bundle.mjs");
await bundleForNode(join(root, "scripts", "bench-extract.ts"), outfile, root);
const run = spawnSync(process.execPath, [outfile, ...process.argv.slice(2)], { cwd: root, stdio: "inherit" });
process.exit(run.status ?? 1);
