// Quotations per line and distances in words: both feed speaker attribution.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normaliseForMatching } from "../../src/text/normalise";
import { findQuotes, isWhiteSpace, WordIndex } from "../../src/text/sentences";

const quoted = (original: string) => {
  const text = normaliseForMatching(original);
  return findQuotes(text).map((q) => text.normal.slice(q.start, q.end));
};

describe("findQuotes", () => {
  it("keeps the outermost of nested directional marks", () => {
    expect(quoted("قال: «نرفض «الشروط» كلها» ثم غادر")).toEqual(['نرفض "الشروط" كلها']);
  });
  it("toggles plain quotation marks", () => {
    expect(quoted('قال "لا شروط" وأضاف "نعم للحوار"')).toEqual(["لا شروط", "نعم للحوار"]);
  });
  it("closes a quotation left open at the end of its line, and not at a later line's marks", () => {
    expect(quoted("قال: «لن نشارك\nسطر آخر «جديد»")).toEqual(["لن نشارك", "جديد"]);
    expect(quoted('قال: "لن نشارك\nثم "هنا"')).toEqual(["لن نشارك", "هنا"]);
  });
  it("closes a quotation open at the end of the text", () => {
    expect(quoted("قال: «لن نشارك")).toEqual(["لن نشارك"]);
  });
  it("reads a lone ” as an opener, as some sites use it", () => {
    expect(quoted("قال ”لا حل عسكريا” للأزمة")).toEqual(["لا حل عسكريا"]);
  });
  it("reads single quotation marks as quotation marks, curly ones by direction, and not an apostrophe", () => {
    expect(quoted("قال: ‘نرفض ‘الشروط’ كلها’ ثم غادر")).toEqual(['نرفض "الشروط" كلها']);
    expect(quoted("وأكد أن 'مشاركة إيران مرهونة' بالرد")).toEqual(["مشاركه ايران مرهونه"]);
    expect(quoted("قال ’لا حل عسكريا’ للأزمة")).toEqual(["لا حل عسكريا"]);
    expect(quoted("نقلت l'AFP عن Putin's Russia أنها ترفض")).toEqual([]);
  });
  it("ignores line ends while no quotation is open", () => {
    expect(quoted("سطر\nوسطر\n«نص» و\n«آخر»")).toEqual(["نص", "اخر"]);
  });
});

describe("WordIndex.between and within", () => {
  it("counts the words lying between two positions", () => {
    const words = new WordIndex("قال انه لن يشارك");
    expect(words.between(3, 11)).toBe(2);
    expect(words.between(3, 4)).toBe(0);
    expect(words.between(11, 3)).toBe(0);
  });
  it("agrees with counting word starts over the whole text", () => {
    const char = fc.constantFrom("ا", "ب", " ", "،", ".", "«", "\n", "x");
    fc.assert(
      fc.property(fc.array(char, { maxLength: 40 }), fc.nat(45), fc.nat(45), (chars, a, b) => {
        const text = chars.join("");
        const starts = [...text.matchAll(/[^\s"،,.؛:!?؟()«»\-–—]+/g)].map((m) => m.index);
        const expected = starts.filter((s) => s > a && s < b).length;
        const words = new WordIndex(text);
        expect(words.between(a, b)).toBe(expected);
        for (const max of [0, 1, 2, 5]) expect(words.within(a, b, max)).toBe(expected <= max);
      }),
    );
  });
});

describe("isWhiteSpace", () => {
  it("is /\\s/ on every UTF-16 code unit (hot loops test codes by table instead of one-character strings)", () => {
    const differ: number[] = [];
    for (let c = 0; c < 65536; c++) if (isWhiteSpace(c) !== /\s/.test(String.fromCharCode(c))) differ.push(c);
    expect(differ).toEqual([]);
  });
});
