#!/usr/bin/env node
// `npm start`: run the Worker locally with wrangler dev (offline, port 8787, local persistence), load the KV
// fixtures and the seed corpus on first start, and keep running. Starting again adds nothing twice.
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { loadFixtures, root, seedCorpus, startWorker } from "./local-worker.mjs";

const state = join(root, ".wrangler", "state");
const port = Number(process.env.PORT ?? 8787);

// A write token for this machine, generated once and printed once (wrangler dev reads .dev.vars).
const devVars = join(root, ".dev.vars");
let token = existsSync(devVars) ? /^API_TOKEN=(.+)$/m.exec(readFileSync(devVars, "utf8"))?.[1]?.trim() : undefined;
if (!token) {
  token = randomBytes(24).toString("base64url");
  writeFileSync(devVars, `API_TOKEN=${token}\n`, { mode: 0o600 });
  console.log(`\nA write token was generated in .dev.vars (keep it; it is shown only now):\n  API_TOKEN=${token}\n`);
}

if (loadFixtures(state, { localPort: port })) console.log("kv-fixtures loaded into the local KV namespace (the local seed feed enabled)");
const { child, base } = await startWorker({ port, state });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code) => process.exit(code ?? 0));

const { created, unchanged } = await seedCorpus(base, token);
console.log(`\nSeed corpus: ${created} articles ingested, ${unchanged} already there.`);
console.log(`Dashboard: ${base}/   API: ${base}/v1/topics/geneva2_preconditions   docs: ${base}/docs\n`);
