// The dashboard end to end in a real browser (Debian's chromium driven by playwright-core) against the local
// Worker under wrangler dev, seeded as `npm start` seeds it.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from "vitest";
// @ts-expect-error -- plain ESM helper shared with `npm start`
import { loadFixtures, seedCorpus, startWorker } from "../../scripts/local-worker.mjs";

const root = resolve(import.meta.dirname, "..", "..");
const TOKEN = "e2e-token-0123456789";
const PORT = 8791;
const shots = join(root, "test-results");
const seeds = readdirSync(join(root, "seeds"))
  .filter((f) => f.endsWith(".txt"))
  .map((f) => readFileSync(join(root, "seeds", f), "utf8"));

let worker: { child: import("node:child_process").ChildProcess; base: string };
let browser: Browser;
let page: Page;
/** The worker's local state (KV, Durable Objects), removed once the worker has exited. */
let state: string | undefined;

/** A scratch directory removed when the test finishes, passed or failed. */
function scratch(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  state = mkdtempSync(join(tmpdir(), "e2e-state-"));
  // As `npm start` does: the fixtures in local KV, with the project's own seed feed enabled for this port.
  loadFixtures(state, { localPort: PORT });
  worker = await startWorker({ port: PORT, state, token: TOKEN, quiet: true });
  await seedCorpus(worker.base, TOKEN);
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
}, 150_000);

afterAll(async () => {
  await browser?.close();
  const child = worker?.child;
  if (child && child.exitCode === null && child.signalCode === null) {
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    // A worker that ignores SIGTERM is killed after 10 s, so the hook neither hangs nor leaves its state behind.
    const late = setTimeout(() => child.kill("SIGKILL"), 10_000);
    await exited;
    clearTimeout(late);
  }
  if (state) rmSync(state, { recursive: true, force: true });
});

