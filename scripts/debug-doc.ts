// Developer aid: print the frames, cues and claims of one document, to see why a claim was (not) made.
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { classifyLines } from "../src/text/boilerplate";
import { normaliseCopy } from "../src/text/normalise";
import { splitSentences, WordIndex } from "../src/text/sentences";
import { splitDocuments } from "../src/text/split";
import { defaultLexicon } from "../src/stance/default-lexicon";
import { extractArticle } from "../src/stance/index";
import { SentenceMentions } from "../src/stance/passes/01-actors";
import { ClauseBoundaries, Frames } from "../src/stance/passes/02-speakers";

const [file, want] = process.argv.slice(2);
if (!file) throw new Error("usage: tsx scripts/debug-doc.ts FILE [DOC-ID]");
const lexicon = defaultLexicon();
for (const a of splitDocuments(basename(file), readFileSync(file, "utf8"))) {
  if (want && a.id !== want) continue;
  const lines = classifyLines(a.text);
  const text = normaliseCopy(a.text);
  const sentences = splitSentences(text, lines);
  const words = new WordIndex(text.normal);
  const present = lexicon.keywords.presence(text.normal, sentences);
  const boundaries = new ClauseBoundaries(text.normal, sentences, present, lexicon);
  const mentions = new SentenceMentions(
    text.normal,
    lexicon,
    null,
    present.reportedEnds,
    sentences,
    sentences.map((_, i) => i),
  );
  const frames = new Frames(text.normal, sentences, mentions, words, boundaries, present, lexicon);
  console.log(`== ${a.id}`);
  console.log("lines:", lines.map((l) => l.kind).join(" "));
  for (const f of sentences.flatMap((_, si) => frames.in(si)))
    console.log(`frame s${f.sentence} ${f.method} ${f.speaker.actor} @${text.normal.slice(f.start, f.end)}`);
  for (const c of extractArticle(a.id, a.text, lexicon).claims)
    console.log(
      `claim ${c.party}/${c.actor} ${c.topic} ${c.stance} ${c.rules.join(",")} ${c.reported_by ?? ""} | ${c.evidence.slice(0, 160)}`,
    );
}
