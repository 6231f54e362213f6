// Hard-wrapped copy: wire copy, e-mail and text taken out of PDFs break every line near a fixed width, inside
// sentences. Read line by line, such a text has no sentence whole: a speaker on one line, his verb and what he
// said on the next. The line breaks that only wrap are found here, so the reader can take them as spaces.

/** Sentence-final punctuation or a colon (a closing mark may follow it), after which a line may end a paragraph. */
const ENDS_PARAGRAPH = /[.!?؟…:]["»”)]?\s*$/;
/** A line of a list or a digest's separator, which starts a line of its own whatever the one before. */
const STARTS_LINE = /^\s*(?:[-–—•*·□■●]|\d{1,3}\s*[.)\-]\s|={5,})/;
/** Lines shorter than this are titles, bylines or the ends of paragraphs, not lines cut at the width. */
const MIN_WRAPPED = 40;
/** Lines longer than this are paragraphs on one line: a text with many of them is not wrapped. */
const MAX_WIDTH = 110;

/**
 * The offsets in `text` of the newlines that only wrap a paragraph: in a text most of whose lines are cut near one
 * width (at most MAX_WIDTH characters), a newline after a line that reaches near that width and ends no sentence,
 * before a line that is neither blank nor the start of a list item. Empty for a text written a paragraph a line.
 * Example: softLineBreaks("قال وزير الخارجية الروسي سيرغي لافروف في مؤتمر صحفي عقده\nفي موسكو إن …") → [55] (given enough such lines)
 */
export function softLineBreaks(text: string): number[] {
  // Lines by their offsets, each with its length trimmed of spaces and carriage returns.
  const starts: number[] = [];
  const lengths: number[] = [];
  for (let start = 0; ;) {
    const newline = text.indexOf("\n", start);
    const end = newline === -1 ? text.length : newline;
    starts.push(start);
    lengths.push(text.slice(start, end).trim().length);
    if (newline === -1) break;
    start = newline + 1;
  }
  const filled = lengths.filter((n) => n > 0);
  if (filled.length < 4) return [];
  // The width the text is cut at: the longest line but for a few (a title or a signature may run over).
  const sorted = [...filled].sort((a, b) => a - b);
  const width = sorted[Math.floor(sorted.length * 0.9)]!;
  if (width > MAX_WIDTH || width < MIN_WRAPPED) return [];
  const lineText = (i: number) => text.slice(starts[i]!, i + 1 < starts.length ? starts[i + 1]! - 1 : text.length);
  // A line cut at the width reaches near it; the first line (the title, where the text has one) must reach it all
  // but a word, or it is taken for a title of its own.
  const first = lengths.findIndex((n) => n > 0);
  const cut = (i: number) => lengths[i]! >= Math.max(MIN_WRAPPED, width * (i === first ? 0.9 : 0.7)) && !ENDS_PARAGRAPH.test(lineText(i));
  // Wrapped: lines cut inside a sentence are a third of the lines at least, and three or more.
  let cuts = 0;
  for (let i = 0; i + 1 < starts.length; i++) if (cut(i) && lengths[i + 1]! > 0) cuts++;
  if (cuts < 3 || cuts * 3 < filled.length) return [];
  const soft: number[] = [];
  for (let i = 0; i + 1 < starts.length; i++) {
    if (cut(i) && lengths[i + 1]! > 0 && !STARTS_LINE.test(lineText(i + 1))) soft.push(starts[i + 1]! - 1);
  }
  return soft;
}
