#!/usr/bin/env node
// Bundle the dashboard (src/ui) with esbuild into public/, the Worker's static assets. No CDN: Chart.js,
// hono/jsx/dom and the Arabic web font (@fontsource/noto-naskh-arabic) are bundled in.
import { build } from "esbuild";
import { copyFileSync, mkdirSync, writeFileSync } from "node:fs";
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
// The stylesheet with its self-hosted Arabic font (@fontsource: woff2 files copied beside it; no network at run time).
await build({
  entryPoints: [join(root, "src/ui/app.css")],
  bundle: true,
  minify: true,
  loader: { ".woff2": "file", ".woff": "file" },
  assetNames: "fonts/[name]-[hash]",
  outfile: join(out, "assets/app.css"),
  logLevel: "warning",
});
copyFileSync(join(root, "src/ui/index.html"), join(out, "index.html"));
// Headers for the static assets (the Worker's own responses get them from secureHeaders).
writeFileSync(
  join(out, "_headers"),
  [
    "/*",
    "  X-Content-Type-Options: nosniff",
    "  X-Frame-Options: SAMEORIGIN",
    "  Referrer-Policy: no-referrer",
    "  Content-Security-Policy: default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self' ws: wss:; frame-ancestors 'self'",
    "",
  ].join("\n"),
);
console.log("dashboard built into public/");
