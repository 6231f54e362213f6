// Digest splitting per CONTRACT.md and the classification of non-article lines.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { classifyLines } from "../../src/text/boilerplate";
import { readMetadata } from "../../src/text/metadata";
import { splitDocuments } from "../../src/text/split";

const kinds = (text: string) => classifyLines(text).map((l) => l.kind);

describe("splitDocuments", () => {
  it("keeps a file without separator lines as one document with the plain name", () => {
    expect(splitDocuments("a.txt", "نص ======\nآخر")).toEqual([{ id: "a.txt", text: "نص ======\nآخر" }]);
  });
  it("splits on lines of five or more = and numbers from 1", () => {
    const docs = splitDocuments("d.txt", "أول\n=====\nثان\n==========  \nثالث");
    expect(docs.map((d) => d.id)).toEqual(["d.txt#1", "d.txt#2", "d.txt#3"]);
    expect(docs.map((d) => d.text)).toEqual(["أول", "ثان", "ثالث"]);
  });
  it("splits the seed digest into its 20 articles", () => {
    const digest = readFileSync(new URL("../../seeds/003_0c3fe236fc8b5bc6.txt", import.meta.url), "utf8");
    expect(splitDocuments("003.txt", digest)).toHaveLength(20);
  });
});

describe("classifyLines", () => {
  it("marks breadcrumbs, a table of contents and the title", () => {
    const text = [
      "الرئيسة \\  ملفات المركز  \\  وفد في موسكو",
      "",
      "عناوين الملف",
      "1.     روسيا مرتاحة لقبول سوريا المشاركة دون شروط",
      "2.     الائتلاف يرفض",
      "3.     إيران تريد",
      "عنوان المقال هنا",
      "نص المقال يقول شيئا طويلا بما يكفي ليكون جملة.",
    ].join("\n");
    expect(kinds(text)).toEqual(["breadcrumb", "blank", "toc", "toc", "toc", "toc", "title", "body"]);
  });
  it("keeps an article scraped onto one line as body, though a few «|» of its footer stand in it", () => {
    const sentence = "قال وزير الخارجية في مؤتمر صحفي إن بلاده مستعدة للمشاركة في المؤتمر الدولي من دون شروط مسبقة. ";
    const text = ["الرئيسية | سياسة | عربي ودولي | اقتصاد", `${sentence.repeat(4)}جميع الحقوق محفوظة | سياسة الخصوصية | اتصل بنا`].join(
      "\n",
    );
    expect(kinds(text)).toEqual(["breadcrumb", "body"]);
    // A long menu is still a menu: its separators come every few words.
    const menu = Array.from({ length: 40 }, (_, i) => `قسم ${i + 1}`).join(" | ");
    expect(menu.length).toBeGreaterThan(300);
    expect(kinds(`${menu}\n${sentence}`)[0]).toBe("breadcrumb");
  });
  it("drops subscription prompts and everything after a comments heading", () => {
    const text = [
      "عنوان المقال هنا",
      "قرائنا من مستخدمي تلغرام",
      "إضغط هنا للإشتراك",
      "جملة من المقال تنتهي هنا.",
      "التعليقات",
      "تعليق يقول دون شروط مسبقة.",
    ].join("\n");
    expect(kinds(text)).toEqual(["title", "promo", "promo", "body", "comments", "comments"]);
  });
  it("marks bylines under the title and sign-offs at the end", () => {
    const text = ["روسيا مرتاحة لقبول سوريا", "الاخبار", "قال لافروف شيئا مهما في موسكو اليوم.", "أ ش أ"].join("\n");
    expect(kinds(text)).toEqual(["title", "byline", "body", "signoff"]);
  });
  it("gives one line per newline-separated piece, empty ones and a trailing one included", () => {
    for (const text of ["", "\n", "سطر", "سطر\n", "\n\nسطر\n\nآخر\n", "a\r\nb"]) {
      const pieces = text.split("\n");
      const lines = classifyLines(text);
      expect(lines.map((l) => text.slice(l.start, l.end))).toEqual(pieces);
      expect(lines.map((l) => l.start)).toEqual(pieces.map((_, i) => pieces.slice(0, i).join("\n").length + (i > 0 ? 1 : 0)));
    }
  });
  it("keeps a round-up's numbered items of running text as body, under a contents heading too", () => {
    const item = (n: number, who: string) =>
      `${n}- ${who}: قال الوزير في مؤتمر صحفي عقده مساء اليوم في جنيف إن بلاده "لن تقبل بأي شروط مسبقة"، وإن الحل "سياسي فقط".`;
    expect(item(4, "كيري").length).toBeLessThan(160);
    const text = [
      "اليوم الأول .. في سطور",
      "1- كيري: الأسد لا دور له",
      "2- لافروف يرد",
      "3- الجربا",
      item(4, "كيري"),
      item(5, "لافروف"),
      item(6, "الفيصل"),
    ].join("\n");
    expect(kinds(text)).toEqual(["title", "toc", "toc", "toc", "body", "body", "body"]);
  });
  it("ends a list of headlines at a separator, and keeps one under a heading whole", () => {
    const item = (n: number) =>
      `${n}) جنيف: قال المتحدث باسم الوفد في مؤتمر صحفي عقده مساء اليوم إن الوفد "لن يعود إلى المفاوضات قبل فك الحصار عن المدن".`;
    const text = ["نشرة الصباح", "في هذا العدد:", "1. حجاب يغادر جنيف", "2. الجعفري يرد", "—————", item(1), item(2), item(3)].join("\n");
    expect(kinds(text).slice(1)).toEqual(["toc", "toc", "toc", "toc", "body", "body", "body"]);
    // Under «اقرأ أيضا:», numbered lines are headlines, however long.
    expect(kinds(["عنوان المقال هنا", "نص المقال هنا طويل بما يكفي.", "اقرأ أيضا:", item(1), item(2)].join("\n")).slice(2)).toEqual([
      "toc",
      "toc",
      "toc",
    ]);
  });
  it("reads a table-of-contents heading only as a whole line", () => {
    const text = ["عنوان المقال هنا", "المحتويات", "1. روسيا", "2. ايران", "المحتويات كثيرة في هذا الملف الطويل الذي يتحدث عن جنيف."].join(
      "\n",
    );
    expect(kinds(text)).toEqual(["title", "toc", "toc", "toc", "body"]);
  });
});