describe("dashboard", () => {
  it("the local cron does visible work: a run fetches the project's seed feed, a second finds nothing new", async () => {
    const run = async () => {
      const start = await fetch(`${worker.base}/v1/runs`, { method: "POST", headers: { authorization: `Bearer ${TOKEN}` } });
      const { run_id } = await start.json();
      for (let i = 0; i < 300; i++) {
        const r = await (await fetch(`${worker.base}/v1/runs/${run_id}`)).json();
        if (r.finished_at) return r;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      throw new Error("run did not finish");
    };
    const first = await run();
    expect(first.sources_fetched).toBe(1);
    expect(first.failed).toBe(0);
    expect(first.items_queued).toBeGreaterThan(20);
    const second = await run();
    expect(second.sources_fetched).toBe(1);
    expect(second.not_modified).toBe(1);
    expect(second.new_articles).toBe(0);
    expect(second.items_queued).toBe(0);
  });

  it("shows Russia unconditional on preconditions and the Coalition must_go on Assad", async () => {
    await page.goto(`${worker.base}/`);
    await page.waitForSelector("[data-testid=matrix]");
    expect(await page.getAttribute("[data-testid=cell-russia-geneva2_preconditions]", "data-stance")).toBe("unconditional");
    expect(await page.getAttribute("[data-testid=cell-national_coalition-assad_role]", "data-stance")).toBe("must_go");
    await page.screenshot({ path: join(shots, "dashboard-matrix.png"), fullPage: true });
  });

  it("clicking a cell shows evidence text from the seeds, right to left", async () => {
    await page.click("[data-testid=cell-russia-geneva2_preconditions]");
    await page.waitForSelector("[data-testid=quote]");
    expect(new URL(page.url()).searchParams.get("party")).toBe("russia");
    const quotes = await page.$$eval("[data-testid=quote]", (els) => els.map((e) => e.textContent ?? ""));
    expect(quotes.length).toBeGreaterThan(0);
    for (const q of quotes) expect(seeds.some((s) => s.includes(q))).toBe(true);
    const rtl = await page.$eval("[data-testid=quote]", (el) => {
      const text = el.firstChild as Text;
      const range = document.createRange();
      range.setStart(text, 0);
      range.setEnd(text, 1);
      const first = range.getBoundingClientRect();
      range.setStart(text, 4);
      range.setEnd(text, 5);
      const fifth = range.getBoundingClientRect();
      return { direction: getComputedStyle(el).direction, firstRight: first.right, fifthRight: fifth.right };
    });
    expect(rtl.direction).toBe("rtl");
    expect(rtl.firstRight).toBeGreaterThan(rtl.fifthRight);
    await page.screenshot({ path: join(shots, "dashboard-timeline.png"), fullPage: false });
  });

  it("the download links carry the filters and give the filtered observations", async () => {
    await page.goto(`${worker.base}/?party=russia&topic=assad_role`);
    const href = await page.getAttribute("[data-testid=exports] a[href*='observations.csv']", "href");
    expect(href).toBe("/v1/export/observations.csv?party=russia&topic=assad_role");
    const res = await fetch(`${worker.base}${href}`);
    expect(res.headers.get("content-type")).toContain("text/csv");
    const lines = (await res.text()).trim().split("\r\n").slice(1);
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.every((l) => l.startsWith("russia,"))).toBe(true);
    await page.goBack();
  });

  it("the URL holds the view: a shared link opens the same timeline", async () => {
    const link = page.url();
    const other = await browser.newPage();
    await other.goto(link);
    await other.waitForSelector("[data-testid=quote]");
    // The party's name comes with the lexicon, loaded beside the timeline: wait for it rather than race it.
    await other.waitForSelector("h2:has-text('روسيا')");
    await other.close();
  });

  it("the article view highlights every evidence span", async () => {
    await page.click("[data-testid=evidence] a");
    await page.waitForSelector("[data-testid=article-text] mark");
    const marks = await page.$$eval("[data-testid=article-text] mark", (els) => els.length);
    expect(marks).toBeGreaterThan(0);
  });

  it("a syndicated copy is one card, the copies listed under it; the Arabic font is served from the same origin", async () => {
    const foreign: string[] = [];
    page.on("request", (r) => {
      if (!r.url().startsWith(worker.base) && !r.url().startsWith("data:")) foreign.push(r.url());
    });
    await page.goto(`${worker.base}/?view=timeline&party=national_coalition&topic=assad_role`);
    await page.waitForSelector("[data-testid=quote]");
    const cards = await page.$$eval("ol.observations > li", (els) =>
      els.map((li) => `${li.querySelector("time")?.textContent}|${li.querySelector("[data-testid=quote]")?.textContent}`),
    );
    expect(new Set(cards).size).toBe(cards.length);
    expect(await page.$$("[data-testid=copies]")).not.toHaveLength(0);
    const font = await page.evaluate(async () => {
      await document.fonts.ready;
      await document.fonts.load("16px 'Noto Naskh Arabic'", "عربي");
      return [...document.fonts].filter((f) => f.family.includes("Noto Naskh Arabic") && f.status === "loaded").length;
    });
    expect(font).toBeGreaterThan(0);
    expect(foreign).toEqual([]);
  });

  it("an article POSTed now appears without a reload", async () => {
    await page.goto(`${worker.base}/`);
    await page.waitForSelector("[data-testid=matrix]");
    await page.waitForSelector("[data-testid=live]:has-text('مباشر')");
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));
    expect(await page.$("[data-testid=cell-sweden-assad_role]")).toBeNull();
    const res = await fetch(`${worker.base}/v1/articles`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify({
        text: "وقال وزير الخارجية السويدي كارل بيلت في ستوكهولم إنه لا دور للأسد في مستقبل سوريا بعد كل ما جرى.",
        published_at: "2014-01-21",
      }),
    });
    expect(res.status).toBe(201);
    await page.waitForSelector("[data-testid=cell-sweden-assad_role]", { timeout: 15_000 });
    // The alert it made shows in the panel, live.
    await page.waitForSelector("[data-testid=alert][data-kind=first_stated]:has-text('السويد')", { timeout: 15_000 });
    expect(await page.evaluate(() => (window as unknown as { marker: number }).marker)).toBe(42);
    await page.screenshot({ path: join(shots, "dashboard-live.png"), fullPage: true });
  });

  it("switches to English and stays usable at phone width", async () => {
    await page.click("button.lang");
    // The language switch re-renders; wait for it rather than racing it.
    await page.waitForSelector('html[dir="ltr"][lang="en"]');
    await page.setViewportSize({ width: 390, height: 800 });
    await page.waitForSelector('[data-testid=cell-russia-geneva2_preconditions]:has-text("unconditional")');
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBeTruthy();
    await page.screenshot({ path: join(shots, "dashboard-phone-en.png"), fullPage: true });
  });
});

