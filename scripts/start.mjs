#!/usr/bin/env node
// `npm start`: run the Worker locally with wrangler dev (offline, port 8787, local persistence), load the KV
// fixtures and the seed corpus on first start, and keep running. Starting again adds nothing twice.
import { spawn, spawnSync } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const state = join(root, ".wrangler", "state");
const port = Number(process.env.PORT ?? 8787);
const base = `http://127.0.0.1:${port}`;
const wrangler = join(root, "scripts", "wrangler.mjs");
mkdirSync(state, { recursive: true });

// 1. A write token for this machine, generated once and printed once.
const devVars = join(root, ".dev.vars");
let token = existsSync(devVars) ? /^API_TOKEN=(.+)$/m.exec(readFileSync(devVars, "utf8"))?.[1]?.trim() : undefined;
if (!token) {
  token = randomBytes(24).toString("base64url");
  writeFileSync(devVars, `API_TOKEN=${token}\n`, { mode: 0o600 });
  console.log(`\nA write token was generated in .dev.vars (keep it; it is shown only now):\n  API_TOKEN=${token}\n`);
}

// 2. KV fixtures into the local CONFIG namespace, again only when the fixture files changed.
const fixtures = [
  ["lexicon:actors", "kv-fixtures/lexicon/actors.json"],
  ["lexicon:cues", "kv-fixtures/lexicon/cues.json"],
  ["lexicon:attribution", "kv-fixtures/lexicon/attribution.json"],
  ["sources", "kv-fixtures/feeds.json"],
].map(([key, file]) => ({ key, value: JSON.stringify(JSON.parse(readFileSync(join(root, file), "utf8"))) }));
const fixturesHash = createHash("sha256").update(JSON.stringify(fixtures)).digest("hex");
const marker = join(state, "kv-fixtures.sha256");
if (!existsSync(marker) || readFileSync(marker, "utf8") !== fixturesHash) {
  const bulk = join(state, "kv-fixtures.bulk.json");
  writeFileSync(bulk, JSON.stringify(fixtures));
  const put = spawnSync(process.execPath, [wrangler, "kv", "bulk", "put", bulk, "--binding", "CONFIG", "--local", "--persist-to", state], {
    cwd: root,
    stdio: "inherit",
  });
  if (put.status !== 0) {
    console.error("start: loading kv-fixtures into local KV failed");
    process.exit(1);
  }
  writeFileSync(marker, fixturesHash);
}

// 3. The Worker, offline.
const dev = spawn(
  process.execPath,
  [
    wrangler,
    "dev",
    "--port",
    String(port),
    "--ip",
    "127.0.0.1",
    "--persist-to",
    state,
    "--test-scheduled",
    "--show-interactive-dev-session=false",
  ],
  {
    cwd: root,
    stdio: ["ignore", "inherit", "inherit"],
  },
);
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => dev.kill(signal));
dev.on("exit", (code) => process.exit(code ?? 0));

// 4. The seed corpus, with the publication dates of seeds/manifest.json.
await waitFor(`${base}/openapi.json`, 60_000);
const manifest = JSON.parse(readFileSync(join(root, "seeds", "manifest.json"), "utf8"));
let created = 0;
let unchanged = 0;
for (const file of readdirSync(join(root, "seeds"))
  .filter((f) => f.endsWith(".txt"))
  .sort()) {
  const meta = manifest[file] ?? {};
  const query = new URLSearchParams({
    ...(meta.published_at ? { published_at: meta.published_at } : {}),
    ...(meta.source ? { source: meta.source } : {}),
  });
  const res = await fetch(`${base}/v1/articles?${query}`, {
    method: "POST",
    headers: { "content-type": "text/plain; charset=utf-8", authorization: `Bearer ${token}` },
    body: readFileSync(join(root, "seeds", file)),
  });
  if (!res.ok) {
    console.error(`start: seeding ${file} failed: ${res.status} ${await res.text()}`);
    continue;
  }
  for (const a of (await res.json()).articles) a.status === "unchanged" ? unchanged++ : created++;
}
console.log(`\nSeed corpus: ${created} articles ingested, ${unchanged} already there.`);
console.log(`API: ${base}/v1/topics/geneva2_preconditions   docs: ${base}/docs   dashboard: ${base}/\n`);

async function waitFor(url, ms) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  console.error(`start: ${url} did not answer within ${ms / 1000} s`);
  dev.kill("SIGTERM");
  process.exit(1);
}
