// Pass 1: find every mention of an actor from the lexicon (aliases, spelling variants, titles).
import { isWhiteSpace, type Sentence } from "../../text/sentences";
import type { AliasInfo, Lexicon, SurfaceReading, Surname } from "../lexicon";
import { FORMER, OFFICE, OFFICE_WORD } from "../offices";
import { escapeRegExp } from "../../text/escape";
import { normaliseTerm } from "../../text/normalise";
import { matchesIn } from "./scan";
import { firstAtOrAfter } from "./search";
import { adjectiveSource, nationalityMentions, nationalityOf, sideNationalities } from "./nationality";

export interface Mention {
  /** Normal offsets of the name itself (after any clitic such as و or ل). */
  start: number;
  end: number;
  actor: string;
  party: string;
  person: boolean;
  speakerOnly: boolean;
  place: boolean;
}

/**
 * All actor mentions, longest alias first. A title held by different people over time ("وزير الخارجية
 * الأمريكي") resolves by the article's year when known. `firstWordEnds` are the offsets where a name's first
 * word may end (KeywordPresence.reportedEnds: the keyword scan finds them in the same pass as the rules' words);
 * only words ending there are looked up.
 * Example: "وقال وزير الخارجية الروسي سيرغي لافروف" → [lavrov (title), lavrov (name)]
 */
export function findMentions(normal: string, lexicon: Lexicon, year: number | null, firstWordEnds: readonly number[]): Mention[] {
  const named = mentionsAt(normal, flatSurfaces(lexicon), year, firstWordEnds, 0, firstWordEnds.length);
  const found = named.some((m) => m.place) ? withGatheringCities(normal, named, lexicon, (city) => oppositionMetIn(normal, city)) : named;
  const body = normal.includes("هيئه") ? bodyOf(normal, lexicon) : null;
  const withLeague = withBareLeague(normal, found, 0, normal.length, leagueOf(normal, lexicon));
  const withBodies = body ? withBody(normal, withLeague, 0, normal.length, body) : withLeague;
  const withNamed = withSurnames(
    normal,
    withBareBan(
      normal,
      withBareSecretary(normal, withBodies, 0, normal.length, secretaryOf(normal, lexicon)),
      0,
      normal.length,
      banOf(normal, lexicon),
    ),
    0,
    normal.length,
    surnamesNamed(normal, lexicon),
  );
  const hasMinistry = normal.includes("خارجيه") || normal.includes("الوزاره");
  const read = withAgencySource(
    normal,
    hasMinistry ? withBareMinistry(normal, withNamed, 0, normal.length, ministriesNamed(normal, lexicon)) : withNamed,
    0,
    normal.length,
    lexicon,
  );
  return normal.includes("سابق") || normal.includes("اسبق") || normal.includes("منشق") ? withoutFormer(normal, read) : read;
}

/**
 * An outlet's noun and its name (one or two words, none a particle: «وكالة سانا أن دمشق …» names Damascus) right
 * before a name in the form of a nationality adjective («صحيفة الوطن السعودية»).
 */
const OUTLET_BEFORE =
  /(?:^|\s)[وفبل]?(?:ال|لل)?(?:صحيفه|جريده|وكاله|قناه|موقع|اذاعه|مجله|تلفزيون|شبكه)(?:\s+(?!(?:ان|انه|انها|بان|عن|الي|علي|في|من|قوله|قولها)(?:\s|$))(?:ال)?[\u0621-\u064A]+){1,2}\s+$/;
/**
 * The nouns of a person who holds no office and speaks for no party (normal letters, one alternation): a
 * commentator, writer, reader, tweeter, blogger, activist, journalists, analyst, expert, researcher, academic or
 * citizen. (Not «صحفي» as the adjective of a conference, a statement or an interview: «مؤتمر صحفي», «مقابلة صحفية»;
 * nor «طالب», the verb of demanding too, nor «كتاب», a letter; nor «قراءة», a reading.)
 */
export const PRIVATE_PERSON_WORDS =
  "(?:معلق|معلقه|معلقين|معلقون|كاتب|كاتبه|قارئ|قراء|مغرد|مغرده|مغردين|مغردون|مدون|مدونه|مدونين|مدونون|ناشط|ناشطه|ناشطين|ناشطون|(?<!(?:مؤتمر|مؤتمرا|لقاء|تصريح|تصريحات|بيان|حديث|اجتماع|مقابله|ندوه)\\s(?:ال)?)(?:صحفي|صحافي|صحفيه|صحافيه)|صحفيين|صحفيون|صحافيين|صحافيون|محلل|محلله|محللين|محللون|خبير|خبيره|خبراء|باحث|باحثه|باحثين|باحثون|اكاديمي|اكاديميين|اكاديميون|مواطن|مواطنه|مواطنين|مواطنون)";
/**
 * A person who holds no office (PRIVATE_PERSON_WORDS) right before a name, which is then his nationality, on the
 * same line: «أحد المعلقين الأمريكيين». (Not «صحفي» alone, also the adjective of a press conference: «المؤتمر الصحفي ⏎
 * لافروف:», «خلال مؤتمر صحفي الإبراهيمي»: a name ending in «ي».)
 */
const PRIVATE_PERSON_BEFORE = new RegExp(`(?:^|\\s)[وفبل]?(?:ال)?${PRIVATE_PERSON_WORDS}[^\\S\\n]+$`);
/** A nationality adjective, singular or plural: «الأمريكيين», «إيراني», «البريطانية», «الروس». */
const NATIONALITY_FORM = /^(?:ال)?[\u0621-\u064A]+(?:ي|يه|يين|يون|يات)$|^(?:ال)?(?:روس|اتراك|امريكان|اميركان)$/;
/** A name in the form of a nationality adjective: «السعودية», «الإيرانية», «الروسية». */
const ADJECTIVE_FORM = /^ال[\u0621-\u064A]+يه$/;
/** «ي» and «ه», the last two letters of every ADJECTIVE_FORM. */
const YEH = 0x064a;
const HEH = 0x0647;

/** The words naming a party's backer before its name: «المدعوم من (قبل)», «المدعومة من», «التي تدعمها». */
const BACKER_WORDS = String.raw`(?:(?:ال)?مدعوم(?:ه|ين|ون)?\s+من(?:\s+قبل)?|(?:الذي|التي|الذين)\s+[يت]دعم(?:ه|ها|هم))`;
/** BACKER_WORDS right before the name. */
const BACKED_BY_BEFORE = new RegExp(String.raw`(?:^|\s)${BACKER_WORDS}\s+$`);
/** BACKER_WORDS alone between the party backed and its backer («النظام| المدعوم من |روسيا»). */
const BACKER_BETWEEN = new RegExp(String.raw`^\s+${BACKER_WORDS}\s+$`);
/**
 * A backer the lexicon does not name right after a party («المعارضة المدعومة من الغرب», «… من قبل الدول الغربية»):
 * the participle, one word and an adjective in «ي/يه» after it.
 */
const UNNAMED_BACKER_AFTER =
  /^\s+(?:ال)?مدعوم(?:ه|ين|ون)?\s+من(?:\s+قبل)?\s+(?:ال)?[\u0621-\u064A]+(?:\s+(?!(?:التي|الذي|الذين|اللتين|اللذين)(?![\u0621-\u064A]))ال[\u0621-\u064A]+يه?(?![\u0621-\u064A]))?/;
/** «و» alone between a backer and the name after it («من روسيا وإيران»). */
const AND_ONLY = /^\s*و$/;

/**
 * Whether the name starting at `nameStart` is a party's backer (BACKED_BY_BEFORE), or coordinated with the backer
 * ending at `backerEnd` (-1 for none).
 * Example: "الائتلاف المدعوم من السعودية" → true at «السعودية»
 */
function backedBy(normal: string, nameStart: number, backerEnd: number): boolean {
  if (backerEnd >= 0 && nameStart - backerEnd < 5 && AND_ONLY.test(normal.slice(backerEnd, nameStart))) return true;
  // (Only where «دعم» is among the letters before: most names are let through without a regex.)
  const before = normal.slice(Math.max(0, nameStart - 24), nameStart);
  return before.includes("دعم") || before.includes("دعوم") ? BACKED_BY_BEFORE.test(before) : false;
}

/** findMentions for the ends firstWordEnds[from, to) (a stretch's, read in place rather than copied out). */
function mentionsAt(
  normal: string,
  flat: FlatSurfaces,
  year: number | null,
  firstWordEnds: readonly number[],
  from: number,
  to: number,
): Mention[] {
  const { slots, mask, records, entries, readings, names } = flat;
  const mentions: Mention[] = [];
  // Text before this offset belongs to a name already read.
  let consumed = 0;
  // Where the last backer of a party read ends (backedBy), -1 before any.
  let backerEnd = -1;
  for (let i = from; i < to; i++) {
    const end = firstWordEnds[i]!;
    // A word ending inside a name already read starts inside it too.
    if (end < consumed) continue;
    // A whole word: it ends here, and starts where the run of letters before it starts.
    if (end < normal.length && WORD_CHAR[normal.charCodeAt(end)] === 1) continue;
    // Walk back to the word's start, hashing it on the way (surfaceHash reads backwards too).
    let start = end;
    let h = 0;
    while (start > 0) {
      const c = normal.charCodeAt(start - 1);
      if (WORD_CHAR[c] !== 1) break;
      h = (Math.imul(h, 31) + c) | 0;
      start--;
    }
    if (start < consumed) continue;
    // The record of the surface equal to the word, if any (surfaces are distinct, so there is one at most): its
    // slot is on the probe path from the hash's, before the first empty slot.
    const length = end - start;
    let record = -1;
    for (let slot = mix(h) & mask; slots[2 * slot] !== 0; slot = (slot + 1) & mask) {
      if (slots[2 * slot + 1] !== h) continue;
      const at = slots[2 * slot]! - 1;
      if (records[at] !== length) continue;
      let k = 0;
      while (k < length && records[at + 1 + k] === normal.charCodeAt(start + k)) k++;
      if (k === length) {
        record = at;
        break;
      }
    }
    if (record < 0) continue;
    // The longest alias among its readings: the first of their entries, in order, whose other words follow. Every
    // alias of two words or more has its second word where the spaces after `end` stop: one whose second word
    // begins with another letter is passed over without comparing it, and so is one whose second word, all letters
    // of a word, has another hash than the word there (most second words begin with «ال»: of the entries the letter
    // let through, most were then refused by aliasEnd).
    let second = end;
    while (second < normal.length && isWhiteSpace(normal.charCodeAt(second))) second++;
    const secondLetter = second > end && second < normal.length ? normal.charCodeAt(second) : -1;
    // The hash of the run of WORD_CHAR letters at `second`, read the first time an entry asks for it.
    let secondHash = 0;
    let secondHashed = false;
    let reading = record + 1 + length;
    let prefix = 0;
    let entry = -1;
    let nameEnd = -1;
    for (let r = records[reading++]!; r > 0 && nameEnd < 0; r--, reading += 2) {
      prefix = records[reading]!;
      entry = records[reading + 1]!;
      for (let n = entries[entry++]!; n > 0; n--, entry += entries[entry + ENTRY_SIZE]!) {
        const letter = entries[entry + ENTRY_SECOND_LETTER]!;
        if (letter !== -1 && letter !== secondLetter) continue;
        // (aliasEnd wants the word there to be this second word, then no letter of a word: for a second word made of
        // such letters only, that is the whole run of them there, whose hash is secondHash.)
        if ((entries[entry + ENTRY_FLAGS]! & SECOND_HASHED) !== 0) {
          if (!secondHashed) {
            for (let k = second; k < normal.length && WORD_CHAR[normal.charCodeAt(k)] === 1; k++)
              secondHash = (Math.imul(secondHash, 31) + normal.charCodeAt(k)) | 0;
            secondHashed = true;
          }
          if (entries[entry + ENTRY_SECOND_HASH] !== secondHash) continue;
        }
        nameEnd = aliasEnd(normal, end, entries, entry);
        if (nameEnd >= 0) break;
      }
    }
    if (nameEnd < 0) continue;
    consumed = nameEnd;
    // A name that is no actor's (names[0], "") only shadows the shorter names inside it.
    if (entries[entry + ENTRY_ACTOR] === 0) continue;
    // A title held by different people over time: its first reading current in the year, if any. Otherwise (and
    // always for an alias of one reading) its first reading, as its entry holds it.
    const dated =
      year !== null && entries[entry + ENTRY_READING_COUNT]! > 1
        ? readings[entries[entry + ENTRY_ALIAS]!]!.find((c) => (c.from ?? -Infinity) <= year && year <= (c.to ?? Infinity))
        : undefined;
    const nameStart = start + prefix;
    // «صحيفة الوطن السعودية», «وكالة فارس الإيرانية»: a state named after an outlet's name is the outlet's country,
    // not a party speaking.
    // (Its last letters «يه» tested first: most names end otherwise, and are let through without cutting them out.)
    if (
      normal.charCodeAt(nameEnd - 1) === HEH &&
      normal.charCodeAt(nameEnd - 2) === YEH &&
      ADJECTIVE_FORM.test(normal.slice(nameStart, nameEnd)) &&
      OUTLET_BEFORE.test(normal.slice(Math.max(0, nameStart - 30), nameStart))
    )
      continue;
    // «أحد المعلقين الأمريكيين», «مغرد إيراني», «الناشطين الروس»: the nationality of a commentator, a reader or an
    // activist, who speaks for no party.
    // (Only a name in the form of a nationality adjective: «خلال مؤتمر صحفي |الإبراهيمي» is no journalist's, nor is
    // «صحفي» there a journalist.)
    if (
      NATIONALITY_FORM.test(normal.slice(nameStart, nameEnd)) &&
      PRIVATE_PERSON_BEFORE.test(normal.slice(Math.max(0, nameStart - 16), nameStart))
    )
      continue;
    // «الائتلاف المدعوم من السعودية», «المعارضة التي تدعمها واشنطن»: the backer of a party named before it qualifies
    // that party and holds nothing the sentence says (nor the state coordinated with it: «المدعوم من روسيا وإيران»).
    // The party backed reaches over its backer, so that a verb after the backer still has it as its subject («النظام
    // المدعوم من روسيا يرفض …» is the government's refusal).
    if (backedBy(normal, nameStart, backerEnd)) {
      const last = mentions.length > 0 ? mentions[mentions.length - 1] : undefined;
      if (
        last &&
        (last.end === backerEnd ? AND_ONLY.test(normal.slice(last.end, nameStart)) : BACKER_BETWEEN.test(normal.slice(last.end, nameStart)))
      )
        last.end = nameEnd;
      backerEnd = nameEnd;
      continue;
    }
    const flags = entries[entry + ENTRY_FLAGS]!;
    addMerged(
      mentions,
      normal,
      dated
        ? {
            start: nameStart,
            end: nameEnd,
            actor: dated.actor,
            party: dated.party,
            person: dated.person,
            speakerOnly: dated.speakerOnly,
            place: dated.place,
          }
        : {
            start: nameStart,
            end: nameEnd,
            actor: names[entries[entry + ENTRY_ACTOR]!]!,
            party: names[entries[entry + ENTRY_PARTY]!]!,
            person: (flags & PERSON) !== 0,
            speakerOnly: (flags & SPEAKER_ONLY) !== 0,
            place: (flags & PLACE) !== 0,
          },
    );
  }
  // «المعارضة المدعومة من الغرب تحاول فرض شروط»: a backer the lexicon does not name qualifies the party before it as
  // a named one does (backedBy), so the party reaches over it to the verb it is the subject of.
  // (Read only after a mention with «دعوم» within 60 characters: the word searched for along the mentions, which
  // do not overlap, rather than a slice taken after each.)
  let backed = mentions.length > 0 ? normal.indexOf("دعوم", mentions[0]!.end) : -1;
  for (let k = 0; k < mentions.length && backed >= 0; k++) {
    const m = mentions[k]!;
    while (backed >= 0 && backed < m.end) backed = normal.indexOf("دعوم", backed + 1);
    if (backed < 0 || backed + 4 > m.end + 60) continue;
    const backer = UNNAMED_BACKER_AFTER.exec(normal.slice(m.end, m.end + 60));
    const next = mentions[k + 1];
    if (backer !== null && (next === undefined || next.start >= m.end + backer[0].length)) m.end += backer[0].length;
  }
  return mentions;
}

