// The literal words a regex cannot match without: read off its source, so a rule stays one regex in the data
// and the extractor still knows which words to look for before running it.

/** Sets of alternatives larger than this are not worth enumerating (a cross product grows fast). */
const MAX_SET = 64;
/** A character class of more characters than this is "any letter" for our purposes. */
const MAX_CLASS = 8;
/** At most this many required word sets per regex: enough to be selective, cheap to check. */
const MAX_REQUIRED = 3;

/**
 * What every match of a regex contains: a list of sets, each set a choice of strings of which at least one
 * occurs in the match; all the sets hold at once. null when nothing useful can be said (then always run it).
 * Example: requiredWords(/(?:رفض|يرفض)\s+(?:الشروط|شروط)/) → [["رفض"], ["شروط"]]
 */
export function requiredWords(re: RegExp): string[][] | null {
  if (re.flags.includes("i")) return null;
  let node: Node;
  try {
    node = new Parser(re.source).parse();
  } catch {
    return null;
  }
  const info = analyse(node);
  const sets = info.required.filter((s) => score(s) > 0);
  if (info.exact && score(info.exact) > 0) sets.push(info.exact);
  const distinct = new Map(sets.map((s) => [minimal(s).sort().join("|"), minimal(s)]));
  const chosen = [...distinct.values()].sort((a, b) => score(b) - score(a)).slice(0, MAX_REQUIRED);
  return chosen.length > 0 ? chosen : null;
}

type Node =
  | { kind: "literal"; chars: string[] | null } // null: any of too many characters
  | { kind: "empty" } // assertions and lookarounds: they consume nothing
  | { kind: "concat"; items: Node[] }
  | { kind: "alt"; branches: Node[] }
  | { kind: "repeat"; item: Node; min: number; max: number };

interface Info {
  /** Every string the node can match, when there are few. */
  exact: string[] | null;
  /** Sets of which every match contains one string each. */
  required: string[][];
}

/**
 * A set is as good as its shortest string is long; many alternatives make it a little worse. A single letter
 * (a clitic such as «ب») occurs in nearly every sentence, so a set with one says nothing; a single mark of
 * punctuation («؛», «-») still tells some sentences apart.
 */
function score(set: string[]): number {
  if (set.length === 0 || set.some((s) => s.length === 0 || /^[\p{L}\p{N}]$/u.test(s))) return 0;
  return Math.min(...set.map((s) => s.length)) * 1000 - set.length;
}

/** Drop strings that contain another string of the set: finding the shorter one is enough. */
function minimal(set: string[]): string[] {
  const unique = [...new Set(set)];
  return unique.filter((s) => !unique.some((t) => t !== s && s.includes(t)));
}

function best(info: Info): string[] | null {
  const candidates = [...info.required, ...(info.exact ? [info.exact] : [])].filter((s) => score(s) > 0);
  if (candidates.length === 0) return null;
  return candidates.reduce((a, b) => (score(b) > score(a) ? b : a));
}

function analyse(node: Node): Info {
  switch (node.kind) {
    case "literal":
      return { exact: node.chars, required: [] };
    case "empty":
      return { exact: [""], required: [] };
    case "alt": {
      const parts = node.branches.map(analyse);
      if (parts.every((p) => p.exact)) {
        const union = [...new Set(parts.flatMap((p) => p.exact!))];
        if (union.length <= MAX_SET) return { exact: union, required: [] };
      }
      const choices = parts.map(best);
      return { exact: null, required: choices.every((c) => c) ? [choices.flatMap((c) => c!)] : [] };
    }
    case "repeat": {
      const inner = analyse(node.item);
      if (node.min === 1 && node.max === 1) return inner;
      if (node.min === 0) {
        if (node.max === 1 && inner.exact) return { exact: [...new Set(["", ...inner.exact])], required: [] };
        return { exact: null, required: [] };
      }
      const b = best(inner);
      return { exact: null, required: b ? [b] : [] };
    }
    case "concat": {
      const required: string[][] = [];
      let run = [""];
      let whole = true;
      for (const item of node.items) {
        const info = analyse(item);
        required.push(...info.required);
        if (info.exact && run.length * info.exact.length <= MAX_SET) {
          run = run.flatMap((a) => info.exact!.map((b) => a + b));
          continue;
        }
        whole = false;
        required.push(run);
        run = info.exact ?? [""];
      }
      if (whole) return { exact: run, required };
      required.push(run);
      return { exact: null, required };
    }
  }
}

/** A recursive-descent reader of the regex syntax the lexicon uses (JavaScript's, without flags). */
class Parser {
  private i = 0;
  constructor(private readonly src: string) {}

