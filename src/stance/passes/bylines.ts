// The writer of a signed article: an op-ed, an open letter or a column an official writes under his own name, which a
// paper prints with a byline («بقلم: محمد جواد ظريف», a name alone with a footnote mark, «أحمد داود أوغلو*»), a title
// in the form «ظريف يكتب: …», or an introduction of its own («نشرت صحيفة … مقالاً لوزير الخارجية …. وفيما يلي ترجمة
// المقال:»). What the text says in the first person is the writer's (Frames.textAuthor reads it).
import type { Lexicon } from "../lexicon";
import { FORMER, OFFICE_WORD } from "../offices";
import { findMentions, type Mention } from "./01-actors";

/** Where a signed article's byline or title names its writer: how far into the article it is looked for. */
const BYLINE_REACH = 1500;

/**
 * A byline on a line of its own: «بقلم: NAME», «بقلم NAME*», or a name of two to five words alone with a footnote
 * mark («روبرت فورد*»). Group 1 is the name.
 */
const BYLINE =
  /(?:^|\n)[^\S\n]*(?:بقلم[^\S\n]*:?[^\S\n]*([\u0621-\u064A]+(?:[^\S\n]+[\u0621-\u064A]+){1,4})[^\S\n]*\*?|([\u0621-\u064A]+(?:[^\S\n]+[\u0621-\u064A]+){1,4})[^\S\n]*\*)[^\S\n]*(?=\n|$)/;

/** A title «NAME يكتب: …», «NAME يكتب في "الغارديان": …» on one of the first lines. Group 1 is the name. */
const WRITES_TITLE =
  /(?:^|\n)[^\S\n]*([\u0621-\u064A]+(?:[^\S\n]+[\u0621-\u064A]+){0,3})[^\S\n]+(?:يكتب|تكتب)(?:[^\S\n]+(?:في|ل)[^\S\n]*[^\n:]{1,40})?[^\S\n]*:/;

/** The footnote a byline's mark refers to, on a line of its own: «* وزير خارجية الجمهورية التركية». Group 1 is the note. */
const FOOTNOTE = /(?:^|\n)[^\S\n]*\*[^\S\n]*([^\n*]{3,160})(?=\n|$)/;

/** A former or defected official: «السابق», «سابق», «المنشق». */
const FORMER_IN_NOTE = new RegExp(String.raw`(?:^|\s)${FORMER}(?![\u0621-\u064A])`);

/** Where the words of a name end, for findMentions (each run of letters). */
function wordEnds(text: string): number[] {
  return [...text.matchAll(/[^\s.،,؛:!?؟"()*]+/g)].map((m) => m.index + m[0].length);
}

/** The mentions in normal[from, to), with their offsets in the whole text. */
function mentionsIn(normal: string, from: number, to: number, lexicon: Lexicon, year: number | null): Mention[] {
  const text = normal.slice(from, to);
  return findMentions(text, lexicon, year, wordEnds(text)).map((m) => ({ ...m, start: m.start + from, end: m.end + from }));
}

/**
 * Whether mention `m` is the whole of a byline's name starting at `nameStart`, or a name of two words or more in it
 * («ستافان |دي ميستورا|»): not one word of it that the lexicon knows as someone else's surname («سامر |الخطيب|», a
 * columnist, is not Moaz al-Khatib).
 */
function wholeName(normal: string, m: Mention, nameStart: number): boolean {
  return m.start === nameStart || /\s/.test(normal.slice(m.start, m.end));
}

/**
 * The writer a signed article's byline or title names, and where the article's own text starts (the end of the
 * byline or title line); null where neither names one the lexicon knows. A person named there is the writer; a name
 * the lexicon does not know is placed by the footnote its mark refers to, where that names a party (a state, a body:
 * «* سفير الولايات المتحدة لدى سوريا»), not a title alone, which names no one.
 * Example: "الشرق الأوسط\n\nلا انتقال مع من صنع المأساة\n\nأحمد داود أوغلو*\n\n…" → davutoglu, from the line after
 */
export function signedBy(normal: string, lexicon: Lexicon, year: number | null): { from: number; author: Mention } | null {
  const head = normal.slice(0, BYLINE_REACH);
  const byline = BYLINE.exec(head);
  if (byline) {
    const name = byline[1] ?? byline[2]!;
    const nameStart = byline.index + byline[0].indexOf(name);
    const from = byline.index + byline[0].length;
    const person = mentionsIn(normal, nameStart, nameStart + name.length, lexicon, year).find(
      (m) => m.person && !m.place && wholeName(normal, m, nameStart),
    );
    if (person) return { from, author: person };
    // («مازن الحلبي*» with no footnote, or one that names no party: no one the contract tracks.)
    const note = FOOTNOTE.exec(normal.slice(from));
    // (Not a former official's, «سفير الولايات المتحدة السابق»: he writes for himself.)
    // (Only a note naming his office: «* دبلوماسي أمريكي», «* كاتب سوري» name no one who speaks for a party.)
    if (note && !FORMER_IN_NOTE.test(note[1]!) && OFFICE_WORD.test(note[1]!)) {
      const noteStart = from + note.index + note[0].indexOf(note[1]!);
      const party = mentionsIn(normal, noteStart, noteStart + note[1]!.length, lexicon, year).find((m) => !m.person && !m.place);
      // (The writer is a person of that party, though the lexicon does not know his name.)
      if (party) return { from, author: { ...party, person: true, speakerOnly: false } };
    }
    return null;
  }
  const title = WRITES_TITLE.exec(head);
  if (!title) return null;
  const nameStart = title.index + title[0].indexOf(title[1]!);
  const person = mentionsIn(normal, nameStart, nameStart + title[1]!.length, lexicon, year).find(
    (m) => m.person && !m.place && wholeName(normal, m, nameStart),
  );
  if (!person) return null;
  const lineEnd = normal.indexOf("\n", title.index + title[0].length);
  return { from: lineEnd < 0 ? normal.length : lineEnd, author: person };
}
