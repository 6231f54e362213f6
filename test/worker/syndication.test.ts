// Syndication at scale: a story reprinted many times is found as one story, and each new copy is compared with a
// bounded number of earlier ones (its story's first article and latest copies), not with every copy before it.
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { fingerprint } from "../../src/ingest/fingerprint";
import { SEEDS } from "./helpers";

describe("syndicated copies", () => {
  it("forty copies of a story are one story, and the fortieth is compared with at most eight earlier copies", async () => {
    const index = env.ARTICLE_INDEX.get(env.ARTICLE_INDEX.idFromName("flood"));
    const story = Object.values(SEEDS)[0]!.slice(0, 3000);
    const other = Object.values(SEEDS)[1]!.slice(0, 3000);
    const results = [];
    for (let i = 0; i < 40; i++) {
      const fp = fingerprint(`${story}\nنقلا عن الوكالة، النسخة رقم ${i}`)!;
      results.push(await index.claimCanonical(`copy-${i}`, fp.minhash, fp.bands));
    }
    expect(new Set(results.map((r) => r.canonicalId))).toEqual(new Set(["copy-0"]));
    expect(results[39]!.similarity).toBeGreaterThan(0.55);
    expect(results[39]!.compared).toBeLessThanOrEqual(8);
    expect(results[39]!.compared).toBeGreaterThan(0);
    // Another story is its own; asking again for a copy gives the decision it got the first time.
    const fp = fingerprint(other)!;
    expect((await index.claimCanonical("other", fp.minhash, fp.bands)).canonicalId).toBe("other");
    const again = fingerprint(`${story}\nنقلا عن الوكالة، النسخة رقم 7`)!;
    expect((await index.claimCanonical("copy-7", again.minhash, again.bands)).canonicalId).toBe("copy-0");
  });
});
