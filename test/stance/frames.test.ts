// Speaker frames are worked out per sentence on demand; asked in any order they are what reading the article
// from its start gives.
import { describe, expect, it } from "vitest";
import { defaultLexicon } from "../../src/stance/default-lexicon";
import { SentenceMentions } from "../../src/stance/passes/01-actors";
import { ClauseBoundaries, Frames, unknownSpeakerSpan } from "../../src/stance/passes/02-speakers";
import { classifyLines } from "../../src/text/boilerplate";
import { normaliseForMatching } from "../../src/text/normalise";
import { splitSentences, WordIndex } from "../../src/text/sentences";
import { EXTRACT_CASES } from "./extract.case";

const lexicon = defaultLexicon();

function framesOf(original: string) {
  const text = normaliseForMatching(original);
  const sentences = splitSentences(text, classifyLines(original, text));
  const present = lexicon.keywords.presence(text.normal, sentences);
  const mentions = new SentenceMentions(
    text.normal,
    lexicon,
    2014,
    present.reportedEnds,
    sentences,
    sentences.map((_, i) => i),
  );
  const make = () =>
    new Frames(
      text.normal,
      sentences,
      mentions,
      new WordIndex(text.normal),
      new ClauseBoundaries(text.normal, sentences, present, lexicon),
      present,
      lexicon,
    );
  const show = (frames: Frames, si: number) => frames.in(si).map((f) => `${f.method}:${f.speaker.actor}`);
  return { sentences, make, show };
}

describe("Frames", () => {
  it("carries the last named speaker over a subjectless verb, and stops at an unknown subject", () => {
    const { make, show } = framesOf(
      "قال لافروف إن موسكو تؤيد الحوار. وجاء ذلك خلال مؤتمر صحافي. وأضاف أن الحل سياسي. وقالت الخارجية اليابانية إن الحل سياسي. وأضاف أن الأمر صعب.",
    );
    const frames = make();
    // Asked out of order: the last sentence first, then the third.
    expect(show(frames, 4)).toEqual([]);
    expect(show(frames, 2)).toEqual(["continuation:lavrov"]);
    expect(show(frames, 0)).toEqual(["frame:lavrov"]);
  });

  it("finds the same unknown speakers in a sentence whether it was asked about or only passed on the way", () => {
    // The last verb has no subject the lexicon knows, so the sentences before it are walked for names they teach;
    // the first one teaches none: its speaker is a name the lexicon does not know either.
    const article = "وقال المحلل سمير التقي إن الحل سياسي. وقال لافروف إن الوضع صعب. وأضاف نيربية أن الحل سياسي.";
    const { make } = framesOf(article);
    const unknownIn = (frames: Frames, si: number) => frames.unknownSpeakers().filter((u) => u.sentence === si);
    const asked = make();
    asked.in(0);
    asked.in(2);
    const passed = make();
    passed.in(2);
    expect(unknownIn(asked, 0).length).toBeGreaterThan(0);
    expect(unknownIn(passed, 0)).toEqual(unknownIn(asked, 0));
  });

  it("gives the same frames whatever order the sentences are asked in", () => {
    const article = EXTRACT_CASES.map((c) => c.text).join(" ");
    const { sentences, make, show } = framesOf(article);
    const forward = make();
    const inOrder = sentences.map((_, si) => show(forward, si));
    const backward = make();
    const reversed = sentences.map((_, si) => sentences.length - 1 - si).map((si) => show(backward, si));
    expect(reversed.reverse()).toEqual(inOrder);
    expect(inOrder.flat().length).toBeGreaterThan(20);
  });
});

describe("Frames: the subject of a verb", () => {
  it("takes a name right after a verb right after «أن» for its subject, not the name before «أن»", () => {
    const { make, show } = framesOf("واستغرب المصدر اشتراط باريس أن تعلن إيران قبولها ببيان جنيف.");
    expect(show(make(), 0)).toEqual(["frame:iran"]);
  });

  it("reads «عبر» before a name and «عن» as the verb of expressing, its subject the name", () => {
    const { make, show } = framesOf("قال لافروف إن موسكو تدعم الحل. من جهته، عبر رئيس الائتلاف خالد خوجة عن قلقه من التصريحات.");
    expect(show(make(), 1)).toEqual(["frame:khoja"]);
  });

  it("does not read the preposition «عبر» before a place as a verb with that subject", () => {
    const { make, show } = framesOf("قال لافروف إن موسكو تدعم الحل. ووصلت المساعدات عبر تركيا إلى حلب.");
    expect(show(make(), 1)).not.toContain("frame:turkey");
  });
});

describe("unknownSpeakerSpan", () => {
  // [sentence, the verb it follows, the name read after it for the review queue (null: none)]
  const rows: Array<[string, string, string | null]> = [
    ["وقال سالم الحديدي: «لا دور للأسد في مستقبل سوريا»", "قال", "سالم الحديدي"],
    ["وقالت الخارجية الصينية إن الحل سياسي", "قالت", "الخارجية الصينية"],
    ["واكد نيربية ان الحل سياسي", "اكد", "نيربية"],
    // What the verb is about, before a quotation: no one speaks by that name.
    ["ابدى رفضه لأن «يكون قدري جميل جزءا من المؤتمر»", "ابدى", null],
    ["واعرب عن امله في ان ينجح المؤتمر", "اعرب", null],
    ["وقال لأن «الحل سياسي»", "قال", null],
  ];
  it.each(rows)("%s", (sentence, verb, name) => {
    const normal = (t: string) => normaliseForMatching(t).normal;
    const text = normal(sentence);
    const pos = text.indexOf(normal(verb)) + normal(verb).length;
    const span = unknownSpeakerSpan(text, pos, text.length);
    expect(span ? text.slice(span.start, span.end) : null).toBe(name === null ? null : normal(name));
  });
});
