// The phrase rules' filters (03-cues.ts) imported before anything else of the extractor: they once imported the
// composed cues (03-composed.ts), which import them back, so whichever module came first read the other's
// constants before they were set («Cannot access 'BOYCOTT' before initialization»). This file's first import is
// 03-cues on purpose; vitest gives each file its own module graph.
import { BOYCOTT, priceOfOther } from "../../src/stance/passes/03-cues";
import { HELD_ON_AFTER } from "../../src/stance/passes/03-shared";
import { normaliseTerm } from "../../src/text/normalise";
import { describe, expect, it } from "vitest";

describe("pass 3 modules imported in any order", () => {
  it("loads the phrase rules' filters first, with their constants set", () => {
    expect(BOYCOTT).toBeInstanceOf(RegExp);
    const text = normaliseTerm("السعودية تشترط رحيل الأسد مقابل أي تسوية");
    expect(priceOfOther(text, text.indexOf("تشترط"), text.length)).toBe(true);
  });

  it("reads the shared patterns from their own module", () => {
    expect(HELD_ON_AFTER.test(normaliseTerm(" في المؤتمر مرهونة بسحب قواتها"))).toBe(true);
    expect(HELD_ON_AFTER.test(normaliseTerm(" في المؤتمر تقترن بأزمات"))).toBe(false);
  });
});
