// Pass 2: speaker frames. A speech or position verb with its subject before (لافروف قال) or after it
// (قال لافروف); a subjectless verb (وأضاف، وتابع، ومضى يقول) continues the last speaker.
import { ENVOY, OFFICE } from "../offices";
import { FLASH_SEPARATOR, FLASH_WORD, TIME_STAMP } from "../../text/boilerplate";
import type { KeywordPresence } from "../../text/keywords";
import type { Sentence, WordIndex } from "../../text/sentences";
import type { Lexicon } from "../lexicon";
import { isNameLetter, type Mention, type SentenceMentions } from "./01-actors";
import { signedBy } from "./bylines";
import { adjectiveSource, nationalityMentions, sideNationalities } from "./nationality";
import { matchesIn, type Hit } from "./scan";
import { firstAtOrAfter, firstEndingAfter, lowerBound, sentenceIndex } from "./search";

export interface Frame {
  /** Normal offsets of the verb (or of the colon in a headline "روسيا: …"). */
  start: number;
  end: number;
  sentence: number;
  speaker: Mention;
  method: "frame" | "continuation" | "headline";
  /** A verb of saying (قال، أكد) rather than of wanting or refusing (تريد، رفض): its speaker reports others. */
  reporting: boolean;
  /**
   * The others speaking together with the speaker, the first of them: the other of two («وأكد الجانبان»), the other
   * states of ministers meeting («اجتمع وزراء خارجية السعودية وقطر وتركيا … . ويؤكد الوزراء …»).
   */
  together?: readonly Mention[];
  /**
   * A signed article's writer standing for a sentence not in the first person (the holders' authorOf): a state or
   * a capital named before the cue in it is the one it speaks of («أما موسكو، فهي تكرر …»), not he.
   */
  signedOnly?: true;
  /**
   * The issuer of a statement introduced on a line of its own («… بياناً جاء فيه:», «… ما يلي:») standing for a
   * sentence of its text, numbered points or paragraphs in the third person («ثانياً: إن رحيل الأسد لا يجوز …»).
   */
  statement?: true;
}

/**
 * Clause boundaries («، لكن», «بينما», «؛») inside the sentences. Clauses only ever matter within a sentence,
 * and only around cues and speech verbs, so each sentence's boundaries are found the first time it is asked about.
 * Example: new ClauseBoundaries(…"قال كذا، لكن واشنطن ترفض"…).crosses(0, 20) → true (the «،» lies between)
 */
export class ClauseBoundaries {
  private readonly bySentence: Array<number[] | undefined>;

  constructor(
    private readonly normal: string,
    private readonly sentences: readonly Sentence[],
    private readonly present: KeywordPresence,
    private readonly lexicon: Lexicon,
  ) {
    this.bySentence = new Array<number[] | undefined>(sentences.length);
  }

  /** The boundary offsets of sentence si, in text order. */
  of(si: number): readonly number[] {
    let found = this.bySentence[si];
    if (found) return found;
    found = [];
    const s = this.sentences[si]!;
    if (this.present.mayMatch(this.lexicon.keywordSlots.clauseBoundary, si)) {
      // One character past the end: a boundary word's lookahead reads the space after it.
      for (const m of matchesIn(this.lexicon.clauseBoundary, this.normal, s.start, s.end + 1)) if (m.index < s.end) found.push(m.index);
    }
    this.bySentence[si] = found;
    return found;
  }

  /** Is there a clause boundary in [a, b)? */
  crosses(a: number, b: number): boolean {
    const { sentences } = this;
    for (let si = Math.max(0, lowerBound(sentences, a + 1) - 1); si < sentences.length && sentences[si]!.start < b; si++) {
      if (sentences[si]!.end <= a) continue;
      const list = this.of(si);
      const i = firstAtOrAfter(list, a);
      if (i < list.length && list[i]! < b) return true;
    }
    return false;
  }

  /** Start of the clause containing pos, within sentence si: the last boundary before pos, if inside it. */
  clauseStart(si: number, pos: number): number {
    const list = this.of(si);
    const i = firstAtOrAfter(list, pos);
    return i > 0 ? list[i - 1]! : this.sentences[si]!.start;
  }
}

/** «وقالت مصادر في الائتلاف»: sources in or close to a party speak for it. */
const SOURCES_IN =
  /^\s+(?:مصادر|مصدر|اوساط|مسؤول|مسؤولون|قيادي|قياديون)(?:\s+[\u0621-\u064A]+)?\s+(?:في|من|داخل|مقربه\s+من|مقرب\s+من|مطلعه\s+في)\s+$/;

/**
 * «قال عضو في الائتلاف», «أكد مؤمن كويفتية عضو بالائتلاف», «وقال سمير النشار، وهو عضو في الائتلاف», «اعتبر عضو
 * الهيئة السياسية في الائتلاف»: a member, official or spokesman of a party (named first or not at all) speaks for it.
 */
const AFFILIATION_ROLE =
  "\\s+(?:[\\u0621-\\u064A]+\\s*[،,]?\\s+){0,3}?(?:وهو\\s+|وهي\\s+)?(?:ال)?(?:كبير\\s+(?:ال)?مفاوضين|عضو|قيادي|قياديه|متحدث|متحدثه|ناطق|ناطقه|ممثل|ممثله|مسؤول|مسؤوله|مستشار|مستشاره|منسق|منسقه)";
const AFFILIATION = new RegExp(`^${AFFILIATION_ROLE}(?:\\s+[\\u0621-\\u064A]+){0,3}?\\s+(?:(?:في|من|داخل|باسم|عن)\\s+)?[بل]?$`);

/**
 * AFFILIATION up to its role, at a given offset (sticky): every gap AFFILIATION accepts starts with it, and it
 * looks at nothing past the role, so where it fails after a verb no gap from that verb is an affiliation.
 */
const AFFILIATION_ROLE_AT = new RegExp(AFFILIATION_ROLE, "y");

/** Whether an AFFILIATION's role follows at `pos` (a verb's end): without it, no gap from there is an affiliation. */
function roleFollows(normal: string, pos: number): boolean {
  AFFILIATION_ROLE_AT.lastIndex = pos;
  return AFFILIATION_ROLE_AT.test(normal);
}

/** Two or three words of a name, then a role of the party («مؤمن كويفتية عضو ب…», «سمير النشار، وهو عضو في …»). */
const NAME_BEFORE_ROLE =
  /^\s+((?:[\u0621-\u064A]{2,}\s+){1,2}[\u0621-\u064A]{2,})\s*[،,]?\s+(?:وهو\s+|وهي\s+)?(?:ال)?(?:عضو|قيادي|قياديه|متحدث|متحدثه|ناطق|ناطقه|ممثل|ممثله|مسؤول|مسؤوله|مستشار|مستشاره|منسق|منسقه)(?![\u0621-\u064A])/;

/** Two or three words right after the party, ending at a comma, a colon or «أن/إن». */
const NAME_AFTER_PARTY = /^\s+((?:[\u0621-\u064A]{2,}\s+){1,2}[\u0621-\u064A]{2,})\s*(?:[،,:]|\s(?:ان|انه|انها|بان)\s)/;

/** Words after a speech verb that look definite (ال…) but are days, times or particles («أشار إلى أن»), not its subject. */
const NOT_A_SUBJECT = /^(?:اليوم|امس|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|السبت|الاحد|الليله|الماضي|الان|ايضا|الي|الا|الذي|التي|الذين)$/;

/** Verbs whose first letter is their own و or ف, not the conjunction: «وافق», «وصف» (ووصف is conjoined). */
const VERB_OWN_WAW = /^(?:وافق|وافقت|وصف|وصفت|فاجاب)$/;

/** Verbs agreeing with two or more subjects: «أكدا», «قالتا», «شددوا». */
const PLURAL_VERB = /^[وف]?(?:\S+(?:تا|وا)|قالا|اكدا|شددا|اعلنا|اعتبرا|اوضحا|اشارا|طالبا|رفضا|جددا)$/;

/** «ودعا المشاركون الآخرون وخصوصا الولايات المتحدة …»: the party singled out of a plural subject speaks too. */
const ESPECIALLY =
  /\s(?:و?خصوصا|و?خاصه|و?بخاصه|و?لا\s+سيما|و?بالاخص|و?تحديدا|و?علي\s+راس(?:ها|هم)|و?في\s+مقدمت(?:ها|هم)|بما\s+(?:فيها|فيهم|في\s+ذلك))\s+$/;

/** A preposition right before a speech word makes it a verbal noun: «على رفض», «في تأكيد», «إلى رفض». */
const VERBAL_NOUN_AFTER = /(?:^|\s)[وف]?(?:علي|في|الي|عن|من|حول)\s+$/;

/**
 * A verb of the past in the masculine singular joined by «و/ف», one of saying, deciding or taking a position
 * («وقال», «واشترط», «فأكد», «وتابع»): one alternative, not anchored.
 */
export const JOINED_PAST_MASCULINE_VERB =
  "[وف](?:قال|اكد|اعلن|شدد|اوضح|اضاف|تابع|اعتبر|راي|جدد|طالب|دعا|اشترط|رفض|رحب|ايد|نوه|لفت|اشار|حذر|انتقد|هاجم|اتهم|وصف|ابدي|اعرب|اصر|تمسك|عارض|ذكر|صرح|كرر|عبر|قرر|ابلغ|اكد|نفي|اقترح)";