/**
 * Actor mentions per sentence, found the first time a sentence is asked about. Sentences with nothing but
 * spaces or commas between them (a long sentence cut in pieces, a list) are read together as one stretch, since
 * a name, or the merge of a title with the name after it, can run across them; elsewhere stretches are
 * independent, so reading one stretch gives what reading the whole article would.
 * Example: new SentenceMentions(normal, lexicon, 2014, ends, all, kept).in(0) → the mentions of kept sentence 0
 */
/** The regex of two sides named by their adjectives (withSides), built once per table of sides. */
const SIDES_NAMED = new WeakMap<ReadonlyMap<string, string>, RegExp>();
/**
 * «الجانبين الروسي والأمريكي», «الطرفان الإيراني والسوري», «البلدين»: group 1 the noun of the sides and its space,
 * group 2 the adjectives.
 */
function sidesNamed(table: ReadonlyMap<string, string>): RegExp {
  let re = SIDES_NAMED.get(table);
  if (!re) {
    const adjective = `(?:ال)?${adjectiveSource(table)}(?:ه|ا)?`;
    re = new RegExp(
      `(?<![\\u0621-\\u064A])[وبل]?((?:ال)?(?:جانبان|جانبين|طرفان|طرفين|بلدان|بلدين)\\s+)(${adjective}(?:\\s+و${adjective})+)(?![\\u0621-\\u064A])`,
      "g",
    );
    SIDES_NAMED.set(table, re);
  }
  return re;
}

export class SentenceMentions {
  private readonly found: Array<Mention[] | undefined>;
  /** The lexicon's flat surfaces, looked up (in a WeakMap) once per article rather than once per stretch. */
  private flat: FlatSurfaces | undefined;

  constructor(
    private readonly normal: string,
    private readonly lexicon: Lexicon,
    readonly year: number | null,
    /** Where a name's first word may end, over all the sentences (KeywordPresence.reportedEnds). */
    private readonly firstWordEnds: readonly number[],
    /** Every sentence scanned for those ends. */
    private readonly all: readonly Sentence[],
    /** The indices in `all` of the sentences asked about, by their own index. */
    private readonly kept: readonly number[],
    /**
     * Whether kept sentence si may teach a name (it holds an office word: the keyword scan's `office` slot); without
     * it every kept sentence is read for names.
     */
    private readonly mayTeach: (si: number) => boolean = () => true,
  ) {
    this.found = new Array<Mention[] | undefined>(all.length);
    this.taught = new Array<readonly Mention[] | undefined>(all.length);
  }

  /** Per sentence of `all`: its mentions with the names the article taught added (in()). */
  private readonly taught: Array<readonly Mention[] | undefined>;
  /** The names the article teaches, once read (learntNames). */
  private learnt: LearntName[] | undefined;

  /**
   * The people the lexicon does not know whom the article introduces by an office in a party it knows: each name in
   * apposition to such a title in a kept sentence, found once per article (reading the names of every kept sentence
   * that holds an office word).
   */
  private learntNames(): LearntName[] {
    if (this.learnt) return this.learnt;
    const out: LearntName[] = [];
    for (let si = 0; si < this.kept.length; si++) {
      if (!this.mayTeach(si)) continue;
      const s = this.all[this.kept[si]!]!;
      const named = this.lexiconNamesIn(si);
      for (const m of named) {
        const name = nameInApposition(this.normal, m, s.start, s.end, named);
        if (name && !out.some((n) => n.words.join(" ") === name.words.join(" "))) out.push(name);
      }
    }
    return (this.learnt = out);
  }

  /** The article's body called «الهيئة» (body()), once looked for. */
  private bodyOf: Mention | null | undefined;
  /** The Arab League a bare «الجامعة» stands for (leagueOf), once looked for. */
  private leagueOf: Mention | null | undefined;
  /** The UN's Secretary-General a bare «الأمين العام» stands for (secretaryOf), once looked for. */
  private secretaryOf: Mention | null | undefined;
  /** The UN's Secretary-General a bare «بان» stands for (banOf), once looked for. */
  private banOf: Mention | null | undefined;
  /** The ministries of foreign affairs the article names in full (ministriesNamed), once looked for. */
  private ministries: MinistriesNamed | undefined;

  /**
   * Whether sentence i of `all` continues the stretch of the one before. A name runs over spaces only, a merge
   * over spaces and commas: from the last letter of one sentence to the first of the next there must be nothing
   * else for either to cross (a full stop ends the stretch). Asked only around the sentences read, since most
   * articles have few.
   */
  private joinsPrevious(i: number): boolean {
    const { normal, all } = this;
    let a = all[i - 1]!.end;
    while (a > 0 && joinable(normal.charCodeAt(a - 1))) a--;
    let b = a;
    while (b < normal.length && joinable(normal.charCodeAt(b))) b++;
    return a > 0 && WORD_CHAR[normal.charCodeAt(a - 1)] === 1 && b >= all[i]!.start && WORD_CHAR[normal.charCodeAt(b)] === 1;
  }

  /**
   * The last mention of kept sentence si - 1 if it runs on past the start of kept sentence si («مجموعة أصدقاء ⏎
   * سوريا»: a line cut inside a name). A mention covers its own span whole, and every character of a span is a
   * letter of its first word (WORD_CHAR), of one of its alias's other words, white space between them, or white
   * space and commas between two merged mentions (spanChars). One of sentence si - 1 that ends past the start of si
   * starts before the end of si - 1, so it covers all from the last character of si - 1 to the first of si: where
   * one of those is no span character (mostly the full stop ending si - 1), no mention runs over, and the
   * mentions of si - 1 need not be found for this.
   */
  cutInto(si: number): Mention | undefined {
    if (!this.mayRunInto(si)) return undefined;
    const cut = this.in(si - 1).at(-1);
    return cut && cut.end > this.all[this.kept[si]!]!.start ? cut : undefined;
  }

  /**
   * Whether a mention of a kept sentence before si may run on past the start of kept sentence si: one does only
   * where every character from the last of si - 1 to the first of si is a span character (see cutInto).
   */
  mayRunInto(si: number): boolean {
    if (si === 0) return false;
    const { normal, all, kept } = this;
    const allowed = (this.flat ??= flatSurfaces(this.lexicon)).spanChars;
    for (let i = all[kept[si - 1]!]!.end - 1, to = all[kept[si]!]!.start; i <= to; i++)
      if (allowed[normal.charCodeAt(i)] === 0) return false;
    return true;
  }

  /**
   * The mentions starting in kept sentence si, in text order: the lexicon's names, and the names the article taught
   * (learntNames: «قال فريدون سينيرلي أوغلو، وزير الخارجية التركي، …» makes a later «وأضاف سينيرلي أوغلو» Turkey's).
   */
  in(si: number): readonly Mention[] {
    const index = this.kept[si]!;
    const known = this.taught[index];
    if (known) return known;
    const raw = this.lexiconNamesIn(si);
    const names = this.learntNames();
    const s = this.all[index]!;
    return (this.taught[index] = names.length === 0 ? raw : withLearntNames(this.normal, raw, s.start, s.end, names));
  }

  /** The names the lexicon knows starting in kept sentence si, in text order (what findMentions finds there). */
  lexiconNamesIn(si: number): readonly Mention[] {
    return this.namesInAny(this.kept[si]!);
  }

  /**
   * The names the lexicon knows in sentence `index` of all the sentences, kept or not: a sentence dropped as about
   * other talks is read only for who it makes the subject (see Frames' dropped subjects).
   */
  namesInAny(index: number): readonly Mention[] {
    const known = this.found[index];
    if (known) return known;
    const { all, firstWordEnds } = this;
    let first = index;
    while (first > 0 && this.joinsPrevious(first)) first--;
    let last = index;
    while (last + 1 < all.length && this.joinsPrevious(last + 1)) last++;
    const from = all[first]!.start;
    const to = all[last]!.end;
    const mentions = mentionsAt(
      this.normal,
      (this.flat ??= flatSurfaces(this.lexicon)),
      this.year,
      firstWordEnds,
      firstAtOrAfter(firstWordEnds, from + 1),
      firstAtOrAfter(firstWordEnds, to + 1),
    );
    let k = 0;
    for (let i = first; i <= last; i++) {
      const list: Mention[] = [];
      while (k < mentions.length && mentions[k]!.start < all[i]!.end) list.push(mentions[k++]!);
      const s = all[i]!;
      const read = ownKingdom(
        this.normal,
        () => this.homeKingdom(),
        withAgencySource(
          this.normal,
          this.withMinistry(
            this.withSurnames(
              this.withBan(
                this.withSecretary(
                  this.withBody(this.withCouncil(this.withLeague(this.withSides(this.withGatherings(list), s), s), s), s),
                  s,
                ),
                s,
              ),
              s,
            ),
            s,
          ),
          s.start,
          s.end,
          this.lexicon,
          (w) => this.holds(w, s.start, s.end),
        ),
      );
      // (Most sentences name no former official: only those holding «سابق» or «منشق» are read for one.)
      const current =
        this.holds("سابق", s.start, s.end) || this.holds("اسبق", s.start, s.end) || this.holds("منشق", s.start, s.end)
          ? withoutFormer(this.normal, read)
          : read;
      // (Only sentences holding «ممثل»/«متمثل» may name the body the opposition is represented by.)
      this.found[i] =
        this.holds("ممثل", s.start, s.end) || this.holds("متمثل", s.start, s.end)
          ? withRepresented(this.normal, current, this.lexicon)
          : current;
    }
    return this.found[index]!;
  }

  /** The kingdom a bare «المملكة» of this article means where no kingdom is named before it (homeKingdom). */
  private home: string | null | undefined;

  /**
   * Jordan, in an article that names Jordan and never Saudi Arabia (its name, its capital, its ministers): there a
   * bare «المملكة» is Jordan's, whoever says it («وقال الناطق باسم الحكومة إن المملكة تدعو …»); else null, and the
   * lexicon's default (Saudi Arabia) stands. Asked only of a bare «المملكة», the article searched once.
   */
  private homeKingdom(): string | null {
    if (this.home !== undefined) return this.home;
    const jordan = this.holds("اردن", 0, this.normal.length) && !SAUDI_NAMED.test(this.normal);
    return (this.home = jordan ? "jordan" : null);
  }

