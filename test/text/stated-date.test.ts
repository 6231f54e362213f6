// Relative dates in a statement's sentence, resolved against the publication date.
import { describe, expect, it } from "vitest";
import { statedDate } from "../../src/text/stated-date";

describe("statedDate", () => {
  // 2013-11-21 was a Thursday.
  it.each([
    ["وقال لافروف أمس إن المؤتمر سيعقد", "2013-11-20"],
    ["وأعلن الائتلاف أول من أمس أنه سيشارك", "2013-11-19"],
    ["وقال أول أمس إنه لن يشارك", "2013-11-19"],
    ["وقالت الخارجية اليوم إن", "2013-11-21"],
    ["وقال يوم الثلاثاء إن", "2013-11-19"],
    ["وقال الثلاثاء الماضي إن", "2013-11-19"],
    ["وقال الخميس إن", "2013-11-21"],
    ["وقال الخميس الماضي إن", "2013-11-14"],
    ["وقال في السبت إن", "2013-11-16"],
    ["وقال لافروف إن المؤتمر سيعقد", null],
    ["وقال وزير الأمس إن", null],
  ])("%s → %s", (sentence, expected) => expect(statedDate(sentence, "2013-11-21")).toBe(expected));

  it("needs a publication date", () => expect(statedDate("وقال أمس", null)).toBeNull());
});
