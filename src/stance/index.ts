// extract(text, lexicon): from one file's Arabic text to contract claims, pass by pass.
import { classifyLines } from "../text/boilerplate";
import { readMetadata, type ArticleMetadata } from "../text/metadata";
import type { KeywordPresence } from "../text/keywords";
import { normaliseCopy, originalSpan, type NormalisedText } from "../text/normalise";
import { findQuotes, splitSentences, WordIndex, type Sentence } from "../text/sentences";
import { splitDocuments } from "../text/split";
import type { Lexicon } from "./lexicon";
import { SentenceMentions, type Mention } from "./passes/01-actors";
import { ClauseBoundaries, Frames, openingSubject } from "./passes/02-speakers";
import {
  condemnedStatementCues,
  describedCues,
  findComposedCues,
  findIranAbsenceInCondition,
  findIranPresentInRelative,
  findOtherPresentInRelative,
  unnamedAgentAfter,
  TURNED_ALREADY,
  unnamedOthersBefore,
  unnamedRelativeBefore,
  hearsayBefore,
  criticisedUnnamedBefore,
  reportedStatementCues,
} from "./passes/03-composed";
import {
  deniedBefore,
  findIranCues,
  findPhraseCues,
  findRemovalInCondition,
  OWN_SAYING_AT,
  ownReportOpensIn,
  priceOfOther,
  reportOpensIn,
} from "./passes/03-cues";
import { CRITICISED_RIGHT_BEFORE, demandMadeOf, resolveHolders } from "./passes/04-holders";
import { decisionCues, invitedByCues, inviterCues, pronounObjectCues, referredCues } from "./passes/04-referred";
import { buildClaims } from "./passes/05-claims";
import { EVEN_IF, withoutAsides } from "./passes/03-shared";
import { matchesIn } from "./passes/scan";
import { sentenceIndex } from "./passes/search";
import { SHIPPED_CALIBRATION } from "./calibration-table";
import type { CalibrationModel, ClaimFacts } from "./calibration";
import type { Cue } from "./passes/03-cues";
import type { Holding } from "./passes/04-holders";
import { oppositeStance, type Claim } from "./types";

/** The conditions on the talks that Iran's absence is, read with her coming («إذا حضرت إيران», «مؤتمر تحضره إيران»). */
const ABSENCE_REQUIRED_RULE = /^compose\.pre\.absence-(?:required|in-relative)$/;
/** Rules of a cue read as judging, rejecting or turning what it names (a demand read against its words). */
const JUDGED_DEMAND_RULE = /(?:turned|rejected|described|judged|unrealistic|unacceptable|reject|negated|referred|of-relative)/;
/** The stances that turn a demand (his going, conditions on attending): keeping him, attending without them. */
const DEMAND_OPPOSITE = new Set(["may_stay", "unconditional"]);
/** Rules of a judgement of what the clause before it said («…، وهذا طرح غير بناء»). */
const JUDGED_BACK_RULE = /\.(?:judged-after|listed-judged)(?:\.|$)/;
/** A verb of demanding, insisting on or setting conditions (not its verbal noun: «اشتراط»). */
const OWN_DEMAND_VERB =
  /(?:^|[\s"«])[وف]?(?:[يت]صر(?:ون|ان)?|اصر(?:ت|وا)?|[يت]شترط(?:ون|ان)?|اشترط(?:ت|وا)?|[يت]طالب(?:ون|ان)?|طالب(?:ت|وا)?|[يت]تمسك(?:ون|ان)?|[يت]ربط(?:ون|ان)?|[يت]رهن(?:ون|ان)?|[يت](?:ضع|فرض|طرح)(?:ون|ان)?)(?=[\s"»]|$)/;
/** Attempts or efforts («محاولات», «مساعي»), and setting or imposing («وضع», «فرض»): «محاولات فرض شروط». */
const ATTEMPTS = "(?:ال)?(?:محاولات|محاوله|مساعي|مسعي)";
const SETTING = "(?:ال)?(?:وضع|فرض|طرح|اشتراط)";
/** The opening of the speaker's clause: a quote, a colon, «إن/أن» (ATTEMPTS_AS_SUBJECT_BEFORE, ATTEMPTS_INSTANCE_BEFORE). */
const CLAUSE_OPENING = '(?:^|[:"«]\\s*|(?:^|[\\s:"«])[وف]?(?:ان|بان)\\s+)["«]?';
/**
 * A verb of criticising (group 1), its subject's names, then what it criticises up to the demand: «ما وصفه بـ»,
 * «محاولات»/«مساعي», «وضع/فرض/طرح» («انتقد وزير الخارجية الروسي ما وصفه بـ"محاولات وضع |شروط»).
 */
const CRITICISED_BEFORE = new RegExp(
  `(?:^|\\s)([وف]?(?:انتقد|انتقدت|ينتقد|تنتقد|هاجم|هاجمت|ندد|نددت|استنكر|استنكرت))\\s+(?:[^\\s،,.؛:"«»]+\\s+){1,6}?(?:ما\\s+(?:وصفه|وصفته|وصفها|سماه|سمته|اسماه)\\s+)?(?:ب\\s*)?["«]?\\s*(?:${ATTEMPTS}\\s+)(?:${SETTING}\\s+)?["«]?$`,
);
/** A noun of demanding opening a cue: «مطالبة (الغرب) برحيل الأسد», «المطالبات بتنحيه», «دعوات واشنطن إلى …». */
const DEMAND_NOUN_AT = /^[وفب]?(?:ال)?(?:مطالبه|مطالبات|دعوات|دعوه|اشتراط)\s/;
/**
 * The owner of attempts left unnamed, between them and the setting: «محاولات |بعض شركائنا| فرض», «مساعي |بعض الأطراف|
 * وضع», «محاولات |الغرب| فرض». (A party the lexicon names there, «محاولات الرياض فرض», holds the conditions itself.)
 */
const UNNAMED_OWNER =
  "(?:(?:(?:بعض|عده)\\s+)?(?:ال)?(?:شركاء|شركائ|اطراف|دول|جهات|قوي|عواصم|حلفاء|غرب)(?:نا|ها|هم)?(?:\\s+ال[\\u0621-\\u064A]+)?\\s+)?";
/**
 * Attempts to set conditions as the subject of the speaker's clause, right after its opening (a quote, a colon,
 * «إن»/«أن»), up to the word of condition: «قال لافروف: "إن محاولات فرض |شروط مسبقة على الحوار … تقوض المؤتمر"»,
 * «وأكد أن مساعي وضع |شروط …». Attempts are a pejorative name for what others do; the one who names them so rejects
 * them. (Not «محاولات الائتلاف فرض شروط» nor a verb before them, «يواصل محاولات فرض شروط»: an owner or a subject of
 * its own is named.)
 */
const ATTEMPTS_AS_SUBJECT_BEFORE = new RegExp(`${CLAUSE_OPENING}${ATTEMPTS}\\s+${UNNAMED_OWNER}(?:${SETTING}\\s+)["«]?$`);
/**
 * The same attempts, their conditions named, then one of them given as an instance («ومنها», «بما في ذلك», «بما
 * فيها», «مثل», «وفي مقدمتها», «وعلى رأسها», «وأبرزها», or «كـ» on the instance itself or on a demand for it), up to
 * the cue of his going: «إن محاولات فرض شروط مسبقة على الحوار، بما في ذلك |المطالبة برحيل الأسد، تقوض …», «…، كـ|رحيل
 * الأسد، تتعارض مع …», «…، كالإصرار على |رحيل الأسد، …». The instance is of what he rejects: his going demanded, or demanded before the talks, is turned for him
 * (may_stay, unconditional).
 */
const ATTEMPTS_INSTANCE_BEFORE = new RegExp(
  `${CLAUSE_OPENING}${ATTEMPTS}\\s+${UNNAMED_OWNER}${SETTING}\\s+(?:ال)?(?:شروط|شرط|شروطا)(?:\\s+[^\\s،,.؛:!?؟]+){0,4}\\s*[،,]?\\s+(?:(?:و?منها|بما\\s+في\\s+ذلك|بما\\s+فيها|مثل|ك|(?:و?في\\s+)?مقدمتها|(?:و?علي\\s+)?راسها|و?ابرزها)\\s+(?:[^\\s،,.؛:!?؟]+\\s+){0,2}(?:ب|ل)?|ك(?:ال)?(?:اصرار|مطالبه|اشتراط|تمسك)\\s+(?:علي\\s+|ب)?|ك)$`,
);
/**
 * Attempts (left unowned) to make his going a condition, the subject of the speaker's clause: «إن محاولات جعل رحيل
 * الأسد شرطاً لبدء الحوار أثبتت عقمها», «أن مساعي اعتبار تنحيه شرطاً مسبقاً …». As attempts to impose conditions
 * (ATTEMPTS_AS_SUBJECT_BEFORE), the one who names them so rejects them: his going and the condition are turned.
 */
const ATTEMPTS_MAKE_CONDITION = new RegExp(
  `${CLAUSE_OPENING}${ATTEMPTS}\\s+${UNNAMED_OWNER}(?:ال)?(?:جعل|اعتبار)\\s+(?:ال)?(?:رحيل|تنحي|تنحيه|رحيله|ازاحه|اسقاط|خروج)(?:\\s+[^\\s،,.؛:!?؟]+){0,5}?\\s+(?:شرطا|شرط)(?![\\u0621-\\u064A])`,
);
/**
 * «في رد على», «رداً على», then statements or demands and their qualifiers up to the cue, in its clause: what the cue
 * names there is the answered party's («في رد على تصريحات غربية |تطالب بتنحي الرئيس»).
 */
const ANSWERING_BEFORE =
  /(?:^|\s)(?:في\s+رد|رد[اه]?)\s+علي\s+(?:ال)?(?:تصريحات|تصريح|مطالب|مطالبات|دعوات|دعوه|مواقف|موقف|تهديدات|اتهامات|كلام|حديث)(?:\s+[^\s،,.؛:!?؟]+){0,4}?\s+(?:(?:التي|الذي)\s+)?$/;
/** A relative clause right after the rejected words, up to the demand, in its clause («الشروط |التي يطرحها الائتلاف| لقاء …»). */
const RELATIVE_ON_REJECTED = /^[^،,.؛:!?؟]{0,60}?(?:^|\s)(?:التي|الذي)\s[^،,.؛:!?؟]{0,60}$/;

/**
 * «وليس من شأن أي طرف خارجي», «ليس من شأن أي دولة أجنبية»: no outside party's business; «وهو ليس من شأننا»: none of
 * the speaker's own.
 */
