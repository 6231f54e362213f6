// Meaning-preserving rewrites of an article, for `npm run eval -- --variants`: the same news in another spelling,
// encoding, wording or reference («الرئيس السوري» for «بشار الأسد», «موسكو» for «روسيا», «أوضح» for «قال»). A true
// tuple lost under a rewrite marks a kind of sentence the extractor knows in one form only; the rewrites are of
// the language, not of any one article, so the figures tell how the rules will hold on news they were not written
// from.

export interface Variant {
  name: string;
  why: string;
  /** Whether claims must stay exactly the same (a spelling or encoding of the same text), checked by a test. */
  exact: boolean;
  rewrite: (text: string) => string;
}

/** Arabic letters: a rewrite of a word stops at them on both sides. */
const L = "\\u0621-\\u064A";
/** A word, with «و» or «ف» before it kept. */
const word = (w: string) => new RegExp(`(?<![${L}])([وف]?)(?:${w})(?![${L}])`, "g");
/** «بشار الأسد» with his title, as the press writes him in full. */
const ASSAD_FULL = /(?:الرئيس (?:السوري )?)?بشار (?:حافظ )?الأسد/;
/** Assad written in full replaced by `name`, except where a letter is glued before him («لبشار الأسد»). */
const assadAs = (t: string, name: string) => t.replace(new RegExp(`([${L}])?${ASSAD_FULL.source}`, "g"), (m, glued) => (glued ? m : name));
const CAPITALS: Record<string, string> = {
  موسكو: "روسيا",
  واشنطن: "الولايات المتحدة",
  الرياض: "السعودية",
  باريس: "فرنسا",
  أنقرة: "تركيا",
  لندن: "بريطانيا",
};
/** Each Arabic letter's isolated presentation form (U+FE80–U+FEFC), read off NFKC. */
const ISOLATED = new Map<string, string>();
for (let code = 0xfefc; code >= 0xfe80; code--) {
  const form = String.fromCharCode(code);
  const letter = form.normalize("NFKC");
  // (Walked downwards, each letter's first form, the isolated one, is set last.)
  if (letter.length === 1) ISOLATED.set(letter, form);
}

/** Every `every`th Arabic word of three letters or more garbled, the same ones each time. */
function perWord(text: string, every: number, garble: (word: string) => string): string {
  let n = 0;
  return text.replace(new RegExp(`[${L}]{3,}`, "g"), (w) => (n++ % every === 0 ? garble(w) : w));
}

/**
 * Every line cut greedily at `width` characters.
 * Example: hardWrap("أ ب ج", 3) → "أ ب\nج"
 */
export function hardWrap(text: string, width: number): string {
  return text
    .split("\n")
    .map((line) => {
      const out: string[] = [];
      let cur = "";
      for (const word of line.split(" ")) {
        if (cur && cur.length + 1 + word.length > width) {
          out.push(cur);
          cur = word;
        } else cur = cur ? `${cur} ${word}` : word;
      }
      out.push(cur);
      return out.join("\n");
    })
    .join("\n");
}

const COUNTRIES = Object.fromEntries(Object.entries(CAPITALS).map(([capital, country]) => [country, capital]));

