// Pass 4: who holds each cue. Quotations belong to their speaker; otherwise the nearest party that is the
// subject of a position in the cue's clause, else the sentence's speaker frame; approvals and agreements add
// the approver and the partner.
import type { KeywordPresence } from "../../text/keywords";
import { ENVOY, OFFICE } from "../offices";
import { isWhiteSpace, type Quote, type Sentence, type WordIndex } from "../../text/sentences";
import type { Lexicon } from "../lexicon";
import { oppositeStance, type AttributionMethod } from "../types";
import type { Mention, SentenceMentions } from "./01-actors";
import {
  CALLING_VERBS,
  DOCUMENT_NOUN,
  DUAL_VERB,
  findLast,
  insideObjectBeforeSaying,
  OBJECT_VERB_BEFORE,
  OFFICE_WORDS,
  SINGLING_OUT,
  RELATION_BEFORE,
  JOINED_PAST_MASCULINE_VERB,
  SUBORDINATE_BEFORE,
  TEXT_ENDS,
  textIntroIn,
  ARRIVED_RIGHT_BEFORE,
  FEMININE_PARTICIPLE,
  LATTER_NEXT,
  ONE_VERB_OPENS,
  isLocative,
  objectOfSubject,
  objectBeforeJoinedVerb,
  COUNTERPART,
  MET_BY_HIM_GAP,
  objectOfUnnamedSubject,
  OBLIGED_BEFORE,
  OBLIGED_TO,
  relativeClauseOn,
  resumptiveAfter,
  unnamedSubjectFollows,
  URGED_PAST_APPOSITION,
  URGED_PAST_ASIDES,
  URGED_TO_NEXT,
  URGING_VERBS,
  type ClauseBoundaries,
  type Frame,
  type Frames,
} from "./02-speakers";
import { linkedWithConjunction, MET_WITH, type Cue } from "./03-cues";
import { COMPANIONS } from "./03-shared";
import { adjectiveSource, nationalitiesOf, nationalityMentions } from "./nationality";
import { matchesIn } from "./scan";
import { lowerBound, sentenceIndex } from "./search";

export interface Holding {
  cue: Cue;
  holder: Mention;
  method: AttributionMethod;
  /** The party that reports the position, when it is not the holder's own statement. */
  reportedBy?: string;
}

export interface HolderContext {
  normal: string;
  sentences: readonly Sentence[];
  mentions: SentenceMentions;
  /** Speaker frames per sentence, worked out for the sentences asked about. */
  frames: Frames;
  quotes: readonly Quote[];
  boundaries: ClauseBoundaries;
  words: WordIndex;
  /** The keyword scan of `sentences`: the approval and agreement words are looked for only where it saw them. */
  present: KeywordPresence;
  lexicon: Lexicon;
}

/**
 * Verbs of asking someone to do something (يطالب، دعا، حث، حض، شجع), or of pressing him, with its «على» (ضغط على): the
 * name right after them is the one asked.
 */
const ASKING_VERBS =
  "(?:[يت]طالب|طالب|طالبت|[يت]دعو|دعا|دعت|[يت]حث|حث|حثت|[يت]حض|حض|حضت|[يت]ناشد|ناشد|ناشدت|[يت]شجع|شجع|شجعت|(?:[يت]ضغط|ضغط|ضغطت)\\s+علي)";
/** A verb of urging, always transitive, right before a name (with «و/ف»): «وحث |الهيئة», «وحضّت |المعارضة». */
const URGING_RIGHT_BEFORE = new RegExp(`(?:^|\\s)[وف]?${URGING_VERBS}\\s+$`);
/** «ما وصفه بـ», «ما سمّاه», «بما اعتبره» right before a quotation: the speaker's name for what another holds. */
const LABEL_BEFORE_QUOTE = /(?:^|\s)(?:ما|بما|لما)\s+(?:وصفه|وصفته|وصفوه|سماه|سمته|سموه|اسماه|اسمته|اعتبره|اعتبرته)\s*(?:بـ|ب)?\s*"?\s*$/;
/** A verb of urging, then a title of up to four words, right before a name: «حث |المنسق العام للهيئة| رياض حجاب». */
const URGING_THEN_TITLE = new RegExp(
  `(?:^|\\s)[وف]?${URGING_VERBS}\\s+(?:ال)?(?:منسق|رئيس|نائب|امين|متحدث|ناطق|وزير|مبعوث|مندوب|سفير|عضو|قائد|زعيم|كبير)(?:\\s+[^\\s،,.؛:"]+){0,3}\\s+$`,
);
/** A verb of giving a deadline right before a name: «يمهل |بان كي مون», «أمهلت |الحكومة». */
const DEADLINE_RIGHT_BEFORE = /(?:^|\s)[وف]?(?:[يت]مهل|امهل|امهلت|امهلوا)\s+$/;
/** What the one given a deadline is to do, «ل» and a noun, past the time given: «ساعات |لسحب …», «48 ساعة |لـ…». */
const DEADLINE_TO_NEXT = /^(?:\s+[^\s،,.؛:]+){0,6}?\s+ل[\u0621-\u064A]/;
/** A verb of giving a deadline, the whole of a stance word («أمهل», «يمهلون»). */
const DEADLINE_WORD = /^[وف]?(?:امهل|امهلت|امهلوا|[يت]مهل(?:ون|ان)?)$/;
/**
 * «…، وحث الهيئة على المشاركة دون شروط»: a verb of urging right before a name and «على/إلى» right after it (or past
 * asides between commas, the name again in apposition among them), its
 * subject the one of the clause before: the name is the one urged. (Not where no one is named before the verb in the
 * sentence: «وحثت روسيا على عقد المؤتمر» names its subject after it, the one urged left unsaid.)
 */
function urgedRightAfter(normal: string, m: Mention, inSentence: readonly Mention[]): boolean {
  // «ضغط كيري على حجاب، خلال لقائهما في الرياض، للذهاب إلى جنيف دون شروط»: the one pressed to do something.
  if (PRESSED_ON_BEFORE.test(normal.slice(Math.max(0, m.start - 14), m.start)) && PRESSED_TO_NEXT.test(normal.slice(m.end, m.end + 90)))
    return true;
  if (calledOn(normal, inSentence, m)) return true;
  // «حاولت روسيا إقناع |الأمم المتحدة| بدعوة إيران», «طلبت روسيا من |الأمم المتحدة| دعوة إيران»: the one persuaded or
  // asked, after the persuader named before.
  const persuaded = PERSUADED_RIGHT_BEFORE.exec(normal.slice(Math.max(0, m.start - 16), m.start));
  if (persuaded) return inSentence.some((o) => o.end <= m.start - persuaded[0].length && !o.place);
  const verb = URGING_RIGHT_BEFORE.exec(normal.slice(Math.max(0, m.start - 8), m.start));
  // («الائتلاف يمهل بان كي مون ساعات لسحب دعوة إيران»: the one given a deadline to do something; not after a place
  // only, «وفي موسكو، أمهل لافروف المعارضة …», where the one after the verb is its subject.)
  const deadline = verb === null ? DEADLINE_RIGHT_BEFORE.exec(normal.slice(Math.max(0, m.start - 10), m.start)) : null;
  if (deadline) {
    const verbStart = m.start - deadline[0].length;
    return DEADLINE_TO_NEXT.test(normal.slice(m.end, m.end + 40)) && inSentence.some((o) => o.end <= verbStart && !o.place);
  }
  if (verb === null) {
    // «حث المنسق العام للهيئة رياض حجاب، في اتصال هاتفي، على …»: the one urged named by his title, then his name, the
    // occasion after it between commas.
    const titled = URGING_THEN_TITLE.exec(normal.slice(Math.max(0, m.start - 60), m.start));
    if (titled)
      return URGED_PAST_ASIDES.test(normal.slice(m.end, m.end + 90)) && inSentence.some((o) => o.end <= m.start - titled[0].length);
    // «حث المنسق العام للهيئة، |رياض حجاب|، على …»: the one urged named again in apposition, between commas.
    const prev = inSentence[inSentence.indexOf(m) - 1];
    return (
      prev !== undefined &&
      /^\s*[،,]\s*$/.test(normal.slice(prev.end, m.start)) &&
      URGING_RIGHT_BEFORE.test(normal.slice(Math.max(0, prev.start - 8), prev.start)) &&
      URGED_PAST_ASIDES.test(normal.slice(m.end, m.end + 90))
    );
  }
  // («… على …», or past an apposition and an aside between commas: «حث المنسق العام للهيئة، رياض حجاب، خلال لقائهما
  // في الرياض، على …».)
  if (!URGED_TO_NEXT.test(normal.slice(m.end, m.end + 6)) && !URGED_PAST_APPOSITION.test(normal.slice(m.end, m.end + 90))) return false;
  const verbStart = m.start - verb[0].length;
  return inSentence.some((o) => o.end <= verbStart);
}
/** Persuading or asking right before a name: «إقناع |», «أقنعت |», «يقنع |», «طلبت من |». */
const PERSUADED_RIGHT_BEFORE = /(?:^|\s)[وفبل]?(?:(?:ال)?اقناع|اقنع|اقنعت|[يت]قنع|(?:طلب|طلبت|[يت]طلب)\s+من)\s+$/;
/** A verb of the past in the masculine joined by «و», as a word («… المرحلة الانتقالية |واشترط| …»; not «والأسد»). */
const JOINED_PAST_MASCULINE_BETWEEN = new RegExp(`\\s${JOINED_PAST_MASCULINE_VERB}(?=\\s)`);
/** A verb of the present, negated or not, right after a name: «الأسد |لا يمكن|», «موسكو |ترفض|». */
const PRESENT_RIGHT_AFTER = /^\s+(?:(?:لا|لن)\s+)?[يت][\u0621-\u064A]{2,}/;
/** A comma, then a verb joined by «و», right before a name: «، ورفضت |», «، وطالب |». */
const OWN_VERB_AFTER_COMMA_BEFORE = /[،,]\s*و(?!ال)[\u0621-\u064A]{3,7}\s+$/;
/**
 * «جاء ذلك في/خلال/على لسان …», «هذا ما أكده/قاله …» opening a sentence: what the sentence before said, named back (not
 * «هذا ما يرفضه …», «جاء ذلك رداً على …»: another's answer to it).
 */
const SAID_BACK_OPENS =
  /^[\s"«]*[وف]?(?:جاء\s+ذلك\s+(?:في|خلال|علي\s+لسان|ضمن)|(?:هذا|ذلك)\s+(?:هو\s+)?ما\s+(?:اكد|اكدت|اكده|اكدته|قال|قالت|قاله|قالته|اعلن|اعلنت|اعلنه|اعلنته|شدد|شددت|اوضح|اوضحت|اوضحه|اوضحته|صرح|صرحت|جدد|جددت|جدده|جددته))\s/;
/**
 * The one named back by the sentence after the cue's (SAID_BACK_OPENS), where the cue's sentence has no frame of its
 * own: the first person or party named there, within its first twenty words.
 */
function saidBackBy(cue: Cue, ctx: HolderContext): Mention | undefined {
  const next = ctx.sentences[cue.sentence + 1];
  const here = ctx.sentences[cue.sentence]!;
  if (!next || ctx.frames.in(cue.sentence).length > 0 || /\n\s*\n/.test(ctx.normal.slice(here.end, next.start))) return undefined;
  if (!SAID_BACK_OPENS.test(ctx.normal.slice(next.start, next.start + 24))) return undefined;
  return ctx.mentions
    .in(cue.sentence + 1)
    .find((m) => !m.place && !m.speakerOnly && ctx.words.within(next.start, m.start, 20) && !isLocative(ctx.normal, ctx.lexicon, m));
}
/**
 * A letter, memo or cable sent «إلى/لـ» someone (up to five words of his name), then a verb with «فيها/فيه» (its
 * object's pronoun on it or not) and at most three words, up to the cue: group 1 is the letter's word.
 */
const LETTER_SAYS_BEFORE =
  /(?:^|\s)[وبل]?((?:ال)?(?:رساله|رسالته|رسالتها|رسائل|برقيه|مذكره|خطاب|خطابا))(?:\s+[^\s،,.:]+){0,2}?\s+(?:الي\s+|لل)(?:[^\s،,.:]+\s+){0,5}?[وف]?[\u0621-\u064A]{3,8}\s+(?:فيه|فيها)(?:\s+[^\s،,.:]+){0,3}?\s+$/;
/** A verb of sending with the letter's pronoun right after it: «(رسالة) |وجهها|», «بعثها», «أرسلها». */
const SENT_BY_BEFORE = /^\s+(?:(?:ال)?(?:تي|ذي)\s+)?(?:وجه|بعث|ارسل|كتب)(?:ت)?(?:ها|ه)\s+$/;
/** A verb of receiving, then up to four words (its subject), before the letter. */
const RECEIVED_BEFORE = /(?:^|\s)[وف]?(?:تلقي|تلقت|[يت]تلقي|تسلم|تسلمت|[يت]تسلم|استلم|استلمت)(?:\s+[^\s،,.:]+){0,4}\s+[وبل]?$/;
/**
 * The sender of a letter whose words the cue is (LETTER_SAYS_BEFORE): the one named after a verb of sending right
 * after the letter, else the last one named before the letter's word; none where a name stands between «فيها» and the
 * cue (its clause has a subject of its own) or where the letter is received.
 */
function letterSender(cueStart: number, inSentence: readonly Mention[], sentence: Sentence, ctx: HolderContext): Mention | undefined {
  const { normal } = ctx;
  const from = Math.max(sentence.start, cueStart - 140);
  const text = normal.slice(from, cueStart);
  if (!text.includes("في")) return undefined;
  const letter = LETTER_SAYS_BEFORE.exec(text);
  if (!letter) return undefined;
  const at = from + letter.index + letter[0].indexOf(letter[1]!);
  const inIt = from + letter.index + letter[0].lastIndexOf(" في");
  // (Not a clause with its own subject after «فيها»: «يقول فيها إن واشنطن ترفض …», «ينتقد فيها رفض واشنطن …»; nor a
  // letter received, «تسلم كيري رسالة من لافروف …».)
  if (
    inSentence.some((m) => m.start > inIt && m.end <= cueStart) ||
    RECEIVED_BEFORE.test(normal.slice(Math.max(sentence.start, at - 40), at))
  )
    return undefined;
  // («نشر الائتلاف رسالة |وجهها كيري| إلى الجربا …»: its sender named after the letter, by a verb of sending.)
  const letterEnd = at + letter[1]!.length;
  const sentBy = inSentence.find((m) => m.start > letterEnd && m.end <= inIt && SENT_BY_BEFORE.test(normal.slice(letterEnd, m.start)));
  return sentBy ?? findLast(inSentence, (m) => m.end <= at && !m.place && ctx.words.within(m.end, at, 3));
}
/**
 * A word of purpose, and a word of the cue's (its trigger: «بهدف منع |مشاركة إيران|»), ending the text before a cue
 * («بهدف |», «من أجل |», «بغية |», «سعياً إلى |», «لكي |»).
 */
const PURPOSE_BEFORE = /(?:^|\s)(?:بهدف|من\s+اجل|بغيه|سعيا\s+(?:الي|ل)|لكي|كي)\s+(?:[^\s،,.؛:"]+\s+)?$/;
/** A cue opening on «لـ» and a verbal noun of purpose: «للمطالبة», «لدعم», «لمنع», «لرفض». */
const PURPOSE_AT = /^ل(?:ل?(?:مطالبه|دعم|منع|رفض|اشتراط|تاييد|ضمان|اقصاء|استبعاد|ابعاد|اشراك)|(?:ال)?تمسك)(?![\u0621-\u064A])/;
/** A relative pronoun or a verb of the present: a clause of its own between the doer and a clause of purpose. */
const OWN_CLAUSE_BETWEEN = /(?:^|\s)(?:الذي|التي|الذين|[يت][\u0621-\u064A]{3,6}(?:ون)?)(?=\s)/;
/**
 * The doer of a sentence whose cue is its clause of purpose (PURPOSE_BEFORE, PURPOSE_AT): the first one named, right
 * after the verb opening the sentence, not where something happened (a capital there is the state); none where a
 * verb of saying stands between him and the cue.
 */
function purposeDoer(cue: Cue, inSentence: readonly Mention[], ctx: HolderContext): Mention | undefined {
  const { normal } = ctx;
  const sentence = ctx.sentences[cue.sentence]!;
  if (
    !PURPOSE_AT.test(normal.slice(cue.start, cue.start + 12)) &&
    !PURPOSE_BEFORE.test(normal.slice(Math.max(sentence.start, cue.start - 16), cue.start))
  )
    return undefined;
  const first = inSentence.find((m) => m.start >= sentence.start);
  // (A capital right after the verb is its subject: «تحركت الرياض …».)
  if (
    !first ||
    first.end > cue.start ||
    // (A person right after «وصل» is the one who arrived: «وصل الجربا إلى القاهرة …».)
    (isLocative(normal, ctx.lexicon, first) && !(first.person && ARRIVED_RIGHT_BEFORE.test(normal.slice(sentence.start, first.start)))) ||
    !ONE_VERB_OPENS.test(normal.slice(sentence.start, first.start))
  )
    return undefined;
  // (No verb of saying between: «قال لافروف إن موسكو تسعى لـ…» has its own holders; nor a clause of its own, «وصل
  // الجربا إلى الرياض، فيما خرجت مظاهرات للمطالبة برحيل الأسد».)
  // (Nor a relative clause or a verb of the present between, whose own aim it is: «هاجم لافروف المعارضين الذين
  // يتحركون بهدف …», «فصائل تقاتل من أجل رحيل الأسد».)
  if (
    matchesIn(ctx.lexicon.speechVerb, normal, first.end, cue.start).length > 0 ||
    ctx.boundaries.crosses(first.end, cue.start) ||
    OWN_CLAUSE_BETWEEN.test(normal.slice(first.end, cue.start))
  )
    return undefined;
  return first;
}
/** Up to six words after a cue, then «من قبل» or «من جانب», right before a name: the agent of a passive. */
const AGENT_BEFORE = /^(?:\s+[^\s،,.؛:"]+){0,6}?\s+من\s+(?:قبل|جانب|طرف)\s+$/;
/** The agent of a passive named right after the cue (AGENT_BEFORE), a party or person, not a place, in a sentence no one speaks before it. */
function passiveAgent(cue: Cue, inSentence: readonly Mention[], ctx: HolderContext): Mention | undefined {
  const { normal } = ctx;
  // (Not in what a speaker says: «قال المعلم إن من غير المنطقي استبعاد إيران … من قبل الولايات المتحدة» judges the
  // agent's deed.)
  // (A frame whose speaker is the passive's patient, «يُطالَب |الأسد| بالتنحي», is the passive verb read as active.)
  const patient = (m: Mention) =>
    (cue.topic === "assad_role" && m.actor === "assad") || (cue.topic === "iran_participation" && m.party === "iran");
  if (ctx.frames.in(cue.sentence).some((f) => f.start < cue.end && !patient(f.speaker))) return undefined;
  const end = Math.min(ctx.sentences[cue.sentence]!.end, cue.end + 90);
  if (!normal.slice(cue.end, end).includes("من ")) return undefined;
  const m = inSentence.find((o) => o.start >= cue.end && o.start < end);
  // (Only where no one is named in the cue, its subject: «تطالب المعارضة برحيل الأسد بعد المجازر المرتكبة من قبل
  // إيران» names the one demanding.)
  return m &&
    !m.place &&
    !(cue.about && overlaps(m, cue.about)) &&
    !inSentence.some(
      (o) =>
        o.start >= ctx.sentences[cue.sentence]!.start &&
        o.end <= cue.end &&
        !(cue.about && overlaps(o, cue.about)) &&
        !o.place &&
        !patient(o),
    ) &&
    AGENT_BEFORE.test(normal.slice(cue.end, m.start))
    ? m
    : undefined;
}
/** «لأنها/لأنه/لأنهم» and up to two words right before the cue (group 1: the pronoun). */
const CAUSE_PRONOUN_BEFORE = /(?:^|\s)[وف]?لان(ها|ه|هم)\s+(?:[^\s،,.؛:"]+\s+){0,2}$/;
/**
 * The object of a verb of criticising or urging (objectOfSubject) named right before «لأنها/لأنه» opening the cue's
 * clause, agreeing with its pronoun («ها» a state or body, «ه» a person): what the clause says is its own.
 */
function causeClauseOn(cueStart: number, inSentence: readonly Mention[], sentence: Sentence, ctx: HolderContext): Mention | undefined {
  const { normal } = ctx;
  const from = Math.max(sentence.start, cueStart - 40);
  const cause = CAUSE_PRONOUN_BEFORE.exec(normal.slice(from, cueStart));
  if (!cause) return undefined;
  const at = from + cause.index;
  const m = findLast(inSentence, (o) => o.end <= at);
  if (
    !m ||
    isLocative(normal, ctx.lexicon, m) ||
    !ctx.words.within(m.end, at + 1, 0) ||
    (cause[1] === "ها" ? m.person : cause[1] === "ه" ? !m.person : false)
  )
    return undefined;
  // (Two capitals too, which objectOfSubject leaves as places: «انتقدت موسكو |واشنطن| لأنها …».)
  const prev = inSentence[inSentence.indexOf(m) - 1];
  const object =
    objectOfSubject(normal, ctx.words, inSentence, m) !== undefined ||
    (prev !== undefined &&
      prev.party !== m.party &&
      /^\s+$/.test(normal.slice(prev.end, m.start)) &&
      OBJECT_VERB_BEFORE.test(normal.slice(Math.max(sentence.start, prev.start - 60), prev.start)));
  return object ? m : undefined;
}
/** A word joined by «و» or «ف». */
const JOINED_WORD = /^[وف]/;
/** «على» opening a clause of obligation right before a name: «إن على |», «، وعلى |», at the sentence's start. */
const OBLIGATION_OPENS_BEFORE = /(?:^|[،,:"«]\s*|(?:^|\s)(?:ان|بان|لكن)\s+|(?:^|\s)[وف])علي\s+$/;
/** A verb of advising, appealing or urging, then one to four words (its subject, unnamed), right before a name. */
const ADVISED_AFTER_UNNAMED_BEFORE = new RegExp(
  `(?:^|\\s)[وف]?(?:نصح|نصحت|نصحوا|[يت]نصح(?:ون)?|ناشد|ناشدت|ناشدوا|[يت]ناشد(?:ون)?|${URGING_VERBS}|${CALLING_VERBS})((?:\\s+(?!(?:ان|بان|انه|انها)(?:\\s|$))[^\\s،,.؛:"]+){0,3}\\s+(?!(?:اليوم|امس|الاحد|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|السبت|${OFFICE_WORDS})(?:\\s|$))ال[\\u0621-\\u064A]{2,}(?:\\s+(?!${SINGLING_OUT})[^\\s،,.؛:"]+){0,2})\\s+$`,
);
/**
 * Whether m is advised, appealed to or urged by a subject no mention names: the verb, its subject's words, then m,
 * no name between (a named subject is read by objectOfSubject).
 */
function urgedByUnnamed(normal: string, inSentence: readonly Mention[], m: Mention): boolean {
  const from = Math.max(0, m.start - 60);
  const head = ADVISED_AFTER_UNNAMED_BEFORE.exec(normal.slice(from, m.start));
  if (!head) return false;
  const verbEnd = from + head.index + head[0].length - head[1]!.length;
  return !inSentence.some((o) => o !== m && o.start >= verbEnd && o.end <= m.start);
}

/**
 * Whether m is the one called on, right after the one calling (named after the verb, his title between, a capital
 * too): «ناشدت موسكو |الأمم المتحدة| توجيه دعوة إلى إيران», «طلبت واشنطن من |الأمم المتحدة| سحب الدعوة». It is asked;
 * the caller holds what follows.
 */
function calledOn(normal: string, inSentence: readonly Mention[], m: Mention): boolean {
  // «إن واشنطن طلبت من |الأمم المتحدة| سحب الدعوة», «وقالت إنها طلبت من |…|»: asked with «من» right after the verb,
  // the asker named before it or a pronoun.
  if (ASKED_FROM_BEFORE.test(normal.slice(Math.max(0, m.start - 28), m.start))) return true;
  // «…، داعياً |الأمم المتحدة| إلى توجيه الدعوة إلى طهران»: called on by a participle, the caller the one reported.
  if (CALLING_PARTICIPLE_BEFORE.test(normal.slice(Math.max(0, m.start - 16), m.start))) return true;
  const caller = inSentence[inSentence.indexOf(m) - 1];
  return (
    caller !== undefined &&
    caller.party !== m.party &&
    CALLED_ON_GAP.test(normal.slice(caller.end, m.start)) &&
    CALLING_VERB_BEFORE.test(normal.slice(Math.max(0, caller.start - 50), caller.start)) &&
    // (Not a body in the title of the one calling: «ودعا مبعوث الجامعة العربية لدى |الأمم المتحدة| نبيل العربي …».)
    !TITLE_PLACE_BEFORE.test(normal.slice(Math.max(0, caller.start - 8), caller.start))
  );
}
/** A verb of calling on or asking someone, and up to four words of the caller's title, right before the caller. */
const CALLING_VERB_BEFORE = new RegExp(
  String.raw`(?:^|\s)[وف]?(?:${CALLING_VERBS}|طلب|طلبت|[يت]طلب)(?:وا|ون|ان)?(?:\s+[^\s.،,؛:"]+){0,4}\s+$`,
);
/** A verb of asking and «من» right before a name: «طلبت من |», «يطلبون من |», «ستطلب رسمياً من |». */
const ASKED_FROM_BEFORE =
  /(?:^|\s)[وف]?(?:طلب|طلبت|طلبوا|طلبا|س?[يتن]طلب(?:ون|ان)?)(?:\s+(?:رسميا|مجددا|ايضا|اليوم|امس|مباشره|بدوره|بدورها))?\s+من\s+$/;
/** A participle of calling on or urging right before a name: «داعياً |», «مطالبين |», «مناشداً |», «حاثاً |». */
const CALLING_PARTICIPLE_BEFORE = /(?:^|[\s،,])[وف]?(?:داعيا|داعين|مطالبا|مطالبين|مناشدا|مناشده|مناشدين|حاثا|حاثه|حاثين)\s+$/;
/** «لدى», «في», «إلى» right before a name: a body or a place in someone's title («مبعوث الجامعة لدى |الأمم المتحدة»). */
const TITLE_PLACE_BEFORE = /(?:^|\s)(?:لدي|في|الي)\s+$/;
/** Between the caller and the one called on: a space, or «من» («طلبت واشنطن |من| الأمم المتحدة»). */
const CALLED_ON_GAP = /^\s+(?:من\s+)?$/;
/** Pressure on someone, right before him: «ضغط (كيري) على |حجاب», «الضغط على», «ضغوطها على». */
const PRESSED_ON_BEFORE = /(?:^|\s)[وف]?(?:ضغط|ضغطت|ضغطوا|[يت]ضغط(?:ون)?|(?:ال)?ضغط|(?:ال)?ضغوط(?:ها|ه|هم)?)\s+علي\s+$/;
/** What he is pressed to do, right after him or past an aside between commas: «للذهاب», «من أجل», «كي». */
const PRESSED_TO_NEXT = /^(?:\s*[،,][^،,.؛:]{1,70}[،,])?\s*(?:ل(?!ل?(?:ها|ه|هم)(?![\u0621-\u064A]))[\u0621-\u064A]|من\s+اجل|كي|لكي|حتي)/;

/**
 * A phone call «with» or «to» someone, up to him (his title between): «اتصالاً هاتفياً |بالمنسق العام للهيئة …|»; the
 * caller may stand between the verb and him («اتصل أوباما |ببوتين|»).
 */
const CALLED_BEFORE =
  /(?:^|\s)(?:(?:ال)?(?:اتصالا|اتصال|مكالمه)(?:\s+(?:ال)?هاتفي(?:ا|ه)?)?|[وف]?(?:اتصل|اتصلت|[يت]تصل)(?:\s+[^\s.،,؛:"]+){0,4}?(?:\s+هاتفيا)?)\s+(?:مع\s+|ب)[^.،,؛:"]{0,60}$/;
/** A verb of asking, the whole of a frame's verb. */
const ASKING_VERB = new RegExp(`^[وف]?${ASKING_VERBS}$`);

/**
 * «رداً على سؤال (…):», «في رده على أسئلة الصحفيين، إن …»: an answer to a question, up to where the answer opens (a
 * colon, a quotation mark, «إن/أن»): what comes after is the speaker's own, not what he responds to.
 */
const ANSWER_TO_QUESTION_BEFORE =
  /(?:^|\s)(?:في\s+)?(?:ردا|رده|ردها|جوابا|اجابه)\s+عل[يى]\s+(?:ال)?(?:سؤال|اسئله|استفسار|استفسارات|تساؤل|تساؤلات)(?![\u0621-\u064A])[^:"«»]*?(?::|["«]|(?:^|\s)(?:ان|انه|انها|بان)\s)[^]*$/;
/** A pronoun subject («لكنه», «أنها»), an adverb, and a verb of asking, right before a name: the one asked. */
const ASKED_AFTER_PRONOUN = new RegExp(
  `(?:^|\\s)[وفب]?(?:ان|لان|لكن)(?:ه|ها|هم|هما)\\s+(?:(?:في\\s+)?(?:الوقت|الان)\\s+(?:نفسه|ذاته)\\s+|مع\\s+ذلك\\s+|ايضا\\s+)?${ASKING_VERBS}\\s+$`,
);

/**
 * The title of the one asked, between a verb of asking and his name or his body's: an office word and at most four
 * more words, the last may be the «ل» of the body he heads («حث |المنسق العام للهيئة| رياض حجاب», «حث |المنسق العام
 * ل|لهيئة», «دعا |رئيس الائتلاف| أحمد الجربا», «ناشد |الأمين العام للأمم المتحدة| بان كي مون»). No comma or «على/إلى»
 * between: «حث كيري، في اتصال مع الجربا، على …» names the asked after a preposition, read elsewhere.
 */
const ASKED_TITLE =
  /^\s+(?:ال)?(?:منسق|منسقه|رئيس|رئيسه|امين|وزير|وزيره|مبعوث|مبعوثه|مندوب|مندوبه|متحدث|ناطق|نائب|سفير|مستشار|ممثل|قائد|زعيم|عضو)(?:\s+(?!(?:علي|الي|ب|في|خلال|ان|بان)(?![\u0621-\u064A]))[\u0621-\u064A]+){0,4}?\s+(?:ل\s*)?$/;

/**
 * The rest of a quotation closing, then a participle of saying after a comma and a colon: «… يوما"، مضيفاً: "…"»,
 * «…"، قائلاً:» (the speaker's own words follow).
 */
const QUOTED_THEN_SAYING_COLON =
  /^[^"«»،,.؛:]*["»]\s*[،,]\s*(?:مضيفا|مضيفه|مؤكدا|مؤكده|قائلا|قائله|مشددا|مشدده|متابعا|متابعه|موضحا|موضحه|معتبرا|معتبره)\s*:/;
/** A verb of reading or interpreting with its object pronoun («تفسرها», «يقرأه», «فهمته»), then a word: its subject. */
const READ_BY_OTHER_BETWEEN = /(?:^|\s)[وف]?(?:[يت](?:فسر|قرا|فهم)|فسر|فسرت|قرا|قرات|فهم|فهمت)(?:ها|ه|هما|هم)\s+[\u0621-\u064A]{3,}/;
/** A verb of criticising or rejecting opening the clause before a condition and its owner («وانتقد X |شرط الائتلاف»). */
const CRITICISING_BEFORE =
  /^\s*[وف]?(?:انتقد|انتقدت|[يت]نتقد|رفض|رفضت|[يت]رفض|هاجم|هاجمت|[يت]هاجم|ندد|نددت|[يت]ندد|استنكر|استنكرت|[يت]ستنكر)(?:\s|$)/;
/** The word of condition right before its owner's name: «شرط |الائتلاف|», «وشروط |المعارضة|». */
const CONDITION_OF_RIGHT_BEFORE = /(?:^|\s)[وفبل]?(?:ال)?(?:شرط|شروط)\s+$/;
/** The longest gap REJECTED_OBJECT_GAP may match. */
const REJECTED_OBJECT_GAP_MAX = 120;
/**
 * Between a verb of rejecting and its object: its subject and where or how it rejects («هيئة التنسيق في بيان لمكتبها
 * التنفيذي»), no «أن» opening a clause, no punctuation but quotation marks, no second verb joined by «و».
 */
const REJECTED_OBJECT_GAP =
  /^(?:\s+(?!(?:ان|انه|انها|بان|الذي|التي|و[يت][\u0621-\u064A]+)(?![\u0621-\u064A]))[^\s،,.؛:!?؟()]+){0,12}[\s"«]*$/;
/** A verb of the third person joined by «و» («ويصر», «وتطالب», «وطالب»; not a verbal noun, «ورفض», read by the rules). */
const JOINED_FINITE_VERB_WORD = /^و(?:[يت][\u0621-\u064A]{2,}|[\u0621-\u064A]{2,}(?:ت|وا))$/;
/** «أن» and a verb of the present right before a name: the name is the subject of that clause («أن يضع |النظام»). */
const THAT_CLAUSE_SUBJECT_BEFORE = /(?:^|\s)ان\s+[يت][\u0621-\u064A]{2,}\s+$/;
/** A verb in the dual joined by «و» («وأكدا», «واتفقا») in `text`: both named before it speak. */
const bothSaidBetween = (text: string) => text.split(/\s+/).some((w) => /^[وف]/.test(w) && DUAL_VERB.test(w));

/** «قد» of the past perfect between a subject and its verb («كان كيري |قد| حث …»). */
const PERFECT_BETWEEN = /^\s+(?:قد|لقد)\s+$/;

/** Speech verbs of rejection: the cue in their object is what is rejected. */
const REJECTING = /^[وف]?(?:رفض|رفضت|يرفض|ترفض|نرفض|رافضا|رافضه)$/;
/** A verb of demanding or calling joined by «و», or its participle, opening a clause of its own («… وتطالب ب…», «داعياً إلى»). */
const DEMAND_JOINED = /(?:^|\s)(?:[وف](?:[يتن](?:طالب|دعو)(?:ون|ان)?|طالب|طالبت|دعا|دعت)|داعيا|داعيه|مطالبا|مطالبه)(?=\s)/;

/**
 * «الأخير», «الأخيرة» (LATTER_NEXT) right after a verb joined by «و/ف» («وأكدت |الأخيرة|»): the last one named, who
 * alone is meant (not the adjective, «في بيانهما الأخير»).
 */
const LATTER_BETWEEN = new RegExp(String.raw`(?:^|\s)[وف][\u0621-\u064A]{2,6}${LATTER_NEXT.source.slice(1)}`);
/** Whether only names, joined by «و», stand between mention m and the next comma (within 80 characters). */
function namesOnlyToComma(normal: string, inSentence: readonly Mention[], m: Mention): boolean {
  const rest = normal.slice(m.end, m.end + 80);
  const comma = rest.search(/[،,]/);
  if (comma < 0) return false;
  let at = m.end;
  for (const o of inSentence) {
    if (o.start < at || o.start >= m.end + comma) continue;
    if (!/^\s*و?\s*$/.test(normal.slice(at, o.start))) return false;
    at = o.end;
  }
  return /^\s*$/.test(normal.slice(at, m.end + comma));
}
/**
 * Two names joined by «و» (after a comma or not), or by a word of those standing with the first (COMPANIONS): «روسيا
 * وإيران», «فرنسا، وبريطانيا», «الرياض، ومعها الدوحة», «الرياض، ومن خلفها الدوحة», «تركيا، إلى جانب قطر».
 */
const AND = new RegExp(`^\\s*[،,]?\\s*(?:و|${COMPANIONS})\\s*$`);

/**
 * «لافروف والمبعوث الخاص إلى سوريا الأخضر الإبراهيمي»: «و» and the title of the person named next; or his nationality,
 * after a title the two share («وزيرا الخارجية الروسي سيرغي لافروف والإيراني محمد جواد ظريف»).
 */
const AND_TITLED =
  /^\s*[،,]?\s*و(?:ال[\u0621-\u064A]{2,}ي|المبعوث|الموفد|الممثل|الوزير|الرئيس|الامين|المتحدث|الناطق|نظيره|نظيرها|وزير|رئيس|مبعوث|الدبلوماسي|السفير|المندوب)(?:\s+[\u0621-\u064A]+){0,5}\s*$/;

/**
 * «حذر الائتلاف من أنه سيقاطع المؤتمر إذا لم يسحب بان كي مون الدعوة …»: the subject of the verb of a condition is
 * the one asked to act, not the one who sets the condition.
 */
const CONDITION_SUBJECT = /(?:^|\s)[وف]?(?:اذا|ان\s+لم|ما\s+لم|في\s+حال|لو)(?:\s+(?:ما|لم|لا))?\s+[\u0621-\u064A]+\s+$/;

/** An imperfect verb right after «أن/بأن» right before a party: its subjunctive, the party its subject. */
const SUBJUNCTIVE_SUBJECT = /(?:^|\s)[وف]?(?<!بعد\s)(?:ان|بان)\s+[يت][\u0621-\u064A]{2,}\s+$/;

/** Rules of a position turned or judged by what follows it: the judge speaks. */
const JUDGED_RULE = /\.(?:turned|rejected|described|whoever-judged|judged-demand|judged-after|listed-judged)$/;
/** A position judged by a demonstrative clause after it («…، وهذا طلب غير واقعي»): the one speaking judges it. */
const JUDGED_AFTER_RULE = /\.judged-after$/;
/**
 * A relative clause set off by commas between a subject and its predicate, which a quotation may open: «أن وفد
 * الهيئة، الذي علق مشاركته في الجولة، "اشترط أن …"».
 */
const RELATIVE_ASIDE = /^\s*[،,]\s*(?:الذي|التي|الذين)\s[^.؛:!?؟"«»“”]{0,100}[،,]\s*["«“]?$/;
/**
 * A verb of the present tense (after a particle, or «ما زالت», «لا يزالون»: still) or a participle («ملتزمة»,
 * «مستعدة») opening a quotation: the predicate of the name before it; not a modal («يجب», «ينبغي», «يتعين», «يحق»).
 */
const QUOTED_VERB =
  /^(?:(?:لا|لن|لم|قد|سوف|ما\s+زال(?:ت|وا)?|ما\s+[يت]زال(?:ون)?|لا\s+[يت]زال(?:ون)?)\s+)?(?:[يت](?!(?:جب|نبغي|تعين|حق)(?![\u0621-\u064A]))[\u0621-\u064A]{2,}|م(?!طالب|دعو)[\u0621-\u064A]{3,})(?![\u0621-\u064A])/;
/**
 * A definite adjective or participle qualifying a name, and at most three words of it, up to a quotation that opens
 * the name's predicate: «أن الائتلاف |المرتبط بأجندات خارجية "|لا يزال يضع شرط …"» (the name's own closing mark first,
 * where it is quoted: «ما يسمى "الائتلاف|" المرتبط …»).
 */
const QUALIFIED_THEN_QUOTE = /^["»”]?\s+ال[\u0621-\u064A]{3,}(?:\s+(?!(?:ان|انه|انها|بان)\s)[^\s،,.؛:"«»“”]+){0,3}\s*["«“]$/;
/** «أن», «إن», «بأن» right before a name (quoted or not), or before «ما يسمى»: «أن ما يسمى "|الائتلاف"». */
const THAT_SO_CALLED_BEFORE = /(?:^|\s)(?:ان|بان)\s+(?:ما\s+(?:يسمي|تسمي)\s+(?:ب\s*)?)?["«“]?$/;
/** A quotation opening right after a name, or after the name's own closing mark («أن "الائتلاف" "|يضع …"»). */
const QUOTE_OPENS_AFTER_NAME = /^["»”]?\s*["«“]$/;

/** A relative pronoun and its verb right before a name: the name is the relative clause's subject. */
const RELATIVE_SUBJECT = /(?:^|\s)(?:الذي|التي|الذين)\s+[\u0621-\u064A]+\s+$/;

/** A gap less a quotation mark opening on the name after it («والموفد الخاص "الأخضر …»). */
const unquoted = (gap: string) => gap.replace(/\s*["«“]\s*$/, " ");

/** A title's words between a stance noun and the person's name: «وزير خارجية الأولى», «المبعوث الخاص». */
const TITLE_BETWEEN =
  /^\s+(?:ال)?(?:وزير|رئيس|مبعوث|امين|متحدث|ناطق|نائب|سفير|مساعد|مندوب|مستشار|ممثل|منسق)(?:\s+[\u0621-\u064A]+){0,3}\s+$/;

/** The member states of a group between a stance noun and the group: «الدول الـ11 من», «دول», «الدول الأعضاء في». */
const MEMBERS_BETWEEN = /^\s+(?:ال)?(?:دول|اعضاء|وزراء\s+خارجيه)(?:\s+(?:ال\s*)?[\u0621-\u064A0-9]+){0,2}?\s+(?:(?:في|من)\s+)?["«“]?\s*$/;

/** «أحد من», «أي من», «أيا من» right before a party: one (or none) of its members. */
const QUANTIFIED_MEMBER = /(?:^|\s)(?:احد|اي|ايا)\s+(?:من|في)\s+$/;

/** A verb whose «ـه» is its root's last letter, no pronoun: «وجه» (sent, extended), «نبه» (warned). */
const ROOT_HA_VERB = /^[وف]?(?:وجه|[يت]وجه|نبه|[يت]نبه)$/;
/** A past verb whose root opens on «و», not the conjunction: «وافقت» (agreed), «وصفت» (described). */
const ROOT_WAW_VERB = /^(?:وافق|وافقت|وافقوا|وافقا|وصف|وصفت|وصفوا)$/;

/** One verb of the present tense, third person, between a name and the cue («المعارضة |تضع| شروطاً»). */
/** A verb of the present tense, third person, its prefix captured (not «تجاه», «تحت», «تماماً» …). */
const PRESENT_VERB = "([تي])(?!جاه|حت|ماما|قريبا|وم\\s)[\\u0621-\\u064A]{2,}";
const VERB_BETWEEN = new RegExp(`^\\s+${PRESENT_VERB}\\s+$`);

/** A describing verb, then an absence or exclusion (her own, by its pronoun) judged wrong: «وتعتبر غيابها "خطأ"». */
const ABSENCE_JUDGED =
  /^[^.،,]*?(?:^|\s)[وف]?(?:[يتن]?عتبر|اعتبر|معتبر|[يت]?صف|وصف|واصف)[\u0621-\u064A]*\s+"?(?:ال)?(?:غياب|تغييب|استبعاد|اقصاء|ابعاد)(?:ه|ها|هم)(?:\s+"?[^\s،,.]+"?){1,2}\s*(?:[،,.]|$)/;

/**
 * A verb of the present tense right after a name, then at most two more words up to the cue («السعودية |تضع فيتو على|
 * مشاركة إيران»); none of them opening another clause, «أن» or «و» («إن الأمريكيين يدركون تماماً أن …», «إن إيران
 * تدعم الأسد ولا يمكن …»: the cue is not that verb's object).
 */
const VERB_THEN_OBJECT = new RegExp(
  `^\\s+${PRESENT_VERB}(?:\\s+(?!و|(?:ان|انه|انها|بان|لان)(?![\\u0621-\\u064A]))[\\u0621-\\u064A]+){0,2}\\s+$`,
);

/**
 * An answer's word of assent or denial set off by a comma before the answer's own clause: «ج: نعم، |السعودية تضع …»,
 * «- هذا صحيح، |السعودية …», «ج: بالطبع، …».
 */
const ANSWER_OPENER = String.raw`(?:(?:نعم|اجل|طبعا|بالطبع|بالتاكيد|اكيد|بالضبط|(?:هذا\s+)?صحيح(?:\s+تماما)?|لا)\s*[،,.]\s*)?`;
/**
 * What opens a clause right before its subject, read from the sentence's start: nothing but an answer's dash or a
 * quotation mark, or else a colon or «إن/أن/بأن/لكن» («- |السعودية تضع …», «قال إن |السعودية تضع …»); not a name in a
 * genitive («مقترح للمبعوث …»).
 */
const CLAUSE_HEAD_BEFORE = new RegExp(
  String.raw`(?:^[^\u0621-\u064A]*${ANSWER_OPENER}|:\s*${ANSWER_OPENER}["«]?|(?:^|\s)[وف]?(?:ان|بان|لان|لكن)\s+["«]?)$`,
);
/** The same, from a point inside the sentence: a colon or «إن/أن/بأن/لكن». */
const CLAUSE_HEAD_INSIDE = new RegExp(String.raw`(?::\s*${ANSWER_OPENER}["«]?|(?:^|\s)[وف]?(?:ان|بان|لان|لكن)\s+["«]?)$`);

/** «و»: a cue opening with it is a clause of its own. */
const WAW = 0x0648;

/** A verb of the present tense opening its clause with «و/ف» right before a name («|وتضع| المعارضة شروطاً»). */
const VERB_BEFORE = /(?:^|[\s،,])[وف]([تي])[\u0621-\u064A]{2,}\s+$/;

/**
 * Whether a speaker-only name is the subject of a present-tense verb right after it or opening its clause right
 * before it, the verb agreeing with it («المعارضة تضع», «وتضع المعارضة»; not «ويتهم المعارضة»: «يـ» is masculine).
 */
function verbNextTo(normal: string, m: Mention, cueStart: number): boolean {
  const prefix = /ه$/.test(normal.slice(m.start, m.end)) ? "ت" : "ي";
  const between = VERB_BETWEEN.exec(normal.slice(m.end, cueStart));
  const before = VERB_BEFORE.exec(normal.slice(Math.max(0, m.start - 14), m.start));
  // «والمعارضة تشترط رحيل الأسد»: the cue opens with the verb itself, right after the name.
  const opening =
    cueStart >= m.end && /^\s+$/.test(normal.slice(m.end, cueStart)) ? VERB_OPENING.exec(normal.slice(cueStart, cueStart + 16)) : null;
  return between?.[1] === prefix || before?.[1] === prefix || opening?.[1] === prefix;
}

/** A verb of the present tense, third person, opening a cue, a particle before it («|تشترط| رحيل الأسد», «|لن تتوجه| إلى جنيف»). */
const VERB_OPENING = new RegExp(`^(?:(?:لن|لا|لم|قد|سوف)\\s+)?${PRESENT_VERB}(?![\\u0621-\\u064A])`);

/**
 * «و» and a verb in the third person opening a clause («ورفض», «ورفضت», «ويرفض», «وتطالب»; not «ونرفض», whose name
 * after it is its object): its subject follows it.
 */
const COORDINATED_VERB = /^و(?:[يت][\u0621-\u064A]{2,}|[\u0621-\u064A]{3,5})$/;
/** Nothing but quotes, a dash or a bracket before the cue in its sentence. */
const OPENS_SENTENCE = /^[\s"«(\-–]*$/;
/** A negation opening the cue, before its verb. */
const NEGATION_FIRST = /^[وف]?(?:لا|لم|لن)\s+/;
/** A verb of the third person opening a sentence, present or past, «و» or «ف» joined or not. */
const OPENING_VERB = /^[وف]?(?:[يت][\u0621-\u064A]{2,}|[\u0621-\u064A]{3,5})$/;
/** A word naming a party's delegation or people before its name («ورفض |وفد| الائتلاف»). */
const BODY_WORD_BETWEEN = /^\s+(?:وفد|وفدا|ممثلو|ممثلي|قاده|قيادة|قياده)\s+$/;

/** The longest gap SUBJECT_GAP can match (five words): a longer one is not sliced out to be tested. */
const SUBJECT_GAP_MAX = 80;
/**
 * Between a subject and its verb, more than two words that leave it the subject: its adjectives and the auxiliaries
 * of the verb («إن الائتلاف الوطني السوري المعارض "ما زال يربط …», «المعارضة السورية لا تزال تشترط»).
 */
const SUBJECT_GAP = /^(?:\s+"?(?:ال[\u0621-\u064A]{2,}|ما|لا|لم|زال|يزال|تزال|يعد|تعد|قد|سوف)"?){3,5}\s+"?$/;

/**
 * A reported clause whose subject is the speaker himself: «إنه», «أنه», «بأنه», «إنني», then the words of his stance
 * (not «إن» and another subject), the one he spoke to or where between («لصحيفة ألمانية إنه», «في مقابلة إنه»), or
 * his words relayed («نقلت الوكالة عن الأسد قوله إنه …»).
 */
const OWN_CLAUSE =
  /^\s+(?:(?:ل|في\s+)[\u0621-\u064A]+(?:\s+[\u0621-\u064A]+)?\s+)?(?:قوله\s+)?(?:انه|بانه|انني|بانني)\s+(?:(?:لن|لا|لم|قد|سوف|باق|باقي)\s+)?[\u0621-\u064A]/;

/** Words judging what a cue names («شروط تعجيزية», «غير مقبولة»): the cue is the judge's. */
const JUDGING = /(?:^|\s)(?:تعجيزي[هة]?|غير\s+(?:مقبول|واقعي|منطقي|مبرر)[هة]?|مرفوض[هة]?|لا\s+(?:اساس|مبرر)\s+لها)(?:\s|$)/;

/**
 * «أننا», «إننا», «بأننا» opening a clause: its subject is «we». So is a verb of position in the first person opening a
 * clause after a comma, negated or not, after «لكن», «وهذا»/«وذلك» («"النظام يريد حكومة وحدة وطنية، وهذا لن نقبل به،
 * فلا يمكن القبول بأي حل يبقي الأسد"», «…، لكننا نرفض …», «…، ولن نقبل …»): the speaker's own clause, not the subject's
 * of the clause he reported before it.
 * (Not the name «نصر الحريري», «نصر الله».)
 */
const WE_OPEN_BETWEEN =
  /(?:^|\s)[وف]?(?:اننا|باننا|لاننا|لكننا)\s|[،,]\s*[وف]?(?:لكننا\s+|نحن\s+|(?:لكن\s+)?(?:هذا|ذلك)\s+)?(?:(?:لن|لا|لم)\s+)?ن(?:قبل|رفض|ريد|طالب|صر|تمسك|عتبر|ري|سمح|وافق|شترط|رضي)(?=\s|$)(?!\s+(?:الحريري|الله)(?![\u0621-\u064A]))/;
/**
 * The end of the cue's first word (WE_OPEN_BETWEEN reads the words from a name up to there: the first-person verb may
 * open the cue itself, «…، ونرفض أي تسوية تبقي الأسد»).
 */
function firstWordEnd(normal: string, cueStart: number, cueEnd: number): number {
  let i = cueStart;
  while (i < cueEnd && !isWhiteSpace(normal.charCodeAt(i))) i++;
  return i;
}
/** A verb of position in the first person plural («نرفض», «نطالب», «نشترط»). */
const FIRST_PERSON_VERB = /^[وف]?ن(?:رفض|طالب|شترط|ؤيد|دعم|ساند|رحب|قبل|عارض|دعو|صر|تمسك|ريد|عتبر|ري|رضي)$/;
/** Whether a cue's words open on a verb in the first person plural, negated or not («ولن نقبل …», «نرفض …»). */
const opensInFirstPerson = (text: string) => FIRST_PERSON_VERB.test(text.replace(/^[وف]?(?:لا|لن|لم)\s+/, "").split(/\s/)[0]!);

/**
 * A piece of a headline opening on a subject of its own, a name in quotation marks or a word then a verb of the
 * present tense, the cue's own or not («و"التنسيق" تطالب …», «والحل لا يبدأ …»): not the headline's speaker's. Not
 * «من» («whoever») before the verb («.. ومن يستبعد إيران لا يريد حلاً»): the speaker's judgement of anyone doing it.
 */
const PIECE_OWN_SUBJECT = /^[^\u0621-\u064A]*(?:[وف]?\s*["«“]|(?![وف]?من\s)\S+\s+(?:(?:لا|لن|لم|قد)\s+)?[يت][\u0621-\u064A]{2,}(?:\s|$))/;

/**
 * Others' saying in the sentence («هكذا يقولون», «…، ويقولون إن …», «هم أبلغونا أنهم …»): what the first person there
 * says is theirs.
 */
const OTHERS_SAY = /(?:^|\s)[وف]?(?:يقولون|يرددون|يزعمون|قالوا|يدعون|ابلغونا)(?=[\s.،,]|$)/;
/**
 * The first person near a cue: «نحن», «لن نذهب», «لا نقبل», «سنذهب», «موقفنا», «إننا», or a verb of saying or holding in
 * the first person («نقول إنه …», «نرفض», «نطالب»).
 */
const FIRST_PERSON_NEAR =
  /(?:^|\s)(?:نحن|انا|(?:لن|لا|لم)\s+ن[\u0621-\u064A]{2,}|سن[\u0621-\u064A]{2,}|[\u0621-\u064A]{2,}نا|[وف]?(?:نقول|نري|نريد|نطالب|نرفض|نؤكد|نعتبر|نعتقد|نشدد|نصر|نتمسك|نقبل|نؤيد|نعارض|نشترط|اقول|اري|اريد|اطالب|ارفض|اؤكد|اشدد|اصر|اقبل|اؤيد|اعارض|اكتب|كنت|انني))(?=\s|$)/;

/** A sentence opening on the other side («في المقابل», «من جهتها», «بدوره»): another party speaks there, named or not. */
const OTHER_SIDE_OPENING = /^\s*[وف]?(?:في\s+المقابل|بالمقابل|من\s+جهت?(?:ه|ها|هم)|بدوره|بدورها)(?:\s|[،,])/;

/** A clause of the other side before the cue: «في حين …», «بينما …», «الطرف الآخر». */
const OTHER_SIDE_BEFORE = /(?:^|\s)(?:في\s+حين|بينما|فيما|(?:ال)?طرف\s+(?:ال)?اخر)(?:\s|$)/;

/** A cue opening on a verb of the third person plural («يصرون على …», «يطالبون ب…»): others, not the one speaking. */
const THEY_DO = /^[وف]?[يت][\u0621-\u064A]{2,}ون(?=\s|$)/;

/**
 * «أن/إن» and parties left unnamed as the subject of the clause up to the cue («أن بعض الأطراف "لا تخفي …"», «إن عدة
 * دول تعارض …», «أن إحدى الدول …», «إن بعض الشركاء الغربيين يريدون …», «إن بعض شركائنا …», «إن بعض المعارضين …»,
 * «إن "بعض من اجتمعوا في الرياض ما زالوا يصرون …"», «إن "الطرف الآخر جاء بشرط
 * مسبق …"»: not past a
 * clause of his own, «… مؤكداً أن وفده لم يضع أي شرط»), no comma or stop between; not parties named as instances
 * of them («بعض الشركاء مثل السعودية يرفضون …»: those named hold it); «البعض», «بعضهم» alone are such parties too
 * («إن البعض يحاول اختزال بيان جنيف في رحيل الرئيس، وهذا طرح غير واقعي»); and those said to exist, «هناك/ثمة»
 * and a plural of parties («إن "هناك دولاً في المنطقة تضع غياب إيران شرطاً لحضورها"»).
 */
/**
 * The speaker agreeing, after the clause, with what the unnamed parties hold: «، ونحن نتفق معهم», «، ونحن معهم في
 * ذلك», «، ونحن نشاطرهم هذا الموقف», «، وهذا ما نؤيده», «، ونحن لسنا ضد ذلك», «، ونحن منها».
 */
const WE_AGREE_AFTER =
  /^[^.؛!?؟]*?[،,]\s*"?\s*[وف]?(?:(?:نحن\s+)?(?:ن(?:تفق|شاطر|ؤيد|وافق)(?:هم|ه|ها)?|نحن\s+مع(?:هم|ه|ها)|لسنا\s+ضد|لا\s+(?:نمانع|نعارض))|نحن\s+(?:منها|منهم)|(?:هذا|ذلك|هو)\s+ما\s+(?:نؤيده|نتفق|نشاطر|نوافق|نطالب\s+به))(?![\u0621-\u064A])/;
const UNNAMED_PARTIES_SUBJECT =
  /(?:^|\s)(?:ان|بان)\s+"?(?:(?:(?:بعض|عده|احدي)\s+(?:(?:ال)?(?:اطراف|دول|جهات|عواصم|قوي|دوله|جهه|شركاء|حلفاء|اصدقاء|بلدان|حكومات|معارضين|فصائل)|(?:شركائ|حلفائ|اصدقائ)(?:نا|ها|ه|هم)|من\s+(?:اجتمعوا|اجتمع|حضروا|شاركوا|يسمون|يسمي)(?=\s))|(?:هناك|ثمه)\s+(?:(?:بعض|عده)\s+)?(?:ال)?(?:اطراف|اطرافا|دول|دولا|جهات|قوي|عواصم|حكومات)|البعض|بعضهم)(?![\u0621-\u064A])(?!(?:\s+[^\s.،,؛:!?؟]+){0,2}?\s+[وف]?(?:مثل|منها|منهم|بينها|بينهم|ك)\s)[^.،,؛:!?؟]{0,80}|(?:ال)?طرف\s+(?:ال)?اخر(?![\u0621-\u064A])(?:(?!\s(?:ان|بان|انه|انها|وان)\s)[^.،,؛:!?؟]){0,80})$/;

/**
 * «أن/إن», a colon or a quotation mark, and a body no party of the lexicon is, as the subject of the clause up to
 * the cue: the West («إن الغرب يريد رحيل الأسد», «إن الدول الغربية تحاول فرض شروط»), «هؤلاء», armed or terrorist
 * groups, «أعداء سوريا», «خصومنا», someone's backers or sponsors («داعميه», «داعمي المعارضة», «رعاة الإرهاب»). What they want is theirs as the speaker reports it, not his (CONTRACT.md: no party
 * id for them). Not past another clause's opening («… لكننا نرفض …», «… ونحن نطالب …»).
 */
const COLLECTIVE_SUBJECT =
  /(?:(?:^|\s)و?(?:ان|بان)\s+"?|[:"«]\s*)((?:ال)?غرب|دول\s+(?:ال)?غرب|(?:ال)?(?:دول|عواصم|حكومات|قوي)\s+(?:ال)?(?:غربيه|اقليميه|كبري|معاديه|الداعمه\s+للارهاب)|(?:ال)?غربيين|(?:ال)?غربيون|هؤلاء|اولئك|(?:ال)?(?:ارهابيين|ارهابيون|مسلحين|مسلحون|تكفيريين|تكفيريون|متطرفين|متطرفون)|(?:ال)?(?:جماعات|مجموعات|فصائل)\s+(?:ال)?(?:مسلحه|ارهابيه|تكفيريه)|اعداء\s+(?:سوريا|سوريه|الشعب\s+السوري)|خصوم(?:نا|ه|ها|هم)?|(?:ال)?(?:داعمي|داعمو|رعاه|ممولي|ممولو)(?:ه|ها|هم|\s+(?:ال)?[\u0621-\u064A]{3,}))(?![\u0621-\u064A])(?:(?!\s(?:ان|بان|انه|انها|وان|لكن|لكننا|لكنه|بينما|فيما|ونحن|نحن|اما)\s)[^.،,؛:!?؟]){0,80}$/d;
/**
 * COLLECTIVE_SUBJECT before the cue, no party named between the body (group 1) and the cue («إن الغرب وتركيا يريدان …»
 * is Turkey's; «أعداء سوريا» names Syria inside the body).
 */
function collectiveSubject(from: number, cueStart: number, inSentence: readonly Mention[], normal: string): RegExpExecArray | null {
  const m = COLLECTIVE_SUBJECT.exec(normal.slice(from, cueStart));
  const bodyEnd = m?.indices?.[1] ? from + m.indices[1][1] : undefined;
  return m && bodyEnd !== undefined && !inSentence.some((x) => x.start >= bodyEnd && x.end <= cueStart) ? m : null;
}

/** A composed cue whose reading is the speaker's judgement of others' view as an illusion (the label turned). */
const JUDGED_ILLUSION_RULE = /\.illusion$/;

/** A verb of accusing right before a name: its object, the accused. */
const ACCUSED_RIGHT_AFTER = /(?:^|\s)[وف]?(?:اتهم|اتهمت|اتهموا|يتهم|تتهم|نتهم|متهما|متهمه)\s+$/;

/** «شعار» (a slogan) right before a quotation mark. */
const SLOGAN_BEFORE = /(?:^|\s)[وبل]?(?:ال)?شعار(?:ات)?\s*"?\s*[\u0621-\u064A]?$/;

/** A withdrawal of an invitation whose relative clause or qualifier the cue stands in: «سحب الدعوة التي وجهها إلى …». */
const WITHDRAWN_INVITATION_BEFORE =
  /(?:سحب|الغاء|الغي|الغت|تراجع\s+عن)\s+(?:(?:[^\s.،,]+\s+){0,8}?(?:ال)?دعوه\s+(?:التي|الموجهه|الموجه)\s+(?:[^\s.،,]+\s+){0,8})?$/;
/** A withdrawal's verbal noun and the one withdrawing right before «الدعوة»: «بسحب الأمين العام للأمم المتحدة |الدعوة». */
const WITHDRAWER_NAMED_BEFORE = /(?:^|\s)[وفبل]?(?:ال)?(?:سحب|الغاء|تراجع)\s+(?:[^\s.،,]+\s+){1,6}?(?:عن\s+)?$/;
/** A verb of sharing the speaker's view: «تشاطرنا», «يشاطرنا», «تشاركنا الرأي». */
const OUR_VIEW = /شاطرنا|شاركنا/;

/** The party a pronoun subject before the cue goes back to (PRONOUN_SUBJECT_BEFORE), inside what `frame` reports. */
function pronounAntecedent(
  cueStart: number,
  frame: Frame,
  inSentence: readonly Mention[],
  sentence: Sentence,
  normal: string,
  lexicon: Lexicon,
): Mention | undefined {
  const head = Math.max(sentence.start, frame.end);
  const pronoun = PRONOUN_SUBJECT_BEFORE.exec(normal.slice(head, cueStart));
  if (!pronoun) return undefined;
  const at = head + pronoun.index;
  // (A capital for its government counts, «إن الرياض "…"، فهي …»; not one where something happens, «في الرياض».)
  const reported = findLast(
    inSentence,
    (m) => m.start >= frame.end && m.end <= at && !isLocative(normal, lexicon, m) && !m.speakerOnly && m.party !== frame.speaker.party,
  );
  if (reported) return reported;
  // «وعن السعودية، رأى نصر الله أنها "تعطل جنيف"، لأنها "تشترط رحيل الأسد"»: or the party the sentence opens on,
  // before its comma.
  const first = frontedParty(inSentence, sentence, normal);
  return first && first.end <= frame.start && first.party !== frame.speaker.party ? first : undefined;
}

/**
 * A pronoun subject opening the cue's clause, a few words before it: «لأنها تشترط …», «كونها تصر على …», «فهي ترفض …»;
 * the speaker's words may open in quotation marks right after it («لأنها "تشترط رحيل الأسد"»).
 */
const PRONOUN_SUBJECT_BEFORE =
  /(?:^|\s)[وف]?(?:لانها|لانه|لكونها|لكونه|كونها|كونه|فهي|فهو|اذ\s+انها|اذ\s+انه)\s+(?:[^\s،,.؛:]+\s+){0,5}["«“]?$/;

/** A verb in the third person plural right before a name: present «يريدون», «ترفضون», past «رفضوا», «أبلغوا» (not «تلفزيون»). */
const PLURAL_VERB_RIGHT_BEFORE = /(?:^|\s)[وف]?(?:(?!تلفزيون)[يت][\u0621-\u064A]{2,}ون|[\u0621-\u064A]{3,}وا)\s+$/;

/** A pronoun subject of PRONOUN_SUBJECT_BEFORE right before a quotation's opening mark: «لأنها "», «فهي «». */
const PRONOUN_OPENS_QUOTE = /(?:^|\s)[وف]?(?:لانها|لانه|لكونها|لكونه|كونها|كونه|فهي|فهو)\s*["«“]$/;

/** A cue turned by the describing verb that judges it («…، معتبراً أن هذا الموقف غير مقبول»: describedCues). */
const DESCRIBED_RULE = /\.described$/;

/** «أن/إن» opening a reported clause. */
const REPORTED_BEFORE = /(?:^|\s)(?:ان|انه|انها|بان)\s/;
/** A participle of threatening, warning, demanding or refusing opening a clause after a comma («، مهدداً بـ…»). */
const THREAT_PARTICIPLE_OPENS =
  /^[\s،,]*[وف]?(?:مهددا|مهدده|محذرا|محذره|مطالبا|مشترطا|مشترطه|ملوحا|ملوحه|متوعدا|متوعده|رافضا|رافضه)(?![\u0621-\u064A])/;
/** «أن/إن/بأن» right before a name: the subject of a reported clause. */
const THAT_RIGHT_BEFORE = /(?:^|\s)(?:ان|بان)\s+$/;
/** A preposition right before a name: its object, no subject. */
const PREPOSITION_RIGHT_BEFORE = /(?:^|\s)[وف]?(?:في|الي|من|علي|عن|مع|ل|لدي|عبر|ضد|حول|نحو|بين)\s*$/;

/**
 * The subject of the clause before a comma that a threatening participle opening the cue's clause agrees with: the
 * last name right after «أن/إن» there (a reported subject), else the first name of the sentence that is no object
 * of a preposition. Example: "وأمهل الائتلاف المنظمة الدولية حتى المساء، مهددا بعدم الذهاب ما لم …" → the Coalition
 */
function participleSubject(cue: Cue, inSentence: readonly Mention[], ctx: HolderContext): Mention | undefined {
  const { normal } = ctx;
  const s = ctx.sentences[cue.sentence]!;
  const lead = normal.slice(Math.max(s.start, cue.start - 40), cue.start);
  const comma = Math.max(lead.lastIndexOf("،"), lead.lastIndexOf(","));
  if (comma < 0) return undefined;
  const head = cue.start - lead.length + comma + 1;
  const participle = THREAT_PARTICIPLE_OPENS.exec(normal.slice(head, Math.min(cue.end, head + 16)));
  // (The cue is what the participle governs: two words after it at most.)
  if (!participle || !ctx.words.within(head + participle[0].length, cue.start, 2)) return undefined;
  const before = inSentence.filter((m) => m.end < head && !m.speakerOnly && !isLocative(normal, ctx.lexicon, m));
  const reported = findLast(before, (m) => THAT_RIGHT_BEFORE.test(normal.slice(Math.max(s.start, m.start - 6), m.start)));
  return reported ?? before.find((m) => !PREPOSITION_RIGHT_BEFORE.test(normal.slice(Math.max(s.start, m.start - 5), m.start)));
}

/** A sentence opening on the party it is about, up to the comma: «وعن السعودية،», «وبشأن موسكو،», «أما واشنطن،». */
const PARTY_FRONTED = /^\s*[وف]?(?:عن|حول|بشان|بخصوص|اما)\s+$/;
/** «أنها/لأنه/بأنها» and at most two words (its copula, «هي من»), right before the cue: a pronoun subject. */
const THAT_PRONOUN_BEFORE = /(?:^|\s)(?:ان|لان|بان)(?:ها|ه)\s+(?:[^\s،,.؛:]+\s+){0,2}$/;

/**
 * «وعن السعودية، تقول مصادر دبلوماسية إنها تشترط رحيل الأسد»: where no one named speaks (a frame's speaker is read
 * by pronounAntecedent), the party a sentence opens on is what a pronoun subject of the cue's clause refers to.
 */
function frontedPronounSubject(cue: Cue, inSentence: readonly Mention[], ctx: HolderContext): Mention | undefined {
  const first = frontedParty(inSentence, ctx.sentences[cue.sentence]!, ctx.normal);
  return first && THAT_PRONOUN_BEFORE.test(ctx.normal.slice(Math.max(first.end, cue.start - 40), cue.start)) ? first : undefined;
}

/** The party a sentence opens on, before its comma (PARTY_FRONTED: «وعن السعودية،», «أما واشنطن،»), if any. */
function frontedParty(inSentence: readonly Mention[], sentence: Sentence, normal: string): Mention | undefined {
  const first = inSentence[0];
  if (!first || first.start > sentence.start + 12 || first.person || !PARTY_FRONTED.test(normal.slice(sentence.start, first.start)))
    return undefined;
  return /^\s*[،,]/.test(normal.slice(first.end, first.end + 3)) ? first : undefined;
}

/** «وأن/وبأن» opening a second reported clause of the same verb. */
const SECOND_REPORT = /(?:^|\s)و(?:ان|انه|انها|بان)\s/;

/** Quotes of three words or fewer are scare quotes or names («الوطن», «غير واقعية»), not speech. */
const MIN_QUOTE_WORDS = 4;

export function resolveHolders(cues: readonly Cue[], ctx: HolderContext): Holding[] {
  const out: Holding[] = [];
  const resolved = new Map<Cue, Holding[]>();
  for (const cue of cues) {
    // (Not a holding that read the parent otherwise: the owner of a judged demand holds it as a condition set,
    // «مطالبة المعارضة برحيل الأسد كشرط مسبق "غير واقعية"», not the judge's reading of his going.)
    const joiners = cue.parent ? [] : joinedInHolders(cue, ctx);
    const holdings = cue.parent
      ? (resolved.get(cue.parent) ?? []).filter((h) => h.cue.stance === cue.parent!.stance).map((h) => ({ ...h, cue }))
      : joiners.length > 0
        ? joiners.map((holder) => ({
            cue,
            holder,
            method: "subject" as const,
            reportedBy: reporter(lastFrameBefore(ctx, cue.sentence, cue.start), holder),
          }))
        : holdersOf(cue, outsideRelativeAsides(mentionsReaching(cue.sentence, ctx), cue, ctx), ctx);
    const likewise = cue.parent || holdings.length === 0 ? [] : likewiseHolders(cue, ctx);
    for (const holder of likewise)
      holdings.push({ cue, holder, method: "subject", reportedBy: reporter(lastFrameBefore(ctx, cue.sentence, cue.start), holder) });
    // «باستثناء الولايات المتحدة، أيدت الدول الخمس …»: the one excepted from those who hold it does not hold it.
    // (Not what a relative clause on him says, his own: «… باستثناء الائتلاف الذي يشترط رحيل الأسد».)
    const held = holdings.filter(
      (h) =>
        !EXCEPTED_BEFORE.test(ctx.normal.slice(Math.max(0, h.holder.start - 16), h.holder.start)) ||
        (cue.end > h.holder.end && RELATIVE_NEXT.test(ctx.normal.slice(h.holder.end, h.holder.end + 12))),
    );
    resolved.set(cue, held);
    out.push(...held);
  }
  return out;
}
/**
 * A word of exception right before a name: «باستثناء |», «ما عدا |», «عدا |» (not «سوى/إلا», after a negation the only
 * one who does: «لا تعارض مشاركة إيران سوى السعودية»).
 */
const EXCEPTED_BEFORE = /(?:^|\s)[وف]?(?:باستثناء|ما\s+عدا|عدا|ماعدا)\s+$/;
/** A relative pronoun right after a name (a comma may stand between): «الائتلاف |الذي| يشترط …». */
const RELATIVE_NEXT = /^\s*[،,]?\s*(?:الذي|التي|الذين)\s/;

/**
 * One joining others «in» a position: a verb of joining (not negated: «لم تنضم»), the one joining, «إلى/لـ» and those
 * joined, then «في» right before the cue or its verbal noun of position («انضمت فرنسا إلى الولايات المتحدة في |رفض
 * مشاركة إيران|», «انضمت قطر إلى السعودية وتركيا في |المطالبة برحيل الأسد|»).
 */
const JOINED_IN_BEFORE =
  /(?:^|\s)[وف]?(?<!(?:^|\s)[وف]?(?:لم|لن|لا)\s+)(?:انضم|انضمت|انضموا|انضما|[يت]نضم(?:ون|ان)?)\s+[^.،,؛:!?؟"«»]+?\s+(?:الي\s+|ل)[^.،,؛:!?؟"«»]+?\s+في\s+(?:(?:ال)?(?:رفض|مطالبه|دعوه|مطالبتها|رفضها|رفضه)(?:\s+ب)?\s*)?$/;

/**
 * The parties of JOINED_IN_BEFORE, the one joining and those joined, where the cue's sentence joins one to others in
 * what it says: all of them hold it, whoever reports it.
 */
function joinedInHolders(cue: Cue, ctx: HolderContext): Mention[] {
  const sentence = ctx.sentences[cue.sentence]!;
  const before = ctx.normal.slice(sentence.start, cue.start);
  if (!before.includes("نضم")) return [];
  const m = JOINED_IN_BEFORE.exec(before);
  if (!m) return [];
  const from = sentence.start + m.index;
  return ctx.mentions.in(cue.sentence).filter((x) => x.start >= from && x.end <= cue.start && !x.place && !x.speakerOnly);
}

/**
 * «وكذلك يفعل الأشقاء في السعودية», «وكذلك تفعل باريس», «وكذلك فعلت بريطانيا», «والأمر نفسه بالنسبة لأنقرة», «والأمر
 * نفسه ينطبق على», «والموقف نفسه عبرت عنه», «وشاطره الرأي», «وأيده في ذلك» right before a name.
 */
const LIKEWISE_BEFORE =
  /[،,]?\s*[وف]?(?:كذلك\s+(?:[يت]فعل|يفعلون|فعلت|فعل|فعلوا)|(?:ال)?(?:امر|حال)\s+(?:نفسه|ذاته)\s+(?:مع|بالنسبه\s+ل|ل|ينطبق\s+علي)|(?:ال)?موقف\s+(?:نفسه|ذاته)\s+(?:عبرت|عبر|اعلنت|اعلن|تبنت|تبني|اتخذت|اتخذ|ابدت|ابدي|اكدت|اكد)(?:ه)?(?:\s+عنه)?|شاطر(?:ه|ها|هم|ته|تها|تهم)\s+(?:الراي|الموقف)|(?:ايد|ايدت|وافق|وافقت|شاطر|شاطرت)(?:ه|ها|هم|هما)\s+(?:في\s+)?(?:ذلك|هذا|الراي|الموقف))\s+(?:ال)?(?:(?:اشقاء|شركاء|حلفاء|اصدقاء|اخوه)(?:نا)?\s+(?:في\s+)?)?$/;

/**
 * A bare «وكذلك» right before a name that closes its clause («نحن نطالب بحضورها، وكذلك الأصدقاء الروس.»), not one
 * opening a clause of its own («وكذلك روسيا التي ترفض …»): group 1 is the word honouring them, if any.
 */
const LIKEWISE_BARE_BEFORE = /[،,]?\s*[وف]كذلك\s+(?:ال)?(?:((?:اشقاء|شركاء|حلفاء|اصدقاء|اخوه)(?:نا)?)\s+(?:في\s+)?)?$/;
/** The end of a clause right after a name: a closing quotation mark, a full stop, a comma or the sentence's end. */
const CLAUSE_CLOSES = /^\s*["»”)]?\s*(?:[.،,؛!]|$)/;

/**
 * «قال لافروف إن الأمريكيين يعترضون على دعوة طهران، وكذلك يفعل الأشقاء في السعودية», «نحن نطالب بحضورها، وكذلك
 * الأصدقاء الروس», «تطالب الرياض برحيل الأسد، وكذلك قطر وتركيا»: parties said to do likewise right after the cue's
 * clause (one name, or names joined by «و») hold what that clause says, as the speaker reports it.
 * (A list after a bare «وكذلك» on Iran's taking part goes on listing who is to take part: «… يجب أن يكون حاضراً في
 * جنيف، وإيران في مقدمة هؤلاء، وكذلك السعودية وقطر».)
 */
function likewiseHolders(cue: Cue, ctx: HolderContext): Mention[] {
  const sentence = ctx.sentences[cue.sentence]!;
  const inSentence = ctx.mentions.in(cue.sentence);
  // The first name after «وكذلك», the rest of the cue's clause before it («لا دور للأسد في مستقبل سوريا|، وكذلك
  // الإخوة في قطر»: a name of the clause itself, «سوريا», is passed over; not past a stop or a comma).
  let at = -1;
  let likewise: RegExpExecArray | null = null;
  let bare = false;
  for (let k = 0; k < inSentence.length && at < 0; k++) {
    const m = inSentence[k]!;
    if (m.start < cue.end) continue;
    if (m.start > Math.min(sentence.end, cue.end + 80)) break;
    const between = ctx.normal.slice(cue.end, m.start);
    likewise = LIKEWISE_BEFORE.exec(between);
    bare = likewise === null;
    likewise ??= LIKEWISE_BARE_BEFORE.exec(between);
    if (likewise !== null && !/[.؛;:،,]/.test(between.slice(0, likewise.index))) at = k;
  }
  if (at < 0) return [];
  // The name and those joined to it by «و» («قطر وتركيا»), kept as a list only where it closes the clause («وكذلك فعلت
  // بريطانيا وروسيا ترفض …»: the last name opens a clause of its own).
  const joined = [inSentence[at]!];
  for (let k = at + 1; k < inSentence.length && /^\s*و\s*$/.test(ctx.normal.slice(joined.at(-1)!.end, inSentence[k]!.start)); k++)
    joined.push(inSentence[k]!);
  const closes = (m: Mention) => CLAUSE_CLOSES.test(ctx.normal.slice(m.end, sentence.end));
  const names = joined.length > 1 && closes(joined.at(-1)!) ? joined : [joined[0]!];
  if (!bare) return names;
  if (!closes(names.at(-1)!)) return [];
  // (After a bare «وكذلك» a list is of holders only with the word that honours them, «الإخوة في قطر وتركيا»: «يطالب
  // برحيل الأسد، وكذلك حزب الله وإيران» may go on listing who is to go, as «… حاضراً في جنيف، وكذلك السعودية
  // وقطر» who is to take part.)
  return names.length > 1 && likewise![1] === undefined ? [] : names;
}

/**
 * A relative clause set off by commas after a name («مجموعة أصدقاء سوريا، التي تضم الولايات المتحدة وبريطانيا …،»,
 * «لافروف، الذي التقى كيري أمس،»): what it names describes the name before it.
 */
const RELATIVE_ASIDES = /[،,]\s*(?:التي|الذي|الذين|اللذين|اللتين)\s[^،,.؛:!?؟"«»]*?[،,]/g;
/** Nothing but spaces and closing quotation marks: between a name and the comma opening its aside. */
const NOTHING_BUT_QUOTES = /^["»\s]*$/;

/**
 * The mentions a cue's holder is looked for among, less those inside a relative aside closed before the cue with a
 * name before it: «وكانت مجموعة "أصدقاء سوريا"، التي تضم … الولايات المتحدة وبريطانيا …، قد أكدت أن …» is the
 * group's, not its members'. (A cue inside the aside reads it whole: «… التي ترفض رحيل الأسد».)
 */
function outsideRelativeAsides(mentions: readonly Mention[], cue: Cue, ctx: HolderContext): readonly Mention[] {
  const sentence = ctx.sentences[cue.sentence]!;
  if (mentions.length < 2) return mentions;
  const text = ctx.normal.slice(sentence.start, cue.start);
  if (!text.includes("الذي") && !text.includes("التي") && !text.includes("الذين") && !text.includes("اللذين") && !text.includes("اللتين"))
    return mentions;
  let out = mentions;
  RELATIVE_ASIDES.lastIndex = 0;
  for (let m = RELATIVE_ASIDES.exec(text); m; m = RELATIVE_ASIDES.exec(text)) {
    const from = sentence.start + m.index;
    const to = from + m[0].length;
    // (Only an aside right after a name: «أن الحكومة، التي يمثلها المعلم في جنيف، لن تقبل …» names no one before its
    // comma, and what the aside names is who the unnamed body is.)
    if (!out.some((x) => x.end <= from && !x.place && NOTHING_BUT_QUOTES.test(ctx.normal.slice(x.end, from)))) continue;
    out = out.filter((x) => x.start < from || x.end > to);
    RELATIVE_ASIDES.lastIndex = m.index + m[0].length - 1;
  }
  return out;
}

/**
 * The mentions of sentence si, and before them a name begun in the sentence before and ended in this one: «قال
 * فابيوس إن مجموعة أصدقاء ⏎ سوريا توافقت …» (a line cut inside a name) has its subject in both pieces.
 */
function mentionsReaching(si: number, ctx: HolderContext): readonly Mention[] {
  const own = ctx.mentions.in(si);
  const cut = ctx.mentions.cutInto(si);
  return cut ? [cut, ...own] : own;
}

function holdersOf(
  cue: Cue,
  inSentence: readonly Mention[],
  ctx: HolderContext,
  rejectionRead = false,
  setterRead = false,
  agentRead = false,
): Holding[] {
  const { normal, lexicon, words, boundaries } = ctx;
  // Read once: cues come in several shapes, so each read of their fields is a slow (megamorphic) property lookup,
  // and the tests run per mention read the cue's span again and again.
  const { start: cueStart, end: cueEnd } = cue;
  // The name a relative clause running up to the cue is on (relativeClauseOn), looked for once: two holder paths ask.
  let relativeOn: Mention | undefined | null = null;
  const clauseOnCue = () => (relativeOn === null ? (relativeOn = relativeClauseOn(normal, lexicon, inSentence, cueStart)) : relativeOn);
  // The end of the cue's first word, read the first time a test asks (firstWordEnd).
  let cueHead = -1;
  const weOpenBefore = (from: number) =>
    WE_OPEN_BETWEEN.test(normal.slice(from, cueHead < 0 ? (cueHead = firstWordEnd(normal, cueStart, cueEnd)) : cueHead));
  const sentence = ctx.sentences[cue.sentence]!;
  const headline = sentence.lineKind === "title" || sentence.lineKind === "heading";
  // «رُفضت مشاركة إيران في المؤتمر |من قبل| الولايات المتحدة», «يُطالَب الأسد بالتنحي |من قبل| الائتلاف»: the agent of
  // a passive, named after «من قبل/من جانب» right after the cue in its clause, holds it.
  const passive = passiveAgent(cue, inSentence, ctx);
  if (passive)
    return [{ cue, holder: passive, method: "subject", reportedBy: reporter(lastFrameBefore(ctx, cue.sentence, cueStart), passive) }];
  // «بعث الجربا برسالة إلى بان كي مون |يطالبه فيها| بسحب الدعوة …»: what a letter says, its verb with «فيها» after the
  // one it is sent to, is its sender's.
  const sender = letterSender(cueStart, inSentence, sentence, ctx);
  if (sender) return [{ cue, holder: sender, method: "frame" }];
  // «…، والذين كانوا يشترطون عليها بالأمس …»: a relative with no name before it («و» opening its clause), "those
  // who", is the subject of the cue's verb: no one named holds it.
  // (Not «التقى ممثلي الائتلاف، والذين يصرون …»: a name right before it is what «الذين» is on.)
  if (cue.holder === "subject") {
    const those = THOSE_WHO_BEFORE.exec(normal.slice(Math.max(sentence.start, cueStart - 40), cueStart));
    const at = those ? Math.max(sentence.start, cueStart - 40) + those.index : -1;
    if (those && !inSentence.some((m) => m.end <= at && words.within(m.end, at, 1))) return [];
  }
  // What someone is accused of: the accused holds it, as the accuser reports; no one else does.
  if (cue.accusedOnly) {
    const frame = lastFrameBefore(ctx, cue.sentence, cueStart);
    return accusedOf(cue, inSentence, ctx).map((accused) => ({
      cue,
      holder: accused,
      method: "subject",
      reportedBy: reporter(frame, accused),
    }));
  }
  // «قال الجعفري إن الائتلاف هو من يضع الشروط», «إن من يضع الشروط فعلاً هو النظام»: the party the cleft names sets
  // them, as the speaker says; he does not, and with no party named there («هو المسؤول»), no one does.
  if (CLEFT_RULE.test(cue.rule)) {
    const named = cleftNamed(cue, inSentence, ctx);
    if (!named) return [];
    return [{ cue, holder: named, method: "subject", reportedBy: reporter(lastFrameBefore(ctx, cue.sentence, cueStart), named) }];
  }
  if (cue.holders) {
    const frame = lastFrameBefore(ctx, cue.sentence, cueStart);
    return cue.holders.map((holder) => ({ cue, holder, method: "list", reportedBy: reporter(frame, holder) }));
  }
  // «دعا لافروف الائتلاف إلى التخلي عن شرط رحيل الأسد», «طالب المعلم المعارضة بالتخلي عن شروطها»: the conditions one
  // is asked to drop are the asked one's, as the one asking reports them (conditional; and must_go where the condition
  // is his going); the one asking holds none of them, and going without them is his (the dropping cue, unconditional).
  if (!setterRead && (cue.topic === "geneva2_preconditions" || (cue.topic === "assad_role" && cue.stance === "must_go"))) {
    const drop = askedToDrop(cue, inSentence, ctx);
    if (drop) {
      const frame = lastFrameBefore(ctx, cue.sentence, drop.asked.start - 1);
      const by = reporter(frame, drop.asked);
      if (!drop.dropping)
        return [{ cue: { ...cue, rule: `${cue.rule}.asked-to-drop` }, holder: drop.asked, method: "subject", reportedBy: by }];
      const held: Holding = {
        cue: { ...cue, stance: "conditional", rule: `${cue.rule}.asked-to-drop` },
        holder: drop.asked,
        method: "subject",
        reportedBy: by,
      };
      return [held, ...holdersOf(cue, inSentence, ctx, rejectionRead, true).filter((h) => h.holder.party !== drop.asked.party)];
    }
  }
  // «قال غاتيلوف إن من غير المقبول أن يربط الائتلاف مشاركته بشروط مسبقة»: the act judged is its subject's own, unturned;
  // the one speaking holds the judgement, the opposite.
  const judgedActor = judgedActorOf(cue, inSentence, ctx);
  if (judgedActor) {
    const around = speechQuoteAround(ctx.quotes, words, cueStart);
    const frame = (around ? quoteSpeaker(around, ctx) : undefined) ?? lastFrameBefore(ctx, cue.sentence, cueStart);
    const turned = TURNED_RULE.test(cue.rule);
    const own = turned ? oppositeStance(cue.topic, cue.stance) : cue.stance;
    const judged = turned ? cue.stance : oppositeStance(cue.topic, cue.stance);
    if (own && judged) {
      const out: Holding[] = [
        {
          cue: { ...cue, stance: own, rule: `${cue.rule}.judged-act` },
          holder: judgedActor,
          method: "subject",
          reportedBy: reporter(frame, judgedActor),
        },
      ];
      if (frame && frame.speaker.party !== judgedActor.party)
        out.push({ cue: { ...cue, stance: judged }, holder: frame.speaker, method: frame.method === "frame" ? "frame" : "continuation" });
      return out;
    }
  }
  // «قال المعلم إن المعارضة تشترط رحيل الأسد قبل أي تفاوض، وهذا أمر مرفوض»: the one speaking judges, not the party
  // whose position it was (nor one accused of it: «متهماً وفد الرياض بأنه "يشترط …، وهذا وهم"»).
  if (JUDGED_AFTER_RULE.test(cue.rule)) {
    const frame = lastFrameBefore(ctx, cue.sentence, cueStart);
    const around = speechQuoteAround(ctx.quotes, words, cueStart);
    const speaker = around ? (quoteSpeaker(around, ctx) ?? frame) : frame;
    return speaker ? [{ cue, holder: speaker.speaker, method: speaker.method === "frame" ? "frame" : "continuation" }] : [];
  }
  // «… يربط مشاركته بشروط غير مقبولة، منها أن تنتهي المرحلة الانتقالية بتنحي الرئيس»: a demand on Assad listed among
  // the conditions another party sets is that party's, as the speaker reports it; one who judges or rejects the
  // conditions holds the opposite besides.
  // «وانتقد عبد العظيم شرط |الائتلاف| رحيل الأسد قبل بدء التفاوض»: a condition of his going (or staying) named with its
  // owner right after the word of condition is the owner's, as the speaker reports it.
  const ownerStance = cue.rule.startsWith("compose.assad.go.")
    ? "must_go"
    : cue.rule.startsWith("compose.assad.stay.")
      ? "may_stay"
      : undefined;
  if (!setterRead && ownerStance && cue.rule.endsWith(".conditioned")) {
    const owner = inSentence.find(
      (m) =>
        m.start > cueStart &&
        m.end <= cueEnd &&
        !m.person &&
        !isLocative(normal, lexicon, m) &&
        !(cue.about && overlaps(m, cue.about)) &&
        CONDITION_OF_RIGHT_BEFORE.test(normal.slice(Math.max(cueStart, m.start - 12), m.start)),
    );
    if (owner) {
      // The owner holds the words as they stand; one who criticises or rejects the condition («وانتقد لافروف شرط
      // الائتلاف رحيل الأسد», however long his title) holds the opposite, and one who backs it («وأيدت قطر شرط
      // الائتلاف …») the same.
      const own: Holding = {
        cue: { ...cue, stance: ownerStance },
        holder: owner,
        method: "subject",
        reportedBy: reporter(lastFrameBefore(ctx, cue.sentence, owner.start - 1), owner),
      };
      const criticised = CRITICISING_BEFORE.test(normal.slice(Math.max(sentence.start, cueStart - 4), owner.start));
      const opposite = oppositeStance(cue.topic, ownerStance);
      const read = criticised && cue.stance === ownerStance && opposite ? { ...cue, stance: opposite } : cue;
      return [own, ...holdersOf(read, inSentence, ctx, rejectionRead, true).filter((h) => h.holder.party !== owner.party)];
    }
  }
  const listed = setterRead || cue.topic !== "assad_role" ? undefined : listedConditionsSetter(cue, inSentence, ctx);
  if (listed) {
    const frame = lastFrameBefore(ctx, cue.sentence, listed.setter.start - 1);
    const own: Holding = { cue, holder: listed.setter, method: "subject", reportedBy: reporter(frame, listed.setter) };
    const stated = listed.judged ? oppositeStance(cue.topic, cue.stance) : undefined;
    if (!stated) return [own];
    const judge = { ...cue, stance: stated, rule: `${cue.rule}.listed-judged` };
    return [own, ...holdersOf(judge, inSentence, ctx, rejectionRead, true).filter((h) => h.holder.party !== listed.setter.party)];
  }
  // «قال لافروف إن "الاشتراطات التي يرفعها بعض أطراف المعارضة، وأولها تنحي الرئيس الأسد، تنسف الحوار"»: a demand on
  // Assad listed among conditions that parties left unnamed set is theirs, as the speaker reports it; not his own.
  if (!setterRead && cue.topic === "assad_role" && !TURNED_RULE.test(cue.rule) && listedAmongUnnamedConditions(cue, ctx)) return [];
  const outside = (m: Mention) => m.end <= cueStart || m.start >= cueEnd;
  // «…، وأضاف: "نحن نرفض الشروط المسبقة"»: a quotation a verb of saying opens between a name and the cue is that
  // speaker's words; the name is not their subject.
  const quotedAfter = (m: Mention) =>
    ctx.frames.in(cue.sentence).some((f) => f.start >= m.end && f.end <= cueStart && QUOTATION_OPENS.test(normal.slice(f.end, cueStart)));
  // The owner named after the cue («الشروط التي وضعتها المعارضة»), or the accused of an accusation before it
  // («اتهم نصر الله السعودية برفض …»), holds it as the speaker reports it.
  // Not a cue that is itself a judgement of what it names («اتهمت دمشق الائتلاف بوضع شروط تعجيزية»), nor one whose
  // stance reads the judgement after it («اتهم الجعفري السعودية بأنها "تملي … شروطاً مسبقة تهدف إلى إفشال جنيف"»): the
  // one who judges holds it, not the accused.
  const judgement = JUDGING.test(normal.slice(cueStart, cueEnd)) || cue.judgedAfter === true;
  // «وانتقد المعارض "الشروط التي يضعها الائتلاف لحضوره"»: conditions rejected are still their owner's (read as the
  // setter's below), and the one rejecting them holds the cue as turned.
  const ownedRejected = cue.topic === "geneva2_preconditions" && cue.stance === "unconditional" && cue.owner !== undefined;
  const owned = ownedRejected ? undefined : ownerOf(cue, inSentence, ctx);
  // («اتهم ظريف السعودية بأنها تشترط رحيل الأسد، معتبراً أن هذا الموقف يهدف إلى إفشال المسار»: the judgement passed
  // on the charge in a clause of its own after it is the accuser's, not the accused's.)
  const accusedAll =
    owned || ownedRejected || judgement
      ? []
      : accusedOf(cue, inSentence, ctx).filter((m) => !(DESCRIBED_RULE.test(cue.rule) && /[،,؛]/.test(normal.slice(m.end, cueStart))));
  const reported = owned ?? accusedAll[0];
  if (reported) {
    const frame = lastFrameBefore(ctx, cue.sentence, cueStart);
    const by = frame && frame.speaker.party !== reported.party ? frame.speaker.party : undefined;
    // «اتهم المعلم واشنطن والرياض بالضغط …»: the accused named together each hold it.
    const owners = owned ? [reported] : accusedAll;
    // «وجهت إليها الولايات المتحدة وروسيا الدعوة»: owners named together, joined by «و», inside the owner's span.
    const owner = cue.owner;
    // (Only owners named before the cue: after it, «و» may open the next clause, «… والولايات المتحدة تعارضها».)
    for (let k = inSentence.indexOf(reported) + 1; owner && owner.end <= cueStart && k > 0 && k < inSentence.length; k++) {
      const m = inSentence[k]!;
      if (m.start > owner.end || !linkedWithConjunction(normal, owners[owners.length - 1]!, m)) break;
      owners.push(m);
    }
    return owners.map((holder) => ({ cue, holder, method: "subject" as const, reportedBy: by }));
  }
  // «متهماً الطرف الآخر بأنه "يشترط رحيل الرئيس"», «البعض يتهمكم بأنكم …»: what one no party of the lexicon is
  // accused of is no one's here, not the accuser's.
  if (!owned && !ownedRejected && !judgement && accusedUnnamed(cue, inSentence, ctx)) return [];
  // «قال لافروف إن بعض ممثلي وفد الرياض يطرحون شروطاً مسبقة», «أكد أن وضع وفد الرياض شروطاً مسبقة كان السبب في …»,
  // «الشروط التي يطرحها الائتلاف غير مقبولة»: the conditions another party sets, raises or clings to are that party's,
  // as the speaker reports them; one who judges or rejects them («شروطاً تعجيزية») holds the opposite besides.
  const setter = setterRead
    ? undefined
    : (conditionsSetter(cue, inSentence, ctx) ?? (ownedRejected ? ownerOf(cue, inSentence, ctx) : undefined));
  if (setter) {
    const frame = lastFrameBefore(ctx, cue.sentence, setter.start - 1);
    const set = { ...cue, stance: "conditional" as const, rule: cue.stance === "conditional" ? cue.rule : `${cue.rule}.set-by-other` };
    const own: Holding = { cue: set, holder: setter, method: "subject", reportedBy: reporter(frame, setter) };
    if (cue.stance === "conditional") return [own];
    return [own, ...holdersOf(cue, inSentence, ctx, rejectionRead, true).filter((h) => h.holder.party !== setter.party)];
  }
  // «وانتقد المقداد الائتلاف الذي يضع تنحي الرئيس شرطاً لحضوره»: a position in a relative clause on a party named
  // right before it is that party's, as the speaker reports it. Judged by the main clause after it («الائتلاف الذي
  // يصر على رحيل الأسد لا يريد الحل»), the party holds it as it stands and the speaker the judgement.
  const antecedent = relativeAntecedent(cue, inSentence, ctx);
  if (antecedent) {
    const frame = lastFrameBefore(ctx, cue.sentence, cueStart);
    const own = { cue, holder: antecedent, method: "subject" as const, reportedBy: reporter(frame, antecedent) };
    // (The Iran pass turns its cue by such a predicate itself, under its own rule id.)
    const mayBeJudged = JUDGED_RULE.test(cue.rule) || IRAN_PASS_RULE.test(cue.rule);
    if (!mayBeJudged || !lexicon.rejectedAfter?.test(normal.slice(cueEnd, sentence.end))) return [own];
    // «لافروف الذي رأى أن "وضع الشروط المسبقة يعني عملياً رفض المؤتمر"»: a relative clause of saying holds what its
    // antecedent says, the judgement included (the cue, turned by it, is already his).
    if (RELATIVE_SAYS_UP_TO_CUE.test(normal.slice(antecedent.start, cueStart))) return [own];
    // «موسكو التي تلح على حضور طهران وتعتبر غيابها "خطأ"»: what is judged is the absence, her own side again.
    if (ABSENCE_JUDGED.test(normal.slice(cueEnd, sentence.end))) return [own];
    const stated = oppositeStance(cue.topic, cue.stance);
    const held: Holding[] = stated ? [{ ...own, cue: { ...cue, stance: stated, rule: `${cue.rule}.of-relative` } }] : [];
    if (frame && frame.speaker !== antecedent) held.push({ cue, holder: frame.speaker, method: "frame" });
    return held;
  }
  // «قوبلت المطالبة برحيل الأسد برفض روسي وإيراني»: a demand on Assad or the conditions met with a rejection
  // qualified by nationality adjectives: those states hold the opposite (the Iran pass turns its own cue already).
  // (A proposal named again in a clause of its own, «…، لكن الاقتراح قوبل برفض روسي», keeps its proposer.)
  if (!rejectionRead && cue.topic !== "iran_participation" && !cue.parent && !JUDGING_RULE.test(cue.rule)) {
    const stated = oppositeStance(cue.topic, cue.stance);
    const inClause = stated ? rejectionMet(cue, ctx) : [];
    const again = stated && inClause.length === 0 ? proposalMet(cue, ctx) : [];
    if (inClause.length + again.length > 0) {
      const frame = lastFrameBefore(ctx, cue.sentence, cueStart);
      const turned = { ...cue, stance: stated!, rule: `${cue.rule}.met-rejection` };
      const rejecting = [...inClause, ...again].map((holder) => ({
        cue: turned,
        holder,
        method: "subject" as const,
        reportedBy: reporter(frame, holder),
      }));
      return again.length > 0 ? [...rejecting, ...holdersOf(cue, inSentence, ctx, true)] : rejecting;
    }
  }
  // «إصرار سعودي قطري تركي على رحيل الأسد»: a stance noun qualified by nationality adjectives is those states'.
  const nationals = nationalHolders(cue, ctx);
  if (nationals.length > 0) {
    const frame = lastFrameBefore(ctx, cue.sentence, cueStart);
    return nationals.map((holder) => ({ cue, holder, method: "subject" as const, reportedBy: reporter(frame, holder) }));
  }
  // «بعد اشتراط الائتلاف استبعاد إيران»: a verbal noun of position with the name of its agent right after it.
  // («وحذر لافروف من أن إصرار الغرب على رحيل الأسد سيفجر المؤتمر»: an agent no party of the lexicon holds it; the
  // speaker does not.)
  // («انتقد لافروف مطالبة الغرب برحيل الأسد»: the critic, named between his verb and the noun, holds it too, turned
  // for him in index.ts.)
  const agent = agentRead ? undefined : genitiveAgent(cue, inSentence, ctx);
  if (agent !== undefined) {
    const criticised = CRITICISED_RIGHT_BEFORE.test(normal.slice(Math.max(sentence.start, cueStart - 120), cueStart));
    const critic = criticised ? holdersOf(cue, inSentence, ctx, rejectionRead, setterRead, true) : [];
    if (agent === null) return critic;
    const frame = lastFrameBefore(ctx, cue.sentence, cueStart);
    // «انتقد ظريف رفض |السعودية| مشاركة إيران»: the Iran pass read the criticised refusal as the critic's wish for
    // her; the refusal's agent holds the refusal itself.
    const refused =
      criticised &&
      cue.topic === "iran_participation" &&
      cue.stance === "support" &&
      REFUSAL_RIGHT_BEFORE.test(normal.slice(Math.max(0, agent.start - 12), agent.start));
    const own: Holding = {
      cue: refused ? { ...cue, stance: "oppose", rule: `${cue.rule}.criticised-refusal` } : cue,
      holder: agent,
      method: "subject",
      reportedBy: reporter(frame, agent),
    };
    return [own, ...critic.filter((h) => h.holder.party !== agent.party)];
  }
  // «ولفت لافروف إلى أن الأمريكيين باتوا يتفهمون أن رحيل الأسد ليس شرطاً»: the subject of a clause the speaker
  // reports holds what its predicate says, as he reports it.
  // (The speaker's own side, «قال لافروف إن موسكو …», «أعلن المتحدث باسم الهيئة … أن وفد المعارضة …», is read below as
  // before: the person speaks, and partners of an agreement join.)
  const reportedSubject = reportedClauseSubject(cue, inSentence, ctx);
  const reportedFrame = reportedSubject && lastFrameBefore(ctx, cue.sentence, cueStart);
  if (
    reportedSubject &&
    !(
      reportedFrame &&
      (reportedFrame.speaker.party === reportedSubject.party ||
        lexicon.partyWithin.get(reportedFrame.speaker.party) === reportedSubject.party)
    )
  ) {
    const frame = reportedFrame;
    return [reportedSubject, ...joinedWith(reportedSubject, inSentence, ctx, cueStart)].map((holder) => ({
      cue,
      holder,
      method: "subject" as const,
      reportedBy: reporter(frame, holder),
    }));
  }
  // (A person's label — a transcript's turn, «لافروف: …» — speaks every sentence of its line with no speaker of its
  // own and no one named before the cue, in the first person or not: «لافروف: بالطبع ستشارك. إيران طرف لا غنى عنه».)
  // (Not a sentence with a speaker of its own anywhere: «…، ولن نذهب إلى جنيف إذا حضرت إيران، كما كتب أحد قادتها».)
  // (Or the author of a full text the article reproduces, «وفيما يلي نص الرسالة:», speaking in its sentences.)
  // (Or the issuer of a statement introduced on a line of its own, «… بياناً جاء فيه:», speaking in its points.)
  const label =
    ctx.frames.in(cue.sentence).length > 0
      ? undefined
      : (statementOf(ctx, cue.sentence) ?? labelOfLine(ctx, cue.sentence) ?? authorOf(ctx, cue.sentence));
  // A party named before the cue speaks in the line's place, unless it is Iran and the cue is her taking part («ج:
  // نعم. إيران طرف في الصراع، ومن يستبعد إيران لا يريد حلاً»): the one spoken of, not another speaker. Nor is a
  // person who holds only what he says in a frame of his own («□ … الرئيس بشار الأسد منتخب من شعبه، وموقعه ليس
  // مطروحاً للنقاش»: the president spoken of).
  const namedBefore = (m: Mention) =>
    (!m.place || (label?.signedOnly === true && m.party !== label.speaker.party)) &&
    !(m.person && m.speakerOnly) &&
    !(cue.topic === "iran_participation" && m.party === "iran");
  const spoken = speakerBefore(ctx, cue.sentence, cueStart);
  const frameBefore =
    spoken === null
      ? undefined
      : (spoken ??
        (label &&
        (((label.speaker.person || label.statement === true || ctx.frames.answers(label)) &&
          !inSentence.some((m) => m.end <= cueStart && namedBefore(m)) &&
          !OTHER_SIDE_OPENING.test(normal.slice(sentence.start, Math.min(cueStart, sentence.start + 24))) &&
          !OTHER_SIDE_BEFORE.test(normal.slice(sentence.start, cueStart))) ||
          // «لافروف لـ"تاس": لا نقبل أي شرط.. ورحيل الأسد ليس على جدول الأعمال»: a headline cut into sentences by «..»
          // goes on with its speaker where the piece names no one before the cue (a party speaking too).
          // (Not a piece with a subject of its own, one the lexicon may not know: «… و"التنسيق" تطالب بجنيف بلا شروط».)
          (headline && !inSentence.some((m) => m.end <= cueStart && namedBefore(m))) ||
          FIRST_PERSON_NEAR.test(normal.slice(Math.max(sentence.start, cueStart - 24), cueEnd)) ||
          // «الحلبي: نحن قلنا إن الحل السياسي هو الطريق لإنقاذ سوريا، وإننا مستعدون للذهاب إلى جنيف من دون شروط»: «we»
          // opening the cue's clause after the last name before it, however far, is the turn's speaker.
          WE_OPEN_BETWEEN.test(normal.slice(findLast(inSentence, (m) => m.end <= cueStart)?.end ?? sentence.start, cueStart))) &&
        (!headline || !PIECE_OWN_SUBJECT.test(normal.slice(sentence.start, cueEnd))) &&
        !THEY_DO.test(normal.slice(cueStart, cueStart + 16)) &&
        !OTHERS_SAY.test(normal.slice(sentence.start, sentence.end))
          ? label
          : undefined));
  // (Not «ليرد X بأن …» after it: X's answer is an act of its own, after what the cue's speaker said.)
  const frameAfter = ctx.frames.in(cue.sentence).find((f) => f.start >= cueEnd && !ANSWER_THEN_VERB.test(normal.slice(f.start, f.end)));
  const around = speechQuoteAround(ctx.quotes, words, cueStart);
  // «وقالت دمشق إن «على الدول … . وقال الجربا إنه يرفض …»: a quotation opened in an earlier sentence and never
  // closed runs on to the line end; a sentence whose own speaker (or a verb with its subject) speaks before the
  // cue is narrative again, not the earlier quotation.
  const quote =
    around &&
    sentenceIndex(ctx.sentences, around.start) < cue.sentence &&
    (ctx.frames.in(cue.sentence).some((f) => f.method === "frame" && f.end <= cueStart && f.start >= sentence.start) ||
      inSentence.some((m) => m.end <= cueStart && !m.speakerOnly && /^[وف]?\S+\s+$/.test(normal.slice(sentence.start, m.start))))
      ? undefined
      : around;
  // «الائتلاف ذهب إلى جنيف وهو يرفع شعار «لا تفاوض قبل رحيل الأسد»»: a slogan in quotation marks is the one's who
  // raises it, the party named last before it in its sentence, whoever reports it.
  if (around && SLOGAN_BEFORE.test(normal.slice(Math.max(sentence.start, around.start - 12), around.start + 1))) {
    const raiser = findLast(inSentence, (m) => m.end <= around.start && !m.place && !m.speakerOnly);
    if (raiser) return [{ cue, holder: raiser, method: "subject", reportedBy: reporter(frameBefore, raiser) }];
  }
  // «قال نصرالله إن "الدولة ذاهبة بلا شروط، أما المعارضة، أو ما يسمى المعارضة، فتضع الشروط، وأولها تنحي الرئيس"»: the
  // topic of «أما X فـ<verb>» is that verb's subject, past what is set off between them, and holds what its clause says
  // — inside another's words too, as he reports it.
  const topic = ammaTopic(cue, inSentence, ctx);
  if (topic) return [{ cue, holder: topic, method: "subject", reportedBy: reporter(frameBefore, topic) }];
  // «وجاء في المنشور: "نحن في هيئة التنسيق ذاهبون إلى جنيف بلا شروط مسبقة"»: the party the speaker says he speaks
  // for, however he was introduced.
  const ours = weInParty(cue, inSentence, ctx);
  if (ours) return [{ cue, holder: ours, method: "subject" }];
  // «قال لافروف إن "بعض الأطراف، ومنها تركيا والسعودية، لا تزال تصر على …"»: the parties listed hold it, not he.
  const among = listedAmongUnnamed(cue, inSentence, ctx);
  // «تقف واشنطن ولندن وباريس في منطقة وسطى، إذ تقبل العواصم الثلاث ببقاء الأسد»: the parties a plural takes up.
  const resumed = among.length > 0 ? among : resumedList(cue, inSentence, ctx);
  if (resumed.length > 0) return resumed.map((holder) => ({ cue, holder, method: "subject", reportedBy: reporter(frameBefore, holder) }));
  let primary: Holding | null = null;
  // «وأضاف أن بعض الأطراف "لا تخفي رغبتها في إبعاد طهران"», «إن بعض الدول تعارض حضور إيران»: a clause whose subject is
  // parties left unnamed («بعض», «عدة», «إحدى») is what others hold, as the speaker reports it; he does not hold it,
  // and no one named does. (Not their view called an illusion, «إن بعض الدول تعيش في وهم أن رحيل الأسد …»: the
  // judgement, turned, is the speaker's.)
  const othersFrom = Math.max(sentence.start, cueStart - 100);
  const others = JUDGED_ILLUSION_RULE.test(cue.rule)
    ? null
    : (UNNAMED_PARTIES_SUBJECT.exec(normal.slice(othersFrom, cueStart)) ?? collectiveSubject(othersFrom, cueStart, inSentence, normal));
  const othersHold = others !== null;
  // («بعض شركائنا يريدون مشاركة إيران، ونحن معهم في ذلك»: the speaker agreeing with them, after the clause, holds it
  // too.)
  const agreedBy = (): Holding | null =>
    frameBefore && WE_AGREE_AFTER.test(normal.slice(cueEnd, sentence.end))
      ? { cue, holder: frameBefore.speaker, method: frameBefore.method === "frame" ? "frame" : "continuation" }
      : null;
  // Where they open the clause, the speaker named before their «إن» is not the subject of the cue's verb either
  // («قال لافروف إن "البعض يطالب برحيل الرئيس"»).
  const othersAt = others ? othersFrom + others.index : undefined;
  // «ورأى الدبلوماسي الإيراني أن السعودية تعرقل الحل لأنها تشترط رحيل الأسد»: a clause whose subject is a pronoun
  // («لأنها», «كونها», «فهي») goes back to the party named last before it in what the speaker reports, not to him.
  const pronounHeld = frameBefore ? pronounAntecedent(cueStart, frameBefore, inSentence, sentence, normal, lexicon) : undefined;
  // «قال المقداد إن المعارضة ترفض الديمقراطية، واستبعد تنحي الأسد»: a clause joined by «و» after a comma goes
  // back to the speaker, not to the subject of what he reported («إن المعارضة …»).
  // «قال الجربا إن المعارضة توافق …، مطالبا بتنحي الأسد»: so does a participle after a comma (مطالبا، محذرا).
  const joinedAfterComma =
    (/^[وف]/.test(normal.slice(cueStart, cueStart + 1)) || lexicon.narrativeOnly.test(normal.slice(cueStart, cueStart + 12))) &&
    /[،,]\s*$/.test(normal.slice(sentence.start, cueStart));
  const outer = (inner: Mention): Frame | undefined =>
    joinedAfterComma
      ? ctx.frames
          .in(cue.sentence)
          .find(
            (f) =>
              f.method === "frame" &&
              f.end <= inner.start &&
              f.speaker.party !== inner.party &&
              /(?:^|\s)(?:ان|انه|انها|بان)(?:\s|$)/.test(normal.slice(f.end, inner.start)),
          )
      : undefined;

  // «وطالب الائتلاف الأممَ المتحدة بسحب …» (VSO): a name right after a frame's subject is its object.
  const objectOfFrame = (m: Mention) =>
    ctx.frames.in(cue.sentence).some(
      (f) =>
        f.method === "frame" &&
        f.start < f.speaker.start &&
        f.speaker !== m &&
        f.speaker.end <= m.start &&
        // (Not past a colon: «وقال لافروف: واشنطن ترفض …» opens what he says there.)
        ((words.within(f.speaker.end, m.start, 0) && !normal.slice(f.speaker.end, m.start).includes(":")) ||
          // «وحث كيري المنسق العام للهيئة رياض حجاب على …»: after a verb of asking, the one asked may bear a title.
          (m.start - f.speaker.end < 64 &&
            ASKING_VERB.test(normal.slice(f.start, f.end)) &&
            ASKED_TITLE.test(normal.slice(f.speaker.end, m.start)))),
    );
  // «كيري يطالب الائتلاف بالذهاب إلى جنيف دون شروط» (SVO), «لكنه في الوقت نفسه يطالب الائتلاف بـ…» (a pronoun its
  // subject): a name right after a verb of asking is the one asked, not its subject.
  // (Not a verb whose subject stands apart from it: «الأسد الذي تطالب واشنطن برحيله» names the one asking after it.)
  // «كيري حث المنسق العام للهيئة رياض حجاب على …»: so is a name after the title of the one asked (ASKED_TITLE), and
  // the body his title names. («بأنها تضغط على واشنطن والأمم المتحدة لمنع …»: and the names joined to him by «و».)
  const askedObject = (m: Mention): boolean => {
    const k = inSentence.indexOf(m);
    return askedRightAfter(m) || (k > 0 && linkedWithConjunction(normal, inSentence[k - 1]!, m) && askedObject(inSentence[k - 1]!));
  };
  const askedRightAfter = (m: Mention) =>
    ASKED_AFTER_PRONOUN.test(normal.slice(Math.max(0, m.start - 48), m.start)) ||
    urgedRightAfter(normal, m, inSentence) ||
    ctx.frames.in(cue.sentence).some(
      (f) =>
        f.method === "frame" &&
        f.speaker.end <= f.start &&
        // («وكان كيري قد حث الهيئة على …»: «قد» of the past perfect between the asker and his verb.)
        (words.within(f.speaker.end, f.start, 0) || PERFECT_BETWEEN.test(normal.slice(f.speaker.end, f.start))) &&
        f.end <= m.start &&
        ASKING_VERB.test(normal.slice(f.start, f.end)) &&
        (words.within(f.end, m.start, 0) || (m.start - f.end < 64 && ASKED_TITLE.test(normal.slice(f.end, m.start)))),
    );
  if (cue.holder === "subject" || lexicon.narrativeOnly.test(normal.slice(cueStart, cueEnd))) {
    // The cue is itself the predicate (اشترط، رفضت، مشترطاً): its subject holds it. A participle (مشترطاً) or a
    // verbal noun with a pronoun (رفضها، اشتراطه) has no subject of its own and refers back to the sentence's.
    // «روسيا متمسكة ببقاء الأسد»: a feminine participle (م…ة, normalised م…ه) agrees with its subject; its ه is no pronoun.
    const firstWord = normal.slice(cueStart, cueEnd).split(/\s/)[0]!;
    const participle =
      lexicon.narrativeOnly.test(normal.slice(cueStart, cueStart + 12)) ||
      (/ها$|ه$/.test(firstWord) && !FEMININE_PARTICIPLE.test(firstWord) && !ROOT_HA_VERB.test(firstWord));
    // VS order: the subject within two words after the verb (رفضت روسيا …).
    // «وتشترط المعارضة أن …»: «المعارضة» right after the cue's own verb, opening its clause and agreeing with it, is
    // its subject too (verbNextTo).
    // Not after a verb in the first person plural («ونرفض شروط الائتلاف»: we reject; the name after it is an object).
    // (Negated too: «ولن نقبل بأي حل يبقي الأسد».)
    const firstPerson = FIRST_PERSON_VERB.test(firstWord) || opensInFirstPerson(normal.slice(cueStart, cueEnd));
    const joinedFiniteAfterComma = JOINED_FINITE_VERB_WORD.test(firstWord) && /[،,]\s*$/.test(normal.slice(sentence.start, cueStart));
    // «أن وفد الهيئة، الذي علق مشاركته …، "اشترط أن …"»: the subject before a relative clause set off by commas.
    const relativeAside = (m: Mention) => cueStart - m.end <= 140 && RELATIVE_ASIDE.test(normal.slice(m.end, cueStart));
    const verbEnd = firstWordEnd(normal, cueStart, cueEnd);
    // (Not «بان» of Ban Ki-moon, a name starting there: «سحب بان كي مون الدعوة».)
    const that = THAT_RIGHT_AFTER.exec(normal.slice(verbEnd, verbEnd + 8));
    const thatAfterVerb =
      that && !PARTICLE.test(normal.slice(cueStart, verbEnd)) && !inSentence.some((m) => m.start === verbEnd + that[1]!.length)
        ? verbEnd
        : -1;
    const after = inSentence.find(
      (m) =>
        !firstPerson &&
        m.start >= cueStart &&
        words.within(cueStart, m.start, 2) &&
        // «لكنها اشترطت أن "يوقف النظام القصف"», «يطالب بأن يربط الائتلاف …»: one named after the «أن» right after the
        // cue's first word (its verb) is the subject of what is demanded, not of the verb.
        !(thatAfterVerb >= 0 && m.start >= thatAfterVerb) &&
        // «أنهم يريدون |إيران| على الطاولة», «يرفضون |الائتلاف|»: a verb in the plural has its subject before it (a verb
        // before its subject stays singular); the name right after it is its object.
        !PLURAL_VERB_RIGHT_BEFORE.test(normal.slice(Math.max(cueStart, m.start - 20), m.start)) &&
        (!m.speakerOnly || verbNextTo(normal, m, cueStart)) &&
        !isLocative(normal, lexicon, m) &&
        // «ودعا المجتمعون |روسيا| إلى …»: the object of a verb whose subject is a gathering or a statement.
        !objectOfUnnamedSubject(normal, m) &&
        // «يطالب خصوم |روسيا| برحيل الأسد»: the genitive of a noun of relation.
        !RELATION_BEFORE.test(normal.slice(Math.max(0, m.start - 16), m.start)) &&
        // «إن على |أوباما| التمسك برحيل الأسد»: the one obliged is told what to hold, by whoever says it (not the
        // one a condition is set on, «تشترط على |الائتلاف| ألا يذهب …»).
        !OBLIGATION_OPENS_BEFORE.test(normal.slice(Math.max(sentence.start, m.start - 12), m.start)),
    );
    // «"الائتلاف" الذي يقيم معظم أعضائه في فنادق اسطنبول والدوحة |أعلن أنه لن يذهب …»: the verb after a relative
    // clause with no commas is the clause's antecedent's, not that of one named inside it.
    const clauseOn = clauseOnCue();
    const before = findLast(
      inSentence,
      (m) =>
        m.end <= cueStart &&
        // («"النظام يريد حكومة وحدة، ولن نقبل بأي حل يبقي الأسد"»: a verb in the first person has «we» as its subject.)
        !firstPerson &&
        // («وشدد الأسد خلال استقباله المبعوث الأممي الإبراهيمي على |رفض أي شروط»: not the one he met.)
        !metRightBeforeCue(normal, m, cueStart) &&
        !quotedAfter(m) &&
        !urgedRightAfter(normal, m, inSentence) &&
        // «والتقى كيري لافروف وأكد أن …», «التقى كيري نظيره الروسي وأكد …»: the one met, right after the subject of
        // the meeting, is not the subject of the verb joined after them.
        // (Not a relative clause on the one met: «التقى دي ميستورا ممثلي الائتلاف، والذين يصرون …».)
        !(
          /^\s*[،,]?\s*و(?!(?:الذين|التي|الذي|اللذين|اللتين)\s)/.test(normal.slice(m.end, cueStart)) &&
          objectOfSubject(normal, words, inSentence, m) !== undefined
        ) &&
        (clauseOn === undefined || m === clauseOn) &&
        (m === clauseOn ||
          words.within(m.end, cueStart, 2) ||
          (cueStart - m.end < SUBJECT_GAP_MAX && SUBJECT_GAP.test(normal.slice(m.end, cueStart))) ||
          relativeAside(m)) &&
        // «المعارضة» alone is mostly an object; right before a verb of the present tense («المعارضة تضع شروطاً») or
        // right after one opening the clause («وتضع المعارضة شروطاً») it is its subject.
        (!m.speakerOnly || verbNextTo(normal, m, cueStart)) &&
        // «على الإدارة الأمريكية أن تصر على رحيل الأسد»: the one obliged is told what to hold, by whoever says it.
        !(OBLIGED_BEFORE.test(normal.slice(Math.max(0, m.start - 8), m.start)) && OBLIGED_TO.test(normal.slice(m.end, cueStart))) &&
        // «… مع ممثلي النظام، لكنه شدد على أن ذلك مشروط …»: the pronoun after «لكن» is the verb's subject, not a name
        // before it.
        !BUT_HE_BETWEEN.test(normal.slice(m.end, cueStart)) &&
        // «قال الجبير بعد لقائه كيري إن على الأسد الرحيل»: one named between the speaker's verb and the «إن» of what
        // he says holds none of it.
        !(
          frameBefore?.sentence === cue.sentence &&
          frameBefore.speaker !== m &&
          frameBefore.end <= m.start &&
          THAT_OPENS_BETWEEN.test(normal.slice(m.end, cueStart)) &&
          // (Not the subject of a verb of its own after the speaker's: «… في حين هدد |وزير الخارجية التركي| بأن بلاده …».)
          !CONTRAST_OPENS.test(normal.slice(frameBefore.end, m.start)) &&
          matchesIn(lexicon.speechVerb, normal, frameBefore.end, m.start).length === 0 &&
          matchesIn(lexicon.stanceWord, normal, frameBefore.end, m.start).length === 0
        ) &&
        // «ودعا المجتمعون روسيا إلى …»: the object of a gathering's or a statement's verb.
        !objectOfUnnamedSubject(normal, m) &&
        (!boundaries.crosses(m.end, cueStart) || relativeAside(m) || m === clauseOn) &&
        // «الولايات المتحدة، التي عارضت أي مقعد لطهران، وافقت …»: a name after the preposition «ل» is its object,
        // never the subject of the verb after it.
        // (Or the name read with its «لل», «للإبراهيمي»: «الجربا للإبراهيمي: لا تفاوض …».)
        !PREPOSITION_L_BEFORE.test(normal.slice(Math.max(0, m.start - 3), m.start)) &&
        !normal.startsWith("لل", m.start) &&
        // «التدخل الخارجي في سوريا ورفض الشروط»: a place is not the subject.
        !isLocative(normal, lexicon, m) &&
        // «قال لافروف في مؤتمر مشترك مع نظيره المصري سامح شكري إن إيران …»: the counterpart met, named by his office, is
        // not the subject of what the speaker says after «إن» (where he speaks himself, his frame holds it).
        !COUNTERPART_BEFORE.test(normal.slice(Math.max(0, m.start - 40), m.start)) &&
        // «وقال خلال استقباله نظيره البريطاني إن …», «وقال خلال لقائه لافروف إن …»: the one met, named after the
        // speaker's meeting (his pronoun on it), is not the subject of what follows «إن».
        !metThenThat(normal, m, cueStart) &&
        // «أبلغنا الأمين العام أننا لا نقبل أي شروط»: «we» opening the cue's clause is its subject, not the name before.
        !weOpenBefore(m.end) &&
        // «إن الائتلاف يرفض أن يضع |النظام| شروطاً، ويصر على رحيل الأسد»: a verb joined by «و» after a comma goes on
        // with the subject of the clause the «أن» hangs on, not with the subject of that «أن»'s own verb.
        !(joinedFiniteAfterComma && THAT_CLAUSE_SUBJECT_BEFORE.test(normal.slice(Math.max(sentence.start, m.start - 20), m.start))) &&
        // «أنهم يريدون حضور إيران، وأنهم يرفضون أي شروط»: Iran, the genitive of her taking part, is no subject.
        !herPartOnly(cue, m, normal) &&
        !demandOwnerOnly(cue, m, normal),
    );
    // «ترحيب الاتحاد الأوروبي بالفكرة ورفض المعارضة لها»: a cue opening with «و» starts a clause of its own, whose
    // subject follows it.
    // «…، وبعدما هدد الائتلاف بمقاطعة المؤتمر»: a verb right after a word opening a clause of time or contrast has its
    // subject after it too, not the party named before the comma («بعدما تعرض لضغط من واشنطن»).
    // (Not the «و» of the root of «وجه»: «كان قد وجه دعوة لإيران …» goes on with the subject before it.)
    const ownClause =
      (/^و/.test(normal.slice(cueStart, cueStart + 1)) &&
        !((ROOT_HA_VERB.test(firstWord) || ROOT_WAW_VERB.test(firstWord)) && !/^[وف]و/.test(firstWord))) ||
      CLAUSE_OPENER_BEFORE.test(normal.slice(Math.max(sentence.start, cueStart - 16), cueStart));
    // «اعتبر بوشكوف أن |ربط الائتلاف| مشاركته …»: a noun of demanding or linking opening a reported clause has its
    // agent after it; the one named before «أن» reports it.
    const agentAfterNoun =
      before !== undefined &&
      after !== undefined &&
      /(?:^|\s)(?:ان|بان)\s+"?$/.test(normal.slice(before.end, cueStart)) &&
      demanderAt(after, normal) &&
      !judgesDemand(cue);
    // «وأكد كيري رفض موسكو أي شروط»: a bare noun of position right after a speaker, the object of what he says, has
    // its agent right after it; the speaker reports it.
    const agentAfterSaid =
      before !== undefined &&
      after !== undefined &&
      SAID_POSITION_NOUN.test(firstWord) &&
      words.within(verbEnd, after.start, 0) &&
      ctx.frames
        .in(cue.sentence)
        .some(
          (f) =>
            f.method === "frame" &&
            f.end <= cueStart &&
            (f.speaker === before || words.within(f.end, cueStart, 1)) &&
            !THAT_BETWEEN.test(normal.slice(f.end, cueStart)),
        );
    const subject = participle
      ? undefined
      : (ownClause || agentAfterNoun || agentAfterSaid ? [after, before] : [before, after]).find(
          (m) =>
            m !== undefined &&
            !objectOfFrame(m) &&
            !askedObject(m) &&
            // (Nor one named inside their clause, up to the cue: «إن "هناك دولاً تضع غياب إيران |شرطاً"» names her as
            // what they set.)
            !(othersAt !== undefined && m.end <= cueEnd) &&
            !demandOwnerOnly(cue, m, normal) &&
            // («تدعم موسكو |دمشق| وترفض أي شروط»: the object before a joined verb.)
            !objectBeforeJoinedVerb(normal, words, inSentence, m) &&
            !comparedWith(normal, m, sentence.start),
        );
    // «قال لافروف: "… في صفوف الائتلاف، وإصراره على الشروط المسبقة"»: in a speaker's own words he is «نا/ي», so a
    // third-person pronoun on a verbal noun inside the quotation is another party, the last one named there.
    const antecedent =
      participle && quote && !lexicon.narrativeOnly.test(normal.slice(cueStart, cueStart + 12))
        ? findLast(inSentence, (m) => m.start >= quote.start && m.end <= cueStart && !m.speakerOnly && !isLocative(normal, lexicon, m))
        : undefined;
    if (subject) primary = { cue, holder: subject, method: "subject", reportedBy: reporter(frameBefore, subject) };
    else if (antecedent) primary = { cue, holder: antecedent, method: "subject", reportedBy: reporter(frameBefore, antecedent) };
    // (A pronoun in the clause of parties left unnamed stands for them: «هناك دولاً تضع غياب إيران شرطاً |لحضورها».)
    else if (pronounHeld && othersAt === undefined)
      primary = { cue, holder: pronounHeld, method: "subject", reportedBy: reporter(frameBefore, pronounHeld) };
    else if (othersHold && agreedBy()) primary = agreedBy();
    else if (othersHold) return [];
    else if (frameBefore && outer(frameBefore.speaker)) primary = { cue, holder: outer(frameBefore.speaker)!.speaker, method: "frame" };
    else if (frameBefore) primary = { cue, holder: frameBefore.speaker, method: frameBefore.method === "frame" ? "frame" : "continuation" };
    else {
      // «مع رفضها لأي شروط»: the pronoun points at the sentence's main subject, its first named party — but a
      // participle («مؤكدا») after a party named inside what was reported («قال قائد … إن إعلان الخارجية السورية
      // …، مؤكدا أن …») is the speaker's, here unnamed.
      const main = mainSubject(cue, inSentence, ctx);
      const reportedMain =
        main !== undefined &&
        lexicon.narrativeOnly.test(normal.slice(cueStart, cueStart + 12)) &&
        REPORTED_BEFORE.test(normal.slice(sentence.start, main.start));
      // (Not across a clause of contrast with a speaker of its own, one the lexicon does not know: «تريد إيران أن يبقى
      // الأسد، في حين تقول القوى الغربية إن عليه أن يرحل» (speakerBefore answered null).)
      if (
        main &&
        !reportedMain &&
        !(
          spoken === null &&
          (unknownContrastSpeaker(normal, sentence.start, cueStart, inSentence) || butOwnSubject(normal, main.end, cueStart, inSentence))
        )
      )
        primary = { cue, holder: main, method: "subject" };
      // «… وقال المقداد إن … . واستبعد تنحي الأسد»: a verb opening its sentence with «و» and no subject of its own
      // goes on with the speaker in effect.
      // (Not one whose subject follows it, named by role only: «ويرى ديبلوماسيون غربيون أن …» is theirs.)
      else if (
        cueStart - sentence.start < 3 &&
        /^[وف]/.test(normal.slice(sentence.start, cueStart + 1).trimStart()) &&
        !unnamedSubjectFollows(normal, sentence.start + /^\s*\S+/.exec(normal.slice(sentence.start, sentence.end))![0].length)
      ) {
        // (Or the last one speaking in the sentence before on its line, read with its speaker: «وأكد البيان الختامي
        // … . واشترط البيان …».)
        const before = ctx.sentences[cue.sentence - 1];
        const carried =
          ctx.frames.speakerAt(cue.sentence) ??
          (before?.line === sentence.line ? ctx.frames.in(cue.sentence - 1).at(-1)?.speaker : undefined);
        if (carried) primary = { cue, holder: carried, method: "continuation" };
      }
    }
  }
  if (!primary && quote) {
    // «… وأشار إلى أن سوريا تعلن استعدادها … بلا شروط»: a party speaking inside the quotation (its name, then its
    // verb), in the cue's clause, holds what it says there.
    const head = boundaries.clauseStart(cue.sentence, cueStart);
    // A party (no person) in the cue's clause inside the quotation, before the cue, and no object.
    const quotedParty = (m: Mention, person = false) =>
      m.end <= cueStart &&
      m.start >= Math.max(head, quote.start) &&
      (person || !m.person) &&
      !lexicon.objectBefore.test(normal.slice(Math.max(0, m.start - 16), m.start)) &&
      // («"أي مؤتمر حول سوريا تستبعد منه إيران …"»: a place after «حول/في» is no speaker.)
      !isLocative(normal, lexicon, m) &&
      // («"النظام يريد حكومة وحدة، ولن نقبل بأي حل يبقي الأسد"»: not past the speaker's own clause in the first person.)
      !weOpenBefore(m.end);
    const inner = findLast(
      inSentence,
      (m) =>
        quotedParty(m) &&
        ctx.frames.in(cue.sentence).some(
          (f) =>
            f.method === "frame" &&
            f.speaker === m &&
            m.end <= f.start &&
            (words.within(m.end, f.start, 0) || STILL_BETWEEN.test(normal.slice(m.end, f.start))) &&
            // (The frame's verb may open the cue: «"السعودية |تطالب برحيل الأسد"».)
            f.start <= cueStart,
        ),
    );
    // «"شركاءنا الأمريكيين ما زالوا يعارضون دعوة طهران"», «"موسكو تصر على أن …"»: a party right before a verb of
    // position (after «لا تزال», «ما زالوا»), in the cue's clause inside the quotation, holds what follows it. So does
    // another person right before it («"صديقي سيرغي لافروف يصر على حضور إيران"»), not the one speaking.
    const positioned =
      inner ??
      findLast(
        inSentence,
        (m) =>
          quotedParty(m, m.person && frameBefore !== undefined && m.party !== frameBefore.speaker.party) &&
          !m.speakerOnly &&
          matchesIn(lexicon.stanceWord, normal, m.end, Math.min(sentence.end, m.end + 40)).some(
            (w) =>
              w.index <= cueStart &&
              PRESENT_VERB_WORD.test(w.text) &&
              (words.within(m.end, w.index, 0) ||
                (!m.person && STILL_BETWEEN.test(normal.slice(m.end, w.index))) ||
                // «"السعودية لا تريد أي دور لإيران"»: negated, the verb opens the cue or stands right before it.
                (NEGATION_BETWEEN.test(normal.slice(m.end, w.index)) &&
                  (w.index >= cueStart - 4 ||
                    (words.within(w.index + w.text.length, cueStart, 1) && !/[،,]/.test(normal.slice(w.index, cueStart)))))),
          ),
      );
    if (positioned) primary = { cue, holder: positioned, method: "subject", reportedBy: reporter(frameBefore, positioned) };
  }
  // Not a position the quotation itself judges («إن الائتلاف "يضع شروطاً غير منطقية"»): the judgement is the speaker's.
  // Its own verb of position opens it, not what the speaker says it must or may not do («"يجب أن تتخلى عن …"», «"لا
  // يحق لها أن …"»).
  if (
    !primary &&
    quote &&
    !JUDGED_RULE.test(cue.rule) &&
    QUOTED_VERB.test(normal.slice(quote.start, Math.min(quote.end, quote.start + 16)))
  ) {
    // «واعتبر نصرالله أن السعودية "تشترط رحيل الأسد قبل أي مفاوضات"»: the quotation opens on the predicate of the
    // party named right before it after «أن», the reported clause's subject; the speaker reports its position.
    // «قال صافي إن وفد المعارضة "…"»: the wider side the speaker's body belongs to is his own.
    const speakersSide = frameBefore && lexicon.partyWithin.get(frameBefore.speaker.party);
    // «أن» right before the first of the names joined by «و» that end with m (read once per name).
    const thatBeforeList = (m: Mention) => {
      const first = firstOfList(normal, inSentence, m);
      return THAT_SO_CALLED_BEFORE.test(normal.slice(Math.max(sentence.start, first.start - 24), first.start));
    };
    const subject = findLast(
      inSentence,
      (m) =>
        m.end <= quote.start &&
        m.start >= sentence.start &&
        !m.person &&
        !m.speakerOnly &&
        m.party !== speakersSide &&
        (QUOTE_OPENS_AFTER_NAME.test(normal.slice(m.end, quote.start)) ||
          RELATIVE_ASIDE.test(normal.slice(m.end, quote.start)) ||
          QUALIFIED_THEN_QUOTE.test(normal.slice(m.end, quote.start))) &&
        // (The last of names joined by «و»: «إن واشنطن والرياض "تضعان …"».)
        thatBeforeList(m) &&
        !isLocative(normal, lexicon, m),
    );
    if (subject) primary = { cue, holder: subject, method: "subject", reportedBy: reporter(frameBefore, subject) };
  }
  if (!primary && othersHold) primary = agreedBy();
  if (!primary && othersHold) return [];
  // «انتقد ما وصفه بـ"إصرار الائتلاف … على رحيل الأسد شرطاً مسبقاً"»: a quotation that is the speaker's name for
  // another's position is held by the one it names after its noun of position, as reported.
  if (!primary && quote && LABEL_BEFORE_QUOTE.test(normal.slice(Math.max(sentence.start, quote.start - 24), quote.start))) {
    const owner = inSentence.find(
      (m) =>
        m.start > quote.start &&
        m.end <= cueStart &&
        !m.person &&
        !m.place &&
        POSITION_NOUN_RIGHT_BEFORE.test(normal.slice(Math.max(quote.start, m.start - 16), m.start)),
    );
    if (owner) primary = { cue, holder: owner, method: "subject", reportedBy: reporter(frameBefore, owner) };
  }
  // «رأى نصرالله أن تركيا "هي من يعرقل الحل"، لأنها "تشترط رحيل الأسد"»: a quotation opening on a verb right after a
  // pronoun subject («لأنها», «فهي») goes on with the pronoun's clause; the party it goes back to holds it, as reported.
  // (Not the «لأنه» of a fact, «لأنه "من دون الإيرانيين لن يكون المؤتمر تمثيلياً"», nor Iran of her own taking part.)
  if (
    !primary &&
    quote &&
    pronounHeld &&
    !(cue.topic === "iran_participation" && pronounHeld.party === "iran") &&
    PRONOUN_OPENS_QUOTE.test(normal.slice(Math.max(sentence.start, quote.start - 12), quote.start)) &&
    QUOTED_VERB.test(normal.slice(quote.start, Math.min(quote.end, quote.start + 16)))
  )
    primary = { cue, holder: pronounHeld, method: "subject", reportedBy: reporter(frameBefore, pronounHeld) };
  if (!primary && quote) {
    const speaker = quoteSpeaker(quote, ctx);
    // «وقال لافروف: "كيري يكرر أن الأسد يجب أن يرحل"»: a speaker named with his verb inside the quotation, before the
    // cue, is the one it reports.
    const inner =
      frameBefore?.method === "frame" &&
      frameBefore.start > quote.start &&
      frameBefore.end <= cueStart &&
      frameBefore.speaker.start >= quote.start &&
      frameBefore.speaker.end <= frameBefore.start &&
      INNER_REPORT_THAT.test(normal.slice(frameBefore.end, cueStart))
        ? frameBefore
        : undefined;
    if (inner && speaker && inner.speaker.party !== speaker.speaker.party)
      primary = { cue, holder: inner.speaker, method: "frame", reportedBy: reporter(speaker, inner.speaker) };
    else if (speaker) primary = { cue, holder: speaker.speaker, method: speaker.method === "frame" ? "quote" : speaker.method };
  }
  if (!primary && pronounHeld) primary = { cue, holder: pronounHeld, method: "subject", reportedBy: reporter(frameBefore, pronounHeld) };
  // «تمسك وفد النظام بأولوية مكافحة الإرهاب، ورفض وفد الائتلاف أي دور للأسد»: a cue opening on «و» and its verb
  // right after a comma is a clause of its own (VSO); the name right after that verb, inside the cue, is its subject,
  // not the subject of the clause before the comma. (Not the one the cue is about, nor a first-person verb's object.)
  // «لا تضع المملكة العربية السعودية أي شروط …»: so is the name right after the verb of a cue opening the sentence on
  // it, negated or not (a name of three words leaves the composed reading behind).
  const afterComma = /[،,]\s*$/.test(normal.slice(Math.max(sentence.start, cueStart - 3), cueStart));
  if (!primary && cue.holder !== "subject" && (afterComma || OPENS_SENTENCE.test(normal.slice(sentence.start, cueStart)))) {
    const negation = afterComma ? null : NEGATION_FIRST.exec(normal.slice(cueStart, cueEnd));
    const verbStart = cueStart + (negation ? negation[0].length : 0);
    const verbEnd = firstWordEnd(normal, verbStart, cueEnd);
    const verb = normal.slice(verbStart, verbEnd);
    if ((afterComma ? COORDINATED_VERB : OPENING_VERB).test(verb) && !FIRST_PERSON_VERB.test(verb)) {
      const next = inSentence.find((m) => m.start >= verbEnd && m.start < cueEnd);
      if (
        next &&
        (words.within(verbEnd, next.start, 0) || BODY_WORD_BETWEEN.test(normal.slice(verbEnd, next.start))) &&
        (!next.speakerOnly || verbNextTo(normal, next, cueStart)) &&
        !(cue.about && overlaps(next, cue.about)) &&
        !(cue.topic === "iran_participation" && next.party === "iran") &&
        !isLocative(normal, lexicon, next)
      )
        primary = { cue, holder: next, method: "subject", reportedBy: reporter(frameBefore, next) };
    }
  }
  // «وأمهل الائتلاف المنظمة الدولية حتى المساء، مهدداً بعدم الذهاب ما لم تسحب الدعوة», «وذكرت الصحيفة أن الائتلاف
  // أمهل المنظمة …، مهدداً …»: a participle of threatening or demanding opening the cue's clause after a comma agrees
  // with the subject of the clause before it, not with an outlet reporting it.
  // (Not after a speaker's own frame in the sentence, «قال الجربا إن المعارضة توافق …، مطالباً بتنحي الأسد»: there the
  // participle goes on with the one speaking, below.)
  if (!primary) {
    const subject =
      (frameBefore?.sentence === cue.sentence ? undefined : participleSubject(cue, inSentence, ctx)) ??
      frontedPronounSubject(cue, inSentence, ctx);
    if (subject) primary = { cue, holder: subject, method: "subject", reportedBy: reporter(frameBefore, subject) };
  }
  // «انتقد حسن نصر الله قطر |لأنها| تطالب برحيل الأسد»: the one criticised, named right before a clause of cause whose
  // pronoun stands for it, holds what the clause says, not the critic.
  if (!primary) {
    const criticised = causeClauseOn(cueStart, inSentence, sentence, ctx);
    if (criticised) primary = { cue, holder: criticised, method: "subject", reportedBy: reporter(frameBefore, criticised) };
  }
  if (!primary) {
    const head = boundaries.clauseStart(cue.sentence, cueStart);
    // «"الائتلاف" الذي يقيم معظم أعضائه في فنادق اسطنبول والدوحة |أعلن أنه لن يذهب …»: the names inside a relative
    // clause that runs up to the cue are not its holder; the name the clause is on may be.
    const clauseOn = clauseOnCue();
    const rejecting = readsRejection(cue);
    const candidate = findLast(
      inSentence,
      (m) =>
        m.end <= cueStart &&
        m.end > head &&
        !(clauseOn && m.start > clauseOn.end) &&
        outside(m) &&
        !quotedAfter(m) &&
        !objectOfFrame(m) &&
        !askedObject(m) &&
        // «قال وزير الخارجية السوري وليد المعلم، في كلمة … دفعت الأمين العام بان كي مون إلى مقاطعته، إن …»: one named in
        // an aside between the speaker and the «إن» of what he says.
        !(
          frameBefore?.sentence === cue.sentence &&
          frameBefore.speaker.end <= m.start &&
          /[،,]/.test(normal.slice(frameBefore.speaker.end, m.start)) &&
          ASIDE_CLOSED_BY_THAT.test(normal.slice(m.end, cueStart))
        ) &&
        // «قال … إن إعلان الخارجية السورية …، مؤكدا أن …»: after a party named inside what was reported, a
        // participle goes back to the sentence's speaker.
        !(
          REPORTED_BEFORE.test(normal.slice(sentence.start, m.start)) &&
          lexicon.narrativeOnly.test(normal.slice(m.end, Math.min(cueEnd, cueStart + 12)))
        ) &&
        // «… أن الوزير الإيراني أكد له …، وأضاف أن "إيران يجب أن …"»: nor one named inside a report the reporter's
        // next verb of saying has closed.
        !(REPORTED_THAT.test(normal.slice(sentence.start, m.start)) && REPORTER_GOES_ON.test(normal.slice(m.end, cueStart))) &&
        // …unless the cue is what he did («إذا لم يسحب بان كي مون الدعوة التي وجهها إلى إيران»: his invitation).
        (cue.heldByAgent === true || !CONDITION_SUBJECT.test(normal.slice(Math.max(0, m.start - 30), m.start))) &&
        // «يريد أن يسحب بان كي مون الدعوة», «يجب أن تسحب الأمم المتحدة الدعوة»: the subject of a subjunctive after
        // «أن» is asked to act and has not; the one who asks holds it.
        // (Not for what the agent did: «… أن يسحب بان كي مون الدعوة التي وجهها»: his invitation.)
        (cue.heldByAgent === true || !SUBJUNCTIVE_SUBJECT.test(normal.slice(Math.max(0, m.start - 24), m.start))) &&
        // «مؤتمر جنيف 2 الذي تسعى موسكو وواشنطن لعقده …، وقال إنه لن يحضر …»: the subject of a relative clause closed
        // before the cue is not the one speaking after it.
        !(RELATIVE_SUBJECT.test(normal.slice(Math.max(0, m.start - 30), m.start)) && /[،,]/.test(normal.slice(m.end, cueStart))) &&
        // «قال إن الحل هو الطريق لإنقاذ سوريا، وإننا مستعدون للذهاب بلا شروط»: not a name before «we» opening the
        // cue's clause (the speaker is «we»).
        !weOpenBefore(m.end) &&
        // «المعارضة تشترط … ودمشق ترد: لا شروط مسبقة»: a headline's colon between them gives the cue to its speaker.
        !(frameBefore?.method === "headline" && m.end <= frameBefore.start) &&
        // «وكانت موسكو قد اتهمت الهيئة بـ"وضع شروط … تعرقل …"»: the accused of a judgement is not its holder.
        !ACCUSED_RIGHT_AFTER.test(normal.slice(Math.max(0, m.start - 14), m.start)) &&
        // «يدعو الوزراء إيران إلى …، ويرون أن أي دور لطهران مرهون …»: the object of others' verb.
        !OBJECT_AFTER_PLURAL_SUBJECT.test(normal.slice(Math.max(0, m.start - 40), m.start)) &&
        // «التقى لافروف نظيره الإيراني محمد جواد ظريف في موسكو، ودعا إلى …»: whom the subject met or received.
        !objectOfSubject(normal, words, inSentence, m) &&
        !objectOfUnnamedSubject(normal, m) &&
        !insideObjectBeforeSaying(normal, inSentence, m, cueStart) &&
        // «أكد فابيوس أن |الأسد| لا يمكن أن يقود المرحلة الانتقالية واشترط لمشاركة إيران …»: one named in a clause
        // subordinate to the sentence's verb, then a verb of the past joined by «و», is not that verb's subject.
        !(
          JOINED_PAST_MASCULINE_BETWEEN.test(normal.slice(m.end, cueStart)) &&
          SUBORDINATE_BEFORE.test(normal.slice(Math.max(sentence.start, m.start - 48), m.start)) &&
          inSentence.some((o) => o !== m && o.end <= m.start && o.party !== m.party && !o.place && ctx.frames.spokenBy(cue.sentence, o))
        ) &&
        // «غادر المعلم القاعة بعد أن طالب |كيري| بتنحي الأسد، وقال إن …»: one named before another's verb of saying
        // whose «إن» opens the cue's clause holds none of what that other says.
        !ctx.frames
          .in(cue.sentence)
          .some(
            (f) =>
              f.reporting &&
              f.speaker.party !== m.party &&
              f.start >= m.end &&
              f.end <= cueStart &&
              THAT_OPENS_BETWEEN.test(normal.slice(f.end, cueStart)),
          ) &&
        // «وقال خلال لقائه لافروف إن …»: the one met, after the speaker's meeting, is not the subject after «إن», nor
        // does he own the verbal noun right after him («جدد الوزير خلال لقائه نظيره الروسي لافروف |رفض بلاده …»).
        !metRightBeforeCue(normal, m, cueStart) &&
        // «ولم تشارك إيران …، وهي صيغة |تفسرها العواصم الغربية| على أنها تعني خروج الأسد»: a verb of reading between
        // them has its own subject, named or not; one named before does not read it.
        !READ_BY_OTHER_BETWEEN.test(normal.slice(m.end, cueStart)) &&
        // «أجرى كيري اتصالاً هاتفياً بالمنسق العام للهيئة رياض حجاب، وحث الهيئة على …»: the one called.
        // (Not before a verb in the dual, both the caller's and his: «اتصل أمير قطر بالرئيس التركي، وأكدا …».)
        !(
          CALLED_BEFORE.test(normal.slice(Math.max(sentence.start, m.start - 70), m.start)) &&
          !bothSaidBetween(normal.slice(m.end, cueStart))
        ) &&
        // «أن الحكومة السورية والمعارضة مدعوتان للحضور "من دون شروط مسبقة"»: the invited, not the one inviting.
        !invitedAfter(normal, m.end, Math.min(cueStart, m.end + 60)) &&
        // «مطالبة واشنطن |لطهران| بإعلان قبولها … كشرط لمشاركتها»: the one a demand is made of, with «ل».
        !(
          PREPOSITION_L_BEFORE.test(normal.slice(Math.max(0, m.start - 3), m.start)) &&
          DEMANDED_OF_BEFORE.test(normal.slice(Math.max(0, m.start - 40), m.start))
        ) &&
        // «اعتبر بوشكوف أن ربط الائتلاف مشاركته … برحيل الأسد أمر غير واقعي»: the agent of the demand judged.
        !demandOwnerOnly(cue, m, normal) &&
        !ownerInObjectBeforeParticiple(normal, m, cueStart) &&
        // «واتهمت المتحدثة الأمريكيين بأنهم يعارضون …، مضيفة أن …»: a participle of saying after a comma opens what
        // someone else (its own speaker) says; a party named before it holds nothing there.
        !ctx.frames
          .in(cue.sentence)
          .some(
            (f) =>
              f.speaker !== m &&
              f.start >= m.end &&
              f.end <= cueStart &&
              lexicon.narrativeOnly.test(normal.slice(f.start, f.end)) &&
              /[،,]\s*$/.test(normal.slice(Math.max(m.end, f.start - 3), f.start)),
          ) &&
        // «رفض كيري اقتراح |لافروف| دعوة إيران»: the one whose proposal or call is rejected proposed it; he holds
        // nothing of the rejection (what he proposed, his own, is read by the owner's cue).
        !(rejecting && cue.end > m.end && proposerAt(normal, sentence.start, m.start)) &&
        // («إن إيران تدعم الأسد ولا يمكن أن يكون جزءاً من الحل»: a cue opening on the one it is about, after the verb,
        // has him as that verb's object; the verb is not the cue's.)
        isHolderCandidate(m, cue.sentence, ctx, cue.about !== undefined && cue.about.start <= cueStart + 4 ? -1 : cueStart),
    );
    if (candidate) {
      primary = { cue, holder: candidate, method: "subject", reportedBy: reporter(frameBefore, candidate) };
    }
  }
  // (Not past a speaker the lexicon does not know, named in the sentence after the frame: «قال كيري إن …، بينما قال
  // الباحث يزيد صايغ إن مشاركة إيران ضرورية» is the researcher's.)
  if (
    !primary &&
    frameBefore &&
    !(
      frameBefore.sentence === cue.sentence &&
      ctx.frames
        .unknownIn(cue.sentence)
        .some(
          (u) =>
            u.start >= frameBefore.end && u.end <= cueStart && matchesIn(lexicon.speechVerb, normal, frameBefore.end, u.start).length > 0,
        )
    )
  )
    primary = { cue, holder: frameBefore.speaker, method: frameBefore.method === "frame" ? "frame" : frameBefore.method };
  // «أعلن أنه دعا طهران إلى المشاركة، موضحاً أن الوزير الإيراني أكد له أن …»: a speaker named after «أن/إن» later on
  // is inside what another reports, not the one who says what came before.
  if (
    !primary &&
    frameAfter &&
    frameAfter.method !== "continuation" &&
    // (Nor past «وأن» opening a second report: «… مهدداً بعدم الذهاب ما لم …، وأن الخارجية الأميركية ضغطت …، بعدما قالت
    // المتحدثة … إن …».)
    !REPORTED_BEFORE.test(normal.slice(cueEnd, frameAfter.speaker.start)) &&
    !SECOND_REPORT.test(normal.slice(cueEnd, frameAfter.speaker.start)) &&
    // «واشنطن قرأتها على أنها تعني خروج الأسد، أما موسكو فأصرت على أن …»: «أما» opens the other side's clause; its
    // speaker holds nothing of the clause before it. So do «فيما», «بينما», «في حين» («… «…»، فيما دعت الفقرة التاسعة
    // النظام إلى …»).
    !CONTRAST_OPENING.test(normal.slice(cueEnd, frameAfter.start))
  )
    primary = { cue, holder: frameAfter.speaker, method: "frame" };
  // A statement's own text («بيان صادر عن الهيئة العليا للمفاوضات» ⏎ «ثانياً: لن يتوجه وفد الهيئة … قبل …»): what no one
  // in it holds, its issuer does.
  // (Not what it quotes: «"الأسد باق ولن يرحل"» on a line of its own is the other side's words.)
  if (!primary && !headline && !around) {
    const issuer = statementIssuer(ctx);
    if (issuer) primary = { cue, holder: issuer, method: "headline" };
  }
  // The one whose fate the cue is about does not hold it («كما ترفض قيادة الرئيس بشار الأسد»): the sentence's
  // first named party does, if there is one; else the speaker in effect («وقال لافروف … . وتابع أن إيران يجب أن
  // تشارك»: Iran is what the cue is about, Lavrov goes on speaking).
  // Unless he speaks of himself («وقال الأسد إنه لن يتنحى»): the speaker holds what he says (CONTRACT.md: Assad as
  // speaker is the government).
  const about = cue.about;
  // Only a verb of saying: «كما ترفض قيادة الرئيس بشار الأسد» names him as what is rejected, not as a speaker.
  // The clause he reports must be about himself («إنه لن يتنحى», «أنه سيترشح»): «قال الأسد إن الغرب يريد رحيله» is
  // another's demand.
  const speaksOfHimself = (held: Holding) =>
    (held.method === "frame" || held.method === "quote" || held.method === "headline") &&
    OWN_CLAUSE.test(normal.slice(held.holder.end, Math.min(cueEnd, held.holder.end + 40))) &&
    ctx.frames.in(cue.sentence).some((f) => f.speaker === held.holder && f.reporting && f.start <= cueStart);
  if (primary && about && overlaps(primary.holder, about) && !speaksOfHimself(primary)) {
    // (Nor the one it is about again, first named: «اعتبر X أن مطالبة "وفد الرياض" برحيل الأسد غير واقعية».)
    const main = mainSubject(
      cue,
      inSentence.filter((m) => !overlaps(m, about)),
      ctx,
    );
    const speaker = frameBefore && !overlaps(frameBefore.speaker, about) ? frameBefore : undefined;
    primary = main ? { cue, holder: main, method: "subject" } : speaker ? { cue, holder: speaker.speaker, method: speaker.method } : null;
  }
  // The judge of whoever demands it is the one speaking, not a party named in the sentence («قال X إن الائتلاف …،
  // وإن من يشترط رحيل الأسد لا يريد الحل»: X, here unknown).
  if (primary?.method === "subject" && !frameBefore && cue.rule.endsWith(".whoever-judged")) return [];
  // «• الهيئة العليا للمفاوضات ⏎ - تشترط الهيئة … ⏎ - تتمسك بأن "لا دور لبشار الأسد …"»: a bullet opening on its verb,
  // no one named before the cue, goes on with the party of the bullets or the heading above it.
  if (!primary) {
    const owner = bulletOwner(cue, inSentence, ctx);
    if (owner) primary = { cue, holder: owner, method: "subject" };
  }
  // «قالت الخارجية الروسية: 1- … . 2- يجب أن تشارك إيران …»: a numbered item, no one named before the cue, goes on
  // with the one whose colon opened the list.
  if (!primary) primary = listSpeaker(cue, inSentence, ctx) ?? null;
  // «الأسد يجب أن يرحل. |جاء ذلك في تصريحات| لوزير الخارجية الأمريكي …», «… . |هذا ما أكده| سعود الفيصل»: a sentence
  // with no speaker of its own, named back by the next one.
  if (!primary) {
    const said = saidBackBy(cue, ctx);
    if (said) primary = { cue, holder: said, method: "frame" };
  }
  // «وصل الجربا إلى القاهرة |للمطالبة برحيل الأسد|», «تحركت الرياض دبلوماسياً |بهدف منع مشاركة إيران|»: a clause of
  // purpose is the aim of the one doing the sentence's deed, its subject right after the verb opening it.
  if (!primary) {
    const doer = purposeDoer(cue, inSentence, ctx);
    if (doer) primary = { cue, holder: doer, method: "subject" };
  }
  if (!primary) return [];
  // «وقال لافروف …، وذلك في تعليق على تهديد المعارضة بالانسحاب …»: what a speaker is responding to is another's
  // position, not his own.
  if (
    (primary.method === "frame" || primary.method === "quote") &&
    primary.holder.end <= cueStart &&
    /(?:^|\s)(?:في\s+)?(?:تعليق|تعليقه|تعليقها|ردا|رده|ردها|تعقيبا)\s+عل[يى](?:\s|$)/.test(
      normal.slice(primary.holder.end, cueStart + 12),
    ) &&
    // (Not his answer to a question, past what was asked: «وقال كيري رداً على سؤال: "لا شروط مسبقة"».)
    !ANSWER_TO_QUESTION_BEFORE.test(normal.slice(primary.holder.end, cueStart)) &&
    // (Nor his own words opened after the comment's aside: «وقال فابيوس، في تعليق على تصريحات لافروف، إن "…"».)
    !OWN_WORDS_AFTER_COMMENT.test(normal.slice(primary.holder.end, cueStart))
  )
    return [];
  // «رفض الائتلاف دعوة موسكو … دون شروط»: what a speaker rejects is not their position.
  const holder = primary.holder;
  const frames = ctx.frames.in(cue.sentence);
  const ownFrame = frames.find((f) => f.speaker === holder && f.start < cueStart);
  if (
    ownFrame &&
    // («رفض الائتلاف الاتهامات، وأكد أن الشروط …»: not where it goes on after a comma with a verb of its own, or with a
    // verb of saying joined by «و»: «رفض لافروف الشروط … |وقال| إن رحيل الأسد ليس مطروحاً».)
    !frames.some(
      (f) =>
        f.start > ownFrame.end &&
        f.start <= cueStart &&
        f.speaker.actor === holder.actor &&
        (/[،,]\s*$/.test(normal.slice(ownFrame.end, f.start)) || (f.reporting && JOINED_WORD.test(normal.slice(f.start, f.end)))),
    ) &&
    REJECTING.test(normal.slice(ownFrame.start, ownFrame.end)) &&
    // «وترفض المعارضة مشاركة إيران …، كما ترفض قيادة الأسد …»: a cue opening with its own rejection is read by it.
    !REJECTING.test(normal.slice(cueStart, cueEnd).split(/\s/)[0]!) &&
    !cue.rule.includes("reject") &&
    !cue.rule.startsWith("iran.") &&
    // («رفض لافروف دعوات رحيل الأسد واصفاً إياها بالمطالب غير الواقعية»: a cue carrying its own judgement of what is
    // rejected reads the rejection already.)
    !(lexicon.compose?.polarity.evaluation?.find(normal, cueStart, cueEnd).length ?? 0) &&
    // «ترفض المماطلة وتطالب بالتخلي عن الشروط»: a verb of demanding joined after the object opens the cue's own clause.
    // (Or the cue opening on such a verb itself: «رفضت واشنطن الشروط المسبقة وطالبت برحيل الأسد».)
    !DEMAND_JOINED.test(normal.slice(ownFrame.end, Math.min(cueEnd, cueStart + 12))) &&
    // (Nor a verb joined by «و» after a comma: «يرفض أن يضع النظام شروطاً، |ويصر على رحيل الأسد».)
    !(JOINED_FINITE_VERB_WORD.test(normal.slice(cueStart, cueEnd).split(/\s/)[0]!) && /[،,]\s*$/.test(normal.slice(ownFrame.end, cueStart)))
  ) {
    // «ورفضت هيئة التنسيق في بيان لمكتبها التنفيذي «الشروط المسبقة»»: conditions named bare as what it rejects, past
    // the reach the cue was read in, are conditions it rejects (the cue turned), not nothing.
    if (
      cue.rule === "compose.pre.condition" &&
      cue.stance === "conditional" &&
      cueStart - ownFrame.end < REJECTED_OBJECT_GAP_MAX &&
      REJECTED_OBJECT_GAP.test(normal.slice(ownFrame.end, cueStart))
    )
      return [{ cue: { ...cue, stance: "unconditional", rule: `${cue.rule}.turned` }, holder, method: primary.method }];
    return [];
  }
  // «قال لافروف إن موسكو …»: a person speaking for their own party is the most specific actor; so is one speaking
  // of the wider side his body belongs to («قال الجربا إن وفد المعارضة لن يشارك …»: the Coalition's).
  if (primary.method === "subject" && !primary.holder.person) {
    const holder = primary.holder;
    const person = findLast(
      ctx.frames.in(cue.sentence),
      (f) =>
        f.start <= cueStart &&
        f.speaker.person &&
        (f.speaker.party === holder.party || lexicon.partyWithin.get(f.speaker.party) === holder.party),
    );
    if (person) primary = { cue, holder: person.speaker, method: "frame" };
  }
  const holdings: Holding[] = [primary];
  // «قال كيري إن السعودية تشاطرنا الرأي بأن الأسد يجب أن يرحل»: «our view» is the speaker's own too.
  if (frameBefore && frameBefore.speaker === primary.holder && OUR_VIEW.test(normal.slice(frameBefore.start, frameBefore.end))) {
    const outer = findLast(
      ctx.frames.in(cue.sentence),
      (f) => f.method === "frame" && f.end <= frameBefore.start && f.speaker.party !== primary!.holder.party,
    );
    if (outer) holdings.push({ cue, holder: outer.speaker, method: "frame" });
  }
  // «وأكد الجانبان …», «يؤكد الوزراء …»: the others speaking together hold it too.
  if (frameBefore?.together && frameBefore.speaker === primary.holder)
    for (const other of frameBefore.together) holdings.push({ ...primary, holder: other });
  // Coordinated holders: a speaker or subject named with others («وقالت روسيا وإيران إن …», «وتطالب فرنسا وبريطانيا
  // برحيل الأسد», «روسيا والولايات المتحدة متفقتان …», «الرياض وباريس: …»): each of them holds it.
  // (And a quotation's speaker named with others in its sentence: «وأكد وزيرا خارجية تركيا أحمد داود أوغلو وقطر خالد
  // العطية أن "…"».)
  if (primary.method === "frame" || primary.method === "subject" || primary.method === "headline" || primary.method === "quote") {
    const i = inSentence.indexOf(primary.holder);
    // Mention `m` joins the list across `gap` by «و». Before a subject a space is enough (the older reading).
    const joined = (m: Mention, gap: string) => (AND.test(gap) || (m.person && AND_TITLED.test(gap))) && !m.speakerOnly && m.end <= cueEnd;
    // «أما روسيا والموفد الخاص "الأخضر الإبراهيمي"، فهما يؤيدان …»: «و» and the title of the person named next.
    const joinedBefore = (m: Mention, next: Mention) =>
      primary.method === "subject"
        ? (linkedWithConjunction(normal, m, next) || (next.person && AND_TITLED.test(unquoted(normal.slice(m.end, next.start))))) &&
          outside(m) &&
          !m.speakerOnly
        : joined(m, normal.slice(m.end, next.start));
    // («قال كيري، إلى جانب نظيره السعودي في مؤتمر صحفي، إن …»: one standing beside the speaker at an occasion, not in
    // his position; «إلى جانب» joins only names up to the aside's closing comma: «تتمسك تركيا، إلى جانب قطر والسعودية،
    // بضرورة …».)
    // («أكد كيري، وإلى جانبه وزير الخارجية القطري، أن …»: beside him, a man, is where one stands.)
    const beside = (m: Mention, gap: string) =>
      !/جانب/.test(gap) || (!/جانب(?:ه|هم|هما)(?:\s|$)/.test(gap) && namesOnlyToComma(normal, inSentence, m));
    const joinedAfter = (prev: Mention, m: Mention) =>
      joined(m, normal.slice(prev.end, m.start)) && beside(m, normal.slice(prev.end, m.start));
    // A place inside a title («والمبعوث الخاص إلى سوريا الأخضر الإبراهيمي») does not break the list: places are
    // passed over, and only the names up to the first one not joined are looked at.
    // (The holder may be named in another sentence, i = -1: no list then, and no element -1 is read.)
    // («زار كيري الرياض وأنقرة والدوحة، وأكدت |الأخيرة| أن …»: the last of a list, only.)
    const latter = primary.holder.end <= cueStart && LATTER_BETWEEN.test(normal.slice(primary.holder.end, cueStart));
    let prev = i >= 0 && !latter ? inSentence[i] : undefined;
    for (let k = i + 1; prev !== undefined && k < inSentence.length; k++) {
      const m = inSentence[k]!;
      if (isLocative(normal, lexicon, m)) continue;
      if (!joinedAfter(prev, m)) break;
      holdings.push({ ...primary, holder: m });
      prev = m;
    }
    const first = holdings.length;
    for (let j = i - 1; !latter && j >= 0 && joinedBefore(inSentence[j]!, inSentence[j + 1]!); j--)
      holdings.push({ ...primary, holder: inSentence[j]! });
    // «ودعت بريطانيا وفرنسا …»: when the speaker is one of the subject's list, the list speaks for itself.
    if (primary.method === "subject" && holdings.length > first && frameBefore && holdings.some((h) => h.holder === frameBefore.speaker)) {
      for (const h of holdings) h.reportedBy = undefined;
    }
  }
  // In a title or heading the holder and those named with it («روسيا والصين ترفضان …») hold it as a headline does.
  if (headline && primary.method !== "list") for (const h of holdings) h.method = "headline";
  // Approval: «أعربت الخارجية الروسية عن ارتياحها لإعراب سوريا عن استعدادها …» — Russia holds it too.
  // «ترحيب الأمم المتحدة بالمبادرة ورفض الائتلاف لها»: a welcome before a clause of its own, opening with «و»
  // and naming its subject after the cue's first word, is of something else.
  // («رحبت موسكو بحضور إيران، |ورفضت| واشنطن مشاركتها»: nor one named right after a verb of its own after a comma.)
  const ownSubjectAfter =
    (/^و/.test(normal.slice(cueStart, cueStart + 1)) && primary.holder.start > cueStart) ||
    OWN_VERB_AFTER_COMMA_BEFORE.test(normal.slice(Math.max(sentence.start, primary.holder.start - 16), primary.holder.start));
  // (Not the invitation named inside a withdrawal welcomed: «رحبت السعودية بقرار … سحب الدعوة التي وجهها إلى إيران لحضور …».)
  const insideWithdrawal =
    cue.topic === "iran_participation" &&
    cue.stance === "support" &&
    (WITHDRAWN_INVITATION_BEFORE.test(normal.slice(sentence.start, cueStart)) ||
      (normal.startsWith("الدعوه", cueStart) &&
        WITHDRAWER_NAMED_BEFORE.test(normal.slice(Math.max(sentence.start, cueStart - 80), cueStart))));
  const approver = ownSubjectAfter || insideWithdrawal ? undefined : approverOf(primary.holder, cue.sentence, inSentence, frameBefore, ctx);
  if (approver) holdings.push({ cue, holder: approver, method: "approval" });
  // Agreement: «روسيا متفقة مع الأمريكيين بشأن … دون شروط» — the partner holds it, as reported.
  const agreementScope = quote ? Math.max(quote.start, sentence.start) : sentence.start;
  // A partner is a name of another party than the holder's, after an agreement word (so at or after the scope's
  // start) and ending by the cue: where the sentence has no such name, no agreement word can add one, and the
  // costly scan for them is skipped.
  // (The scan read the whole sentence, so where it saw no agreement word, none lies in the scope either.)
  const mayHavePartner =
    ctx.present.mayMatch(lexicon.keywordSlots.agreement, cue.sentence) &&
    inSentence.some((x) => x.start >= agreementScope && x.end <= cueStart && x.party !== primary.holder.party);
  for (const m of mayHavePartner ? matchesIn(lexicon.agreement, normal, agreementScope, cueStart) : []) {
    const partnerAt = m.index + m.text.length;
    const partner = inSentence.find((x) => x.start >= partnerAt && words.within(partnerAt, x.start, 0));
    // (Not an agreement on something else, its object named and closed by a comma before the cue: «اتفق مع نظيره
    // الأمريكي على اللقاء …، لافتاً إلى أن …»; an aside between is no object, «اتفق مع لافروف، خلال اللقاء، على …».)
    if (
      partner &&
      partner.party !== primary.holder.party &&
      partner.end <= cueStart &&
      !AGREED_ON_OTHER.test(normal.slice(partner.end, cueStart))
    ) {
      holdings.push({ cue, holder: partner, method: "agreement", reportedBy: primary.holder.party });
    }
  }
  // On Assad's role, the country named as a subject («مستقبل سوريا») is where his
  // fate is decided, not a government speaking: only a frame or a quotation gives the government's words.
  // Iran is the one whose taking part is at stake: she never holds a refusal of it («استبعاد طهران», «سحب دعوة إيران»).
  if (cue.topic === "iran_participation" && cue.stance === "oppose") return holdings.filter((h) => h.holder.party !== "iran");
  // Nor the terms she is to meet, named before them («لا ترفض إيران ولا تقبلها إلا بشرط أن تعلن …»): they are another's.
  if (cue.rule === NAMED_THEN_IF_SHE_ACCEPTS) return holdings.filter((h) => h.holder.party !== "iran");
  return cue.topic === "assad_role" ? holdings.filter((h) => !(h.method === "subject" && isPlaceOfHisFate(h.holder, normal))) : holdings;
}

/** The rule of Iran named, then the terms she is to meet (cues.json): she never holds them. */
const NAMED_THEN_IF_SHE_ACCEPTS = "iran.named-then-if-she-accepts";

/**
 * Syria named bare («سوريا»), as the government of the Assad topic; not as the state an office is held for, right
 * after it («مندوب سوريا», «سفير سوريا لدى موسكو»).
 */
function isPlaceOfHisFate(m: Mention, normal: string): boolean {
  return (
    m.party === "syrian_government" &&
    !m.person &&
    BARE_STATE.test(normal.slice(m.start, m.end)) &&
    !OFFICE_OF_STATE_BEFORE.test(normal.slice(Math.max(0, m.start - 16), m.start))
  );
}
/** An envoy's or an official's office right before the state he serves: «مندوب |سوريا», «سفيرة |سوريا». */
const OFFICE_OF_STATE_BEFORE = new RegExp(String.raw`(?:^|\s)[وبل]?(?:ال)?(?:${ENVOY}|رئيس\s+وفد|وفد)\s+$`);
const BARE_STATE = /^(?:سوريا|سوريه|سوريه العربيه|الدوله السوريه)$/;

/**
 * Who approves the holder's position: the party next to a welcoming word (ارتياح، ترحيب، تقدير، أشاد) that
 * governs the holder — its subject («روسيا مرتاحة لقبول سوريا»), its genitive («تقدير موسكو لموقف دمشق»), or
 * the speaker of the frame it stands in («أعربت الخارجية الروسية عن ارتياحها لإعراب سوريا»).
 */
function approverOf(
  holder: Mention,
  si: number,
  inSentence: readonly Mention[],
  frame: Frame | undefined,
  ctx: HolderContext,
): Mention | undefined {
  const { normal, lexicon, words } = ctx;
  // The welcoming word is in the sentence, before the holder: where the scan saw none in the sentence, there is none.
  if (!ctx.present.mayMatch(lexicon.keywordSlots.approvalWord, si)) return undefined;
  const sentence = ctx.sentences[si]!;
  let word: { start: number; end: number } | undefined;
  for (const m of matchesIn(lexicon.approvalWord, normal, sentence.start, holder.start)) {
    const end = m.index + m.text.length;
    if (words.within(end, holder.start, 4)) word = { start: m.index, end };
    // «رحب وزير الخارجية الفرنسي لوران فابيوس |بتراجع| الأمين العام عن دعوة إيران»: the verb's subject right after
    // it, then the welcomed act's verbal noun and its agent, the holder (a subject of many words between).
    else if (subjectThenAct(normal, words, inSentence, end, holder)) word = { start: m.index, end };
  }
  if (!word) return undefined;
  const w = word;
  const genitive = inSentence.find((m) => m !== holder && m.start >= w.end && words.within(w.end, m.start, 0));
  // (Not a name set off before it by a comma, «على عكس الرياض، ترحب موسكو بمشاركة إيران»: no subject of the welcome.)
  const named = findLast(
    inSentence,
    (m) => m.end <= w.start && words.within(m.end, w.start, 3) && !/[،,]/.test(normal.slice(m.end, w.start)),
  );
  // («انتقد الائتلاف روسيا ورحب بـ…»: the welcome goes on from the subject of the verb whose object is named before it.)
  const subject = named && (objectOfSubject(normal, words, inSentence, named) ?? named);
  // (Not a speaker before a clause of contrast opening between his verb and the welcome: «ترفض الرياض مشاركة إيران، في
  // حين تؤيد موسكو …» has Moscow's approval only.)
  const approver =
    genitive ??
    subject ??
    (frame && frame.start < w.start && !CONTRAST_OPENS.test(normal.slice(frame.end, w.start)) ? frame.speaker : undefined);
  return approver && approver.party !== holder.party ? approver : undefined;
}

/** A verbal noun governed by «بـ» (the act welcomed): «بتراجع», «بسحب», «بقرار», «بإعلان». */
const GOVERNED_ACT = /^\s+ب(?!ين(?:\s|$))[\u0621-\u064A]{3,}\s+$/;
/**
 * Whether, right after the welcoming word ending at `end`, another party's name stands (its subject) and then only
 * the verbal noun of the act welcomed before the holder: «رحب |فابيوس| بتراجع |الأمين العام| عن الدعوة».
 */
function subjectThenAct(normal: string, words: WordIndex, inSentence: readonly Mention[], end: number, holder: Mention): boolean {
  const subject = inSentence.find((m) => m.start >= end && m.end <= holder.start && words.within(end, m.start, 0));
  if (!subject || subject.place || subject.party === holder.party) return false;
  // (Its names up to the holder, then one word: another name between is another subject.)
  const last = findLast(inSentence, (m) => m.end <= holder.start);
  return last !== undefined && last.party === subject.party && GOVERNED_ACT.test(normal.slice(last.end, holder.start));
}

/** A verb of coming or going (to the talks) right after a name, «قد» or «لم» before it: «جاء», «حضرت», «ذهب», «توجه». */
const COMING_AFTER =
  /^\s+(?:(?:قد|لم|لن|س)\s*)?(?:جاء|جاءت|جاؤوا|جاءوا|اتي|اتت|حضر|حضرت|حضروا|ذهب|ذهبت|ذهبوا|توجه|توجهت|توجهوا|[يت](?:اتي|حضر|ذهب|توجه)(?:ون|ان)?)(?![\u0621-\u064A])/;

/** A clause of contrast opening («في حين», «بينما», «فيما», «لكن»): another subject's clause. */
const CONTRAST_OPENS = /(?:^|\s)[وف]?(?:في\s+حين|بينما|فيما|لكن|غير\s+ان|الا\s+ان)\s/;
/** «إن/أن» right after a name and before the cue: the name is outside the clause it opens. */
const THAT_OPENS_BETWEEN = /^\s*[،,]?\s+(?:ان|بان|انه|انها)\s/;
/** The comma closing an aside, then «إن/أن» opening what is said: «…، |إن| موقع الرئاسة …». */
const ASIDE_CLOSED_BY_THAT = /[،,]\s*(?:ان|انه|انها|بان)\s/;
/** «، لكنه», «، إلا أنها», «، غير أنه»: a clause after a comma whose subject is the pronoun after «لكن/أن». */
const BUT_HE_BETWEEN = /[،,]\s*[وف]?(?:لكن|بيد\s+ان|(?:غير|الا)\s+ان)(?:ه|ها|هم)\s/;

/** A counterpart («نظيره», «نظيرته», «نظرائه») and up to three words of his title right before a name. */
const COUNTERPART_BEFORE = new RegExp(`(?:^|\\s)[وبل]?${COUNTERPART}(?:\\s+ال[\\u0621-\\u064A]+){0,3}\\s+$`);
/**
 * Whether mention m is named right after the speaker's own meeting («خلال لقائه |لافروف»), his counterpart's title
 * between («خلال لقائه نظيره الروسي |لافروف»): the one met.
 */
function metBySpeaker(normal: string, m: Mention): boolean {
  const before = normal.slice(Math.max(0, m.start - 64), m.start);
  const title = before.includes("نظ") ? COUNTERPART_BEFORE.exec(before) : null;
  return MET_BY_HIM_GAP.test(title ? before.slice(0, title.index + 1) : before);
}
/**
 * The one met (metBySpeaker), then «إن/أن» between him and the cue or opening the cue right after him («وقال خلال
 * لقائه لافروف |إن لا مكان …»): not the subject of what is said.
 */
const metThenThat = (normal: string, m: Mention, cueStart: number) =>
  metBySpeaker(normal, m) &&
  (THAT_OPENS_BETWEEN.test(normal.slice(m.end, cueStart)) ||
    (/^\s*$/.test(normal.slice(m.end, cueStart)) && /^(?:ان|بان|انه|انها)\s/.test(normal.slice(cueStart, cueStart + 6))));
/**
 * The one met (metBySpeaker) anywhere before the cue: «خلال لقائه لافروف |رفض بلاده …» (not one a relative clause
 * after him describes, «خلال لقائه الجربا الذي طالب …»).
 */
const metRightBeforeCue = (normal: string, m: Mention, cueStart: number) =>
  cueStart >= m.end && !/^\s*[،,]?\s*(?:الذي|التي|الذين)\s/.test(normal.slice(m.end, m.end + 10)) && metBySpeaker(normal, m);
/**
 * The object of an agreement («على اللقاء»), closed by a comma or a semicolon (not what is agreed, «على أن …»,
 * «على ضرورة …», which goes on past a comma; nor one both go on from, a participle in the plural or a dual verb after
 * the comma: «اتفق كيري مع الفيصل على دعم المعارضة، مؤكدين …», «…، ودعيا …»).
 */
const AGREED_ON_OTHER =
  /(?:^|\s)علي\s+(?!ان\s|انه\s|ضروره\s)[^\s،,؛]+[^،,؛]*[،,؛](?!\s*(?:م[\u0621-\u064A]+ين|و[\u0621-\u064A]{2,}ا)(?:\s|$))/;

/**
 * A party (named in sentence si) is a holder candidate when it is the subject of a speech or stance word, not a
 * place or a genitive, or of the verb whose object the cue at `cueStart` is (-1: no verb's object).
 */
function isHolderCandidate(m: Mention, si: number, ctx: HolderContext, cueStart: number): boolean {
  const { normal, lexicon, words } = ctx;
  // («تدعم موسكو |دمشق| وترفض …», «أنها ترفض |إيران| … وتطالب …»: the object before a joined verb.)
  if (objectBeforeJoinedVerb(normal, words, ctx.mentions.in(si), m)) return false;
  // «خلافاً لروسيا، تطالب فرنسا …», «على غرار واشنطن، …»: the one compared with is not the subject.
  if (comparedWith(normal, m, ctx.sentences[si]!.start)) return false;
  // («نصحت صحيفة الغارديان |الائتلاف| بالقبول …», «ناشد لاجئون سوريون |الأمم المتحدة| رفض …»: the one advised or
  // appealed to after a subject the lexicon does not name.)
  if (urgedByUnnamed(normal, ctx.mentions.in(si), m)) return false;
  if (ctx.frames.spokenBy(si, m)) return true;
  // («ناشدت موسكو |الأمم المتحدة| توجيه دعوة …»: the one called on.)
  if (calledOn(normal, ctx.mentions.in(si), m)) return false;
  // («في وقت بدأ فيه دي ميستورا مهمته، وضع خوجة سقفاً …، مؤكداً أن …»: not one named in a clause of time opening the
  // sentence, the cue after it.)
  const whileEnd = whileClauseEnd(normal, ctx.sentences[si]!.start, cueStart);
  if (whileEnd !== undefined && m.end <= whileEnd) return false;
  const before = normal.slice(Math.max(0, m.start - 16), m.start);
  // «لا يوجد أحد من المعارضة يمكنه المشاركة …»: one of a party's members, quantified, is the party acting.
  if (QUANTIFIED_MEMBER.test(before)) return true;
  // «وتضع المعارضة رحيل الأسد شرطاً لمشاركتها»: «المعارضة» alone is mostly an object, but right after a verb of the
  // present tense opening its clause and agreeing with it, it is its subject (verbNextTo), held to the stance words below.
  if (m.speakerOnly && !verbNextTo(normal, m, m.end)) return false;
  if (isLocative(normal, lexicon, m)) return false;
  // A party right after a noun or verb it depends on (وفد X، أبلغت X) is its object, never the holder.
  if (lexicon.objectBefore.test(before)) return false;
  // «أكدت الحكومة السورية لموسكو استعدادها …», «قال لنظيره …»: a party after «لـ» right after a verb of saying or its
  // subject is the one spoken to, not the one whose readiness or position follows.
  // (Or read with its «لل»: «ليؤكد للروس أن …».)
  if (
    (PREPOSITION_L_BEFORE.test(normal.slice(Math.max(0, m.start - 3), m.start)) || normal.startsWith("لل", m.start)) &&
    ctx.frames
      .in(si)
      .some(
        (f) =>
          f.end <= m.start &&
          (words.within(f.end, m.start - 1, 0) || (f.speaker.start >= f.end && words.within(f.speaker.end, m.start - 1, 0))),
      )
  )
    return false;
  // «إن الوفد الحكومي جاء إلى جنيف بلا شروط»: a verb of coming or going to the talks right after it (after «قد») makes
  // it the one that comes with or without conditions, whoever reports it.
  if (COMING_AFTER.test(normal.slice(m.end, m.end + 24))) return true;
  // «- السعودية تضع فيتو على مشاركة إيران», «قال إن المملكة تضع فيتو على …»: a name opening its clause, then a verb of
  // the present tense agreeing with it and at most two words up to the cue: the verb is its predicate, so the name is
  // the subject of the cue's clause and holds it, not the speaker or the one answering who reports it.
  if (cueStart >= m.end && cueStart - m.end < 40) {
    const sentenceStart = ctx.sentences[si]!.start;
    const head =
      m.start - sentenceStart <= 16
        ? CLAUSE_HEAD_BEFORE.test(normal.slice(sentenceStart, m.start))
        : CLAUSE_HEAD_INSIDE.test(normal.slice(Math.max(sentenceStart, m.start - 32), m.start));
    const verb = head && normal.charCodeAt(cueStart) !== WAW ? VERB_THEN_OBJECT.exec(normal.slice(m.end, cueStart)) : null;
    if (verb && (verb[1] === "ت" || !/ه$/.test(normal.slice(m.start, m.end)))) return true;
  }
  // A stance word just before (استعداد، موقف، تريد …) or just after (… تريد، … مستعدة) makes it a holder.
  // («بان كي مون كان قد وجه دعوة …»: the pluperfect's «كان قد» after the subject counts as no word.)
  const reach = PLUPERFECT_AFTER.test(normal.slice(m.end, m.end + 12)) ? 3 : 2;
  // (Within the sentence: a stance word ending the line or the sentence before, «… مواقف ⏎ الوزير …», is not his.)
  const sentence = ctx.sentences[si]!;
  for (const w of matchesIn(lexicon.stanceWord, normal, Math.max(sentence.start, m.start - 30), Math.min(sentence.end, m.end + 40))) {
    if (w.index + w.text.length <= m.start) {
      // (Not a verb of giving a deadline right before the name with no other named after it: «إذ أمهل |المنظمة الدولية|
      // حتى السابعة …» names the one given it; «أمهل |لافروف| المعارضة أسبوعاً» its subject.)
      if (words.within(w.index + w.text.length, m.start, 0))
        return (
          !DEADLINE_WORD.test(w.text) || ctx.mentions.in(si).some((o) => o.start >= m.end && !o.place && words.within(m.end, o.start, 1))
        );
      // «تأكيد وزير خارجية الأولى جون كيري على …»: the stance noun's genitive is a title the lexicon does not
      // know, then the person who bears it.
      if (
        m.person &&
        words.within(w.index + w.text.length, m.start, 4) &&
        TITLE_BETWEEN.test(normal.slice(w.index + w.text.length, m.start))
      )
        return true;
      // «إعلان الدول الـ11 من «أصدقاء سورية» أن …»: the stance noun's genitive is the member states of a group.
      if (
        !m.person &&
        words.within(w.index + w.text.length, m.start, 5) &&
        MEMBERS_BETWEEN.test(normal.slice(w.index + w.text.length, m.start))
      )
        return true;
    } else if (w.index >= m.end && words.within(m.end, w.index, reach)) return true;
  }
  return false;
}

/**
 * A verb of rejecting or criticising, at most three words (its subject), then a noun of proposing or calling in the
 * construct state, right before a name: «رفض كيري اقتراح |لافروف|», «انتقدت الرياض دعوة |بان كي مون|».
 */
const REJECTED_PROPOSAL_BEFORE =
  /(?:^|\s)[وف]?(?:رفض|رفضت|رفضوا|[يت]رفض(?:ون|ان)?|عارض|عارضت|[يت]عارض(?:ون|ان)?|انتقد|انتقدت|[يت]نتقد(?:ون|ان)?)(?:\s+[^\s،,.؛:!?؟"«»]+){0,3}?\s+(?:اقتراح|مقترح|طلب|دعوه|مبادره|مسعي|مساعي|مطالبه|مطلب|فكره|خطه)\s+$/;

/**
 * A word of comparing or contrasting right before a name: «خلافاً |لـ», «على عكس |», «على غرار |»; «مثل |» only
 * opening its clause («ومثل موسكو، تؤيد بكين …»: not «بعض الشركاء مثل السعودية يرفضون», an instance of them).
 */
const COMPARED_BEFORE =
  /(?:(?:^|\s)[وف]?(?:ب?خلافا\s+ل|بخلاف\s+|(?:علي\s+)?عكس\s+|بعكس\s+|علي\s+النقيض\s+من\s+|علي\s+غرار\s+|اسوه\s+ب)|(?:^|[،,.؛:]\s*)[وف]?ب?(?:مثل|مثلما)\s+)$/;

/** Whether mention m is the one compared with (COMPARED_BEFORE), in its sentence (from its start). */
const comparedWith = (normal: string, m: Mention, from: number) =>
  COMPARED_BEFORE.test(normal.slice(Math.max(from, m.start - 24), m.start));

/** The stances a rejection of a proposal gives its rejecter (the proposal's own are the other ones). */
const REJECTION_STANCES: ReadonlySet<string> = new Set(["oppose", "may_stay"]);
/** Whether a cue reads a rejection (its stance one a rejection gives, or its rule turned). */
const readsRejection = (cue: Cue) => REJECTION_STANCES.has(cue.stance) || TURNED_RULE.test(cue.rule);
/** Whether the name at `at` is the owner of a proposal or call rejected right before it (REJECTED_PROPOSAL_BEFORE). */
const proposerAt = (normal: string, sentenceStart: number, at: number) =>
  REJECTED_PROPOSAL_BEFORE.test(normal.slice(Math.max(sentenceStart, at - 48), at));

/** The pluperfect's auxiliary right after a subject: «(بان كي مون) كان قد», «كانت قد». */
const PLUPERFECT_AFTER = /^\s+(?:كان|كانت|كانوا)\s+قد\s/;

/** «أما», «وأما», «فأما» as a word of its own (global: ammaTopic takes the last one before the cue). */
const AMMA_WORD = /(?<![\u0621-\u064A])[وف]?اما(?![\u0621-\u064A])/g;
/**
 * «أما», «وأما» right before a name (a quotation mark between allowed), or before its delegation («أما وفد الائتلاف
 * فجاء بشرط واحد»: the delegation speaks for its party).
 */
const AMMA_BEFORE = /(?:^|[\s«"،,])[وف]?اما\s+(?:وفد\s+)?["«]?$/;
/** An aside set off by commas after the name following «أما» («، أو ما يسمى المعارضة،», «، الذي تموله الرياض،»). */
const TOPIC_ASIDE_PART = `["»]?(?:\\s*[،,][^.؛:!?؟"«»]{0,80}?[،,])?`;
/**
 * «فـ» on a verb (not «فإن», «فال…»: another subject follows; «في», «فقط» are no verb of three letters), or on the
 * topic's pronoun and then the verb («أما موسكو، فهي تكرر …», «فإنها ترى …»).
 */
const TOPIC_VERB_PART = "ف(?:(?:هي|هو|هم|هما|انها|انه|انهم)\\s+)?(?!ان(?:\\s|ه|ها|هم)|ال)";
/**
 * From the name after «أما» to its verb: the aside, then «فـ» on a verb, then at most six words and commas up to the
 * cue, no comma among them (a comma and «لكن», «و…» start another clause) but the one before what the verb's object
 * lists («فتضع الشروط، وأولها …»).
 */
const TOPIC_TO_VERB = new RegExp(
  `^${TOPIC_ASIDE_PART}\\s*[،,]?\\s*${TOPIC_VERB_PART}(?:قد\\s+)?[\\u0621-\\u064A]{3,}(?:\\s+[^\\s.؛:!?؟،,]+){0,6}?(?:\\s*[،,]\\s*(?:واولها|واهمها|وابرزها|ومنها|وفي\\s+مقدمتها|وعلي\\s+راسها))?\\s*[،,]?\\s*$`,
);
/**
 * A verb joined by «و»: of the present («ويؤكد», «وترفض»), of the past in the feminine or plural («وأعلنت», «وأكدوا»),
 * or one of the masculine past the press joins so (JOINED_PAST_MASCULINE_VERB: «وأكد»); not a name or a noun
 * («وواشنطن», «وجوده», «وفدها»).
 */
const JOINED_VERB_BETWEEN = new RegExp(
  `(?:^|\\s)(?:و(?:[يتن][\\u0621-\\u064A]{2,5}|[\\u0621-\\u064A]{2,5}(?:ت|وا))|${JOINED_PAST_MASCULINE_VERB})(?=\\s|$)`,
);
/** Between the name after «أما» and the next: «فـ» and one verb (with «قد»), that next name its subject. */
const TOPIC_VERB_THEN_SUBJECT = /^\s*ف(?:قد\s+)?[\u0621-\u064A]{3,}\s+$/;
/** The aside alone between the name after «أما» and a cue opening on its «فـ» verb. */
const TOPIC_ASIDE = new RegExp(`^${TOPIC_ASIDE_PART}\\s*$`);
/** A cue opening on «فـ» and a verb. */
const TOPIC_VERB_OPENS = new RegExp(`^${TOPIC_VERB_PART}[\\u0621-\\u064A]{3,}`);

/**
 * The party of «أما X فـ<verb> …» whose clause holds the cue: X named right after «أما», in the cue's sentence, with no
 * other «أما» after it up to the cue.
 */
function ammaTopic(cue: Cue, inSentence: readonly Mention[], ctx: HolderContext): Mention | undefined {
  const { normal } = ctx;
  const sentence = ctx.sentences[cue.sentence]!;
  const before = normal.slice(sentence.start, cue.start);
  // The last «أما» as a word of its own (not inside «تماماً», «أمام», «الإمارات»).
  let at = -1;
  AMMA_WORD.lastIndex = 0;
  for (let m = AMMA_WORD.exec(before); m; m = AMMA_WORD.exec(before)) at = m.index;
  if (at < 0) return undefined;
  const from = sentence.start + at;
  const m = inSentence.find((x) => x.start > from && x.end <= cue.start && !x.place);
  if (!m || m.start - from > 12) return undefined;
  if (!AMMA_BEFORE.test(normal.slice(Math.max(sentence.start, m.start - 14), m.start))) return undefined;
  // «أما الإبراهيمي، …، فقد حذر قبيل رحيله من …»: a lone word with «ه» after a person is his own going, not a cue of his.
  if (m.person && /^[\u0621-\u064A]+ه$/.test(normal.slice(cue.start, cue.end))) return undefined;
  // «أما الأسد فترى |أنقرة| أن …», «أما إيران فقد رفضت |واشنطن| مشاركة طهران»: a name right after the «فـ» verb is its
  // own subject; X is only what the clause is about.
  // (A capital there is the subject too, and it may stand inside the cue: «رفضت واشنطن مشاركة طهران». Only where X is
  // what the cue is about, Assad (any cue: «… برحيله قبل أي مفاوضات» sets a condition too) or Iran: «أما موسكو فتدعم
  // الأسد» names his backer first, the one after the verb its object.)
  const about = m.actor === "assad" || (cue.topic === "iran_participation" && m.party === "iran");
  const own = about ? inSentence.find((o) => o.start > m.end && o.start < cue.end) : undefined;
  // (Not an object followed by a verb of its subject's own, joined by «و»: «أما إيران فقد استقبلت لافروف وأعلنت …».)
  if (
    own &&
    own.party !== m.party &&
    TOPIC_VERB_THEN_SUBJECT.test(normal.slice(m.end, own.start)) &&
    !JOINED_VERB_BETWEEN.test(normal.slice(own.end, cue.end))
  )
    return own;
  // (Or the cue opens on that verb itself: «أما الائتلاف، الذي …، |فيطالب بتنحي الرئيس|».)
  const between = normal.slice(m.end, cue.start);
  if (TOPIC_TO_VERB.test(between)) return m;
  return TOPIC_ASIDE.test(between) && TOPIC_VERB_OPENS.test(normal.slice(cue.start, cue.end)) ? m : undefined;
}

/**
 * «نحن», «إننا», «ونحن» right before a party's name, with «في», «كـ» or «بـ» between («نحن في هيئة التنسيق»,
 * «إننا كحكومة سورية», «نحن بالائتلاف»): the speaker says whose side he speaks for.
 */
const WE_IN_BEFORE = /(?:^|[\s"«:(])[وف]?(?:نحن|اننا|انا)\s+(?:في\s+|ك|ب|من\s+)$/;
/** What ends the first person's clause before the cue: a stop, a contrast, another's saying («قال/يقول»). */
const WE_CLAUSE_ENDS =
  /[.؛;!?؟]|[،,]\s*(?:[وف]?(?:لكن|بينما|فيما|اما|في\s+حين))(?:\s|$)|(?:^|\s)[وف]?(?:قال|قالت|[يت]قول|اضاف|اضافت|اكد|اكدت)(?:\s|$)/;
/** At most this many characters from the party's name to the cue. */
const WE_IN_REACH = 120;

/**
 * The party a speaker names as his own before the cue in its clause: «نحن في هيئة التنسيق ذاهبون إلى جنيف بلا شروط
 * مسبقة», «إننا كحكومة نرفض أي شرط»; the first person after it is that party's (no party named between).
 */
function weInParty(cue: Cue, inSentence: readonly Mention[], ctx: HolderContext): Mention | undefined {
  const { normal } = ctx;
  const sentence = ctx.sentences[cue.sentence]!;
  for (let i = inSentence.length - 1; i >= 0; i--) {
    const m = inSentence[i]!;
    if (m.end > cue.start) continue;
    if (m.place || cue.start - m.end > WE_IN_REACH) return undefined;
    if (!WE_IN_BEFORE.test(normal.slice(Math.max(sentence.start, m.start - 12), m.start))) return undefined;
    return WE_CLAUSE_ENDS.test(normal.slice(m.end, cue.start)) ? undefined : m;
  }
  return undefined;
}

/** A line's bullet: a dash, a bullet sign or a star, then a space. */
const BULLET_OPENS = /^\s*[-–•*·▪◦]\s+/;
/** A bullet's verb opening it, its subject left unsaid: «- تتمسك بأن …», «- ترفض …», «- لا تمانع …». */
const BULLET_VERB_OPENS = /^\s*[-–•*·▪◦]\s+(?:(?:لا|لن|لم)\s+)?[يت][\u0621-\u064A]{2,}/;
/**
 * A bullet's verb with a subject of its own that is no party: the talks, sources, officials («- يعقد المؤتمر دون
 * شروط», «- تستبعد مصادر دبلوماسية مشاركة إيران»), or a verb of expecting, seeming or holding that is impersonal
 * or passive («- يتوقع أن …», «- يعقد في جنيف»).
 */
const BULLET_OWN_SUBJECT =
  /^\s*[-–•*·▪◦]\s+(?:(?:لا|لن|لم)\s+)?(?:(?:يتوقع|يرجح|يبدو|يعقد|تعقد|ينتظر|يجري|تجري)(?![\u0621-\u064A])|[يت][\u0621-\u064A]{2,}\s+(?:ال)?(?:مؤتمر|محادثات|مفاوضات|جوله|اجتماع|مصادر|اوساط|جهات|مسؤولون|مسؤولين|دبلوماسيون|دبلوماسيين|مراقبون|مراقبين|محللون|محللين|تقارير|صحف|وسائل|معلومات|انباء)(?![\u0621-\u064A]))/;
/** How many lines up a bullet's party may be named (its heading, or the bullets before it). */
const BULLET_REACH = 8;
/** A heading naming a party: a few words, no verb of saying, no full stop («• الهيئة العليا للمفاوضات (وفد الرياض)»). */
const HEADING_WORDS = 8;

/**
 * The party a bullet opening on its verb goes on with: the first party named opening an earlier bullet of the same
 * list, or the heading above the list; none past a line that is neither.
 */
function bulletOwner(cue: Cue, inSentence: readonly Mention[], ctx: HolderContext): Mention | undefined {
  const { normal, sentences } = ctx;
  const sentence = sentences[cue.sentence]!;
  const opening = normal.slice(sentence.start, Math.min(sentence.end, sentence.start + 48));
  if (!BULLET_VERB_OPENS.test(opening) || BULLET_OWN_SUBJECT.test(opening)) return undefined;
  if (inSentence.some((m) => m.end <= cue.start && !m.place)) return undefined;
  let line = sentence.line;
  for (let j = cue.sentence - 1; j >= 0 && cue.sentence - j <= BULLET_REACH; j--) {
    const s = sentences[j]!;
    if (s.line === line) continue;
    line = s.line;
    const text = normal.slice(s.start, s.end);
    const first = ctx.mentions.in(j).find((m) => !m.place);
    if (BULLET_OPENS.test(text)) {
      // A bullet naming its party right after its verb («- تشترط الهيئة …») or opening on it («- الهيئة تشترط …»).
      if (first && ctx.words.within(s.start, first.start, 2)) return first;
      if (BULLET_VERB_OPENS.test(text)) continue;
      return undefined;
    }
    // The heading above the list: a short line naming the party.
    return first && !/[.!?؟]/.test(text) && ctx.words.within(s.start, s.end, HEADING_WORDS) ? first : undefined;
  }
  return undefined;
}

/**
 * An item's mark opening a sentence: a number («2-», «3 .», «4)», «(2)»), an ordinal («ثانيا-», «ثالثاً:») or a
 * dash.
 */
const ITEM_OPENS = /^\s*(?:\d{1,2}\s*[-–.)]|\(\d{1,2}\)|(?:اولا|ثانيا|ثالثا|رابعا|خامسا|سادسا|سابعا|ثامنا)\s*[-–:،,]|[-–•]\s)/;
/** A colon, then the list's first item: «…: 1-», «…: (1)», «…: أولاً-», «…: - ». */
const COLON_THEN_FIRST = /:\s*(?:1\s*[-–.)]|\(1\)|اولا\s*[-–:،,]|[-–•]\s)/;
/** How many words may open a sentence before the name of its subject (the verb, «وقد», a title). */
const SUBJECT_WITHIN = 4;

/**
 * The one whose colon opens the list a cue's sentence is an item of («قالت الخارجية الروسية: 1- … . 2- …», «حددت
 * وزارة الخارجية الروسية موقف موسكو في النقاط التالية: 1- …»): up the items before it (at most BULLET_REACH
 * sentences, each opening on its mark), to the sentence whose colon opens the first; its speaker's frame before the
 * colon, or the name its clause opens on.
 */
function listSpeaker(cue: Cue, inSentence: readonly Mention[], ctx: HolderContext): Holding | undefined {
  const { normal, sentences } = ctx;
  const sentence = sentences[cue.sentence]!;
  if (!ITEM_OPENS.test(normal.slice(sentence.start, sentence.start + 12))) return undefined;
  if (inSentence.some((m) => m.end <= cue.start && !m.place)) return undefined;
  for (let j = cue.sentence - 1; j >= 0 && cue.sentence - j <= BULLET_REACH; j--) {
    const s = sentences[j]!;
    const text = normal.slice(s.start, s.end);
    const first = COLON_THEN_FIRST.exec(text);
    if (first) {
      const said = colonSpeaker(ctx, j, s.start + first.index);
      return said && { cue, holder: said.speaker, method: said.method };
    }
    if (!ITEM_OPENS.test(text)) return undefined;
  }
  return undefined;
}

/**
 * Who speaks through the colon at `colon` in sentence j: the speaker of its last frame before it, or the name the
 * sentence opens on («وحددت وزارة الخارجية الروسية موقف موسكو في النقاط التالية:» → russia, method "subject").
 */
function colonSpeaker(ctx: HolderContext, j: number, colon: number): { speaker: Mention; method: AttributionMethod } | undefined {
  const s = ctx.sentences[j]!;
  const frame = findLast(ctx.frames.in(j), (f) => f.end <= colon + 1);
  if (frame) return { speaker: frame.speaker, method: frame.method };
  const opening = ctx.mentions.in(j).find((m) => !m.place && m.end <= colon);
  return opening && ctx.words.within(s.start, opening.start, SUBJECT_WITHIN) ? { speaker: opening, method: "subject" } : undefined;
}

/** A colon or nothing, then a quotation mark opening, then no closing one up to the cue. */
const QUOTATION_OPENS = /^\s*:?\s*["«“][^"»”]*$/;

/** The Iran pass's own rules, which read a rejecting predicate after the cue into its label. */
const IRAN_PASS_RULE = /^iran\.(?:support|oppose)$/;
/**
 * A relative pronoun and at most six words (no punctuation) up to the cue; a cleft's «من» after its pronoun too
 * («الأمريكيون هم من |ضغطوا …»), the speaker's words opening in quotation marks on it («إن السعوديين "هم من يقف …"»).
 */
const RELATIVE_UP_TO_CUE = /(?:^|\s)["«]?(?:الذي|التي|الذين|(?<=(?:^|\s)["«“]?(?:هو|هي|هم|هما)\s)من)\s+(?:[^\s،,.؛:!?؟"«»“”]+\s+){0,6}$/;
/**
 * A relative clause of saying up to the cue, longer: the pronoun, at most six words up to «أن» (group 1), and what is
 * said, at most eight words up to the cue («موسكو التي لا تكف عن تكرار أن المؤتمر يجب أن يعقد «من دون شروط»»).
 */
const RELATIVE_SAYS_UP_TO_CUE =
  /(?:^|\s)["«]?(?:الذي|التي|الذين)\s+((?:[^\s،,.؛:!?؟"«»“”]+\s+){1,6}?)(?:ان|بان|انه|انها)\s+(?:[^\s،,.؛:!?؟]+\s+){0,8}["«“]?$/;
/** Saying named by its verbal noun, which the speech verbs do not read: «تكرار أن», «ترديد أن», «القول إن». */
const SAYING_NOUN = /(?:^|\s)[بل]?(?:ال)?(?:تكرار|ترديد|تاكيد|قول)(?:\s|$)/;
/**
 * A city as the place something happens («في موسكو التي …», «بالرياض»), not the government it names («مشاورات مع موسكو،
 * التي تمسكت …»).
 */
const PLACE_BEFORE = /(?:(?:^|\s)[وف]?(?:في|الي|من)\s+|(?:^|\s)[وف]?ب)$/;
/** A verb of saying opening a relative clause («الذي قال إنه …»): its subject is someone else than the name before. */
const SAYING_OPENS = /^\s*[وف]?(?:قال|قالت|قالوا|ذكر|ذكرت|اعلن|اعلنت|اكد|اكدت|اوضح|اوضحت|اشار|اشارت|صرح|صرحت|نقل|نقلت|يقول|تقول)(?=\s|$)/;
/**
 * Between a name and its relative pronoun: spaces, a closing quotation mark, a comma; or a cleft's pronoun («السعودية
 * هي التي …», «واشنطن هي من …»), which names the one who did it; or an apposition of definite words set off by commas
 * («طهران، الغائبة الحاضرة، التي …»).
 */
const NAME_TO_RELATIVE =
  /^\s*["»”]?\s*(?:[،,]\s*(?:ال[\u0621-\u064A]+\s+){0,2}ال[\u0621-\u064A]+\s*)?[،,]?\s*(?:(?:هو|هي|هم|هما)\s+)?["«]?$/;

/** A sentence opening on a pronoun and its relative, agreeing: «وهي التي», «وهو الذي», «وهم الذين», «فهي التي». */
const RELATIVE_OPENS = /^\s*[وف]?(?:هي\s+التي|هو\s+الذي|هم\s+الذين)\s/;
/** What may follow the name a sentence ends on: a closing quotation mark or bracket, its full stop. */
const SENTENCE_END_AFTER = /^\s*["»”)]?\s*[.!]?\s*$/;

/**
 * The party sentence si ends on («… التقى ممثلين عن المعارضة السورية.»), on the line of the sentence after it; not a
 * place where something happened («في السعودية.»).
 */
function endingParty(si: number, ctx: HolderContext): Mention | undefined {
  const prev = ctx.sentences[si];
  if (!prev || prev.line !== ctx.sentences[si + 1]?.line) return undefined;
  const last = ctx.mentions.in(si).at(-1);
  if (!last || !SENTENCE_END_AFTER.test(ctx.normal.slice(last.end, prev.end))) return undefined;
  if (isLocative(ctx.normal, ctx.lexicon, last)) return undefined;
  return last;
}

/**
 * The party a relative clause holding the cue is about: «الائتلاف الذي يصر على …», «ما يسمى "الائتلاف" الذي يضع …»
 * (the name right before «الذي/التي/الذين», at most six words before the cue).
 */
function relativeAntecedent(cue: Cue, inSentence: readonly Mention[], ctx: HolderContext): Mention | undefined {
  const { normal } = ctx;
  const from = Math.max(ctx.sentences[cue.sentence]!.start, cue.start - 90);
  const before = normal.slice(from, cue.start);
  if (!before.includes("ال")) return undefined;
  const plain = RELATIVE_UP_TO_CUE.exec(before);
  // (A clause of saying only: «السعودية التي تخشى أن يؤدي رحيل الأسد إلى الفوضى» is no position of hers.)
  const said = plain ? null : RELATIVE_SAYS_UP_TO_CUE.exec(before);
  const saying = (words: string) => SAYING_NOUN.test(words) || matchesIn(ctx.lexicon.speechVerb, words, 0, words.length).length > 0;
  const m = plain ?? (said && saying(said[1]!) ? said : null);
  if (!m) return undefined;
  const pronoun = from + m.index + (m[0].length - m[0].trimStart().length);
  // «… التقى ممثلين عن المعارضة السورية. وهي التي تشترط رحيل الأسد»: a pronoun and its relative opening the sentence
  // («وهي التي», «وهو الذي», «وهم الذين») are the party the sentence before ends on.
  const opening = RELATIVE_OPENS.exec(normal.slice(ctx.sentences[cue.sentence]!.start, pronoun + 6));
  const named = opening ? endingParty(cue.sentence - 1, ctx) : findLast(inSentence, (x) => x.end <= pronoun);
  // (A bare «المعارضة» too: «أكد نصر الله أن المعارضة التي تشترط تنحي الأسد …» names the one that sets it.)
  // (Not a clause naming its own subject, «الأسد الذي تطالب واشنطن برحيله»; nor the one the cue is about.)
  if (!named || (!opening && !NAME_TO_RELATIVE.test(normal.slice(named.end, pronoun)))) return undefined;
  if (named.place && PLACE_BEFORE.test(normal.slice(Math.max(0, named.start - 6), named.start))) return undefined;
  // (Nor one the clause's verb has after a preposition, its place or object: «محطة طهران التي أكد خلالها أن …».)
  if (!opening && !named.person && placeOfRelative(normal, named)) return undefined;
  const afterPronoun = pronoun + m[0].trimStart().indexOf(" ");
  // After a comma the clause may qualify a noun the name depends on («مستقبل سوريا، الذي قال إنه …»): only a name
  // that is no bare country, and a clause whose own verb is no verb of saying (whose subject is someone else).
  if (
    !opening &&
    /[،,]/.test(normal.slice(named.end, pronoun)) &&
    (isPlaceOfHisFate(named, normal) || SAYING_OPENS.test(normal.slice(afterPronoun, cue.start)))
  )
    return undefined;
  if (
    inSentence.some(
      // (A capital right after the clause's verb is its subject too: «وطهران، التي تريد موسكو حضورها»; not one where
      // something happens, «التي عقدت في موسكو».)
      (x) =>
        x.start > afterPronoun &&
        x.end <= cue.start &&
        !(x.place && isLocative(normal, ctx.lexicon, x)) &&
        x.actor !== "assad" &&
        ctx.words.within(afterPronoun, x.start, 1),
    )
  )
    return undefined;
  // What a longer clause of saying reports names no other party before the cue: «موسكو التي تقول إن واشنطن …» is
  // Washington's, as Moscow says it.
  if (
    !plain &&
    inSentence.some(
      (x) =>
        x.start > afterPronoun &&
        x.end <= cue.start &&
        x.actor !== "assad" &&
        !(cue.topic === "iran_participation" && x.party === "iran") &&
        !(cue.about && x.start < cue.about.end && cue.about.start < x.end),
    )
  )
    return undefined;
  if (cue.about && named.start < cue.about.end && cue.about.start < named.end) return undefined;
  return named;
}

/** Rules of a cleft naming who sets the conditions (pre.cleft-setter, pre.cleft-setter.named-after). */
const CLEFT_RULE = /^pre\.cleft-setter(?:\.named-after)?$/;

/**
 * The party a cleft names: before its pronoun («السعودية هي التي |تضع الشروط|», read as a relative clause), or right
 * after it when the cleft is turned («من يضع الشروط فعلاً |هو| النظام»).
 */
function cleftNamed(cue: Cue, inSentence: readonly Mention[], ctx: HolderContext): Mention | undefined {
  if (!cue.rule.endsWith(".named-after")) return relativeAntecedent(cue, inSentence, ctx);
  const named = inSentence.find((m) => m.start >= cue.end && ctx.words.within(cue.end, m.start, 0));
  return named && !named.place && !isLocative(ctx.normal, ctx.lexicon, named) ? named : undefined;
}

/** A title opening on a statement and its issuer: «بيان صادر عن …», «نص البيان الختامي لـ…», «بيان لـ…». */
const STATEMENT_TITLE = /^\s*(?:نص\s+)?(?:ال)?بيان(?:\s+(?:ال)?ختامي)?(?:\s+(?:ال)?صادر)?\s+(?:عن|ل|من)/;
const issuers = new WeakMap<HolderContext, Mention | null>();
/** What may follow the issuer in a statement's own title: nothing, a date, or what it is about («بشأن …», «حول …»). */
const STATEMENT_TITLE_REST = /^(?:\s+ال[\u0621-\u064A]+يه)?\s*(?:$|[،,:.(]|(?:بشان|حول|عن|في|اثر|بمناسبه|حيال)\s)/;

/** The issuer of an article that is a statement: the first party its title names after «بيان … عن», if any. */
function statementIssuer(ctx: HolderContext): Mention | null {
  const known = issuers.get(ctx);
  if (known !== undefined) return known;
  let found: Mention | null = null;
  const si = ctx.sentences.findIndex((s) => s.lineKind === "title");
  if (si >= 0) {
    const title = ctx.sentences[si]!;
    const m = STATEMENT_TITLE.exec(ctx.normal.slice(title.start, title.end));
    const issuer = m ? ctx.mentions.in(si).find((x) => x.start >= title.start + m[0].length - 3 && !x.place && !x.speakerOnly) : undefined;
    // Only a title that is the statement's own («بيان صادر عن الهيئة … بشأن الدعوة إلى جنيف»), not a headline about
    // one («بيان صادر عن الخارجية الروسية يثير غضب المعارضة»).
    if (issuer && STATEMENT_TITLE_REST.test(ctx.normal.slice(issuer.end, title.end))) found = issuer;
  }
  issuers.set(ctx, found);
  return found;
}

function lastFrameBefore(ctx: HolderContext, sentence: number, pos: number): Frame | undefined {
  let found: Frame | undefined;
  // A frame starting where the cue starts counts: the cue opens with the speaker's verb («وطالب الائتلاف بتنحي الأسد»).
  // (The nearest: a headline's colon frame comes before the verbs' frames, «كيري يدعو طهران … والجبير: …».)
  for (const f of ctx.frames.in(sentence)) if (f.start <= pos && (!found || f.start >= found.start)) found = f;
  return found;
}

/**
 * «لؤي صافي: إيران اليوم شريك في القتل. لا نقبل بحضورها …»: in a body line opened by a speaker's label (a transcript's
 * turn, an interview's answer), the label speaks the sentences after it on the line that name no speaker of their own,
 * where they speak in the first person (what they report of others is read as in any sentence).
 */
function labelOfLine(ctx: HolderContext, sentence: number): Frame | undefined {
  const { line } = ctx.sentences[sentence]!;
  // The line's opening sentence: its label, whatever others the sentences between report («كيري: الولايات المتحدة
  // تعتقد أن … . لكننا لا نجعل من رحيله شرطاً» is Kerry's «we»).
  let j = sentence;
  while (j > 0 && ctx.sentences[j - 1]!.line === line) j--;
  const first = j < sentence ? ctx.frames.in(j)[0] : undefined;
  if (first?.method === "headline" && first.start - ctx.sentences[j]!.start < 40) return first;
  // «أحمد الجربا، رئيس الائتلاف: ⏎ «لن نذهب …»», «وأضاف في المؤتمر نفسه: ⏎ «…»»: a line that ends in the colon of a
  // speaker's label or verb of saying speaks the line right after it.
  // (Only a verb of saying or a label right before the colon, a few words between, no denial and no words of another
  // read out on the line: not «ونفى الجربا أن يكون قد قال لصحيفة الحياة:», «وقرأ منها:», «بما قاله المعلم:».)
  const above = j > 0 ? ctx.sentences[j - 1]! : undefined;
  if (above === undefined || above.line === line) return undefined;
  const aboveText = ctx.normal.slice(above.start, above.end);
  if (!LABEL_LINE_ENDS.test(aboveText) || OTHERS_WORDS_ON_LABEL.test(aboveText)) return undefined;
  const frames = ctx.frames.in(j - 1);
  const last = frames[frames.length - 1];
  return last !== undefined && ctx.words.within(last.end, above.end, 5) ? last : undefined;
}

/** A denial, or another's words read out or cited, on a line ending in a colon. */
const OTHERS_WORDS_ON_LABEL =
  /(?:^|\s)[وف]?(?:نفي|نفت|ينفي|تنفي|نافيا|قرا|قرات|يقرا|استشهد|استشهدت|يستشهد|ما\s+قاله|ما\s+قالته|تصريحات|كلام|اقتبس|نقل\s+عن)(?![\u0621-\u064A])/;

/** The author of the full text sentence si stands in (SpeakerFrames.textAuthor), as a frame opening the sentence. */
function authorOf(ctx: HolderContext, si: number): Frame | undefined {
  const author = ctx.frames.textAuthor(si);
  if (author === null) return undefined;
  const s = ctx.sentences[si]!;
  // Only a sentence in the first person: the text's own voice, not narrative after it that names no one. (A signed
  // article is its writer's to its end: «إن مقام رئاسة الجمهورية ليس مطروحاً للنقاش» in the ambassador's article.)
  const firstPerson = FIRST_PERSON_NEAR.test(ctx.normal.slice(s.start, s.end));
  if (!firstPerson && !ctx.frames.signedText(si)) return undefined;
  const frame: Frame = { start: s.start, end: s.start, sentence: si, speaker: author, method: "headline", reporting: true };
  if (!firstPerson) frame.signedOnly = true;
  return frame;
}

/** A colon ending a line (after it, at most closing marks and spaces). */
const LABEL_LINE_ENDS = /:\s*$/;

/**
 * The formula ending a line that introduces a statement's text on the lines after it: «جاء فيه:», «ما يلي:», «في
 * النقاط التالية:», «كالآتي:», «نصه:».
 */
const STATEMENT_FORMULA_ENDS =
  /(?:^|\s)(?:(?:جاء|ورد)\s+(?:فيه|فيها)|ما\s+يلي|(?:ال)?تالي(?:ه)?|(?:ال)?اتي(?:ه)?|كالتالي|كالاتي|نصه|نصها)\s*:\s*$/;
/** A statement, a speech, a letter named as a word of its own («بياناً», «في كلمته», «ببيان»). */
const DOCUMENT_NAMED = new RegExp(String.raw`(?:^|\s)[وفبل]?(?:ال)?${DOCUMENT_NOUN.source}`);
/**
 * Narrative taking up again after a statement's text: «يذكر أن», «يشار إلى», «وكان … قد», «من جهته», «في المقابل»,
 * «بدوره», «إلى ذلك», «وجاء ذلك», «ويأتي البيان …».
 */
const NARRATIVE_RESUMES =
  /^\s*[وف]?(?:يذكر|يشار|كان|كانت|من\s+جهت?(?:ه|ها|هم)|في\s+المقابل|بالمقابل|بدوره|بدورها|الي\s+ذلك|في\s+غضون\s+ذلك|في\s+سياق|من\s+ناحيه|جاء\s+ذلك|ياتي|تاتي)(?![\u0621-\u064A])/;
/** How many sentences a statement's text introduced on a line of its own may run to (its points and paragraphs). */
const STATEMENT_REACH = 15;

/**
 * The issuer of the statement or speech sentence si is a point or a paragraph of, introduced on a line of its own
 * («وأصدرت هيئة التنسيق بياناً جاء فيه:» ⏎ «ثانياً: إن رحيل الأسد لا يجوز أن يكون شرطاً مسبقاً», «النص الكامل لمداخلة
 * وزير الخارجية الأمريكي جون كيري» ⏎ «إن الأسد لا يمكن أن …»), as a frame opening the sentence. The text runs up to
 * narrative taken up again (NARRATIVE_RESUMES, «انتهى»), a heading, or a speaker of another party in a sentence of
 * its own («وقال وزير الخارجية الفرنسي …»); not after a statement quoted on the colon's line («جاء فيه: "…"»).
 */
function statementOf(ctx: HolderContext, si: number): Frame | undefined {
  const { normal, sentences } = ctx;
  let issuer: Mention | undefined;
  let k = si - 1;
  for (; k >= 0 && si - k <= STATEMENT_REACH && !issuer; k--) {
    const s = sentences[k]!;
    if (sentences[k + 1]!.line === s.line) continue;
    const text = normal.slice(s.start, s.end);
    if (textIntroIn(text) !== null) issuer = ctx.frames.textAuthor(k + 1) ?? undefined;
    else if (LABEL_LINE_ENDS.test(text) && (STATEMENT_FORMULA_ENDS.test(text) || DOCUMENT_NAMED.test(text)))
      issuer = colonSpeaker(ctx, k, s.start + text.lastIndexOf(":"))?.speaker;
    else continue;
    if (!issuer) return undefined;
  }
  if (!issuer || issuer.place) return undefined;
  // The sentences of the text up to si: none a heading, narrative again, or another's words of their own.
  for (let j = k + 2; j <= si; j++) {
    const s = sentences[j]!;
    const text = normal.slice(s.start, s.end);
    if (s.lineKind !== "body" || TEXT_ENDS.test(text) || NARRATIVE_RESUMES.test(text)) return undefined;
    if (ctx.frames.in(j).some((f) => f.speaker.party !== issuer.party)) return undefined;
  }
  const s = sentences[si]!;
  return { start: s.start, end: s.start, sentence: si, speaker: issuer, method: "headline", reporting: true, statement: true };
}

function reporter(frame: Frame | undefined, holder: Mention): string | undefined {
  return frame && frame.reporting && frame.speaker.party !== holder.party ? frame.speaker.party : undefined;
}

function speechQuoteAround(quotes: readonly Quote[], words: WordIndex, pos: number): Quote | undefined {
  // Quotes are sorted and disjoint: the last one starting at or before pos is the only candidate.
  // (A negative index is no element, but reading one is a slow property lookup: none is read.)
  const at = lowerBound(quotes, pos + 1) - 1;
  const candidate = at >= 0 ? quotes[at] : undefined;
  const q = candidate && pos < candidate.end ? candidate : undefined;
  return q && !words.within(q.start, q.end, MIN_QUOTE_WORDS - 2) ? q : undefined;
}

/** A comment's aside closed by a comma, then «إن/أن» or a colon opening the speaker's own words («، في تعليق على …، إن»). */
const OWN_WORDS_AFTER_COMMENT =
  /(?:تعليق|تعليقه|تعليقها|ردا|رده|ردها|تعقيبا)\s+عل[يى]\s[^،,.؛:"«]{1,80}[،,]\s*(?:(?:ان|انه|انها|بان|بانه|بانها)\s|:)/;

/** The first of the names joined by «و» that end with `m` («واشنطن |والرياض|» → Washington), or `m` itself. */
function firstOfList(normal: string, inSentence: readonly Mention[], m: Mention): Mention {
  let first = m;
  for (let k = inSentence.indexOf(m) - 1; k >= 0 && /^\s*و\s*$/.test(normal.slice(inSentence[k]!.end, first.start)); k--)
    first = inSentence[k]!;
  return first;
}

/** The speaker of a quotation: the nearest frame before it in its sentence, or one right after it. */
function quoteSpeaker(quote: Quote, ctx: HolderContext): Frame | undefined {
  const si = sentenceIndex(ctx.sentences, quote.start);
  const before = si >= 0 ? speakerBefore(ctx, si, quote.start) : undefined;
  if (before !== undefined) return before ?? undefined;
  const endSentence = sentenceIndex(ctx.sentences, Math.max(quote.start, quote.end - 1));
  // (Not one past «فيما/بينما/في حين», a clause of contrast with its own subject: «ونصت الفقرة السادسة على أنه
  // «…»، فيما دعت الفقرة التاسعة النظام إلى …».)
  const after = (endSentence >= 0 ? ctx.frames.in(endSentence) : []).find(
    (f) => f.start >= quote.end && f.start - quote.end < 30 && !CONTRAST_OPENING.test(ctx.normal.slice(quote.end, f.start)),
  );
  // (Not a quotation opening its line, «⏎"لا دور للأسد"، هذا ما أكده …»: the line starts anew.)
  return after ?? (si > 0 && quote.start - ctx.sentences[si]!.start > 2 ? cutBefore(ctx, si) : undefined);
}

/**
 * The last frame before pos in its sentence, as lastFrameBefore; but «قائلاً إن الوزير الإيراني أكد له أن …، وأضاف أن
 * "…"», «إن بان … الالتزام الذي تعهدت به طهران، وإنه قرر … "…"»: a speaker named inside what another reports does
 * not speak what follows the reporter's next verb of saying (or his next «وإن»); the reporter does, where he is named
 * (a frame before, not inside a report), else no one (null).
 */
function speakerBefore(ctx: HolderContext, si: number, pos: number): Frame | null | undefined {
  const before = lastFrameBefore(ctx, si, pos);
  // (Not across a clause of contrast with its own speaker: «وتقول المعارضة إن … في حين تقول الحكومة إن …».)
  if (before && before.sentence === si && CONTRAST_SPEAKER_BETWEEN.test(ctx.normal.slice(before.end, pos))) return null;
  // (Nor past the author's «في إشارة إلى …» after what he says: «…، في إشارة إلى مطالبة واشنطن لطهران بـ… كشرط لمشاركتها»
  // names what he was referring to, in the author's words.)
  if (before && before.sentence === si && IN_REFERENCE_TO_BETWEEN.test(ctx.normal.slice(before.end, pos))) return null;
  // (Nor across «لكن» and a subject of its own right before a verb of demanding: «لا نقول إن على الأسد أن يرحل، لكن
  // الغرب يطالب برحيله».)
  if (before && before.sentence === si && butOwnSubject(ctx.normal, before.end, pos, ctx.mentions.in(si))) return null;
  if (!before || !reportedSpeaker(before, ctx)) return before;
  // (The first person opening a clause after the reported one goes on with the reporter too: «قال حجاب إن "النظام
  // يريد حكومة وحدة، ولن نرضى بأي حل يبقي الأسد"»; read up to the end of the word at `pos`, which may be that verb.)
  if (
    !REPORTER_GOES_ON.test(ctx.normal.slice(before.end, pos)) &&
    !WE_OPEN_BETWEEN.test(ctx.normal.slice(before.end, firstWordEnd(ctx.normal, pos, pos + 24)))
  )
    return before;
  let outer: Frame | null = null;
  for (const f of ctx.frames.in(si)) if (f.start < before.start && !reportedSpeaker(f, ctx)) outer = f;
  // «قرأته واشنطن على أنه يعني رحيله، أما موسكو فأصرت على أن …، وأن مصيره …», «…، بينما أصرت موسكو على أن …»: a
  // clause of contrast opened after what the first speaker says is the author's again; its speaker is named there,
  // not inside that report, and goes on.
  if (outer && CONTRAST_OPENING.test(ctx.normal.slice(outer.end, Math.min(before.start, before.speaker.start)))) return before;
  return outer;
}

/** The author's «، في إشارة إلى» (or «في إشارة منه إلى») after what was said. */
const IN_REFERENCE_TO_BETWEEN = /[،,]\s*(?:وذلك\s+)?في\s+اشاره\s+(?:منه\s+|منها\s+|منهم\s+)?(?:الي|ل)/;

/** The last clause of contrast opened before a cue: «في حين», «بينما», «فيما» and what follows up to the cue. */
const LAST_CONTRAST_OPENING = /(?:^|\s)(?:في\s+حين|بينما|فيما|وفيما)\s(?![^]*\s(?:في\s+حين|بينما|فيما|وفيما)\s)/;

/**
 * Whether the clause of contrast before the cue at `cueStart` names no one the lexicon knows: its speaker is
 * unknown («في حين تقول القوى الغربية إن …»), so no one named before it holds the cue.
 */
function unknownContrastSpeaker(normal: string, from: number, cueStart: number, inSentence: readonly Mention[]): boolean {
  const m = LAST_CONTRAST_OPENING.exec(normal.slice(from, cueStart));
  if (!m) return false;
  const opens = from + m.index;
  return !inSentence.some((x) => x.start >= opens && x.end <= cueStart);
}

/** «أما», «بينما», «في حين», «فيما» opening a clause of contrast. */
const CONTRAST_OPENING = /(?:^|\s|[،,])(?:و?اما|بينما|في\s+حين|و?فيما)\s/;

/**
 * «في حين تقول الحكومة إن …», «بينما يرى آخرون أن …»: a clause of contrast opening on a verb of saying and a subject
 * of its own (one the lexicon may not know: a word and its definite adjectives, «القوى الغربية والعربية», or a title
 * and its words, «فيما قال وزير الخارجية الصيني وانغ يي
 * إن …»), up to «أن/إن», or up to the cue where the subject is definite words alone («القوى الغربية والعربية»; not
 * «في حين أكد ضرورة …», the same speaker's verb and its object): what follows is that subject's, not the earlier
 * speaker's.
 */
const CONTRAST_SPEAKER_BETWEEN =
  /(?:^|\s)(?:في\s+حين|بينما|فيما|وفيما)\s+(?:[يت]قول|[يت]قولون|قال|قالت|[يت]ري|[يت]رون|راي|رات|[يت]ؤكد|اكد|اكدت|[يت]عتبر|اعتبر|اعتبرت)\s+(?!(?:ايضا|كذلك|مجددا|دائما|بدوره|بدورها)\s)(?:(?:ال)?[\u0621-\u064A]{3,}(?:\s+و?ال[\u0621-\u064A]{2,}){0,3}|(?:ال)?(?:وزير|وزيره|رئيس|نائب|مساعد|امين|سفير|مندوب|مبعوث|متحدث|متحدثه|ناطق|مستشار)(?:\s+(?!(?:ان|انه|انها|بان)\s)[\u0621-\u064A]+){1,6})(?:\s+(?:ان|انه|انها|بان)\s|(?<=\s(?:[يت]قول|[يت]قولون|قال|قالت|[يت]ري|[يت]رون|راي|رات|[يت]ؤكد|اكد|اكدت|[يت]عتبر|اعتبر|اعتبرت)\s+ال[\u0621-\u064A]{2,}(?:\s+و?ال[\u0621-\u064A]{2,}){0,3})\s*$)/;

/** «والذين», «واللذين» opening a clause, and a verb of being, right before a cue's verb: "and those who (were) …". */
const THOSE_WHO_BEFORE = /(?:^|[\s،,])و(?:الذين|اللذين|اللواتي)\s+(?:(?:كانوا|كانا|ما\s+زالوا|لا\s+يزالون)\s+)?$/;
/** «لكن», «بل», «غير أن» and a definite noun of up to three words (joined by «و»), right before a cue's verb. */
const BUT_OWN_SUBJECT_BEFORE = /(?:^|\s|[،,])(?:و?لكن|بل|غير\s+ان|الا\s+ان)\s+ال[\u0621-\u064A]{2,}(?:\s+و?ال[\u0621-\u064A]{2,}){0,2}\s+$/;
/** A verb of demanding, wanting or insisting in the present, third person, opening a cue: «يطالب», «تريد», «يصرون». */
const DEMAND_VERB_AT = /^[يت](?:طالب|ريد|صر|شترط|رفض|دعو|تمسك)/;
/** Whether a clause of «لكن» with a subject of its own opens after `from` right before a cue's verb of demanding at `pos`. */
function butOwnSubject(normal: string, from: number, pos: number, inSentence: readonly Mention[]): boolean {
  const start = Math.max(from, pos - 60);
  const m = BUT_OWN_SUBJECT_BEFORE.exec(normal.slice(start, pos));
  // (A party the lexicon knows there, «إلا أن المعارضة تصر على …», is found as the subject itself.)
  return (
    m !== null && DEMAND_VERB_AT.test(normal.slice(pos, pos + 12)) && !inSentence.some((x) => x.start >= start + m.index && x.end <= pos)
  );
}

/** What a verb of saying inside a quotation reports, up to the cue: a few words of manner, then «أن»: «يكرر مرة أخرى أن |…». */
const INNER_REPORT_THAT = /^(?:\s+[^\s،,.؛:"«»]+){0,3}?\s+(?:ان|بان|انه|انها)\s+(?:[^\s،,.؛:"«»]+\s+){0,3}$/;

/** «ليرد», «لترد»: the verb of an answer that follows, no frame after the cue for it. */
const ANSWER_THEN_VERB = /^ل[يت]رد/;

/** A frame whose verb and speaker come after «أن/إن» in its sentence: named inside what another reports. */
function reportedSpeaker(f: Frame, ctx: HolderContext): boolean {
  const sentence = ctx.sentences[f.sentence]!;
  return f.method === "frame" && REPORTED_THAT.test(ctx.normal.slice(sentence.start, Math.min(f.start, f.speaker.start)));
}

/** «أن/إن» opening a reported clause; not a conjunction's «أن» («غير أن», «بعد أن», «إلا أن»: the clause is the author's). */
const REPORTED_THAT = /(?:^|\s)(?<!(?:^|\s)(?:غير|الا|بعد|قبل|منذ|رغم|برغم|بما|لو|حيث|كما|مع)\s)(?:ان|انه|انها|بان)\s/;

/**
 * A comma, then the reporter's own next verb of saying or his next «وإن» («، وأضاف أن», «، وتابع», «، وإنه», «،
 * مضيفاً»): what follows is his again.
 */
const REPORTER_GOES_ON = /[،,]\s*(?:[وف](?:اضاف|اضافت|تابع|تابعت|قال|قالت|اوضح|اوضحت|ان|انه|انها|بان)|مضيفا|مضيفه|قائلا|قائله)(?=\s)/;

/**
 * «بدوره، رد وزير الخارجية الروسية سيرغي ⏎ لافروف على نظيره بالقول إن "…"»: a line cut inside a sentence (the piece
 * before ends with no full stop) leaves its speaker in the piece before: its last frame.
 */
function cutBefore(ctx: HolderContext, si: number): Frame | undefined {
  const prev = ctx.sentences[si - 1]!;
  if (prev.line === ctx.sentences[si]!.line || /[.!?؟:"]\s*$/.test(ctx.normal.slice(Math.max(prev.start, prev.end - 3), prev.end)))
    return undefined;
  const frames = ctx.frames.in(si - 1);
  return frames[frames.length - 1];
}

function ownerOf(cue: Cue, inSentence: readonly Mention[], ctx: HolderContext): Mention | undefined {
  const owner = cue.owner;
  if (!owner) return undefined;
  // The agent of «وضعها/تطرحها» is a subject, so a name read only as a speaker («المعارضة») holds it here.
  return inSentence.find((m) => m.start >= owner.start && m.start <= owner.end && !isLocative(ctx.normal, ctx.lexicon, m));
}

/**
 * The accused of «اتهم X Y بـ…» (VSO) or «X اتهم Y بـ…» before the cue, followed right away by «ب…»: one, or several
 * joined by «و» («اتهم الوزير الولايات المتحدة والسعودية بممارسة ضغوط»), the last followed by «ب…»; none where not.
 */
function accusedOf(cue: Cue, inSentence: readonly Mention[], ctx: HolderContext): Mention[] {
  const { normal, lexicon, words } = ctx;
  if (!lexicon.accusation) return [];
  const s = ctx.sentences[cue.sentence]!;
  // «المعارضة» alone, mostly an object, is the accused here too: «ب» after it names what she is accused of (after the
  // closing quotation mark of a name quoted: «اتهم لافروف «وفد الرياض» بوضع شروط»).
  // (A word of time may come between: «تتهم دمشق الرياض اليوم بأنها …».)
  const accusable = (m: Mention) => ACCUSED_THEN_BY.test(normal.slice(m.end, m.end + 12));
  // A name and the names joined to it by «و» up to one followed by «ب» (or the name alone where none is).
  const chainFrom = (first: Mention): Mention[] => {
    const out = [first];
    for (let k = inSentence.indexOf(first) + 1; !accusable(out[out.length - 1]!) && k < inSentence.length; k++) {
      const m = inSentence[k]!;
      if (m.end > cue.start || !linkedWithConjunction(normal, out[out.length - 1]!, m)) break;
      out.push(m);
    }
    return out;
  };
  // A person named right after the party of his title, in one subject («مندوب |سوريا بشار الجعفري|»).
  const namedInTitle = (prev: Mention, m: Mention) => m.person && !prev.person && /^\s+$/.test(normal.slice(prev.end, m.start));
  // The accused is an accusable name after the verb (so after the sentence's start) and ending by the cue: where
  // the sentence has none, the verb is not looked for (most sentences have none, and the scan is the costly part).
  if (!inSentence.some((m) => m.start > s.start && m.end <= cue.start && accusable(m))) return [];
  const verb = matchesIn(lexicon.accusation, normal, s.start, cue.start).pop();
  if (!verb) return [];
  const vEnd = verb.index + verb.text.length;
  const after = inSentence.filter((m) => m.start >= vEnd && m.end <= cue.start);
  // VSO: the first name right after the verb is its subject, or the names joined to it by «و» («وتتهم دمشق وطهران
  // الإدارة الأمريكية بأنها …»); the accused follows it.
  // (The subject's title may open it before the name: «اتهم |نائب| وزير الخارجية الروسي …», «اتهم |مندوب| سوريا …».)
  const opensClause =
    after[0] !== undefined && (words.within(vEnd, after[0].start, 0) || TITLE_ONLY.test(normal.slice(vEnd, after[0].start)));
  let subjectEnd = 0;
  if (opensClause) while (after[subjectEnd + 2] && linkedWithConjunction(normal, after[subjectEnd]!, after[subjectEnd + 1]!)) subjectEnd++;
  const next = after[subjectEnd + 1];
  const accused = opensClause && next && words.within(after[subjectEnd]!.end, next.start, 0) ? next : after[0];
  if (!accused) return [];
  // The accused named together («الولايات المتحدة والسعودية بممارسة ضغوط»): each joined to the one before by «و»,
  // the last followed by «ب…». Where the first name is not one of them, the accused may follow a subject of several
  // words (the first name and a place or body it is qualified by: «المندوب السوري في الأمم المتحدة تركيا وقطر
  // بالإصرار …»): the names joined by «و» that end with the first name followed by «ب», right after those.
  let chain = chainFrom(accused);
  if (!accusable(chain[chain.length - 1]!)) {
    const end = after.findIndex(accusable);
    let from = end;
    while (from > 0 && linkedWithConjunction(normal, after[from - 1]!, after[from]!)) from--;
    const subject = after.slice(0, from);
    chain =
      end > 0 &&
      from > 0 &&
      (opensClause || SOURCE_OF.test(normal.slice(vEnd, after[0]!.start))) &&
      subject.every(
        (m, k) => k === 0 || QUALIFIED_BY.test(normal.slice(subject[k - 1]!.end, m.start)) || namedInTitle(subject[k - 1]!, m),
      ) &&
      words.within(subject[subject.length - 1]!.end, after[from]!.start, 0)
        ? after.slice(from, end + 1)
        : [];
    if (chain.length === 0) return [];
  }
  const last = chain[chain.length - 1]!;
  // «واتهم لافروف المعارضة بعرقلة المفاوضات، مؤكداً أن …»: past a verb of saying or a contrast after the accusation
  // the accuser speaks for himself again, unless what he says has a pronoun for its subject («…، مشيراً إلى أنه يتمسك
  // بشرط …»: the accused, of whom he goes on).
  const between = normal.slice(last.end, cue.start);
  if (PRONOUN_SUBJECT_LAST.test(between)) return chain;
  // (Not a verb of position with no subject of its own, «بأنها "تعطل التسوية، وترفض …"»: what she is accused of. A verb
  // with a subject of its own opening the cue, «…، وترفض روسيا أي شروط», is that subject's.)
  if (
    ctx.frames
      .in(cue.sentence)
      .some(
        (f) =>
          f.start > last.end &&
          (f.start < cue.start
            ? f.reporting || f.method !== "continuation"
            : f.start < cue.end &&
              f.method === "frame" &&
              f.speaker.party !== last.party &&
              f.speaker.start >= f.end &&
              words.within(f.end, f.speaker.start, 0)),
      )
  )
    return [];
  if (ACCUSER_AGAIN.test(between) || ACCUSER_SAYS.test(between)) return [];
  // «قال الجربا متهماً روسيا بحماية النظام إن رحيل الأسد شرط»: a clause of the speaker's own after the accusation
  // («بأنه» opens what is alleged, and stays the accused's).
  if (OWN_CLAUSE_AFTER.test(between)) return [];
  return chain;
}

/**
 * «ب» right after the accused («قطر بأنها», «"وفد الرياض" بوضع»), past a word of time («الرياض اليوم بأنها»); not a
 * word that only begins with it («ظريف بعض الدول بأنها»: the accuser, then an accused the lexicon does not name).
 */
const ACCUSED_THEN_BY = /^"?\s+(?:(?:اليوم|امس|ايضا|مجددا)\s+)?[وف]?ب(?!عض\s|يان\s|شار\s|ين\s|عد\s|دون\s)/;
/**
 * A source or official of the body named next, as the accuser («اتهم مصدر مسؤول في الخارجية السورية قطر بأنها …»,
 * «اتهامه» after «نقلت … عن مسؤول في …»), or its head or spokesman («اتهم الأمين العام لحزب الله حسن نصر الله
 * السعودية بأنها …»).
 */
const SOURCE_OF =
  /^\s+(?:(?:مصدر|مصادر|مسؤول|مسؤولون)(?:\s+(?:مسؤول|رفيع|رسمي|دبلوماسي))?\s+(?:في\s+|لدي\s+|ب)|(?:ال)?(?:امين\s+(?:ال)?عام|رئيس|زعيم|قائد|مرشد|ناطق\s+باسم|متحدث\s+باسم)\s+(?:ل|لل)?)$/;
/**
 * The cue inside what an accusation alleges («اتهم … X بأنه/بالسعي إلى …»), its accused no name of the lexicon (read
 * by accusedOf where it is one): no clause of the accuser's own between («…، مؤكداً أن …», a frame).
 */
function accusedUnnamed(cue: Cue, inSentence: readonly Mention[], ctx: HolderContext): boolean {
  const { normal, lexicon } = ctx;
  if (!lexicon.accusation) return false;
  const s = ctx.sentences[cue.sentence]!;
  const verb = matchesIn(lexicon.accusation, normal, s.start, cue.start).pop();
  if (!verb) return false;
  const vEnd = verb.index + verb.text.length;
  const between = normal.slice(vEnd, cue.start);
  const alleged = ALLEGED_OPENS.exec(between);
  if (!alleged) return false;
  // (The accused named, one word at most before «ب…» — «الرياض صراحة بأنها» —: accusedOf reads it, or no one.)
  const opens = vEnd + alleged[0].length - alleged[1]!.length;
  if (inSentence.some((m) => m.start >= vEnd && m.end <= opens && ctx.words.within(m.end, opens, 1))) return false;
  const after = normal.slice(opens, cue.start);
  if (ctx.frames.in(cue.sentence).some((f) => f.start > vEnd && f.start < cue.start)) return false;
  return !ACCUSER_AGAIN.test(after) && !ACCUSER_SAYS.test(after) && !OWN_CLAUSE_AFTER.test(after);
}

/** What an accusation alleges opens, up to twelve words after the verb: «بأنه», «بأنكم», «بالسعي», «بـ"…». */
const ALLEGED_OPENS = /^(?:\s+[^\s]+){0,12}?\s+("?[وف]?ب(?:ان|انه|انها|انهم|انكم|ال[\u0621-\u064A]{2,}|")(?=\s|$|"))/;
/** What joins a subject's name to a place or body qualifying it («المندوب السوري في الأمم المتحدة», «… لدى»). */
const QUALIFIED_BY = /^\s+(?:في|لدي|باسم|عن)\s+$/;
/** Office words alone between a verb and the first name after it: the title opening its subject («اتهم |مندوب| سوريا»). */
const TITLE_ONLY = new RegExp(`^\\s+(?:${OFFICE}\\s+){1,2}$`);

/**
 * A verb of saying joined by «و» to the accusation, with no comma (a headline's «طهران تتهم واشنطن بعرقلة حضورها
 * وتؤكد: لن نقبل دعوة مشروطة»): the accuser goes on speaking.
 */
const ACCUSER_SAYS = /(?:^|\s)و(?:[تي](?:ؤكد|قول|شدد|علن|ضيف|وضح)|قال|قالت|اكد|اكدت|اضاف|اضافت|شدد|شددت|اعلن|اعلنت)(?=\s|:|$)/;
/** The last clause before the cue opens with a pronoun for its subject («… أنه |يتمسك», «… إنها |تصر»). */
const PRONOUN_SUBJECT_LAST = /(?:^|\s)(?:انه|انها|بانه|بانها|لانه|لانها)\s+(?:[^\s،,.]+\s+){0,2}$/;
/** A verb in the present tense («تصر», «يعارضون»), not a noun of position («موقف») nor a name («والمعارضة»). */
const PRESENT_VERB_WORD = /^[وف]?[يتن][\u0621-\u064A]{2,}$/;
/** «لا تزال», «ما زالوا», «قد» between a party and its verb («"السعودية لا تزال تطالب برحيل الأسد"»). */
const STILL_BETWEEN = /^\s+(?:(?:لا|ما)\s+(?:[يت]?زال|زال)[\u0621-\u064A]*|قد|كانت|كان)\s+$/;
/** «لا», «لن» between a party and its verb («"السعودية |لا| تريد أي دور لإيران"»). */
const NEGATION_BETWEEN = /^\s+(?:لا|لن)\s+$/;
/** «إن/أن» opening a clause, not «بأن» (which opens what an accusation alleges). */
const OWN_CLAUSE_AFTER = /(?:^|\s)(?:ان|انه|انها|وان)\s/;
/**
 * A contrast or a new clause of the accuser's after an accusation («…، لكنه شدد», «…، وقال», «…، ودعت إلى …», «…، مذكراً
 * بأن …»).
 */
const ACCUSER_AGAIN =
  /[،,]\s*(?:لكن|ولكن|لكنه|لكنها|غير\s+ان|و(?:قال|اكد|اضاف|شدد|اوضح|اعتبر|دعا|دعت|طالب|طالبت|حث|حثت)|(?:مذكر|مؤكد|مشدد|مضيف|معتبر|داعي|مطالب)[اه](?![\u0621-\u064A]))/;

/** Nouns of a position, whose nationality adjective names who holds it. */
const STANCE_NOUNS =
  "اصرار|رفض|موقف|مطالبه|مطالب|اقتراح|اقتراحا|تمسك|اشتراط|شرط|شروط|ضغوط|ضغط|معارضه|تاييد|دعم|اعتراض|تحفظ|قبول|موافقه|اتفاق|توافق|تسليم|اقرار|اعتراف|تحذير|تهديد|رغبه|دعوه|ترحيب|فيتو|ضغوطات";
/** The invitation among the stance nouns. */
const INVITATION_NOUN = /(?:^|\s)[وبل]?(?:ال|لل)?دعوه\s/;
/**
 * What reads a stance noun's nationality adjectives, built once per lexicon from its nationalities. `stance`: a stance
 * noun followed by one or more nationality adjectives, ending at the match's end; indefinite («رفضاً سعودياً وأمريكياً»)
 * or definite («الرفض السعودي», «التسليم الأميركي»: the noun and its adjectives agree). `any`: any nationality
 * adjective: every match of `stance` holds one, so a text without one needs no more.
 */
interface NationalStance {
  stance: RegExp;
  any: RegExp;
  table: ReadonlyMap<string, string>;
}
const NATIONAL_STANCES = new WeakMap<Lexicon, NationalStance>();
function nationalStanceOf(lexicon: Lexicon): NationalStance {
  let found = NATIONAL_STANCES.get(lexicon);
  if (!found) {
    const table = nationalitiesOf(lexicon);
    const bare = adjectiveSource(table);
    // (The accusative «ا» only after a word in the accusative: «رفضاً تركياً», but «رفض تركيا» is Turkey's refusal;
    // «فيتو», which takes no ending, lets its adjective take it: «هناك فيتو أمريكياً».)
    const indefinite = `${bare}(?:ه|(?<=(?:ا|فيتو)\\s+و?(?:${bare}))ا)?`;
    const definite = `ال${bare}ه?`;
    const stance = new RegExp(
      `(?:^|[\\s"«])(?:[وبل]?(?:ال)?(?:${STANCE_NOUNS})ا?\\s+(${indefinite}(?:\\s+و?${indefinite})*)|[وب]?(?:ال|لل)(?:${STANCE_NOUNS})\\s+(${definite}(?:\\s+و?${definite})*))(?=\\s|$)`,
      "g",
    );
    NATIONAL_STANCES.set(lexicon, (found = { stance, any: new RegExp(bare), table }));
  }
  return found;
}

/**
 * A verbal noun of demanding, insisting, reserving or threatening opening a cue, whose agent, not its object, follows it:
 * «اشتراط الائتلاف», «مطالبة المعارضة», «إصرار واشنطن», «تهديد الائتلاف» (not «رفض» or «دعوة», whose object may follow).
 */
const AGENT_NOUN_AT = /^[وفبل]?(?:ال)?(?:اشتراط|مطالبه|مطالبات|اصرار|تمسك|تحفظ|اعتراض|ترحيب|تهديد|تهديدات)\s+/;
/** The rule of a cue turned from its words' own stance (negated, rejected, referred to by a rejection). */
const TURNED_RULE = /\.(?:turned|rejected|negated|referred)(?:[.-]|$)/;

/** Whether two spans share a character. */
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/** A verb of criticising (group 1), then only its subject's names (up to six words) before what it criticises. */
export const CRITICISED_RIGHT_BEFORE =
  /(?:^|\s)([وف]?(?:انتقد|انتقدت|ينتقد|تنتقد|هاجم|هاجمت|ندد|نددت|استنكر|استنكرت))\s+(?:[^\s،,.؛:"«»]+\s+){1,6}?["«]?$/;

/** A verbal noun of refusing or opposing right before its agent: «رفض |السعودية|», «ومعارضة |واشنطن|». */
const REFUSAL_RIGHT_BEFORE = /(?:^|\s)[وفبل]?(?:ال)?(?:رفض|معارضه)\s+$/;

/**
 * «رفض», a verbal noun only where it cannot be the verb (whose coordinated subjects the subject search reads): after
 * «أن/إن», or after a verb of criticising and its subject, «ب» allowed («انتقد ظريف |رفض| السعودية مشاركة إيران», «ندد
 * المقداد ب|رفض الرياض …»). (Not after one of praising, «أشاد الائتلاف برفض فرنسا …»: the praiser holds it too, read
 * as before.)
 */
const REFUSAL_NOUN =
  '(?:(?<=(?:^|\\s)(?:ان|بان)\\s)|(?<=(?:^|\\s)[وف]?(?:انتقد|انتقدت|ينتقد|تنتقد|هاجم|هاجمت|ندد|نددت|استنكر|استنكرت)(?:\\s+[^\\s،,.؛:"]+){1,4}\\s[بل]?))رفض';

/** Verbal nouns of demanding or insisting whose agent follows them («مطالبة الائتلاف», «إصرار واشنطن»). */
export const DEMAND_NOUNS = "اشتراط|مطالبه|مطالبات|اصرار|تمسك";

/**
 * A verbal noun of demanding (DEMAND_NOUNS, and «دعوة» with «إلى»), its agent (one to four words) and the
 * demand's preposition right before a cue that is what is demanded: «مطالبة الائتلاف الوطني السوري |بتنحي الأسد»,
 * «دعوة واشنطن إلى |رحيل الأسد». The agent's offset is found from the group.
 */
const AGENT_NOUN_BEFORE = new RegExp(
  `(?:^|\\s)[وفبل]?(?:ال)?(?:(?:${DEMAND_NOUNS}|معارضه|${REFUSAL_NOUN})\\s+([^\\s،,.؛:"]+(?:\\s+[^\\s،,.؛:"]+){0,3}?)\\s+(?:علي\\s+|ب)?|دعوه\\s+([^\\s،,.؛:"]+(?:\\s+[^\\s،,.؛:"]+){0,3}?)\\s+الي\\s+)$`,
  "d",
);

/**
 * The name right after an AGENT_NOUN that opens the cue (a speaker-only name too: «اشتراط المعارضة»), or that stands
 * right before it with its preposition (AGENT_NOUN_BEFORE): «وحول مطالبة الائتلاف بتنحي الأسد، قال غاتيلوف …» is the
 * Coalition's demand as the writer reports it, not the speaker's.
 */
function genitiveAgent(cue: Cue, inSentence: readonly Mention[], ctx: HolderContext): Mention | null | undefined {
  const { normal } = ctx;
  // Only a cue whose stance is the noun's own: a turned one («مطالبة وفد الرياض برحيل الأسد شرط تعجيزي») is the
  // speaker's; so is a phrase rule's other than a demand (it may read the speaker's rejection of the demand).
  if (TURNED_RULE.test(cue.rule) || (!cue.rule.startsWith("compose.") && !DEMAND_STANCES.has(cue.stance))) return undefined;
  const m = AGENT_NOUN_AT.exec(normal.slice(cue.start, Math.min(cue.start + 12, ctx.sentences[cue.sentence]!.end)));
  let after = m ? cue.start + m[0].length : -1;
  if (!m) {
    const from = Math.max(ctx.sentences[cue.sentence]!.start, cue.start - 80);
    const span = AGENT_NOUN_BEFORE.exec(normal.slice(from, cue.start))?.indices;
    const group = span?.[1] ?? span?.[2];
    if (!group) return undefined;
    after = from + group[0];
  }
  // (A capital there is the government: «مطالبة واشنطن برحيل الأسد».)
  const agent = inSentence.find((x) => x.start === after && x.actor !== "assad");
  // «رفض كيري دعوة |لافروف| إلى مشاركة إيران»: the rejection read is not held by the one whose call it rejects (his
  // own call, not turned, is).
  if (agent && readsRejection(cue) && proposerAt(normal, ctx.sentences[cue.sentence]!.start, after)) return undefined;
  // «إصرار الغرب على …», «مطالبة المجتمع الدولي بـ…»: the noun in the construct state (no «ال») and a definite word
  // after it that names no actor: an agent the lexicon does not know (null).
  if (!agent && m && !/^[وفبل]?ال/.test(m[0]) && UNNAMED_AGENT_NEXT.test(normal.slice(after, after + 16))) return null;
  // «مطالبة الأسد بالتنحي»: the one the demand is made of, what the cue is about, is no agent.
  const about = cue.about;
  return agent && about && overlaps(agent, about) ? undefined : agent;
}
/**
 * A definite word that is not a name of his, his regime or the presidency (the one a demand is made of), nor the
 * people or the revolution in whose name a speaker speaks («قال الجربا إن مطالبة الشعب السوري برحيل الأسد لن تتغير»).
 */
const UNNAMED_AGENT_NEXT = /^ال(?!اسد|نظام|رئيس|رئاسه|شعب|سوريين|ثوار|ثوره)[\u0621-\u064A]{3,}(?![\u0621-\u064A])/;
/** The stances a demand states (a phrase rule of demanding reads one of them, not turned). */
const DEMAND_STANCES: ReadonlySet<string> = new Set(["must_go", "conditional", "oppose", "support"]);

/** A word of conditions, with «ب», «ال» or a pronoun («شروطاً», «بشروطه», «الشروط», «الشرط»), opening at a word. */
const CONDITIONS_WORD = /(?:^|\s)[وفبل]?(?:ال)?(?:شرط|شروط|اشتراطات)[\u0621-\u064A]*(?=[\s"،,.؛:]|$)/;

/** Dropping or going back on something, then «عن» («التخلي عن», «بالتراجع عن», «أن تتخلى عن»). */
const DROP = "(?:^|\\s)[وفلب]?(?:ال)?(?:تخلي|يتخلي|تتخلي|يتخلوا|تتخلوا|تراجع|يتراجع|تتراجع|يتراجعوا)\\s+عن\\s+";
/** A cue opening on the dropping itself («التخلي عن شروطها»: pre.drop-conditions). */
const DROP_AT = new RegExp(`^\\s*${DROP.slice("(?:^|\\s)".length)}`);
/**
 * The dropping, then conditions and at most seven words naming which and when (none opening on «و», another item),
 * up to a cue's end: the cue is in what is dropped («التخلي عن شرط رحيل |الأسد|», «التراجع عن اشتراط تنحي الرئيس قبل
 * |أي مفاوضات|», «التخلي عن |شرط|»), whatever it opens on (the verb of asking before it, read as a demand: «دعا … إلى
 * التخلي عن شرط رحيل الأسد»).
 */
const DROPPED_UP_TO_END = new RegExp(`${DROP}(?:ال)?(?:شرط|شروط|اشتراط|اشتراطات)[\\u0621-\\u064A]*(?:\\s+(?!و)[^\\s،,.؛:!?؟"«»]+){0,7}$`);
/**
 * After the dropping: conditions with a pronoun of their owner («عن شروطها», «عن شرطه»), or one condition named by what
 * it asks, not by being prior («عن شرط رحيل الأسد», not «عن الشرط المسبق»), or prior ones said to be set by him in a
 * relative clause with no subject of its own named («عن "الشروط المسبقة" التي يطرحها», «عن الشروط التي يضعها للمشاركة»;
 * not «التي يطرحها البعض»).
 */
const OWN_OR_NAMED_CONDITION = new RegExp(
  `عن\\s+(?:(?:شروط|شرط|اشتراط|اشتراطات)(?:ه|ها|هم|هما)(?![\\u0621-\\u064A])|(?:ال)?(?:شرط|اشتراط)\\s+(?!(?:ال)?مسبق)[\\u0621-\\u064A]{3,}|"?(?:ال)?(?:شروط|شرط)(?:\\s+(?:ال)?مسبق[\\u0621-\\u064A]*)?"?\\s+(?:التي|الذي)\\s+[يت](?:طرح|ضع|فرض|تمسك|شترط)[\\u0621-\\u064A]*(?=\\s*$|\\s*[،,.؛:"!?؟]|\\s+(?:[لب][\\u0621-\\u064A]|(?:في|علي|قبل|منذ)\\s)))`,
);
/** A verb of asking (its participle too: «داعياً», «مطالباً»), where the asking opens. */
const ASKING_AT = new RegExp(`(?:^|\\s)[وف]?(?:${ASKING_VERBS}|داعيا|داعيه|مطالبا|مطالبه|حاثا|مناشدا)(?=\\s)`, "g");
/** Between the one asked and the dropping: «إلى», «بـ», «على», «أن», or nothing (at most two words qualifying him). */
const ASKED_TO = /^(?:\s+[^\s،,.؛:!?؟"«»]+){0,2}?\s+(?:(?:الي|علي|ان|بان)\s+|(?=[وفلب]?(?:ال)?(?:تخلي|يتخلي|تتخلي|تراجع|يتراجع|تتراجع|ب)))/;

/**
 * The party asked to drop the conditions a cue stands in («دعا لافروف الائتلاف إلى التخلي عن شرط رحيل الأسد» → the
 * coalition), and whether the cue is the dropping itself. The verb of asking opens its clause before the dropping, the
 * one asked named after it (not its subject, named right after it: «ودعا الإبراهيمي جميع الأطراف إلى …» asks no one
 * the lexicon knows).
 */
function askedToDrop(cue: Cue, inSentence: readonly Mention[], ctx: HolderContext): { asked: Mention; dropping: boolean } | undefined {
  const { normal } = ctx;
  const sentence = ctx.sentences[cue.sentence]!;
  const dropping = cue.stance === "unconditional" && DROP_AT.test(normal.slice(cue.start, Math.min(cue.end, cue.start + 24)));
  if (cue.stance === "unconditional" && !dropping) return undefined;
  // «دعت موسكو المعارضة إلى التخلي عن الشروط المسبقة»: preconditions named as such are any, no one's own; only the
  // asked one's own («شروطها») or one named by what it asks («شرط رحيل الأسد») are hers.
  if (dropping && !OWN_OR_NAMED_CONDITION.test(normal.slice(cue.start, Math.min(sentence.end, cue.end + 24)))) return undefined;
  const from = Math.max(sentence.start, cue.start - 140);
  // (A cheap look first: no word of dropping in the stretch, no dropping to read.)
  const near = normal.slice(from, cue.end);
  if (!dropping && !near.includes("تخلي") && !near.includes("تراجع")) return undefined;
  const dropped = dropping ? null : DROPPED_UP_TO_END.exec(near);
  if (!dropping && !dropped) return undefined;
  const dropStart = dropped ? from + dropped.index : cue.start;
  const clause = Math.max(sentence.start, ctx.boundaries.clauseStart(cue.sentence, dropStart), dropStart - 90);
  const head = normal.slice(clause, dropStart);
  let verb: RegExpExecArray | null = null;
  ASKING_AT.lastIndex = 0;
  for (let m = ASKING_AT.exec(head); m; m = ASKING_AT.exec(head)) verb = m;
  if (!verb) return undefined;
  const vEnd = clause + verb.index + verb[0].length;
  const between = inSentence.filter((m) => m.start >= vEnd && m.end <= dropStart && !isLocative(normal, ctx.lexicon, m));
  // The verb's subject, named right after it (VSO), asks; it is no one asked.
  const asked = findLast(
    between,
    (m) => !ctx.frames.in(cue.sentence).some((f) => f.speaker === m && f.end <= m.start && f.end >= vEnd - 1),
  );
  if (!asked || !ASKED_TO.test(normal.slice(asked.end, dropStart + 16))) return undefined;
  return { asked, dropping };
}
/**
 * A verb of setting, raising, imposing or clinging to conditions, its subject before it, right before the word of
 * conditions («يطرحون |شروطاً», «يتمسك |بشروط», «يحاول فرض |شروطه», «جاء إلى المؤتمر "محملاً |بشروط"»).
 */
const SETTING_VERB_BEFORE =
  /(?:^|[\s"«])[وف]?(?:(?:[يتن](?:ضع|طرح|فرض)|وضع|طرح|فرض)(?:ون|ان|ت|وا)?|(?:[يت]حاول(?:ون|ان)?|حاول(?:ت|وا)?|[يت]سع(?:ي|ون|يان)|سع(?:ي|ت|وا))\s+(?:الي\s+)?(?:ال)?(?:فرض|وضع|طرح)|[يت]تمسك(?:ون|ان)?|تمسك(?:ت|وا)?|[يت]صر(?:ون|ان)?\s+علي|اصر(?:ت|وا)?\s+علي|[يت]لوح(?:ون|ان)?|لوح(?:ت|وا)?|(?:ال)?محمل(?:ا|ه|ين|ون)?|(?:[يت]ربط|ربط|ربطت|[يت]رهن|رهن|رهنت)(?:ون|ان|وا)?\s+(?:مشاركت|حضور|ذهاب)[\u0621-\u064A]*(?:\s+(?:في|الي)\s+[^\s،,.؛:]+){0,2})\s+(?:(?:اي|ايه|كل)\s+)?$/;
/** Attempts or efforts right before a name, their agent («محاولات |واشنطن| فرض شروط»). */
const ATTEMPTS_RIGHT_BEFORE = /(?:^|\s)[وفبل]?(?:ال)?(?:محاولات|محاوله|مساعي|مسعي)\s+$/;
/** A noun of opponents right before a name, whose genitive it is («معارضي |القيادة السورية», «خصوم |دمشق»). */
const OPPONENTS_OF_BEFORE = /(?:^|\s)[وفبل]?(?:ال)?(?:معارضي|معارضو|خصوم|اعداء|منتقدي|منتقدو)\s+$/;
/** The cue's verb of tying, what is tied (at most three words) and the word of conditions («يربط مشاركته في المؤتمر بشروط»). */
const TIED_CONDITIONS_AFTER =
  /^[وف]?(?:[يتن]?ربط|ربط|[يتن]?رهن|رهن)[\u0621-\u064A]*(?:\s+[^\s،,.؛:]+){0,3}?(\s+[وفبل]?(?:ال)?(?:شرط|شروط)[\u0621-\u064A]*)(?=[\s"،,.؛:]|$)/;
/**
 * What may stand between the setter's name and its verb: an adjective or two of the name («الائتلاف الوطني السوري
 * |المعارض| "لا يزال يربط …»), with its complement («المرتهن لأجندات خارجية», «المدعوم من الخارج»), quotation marks,
 * «ما زال», «لا يزال», «قد», «ومن يقف خلفه»;
 * before «محملاً» a verb of coming and where to («جاء إلى المؤتمر "»). No negation: «الائتلاف لا يضع شروطاً» sets none.
 */
const SETTER_GAP =
  /^[»"]?(?:\s+ال[\u0621-\u064A]{2,}(?:\s+(?:[لب](?!ال)[\u0621-\u064A]{2,}|من\s+ال[\u0621-\u064A]{2,})(?:\s+(?!ال)[\u0621-\u064A]{2,}(?:ي|يه))?)?){0,2}[\s"«»]*(?:و\s*من\s+(?:[يت]قف|وقف)\s+(?:خلفه|خلفها|خلفهم|وراءه|وراءها|وراءهم)\s+)?(?:(?:ما\s+زال[\u0621-\u064A]*|لا\s+[يت]زال[\u0621-\u064A]*|قد|بات|باتت|باتوا)\s+)*(?:(?:جاء|جاءت|جاءوا|جاؤوا|[يت]اتي|[يت]اتون|قدم|قدمت|حضر|حضرت|ذهب|ذهبت)(?:\s+[^\s،,.؛:"]+){0,3}?[\s"«»]+)?$/;
/** The verbal noun of setting or clinging, right before its agent's name («وضع |وفد الرياض| شروطاً», «تلويح الائتلاف بشروط»). */
const SETTING_NOUN_BEFORE_AGENT =
  /(?:^|\s)[وفبل]?(?:ال)?(?:وضع|فرض|طرح|اشتراط|تمسك|اصرار|تلويح)\s+(?:(?:ما\s+)?(?:يسمي|تسمي|سمي)\s+)?["«]?\s*$/;
/** Between the agent's name and the word of conditions: quotation marks, «على» («إصرار الرياض على شروط»). */
const AGENT_GAP = /^[\s"«»]*(?:علي\s+)?$/;
/**
 * A relative clause after the word of conditions naming who sets them: «الشروط (المسبقة) التي يطرحها (ما يسمى)
 * "الائتلاف"», «الشرط التعجيزي الذي وضعه الائتلاف» (quoted too: «"الشرط التعجيزي" الذي …»), «التي يحاول وفد
 * الائتلاف فرضها».
 */
const SETTER_RELATIVE_AFTER =
  /^"?(?:\s+"?[^\s،,.؛:"]+"?){0,2}?\s+(?:التي|الذي)\s+(?:(?:[يتن]?(?:ضع|طرح|فرض)|وضع|طرح|فرض|[يت]حاول|حاول|حاولت)[\u0621-\u064A]*\s+)(?:(?:ما\s+)?(?:يسمي|تسمي)\s+)?["«]?\s*(?:(?:وفد|رئيس|قاده|ممثلو|ممثلي)\s+)?$/;
/**
 * The same clause on indefinite conditions, which takes no «التي» («بأي شروط يضعها الائتلاف», «شروطاً مسبقة تطرحها
 * المعارضة»): the verb of setting must then carry the pronoun of the conditions («ـها», «ـه») to be their relative
 * clause (not «شروطاً وضع الائتلاف …», a verb of its own clause).
 */
const SETTER_BARE_RELATIVE_AFTER =
  /^"?(?:\s+"?[^\s،,.؛:"]+"?){0,2}?\s+(?:[يت](?:ضع|طرح|فرض)(?:ون|ان)?|(?:وضع|طرح|فرض)(?:ت|وا)?)(?:ها|ه)\s+["«]?\s*(?:(?:وفد|رئيس|قاده|ممثلو|ممثلي)\s+)?$/;
/**
 * A word of conditions in the construct state (no «ال», no tanwin), its owner the name right after it: «لا نقبل
 * شروط الائتلاف», «بشروط المعارضة» (not «الشروط الائتلافية», «شروطاً»).
 */
const CONSTRUCT_CONDITIONS_WORD = /^[وفبل]?(?:شرط|شروط|اشتراطات)$/;
/** Between such a word and its owner: a quotation mark at most. */
const OWNER_RIGHT_AFTER = /^\s*["«]?\s*$/;
/** «لـ» and a noun other than of the talks or of attending them, right after the owner: what the conditions are for. */
const FOR_OTHER_THAN_TALKS =
  /^\s+(?:ل|لل)(?!ل?(?:مشارك|حضور|ذهاب|تفاوض|مفاوضات|محادثات|حوار|مؤتمر|جنيف|عوده|جلوس|انعقاد|عقد|بدء|استئناف))[\u0621-\u064A]{3,}/;

/**
 * A name with «لـ» on its article (or «لدى») right before the word of conditions, nothing else between: «إن |للائتلاف|
 * شروطاً» (not a name that begins with «ل», «لافروف»).
 */
const POSSESSOR_BEFORE = /^(?:لل|لدي\s+)[^\s،,.؛:]+(?:\s+[^\s،,.؛:]+){0,2}\s+$/;

/** Whether a party is the wider side that others are within (the opposition, not the Coalition). */
function isWiderSide(lexicon: Lexicon, party: string): boolean {
  for (const wider of lexicon.partyWithin.values()) if (wider === party) return true;
  return false;
}

/** A verb of setting conditions with the pronoun of what it sets, right before its subject: «التي |وضعتها| دمشق». */
const SET_BY_RIGHT_BEFORE = /(?:^|\s)(?:[يت](?:ضع|طرح|فرض|شترط|رفع)|وضع|طرح|فرض|اشترط|رفع)(?:ت)?(?:ها|ه|هم)\s+$/;
/**
 * The party that sets the conditions a precondition cue names, where the sentence names it as the subject of a verb
 * of setting them (SETTING_VERB_BEFORE), the agent of a verbal noun of setting (SETTING_NOUN_BEFORE_AGENT) or of a
 * relative clause on them (SETTER_RELATIVE_AFTER), and it is not the one reporting. A cue saying there are none is
 * no one's: only a conditional cue, or an unconditional one whose conditions the setter's verb sets as they stand
 * (the cue turned by a judgement of them: «يضع شروطاً غير منطقية»).
 * With `wider`, the genitive owner may be the wider side too (the conditions a list then names: see
 * listedConditionsSetter).
 * Example: «قال لافروف إن بعض ممثلي وفد الرياض يطرحون شروطاً مسبقة» → the mention «وفد الرياض» (hnc).
 */
function conditionsSetter(cue: Cue, inSentence: readonly Mention[], ctx: HolderContext, wider = false): Mention | undefined {
  if (cue.topic !== "geneva2_preconditions" || cue.parent || cue.owner) return undefined;
  const { normal, lexicon } = ctx;
  const sentence = ctx.sentences[cue.sentence]!;
  // The first word of conditions in the cue, or right after a cue that is the verb tying to them («يربط مشاركته |بشروط»).
  const c = CONDITIONS_WORD.exec(normal.slice(cue.start, cue.end));
  const tied = c ? null : TIED_CONDITIONS_AFTER.exec(normal.slice(cue.start, Math.min(sentence.end, cue.end + 48)));
  if (!c && !tied) return undefined;
  const wordEnd = c ? cue.start + c.index + c[0].length : cue.start + tied![0].length;
  const word = c ? wordEnd - c[0].trimStart().length : wordEnd - tied![1]!.trimStart().length;
  const clause = Math.max(sentence.start, ctx.boundaries.clauseStart(cue.sentence, word), word - 160);
  const before = normal.slice(clause, word);
  // (Not a name its opponents are named by: «محاولات بعض معارضي القيادة السورية طرح شروط» are theirs, not its.)
  // (A capital after attempts is the state making them: «محاولات الرياض فرض شروط».)
  // (Nor one right after a verb of setting, its subject: «الشروط التي وضعتها |دمشق|».)
  const usable = (m: Mention) =>
    (!m.place ||
      ATTEMPTS_RIGHT_BEFORE.test(normal.slice(Math.max(sentence.start, m.start - 12), m.start)) ||
      SET_BY_RIGHT_BEFORE.test(normal.slice(Math.max(sentence.start, m.start - 16), m.start))) &&
    !isLocative(normal, lexicon, m) &&
    !(cue.about && overlaps(m, cue.about)) &&
    !OPPONENTS_OF_BEFORE.test(normal.slice(Math.max(sentence.start, m.start - 16), m.start));
  // The one reporting speaks before the setter (the setter's own verb, «الائتلاف يتمسك», may read as its frame).
  const notSpeaker = (m: Mention | undefined) => {
    const frame = m && lastFrameBefore(ctx, cue.sentence, m.start - 1);
    return m && (!frame || frame.speaker.party !== m.party) ? m : undefined;
  };
  // Subject, then the verb of setting.
  const verb = SETTING_VERB_BEFORE.exec(before);
  if (verb) {
    const at = clause + verb.index + /^[\s"«]*/.exec(verb[0])![0].length;
    const subject = findLast(inSentence, (m) => m.end <= at && m.start >= clause && usable(m));
    if (subject && SETTER_GAP.test(normal.slice(subject.end, at))) return notSpeaker(subject);
  }
  // The verbal noun of setting, then its agent.
  const agent = findLast(inSentence, (m) => m.end <= word && m.start >= clause && usable(m));
  if (agent && AGENT_GAP.test(normal.slice(agent.end, word)) && SETTING_NOUN_BEFORE_AGENT.test(normal.slice(clause, agent.start)))
    return notSpeaker(agent);
  // The relative clause after the word of conditions, then its agent.
  const after = inSentence.find((m) => m.start >= wordEnd && usable(m) && SETTER_RELATIVE_AFTER.test(normal.slice(wordEnd, m.start)));
  if (after) return notSpeaker(after);
  // The same clause without «التي», or the owner in the genitive right after the word («رفض شروط الائتلاف»): only a
  // body named as such, not the wider side (the opposition) an article of a body's conditions calls it by in passing.
  const body = (m: Mention) => usable(m) && (wider || !isWiderSide(lexicon, m.party));
  // The one who has them, «لـ» on its name right before the word («إن للائتلاف شروطاً»).
  const having = agent && POSSESSOR_BEFORE.test(normal.slice(agent.start, word)) && body(agent) ? agent : undefined;
  if (having) return notSpeaker(having);
  const bare = inSentence.find((m) => m.start >= wordEnd && body(m) && SETTER_BARE_RELATIVE_AFTER.test(normal.slice(wordEnd, m.start)));
  if (bare) return notSpeaker(bare);
  if (!CONSTRUCT_CONDITIONS_WORD.test(normal.slice(word, wordEnd))) return undefined;
  const owner = inSentence.find(
    (m) => m.start >= wordEnd && m.start <= wordEnd + 4 && body(m) && OWNER_RIGHT_AFTER.test(normal.slice(wordEnd, m.start)),
  );
  // («يرفض شروط النظام لإدخال المساعدات»: conditions on something other than the talks are no one's conditions on them.)
  return owner && !FOR_OTHER_THAN_TALKS.test(normal.slice(owner.end, owner.end + 24)) ? notSpeaker(owner) : undefined;
}

/**
 * A clause listing what the conditions before it are, up to the cue: a comma, «منها», «وفي مقدمتها», «وعلى رأسها»,
 * «أبرزها», «ومن بينها», or «أي» naming it («ما سماه "الشرط التعجيزي" الذي وضعه الائتلاف، أي |رحيل الرئيس»), then
 * at most five words («منها أن تنتهي المرحلة الانتقالية |بتنحي الرئيس»).
 */
const LIST_HEADS = "منها|من\\s+بينها|في\\s+مقدمتها|علي\\s+راسها|ابرزها|اهمها|اولها";
const LIST_HEAD_BEFORE = new RegExp(`[،,]\\s*"?\\s*[وف]?(?:${LIST_HEADS}|اي(?=\\s))(?:\\s+[^\\s،,.؛:]+){0,5}?\\s*$`);
/**
 * The same head further back before a second item joined by «و» to the first: «وأبرزها تحديد جدول زمني لتنحي الرئيس
 * بشار الأسد |وتسليم صلاحياته إلى هيئة انتقالية» lists both.
 */
const LIST_HEAD_FAR_BEFORE = new RegExp(`[،,]\\s*"?\\s*[وف]?(?:${LIST_HEADS})(?:\\s+[^\\s،,.؛:]+){0,12}?\\s*$`);
/** An item joined by «و» to the one before it, within the listing clause. */
const SECOND_ITEM = /\sو(?!ال?اسد)[\u0621-\u064A]{3,}/;
/** CONDITIONS_WORD, a quotation mark opening on it too («وانتقد "الشروط التي …»), every one of them. */
const LISTED_CONDITIONS_WORD = /(?:^|[\s"«])[وفبل]?(?:ال)?(?:شرط|شروط|اشتراطات)[\u0621-\u064A]*(?=[\s"،,.؛:]|$)/g;
/** Words judging conditions after them in their clause («شروط غير مقبولة»). */
const JUDGED_AFTER = /^[^،,.؛:]*?(?:^|\s)(?:تعجيزي[هة]?|غير\s+(?:مقبول|واقعي|منطقي)[هة]?|مرفوض[هة]?)(?:\s|$|["،,])/;
/** A verb of rejecting or criticising before the conditions in their clause («وانتقد المعارض "الشروط …»). */
const REJECTED_BEFORE = /(?:^|\s)[وف]?(?:رفض|رفضت|يرفض|ترفض|نرفض|رافضا|رافضه|انتقد|انتقدت|ينتقد|تنتقد|منتقدا|منتقده)(?:\s|$)/;

/**
 * The party setting the conditions whose list the cue stands in (LIST_HEAD_BEFORE), found as conditionsSetter finds
 * it for the word of conditions before the list, and whether the conditions are judged or rejected there.
 * Example: «قال لافروف إن الائتلاف يربط مشاركته بشروط غير مقبولة، منها رحيل الأسد» → coalition, judged.
 */
function listedConditionsSetter(
  cue: Cue,
  inSentence: readonly Mention[],
  ctx: HolderContext,
): { setter: Mention; judged: boolean } | undefined {
  const { normal } = ctx;
  const sentence = ctx.sentences[cue.sentence]!;
  const lead = normal.slice(sentence.start, cue.start);
  const near = LIST_HEAD_BEFORE.exec(lead);
  const far = near ? null : LIST_HEAD_FAR_BEFORE.exec(lead);
  const head = near ?? (far && SECOND_ITEM.test(normal.slice(sentence.start + far.index, cue.end)) ? far : null);
  if (!head) return undefined;
  const comma = sentence.start + head.index;
  // The last word of conditions in the clause before the list.
  const clause = Math.max(sentence.start, ctx.boundaries.clauseStart(cue.sentence, comma - 1));
  let word: RegExpExecArray | null = null;
  const before = normal.slice(clause, comma);
  LISTED_CONDITIONS_WORD.lastIndex = 0;
  for (let m = LISTED_CONDITIONS_WORD.exec(before); m; m = LISTED_CONDITIONS_WORD.exec(before)) word = m;
  if (!word) return undefined;
  const start = clause + word.index + word[0].length - word[0].replace(/^[\s"«]+/, "").length;
  const end = clause + word.index + word[0].length;
  const conditions: Cue = { ...cue, topic: "geneva2_preconditions", stance: "conditional", start, end, owner: undefined, about: undefined };
  // (The wider side owning them too: «عدّد المسؤول الأمريكي شروط المعارضة، ومنها رحيل الأسد» lists the opposition's
  // demand, not his.)
  const setter = conditionsSetter(conditions, inSentence, ctx, true);
  if (!setter || (cue.about && overlaps(setter, cue.about))) return undefined;
  const judged = JUDGED_AFTER.test(normal.slice(end, comma + 1)) || REJECTED_BEFORE.test(normal.slice(clause, start));
  return { setter, judged };
}

/** Parties left unnamed («بعض», «عدة», «إحدى» and a word): those who set the conditions of a list, not the speaker. */
const UNNAMED_SETTERS = /(?:^|[\s"«])(?:بعض|عده|احدي)\s+[\u0621-\u064A]{3,}/;

/**
 * Whether the cue stands in a list of conditions (LIST_HEAD_BEFORE after a word of conditions in the clause before)
 * that parties left unnamed set, named between the clause's start and the list: «إصرار بعض المعارضين على شروط
 * مسبقة، من بينها |رحيل الأسد». Only asked where listedConditionsSetter found no one named.
 */
function listedAmongUnnamedConditions(cue: Cue, ctx: HolderContext): boolean {
  const { normal } = ctx;
  const sentence = ctx.sentences[cue.sentence]!;
  const lead = normal.slice(sentence.start, cue.start);
  const head = LIST_HEAD_BEFORE.exec(lead);
  if (!head) return false;
  const comma = sentence.start + head.index;
  const clause = Math.max(sentence.start, ctx.boundaries.clauseStart(cue.sentence, comma - 1));
  const before = normal.slice(clause, comma);
  let word: RegExpExecArray | null = null;
  LISTED_CONDITIONS_WORD.lastIndex = 0;
  for (let m = LISTED_CONDITIONS_WORD.exec(before); m; m = LISTED_CONDITIONS_WORD.exec(before)) word = m;
  if (!word) return false;
  // Those named a few words around the conditions, inside what is reported: not the speaker's company before his
  // «إن» («قال الجربا بعد لقائه بعض السفراء إن للائتلاف شروطاً، أولها …» are the Coalition's own).
  const near = before.slice(Math.max(0, word.index - 40));
  const opener = [...near.matchAll(REPORTED_OPENER)].pop();
  return UNNAMED_SETTERS.test(opener ? near.slice(opener.index! + opener[0].length) : near);
}
/** What opens a reported clause or a quotation: «إن/أن/بأن», a colon, a quotation mark. */
const REPORTED_OPENER = /(?:^|\s)(?:ان|انه|انها|بان)\s|[:"«]/g;

function nationalHolders(cue: Cue, ctx: HolderContext): Mention[] {
  const { normal } = ctx;
  const national = nationalStanceOf(ctx.lexicon);
  // The noun opens the cue or stands just before it, in its clause. The clause's start is looked for only when a
  // nationality stands in the 40 characters before the cue (within its sentence) or in the cue: the clause's part
  // of them holds none where they hold none.
  const to = Math.min(cue.end, cue.start + 60);
  const near = Math.max(cue.start - 40, ctx.sentences[cue.sentence]!.start);
  if (!national.any.test(normal.slice(near, to))) return metWith(cue, ctx);
  const from = Math.max(ctx.boundaries.clauseStart(cue.sentence, cue.start), near);
  const text = normal.slice(from, to);
  let found: RegExpExecArray | null = null;
  national.stance.lastIndex = 0;
  if (national.any.test(text)) for (let m = national.stance.exec(text); m; m = national.stance.exec(text)) found = m;
  if (!found) return metWith(cue, ctx);
  // «الحزب الذي استُبعد بضغط تركي "كان مستعداً للمشاركة دون شروط"»: pressure that caused something else before the
  // cue is no position on it (pressure inside the cue is: «سحب الدعوة جاء تحت ضغط أمريكي»).
  if (from + found.index < cue.start && CAUSE_PRESSURE.test(found[0])) return [];
  // «سحبها بعدما تعرض لضغط أمريكي، وبعدما هدد الائتلاف بمقاطعة المؤتمر …»: a party named between the adjective and
  // the cue, after a comma, is the subject of the cue's own clause; the adjective qualifies what stands before it.
  const adjectiveEnd = from + found.index + found[0].length;
  // «سحب الدعوة جاء تحت ضغط أمريكي ولن نقبل المشاركة بشروط»: a clause of «we» after the adjective is the speaker's.
  if (adjectiveEnd <= cue.start && opensInFirstPerson(normal.slice(cue.start, cue.end))) return [];
  // «انتقد لافروف الموقف السعودي |وقال إن| إيران يجب أن تشارك»: a verb of saying between them opens what another says.
  if (adjectiveEnd <= cue.start && ctx.frames.in(cue.sentence).some((f) => f.reporting && f.start >= adjectiveEnd && f.end <= cue.start))
    return [];
  if (
    adjectiveEnd <= cue.start &&
    /[،,]/.test(normal.slice(adjectiveEnd, cue.start)) &&
    ctx.mentions.in(cue.sentence).some((m) => m.start >= adjectiveEnd && m.start < cue.end && !m.place && !m.speakerOnly)
  )
    return [];
  // «انتقد المعلم استبعاد إيران، معتبراً أن سحب الدعوة منها "جاء تحت ضغط أمريكي"»: those who pressed for her
  // exclusion oppose her taking part (iran.oppose-pressure), whatever the one who blames them holds. (Not pressure for
  // her taking part, «الضغوط الروسية لإشراك إيران»: iran.pressed-in, the pressure the cue's own words.)
  if (cue.topic === "iran_participation" && cue.stance !== "oppose" && cue.rule !== PRESSED_IN_RULE && PRESSURE_NOUN.test(found[0]))
    return [];
  return adjectiveHolders(cue, found, from, national.table);
}

/** A particle, not a verb, before «أن» («بعد أن سحب بان الدعوة», «إن على الأمم المتحدة أن …»). */
const PARTICLE = /^[وف]?(?:بعد|قبل|منذ|حتي|عقب|اثر|ريثما|الي|ان|بان|لان|كما|حين|عندما|الا|لا|لن|لم|ما|اذا|لو|علي|من|مع|رغم)$/;
/** «أن/بأن» right after a verb, opening its clause (group 1: the spaces before it). */
const THAT_RIGHT_AFTER = /^(\s+)(?:ان|بان)\s/;
/**
 * A noun of demanding or calling (`nouns`, more than «مطالبة», «دعوة», «طلب»), its agent's one or two words, then «ل»
 * of the one asked: «مطالبة واشنطن |ل(طهران)». Also read in index.ts (the demand made of Iran).
 */
export const demandMadeOf = (nouns = "") =>
  `(?:^|\\s)[وفبل]?(?:ال)?(?:مطالبه|مطالبات|دعوه|دعوات|طلب${nouns})(?:\\s+[^\\s،,.؛:"]+){1,2}\\s+[وف]?ل`;
/** The one a demand (or pressure) is made of, right after it: «مطالبة واشنطن |لطهران». */
const DEMANDED_OF_BEFORE = new RegExp(`${demandMadeOf("|ضغوط")}$`);
/** The preposition «ل» joined to the name that follows («لطهران», «ولموسكو»). */
const PREPOSITION_L_BEFORE = /(?:^|\s)[وف]?ل$/;
/** A word opening a clause of time or contrast after a comma, right before a verb («، وبعدما», «، بينما», «، عندما»). */
const CLAUSE_OPENER_BEFORE = /[،,]\s*[وف]?(?:بعدما|بعد\s+ان|عندما|حينما|حين|لما|فيما|بينما)\s+$/;
/** Pressure named as a cause: «بضغط», «تحت ضغط», «بضغوط». */
const CAUSE_PRESSURE = /^\s?(?:ب|تحت\s+)(?:ال)?ضغو?ط/;
/** The rule of pressure for Iran's taking part (cues.json): its pressure noun's adjective holds it. */
const PRESSED_IN_RULE = "iran.pressed-in";
/** A noun of pressure among the stance nouns. */
const PRESSURE_NOUN = /^\s?[وبل]?(?:تحت\s+)?(?:ال)?ضغو?ط/;
/** A noun of rejection among the stance nouns. */
const REJECTION_NOUN = /^\s?[وبل]?(?:ال)?(?:رفض|اعتراض|معارضه|تحفظ)/;
/** How far after the cue its verb of meeting and the stance noun stand (characters, within the clause). */
const MET_WITH_REACH = 48;

/**
 * A verb of meeting with (MET_WITH) whose object, after the cue, is a stance noun qualified by
 * nationality adjectives: «لقيت دعوة إيران اعتراضاً سعودياً وأمريكياً», «وتواجه مشاركة إيران رفضاً أمريكياً». Only on
 * Iran's part, whose cue the rejection after it has already turned («oppose»): a cue on Assad or the conditions is not
 * turned by it («تواجه المطالبة برحيل الأسد رفضاً روسياً» is no demand of Russia's).
 */
function metWith(cue: Cue, ctx: HolderContext): Mention[] {
  if (cue.topic !== "iran_participation" || cue.stance !== "oppose") return [];
  return rejectionMet(cue, ctx);
}

/** The parties of the nationality adjectives on a noun of rejection that the cue meets with, after it. */
function rejectionMet(cue: Cue, ctx: HolderContext): Mention[] {
  const { normal } = ctx;
  const s = ctx.sentences[cue.sentence]!;
  const to = Math.min(s.end, cue.end + MET_WITH_REACH);
  const after = /^[^،,.؛;:!?؟]*/.exec(normal.slice(cue.end, to))![0];
  const national = nationalStanceOf(ctx.lexicon);
  if (!national.any.test(after)) return [];
  const from = ctx.boundaries.clauseStart(cue.sentence, cue.start);
  if (!MET_WITH.test(normal.slice(from, cue.start)) && !MET_WITH.test(after)) return [];
  national.stance.lastIndex = 0;
  const found = national.stance.exec(after);
  return found && REJECTION_NOUN.test(found[0]) ? adjectiveHolders(cue, found, cue.end, national.table) : [];
}

/**
 * The next clause naming the cue's proposal again and what it met: «… طرح جدول زمني لتنحي الأسد، لكن الاقتراح قوبل
 * برفض روسي وإيراني».
 */
const PROPOSAL_MET =
  /^[،,]\s*(?:(?:لكن|ولكن|غير\s+ان|الا\s+ان|و)\s+)?(?:هذا\s+|هذه\s+)?(?:ال)?(?:اقتراح|مقترح|طلب|مطلب|فكره|خطه|مبادره)\s+(?:[\u0621-\u064A]+\s+){0,2}?(?:قد\s+)?(?:لقي|لقيت|لاقي|لاقت|واجه|واجهت|قوبل|قوبلت|اصطدم|اصطدمت)\s+[^،,.؛;:!?؟]*/;

/** Those rejecting the cue's proposal named again in the clause after it (PROPOSAL_MET). */
function proposalMet(cue: Cue, ctx: HolderContext): Mention[] {
  const { normal } = ctx;
  const s = ctx.sentences[cue.sentence]!;
  const at = cue.end + /^[^،,.؛;:!?؟]*/.exec(normal.slice(cue.end, s.end))![0].length;
  const next = PROPOSAL_MET.exec(normal.slice(at, Math.min(s.end, at + 100)));
  const national = nationalStanceOf(ctx.lexicon);
  if (!next || !national.any.test(next[0])) return [];
  national.stance.lastIndex = 0;
  let found: RegExpExecArray | null = null;
  for (let m = national.stance.exec(next[0]); m; m = national.stance.exec(next[0])) found = m;
  return found && REJECTION_NOUN.test(found[0]) ? adjectiveHolders(cue, found, at, national.table) : [];
}

/** The parties of the nationality adjectives of `found` (a NationalStance.stance match in the text from `from`). */
function adjectiveHolders(cue: Cue, found: RegExpExecArray, from: number, table: ReadonlyMap<string, string>): Mention[] {
  const adjectives = found[1] ?? found[2]!;
  const holders = nationalityMentions(adjectives, from + found.index + found[0].length - adjectives.length, table);
  // «سحب الدعوة الإيرانية»: the Iranian invitation is the one sent to Iran, not hers (nor is a condition tied to it:
  // «سحب الدعوة الإيرانية كان شرطنا لحضور المؤتمر»).
  return INVITATION_NOUN.test(found[0]) ? holders.filter((m) => m.party !== "iran") : holders;
}

/**
 * A word of taking part or of exclusion right before Iran's name, a quotation mark allowed: «مشاركة طهران»,
 * «حضور إيران», «استبعاد طهران», «دعوة إيران».
 */
const HER_PART_BEFORE = /(?:^|[\s"])"?[وفبل]?(?:ال|لل)?(?:مشارك(?:ه|ت)|حضور|دعوه|اشراك|استبعاد|ابعاد|اقصاء|غياب|تمثيل)\s+"?$/;

/**
 * Iran named only as the one whose taking part a cue on another topic speaks of («قال إن "مشاركة طهران باتت لا غنى
 * عنها"، وإن القاهرة "ترفض وضع شروط مسبقة"», «أبلغونا أنهم يريدون حضور إيران، وأنهم يرفضون أي شروط»): the
 * genitive of her taking part, never the holder of the conditions or of Assad's fate (the Iran pass reads her own).
 */
function herPartOnly(cue: Cue, m: Mention, normal: string): boolean {
  return m.party === "iran" && cue.topic !== "iran_participation" && HER_PART_BEFORE.test(normal.slice(Math.max(0, m.start - 20), m.start));
}

/** «إن/أن» anywhere between a speaker's verb and what follows: what comes after it is a clause, not his verb's object. */
const THAT_BETWEEN = /(?:^|\s)(?:ان|بان|انه|انها)\s/;
/** A bare noun of position, what a speaker says of another («وأكد كيري |رفض| موسكو أي شروط»). */
const SAID_POSITION_NOUN = /^(?:رفض|ربط|مطالبه|اشتراط|اصرار|تمسك|معارضه|ترحيب)$/;

/** A noun of demanding or linking right before a name, its agent: «ربط |الائتلاف| مشاركته …», «مطالبة |الغرب| برحيل …». */
const DEMANDER_BEFORE = /(?:^|\s)[وفبل]?(?:ال)?(?:ربط|مطالبه|مطالبات|اشتراط|اصرار|تمسك)\s+"?$/;

/**
 * The agent of a demand a cue judges («اعتبر بوشكوف أن ربط |الائتلاف| مشاركته في المؤتمر برحيل الأسد أمر غير واقعي»):
 * the one whose demand it is, not the one judging it, so never the holder of the judgement (the demand itself is
 * read as his by its own cue).
 */
function demandOwnerOnly(cue: Cue, m: Mention, normal: string): boolean {
  return judgesDemand(cue) && demanderAt(m, normal);
}

/**
 * A judgement of an act opening its clause, up to its «أن»: «من غير المقبول أن», «ليس من المنطقي أن», «لا يجوز أن»
 * (not «لا يحق له أن»: he is the subject).
 */
const JUDGED_THAT =
  /(?:^|[\s"«])(?:(?:ليس|من\s+غير)\s+(?:من\s+)?(?:المقبول|المنطقي|المعقول|المبرر|الطبيعي|الجائز)|(?:من\s+)?(?:المرفوض|المستغرب|المعيب)|لا\s+(?:يجوز|ينبغي))\s+(?:ب)?ان\s+/g;

/**
 * The subject of an act a judgement opening the cue's clause passes on (JUDGED_THAT): named right after «أن» (SVO) or
 * right after the act's verb there (VSO), the cue in the same clause: «من غير المقبول أن يربط |وفد الرياض| عودته …
 * بشروط», «ليس من المنطقي أن تشترط |المعارضة| رحيل الأسد».
 */
function judgedActorOf(cue: Cue, inSentence: readonly Mention[], ctx: HolderContext): Mention | undefined {
  const { normal, words } = ctx;
  const sentence = ctx.sentences[cue.sentence]!;
  const from = Math.max(sentence.start, cue.start - 100);
  const head = normal.slice(from, cue.start + 1);
  if (!head.includes("ان ")) return undefined;
  let found: RegExpExecArray | null = null;
  JUDGED_THAT.lastIndex = 0;
  for (let m = JUDGED_THAT.exec(head); m; m = JUDGED_THAT.exec(head)) found = m;
  if (!found) return undefined;
  const thatEnd = from + found.index + found[0].length;
  if (thatEnd > cue.start + 1 || /[،,.؛:]/.test(normal.slice(thatEnd, cue.start))) return undefined;
  const verbEnd = thatEnd + (/^\S+/.exec(normal.slice(thatEnd))?.[0].length ?? 0);
  return inSentence.find(
    (m) =>
      !m.place &&
      m.start < cue.end + 40 &&
      !(cue.topic === "iran_participation" && m.party === "iran") &&
      // («من غير المعقول أن يلعب الأسد أي دور»: the one whose role is judged acts nothing of his own.)
      !(cue.about && overlaps(m, cue.about)) &&
      !(cue.topic === "assad_role" && m.party === "syrian_government" && m.person) &&
      (m.start === thatEnd || (m.start >= verbEnd && words.within(verbEnd, m.start, 0))),
  );
}

/** Whether cue judges or turns a demand: the opposite of one (may stay, unconditional) by a judging rule. */
function judgesDemand(cue: Cue): boolean {
  return (cue.stance === "may_stay" || cue.stance === "unconditional") && JUDGING_RULE.test(cue.rule);
}

/** Whether m is named right after a noun of demanding or linking (DEMANDER_BEFORE), its agent. */
function demanderAt(m: Mention, normal: string): boolean {
  return DEMANDER_BEFORE.test(normal.slice(Math.max(0, m.start - 14), m.start));
}

/** The sentence's main subject before the cue: its first named party that is no place, object or speaker-only name. */
function mainSubject(cue: Cue, inSentence: readonly Mention[], ctx: HolderContext): Mention | undefined {
  const { normal, lexicon } = ctx;
  // («في وقت بدأ فيه دي ميستورا الاستعداد لتسلم مهمته، وضع البحرة سقفاً …، مؤكداً أن …»: not one named in a clause of
  // time opening the sentence.)
  const from = ctx.sentences[cue.sentence]!.start;
  const whileEnd = whileClauseEnd(normal, from, cue.start);
  const subjectFrom = (start: number) =>
    inSentence.find(
      (m) =>
        m.end <= cue.start &&
        m.start >= start &&
        !m.speakerOnly &&
        !isLocative(normal, lexicon, m) &&
        !lexicon.objectBefore.test(normal.slice(Math.max(0, m.start - 16), m.start)) &&
        !objectOfUnnamedSubject(normal, m) &&
        !herPartOnly(cue, m, normal) &&
        !OBJECT_AFTER_PLURAL_SUBJECT.test(normal.slice(Math.max(0, m.start - 40), m.start)) &&
        !ownerInObjectBeforeParticiple(normal, m, cue.start) &&
        // («وقال الوزير خلال لقائه نظيره الروسي إن …»: not the one met in the speaker's own meeting.)
        !metBySpeaker(normal, m) &&
        // («قال قائد ميداني إن "الهدنة انتهت، والنظام لم يلتزم بها"، مضيفاً: "لا يمكن أن نقبل …"»: not one named inside
        // the quotation closed before a participle of saying and its colon; the words after them are the speaker's.)
        !QUOTED_THEN_SAYING_COLON.test(normal.slice(m.end, cue.start)),
    );
  // (Where the main clause names no one, «في حين كان الجربا يتحدث …، أكد أن …», the one in the clause of time is its
  // subject too.)
  return whileEnd === undefined ? subjectFrom(from) : (subjectFrom(whileEnd) ?? subjectFrom(from));
}

/** A clause of time or contrast opening a sentence, up to its comma: «في وقت بدأ فيه …،», «بينما …،», «في حين …،». */
const WHILE_CLAUSE_OPENING = /^\s*[وف]?(?:في\s+(?:ال)?وقت(?:\s+الذي)?|بينما|في\s+حين)\s+[^،,.؛:"«]{1,160}[،,]/;
/** Where a clause of time or contrast opening the sentence at `from` ends, before `to` (WHILE_CLAUSE_OPENING), if any. */
function whileClauseEnd(normal: string, from: number, to: number): number | undefined {
  const opening = WHILE_CLAUSE_OPENING.exec(normal.slice(from, Math.max(from, to)));
  return opening ? from + opening[0].length : undefined;
}
/** A verbal noun of position or demand whose agent is named right after it: «اشتراط |باريس», «مطالبة |الائتلاف». */
const POSITION_NOUN_RIGHT_BEFORE =
  /(?:^|\s)[وفبل]?(?:ال)?(?:اشتراط|مطالبه|مطالبات|رفض|اصرار|تمسك|موقف|مواقف|تصريحات|تصريح|قرار|اعلان|شروط|مطالب|دعوات)\s+$/;
/** A participle of saying after a comma, then «أن»: «، مؤكداً أن», «، معتبرة أن» (what the sentence's subject says). */
const PARTICIPLE_OF_SAYING_AFTER_COMMA =
  /[،,]\s*(?:مؤكدا|مؤكده|مشددا|مشدده|معتبرا|معتبره|مضيفا|مضيفه|موضحا|موضحه|لافتا\s+الي|لافته\s+الي|مشيرا\s+الي|مشيره\s+الي)\s+(?:ان|انه|انها|بان)(?![\u0621-\u064A])/;

/**
 * Whether `m` is only the agent of a position the sentence's subject speaks of («واستغرب المصدر اشتراط |باريس| أن …»),
 * with a participle of saying after a comma between it and the cue («، مؤكداً أن |إيران …|»): what follows is the
 * subject's, not the agent's.
 */
function ownerInObjectBeforeParticiple(normal: string, m: Mention, cueStart: number): boolean {
  return (
    POSITION_NOUN_RIGHT_BEFORE.test(normal.slice(Math.max(0, m.start - 16), m.start)) &&
    PARTICIPLE_OF_SAYING_AFTER_COMMA.test(normal.slice(m.end, cueStart))
  );
}

/**
 * Whether a relative clause on `m` is one of saying whose verb carries m's pronoun after a preposition, then «أن»:
 * «محطة طهران |التي أكد خلالها أن| …» names the place of the saying, someone else the one who says it. (Not a verb
 * of another kind: «روسيا التي اتصل بها أمس تصر على …» is still the subject of what follows the clause.)
 */
function placeOfRelative(normal: string, m: Mention): boolean {
  const rel = /^\s*(?:التي|الذي|الذين)\s+(?:(?:لا|لم|لن|قد|ما)\s+)?[\u0621-\u064A]+/.exec(normal.slice(m.end, m.end + 32));
  if (!rel) return false;
  const verbStart = m.end + rel[0].length - /[\u0621-\u064A]+$/.exec(rel[0])![0].length;
  const after = normal.slice(m.end + rel[0].length, m.end + rel[0].length + 24);
  return resumptiveAfter(normal.slice(m.end, verbStart), after) && REPORT_AFTER_RESUMPTIVE.test(after);
}

/** A preposition with a pronoun, then «أن/إن»: «أكد خلالها |أن|». */
const REPORT_AFTER_RESUMPTIVE = /^\s+\S+\s+(?:ان|انه|انها|بان)(?![\u0621-\u064A])/;

/**
 * The passive participle of inviting after a name (up to three words between, none of them «أن»: «وأكدت إيران أنها
 * مدعوة» is her own saying): «الحكومة السورية والمعارضة |مدعوتان|», «جميع الأطراف |مدعوة|».
 */
const INVITED_AFTER =
  /^(?:\s+(?!(?:ان|انه|انها|انهم|بان)(?:\s|$))[^\s،,.؛:"]+){0,3}?\s+(?:مدعو|مدعوه|مدعوان|مدعوتان|مدعوتين|مدعوين|مدعوون)(?![\u0621-\u064A])/;
/** INVITED_AFTER in normal[from, to), run only where «مدعو» occurs there. */
function invitedAfter(normal: string, from: number, to: number): boolean {
  const text = normal.slice(from, to);
  return text.includes("مدعو") && INVITED_AFTER.test(text);
}

/**
 * A verb and a plural subject the lexicon does not know, right before a name: the name is the verb's object
 * («يدعو الوزراء إيران إلى سحب قواتها», «وطالب المجتمعون روسيا بـ…»), never the sentence's subject.
 */
const OBJECT_AFTER_PLURAL_SUBJECT = /(?:^|\s)[وف]?(?:[يت][\u0621-\u064A]{2,}|[\u0621-\u064A]{3,5})\s+ال[\u0621-\u064A]{2,}(?:ون|ين|اء)\s+$/;

/**
 * «أن/إن/بأن» opening a reported clause right before its subject (through «ما يسمى» and a quotation mark), or before
 * the partners or brothers in it («أن الشركاء في الولايات المتحدة ما زالوا يعترضون», «إن "شركاءنا الأمريكيين …"»), or
 * the delegation of a party («إن وفد الائتلاف "جاء …"»), or «حتى» (even) before them («إن "حتى الأمريكيين باتوا يقرون …"»).
 */
const THAT_SUBJECT =
  /(?:^|\s)[وف]?(?:ان|بان)\s+"?\s*(?:حتي\s+)?(?:وفد\s+)?(?:ما\s+(?:يسمي|تسمي)\s+)?(?:(?:ال)?(?:شركاء|اشقاء|حلفاء|اصدقاء)(?:نا)?\s+(?:في\s+)?)?"?\s*$/;
/** Auxiliaries between a subject and its verb: «باتت», «لم تعد», «ما زالت», «قد», «لن». */
const AUXILIARY =
  "(?:قد|بات|باتت|باتوا|اصبح|اصبحت|اصبحوا|صار|صارت|صاروا|كان|كانت|كانوا|لم\\s+[يت]عد|لم\\s+يعودوا|ما\\s+زال|ما\\s+زالت|ما\\s+زالوا|لا\\s+[يت]زال|لا\\s+يزالون|لن|لا|لم|سوف)";
/**
 * Verbs of coming and going in the past, masculine («الوفد الرسمي جاء إلى جنيف بلا شروط», «وفد الائتلاف ذهب إلى …»):
 * a delegation's arrival names the terms it came on. (Other masculine past verbs stay out: a bare stem reads as a noun.)
 */
const CAME_PAST = "(?:جاء|ذهب|حضر|اتي|عاد|وصل|توجه)";
/**
 * The verb opening the predicate of a name: of the present tense, third person (not a modal, «يجب», «ينبغي»), or of
 * the past with the ending of the feminine or the plural («وقفت», «هددوا»; not a plural noun in «ات»).
 */
const PREDICATE_VERB = new RegExp(
  `^(?:\\s*"\\s*|\\s+)(?:${AUXILIARY}\\s+)*(?:س?[يت](?!(?:جب|نبغي|تعين|حق|جاه|حت|ماما|ضطر)(?![\\u0621-\\u064A]))[\\u0621-\\u064A]{2,}|(?!ال)[\\u0621-\\u064A]{1,5}[^ا\\s]ت|(?!ال)[\\u0621-\\u064A]{2,5}وا|${CAME_PAST})(?=[\\s"،,.]|$)`,
);
/**
 * A verb of pressing, urging, telling or demanding in the past, masculine, right after a person named as the subject:
 * «(نقلت مصادر في المعارضة أن) كيري |ضغط على الوفد …», «أن لافروف |حثه على …», «أن كيري |أجرى اتصالاً … »
 * (PREDICATE_VERB leaves the masculine past out, which may be a noun after a name: «أن كيري وزير …»).
 */
const PERSON_PAST_VERB =
  /^\s+(?:قد\s+)?(?:ضغط|حث|حثه|حثها|حثهم|ابلغ|ابلغه|ابلغها|ابلغهم|طلب|اجري|مارس|نصح|هدد|دفع|اشترط|طالب|دعا|اصر|تمسك)(?=[\s"،,.]|$)/;
/** A verb of knowing and «جيداً», «تماماً» or «يقيناً» opening the subject's predicate: «تعلم جيداً أن», «يدركون تماماً أن». */
const KNOWS_WELL =
  /^\s*"?\s*(?:[يت](?:علم|عرف|درك)(?:ون|ان)?|علمت|عرفت|ادركت)\s+(?:(?:جيدا|تماما|يقينا|حق\s+المعرفه)\s+)(?:ان|بان|انه|انها)(?:\s|$)/;
/** A passive participle of asking («مطالبة بـ», «مدعوة إلى»): what someone else asks of the subject. */
const ASKED_OF = /^[وفبل]?(?:مطالب|مدعو|ملزم|مطلوب|مضطر)/;
/** A reported clause nested in the subject's predicate («يتفهمون |أن| …», «تدرك |بأن| …»). */
const NESTED_THAT = /(?:^|\s)(?:ان|بان|انه|انها)\s/;
/**
 * What ends the subject's clause before the cue: a comma («…، وأن …», «…، مطالباً …»: the speaker may speak again
 * there), a contrast («إلا أنه أشار …»), a relative clause on something else («المؤتمر الذي لن تشارك فيه إيران»).
 */
const CLAUSE_ENDS = /[،,؛;:]|(?:^|\s)(?:الا|لكن|لكنه|لكنها|ولكن|غير\s+ان|بيد|الذي|التي|الذين|والذي|والتي|والذين)(?=\s|$)/;
/**
 * A comma, then the subject's own verb of urging or telling with its object pronoun, maybe after «وأنه»: «أن كيري أجرى
 * اتصالاً بحجاب|، حثه| فيه على …», «أن كيري مارس ضغوطاً|، وأنه حثه| على …»: his clause goes on past the comma.
 */
const SAME_SUBJECT_GOES_ON =
  /[،,]\s*(?:وانه\s+)?(?:حثه|حثها|حثهم|ابلغه|ابلغها|ابلغهم|طالبه|طالبها|طالبهم|دعاه|دعاها|دعاهم|نصحه|نصحها|نصحهم)(?=\s)/g;
/** Rules of a cue that judges what it names («غير واقعي», «مرفوض», «تعجيزية»), or reads a rejection. */
const JUDGING_RULE = /(?:turned|rejected|described|judged|unrealistic|unacceptable|reject|negated|referred)/;

/**
 * The subject of the reported clause («أن X يفعل …») that holds the cue: a party named right after «أن/إن/بأن», then
 * its verb, the cue in that clause (no boundary, no new clause after a comma, no other speaker between). A cue that
 * judges what it names is the subject's only inside a clause nested in its predicate («أن واشنطن باتت تدرك أن مطلب
 * رحيل الأسد غير واقعي»); otherwise the judge is the one reporting («قال المعلم إن المعارضة تضع شروطاً تعجيزية»).
 */
function reportedClauseSubject(cue: Cue, inSentence: readonly Mention[], ctx: HolderContext): Mention | undefined {
  const { normal, lexicon, boundaries } = ctx;
  const sentence = ctx.sentences[cue.sentence]!;
  const subject = findLast(
    inSentence,
    (m) =>
      m.end <= cue.start &&
      m.start > sentence.start &&
      !isPlaceOfHisFate(m, normal) &&
      THAT_SUBJECT.test(normal.slice(Math.max(sentence.start, m.start - 20), m.start)) &&
      !isLocative(normal, lexicon, m),
  );
  if (!subject) return undefined;
  // («أن الحكومة السورية والمعارضة مدعوتان للحضور "من دون شروط مسبقة"»: those invited hold nothing of it.)
  if (invitedAfter(normal, subject.end, Math.min(cue.start, subject.end + 60))) return undefined;
  // («أن السعودية وقطر تبذلان …»: the predicate comes after the names joined to the subject by «و».)
  const listEnd = joinedWith(subject, inSentence, ctx, cue.start).at(-1)?.end ?? subject.end;
  const predicate =
    PREDICATE_VERB.exec(normal.slice(listEnd, Math.min(sentence.end, listEnd + 40))) ??
    // (Only in another party's report in the sentence, «نقلت مصادر في الهيئة أن كيري ضغط …»: not a rumour no one
    // named spreads, «هناك من يقول إن كيري ضغط …».)
    (subject.person && ctx.frames.in(cue.sentence).some((f) => f.start < subject.start && f.speaker.party !== subject.party)
      ? PERSON_PAST_VERB.exec(normal.slice(subject.end, Math.min(sentence.end, subject.end + 24)))
      : null);
  const stanceNext =
    !predicate &&
    matchesIn(lexicon.stanceWord, normal, listEnd, Math.min(sentence.end, listEnd + 24)).some(
      (w) => ctx.words.within(listEnd, w.index, 0) && !ASKED_OF.test(w.text),
    );
  if (!predicate && !stanceNext) return undefined;
  // «إن "واشنطن تعلم جيداً أن أي حل من دون إيران لن ينجح"»: knowing «well» or «full well» what the speaker asserts
  // is his charge against the subject, not its stated position (unlike «باتت تدرك أن …», come to see it).
  if (KNOWS_WELL.test(normal.slice(listEnd, Math.min(sentence.end, listEnd + 40)))) return undefined;
  const between = normal.slice(subject.end, cue.start);
  if (boundaries.crosses(subject.end, cue.start) || CLAUSE_ENDS.test(between.replace(SAME_SUBJECT_GOES_ON, " "))) return undefined;
  // «أكد فابيوس أن الأسد |لا يمكن أن يقود| المرحلة الانتقالية |واشترط| …»: a verb of the past joined by «و» after a
  // reported clause in the present goes on with the one reporting, not with the clause's subject.
  if (PRESENT_RIGHT_AFTER.test(normal.slice(subject.end, subject.end + 16)) && JOINED_PAST_MASCULINE_BETWEEN.test(between))
    return undefined;
  // «إن "النظام يريد حكومة وحدة وطنية، ولن نقبل بأي حل يبقي الأسد"»: the speaker's own clause in the first person
  // opens between them; the cue is his.
  if (WE_OPEN_BETWEEN.test(between)) return undefined;
  // A name between them that opens a clause of its own («أن موسكو تتمسك بالأسد |والائتلاف| يصر على رحيله») or stands
  // right before the cue is its subject, not this one (a name joined to this one by «و» is of its list).
  let prev = subject;
  for (const m of inSentence) {
    if (m.start < subject.end || m.end > cue.start || m === subject || m.place || (cue.about && overlaps(m, cue.about))) continue;
    const joined = prev.end <= m.start && AND.test(normal.slice(prev.end, m.start));
    if (joined) {
      prev = m;
      continue;
    }
    if (/(?:^|\s)و$/.test(normal.slice(Math.max(0, m.start - 2), m.start)) || ctx.words.within(m.end, cue.start, 0)) return undefined;
  }
  // Not the one the cue is about («أن الأسد يجب أن يرحل»), nor the one speaking in the first person near it.
  if (cue.about && overlaps(subject, cue.about)) return undefined;
  if (FIRST_PERSON_NEAR.test(normal.slice(Math.max(subject.end, cue.start - 24), cue.end))) return undefined;
  // Another speaker between them speaks the cue (not one the cue names: «ورفضت وجود طهران» is no frame of Tehran's).
  if (
    ctx.frames
      .in(cue.sentence)
      .some((f) => f.start >= subject.end && f.start < cue.start && f.speaker !== subject && !overlaps(f.speaker, cue))
  )
    return undefined;
  const judged = JUDGING_RULE.test(cue.rule) || JUDGING.test(normal.slice(cue.start, cue.end));
  if (judged && !NESTED_THAT.test(between)) return undefined;
  return subject;
}

/**
 * Parties left unnamed, then those named among them, right before the first of the list: «بعض الأطراف، ومنها |تركيا»,
 * «بعض الدول، ومن بينها», «عدة عواصم، وفي مقدمتها», «بعض الدول مثل».
 */
const UNNAMED_LIST_HEAD =
  /(?:^|[\s"«])(?:بعض|عده|احدي)\s+(?:ال)?(?:اطراف|دول|جهات|عواصم|قوي|بلدان|حكومات)(?:\s+ال[\u0621-\u064A]+){0,2}\s*[،,]?\s*(?:و?منها|و?من\s+بينها|و?في\s+مقدمتها|و?علي\s+راسها|مثل)\s+$/;
/** From the last of the list to the cue: the comma closing it, auxiliaries, the list's verb and its preposition. */
const LIST_TO_CUE = new RegExp(`^\\s*[،,]?\\s*(?:${AUXILIARY}\\s+)*(?:[يت][\\u0621-\\u064A]{2,}(?:\\s+(?:علي|الي|في|ان|بان))?\\s+)?["«]?$`);
/** Two names of one list: «و» or a comma between them. */
const LIST_JOINED = /^\s*(?:[،,]\s*)?و?\s*$/;

/**
 * «قال لافروف إن "بعض الأطراف، ومنها تركيا والسعودية، لا تزال تصر على رحيل الأسد"»: the parties named among unnamed
 * ones (UNNAMED_LIST_HEAD), the subject of the cue's clause, hold what it says — inside another's words too, as he
 * reports it; not he.
 */
function listedAmongUnnamed(cue: Cue, inSentence: readonly Mention[], ctx: HolderContext): Mention[] {
  const before = listedBeforeAmongUnnamed(cue, inSentence, ctx);
  return before.length > 0 ? before : listedAfterUnnamed(cue, inSentence, ctx);
}

/** listedAmongUnnamed for a list named before the cue. */
function listedBeforeAmongUnnamed(cue: Cue, inSentence: readonly Mention[], ctx: HolderContext): Mention[] {
  const { normal, lexicon } = ctx;
  const sentence = ctx.sentences[cue.sentence]!;
  let k = inSentence.length - 1;
  while (k >= 0 && inSentence[k]!.end > cue.start) k--;
  const last = inSentence[k];
  if (!last || last.start < sentence.start || cue.start - last.end > 40 || !LIST_TO_CUE.test(normal.slice(last.end, cue.start))) return [];
  // (Not a cue judging what it names, «تضع شروطاً تعجيزية»: the judge is the one speaking.)
  if (JUDGING_RULE.test(cue.rule) || JUDGING.test(normal.slice(cue.start, cue.end))) return [];
  const members = [last];
  for (let j = k - 1; j >= 0; j--) {
    const m = inSentence[j]!;
    if (m.start < sentence.start || !LIST_JOINED.test(normal.slice(m.end, members[0]!.start))) break;
    members.unshift(m);
  }
  const first = members[0]!;
  if (!UNNAMED_LIST_HEAD.test(normal.slice(Math.max(sentence.start, first.start - 64), first.start))) return [];
  return members.filter((m) => !isLocative(normal, lexicon, m) && !(cue.about && overlaps(m, cue.about)));
}

/** Parties left unnamed and a relative clause on them up to the cue: «بعض الدول التي سعت طويلاً إلى |إبعاد إيران». */
const UNNAMED_THAT_BEFORE =
  /(?:^|[\s"«])(?:بعض|عده|احدي)\s+(?:ال)?(?:اطراف|دول|جهات|عواصم|قوي|بلدان|حكومات)(?:\s+ال[\u0621-\u064A]+){0,2}\s+(?:التي|الذين)\s[^،,.؛:!?؟]{0,100}$/;
/** Right after the cue's clause, a comma and the words naming some of them: «، وفي مقدمتها |», «، ومنها |». */
const AMONG_THEM_NEXT = /^[^،,.؛:!?؟]{0,60}[،,]\s*(?:و?منها|و?من\s+بينها|و?في\s+مقدمتها|و?علي\s+راسها)\s+$/;

/**
 * «إن بعض الدول التي سعت طويلاً إلى إبعاد إيران عن الطاولة، وفي مقدمتها السعودية، …»: the parties named among unnamed
 * ones after the relative clause the cue is in hold what it says, as listedAmongUnnamed reads them before it.
 */
function listedAfterUnnamed(cue: Cue, inSentence: readonly Mention[], ctx: HolderContext): Mention[] {
  const { normal, lexicon } = ctx;
  const sentence = ctx.sentences[cue.sentence]!;
  if (!UNNAMED_THAT_BEFORE.test(normal.slice(Math.max(sentence.start, cue.start - 140), cue.start))) return [];
  const next = inSentence.find((m) => m.start >= cue.end && AMONG_THEM_NEXT.test(normal.slice(cue.end, m.start)));
  if (!next) return [];
  const members = [next];
  for (let j = inSentence.indexOf(next) + 1; j < inSentence.length; j++) {
    const m = inSentence[j]!;
    if (!LIST_JOINED.test(normal.slice(members[members.length - 1]!.end, m.start))) break;
    members.push(m);
  }
  return members.filter((m) => !isLocative(normal, lexicon, m) && !(cue.about && overlaps(m, cue.about)));
}

/**
 * A plural or dual noun taking up the parties named before it, as the subject of the cue's clause (its verb before or
 * after it, the verb's preposition or «أن» up to the cue): «إذ تقبل |العواصم الثلاث| ببقائه», «فالدولتان ترفضان …»,
 * «العاصمتان»; group 1 the dual, group 2 the number of a plural.
 */
const RESUMING_SUBJECT = new RegExp(
  `(?:^|\\s)[وف]?(?:(?:اذ|حيث)\\s+)?(?:(?:${AUXILIARY}\\s+)*[يت][\\u0621-\\u064A]{2,}\\s+)?[وف]?ال(?:(دولتان|دولتين|عاصمتان|عاصمتين|طرفان|طرفين|بلدين)|(?:عواصم|دول|اطراف|بلدان)\\s+(?:ال)?(ثلاث|ثلاثه|اربع|اربعه))(?:\\s+(?:${AUXILIARY}\\s+)*[يت][\\u0621-\\u064A]{2,}(?:\\s+(?:علي|الي|في|ان|بان))?)?\\s+["«]?$`,
);

/**
 * «تقف واشنطن ولندن وباريس في منطقة وسطى، إذ تقبل العواصم الثلاث ببقاء الأسد …»: a plural or dual noun taking up the
 * parties named together before it in its sentence (RESUMING_SUBJECT), the subject of the cue's clause: the last two
 * (dual) or three or four of them joined by «و» or commas hold what it says.
 */
function resumedList(cue: Cue, inSentence: readonly Mention[], ctx: HolderContext): Mention[] {
  const { normal, lexicon } = ctx;
  const sentence = ctx.sentences[cue.sentence]!;
  const from = Math.max(sentence.start, cue.start - 56);
  // (A cheap look first: a dual's «تان/تين/ان/ين» or a number word must stand in the words before the cue.)
  const window = normal.slice(from, cue.start);
  if (!/ال(?:دولت|عاصمت|طرف|بلدين|عواصم|دول|اطراف|بلدان)/.test(window)) return [];
  const resumed = RESUMING_SUBJECT.exec(window);
  if (!resumed) return [];
  const count = resumed[1] ? 2 : /^ثلاث/.test(resumed[2]!) ? 3 : 4;
  const at = from + resumed.index;
  let k = inSentence.length - 1;
  while (k >= 0 && inSentence[k]!.end > at) k--;
  const run: Mention[] = [];
  for (; k >= 0 && run.length < count; k--) {
    const m = inSentence[k]!;
    if (m.start < sentence.start || isLocative(normal, lexicon, m)) break;
    if (run.length > 0 && !LIST_JOINED.test(normal.slice(m.end, run[0]!.start))) break;
    run.unshift(m);
  }
  return run.length === count && new Set(run.map((m) => m.party)).size === count ? run : [];
}

/** The names joined to a holder by «و» right after it («أن روسيا وإيران ترفضان …»). */
function joinedWith(holder: Mention, inSentence: readonly Mention[], ctx: HolderContext, before: number): Mention[] {
  const out: Mention[] = [];
  let prev = holder;
  for (let k = inSentence.indexOf(holder) + 1; k > 0 && k < inSentence.length; k++) {
    const m = inSentence[k]!;
    if (m.end > before || m.place || !AND.test(ctx.normal.slice(prev.end, m.start))) break;
    out.push(m);
    prev = m;
  }
  return out;
}
