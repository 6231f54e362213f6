// Pass 3b: composed cues. Where the phrase rules name whole phrasings, these build a cue from word classes of
// the lexicon (compose.*) and one polarity rule applied the same way to every cue:
//   Assad's role = a word of his going or of his staying (or role) + a reference to him (after it, before it, or
//   a pronoun after a mention), labelled by the class, turned by each negation or rejection before it in its
//   clause and by a rejecting predicate after it, and kept as it stands inside a condition («إلا إذا رحل»);
//   Iran's participation = a word of her taking part (or of her exclusion) + Iran named after or before it, support
//   (oppose) turned the same way, conditional inside a condition;
//   preconditions = a word of condition in a sentence about the talks (turned the same way: «دون شروط», «رفض
//   الشروط» are unconditional), or attending tied to a condition («لن نشارك إلا إذا …»).
// Questions state nothing. The nearest position or rejection verb before a cue marks its subject as the holder.
import type { KeywordPresence } from "../../text/keywords";
import { isWhiteSpace, type Sentence, type WordIndex } from "../../text/sentences";
import type { ComposeClasses, Lexicon } from "../lexicon";
import { oppositeStance, type Stance, type Topic } from "../types";
import {
  BOYCOTT,
  deniedBefore,
  reportOpensIn,
  INVITATION_OF_IRAN,
  commentedOn,
  notMentioned,
  NOT_TO_TALKS_AFTER,
  ANOTHER_KIND_AFTER,
  MEETING_OF_ANOTHER_KIND_AFTER,
  describesConditions,
  herTermsAt,
  iranToDoAfter,
  negatedAnyBefore,
  OTHER_CLAUSE_BETWEEN,
  planBefore,
  REFUSED_ACCEPTING,
  IMPOSED_ON,
  REFUSED_TYING_BEFORE,
  seatElsewhere,
  type Cue,
} from "./03-cues";
import { nationalitiesOf, nationalityOf } from "./nationality";
import type { ClassSet, WordClass } from "../word-class";
import { matchesIn, type Hit } from "./scan";
import {
  ABSENT_IN_RELATIVE_LEAD,
  pastAsideAt,
  asideOpening,
  DEBATE_ABOUT_BEFORE,
  HELD_ON_AFTER,
  IN_IT_AFTER_WORD,
  CONDITION_ADJECTIVES,
  EVER_WORDS,
  JUDGING_BEFORE,
  INSTEAD_WORD,
  EVEN_IF,
  EXAMPLE_OPENS,
  RATHER,
  REJECTED_CONDITIONS_LISTING,
} from "./03-shared";
import { firstHitAtOrAfter, lastMatch } from "./search";
import { findMentions, type Mention } from "./01-actors";
import { COMMA_BEFORE, findLast, NEGATED_RIGHT_BEFORE, PRESSING_VERB } from "./02-speakers";

/** How far back (words) a negation, rejection or condition still governs a cue in its clause. */
const POLARITY_REACH = 11;
/** «إذا كانت هناك / إذا وضعت أي …», «في ظل (أي)», «تحت» right before a word of condition. */
const REFUSED_IF =
  /(?:في\s+ظل|تحت)\s+(?:(?:اي|ايه)\s+)?$|(?:اذا|لو|في\s+حال)(?:\s+ما)?\s+(?:(?:كانت|كان)\s+(?:(?:ال)?(?:مشاركه|حضور|ذهاب|دعوه)[\u0621-\u064A]*\s+)?|(?:وضعت|فرضت|طرحت|وجدت|تم\s+وضع|تم\s+فرض)\s+)(?:(?:هناك|اي|ايه|عليها|عليه|علينا|عليهم)\s+)*$/;
/** Not coming or not accepting, somewhere in the sentence. */
const REFUSING = /(?:^|\s)"?[وف]?(?:لن|لا|لما)\s+[نيت]?(?:حضر|شارك|قبل|ذهب)/;
/** «… إذا كانت المشاركة مرهونة بقبول البيان |أو أي| شرط آخر»: «أي» condition coordinated with one REFUSED_IF reads. */
const REFUSED_IF_OR_ANY = /(?:اذا|لو|في\s+حال)(?:\s+ما)?\s+(?:كانت|كان)\s[^،,.؛:!?؟]*\s(?:او|و)\s*(?:اي|ايه)\s+$/;

/** The head of a condition's answer clause, «ف» + an obligation, future or «إن» («فينبغي», «فلا بد», «فسوف», «فإن»). */
const APODOSIS = /(?:^|\s)ف(?:ينبغي|يجب|لا\s*بد|لابد|سوف|ان|انه|انها|انني|اننا|علي)(?:\s|$)/;

/** How far back (words) a negation or rejection governs a word of condition («رفضت دمشق هذه المطالب»). */
const CONDITION_REACH = 4;
/** A preposition of its own, and «أي», right before a word of condition: «يقوم |على| شروط», «يخضع |لأي| شروط». */
const PREPOSITION_OF_CONDITION = /(?:^|\s)(?:علي|الي|في|من|عن|ل|لاي|لايه|باي|بايه)(?:\s+(?:اي|ايه))?\s+$/;
/** «(أن) تكون هناك (أي)», «يوجد (أي)», right before a word of condition: being there, which says nothing of its own. */
const THERE_BEING_BEFORE = /(?:^|\s)(?:[يت]كون|[يت]وجد)\s+(?:(?:هناك|ثمه)\s+)?(?:(?:اي|ايه)\s+)?$/;
/** A negation right before a word: «لا |شرط», «وليس |شرطاً», «بلا |شروط». */
const NOT_RIGHT_BEFORE = /(?:^|\s)[وف]?(?:لا|ليس|ليست|غير|بلا)\s+$/;
/** How far back (words, across commas) a denial or a position given up still governs a cue. */
const DENIAL_REACH = 12;
/** How far before a cue a verb of denying followed by «أن» still denies it (words). */
const DENIED_THAT_REACH = 20;
/** A verb of denying, and «أن» opening what it denies (after the denier's name). */
const DENYING = /^[وف]?(?:نفي|نفت|ينفي|تنفي|ننفي|نافيا|نافيه)$/;
const THAT_NEXT = /(?:^|\s)(?:ان|بان)\s/;
/** The truth of reports right after a verb of denying («نفت الخارجية صحة تقارير تحدثت عن …»), past its subject. */
const TRUTH_NEXT = /^(?:\s+[^\s،,.؛:]+){0,4}?\s+(?:صحه|دقه)\s/;
/** A verbal noun of his staying, with no pronoun of its own («استمرار», «بقاء», «إبقاء»; not the verb «يبقى فيه»). */
const STAY_NOUN = /^[وفبل]*(?:ال)?(?:بقاء|ابقاء|استمرار)$/;
/**
 * A ceiling set on what follows, or an end put to it, right before a noun of his staying: «(تحديد) سقف زمني |لبقاء
 * الأسد», «وضع حد |لبقاء الأسد». A ceiling on his staying is his going at a time named: refusing it keeps him («ترفض
 * طهران أي تحديد لسقف زمني لبقاء الأسد»), as refusing a timetable for his going does. (Not a timetable or a date, which
 * may extend his staying as well as end it: «اقترحت روسيا جدولاً زمنياً لبقاء الأسد حتى نهاية ولايته».)
 */
const LIMIT_BEFORE = /(?:^|\s)(?:[وفبل]?(?:ال)?(?:سقف|سقفا)(?:\s+(?:ال)?(?:زمني|زمنيا))?|[وف]?(?:وضع|[يتن]ضع)\s+(?:حد|حدا))\s*$/;
/** Whether a noun of his staying (hit, with «ل» on it) has a limit right before it (LIMIT_BEFORE): «سقف زمني |لبقاء». */
function limitedStay(ctx: SentenceContext, hit: Hit): boolean {
  return (
    /^[وف]?ل(?!ل)/.test(hit.text) &&
    STAY_NOUN.test(hit.text) &&
    LIMIT_BEFORE.test(ctx.normal.slice(Math.max(ctx.s.start, hit.index - 30), hit.index))
  );
}
/**
 * One or two nouns in the construct state between a word of his staying and the reference to him, the first not of
 * his rule or a demonstrative: «استمرار |هجوم| النظام», «استمرار |قصف قوات| الأسد» (not «بقاء |هذا| النظام», «استمرار
 * |حكومة| الأسد»).
 */
const ACT_OF_HIS_BETWEEN =
  /^\s+(?!ال|(?:علي|هذا|هذه|ذلك|تلك|حكومه|نظام|سلطه|حكم|عهد|ولايه|رئاسه|رئيس|راس|بشار|السيد|عائله|اسره)(?![\u0621-\u064A]))[\u0621-\u064A]{2,}(?:\s+(?!ال)[\u0621-\u064A]{2,})?\s+$/;

/** Words between a word of going or staying and the reference to Assad after it («رحيل الرئيس السوري بشار الأسد»). */
const REF_AFTER = 2;
/** «من يد», «من قبضة» right before the reference to Assad after a word of going («نقل السلطة كاملة من يد |الأسد»). */
const FROM_HAND_BEFORE = /(?:^|\s)من\s+(?:يد|يدي|قبضه)\s+$/;
/** Words between a reference to Assad and the verb of going or staying after it («الأسد لن يتنحى»). */
const REF_BEFORE = 5;
/** Words between his name after a verb of being and the word of his role after it («ألا يكون للأسد … أي دور»). */
const POSSESSOR_BEFORE = 10;
/** A verb of being right before his name: «يكون», «تكون», «يكن», «سيكون». */
const BEING_BEFORE = /(?:^|\s)[وف]?(?:[يت]كون|[يت]كن|سيكون|ستكون)\s+$/;
/** Words between attending and the condition tied to it («لن نشارك في المؤتمر إلا إذا …»). */
const ATTEND_REACH = 8;

/** Clause punctuation, one code unit: «،», «,», «؛», «;», «:», «.», «!», «?», «؟» or a line break. */
function isClausePunctuation(c: number): boolean {
  // All of them come before the Arabic letters (U+0621 on), which most characters read are: one test refuses those.
  return (
    c <= 0x61f &&
    (c === 0x60c ||
      c === 0x2c ||
      c === 0x61b ||
      c === 0x3b ||
      c === 0x3a ||
      c === 0x2e ||
      c === 0x21 ||
      c === 0x3f ||
      c === 0x61f ||
      c === 0x0a)
  );
}

/**
 * Composed cues of the kept sentences.
 * Example: "ورفضت دمشق أي حديث عن تنحي الأسد" → [{rule: "compose.assad.go.turned", stance: "may_stay", holder: "subject"}]
 */
export function findComposedCues(
  normal: string,
  sentences: readonly Sentence[],
  present: KeywordPresence,
  words: WordIndex,
  lexicon: Lexicon,
): Cue[] {
  const classes = lexicon.compose;
  if (!classes) return [];
  const cues: Cue[] = [];
  // The words every composed cue starts from: a sentence without any of them yields none, and is read (for Assad
  // named in it, whom the next sentence's pronoun may mean) only if the next sentence has one.
  const triggers = [
    classes.assad.go,
    classes.assad.stay,
    classes.assad.role,
    classes.assad.fate,
    classes.assad.illegitimate,
    classes.assad.redLine,
    // (The people choosing their president, choseTheirPresident, with no other of these words.)
    classes.assad.decidedBy,
    classes.preconditions.condition,
    classes.preconditions.attend,
    classes.polarity.rejection,
    ...(classes.iran
      ? [
          classes.iran.exclude,
          classes.iran.take,
          ...(classes.iran.lead ? [classes.iran.lead] : []),
          ...(classes.iran.ready ? [classes.iran.ready] : []),
        ]
      : []),
    ...(classes.preconditions.beforeStart ? [classes.preconditions.beforeStart] : []),
  ];
  // One reader for every sentence: made per sentence, it and its closures cost more than most sentences' cues.
  const ctx = new SentenceContext(normal, words, lexicon, classes, present);
  const triggerIds = triggers.map((w) => lexicon.composeSet.idOf(w));
  const refId = lexicon.composeSet.idOf(classes.assad.ref);
  const namesAssad = (si: number) => {
    const s = sentences[si]!;
    return ctx.mayIn(refId, si) && !isQuestion(normal, s, classes) && classes.assad.ref.find(normal, s.start, s.end).length > 0;
  };
  // Whether the sentence before names Assad, whose pronoun here may mean him: false (none, or a question), undefined
  // (one the loop skipped: namesAssad reads it) or true (one the cues were read in: its hits of him tell); read
  // once, and only for a word of his fate.
  let previous: boolean | undefined = false;
  let named: boolean | undefined;
  const namedBefore = () =>
    (named ??= previous === true ? ctx.hitsBefore(classes.assad.ref).length > 0 : (previous ?? namesAssad(ctx.si - 1)));
  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si]!;
    let entered = false;
    for (const id of triggerIds) if ((entered = ctx.mayIn(id, si))) break;
    if (!entered) {
      previous = undefined;
      continue;
    }
    // «… أن "الإصرار الأمريكي على تنحي الأسد هو الذي عطل المفاوضات"، متسائلاً: "هل يعقل أن …؟"»: a question the
    // sentence ends on, opened by a word of asking after a statement, asks only from there; the statement before stands.
    const asked = askedFrom(normal, s, classes);
    if (asked === s.start) {
      previous = false;
      continue;
    }
    const first = cues.length;
    named = undefined;
    ctx.read(si, s, si > 0 ? sentences[si - 1] : undefined);
    assadCues(ctx, namedBefore, cues);
    // Set once this sentence's cues on him are read (they ask namedBefore about the sentence before).
    previous = true;
    preconditionCues(ctx, cues);
    refuseUnlessCues(ctx, cues);
    demandedBeforeStartCues(ctx, cues);
    iranCues(ctx, cues);
    ownDelegationCues(ctx, cues);
    ownReadinessCues(ctx, cues);
    if (asked > s.start) for (let k = cues.length - 1; k >= first; k--) if (cues[k]!.end > asked) cues.splice(k, 1);
  }
  return cues;
}

/** No hits (one shared empty list). */
const NONE: readonly Hit[] = [];

/**
 * The sentence the cue builders read: its words are read and looked up once for every class, when a cue first needs
 * a class's hits; a class whose words the keyword scan did not see in the sentence cannot match there.
 */
class SentenceContext {
  s!: Sentence;
  si = -1;
  /** Every class's hits in the sentence (by id in the set), once looked up. */
  private all: Array<Hit[] | undefined> | null = null;
  /** Iran named in the sentence, read once (where the keyword scan saw her names). */
  private iran: readonly Hit[] | null = null;
  /** The sentence read before this one, and its hits if they were looked up. */
  private before: Sentence | undefined;
  private beforeIndex = -1;
  private beforeAll: Array<Hit[] | undefined> | null = null;
  private readonly set: ClassSet;
  /** Where the article's first ASSAD_NAMED ends (Infinity for none), found once. */
  private assadNamedEnd: number | undefined;
  /** The words every cue on Assad starts from (one list for all sentences). */
  readonly assadStarts: readonly WordClass[];

  constructor(
    readonly normal: string,
    readonly words: WordIndex,
    readonly lexicon: Lexicon,
    readonly classes: ComposeClasses,
    private readonly present: KeywordPresence,
  ) {
    this.set = lexicon.composeSet;
    const { go, stay, role, fate, illegitimate, redLine } = classes.assad;
    this.assadStarts = [go, stay, role, fate, illegitimate, redLine];
  }

  /** The sentence right before this one in the text, whether read or not. */
  prior: Sentence | undefined;

  /** Read sentence `si` (`s`) from now on; `prior` is the one right before it. */
  read(si: number, s: Sentence, prior?: Sentence): void {
    this.prior = prior;
    this.before = this.s;
    this.beforeIndex = this.si;
    this.beforeAll = this.all;
    this.s = s;
    this.si = si;
    this.all = null;
    this.iran = null;
  }

  /** Whether the keyword scan lets the class with this id in the set match in sentence `si` (any outside the set may). */
  mayIn(id: number, si: number): boolean {
    return id < 0 || this.present.mayMatch(this.lexicon.composeSlotById[id]!, si);
  }

  may(w: WordClass): boolean {
    return this.mayIn(this.set.idOf(w), this.si);
  }

  /** Whether the keyword scan lets a rejecting predicate (lexicon.rejectedAfter) match in the sentence. */
  mayReject(): boolean {
    return this.present.mayMatch(this.lexicon.keywordSlots.rejectedAfter, this.si);
  }

  /** Matches of a class in the sentence. */
  hits(w: WordClass): readonly Hit[] {
    return this.run(w, this.s.start, this.s.end, false);
  }

  /** Matches of a class starting in [from, to) of the sentence. */
  find(w: WordClass, from: number, to: number): readonly Hit[] {
    return this.run(w, from, to, false);
  }

  /** Matches of a class lying wholly inside [from, to) of the sentence. */
  inside(w: WordClass, from: number, to: number): readonly Hit[] {
    return this.run(w, from, to, true);
  }

  /** Matches of a class in the sentence read before this one (as hits() gave them there). */
  hitsBefore(w: WordClass): readonly Hit[] {
    const id = this.set.idOf(w);
    const s = this.before;
    if (s === undefined || !this.mayIn(id, this.beforeIndex)) return NONE;
    return (this.beforeAll ??= this.set.matchRange(this.normal, s.start, s.end))[id] ?? NONE;
  }

  /**
   * Whether the article names him (ASSAD_NAMED) before offset `at`: its first naming, found once, ends there or before
   * (rather than the text up to each sentence read again).
   */
  assadNamedBefore(at: number): boolean {
    if (this.assadNamedEnd === undefined) {
      const m = ASSAD_NAMED.exec(this.normal);
      this.assadNamedEnd = m ? m.index + m[0].length : Infinity;
    }
    return this.assadNamedEnd <= at;
  }

  /** Iran's names in the sentence (lexicon.iran.mention). */
  iranMentions(): readonly Hit[] {
    const { s, lexicon } = this;
    return (this.iran ??= this.present.mayMatch(lexicon.keywordSlots.iranMention, this.si)
      ? matchesIn(lexicon.iran.mention, this.normal, s.start, s.end)
      : NONE);
  }

  private run(w: WordClass, from: number, to: number, inside: boolean): readonly Hit[] {
    const id = this.set.idOf(w);
    if (!this.mayIn(id, this.si)) return NONE;
    const s = this.s;
    const list = (this.all ??= this.set.matchRange(this.normal, s.start, s.end))[id];
    if (list === undefined) return NONE;
    // Every hit starts inside the sentence: asked for all of them, the list is shared rather than copied (no one
    // changes a list of hits).
    if (!inside && from <= s.start && to >= s.end) return list;
    // Hits are in order of their index: the ones in [from, to) are one run of the list.
    const lo = firstHitAtOrAfter(list, from);
    let hi = Math.max(lo, firstHitAtOrAfter(list, to));
    // A class's hits do not overlap (each starts after the one before ends), so of those starting before `to`
    // only the last may end after it.
    if (inside && hi > lo && list[hi - 1]!.index + list[hi - 1]!.text.length > to) hi--;
    return lo === 0 && hi === list.length ? list : list.slice(lo, hi);
  }
}

/** A relative clause or «وهو …» set off by commas, then at most REF_BEFORE words: what stands between him and his fate. */
const ASIDE_THEN = new RegExp(`^\\s*[،,]\\s*(?:الذي|وهو)\\s[^،,.؛:!?؟"]{1,100}[،,]\\s*(?:[^\\s،,.؛:!?؟"]+\\s+){0,${REF_BEFORE}}$`);
/**
 * Two options before him, then the first: «أمام الأسد |خياران، إما أن| يرحل …», «الأسد |أمامه خياران: إما أن| يرحل أو …»,
 * «على الأسد |أن يختار: إما أن| يرحل …», «أمام الأسد |طريقان: أن| يتنحى … أو أن يسقط» (his only ways are ways of
 * going; «لا ثالث لهما» negates nothing, read as an aside by assadCues).
 */
const OPTIONS_THEN =
  /^\s+(?:(?:امامه\s+)?(?:خياران|خيارين|طريقان|طريقين)(?:\s+(?:اثنان|اثنين))?(?:\s+(?:فقط|لا\s+ثالث\s+لهما))?|ان\s+[يت]ختار(?:\s+بين\s+(?:امرين|خيارين))?)\s*[:،,]?\s*(?:(?:اما|فاما)\s+)?(?:ان\s+)?$/;
/**
 * A relative clause on him with no commas, up to the negation, the modal or the future verb of going or staying
 * opening the main predicate: «الأسد |الذي
 * قتل أكثر من أربعمئة ألف من شعبه |لا يمكن أن يكون جزءاً …», «الأسد الذي فقد شرعيته يجب أن يرحل».
 */
const RELATIVE_ON_HIM_THEN =
  /^\s+الذي\s+(?:[^\s،,.؛:!?؟"«»]+\s+){1,10}?(?=(?:لا|لن|لم|ليس|يجب|ينبغي|عليه|لابد|س(?:يرحل|يبقي|يظل|يكون|يتنحي|يغادر|يستمر))\s)/;
/** A post or powers of his right before his title: «منصب |الرئيس», «صلاحيات |الرئيس». */
const HIS_POST_BEFORE = /(?:^|\s)[وفبل]?(?:ال)?(?:منصب|مقعد|كرسي|صلاحيات|مكتب)\s+$/;
/** A verb of staying (not its noun): «يبقى», «سيبقى», «تبقى». */
const STAY_VERB = /^[وف]?س?[يت](?:بقي|ظل|ستمر)/;
/** A verb of remaining, past or present («ظل», «بقي», «يظل»). */
const REMAINING_VERB = /^[وف]?س?(?:[يت])?(?:بقي|ظل|ظلت|بقيت)$/;
/** Unsettled, right after a verb of remaining: «ظل |قائماً|», «بقي |معلقاً|», «ظلت |دون حل|» (not «قائماً على رأس …»). */
const UNSETTLED_AFTER =
  /^\s+(?:(?:قائم|عالق|معلق|مفتوح|مطروح)(?:ا|ه|ين)?(?!\s+علي)|(?:محل|موضع|مثار)\s+(?:ال)?خلاف|(?:دون|بلا|من\s+دون)\s+حل)(?![\u0621-\u064A])/;
/** «قد» right before a word: with a verb in the present, «may» («قد يرحل»). */
const MAY_RIGHT_BEFORE = /(?:^|\s)[وف]?قد\s+$/;

function isQuestion(normal: string, s: Sentence, classes: ComposeClasses): boolean {
  if (endsAsking(normal, s.start, s.end)) return true;
  const first = classes.polarity.question.find(normal.slice(s.start, s.end), 0, 3)[0];
  return first !== undefined;
}

/** A word of asking opening the question a sentence ends on: «متسائلاً: …», «وتساءل: …». */
const ASKING_OPENS = /(?:^|\s)[وف]?(?:متسائلا|متسائله|متسائلين|تساءل|تساءلت|تساءلوا|يتساءل|تتساءل)(?![\u0621-\u064A])/g;

/**
 * Where sentence s asks (isQuestion): its start for a question as a whole, the word of asking for a statement that
 * ends on a question opened by one («…، متسائلاً: "هل يعقل …؟"»), or -1 where it asks nothing.
 */
function askedFrom(normal: string, s: Sentence, classes: ComposeClasses): number {
  if (!isQuestion(normal, s, classes)) return -1;
  if (!endsAsking(normal, s.start, s.end)) return s.start;
  const text = normal.slice(s.start, s.end);
  let at = -1;
  ASKING_OPENS.lastIndex = 0;
  for (let m = ASKING_OPENS.exec(text); m; m = ASKING_OPENS.exec(text)) at = m.index;
  return at > 0 ? s.start + at : s.start;
}

/**
 * Whether text[from, to) ends in «?» or «؟», then spaces, at most one closing quote («"», «»», «”») and spaces: what
 * /[?؟]\s*["»”]?\s*$/ tests, read back from the end rather than searched for through the whole sentence.
 */
function endsAsking(text: string, from: number, to: number): boolean {
  let i = to - 1;
  while (i >= from && isWhiteSpace(text.charCodeAt(i))) i--;
  const quote = i >= from ? text.charCodeAt(i) : 0;
  if (quote === 0x22 || quote === 0xbb || quote === 0x201d) {
    i--;
    while (i >= from && isWhiteSpace(text.charCodeAt(i))) i--;
  }
  if (i < from) return false;
  const c = text.charCodeAt(i);
  return c === 0x3f || c === 0x61f;
}

/** Start of the clause window before `pos`: back to punctuation, the sentence start, or POLARITY_REACH words. */
function windowStart(ctx: SentenceContext, pos: number, reach = POLARITY_REACH, clause = true): number {
  return clauseWindowStart(ctx.normal, ctx.s, pos, reach, clause);
}

/** «بما في ذلك», «بما فيها», «بما فيه» after a comma: what follows is part of what the clause names. */
const INCLUDING_AFTER = /^\s*بما\s+في(?:ها|ه|\s+ذلك)(?![\u0621-\u064A])/;
/** INCLUDING_AFTER at `at`, sliced out only where «بما» may start (most commas are followed by anything else). */
function includingAfter(normal: string, at: number): boolean {
  return normal.startsWith("بما", pastSpaces(normal, at)) && INCLUDING_AFTER.test(normal.slice(at, at + 16));
}
/** The first offset from `at` that is not a space. */
function pastSpaces(normal: string, at: number): number {
  let j = at;
  while (normal.charCodeAt(j) === 0x20) j++;
  return j;
}

/** A negated verb joined by «و» after the words, their pronoun its object («… ولن تقبلها», «… ولن نضعها»). */
const NEGATION_REPEATED_AFTER = /^(?:\s+[^\s،,.؛:"]+){0,4}?\s+"?و(?:لن|لا|لم)\s+[نيت][\u0621-\u064A]+(?:ها|ه|هم)(?![\u0621-\u064A])/;

/**
 * The words naming an unnamed speaker or his occasion, whose negation or rejection is of their own verb: «لم يشأ ذكر
 * اسمه», «رفض الكشف عن اسمه», «طلب عدم ذكر اسمه», «مفضلاً عدم الكشف عن هويته», «لم يكشف عن اسمه», «لم يفصح عن
 * هويته», «غير مخول بالتصريح», «لقاء غير معلن», «لم تسمه».
 */
const ANONYMITY =
  /(?:^|\s)(?:(?:لم|لا)\s+[يت](?:شا|رد|رغب)(?:\s+في)?\s+|(?:رفض|رفضت|طلب|طلبت|فضل|فضلت|مفضلا|مفضله|شريطه)\s+(?:عدم\s+)?|(?:لم|لا)\s+[يت](?=(?:كشف|فصح|ذكر)))(?:ذكر|الكشف\s+عن|كشف(?:\s+عن)?|الافصاح\s+عن|فصح\s+عن|اعلان|نشر)\s+(?:اسمه|اسمها|هويته|هويتها|اسمائهم|هويتهم)(?![\u0621-\u064A])|(?:^|\s)غير\s+(?:مخول|مخوله|معلن|معلنه)(?![\u0621-\u064A])|(?:^|\s)(?:لم|لا)\s+[يتن]سم(?:ه|ها|هم)(?![\u0621-\u064A])/g;
/**
 * The spans of ANONYMITY in [from, to): «قال مسؤول سعودي |لم يشأ ذكر اسمه| إن الأسد لا يمكن أن يبقى»: a negation or a
 * rejection there does not govern what he says.
 */
function anonymitySpans(normal: string, from: number, to: number): Array<[number, number]> {
  const span = normal.slice(from, to);
  if (!/اسم|هوي|مخول|معلن|يسم|تسم|نسم/.test(span)) return [];
  const out: Array<[number, number]> = [];
  ANONYMITY.lastIndex = 0;
  for (let m = ANONYMITY.exec(span); m; m = ANONYMITY.exec(span)) out.push([from + m.index, from + m.index + m[0].length]);
  return out;
}

/**
 * «لأن», «لأنه», «ولأنها», «لأنني» …: a word opening a clause of cause; not «لأن» before a verb («لا سبيل لأن يكون»:
 * «ل» and «أن»). A word after «لأن» starting with «ي/ت/ن» is taken for a verb, unless it is one of the names and
 * verbal nouns the press puts there («لأن تركيا اشترطت …», «لأن نظام الأسد …», «لأن تنحي الأسد …»).
 */
const CAUSE_WORD =
  /^[وف]?(?:لان(?:ه|ها|هم|هما|نا|ني|ي|ك|كم)|لان(?!\s+(?!(?:تركيا|تونس|نيويورك|نتنياهو|نظام|تنظيم|تيار|تحالف|تنحي|تشكيل|تدخل|تمسك|ترشح|تصريح|تصريحات|تعنت|تقرير|تقارير)(?![\u0621-\u064A]))[يتن][\u0621-\u064A]{2,}(?![\u0621-\u064A])))(?=\s)/;
/** A word of feeling or of time right before «لأن»: «ارتياحها لأن …», «حان الوقت لأن …» (what is felt, not a cause). */
const FELT_BEFORE = /(?:^|\s)[وفبل]?(?:ال)?(?:ارتياح|ترحيب|سعاد[هت]|حان|وقت|اوان|اسف)[\u0621-\u064A]{0,3}\s+$/;
/**
 * The length of a word opening a clause of cause at `at`, or 0 (its letters tested first: most words start
 * otherwise).
 */
function causeAt(normal: string, at: number): number {
  const first = normal.charCodeAt(at);
  if (first !== 0x644 && !((first === 0x648 || first === 0x641) && normal.charCodeAt(at + 1) === 0x644)) return 0;
  const contrast = CONTRAST_WORD.exec(normal.slice(at, at + 10));
  if (contrast) return contrast[0].length;
  const cause = CAUSE_WORD.exec(normal.slice(at, at + 24));
  return cause && !FELT_BEFORE.test(normal.slice(Math.max(0, at - 16), at)) ? cause[0].length : 0;
}
/** Whether the word at `at` (ending before `pos`) is a verb of the past joined by «و/ف» (JOINED_PAST_FINITE). */
function joinedFiniteAt(normal: string, at: number, pos: number): boolean {
  const first = normal.charCodeAt(at);
  if (first !== 0x648 && first !== 0x641) return false;
  let end = at;
  while (end < pos && normal.charCodeAt(end) !== 0x20) end++;
  return end < pos && end - at <= 9 && JOINED_PAST_FINITE.test(normal.slice(at, end));
}
/**
 * A verb of the past joined by «و/ف» whose ending shows it finite («ورفضت», «وأكدوا»; not a plural noun, «ومفاوضات»,
 * nor a verb opening on «و» itself, «وافقت»). (Not the present: «… ويكون الأسد جزءاً منها», «… ويطرح مطالب …» go on
 * in the clause before.)
 */
const JOINED_PAST_FINITE = /^[وف](?!(?:افق|صف|جه|عد|ضع|قع|قف|اصل)(?:ت|وا)$)(?!ال|[يتن])[\u0621-\u064A]{2,}(?:(?<!ا)ت|وا)$/;
/**
 * «لكن», «لكنها», «ولكنه» with no comma before: a clause of contrast opens too, and a negation before it does not
 * reach into it («لا تملك نفوذاً كبيراً لكنها ترفض أن يكون رحيل الأسد شرطاً»).
 */
const CONTRAST_WORD = /^و?لكن(?:ه|ها|هم|هما|نا|ني)?(?=\s)/;

/**
 * windowStart() for a sentence of any pass: back to punctuation or a word opening a clause of cause or contrast (when `clause`),
 * its start, or `reach` words.
 */
function clauseWindowStart(normal: string, s: Sentence, pos: number, reach: number, clause: boolean): number {
  let words = 0;
  // (The adverbs not counted are looked for only once the count first passes the reach: most windows stop short.)
  let adverbs: Set<number> | undefined;
  for (let i = pos - 1; i > s.start; i--) {
    const c = normal.charCodeAt(i);
    // «نرفض أي شروط مسبقة، بما في ذلك رحيل الأسد»: a comma before «بما في ذلك» goes on with the list of the clause.
    if (clause && isClausePunctuation(c) && !((c === 0x60c || c === 0x2c) && includingAfter(normal, i + 1))) {
      // «لن نسمح، تحت أي ظرف، بنقل السلطة …», «رفضت الخارجية، في بيان أصدرته مساء الأحد، أي شروط …»: an aside of
      // circumstance between commas is passed over as one word; what comes before it governs the clause it sits in.
      const opening = c === 0x60c || c === 0x2c ? asideOpening(normal, s, i) : -1;
      if (opening < 0) return i + 1;
      i = opening;
      if (++words > reach) return i + 1;
      continue;
    }
    // «رفضت المشاركة لأن الائتلاف اشترط رحيل الأسد»: a clause of cause opens a clause of its own; what governs the
    // main clause does not reach into it.
    const cause = clause && c === 0x20 ? causeAt(normal, i + 1) : 0;
    if (cause > 0) return i + 1 + cause;
    // «أعلنت دمشق موافقتها على المشاركة دون شروط |ورفضت| أي بحث في مصير الأسد»: a finite verb joined by «و» opens a
    // clause of its own; a negation before it does not reach past it.
    if (clause && c === 0x20 && joinedFiniteAt(normal, i + 1, pos)) return i + 1;
    if (c === 0x20 && normal.charCodeAt(i + 1) !== 0x20 && ++words > reach) {
      adverbs ??= uncountedAdverbs(normal, s, pos);
      let uncounted = 0;
      for (const a of adverbs) if (a > i && a < pos) uncounted++;
      if (words - uncounted > reach) return i + 1;
    }
  }
  return s.start;
}

/**
 * «لم تقبل في أي وقت شروطاً», «لن نقبل بأي حال من الأحوال بشروط», «لم يطالب يوماً»: an adverb of "ever" or "in any
 * case" stands between a negation and what it denies without moving it further off; its words are not counted in
 * a window's reach.
 */
const EVER_ADVERB = new RegExp(
  `(?<![\\u0621-\\u064A])(?:(?:في|تحت)\\s+(?:اي|ايه)\\s+(?:وقت|حال|ظرف|مرحله)(?:\\s+من\\s+(?:ال)?(?:اوقات|احوال|ظروف))?|باي\\s+(?:حال|شكل|صوره)(?:\\s+من\\s+(?:ال)?(?:احوال|اشكال))?|يوما\\s+من\\s+(?:ال)?ايام|${EVER_WORDS})(?![\\u0621-\\u064A])`,
  "g",
);
/**
 * «رفض … أي حديث عن جدول زمني لتنحي الأسد», «ترفض الكلام عن موعد لرحيله»: talk of something, or its timetable or date,
 * stands between a rejection and what it rejects as that thing itself; its words are not counted either.
 */
const TALK_OF = /(?<![\u0621-\u064A])(?:(?:ال)?(?:حديث|كلام)\s+عن|(?:ال)?(?:جدول\s+(?:ال)?زمني|موعد|توقيت)(?=\s+ل))(?![\u0621-\u064A])/g;
/**
 * The offsets of the words of EVER_ADVERB and TALK_OF in the reach of a window ending at `pos` (looked for only where
 * one may be).
 */
function uncountedAdverbs(normal: string, s: Sentence, pos: number): Set<number> {
  const out = new Set<number>();
  const from = Math.max(s.start, pos - 90);
  const text = normal.slice(from, pos);
  const add = (re: RegExp) => {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text))
      for (let k = 0; k < m[0].length; k++)
        if (k === 0 || (m[0].charCodeAt(k - 1) === 0x20 && m[0].charCodeAt(k) !== 0x20)) out.add(from + m.index + k);
  };
  if (/اي|يوما|ابدا|قط|مطلقا|اطلاقا|البته/.test(text)) add(EVER_ADVERB);
  if (/حديث|كلام|جدول|موعد|توقيت/.test(text)) add(TALK_OF);
  return out;
}

interface Polarity {
  /** A denial or a position given up governs the cue («نفى أن يكون قد اشترط», «لم يعد يشترط»): nothing is stated. */
  void: boolean;
  /** The label is turned (an odd number of negations and rejections governs the cue). */
  turned: boolean;
  /** A condition governs the cue: it states what is required, as it stands. */
  conditioned: boolean;
  /** The nearest position or rejection verb before the cue: its subject holds the cue. */
  verb?: Hit;
  /** A rejecting predicate after the cue («… هي مضيعة للوقت») was counted (rejectedByPredicate from `after`). */
  rejectedAfter: boolean;
}

/** Able, right before «على أن»: «قادر على أن», «قادرة», «قادرون», «بقدرة». */
/** «رغم», «برغم», «على الرغم من» (despite): the last of them in a window. */
const CONCESSIVE = /(?:^|\s)(?:[وف]?ب?رغم|علي\s+الرغم\s+من)\s(?![\s\S]*\s(?:[وف]?ب?رغم|علي\s+الرغم\s+من)\s)/;

/**
 * A verb taking «على» as its complement («وافق», «اتفق», «أصر», «شدد», «أكد», «حرص», «نص», «عزم», «أجمع», «راهن»), its
 * subject (up to three words, none of them «أن»: «أكد أنه سيشارك على أن …» is a condition) between, right before «على
 * أن»: agreeing or insisting that, not «provided that».
 */
const VERB_OF_ON_BEFORE =
  /(?:^|[\s"])[وف]?(?:[يتن](?:وافق|توافق|تفق|صر|شدد|ؤكد|حرص|نص|عزم|جمع|راهن|صمم)|وافق|توافق|اتفق|اصر|شدد|اكد|حرص|نص|عزم|اجمع|راهن|صمم)(?:ت|وا|ا|تا|ون|ان|نا)?(?:\s+(?!(?:ان|انه|انها|انهم|بان)(?:\s|$))[^\s،,.؛:"]+){0,3}?\s+$/;

/**
 * Able, or hard or impossible for someone, right before «على أن»: «قادر على أن», «يستحيل عليّ أن أتخيل», «يصعب علينا
 * أن …» (the «على» of the one it is hard for, not «على أن»: provided that).
 */
const ABLE_BEFORE =
  /(?:^|[\s"«])[وفب]?(?:(?:ال)?(?:قادر|قادرا|قادره|قادرون|قادرين|قدره|مقدور)|[يت](?:ستحيل|صعب)|من\s+(?:المستحيل|الصعب)(?:\s+جدا)?)\s+$/;

/** A plain «if» («إذا», «في حال»), not «إلا إذا» or «ما لم», whose main clause may refuse what it names. */
const PLAIN_IF = /^[وف]?(?:اذا|في\s+حال)$/;
/**
 * Walking out, a boycott or not attending, and up to eight words of its clause, right before the condition:
 * «ستنسحب من هذا المسار |إذا», «لن يذهب إلى جنيف |إذا», «هدد بمقاطعة المؤتمر |في حال»; the verb in the plural or
 * dual too («لن يذهبوا إلى جنيف |إذا»). So does a solution denied or a failure foretold if it comes about («لا يمكن
 * الحديث عن حل سياسي حقيقي |إذا كان للأسد أي دور», «لا حل |إذا», «سيفشل المؤتمر |إذا بقي الأسد»); so does refusing to
 * accept anything if it comes about («لن نقبل بأي حل |إذا بقي الأسد»), or the war not ending («لن تنتهي الحرب |إذا»).
 */
const REFUSAL_BEFORE_IF =
  /(?:^|\s)"?[وف]?(?:(?:س|سوف\s+)[نيت](?:نسحب|قاطع|علق)(?:ون|وا|ان|ا)?|(?:لن|لا)\s+[نيت](?:حضر|شارك|ذهب|جلس|عود|دخل|قبل|وافق)(?:ون|وا|ان|ا)?|(?:لن|لا)\s+[يت](?:نتهي|توقف)(?![\u0621-\u064A])|(?:ب|ال)?(?:انسحاب|مقاطعه)[\u0621-\u064A]*|(?:لا|لن)\s+(?:[يت]مكن\s+(?:ال)?(?:حديث|كلام)\s+عن\s+)?(?:حل|تسويه|سلام)(?![\u0621-\u064A])|(?:لن|لا)\s+[يت](?:نجح|كون\s+(?:هناك|ثمه)\s+(?:حل|سلام))|س[يت]فشل|(?:محكوم|محكومه|مصيره|مصيرها)\s+(?:ب)?(?:ال)?فشل)(?:\s+[^\s،,.؛:!?؟"«»]+){0,8}\s*"?\s*$/;

/** Deciding, right before the word of his fate: «لتحديد |مصير الأسد», «حسم |مصيره», «البت في |مصيره». */
const DECIDING_RIGHT_BEFORE = /(?:^|\s)[وفبل]?(?:ال)?(?:تحديد|حسم|البت\s+في)\s+$/;

/**
 * Chaos, a vacuum, collapse, civil war or partition foretold: a verb of the future («ستعم الفوضى», «ستغرق في الفوضى»,
 * «ستنزلق إلى حرب أهلية», «ستنهار الدولة», «سيحل الفراغ»), not chaos ended, prevented or denied («ستنتهي الفوضى»,
 * «منع الفراغ», «لن يحدث فراغ»).
 */
const CHAOS =
  "(?:س|سوف\\s+)[يت](?:عم|غرق|نزلق|نهار|سود\\s+(?:ال)?(?:فوضي|فراغ)|حل\\s+(?:ال)?(?:فوضي|فراغ)|دخل\\s+(?:في\\s+)?(?:ال)?(?:فوضي|فراغ|حرب))(?![\\u0621-\\u064A])";
/**
 * Chaos foretold in the clause before a plain «if», up to eight words before it: «ستعم الفوضى |إذا»; not denied or
 * rejected before it («ترفض القول بأن الفوضى ستعم إذا …»).
 */
const CHAOS_BEFORE_IF = new RegExp(`(?:^|\\s)(?:[^\\s،,.؛:!?؟"«»]+\\s+)?[وف]?(?:${CHAOS})(?:\\s+[^\\s،,.؛:!?؟"«»]+){0,8}\\s*"?\\s*$`);
/** A denial or a rejection before the chaos foretold: the warning is someone else's («ترفض القول بأن …»). */
const CHAOS_DENIED_BEFORE = /(?:^|\s)[وف]?(?:[يت]?رفض|رفضت|[يت]?نفي|نفت|القول|الحديث|المزاعم|مزاعم|لا|لن|لم)(?:\s|$)/;
/** Whether chaos is foretold in the clause before a plain «if» at `at` (CHAOS_BEFORE_IF), and not denied there. */
function chaosBefore(ctx: SentenceContext, at: number): boolean {
  const from = windowStart(ctx, at, 9);
  const m = CHAOS_BEFORE_IF.exec(ctx.normal.slice(from, at));
  return m !== null && !CHAOS_DENIED_BEFORE.test(ctx.normal.slice(ctx.s.start, from + m.index));
}
/** Chaos foretold in the clause after the words a plain «if» governs: «إذا تنحى الأسد |فإن البلاد ستغرق في الفوضى». */
const CHAOS_AFTER_IF = new RegExp(`^[^.؛:!?؟]{0,50}?(?:^|\\s)[وف]?(?:ان\\s+)?(?:[^\\s،,.؛:!?؟]+\\s+)?(?:${CHAOS})`);

/** Condition words introducing the required thing itself, not an "if" («على أن», «بشرط», «شريطة»). */
const THAT_CONDITION = /^[وف]?(?:علي\s+ان|شرط|بشرط|شريطه|كشرط)$/;
/** A negation that opens a clause of what is required: «بألا», «بعدم». */
const COMPLEMENT_NEGATION = /^(?:بالا|بعدم)$/;
/** Giving up right after a word of condition, before the words («شرط |التخلي عن مطلب| رحيل الأسد»). */
const GIVEN_UP_IN_CONDITION = /^\s+(?:ال)?(?:تخلي|تنازل|تراجع)\s+عن\s+(?:[^\s،,.؛:]+\s+){0,2}$/;
/** A transitional body or government named right before «لا» (up to four words of it): «هيئة حكم انتقالية |لا …». */
const BODY_BEFORE_NEGATION = /(?:^|\s)(?:هيئه|حكومه|مجلس|سلطه)(?:\s+[^\s،,.؛:"]+){0,4}\s+$/;
/** What may stand between such a negation and the word it negates: nothing, or a verb of being and its subject. */
const COMPLEMENT_REACHES = /^\s*(?:[يت]كون(?:\s+[^\s،,.؛:]+){0,5}\s*)?$/;

/** The sentence opening on its topic, «وعن», «وحول», «وبشأن», «وبخصوص», right before the word. */
const TOPIC_OPENS_BEFORE = /^\s*[وف](?:عن|حول|بشان|بخصوص)\s+(?:ال)?$/;

/** Words that make a following «إذا» "whether" wherever they stand: «عما», «عن ما», «حول ما», «بشأن ما». */
const WHETHER_ALWAYS = "(?:عما|عن\\s+ما|حول\\s+ما|بشان\\s+ما)";
/**
 * «ما», «عما», «فيما» right before «إذا»: whether (an indirect question), not if, as a condition governing a cue's
 * words. (Where «إذا» is itself read as a condition on the talks, WHETHER_BEFORE asks more of «فيما إذا», which alone
 * may also be "in case".)
 */
const WHETHER_RIGHT_BEFORE = /(?:^|\s)(?:ما|عما|فيما|في\s+ما|عن\s+ما)\s+$/;
/**
 * An indirect question before the words, in their clause: «عما إذا كان …», «حول ما إذا كانت …» (not «فيما إذا», also
 * "in case": WHETHER_BEFORE).
 */
const ASKED_WHETHER_BEFORE = new RegExp(`(?:^|\\s)${WHETHER_ALWAYS}\\s+اذا\\s`);
/** Whether «اذا» occurs in normal[from, to) (most windows have none: ASKED_WHETHER_BEFORE is not run there). */
function hasWhether(normal: string, from: number, to: number): boolean {
  return normal.slice(from, to).includes("اذا");
}
/** A word of answering or saying in the sentence of an indirect question: the answer is given there. */
const ANSWER_WORD = /(?:^|\s)[وف]?(?:ردا|رد|جوابا|اجاب|اجابت|مجيبا|قال|قالت|نعم)(?:\s|$|[:،,])/;

/** A verb of retreating or giving up, then one to three words (its subject, an adverb) and its «عن». */
const RETREAT_VERB_THEN_ON = String.raw`(?:[يتن]?تراجع|تراجعت|تراجعوا|[يتن]تخل(?:ي)?|تخلي|تخلت|تخلوا|[يتن]?تنازل|تنازلت|تنازلوا)\s+(?:[^\s،,.؛:"]+\s+){1,3}عن\s`;
/**
 * A verb of changing and at most two words (its subject) up to «موقف» right after a negation: «لم تغير (باريس)
 * موقفها», «لن نغير موقفنا», «لن يتغير موقفنا». The position it names is kept, not denied.
 */
const UNCHANGED_POSITION_AFTER =
  /^\s+(?:[يتن]?غير|غيرت|غيروا|غيرنا|[يتن]?تغير|تغيرت|[يتن]?بدل|بدلت|بدلنا|[يتن]?تبدل|تبدلت)(?:ون|ان)?(?:\s+[^\s،,.؛:]+){0,2}?\s+(?:من\s+)?(?:ال)?موقف[\u0621-\u064A]*/;

/**
 * RETREAT_VERB_THEN_ON right after a negation: «(لم) تتراجع واشنطن لفظياً عن», «(لن) يتخلى الائتلاف عن», «(لم)
 * تتنازل يوماً عن».
 */
const RETREAT_SPLIT_AFTER = new RegExp(String.raw`^\s+${RETREAT_VERB_THEN_ON}`);
/**
 * RETREAT_VERB_THEN_ON anywhere, its subject between the verb and «عن»: «تراجعت تركيا عن», «تخلت واشنطن عن», «تنازل
 * الائتلاف لاحقاً عن» (the match ends where the verb starts).
 */
const RETREAT_SPLIT = new RegExp(String.raw`(?:^|\s)[وف]?(?=(${RETREAT_VERB_THEN_ON}))`);
/** «حين/عندما» and a verb of saying, then «إن/أن» opening what was said: a clause of its own. */
const REPORTED_AFTER_WHEN =
  /(?:^|\s)[وف]?(?:حين|حينما|عندما|بعدما|لما)\s+(?:[^\s،,.؛:]+\s+){0,2}?[وف]?(?:قال|قالت|اكد|اكدت|اعلن|اعلنت|شدد|شددت|صرح|صرحت|اعتبر|اعتبرت|كرر|كررت|اوضح|اوضحت)\s+(?:[^\s،,.؛:]+\s+){0,4}?(?:ان|انه|انها|بان)\s/;

/**
 * Right after the words, the one rejecting them goes on to describe them: «… ووصفتها بأنها», «…، واصفاً إياها بـ»,
 * «…، معتبراً ذلك».
 */
const DESCRIBING_WHAT_REJECTED_AFTER =
  /^\s*[،,]?\s*(?:و(?:وصف|اعتبر)[\u0621-\u064A]*|واصف[اهين]*|معتبر[اهين]*)(?:\s+(?:اياها|اياه|اياهم|ذلك|هذا))?\s/;

/** «بدلاً من», «بدل أن», «عوضاً عن» as words of their own (global: read with lastMatch). */
const INSTEAD_OF = new RegExp(`(?<![\\u0621-\\u064A])${INSTEAD_WORD}\\s+(?:من|عن|ان)(?![\\u0621-\\u064A])`, "g");

/** «يدين», «تدين», «ندين»: with what is owed after it (OWED_AFTER), owing, not condemning. */
const OWES = /^[وف]?[يتن]دين$/;
/** What one owes, past its subject: «(تدين دمشق) بالولاء», «بالفضل», «بالشكر». */
const OWED_AFTER = /^(?:\s+[^\s،,.؛:]+){0,2}?\s+ب(?:ال)?(?:ولاء|فضل|شكر|جميل)(?![\u0621-\u064A])/;

/** A verb of warning with its «من» («حذر من», «يحذر من», «حذرت من», «محذراً من»). */
const WARNING = /(?:حذر|حذرت|حذروا|محذرا|محذره)\s+من$/;
/** «أن», «أنه», «أنها» right after it: what is warned of is reported as a clause. */
const THAT_AFTER = /^\s+(?:ان|انه|انها|انهم)(?:\s|$)/;
/** «أن» alone up to the cue's word: the clause opens on it. */
const THAT_ONLY = /^\s+ان\s+"?\s*$/;

/** Pressure on someone to accept, right before the words («ضغوطاً على المعارضة لقبول |بقاء الأسد», «الضغط عليكم للقبول |ببقائه»). */
const PRESSED_TO_ACCEPT_BEFORE =
  /(?:^|\s)[وفب]?(?:ال)?(?:ضغوط|ضغوطا|ضغط|ضغطا)(?:\s+[^\s،,.؛:]+){0,2}?\s+(?:علي\s+[^\s،,.؛:]+|علي(?:ه|ها|هم|كم|نا))\s+(?:ل|من\s+اجل\s+)(?:ال)?(?:قبول|موافقه|تسليم)\s*(?:ب)?$/;

/**
 * A verb of naming after «ما», up to the words named: «ما نسميه |شروطاً مسبقة», «ما يسمى بـ|الشروط المسبقة», «ما يسمى
 * |رحيل الرئيس»: a label put on them.
 */
const SO_CALLED = String.raw`ما\s+(?:[نيت]سمي(?:ه|ها|ونه)?|[نيت]عتبر(?:ه|ها|ونه)|[يت]عرف|[نيت]طلق\s+علي(?:ه|ها))\s+(?:ب\s*)?`;
/** What others put forward, up to «من» before the conditions: «ما يطرحه (بعض المعارضين) من |شروط», «ما تضعه … من». */
const WHAT_OTHERS_PUT = "ما\\s+[يت](?:ضع|فرض|طرح|شترط)(?:ه|ها|هم|ونه)\\s+(?:[^\\s،,.؛:]+\\s+){0,6}?من\\s+";
/** What others put forward («ما يطرحه … من شروط»), then the first of the list («، وفي مقدمتها |تنحي الأسد»). */
const OTHERS_CONDITIONS_LISTED_BEFORE = new RegExp(
  `(?:^|\\s)${WHAT_OTHERS_PUT}(?:ال)?(?:شروط|مطالب)[^.؛:!?؟]{0,60}[،,]\\s*(?:وفي\\s+مقدمتها|وابرزها|ومنها|وعلي\\s+راسها)\\s+$`,
);

/**
 * «لم تعد تعارض أن يبقى الأسد»: no longer rejecting is a position (it accepts), not the uncertain «لم تعد» of a
 * change only reported; the negation and the rejection then turn the words twice.
 */
const NO_LONGER_REJECTING = /^\s+[يتن]?(?:عارض|عترض|مانع|رفض)[\u0621-\u064A]*\s/;
/**
 * «لم تعد (واشنطن) تشترط رحيل الأسد», «لم يعد يطالب برحيله»: no longer demanding or conditioning is a position too (the
 * demand given up), as the phrase rules read «لم تعد تطالب»; its subject of one or two words may stand between. (Not
 * «لم يعد يتمسك بشرط …», «لم يعودوا يصرون على …»: no longer holding on or insisting is read as before, no position.)
 */
const NO_LONGER_DEMANDING = /^\s+(?:[^\s،,.؛:"]+\s+){0,2}?[يتن](?:شترط|طالب)(?:ون|ان|وا)?\s/;
/**
 * «لم يعد هناك مكان للأسد», «لم تعد تقبل بأي شروط», «لم يعد يملك أي شرعية», «لم يعد مقبولاً»: no longer being, having,
 * accepting or recognising states the state now, a negation like «لا», not a position only reported as changed.
 */
const NO_LONGER_STATE =
  /^\s+(?:هناك|ثمه|[يت]وجد|[يتن]قبل(?:ون)?|[يتن]عترف(?:ون)?|[يت]ملك|[يت]متلك|[يت]حظي|(?:ال)?(?:مقبول|ممكن|وارد|مطروح|قادر)[\u0621-\u064A]*|(?:من\s+)?(?:الممكن|المقبول|الوارد)|بامكان[\u0621-\u064A]*|(?:له|لها|لهم|لل[\u0621-\u064A]+|ل[\u0621-\u064A]{3,}))(?:\s|$)/;
/** The uncertain «لم تعد», «لم يعودوا», «لا يعود» (not a denial): what NO_LONGER_DEMANDING reads after. */
const NO_LONGER = /عد|عود/;

/**
 * After a comma, a verb of saying (or its participle) and «إن/أن»: the denier goes on in his own clause («نفى ذلك،
 * وقال إن "الأسد فقد شرعيته"», «نافياً التقارير، ومؤكداً أن …»), which the denial before does not reach.
 */
const OWN_CLAUSE_AFTER_DENIAL =
  /[،,]\s*[وف]?(?:قال|قالت|اكد|اكدت|اضاف|اضافت|شدد|شددت|اوضح|اوضحت|مؤكدا|مؤكده|مشددا|مشدده|موضحا|موضحه|مضيفا|مضيفه)\s+(?:علي\s+)?(?:ان|انه|انها|بان)\s/;
/** Whether the denial or position given up at `h` is followed, before `to`, by the one denying's own clause. */
function ownClauseAfter(normal: string, h: Hit, to: number): boolean {
  return OWN_CLAUSE_AFTER_DENIAL.test(normal.slice(h.index + h.text.length, to));
}

/** A verb of saying right after a negation, then «إن/أن» («لم تقل يوماً إن …», «لم نقل أبداً إن …»). */
const NEVER_SAID_AFTER = /^\s+[نيت]?(?:قل|قال|قالت|قلنا|قولوا)\s+(?:(?:يوما|ابدا|قط|مطلقا)\s+)?(?:ان|انه|انها|بان)\s/;

/**
 * Whether a finite verb of position or rejection joined by «و/ف» (JOINED_FINITE_VERB) opens a clause of its own after
 * the rejection `r` and before `to`, with no punctuation between them.
 */
function joinedVerbAfter(ctx: SentenceContext, r: Hit, to: number): boolean {
  const from = r.index + r.text.length;
  if (/[،,:؛"]/.test(ctx.normal.slice(from, to))) return false;
  const joined = (h: Hit) => h.index >= from && JOINED_FINITE_VERB.test(h.text);
  return (
    ctx.inside(ctx.classes.polarity.rejection, from, to).some(joined) ||
    ctx.inside(ctx.classes.polarity.position, from, to).some(joined) ||
    // («انتقد لافروف السعودية |وقال| إن إيران يجب أن تشارك»: a verb of saying joined by «و» closes it too.)
    JOINED_SAYING.test(ctx.normal.slice(from, to))
  );
}
/**
 * What makes a negation before it an adverb of manner or a set phrase, negating nothing of the clause: «بلا تردد»,
 * «دون هوادة», «بلا تحفظ», «دون مواربة», «دون تأخير», «لا شك».
 */
const MANNER_WITHOUT_AFTER = /^\s+(?:اي\s+|ادني\s+)?(?:تردد|هواده|تحفظ|مواربه|لبس|شك|تاخير|ابطاء|تلكؤ|مجامله|تحفظات)(?![\u0621-\u064A])/;
/** «(لم) يتغير», «(لم) يتبدل», «(لن) يتغير» right after a negation (a position before it: POSITION_BEFORE). */
const UNCHANGED_AFTER = /^\s+[يت](?:تغير|تبدل)(?![\u0621-\u064A])/;
/** «موقف» and up to four words (whose it is, on what) before a negation: the position that has not changed. */
const POSITION_BEFORE = /(?:^|\s)[وف]?(?:ال)?موقف(?:ه|ها|هم|نا)?(?:\s+[^\s،,.؛:"]+){0,4}\s+$/;
/** A verb of saying joined by «و» or «ف», in the past: «وقال», «وأكدت», «فأوضح». */
const JOINED_SAYING = /\s[وف](?:قال|قالت|اكد|اكدت|اضاف|اضافت|اوضح|اوضحت|شدد|شددت|اعتبر|اعتبرت|اعلن|اعلنت|تابع|تابعت)(?=\s)/;

/**
 * «أي» and a noun opening a clause, as its subject (after the clause's start, a quotation mark, a comma or «أن/إن/فإن»),
 * then its words up to the cue: «"|أي حل لا ينص على |رحيل الأسد», «أن |أي اتفاق يبقي |الأسد». (Not «أي» after a verb or
 * a preposition, «لن نقبل بأي حل …»: the object, which the verb before it judges.)
 */
const ANY_HEAD_BEFORE =
  /(?:^|[،,:"«]|(?:^|\s)[وف]?(?:ان|انه|انها|فان))\s*"?\s*(?:اي|ايه)\s+[^\s،,.؛:!?؟"]{2,}(?:\s+[^\s،,.؛:!?؟"]+){0,12}?\s*$/;
/**
 * After the words, in their clause, a predicate negated (the first «لن/لا/لم/ليس» not joined by «و», not «لا … إلا/سوى»,
 * not «لا بد»): «… |لن يكون الائتلاف جزءاً منه», «… |لن نوقع عليه». Not past a verb of being or a pronoun of the
 * predicate («… سيكون هدية لا تقدر بثمن»): the negation there describes the predicate's noun.
 */
const PREDICATE_NEGATED_AFTER =
  /^(?:\s+"?(?!(?:[وف]?(?:س|ل)?[يت]كون|كان|كانت|هو|هي)(?![\u0621-\u064A]))[^\s،,.؛:!?؟"]+"?){0,10}?\s+"?(?:لن|لا|لم|ليس|ليست)\s+(?!بد(?![\u0621-\u064A])|[يت]?زال)(?![^\s،,.؛:]+\s+(?:[^\s،,.؛:]+\s+)?(?:الا|سوي)\s)/;
/**
 * «أي حل لا ينص على رحيل الأسد لن نكون جزءاً منه», «أي اتفاق يبقي الأسد لن نوقع عليه»: the words inside a clause
 * describing «أي» and a noun, the subject of a negated predicate, are turned once more by that predicate (the solution
 * that does not name his going is refused: his going is required). `to` is where the words start, `after` where they end.
 */
function anyHeadDenied(ctx: SentenceContext, to: number, after: number): boolean {
  const head = ctx.normal.slice(windowStart(ctx, to, 14), to);
  return head.includes("اي") && ANY_HEAD_BEFORE.test(head) && PREDICATE_NEGATED_AFTER.test(ctx.normal.slice(after, ctx.s.end));
}

/**
 * The rest of a clause of «if» up to its comma, and the answer opening on «ف» after it: «…، |فلن نصل إلى شيء»; past
 * «فإن ذلك», «فهذا» naming what the clause of «if» says («…، فإن ذلك |سيكون خطأ»).
 */
const IF_ANSWER_AT = /^[^.؛:!?؟،,]{0,80}[،,](?:\s*"?\s*(?:فان\s+(?:ذلك|هذا)|فذلك|فهذا)(?=\s)|(?=\s*"?\s*ف))/;
/** Whether the answer of the «if» whose words end at `after` is a rejecting predicate (lexicon.rejectedAfter). */
function answerJudged(ctx: SentenceContext, after: number): boolean {
  const m = IF_ANSWER_AT.exec(ctx.normal.slice(after, ctx.s.end));
  return m !== null && rejectedByPredicate(ctx, after + m[0].length);
}

/** The polarity of the words in [from, to) and of a rejecting predicate right after `after`. */
function polarity(
  ctx: SentenceContext,
  from: number,
  to: number,
  after: number,
  refusedIfTurns = false,
  skip?: { start: number; end: number },
): Polarity {
  const { classes, normal, s } = ctx;
  // «لا نرفض المؤتمر بل نرفض الشروط», «لم تكتف بالرفض بل وضعت شروطاً»: what comes before «بل» ("rather") governs
  // nothing after it.
  const span = normal.slice(from, to);
  const rather = span.includes("بل") ? lastMatch(RATHER, span) : null;
  // («عقد المؤتمر من دون شروط بدلاً من اشتراط رحيل الأسد»: nor does a negation before «بدلاً من», which itself
  // rejects what follows it.)
  const instead = span.includes("بدل") || span.includes("عوض") ? lastMatch(INSTEAD_OF, span) : null;
  if (instead !== null && (rather === null || instead > rather)) from += instead;
  else if (rather !== null) from += rather + span.slice(rather).indexOf("بل") + 2;
  // (What an aside between commas says, `skip`, governs nothing outside it: «إن بشار الأسد، الذي استخدم الأسلحة
  // الكيماوية ضد شعبه، لا يمكن أن يكون له دور …».)
  const inWindow = (w: WordClass) =>
    skip ? ctx.inside(w, from, to).filter((h) => h.index < skip.start || h.index >= skip.end) : ctx.inside(w, from, to);
  const anonymous = anonymitySpans(normal, from, to);
  const inAnonymity = (h: Hit) => anonymous.some(([a, b]) => h.index >= a && h.index < b);
  // «غير أن» is "however", not a negation; nor is «لا» of «لا يريدون سوى …» («only»).
  const negations = inWindow(classes.polarity.negation).filter(
    (h) =>
      !inAnonymity(h) &&
      !(/غير$/.test(h.text) && /^\s+ان/.test(normal.slice(h.index + h.text.length))) &&
      !adversativeExcept(normal, s, h) &&
      !disputeDenied(normal, s, h) &&
      // «لم يكتف بالمطالبة برحيل الأسد»: "not only", what it was not content with still stands.
      !NOT_ONLY_AFTER.test(normal.slice(h.index + h.text.length, h.index + h.text.length + 12)) &&
      negates(normal, h) &&
      !ONLY_AFTER.test(normal.slice(h.index + h.text.length, h.index + h.text.length + 24)) &&
      // «لم يترك مجالاً للتأويل حين قال إن الأسد سيرحل»: a negation before «حين/عندما» and a verb of saying denies
      // the outer clause, not what the speaker then said.
      !REPORTED_AFTER_WHEN.test(normal.slice(h.index + h.text.length, to)) &&
      // «لم تتراجع واشنطن (لفظياً) عن مطالبتها برحيله»: a retreat denied, its subject or an adverb before its «عن»
      // (which the class of rejections, reading «تتراجع عن» whole, does not see), leaves the demand standing.
      !RETREAT_SPLIT_AFTER.test(normal.slice(h.index + h.text.length, to)) &&
      // «لم تغير باريس موقفها الداعي إلى رحيل الأسد»: a position not changed stands.
      !UNCHANGED_POSITION_AFTER.test(normal.slice(h.index + h.text.length, to)) &&
      // «ترفض واشنطن بشدة |وبلا تردد| أي دور للأسد»: an adverb of manner, «without hesitation», negates nothing.
      !MANNER_WITHOUT_AFTER.test(normal.slice(h.index + h.text.length, h.index + h.text.length + 16)) &&
      // «موقف واشنطن من الأسد |لم يتغير| وإنه يجب أن يرحل»: no change denies only the change.
      !(
        UNCHANGED_AFTER.test(normal.slice(h.index + h.text.length, h.index + h.text.length + 10)) &&
        POSITION_BEFORE.test(normal.slice(Math.max(s.start, h.index - 60), h.index))
      ),
  );
  // «لم ولن نقبل», «لم تناقش ولن تناقش»: a negation joined by «و» to one right before it repeats it.
  // So does «ولا» before a noun or a preposition's object («لا يكون لبشار الأسد ولا لأركان نظامه أي دور»): it
  // joins one more to what the negation before it denies.
  for (let i = negations.length - 1; i > 0; i--) {
    const prev = negations[i - 1]!;
    const n = negations[i]!;
    if (
      (/^و/.test(n.text) &&
        (ctx.words.within(prev.index + prev.text.length, n.index, 1) ||
          (n.text === "ولا" && NOUN_NEXT.test(normal.slice(n.index + n.text.length, n.index + n.text.length + 6))))) ||
      // «لا تقبل |لا| بالتدخل الخارجي ولا بتنحي الأسد»: «لا … ولا …» after a negated verb lists what it denies.
      (n.text === "لا" &&
        ctx.words.within(prev.index + prev.text.length, n.index, 3) &&
        NOUN_NEXT.test(normal.slice(n.index + 2, n.index + 8)))
    )
      negations.splice(i, 1);
  }
  // «لا تدعم أي طرف ولا تريد رحيل الأسد», «لا نتمسك به ولا نطالب برحيله»: «لا» before a verb, then «ولا» before a
  // verb of position, is "neither … nor …": the first «لا» denies its own clause, not what the second verb wants,
  // which its own «ولا» denies. (Not a pair describing a noun, «مفاوضات لا تنطلق من … ولا تفضي إلى رحيل الأسد», whose
  // verb states no position: a refusal before it, out of reach, requires his going.)
  // (What the first clause's own verb rejects stays in it too: «لا يعارض الحل السياسي ولا يشترط رحيل الأسد».)
  let norAt = -1;
  for (let i = negations.length - 1; i > 0; i--) {
    const n = negations[i]!;
    const prev = negations[i - 1]!;
    if (!/^ولا(?:\s|$)/.test(n.text) || !/^[وف]?لا(?:\s|$)/.test(prev.text)) continue;
    // (The verb after «ولا» starts past the spaces NOR_VERB_NEXT read.)
    const after = normal.slice(n.index + 3, n.index + 16);
    if (!NOR_VERB_NEXT.test(after)) continue;
    const next = n.index + 3 + (after.length - after.trimStart().length);
    // (A verb of position, of rejecting or accepting, or of conditioning: «… ولا يشترط رحيل الأسد», «… ولا تقبل …».)
    const stated = (w: WordClass) => inWindow(w).some((h) => h.index === next || h.index === next - 1);
    if (
      NOR_VERB_NEXT.test(normal.slice(prev.index + prev.text.indexOf("لا") + 2, prev.index + prev.text.length + 14)) &&
      (stated(classes.polarity.position) ||
        stated(classes.polarity.rejection) ||
        stated(classes.polarity.condition) ||
        NOR_ACCEPTING_NEXT.test(after))
    ) {
      negations.splice(i - 1, 1);
      norAt = n.index;
      break;
    }
  }
  // «معارضة الداخل التي لا تمانع …» names the opposition; it rejects nothing.
  const named = classes.polarity.oppositionNamed ? inWindow(classes.polarity.oppositionNamed) : [];
  // «حذر من أن من يطالب برحيل الأسد يعرقل المؤتمر»: warning that something is so reports it; what is warned against
  // is what follows «من» without «أن» («حذر من رحيل الأسد»).
  // («محذراً من أن إسقاطه سيسلم سوريا للإرهابيين»: the words right after its «أن» are still what is warned against.)
  const rejections = inWindow(classes.polarity.rejection).filter(
    (r) =>
      r.index > norAt &&
      !inAnonymity(r) &&
      // («تدين دمشق بالولاء لطهران»: «يدين/تدين بالولاء/بالفضل» owes, it condemns nothing.)
      !(OWES.test(r.text) && OWED_AFTER.test(normal.slice(r.index + r.text.length, r.index + r.text.length + 40))) &&
      !named.some((n) => n.index === r.index) &&
      // «عارضت مشاركة طهران وضغطت حتى سحبت دعوتها»: a verb of pressing or working for something, joined by «و» after
      // the rejection's object, acts on its own; what it brings about is not rejected.
      !PRESSED_AFTER.test(normal.slice(r.index + r.text.length, to)) &&
      // «انتقدت السعودية إيران ورفضت مشاركتها», «… وأيدت مشاركتها»: a word of criticism or rejection whose clause a
      // finite verb of position joined by «و» closes (no punctuation between) does not reach past that verb.
      !joinedVerbAfter(ctx, r, to) &&
      !(
        WARNING.test(r.text) &&
        THAT_AFTER.test(normal.slice(r.index + r.text.length, to)) &&
        !THAT_ONLY.test(normal.slice(r.index + r.text.length, to))
      ),
  );
  // A cue in the answer of a condition («وإذا أردنا حلاً فينبغي أن نشرك إيران») is not what the condition requires.
  // «قبل أول مؤتمر», «قبل انطلاق المفاوضات», «قبل توجهه إلى فيينا» tell the time, not a condition; «قبل بألا …» is
  // the verb (accepted).
  const conditions = inWindow(classes.polarity.condition).filter(
    (c) =>
      !APODOSIS.test(normal.slice(c.index + c.text.length, to)) &&
      !timeBefore(normal, c) &&
      !stressedThat(ctx, c) &&
      // «من دون أن يوضح ما إذا كانت واشنطن قد غيرت موقفها من دعوة طهران»: «(ع)ما إذا», «فيما إذا» ask whether; an
      // indirect question sets no condition.
      !(/^[وف]?اذا$/.test(c.text) && WHETHER_RIGHT_BEFORE.test(normal.slice(Math.max(s.start, c.index - 8), c.index))) &&
      // «قادر على أن يكون …»: able to, not on condition that; nor after a verb whose complement «على أن» is («لا نوافق
      // على أن يكون رحيل الأسد شرطاً», «اتفق الجانبان على أن …», «أصر على أن …»).
      !(
        /علي\s+ان$/.test(c.text) &&
        (ABLE_BEFORE.test(normal.slice(Math.max(s.start, c.index - 16), c.index)) || VERB_OF_ON_BEFORE.test(normal.slice(s.start, c.index)))
      ),
  );
  // «أعرب عن ارتياحه لتقدم المحادثات رغم غياب إيران»: a verb before «رغم» (despite) does not reach past it.
  const concessive = CONCESSIVE.exec(normal.slice(from, to));
  const positions = concessive
    ? inWindow(classes.polarity.position).filter((h) => h.index > from + concessive.index)
    : inWindow(classes.polarity.position);
  // The last of them (a rejection before a position at the same word).
  let verb: Hit | undefined;
  for (const list of [rejections, positions]) for (const h of list) if (verb === undefined || h.index > verb.index) verb = h;
  // «على إيران أن تشارك», «على الأسد أن يرحل»: «على», the one obliged, «أن» right before the word is an obligation,
  // as «يجب أن» is.
  if (verb === undefined) {
    const obliged = OBLIGATION.exec(normal.slice(from, to));
    if (obliged) verb = { index: from + obliged.index + obliged[0].length - obliged[0].trimStart().length, text: obliged[1]! };
    else {
      // (The verbal noun's obligation opens on «على» itself: «قال الجبير بعد لقائه كيري إن |على الأسد الرحيل».)
      const toNoun = OBLIGATION_TO_NOUN.exec(normal.slice(from, to));
      if (toNoun) verb = { index: from + toNoun.index + toNoun[0].indexOf(toNoun[1]!), text: toNoun[1]! };
    }
  }
  // Past the reach, a verb of denying whose «أن» opens the clause the words are in («نفت المتحدثة باسم الخارجية
  // الأمريكية جين ساكي أن تكون الولايات المتحدة قد وافقت على دعوة إيران»): a long title stands between.
  // «لم تقل يوماً إن بقاء الأسد مسألة مبدئية»: a saying denied is a denial (CONTRACT.md), no stance either way.
  const saidNot = negations.some((h) => NEVER_SAID_AFTER.test(normal.slice(h.index + h.text.length, to)));
  // «لم يعلق لافروف على رحيل الأسد», «رفض التعليق على …»: a comment on the words, or one declined, holds nothing.
  const uncertain =
    saidNot ||
    // «وسئل مسؤول عما إذا كان القرار يعني القبول ببقاء الأسد»: what an indirect question asks is no one's position
    // (unless the sentence gives the answer: «ورداً على سؤال عما إذا …، قال …», «… فأجاب: نعم»).
    (hasWhether(normal, from, to) &&
      ASKED_WHETHER_BEFORE.test(normal.slice(from, to)) &&
      !ANSWER_WORD.test(normal.slice(ctx.s.start, ctx.s.end))) ||
    commentedOn(normal.slice(Math.max(ctx.s.start, to - 110), to), normal.slice(to, ctx.s.end)) ||
    notMentioned(normal.slice(Math.max(ctx.s.start, to - 80), to)) ||
    // «إن الأسد قد يرحل قريباً», «قد يبقى حتى …»: «قد» before a verb in the present is «may», a guess, no position (not
    // «قد» of the past, «وقد أكد أن …»).
    (MAY_RIGHT_BEFORE.test(normal.slice(Math.max(ctx.s.start, to - 6), to)) &&
      /^[يتن][\u0621-\u064A]{2,}/.test(normal.slice(to, to + 4))) ||
    (ctx.may(classes.polarity.uncertain) &&
      (ctx
        .find(classes.polarity.uncertain, windowStart(ctx, to, DENIAL_REACH, false), to)
        .some(
          (h) =>
            !NO_LONGER_REJECTING.test(normal.slice(h.index + h.text.length, to)) &&
            !(NO_LONGER.test(h.text) && NO_LONGER_DEMANDING.test(normal.slice(h.index + h.text.length, to))) &&
            !(NO_LONGER.test(h.text) && NO_LONGER_STATE.test(normal.slice(h.index + h.text.length, to))) &&
            !ownClauseAfter(normal, h, to),
        ) ||
        ctx
          .find(classes.polarity.uncertain, windowStart(ctx, to, DENIED_THAT_REACH, false), to)
          .some(
            (h) =>
              DENYING.test(h.text) &&
              !ownClauseAfter(normal, h, to) &&
              (THAT_NEXT.test(normal.slice(h.index + h.text.length, to)) ||
                TRUTH_NEXT.test(normal.slice(h.index + h.text.length, Math.min(to, h.index + h.text.length + 60)))),
          ))) ||
    // «نفى المتحدث … صحة ما نشرته صحيفة … عن أن … نقل إلى الأسد رسالة … يطلب منه فيها التنحي», «نفت الخارجية الأنباء التي
    // تحدثت عن …»: a report denied earlier in the sentence, however long, up to the denier's own words again
    // (deniedBefore, as the phrase cues read it; CONTRACT.md: denials are not annotated).
    deniedBefore(normal.slice(ctx.s.start, to));
  // «انتقد تقاعس المجتمع الدولي عن فرض رحيل الأسد»: a failure criticised asks for what failed; the rejection is the
  // verb whose subject holds the words, and turns nothing.
  const failures = rejections.filter((r) => FAILURE_AFTER.test(normal.slice(r.index + r.text.length, to))).length;
  let flips = negations.length + rejections.length - failures;
  // «تراجعت تركيا عن رفضها لأي دور للأسد», «تخلت واشنطن عن مطلب رحيل الأسد»: giving something up, the subject between
  // the verb and its «عن» (the class of rejections reads «تراجعت عن» whole only), turns what is given up; denied
  // («لم تتراجع واشنطن عن …») it leaves it standing (the negation before it is dropped above).
  const windowText = normal.slice(from, to);
  const given =
    windowText.includes("تراجع") || windowText.includes("تخل") || windowText.includes("تنازل") ? RETREAT_SPLIT.exec(windowText) : null;
  if (given) {
    const verbAt = from + given.index + given[0].length;
    if (!NEGATED_RIGHT_BEFORE.test(normal.slice(Math.max(0, verbAt - 8), verbAt))) flips++;
  }
  // «لا ينبغي لأحد أن يضع شروطاً»: a negation right before the verb found, just outside the window, governs it; not
  // one before an exception («لا يريدون سوى …», «لا يطالبون إلا …»: only that).
  if (
    verb &&
    verb.index - from < NEGATED_VERB_REACH &&
    !negations.some((n) => n.index < verb!.index) &&
    !EXCEPT_NEXT.test(normal.slice(verb.index + verb.text.length, verb.index + verb.text.length + 8))
  ) {
    const governing = ctx
      .find(classes.polarity.negation, windowStart(ctx, verb.index, 2), verb.index + verb.text.length)
      .some((n) => n.index < from && n.index + n.text.length >= verb!.index - 1 && negates(normal, n));
    if (governing) flips++;
  }
  // «لا ترى أنه يجب أن تكون هناك شروط مسبقة», «لا نعتقد أن على المعارضة أن تضع شروطاً»: a verb of belief negated
  // before the window, its «أن» opening the clause of a modal the words are in, denies what must be (one negation
  // inside the window is counted above).
  const believedNot = NEGATED_BELIEF_BEFORE.exec(normal.slice(windowStart(ctx, to, BELIEF_REACH), to));
  if (believedNot && to - believedNot[0].length + believedNot[0].search(/[\u0621-\u064A]/) < from) flips++;
  const rejectedAfter = rejectedByPredicate(ctx, after, to);
  // «محذراً من أن رحيل الأسد سيغرق البلاد في الفوضى»: the warning right before «أن» and the harm said after the words
  // are one judgement, counted once.
  const warnedThat =
    rejectedAfter && rejections.some((r) => WARNING.test(r.text) && THAT_ONLY.test(normal.slice(r.index + r.text.length, to)));
  // «لم تقبل شروطاً مسبقة للمشاركة ولن تقبلها», «لا نضع شروطاً ولن نضعها»: a negated verb joined after the words,
  // their pronoun its object, repeats the negation before them; it is not one more.
  const repeated =
    rejectedAfter &&
    negations.some((n) => VERBAL_NEGATOR.test(n.text)) &&
    NEGATION_REPEATED_AFTER.test(normal.slice(after, Math.min(s.end, after + 70)));
  // «رفضت طهران المطالبات برحيل الأسد ووصفتها بأنها تدخل …»: the one rejecting goes on to describe what he rejected;
  // the description is the same judgement, counted once.
  const describedRejected =
    rejectedAfter && rejections.length > 0 && DESCRIBING_WHAT_REJECTED_AFTER.test(normal.slice(after, Math.min(s.end, after + 30)));
  if (rejectedAfter && !warnedThat && !repeated && !describedRejected) flips++;
  else if (!rejectedAfter && anyHeadDenied(ctx, to, after)) flips++;
  // Inside a condition the words say what is required («لن نشارك إلا إذا رحل الأسد»): as they stand, unless the
  // condition itself is rejected («رفض شرط رحيل الأسد»).
  if (conditions.length > 0) {
    const c = conditions[conditions.length - 1]!;
    // Only a condition named by a noun is the object of a rejection («رفض شرط رحيل الأسد»); before «إذا», «في حال»
    // the rejection is the main clause's («رفضها للمؤتمر في حال لم يتضمن رحيل الأسد»).
    // A rejection negated right before it («لن يتراجع عن شرط رحيل الأسد», «لم ترفض شرط …») leaves the condition held.
    const rejected =
      (CONDITION_NOUN.test(c.text) &&
        rejections.some(
          (r) =>
            r.index < c.index &&
            // («بوقف دعم الأسد كشرط لدعوتها»: the support given up is what is asked, not the condition refused.)
            !r.text.includes("دعم") &&
            !negations.some(
              (n) => VERBAL_NEGATOR.test(n.text) && n.index < r.index && ctx.words.within(n.index + n.text.length, r.index, 0),
            ) &&
            (ctx.words.within(r.index + r.text.length, c.index, 1) ||
              REJECTED_CONDITIONS_INCLUDING.test(normal.slice(r.index + r.text.length, c.index)) ||
              REJECTED_IMPOSED.test(normal.slice(r.index + r.text.length, c.index))),
        )) ||
      // «لن تقبل بشرط رحيل الأسد»: «ب» of accepting, then the condition as a noun, not «بشرط» ("provided that").
      refusedAccepting(ctx, c) ||
      // «لا يطرح شرط رحيل الأسد», «لم تضع واشنطن أي شرط يتعلق برحيله»: a condition not set is rejected too.
      NEGATED_SETTER.test(normal.slice(from, c.index)) ||
      // «لا حل سياسياً في سوريا يبدأ بشرط رحيل الأسد»: no solution or talks that start on the condition denies it.
      noTalksOn(ctx, c);
    // A condition that states what is required («على أن لا يكون للأسد دور», «بشرط ألا …»): a negation inside it
    // is part of the requirement.
    const inside = negations.filter((n) => n.index >= c.index + c.text.length).length % 2 === 1;
    // So is one opening a clause of what is guaranteed or demanded inside any condition («ما لم يحصل على ضمانات
    // بألا يكون للأسد أي دور», «إلا إذا تعهدوا بعدم بقائه»), not the condition's own verb negated («إذا لم يرحل»).
    // (Only one right before the words or their verb of being, «بألا يكون للأسد …», «بعدم بقائه»: not one of another
    // item of the list, «بعدم قصف المدن وبالاتفاق على رحيله», nor one of another verb, «بألا تعرقل رحيله».)
    const complementNegated =
      negations.filter(
        (n) =>
          n.index >= c.index + c.text.length &&
          (COMPLEMENT_NEGATION.test(n.text) ||
            // «إلا على أساس تشكيل هيئة حكم انتقالية |لا يكون الأسد جزءاً منها»: a relative clause on the body required.
            (n.text === "لا" && BODY_BEFORE_NEGATION.test(normal.slice(Math.max(s.start, n.index - 60), n.index)))) &&
          COMPLEMENT_REACHES.test(normal.slice(n.index + n.text.length, to)),
      ).length %
        2 ===
      1;
    // «شرط التخلي عن مطلب رحيل الأسد», «شرط التنازل عن …»: a condition of giving the words up requires the opposite.
    const givenUp = GIVEN_UP_IN_CONDITION.test(normal.slice(c.index + c.text.length, to));
    const negatedInside = (THAT_CONDITION.test(c.text) ? inside : complementNegated) !== givenUp;
    // «ستنسحب من هذا المسار إذا تحول إلى منبر لتحديد موعد لرحيل الأسد»: walking out or staying away if it comes
    // about rejects what the condition names (and, negated, «سننسحب إذا لم يتفق على رحيله», requires it).
    // (Read for his going or staying only: a walk-out if Iran is invited, «سينسحب إذا تمت دعوة إيران», is read by the
    // Iran cues as her absence required.)
    const refusedIf =
      refusedIfTurns && PLAIN_IF.test(c.text) && REFUSAL_BEFORE_IF.test(normal.slice(windowStart(ctx, c.index, 9), c.index));
    // «ستعم الفوضى إذا تنحى الأسد», «إذا تنحى الأسد فإن البلاد ستغرق في الفوضى»: chaos or collapse foretold if it
    // comes about warns against what the condition names.
    const chaosIf =
      refusedIfTurns &&
      PLAIN_IF.test(c.text) &&
      (chaosBefore(ctx, c.index) || CHAOS_AFTER_IF.test(normal.slice(after, Math.min(s.end, after + 70))));
    // «إذا اشترطنا أن يتنحى الأسد قبل المفاوضات، فلن نصل إلى شيء»: an answer after the comma that judges what the
    // condition names (a rejecting predicate opening on «ف») turns it, as chaos foretold does.
    const judgedIf = refusedIfTurns && PLAIN_IF.test(c.text) && answerJudged(ctx, after);
    if (refusedIf || chaosIf || judgedIf) return { void: uncertain, turned: !inside, conditioned: true, verb, rejectedAfter };
    return { void: uncertain, turned: (rejected !== rejectedAfter) !== negatedInside, conditioned: true, verb, rejectedAfter };
  }
  // «لم تضغط واشنطن لحضور إيران»: pressing for it denied says nothing of it (not pressing is no pressing against).
  const pressingDenied = flips % 2 === 1 && verb !== undefined && PRESSING_VERB.test(verb.text);
  return { void: uncertain || pressingDenied, turned: flips % 2 === 1, conditioned: false, verb, rejectedAfter };
}

/**
 * «على» opening its clause (after «أن», «إن», a comma or the window's start, not after a verb whose complement it
 * is: «اعترضت فرنسا على فكرة أن …») + the one obliged (one to four words) + «أن», and a copula as after a modal
 * (MODAL_BEFORE: «على إيران أن تكون |حاضرة»), ending where the cue's word starts.
 */
const OBLIGATION =
  /(?:^|[،,]\s*|(?:^|\s)(?:ان|انه|بان|لكن|بل)\s+)([وف]?علي)\s+(?:[^\s،,.؛:]+\s+){1,4}?(?:ان|بان)\s+(?:(?:[يت]كون|تبقي)\s+)?$/;
/**
 * The same obligation with the verbal noun right after the one obliged (one to three words, not a phrase of «على»
 * itself: «على الرغم», «على الأقل», «على صعيد»), «على» after «أن/إن» or a comma or colon (not the window's start,
 * which may be a verb's «على»: «شددت المعارضة |على التزام النظام …»): «إن على المجتمع الدولي |استبعاد إيران», «:
 * على الجميع |سحب الدعوة».
 */
const OBLIGATION_TO_NOUN =
  /(?:[،,:]\s*|(?:^|\s)(?:ان|انه|بان|لكن|بل)\s+)([وف]?علي)\s+(?!(?:ال)?(?:رغم|عكس|اقل|اغلب|اكثر|اطلاق|عموم|اساس|صعيد|مستوي|هامش|راس|راسها|راسهم|طاوله|ارض|حد|نحو|وجه|خلفيه|خط|غرار|ضوء|مدي|مدار|امتداد|عاتق|الرغم|جدول|اجنده|صله|وقع|اثر|سبيل|مستوي|ما|ان|انه|انها|اي|كل|هذا|هذه|ذلك)(?![\u0621-\u064A]))(?:(?!(?:ان|بان|الا|لا|لن|لم|قد)\s)[^\s،,.؛:"]+\s+){1,3}?$/;

/** How far back (words) a negated verb of belief («لا نرى أنه يجب …») still governs the cue after its modal. */
const BELIEF_REACH = 14;
/**
 * A verb of belief negated by «لا/لسنا/لست» («لا نرى», «لا ترى», «لا أعتقد», «لا يظن»), «أن/أنه», at most three
 * words, a modal («يجب», «ينبغي», «لا بد», «من الضروري», «على المعارضة أن»), then at most five words up to the cue:
 * «لا ترى أنه يجب أن تكون هناك |شروط», «لا نعتقد أن على أحد أن يضع |شروطاً». No punctuation between: «لا نرى
 * ذلك، ويجب …» starts again. (A positive «ترى أنه يجب …» is not matched: its words keep their reading.)
 */
const NEGATED_BELIEF_BEFORE =
  /(?:^|\s)"?[وف]?(?:لا|لسنا|لست)\s+(?:[نيت](?:ري|عتقد|ظن)|اري|اعتقد|اظن)\s+(?:ان|انه|انها|بان)\s+(?:[^\s،,.؛:!?؟"]+\s+){0,3}?(?:يجب|ينبغي|يتعين|لابد|لا\s+بد|من\s+الضروري|علي(?:\s+[^\s،,.؛:!?؟"]+){1,3}\s+ان)\s+(?:[^\s،,.؛:!?؟"]+\s+){0,5}$/;

/** How near the window's start a verb must stand for a negation before the window to govern it (characters). */
const NEGATED_VERB_REACH = 12;
/**
 * Words after «لا/لم/لن» that make no negation of them: «زال» («لا تزال تعارض», «لم يزل يطالب»: "still") and «بد»
 * («لا بد أن تكون حاضرة»: "must"), «غنى عن», «بديل عن» («طرف لا غنى عنه», «لا ترى أي بديل عن مشاركة إيران», «لا
 * يمكن الاستغناء عن دورها»: "indispensable", affirming what follows), and «مسبوق»,
 * «مباشر» after «غير» («ضغوط غير مسبوقة لإقصاء طهران»: "unprecedented" describes the noun; it denies nothing), and
 * «مرة» after «غير» («أعلن غير مرة أن الأسد سيرحل»: "more than once", an adverb of the verb; it denies nothing), and
 * «تراجع عنه», «رجعة فيه», «يمكن التنازل عنه» («كشرط لا تراجع عنه», «مطلب لا رجعة فيه»: "irrevocable", describing
 * the noun before it, which it affirms).
 */
const NOT_NEGATED_AFTER =
  /^\s+(?:(?:(?:[يت]مكن|[يت]جوز)\s+(?:ال)?)?(?:تراجع|رجعه|رجوع|تنازل|مساومه|محيد|مفر|حياد)\s+(?:عن|في|علي|من)(?:ه|ها)(?![\u0621-\u064A])|(?:[يتن]?زال|زال)[\u0621-\u064A]*|بد|(?:(?:[نيت]?(?:ري|جد)|اري|اجد)\s+)?(?:(?:اي|ايه)\s+)?(?:غني|بديل|بديلا)\s+عن[\u0621-\u064A]*|[يت]مكن\s+(?:ال)?استغناء\s+عن[\u0621-\u064A]*|مسبوق[\u0621-\u064A]*|مباشر[\u0621-\u064A]*|مره)(?![\u0621-\u064A])/;
/**
 * The spoken (Levantine) «ما» the class of negations holds, as the word or opening a phrase of it: «ما في», «ما إلو»,
 * «ما رح» (group 1: the clitic before it, «بما», «لما»).
 */
const SPOKEN_MA = /^[وف]?([بل])?ما(?:\s|$)|^[وف]?مافي$/;
/**
 * What «ما في» reads as "what is in" before, as standard Arabic has it, not "there is no": a noun with the article or
 * a demonstrative («أهم ما في البيان», «ما في ذلك»), «وسع» («ما في وسعها»); so does «كل» right before it.
 */
const WHAT_IS_IN_AFTER = /^\s+(?:ال|لل|ذلك|هذا|هذه|وسع|جعب|نفس)/;
/**
 * A spoken verb of the present after «ما», its prefix «بـ», «منـ», «عم» or «رح», or «بدّ» (want) with its pronoun:
 * «ما بيعنينا», «ما منرجع», «ما عم نحط», «ما بدو حل». Not «بين» («ما بين الطرفين»), nor a word of standard Arabic
 * opening on «من»: «منذ», «منه/منهم», the stems of «منع», «منح», «منطقة», «منظمة», «منصب» («ما منحته موسكو من دعم»).
 */
const SPOKEN_VERB_AFTER =
  /^\s+(?:(?!بين)ب[يتن][\u0621-\u064A]{2,}|(?!من(?:ذ|ع|ح|ه|ظ|ط|ص|اسب|ا(?![\u0621-\u064A])))من[\u0621-\u064A]{3,}|(?:عم|رح)\s+[يتنا][\u0621-\u064A]{2,}|بد(?:ي|ك|و|ها|نا|هم|هن|كم|كن))(?![\u0621-\u064A])/;
/** A word after which «ما» is the relative «what» of standard Arabic: «إن ما …», «كل ما …», «هذا ما …», «الذي ما …». */
const RELATIVE_MA_BEFORE = /(?:^|\s)(?:[وفب]?ان|[وف]?لان|كل|هذا|هذه|ذلك|هو|هي|وهو|وهي|الذي|التي)\s+$/;
/**
 * A hit of the negation class that negates: not the «لا» of «لا يزال» ("still") or of «لا بد» ("must"); of the spoken
 * «ما» (SPOKEN_MA), only «ما» before a spoken verb (SPOKEN_VERB_AFTER) and «ما في» before a noun it does not read as
 * "what is in" (WHAT_IS_IN_AFTER), neither after «بـ/لـ» («بما في ذلك», «لما في»): «ما في حل إلا برحيله», not «كل ما في
 * وسعها», «هذا ما ترفضه واشنطن».
 */
function negates(normal: string, h: Hit): boolean {
  const after = normal.slice(h.index + h.text.length, h.index + h.text.length + 32);
  const spoken = SPOKEN_MA.exec(h.text);
  if (spoken) {
    if (spoken[1]) return false;
    if (/^[وف]?ما$/.test(h.text))
      return SPOKEN_VERB_AFTER.test(after) && !RELATIVE_MA_BEFORE.test(normal.slice(Math.max(0, h.index - 8), h.index));
    if (/في$/.test(h.text) && (WHAT_IS_IN_AFTER.test(after) || /(?:^|\s)كل\s+$/.test(normal.slice(Math.max(0, h.index - 5), h.index))))
      return false;
  }
  return !NOT_NEGATED_AFTER.test(after);
}
/** Up to three words, then «سوى», after a negation: «لا يريدون سوى …», «لا تريد من المفاوضات سوى …» say «only». */
const ONLY_AFTER = /^\s+(?:[^\s،,.؛:]+\s+){1,3}?سوي\s/;
/**
 * «إلا أن/أنه» opening its clause, after punctuation or at the sentence's start: «however» («أعلن موافقته، |إلا أنه
 * ربط مشاركته بشروط»), no exception of a negation before it (not «لا يسعنا إلا أن نرحب»).
 */
function adversativeExcept(normal: string, s: { start: number }, h: Hit): boolean {
  return (
    /^و?الا$/.test(h.text) &&
    /^\s+ان(?:ه|ها|هم|هما)?(?![\u0621-\u064A])/.test(normal.slice(h.index + h.text.length, h.index + h.text.length + 8)) &&
    /(?:^|[،,.؛:"])\s*$/.test(normal.slice(Math.max(s.start, h.index - 4), h.index))
  );
}
/** A noun of dispute or disagreement («الخلاف», «خلافنا», «الاختلاف»), up to ten words of its clause before a negation. */
const DISPUTE_BEFORE = /(?:^|[\s"«])[وف]?(?:ال)?(?:خلاف|اختلاف)(?:نا|هم|ها|ه|ات)?(?:\s+[^\s.؛:!?؟]+){0,10}?\s*[،,]?\s+$/;
/** A preposition of what a dispute is on, right after a negation: «ليس |على رحيله», «لا |حول ضرورة رحيله». */
const DISPUTE_ON_AFTER = /^\s+(?:علي|حول|في|بشان)\s/;
/** What a dispute is said to be on when its matter is agreed: the timing or the manner of it («على توقيته», «حول آلية …»). */
const DISPUTE_ON_MANNER = /(?:^|\s)(?:علي|حول|في|بشان)\s+(?:ال)?(?:توقيت|موعد|الي[هت]|اليات|كيفي[هت]|شكل|طريق[هت]|مد[هت]|ترتيب|سرع[هت])/;
/**
 * «الخلاف ليس على رحيل الأسد، بل على توقيته», «خلافنا حول توقيت رحيله، لا حول ضرورة رحيله»: what a dispute is denied to
 * be on is agreed, where the dispute is said to be on its timing or manner; the dispute and its denial are two layers,
 * which leave the words standing. (Not a dispute on another matter: «الخلاف ليس على رحيل الأسد بل على محاربة داعش»
 * says nothing of his going agreed.)
 */
function disputeDenied(normal: string, s: { start: number }, h: Hit): boolean {
  const before = normal.slice(Math.max(s.start, h.index - 80), h.index);
  return (
    DISPUTE_ON_AFTER.test(normal.slice(h.index + h.text.length, h.index + h.text.length + 8)) &&
    DISPUTE_BEFORE.test(before) &&
    (DISPUTE_ON_MANNER.test(before.slice(before.search(DISPUTE_BEFORE))) ||
      DISPUTE_ON_MANNER.test(normal.slice(h.index + h.text.length, h.index + h.text.length + 120)))
  );
}
/** A verb of being content with right after a negation: «لم |يكتف| بـ…», "not only". */
const NOT_ONLY_AFTER = /^\s+[يتن]?كتف(?:ي|وا|ون|يا)?(?:\s|$)/;
/** «سوى», «إلا», «غير» right after a verb: «لا X سوى Y» says X only Y. */
const EXCEPT_NEXT = /^\s+(?:سوي|الا|غير)\s/;

/** «بدوره», «بدورها», «بدورهم»: "for his (her, their) part". */
const FOR_HIS_PART = /^[وف]?بدور(?:ه|ها|هم|هما)$/;
/**
 * Where the idiom stands: opening its sentence or clause («بدوره، …», «…، وبدوره أشار», «من جهته وبدوره»), or after a
 * verb of saying or of position and its subject («وقال وزير الخارجية الأمريكي جون كيري بدوره: …», «ورحب الائتلاف
 * بدوره …»); not «يحتفظ الأسد بدوره، …».
 */
const CLAUSE_OPENS_BEFORE =
  /(?:^|[.!?؟:"،,\n])\s*[وف]?$|(?:^|\s)(?:من\s+جهته|من\s+جانبه)\s+$|(?:^|\s)[وف]?(?:قال|قالت|اكد|اكدت|اضاف|اضافت|اعلن|اعلنت|صرح|صرحت|اوضح|اوضحت|شدد|شددت|رحب|رحبت|اشاد|اشادت|جدد|جددت|اعتبر|اعتبرت|دعا|دعت|طالب|طالبت|رفض|رفضت)\s+(?:[^\s،,.؛:"]+\s+){1,8}$/;
/**
 * What follows the idiom: a comma, a colon, or a word that neither describes nor places the role, a verb, «إن/أن», «بـ…»
 * («بدوره، أكد», «بدوره شدد», «وقال كيري بدوره إن …», «رحب الائتلاف بدوره بسحب الدعوة»; not «بدوره الأساسي»,
 * «بدوره في …»).
 */
const FOR_HIS_PART_AFTER = /^\s*[،,:]|^\s+(?!ال|(?:في|علي|الي)(?![\u0621-\u064A]))[\u0621-\u064A]{2,}/;

/** «بشرط» or «شرط» after a verb of accepting. */
const ACCEPTED_CONDITION = /^[وف]?ب?(?:ال)?شرط$/;
/**
 * A negated verb of accepting a few words before «بشروط» («لم تقبل في أي وقت الحضور بشروط مسبقة»): what is not
 * accepted is attending on terms; not past «إلا» («لم تقبل الحضور إلا بشروط»: only on terms).
 */
const REFUSED_ATTENDING_ON_TERMS =
  /(?:^|\s)"?[وف]?(?:لن|لا|لم)\s+[نيت]?قبل(?:وا|ون|ان)?\s+(?:(?!الا\s|سوي\s)[^\s،,.؛:"]+\s+){1,4}?ب(?:ال)?شروط\s*$/;

/** Condition c is the object of a refused accepting before it («لن تقبل بشرط», «من دون أن تقبل أي شرط»). */
function refusedAccepting(ctx: SentenceContext, c: Hit): boolean {
  return (
    (ACCEPTED_CONDITION.test(c.text) && REFUSED_ACCEPTING.test(ctx.normal.slice(windowStart(ctx, c.index, 11), c.index))) ||
    REFUSED_ATTENDING_ON_TERMS.test(ctx.normal.slice(windowStart(ctx, c.index, 7), c.index + c.text.length)) ||
    NO_ONE_IMPOSES_BEFORE.test(ctx.normal.slice(windowStart(ctx, c.index, 10), c.index))
  );
}

/**
 * No one allowed or able to impose it, right before the condition: «لا أحد يستطيع أن يفرض على السوريين |شرط رحيل
 * رئيسهم», «لا يمكن لأحد أن يفرض على دمشق |شرط …», «ليس من حق أحد أن يملي |شروطاً».
 */
const NO_ONE_IMPOSES_BEFORE =
  /(?:^|[\s"])[وف]?(?:لا\s+احد|ليس\s+لاحد|ليس\s+من\s+حق\s+احد|لا\s+(?:يحق|يمكن)\s+لاحد)(?:\s+(?:[يت]ستطيع|[يت]ملك|يمكنه|بامكانه|بوسعه|له))?\s+(?:ان\s+)?[يت](?:فرض|ملي|ضع)(?:\s+علي\s+[^\s،,.؛:]+(?:\s+ال[\u0621-\u064A]+)?)?\s+(?:(?:اي|ايه)\s+)?$/;

/** «أي», «أية», «أدنى» right before a word («أي |شرط»). */
const ANY_BEFORE = /(?:^|\s)(?:اي|ايه|ادني)\s+$/;

/** A condition named by a noun after «أي» («لن تقبل أي شرط»): none set. */
function anyCondition(ctx: SentenceContext, h: Hit): boolean {
  return CONDITION_NOUN.test(h.text) && ANY_BEFORE.test(ctx.normal.slice(Math.max(ctx.s.start, h.index - 8), h.index));
}

/** A word of condition that is a noun («شرط», «الشرط», «كشرط»), which a verb of rejecting may take as its object. */
const CONDITION_NOUN = /^[وفل]?(?:ال|ك)?شرط$/;
/** «أن يتحول رحيله |إلى شرط», «أن يصبح بقاؤه |شرطاً»: something said to become a condition, right before the word. */
const BECOMING_BEFORE = /(?:^|\s)(?:ان\s+)?[يت](?:تحول|صبح)\s+(?:[^\s،,.؛:]+\s+){0,5}?(?:الي\s+)?$/;

/**
 * Right after a rejection, the conditions it rejects (up to five words of them) and «، بما فيها/بما في ذلك» before
 * a condition named in the list: «ترفض أي شروط مسبقة على المفاوضات، بما فيها |شرط تنحي الأسد» rejects that one too.
 */
const REJECTED_CONDITIONS_INCLUDING =
  /^\s+(?:(?:اي|كل|جميع)\s+)?(?:ال)?(?:شروط|اشتراطات)(?:\s+[^\s،,.؛:]+){0,5}?\s*[،,]\s*بما\s+في(?:ها|ه|\s+ذلك)\s+$/;

/** Right after a rejection, the condition's being imposed on its object («ترفض أن يفرض عليها أحد |شرط رحيل الأسد»). */
const REJECTED_IMPOSED = new RegExp(String.raw`^${IMPOSED_ON}\s+(?:(?:اي|ايه)\s+)?$`);

/**
 * «و» and a verb of pressing, pushing or working for, in the feminine or the plural («وضغطت», «ودفعوا», «وعملت على»; not
 * the bare «وضغط», «وعمل», «وسعي», as often nouns), a clause of its own.
 */
const PRESSED_AFTER = /\sو(?:ضغطت|ضغطوا|دفعت|دفعوا|عملت|عملوا|سعت|سعوا)\s/;
/**
 * A verb of position or rejection joined by «و/ف» whose letters show it finite (the person's prefix, «ويرفض»,
 * «وتؤيد», or the feminine's or plural's ending, «ورفضت», «وأيدوا»): a clause of its own. (Not a bare «ورفض», often
 * the verbal noun; nor a verb that opens on «و» itself, «وافقت», «وصفت»; nor the verbal noun «وترحيب».)
 */
const JOINED_FINITE_VERB =
  /^[وف](?!(?:افق|صف|جه|عد|ضع|قع|قف|اصل)(?:ت|وا|ا)?$)(?!ت[\u0621-\u064A]{2}ي[\u0621-\u064A]$)(?!.*(?:ها|هم|هما)$)(?:[يتن][\u0621-\u064A]{2,}|(?!ال)[\u0621-\u064A]{2,}(?:ت|وا))$/;

/**
 * A failure right after a rejection and its subject, as its object, the failure's «عن/في» up to three words on:
 * «انتقد (الجربا) تقاعس المجتمع الدولي عن فرض رحيل الأسد», «منتقداً عجز مجلس الأمن عن …», «ندد بفشل الغرب في …».
 * Criticising a failure to do something asks for it: the two turn each other back, and the rejection turns nothing
 * (not a failure talked about, «رفضت الحديث عن فشل …»).
 */
const FAILURE_AFTER =
  /^(?:\s+(?!(?:عن|في|حول|من|ب)\s)[^\s،,.؛:"]+){0,3}?\s+(?:ب|ل)?(?:ال)?(?:تقاعس|تقصير|عجز|فشل|اخفاق|تلكؤ|تخاذل|تباطؤ|تهاون)(?:ه|ها|هم)?(?:\s+[^\s،,.؛:"]+){0,3}?\s+(?:عن|في)\s/;

/** A negation of a verb («لا», «لم», «لن»), not «إلا», «غير» or «ضد», which the class of negations holds too. */
const VERBAL_NEGATOR = /^[وف]?(?:لا|لم|لن)$/;

/**
 * A negated verb of setting, imposing or containing, its subject (at most three words) and «أي», right before a word
 * of condition: «لم تضع الولايات المتحدة أي |شرط», «لا يطرح |شرط», «البيان لا يتضمن أي |شرط يتعلق برحيله»;
 * «لسنا/لست/ليست/ليسوا» before the present verb negate it as «لا» does («ولسنا نضع أي |شرط»).
 */
/**
 * «لا» and a noun of a solution or of talks, up to four words, and a verb of starting or resting on, right before a
 * word of condition: «لا حل سياسياً في سورية يبدأ |بشرط …», «لا تفاوض يقوم على |شرط …».
 */
const NO_TALKS_ON_CONDITION =
  /(?:^|[\s"])لا\s+(?:حل|تسويه|تفاوض|حوار|مفاوضات)[\u0621-\u064A]*(?:\s+[^\s،,.؛:]+){0,4}?\s+[يت](?:بدا|قوم|ستند|نطلق)\s+(?:علي\s+|من\s+)?$/;
/**
 * NO_TALKS_ON_CONDITION before condition c, a noun of condition («شرط»; not «قبل»: «لا حل يبدأ قبل رحيل الأسد» sets his
 * going as the condition).
 */
function noTalksOn(ctx: SentenceContext, c: Hit): boolean {
  return CONDITION_WORD_NOUN.test(c.text) && NO_TALKS_ON_CONDITION.test(ctx.normal.slice(windowStart(ctx, c.index, 9), c.index));
}
/** A word of condition that is a noun of it, with its clitics («شرط», «بشرط», «الشروط»). */
const CONDITION_WORD_NOUN = /^[وفبلك]*(?:ال)?(?:شرط|شروط)/;
const NEGATED_SETTER =
  /(?:^|[\s"])[وف]?(?:لا|لم|لن|لسنا|لست|ليست|ليسوا)\s+(?:[يتن]?(?:ضع|طرح|فرض|حدد|قدم|تضمن)|وضع|طرح|فرض|حدد|قدم|تضمن)(?:وا|ون|ان)?(?:\s+[^\s،,.؛:]+){0,3}?(?:\s+(?:اي|ايه))?\s+$/;

/** «قبل» naming the talks or a stretch of time after it: a time, not what is required. */
const BEFORE_TIME =
  /^\s+(?:(?:ال)?(?:اول|بدء|بدايه|انطلاق|عقد|موعد|افتتاح|انعقاد|جوله|الجوله|مؤتمر|المؤتمر|اجتماع|الاجتماع|مفاوضات|المفاوضات|محادثات|المحادثات|جنيف|فيينا|ايام|يومين|يوم|اسبوع|اسبوعين|اسابيع|شهر|شهرين|اشهر|ساعات|ساعه|سنه|عام|اسابيع|نهايه|ذلك)(?![\u0621-\u064A])|(?:توجه|مغادرت|سفر|وصول|زيارت|لقائ)(?:ه|ها|هما|هم)(?![\u0621-\u064A]))/;

/** «بـ» after «قبل» opening what is accepted («قبل بالشروط», «قبل بأن», «قبل بألا»): the verb, not «before». */
const ACCEPTED_AFTER = /^\s+ب(?:ال|ان\s|انه|انها)/;

/** A word of time or «ما» right before «ان» and a perfect verb: «بعد أن حضرت», «منذ أن شارك», «ما إن حضر» (a time). */
const THAT_AFTER_TIME = /(?:^|\s)[وف]?(?:بعد|قبل|منذ|ما|من|الي|حتي)\s+$/;

function timeBefore(normal: string, c: Hit): boolean {
  if (!/قبل$/.test(c.text)) return false;
  const after = normal.slice(c.index + c.text.length, c.index + c.text.length + 30);
  return BEFORE_TIME.test(after) || ACCEPTED_AFTER.test(after);
}

/**
 * «من قبل» before a noun: «من قِبَل» ("by", the agent: «لن يقبل بأن تختطف ثورته من قبل المتطرفين»), not «قبل» of
 * time («من قبل أن يبدأ», before it starts).
 */
function byAgent(normal: string, c: Hit): boolean {
  if (!/^قبل$/.test(c.text) || !/(?:^|\s)من\s+$/.test(normal.slice(Math.max(0, c.index - 4), c.index))) return false;
  return !/^\s+ان(?![\u0621-\u064A])/.test(normal.slice(c.index + c.text.length, c.index + c.text.length + 6));
}

/**
 * A verb or noun of stressing, insisting or agreeing, then up to six words (its subject), then «على أن»: the
 * complement of the verb («شدد بوشكوف على أن …», «اتفقوا على أن …»), not «on condition that».
 */
const STRESSED_THAT =
  /(?:^|\s)[وف]?(?:شدد|شددت|شددوا|يشدد|تشدد|نشدد|مشددا|مشدده|تشديد[\u0621-\u064A]*|اكد|اكدت|اكدوا|يؤكد|تؤكد|نؤكد|مؤكدا|مؤكده|تاكيد[\u0621-\u064A]*|اصر|اصرت|اصروا|اصررنا|اصررت|شددنا|اكدنا|حرصنا|اتفقنا|يصر|تصر|نصر|مصرا|مصره|اصرار[\u0621-\u064A]*|حرص|حرصت|يحرص|تحرص|حريصا|اتفق|اتفقت|اتفقوا|يتفق|تتفق|نتفق|متفقون|متفقين|اتفقا|اتفقتا|اجمع|اجمعت|اجمعوا|نص|ينص|تنص|يجمع|تجمع|توافق|توافقت|توافقوا|يتوافق|تتوافق)(?:\s+[^\s،,.؛:]+){0,6}\s+$/;

function stressedThat(ctx: SentenceContext, c: Hit): boolean {
  if (!/^[وف]?علي\s+ان$/.test(c.text)) return false;
  return STRESSED_THAT.test(ctx.normal.slice(clauseWindowStart(ctx.normal, ctx.s, c.index, 7, true), c.index));
}

/**
 * A rejecting predicate after the cue («… أمر غير مقبول») turns it; not one with a describing verb and its own
 * subject («وهي مطالب وصفها لافروف بالغريبة»): the describer holds the opposite there (describedCues), the cue stands.
 */
function rejectedByPredicate(ctx: SentenceContext, after: number, cueStart?: number): boolean {
  return predicateAfter(ctx, after, cueStart) !== undefined;
}

/** Where the rejecting predicate after `after` ends (rejectedByPredicate), if there is one. */
function predicateAfter(ctx: SentenceContext, after: number, cueStart?: number): number | undefined {
  const re = ctx.lexicon.rejectedAfter;
  if (!re || !ctx.mayReject()) return undefined;
  // «مشاركة إيران، وهي تشارك بقواتها في قتل السوريين، تتعارض مع …»: the predicate comes after an aside between commas.
  // («الشروط المسبقة، كرحيل الرئيس، أمر غير مقبول»: the aside may follow the adjective of conditions set before.)
  const at = after + (BEFOREHAND_NEXT.exec(ctx.normal.slice(after, Math.min(ctx.s.end, after + 12)))?.[0].length ?? 0);
  const aside = commaNext(ctx.normal, at) ? pastAsideAt(ctx.normal.slice(at, ctx.s.end)) : 0;
  const from = aside > 0 ? at + aside : after;
  const m = re.exec(ctx.normal.slice(from, ctx.s.end));
  if (!m) return undefined;
  // «دون شروط مسبقة تعرقل انعقاده», «يضع شروطاً تعطل الحل»: a verb right after an indefinite noun of conditions (the
  // cue itself) describes the noun, an adjectival clause, and judges nothing; after the definite, general «الشروط
  // المسبقة تعطل الحل» it is the predicate.
  if (
    cueStart !== undefined &&
    /^\s*(?:مسبق[\u0621-\u064A]*\s*)?$/.test(ctx.normal.slice(from, from + m.index)) &&
    describesConditions(ctx.normal.slice(cueStart, from), ctx.normal.slice(from, ctx.s.end))
  )
    return undefined;
  const describing = ctx.classes.polarity.describing;
  // «رحيله المسبق وصفة للفوضى»: «وصفة» (a recipe) for what it leads to is the predicate, not «وصفه» (described him).
  const describers = describing
    ? describing
        .find(ctx.normal, from, from + m[0].length)
        .filter((d) => !RECIPE_NEXT.test(ctx.normal.slice(d.index + d.text.length, d.index + d.text.length + 24)))
    : [];
  return describers.length === 0 ? from + m[0].length : undefined;
}

/**
 * The subject named right after a rejecting predicate that ends on a verb or a noun of accepting («أي حل يبقي الأسد
 * لن تقبل به |أنقرة», «ترفضه |واشنطن», «لن يحظى بقبول |تركيا»): the party that rejects it, whoever reports it.
 */
function predicateSubject(ctx: SentenceContext, after: number): { start: number; end: number } | undefined {
  const end = predicateAfter(ctx, after);
  if (end === undefined || !SUBJECT_TAKING_END.test(ctx.normal.slice(Math.max(ctx.s.start, end - 12), end))) return undefined;
  const gap = /^\s+/.exec(ctx.normal.slice(end, Math.min(ctx.s.end, end + 4)));
  return gap ? { start: end + gap[0].length, end: end + gap[0].length + 1 } : undefined;
}
/**
 * The last words of such a predicate: a verb in the third person, negated or with its object's pronoun («لن تقبل»,
 * «ترفضه»), that pronoun after it («به»), or «قبول» (not a noun that only opens like a verb: «إعادة تدوير |للنظام»).
 */
const SUBJECT_TAKING_END = /(?:^|\s)(?:(?:لن|لا|لم)\s+[يت][\u0621-\u064A]{2,}|[يت][\u0621-\u064A]{2,}(?:ه|ها)|بها|به|بقبول|قبول)$/;

/**
 * What follows «وصفة» as a recipe: «للفوضى», «إلى الفشل», «مجربة للفوضى», or «لـ» on a noun of failure with its
 * pronoun («وصفة مضمونة لفشلها»), or of the war going on («وصفة لاستمرار الحرب», «وصفة لإطالة أمد النزاع»); not
 * a subject («وصفه لافروف»).
 */
const RECIPE_NEXT =
  /^\s+(?:[\u0621-\u064A]+ه\s+)?(?:لل|الي\s|ل(?:فشل|افشال|نسف|تقويض|عرقله|تعطيل|تفجير|فوضي|خراب|دمار|انهيار)(?:ه|ها|هم)?(?![\u0621-\u064A])|ل(?:استمرار|اطاله|تمديد|تاجيج)\s)/;

/** A comma at `at`, after spaces. */
function commaNext(normal: string, at: number): boolean {
  const c = normal.charCodeAt(pastSpaces(normal, at));
  return c === 0x60c || c === 0x2c;
}

/** The adjective of conditions set beforehand («مسبقة»), right after the word of condition. */
const BEFOREHAND_NEXT = /^\s+مسبق[\u0621-\u064A]*(?![\u0621-\u064A])/;

function cue(
  ctx: SentenceContext,
  rule: string,
  topic: Topic,
  stance: Stance,
  start: number,
  end: number,
  p: Polarity | null,
  more: CueDetails = {},
): Cue {
  const verbStart = p?.verb?.index;
  // Every field of a Cue, in one order, whether set or not: all composed cues share one shape, so the passes
  // reading them see one kind of object rather than one per combination of the optional fields.
  return {
    rule,
    topic,
    stance,
    start: verbStart !== undefined && verbStart < start ? verbStart : start,
    end,
    sentence: ctx.si,
    weight: 0.7,
    holder: p?.verb ? "subject" : undefined,
    about: more.about,
    heldByAgent: more.heldByAgent,
    owner: more.owner,
    holders: more.holders,
    selfOf: more.selfOf,
    parent: undefined,
    accusedOnly: more.accusedOnly,
    judgedAfter: more.judgedAfter,
  };
}

/** The optional fields a composed cue may set. */
type CueDetails = Pick<Cue, "about" | "heldByAgent" | "owner" | "holders" | "selfOf" | "accusedOnly" | "judgedAfter">;

/** Where a hit stands, as a cue's `about`. */
function spanOf(hit: Hit | undefined): { start: number; end: number } | undefined {
  return hit && { start: hit.index, end: hit.index + hit.text.length };
}

/**
 * Words of his fate that are his only with his name after them: of ending («إنهاء», «نهاية», «انتهاء», «ينتهي»), of
 * handing over powers («نقل صلاحيات»), of a future («مستقبلاً», «أي مستقبل»: «لا نرى أي مستقبل للأسد», not «مستقبلاً»
 * the adverb, nor a future for others); «أي مستقبل» also with «ل» and him right before it («لا ترى للأسد أي مستقبل»).
 */
const GENITIVE_ONLY = /^[وفبل]*(?:ال)?(?:انهاء|نهايه|انتهاء|ينتهي|نقل\s+صلاحيات|تسليم\s+صلاحيات|نقل\s+سلطات|مستقبلا|مستقبل|اي\s+مستقبل)$/;
/** A bare «مستقبل» (the word of role his only with his «ل» right before it: «أن يكون للأسد مستقبل في سوريا»). */
const BARE_FUTURE = /^[وفبل]*مستقبل$/;
/** Whether a person other than Assad is named last in `found` (mentionsIn), ending where its text ends. */
function personEndsAt(found: { text: string; mentions: Mention[] }): boolean {
  const last = found.mentions.at(-1);
  return last !== undefined && last.person && last.actor !== "assad" && last.end === found.text.length;
}
/** His resignation by its pronoun, no preposition before it («استقالته»). */
const OWN_RESIGNATION = /^استقالته$/;
/** «أي مستقبل», «مستقبل» among GENITIVE_ONLY (not «مستقبلاً», the adverb as often as his future). */
const FUTURE_WORD = /^[وفبل]*(?:(?:ال)?اي\s+)?مستقبل$/;
/** What stands between such a word and his name: his rule («حكم», «ولاية», «عهد», «نظام»), then at most two words. */
const RULE_GAP = /^\s+(?:حكم|ولايه|عهد|نظام|سلطه|سلطات|صلاحيات)(?:\s+[^\s،,.؛:]+){0,2}\s+$/;

/**
 * A second beneficiary of the role coordinated after him («أي دور للأسد أو لمن تلطخت أيديهم بدماء السوريين»,
 * «لا دور للأسد ولا لأركان حكمه»): its words, up to the scope the role is in («في مستقبل سوريا», «منذ بداية
 * المرحلة الانتقالية») where one follows within seven words, else its first word only («لبشار | الأسد» may end
 * the reference at his first name).
 */
const SECOND_BENEFICIARY_AFTER =
  /^(?:\s+الاسد)?\s+(?:او\s+|ولا\s+|و)(?:حتي\s+)?(?!ل(?:كن|هذا|ذلك|ذا|ان|انه|انها)(?![\u0621-\u064A]))ل[\u0621-\u064A]+(?:(?:\s+[\u0621-\u064A]+){0,6}?(?=\s+(?:في|خلال|ضمن|منذ)\s))?/;

/**
 * Where the predicate judging a role for him is looked for: right after him, or, where none is there, after a
 * second beneficiary coordinated with him (SECOND_BENEFICIARY_AFTER), which would put the judgement («… مرفوض»)
 * beyond the predicate's reach; the judgement is of both.
 */
function judgedFrom(ctx: SentenceContext, spanEnd: number): number {
  const m = SECOND_BENEFICIARY_AFTER.exec(ctx.normal.slice(spanEnd, Math.min(ctx.s.end, spanEnd + 120)));
  if (!m || rejectedByPredicate(ctx, spanEnd)) return spanEnd;
  return spanEnd + m[0].length;
}

/** Most words between a word of his staying and «حتى» + a word of his going («يبقى في منصبه حتى انتهاء ولايته»). */
const STAY_UNTIL_REACH = 9;

/** A surname after «بشار» that is not Assad's. */
const NOT_ASSAD_AFTER = /^\s+(?:ال)?جعفري(?![\u0621-\u064A])/;

/**
 * Assad named by what he did rather than by his name, the way Western ministers named him: «الرجل الذي قاد الرد
 * الوحشي على شعبه», «رجلاً مسؤولاً عن مقتل مئات الآلاف من أبناء شعبه», «رجل قتل شعبه»: a man, then (after «الذي»
 * or none) a verb of waging or killing, or «مسؤول/متهم عن|ب» and a noun of killing, and at most seven words up to
 * the last mention of his people or the dead («… مئات الآلاف من أبناء شعبه», to «شعبه»). Read as him only where the
 * article named him before, or where the deed is one of his own (compose.assad.deeds; describedHim).
 */
const MAN_DESCRIBED =
  /(?:^|\s)"?[وفبل]?(?:ال)?رجل[اً]?\s+(?:(?:الذي|من)\s+)?(?:(?:قاد|شن|ارتكب|قتل|يقتل|ذبح|يذبح|قصف|يقصف|دمر|هجر|جوع|يجوع|استخدم|يستخدم|القي|يلقي|حاصر|يحاصر|عذب|يعذب|قمع|يقمع)|(?:ال)?(?:مسؤول|متهم)[اه]?\s+(?:عن|ب)\s+(?:ال)?(?:مقتل|قتل|موت|ذبح|تهجير|تدمير|جرائم|مجازر))(?:\s+[^\s،,.؛:!?؟"«»]+){0,7}\s+(?:(?:ابناء\s+)?شعبه|مواطنيه|(?:ال)?سوريين|(?:ال)?مدنيين|(?:ال)?الاف|شخص|سوري|مدني|(?:ال)?مستشفيات|(?:ال)?مدارس|(?:ال)?اطفال)(?![\u0621-\u064A])/g;
/**
 * «مَن» (whoever) and a deed, the same way: «من استخدم الأسلحة الكيماوية ضد شعبه», «لمن أوغل في دماء شعبه». Only
 * verbs that are no nouns too («قتل», «قصف» are also «killing», «shelling»: «عانى المدنيون من قصف …»), and read as
 * him only with a deed of his own in it (compose.assad.deeds) or joined to his name («الأسد ومن تلطخت أيديهم …»);
 * «لا مكان لمن تلطخت أيديهم بدماء السوريين» alone is whoever did, not he.
 */
const WHOEVER_DESCRIBED =
  /(?:^|\s)"?[وف]?ل?من\s+(?:قاد|شن|ارتكب|يقتل|يقصف|استخدم|يستخدم|القي|يلقي|اوغل|تلطخت|يجوع|حاصر|يحاصر)(?:\s+[^\s،,.؛:!?؟"«»]+){0,7}\s+(?:(?:ابناء\s+)?شعبه|مواطنيه|(?:ال)?سوريين|(?:ال)?مدنيين|(?:ال)?كيماويه|(?:ال)?كيميائيه|(?:ال)?كيماوي|(?:ال)?كيميائي|(?:بال|ال)?براميل(?:\s+(?:ال)?متفجره)?)(?![\u0621-\u064A])/g;
/**
 * «هذا الرجل», «ذلك الرجل», and «الرجل» alone as the subject of a reported clause («… بأن الرجل "لا يمكن أن يكون جزءاً
 * من الحكومة الانتقالية"»): him, with his name in this sentence or the one before.
 */
const THIS_MAN = /(?:^|\s)"?(?:[وفبل]?(?:هذا|ذلك)\s+|[وف]?(?:ان|بان|لان)\s+"?)الرجل(?![\u0621-\u064A])/g;
/** His name, the article's own, before the sentence: «الأسد», «بشار» (not «بشار الجعفري»). */
const ASSAD_NAMED = /(?:^|[^\u0621-\u064A])(?:ال)?اسد(?![\u0621-\u064A])|بشار(?!\s+(?:ال)?جعفري)(?![\u0621-\u064A])/;

/** His name right before «ومن»: «بشار الأسد |ومن تلطخت أيديهم بدماء السوريين| لن يكون لهم أي دور». */
const NAMED_THEN_AND = /(?:^|[^\u0621-\u064A])(?:ال)?اسد\s+$/;

/** Whoever is joined by «و» right after his name, one more with him («الأسد ومن تلطخت أيديهم …»). */
function joinedToHim(ctx: SentenceContext, hit: Hit): boolean {
  return hit.text.startsWith("و") && NAMED_THEN_AND.test(ctx.normal.slice(Math.max(ctx.s.start, hit.index - 12), hit.index));
}

/**
 * The descriptions of him in the sentence (MAN_DESCRIBED, WHOEVER_DESCRIBED, THIS_MAN) as hits, each from the word
 * «رجل»/«من»/«هذا». A man described is he where the article named him before, or where the deed is one of his
 * (compose.assad.deeds: «رجل قصف شعبه بالبراميل لا يمكن أن يحكم سوريا», no name needed); «لا يمكن لرجل واحد أن
 * يحل الأزمة» describes no one.
 */
function describedHim(ctx: SentenceContext, named: () => boolean): Hit[] {
  const text = ctx.normal.slice(ctx.s.start, ctx.s.end);
  const man = text.includes("رجل");
  if (!man && !text.includes("من")) return [];
  const out: Hit[] = [];
  const deeds = ctx.classes.assad.deeds;
  const hisDeed = (h: Hit) => deeds !== undefined && ctx.may(deeds) && ctx.inside(deeds, h.index, h.index + h.text.length).length > 0;
  // The article named him before (a description first met names no one yet, unless the deed is his).
  const namedSoFar = ctx.assadNamedBefore(ctx.s.start) || ASSAD_NAMED.test(text);
  for (const re of [MAN_DESCRIBED, WHOEVER_DESCRIBED, THIS_MAN]) {
    if (re !== WHOEVER_DESCRIBED && !man) continue;
    if (re === THIS_MAN && !(namedSoFar && named())) continue;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const lead = /^(?:\s|")*/.exec(m[0])![0].length;
      const hit = { index: ctx.s.start + m.index + lead, text: m[0].slice(lead) };
      if (re === THIS_MAN || (re === MAN_DESCRIBED && namedSoFar) || hisDeed(hit) || (re === WHOEVER_DESCRIBED && joinedToHim(ctx, hit)))
        out.push(hit);
    }
  }
  return out;
}
/**
 * «الرئيس» or «السيد الرئيس» alone, as the Syrian government and its press name Assad («رحيل السيد الرئيس», «تنحي
 * الرئيس»): not when another president's nationality or name follows it («الرئيس الروسي», «الرئيس باراك أوباما»),
 * nor a verb of travelling («إن السيد الرئيس سيغادر واشنطن غداً», a spokesman's own president).
 */
const BARE_PRESIDENT = /^[وفبلك]*(?:ال|لل|ل)?(?:سيد\s+)?(?:ال)?رئيس$/;
const OTHER_PRESIDENT_AFTER =
  /^\s+(?:ال(?!سوري(?![\u0621-\u064A])|ذي(?![\u0621-\u064A]))[\u0621-\u064A]+ي(?![\u0621-\u064A])|اوباما|بوتين|روحاني|اردوغان|هولاند|ترامب|السيسي|عباس|السابق|الاسبق|المشترك|المنتهيه|الحالي|نفسه|باراك|فلاديمير|حسن|رجب|فرانسوا|فرنسوا|محمد|عبد|ميشال|ميشيل|دونالد|نيكولا|حسني|مرسي|هادي|(?:س)?[يت]?(?:غادر|توجه|وصل|يصل|زار|يزور|عاد|يعود)(?![\u0621-\u064A]))/;

/**
 * A verb of losing and the legitimacy or standing lost, then what it would have let him do, up to a role word: «فقد أي
 * شرعية تسمح له |بقيادة …», «خسر كل أهلية لـ|…».
 */
const LOST_BEFORE =
  /(?:^|\s)[وف]?(?:فقد|فقدت|افتقد|خسر|خسرت)\s+(?:(?:اي|كل)\s+)?(?:ال)?(?:شرعيه|مصداقيه|اهليه|حق)[\u0621-\u064A]*(?:\s+[^\s،,.؛:]+){0,4}?\s*$/;
/** What a role word says he is part of, when it is the trouble («جزء من المشكلة», «طرف في النزاع»). */
const PROBLEM_AFTER = /^\s+(?:من|في)\s+(?:ال)?(?:مشكله|ازمه|نزاع|صراع|حرب|ماساه)(?![\u0621-\u064A])/;
/**
 * His presence or staying named as the cause of a harm («وجوده هو ما يجذب المقاتلين الأجانب», «بقاء الأسد يغذي
 * التطرف», «وجوده هو العقبة»): the predicate blames him; no role or stay is wanted for him.
 */
const HARM_AFTER =
  /^\s+(?:(?:هو|هي|كان)\s+)?(?:(?:ما|الذي|التي)\s+)?(?:(?:ي|ت)(?:جذب|غذي|(?:ؤ|و)جج|ستقطب|شعل|طيل\s+(?:امد\s+)?(?:ال)?(?:حرب|ازمه|صراع|نزاع))|(?:ال)?(?:سبب|وقود|مغناطيس|عقبه)(?:\s+(?:ال)?(?:اول|رئيسي|اساسي))?\s+(?:ل|في|امام))/;
/** A party to the talks, another named instead («ليس طرفاً في هذه المفاوضات، بل الحكومة»): who negotiates, not his role. */
const TALKS_PARTY_AFTER = /^\s+في\s+(?:هذه\s+)?(?:ال)?(?:مفاوضات|محادثات|حوار|مؤتمر)(?![\u0621-\u064A])[،,]?\s+بل\s/;

/** The actor id of Assad himself (actors.json), who alone holds what he says of himself in the first person. */
const ASSAD_ACTOR = "assad";

/** «إنه»/«إنني» right before the verb of his fate, with a negation or a particle of time between: its subject is the one who says it. */
const SPEAKER_SUBJECT_BEFORE = /(?:^|\s)(?:ب?انه|ب?انني|ب?اني)\s+(?:(?:لن|لا|لم|قد|سوف)\s+)?$/;

/**
 * A word of his fate in the first person («لن أتنحى», «سأترشح»: the class assad.self), or a verb whose subject is
 * the pronoun of the clause the speaker reports («قال إنه سيترشح»). Who speaks is then the one it is about.
 */
function spokenOfHimself(ctx: SentenceContext, hit: Hit, refs: readonly Hit[]): boolean {
  const self = ctx.classes.assad.self;
  if (self && ctx.hits(self).some((h) => h.index === hit.index && h.text.length === hit.text.length)) return true;
  if (!/^[وف]?س?[يت]/.test(hit.text)) return false;
  const pronoun = SPEAKER_SUBJECT_BEFORE.exec(ctx.normal.slice(Math.max(ctx.s.start, hit.index - 16), hit.index));
  if (!pronoun) return false;
  // He is named shortly before, and speaks of no one else («قال الأسد في حديثه عن أردوغان إنه سيرحل» is Erdogan).
  const at = hit.index - (pronoun[0].length - pronoun[0].search(/\S/));
  const named = findLast(refs, (r) => r.index + r.text.length <= at);
  if (!named) return false;
  const gap = ctx.normal.slice(named.index + named.text.length, at);
  return ctx.words.within(named.index + named.text.length, at, 8) && !ABOUT_ANOTHER.test(gap);
}

/** «عن», «حول», «بشأن» between a speaker and what he says: he speaks of someone. */
const ABOUT_ANOTHER = /(?:^|\s)(?:عن|حول|بشان|بخصوص)\s/;

/** A noun of his going or staying that may stand for his fate («رحيل الأسد يقرره السوريون»), clitics allowed. */
const FATE_NOUN = /^[وفبلك]?(?:ال)?(?:رحيل|رحيله|تنحي|تنحيه|بقاء|بقائه|بقاءه)$/;
/**
 * A noun of his going or staying, then a bare «الرئيس» (read by assadCues only where his fate is left to the Syrians);
 * not another's president, his nationality or his name after it («رحيل الرئيس الأوكراني», «رحيل الرئيس يانوكوفيتش»).
 */
const FATE_OF_BARE_PRESIDENT =
  /(?:^|\s)[وفبلك]?(?:ال)?(?:رحيل|تنحي|بقاء)\s+الرئيس(?![\u0621-\u064A])(?!\s+(?:(?!السوري(?![\u0621-\u064A]))ال[\u0621-\u064A]+ي|[\u0621-\u064A]+وف|[\u0621-\u064A]+يتش|اوباما|بوتين|روحاني|اردوغان|هولاند|ترامب|السيسي|عباس|مرسي|مبارك|صالح|هادي)(?![\u0621-\u064A]))/;
/** «رئيسهم», «رئيس البلاد», «رئيس الدولة» anywhere in a sentence (the gate of peoplesPresidentAfter). */
const PEOPLES_PRESIDENT = /رئيسهم|رئيس\s+(?:البلاد|الدوله)/;
/**
 * Right after a word of his going or staying, the people's own president: «رحيل رئيسهم» (the Syrians named before
 * it, «أن يفرض على السوريين رحيل رئيسهم»), «تنحي رئيس البلاد», «بقاء رئيس الدولة»; not a body's head («استقالة رئيسه»,
 * «رئيسها»), nor another state's («رئيس الدولة التركية»).
 */
const PEOPLES_PRESIDENT_AFTER = /^\s+(رئيسهم|رئيس\s+(?:البلاد|الدوله))(?![\u0621-\u064A])/;
/** The Syrians named («السوريين», «الشعب السوري»): whose president «رئيسهم» is. */
const SYRIANS_NAMED = /(?:^|\s)(?:[وب]?(?:ال)?|لل|ل)(?:سوريين|سوريون|شعب\s+السوري|شعب\s+سوريا)(?![\u0621-\u064A])/;

/**
 * The words after a president's title, from `at`, open with a nationality adjective the lexicon knows: another
 * state's president («الرئيس الروسي», «رئيس الدولة التركية»), not the Syrians' own.
 */
function anotherStateAt(ctx: SentenceContext, at: number): boolean {
  const next = /^\s+([\u0621-\u064A]+)/.exec(ctx.normal.slice(at, at + 24));
  return next !== null && nationalityOf(next[1]!, nationalitiesOf(ctx.lexicon)) !== undefined;
}

function peoplesPresidentAfter(ctx: SentenceContext, end: number): Hit | undefined {
  const m = PEOPLES_PRESIDENT_AFTER.exec(ctx.normal.slice(end, Math.min(ctx.s.end, end + 24)));
  if (!m || (m[1] !== "رئيسهم" && anotherStateAt(ctx, end + m[0].length))) return undefined;
  if (m[1] === "رئيسهم" && !SYRIANS_NAMED.test(ctx.normal.slice(ctx.s.start, end))) return undefined;
  return { index: end + m[0].length - m[1]!.length, text: m[1]! };
}

/** A noun of a matter right before a word: «مسألة |دور الأسد», «قضية |دوره». */
const MATTER_OF_BEFORE = /(?:^|[\s"«])[وفبل]?(?:ال)?(?:مساله|قضيه|موضوع|ملف)\s+$/;

/** The noun before «حكم» in «هيئة حكم», «مجلس حكم», «سلطة حكم» (a governing body), «أركان حكمه» (his men). */
const GOVERNING_BODY = /(?:^|\s)[وفبل]?(?:ال)?(?:هيئه|مجلس|سلطه|اركان|رموز|اعوان|اجهزه)\s+$/;

/**
 * His fate left to the Syrians after the word of his fate and his name (refEnd): «مصير الأسد يقرره الشعب السوري»,
 * «مستقبله أمر يعود للسوريين»; or the Syrians named first, «الشعب السوري (وحده) يقرر مصير الأسد», «تترك للسوريين
 * (أمر) رحيل رئيسهم». Keeps him (compose.assad.fate-decided, read as lexicon.fateLeftToSyrians says by who says it),
 * added to `out`; whether one was found. With `ofHisGoing` (the word is of his going or staying, not of his fate),
 * a decider after him counts only as a verb in his clause (no clause punctuation between; not «حق», «قرار», «بيد»:
 * «رحيل الأسد حق للشعب السوري» demands it) with the Syrians right after it («يقرره الشعب», «يعود إلى السوريين»; not
 * «يحدد مستقبل الشعب السوري»).
 */
function decidedFate(ctx: SentenceContext, fate: Hit, refEnd: number, viaTheirs: boolean, out: Cue[], ofHisGoing = false): boolean {
  const classes = ctx.classes;
  const { words } = ctx;
  // «ردا على سؤال عن مصير الرئيس السوري، قال: "هذا شأن يقرره السوريون"»: his fate named in the question, the answer's
  // subject a demonstrative of the matter standing for it, the decider right after that, past the words of saying.
  const asked =
    !ofHisGoing &&
    (ASKED_ABOUT_BEFORE.test(ctx.normal.slice(windowStart(ctx, fate.index, 11, false), fate.index)) ||
      (fate.index - ctx.s.start < 32 && FRONTED_ABOUT_BEFORE.test(ctx.normal.slice(ctx.s.start, fate.index))));
  const decider = ctx
    .hits(classes.assad.decidedBy)
    .find(
      (d) =>
        d.index >= refEnd &&
        (words.within(refEnd, d.index, 4) || (asked && answerAt(ctx, d.index) >= 0)) &&
        !(ofHisGoing && (NOUN_DECIDER.test(d.text) || crossesPunctuation(ctx, refEnd, d.index))),
    );
  const dEnd = decider ? decider.index + decider.text.length : -1;
  // («يعود», «متروك»: only to them, right after it, «يعود إلى الشعب», «متروك للسوريين»; not «يعود بالنفع على السوريين».)
  const returned = decider !== undefined && RETURNS_TO.test(decider.text);
  const people =
    decider &&
    ctx
      .hits(classes.assad.people)
      .find(
        (h) =>
          h.index >= dEnd &&
          words.within(dEnd, h.index, 3) &&
          (!ofHisGoing || /^\s+(?:الي\s+)?$/.test(ctx.normal.slice(dEnd, h.index))) &&
          (!returned ||
            /^\s+الي\s+$/.test(ctx.normal.slice(dEnd, h.index)) ||
            (/^\s+$/.test(ctx.normal.slice(dEnd, h.index)) && /^ل/.test(h.text))),
      );
  // Or the Syrians named first: «الشعب السوري (وحده | هو من) يقرر مصير الأسد».
  const deciderBefore = people
    ? undefined
    : findLast(
        ctx.hits(classes.assad.decidedBy),
        (d) => d.index + d.text.length <= fate.index && words.within(d.index + d.text.length, fate.index, 0),
      );
  const peopleBefore = deciderBefore
    ? findLast(
        ctx.hits(classes.assad.people),
        (h) =>
          h.index + h.text.length <= deciderBefore.index &&
          // («الشعب السوري وحده هو من يقرر»: «وحده», «هو من» between.)
          words.within(h.index + h.text.length, deciderBefore.index, 4) &&
          !crossesPunctuation(ctx, h.index + h.text.length, deciderBefore.index),
      )
    : people
      ? undefined
      : leftToPeopleBefore(ctx, fate.index);
  if (!people && !peopleBefore) return false;
  // («الشعب السوري لا يختار رئيسه في ظل الحرب»: the decider negated after the Syrians named first leaves him to no one.)
  if (
    peopleBefore &&
    deciderBefore &&
    NEGATION_BETWEEN.test(ctx.normal.slice(peopleBefore.index + peopleBefore.text.length, deciderBefore.index))
  )
    return true;
  // «مصير رئيسه» is his only as the Syrians' president: not «الشعب الإيراني وحده يقرر مصير رئيسه».
  const whose = (people ?? peopleBefore)!;
  if (viaTheirs && OTHER_PEOPLE_AFTER.test(ctx.normal.slice(whose.index + whose.text.length, whose.index + whose.text.length + 16)))
    return false;
  // (The answer's cue starts at its demonstrative: its speaker comes before it, not before the question; not after a
  // participle of saying, «امتنع الإبراهيمي عن الإجابة عن سؤال … قائلا: "هذا أمر …"», whose subject opens the clause.)
  // (Not where the answer goes on with «لكن», «غير أن»: the position is in what follows, «… لكن الأسد فقد شرعيته».)
  const answer =
    people &&
    asked &&
    !SAYING_PARTICIPLE.test(ctx.normal.slice(refEnd, decider!.index)) &&
    !BUT_AFTER.test(ctx.normal.slice(decider!.index, ctx.s.end))
      ? answerAt(ctx, decider!.index)
      : -1;
  const start = answer >= 0 ? answer : people ? fate.index : peopleBefore!.index;
  const stop = people ? people.index + people.text.length : refEnd;
  const p = polarity(ctx, people ? windowStart(ctx, fate.index) : windowStart(ctx, start), start, stop);
  if (p.turned || p.void) return true;
  // (Asked of him, he is what the answer is about, never its holder: «سؤال عن مصير الرئيس السوري، قال: …».)
  const about = answer >= 0 ? { start: fate.index, end: refEnd } : undefined;
  out.push(cue(ctx, "compose.assad.fate-decided", "assad_role", "may_stay", start, stop, p, { about }));
  return true;
}

/**
 * «تترك للسوريين أمر رحيل رئيسهم», «ترك للشعب السوري مسألة بقاء الأسد»: a verb of leaving, then the Syrians, then
 * (a word of matter and) the word of his fate right after them: the Syrians' hit, or undefined.
 */
function leftToPeopleBefore(ctx: SentenceContext, at: number): Hit | undefined {
  const from = windowStart(ctx, at, 6);
  const m = LEFT_TO_PEOPLE_BEFORE.exec(ctx.normal.slice(from, at));
  if (!m) return undefined;
  const g = from + m.index + m[0].indexOf(m[1]!);
  return ctx.hits(ctx.classes.assad.people).find((h) => h.index >= g && h.index < g + m[1]!.length);
}

/**
 * A noun of position, its owner (up to two words) and «من», then up to three words of what it is on and «و», right
 * before a word of condition: «موقف الهيئة من المؤتمر و|شروطه», «موقفها من |الشروط», «مواقف الأطراف من |شروط …».
 */
const POSITION_ON_BEFORE =
  /(?:^|\s)[وفبل]?(?:ال)?(?:موقف|مواقف)[\u0621-\u064A]*(?:\s+[^\s،,.؛:]+){0,2}?\s+من\s+(?:[^\s،,.؛:]+\s+){0,3}?و?$/;

/** A question asked about what follows («وردا على سؤال (حول موقف المملكة من) | مصير …», «سئل عن | مصير …»). */
const ASKED_ABOUT_BEFORE =
  /(?:^|\s)[وف]?(?:ال)?(?:سؤال|سؤالا|سئل|سئلت|سالته|سالها|يسال|تسال)\s+(?:[^\s،,.؛:]+\s+){0,6}?(?:عن|حول|بشان)\s+(?:[^\s،,.؛:]+\s+){0,3}?$/;
/**
 * His fate fronted as the topic of the sentence, before the words of saying: «وعن مصير الرئيس السوري، قال: "هذا أمر
 * يقرره السوريون"», «وحول مستقبل الأسد، قال المبعوث إن …», «أما بشأن مصيره، فقال …» (a question put without «سئل»).
 */
const FRONTED_ABOUT_BEFORE = /^[\s"«-]*[وف]?(?:اما\s+)?(?:عن|حول|بشان|بخصوص|فيما\s+يخص|فيما\s+يتعلق\s+ب)\s*$/;
/**
 * A demonstrative and a noun of the matter, the subject of the answer («"هذا شأن | يقرره السوريون"», «هذه مسألة |»),
 * «فـ» or «و» on it after a comma («…، فهذا شأن | يقرره السوريون»).
 */
const THIS_MATTER_BEFORE = /(?:^|[^\u0621-\u064A])[وف]?(?:هذا|هذه|ذلك|تلك)\s+(?:ال)?(?:شان|سؤال|مساله|امر|قضيه|موضوع)\s+$/;
/** A participle of saying («قائلاً», «مضيفاً»): its subject is the clause's, named before it. */
const SAYING_PARTICIPLE = /(?:^|\s)[وف]?(?:قائلا|قائله|مضيفا|مضيفه|موضحا|موضحه|مؤكدا|مؤكده|معتبرا|معتبره)(?![\u0621-\u064A])/;
/** Where THIS_MATTER_BEFORE starts before `at` (the decider), or -1. */
function answerAt(ctx: SentenceContext, at: number): number {
  const from = windowStart(ctx, at, 3, false);
  const m = THIS_MATTER_BEFORE.exec(ctx.normal.slice(from, at));
  return m ? from + m.index + m[0].search(/هذ|ذلك|تلك/) : -1;
}
/** A word of the decider class that is a noun («حق», «قرار», «بيد»): his going named so is no fate left open. */
const NOUN_DECIDER = /(?:حق|قرار|بيد)$/;
/** A word of the decider class that leaves it to someone only with «إلى/لـ» right after it. */
const RETURNS_TO = /(?:يعود|متروك|متروكه)$/;
/** A verb of leaving («تترك», «ترك», «متروك»), the Syrians after «لـ», then «أمر/مسألة/قرار» or nothing, up to here. */
const LEFT_TO_PEOPLE_BEFORE =
  /(?:^|\s)[وف]?(?:[يتن]ترك(?:ون|ان)?|ترك|تركت|تركوا|متروك[اه]?)\s+((?:لل|ل)(?:سوريين|سوريون|شعب\s+السوري|شعب))\s+(?:(?:ال)?(?:امر|مساله|قرار|موضوع|شان)\s+)?$/;

/**
 * «الشعب السوري وحده من سيختار رئيسه», «السوريون هم من ينتخبون رئيسهم»: the people choosing their president, no word of
 * his fate nor his name, leave it to them as «مصير الأسد يقرره السوريون» does (decidedFate: the verb of choosing is a
 * decider right before him, the Syrians named before it; another people, «الشعب الإيراني», is refused there).
 */
function choseTheirPresident(ctx: SentenceContext, out: Cue[]): void {
  const { assad } = ctx.classes;
  if (!ctx.may(assad.decidedBy) || !ctx.may(assad.people)) return;
  const text = ctx.normal.slice(ctx.s.start, ctx.s.end);
  if (!text.includes("رئيس") || !(text.includes("ختار") || text.includes("نتخب"))) return;
  for (const verb of ctx.hits(assad.decidedBy)) {
    if (!CHOOSING.test(verb.text)) continue;
    const end = verb.index + verb.text.length;
    const theirs = THEIR_OWN_PRESIDENT_AFTER.exec(ctx.normal.slice(end, end + 12));
    if (!theirs) continue;
    const word = theirs[0].trimStart();
    const at = end + theirs[0].length - word.length;
    decidedFate(ctx, { index: at, text: word }, at + word.length, true, out);
  }
}

/**
 * Cues on Assad's role, added to `out` (as the other builders do: no list made per sentence); `namedBefore` tells
 * whether the sentence before names him.
 */
function assadCues(ctx: SentenceContext, namedBefore: () => boolean, out: Cue[]): void {
  const { classes, words } = ctx;
  const { go, stay, role, illegitimate, redLine } = classes.assad;
  // (The people choosing their president names neither him nor a word of his fate: read first, on its own gate.)
  choseTheirPresident(ctx, out);
  // Every cue below starts from one of these words: a sentence only naming him (the common case) has none. Nor is
  // there one without him named here or in the sentence before. What the keyword scan answers is asked first, so
  // the sentence's words are looked up only where both may be found.
  const starts = ctx.assadStarts;
  let may = false;
  for (let k = 0; k < starts.length && !may; k++) may = ctx.may(starts[k]!);
  if (!may) return;
  // («مسألة الرئاسة … يقررها السوريون أنفسهم»: his office, a word of his fate, names him itself; read by the loop on
  // his fate below, while the words that need him named find no one. So does «مصير رئيسه» (the people's president),
  // «الشعب السوري وحده من يقرر مصير رئيسه»: the loop checks whose people it is.)
  const office = () =>
    ctx
      .hits(classes.assad.fate)
      .some(
        (f) =>
          OFFICE.test(f.text) || THEIR_OWN_PRESIDENT_AFTER.test(ctx.normal.slice(f.index + f.text.length, f.index + f.text.length + 12)),
      );
  // «الرجل الذي قاد الرد الوحشي على شعبه لا يمكن أن يكون جزءاً منها»: described, not named (MAN_DESCRIBED).
  const described = describedHim(ctx, () => ctx.may(classes.assad.ref) || namedBefore());
  // «رحيل رئيسهم», «تنحي رئيس البلاد»: the people's president right after a word of his going or staying
  // (peoplesPresidentAfter), in a sentence that may name him no other way.
  const president = (text = ctx.normal.slice(ctx.s.start, ctx.s.end)) =>
    PEOPLES_PRESIDENT.test(text) ||
    // («أمر رحيل الرئيس يعود للسوريين»: a bare «الرئيس» after a word of his going or staying left to the Syrians.)
    (ctx.may(classes.assad.decidedBy) && FATE_OF_BARE_PRESIDENT.test(text));
  if (!ctx.may(classes.assad.ref) && !namedBefore() && !office() && described.length === 0 && !president()) return;
  let found = false;
  for (let k = 0; k < starts.length && !found; k++) found = ctx.hits(starts[k]!).length > 0;
  if (!found) return;
  // «بشار الجعفري», the government's envoy, is not Assad.
  const refs = ctx
    .hits(classes.assad.ref)
    .filter((r) => !NOT_ASSAD_AFTER.test(ctx.normal.slice(r.index + r.text.length, r.index + r.text.length + 12)))
    .filter(
      (r) =>
        !BARE_PRESIDENT.test(r.text) ||
        !OTHER_PRESIDENT_AFTER.test(ctx.normal.slice(r.index + r.text.length, r.index + r.text.length + 16)),
    );
  if (described.length > 0) {
    for (const d of described) refs.push(d);
    refs.sort((a, b) => a.index - b.index);
  }
  if (refs.length === 0 && !namedBefore() && !office() && !president()) return;
  // («نقل السلطة كاملة من يد الأسد», «انتزاع الحكم من قبضة الأسد»: the hand he holds it in is one word more.)
  const refAfter = (end: number, reach = REF_AFTER) =>
    refs.find(
      (r) =>
        r.index >= end &&
        (words.within(end, r.index, reach) ||
          (reach > 0 &&
            words.within(end, r.index, reach + 1) &&
            FROM_HAND_BEFORE.test(ctx.normal.slice(Math.max(end, r.index - 14), r.index)))),
    );
  const refBefore = (start: number) =>
    findLast(
      refs,
      (r) =>
        r.index + r.text.length <= start &&
        ((words.within(r.index + r.text.length, start, REF_BEFORE) && !crossesPunctuation(ctx, r.index + r.text.length, start)) ||
          // «الأسد، الذي فقد شرعيته، يجب أن يرحل»: a relative clause or «وهو …» set off by commas after him.
          (start - r.index < 160 && ASIDE_THEN.test(ctx.normal.slice(r.index + r.text.length, start))) ||
          (start - r.index < 60 && OPTIONS_THEN.test(ctx.normal.slice(r.index + r.text.length, start))) ||
          relativeThen(r.index + r.text.length, start)),
    );
  // «الأسد الذي قتل شعبه لا يمكن أن يكون جزءاً …»: past a relative clause on him with no commas (RELATIVE_ON_HIM_THEN).
  const relativeThen = (end: number, start: number) => {
    if (start - end > 160 || ctx.normal.charCodeAt(end + 1) !== 0x627) return false;
    const m = RELATIVE_ON_HIM_THEN.exec(ctx.normal.slice(end, start));
    return m !== null && words.within(end + m[0].length, start, REF_BEFORE) && !crossesPunctuation(ctx, end + m[0].length, start);
  };
  // «ألا يكون لبشار الأسد وأعوانه الملطخة أيديهم بالدماء أي دور»: whose role it is, named after a verb of being,
  // may stand further back than a subject does.
  const possessorBefore = (start: number) =>
    findLast(
      refs,
      (r) =>
        r.index + r.text.length <= start &&
        /^[وف]?ل/.test(r.text) &&
        BEING_BEFORE.test(ctx.normal.slice(windowStart(ctx, r.index, 3), r.index)) &&
        words.within(r.index + r.text.length, start, POSSESSOR_BEFORE) &&
        !crossesPunctuation(ctx, r.index + r.text.length, start),
    );
  // Pushed one by one rather than spread from map() of each list: V8 threw the code of map() and the spread away
  // whenever it met a list of another kind (an empty one, a list of hits), and assadCues ran unoptimised for much of
  // a long run.
  const fates: Array<{ hit: Hit; kind: "go" | "stay" | "role"; base: Stance }> = [];
  for (const hit of ctx.hits(go)) fates.push({ hit, kind: "go", base: "must_go" });
  // (A limit set on his staying, «سقف زمني لبقاء الأسد», «وضع حد لبقائه»: his going, at a time named.)
  for (const hit of ctx.hits(stay)) {
    // («في ظل بقاء الأسد»: «ظل» after «في» and before another word of his staying is "under" it, no verb of remaining;
    // «حكومة في ظل الأسد» is a government under him, his staying.)
    if (
      hit.text === "ظل" &&
      IN_BEFORE.test(ctx.normal.slice(Math.max(ctx.s.start, hit.index - 4), hit.index)) &&
      STAYING_NEXT.test(ctx.normal.slice(hit.index + hit.text.length, Math.min(ctx.s.end, hit.index + hit.text.length + 16)))
    )
      continue;
    fates.push({ hit, kind: "stay", base: limitedStay(ctx, hit) ? "must_go" : "may_stay" });
  }
  for (const hit of ctx.hits(role)) fates.push({ hit, kind: "role", base: "may_stay" });
  // The reference named right after each word of his fate. One named there belongs to it («نقل السلطة من الأسد إلى
  // هيئة حكم»): it is not also the subject of a word after it.
  const refsAfter: Array<Hit | undefined> = [];
  // A word of ending («إنهاء», «نهاية») or of handing over powers ends his rule only with him named right after it,
  // or after «حكم»/«ولاية» and at most two words («إنهاء حكم (عائلة) الأسد»), not what it ends otherwise («لإنهاء
  // الحرب ما دام الأسد في السلطة», «وافق الأسد على نقل صلاحيات بعض الوزارات»).
  for (const f of fates) {
    const end = f.hit.index + f.hit.text.length;
    if (!GENITIVE_ONLY.test(f.hit.text)) {
      refsAfter.push(refAfter(end) ?? (f.kind !== "role" ? peoplesPresidentAfter(ctx, end) : undefined));
      continue;
    }
    // (A bare «مستقبل» is his only after him: «يكون للأسد مستقبل»; «مستقبل الأسد» is his fate, read elsewhere.)
    const r = BARE_FUTURE.test(f.hit.text) ? undefined : refs.find((r) => r.index >= end && words.within(end, r.index, 3));
    refsAfter.push(r && (words.within(end, r.index, 0) || RULE_GAP.test(ctx.normal.slice(end, r.index))) ? r : undefined);
  }
  for (let i = 0; i < fates.length; i++) {
    const { hit, kind, base } = fates[i]!;
    const end = hit.index + hit.text.length;
    // Who goes or stays: named right after («رحيل الأسد»، «دور للأسد»), before («الأسد لن يتنحى»), or his pronoun
    // after a mention in this sentence or the one before («رحيله»).
    const after = refsAfter[i];
    // A word with his pronoun («رحيله»; not «التنحي», which names no one) names him itself: a mention of him before it
    // is its antecedent, not who the clause is about («موسكو تتمسك بالأسد والائتلاف يصر على رحيله»: the span starts at the word, after «يصر»).
    const pronounForm = !after && (isPronounForm(ctx, hit) || (kind === "go" && impliedSubject(ctx, hit)));
    const ownPronoun = pronounForm && /ه$/.test(hit.text);
    // («لا ترى للأسد أي مستقبل»: a future is his with «ل» and him right before it too.)
    const candidate =
      after || ownPronoun
        ? undefined
        : GENITIVE_ONLY.test(hit.text)
          ? FUTURE_WORD.test(hit.text)
            ? findLast(
                refs,
                (r) =>
                  r.index + r.text.length <= hit.index &&
                  /^[وف]?ل/.test(r.text) &&
                  words.within(r.index + r.text.length, hit.index, 0) &&
                  // («لا تعرف إن كان للأسد مستقبل»: whether he has one, asked.)
                  !(
                    BARE_FUTURE.test(hit.text) &&
                    WHETHER_WAS_BEFORE.test(ctx.normal.slice(Math.max(ctx.s.start, r.index - 16), r.index + 1))
                  ),
              )
            : undefined
          : (refBefore(hit.index) ?? (kind === "role" ? possessorBefore(hit.index) : undefined));
    // «مصير الرئيس السوري ومشاركة إيران»: a word of role with another party named right after it is that party's
    // (its owner in the construct state), not his named before it.
    // (One word, not a verb, and another party, neither a place nor Syria, his own state: «لا يمكن أن يمثل مستقبل
    // سوريا», «سيواصل قيادة سوريا» are his future and his leading, Syria the country.)
    const ownedByNext =
      kind === "role" &&
      candidate !== undefined &&
      !/\s/.test(hit.text) &&
      !ROLE_VERB.test(hit.text) &&
      mentionsIn(ctx, pastSpaces(ctx.normal, end), wordEnd(ctx.normal, pastSpaces(ctx.normal, end))).mentions.some(
        (m) => !m.place && m.party !== "syrian_government",
      );
    const before = candidate && !ownedByNext && !refsAfter.includes(candidate) ? candidate : undefined;
    // («يربط مشاركة إيران برحيل الأسد»: a word of role whose owner, another party, is named right after it is not his,
    // named further on.)
    if (
      kind === "role" &&
      after &&
      !/\s/.test(hit.text) &&
      !ROLE_VERB.test(hit.text) &&
      mentionsIn(ctx, pastSpaces(ctx.normal, end), wordEnd(ctx.normal, pastSpaces(ctx.normal, end))).mentions.some(
        (m) => !m.place && m.party !== "syrian_government",
      )
    )
      continue;
    // («إعلان الأخضر الإبراهيمي استقالته», «قدم لافروف استقالته»: a resignation is its own subject's, another person
    // named right before it, no preposition between; one demanded of him is «طالب كيري باستقالته».)
    const pronoun =
      !after &&
      !before &&
      pronounForm &&
      (refs.some((r) => r.index < hit.index) || namedBefore()) &&
      !(OWN_RESIGNATION.test(hit.text) && personEndsAt(mentionsIn(ctx, windowStart(ctx, hit.index, 3), hit.index)));
    // Whom the cue is about (never its holder): the one named, or his pronoun's antecedent close before it.
    const who = after ?? before ?? (ownPronoun ? refBefore(hit.index) : undefined);
    // «قال الأسد: لن أتنحى», «قال إنه سيترشح»: he speaks of himself, in the first person or as the pronoun subject of
    // what he reports; only he holds it (selfOf).
    const himself = !after && !before && !pronoun && spokenOfHimself(ctx, hit, refs);
    // «رحيل الأسد يقرره السوريون», «أمر رحيل الرئيس يعود للسوريين», «تترك للسوريين أمر رحيل رئيسهم»: his going or
    // staying left to the Syrians is his fate left to them (decidedFate), no demand either way; a bare «الرئيس» is he
    // there, as after a word of his fate. (Not both ways named, «بقاء الأسد أو رحيله يقررها السوريون»: see eitherWay;
    // nor a decider past a comma, «لا كلمة عن رحيله، وأن مصيره يقرره السوريون»: another clause, with its own word of fate.)
    if (kind !== "role" && FATE_NOUN.test(hit.text) && !eitherWay(ctx, hit, fates)) {
      const theirs = after ? null : theirPresident(ctx, end, THEIR_PRESIDENT_AFTER.exec(ctx.normal.slice(end, end + 40)));
      const refEnd = after ? after.index + after.text.length : theirs ? end + theirs[0].length : pronoun ? end : -1;
      if (refEnd >= 0 && decidedFate(ctx, hit, refEnd, theirs !== null, out, true)) continue;
    }
    if (!after && !before && !pronoun && !himself) continue;
    // «استمرار هجوم النظام على المدن», «استمرار قصف قوات الأسد»: the going on of an act of his (a noun in the construct
    // state between), not his staying.
    if (kind === "stay" && after && STAY_NOUN.test(hit.text) && ACT_OF_HIS_BETWEEN.test(ctx.normal.slice(end, after.index))) continue;
    // «لا يحق لأحد أن يحدد مدة بقاء رئيس الجمهورية»: how long he stays, to be set or not by someone, is no staying of
    // his wanted or refused (read by assad.no-one-may-set-his-fate).
    if (kind === "stay" && DURATION_BEFORE.test(ctx.normal.slice(Math.max(ctx.s.start, hit.index - 10), hit.index))) continue;
    // «الخلاف حول مصير الأسد ظل قائماً», «بقي مصيره معلقاً»: what remains unsettled is the dispute or the question, not
    // he in power.
    if (kind === "stay" && REMAINING_VERB.test(hit.text) && UNSETTLED_AFTER.test(ctx.normal.slice(end, Math.min(ctx.s.end, end + 24))))
      continue;
    // «منصب الرئيس يجب أن يبقى شاغراً»: his post stays (empty), not he; «الائتلاف سيبقى متمسكاً برحيل الأسد»: a party
    // named right before the verb of staying is who stays.
    if (kind === "stay" && before && HIS_POST_BEFORE.test(ctx.normal.slice(Math.max(ctx.s.start, before.index - 12), before.index)))
      continue;
    if (
      kind === "stay" &&
      !before &&
      STAY_VERB.test(hit.text) &&
      mentionsIn(ctx, windowStart(ctx, hit.index, 1), hit.index).mentions.some((m) => m.party !== "syrian_government")
    )
      continue;
    // «حملة قمع ضد الاحتجاجات الشعبية المطالبة بإنهاء … حكم عائلة الأسد» (an agency's background paragraph): the demand
    // is the protests', which its participle qualifies; no party named holds it.
    // So is «منذ بدء الانتفاضة ضد حكم الرئيس الأسد»: what the uprising was against, no one's position on him.
    if (
      kind !== "stay" &&
      (PROTESTS_DEMANDING_BEFORE.test(ctx.normal.slice(windowStart(ctx, hit.index, 9), hit.index)) ||
        PROTESTS_AGAINST_BEFORE.test(ctx.normal.slice(windowStart(ctx, hit.index, 5), hit.index)))
    )
      continue;
    // «يبقى حتى انتهاء ولايته»: the end of his staying, not a demand that he go.
    if (
      kind === "go" &&
      UNTIL_BEFORE.test(ctx.normal.slice(Math.max(ctx.s.start, hit.index - 30), hit.index)) &&
      fates.some(
        (f) => f.kind === "stay" && f.hit.index < hit.index && words.within(f.hit.index + f.hit.text.length, hit.index, STAY_UNTIL_REACH),
      )
    )
      continue;
    // «هيئة حكم انتقالية», «مجلس حكم»: a governing body, not his rule; «الأسد وأركان حكمه»: the men of his rule.
    if (
      kind === "role" &&
      /حكمه?$/.test(hit.text) &&
      GOVERNING_BODY.test(ctx.normal.slice(Math.max(ctx.s.start, hit.index - 12), hit.index))
    )
      continue;
    // «بدوره، أكد …», «من جهته وبدوره …»: "for his part", an idiom opening a clause, not a role.
    if (
      kind === "role" &&
      FOR_HIS_PART.test(hit.text) &&
      CLAUSE_OPENS_BEFORE.test(ctx.normal.slice(Math.max(0, ctx.s.start - 1, hit.index - 90), hit.index)) &&
      FOR_HIS_PART_AFTER.test(ctx.normal.slice(end, Math.min(ctx.s.end, end + 12)))
    )
      continue;
    // «مسألة دور الأسد في المرحلة الانتقالية يقررها السوريون»: the matter of his role, what is said of it read as of
    // his fate (the fate class: «مسألة دور»), is no role wanted for him.
    if (kind === "role" && MATTER_OF_BEFORE.test(ctx.normal.slice(Math.max(ctx.s.start, hit.index - 10), hit.index))) continue;
    // «الأسد جزء من المشكلة», «طرف في النزاع»: a part of the problem or a party to the war is no role wanted for him.
    if (kind === "role" && PROBLEM_AFTER.test(ctx.normal.slice(end, Math.min(ctx.s.end, end + 30)))) continue;
    if (kind === "role" && /طرف/.test(hit.text) && TALKS_PARTY_AFTER.test(ctx.normal.slice(end, Math.min(ctx.s.end, end + 30)))) continue;
    // «الأسد لن يذهب إلى أي مكان»: a place one goes to is no place in the future wanted for him.
    if (
      kind === "role" &&
      /^[وفبل]*مكان/.test(hit.text) &&
      GONE_TO_BEFORE.test(ctx.normal.slice(Math.max(ctx.s.start, hit.index - 10), hit.index))
    )
      continue;
    // «فقد أي شرعية تسمح له بقيادة المرحلة»: a role inside what he is said to have lost is no role wanted for him.
    if (kind === "role" && LOST_BEFORE.test(ctx.normal.slice(Math.max(ctx.s.start, hit.index - 60), hit.index))) continue;
    // The regime (النظام) stands for him only with words of his going or staying, not of a role («دور النظام»).
    if (kind === "role" && /^[وفبلك]*(?:ال)?نظام(?:\s+السوري)?$/.test((after ?? before)?.text ?? "")) continue;
    // His rule named by the word of its ending («إنهاء حكم الأسد», «سقوط حكم بشار») is his going, read there, not a role.
    if (kind === "role" && fates.some((f) => f.kind === "go" && /^\s+$/.test(ctx.normal.slice(f.hit.index + f.hit.text.length, hit.index))))
      continue;
    const spanStart = before ? before.index : hit.index;
    let spanEnd = after ? after.index + after.text.length : end;
    // «إسقاط الرئيس بشار |الأسد»: names of him following one another are one reference, which the span ends after.
    // (Not across a comma: «… يبقى فيه الأسد، فالأسد هو أصل المشكلة» names him again in a clause of its own.)
    for (let next = after && refAfter(spanEnd, 0); next && !crossesPunctuation(ctx, spanEnd, next.index); next = refAfter(spanEnd, 0))
      spanEnd = next.index + next.text.length;
    if (kind !== "go" && HARM_AFTER.test(ctx.normal.slice(spanEnd, Math.min(ctx.s.end, spanEnd + 40)))) continue;
    // «قال، قبل مغادرته فيينا، إن …»: leaving a place named right after is a journey, not his going (unless the place
    // is the country, the capital or the office: «مغادرته البلاد», «مغادرته السلطة»).
    if (kind === "go" && LEAVING.test(hit.text) && PLACE_LEFT_AFTER.test(ctx.normal.slice(spanEnd, Math.min(ctx.s.end, spanEnd + 30))))
      continue;
    // «انتقدت واشنطن موقف روسيا المتمسك ببقاء الأسد»: the position named by «موقف» is its owner's, as its participle
    // says; the verb before it is another party's, read through it.
    const ownedBy = kind !== "role" ? positionOf(ctx, windowStart(ctx, spanStart, 14), spanStart) : undefined;
    if (ownedBy) {
      ownedPositionCues(ctx, out, ownedBy, "assad_role", `compose.assad.${kind}`, base, hit.index, spanEnd, spanOf(who));
      continue;
    }
    // Negations between the reference and the verb count too («الأسد لن يتنحى»), but for those of a relative clause
    // or «وهو …» set off by commas right after him.
    const clause = windowStart(ctx, spanStart);
    const gap = before ? ctx.normal.slice(before.index + before.text.length, hit.index) : "";
    const aside = before ? (RELATIVE_ASIDE_AFTER_REF.exec(gap) ?? (OPTIONS_THEN.test(gap) ? [gap] : null)) : null;
    // «من يظن أنه سيحصل بالتفاوض على ما عجز عنه في الميدان، أي تنحي الرئيس الأسد، واهم»: his going in apposition restates
    // what the clause before names; the predicate judging that comes after the apposition's closing comma.
    const apposed = appositionAt(ctx, spanStart);
    const judgedAt = apposed !== undefined && commaNext(ctx.normal, spanEnd) ? pastSpaces(ctx.normal, spanEnd) + 1 : spanEnd;
    // «الانتخابات غير حقيقية والأسد ليس جزءاً من الحل»: his name joined by «و» opens a clause of its own; what is
    // negated before it is the clause before's.
    const from = afterUntil(ctx, afterCoordinatedThat(ctx, afterRestating(ctx, clause, hit.index), spanStart), spanStart);
    const joinedSubject = before !== undefined && JOINED_NAME.test(before.text) ? before.index : undefined;
    const p = polarity(
      ctx,
      joinedSubject !== undefined ? Math.max(from, joinedSubject) : from,
      hit.index,
      kind === "role" ? judgedFrom(ctx, judgedAt) : judgedAt,
      true,
      // (Nor what a description of him says, «رجل استخدم الكيماوي |ضد| شعبه لا يمكن …»: his deed, not a negation.)
      before && described.includes(before)
        ? { start: before.index, end: before.index + before.text.length }
        : aside
          ? { start: before!.index + before!.text.length, end: before!.index + before!.text.length + aside[0].length }
          : undefined,
    );
    // «من يطالب برحيل الأسد يعيش في الأوهام»: whoever holds it is no one named; the predicate judging them is the
    // speaker's, who holds the opposite. (So is whoever holds what it is in apposition to: «من يراهن على …، أي رحيل
    // الأسد، واهم».)
    // («من عطل جنيف هو من يضع رحيل الأسد شرطاً»: the one blamed is whoever holds it, the speaker the opposite.)
    const blamed = blamedWhoever(ctx, spanStart);
    // (Not unnamed others a verb of criticism names, «وانتقد "الأطراف التي ترفع شعار تنحي الأسد"»: read turned as the
    // critic's.)
    const whoever =
      blamed ||
      ((heldByUnnamed(ctx, spanStart) || (apposed !== undefined && whoeverClauseBefore(ctx, apposed))) &&
        !criticisedUnnamedBefore(ctx.normal, ctx.s, spanStart));
    // «من يطالب برحيل الأسد على حق»: so is a predicate that proves them right; the speaker holds theirs.
    const approved = whoever && !p.turned && APPROVED_AFTER.test(ctx.normal.slice(judgedAt, Math.min(ctx.s.end, judgedAt + 60)));
    if (p.void || (whoever && !approved && !blamed && !(p.turned && rejectedByPredicate(ctx, judgedAt)))) continue;
    // «تمارس ضغوطاً على المعارضة لقبول بقاء الأسد»: what others are pressed to accept is the pressers' wish, not a
    // position of the pressed nor of whoever reports the pressure.
    if (PRESSED_TO_ACCEPT_BEFORE.test(ctx.normal.slice(windowStart(ctx, spanStart, 8), spanStart))) continue;
    // «ما يطرحه بعض المعارضين من شروط، وفي مقدمتها تنحي الأسد، لا يستند إلى أي أساس»: his going listed among what
    // others put forward is theirs, not the speaker's, who speaks of it.
    if (OTHERS_CONDITIONS_LISTED_BEFORE.test(ctx.normal.slice(Math.max(ctx.s.start, spanStart - 160), spanStart))) continue;
    // «لا يمكن أن يكون الأسد شريكاً في المرحلة الانتقالية» refuses him a role; «عاد الأسد شريكاً بعد الاتفاق»,
    // «إعادة تأهيل الأسد شريكاً في الحرب على الإرهاب» only describe him: a partner is a role wanted only when refused.
    // So is ruling the country or regaining legitimacy («لا يمكن للأسد أن يحكم سوريا», «… أن يستعيد شرعيته»; not
    // «الأسد يحكم سوريا منذ عام 2000», what he does).
    if (kind === "role" && (PARTNER.test(hit.text) || RULING.test(hit.text)) && !p.turned) continue;
    // «لا يمكن للأسد أن يحكم سوريا بمفرده», «… أن يقود البلاد من دون إصلاحات»: how he rules, not whether.
    if (kind === "role" && RULING.test(hit.text) && RULED_HOW_AFTER.test(ctx.normal.slice(end, Math.min(ctx.s.end, end + 20)))) continue;
    // «ما ورد في البيان بشأن دور الأسد», «تحدث عن دور الأسد»: his role named as what is spoken about, no verb of
    // position and no negation on it, is no position on it.
    if (
      kind === "role" &&
      !p.conditioned &&
      ((!p.turned && TOPIC_OF_TALK_BEFORE.test(ctx.normal.slice(windowStart(ctx, hit.index, 2), hit.index))) ||
        // («لم تشر إلى ما ورد بشأن دور الأسد»: «بشأن» names the topic whatever negation stands before it.)
        REGARDING_BEFORE.test(ctx.normal.slice(windowStart(ctx, hit.index, 1), hit.index)) ||
        // («لا يعني أننا نتفق مع الإيرانيين على دور الأسد»: what two sides agree or differ on is a topic too.)
        AGREED_ON_BEFORE.test(ctx.normal.slice(windowStart(ctx, hit.index, 6), hit.index)))
    )
      continue;
    // Up to twelve words before it in its clause.
    const lead = ctx.normal.slice(windowStart(ctx, spanStart, 12), spanStart);
    // What someone is accused of («اتهمها بالمساعدة على الإطاحة بالنظام»): the accuser states no wish of his own;
    // the accused named holds it (CONTRACT.md: «تتهم طهران واشنطن بالضغط لسحب دعوة إيران» is Washington's).
    // Only an accusation whose «ب…» leads to the cue («اتهم المعلم السعودية بالإصرار على رحيل الأسد»), not one closed
    // before another clause («قال الجربا متهماً روسيا بحماية النظام إن رحيل الأسد شرط»).
    const accusing = ACCUSING.exec(lead);
    const accused = accusing !== null && !CLAUSE_BETWEEN.test(lead.slice(accusing.index + accusing[0].length));
    // Whether someone would accept it («معرفة مدى استعداد موسكو لقبول رحيل الأسد»): a question, no one's position.
    if (WHETHER.test(lead)) continue;
    // What the media carried («ما تناقلته وسائل الإعلام عن قبول إيران تنحي الأسد»): a report the speaker answers.
    if (MEDIA_TALK.test(lead)) continue;
    // Denying one's consent to it («نفى …، موافقة طهران على مقترح يقضي بتنحي الأسد»): the denial reaches further.
    if (
      ctx
        .find(classes.polarity.uncertain, windowStart(ctx, spanStart, 20, false), spanStart)
        .some((d) => /(?:^|\s)(?:موافقه|قبول)\s/.test(ctx.normal.slice(d.index, spanStart)))
    )
      continue;
    if (kind === "go" && mannerAfter(ctx, spanEnd)) continue;
    // «بقاء الأسد ليس …»: what the negated predicate after it says is not read here.
    if (
      !before &&
      negationAfter(ctx, spanEnd) &&
      !anyHeadDenied(ctx, hit.index, spanEnd) &&
      !(ctx.mayReject() && (ctx.lexicon.rejectedAfter?.test(ctx.normal.slice(spanEnd, ctx.s.end)) ?? false))
    )
      continue;
    // Talk of his going or staying («الحديث عن تنحي الأسد», «إمكانية بحث رحيله») states neither unless it is
    // rejected («رفض أي حديث عن رحيله») or demanded («طالب ببحث رحيل الأسد»).
    // (Not put forward as a condition by a party, «طرح الائتلاف رحيل الأسد كشرط مسبق»: what it poses so it demands.)
    if (kind !== "role" && !p.turned && !(p.verb && DEMAND.test(p.verb.text))) {
      const talk = discussionBefore(ctx, spanStart);
      if (talk && !posedAsCondition(ctx, talk, spanEnd)) continue;
    }
    // «ولم يطرح الائتلاف رحيل الأسد كشرط هذه المرة»: posing it as a condition denied (the negation right before the
    // verb of putting forward) says nothing of his staying.
    if (
      kind === "go" &&
      p.turned &&
      PUTTING_FORWARD_DENIED_BEFORE.test(ctx.normal.slice(windowStart(ctx, spanStart, 8), spanStart)) &&
      POSED_AS_CONDITION_AFTER.test(ctx.normal.slice(spanEnd, Math.min(ctx.s.end, spanEnd + 40)))
    )
      continue;
    // «مسألة بقاء الأسد ستطرح في المفاوضات»: his going or staying named as a matter, with no verb of position and
    // nothing turning it, is the subject talked of, not wanted.
    if (
      kind !== "role" &&
      // (A verb of position governs the matter unless a that-clause stands between: «أكد أن مسألة بقاء الأسد ستطرح».)
      (!p.verb || /(?:^|\s)[وبل]?ان(?:ه|ها)?\s/.test(ctx.normal.slice(p.verb.index + p.verb.text.length, spanStart))) &&
      !p.turned &&
      !p.conditioned &&
      MATTER_BEFORE.test(ctx.normal.slice(Math.max(ctx.s.start, spanStart - 14), spanStart))
    )
      continue;
    // «الرحيل أو البقاء»: both ways named, neither is wanted; «لم نقل إنه يجب عليه الرحيل أو البقاء» says it is not
    // one's call (neutral), and so does not insisting on either («ليست مصرة على بقاء الأسد»).
    const either = kind !== "role" && eitherWay(ctx, hit, fates);
    if (either === "second") continue;
    // «قرار بقاء الرئيس أو رحيله ليس مطروحاً على طاولة أحد»: his fate either way kept off the table is his staying,
    // as «مصير الأسد غير مطروح للنقاش» is.
    if (
      either &&
      p.turned &&
      !p.conditioned &&
      !accused &&
      OFF_TABLE_AFTER.test(ctx.normal.slice(spanEnd, Math.min(ctx.s.end, spanEnd + 80)))
    ) {
      out.push(cue(ctx, "compose.assad.either.off-table", "assad_role", "may_stay", spanStart, spanEnd, p, { about: spanOf(who) }));
      continue;
    }
    if (either || notInsisting(ctx, clause, spanStart, kind)) {
      // «لا نصر على بقاء الأسد إلى الأبد»: not insisting on his staying for ever leaves his staying for now untouched.
      const forever = kind === "stay" && FOREVER_AFTER.test(ctx.normal.slice(spanEnd, Math.min(ctx.s.end, spanEnd + 40)));
      if (p.turned && !p.conditioned && !accused && !forever)
        out.push(
          cue(ctx, `compose.assad.${either ? "either" : kind}.not-insisted`, "assad_role", "neutral", spanStart, spanEnd, p, {
            about: spanOf(who),
          }),
        );
      continue;
    }
    // «لا تعتبر بقاء الأسد مدى الحياة هدفاً بحد ذاته»: his staying for life, or as an end in itself, denied leaves his
    // staying for now untouched; no demand that he go.
    if (kind === "stay" && p.turned && !p.conditioned && FOREVER_AFTER.test(ctx.normal.slice(spanEnd, Math.min(ctx.s.end, spanEnd + 40))))
      continue;
    // «التخلي عن أوهام إسقاط النظام», «وهم رحيل الأسد»: his going or staying named an illusion is the opposite,
    // whatever stands before the illusion.
    // «الرهانات على إسقاط الأسد سقطت», «من راهن على رحيله خسر رهانه»: so is a bet on it said to have failed, before
    // it or after it («سقطت كل الرهانات على إسقاطه»).
    // «حذر من أن أي محاولة لفرض رحيل الأسد ستفشل», «محاولات فرض رحيله»: an attempt to impose it is named so by who
    // rejects it (as attempts to impose conditions are).
    // «الإصرار على مطالب غير واقعية، مثل تحديد موعد لرحيل الرئيس، …»: an example of demands judged unrealistic or
    // impossible is judged with them.
    // (Only demands the speaker judges, not ones a party is said to hold or bring: «النظام يتمسك بمطالب غير واقعية،
    // مثل بقاء الأسد» is the regime's demand as it stands. Only an attempt said to fail or warned against: «تدعم كل
    // محاولة لفرض رحيل الأسد», «تتهم الرياض بمحاولة فرض رحيله» push it.)
    const illusion =
      (!p.turned && exampleOfJudged(ctx.normal, ctx.s.start, spanStart)) ||
      (kind === "go" &&
        !p.turned &&
        ATTEMPT_TO_IMPOSE_BEFORE.test(ctx.normal.slice(windowStart(ctx, spanStart, 4), spanStart)) &&
        (ATTEMPT_FAILS_AFTER.test(ctx.normal.slice(spanEnd, Math.min(ctx.s.end, spanEnd + 60))) ||
          WARNED_THAT_BEFORE.test(ctx.normal.slice(ctx.s.start, spanStart)))) ||
      ILLUSION_BEFORE.test(ctx.normal.slice(windowStart(ctx, spanStart, 2), spanStart)) ||
      // «محاولة لفرض شروط لا قيمة لها، وفي مقدمتها ما يسمى رحيل الرئيس»: so is his going called «so-called», where no verb
      // of position and no party named before it in its clause make it another's demand («المعارضة تطرح ما يسمى …»).
      (!p.verb && soCalledByTheSpeaker(ctx, spanStart)) ||
      (kind === "stay" && !p.turned && IMPOSSIBLE_WHILE_BEFORE.test(ctx.normal.slice(windowStart(ctx, spanStart, 7), spanStart))) ||
      BET_LOST_BEFORE.test(ctx.normal.slice(windowStart(ctx, spanStart, 7), spanStart)) ||
      (BET_BEFORE.test(ctx.normal.slice(windowStart(ctx, spanStart, 4), spanStart)) &&
        BET_LOST_AFTER.test(ctx.normal.slice(spanEnd, Math.min(ctx.s.end, spanEnd + 60))));
    // «بقاء الأسد خطاً أحمر»: his staying a red line is what must not be touched, not a mistake («خطأ», as «خطاً» is
    // once normalised). «رحيل الأسد خط أحمر», «إسقاط الأسد غير مطروح للنقاش»: his going forbidden keeps him.
    const redLineAfter = kind !== "role" && RED_LINE_AFTER.test(ctx.normal.slice(spanEnd, Math.min(ctx.s.end, spanEnd + 40)));
    const redLine = kind === "stay" && redLineAfter;
    const forbidden = kind === "go" && redLineAfter && !p.turned;
    // «لن تقبل أي شروط مسبقة، وفي مقدمتها رحيل الرئيس الأسد»: his going named in the list of conditions rejected is
    // rejected with them (as the phrase rules read a demand so listed).
    const listed =
      kind === "go" && !p.turned && REJECTED_CONDITIONS_LISTING.test(ctx.normal.slice(Math.max(ctx.s.start, spanStart - 220), spanStart));
    const stance = forbidden || listed || (!redLine && (illusion || p.turned !== blamed)) ? oppositeStance("assad_role", base)! : base;
    // He, described by his crimes («الرجل الذي قاد الرد الوحشي على شعبه»), is named so to refuse him: a reading that
    // keeps him missed the negation that governs it («لا توجد أي طريقة، أي طريقة على الإطلاق، يمكن أن يكون فيها
    // الرجل الذي … جزءاً من الحكومة»), beyond the commas; no stance rather than the wrong one.
    if (who && stance !== "must_go" && described.includes(who)) continue;
    // «مطالبة المعارضة برحيل الأسد … مطلب غير واقعي»: the demand judged is still its owner's, as it stands.
    const demandOwner = kind === "go" && !accused ? judgedDemandOwner(ctx, p, spanStart, spanEnd) : undefined;
    if (demandOwner)
      out.push(
        cue(ctx, `compose.assad.${kind}.judged-demand`, "assad_role", base, spanStart, spanEnd, null, {
          about: spanOf(who),
          owner: demandOwner,
        }),
      );
    const rule = `compose.assad.${kind}${whoever ? ".whoever-judged" : illusion ? ".illusion" : listed ? ".listed-rejected" : p.conditioned ? ".conditioned" : p.turned || forbidden ? ".turned" : ""}`;
    const ref = who;
    // «شرط الرحيل الذي طرحه الائتلاف»: the condition named right before his going has its owner named after it.
    const namedCondition =
      p.conditioned &&
      ctx
        .find(classes.preconditions.condition, windowStart(ctx, spanStart, 2), spanStart)
        .some((c) => CONDITION_NOUN.test(c.text) && words.within(c.index + c.text.length, spanStart, 0));
    // «اعتبر أن أي عملية انتقالية لا تبدأ برحيل الأسد هي مضيعة للوقت»: the judging predicate after it is counted in
    // its stance already (the negation and the judgement: he must go); the describing verb before it passes no second
    // judgement on it (describedCues).
    const judgedAfter = p.rejectedAfter || undefined;
    out.push(
      cue(ctx, rule, "assad_role", stance, spanStart, spanEnd, p, {
        about: spanOf(ref),
        owner: namedCondition ? ownerAfter(ctx, spanEnd) : p.rejectedAfter ? predicateSubject(ctx, spanEnd) : undefined,
        accusedOnly: accused || undefined,
        selfOf: himself ? ASSAD_ACTOR : undefined,
        judgedAfter,
      }),
    );
  }
  // His fate: rejecting any discussion of it («رفض أي بحث في مستقبل الأسد») or leaving it to the Syrians
  // («مصير الأسد يقرره الشعب السوري») keeps him.
  for (const fate of ctx.hits(classes.assad.fate)) {
    const end = fate.index + fate.text.length;
    // His office as what is decided («الرئاسة», «مقام الرئاسة») names him itself; «مصير رئيسه» (the people's
    // president) and a bare «الرئيس» after a word of fate are he, in the sentences this reads.
    const theirs = theirPresident(ctx, end, THEIR_PRESIDENT_AFTER_FATE.exec(ctx.normal.slice(end, end + 60)));
    const direct = refAfter(end);
    const viaTheirs = !direct && !OFFICE.test(fate.text) && theirs !== null;
    const ref =
      direct ??
      (OFFICE.test(fate.text)
        ? { index: fate.index, text: fate.text }
        : theirs
          ? { index: end + theirs[0].length - theirs[1]!.length, text: theirs[1]! }
          : undefined);
    if (!ref && !isPronounForm(ctx, fate)) continue;
    const refEnd = ref ? ref.index + ref.text.length : end;
    const from = windowStart(ctx, fate.index);
    const discussed = ctx
      .find(classes.assad.discussion, from, fate.index)
      .some((d) => words.within(d.index + d.text.length, fate.index, 2));
    // (Or deciding it right before it, rejected: «أي محاولة لتحديد مصير الأسد سلفاً أمر غير واقعي», «ترفض حسم مصيره»;
    // not a word of discussing elsewhere, where «تحديد جدول زمني لرحيله» sets his going, and «تحديد مصيره يعود للسوريين»
    // leaves it to them, read below.)
    const deciding = !discussed && DECIDING_RIGHT_BEFORE.test(ctx.normal.slice(Math.max(ctx.s.start, fate.index - 16), fate.index));
    if (discussed || deciding) {
      const p = polarity(ctx, from, fate.index, refEnd);
      // («من يتحدث عن مصير الرئيس فليبحث عن ذلك في أحلامه»: whoever talks of it is no one named; the predicate judging
      // them is the speaker's, as for his going.)
      const whoever = heldByUnnamed(ctx, fate.index);
      if (p.turned && !p.conditioned && !p.void && (!whoever || rejectedByPredicate(ctx, refEnd)))
        out.push(
          cue(
            ctx,
            `compose.assad.fate-discussion.${whoever ? "whoever-judged" : "turned"}`,
            "assad_role",
            "may_stay",
            fate.index,
            refEnd,
            p,
          ),
        );
      if (discussed || (p.turned && !p.void)) continue;
    }
    decidedFate(ctx, fate, refEnd, viaTheirs, out);
  }
  // Lost legitimacy («الرئيس بشار فقد شرعيته») and a red line («الأسد خط أحمر») said of him.
  const saidOfHim = (re: WordClass, rule: string, stance: Stance) => {
    for (const h of ctx.hits(re)) {
      // («هذا خط أحمر تجاوزه النظام»: a red line crossed, the regime the one crossing it.)
      if (CROSSED_AFTER.test(ctx.normal.slice(h.index + h.text.length, h.index + h.text.length + 16))) continue;
      const ref = refBefore(h.index) ?? refAfter(h.index + h.text.length) ?? appositionBefore(ctx, refs, h.index);
      if (!ref) continue;
      const start = Math.min(ref.index, h.index);
      const end = Math.max(ref.index + ref.text.length, h.index + h.text.length);
      const p = polarity(ctx, windowStart(ctx, start), start, end);
      if (p.turned || p.void) continue;
      out.push(cue(ctx, rule, "assad_role", stance, start, end, p));
    }
  };
  saidOfHim(illegitimate, "compose.assad.illegitimate", "must_go");
  saidOfHim(redLine, "compose.assad.red-line", "may_stay");
}

/** A verb of crossing right after a red line: «تجاوزه», «تخطاه», «يتجاوزه» (a line someone crossed, not him). */
const CROSSED_AFTER = /^\s+[وف]?(?:[يت]?تجاوز|تجاوزت|[يت]?تخط|تخطت|اجتاز)[\u0621-\u064A]*/;

/**
 * His leaving by its pronoun («مغادرته»), which takes the place left as its object; the pronoun may be anyone's named
 * before. (Not «يغادر الأسد …»: named, he leaves what follows his name, «سدة الحكم».)
 */
const LEAVING = /^[وفبل]?مغادرت(?:ه|ها)$/;
/**
 * A place left, right after the words of leaving (through «إلى» or «نحو» where he goes): a name, with neither «ال»
 * nor a pronoun («فيينا», «جنيف»; not «البلاد», «السلطة», «بلاده», «قصره», «المنفى»), not the country or its capital, nor
 * an adverb of when or how («مغادرته فوراً», «بشكل آمن»).
 */
const PLACE_LEFT_AFTER =
  /^\s+(?:(?:الي|نحو)\s+)?(?!(?:ال|بشكل|بصوره|بطريقه|بسرعه|بهدوء|خلال|في|مع|قبل|بعد|بحلول|منذ|عند|سده|قريبا|فورا|حالا|غدا|عاجلا|نهائيا|طوعا|سلميا|دمشق|سوريا|سوريه)(?![\u0621-\u064A]))(?!ال)[\u0621-\u064A]{3,}(?<!(?:ه|ها|هم))(?![\u0621-\u064A])/;

/**
 * «أن/إن» or a colon: the opening of a clause of its own, which a verb before it does not govern (not a quotation mark,
 * which may set off an outlet's name: «قال لـ"روسيا اليوم"»).
 */
const CLAUSE_OPENS = /(?:^|\s)[وف]?(?:ان|انه|انها|بان)\s|:/;

/**
 * «موقف روسيا المتمسك بـ», «الموقف الروسي الداعي إلى», «موقف المعارضة الرافض لـ»: a noun of position, its owner (one
 * to three words) and a participle of holding or rejecting, then at most four words up to the cue.
 */
const POSITION_OF =
  /(?:^|\s)[وبل]?(?:ال)?موقف\s+((?:[^\s،,.؛:]+\s+){1,3}?)(?:ال)?(متمسك|داعي|داعم|مطالب|مؤيد|مصر|رافض|معارض)[\u0621-\u064A]*(?:\s+[^\s،,.؛:]+){0,4}?\s+$/;
/**
 * A definite noun of demanding, insisting, holding to or rejecting, its owners' nationality adjectives (group 2), and
 * the preposition it governs, up to the cue: «الإصرار السعودي على |رحيل الأسد», «المطالبات الأمريكية |برحيله»,
 * «التمسك الروسي |ببقاء الأسد», «الرفض الإيراني |لرحيل الأسد», «الإصرار الفرنسي والبريطاني على |…». The adjectives
 * name whose the position is.
 */
const NATIONAL_POSITION =
  /(?:^|[\s"])[وبل]?ال(اصرار|تمسك|مطالبه|مطالبات|دعوات|دعوه|رفض|اعتراض)\s+(ال[\u0621-\u064A]+?يه?(?:\s+و?ال[\u0621-\u064A]+?يه?)*)\s+(?:(?:علي|الي)\s+)?$/;
/**
 * The same nouns undefinite, before their owner's name (one to four words, a name the lexicon knows among them) and the
 * preposition, up to the cue: «إصرار السعودية على |رحيل الأسد», «مطالبة المعارضة بتحديد موعد |لرحيل الأسد», «إصرار وفد
 * الائتلاف على جعل |رحيل الأسد البند الأول», «اشتراط الائتلاف |رحيل الأسد» (its object with no preposition). (Not «تمسك» nor «رفض», verbs as often as nouns: «رفض لافروف …»; nor the
 * demand of some of a party, «مطالبة بعض أطياف المعارضة»: not the party's.)
 */
const POSITION_OF_NAMED =
  /(?:^|[\s"])[وبل]?(اصرار|مطالبه|مطالبات|دعوات|اشتراط)\s+(?!(?:بعض|احد|اطراف|اطياف|فصائل|جهات|شخصيات)\s)((?:[^\s،,.؛:"]+\s+){1,4}?)(?:(?:علي|الي)\s+)?$/;

/** A word every match of NATIONAL_POSITION or POSITION_OF_NAMED holds: windows without one are not run through them. */
const OWNED_NOUN = /اصرار|تمسك|مطالب|دعو|رفض|اعتراض|اشتراط/;

/**
 * The position named by a noun of position right before `pos`: where the noun starts, its owner (words of the text,
 * or the parties of nationality adjectives, `nationals`), where the words read for the owner's own polarity start
 * (`participle`: after «المتمسك» in «موقف روسيا المتمسك بـ», the owner's words otherwise), and whether it rejects what
 * follows.
 */
function positionOf(
  ctx: SentenceContext,
  from: number,
  pos: number,
): { noun: number; owner: { start: number; end: number }; participle: number; rejecting: boolean; nationals?: Mention[] } | undefined {
  const before = ctx.normal.slice(from, pos);
  // Where the match's first word starts (past the space or quotation mark its `(?:^|[\s"])` took).
  const wordAt = (m: RegExpExecArray) => from + m.index + m[0].search(/[\u0621-\u064A]/);
  const m = POSITION_OF.exec(before);
  if (m) {
    const ownerStart = from + m.index + m[0].indexOf(m[1]!, m[0].indexOf("موقف") + 4);
    const participle = ownerStart + m[1]!.length;
    const owner = { start: ownerStart, end: participle };
    return { noun: wordAt(m), owner, participle, rejecting: /^(?:رافض|معارض)$/.test(m[2]!), nationals: nationalsOf(ctx, owner) };
  }
  if (!OWNED_NOUN.test(before)) return undefined;
  const national = NATIONAL_POSITION.exec(before) ?? POSITION_OF_NAMED.exec(before);
  if (!national) return undefined;
  const ownerStart = from + national.index + national[0].indexOf(national[2]!, national[0].indexOf(national[1]!) + national[1]!.length);
  const owner = { start: ownerStart, end: ownerStart + national[2]!.trimEnd().length };
  // («مطالبة الأسد بالتنحي»: the one the demand is made of is no owner.)
  const owners = mentionsIn(ctx, owner.start, owner.end).mentions;
  if (owners.some((x) => x.actor === "assad")) return undefined;
  // («اشتراط الغرب رحيل الأسد يعرقل الحل»: «اشتراط», a verbal noun as often as a position's name, owned only by a party
  // the lexicon knows.)
  if (national[1] === "اشتراط" && owners.length === 0) return undefined;
  return {
    noun: wordAt(national),
    owner,
    participle: ownerStart,
    rejecting: /^(?:رفض|اعتراض)$/.test(national[1]!),
    nationals: nationalsOf(ctx, owner),
  };
}

/**
 * «انتقدت واشنطن موقف روسيا المتمسك ببقاء الأسد», «رحب ظريف بموقف موسكو الداعي إلى مشاركة إيران»: the position named
 * by «موقف» (positionOf) is its owner's, as its participle says (`base` turned by a rejecting participle and by what
 * stands between it and the cue's word at `at`); the verb before the noun, or what is said of the position after it
 * (`spanEnd`), is the judge's, who holds the owner's stance turned where his words turn it.
 * Pushes the owner's cue (rule `${rule}.position-of`, held only by an owner the lexicon names or by the parties of its
 * nationality adjectives) and the judge's (`${rule}.position-of.judged`, never held by the owner).
 */
function ownedPositionCues(
  ctx: SentenceContext,
  out: Cue[],
  ownedBy: NonNullable<ReturnType<typeof positionOf>>,
  topic: "assad_role" | "iran_participation",
  rule: string,
  base: Stance,
  at: number,
  spanEnd: number,
  about: { start: number; end: number } | undefined,
): void {
  // Read after the participle, which `rejecting` counts («الرافض»), up to the cue: what is said of the position
  // after it («… المتمسك ببقاء الأسد غير واقعي», «… يعرقل الحل») is the judge's, read by the judging cue below.
  const inner = polarity(ctx, wordEnd(ctx.normal, ownedBy.participle), at, ctx.s.end);
  if (inner.void) return;
  const own = inner.turned !== ownedBy.rejecting ? oppositeStance(topic, base)! : base;
  // Only an owner the lexicon names holds it, or the party of its nationality adjective («الموقف الروسي», «الإصرار
  // السعودي»); no one else holds it.
  if (ownedBy.nationals)
    out.push(cue(ctx, `${rule}.position-of`, topic, own, ownedBy.noun, spanEnd, null, { about, holders: ownedBy.nationals }));
  else if (namesParty(ctx, ownedBy.owner))
    out.push(cue(ctx, `${rule}.position-of`, topic, own, ownedBy.noun, spanEnd, null, { about, owner: ownedBy.owner }));
  // The judging verb's cue ends before the noun of position: the owner named there is not its holder.
  const outer = polarity(ctx, windowStart(ctx, ownedBy.noun), ownedBy.noun, ownedBy.noun);
  // So is what is said of the position right after it («… المتمسك ببقاء الأسد غير واقعي», «… يعرقل الحل»): it
  // turns the position for the one who says it, whether a verb before the noun names him or he is the speaker.
  const judged = polarity(ctx, spanEnd, spanEnd, spanEnd);
  // (A verb whose «أن» or colon opens the clause the position is the subject of does not govern it: «حمّل
  // المعارضة المسؤولية، وقال إن "إصرار الائتلاف على … أمر غير واقعي"»: the one saying it judges it.)
  const governs = outer.verb !== undefined && !CLAUSE_OPENS.test(ctx.normal.slice(outer.verb.index + outer.verb.text.length, ownedBy.noun));
  if ((governs || judged.turned) && !outer.void && !outer.conditioned && !judged.void)
    out.push(
      cue(
        ctx,
        `${rule}.position-of.judged`,
        topic,
        (governs && outer.turned) !== judged.turned ? oppositeStance(topic, own)! : own,
        ownedBy.noun,
        ownedBy.noun,
        governs ? outer : null,
        // (Whose the position is, never the one judging it.)
        { about: ownedBy.owner },
      ),
    );
}

/**
 * The parties of the nationality adjectives making up the owner's words («الروسي», «الأمريكية والسعودية»), as mentions
 * of their words; none where a word of them is no nationality the lexicon knows.
 */
function nationalsOf(ctx: SentenceContext, owner: { start: number; end: number }): Mention[] | undefined {
  const nationalities = ctx.lexicon.nationalities;
  if (!nationalities) return undefined;
  const out: Mention[] = [];
  for (const w of ctx.normal.slice(owner.start, owner.end).matchAll(/[\u0621-\u064A]+/g)) {
    if (w[0] === "و") continue;
    const found = nationalityOf(w[0], nationalities);
    if (!found) return undefined;
    const start = owner.start + w.index + found.offset;
    if (!out.some((x) => x.party === found.party))
      out.push({
        start,
        end: owner.start + w.index + w[0].length,
        actor: found.party,
        party: found.party,
        person: false,
        speakerOnly: false,
        place: false,
      });
  }
  return out.length > 0 ? out : undefined;
}

/** The end of the word starting at `at`. */
function wordEnd(normal: string, at: number): number {
  const space = normal.indexOf(" ", at);
  return space < 0 ? normal.length : space;
}

/** A party or person of the lexicon named in the span. */
function namesParty(ctx: SentenceContext, span: { start: number; end: number }): boolean {
  return mentionsIn(ctx, span.start, span.end).mentions.length > 0;
}

/**
 * Whether the words at [start, end) are part of a party's name, looked for from up to four words before them
 * («الهيئة العليا |للمفاوضات|»).
 */
function insideName(ctx: SentenceContext, start: number, end: number): boolean {
  const from = windowStart(ctx, start, 4, false);
  return mentionsIn(ctx, from, end).mentions.some((m) => from + m.start <= start && end <= from + m.end + 1);
}

/** The parties and people named in [from, to) of the text, found in that slice alone (offsets into `text`). */
function mentionsIn(ctx: SentenceContext, from: number, to: number): { text: string; mentions: Mention[] } {
  const text = ctx.normal.slice(from, to).trimEnd();
  // Each word's end (of its letters: «موسكو.» ends before the stop).
  const ends = [...text.matchAll(/[^\s.،,؛:!?؟"()]+/g)].map((m) => m.index + m[0].length);
  return { text, mentions: findMentions(text, ctx.lexicon, null, ends) };
}

/** Only commas and quotation marks between a name and what is said of it. */
const APPOSITION_GAP = /^[\s،,"“”«»']+$/;

/** His name set off by commas right before `pos` («اعتبار الرئيس السوري، "بشار الأسد"، فاقداً للشرعية»). */
function appositionBefore(ctx: SentenceContext, refs: readonly Hit[], pos: number): Hit | undefined {
  return refs.find((r) => r.index + r.text.length < pos && APPOSITION_GAP.test(ctx.normal.slice(r.index + r.text.length, pos)));
}

/**
 * A red line right after (after his name and a quotation mark at most): «خط/خطاً أحمر»; so is his staying «not up
 * for discussion» («بقاء الرئيس ليس مطروحاً للنقاش»: a given, where «بقاء الأسد غير مطروح» alone refuses it). Also past
 * what his going is made into, a precondition («تحويل رحيله إلى شرط مسبق للمفاوضات خط أحمر»).
 */
const RED_LINE_AFTER =
  /^(?:\s+(?:الي|ك)\s*(?:ال)?شرط[اه]?\s+(?:ال)?مسبق[اه]?(?:\s+(?:لل|ل)[\u0621-\u064A]+)?)?(?:\s+[^\s،,.؛:]+){0,3}?\s+"?(?:خط[اه]?\s+احمر|(?:غير|ليس|ليست)\s+مطروح(?:[هة]|ا)?\s+(?:لل|ل)?(?:نقاش|بحث|تفاوض|مساومه|مناقشه))/;

/**
 * An illusion right before a word of his fate: «أوهام (إسقاط …)», «وهم», «وهم أن (رحيل الأسد …)» (not a dream, which may
 * be hoped for).
 */
/**
 * A predicate proving right whoever holds the cue, within three words after it: «من يطالب برحيل الأسد على حق», «الذين
 * يطالبون بتنحيه محقون»; not one of another subject joined by «و» («يخطئ وروسيا على حق»), from their own point of view
 * only, or taken back by «لكن».
 */
const APPROVED_AFTER =
  /^(?:\s+(?!(?:لا|لن|لم|ليس|ليسوا|غير)(?![\u0621-\u064A]))(?![وف])[^\s،,.؛:]+){0,3}?\s+(?:(?:هو|هم)\s+)?(?:علي\s+حق|محق(?:ون|ين)?|مصيب(?:ون|ين)?)(?![\u0621-\u064A])(?!\s+من\s+وجه[هة]\s+نظر)(?![^.؛]{0,40}(?:^|\s)[وف]?لكن)/;
/** «في» right before a word. */
const IN_BEFORE = /(?:^|\s)في\s+$/;
/** A noun of his staying or of his being there next: «(في ظل) |بقاء», «|استمرار», «|وجود». */
const STAYING_NEXT = /^\s+(?:ال)?(?:بقاء|ابقاء|استمرار|وجود)/;
const ILLUSION_BEFORE = /(?:^|\s)[وفبل]?(?:ال)?(?:اوهام|وهم)\s+(?:(?:ان|بان)\s+)?$/;
/**
 * A comma and «أي» («that is»), «يعني», «أعني» right before the words: an apposition opens there. So does an example
 * or the first of what the words before name («الشروط المسبقة، كرحيل الأسد، أمر غير مقبول», «، مثل …»، «، بما فيها
 * …», «، وأولها …», «، وفي مقدمتها …»): what is said after its closing comma is said of it too.
 */
const APPOSITION_OPENS_BEFORE = new RegExp(String.raw`[،,]\s*"?(?:(?:اي|يعني|اعني|بما\s+فيه|بما\s+فيهم|${EXAMPLE_OPENS})\s+|ك)$`);
/** Where the comma opening an apposition right before `pos` stands (APPOSITION_OPENS_BEFORE), if one does. */
function appositionAt(ctx: SentenceContext, pos: number): number | undefined {
  const before = ctx.normal.slice(Math.max(ctx.s.start, pos - 20), pos);
  // (The «ك» of an example may be the words' own first letter, read with them: «، |كرحيل الأسد،».)
  const m = APPOSITION_OPENS_BEFORE.exec(ctx.normal.charCodeAt(pos) === 0x643 ? before + "ك" : before);
  return m ? pos - before.length + m.index : undefined;
}
/**
 * Whoever (WHOEVER, WHOEVER_VERB) opening the clause that ends at `end`, no punctuation after: «من يراهن على أن يحصل
 * بالتفاوض على ما عجز عنه في الميدان|، أي رحيل الأسد».
 */
function whoeverClauseBefore(ctx: SentenceContext, end: number): boolean {
  const before = ctx.normal.slice(Math.max(ctx.s.start, end - 200), end);
  return before.includes("من") && WHOEVER_CLAUSE.test(before);
}
/** «ما يسمى», «ما يسمونه», «بما يسمى ب» right before the words: a label the speaker puts on them, mocking. */
const SO_CALLED_BEFORE = new RegExp(String.raw`(?:^|\s)"?[وفب]?${SO_CALLED}$`);
/** SO_CALLED_BEFORE before `pos`, with no party named before it in its clause (whose demand it would name). */
function soCalledByTheSpeaker(ctx: SentenceContext, pos: number): boolean {
  const from = windowStart(ctx, pos, 12);
  return (
    SO_CALLED_BEFORE.test(ctx.normal.slice(Math.max(from, pos - 24), pos)) && !mentionsIn(ctx, from, pos).mentions.some((m) => !m.place)
  );
}
/**
 * What is judged an illusion, impossible or meaningless with him there, right before his staying: «الحل السياسي وهم
 * |في ظل بقاء الأسد», «لا معنى لأي حل مع |استمرار الأسد», «لا يمكن تحقيق السلام في ظل |وجود الأسد».
 */
const IMPOSSIBLE_WHILE_BEFORE =
  /(?:^|\s)(?:وهم|مستحيل[اه]?|غير\s+ممكن[اه]?|لا\s+(?:معني|امل|قيمه|مستقبل)(?:\s+[^\s،,.؛:]+){0,3}?|لا\s+يمكن(?:\s+[^\s،,.؛:]+){1,3}?|لن\s+[يت](?:نجح|تحقق|كون|قوم)(?:\s+[^\s،,.؛:]+){0,3}?)\s+(?:في\s+ظل|مع)\s+$/;
/** A bet on his fate right before it: «الرهانات على», «رهان البعض على», «من راهن على». */
const BET_BEFORE =
  /(?:^|\s)(?:[وف]?(?:ال)?(?:رهان|رهانات|مراهنه|مراهنات)(?:\s+[^\s،,.؛:]+){0,2}?|من\s+(?:[يت]?راهن|راهنوا|يراهنون))\s+علي\s+$/;
/** The bet lost, within a few words after his fate: «… سقطت», «قد فشلت», «باءت بالفشل», «خسر رهانه». */
const BET_LOST_AFTER =
  /^(?:\s+[^\s،,.؛:]+){0,3}?\s+(?:قد\s+)?(?:سقطت|سقط|فشلت|فشل|خابت|خاب|خسر|خسروا|باءت?\s+بالفشل|تبددت|تلاشت|انتهت\s+الي\s+الفشل|ذهبت\s+ادراج\s+الرياح)(?![\u0621-\u064A])/;

/**
 * The bet said lost before it is named, right before his fate: «سقطت (كل) الرهانات على», «فشل رهان البعض على», «خابت
 * المراهنات على» (the verb first, as news Arabic often puts it).
 */
const BET_LOST_BEFORE =
  /(?:^|\s)"?[وف]?(?:لقد\s+|قد\s+)?(?:سقطت|سقط|فشلت|فشل|خابت|خاب|تبددت|تبدد|تلاشت|انهارت)\s+(?:كل\s+|جميع\s+)?(?:ال)?(?:رهان|رهانات|مراهنه|مراهنات)(?:\s+[^\s،,.؛:]+){0,2}?\s+علي\s+$/;

/** Between two words of his fate: «أو», after at most three words (his name, «في السلطة», «شخصياً»). */
const EITHER_GAP = /^(?:\s+[^\s،,.؛:]+){0,3}?\s+(?:ا|او|ام)\s+$/;
/** A choice put to him before the first: «بين», «يختار», «خيارين» («أن يختار بين الرحيل سلمياً أو البقاء»). */
const CHOICE_BEFORE = /(?:^|\s)(?:بين|[يت]ختار|خيارين|خياران|خيارات|امام)\s+(?:[^\s،,.؛:]+\s+)?$/;

/**
 * A word of his going joined by «أو» to a word of his staying (or the reverse): "first" for the first of the pair,
 * "second" for the second (read with the first), undefined otherwise.
 */
function eitherWay(
  ctx: SentenceContext,
  hit: Hit,
  fates: ReadonlyArray<{ hit: Hit; kind: "go" | "stay" | "role" }>,
): "first" | "second" | undefined {
  const kindOf = (h: Hit) => fates.find((f) => f.hit === h)?.kind;
  const mine = kindOf(hit);
  const other = mine === "go" ? "stay" : mine === "stay" ? "go" : undefined;
  if (!other) return undefined;
  // «الرحيل أو البقاء», «بقاء الأسد أو رحيله»: «أو» right after the first, or after his name.
  const joined = (a: Hit, b: Hit) =>
    b.index - a.index < 60 &&
    EITHER_GAP.test(ctx.normal.slice(a.index + a.text.length, b.index)) &&
    !CHOICE_BEFORE.test(ctx.normal.slice(Math.max(ctx.s.start, a.index - 24), a.index));
  if (fates.some((f) => f.kind === other && f.hit.index > hit.index && joined(hit, f.hit))) return "first";
  if (fates.some((f) => f.kind === other && f.hit.index < hit.index && joined(f.hit, hit))) return "second";
  return undefined;
}

/**
 * A relative clause on unnamed others, right before the cue («الأطراف التي تريد تغيير النظام», «الدول الغربية التي
 * تطالب بتنحي الأسد», «الجهات التي تضع شروطاً», «المعارضين الذين يطالبون برحيله»): the position is theirs, not the
 * speaker's, and names no party. (A clause opening on «الذين», with no noun before it, is WHOEVER_PLURAL_HOLDS.)
 */
const UNNAMED_RELATIVE =
  /(?:^|[\s"«])[وفبلك]*(?:ال)?(?:اطراف|دول|جهات|قوي|اصوات|اوساط|عواصم|حكومات|معارضين|معارضون|فصائل|جماعات|اشخاص)(?:\s+[^\s،,.؛:]+)?\s+(?:التي|الذي|الذين)\s+(?:[^\s،,.؛:]+\s+){0,2}$/;
/** A verb of criticism, then (up to five words and a quotation mark) the unnamed others of UNNAMED_RELATIVE. */
const UNNAMED_CRITICISED =
  /(?:^|\s)[وف]?(?:انتقد|انتقدت|[يت]نتقد|هاجم|هاجمت|[يت]هاجم|ندد|نددت|[يت]ندد|استنكر|استنكرت|[يت]ستنكر|سخر|سخرت|[يت]سخر)\s+(?:[^\s،,.؛:]+\s+){0,5}?["«]?\s*[وفبلك]*(?:ال)?(?:اطراف|دول|جهات|قوي|اصوات|اوساط|عواصم|حكومات|معارضين|معارضون|فصائل|جماعات|اشخاص)(?:\s+[^\s،,.؛:]+)?\s+(?:التي|الذي|الذين)\s/;
/**
 * So is a demand whose agent is those gathered, unnamed: «اشتراط المجتمعين في الرياض رحيل الأسد», «إصرار
 * المشاركين على تنحيه».
 */
const UNNAMED_AGENT =
  /(?:^|\s)"?[وفبل]?(?:ال)?(?:اشتراط|مطالبه|مطالبات|اصرار|تمسك|دعوه|دعوات)\s+(?:ال)?(?:مجتمعين|مجتمعون|مشاركين|مشاركون|مؤتمرين|مؤتمرون|حاضرين|حاضرون)(?:\s+(?:في|من)\s+[^\s،,.؛:]+)?\s+(?:(?:علي|الي)\s+)?$/;
/**
 * Whether others, unnamed, are the subject of the cue at `pos`: «قال المعلم: "البعض يطالب برحيل الأسد"», «قال المعلم:
 * "يطالبون برحيل الرئيس الأسد. هذا لن يحدث"» (some, the others, those; or a verb in the plural opening what a colon
 * quotes, no subject before it).
 */
export function unnamedOthersBefore(normal: string, sentence: Sentence, pos: number): boolean {
  const before = normal.slice(Math.max(sentence.start, pos - 40), pos);
  // (Each test only where the words it cannot match without are there: most cues have none.)
  if (
    (before.includes("بعض") || before.includes("الاخرون") || before.includes("هؤلاء") || before.includes("اولئك")) &&
    UNNAMED_OTHERS_BEFORE.test(before)
  )
    return true;
  const quoted = before.includes(":") ? QUOTED_BY_COLON_BEFORE.exec(before) : null;
  return quoted !== null && (quoted[1] !== undefined || PLURAL_VERB_NEXT.test(normal.slice(pos, pos + 16)));
}
/**
 * Others, unnamed, right before a cue as its subject, their verb maybe between (a cue of the Iran pass opens on her
 * taking part: «البعض |يرفض| مشاركة إيران»): «البعض», «بعضهم», «الآخرون», «هؤلاء», «أولئك» (not «بعض الدول», which
 * «و» joins to a party named before it: «ورفض الائتلاف وبعض الدول مشاركة إيران»).
 */
const UNNAMED_OTHERS_BEFORE = /(?:^|[\s"«])[وف]?(?:البعض|بعضهم|الاخرون|هؤلاء|اولئك)\s+(?:[يت][\u0621-\u064A]{2,}(?:ون)?\s+)?$/;
/** A verb of the present in the masculine plural: «يطالبون», «يريدون». */
const PLURAL_VERB = String.raw`[وف]?[يت][\u0621-\u064A]{2,}ون`;
/** Such a verb, the cue's first word. */
const PLURAL_VERB_NEXT = new RegExp(String.raw`^${PLURAL_VERB}(?![\u0621-\u064A])`);
/**
 * A colon and maybe a quotation mark right before the cue, such a verb between or not («: "يرفضون |مشاركة إيران»: the
 * Iran pass's cue opens after the verb). Group 1 is the verb.
 */
const QUOTED_BY_COLON_BEFORE = new RegExp(String.raw`:\s*["«]?\s*(${PLURAL_VERB}\s+)?$`);
/** Those gathered, unnamed, right after a cue that is the demand itself («اشتراط| المشاركين في الاجتماع …»). */
const UNNAMED_AGENT_AFTER = /^\s+(?:ال)?(?:مجتمعين|مجتمعون|مشاركين|مشاركون|مؤتمرين|مؤتمرون|حاضرين|حاضرون)(?![\u0621-\u064A])/;

/**
 * What others are heard to say, unnamed, opening the clause the cue is in: «نسمع أحياناً أن …», «يقال إن …», «هناك من
 * يقول إن …», «البعض يرى أن …», «يقول البعض إن …», «(منذ خمس سنوات) وهم يقولون إن …» (up to
 * HEARSAY_REACH characters before the cue, no stop between).
 */
const HEARSAY =
  /(?:^|[\s":«])[وف]?(?:(?:نسمع|سمعنا|يقال|قيل)(?:\s+(?:احيانا|كثيرا|دائما|مرارا|اليوم|الان|هنا|هناك)){0,2}|(?:هناك|ثمه)\s+من\s+(?:[يت](?:قول|ري|عتقد|زعم|دعي)(?:ون)?|قال|راي|اعتبر)|(?:ال)?بعض(?:هم)?\s+(?:[يت](?:قول|ري|عتقد|زعم)(?:ون)?)|[يت](?:قول|ري|عتقد|زعم)(?:ون)?\s+(?:ال)?بعض(?:هم)?|(?<=(?:^|[\s":«])[وف]?)و?هم\s+[يت](?:قول|زعم|دعي|ردد)ون)\s+(?:ان|بان|انه|انها)\s/;
const HEARSAY_REACH = 100;
/**
 * Where the hearsay (HEARSAY) the clause of the cue at `pos` is in ends, or -1: what others, unnamed, are heard to
 * say; the caller checks that no party is named between (then it is that party's: «نسمع أن الائتلاف يطالب …»).
 */
export function hearsayBefore(normal: string, sentence: Sentence, pos: number): number {
  const from = Math.max(sentence.start, pos - HEARSAY_REACH);
  const before = normal.slice(from, pos);
  const m = HEARSAY.exec(before);
  // (Not past a stop, a «لكن» or another report of the speaker's own: «… لكننا نؤكد أن …».)
  return m !== null && !HEARSAY_ENDED.test(before.slice(m.index + m[0].length)) ? from + m.index + m[0].length : -1;
}
/**
 * What ends the hearsay before the cue: a stop or a comma («…، ونحن نرفض ذلك», «…، وهذا موقف الأمم المتحدة»),
 * «لكن/بل», or a verb of the speaker's own saying («نؤكد أن», «نقول إن»).
 */
const HEARSAY_ENDED = /[.؛:!?؟،,]|(?:^|\s)[وف]?(?:لكن|بل)|(?:^|\s)[وف]?(?:نؤكد|نقول|نري|اكدنا|قلنا)\s+(?:ان|بان)\s/;

/** Whether a cue that is a demand or a condition («اشتراط») has those gathered, unnamed, as its agent right after it. */
export function unnamedAgentAfter(normal: string, start: number, end: number): boolean {
  return (
    /(?:اشتراط|مطالبه|مطالبات|اصرار|تمسك|شروط)$/.test(normal.slice(start, end)) && UNNAMED_AGENT_AFTER.test(normal.slice(end, end + 24))
  );
}
/**
 * «whoever» opening a clause: «من», «ممن», «كل من»; not a cleft («الائتلاف هو من يطالب») nor «the first/most who» after
 * a name («أنقرة أول من راهن», «تركيا من بين من يطالبون»), which names who («إن أكثر من يطالبون» does not).
 */
const WHOEVER = String.raw`(?:^|\s)(?<!(?:^|\s)(?:هو|هي|هم|هما|نحن|انا)\s)(?<!(?:^|\s)(?<!(?:^|\s)(?:ان|بان|وان)\s)(?:اول|اوائل|ابرز|اكثر|اشد|اخر|من\s+بين)\s)"?[وف]?(?:من|ممن|كل\s+من)\s+`;
/** Whoever comes somewhere, up to two words of where, then «لـ» of what for: «من يأتي إلى جنيف لـ», «من ذهب إلى جنيف لـ». */
const WHOEVER_CAME = String.raw`(?:[يت](?:اتي|جيء|ذهب|حضر)(?:ون)?|جاء|جاؤوا|ذهب|ذهبوا|حضر|حضروا)(?:\s+[^\s،,.؛:]+){0,2}?\s+ل`;
/**
 * What whoever does to hold the words after it: thinks or bets («من يعتقد أن الرئيس الأسد سيرحل … واهم», «من يراهن على
 * سقوط الأسد»), demands, makes it a condition («من يجعل رحيل الأسد شرطاً لبدء التفاوض يريد أن يفشل المؤتمر»), or talks of
 * it («من يتحدث عن رحيل الرئيس يضيع وقته»); or comes somewhere (up to two words of where) to demand or talk of it
 * («من يأتي إلى جنيف ليطالب بتنحي الرئيس فليوفر على نفسه عناء السفر»), or to do anything else with it but take part
 * («من ذهب إلى جنيف ليأخذ استقالة الرئيس الأسد ذهب إلى الوهم»).
 */
const WHOEVER_VERB = String.raw`(?:${WHOEVER_CAME}[يت](?!(?:حضر|شارك|فاوض|تفاوض)(?:وا|ون)?(?![\u0621-\u064A]))[\u0621-\u064A]{2,}|(?:${WHOEVER_CAME}(?=[يت]))?(?:[يت]زعم(?:ون)?|زعم(?:وا)?|[يت]ردد(?:ون)?|ردد(?:وا)?|[يت]دعي|[يت]دعون|[يت]عتقد|[يت]ظن|[يت]جعل|[يت]جعلون|[يت]راهن\s+علي|[يت]توهم|[يت]حلم(?:\s+ب(?:ان(?=\s))?)?|[يت]نتظر|[يت]راهنون\s+علي|[يت]عول\s+علي|[يت]توقع|[يت]طالب|[يت]طالبون|[يت]ريد|[يت]ريدون|[يت]شترط|[يت]صر\s+علي|[يت]تحدث(?:ون)?\s+عن|[يت]طرح(?:ون)?|اعتقد|ظن|راهن\s+علي|راهنوا\s+علي|توهم|عول\s+علي|طالب|طالبوا|اراد|ارادوا|اشترط|اصر\s+علي|تحدث\s+عن))`;
/** So is whoever holds them (WHOEVER, WHOEVER_VERB), then up to four words before them. */
const WHOEVER_HOLDS = new RegExp(String.raw`${WHOEVER}${WHOEVER_VERB}(?:\s+(?:ان|بان))?\s+(?:[^\s،,.؛:]+\s+){0,4}$`);
/** Whoever holds what follows (WHOEVER, WHOEVER_VERB) and the rest of the clause, no punctuation. */
const WHOEVER_CLAUSE = new RegExp(String.raw`${WHOEVER}${WHOEVER_VERB}\s[^،,.؛:!?؟]*$`);

/** «الذين» opening the clause right before a cue opening on its verb of demanding («إن "الذين |يشترطون رحيل …"»). */
const WHOEVER_PLURAL_BEFORE = /(?:(?:^|\s)(?:ان|بان|وان|لان|انما)\s+"?|")الذين\s+$/;
/**
 * «إن "الذين يشترطون رحيل الرئيس الأسد لبدء العملية السياسية إنما يعطلون …"», «إن الذين يضعون الشروط», «الذين راهنوا
 * على رحيل الأسد خسروا الرهان»: «الذين» opening the clause (after «أن» or a quotation mark, no name before it to
 * describe), then a verb of demanding, or a bet or a dream («الذين يحلمون بإسقاطه … سيفشلون»): whoever they are,
 * no one named.
 */
const WHOEVER_PLURAL_HOLDS =
  /(?:^|"\s*|(?:^|\s)(?:ان|بان|وان|لان|انما)\s+"?)[وف]?الذين\s+(?:ما\s+زالوا\s+)?(?:[يت](?:ضعون|فرضون|شترطون|طالبون|ريدون|صرون|راهنون\s+علي|عتقدون|ظنون|حلمون|توهمون|عولون\s+علي|نتظرون)|اشترطوا|طالبوا|ارادوا|اصروا\s+علي|راهنوا\s+علي|حلموا|توهموا|جعلوا|وضعوا|[يت]جعلون)(?:\s+(?:ان|بان))?\s+(?:[^\s،,.؛:]+\s+){0,4}$/;

/**
 * Whoever is blamed for the talks' failing, then «هو/هم» and whoever holds the words, right before them: «من عطل جنيف
 * هو من يضع |رحيل الأسد شرطاً», «من أفشل جنيف هم الذين يصرون على |رحيل الأسد» (a cleft naming the culprit by what he holds).
 */
const BLAMED_WHOEVER_BEFORE =
  /(?:^|\s)"?[وف]?من\s+(?:عطل|افشل|نسف|عرقل|اجهض|[يت](?:عطل|فشل|نسف|عرقل|جهض))\s+(?:[^\s،,.؛:]+\s+){0,3}?(?:هو|هم)\s+(?:من|الذين)\s+(?:[^\s،,.؛:]+\s+){1,4}$/;

/** Whether whoever is blamed holds the words at pos (BLAMED_WHOEVER_BEFORE, in the 90 characters before them). */
function blamedWhoever(ctx: SentenceContext, pos: number): boolean {
  const before = ctx.normal.slice(Math.max(ctx.s.start, pos - 90), pos);
  return before.includes("من") && BLAMED_WHOEVER_BEFORE.test(before);
}

function heldByUnnamed(ctx: SentenceContext, pos: number): boolean {
  return unnamedRelativeBefore(ctx.normal, ctx.s, pos);
}

/**
 * Whether the unnamed others of a relative clause before `pos` are the object of a verb of criticism (UNNAMED_CRITICISED,
 * in the 120 characters before): «وانتقد "الأطراف التي ترفع شعار تنحي الأسد"» — the critic rejects what they hold.
 */
export function criticisedUnnamedBefore(normal: string, sentence: Sentence, pos: number): boolean {
  return UNNAMED_CRITICISED.test(normal.slice(Math.max(sentence.start, pos - 120), pos));
}

/** The same test for a cue of any pass: a relative clause on unnamed others right before it, in its clause. */
export function unnamedRelativeBefore(normal: string, sentence: Sentence, pos: number): boolean {
  const before = normal.slice(clauseWindowStart(normal, sentence, pos, 7, true), pos);
  // Each regex is run only where the words it cannot match without are found (most windows have neither «الذي/التي»
  // nor «من»): a relative pronoun, or «من».
  if ((before.includes("الذي") || before.includes("التي")) && UNNAMED_RELATIVE.test(before)) return true;
  if (UNNAMED_AGENT.test(before)) return true;
  if (
    before.includes("الذين") &&
    (WHOEVER_PLURAL_HOLDS.test(before) || (WHOEVER_DEMANDS.test(normal.slice(pos, pos + 10)) && WHOEVER_PLURAL_BEFORE.test(before)))
  )
    return true;
  if (!before.includes("من")) return false;
  // «من يطالب برحيل الأسد يعيش في الأوهام»: the cue opens with the unnamed one's verb of demanding.
  return WHOEVER_HOLDS.test(before) || (WHOEVER_DEMANDS.test(normal.slice(pos, pos + 10)) && WHOEVER_BEFORE.test(before));
}
/**
 * «من يضع», «كل من يفرض», «ومن يطرح» right before the word of condition (not a cleft, «الائتلاف هو من يضع», nor
 * «أكثر من اشترط» after a name).
 */
const WHOEVER_SETS =
  /(?:^|\s)(?<!(?:^|\s)(?:هو|هي|هم|هما|نحن|انا)\s)(?<!(?:^|\s)(?:اول|اوائل|ابرز|اكثر|اشد|اخر|من\s+بين)\s)"?[وف]?(?:من|كل\s+من)\s+(?:[يت](?:ضع|فرض|طرح|شترط)(?:ون)?|وضع|فرض|طرح|اشترط)\s+(?:ال)?$/;
/**
 * «من يخشى الحوار |يضع الشروط», «ومن لا يريد الحل |يفرض شروطاً»: whoever does something (a verb and up to three words
 * of it) and sets conditions, «من» opening its clause (not «من» the preposition: «الوفد القادم من تركيا يضع …»), is no
 * one named either.
 */
const WHOEVER_DOES =
  /(?:^|[":،,]\s*|(?:^|\s)(?:ان|بان|وان|لان|انما)\s+"?)[وف]?(?:من|كل\s+من)\s+(?:لا\s+)?[يت][\u0621-\u064A]{2,}(?:\s+[^\s،,.؛:"]+){1,3}\s+(?:[يت](?:ضع|فرض|طرح|شترط)(?:ون)?\s+(?:ال)?)?$/;
/**
 * «الذين», or unnamed parties and «التي» («الأطراف التي», «الدول التي», «بعض الجهات التي»), then a verb of setting
 * conditions, right before them: «الذين يضعون |شروطاً», «الأطراف التي تضع |شروطاً».
 */
/** Conditions on Iran's taking part, right after them: «شروطاً |على مشاركة إيران|», «|لحضور طهران|» (not on the talks). */
const ON_IRAN_AFTER = /^(?:\s+(?:ال)?مسبقه)?\s+(?:علي\s+|ل)(?:ال)?(?:مشاركه|حضور|دعوه)\s+(?:ايران|طهران)(?![\u0621-\u064A])/;
const UNNAMED_SETTERS_BEFORE =
  /(?:^|\s)(?:الذين|(?:بعض\s+)?(?:ال)?(?:دول|اطراف|جهات|قوي|عواصم)\s+(?:ال[\u0621-\u064A]+\s+)?التي)\s+(?:ما\s+زالت\s+|ما\s+زالوا\s+)?[يت](?:ضع|فرض|طرح|شترط)(?:ون)?\s+(?:ال)?$/;
/** A verb of setting conditions, the last word before a cue or its first («يضع |الشروط», «|يشترط رحيله»). */
const SETTING_VERB_AT = /(?:^|\s)[وف]?[يت](?:ضع|فرض|طرح|شترط)(?:ون)?\s+(?:ال)?$|^[وف]?[يت](?:ضع|فرض|طرح|شترط)(?:ون)?(?![\u0621-\u064A])/;
/**
 * «من يضع النتيجة |شرطاً», «الذين يضعون رحيل الرئيس |شرطاً مسبقاً»: whoever makes something (up to four words of it)
 * a condition, the relative «الذين» opening the clause (after «أن» or a quotation mark, not after a name it
 * describes: «المعارضون الذين يضعون …» names them), is no one named either.
 */
const WHOEVER_MAKES =
  /(?:(?:^|\s)(?<!(?:^|\s)(?:هو|هي|هم|هما|نحن|انا)\s)"?[وف]?(?:من|كل\s+من)|(?:(?:^|\s)(?:ان|بان|وان|لان)\s+"?|")الذين)\s+(?:[يت](?:ضع|جعل)(?:ون)?|وضع|جعل|وضعوا|جعلوا)\s+(?:[^\s،,.؛:"]+\s+){1,4}$/;
/**
 * «من يضع شرطاً مسبقاً … إنما يضع |شرطاً تعجيزياً», «الذين يضعون رحيله شرطاً … يضعون |شرطاً تعجيزياً»: the condition
 * judged impossible is what is said of whoever sets them (WHOEVER_SETS, WHOEVER_MAKES, earlier in the sentence), no
 * one's own.
 */
const WHOEVER_EARLIER = /(?:^|\s|")[وف]?(?:من|الذين)\s+[يت](?:ضع|فرض|جعل|شترط)(?:ون)?\s/;
/** Right after the word of condition, an adjective judging it impossible («شرطاً تعجيزياً», «شروطاً مستحيلة»). */
const JUDGED_IMPOSSIBLE_AFTER = /^\s+(?:(?:ال)?مسبق(?:ا|ه)?\s+)?(?:ال)?(?:تعجيزي|مستحيل)(?:ا|ه|ين)?(?![\u0621-\u064A])/;
/**
 * «لن نسمح لأحد بأن يحول المؤتمر إلى منصة لإملاء الشروط», «لن نقبل أن يحول أحد الطاولة إلى منبر لإملاء الشروط»:
 * not letting or accepting anyone (up to ten words before a verbal noun of setting right before the conditions)
 * impose them refuses conditions, the negation beyond the window (not past «قبل/بعد/دون»: «لن نسمح لأحد بأن يفرض
 * علينا الذهاب قبل وضع شروط لرحيله» sets them).
 */
const NOT_LETTING_ANYONE =
  /(?:^|\s)"?[وف]?(?:لن|لا)\s+[نيت](?:سمح|قبل)(?:وا|ون)?\s+(?:ب?ان\s+[^\s،,.؛:]+\s+)?(?:لاحد|احد|لاي\s+(?:طرف|جهه|دوله)|(?:لل|ل)?(?:اخرين|اطراف))\s+(?:(?!(?:قبل|بعد|دون|بدون)\s)[^\s،,.؛:]+\s+){0,10}?[وفبل]*(?:ال)?(?:وضع|فرض|املاء)\s+$/;
/**
 * «لا يجوز لأي طرف من أطراف المعارضة أن يضع |شروطاً», «لا يحق لأي طرف أجنبي أن يضعه |شرطاً» (his fate, named before),
 * «ليس من حق أي طرف أن يضع |شروطاً»:
 * no party allowed to set them, the party named at length so
 * that the negation is beyond the window, refuses conditions (the setting verb right before them; not past
 * «قبل/بعد/دون»).
 */
const NOT_ALLOWED_ANYONE =
  /(?:^|\s)"?[وف]?(?:(?:لا|لن)\s+(?:يجوز|يحق|يمكن|ينبغي)\s+(?:لاحد|لاي\s+(?:طرف|جهه|دوله|احد))|(?:ليس|ليست)\s+من\s+حق\s+(?:احد|اي\s+(?:طرف|جهه|دوله|احد))|(?:احدا|احد|اي\s+(?:طرف|جهه|دوله))\s+(?:لا|لن)\s+[يت]ملك(?:\s+(?:ال)?حق(?:\s+في)?)?|(?:لا|لن)\s+[يت]ملك\s+(?:احد|اي\s+(?:طرف|جهه|دوله))(?:\s+(?:ال)?حق(?:\s+في)?)?)\s+(?:(?!(?:قبل|بعد|دون|بدون)\s)[^\s،,.؛:]+\s+){0,6}?(?:ان\s+)?(?:[يت](?:ضع|فرض|ملي|جعل)(?:ه|ها)?|وضع|فرض|املاء)\s+$/;
/**
 * «وإلا فإن كل طرف سيأتي بقائمة |شروطه», «كل جهة تضع |شروطها»: every party with its own conditions, supposed or said
 * of all alike, names no one's; the speaker warns of them.
 */
const EVERY_PARTY_BEFORE = /(?:^|\s)[وف]?كل\s+(?:طرف|جهه|فريق)\s+(?:[^\s،,.؛:"]+\s+){0,3}$/;
/**
 * «من يذهبون إلى جنيف |بشروط», «كل من يأتي إلى المفاوضات |بشروط مسبقة», «من يحضر |بشروط»: whoever comes with
 * conditions, up to two words of where, is no one named; what is said of them («سيكتشف من يذهبون إلى جنيف بشروط عالية
 * أن أحداً لن يلتفت إليهم») is a judgement or a prediction of their fate, not the speaker's own conditions.
 */
const WHOEVER_COMES_WITH =
  /(?:^|\s)(?<!(?:^|\s)(?:هو|هي|هم|هما|نحن|انا)\s)"?[وف]?(?:من|كل\s+من)\s+(?:[يت](?:ذهب|اتي|حضر|جيء|دخل|شارك|جلس)(?:ون)?|ذهب|ذهبوا|جاء|جاءوا|حضر|حضروا)\s+(?:(?:الي|في|علي)\s+)?(?:[^\s،,.؛:"]+\s+){0,2}?ب?(?:ال)?$/;
/**
 * «ما يطرحه بعض المعارضين من شروط», «ما تضعه المعارضة من شروط»: what others put forward, named by «ما … من»
 * before the conditions, is theirs; the one who speaks of it sets none.
 */
/**
 * Right before conditions, a demonstrative as the subject they are said of («إن هذه |شروط مسبقة», «وهذا بالضبط»), or
 * a verb of naming after «ما» («ما نسميه |شروطاً مسبقة», «ما يسمى بـ|الشروط المسبقة»): a label put on a demand.
 */
const LABELLED_BEFORE = new RegExp(
  String.raw`(?:(?:^|\s)(?:ان|بان|وان)\s+"?|(?:^|[\s"]))[وف]?(?:هذه|هذا|تلك|ذلك)(?:\s+(?:هي|هو|بالضبط|بالتحديد|تحديدا|تماما))*\s+(?:ما\s+[^\s،,.؛:"]+\s+)?$|(?:^|\s)"?[وف]?${SO_CALLED}$`,
);
/** Conditions named as preconditions: the word of condition and «مسبقة» («شروط مسبقة», «شرطاً مسبقاً»). */
const PRECONDITION_NAMED = /^[وفبل]*(?:ال)?(?:شروط|شرط)[اه]?\s+(?:ال)?مسبق/;
const WHAT_OTHERS_SET = new RegExp(`(?:^|\\s)"?[وف]?${WHAT_OTHERS_PUT}$`);
/** «من», «ممن», «كل من» (whoever, WHOEVER) right before the cue. */
const WHOEVER_BEFORE = new RegExp(`${WHOEVER}$`);
/** A verb of demanding opening the cue after «من». */
const WHOEVER_DEMANDS = /^[يت](?:طالب|ريد|شترط|صر\s)/;

/** Verbs of demanding: what they govern is wanted, even when it is a discussion. */
const DEMAND = /(?:طالب|مطالب|دعا|يدعو|تدعو|ندعو|دعت|داعيا|ناشد|مناشدا|^[وف]?(?:حث|حثت|[ينت]حث|حاثا)$)/;

/** Right after his going, what it is posed as: «(طرح رحيل الأسد) كشرط», «… شرطاً مسبقاً», «… بوصفه شرطاً». */
const POSED_AS_CONDITION_AFTER = /^\s+(?:(?:ك|بوصفه\s+|باعتباره\s+)(?:ال)?شرطا?|شرطا)(?![\u0621-\u064A])/;

/** A word of discussion at most three words before `pos`, in its clause («الحديث عن استعداد الرئيس للتنحي»). */
function discussionBefore(ctx: SentenceContext, pos: number): Hit | undefined {
  return ctx
    .find(ctx.classes.assad.discussion, windowStart(ctx, pos, 4), pos)
    .find((d) => ctx.words.within(d.index + d.text.length, pos, 3));
}
/** «طرح», the word of discussion that may be a party's verb of putting forward. */
const PUT_FORWARD = /^[وف]?طرح$/;
/**
 * A negated verb of putting forward, then up to five words (its subject), right before the cue: «ولم يطرح الائتلاف |»,
 * «لا نطرح |».
 */
const PUTTING_FORWARD_DENIED_BEFORE = /(?:^|\s)[وف]?(?:لم|لا|لن)\s+[يتن]طرح(?:ون|وا|ان)?(?:\s+[^\s،,.؛:]+){0,5}\s+$/;
/** Between a party and the verb it is the subject of: a space, or «قد» («وكان الجربا قد طرح»). */
const PARTY_THEN_VERB_GAP = /^\s+(?:قد\s+)?$/;
/**
 * Talk of his going (`talk`, a word of discussion before it) that is a party putting it forward as a condition: «طرح»
 * with a party named right before or after it («الائتلاف طرح», «الجربا قد طرح», «وطرح الائتلاف»), and «كشرط»,
 * «شرطاً» right after his going (ending at `end`). Not the verbal noun («إن طرح رحيل الأسد كشرط يعرقل الحل»). (The
 * finite forms, «طرحت», «يطرح», are no word of discussion: attribution.json's verbs of position read them.)
 */
function posedAsCondition(ctx: SentenceContext, talk: Hit, end: number): boolean {
  if (!POSED_AS_CONDITION_AFTER.test(ctx.normal.slice(end, Math.min(ctx.s.end, end + 40)))) return false;
  if (!PUT_FORWARD.test(talk.text)) return false;
  const before = windowStart(ctx, talk.index, 4, false);
  const after = talk.index + talk.text.length;
  return (
    mentionsIn(ctx, before, talk.index).mentions.some((m) => PARTY_THEN_VERB_GAP.test(ctx.normal.slice(before + m.end, talk.index))) ||
    mentionsIn(ctx, after, Math.min(ctx.s.end, after + 60)).mentions.some((m) => ctx.words.within(after, after + m.start, 0))
  );
}

/** A noun naming a matter right before the cue: «مسألة», «قضية», «موضوع», «ملف». */
const MATTER_BEFORE = /(?:^|\s)[وبلف]?(?:ال)?(?:مساله|قضيه|موضوع|ملف)\s+$/;

/** A negated insistence right before the cue («ليست مصرة على», «غير متمسكة بـ», «لا نصر على», «لا تشترط»). */
const NOT_INSISTING =
  /(?:^|\s)"?[وف]?(?:لا|لم|لن|ليس|ليست|غير|لسنا|لست)\s+(?:[نيت]?صر|[نيت]?تمسك|مصر|مصره|مصرين|مصرون|متمسك|متمسكه|متمسكين|متمسكون|[نيت]شترط)(?:\s+علي)?\s*$/;
/** «لا نشترط» right before the cue: of his staying, not insisting on it; of his going, see notInsisting. */
const NOT_REQUIRING = /(?:^|\s)"?[وف]?(?:لا|لم|لن|ليس|ليست|غير|لسنا|لست)\s+[نيت]شترط\s*$/;

/** Words that restate what was said before («بمعنى آخر», «بعبارة أخرى»): a negation before them does not reach past. */
const RESTATING = /(?:^|\s)(?:بمعني\s+اخر|بمعني\s+اخري|بعباره\s+اخري|اي\s+بمعني)(?=\s|$)/g;

/**
 * «حتى», «إلى أن», «لحين» right before his going («عدم ترك السلاح حتى يسقط الأسد», «لن نتوقف حتى يرحل»): what goes on
 * until he goes is negated, not his going, which is the end wanted. At most two words between («حتى يتم إسقاط»).
 * (Not «إلى أن» after «سبيل», «مجال», «يدعو», «يؤدي» …: «لا سبيل إلى أن يكون الأسد جزءاً من …» is "no way that".)
 */
const UNTIL_BEFORE =
  /(?:^|\s)[و]?(?:حتي|(?<!(?:سبيل|مجال|طريق|حاجه|داعي|[يت]دعو|دعا|دعت|[يت]هدف|[يت]سعي|[يت]ؤدي|ادي|ادت)"?\s)الي\s+ان|الي\s+حين|لحين|ريثما|الي\s+غايه)(?:\s+[^\s،,.؛:]+){0,2}\s+$/;

function afterUntil(ctx: SentenceContext, from: number, pos: number): number {
  const m = UNTIL_BEFORE.exec(ctx.normal.slice(from, pos));
  if (!m) return from;
  // «لن تقبل حتى بحث رحيله»: «حتى» before talk of his going is "even", and the negation reaches past it.
  const at = from + m.index;
  return ctx.find(ctx.classes.assad.discussion, at, pos).length > 0 ? from : from + m.index + m[0].length;
}

/**
 * «وإن», «وأن», «وبأن» opening a second clause reported by one verb of saying («قال إن موقف المملكة لم يتغير وإن
 * الأسد لن يكون جزءاً من مستقبل سوريا»): a negation in the clause before it does not govern what follows.
 */
const COORDINATED_THAT = /(?:^|\s)(?:وان|وبان|وانه|وانها)\s/g;

function afterCoordinatedThat(ctx: SentenceContext, from: number, pos: number): number {
  return afterLast(COORDINATED_THAT, ctx, from, pos);
}

function afterRestating(ctx: SentenceContext, from: number, pos: number): number {
  return afterLast(RESTATING, ctx, from, pos);
}

/** Where the last match of a global `re` between `from` and `pos` ends, or `from` where there is none. */
function afterLast(re: RegExp, ctx: SentenceContext, from: number, pos: number): number {
  let start = from;
  // exec() in a loop finds what matchAll() would, without the copy of the regex and the iterator matchAll() makes
  // (no match is empty, and a failed exec() leaves lastIndex at 0 for the next call).
  const text = ctx.normal.slice(from, pos);
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) start = from + m.index + m[0].length;
  return start;
}

/** What was carried or circulated («ما تناقلته وسائل الإعلام», «ما تم تداوله», «ما تردد»). */
const MEDIA_TALK = /(?:^|\s)ما\s+(?:تناقلته|تناقلت|نقلته|تداولته|تم\s+تداوله|يتم\s+تداوله|يتردد|تردد|اشيع|يشاع|روجت\s+له|تروجه)(?=\s|$)/;

/** Asking whether or how far («مدى», «ما إذا كان»). */
const WHETHER = /(?:^|\s)(?:مدي|ما\s+اذا)(?=\s|$)/;
/** A role word that is a verb («يترأسها», «يرأس»): his own act, not a noun owned by the party after it. */
const ROLE_VERB = /^[يت]/;
/** Asking whether only («ما إذا كانت ستضع شروطاً»; not «مدى», which is also «على مدى الأيام»). */
const WHETHER_ONLY = /(?:^|\s)ما\s+اذا(?=\s|$)/;

/** «أن/إن» opening a clause. */
const NEW_CLAUSE = /(?:^|\s)(?:ان|انه|انها|بان|وان)(?:\s|$)/;
/** A new clause between an accusation and a cue: «إن/أن», a comma or a verb of saying. */
const CLAUSE_BETWEEN = new RegExp(`${NEW_CLAUSE.source}|[،,:]|(?:^|\\s)[وف]?(?:قال|اكد|اضاف|شدد)(?:\\s|$)`);

/**
 * Whether a verb of accusing governs the word of conditions at `pos` through «بوضع/بفرض/بطرح» right before it («اتهم
 * الجعفري وفد الهيئة بوضع |شروط», «يتهم لافروف «وفد الرياض» بمحاولة فرض |شروط»): the accused are read by the holders
 * (accusedOnly).
 */
function accusedOfSetting(ctx: SentenceContext, pos: number): boolean {
  const from = windowStart(ctx, pos, 14);
  const lead = ctx.normal.slice(from, pos);
  // (Most conditions have no accusation before them: one look for its letters first.)
  if (!lead.includes("تهم")) return false;
  const setting = SETTING_CHARGED_BEFORE.exec(lead);
  if (!setting) return false;
  // (The lexicon's verbs of accusing, which the holders read the accused after: not the bare verbal noun, whose name
  // after it may be the accuser, «رفض الائتلاف اتهام النظام بوضع شروط».)
  const accusing = ctx.lexicon.accusation ? matchesIn(ctx.lexicon.accusation, ctx.normal, from, from + setting.index).pop() : undefined;
  return accusing !== undefined && !CLAUSE_BETWEEN.test(ctx.normal.slice(accusing.index, from + setting.index));
}
/** «بوضع», «بفرض», «بطرح», «بمحاولة فرض» right before the word of conditions. */
const SETTING_CHARGED_BEFORE = /\sب(?:محاوله\s+|السعي\s+(?:الي\s+)?)?(?:ال)?(?:وضع|فرض|طرح)\s+(?:ال)?$/;
/** A verb or noun of accusing. */
const ACCUSING = /(?:^|\s)[وف]?(?:اتهم|اتهمت|اتهموا|يتهم|تتهم|نتهم|متهما|متهمه|متهمين|اتهام|باتهام|اتهامه|اتهامها)(?=\s|$)/;

/** Conditions as what one comes with: «بشروط», «من باب الشروط». */
const WITH_CONDITIONS = /^[وف]?ب(?:ال)?(?:شروط|شرط)/;
const BY_WAY_OF_BEFORE = /(?:^|\s)من\s+(?:باب|بوابه)\s+$/;
/** «إلا» (or «سوى») between a verb of attending and the conditions: the conditions are the exception, kept. */
const EXCEPT_BETWEEN = /(?:^|\s)(?:الا|سوي)(?:\s|$)/;

/**
 * A word of attending negated, up to eight words before conditions one would come with («لن نذهب إلى المؤتمر الدولي
 * في جنيف بشروط مسبقة», «لن ندخل إليه من باب الشروط»), in one clause and not as the exception («لن نذهب إلا بشروط»).
 * Only asked of conditions so written, so most sentences never look.
 */
function notComingWith(ctx: SentenceContext, attends: readonly Hit[], c: Hit): boolean {
  if (!WITH_CONDITIONS.test(c.text) && !BY_WAY_OF_BEFORE.test(ctx.normal.slice(Math.max(ctx.s.start, c.index - 10), c.index))) return false;
  const a = findLast(attends, (a) => a.index + a.text.length <= c.index);
  if (a === undefined) return false;
  const end = a.index + a.text.length;
  if (!ctx.words.within(end, c.index, 8) || crossesPunctuation(ctx, end, c.index, true)) return false;
  if (EXCEPT_BETWEEN.test(ctx.normal.slice(end, c.index))) return false;
  const p = polarity(ctx, windowStart(ctx, a.index), a.index, end);
  return p.turned && !p.void && !p.conditioned;
}

function notInsisting(ctx: SentenceContext, from: number, pos: number, kind: string): boolean {
  const before = ctx.normal.slice(from, pos);
  // «لا نشترط رحيله»: his going not made a condition is his departure not a precondition (CONTRACT.md: may_stay),
  // which the negation turning his going reads; «لا تشترط بقاء الأسد» does not hold on to him (neutral).
  return NOT_INSISTING.test(before) && !(kind === "go" && NOT_REQUIRING.test(before));
}

function preconditionCues(ctx: SentenceContext, out: Cue[]): void {
  const { classes, words } = ctx;
  // Every cue below needs the talks or attending named: where the keyword scan saw neither, the sentence's words
  // need not be looked up.
  if (!ctx.may(classes.preconditions.talks) && !ctx.may(classes.preconditions.attend)) return;
  const conditions = ctx.hits(classes.preconditions.condition);
  const attendWords = ctx.hits(classes.preconditions.attend);
  if (conditions.length === 0 && attendWords.length === 0) return;
  const talks = ctx.hits(classes.preconditions.talks);
  const attends = attendWords.filter((a) => namesItsTalks(ctx, a, talks));
  if (talks.length === 0 && attends.length === 0) return;
  // Demands («قدمنا مطالبنا») are conditions only in a sentence naming the talks or attending them, not a meeting.
  const namesTalks = attends.length > 0 || talks.some((t) => !MEETING.test(t.text));
  for (const c of conditions) {
    if (!namesTalks && DEMANDS.test(c.text)) continue;
    // Terms of something else, named right after («شروط الجدول الزمني», «شروط الهدنة»), or stipulated by a plan
    // («مقترح تسوية يشترط …»): not conditions of the talks.
    if (termsOfOther(ctx, c.index + c.text.length) || planBefore(ctx.normal.slice(ctx.s.start, c.index))) continue;
    const end = c.index + c.text.length;
    // «ولم يتضح بعد ما إذا كانت ستضع شروطاً لحضورها»: whether she will set them is an open question, no one's terms.
    if (WHETHER_ONLY.test(ctx.normal.slice(windowStart(ctx, c.index, 6), c.index))) continue;
    // «فالجميع مطالب بالعودة إلى الطاولة»: «مطالب» after everyone or a pronoun is the passive participle (required to
    // act), not demands.
    if (
      DEMANDS.test(c.text) &&
      REQUIRED_OF_SUBJECT_BEFORE.test(ctx.normal.slice(windowStart(ctx, c.index, 2), c.index)) &&
      /^\s+ب/.test(ctx.normal.slice(end, end + 3))
    )
      continue;
    // «استمرار مشاركة طهران في الاجتماعات «مرهون» بسحب قواتها»: terms of Iran's taking part, read by the Iran pass
    // (CONTRACT.md: iran_participation/conditional), not of the talks.
    if (herTakingPartBefore(ctx, attends, c.index)) continue;
    // «أن تعلن طهران قبولها بالبيان كشرط لحضورها»: «her» attending, Iran the one to act before it: the same.
    if (herTermsAt(ctx.normal.slice(ctx.s.start, c.index), ctx.normal.slice(c.index, ctx.s.end))) continue;
    // «أن يربط حضوره بشروط»: the terms a verb of conditioning ties attending to are read with that verb, as one cue
    // (its negation, «لا يحق لأي طرف أن يربط …», reaches the verb, not the terms two words on); not terms the
    // predicate after them judges («يربط مشاركته بشروط غير مقبولة»), which that reading turns.
    if (
      conditions.some((v) => v.index < c.index && CONDITIONING_VERB.test(v.text) && words.within(v.index + v.text.length, c.index, 2)) &&
      !rejectedByPredicate(ctx, c.index + c.text.length)
    )
      continue;
    // «يجب ألا تكون هناك أي شروط», «لا ينبغي أن توجد أي شروط»: the copula of being there, «هناك» and «أي» say
    // nothing of their own; the reach counts from before them.
    const there = THERE_BEING_BEFORE.exec(ctx.normal.slice(windowStart(ctx, c.index, 4), c.index));
    // «لا يمكن أن يقوم على شروط مسبقة», «لا يجوز أن يخضع لأي شروط»: nor does the preposition the verb takes them with.
    const preposition = there ? null : PREPOSITION_OF_CONDITION.exec(ctx.normal.slice(windowStart(ctx, c.index, 2), c.index));
    const from = windowStart(
      ctx,
      there ? c.index - there[0].length : preposition ? c.index - preposition[0].length : c.index,
      CONDITION_REACH,
    );
    const p0 = polarity(ctx, from, c.index, end);
    // Setting conditions («وضع شروطاً», «قدّم مطالب أخرى كشروط», «تفرض شروطاً»): the setter's subject holds them.
    // A verb of conditioning («يربط مشاركته بـ…», «اشترطت», «ترهن») is itself the predicate: its subject holds it.
    const setter = p0.verb ? undefined : CONDITIONING_VERB.test(c.text) ? c : setterBefore(ctx, c.index);
    // A negation governs the setting verb, not only the word of condition («لا يمكن لأحد أن يفرض شروطاً»).
    // So does the verbal noun of setting them («لا يحق لأي طرف وضع شروط»), which names no subject of its own, and
    // the passive verb of imposing them («لا يمكن أن تُفرض على الحكومة شروط»).
    const settingNoun = p0.verb || setter ? undefined : settingNounBefore(ctx, c.index);
    const read = p0.verb
      ? p0
      : setter
        ? { ...polarity(ctx, windowStart(ctx, setter.index, CONDITION_REACH + 1), c.index, end), verb: setter }
        : settingNoun !== undefined
          ? polarity(ctx, windowStart(ctx, settingNoun, CONDITION_REACH + 1), c.index, end)
          : p0;
    // «ستشارك من دون أن تقبل أي شرط»: a condition one comes without accepting is rejected, where no negation of the
    // window turned it already.
    // «يجب ألا تعلق المحادثات على أي شرط», «غير مرهونة بأي شرط»: the talks said not to hang on any condition, the
    // negation beyond the window's words, refuse them too.
    // «لن نذهب إلى المؤتمر الدولي في جنيف بشروط مسبقة», «لن ندخل إليه من باب الشروط»: conditions one will not come
    // with, the negated verb of attending more than the window's words before them, are refused too.
    // «رفضت الخارجية الروسية في بيان أصدرته أمس الشروط المسبقة …»: a verb of rejecting, its subject named right after
    // it and where or how it said so between them and the conditions (past the window's words), rejects them too.
    const overSubject = !read.turned && read.verb === undefined ? rejectionOverSubject(ctx, c.index) : undefined;
    const p =
      overSubject !== undefined
        ? { ...read, turned: true, verb: overSubject }
        : !read.turned &&
            (refusedAccepting(ctx, c) ||
              NOT_HANGING_ON.test(ctx.normal.slice(windowStart(ctx, c.index, 6), c.index)) ||
              notComingWith(ctx, attends, c) ||
              NOT_LETTING_ANYONE.test(ctx.normal.slice(windowStart(ctx, c.index, 14, false), c.index)) ||
              NOT_ALLOWED_ANYONE.test(ctx.normal.slice(windowStart(ctx, c.index, 12, false), c.index)) ||
              noTalksOn(ctx, c))
          ? { ...read, turned: true }
          : read;
    if (p.void) continue;
    // (Those who set them, unnamed, judged by a predicate rejecting them: the speaker rejects preconditions, below.)
    if (heldByUnnamed(ctx, c.index) && !(p.turned && UNNAMED_SETTERS_BEFORE.test(ctx.normal.slice(windowStart(ctx, c.index, 4), c.index))))
      continue;
    // «لم تتلق أصلاً أي طلب رسمي بقبول بيان جنيف 1 شرطاً للحضور»: a condition inside what a negated «أي …» names (two
    // words of it or more before the cue: not «لا نقبل أي شروط», which refuses them) was never received or agreed to.
    if (!p.turned && NEGATED_ANY_NOUN_BEFORE.test(ctx.normal.slice(Math.max(ctx.s.start, c.index - 120), c.index))) continue;
    // «يضعون شروطاً على الحضور الإيراني», «فرض شروط على مشاركة طهران»: conditions set on her taking part, named
    // right after them, are not conditions on the talks (nor the one reporting them the setter); refused («لا يحق لها
    // أن تضع شروطاً على مشاركة إيران») they are still refused.
    if (!p.turned && ON_HER_TAKING_PART_AFTER.test(ctx.normal.slice(end, Math.min(ctx.s.end, end + 48)))) continue;
    // «الجامعة العربية تشترط التزام طهران ببيان جنيف», «اشترطت واشنطن قبول إيران بالبيان»: a verb of conditioning
    // whose object is what Iran is to do sets terms on her, not on the talks (a rejection of them is still read).
    if (!p.turned && /شترط/.test(c.text) && CONDITIONING_VERB.test(c.text) && iranToDoAfter(ctx.normal.slice(end, ctx.s.end))) continue;
    // «الوزير السعودي الذي يربط مشاركة إيران برحيل الأسد»: a verb of tying whose object is her taking part sets terms
    // on it (CONTRACT.md: iran_participation/conditional), not on the talks.
    // (Refused, «ترفض ربط مشاركة إيران بأي شروط», it is read as before: her taking part free of terms.)
    if (!p.turned && CONDITIONING_VERB.test(c.text) && HER_PART_TIED_AFTER.test(ctx.normal.slice(end, Math.min(ctx.s.end, end + 48)))) {
      out.push(cue(ctx, "compose.iran.tied", "iran_participation", "conditional", c.index, end, p));
      continue;
    }
    // «هذه ليست شروطاً مسبقة بل التزامات»: denying that one's own demands are conditions (CONTRACT.md: denials are
    // not annotated).
    // So is «مطالبنا إنسانية وليست شروطاً», «وهذه مطالب نص عليها القرار نفسه، لا شروط اخترعها الوفد»: the demand
    // noun a few words before, what is said of it, then the denial.
    if (
      DEMANDS_DENIED_BEFORE.test(ctx.normal.slice(windowStart(ctx, c.index, 3), c.index)) ||
      DEMAND_NOUN_DENIED_BEFORE.test(ctx.normal.slice(windowStart(ctx, c.index, 13, false), c.index))
    )
      continue;
    // «ليست شروطاً مسبقة، بل حقوق»: what they are instead follows; the same denial. So in «لا نضع شروطاً، لكن هناك
    // استحقاقات لا بد منها قبل أن نجلس»: what is required all the same follows.
    if (p.turned && BUT_RATHER_AFTER.test(ctx.normal.slice(end, Math.min(ctx.s.end, end + 80)))) continue;
    // «معتبراً أن هذه الشروط تكشف …», «مشيراً إلى أن هذه المطالب يجب أن تبحث خلال المفاوضات»: a demonstrative after a
    // verb of judging goes back to conditions named before it, whoever set them (read there), not the judge's own.
    if (JUDGED_DEMONSTRATIVE_BEFORE.test(ctx.normal.slice(windowStart(ctx, c.index, 5, false), c.index))) continue;
    // «اعتبر المقداد أن شروط الائتلاف محاولة لإفشال المؤتمر», «وصف لافروف شروط المعارضة بأنها …»: another party's
    // conditions, named right after the word, judged by the one whose verb comes before them: not the judge's own.
    if (
      (JUDGING_BEFORE.test(ctx.normal.slice(windowStart(ctx, c.index, 5, false), c.index)) ||
        REPLYING_TO_BEFORE.test(ctx.normal.slice(windowStart(ctx, c.index, 9, false), c.index))) &&
      namesParty(ctx, { start: end, end: Math.min(ctx.s.end, wordEnd(ctx.normal, wordEnd(ctx.normal, end) + 1)) })
    )
      continue;
    // «من عطل جنيف هو من يضع رحيل الأسد شرطاً مسبقاً»: the one blamed is whoever sets them; the speaker rejects them.
    if (blamedWhoever(ctx, c.index)) {
      if (!p.turned) out.push(cue(ctx, "compose.pre.condition.whoever-judged", "geneva2_preconditions", "unconditional", c.index, end, p));
      continue;
    }
    // «ومن يضع شروطاً على مشاركتها إنما يضع العراقيل»: whoever sets them is no one named; only a predicate rejecting
    // them («من يضع الشروط المسبقة لا يريد الحل») says the speaker's own (unconditional).
    const whoever =
      WHOEVER_SETS.test(ctx.normal.slice(windowStart(ctx, c.index, 3), c.index)) ||
      WHOEVER_MAKES.test(ctx.normal.slice(windowStart(ctx, c.index, 7), c.index)) ||
      WHOEVER_COMES_WITH.test(ctx.normal.slice(windowStart(ctx, c.index, 6), c.index)) ||
      ((SETTING_VERB_AT.test(c.text) || SETTING_VERB_AT.test(ctx.normal.slice(windowStart(ctx, c.index, 1), c.index))) &&
        WHOEVER_DOES.test(ctx.normal.slice(windowStart(ctx, c.index, 6), c.index)));
    if (whoever && !(p.turned && rejectedByPredicate(ctx, end))) continue;
    // «إن الذين يضعون شروطاً مسبقة لا يريدون الحل», «الأطراف التي تضع شروطاً مسبقة "ليس لديها فهم للواقع"»: those who
    // set them, unnamed, judged by a predicate rejecting them: the speaker rejects preconditions.
    if (
      p.turned &&
      UNNAMED_SETTERS_BEFORE.test(ctx.normal.slice(windowStart(ctx, c.index, 4), c.index)) &&
      !ON_IRAN_AFTER.test(ctx.normal.slice(end, Math.min(ctx.s.end, end + 40))) &&
      rejectedByPredicate(ctx, end)
    ) {
      out.push(
        cue(ctx, "compose.pre.condition.whoever-judged", "geneva2_preconditions", "unconditional", c.index, end, { ...p, turned: false }),
      );
      continue;
    }
    // «الذين يضعون رحيله شرطاً مسبقاً يضعون |شرطاً تعجيزياً»: the judgement said of whoever sets them rejects them
    // (CONTRACT.md: unconditional), the speaker's.
    if (
      JUDGED_IMPOSSIBLE_AFTER.test(ctx.normal.slice(end, Math.min(ctx.s.end, end + 24))) &&
      WHOEVER_EARLIER.test(ctx.normal.slice(ctx.s.start, c.index))
    ) {
      if (!p.turned) out.push(cue(ctx, "compose.pre.condition.whoever-judged", "geneva2_preconditions", "unconditional", c.index, end, p));
      continue;
    }
    if (WHAT_OTHERS_SET.test(ctx.normal.slice(windowStart(ctx, c.index, 9), c.index))) continue;
    // «قد تقبل ببقاء الأسد لفترة انتقالية، شرط أن يكون هناك ضمان لرحيله»: the terms of accepting his staying, no talks
    // named between, are no terms of attending (his staying and going are read by the Assad cues).
    if (!p.turned && STAY_ACCEPTED_BEFORE.test(ctx.normal.slice(windowStart(ctx, c.index, 16, false), c.index))) continue;
    // «حاورته حول موقف الهيئة من المؤتمر وشروطه», «تحدث عن موقف بلاده من شروط المعارضة»: conditions named as what a
    // position is taken on are the topic, not terms set (what the position is follows, read there).
    if (!p.turned && POSITION_ON_BEFORE.test(ctx.normal.slice(windowStart(ctx, c.index, 7), c.index))) continue;
    // «إن هذه شروط مسبقة تنسف المؤتمر», «وهذا بالضبط ما نسميه شروطاً مسبقة»: what is called preconditions (a
    // demonstrative its subject, or what one names so) is another's demand so labelled, not the speaker's terms.
    if (
      PRECONDITION_NAMED.test(ctx.normal.slice(c.index, Math.min(ctx.s.end, end + 12))) &&
      LABELLED_BEFORE.test(ctx.normal.slice(windowStart(ctx, c.index, 5), c.index))
    )
      continue;
    if (!p.turned && EVERY_PARTY_BEFORE.test(ctx.normal.slice(windowStart(ctx, c.index, 5), c.index))) continue;
    // «وعن شروط المعارضة، اعتبر لافروف أن …»: conditions named as the topic the sentence opens on are what is spoken
    // of next (read there), no one's conditions here.
    if (TOPIC_OPENS_BEFORE.test(ctx.normal.slice(ctx.s.start, c.index))) continue;
    // «ولو وضعت شروط لما جئنا»: conditions only supposed, to say one would not have come.
    if (COUNTERFACTUAL_BEFORE.test(ctx.normal.slice(windowStart(ctx, c.index, 4), c.index))) continue;
    // «لن ندخل قاعة المفاوضات دون تحقيق مطالبنا»: demands not yet met, not talks without demands; attending tied
    // to them is read below.
    if (UNMET_BEFORE.test(ctx.normal.slice(windowStart(ctx, c.index, 3), c.index))) continue;
    // «وإن المحادثات ستستمر، دون أن يتطرق إلى مطالب المعارضة»: demands left unmentioned are none refused.
    if (UNMENTIONED_BEFORE.test(ctx.normal.slice(windowStart(ctx, c.index, 5), c.index))) continue;
    // «لا نضع شروطاً مسبقة، فالشروط يُتفاوض عليها داخل القاعة»: conditions said to be negotiated or discussed at the
    // table are its agenda, not terms of coming to it.
    if (NEGOTIATED_AFTER.test(ctx.normal.slice(end, Math.min(ctx.s.end, end + 40)))) continue;
    // «سيذهب إلى جنيف حاملاً مطالب الشعب», «تقف مع مطالب الهيئة»: demands carried to the table or backed are an
    // agenda or solidarity, not terms of attending.
    if (DEMANDS.test(c.text) && DEMANDS_CARRIED_BEFORE.test(ctx.normal.slice(windowStart(ctx, c.index, 3), c.index))) continue;
    // «نجاح الحوار مرهون بجدية الطرف الآخر»: what the talks' success or outcome hangs on, not attending them.
    // So is what a verb of tying ties their success to («ربط نجاح المؤتمر بحضور كل الأطراف»).
    if (HANGS_ON.test(c.text) && SUCCESS_BEFORE.test(ctx.normal.slice(windowStart(ctx, c.index, 4), c.index))) continue;
    if (CONDITIONING_VERB.test(c.text) && SUCCESS_AFTER.test(ctx.normal.slice(end, Math.min(ctx.s.end, end + 48)))) continue;
    // «إن الدعوة يجب أن تبقى "مشروطة" بقبول …», «تعتبر الدعوة مشروطة بذلك»: the invitation, not attending, hangs on it
    // (terms of the one invited taking part); not the invitation accepted («قبول الدعوة مرهون بـ…»), which is attending.
    if (HANGS_ON.test(c.text) && INVITATION_BEFORE.test(ctx.normal.slice(windowStart(ctx, c.index, 6), c.index))) continue;
    // A condition the next words deny («شرط وقف إطلاق النار لم يطرح») is no one's condition; one they reject
    // («الشروط المسبقة لحضور المؤتمر غير مقبولة») is turned by the polarity above, when nothing else turned it back
    // («الذهاب دون شروط أمر غير مقبول» is read by the describing verb, if any).
    if (negationAfter(ctx, end) && !(p.turned && rejectedByPredicate(ctx, end))) continue;
    // «لكنها لم تضع شروطاً تعجيزية»: the judgement of the conditions denied, not conditions refused nor set.
    if (
      JUDGED_CONDITIONS_NEXT.test(ctx.normal.slice(end, Math.min(ctx.s.end, end + 24))) &&
      SETTING_DENIED_BEFORE.test(ctx.normal.slice(windowStart(ctx, c.index, 3, false), c.index))
    )
      continue;
    // Not holding his departure a condition («لا تعتبر رحيل الأسد شرطاً», «وصف مطالب المعارضة بتنحي الأسد بأنها
    // غير واقعية») is a stance on Assad, read there; the negation reaches across his name.
    const wide = windowStart(ctx, c.index);
    const aboutHim =
      ctx.find(classes.assad.go, wide, c.index).length > 0 ||
      // (Not past a comma: «لا يحق لأي طرف أن يفرض شروطاً مسبقة، ويعتبر المطالبة برحيل الأسد …» is another clause.)
      ctx
        .find(classes.assad.go, end, ctx.s.end)
        .some((g) => ctx.words.within(end, g.index, 2) && !/[،,؛]/.test(ctx.normal.slice(end, g.index)));
    // «مطالبة المعارضة برحيل الأسد كشرط للجلوس … مطلب غير واقعي»: the judged demand's owner sets the condition.
    const demandOwner = judgedDemandOwner(ctx, p, c.index, end);
    if (demandOwner)
      out.push(
        cue(ctx, "compose.pre.condition.judged-demand", "geneva2_preconditions", "conditional", c.index, end, null, { owner: demandOwner }),
      );
    if (aboutHim && (p.turned || polarity(ctx, wide, c.index, end).turned)) {
      // «اعتبر لافروف أن اشتراط رحيل الأسد قبل بدء العملية "وصفة مضمونة لفشلها"»: his departure made a condition and
      // judged so by the predicate after it is a precondition rejected too (CONTRACT.md: unconditional), beside the
      // stance on him read there; not one only negated («لا تعتبر رحيل الأسد شرطاً»).
      // (Only a condition proper. Not a word of position inside what is judged, «إن تمسك الائتلاف برحيل الأسد شرطاً مسبقاً سيؤدي إلى فشل المؤتمر»,
      // «إن مطالبة المعارضة …»: it names whose the demand is, and the words would be read as that one's; a verb
      // before «أن» names the judge, «اعتبر لافروف أن …».)
      if (
        p.turned &&
        !p.conditioned &&
        CONDITION_PROPER.test(c.text) &&
        (!p.verb ||
          THAT_BETWEEN.test(ctx.normal.slice(p.verb.index + p.verb.text.length, c.index)) ||
          OWNERLESS_DEMAND.test(ctx.normal.slice(p.verb.index, p.verb.index + p.verb.text.length + 3))) &&
        rejectedByPredicate(ctx, end)
      )
        out.push(cue(ctx, "compose.pre.condition.judged-on-him", "geneva2_preconditions", "unconditional", c.index, end, p));
      continue;
    }
    // Refusing to come if there are conditions («لن تحضر إذا كانت هناك شروط»): conditions are what it rejects.
    if (
      (REFUSED_IF.test(ctx.normal.slice(windowStart(ctx, c.index, 5, false), c.index)) ||
        REFUSED_IF_OR_ANY.test(ctx.normal.slice(windowStart(ctx, c.index, 14, false), c.index))) &&
      REFUSING.test(ctx.normal.slice(ctx.s.start, ctx.s.end))
    ) {
      out.push(cue(ctx, "compose.pre.condition.refused-if", "geneva2_preconditions", "unconditional", c.index, end, p));
      continue;
    }
    // «ليس لها شروط إلا …»: the exception is the condition.
    const except = p.turned && EXCEPT_AFTER.test(ctx.normal.slice(end, ctx.s.end));
    // «الشروط توضع على طاولة التفاوض لا قبلها»: conditions kept for the talks, not set before them, are refused as
    // preconditions.
    const forTheTable = !p.turned && ON_THE_TABLE_NOT_BEFORE.test(ctx.normal.slice(end, Math.min(ctx.s.end, end + 120)));
    // «وصفت موسكو البيان بأنه محاولة لفرض شروط مسبقة»: an attempt to impose conditions is named so by who rejects them
    // (not turned twice where a rejection already governs it: «انتقد محاولات فرض شروط مسبقة»).
    const attempted = !p.turned && ATTEMPT_TO_IMPOSE_BEFORE.test(ctx.normal.slice(windowStart(ctx, c.index, 4), c.index));
    const turned = (p.turned && !except) || forTheTable || attempted;
    const rule = `compose.pre.condition${except ? ".except" : turned ? ".turned" : ""}`;
    const owner = ownerAfter(ctx, end);
    // «اتهم الجعفري وفد الهيئة بوضع شروط (تعجيزية)»: what the accused are charged with setting is theirs, whatever
    // the accuser's words make of it (CONTRACT.md: an accusation reports the accused's position), held by the accused
    // named (none where no party is: «اتهم لافروف الغرب بوضع شروط»); plain or an attempt («بمحاولة فرض شروط»), the
    // charge is the only reading; judged («شروط تعجيزية»), the judge's rejection stands beside it.
    const accused = accusedOfSetting(ctx, c.index);
    if (!accused || (turned && !attempted))
      out.push(
        cue(ctx, rule, "geneva2_preconditions", turned ? "unconditional" : "conditional", c.index, end, p, {
          owner,
          // («شروطاً مسبقة تهدف إلى إفشال جنيف»: turned by the predicate judging them, a judgement of its own.)
          judgedAfter: (turned && p.rejectedAfter) || undefined,
        }),
      );
    if (accused)
      out.push(
        cue(ctx, "compose.pre.condition.accused", "geneva2_preconditions", "conditional", c.index, end, null, { accusedOnly: true }),
      );

    // «قال لافروف إن الشروط التي تضعها المعارضة على المؤتمر غير مقبولة»: the owner's conditions, judged after the
    // relative clause naming him; the one who judges them rejects them (the speaker's, as the judgement is his).
    const judgement = owner && !turned ? predicateAfter(ctx, owner.start - 1) : undefined;
    if (judgement !== undefined)
      out.push(cue(ctx, "compose.pre.condition.owned.rejected", "geneva2_preconditions", "unconditional", c.index, judgement, null));
  }
  const markers = ctx.hits(classes.preconditions.attendCondition);
  for (const a of attends) {
    const end = a.index + a.text.length;
    // A return is to the talks only where the sentence names them («لن تعود إلى طاولة جنيف», not «على أن يعود إذا
    // دعت الحاجة»).
    if (RETURN_WORD.test(a.text) && talks.length === 0) continue;
    // Leaving is walking out of the talks only where they are its object («سيغادر الوفد جنيف إذا لم …», «ستغادر
    // قاعة المفاوضات ما لم …»), not leaving power or a country («سيغادر السلطة إذا …», «سيغادر دمشق قبل …»).
    if (LEAVE_WORD.test(a.text) && !talks.some((t) => t.index >= end && words.within(end, t.index, 3))) continue;
    // «لم يصدر أي تعليق رسمي حتى مساء أمس», «في تعليق له على …»: a comment, not attending suspended.
    if (SUSPEND_NOUN.test(a.text) && COMMENT_NEXT.test(ctx.normal.slice(end, Math.min(ctx.s.end, end + 12)))) continue;
    const m = markers.find(
      (m) =>
        m.index >= end &&
        words.within(end, m.index, ATTEND_REACH) &&
        !crossesPunctuation(ctx, end, m.index, SUBORDINATE.test(m.text)) &&
        // «… كي تحضر المؤتمر، فيما هدد الائتلاف بالانسحاب إذا لم …»: a comma and «فيما», «بينما», «في حين» open another
        // party's clause; the condition there is of its own verb, not of the attending before it.
        !OTHER_CLAUSE_BETWEEN.test(ctx.normal.slice(end, m.index)) &&
        // «حتى الآن», «حتى اليوم», «حتى 24 منه» tell the time, not a condition; so do «قبل بدء …», «قبل بداية رمضان»,
        // and a date after «قبل» («لن تنطلق المحادثات قبل الخامس والعشرين من الشهر»: a schedule).
        !(/(?:حتي|قبل)$/.test(m.text) && TIME_AFTER_UNTIL.test(ctx.normal.slice(m.index + m.text.length, m.index + m.text.length + 20))) &&
        // «أن يحصل على طاولة المفاوضات على ما لم يحصل عليه في الميدان»: «ما» after a preposition is "what", not "unless".
        !(/^[وف]?ما\s+لم$/.test(m.text) && PREPOSITION_BEFORE.test(ctx.normal.slice(Math.max(ctx.s.start, m.index - 6), m.index))) &&
        !timeBefore(ctx.normal, m) &&
        !byAgent(ctx.normal, m) &&
        // «عما إذا كانوا سيعودون», «التفكير مليا في ما إذا كانا يريدان مواصلة العملية»: "whether", an indirect
        // question (WHETHER_BEFORE), not a condition.
        !(/^[وف]?اذا$/.test(m.text) && WHETHER_BEFORE.test(ctx.normal.slice(Math.max(ctx.s.start, m.index - 60), m.index))) &&
        // «إلى أن» is "until" only before a verb, not after a verb of pointing out («مشيراً إلى أن الوفد …»).
        !(/الي\s+ان$/.test(m.text) && !untilClause(ctx, m)) &&
        // «نسف المؤتمر قبل أن يبدأ»: before the talks themselves start, a time, not a condition met first.
        !(/قبل$/.test(m.text) && STARTS_ITSELF_AFTER.test(ctx.normal.slice(m.index + m.text.length, m.index + m.text.length + 24))) &&
        // «أن يبدأ البحث بمكافحة الإرهاب قبل الانتقال إلى أي بند آخر»: the order of the agenda, no condition of attending.
        !(/قبل$/.test(m.text) && AGENDA_ITEM_AFTER.test(ctx.normal.slice(m.index + m.text.length, m.index + m.text.length + 40))) &&
        // «إن حضرته إيران» is a condition; «بعد أن حضرت», «ما إن حضر» (the same «ان» once normalised) tell a time.
        !(/^ان\s/.test(m.text) && THAT_AFTER_TIME.test(ctx.normal.slice(Math.max(ctx.s.start, m.index - 8), m.index))),
    );
    if (!m) {
      const anyNot = refusedAnyNot(ctx, a, end);
      if (anyNot !== undefined)
        out.push(
          cue(ctx, "compose.pre.attend-any-not", "geneva2_preconditions", "conditional", a.index, anyNot.end, {
            ...anyNot.p,
            turned: false,
          }),
        );
      else {
        // «وأمهل الائتلاف المنظمة … لسحب الدعوة، وإلا فإنه سيسحب مشاركته»: the one setting the deadline or making the
        // demand holds the condition: the subject of the verb of demanding before «وإلا», or else of the verb opening
        // the sentence («وقال الجربا إن على النظام أن …، وإلا فإننا لن نشارك»).
        const otherwise = otherwiseBefore(ctx, a);
        const demand = otherwise === undefined ? undefined : demandBefore(ctx, otherwise);
        const verb = demand ?? (otherwise === undefined ? undefined : sentenceVerb(ctx, otherwise));
        // («بعدما أمهل الائتلاف …»: after a word opening a clause of time, the name right after the verb of demanding
        // is its subject (VS), whatever was named before; not in «وكان الائتلاف قد أمهل المنظمة …», SV.)
        const verbEnd = demand ? demand.index + demand.text.length : 0;
        const vs = demand !== undefined && TIME_CLAUSE_OPENS.test(ctx.normal.slice(Math.max(ctx.s.start, demand.index - 12), demand.index));
        if (verb !== undefined)
          out.push(
            cue(
              ctx,
              "compose.pre.attend-otherwise",
              "geneva2_preconditions",
              "conditional",
              otherwise!,
              end,
              { void: false, turned: false, conditioned: false, rejectedAfter: false, verb },
              vs ? { owner: { start: verbEnd, end: verbEnd + 1 } } : {},
            ),
          );
        else {
          // «إما أن نحضر بوفد مستقل، أو لن نحضر», «فإما أن يخرج هؤلاء من الوفد أو لا مفاوضات»: the first member is
          // what attending hangs on, held as the clause's own words are.
          const either = eitherBefore(ctx, a);
          if (either !== undefined) {
            const p = polarity(ctx, windowStart(ctx, either), either, end);
            if (!p.void)
              out.push(
                cue(ctx, "compose.pre.either-or-not-attend", "geneva2_preconditions", "conditional", either, end, { ...p, turned: false }),
              );
          }
        }
      }
      continue;
    }
    // «الهيئة العليا للمفاوضات»: a word of the talks inside a party's name attends nothing.
    if (insideName(ctx, a.index, end)) continue;
    // Iran attending under a condition is her participation, read by the Iran pass («إيران قد تشارك إذا قبلت»).
    // Asked only once a condition follows: most words of attending have none, and her names are then not looked for
    // (both tests only skip the word, so their order changes nothing).
    if (iranBefore(ctx, a.index, end)) continue;
    // «لن تحضر إذا وضعت شروط»: conditions being set is what it refuses, read as a word of condition above.
    if (SET_CONDITIONS_AFTER.test(ctx.normal.slice(m.index + m.text.length, ctx.s.end))) continue;
    // «… كشرط لأي تسوية»: a condition of something else than attending. «أي شرط» after a refusal («لن تقبل أي
    // شرط لمشاركتها») is none set, and one judged right after it («شرط مسبق مرفوض») is rejected: the condition cues
    // above read both.
    // «لن نقبل أن يتحول رحيل الأسد إلى شرط مسبق»: what would become a condition is refused as one, no condition of
    // attending (the condition cues above read it).
    if (
      anyCondition(ctx, m) ||
      (CONDITION_NOUN.test(m.text) &&
        (termsOfOther(ctx, m.index + m.text.length) ||
          predicateAfter(ctx, m.index + m.text.length) !== undefined ||
          // «رحيل الأسد نتيجة للتفاوض لا شرط له»: a condition denied right before its word is none.
          NOT_RIGHT_BEFORE.test(ctx.normal.slice(Math.max(ctx.s.start, m.index - 8), m.index)) ||
          BECOMING_BEFORE.test(ctx.normal.slice(windowStart(ctx, m.index, 8, false), m.index)) ||
          // «لن تقبل أبداً أن يملي عليها أي كان شرط …»: a condition refused as imposed is none set.
          refusedAccepting(ctx, m)))
    )
      continue;
    // «لن نقبل بوجودها على الطاولة إلا إذا سحبت …», «لن نسمح بمشاركتهم ما لم …»: another's taking part (a pronoun on
    // the word of attending) accepted or allowed under a condition is a condition on that one's taking part, not the
    // speaker's on the talks (named, «بمشاركة إيران», the Iran pass reads it).
    // (The verb of accepting may be the word of attending itself, «نقبل», the noun after it.)
    const acceptedNext = ACCEPTED_NEXT.exec(ctx.normal.slice(end, Math.min(ctx.s.end, end + 24)))?.[0] ?? "";
    // («بأي دور لها في |المفاوضات»: her role, «أي» and her pronoun after it, five words back.)
    if (OTHERS_TAKING_PART_ACCEPTED.test(ctx.normal.slice(windowStart(ctx, a.index, 5, false), end) + acceptedNext)) continue;
    // «لن يحضر حتى لو شاركت إيران»: «even if» concedes, it sets no term («حتى» alone does: «حتى تسحب قواتها»).
    if (EVEN_IF_OPENS.test(ctx.normal.slice(m.index, m.index + m.text.length + 8))) continue;
    // «مستعدة للمشاركة إذا وُجهت إليها دعوة»: being invited is how one comes, not a condition of the talks.
    if (INVITED_IF_AFTER.test(ctx.normal.slice(m.index + m.text.length, m.index + m.text.length + 30))) continue;
    // «هدد بالانسحاب من الائتلاف إذا قرر الذهاب إلى جنيف»: the clause of the condition is the going itself, decided
    // on; what is threatened is leaving a body, not attending: no condition on the talks.
    if (DECIDED_TO_GO_AFTER.test(ctx.normal.slice(m.index + m.text.length, m.index + m.text.length + 30))) continue;
    // «ستشارك في المؤتمر إذا عقد في موعده», «… إذا أمكن»: the talks held as planned, or the going possible, is no term.
    if (HELD_OR_POSSIBLE_AFTER.test(ctx.normal.slice(m.index + m.text.length, m.index + m.text.length + 24))) continue;
    // «لن تنجح المفاوضات إلا بمشاركة جميع الأطراف»: «إلا ب» on a word of others taking part makes their presence what
    // the talks need, not a condition of attending them. (Not after a verb of one's own attending: «لن نشارك إلا
    // بمشاركة …» sets it.)
    if (ONLY_WITH_TAKING_PART.test(m.text) && TALKS_NOUN.test(a.text)) continue;
    // «يمكن أن تقبل ببقاء الأسد لفترة محدودة، شرط ألا …»: accepting something else than coming (its object after «ب»)
    // sets terms on that, not on the talks.
    if (ACCEPTING_WORD.test(a.text) && ACCEPTING_OTHER_NEXT.test(ctx.normal.slice(end, Math.min(ctx.s.end, end + 24)))) continue;
    // «لا حل سياسياً في سورية يبدأ بشرط رحيل الأسد»: no talks starting on the condition set none.
    if (noTalksOn(ctx, m)) continue;
    const p0 = polarity(ctx, windowStart(ctx, a.index), a.index, end);
    if (p0.void) continue;
    // «ولوّحت دمشق بالانسحاب … في حال …»: the one threatening to walk out or boycott holds the condition.
    // «وعلّقت الهيئة مشاركتها حتى …», «لن يرسل الائتلاف وفداً ما لم …»: a verb of attending opening its clause (VS order)
    // is itself the predicate; its subject, after it, holds the condition.
    const p = p0.verb ? p0 : { ...p0, verb: threatBefore(ctx, a.index) ?? openingVerb(ctx, a) };
    // «إثر تهديد الائتلاف الوطني السوري بعدم المشاركة إذا …»: the threat named by a noun has its owner after it.
    const threatNoun = p0.verb === undefined && p.verb !== undefined && THREAT_NOUN.test(p.verb.text);
    const owner = threatNoun ? { start: p.verb!.index + p.verb!.text.split(/\s/)[0]!.length, end: a.index } : undefined;
    out.push(
      cue(
        ctx,
        "compose.pre.attend-if",
        "geneva2_preconditions",
        "conditional",
        a.index,
        m.index + m.text.length,
        { ...p, turned: false },
        { owner },
      ),
    );
  }
}

/**
 * A verb or noun of accepting or allowing, then a word of attending with a pronoun of the third or second person
 * (another's taking part), and where: «نقبل بوجودها», «يسمح بمشاركتهم في المفاوضات», «القبول بمشاركته». (Not one's
 * own, «نقبل بالمشاركة», «نقبل بمشاركتنا»; a bare «ـه» is the feminine ending too, «بمشاركة», so only «ـته» is his.)
 */
/** Her (or their) role with «أي» and the pronoun after it: «أي دور لها», «أي مقعد لهم». */
const ANY_ROLE_OF_THEIRS = "اي\\s+(?:دور|مكان|مقعد|وجود|حضور|مشاركه)\\s+(?:لها|لهم|لهما|له)";

const OTHERS_TAKING_PART_ACCEPTED = new RegExp(
  `(?:^|\\s)"?[وف]?(?:[نيت]?قبل(?:ون|وا)?|[نيت]رضي|[نيت]سمح(?:ون|وا)?|سمح(?:ت|وا)?|قبول|القبول|السماح|الرضا)\\s+ب(?:(?!ال)[\\u0621-\\u064A]{2,}(?:ها|هم|هما|كم|ته)|${ANY_ROLE_OF_THEIRS})(?:\\s+(?:في|الي|علي)\\s+[^\\s،,.؛:"]+)?$`,
);

/**
 * A negated verb, «أي» and at least two words of its object before the word of condition (NEGATED_ANY_BEFORE in the
 * phrase rules): «لم تتلق أصلاً أي طلب رسمي بقبول بيان جنيف 1 |شرطاً للحضور». Not «لا نقبل أي |شروط»: the conditions
 * themselves are then refused.
 */
const NEGATED_ANY_NOUN_BEFORE = negatedAnyBefore(2);

/** The noun after a verb of accepting, «ب…» (« بوجودها»), or her role with «أي» and her pronoun after it (« بأي دور لها»). */
const ACCEPTED_NEXT = new RegExp(`^\\s+ب(?:${ANY_ROLE_OF_THEIRS}|[\\u0621-\\u064A]+)(?![\\u0621-\\u064A])`);

/**
 * Talks of any kind named right after a refused attending, with a negated relative clause: «لن يشارك في أي عملية
 * لا تبدأ برحيل الأسد», «لن نذهب إلى أي مؤتمر لا يكون فيه رحيله البند الأول», «لن تواصل المشاركة في اجتماعات لا
 * تفضي إلى رحيل الأسد». What those talks must bring is then the condition of attending.
 */
const ANY_NOT_AFTER = /^\s+(?:(?:في|الي|ب)\s+)?(?:(?:اي|ايه)\s+)?[^\s،,.؛:"]+(?:\s+[^\s،,.؛:"]+)?\s+"?(?:لا|لن)\s+[يت][\u0621-\u064A]+/;

/** A word of accepting or agreeing («تقبل», «قبول», «توافق»), which the attending words may include. */
const ACCEPTING_WORD = /^[وفبل]?(?:ال)?(?:[نيت]?قبل|قبول|[نيت]?وافق|موافق)/;

/** How many words after the relative clause's verb his going may stand («لا يكون فيه رحيل الأسد»). */
const ANY_NOT_REACH = 6;

/**
 * «أي» and talks of any kind (not a government or elections: «لن يشارك في أي حكومة يبقى فيها الأسد» is no
 * condition of attending talks) right after a refused attending, then a relative clause with no negation: its verb,
 * its first letter a prefix of the imperfect («لن يشارك في أي مسار |يبقي الأسد في السلطة», «لن نشارك في أي مفاوضات
 * |يكون فيها الأسد جزءاً من المرحلة الانتقالية»). «أي» is asked: the indefinite with a verb right after it is then
 * the relative clause, not a new sentence.
 */
const ANY_KEEPING_AFTER =
  /^\s+(?:(?:في|الي|ب)\s+)?(?:اي|ايه)\s+(?:مفاوضات|محادثات|حوار|مؤتمر|اجتماع|اجتماعات|جوله|جولات|مسار|عمليه)(?:\s+[^\s،,.؛:"]+)?\s+"?(?=[يت][\u0621-\u064A]{2,}(?![\u0621-\u064A]))/;

/**
 * Talks refused whose relative clause keeps him (ANY_KEEPING_AFTER): his staying or his role after the verb, the verb
 * itself a word of staying («يبقي»), and him named in it, where the clause ends. Not his going («أي مفاوضات تشترط
 * رحيل الأسد» refuses a condition, not sets one).
 */
function keepingHimEnd(ctx: SentenceContext, end: number): number | undefined {
  // (Him named is asked below: where the keyword scan saw no name of his, nothing is looked up.)
  if (!ctx.may(ctx.classes.assad.ref)) return undefined;
  const any = ANY_KEEPING_AFTER.exec(ctx.normal.slice(end, ctx.s.end));
  if (!any) return undefined;
  const verb = end + any.index + any[0].length;
  const { assad } = ctx.classes;
  const near = (h: Hit) => ctx.words.within(verb, h.index, ANY_NOT_REACH) && !crossesPunctuation(ctx, verb, h.index);
  const keep = [...ctx.find(assad.stay, verb, ctx.s.end), ...ctx.find(assad.role, verb, ctx.s.end)].filter(near);
  if (keep.length === 0 || !ctx.find(assad.ref, verb, ctx.s.end).some(near)) return undefined;
  return Math.max(...keep.map((h) => h.index + h.text.length));
}

/**
 * «وإلا» (or «، إلا») closing a demand or a deadline, «فإنه» and one verb allowed, right before a word of attending
 * («أمهل الائتلاف المنظمة حتى المساء لسحب الدعوة، وإلا فإنه سيسحب مشاركته», «… وإلا فإنه سيسحب موافقته على الحضور»). Not «إلا» alone after a negation
 * («لن يشارك إلا …», "only"), which the words of condition read.
 */
const OTHERWISE_ATTEND_BEFORE =
  /(?:(?:^|[\s"«])و|[،,]\s*"?)الا\s+(?:[فو]?ان(?:ه|ها|نا|هم|(?:\s+ال[\u0621-\u064A]+){1,2})\s+)?"?(?:[فو]?(?:لن|لا)\s+|س[يتن](?:نسحب|قاطع|علق|سحب|لغي|شارك|حضر|ذهب|عيد\s+النظر)[\u0621-\u064A]*\s+(?:موافقت[\u0621-\u064A]*\s+علي\s+)?)?"?$/;

/**
 * «إما (أن) …، أو» up to sixteen words before a word of attending, in one sentence: «إما أن نشارك بوفد مستقل أو
 * |نقاطع المؤتمر», «إما أن نحضر …، أو لن |نحضر», «فإما وفد كردي مستقل أو لا |مشاركة». «لن/لا» (group 1) or a word
 * of staying away (STAYING_AWAY) makes the second member the refusal; not «إما الحرب أو |المفاوضات», a choice. Not
 * «أما … فـ» ("as for"), whose answer opens with «ف».
 */
const EITHER_OR_BEFORE =
  /(?:^|[\s"«])[وف]?اما\s+(?!(?:[^.؛:!?؟"«»]+\s)?[وف](?:ان|انه|انها|قد|لم|لن|لا|هو|هي|هذا|هذه|ذلك|هم)\s)[^.؛:!?؟"«»]+?\s*[،,]?\s+او\s+((?:لن|لا)\s+)?$/;
/** A word of staying away: boycotting or walking out («نقاطع», «مقاطعة», «الانسحاب»). */
const STAYING_AWAY = /قاطع|نسحاب|نسحب/;
/**
 * A word of deciding or weighing in the clause before «إما»: a choice told, not terms set («لم تحسم الهيئة بعد إما
 * أن تشارك أو تقاطع»). (A choice put right before it, «أمام خيارين: إما …», is CHOICE_BEFORE.)
 */
const DECIDING_BEFORE = /(?:^|\s)[وف]?(?:ال|ب)?(?:حسم|[يت]حسم|قرر|[يت]قرر|قرار|تردد|[يت]تردد|[يت]درس|دراسه|مفترق)(?:\s|$)/;

/** Where «إما» before attending `a` begins (EITHER_OR_BEFORE), not a choice told (DECIDING_BEFORE, CHOICE_BEFORE). */
function eitherBefore(ctx: SentenceContext, a: Hit): number | undefined {
  const from = windowStart(ctx, a.index, 16, false);
  const m = EITHER_OR_BEFORE.exec(ctx.normal.slice(from, a.index));
  if (!m || (m[1] === undefined && !STAYING_AWAY.test(a.text))) return undefined;
  const either = from + m.index;
  const before = ctx.normal.slice(windowStart(ctx, either, 6), either);
  return DECIDING_BEFORE.test(before) || CHOICE_BEFORE.test(before) ? undefined : either;
}

/** Where «وإلا» before attending `a` begins (OTHERWISE_ATTEND_BEFORE): what was demanded before it is the condition. */
function otherwiseBefore(ctx: SentenceContext, a: Hit): number | undefined {
  const from = windowStart(ctx, a.index, 6, false);
  const m = OTHERWISE_ATTEND_BEFORE.exec(ctx.normal.slice(from, a.index));
  return m ? from + m.index : undefined;
}

/**
 * A verb opening the sentence («وأمهل», «وطالبت», «وكان … قد»), «و» or «ف» on it allowed, no clause boundary between
 * it and «وإلا»: not a preposition, a particle or a noun with the article («وفي», «ومن», «الائتلاف»).
 */
const SENTENCE_VERB =
  /^[\s"«]*((?!(?:[وف]?(?:في|من|علي|الي|عن|مع|بعد|قبل|اذا|لكن|ان|انه|انها|اما|كما|لذلك|حيث|بينما|فيما)|[وف]?ال[\u0621-\u064A]*)(?![\u0621-\u064A]))[وف]?[\u0621-\u064A]{3,})(?=\s)[^.؛:!?؟"«»]*$/;

/**
 * A verb of demanding or of giving a deadline in the clause before «وإلا», the last one, and the rest of the clause
 * up to «وإلا»: «بعدما أمهل الائتلاف المنظمة حتى المساء لسحب الدعوة، |وإلا …».
 */
const DEMAND_OR_DEADLINE =
  /(?:^|\s)([وف]?(?:امهل|امهلت|امهلوا|يمهل|تمهل|طالب|طالبت|طالبوا|يطالب|تطالب|اشترط|اشترطت|اشترطوا|يشترط|تشترط))\s(?![^.؛:!?؟]*\s[وف]?(?:امهل|طالب|اشترط|[يت](?:مهل|طالب|شترط))[\u0621-\u064A]*\s)[^.؛:!?؟]*$/;

/** A word opening a clause of time right before a verb: «بعدما», «بعد أن», «عندما», «حين». */
const TIME_CLAUSE_OPENS = /(?:^|\s)[وف]?(?:بعدما|بعد\s+ان|عندما|حينما|حين|لما|منذ\s+ان)\s+$/;

/** The last verb of demanding or of giving a deadline before `pos` in its sentence (DEMAND_OR_DEADLINE). */
function demandBefore(ctx: SentenceContext, pos: number): Hit | undefined {
  const from = Math.max(ctx.s.start, pos - 200);
  const m = DEMAND_OR_DEADLINE.exec(ctx.normal.slice(from, pos));
  if (!m) return undefined;
  return { index: from + m.index + m[0].indexOf(m[1]!), text: m[1]! };
}

/** The verb opening the sentence before `pos` (SENTENCE_VERB), if there is one. */
function sentenceVerb(ctx: SentenceContext, pos: number): Hit | undefined {
  const m = SENTENCE_VERB.exec(ctx.normal.slice(ctx.s.start, pos));
  if (!m) return undefined;
  return { index: ctx.s.start + m[0].indexOf(m[1]!), text: m[1]! };
}

/** Attending `a`, refused, of talks whose negated relative clause names his going: where the clause ends. */
function refusedAnyNot(ctx: SentenceContext, a: Hit, end: number): { end: number; p: Polarity } | undefined {
  // «لن تقبل بعملية انتقالية لا تفضي إلى رحيل الأسد»: accepting a transition is not attending talks.
  if (ACCEPTING_WORD.test(a.text)) return undefined;
  const any = ANY_NOT_AFTER.exec(ctx.normal.slice(end, ctx.s.end));
  const verbEnd = any ? end + any.index + any[0].length : -1;
  const go = any
    ? ctx
        .find(ctx.classes.assad.go, verbEnd, ctx.s.end)
        .find((g) => ctx.words.within(verbEnd, g.index, ANY_NOT_REACH) && !crossesPunctuation(ctx, verbEnd, g.index))
    : undefined;
  // («لن يشارك في أي مسار يبقي الأسد في السلطة»: talks keeping him, the same condition said the other way.)
  const kept = go ? undefined : keepingHimEnd(ctx, end);
  if (!go && kept === undefined) return undefined;
  const p = polarity(ctx, windowStart(ctx, a.index), a.index, end);
  if (p.void || !p.turned || p.conditioned) return undefined;
  return { end: go ? go.index + go.text.length : kept!, p };
}

/**
 * Rejecting the talks unless a demand is met («ورفض المعارضة لها في حال لم تتضمن رحيل الأسد», «ترفض المؤتمر ما لم
 * …»): the rejecter sets the condition.
 * Example: "وقال الائتلاف إنه يرفض المؤتمر ما لم يفرج عن المعتقلين" → [{rule: "compose.pre.refuse-unless", stance: "conditional"}]
 */
function refuseUnlessCues(ctx: SentenceContext, out: Cue[]): void {
  const { classes, words } = ctx;
  if (!ctx.may(classes.polarity.rejection) || !ctx.may(classes.preconditions.attendCondition)) return;
  const talks = ctx.hits(classes.preconditions.talks).filter((t) => !MEETING.test(t.text));
  if (talks.length === 0) return;
  const markers = ctx.hits(classes.preconditions.attendCondition);
  for (const r of ctx.hits(classes.polarity.rejection)) {
    const end = r.index + r.text.length;
    const m = markers.find(
      (m) => m.index >= end && words.within(end, m.index, 4) && !crossesPunctuation(ctx, end, m.index, SUBORDINATE.test(m.text)),
    );
    if (!m || !UNLESS.test(ctx.normal.slice(m.index, ctx.s.end))) continue;
    // What is rejected is the talks: named between, or a pronoun for them («رفضها», «رفض المعارضة لها»).
    const between = ctx.normal.slice(r.index, m.index);
    const talksBetween = talks.some((t) => t.index >= end && t.index < m.index);
    if (!talksBetween && !/ها$/.test(r.text) && !/(?:^|\s)(?:لها|له|لهما)(?:\s|$)/.test(between)) continue;
    // «ترفض مشاركة إيران ما لم تسحب ميليشياتها»: her taking part is what is refused unless, read by the Iran passes.
    if (ctx.iranMentions().some((h) => h.index > end && h.index < m.index)) continue;
    const p = polarity(ctx, windowStart(ctx, r.index), r.index, end);
    if (p.void || p.turned) continue;
    out.push(
      cue(ctx, "compose.pre.refuse-unless", "geneva2_preconditions", "conditional", r.index, m.index + m.text.length, {
        ...p,
        turned: false,
        verb: r,
      }),
    );
  }
}

/**
 * A verb or noun of demanding («طالب», «يطالبون», «مطالباً»), or a verb of insisting («أصرت الهيئة على رفع الحصار
 * قبل بدء المفاوضات»; not the noun «إصرار الوفد على …», whose owner follows it).
 */
const DEMANDING = /طالب|مطلب|^[وف]?(?:اصر|اصرت|اصروا|يصر|تصر|يصرون)$/;
/** «(قبل الجلوس) إلى الطاولة»: the table named after sitting, the talks themselves. */
const TO_THE_TABLE_AFTER = /^\s+(?:الي|علي)\s+الطاوله(?![\u0621-\u064A])/;
/** Words between the start of the talks («قبل بدء», «قبل أي») and the word naming them («العملية التفاوضية», «جولة»). */
const START_TO_TALKS = 2;

/**
 * A demand to be met before the talks start («وطالبت المعارضة بإجراءات لبناء الثقة قبل بدء المفاوضات», «تدعو إلى
 * فك الحصار قبل أي جولة جديدة في جنيف»): what must come first is a condition of the talks, set by the one demanding.
 * Example: "وطالب الائتلاف بالإفراج عن المعتقلين قبل انطلاق المفاوضات" → [{rule: "compose.pre.demanded-before-start", stance: "conditional"}]
 */
/** How many words before «قبل بدء …» the verb of demanding may stand (demandedBeforeStartCues). */
const DEMANDED_REACH = 14;

function demandedBeforeStartCues(ctx: SentenceContext, out: Cue[]): void {
  const { classes, words } = ctx;
  const starts = classes.preconditions.beforeStart;
  if (!starts || !ctx.may(starts) || !ctx.may(classes.preconditions.talks)) return;
  const talks = ctx.hits(classes.preconditions.talks).filter((t) => !MEETING.test(t.text));
  for (const b of ctx.hits(starts)) {
    const end = b.index + b.text.length;
    const t = talks.find(
      (t) => t.index >= end && words.within(end, t.index, START_TO_TALKS) && !crossesPunctuation(ctx, end, t.index, false),
    );
    // «يطالب بوقف الغارات قبل الجلوس إلى الطاولة»: sitting at the table is the talks, with no word of them after it.
    const table = !t && /الجلوس$/.test(b.text) ? TO_THE_TABLE_AFTER.exec(ctx.normal.slice(end, end + 24)) : null;
    if (!t && !table) continue;
    // Only a verb of demanding governs it («طالب», «تطالب»), not one of saying or of news («أكد أن الوفد سيصل قبل
    // بدء المفاوضات») nor a call to a step of the talks' own («دعا الوفدين إلى الاجتماع قبل بدء المفاوضات»); one
    // negated or denied («لم نطالب بشيء قبل بدء المفاوضات») states no condition.
    // (What is demanded may take a dozen words: «تطالب بوقف القصف الروسي على المدنيين ورفع الحصار عن المدن قبل …».)
    const p = polarity(ctx, windowStart(ctx, b.index, DEMANDED_REACH), b.index, end);
    if (p.void || p.turned || p.conditioned || !p.verb || !DEMANDING.test(p.verb.text)) continue;
    // («سيطالب بلقاء المبعوث الأممي قبل بدء المفاوضات»: a meeting asked for first is a step of the talks' own.)
    if (MEETING_DEMANDED_NEXT.test(ctx.normal.slice(p.verb.index + p.verb.text.length, b.index))) continue;
    // Iran named in between: what she must do first is her taking part's terms, read by the Iran passes.
    if (ctx.iranMentions().some((h) => h.index > p.verb!.index && h.index < b.index)) continue;
    const cueEnd = t ? t.index + t.text.length : end + table![0].length;
    out.push(cue(ctx, "compose.pre.demanded-before-start", "geneva2_preconditions", "conditional", b.index, cueEnd, p));
    // «أنقرة تؤيد مطالبة المعارضة بفك الحصار قبل انطلاق المحادثات»: the one backing the demand holds it as well.
    const backing = BACKING_VERB_BEFORE.exec(ctx.normal.slice(windowStart(ctx, p.verb.index, 2), p.verb.index));
    if (backing) {
      const verb = { index: p.verb.index - backing[0].length + backing[0].indexOf(backing[1]!), text: backing[1]! };
      out.push(
        cue(ctx, "compose.pre.demanded-before-start.backed", "geneva2_preconditions", "conditional", b.index, cueEnd, { ...p, verb }),
      );
    }
  }
}

/** A meeting or a session demanded right after the verb: «(يطالب) بلقاء …», «بعقد اجتماع», «بجلسة …». */
const MEETING_DEMANDED_NEXT = /^\s+ب(?:عقد\s+)?(?:ال)?(?:لقاء|اجتماع|جلسه|مشاورات)(?![\u0621-\u064A])/;

function termsOfOther(ctx: SentenceContext, end: number): boolean {
  const other = ctx.classes.preconditions.otherTerms;
  return (
    other !== undefined &&
    ctx.find(other, end, ctx.s.end).some(
      (h) =>
        OTHER_TERMS_GAP.test(ctx.normal.slice(end, h.index)) &&
        // «شروطه للحل وللمشاركة في جنيف»: attending joined to it.
        !ATTENDING_JOINED.test(ctx.normal.slice(h.index + h.text.length, h.index + h.text.length + 24)),
    )
  );
}

/** A verb of going on «في» («لن يستمر في …»), which attends only the talks named right after it. */
const CONTINUE_WORD = /ستمر(?:وا)?\s+في$/;
/** «لا معنى له(ا)», which says the talks pointless only with them named right before it. */
const MEANINGLESS_WORD = /معني\s+لها?$/;
/** «(لن يستمر في) هذا المسار»: the course of the talks, named by the demonstrative. */
const COURSE_AFTER = /^\s+(?:(?:هذا|ذلك)\s+)?(?:ال)?مسار(?![\u0621-\u064A])/;
/** How many words before «لا معنى له» the talks may be named («الحديث عن جولة جديدة في 25 شباط |لا معنى له»). */
const MEANINGLESS_REACH = 6;

/**
 * Whether a word of attending that needs the talks named beside it has them: going on in them or in their course
 * («لن يستمر في هذا المسار ما لم …», not «يستمر في القصف»), or the talks the subject of «لا معنى له» («الحديث عن
 * جولة جديدة لا معنى له ما لم …», not «أي حل سياسي لا معنى له إذا …»). Other words of attending always do.
 */
function namesItsTalks(ctx: SentenceContext, a: Hit, talks: readonly Hit[]): boolean {
  const end = a.index + a.text.length;
  if (CONTINUE_WORD.test(a.text))
    return (
      COURSE_AFTER.test(ctx.normal.slice(end, Math.min(ctx.s.end, end + 24))) ||
      talks.some((t) => t.index >= end && !MEETING.test(t.text) && ctx.words.within(end, t.index, 2))
    );
  if (MEANINGLESS_WORD.test(a.text))
    return talks.some((t) => {
      const tEnd = t.index + t.text.length;
      return (
        tEnd <= a.index &&
        !MEETING.test(t.text) &&
        ctx.words.within(tEnd, a.index, MEANINGLESS_REACH) &&
        !crossesPunctuation(ctx, tEnd, a.index)
      );
    });
  return true;
}

/** A word of returning («العودة», «يعود», «ستعود»). */
const RETURN_WORD = /عود/;
/** A verb of leaving («يغادر», «ستغادر»). */
const LEAVE_WORD = /غادر/;
/** The noun of suspending («تعليق», «بتعليق»), which is also a comment. */
const SUSPEND_NOUN = /^[وب]?تعليق$/;
/** What makes «تعليق» a comment: «رسمي», «على», «من», «له/لها» right after it («لم يصدر تعليق رسمي على البيان»). */
const COMMENT_NEXT = /^\s+(?:رسمي|رسميا|علي|من|له|لها|لهم|فوري)(?![\u0621-\u064A])/;
/** Setting denied right before the word of conditions: «لم تضع |شروطاً», «لا يطرح أي |شروط». */
const SETTING_DENIED_BEFORE = /(?:^|[\s"«])[وف]?(?:لم|لا|لن)\s+[يتن]?(?:ضع|طرح|فرض|شترط)(?:ون|وا|ا)?\s+(?:اي\s+)?$/;
/** A judgement of conditions right after their word: «شروطاً| تعجيزية», «| غير واقعية». */
const JUDGED_CONDITIONS_NEXT =
  /^\s*(?:مسبقه\s+)?(?:ال)?(?:تعجيزيه|تعجيزيا|غير\s+(?:ال)?(?:مقبوله|واقعيه|منطقيه|مبرره)|مرفوضه|مستحيله)(?![\u0621-\u064A])/;
/**
 * A preposition right before: «على», «عن», «من», «في», «إلى»; or a pronoun or demonstrative «ما» is the predicate of
 * («وهو ما لم تفعله طهران», «وهذا ما لم يحدث»: what was not done, not "unless").
 */
const PREPOSITION_BEFORE = /(?:^|\s)(?:علي|عن|من|في|الي|ب|ل|[وف]?(?:هو|هي|هذا|هذه|ذلك|تلك))\s+$/;
/** «و(لل)مشاركة», «وحضور»: attending joined by «و» right after. */
const ATTENDING_JOINED = /^\s+و(?:لل|ل|ب)?(?:ال)?(?:مشاركه|حضور|ذهاب|تفاوض|مفاوضات|مؤتمر)/;
/** Between a condition and the other thing it is on: spaces, or «لأي» («كشرط لأي تسوية»). */
const OTHER_TERMS_GAP = /^\s+(?:[لب]?(?:اي|ايه)\s+)?$/;
const MEETING = /^[وفبل]*(?:ال)?اجتماع$/;
const DEMANDS = /^[وفبل]*(?:ال)?مطالب[\u0621-\u064A]*$/;
/**
 * Put, raised or discussed at the talks, then «لا/وليس قبلها» (or «خارجها») within the clause: what the conditions
 * named before it are kept for («الشروط توضع على طاولة التفاوض لا قبلها», «المطالب تطرح داخل المفاوضات وليس خارجها»).
 */
const ON_THE_TABLE_NOT_BEFORE =
  /^(?:\s+[^\s،,.؛:]+){0,2}?\s+(?:توضع|تطرح|تبحث|تناقش|تعرض|مكانها|محلها)\s+(?:[^\s.؛:،,]+\s+){1,5}?[،,]?\s*[وف]?(?:لا|ليس)\s+(?:قبل|خارج)(?:ها|ه)?(?![\u0621-\u064A])/;
/**
 * Everyone, each party or a pronoun right before a bare «مطالب»: the passive participle, required of them («فالجميع
 * مطالب بالعودة», «كل طرف مطالب بـ»); not demands (preconditionCues).
 */
const REQUIRED_OF_SUBJECT_BEFORE = /(?:^|\s)[وف]?(?:الجميع|الكل|كل\s+(?:طرف|الاطراف|جهه|دوله)|هو|نحن|انتم|انت)\s+$/;

/** Carrying or backing demands right before them («حاملاً مطالب», «نقف مع مطالب», «دعم مطالب»). */
const DEMANDS_CARRIED_BEFORE =
  /(?:^|\s)"?[وف]?(?:حاملا|حامله|حاملين|حاملون|يحمل|تحمل|نحمل|سيحمل|ستحمل|سنحمل|(?:[يتن]?قف|وقفت|وقف|الوقوف|واقفه|واقفا)\s+(?:الي\s+جانب|مع)|دعم|دعمه|دعمها|تدعم|يدعم|ندعم|تاييد|تاييده|تاييدها|تؤيد|يؤيد|نؤيد|تساند|يساند|نساند|مسانده)(?:\s+(?:كل|كامل|جميع))?\s+$/;
/**
 * A finite verb of backing right before a demand («تؤيد |مطالبة المعارضة بـ…», «ندعم |مطلب الهيئة بـ…»): its own
 * subject, or the speaker, holds the demand too. (Not the nouns of DEMANDS_CARRIED_BEFORE, «دعم مطالب …», whose
 * owner is after them.)
 */
const BACKING_VERB_BEFORE = /(?:^|\s)"?[وف]?((?:[يتن]|س[يتن])(?:دعم|ؤيد|ساند)(?:ون|ان)?|دعمت|دعموا|ايد|ايدت|ايدوا|ساندت|ساندوا)\s+$/;

/** A word of hanging on something («مرهون», «رهن», «مشروط»), not of setting conditions. */
const HANGS_ON = /^[وفبل]*(?:مرهون|رهن|رهنا|مشروط|رهين)[\u0621-\u064A]*$/;
/** The talks' success or outcome a few words before a word of condition («نجاح الحوار يبقى مرهوناً بـ»). */
const SUCCESS_BEFORE = /(?:^|\s)"?[وف]?(?:ال)?(?:نجاح|فشل|نتائج|نتيجه|ثمار)(?:ه|ها)?(?:\s+[^\s،,.؛:]+){0,3}\s+$/;
/**
 * The invitation up to four words before a word of hanging on («الدعوة يجب أن تبقى |مشروطة», «دعوة إيران |مشروطة»),
 * not accepted or answered («قبول الدعوة»), nor any invitation so described («لن تقبل أي دعوة |مشروطة»: an adjective).
 */
const INVITATION_BEFORE =
  /(?:^|\s)(?<!(?:قبول|تلبيه|يقبل|تقبل|نقبل|يلبي|تلبي|نلبي|اي)\s)"?[وف]?(?:(?:الدعوه|دعوتها|دعوته|دعوتهم)(?:\s+[^\s،,.؛:]+){0,4}?|دعوه(?:\s+[^\s،,.؛:]+){1,4}?)\s+"?$/;
/**
 * The talks' success or outcome, the object of a verb of tying (after its subject, at most three words): «ربط |نجاح
 * المؤتمر بحضور …», «ربطت الخارجية الروسية |نجاح المؤتمر بـ…».
 */
const SUCCESS_AFTER = /^(?:\s+[^\s،,.؛:]+){0,3}?\s+"?(?:ال)?(?:نجاح|فشل|نتائج|نتيجه|ثمار)(?![\u0621-\u064A])/;

/** «دون تحقيق», «بدون تلبية», «من دون الاستجابة لـ» right before a word of condition: the conditions stand, unmet. */
const UNMET_BEFORE =
  /(?:^|\s)(?:من\s+)?ب?دون\s+(?:ال)?(?:تحقيق|تحقق|تلبيه|تنفيذ|تطبيق|استجابه|تحقيقها|تلبيتها)(?:\s+(?:اي|كل|كامل|جميع))?\s+$/;

/** A verb of setting, presenting or imposing (not the verbal noun: «طرح شروط» names no subject), at most two words (an adverb, «أخرى») before a word of condition. */
const SETTER_BEFORE =
  /(?:^|\s)[وف]?(?:قد\s+(?:وضع|طرح|فرض)|(?:قد\s+)?(?:وضعت|يضع|تضع|نضع|وضعوا|يضعون|قدم|قدمت|يقدم|تقدم|نقدم|قدموا|طرحت|يطرح|تطرح|نطرح|فرضت|يفرض|تفرض|نفرض|حدد|حددت|يحدد|تحدد|نحدد))((?:\s+[^\s،,.؛:]+){0,2}(?:\s+(?:اي|ايه))?)\s*$/;

/**
 * The words between a verb of rejecting and its object: the subject right after the verb, then where, when or how
 * it said so in four words at most («في بيان أصدرته أمس», «خلال مؤتمر صحفي», «عبر المتحدث باسمها»), group 1 the
 * subject (not a relative clause: «في بيانها أمس اتهامات واشنطن التي وضعت شروطاً» names another's conditions).
 */
const SUBJECT_THEN_ADVERBIAL =
  /^\s+([^\s،,.؛:!?؟"«»][^،,.؛:!?؟"«»]{2,70}?)\s+(?:في|خلال|عبر|امام|علي\s+لسان)(?:\s+(?!(?:التي|الذي|الذين)\s)[^\s،,.؛:!?؟"«»]+){1,4}\s*["«“]?\s*$/;

/**
 * The verb of rejecting that governs the word of condition at `pos` across its subject and an adverbial
 * (SUBJECT_THEN_ADVERBIAL), the subject naming a party: «رفضت هيئة التنسيق في بيان لمكتبها التنفيذي الشروط المسبقة».
 */
function rejectionOverSubject(ctx: SentenceContext, pos: number): Hit | undefined {
  const from = windowStart(ctx, pos, 16);
  const verb = ctx.find(ctx.classes.polarity.rejection, from, pos).at(-1);
  if (!verb) return undefined;
  const end = verb.index + verb.text.length;
  const m = SUBJECT_THEN_ADVERBIAL.exec(ctx.normal.slice(end, pos));
  if (!m) return undefined;
  // (The subject is a party's name and nothing more: not «رفض الائتلاف دعوة موسكو للمشاركة في لقاء … دون شروط», whose
  // object comes before the adverbial.)
  const subjectStart = end + m[0].indexOf(m[1]!);
  const length = m[1]!.length;
  return mentionsIn(ctx, subjectStart, subjectStart + length).mentions.some((n) => n.start <= 1 && length <= n.end + 1) ? verb : undefined;
}

/** The verbal noun of setting or imposing, with «أي» after it, right before a word of condition («وضع | شروط»). */
const SETTING_NOUN_BEFORE = /(?:^|\s)[وفبل]?(?:ال)?(?:وضع|فرض|طرح|تحديد|املاء)(?:\s+(?:اي|ايه))?\s*$/;

/**
 * A verb of imposing read as a passive, the one it is imposed on («على …», one to three words) between it and the
 * word of condition («لا يمكن أن تُفرض على الحكومة السورية شروط مسبقة»): the conditions are its subject, and the
 * one named after «على» is no one who sets them.
 */
const IMPOSED_ON_BEFORE = /(?:^|\s)[وف]?(?:تفرض|يفرض|فرضت|توضع|يوضع|وضعت)\s+(?:علي|امام)(?:\s+[^\s،,.؛:]+){1,3}\s*$/;

/**
 * Where the verbal noun of setting right before `pos` starts (SETTING_NOUN_BEFORE), or the passive verb of imposing
 * before it (IMPOSED_ON_BEFORE), if there is one: a setting that names no subject of its own.
 */
function settingNounBefore(ctx: SentenceContext, pos: number): number | undefined {
  const from = Math.max(ctx.s.start, pos - 16);
  const m = SETTING_NOUN_BEFORE.exec(ctx.normal.slice(from, pos));
  if (m) return from + m.index + m[0].length - m[0].trimStart().length;
  const wider = windowStart(ctx, pos, 5);
  const passive = IMPOSED_ON_BEFORE.exec(ctx.normal.slice(wider, pos));
  return passive ? wider + passive.index + passive[0].length - passive[0].trimStart().length : undefined;
}

/**
 * Coming with conditions («جاء بشروط مسبقة», «أتوا إلى جنيف بشروط») or carrying them («جاء إلى جنيف حاملاً شروطاً
 * مسبقة»): the one who comes sets them, as with a verb of setting, and holds them, not the one who reports it («قال
 * الجعفري إن وفد الرياض جاء بشروط مسبقة» is the Riyadh delegation's). A verb of coming only with «بـ» on the word of
 * condition, at most «إلى» and a place between them.
 */
const COMING =
  "[وف]?(?:قد\\s+)?(?:جاء|جاءت|جاءوا|جاؤوا|اتي|اتت|اتوا|ياتي|تاتي|ياتون|يات|تات|ياتوا|حضر|حضرت|حضروا|ذهب|ذهبت|ذهبوا)(?:\\s+(?:الي|علي)\\s+[^\\s،,.؛:]+)?";
const COMES_WITH_BEFORE = new RegExp(`(?:^|\\s)${COMING}\\s+$`);
/** Carrying them, the verb of coming before it if there is one (the setter, its subject the holder). */
const CARRYING_BEFORE = new RegExp(`(?:^|\\s)(?:${COMING}\\s+)?[وف]?(?:حاملا|حامله|حاملين|حاملون|يحمل|تحمل|يحملون)\\s+$`);

function setterBefore(ctx: SentenceContext, pos: number): Hit | undefined {
  const from = windowStart(ctx, pos, 5);
  // «\s*$» on the words before `pos` finds what «\s+$» found on them with a space added (the verb and the words
  // after it end in a letter), without the copy of the window the added space made.
  const before = ctx.normal.slice(from, pos);
  const m =
    SETTER_BEFORE.exec(before) ?? (ctx.normal.charCodeAt(pos) === 0x628 ? COMES_WITH_BEFORE.exec(before) : CARRYING_BEFORE.exec(before));
  if (!m) return undefined;
  return { index: pos - m[0].trimStart().length, text: m[0].trim() };
}

/**
 * A verb of threatening right before attending, walking out or a boycott («لوّحت بالانسحاب», «هدد بمقاطعة»); «ما
 * يسمى» opening the name between them is no word of it («هدد ما يسمى "الائتلاف الوطني السوري" بالانسحاب»).
 */
const THREAT_BEFORE =
  /(?:^|\s)[وف]?(?:لوح|لوحت|يلوح|تلوح|نلوح|هدد|هددت|يهدد|تهدد|نهدد|توعد|توعدت|يتوعد|تتوعد|تهديد|تهديده|تهديدها|تهديدهم|تلويح|تلويحه|تلويحها)((?:\s+ما\s+(?:يسمي|تسمي))?(?:\s+[^\s،,.؛:]+){0,4})\s*$/;

/** The threat named by a noun («تهديد», «تهديده», «تلويح»), at the head of what threatBefore found. */
const THREAT_NOUN = /^[وف]?(?:تهديد|تلويح)/;

/** A finite verb (not a verbal noun: «تعليق», «المشاركة»), its first word: «علّقت», «يرسل», «ستقاطع». */
const FINITE_VERB = /^[وف]?(?:س?[يتن](?!ال)[\u0621-\u064A]{2,}|(?:علق|قاطع|انسحب|ربط|رهن)(?:ت|وا)?)$/;
/** Only «و/ف» and a negation before it in its clause: the verb opens the clause. */
const CLAUSE_OPENS_WITH = /(?:^|[.!?؟:؛،,"«]\s*)(?:[وف]?(?:لن|لا|لم)\s+)?$/;

/** The word of attending itself, a finite verb opening its clause («وعلّقت الهيئة مشاركتها», «لن يرسل الائتلاف وفداً»). */
function openingVerb(ctx: SentenceContext, a: Hit): Hit | undefined {
  const first = a.text.split(/\s/).find((w) => !/^[وف]?(?:لن|لا|لم)$/.test(w)) ?? "";
  if (!FINITE_VERB.test(first)) return undefined;
  const before = ctx.normal.slice(Math.max(ctx.s.start, a.index - 12), a.index);
  const atStart = a.index - ctx.s.start <= 12 && /^[\s"«]*(?:[وف]?(?:لن|لا|لم)\s+)?$/.test(ctx.normal.slice(ctx.s.start, a.index));
  // (Not one whose complement or a preposition follows: «"لا تقبل أن تكون طهران …"», «"لن ينسحب من سوريا …"» have
  // their subject before them, not the name after.)
  const verbEnd = a.index + a.text.indexOf(first) + first.length;
  if (/^\s+(?:ان|بان|من|الي|في|عن|علي)\s/.test(ctx.normal.slice(verbEnd, verbEnd + 6))) return undefined;
  return atStart || CLAUSE_OPENS_WITH.test(before) ? { index: a.index, text: first } : undefined;
}

/** A verb of pointing out or adding, whose complement «إلى أن» opens («أشار إلى أن», «لافتاً إلى أن»). */
const POINTING_BEFORE =
  /(?:^|\s)[وف]?(?:[اينت]?شار|مشير|[يتن]?لفت|لافت|[يتن]?نوه|منوه|خلص|[يتن]خلص|توصل|[يتن]توصل|ذهب|[يتن]ذهب|[يتن]?دعا|داعي|اضطر|ادي|[يت]ؤدي|[يت]عود)[\u0621-\u064A]*\s+$/;
/** An imperfect verb, the passive «تم» allowed: «يلتزم», «تتوقف», «يتم رفع». */
const VERB_NEXT = /^\s+(?:[يتن][\u0621-\u064A]{2,})(?![\u0621-\u064A])/;

/** «إلى أن» (m) opening a clause of time («حتى»): a verb after it, no verb of pointing out before it. */
function untilClause(ctx: SentenceContext, m: Hit): boolean {
  const after = ctx.normal.slice(m.index + m.text.length, Math.min(ctx.s.end, m.index + m.text.length + 20));
  const before = ctx.normal.slice(Math.max(ctx.s.start, m.index - 16), m.index);
  return VERB_NEXT.test(after) && !POINTING_BEFORE.test(before);
}

/**
 * A word of time between the threat and what it threatens («هدد الائتلاف |يوم الاثنين| بالانسحاب», «لوّحت |أمس|
 * بالمقاطعة»): read as blank, so that it does not count among THREAT_BEFORE's words.
 */
const TIME_BETWEEN = /(?<=\s)(?:(?:يوم|مساء|صباح|ليل)\s+(?:ال)?(?:اثنين|ثلاثاء|اربعاء|خميس|جمعه|سبت|احد|امس)|امس|اليوم|مجددا|ايضا)(?=\s)/g;

function threatBefore(ctx: SentenceContext, pos: number): Hit | undefined {
  const from = windowStart(ctx, pos, 8);
  // «\s*$» without an added space, as in setterBefore; a word of time blanked to spaces keeps the offsets.
  const m = THREAT_BEFORE.exec(ctx.normal.slice(from, pos).replace(TIME_BETWEEN, (w) => " ".repeat(w.length)));
  if (!m) return undefined;
  return { index: pos - m[0].trimStart().length, text: m[0].trim() };
}

/**
 * Conditions being set, right after a marker of condition («إذا وضعت (أي) شروط», «في حال كانت هناك شروط»), or the
 * coming or the invitation made conditional («إذا كانت الدعوة مشروطة بـ…», «إذا كان حضورنا مرهوناً»), as cues.json
 * pre.if-then-attend leaves them.
 */
const SET_CONDITIONS_AFTER =
  /^\s+(?:ما\s+)?(?:وضعت|فرضت|طرحت|وضع|فرض|طرح|كانت|كان|وجدت|تم\s+وضع|تم\s+فرض)\s+(?:[^\s،,.؛:]+\s+){0,2}?(?:(?:اي\s+|ايه\s+)?(?:شروط|شرط|شروطا|شرطا)|مشروط|مشروطه|مشروطا|مرهون|مرهونه|مرهونا)(?![\u0621-\u064A])/;

/**
 * «ليس لها شروط (في المؤتمر)، إلا …»: the exception after a few words naming what the conditions are on, a comma
 * allowed; not «لا تخدم إلا …», «تعطل الحل ولا تخدم إلا …» («only»), a predicate of the conditions.
 */
const EXCEPT_AFTER =
  /^\s+(?!(?:[^\s.؛:!?؟]+\s+){0,3}?[وف]?(?:لا|لن)\s+[يت][\u0621-\u064A]+\s+[وف]?الا\s)(?:[^\s.؛:!?؟]+\s+){0,4}?[وف]?الا\s/;

/**
 * Right before «إذا», what makes it "whether", an indirect question: «عما», «عن ما», «حول ما», «بشأن ما» always; «في
 * ما»/«فيما» only after a word of thinking, asking, deciding or weighing and at most two words («والتفكير مليا في ما
 * إذا كانا يريدان مواصلة العملية», «لم يحسم بعد فيما إذا كان سيشارك»), since «فيما إذا» alone is also "in case"
 * («مشاركة الهيئة في المؤتمر فيما إذا وجهت الدعوة لها»).
 */
const WHETHER_BEFORE = new RegExp(
  `(?:(?:^|\\s)${WHETHER_ALWAYS}|(?:^|\\s)[وف]?(?:ال|لل|ب|بال)?(?:تفكير|يفكر|تفكر|يفكرا|يفكروا|نفكر|نظر|ينظر|تنظر|بت|يبت|تبت|حسم|يحسم|تحسم|تساؤل|يتساءل|تتساءل|تساءل|سؤال|يسال|تسال|سال|سالت|درس|يدرس|تدرس|دراسه|تقرير|يقرر|تقرر|قرار|يقررا|يقرروا|تحديد|يحدد|تحدد)(?:\\s+[^\\s،,.؛:!?؟]+){0,2}\\s+(?:في\\s+ما|فيما))\\s+$`,
);

/** What follows «حتى» (or «قبل») when it tells the time, not a condition: «حتى الآن», «حتى اليوم», «حتى 24 منه». */
const TIME_AFTER_UNTIL =
  /^\s+(?:(?:الان|اليوم|اللحظه|هذه\s+اللحظه|الساعه|هذا\s+الوقت|(?:ال)?(?:اول|ثاني|ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع|عاشر|حادي|عشرين|ثلاثين)|(?:مطلع|منتصف|نهايه|اواخر|اوائل)\s+(?:ال)?(?:شهر|عام|العام|سنه|السنه|الاسبوع|يناير|فبراير|مارس|ابريل|مايو|يونيو|يوليو|اغسطس|سبتمبر|اكتوبر|نوفمبر|ديسمبر|كانون|شباط|اذار|نيسان|ايار|حزيران|تموز|اب|ايلول|تشرين))(?![\u0621-\u064A])|[0-9٠-٩])/;

/**
 * A negation, then a verb or participle of hanging on, right before a word of condition («يجب ألا تعلق على أي |شرط»,
 * «لا ينبغي أن تتوقف على أي |شروط», «غير مرهونة بأي |شرط», «يجب ألا يرتبط بأي |شروط», «لا ينبغي أن يكون مرهوناً
 * بأي |شروط»): nothing is to hang on it, a condition refused.
 * («من دون أن تعلق على الشروط» is not spoken of, read by UNMENTIONED_BEFORE first.)
 */
const NOT_HANGING_ON =
  /(?:^|\s)[وف]?(?:لا|لن|الا|بالا|غير|ان\s+لا)\s+(?:(?:ان|يجب|ينبغي)\s+)?(?:(?:ان\s+)?[يت]كون\s+)?(?:[يت](?:علق|توقف|رتهن|رتبط)|(?:معلق|متوقف|مرهون|مشروط|مرتهن|مرتبط)[اهة]?)(?:\s+(?:المحادثات|المفاوضات|المشاركه|الحضور))?\s+(?:علي|ب|ل)\s*(?:اي|ايه)\s+$/;

/**
 * Her taking part right after the conditions, by «على»: «شروطا |على الحضور الإيراني», «شروط |على مشاركة إيران|»,
 * «|على دعوة طهران|».
 */
const ON_HER_TAKING_PART_AFTER =
  /^\s*"?\s+(?:ال)?(?:مسبقه\s+)?علي\s+(?:ال)?(?:حضور|مشاركه|دعوه|تمثيل|مقعد)\s+(?:ال)?(?:ايراني|ايرانيه|ايران|طهران)(?![\u0621-\u064A])/;

/**
 * A verb of negotiating or discussing right after the conditions, their predicate («الشروط |يتفاوض عليها|», «المطالب
 * |تناقش| على الطاولة», «الشروط |يجب أن تبحث| داخل القاعة»).
 */
const NEGOTIATED_AFTER =
  /^\s*"?\s+(?:(?:يجب|ينبغي|يمكن)\s+ان\s+)?(?:[يت]تفاوض\s+علي(?:ها|ه)|[يت]ناقش|[يت]بحث(?!\s+عن)|[يت]م\s+(?:التفاوض\s+علي(?:ها|ه)|بحثها|مناقشتها))(?![\u0621-\u064A])/;

/**
 * «دون أن يتطرق إلى», «من دون الإشارة إلى», «لم يتطرق إلى» and at most one word right before a word of condition:
 * the speaker did not speak of them, which neither sets nor refuses them («رحبت بقرار الائتلاف |من غير أن تعلق على|
 * الشروط التي تضمنها»).
 */
const UNMENTIONED_BEFORE =
  /(?:^|\s)(?:(?:(?:من\s+)?ب?دون|من\s+غير)\s+(?:ان\s+[يت](?:تطرق|شير|ذكر|تعرض|علق|تناول)|ال(?:تطرق|اشاره|تعرض|تعليق)|ذكر)|لم\s+[يت](?:تطرق|شر|ذكر|تعرض))(?:\s+(?:الي|عن|علي|ل))?\s+(?:[^\s،,.؛:]+\s+)?$/;

/** A condition left unmet: «ما لم», «إذا لم», «إن لم», «في حال لم», «إلا إذا», «إلا بعد», «دون تحقيق». */
const UNLESS =
  /^[وف]?(?:ما\s+لم|(?:اذا|ان|في\s+حال|في\s+حاله)\s+(?:ما\s+)?لم|الا\s+اذا|الا\s+بعد|الا\s+ب|ب?دون\s+(?:تحقيق|تلبيه|الاستجابه))(?![\u0621-\u064A])/;

/** Markers that open a subordinate clause, commonly after a comma («بالانسحاب من المؤتمر، في حال …»). */
const SUBORDINATE = /^[وف]?(?:في حال|في حاله|ما لم|الا اذا|اذا لم|ان لم|شرط|بشرط|شريطه)$/;

function crossesPunctuation(ctx: SentenceContext, from: number, to: number, commaOk = false): boolean {
  for (let i = from; i < to; i++) {
    const c = ctx.normal.charCodeAt(i);
    if (commaOk && (c === 0x60c || c === 0x2c)) continue;
    if (isClausePunctuation(c)) return true;
  }
  return false;
}

/** How he would go named right after the words of his going («لن يرحل إلا بالقوة»). */
function mannerAfter(ctx: SentenceContext, end: number): boolean {
  return ctx.find(ctx.classes.assad.manner, end, ctx.s.end).some((h) => ctx.words.within(end, h.index, 2));
}

/**
 * A negation within two words after `end`, in the same clause: the predicate of what ends there. One joined by «و»
 * opens a clause of its own («ليست مصرة على بقاء الأسد وليست هي من تقرر ذلك»).
 * («لن ينتهي الصراع إلا بخروج الأسد (من السلطة) دون شروط»: «(من) دون» is "without", the manner of what ends there, as
 * «بدون», «بلا» are, no predicate denying it; the predicate is looked for past it, «رحيله دون قيد أو شرط غير مطروح».)
 */
function negationAfter(ctx: SentenceContext, end: number): boolean {
  const without = WITHOUT_AFTER.exec(ctx.normal.slice(end, Math.min(ctx.s.end, end + 80)));
  const from = without ? end + without[0].length : end;
  return ctx.find(ctx.classes.polarity.negation, end, ctx.s.end).some(
    (h) =>
      h.index >= from &&
      ctx.words.within(from, h.index, 3) &&
      !crossesPunctuation(ctx, end, h.index) &&
      !/^و/.test(h.text) &&
      // «ربطت مشاركتها بعدم دعوة طهران», «بألا …»: a negation after «ب» is what is tied to, no predicate denying it.
      !/^[وف]?ب/.test(h.text) &&
      !/^(?:من\s+)?دون$/.test(h.text) &&
      // «حث الأطراف على عدم وضع شروط مسبقة |وعلى| عدم التصعيد»: nor one opening a second object of the verb governing it.
      !SECOND_OBJECT_BEFORE.test(ctx.normal.slice(Math.max(end, h.index - 8), h.index)) &&
      !NEITHER_NOR_AT.test(ctx.normal.slice(h.index, Math.min(ctx.s.end, h.index + 80))) &&
      negates(ctx.normal, h),
  );
}
/** «وعلى», «وعن», «وإلى» right before a word: a second object of the verb governing what comes before it. */
const SECOND_OBJECT_BEFORE = /(?:^|\s)و(?:علي|عن|الي)\s+$/;
/** Where or when a «لا … ولا …» pair lists (NEITHER_NOR_AT). */
const WHERE_OR_WHEN = "(?:في|من|علي|عن|الي|مع|قبل|بعد|خلال|ضمن|داخل|حاليا|الان|اليوم|مستقبلا|لاحقا)";
/**
 * «لا» before a preposition or an adverb of time, then «ولا» a few words on: the "neither … nor" of where or when
 * what comes before it is denied («لا يمكن أن نقبل بأي دور للأسد |لا في المرحلة الانتقالية ولا بعدها»), no
 * predicate denying what comes before it.
 */
const NEITHER_NOR_AT = new RegExp(
  String.raw`^لا\s+${WHERE_OR_WHEN}(?![\u0621-\u064A])(?:\s+[^\s،,.؛:]+){0,6}?\s*[،,]?\s+ولا\s+${WHERE_OR_WHEN}(?:ها|ه|هم)?(?![\u0621-\u064A])`,
);
/**
 * At most two words («من السلطة»), then «(من) دون» and what it goes without: «دون شروط», «دون أي شروط مسبقة», «من دون
 * قيد أو شرط».
 */
const WITHOUT_AFTER =
  /^(?:\s+[^\s،,.؛:]+){0,2}?\s+(?:من\s+)?دون(?:ما)?\s+(?:(?:اي|ادني)\s+)?[^\s،,.؛:]+(?:\s+(?:او|و)\s*[^\s،,.؛:]+)?(?:\s+مسبق[\u0621-\u064A]*)?(?=[\s،,.؛:"»]|$)/;

/**
 * A word of taking part with Iran named right after it as the one taking part («مشاركة طهران», «حضور إيران») in the
 * few words before `pos`, in its clause: what follows conditions her taking part. (Not Iran before the verb, «إيران
 * لن تشارك إذا …»: her own conditions on coming are conditions on the talks, CONTRACT.md.)
 */
function herTakingPartBefore(ctx: SentenceContext, attends: readonly Hit[], pos: number): boolean {
  return attends.some((a) => {
    const end = a.index + a.text.length;
    return (
      a.index < pos &&
      ctx.words.within(end, pos, 6) &&
      !crossesPunctuation(ctx, a.index, pos) &&
      ctx.iranMentions().some((h) => h.index >= end && h.index < pos && ctx.words.within(end, h.index, 0))
    );
  });
}

/**
 * «(قبل) أن يبدأ», «أن تنطلق» with nothing after it in its clause: the talks' own start; so is its noun with their
 * pronoun («فرض نتيجة الحوار قبل انطلاقه», «نسف المؤتمر قبل انعقاده»).
 */
const STARTS_ITSELF_AFTER =
  /^\s+(?:(?:ان\s+)?(?:[يت]بدا|[يت]بدء|[يت]نطلق|[يت]عقد|[يت]نعقد)|(?:انطلاق|بدء|بدئ|بدايت|انعقاد)(?:ه|ها))(?:\s*["»]?\s*(?:[.،,؛:!?؟]|$))/;

/** Iran named as the one attending, within three words before the verb. */
function iranBefore(ctx: SentenceContext, pos: number, end = pos): boolean {
  return ctx
    .iranMentions()
    .some(
      (h) => (h.index < pos && ctx.words.within(h.index + h.text.length, pos, 3)) || (h.index >= end && ctx.words.within(end, h.index, 1)),
    );
}

/** A verb of his going after «أن» («أن يغادر», «أن يتنحى»), its subject not named: he, named before, goes. */
const IMPLIED_GOER = /^[وف]?س?[يت](?:رحل|تنحي|غادر|ستقيل|خرج|تخلي)$/;
/** «أن» right before the verb. */
const THAT_RIGHT_BEFORE = /(?:^|\s)[وفب]?ان\s+$/;
/**
 * What follows a verb with no subject after it: a preposition or a word of time («أن يغادر في اليوم الأول»). (Not
 * the end of the sentence: «تقول القوى الغربية إنه يجب أن يرحل.» is mostly said by one the lexicon does not name.)
 */
const NO_SUBJECT_NEXT = /^\s+(?:في|من|قبل|بعد|فورا|الان|حالا|عن|خلال|عند|مع|اليوم|غدا)(?![\u0621-\u064A])/;

/**
 * His pronoun bound to what obliges him, then «أن», right before the verb: «عليه أن |يرحل», «(قال) إنه يجب أن |يتنحى»,
 * «لكنه لا بد أن |يغادر», «يجب عليه أن |يرحل» (the pronoun is the verb's subject, whatever follows it).
 */
const HIS_OBLIGATION_BEFORE =
  /(?:^|\s)[وف]?(?:عليه|(?:ان|لكن|بان)ه\s+(?:(?:يجب|ينبغي|يتعين)(?:\s+عليه)?|لا\s*بد(?:\s+له)?|من\s+(?:الضروري|المفروض|الواجب))|(?:يجب|ينبغي|يتعين)\s+عليه)\s+ان\s+$/;

/**
 * «لا نشترط أن يغادر في اليوم الأول», «(الأسد …) وعليه أن يرحل»: a verb of his going after «أن» whose subject is not
 * named after it, or is his pronoun bound to an obligation before it (HIS_OBLIGATION_BEFORE).
 */
/** The verb in the third person masculine, his («يرحل», not «ترحل»). */
const HE_GOES = /^[وف]?س?ي/;

function impliedSubject(ctx: SentenceContext, hit: Hit): boolean {
  const end = hit.index + hit.text.length;
  if (!IMPLIED_GOER.test(hit.text) || !THAT_RIGHT_BEFORE.test(ctx.normal.slice(Math.max(ctx.s.start, hit.index - 6), hit.index)))
    return false;
  if (NO_SUBJECT_NEXT.test(ctx.normal.slice(end, Math.min(ctx.s.end, end + 8)))) return true;
  if (!HE_GOES.test(hit.text)) return false;
  const before = ctx.normal.slice(Math.max(ctx.s.start, hit.index - 32), hit.index);
  const obligation = HIS_OBLIGATION_BEFORE.exec(before);
  if (!obligation) return false;
  const at = hit.index - before.length + obligation.index;
  return (
    // («إنه يجب أن يغادر المقاتلون الأجانب»: «إنه» of the matter, the subject after the verb.)
    !SUBJECT_NEXT.test(ctx.normal.slice(end, Math.min(ctx.s.end, end + 12))) &&
    // («إن كان عليه أن يرحل»: whether he must, asked.)
    !WHETHER_WAS_BEFORE.test(ctx.normal.slice(Math.max(ctx.s.start, at - 16), at + 1)) &&
    // («إن دي ميستورا يجب عليه أن يغادر»: the pronoun is the person named right before it.)
    !mentionsIn(ctx, windowStart(ctx, at, 3), at).mentions.some((m) => m.person && m.party !== "syrian_government")
  );
}
/** A definite noun right after the verb (not «إلى», «الآن»): the verb's own subject. */
const SUBJECT_NEXT = /^\s+ال(?!ي(?![\u0621-\u064A])|ان(?![\u0621-\u064A]))[\u0621-\u064A]/;
/** «إن كان», «ما إذا كان», «هل» right before «عليه»: whether he must, a question. */
const WHETHER_WAS_BEFORE = /(?:(?:^|\s)(?:ان|اذا|ما\s+اذا|عما\s+اذا)\s+كان|(?:^|\s)هل)\s+\S?$/;

/** A word with his pronoun («رحيله», «مصيره»), from the class of such forms. */
function isPronounForm(ctx: SentenceContext, hit: Hit): boolean {
  const m = ctx.classes.assad.pronoun.find(hit.text, 0, 1)[0];
  return m !== undefined && m.text.length === hit.text.length;
}

/**
 * «حول», «بشأن», «بخصوص» right before a word (what is spoken about), or «عن» after a word of speaking or asking
 * («تحدث عن», «سئل عن»; not «لن تتخلى عن دور الأسد», «لا بديل عن دوره»: a position's own «عن»).
 */
const TOPIC_OF_TALK_BEFORE =
  /(?:^|\s)(?:حول|بشان|بخصوص|حيال|ازاء|(?:[يت]?تحدث(?:ت|وا)?|ال?حديث|[يت]?سال(?:ت)?|سئل(?:ت)?|ال?سؤال|ال?اسئله)\s+عن)\s+$/;
/**
 * A word of agreeing or differing and its «على», the other side between («نتفق مع الإيرانيين على», «الخلاف على»,
 * «اختلفوا على»), right before a word of his role: the matter agreed or disputed, not a role wanted or refused.
 */
const AGREED_ON_BEFORE =
  /(?:^|\s)[وف]?(?:[نيت]?تفق|اتفق|اتفاق|[نيت]?توافق|توافق|[نيت]?ختلف|اختلف|اختلاف|خلاف|تباين)[\u0621-\u064A]*(?:\s+مع(?:\s+[^\s،,.؛:]+){1,3}?)?\s+علي\s+$/;
/** A relative clause or «وهو …» set off by commas right after a reference to him («، الذي استخدم الأسلحة …،»). */
const RELATIVE_ASIDE_AFTER_REF = /^\s*[،,]\s*(?:الذي|وهو|ومن)\s[^،,.؛:!?؟"]{1,120}[،,]/;
/** «بشأن», «بخصوص», «حيال», «إزاء» right before a word: what is spoken of, never what is wanted. */
const REGARDING_BEFORE = /(?:^|\s)(?:بشان|بخصوص|حيال|ازاء)\s+$/;
/** A word of being a partner («شريكاً», «شريك»). */
const PARTNER = /^[وفبلك]?شريك/;
/** A verb of ruling or leading the country, or of regaining legitimacy («يحكم سوريا», «يقود البلاد», «يستعيد شرعيته»). */
const RULING = /^[وف]?[يت](?:حكم|قود|ستعيد)\s/;
/** How he would rule, right after a verb of ruling: «بمفرده», «وحده», «بالقوة», «من دون …», «إلا إذا …». */
const RULED_HOW_AFTER = /^"?\s+(?:بمفرده|وحده|بالقوه|بقوه|من\s+دون|دون|بدون|بلا|الا\s+(?:ب|اذا))/;
/**
 * What one is a partner in, when it is a crime or a war: «(شريكة) في قتل السوريين», «في الحرب على الشعب السوري» (not
 * «في الحرب على الإرهاب»).
 */
const PARTNER_IN_HARM_AFTER =
  /^["»”]?\s+(?:في|ب)\s+(?:ال)?(?:قتل|جرائم|جريمه|سفك|مجازر|حرب(?!\s+علي\s+(?:ال)?ارهاب)|عدوان|قمع|تدمير|حصار|تهجير|دم|دماء|ذبح)(?![\u0621-\u064A])/;
/** Not on the table, the predicate after a cue: «ليس مطروحاً», «غير مطروحة», «ليست مطروحة للنقاش». */
const OFF_TABLE_AFTER = /^[^،,.؛:!?؟]*?(?:^|\s)"?(?:غير|ليس|ليست)\s+مطروح/;

/** Words between a word of taking part and Iran named after it («دعوة الأمم المتحدة لإيران»). */
const IRAN_AFTER = 3;
/** Words between Iran named and the verb of taking part after it («إيران يجب أن تشارك»), or the modal before it. */
const IRAN_BEFORE = 4;
/**
 * A modal, negated or not, with «أن» and a copula, right before a word of taking part: «إيران دولة معتدية ولا ينبغي
 * أن |تشارك», «إيران لاعب مهم ولا بد أن تكون |حاضرة», «إيران دولة مؤثرة، ومن مصلحة الحل أن تكون |على الطاولة». Iran's distance is counted to where it starts, as the words of
 * the modal say nothing of who takes part.
 */
const MODAL_BEFORE =
  /(?:^|\s)[وف]?(?:(?:(?:لا|لن|لم)\s+)?(?:[يت]?جب|ينبغي|بد|[يت]مكن|[يت]حق)(?:\s+(?:لها|لهم|له|من))?|(?:ليس\s+)?من\s+(?:مصلحه|المهم|الضروري)(?:\s+[^\s،,.؛:]+)?)\s+(?:ان|الا)(?:\s+(?:[يت]كون|تبقي))?\s+$/;

/**
 * Where the modal right before `pos` (`modal`, from modalBefore) starts, or `pos`: unless a negation stands between
 * `after` and it, whose predicate («إيران ليست طرفاً محايداً ولا يجب أن تشارك») the polarity would then count against
 * the verb.
 */
function modalStart(ctx: SentenceContext, modal: RegExpExecArray | null, after: number, pos: number): number {
  if (!modal) return pos;
  const start = Math.max(ctx.s.start, pos - 40) + modal.index;
  // «إيران تعتبر أن المعارضة يجب أن تشارك»: a clause of its own, with its own subject, between her and the modal.
  if (start > after && NEW_CLAUSE.test(ctx.normal.slice(after, start))) return pos;
  return start > after && ctx.find(ctx.classes.polarity.negation, after, start).some((h) => negates(ctx.normal, h)) ? pos : start;
}

/**
 * MODAL_BEFORE in the 40 characters before `pos` (modalStart reads its offset from there), and where the comma stands
 * when the modal is joined by «و» right after one («|، ويجب أن تكون»).
 */
function modalBefore(ctx: SentenceContext, pos: number): { start: RegExpExecArray | null; comma: number | undefined } {
  const from = Math.max(ctx.s.start, pos - 40);
  const start = MODAL_BEFORE.exec(ctx.normal.slice(from, pos));
  const at = start ? from + start.index : -1;
  const comma = start && /^\s*و/.test(start[0]) ? COMMA_BEFORE.exec(ctx.normal.slice(from, at)) : null;
  return { start, comma: comma ? from + comma.index : undefined };
}

/** «، بما فيها», «، ومنها», «، وفي مقدمتها» right before her name: she is one of the list the word before names. */
const INCLUDING_HER_BEFORE = /[،,]\s*(?:بما\s+(?:فيها|فيهم|في\s+ذلك)|و?منها|و?من\s+بينها|و?في\s+مقدمتها|و?علي\s+راسها)\s+$/;
/** A noun of taking part or invitation (not «تشمل», which includes her in anything): «مشاركة», «حضور», «دعوة». */
const LISTED_TAKING_PART = /مشارك|حضور|دعو|تمثيل/;
/** How many words after a word of her taking part or exclusion she may be named as one of its list. */
const INCLUDED_REACH = 12;

function iranCues(ctx: SentenceContext, out: Cue[]): void {
  const classes = ctx.classes.iran;
  if (!classes) return;
  // Every cue below starts from a word of her taking part or of her exclusion: where the keyword scan saw neither,
  // her names need not be looked for (nor the sentence's words looked up).
  if (!ctx.may(classes.exclude) && !ctx.may(classes.take)) return;
  // «إن بلاده تريد المشاركة»: the speaker's own country stands for Iran when the speaker is Iranian (checked
  // once the holder is known).
  const named = ctx.hits(classes.ref);
  const takes = ctx.hits(classes.take);
  // A word of taking part with her pronoun on it («حضورها», «دور لها في …»).
  const herTaking = takes.some((h) => HER_PRONOUN_WORD.test(h.text));
  // «قال ظريف: "نحن مستعدون للمشاركة"»: «we» stands for her so, as the subject of every word of taking part in the
  // sentence (none before it, none of her exclusion), where the sentence names her nowhere after it and no word of her
  // taking part carries her pronoun («ونحن نريدها أن تكون حاضرة» is the speaker's wish for her).
  // (Whether the speaker is Iranian is known only once the holder is: the cue is hers alone, selfOf.)
  const we =
    classes.we &&
    ctx.may(classes.we) &&
    ctx.hits(classes.exclude).length === 0 &&
    !herTaking &&
    // (Nor with a condition in the sentence, other than being invited: «قال الجربا: "نحن مستعدون للمشاركة إذا كان هدفه
    // رحيل الأسد"» sets terms on the talks, whoever says it.)
    ctx
      .hits(ctx.classes.polarity.condition)
      .every((c) => INVITED_IF_AFTER.test(ctx.normal.slice(c.index + c.text.length, c.index + c.text.length + 60)))
      ? ctx.hits(classes.we).filter(
          (w) =>
            // (Named before it only in the title of the one quoted: «قال وزير الخارجية الإيراني: "نحن …"», «… الإيراني إننا …».)
            named.every(
              (r) =>
                r.index < w.index &&
                (SPEAKER_TITLE_ENDS.test(ctx.normal.slice(r.index, w.index)) || ctx.words.within(r.index + r.text.length, w.index, 0)),
            ) &&
            !takes.some((h) => h.index < w.index) &&
            // («ونحن نريدها أن تكون حاضرة»: her pronoun on the verb between.)
            !HER_PRONOUN_BETWEEN.test(ctx.normal.slice(w.index, takes[0]?.index ?? w.index)),
        )
      : [];
  const own = classes.self ? ctx.hits(classes.self) : [];
  const self = we.length === 0 ? own : [...own, ...we];
  // A class's hits come in order of their index already: only the lists together need sorting.
  const refs = self.length === 0 ? named : [...named, ...self].sort((a, b) => a.index - b.index);
  // «إيران طرف في الحرب. لا يمكن أن نقبل بأي دور لها … إلا إذا سحبت …»: she named last in the sentence before, her
  // pronoun on a word of taking part here (read below only for her pronoun, only in a condition: the sentence before
  // is looked at only where a word of condition may stand and a word of taking part carries a pronoun).
  const herWord = refs.length === 0 && herTaking;
  const conditionedPrior = herWord && ctx.may(ctx.classes.polarity.condition) ? namedLastBefore(ctx, classes.ref) : undefined;
  // «وماذا عن إيران؟ موسكو تصر على حضورها», «ننتقل إلى إيران. الروس يصرون على دعوتها»: a short sentence before
  // that ends on her name (an interviewer's question, a change of subject) makes her the topic of this one: her
  // pronoun here stands for her with or without a condition.
  const topicPrior = herWord ? topicNamedBefore(ctx, classes.ref) : undefined;
  const prior = conditionedPrior ?? topicPrior;
  // «وجه بان كي مون دعوة إلى إيران … . وبعد يوم قرر الأمين العام سحب الدعوة»: the invitation withdrawn, named bare, is
  // the one to her the article told of just before.
  const excluded = ctx.hits(classes.exclude);
  const invitedEarlier = excluded.some((h) => BARE_INVITATION_AT_END.test(h.text)) ? herInvitationToldBefore(ctx, classes.ref) : undefined;
  if (refs.length === 0 && !prior && !invitedEarlier) return;
  const { words } = ctx;
  // Pushed one by one, as in assadCues (map() and a spread were deoptimised again and again).
  const words_: Array<{ hit: Hit; base: Stance; kind: string }> = [];
  for (const hit of excluded) words_.push({ hit, base: "oppose", kind: "exclude" });
  for (const hit of withdrawnInvitations(ctx, takes, excluded)) words_.push({ hit, base: "oppose", kind: "exclude" });
  for (const hit of takes) words_.push({ hit, base: "support", kind: "take" });
  const taken: Array<[number, number]> = [];
  const usedRefs = new Set<number>();
  for (const { hit, base, kind } of words_) {
    const end = hit.index + hit.text.length;
    // «أشاد بدعوة إيران إلى وقف إطلاق النار»: her call to something else, not her invitation to the talks.
    if (kind === "take" && INVITATION.test(hit.text) && NOT_TO_TALKS_AFTER.test(ctx.normal.slice(end, Math.min(ctx.s.end, end + 40))))
      continue;
    // «إيران تطالب بمقعد (دائم) في مجلس الأمن», «بمكان في المنظمة»: a seat in another body, not at the talks
    // («بمقعد في المؤتمر», «بمقعد على الطاولة» are).
    if (kind === "take" && seatElsewhere(ctx.normal, hit.index, end, ctx.s.end)) continue;
    // «إيران "شريكة في قتل السوريين"»: a partner in a crime or a war is an accusation, not a seat at the talks.
    if (kind === "take" && PARTNER.test(hit.text) && PARTNER_IN_HARM_AFTER.test(ctx.normal.slice(end, Math.min(ctx.s.end, end + 40))))
      continue;
    // «تعليقاً على الجدل حول دعوة إيران»: the controversy's topic, no one's position on it.
    if (kind === "take" && DEBATE_ABOUT_BEFORE.test(ctx.normal.slice(Math.max(ctx.s.start, hit.index - 32), hit.index))) continue;
    // «المؤتمر المقرر في سويسرا والذي لن تشارك فيه إيران»: her absence told in a relative clause on the meeting is a
    // fact of the meeting, no one's refusal of her.
    if (
      kind === "take" &&
      ABSENT_IN_RELATIVE_LEAD.test(ctx.normal.slice(Math.max(ctx.s.start, hit.index - 12), hit.index)) &&
      IN_IT_AFTER_WORD.test(ctx.normal.slice(hit.index, Math.min(ctx.s.end, end + 8)))
    )
      continue;
    // «سحب الدعوة التي وجهها إلى إيران»: Iran is counted from the end of the clause telling who invited her.
    const invitedBy =
      kind === "exclude" || INVITATION.test(hit.text) ? INVITED_BY.exec(ctx.normal.slice(end, Math.min(ctx.s.end, end + 40))) : null;
    const clauseEnd = invitedBy ? end + invitedBy[0].trimEnd().length : end;
    const from = kind === "exclude" ? clauseEnd : end;
    // «… إيران … سحب الدعوة التي كان قد وجهها إليها»: her pronoun after the clause, she named before it.
    // («تشترط السعودية لحضورها غياب إيران»: a noun of taking part with its owner's pronoun has no other owner after
    // it in its clause; Iran named next there is no one's taking part.)
    // («لا نرى مبرراً لاستبعاد أي دولة إقليمية مؤثرة عن المؤتمر، بما فيها إيران»: she named as one of what the word
    // is of, after «بما فيها», «ومنها», «وفي مقدمتها», further on.)
    // («اشترط الائتلاف لحضور المؤتمر |استبعاد| إيران»: nor she named past a word of her exclusion, whose she is.)
    const named =
      refs.find(
        (r) =>
          r.index >= end &&
          words.within(from, r.index, IRAN_AFTER) &&
          !(kind === "take" && excluded.some((x) => x.index >= end && x.index < r.index)),
      ) ??
      (invitedBy && HER_AFTER.test(ctx.normal.slice(clauseEnd, clauseEnd + 8)) ? findLast(refs, (r) => r.index < hit.index) : undefined) ??
      refs.find(
        (r) =>
          (kind === "exclude" || LISTED_TAKING_PART.test(hit.text)) &&
          r.index >= end &&
          words.within(from, r.index, INCLUDED_REACH) &&
          INCLUDING_HER_BEFORE.test(ctx.normal.slice(Math.max(end, r.index - 24), r.index)) &&
          !/[.؛;:!?؟]/.test(ctx.normal.slice(end, r.index)) &&
          // (Not a list closed by a comma, what is said of the word coming after it: «غياب بعض الأطراف، وفي مقدمتها
          // إيران، أمر مؤسف».)
          !/^[^\s\u0621-\u064A]*\s*[،,]/.test(ctx.normal.slice(r.index + r.text.length, r.index + r.text.length + 4)),
      );
    const after =
      named && named.index >= end && POSSESSED_TAKING_PART.test(hit.text) && !crossesPunctuation(ctx, end, named.index) ? undefined : named;
    // «الدعوة التي وجهها بان كي مون إلى إيران»: the invitation extended is the inviter's support, whatever the
    // clause around it says of it («… إذا لم يسحب الدعوة التي وجهها إلى إيران», «سحب الدعوة التي وجهها»).
    // «سحب الدعوة التي وُجهت إلى إيران», «أبدت استغرابها من الدعوة التي وجهت لإيران»: the invitation told by a
    // passive clause (no pronoun of the invitation on its verb, her name right after it), withdrawn or the object of a
    // preposition, names no inviter: no one is read as extending it. (Not the invitation as the subject judged, «إن
    // الدعوة التي وجهت إلى إيران خطوة صحيحة»: the judge holds it.)
    if (
      kind === "take" &&
      after &&
      invitedBy &&
      PASSIVE_INVITED.test(ctx.normal.slice(end, after.index)) &&
      WITHDRAWN_OR_GOVERNED_BEFORE.test(ctx.normal.slice(Math.max(ctx.s.start, hit.index - 24), hit.index))
    )
      continue;
    // «حث كيري الأمين العام على سحب الدعوة التي وجهها إلى طهران», «طالب الائتلاف بسحب الدعوة التي وجهها …»: the
    // withdrawal asked for or welcomed, its verbal noun governed by a preposition, is another's act; the pronoun on
    // «وجهها» goes back to the one asked (or to one named before), not to the subject who asks. So in «رحبت الرياض
    // بقرار الأمين العام سحب الدعوة التي وجهها …»: the decision's maker, not the one welcoming it.
    if (
      kind === "take" &&
      after &&
      invitedBy &&
      after.index > hit.index &&
      /^\s*$/.test(ctx.normal.slice(clauseEnd, after.index).replace(/(?:^|\s)(?:الي|ل)\s*$/, "")) &&
      WITHDRAWAL_ASKED_BEFORE.test(ctx.normal.slice(Math.max(ctx.s.start, hit.index - 24), hit.index))
    )
      continue;
    if (kind === "take" && after && (after.index < hit.index || INVITED_BY.test(ctx.normal.slice(end, after.index)))) {
      const invitedEnd = after.index < hit.index ? clauseEnd : after.index + after.text.length;
      out.push(
        cue(ctx, "compose.iran.take.invited", "iran_participation", "support", hit.index, invitedEnd, null, {
          heldByAgent: true,
          about: spanOf(after),
        }),
      );
      continue;
    }
    // An exclusion word covers the taking-part word inside it («سحب الدعوة»).
    if (taken.some(([a, b]) => hit.index < b && a < end)) continue;
    // «إذا لم تقبل إيران بيان جنيف فيجب سحب الدعوة», «حثت واشنطن إيران على دعم … وإلا فسيتم سحب الدعوة منها»: her
    // invitation withdrawn unless she does something is her taking part on that condition.
    if (kind === "exclude") {
      const unless = withdrawnUnlessShe(ctx, refs, hit.index, end);
      if (unless) {
        const at = Math.min(unless.at, hit.index);
        const p = polarity(ctx, windowStart(ctx, at), at, end);
        if (p.void || p.turned) continue;
        taken.push([hit.index, end]);
        out.push(
          cue(ctx, "compose.iran.exclude.unless-she", "iran_participation", "conditional", at, Math.max(end, unless.end), p, {
            about: spanOf(unless.ref),
          }),
        );
        continue;
      }
    }
    // The modal before the word and the comma before a modal joined by «و», looked for once per word (most words
    // have no name of hers before them, and are not looked at).
    let modal: { start: RegExpExecArray | null; comma: number | undefined } | undefined;
    const before = after
      ? undefined
      : findLast(refs, (r) => {
          const rEnd = r.index + r.text.length;
          if (rEnd > hit.index) return false;
          modal ??= modalBefore(ctx, hit.index);
          return (
            words.within(rEnd, modalStart(ctx, modal.start, rEnd, hit.index), IRAN_BEFORE) &&
            // «إيران جزء من الحل، ويجب أن تكون حاضرة»: a comma before a modal joined by «و» goes on with her.
            // «أن بلادها، وإن كانت مستعدة للحضور، …»: a concessive or circumstantial clause set off after her name
            // («، وإن كانت», «، ولو كانت», «، وهي») says it of her.
            (!crossesPunctuation(ctx, rEnd, modal.comma ?? hit.index) ||
              CONCESSIVE_AFTER_HER.test(ctx.normal.slice(rEnd, hit.index)) ||
              // «على كل الدول المؤثرة، بما فيها إيران، أن تشارك»: she among those named before her, set off by commas,
              // takes part as they do.
              (CLOSING_COMMA_AFTER.test(ctx.normal.slice(rEnd, hit.index)) && listedAmongBefore(ctx, r.index)))
          );
        });
    // «… مشاركة طهران بعد أن وجهت إليها الولايات المتحدة الدعوة»: her pronoun on the verb of inviting before it.
    // «إيران … ولا يمكن أن يكون لها مقعد»: her pronoun right before the word (what is said of it is read up to it).
    // «إيران دولة أساسية …، ونحن نريدها أن تكون حاضرة في جنيف»: her pronoun on a verb of wanting before «أن», she
    // named before it with no other party between.
    // (The verb of wanting is the cue's verb of position.)
    const wantedFrom = Math.max(ctx.s.start, hit.index - 32);
    const wantedHer = !after && !before && kind === "take" ? WANTED_HER_BEFORE.exec(ctx.normal.slice(wantedFrom, hit.index)) : null;
    const hersBefore =
      !after &&
      !before &&
      kind === "take" &&
      (HERS_BEFORE.test(ctx.normal.slice(Math.max(ctx.s.start, hit.index - 12), hit.index)) ||
        (wantedHer !== null && refs.some((r) => r.index < hit.index && !namesOtherParty(ctx, r.index + r.text.length, hit.index))));
    const herPronoun = hersBefore || (!after && !before && kind === "take" && herInvitationBefore(ctx, hit));
    // «إذا سحبت إيران الحرس الثوري …، عندها يمكن أن نقبل بوجودها», «إيران … لا نقبل بأي دور لها في المفاوضات إلا
    // إذا …»: her pronoun on the word of taking part, she named before it with no other party between (in the
    // sentence, or last in the one before): what she is let in on, kept only where a condition governs it.
    const pronounOnly =
      !after && !before && !herPronoun && kind === "take" && HER_PRONOUN_WORD.test(hit.text)
        ? (findLast(refs, (r) => r.index < hit.index && !namesOtherParty(ctx, r.index + r.text.length, hit.index)) ??
          (refs.some((r) => r.index < hit.index) ? undefined : prior))
        : undefined;
    // «رفضت واشنطن والرياض حضور طهران، فيما أصرت موسكو على دعوتها», «وافقت واشنطن على دعوة إيران، بعد أن طالبت
    // موسكو طويلاً بإشراكها»: her pronoun on a word of inviting or including her, in a clause of contrast or time with
    // a subject of its own (another party named between), stands for her, named right after a word of her taking part
    // in the clause before (none invites or includes itself).
    const inviting = !after && !before && !herPronoun && !pronounOnly && kind === "take" ? INVITING_HER.exec(hit.text) : null;
    const takenUp = inviting
      ? findLast(
          refs,
          (r) =>
            r.index < hit.index &&
            words_.some(({ hit: w }) => w.index < r.index && words.within(w.index + w.text.length, r.index, 0)) &&
            PLURAL_PEOPLE.test(r.text) === (inviting[1] === "هم") &&
            clauseOfOwnSubject(ctx, r.index + r.text.length, hit.index),
        )
      : undefined;
    const ref =
      after ??
      before ??
      (herPronoun ? findLast(refs, (r) => r.index < hit.index) : pronounOnly) ??
      takenUp ??
      (kind === "exclude" &&
      BARE_INVITATION_AT_END.test(hit.text) &&
      !INVITEE_NAMED_AFTER.test(ctx.normal.slice(end, Math.min(ctx.s.end, end + 30)))
        ? invitedEarlier
        : undefined);
    if (!ref) continue;
    // Named in the sentence before (or her invitation before that): the cue's words are the word of taking part alone.
    const inPrior = ref === prior || ref === invitedEarlier;
    // Iran named right after her exclusion («استبعاد إيران من حضور …») belongs to it, not to a word after it.
    const byPronoun = ref === pronounOnly && !after && !before && !herPronoun;
    // Her pronoun with her the topic the sentence before set (topicNamedBefore) stands for her in any position.
    // (Not past a feminine noun named before it in the sentence, «المعارضة», «السعودية», «الهيئة», which the pronoun
    // may stand for as well: «… وتطالب الائتلاف بحسم مشاركتها».)
    const onTopic = byPronoun && ref.index === topicPrior?.index && !FEMININE_NAMED_BEFORE.test(ctx.normal.slice(ctx.s.start, hit.index));
    if (!after && !herPronoun && !byPronoun && !takenUp && kind === "take" && usedRefs.has(ref.index)) continue;
    usedRefs.add(ref.index);
    const selfOf = self.includes(ref) ? "iran" : undefined;
    taken.push([hit.index, end]);
    // Her pronoun after the clause of inviting stands for her: the span is the withdrawal's own words.
    // (So does her pronoun in a clause of another subject: the span is that clause's word, the holder its subject.)
    const pronounFor = (after !== undefined && after.index < hit.index) || inPrior || ref === takenUp;
    const spanStart = pronounFor ? hit.index : Math.min(ref.index, hit.index);
    const spanEnd = pronounFor ? end : Math.max(ref.index + ref.text.length, end);
    const clause = windowStart(ctx, spanStart);
    // (Her pronoun on «مع», «ولن نجلس معها»: what is said of sitting with her is read up to the word, as of her seat.)
    const withHerWord = WITH_HER.test(hit.text);
    const withHer = byPronoun && withHerWord;
    const p0 = polarity(
      ctx,
      hersBefore || withHer ? windowStart(ctx, hit.index) : clause,
      before || hersBefore || withHer ? hit.index : spanStart,
      spanEnd,
    );
    if (p0.void) continue;
    // («ستسعى إلى إحراج طهران أكثر من التفاوض معها»: sitting or negotiating with her is a position only refused.)
    if (withHerWord && !p0.turned) continue;
    // («وإن قبول مشاركتها في أي تسوية "رهن بسحب قواتها"»: a predicate of being conditioned after it is a condition too,
    // she named in the sentence; not in the one before: «… إيران … . وأكدت السعودية أن مشاركتها … مرهونة» is hers.)
    // («تعتبر الدعوة "مشروطة بقبول إيران …"»: so is one right after the invitation, she named in what it is held on.)
    const hitEnd = hit.index + hit.text.length;
    const heldOnAfter =
      kind === "take" &&
      (HELD_ON_AFTER.test(ctx.normal.slice(spanEnd, Math.min(ctx.s.end, spanEnd + 120))) ||
        (ref.index > hitEnd && INVITATION.test(hit.text) && HELD_ON_AFTER.test(ctx.normal.slice(hitEnd, ref.index))));
    // («إيران دولة محتلة …، ولا يمكن أن نجلس معها»: sitting or negotiating with her, she named before in the sentence
    // with no other party between, is about her being there, condition or none.)
    if (
      byPronoun &&
      !onTopic &&
      !p0.conditioned &&
      conditionsAfter(ctx, spanEnd).length === 0 &&
      !(heldOnAfter && !inPrior) &&
      !(withHerWord && !inPrior)
    )
      continue;
    // «(يرى مراقبون أن) الرياض تخشى أن تتحول مشاركة إيران إلى …», «قلقها من حضور إيران»: her taking part feared
    // is no one's wish for it (and a fear is no stated position against it either).
    if (kind === "take" && FEAR_BEFORE.test(ctx.normal.slice(Math.max(ctx.s.start, hit.index - 40), hit.index))) continue;
    // «انتقد لافروف موقف واشنطن الرافض لمشاركة إيران», «رحب ظريف بموقف موسكو الداعي إلى مشاركتها»: the position named
    // by «موقف» is its owner's; the one criticising or welcoming it judges it (as for Assad's fate).
    const ownedBy = !inPrior && !byPronoun ? positionOf(ctx, windowStart(ctx, spanStart, 14), spanStart) : undefined;
    if (ownedBy) {
      ownedPositionCues(ctx, out, ownedBy, "iran_participation", `compose.iran.${kind}`, base as Stance, hit.index, spanEnd, spanOf(ref));
      continue;
    }
    // «استغرب مطلب الائتلاف استبعاد إيران»: the demand named by a noun is its owner's, as it stands; what is said
    // of the demand before it is another party's.
    const ownedDemand =
      p0.turned && !p0.conditioned && p0.verb !== undefined && DEMAND_NOUN.test(p0.verb.text) && !flippedAfter(ctx, p0.verb, spanStart);
    // «سحب بان كي مون الدعوة», «سحبت الأمم المتحدة دعوتها»: the withdrawal is itself the act of its subject.
    // (Not a subjunctive after «أن»: «إما أن تسحب الأمم المتحدة الدعوة أو …» is what another wants done.)
    const withdrew =
      kind === "exclude" &&
      !p0.verb &&
      !p0.turned &&
      !p0.conditioned &&
      !(/^[وف]?[يت]/.test(hit.text) && SUBJUNCTIVE_BEFORE.test(ctx.normal.slice(Math.max(ctx.s.start, hit.index - 8), hit.index))) &&
      (WITHDREW.exec(hit.text) ??
        (FINITE_WITHDRAWAL_BEFORE.test(ctx.normal.slice(Math.max(ctx.s.start, hit.index - 12), hit.index))
          ? WITHDREW_NOUN_FORM.exec(hit.text)
          : null));
    const wantedVerb = hersBefore && wantedHer && !p0.verb ? /[\u0621-\u064A]+(?:ها|ونها)(?=\s+(?:ان|بان)\s)/.exec(wantedHer[0]) : null;
    const p = ownedDemand
      ? { ...p0, turned: false }
      : withdrew
        ? { ...p0, verb: { index: hit.index, text: withdrew[0] } }
        : wantedVerb
          ? { ...p0, verb: { index: wantedFrom + wantedHer!.index + wantedVerb.index, text: wantedVerb[0] } }
          : p0;
    const demandOwner = ownedDemand ? { start: p0.verb!.index + p0.verb!.text.length, end: spanStart } : undefined;
    // Talk of her taking part («سيلتقيان لبحث مشاركة إيران») states no position unless it is rejected («رفض أي
    // حديث عن مشاركتها») or demanded («طالب ببحث دعوة إيران»).
    if (!p.turned && !(p.verb && DEMAND.test(p.verb.text)) && iranDiscussed(ctx, spanStart)) continue;
    // A rejection of conditions on her taking part («ترفض وضع أي شروط لمشاركتها») wants her there unconditionally.
    const conditionsRejected = p.turned && ctx.find(ctx.classes.preconditions.condition, clause, hit.index).length > 0;
    if (conditionsRejected) {
      out.push(
        cue(ctx, `compose.iran.${kind}.conditions-rejected`, "iran_participation", "support", spanStart, spanEnd, p, {
          about: spanOf(ref),
          selfOf,
        }),
      );
      continue;
    }
    // A condition whose clause is her taking part itself («في حال مشاركتها», «إذا حضرت إيران») names what would
    // happen if she came: refusing to come then makes her absence the condition (oppose); anything else is no
    // position on her taking part.
    if (
      p.conditioned &&
      kind === "take" &&
      (conditionOnHer(ctx, clause, hit.index) || SHE_CAME_IF.test(ctx.normal.slice(Math.max(clause, hit.index - 80), hit.index)))
    ) {
      // Her absence made the condition of one's own attending is also a condition on the talks (CONTRACT.md: «oppose,
      // and conditional on the talks»): «سننسحب من المؤتمر إذا حضرت إيران», «إذا دعيت إيران … فسنحزم حقائبنا».
      if (!p.turned && refusalGoverns(ctx.normal.slice(ctx.s.start, ctx.s.end), hit.index - ctx.s.start)) {
        out.push(
          cue(ctx, "compose.iran.take.absence-required", "iran_participation", "oppose", spanStart, spanEnd, p, {
            about: spanOf(ref),
            selfOf,
          }),
        );
        if (!selfOf)
          out.push(
            cue(ctx, "compose.pre.absence-required", "geneva2_preconditions", "conditional", spanStart, spanEnd, p, {
              about: spanOf(ref),
            }),
          );
      }
      continue;
    }
    // «تشترط على طهران شرطين لقبول حضورها»: the verb of position is itself one of setting conditions; «قبول إيران
    // شريكاً مرهون بسحب قواتها»: so is a predicate of being conditioned right after her taking part.
    const heldOn = !p.turned && heldOnAfter;
    const imposing =
      kind === "take" &&
      p.verb !== undefined &&
      IMPOSING_CONDITIONS_BETWEEN.test(ctx.normal.slice(p.verb.index + p.verb.text.length, hit.index));
    const conditionVerb =
      !p.turned && ((p.verb !== undefined && SET_CONDITION.test(p.verb.text)) || onTermsAfter(ctx, spanEnd) || heldOn || imposing);
    // Her exclusion inside a condition («لن نحضر ما لم تسحب الدعوة من إيران», «شرط استبعاد إيران») is what the
    // condition requires: her absence made a condition is oppose (CONTRACT), not a condition on her taking part.
    const absenceRequired = kind === "exclude" && (p.conditioned || conditionVerb);
    // «أن أعبر عن أسفنا لغياب الجمهورية الإسلامية الإيرانية»: her absence regretted or criticised wants her there.
    // (Not another's demand or decision to exclude her, criticised: its owner keeps its label, read below.)
    const exclusionDeplored =
      kind === "exclude" &&
      !absenceRequired &&
      !p.turned &&
      ABSENCE_WORD.test(hit.text) &&
      criticismBefore(ctx.normal, ctx.s.start, hit.index, ctx.lexicon) &&
      // (Not a regret denied: «لا يأسف لغياب إيران».)
      !REGRET_DENIED.test(ctx.normal.slice(Math.max(ctx.s.start, hit.index - 40), hit.index));
    const stance: Stance = absenceRequired
      ? p.turned
        ? "support"
        : "oppose"
      : p.conditioned || conditionVerb
        ? "conditional"
        : exclusionDeplored
          ? "support"
          : p.turned
            ? oppositeStance("iran_participation", base)!
            : base;
    // Taking part stated with no one wanting, refusing or conditioning it («إيران ستشارك», «إيران لا تشارك حتى
    // الآن») is news, not a position.
    // «طالبت بسحب الدعوة ما لم تعلن طهران قبولها …»: a condition between her exclusion and her name, she its subject.
    const conditions =
      kind === "exclude" && after !== undefined && after.index > end
        ? [...conditionsAfter(ctx, end).filter((h) => h.index < after.index), ...conditionsAfter(ctx, spanEnd)]
        : conditionsAfter(ctx, spanEnd);
    // Refusing to sit down with her («لن نجلس مع الإيرانيين»), Iran the partner after «مع», is a position of the one
    // who refuses, with no verb of position.
    // (Or her pronoun on «مع», she named before it: «إيران دولة محتلة، ولا يمكن أن نجلس معها».)
    const partnerRefused = p.turned && ((after !== undefined && PARTNER_WORD.test(hit.text)) || withHerWord);
    // Nor is it news when a predicate judges it («دعوة إيران تنسف المؤتمر»).
    const judged = p.turned && rejectedByPredicate(ctx, spanEnd);
    // «تلقت دعوة رسمية … وجهها وزير الخارجية الأمريكي», «وجهت إليها الولايات المتحدة وروسيا الدعوة»: the one who
    // extended the invitation wants her there.
    const extendedBy = kind === "take" && !p.verb && !p.turned && !p.conditioned ? extenderOf(ctx, hit) : undefined;
    if (extendedBy) {
      out.push(
        cue(ctx, "compose.iran.take.extended", "iran_participation", "support", hit.index, end, null, {
          about: spanOf(ref),
          owner: extendedBy,
        }),
      );
      continue;
    }
    // «قالت المتحدثة باسم الخارجية الإيرانية إن إيران "ستشارك بفاعلية"», «نقلت الوكالة عنه قوله إن بلاده ستشارك»:
    // her coming in the future tense, she its subject right before it, is news from anyone else but her own
    // announced taking part from an Iranian (held by the one who says it, never by her name as the verb's subject).
    if (
      kind === "take" &&
      !p.verb &&
      !p.turned &&
      !p.conditioned &&
      conditions.length === 0 &&
      before !== undefined &&
      OWN_FUTURE_COMING.test(hit.text) &&
      words.within(ref.index + ref.text.length, hit.index, 0)
    ) {
      out.push(
        cue(ctx, "compose.iran.take.own-coming", "iran_participation", "support", spanStart, spanEnd, p, {
          about: spanOf(ref),
          selfOf: "iran",
        }),
      );
      continue;
    }
    // A seat or a place of hers denied («لن يكون لها مقعد», «لا يمكن أن يكون لها مكان») is others' to give: a position.
    const hersDenied = hersBefore && p.turned;
    if (!p.verb && !p.conditioned && kind === "take" && conditions.length === 0 && !partnerRefused && !judged && !hersDenied && !heldOn)
      continue;
    // So is her absence named with no one wanting or rejecting it («غياب إيران عن المؤتمر سيجعل المحادثات شكلية»):
    // what follows judges it, and is not read here.
    if (!p.verb && !p.conditioned && !p.turned && kind === "exclude") continue;
    // «إيران تريد مقعداً على الطاولة», «أبدت طهران رغبتها في المشاركة»: she is the subject of her own wish, and holds
    // it; so she does what she says of her own taking part («أكدت طهران أن حضورها ضروري»).
    const ownWish =
      before !== undefined &&
      p.verb !== undefined &&
      ((ref.index < p.verb.index && OWN_WISH.test(p.verb.text) && words.within(ref.index + ref.text.length, p.verb.index, 1)) ||
        (ref.index > p.verb.index && words.within(p.verb.index + p.verb.text.length, ref.index, 0) && HER_OWN.test(hit.text))) &&
      // Not another's taking part («إيران تريد مشاركة حزب الله»): a bare noun before its owner.
      !CONSTRUCT_NOUN.test(hit.text);
    // «وكانت طهران قد أعلنت قبول الدعوة», «أعلنت طهران أنها ستشارك», «أعلن وزير الخارجية الإيراني … أنه سيشارك»: what
    // she announces of her own coming (accepting or welcoming the invitation, that she will attend) is hers.
    const announcedOwn =
      kind === "take" &&
      !p.turned &&
      !p.conditioned &&
      p.verb !== undefined &&
      ANNOUNCING.test(p.verb.text) &&
      (ref.index < p.verb.index
        ? words.within(ref.index + ref.text.length, p.verb.index, 1)
        : words.within(p.verb.index + p.verb.text.length, ref.index, 2)) &&
      ref.index + ref.text.length <= hit.index &&
      ((OWN_ACCEPTANCE_BEFORE.test(ctx.normal.slice(Math.max(ref.index + ref.text.length, p.verb.index + p.verb.text.length), hit.index)) &&
        INVITATION.test(hit.text)) ||
        (THAT_SHE_BEFORE.test(ctx.normal.slice(ref.index + ref.text.length, hit.index)) && OWN_FUTURE_COMING.test(hit.text)));
    const rule = `compose.iran.${kind}${absenceRequired ? ".required" : p.conditioned || conditionVerb ? ".conditioned" : p.turned ? ".turned" : withdrew ? ".withdrew" : ""}${byPronoun ? ".her-pronoun" : ref === takenUp ? ".taken-up" : ""}`;
    const finalStance: Stance =
      (conditions.length > 0 && (!p.turned || exceptionAmong(ctx, spanEnd, conditions))) ||
      // «لا مكان لإيران ما دامت قواتها تقاتل»: refused for as long as something lasts, accepted once it ends.
      // (Not refusing to sit down with her, «لن نجلس مع إيران ما دامت …», read as a refusal.)
      (p.turned && kind === "take" && !partnerRefused && WHILE_AFTER.test(ctx.normal.slice(spanEnd, Math.min(ctx.s.end, spanEnd + 80))))
        ? "conditional"
        : stance;
    if (byPronoun && !onTopic && finalStance !== "conditional" && !(partnerRefused && !inPrior)) continue;
    // «لكنها لا تقبل أن تربط مشاركتها بأي شرط»: the tying of her taking part to terms refused sets none.
    if (finalStance === "conditional" && REFUSED_TYING_BEFORE.test(ctx.normal.slice(windowStart(ctx, hit.index, 6), hit.index))) continue;
    out.push(
      cue(ctx, rule, "iran_participation", finalStance, spanStart, spanEnd, p, {
        about: ownWish || announcedOwn ? undefined : spanOf(ref),
        owner: demandOwner ?? ownerAfter(ctx, spanEnd),
        selfOf: ownWish || announcedOwn ? "iran" : selfOf,
      }),
    );
  }
}

/**
 * «أن|إن|بأن», then the subject of the verb after it: one to seven words, commas allowed («أن وزير خارجيتها، محمد جواد
 * ظريف، سيشارك»), no other «أن» among them.
 */
const THAT_SUBJECT_BEFORE = /(?:^|\s)(?:ب?ان|انه)\s+"?((?:(?!(?:ب?ان|انه|انها)\s)[^\s.؛:!?؟"]+[،,]?\s+){1,7})$/;
/** «أنه», «أنها» right before the verb: the subject is the one who says it. */
const THAT_HIMSELF_BEFORE = /(?:^|\s)ب?(?:انه|انها)\s+"?$/;
/** Her delegation or her country right after a verb of heading or representing: «(سيترأس) وفدها», «وفد بلاده», «(سيمثل) بلاده». */
const HER_DELEGATION_AFTER =
  /^\s+(?:وفدها|وفده|وفد\s+(?:بلاده|بلادها|ايران|طهران|الجمهوريه\s+الاسلاميه)|الوفد\s+الايراني|بلاده|بلادها|ايران|طهران)(?![\u0621-\u064A])/;
/** A verb of heading or representing («سيترأس», «سيقود», «سيمثل»), as against one of coming («سيشارك», «سيحضر»). */
const HEADING = /^[وف]?س[يت](?:تراس|راس|قود|مثل)$/;
/** A foreign minister by the pronoun of the one announcing («وزير خارجيتها», «وزير خارجيته»). */
const HER_OWN_TITLE = /(?:^|\s)[^\s]*(?:خارجيتها|خارجيته)(?:[،,]|\s|$)/;

/**
 * «وكانت إيران قد أعلنت أن وزير خارجيتها، محمد جواد ظريف، سيشارك في المحادثات», «أعلنت طهران أن وزير خارجيتها
 * سيترأس وفدها», «قالت الخارجية الإيرانية إن ظريف سيترأس وفد بلاده»: Iran announcing who will come for her, her
 * official by name or title (or «وزير خارجيتها», the announcer's own) coming, or anyone heading her delegation, in
 * the future tense after «أن/إن». Her own announced taking part (support), held only by an Iranian (selfOf): the
 * same words from another («قال لافروف إن ظريف سيشارك», «أعلنت موسكو أن لافروف سيترأس وفدها») are news or another's
 * delegation; the one coming is what it is about, never its holder.
 */
function ownDelegationCues(ctx: SentenceContext, out: Cue[]): void {
  const lead = ctx.classes.iran?.lead;
  if (!lead || !ctx.may(lead)) return;
  for (const hit of ctx.hits(lead)) {
    const end = hit.index + hit.text.length;
    // One read already by iranCues («أعلنت طهران أنها ستشارك», «إن بلاده ستشارك») is not read twice.
    if (out.some((c) => c.sentence === ctx.si && c.topic === "iran_participation" && c.start <= hit.index && end <= c.end)) continue;
    const from = Math.max(ctx.s.start, hit.index - 100);
    const before = ctx.normal.slice(from, hit.index);
    // «أعلن ظريف أنه سيترأس وفد بلاده»: the pronoun is the announcer himself, Iranian if he holds it.
    const himself = THAT_HIMSELF_BEFORE.test(before);
    const m = himself ? null : THAT_SUBJECT_BEFORE.exec(before);
    if (!himself && !m) continue;
    const subject = { start: m ? hit.index - m[1]!.length : hit.index, end: hit.index };
    const heading = HEADING.test(hit.text);
    const delegation = heading && HER_DELEGATION_AFTER.test(ctx.normal.slice(end, Math.min(ctx.s.end, end + 40)));
    // Heading something other than a delegation («سيترأس الاجتماع») is no coming.
    if (heading && !delegation) continue;
    const subjectText = ctx.normal.slice(subject.start, subject.end);
    const iranian =
      himself ||
      HER_OWN_TITLE.test(subjectText) ||
      ctx.find(ctx.classes.iran!.ref, subject.start, subject.end).length > 0 ||
      (ctx.classes.iran!.self !== undefined && ctx.find(ctx.classes.iran!.self, subject.start, subject.end).length > 0) ||
      iranNamed(ctx, subject);
    if (!delegation && !iranian) continue;
    const p = polarity(ctx, windowStart(ctx, subject.start), subject.start, end);
    if (p.void || p.turned || p.conditioned) continue;
    out.push(
      cue(ctx, "compose.iran.take.own-delegation", "iran_participation", "support", subject.start, end, p, {
        about: himself ? undefined : subject,
        selfOf: "iran",
      }),
    );
  }
}

/**
 * «قال ظريف: "كنا على أتم الاستعداد لحضور المؤتمر"», «قالت الخارجية الإيرانية إنها مستعدة لأداء دور إيجابي في محادثات
 * جنيف», «قال عراقجي إن بلاده ماضية في المشاركة», «أكدت البعثة الإيرانية استعدادها للمشاركة فيه», «إن الوفد الإيراني متوجه
 * إلى فيينا»: Iran's own readiness, wish or going (compose.iran.ready) for the talks, said by one of hers. Who is ready
 * is Iran named, the speaker's own country, «we», the pronoun after «إن/أن/لكن», or the subject of the verb before a
 * verbal noun with her pronoun («استعدادها»); the cue is held only by an Iranian (selfOf): the same words from another
 * («قال الجبير إن بلاده مستعدة للمشاركة») are that one's own readiness, and «قال ظريف إن السعودية مستعدة» names
 * another as the one ready (no cue). Readiness for something other than the talks («مستعدة لتقديم تنازلات»,
 * «للمساعدة في إنجاح الحل») is none, nor readiness denied («ليست مستعدة للمشاركة») or set on terms other than an
 * invitation.
 */
function ownReadinessCues(ctx: SentenceContext, out: Cue[]): void {
  const iran = ctx.classes.iran;
  const ready = iran?.ready;
  if (!iran || !ready || !ctx.may(ready)) return;
  for (const hit of ctx.hits(ready)) {
    const end = hit.index + hit.text.length;
    const forEnd = readyForTalks(ctx, end);
    if (forEnd === undefined) continue;
    // One read already by iranCues («إن بلاده مستعدة للمشاركة») is not read twice.
    if (out.some((c) => c.sentence === ctx.si && c.topic === "iran_participation" && c.start < forEnd && hit.index < c.end && !c.about))
      continue;
    const one = readyOne(ctx, hit);
    if (!one) continue;
    // («طهران تبدي أسفها وتقول إنها مستعدة», «لم تطلب الدعوة لكنها مستعدة»: a clause opened by «إن/أن/لكن» is
    // governed by nothing before it but a denial of it, «نفت أنها مستعدة».)
    const wide = windowStart(ctx, one.start);
    if (one.opens && ctx.find(ctx.classes.polarity.uncertain, wide, one.start).length > 0) continue;
    const p = polarity(ctx, one.opens ? one.start : wide, hit.index, forEnd);
    if (p.void || p.turned || p.conditioned || conditionsAfter(ctx, forEnd).length > 0) continue;
    out.push(cue(ctx, "compose.iran.ready", "iran_participation", "support", one.start, forEnd, p, { selfOf: "iran" }));
  }
}

/** The talks or the places they are held in, as named after a word of taking part or of helping. */
const TALKS_OR_VENUE = String.raw`(?:ال)?(?:مؤتمر|مفاوضات|محادثات|جنيف|فيينا|مونترو|لوزان|اجتماع|اجتماعات|جوله|جولات|حوار|طاوله|عمليه\s+(?:ال)?سياسيه|مسار)(?![\u0621-\u064A])`;
/**
 * Helping the talks succeed, playing a part in them or being part of them, the talks named within four words, right
 * after a word of readiness: «(مستعدة) للمساهمة في إنجاح المؤتمر», «لأداء دور بنّاء في مونترو», «(حريصة) على أن تكون
 * جزءاً من أي حوار»; or going to them, the talks or their city right after «إلى»: «(ذاهبة) إلى المحادثات»,
 * «(متوجه) إلى فيينا» (not «تتطلع إلى نجاح مؤتمر جنيف», looking forward to its success).
 */
const HELPING_TALKS_AFTER = new RegExp(
  String.raw`^\s*"?\s*(?:(?:(?:لل|ل|في\s+(?:ال)?|بال)(?:مساهمه|اسهام)|(?:ل|في\s+)(?:اداء|لعب)\s+دورا?|علي\s+ان\s+[تي]كون\s+(?:جزءا|طرفا)\s+من)(?:[\s"]+[^\s"،,.؛:!?؟]+){0,4}?[\s"]+(?:(?:في|من|الي)\s+)?|الي[\s"]+)(?:اي\s+)?"?${TALKS_OR_VENUE}`,
);
/**
 * What may stand between a word of readiness and the word of taking part: «(رغبتها) في (حضور)», «(تتطلع) إلى
 * (المشاركة)», «(حريصة) على أن (تكون حاضرة)».
 */
const READY_TO_TAKE_GAP = /^\s*"?\s*(?:في|علي|الي|(?:علي\s+|ل)?ان(?:\s+[تين]كون)?)?\s*"?\s*$/;
/** «في» and a place or matter other than the talks within two words after a word of taking part: «(للمشاركة) في الحرب على الإرهاب». */
const TAKING_PART_ELSEWHERE_AFTER = new RegExp(
  String.raw`^(?:\s+(?!في(?![\u0621-\u064A]))[^\s"،,.؛:!?؟]+){0,2}?\s+"?في\s+(?!(?:اي\s+|كل\s+)?${TALKS_OR_VENUE})[\u0621-\u064A]`,
);

/**
 * The end of what a word of readiness ending at `end` is for, when it is the talks: a word of taking part (iran.take)
 * right after it, not in something else nor another's («مستعدة لدعم مشاركة المعارضة» is not hers), or the talks helped
 * or gone to (HELPING_TALKS_AFTER).
 */
function readyForTalks(ctx: SentenceContext, end: number): number | undefined {
  const helping = HELPING_TALKS_AFTER.exec(ctx.normal.slice(end, Math.min(ctx.s.end, end + 120)));
  // («متوجه إلى نيويورك لحضور اجتماعات الجمعية العامة», «جزءاً من أي حوار إقليمي حول الأمن»: a meeting of another kind.)
  if (helping)
    return ANOTHER_KIND_AFTER.test(ctx.normal.slice(end + helping[0].length, Math.min(ctx.s.end, end + helping[0].length + 40)))
      ? undefined
      : end + helping[0].length;
  const take = ctx.find(ctx.classes.iran!.take, end, Math.min(ctx.s.end, end + 40))[0];
  if (!take || !READY_TO_TAKE_GAP.test(ctx.normal.slice(end, take.index))) return undefined;
  const takeEnd = take.index + take.text.length;
  const after = ctx.normal.slice(takeEnd, Math.min(ctx.s.end, takeEnd + 60));
  if (TAKING_PART_ELSEWHERE_AFTER.test(after) || MEETING_OF_ANOTHER_KIND_AFTER.test(after)) return undefined;
  // («حريصة على حضور السعودية»: another named as the one who takes part.)
  if (partiesIn(ctx, takeEnd, Math.min(ctx.s.end, takeEnd + 24)).some((m) => m.party !== "iran")) return undefined;
  return takeEnd;
}

/** The pronoun after «إن/أن/لكن», or «كنا», as the one ready: «إنها (مستعدة)», «لكنها (كانت مستعدة)», «كنا (على أتم الاستعداد)». */
const READY_PRONOUN_BEFORE =
  /(?:^|\s)"?[وف]?(?:(?<that>ب?ان|لكن|غير\s+ان|الا\s+ان)(?:ها|ه|نا)|كنا)(?:\s+"?(?!(?:ب?ان|لان|انه|انها|لكن|لكنها)(?![\u0621-\u064A]))[^\s"،,.؛:!?؟]+"?){0,3}\s*"?\s*$/;
/** A verbal noun of readiness with its owner's pronoun: «استعدادها», «رغبته», «استعدادنا». */
const OWN_READINESS_NOUN = /(?:استعداد|رغبت|حرص|جاهزيت)(?:ها|ه|نا|هم)$/;
/** Words that may stand between the one ready and the word of readiness: no clause of another's opens there. */
const READY_SUBJECT_GAP = /^(?:\s+"?(?!(?:ب?ان|لان|انه|انها|لكن|لكنها)(?![\u0621-\u064A]))[^\s"،,.؛:!?؟]+"?){0,3}\s*"?\s*$/;

/**
 * Where the one ready before the word of readiness `hit` is named, when it is Iran or may stand for her (readiness held
 * only by an Iranian, selfOf): her name, the speaker's own country or «we» (iran.ref, iran.self, iran.we) up to three
 * words before it, or the pronoun READY_PRONOUN_BEFORE (`opens`: after «إن/أن/لكن», which open a clause of their own);
 * or the word itself, a verbal noun with its owner's pronoun after a verb (its subject). Not with another party named
 * in the clause before it («قال ظريف إن السعودية …»; a place is no party: «السفير الإيراني لدى موسكو»).
 */
function readyOne(ctx: SentenceContext, hit: Hit): { start: number; opens: boolean } | undefined {
  const iran = ctx.classes.iran!;
  const named = [...ctx.hits(iran.ref), ...(iran.self ? ctx.hits(iran.self) : []), ...(iran.we ? ctx.hits(iran.we) : [])].filter(
    (r) => r.index + r.text.length <= hit.index && READY_SUBJECT_GAP.test(ctx.normal.slice(r.index + r.text.length, hit.index)),
  );
  const pronoun = named.length === 0 ? READY_PRONOUN_BEFORE.exec(ctx.normal.slice(Math.max(ctx.s.start, hit.index - 60), hit.index)) : null;
  const one =
    named.length > 0
      ? { start: Math.min(...named.map((r) => r.index)), opens: false }
      : pronoun
        ? { start: hit.index - pronoun[0].trimStart().length, opens: pronoun.groups?.that !== undefined }
        : OWN_READINESS_NOUN.test(hit.text)
          ? { start: hit.index, opens: false }
          : undefined;
  if (!one) return undefined;
  // The pronoun stands for the last one named before it, who must be hers («قال ظريف إن السعودية لم تطلب الدعوة لكنها
  // مستعدة» is Saudi Arabia's): from there on, no other party may be named.
  const from = one.opens ? (lastIranianBefore(ctx, one.start) ?? ctx.s.start) : Math.min(one.start, windowStart(ctx, hit.index));
  const other = partiesIn(ctx, from, hit.index).some((m) => m.party !== "iran");
  return other ? undefined : one;
}

/** The parties named in [from, to), not as a place («لدى موسكو», «في الأمم المتحدة»); offsets into the text. */
function partiesIn(ctx: SentenceContext, from: number, to: number): Mention[] {
  return mentionsIn(ctx, from, to)
    .mentions.filter(
      (m) =>
        m.party !== undefined && !ctx.lexicon.locativeBefore.test(ctx.normal.slice(Math.max(from, from + m.start - 14), from + m.start)),
    )
    .map((m) => ({ ...m, start: from + m.start, end: from + m.end }));
}

/** Where Iran, her people, the speaker's own country or «we» are named last before `pos` in the sentence. */
function lastIranianBefore(ctx: SentenceContext, pos: number): number | undefined {
  const iran = ctx.classes.iran!;
  const refs = [...ctx.hits(iran.ref), ...(iran.self ? ctx.hits(iran.self) : []), ...(iran.we ? ctx.hits(iran.we) : [])]
    .filter((r) => r.index < pos)
    .map((r) => r.index);
  const people = partiesIn(ctx, ctx.s.start, pos)
    .filter((m) => m.party === "iran")
    .map((m) => m.start);
  const all = [...refs, ...people];
  return all.length > 0 ? Math.max(...all) : undefined;
}

/** Iran's name or one of her people («ظريف», «نائب وزير الخارجية الإيراني») in the span. */
function iranNamed(ctx: SentenceContext, span: { start: number; end: number }): boolean {
  return mentionsIn(ctx, span.start, span.end).mentions.some((m) => m.party === "iran");
}

/**
 * An unmet condition, then «ف» and a modal or a future («فيجب», «فسيتم», «فإنه يجب») and at most two words, right
 * before the withdrawal: «إذا لم تقبل إيران … بيان جنيف، فيجب |سحب الدعوة». Group 1 is the condition's clause.
 */
const IF_NOT_THEN_BEFORE =
  /(?:^|\s)"?[وف]?(?:اذا|ان|في\s+حال|في\s+حاله|لو)\s+(?:ما\s+)?لم\s+([^.؛:!?؟]{1,160}?)\s*"?\s*ف(?:يجب|ينبغي|يتعين|لا\s+بد|سوف|س[يت]|ان|انه|انها|من\s+الضروري)[^\s]*\s+(?:[^\s،,.؛:!?؟]+\s+){0,2}$/;
/**
 * At most three words after the withdrawal («الموجهة إليها»), then an unmet condition: «سحب الدعوة "|إذا لم| تقبل
 * إيران …"», «بسحب الدعوة |في حال لم| تقبل إيران …».
 */
const IF_NOT_AFTER = /^(?:\s+[^\s،,.؛:!?؟"]+){0,3}?\s*"?\s*[وف]?(?:(?:اذا|ان|في\s+حال|في\s+حاله)\s+(?:ما\s+)?لم|ما\s+لم)\s+/;
/** «وإلا», then at most «ف…» and one word, right before the withdrawal: «… وإلا فسيتم |سحب الدعوة منها». */
const OTHERWISE_BEFORE = /(?:^|\s)والا\s+(?:ف[^\s]*\s+)?(?:[^\s،,.؛:!?؟]+\s+)?$/;

/**
 * Her invitation withdrawn unless she acts, read before the withdrawal at `pos`: an unmet condition whose subject is
 * Iran, named within two words of its start («إذا لم تقبل إيران …، فيجب سحب الدعوة»), or «وإلا» with her named
 * before it in its sentence («حثت الولايات المتحدة إيران على دعم … وإلا فسيتم سحب الدعوة منها»). Where the condition
 * starts and her name, or undefined.
 */
function withdrawnUnlessShe(
  ctx: SentenceContext,
  refs: readonly Hit[],
  pos: number,
  end: number,
): { at: number; end: number; ref: Hit } | undefined {
  // The condition after it, Iran its subject and not named before it («سحب الدعوة الموجهة إلى إيران ما لم تعلن
  // قبولها» is read by the rest of iranCues).
  const ifNotAfter = IF_NOT_AFTER.exec(ctx.normal.slice(end, Math.min(ctx.s.end, end + 60)));
  if (ifNotAfter) {
    const clause = end + ifNotAfter[0].length;
    const ref = refs.find((r) => r.index >= clause && ctx.words.within(clause, r.index, 1));
    if (ref && !refs.some((r) => r.index >= end && r.index < clause)) return { at: pos, end: ref.index + ref.text.length, ref };
  }
  const from = Math.max(ctx.s.start, pos - 220);
  const before = ctx.normal.slice(from, pos);
  const ifNot = IF_NOT_THEN_BEFORE.exec(before);
  if (ifNot) {
    const clause = from + ifNot.index + ifNot[0].indexOf(ifNot[1]!, ifNot[0].indexOf("لم"));
    const ref = refs.find((r) => r.index >= clause && r.index < pos && ctx.words.within(clause, r.index, 2));
    if (ref) return { at: from + ifNot.index + (ifNot[0].length - ifNot[0].trimStart().length), end, ref };
  }
  const otherwise = OTHERWISE_BEFORE.exec(before);
  if (otherwise) {
    const at = from + otherwise.index + (otherwise[0].length - otherwise[0].trimStart().length);
    const ref = findLast(refs, (r) => r.index + r.text.length <= at && ctx.words.within(r.index + r.text.length, at, 12));
    if (ref && !crossesPunctuation(ctx, ref.index, at, true)) return { at: ref.index, end, ref };
  }
  return undefined;
}

/** A word of taking part with her pronoun on it or right after it: «وجودها», «حضورها», «دور لها في المفاوضات». */
const HER_PRONOUN_WORD = /(?:ها|\sلها\s.*)$/;
/** A colon or an opening quotation mark: what is before it is who speaks, not what he says. */
const SPEAKER_TITLE_ENDS = /[:«"]/;
/** A word ending in her pronoun («نريدها», «ندعوها»): she, not «we», is the one whose taking part follows. */
const HER_PRONOUN_BETWEEN = /[\u0621-\u064A]ها(?![\u0621-\u064A])/;
/** A word of sitting or negotiating with her pronoun: «نجلس معها», «التفاوض معها». */
const WITH_HER = /\sمعها$/;

/**
 * A noun of taking part with a pronoun of its owner («لحضورها», «مشاركته», «بانضمامهم»): no name after it is its
 * owner (a verb with an object pronoun, «تحضره إيران», and an invitation, «دعوتها إلى إيران», are not these).
 */
const POSSESSED_TAKING_PART = /^[وفبل]?(?:ل)?(?:مشاركت|حضور|انضمام|جلوس|وجود)(?:ها|ه|هم|هما)$/;

/**
 * Iran named in the sentence right before this one (`ref`), the last party named there: her pronoun in this one
 * may stand for her.
 */
function namedLastBefore(ctx: SentenceContext, ref: WordClass): Hit | undefined {
  const prior = ctx.prior;
  if (!prior) return undefined;
  const last = ref.find(ctx.normal, prior.start, prior.end).at(-1);
  return last && !namesOtherParty(ctx, last.index + last.text.length, prior.end) ? last : undefined;
}

/** A word of withdrawing or cancelling ending on the invitation itself, bare: «سحب الدعوة», «تراجع عن دعوته». */
const BARE_INVITATION_AT_END = /(?:^|\s)(?:ال)?دعو(?:ه|ته|تها)$/;
/**
 * The invitation's invitee named right after it, another's («سحب الدعوة |الموجهة إلى وفد الهيئة الكردية», «الدعوة |التي
 * وجهت لها»): not the bare invitation to Iran told of before.
 */
const INVITEE_NAMED_AFTER =
  /^\s+(?:(?:ال)?موجهه|التي\s+(?:كان\s+|كانت\s+)?(?:قد\s+)?(?:تم\s+)?(?:وجهت|وجهها|وجهتها|ارسلت|تلقت|تلقاها|تلقتها))(?![\u0621-\u064A])/;
/** How far back (characters) an invitation to Iran told of before is still the one a bare «الدعوة» goes back to. */
const INVITATION_TOLD_REACH = 700;
/**
 * Her invitation told of before this sentence: a word of inviting and her name within four words of each other
 * («وجه بان كي مون دعوة إلى إيران», «دعا الأمين العام إيران إلى حضور المؤتمر», «دعوة طهران»), the last one within
 * INVITATION_TOLD_REACH characters back, and no invitation to another party after it («دعوة المعارضة»). Her name
 * there, or undefined.
 */
function herInvitationToldBefore(ctx: SentenceContext, ref: WordClass): Hit | undefined {
  const from = Math.max(0, ctx.s.start - INVITATION_TOLD_REACH);
  const named = ref.find(ctx.normal, from, ctx.s.start);
  for (let i = named.length - 1; i >= 0; i--) {
    const r = named[i]!;
    const lead = ctx.normal.slice(Math.max(from, r.index - 90), r.index);
    const tail = ctx.normal.slice(r.index + r.text.length, Math.min(ctx.s.start, r.index + r.text.length + 40));
    if (!INVITING_BEFORE_HER.test(lead) && !INVITATION_AFTER_HER.test(tail)) continue;
    return OTHER_INVITED.test(ctx.normal.slice(r.index + r.text.length, ctx.s.start)) ? undefined : r;
  }
  return undefined;
}
/**
 * A word of inviting, then up to eight words (the inviter's name and titles), right before her name («دعوة رسمية
 * إلى |إيران», «دعا الأمين العام للأمم المتحدة بان كي مون |إيران»).
 */
const INVITING_BEFORE_HER =
  /(?:^|\s)[وفبل]?(?:(?:ال)?دعوه|دعوته|دعوتها|دعا|دعت|[يت]دعو|وجه|وجهت|[يت]وجه|توجيه)(?:\s+[^\s،,.؛:]+){0,8}?\s+(?:الي\s+|ل)?$/;
/** Her name, then up to two words and a word of inviting («إيران التي دعيت», «طهران بدعوة …»), or «إلى حضور». */
const INVITATION_AFTER_HER = /^(?:\s+[^\s،,.؛:]+){0,2}?\s+(?:[وب]?(?:ال)?دعوه|دعيت|مدعوه|تلقت\s+(?:ال)?دعوه)(?![\u0621-\u064A])/;
/** An invitation to someone else told of after hers: «دعوة المعارضة», «دعا الائتلاف». */
const OTHER_INVITED =
  /(?:^|\s)[وفبل]?(?:(?:ال)?دعوه|دعا|دعت|وجه|وجهت)\s+(?:(?:ال)?(?:معارضه|ائتلاف|حكومه|نظام|وفد|هيئه|اطراف|دول|سعوديه|روسيا|الولايات))(?![\u0621-\u064A])/;

/**
 * Iran named last in a short sentence right before this one (up to five words, nothing but punctuation after her
 * name): «وماذا عن إيران؟», «ماذا عن مشاركة إيران؟», «ننتقل إلى إيران.», the topic the next sentence speaks of.
 */
function topicNamedBefore(ctx: SentenceContext, ref: WordClass): Hit | undefined {
  const prior = ctx.prior;
  if (!prior || prior.end - prior.start > 60) return undefined;
  const last = ref.find(ctx.normal, prior.start, prior.end).at(-1);
  if (!last) return undefined;
  const text = ctx.normal.slice(prior.start, prior.end);
  const rest = ctx.normal.slice(last.index + last.text.length, prior.end);
  if (!TOPIC_END.test(rest) || (!/[؟?]/.test(rest) && !TOPIC_TURN.test(text))) return undefined;
  return text.trim().split(/\s+/).length <= 5 ? last : undefined;
}
/**
 * A definite noun ending in «ة» (normal «ه»): a feminine party or body a pronoun «ـها» may go back to (not «الأمم
 * المتحدة», which invites and takes no part).
 */
const FEMININE_NAMED_BEFORE = /(?:^|\s)[وفبل]?(?:ال|لل)(?!متحده(?:\s|$))[\u0621-\u064A]{2,}ه(?=\s|$)/;
/** Nothing but punctuation after the name that ends a sentence naming a topic. */
const TOPIC_END = /^[\s؟?.:!]*$/;
/** A turn to a new subject, not a question: «ننتقل إلى إيران», «نعود إلى إيران», «بالنسبة لإيران». */
const TOPIC_TURN = /(?:^|\s)[وف]?(?:ننتقل|لننتقل|نعود|لنعد|بالنسبه)(?![\u0621-\u064A])/;

/**
 * A party other than Iran, or one of its people, named in [from, to): not a place after a preposition («سحبت قواتها
 * |من سوريا|»), which her pronoun does not stand for.
 */
function namesOtherParty(ctx: SentenceContext, from: number, to: number): boolean {
  if (to <= from) return false;
  const { text, mentions } = mentionsIn(ctx, from, to);
  // (Nor one joined by «و» to such a place: «الميليشيات التي جلبتها من العراق ولبنان».)
  let placeEnd = -1;
  for (const m of mentions) {
    if (m.party === "iran") continue;
    const before = text.slice(Math.max(0, m.start - 8), m.start);
    if (PLACE_PREPOSITION_BEFORE.test(before) || (placeEnd >= 0 && /^\s+و$/.test(text.slice(placeEnd, m.start)))) placeEnd = m.end;
    else return true;
  }
  return false;
}
/** A preposition of place right before a name: «من», «في», «إلى», «عن», «داخل». */
const PLACE_PREPOSITION_BEFORE = /(?:^|\s)(?:من|في|الي|عن|داخل)\s+$/;

/** Her pronoun right before a word of taking part: «لها (أي) مقعد», «لها مكان». */
const HERS_BEFORE = /(?:^|\s)[وف]?لها\s+(?:اي\s+)?$/;
/**
 * Her pronoun on a verb of wanting or accepting, then «أن» and a copula, right before a word of taking part: «نريدها
 * أن تكون حاضرة», «يريدونها أن تشارك», «لا نقبلها أن تكون طرفاً».
 */
const WANTED_HER_BEFORE = /(?:^|\s)[وف]?(?:لا\s+|لن\s+)?[نيت](?:ريد|ود|قبل)(?:ها|ونها)\s+(?:ان|بان)\s+(?:[يت]كون\s+)?$/;

/**
 * The next word a noun or a preposition's object, not a verb: «(ولا) لأركان», «(ولا) الحكومة», «(ولا) بأي», «(ولا)
 * أي», or an indefinite noun in the accusative, not one opening as a verb of the present does («ليست ورقة ضغط (ولا)
 * شرطاً مسبقاً»: neither … nor, one negation).
 */
const NOUN_NEXT = /^\s+(?:ل|ب|ال|(?:اي|ايه)\s|(?![نيت])[\u0621-\u064A]{2,}ا(?![\u0621-\u064A]))/;
/** After «ولا», a verb of the present, not «يزال» («ولا يزال»: "still"): «(ولا) تريد», «(ولا) نطالب», «(ولا) يمكن». */
const NOR_VERB_NEXT = /^\s+[نيت](?![يت]?زال)[\u0621-\u064A]{2,}/;
/** After «ولا», a verb of accepting («(ولا) تقبل», «(ولا) يوافق»): a position, in the class or not. */
const NOR_ACCEPTING_NEXT = /^\s+[نيت](?:قبل|وافق|رضي)(?:ون|ان)?(?![\u0621-\u064A])/;

/** A verb of one's own wish or readiness, whose subject wants for itself what follows. */
const OWN_WISH =
  /^[وف]?(?:تريد|يريد|يريدون|ترغب|يرغب|يرغبون|تسعي|يسعي|يسعون|تصر|يصر|يصرون|تتمسك|يتمسك|يتمسكون|تطالب|يطالب|يطالبون|طالبت|مستعد|مستعده|رغبتها|استعدادها|ستواصل|سيواصل)$/;
/** A verb of announcing or confirming, whose subject states what follows as its own. */
const ANNOUNCING = /^[وف]?(?:اعلن|اعلنت|تعلن|يعلن|اكد|اكدت|تؤكد|يؤكد)$/;
/** Her acceptance or welcome right before the invitation («قبول الدعوة», «ترحيبها بالدعوة», «موافقتها على الدعوة»). */
const OWN_ACCEPTANCE_BEFORE = /(?:^|\s)(?:قبول|قبولها|قبوله|ترحيبها|ترحيبه|موافقتها|موافقته)\s+(?:علي\s+)?$/;
/** «أنها»/«أنه» right before the word of coming: the clause is about the subject itself. */
const THAT_SHE_BEFORE = /(?:^|\s)(?:انها|انه|بانها|بانه)\s+$/;
/** Coming in the future tense («ستشارك», «سيحضر»). */
const OWN_FUTURE_COMING = /^[وف]?س[يت](?:شارك|حضر)$/;
/** A word of taking part with her pronoun («حضورها», «مشاركتها»). */
const HER_OWN = /ها$/;
/** A noun with neither «ال» nor a pronoun, ending in «ة» (normalised «ه»): the head of a construct («مشاركة حزب الله»). */
const CONSTRUCT_NOUN = /^[وفبل]?(?!ال)[\u0621-\u064A]+ه$/;

/** A word of taking part whose object is the partner («نجلس مع», «التفاوض مع»). */
const PARTNER_WORD = /\sمع$/;

/** A word of the invitation itself («الدعوة», «دعوتها»), which a verb of withdrawing may take as its object. */
const INVITATION = /^[وفبل]?(?:ال)?دعو(?:ه|تها|ته|ات)$/;

/** A word of inviting or including her with her pronoun («دعوتها», «بإشراكها»), or theirs («إشراكهم»: «الإيرانيين»). */
const INVITING_HER = /^[وفبل]{0,2}(?:دعوت|اشراك)(ها|هم)$/;
/** Her people, «الإيرانيين/الإيرانيون», whom «هم» stands for (not «ها»). */
const PLURAL_PEOPLE = /(?:ين|ون)$/;
/** After a comma, «بعد أن …», «بعدما …»: a clause of time that, like OTHER_CLAUSE_BETWEEN, may have a subject of its own. */
const LATER_CLAUSE_BETWEEN = /[،,]\s*و?(?:بعد\s+ان|بعدما)\s/;

/**
 * A clause of contrast or time opening between `from` and `to` («، فيما …», «، بعد أن …»), a party other than Iran
 * named in it before `to`: its own subject. Not the opposition or a body within it, which asks to be let in itself
 * («فيما طالبت المعارضة بإشراكها»: her own inclusion).
 */
function clauseOfOwnSubject(ctx: SentenceContext, from: number, to: number): boolean {
  const between = ctx.normal.slice(from, to);
  const opener = OTHER_CLAUSE_BETWEEN.exec(between) ?? LATER_CLAUSE_BETWEEN.exec(between);
  if (!opener) return false;
  const opened = from + opener.index + opener[0].length;
  const { partyWithin } = ctx.lexicon;
  const opposition = new Set(partyWithin.values());
  return partiesIn(ctx, opened, to).some((m) => m.party !== "iran" && !opposition.has(m.party) && !partyWithin.has(m.party));
}

/**
 * «عن دعوته»: the invitation of the one going back on it, no word of her taking part by itself («جدد دعوته إلى …»
 * is a call), read only where a verb of going back on it stands before it (WITHDRAWN_BEFORE): «تراجع الأمين العام
 * للأمم المتحدة عن |دعوته| لإيران». (The withdrawn «سحب X دعوته لإيران» is read by inviterCues, its withdrawer held.)
 */
const OWN_INVITATION = /(?<=(?:^|\s)عن\s+)دعو(?:ته|تها)(?![\u0621-\u064A])/g;
function ownInvitations(ctx: SentenceContext, takes: readonly Hit[]): Hit[] {
  const text = ctx.normal.slice(ctx.s.start, ctx.s.end);
  if (!text.includes("دعوت")) return [];
  const out: Hit[] = [];
  for (const m of text.matchAll(OWN_INVITATION)) {
    const index = ctx.s.start + m.index!;
    if (!takes.some((t) => t.index <= index && index < t.index + t.text.length)) out.push({ index, text: m[0] });
  }
  return out;
}

/**
 * A verb of withdrawing, then at most three words (its subject: «يسحب بان كي مون الدعوة»), or the UN by title and
 * name and the time («سحب الأمين العام للأمم المتحدة بان كي مون مساء الاثنين الدعوة»), right before the
 * invitation; or going back on it, its subject between («تراجع الأمين العام عن |دعوة إيران»). Not forces or fighters
 * withdrawn («تسحب قواتها»).
 */
const WITHDRAWN_BEFORE =
  /(?:^|\s)[وفبل]?(?:[يتس]?[يت]?سحب|سحبت|سحبها|[يت]?تم\s+سحب)\s+(?:(?!(?:ال)?(?:قوات|ميليشيات|مليشيات|مقاتل|عناصر|خبراء|حرس)[\u0621-\u064A]*\s)[^\s،,.؛:]+\s+){0,3}$|(?:^|\s)[وف]?(?:سحب|سحبت|يسحب)\s+(?:(?:ال)?امين\s+العام\s+(?:(?:لل|ل)?(?:ال)?امم\s+المتحده\s+)?(?:بان\s+كي\s+مون\s+)?|بان\s+كي\s+مون\s+|(?:ال)?امم\s+المتحده\s+|المنظمه\s+الدوليه\s+)(?:(?:مساء|صباح|ظهر|ليل|يوم|امس|اليوم|الاحد|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|السبت)\s+){0,3}$|(?:^|\s)[وف]?(?:تراجع|تراجعت|[يت]تراجع|عدل|عدلت)\s+(?:[^\s،,.؛:]+\s+){0,9}?عن\s+$/;

/**
 * The invitation withdrawn by a verb standing apart from it («إذا لم يسحب بان كي مون الدعوة التي وجهها إلى إيران»):
 * from the verb to the invitation, an exclusion word. None where a word of the class already covers the invitation.
 */
function withdrawnInvitations(ctx: SentenceContext, takes: readonly Hit[], excluded: readonly Hit[]): Hit[] {
  const out: Hit[] = [];
  for (const t of [...takes, ...ownInvitations(ctx, takes)]) {
    const end = t.index + t.text.length;
    if (!INVITATION.test(t.text) || excluded.some((e) => e.index < end && t.index < e.index + e.text.length)) continue;
    const from = windowStart(ctx, t.index, 11);
    const m = WITHDRAWN_BEFORE.exec(ctx.normal.slice(from, t.index));
    if (!m) continue;
    const at = from + m.index + (m[0].length - m[0].trimStart().length);
    out.push({ index: at, text: ctx.normal.slice(at, end) });
  }
  return out;
}

/**
 * A finite verb of withdrawing opening an exclusion: «سحبت (الدعوة)», «يسحب», or «سحب» with its subject after it
 * («سحب بان كي مون الدعوة»). Not the verbal noun «سحب الدعوة», which names the withdrawal without its agent.
 */
/** «أن» (or «بأن», «لأن», «كي») right before an imperfect verb: its subjunctive, an act wanted, not one done. */
const SUBJUNCTIVE_BEFORE = /(?:^|\s)[وف]?(?:ان|بان|لان|كي|لكي)\s+$/;
const WITHDREW = /^[وف]?(?:سحبت|س?[يت]سحب|سحب(?=\s+(?!(?:ال)?دعو))|(?:تراجعت|[يت]تراجع|عدلت)(?=\s)|(?:تراجع|عدل)(?=\s+(?!عن\s)))/;
/** «سحب» before the invitation, which alone may be the verbal noun («قرار سحب الدعوة») or the past verb. */
const WITHDREW_NOUN_FORM = /^[وف]?سحب(?=\s)/;
/**
 * What makes «سحب (الدعوة)» the past verb: «قد/لقد» (never before a noun), or the UN's own name or «نفسه» right before
 * it as its subject: «كان بان كي مون قد سحب الدعوة», «الأمين العام نفسه سحب الدعوة», «الأمم المتحدة سحب…».
 * (Not «بعد/قرار/إثر سحب الدعوة»: a noun or a preposition governs the verbal noun.)
 */
const FINITE_WITHDRAWAL_BEFORE = /(?:^|\s)(?:قد|لقد|نفسه|بنفسه|مون|(?:ال)?متحده|(?:ال)?دوليه)\s+$/;

/**
 * Who extended the invitation `hit`: named right after «وجهها/وجهتها» within five words after it («دعوة رسمية للمشاركة
 * وجهها وزير الخارجية الأمريكي»), or right after «وجهت/وجه (إليها)» just before it («وجهت إليها الولايات المتحدة
 * وروسيا الدعوة»): the span to read the name in.
 */
function extenderOf(ctx: SentenceContext, hit: Hit): { start: number; end: number } | undefined {
  if (!INVITATION.test(hit.text)) return undefined;
  const end = hit.index + hit.text.length;
  // An invitation to the talks, which the sentence names («للمشاركة في الاجتماع», «ستشارك في المؤتمر بعد أن …»), not
  // to a visit or a call of hers («دعوة لزيارة طهران», «دعوة إيران إلى وقف إطلاق النار»).
  if (NOT_TO_TALKS_AFTER.test(ctx.normal.slice(end, Math.min(ctx.s.end, end + 40)))) return undefined;
  if (
    !TALKS_NAMED.test(ctx.normal.slice(ctx.s.start, ctx.s.end)) &&
    !HER_INVITATION_BY.test(ctx.normal.slice(end, Math.min(ctx.s.end, end + 40)))
  )
    return undefined;
  const after =
    EXTENDED_AFTER.exec(ctx.normal.slice(end, Math.min(ctx.s.end, end + 80))) ?? INVITED_FROM.exec(ctx.normal.slice(end, end + 16));
  const span = after ? { start: end + after[0].length, end: Math.min(ctx.s.end, end + after[0].length + 40) } : extendedBefore(ctx, hit);
  return span && namesParty(ctx, span) ? span : undefined;
}
/** The names between «وجهت إليها» and the invitation right after them, unless a condition governs the verb. */
function extendedBefore(ctx: SentenceContext, hit: Hit): { start: number; end: number } | undefined {
  const before = inviterBefore(ctx, hit);
  if (!before) return undefined;
  const verbAt = before.from + before.m.index + (before.m[0].length - before.m[0].trimStart().length);
  // «إذا وجهت إليها الأمم المتحدة الدعوة»: an invitation that may come is no one's position yet.
  if (IF_BEFORE_VERB.test(ctx.normal.slice(Math.max(ctx.s.start, verbAt - 12), verbAt + 1))) return undefined;
  return { start: before.from + before.m.index + before.m[0].length - before.m[1]!.length, end: hit.index };
}
/** «وجهت إليها … الدعوة»: the verb of inviting with her pronoun, at most five words before the invitation. */
function herInvitationBefore(ctx: SentenceContext, hit: Hit): boolean {
  const before = INVITATION.test(hit.text) ? inviterBefore(ctx, hit) : undefined;
  return before !== undefined && /(?:اليها|لها)\s/.test(before.m[0]);
}
/** EXTENDED_BEFORE in the seven words before the invitation, and where they start. */
function inviterBefore(ctx: SentenceContext, hit: Hit): { m: RegExpExecArray; from: number } | undefined {
  const from = windowStart(ctx, hit.index, 7);
  const m = EXTENDED_BEFORE.exec(ctx.normal.slice(from, hit.index));
  return m ? { m, from } : undefined;
}
/** Her invitation and the one who extended it right after («دعوة إيران التي وجهها …»): the invitation to the talks. */
const HER_INVITATION_BY = /^\s+(?:ايران|طهران|لايران|لطهران)\s+(?:التي\s+)?(?:كان\s+|كانت\s+)?(?:قد\s+)?وجه/;
/** The talks named in the sentence, or taking part in them. */
const TALKS_NAMED = /(?:مؤتمر|جنيف|فيينا|اجتماع|محادثات|مفاوضات|طاوله|مشارك|حضور)/;
/** «… (التي) وجهها |X»: right after the invitation and the words of what it is to, the verb with her pronoun. */
const EXTENDED_AFTER =
  /^(?:\s+(?:رسميه|رسميا|مشتركه|ايران|طهران|لايران|لطهران|اليها|لها|للمشاركه|لحضور|للحضور|في|الي|ال?(?:مؤتمر|اجتماع|محادثات|مفاوضات)|جنيف|فيينا|2|الدولي))*\s+(?:التي\s+)?(?:كان\s+|كانت\s+)?(?:قد\s+)?(?:وجهها|وجهتها|وجهوها|وجهتاها)\s+/;
/** «تلقت طهران دعوة (رسمية) من |موسكو وواشنطن»: the invitation's senders after «من». */
const INVITED_FROM = /^\s+(?:رسميه\s+)?من\s+/;
/** «وجهت (إليها|لها) |X Y| الدعوة»: the verb, her pronoun, then the names up to the invitation. */
const EXTENDED_BEFORE = /(?:^|\s)[وف]?(?:وجهت|وجه|وجهتا|وجهوا)\s+(?:(?:اليها|لها|الي\s+طهران|الي\s+ايران)\s+)((?:[^\s،,.؛:"]+\s+){1,5})$/;
/** A condition right before the verb of inviting: «إذا», «لو», «إلا إذا», «في حال» (not «أن», which is «إن» once normalised). */
const IF_BEFORE_VERB = /(?:^|\s)(?:اذا|لو|في\s+حال)\s+(?:ما\s+)?(?:تمت?\s+)?[وف]?و$/;

/** Her pronoun after the verb of inviting: «(وجهها) إليها», «لها». */
const HER_AFTER = /^\s+(?:اليها|لها)(?![\u0621-\u064A])/;

/** A relative clause of extending the invitation, between the invitation and Iran («الدعوة التي وجهها لإيران»). */
const INVITED_BY =
  /^\s+(?:التي|الذي)\s+(?:(?:كان|كانت|كانوا)\s+)?(?:قد\s+)?[وف]?(?:وجه|وجهها|وجهته|وجهت|وجهتها|وجهوها|وجهتاها|ارسل|ارسلها|ارسلت|ارسلتها|قدم|قدمها|قدمت|قدمتها)(?:\s|$)/;

/**
 * INVITED_BY's clause in the passive, her name right after its verb: «الدعوة التي وُجهت إلى إيران», «التي كانت قد
 * أرسلت لطهران» (a verb with no object pronoun, then «إلى» or «لـ»).
 */
const PASSIVE_INVITED = /^\s+(?:التي|الذي)\s+(?:(?:كان|كانت)\s+)?(?:قد\s+)?(?:وجهت|ارسلت|قدمت)\s+(?:الي|ل)?\s*$/;

/** A word of fear or worry, then «من», «أن» and up to two words, right before her taking part: «تخشى أن تتحول |مشاركة». */
const FEAR_BEFORE =
  /(?:^|\s)[وف]?(?:[تين]?خشي|خشيت|خشيه|خشيتها|خشيته|مخاوف|مخاوفها|مخاوفه|[يتن]?تخوف[\u0621-\u064A]*|قلق[\u0621-\u064A]*|[يت]قلق)\s+(?:من\s+)?(?:ان\s+)?(?:[^\s،,.؛:"]+\s+){0,2}$/;

/** Per lexicon, its list introducers (iran.listIntroducers) as the whole of a text (listedAmongBefore). */
const WHOLE_INTRODUCER = new WeakMap<Lexicon, RegExp>();

/**
 * Whether her name at `at` comes right after a comma and one of the lexicon's list introducers («، بما فيها»,
 * «، ومنها», «، وفي مقدمتها»): one among those named before her.
 */
function listedAmongBefore(ctx: SentenceContext, at: number): boolean {
  const { normal } = ctx;
  const comma = Math.max(normal.lastIndexOf("،", at - 1), normal.lastIndexOf(",", at - 1));
  if (comma < Math.max(ctx.s.start, at - 30)) return false;
  let whole = WHOLE_INTRODUCER.get(ctx.lexicon);
  if (!whole) WHOLE_INTRODUCER.set(ctx.lexicon, (whole = new RegExp(`^(?:${ctx.lexicon.iran.listIntroducers.source})$`)));
  return whole.test(normal.slice(comma + 1, at).trim());
}
/** The comma closing what was set off before it, then words with no other punctuation, up to the word after it. */
const CLOSING_COMMA_AFTER = /^\s*[،,][^،,.؛:!?؟"]*$/;

/** A concessive or circumstantial clause opened right after her name, up to the word of her taking part: «، وإن كانت مستعدة (للحضور)». */
const CONCESSIVE_AFTER_HER = /^\s*[،,]\s*(?:(?:وان|ولو)\s+كانت|وهي)\s+(?:[^\s،,.؛:"]+\s+){0,1}$/;

/**
 * A withdrawal word or a preposition right before the invitation: «سحب (الدعوة)», «إلغاء», «التراجع عن», «من (الدعوة)»
 * («استغرابها من الدعوة …»: the object of another word).
 */
const WITHDRAWN_OR_GOVERNED_BEFORE =
  /(?:(?:^|\s)"?[وفبل]?(?:ال)?(?:سحب|سحبت|[يت]سحب|الغاء|الغت|الغي|[يت]لغي|تراجع\s+عن|تراجعت\s+عن|التراجع\s+عن)|(?:^|\s)(?:من|عن|علي))\s+"?$/;
/** A withdrawal's verbal noun after a preposition right before the invitation: «بسحب», «على سحب», «إلى إلغاء». */
const WITHDRAWAL_ASKED_BEFORE =
  /(?:(?:^|\s)[وف]?[بل]|(?:^|\s)(?:علي|الي)\s+|(?:^|\s)[وف]?[بل]?(?:ال)?قرار\s+(?:[^\s،,.؛:]+\s+){1,5}?)(?:ال)?(?:سحب|الغاء|التراجع\s+عن)\s+"?$/;

/** A verb of setting conditions («تشترط», «اشترطت», «يشترطون»). */
const SET_CONDITION = /^[وف]?(?:[ايتن]?شترط|مشترط)[\u0621-\u064A]*$/;
/**
 * Conditions imposed on her taking part, the object of the verb of position and right before the word of it («تحاول
 * فرض شروط مسبقة على | مشاركة إيران», «تريد وضع شروط | لحضورها»): the one trying sets them.
 */
const IMPOSING_CONDITIONS_BETWEEN = new RegExp(
  `^\\s+(?:الي\\s+)?(?:فرض|وضع)\\s+(?:ال)?(?:شروط|شروطا)(?:\\s+(?:ال)?${CONDITION_ADJECTIVES})?\\s+(?:علي\\s+)?$`,
);

/**
 * A demonstrative or one's own demands denied to be conditions, right before the word of condition: «هذه ليست
 * |شروطاً», «مطالبنا ليست |شروطاً», «إن هذه المطالب "ليست |شروطاً مسبقة كما يروج البعض"».
 */
const DEMANDS_DENIED_BEFORE =
  /(?:^|[\s"])[وف]?(?:(?:هذه|هذا|ذلك|تلك)(?:\s+(?:ال)?(?:مطالب|طلبات|خطوات|اجراءات|بنود))?|مطالبنا|مطالبهم|مطالبها|مطالبه|طلباتنا|طلباتهم)\s+"?(?:ليست|ليس|لا\s+تعد|لا\s+يعد)\s+"?$/;

/**
 * A demand noun (or what is owed instead: obligations, rights, duties), up to ten words saying what the demands are,
 * then «(و)ليست», «(و)ليس» or, past a comma or a closing quotation mark, «لا» right before the word of condition:
 * «مطالب إنسانية مشروعة وليست | شروطاً», «مطالب نص عليها القرار، لا | شروط», «"التزامات إنسانية" لا | شروط».
 */
const DEMAND_NOUN_DENIED_BEFORE =
  /(?:^|[\s"«])[وف]?(?:ال)?(?:مطالب|مطالبنا|مطالبهم|مطالبها|مطالبه|طلبات|طلباتنا|طلباتهم|استحقاقات|التزامات|حقوق|واجبات)(?:\s+[^\s،,.؛:]+){0,10}?(?:\s+[وف]?(?:ليست|ليس)|\s*[،,"]\s*(?:لا|وليست|وليس|ليست|ليس))\s+"?$/;

/** A participle of judging or pointing out, «أن», then «هذه/تلك/هذا» right before the word of condition. */
const JUDGED_DEMONSTRATIVE_BEFORE =
  /(?:^|\s)[وف]?(?:معتبر[اه]?|معتبرين|مشير[اه]?\s+الي|لافت[اه]?\s+الي|مؤكد[اه]?|واصف[اه]?)\s+(?:ان|بان)\s+"?(?:هذه|تلك|هذا|ذلك)\s+"?(?:ال)?$/;
/** «لو» (if only it were) opening the clause, a verb of setting or nothing more, before the word of condition. */
const COUNTERFACTUAL_BEFORE = /(?:^|\s|[،,])\s*[وف]?لو\s+(?:(?:وضعت|فرضت|طرحت|كانت|كان|وضع|فرض|طرح)\s+)?(?:(?:هناك|اي|علينا|عليها)\s+)*$/;

/**
 * «، بل …» or «، لكن …» right after a word of condition (and «مسبقة», «من عندنا», an aside on who calls them so: «كما
 * يزعم النظام»): what the things are instead.
 */
const BUT_RATHER_AFTER =
  /^(?:\s+مسبق[اه]?)?(?:\s+(?:من\s+عندنا|من\s+عندهم|من\s+جانبنا|نضعها|وضعناها|اخترعناها))?(?:\s+كما\s+[^،,.؛:!?؟"]{1,50})?\s*"?\s*[،,]?\s*(?:بل|و?لكن)\s/;

/**
 * A word of condition proper («شرط», «اشتراط», «يشترط», «ربط»), not of demands («وصف مطالب المعارضة بتنحي الأسد بأنها غير
 * واقعية» judges a demand, no precondition).
 */
const CONDITION_PROPER = /شرط|شروط|شترط|شتراط|ربط|رهن/;

/** «أن», «إن», «بأن» opening a reported clause. */
const THAT_BETWEEN = /(?:^|\s)(?:ان|بان)\s/;

/** Her taking part right after a verb of tying, as its object: «يربط |مشاركة إيران| بـ…», «ترهن حضور طهران …». */
const HER_PART_TIED_AFTER =
  /^\s+(?:ال)?(?:مشاركه|حضور|دعوه|تمثيل|انضمام)\s+(?:ايران|طهران|الايرانيين|الجمهوريه\s+الاسلاميه)(?![\u0621-\u064A])/;
/** A finite verb of setting or tying conditions: «اشترط», «يشترطون», «ربطت», «يربط», «ترهن». */
const CONDITIONING_VERB = /^[وف]?(?:[ايتن]?شترط[\u0621-\u064A]*|ربط|ربطت|[يتن]ربط(?:ان|ون)?|رهن|رهنت|[يتن]رهن(?:ان|ون)?)$/;

/** «توافق على مشاركة إيران … بشروط»: accepted on terms, within six words after the participation, in its clause. */
function onTermsAfter(ctx: SentenceContext, end: number): boolean {
  const m = /(?:^|\s)(?:[وف]?(?:لكن\s+)?)ب(?:شروط|شرطين)(?=[\s.،,]|$)/.exec(ctx.normal.slice(end, ctx.s.end));
  return m !== null && ctx.words.within(end, end + m.index, 6) && !/[،,.؛]/.test(ctx.normal.slice(end, end + m.index));
}

/** A position named by a noun («مطلب», «مطالبة», «إصرار»): it has an owner of its own, named after it. */
const DEMAND_NOUN = /^[وبل]?(?:ال)?(?:مطلب|مطالب|مطالبه|اصرار[\u0621-\u064A]*|تمسك[\u0621-\u064A]+)$/;

/**
 * The owner of a demand named by a noun («مطالبة المعارضة», «إصرار الائتلاف»), right after it and before the cue,
 * when what turned the cue is a predicate judging the demand («… مطلب غير واقعي», «… يعني نسف المؤتمر»).
 */
function judgedDemandOwner(
  ctx: SentenceContext,
  p: Polarity,
  spanStart: number,
  spanEnd: number,
): { start: number; end: number } | undefined {
  if (!p.turned || p.verb === undefined || !DEMAND_NOUN.test(p.verb.text) || !rejectedByPredicate(ctx, spanEnd)) return undefined;
  const from = p.verb.index + p.verb.text.length;
  if (from >= spanStart || !ctx.words.within(from, spanStart, 3)) return undefined;
  // The owner is the genitive right after the noun, up to the demand's own complement («بـ…», «على …»).
  const complement = DEMAND_COMPLEMENT.exec(ctx.normal.slice(from, spanStart + 3));
  if (!complement || complement.index === 0) return undefined;
  const owner = { start: from, end: from + complement.index };
  // «مطالبة الأسد بالرحيل»: the one asked, named there, is no owner.
  if (ctx.may(ctx.classes.assad.ref) && ctx.inside(ctx.classes.assad.ref, owner.start, owner.end).length > 0) return undefined;
  return namesParty(ctx, owner) ? owner : undefined;
}

/**
 * A demand or its setting named by a definite verbal noun with its complement right after it, no owner between
 * («المطالبة برحيله كشرط …», «اشتراط تنحيه …»): the demand as such, whoever makes it; the one judging it rejects it.
 */
const OWNERLESS_DEMAND = /^[وف]?(?:ال(?:مطالبه|اصرار)\s+(?:ب|علي\s)|(?:ال)?اشتراط\s)/;

/** His name with «و» on it, opening a clause joined to the one before: «والأسد», «وبشار», «والرئيس السوري». */
const JOINED_NAME = /^و(?:ال|بشار)/;
/** «إلى (أي)» right before a place: where one goes («لن يذهب إلى أي مكان»). */
const GONE_TO_BEFORE = /(?:^|\s)الي\s+(?:اي\s+)?$/;
/** Where a demand's complement opens: a word with «ب» or «على». */
const DEMAND_COMPLEMENT = /\s(?:[وف]?ب[\u0621-\u064A]|علي\s)/;

/** A negation or rejection between a position noun and the cue. */
function flippedAfter(ctx: SentenceContext, verb: Hit, pos: number): boolean {
  const from = verb.index + verb.text.length;
  return (
    ctx.find(ctx.classes.polarity.negation, from, pos).some((h) => negates(ctx.normal, h)) ||
    ctx.find(ctx.classes.polarity.rejection, from, pos).length > 0
  );
}

/** A word of talk about her taking part at most two words before `pos`, in its clause. */
function iranDiscussed(ctx: SentenceContext, pos: number): boolean {
  const talk = ctx.classes.iran?.discussion;
  if (!talk) return false;
  return ctx
    .find(talk, windowStart(ctx, pos, 3), pos)
    .some((d) => d.index + d.text.length <= pos && ctx.words.within(d.index + d.text.length, pos, 2));
}

/** A word of condition standing right before `pos` (at most one word between: «إذا ما حضرت»). */
function conditionOnHer(ctx: SentenceContext, from: number, pos: number): boolean {
  return ctx
    .find(ctx.classes.polarity.condition, from, pos)
    .some((c) => c.index + c.text.length <= pos && ctx.words.within(c.index + c.text.length, pos, 1) && !/قبل$/.test(c.text));
}

/** The conditions right after the participation («… إذا قبلت بيان جنيف», «شريطة أن …»), in its clause. */
function conditionsAfter(ctx: SentenceContext, end: number): Hit[] {
  return ctx.find(ctx.classes.polarity.condition, end, ctx.s.end).filter(
    (h) =>
      !/قبل$/.test(h.text) &&
      // «ستشارك … من دون أن تقبل أي شرط»: «أي شرط» is none set.
      !anyCondition(ctx, h) &&
      // «لكنها لن تقبل ربط حضورها بشرط …»: a condition refused is none set.
      // (Not «لن تقبل بحضورها |ما لم …»: refusing unless is setting the condition.)
      !(/شرط|شروط/.test(h.text) && REFUSED_CONDITION_BEFORE.test(ctx.normal.slice(Math.max(ctx.s.start, h.index - 40), h.index))) &&
      // «مستعدة للمشاركة إذا وُجهت إليها دعوة»: being invited is how one comes, not a condition set.
      !INVITED_IF_AFTER.test(ctx.normal.slice(h.index + h.text.length, h.index + h.text.length + 30)) &&
      // «يجب أن تكون إيران على الطاولة إذا أردنا حلاً»: the end one wants, what her coming is needed for, sets her no
      // terms.
      !WANTED_END_IF_AFTER.test(ctx.normal.slice(h.index + h.text.length, h.index + h.text.length + 50)) &&
      // «حضور إيران شرط لنجاح أي تسوية»: her coming named the condition of success is her coming wanted, no terms.
      !(/شرط/.test(h.text) && CONDITION_OF_SUCCESS_AFTER.test(ctx.normal.slice(h.index + h.text.length, h.index + h.text.length + 30))) &&
      ((ctx.words.within(end, h.index, 6) && !crossesPunctuation(ctx, end, h.index)) ||
        // «… مشاركة طهران في المؤتمر المرتقب، في حال تلبيتها شروطاً»: a subordinate condition after a comma.
        (SUBORDINATE.test(h.text) && ctx.words.within(end, h.index, 10) && !crossesPunctuation(ctx, end, h.index, true))),
  );
}

/** What a condition is of, right after it: success or a settlement («شرط |لنجاح أي تسوية», «شرط أساسي |للحل»). */
const CONDITION_OF_SUCCESS_AFTER =
  /^\s+(?:(?:اساسي|ضروري|لازم|رئيسي)\s+)?(?:لنجاح|لانجاح|للنجاح|لاي\s+(?:حل|تسويه)|للحل|لحل|للتسويه|لتسويه)(?![\u0621-\u064A])/;

/**
 * A refusal to accept or allow, and at most three words (what is tied: «ربط حضورها»), right before a word of
 * condition: «لن تقبل ربط حضورها |بشرط …», «لا نقبل |شرطاً»: the condition is refused, not set.
 */
const REFUSED_CONDITION_BEFORE = /(?:^|\s)"?[وف]?(?:لن|لا|لم)\s+[نيت](?:قبل|سمح)\s+(?:[^\s،,.؛:]+\s+){0,3}$/;

/** «إلا» with «ب» on a word of taking part, as one word: «إلا بمشاركة», «إلا بحضور». */
const ONLY_WITH_TAKING_PART = /^[وف]?الا\s+ب(?:ال)?(?:مشارك|حضور|وجود|انخراط|اشراك)/;
/** The talks named by a noun (the subject that needs others there), not a verb of attending. */
const TALKS_NOUN = /^[وفبل]?(?:ال)?(?:مفاوضات|محادثات|مؤتمر|حوار|تسويه|عمليه)/;

/**
 * The clause of a condition that is a decision to attend: «(إذا) قرر الذهاب», «تقرر المشاركة», «قررت الحضور», with
 * its subject («إذا قرر الأخير المشاركة») or «ذلك» for the going named before it («… المشاركة في المؤتمر "إذا قرر ذلك"»).
 */
const DECIDED_TO_GO_AFTER =
  /^\s+(?:ما\s+)?(?:[يت]?قرر(?:ت|وا)?|تقرر)\s+(?:(?:[^\s،,.؛:"»]+\s+)?(?:ال(?:ذهاب|مشاركه|حضور|توجه)|ذلك)|(?:ذهاب|مشاركه|حضور|توجه)(?!\s+(?:ايران|طهران)))(?![\u0621-\u064A])/;

/** «لكن», «ولكن», «غير أن», «إلا أن» going on after what was answered. */
const BUT_AFTER = /(?:^|\s)(?:و?لكن|لكنه|لكنها|غير\s+ان|الا\s+ان)\s/;

/** The clause of a condition that is the talks held on time or the going possible: «(إذا) عقد في موعده», «أمكن» alone. */
const HELD_OR_POSSIBLE_AFTER = /^\s+(?:امكن(?:\s+ذلك)?\s*(?:[،,.؛:!?؟"»]|$)|(?:ان)?عقد(?:ت)?\s+في\s+موعده(?![\u0621-\u064A]))/;

/**
 * The clause of a condition that is an end wanted, by «we» or by all («(إذا) أردنا حلاً», «كنا نريد للمؤتمر أن ينجح»,
 * «أراد المجتمع الدولي تسوية حقيقية», «أريد للحل أن يكون …»): what something is needed for, not terms set on it (not
 * «إذا أرادت إيران أن تشارك»: her wish to come is the condition's own subject).
 */
const WANTED_END_IF_AFTER =
  /^\s+(?:ما\s+)?(?:(?:كنا\s+)?(?:اردنا|نريد)|اريد|(?:كان\s+)?(?:ال)?(?:مجتمع\s+(?:ال)?دولي|عالم|جميع)\s+(?:[يت]ريد|اراد)|(?:اراد|[يت]ريد)\s+(?:ال)?(?:مجتمع\s+(?:ال)?دولي|عالم|جميع))\s+(?:ل[\u0621-\u064A]+\s+)?(?:(?:ال)?(?:حل|حلا|تسويه|سلام|سلاما|استقرار)(?![\u0621-\u064A])|(?:ال)?(?:نجاح|انجاح)|ان\s+(?:[يت]نجح|نصل|نتوصل|[يت]كون\s+(?:ال)?(?:حل|تسويه)))/;

/**
 * The clause of a condition that is the speaker's own invitation, on no terms: «(إذا) وُجهت إليها دعوة (رسمية)»,
 * «تلقت دعوة», «تمت دعوتنا/دعوتها», «دُعيت (إليها)», «دُعي رسمياً», the invitation named before it, «(ستدرس الدعوة) إذا
 * وصلتها» (not another's: «إذا دعيت إيران», a name after the
 * verb; not one with terms: «دعوة تنص على …»).
 */
const INVITED_IF_AFTER =
  /^\s+(?:ما\s+)?(?:(?:تمت?|[يت]تم)\s+)?(?:وجهت\s+(?:اليها|الينا|اليه|لها|لنا|له)(?:\s+(?:ال)?دعوه)?|(?:دعيت|دعي)\s+(?:اليه|اليها)|(?:دعيت|دعي)(?:\s+رسميا)?(?!\s+["«]?(?!(?:الي|للمشاركه|لحضور|لحضوره|لحضورها)(?![\u0621-\u064A]))[\u0621-\u064A])|دعوتنا|دعوتها|دعوته|دعوتهم|دعينا|(?:تلقت|تلقينا|تلقي|وصلتها|وصلتنا)\s+(?:ال)?دعوه|(?:وصلتها|وصلتنا|وصلته|تلقتها|تلقيناها|تلقاها)(?=\s*"?\s*(?:[.،,؛]|$)))(?:\s+(?:رسميه|لائقه|رسميا))?(?!\s+(?:[^\s،,.]+\s+)?(?:تنص|تتضمن|تستند|تقوم|تشمل|مستقل|الي\s+جانب|مع|بشرط|وفق))(?![\u0621-\u064A])/;

/**
 * Whether one of the conditions after a negated cue (conditionsAfter) is an exception in its clause («لا يمكن أن
 * تشارك إلا إذا قبلت …»): not a refusal but what the taking part depends on.
 */
function exceptionAmong(ctx: SentenceContext, end: number, conditions: readonly Hit[]): boolean {
  return conditions.some((h) => EXCEPTION.test(h.text) && ctx.words.within(end, h.index, 6) && !crossesPunctuation(ctx, end, h.index));
}
/** «ما دام(ت)», «طالما» within six words after a refusal, in its clause: refused for as long as something lasts. */
const WHILE_AFTER = /^(?:\s+[^\s،,.؛:]+){0,6}?\s+(?:ما\s+دام(?:ت|وا)?|طالما)\s/;
/** A condition that is an exception to a refusal: «إلا إذا», «إلا بعد», «ما لم», «إذا لم», «ما دامت» («لن تكون … ما لم»). */
const EXCEPTION = /^[وف]?(?:الا\s|ما\s+لم|ان\s+لم|اذا\s+لم|ما\s+دام)/;

/**
 * Where a cue's owner is named after it: «من قبل X», or the agent of a relative clause («التي وضعتها X», «التي يحاول X
 * فرضها»).
 */
const OWNER_AFTER =
  /^\s+(?:[^\s،,.؛:]+\s+){0,4}?(?:من\s+قبل|(?:التي|الذي|اللتي)\s+[وف]?(?:[يت]حاول|حاول|حاولت|[يت]سعي|سعي|سعت|[يت]ريد|ارادت|اراد|[يت]?ضع|وضع|[يت]?طرح|طرح|[يت]?فرض|فرض|قدم|[يت]?قدم|حدد|[يت]?حدد|اعلن|[يت]?علن)[\u0621-\u064A]*)\s+/;

function ownerAfter(ctx: SentenceContext, end: number): { start: number; end: number } | undefined {
  const m = OWNER_AFTER.exec(ctx.normal.slice(end, Math.min(ctx.s.end, end + 120)));
  if (!m) return undefined;
  const start = end + m[0].length;
  return { start, end: Math.min(ctx.s.end, start + 30) };
}

/** A party's own position named by its pronoun right after a describing verb: «(واصفاً) موقفها», «مواقفه». */
const OWN_POSITION_NEXT = /^\s+(?:موقف|مواقف)(?:ها|ه|هم|هما)(?![\u0621-\u064A])/;
/**
 * A statement named right after a describing verb («معتبراً أن بيان باريس "يعكس أوهام أصحابه"», «واصفاً تصريحات
 * …»): what is judged is that statement, not the position before the verb.
 */
const STATEMENT_NEXT = /^\s+(?:(?:ان|بان)\s+)?(?:ال)?(?:بيان|اعلان|خطاب|تصريحات|تصريح)(?![\u0621-\u064A])/;

/** How far before a cue the verb describing it may stand, and how far after it the judging word (words). */
const DESCRIBED_REACH = 14;
const JUDGED_REACH = 22;

/**
 * Iran's taking part, or her invitation left standing, named as the condition of not attending («لن يحضر المؤتمر إذا
 * دعيت إيران», «إذا حضرت إيران فلن نحضر», «سيقاطع إذا لم تسحب الدعوة الموجهة إلى إيران»): her absence made a
 * condition is oppose (CONTRACT.md), held as the condition is (the conditional cue is its parent).
 * Example: conditional cue of "لن نحضر إذا دعيت إيران" → [{rule: "iran.absence-in-condition", stance: "oppose"}]
 */
export function findIranAbsenceInCondition(normal: string, conditionals: readonly Cue[], sentences: readonly Sentence[]): Cue[] {
  const out: Cue[] = [];
  let herInvitation: boolean | undefined;
  for (const c of conditionals) {
    if (c.topic !== "geneva2_preconditions" || c.stance !== "conditional" || !ATTEND_IF_RULE.test(c.rule)) continue;
    const s = sentences[c.sentence]!;
    const text = normal.slice(s.start, s.end);
    // Only a refusal tied to her presence («لن نحضر», «سيقاطع», «سننسحب»): «سنحضر إذا حضرت إيران» wants her there.
    if (!BOYCOTT.test(text)) continue;
    // «سيقاطع إذا لم تسحب الدعوة», in an article on her invitation: «the invitation» is hers.
    const m =
      IRAN_PRESENT_IF.exec(text) ?? ((herInvitation ??= INVITATION_OF_IRAN.test(normal)) ? INVITATION_NOT_WITHDRAWN_IF.exec(text) : null);
    if (!m) continue;
    if (!refusalGoverns(text, m.index + m[0].length)) continue;
    const start = s.start + m.index + m[0].length - m[0].trimStart().length;
    out.push({
      rule: "iran.absence-in-condition",
      topic: "iran_participation",
      stance: "oppose",
      start,
      end: s.start + m.index + m[0].length,
      sentence: c.sentence,
      weight: 0.8,
      parent: c,
    });
  }
  return out;
}

/** A refusal to attend named by «رفض» and the noun of attending: «رفض المشاركة», «رافضاً الجلوس». */
const REFUSING_TO_ATTEND =
  "(?:^|\\s)[وف]?(?:رفض|رفضت|رفضوا|[يتن]رفض(?:ون|ان)?|رافضا|رافضه)(?:ها|ه|هم)?\\s+(?:ال)?(?:مشاركه|حضور|جلوس|ذهاب)";
/**
 * After the refusal, within three words, a preposition (`preposition`), then a meeting or a table, indefinite or with
 * «الذي/التي»: up to the relative clause's verb.
 */
const MEETING_REFUSED = (preposition: string) =>
  `[\\u0621-\\u064A]*(?:\\s+[^\\s،,.؛:!?؟"«»]+){0,3}?\\s+(?:${preposition}\\s*)?(?:(?:اي|ايه)\\s+)?(?:(?:مؤتمر|اجتماع|لقاء|طاوله|قاعه|مفاوضات|محادثات|جلسه|جوله)(?:ا|ات)?|(?:ال)(?:مؤتمر|اجتماع|لقاء|طاوله|قاعه|مفاوضات|محادثات|جلسه|جوله)\\s+(?:الذي|التي))\\s+`;
/** The relative clause's verb of coming, left open for more alternatives (closed by the pattern using it). */
const ATTENDING_VERBS = "(?:[يت](?:حضر|شارك|جلس|دعي)(?:ه|ها)?|حضر(?:ت|ه|ته|تها)|شاركت|دعيت";
/** «فيه», «إليها» … after that verb. */
const IN_IT = "(?:\\s+(?:فيه|فيها|اليه|اليها|حولها|عليها))?";
/** Iran by her name or her people's. */
const IRAN_NAMED = "(?:ال)?(?:ايران|طهران|الايرانيون|الايرانيين)";
/**
 * A refusal to attend (BOYCOTT, or «رفض المشاركة/الحضور/الجلوس»), then within three words a meeting or a table
 * qualified by a relative clause whose verb is Iran's coming, Iran its subject (group 1): «لن يشارك في مؤتمر تحضره
 * إيران», «لن نجلس إلى طاولة تحضرها إيران», «لن تحضر أي اجتماع تشارك فيه طهران», «يرفض الجلوس في قاعة يجلس فيها
 * الوفد الإيراني», «لن نذهب إلى المؤتمر الذي تحضره إيران». The clause restricts the meeting, so it is a condition:
 * the noun indefinite right before its verb, or «الذي/التي» with no comma (not «المؤتمر، الذي تحضره إيران أيضاً»,
 * which only describes it); the verb not negated («في مؤتمر لا تحضره إيران» wants her there).
 */
const MEETING_SHE_ATTENDS = new RegExp(
  `(?:${BOYCOTT.source}|${REFUSING_TO_ATTEND})${MEETING_REFUSED("(?:في|الي|علي|ب)")}${ATTENDING_VERBS})${IN_IT}\\s+(${IRAN_NAMED}|(?:ال)?وفد\\s+(?:ال)?ايراني)(?![\\u0621-\\u064A])`,
  "g",
);
/**
 * The same refusal (or «لن تكون جزءاً من»), then a meeting whose relative clause has another party come or be given a
 * seat, its subject one to four words (group 1): «لن تكون جزءاً من مؤتمر يُمنح فيه هذا الحزب مقعداً مستقلاً», «لن
 * تشارك في مؤتمر يحضره حزب الاتحاد الديمقراطي». A condition on the talks (Iran's coming is read by MEETING_SHE_ATTENDS,
 * which also gives her exclusion).
 */
const MEETING_OTHER_ATTENDS = new RegExp(
  `(?:${BOYCOTT.source}|(?:^|\\s)[وف]?لن\\s+[نيت]كون(?:وا)?\\s+جزءا\\s+من|${REFUSING_TO_ATTEND})${MEETING_REFUSED("(?:في|الي|علي|ب|من)")}${ATTENDING_VERBS}|[يت]منح|منح)${IN_IT}\\s+((?!${IRAN_NAMED}(?![\\u0621-\\u064A]))[\\u0621-\\u064A]+(?:\\s+(?!مقعدا|مقعد)[\\u0621-\\u064A]+){0,3})`,
  "g",
);
/** A refusal to accept, not to attend («لن نقبل بمؤتمر تحضره إيران»): no attending of one's own is tied to it. */
const NOT_ACCEPTING = /(?:^|\s)[وف]?(?:لن|لا|لما)\s+[نيت]?قبل/;

/**
 * Iran's coming named in a relative clause on the meeting or the table one refuses to attend (MEETING_SHE_ATTENDS):
 * «الائتلاف لن يشارك في مؤتمر تحضره إيران» makes her absence the condition of attending, as «لن نحضر إذا حضرت
 * إيران» does: a condition on the talks and oppose on her taking part (CONTRACT.md), the second held as the first is
 * (its parent).
 * Example: "لن نشارك في مؤتمر تحضره إيران" → [{rule: "compose.pre.absence-in-relative", stance: "conditional"},
 *   {rule: "iran.absence-in-relative", stance: "oppose"}]
 */
export function findIranPresentInRelative(
  normal: string,
  sentences: readonly Sentence[],
  /** Whether sentence si may name Iran (the keyword scan's `iranMention` slot): the others are not read. */
  mayNameIran: (si: number) => boolean,
): Cue[] {
  const out: Cue[] = [];
  sentences.forEach((s, si) => {
    if (!mayNameIran(si)) return;
    for (const { start, end, m } of refusedMeetings(normal, s, MEETING_SHE_ATTENDS)) {
      const condition: Cue = {
        rule: "compose.pre.absence-in-relative",
        topic: "geneva2_preconditions",
        stance: "conditional",
        start,
        end,
        sentence: si,
        weight: 0.8,
        about: { start: end - m[1]!.length, end },
      };
      out.push(condition, {
        ...condition,
        rule: "iran.absence-in-relative",
        topic: "iran_participation",
        stance: "oppose",
        parent: condition,
      });
    }
  });
  return out;
}

/**
 * The matches of `re` (MEETING_SHE_ATTENDS, MEETING_OTHER_ATTENDS) in sentence s, not a refusal to accept: each with its
 * normal offsets, past the spaces it opens with.
 */
function refusedMeetings(normal: string, s: Sentence, re: RegExp): Array<{ start: number; end: number; m: RegExpExecArray }> {
  const text = normal.slice(s.start, s.end);
  const out: Array<{ start: number; end: number; m: RegExpExecArray }> = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (NOT_ACCEPTING.test(m[0])) continue;
    out.push({ start: s.start + m.index + m[0].length - m[0].trimStart().length, end: s.start + m.index + m[0].length, m });
  }
  return out;
}

/**
 * Another party's coming, or a seat given to it, named in a relative clause on the meeting one refuses to attend: the
 * refusal is a condition on the talks (MEETING_OTHER_ATTENDS; Iran's is findIranPresentInRelative's).
 * Example: "لن تشارك تركيا في مؤتمر يحضره حزب الاتحاد الديمقراطي" → [{rule: "compose.pre.presence-in-relative", stance: "conditional"}]
 */
export function findOtherPresentInRelative(normal: string, sentences: readonly Sentence[]): Cue[] {
  const out: Cue[] = [];
  sentences.forEach((s, si) => {
    // (Every match names a meeting's relative verb of coming or of giving: most sentences hold none of their letters.)
    const text = normal.slice(s.start, s.end);
    if (!text.includes("حضر") && !text.includes("شارك") && !text.includes("منح") && !text.includes("جلس") && !text.includes("دعي")) return;
    for (const { start, end } of refusedMeetings(normal, s, MEETING_OTHER_ATTENDS)) {
      out.push({
        rule: "compose.pre.presence-in-relative",
        topic: "geneva2_preconditions",
        stance: "conditional",
        start,
        end,
        sentence: si,
        weight: 0.8,
      });
    }
  });
  return out;
}

/** Another people's nationality right after «الشعب»: «الشعب الإيراني», «الشعب الأمريكي». */
const OTHER_PEOPLE_AFTER = /^\s+(?!السوري)ال[\u0621-\u064A]+ي(?![\u0621-\u064A])/;
/** Demands judged unrealistic, impossible or refused, then «مثل» («من قبيل», «ومنها») and a few words: an example of them. */
const EXAMPLE_OF_JUDGED_BEFORE =
  /(?:^|\s)([وبل]?(?:ال)?(?:مطالب|شروط|شروطا|اشتراطات|طلبات))(?:\s+[^\s،,.؛:]+)?\s+(?:غير\s+(?:واقعي|مقبول|منطقي)[هة]?|تعجيزي[هة]?|مستحيل[هة]?|مرفوض[هة]?)\s*[،,]?\s*(?:مثل|من\s+قبيل|و?منها|و?من\s+بينها)\s+(?:[^\s،,.؛:]+\s+){0,3}$/d;
/** A finite verb of holding, bringing or setting right before the demands: a party's own («يتمسك بمطالب», «جاء بشروط»). */
const DEMANDS_HELD_BEFORE =
  /(?:^|\s)[وف]?(?:[يت]تمسك(?:ون|ان)?|تمسك|تمسكت|جاء|جاءت|جاؤوا|[يت]اتي|[يت]طرح|طرح|طرحت|[يت]ضع|وضع|وضعت|[يت]قدم|قدم|قدمت|[يت]رفع|رفع|رفعت|[يت]طالب(?:ون|ان)?|طالب|طالبت|[يت]صر|اصر|اصرت|[يت]حمل|حمل|حملت)\s+(?:[^\s،,.؛:]+\s+)?(?:علي\s+)?$/;
/** EXAMPLE_OF_JUDGED_BEFORE before `at`, the demands judged by the speaker (not held by a party, DEMANDS_HELD_BEFORE). */
function exampleOfJudged(normal: string, from: number, at: number): boolean {
  const lead = normal.slice(Math.max(from, at - 120), at);
  const m = EXAMPLE_OF_JUDGED_BEFORE.exec(lead);
  if (!m) return false;
  // (The text before the noun and its clitics: «يتمسك |بمطالب».)
  const noun = at - lead.length + m.indices![1]![0];
  return !DEMANDS_HELD_BEFORE.test(normal.slice(Math.max(from, noun - 60), noun));
}
/** A predicate of failing or being refused after an attempt («… ستفشل», «ستبوء بالفشل», «مرفوضة»). */
const ATTEMPT_FAILS_AFTER =
  /^\s+(?:[^\s،,.؛:]+\s+){0,4}?(?:س?[يت]فشل|ستبوء\s+بالفشل|[يت]بوء\s+بالفشل|محكوم[هة]?\s+(?:عليها?\s+)?بالفشل|مصيرها?\s+(?:ال)?فشل|لن\s+[يت](?:نجح|مر)|مرفوض[هة]?|غير\s+مقبول[هة]?|فاشل[هة]?|عقيم[هة]?)(?![\u0621-\u064A])/;
/** A verb of warning earlier in the sentence («حذر من أن أي محاولة …»). */
const WARNED_THAT_BEFORE = /(?:^|\s)[وف]?(?:حذر|حذرت|[يت]حذر|محذرا|محذره)\s+(?:[^\s.؛:]+\s+){0,12}?من\s+(?:ان\s+)?/;
/** An attempt to impose or dictate, right before conditions: «محاولة لفرض |شروط», «محاولات إملاء |الشروط». */
const ATTEMPT_TO_IMPOSE_BEFORE = /(?:^|\s)[وبل]?(?:ال)?(?:محاوله|محاولات|مساعي|مسعي)\s+(?:ل|ال)?(?:فرض|املاء)\s+(?:اي\s+)?$/;
/** A word of fate that is his office («الرئاسة», «مقام الرئاسة», «منصب الرئيس», «موقع رئاسة الجمهورية»). */
const OFFICE = /رئاسه|منصب|مقام|موقع/;
/** «رئيسه/رئيسهم/رئيسها» right after a word of fate («مصير رئيسه»): a people's own president. */
const THEIR_OWN_PRESIDENT_AFTER = /^\s+رئيس(?:ه|هم|ها)(?![\u0621-\u064A])/;
/** A negation right before the decider, the Syrians named first (not a contrast: «السوريين لا الأمريكيين من يقررون»). */
const NEGATION_BETWEEN = /(?:^|\s)(?:لا|لن|لم)\s+$/;
/** A verb of choosing or electing among those of deciding (the class assad.decidedBy): «سيختار», «ينتخبون». */
const CHOOSING = /(?:ختار|نتخب)/;
/**
 * «رئيسه/رئيسهم» or a bare «الرئيس» (not a late or former one; not another state's, which theirPresident checks with
 * the lexicon's nationalities): the people's president. Group 1.
 */
const THEIR_PRESIDENT = String.raw`(رئيسه|رئيسهم|رئيسها|الرئيس(?!\s+(?:الراحل|السابق)(?![\u0621-\u064A])))(?![\u0621-\u064A])`;
/** A match of THEIR_PRESIDENT_AFTER(_FATE) in the text from `at`, unless its «الرئيس» is another state's («الرئيس الروسي»). */
function theirPresident(ctx: SentenceContext, at: number, m: RegExpExecArray | null): RegExpExecArray | null {
  return m && m[1] === "الرئيس" && anotherStateAt(ctx, at + m[0].length) ? null : m;
}
/** THEIR_PRESIDENT right after a word of his going or staying. */
const THEIR_PRESIDENT_AFTER = new RegExp(String.raw`^\s+${THEIR_PRESIDENT}`);
/**
 * THEIR_PRESIDENT right after a word of fate, or after their country's and «و» or «بما في ذلك» and a word of fate again:
 * «مستقبل بلادهم ورئيسهم», «مستقبل بلادهم، بما في ذلك مستقبل رئيسهم».
 */
const THEIR_PRESIDENT_AFTER_FATE = new RegExp(
  String.raw`^(?:\s+(?:بلادهم|بلدهم|وطنهم|سوريا|سوريه)(?:\s*[،,]?\s*بما\s+في(?:\s+ذلك)?\s+(?:مستقبل|مصير)\s+|\s+و)|\s+)${THEIR_PRESIDENT}`,
);

/**
 * A condition whose verb is her coming, she its subject, up to the word of taking part in the same clause («إذا جلست
 * إيران |إلى الطاولة», «إذا دعيت إيران إلى المؤتمر وجلست |إلى الطاولة»): the word is inside the condition on her
 * coming, as «إذا حضرت إيران» is; so with her delegation or the Iranians, the verb masculine («إذا جلس الوفد الإيراني
 * |إلى الطاولة»). (Not «إن», which is also «أن» once normalised; nor a condition she must meet: «إذا قبلت إيران بيان
 * جنيف فمرحباً |بمشاركتها».)
 */
const SHE_CAME_IF =
  /(?:^|\s)[وف]?(?:اذا|لو|في\s+حال)\s+(?:(?:تمت?|[يت]تم)\s+)?(?:(?:حضرت|حضرته|حضرتها|شاركت|جلست|دعيت|جاءت|وصلت)\s+(?:ايران|طهران|الايرانيون|الايرانيين)|(?:حضر|شارك|جلس|جاء|وصل)\s+(?:(?:ال)?وفد\s+(?:ال)?ايراني|الايرانيون))(?:\s+[^\s،,.؛:"]+){0,4}?\s+$/;

/** The rules that tie attending to a condition («لن نحضر إذا …», «إذا … فلن نحضر», «سيقاطع إذا …»). */
/** «ب» and a noun that is no coming nor the talks right after a verb of accepting: «تقبل |ببقاء الأسد», «|بأي حل». */
const ACCEPTING_OTHER_NEXT =
  /^\s+ب(?:(?:(?:اي|ايه)\s+)(?!(?:ال)?(?:مشارك|حضور|دعو|ذهاب|مؤتمر|مفاوض|محادث|جنيف|جول|حوار))[\u0621-\u064A]{2,}|(?!(?:ال)?(?:مشارك|حضور|دعو|ذهاب|مؤتمر|مفاوض|محادث|جنيف|جول|حوار)|(?:ها|ه|هم|هما)(?![\u0621-\u064A]))(?:ال)?[\u0621-\u064A]{3,})/;
/** «حتى لو», «حتى وإن», «حتى ولو» opening the text (EVEN_IF). */
const EVEN_IF_OPENS = new RegExp(`^${EVEN_IF}(?![\\u0621-\\u064A])`);
const ATTEND_IF_RULE = /^(?:compose\.pre\.attend-if|pre\.if-then-attend)/;
/**
 * Iran invited or taking part («إذا حضرت إيران», «إذا حضرته طهران», «إذا حضر الإيرانيون»), sitting at the table included («إذا جلس الوفد
 * الإيراني إلى الطاولة», «إذا جلست إيران …»), or her invitation not withdrawn, as a condition
 * («ما لم تسحب الدعوة الموجهة إلى إيران»; «إلا إذا سحبت الدعوة الموجهة لإيران», unless withdrawn, says the same),
 * or sent or left standing («إذا وجهت الدعوة إلى إيران», «إذا بقيت الدعوة الموجهة إلى طهران قائمة»).
 */
const IRAN_PRESENT_IF =
  /(?:^|[\s"])[وف]?(?:اذا|ان|في\s+حال|لو)\s+(?:(?:تمت?|[يت]تم)\s+)?(?:دعيت|دعوه|دعوت|حضرت|شاركت|جلست|مشاركه|حضور)\s+(?:ال)?(?:ايران|طهران)(?![\u0621-\u064A])|(?:^|[\s"])[وف]?(?:اذا|ان|في\s+حال|لو)\s+(?:ايران|طهران)\s+(?:حضرت|شاركت|دعيت)(?![\u0621-\u064A])|(?:^|[\s"])[وف]?(?:اذا|ان|في\s+حال|لو)\s+(?:(?:تمت?|[يت]تم)\s+)?(?:وجهت|توجيه|بقيت|ظلت)\s+(?:ال)?دعوه\s+(?:(?:ال)?موجهه\s+)?(?:الي|ل)\s*(?:ايران|طهران)(?![\u0621-\u064A])|(?:^|[\s"])[وف]?(?:اذا|ان|في\s+حال|لو)\s+(?:(?:حضرت|شاركت)\s+(?:فيه|فيها)|حضرته|حضرتها)\s+(?:ايران|طهران)(?![\u0621-\u064A])|(?:^|[\s"])[وف]?(?:اذا|ان|في\s+حال|لو)\s+(?:شارك|حضر|جلس)(?:\s+(?:فيه|فيها))?\s+(?:(?:ال)?وفد\s+(?:ال)?ايراني|الايرانيون)(?![\u0621-\u064A])|(?:^|[\s"])[وف]?(?:اذا|ان|ما)\s+لم\s+(?:[يت]تم\s+)?(?:[يت]?سحب|[يت]لغي|[يت]تراجع)(?:\s+[^\s،,.]+){0,4}?\s+(?:عن\s+)?(?:ال)?دعو(?:ه|ته|تها)(?:\s+[^\s،,.]+){0,2}?\s+(?:(?:الي|ل)\s*)?(?:ايران|طهران)(?![\u0621-\u064A])|(?:^|[\s"])[وف]?الا\s+اذا\s+(?:تم\s+)?(?:سحبت|الغيت|سحب|الغاء)(?:\s+[^\s،,.]+){0,3}?\s+(?:ال)?دعو(?:ه|ته|تها)(?:\s+[^\s،,.]+){0,2}?\s+(?:(?:الي|ل)\s*)?(?:ايران|طهران)(?![\u0621-\u064A])/;

/**
 * Whether a refusal to attend (BOYCOTT) in a sentence's text governs what stands at `at`: one after it, or one before
 * it in the same clause («لن يقبل بالشروط، ولن يجلس … إذا حضرت إيران»: the second); not one before a comma and «و» opening another («"لن نذهب إلى جنيف لتسليم السلطة، وإذا حضرت
 * إيران فهذا حقها"»).
 */
function refusalGoverns(text: string, at: number): boolean {
  const refusals = new RegExp(BOYCOTT.source, "g");
  for (let m = refusals.exec(text); m; m = refusals.exec(text)) {
    if (m.index >= at || !CLAUSE_JOINED.test(text.slice(m.index, at))) return true;
    if (m[0].length === 0) refusals.lastIndex++;
  }
  return false;
}
/** The demand for what was named before, by its pronoun, as a describing verb's object («وتصف |المطالبة به»). */
const DEMAND_FOR_IT_NEXT = /^\s+(?:ال)?(?:مطالبه|مطالبات|دعوات|دعوه|حديث|كلام)\s+(?:به|بها|بذلك|برحيله|بتنحيه)(?![\u0621-\u064A])/;
/** A comma, then «و» opening the next clause. */
const CLAUSE_JOINED = /[،,]\s*و/;
/**
 * «the invitation» not withdrawn as a condition, no one named as invited («إذا لم تسحب الدعوة», «ما لم يتم إلغاء الدعوة»,
 * «إلا إذا سحبت الدعوة»), or left standing («إذا بقيت الدعوة قائمة»); or hers named («ما لم تلغ الأمم المتحدة دعوة إيران»).
 */
const INVITATION_NOT_WITHDRAWN_IF =
  /(?:^|[\s"])[وف]?(?:(?:اذا|ان|ما)\s+لم\s+(?:[يت]تم\s+)?(?:[يت]?سحب|الغاء|[يت]لغي?)|الا\s+اذا\s+(?:تم\s+)?(?:سحبت|الغيت|سحب|الغاء)|(?:اذا|في\s+حال|لو)\s+(?:بقيت|ظلت))(?:\s+[^\s،,.]+){0,3}?\s+(?:الدعوه|دعوه\s+(?:ايران|طهران))(?![\u0621-\u064A])/;

/**
 * A verb of condemning or criticising (group 1), up to five words (its subject, VSO), then another's statements
 * («تصريحات», «ما أدلى به», «ما قاله», «مزاعم», «دعوات» …), the words naming whose they are (group 2, up to six: no
 * new report or comma between), then what they said, joined by «حول/بشأن/عن», «بأن/من أن» or a relative clause
 * («التي قال فيها إن»), up to the cue: «استنكرت الخارجية السورية ما أدلى به وزراء خارجية فرنسا وبريطانيا من أنه |لا
 * مكان للأسد», «انتقد لافروف تصريحات كيري بشأن |ضرورة رحيل الأسد», «ونددت طهران بتصريحات الجبير التي طالب فيها
 * |برحيل الأسد».
 */
const CONDEMNED_STATEMENTS_BEFORE = new RegExp(
  String.raw`(?:^|[\s"«])([وف]?(?:استنكر|استنكرت|[يتن]ستنكر|ندد|نددت|[يتن]ندد|انتقد|انتقدت|[يتن]نتقد|هاجم|هاجمت|[يتن]هاجم|رفض|رفضت|[يتن]رفض|ادان|ادانت|[يتن]دين|شجب|شجبت|[يتن]شجب|استهجن|استهجنت|[يتن]ستهجن)(?:ون|ان|وا|ا|تا)?)\s+(?:[^\s،,.؛:!?؟"«»]+\s+){0,5}?[بل]?(?:ال)?(?:تصريحات|تصريح|ما\s+(?:ادلي|ادلت|ادلوا|صرح|صرحت|صرحوا)\s+به|ما\s+(?:قاله|قالته|قالوه|ذكره|ذكرته|اعلنه|اعلنته)|اقوال|مزاعم|ادعاءات|دعوات|مطالبات)((?:\s+(?!(?:[وف]?(?:قال|قالت|اكد|اكدت|اضاف|اضافت|شدد|شددت|اعتبر|اعتبرت|اوضح|اوضحت|اشار|اشارت|لكن|لكنه|لكنها|بل)(?![\u0621-\u064A])))[^\s،,.؛:!?؟"«»]+){0,6}?)\s+(?:(?:التي|الذي)(?:\s+[^\s،,.؛:!?؟"«»]+){0,3}?\s+|(?:من\s+)?(?:ب?ان(?:ه|ها)?|حول|بشان|عن|في\s+شان)\s+)"?$`,
  "d",
);
/**
 * Another's statements named with no verb of condemning before them: the word of statements, the one they are of
 * (group 1, one to six words: no new report or comma between), then what they said, joined by «بأن», «من أن» or «التي
 * قال فيها (إن)», up to the cue: «وحين سُئل عن تصريحات كيري بأن |الأسد لا مكان له …», «وجاءت تصريحات لافروف التي قال
 * فيها إن |…». (Not a bare «إن», which opens what the sentence's speaker says: «قال في تصريحات صحفية إن …»; but after
 * «قول», whose complement it is: «ورد المعلم على قول كيري إن |الأسد لن يكون جزءاً …».)
 */
const STATEMENTS_OF_BEFORE = new RegExp(
  String.raw`(?:^|[\s"«])[بل]?(?:ال)?(?:تصريحات|تصريح|اقوال|قول|مزاعم|ادعاءات)((?:\s+(?!(?:[وف]?(?:قال|قالت|اكد|اكدت|اضاف|اضافت|شدد|شددت|اعتبر|اعتبرت|اوضح|اوضحت|اشار|اشارت|لكن|لكنه|لكنها|بل|ان|انه|انها|بان|بانه|بانها|من|التي|الذي|ردا|رد|علي|[بل]?(?:ال)?(?:تصريحات|تصريح|اقوال|مزاعم|ادعاءات))(?![\u0621-\u064A])))[^\s،,.؛:!?؟"«»]+){1,6}?)\s+(?:(?:التي|الذي)\s+(?:قال|اكد|اعتبر|شدد|اعلن|ذكر|طالب|دعا)[\u0621-\u064A]*\s+(?:فيها|فيه)(?:\s+(?:ان|انه|بان))?\s+|من\s+ان(?:ه|ها)?\s+|بان(?:ه|ها)?\s+|(?<=(?:^|[\s"«])[بل]?قول\s[^،,.؛:!?؟"«»]{2,60})ان(?:ه|ها)?\s+)"?$`,
  "d",
);

/** A verb or noun of welcoming or backing, its subject between, before the statements («رحب الائتلاف |بتصريحات»). */
const WELCOMED_BEFORE =
  /(?:^|\s)[وف]?(?:رحب|رحبت|[يت]رحب|ترحيب|ترحيبه|ترحيبها|اشاد|اشادت|[يت]شيد|ايد|ايدت|[يت]ؤيد|ثمن|ثمنت|[يت]ثمن)(?:وا|ون|ان)?(?:\s+[^\s،,.؛:"«»]+){0,3}?\s+$/;
/** The words of statements CONDEMNED_STATEMENTS_BEFORE needs, looked for first (most windows have none). */
const STATEMENTS_WORD = /تصريح|قول|ادلي|ادلت|ادلوا|صرح|قاله|قالته|قالوه|ذكره|ذكرته|اعلنه|اعلنته|اقوال|مزاعم|ادعاءات|دعوات|مطالبات/;
/** Rules of a cue already turned or judged by its own words: condemning what it reports adds no second turn. */
export const TURNED_ALREADY = /\.(?:turned|negated|rejected|whoever-judged|described|judged-after|criticised|attempts-judged)(?:\.|$)/;

/**
 * A position in another's statements named with no verb of condemning before them (STATEMENTS_OF_BEFORE): the cue,
 * and the cue as stated with its owner's span, the statements' owner to hold it as the sentence reports it. The
 * caller keeps it only where a party is named in that span (no one else, the one answering a question about them
 * included, holds what they said).
 * Example: "وحين سئل المعلم عن تصريحات كيري بأن الأسد لا مكان له" → [{cue, stated: {must_go, owner: «كيري»}}]
 */
export function reportedStatementCues(
  normal: string,
  sentences: readonly Sentence[],
  cues: readonly Cue[],
): Array<{ cue: Cue; stated: Cue }> {
  const out: Array<{ cue: Cue; stated: Cue }> = [];
  for (const c of cues) {
    if (c.holders || c.parent || c.owner || TURNED_ALREADY.test(c.rule)) continue;
    const s = sentences[c.sentence]!;
    const from = Math.max(s.start, c.start - 120);
    const window = normal.slice(from, c.start);
    const m = STATEMENTS_WORD.test(window) ? STATEMENTS_OF_BEFORE.exec(window) : null;
    if (!m) continue;
    // (Not statements welcomed or backed, «رحب الائتلاف بتصريحات فابيوس بأنه …»: the one welcoming shares them.)
    if (WELCOMED_BEFORE.test(window.slice(0, m.index + 1))) continue;
    out.push({ cue: c, stated: { ...c, owner: { start: from + m.indices![1]![0], end: from + m.indices![1]![1] } } });
  }
  return out;
}

/**
 * A position in another's statements that a party condemns, rejects or criticises («استنكرت دمشق تصريحات فابيوس
 * بأنه لا مكان للأسد», «انتقد لافروف تصريحات كيري حول رحيل الأسد»): the one condemning holds the opposite; the
 * statements' owner, named right after the word of statements, keeps it as stated (owner). Each is the cue, the cue as
 * stated, with its owner's span, and the turned cue, whose holder is the condemning verb's subject (as describedCues).
 * Not a cue its own words turned or judged already («رفضت موسكو دعوات واشنطن إلى تنحي الأسد» is read there), nor a
 * condition's refusal (no condition is set by condemning it).
 * Example: "وانتقد لافروف تصريحات كيري بشأن ضرورة رحيل الأسد" → [{cue, stated: {must_go, owner: «كيري»}, turned: {may_stay, holder: "subject"}}]
 */
export function condemnedStatementCues(
  normal: string,
  sentences: readonly Sentence[],
  cues: readonly Cue[],
): Array<{ cue: Cue; stated: Cue; turned: Cue }> {
  const out: Array<{ cue: Cue; stated: Cue; turned: Cue }> = [];
  for (const c of cues) {
    const stance = c.stance === "unconditional" ? undefined : oppositeStance(c.topic, c.stance);
    if (!stance || c.holders || c.parent || c.owner || TURNED_ALREADY.test(c.rule)) continue;
    const s = sentences[c.sentence]!;
    const from = Math.max(s.start, c.start - 160);
    const window = normal.slice(from, c.start);
    const m = STATEMENTS_WORD.test(window) ? CONDEMNED_STATEMENTS_BEFORE.exec(window) : null;
    if (!m) continue;
    const verb = from + m.indices![1]![0];
    const owner = { start: from + m.indices![2]![0], end: from + m.indices![2]![1] };
    out.push({
      cue: c,
      stated: { ...c, owner },
      turned: {
        ...c,
        stance,
        rule: `${c.rule}.statements-condemned`,
        start: verb,
        end: c.end,
        holder: "subject",
        owner: undefined,
        parent: undefined,
        accusedOnly: undefined,
      },
    });
  }
  return out;
}

/**
 * A word of criticism or regret (cues.json iran.deplore: «انتقد», «أسفه», «استنكر») before `at` in its clause (no
 * punctuation between) or right at it, in the sentence starting at `from`: «انتقد وزير الخارجية الروسي سيرغي لافروف
 * |قرار سحب الدعوة».
 */
function criticismBefore(normal: string, from: number, at: number, lexicon: Lexicon): boolean {
  const deplore = lexicon.iran.deplore;
  if (!deplore) return false;
  const lead = normal.slice(Math.max(from, at - CRITICISM_REACH), at);
  // (Or opening the cue, where the cue starts at its critic: «استنكر المتحدث … قرار استبعاد إيران».)
  const clause = lead.slice(Math.max(lead.lastIndexOf("،"), lead.lastIndexOf(","), lead.lastIndexOf(":")) + 1) + normal.slice(at, at + 12);
  deplore.lastIndex = 0;
  return deplore.test(clause);
}
/** A negated word of regret or criticism: «لا يأسف», «لم تنتقد», «ليس آسفاً». */
const REGRET_DENIED = /(?:^|\s)(?:لا|لم|لن|ليس|ليست|غير)\s+(?:[يتن]?(?:اسف|ياسف|انتقد|نتقد|ستنكر|ندد)|اسف)/;
/** Her absence («غياب», «غيابها»), a word of exclusion naming no one who excludes her. */
const ABSENCE_WORD = /^[وفبل]?(?:ال)?غياب/;
/** How far before a cue its word of criticism is looked for (characters: a verb, its subject's title and name, «قرار»). */
const CRITICISM_REACH = 80;

/** Moving on to another item of the agenda after «قبل»: «قبل |الانتقال إلى أي بند آخر». */
const AGENDA_ITEM_AFTER =
  /^\s+(?:ال)?(?:انتقال|مرور|بحث|مناقشه|الخوض)\s+(?:(?:الي|ل|في)\s*)?(?:اي\s+)?(?:ال)?(?:بند|بنود|ملف|ملفات|نقطه|نقاط|موضوع|مواضيع)(?![\u0621-\u064A])/;
/** A demonstrative right after a describing verb: «ووصف |هذه| الشروط …». */
const DEMONSTRATIVE_NEXT = /^\s+(?:هذه|هذا|ذلك|تلك|هذين|هاتين)(?![\u0621-\u064A])/;
/** How far after a describing verb another cue is what it describes (characters: «أن الحديث عن "…»). */
const DESCRIBED_NEXT_REACH = 48;

/** A phrase rule on Assad that refuses what it names: «assad.reject-talk-of-departure», «assad.any-role-rejected». */
const REFUSING_RULE = /^assad\.(?:reject|refuse)|^assad\.[a-z-]*-rejected$/;

/**
 * A position another party describes as unacceptable, strange or unrealistic («وصف لافروف مطالب المعارضة بأنها
 * غير واقعية», «…، معتبراً إياها غير مقبولة»): the describer holds the opposite. Each pair is the cue as stated
 * (its owner keeps it) and the turned cue, whose holder is the describing verb's subject.
 * Example: "ووصف لافروف شروط المعارضة بأنها غير مقبولة" → [[conditional cue, {stance: "unconditional", holder: "subject"}]]
 */
export function describedCues(
  normal: string,
  sentences: readonly Sentence[],
  cues: readonly Cue[],
  words: WordIndex,
  lexicon: Lexicon,
): Array<[Cue, Cue]> {
  const describing = lexicon.compose?.polarity.describing;
  const evaluation = lexicon.compose?.polarity.evaluation;
  if (!describing || !evaluation) return [];
  const out: Array<[Cue, Cue]> = [];
  for (const c of cues) {
    // No condition is set by judging its refusal wrong, and Iran's conditional participation has no opposite; a cue
    // already turned by what follows it is read.
    const stance = c.stance === "unconditional" ? undefined : oppositeStance(c.topic, c.stance);
    // (Nor one whose unnamed holders are judged already: «وصفت موسكو مطالبة المجتمعين برحيل الأسد بأنها غير واقعية».)
    if (!stance || /\.(turned|negated|rejected|whoever-judged)$/.test(c.rule)) continue;
    // Nor a cue whose holders it names itself («وصف لافروف قرار الأمم المتحدة سحب الدعوة بأنه خطأ»: the UN, whose
    // decision it was, opposes; the describer's own word is read as his).
    if (c.holders) continue;
    // Nor a position named by its noun and its owner («اعتبر أن موقف روسيا المتمسك ببقاء الأسد غير واقعي»): the owner
    // keeps it, and the judge's opposite is read with it (compose.assad.*.position-of.judged).
    if (/\.position-of(?:\.judged)?$/.test(c.rule)) continue;
    // Nor one whose stance already reads the judgement after it («معتبراً أن استبعاد طهران سيكون خطأ»).
    if (c.judgedAfter) continue;
    // Nor a phrase rule that is itself a refusal of what it names («رفض المعلم أي حديث عن رحيل الأسد، واصفاً ذلك بأنه
    // "وهم"»): the judgement of what was refused agrees with the refusal, which the cue reads already. (Not a refusal
    // another criticises, «انتقد لافروف رفض السعودية أي دور للأسد، واصفاً ذلك بأنه غير واقعي»: the critic judges it.)
    if (REFUSING_RULE.test(c.rule) && !criticismBefore(normal, sentences[c.sentence]!.start, c.start, lexicon)) continue;
    // Nor one that carries its judging word itself («اعتبر أن "الإصرار على رحيل الأسد مطلب غير واقعي"»): its stance
    // reads that judgement already; the describing verb only introduces it.
    if (evaluation.find(normal, c.start, c.end).length > 0) continue;
    // Nor her taking part read from a word of criticism right before it («انتقد لافروف قرار سحب الدعوة ووصفه بأنه
    // خطأ»): the describing verb joined to it judges what he criticised, as the cue already reads.
    if (
      c.topic === "iran_participation" &&
      c.stance === "support" &&
      criticismBefore(normal, sentences[c.sentence]!.start, c.start, lexicon)
    )
      continue;
    const s = sentences[c.sentence]!;
    const clauseEnd = nextStop(normal, c.end, s.end);
    // (A red line, «خطاً أحمر», is no mistake, «خطأ», though the two are one word once normalised.)
    // The judging word in a second «أن» clause of the same verb («اعتبر أن بقاء الأسد خط أحمر، وأن الرهان على رحيله
    // وهم») judges that clause's subject, not the cue.
    const judged = (from: number) =>
      evaluation
        .find(normal, from, clauseEnd)
        .some(
          (e) =>
            words.within(from, e.index, JUDGED_REACH) &&
            !RED_LINE_NEXT.test(normal.slice(e.index + e.text.length, e.index + e.text.length + 8)) &&
            !SECOND_THAT_CLAUSE.test(normal.slice(from, e.index)),
        );
    // The describing verb before the cue, the judging word after it; or «معتبراً/واصفاً» after it, then the word.
    // (Not past a report opened after a comma, «وصفه … بأنه "خطأ"، مؤكداً أن موسكو "ترى أن حضور إيران شرط …"»: what
    // that report says is not what he described.)
    const before = describing
      .find(normal, s.start, c.start)
      .filter((d) => words.within(d.index, c.start, DESCRIBED_REACH) && !reportOpensIn(normal, d.index + d.text.length, c.start))
      .pop();
    const after = before
      ? undefined
      : describing.find(normal, c.end, clauseEnd).filter(
          (d) =>
            !(c.topic === "iran_participation" && /[،,]/.test(normal.slice(c.end, d.index))) &&
            // «هدد بالانسحاب ما لم تسحب الدعوة …، ثم عاد ورحب بقرار سحبها معتبراً أنه "تصحيح لخطأ"»: a later act, after
            // «، ثم», has its own object; its judgement is not of the cue.
            !LATER_ACT.test(normal.slice(c.end, d.index)) &&
            // «تلح على حضور طهران وتعتبر غيابها "خطأ"»: the absence judged wrong is the presence wanted, the cue's own side.
            !ABSENCE_NEXT.test(normal.slice(d.index + d.text.length, d.index + d.text.length + 24)) &&
            // «طالب باستبعاد إيران واصفاً موقفها بالغريب»: a party's own position, by its pronoun, is what is judged.
            !OWN_POSITION_NEXT.test(normal.slice(d.index + d.text.length, d.index + d.text.length + 16)) &&
            !STATEMENT_NEXT.test(normal.slice(d.index + d.text.length, d.index + d.text.length + 24)) &&
            // «هدد بسحب مشاركته ما لم تسحب الدعوة الموجهة إلى إيران، معتبراً أن جلوس طهران إلى الطاولة "مكافأة …"»: what
            // is judged after the verb is Iran's seat, not the condition on the talks or his fate.
            !(c.topic !== "iran_participation" && iranSeatNext(normal, d.index + d.text.length, lexicon)) &&
            // «أكدت أن "الرئيس الأسد باق"، معتبرة أن الحديث عن "مرحلة انتقالية بلا الأسد" هو "أوهام"»: another cue of
            // the sentence right after the verb is what it judges.
            // (Not one a demonstrative names, «ووصف |هذه الشروط| بأنها غير واقعية»: the ones just named.)
            (DEMONSTRATIVE_NEXT.test(normal.slice(d.index + d.text.length, d.index + d.text.length + 12)) ||
              !cues.some(
                (o) =>
                  o !== c && o.sentence === c.sentence && o.start >= d.index + d.text.length && o.start - d.index <= DESCRIBED_NEXT_REACH,
              )),
        )[0];
    // (Not a describing verb after a word of contrast, «بينما اعتبر بوتين أن …», «في حين وصف …»: another speaker's
    // clause, whose object is its own.)
    const verb =
      before && judged(c.end)
        ? before
        : after && !CONTRAST_BETWEEN.test(normal.slice(c.end, after.index)) && judged(after.index + after.text.length)
          ? after
          : undefined;
    // «تصر موسكو على أن رحيل الأسد "ليس مطروحاً"، وتصف المطالبة به بأنها "غير واقعية"»: the demand for what a
    // cue keeping him names, described after it, is judged as the cue already reads: no turn.
    if (
      after !== undefined &&
      verb === after &&
      c.stance === "may_stay" &&
      DEMAND_FOR_IT_NEXT.test(normal.slice(after.index + after.text.length, after.index + after.text.length + 40))
    )
      continue;
    if (!verb) {
      // «… تطالب بتنحي الرئيس الأسد كشرط لذهابها إلى جنيف، وهذا طلب غير واقعي»: the next clause judges it, in the
      // words of the one speaking (04-holders: JUDGED_AFTER_RULE).
      // «وطالب الائتلاف برحيل الأسد. وقال لافروف: "هذا المطلب غير واقعي"»: or the next sentence, opening on it.
      const sameSentence = c.topic !== "iran_participation" ? demonstrativeJudgement(normal, c.end, s.end, lexicon) : undefined;
      const next = sentences[c.sentence + 1];
      const judgement =
        sameSentence ??
        (c.topic !== "iran_participation" && next && words.within(c.end, s.end, CLOSING_REACH)
          ? openingJudgement(normal, next.start, next.end, lexicon)
          : undefined);
      if (judgement)
        out.push([
          c,
          {
            ...c,
            sentence: sameSentence ? c.sentence : c.sentence + 1,
            stance,
            rule: `${c.rule}.judged-after`,
            start: judgement.start,
            end: judgement.end,
            holder: undefined,
            owner: undefined,
            parent: undefined,
            accusedOnly: undefined,
          },
        ]);
      continue;
    }
    // «تتمسك موسكو بأن الأسد رئيس شرعي، وتصف المطالبة برحيله بأنها غير واقعية»: a describing verb after the cue whose
    // own object is another position on the same question describes that one, not this; so does one on Iran after a
    // cue on the talks or on him, or the reverse («ترحب بدعوة طهران إلى فيينا وتعتبر المطالبة برحيل الأسد شرطاً مسبقاً
    // "وصفة للفوضى"»). (Not his going and the conditions, one demand read twice: «يربط حضوره بتنحي الأسد، واصفاً
    // المطالبة برحيله بأنها غير واقعية» judges both.)
    if (
      verb === after &&
      cues.some(
        (k) =>
          k !== c &&
          (k.topic === c.topic || (k.topic === "iran_participation") !== (c.topic === "iran_participation")) &&
          k.sentence === c.sentence &&
          // (A cue of another kind whose own verb is the describing one starts at it: «…على بقاء الأسد، وتعتبران رحيله
          // المسبق وصفة للفوضى»; not «هذه المطالب» after «معتبراً أن», the same position again.)
          (k.start >= after.index + after.text.length || (k.start === after.index && kindOf(k.rule) !== kindOf(c.rule))) &&
          words.within(after.index + after.text.length, Math.max(k.start, after.index + after.text.length), 2),
      )
    )
      continue;
    // Described after the conditions («اشترطتا …، مشيراً إلى أننا نعتبر هذا الموقف غير مقبول»): the describer
    // holds the turned cue, not the subject of the conditions' own verb.
    // So too Assad's going named in the conditions («يربط مشاركته بضمانات بتنحي الأسد، واصفاً المطالبة برحيله بأنها
    // غير واقعية»): the one describing it keeps him, the one setting the conditions still wants him gone.
    const describedAfter = verb === after && (c.topic === "geneva2_preconditions" || c.topic === "assad_role");
    out.push([
      c,
      {
        ...c,
        stance,
        rule: `${c.rule}.described`,
        start: describedAfter ? verb.index : Math.min(verb.index, c.start),
        end: describedAfter ? Math.max(c.end, verb.index + verb.text.length) : c.end,
        holder: "subject",
        owner: undefined,
        parent: undefined,
        // («اتهم ظريف السعودية بأنها تشترط رحيل الأسد، معتبراً أن هذا الموقف يهدف إلى إفشال المسار»: the one judging the
        // charge after it is the accuser; the accused keeps what she is accused of.)
        accusedOnly: describedAfter ? undefined : c.accusedOnly,
      },
    ]);
  }
  return out;
}

/**
 * The clause after the cue's, opening with a demonstrative that stands for it and, at most a noun of demand between,
 * a judging predicate: «، وهذا طلب غير واقعي», «، وهي شروط مرفوضة», «، وذلك يعرقل المؤتمر», its speaker going on
 * first («، مضيفاً: "هذا المطلب غير واقعي"»). Not «، وهو ما …» (what
 * another thinks of it follows), nor a clause past a second comma.
 */
const DEMONSTRATIVE_AFTER =
  /^([^،,.؛:!?؟]{0,120}[،,]\s*"?\s*(?:[وف]?(?:اضاف|اضافت|تابع|تابعت|مضيفا|مضيفه|متابعا)\s*:?\s*["«“]?\s*)?)[وف]?(?:هذا|هذه|ذلك|تلك|هو|هي)\s+(?!ما\s|الذي\s|التي\s)(?:(?:ال)?(?:طلب|مطلب|مطالب|شرط|شروط|امر|موقف|كلام|طرح|اقتراح|مقترح)\s+)?/;

/**
 * The clause after the cue's, the speaker rejecting it in the first person by a demonstrative: «، ونحن نرفض ذلك
 * رفضاً قاطعاً», «، ولن نقبل بذلك», «، وهذا ما نرفضه».
 */
const DEMONSTRATIVE_REJECTED_AFTER =
  /^([^،,.؛:!?؟]{0,120}[،,]\s*"?\s*)[وف]?(?:(?:(?:نحن|انا)\s+)?(?:(?:لا|لن)\s+[نا]قبل(?:\s+ب?)?|[نا]رفض|رفضنا)\s*(?:ذلك|هذا|هذه)|(?:هذا|ذلك|هو)\s+ما\s+(?:[نا]رفضه|رفضناه|لا\s+[نا]قبله|لن\s+[نا]قبله|لا\s+[نا]قبل\s+به|لن\s+[نا]قبل\s+به))(?![\u0621-\u064A])/;

/** The judgement a demonstrative clause right after the cue passes on it (DEMONSTRATIVE_AFTER), where there is one. */
function demonstrativeJudgement(normal: string, end: number, stop: number, lexicon: Lexicon): { start: number; end: number } | undefined {
  const re = lexicon.rejectedAfter;
  if (!re) return undefined;
  const tail = normal.slice(end, Math.min(stop, end + 240));
  const rejected = DEMONSTRATIVE_REJECTED_AFTER.exec(tail);
  if (rejected) return { start: end + rejected[1]!.length, end: end + rejected[0].length };
  const d = DEMONSTRATIVE_AFTER.exec(tail);
  if (!d) return undefined;
  // The predicate right after the demonstrative (and its noun), read from the space before it: a few words at most.
  const at = d[0].length - 1;
  const m = re.exec(tail.slice(at));
  if (!m || m[0].trim().split(/\s+/).length > 5) return undefined;
  return { start: end + d[1]!.length, end: end + at + m[0].length };
}

/** How near the end of its sentence a position judged by the next sentence's opening stands, in words. */
const CLOSING_REACH = 10;
/**
 * A sentence opening on a demonstrative and a noun of demand, after its speaker at most («وقال لافروف: "», «مضيفاً:
 * "», «إن»): «هذا المطلب», «هذه الشروط», «هذا الطرح»; and «شرطهم هذا». What it judges is what the sentence before
 * closed on.
 */
const DEMAND_OPENING =
  /^(\s*(?:[وف]?(?:قال|قالت|قالوا|اضاف|اضافت|تابع|تابعت|مضيفا|مضيفه|متابعا)(?:\s+[^\s.،,:؛"«»]+){0,6}?\s*[:،,]?\s*)?["«“]?\s*(?:(?:ان|بان|انه)\s+)?["«“]?\s*)[وف]?(?:(?:هذا|هذه|ذلك|تلك)\s+(?:ال)?(?:طلب|مطلب|مطالب|شرط|شروط|اشتراط|طرح)|(?:شرط|مطلب|طلب)(?:هم|ه|ها)\s+(?:هذا|ذلك))(?![\u0621-\u064A])/;

/** The judgement a sentence opening on a demand (DEMAND_OPENING) passes on it: the predicate right after, if rejecting. */
function openingJudgement(normal: string, start: number, stop: number, lexicon: Lexicon): { start: number; end: number } | undefined {
  const re = lexicon.rejectedAfter;
  if (!re) return undefined;
  const head = DEMAND_OPENING.exec(normal.slice(start, Math.min(stop, start + 160)));
  if (!head) return undefined;
  const at = start + head[0].length;
  const m = re.exec(normal.slice(at, stop));
  if (!m || m[0].trim().split(/\s+/).length > 5) return undefined;
  return { start: start + (head[1]?.length ?? 0), end: at + m[0].length };
}

/** His or her absence or exclusion right after a describing verb: «(تعتبر) غيابها», «(واصفاً) استبعاد إيران». */
/**
 * Iran's taking part or seat right after a describing verb (and «أن»): «معتبراً أن |جلوس طهران إلى الطاولة …», «واصفاً
 * |حضور إيران …».
 */
function iranSeatNext(normal: string, from: number, lexicon: Lexicon): boolean {
  const next = IRAN_SEAT_NEXT.exec(normal.slice(from, from + 24));
  if (!next) return false;
  const mention = lexicon.iran.mention;
  mention.lastIndex = 0;
  return mention.exec(normal.slice(from + next[0].length, from + next[0].length + 24))?.index === 0;
}
/** A word of taking part or sitting right after a describing verb, up to the name after it. */
const IRAN_SEAT_NEXT = /^\s+(?:(?:ان|بان)\s+)?"?(?:ال)?(?:جلوس|مشاركه|حضور|مقعد|دعوه|وجود)\s+/;
const ABSENCE_NEXT = /^\s+"?(?:ال)?(?:غياب|تغييب|استبعاد|اقصاء|ابعاد|عدم\s+(?:مشاركه|حضور|دعوه))(?:ه|ها|هم)?(?![\u0621-\u064A])/;

/**
 * For life, forever or as an end in itself, right after his staying (in power or office, named between): «(بقاء الأسد)
 * مدى الحياة», «(في السلطة) إلى الأبد», «هدفاً بحد ذاته».
 */
const FOREVER_AFTER =
  /^\s+"?(?:(?:في\s+(?:ال)?(?:سلطه|حكم|منصبه|منصب|رئاسه)|علي\s+راس\s+(?:ال)?(?:سلطه|دوله|نظام))\s+)?(?:مدي\s+الحياه|الي\s+الابد|للابد|الي\s+ما\s+لا\s+نهايه|(?:هدفا|غايه)\s+(?:بحد|في\s+حد)\s+ذاته)(?![\u0621-\u064A])/;

/**
 * Protests or protesters, an adjective or two, then a participle of demanding, up to the word of his going or rule:
 * «الاحتجاجات الشعبية المطالبة ب|إنهاء», «المتظاهرين المطالبين ب|رحيل», «الثورة الشعبية المطالبة ب|إسقاط».
 */
const PROTESTS_DEMANDING_BEFORE =
  /(?:^|\s)[وبل]?(?:ال)?(?:احتجاجات|احتجاج|مظاهرات|تظاهرات|ثوره|انتفاضه|حراك|محتجين|متظاهرين)(?:\s+ال[\u0621-\u064A]+){0,2}\s+(?:ال)?(?:مطالبه|مطالبين|مناديه|منادين)\s+(?:ب|الي\s+)?(?:[^\s،,.؛:]+\s+){0,6}?[وبل]?$/;

/**
 * A reply to what comes next, its replier named between: «رد وزير الإعلام السوري عمران الزعبي على |شروط المعارضة»
 * (the conditions answered are another's).
 */
const REPLYING_TO_BEFORE = /(?:^|\s)[وف]?(?:رد|ردت|يرد|ترد|ردا|رادا|رده|ردها)(?:\s+[^\s،,.؛:]+){0,6}?\s+علي\s+$/;
/**
 * Accepting his staying, then words that name no talks, up to a word of condition: «تقبل ببقاء الأسد في السلطة لفترة
 * انتقالية رمزية، |شرط أن …».
 */
const STAY_ACCEPTED_BEFORE =
  /(?:^|\s)[وف]?(?:قبلت|[نيت]قبل|قبول|القبول|موافقه|[نيت]وافق|وافقت)\s+(?:علي\s+)?ب?(?:بقاء|ابقاء|بقائه)(?:\s+(?!(?:ال)?(?:مفاوضات|محادثات|مؤتمر|جنيف|طاوله|حوار|جوله)(?![\u0621-\u064A]))[^\s.؛:]+){1,14}?\s*[،,]?\s*"?\s*$/;
/** How long or when, right before a word of his staying: «مدة |بقاء», «فترة |بقائه». */
const DURATION_BEFORE = /(?:^|\s)(?:مده|فتره|موعد|توقيت)\s+$/;
/** An uprising or protests against what follows: «الانتفاضة ضد |حكم الأسد», «الاحتجاجات الشعبية ضد |النظام». */
const PROTESTS_AGAINST_BEFORE =
  /(?:^|\s)[وبل]?(?:ال)?(?:احتجاجات|احتجاج|مظاهرات|تظاهرات|ثوره|انتفاضه|حراك|تمرد|عصيان)(?:\s+ال[\u0621-\u064A]+){0,2}\s+ضد\s+(?:[^\s،,.؛:]+\s+)?$/;

/** A second «أن» clause joined to the first by a comma: «(اعتبر أن …)، وأن …», «، وإن …». */
const SECOND_THAT_CLAUSE = /[،,]\s*"?\s*و(?:ان|بان)\s/;
/** A word of contrast opening another party's clause: «بينما», «في حين», «فيما», «أما». */
const CONTRAST_BETWEEN = /(?:^|\s)(?:بينما|في\s+حين|فيما|اما)\s/;

/** A later act told after a comma: «، ثم عاد ورحب …», «، وبعد ذلك …». */
const LATER_ACT = /[،,]\s*(?:ثم|و?بعد\s+ذلك|و?لاحقا)\s/;

/** A composed cue's kind, the first three parts of its rule («compose.assad.go», «compose.pre.condition»). */
const kindOf = (rule: string) => rule.split(".").slice(0, 3).join(".");

/** «أحمر» right after: «خطاً | أحمر». */
const RED_LINE_NEXT = /^"?\s+احمر(?![\u0621-\u064A])/;

/** The end of the clause after `pos`: the next full stop, question mark or the sentence end. */
function nextStop(normal: string, pos: number, end: number): number {
  for (let i = pos; i < end; i++) {
    const c = normal.charCodeAt(i);
    if (c === 0x2e || c === 0x21 || c === 0x3f || c === 0x61f || c === 0x61b) return i;
  }
  return end;
}