export const VARIANTS: readonly Variant[] = [
  {
    name: "persian letters",
    why: "Persian ی and ک for Arabic ي and ك, as Iranian outlets type them",
    exact: true,
    rewrite: (t) => t.replace(/ي/g, "ی").replace(/ك/g, "ک"),
  },
  {
    name: "bare alef, final ه",
    why: "hamza dropped from alef and ة written ه, as hurried copy does",
    exact: true,
    rewrite: (t) => t.replace(/[أإآ]/g, "ا").replace(new RegExp(`ة(?![${L}])`, "g"), "ه"),
  },
  {
    name: "html entities",
    why: "quotation marks left as HTML entities by a scraper",
    exact: true,
    rewrite: (t) => t.replace(/"/g, "&quot;"),
  },
  {
    name: "«» as entities",
    why: "guillemets left as &laquo; &raquo; (read as plain quotation marks)",
    exact: false,
    rewrite: (t) => t.replace(/«/g, "&laquo;").replace(/»/g, "&raquo;"),
  },
  {
    name: "numeric entities",
    why: "quotation marks as numeric entities, decimal and hex (&#171; &#xBB; &#34;)",
    exact: true,
    rewrite: (t) => t.replace(/«/g, "&#171;").replace(/»/g, "&#xBB;").replace(/"/g, "&#34;"),
  },
  {
    name: "entities escaped twice",
    why: "entities run through an HTML encoder a second time (&amp;quot; &amp;laquo;)",
    exact: true,
    rewrite: (t) => t.replace(/«/g, "&amp;laquo;").replace(/»/g, "&amp;raquo;").replace(/"/g, "&amp;quot;"),
  },
  {
    name: "entities without «;»",
    why: "a broken page's entities with their semicolons dropped (&quotلا&quot)",
    exact: true,
    rewrite: (t) => t.replace(/"/g, "&quot"),
  },
  {
    name: "html tags",
    why: "paragraph and line-break tags a scraper left in the text",
    exact: true,
    rewrite: (t) => t.replace(/^(.+)$/gm, "<p>$1</p>").replace(/، /g, (m, at: number) => (at % 3 === 0 ? "،<br/>" : m)),
  },
  {
    name: "contextual forms",
    why: "every letter as its isolated presentation form, as text extracted from some PDFs is",
    exact: true,
    rewrite: (t) => [...t].map((c) => ISOLATED.get(c) ?? c).join(""),
  },
  {
    name: "lam-alef ligature",
    why: "«لا» as the presentation-form ligature ﻻ, as text copied out of a PDF carries it",
    exact: true,
    rewrite: (t) => t.replace(/لا/g, "\uFEFB"),
  },
  {
    name: "tatweel",
    why: "a stretching tatweel inside every fifth word",
    exact: true,
    rewrite: (t) => perWord(t, 5, (w) => `${w.slice(0, 2)}ـ${w.slice(2)}`),
  },
  {
    name: "diacritics",
    why: "every fourth word voweled",
    exact: true,
    rewrite: (t) => perWord(t, 4, (w) => [...w].map((c) => `${c}\u064E`).join("")),
  },
  {
    name: "invisible marks",
    why: "zero-width non-joiners and right-to-left marks inside words, as web copy carries them",
    exact: true,
    rewrite: (t) => perWord(t, 6, (w) => `${w.slice(0, 1)}\u200C${w.slice(1)}\u200F`),
  },
  {
    name: "no space after ، :",
    why: "a comma or colon typed with no space before the next word («قال،إن»)",
    exact: true,
    rewrite: (t) => t.replace(new RegExp(`([،:]) (?=[${L}«])`, "g"), "$1"),
  },
  {
    name: "no space after a full stop",
    why: "a sentence run on after its full stop («الأسد.وأضاف»)",
    exact: true,
    rewrite: (t) => t.replace(new RegExp(`([${L}]{2})\\. (?=[${L}])`, "g"), "$1."),
  },
  {
    name: "doubled spaces, tabs",
    why: "spaces doubled and tabs between words, as pasted copy has them",
    exact: true,
    rewrite: (t) => t.replace(new RegExp(` (?=[${L}]{5})`, "g"), "  ").replace(new RegExp(` (?=[${L}]{7})`, "g"), "\t"),
  },
  {
    name: "CRLF",
    why: "lines ended by CR LF",
    exact: true,
    rewrite: (t) => t.replace(/\n/g, "\r\n"),
  },
  {
    name: "hard-wrapped at 72",
    why: "every line cut at 72 characters, as wire copy, e-mail and PDF text are",
    exact: true,
    rewrite: (t) => hardWrap(t, 72),
  },
  {
    name: "article on one line",
    why: "the title on its line and the rest run onto one line, as some scrapers and feeds give an article",
    exact: false,
    rewrite: (t) => {
      const lines = t.split("\n");
      const first = lines.findIndex((l) => l.trim() !== "");
      if (first < 0) return t;
      const rest = lines
        .slice(first + 1)
        .map((l) => l.trim())
        .filter((l) => l !== "");
      return [...lines.slice(0, first + 1), rest.join(" ")].join("\n");
    },
  },
  {
    name: "curly quotes",
    why: '«» and " as “ ”',
    exact: false,
    rewrite: (t) => {
      let k = 0;
      return t.replace(/[«»"]/g, () => (k++ % 2 ? "”" : "“"));
    },
  },
  {
    name: "single quotes",
    why: "«» as ‘ ’, as some outlets quote",
    exact: true,
    rewrite: (t) => t.replace(/«/g, "‘").replace(/»/g, "’"),
  },
  {
    name: "straight single quotes",
    why: "«» as ', as some outlets quote",
    exact: true,
    rewrite: (t) => t.replace(/[«»]/g, "'"),
  },
  {
    name: "قال → أوضح",
    why: "another verb of saying",
    exact: false,
    rewrite: (t) => t.replace(word("قال"), "$1أوضح").replace(word("قالت"), "$1أوضحت"),
  },
  {
    name: "أكد → قال",
    why: "another verb of saying",
    exact: false,
    rewrite: (t) => t.replace(word("[أا]كد"), "$1قال").replace(word("[أا]كدت"), "$1قالت"),
  },
  {
    name: "أضاف → تابع",
    why: "another verb of going on speaking",
    exact: false,
    rewrite: (t) => t.replace(word("[أا]ضاف"), "$1تابع").replace(word("[أا]ضافت"), "$1تابعت"),
  },
  {
    name: "و قال (spaced)",
    why: "«و» typed apart from the verb",
    exact: true,
    rewrite: (t) => t.replace(new RegExp(`(?<![${L}])و(قال|أكد|أضاف|أوضح|شدد|اعتبر|أشار)`, "g"), "و $1"),
  },
  {
    name: "Assad: «الأسد»",
    why: "Assad by his surname alone",
    exact: false,
    rewrite: (t) => assadAs(t, "الأسد"),
  },
  {
    name: "Assad: «الرئيس السوري»",
    why: "Assad by his title alone",
    exact: false,
    rewrite: (t) => assadAs(t, "الرئيس السوري"),
  },
  {
    name: "Assad: «رأس النظام»",
    why: "Assad as the opposition's press names him",
    exact: false,
    rewrite: (t) => assadAs(t, "رأس النظام"),
  },
  {
    name: "رحيل → تنحي",
    why: "another word of his going",
    exact: false,
    rewrite: (t) => t.replace(word("رحيل"), "$1تنحي"),
  },
  {
    name: "جنيف 2 → جنيف الثاني",
    why: "the conference's name spelled out",
    exact: false,
    rewrite: (t) => t.replace(/جنيف ?[-–]? ?(?:2|٢)(?![0-9])/g, "جنيف الثاني"),
  },
  {
    name: "إيران → طهران",
    why: "the capital for the state",
    exact: false,
    rewrite: (t) => t.replace(new RegExp(`(?<![${L}])([وفبل]?)إيران(?![${L}])`, "g"), "$1طهران"),
  },
  {
    name: "capital → country",
    why: "the state for its capital",
    exact: false,
    rewrite: (t) =>
      t.replace(
        new RegExp(`(?<![${L}])([وفبل]?)(${Object.keys(CAPITALS).join("|")})(?![${L}])`, "g"),
        (_m, p: string, c: string) => p + CAPITALS[c],
      ),
  },
  {
    name: "country → capital",
    why: "the capital for its state",
    exact: false,
    rewrite: (t) =>
      t.replace(
        new RegExp(`(?<![${L}])([وف]?)(${Object.keys(COUNTRIES).join("|")})(?![${L}])`, "g"),
        (_m, p: string, c: string) => p + COUNTRIES[c],
      ),
  },
  {
    name: "«في تصريحات صحفية»",
    why: "an adverbial between the speaker and «أن/إن»",
    exact: false,
    rewrite: (t) =>
      t.replace(
        new RegExp(`(?<![${L}])((?:[وف]?)(?:قال|قالت|أكد|أكدت|أوضح|أوضحت|أضاف|أضافت)(?: [^\\s،.:«»"]+){1,5}?) ([إأ]ن)(?![${L}])`, "g"),
        "$1 في تصريحات صحفية $2",
      ),
  },
  {
    name: "أن → بأن",
    why: "«بأن» after a verb of saying",
    exact: false,
    rewrite: (t) =>
      t.replace(
        new RegExp(`(?<![${L}])((?:[وف]?)(?:أكد|أكدت|أوضح|أوضحت|اعتبر|اعتبرت|أعلن|أعلنت)(?: [^\\s،.:«»"]+){0,5}?) أن(?![${L}])`, "g"),
        "$1 بأن",
      ),
  },
  {
    name: "unrelated paragraph",
    why: "a sports paragraph appended, as digests run on",
    exact: true,
    rewrite: (t) => `${t}\n\nوفي الرياضة، فاز فريق الوحدة على ضيفه الجيش بثلاثة أهداف مقابل هدف، وقال المدرب إن الفريق قدم أداء جيدا.\n`,
  },
];

/** Per variant over a corpus: articles it changed, true tuples there before, lost, and tuples gained (true, false). */
export interface VariantScore {
  variant: Variant;
  changed: number;
  trueBefore: number;
  lost: string[];
  gainedTrue: number;
  gainedFalse: string[];
}

/**
 * Rewrites every article of a corpus with each variant and compares its tuples with the original's.
 * Example: scoreVariants(docs, gold, (id, text) => tuplesOf(id, text)) → [{variant: persian…, changed: 142, lost: []}, …]
 */
export function scoreVariants(
  docs: ReadonlyMap<string, string>,
  gold: ReadonlySet<string>,
  tuplesOf: (id: string, text: string) => ReadonlySet<string>,
  variants: readonly Variant[] = VARIANTS,
): VariantScore[] {
  const before = new Map([...docs].map(([id, text]) => [id, tuplesOf(id, text)]));
  return variants.map((variant) => {
    const score: VariantScore = { variant, changed: 0, trueBefore: 0, lost: [], gainedTrue: 0, gainedFalse: [] };
    for (const [id, text] of docs) {
      const rewritten = variant.rewrite(text);
      if (rewritten === text) continue;
      score.changed++;
      const was = before.get(id)!;
      const now = tuplesOf(id, rewritten);
      for (const k of was) {
        if (!gold.has(k)) continue;
        score.trueBefore++;
        if (!now.has(k)) score.lost.push(k);
      }
      for (const k of now) {
        if (was.has(k)) continue;
        if (gold.has(k)) score.gainedTrue++;
        else score.gainedFalse.push(k);
      }
    }
    return score;
  });
}