  /** Per word the sentence gates look for, where it occurs in the article (holds). */
  private readonly occurrences = new Map<string, number[]>();

  /**
   * Whether `word` occurs in normal[from, to): the gates of the readings added to a sentence's names, without the
   * copy of the sentence a slice would make for each, the article searched once per word.
   */
  private holds(word: string, from: number, to: number): boolean {
    let list = this.occurrences.get(word);
    if (!list) this.occurrences.set(word, (list = occurrencesOf(this.normal, word)));
    const k = firstAtOrAfter(list, from);
    return k < list.length && list[k]! + word.length <= to;
  }

  /** The article's body called «الهيئة» (bodyOf), found once. */
  private body(): Mention | null {
    if (this.bodyOf === undefined) this.bodyOf = bodyOf(this.normal, this.lexicon);
    return this.bodyOf;
  }

  /**
   * Sentence s's mentions with two sides named by their adjectives read as their parties: «إن الجانبين الروسي
   * والأمريكي متفقان», «الطرفان الإيراني والسوري», «البلدين السعودي والتركي» (the one side, «الجانب الروسي», is the
   * lexicon's own name).
   */
  private withSides(list: Mention[], s: Sentence): Mention[] {
    if (!this.holds("جانب", s.start, s.end) && !this.holds("طرف", s.start, s.end) && !this.holds("بلد", s.start, s.end)) return list;
    const table = sideNationalities(this.lexicon);
    const sides = sidesNamed(table);
    const added: Mention[] = [];
    for (const m of this.normal.slice(s.start, s.end).matchAll(sides)) {
      const at = s.start + m.index + m[0].length - m[2]!.length;
      // (The first side's name starts at «الجانبين», the subject a clause opens with: «إن الجانبين الروسي والأمريكي …».)
      nationalityMentions(m[2]!, at, table).forEach((side, k) => {
        if (k === 0) side.start = at - m[1]!.length;
        if (!list.some((x) => x.start < side.end && side.start < x.end)) added.push(side);
      });
    }
    return added.length === 0 ? list : [...list, ...added].sort((a, b) => a.start - b.start);
  }

  /** Sentence s's mentions with its bare «الجامعة» read as the Arab League (withBareLeague). */
  private withLeague(list: Mention[], s: Sentence): Mention[] {
    if (!this.holds("جامعه", s.start, s.end)) return list;
    if (this.leagueOf === undefined) this.leagueOf = leagueOf(this.normal, this.lexicon);
    return withBareLeague(this.normal, list, s.start, s.end, this.leagueOf);
  }

  /** Sentence s's mentions with its bare «الأمين العام» read as the UN's (withBareSecretary). */
  private withSecretary(list: Mention[], s: Sentence): Mention[] {
    if (!this.holds("الامين العام", s.start, s.end)) return list;
    if (this.secretaryOf === undefined) this.secretaryOf = secretaryOf(this.normal, this.lexicon);
    return this.secretaryOf ? withBareSecretary(this.normal, list, s.start, s.end, this.secretaryOf) : list;
  }

  /** Sentence s's mentions with its bare «المجلس» read as the council named last before it (councilBefore). */
  private withCouncil(list: Mention[], s: Sentence): Mention[] {
    if (!this.holds("مجلس", s.start, s.end)) return list;
    return withBareNoun(this.normal, list, s.start, s.end, BARE_COUNCIL, (_m, start) => councilBefore(this.normal, start, this.lexicon));
  }

  /** The people the article names in full who have a surname (actors.json «surname»), once looked for. */
  private surnamed: SurnameNamed[] | undefined;

  /** Sentence s's mentions with each bare surname, after its bearer's full name, read as he (withSurnames). */
  private withSurnames(list: Mention[], s: Sentence): Mention[] {
    const named = (this.surnamed ??= surnamesNamed(this.normal, this.lexicon));
    return named.length === 0 ? list : withSurnames(this.normal, list, s.start, s.end, named);
  }

  /** Sentence s's mentions with a bare «بان» that is his name read as the UN's Secretary-General (withBareBan). */
  private withBan(list: Mention[], s: Sentence): Mention[] {
    if (!this.holds("بان", s.start, s.end)) return list;
    if (this.banOf === undefined) this.banOf = banOf(this.normal, this.lexicon);
    return withBareBan(this.normal, list, s.start, s.end, this.banOf);
  }

  /** Sentence s's mentions with its bare «الخارجية», «وزارة الخارجية», «الوزارة» read as a ministry named before (withBareMinistry). */
  private withMinistry(list: Mention[], s: Sentence): Mention[] {
    if (!this.holds("خارجيه", s.start, s.end) && !this.holds("الوزاره", s.start, s.end)) return list;
    this.ministries ??= ministriesNamed(this.normal, this.lexicon);
    return withBareMinistry(this.normal, list, s.start, s.end, this.ministries);
  }

  /** Per city (normal form), whether the article tells of the opposition meeting there (oppositionMetIn). */
  private readonly metIn = new Map<string, boolean>();

  /** A sentence's mentions with each city naming a gathering read as the opposition that met there, or no one (withGatheringCities). */
  private withGatherings(list: Mention[]): Mention[] {
    if (!list.some((m) => m.place)) return list;
    return withGatheringCities(this.normal, list, this.lexicon, (city) => {
      let met = this.metIn.get(city);
      if (met === undefined) this.metIn.set(city, (met = oppositionMetIn(this.normal, city)));
      return met;
    });
  }

  /** Sentence s's mentions with its bare «الهيئة» read as the article's body (withBody). */
  private withBody(list: Mention[], s: Sentence): Mention[] {
    if (!this.holds("هيئه", s.start, s.end)) return list;
    const body = this.body();
    return body ? withBody(this.normal, list, s.start, s.end, body) : list;
  }
}

/**
 * An unnamed source («مصدر رسمي», «مصدر مسؤول», «مصدر في وزارة الخارجية», «مصادر حكومية»): group 1 is its clitic,
 * group 2 the office it is in (left out of the name, as «مصدر في الخارجية السورية» is read).
 */
const UNNAMED_SOURCE =
  /(?<![\u0621-\u064A])([وفب]?)(?:ال)?(?:مصدر|مصادر)(?:\s+(?:رسمي|رسميه|مسؤول|مسؤوله|حكومي|حكوميه|مطلع|مطلعه))?(\s+في\s+(?:وزاره\s+)?(?:الخارجيه|الحكومه|الرئاسه))?(?![\u0621-\u064A])/g;
/** Syria's state news agency, SANA, then what lies between it and «عن» and the source it quotes («نقلت سانا عن |مصدر …»). */
const AGENCY_QUOTING =
  /(?:سانا|وكاله\s+الانباء\s+السوريه|الوكاله\s+العربيه\s+السوريه\s+للانباء)\s*["»)]?(?:\s+[^\s.،,؛:]+){0,4}?\s+(?:نقلا\s+)?عن\s+$/;
/** SANA right after a source speaking to it («مصدر رسمي| لوكالة الأنباء السورية "سانا"», «… لـ"سانا"»). */
const TO_AGENCY =
  /^\s+(?:لل|ل)\s*ـ?\s*["«]?\s*(?:وكاله\s+(?:الانباء\s+(?:السوريه|الرسميه)|سانا)|سانا|وكاله\s+["«]?\s*سانا|الوكاله\s+العربيه\s+السوريه)/;
/** The Syrian government, as the source quoted by its news agency is read. */
const SYRIAN_SOURCE: Omit<Mention, "start" | "end"> = {
  actor: "syrian_government",
  party: "syrian_government",
  person: false,
  speakerOnly: false,
  place: false,
};

/**
 * The mentions `list` of normal[from, to) with an unnamed source quoted by Syria's state news agency, SANA, read as the
 * Syrian government: «قال مصدر رسمي لوكالة الأنباء السورية "سانا" إن …», «نقلت سانا عن مصدر في وزارة الخارجية أن …».
 * The agency speaks for the state, and so does the official it quotes unnamed; another's source is named with its body
 * («مصدر في الخارجية الروسية») and read as such.
 * (Read only where the stretch names both a source and the agency.)
 */
function withAgencySource(
  normal: string,
  list: Mention[],
  from: number,
  to: number,
  lexicon: Lexicon,
  has: (word: string) => boolean = (word) => normal.slice(from, to).includes(word),
): Mention[] {
  if (!has("مصدر") && !has("مصادر")) return list;
  if (!has("سانا") && !has("الانباء السوريه") && !has("العربيه السوريه")) return list;
  if (!lexicon.parties.some((p) => p.id === "syrian_government")) return list;
  const text = normal.slice(from, to);
  let out = list;
  UNNAMED_SOURCE.lastIndex = 0;
  for (let m = UNNAMED_SOURCE.exec(text); m; m = UNNAMED_SOURCE.exec(text)) {
    const start = from + m.index + m[1]!.length;
    const end = from + m.index + m[0].length - (m[2]?.length ?? 0);
    if (
      !AGENCY_QUOTING.test(normal.slice(Math.max(from, start - 90), start)) &&
      !TO_AGENCY.test(normal.slice(from + m.index + m[0].length, Math.min(to, end + 60)))
    )
      continue;
    if (out.some((x) => x.start < end && start < x.end)) continue;
    if (out === list) out = [...list];
    out.push({ ...SYRIAN_SOURCE, start, end });
  }
  if (out !== list) out.sort((a, b) => a.start - b.start);
  return out;
}

/** Where `word` occurs in `normal`, in increasing order. */
function occurrencesOf(normal: string, word: string): number[] {
  const out: number[] = [];
  for (let at = normal.indexOf(word); at >= 0; at = normal.indexOf(word, at + 1)) out.push(at);
  return out;
}

/** A bare «المملكة» (with a clitic), no name of which kingdom after it. */
const BARE_KINGDOM = /^[وفبل]?(?:ل(?=ل))?(?:ال|ل)مملكه$/;
/** The kingdoms a speaker may call «المملكة»: the lexicon reads a bare «المملكة» as Saudi Arabia's by default. */
const KINGDOMS = new Set(["saudi_arabia", "jordan"]);
/**
 * Saudi Arabia named in an article (normal forms): its name, its capital (not «رياض حجاب», nor «الرياضة»), its
 * foreign ministers of the period, its kings' titles («خادم الحرمين الشريفين», «الملك سلمان», «… بن عبد العزيز»).
 */
/** «السابق», «الأسبق», «المنشق» right after a title: «وزير الخارجية الفرنسي |السابق», «السفير السوري |المنشق». */
const FORMER_AFTER = new RegExp(String.raw`^\s+${FORMER}(?![\u0621-\u064A])`);
/**
 * An office, then «السابق» (and where he served), right before a name: «الأمين العام السابق |للأمم المتحدة», «… السابق
 * ل|جامعة الدول العربية», «الممثل الأعلى السابق للسياسة الخارجية في |الاتحاد الأوروبي».
 */
const OFFICE_THEN_FORMER_BEFORE = new RegExp(
  String.raw`(?:^|\s)[وفبل]?${OFFICE}(?:\s+[^\s،,.؛:]+){0,2}?\s+${FORMER}\s+(?:(?:لدي|في)\s+[^\s،,.؛:]+\s+|ل[^\s،,.؛:]+(?:\s+[^\s،,.؛:]+){0,2}?\s+(?:في|لدي)\s+)?ل?$`,
);
/** «السابق لدى», «السابق في» right before a name: the post of the former official named before. */
const POST_OF_FORMER_BEFORE = new RegExp(String.raw`(?:^|\s)${FORMER}\s+(?:لدي|في)\s+$`);
/** A name that opens on an office word: a title («السفير الأمريكي»). */
const OFFICE_OPENS = new RegExp(String.raw`^[وفبل]?${OFFICE}\s`);
/** Between a former title and the person's name: «السابق», where he served, up to two more words of his name. */
const NAME_AFTER_FORMER_GAP = new RegExp(
  String.raw`^\s+(?:${FORMER}\s+)?(?:(?:لدي|في)\s+[^\s،,.؛:]+\s+)?(?:(?!(?:ان|انه|انها|بان|عن|قوله|قولها|قال|قالت)\s)[\u0621-\u064A]+\s+){0,2}$`,
);
/**
 * A former office in a comma aside right after a person's name: «روبرت فورد|، السفير الأمريكي السابق في دمشق،» (not
 * a second office joined by «و» to a present one, before it or after it: «…، نائب الوزير والسفير السابق …», «…، وزير
 * الخارجية الأسبق ومستشار المرشد …»).
 */
const FORMER_APPOSITION_AFTER = new RegExp(
  String.raw`^\s*[،,]\s*${OFFICE}(?![\u0621-\u064A])(?:\s+(?!و)[^\s،,.؛:]+){0,3}?\s+${FORMER}(?![\u0621-\u064A])(?![^،,.؛:]{0,60}\sو${OFFICE}(?![\u0621-\u064A]))`,
);
/** A word of a former office («السابق», …) as a word of its own (currentOfficeBefore). */
const FORMER_WORD = new RegExp(String.raw`${FORMER}(?![\u0621-\u064A])`);
/** Office words, counted in a title (currentOfficeBefore). */
const OFFICE_WORDS = new RegExp(OFFICE_WORD.source, "g");
/**
 * Whether the former title at `m` follows another office in the same title, no punctuation between (the man holds
 * that one now): two office words or more in the 70 characters up to «السابق/الأسبق».
 */