  parse(): Node {
    const node = this.alternation();
    if (this.i < this.src.length) throw new Error(`unexpected ${this.src[this.i]} at ${this.i}`);
    return node;
  }

  private alternation(): Node {
    const branches = [this.sequence()];
    while (this.src[this.i] === "|") {
      this.i++;
      branches.push(this.sequence());
    }
    return branches.length === 1 ? branches[0]! : { kind: "alt", branches };
  }

  private sequence(): Node {
    const items: Node[] = [];
    while (this.i < this.src.length && this.src[this.i] !== "|" && this.src[this.i] !== ")") items.push(this.quantified(this.atom()));
    return { kind: "concat", items };
  }

  private quantified(item: Node): Node {
    const c = this.src[this.i];
    let min = 1;
    let max = 1;
    if (c === "*" || c === "+" || c === "?") {
      this.i++;
      min = c === "+" ? 1 : 0;
      max = c === "?" ? 1 : Infinity;
    } else if (c === "{") {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.i));
      if (!m) return item; // a literal "{"
      this.i += m[0].length;
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === "" ? Infinity : Number(m[3]);
    } else return item;
    if (this.src[this.i] === "?") this.i++; // lazy: same language
    return { kind: "repeat", item, min, max };
  }

  private atom(): Node {
    const c = this.src[this.i++]!;
    switch (c) {
      case "(": {
        let lookaround = false;
        if (this.src[this.i] === "?") {
          const rest = this.src.slice(this.i);
          const m = /^\?(?::|=|!|<=|<!|<[A-Za-z_$][\w$]*>)/.exec(rest);
          if (!m) throw new Error("unknown group");
          lookaround = ["?=", "?!", "?<=", "?<!"].includes(m[0]);
          this.i += m[0].length;
        }
        const inner = this.alternation();
        if (this.src[this.i++] !== ")") throw new Error("unclosed group");
        return lookaround ? { kind: "empty" } : inner;
      }
      case "[":
        return this.characterClass();
      case ".":
        return { kind: "literal", chars: null };
      case "^":
      case "$":
        return { kind: "empty" };
      case "\\":
        return this.escape();
      default:
        return { kind: "literal", chars: [c] };
    }
  }

  /** An escape outside a class: a character, a class shorthand, or an assertion. */
  private escape(): Node {
    const c = this.src[this.i++]!;
    if (c === "b" || c === "B") return { kind: "empty" };
    const ch = this.escapedChar(c);
    return { kind: "literal", chars: ch === null ? null : [ch] };
  }

  /** The character an escape stands for, or null for a class shorthand (\s, \d, \w …) or a back-reference. */
  private escapedChar(c: string): string | null {
    if ("sSdDwW".includes(c) || /[1-9]/.test(c)) return null;
    if (c === "u") {
      const hex = this.src.slice(this.i, this.i + 4);
      if (!/^[0-9a-fA-F]{4}$/.test(hex)) throw new Error("bad \\u escape");
      this.i += 4;
      return String.fromCharCode(parseInt(hex, 16));
    }
    if (c === "x") {
      const hex = this.src.slice(this.i, this.i + 2);
      this.i += 2;
      return String.fromCharCode(parseInt(hex, 16));
    }
    return ({ n: "\n", t: "\t", r: "\r", f: "\f", v: "\v", "0": "\0" } as Record<string, string>)[c] ?? c;
  }

  private characterClass(): Node {
    const negated = this.src[this.i] === "^";
    if (negated) this.i++;
    const chars = new Set<string>();
    let unknown = false;
    while (this.i < this.src.length && this.src[this.i] !== "]") {
      let ch: string | null = this.src[this.i++]!;
      if (ch === "\\") ch = this.escapedChar(this.src[this.i++]!);
      if (ch === null) {
        unknown = true;
        continue;
      }
      if (this.src[this.i] === "-" && this.src[this.i + 1] !== "]" && this.i + 1 < this.src.length) {
        this.i++;
        let to: string | null = this.src[this.i++]!;
        if (to === "\\") to = this.escapedChar(this.src[this.i++]!);
        if (to === null) throw new Error("bad range");
        const a = ch.charCodeAt(0);
        const b = to.charCodeAt(0);
        if (b - a >= MAX_CLASS) unknown = true;
        else for (let k = a; k <= b; k++) chars.add(String.fromCharCode(k));
        continue;
      }
      chars.add(ch);
    }
    if (this.src[this.i++] !== "]") throw new Error("unclosed class");
    if (negated || unknown || chars.size > MAX_CLASS || chars.size === 0) return { kind: "literal", chars: null };
    return { kind: "literal", chars: [...chars] };
  }
}
