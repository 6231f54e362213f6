// extract(text, lexicon): from one file's Arabic text to contract claims, pass by pass.
import { classifyLines } from "../text/boilerplate";
import { readMetadata, type ArticleMetadata } from "../text/metadata";
import { normaliseForMatching } from "../text/normalise";
import { findQuotes, splitSentences, WordIndex } from "../text/sentences";
import { splitDocuments } from "../text/split";
import type { Lexicon } from "./lexicon";
import { findMentions } from "./passes/01-actors";
import { clauseStart, findClauseBoundaries, findFrames } from "./passes/02-speakers";
import { findIranCues, findPhraseCues, findRemovalInCondition } from "./passes/03-cues";
import { resolveHolders } from "./passes/04-holders";
import { buildClaims } from "./passes/05-claims";
import type { Claim } from "./types";

/** A whole article (not a one-line dispatch) long enough to name Syria or Geneva somewhere if it is about them. */
const OFF_TOPIC_MIN_LENGTH = 800;

export interface ExtractedArticle {
  id: string;
  text: string;
  metadata: ArticleMetadata;
  claims: Claim[];
}

/**
 * Claims of one article's original text.
 * Example: extractArticle("d.txt", "وقال لافروف: «يجب أن يشارك الجميع دون أدنى شرط مسبق».", lexicon)
 *   → claims [{party: "russia", actor: "lavrov", topic: "geneva2_preconditions", stance: "unconditional", …}]
 */
export function extractArticle(id: string, original: string, lexicon: Lexicon, hints: { year?: number | null } = {}): ExtractedArticle {
  // Normal form with a map back to the original, so evidence is always a verbatim slice.
  const text = normaliseForMatching(original);
  // Lines: title, bylines, boilerplate (breadcrumbs, tables of contents, prompts, comments, sign-offs).
  const lines = classifyLines(original, text);
  // Metadata: title, outlet, publication date (Gregorian, numeric or Hijri).
  const metadata = readMetadata(text, lines);
  // Sentences of the stance-bearing lines, quotations, word positions and clause boundaries.
  // Sentences about other talks (the nuclear file, Ukraine …) that never name Syria or Geneva state nothing here;
  // an article that never names them states nothing at all.
  const offTopic = text.normal.length > OFF_TOPIC_MIN_LENGTH && !lexicon.context.syria.test(text.normal);
  if (offTopic) return { id, text: original, metadata, claims: [] };
  // One scan finds the words every rule and frame regex needs, so each runs only in sentences that have them.
  const allSentences = splitSentences(text, lines);
  const found = lexicon.keywords.presence(text.normal, allSentences);
  const kept: number[] = [];
  allSentences.forEach((s, i) => {
    if (!found.mayMatch(lexicon.keywordSlots.otherTalks, i)) return kept.push(i);
    const t = text.normal.slice(s.start, s.end);
    if (!lexicon.context.otherTalks.test(t) || lexicon.context.syria.test(t)) kept.push(i);
  });
  const sentences = kept.map((i) => allSentences[i]!);
  const present = found.select(kept);
  if (sentences.length === 0) return { id, text: original, metadata, claims: [] };
  const quotes = findQuotes(text);
  const words = new WordIndex(text.normal);
  const boundaries = findClauseBoundaries(text.normal, sentences, present, lexicon);
  const year = hints.year ?? (metadata.publishedAt ? Number(metadata.publishedAt.slice(0, 4)) : null);
  // 1. Actors named in the text.
  const mentions = findMentions(text.normal, lexicon, year);
  // 2. Speaker frames, with continuation of the last speaker.
  const frames = findFrames(text.normal, sentences, mentions, words, boundaries, present, lexicon);
  // 3. Topic cues: phrase rules, Iran's participation, Assad's removal inside a condition.
  const phrase = findPhraseCues(text.normal, sentences, present, lexicon);
  const iran = findIranCues(text.normal, sentences, mentions, words, (s, pos) => clauseStart(boundaries, s, pos), present, lexicon);
  const removal = findRemovalInCondition(text.normal, phrase, sentences, lexicon);
  // A condition on Iran's participation («مشاركة إيران … مشروطة بانسحاب …») is not a precondition of the talks:
  // drop a preconditions cue that follows a conditional Iran cue closely in its sentence.
  const iranConditional = iran.filter((c) => c.stance === "conditional");
  const aboutIran = (c: (typeof phrase)[number]) =>
    iranConditional.some((i) => i.sentence === c.sentence && c.start >= i.start && words.between(i.end, c.start) <= 8);
  const cues = [
    ...phrase.filter((c) => !(c.topic === "geneva2_preconditions" && c.stance === "conditional" && aboutIran(c))),
    ...iran,
    ...removal,
  ];
  // 4. Holders of each cue.
  const holdings = resolveHolders(cues, { normal: text.normal, sentences, mentions, frames, quotes, boundaries, words, lexicon });
  // 5. Claims with verbatim evidence, conditions and confidence.
  return { id, text: original, metadata, claims: buildClaims(id, text, sentences, holdings, lexicon) };
}

/**
 * Claims of every article in one file (a digest is split per CONTRACT.md).
 * Example: extractFile("003.txt", digest, lexicon) → articles "003.txt#1" … "003.txt#20"
 */
export function extractFile(name: string, fileText: string, lexicon: Lexicon): ExtractedArticle[] {
  return splitDocuments(name, fileText).map((a) => extractArticle(a.id, a.text, lexicon));
}