/** JOINED_PAST_MASCULINE_VERB as the whole of a word. */
const JOINED_PAST_MASCULINE = new RegExp(`^${JOINED_PAST_MASCULINE_VERB}$`);
/** A word opening a subordinate clause, then up to three words, right before a name. */
export const SUBORDINATE_BEFORE = /(?:^|\s)(?:ان|بان|التي|الذي|الذين|بعد\s+ان|قبل\s+ان|بعدما|عندما|حين|حينما)\s+(?:[^\s،,.؛:"]+\s+){0,3}$/;
/**
 * A noun of relation («حلفاء», «خصوم», «جيران», «داعمي») or a participle of relation and its «ل» («الداعمة ل»,
 * «المجاورة ل») right before a name: the name is its genitive or object, not a subject. (Not «مصادر قريبة من دمشق»:
 * sources close to a party speak for it.)
 */
export const RELATION_BEFORE =
  /(?:^|\s)[وفبل]?(?:ال)?(?:حلفاء|حليف|حليفا|حليفه|خصوم|خصم|اعداء|جيران|انصار|داعمي|داعمو)\s+$|(?:^|\s)(?:ال)?(?:داعمه|داعمين|مؤيده|مؤيدين|مجاوره|مواليه|موالي|معاديه|معادي)\s+(?:ل|لل)?$/;
/** A word of office, bare or definite, with its endings: «المتحدث», «وزير», «المرشد», «الأمير». */
export const OFFICE_WORDS =
  "(?:ال)?(?:متحدث|متحدثه|ناطق|ناطقه|وزير|وزيره|رئيس|رئيسه|مبعوث|موفد|سفير|مندوب|امين|مستشار|نائب|مساعد|منسق|مسؤول|عضو|ممثل|قائد|زعيم|مرشد|ملك|امير|شيخ|عاهل|ولي|مدير|اعضاء|قاده|زعماء)[\\u0621-\\u064A]*";
/** A word singling a member out of a plural subject: «وخصوصا», «وعلى رأسهم», «بما فيها». */
export const SINGLING_OUT = "(?:و?(?:خصوصا|خاصه|بخاصه|تحديدا)|و?لا(?=\\s+سيما)|و?علي|و?في|بما)(?:\\s|$)";
/** A verb of calling on, urging or advising someone, the whole of a frame's verb. */
const ADVISING_VERB = /^[وف]?(?:نصح|نصحت|[يت]نصح|ناشد|ناشدت|[يت]ناشد|حث|حثت|[يت]حث|دعا|دعت|[يت]دعو|طالب|طالبت|[يت]طالب)(?:ون|وا|ان)?$/;
/**
 * A definite noun the lexicon does not name (not a day, «اليوم/أمس», nor an office: «المتحدث باسم …», «الوزير …») and
 * up to two more words, between a verb and a name.
 */
const UNNAMED_SUBJECT_GAP = new RegExp(
  String.raw`^\s+(?!(?:اليوم|امس|الاحد|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|السبت|${OFFICE_WORDS})(?:\s|$))ال[\u0621-\u064A]{2,}(?:\s+(?!باسم(?:\s|$)|${SINGLING_OUT})[^\s،,.؛:"]+){0,2}\s+$`,
);
/** «ثم» right before a verb. */
const THEN_BEFORE = /(?:^|\s)ثم\s+$/;
/** «كما» or «ثم» right before a verb. */
const ALSO_THEN_BEFORE = /(?:^|\s)(?:كما|ثم)\s+$/;
/** «أنه/إنها/بأنهم»: «أن» with the pronoun of its subject. */
const THAT_PRONOUN = /(?:^|\s)[وفب]?(?:ان|لان)(?:ه|ها|هم|هما)\s/;
/**
 * «أنه/إنها/بأنهم» right before a verb, or before its negation or «قد»: the attached pronoun is its subject («قال إنه
 * أبلغ الجانب الروسي …», «قال لنظيره الأمريكي إنه |لا| يرى …»: not the one spoken to).
 */
const PRONOUN_SUBJECT_BEFORE = /(?:^|\s)[وفب]?(?:ان|لان)(?:ه|ها|هم|هما|ني|نا)\s+(?:(?:لا|لم|لن|قد|ما)\s+)?$/;

/**
 * «لكنه» (or «أنه») and an adverb of time or manner before the verb: «لكنه في الوقت نفسه يطالب الائتلاف بالذهاب …» has
 * its subject in the pronoun; the name after the verb is the one asked.
 */
const PRONOUN_SUBJECT_APART =
  /(?:^|\s)[وفب]?(?:ان|لان|لكن)(?:ه|ها|هم|هما)\s+(?:(?:في\s+)?(?:الوقت|الان)\s+(?:نفسه|ذاته)|مع\s+ذلك|ايضا|بدوره|بدورها)?\s*$/;

/** What one speaker says opens with «أن/إن», a colon or a quotation mark. */
const REPORTED_CLAUSE = /[:"«“]|(?:^|\s)(?:ان|انه|انها|بان|بانه|بانها)(?:\s|$)/;

/**
 * A relative clause with no commas from a name to a verb after it: «"الائتلاف" الذي يقيم معظم أعضائه في فنادق اسطنبول
 * والدوحة أعلن …». The clause has its own verb and words (one to ten, none opening a clause of its own: «التي لا تكف عن
 * تكرار أن واشنطن |تريد …» reports what Washington wants), and the verb after it, not joined by «و», is the main
 * clause's: its subject is the name the clause is on, not one named inside it («الدوحة»).
 */
const RELATIVE_CLAUSE_UP_TO_VERB =
  /^\s*["»”]?\s*(?:الذي|التي|الذين)\s+(?:(?!(?:ان|بان|انه|انها|بانه|بانها|لان|كي|لكي|حتي)\s)[^\s،,.؛:!?؟"«»()]+\s+){1,10}$/;
/**
 * «سبق أن» (or «سبق له أن», «سبق وأن») right before a verb: it only puts the verb earlier, the subject named before it
 * is the verb's own («وكان دي ميستورا قد سبق أن قال إن …», «وكانت الخارجية سبق لها أن أعلنت …»).
 */
const EARLIER_BEFORE_VERB = /(?:^|\s)(?:قد\s+)?سبق(?:\s+ل(?:ه|ها|هم|هما))?\s+و?ان\s+$/;
/** A verb of hastening or turning to: «سارع», «بادر», «عاد», «خرج», «عمد», «لجأ», past or present. */
const HASTENING =
  "(?:سارع|سارعت|سارعوا|[يت]سارع|بادر|بادرت|بادروا|[يت]بادر|عاد|عادت|عادوا|[يت]عود|خرج|خرجت|خرجوا|[يت]خرج|عمد|عمدت|عمدوا|لجا|لجات|لجاوا)";
/**
 * Or of preceding another to it, the subject before it: «والمعلم كان قد سبقه إلى القول إن …» (the one who preceded
 * says it; a name right after «سبق» is the one preceded, so not in HASTENING_RIGHT_BEFORE).
 */
const PRECEDING = "(?:سبق|سبقت|سبقوا)(?:ه|ها|هم)?";
/**
 * The subject, then the verb of hastening and up to three words of time or place, or an aside between commas, up to
 * «إلى التأكيد/القول …»: «داود أوغلو سارع بعد يومين |إلى التأكيد أن …», «والمعلم كان قد سبقه، في مؤتمره الصحفي، إلى
 * القول إن …».
 */
const HASTENED_TO = new RegExp(
  `^\\s+(?:(?:كان|كانت|كانوا)\\s+)?(?:قد\\s+)?(?:${HASTENING}|${PRECEDING})(?:\\s*[،,][^،,.؛:!?؟"«»()]{1,40}[،,])?(?:\\s+[^\\s،,.؛:!?؟"«»()]+){0,3}?\\s+$`,
);
/** The same with the subject after the verb of hastening: «وعاد |لافروف| أمس في موسكو إلى التأكيد أن …». */
const HASTENING_RIGHT_BEFORE = new RegExp(`(?:^|\\s)[وف]?(?:قد\\s+)?${HASTENING}\\s+$`);
/** A preposition right before a name: «من |الكرملين», «إلى |جانب». */
const PREPOSITION_RIGHT_BEFORE = /(?:^|\s)[وف]?(?:من|في|الي|عن|مع|علي|امام|لدي|عند|جانب)\s+$/;
/** A verb of saying of purpose: «ليقول», «لتؤكد», «ليعلن». */
const PURPOSE_SAYING = /^ل[يت](?:قول|ؤكد|علن|شدد|كرر|جدد)$/;
/**
 * From a subject to a verb of saying of purpose: what it did, a verb and up to five more words, no other clause
 * («بشار الجعفري|، خرج من اللقاء |ليقول»).
 */
const DOING_THEN_PURPOSE =
  /^\s*[،,]?\s*(?!(?:ان|انه|انها|الذي|التي|الذين|و?لكن|بل)\s)[\u0621-\u064A]{2,}(?:\s+[^\s،,.؛:!?؟"«»()]+){0,5}?\s+$/;
/** Up to three words and no punctuation, from that subject to «إلى التأكيد»: «لافروف| أمس في موسكو |إلى». */
const GAP_OF_WORDS = /^(?:\s+[^\s،,.؛:!?؟"«»()]+){0,3}?\s+$/;
/** «سفير» alone between a verb of saying and a state: «قال |سفير| إيران لدى موسكو …», the state's ambassador. */
const AMBASSADOR_GAP = /^\s+(?:ال)?(?:سفير|سفيره)\s+$/;
/** «على» right before the one obliged («على X أن …»). */
export const OBLIGED_BEFORE = /(?:^|\s)[وف]?علي\s+$/;
/**
 * «أن», «ألا» between the one obliged and the verb: «على الائتلاف |ألا| يربط …»; or nothing before a verbal noun: «على
 * الأمم المتحدة |منع إيران …».
 */
export const OBLIGED_TO = /^\s+(?:(?:ان|بان|الا)\s+)?$/;
/**
 * What may stand between the start of a clause and a name opening it: «و/ف», «أن/إن/لكن», «كان … قد», quotation marks
 * (relativeClauseOn): «والائتلاف الذي …», «وقال مصدر إن الائتلاف الذي …».
 */
const RELATIVE_HEAD_BEFORE = /(?:(?:^|[\n.،,:؛!?؟"«(])\s*[وف]?|(?:^|\s)[وف]?(?:ان|بان|لكن|ولكن|كما)\s+)(?:(?:كان|كانت)\s+)?["«“]?\s*$/;
/** A plural relative pronoun after a list of names (the last item may be one the lexicon does not know). */
const RELATIVE_PLURAL = /^\s*(?:[،,]\s*و[\u0621-\u064A]+\s*)?[،,]\s*(?:الذين|اللذين|اللتين)\s+$/;

/**
 * A relative clause opened right after a name, up to its verb: «الإبراهيمي (نفسه)، الذي يكرر أن …», «الأميركيون،
 * الذين لا يزالون يرددون أن …», «موسكو، التي ما زالت تؤكد …»: the one named is the relative verb's subject (its
 * auxiliary of going on, «لا يزال/ما زال/ظل», between them).
 */
const RELATIVE_BEFORE_VERB =
  /^\s*(?:نفسه|نفسها|انفسهم|ذاته|ذاتها)?\s*[،,]\s*(?:الذي|التي|الذين|اللذين|اللتين)\s+(?:(?:(?:لا|ما)\s+)?(?:[يت]?زال|[يت]?زالون|زالت|زالوا|ظل|ظلت|ظلوا|[يت]ظل|[يت]ظلون)\s+|قد\s+)?$/;
/**
 * A state or a capital named bare, feminine in Arabic («سوريا التي», «موسكو التي»): a masculine «الذي» after it is
 * about something else.
 */
const FEMININE_PLACES =
  "(?:سوريا|سوريه|روسيا|ايران|فرنسا|بريطانيا|تركيا|قطر|السعوديه|اسرائيل|امريكا|اميركا|السويد|موسكو|دمشق|طهران|واشنطن|الرياض|لندن|باريس|انقره|الدوحه|ستوكهولم)";
const FEMININE_PLACE = new RegExp(`^[وفبل]?${FEMININE_PLACES}$`);
/** A state or a capital after a noun it depends on («مستقبل سوريا»), then «، الذي» right before a verb. */
const FEMININE_RELATIVE_BEFORE_VERB = new RegExp(`(?:^|\\s)[\u0621-\u064A]{2,}\\s+[وفبل]?${FEMININE_PLACES}\\s*[،,]\\s*الذي\\s+$`);
/**
 * What may open a sentence before its subject: «و», «وكان/وكانت», «حتى» (even he), a title line's end; or «وفد» of the
 * party («وفد الائتلاف، في المقابل، يكرر …»: the delegation speaks for it).
 */
const SENTENCE_HEAD = /^\s*[وف]?(?:(?:كان|كانت|حتي)\s+)?(?:وفد\s+)?$/;
/**
 * A verb of going on or of seeming right after the sentence's subject, and what it says of him, up to his verb of
 * saying: «أما الإبراهيمي فقد ظل حتى اللحظة الأخيرة يكرر أن …», «فابيوس بدا منسجماً مع نفسه حين كرر أن …»; or
 * what he was, then «حين/عندما» and his verb («وكان نصر الله واضحاً في خطابه حين دعا إلى …»), a comma before it or not
 * («وكان لافروف صريحاً في مؤتمره الصحفي، حين قال …»: «حين» opens the time of what he did, not another clause).
 */
const STATE_BEFORE_VERB =
  /^\s*(?:[،,]\s*)?[وف]?(?:قد\s+)?(?:(?:ظل|ظلت|ظلوا|بقي|بقيت|بدا|بدت|بدوا|استمر|استمرت|واصل|واصلت)\s+(?:[^\s،,.؛:!?؟"]+\s+){0,6}(?:(?:حين|عندما|وهو|وهي|وهم)\s+)?|(?:[^\s،,.؛:!?؟"]+\s+){0,8}[^\s،,.؛:!?؟"]+(?:\s*[،,]\s*|\s+)(?:حين|حينما|عندما)\s+)$/;
/** «وهو/وهي/وهم» (and «لا يزال» after it) right before a verb: a clause of state whose pronoun is someone named before. */
const STATE_PRONOUN_BEFORE_VERB = /(?:^|\s)(?:وهو|وهي|وهم|وهما)\s+(?:(?:لا|ما)\s+(?:[يت]?زال|زالت|زالوا|[يت]زالون)\s+)?$/;
/**
 * What lies between the one named and that clause's verb: a few words of what he did, no quotation or sentence end
 * between («وصل المعلم إلى مونترو وهو |يردد أن …», «حضرت روسيا الاجتماع، وهي |تؤكد أن …»).
 */
const DOING_THEN_STATE_PRONOUN =
  /^(?:\s+[^\s.؛:!?؟"«»]+){0,6}?\s*[،,]?\s*(?:وهو|وهي|وهم|وهما)\s+(?:(?:لا|ما)\s+(?:[يت]?زال|زالت|زالوا|[يت]زالون)\s+)?$/;
/**
 * After the name «أما» put first, «ف» taking him up, what he was, then a comma and «حين/عندما» and his verb: «أما
 * الرئيس الفرنسي فكان الأوضح بين الغربيين، حين |قال …», «أما الوزير فبدا متشدداً، عندما |أكد …» (the comma does
 * not end his clause: «حين» opens the time of what he did).
 */
const TOPIC_STATE_THEN_WHEN = /^\s*[،,]?\s*ف[\u0621-\u064A]{2,}(?:\s+[^\s،,.؛:!?؟"]+){0,6}\s*[،,]\s*(?:حين|حينما|عندما)\s+$/;
/**
 * What a person is, between commas, between his name and his verb: «، مستشار المرشد للشؤون الدولية، (قد) |»; or a
 * verb of becoming before it («حتى الإبراهيمي، الذي يفترض أنه الوسيط المحايد، بات |يردد أن …»).
 */
const APPOSED_BEFORE_VERB = /^\s*[،,]\s*(?:[^\s،,.؛:!?؟]+\s+){1,7}[^\s،,.؛:!?؟]+\s*[،,]\s*(?:قد\s+|(?:بات|باتت|اصبح|اصبحت|صار|صارت)\s+)?$/;

/**
 * What a sentence is about, put before its verb: «وحول مستقبل الرئيس السوري قال الدبلوماسي الإيراني: …», «وبشأن
 * دور إيران، قال …», «وحول الحديث عن دعوة إيران قال صافي: …», «ورداً على سؤال لـ(كونا) حول مشاركة إيران قال …»: the
 * one named there is spoken of, not the speaker.
 */
const FRONTED_ABOUT =
  /^\s*[وف]?(?:(?:في\s+)?(?:رده|ردها|ردا|جوابا|اجابه)\s+(?:علي|عن)\s+(?:ال)?(?:سؤال|اسئله)(?:\s+[^\s،,.:]+){0,3}?\s+)?(?:حول|بشان|عن|فيما\s+(?:يتعلق|يتصل)\s+ب\S*|في\s+ما\s+(?:يتعلق|يتصل)\s+ب\S*|وفيما\s+يخص|(?:في\s+)?(?:تعليق|تعليقه|تعليقها|تعليقا|رد|رده|ردها|ردا|تعقيب|تعقيبه|تعقيبها|تعقيبا)\s+علي|بالنسبه\s+ل\S*)\s+(?:[^\s،,.:]+\s+){0,3}$/;
/**
 * «أما» opening the sentence or a clause, then at most six words (a title) before the name it puts first: «أما
 * الأمين العام لحزب الله السيد حسن نصرالله، فقال …».
 */
const TOPIC_OPENED = /(?:^|[\n.،,]\s*|\s)[وف]?اما\s+(?:[^\s،,.]+\s+){0,6}$/;
/**
 * A phrase of time or place opening a sentence, set off by a comma, before its verb and subject: «قبل يومين من
 * استئناف المحادثات، |أغلق …», «وعلى هامش المؤتمر، |التقى …», «وفي ختام اللقاء، |أكد …». At most eight words.
 */
const OPENING_ADVERBIAL =
  /^(?:\s*[وف]?(?:قبل|بعد|في|خلال|عقب|اثر|اثناء|منذ|وسط|علي\s+هامش|في\s+ختام|في\s+اعقاب)\s+(?:[^\s،,.؛:"]+\s+){0,7}?[^\s،,.؛:"]+\s*[،,]\s*|\s*[وف]?(?:في\s+(?:ال)?وقت(?:\s+الذي)?|بينما|في\s+حين)\s+(?:[^\s،,.؛:"]+\s+){0,15}?[^\s،,.؛:"]+\s*[،,]\s*)/;
/**
 * The interview a question was put in, opening a sentence before the asking, a comma after it or none («وفي حديث
 * لقناة "تي آر تي" |سئل …», «وفي مقابلة مع صحيفة "الحياة"، |سئل …»): up to six words of the outlet, quotation marks
 * allowed.
 */
const INTERVIEW_OPENING =
  /^\s*[وف]?(?:في|خلال)\s+(?:حديث|مقابله|حوار|لقاء)(?:\s+(?:خاص|صحفي|صحافي|تلفزيوني|اذاعي|متلفز))?\s+(?:مع\s+|ل)(?:[^\s،,.؛:]+\s+){0,5}?[^\s،,.؛:]+\s*[،,]?\s*(?=[وف]?(?:سئل|سئلت|سال|سالت|سالته|سالها)\s)/;
/**
 * A sentence opening on the question its verb answers, set off by a comma, up to the verb: «ورداً على سؤال عما إذا
 * كانت بلاده ستقبل بحضور إيران، |قال: …», «وفي رده على أسئلة الصحافيين، |أكد …», «وجواباً عن سؤال حول مصير الأسد،
 * |قال …». The verb with no subject of its own is the one last speaking's, answering (at most fifteen words asked).
 */
const ANSWER_OPENING =
  /^\s*[وف]?(?:(?:في\s+)?(?:معرض\s+)?(?:رده|ردها|ردهم|ردا|رد)|جوابا|اجابه|(?:في\s+)?(?:اجابته|اجابتها|جوابه|جوابها))\s+(?:علي|عن)\s+(?:[^\s،,.؛:"]+\s+){0,14}?[^\s،,.؛:"]+\s*[،,]\s*$/;
/**
 * A sentence opening on «لكنه/لكنها» (or «غير أنه», «إلا أنه», «بيد أنه») and at most an adverb of contrast or time
 * before its verb of saying: the attached pronoun is its subject, the one speaking before («قال الوزير إن …. لكنه شدد
 * في المقابل على أن …»). (Not a verb of doing: «لكنه ربط …» after a heading's speaker may be another's. Nor «ـها» after
 * a man, whom it cannot stand for: «وقال الجربا إن السعودية تدعم المعارضة. لكنها أكدت …» is Riyadh's; nor «إلا/غير أنه
 * أعلن/تقرر», read as impersonal, "it was announced".) So after a comma inside the sentence: «وقال حجاب إن الهيئة
 * مستعدة للتفاوض مع ممثلي النظام، لكنه شدد على أن …» is Hijab's, the one speaking before it.
 */
const BUT_HE_OPENING =
  /(?:^|[،,])\s*[وف]?(?:لكن|بيد\s+ان|((?:غير|الا)\s+ان))(ه|ها)\s+(?:(?:في\s+)?(?:المقابل|(?:الوقت|الان)\s+(?:نفسه|ذاته))\s+|مع\s+ذلك\s+|ايضا\s+)?$/;
/** A verb «إلا أنه …» may open as an impersonal passive («إلا أنه أُعلن», "it was announced"). */
const IMPERSONAL_AFTER_THAT = /^[وف]?(?:اعلن|تقرر|تم)$/;
/** The occasion of one's words opening a sentence, up to its verb: «ففي مقابلة مع قناة …», «وخلال مؤتمر صحفي في …». */
const OCCASION_FRONTED =
  /^\s*[وف]?[وف]?(?:في|خلال|اثناء|امام|لدي)\s+(?:(?:ال)?(?:مقابله|حديث|حوار|مؤتمر|كلمه|خطاب|تصريح|تصريحات|لقاء|اجتماع|جلسه|ندوه|اطلاله|مداخله|اتصال|احاطه)[\u0621-\u064A]*)(?:\s+[^\s،,.؛:"«»]+){0,10}\s*[،,]?\s*$/;
/**
 * A sentence opening on its topic: «و» and «حول», «عن», «بشأن», «بخصوص», «فيما يخص», «فيما يتعلق بـ» (or «يتصل بـ»), «وردا على سؤال
 * عن», then at most six words (no punctuation but a comma at their end), up to the verb.
 */
const TOPIC_FRONTED =
  /^\s*[وف](?:حول|عن|بشان|بخصوص|فيما\s+يخص|في\s+ما\s+يخص|فيما\s+(?:يتعلق|يتصل)\s+ب|في\s+ما\s+(?:يتعلق|يتصل)\s+ب|ردا\s+علي\s+سؤال\s+(?:حول|عن|بشان))\s*(?:[^\s،,.؛:"]+\s+){0,5}[^\s،,.؛:"]+\s*[،,]?\s*$/;
/** Feminine titles of office, as normalised: «المتحدثة», «الوزيرة», … */
const FEMININE_TITLES = "المتحدثه|الناطقه|الوزيره|المسؤوله|السفيره|المستشاره|المندوبه|المبعوثه";
/** A feminine title alone («المتحدثة», «الوزيرة الفرنسية»), which the lexicon's anaphoric titles (masculine) lack. */
const FEMININE_TITLE = new RegExp(String.raw`^\s+(?:${FEMININE_TITLES})(?:\s+ال[\u0621-\u064A]+يه)?(?![\u0621-\u064A])`);
/**
 * A feminine title with nothing of its own after it, the clause going straight on («ورأت المتحدثة أن …», «وأضافت
 * الوزيرة: …»): the speaker named before; not one naming its body or nation («المتحدثة باسم الخارجية الصينية»,
 * «الوزيرة الفرنسية»), a speaker of her own.
 */
const FEMININE_TITLE_ALONE = new RegExp(
  String.raw`^\s+(?:${FEMININE_TITLES})(?=\s*(?:[،,:"]|(?:ان|انه|انها|بان|الي|علي|في)(?![\u0621-\u064A])))`,
);
/** A feminine verb of saying or title around a person's name: «المتحدثة باسم …», «وقالت …»; the one a feminine title alone goes back to. */
const FEMININE_AROUND = new RegExp(
  String.raw`(?:^|\s)[وف]?(?:قالت|اكدت|اضافت|اشارت|اعتبرت|اوضحت|صرحت|شددت|ذكرت|رات|لفتت|كشفت|اعلنت|${FEMININE_TITLES}|السيده)(?![\u0621-\u064A])`,
);
/** «أما» opening a sentence («أما», «وأما»). */
const TOPIC_OPENS = /^\s*[وف]?اما\s/;
/**
 * What follows the name «أما» put first, up to «، ف» and the verb that takes it up: the rest of his name or title
 * (at most six words, no other clause) — «أما المبعوث الأممي إلى سوريا ستيفان دي ميستورا|، فحاول …».
 */
const TOPIC_TAKEN_UP = /^(?:\s+[^\s،,.؛:]+){0,6}\s*[،,]?\s*ف[\u0621-\u064A]{2,}/;
/** The comma and «ف» that take up what «أما» put first, read with the verb's first letter: «، فقد |ق», «، |ف». */
const TOPIC_RESUMED = /^\s*[،,]\s*ف(?:قد\s+[\u0621-\u064A])?$/;

/** Between a title's genitive and the name of its bearer: a comma, or nothing (a closing quotation mark allowed). */
const APPOSITION = /^"?[^\S\n]*[،,]?[^\S\n]*$/;

/**
 * What the words right before a speech verb make of it. «على رفض أي دور للرئيس السوري»: after a preposition the
 * verb is a verbal noun, whose agent is its genitive right after it («على رفض الائتلاف»), never a name further on.
 * «أنه أبلغ الجانب الروسي»: after «أنه/أنها» the pronoun is the verb's subject, and the name after it its object.
 */
function verbHead(normal: string, vStart: number): { verbalNoun: boolean; pronounSubject: boolean } {
  const head = normal.slice(Math.max(0, vStart - 14), vStart);
  const pronounSubject = PRONOUN_SUBJECT_BEFORE.test(head) || PRONOUN_SUBJECT_APART.test(normal.slice(Math.max(0, vStart - 36), vStart));
  return { verbalNoun: VERBAL_NOUN_AFTER.test(head), pronounSubject };
}

/**
 * A verb of meeting, receiving or visiting, and up to five words of a title, right before a name: «التقى |وزير الخارجية
 * الروسي سيرغي| لافروف …», «استقبل |الرئيس الإيراني| حسن روحاني …».
 */
const MEETING_VERB_BEFORE =
  /(?:^|\s)[وف]?(?:التقي|التقت|يلتقي|تلتقي|استقبل|استقبلت|يستقبل|تستقبل|قابل|قابلت|يقابل|تقابل|زار|زارت|يزور|تزور)\s+(?:[^\s،,.؛:"]+\s+){0,5}$/;
/**
 * A verb that takes a party for its object right after its subject, and up to five words of the subject's title,
 * right before the subject's name: criticising, attacking, accusing, blaming, calling on, urging, warning, telling,
 * thanking («انتقد |الائتلاف| روسيا», «حثت |وزيرة الخارجية الأمريكية| موسكو على …», «حذر |لافروف| واشنطن من …»).
 */
/** Verbs of calling on someone to do something: «دعا», «طالب», «ناشد» (and their forms). */
export const CALLING_VERBS = "(?:دعا|دعت|[يت]دعو|طالب|طالبت|[يت]طالب|ناشد|ناشدت|[يت]ناشد)";
const OBJECT_VERBS = `(?:انتقد|انتقدت|[يت]نتقد|هاجم|هاجمت|[يت]هاجم|اتهم|اتهمت|[يت]تهم|حمل|حملت|[يت]حمل|لام|لامت|[يت]لوم|${CALLING_VERBS}|حث|حثت|[يت]حث|حذر|حذرت|[يت]حذر|ابلغ|ابلغت|[يت]بلغ|شكر|شكرت|[يت]شكر|نصح|نصحت|[يت]نصح)`;
export const OBJECT_VERB_BEFORE = new RegExp(`(?:^|[\\s"«])[وف]?${OBJECT_VERBS}\\s+(?:[^\\s،,.؛:"]+\\s+){0,5}$`);
/**
 * One of those verbs and a subject the lexicon cannot name, a statement or a gathering, right before a name: «وطالب
 * |البيان| الحكومة السورية بـ…», «ودعا |المجتمعون| روسيا إلى …»: the name is the verb's object. (Not «بيان» in a
 * construct, «وحث بيان الخارجية الأمريكية المعارضة …»: the name after it is its issuer.)
 */
const OBJECT_VERB_UNNAMED_SUBJECT_BEFORE = new RegExp(
  `(?:^|[\\s"«])[وف]?${OBJECT_VERBS}\\s+(?:البيان(?:\\s+الختامي)?|المجتمعون|المشاركون|المؤتمرون|الوزراء|الاجتماع|المؤتمر|القمه)\\s+$`,
);
/** «إلى», «في», «لدى» right before a name: the place of a title («المبعوث إلى سوريا», «السفير لدى موسكو»). */
const TITLE_PREPOSITION_BEFORE = /(?:^|\s)(?:الي|في|لدي)\s+$/;
/** «الأخير/الأخيرة» right after a verb: its subject is the one named last before it. */
export const LATTER_NEXT = /^\s+(?:ال)?(?:اخير|اخيره)(?![\u0621-\u064A])/;
/**
 * Only a verb of backing, blaming or urging in the present, or one of them in the feminine past, between a subject
 * and its object (SVO: «السعودية |تدعم| الائتلاف», «موسكو |انتقدت| واشنطن»).
 */
const SVO_OBJECT_GAP =
  /^\s+(?:[يت](?:دعم|ؤيد|ساند|نتقد|هاجم|تهم|حمل|لوم|حث|ناشد|حذر|شكر|نصح)(?:ون|ان)?|(?:دعمت|ايدت|ساندت|انتقدت|هاجمت|اتهمت|حملت|حثت|ناشدت|حذرت|شكرت|نصحت))\s+$/;
/**
 * A verb of the present, third person, as a word (not «تجاه», «تحت», «تماماً», «تقريباً», «يوم», «تقرير», «تحالف»:
 * words that open on its prefix).
 */
const PRESENT_VERB_WORD = "[يت](?!جاه|حت|ماما|قريبا|وم(?![\\u0621-\\u064A])|قرير|حالف)[\\u0621-\\u064A]{2,5}(?:ون|ان)?";
/** Such a verb right before a name («تدعم |», «ويرفض |»). */
const PRESENT_VERB_RIGHT_BEFORE = new RegExp(`(?:^|\\s)[وف]?${PRESENT_VERB_WORD}\\s+$`);
/** Such a verb alone between a subject and its object: «واشنطن |تدعم| المعارضة». */
const PRESENT_VERB_GAP = new RegExp(`^\\s+${PRESENT_VERB_WORD}\\s+$`);
/** «أنها», «أنه», «إنهم» (group 1 the pronoun) and such a verb, maybe negated, right before a name («أنها لا تريد |»). */
const PRONOUN_THEN_VERB_BEFORE = new RegExp(`(?:^|\\s)(?:ان|لان|بان)(ها|ه|هم)\\s+(?:(?:لا|لن|لم)\\s+)?${PRESENT_VERB_WORD}\\s+$`);
/** «و» and a verb of the present right after a name. */
const JOINED_VERB_RIGHT_AFTER = /^\s+و[يتن][\u0621-\u064A]{2,}(?![\u0621-\u064A])/;
/**
 * Whether m is the object of a verb of the present whose subject is the pronoun of «أنها/أنه/إنهم» right before the
 * verb, a verb joined by «و» after m: «أكدت فرنسا أنها ترفض |إيران| في المؤتمر وتطالب …» (the joined verb is the
 * pronoun's, not m's). «أنه» may be the pronoun of the matter, the name after the verb its subject («وذكرت الصحيفة أنه
 * يرفض |الائتلاف| مشاركة إيران ويطالب …»): read so only with the joined verb right after the name.
 */
export function objectOfPronounSubject(normal: string, m: Mention): boolean {
  const pronoun = PRONOUN_THEN_VERB_BEFORE.exec(normal.slice(Math.max(0, m.start - 24), m.start));
  if (!pronoun) return false;
  const after = normal.slice(m.end, m.end + 40);
  return pronoun[1] === "ه" ? JOINED_VERB_RIGHT_AFTER.test(after) : JOINED_VERB_SOON.test(after);
}
/**
 * Whether m is the object of a verb whose subject is named or a pronoun (objectOfSubject, objectOfPronounSubject), a
 * verb joined by «و» after it: the joined verb goes on from that subject, and m holds nothing it says. (Not before a
 * verb in the dual, «لافروف يلتقي كيري ويؤكدان …»: both say it.)
 */
export function objectBeforeJoinedVerb(normal: string, words: WordIndex, inSentence: readonly Mention[], m: Mention): boolean {
  const joined = JOINED_VERB_SOON.exec(normal.slice(m.end, m.end + 40));
  return (
    joined !== null &&
    !DUAL_VERB.test(joined[0].trim().split(/\s+/).pop()!) &&
    (objectOfPronounSubject(normal, m) || objectOfSubject(normal, words, inSentence, m) !== undefined)
  );
}
/** A noun of backing or rejecting with its pronoun, then «ل» (or «لل») opening the next name: «دعمهما |للائتلاف». */
const BACKING_NOUN_TO_BEFORE = /(?:^|\s)[وبل]?(?:دعم|تاييد|مسانده|تضامن|رفض|معارض)[\u0621-\u064A]{0,3}\s+ل/;
/**
 * «و» and a verb of the present or past within a few words («الائتلاف |وترى|», «الائتلاف الوطني |وطالبت|»), or a
 * negated one («إيران في جنيف |ولا تقبل|»).
 */
const JOINED_VERB_SOON =
  /^(?:\s+[^\s،,.؛:"]+){0,3}?\s+و(?:(?:لا|لن|لم)\s+[يتن][\u0621-\u064A]{2,}|[يتن][\u0621-\u064A]{2,}|[\u0621-\u064A]{2,}(?:ت|وا))(?![\u0621-\u064A])/;
/** The words of a counterpart, one alternative: «نظيره», «نظيرتها», «نظرائه». */
export const COUNTERPART = "(?:نظير|نظيره|نظيرته|نظيرها|نظيرهم|نظيرتها|نظيرتهم|نظيريه|نظرائه|نظرائها)";
/** A mention that is the counterpart named by his office (actors.json officials, `possessed`): «نظيره الروسي». */
const COUNTERPART_NAMED = new RegExp(`^[وبل]?${COUNTERPART}\\s`);
/** A counterpart and his title between a subject and the one he met: «التقى لافروف |نظيره الإيراني| ظريف». */
const COUNTERPART_GAP = new RegExp(`^\\s+(?:${COUNTERPART}(?:\\s+ال[\\u0621-\\u064A]+){0,2}\\s+)?$`);
/** A verb of calling someone, and up to five words of the caller's title, right before the caller's name. */
const CALLING_VERB_BEFORE = /(?:^|\s)[وف]?(?:اتصل|اتصلت|[يت]تصل)\s+(?:[^\s،,.؛:"]+\s+){0,5}$/;
/** Between the caller and the one called: «ب» or «مع», «هاتفياً» and «نظيره الروسي» («اتصل أوباما |هاتفياً بنظيره الروسي| بوتين»). */
const CALLED_GAP = new RegExp(`^\\s+(?:هاتفيا\\s+)?(?:مع\\s+|ب)(?:${COUNTERPART}(?:\\s+ال[\\u0621-\\u064A]+){0,2}\\s+)?$`);

/**
 * The subject of the verb whose object mention m is, where m is named right after it (VSO): «التقى لافروف |نظيره
 * الإيراني ظريف|», «استقبل روحاني |لافروف|», «انتقد الائتلاف |روسيا| ورحب بـ…». A verb joined after them by «و» goes on
 * from that subject, and m holds nothing the sentence goes on to say. The subject is the name right before m, of
 * another party: within two words after a verb of meeting, with nothing but a counterpart's title between after one of
 * criticising, urging or telling (OBJECT_VERB_BEFORE); or, in the order subject-verb-object, with only a verb of
 * backing, blaming or urging between them (SVO_OBJECT_GAP).
 */
export function objectOfSubject(normal: string, words: WordIndex, inSentence: readonly Mention[], m: Mention): Mention | undefined {
  const at = inSentence.indexOf(m);
  const subject = at > 0 ? inSentence[at - 1] : undefined;
  // «التقى كيري |نظيره الروسي| سيرغي لافروف»: a name in apposition to the counterpart named by his office is the
  // object the counterpart is.
  if (
    subject &&
    subject.party === m.party &&
    COUNTERPART_NAMED.test(normal.slice(subject.start, subject.end)) &&
    /^\s*$/.test(normal.slice(subject.end, m.start))
  )
    return objectOfSubject(normal, words, inSentence, subject);
  // «تدعم موسكو |دمشق| وترفض أي شروط», «إن واشنطن تدعم |المعارضة| وتريد …»: any verb of the present, right before the
  // subject (VSO) or alone between them (SVO), where a verb is joined after the object. (A capital right after such a
  // verb, or right before it, is its subject, not a place.)
  if (
    subject &&
    subject.party !== m.party &&
    !TITLE_PREPOSITION_BEFORE.test(normal.slice(Math.max(0, subject.start - 6), subject.start)) &&
    (/^\s+$/.test(normal.slice(subject.end, m.start))
      ? PRESENT_VERB_RIGHT_BEFORE.test(normal.slice(Math.max(0, subject.start - 12), subject.start))
      : PRESENT_VERB_GAP.test(normal.slice(subject.end, m.start))) &&
    JOINED_VERB_SOON.test(normal.slice(m.end, m.end + 40))
  )
    return subject;
  // (Not a place in a title's «إلى/في/لدى»: «المبعوث الأممي إلى |سوريا| ستيفان دي ميستورا».)
  if (
    !subject ||
    subject.party === m.party ||
    subject.place ||
    TITLE_PREPOSITION_BEFORE.test(normal.slice(Math.max(0, subject.start - 6), subject.start))
  )
    return undefined;
  const before = normal.slice(Math.max(0, subject.start - 60), subject.start);
  const gap = normal.slice(subject.end, m.start);
  // «تدعو الولايات المتحدة روسيا |وإيران| وتطالب …»: an object joined by «و» to one before it has that one's subject.
  if (/^\s+و\s*$/.test(gap)) return objectOfSubject(normal, words, inSentence, subject);
  if (COUNTERPART_GAP.test(gap) && OBJECT_VERB_BEFORE.test(before)) return subject;
  // «إن السعودية |تدعم| الائتلاف وترى أن …», «موسكو |تنتقد| واشنطن و…»: the subject named before such a verb (SVO),
  // where a verb is joined after the object (not «تدعم الهيئة في رفضها …», what the object itself does).
  if (SVO_OBJECT_GAP.test(gap) && JOINED_VERB_SOON.test(normal.slice(m.end, m.end + 40))) return subject;
  // «اتصل أوباما ببوتين وأكد له …»: the one called after «ب».
  if (CALLED_GAP.test(gap) && CALLING_VERB_BEFORE.test(before)) return subject;
  return words.within(subject.end, m.start, 2) && MEETING_VERB_BEFORE.test(before) ? subject : undefined;
}

/**
 * A verb of saying joined by «و/ف», then «أن/إن»: «هاجم المعلم الدول الداعمة للمعارضة |وأكد أن| …». Its subject is
 * the one before, not a name in the object between them.
 */
const JOINED_SAYING_THAT =
  /(?:^|[\s،,])[وف](?:قال|قالت|اكد|اكدت|اضاف|اضافت|اوضح|اوضحت|شدد|شددت|اعتبر|اعتبرت|راي|رات|جدد|جددت)\s+(?:علي\s+)?(?:ان|انه|انها|بان)\s/;
/** One of OBJECT_VERBS, then up to seven words without punctuation, up to the name («هاجم |المعلم الدول الداعمة ل|»). */
const OBJECT_PHRASE_BEFORE = new RegExp(`(?:^|[\\s"«])[وف]?${OBJECT_VERBS}(?:\\s+[^\\s،,.؛:"]+){1,7}\\s+[وبل]{0,2}$`);
/**
 * Whether m is inside the object of a verb of criticising, urging or telling (OBJECT_VERBS) whose subject is another
 * party named between the verb and m, and a verb of saying joined after them opens what the cue at `cueStart` says:
 * «هاجم المعلم الدول الداعمة |للمعارضة| وأكد أن الأسد باق»: the opposition holds nothing of what al-Moallem said.
 */
export function insideObjectBeforeSaying(normal: string, inSentence: readonly Mention[], m: Mention, cueStart: number): boolean {
  return (
    cueStart > m.end && JOINED_SAYING_THAT.test(normal.slice(m.end, cueStart)) && objectPhraseSubject(normal, inSentence, m) !== undefined
  );
}
/**
 * The subject of a verb of criticising, urging or telling (OBJECT_VERBS) whose object m is part of, named between the
 * verb and m and of another party: «هاجم |المعلم| الدول الداعمة للمعارضة».
 */
export function objectPhraseSubject(normal: string, inSentence: readonly Mention[], m: Mention): Mention | undefined {
  const from = Math.max(0, m.start - 90);
  const head = OBJECT_PHRASE_BEFORE.exec(normal.slice(from, m.start));
  if (!head) return undefined;
  const verbAt = from + head.index;
  // (The first name after the verb, its subject: not a place in his title, «انتقد المبعوث الأممي إلى |سوريا| ستيفان دي
  // ميستورا الشروط …».)
  const subject = inSentence.find((o) => o.start > verbAt);
  return subject && subject !== m && subject.end <= m.start && subject.party !== m.party && !subject.place ? subject : undefined;
}

/** Whether mention m is the object of a verb whose subject is a statement or a gathering (OBJECT_VERB_UNNAMED_SUBJECT_BEFORE). */
export function objectOfUnnamedSubject(normal: string, m: Mention): boolean {
  return OBJECT_VERB_UNNAMED_SUBJECT_BEFORE.test(normal.slice(Math.max(0, m.start - 40), m.start));
}

/** The last item satisfying `test` (as `[...items].reverse().find(test)`, without the copy). */
export function findLast<T>(items: readonly T[], test: (item: T) => boolean): T | undefined {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i]!)) return items[i];
  return undefined;
}

/**
 * The first of the names standing right before `m` with only spaces between (a title and a name read as two:
 * «|وزير الخارجية البريطاني| وليام هيغ»), each passing `joins`; `m` itself where none does.
 */
export function firstOfRun(normal: string, inSentence: readonly Mention[], m: Mention, joins: (o: Mention) => boolean): Mention {
  let first = m;
  for (let k = inSentence.indexOf(m) - 1; k >= 0; k--) {
    const o = inSentence[k]!;
    if (!joins(o) || !/^\s*$/.test(normal.slice(o.end, first.start))) break;
    first = o;
  }
  return first;
}

/**
 * The last of a sentence's mentions ending by `pos`, with at most `max` words from its end to `pos`, that passes
 * `test`. The mentions are in text order with increasing ends, so those ending after `pos` are the last ones (found
 * by bisection, not walked), and one too far back has all the earlier ones too far back as well: the walk stops
 * there instead of testing them.
 */
function lastWithin(
  mentions: readonly Mention[],
  words: WordIndex,
  pos: number,
  max: number,
  test: (m: Mention) => boolean,
): Mention | undefined {
  for (let i = firstEndingAfter(mentions, pos) - 1; i >= 0; i--) {
    const m = mentions[i]!;
    if (!words.within(m.end, pos, max)) return undefined;
    if (test(m)) return m;
  }
  return undefined;
}

/** The first of a sentence's mentions starting at or after `pos`, at most `max` words on, that passes `test` (as lastWithin). */
function firstWithin(
  mentions: readonly Mention[],
  words: WordIndex,
  pos: number,
  max: number,
  test: (m: Mention) => boolean,
): Mention | undefined {
  for (let i = lowerBound(mentions, pos); i < mentions.length; i++) {
    const m = mentions[i]!;
    if (!words.within(pos, m.start, max)) return undefined;
    if (test(m)) return m;
  }
  return undefined;
}

/** The words between a verb and a name after it (`gap`), less a quotation mark opening right on a name it closes after. */
function quotedName(normal: string, gap: string, m: Mention): string {
  // Not «يقول لـ"الرياض"»: a quotation mark joined to a preposition right after the verb names the one addressed;
  // after a title it is the title's genitive («قال المنسق العام لـ«الهيئة العليا»»).
  // (The title's genitive in quotation marks is named whole or in part: «لـ «هيئة التنسيق الوطنية لقوى …»».)
  if (/\S\s+ل\s*"\s*$/.test(gap)) return gap.replace(/"\s*$/, "");
  // «هدد ما يسمى "الائتلاف الوطني السوري" بالانسحاب»: «ما يسمى» only ever opens a name, whose closing mark may follow
  // the words the lexicon does not take into the mention.
  if (/(?:^|\s)ما\s+(?:يسمي|تسمي)\s+"\s*$/.test(gap)) return gap.replace(/"\s*$/, "");
  if (!/^\s*"/.test(normal.slice(m.end, m.end + 3))) return gap;
  return /(?:^|\s)"\s*$/.test(gap) ? gap.replace(/"\s*$/, "") : gap;
}

/**
 * An office word without its article right after a verb, heading its subject: «عضو …», «رئيس …», «نائب …» (not a
 * minister of foreign affairs or defence with no state, «مساعد وزير الخارجية»: the one named before by that title).
 */
const OFFICE_HEADS_SUBJECT = new RegExp(
  `^\\s+(?!ال)${OFFICE}\\s+(?!(?:${OFFICE}\\s+)?(?:ال)?(?:خارجيه|دفاع)(?![\\u0621-\\u064A]))[\\u0621-\\u064A]`,
);

/** «المتحدث باسمه», «الناطقة باسمها» right after a verb: the spokesman of the one a pronoun stands for. */
const HIS_SPOKESMAN_AFTER = /^\s+(?:ال)?(?:متحدث|متحدثه|ناطق|ناطقه)\s+باسم(ه|ها)(?![\u0621-\u064A])/;

/**
 * An office in the speaker's own state or body, not another body: «سفير بلاده لدى …», «عضو الهيئة السياسية», «مدير قسم
 * الشرق الأوسط» (a unit of the ministry or party named before, no outside body after it in «ل/في»): the one carried in
 * goes on.
 */
const OWN_UNIT_TITLE =
  /^\s+\S+\s+(?:(?:[^\s،,.:]+\s+){0,3}?(?:بلاده|بلادها|بلادهم)(?:\s|$)|(?:ال)?(?:هيئه\s+السياسيه|مكتب\s+السياسي|قسم|دائره|اداره)(?:\s+(?!(?:في|لل|ل)\s)[^\s،,.:]+){0,4}\s*(?:[،,.:]|$|\s(?:ان|انه|انها|بان)\s))/;

/** A definite noun right after the verb («وقالت الخارجية الصينية») is its subject. */
function unknownSubjectFollows(normal: string, pos: number): boolean {
  // (Its name may be in quotation marks: «فقد أعلنت "الجبهة الإسلامية" أن …».)
  const m = /^\s+"?\s*([\u0621-\u064A]+)/.exec(normal.slice(pos, pos + 40));
  if (!m) return false;
  const word = m[1]!;
  if ((word.startsWith("ال") && !NOT_A_SUBJECT.test(word)) || UNNAMED_SPEAKERS.test(word)) return true;
  // «وقال تيار المستقبل في بيان إن …»: a group the lexicon does not know, by its head noun and name.
  if (GROUP_NAMED_AFTER.test(normal.slice(pos, pos + 40))) return true;
  // «وأكد وزير الخارجية نبيل فهمي أن …»: a title, then a name the lexicon does not know.
  if (TITLE_THEN_NAME.test(normal.slice(pos, pos + 60))) return true;
  // «وقال عضو الأمانة العامة للمجلس إن …»: an office of a body the lexicon does not know, with no name (one it knows,
  // «رئيس الائتلاف», is a mention, found before this is asked).
  if (OFFICE_HEADS_SUBJECT.test(normal.slice(pos, pos + 30)) && !OWN_UNIT_TITLE.test(normal.slice(pos, pos + 60))) return true;
  // «وأضاف شولتز "…"», «وقال نشار إن …»: a word the lexicon does not know, then what was said (a quotation, a
  // colon or «إن»), is a name: someone else speaks, not the speaker before.
  const named = UNKNOWN_NAME_THEN_SPEECH.exec(normal.slice(pos, pos + 60));
  return named !== null && named.slice(1, 3).every((w) => w === undefined || !NOT_A_NAME.test(w));
}

/**
 * Words presenting an interview: «الحوار التالي», «حاوره», «في مقابلة», «التقيناه», «، تحدث فلان … إلى "الحياة"» (opening
 * its clause, its subject after it: not «قال إن كيري تحدث إلى …», «الذي تحدث عن …»).
 */
const INTERVIEW_INTRO =
  /(?:^|\s)[وف]?(?:ال)?(?:حوار|حاور[\u0621-\u064A]*|مقابله|التقينا[\u0621-\u064A]*|التقته|استقبلنا)(?=\s|$|[:.،,])|(?:^|[،,]\s*)[وف]?[يت]?تحدث(?:ت)?\s+(?!(?:عن|امس|اليوم|الي|مع|في)\s)[^.]{0,160}\s(?:الي|ل)\s*"/;
/**
 * An office in a body opening a headline, before the body's name: «عضو في», «المتحدث باسم», «مسؤول في»; or a title
 * whose genitive the body is: «المنسق العام ل|هيئة التنسيق …», «رئيس |الائتلاف».
 */
const HEADLINE_TITLE =
  /^\s*(?:(?:ال)?(?:عضو|متحدث|متحدثه|ناطق|ناطقه|مسؤول|قيادي|مصدر)(?:\s+(?:ال)?(?:رسمي|بارز|مسؤول)|\s+ال(?:مكتب|هيئه|مجلس|لجنه)\s+ال[\u0621-\u064A]+)?\s+(?:في|باسم|من)\s+"?|(?:ال)?(?:منسق|امين|رئيس|نائب|مستشار|سفير|مندوب|مبعوث|مساعد|مدير|ممثل)(?:\s+(?:ال)?(?:عام|اعلي))?\s+(?:ل|لل)?"?)$/;
/**
 * A title of up to six words opening a label before the name of the one who bears it, after the place he spoke from
 * («من دمشق، |المستشارة السياسية والإعلامية للرئاسة| بثينة شعبان:»).
 */
const TITLE_LABEL_BEFORE = new RegExp(
  String.raw`^\s*(?:(?:من|في)\s+[\u0621-\u064A]+\s*[،,]\s*)?${OFFICE}(?![\u0621-\u064A])(?:\s+[^\s،,.؛:!?؟"«»()]+){0,5}\s+$`,
);
/** Nouns of his fate that govern the name after them: «مصير الأسد», «رحيل الأسد». */
const FATE_WORDS = "مصير|بقاء|دور|رحيل|تنحي";
/**
 * A preposition of what is spoken of or to, or a word of his fate, right before a name: «ردها على المبعوث», «تحدث
 * إلى», «وعن مصير الأسد».
 */
const SPOKEN_OF_BEFORE = new RegExp(`(?:^|\\s)[وف]?(?:علي|الي|عن|${FATE_WORDS})\\s+$`);
/**
 * A word of his fate governing the name right after it («وعن مصير الرئيس الأسد قال لافروف», «بقاء الأسد يعني …», «أن
 * يرحل الأسد عبر جنيف», «رحيل الأسد يعني …»): the one whose fate is spoken of, never the subject of the verb after it.
 */
const FATE_OF_BEFORE = new RegExp(`(?:^|\\s)[وفبل]?(?:${FATE_WORDS}|يرحل|يتنحي|سيرحل|سيتنحي)\\s+$`);
/**
 * A title whose genitive follows: «المتحدث باسم», «رئيس», «عضو الهيئة السياسية في», «المنسق العام لـ», «مدير دائرة
 * شمال أفريقيا والشرق الأوسط في وزارة» (an office word, up to eight words of it; not past a relative pronoun, a former
 * office or the meeting or topic of the interview: «سفير سابق في …», «الذي انتقد موقف روسيا», «بعد لقائه بمسؤولين في …»).
 */
const TITLE_OF = new RegExp(
  `(?:^|\\s)(?:ال)?(?:متحدث|متحدثه|ناطق|ناطقه)\\s+(?:(?:ال)?رسمي\\s+)?باسم\\s+"?$|(?:^|\\s)${OFFICE}(?:\\s+(?!(?:الذي|التي|الذين|سابق|السابق|سابقا|بعد|قبل|حول|عن|مع|لقائه|لقاء)(?:\\s|$))[^\\s،,.:]+){0,8}?\\s+(?:في\\s+|ل\\s*"?\\s*)?"?$`,
);
/** A verb of the third person plural: «يصرون», «يقولون», «قالوا». */
const THEY_VERB = /^[وف]?(?:[يت][\u0621-\u064A]{2,}ون|[\u0621-\u064A]{2,}وا)$/;
/** A plural verb of saying told to the one speaking: «قالوا لنا», «يقولون لي», «أبلغونا». */
const TOLD_US = /^[وف]?(?:[\u0621-\u064A]+(?:وا|ون)\s+(?:لنا|لي)|[\u0621-\u064A]+ونا)(?:\s|$)/;
/** A plural verb right after a party, telling what it said: «(الأميركيون) أبلغونا», «قالوا», «يقولون». */
const THEY_SAID_AFTER = /^\s+(?:[اي][\u0621-\u064A]+(?:ونا|وا|ون)|قالوا|[يت]قولون)(?:\s|$)/;
/** An interview's question line: a number, a star or a sign, or an interrogative, opening it. */
const QUESTION_LINE = /^\s*(?:[0-9٠-٩]+\s*[-.)]|[*÷•■□▪●◆♦►▶>]|(?:و)?(?:هل|كيف|ماذا|ما|لماذا|متي|اين|الا|اليس)\s)/;
/**
 * A question's line opened by a marker (a number, a star, a sign), not an interrogative. «>» sets off the interviewer's
 * lines in some copy («> وإيران؟ الائتلاف هدد بالانسحاب إذا حضرت.»).
 */
const QUESTION_MARK_LINE = /^\s*(?:[0-9٠-٩]+\s*[-.)]|[*÷•■▪●◆♦►▶>])/;
/** «لـ"الأخبار":»: the outlet a person speaks to, in an interview's headline. */
const TO_OUTLET = /(?:^|\s)ل\s*"[^"]{2,30}"\s*:/;
/** The outlet right after the speaker's name («شعبان لـ"…"»). */
const TO_OUTLET_AFTER = /^"?\s*ل\s*"/;
/**
 * The name the lexicon does not know, then the outlet in quotation marks, between an office and an interview
 * headline's colon: «السفير الروسي| ألكسندر زاسبكين لـ"الأخبار"|:». The office speaks, for his party.
 */
const NAME_TO_OUTLET = /^(?:\s+[\u0621-\u064A]{3,}){1,3}\s+ل\s*"[^"]{2,30}"\s*$/;
/** An interview's answer opened by a mark of its own: «□», «••», «●●». */
const ANSWER_MARK = /^\s*(?:□|•\s*•|●\s*●|\*\s*\*)/;
/** A question opened by a dash («- هل ستشاركون …؟»). */
const QUESTION_DASH = /^\s*(?:-|–|—)\s*\S/;
/** How many sentences back the turns of a dashed interview are walked (dashTurnAnswers). */
const DASH_TURNS_REACH = 40;
/**
 * A dash opening an interview's answer: «- », «– », «— ». (A dash of tatweels, «ــ », «ـــ », is deleted by
 * normalising; Frames.tatweelDash finds the space it leaves.)
 */
const ANSWER_DASH = /^\s*(?:-|–|—)\s*\S/;
/** An interview's turn: «س:», «ج:», «سؤال:», «جواب:» opening the sentence. */
const INTERVIEW_TURN = /^\s*(س|ج|سوال|جواب)\s*[:\-–]/;
/**
 * A live page's or a news ticker's lead before a line's own headline: «عاجل:», «عاجل |», «خبر عاجل -», «14:35 -»,
 * «عاجل 14:35:», «(14:35)»; or a re-posted account's handle («RT @SyriaNews:», «@desk_ar:», lower-cased once
 * normalised); or a brief's place or section before «|» («- جنيف | وفد الهيئة: …»), after a bullet. Its colon is no
 * speaker's, and the one named after it opens the headline.
 */
const FLASH_LEAD = new RegExp(
  String.raw`^(?:[-–—•■●*]\s*)?(?:(?:${FLASH_WORD}(?:\s+جدا)?|${TIME_STAMP}|(?:rt\s+)?@[a-z0-9_.]{2,30})${FLASH_SEPARATOR}|[\u0621-\u064A]{2,15}(?:\s+[\u0621-\u064A]{2,15})?\s*\|\s*)+`,
);
/**
 * Characters a flash lead can start with (FLASH_LEAD), or a «|» near the start (a brief's place: «- جنيف | X: …»): most
 * sentences are refused without running it.
 */
const mayOpenOnFlash = (text: string) => FLASH_LEAD_FIRST.test(text) || text.lastIndexOf("|", 32) > 0;
const FLASH_LEAD_FIRST = /^[\dعخ(@r\-–—•■●*]/;
/**
 * A place's label opening a line, one to three words and a colon («الضاحية الجنوبية:», «من دمشق:»), before the label of
 * the one who speaks there (Frames.placeLabel).
 */
const PLACE_LABEL = /^\s*(?:(?:من|في)\s+)?[\u0621-\u064A]{2,}(?:\s+[\u0621-\u064A]{2,}){0,2}\s*:\s*/;
/** How far a speaker's label may run to its colon, a title and a name: «نائب الأمين العام لحزب الله الشيخ نعيم قاسم:». */
const SPEAKER_LABEL_REACH = 90;
/** A short note in brackets, all that stands between a transcript's speaker and the colon: «(مترجم)», «(عبر الهاتف)». */
const BRACKETED_NOTE = /^\s*\([^()\n]{1,24}\)\s*$/;
/**
 * Or where it said it, «في بيانها الختامي», «في تغريدة له», «في المؤتمر الصحفي المشترك» (a speaker's own words, a
 * party's or a person's); a statement to an outlet, «في تصريح لقناة عربية», «في مقابلة مع "الحياة"»; after a comma
 * too, «لافروف، في مقابلة مع …:», and after an adverb of again or in turn, «لافروف مجدداً، في مقابلة …:»; or that
 * adverb alone, «لافروف مجدداً:».
 */
const IN_OWN_WORDS_NOTE =
  /^(?:\s+(?:مجددا|ايضا|كذلك|بدوره|بدورها|مره\s+اخري)(?=\s*(?:[،,]|$)))?(?:\s*$|\s*[،,]?\s+(?:في|عبر)\s+(?:(?:بيان|تغريده|رساله|كلمه|(?:ال)?مؤتمر(?:ه|ها)?\s+(?:ال)?صحفي)(?:ه|ها|هم)?(?:\s+(?:الختامي|المشترك|الرسمي|له|لها))?|(?:تصريح|تصريحات|حديث|مقابله)(?:\s+(?:ل|مع\s+)"?[\u0621-\u064A]+"?(?:\s+"?[\u0621-\u064A]+"?){0,2})?)\s*$)/;
/**
 * So is when he spoke, «قبيل دخوله القاعة», «بعد لقائه لافروف»: a word of time and his own act (its noun with his
 * pronoun), up to two words more (not «الأسد بعد التدخل الروسي:», a title on him).
 */
const WHEN_NOTE = /^\s+(?:قبيل|قبل|بعد|عقب|لدي|خلال|اثناء|فور)\s+[^\s:،,."]+(?:ه|ها)(?:\s+[^\s:،,."]+){0,2}\s*$/;
/** Whether `note` (from a name to a headline's colon) is only such a note: bracketed or of time for a person, or where said. */
const noteBeforeColon = (m: Mention, note: string) =>
  (m.person && (BRACKETED_NOTE.test(note) || WHEN_NOTE.test(note))) || IN_OWN_WORDS_NOTE.test(note);
/**
 * «لـ» and an outlet of up to four words, ending at a headline's colon («لصحيفة روسية», «لـ"تاس"»); not «لم», «لن» …
 * The outlet may follow the post where the one speaking serves, in one word («السفير الروسي في بيروت لـ"اللواء":»,
 * «سفير إيران لدى دمشق لـ"الوطن":»): an ambassador or envoy interviewed is named by his title and his post.
 */
const TO_OUTLET_BEFORE_COLON =
  /^"?\s+(?:(?:في|لدي)\s+[\u0621-\u064A]+\s+)?(?!(?:لم|لن|لا|ليس|ليست|لكن|لدي|لديها|لديه|لها|له|لهم)\s)ل\S*(?:\s+\S+){0,3}\s*$/;
/** A verb of urging or inviting with its object's pronoun: «حثه», «حثها», «دعاه», «دعاهم». */
const OBJECT_PRONOUN_VERB = /^[وف]?(?:حثه|حثها|حثهم|دعاه|دعاها|دعاهم)$/;
/** A verb of informing with its object's pronoun: «أبلغه», «أبلغتها», «أبلغني». */
const INFORMED_PRONOUN_VERB = /^[وف]?(?:ابلغه|ابلغها|ابلغهم|ابلغني|ابلغته|ابلغتها|ابلغتهم|ابلغتني)$/;
/** «من» or «في» right before a place: where someone spoke. */
const SPOKE_FROM = /(?:^|\s)(?:من|في)\s+$/;
/** Where a speaker spoke, between its name and a headline's colon: «لافروف من القاهرة:», «"أصدقاء سوريا" من لندن:». */
const PLACE_BEFORE_COLON = /^"?\s+(?:من|في)\s+[\u0621-\u064A]+(?:\s+[\u0621-\u064A]+)?\s*$/;

/**
 * The words of an unknown speaker right after a speech verb ending at `pos`: a name before what was said («وقال
 * نشار إن»), or a definite title of two to five words («وقالت الخارجية الصينية إن», «وقال المتحدث باسم الجيش الحر
 * إن»). Speakers named only by their role («مصادر», «مسؤول») and single definite words are not names to map.
 */
export function unknownSpeakerSpan(normal: string, pos: number, limit: number): { start: number; end: number } | undefined {
  const window = normal.slice(pos, Math.min(limit, pos + 120));
  // Words separated by white space (each word whole, so the match cannot be split in many ways), then what was said.
  // The words (group 1) start and end with a letter, and the first of them is group 2.
  const m = /^\s+(([\u0621-\u064A]+)(?:\s+[\u0621-\u064A]+){0,7}?)(?=\s+(?:ان|انه|انها|بان|في|خلال|امس|اليوم)\s|\s*[:"«“،,.])/.exec(window);
  if (!m) return undefined;
  const span = m[1]!;
  const first = m[2]!;
  // The first word is tested before the words are split out: it is the one that fails most often («قال إن …», «أشار إلى …»).
  if (first.length < 3 || NOT_A_NAME.test(first) || NOT_A_SUBJECT.test(first) || NOT_A_SPEAKER.test(first) || UNNAMED_SPEAKERS.test(first))
    return undefined;
  const words = span.split(/\s+/);
  if (words.some((w) => w.length < 2 || NOT_A_NAME.test(w) || NOT_A_SUBJECT.test(w) || NOT_A_SPEAKER.test(w))) return undefined;
  // A name of one to three words, or a definite title of two or more («الخارجية الصينية»).
  const definite = first.startsWith("ال");
  if (definite ? words.length < 2 : words.length > 3) return undefined;
  const start = pos + m[0].length - span.length;
  return { start, end: start + span.length };
}

/** Words after a speech verb that are what it is about, not who speaks: its object, an adverb, a medium. */
const NOT_A_SPEAKER =
  /^(?:فيها|فيه|عليها|عليه|منها|منه|قناه|كلمته|كلمتها|كلمه|حديثه|حديثها|تصريحه|تصريحها|تصريحاته|تصريحاتها|بيانه|بيانها|لقائه|لقائها|خصوصا|خاصه|تحديدا|بدوره|بدورها|هذا|هذه|ذلك|تلك)$/;

/** One or two words, then a quotation mark, a colon, a comma or «إن/أن». */
const UNKNOWN_NAME_THEN_SPEECH = /^\s+([\u0621-\u064A]{3,})(?:\s+([\u0621-\u064A]{3,}))?\s*(?:[:"«“،,]|\s(?:ان|انه|انها|بان)\s)/;

/**
 * A verb of accusing or blaming joined by «و» or «ف», in the masculine past: «واتهم», «وانتقد», «وحمّل». A state or a
 * body after it, whose verb would be feminine («وانتقدت طهران بشدة قرار …»), is its object.
 */
const ACCUSING_VERB = /^[وف](?:اتهم|انتقد|حمل)$/;
/** What one is accused of or blamed for, right after the one accused: «بإرسال …», «بشدة», «مسؤولية …». */
const ACCUSED_OF_NEXT = /^\s+(?:ب[\u0621-\u064A]{2,}|(?:ال)?مسؤوليه)/;
/** The pluperfect's auxiliary opening a sentence, no subject named: «وكان قد |أكد», «وكانت قد |أعلنت». */
const PLUPERFECT_OPENS = /^[وف]?(?:كان|كانت|كانوا)\s+قد\s+$/;
/** «ثم» opening a sentence right before its verb («… . ثم قال بهدوء: …»): the one before goes on, as after «و». */
const THEN_OPENS = /^\s*ثم\s+$/;
/**
 * Words between a speech verb and what was said that are not its subject: particles («لأن»: «أبدى رفضه لأن "…"»), adverbs
 * (of manner too: «وقال بهدوء: …», «مبتسماً»), the one addressed.
 */
const NOT_A_NAME =
  /^(?:ب(?:هدوء|حزم|وضوح|غضب|حده|ثقه|لهجه|نبره|سخريه|اقتضاب|ايجاز|شده|قوه|حسم|مراره|ابتسامه|انفعال|حماس|تحد)|ساخرا|مبتسما|ضاحكا|مازحا|متسائلا|مستدركا|مجيبا|علنا|رسميا|حرفيا|يومها|يومذاك|يومئذ|وقتها|انذاك|عندها|بعدها|ساعتها|ان|انه|انها|انهم|اننا|انني|بان|بانه|بانها|لان|لانه|لانها|لانهم|لكي|كي|الي|علي|في|من|عن|مع|بيان|ايضا|كذلك|امس|مجددا|قائلا|قائله|بدوره|بدورها|لاحقا|سابقا|حينها|صراحه|مرارا|بقوله|بقولها|بالقول|اذ|لكن|قبل|بعد|خلال|امام|حول|اليوم|لنا|له|لها|لهم|ل(?:صحيف|وكال|قنا|تلفزيون|اذاع|موقع|لصحف|ل)\S*)$/;

/** An outlet's verb of quoting, opening a speech verb's words (attribution.json runs it over the outlet to «عن»). */
const QUOTING = String.raw`^[وف]?(?:نقلت|نقل|ينقل|تنقل|نقلتا|نقلوا)\s[^]*عن`;
/** «فيه/فيها» right after a verb of saying, before what is said or a colon: said in what was just named. */
const SAID_IN_IT_AFTER = /^\s+(?:فيه|فيها|فيهما)(?![\u0621-\u064A])/;
/** Verbs of urging, always transitive: their object (the one urged) is named before what it is urged to. */
export const URGING_VERBS = "(?:حث|حثت|حثوا|[يت]حث|حض|حضت|[يت]حض)";
/** A verb of urging, the whole of a frame's verb («حثت المعارضة على …»). */
const URGING_VERB = new RegExp(`^[وف]?${URGING_VERBS}$`);
/**
 * A one-word verb in the masculine: the present on «ي» («يقول»), or a past with no «ت» of the feminine at its end
 * («قال», «دعا», «أكد»; not one opening on «ت» or «ن», which may be the feminine or first person present; not a word
 * naming a source, «بحسب»).
 */
function masculineVerb(verb: string): boolean {
  if (!/^[\u0621-\u064A]+$/.test(verb) || SOURCE_WORD.test(verb)) return false;
  // (The object's pronoun after the verb's ending: «فسرته واشنطن» is «فسّرتْه», the feminine.)
  const bare = verb.replace(/^[وف](?=[\u0621-\u064A]{3})/, "").replace(/(?:ه|ها|هما|هم|نا|ني|كم)$/, "");
  return bare.startsWith("ي") || (!/^[تن]/.test(bare) && !bare.endsWith("ت"));
}
/**
 * A party named by a feminine head: a noun ending in «ة» («المعارضة», «الحكومة السورية», «الهيئة العليا», «وزارة
 * الخارجية»), «الولايات المتحدة», or a state or capital named by its name («روسيا», «طهران», «واشنطن»).
 */
const FEMININE_NAME =
  /^(?:ال)?[\u0621-\u064A]{2,}ه(?:\s|$)|^(?:الولايات|ايران|روسيا|سوريا|تركيا|فرنسا|بريطانيا|المانيا|امريكا|اميركا|الصين|طهران|موسكو|واشنطن|دمشق|الرياض|باريس|لندن|بكين|برلين|ابوظبي)(?:\s|$)/;
/** Male first names ending in «ة» («أسامة», «حمزة»): not a feminine head where a person's name opens on one. */
const MALE_IN_TA_MARBUTA = /^(?:اسامه|حمزه|معاويه|عبيده|طلحه|خليفه|عطيه|عكرمه)(?:\s|$)/;
/** Whether a party's name (its normal form) has a feminine head (FEMININE_NAME), not a man's name on «ة». */
function feminineName(name: string): boolean {
  return FEMININE_NAME.test(name) && !MALE_IN_TA_MARBUTA.test(name);
}
/** «على» or «إلى» right after a name: what the one urged is urged to. */
export const URGED_TO_NEXT = /^\s+(?:علي|الي)\s/;
/**
 * One or two asides between commas after the one urged (his name again in apposition, the occasion), then «على/إلى»
 * and what he is urged to: «حث المنسق العام للهيئة|، رياض حجاب، خلال لقائهما في الرياض، على| …».
 */
export const URGED_PAST_ASIDES = /^\s*(?:[،,][^،,.؛:"]{1,50}){0,2}[،,]\s*(?:علي|الي)\s/;
/**
 * The same with an apposition first, not an aside of time or occasion («وحث لافروف|، خلال مؤتمر صحفي،| على …» has
 * Lavrov for its subject, the one urged left unsaid).
 */
export const URGED_PAST_APPOSITION =
  /^\s*(?:[،,]\s*(?!\s)(?!(?:خلال|في|بعد|عقب|اثناء|لدي|قبل|امام|من|عبر|اثر|حسب|بحسب|وفق)\s)[^،,.؛:"]{1,50}(?:[،,][^،,.؛:"]{1,50})?)?[،,]\s*(?:علي|الي)\s/;
/**
 * After a person opening a headline-like line, his title or the occasion of his words, up to the colon: «المتحدث
 * باسم …», «رئيس …», «رداً على سؤال …», «بعد لقائه …», «في تصريح لـ…».
 */
const PERSON_THEN_APPOSITION =
  /^\s*[،,]?\s*(?:(?:ال)?(?:متحدث|ناطق|رئيس|عضو|منسق|امين|وزير|سفير|مندوب|نائب|مستشار|قيادي|مبعوث|مساعد|ممثل|مدير)(?:ه)?(?=\s)|(?:ردا|في\s+رد|بعد|خلال|عقب|قبيل|في\s+(?:تصريح|حديث|مقابله|كلمه|مؤتمر))(?=\s))/;
/** The occasion of one's words and «ل» of the one they were for: «(المعلم) في رسالة لـ(بان كي مون)». */
const OCCASION_TO = /^\s+في\s+(?:رساله|برقيه|حديث|كلمه|اتصال(?:\s+هاتفي)?|لقاء|خطاب)\s+(?:ل)?$/;
/**
 * A sentence introducing the full text that follows: «وفيما يلي نص الرسالة:», «ننشر فيما يلي النص الكامل لكلمة …»,
 * «وهذا نص البيان:», «وجاء في نص الخطاب ما يلي:»; or a header line opening on the full text («النص الكامل لمداخلة
 * وزير الخارجية الأمريكي»); the text's noun ends the match.
 */
const TEXT_INTRO =
  /(?:^\s*(?=(?:ال)?نص\s+(?:ال)?كامل\s)|(?:^|\s)(?:(?:و|ف)?(?:في\s*ما\s+يلي|فيما\s+يلي|هنا|هذا|واليكم|اليكم|ننشر|تنشر|ينشر)\s+(?:(?:في\s*ما|فيما)\s+يلي\s+)?))(?:ال)?نص\s+(?:ال)?(?:كامل\s+)?(?:ل)?(?:ال)?(?:رساله|رسالتين|كلمه|خطاب|بيان|مذكره|مداخله|تصريح|تصريحات)(?![\u0621-\u064A])/;
/**
 * A sentence introducing a signed article or an open letter that follows: «وننشر فيما يلي ترجمة المقال:», «وفيما يلي
 * مقتطفات من المقال:», «وننشر هنا أبرز ما جاء فيه مترجماً:», «وننشر الرسالة كما وصلتنا:», «وهذا نصها:», «وفيما يلي نص
 * المقال:» (an outlet's name may stand after its verb: «تنشر "الوفاق" فيما يلي …»).
 */
const ARTICLE_INTRO =
  /(?:^|\s)[وف]?(?:(?:في\s*ما|فيما)\s+يلي|هنا|هذا|واليكم|اليكم|ننشر|تنشر|ينشر)\s+(?:"[^"]{1,30}"\s+)?(?:(?:(?:في\s*ما|فيما)\s+يلي|هنا)\s+)?(?:(?:ترجمه|مقتطفات\s+من|ابرز\s+ما\s+جاء\s+في)\s+(?:ال)?(?:مقال|مقاله|رساله)|(?:ال)?نص\s+(?:ال)?(?:مقال|مقاله)|(?:ال)?(?:مقال|رساله)\s+كما\s+وصلت(?:نا|ه|ها)|ابرز\s+ما\s+جاء\s+فيه(?:ا)?|نصها|نصه)(?![\u0621-\u064A])/;
/** TEXT_INTRO's match in `text`, looked for only where «نص», which it holds, is there. */
export function textIntroIn(text: string): RegExpExecArray | null {
  return text.includes("نص") ? TEXT_INTRO.exec(text) : null;
}
/**
 * Whether ARTICLE_INTRO may match in `text`: each of its introductions holds «مقال», «رساله», «نص» or «ابرز» (the
 * regex, led by a space or the start, is tried at every space of a sentence).
 */
function mayIntroduceArticle(text: string): boolean {
  return text.includes("مقال") || text.includes("رساله") || text.includes("نص") || text.includes("ابرز");
}
/**
 * Where an introduction names the writer: «مقالاً لـ|», «المقال الذي كتبه |», «رسالة مفتوحة وجهها |», «بقلم |» (the
 * first one named after it is the writer).
 */
const WRITTEN_BY = /(?:^|\s)(?:مقالا?\s+(?:بقلم\s+)?(?=ل)|كتبه(?:ا)?\s+|وجهها\s+|وجهه\s+|بقلم\s*:?\s*)/;
/** An envoy's office right before a state named as a place: «سفير |الجمهورية العربية السورية», «مندوب |قطر» (his state). */
const ENVOY_OF_BEFORE = new RegExp(String.raw`(?:^|\s)[وبل]?(?:ال)?${ENVOY}\s+$`);
/** «ل» the preposition on a title or a definite noun («للمنسق», «لوزير», «لسفير»), not the first letter of a name. */
const CLITIC_L_TITLE = /^ل(?:ال|ل|وزير|سفير|رئيس|مندوب|مبعوث|منسق|امين|مستشار|متحدث|ناطق|نائب|زعيم|قائد)/;
/** «مقال» right before a name: the article answered is that one's («ردا على مقال لافروف»). */
const ARTICLE_OF_BEFORE = /(?:^|\s)[وبل]?(?:ال)?مقال(?:ه)?\s+$/;
/** A writer who holds no office, or what the article does, between the words naming the writer and a name. */
const WRITER_WITHOUT_OFFICE =
  /(?:^|\s)[وبل]?(?:ال|لل)?(?:كاتب|صحفي|صحافي|محلل|باحث|اعلامي|اكاديمي|معلق|خبير)(?![\u0621-\u064A])|(?:^|\s)(?:فيه|فيها)(?![\u0621-\u064A])/;
/** A preposition of place or address right before a name: the writer's post or addressee, not the writer. */
const POST_OR_ADDRESSEE_BEFORE = /(?:^|\s)(?:لدي|الي|في|عند)\s+$/;
/** Where a clause opens: the sentence's start, a comma or a colon, or «من جهته/جهتها،», «بدوره،» then a comma. */
const CLAUSE_OPENS_BEFORE = /(?:^|[،,:.]\s*|(?:^|\s)[وف]?(?:كان\s+|كانت\s+)?قد\s+)$/;
/** «عبر» the verb of expressing (also the preposition "through", which the lexicon reads as a place before a name). */
const EXPRESSED = /^[وف]?عبر(?:ت)?$/;
/** «عن» after a name and at most four words (its title's rest): what the verb of expressing expresses. */
const ABOUT_AFTER_NAME = /^(?:\s*[،,]?\s*[^\s،,.؛:]+){0,4}?\s*[،,]?\s+عن\s/;
/** A noun of demanding or conditioning, its agent (one or two words), then «أن» right before a verb: «اشتراط باريس أن |». */
const DEMAND_NOUN_AGENT_THEN_THAT = /(?:^|\s)[وبل]?(?:ال)?(?:اشتراط|مطالبه|مطالبات|شرط|طلب|دعوه)\s+[^\s،,.؛:]+(?:\s+[^\s،,.؛:]+)?\s+ان\s+$/;
/** «أن» right before a verb (a subjunctive after it). */
const THAT_RIGHT_BEFORE_VERB = /(?:^|\s)ان\s+$/;
/** The end of a reproduced text: «انتهى نص الكلمة», «(انتهى)». */
export const TEXT_ENDS = /^\s*[(«"]?\s*انتهي(?![\u0621-\u064A])/;
/** «من» right before a name: the one a letter comes from. */
const FROM_RIGHT_BEFORE = /(?:^|\s)من\s+$/;
/** «إلى» (or «الموجهة إلى») before a name: the one a letter was sent to. */
const TO_BEFORE = /(?:^|\s)(?:الي|لل)(?:\s|$)/;
/** A verb of receiving a letter: its subject is the recipient. */
const RECEIVED = /(?:^|\s)[وف]?(?:تلقي|تلقت|تسلم|تسلمت|استلم|استلمت)(?:\s|$)/;
/** A document named: a letter, a speech, a statement, a note. */
export const DOCUMENT_NOUN = /(?:رساله|رسالتين|رسائل|كلمه|خطاب|بيان|مذكره|مداخله)/;
/** An office word opening a title («رئيس …», «عضو …», «المتحدث باسم …»). */
const OFFICE_OPENS_TITLE = new RegExp(`^\\s*[وفبل]?${OFFICE}(?![\\u0621-\\u064A])`);
/** A former holder of the office or one who defected: he speaks for the body no more. */
const FORMER_OR_DEFECTED = /(?:^|\s)(?:سابق|سابقه|السابق|السابقه|منشق|منشقه|المنشق)(?![\u0621-\u064A])/;
/** One to four words of a name, then the comma before his title: «أسعد الزعبي،». */
const LABEL_NAME_COMMA = /^\s*[-–•*·]?\s*(?:[^\s،,:]+\s+){0,3}[^\s،,:]+\s*[،,]/;
/** A label of the outlet's own view before its colon: «رأي:», «تحليل:», «تعليق:», «قراءة:». */
const OPINION_LABEL = /^\s*(?:راي|تحليل|تعليق|قراءه|وجهه\s+نظر)\s*:$/;
/** A statement named a few words before a verb of saying («بياناً مشتركاً |أكدت فيه|»). */
const STATEMENT_NEAR_BEFORE = /(?:^|\s)(?:ب|في\s+)?(?:ال)?بيان/;
/**
 * A message, a speech or a call, then (at most two words on) what opens the one it was for: «إلى», «مع», «أمام»
 * (group 2), or «ل» after a message («رسالة لبان كي مون»; group 1: after a speech it is the speaker's, «كلمة
 * لوزير الخارجية»); a name after it is the recipient, not the sender.
 */
const RECIPIENT_OPENS =
  /(?:^|\s)(?:(?:رساله|رسالته|رسالتها|رسائل|برقيه)(?:\s+[^\s،,.:]+){0,2}?\s+(ل(?=[\u0621-\u064A]))|(?:رساله|رسالته|رسالتها|رسائل|برقيه|خطاب|خطابا|كلمه|كلمته|حديث|حديثه|اتصال|اتصالا)(?:\s+[^\s،,.:]+){0,2}?\s+((?:الي|مع|امام)\s))/g;
/** Verbs of saying in the past, third person, that «فيه/فيها» may follow («قال فيها», «أكد فيه»). */
const SAID_IN_IT =
  /^[وف]?(?:قال|قالت|اكد|اكدت|[يت]ؤكد|اعلن|اعلنت|[يت]علن|شدد|شددت|[يت]شدد|اعتبر|اعتبرت|دعا|دعت|[يت]دعو|اوضح|اوضحت|جدد|جددت|[يت]جدد|طالب|طالبت|[يت]طالب|حث|حثت|[يت]حث|ناشد|ناشدت|[يت]ناشد)(?:ه|ها|هم)?$/;
/** The verb of an outlet quoting a source, run over the outlet to «عن» («ونقلت وكالة X عن»). */
const OUTLET_QUOTING = new RegExp(`${QUOTING}$`);
/** The same with the pronoun of the one quoted: «نقلت وكالة إنترفاكس عنه». */
const QUOTING_PRONOUN = new RegExp(`${QUOTING}(?:ه|ها)$`);

/**
 * Speakers named by their role only: «مصادر», «مسؤول», «دبلوماسي» (also spelt «ديبلوماسي»); the author of a paper,
 * a report or a column («ويدعو معدّ الورقة …», «ويرى كاتب المقال …», «ويقول باحث في …»).
 */
const UNNAMED_SPEAKERS =
  /^(?:معد|معده|معدو|معدا|كاتب|كاتبه|باحث|باحثه|باحثون|محلل|محلله|مصادر|مصدر|مسؤول|مسؤولون|دبلوماسي|دبلوماسيون|ديبلوماسي|ديبلوماسيون|ديبلوماسيين|اوساط|متحدث|ناطق|وكاله|صحيفه|بيان|مراقبون|محللون|معارضون|معارضين|ناشطون|ناشطين|نشطاء|خبراء|محللين|مراقبين|دبلوماسيين|سكان|لاجئون|مقاتلون)$/;

/**
 * Head nouns of a movement, party or armed group named by its own name after them («تيار المستقبل», «جبهة النصرة»,
 * «جيش الإسلام», «هيئة الأركان في الجيش الحر»): one the lexicon knows («حزب الله») is a mention, found first.
 */
const GROUP_HEADS = String.raw`(?:حزب|حركه|تيار|جبهه|جيش|لواء|الويه|كتائب|كتيبه|فصيل|فصائل|تنظيم|جماعه|هيئه\s+(?:ال)?اركان)`;
/** A group so named right after a verb, its name perhaps in quotation marks («ورد "تيار المستقبل" في بيان»): its subject. */
const GROUP_NAMED_AFTER = new RegExp(String.raw`^\s+"?\s*${GROUP_HEADS}\s+"?\s*[\u0621-\u064A]`);
/**
 * «(وقال) المتحدث باسم الجيش الحر», «الناطق باسم جبهة النصرة»: the spokesman of such a group, someone else than the
 * speaker before, whose title alone («وقال المتحدث») would be him.
 */
const SPOKESMAN_OF_GROUP = new RegExp(String.raw`^\s+\S+\s+باسم\s+(?:ال)?${GROUP_HEADS}(?![\u0621-\u064A])`);

/** A definite plural noun alone between a verb and a name: the verb's subject («يدعو |الوزراء| إيران»). */
const PLURAL_SUBJECT_GAP = /^\s+ال[\u0621-\u064A]{2,}(?:ون|ين|اء)\s+$/;

/** A speaker named by his role only right after `pos` (a verb's end): «ويرى ديبلوماسيون غربيون أن …». */
export function unnamedSubjectFollows(normal: string, pos: number): boolean {
  const m = /^\s+([\u0621-\u064A]+)/.exec(normal.slice(pos, pos + 30));
  return m !== null && UNNAMED_SPEAKERS.test(m[1]!);
}

/**
 * The states named by nationality adjectives after a statement or the two sides right after `vEnd` (namedAfter), each
 * as a mention of its adjective. Example: nationsNamedAfter("وأكد البيان المشترك الروسي الامريكي ان", 4, lexicon) →
 * [russia, usa]
 */
function nationsNamedAfter(normal: string, vEnd: number, lexicon: Lexicon): Mention[] {
  const sides = sidesOf(lexicon);
  const m = sides.namedAfter.exec(normal.slice(vEnd, vEnd + 80));
  return m ? nationalityMentions(m[1]!, vEnd + m.index + m[0].length - m[1]!.length, sides.table) : [];
}

/** A relative pronoun and the space after it: gates relativeClauseOn. */
const RELATIVE_WORD = /(?:الذي|التي|الذين)\s/;

/**
 * The name a relative clause with no commas is on, where the clause runs up to `to` and names someone right before it
 * (RELATIVE_CLAUSE_UP_TO_VERB): «"الائتلاف" الذي يقيم معظم أعضائه في فنادق اسطنبول والدوحة |أعلن …» → the Coalition.
 * The verb at `to` is the main clause's, and the names inside the clause («الدوحة») are not its subject.
 */
export function relativeClauseOn(normal: string, lexicon: Lexicon, inSentence: readonly Mention[], to: number): Mention | undefined {
  // (A verb joined by «و» goes on with the clause: «… الذي التقى لافروف وأكد …».)
  if (normal.charCodeAt(to) === 0x648) return undefined;
  // (Looked for only where a relative pronoun comes shortly before `to`: most verbs and cues have none.)
  if (!RELATIVE_WORD.test(normal.slice(Math.max(0, to - 120), to))) return undefined;
  const inside = findLast(inSentence, (m) => m.end <= to);
  if (!inside || to - inside.end > 24) return undefined;
  return findLast(
    inSentence,
    (m) =>
      m.end < inside.start &&
      to - m.end < 120 &&
      RELATIVE_CLAUSE_UP_TO_VERB.test(normal.slice(m.end, to)) &&
      // (The name opens its clause: «وخلال لقائه وفد الائتلاف الذي وصل … أكد لافروف» names an object of a noun.)
      RELATIVE_HEAD_BEFORE.test(normal.slice(Math.max(0, m.start - 24), m.start)) &&
      !isLocative(normal, lexicon, m) &&
      !m.speakerOnly,
  );
}

/**
 * A verb of speaking, addressing or meeting, or his speech: «قال», «اتهم», «تحدث», «خصص كلمته», «ألقى كلمة», «التقى …
 * لبحث». (Not a deed: «روسيا رعت الاتفاق النووي», «إيران تخوض مفاوضات شاقة».)
 */
const SPEAKING_IN =
  /(?:^|\s)[وفل]?(?:قال|قالت|اكد|اكدت|اعلن|اعلنت|شدد|شددت|اوضح|اوضحت|اعتبر|اعتبرت|صرح|صرحت|اضاف|اضافت|تحدث|تحدثت|خصص|خصصت|كرس|كرست|القي|القت|بحث|بحثت|ناقش|ناقشت|دعا|دعت|اتهم|اتهمت|انتقد|انتقدت|هاجم|هاجمت|حذر|حذرت|طالب|طالبت|وصف|وصفت|رد|ردت|التقي|التقت|اجتمع|اجتمعت|كلمته|كلمتها|خطابه|خطابها)(?![\u0621-\u064A])/;
/** Up to two words before a sentence's subject: «أما», a verb, «وكان»; no preposition («وفي موسكو»), quotation or clause. */
const OPENING_BEFORE_SUBJECT =
  /^\s*(?:(?![وف]?(?:في|من|الي|عن|مع|علي|بين|لدي|حسب|بحسب|وفق|امام|ان|انه|لكن)\s)[وف]?[\u0621-\u064A]{2,}\s+){0,2}$/;

/**
 * The person or party sentence `s` opens with as its subject, among the names in it: «أما الرئيس الإيراني روحاني
 * فخصص …», «وتحدث روحاني عن …»; not a place («وفي طهران، …») nor a name after a preposition or a clause.
 */
export function openingSubject(normal: string, lexicon: Lexicon, s: Sentence, names: readonly Mention[]): Mention | null {
  const first = names.find((m) => m.start >= s.start);
  if (!first || first.place || isLocative(normal, lexicon, first)) return null;
  const before = normal.slice(s.start, first.start);
  // (Only one put first by «أما», or one who speaks or addresses there: «روسيا رعت الاتفاق النووي» names no one taking
  // the turn.)
  if (!/(?:^|\s)[وف]?اما\s/.test(before) && !SPEAKING_IN.test(normal.slice(s.start, Math.min(s.end, first.end + 60)))) return null;
  return OPENING_BEFORE_SUBJECT.test(before) ? first : null;
}

/** Do the words before a name make it a place ("في موسكو"), where something happened, rather than a holder? */
export function isLocative(normal: string, lexicon: Lexicon, name: Pick<Mention, "start" | "place" | "person">): boolean {
  const { start: pos, place, person } = name;
  // «نسبت صحيفة حرييت إلى |داود أوغلو| قوله إن …»: the one words are attributed to, after «إلى», is no place.
  if (person && normal.startsWith("الي ", pos - 4) && ATTRIBUTED_TO_BEFORE.test(normal.slice(Math.max(0, pos - 80), pos))) return false;
  if (lexicon.locativeBefore.test(normal.slice(Math.max(0, pos - 14), pos)))
    // «الإخوة في الائتلاف يشترطون …», «قياديون في المعارضة»: its members, not a place; a source or an official in it
    // speaks for it («ونقلت الوكالة عن مصدر في الخارجية السورية قوله …», «مصدر مسؤول في الائتلاف»).
    return !(MEMBERS_IN.test(normal.slice(Math.max(0, pos - 48), pos)) || MEMBER_AFTER_INNA.test(normal.slice(Math.max(0, pos - 44), pos)));
  // «البيان الختامي لاجتماع لندن», «مؤتمر باريس»: a city after a meeting names where it met, not who speaks;
  // «بباريس», «وبموسكو»: a city behind «ب» is where something happened.
  // «الاجتماع الاستثنائي بفرنسا», «مؤتمر في تركيا»: a state where a meeting met (a group meeting, «اجتماع أصدقاء
  // سوريا», speaks).
  // «انسحاب الحرس الثوري من سوريا»: a state or a city withdrawn from.
  if (!person && FROM_PLACE_BEFORE.test(normal.slice(Math.max(0, pos - 60), pos))) return true;
  if (!place) return !person && STATE_IN_MEETING.test(normal.slice(Math.max(0, pos - 40), pos));
  // «الرياض - «الحياة»: أكد دبلوماسي …», «أنقرة (الأناضول) - …»: a place opening a line, an outlet after it between
  // dashes or brackets, is the dateline, where the report was filed.
  if ((pos === 0 || normal.charCodeAt(pos - 1) === 0x0a) && DATELINE_AT.test(normal.slice(pos, pos + 48))) return true;
  // «فرأى من طهران أن …», «وقال من موسكو إن …»: where the one speaking spoke from.
  if (SPOKE_FROM_BEFORE.test(normal.slice(Math.max(0, pos - 16), pos))) return true;
  // «ومن دمشق قال المنسق العام …», «ومن موسكو، أكد لافروف …»: a place after «من» opening the sentence is where the
  // words came from.
  if (FROM_PLACE_OPENING.test(normal.slice(Math.max(0, pos - 8), pos))) return true;
  // «أرسلت واشنطن مبعوثها إلى موسكو ليؤكد …», «توجه الوفد إلى الرياض»: where one is sent or goes.
  if (DESTINATION_BEFORE.test(normal.slice(Math.max(0, pos - 60), pos))) return true;
  return MEETING_BEFORE.test(normal.slice(Math.max(0, pos - 16), pos)) || /(?:^|\s)[وف]?ب$/.test(normal.slice(Math.max(0, pos - 3), pos));
}
/** A verb of attributing words, up to five words (the outlet) and «إلى», ending the text. */
const ATTRIBUTED_TO_BEFORE = /(?:^|\s)[وف]?(?:نسبت|نسب|ينسب|تنسب|عزت|عزا)\s+(?:[^\s،,.؛:]+\s+){0,5}?الي\s+$/;
/**
 * A place, then an outlet between dashes or brackets, then a dash or a colon: «الرياض - "الحياه":», «انقره (الاناضول)
 * -».
 */
const DATELINE_AT =
  /^[\u0621-\u064A]+(?:\s+[\u0621-\u064A]+)?\s*(?:[-–—]\s*"?[\u0621-\u064A]+(?:\s+[\u0621-\u064A]+)?"?|\(\s*[^()\n]{2,24}\))\s*[-–—:]/;
/** «من» opening a sentence or a line right before a place («ومن |دمشق| رأى …»). */
const FROM_PLACE_OPENING = /(?:^|[.!?؟\n]\s*)[وف]?من\s+$/;
/** A verb of saying and «من» right before a place: where from («فرأى من |طهران| أن …»). */
const SPOKE_FROM_BEFORE =
  /(?:^|\s)[وف]?(?:قال|قالت|راي|رات|اعلن|اعلنت|اكد|اكدت|صرح|صرحت|اوضح|اوضحت|شدد|شددت|اعتبر|اعتبرت|اضاف|اضافت|تحدث|تحدثت|علق|علقت)\s+من\s+$/;
/** A verb of sending or going, at most four words and «إلى» right before a place: where to («أرسلت واشنطن مبعوثها |إلى|»). */
const DESTINATION_BEFORE =
  /(?:^|\s)[وف]?(?:ارسل|ارسلت|[يت]رسل|بعث|بعثت|[يت]بعث|توجه|توجهت|[يت]توجه|وصل|وصلت|[يت]صل|سافر|سافرت|[يت]سافر|عاد|عادت|[يت]عود|ذهب|ذهبت)(?:\s+[^\s،,.؛:"]+){0,4}\s+الي\s+$/;
/**
 * A word of withdrawing or leaving, at most four words and «من» right before a place: where from («انسحاب الحرس
 * الثوري من سوريا», «سحب قواتها من سوريا»), not one who holds anything; not the agent of pressure or of a request
 * («سحبت دعوتها لطهران إثر ضغوط من الولايات المتحدة»).
 */
const FROM_PLACE_BEFORE =
  /(?:^|\s)[وفبل]?(?:ال)?(?:انسحاب|سحب|تسحب|يسحب|خروج|اخراج|مغادره|يغادر|تغادر|طرد|انسحبت|انسحب|تنسحب|ينسحب)[\u0621-\u064A]*(?:\s+[^\s،,.؛:]+){0,4}(?<!(?:^|\s)[وفبل]?(?:ال)?(?:ضغوط|ضغط|طلب|دعوه|مبادره|قبل|اثر|بعد))\s+من\s+$/;

/** A noun of a decision or words after «ب/ل», right before a name: its owner, in the object of a verb («بقرار»). */
const OWNER_IN_OBJECT_BEFORE = /(?:^|\s)[وف]?[بل](?:قرار|دعوه|موقف|تصريحات|تصريح|اعلان|خطوه|مبادره|طلب|كلام)\s+$/;
/** Verbs of informing someone (أبلغ، يبلغ): the name after them is mostly the one told. */
const INFORMING = /^(?:ابلغ|ابلغت|ابلغوا|يبلغ|تبلغ)$/;
/** A verb of informing whose subject is «we» («أبلغنا», «نبلغ»): the name after it is the one told. */
const INFORMING_BY_US = /^(?:و?ابلغنا|و?نبلغ)$/;
/**
 * A definite noun (and its adjective) right before a verb: its subject, one not named in the lexicon («الهيئة السياسية»);
 * or a comma closing what was put between the subject and its verb («أن الرياض، بحسب مصادر غربية، أبلغت واشنطن …»).
 */
const UNKNOWN_SUBJECT_BEFORE = /(?:^|\s)ال[\u0621-\u064A]{2,}(?:\s+ال[\u0621-\u064A]{2,})?\s+$|[،,]\s*$/;

/** The adjective of a source or an official, in either case: «مصدر مسؤول», «مسؤولاً رفيعاً». */
const MEMBER_ADJECTIVE = String.raw`(?:\s+(?:مسؤول|مسؤوله|رسمي|رسميه|مطلع|مطلعه|رفيع|مسؤولا|رسميا|مطلعا|رفيعا))?`;
/**
 * Members of a body, or one source or official of it, right before «في» and its name: «الإخوة في», «قياديون في», «مصدر مسؤول في»,
 * «كبير المفاوضين في (وفد الهيئة)», a member of one of its bodies («عضو الهيئة السياسية في (الائتلاف)»);
 * so are a state's partners or brothers («الشركاء في الولايات المتحدة ما زالوا يعترضون», «شركاؤنا في الولايات
 * المتحدة»: Washington objects).
 */
const MEMBERS_IN = new RegExp(
  String.raw`(?:^|[\s"«])(?:[وف]|(?<=(?:^|\s)(?:وفقا|طبقا)\s+)ل)?(?:ال)?(?:اخوه|اشقاء|شركاء|حلفاء|زملاء|اصدقاء|(?:شركاؤ|شركائ|شركاء|حلفاؤ|حلفائ|حلفاء|اصدقاؤ|اصدقائ|اصدقاء|اشقاؤ|اشقائ|اشقاء)(?:نا|ها|ه|هم)|اعضاء|قاده|قيادات|قياديون|قياديين|ممثلو|ممثلي|مسؤولو|مسؤولي|مسؤولين|(?:مصدر|مصادر|مسؤول|عضو|قيادي)(?:\s+(?:ال)?(?:هيئه|مكتب|مجلس|لجنه|امانه|قياده)\s+ال[\u0621-\u064A]+)?${MEMBER_ADJECTIVE}|كبير\s+(?:ال)?(?:مفاوضين|مستشارين)|(?:ال)?مفاوض)\s+في\s+$`,
);

/**
 * One source or official of a body in the accusative, right after «إن» or one of its sisters, before «في» and its
 * name: «غير أن مصدراً في الخارجية الروسية قال …» (not the one met or quoted, «التقى كيري مسؤولاً في الخارجية الروسية»).
 */
const MEMBER_AFTER_INNA = new RegExp(
  String.raw`(?:^|\s)[وف]?(?:ان|لكن|(?:غير|الا|بيد)\s+ان)\s+(?:مصدرا|مسؤولا|عضوا|قياديا)${MEMBER_ADJECTIVE}\s+في\s+$`,
);
/** Sentences back, the one where «المصدر» now speaking may have been named as «مصدر في …». */
const ROLE_REACH = 8;
/**
 * A source or an official, an adjective or two, then «في/من/باسم» and a ministry's or office's head, right before a
 * body's name: the role (group 1). «مصدر رسمي في وزارة |الخارجية السورية» → «مصدر».
 */
const ROLE_IN_BEFORE =
  /(?:^|\s)[وف]?(?:ال)?(مصدر|مسؤول|متحدث|ناطق|عضو|قيادي|دبلوماسي|مستشار)(?:\s+(?!في\s|من\s)[\u0621-\u064A]+){0,2}\s+(?:في|من|باسم|داخل)\s+(?:(?:ال)?(?:وزاره|مكتب|رئاسه|قياده)\s+)?$/;

/**
 * A title the lexicon does not know, before the person who bears it («أكدت المستشارة الإعلامية في الرئاسة السورية
 * بثينة شعبان»): an office word, then at most seven words, none a counterpart («نظيره»), one addressed («على»، «مع»،
 * «رده»، «لقائه»; nor a verbal noun of saying with the speaker's pronoun, «قوله»، «اعتباره»، after which comes what he
 * said) or punctuation but for the comma of an apposition before the name, its first name between
 * («أعلن المبعوث الخاص للأمين العام إلى سوريا، ستافان دي ميستورا، أن …»; «قالت الممثلة العليا للسياسة
 * الخارجية والأمنية في الاتحاد الأوروبي فيديريكا موغيريني إن …»).
 */
const TITLE_GAP =
  /^\s+(?:ال)?(?:مستشار|مستشاره|ممثل|ممثله|وزير|وزيره|رئيس|رئيسه|متحدث|متحدثه|ناطق|ناطقه|نائب|نائبه|سفير|سفيره|مندوب|مندوبه|مبعوث|مبعوثه|امين|مساعد|مساعده|منسق|منسقه)(?:\s+(?!(?:ال)?نظير|علي\s|مع\s|رده|ردها|لقائه|لقائها|استقباله|استقبالها|(?:قول|اعتبار|تاكيد|وصف|تحذير|اعلان|تشديد|رفض|ترحيب)(?:ه|ها)(?![\u0621-\u064A]))[^\s،,.:"«»]+){0,7}(?:\s*[،,](?:\s+[^\s،,.:"«»]+)?)?\s+$/;

/**
 * Honorifics and a father's name, which the agencies' house style puts before and inside a person's name («معالي وزير
 * الخارجية الأستاذ عادل بن أحمد الجبير», «سماحة الشيخ …», «فخامة الرئيس …»): words of no title and no name the lexicon
 * knows, passed over when counting how far the person is from his verb.
 */
const HONORIFICS =
  /(?:^|\s)(?:معالي|سعاده|فخامه|سماحه|سمو|صاحب\s+السمو(?:\s+الملكي)?|الاستاذ|الدكتور|الشيخ|الامير|المهندس)(?=\s)|(?<=[\u0621-\u064A])\s+(?:بن|ابن)\s+[\u0621-\u064A]+(?=\s)/g;
/** A cheap test for HONORIFICS: one of its words' letters. */
const HONORIFIC_HINT = /معالي|سعاده|فخامه|سماحه|سمو|استاذ|دكتور|شيخ|امير|مهندس|\sبن\s|\sابن\s/;

/**
 * The gap between a verb and a person after it, its honorifics and his father's name left out (HONORIFICS): at most
 * three words, or a title before him (TITLE_GAP): «وأكد معالي وزير الخارجية الأستاذ عادل بن أحمد |الجبير».
 */
function honouredWithin(gap: string): boolean {
  if (!HONORIFIC_HINT.test(gap)) return false;
  const bare = gap.replace(HONORIFICS, " ");
  if (bare === gap) return false;
  return bare.split(/\s+/).filter(Boolean).length <= 3 || TITLE_GAP.test(bare.replace(/^\s*/, " ").replace(/\s*$/, " "));
}

/**
 * A particle of condition, its verb and at most eight more words with no punctuation, right before a verb joined by «و»
 * («إلا إذا سحبت الحرس الثوري ومقاتلي حزب الله من سوريا |وأعلنت»).
 */
const CONDITION_JOINED =
  /(?:^|\s)(?<!(?:^|\s)[عم]?ما\s)(?:اذا|لو|في\s+حال|ما\s+لم|ان\s+لم)\s+(?:لم\s+)?[يتن]?[\u0621-\u064A]+(?:\s+[^\s،,.؛:!?؟"]+){0,8}\s+$/;
/** A particle of condition right before a verb («في حال وافقت», «إذا أعلنت», «ما لم تعلن»; not «على كل حال»). */
const CONDITION_BEFORE = /(?:^|\s)[وف]?(?:اذا|لو|في\s+حال|ما\s+لم|ان\s+لم)\s+$/;
/**
 * «، إذ», «، حيث» right before a verb: what follows explains the clause before it. So does «حين», «حينما», «عندما»
 * with or without a comma («لم يترك ولايتي مجالاً للشك حين قال إن …»): the time of saying is that of the doing.
 */
const EXPLAINING_BEFORE = /(?:[،,]\s*(?:اذ|حيث)|(?:^|\s)(?:حين|حينما|عندما))\s+$/;
/** Nothing, or a spokesman's title the body's name completes, before a sentence's opening name: «المتحدثة باسم |الخارجية …». */
const SPOKESMAN_OPENS = /^\s*(?:(?:ال)?(?:متحدث|متحدثه|ناطق|ناطقه)(?:\s+(?:ال)?رسمي[ه]?)?\s+باسم\s+)?$/;
/**
 * A participle in the accusative of state («مؤكداً», «مشدداً», «معرباً»): what the subject did while doing the
 * sentence's deed, with or without a comma before it («أطلع الإبراهيمي الوزير على نتائج اتصالاته مؤكداً أن …», «غادر
 * الجربا الاجتماع رافضاً …»), masculine or feminine («مشترطةً»).
 */
const ADVERBIAL_PARTICIPLE = /^(?:مؤكد|مشدد|معرب|معتبر|مضيف|مشير|لافت|داعي|مطالب|محذر|موضح|رافض|مشترط|مصر|متمسك|قائل|واصف|منوه)[اه]$/;
/** Whether a quotation opened before `pos` in its sentence is still open there (an odd number of quotation marks). */
function quoteOpenAt(normal: string, from: number, pos: number): boolean {
  let open = false;
  for (let i = normal.indexOf('"', from); i >= 0 && i < pos; i = normal.indexOf('"', i + 1)) open = !open;
  return open;
}
/** What closes a pair of names in a headline: dots, a colon, a comma, a dash, the line's end. */
const SIDES_CLOSE_AFTER = /^\s*(?:\.|:|[،,]|[-–—]|$)/;
/** A dash or a bar (group 1) with spaces around it, right after a name. */
const DASH_AFTER_NAME = /^\s*([-–—|])\s/;
/** A word, then a quotation mark (nothing but spaces after it): closing one the name before it was inside (quoteOpenAt). */
const WORDS_THEN_QUOTE_CLOSES = /^\s+[^\s"][^"]*"\s*$/;
/** Only a verb of the past before the name, opening the sentence: «استقبلت |», «والتقت |». */
export const ONE_VERB_OPENS = /^\s*[وف]?[\u0621-\u064A]{3,7}\s+$/;
/** A noun of a matter right before a name, its genitive: «مشاركة |إيران», «رحيل |الأسد», «دعوة |طهران». */
const MATTER_NOUN_BEFORE = /(?:^|\s)[وبل]?(?:ال)?(?:مشارك|حضور|دعو|اشراك|استبعاد|اقصاء|رحيل|تنحي|بقاء|مصير|دور)[\u0621-\u064A]*\s+$/;
/** A verb of the present right after a name: «لافروف |يتحدث|», «كيري |يصل|». */
const PRESENT_VERB_NEXT = /^\s+[يت][\u0621-\u064A]{2,}(?![\u0621-\u064A])/;
/** A feminine participle or adjective (مؤكدة، متمسكة، مستعدة، مصرة), not a noun with «ـه» (مطالبته، رفضه). */
export const FEMININE_PARTICIPLE = /^[وف]?م[\u0621-\u064A]+[^ت\s]ه$/;
/** A comma right before a participle, or «، إذ», «، حيث». */
const COMMA_OR_EXPLAINING_BEFORE = /[،,]\s*(?:(?:اذ|حيث)\s+)?$/;
/** Only a relative pronoun (and a negation or «قد») between a name and a verb: «طهران |التي| أكد» (group 1: the pronoun). */
const RELATIVE_ONLY_BETWEEN = /^\s*(التي|الذي|الذين)\s+(?:(?:لا|لم|لن|قد|ما)\s+)?$/;
/** A preposition with a pronoun right after a verb (group 1: the pronoun): «أكد |خلالها|», «قال |فيه|». */
const PREPOSITION_PRONOUN_AFTER = /^\s+(?:في|خلال|من|عند|ب|ل|علي|الي)(ها|ه|هم)(?![\u0621-\u064A])/;
/** The pronoun that agrees with each relative pronoun: «التي … فيها», «الذي … فيه», «الذين … فيهم». */
const AGREEING_PRONOUN: Record<string, string> = { التي: "ها", الذي: "ه", الذين: "هم" };

/**
 * Whether `between` (a name's end to a verb) is only a relative pronoun and `after` (from the verb's end) a
 * preposition with the pronoun agreeing with it: the relative clause has the name for its place or object
 * («محطة موسكو |التي| أكد |فيها| أن …»), and someone else for its subject.
 */
export function resumptiveAfter(between: string, after: string): boolean {
  const rel = RELATIVE_ONLY_BETWEEN.exec(between);
  if (!rel) return false;
  const pronoun = PREPOSITION_PRONOUN_AFTER.exec(after);
  return pronoun !== null && AGREEING_PRONOUN[rel[1]!] === pronoun[1];
}
/** A relative pronoun, and a negation or «قد», right before a verb: «المعارضة التي |تربط …», «الدول التي لا |تريد …». */
const RELATIVE_VERB_BEFORE = /(?:^|\s)(?:التي|الذي|الذين|اللذين|اللتين)\s+(?:(?:لا|لم|لن|قد|ما)\s+)?$/;
/**
 * What opens a sentence before its subject, a person: «وكان», «وكان … قد», or one past verb, joined by «و» or not
 * («وافتتح», «وكان», «التقى», «وصل», the longer «استقبلت», «اجتمعت»), then at most his title in four words
 * («المبعوث الدولي الخاص»); «من جانبه», «بدوره» may come first («من جانبه أطلع الوزير لافروف نظيره …، مؤكداً …»).
 * The subject of a participle of saying after it may be a state, a capital right after the verb («استقبلت الرياض كيري
 * مؤكدةً أن …»; its frame: a stance noun after the participle, «مؤكدةً رفضها …», is read by its own subject).
 */
const DOER_OPENS =
  /^\s*(?:[وف]?(?:من\s+(?:جانب|جهت|ناحيت)[\u0621-\u064A]+|بدور[\u0621-\u064A]+)\s*[،,]?\s*)?[وف]?(?:كان|كانت|[\u0621-\u064A]{3,5}|(?:است|ا[\u0621-\u064A]ت)[\u0621-\u064A]{3,4})\s+(?:[^\s،,.؛:"]+\s+){0,4}$/;
/** «وصل» right before a name («وصل كيري», «ووصل المعلم»): a person there is the one who arrived. */
export const ARRIVED_RIGHT_BEFORE = /(?:^|\s)[وف]?وصل\s+$/;
/**
 * The same after a phrase of time, place or side set off by a comma, or a negation or «قد», with a title of up to five words:
 * «وفي الضفة الأخرى، رفع الأمين العام لـ«حزب الله» حسن نصرالله سقف خطابه، إذ قال …» (his office's party, after its
 * «لـ», begins his name), «صعّد لافروف لهجته، إذ قال …».
 */
const DOER_OPENS_LATE =
  /^\s*(?:[وف]?(?:في|من|علي)\s+(?:[^\s،,.؛:"]+\s+){0,3}?[^\s،,.؛:"]+\s*[،,]\s*)?(?:[وف]?(?:لم|لا|قد)\s+)?[وف]?[\u0621-\u064A]{3,5}\s+(?:[^\s،,.؛:]+\s+){0,5}(?:[لب]"?)?$/;
/** Verbs of agreeing among the verbs of saying («اتفق», «تتفق»). */
const AGREEING = /^[وف]?(?:[يت]?تفق|اتفق)[\u0621-\u064A]*$/;
/**
 * A meeting ended or a statement issued, opening a sentence: «اختتم …», «أنهت … اجتماعاتها», «أصدر … بياناً», «أعلن
 * … في ختام اجتماعات …», «خرجت الهيئة العامة للائتلاف … بقرار …».
 */
const MEETING_ENDED =
  /(?:^|\s)[وف]?(?:اصدر|اصدرت|اختتم|اختتمت|انهي|انهت|ختم|ختمت|عقد|عقدت|اجتمع|اجتمعت)(?:\s|$)|(?:^|\s)(?:في|بعد|عقب)\s+ختام\s|(?:^|\s)[وف]?(?:خرج|خرجت)\s+(?:[^\s،,.؛:]+\s+){0,14}?(?:بقرار|ببيان|بموقف|بتوصيات)(?:\s|$)/;
/** «خرجت» (came out, of a meeting) right before the one named: «خرجت |الهيئة العامة للائتلاف| … بقرار». */
const EMERGED_BEFORE = /^\s*[وف]?(?:خرج|خرجت)\s+$/;
/** A phrase of time or place opening a sentence up to its comma: «بعد يومين من النقاشات في أحد فنادق إسطنبول، ». */
const FRONTED_ADVERBIAL = /^\s*[وف]?(?:بعد|قبل|عقب|اثر|خلال|في\s+ختام|في\s+نهايه|مع\s+نهايه)\s+[^،,.؛:"«»]{1,70}[،,]\s*/;
/**
 * Those gathered, as the subject right after a verb: «واشترط المجتمعون», «وأكد المؤتمرون», «وأبدى المشاركون (في
 * الاجتماع)»; not the participants of a gathering named after them («المشاركون في مؤتمر جنيف», «المشاركين من …»).
 */
const GATHERED_AFTER =
  /^\s+(?:ال)?(?:(?:مجتمع|مؤتمر)(?:ون|ين)|مشارك(?:ون|ين)(?!\s+(?:في|من)\s+(?!ال(?:اجتماع|مؤتمر|لقاء|ملتقي|قمه|بيان)|بيان)))(?![\u0621-\u064A])/;
/**
 * Those gathered opening the sentence as the subject before their verb, «كان» and «قد» and an aside allowed: «وكان
 * المشاركون في المؤتمر، وهم …، قد |اتفقوا», «المجتمعون |أكدوا».
 */
const GATHERED_OPENING_BEFORE =
  /^\s*[وف]?(?:كان\s+|كانوا\s+)?(?:ال)?(?:مجتمعون|مؤتمرون|مشاركون)(?:\s+في\s+(?:ال)?(?:اجتماع|مؤتمر|لقاء|ملتقي|قمه))?(?:\s*[،,][^،,.؛:]{1,120}[،,])?\s+(?:قد\s+)?$/;
/**
 * The final statement as the subject right after a verb, of the gathering told of («للمجموعة», «للاجتماع») or of none
 * named: «وأكد البيان الختامي (للمجموعة) أن …»; not one whose genitive or «الصادر عن» names its issuer («البيان الختامي
 * لمجموعة …», «البيان الختامي الصادر عن مجلس الجامعة»).
 */
const FINAL_STATEMENT_AFTER =
  /^\s+(?:ال)?بيان\s+(?:ال)?ختامي(?:\s+(?:للمجموعه|للاجتماع|للاجتماعات|للمؤتمر|للقمه|للملتقي|للقاء))?(?![\u0621-\u064A])(?!\s+(?:(?:ال)?صادر|الذي|عن)(?![\u0621-\u064A]))(?!\s+ل)/;
/**
 * A gathering right before the name of its body, a few words (its place, its ministers) between: «مؤتمر القاهرة
 * |للمعارضة السورية», «اجتماع وزراء خارجية |مجموعة أصدقاء سوريا», «اجتماعات |الجامعة العربية».
 */
const GATHERING_OF_BEFORE =
  /(?:^|\s)[وفبل]?(?:ال|لل)?(?:مؤتمر|اجتماع|اجتماعات|ملتقي|لقاء|قمه)ا?(?:\s+(?!(?:مع|بين|ضد|حول|عن|الي|علي|من|في)\s)[^\s،,.؛:"«»]+){0,3}\s+"?[لب]?$/;
/**
 * A statement issued by the meeting itself, at the sentence's head (after a phrase set off by a comma): «أصدر
 * الاجتماع (الذي ضم …) بياناً ختامياً أكد فيه …», «واختتم المؤتمر أعماله ببيان شدد فيه …».
 */
const MEETING_ISSUED_OPENS =
  /^[^.؛:"«»]{0,40}?(?:^|[،,]\s*|\s)[وف]?(?:اصدر|اختتم|ختم)\s+ال(?:اجتماع|مؤتمر|لقاء|قمه|ملتقي)(?![\u0621-\u064A])/;
/** How many sentences back the gathering of those gathered may be told of. */
const GATHERING_REACH = 8;
/** A sentence that only quotes a statement, its author unnamed: «وجاء في البيان الختامي (للاجتماع) أن …». */
const STATEMENT_QUOTED = /^\s*[وف]?(?:جاء|ورد)\s+في\s+(?:ال)?بيان(?:\s+(?:ال)?ختامي)?(?:\s+(?:للاجتماع|للقمه|للمؤتمر))?\s+(?:ان|بان)\s/;
/**
 * The passive of asking opening a sentence: «سُئل», «وسُئلت», «وحين سُئل»; or the question put to one: «وحين طُرح
 * السؤال نفسه على لافروف», «ولما وُجّه السؤال إلى الوزير».
 */
const ASKED_OPENS =
  /^\s*[وف]?(?:(?:حين|عندما|لما)\s+)?(?:سئل|سئلت|سئلوا|(?:طرح|طرحت|وجه|وجهت)\s+(?:ال)?سؤال(?:\s+(?:نفسه|ذاته))?\s+(?:علي|الي))\s+/;
/**
 * What one was asked about, right after the passive of asking (or after the occasion of the asking), no one named as
 * asked: «وسُئل |عن| مصير الأسد», «وحين سُئل |في مؤتمره الصحفي مع نظيره الألماني عن| …». Up to that word.
 */
const ASKED_ABOUT_NEXT = /^(?:ايضا\s+)?(?:(?:في|خلال)\s+(?:[^\s،,.؛:"]+\s+){1,7}?)?(?:عن|عما|حول|بشان)\s/;
/** «مع» and up to two words right before a name in the occasion of the asking: the one met, not asked («مع |نظيره …»). */
const WITH_BEFORE = /(?:^|\s)مع\s+(?:[^\s،,.؛:"]+\s+){0,2}$/;
/**
 * The passive of asking with no one named as asked, then what about, right before a name: «وسُئل عن مصير |الأسد|»,
 * «ولما سُئل عن مستقبل |الأسد| قال …». The one named is what he was asked about, never the one answering.
 */
const ASKED_ABOUT_BEFORE =
  /(?:^|[\s،,])[وف]?(?:(?:حين|عندما|لما)\s+)?(?:سئل|سئلت|سئلوا)\s+(?:ايضا\s+)?(?:عن|عما|حول|بشان)\s+(?:[^\s،,.؛:"]+\s+){0,4}$/;
/**
 * The active of asking opening a sentence, up to «عن/حول/بشأن» after the one asked (at most five words between): «سألت
 * الصحيفة الجربا |عن|», «وحين سأل الصحفيون المبعوث الدولي |عن|». Group 1 is that word with its space.
 */
const ASKED_ACTIVE_OPENS = /^\s*[وف]?(?:(?:حين|عندما|لما)\s+)?(?:سال|سالت|سالوا|سالنا)\s+(?:[^\s،,.؛:"]+\s+){1,5}?((?:عن|حول|بشان)\s)/;
/** The same with the pronoun of the one asked on the verb: «وحين سأله مقدم البرنامج |عن|». */
const ASKED_HIM_OPENS =
  /^\s*[وف]?(?:(?:حين|عندما|لما)\s+)?(?:سال|سالت|سالوا|سالنا)(?:ه|ها|هم|هما)\s+(?:[^\s،,.؛:"]+\s+){0,5}?(?:عن|حول|بشان)\s/;
/** A clause of time heading the asking («حين», «عندما», «لما»): the sentence's main verb, unjoined, answers. */
const ASKED_WHEN = /^\s*[وف]?(?:حين|عندما|لما)\s/;
/** «حين», «عندما» or «لما» anywhere in a sentence's head (the gate before ASKED_OPENS is tried on an unjoined verb). */
const WHEN_NEAR_HEAD = /(?:^|\s)[وف]?(?:حين|عندما|لما)\s/;
/** A verb of saying with the «ل» of purpose: «ليقول», «لتؤكد», «ليكرر». */
const PURPOSE_VERB = /^ل[يت][\u0621-\u064A]{2,}$/;
/**
 * Before a sentence's opening subject: nothing, «و/ف», «أما», or a word of contrast or sequence («غير أن الرئيس
 * التركي عاد ليؤكد …», «لكن الوزير خرج ليقول …», «ثم عاد الوزير ليكرر …»).
 */
const OPENING_SUBJECT_HEAD = /^\s*(?:[وف]?اما\s+|[وف]?(?:لكن|غير\s+ان|بيد\s+ان|الا\s+ان|ثم)\s+|[وف])?$/;
/** An aside between commas of up to six words («عاد في اليوم التالي، خلال زيارته موسكو، ليؤكد …»). */
const ASIDE_BETWEEN_COMMAS = /[،,]\s*(?:[^\s،,.؛:"«»]+\s+){0,5}[^\s،,.؛:"«»]+\s*[،,]/;
/** At most eight words between the opening subject and the verb for whose purpose he speaks. */
function fewWordsBetween(between: string): boolean {
  return between.trim().split(/\s+/).length <= 8;
}
/** «الرجل» heading a sentence, then up to seven words with no comma before a verb of saying: he is its subject. */
const THE_MAN_OPENING = /^[وف]?الرجل(?:\s+(?:نفسه|ذاته))?(?:\s+[\u0621-\u064A]+){0,7}\s+$/;
/**
 * A sentence opening on a quotation, closed and set off by a comma right before a verb of saying: «"إيران يجب أن تكون
 * حاضرة في جنيف"، |قال …», «"لا حل من دون الجميع"، |يقول.»
 */
const QUOTATION_THEN_VERB = /^\s*[وف]?\s*["«“][^\n]*["»”]\s*[،,]\s*$/;
/** A verb of adding, a speech verb when it goes on with what one says («وأضاف أن …»). */
const ADDING = /^[وف]?(?:اضاف|[يت]ضيف|يضف|تضف)[\u0621-\u064A]*$/;
/** «لا», «لم», «لن» right before a word. */
export const NEGATED_RIGHT_BEFORE = /(?:^|\s)[وف]?(?:لا|لم|لن)\s+$/;
/** The words naming a source that also mean "according to" (a plan, a decision), or "in the eyes of" («في نظر»). */
const SOURCE_WORD = /^[وف]?(?:بحسب|حسب|وفقا|وفق\s+ما|طبقا|في\s+نظر)$/;
/** Where such a word names a source: the sentence's head, right after a closing quotation mark, or after a comma. */
const SOURCE_PLACE = /(?:^\s*|"\s*[،,]?\s*|[،,]\s*)$/;
/** A comma (not after a closing quotation) right before. */
const COMMA_RIGHT_BEFORE = /(?:^|[^"\s])\s*[،,]\s*$/;

/**
 * A sentence issuing a statement, saying something in one, or telling of a meeting (its statement is «البيان» next);
 * or publishing a post, a letter or an article (DOCUMENT_AFTER: «نشر على صفحته منشوراً», «وجه رسالة», «كتب تغريدة»).
 */
const ISSUED =
  /(?:^|\s)[وف]?(?:اصدر|اصدرت|نشر|نشرت|وزع|وزعت|اجتمع|اجتمعت|اختتم|اختتمت|عقد|عقدت|كتب|كتبت|وجه|وجهت|بعث|بعثت|غرد|غردت)(?:\s|$)|(?:^|\s)في\s+(?:ال)?بيان(?:\s|$)/;
/**
 * A post, a tweet, a letter or an article right after a verb of saying («وجاء في |المنشور|», «وأضاف في الرسالة»): like
 * «البيان», the one who published it in the sentence before speaks (issuedBefore).
 */
const DOCUMENT_AFTER = /^\s+(?:في\s+)?(?:ال)?(?:منشور|تغريده|تدوينه|رساله|مقال|مقاله)(?![\u0621-\u064A])/;
/** Verbs of saying in the past, masculine and feminine, whose gender their letters tell. */
const MASCULINE_SAYING = /^(?:قال|اضاف|اكد|اوضح|شدد|اشار|تابع|اعتبر|اعلن|ذكر|صرح|حذر|دعا|طالب)$/;
const FEMININE_SAYING = /^(?:قالت|اضافت|اكدت|اوضحت|شددت|اشارت|تابعت|اعتبرت|اعلنت|ذكرت|صرحت|لفتت|حذرت|دعت|طالبت)$/;
/**
 * «البيان» (the statement, the final one) right after a verb of saying, whatever it says next («وأكد البيان الختامي
 * تمسك المشاركين بـ…»), with no one named as its author («… الصادر عن …»).
 */
const STATEMENT_AFTER =
  /^\s+(?:ال)?بيان(?:\s+(?:ال)?ختامي)?(?:\s+لل?[\u0621-\u064A]+)?(?![\u0621-\u064A])(?!\s+(?:ال)?(?:صادر|صادره|الذي|عن)(?![\u0621-\u064A]))/;
/**
 * The sides of a joint statement or of a meeting («الجانبان الإيراني والسوري», «البيان المشترك الروسي السوري»): the
 * lexicon's nationalities, and the Syrian side, which there is the government's, as the other side's guest or host.
 * `namedAfter`: a statement, the two sides or two ministers, or a plan («الخطة», «المبادرة», «الورقة», «المقترح»), then
 * such adjectives, right after a verb of saying or of position: «وأكد البيان المشترك الروسي الأمريكي أن …», «وشدد بيان
 * روسي أمريكي مشترك على …», «وأكد الجانبان الروسي والأمريكي …», «وتطالب الخطة الفرنسية بتنحي الأسد».
 * Group 1 is the adjectives. Built once per lexicon.
 */
interface Sides {
  table: ReadonlyMap<string, string>;
  namedAfter: RegExp;
}
const SIDES = new WeakMap<Lexicon, Sides>();
function sidesOf(lexicon: Lexicon): Sides {
  let sides = SIDES.get(lexicon);
  if (!sides) {
    const table = sideNationalities(lexicon);
    const adjective = `${adjectiveSource(table)}(?:ه|ا)?`;
    const namedAfter = new RegExp(
      `^\\s+(?:ال)?(?:بيان|جانبان|جانبين|طرفان|طرفين|وزيران|وزيرين|خطه|مبادره|ورقه|مقترح|مشروع|رؤيه)(?:\\s+(?:ال)?(?:مشترك|مشتركه|ختامي))?\\s+((?:ال)?${adjective}(?:\\s+و?(?:ال)?${adjective})*)(?![\\u0621-\\u064A])`,
    );
    SIDES.set(lexicon, (sides = { table, namedAfter }));
  }
  return sides;
}
/**
 * A verb of saying or of position in the dual, masculine or feminine, past or present: «أكدا», «اتفقا», «قالتا»,
 * «يؤكدان». (Listed: a dual's «ا» is no different from the last letter of «دعا» or the pronoun of «قالها», «أبلغنا»; and
 * «رفضاً», «بحثاً», «طالباً», «حذراً» are a verbal noun, a participle, an adverb as often: of those only «ـتا».)
 */
export const DUAL_VERB =
  /^[وف]?(?:(?:قال|اكد|شدد|اعلن|اعتبر|اوضح|اشار|جدد|اتفق|اعرب|رحب|ناقش|اضاف|تابع|عبر)(?:ا|تا)|(?:طالب|رفض|بحث|حذر)تا|[يت](?:ؤكد|شدد|علن|عتبر|طالب|رفض|جدد|تفق|بحث|عرب|رحب|ناقش|ضيف|عبر|حذر|ري)ان)$/;
/** How many sentences back pairBefore looks for the two sides «الجانبان» stands for. */
const PAIR_REACH = 3;
/** Two sides named as such: «وفدي الحكومة والمعارضة», «الوفدين», «طرفي النزاع». */
const TWO_SIDES_NAMED = /(?:^|\s)[وبل]?(?:ال)?(?:وفدي|وفدين|طرفي|طرفين|وفدا|طرفا)(?![\u0621-\u064A])/;
/** «الطرفان» right after a verb. */
const PARTIES_TWO_AFTER = /^\s+(?:ال)?طرفان(?![\u0621-\u064A])/;
/** Two sides as the subject right after a verb: «الجانبان», «الطرفان», «البلدان», «الوزيران», «الرئيسان». */
const BOTH_SIDES_AFTER = /^\s+(?:ال)?(?:جانبان|طرفان|بلدان|وزيران|رئيسان|زعيمان)(?![\u0621-\u064A])/;
/**
 * A verb of pressing («ضغط», «تضغط», «يضغطون»): the name after its «على» is the one pressed, not the one pressing; and
 * pressing for something denied says nothing of it (03-composed's polarity).
 */
export const PRESSING_VERB = /^[وف]?(?:[تين]?ضغط|ضغطت|يضغطون)$/;
/** A verb of replying: «رد», «ردت», «يرد», «ترد» (on «و» or «ف»). */
const REPLYING_VERB = /^[وف]?(?:رد|ردت|ردوا|[يت]رد|[يت]ردون)$/;
/** An apposition, an honorific allowed before the name: «، السيد |الأخضر الإبراهيمي». */
const HONOURED_APPOSITION = /^"?[^\S\n]*[،,]?[^\S\n]*(?:(?:السيد|السيده|الدكتور|الدكتوره|الاستاذ)\s+)?$/;
/** Between two names of one title: «و» joining a second body, or «إلى/في/لدى» before the place of the post. */
const TITLE_REST_BETWEEN = /^\s+(?:و|(?:الي|في|لدي)\s+)$/;
/** A clause of contrast opening after a comma, up to a verb at the end: «"…"، |فيما| طالب الجربا». */
const CONTRAST_OPENS_AFTER = /["»”]?\s*[،,]\s*[وف]?(?:فيما|بينما|في\s+حين)\s+(?:[^\s،,.؛:"«»]+\s+){0,8}?$/;
/** «على» right before a name. */
const ON_BEFORE = /(?:^|\s)علي\s+$/;
/** «أي» or «كل» right after a verb: its object («رفض أي مشاركة لإيران»), never its subject («كل من X وY» is one). */
const ANY_NEXT = /^\s+(?:اي|ايه|كل(?!\s+من\s))\s/;
/**
 * Ministers as the subject right after a verb: «يؤكد الوزراء», «وأعرب وزراء الخارجية»; not ministers with a
 * qualifier of their own («الوزراء الأوروبيون», «وزراء الخارجية العرب»), who are others.
 */
const MINISTERS_AFTER =
  /^\s+(?!(?:ال)?وزراء(?:\s+(?:ال)?خارجيه)?\s+(?:ال[\u0621-\u064A]+(?:ون|ين|يون|يين)|العرب|الروس|الاتراك|الاجانب)(?![\u0621-\u064A]))(?:ال)?وزراء(?:\s+(?:ال)?خارجيه)?(?![\u0621-\u064A])/;
/** «وزراء خارجية» (or «وزراء») right before the first state of a list: the ministers of those states. */
const MINISTERS_OF = /(?:^|\s)[وفل]?(?:ال)?وزراء(?:\s+(?:ال)?خارجيه)?\s+(?:(?:دول|الدول)\s+)?$/;
/** «وزراء خارجية الدول … في مجموعة» (or «في المجموعة الأساسية لـ») right before the group's name. */
const MINISTERS_OF_GROUP =
  /(?:^|\s)[وفل]?(?:ال)?وزراء\s+(?:ال)?خارجيه\s+(?:ال)?دول[^.،,]{0,50}?\s(?:في|من)\s+(?:(?:ال)?مجموعه(?:\s+(?:ال)?(?:اساسيه|نواه))?\s*"?\s*ل?)?$/;
/** A meeting of a group right before its name: «اجتماع المجموعة الأساسية لـ», «اجتماع مجموعة», «لاجتماع». */
const MEETING_OF_GROUP = /(?:^|\s)[وفل]?(?:ال|لل)?اجتماع(?:\s+(?:ال)?مجموعه(?:\s+(?:ال)?(?:اساسيه|نواه))?\s*"?\s*ل?|\s+)$/;
/**
 * The final statement of a meeting named by its place, right after a verb of saying: «وقال البيان الختامي لاجتماع
 * لندن», «وأكد البيان الختامي للمؤتمر».
 */
const MEETING_STATEMENT_AFTER = /^\s+(?:ال)?بيان\s+(?:ال)?ختامي\s+(?:ل|لل)(?:اجتماع|مؤتمر|لقاء|قمه)(?![\u0621-\u064A])/;
/**
 * A statement (the final one, or one issued by …) and the «لـ» of its genitive, where its issuer is named next, or its
 * meeting and then the issuer: «البيان الختامي |لمجموعة أصدقاء سوريا», «البيان الختامي لاجتماع وزراء خارجية
 * "النواة الصلبة" |لمجموعة …», «البيان الصادر عن |مجلس الجامعة».
 */
const STATEMENT_OF = "(?:ال)?بيان(?:\\s+(?:ال)?ختامي)?\\s+(?:(?:ال)?صادر\\s+عن\\s+|لل|ل)";
/** A statement of one named, right after a verb of saying: «وأكد |البيان الختامي لـ|…». */
const STATEMENT_OF_AFTER = new RegExp(`^\\s+${STATEMENT_OF}`);
/**
 * A statement of one named, heading the sentence as its subject (after «و/ف», «وكان»): «فالبيان الختامي لـ…، …، نص
 * على أن», «وكان البيان الختامي لاجتماع … قد أكد أن».
 */
const STATEMENT_OF_OPENS = new RegExp(`^\\s*[وف]?(?:(?:كان|وكان)\\s+)?[وف]?${STATEMENT_OF}`);
/** Up to six words of the statement's genitive before its issuer (its meeting, the ministers), no clause break. */
const STATEMENT_GENITIVE_GAP = /^(?:\s*"?[\u0621-\u064A]+"?){0,6}\s*"?\s*(?:ل|لل)?$/;
/**
 * «المجموعة» alone right after a verb of saying, before what it says or where: «وأكدت المجموعة، في بيانها الختامي، أن
 * …», «وشددت المجموعة الأساسية على أن …»: the group the article named before.
 */
const BARE_GROUP_AFTER =
  /^\s+(?:ال)?مجموعه(?:\s+(?:ال)?(?:اساسيه|نواه))?(?=\s*[،,:"]|\s+(?:ان|انه|انها|بان|علي|في|امس|اليوم)(?![\u0621-\u064A]))/;
/** «في» between members named and their group («الدول الإحدى عشرة |في| مجموعة أصدقاء سوريا»). */
const IN_GROUP_GAP = /^"?\s+في\s+"?$/;
/** A group or a league named, right after (or as) «مجموعة», «جامعة»: «في مجموعة "أصدقاء سورية"». */
const GROUP_BEFORE = /(?:^|\s)[وفلب]?(?:ال)?(?:مجموعه|جامعه)(?:\s+(?:ال)?(?:اساسيه|نواه))?\s*"?\s*ل?$/;
const GROUP_NAME = /^[وفلب]?(?:ال)?(?:مجموعه|جامعه)\s/;
/** How many sentences back a group named in the article may be the one whose meeting's statement speaks. */
const GROUP_REACH = 6;
/** A statement named right before a verb of saying («ببيان ختامي |أكدوا فيه|», «في بيان |أكدت فيه|»). */
const STATEMENT_RIGHT_BEFORE = /(?:^|\s)(?:ب|في\s+)?(?:ال)?بيان[اه]?(?:\s+(?:ال)?ختامي[اه]?)?\s+$/;
/** «فيه», «فيها» right after the verb: what is said in the statement. */
const IN_IT_AFTER = /^\s+(?:فيه|فيها)(?:\s|$)/;
/** Between two states of such a list: «و» or a comma, and a word of statehood («ودولة قطر», «والمملكة المغربية»). */
const LIST_GAP = /^\s*[،,]?\s*و?(?:دوله|جمهوريه|مملكه|سلطنه|ال?مملكه)?\s*$/;
/** Sentences, the verb's own and those before it, where the states whose ministers «الوزراء» are may be named. */
const MINISTERS_REACH = 8;
/**
 * A definite noun alone right after a verb, before what is said («وأضافت الوزارة أن», «وأكد المجلس:»), or its
 * statement («وجاء في بيان الوزارة أن»): the statement (group 1) and the noun's stem (group 2).
 */
const HEAD_NOUN_AFTER = /^\s+((?:في\s+)?(?:ال)?بيان\s+)?ال([\u0621-\u064A]{3,})(?=\s+(?:ان|انه|انها|بان|الي|علي|في)\s|\s*[:،,"])/;
/**
 * A sentence opening with a verb of what envoys do, other than speaking (arriving, meeting, visiting, receiving,
 * leaving, calling, chairing, issuing, laying the blame: «حمّل الجعفري المعارضة مسؤولية الفشل», hastening to: «وفي
 * موسكو، سارع لافروف إلى انتقاد … . وقال …»), delivering a speech or presenting («وألقى نصر الله كلمة متلفزة. وقال …»),
 * speaking, being asked, discussing, addressing or holding talks («تحدث لافروف في مؤتمر صحفي. وقال …», «سئل الجبير عن
 * الأسد. فقال …»): «ووصل», «والتقى», «استقبل». Only such a sentence has its names looked up.
 */
const OPENING_WORD =
  /^[وف]?(?:اصدر|اصدرت|وصل|وصلت|التقي|التقت|زار|زارت|اجتمع|اجتمعت|استقبل|استقبلت|غادر|غادرت|توجه|توجهت|بحث|بحثت|عقد|عقدت|ترأس|ترأست|راس|راست|اتصل|اتصلت|تلقي|تلقت|شارك|شاركت|حضر|حضرت|قام|قامت|بدا|بدات|اختتم|اختتمت|افتتح|افتتحت|حمل|حملت|سارع|سارعت|القي|القت|عرض|عرضت|تحدث|تحدثت|ناقش|ناقشت|سئل|سئلت|ادلي|ادلت|خاطب|خاطبت|اجري|اجرت)\s/;
/** A relative clause on the one named, up to a label's colon: «…، الذي لم يُدع ائتلافه إلى الاجتماع|:». */
const RELATIVE_TO_COLON = /^\s*[،,]\s*(?:الذي|التي)\s[^:«»"]{0,80}$/;
/** A press conference, speech or interview, then «لـ» and whose it is: «مؤتمر صحفي |للإبراهيمي», «كلمة متلفزة |لنصر الله». */
const SPEAKING_EVENT =
  /^[وف]?(?:مؤتمر\s+(?:صحفي|صحافي)|كلمه|خطاب|مقابله|حديث|تصريحات|لقاء\s+(?:صحفي|صحافي|تلفزيوني))(?:\s+(?:مشترك|متلفز|متلفزه|جديد|جديده|مطول|مطوله))?\s+(?=ل)/;
/**
 * A phrase of contrast or of the speaker's side («في المقابل،», «من جهته،», «بدوره،») or of time or place
 * (OPENING_ADVERBIAL) set off by a comma at the head of a sentence, before its opening verb.
 */
const EVENT_OPENING_ASIDE = new RegExp(
  `^(?:\\s*[وف]?(?:في\\s+المقابل|من\\s+(?:جهت|جانب)(?:ه|ها|هم)|بدور(?:ه|ها|هم)|في\\s+غضون\\s+ذلك|الي\\s+ذلك)\\s*[،,]\\s*|${OPENING_ADVERBIAL.source.slice(1)})`,
);
/** A time and the speaker's own meeting, ending right before a name: «(وقال) خلال استقباله |», «بعد لقائه مع |». */
export const MET_BY_HIM_GAP =
  /(?:^|\s)(?:خلال|اثناء|بعد|عقب|اثر|قبل|قبيل|لدي|في)\s+(?:استقبال|لقا[ءئ]|اجتماع|اتصال|محادثات|مباحثات)(?:ه|ها|هما|هم)(?:\s+(?:مع|ب))?\s+(?:ب)?$/;
/**
 * An outlet's interview with someone, up to his name: «أجرت الصحيفة حديثاً مع |», «ونشرت "الحياة" مقابلة مطولة مع |»
 * (an outlet's word, or a verb of holding or publishing, before the noun of the interview), his title between
 * («… حديثاً مع الرئيس المشترك ل|حزب الاتحاد الديمقراطي …»).
 */
const OUTLET_INTERVIEW_WITH_BEFORE = new RegExp(
  String.raw`(?:^|[\s"«])[وف]?(?:(?:ال)?(?:صحيفه|جريده|مجله|وكاله|قناه|اذاعه|موقع|تلفزيون)|اجرت|اجري|نشرت|نشر|بثت|بث)(?:\s+[^\s.،,؛:]+){0,4}?\s+(?:حديثا|حوارا|مقابله|لقاء)(?:\s+(?:صحفيا|خاصا|مطولا|تلفزيونيا|صحفيه|خاصه|مطوله|تلفزيونيه))?\s+مع(?:\s+${OFFICE}(?![\u0621-\u064A])(?:\s+[^\s.،,؛:]+){0,3}?)?\s+[بل]?$`,
);
/**
 * From the one interviewed to a verb joined by «و»: nothing, or an aside set off by commas; a relative clause on him
 * (group 1: «، الذي انتقد استبعاد حزبه،»), whose verbs of saying are his too.
 */
const INTERVIEWED_THEN_VERB = /^\s*(?:[،,]\s*((?:الذي|التي)\s)?[^.؛:"«»]{1,160}[،,])?\s*$/;
/** His meeting with others («بعد لقائه», «إثر اجتماعها مع»): those named after it are the ones met. */
const MET_WITH_BEFORE = /(?:^|\s)[وبل]?(?:لقائه|لقائها|لقائهما|لقائهم|اجتماعه|اجتماعها|اجتماعهما|اجتماعهم|محادثاته|محادثاتها)\s/;
/**
 * A verb of attacking or answering right after the headline's first name («الجعفري |يهاجم باور والمعلمي: …», «المعلم
 * |ينتقد كيري: …», «دمشق |ترد على الرياض: …»): those named after it are its targets; the first one speaks.
 */
const ATTACKS_NEXT = /^\s+(?:[يت]هاجم|هاجم|هاجمت|[يت]نتقد|انتقد|انتقدت|[يت]رد\s+علي|رد\s+علي|ردت\s+علي|[يت]سخر\s+من|سخر\s+من|سخرت\s+من)\s/;

/**
 * How someone spoke, between his name and the colon before his words: «كان أكثر وضوحاً:», «أشد صراحة:», «ذهب أبعد من
 * ذلك:», «كان قاطعاً:»; as he is wont or not («كان أكثر وضوحاً كعادته:», «(كعادته)», «كان حاسماً على غير عادته:»).
 */
const MANNER_BEFORE_COLON =
  /^\s+(?:[وف]?(?:كان|كانت|ذهب|ذهبت)\s+)?(?:(?:اكثر|اشد)\s+(?:وضوحا|صراحه|حسما|تشددا|حده|تحديدا|مباشره|حزما|تفصيلا)|(?:الي\s+)?ابعد\s+من\s+ذلك|(?:واضح|صريح|حاسم|قاطع|حازم|مباشر)(?:ا|ه)(?:\s+(?:جدا|تماما))?)(?:\s+(?:في|حين|عندما|من)\s+[^:،,]{1,30})?(?:\s*[،,]?\s*\(?(?:ك|علي\s+غير\s+)عادت(?:ه|ها|هم)\)?)?\s*$/;
/** His phrase, a few words after his name, right before the colon: «(الجبير) عن ترديد عبارته الشهيرة:», «مقولته:». */
const CATCHPHRASE_BEFORE_COLON =
  /^\s+(?:[^\s،,.؛:"]+\s+){0,3}?(?:عبارت|مقولت|جملت|لازمت)(?:ه|ها)(?:\s+(?:الشهيره|المعروفه|المعهوده|المفضله))?\s*$/;
/** A verb of saying or replying alone between a name and a headline's colon («ودمشق ترد:»). */
const REPLYING_BEFORE_COLON = /^\s+(?:ترد|يرد|تقول|يقول|تؤكد|يؤكد|تعلن|يعلن|تحذر|يحذر|تجيب|يجيب)\s*$/;
/** A state's body named bare after a verb: «وزارة الخارجية», «الخارجية», «الحكومة», «الرئاسة», «المتحدث باسم الخارجية». */
const BARE_BODY_AFTER =
  /^\s+(?:(?:ال)?(?:متحدث|متحدثه|ناطق|ناطقه)\s+باسم\s+)?(?:وزاره\s+الخارجيه|الخارجيه|الحكومه|الرئاسه|البيت\s+الابيض|الكرملين|مجلس\s+الوزراء)(?![\u0621-\u064A])(?!\s+(?:ال)?[\u0621-\u064A]+(?:يه|ي)(?![\u0621-\u064A]))/;
/**
 * A sentence opening on a capital («وفي موسكو،», «من جهتها، في واشنطن،») or on a dateline («الرياض - واس:»), then the
 * verb: the place's span in group 0.
 */
const OPENING_PLACE =
  /^((?:[وف]?في)\s+|\s*)[\u0621-\u064A]+(?:\s+[\u0621-\u064A]+)?\s*(?:[،,]|(?<=^\s*[\u0621-\u064A]+(?:\s+[\u0621-\u064A]+)?\s*)[-–—]\s*"?[\u0621-\u064A]+"?(?:\s+"?[\u0621-\u064A]+"?)?\s*:)?\s*$/;
/**
 * A title after a verb, its «ال» words (office, nationality), then a name: a first name (no «ال», no particle) and
 * one more word («وزير الخارجية نبيل فهمي»).
 */
const TITLE_THEN_NAME =
  /^\s+(?:وزير|وزيره|رئيس|نائب|مساعد|سفير|مندوب|مبعوث|متحدث|ناطق|مستشار)(?:\s+ال[\u0621-\u064A]+){1,2}\s+(?!ال|(?:ان|انه|انها|بان|في|علي|خلال|امس|اليوم|الي|من|عن|مع|قد|لن|لا)(?![\u0621-\u064A]))[\u0621-\u064A]{3,}\s+(?!(?:ان|انه|انها|بان|في|علي|خلال|امس|اليوم|الي|من|عن|مع)(?![\u0621-\u064A]))[\u0621-\u064A]{3,}/;
/** Where what an office's holder says starts after his title: «إن/أن/بأن», a colon or a quotation mark. */
const OFFICE_SPEECH_STARTS = /\s(?:ان|انه|انها|بان)(?=\s)|[:"«“]/;
/** A comma, then spaces, ending the text (right before a word). */
export const COMMA_BEFORE = /[،,]\s*$/;
/** A title of at most six words opening a sentence (after «وكان»), then a comma: a name in apposition follows. */
const TITLE_THEN_COMMA_OPENS = /^\s*[وف]?(?:(?:كان|كانت)\s+)?(?:[^\s،,.؛:!?؟"]+\s+){0,5}[^\s،,.؛:!?؟"]+\s*[،,]\s*$/;
/** Nothing but «و» or «وكان» before the sentence's first name. */
const OPENER_ONLY = /^\s*[وف]?(?:(?:كان|كانت)\s+)?$/;
/** A comma opening the words after a verb. */
const COMMA_FIRST = /^\s*[،,]/;
/** An aside between commas, closed: «، من جهته، ». */
const ASIDE_CLOSED = /^\s*[،,][^،,]*[،,]\s*$/;
/** «وكان», one word (a surname: group 1, with the space before it) and «قد», right before a verb. */
const SURNAME_BEFORE_VERB = /(?:^|\s)[وف]?(?:كان|كانت)(\s+[\u0621-\u064A]{3,})\s+(?:قد\s+)?$/;
/** The event verb alone before its subject. */
const VSO_SUBJECT_BARE = /^[وف]?[\u0621-\u064A]{3,}\s+$/;
/**
 * The head of a genitive before a name, which is its subject's: «وزراء خارجية», «وفد», «قوى», «رئيس», a spokesman's
 * «المتحدث (الرسمي) باسم (وزارة)» («نائبة المتحدثة باسم وزارة الخارجية الأمريكية»).
 */
const GENITIVE_HEAD = String.raw`(?:(?:وزراء|وزير)\s+(?:ال)?خارجيه\s+|(?:ال)?امين\s+(?:ال)?عام\s+(?:ل|لل)?|(?:ال)?(?:زعيم|قائد)\s+|(?:ال)?(?:وفد|وفود|قاده|ممثلو|ممثلي|قوي)\s+|(?:نائب\s+)?رئيس\s+|(?:(?:ال)?(?:نائب|نائبه|مساعد|مساعده)\s+)?(?:ال)?(?:متحدث|متحدثه|ناطق|ناطقه)(?:\s+(?:ال)?رسمي[هة]?)?\s+باسم\s+(?:(?:ال)?وزاره\s+)?)`;
/**
 * Before the one who spoke so: nothing, or «وكان», «أما», «وذهب» opening the sentence; «رد» of his («وكان رد دمشق
 * قاطعاً:»); the head of the party's name (GENITIVE_HEAD: «وكان المتحدث باسم |الخارجية الإيرانية| أكثر وضوحاً:»).
 */
const MANNER_SUBJECT_BEFORE = new RegExp(String.raw`^\s*(?:[وف]?(?:كان|كانت|اما|ذهب|ذهبت)\s+)?(?:(?:رد|جواب|موقف)\s+)?${GENITIVE_HEAD}?$`);
/**
 * That verb, and nothing else but the head of a genitive (GENITIVE_HEAD: «حمّل رئيس الوفد الحكومي بشار الجعفري …»)
 * before the first name: the name is its subject (VSO).
 */
const VSO_SUBJECT = new RegExp(String.raw`^[\u0621-\u064A]{3,}\s+${GENITIVE_HEAD}?$`);
/**
 * That verb (or «لم/لا/ما» and it: «لم يخفِ …») and a title the lexicon does not fold into the name before the first
 * name, a person's: «ووصل |المنسق العام| رياض حجاب …», «وتوجه |كبير المفاوضين| محمد علوش …», «لم يخفِ |رئيس الوفد
 * الحكومي| بشار الجعفري …». The title is an office word and up to three words that open no other office («واستقبل
 * رئيس الوزراء اللبناني وزيرَ الخارجية الإيراني …»: the one received is no subject).
 */
const TITLED_PERSON_SUBJECT = new RegExp(
  String.raw`^(?:[وف]?(?:لم|لا|ما)\s+)?[\u0621-\u064A]{3,}\s+(?:(?:ال)?كبير|(?:(?:ال)?(?:نائب|مساعد)\s+)?${OFFICE})(?:\s+(?!${OFFICE}(?![\u0621-\u064A]))[\u0621-\u064A]{2,}){0,3}\s+$`,
);
/**
 * A sentence opening on its subject after a word of contrast, then the subject's verb: «غير أن |المتحدثة باسم
 * الخارجية الأمريكية| سارعت إلى تكذيب الرواية، وقالت …», «لكن |الائتلاف| رد ببيان، وأكد …» (SVO). Up to the name.
 */
const SVO_SUBJECT = new RegExp(String.raw`^[وف]?(?:غير\s+ان|الا\s+ان|بيد\s+ان|لكن|ولكن)\s+${GENITIVE_HEAD}?$`);

/** A meeting word, up to two words, then «في» or «ب» right before a name: the state where it met. */
const STATE_IN_MEETING =
  /(?:^|\s)[وفبل]?(?:ال|لل)?(?:اجتماع|اجتماعات|مؤتمر|قمه|لقاء|محادثات|مفاوضات|جوله|مباحثات)(?:\s+[^\s،,.؛:]+){0,2}\s+(?:في\s+|[وف]?ب)$/;

/** A meeting, talks or conference named by the city it met in, or a statement by the city it was issued in («بيان الرياض»). */
const MEETING_BEFORE = /(?:^|\s)[وفبل]?(?:ال|لل)?(?:اجتماع|اجتماعات|مؤتمر|قمه|لقاء|محادثات|مفاوضات|جوله|مباحثات|بيان)\s+$/;

/** A sentence's frames, and the speaker it leaves to the next one. */
interface SentenceFrames {
  frames: Frame[];
  /** The last explicit speaker after this sentence (null when an unknown subject ended the run). */
  last: Mention | null;
  /** Whether the sentence itself sets `last` (a named or unknown speaker), whatever came before it. */
  decided: boolean;
}

/** A speech verb's form and the speaker named next to it: what its reading owes to its sentence alone. */
interface VerbReading {
  /** Joined by its own «و/ف» («وقال»), so it opens a clause. */
  conjoined: boolean;
  participle: boolean;
  /** A verb of saying rather than of wanting or refusing (Frame.reporting). */
  reporting: boolean;
  /** After a preposition: a verbal noun («على رفض»). */
  verbalNoun: boolean;
  /** After «أنه/أنها»: the pronoun is its subject. */
  pronounSubject: boolean;
  /** The speaker named before the verb, or after it: at most one of them is set. */
  before: Mention | undefined;
  after: Mention | undefined;
}

/**
 * Speaker frames per sentence, carrying the last explicit speaker across sentences. A subjectless verb continues
 * the speaker set by the nearest sentence before it that names one (or ends the run with an unknown subject), so
 * a sentence's frames need only the sentences back to that one: frames are worked out on demand, for the
 * sentences holders ask about.
 * Example: "وقال لافروف … . وأضاف: «…»" → in(0) = [frame(lavrov)], in(1) = [continuation(lavrov)]
 */
export class Frames {
  /** Per sentence: its frames read as if nothing came before (enough to know whether it decides `last`). */
  private readonly alone: Array<SentenceFrames | undefined>;
  /** Per sentence: its frames with the speaker carried in. */
  private readonly carried: Array<Frame[] | undefined>;
  /** Per sentence: the speaker in effect after it, once known. */
  private readonly speakerAfter: Array<Mention | null | undefined>;
  /** Per sentence: its speech verbs, once read. */
  private readonly verbs: Array<readonly Hit[] | undefined>;
  /** Per sentence: what each of its speech verbs owes to the sentence alone, once read. */
  private readonly verbReadings: Array<VerbReading[] | undefined>;
  /**
   * Names the lexicon does not know, learnt from an apposition with a party («عضو في الائتلاف موفق نيربية»): surname
   * → party, and how many names were learnt before it.
   */
  private readonly learnt = new Map<string, { speaker: Mention; order: number }>();
  /** Sentences before this one have been read for learnt names. */
  private learntThrough = 0;
  /**
   * Per sentence the walk for learnt names passed over without reading it (it can teach none): how many names were
   * learnt when it passed. Read alone later, the sentence sees only those, as it would have then.
   */
  private readonly passedOver: Array<number | undefined>;
  /** Speakers the lexicon does not know, by start: a name or title right after a speech verb (for the review queue). */
  private readonly unknown = new Map<number, { start: number; end: number; sentence: number }>();
  /** Who answers the article's interview questions, once asked (null: no one known). */
  private answering: Mention | null | undefined;
  /**
   * The authors of the full texts the article reproduces (textAuthor), each from the first sentence of its text;
   * `signed` for a signed article's writer (a byline, «X يكتب:», an article's or a letter's introduction).
   */
  private authors: Array<{ from: number; author: Mention | null; signed?: true }> | undefined;
  /**
   * Per verb's end, the unknown speaker's words after it (unknownSpeakerSpan; null for none), once found: asked
   * again each time the verb's sentence is read (alone, with a speaker carried in, or whether it may name one).
   */
  private readonly spansAfter = new Map<number, { start: number; end: number } | null>();

  constructor(
    private readonly normal: string,
    private readonly sentences: readonly Sentence[],
    private readonly mentions: SentenceMentions,
    private readonly words: WordIndex,
    private readonly boundaries: ClauseBoundaries,
    private readonly present: KeywordPresence,
    private readonly lexicon: Lexicon,
    /**
     * The subject a sentence left out (about other talks) opens with, the nearest such sentence right before sentence
     * si: it takes the turn even though its words are not read («أما روحاني فخصص كلمته للاتفاق النووي. وقال إن …»).
     */
    private readonly droppedSubject: (si: number) => Mention | null = () => null,
    /**
     * The person the article's title opens on («علي أكبر ولايتي.. رجل المرشد …», «وليد المعلم: …»): before anyone
     * speaks in the article, a verb of saying with no subject of its own is his (a profile's «فقد قال …»).
     */
    private readonly protagonist: Mention | null = null,
  ) {
    this.alone = new Array<SentenceFrames | undefined>(sentences.length);
    this.carried = new Array<Frame[] | undefined>(sentences.length);
    this.speakerAfter = new Array<Mention | null | undefined>(sentences.length);
    this.verbs = new Array<readonly Hit[] | undefined>(sentences.length);
    this.verbReadings = new Array<VerbReading[] | undefined>(sentences.length);
    this.passedOver = new Array<number | undefined>(sentences.length);
  }

  /**
   * The party of a name learnt before sentence si, if the word at `pos` is one («ولفت نيربية …»): of the first
   * `known` names learnt, when the sentence is read as the walk would have read it.
   */
  private learntSpeakerAt(si: number, pos: number, known: number): Mention | undefined {
    const name = this.nameWordAt(pos);
    if (!name) return undefined;
    // Read the sentences before (each once, whoever asks first) for the names they teach.
    while (this.learntThrough < si) this.learnFrom(this.learntThrough++);
    const learnt = this.learnt.get(name.word);
    if (!learnt || learnt.order >= known) return undefined;
    return { ...learnt.speaker, start: name.start, end: name.start + name.word.length };
  }

  /** The word right after `pos` (a verb's end), when it may be a name: three letters or more, no particle or subject word. */
  private nameWordAt(pos: number): { word: string; start: number } | undefined {
    const m = /^\s+([\u0621-\u064A]{3,})(?![\u0621-\u064A])/.exec(this.normal.slice(pos, pos + 40));
    if (!m || NOT_A_NAME.test(m[1]!) || NOT_A_SUBJECT.test(m[1]!)) return undefined;
    return { word: m[1]!, start: pos + m[0].length - m[1]!.length };
  }

  /**
   * Sentence si's part in the walk for learnt names: read it alone, unless no name can be learnt from it. Most
   * sentences the walk passes teach nothing and nothing else asks about them, while reading one is costly (its
   * names, each verb's subject): such a sentence is left for whoever asks, to be read as it would have been now
   * (passedOver), and unknownSpeakers() reads those that may name an unknown speaker.
   */
  private learnFrom(si: number): void {
    if (this.alone[si]) return;
    if (this.mayTeach(si)) this.readAlone(si);
    else this.passedOver[si] = this.learnt.size;
  }

  /**
   * Whether a name can be learnt from sentence si: learnName is only called for the speaker after a verb when the
   * words between them are an AFFILIATION («قال عضو الائتلاف …»), which roleFollows finds at the verb's end.
   */
  private mayTeach(si: number): boolean {
    return this.verbsOf(si).some((v) => roleFollows(this.normal, v.index + v.text.length));
  }

  /**
   * Whether sentence si, read alone, can add an unknown speaker: each one is the unknownSpeakerSpan after one of
   * its verbs that is no participle, verbal noun or verb of «أنه», and names no subject before it, nor after it
   * one that stays its speaker (read() adds none for the others). A party named after the verb gives way to the
   * person in apposition to it, who is no speaker where named only next to a verb of his own («ناشد الروس الأسد»):
   * so only a person named after the verb surely keeps it. The verb's reading is asked last, being the costly
   * test; read() reuses it.
   */
  private mayNameUnknown(si: number): boolean {
    const { normal, lexicon } = this;
    const end = this.sentences[si]!.end;
    return this.verbsOf(si).some((v, k) => {
      if (lexicon.narrativeOnly.test(v.text)) return false;
      const { verbalNoun, pronounSubject } = verbHead(normal, v.index);
      if (verbalNoun || pronounSubject || this.unknownSpanAfter(v.index + v.text.length, end) === undefined) return false;
      const { before, after } = this.readingOf(si, k);
      return before === undefined && (after === undefined || !after.person);
    });
  }

  /** unknownSpeakerSpan(normal, vEnd, limit), found once per verb (`limit`, its sentence's end, is the same each time). */
  private unknownSpanAfter(vEnd: number, limit: number): { start: number; end: number } | undefined {
    let span = this.spansAfter.get(vEnd);
    if (span === undefined) this.spansAfter.set(vEnd, (span = unknownSpeakerSpan(this.normal, vEnd, limit) ?? null));
    return span ?? undefined;
  }

  /** Learn the unknown name in apposition to a party that speaks for it: after it, or between the verb and the role. */
  private learnName(vEnd: number, speaker: Mention): void {
    const { normal } = this;
    const gap = normal.slice(vEnd, speaker.start);
    // «أكد مؤمن كويفتية عضو بالائتلاف»: the name between the verb and the role.
    const before = NAME_BEFORE_ROLE.exec(gap);
    // «اعتبر عضو الهيئة السياسية في الائتلاف … موفق نيربية، أنه …»: the name right after the party.
    const after = before ? null : NAME_AFTER_PARTY.exec(normal.slice(speaker.end, speaker.end + 60));
    const name = (before ?? after)?.[1]?.trim().split(/\s+/);
    if (!name || name.length < 2 || name.some((w) => NOT_A_NAME.test(w) || NOT_A_SUBJECT.test(w))) return;
    const surname = name[name.length - 1]!;
    if (!this.learnt.has(surname)) this.learnt.set(surname, { speaker: { ...speaker, speakerOnly: false }, order: this.learnt.size });
  }

  /**
   * «قالت وزارة الخارجية الأمريكية … . وأضافت الوزارة أن …», «المجلس الوطني السوري … . وأكد المجلس»: a body named in
   * full before, now by its head noun alone right after the verb.
   */
  private byHeadNoun(last: Mention, vEnd: number, si: number): boolean {
    if (last.person) return false;
    const after = HEAD_NOUN_AFTER.exec(this.normal.slice(vEnd, vEnd + 24));
    if (!after) return false;
    const stem = after[2]!;
    // The word itself, or behind a clitic («والمجلس», «لوزارة»).
    const isHead = (word: string | undefined) =>
      word !== undefined && (word === stem || word === `ال${stem}` || (/^[وفبل]/.test(word) && isHeadBare(word.slice(1))));
    const isHeadBare = (word: string) => word === stem || word === `ال${stem}` || (word.startsWith("لل") && word.slice(2) === stem);
    if (isHead(/^[\u0621-\u064A]+/.exec(this.normal.slice(last.start, last.end))?.[0])) return true;
    // The head of a construct whose genitive is the name («وزارة |الخارجية الأمريكية»).
    if (isHead(/([\u0621-\u064A]+)\s+$/.exec(this.normal.slice(Math.max(0, last.start - 16), last.start))?.[1])) return true;
    // «صرح مصدر رسمي في وزارة الخارجية السورية … . وأضاف المصدر أن …»: the source or official in the body, named
    // before it, now by his role alone; the body may have been named again since («…، مؤكداً رفض دمشق …»).
    const roleOf = (m: Mention) => ROLE_IN_BEFORE.exec(this.normal.slice(Math.max(0, m.start - 48), m.start))?.[1] ?? "";
    for (let k = si; k >= Math.max(0, si - ROLE_REACH); k--) {
      if (this.mentions.in(k).some((m) => m.party === last.party && m.start <= last.start && isHeadBare(roleOf(m)))) return true;
    }
    return false;
  }

  /**
   * The author of the full text an article reproduces («وفيما يلي نص الرسالة:», «ننشر فيما يلي النص الكامل لكلمة وزير
   * الخارجية وليد المعلم …»), for sentence si after the sentence introducing it: the one named right after the text's
   * noun (the speech's or letter's genitive), or else the first one named, not a place, in the sentence before the
   * introduction that names the document (its sender: «وجهت وزارة الخارجية والمغتربين رسالتين … إلى …»); null where
   * si follows no such introduction.
   */
  textAuthor(si: number): Mention | null {
    return this.authorEntry(si)?.author ?? null;
  }

  /** Whether sentence si stands in a signed article (textAuthor names its writer from a byline or an introduction). */
  signedText(si: number): boolean {
    const entry = this.authorEntry(si);
    return entry?.author != null && entry.signed === true;
  }

  /** The entry of `authors` sentence si falls under (textAuthor, signedText), the list read once per article. */
  private authorEntry(si: number): { from: number; author: Mention | null; signed?: true } | undefined {
    if (this.authors === undefined) {
      this.authors = [];
      // (Every introduction holds «نص», «مقال» or «رساله»: most articles hold none, and their sentences are not read
      // again.)
      const introduced = this.normal.includes("نص") || this.normal.includes("مقال") || this.normal.includes("رساله");
      for (let j = 0; introduced && j < this.sentences.length; j++) {
        const t = this.sentences[j]!;
        const text = this.normal.slice(t.start, t.end);
        // «انتهى نص الكلمة»: the text ends; narrative goes on.
        if (TEXT_ENDS.test(text)) {
          this.authors.push({ from: j, author: null });
          continue;
        }
        const sender = () => {
          for (let k = j - 1; k >= 0 && k >= j - 3; k--) {
            const u = this.sentences[k]!;
            const before = this.normal.slice(u.start, u.end);
            if (!DOCUMENT_NOUN.test(before)) continue;
            // «تلقى بان كي مون رسالة من المعلم»: the one after «من»; else the first named before «إلى».
            const upTo = this.recipientOpens(u.start, u.end, this.mentions.in(k));
            const first = RECEIVED.test(before)
              ? this.mentions
                  .in(k)
                  .find((m) => !m.place && FROM_RIGHT_BEFORE.test(this.normal.slice(Math.max(u.start, m.start - 6), m.start)))
              : this.mentions.in(k).find((m) => !m.place && m.end <= upTo);
            if (first) return first;
          }
          return null;
        };
        const intro = textIntroIn(text);
        if (!intro) {
          // A signed article or an open letter introduced: its writer, named in the introduction or the sentences
          // just before it, or else its sender («وجه المنسق العام … رسالة مفتوحة إلى … . وننشر الرسالة كما وصلتنا:»).
          if (mayIntroduceArticle(text) && ARTICLE_INTRO.test(text)) {
            // (Not the one an article answers, «ردا على مقال لافروف»: the letter's sender is then no one named.)
            const sent = sender();
            const writer =
              this.writerBefore(j) ??
              (sent && !ARTICLE_OF_BEFORE.test(this.normal.slice(Math.max(0, sent.start - 8), sent.start)) ? sent : null);
            // (The writer is a person, whatever names his party: «مقالاً لسفير |الجمهورية العربية السورية|».)
            this.authors.push({ from: j + 1, author: writer && { ...writer, person: true, place: false }, signed: true });
          }
          continue;
        }
        const after = t.start + intro.index + intro[0].length;
        // Not the one it was sent to («نص الرسالة الموجهة إلى الأمين العام … من وزارة الخارجية»): the one after «من».
        const near = this.mentions.in(j).filter((m) => m.start >= after && !m.place && this.words.within(after, m.start, 10));
        const named =
          near.find((m) => FROM_RIGHT_BEFORE.test(this.normal.slice(Math.max(after, m.start - 6), m.start))) ??
          near.find((m) => this.words.within(after, m.start, 6) && !TO_BEFORE.test(this.normal.slice(after, m.start)));
        this.authors.push({ from: j + 1, author: named ?? sender() });
      }
      // A signed article's byline or title («بقلم: …», «… يكتب: …»): its writer from the line after it.
      const signed = signedBy(this.normal, this.lexicon, this.mentions.year);
      if (signed) {
        const from = this.sentences.findIndex((t) => t.start >= signed.from);
        if (from >= 0 && !this.authors.some((a) => a.author !== null && a.from <= from)) {
          this.authors.push({ from, author: signed.author, signed: true });
          this.authors.sort((a, b) => a.from - b.from);
        }
      }
    }
    return findLast(this.authors, (a) => a.from <= si);
  }

  /**
   * The writer an introduction names (WRITTEN_BY), in sentence j or one of the two before it: the first one named
   * after those words, within ten words, not his post or his addressee («مقالاً للدكتور رياض حداد سفير سورية لدى
   * روسيا»: Syria's ambassador, not Russia).
   */
  private writerBefore(j: number): Mention | null {
    for (let k = j; k >= 0 && k >= j - 2; k--) {
      const t = this.sentences[k]!;
      const by = WRITTEN_BY.exec(this.normal.slice(t.start, t.end));
      if (!by) continue;
      const after = t.start + by.index + by[0].length;
      // The first one named after the words, his titles between («مقالاً لوزير الخارجية …»); not a name whose first
      // letter is the «ل» the words stop at («مقال لافروف»: his article, answered), nor after a writer who holds no
      // office («مقالاً للكاتب السعودي …»), nor past what the article does («ينتقد فيه لافروف»).
      const named = this.mentions.in(k).find((m) => m.start >= after && m.end > after);
      if (
        named &&
        !(/^مقال/.test(by[0].trimStart()) && named.start === after && !CLITIC_L_TITLE.test(this.normal.slice(after, after + 8))) &&
        (!named.place || ENVOY_OF_BEFORE.test(this.normal.slice(Math.max(after, named.start - 16), named.start))) &&
        this.words.within(after, named.start, 5) &&
        !WRITER_WITHOUT_OFFICE.test(this.normal.slice(after, named.start)) &&
        !POST_OR_ADDRESSEE_BEFORE.test(this.normal.slice(Math.max(after, named.start - 6), named.start))
      )
        return named;
    }
    return null;
  }

  /**
   * Who answers an interview's questions: the person who speaks in its title («فيصل المقداد لـ"الوطن": …»), or else
   * the last person named before its first question.
   */
  private interviewee(si: number): Mention | null {
    if (this.answering !== undefined) return this.answering;
    let found: Mention | null = null;
    let headParty: Mention | null = null;
    for (let j = 0; j < si && !found; j++) {
      const head = this.sentences[j]!;
      if (head.lineKind !== "title" && head.lineKind !== "heading") continue;
      const speakers = this.in(j)
        .filter((f) => f.method === "headline")
        .map((f) => f.speaker);
      found = speakers.find((m) => m.person) ?? null;
      headParty ??= speakers[0] ?? null;
    }
    // Else a person speaking to an outlet in a headline's form on a body line before the first question, where a
    // masthead took the title («الأخبار | العدد … ⏎ سياسة | مقابلة ⏎ بثينة شعبان لـ«الأخبار»: ذاهبون …»).
    for (let j = 0; j < si && !found; j++) {
      const text = this.normal.slice(this.sentences[j]!.start, this.sentences[j]!.end);
      if (QUESTION_MARK_LINE.test(text) || INTERVIEW_TURN.test(text)) break;
      // («باريس - "مونت كارلو" - 19 حزيران 2013 ⏎ ديبلوماسي فرنسي رفيع: لا مكان لإيران …»: a dateline took the title,
      // and the headline is the first body line, its speaker at its start.)
      if (this.sentences[j]!.lineKind === "body" && j <= 2 && !TO_OUTLET.test(text)) {
        const opening = this.in(j).find((f) => f.method === "headline" && f.speaker.start - this.sentences[j]!.start < 3)?.speaker;
        if (opening?.person) found = opening;
        else if (opening) headParty ??= opening;
        continue;
      }
      if (this.sentences[j]!.lineKind !== "body" || !TO_OUTLET.test(text)) continue;
      const toOutlet = this.in(j).find(
        (f) =>
          f.method === "headline" &&
          (TO_OUTLET_AFTER.test(this.normal.slice(f.speaker.end, f.speaker.end + 4)) ||
            (!f.speaker.person && this.unknownNameToOutlet(f.speaker.end, f.start))),
      )?.speaker;
      // («المتحدث باسم الائتلاف لـ«الحياة»: …»: his party only, the person is looked for below.)
      if (toOutlet && !toOutlet.person) headParty ??= toOutlet;
      found = toOutlet?.person ? toOutlet : null;
    }
    // Else the last person named in a sentence presenting the interview («وكان لنا معه الحوار التالي»,
    // «حاوره …», «… المتحدث باسم الهيئة …، وكان هذا الحوار:»), or earlier in its paragraph («… سالم المسلط تحدث إلى
    // "الشرق الأوسط" عن شروط الهيئة. وهنا نص الحوار:»), before its first question; or, where no person there is one the
    // lexicon knows, the party he speaks for (the spokesman of a body named). Not one the interview is said to be
    // about or addressed to («صياغة ردها على المبعوث الأممي»).
    for (let j = 0; j < si && !found; j++) {
      const text = this.normal.slice(this.sentences[j]!.start, this.sentences[j]!.end);
      if (INTERVIEW_TURN.test(text)) break;
      if (!INTERVIEW_INTRO.test(text)) continue;
      for (let k = j; k >= 0 && this.sentences[k]!.line === this.sentences[j]!.line && !found; k--) {
        const named = this.mentions.in(k).filter((m) => !SPOKEN_OF_BEFORE.test(this.normal.slice(Math.max(0, m.start - 8), m.start)));
        // (The party only as the genitive of his title, «المتحدث باسم الهيئة …»: not one he is said to criticise.)
        // (Where the title gave only his party, a person of that party: «أكد رئيس الائتلاف أحمد الجربا أن …، معتبراً أن
        // الوزير الروسي لافروف …» is the Coalition head's interview, not the minister's he speaks of.)
        // (A person speaking in it comes before one he names: «وأكد حجاب في حوار مع «الحياة» … أن "لا مكان للأسد"»; the
        // first, not one a later verb of his takes as its object: «…، وانتقد مواقف لافروف».)
        const speaking = this.in(k)
          .map((f) => f.speaker)
          .filter((sp) => sp.person && named.some((m) => m.start === sp.start));
        found =
          (headParty && !headParty.person ? findLast(named, (m) => m.person && m.party === headParty!.party) : undefined) ??
          speaking[0] ??
          findLast(named, (m) => m.person) ??
          findLast(named, (m) => !m.place && !m.speakerOnly && TITLE_OF.test(this.normal.slice(Math.max(0, m.start - 64), m.start))) ??
          null;
      }
    }
    // Else the party of the title's speaker («المتحدث باسم "الهيئة العليا للمفاوضات": لن ندخل …»): the interview's
    // headline quotes the one interviewed.
    found ??= headParty;
    this.answering = found;
    return found;
  }

  /**
   * Whether the dashed line sentence si opens answers by the turns of a dashed interview: walking back over the lines
   * before it, each opened by a dash, to one that is surely a question (its line ends in a question mark), an odd
   * number of dashed lines back («- هل …؟ ⏎ - … ⏎ - المعارضة تقول إن … . ⏎ - نحن قلنا …»: the statement put to him
   * is a question, and the line after it the answer). A line opened by no dash ends the walk.
   */
  private dashTurnAnswers(si: number): boolean {
    let turns = 0;
    for (let j = si - 1; j >= 0 && si - j < DASH_TURNS_REACH; j--) {
      const line = this.sentences[j]!;
      if (j > 0 && this.sentences[j - 1]!.line === line.line) continue;
      if (!QUESTION_DASH.test(this.normal.slice(line.start, line.end))) return false;
      turns++;
      let k = j;
      while (k + 1 < si && this.sentences[k + 1]!.line === line.line) k++;
      if (/[?؟]\s*$/.test(this.normal.slice(this.sentences[k]!.start, this.sentences[k]!.end))) return turns % 2 === 1;
    }
    return false;
  }

  /**
   * Whether sentence si opens its line right after a line ending in a question mark (an interview's question): after
   * a dash opening the answer, or, with none, after a question line of its own that a marker or an interrogative opens
   * («١- هل حسمتم قرار المشاركة؟», «* وماذا عن …؟»).
   */
  private answersQuestion(si: number, dashed: boolean): boolean {
    const s = this.sentences[si]!;
    const prev = this.sentences[si - 1];
    if (prev === undefined || prev.line === s.line) return false;
    const question = this.normal.slice(prev.start, prev.end);
    // (A remark after the question is read before an answer opened by a dash or by a mark of its own: «■ وماذا عن
    // إيران؟ هناك من يرفض حضورها. ⏎ □ نحن مع مشاركتها …».)
    if (!/[?؟]\s*$/.test(question))
      return (
        ((dashed || ANSWER_MARK.test(this.normal.slice(s.start, s.end))) && this.remarkedQuestion(si - 1)) ||
        (dashed && this.dashTurnAnswers(si))
      );
    if (dashed || (QUESTION_LINE.test(question) && (si < 2 || this.sentences[si - 2]!.line !== prev.line))) return true;
    // «■ المعارضة تشترط … . كيف تردون؟ ⏎ □ …»: a question of several sentences, its line opened by a marker; or
    // an answer opened by a mark of its own («□», «••»); or a question opened by a dash before an answer with none
    // («- هل ستشاركون؟ ⏎ لن نشارك …»).
    let q = si - 1;
    while (q > 0 && this.sentences[q - 1]!.line === prev.line) q--;
    const opening = this.normal.slice(this.sentences[q]!.start, this.sentences[q]!.end);
    return (
      QUESTION_MARK_LINE.test(opening) ||
      ANSWER_MARK.test(this.normal.slice(s.start, s.end)) ||
      (QUESTION_DASH.test(opening) && !ANSWER_DASH.test(this.normal.slice(s.start, s.end)) && !this.tatweelDash(si))
    );
  }

  /**
   * Whether normal[from, colon) is a name the lexicon does not know, then the outlet spoken to (NAME_TO_OUTLET):
   * words that may make a name, none of them a particle or a subject word.
   */
  private unknownNameToOutlet(from: number, colon: number): boolean {
    const gap = this.normal.slice(from, colon);
    if (!NAME_TO_OUTLET.test(gap)) return false;
    const name = gap
      .slice(0, gap.search(/\sل\s*"/))
      .trim()
      .split(/\s+/);
    return name.every((w) => !NOT_A_NAME.test(w) && !NOT_A_SUBJECT.test(w) && !NOT_A_SPEAKER.test(w));
  }

  /**
   * Whether sentence si opens its line after a dash of tatweels («ــ لا شروط مسبقة لدينا.», «ـــ نحن مع مشاركتها.»):
   * normalising deletes the tatweels and leaves the space after them, the only thing before the sentence on its line.
   * An answer set off so is read as one set off by «- ».
   */
  private tatweelDash(si: number): boolean {
    const s = this.sentences[si]!;
    const prev = this.sentences[si - 1];
    if (this.normal.charCodeAt(s.start - 1) !== 32 || (prev !== undefined && prev.line === s.line)) return false;
    const lineStart = this.normal.lastIndexOf("\n", s.start - 1) + 1;
    return lineStart >= (prev?.end ?? 0) && /^ +$/.test(this.normal.slice(lineStart, s.start));
  }

  /**
   * Whether the line of sentence `last` is an interview's question followed by the interviewer's remark: opened by a
   * marker, a question mark ending one of its earlier sentences («* ماذا عن إيران؟ هناك من يطالب بإشراكها.», «■ وماذا
   * عن إيران؟ هناك من يقول إن الحل لن يكون من دونها.»). Read only for an answer set off by a dash or a mark («□»).
   * Or a remark with no question mark put as the question, its line opened by a marker, where the line before it is
   * an answer set off by a dash or a mark («- … ⏎ • لكن الائتلاف يتحدث عن عدم العودة إلى الجولة الثانية. ⏎ - هذه شروط مسبقة
   * …»): the interviewer puts a claim to the one interviewed, who answers it.
   */
  private remarkedQuestion(last: number): boolean {
    const line = this.sentences[last]!.line;
    let q = last;
    while (q > 0 && this.sentences[q - 1]!.line === line) q--;
    if (!QUESTION_MARK_LINE.test(this.normal.slice(this.sentences[q]!.start, this.sentences[q]!.end))) return false;
    if (q > 0) {
      let a = q - 1;
      while (a > 0 && this.sentences[a - 1]!.line === this.sentences[q - 1]!.line) a--;
      const answer = this.normal.slice(this.sentences[a]!.start, this.sentences[a]!.end);
      if (ANSWER_DASH.test(answer) || ANSWER_MARK.test(answer) || this.tatweelDash(a)) return true;
    }
    if (q === last) return false;
    for (let k = q; k < last; k++) {
      const t = this.sentences[k]!;
      if (/[?؟]\s*$/.test(this.normal.slice(t.start, t.end))) return true;
    }
    return false;
  }

  /**
   * The two sides: the first two parties named before `pos` in this sentence (who met and whom: «اتصل روحاني ببوتين
   * بعد يوم من إعلان السعودية …»), else the first two of the sentence before and this one.
   */
  private pairBefore(si: number, pos: number, far = false): [Mention, Mention] | undefined {
    const own = this.mentions.in(si).filter((m) => m.end <= pos && !m.place && !m.speakerOnly);
    const firstTwo = (named: readonly Mention[]): [Mention, Mention] | undefined => {
      const first = named[0];
      const second = first && named.find((m) => m.party !== first.party);
      return first && second ? [first, second] : undefined;
    };
    const named = (j: number) => this.mentions.in(j).filter((m) => !m.place && !m.speakerOnly);
    let pair = firstTwo(own) ?? (si > 0 ? firstTwo([...named(si - 1), ...own]) : undefined);
    // («عقد خادم الحرمين الشريفين والرئيس الفرنسي جلسة مباحثات. وأعرب الجانبان …، وأكدا دعمهما للائتلاف. وشدد
    // الجانبان …»: the two named a sentence or two further back, where the sentences between name no pair.)
    // (Not past a sentence naming two other sides, «بين وفدي الحكومة والمعارضة»: they are the two then.)
    for (let j = si - 2; far && pair === undefined && j >= 0 && j >= si - PAIR_REACH; j--) {
      const between = this.sentences[j + 1]!;
      if (TWO_SIDES_NAMED.test(this.normal.slice(between.start, between.end))) break;
      pair = firstTwo(named(j));
    }
    return pair;
  }

  /**
   * The states whose ministers speak as «الوزراء» in sentence si: a group whose states' ministers met, or else the last
   * list of states named right after «وزراء خارجية» in that sentence or the ones before (MINISTERS_REACH in all),
   * joined by «و» or commas; at least two of them.
   */
  private ministersOf(si: number): Mention[] | undefined {
    const { normal } = this;
    const reach = si - MINISTERS_REACH;
    // «وزراء خارجية الدول الإحدى عشرة الأساسية في مجموعة أصدقاء سوريا»: the ministers of a group's states are the
    // group, whatever states are listed as attending («وشارك في الاجتماع وزراء خارجية …»: CONTRACT.md).
    for (let j = si; j >= 0 && j > reach; j--) {
      const group = this.mentions.in(j).find((m) => MINISTERS_OF_GROUP.test(normal.slice(Math.max(0, m.start - 90), m.start)));
      if (group) return [group];
    }
    for (let j = si; j >= 0 && j > reach; j--) {
      const named = this.mentions.in(j);
      for (let k = named.length - 1; k >= 0; k--) {
        const first = named[k]!;
        if (!MINISTERS_OF.test(normal.slice(Math.max(0, first.start - 30), first.start))) continue;
        const list = [first];
        for (let n = k + 1; n < named.length && LIST_GAP.test(normal.slice(list[list.length - 1]!.end, named[n]!.start)); n++)
          if (!list.some((m) => m.party === named[n]!.party)) list.push(named[n]!);
        // «اجتماع المجموعة الأساسية لأصدقاء الشعب السوري، الذي شارك فيه وزراء خارجية بريطانيا وفرنسا …»: the states
        // attending a group's meeting named before them are the group (CONTRACT.md).
        const meeting = named.find(
          (m) => m.end <= first.start && !m.place && MEETING_OF_GROUP.test(normal.slice(Math.max(0, m.start - 40), m.start)),
        );
        if (list.length > 1) return meeting ? [meeting] : list;
      }
    }
    return undefined;
  }

  /**
   * Whether «البيان» in sentence si is the statement of `last`: named in the sentence before, which issues one or
   * tells of a meeting («أصدر الائتلاف بياناً», «اجتمع وزراء خارجية …»), or the one that sentence quotes a statement
   * of («وجاء في بيان الوزارة أن …»); not one it criticised or welcomed («انتقد الائتلاف بيان الخارجية الروسية»), nor
   * one issued by someone the lexicon does not know («أصدر مجلس الأمن بياناً»).
   */
  private issuedBefore(si: number, last: Mention): boolean {
    const prev = this.sentences[si - 1];
    if (prev === undefined) return false;
    // «وأكد البيان الختامي … . واشترط البيان …»: the statement read as the speaker's in the sentence before.
    if (
      this.in(si - 1).some(
        (f) => f.speaker === last && f.method === "continuation" && STATEMENT_AFTER.test(this.normal.slice(f.end, f.end + 40)),
      )
    )
      return true;
    if (!ISSUED.test(this.normal.slice(prev.start, prev.end))) return false;
    return (last.start >= prev.start && last.end <= prev.end) || this.in(si - 1).some((f) => f.speaker === last);
  }

  /**
   * Whether the words right after a verb ending at `vEnd` are the title of a state or body with no party id
   * (lexicon otherOffices: «وزير الخارجية الصيني», «الأمين العام لمجلس التعاون»), no party the lexicon knows named
   * in it before what is said («الأمين العام لحزب الله إن …» is Hezbollah's).
   */
  private otherOfficeAfter(vEnd: number, limit: number, inSentence: readonly Mention[]): boolean {
    const office = this.lexicon.otherOffice?.exec(this.normal.slice(vEnd, Math.min(limit, vEnd + 80)));
    if (!office) return false;
    const rest = this.normal.slice(vEnd + office[0].length, Math.min(limit, vEnd + office[0].length + 80));
    const said = OFFICE_SPEECH_STARTS.exec(rest);
    const to = vEnd + office[0].length + (said ? said.index : rest.length);
    return !inSentence.some((m) => m.start >= vEnd && m.start < to);
  }

  /** Whether an anaphoric title («الوزير», «المتحدثة») and nothing else stands between `from` and `to`. */
  private titleOnlyBetween(from: number, to: number): boolean {
    const gap = this.normal.slice(from, to);
    const title = this.lexicon.anaphoricTitle?.exec(gap) ?? FEMININE_TITLE.exec(gap);
    return title !== null && /^\s*$/.test(gap.slice(title[0].length));
  }

  /**
   * Who goes on speaking in a verb with no subject of its own, `last` in effect: `last`, unless it is a party named
   * as the subject of an event sentence and the verb does not agree with it («وعقدت روسيا مؤتمراً صحفياً. وتابع أن …»:
   * «تابع» is not hers), when the person speaking before that sentence goes on, if any. The event verb's gender (a
   * past verb ending in «ت» is feminine) is read against the verb's, where its letters tell it (MASCULINE_SAYING,
   * FEMININE_SAYING: «تمسك», «تعهد», «لفت» are not read by their letters).
   */
  private carriedInto(last: Mention, verb: string): Mention | null {
    if (last.person) return last;
    const si = sentenceIndex(this.sentences, last.start);
    if (si < 0) return last;
    const from = this.sentences[si]!.start;
    const event = OPENING_WORD.exec(this.normal.slice(from, from + 16));
    // A head noun before the party («واجتمع ممثلو المعارضة»): the verb agrees with it, not with the party.
    if (!event || !VSO_SUBJECT_BARE.test(this.normal.slice(from, last.start))) return last;
    const word = verb.replace(/^[وف]/, "");
    const agrees = /ت\s$/.test(event[0]) ? !MASCULINE_SAYING.test(word) : !FEMININE_SAYING.test(word);
    if (agrees) return last;
    const before = this.lastBefore(si);
    return before?.person ? before : null;
  }

  /**
   * A person named in full in one of the ten sentences before si, if the word right after `pos` (a verb's end) is
   * the last word of that name («وأضاف حجاب», «وأكد العربي»): that person, at the word.
   */
  private surnameAt(si: number, pos: number): Mention | undefined {
    const surname = this.nameWordAt(pos);
    if (!surname) return undefined;
    // A name ending in the word holds it after a space, as a whole word, past the start of its own sentence's
    // names (the end of the sentence before), and before the verb unless a name runs on past this sentence's start.
    // A sentence whose names could hold none of the word's places is passed over without its names looked up (a
    // costly lookup, which nothing else may need in the sentences before).
    const runsOn = this.mentions.mayRunInto(si);
    const last = runsOn ? Infinity : this.lastWordAt(surname.word, si > 10 ? this.sentences[si - 11]!.end : 0, surname.start);
    for (let j = si - 1; j >= 0 && j >= si - 10; j--) {
      if ((j > 0 ? this.sentences[j - 1]!.end : 0) > last) continue;
      for (const n of this.mentions.in(j)) {
        if (!n.person) continue;
        const name = this.normal.slice(n.start, n.end);
        const space = name.lastIndexOf(" ");
        if (space > 0 && name.slice(space + 1) === surname.word)
          return { ...n, start: surname.start, end: surname.start + surname.word.length };
      }
    }
    return undefined;
  }

  /**
   * The one named first in sentence si, right at its head or after «أما», when nothing said comes between him and
   * the verb at `verbStart` (no «أن», colon or quotation mark, no other name, no clause break).
   * Example: "أما الجبير فخرج إلى الصحافيين ليكرر: …" → jubeir
   */
  private openingSubject(si: number, verbStart: number): Mention | undefined {
    const s = this.sentences[si]!;
    // (A place or party named inside an aside between commas is not a second subject: «…، خلال زيارته موسكو، ليؤكد».)
    const aside = ASIDE_BETWEEN_COMMAS.exec(this.normal.slice(s.start, verbStart));
    const asideStart = aside ? s.start + aside.index : verbStart;
    const asideEnd = aside ? asideStart + aside[0].length : verbStart;
    const named = this.mentions.in(si).filter((m) => m.start < verbStart && !(m.start >= asideStart && m.end <= asideEnd));
    const first = named[0];
    if (!first || named.length > 1 || first.place || first.speakerOnly) return undefined;
    if (!OPENING_SUBJECT_HEAD.test(this.normal.slice(s.start, first.start))) return undefined;
    const between =
      asideStart > first.end
        ? this.normal.slice(first.end, asideStart) + " " + this.normal.slice(asideEnd, verbStart)
        : this.normal.slice(first.end, verbStart);
    if (REPORTED_CLAUSE.test(between) || /[،,؛]/.test(between) || this.boundaries.crosses(first.end, verbStart)) return undefined;
    return fewWordsBetween(between) ? first : undefined;
  }

  /**
   * Whether sentence si opens on «أما», puts `m` first (after at most his title) and takes him up by «، ف» and a verb
   * before `to`: «أما المبعوث الأممي ستيفان دي ميستورا، فحاول …», «أما الخارجية الروسية فرفضت …».
   */
  private topicTakenUp(si: number, m: Mention, to: number): boolean {
    const s = this.sentences[si]!;
    return (
      TOPIC_OPENS.test(this.normal.slice(s.start, Math.min(s.end, s.start + 8))) &&
      TOPIC_OPENED.test(this.normal.slice(s.start, m.start)) &&
      TOPIC_TAKEN_UP.test(this.normal.slice(m.end, to))
    );
  }

  /**
   * The party whose meeting or statement the sentence before si opens on (its verb, then the party within a few
   * words), or the one before that when the sentence between only quotes the statement («وجاء في البيان الختامي
   * أن …», its author unnamed).
   * Example: "اختتم مجلس جامعة الدول العربية اجتماعه في القاهرة. وأكد البيان الختامي أن …" → arab_league
   */
  private meetingBefore(si: number): Mention | undefined {
    for (let back = 1; back <= 2 && si - back >= 0; back++) {
      const prev = this.sentences[si - back]!;
      const text = this.normal.slice(prev.start, prev.end);
      if (back === 2 && !STATEMENT_QUOTED.test(this.normal.slice(this.sentences[si - 1]!.start, this.sentences[si - 1]!.end)))
        return undefined;
      // («بعد يومين من النقاشات في أحد فنادق إسطنبول، خرجت الهيئة العامة للائتلاف … بقرار …»: past a phrase of time
      // or place fronted before a comma.)
      const fronted = FRONTED_ADVERBIAL.exec(text);
      const head = fronted ? fronted[0].length : 0;
      if (!MEETING_ENDED.test(text.slice(head, head + 80))) continue;
      const first = this.mentions.in(si - back).find((m) => m.start >= prev.start + head);
      if (
        !first ||
        first.place ||
        first.speakerOnly ||
        first.start - prev.start - head > 40 ||
        isLocative(this.normal, this.lexicon, first)
      )
        return undefined;
      if (
        !MEETING_ENDED.test(this.normal.slice(prev.start, first.start)) &&
        !MEETING_ENDED.test(this.normal.slice(first.end, first.end + 80)) &&
        // («خرجت |الهيئة العامة للائتلاف| بقرار»: the verb before, what it came out with after.)
        !(
          EMERGED_BEFORE.test(this.normal.slice(prev.start + head, first.start)) &&
          MEETING_ENDED.test(this.normal.slice(prev.start + head, first.end + 80))
        )
      )
        return undefined;
      return first;
    }
    return undefined;
  }

  /**
   * The body whose gathering the article told of before `pos` in sentence si (or up to GATHERING_REACH sentences
   * back): the party named right after a gathering («مؤتمر القاهرة للمعارضة السورية»), or the first one named in a
   * sentence opening on a meeting held or ended («اختتمت قوى المعارضة السورية مؤتمرها …»); not a place nor a person.
   * Example: "اختتم مؤتمر المعارضة السورية في الرياض أعماله. … واشترط المجتمعون أن …" → syrian_opposition
   */
  private gatheringBefore(si: number, pos: number): Mention | undefined {
    const { normal } = this;
    for (let j = si; j >= 0 && j > si - GATHERING_REACH; j--) {
      const s = this.sentences[j]!;
      const named = this.mentions.in(j).filter((m) => m.end <= pos && !m.place && !m.person && !isLocative(normal, this.lexicon, m));
      const body = findLast(named, (m) => GATHERING_OF_BEFORE.test(normal.slice(Math.max(s.start, m.start - 48), m.start)));
      if (body) return body;
      const first = this.mentions.in(j)[0];
      if (
        first &&
        named.includes(first) &&
        first.start - s.start <= 40 &&
        MEETING_ENDED.test(normal.slice(s.start, Math.min(s.end, s.start + 80)))
      )
        return first;
    }
    return undefined;
  }

  /**
   * The one whose meeting ended or whose statement was issued, named first in sentence si right after the verb
   * opening it, before `verbStart`.
   * Example: "اختتم وزراء خارجية مجموعة أصدقاء سوريا اجتماعهم ببيان ختامي أكدوا فيه أن …" → friends_of_syria
   */
  private issuerOpening(si: number, verbStart: number): Mention | undefined {
    const s = this.sentences[si]!;
    if (!MEETING_ENDED.test(this.normal.slice(s.start, Math.min(s.end, s.start + 16)))) return undefined;
    const first = this.mentions.in(si)[0];
    if (!first || first.place || first.speakerOnly || first.end > verbStart || first.start - s.start > 80) return undefined;
    return first;
  }

  /**
   * The issuer of a statement whose words end at `from` in sentence si, named in its genitive (STATEMENT_GENITIVE_GAP):
   * a party or group, not a place («البيان الختامي لاجتماع لندن») nor a person.
   * Example: "وأكد البيان الختامي لاجتماع وزراء خارجية مجموعة أصدقاء سوريا، الذي …، أن …" → friends_of_syria
   */
  private statementIssuerAt(si: number, from: number, to: number): Mention | undefined {
    const issuer = this.mentions.in(si).find((m) => m.start >= from && m.start < to);
    if (!issuer || issuer.place || issuer.person || issuer.speakerOnly || isLocative(this.normal, this.lexicon, issuer)) return undefined;
    return STATEMENT_GENITIVE_GAP.test(this.normal.slice(from, issuer.start)) ? issuer : undefined;
  }

  /**
   * The issuer of the statement sentence si opens on as the subject of the verb at `verbStart`, no other verb of
   * saying and nothing said coming between them (asides, the states that attended, are passed over).
   * Example: "فالبيان الختامي لاجتماع «أصدقاء سوريا» في لندن، بمشاركة إحدى عشرة دولة …، نص صراحة على أن …" → friends_of_syria
   */
  private statementOpening(si: number, verbStart: number): Mention | undefined {
    const s = this.sentences[si]!;
    const head = STATEMENT_OF_OPENS.exec(this.normal.slice(s.start, verbStart));
    if (!head) return undefined;
    const issuer = this.statementIssuerAt(si, s.start + head[0].length, verbStart);
    if (!issuer || this.verbsOf(si).some((v) => v.index > issuer.end && v.index < verbStart)) return undefined;
    // (The quotation mark closing the issuer's name, «لاجتماع «أصدقاء سوريا» في لندن», opens nothing said.)
    return REPORTED_CLAUSE.test(this.normal.slice(issuer.end, verbStart).replace(/^"/, "")) ? undefined : issuer;
  }

  /**
   * The group (or league) named last in sentence si before `pos` or in the GROUP_REACH sentences before it.
   * Example: "… في مجموعة "أصدقاء سورية" … . وقال البيان الختامي لاجتماع لندن إن …" → friends_of_syria
   */
  private groupBefore(si: number, pos: number): Mention | undefined {
    const { normal } = this;
    for (let j = si; j >= 0 && j > si - GROUP_REACH; j--) {
      const group = findLast(
        this.mentions.in(j),
        (m) =>
          m.end <= pos &&
          !m.place &&
          !m.person &&
          (GROUP_NAME.test(normal.slice(m.start, m.end) + " ") || GROUP_BEFORE.test(normal.slice(Math.max(0, m.start - 40), m.start))),
      );
      if (group) return group;
    }
    return undefined;
  }

  /**
   * Where the asking may open in sentence s, past a phrase of time or place set off by a comma (OPENING_ADVERBIAL) or
   * the interview the question was put in (INTERVIEW_OPENING), up to the verb at `verbStart`.
   */
  private askingHead(s: Sentence, verbStart: number): number {
    const opening = this.normal.slice(s.start, verbStart);
    const adverbial = OPENING_ADVERBIAL.exec(opening) ?? INTERVIEW_OPENING.exec(opening);
    return s.start + (adverbial?.[0].length ?? 0);
  }

  /**
   * The one asked, when sentence si opens (after a phrase of time or place set off by a comma) on the passive of
   * asking and names him right after it, and no other speech verb comes before the verb at `verbStart`.
   * Example: "سئل دي ميستورا عن مستقبل الرئاسة، فأجاب بأن …" → de_mistura; "وحين طرح السؤال على لافروف، رد بأن …" →
   * lavrov (`joined`: the verb is joined by «ف»)
   */
  private askedAt(si: number, verbStart: number, joined: boolean): Mention | undefined {
    const s = this.sentences[si]!;
    // Cheap gate for the unjoined verb (every verb with no subject comes here): a word of time near the head.
    if (!joined && !WHEN_NEAR_HEAD.test(this.normal.slice(s.start, Math.min(verbStart, s.start + 120)))) return undefined;
    const head = this.askingHead(s, verbStart);
    const asked = ASKED_OPENS.exec(this.normal.slice(head, verbStart));
    if (!asked) return this.askedActiveAt(si, head, verbStart, joined);
    // An answer not joined by «ف» answers only where the asking was a clause of time («حين سُئل …، ردّ بأن …»).
    if (!joined && !ASKED_WHEN.test(asked[0])) return undefined;
    const from = head + asked[0].length;
    // («وسُئل عن مشاركة إيران، فقال …»: one named in what he was asked about is not the one asked.)
    if (ASKED_ABOUT_NEXT.test(this.normal.slice(from, verbStart))) return undefined;
    const subject = this.mentions.in(si).find((m) => m.start >= from);
    // (His office may come first: «وعندما سُئلت |المتحدثة| ماري هارف عن …، قالت …».)
    const titled =
      subject !== undefined && OFFICE_OPENS_TITLE.test(this.normal.slice(from, subject.start)) && this.words.within(from, subject.start, 4);
    if (!subject || subject.place || subject.end > verbStart || !(titled || this.words.within(from, subject.start, 1))) return undefined;
    if (this.verbsOf(si).some((w) => w.index > head && w.index < verbStart)) return undefined;
    // Unjoined, the one asked is named right after the asking («حين سُئل لافروف …»), not the one asked about («حين
    // سُئل عن مصير الرئيس الأسد، قال المبعوث …»).
    if (!joined && subject.start !== from && !titled) return undefined;
    return subject;
  }

  /**
   * The one asked, when sentence si opens (as in askedAt) on the active of asking, the one asking and the one asked
   * after it, then «عن/حول/بشأن»: the name right before that word, the answer joined by «ف» (or the asking a clause of
   * time). Example: "سألت الصحيفة الجربا عن شروط الائتلاف، فقال إن …" → jarba
   */
  private askedActiveAt(si: number, head: number, verbStart: number, joined: boolean): Mention | undefined {
    const asking = ASKED_ACTIVE_OPENS.exec(this.normal.slice(head, verbStart));
    if (!asking || (!joined && !ASKED_WHEN.test(asking[0]))) return undefined;
    const about = head + asking[0].length;
    const asked = findLast(this.mentions.in(si), (m) => m.start >= head && m.end <= about);
    if (!asked || asked.place || !/^\s*$/.test(this.normal.slice(asked.end, about - asking[1]!.length))) return undefined;
    return this.verbsOf(si).some((w) => w.index > head && w.index < verbStart) ? undefined : asked;
  }

  /**
   * Whether sentence si opens (as in askedAt) on the active of asking with the pronoun of the one asked («سأله», «وحين
   * سألها»), then the one asking and «عن/حول/بشأن», the answer joined by «ف» (or the asking a clause of time), and no
   * other speech verb before the verb at `verbStart`: the one asked is the speaker carried in.
   * Example: "وحين سأله مقدم البرنامج عن مصير الرئيس أجاب: …" → true
   */
  private askedHimAt(si: number, verbStart: number, joined: boolean): boolean {
    const s = this.sentences[si]!;
    const head = this.askingHead(s, verbStart);
    const asking = ASKED_HIM_OPENS.exec(this.normal.slice(head, verbStart));
    if (!asking || (!joined && !ASKED_WHEN.test(asking[0]))) return false;
    return !this.verbsOf(si).some((w) => w.index > head && w.index < verbStart);
  }

  /**
   * Whether sentence si opens (as in askedAt) on the passive of asking with no one named as asked, right before what
   * about («وسُئل عن …», «وحين سُئل حول …»), the answer joined by «ف» (or the asking a clause of time), and no other
   * speech verb before the verb at `verbStart`: the one speaking before is the one asked, who answers.
   * Example: "وحين سُئل عن مصير الأسد، أجاب بأن …" → true
   */
  private askedUnnamedAt(si: number, verbStart: number, joined: boolean): boolean {
    const s = this.sentences[si]!;
    const head = this.askingHead(s, verbStart);
    const asked = ASKED_OPENS.exec(this.normal.slice(head, verbStart));
    if (!asked || (!joined && !ASKED_WHEN.test(asked[0]))) return false;
    const from = head + asked[0].length;
    const about = ASKED_ABOUT_NEXT.exec(this.normal.slice(from, verbStart));
    if (!about) return false;
    const aboutAt = from + about[0].length;
    if (this.mentions.in(si).some((m) => m.start >= from && m.end <= aboutAt && !WITH_BEFORE.test(this.normal.slice(from, m.start))))
      return false;
    return !this.verbsOf(si).some((w) => w.index > head && w.index < verbStart);
  }

  /**
   * The person named last in the sentence before si, when si opens on «الرجل» (or «الرجل نفسه») as the subject
   * of the verb at `verbStart`, with no name and no clause break between them.
   * Example: "لم يغير الوزير عادل الجبير موقفه. الرجل خرج ليقول إن …" → jubeir
   */
  private theManAt(si: number, verbStart: number): Mention | undefined {
    if (si === 0) return undefined;
    const s = this.sentences[si]!;
    if (!THE_MAN_OPENING.test(this.normal.slice(s.start, verbStart))) return undefined;
    if (this.mentions.in(si).some((m) => m.start < verbStart)) return undefined;
    return findLast(this.mentions.in(si - 1), (m) => m.person && !m.speakerOnly);
  }

  /**
   * The last offset in [from, to) where `word` stands after a space and before no letter or digit (as a name's last
   * word does), or -1.
   */
  private lastWordAt(word: string, from: number, to: number): number {
    const { normal } = this;
    let last = -1;
    for (let at = normal.indexOf(word, from); at >= 0 && at < to; at = normal.indexOf(word, at + 1))
      if (normal.charCodeAt(at - 1) === 0x20 && !isNameLetter(normal.charCodeAt(at + word.length))) last = at;
    return last;
  }

  /** The frames of sentence si, in text order. */
  in(si: number): readonly Frame[] {
    let frames = this.carried[si];
    if (frames) return frames;
    const lastIn = this.lastBefore(si);
    frames = lastIn === null ? this.readAlone(si).frames : this.read(si, lastIn, Infinity).frames;
    this.carried[si] = frames;
    return frames;
  }

  /** The speakers the lexicon does not know named in sentence si (its frames read first). */
  unknownIn(si: number): Array<{ start: number; end: number; sentence: number }> {
    this.in(si);
    const out: Array<{ start: number; end: number; sentence: number }> = [];
    for (const u of this.unknown.values()) if (u.sentence === si) out.push(u);
    return out;
  }

  /**
   * The unknown speakers of the sentences read so far, in text order. The sentences the walk for learnt names
   * passed over count as read: those that may name one are read now.
   */
  unknownSpeakers(): Array<{ start: number; end: number; sentence: number }> {
    this.passedOver.forEach((_, si) => {
      if (!this.alone[si] && this.mayNameUnknown(si)) this.readAlone(si);
    });
    return [...this.unknown.values()].sort((a, b) => a.start - b.start);
  }

  /**
   * Whether frame f is an interview's answer: the one interviewed, a person or the body he speaks for («المتحدث باسم
   * الهيئة: …» answering as «نحن»), speaks the sentences of his answer that name no speaker of their own.
   */
  answers(f: Frame): boolean {
    return f.method === "headline" && this.answering != null && f.speaker === this.answering;
  }

  /** The one an interview's questions are put to (interviewee), where sentence si is read as part of one. */
  interviewed(si: number): Mention | null {
    return this.interviewee(si);
  }

  /** The speaker in effect when sentence si starts (the last one named before it), if any. */
  speakerAt(si: number): Mention | undefined {
    return this.lastBefore(si) ?? undefined;
  }

  /** Whether mention m is the named subject of a speech frame of sentence si. */
  spokenBy(si: number, m: Mention): boolean {
    return this.in(si).some((f) => f.method === "frame" && f.speaker === m);
  }

  /**
   * Where the last phrase naming the one a message or words were for opens in [from, to) (RECIPIENT_OPENS), or `to`:
   * a name after it is the recipient. (Not «إلى» a place, a title's: «المبعوث الخاص للأمين العام إلى سورية ستافان دي
   * ميستورا …، التي قال فيها».)
   */
  private recipientOpens(from: number, to: number, inSentence: readonly Mention[]): number {
    const head = this.normal.slice(from, to);
    let upTo = to;
    RECIPIENT_OPENS.lastIndex = 0;
    for (let r = RECIPIENT_OPENS.exec(head); r; r = RECIPIENT_OPENS.exec(head)) {
      const word = r[1] ?? r[2]!;
      const opens = from + r.index + r[0].length - word.length;
      const next = inSentence.find((m) => m.start >= opens);
      if (!(next?.place && this.words.within(opens + word.length, next.start, 0))) upTo = opens;
    }
    return upTo;
  }

  /** The speaker in effect when sentence si starts. */
  private lastBefore(si: number): Mention | null {
    // Walk back to a sentence that decides (or one already answered), then note the answer for every sentence
    // passed, so many cues after a long speakerless stretch do not each walk it again.
    let j = si - 1;
    let found: Mention | null = null;
    // The first sentence whose speaker after it is the answer (none before the first).
    let from = 0;
    for (; ; j--) {
      const dropped = this.droppedSubject(j + 1);
      if (dropped) {
        found = dropped;
        from = j + 1;
        break;
      }
      if (j < 0) {
        found = this.protagonist;
        break;
      }
      const known = this.speakerAfter[j];
      if (known !== undefined) {
        found = known;
        from = j;
        break;
      }
      const read = this.readAlone(j);
      if (read.decided) {
        found = read.last;
        from = j;
        break;
      }
    }
    for (let k = from; k < si; k++) this.speakerAfter[k] = found;
    return found;
  }

  private readAlone(si: number): SentenceFrames {
    return (this.alone[si] ??= this.read(si, null, this.passedOver[si] ?? Infinity));
  }

  /** What verb k of sentence si owes to the sentence alone, kept for reading it again with another speaker carried in. */
  private readingOf(si: number, k: number): VerbReading {
    return ((this.verbReadings[si] ??= [])[k] ??= this.readVerb(this.verbsOf(si)[k]!, this.mentions.in(si), this.sentences[si]!.start));
  }

  /**
   * Sentence si's speech verbs: the same whatever speaker is carried in, so found once. Not one inside a condition
   * («في حال وافقت طهران», «إذا أعلنت»): what would be said is no one's saying.
   */
  private verbsOf(si: number): readonly Hit[] {
    const s = this.sentences[si]!;
    return (this.verbs[si] ??= this.present.mayMatch(this.lexicon.keywordSlots.speechVerb, si)
      ? matchesIn(this.lexicon.speechVerb, this.normal, s.start, s.end).filter(
          (v) =>
            !CONDITION_BEFORE.test(this.normal.slice(Math.max(s.start, v.index - 12), v.index)) &&
            // «إلا إذا سحبت الحرس الثوري من سوريا وأعلنت التزامها …»: a verb joined by «و» to a condition's verb is
            // the condition's too.
            !(/^[وف]/.test(v.text) && CONDITION_JOINED.test(this.normal.slice(Math.max(s.start, v.index - 90), v.index))) &&
            // «بحسب», «وفقاً لـ» name a source only heading the sentence or right after a quotation («…"، بحسب …»):
            // elsewhere they are "according to" a plan or a decision («ستشكل وفقاً لقرارات الجامعة»).
            // Nor one set off by commas after another's verb of saying («أبلغ كيري حجاب، بحسب مصادر في المعارضة، أن
            // …»): the source of the report, not its speaker.
            (!SOURCE_WORD.test(v.text) ||
              (SOURCE_PLACE.test(this.normal.slice(Math.max(s.start, v.index - 8), v.index)) &&
                !(
                  COMMA_RIGHT_BEFORE.test(this.normal.slice(Math.max(s.start, v.index - 8), v.index)) &&
                  matchesIn(this.lexicon.speechVerb, this.normal, s.start, v.index).some((w) => !SOURCE_WORD.test(w.text))
                ))) &&
            // «ولا تتفق واشنطن مع موسكو على أن …»: an agreement denied says nothing of the speaker's own.
            !(AGREEING.test(v.text) && NEGATED_RIGHT_BEFORE.test(this.normal.slice(Math.max(s.start, v.index - 6), v.index))) &&
            // «وهذا لا يضيف إلى مصداقية الأمم المتحدة»: adding denied is no one's going on speaking.
            !(ADDING.test(v.text) && NEGATED_RIGHT_BEFORE.test(this.normal.slice(Math.max(s.start, v.index - 6), v.index))),
        )
      : []);
  }

  /**
   * What speech verb v owes to its sentence alone (whose names are `inSentence`), whatever speaker is carried in:
   * its form and the speaker named next to it. It only reads the text and the sentence's names, so a sentence read
   * again with another speaker carried in («وأضاف» after «قال لافروف») reuses it rather than searching again.
   */
  private readVerb(v: Hit, inSentence: readonly Mention[], sentenceStart: number): VerbReading {
    const { normal, words, boundaries, lexicon } = this;
    // The second of «X وY»: a name right after another one and «و».
    const coordinatedAfterName = (m: Mention) => {
      const at = inSentence.indexOf(m);
      const prev = at > 0 ? inSentence[at - 1] : undefined;
      return prev !== undefined && /^\s*و\s*$/.test(normal.slice(prev.end, m.start));
    };
    const vStart = v.index;
    const vEnd = v.index + v.text.length;
    // («كما شدد على أن …», «… ثم أكد أن …»: «كما» or «ثم» before the verb joins it as «و» does.)
    const conjoined =
      (/^[وف]/.test(v.text) && !VERB_OWN_WAW.test(v.text)) || ALSO_THEN_BEFORE.test(normal.slice(Math.max(0, vStart - 6), vStart));
    const participle = lexicon.narrativeOnly.test(v.text);
    const reporting = !lexicon.isStanceWord.test(v.text);
    // «الدول الإحدى عشرة في مجموعة أصدقاء سوريا أكدت …»: the group its members are named «in», one party with them,
    // is no place.
    const inOwnGroup = (m: Mention) => {
      const prev = inSentence[inSentence.indexOf(m) - 1];
      return prev !== undefined && !prev.place && prev.party === m.party && IN_GROUP_GAP.test(normal.slice(prev.end, m.start));
    };
    // («قد سبق أن قال»: the name is sought before «سبق» as before the verb itself; «أما دي ميستورا، فقد سبق أن قال …».)
    const earlier = EARLIER_BEFORE_VERB.exec(normal.slice(Math.max(sentenceStart, vStart - 24), vStart));
    const subjectTo = earlier ? vStart - earlier[0].trimStart().length : vStart;
    const nameBefore = () =>
      lastWithin(
        inSentence,
        words,
        subjectTo,
        2,
        (m) =>
          !boundaries.crosses(m.end, subjectTo) &&
          (!isLocative(normal, lexicon, m) || inOwnGroup(m)) &&
          // «"على |الأسد| أن يتنحى" قال فابيوس»: a name inside a quotation closed before the verb is not its subject (a
          // name quoted whole is: «"حزب الله" أكد …»).
          !(WORDS_THEN_QUOTE_CLOSES.test(normal.slice(m.end, subjectTo)) && quoteOpenAt(normal, sentenceStart, m.start)) &&
          // «حلفاء |الأسد|», «الدول الداعمة |للمعارضة|»: the genitive of a noun or participle of relation is no subject.
          !RELATION_BEFORE.test(normal.slice(Math.max(sentenceStart, m.start - 16), m.start)) &&
          // «وشدد الأسد خلال استقباله |المبعوث الأممي| على رفض …»: the one met is not the subject of the verb after him.
          !MET_BY_HIM_GAP.test(normal.slice(Math.max(sentenceStart, m.start - 64), m.start)) &&
          // «قال لافروف لكيري |إنه| لا يرى …»: a pronoun after «أن» between them is the verb's subject, not the name.
          !(pronounSubject && THAT_PRONOUN.test(normal.slice(m.end, subjectTo))) &&
          !FRONTED_ABOUT.test(normal.slice(sentenceStart, m.start)) &&
          !FATE_OF_BEFORE.test(normal.slice(Math.max(sentenceStart, m.start - 10), m.start)) &&
          !ASKED_ABOUT_BEFORE.test(normal.slice(Math.max(sentenceStart, m.start - 72), m.start)) &&
          // «بعد محطة طهران التي أكد خلالها أن …»: a relative clause whose verb carries a pronoun of the name it is on
          // after a preposition has that name for its place or object, and someone else for its subject.
          // (Not a person: «بتصريحات كيري التي دعا فيها …» is on his statements, and he their author. Nor a pronoun
          // that does not agree with the relative: «إيران التي ردت عليه» answers someone else, Iran the subject.)
          !(!m.person && resumptiveAfter(normal.slice(m.end, subjectTo), normal.slice(vEnd, vEnd + 12))) &&
          // «أن على الائتلاف ألا يربط حضوره …»: the one obliged is told what to do or say, by whoever says it.
          !(
            OBLIGED_BEFORE.test(normal.slice(Math.max(sentenceStart, m.start - 8), m.start)) &&
            OBLIGED_TO.test(normal.slice(m.end, subjectTo))
          ) &&
          // «ترفض بلاده مشاركة إيران وتطالب برحيل الأسد»: the one named after a noun of taking part or removal is
          // its genitive, not the subject of a verb joined after it (that goes on from the first verb's subject).
          !(conjoined && lexicon.removedBefore?.test(normal.slice(Math.max(sentenceStart, m.start - 16), m.start))) &&
          // «رحبت المتحدثة بقرار الأمين العام وقالت إن …»: a verb joined by «و» goes on from the first verb's subject;
          // the one whose decision or words the first verb's object names is not its subject.
          !(conjoined && OWNER_IN_OBJECT_BEFORE.test(normal.slice(Math.max(0, m.start - 16), m.start))) &&
          // «… مشاركة إيران، قال كيري»: a comma ends the phrase before the verb — unless a dual or plural verb
          // closes an apposition of coordinated names («حليفا الأسد، روسيا وإيران، أكدا …»).
          (!/[،,:]/.test(normal.slice(m.end, subjectTo)) ||
            // «أما وزير الخارجية السعودي عادل الجبير، فقد قال»: the one «أما» puts first is the subject after «ف».
            (TOPIC_RESUMED.test(normal.slice(m.end, subjectTo) + normal.charAt(subjectTo)) &&
              TOPIC_OPENED.test(normal.slice(Math.max(0, m.start - 56), m.start))) ||
            // «السعوديين، والأميركيين، والأوروبيين، الذين يقولون …»: the named ones a plural relative clause is about.
            RELATIVE_PLURAL.test(normal.slice(m.end, subjectTo)) ||
            // «وكان المنسق العام للهيئة، رياض حجاب، قد جدد …»: a person in apposition to the title opening the sentence.
            // (So is one named with his title, the two read as one name, right after «وكان»: «وكان الأمين العام للأمم
            // المتحدة، بان كي مون، أعلن …».)
            (m.person &&
              /^\s*[،,]\s*(?:قد\s+)?$/.test(normal.slice(m.end, subjectTo)) &&
              (TITLE_THEN_COMMA_OPENS.test(normal.slice(sentenceStart, m.start)) ||
                OPENER_ONLY.test(normal.slice(sentenceStart, m.start)))) ||
            (PLURAL_VERB.test(v.text) && /^\s*[،,]\s*$/.test(normal.slice(m.end, subjectTo)) && coordinatedAfterName(m))),
      );
    // «وصل المعلم إلى مونترو وهو يردد أن …», «وزار المعلم موسكو وهو يؤكد أن …»: «وهو» right before the verb opens a
    // clause of state on the subject of what was done, the first one named a few words before it, not the object
    // nearer to it («موسكو») nor a place («إلى دمشق»; a person after «وصل» is who arrived).
    const stateClauseSubject = () =>
      STATE_PRONOUN_BEFORE_VERB.test(normal.slice(Math.max(sentenceStart, vStart - 24), vStart))
        ? inSentence.find(
            (m) =>
              m.end < vStart &&
              vStart - m.end < 64 &&
              (!isLocative(normal, lexicon, m) || (m.person && !m.place)) &&
              !m.speakerOnly &&
              DOING_THEN_STATE_PRONOUN.test(normal.slice(m.end, vStart)) &&
              REPORTED_CLAUSE.test(normal.slice(vEnd, vEnd + 48).split(/[،,.]/)[0]!),
          )
        : undefined;
    // «"الائتلاف" الذي يقيم معظم أعضائه في فنادق اسطنبول والدوحة أعلن …»: one named inside a relative clause on an
    // earlier name is not the subject of the verb the clause ends at; the name it is on is.
    // (Not where the verb names its own subject after it: «… الذي وصل إلى موسكو أمس أكد لافروف أن …»; that search
    // made only when a clause is found, most verbs having none.)
    const relativeClauseAntecedent = () => {
      const on = relativeClauseOn(normal, lexicon, inSentence, vStart);
      return on && nameAfter() === undefined ? on : undefined;
    };
    // «داود أوغلو سارع بعد يومين إلى التأكيد أن …»: the subject of the verb of hastening says it.
    const hastenedSubject = () =>
      v.text.startsWith("الي")
        ? lastWithin(
            inSentence,
            words,
            vStart,
            9,
            (m) =>
              (HASTENED_TO.test(normal.slice(m.end, vStart)) ||
                (HASTENING_RIGHT_BEFORE.test(normal.slice(Math.max(sentenceStart, m.start - 12), m.start)) &&
                  GAP_OF_WORDS.test(normal.slice(m.end, vStart)))) &&
              !boundaries.crosses(m.end, vStart) &&
              !isLocative(normal, lexicon, m) &&
              !m.speakerOnly,
          )
        : undefined;
    // «رئيس الوفد الحكومي بشار الجعفري خرج من اللقاء ليقول …», «وقف لافروف أمام الصحافيين ليؤكد …»: a verb of saying
    // of purpose («ليقول», «ليؤكد») has for subject the one who did what it is the purpose of, named before that verb.
    // (The sentence opening with a verb and its subject, the one right after that verb: «اتصل أوباما ببوتين هاتفياً
    // ليؤكد له …», «استقبل بوتين ظريف في الكرملين ليؤكد …», not the one called or received.)
    const purposeSubject = () =>
      PURPOSE_SAYING.test(v.text)
        ? (openingVerbSubject() ??
          lastWithin(
            inSentence,
            words,
            vStart,
            7,
            (m) =>
              DOING_THEN_PURPOSE.test(normal.slice(m.end, vStart)) &&
              // (Not one after a preposition: «خرج كيري من |الكرملين| ليعلن …» names where from.)
              !PREPOSITION_RIGHT_BEFORE.test(normal.slice(Math.max(sentenceStart, m.start - 8), m.start)) &&
              !boundaries.crosses(m.end, vStart) &&
              !isLocative(normal, lexicon, m) &&
              !m.speakerOnly,
          ))
        : undefined;
    // The one an outlet interviewed, named in the sentence before a verb joined to it (OUTLET_INTERVIEW_WITH_BEFORE).
    const intervieweeBefore = () => {
      const at = inSentence.findIndex(
        (m) => m.end < vStart && OUTLET_INTERVIEW_WITH_BEFORE.test(normal.slice(Math.max(sentenceStart, m.start - 72), m.start)),
      );
      const m = inSentence[at];
      if (!m || (m.place && !m.person) || inSentence.slice(0, at).some((o) => !o.place)) return undefined;
      // (His title and name may be two mentions: the gap runs from the last one adjoining him.)
      let end = m.end;
      for (const o of inSentence.slice(at + 1))
        if (o.end < vStart && words.within(end, o.start, 0) && !/[،,]/.test(normal.slice(end, o.start))) end = o.end;
      const gap = INTERVIEWED_THEN_VERB.exec(normal.slice(end, vStart));
      return gap && (gap[1] !== undefined || matchesIn(lexicon.speechVerb, normal, end, vStart).length === 0) ? m : undefined;
    };
    // The subject right after the verb opening the sentence, however far back («أكد فابيوس أن الأسد … واشترط …»).
    const sentenceOpeningSubject = () => {
      const first = inSentence.find((m) => m.start >= sentenceStart && m.end <= vStart);
      return first &&
        !first.place &&
        !first.speakerOnly &&
        VSO_SUBJECT.test(normal.slice(sentenceStart, first.start)) &&
        !boundaries.crosses(first.end, vStart)
        ? first
        : undefined;
    };
    const openingVerbSubject = () => {
      const head =
        sentenceStart + (EVENT_OPENING_ASIDE.exec(normal.slice(sentenceStart, Math.min(vStart, sentenceStart + 80)))?.[0].length ?? 0);
      const first = inSentence.find((m) => m.start >= head && m.end <= vStart);
      return first &&
        !first.place &&
        !first.speakerOnly &&
        VSO_SUBJECT.test(normal.slice(head, first.start)) &&
        !boundaries.crosses(first.end, vStart) &&
        words.within(first.end, vStart, 8)
        ? first
        : undefined;
    };
    const { verbalNoun, pronounSubject } = verbHead(normal, vStart);
    // «ونقلت الصحيفة عن مصادر دبلوماسية في باريس قولها …»: a city after an outlet's source is where its diplomats are,
    // anyone's; a body there («مصدر في الخارجية الروسية») is the party's.
    const outletQuoting = OUTLET_QUOTING.test(v.text);
    // No gap from the verb is an affiliation unless its role follows the verb (roleFollows): asked once for
    // the verb, the first time a name after it needs it, rather than for each name.
    let roleAfter: boolean | undefined;
    const affiliation = (gap: string) => (roleAfter ??= roleFollows(normal, vEnd)) && AFFILIATION.test(gap);
    const nameAfter = () =>
      pronounSubject
        ? undefined
        : firstWithin(inSentence, words, vEnd, 8, (m) => {
            // The words between the verb and the name, which most of the tests read: sliced once.
            const gap = normal.slice(vEnd, m.start);
            return (
              // «يطالب خصوم |روسيا| برحيل الأسد», «تطالب الدول المجاورة |لسوريا| …»: the genitive of a noun or
              // participle of relation is no subject.
              !RELATION_BEFORE.test(normal.slice(Math.max(vEnd, m.start - 16), m.start)) &&
              // «وتدعو الصحيفة |الرياض| إلى …», «وحثت الصحيفة |المعارضة| على …»: after a verb of calling, urging or
              // advising and a subject the lexicon does not name, the name is the one called on.
              !(ADVISING_VERB.test(v.text) && UNNAMED_SUBJECT_GAP.test(gap)) &&
              (!verbalNoun || (!m.speakerOnly && /^\s+$/.test(gap))) &&
              // «رفض أي مشاركة لإيران»: a name after «أي» or «كل» right after the verb is in its object.
              !ANY_NEXT.test(gap) &&
              // «وكان حجاب قد أكد، عقب لقائه الوزير الأمريكي، أن …»: an aside set off by a comma right after the verb
              // names whom or where, not its subject (one after the aside closes may be: «وقال، من جهته، جون كيري …»).
              !(COMMA_FIRST.test(gap) && !ASIDE_CLOSED.test(gap)) &&
              // «وقال خلال استقباله نظيره البريطاني إن …», «وقال بعد لقائه لافروف إن …»: the one met, named after the
              // speaker's own meeting (his pronoun on it) between the verb and what he says, is not its subject.
              !MET_BY_HIM_GAP.test(gap) &&
              // «تضغط على واشنطن لمنع …»: the one pressed; «فرد على كيلو بالقول …»: the one answered.
              !(ON_BEFORE.test(gap) && (PRESSING_VERB.test(v.text) || REPLYING_VERB.test(v.text))) &&
              // «…، وحثت المعارضة على المشاركة»: the one urged, right before what it is urged to (the verb's subject
              // left unsaid, the one of the clause before; «حثت واشنطن المعارضة على …» names it first). Not where no
              // one is named before the verb in the sentence: «وحثت روسيا على عقد المؤتمر» names its subject.
              !(
                URGING_VERB.test(v.text) &&
                (URGED_TO_NEXT.test(normal.slice(m.end, m.end + 8)) ||
                  (/[،,]/.test(gap) ? URGED_PAST_ASIDES : URGED_PAST_APPOSITION).test(normal.slice(m.end, m.end + 110))) &&
                inSentence.some((o) => o.end <= vStart)
              ) &&
              // «ودعا المعارضة إلى …», «وطالب الحكومة بـ…»: a verb in the masculine right before a feminine party
              // name does not agree with it; the name is its object (the subject, left unsaid, is the clause's before).
              !(!verbalNoun && /^\s+$/.test(gap) && !m.person && masculineVerb(v.text) && feminineName(normal.slice(m.start, m.end))) &&
              (words.within(vEnd, m.start, 3) ||
                ESPECIALLY.test(gap) ||
                affiliation(gap) ||
                (m.person && TITLE_GAP.test(gap)) ||
                (m.person && honouredWithin(gap))) &&
              // («الممثلة العليا للسياسة الخارجية في |الاتحاد الأوروبي فيديريكا موغيريني»: a person named with the
              // body of the title before, after «في», is the one bearing the title, not a place.)
              (!isLocative(normal, lexicon, m) ||
                // («عبر رئيس الائتلاف … عن قلقه»: the verb of expressing, not the preposition «عبر», right before him.)
                (EXPRESSED.test(v.text) &&
                  /^\s+$/.test(gap) &&
                  ABOUT_AFTER_NAME.test(normal.slice(m.end, m.end + 60)) &&
                  // (Opening its clause, or on «و»: not «رسالة عبر قطر عن …», the preposition after a noun.)
                  (/^[وف]/.test(v.text) || CLAUSE_OPENS_BEFORE.test(normal.slice(Math.max(sentenceStart, vStart - 24), vStart)))) ||
                (SOURCES_IN.test(gap) && !(outletQuoting && m.place)) ||
                affiliation(gap) ||
                // «قال سفير إيران لدى موسكو …»: the state after «سفير» right after the verb is the one he speaks for.
                (AMBASSADOR_GAP.test(gap) &&
                  !m.person &&
                  // (Not where his name follows his title: «سفير سوريا لدى الأمم المتحدة بشار الجعفري» is the person.)
                  !inSentence.some((p) => p.person && p.start > m.end && words.within(m.end, p.start, 5))) ||
                (m.person && !m.place && TITLE_GAP.test(gap))) &&
              !boundaries.crosses(vEnd, m.start) &&
              !lexicon.removedBefore?.test(normal.slice(Math.max(vEnd, m.start - 16), m.start)) &&
              // What follows «إن/أن» or a colon is what was said, not who said it; a name in quotation marks
              // («أبلغ رئيس «الائتلاف الوطني» …») is still the subject.
              !/[:"]|(?:^|\s)(?:ان|انه|انها|بان)(?:\s|$)/.test(quotedName(normal, gap, m)) &&
              // «وطالب البيان |الحكومة السورية| بـ…»: the object of a statement's verb.
              !objectOfUnnamedSubject(normal, m) &&
              // «وأكدا دعمهما |للائتلاف| الوطني»: a name read with «ل» right after a noun of backing or rejecting is
              // whom it is for or against, never the subject.
              !BACKING_NOUN_TO_BEFORE.test(normal.slice(Math.max(vEnd, m.start - 24), m.start + 2))
            );
          });
    // The subject named before the verb («لافروف قال») or after it («وقال لافروف»): after it first for a verb
    // joined by «و/ف», which opens its clause, before it first otherwise. A participle takes neither. The second
    // search is made only when the first finds no one, since its name would not be the speaker (and the searches
    // only read): so `before` and `after` are the speaker named on that side, and at most one of them is set.
    let before: Mention | undefined;
    let after: Mention | undefined;
    // «أما الجربا، فدعا وفد النظام إلى …»: a verb on «ف» taking up the one «أما» put first has him for its subject;
    // the party after it is its object, the one called on (who holds nothing).
    const topic =
      conjoined && !participle && v.text.startsWith("ف") && TOPIC_OPENS.test(normal.slice(sentenceStart, sentenceStart + 8))
        ? nameBefore()
        : undefined;
    if (topic && TOPIC_OPENED.test(normal.slice(Math.max(0, topic.start - 56), topic.start))) before = topic;
    else if (!participle && conjoined) {
      after = nameAfter();
      // «… . واتهم |إيران| بإرسال المقاتلين», «وانتقد |السعودية| بشدة»: a verb of accusing or blaming joined by «و»,
      // one state or body right after it, then what it is accused of («بـ…», «مسؤولية»): the name is its object, the
      // subject is the one carried in (not «واتهم لافروف بريطانيا …», a person and another name).
      if (
        after &&
        !after.person &&
        ACCUSING_VERB.test(v.text) &&
        words.within(vEnd, after.start, 0) &&
        ACCUSED_OF_NEXT.test(normal.slice(after.end, after.end + 12)) &&
        !inSentence.some((o) => o.start > after!.end && words.within(after!.end, o.start, 0))
      )
        after = undefined;
      // «أجرت الصحيفة حديثاً مع ظريف، الذي وصل أمس إلى نيويورك، وقال إن …»: a verb joined by «و» after an outlet's
      // interview with someone goes on with the one interviewed, not the outlet (no party named before him).
      if (!after) after = intervieweeBefore();
      // («استقبل لافروف المعلم وأكد أن …»: a verb joined by «و» goes on from the subject of the verb before, not from
      // its object named after that subject.)
      const named = after ? undefined : nameBefore();
      // («وطالب البيان الحكومة السورية بـ…، واعتبر …»: nor from the object of a statement's verb. «استقبل روحاني لافروف
      // وأكد الأخير …»: «الأخير» after the verb is the one named last, the object.)
      // («اتصل أمير قطر بالرئيس التركي، وأكدا …»: a verb in the dual is both theirs; the one named last stands.)
      if (named && !objectOfUnnamedSubject(normal, named) && !objectOfPronounSubject(normal, named))
        before =
          LATTER_NEXT.test(normal.slice(vEnd, vEnd + 10)) || DUAL_VERB.test(v.text)
            ? named
            : // («هاجم المعلم الدول الداعمة |للمعارضة| وأكد أن …»: a name inside the object, the subject before it.)
              (objectOfSubject(normal, words, inSentence, named) ?? objectPhraseSubject(normal, inSentence, named) ?? named);
      // «رفض لافروف الشروط التي تضعها |المعارضة| وقال إن …», «غادر المعلم القاعة بعد أن طالب |كيري| …، وقال …»: a
      // verb of the past in the masculine joined by «و» goes on with the subject of the verb opening the sentence, not
      // with one named in a clause subordinate to it (the present goes on inside: «… إن روسيا ترفض … وتطالب …»).
      if (
        before === named &&
        named !== undefined &&
        JOINED_PAST_MASCULINE.test(v.text) &&
        SUBORDINATE_BEFORE.test(normal.slice(Math.max(sentenceStart, named.start - 48), named.start))
      ) {
        const main = sentenceOpeningSubject();
        if (main && main.end <= named.start && main.party !== named.party) before = main;
      }
    } else if (!participle) {
      // «اشتراط باريس أن تعلن |طهران| …»: a verb right after «أن» with a name right after it has that name for its
      // subject (the clause's own, VSO), not the name before «أن».
      // (After a noun of demanding and its agent only: «يأمل لافروف أن تعلن السعودية …» is his hope, he speaks.)
      const subjunctive = DEMAND_NOUN_AGENT_THEN_THAT.test(normal.slice(Math.max(sentenceStart, vStart - 48), vStart))
        ? nameAfter()
        : undefined;
      if (subjunctive && words.within(vEnd, subjunctive.start, 0)) after = subjunctive;
      // «ولايتي، مستشار المرشد الإيراني للشؤون الدولية، وصف …», «وكان محمد علوش، القيادي في جيش الإسلام، قد قال»:
      // the sentence's first name, then what he is between commas, then his verb: its subject, whatever follows it.
      else
        before =
          stateClauseSubject() ??
          relativeClauseAntecedent() ??
          purposeSubject() ??
          nameBefore() ??
          hastenedSubject() ??
          inSentence.find(
            (m) =>
              m.end < vStart &&
              m.start - sentenceStart < 12 &&
              SENTENCE_HEAD.test(normal.slice(sentenceStart, m.start)) &&
              APPOSED_BEFORE_VERB.test(normal.slice(m.end, vStart)) &&
              !isLocative(normal, lexicon, m) &&
              !m.speakerOnly,
          ) ??
          findLast(
            inSentence,
            (m) =>
              m.end < vStart &&
              vStart - m.end < 48 &&
              RELATIVE_BEFORE_VERB.test(normal.slice(m.end, vStart)) &&
              // «وزير الخارجية وليد المعلم، التي اعتبر فيها …»: «التي» after a person is his statements', not his.
              !(m.person && /[،,]\s*التي\s/.test(normal.slice(m.end, vStart))) &&
              // «موقفها إزاء مستقبل سوريا، الذي قال إنه …»: «الذي» after a state or a capital, which are feminine
              // («موسكو، التي …»), qualifies the noun the name depends on; its verb's subject is the speaker.
              !(FEMININE_PLACE.test(normal.slice(m.start, m.end)) && /[،,]\s*الذي\s/.test(normal.slice(m.end, vStart))) &&
              // «هيئة التنسيق، التي رفضت الانضمام إلى وفد الائتلاف، قد طالبت …»: a relative clause telling what the
              // one named did is no report of his; only one going on to what he says («… الذي يكرر أن …») is.
              REPORTED_CLAUSE.test(normal.slice(vEnd, vEnd + 48).split(/[،,.]/)[0]!) &&
              !isLocative(normal, lexicon, m) &&
              !m.speakerOnly,
          ) ??
          // «(أكد) داود أوغلو أن حكومته لم تغير موقفها إزاء مستقبل سوريا، الذي قال إنه …»: the verb of a relative
          // clause on the noun a state depends on (FEMININE_PLACE) has the pronoun of the sentence's subject, a person
          // named at its head, as its own.
          (FEMININE_RELATIVE_BEFORE_VERB.test(normal.slice(Math.max(sentenceStart, vStart - 40), vStart))
            ? inSentence.find(
                (m) =>
                  m.person &&
                  !m.speakerOnly &&
                  m.end < vStart &&
                  words.within(sentenceStart, m.start, 1) &&
                  REPORTED_CLAUSE.test(normal.slice(vEnd, vEnd + 48).split(/[،,.]/)[0]!),
              )
            : undefined) ??
          // The sentence's (or «أما»'s) first name, then «ظل/بدا …» and his verb, no one else named between, nor as
          // the verb's own subject after it («وكان كيري في جنيف، حين قال لافروف …»: Lavrov's).
          inSentence.find(
            (m, i) =>
              m.end < vStart &&
              vStart - m.end < 64 &&
              (m.start - sentenceStart < 12 || TOPIC_OPENED.test(normal.slice(Math.max(0, m.start - 56), m.start))) &&
              !(inSentence[i + 1] && inSentence[i + 1]!.start < vStart) &&
              (STATE_BEFORE_VERB.test(normal.slice(m.end, vStart)) ||
                (TOPIC_OPENED.test(normal.slice(Math.max(0, m.start - 56), m.start)) &&
                  TOPIC_STATE_THEN_WHEN.test(normal.slice(m.end, vStart)))) &&
              !isLocative(normal, lexicon, m) &&
              !m.speakerOnly &&
              nameAfter() === undefined,
          );
      // «إن الهيئة السياسية أبلغت الأمم المتحدة أن …»: after a subject the lexicon does not know, the name right after
      // a verb of informing is the one told, not the speaker.
      // («لقد أبلغنا الأمين العام أننا لا نقبل …»: «we» told him; the name after a verb of informing by «نا» is the one
      // told, whoever is named before.)
      if (
        !before &&
        !(INFORMING.test(v.text) && UNKNOWN_SUBJECT_BEFORE.test(normal.slice(Math.max(sentenceStart, vStart - 30), vStart))) &&
        !INFORMING_BY_US.test(v.text)
      )
        after = nameAfter();
    }
    return { conjoined, participle, reporting, verbalNoun, pronounSubject, before, after };
  }

  /**
   * Whether a sentence opening on «لكنه/لكنها …» (BUT_HE_OPENING) right before its verb of saying `verb` goes on with
   * the one speaking before, `carried`: «ـها» never stands for a man, and «إلا أنه أعلن» may be impersonal.
   */
  private butHeSpeaks(opening: string, carried: Mention, verb: string): boolean {
    const m = BUT_HE_OPENING.exec(opening);
    if (!m) return false;
    if (m[1] !== undefined && IMPERSONAL_AFTER_THAT.test(verb)) return false;
    const { normal } = this;
    return !(
      (m[2] === "ها" &&
        carried.person &&
        !FEMININE_AROUND.test(normal.slice(Math.max(0, carried.start - 48), Math.min(normal.length, carried.end + 24)))) ||
      // («قالت فرنسا إن النظام يريد كسب الوقت، لكنه أكد …»: nor «ـه» after a state named by a feminine name.)
      (m[2] === "ه" && !carried.person && feminineName(normal.slice(carried.start, carried.end)))
    );
  }

  /**
   * The length of a place's label opening sentence si's headline at `lead`, before a second label naming the one who
   * speaks (PLACE_LABEL), or 0: «الضاحية الجنوبية: نائب الأمين العام لحزب الله نعيم قاسم: "…"», «نيويورك: الأمين العام
   * بان كي مون: …». The first label names no one but a place (not «المعارضة: …», a speaker's), the second someone,
   * with no quotation or verb of saying before its colon.
   */
  private placeLabel(si: number, lead: number): number {
    const s = this.sentences[si]!;
    const at = s.start + lead;
    const label = PLACE_LABEL.exec(this.normal.slice(at, Math.min(s.end, at + 40)));
    // (Not the label of the outlet's view, «تحليل: …», which no one speaks.)
    if (!label || OPINION_LABEL.test(label[0].trim())) return 0;
    const from = at + label[0].length;
    const second = this.normal.indexOf(":", from);
    const inSentence = this.mentions.in(si);
    // «14:05 - من واشنطن: المتحدثة باسم الخارجية الأمريكية جين بساكي تتهم …»: a place given with «من/في» and no
    // speaker's label after it, then a report opening on a person or party, its title at most before it.
    if (
      (second < 0 || second >= s.end) &&
      /^\s*(?:من|في)\s/.test(label[0]) &&
      inSentence.some((m) => m.start >= from && !m.place && SPOKESMAN_OPENS.test(this.normal.slice(from, m.start)))
    )
      return label[0].length;
    if (second < 0 || second >= s.end || second - from > SPEAKER_LABEL_REACH || /["«“»”]/.test(this.normal.slice(from, second))) return 0;
    return inSentence.some((m) => m.start >= at && m.start < from && !m.place) ||
      !inSentence.some((m) => m.start >= from && m.end <= second && !m.place) ||
      this.verbsOf(si).some((v) => v.index < second)
      ? 0
      : label[0].length;
  }

  /**
   * The offset in sentence si (from its start) of a dash or a bar right after the person opening its headline at `lead`
   * («كيري - …», «لافروف – …», «ظريف | …»), or -1: a datelined place («دمشق - سانا») is no person.
   */
  private dashAfterPerson(si: number, lead: number): number {
    const s = this.sentences[si]!;
    const first = this.mentions.in(si).find((m) => m.start >= s.start + lead);
    if (!first || !first.person || first.place || !/^\s*$/.test(this.normal.slice(s.start + lead, first.start))) return -1;
    const dash = DASH_AFTER_NAME.exec(this.normal.slice(first.end, Math.min(s.end, first.end + 4)));
    // (Not a dash between two names closed by dots, a colon or a comma, «كيري - لافروف .. خلاف حول …»: a meeting's
    // sides; «كيري - الأسد لا مكان له …» speaks of the one after it.)
    const next = this.mentions.in(si).find((m) => m.start > first.end);
    if (
      dash &&
      next &&
      /^\s*[-–—|]\s*$/.test(this.normal.slice(first.end, next.start)) &&
      SIDES_CLOSE_AFTER.test(this.normal.slice(next.end, Math.min(s.end, next.end + 4)))
    )
      return -1;
    return dash ? first.end - s.start + dash[0].indexOf(dash[1]!) : -1;
  }

  /** One sentence's frames given the speaker carried into it, and the number of learnt names it may use. */
  private read(si: number, lastIn: Mention | null, learntKnown: number): SentenceFrames {
    const { normal, mentions, words, boundaries, lexicon } = this;
    const s = this.sentences[si]!;
    let last = lastIn;
    let decided = false;
    const text = normal.slice(s.start, s.end);
    // Where the line's headline starts: after a flash lead, if any («عاجل 14:35: لافروف: …»).
    const flash = mayOpenOnFlash(text) ? (FLASH_LEAD.exec(text)?.[0].length ?? 0) : 0;
    // (And after a place's label before the speaker's: «الضاحية الجنوبية: نعيم قاسم: …».)
    const lead = flash + this.placeLabel(si, flash);
    // («كيري - الأسد لا مكان له …», «لافروف | …»: in a headline, a dash or a bar after a person opening it stands for
    // the colon.)
    const colon =
      text.indexOf(":", lead) >= 0 || (s.lineKind !== "title" && s.lineKind !== "heading")
        ? text.indexOf(":", lead)
        : this.dashAfterPerson(si, lead);
    /** The headline's start. */
    const hs = s.start + lead;
    // «رأي: في تقديرنا لن يتخلى الأسد …», «تحليل: …»: the outlet's own view, labelled so on a live page or in a box;
    // no speaker carries into it or past it. (Its own verbs of saying with their subjects still report them: «تحليل:
    // قال مسؤول روسي إن …».)
    const opinion = colon > 0 && colon - lead < 10 && OPINION_LABEL.test(text.slice(lead, colon + 1));
    if (opinion) {
      const named = (v: Hit) =>
        v.index > s.start + colon &&
        mentions
          .in(si)
          .some(
            (m) =>
              (m.start >= v.index + v.text.length && words.within(v.index + v.text.length, m.start, 3)) ||
              (m.end <= v.index && words.within(m.end, v.index, 1)),
          );
      if (!this.verbsOf(si).some(named)) return { frames: [], last: null, decided: true };
      last = null;
      decided = true;
    }
    // An interview's questions and answers («س: …», «ج: …»): the interviewer asks, the one interviewed answers.
    const turn = colon > 0 && colon < 12 ? INTERVIEW_TURN.exec(text) : null;
    const asks = turn !== null && (turn[1] === "س" || turn[1] === "سوال");
    if (turn) {
      const interviewee = asks ? null : this.interviewee(si);
      const frames: Frame[] = interviewee
        ? [{ start: s.start + colon, end: s.start + colon + 1, sentence: si, speaker: interviewee, method: "headline", reporting: true }]
        : [];
      // An answer's own verbs of saying, with their subjects, are read after it («ج: الروس يقولون لنا إن الأسد باقٍ» is
      // the Russians'), as in an answer set off by a dash; so are a question's («س: واشنطن تقول إن الأسد فقد شرعيته،
      // ألا …؟» is Washington's, as the interviewer reports it), which no one answering speaks.
      if ((!interviewee && !asks) || this.verbsOf(si).length === 0) return { frames, last: interviewee, decided: true };
      if (asks) {
        last = null;
        decided = true;
      }
    }
    // An interview's answers set off by a dash after a question's line («* هل حسم الائتلاف قراره؟ ⏎ - نحن لا نرفض …»,
    // «ــ أبداً. …»): the one interviewed answers, as after «ج:».
    // The frames of the sentence's own verbs follow it («- الروس يكررون أن …» is the Russians').
    // (Not an answer opening on another party, its subject: «- الأميركيون أبلغونا أنهم لا يمانعون …».)
    const answerBy = turn
      ? asks
        ? null
        : this.interviewee(si)
      : this.answersQuestion(si, ANSWER_DASH.test(text) || this.tatweelDash(si)) &&
          !mentions
            .in(si)
            .some((m) => !m.place && words.within(s.start, m.start, 1) && THEY_SAID_AFTER.test(normal.slice(m.end, m.end + 16)))
        ? this.interviewee(si)
        : null;
    const answerAt = turn ? s.start + colon : s.start;
    const answer: Frame | undefined = answerBy
      ? { start: answerAt, end: answerAt + 1, sentence: si, speaker: answerBy, method: "headline", reporting: true }
      : undefined;
    const verbs = this.verbsOf(si);
    if (answer && colon <= 0 && verbs.length === 0) return { frames: [answer], last: answerBy, decided: true };
    // Without a colon or a speech verb a sentence has no frame. It passes the speaker on, unless it opens with a verb
    // and a person or party named as its subject («ووصل لافروف إلى جنيف»، «التقى كيري …»، «اجتمع الائتلاف في
    // إسطنبول»; not a place): the one a clause-initial «وأكد» after it goes on with. Only a sentence opening with such
    // a verb (OPENING_WORD) has its names looked up.
    if (colon <= 0 && verbs.length === 0) {
      // «أما المبعوث الأممي ستيفان دي ميستورا، فحاول النأي بنفسه عن الجدل. وقال …»: a person or party «أما» puts first
      // (after at most his title), the sentence taken up by «، ف», is the one the next «وقال» goes on with, not the
      // speaker before him.
      const topic = mentions.in(si)[0];
      if (topic && this.topicTakenUp(si, topic, s.end) && !topic.place && !topic.speakerOnly && !isLocative(normal, lexicon, topic))
        return { frames: [], last: topic, decided: true };
      // («في المقابل، حمّل رئيس الوفد الحكومي بشار الجعفري المعارضة مسؤولية الفشل. وقال …», «من جهته، التقى لافروف
      // …»: a phrase of contrast, time or place set off by a comma may open the sentence before that verb.)
      const opensAt = s.start + (EVENT_OPENING_ASIDE.exec(normal.slice(s.start, Math.min(s.end, s.start + 80)))?.[0].length ?? 0);
      // «16:40 - مؤتمر صحفي للإبراهيمي. سئل عن مصير الأسد فأجاب: …»: an entry naming only whose press conference,
      // speech or interview it is (a live blog's, a caption's) goes on with that person.
      const eventAt = Math.max(opensAt, hs);
      const event = SPEAKING_EVENT.exec(normal.slice(eventAt, Math.min(s.end, eventAt + 40)));
      const host = event && mentions.in(si).find((m) => m.start === eventAt + event[0].length);
      if (host && host.person && !host.place && normal.startsWith("ل", host.start) && /^[\s.!?؟"»]*$/.test(normal.slice(host.end, s.end)))
        return { frames: [], last: host, decided: true };
      if (!OPENING_WORD.test(normal.slice(opensAt, Math.min(s.end, opensAt + 16)))) return { frames: [], last, decided };
      const subject = mentions.in(si).find((m) => m.start >= opensAt && m.start - opensAt < 40);
      if (!subject || subject.place || subject.speakerOnly || !VSO_SUBJECT.test(normal.slice(opensAt, subject.start)))
        return { frames: [], last, decided };
      return { frames: [], last: subject, decided: true };
    }
    const inSentence = mentions.in(si);
    const ownFrames: Frame[] = [];
    const push = (f: Frame) => ownFrames.push(f);
    if (answer) {
      push(answer);
      last = answerBy;
      decided = true;
    }
    // Headline attribution: "روسيا: الأولوية …", "لافروف : روسيا متفقة …" (not an interview's «ج:», nor the label of
    // the outlet's view).
    if (colon > 0 && !turn && !opinion) {
      // «كيري (مترجم): …», «لافروف (بالروسية): …»: a note in brackets between the speaker and the colon.
      // (A person's: «موسكو (رويترز):» is a dateline.)
      // (Not a place named as where the speaker spoke: «"أصدقاء سوريا" من لندن:» is the group's.)
      const last0 = inSentence.find(
        (m) =>
          m.end <= s.start + colon &&
          (words.within(m.end, s.start + colon, 0) || noteBeforeColon(m, normal.slice(m.end, s.start + colon))) &&
          !(m.place && SPOKE_FROM.test(normal.slice(Math.max(s.start, m.start - 4), m.start))),
      );
      // «عضو في "الهيئة العليا للمفاوضات" لـ"القدس العربي": …»: an office in a body, then the body named, opens it.
      // «من دمشق، المستشارة السياسية للرئاسة بثينة شعبان: …»: so does a person after his title, no one else named
      // between.
      const titled = (m: Mention) =>
        !m.place &&
        (HEADLINE_TITLE.test(normal.slice(hs, m.start)) ||
          (m.person &&
            TITLE_LABEL_BEFORE.test(normal.slice(hs, m.start)) &&
            !inSentence.some((o) => o !== m && !o.place && o.start >= hs && o.end <= m.start)));
      // «بوتين لأوباما: …», «المعلم للإبراهيمي: …» (the name read with its «لل», the article's «ال» after «ل»): the one
      // addressed before the colon; the speaker is named first.
      // (Not the «ل» of a title's genitive: «المنسق العام |لهيئة التنسيق الوطنية حسن عبد العظيم|:» has no one named
      // before it.)
      // «المعلم في رسالة لبان كي مون: …»: so after the occasion of his words opening on «في».
      const addressed =
        last0 !== undefined &&
        (/(?:^|\s)ل$/.test(normal.slice(Math.max(s.start, last0.start - 2), last0.start)) || normal.startsWith("لل", last0.start)) &&
        inSentence.some(
          (m) =>
            m.end < last0.start &&
            (words.within(m.end, last0.start - 1, 0) ||
              (words.within(hs, m.start, 0) && OCCASION_TO.test(normal.slice(m.end, last0.start)))),
        );
      // «الأسد لصحيفة روسية: …», «لافروف لـ"تاس": …»: the outlet spoken to, not a party, between him and the colon.
      const toOutlet = () =>
        inSentence.find(
          (m) =>
            (words.within(hs, m.start, 0) || titled(m)) &&
            (TO_OUTLET_BEFORE_COLON.test(normal.slice(m.end, s.start + colon)) ||
              (!m.person && words.within(hs, m.start, 0) && this.unknownNameToOutlet(m.end, s.start + colon)) ||
              // A party's, only in a headline and before a place the lexicon knows («"أصدقاء سوريا" من لندن: …», not
              // «الائتلاف في ورطة:»): in a body line cut before the colon, the speaker is in the piece before («… بشأن ⏎
              // سوريا في فيينا: "…"»).
              ((m.person ||
                (!m.place &&
                  (s.lineKind === "title" || s.lineKind === "heading") &&
                  inSentence.some((p) => p.place && p.start > m.end && p.end <= s.start + colon))) &&
                PLACE_BEFORE_COLON.test(normal.slice(m.end, s.start + colon)))),
        );
      // «المعارضة تشترط رحيل الأسد ودمشق ترد: لا شروط مسبقة»: a second speaker joined by «و» and a verb of saying
      // right before the colon.
      const replying = () =>
        inSentence.find(
          (m) =>
            m.end <= s.start + colon &&
            REPLYING_BEFORE_COLON.test(normal.slice(m.end, s.start + colon)) &&
            /(?:^|\s)[وف]$/.test(normal.slice(Math.max(s.start, m.start - 2), m.start)),
        );
      // «غاتيلوف بعد لقائه شيرمان والإبراهيمي: …»: the one named first met the ones named before the colon; he speaks.
      // («الجعفري يهاجم باور والمعلمي: …»: so the one attacking those named after ATTACKS_NEXT.)
      const met =
        last0 !== undefined && MET_WITH_BEFORE.test(normal.slice(hs, last0.start))
          ? inSentence.find((m) => m.end <= last0.start && !m.place && words.within(hs, m.start, 0))
          : last0 !== undefined
            ? inSentence.find(
                (m) => m.end < last0.start && words.within(hs, m.start, 0) && ATTACKS_NEXT.test(normal.slice(m.end, last0.start)),
              )
            : undefined;
      // «21:08 - نصر الله عن إيران: «…»»: the one named first speaks about the one after «عن», who is no speaker.
      const about =
        last0 !== undefined
          ? inSentence.find(
              (m) => m.end < last0.start && !m.place && words.within(hs, m.start, 0) && /^\s+عن\s+$/.test(normal.slice(m.end, last0.start)),
            )
          : undefined;
      const head = addressed
        ? inSentence.find((m) => m.end <= last0.start && words.within(hs, m.start, 0))
        : (about ?? met ?? last0 ?? toOutlet());
      // The one speaking at the colon: the head, named at the headline's start, or else a second speaker replying.
      // «كيري يدعو طهران إلى فيينا والجبير: على إيران أن …»: a person joined by «و» right before the colon speaks
      // after it, the headline's second speaker.
      const second = (m: Mention) =>
        (s.lineKind === "title" || s.lineKind === "heading") &&
        m === last0 &&
        m.person &&
        /(?:^|\s)و$/.test(normal.slice(Math.max(s.start, m.start - 2), m.start)) &&
        // («غاتيلوف بعد لقائه شيرمان والإبراهيمي: …»: the ones he met are named after his meeting, not speaking.)
        !MET_WITH_BEFORE.test(normal.slice(hs, m.start));
      // «سالم المسلط المتحدث باسم الهيئة العليا: …», «الإبراهيمي رداً على سؤال عن مستقبل الرئيس السوري: …»: a person
      // opening the line, then his title or the occasion up to the colon, speaks (not the body or the one named last).
      // (Not where a verb of saying comes before the colon, «وأضاف الوزير، رداً على سؤال …: «…»»: its frame speaks.)
      // «حسين أمير عبد اللهيان، مساعد وزير الخارجية للشؤون العربية: ⏎ «…»», «أسعد الزعبي، رئيس وفد المعارضة: ⏎ …»: a
      // line that is only a speaker's label (nothing after its colon, no verb of saying before it) names him first,
      // a few words into the line, or, one the lexicon does not know, the body his title after the comma names.
      const labelAlone = () => {
        if (!/^\s*$/.test(text.slice(colon + 1)) || this.verbsOf(si).some((v) => v.index < s.start + colon)) return undefined;
        const named = inSentence.filter((m) => m.end <= s.start + colon && !m.place);
        const first = named.find((m) => words.within(hs, m.start, 2));
        if (first?.person) return first;
        // (The body only after an office opening the title, none former or defected: not «لاجئة سورية في مخيم …»,
        // «نازح … بتركيا», «سفير سابق للحكومة السورية، منشق».)
        const comma = LABEL_NAME_COMMA.exec(text.slice(lead, colon));
        if (!comma) return undefined;
        const title = text.slice(lead + comma[0].length, colon);
        return OFFICE_OPENS_TITLE.test(title) && !FORMER_OR_DEFECTED.test(title)
          ? named.find((m) => m.start >= hs + comma[0].length)
          : undefined;
      };
      // «وكان وزير الخارجية الروسي سيرغي لافروف أكثر وضوحاً: …», «الجبير ذهب أبعد من ذلك: …»: the one opening the
      // sentence, then how he spoke, up to the colon.
      const manner = () => {
        // (A capital heading the sentence speaks for its state: «وكانت موسكو واضحة: …».)
        const first = inSentence.find((m) => m.end <= s.start + colon && MANNER_SUBJECT_BEFORE.test(normal.slice(hs, m.start)));
        if (!first) return undefined;
        let named = first;
        for (const m of inSentence) if (m.start >= named.end && m.end <= s.start + colon && words.within(named.end, m.start, 0)) named = m;
        return MANNER_BEFORE_COLON.test(normal.slice(named.end, s.start + colon)) ? named : undefined;
      };
      // «ولم يتوقف الجبير عن ترديد عبارته الشهيرة: «…»»: the one whose phrase it is, named before it.
      const catchphrase = () =>
        findLast(
          inSentence,
          (m) =>
            m.end <= s.start + colon && !m.place && !m.speakerOnly && CATCHPHRASE_BEFORE_COLON.test(normal.slice(m.end, s.start + colon)),
        );
      const personFirst = () => {
        const first = inSentence.find((m) => m.end <= s.start + colon && words.within(hs, m.start, 0));
        return first?.person &&
          !first.place &&
          head &&
          head !== first &&
          PERSON_THEN_APPOSITION.test(normal.slice(first.end, head.start)) &&
          !this.verbsOf(si).some((v) => v.index < s.start + colon)
          ? first
          : undefined;
      };
      // «من إسطنبول: رئيس الائتلاف الوطني السوري خالد خوجة، الذي لم يُدع ائتلافه إلى الاجتماع: «…»»: a person opening
      // the label, a relative clause on him up to the colon.
      const described = () => {
        const named = findLast(inSentence, (m) => m.end <= s.start + colon && RELATIVE_TO_COLON.test(normal.slice(m.end, s.start + colon)));
        if (!named?.person || named.place || this.verbsOf(si).some((v) => v.index < s.start + colon)) return undefined;
        const first = firstOfRun(normal, inSentence, named, (o) => o.start >= hs);
        return words.within(hs, first.start, 1) ? named : undefined;
      };
      const opener =
        (head
          ? (words.within(hs, head.start, 1) || titled(head) || second(head)) && !(head.place && s.end - s.start > 150)
            ? head
            : personFirst()
          : (replying() ?? described())) ??
        labelAlone() ??
        manner() ??
        catchphrase();
      if (opener) {
        push({ start: s.start + colon, end: s.start + colon + 1, sentence: si, speaker: opener, method: "headline", reporting: true });
        last = opener;
        decided = true;
      }
    }
    for (let k = 0; k < verbs.length; k++) {
      const v = verbs[k]!;
      const vStart = v.index;
      const vEnd = v.index + v.text.length;
      const { conjoined, participle, reporting, verbalNoun, pronounSubject, before, after } = this.readingOf(si, k);
      // «وحثه كيري على …»: a verb with its object's pronoun speaks only with its subject named right after it
      // («التقى كيري الجربا وحثه على …» is left to the sentence's own reading).
      if (OBJECT_PRONOUN_VERB.test(v.text) && !after) continue;
      // «قال الجعفري إن دي ميستورا أبلغه أن …», «وأبلغه كيري أن …»: the one informing is the subject, named before or
      // after the verb; joined by «و» it needs him named after it («التقى الجربا كيري وأبلغه أن …»: the one named
      // right before is the one informed).
      if (INFORMED_PRONOUN_VERB.test(v.text) && conjoined && !after) continue;
      let speaker = before ?? after;
      // «التقى لافروف كيري في باريس، وأكد |الأخير| أن …»: «the latter» right after the verb is the one named last
      // before it (in its sentence, or the one before), not a place.
      if (!speaker && !participle && LATTER_NEXT.test(normal.slice(vEnd, vEnd + 12))) {
        // (A capital standing for its state is named too before «الأخيرة», «رفضت الرياض وأنقرة …»; not the one a matter
        // is of, «مشاركة إيران», «رحيل الأسد».)
        // («وزار كيري الرياض، وأكد |الأخير| …»: the masculine is a man or a body, no capital.)
        const feminine = /اخيره/.test(normal.slice(vEnd, vEnd + 12));
        const named = (j: number) =>
          this.mentions
            .in(j)
            .filter(
              (m) =>
                m.end <= vStart &&
                (feminine ? !isLocative(normal, lexicon, m) : !m.place) &&
                !MATTER_NOUN_BEFORE.test(normal.slice(Math.max(0, m.start - 14), m.start)),
            );
        const here = named(si);
        speaker = here.length > 0 ? here[here.length - 1] : si > 0 ? named(si - 1).at(-1) : undefined;
      }
      // «وسئل لافروف عن إيران فأجاب: …»: the one asked answers, not the one asked about, named right before «فأجاب».
      // («وحين سئل لافروف عن إيران، قال إن …»: a clause of time needs no «ف».)
      if (speaker && speaker === before && !participle) {
        const asked = this.askedAt(si, vStart, /^ف/.test(v.text));
        if (asked && asked !== before && asked.end <= before.start) speaker = asked;
      }
      // «فالبيان الختامي لاجتماع «أصدقاء سوريا» في لندن، بمشاركة …، نص على أن …»: the statement heading the sentence
      // is its issuer's, named in its genitive, whoever the aside names before the verb.
      if (!participle) {
        const issuer = this.statementOpening(si, vStart);
        if (issuer) speaker = issuer;
      }
      // «واتهمت المتحدثة الأمريكيين بأنهم …», «وانتقد الوزير واشنطن …»: a bare title right after the verb is its
      // subject, the person named last; the party after the title is the verb's object, not one speaking.
      if (speaker && speaker === after && !before && !after.person && last?.person && this.titleOnlyBetween(vEnd, after.start)) {
        push({ start: vStart, end: vEnd, sentence: si, speaker: last, method: "continuation", reporting });
        decided = true;
        continue;
      }
      // «يدعو الوزراء إيران إلى …»: a plural subject the lexicon does not know, then the verb's object.
      if (speaker && speaker === after && PLURAL_SUBJECT_GAP.test(normal.slice(vEnd, after.start))) speaker = undefined;
      // «أن قادته أبلغوا المنظمة الدولية بأنهم …»: a verb that carries its own plural subject has the one named
      // after it for its object, the one told; he does not speak (nor carry a later «وتابع»), and the verb, whose
      // subject is no one named, leaves the speaker carried as it was.
      if (speaker && speaker === after && !before && THEY_VERB.test(v.text)) continue;
      if (speaker && speaker === after && !after.person && AFFILIATION.test(normal.slice(vEnd, after.start))) this.learnName(vEnd, after);
      if (!speaker && !participle) speaker = this.learntSpeakerAt(si, vEnd, learntKnown);
      // «… رياض حجاب … . وأضاف حجاب أن …»: a person named in full before, now by the last word of his name.
      if (!speaker && !participle) speaker = this.surnameAt(si, vEnd);
      // «لافروف يتحدث في موسكو |ويؤكد| أن …», «كيري يصل إلى جنيف ويؤكد …»: a verb joined by «و» goes on with the one
      // opening the sentence before a verb of the present (a caption's or a headline's order).
      if (!speaker && conjoined && !participle) {
        // (Past a lead: «14:05 - من واشنطن: المتحدثة … تنتقد …، وتقول …».)
        const opener = inSentence.find((m) => m.start >= hs);
        if (
          opener &&
          SPOKESMAN_OPENS.test(normal.slice(hs, opener.start)) &&
          !opener.speakerOnly &&
          !isLocative(normal, lexicon, opener) &&
          PRESENT_VERB_NEXT.test(normal.slice(opener.end, opener.end + 12)) &&
          // (Past a name between only where it is the first verb's object: «بساكي تنتقد |النظام|، وتقول إن …»; not one
          // opening a clause of its own, joined by «و» or with a verb of the present after it.)
          !inSentence.some(
            (m) =>
              m !== opener &&
              m.end <= vStart &&
              !m.place &&
              !isLocative(normal, lexicon, m) &&
              (/(?:^|\s)و\s*$/.test(normal.slice(Math.max(s.start, m.start - 3), m.start)) ||
                PRESENT_VERB_NEXT.test(normal.slice(m.end, m.end + 12)) ||
                !/^\s+[^\s،,.؛:"]+\s+$/.test(normal.slice(opener.end, m.start))),
          )
        )
          speaker = opener;
      }
      // «… ظريف … . ونقلت وكالة الأنباء الإيرانية عنه قوله إن …»: an outlet quoting «عنه/عنها» quotes the one the
      // pronoun stands for, the speaker carried in, whatever its verb agrees with (the outlet); «عنها» a party or body,
      // not a person carried in (the persons of these articles are men, mostly).
      if (!speaker && !participle && last && !last.place && QUOTING_PRONOUN.test(v.text) && !(last.person && v.text.endsWith("عنها"))) {
        push({ start: vStart, end: vEnd, sentence: si, speaker: last, method: "continuation", reporting });
        decided = true;
        continue;
      }
      // «وجه دي ميستورا رسالة إلى السوريين قال فيها: …», «مؤتمر صحفي لوزير الخارجية وليد المعلم، كان قد قال فيه إن
      // …»: a verb of saying in the past with «فيه/فيها» right after it and no subject of its own speaks in what was just
      // named (a message, a press conference), as the last one named before it in the sentence, its sender or holder.
      // (A statement named just before the verb has its own reading below: «ببيان ختامي أكدوا فيه», «بياناً مشتركاً
      // أكدت فيه».)
      // (Not the one it was sent or said to, even named right before the verb: «بعث الفيصل رسالة إلى لافروف أكد فيها
      // …», «رسالة إلى نظيره الروسي سيرغي لافروف أكد فيها», «رسالة لبان كي مون قال فيها».)
      if (
        !participle &&
        SAID_IN_IT.test(v.text) &&
        SAID_IN_IT_AFTER.test(normal.slice(vEnd, vEnd + 8)) &&
        !STATEMENT_NEAR_BEFORE.test(normal.slice(Math.max(s.start, vStart - 30), vStart))
      ) {
        const upTo = this.recipientOpens(s.start, vStart, inSentence);
        // (A speaker named after the verb is its own: «وفي اتصال مع كيري، شدد فيه لافروف على …».)
        if (speaker && upTo < vStart && speaker.start >= upTo && speaker.end <= vStart) speaker = undefined;
        const sender = speaker ? undefined : findLast(inSentence, (m) => m.end <= upTo && !m.place);
        if (sender) {
          push({ start: vStart, end: vEnd, sentence: si, speaker: sender, method: "frame", reporting });
          last = sender;
          decided = true;
          continue;
        }
      }
      // «… رياض حجاب … . وكان حجاب قد أكد أن …»: the same, his surname before the verb, after «وكان» (and «قد»).
      if (!speaker && !participle) {
        const kana = SURNAME_BEFORE_VERB.exec(normal.slice(Math.max(s.start, vStart - 40), vStart));
        if (kana) speaker = this.surnameAt(si, vStart - kana[0].length + kana[0].indexOf(kana[1]!));
      }
      // «(في جنيف،) سُئل المبعوث الدولي ستيفان دي ميستورا عن تصريحات المعلم، فأجاب بأن …»: a verb joined by «ف» to a
      // sentence opening on the passive of asking is the answer of the one asked, its subject.
      // Opening on a clause of time, «وحين سُئل لافروف عن ذلك، ردّ بأن …», the main verb needs no «ف».
      if (!speaker && !participle) speaker = this.askedAt(si, vStart, /^ف/.test(v.text));
      // «وحين سأله المذيع عن مصير الرئيس أجاب: …»: the one asked by his pronoun is the one speaking before, who answers.
      if (!speaker && !participle && last && !last.place && this.askedHimAt(si, vStart, /^ف/.test(v.text))) {
        push({ start: vStart, end: vEnd, sentence: si, speaker: last, method: "continuation", reporting });
        decided = true;
        continue;
      }
      // «وتحدث لافروف عن الإرهاب. وسُئل عن مشاركة إيران، فقال …»: asked with no one named, the one speaking before
      // answers, not one named in what he was asked about.
      if (
        !participle &&
        (!speaker || (speaker === before && !after)) &&
        last &&
        !last.place &&
        this.askedUnnamedAt(si, vStart, /^ف/.test(v.text))
      ) {
        push({ start: vStart, end: vEnd, sentence: si, speaker: last, method: "continuation", reporting });
        decided = true;
        continue;
      }
      // «لم يغير الوزير عادل الجبير موقف بلاده. الرجل خرج ليقول إن …»: «الرجل» opening the sentence is the person
      // named last in the sentence before.
      if (!speaker && !participle) speaker = this.theManAt(si, vStart);
      // «اختتم مؤتمر المعارضة السورية أعماله … . واشترط المجتمعون أن …»: those gathered are the body whose gathering
      // the article told of (CONTRACT.md: a group's position is the group's).
      // So is the final statement of «the group», «the meeting» or none named: «وأكد البيان الختامي للمجموعة أن …».
      if (
        !speaker &&
        !participle &&
        (GATHERED_AFTER.test(normal.slice(vEnd, vEnd + 60)) ||
          GATHERED_OPENING_BEFORE.test(normal.slice(this.sentences[si]!.start, vStart)) ||
          // (Not «وجاء في البيان الختامي أن …», read below as a statement quoted.)
          (!v.text.endsWith("في") && FINAL_STATEMENT_AFTER.test(normal.slice(vEnd, vEnd + 40))))
      ) {
        const body = this.gatheringBefore(si, vStart);
        if (body) {
          push({ start: vStart, end: vEnd, sentence: si, speaker: body, method: "continuation", reporting });
          last = body;
          decided = true;
          continue;
        }
      }
      // «أما الجبير فخرج إلى الصحافيين ليكرر: …», «الجبير خرج ليقول إن …»: a verb of saying for the purpose of
      // another verb has that verb's subject, the one the sentence opens on.
      if (!speaker && !participle && PURPOSE_VERB.test(v.text)) speaker = this.openingSubject(si, vStart);
      // «اختتم وزراء خارجية الدول … في مجموعة «أصدقاء سوريا» اجتماعهم في لندن ببيان ختامي أكدوا فيه أن …»: a verb of
      // saying «in» the statement named right before it has the one whose meeting or statement the sentence opens on
      // as its subject.
      if (
        !speaker &&
        !participle &&
        IN_IT_AFTER.test(normal.slice(vEnd, vEnd + 8)) &&
        STATEMENT_RIGHT_BEFORE.test(normal.slice(Math.max(s.start, vStart - 30), vStart))
      )
        // («في المقابل، أصدر الاجتماع الذي ضم وزراء خارجية إحدى عشرة دولة بياناً أكد فيه …»: the meeting itself issued
        // it; the body whose meeting or group the article told of before holds what it says.)
        speaker =
          this.issuerOpening(si, vStart) ??
          (MEETING_ISSUED_OPENS.test(normal.slice(s.start, vStart))
            ? (this.gatheringBefore(si, s.start) ?? this.groupBefore(si - 1, this.sentences[Math.max(0, si - 1)]!.end))
            : undefined);
      // «وأكد البيان الختامي لاجتماع وزراء خارجية مجموعة أصدقاء سوريا، الذي …، أن …»: the statement's issuer, named in
      // its genitive right after it.
      if (!speaker && !participle) {
        const statement = STATEMENT_OF_AFTER.exec(normal.slice(vEnd, vEnd + 40));
        if (statement) speaker = this.statementIssuerAt(si, vEnd + statement[0].length, Math.min(s.end, vEnd + statement[0].length + 60));
      }
      // «… المعروفة بمجموعة "لندن 11". وأكدت المجموعة، في بيانها، أن …»: a bare «المجموعة» is the group named before.
      if (!speaker && !participle && BARE_GROUP_AFTER.test(normal.slice(vEnd, vEnd + 40))) speaker = this.groupBefore(si, vStart);
      // «استضافت بريطانيا اجتماعاً لمسؤولين … من الدول الإحدى عشرة الأساسية في مجموعة "أصدقاء سورية" … . وقال البيان
      // الختامي لاجتماع لندن إن …»: the final statement of a meeting named by its place is the group's the article
      // named before it, not the host's nor the one who reported on the meeting.
      if (!speaker && !participle && MEETING_STATEMENT_AFTER.test(normal.slice(vEnd, vEnd + 48))) {
        const group = this.groupBefore(si, vStart);
        if (group) {
          push({ start: vStart, end: vEnd, sentence: si, speaker: group, method: "continuation", reporting });
          last = group;
          decided = true;
          continue;
        }
      }
      // «بحث روحاني مع نظيره الروسي بوتين … ، وأكد الجانبان …»; «التقى الجبير رياض حجاب … . وأكدا أن …», «أجرى لافروف
      // اتصالاً مع كيري، واتفقا على …» (a verb in the dual, no subject after it): the two sides speak together (pairBefore).
      if (!speaker && !participle && (BOTH_SIDES_AFTER.test(normal.slice(vEnd, vEnd + 16)) || DUAL_VERB.test(normal.slice(vStart, vEnd)))) {
        // (Further back only for «الجانبان», «البلدان», «الوزيران» named: not «الطرفان», often the two sides of the
        // talks, nor a verb in the dual alone, «أعلنا» being also «we announced».)
        const sides = normal.slice(vEnd, vEnd + 16);
        const pair = this.pairBefore(si, vStart, BOTH_SIDES_AFTER.test(sides) && !PARTIES_TWO_AFTER.test(sides));
        if (pair) {
          push({ start: vStart, end: vEnd, sentence: si, speaker: pair[0], method: "frame", reporting, together: [pair[1]] });
          last = pair[0];
          decided = true;
          continue;
        }
      }
      // «وأكد البيان المشترك الروسي الأمريكي أن …»: the states its adjectives name speak together.
      if (!speaker && !participle) {
        const nations = nationsNamedAfter(normal, vEnd, this.lexicon);
        if (nations.length > 0) {
          push({ start: vStart, end: vEnd, sentence: si, speaker: nations[0]!, method: "frame", reporting, together: nations.slice(1) });
          last = nations[0]!;
          decided = true;
          continue;
        }
      }
      // «عقد وزراء خارجية السعودية وقطر وتركيا اجتماعاً … . يؤكد الوزراء أن …»: the ministers of the states named.
      if (!speaker && !participle && MINISTERS_AFTER.test(normal.slice(vEnd, vEnd + 24))) {
        const states = this.ministersOf(si);
        if (states) {
          push({ start: vStart, end: vEnd, sentence: si, speaker: states[0]!, method: "frame", reporting, together: states.slice(1) });
          last = states[0]!;
          decided = true;
          continue;
        }
      }
      // «صرح رئيس الوفد المفاوض للمعارضة، رياض حجاب، أن …»: the party after the verb is the genitive of a title
      // whose bearer is named right after it; the person is the speaker. A party right after the verb is its
      // subject, and a person after it the object («وطالب الائتلاف بان كي مون بسحب الدعوة»).
      if (speaker && speaker === after && !after.person && /\S/.test(normal.slice(vEnd, after.start))) {
        const at = inSentence.indexOf(after);
        const next = inSentence[at + 1];
        if (next?.person && APPOSITION.test(normal.slice(after.end, next.start))) speaker = next;
        // («الممثل الخاص المشترك للأمم المتحدة والجامعة العربية إلى سوريا الأخضر الإبراهيمي»: past a body joined by
        // «و» and the place of his post, the person bearing the title.)
        else {
          let k = at + 1;
          let end = after.end;
          while (k < inSentence.length && !inSentence[k]!.person && TITLE_REST_BETWEEN.test(normal.slice(end, inSentence[k]!.start)))
            end = inSentence[k++]!.end;
          const bearer = k > at + 1 ? inSentence[k] : undefined;
          if (bearer?.person && HONOURED_APPOSITION.test(normal.slice(end, bearer.start))) speaker = bearer;
        }
      }
      // «وقالت الخارجية الصينية …»: an explicit subject the lexicon does not know is a speaker too, so the
      // previous speaker does not continue.
      // «وقال وزير الخارجية الصيني إن …», «فيما قال الأمين العام لمجلس التعاون الخليجي إن …»: the title of a state or
      // body with no party id is someone else speaking; neither the speaker before nor a party of the sentence
      // holds what he says.
      if (!speaker && !participle && !pronounSubject && !verbalNoun && this.otherOfficeAfter(vEnd, s.end, inSentence)) {
        const name = this.unknownSpanAfter(vEnd, s.end);
        if (name) this.unknown.set(name.start, { ...name, sentence: si });
        last = null;
        decided = true;
        continue;
      }
      // «وكان بان كي مون وجه الدعوة، قبل أن يعلن المتحدث باسمه أن …»: the spokesman of the one the pronoun stands for
      // (the sentence's subject before the verb, else the speaker carried in) speaks for him.
      const spokesman = !speaker && !participle ? HIS_SPOKESMAN_AFTER.exec(normal.slice(vEnd, vEnd + 40)) : null;
      if (spokesman) {
        // («باسمه» a man's, «باسمها» a state's or a body's: the first so named in the sentence, its subject, not an
        // object after it, «التقى كيري بالجربا، وقال المتحدث باسمه …».)
        const his = spokesman[1] === "ه";
        const named = inSentence.find((m) => m.end <= vStart && !m.place && !m.speakerOnly && m.person === his) ?? last;
        if (named) {
          push({ start: vStart, end: vEnd, sentence: si, speaker: named, method: "continuation", reporting });
          decided = true;
          continue;
        }
      }
      // «وتابع الوزير»: a bare title after the verb is the person last named, when one is speaking.
      // «أصدر الائتلاف بياناً. وأكد البيان …»: «البيان» after the verb is the statement of the one last named, a
      // person or a party.
      if (
        !speaker &&
        !participle &&
        last &&
        (((STATEMENT_AFTER.test(normal.slice(vEnd, vEnd + 40)) || DOCUMENT_AFTER.test(normal.slice(vEnd, vEnd + 20))) &&
          this.issuedBefore(si, last)) ||
          (last.person &&
            ((lexicon.anaphoricTitle?.test(normal.slice(vEnd, vEnd + 60)) && !SPOKESMAN_OF_GROUP.test(normal.slice(vEnd, vEnd + 40))) ||
              (FEMININE_TITLE_ALONE.test(normal.slice(vEnd, vEnd + 60)) &&
                FEMININE_AROUND.test(normal.slice(Math.max(0, last.start - 48), Math.min(normal.length, last.end + 24)))))) ||
          this.byHeadNoun(last, vEnd, si))
      ) {
        push({ start: vStart, end: vEnd, sentence: si, speaker: last, method: "continuation", reporting });
        decided = true;
        continue;
      }
      // «اختتم مجلس جامعة الدول العربية اجتماعه … . وأكد البيان الختامي أن …», «أعلن الائتلاف في ختام اجتماعات هيئته
      // … . وجاء في البيان الختامي أن … . وشدد البيان على أن …»: the statement is that of the party whose meeting the
      // sentence before ended (or the one before it, when that one only quotes the statement).
      if (!speaker && !participle && STATEMENT_AFTER.test(normal.slice(vEnd, vEnd + 40))) {
        const issuer = this.meetingBefore(si);
        if (issuer) {
          push({ start: vStart, end: vEnd, sentence: si, speaker: issuer, method: "continuation", reporting });
          last = issuer;
          decided = true;
          continue;
        }
      }
      // «وشدد البيان على أن», «وجاء في بيان الوزارة أن», read with no speaker carried in: the statement may be the
      // speaker's before, so the sentence decides nothing on its own (read with him, the tests above know).
      const statementOfBefore =
        last === null &&
        (STATEMENT_AFTER.test(normal.slice(vEnd, vEnd + 40)) || HEAD_NOUN_AFTER.exec(normal.slice(vEnd, vEnd + 32))?.[1] !== undefined);
      // «وفي موسكو، أعلنت وزارة الخارجية أن …»: a ministry or government named bare after the verb, the sentence
      // opening on the capital it speaks from, is that state's.
      if (!speaker && !participle && !pronounSubject && BARE_BODY_AFTER.test(normal.slice(vEnd, vEnd + 40))) {
        const opening = OPENING_PLACE.exec(normal.slice(s.start, vStart));
        const place = opening
          ? inSentence.find((m) => m.place && m.start >= s.start + opening[1]!.length && m.end <= s.start + opening[0].length)
          : undefined;
        if (place) speaker = { ...place, place: false };
      }
      // «… . وانتقد السعودية بشدة. وأكد أن …»: a verb of accusing or blaming joined by «و», a state or body the lexicon
      // knows right after it and no subject read: the name is its object; the one carried in goes on, past this verb.
      if (
        !speaker &&
        ACCUSING_VERB.test(v.text) &&
        inSentence.some((o) => !o.place && !o.person && o.start >= vEnd && words.within(vEnd, o.start, 0))
      )
        continue;
      if (!speaker && !participle && !pronounSubject && !verbalNoun && !statementOfBefore && unknownSubjectFollows(normal, vEnd)) {
        const name = this.unknownSpanAfter(vEnd, s.end);
        if (name) this.unknown.set(name.start, { ...name, sentence: si });
        last = null;
        decided = true;
        continue;
      }
      if (speaker?.speakerOnly && !(speaker === after || speaker === before)) speaker = undefined;
      if (speaker) {
        // «وأضاف الجربا أن المشاركين … اتفقوا على …»: a speaker inside what another one says is not the one a later
        // «وأضاف» or «مشيرا» goes on with.
        // «قال وزير الخارجية السعودي إن المملكة ترى …»: nor is his own state inside his words (a later «وتابع
        // الوزير» is his).
        // «الجربا: "النظام رفض مناقشة …". وأضاف: …»: nor one inside the quotation a headline's speaker opens at his colon.
        const inner = ownFrames.some(
          (o) =>
            (o.speaker.party !== speaker.party || (o.speaker.person && !speaker.person)) &&
            o.end <= vStart &&
            (o.method === "frame"
              ? REPORTED_CLAUSE.test(normal.slice(o.end, vStart))
              : o.method === "headline" && /^\s*["«“]/.test(normal.slice(o.end, vStart))),
        );
        push({ start: vStart, end: vEnd, sentence: si, speaker, method: "frame", reporting });
        if (!inner) last = speaker;
        decided = true;
        continue;
      }
      // No subject the lexicon knows: a name or title right after the verb is one it lacks (for the review queue).
      if (!participle && !pronounSubject && !verbalNoun) {
        const name = this.unknownSpanAfter(vEnd, s.end);
        if (name) this.unknown.set(name.start, { ...name, sentence: si });
      }
      // No subject: a participle continues this sentence's speaker; a clause-initial verb the last one.
      // «وشدد لافروف على أن "السعوديين أكدوا …"، لافتا إلى …»: not a speaker inside what another one said.
      // («أكد كيري أن "…"، فيما طالب الجربا …، مشدداً على …»: a clause of contrast after the report opens a speaker's own,
      // not one inside the report.)
      const embedded = (f: Frame) =>
        ownFrames.some(
          (o) =>
            o.end <= f.start &&
            REPORTED_CLAUSE.test(normal.slice(o.end, f.start)) &&
            !CONTRAST_OPENS_AFTER.test(normal.slice(o.end, f.start)),
        );
      // «وتطرق لافروف إلى مواقف المعارضة التي تربط مشاركتها بتنحي الأسد، قائلاً: …»: nor the verb of a relative
      // clause on a noun of the sentence («التي/الذي» right before it): the participle after the comma goes on with
      // the sentence's own subject.
      const relative = (f: Frame) => RELATIVE_VERB_BEFORE.test(normal.slice(Math.max(s.start, f.start - 12), f.start));
      // («اشتراط باريس أن تعلن طهران …، مؤكداً أن …»: nor a verb right after «أن», the complement of another word.)
      const complement = (f: Frame) => THAT_RIGHT_BEFORE_VERB.test(normal.slice(Math.max(s.start, f.start - 5), f.start));
      const sentenceFrame = findLast(ownFrames, (f) => f.start < vStart && !embedded(f) && !(participle && (relative(f) || complement(f))));
      if (participle && sentenceFrame) {
        push({ start: vStart, end: vEnd, sentence: si, speaker: sentenceFrame.speaker, method: "continuation", reporting });
        continue;
      }
      // «وقال الجبير … بشأن ⏎ سوريا في فيينا: "…"، مضيفا: "…"»: a sentence cut by a line break has its speaker in the
      // piece before; a participle with no frame and no possible subject before it in its sentence goes on with him.
      if (
        participle &&
        last &&
        !inSentence.some((m) => m.end <= vStart && !m.speakerOnly && !isLocative(normal, lexicon, m)) &&
        !/[.!?؟]/.test(normal.slice(s.start, vStart))
      ) {
        push({ start: vStart, end: vEnd, sentence: si, speaker: last, method: "continuation", reporting });
        continue;
      }
      // «وكان المبعوث الدولي ستيفان دي ميستورا قد افتتح المحادثات …، داعياً جميع الأطراف إلى …»: a participle after a
      // comma, in a sentence whose clause of doing (no saying) opens with a person, its verb or «وكان» before him, is his.
      // «أما المبعوث الأممي ستيفان دي ميستورا فتجنب الخوض في المسألة، قائلاً إن …»: so is one «أما» puts first, the
      // sentence taken up by «ف» and his verb (a person or a party: «أما الخارجية الروسية فرفضت التعليق، مشيرة …»).
      // «أما وزير الخارجية الفرنسي فكان أكثر حسماً، إذ قال إن …»: a verb of saying after the comma and «إذ» (or «حيث»)
      // explains the clause of doing before it, as a participle would, and has its subject.
      const lead = normal.slice(Math.max(s.start, vStart - 8), vStart);
      if (
        ((participle && (COMMA_OR_EXPLAINING_BEFORE.test(lead) || ADVERBIAL_PARTICIPLE.test(v.text))) ||
          (!participle && !conjoined && EXPLAINING_BEFORE.test(lead))) &&
        !sentenceFrame
      ) {
        // («استقبلت |الرياض| كيري مؤكدةً …»: a capital right after the opening verb is its subject, a state; a participle in
        // the feminine goes with it, not with the man received after it.)
        const opening = inSentence.find((m) => m.start >= s.start && m.end < vStart);
        const openingSubject =
          opening &&
          !opening.person &&
          !opening.speakerOnly &&
          !isLocative(normal, lexicon, opening) &&
          ONE_VERB_OPENS.test(normal.slice(s.start, opening.start))
            ? opening
            : undefined;
        const first =
          participle && openingSubject && (openingSubject.place || FEMININE_PARTICIPLE.test(v.text))
            ? openingSubject
            : inSentence.find((m) => !m.place && !m.speakerOnly && m.end < vStart);
        // «رفع الأمين العام لـ"حزب الله" السيد حسن نصرالله سقف خطابه، إذ قال …»: his office's party, then his name.
        const named =
          first && !first.person && !participle
            ? inSentence.find(
                (m) => m.person && m.party === first.party && m.start >= first.end && m.end < vStart && words.within(first.end, m.start, 1),
              )
            : undefined;
        const doer = named ?? first;
        if (
          doer &&
          (this.topicTakenUp(si, doer, vStart) ||
            // (A party or body too, before a participle, where no verb of saying comes before it: «وغادرت الخارجية
            // الفرنسية الاجتماع رافضةً …»; not «وحول مطالبة المعارضة …، قال مساعد الوزير …، مضيفاً …».)
            ((doer.person ||
              (participle && (!doer.place || doer === openingSubject) && !verbs.some((u, j) => j < k && u.index > doer.end))) &&
              (participle ? DOER_OPENS : DOER_OPENS_LATE).test(normal.slice(s.start, doer.start)))) &&
          // (A person right after «وصل» is the one who arrived, not where: «وصل كيري إلى جنيف، مؤكداً …».)
          (!isLocative(normal, lexicon, doer) ||
            (doer.person && !doer.place && ARRIVED_RIGHT_BEFORE.test(normal.slice(s.start, doer.start))))
        ) {
          push({ start: vStart, end: vEnd, sentence: si, speaker: doer, method: "continuation", reporting });
          // (He, not the relative clause's subject passed over, goes on in a bare «وشدد» after: «…، قائلاً: "…". وشدد …».)
          // («أما الرئيس الإيراني حسن روحاني فخصص كلمته للاتفاق النووي، واصفاً إياه …. وفي الشأن السوري، قال إن …»: nor
          // the speaker before the sentence that «أما» gave to him.)
          if (
            (participle && last !== null && ownFrames.some((f) => f.start < vStart && f.speaker === last && relative(f))) ||
            this.topicTakenUp(si, doer, vStart)
          ) {
            last = doer;
            decided = true;
          }
          continue;
        }
      }
      const clauseHead = boundaries.clauseStart(si, vStart);
      // A party named by an event sentence the verb does not agree with («وعقدت روسيا مؤتمراً صحفياً. وتابع …») passes
      // the verb back to the speaker in effect before that sentence.
      // (Not a plural verb told to the speaker, «قالوا لنا», «أبلغونا»: others speak to him.)
      // (Nor a verb of the third person plural after one person, «لافروف: … . بعض شركائنا يصرون على …»: others.)
      // «أما الرئيس الإيراني حسن روحاني فخصص كلمته …، وحمل الولايات المتحدة مسؤولية …»: a verb joined by «و» after a
      // comma in a sentence «أما» gives to someone goes on with him, not with the speaker carried in.
      const topic = conjoined && !participle ? inSentence.find((m) => m.end <= vStart && !m.place && !m.speakerOnly) : undefined;
      if (topic && COMMA_BEFORE.test(normal.slice(Math.max(s.start, vStart - 3), vStart)) && this.topicTakenUp(si, topic, vStart)) {
        push({ start: vStart, end: vEnd, sentence: si, speaker: topic, method: "continuation", reporting });
        last = topic;
        decided = true;
        continue;
      }
      const carried =
        last && !TOLD_US.test(normal.slice(vStart, vEnd + 5)) && !(last.person && THEY_VERB.test(v.text)) && this.carriedInto(last, v.text);
      if (
        carried &&
        ((words.within(clauseHead, vStart, 1) &&
          (conjoined || participle || vStart - s.start < 3 || clauseHead > s.start || THEN_OPENS.test(normal.slice(s.start, vStart)))) ||
          ANSWER_OPENING.test(normal.slice(s.start, vStart)) ||
          // «"إيران يجب أن تكون حاضرة"، قال في مؤتمر صحفي»: a verb set after the quotation opening the sentence, with no
          // subject of its own and no verb of saying before it, says that quotation, his.
          (QUOTATION_THEN_VERB.test(normal.slice(s.start, vStart)) && !verbs.some((u, j) => j < k && u.index >= s.start)) ||
          // «وكان قد أكد الأسبوع الماضي أن …»: the pluperfect with no subject of its own goes on with him.
          PLUPERFECT_OPENS.test(normal.slice(s.start, vStart)) ||
          (reporting && this.butHeSpeaks(normal.slice(s.start, vStart), carried, v.text)))
      ) {
        push({ start: vStart, end: vEnd, sentence: si, speaker: carried, method: "continuation", reporting });
        continue;
      }
      // «وحول مستقبل الرئيس السوري قالت إن …», «وعن مشاركة إيران، أوضح أن …»: the sentence opens on what it is about
      // («حول», «عن», «بشأن», «بخصوص», «فيما يتعلق بـ»), then the verb with no subject of its own: the speaker goes on.
      // «ففي مقابلة مع قناة لبنانية في ربيع 2012 قال إن …»: so does one opening on the occasion of his words, no one
      // named in it.
      if (
        carried &&
        reporting &&
        !participle &&
        (TOPIC_FRONTED.test(normal.slice(s.start, vStart)) ||
          (OCCASION_FRONTED.test(normal.slice(s.start, vStart)) && !inSentence.some((m) => m.start < vStart && !m.place)))
      ) {
        push({ start: vStart, end: vEnd, sentence: si, speaker: carried, method: "continuation", reporting });
        continue;
      }
      // «حدد الائتلاف شروطه للمشاركة …، وقال في بيان إنه …»: a verb joined by «و» after a comma shares the subject
      // its sentence opened with (a verb, then the name).
      // («قبل يومين من استئناف المحادثات، أغلق وزير الخارجية السوري الباب …، وقال إن …»: a phrase of time or place set
      // off by a comma may open the sentence before that verb; so may one of contrast or of the speaker's side: «من
      // جهته، عرض الإبراهيمي نتائج جولته، وقال …».)
      const adverbial = conjoined ? EVENT_OPENING_ASIDE.exec(normal.slice(s.start, vStart)) : null;
      const head = s.start + (adverbial?.[0].length ?? 0);
      // («التقى بوتين الجبير في سوتشي |ثم| أكد أن …»: so after «ثم», comma or none.)
      const opening =
        conjoined &&
        (COMMA_BEFORE.test(normal.slice(Math.max(s.start, vStart - 3), vStart)) ||
          THEN_BEFORE.test(normal.slice(Math.max(s.start, vStart - 5), vStart)))
          ? inSentence.find((m) => m.start >= head)
          : undefined;
      if (
        opening &&
        opening.end <= vStart &&
        !opening.place &&
        !opening.speakerOnly &&
        !objectOfUnnamedSubject(normal, opening) &&
        (VSO_SUBJECT.test(normal.slice(head, opening.start)) ||
          SVO_SUBJECT.test(normal.slice(head, opening.start)) ||
          (opening.person && TITLED_PERSON_SUBJECT.test(normal.slice(head, opening.start))))
      ) {
        push({ start: vStart, end: vEnd, sentence: si, speaker: opening, method: "continuation", reporting });
        last = opening;
        decided = true;
      }
    }
    return { frames: ownFrames, last, decided };
  }
}
