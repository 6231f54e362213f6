// Run the Worker locally with wrangler dev and load the seed corpus: shared by `npm start`, the end-to-end
// tests and the end-to-end benchmarks.
import { spawn, spawnSync } from "node:child_process";
import { createServer } from "node:net";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const wrangler = join(root, "scripts", "wrangler.mjs");

/** Put the kv-fixtures into the local CONFIG namespace when they changed since the last load. */
export function loadFixtures(state, { localPort } = {}) {
  mkdirSync(state, { recursive: true });
  // Local development: the project's own seed feed is switched on and points at this port, so a run
  // (POST /v1/runs, or the cron) has a feed to fetch offline. kv-fixtures/feeds.json, deployed as it is, keeps it off.
  const local = (key, data) =>
    key === "sources" && localPort
      ? data.map((s) => (s.id === "local-seeds" ? { ...s, enabled: true, url: `http://127.0.0.1:${localPort}/feeds/seeds.xml` } : s))
      : data;
  const fixtures = [
    ["lexicon:actors", "kv-fixtures/lexicon/actors.json"],
    ["lexicon:cues", "kv-fixtures/lexicon/cues.json"],
    ["lexicon:attribution", "kv-fixtures/lexicon/attribution.json"],
    ["sources", "kv-fixtures/feeds.json"],
  ].map(([key, file]) => ({ key, value: JSON.stringify(local(key, JSON.parse(readFileSync(join(root, file), "utf8")))) }));
  const hash = createHash("sha256").update(JSON.stringify(fixtures)).digest("hex");
  const marker = join(state, "kv-fixtures.sha256");
  if (existsSync(marker) && readFileSync(marker, "utf8") === hash) return false;
  const bulk = join(state, "kv-fixtures.bulk.json");
  writeFileSync(bulk, JSON.stringify(fixtures));
  const put = spawnSync(process.execPath, [wrangler, "kv", "bulk", "put", bulk, "--binding", "CONFIG", "--local", "--persist-to", state], {
    cwd: root,
    stdio: "pipe",
  });
  if (put.status !== 0) throw new Error(`loading kv-fixtures into local KV failed:\n${put.stderr}`);
  writeFileSync(marker, hash);
  return true;
}

/**
 * Start `wrangler dev` and resolve once it answers. Returns the child process and its base URL.
 * Options: port, state (persistence folder), token (else .dev.vars), quiet, extra wrangler args, and another
 * wrangler config with the path that answers once it is up (the benchmark's one-line Worker).
 */
export async function startWorker({ port = 8787, state, token, quiet = false, args = [], config, readyPath = "/openapi.json" }) {
  // Another worker already on the port would answer in this one's place (with its own token and data).
  await new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", () => reject(new Error(`port ${port} is already in use: stop what listens there (another wrangler dev?) first`)));
    probe.listen(port, "127.0.0.1", () => probe.close(resolve));
  });
  const vars = token ? ["--var", `API_TOKEN:${token}`] : [];
  const child = spawn(
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
      ...(config ? ["--config", config] : []),
      ...vars,
      ...args,
    ],
    { cwd: root, stdio: quiet ? ["ignore", "pipe", "pipe"] : ["ignore", "inherit", "inherit"], detached: false },
  );
  let output = "";
  if (quiet) {
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
  }
  const base = `http://127.0.0.1:${port}`;
  const until = Date.now() + 90_000;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`wrangler dev exited (${child.exitCode}):\n${output}`);
    try {
      if ((await fetch(`${base}${readyPath}`)).ok) return { child, base };
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  child.kill("SIGTERM");
  throw new Error(`wrangler dev did not answer on ${base} within 90 s:\n${output}`);
}

/** Ingest the seed files with the publication dates of seeds/manifest.json. Idempotent. */
export async function seedCorpus(base, token) {
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
    if (!res.ok) throw new Error(`seeding ${file} failed: ${res.status} ${await res.text()}`);
    for (const a of (await res.json()).articles) a.status === "unchanged" ? unchanged++ : created++;
  }
  return { created, unchanged };
}
