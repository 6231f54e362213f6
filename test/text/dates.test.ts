// Dates: both Gregorian month namings, numeric forms, and Hijri dates converted through ICU's Umm al-Qura.
import { describe, expect, it } from "vitest";
import { findDates, hijriToGregorian } from "../../src/text/dates";
import { normaliseTerm } from "../../src/text/normalise";

describe("findDates", () => {
  it.each([
    ["20 نوفمبر 2013", "2013-11-20"],
    ["11 تشرين الثاني/ نوفمبر 2013", "2013-11-11"],
    ["30 حزيران 2012", "2012-06-30"],
    ["1 كانون الثاني 2014", "2014-01-01"],
    ["15 آذار 2011", "2011-03-15"],
    ["21.11.2013", "2013-11-21"],
    ["17 / 11 / 2013", "2013-11-17"],
    ["2016-05-03", "2016-05-03"],
    ["2014/01/20", "2014-01-20"],
  ])("%s → %s", (text, iso) => {
    expect(findDates(normaliseTerm(text))[0]?.iso).toBe(iso);
  });
  it("marks a date without a year", () => {
    expect(findDates(normaliseTerm("في 25 نوفمبر/ تشرين الثاني الحالي"))[0]).toMatchObject({ hasYear: false });
  });
  it("rejects impossible dates", () => {
    expect(findDates("31.02.2013")).toEqual([]);
  });
});

describe("hijriToGregorian", () => {
  // Umm al-Qura dates; local sightings (as in the seed sign-off "13 محرم 1435 – 17/11/2013") can differ by a day.
  it.each([
    [1435, 1, 13, "2013-11-16"],
    [1437, 9, 1, "2016-06-06"],
    [1434, 12, 10, "2013-10-15"],
  ])("%i-%i-%i → %s", (y, m, d, iso) => {
    expect(hijriToGregorian(y, m, d)).toBe(iso);
  });
});
