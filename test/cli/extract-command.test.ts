// The contract's `extract` command end to end: JSON lines out, a one-line error and exit 1 for a bad file.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";

const root = resolve(import.meta.dirname, "..", "..");
const run = (files: string[]) =>
  spawnSync(process.execPath, ["--import", "tsx", join(root, "scripts", "extract.ts"), ...files], { cwd: root, encoding: "utf8" });

// Each test spawns a process that loads TypeScript through tsx and compiles the lexicon: seconds on a busy two-core
// machine (CI ran it past the 5 s default while other work ran), so the limit is a minute, not a speed check.
describe("extract command", { timeout: 60_000 }, () => {
  it("prints contract claims as JSON lines for a digest", () => {
    const result = run([join(root, "seeds", "003_0c3fe236fc8b5bc6.txt")]);
    expect(result.status).toBe(0);
    const claims = result.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(claims.length).toBeGreaterThan(20);
    for (const c of claims) {
      expect(c).toMatchObject({
        doc: expect.stringMatching(/^003_0c3fe236fc8b5bc6\.txt#\d+$/),
        party: expect.any(String),
        evidence: expect.any(String),
      });
      expect(c.evidence.length).toBeGreaterThanOrEqual(12);
    }
  });
  it("reports a non-UTF-8 file on one line, finishes the others, exits 1", () => {
    const dir = mkdtempSync(join(tmpdir(), "extract-"));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const bad = join(dir, "latin1.txt");
    writeFileSync(bad, Buffer.from([0x71, 0xe9, 0xff, 0xfe, 0x20, 0x41]));
    const good = join(dir, "good.txt");
    writeFileSync(good, "وقال لافروف: «يجب أن يشارك الجميع دون أدنى شرط مسبق».");
    const result = run([bad, good, join(dir, "missing.txt")]);
    expect(result.status).toBe(1);
    const errors = result.stderr
      .trim()
      .split("\n")
      .filter((l) => l.startsWith("extract:"));
    expect(errors).toHaveLength(2);
    expect(errors[0]).toContain("latin1.txt: not valid UTF-8 text");
    expect(result.stdout).toContain('"doc":"good.txt"');
  });
});