const NO_OUTSIDERS_BUSINESS =
  /(?:^|[\s"،,])[وف]?(?:ليس|ليست)\s+من\s+(?:شان\s+(?:اي|احد)\s+(?:طرف|دوله|جهه|بلد|قوه)\s+(?:ال)?(?:خارجي|اجنبي|اجنبيه|خارجيه)|شان(?:نا|ي|ها))(?![\u0621-\u064A])/;

/** A time told by other talks: «عقب توقيع الاتفاق النووي», «بعد الاتفاق النووي», «منذ إبرام الاتفاق النووي». */
const OTHER_TALKS_AS_TIME =
  /(?:^|\s)(?:بعد|عقب|قبل|منذ|اثر|مع)\s+(?:(?:توقيع|ابرام|التوصل\s+الي|اعلان)\s+)?(?:ال)?اتفاق\s+(?:ال)?نووي(?![\u0621-\u064A])/g;
/**
 * Geneva named as the talks, not the communiqué of Geneva-1 («بيان جنيف», «جنيف 1», «مقررات جنيف»), which an article
 * on another venue may cite before its meeting is taken up as «اللقاء».
 */
const GENEVA_TALKS = String.raw`(?<!(?:بيان|اعلان|مقررات|وثيقه|مبادئ)\s+)جنيف(?!\s*-?\s*(?:1|الاول|واحد)(?![0-9\u0621-\u064A]))`;
const GENEVA_TALKS_NAMED = new RegExp(GENEVA_TALKS);
/**
 * Geneva or Vienna named as a place of the talks, each where it stands («مفاوضات |جنيف|», «اجتماع |فيينا|»); not the
 * communiqué of Geneva-1 (as GENEVA_TALKS_NAMED).
 */
const GENEVA_TRACK_NAMED = new RegExp(`${GENEVA_TALKS}|فيينا`, "g");
/** The global form of a lexicon regex (for matchAll), made once per regex. */
const GLOBAL_FORMS = new WeakMap<RegExp, RegExp>();
function globalOf(re: RegExp): RegExp {
  let g = GLOBAL_FORMS.get(re);
  if (!g) GLOBAL_FORMS.set(re, (g = re.global ? re : new RegExp(re.source, `${re.flags}g`)));
  return g;
}
/**
 * Geneva named only as what another venue is measured against, right before it: «لقاء موسكو ليس |بديلا عن مسار |جنيف»,
 * «شرط أن يكون |مكملا ل|جنيف», «لا يلغي مسار |جنيف»; that venue is what the sentence is about.
 */
const GENEVA_AS_MEASURE =
  /(?:^|\s)(?:بديل[اه]?|مكمل[اه]?|تمهيد[اه]?|رديف[اه]?|منافس[اه]?|محل|[يت]لغي)\s+(?:عن\s+|ل)?(?:(?:ال)?(?:مسار|مفاوضات|مؤتمر|محادثات|عمليه)\s+)?(?:ل)?$/;
/**
 * A deal struck in the nuclear talks, named as what a party did («خرجت منتصرة من |اتفاق جنيف النووي مع الدول الست|»):
 * no venue of a condition said after it.
 */
const NUCLEAR_DEAL =
  /(?:^|\s)[وبل]?(?:ال)?اتفاق(?:\s+(?:جنيف|لوزان|فيينا))?\s+(?:ال)?نووي(?:\s+مع\s+(?:(?:مجموعه|الدول|القوي)\s+(?:ال)?(?:ست|السته)(?:\s+الكبري)?|(?:مجموعه\s+)?5\s*\+\s*1))?/g;
/**
 * A statement of its own after a comma, joined to the one before («…، مضيفاً أن لقاء موسكو …», «…، وأن اللقاء …»): a
 * venue named there is not what a cue before it is about.
 */
const NEXT_STATEMENT_OPENS =
  /[،,]\s*(?:[وف]?(?:ان|انه|انها|بان)\s|(?:مضيفا|مؤكدا|مشيرا|موضحا|لافتا|مشددا|معتبرا|معربا|داعيا|قائلا)(?:\s|$))/;
/** A meeting named bare («اللقاء», «الاجتماع»), each where it stands: one named before may be taken up. */
const THE_MEETING = String.raw`(?:^|\s)[وف]?(?:ال)(?:لقاء|اجتماع)(?:\s|$)`;
const THE_MEETINGS = new RegExp(THE_MEETING, "g");
/** Whether a sentence names a meeting bare (THE_MEETINGS), before the article is searched for one named earlier. */
const THE_MEETINGS_NAMED = new RegExp(THE_MEETING);
/** A clause of its own opening between two places of a sentence: «، فيما», «بينما», «في حين», «؛». */
const OTHER_CLAUSE_OPENS = /[؛]|(?:^|[\s،,])[وف]?(?:فيما|بينما|في\s+حين|حين|عندما)\s/;

/** Becoming a condition denied: «لا يجوز أن تتحول إلى شروط», «يجب ألا تصبح شرطاً». */
const NEGATED_BECOMING = String.raw`(?:^|[\s"])[وف]?(?:لا|لن|ليس|ليست|الا|يجب\s+الا|ينبغي\s+الا)\s+(?:(?:يجوز|ينبغي|يجب|يمكن)\s+ان\s+)?[يت](?:تحول|صبح)\s+(?:الي\s+)?(?:ال)?(?:شروط|شرط)`;
/** NEGATED_BECOMING up to the condition word: «… لا يجوز أن تتحول إلى |شروط|». */
const NEGATED_BECOMING_UPTO = new RegExp(`${NEGATED_BECOMING}[\\u0621-\\u064A]*$`);
/** NEGATED_BECOMING after the cue, in its sentence: what the cue is said not to become. */
const NEGATED_BECOMING_AFTER = new RegExp(`^[^.؛:]{0,100}?${NEGATED_BECOMING}`);
/** A verb of becoming and «إلى» (or its predicate): «أن تتحول إلى», «تصبح». */
const BECOMING_BETWEEN = /(?:^|\s)(?:ان\s+)?[يت](?:تحول|صبح)(?:\s|$)/;
/**
 * «تحت عنوان», «بعنوان», «بعناوين من قبيل», then a quotation still open: a cited headline («وتحت عنوان "المعارضة …»,
 * «في تقرير بعنوان "…"», «خرجت صحف بعناوين من قبيل "موسكو تتخلى عن الأسد"»), which the story after it tells (not
 * «عنونت صحيفة …:», the paper's own headline as its report); or a programme, a column or a book named so («في مقابلة مع
 * برنامج "بلا قيود"», «في زاويته "…"»): a name, no position.
 */
const CITED_TITLE_BEFORE =
  /(?:^|\s)[وفب]?(?:(?:تحت\s+عنوان|بعنوان|(?:ب|تحت\s+)?عناوين\s+(?:من\s+قبيل|مثل))\s*:?|(?:ال)?(?:برنامج|برامج|زاويه|زاويته|كتاب|كتابه|فيلم|حلقه)(?:\s+[^\s"«»،,.]+){0,2})\s*["«][^"«»]*$/;

/** What the passes found on the way to the claims, for `npm run eval -- --explain` (which stage failed). */
export interface ExtractTrace {
  /** The article never names Syria or Geneva, so nothing in it was read. */
  offTopic: boolean;
  /** Every topic cue found, before holders. */
  cues: Cue[];
  /** Every holder found for a cue, before the claim filters (evidence length, hedges). */
  holdings: Holding[];
  /** What each claim's confidence was estimated from. */
  facts?: Map<Claim, ClaimFacts>;
  /** The normal form the cues' offsets are in, and the kept sentences their `sentence` indexes (where any cue was looked for). */
  normal?: string;
  sentences?: ReadonlyArray<{ start: number; end: number }>;
}

/** A whole article (not a one-line dispatch) long enough to name Syria or Geneva somewhere if it is about them. */
const OFF_TOPIC_MIN_LENGTH = 800;

export interface ExtractedArticle {
  id: string;
  text: string;
  metadata: ArticleMetadata;
  claims: Claim[];
  /** Names next to a speech verb that the lexicon does not know (for the review queue), original offsets. */
  unknownSpeakers?: Array<{ start: number; end: number; name: string; suggestedParty: string | null; hasCue: boolean }>;
}

/** One article to extract, with its hints (extractArticle takes the same hints beside the id and the text). */
export interface ArticleToExtract {
  id: string;
  /** The original text. */
  text: string;
  /** The publication year where the caller knows it (titles held by year: «وزير الخارجية» in 2014 is Lavrov). */
  year?: number | null;
  trace?: ExtractTrace;
  /** Confidence as measured precision (the shipped table) unless given; null for the raw claims. */
  calibration?: CalibrationModel | null;
}

/**
 * Claims of one article's original text.
 * Example: extractArticle("d.txt", "وقال لافروف: «يجب أن يشارك الجميع دون أدنى شرط مسبق».", lexicon)
 *   → claims [{party: "russia", actor: "lavrov", topic: "geneva2_preconditions", stance: "unconditional", …}]
 */
export function extractArticle(
  id: string,
  original: string,
  lexicon: Lexicon,
  hints: Omit<ArticleToExtract, "id" | "text"> = {},
): ExtractedArticle {
  // The stages of extractArticles, for one article.
  const split = readArticle({ id, text: original, year: hints.year, trace: hints.trace, calibration: hints.calibration }, lexicon);
  if (isExtracted(split)) return split;
  const read = scanArticle(split, lexicon);
  if (isExtracted(read)) return read;
  const cued = findCues(withPhraseCues(read, lexicon), lexicon);
  if (isExtracted(cued)) return cued;
  const settled = settleCues(cued, lexicon);
  return isExtracted(settled) ? settled : holdAndClaim(settled, lexicon);
}

/**
 * Bounds of one batch of extractArticles: the stage's code and tables stay in the processor's caches from one
 * article to the next only over enough articles (measured on the seed corpus and a 2 MB corpus of news articles,
 * CPU time against one article at a time: 4 articles a batch saved 5-8%, 16 saved 6-11%, 64 saved 16-19%, 128
 * and 400 no more than 64); and the batch's intermediate state (normal text and its offset map, sentences, the
 * keyword scan's marks: about 13 bytes a character) must stay small: 256 Ki characters are about 3 MB.
 */
const STAGE_BATCH = { articles: 64, chars: 256 * 1024 };

/**
 * Claims of many articles, the same as extractArticle gives for each, in the order given. The articles go through
 * the pipeline a batch at a time (STAGE_BATCH), stage by stage (reading: normal form, lines, metadata, sentences;
 * the keyword scan; the phrase rules; the composed cues; actors and the cues' filters; holders and claims), rather than one
 * article at a time through all of it: an article run alone pays for reloading every stage's code, compiled regexes
 * and lexicon tables that the stages before evicted from the processor's caches, and a corpus of short articles
 * pays it over and over. For digests, batches posted at once, the cron's re-extraction and the extract command.
 * Example: extractArticles([{id: "a", text: "…"}, {id: "b", text: "…"}], lexicon) → [{id: "a", claims: […]}, {id: "b", …}]
 */
export function extractArticles(articles: readonly ArticleToExtract[], lexicon: Lexicon): ExtractedArticle[] {
  const out: ExtractedArticle[] = [];
  for (const [from, to] of stageBatches(articles.map((a) => a.text.length))) {
    const split = articles.slice(from, to).map((a) => readArticle(a, lexicon));
    const read = split.map((r) => (isExtracted(r) ? r : scanArticle(r, lexicon)));
    const phrased = read.map((r) => (isExtracted(r) ? r : withPhraseCues(r, lexicon)));
    const cued = phrased.map((r) => (isExtracted(r) ? r : findCues(r, lexicon)));
    const settled = cued.map((c) => (isExtracted(c) ? c : settleCues(c, lexicon)));
    for (const c of settled) out.push(isExtracted(c) ? c : holdAndClaim(c, lexicon));
  }
  return out;
}

/**
 * The batches of extractArticles, as [from, to) ranges of the articles, given their lengths: consecutive, each
 * within STAGE_BATCH's bounds, except that an article longer than the character bound is a batch of its own.
 * Example: stageBatches([10, 10, 300_000, 10]) → [[0, 2], [2, 3], [3, 4]]
 */
export function stageBatches(lengths: readonly number[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let from = 0; from < lengths.length;) {
    let to = from + 1;
    for (let chars = lengths[from]!; to < lengths.length && to - from < STAGE_BATCH.articles; to++) {
      chars += lengths[to]!;
      if (chars > STAGE_BATCH.chars) break;
    }
    out.push([from, to]);
    from = to;
  }
  return out;
}

/** An article read (stage 1): its normal form, metadata and sentences. */
interface SplitArticle {
  id: string;
  original: string;
  year: number | null | undefined;
  trace: ExtractTrace | undefined;
  calibration: CalibrationModel | null;
  text: NormalisedText;
  metadata: ArticleMetadata;
  allSentences: Sentence[];
}

// Each stage's result holds the one before by reference and adds its own: copying the fields along (an object
// spread per stage) made one article at a time 7-12% slower and collected more garbage.

/** An article scanned (stage 2): the keyword scan's marks and the sentences kept. */
interface ReadArticle {
  split: SplitArticle;
  found: KeywordPresence;
  /** Indices into allSentences of the sentences kept (not about other talks). */
  kept: number[];
  sentences: Sentence[];
  present: KeywordPresence;
}

/** An article with its phrase cues (stage 3). */
interface PhrasedArticle {
  read: ReadArticle;
  /** The normal text the phrase rules and the composed cues read: its asides of comment and repetition blanked. */
  matching: string;
  phraseCues: Cue[];
}

/** An article with its phrase cues and the composed cues beside them (stage 4). */
interface CuedArticle {
  read: ReadArticle;
  words: WordIndex;
  /** Per phrase cue, the composed cue with the same reading of its words (see withComposed). */
  backups: Map<Cue, Cue>;
  phrase: Cue[];
}

/** An article with every cue it states and the actors named in it (stage 5). */
interface SettledArticle {
  cued: CuedArticle;
  boundaries: ClauseBoundaries;
  mentions: SentenceMentions;
  cues: Cue[];
  /** Each position another party describes (unacceptable, unrealistic …), with its opposite the describer holds. */
  described: ReturnType<typeof describedCues>;
}

/** Whether a stage's result is already the article's extraction (nothing left for the later stages to find). */
function isExtracted<T extends object>(r: T | ExtractedArticle): r is ExtractedArticle {
  return "claims" in r;
}

/** Stage 1: normal form, lines, metadata and sentences; or no claims, for an off-topic article. */
function readArticle(article: ArticleToExtract, lexicon: Lexicon): SplitArticle | ExtractedArticle {
  const { id, text: original, trace } = article;
  // Confidence as measured precision (the shipped table), unless asked for the raw claims (null).
  const calibration = article.calibration === undefined ? SHIPPED_CALIBRATION : article.calibration;
  // Normal form with a map back to the original, so evidence is always a verbatim slice; in hard-wrapped copy, the
  // line breaks inside paragraphs read as spaces, so its sentences are whole.
  const text = normaliseCopy(original);
  // Lines: title, bylines, boilerplate (breadcrumbs, tables of contents, prompts, comments, sign-offs).
  const lines = classifyLines(original, text);
  // Metadata: title, outlet, publication date (Gregorian, numeric or Hijri).
  const metadata = readMetadata(text, lines);
  // Sentences of the stance-bearing lines, quotations, word positions and clause boundaries.
  // Sentences about other talks (the nuclear file, Ukraine …) that never name Syria or Geneva state nothing here;
  // an article that never names them states nothing at all.
  const offTopic = text.normal.length > OFF_TOPIC_MIN_LENGTH && !lexicon.context.syria.test(text.normal);
  if (trace) trace.offTopic = offTopic;
  if (offTopic) return { id, text: original, metadata, claims: [] };
  const allSentences = splitSentences(text, lines);
  return { id, original, year: article.year, trace, calibration, text, metadata, allSentences };
}

/** Stage 2: the keyword scan, and the sentences kept (not about other talks); or no claims, where none is kept. */
function scanArticle(split: SplitArticle, lexicon: Lexicon): ReadArticle | ExtractedArticle {
  const { id, original, text, metadata, allSentences } = split;
  // One scan finds the words every rule and frame regex needs, so each runs only in sentences that have them.
  const found = lexicon.keywords.presence(text.normal, allSentences);
  const kept: number[] = [];
  allSentences.forEach((s, i) => {
    if (!found.mayMatch(lexicon.keywordSlots.otherTalks, i)) return kept.push(i);
    const t = text.normal.slice(s.start, s.end);
    // («… أن «من المهم أن تكون إيران حاضرة»، بعد أسابيع من زيارتها طهران عقب توقيع الاتفاق النووي»: the other talks
    // named only to tell the time.)
    if (!lexicon.context.otherTalks.test(t.replace(OTHER_TALKS_AS_TIME, " ")) || lexicon.context.syria.test(t)) kept.push(i);
  });
  const sentences = kept.map((i) => allSentences[i]!);
  if (sentences.length === 0) return { id, text: original, metadata, claims: [] };
  const present = found.select(kept);
  return { split, found, kept, sentences, present };
}

/** Stage 3: the phrase rules' cues (the lexicon's regexes, each run in the sentences holding its words). */
function withPhraseCues(read: ReadArticle, lexicon: Lexicon): PhrasedArticle {
  // (Asides of comment and repetition read as spaces: «لا يمكن، كما قلنا مراراً، أن يكون …» as one stretch.)
  const matching = withoutAsides(read.split.text.normal, read.sentences);
  return { read, matching, phraseCues: findPhraseCues(matching, read.sentences, read.present, lexicon) };
}

/**
 * Stage 4: the composed cues beside the phrase cues. An article without a cue (the common case in a news feed)
 * needs no actor, frame or holder analysis at all.
 */
function findCues(phrased: PhrasedArticle, lexicon: Lexicon): CuedArticle | ExtractedArticle {
  const { read, matching, phraseCues } = phrased;
  const { split, sentences, present } = read;
  const { id, original, text, metadata } = split;
  const words = new WordIndex(text.normal);
  const backups = new Map<Cue, Cue>();
  const composed = findComposedCues(matching, sentences, present, matching === text.normal ? words : new WordIndex(matching), lexicon);
  const phrase = withComposed(phraseCues, composed, backups, text.normal);
  const mayNameIran = sentences.some((_, si) => present.mayMatch(lexicon.keywordSlots.iranMention, si));
  if (phrase.length === 0 && !mayNameIran) return { id, text: original, metadata, claims: [] };
  return { read, words, backups, phrase };
}

/**
 * Stage 5: actors named, the Iran cues, the cues' filters (conditions on Iran, relative clauses on unnamed others),
 * and the positions described or referred back to; or no claims, where no cue is left.
 */
function settleCues(cued: CuedArticle, lexicon: Lexicon): SettledArticle | ExtractedArticle {
  const { read, words, phrase } = cued;
  const { split, found, kept, sentences, present } = read;
  const { id, original, trace, text, metadata, allSentences } = split;
  const boundaries = new ClauseBoundaries(text.normal, sentences, present, lexicon);
  const year = split.year ?? (metadata.publishedAt ? Number(metadata.publishedAt.slice(0, 4)) : null);
  // Actors named in the sentences.
  const mentions = new SentenceMentions(text.normal, lexicon, year, found.reportedEnds, allSentences, kept, (si) =>
    present.mayMatch(lexicon.keywordSlots.office, si),
  );
  // Iran's participation, and Assad's removal inside a condition.
  // (Not inside a conference judged for leaving her out, which the phrase rule reads whole: «أي حل لا تشارك فيه إيران
  // سيكون ناقصاً» wants her there; its «لا تشارك» rejects nothing of hers. A cue that starts inside it and runs on,
  // «… إذا جرى استبعاد إيران عنه», is of it too.)
  const iran = findIranCues(text.normal, sentences, mentions, words, boundaries, present, lexicon).filter(
    (c) =>
      !phrase.some(
        (p) =>
          p.rule === LEFT_OUT_JUDGED_RULE && p.sentence === c.sentence && p.stance !== c.stance && p.start <= c.start && c.start < p.end,
      ),
  );
  const removal = findRemovalInCondition(text.normal, phrase, sentences, lexicon);
  // Iran's absence made the condition of attending.
  const absence = findIranAbsenceInCondition(text.normal, phrase, sentences);
  // Iran's coming named in a relative clause on the meeting one refuses to attend («لن يشارك في مؤتمر تحضره إيران»).
  const absentFromMeeting = findIranPresentInRelative(text.normal, sentences, (si) =>
    present.mayMatch(lexicon.keywordSlots.iranMention, si),
  );
  // Another party's coming or seat named so («لن تكون جزءاً من مؤتمر يُمنح فيه هذا الحزب مقعداً»).
  const presentInMeeting = findOtherPresentInRelative(text.normal, sentences);
  // A condition on Iran's participation («مشاركة إيران … مشروطة بانسحاب …») is not a precondition of the talks:
  // drop a preconditions cue that follows a conditional Iran cue closely in its sentence, read by the Iran pass or
  // by the word classes where that pass read nothing («فرنسا توافق على مشاركة إيران في المؤتمر …، في حال تلبيتها
  // عدة شروط»).
  // (Not her taking part read inside a condition that is her absence: «سيقاطع ما لم يتراجع بان كي مون عن دعوة
  // طهران» is no conditional taking part of hers, and the boycott is the speaker's condition.)
  // (Nor where the condition goes on with something she may do instead: «… إلا إذا سحبت الدعوة الموجهة لإيران أو أعلنت
  // طهران التزامها ببيان جنيف» lets her in on that, her conditional taking part.)
  const inAbsence = (c: Cue) =>
    c.topic === "iran_participation" &&
    absence.some(
      (a) =>
        a.sentence === c.sentence &&
        c.start < a.end &&
        c.end > a.start &&
        !(
          c.stance === "conditional" && OR_SHE_MEETS_AFTER.test(text.normal.slice(a.end, Math.min(sentences[a.sentence]!.end, a.end + 30)))
        ),
    );
  // A party but Iran named in her absence's condition, up to the cue, and the invitation named as his in a relative
  // clause on it («إذا لم يسحب |بان كي مون| الدعوة |التي وجهها| إلى إيران»): the inviter, whose invitation the
  // relative clause holds (its own verb's subject is he).
  const inviterNamed = (c: Cue) =>
    absence.some(
      (a) =>
        a.sentence === c.sentence &&
        mentions.in(c.sentence).some((m) => m.start >= a.start && m.start < c.start && m.party !== "iran" && !m.place) &&
        INVITED_BY_HIM_BEFORE.test(text.normal.slice(a.start, c.end)),
    );
  const iranConditional = [
    ...iran,
    ...phrase.filter((c) => c.rule.startsWith("compose.iran.") && !iran.some((i) => i.sentence === c.sentence)),
    // «لا تمانع ذلك شريطة أن تعلن طهران قبولها ببيان جنيف 1», «تطالب طهران بإعلان قبولها ببيان جنيف 1 شرطاً لدعوتها»:
    // the phrase rule reading Iran named to accept the communique makes the condition beside it hers too.
    // So is «إيران يمكن أن تلعب دوراً بناءً في جنيف، شرط أن تقبل بمرجعية بيان جنيف 1»: Iran named, then the condition
    // with her pronoun its only subject.
    ...phrase.filter((c) => c.rule === IRAN_NAMED_TO_ACCEPT_RULE || c.rule === IRAN_NAMED_IF_SHE_ACCEPTS_RULE),
  ].filter((c) => c.stance === "conditional" && !inAbsence(c));
  // So is one just before it in its clause, setting the condition: «تشترط الرياض انسحاب الحرس الثوري قبل أي مشاركة إيرانية».
  const aboutIran = (c: (typeof phrase)[number]) =>
    iranConditional.some(
      (i) =>
        i.sentence === c.sentence &&
        ((c.start >= i.start && words.within(i.end, c.start, 12)) ||
          (c.end <= i.start &&
            words.within(c.end, i.start, 8) &&
            !boundaries.crosses(c.end, i.start) &&
            // «لن نذهب إذا لم تسحب الدعوة"، مضيفاً أن على إيران …»: the report after the comma is another condition.
            !reportOpensIn(text.normal, c.end, i.start))),
    );
  // «شرط موافقة طهران على بيان جنيف»: a condition whose subject is Iran, in a sentence where Iran's taking part is
  // conditional, is her condition too.
  const conditionOnIran = (c: Cue) => {
    // Her conditional taking part in the same clause («هددت المعارضة بالمقاطعة إذا حضرت إيران، فيما ربطت واشنطن أي دور
    // إيراني بقبول …»: Washington's condition is the next clause's).
    const sameClause = (i: Cue) => !boundaries.crosses(Math.min(c.end, i.end), Math.max(c.start, i.start));
    if (!iranConditional.some((i) => i.sentence === c.sentence && sameClause(i))) return false;
    const re = lexicon.iran.mention;
    re.lastIndex = 0;
    const m = re.exec(text.normal.slice(c.end, Math.min(sentences[c.sentence]!.end, c.end + 40)));
    return m !== null && words.within(c.end, c.end + m.index, 1);
  };
  // Conditions set on Iran («تشترط على طهران شرطين», «الشروط التي وضعتها واشنطن على طهران») are conditions on her
  // taking part, read by the Iran passes, not conditions of the talks.
  const setOnIran = (c: Cue) => {
    const m = SET_ON.exec(text.normal.slice(c.end, Math.min(sentences[c.sentence]!.end, c.end + 80)));
    if (!m) return false;
    const re = lexicon.iran.mention;
    re.lastIndex = 0;
    const iranAt = re.exec(text.normal.slice(c.end + m[0].length, c.end + m[0].length + 30));
    return iranAt !== null && iranAt.index === 0;
  };
  // A verb of saying and a party named between `from` and `to` that no one named before them in the sentence is of.
  // (The party its subject, within three words of the verb: «عبر عنه |وزير الخارجية الفرنسي لوران فابيوس| …، حين قال».)
  const otherSpeakerBetween = (si: number, from: number, to: number) => {
    if (to <= from) return false;
    const verbs = matchesIn(lexicon.speechVerb, text.normal, from, to);
    if (verbs.length === 0) return false;
    const named = mentions.in(si);
    const earlier = new Set(named.filter((m) => m.end <= from).map((m) => m.party));
    return named.some(
      (m) =>
        m.start >= from &&
        m.end <= to &&
        !m.place &&
        m.party !== "iran" &&
        !earlier.has(m.party) &&
        verbs.some((v) => (m.end <= v.index ? words.within(m.end, v.index, 3) : words.within(v.index + v.text.length, m.start, 3))),
    );
  };
  // Composed Iran cues defer to the Iran pass wherever it read the same sentence.
  // (Not the events it does not read: an invitation extended or withdrawn by the one named doing it. Nor where it
  // read only the agents it names, «… يكشف خضوع المنظمة الدولية للضغوط الأمريكية»: what the sentence says of her
  // taking part is still the composed cues'.)
  // (Not past a verb of saying and another party between them: «قالت باور إن بلادها «لا تمانع مشاركة إيران …»، وهو
  // الموقف الذي عبر عنه فابيوس حين قال إن طهران «لا يمكنها الجلوس إلى الطاولة ما لم …»» holds a second speaker's
  // words on her.)
  // (Nor her taking part taken up by her pronoun in a clause of another subject, TAKEN_UP_RULE: the pass reads the
  // clause before.)
  const iranRead = (c: Cue) =>
    c.rule.startsWith("compose.iran.") &&
    !IRAN_EVENT_RULE.test(c.rule) &&
    !TAKEN_UP_RULE.test(c.rule) &&
    iran.some(
      (i) =>
        i.sentence === c.sentence && !i.holders && !otherSpeakerBetween(c.sentence, Math.min(i.end, c.end), Math.max(i.start, c.start)),
    );
  // A position inside a relative clause on unnamed others («الدول التي تطالب بتنحي الأسد») is no named party's.
  // (Not the judge's reading of it: «من يطالب برحيل الأسد يعيش في الأوهام» keeps him, as the speaker says.)
  // (Nor the demand of those gathered, unnamed: «اشتراط المشاركين في الاجتماع رحيل الأسد».)
  // (Nor a phrase rule's condition turned by the predicate judging it, «من يشترط رحيل الأسد للذهاب إلى جنيف لا يريد
  // حلاً سياسياً»: whoever sets it is no one named, and the one who so judges it rejects preconditions; «من يراهن على حل
  // يستبعد الأسد واهم»: the one who so judges it keeps him.)
  const heardFromNoOne = (c: Cue) => {
    const end = hearsayBefore(text.normal, sentences[c.sentence]!, c.start);
    // (A capital counts, «نسمع أن الرياض تطالب …»: the party it stands for is named.)
    // (Nor what the speaker then endorses in his own clause, «يقال إن لا حل دون إيران، ونحن نؤيد ذلك»: his own too.)
    return (
      end >= 0 &&
      !mentions.in(c.sentence).some((m) => m.actor !== "assad" && m.start >= end && m.end <= c.start) &&
      !HEARSAY_ENDORSED_AFTER.test(text.normal.slice(c.end, sentences[c.sentence]!.end))
    );
  };
  const unnamed = (c: Cue) =>
    !c.rule.endsWith(".whoever-judged") &&
    !(c.topic !== "iran_participation" && c.rule.endsWith(".rejected")) &&
    (unnamedRelativeBefore(text.normal, sentences[c.sentence]!, c.start) ||
      unnamedAgentAfter(text.normal, c.start, c.end) ||
      // «نسمع أحياناً أن على الأسد أن يرحل», «هناك من يقول إن …»: what others, unnamed, are heard to say.
      heardFromNoOne(c)) &&
    // («وانتقد "الأطراف التي ترفع شعار تنحي الأسد"»: a demand on Assad of unnamed others the speaker criticises is
    // read turned as the critic's.)
    !(c.topic === "assad_role" && criticisedUnnamedBefore(text.normal, sentences[c.sentence]!, c.start));
  // «اشترط فابيوس أن تقبل إيران … قبل أي مشاركة», «فرض شروط تعجيزية على طهران لقاء مشاركتها»: conditions on her
  // (she the one to meet them, or set on her), where no Iran cue of the sentence reads them, are her conditional
  // taking part, held as the condition is.
  // Only where what is conditioned is her taking part (her pronoun, or no one else's named: «قبل أي مشاركة»), not the
  // condition holder's own attending («اشترط الائتلاف أن تسحب إيران مقاتليها قبل الذهاب إلى جنيف»).
  const onIran = (c: Cue) =>
    c.topic === "geneva2_preconditions" &&
    c.stance === "conditional" &&
    !iranConditional.some((i) => i.sentence === c.sentence) &&
    HER_TAKING_PART.test(text.normal.slice(c.start, sentences[c.sentence]!.end)) &&
    (IRAN_TO_MEET_AFTER.test(text.normal.slice(c.end, Math.min(sentences[c.sentence]!.end, c.end + 40))) ||
      SET_ON_IRAN_BEFORE.test(text.normal.slice(Math.max(sentences[c.sentence]!.start, c.start - 30), c.start)) ||
      ASKED_OF_IRAN_BEFORE.test(text.normal.slice(Math.max(sentences[c.sentence]!.start, c.start - 90), c.start)) ||
      setOnIran(c));
  // «مشاركة إيران يجب أن تكون غير مشروطة», «… لا يمكن أن تكون غير مشروطة»: the conditions said to be absent, or
  // required, are of her taking part (the phrase rules reading it whole, IRAN_FREE_RULE and IRAN_NOT_FREE_RULE), not of
  // the talks.
  const inHerFreeTakingPart = (c: Cue) =>
    c.topic === "geneva2_preconditions" &&
    phrase.some(
      (i) =>
        (i.rule === IRAN_FREE_RULE || i.rule.startsWith(IRAN_NOT_FREE_RULE)) &&
        i.sentence === c.sentence &&
        i.start <= c.start &&
        c.end <= i.end,
    );
  // «لا تعارض حضور إيران، لكن عليها أن تقبل أولاً …»: her taking part welcomed and then made conditional in the
  // same breath is accepted only on the condition — one stance, the conditional one.
  const conditionalOnIran = [...phrase, ...iran].filter(
    (c) => c.topic === "iran_participation" && c.stance === "conditional" && c.rule.startsWith("iran.accept-first"),
  );
  const qualifiedAfter = (c: Cue) =>
    c.topic === "iran_participation" &&
    ((c.stance === "support" &&
      conditionalOnIran.some(
        (k) => k.sentence === c.sentence && k.start < c.end + 40 && k.end > c.start && BUT_BETWEEN.test(text.normal.slice(c.start, k.end)),
      )) ||
      // «إيران لا يمكن أن تجلس على الطاولة …، فإن أرادت الحضور فعليها أولاً أن تسحب قواتها»: refused as she is, and
      // let in on what she must do first — one stance, the conditional one.
      (c.stance === "oppose" &&
        [...phrase, ...iran].some(
          (k) => k.sentence === c.sentence && k.rule === "iran.wants-then-must" && k.start >= c.end && words.within(c.end, k.start, 16),
        )) ||
      // «لا تقبل مشاركة إيران دون شروط»: refused as free of terms, she is accepted on them (IRAN_NOT_FREE_RULE); «لا
      // يمكن قبول مشاركة إيران دون شروط» is no acceptance of her as she is either.
      ((c.stance === "oppose" || c.stance === "support") &&
        phrase.some((k) => k.sentence === c.sentence && k.rule.startsWith(IRAN_NOT_FREE_RULE) && k.start < c.end && c.start < k.end)) ||
      // «مشاركة إيران لن تكون مشروطة بقبول …»: the terms denied, she is wanted as she is (IRAN_FREE_RULE).
      (c.stance === "conditional" &&
        phrase.some((k) => k.sentence === c.sentence && k.rule === IRAN_FREE_RULE && k.start <= c.start && c.start < k.end)));
  // «تسريبات عن قبول أنقرة ببقاء الأسد …، وهو ما نفته الخارجية التركية»: a report denied right after it states nothing.
  // (Every denial DENIED_AFTER names holds «نف» («نفته», «نفي», «سارعت … إلى نفيه»): the rest of a sentence without it,
  // as most are, is refused without trying the pattern from each of its first 120 characters.)
  // «وفيما نقلت صحف غربية أن جنرالاً روسياً نقل إلى الأسد رسالة تطلب منه التنحي، سارع بيسكوف إلى نفي الخبر»: what
  // others reported, denied in the main clause after it.
  const deniedAfter = (c: Cue) => {
    const rest = text.normal.slice(c.end, sentences[c.sentence]!.end);
    if (!rest.includes("نف")) return false;
    if (DENIED_AFTER.test(rest)) return true;
    const opening = text.normal.slice(sentences[c.sentence]!.start, c.start);
    return REPORT_OPENS_BEFORE.test(opening) && REPORT_DENIED_AFTER.test(rest);
  };
  // «ونفى عبد اللهيان ما نشرته صحيفة عن أن طهران قبلت بحكومة لا يكون للأسد دور فيها»: a denied report states nothing,
  // read by the word classes as by the phrase rules (CONTRACT.md: denials are not annotated).
  // (Not a relative clause on what the report names: «نفى أن يكون بان كي مون قد سحب الدعوة التي وجهها إلى إيران» denies
  // the withdrawal, not the invitation.)
  const denied = (c: Cue) => {
    if (!c.rule.startsWith("compose.")) return false;
    const before = text.normal.slice(sentences[c.sentence]!.start, c.start);
    const presupposed = RELATIVE_RIGHT_BEFORE.test(before.slice(-40)) || RELATIVE.test(text.normal.slice(c.start, c.end));
    // (A cue opening on the denier's own verb of saying, «…، وأكدت أن رحيل الأسد شرط», is his own words again.)
    return !presupposed && !OWN_SAYING_AT.test(text.normal.slice(c.start, c.start + 12)) && deniedBefore(before);
  };
  // «روسيا لا تتمسك بأشخاص، لكنه حذر من أن من يطالب برحيل الأسد …»: declining to take a side, turned by «لكن» in its
  // sentence, is a concession; the clause after it holds the position. (Not a «لكن» leaving it to the Syrians: «لا
  // تتمسك بالأشخاص، لكن لا يحق لأي دولة أن تقرر نيابة عن السوريين» still takes no side.)
  const conceded = (c: Cue) =>
    c.topic === "assad_role" && c.stance === "neutral" && CONCEDED_BEFORE_BUT.test(text.normal.slice(c.end, sentences[c.sentence]!.end));
  // «لو كانت السعودية تريد مشاركة إيران لأعلنت ذلك»: what «لو» supposes, its answer after it, is no one's position.
  // «ستحضر الحكومة جنيف 2 حتى لو أصرت المعارضة على شروطها»: nor what «even if» concedes.
  const counterfactual = (c: Cue) => {
    const before = text.normal.slice(Math.max(sentences[c.sentence]!.start, c.start - 80), c.start);
    // (Only where «لو» stands as a word: the letters alone are in «الولايات».)
    if (!before.includes("لو ")) return false;
    return (
      CONCEDED_IF_BEFORE.test(before) ||
      (COUNTERFACTUAL_BEFORE.test(before) &&
        COUNTERFACTUAL_ANSWER_AFTER.test(text.normal.slice(c.end, Math.min(sentences[c.sentence]!.end, c.end + 80))))
    );
  };
  // «لا أقول إن الأسد يجب أن يرحل غداً، لكنه يجب أن يرحل»: what the speaker says he does not say, taken back by «لكن»
  // and his going said after it in the sentence, is a concession on when; the clause after «لكن» holds the position.
  const notSaidButSaid = (c: Cue) =>
    c.topic === "assad_role" &&
    c.stance === "may_stay" &&
    c.rule.endsWith(".turned") &&
    NOT_SAYING_BEFORE.test(text.normal.slice(Math.max(sentences[c.sentence]!.start, c.start - 40), c.end)) &&
    phrase.some(
      (k) =>
        k.sentence === c.sentence &&
        k.topic === "assad_role" &&
        k.stance === "must_go" &&
        k.start >= c.end &&
        BUT_OPENS_BETWEEN.test(text.normal.slice(c.end, k.end)),
    );
  // «الشروط التي يضعها الائتلاف، وأبرزها تنحي الأسد، … قال لافروف إن روسيا ترفض أي شروط»: his going read inside
  // conditions whose owner is named is the owner's (assad.removal-in-condition); the same words read alone are not
  // also the speaker's, who may reject them.
  const ownedRemovals = removal.filter((r) => r.parent?.owner !== undefined);
  const inOwnedCondition = (c: Cue) =>
    c.rule.startsWith("compose.assad.go") && ownedRemovals.some((r) => r.sentence === c.sentence && c.start < r.end && r.start < c.end);
  // «سينسحب من المؤتمر إذا حضرت إيران»: the condition on the talks that her absence is, read with her taking part,
  // only where no word of attending read it already («لن نحضر إذا حضرت إيران», «هدد بعدم المشاركة إذا …», whose holder
  // is found from the refusal).
  const attendingRead = (c: Cue) =>
    c.rule === "compose.pre.absence-required" &&
    phrase.some((k) => k.sentence === c.sentence && k.topic === "geneva2_preconditions" && k.stance === "conditional" && k.rule !== c.rule);
  // «تشارك الهيئة في لقاء موسكو من دون شروط مسبقة», «جاء الوفد إلى موسكو من دون أي شروط», «لن تقبل أي شروط في
  // المحادثات النووية»: conditions on another venue of Syrian talks, or on other talks or ties, are not Geneva's
  // (CONTRACT.md). The venue nearest the cue in its clause decides, so a sentence naming both keeps a condition put on
  // Geneva («لقاء موسكو ليس بديلاً عن جنيف، وروسيا تدعو إلى استئناف مفاوضات جنيف دون شروط»).
  const otherVenue = lexicon.context.otherVenue;
  const otherVenues = otherVenue && globalOf(otherVenue);
  // Where the article first names another venue and first names the Geneva talks (the end of each name), found once,
  // when first asked.
  const firstEnd = (re: RegExp) => {
    const m = re.exec(text.normal);
    return m ? m.index + m[0].length : Infinity;
  };
  let firstEnds: { other: number; geneva: number } | undefined;
  const firstNamed = () => (firstEnds ??= { other: otherVenue ? firstEnd(otherVenue) : Infinity, geneva: firstEnd(GENEVA_TALKS_NAMED) });
  // The venues each sentence names, with their offsets in it, found once per sentence.
  type Venue = { at: number; end: number; other: boolean };
  const venuesOf = new Map<number, { t: string; named: Venue[] }>();
  const venuesIn = (si: number) => {
    let found = venuesOf.get(si);
    if (found) return found;
    const s = sentences[si]!;
    // («عقب توقيع الاتفاق النووي», «خرجت منتصرة من اتفاق جنيف النووي»: other talks named only to tell the time, or
    // their deal as what a party did, name no venue.)
    const t = text.normal
      .slice(s.start, s.end)
      .replace(OTHER_TALKS_AS_TIME, (m) => " ".repeat(m.length))
      .replace(NUCLEAR_DEAL, (m) => " ".repeat(m.length));
    // («وقال بوغدانوف إن اللقاء "سيعقد دون شروط مسبقة"» after «لقاء موسكو التشاوري» named before: the meeting taken up.)
    const meetingTakenUp = () => firstNamed().other <= s.start && !(firstNamed().geneva <= s.start);
    const placed = (other: boolean) => (m: RegExpExecArray) => ({ at: m.index, end: m.index + m[0].length, other });
    // (The keyword scan tells the sentences that may name another venue.)
    const mayNameOther = present.mayMatch(lexicon.keywordSlots.otherVenue, si);
    const others = mayNameOther ? [...t.matchAll(otherVenues!)].map(placed(true)) : [];
    const named = [
      ...others,
      ...[...t.matchAll(GENEVA_TRACK_NAMED)]
        .filter((m) => !GENEVA_AS_MEASURE.test(t.slice(Math.max(0, m.index - 40), m.index)))
        .map(placed(false)),
      // (A bare meeting is the one named before only in a sentence naming no other venue itself.)
      ...(others.length === 0 && THE_MEETINGS_NAMED.test(t) && meetingTakenUp() ? [...t.matchAll(THE_MEETINGS)] : []).map(placed(true)),
    ];
    venuesOf.set(si, (found = { t, named }));
    return found;
  };
  // (In the cue's clause: «ويعقد اجتماع في أستانا الأسبوع المقبل، فيما تشترط الهيئة رحيل الأسد للعودة إلى المفاوضات»
  // sets a condition on the talks in a clause of its own.)
  const elsewhere = (c: Cue) => {
    if (c.topic !== "geneva2_preconditions" || !otherVenue || !otherVenues) return false;
    const s = sentences[c.sentence]!;
    const { t, named } = venuesIn(c.sentence);
    const from = c.start - s.start;
    const to = c.end - s.start;
    const distance = (v: { at: number; end: number }) => (v.end <= from ? from - v.end : v.at >= to ? v.at - to : 0);
    const between = (v: { at: number; end: number }) => (v.end <= from ? t.slice(v.end, from) : t.slice(to, v.at));
    // (One named after it in a statement of its own is not its object.)
    const inClause = named.filter((v) => !OTHER_CLAUSE_OPENS.test(between(v)) && (v.end <= from || !NEXT_STATEMENT_OPENS.test(between(v))));
    // (The venues of the cue's own statement decide: «قال إن لقاء موسكو فشل، وإن الائتلاف يشترط رحيل الأسد للمشاركة في
    // جنيف»; only where it names none may a venue before it be carried to it by a pronoun across «وأن»: «لقاء موسكو ليس
    // بديلاً …، وأن روسيا لا تضع أي شروط على المشاركين فيه».)
    const own = inClause.filter((v) => !NEXT_STATEMENT_OPENS.test(between(v)));
    // (The nearest first, Geneva before another venue at the same distance: «وفي جنيف، قال ظريف إن طهران لن تقبل أي شروط
    // جديدة في المحادثات النووية» names the place of the saying.)
    const nearest = (own.length > 0 ? own : inClause).sort((a, b) => distance(a) - distance(b) || Number(a.other) - Number(b.other))[0];
    return nearest?.other ?? false;
  };
  // «وتحت عنوان "المعارضة تضع شروطها"، نقلت صحيفة …»: the headline another paper gave its story names it, in the
  // paper's words; what it says is read from the story.
  const inCitedTitle = (c: Cue) =>
    CITED_TITLE_BEFORE.test(text.normal.slice(Math.max(sentences[c.sentence]!.start, c.start - 100), c.start));
  // «المطالب الإنسانية … لا ينبغي أن تتحول إلى شروط مسبقة»: demands said not to become conditions are the subject of
  // that denial (read turned after them), no conditions set.
  // («… ولا يجوز أن تتحول إلى شروط مسبقة»: the condition word itself, so denied, rejects conditions: read turned below.)
  const composedCondition = (c: Cue) => c.rule === "compose.pre.condition" && c.stance === "conditional";
  const deniedAsBecome = (c: Cue) =>
    composedCondition(c) && NEGATED_BECOMING_UPTO.test(text.normal.slice(Math.max(sentences[c.sentence]!.start, c.end - 90), c.end));
  const deniedBecoming = (c: Cue) =>
    deniedAsBecome(c) ||
    (composedCondition(c) &&
      (NEGATED_BECOMING_AFTER.test(text.normal.slice(c.end, sentences[c.sentence]!.end)) ||
        phrase.some(
          (t) =>
            t.sentence === c.sentence &&
            t.start >= c.end &&
            t.stance === "unconditional" &&
            t.rule.startsWith("compose.pre.condition.turned") &&
            BECOMING_BETWEEN.test(text.normal.slice(c.end, t.end)),
        )));
  // «هدد الائتلاف بمقاطعة المؤتمر ما لم تسحب الدعوة الموجهة إلى إيران»: her absence required, read with the condition
  // it is in (absence, held by the one who sets it); the composed cue inside it, read from the withdrawal alone, says
  // no more.
  const absenceReadWhole = (c: Cue) =>
    c.rule.startsWith("compose.iran.exclude.required") &&
    absence.some((k) => k.sentence === c.sentence && k.stance === c.stance && k.start <= c.start && c.end <= k.end);
  const cues = [
    ...phrase.flatMap((c) =>
      onIran(c)
        ? [{ ...c, topic: "iran_participation" as const, rule: `${c.rule}.on-iran` }]
        : // (A condition about Iran is hers, not the talks', unless it is the condition her absence is: «سيسحب موافقته على
          // الحضور إلا إذا سحبت الدعوة الموجهة لإيران أو …».)
          // («لا مكان لإيران إلا بشروط»: the terms after «إلا» are hers, whatever the negation before made of them.)
          !(
              c.topic === "geneva2_preconditions" &&
              (c.stance === "conditional" || EXCEPT_RIGHT_BEFORE.test(text.normal.slice(Math.max(0, c.start - 8), c.start))) &&
              ((aboutIran(c) && !absence.some((a) => a.parent === c)) || conditionOnIran(c) || setOnIran(c))
            ) &&
            !iranRead(c) &&
            !inHerFreeTakingPart(c) &&
            !absenceReadWhole(c)
          ? [c]
          : [],
    ),
    ...iran,
    ...removal,
    ...absence,
    // («لن يجلس إلى طاولة تجلس إليها إيران "ما لم تسحب قواتها"»: a table she sits at refused unless she meets terms is
    // her taking part on them, read by the Iran pass; not her absence.)
    ...absentFromMeeting.filter((c) => !iran.some((i) => i.sentence === c.sentence && i.stance === "conditional")),
    ...presentInMeeting,
  ].filter(
    (c) =>
      !unnamed(c) &&
      !elsewhere(c) &&
      !inCitedTitle(c) &&
      !deniedBecoming(c) &&
      !attendingRead(c) &&
      // («لن تحضر إذا وجهت الدعوة لطهران»: nor her invitation read as wanted inside the condition of not attending, but
      // one named there as an inviter's own: «إذا لم يسحب بان كي مون الدعوة التي وجهها إلى إيران» is his.)
      !(c.stance === "conditional" && inAbsence(c)) &&
      !(c.stance === "support" && inAbsence(c) && !inviterNamed(c)) &&
      !qualifiedAfter(c) &&
      !deniedAfter(c) &&
      !denied(c) &&
      !conceded(c) &&
      !counterfactual(c) &&
      !notSaidButSaid(c) &&
      !inOwnedCondition(c) &&
      !inFrontedTopic(text.normal, sentences[c.sentence]!, c, mentions.in(c.sentence)) &&
      !asked(text.normal, sentences[c.sentence]!, c, mentions.in(c.sentence)),
  );
  for (const c of phrase)
    if (
      deniedAsBecome(c) &&
      !cues.some((t) => t.sentence === c.sentence && t.stance === "unconditional" && t.start < c.end && c.start < t.end)
    )
      cues.push({ ...c, stance: "unconditional", rule: `${c.rule}.turned` });
  // A position another party calls unacceptable or unrealistic: the describer holds the opposite.
  const described = describedCues(text.normal, sentences, cues, words, lexicon);
  for (const [, turned] of described) cues.push(turned);
  // «قال المعلم: "البعض يطالب برحيل الأسد"»: others, unnamed, the subject of a cue the speaker's words do not judge
  // («ليس واقعياً أن يطالب البعض بتغيير النظام», «البعض يحاول …، وهذا طرح غير واقعي» are his): no one holds it.
  for (let i = cues.length - 1; i >= 0; i--) {
    const c = cues[i]!;
    if (TURNED_ALREADY.test(c.rule) || described.some(([d]) => d === c)) continue;
    if (unnamedOthersBefore(text.normal, sentences[c.sentence]!, c.start)) cues.splice(i, 1);
  }
  // A position in another's statements that a party condemns («استنكرت دمشق تصريحات فابيوس بأنه لا مكان للأسد»): the
  // condemner holds the opposite, the statements' owner the position as stated (the cue given its owner's span).
  // (Not one another's description turned already: «وصف لافروف تصريحات كيري بأنها غير واقعية» is read there.)
  for (const { cue, stated, turned } of condemnedStatementCues(text.normal, sentences, cues)) {
    if (described.some(([d]) => d === cue)) continue;
    cues[cues.indexOf(cue)] = stated;
    cues.push(turned);
    described.push([stated, turned]);
  }
  // A position in another's statements named with no verb of condemning («وحين سُئل عن تصريحات كيري بأن الأسد لا مكان
  // له، رد المعلم …»): the statements' owner holds it, where a party is named as their owner; the one answering does not.
  for (const { cue, stated } of reportedStatementCues(text.normal, sentences, cues)) {
    if (described.some(([d, t]) => d === cue || t === cue)) continue;
    const owner = stated.owner!;
    if (!mentions.in(cue.sentence).some((m) => m.start >= owner.start && m.start <= owner.end)) continue;
    cues[cues.indexOf(cue)] = stated;
  }
  // «إن "القول بأن رحيل الرئيس الأسد يجب أن يسبق المفاوضات لا علاقة له بالواقع"»: the one who rejects a condition on
  // his removal does not also hold what its words read on their own say of him.
  for (const r of cues)
    if (r.rule === "assad.removal-in-condition.rejected")
      for (const c of cues)
        if (c !== r && c.sentence === r.sentence && c.topic === r.topic && c.stance !== r.stance && c.start < r.end && r.start < c.end)
          described.push([c, r]);
  // A position referred back to and rejected («ورفض الأسد وحلفاؤه هذه المطالب»): the rejecters hold its opposite.
  cues.push(...referredCues(text.normal, sentences, cues, mentions, words, lexicon));
  // A decision on Iran's taking part welcomed or condemned after it is stated («ورحبت واشنطن بالقرار»).
  cues.push(...decisionCues(text.normal, sentences, words, lexicon));
  // Iran taking part at the invitation of others («بدعوة من روسيا والولايات المتحدة»): the inviters support it.
  cues.push(...invitedByCues(text.normal, sentences, mentions, words));
  // Those who invited her or agreed to her coming, named as the act's inviters («وجهت واشنطن وموسكو الدعوة إليها»).
  cues.push(...inviterCues(text.normal, sentences, mentions, lexicon));
  // Verbs taking her taking part by a pronoun after it is named («أما حضور إيران فتطالب به موسكو وتعارضه الرياض»).
  // (Her taking part named as what is spoken of, «أما حضور إيران فـ…», «مشاركة إيران: …», is the object of no verb
  // of its own: another reading of it took the verbs after it with the wrong subject, «… فتطالب به موسكو وتعارضه
  // الرياض» read as Moscow's opposing.)
  const byPronoun = pronounObjectCues(text.normal, sentences, mentions, present, lexicon);
  for (let i = cues.length - 1; i >= 0; i--) {
    const c = cues[i]!;
    if (
      c.topic === "iran_participation" &&
      !c.holders &&
      byPronoun.topics.some((t) => t.sentence === c.sentence && c.start >= t.start && c.end <= t.end)
    )
      cues.splice(i, 1);
  }
  cues.push(...byPronoun.cues);
  if (trace) {
    trace.cues = cues;
    trace.normal = text.normal;
    trace.sentences = sentences.map(({ start, end }) => ({ start, end }));
  }
  if (cues.length === 0) return { id, text: original, metadata, claims: [] };
  return { cued, boundaries, mentions, cues, described };
}

/**
 * The speaker's own clause endorsing what was heard, after a comma: «…، ونحن نؤيد ذلك», «…، وهذا ما نؤمن به», «…، ونحن
 * نتفق مع هذا الرأي».
 */
const HEARSAY_ENDORSED_AFTER =
  /^[^.؛:!?؟]{0,120}?[،,]\s*[وف]?(?:(?:نحن|انا)\s+(?:ايضا\s+)?(?:نؤيد|اؤيد|نتفق\s+مع|اتفق\s+مع|نشاطر|نتبني|نؤمن\s+ب|نوافق\s+علي)\s*(?:ذلك|هذا|هذه|ه)|(?:هذا|هو)\s+ما\s+(?:نؤيده|نؤمن\s+به|نتبناه|نقوله|نطالب\s+به|نراه))(?![\u0621-\u064A])/;
/**
 * Composed readings held by another than the phrase rule on the same words holds: a judged demand's owner, the judge
 * of an unnamed demander, the owner of a position named by its noun («مطالبة المعارضة بتحديد موعد لرحيل الأسد …
 * ليست واقعية»). They stand beside the phrase cue rather than under it.
 */
const HOLDER_OF_ITS_OWN = /\.(?:judged-demand|whoever-judged|position-of|accused)$/;

/**
 * «…، وهو ما نفته …», «الأمر الذي نفاه …» after a cue, in its sentence; or «لكن» and the one who denied it («… أن موسكو
 * قد تقبل بخروج الأسد لكن الكرملين نفى ذلك»). The one hurrying to deny it may take four words («وهو ما سارعت
 * الخارجية الروسية إلى نفيه»).
 */
const DENIED_AFTER =
  /^[^.!?؟]{0,120}?(?:[،,]\s*[وف]?(?:هو|هي|الامر|وهذا|هذا)\s+(?:ما|الذي)\s+(?:نفته|نفاه|نفوه|تنفيه|ينفيه|نفتها|سارع(?:ت|وا)?\s+(?:\S+\s+){1,4}?(?:الي\s+)?نفيه)|(?:[،,]\s*|\s)(?:لكن|ولكن|غير\s+ان|الا\s+ان)\s+(?:[^\s،,.؛:]+\s+){1,5}?(?:نفي|نفت|نفوا|سارع\S*\s+(?:الي\s+)?نفي)\s+(?:ذلك|هذا|هذه\s+(?:الانباء|التقارير|المعلومات)|الخبر|النبا))(?:\s|[.،,]|$)/;

/**
 * A sentence opening on what others reported («وفيما نقلت صحف غربية أن», «بينما ذكرت تقارير عن»), up to the cue with
 * no comma between.
 */
const REPORT_OPENS_BEFORE =
  /^\s*[وف]?(?:فيما|بينما|وفيما|في\s+حين)\s+(?:نقلت|نقل|ذكرت|افادت|اوردت|تحدثت|نشرت|زعمت|اشارت)\s+(?:ال)?(?:صحف|صحيفه|تقارير|تقرير|مصادر|وسائل|وكالات|مواقع|اوساط)(?:\s+(?!عن\s)[^\s،,.؛:]+){0,3}?(?:\s+عن\s+(?:ال)?(?:مصادر|مصدر|مسؤولين|اوساط|دبلوماسيين)(?:\s+[^\s،,.؛:]+){0,2}?)?\s+(?:ان|عن)\s[^،,]*$/;
/**
 * After a comma, the main clause denying the report: «، سارع المتحدث باسم الكرملين إلى نفي الخبر», «، نفت الخارجية
 * هذه الأنباء».
 */
const REPORT_DENIED_AFTER =
  /^[^.!?؟]{0,200}?[،,]\s*[وف]?(?:(?:سارع|سارعت|سارعوا)\s+(?:[^\s،,.؛:]+\s+){1,6}?(?:الي\s+)?نفي|نفي|نفت|نفوا)\s+(?:[^\s،,.؛:]+\s+){0,6}?(?:ذلك|هذا|هذه\s+(?:الانباء|التقارير|المعلومات)|الخبر|النبا|التقرير|التقارير|الانباء)(?:\s|[.،,]|$)/;

/**
 * What a sentence opens on, up to its first comma, before the one speaking: the matter it is about, or the question
 * put («وحول رحيل الأسد، قال …», «ورداً على سؤال عن مشاركة إيران، …», «وفي رده على سؤال بشأن الشروط المسبقة، …», «وعن
 * سؤال حول …»). Matched on the sentence from its start to a cue's.
 */
const FRONTED_TOPIC =
  /^\s*[وف]?(?:(?:في\s+)?(?:رده|ردها|ردهم|ردا|رد|تعليقا|تعليقه|تعليقها|تعقيبا)\s+علي\s+(?:سؤال|اسئله|استفسار)(?:\s+[^\s،,.؛:]+){0,3}?\s+(?:حول|عن|بشان|بخصوص|يتعلق\s+ب)|عن\s+سؤال\s+(?:حول|عن|بشان)|حول|بشان|بخصوص|فيما\s+(?:يتعلق|يتصل|يخص)|في\s+ما\s+(?:يتعلق|يتصل|يخص)|عن)(?:(?!\s(?:ان|انه|انها|بان)\s)[^،,:؛."!?؟])*$/;

/** The invitation and a relative clause whose verb carries its pronoun: «الدعوة التي وجهها |», «دعوته التي أرسلها |». */
const INVITED_BY_HIM_BEFORE = /(?:^|\s)(?:ال)?دعو(?:ه|ته|تها)\s+(?:التي|الذي)\s+[\u0621-\u064A]{3,}(?:ها|ه)(?:\s|$)/;
/** «أما» opening the sentence right before a cue (a topic put first). */
const AMMA_RIGHT_BEFORE = /^\s*[وف]?اما\s+$/;
/** «فـ» (and «قد») and a verb of rejecting opening what follows a topic put first: «… فقد رفض», «… فترفضه». */
const REJECTED_AFTER_FA =
  /^\s*[،,]?\s*ف(?:قد\s+)?(?:[يتن]?رفض|رفضت|رفضوا|[يتن]?عارض|عارضت|عارضوا|[يتن]ستبعد|استبعد|استبعدت)[\u0621-\u064A]*(?=\s)/;
/**
 * Whether cue c lies in what its sentence opens on (FRONTED_TOPIC), closed by a comma after it, with no party named
 * there but Assad and Iran: the topic or the question, no one's position. «ورداً على سؤال حول رحيل الأسد، قال ظريف إن بلاده تحترم خيار السوريين» is no demand of
 * Iran's that he go.
 */
function inFrontedTopic(normal: string, sentence: Sentence, c: Cue, named: readonly Mention[]): boolean {
  // «أما رحيل الأسد فقد رفض لافروف أن يكون شرطاً»: a topic put first by «أما», then rejected after its «فـ», is what is
  // rejected, not a demand (the rejection is read in its own clause).
  if (AMMA_RIGHT_BEFORE.test(normal.slice(sentence.start, c.start)) && REJECTED_AFTER_FA.test(normal.slice(c.end, c.end + 40))) return true;
  const close = /^[^،,:؛."!?؟]*[،,]/.exec(normal.slice(c.end, sentence.end));
  if (!close || !FRONTED_TOPIC.test(normal.slice(sentence.start, c.start))) return false;
  // («وحول مطالبة المعارضة بتنحي الأسد قبل المفاوضات، قال …»: a party named there, but him and Iran, whose fate and
  // seat are the matter, owns what it names, as the writer reports it.)
  const end = c.end + close[0].length;
  return !named.some((m) => m.start >= sentence.start && m.end <= end && m.actor !== "assad" && m.party !== "iran");
}

/** A clause opening on a word of asking, up to a cue: «لماذا يجب أن |يرحل الأسد؟», «وتساءل: هل |يعقل أن …». */
const ASKING_OPENS = /(?:^|[:"«،,]\s*)[وف]?(?:لماذا|لم|هل|كيف|متي|ماذا|اليس|اليست|الا\s+(?:يجب|ينبغي))\s[^:"«،,.!؟?]*$/;

/**
 * Whether cue c stands in a question (CONTRACT.md: rhetorical questions are not annotated): its clause opens on a word of
 * asking, names no party before the cue and closes with «؟». «وتساءل لافروف: لماذا يجب أن يرحل الأسد؟» demands nothing.
 */
function asked(normal: string, sentence: Sentence, c: Cue, named: readonly Mention[]): boolean {
  if (!/^[^.!:؛]*[?؟]/.test(normal.slice(c.end, sentence.end))) return false;
  const opening = ASKING_OPENS.exec(normal.slice(sentence.start, c.start));
  if (!opening) return false;
  // («لماذا ترفض واشنطن مشاركة طهران؟»: asking why a party named there holds it presupposes that it does; Assad,
  // whose fate is the matter, is no such party.)
  const from = sentence.start + opening.index;
  return !named.some((m) => m.start >= from && m.end <= c.start && m.actor !== "assad");
}

/** A word of fate or role right before a name: «عن مستقبل | الأسد», «حول دور | الرئيس بشار الأسد». */
const FATE_OF_BEFORE = /(?:^|\s)[وفبل]?(?:ال)?(?:مصير|مستقبل|دور|بقاء|رحيل|تنحي)\s+$/;

/** «إلا» right before a cue: «لا مكان لإيران إلا |بشروط». */
const EXCEPT_RIGHT_BEFORE = /(?:^|\s)[وف]?الا\s*$/;
/** A relative pronoun with at most two words right before a cue («… التي | وجهها إلى إيران»). */
const RELATIVE_RIGHT_BEFORE = /(?:^|\s)(?:الذي|التي|الذين)\s+(?:[^\s،,.؛:]+\s+){0,2}$/;
/** A relative pronoun inside a cue: «الدعوة التي وجهها إلى إيران». */
const RELATIVE = /\s(?:الذي|التي|الذين)\s/;

/**
 * «لو» opening a supposition that runs up to a cue (no comma or stop between; not «حتى لو», «إلا لو», «ولو»: even if,
 * unless, which set conditions).
 */
const COUNTERFACTUAL_BEFORE = /(?:^|\s)(?<!(?:حتي|الا)\s)ف?لو\s+(?:[^\s،,.؛:!?؟]+\s+){0,10}"?$/;
/**
 * «حتى لو», «حتى وإن», «ولو» («even if») and a verb opening a clause that runs up to a cue (not «ولو لساعة», "even for
 * an hour"; nor past the answer of the main clause, «فإن», «فلن», «إلا أن»).
 */
const CONCEDED_IF_BEFORE = new RegExp(
  String.raw`(?:^|\s)(?:${EVEN_IF}|ولو)\s+(?![بل]|في\s|من\s|علي\s)(?:(?!(?:فان|فانه|فانها|فانهم|فلن|فسوف|الا)\s)[^\s،,.؛:!?؟]+\s+){0,10}"?$`,
);
/**
 * The answer of a supposition after the cue, in the same clause: «ل» on a verb of the past in the feminine or plural
 * («لأعلنت», «لقبلوا»), «لكان» («لو كانت تريد ذلك لأعلنته»: not «لمفاوضات», «لبيروت», nouns; not «لما», as often
 * "for what").
 */
const COUNTERFACTUAL_ANSWER_AFTER =
  /^[^.؛:!?؟]{0,80}?\s[وف]?ل(?:كان|كانت|كانوا|(?!ل)[\u0621-\u064A]{2,5}(?<![اوي])ت(?:ه|ها|هم)?|(?!ل)[\u0621-\u064A]{2,5}وا)(?![\u0621-\u064A])/;
/**
 * «لكن» and the holder's own next word of saying or of position after a cue, in its sentence («، لكنه حذر من …»,
 * «، لكننا نرفض …», «، لكنها ترى …»), unless the rest leaves it to the Syrians (their people or their ballot boxes).
 * (Not another's «لكن»: «… لا يتمسكون بأشخاص، لكن طائراتهم تقول شيئاً آخر» is the speaker's, «لكنها متخوفة على
 * مستقبل سوريا» no position.)
 */
const CONCEDED_BEFORE_BUT =
  /^[^.!?؟؛]*?(?:[،,]\s*|\s)"?\s*(?:و?لكن|و?لكنه|و?لكنها|و?لكننا|و?لكنهم|غير\s+ان(?:ه|ها|نا|هم)?)\s+(?:(?:في\s+الوقت\s+(?:نفسه|ذاته)|ايضا|مع\s+ذلك)\s+)?(?:حذر|حذرت|شدد|شددت|اكد|اكدت|اضاف|اضافت|استدرك|استدركت|اعتبر|اعتبرت|راي|رات|يري|تري|نري|[نيت]رفض|رفض|رفضت|اوضح|اوضحت|لفت|لفتت|اشار|اشارت|قال|قالت|[نيت]حذر|[نيت]عتبر|[نيت]ؤكد|[نيت]شدد)(?:\s|$)(?![^.!?؟؛]*(?:السوريين|السوريون|الشعب\s+السوري|صناديق\s+الاقتراع))/;

/** The speaker's own saying negated, or what something does not mean, and «أن»: «لا نقول إن», «هذا لا يعني أن». */
const NOT_SAYING_BEFORE = /(?:^|\s)[وف]?(?:لا|لم|لن)\s+(?:نقول|اقول|نقل|اقل|[يت]عني)\s+(?:ان|انه|بان)(?:\s|$)/;
/**
 * «لكن» opening a clause whose subject is the speaker's own or he who must go, with his pronoun or none, then an
 * obligation: «، لكنه يجب أن …», «ولكن يجب أن …», «لكن عليه أن …» (not «لكن الغرب يطالب …»: another's clause).
 */
const BUT_OPENS_BETWEEN = /(?:^|[\s،,])و?لكن(?:ه|ها|نا|ني)?\s+(?:(?:يجب|ينبغي|يتعين|لا\s*بد)(?:\s|$)|علي(?:ه|نا)?\s)/;

/** «، لكن» (but) between a welcome and its condition. */
const BUT_BETWEEN = /[،,]?\s+(?:لكن|ولكن|غير\s+ان)\s/;

/**
 * A noun with «كم» (you, the one interviewed) in the words before a condition: «رفضكم القبول بـ…», «مشاركتكم»; not
 * «الحكم», «تحكم», whose «كم» is the word's own.
 */
const ADDRESSED_BEFORE = /[\u0621-\u064A]{3,}(?<!ح)كم(?:\s+[^\s.،,؛:!?؟]+){0,6}\s*$/;

/** The phrase rule on a conference or settlement without Iran, judged or refused as a whole («أي مؤتمر تُستبعد منه إيران ناقص»). */
const LEFT_OUT_JUDGED_RULE = "iran.excluding-her-fails";

/** Composed Iran cues for events the Iran pass does not read: an invitation extended, or withdrawn by its sender. */
const IRAN_EVENT_RULE = /^compose\.iran\.(?:take\.(?:invited|extended)|exclude\.withdrew)$/;

/** An office right before a body's name: «عضو», «رئيس», «المنسق العام لـ», «المتحدث باسم», «كبير المفاوضين في». */
const OFFICE_OF_BODY_BEFORE =
  /(?:^|\s)[وفبل]?(?:ال)?(?:عضو|رئيس|منسق|ناطق|متحدث|مفاوض|مفاوضين|ممثل|نائب)[\u0621-\u064A]*(?:\s+(?:ال)?(?:عام|العام|الرسمي|كبير|وفد))?\s+(?:(?:في|باسم)\s+)?(?:ل|لل)?$/;

/**
 * The party of the body a person holds an office in, named with him (the office and the body right before his name),
 * where that body is of the same side as his own party and another than it; else undefined. Example: «عضو الهيئة
 * العليا للمفاوضات جورج صبرا» → hnc.
 */
function officeBodyOf(
  normal: string,
  person: Mention,
  sentences: readonly Sentence[],
  mentions: SentenceMentions,
  lexicon: Lexicon,
): string | undefined {
  const side = lexicon.partyWithin.get(person.party);
  if (!side) return undefined;
  const si = sentenceIndex(sentences, person.start);
  if (si < 0) return undefined;
  const named = mentions.in(si);
  const k = named.findIndex((m) => m.start === person.start && m.end === person.end);
  if (k < 0) return undefined;
  const sameSide = (m: Mention | undefined) =>
    m !== undefined && !m.person && !m.place && m.party !== person.party && lexicon.partyWithin.get(m.party) === side;
  const before = named[k - 1];
  if (
    sameSide(before) &&
    /^\s*[،,]?\s*$/.test(normal.slice(before!.end, person.start)) &&
    OFFICE_OF_BODY_BEFORE.test(normal.slice(Math.max(0, before!.start - 40), before!.start))
  )
    return before!.party;
  return undefined;
}

/** What may follow the person a title opens on: «..», «…», a comma, a colon, a dash or the line's end. */
const AFTER_PROTAGONIST = /^\s*(?:\.\.|…|[،,:\-–—]|$)/;

/**
 * The person the article's title opens on, his name the title's first words and then a pause («علي أكبر ولايتي..
 * رجل المرشد», «جون كيري: …»), if any (Frames' protagonist).
 */
function protagonistOf(normal: string, allSentences: readonly Sentence[], mentions: SentenceMentions): Mention | null {
  const title = allSentences[0];
  if (!title || title.lineKind !== "title") return null;
  const first = mentions.namesInAny(0).find((m) => m.start >= title.start);
  if (!first || !first.person || first.place || !/^\s*$/.test(normal.slice(title.start, first.start))) return null;
  return AFTER_PROTAGONIST.test(normal.slice(first.end, Math.min(title.end, first.end + 4))) ? first : null;
}

/** Stage 6: speaker frames, the holders of the cues, unknown speakers and the claims. */
function holdAndClaim(settled: SettledArticle, lexicon: Lexicon): ExtractedArticle {
  const { cued, boundaries, mentions, cues, described } = settled;
  const { read, words, backups } = cued;
  const { split, sentences, present, kept } = read;
  const { id, original, trace, calibration, text, metadata, allSentences } = split;
  // Speaker frames, with continuation of the last speaker, for the sentences holders look at; a sentence left out as
  // about other talks still passes the turn to the subject it opens with.
  const droppedSubject = (si: number): Mention | null => {
    for (let i = (si < kept.length ? kept[si]! : allSentences.length) - 1; i > (si > 0 ? kept[si - 1]! : -1); i--) {
      const subject = openingSubject(text.normal, lexicon, allSentences[i]!, mentions.namesInAny(i));
      if (subject) return subject;
    }
    return null;
  };
  const frames = new Frames(
    text.normal,
    sentences,
    mentions,
    words,
    boundaries,
    present,
    lexicon,
    droppedSubject,
    protagonistOf(text.normal, allSentences, mentions),
  );
  const quotes = findQuotes(text);
  // Holders of each cue.
  const holderContext = { normal: text.normal, sentences, mentions, frames, quotes, boundaries, words, present, lexicon };
  const holdings = resolveHolders(cues, holderContext);
  // A phrase cue with no holder takes the one its composed reading finds.
  const held = new Set(holdings.map((h) => h.cue));
  const fallbacks = cues.filter((c) => !held.has(c) && backups.has(c)).map((c) => ({ ...backups.get(c)!, rule: c.rule, weight: c.weight }));
  if (fallbacks.length) holdings.push(...resolveHolders(fallbacks, holderContext));
  // «وسئل المبعوث عن مستقبل الأسد فأجاب: "هذا ليس من شأني"»: the one whose fate or role is named is what the answer
  // is about; declining to take a side on it is not his.
  for (let i = holdings.length - 1; i >= 0; i--) {
    const h = holdings[i]!;
    if (h.cue.stance === "neutral" && FATE_OF_BEFORE.test(text.normal.slice(Math.max(0, h.holder.start - 16), h.holder.start)))
      holdings.splice(i, 1);
  }
  // «قال لافروف إن المعارضة تحاول فرض شروط مسبقة، مؤكداً أن موسكو ترفض أي شروط»: the position told beside the
  // speaker's own opposite report is another's, a party named in its clause; not the speaker's, nor held by one
  // holding the opposite there.
  // (Not what the cue turned reads, the speaker's own stance again: «… ما وصفه بشروط تعجيزية».)
  for (let i = holdings.length - 1; i >= 0; i--) {
    const { cue, holder, method } = holdings[i]!;
    if (
      cue.yieldsTo !== undefined &&
      cue.stance !== cue.yieldsTo &&
      (method !== "subject" ||
        holdings.some(
          (o) =>
            o.cue.sentence === cue.sentence &&
            o.cue.topic === cue.topic &&
            o.cue.stance === cue.yieldsTo &&
            o.holder.party === holder.party,
        ))
    )
      holdings.splice(i, 1);
  }
  // «إن بلاده تريد المشاركة»: the holder's own country is the party the cue names only for that party's holder;
  // «لن أتنحى» is Assad's only when he says it.
  for (let i = holdings.length - 1; i >= 0; i--) {
    const h = holdings[i]!;
    if (h.cue.selfOf !== undefined && h.holder.party !== h.cue.selfOf && h.holder.actor !== h.cue.selfOf) holdings.splice(i, 1);
  }
  // «اتهمت دمشق الرياض بأنها تشترط رحيل الأسد مقابل أي تسوية»: the price of a settlement or a deal is no condition of
  // the talks. Dropped once held: his going read inside it (assad.removal-in-condition) takes its holder, and is a
  // demand that he go.
  for (let i = holdings.length - 1; i >= 0; i--) {
    const { cue } = holdings[i]!;
    if (
      cue.topic === "geneva2_preconditions" &&
      cue.stance === "conditional" &&
      priceOfOther(text.normal, cue.start, sentences[cue.sentence]!.end)
    )
      holdings.splice(i, 1);
  }
  // What a condition names («يربط مشاركته بضمانات بأن لا يكون للأسد دور») is the condition's holder's: not also
  // held, read on its own, by the one who reports the condition.
  for (const r of holdings.filter((h) => h.cue.parent !== undefined)) {
    for (let i = holdings.length - 1; i >= 0; i--) {
      const h = holdings[i]!;
      if (
        h.cue.parent === undefined &&
        h.cue.sentence === r.cue.sentence &&
        h.cue.topic === r.cue.topic &&
        h.cue.stance === r.cue.stance &&
        h.cue.start < r.cue.end &&
        r.cue.start < h.cue.end &&
        h.holder.party !== r.holder.party &&
        h.method === "quote"
      )
        holdings.splice(i, 1);
    }
  }
  // The one who calls a position unacceptable does not also hold it. The one whose position the next clause judges
  // («الائتلاف يربط مشاركته بتعهد مسبق بتنحي الأسد، وهذا موقف غير واقعي») is no judge of it: another speaks there.
  for (const [stated, turned] of described) {
    if (!turned.rule.endsWith(".judged-after")) continue;
    const owners = new Set(holdings.filter((h) => h.cue === stated).map((h) => h.holder.party));
    for (let i = holdings.length - 1; i >= 0; i--)
      if (holdings[i]!.cue === turned && owners.has(holdings[i]!.holder.party)) holdings.splice(i, 1);
  }
  for (const [stated, turned] of described) {
    const describers = new Set(holdings.filter((h) => h.cue === turned).map((h) => h.holder.party));
    for (let i = holdings.length - 1; i >= 0; i--)
      if (holdings[i]!.cue === stated && describers.has(holdings[i]!.holder.party)) holdings.splice(i, 1);
  }
  // «انتقد لافروف "محاولات وضع شروط مسبقة"», «ترى الهيئة أن اشتراط تنحي رأس النظام … شرط تعجيزي»: one who judges,
  // rejects or turns a demand in a sentence does not also hold the demand there, named before the judgement or in a
  // relative clause on what it rejects («انتقد الشروط التي يطرحها الائتلاف لقاء مشاركته»); the demand stays its owner's.
  const judgedDemands = holdings.filter((h) => JUDGED_DEMAND_RULE.test(h.cue.rule) && DEMAND_OPPOSITE.has(h.cue.stance));
  for (const j of judgedDemands) {
    const demand = oppositeStance(j.cue.topic, j.cue.stance);
    for (let i = holdings.length - 1; i >= 0; i--) {
      const h = holdings[i]!;
      if (
        h.cue.stance !== demand ||
        h.cue.topic !== j.cue.topic ||
        h.cue.sentence !== j.cue.sentence ||
        h.holder.party !== j.holder.party ||
        JUDGED_DEMAND_RULE.test(h.cue.rule)
      )
        continue;
      // (Named in a clause of its own before the rejection, it is the judge's own: «لوحت دمشق بالانسحاب في حال …،
      // رافضة أي شروط مسبقة»; a judgement of what was said before it, «وهذا طرح غير بناء», reaches back across.)
      const overlapping = h.cue.start < j.cue.end && j.cue.start < h.cue.end;
      const anaphoric = JUDGED_BACK_RULE.test(j.cue.rule);
      const before = h.cue.end <= j.cue.start && (anaphoric || !/[،,.؛:]/.test(text.normal.slice(h.cue.end, j.cue.start)));
      const relative = h.cue.start >= j.cue.end && RELATIVE_ON_REJECTED.test(text.normal.slice(j.cue.end, h.cue.start));
      if (!(overlapping || before || relative)) continue;
      // «وانتقد المنسق الائتلاف الذي "يشترط ضمانات برحيل الأسد"», «وفد الرياض … ما زال يصر على فرض شروط»: the holder
      // named as the subject of the demanding verb, no other party between, makes the demand his own.
      const between = h.holder.end <= h.cue.start ? text.normal.slice(h.holder.end, h.cue.start) : "";
      const others = mentions
        .in(h.cue.sentence)
        .some((m) => m.start >= h.holder.end && m.end <= h.cue.start && !m.place && m.party !== h.holder.party);
      if (!others && OWN_DEMAND_VERB.test(between)) continue;
      holdings.splice(i, 1);
    }
  }
  // «انتقد لافروف ما وصفه بـ"محاولات وضع شروط مسبقة"»: the demand a holder, named right after the verb of criticising,
  // criticises (its attempts, what he calls it) is turned for him; it stays its owner's.
  holdings.forEach((h, i) => {
    const c = h.cue;
    const stated = oppositeStance(c.topic, c.stance);
    if (!stated || !DEMAND_OPPOSITE.has(stated) || JUDGED_DEMAND_RULE.test(c.rule)) return;
    const s = sentences[c.sentence]!;
    // «واعتبر لافروف أن محاولات جعل رحيل الأسد شرطاً …»: a composed cue may open on the speaker's own verb, his name
    // inside it; the attempts he names are turned for him all the same.
    if (madeCondition(text.normal, s.start, s.end, c.start, c.end)) {
      holdings[i] = { ...h, cue: { ...c, stance: stated, rule: `${c.rule}.attempts-judged` } };
      return;
    }
    if (h.holder.end > c.start) return;
    const from = Math.max(s.start, c.start - 120);
    // («انتقد لافروف مطالبة الغرب برحيل الأسد»: or the demand itself, the cue opening on its noun, its owner after it.)
    const lead =
      CRITICISED_BEFORE.exec(text.normal.slice(from, c.start)) ??
      (DEMAND_NOUN_AT.test(text.normal.slice(c.start, c.end)) ? CRITICISED_RIGHT_BEFORE.exec(text.normal.slice(from, c.start)) : null);
    if (lead) {
      const verbEnd = from + lead.index + lead[0].indexOf(lead[1]!) + lead[1]!.length;
      if (h.holder.start < verbEnd) return;
      holdings[i] = { ...h, cue: { ...c, stance: stated, rule: `${c.rule}.criticised` } };
      return;
    }
    // «وقال لافروف: "إن محاولات فرض شروط مسبقة على الحوار، بما في ذلك المطالبة برحيل الأسد، تقوض …"»: attempts at
    // conditions, the subject of the speaker's clause, and what he gives as an instance of them are turned for him.
    const before = text.normal.slice(from, c.start);
    const asSubject = c.topic === "geneva2_preconditions" && ATTEMPTS_AS_SUBJECT_BEFORE.test(before);
    // («، كرحيل الأسد»: the «كـ» of the instance is on the cue's first word.)
    const instanceLead = text.normal[c.start] === "ك" ? text.normal.slice(from, c.start + 1) : before;
    if (asSubject || ATTEMPTS_INSTANCE_BEFORE.test(instanceLead))
      holdings[i] = { ...h, cue: { ...c, stance: stated, rule: `${c.rule}.attempts-judged` } };
  });
  // «…، في رد على تصريحات غربية تطالب بتنحي الرئيس الأسد»: the demand one answers is the answered statements', not
  // his (a party named in them, «رداً على تصريحات كيري التي طالب فيها …», still holds it).
  for (let i = holdings.length - 1; i >= 0; i--) {
    const h = holdings[i]!;
    const s = sentences[h.cue.sentence]!;
    const answered = ANSWERING_BEFORE.exec(text.normal.slice(Math.max(s.start, h.cue.start - 80), h.cue.start));
    if (answered && h.holder.end <= h.cue.start - answered[0].length) holdings.splice(i, 1);
  }
  // «مصير الأسد يقرره السوريون» keeps him when his allies say it; said by anyone else (the UN's envoy, Washington
  // conceding it) it leaves his fate open: neutral (CONTRACT.md: "none of its business").
  const leftOpen = lexicon.fateLeftToSyrians;
  if (leftOpen) {
    // «روسيا لا تتمسك بأشخاص، ومصير الأسد يقرره السوريون وحدهم»: an ally who, in the same sentence or the one next
    // to it, also takes no side on him (not attached to him, his fate none of its business) leaves it open too.
    const sideless = holdings.filter((h) => h.cue.topic === "assad_role" && h.cue.stance === "neutral" && !leftOpen.rules.has(h.cue.rule));
    holdings.forEach((h, i) => {
      if (h.cue.stance !== "may_stay" || !leftOpen.rules.has(h.cue.rule)) return;
      // «… يقرره الشعب السوري وحده، وليس من شأن أي دولة أجنبية، بما فيها إيران»: an ally who also calls it no outside
      // state's business leaves it open as well.
      const s = sentences[h.cue.sentence]!;
      if (
        !leftOpen.keptBy.has(h.holder.party) ||
        NO_OUTSIDERS_BUSINESS.test(text.normal.slice(h.cue.end, s.end)) ||
        sideless.some((n) => n.holder.party === h.holder.party && Math.abs(n.cue.sentence - h.cue.sentence) <= 1)
      )
        holdings[i] = { ...h, cue: { ...h.cue, stance: "neutral", rule: `${h.cue.rule}.left-open` } };
    });
  }
  // «العالم: واشنطن تقول إن المشكلة هي رفضكم القبول بمقررات جنيف ١ كشرط للحضور»: a condition for attending put to
  // the one interviewed («…كم»), where that is Iran, is a condition on her taking part, whoever sets it.
  holdings.forEach((h, i) => {
    const c = h.cue;
    if (c.topic !== "geneva2_preconditions" || c.stance !== "conditional") return;
    const s = sentences[c.sentence]!;
    if (!ADDRESSED_BEFORE.test(text.normal.slice(Math.max(s.start, c.start - 60), c.start))) return;
    if (frames.interviewed(c.sentence)?.party !== "iran") return;
    holdings[i] = { ...h, cue: { ...c, topic: "iran_participation", rule: `${c.rule}.put-to-iran` } };
  });
  // «وأضاف [عبد اللهيان] أن "الأمريكيين يشترطون علينا القبول ببيان جنيف 1 قبل توجيه الدعوة"»: conditions set on «us»
  // («علينا», «على بلادنا») where the speaker in effect is Iran's are conditions on her taking part, as those set «على
  // طهران» are (setOnIran), whoever sets them.
  holdings.forEach((h, i) => {
    const c = h.cue;
    if (c.topic !== "geneva2_preconditions" || c.stance !== "conditional" || h.holder.party === "iran") return;
    const s = sentences[c.sentence]!;
    if (
      !SET_ON_US.test(text.normal.slice(c.end, Math.min(s.end, c.end + 80))) &&
      !SET_ON_US_BEFORE.test(text.normal.slice(Math.max(s.start, c.start - 60), c.start))
    )
      return;
    const framed = frames.in(c.sentence).filter((f) => f.start < c.start);
    const speaker =
      framed.length > 0 ? framed[framed.length - 1]!.speaker : (frames.interviewed(c.sentence) ?? frames.speakerAt(c.sentence));
    if (speaker?.party !== "iran") return;
    holdings[i] = { ...h, cue: { ...c, topic: "iran_participation", rule: `${c.rule}.set-on-us` } };
  });
  // «(أفخم:) بلادها مستعدة للمشاركة إذا تلقت دعوة …، لن تحضر …»: Iran's own coming made a condition is no absence of
  // hers required, by her.
  for (let i = holdings.length - 1; i >= 0; i--)
    if (ABSENCE_REQUIRED_RULE.test(holdings[i]!.cue.rule) && holdings[i]!.holder.party === "iran") holdings.splice(i, 1);
  // «عضو الهيئة العليا للمفاوضات جورج صبرا»: a person of one body of a side named after his office in another body of
  // that side speaks for that one. (Not an office named after him, «جورج صبرا، عضو …،»: often his former or other one.)
  for (let i = 0; i < holdings.length; i++) {
    const h = holdings[i]!;
    if (!h.holder.person) continue;
    const body = officeBodyOf(text.normal, h.holder, sentences, mentions, lexicon);
    if (body) holdings[i] = { ...h, holder: { ...h.holder, party: body } };
  }
  if (trace) trace.holdings = holdings;
  // Speakers the lexicon does not know in the sentences that hold a cue (for the review queue): mapped to a party,
  // their positions would be read.
  for (const si of new Set(cues.map((c) => c.sentence))) frames.in(si);
  // Not words of a cue read as a name («قال برحيله …»).
  const inCue = (u: { start: number; end: number }) => cues.some((c) => c.start < u.end && u.start < c.end);
  const unknownSpeakers = frames
    .unknownSpeakers()
    .filter((u) => !inCue(u))
    .map((u) => {
      const span = originalSpan(text, u.start, u.end);
      const inside = mentions.in(u.sentence).find((m) => m.start >= u.start && m.end <= u.end);
      return {
        start: span.start,
        end: span.end,
        name: original.slice(span.start, span.end),
        suggestedParty: inside?.party ?? null,
        hasCue: true,
      };
    });
  // Claims with verbatim evidence, conditions and confidence.
  return {
    id,
    text: original,
    metadata,
    claims: buildClaims(id, text, sentences, holdings, present, lexicon, calibration, trace?.facts),
    unknownSpeakers,
  };
}

/** «أو» and a verb of her meeting a condition, she its subject («أو أعلنت طهران التزامها», «أو قبلت إيران …»). */
const OR_SHE_MEETS_AFTER =
  /^\s*[،,]?\s*(?:او|ام)\s+(?:ان\s+)?(?:اعلنت|[يت]علن|قبلت|[يت]قبل|التزمت|[يت]لتزم|وافقت|[يت]وافق|سحبت|[يت]سحب|اعترفت|[يت]عترف)\s+(?:ايران|طهران)(?![\u0621-\u064A])/;

/** Up to four words after a word of condition (its object, the setter), then «على» («… شرطين على طهران»). */
const SET_ON = /^(?:\s+[^\s،,.؛:]+){0,4}?\s+علي\s+/;
/** «علينا», «على بلادنا/بلدنا/دولتنا/حكومتنا»: on the speaker's own side (SET_ON_US, SET_ON_US_BEFORE). */
const ON_US = "(?:علينا|علي\\s+(?:بلادنا|بلدنا|دولتنا|حكومتنا))";
/**
 * Up to four words after a word of condition (its object, the setter), then «علينا» or «على بلادنا/بلدنا/دولتنا»: set on
 * the speaker's own side («يشترطون علينا القبول ببيان جنيف»).
 */
const SET_ON_US = new RegExp(`^(?:\\s+[^\\s،,.؛:]+){0,4}?\\s+"?${ON_US}(?![\\u0621-\\u064A])`);
/**
 * The same before the cue, at most six words before it in its clause: «تضع علينا | شروطاً مسبقة للمشاركة», «يشترطون
 * علينا القبول ببيان جنيف 1 | قبل المشاركة».
 */
const SET_ON_US_BEFORE = new RegExp(`(?:^|\\s)${ON_US}(?:\\s+[^\\s،,.؛:]+){0,6}?\\s*"?\\s*$`);
/** Iran the subject of the clause a condition opens, at most two words after it: «(اشترط) | أمس أن تقبل إيران …». */
const IRAN_TO_MEET_AFTER = /^(?:\s+[^\s،,.؛:]+){0,2}?\s+(?:ان|بان)\s+[يت][\u0621-\u064A]+\s+(?:ايران|طهران)(?![\u0621-\u064A])/;
/**
 * Her taking part named: «مشاركتها», «حضورها», «قبل أي مشاركة», «قبل أن تشارك», «لكي تحضر»; her seat or her
 * invitation kept («قبل أن يسمح لها بالجلوس», «كي تبقى الدعوة قائمة», «كي تحصل على مقعد»).
 */
const HER_TAKING_PART =
  /(?:مشاركتها|حضورها|دعوتها|اي\s+مشاركه|(?:ان|لكي|كي|ل)\s*(?:تشارك|تحضر|تجلس)|[يت]سمح\s+لها\s+ب|(?:تبقي|تظل)\s+(?:ال)?دعوه|تحصل\s+علي\s+(?:مقعد|دعوه)|مقعدا?\s+لها|(?:توجيه\s+)?(?:اي\s+)?(?:ال)?دعوه\s+(?:لها|اليها))(?![\u0621-\u064A])/;
/** The phrase rule reading Iran named as the one to accept the Geneva-1 communique (kv-fixtures cues.json). */
const IRAN_NAMED_TO_ACCEPT_RULE = "iran.she-named-to-accept-geneva1";
/** Iran's taking part or her invitation said to be free of conditions («مشاركة إيران … غير مشروطة»). */
const IRAN_FREE_RULE = "iran.unconditional-participation";
/** Her taking part refused as free of conditions, or said not to be («لا تقبل مشاركة إيران دون شروط»): the rules of this prefix. */
const IRAN_NOT_FREE_RULE = "iran.not-without-conditions";
/** The phrase rule reading Iran named, then «إذا / شرط أن» and her accepting the communique, her pronoun its subject. */
const IRAN_NAMED_IF_SHE_ACCEPTS_RULE = "iran.named-then-if-she-accepts";
/** Conditions set on Iran right before the cue: «شروط تعجيزية على طهران | لقاء مشاركتها». */
const SET_ON_IRAN_BEFORE = /علي\s+(?:ايران|طهران)\s*$/;
/**
 * A demand made of Iran with «ل», what she is asked to do after it, up to a cue of condition: «مطالبة واشنطن لطهران
 * بإعلان قبولها العلني ببيان جنيف 1 |كشرط لمشاركتها» (no clause punctuation between).
 */
const ASKED_OF_IRAN_BEFORE = new RegExp(`${demandMadeOf()}(?:ايران|طهران)\\s+ب[^،,.؛:]*$`);

/**
 * Her taking part taken up by her pronoun in a clause of another subject («رفضت واشنطن حضور طهران، فيما أصرت موسكو على
 * دعوتها»): that clause's position, standing beside the phrase cue of the clause before as one on Assad's role does.
 */
const TAKEN_UP_RULE = /^compose\.iran\..*\.taken-up$/;

/**
 * Composed cues add to the phrase cues where no phrase cue of their topic covers the same words, nor says
 * otherwise in the same sentence (the phrase rules read whole phrasings; the word classes defer to them). On Assad's
 * role (and on Iran's, taken up in a clause of another subject: TAKEN_UP_RULE) a composed cue in another clause
 * (otherClause) stands: «لا تضع شرط رحيل الأسد …، "لكن الانتقال يجب أن يضمن
 * رحيله"», «موسكو تتمسك بالأسد والائتلاف يصر على رحيله» hold both.
 */
function withComposed(phrase: Cue[], composed: readonly Cue[], backups: Map<Cue, Cue>, normalText: string): Cue[] {
  // The phrase cues of each sentence, in their order: only those of its own sentence can cover a composed cue.
  const bySentence = new Map<number, Cue[]>();
  for (const p of phrase) {
    const same = bySentence.get(p.sentence);
    if (same) same.push(p);
    else bySentence.set(p.sentence, [p]);
  }
  const covering = (c: Cue) =>
    bySentence
      .get(c.sentence)
      ?.find(
        (p) =>
          p.topic === c.topic &&
          ((p.start < c.end && c.start < p.end) ||
            (p.stance !== c.stance &&
              !(
                (c.topic === "assad_role" || TAKEN_UP_RULE.test(c.rule)) &&
                otherClause(normalText, Math.min(p.end, c.end), Math.max(p.start, c.start), c)
              ) &&
              !otherReport(normalText, Math.min(p.end, c.end), Math.max(p.start, c.start)))),
      );
  const kept: Cue[] = [];
  for (const c of composed) {
    // A judged demand's owner («مطالبة المعارضة برحيل الأسد … غير واقعي») holds what the judge's phrase rule turns;
    // the judge of an unnamed demander («من يطالب برحيل الأسد يعيش في الأوهام») holds what the rule, whose holder is
    // unnamed, does not.
    const p = HOLDER_OF_ITS_OWN.test(c.rule) ? undefined : covering(c);
    if (!p) kept.push(c);
    // «قال إن المعارضة "تحاول فرض شروط مسبقة"، مؤكداً أن موسكو ترفض أي شروط»: a participle of saying after a comma
    // opens the speaker's own report; the conditions he tells of stand beside his rejection of them, but not as his.
    else if (p.stance !== c.stance && !(p.start < c.end && c.start < p.end) && besideOwnReport(normalText, p, c))
      kept.push({ ...c, yieldsTo: p.stance });
    // The same reading, whose holder the composed cue may find where the phrase rule's does not («أصر … على
    // ضرورة رحيل الأسد»: the verb of position marks the subject). Kept as it is: the fallback cue (the composed
    // cue under the phrase rule's name and weight) is made only for a phrase cue left without a holder.
    else if (p.stance === c.stance && !backups.has(p)) backups.set(p, c);
  }
  return [...phrase, ...kept].sort((a, b) => a.start - b.start);
}

/**
 * Whether a participle of saying after a comma opens a report of its own between two cues («…، مؤكداً أن …»), the
 * later cue perhaps opening on it («…، |معتبراً أن الشروط| التي يضعها الائتلاف …»).
 */
function besideOwnReport(normal: string, a: Cue, b: Cue): boolean {
  const later = a.start < b.start ? b : a;
  return ownReportOpensIn(normal, Math.min(a.end, b.end), later.end);
}

/**
 * Whether normal[from, to) starts another clause: a comma, semicolon or colon, a contrast («بينما», «في حين», «لكن»),
 * a proviso («شريطة أن», «على ألا»; not «على أن», which after «أكد/شدد» opens what is said), or «و» and a new subject
 * with its verb («موسكو تتمسك بالأسد |والائتلاف يصر| على رحيله»).
 */
function otherClause(normal: string, from: number, to: number, c: Cue): boolean {
  if (commaBetween(normal, from, to)) return true;
  // (The verb of the new subject may open the later cue: read a few characters past `to`. Not a cue turned there: a
  // negation of the clause before may have reached it across «و», «لن يقبل ببقاء الأسد والشعب يريد رحيله».)
  return to > from && !c.rule.endsWith(".turned") && CLAUSE_JOINED.test(normal.slice(from, to + 16));
}
const CLAUSE_JOINED =
  /(?:^|\s)(?:بينما|في\s+حين|فيما|لكن|ولكن|اما|واما|(?:شريطه|بشرط|شرط)\s+(?:ان|الا)|علي\s+(?:ان\s+لا|الا))(?:\s|$)|(?:^|\s)و(?:ال)?[\u0621-\u064A]{3,}\s+[يت][\u0621-\u064A]{2,}(?:\s|$)/;

/**
 * Whether normal[from, to) opens another report: a contrast («بينما», «في حين», «فيما», «أما») and a verb of saying or
 * threatening within a word after it, or a comma and «و» right before that verb («قال لافروف إن روسيا ترفض أي شروط، في
 * حين هدد جاويش أوغلو بأن بلاده ستقاطع العملية إذا …»). Mostly another speaker's (after «، وقال» often the same one
 * going on): either way a report of its own, so the first one's phrase cue does not cover the second one's composed
 * cue on the same topic, whatever the topic, and both stand.
 */
function otherReport(normal: string, from: number, to: number): boolean {
  if (to <= from) return false;
  const between = normal.slice(from, to);
  // «وجهت إليها واشنطن الدعوة …، في تحول لافت عن موقفها قبل عامين، حين ضغطت لسحب دعوتها»: a turn from a position
  // puts the two at two times, and both stand (CONTRACT.md: a position that changed gives both labels).
  return CONTRAST_REPORT.test(between) || (between.includes("موقف") && TURN_FROM_POSITION.test(between));
}
/** A turn from a position: «في تحول (لافت) عن موقفها», «تراجعاً عن موقفه», «انقلاباً على موقفها». */
const TURN_FROM_POSITION =
  /(?:^|\s)(?:في\s+)?(?:تحول|تحولا|تراجع|تراجعا|انقلاب|انقلابا)\s+(?:[^\s،,.؛:]+\s+){0,2}?(?:عن|علي)\s+موقف[\u0621-\u064A]*/;
const CONTRAST_REPORT =
  /(?:(?:^|\s)(?:بينما|في\s+حين|فيما|اما|واما)\s+(?:[^\s،,.؛:]+\s+)?[وف]?|[،,]\s*و)(?:قال|قالت|اكد|اكدت|هدد|هددت|لوح|لوحت|اعلن|اعلنت|شدد|شددت|اعتبر|اعتبرت|اوضح|اوضحت|حذر|حذرت|جدد|جددت|راي|رات|يري|تري|يقول|تقول|يؤكد|تؤكد|يهدد|تهدد|طالب|طالبت|اشترط|اشترطت)(?![\u0621-\u064A])/;

/** Whether normal[from, to) holds a comma, semicolon or colon («،», «,», «؛», «;», «:»). */
function commaBetween(normal: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = normal.charCodeAt(i);
    if (c === 0x60c || c === 0x2c || c === 0x61b || c === 0x3b || c === 0x3a) return true;
  }
  return false;
}

/**
 * Claims of every article in one file (a digest is split per CONTRACT.md).
 * Example: extractFile("003.txt", digest, lexicon) → articles "003.txt#1" … "003.txt#20"
 */
export function extractFile(name: string, fileText: string, lexicon: Lexicon): ExtractedArticle[] {
  return extractArticles(splitDocuments(name, fileText), lexicon);
}

/**
 * Whether the cue at `start`..`end` lies in attempts to make his going a condition (ATTEMPTS_MAKE_CONDITION), looked
 * for only where «جعل» or «اعتبار» is in the sentence: «أن محاولات جعل |رحيل الأسد شرطاً| …».
 */
function madeCondition(normal: string, from: number, to: number, start: number, end: number): boolean {
  const lo = Math.max(from, start - 120);
  const window = normal.slice(lo, Math.min(to, end + 80));
  if (!window.includes("جعل") && !window.includes("اعتبار")) return false;
  const m = ATTEMPTS_MAKE_CONDITION.exec(window);
  return m !== null && lo + m.index < end && start < lo + m.index + m[0].length;
}
