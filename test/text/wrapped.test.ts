// Hard-wrapped copy: which line breaks only wrap a paragraph, and the normal text that reads them as spaces.
import { describe, expect, it } from "vitest";
import { hardWrap } from "../../scripts/eval/variants";
import { mendSpacing, normaliseCopy, normaliseForMatching, originalSpan } from "../../src/text/normalise";
import { softLineBreaks } from "../../src/text/wrapped";

/** Paragraphs cut greedily at `width` characters, a blank line between paragraphs. */
const wrap = (paragraphs: string[], width: number) => paragraphs.map((p) => hardWrap(p, width)).join("\n\n");

const TITLE = "وزير الخارجية يبحث مع نظيره ترتيبات المؤتمر الدولي";
const BODY = [
  "قال وزير الخارجية في مؤتمر صحفي عقده في العاصمة بعد لقائه نظيره إن بلاده مستعدة للمشاركة في المؤتمر الدولي المقبل من دون شروط مسبقة، وإن الحوار هو الطريق الوحيد لإنهاء الأزمة.",
  "وأضاف أن الوفد سيضم ممثلين عن الحكومة والمجتمع المدني، وأن المشاورات ستستمر خلال الأيام المقبلة مع الأطراف المعنية كافة في المنطقة وخارجها.",
  "- الحل السياسي يبدأ بوقف العنف وفتح الممرات الإنسانية أمام المدنيين المحاصرين في المدن",
  "- الإفراج عن المعتقلين خطوة لبناء الثقة بين الطرفين قبل انطلاق المفاوضات المباشرة بينهما",
];

