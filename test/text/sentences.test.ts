// Sentence ends: a full stop after a number ends its sentence; one after a single letter (an abbreviation) does not.
import { describe, expect, it } from "vitest";
import { classifyLines } from "../../src/text/boilerplate";
import { normaliseCopy } from "../../src/text/normalise";
import { splitSentences } from "../../src/text/sentences";

/** The sentences of `original`, as normal text. */
function sentencesOf(original: string): string[] {
  const text = normaliseCopy(original);
  return splitSentences(text, classifyLines(original, text)).map((s) => text.normal.slice(s.start, s.end));
}

describe("splitSentences", () => {
  it("ends a sentence on a number and its full stop («… بيان جنيف 1. واشنطن …»)", () => {
    expect(sentencesOf("قال المتحدث إن طهران لم تقبل بيان جنيف 1. واشنطن ترحب بالقرار.")).toHaveLength(2);
    expect(sentencesOf("وعقد مؤتمر جنيف ٢. وقال لافروف إن …")).toHaveLength(2);
  });

  it("starts an entry's sentence after its time stamp or its dateline set off by «|»", () => {
    expect(sentencesOf("15:45 - المتحدث باسم الهيئة: لا تفاوض قبل فك الحصار.")).toEqual(["المتحدث باسم الهيئه: لا تفاوض قبل فك الحصار."]);
    expect(sentencesOf("(09:10) وصل الوفد إلى جنيف.")).toEqual(["وصل الوفد الي جنيف."]);
    expect(sentencesOf("دمشق | وصل الوفد إلى جنيف.")).toEqual(["وصل الوفد الي جنيف."]);
    // (A date is no time stamp.)
    expect(sentencesOf("21.11.2013 وصل الوفد إلى جنيف.")[0]).toMatch(/^21/);
  });

  it("keeps an abbreviation's stops and a date's inside the sentence", () => {
    expect(sentencesOf("وقال مصدر لـ(أ.ف.ب) إن الاجتماع عقد في 21.11.2013 في جنيف.")).toHaveLength(1);
    expect(sentencesOf("وقال د. برهان غليون إن المؤتمر فرصة.")).toHaveLength(1);
  });
});
