// Normalisation for matching: each phenomenon, must-not-change rows, and the map back to the original.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normaliseCopy, normaliseForMatching, normaliseTerm, originalSpan } from "../../src/text/normalise";

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
    ["veh and Persian peh, as names are written", "لافروڤ پوتین", "لافروف بوتين"],
    ["Persian heh with yeh above for ta marbuta", "مشارکۀ", "مشاركه"],
    ["odd spaces", "a\u00A0b\u2009c", "a b c"],
    // Copy from PDFs and old pages: contextual forms and ligatures read as their letters.
    ["lam-alef ligature and contextual forms", "\uFEFB \uFE8D\uFEDF\uFEA4\uFEEE\uFE8D\uFEAD", "لا الحوار"],
    ["a word's ligature", "\uFDF2", "الله"],
    // Entities as scrapers leave them.
    ["an entity escaped twice", "&amp;quot;نعم&amp;quot; &amp;amp;laquo;", '"نعم" "'],
    ["named quotation entities", "&laquo;لا&raquo; &ldquo;نعم&rdquo; &hellip;", '"لا" "نعم" …'],
    ["numeric entities, decimal and hex, read as their characters", "&#1575;&#x644;&#1573;&#x0622;", "الاا"],
    ["a named entity whose semicolon was dropped", "&quotنعم&quot قال", '"نعم" قال'],
    ["tags a scraper left, each read as a space", "<p>قال <b>لافروف</b></p><br/>إن", " قال  لافروف   ان"],
    ["a numeric entity that is no character", "a&#27;b", "a b"],
    ["carriage returns", "قال\r\nلافروف\r\n", "قال\nلافروف\n"],
    ["single quotation marks, curly and straight", "‘جنيف 2’ ان 'مشاركه ايران' ‚x‛", '"جنيف 2" ان "مشاركه ايران" "x"'],
    ["an apostrophe between Latin letters, and one as an entity", "Putin's l'AFP &rsquo;لا&lsquo;", `putin's l'afp "لا"`],
  ])("%s", (_why, input, expected) => {
    expect(normaliseForMatching(input).normal).toBe(expected);
  });

  // The spacing of careless copy, mended where an article is read (normaliseCopy).
  it.each([
    ["a run of spaces and tabs", "قال  \t لافروف", "قال لافروف"],
    ["tags read as one space", "<p>قال <b>لافروف</b></p><br/>إن", " قال لافروف ان"],
    ["a conjunction typed apart from its word", "و قال و  الائتلاف", "وقال والائتلاف"],
    ["a missing space after a comma, colon or question mark", "قال،إن لافروف:«لا» هل؟نعم", 'قال، ان لافروف: "لا" هل؟ نعم'],
    ["a comma typed after a space", "السورية ،إذ", "السوريه ، اذ"],
    ["a missing space after a full stop", "الأسد.وأضاف", "الاسد. واضاف"],
    ["a missing space after an Arabic comma after a year", "عام 2013،وقال", "عام 2013، وقال"],
    ["a carriage return alone, as old Mac copy ends lines", "سطر\rسطر\r\nسطر", "سطر سطر\nسطر"],
    ["a long run of spaces after a detached «و»", `و${" ".repeat(5000)}قال`, "وقال"],
    ["a negation typed joined to its verb", "لايمكن ولاتقبل فلانريد", "لا يمكن ولا تقبل فلا نريد"],
    ["«ما لم», «إلا إذا», «بلا» joined", "مالم الااذا بلاشروط", "ما لم الا اذا بلا شروط"],
    ["his name run into his family's", "بشارالأسد", "بشار الاسد"],
    ["dots between a speaker and «إن»", "قال الجبير.. إن الأسد", "قال الجبير، ان الاسد"],
    ["dots after a space before «إن»", "قال لافروف ... إن", "قال لافروف ، ان"],
    ["dots after a headline's name", "الجبير.. الأسد يجب", "الجبير، الاسد يجب"],
  ])("normaliseCopy: %s", (_why, input, expected) => {
    expect(normaliseCopy(input).normal).toBe(expected);
  });

  it.each([
    ["Latin text", "Geneva 2 talks, AFP"],
    ["digits and punctuation", "2013-11-20 (12:15)"],
    ["already normal Arabic", "قال لافروف ان روسيا تريد"],
    ["numbers with commas and stops, a conjunction before a number", "1,000 و 2.5 و3"],
    ["an abbreviation's stops", "(ا.ف.ب) د.ب.ا"],
    ["a site's name", "العربيه.نت ومصراوي.كوم"],
    ["a word ending in «و»", "نحو الحل وعدو السلام"],
    ["a «<» that opens no tag, a word that merely begins like an entity", "a < b <3 quota &quotes"],
    ["a dotted acronym", "لشبكه سي.ان.ان وبي.بي.سي"],
    ["prose between «<» and «>», an entity's name before a URL's «=»", "<y and z> <b حسب المصدر> ?a=1&lt=3"],
    ["a tag cut over lines", "السطر <br\n>السطر"],
    ["words that only begin like a joined negation", "لاجئ لاعب لاحق لاتفاق لايران مالي الابعد"],
    ["dots between two headlines of a digest", "لافروف: لا شروط.. والائتلاف: نرفض"],
    ["dots after a long clause, before a word not «إن»", "بان يسحب دعوه ايران بعد ساعه.. موسكو تنتقد"],
  ])("leaves %s unchanged but for ASCII case", (_why, input) => {
    expect(normaliseForMatching(input).normal).toBe(input.toLowerCase());
    expect(normaliseCopy(input).normal).toBe(input.toLowerCase());
  });

  it("maps a normal span back to the verbatim original, diacritics included", () => {
    const original = "قال: «دون شُرُوطٍ مُسْبَقَةٍ» اليوم";
    const text = normaliseForMatching(original);
    const s = text.normal.indexOf("دون");
    const e = text.normal.indexOf("مسبقه") + "مسبقه".length;
    const span = originalSpan(text, s, e);
    expect(original.slice(span.start, span.end)).toBe("دون شُرُوطٍ مُسْبَقَةٍ");
  });

  it("leaves the carriage return of a line end with its newline, not with the span before it", () => {
    // (Found by the property below: «أ» of «أ\r\n» mapped back to «أ\r», whose return alone reads as a space.)
    const original = "قال لافروف\r\nثم أضاف";
    const text = normaliseForMatching(original);
    const span = originalSpan(text, 0, text.normal.indexOf("\n"));
    expect(original.slice(span.start, span.end)).toBe("قال لافروف");
    const line = originalSpan(text, 0, text.normal.indexOf("\n") + 1);
    expect(original.slice(line.start, line.end)).toBe("قال لافروف\r\n");
  });

  it("normalises lexicon terms the same way as text", () => {
    expect(normaliseTerm("إيران")).toBe("ايران");
  });

  it.each([
    // (A single quote between two Latin letters is an apostrophe and kept, elsewhere a quotation mark read as «"»: what
    // a cut leaves beside it decides, so the two are not told apart. normaliseCopy: a space read from the neighbours —
    // put after a comma before a letter, dropped after a detached «و» or a doubled one — depends on the cut too, so
    // spaces are not compared.)
    ["normaliseForMatching", normaliseForMatching, (t: string) => t.replace(/'/g, '"')],
    ["normaliseCopy", normaliseCopy, (t: string) => t.replace(/'/g, '"').replace(/[ \t]+/g, "")],
  ] as const)("%s keeps a monotonic map whose every span is an original slice (property)", (_name, normalise, compared) => {
    const alphabet = fc.constantFrom(
      ..."أإآابتثةىيیکكـًٌٍَُِّْ «»“”\"'quot;&\u200F\u200B abc.،\n0١".split(""),
      // Entities escaped twice and in numbers, ligatures and contextual forms, a detached «و», spacing of careless copy.
      ..."و,:؟\t\r#x17;m\uFEFB\uFE8D\uFDF2".split(""),
      "&amp;quot;",
      "&#1575;",
      "و ",
    );
    fc.assert(
      fc.property(
        fc.array(alphabet, { maxLength: 200 }).map((a) => a.join("")),
        fc.nat(),
        fc.nat(),
        (original, a, b) => {
          const text = normalise(original);
          expect(text.toOriginal.length).toBe(text.normal.length + 1);
          for (let i = 1; i < text.toOriginal.length; i++) expect(text.toOriginal[i]!).toBeGreaterThanOrEqual(text.toOriginal[i - 1]!);
          const n = text.normal.length;
          // (A span's ends are moved out of the characters read from one (a ligature's letters, a space put before
          // the letter it points to): no cut between them is a cut of the original.)
          const together = (j: number) => j > 0 && j < n && text.toOriginal[j - 1] === text.toOriginal[j];
          let s = n ? a % (n + 1) : 0;
          let e = n ? s + (b % (n - s + 1)) : 0;
          while (together(s)) s--;
          while (together(e)) e++;
          const span = originalSpan(text, s, e);
          expect(span.start).toBeLessThanOrEqual(span.end);
          // The original slice normalises back to the normal slice.
          expect(compared(normalise(original.slice(span.start, span.end)).normal)).toBe(compared(text.normal.slice(s, e)));
        },
      ),
      { numRuns: 300 },
    );
  });
});