describe("softLineBreaks", () => {
  const text = `${TITLE}\n\n${wrap(BODY, 70)}`;
  const soft = softLineBreaks(text);
  const lineEnding = (offset: number) => text.slice(text.lastIndexOf("\n", offset - 1) + 1, offset);

  it("finds the breaks inside each paragraph of a text cut at one width", () => {
    expect(soft.length).toBeGreaterThanOrEqual(4);
    for (const offset of soft) {
      expect(text[offset]).toBe("\n");
      // A line that ends mid-sentence, followed by more of it.
      expect(lineEnding(offset)).not.toMatch(/[.:]\s*$/);
      expect(text[offset + 1]).not.toBe("\n");
    }
  });

  it("keeps the breaks after a sentence's end, before a blank line and before a list item", () => {
    const hard = [...text.matchAll(/\n/g)].map((m) => m.index!).filter((i) => !soft.includes(i));
    expect(hard.some((i) => text[i + 1] === "-")).toBe(true);
    for (const i of hard) {
      const next = text.slice(i + 1, text.indexOf("\n", i + 1) === -1 ? undefined : text.indexOf("\n", i + 1));
      const ended = /[.:]\s*$/.test(lineEnding(i)) || next.trim() === "" || next.startsWith("-") || lineEnding(i).trim() === "";
      // (Or the last line of a paragraph, short of the width.)
      expect(ended || lineEnding(i).length < 49).toBe(true);
    }
  });

  it("keeps a speaker's turn on a line of its own", () => {
    const turns = wrap(BODY.slice(0, 2), 70).replace(/\n(?=[^\n]*\n[^\n]*$)/, "\nس: ");
    const breaks = softLineBreaks(turns);
    expect(breaks.length).toBeGreaterThan(0);
    expect(breaks.every((offset) => !turns.slice(offset + 1).startsWith("س:"))).toBe(true);
  });

  it("does not join the title to the text under it", () => {
    expect(soft.every((offset) => offset > TITLE.length)).toBe(true);
  });

  it.each([
    ["a paragraph to a line", [TITLE, ...BODY].join("\n")],
    [
      "lines that all end sentences",
      [
        "الجملة الأولى قصيرة وتنتهي هنا بنقطة واضحة في آخر السطر.",
        "والجملة الثانية مثلها تماما وتنتهي بنقطة في آخر السطر أيضا.",
        "والثالثة كذلك تنتهي بنقطة في آخر السطر ولا تنقطع في وسطها.",
        "والرابعة أيضا تنتهي بنقطة في آخر السطر كما تنتهي الجمل كلها.",
      ].join("\n"),
    ],
    [
      "a list of headlines one a line, ragged, none ending in a stop",
      [
        "موسكو ترحب بالاتفاق على موعد المؤتمر الدولي حول سوريا",
        "الائتلاف يعلن أنه سيقرر المشاركة في المؤتمر خلال اجتماع الأسبوع المقبل",
        "واشنطن تدعو جميع الأطراف إلى الحضور من دون شروط",
        "طهران تنتظر الدعوة الرسمية وتقول إنها مستعدة للمساهمة في الحل السياسي",
        "الرياض تطالب بضمانات قبل انطلاق المفاوضات في جنيف",
        "الأمم المتحدة تعلن أن الدعوات ستوجه الأسبوع المقبل إلى الأطراف المعنية",
        "دمشق تؤكد أنها ستشارك بوفد رسمي في المؤتمر الدولي",
      ].join("\n"),
    ],
  ])("finds none in %s", (_why, plain) => {
    expect(softLineBreaks(plain)).toEqual([]);
  });

  it("finds in a short text only the breaks after a word no sentence ends on", () => {
    const short = wrap(BODY.slice(0, 1), 70).split("\n").slice(0, 3).join("\n");
    for (const offset of softLineBreaks(short)) expect(short.slice(0, offset)).toMatch(/(?:^|\s)(?:في|من|إلى|على|عن|أن|إن|مع|و)$/);
  });

  it("joins a line that ends on a preposition to the next, in a text that is not wrapped", () => {
    const first = "وقال المبعوث الدولي والعربي الأخضر الإبراهيمي في";
    const plain = [TITLE, "", first, 'مقابلة مع قناة تلفزيونية إن مشاركة إيران في المؤتمر "ضرورية".', "", "- وفي خبر آخر"].join("\n");
    expect(softLineBreaks(plain)).toEqual([TITLE.length + 1 + first.length + 1]);
    // Not before a list item, nor after a short label.
    expect(softLineBreaks([TITLE, first, "- بند من قائمة", "عنوان قصير في", "سطر بعده."].join("\n"))).toEqual([]);
  });

  it("joins a line cut before «إن/أن», or after a comma, to the next", () => {
    const cut = ["قال وزير الخارجية الأمريكي جون كيري", "إن الأسد لا يمكن أن يكون جزءا من الحكومة الانتقالية."];
    expect(softLineBreaks(cut.join("\n"))).toEqual([cut[0]!.length]);
    expect(softLineBreaks(["قال لافروف", "إن مشاركة إيران ضرورية."].join("\n"))).toEqual(["قال لافروف".length]);
    const comma = ["وقال وزير الخارجية السعودي عادل الجبير،", "إن الأسد يجب أن يرحل."];
    expect(softLineBreaks(comma.join("\n"))).toEqual([comma[0]!.length]);
    // Not after a sentence's end, nor before «بان» (Ban Ki-moon's name opening a headline).
    expect(softLineBreaks(["وقال الوزير كذا.", "إن الأسد باق."].join("\n"))).toEqual([]);
    expect(softLineBreaks(["شبكة الأخبار العربية - سوريا", "بان يسحب دعوة إيران بعد 24 ساعة"].join("\n"))).toEqual([]);
  });
});

describe("mendSpacing with soft breaks", () => {
  it("reads each soft break as a space, keeps the map, and drops one that doubles a space beside it", () => {
    const original = "قال الوزير إن بلاده مستعدة\nللمشاركة في المؤتمر \nمن دون شروط.";
    const breaks = [original.indexOf("\n"), original.lastIndexOf("\n")];
    const text = mendSpacing(normaliseForMatching(original), breaks);
    expect(text.normal).toBe("قال الوزير ان بلاده مستعده للمشاركه في المؤتمر من دون شروط.");
    expect(text.toOriginal.length).toBe(text.normal.length + 1);
    const s = text.normal.indexOf("مستعده");
    const e = text.normal.indexOf("شروط") + "شروط".length;
    const span = originalSpan(text, s, e);
    expect(original.slice(span.start, span.end)).toBe("مستعدة\nللمشاركة في المؤتمر \nمن دون شروط");
  });

  it("keeps the newlines of a text with no soft breaks", () => {
    expect(mendSpacing(normaliseForMatching("سطر\nسطر"), []).normal).toBe("سطر\nسطر");
  });

  it("is what an article is read with: a hard-wrapped text's sentences whole", () => {
    const text = `${TITLE}\n\n${wrap(BODY, 70)}`;
    const normal = normaliseCopy(text).normal;
    expect(normal.split("\n").length).toBeLessThan(text.split("\n").length - 3);
    expect(normal).toContain("مستعده للمشاركه في المؤتمر الدولي المقبل من دون شروط مسبقه");
  });
});
