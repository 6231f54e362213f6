// Hard-wrapped copy: wire copy, e-mail and text taken out of PDFs break every line near a fixed width, inside
// sentences. Read line by line, such a text has no sentence whole: a speaker on one line, his verb and what he
// said on the next. The line breaks that only wrap are found here, so the reader can take them as spaces.

/** Sentence-final punctuation or a colon (a closing mark may follow it), after which a line may end a paragraph. */
const ENDS_PARAGRAPH = /[.!?؟…:]["»”)]?\s*$/;
/**
 * A line of a list, a digest's separator, or a turn of a transcript («س:», «لافروف:», «> …»), which starts a line of
 * its own whatever the one before.
 */
const STARTS_LINE = /^\s*(?:[-–—•*·□■●>]|\d{1,3}\s*[.)\-]\s|={5,}|[^\s:]{1,20}\s*:)/;
/** Lines shorter than this are titles, bylines or the ends of paragraphs, not lines cut at the width. */
const MIN_WRAPPED = 40;
/** Lines longer than this are paragraphs on one line: a text with many of them is not wrapped. */
const MAX_WIDTH = 110;

/** How far short of the width a line cut greedily may stop: about the longest word that did not fit after it. */
const SLACK = 12;

/**
 * The offsets in `text` of the newlines that only wrap a paragraph. A text is hard-wrapped when its lines are cut
 * greedily at one width (at most MAX_WIDTH characters). Of the lines that run on into the next (they end no sentence
 * and the next is not blank), one cut there stops within SLACK of the width, and the first word of the next line
 * would not have fit after it; where three or more run-on lines are cut so, and seven in ten of them at least, those
 * newlines (but one before a list item or a speaker's turn) only wrap. A list of headlines one a line is not wrapped:
 * ragged, most of its lines stop short of the width with room for the next one's first word.
 * Example: softLineBreaks("قال وزير الخارجية الروسي سيرغي لافروف في مؤتمر صحفي عقده\nفي موسكو إن …") → [55] (given enough such lines)
 */
export function softLineBreaks(text: string): number[] {
  // Lines by their offsets, each trimmed of spaces and carriage returns.
  const starts: number[] = [];
  const lines: string[] = [];
  for (let start = 0; ;) {
    const newline = text.indexOf("\n", start);
    const end = newline === -1 ? text.length : newline;
    starts.push(start);
    lines.push(text.slice(start, end).trim());
    if (newline === -1) break;
    start = newline + 1;
  }
  const filled = lines.filter((l) => l.length > 0);
  if (filled.length < 4) return danglingBreaks(starts, lines);
  // The width the text is cut at: the longest line but for a few (a title or a signature may run over).
  const sorted = filled.map((l) => l.length).sort((a, b) => a - b);
  const width = sorted[Math.floor(sorted.length * 0.9)]!;
  if (width > MAX_WIDTH || width < MIN_WRAPPED) return danglingBreaks(starts, lines);
  let runOn = 0;
  const cuts: number[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i]!;
    const next = lines[i + 1]!;
    if (next.length === 0 || line.length < MIN_WRAPPED || ENDS_PARAGRAPH.test(line)) continue;
    runOn++;
    const nextWord = next.search(/\s/);
    if (line.length >= width - SLACK && line.length + 1 + (nextWord < 0 ? next.length : nextWord) > width) cuts.push(i);
  }
  if (cuts.length < 3 || cuts.length * 10 < runOn * 7) return danglingBreaks(starts, lines);
  return cuts.filter((i) => !STARTS_LINE.test(lines[i + 1]!)).map((i) => starts[i + 1]! - 1);
}

/**
 * A line that ends on a word no sentence ends on (a preposition, «أن», «و», a relative pronoun: «قال المبعوث الدولي
 * في ⏎ مقابلة مع قناة …») or on a comma runs on into the next, in any text: a break pasted into a sentence.
 */
const DANGLING_END = /(?:[،,]|(?:^|\s)(?:في|من|الى|إلى|على|علي|عن|ان|أن|إن|مع|بين|حول|لدى|لدي|عند|ثم|او|أو|بان|بأن|التي|الذي|الذين|و))$/;
/**
 * «إن/أن/بأن» opening a line (not «بان», Ban Ki-moon's name): the complement of a verb of saying on the line before,
 * which ends no sentence («قال وزير الخارجية الأمريكي جون كيري ⏎ إن الأسد …»).
 */
const THAT_OPENS = /^(?:[إأا]ن|بأن)\s/;
/** The shortest line read as cut in a sentence where it ends on such a word (DANGLING_END), not a short label. */
const MIN_DANGLING = 24;
/** The shortest line read as cut before «إن/أن» (THAT_OPENS): a verb and a name. */
const MIN_BEFORE_THAT = 8;

/**
 * The newlines after lines that end on a word no sentence ends on (DANGLING_END), or on no full stop before a line
 * opening on «إن/أن» (THAT_OPENS), before a line that is not blank and starts no line of its own (STARTS_LINE).
 * Example: danglingBreaks over ["قال المبعوث الدولي الأخضر الإبراهيمي في", "مقابلة مع قناة …"] → [the first newline]
 */
function danglingBreaks(starts: number[], lines: string[]): number[] {
  const out: number[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i]!;
    const next = lines[i + 1]!;
    if (next.length === 0 || STARTS_LINE.test(next)) continue;
    // (A short line may be a label or a title; one before «إن/أن» is a speaker cut from what he said: «قال لافروف ⏎
    // إن …».)
    const that = !ENDS_PARAGRAPH.test(line) && THAT_OPENS.test(next);
    if (line.length < (that ? MIN_BEFORE_THAT : MIN_DANGLING) || (!that && !DANGLING_END.test(line))) continue;
    out.push(starts[i + 1]! - 1);
  }
  return out;
}