describe("readMetadata", () => {
  it.each([
    ["a dateline with an Egyptian month", ["عنوان المقال هنا", "التاريخ: 20 نوفمبر 2013", "نص."], "2013-11-20", "dateline"],
    ["a Levantine month with a comma", ["عنوان المقال هنا", "19 تشرين الثاني , 2013 16:11:19", "نص."], "2013-11-19", "dateline"],
    ["a numeric date", ["عنوان المقال هنا", "2013-11-19 12:15:06", "نص."], "2013-11-19", "dateline"],
    [
      "a Hijri date alone in a sign-off",
      ["عنوان المقال هنا", "نص طويل بما يكفي ليكون جملة في مقال.", "لندن :13 محرم 1435"],
      "2013-11-16",
      "hijri",
    ],
    [
      "a sign-off with both calendars, Gregorian preferred",
      ["عنوان المقال هنا", "نص طويل بما يكفي ليكون جملة في مقال.", "لندن :13 محرم 1435 – 17 / 11 / 2013"],
      "2013-11-17",
      "signoff",
    ],
  ])("finds %s", (_why, lines, iso, source) => {
    const text = lines.join("\n");
    const meta = readMetadata(text, classifyLines(text));
    expect(meta.publishedAt).toBe(iso);
    expect(meta.dateSource).toBe(source);
  });
  it("takes a headline with a colon for the title and the dateline under it for the date", () => {
    const text =
      "لافروف: لا شروط مسبقة لجنيف 2\nموسكو - 12 يناير 2014 (رويترز)\nقال وزير الخارجية الروسي سيرغي لافروف اليوم إن المؤتمر يجب أن يعقد دون شروط مسبقة.";
    expect(readMetadata(text, classifyLines(text))).toMatchObject({
      title: "لافروف: لا شروط مسبقة لجنيف 2",
      publishedAt: "2014-01-12",
      dateSource: "dateline",
    });
  });
  it("reads title and outlet", () => {
    const text = "روسيا مرتاحة لقبول سوريا المشاركة\nالاخبار\nأعربت وزارة الخارجية الروسية عن ارتياحها.";
    expect(readMetadata(text, classifyLines(text))).toMatchObject({ title: "روسيا مرتاحة لقبول سوريا المشاركة", outlet: "الاخبار" });
  });
  it("does not take a date in the body for the publication date", () => {
    const text = "عنوان المقال هنا\nوقعت الحادثة في 30 يونيو 2012 كما قال المصدر للصحافيين اليوم.";
    expect(readMetadata(text, classifyLines(text)).publishedAt).toBeNull();
  });
});