function currentOfficeBefore(normal: string, m: Mention): boolean {
  const text = normal.slice(Math.max(0, m.start - 70), m.end + 12);
  const upTo = text.search(FORMER_WORD);
  const title = (upTo < 0 ? text : text.slice(0, upTo)).split(/[،,.؛:]/).pop()!;
  return (title.match(OFFICE_WORDS) ?? []).length >= 2;
}
/** Between the opposition and the body it is represented by: «، ممثلة بـ», «، متمثلة في». */
const REPRESENTED_BY_GAP = /^\s*[،,]?\s*(?:ال)?(?:ممثل|متمثل)[\u0621-\u064A]{0,2}\s+(?:ب|في\s+)?$/;

/**
 * The mentions `list` with a wider side (the opposition named in general) read as the body within it (actors.json
 * «within») it is said to be represented by right after it: «وتصر المعارضة السورية، ممثلة بالائتلاف الوطني، على …»
 * is the Coalition's demand.
 */
function withRepresented(normal: string, list: Mention[], lexicon: Lexicon): Mention[] {
  let out = list;
  for (let k = 0; k + 1 < list.length; k++) {
    const m = list[k]!;
    const next = list[k + 1]!;
    if (lexicon.partyWithin.get(next.party) !== m.party || next.start < m.end) continue;
    if (!REPRESENTED_BY_GAP.test(normal.slice(m.end, next.start))) continue;
    if (out === list) out = [...list];
    out[k] = { ...m, party: next.party, actor: next.actor };
  }
  return out;
}

/** Parties whose former leaders still speak as their members (a former president of the Coalition is of it). */
const FORMER_STILL_MEMBER = new Set(["national_coalition", "hnc", "ncb", "syrian_opposition", "kurdish_groups", "hezbollah"]);

/**
 * A sentence's mentions without the former officials of states and of the UN (CONTRACT.md: a person rolls up to the
 * party he speaks for, and a retired ambassador or minister speaks for none): a title followed by «السابق» («وزير
 * الخارجية الفرنسي السابق», «وزيرة الخارجية الأمريكية السابقة»), a body named after an office and «السابق» («الأمين
 * العام السابق للأمم المتحدة»), and a person named right after either («… كوفي أنان», «السفير الأمريكي السابق لدى
 * سوريا روبرت فورد»). Opposition bodies keep theirs (FORMER_STILL_MEMBER). A document of a party («البيان الروسي
 * السابق», no office) is not a former official.
 * Example: mentions of "وقال وزير الخارجية الفرنسي السابق إن …" → []
 */
function withoutFormer(normal: string, list: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  let former: Mention | undefined;
  for (const m of list) {
    const before = normal.slice(Math.max(0, m.start - 60), m.start);
    const titleFormer =
      (FORMER_AFTER.test(normal.slice(m.end, m.end + 12)) &&
        (m.person || OFFICE_RIGHT_BEFORE.test(before) || OFFICE_OPENS.test(normal.slice(m.start, m.end)))) ||
      OFFICE_THEN_FORMER_BEFORE.test(before) ||
      (m.person && FORMER_APPOSITION_AFTER.test(normal.slice(m.end, m.end + 70)));
    const isFormer =
      // («مستشار المرشد … وزير الخارجية الأسبق علي أكبر ولايتي», «نائب وزير الخارجية الروسي والسفير السابق»: a former
      // post of a man in office, another office named before it in his title.)
      (titleFormer && !currentOfficeBefore(normal, m)) ||
      // The person named right after the former title, only his title's rest between («السابق لدى سوريا روبرت فورد»;
      // not «وزير الخارجية الفرنسي السابق إن لافروف …»: whom he speaks of).
      (former !== undefined && m.person && m.start - former.end < 40 && NAME_AFTER_FORMER_GAP.test(normal.slice(former.end, m.start)));
    if (isFormer && !FORMER_STILL_MEMBER.has(m.party)) {
      former = m;
      continue;
    }
    // (Nor where he served, named inside his title: «السفير الأمريكي السابق لدى |سوريا| روبرت فورد».)
    if (former !== undefined && POST_OF_FORMER_BEFORE.test(before)) continue;
    out.push(m);
  }
  return out;
}

const SAUDI_NAMED = /سعود|جبير|الحرمين|الملك\s+سلمان|عبد\s?العزيز|(?:^|[^\u0621-\u064A])(?:[وفب]?ال|لل)رياض(?![\u0621-\u064A])/;

/**
 * A bare «المملكة» is the kingdom of the one speaking of it: where the last kingdom named before it in the sentence
 * is another («وقال وزير الخارجية ناصر جودة إن المملكة تدعو …»), it is that kingdom.
 */
function ownKingdom(normal: string, home: () => string | null, list: Mention[]): Mention[] {
  let out = list;
  for (let i = 0; i < list.length; i++) {
    const m = list[i]!;
    if (!KINGDOMS.has(m.party) || !BARE_KINGDOM.test(normal.slice(m.start, m.end))) continue;
    // The last kingdom named before it in the sentence, past others named between («… ناصر جودة أكد خلال لقائه
    // الإبراهيمي في عمان أن … وأن المملكة …»); with none, the article's own kingdom (homeKingdom).
    let k = i - 1;
    while (k >= 0 && !KINGDOMS.has(list[k]!.party)) k--;
    const party = k >= 0 ? list[k]!.party : home();
    if (!party || party === m.party) continue;
    if (out === list) out = [...list];
    out[i] = { ...m, actor: party, party };
  }
  return out;
}

/**
 * A gathering or its statement right before a city (normal forms), a quotation mark between: «بيان |الرياض|»,
 * «مؤتمر |القاهرة|», «البيان الختامي لمؤتمر |الرياض|», «وثيقة مؤتمر |القاهرة|». Not talks («محادثات موسكو»), a summit
 * of states («قمة الرياض»), nor «إعلان» (also the state announcing: «رحبت طهران بإعلان الرياض استعدادها …»).
 */
