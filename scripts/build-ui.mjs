#!/usr/bin/env node
// Bundle the dashboard (src/ui) with esbuild into public/, the Worker's static assets. No CDN: Chart.js and
// hono/jsx/dom are bundled in.
import { build } from "esbuild";
import { copyFileSync, mkdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const out = join(root, "public");
mkdirSync(join(out, "assets"), { recursive: true });
await build({
  entryPoints: [join(root, "src/ui/app.tsx")],
  bundle: true,
  format: "esm",
  target: "es2022",
  minify: true,
  sourcemap: true,
  jsx: "automatic",
  jsxImportSource: "hono/jsx/dom",
  outfile: join(out, "assets/app.js"),
  logLevel: "warning",
});
copyFileSync(join(root, "src/ui/app.css"), join(out, "assets/app.css"));
copyFileSync(join(root, "src/ui/index.html"), join(out, "index.html"));
console.log("dashboard built into public/");
