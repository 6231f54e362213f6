// Normalisation for matching: each phenomenon, must-not-change rows, and the map back to the original.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normaliseForMatching, normaliseTerm, originalSpan } from "../../src/text/normalise";

describe("normaliseForMatching", () => {
  it.each([
    ["alef forms", "أإآٱ", "اااا"],
    ["alef maqsura and Persian yeh", "مصطفى ی", "مصطفي ي"],
    ["Persian kaf", "کیری", "كيري"],
    ["heh doachashmee of Persian and Urdu keyboards", "\u0627\u0644\u0631\u0626\u06CC\u0633 \u0645\u06BE\u0645", "الرئيس مهم"],
    ["ta marbuta", "مسبقة", "مسبقه"],
    ["tatweel", "لافـــروف", "لافروف"],
    ["diacritics", "شُرُوطٍ مُسْبَقَةٍ", "شروط مسبقه"],
    ["quotation marks", "«دون» “شروط” „x‟", '"دون" "شروط" "x"'],
    ["entity debris without ampersand", "quot;العملquot;", '"العمل"'],
    ["entity with ampersand", "&quot;نعم&quot; &amp;", '"نعم" &'],
    ["bidi and zero-width controls", "لا\u200Fفـ\u200Bر\u202Bق\u2069", "لافرق"],
    ["Arabic-Indic digits", "٢٠١٣ ۱۴۳۵", "2013 1435"],
    ["odd spaces", "a\u00A0b\u2009c", "a b c"],
  ])("%s", (_why, input, expected) => {
    expect(normaliseForMatching(input).normal).toBe(expected);
  });

  it.each([
    ["Latin text", "Geneva 2 talks, AFP"],
    ["digits and punctuation", "2013-11-20 (12:15)"],
    ["already normal Arabic", "قال لافروف ان روسيا تريد"],
  ])("leaves %s unchanged but for ASCII case", (_why, input) => {
    expect(normaliseForMatching(input).normal).toBe(input.toLowerCase());
  });

  it("maps a normal span back to the verbatim original, diacritics included", () => {
    const original = "قال: «دون شُرُوطٍ مُسْبَقَةٍ» اليوم";
    const text = normaliseForMatching(original);
    const s = text.normal.indexOf("دون");
    const e = text.normal.indexOf("مسبقه") + "مسبقه".length;
    const span = originalSpan(text, s, e);
    expect(original.slice(span.start, span.end)).toBe("دون شُرُوطٍ مُسْبَقَةٍ");
  });

  it("normalises lexicon terms the same way as text", () => {
    expect(normaliseTerm("إيران")).toBe("ايران");
  });

  it("keeps a monotonic map whose every span is an original slice (property)", () => {
    const alphabet = fc.constantFrom(..."أإآابتثةىيیکكـًٌٍَُِّْ «»“”\"'quot;&\u200F\u200B abc.،\n0١".split(""));
    fc.assert(
      fc.property(
        fc.array(alphabet, { maxLength: 200 }).map((a) => a.join("")),
        fc.nat(),
        fc.nat(),
        (original, a, b) => {
          const text = normaliseForMatching(original);
          expect(text.toOriginal.length).toBe(text.normal.length + 1);
          for (let i = 1; i < text.toOriginal.length; i++) expect(text.toOriginal[i]!).toBeGreaterThanOrEqual(text.toOriginal[i - 1]!);
          const n = text.normal.length;
          const s = n ? a % (n + 1) : 0;
          const e = n ? s + (b % (n - s + 1)) : 0;
          const span = originalSpan(text, s, e);
          expect(span.start).toBeLessThanOrEqual(span.end);
          // The original slice normalises back to the normal slice.
          expect(normaliseForMatching(original.slice(span.start, span.end)).normal).toBe(text.normal.slice(s, e));
        },
      ),
      { numRuns: 300 },
    );
  });
});
