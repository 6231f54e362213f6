// Split a file into its articles: a press digest separates articles by lines of five or more "=".

export interface ArticleText {
  /** Document id per CONTRACT.md: the file name, or `NAME#k` (1-based) inside a digest. */
  readonly id: string;
  /** The article's own original text; every offset of its claims is relative to it. */
  readonly text: string;
}

/** A separator line: only "=" (five or more) and trailing white space. */
const SEPARATOR_LINE = /^={5,}\s*$/;

/**
 * Split a file per CONTRACT.md. A file with no separator line is one document with the plain name.
 * Example: "أ\n=====\nب" named "d.txt" → [{id: "d.txt#1", text: "أ"}, {id: "d.txt#2", text: "ب"}]
 */
export function splitDocuments(name: string, fileText: string): ArticleText[] {
  const lines = fileText.split("\n");
  if (!lines.some((l) => SEPARATOR_LINE.test(l))) return [{ id: name, text: fileText }];
  const articles: ArticleText[] = [];
  let current: string[] = [];
  for (const line of lines) {
    if (SEPARATOR_LINE.test(line)) {
      articles.push({ id: `${name}#${articles.length + 1}`, text: current.join("\n") });
      current = [];
    } else current.push(line);
  }
  articles.push({ id: `${name}#${articles.length + 1}`, text: current.join("\n") });
  return articles;
}