describe("review page", () => {
  async function openReview(query: string) {
    await page.goto(`${worker.base}/?view=review&lang=en&${query}`);
    await page.waitForSelector("[data-testid=review]");
    await page.fill("input[name=review-token]", TOKEN);
    // Keys act on the page, not inside a field.
    await page.click("h2");
  }

  /** Post a one-sentence article in which `name`, whom the lexicon lacks, speaks; wait until the queue holds him. */
  async function postUnknownSpeaker(name: string) {
    const res = await fetch(`${worker.base}/v1/articles`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify({ text: `وقال ${name}: «لا دور للأسد في مستقبل سوريا» في مقابلة نشرت اليوم.`, published_at: "2014-01-23" }),
    });
    expect(res.status).toBe(201);
    // (Up to 30 s: on a busy machine the article's extraction may take longer than the few seconds it takes here.)
    let queued = false;
    for (let i = 0; i < 300 && !queued; i++) {
      queued = (await (await fetch(`${worker.base}/v1/review?kind=unknown_speaker&limit=200`)).text()).includes(name);
      if (!queued) await new Promise((r) => setTimeout(r, 100));
    }
    expect(queued).toBe(true);
  }

  const evidence = async () => (await page.textContent("[data-testid=review-evidence]")) ?? "";

  /** The key of the open unknown-speaker item whose name is `name` (postUnknownSpeaker has queued it). */
  async function keyOf(name: string): Promise<string> {
    const queue = await (await fetch(`${worker.base}/v1/review?kind=unknown_speaker&limit=200`)).json();
    const found = queue.items.find((x: { speaker?: { name: string } }) => x.speaker?.name === name);
    expect(found, `${name} in the queue`).toBeTruthy();
    return found.key;
  }

  /**
   * Open the unknown-speaker queue at `name`'s item through the page's link (`item=` names the item on screen), and
   * wait until it is shown: no stepping through a queue whose order other tests' articles change.
   */
  async function openAt(name: string) {
    const key = await keyOf(name);
    await openReview(`kind=unknown_speaker&item=${encodeURIComponent(key)}`);
    await page.waitForFunction((k) => document.querySelector("[data-testid=review-item]")?.getAttribute("data-key") === k, key, {
      timeout: 15_000,
    });
    expect(await evidence()).toContain(name);
    return key;
  }

  it("rejecting a claim with the keyboard takes it off the matrix; undo brings it back", async () => {
    const res = await fetch(`${worker.base}/v1/articles`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify({
        text: "وقال وزير الخارجية الأردني ناصر جودة إن الأردن يرى أن مؤتمر جنيف 2 يجب أن يعقد دون شروط مسبقة.",
        published_at: "2014-01-22",
      }),
    });
    expect(res.status).toBe(201);
    await page.goto(`${worker.base}/`);
    await page.waitForSelector("[data-testid=cell-jordan-geneva2_preconditions]");
    await openReview("party=jordan&kind=low_confidence");
    await page.fill("input[name=threshold]", "1");
    await page.press("input[name=threshold]", "Enter");
    await page.click("h2");
    await page.waitForSelector("[data-testid=review-item][data-kind=low_confidence]");
    expect(await page.textContent("[data-testid=review-evidence]")).toContain("دون شروط مسبقة");
    expect(await page.textContent("[data-testid=review-cell]")).toContain("unconditional");
    await page.screenshot({ path: join(shots, "review-item.png"), fullPage: true });
    await page.keyboard.press("r");
    await page.waitForSelector("[data-testid=review-status]:has-text('Decided')");
    await page.waitForSelector("[data-testid=queue-empty]");
    await page.goto(`${worker.base}/`);
    await page.waitForSelector("[data-testid=matrix]");
    expect(await page.$("[data-testid=cell-jordan-geneva2_preconditions]")).toBeNull();
    // Undo from the review page brings the cell back.
    await openReview("party=jordan&kind=low_confidence");
    const decisions = await (await fetch(`${worker.base}/v1/review/decisions?limit=1`)).json();
    const undo = await fetch(`${worker.base}/v1/review/decisions/${decisions.decisions[0].id}/undo`, {
      method: "POST",
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    expect(undo.status).toBe(200);
    await page.goto(`${worker.base}/`);
    await page.waitForSelector("[data-testid=cell-jordan-geneva2_preconditions]");
  });

  it("the item on screen stays there when the queue reloads with items ahead of it", async () => {
    await postUnknownSpeaker("يوسف العتوم");
    const key = await openAt("يوسف العتوم");
    const count = "[data-testid=kind-unknown_speaker] .count";
    const before = await page.textContent(count);
    // Recording an article reloads the queue; this speaker sorts ahead of the one on screen (same impact and
    // confidence, then by name), so the item at the same position is no longer his.
    await postUnknownSpeaker("أنور السمان");
    await page.waitForFunction(([sel, prev]) => document.querySelector(sel!)?.textContent !== prev, [count, before] as const, {
      timeout: 30_000,
    });
    expect(await evidence()).toContain("يوسف العتوم");
    // He is no longer first: the one who came in ahead of him is shown before him.
    const shownAt = await page.textContent("[data-testid=review-item] header span:last-child");
    expect(shownAt).not.toMatch(/^\s*1 \//);
    // The page's link names the item on screen, and follows it when the analyst steps on.
    expect(new URL(page.url()).searchParams.get("item")).toBe(key);
    await page.keyboard.press("n");
    await page.waitForFunction((k) => document.querySelector("[data-testid=review-item]")?.getAttribute("data-key") !== k, key);
    const next = await page.getAttribute("[data-testid=review-item]", "data-key");
    await page.waitForFunction((k) => new URL(location.href).searchParams.get("item") === k, next);
  });

  it("mapping an unknown speaker to a party makes its claim appear after a run", async () => {
    await postUnknownSpeaker("سالم الحديدي");
    await openAt("سالم الحديدي");
    await page.selectOption("[data-testid=map-party]", "qatar");
    await page.click("h2");
    await page.keyboard.press("m");
    await page.waitForSelector("[data-testid=review-status]:has-text('Decided')");
    const start = await fetch(`${worker.base}/v1/runs`, { method: "POST", headers: { authorization: `Bearer ${TOKEN}` } });
    const { run_id } = await start.json();
    for (let i = 0; i < 300; i++) {
      const run = await (await fetch(`${worker.base}/v1/runs/${run_id}`)).json();
      if (run.finished_at) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    await page.goto(`${worker.base}/?lang=en`);
    await page.waitForSelector("[data-testid=cell-qatar-assad_role]", { timeout: 20_000 });
    expect(await page.getAttribute("[data-testid=cell-qatar-assad_role]", "data-stance")).toBe("must_go");
    await page.screenshot({ path: join(shots, "review-mapped.png"), fullPage: true });
  });

  it("the decided tuples export as an evaluation set that `npm run eval` scores", async () => {
    // The claim the mapping made, accepted by an analyst: a decided tuple.
    const history = await (await fetch(`${worker.base}/v1/parties/qatar/history?topic=assad_role`)).json();
    const o = history.observations[0];
    const accepted = await fetch(`${worker.base}/v1/review/decisions`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify({
        action: "accept",
        article_id: o.article_id,
        claim: { party: "qatar", topic: "assad_role", stance: o.stance, start: o.start, end: o.end },
      }),
    });
    expect(accepted.status).toBe(201);
    const out = scratch("review-set-");
    const exported = spawnSync(process.execPath, [join(root, "scripts", "review-export.mjs"), "--base", worker.base, "--out", out], {
      encoding: "utf8",
    });
    expect(exported.status).toBe(0);
    const gold = readFileSync(join(out, "gold.jsonl"), "utf8")
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(gold).toContainEqual(expect.objectContaining({ party: "qatar", topic: "assad_role", stance: "must_go" }));
    const scored = spawnSync("npx", ["tsx", "scripts/eval.ts", "--gold", join(out, "gold.jsonl"), "--docs", join(out, "docs")], {
      cwd: root,
      encoding: "utf8",
    });
    expect(scored.status).toBe(0);
    expect(scored.stdout).toMatch(new RegExp(`== given: \\d+ documents, ${gold.length} gold tuples`));
    // The alias lives in the Worker's lexicon, not in the bundled one `npm run eval` reads: the extractor misses it,
    // and the report says where.
    expect(scored.stdout).toMatch(/overall +P [-\d.]+ +R 0\.000/);
    expect(scored.stdout).toContain("party not in the lexicon");
  });

  it("the OpenAPI document passes Redocly's recommended lint with no error and no warning", async () => {
    const dir = scratch("spec-");
    const file = join(dir, "openapi.json");
    writeFileSync(file, await (await fetch(`${worker.base}/openapi.json`)).text());
    const lint = spawnSync(join(root, "node_modules", ".bin", "redocly"), ["lint", file, "--format=summary"], {
      encoding: "utf8",
      env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" },
    });
    expect(lint.status, lint.stdout + lint.stderr).toBe(0);
    expect(lint.stdout + lint.stderr).toContain("Your API description is valid");
    expect(lint.stdout + lint.stderr).not.toMatch(/warning/);
  });
});