const GATHERING_NAMED_BEFORE =
  /(?:^|\s)(?:[وفبل]?(?:ال|لل)?(?:بيان|وثيقه|مخرجات|مقررات)(?:\s+(?:ال)?ختامي)?\s+)?[وفبل]?(?:ال|لل)?(?:بيان|مؤتمر|اجتماع|اجتماعات|لقاء|ملتقي|وثيقه|مخرجات|مقررات)\s*["«]?\s*$/;
/** A gathering's noun, its pronoun allowed («اجتماعاتها»), or a verb of meeting («اجتمعوا»), as a pattern source. */
const GATHERING_WORD = String.raw`[وفبل]?(?:ال|لل)?(?:مؤتمر|اجتماع|اجتماعات|لقاء|ملتقي|اجتمع|اجتمعت|اجتمعوا|التقت|التقوا)(?:ه|ها|هم)?`;
/** The opposition named by its common noun («المعارضة», «للمعارضة», «المعارضين»), as a pattern source. */
const OPPOSITION_WORD = String.raw`[وفبل]?(?:ال|لل)?معارض(?:ه|ين|ون)`;
/** A word within a clause, as a pattern source. */
const CLAUSE_WORD = String.raw`[^\s.،,؛:!?؟]+`;
/**
 * Whether the article tells of the opposition meeting in `city` (a normal form): its gathering with the city after
 * «في» in the same clause («اختتم مؤتمر المعارضة السورية الموسع في الرياض», «المعارضين الذين اجتمعوا في الرياض»), or
 * the gathering named by the city and the opposition right after («مؤتمر القاهرة للمعارضة السورية»).
 * Example: ("اختتم مؤتمر المعارضة السورية في الرياض أعماله …", "الرياض") → true
 */
function oppositionMetIn(normal: string, city: string): boolean {
  const bare = escapeRegExp(city.replace(/^ال/, ""));
  const where = String.raw`(?:\s+${CLAUSE_WORD}){0,6}?\s+(?:في\s+(?:${CLAUSE_WORD}\s+){0,2}?[وف]?(?:ال)?|[وف]?بال)${bare}(?![\u0621-\u064A])`;
  const met = new RegExp(
    String.raw`(?<![\u0621-\u064A])(?:${GATHERING_WORD}(?:\s+${CLAUSE_WORD}){0,4}?\s+${OPPOSITION_WORD}|${OPPOSITION_WORD}(?:\s+${CLAUSE_WORD}){0,4}?\s+${GATHERING_WORD})${where}` +
      String.raw`|(?<![\u0621-\u064A])${GATHERING_WORD}\s+["«]?(?:ال)?${bare}["»]?(?:\s+${CLAUSE_WORD})?\s+${OPPOSITION_WORD}(?![\u0621-\u064A])`,
  );
  return met.test(normal);
}

/** Between a gathering's city and the body it was of: a quotation mark, an adjective («مؤتمر القاهرة" |للمعارضة», «مؤتمر الرياض الموسع |للمعارضة»). */
const BODY_OF_GATHERING_GAP = /^\s*["»]?\s+(?:ال[\u0621-\u064A]+\s+)?$/;
/** The generic opposition's party id (CONTRACT.md: the opposition named with no organisation). */
const OPPOSITION = "syrian_opposition";

/**
 * Before a gathering named by its city, where it is the one acting or speaking: a clause opening («وكان |», «، |»,
 * «أن |»), not a preposition («منذ مؤتمر الرياض», «المنبثقة عن مؤتمر الرياض») nor a noun it is the genitive of
 * («تمثيلية مؤتمر الرياض»); a verb of saying right before is read through the lexicon (speechVerb).
 */
const GATHERING_ACTS_BEFORE = /(?:^|[.،,:؛!?؟\n(]\s*)[وف]?(?:(?:كان|كانت)\s+)?(?:(?:ان|بان|لكن|اذ)\s+)?$/;

/**
 * The mentions `list` with each state's city naming a gathering or its statement (GATHERING_NAMED_BEFORE) read as the
 * opposition that met there (`metIn`, oppositionMetIn) where the gathering acts or speaks (GATHERING_ACTS_BEFORE, or a
 * verb of saying before it), else as no one: «بيان الرياض», «مؤتمر القاهرة» are the meeting's, not Saudi Arabia's or
 * Egypt's («وقالت الرياض …», «في الرياض» stay as they were). Where its body is named right after («مؤتمر الرياض
 * للمعارضة السورية») that one says whose it was.
 * Example: "… مؤتمر المعارضة السورية في الرياض … وأكد بيان الرياض أن …" → the second «الرياض» is syrian_opposition
 */
function withGatheringCities(normal: string, list: Mention[], lexicon: Lexicon, metIn: (city: string) => boolean): Mention[] {
  let out = list;
  for (let i = list.length - 1; i >= 0; i--) {
    const m = list[i]!;
    const from = Math.max(0, m.start - 48);
    const gathering = m.place ? GATHERING_NAMED_BEFORE.exec(normal.slice(from, m.start)) : null;
    if (!gathering) continue;
    if (out === list) out = [...list];
    const opens = from + gathering.index + (gathering[0].length - gathering[0].trimStart().length);
    const next = list[i + 1];
    const bodyAfter = next && normal.startsWith("ل", next.start) && BODY_OF_GATHERING_GAP.test(normal.slice(m.end, next.start));
    const acts =
      GATHERING_ACTS_BEFORE.test(normal.slice(Math.max(0, opens - 24), opens)) ||
      matchesIn(lexicon.speechVerb, normal, Math.max(0, opens - 24), opens).some((v) =>
        /^\s*$/.test(normal.slice(v.index + v.text.length, opens)),
      );
    if (!bodyAfter && acts && metIn(normal.slice(m.start, m.end)) && lexicon.parties.some((p) => p.id === OPPOSITION))
      out[i] = { ...m, actor: OPPOSITION, party: OPPOSITION, place: false };
    else out.splice(i, 1);
  }
  return out;
}

/** The Arab League named in full: «جامعة الدول العربية», «الجامعة العربية». */
const LEAGUE_NAMED = /جامعه\s+الدول\s+العربيه|الجامعه\s+العربيه/;
/**
 * A bare «الجامعة» («للجامعة», «وترى الجامعة»): group 1 is its clitic (and «ل» of «لل»); not one qualified by what
 * follows («الجامعة الأمريكية», «الجامعة اللبنانية», «جامعة دمشق»), a university.
 */
const BARE_LEAGUE =
  /(?<![\u0621-\u064A])([وفب]?(?:ل(?=ل))?)(?:ال|ل)جامعه(?![\u0621-\u064A])(?!\s+(?:ال)?[\u0621-\u064A]+يه(?![\u0621-\u064A]))/g;

/**
 * A bare «المجلس» («وقال رئيس المجلس», «عضو الأمانة العامة للمجلس»): group 1 is its clitic (and «ل» of «لل»); not one
 * an adjective or a genitive names («المجلس الوطني السوري», «المجلس الأعلى», «مجلس الأمن»).
 */
const BARE_COUNCIL =
  /(?<![\u0621-\u064A])([وفب]?(?:ل(?=ل))?)(?:ال|ل)مجلس(?![\u0621-\u064A])(?!\s+(?:ال(?!(?:ي|ا|تي|ذي|ذين|ان)(?![\u0621-\u064A]))[\u0621-\u064A]+|[\u0621-\u064A]{3,}(?:ي|يه))(?![\u0621-\u064A]))/g;
/** A council named with what it is: «مجلس» in a construct («مجلس الأمن»), or «المجلس» and an adjective. */
const COUNCIL_NAMED = /(?<![\u0621-\u064A])[وفبل]?(ال)?مجلس\s+([\u0621-\u064A]+)(?:\s+([\u0621-\u064A]+))?/g;
/** A word after «المجلس» naming which: a definite word (not «إلى», «التي» …) or an adjective of relation («وطني»). */
const COUNCIL_NAMING_WORD = /^(?:ال(?!(?:ي|ا|تي|ذي|ذين|ان)$)[\u0621-\u064A]+|[\u0621-\u064A]{3,}(?:ي|يه))$/;
/** The Kurdish National Council, named by «المجلس الوطني الكردي» (the one council that is a party). */
const KURDISH_COUNCIL = { second: /^الوطني$/, third: /^الكو?ردي$/, party: "kurdish_groups" };

/** How far back the council named last is looked for (as BODY_REACH). */
const COUNCIL_REACH = 600;

/**
 * The council a bare «المجلس» at `pos` stands for: the one named last before it (within COUNCIL_REACH), if that is
 * the Kurdish National Council; none where it is another («مجلس الأمن», «المجلس الوطني السوري», «مجلس الشعب») or
 * none is named.
 */
function councilBefore(normal: string, pos: number, lexicon: Lexicon): Mention | undefined {
  const text = normal.slice(Math.max(0, pos - COUNCIL_REACH), pos);
  let kurdish = false;
  COUNCIL_NAMED.lastIndex = 0;
  for (let m = COUNCIL_NAMED.exec(text); m; m = COUNCIL_NAMED.exec(text)) {
    const [, article, second, third] = m;
    // «المجلس يرفض …», «المجلس في بيانه», «انضم المجلس إلى …»: a bare «المجلس» names none.
    if (article && !COUNCIL_NAMING_WORD.test(second!)) continue;
    kurdish = KURDISH_COUNCIL.second.test(second!) && third !== undefined && KURDISH_COUNCIL.third.test(third);
  }
  if (!kurdish || !lexicon.parties.some((p) => p.id === KURDISH_COUNCIL.party)) return undefined;
  const party = KURDISH_COUNCIL.party;
  return { start: 0, end: 0, actor: party, party, person: false, speakerOnly: false, place: false };
}

/** The Arab League, where the article names it in full (then a bare «الجامعة» is it), else null. */
function leagueOf(normal: string, lexicon: Lexicon): Mention | null {
  if (!normal.includes("جامعه") || !LEAGUE_NAMED.test(normal) || !lexicon.parties.some((p) => p.id === "arab_league")) return null;
  return { start: 0, end: 0, actor: "arab_league", party: "arab_league", person: false, speakerOnly: false, place: false };
}

/**
 * The mentions `list` of normal[from, to) with each bare «الجامعة» read as the Arab League, in an article naming it in
 * full: «وقال نائب الأمين العام للجامعة … إن الجامعة تدعو إلى عقد المؤتمر …».
 */
function withBareLeague(normal: string, list: Mention[], from: number, to: number, league: Mention | null): Mention[] {
  return league ? withBareNoun(normal, list, from, to, BARE_LEAGUE, league) : list;
}

/**
 * The mentions `list` of normal[from, to) with each match of `bare` (a body's bare noun, group 1 its clitic) read as
 * `body`, unless it overlaps a mention or `elsewhere` says it means another body; in text order. `body` may instead
 * read each match (its offset in normal[from, to) and its normal offsets), giving the body it stands for or none.
 */
function withBareNoun(
  normal: string,
  list: Mention[],
  from: number,
  to: number,
  bare: RegExp,
  body: Mention | ((m: RegExpExecArray, start: number, end: number) => Mention | undefined),
  elsewhere?: (start: number) => boolean,
): Mention[] {
  const text = normal.slice(from, to);
  let out = list;
  bare.lastIndex = 0;
  for (let m = bare.exec(text); m; m = bare.exec(text)) {
    const start = from + m.index + m[1]!.length;
    const end = from + m.index + m[0].length;
    if (out.some((x) => x.start < end && start < x.end)) continue;
    if (elsewhere?.(start)) continue;
    const read = typeof body === "function" ? body(m, start, end) : body;
    if (!read) continue;
    if (out === list) out = [...list];
    out.push({ ...read, start, end });
  }
  if (out !== list) out.sort((a, b) => a.start - b.start);
  return out;
}

/** A person the article introduces by an office in a party the lexicon knows: his name's words, from where. */
interface LearntName {
  words: string[];
  /** Where the name stands in the apposition: it names him from there on. */
  at: number;
  actor: string;
  party: string;
}

/** A mention that is itself a title («وزير الخارجية التركي», «المتحدث باسم الخارجية الإيرانية» as one alias). */
const TITLE_MENTION = new RegExp(`^${OFFICE}(?![\\u0621-\\u064A])`);
/**
 * An office before the party's name it is held in, up to it: «عضو الهيئة السياسية في |الائتلاف|», «عضو المكتب
 * التنفيذي ل|هيئة التنسيق|», «المتحدث باسم |الخارجية الروسية|»; right after a slash in a list of guests
 * («خالد الناصر/عضو …», NAME_BEFORE_TITLE).
 */
const OFFICE_BEFORE = new RegExp(`(?:^|[\\s/])[وفبل]?${OFFICE}(?:\\s+[\\u0621-\\u064A]+){0,4}?\\s+(?:(?:باسم|في|من)\\s+)?[بل]?$`);
/**
 * One word of a name, or a compound that names no one by its parts alone: «عبد» or «أبو» and the word after it
 * («عبد الكريم», «أبو أحمد»), a word and «الله» or «الدين» after it («العبد الله», «نصر الدين»).
 */
const COMPOUND_NAME = "(?:(?:عبد|ابو|ابن|بن)\\s+[\\u0621-\\u064A]{2,}|[\\u0621-\\u064A]{2,}\\s+(?:الله|الدين))";
const NAME_WORD = `(?:${COMPOUND_NAME}|[\\u0621-\\u064A]{2,})`;
/** The compounds of a name found (COMPOUND_NAME), each taken as one of its words. */
const COMPOUND_NAME_G = new RegExp(`(?<![\\u0621-\\u064A])${COMPOUND_NAME}(?![\\u0621-\\u064A])`, "g");
/**
 * Two or three words right after a title, set off by a comma or a dash or not, up to a comma, a colon, a full stop,
 * a dash, «أن/إن» or the end of what is read (the sentence, at most 60 characters past the title) («وزير الخارجية التركي، فريدون سينيرلي أوغلو، شارك …», «وقال المبعوث الأممي كارلوس فيلاسكيز
 * إن …»), the post's place between («السفير الروسي في دمشق عظمة الله كولمحمدوف:», «المندوب الفرنسي الدائم لدى الأمم
 * المتحدة جيرار آرو», «سفير إيران بدمشق محمد رضا رؤوف
 * شيباني،»; a fourth word of a name only before a comma or a colon): a verb after a title is what he
 * did («المبعوث الأممي يجري مشاوراته مع …»), not his name.
 */
const NAME_AFTER_TITLE = new RegExp(
  `^(?:\\s+(?:ال)?دائم)?(?:\\s+(?:(?:في|لدي)\\s+[\\u0621-\\u064A]{3,}(?:\\s+(?:ال)?متحده)?|ب(?!ال)[\\u0621-\\u064A]{3,}))?\\s*[،,\\-–]?\\s*(${NAME_WORD}(?:\\s+${NAME_WORD}){1,2}(?:\\s+${NAME_WORD}(?=\\s*[،,:]))?)(?=\\s*[،,:.\\-–]|\\s+(?:ان|انه|انها|بان)(?![\\u0621-\\u064A])|\\s*$)`,
);
/**
 * Two words right before a title set off by a comma, a dash or a slash: «وليد الحمصي، عضو …», «نزار الحلبي - عضو …»,
 * and a talk show's list of guests «ضيوف الحلقة: خالد الناصر/عضو الهيئة السياسية في الائتلاف».
 */
const NAME_BEFORE_TITLE = new RegExp(`(?:^|[\\s:])(${NAME_WORD}\\s+${NAME_WORD})\\s*[،,\\-–/]\\s*(?:وهو\\s+|وهي\\s+)?$`);
/**
 * Words no name is made of, or no name is known by: particles (normal «على» is «علي»), verbs of saying that may
 * stand before a name, comparatives of how he spoke («وكان وزير الخارجية البريطاني أكثر وضوحاً:», not his name), and
 * the parts of compound names («عبد الله», «أبو …») that name no one alone.
 */
const NOT_NAME_WORD =
  /^(?:[وف]?(?:قال|قالت|اكد|اكدت|اضاف|اضافت|اعلن|اعلنت|اعتبر|اعتبرت|اوضح|اوضحت|اشار|اشارت|ذكر|ذكرت|صرح|صرحت|شدد|شددت|تابع|تابعت|يقول|تقول|راي|رات|لفت|لفتت|كان|كانت)|رد|ردت|بين|نائبه|نائبها|مساعده|مساعدها|نظير|نظيره|نظيرها|نظيريه|نظرائه|نظرائها|جانب|الجانب|زميله|زميلها|ضيفه|ضيفها|قائلا|قائله|مضيفا|مضيفه|مخاطبا|مخاطبه|موجها|موجهه|و?نحن|انا|بشان|حول|بقرار|[لب]?(?:صحيفه|وكاله|قناه|اذاعه|موقع|تلفزيون)|اكثر|اشد|ابعد|اقل|ان|انه|انها|بان|الي|علي|في|من|عن|مع|قد|لقد|لا|لم|لن|ليس|ما|حتي|بعد|قبل|خلال|امس|اليوم|غدا|يوم|مساء|صباح|ظهر|ليل|ليله|هو|هي|ذلك|هذا|هذه|التي|الذي|عبد|ابو|بن|ابن|الله|الدين|السيد|الشيخ|الدكتور|د)$/;

/**
 * The name of the person that mention m (of a party, in normal[from, to)) is the title of, where one the lexicon
 * does not know stands in apposition to it: after it, or before it with a comma or a dash. Not where a name the
 * lexicon knows stands there (`list`, the sentence's mentions), nor m a place.
 * Example: "وكان وزير الخارجية التركي، فريدون سينيرلي أوغلو، شارك أمس …" → {words: [فريدون, سينيرلي, اوغلو], party: turkey}
 */
function nameInApposition(normal: string, m: Mention, from: number, to: number, list: readonly Mention[]): LearntName | undefined {
  if (!m.party || m.place) return undefined;
  const text = normal.slice(m.start, m.end);
  const ownTitle = TITLE_MENTION.test(text);
  // A person the lexicon names is no office another holds («الأمين العام للأمم المتحدة بان كي مون، رد …», «الرئيس
  // الأسد خط أحمر»): a person's title ends on an adjective of where he serves («وزير الخارجية التركي», «المبعوث
  // الأممي»), and is not merged with his name.
  if (m.person && (!ownTitle || !TITLE_END.test(text) || WITH_NAME.has(m))) return undefined;
  let titleStart = m.start;
  if (!ownTitle) {
    const before = OFFICE_BEFORE.exec(normal.slice(Math.max(from, m.start - 60), m.start));
    if (!before) return undefined;
    titleStart = m.start - before[0].length + /^[\s/]*/.exec(before[0])![0].length;
    // Not another's office («السفير الإيراني الجديد في روسيا»: Iran's ambassador, named before the state).
    if (list.some((x) => x !== m && x.start >= titleStart && x.start < m.start)) return undefined;
  }
  const known = (start: number, end: number) => list.some((x) => x !== m && x.start < end && start < x.end);
  const learnt = (found: string, at: number): LearntName | undefined => {
    const words = nameWords(found);
    const end = at + words.join(" ").length;
    return words.length < 2 || known(at, end) ? undefined : { words, at, actor: m.party, party: m.party };
  };
  const after = NAME_AFTER_TITLE.exec(normal.slice(m.end, Math.min(to, m.end + 60)));
  const name = after ? learnt(after[1]!, m.end + after[0].length - after[1]!.length) : undefined;
  if (name) return name;
  const before = NAME_BEFORE_TITLE.exec(normal.slice(Math.max(from, titleStart - 60), titleStart));
  return before ? learnt(before[1]!, titleStart - before[0].length + before[0].indexOf(before[1]!)) : undefined;
}

/** The last word of a person's title: an adjective of where he serves («التركي», «الأممي», «الخارجية الإيرانية»). */
const TITLE_END = /(?:^|\s)ال[\u0621-\u064A]+(?:ي|يه)$/;
/** An adjective of nationality or of the international order: no family name («نظيره السوري», «الجانب الروسي»). */
const NATIONALITY_WORD =
  /^(?:ال)?(?:سوري|روسي|تركي|ايراني|امريكي|اميركي|سعودي|قطري|فرنسي|بريطاني|اردني|مصري|عراقي|لبناني|صيني|الماني|اوروبي|عربي|غربي|دولي|اممي|خليجي|اسرائيلي|كردي)(?:ه|ين|ون)?$/;
/** A word no name opens on or is made of: a definite or prepositional noun («للشؤون», «بالقول», «والمستشار»). */
const NOT_IN_NAME = /^(?:لل|بال|وال|فال|كال)/;

/**
 * The words of a name found in apposition, or [] where they make none: the first no definite noun («السابق»); a
 * third word that is definite after two that are not is the sentence going on («دينا قعوار المجلس»), as are words
 * of NOT_IN_NAME or NOT_NAME_WORD.
 */
function nameWords(found: string): string[] {
  const words = compoundWords(found);
  if (words.length === 3 && words[2]!.startsWith("ال") && !words[0]!.startsWith("ال") && !words[1]!.startsWith("ال")) words.pop();
  if (words[0]!.startsWith("ال") || words.some((w) => NOT_IN_NAME.test(w) || NOT_NAME_WORD.test(w))) return [];
  // «نظيره السوري»: a word of whose he is, not his name.
  if (NATIONALITY_WORD.test(words[words.length - 1]!)) return [];
  return words;
}

/**
 * The words of a name, a compound of COMPOUND_NAME taken as one.
 * Example: compoundWords("نزار عبد الكريم") → ["نزار", "عبد الكريم"]; compoundWords("سليم العبد الله") → ["سليم", "العبد الله"]
 */
function compoundWords(found: string): string[] {
  const words: string[] = [];
  let from = 0;
  for (const c of found.matchAll(COMPOUND_NAME_G)) {
    words.push(...found.slice(from, c.index).split(/\s+/).filter(Boolean), c[0].replace(/\s+/g, " "));
    from = c.index + c[0].length;
  }
  words.push(...found.slice(from).split(/\s+/).filter(Boolean));
  return words;
}

/** The length of the word of `words` right after one space at normal[end] (a compound whole), or 0. */
function nextNameWord(normal: string, end: number, words: readonly string[]): number {
  if (normal.charCodeAt(end) !== 32) return 0;
  for (const w of words) if (normal.startsWith(w, end + 1) && WORD_CHAR[normal.charCodeAt(end + 1 + w.length)] !== 1) return w.length + 1;
  return 0;
}

/**
 * The mentions `list` of normal[from, to) with each name the article taught (`names`) added where it stands from
 * its apposition on, and not inside a name the lexicon knows: a run of the name's words holding its last one
 * («سينيرلي أوغلو», «الحمصي», «وليد الحمصي») as whole words is the person, for his party.
 */
function withLearntNames(
  normal: string,
  list: readonly Mention[],
  from: number,
  to: number,
  names: readonly LearntName[],
): readonly Mention[] {
  let out = list as Mention[];
  for (const name of names) {
    if (name.at >= to) continue;
    const last = name.words[name.words.length - 1]!;
    for (const word of name.words) {
      if (word.length < 3 || NOT_NAME_WORD.test(word)) continue;
      for (let at = normal.indexOf(word, Math.max(from, name.at)); at >= 0 && at < to; at = normal.indexOf(word, at + 1)) {
        if (WORD_CHAR[normal.charCodeAt(at - 1)] === 1 || WORD_CHAR[normal.charCodeAt(at + word.length)] === 1) continue;
        // The run of the name's words from here: «فريدون سينيرلي أوغلو» whole, or its last words. Only a run holding his
        // family name, the name's last word («سينيرلي أوغلو», «الحمصي»), names him: not his first name alone («وليد»),
        // a word another may share.
        let end = at + word.length;
        let family = word === last;
        for (let more = nextNameWord(normal, end, name.words); more > 0; more = nextNameWord(normal, end, name.words)) {
          family ||= normal.slice(end + 1, end + more) === last;
          end += more;
        }
        if (!family) continue;
        if (end > to || out.some((x) => x.start < end && at < x.end)) continue;
        if (out === list) out = [...list];
        out.push({ start: at, end, actor: name.actor, party: name.party, person: true, speakerOnly: false, place: false });
      }
    }
  }
  if (out !== list) out.sort((a, b) => a.start - b.start);
  return out;
}

/** The UN's Secretary-General named in full: «الأمين العام للأمم المتحدة», «بان كي مون». */
const SECRETARY_NAMED = /(?:ال)?امين\s+العام\s+(?:لل|ل)?(?:امم|منظمه\s+الدوليه)|بان\s+كي\s+مون/;
/** Another body's Secretary-General («الأمين العام لحزب الله», «لجامعة الدول العربية», «للائتلاف»). */
const OTHER_SECRETARY = /(?:ال)?امين\s+العام\s+(?:لل|ل)(?!ل?امم|ل?منظمه\s+الدوليه)[ـ"«\s]*[\u0621-\u064A]/;
/**
 * A bare «الأمين العام» («بقرار الأمين العام», «وأن الأمين العام قرر»): group 1 is its clitic; not one whose body
 * follows («الأمين العام للجامعة», «الأمين العام المساعد») or his name («الأمين العام "بان كي مون"», a title the
 * lexicon reads with the name), nor a deputy's or assistant's («نائب الأمين العام»).
 */
const BARE_SECRETARY =
  /(?<![\u0621-\u064A])(?<!(?:نائب|مساعد|مساعده|نواب)\s+)([وفب]?(?:ل(?=ل))?)(?:ال|ل)امين\s+العام(?![\u0621-\u064A])(?!\s+(?:لل|ل)?(?:امم|منظمه)|\s+(?:لل|ل)[ـ"«\s]*[\u0621-\u064A]|\s+(?:ال)?مساعد|\s*[«"]?\s*(?:بان|كي\s+مون)(?![\u0621-\u064A]))/g;

/**
 * The UN's Secretary-General, where the article names him in full and no other body's Secretary-General (then a
 * bare «الأمين العام» is he: «… الأمين العام للأمم المتحدة بان كي مون … وجاء قرار الأمين العام بعد …»), else null.
 */
function secretaryOf(normal: string, lexicon: Lexicon): Mention | null {
  if (!normal.includes("الامين العام") || !SECRETARY_NAMED.test(normal) || OTHER_SECRETARY.test(normal)) return null;
  if (!lexicon.parties.some((p) => p.id === "un")) return null;
  return { start: 0, end: 0, actor: "ban_ki_moon", party: "un", person: true, speakerOnly: false, place: false };
}

/** The mentions `list` of normal[from, to) with each bare «الأمين العام» read as the UN's, in an article naming him. */
function withBareSecretary(normal: string, list: Mention[], from: number, to: number, secretary: Mention | null): Mention[] {
  return secretary ? withBareNoun(normal, list, from, to, BARE_SECRETARY, secretary) : list;
}

/** The UN's Secretary-General named by his full name or its last words: «بان كي مون», «كي مون». */
const BAN_NAMED = /(?<![\u0621-\u064A])كي\s+مون(?![\u0621-\u064A])/;
/**
 * A bare «بان» that is his name, not the conjunction «بأن» (the same letters once normalised): followed by what never
 * follows the conjunction, «أن»/«إن», «قد», the press he spoke to before a colon, or his own words' mark: «وقال بان
 * للصحفيين (في نيويورك): …», «وكان بان قد أعلن …», «وأكد بان أن …», «قال بان يومها إنه …»; or after «السيد», or as the subject of
 * «كان» before a word («وكان بان قال …»: «كان بأن» never opens a clause). Group 1 is its clitic.
 */
const BARE_BAN =
  /(?<![\u0621-\u064A])([وف]?)بان(?![\u0621-\u064A])(?:(?<=(?:^|\s)(?:ال)?سيد\s+[وف]?بان)(?!\s+كي)|(?<=(?:^|\s)[وف]?كان\s+بان)(?=\s+[\u0621-\u064A]{3,})(?!\s+كي)|(?=\s+(?:ان|انه|انها|قد|يومها|نفسه|شخصيا|لل?(?:صحفيين|صحافيين|صحافه|مراسلين)(?:\s+في\s+[\u0621-\u064A]{3,})?\s*:)(?![\u0621-\u064A])))/g;

/** The UN's Secretary-General where the article names him in full, for a bare «بان» (BARE_BAN), else null. */
function banOf(normal: string, lexicon: Lexicon): Mention | null {
  if (!BAN_NAMED.test(normal) || !lexicon.parties.some((p) => p.id === "un")) return null;
  return { start: 0, end: 0, actor: "ban_ki_moon", party: "un", person: true, speakerOnly: false, place: false };
}

/** The mentions `list` of normal[from, to) with each bare «بان» that is his name (BARE_BAN) read as `ban`. */
function withBareBan(normal: string, list: Mention[], from: number, to: number, ban: Mention | null): Mention[] {
  return ban ? withBareNoun(normal, list, from, to, BARE_BAN, ban) : list;
}

/** A person with a surname (actors.json «surname») whom the article names in full, and where it first does. */
interface SurnameNamed {
  surname: Surname;
  /** Every place the article names him in full, in text order: the first is where his surname starts to count. */
  named: readonly number[];
}

/**
 * The people with a surname whom the article names in full, each with where it first does. (Not one named there as a
 * former official, «السفير الأمريكي السابق لدى سوريا روبرت فورد», who speaks for no one: withoutFormer.)
 */
function surnamesNamed(normal: string, lexicon: Lexicon): SurnameNamed[] {
  // (One search for all the surnames first: most articles name none of them, and a search of the text per surname
  // cost several times as much.)
  let any = ANY_SURNAME.get(lexicon);
  if (any === undefined) ANY_SURNAME.set(lexicon, (any = new RegExp(lexicon.surnames.map((s) => escapeRegExp(s.word)).join("|"))));
  if (lexicon.surnames.length === 0 || !any.test(normal)) return [];
  return lexicon.surnames.flatMap((surname) => {
    if (!normal.includes(surname.word)) return [];
    const matches = [...normal.matchAll(surname.full)];
    const full = matches[0];
    if (!full) return [];
    const former =
      !FORMER_STILL_MEMBER.has(surname.party) &&
      (FORMER_AFTER.test(normal.slice(full.index + full[0].length, full.index + full[0].length + 12)) ||
        OFFICE_THEN_FORMER_BEFORE.test(normal.slice(Math.max(0, full.index - 60), full.index)));
    return former ? [] : [{ surname, named: matches.map((m) => m.index) }];
  });
}

/** Per lexicon, a regex of any of its surnames' words (surnamesNamed). */
const ANY_SURNAME = new WeakMap<Lexicon, RegExp>();

/** Where `n` last names its bearer in full before `at`, or -1. */
function lastNamedBefore(n: SurnameNamed, at: number): number {
  let last = -1;
  for (const i of n.named) if (i < at) last = i;
  return last;
}

/**
 * The mentions `list` of normal[from, to) with each bare surname read as its bearer, after the place where the
 * article first names him in full: «قال المنسق العام للهيئة رياض حجاب … . وأضاف حجاب أن …» (not right after a
 * definite word, whose adjective it is: DEFINITE_WORD_BEFORE).
 */
function withSurnames(normal: string, list: Mention[], from: number, to: number, named: readonly SurnameNamed[]): Mention[] {
  let out = list;
  // The headline: a first line of the article short enough to be one (none where the text opens on its body).
  const firstBreak = normal.indexOf("\n");
  const headlineEnd = firstBreak > 0 && firstBreak <= HEADLINE_MAX ? firstBreak : 0;
  for (const entry of named) {
    const { surname } = entry;
    const first = entry.named[0]!;
    // Two people of one surname («عمران الزعبي», «أسعد الزعبي»): the one named in full last before it.
    const namesakes = named.filter((other) => other !== entry && other.surname.word === surname.word);
    const outnamed = (start: number) => namesakes.some((other) => lastNamedBefore(other, start) > lastNamedBefore(entry, start));
    // «حجاب: لن نذهب … والزعبي: لا مكان للأسد …» over «قال … العميد أسعد الزعبي»: a headline names him by his surname
    // before the body names him in full (where no namesake is named in full).
    const headlineAhead = (start: number) => namesakes.length === 0 && start < headlineEnd && first >= headlineEnd;
    // (Where the surname alone is another's alias, «الزعبي» read as the minister by default, he named in full last
    // before it takes it.)
    const taken = out.filter(
      (m) =>
        m.end - m.start === surname.word.length &&
        m.actor !== surname.actor &&
        (m.start >= first || headlineAhead(m.start)) &&
        normal.startsWith(surname.word, m.start) &&
        !outnamed(m.start),
    );
    if (taken.length > 0) out = out.filter((m) => !taken.includes(m));
    if (to <= first && !(from < headlineEnd && headlineAhead(from))) continue;
    const person: Mention = {
      start: 0,
      end: 0,
      actor: surname.actor,
      party: surname.party,
      person: true,
      speakerOnly: false,
      place: false,
    };
    out = withBareNoun(
      normal,
      out,
      from,
      to,
      surname.bare,
      person,
      (start) =>
        (start < first && !headlineAhead(start)) ||
        outnamed(start) ||
        DEFINITE_WORD_BEFORE.test(normal.slice(Math.max(0, start - 24), start)) ||
        OUTLET_WORD_BEFORE.test(normal.slice(Math.max(0, start - 16), start)) ||
        CONSTRUCT_AFTER.test(normal.slice(start + surname.word.length, start + surname.word.length + 16)),
    );
  }
  return out;
}
/** The longest first line read as a headline (withSurnames). */
const HEADLINE_MAX = 200;
/** An outlet's noun right before: the surname is then its name («قناة العربي», «صحيفة العربي الجديد»), not he. */
const OUTLET_WORD_BEFORE = /(?:^|\s)[وفبل]?(?:ال)?(?:قناه|صحيفه|جريده|موقع|تلفزيون|شبكه|وكاله|مجله|اذاعه|فضائيه)\s+$/;
/**
 * A definite word right after, no day or time: the surname is then a noun in construct («كيلو الخبز»), not he
 * («وقال حجاب الأحد إن …» is he).
 */
const CONSTRUCT_AFTER = /^\s+ال(?!احد|اثنين|ثلاثاء|اربعاء|خميس|جمعه|سبت|يوم|ليله|صباح|مساء|اسبوع|شهر|اول|ثاني)[\u0621-\u064A]{2,}/;
/** A definite word right before: the surname is then its adjective («العالم العربي», «الموقف الصافي»), not he. */
const DEFINITE_WORD_BEFORE = /(?:^|\s)[وفبل]?(?:ال|لل)[\u0621-\u064A]+\s+$/;

/** The bodies an article may call «الهيئة» once it has named them: how it names each in full. */
const BODIES = [
  // («للهيئة العليا»: «لل» for «ل» + «ال».)
  { party: "hnc", named: /(?:ال|لل)هيئه\s+العليا|هيئه\s+المفاوضات|(?:ال|لل)هيئه\s+التفاوضيه/ },
  { party: "ncb", named: /هيئه\s+التنسيق/ },
];
/**
 * A bare «الهيئة» («وفد الهيئة», «للهيئة», «وترفض الهيئة»): group 1 is its clitic (and «ل» of «لل»); not one qualified
 * by what follows («الهيئة العامة للائتلاف», «الهيئة الانتقالية», «الهيئة السياسية», «الهيئة التنفيذية في حركة …»),
 * another body.
 */
const BARE_BODY =
  /(?<![\u0621-\u064A])([وفب]?(?:ل(?=ل))?)(?:ال|ل)هيئه(?![\u0621-\u064A])(?!\s+(?:ال)?(?:عليا|تنسيق|عامه|سياسيه|انتقاليه|حكم|وطنيه|تفاوضيه|مفاوضات|اركان|امم|شرعيه|رئاسيه|تاسيسيه|اداريه|دوليه|عربيه|العامه|عليا|تنفيذيه|قياديه|استشاريه)(?![\u0621-\u064A]))/g;

/**
 * The body an article calls «الهيئة» once it has named it in full: the High Negotiations Committee or the National
 * Coordination Body, whichever of the two it names (neither where it names both).
 */
function bodyOf(normal: string, lexicon: Lexicon): Mention | null {
  const named = BODIES.filter((b) => b.named.test(normal) && lexicon.parties.some((p) => p.id === b.party));
  if (named.length !== 1) return null;
  const party = named[0]!.party;
  return { start: 0, end: 0, actor: party, party, person: false, speakerOnly: false, place: false };
}

/**
 * The mentions `list` of normal[from, to) with each bare «الهيئة» there (not «الهيئة العامة», «الهيئة الانتقالية»…)
 * read as `body`: «ترفض الهيئة ما يروج له …», «لن يتوجه وفد الهيئة إلى جنيف …» in a statement of the committee.
 */
function withBody(normal: string, list: Mention[], from: number, to: number, body: Mention): Mention[] {
  // «… هيئة علماء المسلمين بياناً أكدت فيه الهيئة …», «الهيئة الكردية العليا … وقالت الهيئة»: the body named last
  // before it, if another than the article's, is the one it means.
  return withBareNoun(normal, list, from, to, BARE_BODY, body, (start) => anotherBodyBefore(normal, start, body.party));
}

/**
 * A «هيئة» named with what it is: in a construct («هيئة علماء المسلمين», «هيئة الأركان», «هيئة التنسيق») or with an
 * adjective («الهيئة الكردية العليا», «الهيئة العامة»); group 1 is «ال» on «هيئة», group 2 the word after it. A bare
 * «الهيئة» followed by a verb («الهيئة رفضها») names none.
 */
const BODY_NAMED = /(?<![\u0621-\u064A])[وفبل]?(ال)?هيئه\s+([\u0621-\u064A]+)/g;
/** An adjective naming which «الهيئة»: «العليا», «العامة», a nisba («الكردية», «السياسية»). */
const BODY_ADJECTIVE = /^ال(?:عليا|عامه|[\u0621-\u064A]+يه)$/;
/** The transition's governing body («هيئة حكم انتقالي»), a thing talked about, not a body that speaks. */
const NOT_A_BODY = /^(?:ال)?(?:حكم|انتقاليه)$/;
/** How far back the body named last is looked for. */
const BODY_REACH = 400;

/**
 * Whether the «هيئة» named last before `pos` (within BODY_REACH) is another than `party`: a bare «الهيئة» at `pos`
 * then goes back to that one.
 */
function anotherBodyBefore(normal: string, pos: number, party: string): boolean {
  const from = Math.max(0, pos - BODY_REACH);
  const text = normal.slice(from, pos);
  let other = false;
  BODY_NAMED.lastIndex = 0;
  for (let m = BODY_NAMED.exec(text); m; m = BODY_NAMED.exec(text)) {
    if ((m[1] && !BODY_ADJECTIVE.test(m[2]!)) || NOT_A_BODY.test(m[2]!)) continue;
    const named = text.slice(m.index, m.index + m[0].length + 24);
    const body = BODIES.find((b) => b.named.test(named));
    other = body ? body.party !== party : true;
  }
  return other;
}

/**
 * A bare ministry: «الخارجية» or «وزارة الخارجية» with no state after it («وقالت الخارجية إن …», «بيان وزارة
 * الخارجية»), or «الوزارة» with no word of which after it («وأضافت الوزارة أن …»). Group 1 is its clitic (and «ل» of
 * «لل»), group 2 «الوزارة» alone. Not one a state or «والمغتربين» follows («الخارجية الروسية», a name the lexicon
 * reads), nor a ministry named by what it is in charge of («الوزارة الروسية»).
 */
const BARE_MINISTRY =
  /(?<![\u0621-\u064A])([وفب]?(?:ل(?=ل))?)(?:(?:(?:ال|ل)?وزاره\s+)?(?:ال|ل)خارجيه|(?:ال|ل)(وزاره))(?![\u0621-\u064A])(?!\s+(?:ال)?[\u0621-\u064A]+يه(?![\u0621-\u064A])|\s+و\s*(?:ال)?مغتربين|\s+(?:ال)?خارجيه)/g;
/**
 * The word right before a bare «الخارجية» that makes it an adjective, not the ministry: a definite noun or one with a
 * feminine ending or a pronoun («السياسة الخارجية», «سياستها الخارجية», «الشؤون الخارجية», «التدخلات الخارجية»).
 */
const ADJECTIVE_AFTER = /(?:^|\s)(?:[وفبلك]?ال[\u0621-\u064A]+|لل[\u0621-\u064A]+|[\u0621-\u064A]+(?:ه|ها|هم|هما))\s+$/;
/** An office right before a bare «الخارجية»: «وزير الخارجية», «نائب وزير الخارجية» name a person, read as his title. */
const OFFICE_RIGHT_BEFORE = new RegExp(`(?:^|\\s)[وفبل]?${OFFICE}\\s+$`);
/** Another ministry named by what it is in charge of («وزارة الدفاع الروسية», «وزارة الإعلام»): a bare «الوزارة» after it may be that one. */
const OTHER_MINISTRY = /(?<![\u0621-\u064A])[وفبل]?(?:ال)?وزاره\s+(?!(?:ال)?خارجيه(?![\u0621-\u064A]))(?:ال)?[\u0621-\u064A]{3,}/g;

/** The ministries of foreign affairs an article names in full, in text order: where, and whose. */
interface MinistriesNamed {
  named: Array<{ at: number; party: string }>;
  /** named's offsets. */
  ats: number[];
  /** Where another ministry is named, in text order (OTHER_MINISTRY). */
  others: number[];
  /** The lexicon's nationality adjectives (nationalityBefore). */
  nationalities: ReadonlyMap<string, string> | undefined;
  /** The state whose capital opens the article's dateline («طهران- ارنا-»), if any (datelineParty). */
  dateline: string | undefined;
}

/** Per lexicon: its parties' ministries of foreign affairs as its aliases name them («الخارجية الروسية», «وزارة الخارجية والمغتربين»), one regex. */
const MINISTRY_ALIASES = new WeakMap<Lexicon, { regex: RegExp; party: Map<string, string> } | null>();

function ministryAliases(lexicon: Lexicon): { regex: RegExp; party: Map<string, string> } | null {
  let found = MINISTRY_ALIASES.get(lexicon);
  if (found !== undefined) return found;
  const party = new Map<string, string>();
  for (const actor of lexicon.actors) {
    if (actor.kind === "person") continue;
    for (const raw of actor.aliases) {
      const alias = normaliseTerm(raw).trim().replace(/\s+/g, " ");
      if (/(?:^|\s)(?:ال)?خارجيه\s+\S/.test(alias)) party.set(alias, actor.party);
    }
  }
  const aliases = [...party.keys()].sort((a, b) => b.length - a.length).map((a) => a.replace(/\s+/g, "\\s+"));
  found =
    aliases.length === 0 ? null : { regex: new RegExp(`(?<![\\u0621-\\u064A])(?:${aliases.join("|")})(?![\\u0621-\\u064A])`, "g"), party };
  MINISTRY_ALIASES.set(lexicon, found);
  return found;
}

/** The ministries of foreign affairs normal names in full, and where it names another ministry. */
function ministriesNamed(normal: string, lexicon: Lexicon): MinistriesNamed {
  const named: MinistriesNamed["named"] = [];
  const aliases = ministryAliases(lexicon);
  if (aliases) {
    aliases.regex.lastIndex = 0;
    for (let m = aliases.regex.exec(normal); m; m = aliases.regex.exec(normal)) {
      const p = aliases.party.get(m[0].replace(/\s+/g, " "));
      if (p) named.push({ at: m.index, party: p });
    }
  }
  const others: number[] = [];
  OTHER_MINISTRY.lastIndex = 0;
  for (let m = OTHER_MINISTRY.exec(normal); m; m = OTHER_MINISTRY.exec(normal)) others.push(m.index);
  return { named, ats: named.map((n) => n.at), others, nationalities: lexicon.nationalities, dateline: datelineParty(normal, lexicon) };
}

/**
 * A dateline near the article's start: a line opening on a place, then an agency or outlet between dashes or brackets
 * («طهران- ارنا-», «دمشق (سانا) –»); group 1 the place.
 */
const DATELINE =
  /(?:^|\n)[ \t]*([\u0621-\u064A]{3,})[ \t]*(?:[-–—][ \t]*[\u0621-\u064A]+[ \t]*[-–—:]|\([ \t]*[\u0621-\u064A]+[ \t]*\)[ \t]*[-–—:])/;
/** The states by their places (actors.json «places»), normalised, per lexicon. */
const statesByPlace = new WeakMap<Lexicon, Map<string, string>>();

/** The state whose place opens the article's dateline (DATELINE), in its first 600 characters, if the lexicon knows it. */
function datelineParty(normal: string, lexicon: Lexicon): string | undefined {
  const m = DATELINE.exec(normal.slice(0, 600));
  if (!m) return undefined;
  let byPlace = statesByPlace.get(lexicon);
  if (!byPlace) {
    byPlace = new Map();
    for (const a of lexicon.actors) if (a.kind === "state") for (const p of a.places ?? []) byPlace.set(normaliseTerm(p).trim(), a.party);
    statesByPlace.set(lexicon, byPlace);
  }
  return byPlace.get(m[1]!);
}

/** How far back a nationality adjective says whose a bare ministry is, where no ministry is named before it. */
const NATIONALITY_REACH = 160;

/**
 * A state's position named by its adjective («الموقف السعودي», «الرؤية الروسية»): group 1 the adjective; not one
 * criticised or rejected right before it («انتقدت دمشق الموقف الأمريكي»), which is another's.
 */
const STATE_POSITION =
  /(?<![\u0621-\u064A])(?<!(?:انتقد|انتقدت|ندد|نددت|رفض|رفضت|هاجم|هاجمت|بشده)\s+)(?:ال)?(?:موقف|رؤيه|سياسه|دبلوماسيه)\s+(ال[\u0621-\u064A]{3,})/g;

/**
 * The party of the last state's position named by its nationality adjective in the NATIONALITY_REACH characters before
 * `pos`: «الموقف السعودي كان واضحاً. فقد رحبت |وزارة الخارجية …».
 */
function nationalityBefore(normal: string, pos: number, nationalities: ReadonlyMap<string, string> | undefined): string | undefined {
  if (!nationalities) return undefined;
  const text = normal.slice(Math.max(0, pos - NATIONALITY_REACH), pos);
  let party: string | undefined;
  for (const m of text.matchAll(STATE_POSITION)) party = nationalityOf(m[1]!, nationalities)?.party ?? party;
  return party;
}

/**
 * The mentions `list` of normal[from, to) with each bare ministry read as the party of the ministry of foreign affairs
 * named last before it («أصدرت وزارة الخارجية الروسية بياناً … . وقالت الخارجية إن …», «… وأضافت الوزارة أن …»), or the
 * only one the article names where none is named before it. Not «الوزارة» where another ministry is named between
 * («وزارة الدفاع»), nor a «الخارجية» that is an adjective (ADJECTIVE_AFTER: «السياسة الخارجية»).
 */
function withBareMinistry(normal: string, list: Mention[], from: number, to: number, ministries: MinistriesNamed): Mention[] {
  const { named, ats, others } = ministries;
  if (named.length === 0) return list;
  return withBareNoun(normal, list, from, to, BARE_MINISTRY, (m, start, end) => {
    // (The word before it read past its «و»: «لجنة الشؤون العربية والخارجية», «السياسة الداخلية والخارجية».)
    const wordBefore = m[1]!.startsWith("و") ? from + m.index : start;
    if (
      !m[2] &&
      !/^(?:ال|ل)?وزاره/.test(normal.slice(start, end)) &&
      ADJECTIVE_AFTER.test(normal.slice(Math.max(0, wordBefore - 24), wordBefore))
    )
      return undefined;
    if (OFFICE_RIGHT_BEFORE.test(normal.slice(Math.max(0, start - 24), start))) return undefined;
    // «وفي طهران، أعلنت وزارة الخارجية أن …»: a capital named before it in its sentence says whose ministry it is.
    const place = findLastBefore(list, start, (x) => x.place && x.start >= from);
    const k = firstAtOrAfter(ats, start);
    const before = k > 0 ? named[k - 1] : undefined;
    // (Where none is named before it, the state whose position an adjective names right before it, «الموقف السعودي …»,
    // or the one whose capital the dateline names, «طهران- ارنا- … وأفادت الدائرة الإعلامية بوزارة الخارجية …»,
    // rather than one named only later in the article.)
    const party =
      place?.party ??
      before?.party ??
      nationalityBefore(normal, start, ministries.nationalities) ??
      ministries.dateline ??
      (named.every((n) => n.party === named[0]!.party) ? named[0]!.party : undefined);
    if (!party) return undefined;
    // «وزارة الدفاع الروسية … . وقالت الوزارة»: another ministry named after the last foreign ministry is the one meant.
    if (!place && m[2] && others.some((o) => o < start && o > (before?.at ?? -1))) return undefined;
    return { start, end, actor: party, party, person: false, speakerOnly: false, place: false };
  });
}

/** The last of `list` (in text order) ending by `pos` that `test` accepts. */
function findLastBefore(list: readonly Mention[], pos: number, test: (m: Mention) => boolean): Mention | undefined {
  for (let i = list.length - 1; i >= 0; i--) if (list[i]!.end <= pos && test(list[i]!)) return list[i];
  return undefined;
}

/** What may lie between two sentences of one stretch: white space and commas. */
const joinable = (c: number) => isWhiteSpace(c) || c === 0x2c || c === 0x060c;

/** Letters of a word: Arabic letters (U+0621–U+064A), Latin lower case, digits. */
const WORD_CHAR = (() => {
  const table = new Uint8Array(65536);
  for (let c = 0x0621; c <= 0x064a; c++) table[c] = 1;
  for (let c = 0x61; c <= 0x7a; c++) table[c] = 1;
  for (let c = 0x30; c <= 0x39; c++) table[c] = 1;
  return table;
})();

/** Whether the code unit `c` is a letter of a word (WORD_CHAR): a name never ends right before one. */
export const isNameLetter = (c: number) => WORD_CHAR[c] === 1;

/**
 * The lexicon's surfaces (the first words of aliases as written, clitics included: SurfaceReading) in one flat
 * array. Looking a word up in lexicon.surfaceBuckets follows a pointer to the bucket, to each surface and its
 * letters, and to each alias entry and its words: on a long article each is likely a cache miss, and so is each
 * array of a table kept column by column. Here a word's hash leads to a slot holding the hash too, and the slot to
 * one record of the surface: its letters, then per reading its clitic's length and where the entries of the first
 * word it leaves are. Those are one block, in the order they are read: each entry with the letter its second word
 * starts with and that word's hash (so entries whose second word cannot follow are passed over), its first reading
 * (its actor and party by their index in a short list of names, which stays in cache) and its other words. A first
 * word's block is shared by its surfaces with each clitic («وزير», «ووزير», «لوزير» …): laid out once per surface,
 * the blocks of the common first words made the table some 2.6 MB, and a lookup walking them met a cold cache line
 * at nearly every entry. Only a title's readings by year are read as objects. Built once per lexicon from its
 * surfaceBuckets, it holds the same surfaces, readings and entries in the same order.
 */
interface FlatSurfaces {
  /**
   * Per slot, two numbers: 1 + the offset of the record of the surface whose hash leads there (linear probing from
   * mix(hash)), or 0 for an empty slot; and that hash, as findMentions computes it (h * 31 + char, from the
   * surface's last letter back to its first).
   */
  slots: Int32Array;
  /** The number of slots - 1. */
  mask: number;
  /**
   * Per surface, its record: its length and letters, its number of readings, then per reading the length of its
   * clitic and the offset in `entries` of the block of the first word it leaves.
   */
  records: Int32Array;
  /**
   * Per first word, its block: its number of entries, then the entries, each laid out as ENTRY_SIZE …
   * ENTRY_SECOND_HASH say, followed by its words after the first, each its length and letters.
   */
  entries: Int32Array;
  /** Per entry, by ENTRY_ALIAS: its alias's readings. */
  readings: AliasInfo[][];
  /** The actors and parties of the readings, each once; names[0] is "", the actor of a name that is no actor's. */
  names: string[];
  /**
   * The characters a mention's span may hold (SentenceMentions.cutInto): WORD_CHAR, white space, commas, and the
   * letters of the aliases' words after the first.
   */
  spanChars: Uint8Array;
}

/** An entry's fields, from its offset in the entries. */
const ENTRY_SIZE = 0;
/** The first letter of its second word, or -1 for an alias of one word (or an empty second word). */
const ENTRY_SECOND_LETTER = 1;
const ENTRY_ALIAS = 2;
const ENTRY_READING_COUNT = 3;
/** Its first reading: its actor and party (indices in names), and PERSON | SPEAKER_ONLY | PLACE as it is each. */
const ENTRY_ACTOR = 4;
const ENTRY_PARTY = 5;
const ENTRY_FLAGS = 6;
/** The number of its words after the first, which follow (from ENTRY_HEADER on). */
const ENTRY_WORDS = 7;
/** The hash of its second word (h * 31 + char, from its first letter on), where SECOND_HASHED is set in its flags. */
const ENTRY_SECOND_HASH = 8;
const ENTRY_HEADER = 9;
const PERSON = 1;
const SPEAKER_ONLY = 2;
const PLACE = 4;
/** Its second word is there and all letters of a word (WORD_CHAR): ENTRY_SECOND_HASH holds its hash. */
const SECOND_HASHED = 8;

const flatTables = new WeakMap<Lexicon, FlatSurfaces>();

/** Spreads a hash's high bits into the low ones that pick its slot. */
const mix = (h: number) => h ^ (h >>> 15);

function flatSurfaces(lexicon: Lexicon): FlatSurfaces {
  const known = flatTables.get(lexicon);
  if (known) return known;
  const surfaces = lexicon.surfaceBuckets.flatMap((bucket) => bucket ?? []);
  let size = 16;
  while (size < 2 * surfaces.length) size *= 2;
  const slots = new Int32Array(2 * size);
  const records: number[] = [];
  const entries: number[] = [];
  /** The offset of each first word's block, by its entries (one list per first word, whatever its clitic). */
  const blocks = new Map<SurfaceReading["entries"], number>();
  const readings: AliasInfo[][] = [];
  const nameIndex = new Map([["", 0]]);
  const indexOf = (name: string) => {
    if (!nameIndex.has(name)) nameIndex.set(name, nameIndex.size);
    return nameIndex.get(name)!;
  };
  const spanChars = WORD_CHAR.slice();
  for (let c = 0; c < 65536; c++) if (joinable(c)) spanChars[c] = 1;
  for (const { surface, readings: own } of surfaces) {
    let h = 0;
    for (let k = surface.length - 1; k >= 0; k--) h = (Math.imul(h, 31) + surface.charCodeAt(k)) | 0;
    let slot = mix(h) & (size - 1);
    while (slots[2 * slot] !== 0) slot = (slot + 1) & (size - 1);
    slots[2 * slot] = records.length + 1;
    slots[2 * slot + 1] = h;
    records.push(surface.length);
    for (let k = 0; k < surface.length; k++) records.push(surface.charCodeAt(k));
    records.push(own.length);
    for (const { prefix, entries: list } of own) {
      let block = blocks.get(list);
      if (block === undefined) {
        blocks.set(list, (block = entries.length));
        entries.push(list.length);
        for (const { words, readings: infos } of list) {
          const entry = entries.length;
          const rest = words.slice(1);
          const secondLetter = rest.length > 0 && rest[0]!.length > 0 ? rest[0]!.charCodeAt(0) : -1;
          const first = infos[0]!;
          const secondWord = rest.length > 0 ? rest[0]! : "";
          let secondHash = 0;
          let hashed = secondWord.length > 0;
          for (let k = 0; k < secondWord.length; k++) {
            secondHash = (Math.imul(secondHash, 31) + secondWord.charCodeAt(k)) | 0;
            if (WORD_CHAR[secondWord.charCodeAt(k)] !== 1) hashed = false;
          }
          const flags =
            (first.person ? PERSON : 0) | (first.speakerOnly ? SPEAKER_ONLY : 0) | (first.place ? PLACE : 0) | (hashed ? SECOND_HASHED : 0);
          entries.push(0, secondLetter, readings.length, infos.length, indexOf(first.actor), indexOf(first.party), flags, rest.length);
          entries.push(hashed ? secondHash : 0);
          readings.push(infos);
          for (const w of rest) {
            entries.push(w.length);
            for (let k = 0; k < w.length; k++) {
              entries.push(w.charCodeAt(k));
              spanChars[w.charCodeAt(k)] = 1;
            }
          }
          entries[entry + ENTRY_SIZE] = entries.length - entry;
        }
      }
      records.push(prefix, block);
    }
  }
  const flat = {
    slots,
    mask: size - 1,
    records: Int32Array.from(records),
    entries: Int32Array.from(entries),
    readings,
    names: [...nameIndex.keys()],
    spanChars,
  };
  flatTables.set(lexicon, flat);
  return flat;
}

/** Where the entry's words after the first end if each follows the one before after white space, whole; else -1. */
function aliasEnd(normal: string, end: number, entries: Int32Array, entry: number): number {
  let at = end;
  let word = entry + ENTRY_HEADER;
  for (let n = entries[entry + ENTRY_WORDS]!; n > 0; n--) {
    const length = entries[word]!;
    let from = at;
    while (from < normal.length && isWhiteSpace(normal.charCodeAt(from))) from++;
    const after = from + length;
    if (from === at || after > normal.length) return -1;
    for (let k = 0; k < length; k++) if (entries[word + 1 + k] !== normal.charCodeAt(from + k)) return -1;
    if (after < normal.length && WORD_CHAR[normal.charCodeAt(after)] !== 0) return -1;
    at = after;
    word += 1 + length;
  }
  return at;
}

/** Mentions of a title merged with the holder's name after it (addMerged): no other name stands in apposition. */
const WITH_NAME = new WeakSet<Mention>();

/**
 * Adds mention m, found after all the others, to them. "وزير الخارجية الروسي سيرغي لافروف" is one mention of one
 * person, not two. Never across a line break: a headline ending with a name and a paragraph opening with it are two
 * mentions (the paragraph's is its subject).
 */
function addMerged(mentions: Mention[], normal: string, m: Mention): void {
  // Not mentions[-1] when there are none: a negative index is looked up as a property name, the slow way.
  const last = mentions.length > 0 ? mentions[mentions.length - 1] : undefined;
  // (Not a place and then one who is not, of its state: «أكد في |باريس| وزير الخارجية الفرنسي …», «من |موسكو| لافروف»
  // name where he spoke, then who did.)
  const prev = last && !(last.place && !m.place) ? last : undefined;
  if (prev && prev.actor === m.actor && onlySpacesBetween(normal, prev.end, m.start, true)) {
    prev.end = m.end;
    if (m.person) WITH_NAME.add(prev);
    return;
  }
  // A title followed by a person's name names that person: "الرئيس الروسي فلاديمير بوتين".
  if (prev && prev.party === m.party && m.person && onlySpacesBetween(normal, prev.end, m.start, false)) {
    WITH_NAME.add(prev);
    prev.end = m.end;
    prev.actor = m.actor;
    prev.person = true;
    prev.speakerOnly = prev.speakerOnly && m.speakerOnly;
    return;
  }
  // The mentions are findMentions' own, made for this list: merging into them changes nothing else.
  mentions.push(m);
}

/** Whether [from, to) holds only white space other than line breaks (and commas, when `commas`). */
function onlySpacesBetween(normal: string, from: number, to: number, commas: boolean): boolean {
  for (let i = from; i < to; i++) {
    const c = normal.charCodeAt(i);
    if (c === 0x0a || (!isWhiteSpace(c) && !(commas && (c === 0x2c || c === 0x060c)))) return false;
  }
  return true;
}
