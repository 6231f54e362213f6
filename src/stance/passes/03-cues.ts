// Pass 3: topic cues. Phrase rules from the cue data, plus the two compositional cues: Iran's participation
// (a participation word + Iran, judged by the triggers around it) and Assad's removal inside a condition.
import type { KeywordPresence } from "../../text/keywords";
import { isWhiteSpace, type Sentence, type WordIndex } from "../../text/sentences";
import { ruleCandidates, type CompiledRule, type Lexicon } from "../lexicon";
import type { Stance, Topic } from "../types";
import { findMentions, type Mention, type SentenceMentions } from "./01-actors";
import { findLast, isLocative, type ClauseBoundaries } from "./02-speakers";
import {
  ABSENT_IN_RELATIVE_LEAD,
  CONDITION_ADJECTIVES,
  DEBATE_ABOUT_BEFORE,
  HELD_ON_AFTER,
  IN_IT_AFTER_WORD,
  INSTEAD_WORD,
  JUDGING_BEFORE,
  pastAsideAt,
  RATHER,
  REJECTED_CONDITIONS_LISTING,
} from "./03-shared";
import { nationalityOf } from "./nationality";
import { matchesIn, type Hit } from "./scan";
import { lastMatch, lowerBound } from "./search";

export interface Cue {
  rule: string;
  topic: Topic;
  stance: Stance;
  /** Normal offsets of the cue words. */
  start: number;
  end: number;
  sentence: number;
  weight: number;
  holder?: "subject";
  /** Normal offsets of the one the cue is about («تنحي الرئيس بشار الأسد»): never its holder. */
  about?: { start: number; end: number };
  /**
   * What the last one named before it did («… بان كي مون الدعوة التي وجهها إلى إيران»: his invitation): that one
   * holds it even as the subject of another's condition.
   */
  heldByAgent?: boolean;
  /** Where the cue's owner is named after it («الشروط التي وضعتها المعارضة», «استبعاد إيران من قبل واشنطن»). */
  owner?: { start: number; end: number };
  /** Holders fixed by the cue itself (Iran lists: «لكن الولايات المتحدة والسعودية … يرفضون»). */
  holders?: Mention[];
  /**
   * The party the cue names only as its holder's own country («بلاده تريد المشاركة»), or the actor who speaks of
   * himself («قال الأسد: لن أتنحى»): no other holds it.
   */
  selfOf?: string;
  /** The cue this one depends on (Assad's removal named inside a condition takes the condition's holder). */
  parent?: Cue;
  /** What someone is accused of («اتهم المعلم السعودية بالإصرار على رحيل الأسد»): the accused holds it, or no one. */
  accusedOnly?: boolean;
  /**
   * Its stance already reads the judgement right after its words («استبعاد إيران خطأ»: her exclusion judged, so her
   * taking part wanted): a describing verb before it («معتبراً أن …») passes no second judgement on it.
   */
  judgedAfter?: boolean;
  /**
   * The stance of a phrase cue on the same topic in another report of the same sentence, the speaker's own after a
   * participle of saying («…، مؤكداً أن موسكو ترفض أي شروط»): a party holding that one does not hold this one too.
   */
  yieldsTo?: Stance;
}

const CONTRARY: Partial<Record<string, string>> = { conditional: "unconditional" };

/** A sentence opening with what it is about, up to here, no comma nor reported clause yet: «وحول …», «وبشأن …». */
const TOPIC_OPENING =
  /^\s*[وف]?(?:حول|بشان|بخصوص|فيما\s+(?:يتعلق|يتصل)\s+ب|في\s+ما\s+(?:يتعلق|يتصل)\s+ب|وعن|تعليقا\s+علي|ردا\s+علي\s+سؤال\s+(?:عن|حول))(?:(?!\s(?:ان|انه|انها|بان)\s)[^،,:؛."])*$/;

/**
 * The verbal noun of extending an invitation or of accepting her, or a call with its owner's pronoun, as a support
 * trigger (cues.json iran.supportTriggers): «توجيه (دعوة)», «قبول (مشاركة إيران)», «دعوتها (إلى)».
 */
const ADMITTING_NOUN = /^[وفبل]?(?:(?:ال)?(?:توجيه|قبول)|دعوت(?:ها|ه|هم|نا))\s/;

/** Her being able, right after her name: «(إيران) يمكن أن (تكون)», «بإمكانها أن». */
const CAN_GAP = /^\s*"?\s*(?:يمكن|يمكنها|بامكانها|تستطيع)\s+(?:لها\s+)?ان\s+(?:[يت]كون\s+)?$/;
/** A negated verb of believing and «أن» right before her name: «لا نرى أن |إيران», «لا نعتقد بأن |طهران». */
const NEGATED_BELIEF_BEFORE = /(?:^|[\s"«])[وف]?(?:لا|لم|لسنا|لست)\s+(?:[نيتا](?:ري|عتقد|ظن|تصور)|مقتنع(?:ين|ون)?)\s+(?:ب)?ان\s*"?\s*$/;
/** A relative clause opening right after her name (a comma before it allowed): «إيران |التي ترسل …». */
const RELATIVE_OPENS_ON_HER = /^\s*[،,]?\s*(?:التي|الذي)\s/;
/** Where a main clause's modal or negation opens: «لا يمكن», «لا يحق», «لن تكون», «يجب», «من الطبيعي» … */
const MAIN_MODAL_OPENS =
  /(?<=^|[\s،,"«])(?:[وف]?(?:لا|لن|ليس|ليست)\s+(?:يمكن|يحق|ينبغي|يجب|يجوز|[يت]كون)|[وف]?(?:يجب|ينبغي|يمكن|يحق|من\s+حقها|من\s+الطبيعي))(?=\s)/g;
/**
 * Past a relative clause on her (RELATIVE_OPENS_ON_HER) up to `to`, the last place a main clause's modal or negation opens
 * (MAIN_MODAL_OPENS), where her predicate starts; `from` itself where no relative clause opens or no such word follows.
 */
function pastRelativeOnHer(normal: string, from: number, to: number): number {
  const text = normal.slice(from, Math.max(from, to));
  if (!RELATIVE_OPENS_ON_HER.test(text)) return from;
  let at = -1;
  for (const m of text.matchAll(MAIN_MODAL_OPENS)) at = m.index;
  return at > 0 ? from + at : from;
}

/** A finite verb of accepting among the support triggers (cues.json iran.supportTriggers): «قبلت», «تقبل», «قبلوا». */
const ACCEPTING_VERB = /^(?:قبلت|قبلوا|قبلنا|قبلتا|[يتن]قبل(?:ون|ان)?)\s*$/;

/** The words of taking part a verb of accepting governs: her taking part, attending, invitation or joining. */
const ACCEPTED_NOUN = /^[وفبل]?(?:ال|لل)?(?:مشارك|حضور|دعو|انضمام)/;

/** The verbal noun of an act against her taking part, subject of what follows: «سحب», «إلغاء», «استبعاد». */
const WITHDRAWAL_NOUN = /^[وفبل]?(?:ال)?(?:سحب|الغاء|استبعاد|ابعاد|اقصاء)$/;
/**
 * A word of rejecting what follows it: «رفض», «ترفض», «رفضها», «معارضتها (لـ)», «اعترضت (على)», «ضد». REFUSING is the
 * cheap test of its stems; REFUSING_WORD finds each (its leading space or start of text included); REFUSING_RIGHT_BEFORE
 * is one ending the text, «على» or nothing after it.
 */
const REFUSING = /رفض|عارض|عترض|اعتراض|ضد/;
const REFUSING_WORDS = String.raw`[وف]?(?:[يتن]?رفض(?:ون|ان)?|رفضت|رفضوا|رفضه|رفضها|رفضهم|رفضنا|رافض[اه]?|[يتن]?عارض(?:ون|ان)?|عارضت|عارضوا|معارض(?:ته|تها|تهم|تنا|ه)|[يتن]?عترض(?:ون|ان)?|اعترض|اعترضت|اعترضوا|اعتراض(?:ه|ها|هم|نا)?|ضد)`;
const REFUSING_WORD = new RegExp(String.raw`(?:^|\s)"?${REFUSING_WORDS}(?=\s)`, "g");
const REFUSING_RIGHT_BEFORE = new RegExp(String.raw`(?:^|\s)"?${REFUSING_WORDS}(?:\s+علي)?\s+$`);
/**
 * A finite verb of rejecting or preventing joined by «و» or «ف», whose person or number its letters show («ورفضت»,
 * «ويرفض», «وعارضوا», «وتمنع»): a clause of its own, which a word of criticism before it does not govern («انتقدت
 * السعودية إيران |ورفضت| مشاركتها»). (Not the bare masculine past, «ورفض», which may be the verbal noun: «انتقد سحب
 * الدعوة ورفض مشاركتها».)
 */
const JOINED_REFUSING_VERB =
  /^[وف](?:رفضت|رفضوا|رفضا|[يتن]رفض|عارضت|عارضوا|[يتن]عارض|اعترضت|اعترضوا|[يتن]عترض|منعت|منعوا|[يتن]منع)(?:ون|ان)?(?![\u0621-\u064A])/;
/** The bare «ورفض/وعارض» (a past verb or a verbal noun) opening the text. */
const BARE_JOINED_REFUSAL = /^\s*[وف](?:رفض|عارض|اعترض)(?![\u0621-\u064A])/;
/** A relative pronoun, a negation or «قد» after it, ending the text: the refusal after it is the relative clause's. */
const RELATIVE_RIGHT_BEFORE_REFUSAL = /(?:^|\s)(?:الذي|التي|الذين|اللذين|اللتين)\s+(?:(?:لا|لم|قد|ما\s+زال|لا\s+يزال|لا\s+تزال)\s+)?$/;
/** A word opening a clause of cause, «لأنها», «لأنهم», «لأن» before a name (not «لأن تشارك», "for her to take part"). */
const CAUSE_BETWEEN = /\s[وف]?لان(?:(?:ه|ها|هم|هما|نا)\s|\s+(?![يتن]))/;
/** A decision or a withdrawal named in the text: what a word of criticism before it governs (not a party alone). */
const DECISION_OR_WITHDRAWAL = /(?:^|\s)[وبل]?(?:ال)?(?:قرار|سحب|تبرير|تبريرات)(?:\s|$)/;
/** What may stand between a word of rejecting and the withdrawal it rejects, its subjects' names blanked out. */
const REFUSED_BETWEEN = /^(?:\s+(?:و|علي|منذ\s+البدايه|بشده|بقوه|ايضا|كذلك|دائما|قطعيا))*\s*$/;
/** A judgement corrected rather than passed: «يصحح خطأ». */
const CORRECTED = /(?:^|\s)[وف]?(?:[يت]صحح|تصحيح|لتصحيح|صحح|صححت)\s/;

/** A cue ending in an indefinite noun of conditions: «دون شروط مسبقة», «أي شرط». */
const ENDS_IN_INDEFINITE_CONDITIONS = /(?:^|\s)(?:[وفبل]?(شروط|شروطا|شرط|شرطا))(?:\s+(?:مسبقه|مسبقا))?$/;
/** The verbs of harm the rejecting predicate reads, which may describe an indefinite noun instead. */
const ADJECTIVAL_VERB_NEXT = /^\s*(?:مسبق[\u0621-\u064A]*\s+)?(?:س|ل)?([يت])(?:نسف|قوض|عرقل|عطل|عيق)/;

/**
 * «دون شروط مسبقة تعرقل انعقاده», «يضع شروطاً تعطل الحل»: a verb of harm right after an indefinite noun of conditions
 * describes the noun (an adjectival clause) and judges nothing; after the definite, general «الشروط المسبقة تعطل الحل»
 * it is the predicate.
 */
export function describesConditions(cue: string, rest: string): boolean {
  const noun = ENDS_IN_INDEFINITE_CONDITIONS.exec(cue.trim());
  const verb = noun ? ADJECTIVAL_VERB_NEXT.exec(rest) : null;
  // (A plural of things takes a feminine verb: after «شروط» a masculine one agrees with something else, the predicate
  // of «الحديث عن شروط مسبقة |يعرقل العملية السياسية».)
  return verb !== null && !(noun![1]!.startsWith("شروط") && verb[1] === "ي");
}

/**
 * A judging predicate (cues.json rejectedAfter) right after the cue (or an aside on it), within six words, that
 * judges it rather than corrects it: «(سحب دعوة إيران) كان خطأ», not «يصحح خطأ كبيراً».
 */
function judgedRightAfter(re: RegExp | undefined, tail: string): boolean {
  return judgementRightAfter(re, tail) !== undefined;
}

/**
 * Whether the judging predicate `re` opens `tail`, or opens it past an aside between commas (ASIDE_AFTER); not past
 * what only looks like one, the clause closed and a participle of saying opening the next («لا معنى لمؤتمر تغيب عنه
 * إيران، وهي دولة أساسية …، |متهماً| السعودية بأنها تعطل …»).
 */
function judgedPastAside(re: RegExp, tail: string): boolean {
  if (re.test(tail)) return true;
  const skip = pastAsideAt(tail);
  return skip > 0 && !SAYING_PARTICIPLE_NEXT.test(tail.slice(skip)) && re.test(tail.slice(skip));
}
/** A participle of saying or judging opening a clause: «متهماً», «مضيفاً», «معتبرة» … */
const SAYING_PARTICIPLE_NEXT =
  /^\s*[وف]?(?:متهم|مضيف|مؤكد|مشير|لافت|منتقد|معتبر|واصف|مشدد|قائل|داعي|محذر|مطالب|مستدرك|مردف|موضح)(?:ا|ه|ين|ون|ان)?\s/;

/** The judging predicate judgedRightAfter finds, with its offset in `tail`. */
function judgementRightAfter(re: RegExp | undefined, tail: string): RegExpExecArray | undefined {
  if (re === undefined) return undefined;
  // «عدم دعوة إيران، وهي لاعب أساسي في المنطقة، سيحول المؤتمر إلى مهزلة»: past an aside between commas on what is
  // judged (ASIDE_AFTER), the predicate after it.
  const skip = pastAsideAt(tail);
  const m = re.exec(skip > 0 ? tail.slice(skip) : tail);
  if (m && skip > 0) m.index += skip;
  return m !== null && m !== undefined && m[0].trim().split(/\s+/).length <= 6 && !CORRECTED.test(m[0]) ? m : undefined;
}

/**
 * A word of refusing, then speaking of something: «رفض |التعليق| على», «رافضاً |الخوض| في», «رفضت |الإفصاح| عن» (not
 * «رفض الحديث عن …», «الخوض في أي نقاش حول …»: talk of it rejected is a position; nor a comment the refusal is
 * made in, «رفضت الرياض، في تعليق رسمي، أي دور لإيران»).
 */
const DECLINED_TO_SPEAK =
  /^\s*\S+(?:\s+(?!في(?:\s|$))[^\s،,]+){0,5}?\s+(?:(?:ال)?(?:تعليق|اجابه|افصاح)|(?:ال)?(?:خوض|دخول)\s+في(?!\s+(?:اي|ايه)(?![\u0621-\u064A])))(?![\u0621-\u064A])/;

/**
 * «(سحب الدعوة منها) جاء تحت ضغط أمريكي»: the withdrawal said to have come under pressure, right after it; or said
 * to be yielding to it («سحب الدعوة "رضوخ لضغوط أمريكية"», «… هو خضوع للضغوط الأمريكية»), or to show the pressure
 * behind it («وأن سحب الدعوة "يكشف حجم الضغوط"», «يعكس الضغوط»): a report of how it came about, no wish of the speaker's.
 */
const CAME_UNDER_PRESSURE =
  /^\s*"?\s*(?:(?:قد\s+)?(?:جاء|جاءت|ياتي|تاتي|تم)\s+"?(?:[وب]?(?:تحت|بسبب|نتيجه|بفعل|اثر)\s+(?:ال)?|ب(?:ال)?)|(?:(?:هو|كان|جاء)\s+"?)?(?:رضوخ|خضوع|انصياع|استجابه)[اه]?\s+(?:ل|لل)|(?:(?:قد\s+)?(?:[يت]|س[يت])(?:كشف|عكس|ظهر|ثبت)|كشف|عكس|اظهر|اثبت)\s+"?(?:(?:حجم|مدي|حقيقه)\s+)?(?:ال)?)ضغو?ط/;

/**
 * A verb of describing or judging before the cue: «وصف», «اعتبر», «معتبراً»; in the dual and plural and the first
 * person too («أنهم يعتبرون سحب الدعوة خطأ», «نعتبر»), which describedCues reads as it reads the singular; and its
 * verbal noun with its agent's pronoun («نقلت عن لافروف |وصفه| قرار سحب الدعوة بأنه خطأ»).
 */
const DESCRIBING_BEFORE =
  /(?:^|\s)[وف]?(?:وصف|وصفت|وصفوا|وصفا|واصفا|واصفه|واصفين|[يتن]صف(?:ون|ان)?|اعتبر|اعتبرت|اعتبروا|اعتبرا|معتبرا|معتبره|معتبرين|[يتن]عتبر(?:ون|ان)?|(?:ب|ل)?(?:وصف|اعتبار)(?:ه|ها|هم|هما))(?:\s|$)/;

/**
 * Not coming, boycotting, walking out or suspending, somewhere in the sentence («لن نحضر», «سيقاطع», «بالانسحاب»,
 * «بعدم المشاركة», «سيسحب مشاركته», «هدد بسحب موافقته على الحضور»; withdrawing a delegation from the talks, its own or
 * one it sponsors: «هددت بسحب الائتلاف من المؤتمر», «سيسحب وفده من جنيف»), or packing one's bags to leave («فسنحزم
 * حقائبنا ونعود», «سيحزم الوفد حقائبه»: the walk-out idiom): read here and by the composed cues.
 */
export const BOYCOTT =
  /(?:^|[\s"])(?:[وف]?(?:لن|لا|لما)\s+[نيت]?(?:حضر|شارك|قبل|ذهب|جلس)|[وف]?[سب]?[نيت]?حزم\s+(?:[^\s،,.؛:]+\s+)?حقائب[\u0621-\u064A]*|[وف]?[سب]?(?:[نيت]?قاطع|مقاطعه|الانسحاب|[نيت]نسحب|انسحاب|تعليق|[نيت]علق)[\u0621-\u064A]*|[وف]?ب?عدم\s+(?:ال)?(?:مشاركه|حضور|ذهاب)|[وف]?[سب]?[نيت]?سحب\s+(?:مشاركت|موافقت)[\u0621-\u064A]*|[وف]?[سب]?[نيت]?سحب\s+(?:ال)?(?:ائتلاف|وفد(?:ه|ها|نا|هم)?|معارضه)\s+(?:[^\s،,.؛:]+\s+){0,3}?من\s+(?:ال)?(?:مؤتمر|مفاوضات|محادثات|جنيف))/;

/**
 * text.indexOf(`ال${stem}`, from), found by searching for the stem: a search for «ا», the commonest letter, stops at
 * nearly every other character (searching the articles for «الدعوه» and «الغاء» took five times as long).
 */
function definiteAt(text: string, stem: string, from: number): number {
  for (let at = text.indexOf(stem, from + 2); at >= 0; at = text.indexOf(stem, at + 1)) if (text.startsWith("ال", at - 2)) return at - 2;
  return -1;
}

/** «إذا», «لو», «في حال» between a word of taking part and Iran. */
const IF_BETWEEN = /(?:^|\s)[وف]?(?:اذا|لو|في\s+حال|في\s+حاله)\s/;

/** «إذا», «لو», «في حال» (not «إن», one with «أن» once normalised) right before a word (the passive «تم» allowed): that word opens the condition. */
const IF_RIGHT_BEFORE = /(?:^|\s)[وف]?(?:اذا|لو|في\s+حال|في\s+حاله)\s+(?:(?:تمت?|[يت]تم)\s+)?$/;

/**
 * Phrase cues of every rule, inside stance-bearing sentences. A conditional cue that overlaps an unconditional
 * one («دون أي شرط») is dropped; of overlapping cues on one topic, the longer wins.
 * Example: "… دون شروط مسبقة" → [{rule: "pre.without-preconditions", stance: "unconditional"}]
 */
export function findPhraseCues(normal: string, sentences: readonly Sentence[], present: KeywordPresence, lexicon: Lexicon): Cue[] {
  const cues: Cue[] = [];
  // A rule's regex runs only in the sentences holding the words it cannot match without.
  sentences.forEach((s, si) => {
    // One character of context on each side: the rules' word-boundary lookarounds see the neighbours.
    const from = Math.max(0, s.start - 1);
    let window: string | null = null;
    let sentence = "";
    for (const ri of ruleCandidates(lexicon, present, si)) {
      const rule = lexicon.rules[ri]!;
      if (window === null) {
        window = normal.slice(from, Math.min(normal.length, s.end + 1));
        sentence = normal.slice(s.start, s.end);
      }
      // A piece of the rule, searched far faster, refuses most sentences holding its words but not together.
      const piece = lexicon.ruleBranches.pieces[ri];
      if (piece !== undefined && !piece.test(window)) continue;
      const re = rule.regex;
      re.lastIndex = s.start - from;
      for (let m = re.exec(window); m; m = re.exec(window)) {
        if (m[0].length === 0) {
          re.lastIndex++;
          continue;
        }
        const start = from + m.index;
        const end = start + m[0].trimEnd().length;
        if (end > s.end) break;
        // The sentence up to the cue, where its negations, denials and refusals are looked for.
        const before = sentence.slice(0, start - s.start);
        // The cue read the other way round, «rule.suffix», at four fifths of the rule's weight.
        const pushTurned = (suffix: string, stance: Stance) =>
          cues.push({
            rule: `${rule.id}.${suffix}`,
            topic: rule.topic,
            stance,
            start,
            end,
            sentence: si,
            weight: rule.weight * 0.8,
            holder: rule.holder,
          });
        // «لا يحق لأحد أن يشترط رحيل الأسد»: a condition no one may set is a precondition rejected.
        if (
          rule.stance === "conditional" &&
          rule.topic === "geneva2_preconditions" &&
          noRightBefore(before) &&
          (!rule.requiresNearby || rule.requiresNearby.test(sentence))
        ) {
          pushTurned("no-right", "unconditional");
          continue;
        }
        // «لم نذهب إلى جنيف لنقبل بشرط الرحيل», «لن نقبل بشرط …»: «بشرط» and a noun after a negated verb of accepting is
        // the condition refused, not «on condition that». (Not negated, «نقبل بشرط رحيله» may be either: left as read.)
        if (
          rule.stance === "conditional" &&
          rule.topic === "geneva2_preconditions" &&
          CONDITION_NAMED_AT.test(normal.slice(start, start + 16)) &&
          REFUSED_ACCEPTING.test(before)
        ) {
          pushTurned("refused-accepting", "unconditional");
          continue;
        }
        if (!requirementsMet(rule, sentence, start - s.start, lexicon)) continue;
        // «مقترح تسوية يشترط رحيل الأسد»: a plan stipulating its terms, not a party's conditions for attending.
        if (rule.stance === "conditional" && rule.holder === "subject" && planBefore(before)) continue;
        // «اشترطت واشنطن أن تعلن طهران قبولها بالبيان», «… قبول إيران بالبيان كشرط لمشاركتها»: terms set on Iran's
        // taking part, read by the Iran pass (iran_participation/conditional), not conditions on the talks.
        if (
          rule.stance === "conditional" &&
          rule.topic === "geneva2_preconditions" &&
          ((/شترط/.test(sentence.slice(start - s.start, end - s.start)) && iranToDoAfter(sentence.slice(end - s.start))) ||
            herTermsAt(before, sentence.slice(start - s.start)))
        )
          continue;
        // A pronoun's antecedent is named in this sentence or the one before it («… الأسد. ويرى الروس أن رحيله …»).
        if (rule.antecedent && !rule.antecedent.test(normal.slice(si > 0 ? sentences[si - 1]!.start : s.start, s.end))) continue;
        // A negated cue («لم تعد تصر على …») says the opposite or nothing.
        // A denied cue («نفت أن تكون قد طالبت برحيل الأسد») states nothing (CONTRACT.md: denials are not annotated).
        if (rule.stance !== "conditional" && deniedBefore(before)) continue;
        // Nor does one commented on («لم يعلق على المطالبة برحيل الأسد»).
        if (rule.stance !== "conditional" && commentedOn(before, sentence.slice(start - s.start))) continue;
        // A rule with a negated reading is turned by a refusal right before it too («رفضت أي حديث عن مرحلة انتقالية
        // تستثني الأسد»): what is refused is its content.
        const refusedBefore =
          rule.negatedStance !== undefined &&
          (REFUSED_BEFORE.test(sentence.slice(Math.max(0, start - s.start - 40), start - s.start)) ||
            // («لن تقبل بأي حل يستبعد الأسد», «لا نوافق على حكومة انتقالية بدونه»: acceptance refused is a refusal.)
            REFUSED_ACCEPTING.test(sentence.slice(Math.max(0, start - s.start - 60), start - s.start)) ||
            NEGATED_BACKING_SUBJECT_BEFORE.test(sentence.slice(Math.max(0, start - s.start - 60), start - s.start)));
        // «ترفض أي شروط مسبقة، بما فيها المطالبة برحيل الأسد»: the demand is one of the conditions rejected; the one who
        // rejects them, the subject of the rejection, holds the opposite.
        if (rule.topic === "assad_role" && rule.stance === "must_go") {
          const lead = before.slice(-220);
          const listed = REJECTED_CONDITIONS_LISTING.exec(lead);
          if (listed) {
            const at = start - lead.length + listed.index + (listed[0].length - listed[0].trimStart().length);
            cues.push({
              rule: `${rule.id}.listed-rejected`,
              topic: rule.topic,
              stance: "may_stay",
              start: at,
              end,
              sentence: si,
              weight: rule.weight * 0.8,
              holder: "subject",
            });
            continue;
          }
        }
        // («لم يعد الائتلاف يطالب برحيل الأسد فحسب بل بمحاكمته»: "not only", the demand stands.)
        const negated =
          rule.stance !== "conditional" &&
          (negatedBefore(before) ||
            refusedBefore ||
            retreatedBefore(sentence, start - s.start) ||
            noRightBefore(before) ||
            JUDGED_WRONG_THAT_BEFORE.test(before.slice(-60))) &&
          !(refusedBefore === false && ONLY_THEN_RATHER_AFTER.test(sentence.slice(end - s.start, end - s.start + 24)));
        // So does a cue that is the subject of a rejection («المطالبة بتنحي الأسد شرطاً مسبقاً أمر غير مقبول»); a
        // condition rejected so rejects preconditions.
        // (Past an aside between commas on what is judged: «المطالبة برحيل الرئيس الأسد، وهو رئيس منتخب، شرط غير
        // مقبول».)
        const rejected =
          lexicon.rejectedAfter !== undefined &&
          present.mayMatch(lexicon.keywordSlots.rejectedAfter, si) &&
          judgedPastAside(lexicon.rejectedAfter, sentence.slice(end - s.start)) &&
          !repeatedDenial(sentence.slice(start - s.start, end - s.start), sentence.slice(end - s.start)) &&
          !describesConditions(sentence.slice(start - s.start, end - s.start), sentence.slice(end - s.start));
        // «لن نذهب إلى جنيف دون شروط», «نرفض المشاركة بدون ضمانات … دون شروط», «ما نرفضه هو الذهاب دون شروط»: going
        // without conditions refused is going only with them, a condition set (not «… إلا …», «بل», «لكن»).
        const refusedWithout =
          rule.stance === "unconditional" &&
          !negated &&
          !rejected &&
          WITHOUT_AT.test(normal.slice(start, Math.min(end, start + 8))) &&
          NOT_GOING_BEFORE.test(sentence.slice(Math.max(0, start - s.start - 90), start - s.start)) &&
          !NOT_ONLY_AFTER.test(sentence.slice(end - s.start, end - s.start + 60));
        if (refusedWithout) {
          pushTurned("refused", "conditional");
          continue;
        }
        const turned = negated !== rejected;
        const stance = turned ? (rule.negatedStance ?? (rejected ? CONTRARY[rule.stance] : undefined)) : rule.stance;
        if (!stance) continue;
        // «اعتبر المقداد أن شروط الائتلاف محاولة لإفشال المؤتمر»: another party's conditions, named in the cue, judged
        // by the one whose verb comes before them, are not the judge's own (rejected by the predicate after them, «…
        // بأنها غير مقبولة», they were turned above into his refusal).
        if (stance === "conditional" && judgedOthersConditions(normal, s.start, start, end, lexicon)) continue;
        // «…، واصفاً المطالبة برحيل الأسد بأنها غير واقعية»: a position judged as the object of a describing word
        // after a comma is the describer's judgement; read from that word, the describer holds it, not the subject of
        // the clause before (whose demand it is).
        const describer = rejected && !negated ? describerRightBefore(normal, s.start, start, lexicon) : undefined;
        // «اعتبر X أن مطالبة "وفد الرياض" برحيل الأسد قبل أي تفاوض "غير واقعية"»: the demand judged is still its
        // owner's, named after the demand's noun; the judge's reading (the condition turned, or his staying) is not.
        const demandOwner =
          !negated && (rejected ? stance === "unconditional" : stance === "may_stay" && rule.stance === "may_stay")
            ? judgedDemandOwnerBefore(normal, s.start, start)
            : undefined;
        // «نقل الإبراهيمي إلى المعلم رفض الائتلاف أي دور للأسد», «أشار كيري إلى رفض موسكو …»: the cue opening on a
        // verbal noun of rejecting or holding to (a noun after a preposition or a verb of relaying) is the position of
        // the one named right after the noun.
        const nounOwner = !turned && describer === undefined && !demandOwner ? relayedNounOwner(normal, s.start, start) : undefined;
        cues.push({
          rule: turned ? `${rule.id}.${refusedBefore ? "rejected-before" : negated ? "negated" : "rejected"}` : rule.id,
          topic: rule.topic,
          stance: stance as Stance,
          start: describer ?? start,
          end,
          sentence: si,
          weight: turned ? rule.weight * 0.8 : rule.weight,
          holder: describer !== undefined ? "subject" : rule.holder,
          // The owner holds the condition as it stands (04-holders: ownedRejected); what is judged of his going is
          // about the owner, never his.
          ...(demandOwner ? (stance === "unconditional" ? { owner: demandOwner, about: demandOwner } : { about: demandOwner }) : {}),
          ...(nounOwner ? { owner: nounOwner } : {}),
        });
      }
    }
  });
  return resolveOverlaps(cues);
}

/** A noun of demanding or insisting, the cheap test before JUDGED_DEMAND_OWNER. */
const DEMAND_STEM = /مطالب|مطلب|اصرار|تمسك|اشتراط/;
/**
 * A noun of demanding, its owner (up to four words, a name in quotation marks included) and the demand's complement
 * («بـ…», «على …»), in the clause running on to the cue: «مطالبة "وفد الرياض" برحيل الرئيس بشار الأسد |قبل أي تفاوض».
 * Not some of a party («مطالبة بعض أطياف المعارضة بـ…»): a part's demand is not the party's; nor Assad or his regime
 * named there («مطالبة الأسد بالرحيل»): the one asked, who owns no demand; nor the demand's own complement, his going
 * («المطالبة |برحيل الرئيس السوري| بشار الأسد كشرط»: «بشار» is no «بـ»), where no owner is named.
 */
const JUDGED_DEMAND_OWNER =
  /(?:^|\s)[وفبل]?(?:ال)?(?:مطالبه|مطالبات|مطالب|مطلب|اصرار|تمسك|اشتراط)\s+(?!(?:بعض|احد|اطراف|اطياف)\s|(?:"?(?![وف]?ب)[^\s،,.؛:"]+"?\s+){0,3}?"?(?:الاسد|بشار|الرئيس|النظام)(?![\u0621-\u064A])|"?[وف]?ب(?:رحيل|تنحي|تنحيه|اسقاط|ازاحه|خروج)\s)("?[^\s،,.؛:"]+(?:\s+[^\s،,.؛:"]+){0,3}?"?)\s+[وف]?(?:ب(?!شار\s)|علي\s)[^،,.؛:]*$/;

/**
 * The span of a demand's owner named between its noun and its complement before a cue that judges it (up to 160
 * characters back, not across clause punctuation); 04-holders checks that it names a party.
 * Example: judgedDemandOwnerBefore("…أن مطالبة "وفد الرياض" برحيل الأسد قبل أي تفاوض…", …) → the span of «"وفد الرياض"»
 */
function judgedDemandOwnerBefore(normal: string, from: number, at: number): { start: number; end: number } | undefined {
  const lead = normal.slice(Math.max(from, at - 160), at + 1);
  if (!DEMAND_STEM.test(lead)) return undefined;
  const m = JUDGED_DEMAND_OWNER.exec(lead);
  if (!m) return undefined;
  const start = at + 1 - lead.length + m.index + m[0].indexOf(m[1]!, 1);
  return { start, end: start + m[1]!.length };
}

/**
 * Where a describing word opening a clause of its own stands right before `at` («، واصفاً |المطالبة …», «، ووصف |…»).
 * Example: describerRightBefore("…بتنحي الأسد، واصفا المطالبة برحيله…", …) → the offset of «واصفا»
 */
function describerRightBefore(normal: string, from: number, at: number, lexicon: Lexicon): number | undefined {
  const d = lexicon.compose?.polarity.describing?.find(normal, Math.max(from, at - 24), at).pop();
  if (!d || normal.slice(d.index + d.text.length, at).trim() !== "") return undefined;
  return CLAUSE_OPENS_BEFORE.test(normal.slice(Math.max(from, d.index - 4), d.index)) ? d.index : undefined;
}
/** A comma (and «و») right before a word: the word opens a clause of its own. */
const CLAUSE_OPENS_BEFORE = /[،,]\s*و?$/;

/** Verbal nouns of what Iran is to do, her name their subject after them («التزام طهران», «قبول إيران»). */
const IRAN_ACT_NOUNS = "التزام|قبول|اعتراف|موافقه|اعلان|اقرار|تعهد";
/** Iran by name (normal forms). */
const IRAN_NAMED = "(?:ايران|طهران|الجمهوريه\\s+الاسلاميه)";
/**
 * What Iran is to do, right after a verb of stipulating (past one aside between commas, «اشترطت، قبل ساعات من القرار،
 * أن …»): a verbal noun with her its subject («|التزام طهران ببيان جنيف», «|قبول إيران بالبيان») or a verb after «أن»
 * («|أن تعلن طهران قبولها», «|على أن تقبل إيران»). Terms set on her taking part (iran_participation/conditional), not
 * on the talks.
 */
const IRAN_TO_DO_AFTER = new RegExp(
  `^(?:\\s*[،,][^.،,؛:!?؟]{1,60}[،,])?\\s+(?:(?:${IRAN_ACT_NOUNS}|انسحاب)|(?:علي\\s+)?ان\\s+[يت][\\u0621-\\u064A]{2,})\\s+${IRAN_NAMED}(?![\\u0621-\\u064A])`,
);
/** `after` (the text from the end of a verb of stipulating) opens on what Iran is to do (IRAN_TO_DO_AFTER). */
export const iranToDoAfter = (after: string) => IRAN_TO_DO_AFTER.test(after.slice(0, 110));

/**
 * Iran the one to act, a verbal noun or a verb after «أن» with her its subject, then up to eight words (none of them
 * punctuation) before a condition of «her» attending: «قبول إيران بالبيان |كشرط لمشاركتها», «أن تعلن طهران قبولها
 * بالبيان |كشرط لحضورها». The pronoun is hers: terms of her taking part, not a party's conditions on the talks. (Not
 * «عدم مشاركة إيران كشرط لحضورها»: her absence is no act of hers, and the attending is the stipulator's.)
 */
const IRAN_ACTS_BEFORE = new RegExp(
  `(?:^|\\s)(?:${IRAN_ACT_NOUNS}|[بل]?ان\\s+[يت][\\u0621-\\u064A]{2,})\\s+${IRAN_NAMED}(?:\\s+[^\\s،,.؛:!?؟]+){0,8}\\s+$`,
);
/** A word of condition, then «her» attending: «كشرط لحضورها», «شرطاً مسبقاً لمشاركتها». */
const CONDITION_OF_HER_ATTENDING = /^[\u0621-\u064A]*\s+(?:مسبق[اه]?\s+)?(?:ل|لل)(?:حضور|مشاركت|ذهاب)ها(?![\u0621-\u064A])/;
/**
 * `before` ends where a word of condition opens `at`, and that condition is of «her» attending, Iran the one to act
 * before it (IRAN_ACTS_BEFORE). Most sentences name no such condition and skip the pattern.
 */
export const herTermsAt = (before: string, at: string) =>
  CONDITION_OF_HER_ATTENDING.test(at.slice(0, 40)) &&
  (before.includes("ايران") || before.includes("طهران")) &&
  IRAN_ACTS_BEFORE.test(before.slice(-120));

/** A plan or settlement (and a word qualifying it) right before a verb of stipulating: «مقترح تسوية يشترط …». */
const PLAN_BEFORE = /(?:^|\s)[وفبل]?(?:ال)?(?:مقترح|اقتراح|خطه|مبادره|اتفاق|الاتفاق|تسويه|مشروع|قرار|حل)(?:\s+[^\s،,.؛:]+)?\s+$/;

/** `before` (the text up to a verb of stipulating) ends in a plan or settlement, its subject. */
export const planBefore = (before: string) => PLAN_BEFORE.test(before.slice(-60));

/**
 * A verb of stipulating, then within a few words «مقابل» or «ثمناً لـ» and a settlement, a deal or a step of the
 * stipulator's own («تشترط رحيل الأسد مقابل أي تسوية», «ثمناً لأي تسوية», «مقابل وقف دعمها للمسلحين»): what is
 * stipulated is the price of that, not a condition of attending the talks (not «مقابل حضوره», the price of
 * attending).
 */
const PRICE_OF_OTHER =
  /^"?[وف]?(?:اشترط|اشترطت|اشترطوا|[يتن]شترط|[يت]شترطون|مشترط|مشترطا|مشترطه|اشتراط|اشتراطه|اشتراطها)(?:\s+[^\s،,.؛:]+){1,6}?\s+"?(?:مقابل\s+|ثمنا\s+ل)(?:اي\s+)?(?:ال|ل)?(?:تسويه|حل|اتفاق|صفقه|وقف|انهاء|رفع)(?![\u0621-\u064A])/;

/**
 * The condition cue at `start` is a verb of stipulating the price of something else (PRICE_OF_OTHER), read up to
 * `end`, its sentence's end. Example: «السعودية تشترط رحيل الأسد مقابل أي تسوية» at «تشترط» → true
 */
export function priceOfOther(normal: string, start: number, end: number): boolean {
  const text = normal.slice(start, Math.min(end, start + 120));
  return (text.includes("مقابل") || text.includes("ثمنا")) && PRICE_OF_OTHER.test(text);
}

/** The author's prediction («من المتوقع», «يرجح») in `text`, by the lexicon's class of them. */
function predictedIn(text: string, lexicon: Lexicon): boolean {
  const re = lexicon.compose?.polarity.prediction?.regex;
  if (!re) return false;
  re.lastIndex = 0;
  return re.test(text);
}

/**
 * A verb of judging right before a cue that names a party («اعتبر المقداد أن |شروط الائتلاف|», «وصف لافروف |شروط
 * المعارضة|»): the conditions are that party's, spoken of by the judge.
 */
function judgedOthersConditions(normal: string, sentenceStart: number, start: number, end: number, lexicon: Lexicon): boolean {
  if (!JUDGING_BEFORE.test(normal.slice(Math.max(sentenceStart, start - 60), start))) return false;
  const text = normal.slice(start, end);
  const ends = [...text.matchAll(/[^\s.،,؛:!?؟"()]+/g)].map((m) => m.index + m[0].length);
  return findMentions(text, lexicon, null, ends).length > 0;
}

/** A noun of demand or effort and its owner, right before the word of exclusion: «مطالبة السعودية |بإقصاء». */
const OWNED_DEMAND_BEFORE =
  /(?:^|\s)[وفبل]?(?:ال)?(?:مطالبه|مطالبات|اصرار|سعي|مساعي|محاوله|محاولات|رغبه|ضغوط|ضغط)\s+(?:[^\s،,.؛:]+\s+){1,3}(?:علي\s+|الي\s+)?[بل]?$/;
/** After «وجود»: forces or fighters, or a place on the ground: a presence in Syria, not at the talks. */
const FORCES_PRESENCE_AFTER =
  /^\s*"?\s*(?:ال)?(?:قوات|عسكري|مقاتلين|ميليشيات|مليشيات|حرس|خبراء|عناصر)|^\s+(?:في|علي)\s+(?:(?:ال)?(?:اراضي|ارض)\s+)?(?:سوريا|سوريه|السوريه|الميدان)(?![\u0621-\u064A])/;
/**
 * «موقف», one to three words of its owner and a participle of holding or rejecting, right before her taking part (one
 * word between at most). Narrower than 03-composed's POSITION_OF (four words, «مصر…» any word): past more words the
 * composed owner may not be read («موقف بلاده الداعي إلى توجيه الدعوة لإيران»), and the phrase cue stands.
 */
const OWNED_POSITION_BEFORE =
  /(?:^|\s)[وبل]?(?:ال)?موقف\s+(?:[^\s،,.؛:]+\s+){1,3}?(?:ال)?(?:(?:متمسك|داعي|داعم|مطالب|مؤيد|رافض|معارض)[\u0621-\u064A]*|مصر(?:ه|ون|ين)?)\s+(?:[^\s،,.؛:]+\s+)?$/;
/** A verbal noun of rejecting or holding to opening a cue, and the word after it: «رفض |الائتلاف|», «تمسك |واشنطن|». */
const POSITION_NOUN_OPENS = /^(?:رفض|تمسك|اصرار|معارضه)\s+([^\s،,.؛:"]+)/;
/**
 * A preposition right before such a noun (so it is no verb): «إلى», «عن», «على»; or a verb of relaying, the one relaying
 * and the one told between («نقل الإبراهيمي إلى المعلم |»).
 */
const NOUN_GOVERNOR_BEFORE = /(?:^|\s)(?:الي|عن|علي)\s+$|(?:^|\s)[وف]?(?:نقل|نقلت|ينقل|ابلغ|ابلغت|يبلغ)\s+(?:[^\s،,.؛:"]+\s+){0,6}$/;

/**
 * The owner's span of a cue opening at `start` on a verbal noun of rejecting or holding to that a preposition or a
 * verb of relaying governs: the word right after the noun («نقل الإبراهيمي إلى المعلم رفض |الائتلاف| أي دور للأسد»).
 */
function relayedNounOwner(normal: string, sentenceStart: number, start: number): { start: number; end: number } | undefined {
  const noun = POSITION_NOUN_OPENS.exec(normal.slice(start, start + 40));
  if (!noun || !NOUN_GOVERNOR_BEFORE.test(normal.slice(Math.max(sentenceStart, start - 60), start))) return undefined;
  const at = start + noun[0].length - noun[1]!.length;
  return { start: at, end: at + noun[1]!.length };
}

/** A trigger of impossibility opening the text: «غير ممكن», «غير وارد», «من المستحيل», «لا يمكن أن». */
const IMPOSSIBLE_AT = /^\s*(?:غير\s+ممكن|غير\s+وارد|من\s+(?:غير\s+الممكن|المستحيل)|لا\s+يمكن)/;
/** An impossibility (IMPOSSIBLE_AT, «غير ممكنة») and a condition right after it: «… غير ممكنة ما لم …», «… طالما …». */
const CONDITION_AFTER_IMPOSSIBLE = new RegExp(
  String.raw`${IMPOSSIBLE_AT.source}[\u0621-\u064A]*\s+(?:ما\s+لم|ما\s+دام[ت]?|طالما|الا\s+(?:اذا|بعد)|اذا\s+لم|ان\s+لم)\s`,
);
/** «ما لم», «إذا لم», «إن لم» ending the text right before her taking part. */
const UNLESS_BEFORE = /(?:^|\s)(?:ما|اذا|ان)\s+لم\s+$/;
/** A negation word between an Iran trigger and the participation. */
const NEGATION_AFTER_TRIGGER = /(?:^|\s)(?:الا|لا|لن)\s/;
/**
 * A modal (negated or not) and «أن/ألا» before her copula: «(لا) يمكن أن», «يجب ألا», «لا بد أن», or a judgement of
 * what is natural, needed or better, or the past modal («(كان) من الطبيعي أن», «كان من الأفضل أن», «كان يجب أن»:
 * cues.json iran.wantedThat), itself a support trigger.
 */
function modalThat(wantedThat: RegExp | undefined): string {
  const wanted = wantedThat ? `|${wantedThat.source}\\s+(?:ان|الا)\\s+` : "";
  return `(?:(?:لا|لن)\\s+)?(?:(?:يمكن|ينبغي|يجب|يجوز)(?:\\s+لها)?\\s+(?:ان|الا)\\s+|لا\\s+بد\\s+(?:من\\s+)?ان\\s+${wanted})`;
}
/** Words a predicate of hers may hold before «و», a modal and her copula («إيران دولة إقليمية كبرى وشريك أساسي في
 * مكافحة الإرهاب، ومن الطبيعي أن تكون حاضرة»). */
const HER_PREDICATE_WORDS = 10;
const HER_PREDICATE_GAPS = new WeakMap<Lexicon, { copula: RegExp; verb: RegExp }>();
/**
 * One word of such a predicate and the space after it, or the comma closing it: each word read one way only (a word
 * split in two, as «[^\s]+\s*» allows, makes a failed match try every split: seconds on a long sentence).
 */
const WORD_THEN_GAP = String.raw`[^\s،,.؛:!?؟"]+(?:\s+|(?=[،,]))`;
/**
 * Between Iran and a word of taking part (`copula`): a short predicate of hers (no «أن» of a clause of its own), «و»,
 * then a modal or negation and her copula («إيران قوة احتلال في سوريا، |ولا يمكن أن تكون| جزءاً», «إيران جزء من الحل،
 * |ومن الطبيعي أن تكون| حاضرة»); or an aside between commas, then a modal and her copula («إيران|، مثلها مثل تركيا، يجب
 * أن تكون| حاضرة»). The same with her verb of taking part itself after the modal, no copula (`verb`): «إيران دولة
 * جارة، |ولا يمكن أن| تشارك», «إيران جزء من الحل في المنطقة |ويجب أن| تحضر». (The modal is not optional there as it is
 * before a copula: with none, «و» joins another verb of hers.) Compiled once per lexicon.
 */
function herPredicateGaps(lexicon: Lexicon): { copula: RegExp; verb: RegExp } {
  let gaps = HER_PREDICATE_GAPS.get(lexicon);
  if (gaps) return gaps;
  const modal = modalThat(lexicon.iran.wantedThat);
  gaps = {
    copula: new RegExp(
      `^\\s+(?:(?!(?:ان|بان|انه|انها|لكن)\\s)${WORD_THEN_GAP}){1,${HER_PREDICATE_WORDS}}?[،,]?\\s*و${modal}?تكون\\s*$|^\\s*[،,]\\s*(?:(?!(?:ان|بان|انه|انها|لكن|الذي|التي)\\s)${WORD_THEN_GAP}){1,5}?[،,]\\s*${modal}تكون\\s*$`,
    ),
    verb: new RegExp(`^\\s+(?:(?!(?:ان|بان|انه|انها|لكن)\\s)${WORD_THEN_GAP}){1,5}?[،,]?\\s*و${modal}$`),
  };
  HER_PREDICATE_GAPS.set(lexicon, gaps);
  return gaps;
}
/** A modal of right, ability or need right before «لـ» and her name: «(لا) يحق لإيران», «يمكن لطهران». */
const MODAL_FOR_HER_BEFORE = /(?:^|\s)(?:(?:لا|لن)\s+)?(?:يمكن|ينبغي|يجب|يجوز|يحق)\s+$/;
/** Her right named right before her: «(ليس) من حق إيران (أن تشارك)». */
const RIGHT_OF_BEFORE = /(?:^|\s)(?:ليس\s+)?من\s+حق\s+$/;
/** Her right or ability between her name and her verb: «إيران |من حقها أن| تشارك», «طهران |بإمكانها أن| تحضر». */
const HER_RIGHT_GAP = /^\s*(?:من\s+حقها|يحق\s+لها|يمكن(?:ها|\s+لها)|بامكانها|تستطيع)\s+ان\s*$/;
/** A negated modal and «أن» between Iran and her taking part («إيران لا يمكن أن تشارك»). */
const NEGATED_MODAL_GAP = /^\s*(?:لا|لن)\s+(?:يمكن|ينبغي|يجب|يجوز|يحق)(?:\s+لها)?\s+ان\s*$/;
/**
 * A verb of stressing or confirming, its subject, then «أن» right before what it reports («أكد نصر الله أن …»); the
 * subject may be a long title («أكد الأمين العام لحزب الله سماحة السيد حسن نصر الله أن …»), and a quotation may open
 * right after «أن» («أكد أن "استبعاد إيران …"»).
 */
const STRESSED_THAT = /^[وف]?(?:اكد|اكدت|يؤكد|تؤكد|نؤكد|مؤكدا|مؤكده)(?:\s+[^\s،,.:]+){0,12}?\s+(?:ان|انه|انها|بان)\s+"?\s*$/;
/**
 * «عدم» right before the participation word (after an opening quotation mark too), or before the verbal noun that
 * sends an invitation («بعدم توجيه الدعوة إلى إيران», «لعدم إرسال دعوة لطهران»).
 */
const NOT_BEFORE = /(?:^|\s)"?[وبل]?عدم(?:\s+(?:توجيه|ارسال|تقديم))?\s*$/;

/** «We» right before a refusal: «لكننا |لن نذهب», «ونحن |نرفض». */
const WE_RIGHT_BEFORE = /(?:^|[\s"«])[وف]?(?:لكننا|ولكننا|اننا|لاننا|نحن)\s+(?:[^\s،,.؛:]+\s+)?$/;
/** The phrase rule of a conference without her called illogical or impossible (cues.json), which wants her there. */
const WITHOUT_HER_RULE = "iran.without-her-unthinkable";

/**
 * Whose matter or prerogative it is, right after her: «(مسألة دعوة إيران) "من اختصاص الجهة الداعية"», «… من صلاحيات
 * الأمين العام», «… يعود إلى الأمم المتحدة», «… قرار يعود للأمم المتحدة».
 */
const WHOSE_MATTER_AFTER =
  /^(?:\s+(?:الي|في|ل)\s*(?:ال)?(?:مؤتمر|جنيف|محادثات|مفاوضات)[^\s"،,.]*(?:\s+[^\s"،,.]+)?)?\s*"?\s*(?:(?:هي|هو)\s+)?(?:(?:من\s+)?(?:اختصاص|صلاحيات|صلاحيه)|(?:(?:امر|قرار|شان)\s+)?(?:يعود|يرجع)\s+(?:الي|ل)|(?:امر|قرار|شان)\s+(?:خاص\s+)?(?:بال|لل))/;

/**
 * A judgement of wrong («من الخطأ», «من غير المقبول», «ليس من المنطقي», «من المؤسف») right before a negation of what
 * follows («ألا»، «أن لا»، «عدم»): «من الخطأ ألا تشارك |إيران», «ليس من المنطقي ألا تدعى |إيران»; or no reason for it:
 * «لا يرى سبباً لعدم |دعوة إيران|».
 */
const WRONG_THEN_NOT_BEFORE =
  /(?:^|\s)"?(?:(?:من|ليس\s+من)\s+(?:ال)?(?:خطا|مؤسف|معيب|غير\s+(?:ال)?(?:مقبول|منطقي|معقول|مفهوم)|(?<=ليس\s+من\s+)(?:ال)?(?:مقبول|منطقي|معقول|مفهوم))|(?:انه\s+)?خطا(?:\s+(?:كبير|فادح))?)\s*"?\s+(?:ان\s+(?:لا|لن)|الا|عدم)\s+(?:[^\s،,.؛:]+\s+)?$|(?:^|\s)[وف]?(?:لا|ليس\s+هناك|لا\s+يوجد|لا\s+[نيت]ري|لم\s+[نيت]ر)\s+(?:اي\s+)?(?:سبب|سببا|مبرر|مبررا|داع|داعيا|مسوغ|مسوغا)\s+لعدم\s+(?:[^\s،,.؛:]+\s+)?$/;

/**
 * «رفض» as the verbal noun opening a clause, with no agent after it, right before the participation word: «إن |رفض|
 * مشاركة إيران خطأ». The refusal is the subject; what is said of it, not the refusal, is the speaker's.
 */
const REFUSAL_AS_SUBJECT_BEFORE = /(?:^|[:"«]\s*|\s(?:ان|بان|لان)\s+)"?(?:ال)?رفض\s*$/;

/**
 * A verb or noun of refusing or opposing (not «المعارضة», the party), an adverb of force allowed («نعارض بشدة»), then
 * «أي» and a noun of talk («رفضت أي حديث عن», «ترفض فكرة», «تعارض أي مرحلة انتقالية تقصي الأسد»), right before a cue;
 * or the act judged wrong before it is named («من الخطأ المطالبة برحيل الأسد», «من غير الواقعي …»).
 */
const REFUSED_BEFORE =
  /(?:^|\s)"?[وف]?(?:رفض|رفضت|رفضوا|يرفض|ترفض|نرفض|يرفضون|رافضا|رافضه|رفضه|رفضها|رفضهم|رفضنا|الرافض|الرافضه|عارض|عارضت|عارضوا|يعارض|تعارض|نعارض|يعارضون|تعارضان|معارضا|معارضته|معارضتها|معارضتهم|معارضتنا)(?:\s+(?:بشده|بقوه|تماما|قطعيا))?(?:\s+ل?(?:اي|ايه|كل))?(?:\s+(?:ال)?(?:حديث|بحث|كلام|نقاش|طرح|فكره|مقترح|اقتراح|مشروع)(?:\s+(?:عن|في|حول|بشان))?)?\s+$|(?:^|\s)"?[وف]?من\s+(?:الخطا|العبث|غير\s+(?:ال)?(?:مقبول|منطقي|واقعي|معقول))\s+$/;

/** «بشرط» then a noun, not «أن/ألا» (the condition named, not «on condition that»). */
const CONDITION_NAMED_AT = /^بشرط\s+(?!ان\s|الا\s)[\u0621-\u064A]/;
/**
 * What is accepted may be its being imposed, by anyone or on the one refusing: «لا يمكن أن تقبل أن يفرض عليها أحد |شرط
 * …», «لن نقبل أن يملي علينا أي طرف |شروطاً», «لن تقبل أبداً أن يملي عليها أي كان |شرط …». (A source fragment of REFUSED_ACCEPTING and REJECTED_IMPOSED.)
 */
export const IMPOSED_ON = String.raw`(?:\s+ان\s+[نيت](?:فرض|ملي|ضع)(?:\s+(?:عليها|عليه|علينا|عليهم|عليكم))?(?:\s+(?:احد|اي\s+احد|اي\s+طرف|اي\s+جهه|اي\s+دوله|الاخرون|اي\s+كان|ايا\s+كان|كائنا\s+من\s+كان))?(?:\s+(?:عليها|عليه|علينا|عليهم|عليكم))?)?`;
/**
 * A negated verb of accepting right before it («لن تقبل |بشرط», «لا نقبل |شرط», «من دون أن تقبل أي |شرط»), also as
 * the purpose of a negated going («لم نذهب إلى جنيف لنقبل |بشرط …»), or negated readiness to accept it («لن تكون
 * مستعدة لقبول أي |شرط»); through a modal of being able («لا يمكن أن تقبل بأي |شرط», «لا نستطيع أن نقبل |بشرط»); a negated
 * verb of backing («لا تؤيد |المطالبة برحيل الأسد», «لا ندعم …»).
 */
export const REFUSED_ACCEPTING = new RegExp(
  String.raw`(?:^|\s)"?[وف]?(?:لن|لا|لم|(?:من\s+)?دون\s+ان|بدون\s+ان)\s+(?:(?:[يت]مكن|[نيت]ستطيع)(?:\s+(?:ل[\u0621-\u064A]+|لها|له|لنا))?\s+ان\s+)?(?:(?:[نيت](?:ذهب|اتي|ات|حضر|شارك|جلس)(?:وا|ون|ان)?\s+(?:[^\s،,.؛:"]+\s+){0,3}?ل)?[نيت]قبل(?:وا|ون|ان)?|قبل(?:وا|ون|ان)?|[نيت]وافق(?:وا|ون|ان)?\s+علي|[نيت]وقع(?:وا|ون|ان)?\s+علي|[نيت](?:ؤيد|دعم|ساند)(?:وا|ون|ان)?|[يت](?:كون|كن)\s+مستعد[\u0621-\u064A]*\s+ل(?:ل)?قبول)(?:\s+(?:ابدا|مطلقا|اطلاقا|بتاتا|قطعا))?${IMPOSED_ON}\s+(?:ب?(?:اي|ايه|ادني)\s+)?$`,
);
/**
 * A negated verb of backing with its subject, one to three words, between it and the cue: «لم تؤيد طهران |المطالبة بتنحي
 * الأسد», «لا يدعم الاتحاد الأوروبي |…». (Not a group's noun, which a participle after it may describe: «لا تدعم
 * واشنطن المعارضة |المطالبة برحيل الأسد».)
 */
const NEGATED_BACKING_SUBJECT_BEFORE =
  /(?:^|\s)"?[وف]?(?:لا|لم|لن)\s+[يت](?:ؤيد|دعم|ساند)(?:ون|ان)?(?:\s+(?!(?:ال)?(?:معارضه|فصائل|قوي|جماعات|اطراف|دول|حكومات|جهات|اصوات|مطالب|مطالبه|مطالبات|دعوات|دعوه)(?:\s|$))[^\s،,.؛:"]+){1,3}\s+$/;
/**
 * Negation right before a cue: «لا»، «لم»، «لن»، «ليس»، «لم تعد»، «عدم»; an opening quotation mark may stand before it
 * («لم تعد» with its subject between, «ولم تعد واشنطن تشترط …», is NO_LONGER_SUBJECT_BEFORE, read further back by
 * negatedBefore); «بدلاً من», what is wanted instead of the cue
 * («أن يدعم الحوار بدلاً من المطالبة برحيل الأسد»); a verb of ceasing and its «عن» («أن يكف عن المطالبة
 * برحيل الأسد», «إلى التوقف عن …»): what one is asked to stop, the asker wants undone; the speaker's own saying or
 * demanding negated right before «أن» («لا نقول إن على الأسد أن يرحل في اليوم الأول»), or what something does not
 * mean («هذا لا يعني أن على الأسد أن يرحل قبل …»).
 */
const NEGATED_BEFORE = new RegExp(
  String.raw`(?:^|\s)"?[وف]?(?:(?:لا|لم|لن|ليس|ليست|لم\s+تعد|لم\s+يعد|عدم|${INSTEAD_WORD}\s+(?:من|عن)|(?<!(?:لا|لن|لم)\s)(?:[يتن]كف(?:وا)?|ب?الكف|[يتن]توقف(?:وا)?|ب?التوقف)\s+عن)|(?:لا|لم|لن)\s+[يتن][\u0621-\u064A]{2,}\s+(?:اي|ايه)|(?:لا|لم|لن)\s+(?:نقول|اقول|نقل|اقل|نطالب|اطالب|[يت]عني)\s+(?:ان|بان))\s+$`,
);

/**
 * A denial governing the cue: «نفى الائتلاف أن يكون قد اشترط …», «نفت أن تكون موسكو قد طالبت …», «نفت واشنطن أنها
 * تعارض …» (a pronoun on «أن»); also a denied report
 * of the words the cue is («نفى المتحدث أن يكون كيري قد قال إن …»); the denier may be named at length, with where or
 * when he said it between commas («نفى السفير السعودي علي عسيري، بعد زيارته الرئيس في بكفيا، أن تكون المملكة قد
 * ضغطت …»: twelve words before «أن»). Not past the denier's own next clause («ونفى
 * لافروف أن تكون موسكو غيرت موقفها وقال إن …», «…، مؤكداً أن …»). A quotation may open on the cue («نفى … أن تكون
 * باريس «تعرقل توجيه الدعوة إلى طهران»»).
 */
/** A word opening the denier's own next clause: «وقال», «مؤكداً», «لكن» (a lookahead, before a word and a space). */
const OWN_CLAUSE_NEXT =
  "(?!(?:[وف](?:قال|قالت|اكد|اكدت|شدد|شددت|اضاف|اضافت|اعتبر|اعتبرت|اوضح|اوضحت)|مؤكدا|مؤكده|مشددا|مشدده|معتبرا|معتبره|مضيفا|مضيفه|قائلا|لكن|بل)\\s)";
const DENIED_BEFORE = new RegExp(
  `(?:^|\\s)[وف]?(?:نفي|نفت|ينفي|تنفي|ننفي|نافيا|نافيه)\\s+(?:${OWN_CLAUSE_NEXT}\\S+\\s+){0,12}?ان(?:ه|ها|هم)?\\s+(?:${OWN_CLAUSE_NEXT}[^\\s،,.؛:]+\\s+){0,14}?(?:قد\\s+)?(?:(?:قال|قالت|صرح|صرحت|اعلن|اعلنت|اكد|اكدت|ذكر|ذكرت)\\s+(?:ان|انه|انها|بان)\\s+)?["«]?$`,
);
/**
 * A denial whose object is a noun of accepting or pledging, the cue inside what it is of: «الائتلاف ينفي
 * القبول بجنيف "بلا شروط"», «نفت دمشق موافقتها على …», «نفت تعهدها بـ…» (up to eight words, no comma, between; not
 * giving up, «نفى تخلي بلاده عن …», which keeps the position).
 */
const DENIED_ACCEPTANCE = new RegExp(
  `(?:^|\\s)[وف]?(?:نفي|نفت|ينفي|تنفي|ننفي|نافيا|نافيه)\\s+(?:${OWN_CLAUSE_NEXT}[^\\s،,.؛:]+\\s+){0,8}?"?(?:ال)?(?:قبول|موافق|تعهد)[\\u0621-\\u064A]*\\s+(?:${OWN_CLAUSE_NEXT}[^\\s،,.؛:]+\\s+){0,8}?"?$`,
);
/** How far before a cue its negation and its denial are looked for (characters). */
const NEGATION_REACH = 14;
const DENIAL_REACH = 180;

/** `before` (the text up to a cue) ends in a negation of the cue. */
const negatedBefore = (before: string) =>
  NEGATED_BEFORE.test(before.slice(-NEGATION_REACH)) || (before.includes("لم") && NO_LONGER_SUBJECT_BEFORE.test(before.slice(-40)));
/**
 * A report denied earlier in the sentence, the cue inside it: «نفى غاتيلوف صحة ما أعلنته وكالة …، من أن الإبراهيمي وقف
 * ضد …», «نفت الخارجية ما نشرته صحف … عن أن الرياض اشترطت …»; or said to be untrue, «لا صحة لما تداولته بعض وسائل
 * الإعلام عن …», «لا أساس من الصحة للأنباء التي …»; or belied, «كذّبت طهران الأنباء عن …», «دحض», «فنّد». A speech verb or a contrast after the report («…، قائلا إن …», «…، وقال: "…"») starts the speaker's
 * own words again. The denier may be named at length, up to fourteen words, a day and a date among them («نفى المتحدث
 * الرسمي باسم الخارجية الروسية ألكسندر لوكاشيفيتش ما تناقلته …», «نفى المتحدث … بيسكوف، يوم الجمعة 22 يناير/كانون
 * الثاني، صحة ما نشرته …»), and the report be what went round («ما تردد في بعض وسائل الإعلام عن تفاهم …», «التقارير
 * التي تحدثت عن …»), named without the article, its adjective and its verb after it («نفت الخارجية الروسية تقارير صحفية
 * تحدثت عن طلب الكرملين …», «نفى أنباء تفيد بأن …»). (A correction by the outlet itself: CORRECTED_REPORT.)
 */
/** Verbs of saying or stating that open a speaker's own words («قال», «أكدت», «مضيفاً» …), as alternatives. */
const SAYING_VERBS = String.raw`قائلا|قال|قالت|مضيفا|مضيفه|مؤكدا|مؤكده|اكد|اكدت|مشيرا|مشيره|اضاف|اضافت|مشددا|مشدده|شدد|شددت|معتبرا|معتبره|اعتبر|اعتبرت`;
/**
 * The rest of the text up to the cue, with no stop and no new verb of saying (or «لكن», «بل») between: what a denial or
 * a correction is about ends where the speaker goes on to say something of his own («…، مشدداً على أن …»).
 */
const NO_NEW_SAYING_TO_END = String.raw`\s(?:(?!(?<![\u0621-\u064A])(?:[وف]?(?:${SAYING_VERBS}|لكن|لكنه|لكنها|بل))[\s:])[^.؛!?؟])*$`;
const DENIED_REPORT = new RegExp(
  String.raw`(?:^|\s)[وف]?(?:(?:نفي|نفت|ينفي|تنفي|ننفي|نافيا|نافيه)\s+(?:"?[^\s"]+"?\s+){0,14}?(?:صحه|دقه|ما\s+(?:(?:نشرت|اوردت|تناقلت|ذكرت|تداولت|نقلت|نسبت|بثت)(?:ه|ها)|بثه|روجت(?:ه|ها)?|تردد|يتردد|اشيع|يشاع|راج|يروج|نسب)|(?:ال)?(?:تقارير|انباء|اخبار|شائعات|تسريبات|معلومات)(?:\s+(?:ال)?(?:صحفيه|صحافيه|اعلاميه|غربيه|اجنبيه))?\s+(?:التي|الصحفيه|الاعلاميه|تحدثت|تتحدث|افادت|تفيد|اشارت|تشير|زعمت|تزعم|نسبت|تنسب|نقلت|تنقل|ذكرت|تذكر)|(?:كل\s+)?(?:ال)?(?:تقارير|انباء|اخبار|شائعات|تسريبات|معلومات)\s+(?:عن|حول|بشان))|(?:كذب|كذبت|[يت]كذب|مكذبا|مكذبه|دحض|دحضت|[يت]دحض|فند|فندت|[يت]فند)\s+(?:[^\s"،,.]+\s+){0,4}?(?:ال)?(?:تقارير|انباء|اخبار|شائعات|تسريبات|معلومات|ادعاءات|مزاعم)(?:\s+(?:ال)?(?:صحفيه|صحافيه|اعلاميه|غربيه|اجنبيه))?\s+(?:التي|عن|حول|بشان|تحدثت|تتحدث|افادت|تفيد|اشارت|تشير|زعمت|تزعم|نسبت|تنسب|نقلت|تنقل|ذكرت|تذكر)|(?:لا|ليس\s+هناك\s+اي|لا\s+توجد\s+اي)\s+صحه\s+[^\s"]+|لا\s+اساس\s+(?:(?:له|لها)\s+)?من\s+(?:ال)?صحه\s+[^\s"]+)` +
    NO_NEW_SAYING_TO_END,
);
/**
 * `before` may hold a denial: every denial verb the patterns above name holds «نف» («نفى», «نفت», «ينفي» …), «ناف»
 * («نافياً», «نافية»), «كذب», «دحض» or «فند» («كذّبت طهران الأنباء عن …»), and a report said to be untrue holds « صحة »
 * as a word («لا صحة لما …», «لا أساس من الصحة للأنباء …»). Most texts hold none,
 * and are refused without running the patterns, which try their leading `(?:^|\s)` at every position of the text.
 */
const mayDeny = (before: string) =>
  before.includes("نف") ||
  before.includes("ناف") ||
  before.includes(" صحه ") ||
  before.includes("كذب") ||
  before.includes("دحض") ||
  before.includes("فند") ||
  before.includes("الصحه ");
/**
 * An earlier report corrected by the outlet itself, as a live page does («تصحيح: ورد في إدخال سابق أن الائتلاف وافق …»,
 * «نسبنا في خبر سابق إلى الوزير قوله إن …»), up to the cue with no stop between. Tried only where « سابق» is in the text.
 */
const CORRECTED_REPORT = new RegExp(
  String.raw`(?:^|\s)(?:ورد|جاء|نسبنا|ذكرنا|اوردنا)\s+(?:[^\s"]+\s+){0,8}?(?:في\s+)?(?:ال)?(?:ادخال|خبر|تقرير|نبا)\s+(?:ال)?سابق` +
    NO_NEW_SAYING_TO_END,
);
/**
 * So is what the outlet says it attributed in an item of its own («نشرنا في عدد أمس خبراً …، نسبنا فيه إلى المنسق العام
 * قوله إن …»), to correct it; not what it only recalls having reported («أوردنا فيه أن …», «ذكرنا فيها أن …»). Tried
 * only where «نا في» is in the text.
 */
const ATTRIBUTED_IN_IT = new RegExp(String.raw`(?:^|\s)نسبنا\s+(?:فيه|فيها)` + NO_NEW_SAYING_TO_END);
/**
 * An earlier version named by the outlet in its correction, or a saying it says was attributed in error («تصحيح: ذكرت
 * نسخة سابقة من هذا الخبر أن الإبراهيمي قال إن …», «نُسب خطأً إلى الوزير قوله إن …»): what it held is withdrawn, up to
 * the cue (its saying verbs are the withdrawn report's own), until the outlet gives the right version («وقد عُدّلت»,
 * «والصحيح أن»). Tried only where «نسخ» or «خطا» is in the text.
 */
const WITHDRAWN_VERSION = new RegExp(
  String.raw`(?:^|\s)(?:(?:ذكرت|اشارت|اوردت|قالت|نسبت)\s+(?:ال)?نسخه\s+(?:ال)?سابقه|(?:نسب|نسبت|عزي|عزيت)\s+(?:\S+\s+){0,2}?خطا)\s` +
    String.raw`(?:(?!\s(?:وقد\s+|و)?(?:عدلت|عدل|صححت|صحح|الصحيح|الصواب)(?:\s|$))[^.؛!?؟])*$`,
);
/** The rest of the text up to the cue with no answer begun (NO_NEW_SAYING_TO_END, a verb of answering or a colon). */
const NO_ANSWER_TO_END = String.raw`\s(?:(?!(?<![\u0621-\u064A])[وف]?(?:اجاب|اجابت|رد|ردت|اوضح|اوضحت|${SAYING_VERBS}|لكن|لكنه|لكنها|بل)[\s:])[^.؛!?؟:])*$`;
/** A verb of saying opening a cue («وأكدت |أن …»): the speaker's own words, not what he denied before (settleCues). */
export const OWN_SAYING_AT = new RegExp(String.raw`^[وف]?(?:اوضح|اوضحت|${SAYING_VERBS})(?:\s|$)`);
/**
 * Reports a question is about («وسألته المحاورة عن تقارير تحدثت عن … وعن أن أنقرة "باتت تقبل …"»): what they say is
 * put to the one asked, no one's position. Tried only where «سال» or «سئل» is in the text.
 */
const ASKED_ABOUT_REPORTS = new RegExp(
  String.raw`(?:^|\s)[وف]?(?:سال|سالت|سالته|سالها|سئل|سئلت)\s+(?:[^\s"]+\s+){0,4}?(?:عن|حول)\s+(?:ال)?(?:تقارير|انباء|اخبار|معلومات|شائعات)` +
    NO_ANSWER_TO_END,
);
/** `before` ends in a denial whose object is the cue. */
export const deniedBefore = (before: string) =>
  (mayDeny(before) &&
    (DENIED_BEFORE.test(before.slice(-DENIAL_REACH)) ||
      DENIED_REPORT.test(before) ||
      DENIED_ACCEPTANCE.test(before.slice(-DENIAL_REACH)))) ||
  (before.includes(" سابق") && CORRECTED_REPORT.test(before)) ||
  (before.includes("نا في") && ATTRIBUTED_IN_IT.test(before)) ||
  ((before.includes("نسخ") || before.includes("خطا")) && WITHDRAWN_VERSION.test(before)) ||
  ((before.includes("سال") || before.includes("سئل")) && ASKED_ABOUT_REPORTS.test(before));

/**
 * Declining to comment on a position (or not commenting, «دون أن تعلق»), and its «على» right before the cue, up to three words between («لم تعلق على سحب
 * الدعوة», «رفض التعليق على قرار استبعاد إيران», «امتنع عن التعليق على المطالبة برحيل الأسد», the subject between: «لم
 * يعلق لافروف على …»), is no position on it; the refusal there is the comment's, not the cue's. The verb negated or
 * the noun: «علق» also hangs one thing on another («يجب ألا تعلق المفاوضات على أي شرط», «تعلق المعارضة آمالها على
 * رحيله», «تعليق مشاركتها على …»), its object between, read as its own words.
 */
const COMMENTED_ON =
  /(?:^|\s)[وف]?(?:(?:لم|لا|لن|(?:من\s+)?دون\s+ان|بدون\s+ان)\s+[يتن]علق(?:وا|ون|ان)?|(?:ال)?تعليق(?:ه|ها|هم)?)(?:\s+(?!(?:ال)?(?:امال|مفاوض|محادث|مشارك|حضور|ذهاب|حوار|مؤتمر|جول|انضمام|عضوي)|علي\s)[^\s،,.؛:"]+){0,3}?\s+علي\s+(?:[^\s،,.؛:]+\s+){0,3}$/;
/**
 * A verb of mentioning or touching on, negated in the past, right before what it would mention: «لم تشر بساكي إلى
 * |دور الأسد|», «لم يتطرق البيان إلى |مشاركة إيران|», «دون أن يذكر |رحيل الأسد|» (its subject before «إلى/عن», at most
 * three words after, none a position another holds: «إلى ما ورد بشأن»): the narrative of an omission. So is no
 * position stated on it: «من دون أن يحدد موقفاً من |المطالب الكردية|», «لم يبدِ أي موقف من …», «لم يحدد بعد موقفه من …».
 * Nor a matter not discussed: «إن الاجتماع لم يبحث |شروط المشاركة|», «لم يناقش الائتلاف مسألة |رحيل الأسد|» (the past
 * only: «لن نناقش رحيل الأسد», «لم نناقش ولن نناقش …» refuse it; not «لم يطرح أي شروط», conditions not set); a
 * position not announced or made clear on it: «لم تعلن السعودية حتى الآن موقفها من |دعوة إيران|», «لم يكشف الجبير عن
 * موقف المملكة من |رحيل الأسد|».
 * (Not the present, «البيان لا يذكر شيئاً عن تنحي الأسد»: what a speaker says a text leaves out; nor «لم يتحدث سوى
 * عن …», what he spoke of only; nor past «أن», another clause: «دون أن يذكر موعداً أن على الأسد أن يرحل»; nor
 * «تجاهل»: what was ignored is another's position, stated.)
 */
const NOT_MENTIONED =
  /(?:^|\s)[وف]?(?:لم|دون\s+ان|من\s+دون\s+ان|بدون\s+ان)\s+(?:(?:[يتن]شر|[يتن]شير|[يتن]تطرق|[يتن]تحدث)(?:وا|ون|ان)?(?:\s+(?!(?:سوي|الا|ان|بان)(?:\s|$))[^\s،,.؛:"]+){0,3}?\s+(?:الي|عن)|[يتن]ذكر(?:وا|ون)?|[يتن](?:بحث|ناقش|تناول|تداول)(?:وا|ون|ان)?(?!\s+و?(?:لن|لا)\s)|[يتن](?:حدد|بد|بدي|علن|وضح|كشف)(?:وا|ون)?(?:\s+(?!موقف)[^\s،,.؛:"]+){0,4}?\s+(?:اي\s+)?موقف(?:ا|ه|ها|هم)?(?:\s+(?!(?:من|ازاء|حيال|بشان|تجاه)\s)[^\s،,.؛:"]+){0,2}?\s+(?:من|ازاء|حيال|بشان|تجاه))(?:\s+(?!(?:ان|بان|انه|انها|[وفب]?(?:ال)?(?:رفض|دعم|تاييد|معارضه|مطالبه|ترحيب|تمسك|اصرار)[\u0621-\u064A]*)(?:\s|$))[^\s،,.؛:"]+){0,3}?\s*$/;
/** `before` (the text up to a cue) ends in a comment on it; most texts hold neither «علق» nor «تعليق» and skip the pattern. */
export const commentedOn = (before: string, after = "") =>
  ((before.includes("علق") || before.includes("تعليق")) && COMMENTED_ON.test(before.slice(-60))) ||
  ((before.includes("خوض") || before.includes("دخول")) && DECLINED_GOING_INTO.test(before.slice(-80))) ||
  ((before.includes("اجاب") || before.includes("رد") || before.includes("افصاح")) &&
    DECLINED_ANSWER.test(before.slice(-110)) &&
    !ANSWERED_INSTEAD.test(after)) ||
  ((before.includes("حسم") || before.includes("قرار")) && UNDECIDED.test(before.slice(-90)));
/**
 * Not yet decided, right before what is undecided: «لم يحسم (حتى الآن) مسألة |توجيه الدعوة إلى إيران|», «لم تتخذ
 * قراراً بعد بشأن |مشاركتها|» (its subject and at most four words between). What is still open holds nothing.
 */
const UNDECIDED =
  /(?:^|\s)[وف]?(?:لم|لا|لن)\s+(?:[يتن]حسم(?:وا|ون|ان)?|[يتن]تخذ(?:وا|ون|ان)?\s+(?:اي\s+)?(?:ال)?قرار(?:ا|ه|ها)?)(?:\s+[^\s،,.؛:"]+){0,4}?\s+(?:(?:بعد|حتي\s+الان|بشان|حول|في|ازاء)\s+)?(?:(?:ال)?(?:مساله|موضوع|قضيه|امر|ملف)\s+)?$/;
/** What the one declining said instead, after the words asked of (a participle of saying, «لكنه», a colon). */
const ANSWERED_INSTEAD =
  /(?:^|\s)[وف]?(?:قائلا|قائله|مضيفا|مضيفه|مكتفيا|مكتفيه|موضحا|موضحه|بالقول|لكنه|لكنها|غير\s+انه|الا\s+انه)(?![\u0621-\u064A])|:/;
/**
 * Declining to answer or to disclose, right before what was asked: «رفض الإجابة على سؤال حول |بقاء الأسد|», «امتنع
 * عن الرد على الأسئلة المتعلقة بـ|دعوة إيران|», «رفضت الإفصاح عن |موقف بلادها|» (its subject and at most three words
 * between the refusing and the answering, and at most four after the question). An answer withheld holds nothing.
 * (Not a reply refused to demands, «رفض الرد على المطالبات برحيله»: no question is named; nor one he gave all the
 * same, ANSWERED_INSTEAD: «امتنع عن الإجابة عن سؤال بشأن مستقبل الأسد قائلاً "هذا أمر يقرره السوريون"».)
 */
const DECLINED_ANSWER =
  /(?:^|\s)[وف]?(?:رفض|رفضت|رفضوا|رافضا|رافضه|[يت]رفض|امتنع|امتنعت|ممتنعا|تجنب|تجنبت|[يت]تجنب|متجنبا|تحاشي|تحاشت)(?:\s+[^\s،,.؛:"]+){0,6}?\s+(?:عن\s+)?(?:(?:ال)?(?:اجابه|رد)\s+(?:علي|عن)\s+(?:ال)?(?:سؤال|اسئله|استفسار|استفسارات)(?:\s+[^\s،,.؛:"]+){0,4}?\s+|(?:ال)?افصاح\s+عن\s+)(?:(?:حول|بشان|عن|عما|ب)\s*)?(?:[^\s،,.؛:]+\s+){0,2}$/;
/**
 * Declining to go into something, right before it: «رافضاً الخوض في مسألة |دعوة إيران|», «رفض الدخول في |مصير الأسد|»
 * (its subject and at most three words between). (Not «رفض الحديث عن أي دور للأسد»: talk of it rejected is a position.)
 */
const DECLINED_GOING_INTO =
  /(?:^|\s)[وف]?(?:رفض|رفضت|رفضوا|رافضا|رافضه|[يت]رفض|امتنع|امتنعت|ممتنعا)(?:\s+[^\s،,.؛:"]+){0,3}?\s+(?:ال)?(?:خوض|دخول)\s+في\s+(?!(?:اي|ايه)\s)(?:[^\s،,.؛:]+\s+){0,3}$/;
/**
 * `before` (the text up to a composed cue) ends in a negated verb of mentioning (NOT_MENTIONED). Read by the composed
 * cues' polarity only: the phrase rules and the Iran pass read their own triggers, which such a verb may stand before
 * without governing («أعلن دون أن يتحدث عن التفاصيل رفضَ المملكة …»).
 */
export const notMentioned = (before: string) =>
  /شر|تطرق|ذكر|تحدث|بحث|ناقش|تناول|تداول|حدد|بد|علن|وضح|كشف/.test(before) && NOT_MENTIONED.test(before.slice(-80));

/**
 * Refusing to come if the taking part is made conditional («لن تشارك إذا كانت المشاركة |مرهونة بقبول …»): the
 * condition is what it refuses, not one it sets.
 */
const REFUSED_IF_CONDITIONED =
  /(?:^|\s)"?[وف]?(?:لن|لا)\s+[نيت](?:شارك|حضر|ذهب|قبل)[^.؛:!?؟]*?\s(?:اذا|لو|في\s+حال)(?:\s+ما)?\s+(?:كانت|كان)\s+(?:[^\s،,.؛:]+\s+){0,2}$/;

/**
 * No one's right to make something a condition («لا يحق لأي طرف أن يجعل رحيله شرطاً مسبقاً», «ليس من حق أحد أن يفرض
 * …»), up to four words of what is made one: a condition refused, not set.
 */
const NO_RIGHT_TO_SET_BEFORE =
  /(?:^|\s)"?[وف]?(?:لا|ليس)\s+(?:[يت]حق|من\s+حق|[يت]ملك\s+(?:ال)?حق)\s+[^.،,؛:]{0,40}?\s(?:ان|في)\s+(?:[يت](?:جعل|ضع|فرض)|جعل|وضع|فرض)[\u0621-\u064A]*\s+(?:[^\s.،,؛:]+\s+){0,4}$/;

/**
 * No one's right to do what the cue says: «لا يحق لأحد أن |يطالب برحيل الأسد», «لا أحد في العالم يحق له أن |يشترط
 * تنحيه», «ليس من حق أي دولة أن |تعترض على مشاركة إيران», «أحداً لا يملك أن …»: the speaker refuses the demand, the
 * condition or the rejection, as «لا» right before it would. Only «أحد» or «أي X» as the one denied the right
 * («لا يحق لإيران أن تشارك» denies a party its own part, and is read as its cue says); up to three words after the
 * one denied («في العالم», «في هذه القاعة») and one verb after «أن» before a cue that is a noun («أن يطالب |بإقصائها»),
 * the Syrians it would be imposed on named after it («أن يفرض على السوريين |حكومة من دون الأسد»), and after them his
 * going as the object before a word of condition («أن يفرض على السوريين رحيل رئيسهم |شرطاً للحوار»; not «أن يجعل رحيل
 * الأسد شرطاً», which is read as a stance on him only).
 */
const NO_RIGHT_BEFORE =
  /(?:^|\s)"?[وف]?(?:(?:لا\s+[يت]حق|ليس\s+من\s+حق|ليس)\s+(?:لاحد|احد|لاي(?:\s+[^\s،,.؛:"]+){1,2}|اي(?:\s+[^\s،,.؛:"]+){1,2})|(?:لا|و?ما\s+من)\s+احد(?:\s+[^\s،,.؛:"]+){0,3}?\s+(?:[يت]حق\s+له|[يت]ملك(?:\s+(?:ال)?حق)?|له\s+(?:ال)?حق)|احدا?\s+لا\s+(?:[يت]حق\s+له|[يت]ملك(?:\s+(?:ال)?حق)?)|لا\s+[يت]ملك\s+احد(?:\s+(?:ال)?حق)?)(?:\s+[^\s،,.؛:"]+){0,3}?\s+(?:في\s+|ب)?ان\s+(?:[يت][\u0621-\u064A]{2,}\s+(?:(?:علي|في)\s+(?:(?:ال)?(?:سوريين|شعب\s+(?:ال)?سوري)\s+(?:(?:رحيل|تنحي|تنحيه|خروج)\s+[^\s،,.؛:"]+\s+)?)?|ب)?)?$/;
/**
 * A judgement that doing it is unrealistic, unacceptable or wrong, then «أن» and the cue (a verb of demanding in the
 * first person or none between): «من غير الواقعي أن |نطالب برحيل الأسد», «من الخطأ أن |نشترط …»: the speaker refuses
 * what follows, as «لا» right before it would.
 */
const JUDGED_WRONG_THAT_BEFORE =
  /(?:^|[\s"«])[وف]?(?:من\s+(?:غير\s+(?:ال)?(?:واقعي|مقبول|منطقي|معقول|مجدي)|(?:ال)?(?:خطا|عبث|مستحيل|سذاجه))|ليس\s+من\s+(?:ال)?(?:واقعي|منطقي|معقول|مقبول))\s+ان\s*$/;
/** `before` (the text up to a cue) ends in no one's right to it (NO_RIGHT_BEFORE); most texts hold no «حق» nor «يملك». */
export const noRightBefore = (before: string) =>
  (before.includes("حق") || before.includes("ملك")) && NO_RIGHT_BEFORE.test(before.slice(-90));

/**
 * A negated verb whose object is «أي …», up to eight words of it before the cue: «لم تتلق أصلاً أي طلب رسمي بقبول
 * بيان جنيف 1 |شرطاً للحضور», «لم توافق في أي وقت على …». «أي» after the negation keeps it over the whole object
 * (nothing of it was received or agreed), past the few words a negation reaches otherwise. (Not past «إلا»,
 * «سوى», «بل», «لكن»: «لن نقبل بأي حل إلا برحيل الأسد شرطاً …» sets what it excepts.)
 */
const NEGATED_ANY_BEFORE = negatedAnyBefore(0);
/** NEGATED_ANY_BEFORE with at least `minWords` words of the object between «أي» and the cue. */
export function negatedAnyBefore(minWords: number): RegExp {
  return new RegExp(
    `(?:^|\\s)"?[وف]?(?:لا|لم|لن|ليس|ليست)\\s+(?:(?!(?:الا|سوي|بل|لكن|لكنه|لكنها)\\s)[^\\s،,.؛:"]+\\s+){0,4}?(?:ب?اي|ب?ايه)\\s+(?:(?!(?:الا|سوي|بل|لكن|لكنه|لكنها)\\s)[^\\s،,.؛:"]+\\s+){${minWords},8}$`,
  );
}

/** «لم تعد», «لم يعد», «لم نعد», «لم يعودوا», «لم يعودا»: no longer. */
const NO_LONGER = String.raw`لم\s+[يتن](?:عد|عودوا|عودا)`;
/** A negation right before a conditional marker, or a negated verb of setting it: «لا |شرط», «لا يطرح |شرط». */
const NEGATED_RIGHT_BEFORE = new RegExp(
  String.raw`(?:^|\s)"?[وف]?(?:لا|لن|لم|ليس|ليست|دون|بدون|غير|عدم|${NO_LONGER})\s+(?:[نيت](?:طرح|ضع|فرض)(?:ون)?\s+)?$`,
);
/**
 * «لم تعد» with its subject of one or two words between it and the cue («ولم تعد الولايات المتحدة |تشترط …»), read
 * further back than the negation right before a cue (NEGATION_REACH).
 */
const NO_LONGER_SUBJECT_BEFORE = new RegExp(String.raw`(?:^|\s)"?[وف]?${NO_LONGER}\s+[^\s،,.؛:"]+(?:\s+[^\s،,.؛:"]+)?\s+$`);

function requirementsMet(rule: CompiledRule, sentence: string, at: number, lexicon: Lexicon): boolean {
  if (rule.requiresParticipation && !lexicon.participation.test(sentence)) return false;
  if (rule.requiresNearby && !rule.requiresNearby.test(sentence)) return false;
  // A negated or denied conditional marker («لا نشترط», «لم يعد يشترط», «نفى أن يكون قد اشترط») is not a condition;
  // nor one a negated verb of setting puts forward («لا يطرح شرط رحيل الأسد قبل التفاوض»).
  if (
    rule.stance === "conditional" &&
    (NEGATED_RIGHT_BEFORE.test(sentence.slice(Math.max(0, at - NEGATION_REACH), at)) ||
      NO_LONGER_SUBJECT_BEFORE.test(sentence.slice(Math.max(0, at - 40), at)) ||
      deniedBefore(sentence.slice(0, at)) ||
      NEGATED_ANY_BEFORE.test(sentence.slice(Math.max(0, at - 120), at)) ||
      REFUSED_IF_CONDITIONED.test(sentence.slice(Math.max(0, at - 120), at)) ||
      NO_RIGHT_TO_SET_BEFORE.test(sentence.slice(Math.max(0, at - 100), at)) ||
      noRightBefore(sentence.slice(0, at)))
  ) {
    return false;
  }
  return true;
}

/**
 * A retreat from the cue, «عن» right before it and up to three words (its subject) between the verb or noun and «عن»:
 * «تخلت واشنطن عن المطالبة برحيل الأسد», «تراجع عن المطالبة بـ…», «التراجع عن …»: no longer held, as «لم يعد يطالب»
 * (not where the cue is what retreats: «تخلي الأسد عن السلطة» is inside the cue; nor a retreat denied or only possible:
 * «لن تتراجع عن المطالبة برحيله», «لم تتخل», «قد تتراجع»).
 */
const RETREATED_BEFORE =
  /(?:^|\s)"?(?<!(?:^|\s)(?:لم|لن|لا|ما|قد|هل)\s)[وفب]?(?:[يتن]?(?:تخلي|تخلت|تخلوا|تراجع|تراجعت|تراجعوا)|(?:ال)?(?:تخلي|تراجع)(?:ه|ها|هم)?|تراجعا|تخليا)(?:\s+[^\s،,.؛:"]+){0,3}?\s+عن\s+$/;
/** `before` is the sentence, the cue at `at`: the words before it end in a retreat from it (RETREATED_BEFORE). */
const retreatedBefore = (sentence: string, at: number) =>
  sentence.lastIndexOf("عن", at) > at - 6 && RETREATED_BEFORE.test(sentence.slice(Math.max(0, at - 60), at));

/** A cue opening on «دون», «بدون», «بلا», «من دون», «من غير» (and «و/ف»). */
/** A negation of a predicate inside a cue's words: «رحيل الأسد |ليس| شرطاً», «|لن| يكون شرطاً», «|لا| يمكن أن يكون». */
const NEGATED_PREDICATE_IN = /(?:^|\s)(?:ليس|ليست|لن|لا|لم)\s/;
/** «و» and a negation right after the words: a second predicate of the same subject joined to the first. */
const JOINED_NEGATION_AFTER = /^\s*و(?:لن|لا|لم|ليس|ليست)\s/;
/**
 * Whether what follows a cue whose own words deny a predicate only repeats the denial: «رحيل الأسد ليس شرطاً ولن يكون
 * شرطاً لأي تسوية» (the rejecting predicate after the words is the same subject's, not a judgement of the cue).
 */
function repeatedDenial(cueText: string, after: string): boolean {
  return NEGATED_PREDICATE_IN.test(cueText) && JOINED_NEGATION_AFTER.test(after);
}

const WITHOUT_AT = /^[وف]?(?:من\s+(?:دون|غير)|بدون|دون|بلا)\s/;

/**
 * Going refused, a negated verb of going or taking part («لن نذهب», «لا يشارك», «لن نقبل الذهاب») or a refusal of
 * it («نرفض الذهاب», «يرفض أن يشارك», the cleft «ما نرفضه هو الذهاب»), up to six words of its clause before the
 * cue (none of them «إلا», «سوى», «بل», «لكن», «أن»).
 */
const NOT_GOING_BEFORE =
  /(?:^|\s)"?[وف]?(?:(?:لن|لا|لم)\s+[انيت](?:ذهب|شارك|حضر|جلس|تفاوض|فاوض|توجه|دخل)[\u0621-\u064A]*|(?:لن|لا)\s+[انيت]قبل\s+(?:ب)?(?:ال)?(?:ذهاب|مشاركه|حضور|جلوس|تفاوض|دخول)|(?<!عن\s)(?:ما\s+)?(?:نرفض|يرفض|ترفض|رفض|رفضت|رفضنا|رفضوا|يرفضون|نرفضه|يرفضه|ترفضه)(?:\s+(?:بشده|قطعا))?(?:\s+هو)?\s+(?:(?:ال)?(?:ذهاب|مشاركه|حضور|جلوس|تفاوض|دخول|توجه)|ان\s+[انيت](?:ذهب|شارك|حضر|جلس|تفاوض|فاوض|توجه|دخل)[\u0621-\u064A]*))(?:\s+(?!(?:الا|سوي|بل|لكن|لكنه|لكنها|ان|انه|انها)\s)[^\s،,.؛:!?؟"]+){0,6}?\s+$/;

/** «فقط/فحسب» right after the cue, or «بل» opening the next clause: «لن يشارك دون شروط فقط، بل …» ("not only"). */
const NOT_ONLY_AFTER = /^(?:\s+مسبق[اه]?)?\s*(?:(?:فقط|فحسب)(?![\u0621-\u064A])|[،,]?\s*بل\s)/;
/** «فحسب/فقط» and «بل» right after a cue: "not only … but", the negation before the cue denies only "only". */
const ONLY_THEN_RATHER_AFTER = /^\s*(?:فقط|فحسب)\s*[،,]?\s*و?بل\s/;

/** Cues are at most a sentence long, so only the kept cues of the last few hundred characters can overlap. */
const MAX_CUE_LENGTH = 1200;

function resolveOverlaps(cues: Cue[]): Cue[] {
  sortCues(cues, (a, b) => a.start - b.start || b.end - a.end);
  const kept: Cue[] = [];
  for (const c of cues) {
    let from = kept.length;
    while (from > 0 && kept[from - 1]!.start > c.start - MAX_CUE_LENGTH) from--;
    let at = from;
    while (at < kept.length && !clashes(kept[at]!, c)) at++;
    if (at === kept.length) {
      kept.push(c);
      continue;
    }
    const clash = kept[at]!;
    // Unconditional beats conditional on the same words; otherwise the longer cue says more.
    const cWins =
      CONTRARY[clash.stance] === c.stance ||
      (!(CONTRARY[c.stance] === clash.stance) && c.end - c.start > clash.end - clash.start && clash.topic === c.topic);
    if (cWins) kept[at] = c;
  }
  sortCues(kept, (a, b) => a.start - b.start);
  return kept;
}

/**
 * Two cues on overlapping words that cannot both stand: on one topic, or one the contrary of the other. Contrary
 * cues one right after the other clash too («لن تقبل أي شروط مسبقة |مقابل مشاركتها»: the refusal governs the price).
 */
const clashes = (k: Cue, c: Cue) => {
  const contrary = CONTRARY[c.stance] === k.stance || CONTRARY[k.stance] === c.stance;
  // (A refusal only: «يذهب دون شروط مسبقة شرط أن …» states both.)
  const reach = contrary && (k.rule.includes("reject") || c.rule.includes("reject")) ? 2 : 0;
  return k.start < c.end + reach && c.start < k.end + reach && (k.topic === c.topic || contrary);
};

/**
 * Sorts `cues` in place, stably, as Array.prototype.sort does. An insertion sort: an article has a handful of cues,
 * found sentence by sentence, so each moves back past few others, in less time than the builtin takes to set up.
 */
function sortCues(cues: Cue[], order: (a: Cue, b: Cue) => number): void {
  for (let i = 1; i < cues.length; i++) {
    const c = cues[i]!;
    let j = i - 1;
    while (j >= 0 && order(cues[j]!, c) > 0) cues[j + 1] = cues[j--]!;
    cues[j + 1] = c;
  }
}

/**
 * The objection after her taking part, a noun or verb with its object taken up by a preposition and a demonstrative or
 * pronoun, up to five words (its subject) between, ending the clause: «مشاركة طهران لم يتم البت فيها بسبب |معارضة
 * الولايات المتحدة لذلك الأمر», «حضور إيران ما زال معلقاً بسبب |اعتراض واشنطن عليه», «… وتتخذ الرياض موقفاً سلبياً
 * منه». The object is what was named before it, her taking part. (Not «لذلك» opening a clause, "therefore": it is
 * read only after the word of objecting.)
 */
const OBJECTION_TAKEN_UP =
  /^[^\s.,،؛:!?؟]+(?:\s+[^\s.,،؛:!?؟"«»]+){0,5}?\s+(?:ل(?:ذلك|هذا)|لها|له|علي(?:ه|ها|\s+(?:ذلك|هذا))|من(?:ه|ها|\s+(?:ذلك|هذا))|(?:ازاء|تجاه)(?:ه|ها|\s+(?:ذلك|هذا)))(?:\s+(?:ال)?(?:امر|مشاركه|حضور|موضوع))?(?=\s*(?:$|[.,،؛:!"»”]))/;
/** Her exclusion as the word of rejection («استبعادها», «وإقصاء إيران»), with the rest of its word. */
const EXCLUSION_TRIGGER = /^\s*[وفبل]?(?:ال)?(?:استبعاد|ابعاد|اقصاء)[\u0621-\u064A]*/;

/** Attempts, efforts or calls right before the end of the text, a quotation mark allowed: «"محاولات |إقصاء إيران». */
const ATTEMPTS_TO_END = /\s["«]?[وبل]?(?:ال)?(?:محاولات|محاوله|مساعي|مسعي|جهود|دعوات)\s+["«]?$/;
/** A word of attempting as a trigger's first word («محاولات», «مساعي», a quotation mark allowed). */
const ATTEMPT_WORD = /^["«]?[وبل]?(?:ال)?(?:محاولات|محاوله|مساعي|مسعي|جهود)$/;

/**
 * Iran's participation: a participation word with Iran right after it (or listed after «خصوصاً / ولا سيما»),
 * or an «وفد إيراني». Support or oppose comes from the triggers before it in its clause; a condition marker
 * with a condition verb makes it conditional. Opposition stated after it («لكن واشنطن … يرفضون», «ترفض …
 * هذه المشاركة») gives a second cue whose holders are the parties named there.
 * Example: "تريد روسيا أن تشارك إيران لكن الولايات المتحدة يرفضون" → support (holder to find), oppose [usa]
 */
export function findIranCues(
  normal: string,
  sentences: readonly Sentence[],
  mentions: SentenceMentions,
  words: WordIndex,
  boundaries: ClauseBoundaries,
  present: KeywordPresence,
  lexicon: Lexicon,
): Cue[] {
  const ir = lexicon.iran;
  const herGaps = herPredicateGaps(lexicon);
  const withoutHer = lexicon.rules.find((r) => r.id === WITHOUT_HER_RULE);
  // A negation particle ending `text` («لا ترحب», «غير ضرورية»).
  const negated = (text: string) => ir.negation !== undefined && trailingMatch(ir.negation, text) !== null;
  // Regret or criticism within three words before the end of `text`, which starts at `from` («انتقد لافروف قرار …»).
  // Where the word of criticism stands when it governs the end of `text` (its subject then holds the cue).
  let criticAt: number | null = null;
  // The sentence read (for the names between a word of criticism and what it governs).
  let readIn = -1;
  const deplored = (text: string, from: number) => {
    const at = ir.deplore ? lastMatch(ir.deplore, text) : null;
    if (at === null) return false;
    // («انتقد لافروف السعودية |لأنها| ترفض مشاركة إيران»: a clause of cause between them states what the one
    // criticised does.)
    if (CAUSE_BETWEEN.test(text.slice(at))) return false;
    if (words.within(from + at, from + text.length, 3)) return true;
    // «انتقد روحاني قرار الأمين العام بان كي مون بسحب الدعوة», «أعرب عن أسفه لقرار بان كي مون سحب الدعوة»: the
    // decision criticised, its maker named after it (who is not the critic: the cue is held by the subject of the word
    // of criticism).
    if (DECISION_CRITICISED.test(text.slice(at))) {
      criticAt = from + at;
      return true;
    }
    // «انتقد وزير الإعلام السوري عمران الزعبي سحب الدعوة»: only its subject's names stand between.
    if (namesOnlyBetween(normal, words, from + at, from + text.length, mentions.in(readIn))) return true;
    // «انتقد تشوركين "محاولات إقصاء إيران"»: the attempts criticised, only its subject's names before them.
    const attempts = ATTEMPTS_TO_END.exec(text.slice(at));
    if (attempts && namesOnlyBetween(normal, words, from + at, from + at + attempts.index, mentions.in(readIn))) return true;
    // «انتقدت هيئة التنسيق، التي قررت عدم الانضمام إلى الوفد، سحب الدعوة»: its subject's names, then a relative clause
    // on them between commas.
    const aside = RELATIVE_ASIDE_TO_END.exec(text.slice(at));
    return aside !== null && namesOnlyBetween(normal, words, from + at, from + at + aside.index, mentions.in(readIn));
  };
  // A word of rejecting right before the end of `text` (which starts at `from`), or only its subjects' names (joined by
  // «و»), «على» and an adverb between («ورفضت موسكو |سحب الدعوة», «واعترضت الصين وروسيا على |سحب …», «عارضت منذ
  // البداية |سحب …»); not itself negated («لم ترفض سحب الدعوة» accepts it).
  const withdrawalRefused = (text: string, from: number) => {
    const at = REFUSING.test(text) ? lastMatch(REFUSING_WORD, text) : null;
    if (at === null || negatedBefore(text.slice(0, at + 1))) return false;
    if (REFUSING_RIGHT_BEFORE.test(text)) return true;
    const verbEnd = at + 1 + (/^\s*\S+/.exec(text.slice(at + 1))?.[0].length ?? 0);
    let rest = text.slice(verbEnd);
    for (const m of mentions.in(readIn))
      if (m.start >= from + verbEnd && m.end <= from + text.length)
        rest = rest.slice(0, m.start - from - verbEnd) + " ".repeat(m.end - m.start) + rest.slice(m.end - from - verbEnd);
    return REFUSED_BETWEEN.test(rest);
  };
  // A condition verb, but not accepting the invitation itself («في حال قبول إيران الدعوة»: that is her taking part).
  // Read over a few words past `to`, where the invitation accepted may be named («قبول | إيران الدعوة»).
  const conditionVerbIn = (from: number, to: number, end: number) =>
    ir.conditionVerbs.test(
      normal
        .slice(from, Math.min(end, to + 60))
        .replace(ACCEPTS_INVITATION, (m) => " ".repeat(m.length))
        .replace(WITHDRAWS_INVITATION, (m) => " ".repeat(m.length))
        .slice(0, to - from),
    );
  const cues: Cue[] = [];
  const iranAt: Array<{ start: number; end: number; sentence: number; delegation: boolean }> = [];
  // Iran and the participation words it governs share a sentence: look only in sentences naming Iran.
  // (`decided`: the UN's decision standing for the withdrawal of her invitation, «قرار بان كي مون».)
  const participations: Array<{ start: number; end: number; exclusion: boolean; decided?: true }> = [];
  // Whether the article names her invitation (asked once, for a sentence withdrawing «the invitation»), and its
  // withdrawal (for a sentence on the UN's decision).
  let herInvitation: boolean | undefined;
  let herWithdrawal: boolean | undefined;
  // Whether the UN's decision may be the withdrawal: only in an article naming an invitation and a withdrawal.
  const herWithdrawalNamed = normal.includes("دعو") && (normal.includes("سحب") || definiteAt(normal, "غاء", 0) >= 0);
  let invitationAt = 0;
  let decisionAt = 0;
  // Whether she is named right after `at`, in its clause (within three words, no comma between).
  const namedRightAfter = (named: readonly Hit[], at: number) =>
    named.some((m) => m.index >= at && words.within(at, m.index, 3) && !/[،,]/.test(normal.slice(at, m.index)));
  // Whether she is named within `reach` words after `at`, in its clause (no comma between).
  const namedWithin = (named: readonly Hit[], at: number, reach: number) =>
    named.some((m) => m.index >= at && words.within(at, m.index, reach) && !/[،,]|(?:^|\s)(?:التي|الذي)\s/.test(normal.slice(at, m.index)));
  // Her stand-in at `at`: a mention with no words of its own, where her name would stand.
  const standIn = (named: readonly Hit[], at: number) => [...named, { index: at, text: "" }].sort((a, b) => a.index - b.index);
  sentences.forEach((s, si) => {
    const mayName = present.mayMatch(lexicon.keywordSlots.iranMention, si);
    const mayTakePart = present.mayMatch(lexicon.keywordSlots.iranParticipation, si);
    // Most sentences can hold neither her name, nor a word of her taking part, nor (in an article naming a withdrawal)
    // the UN's decision: left at once.
    if (!mayName && !mayTakePart && !herWithdrawalNamed) return;
    let named = mayName ? matchesIn(ir.mention, normal, s.start, s.end) : NO_HITS;
    // «ووصف لافروف سحب الدعوة بأنه خطأ», in an article on her invitation: «the invitation» is hers, as if she were
    // named right after it (where her name would stand, with no words of its own); unless she is named right after
    // it, in its clause («سحب الدعوة الموجهة إلى إيران»).
    // The next «الدعوه» of the article, found once for the sentences up to it (not searched again from each one).
    if (invitationAt >= 0 && invitationAt < s.start) invitationAt = definiteAt(normal, "دعوه", s.start);
    const at = mayTakePart && invitationAt >= 0 && invitationAt < s.end ? theInvitationWithdrawn(normal, s) : undefined;
    if (at !== undefined && !namedRightAfter(named, at) && (herInvitation ??= INVITATION_OF_IRAN.test(normal))) named = standIn(named, at);
    // «… إيران … . وقال الإبراهيمي إن مشاركتها ستكون مفيدة»: her pronoun on a word of taking part stands for her,
    // as if named right after it, where she is the party it goes back to (herReferent). Where the sentence names
    // her, the composed cues read her pronoun.
    // (Only right after a sentence naming her: the one her pronoun goes back to, where this one names her not.)
    const her =
      mayTakePart && named.length === 0 && iranAt.length > 0 && iranAt[iranAt.length - 1]!.sentence === si - 1
        ? herParticipation(normal, s)
        : undefined;
    if (her !== undefined && herReferent(normal, s, her.start, mentions.in(si), si > 0 ? mentions.in(si - 1) : []))
      named = standIn(named, her.end);
    // «إيران دولة صديقة، وحضورها في أي اجتماع ضروري»: her pronoun on a word of taking part in a later clause of the
    // sentence naming her (past a comma, so not governed by that mention), where she is the party it goes back to.
    else if (mayTakePart && named.length > 0) {
      const last = named[named.length - 1]!;
      const own = herParticipationAfter(normal, s, last.index + last.text.length);
      // (In a relative clause on her name, she is its antecedent, whoever the clause names before the word.)
      if (own !== undefined && (own.relative || herReferent(normal, s, own.start, mentions.in(si), si > 0 ? mentions.in(si - 1) : [])))
        named = standIn(named, own.end);
    }
    // «ورحبت واشنطن بقرار بان», «انتقد قرار الأمين العام»: in an article on the withdrawal of her invitation, the UN's
    // decision is that withdrawal, her exclusion, as if named «سحب دعوة إيران».
    if (herWithdrawalNamed && decisionAt >= 0 && decisionAt < s.start) decisionAt = normal.indexOf("قرار", s.start);
    const decision = herWithdrawalNamed && decisionAt >= 0 && decisionAt < s.end ? unDecision(normal, s) : undefined;
    // («قرار الأمين العام سحب الدعوة الموجهة إلى إيران»: the withdrawal named after the decision, her name past it in
    // its clause, is read where she is named; the decision stands for nothing more. Not past a relative clause, «سحب
    // الدعوة التي وجهها إلى إيران», whose antecedent is the decision's maker.)
    const withdrawalNamed =
      decision !== undefined &&
      WITHDRAWAL_NAMED_AFTER.test(normal.slice(decision.end, decision.end + 12)) &&
      namedWithin(named, decision.end, 6);
    const decided =
      decision !== undefined &&
      !namedRightAfter(named, decision.end) &&
      !withdrawalNamed &&
      (herWithdrawal ??= (herInvitation ??= INVITATION_OF_IRAN.test(normal)) && HER_WITHDRAWAL.test(normal));
    if (decided) named = standIn(named, decision.end);
    // («انتقد لافروف قرار الأمم المتحدة سحب الدعوة الموجهة إلى إيران»: the decision's maker, named in it, opposes her
    // taking part all the same, whatever the speaker thinks of it.)
    else if (decision !== undefined && withdrawalNamed) {
      const makers = mentions
        .in(si)
        .filter((r) => r.start >= decision.start && r.end <= decision.end && r.party !== "iran" && !r.speakerOnly);
      if (makers.length > 0)
        cues.push({
          rule: "iran.oppose-decided",
          topic: "iran_participation",
          stance: "oppose",
          start: decision.start,
          end: decision.end,
          sentence: si,
          weight: ir.weights.oppose,
          holders: [makers[makers.length - 1]!],
        });
    }
    if (named.length === 0) return;
    for (const m of named) iranAt.push({ start: m.index, end: m.index + m.text.length, sentence: si, delegation: /وفد/.test(m.text) });
    const own: Array<(typeof participations)[number]> = present.mayMatch(lexicon.keywordSlots.iranParticipation, si)
      ? matchesIn(ir.participation, normal, s.start, s.end)
          // (Not a presence of forces or in Syria: «منتقداً وجود "قوات أجنبية" في سوريا، بينها "الحرس الثوري الإيراني"».)
          .filter(
            (m) =>
              !(/وجود/.test(m.text) && FORCES_PRESENCE_AFTER.test(normal.slice(m.index + m.text.length, m.index + m.text.length + 40))),
          )
          .map((m) => ({
            start: m.index,
            end: m.index + m.text.length,
            exclusion: ir.exclusion?.test(m.text) === true,
          }))
      : [];
    if (decided) {
      own.push({ start: decision.start, end: decision.end, exclusion: true, decided: true });
      own.sort((a, b) => a.start - b.start);
    }
    for (const p of own) participations.push(p);
  });
  if (iranAt.length === 0) return cues;
  const seen = new Set<number>();
  for (const iran of iranAt) {
    const si = iran.sentence;
    const s = sentences[si]!;
    // «انسحاب القوات الأجنبية، بما فيها الحرس الثوري |الإيراني|»: the adjective of her forces names no seat of hers.
    if (
      IRANIAN_ADJECTIVE.test(normal.slice(iran.start, iran.end)) &&
      HER_FORCES_BEFORE.test(normal.slice(Math.max(s.start, iran.start - 40), iran.start))
    )
      continue;
    // The participation word governing this mention of Iran.
    // Participations are sorted: walk back from the last one before this mention, within the sentence.
    const firstAfter = lowerBound(participations, iran.start);
    let p: (typeof participations)[number] | undefined;
    // Iran named in a list of those taking part («مشاركة كافة الأطراف المؤثرة، بينها إيران والسعودية»).
    let listed = false;
    for (let k = firstAfter - 1; k >= 0; k--) {
      const pp = participations[k]!;
      if (pp.start < s.start) break;
      if (pp.end > iran.start) continue;
      const gap = words.between(pp.end, iran.start);
      if (gap > 30) break;
      // Not across «إذا» («عدم المشاركة إذا حضرت طهران»): Iran is then the subject of the condition, not the one
      // taking part.
      // Nor across a comma («رحب … بسحب الدعوة، معتبراً أن إيران …»: she is the next clause's subject).
      if (
        (gap <= 2 && !IF_BETWEEN.test(normal.slice(pp.end, iran.start)) && !/[،,]/.test(normal.slice(pp.end, iran.start))) ||
        // «لا مكان لحزب الله ولا لإيران في جنيف»: another named before her, joined by «ولا» (the talks named after her).
        (NEGATION_JOINED.test(normal.slice(pp.end, iran.start)) &&
          TALKS_AFTER.test(normal.slice(iran.end, Math.min(s.end, iran.end + 30)))) ||
        ir.listIntroducers.test(normal.slice(pp.end, iran.start)) ||
        // «مع مشاركة كل الدول المؤثرة في الصراع: إيران والسعودية»: every state of a kind, then the list itself.
        (EVERY_STATE_LISTED.test(normal.slice(pp.end, iran.start)) && LIST_GOES_ON.test(normal.slice(iran.end, iran.end + 3)))
      ) {
        p = pp;
        listed = gap > 2;
        break;
      }
    }
    // (A long predicate of hers names no other party: past ten words, «… والسعودية …، ومن الطبيعي أن تكون حاضرة» is
    // not surely hers.)
    const otherPartyBetween = (from: number, to: number) =>
      mentions.in(si).some((m) => m.start >= from && m.end <= to && m.party !== "iran" && !m.speakerOnly);
    const nextAt = lowerBound(participations, iran.end);
    // «إيران التي ترسل قواتها … لا يمكن أن تكون شريكاً»: past a relative clause on her, her predicate is read from where
    // the main clause's modal or negation opens, as if she were named right before it.
    const herEnd = pastRelativeOnHer(normal, iran.end, participations[nextAt]?.start ?? s.end);
    const second = participations[nextAt + 1];
    // «إيران جزء من الحل، ومن الطبيعي أن تكون حاضرة»: a word of taking part right after her is her predicate («جزء
    // من الحل»), and the one after her copula in the next clause is what the modal there wants of her.
    const next =
      second !== undefined &&
      second.start < s.end &&
      words.within(iran.end, participations[nextAt]!.start, 0) &&
      (words.within(iran.end, second.start, 10) ||
        (words.within(iran.end, second.start, HER_PREDICATE_WORDS + 4) && !otherPartyBetween(iran.end, second.start))) &&
      herGaps.copula.test(normal.slice(iran.end, second.start))
        ? second
        : participations[nextAt];
    // «إيران جزءاً من الحل», «إيران لا يمكن أن تكون جزءاً»: the participation word after Iran, across a copula.
    const gap = next ? normal.slice(herEnd, next.start) : "";
    // The modal of right, ability or need before «لـ» and her name, only «أن» between her and her verb («لا يحق لإيران أن
    // تشارك»), if there is one.
    const herModal = !/^\s*(?:ان|الا)\s*$/.test(gap)
      ? null
      : normal[iran.start] === "ل"
        ? MODAL_FOR_HER_BEFORE.exec(normal.slice(Math.max(s.start, iran.start - 24), iran.start))
        : RIGHT_OF_BEFORE.exec(normal.slice(Math.max(s.start, iran.start - 24), iran.start));
    // Her ability right after her name, denied by a negated verb of believing before her («لا نرى أن إيران يمكن أن
    // تكون …»): read once, for whether the word of taking part follows her and for the polarity.
    const abilityDenied = CAN_GAP.test(gap) && NEGATED_BELIEF_BEFORE.test(normal.slice(Math.max(s.start, iran.start - 40), iran.start));
    const follows =
      next &&
      next.start < s.end &&
      (words.within(herEnd, next.start, 0) ||
        (words.within(herEnd, next.start, 4) && /[يت]كون/.test(gap)) ||
        // «دعا إيران إلى المشاركة»: Iran invited to take part.
        (words.within(herEnd, next.start, 1) && /^\s*الي\s*$/.test(gap)) ||
        // «إيران لن تشارك … ما لم تقبل»: Iran the subject of a negated or future verb of taking part.
        (words.within(herEnd, next.start, 1) && /^\s*(?:لن|لا|قد|سوف)\s*$/.test(gap)) ||
        // «إيران لا يمكن أن تشارك»: a negated modal before it.
        (words.within(herEnd, next.start, 4) && NEGATED_MODAL_GAP.test(gap)) ||
        // «إيران من حقها أن تشارك», «إيران بإمكانها أن تحضر»: her right or ability, then her verb.
        (words.within(herEnd, next.start, 3) && HER_RIGHT_GAP.test(gap)) ||
        // «لا نعتقد أن إيران يمكن أن تشارك»: her ability denied by a negated verb of believing before her.
        (words.within(herEnd, next.start, 3) && abilityDenied) ||
        // «لا يحق لإيران أن تشارك», «يمكن لطهران أن تحضر»: a modal of right, ability or need before her, she behind its «ل».
        (herModal !== null && words.within(herEnd, next.start, 1)) ||
        // «إيران قوة احتلال، ولا يمكن أن تكون جزءاً من الحل»: what she is said to be, then «و», a modal and her copula.
        (herGaps.copula.test(gap) &&
          (words.within(herEnd, next.start, 10) ||
            (words.within(herEnd, next.start, HER_PREDICATE_WORDS + 4) && !otherPartyBetween(herEnd, next.start)))) ||
        // «إيران دولة جارة ولا يمكن أن تشارك في المؤتمر»: or a modal and her own verb of taking part (its subject not
        // named after it: «… ويجب أن تشارك المعارضة» is the opposition's).
        (words.within(herEnd, next.start, 10) &&
          herGaps.verb.test(gap) &&
          !mentions.in(si).some((m) => m.start >= next.end && words.within(next.end, m.start, 0))))
        ? next
        : undefined;
    // «لا حل بدون إيران»: Iran named right after "without" is Iran's participation too.
    const bareWithout = !p && !follows && ir.without !== undefined && trailingMatch(ir.without, normal.slice(s.start, iran.start)) !== null;
    if (!p && !iran.delegation && !follows && !bareWithout) continue;
    const spanStart = p ? p.start : iran.start;
    const spanEnd = Math.max(iran.end, follows?.end ?? 0);
    if (seen.has(spanStart)) continue;
    seen.add(spanStart);
    // «رحب بدعوة إيران إلى وقف إطلاق النار»: her call to something else, not her invitation to the talks.
    if (
      p &&
      INVITATION_WORD.test(normal.slice(p.start, p.end)) &&
      NOT_TO_TALKS_AFTER.test(normal.slice(p.end, Math.min(s.end, p.end + 40)))
    )
      continue;
    // «إيران تطالب بمقعد في مجلس الأمن»: a seat in another body, not at the talks.
    const seat = follows ?? p;
    if (seat && seatElsewhere(normal, seat.start, seat.end, s.end)) continue;
    criticAt = null;
    readIn = si;
    // The clause, from the participle of saying that opens its own report after a comma («انتقد … سحب الدعوة،
    // معتبراً أن "استبعاد إيران …"»: what the first clause criticised does not govern the second).
    const clauseHead = boundaries.clauseStart(si, spanStart);
    const leadRead = normal.slice(clauseHead, spanStart);
    // (Or a finite verb of saying after «، و» with its own «أن»: «أعلن أن بلاده "لا ترى مبرراً لاستبعاد إيران"، وقال في
    // تصريحات نقلتها وكالة … إن "طهران يجب أن تكون حاضرة"»: the first report's exclusion is not the second's lead.)
    // (Or a verb of position after «، و», going on with the same subject: «فدعا إلى "عدم فرض حلول"، وكرر انتقاد بلاده
    // لاستبعاد طهران»: what the first clause called for is not the second's lead.)
    const comma = leadRead.includes("،") || leadRead.includes(",");
    const reportAt = Math.max(
      lastMatch(REPORT_AFTER_COMMA, leadRead) ?? -1,
      comma ? (lastMatch(FINITE_REPORT_AFTER_COMMA, leadRead) ?? -1) : -1,
      comma ? (lastMatch(POSITION_AFTER_COMMA, leadRead) ?? -1) : -1,
    );
    // (Or «بل», "rather": «لم تكتف بالرفض بل وضعت شروطاً على مشاركة إيران» — what comes before it is not the lead.)
    const ratherAt = leadRead.includes("بل") ? (lastMatch(RATHER, leadRead) ?? -1) : -1;
    const head = clauseHead + Math.max(0, reportAt, ratherAt);
    const lead = normal.slice(head, spanStart);
    const said = normal.slice(s.start, spanStart);
    if (mayDeny(said) && DENIED_REPORT.test(said)) continue;
    // «وحول الجدل الذي أثارته دعوة إيران ثم سحبها، أوضح …»: the topic a sentence opens with is what it is about,
    // not a position on it.
    if (TOPIC_OPENING.test(said)) continue;
    // «المؤتمر المقرر في سويسرا والذي لن تشارك فيه إيران»: her absence told in a relative clause on the meeting is a
    // fact of the meeting, no one's refusal of her. (A meeting refused for it is read by findIranPresentInRelative,
    // «أي مؤتمر لا تشارك فيه إيران محكوم بالفشل» and «المؤتمر الذي لا تشارك فيه إيران محكوم بالفشل» by a phrase rule.)
    if (ABSENT_IN_RELATIVE_LEAD.test(lead) && IN_IT_AFTER_WORD.test(normal.slice(spanStart, spanEnd))) continue;
    // «تعليقاً على الجدل حول دعوة إيران»: the controversy's topic, no one's position on it.
    if (DEBATE_ABOUT_BEFORE.test(normal.slice(Math.max(s.start, spanStart - 32), spanStart))) continue;
    // «إذا شارك فيه وفد إيراني», «في حال حضرت إيران»: her taking part is itself the condition; what it is the
    // condition of is read with the words of attending (her absence required, or nothing).
    if (
      p &&
      !p.exclusion &&
      IF_RIGHT_BEFORE.test(normal.slice(Math.max(s.start, spanStart - 16), spanStart)) &&
      BOYCOTT.test(normal.slice(s.start, s.end))
    )
      continue;
    const tail = normal.slice(spanEnd, s.end);
    // «أهمية دور إيران في أي حل للأزمة»: her role in settling the crisis, not her seat at the talks.
    // (Unless it is made conditional: «أي دور إيراني في الحل السياسي يبقى مشروطاً بسحب قواتها» is her place at it.)
    // («لا نرى لإيران دوراً إيجابياً في سوريا», «دوراً لإيران في المنطقة»: nor her role in Syria or the region.)
    const roleWord = p !== undefined && !follows ? p : follows;
    const roleInSettlement =
      roleWord !== undefined &&
      ROLE.test(normal.slice(roleWord.start, roleWord.end)) &&
      (SETTLEMENT_AFTER.test(tail) || (ROLE_IN_THE_WAR_AFTER.test(tail) && !TALKS_NAMED_AFTER.test(tail.slice(0, 60))));
    // «مشاركة إيران … مرفوضة»: a rejection right after the participation, said by whoever speaks.
    const rejectedAt = firstMatch(ir.opposeTriggers, tail);
    // Not one inside a relative clause («المؤتمر الذي ترفضه المعارضة»): past one, only the predicate ending the sentence.
    // Nor one the author predicts («… دعوة طهران، ومن المتوقع أن تعارضها واشنطن»): nobody's position (CONTRACT.md).
    const rejectedRightAfter =
      (rejectedAt !== null &&
        !predictedIn(tail.slice(0, rejectedAt), lexicon) &&
        // («دعوة إيران غير ممكنة |ما لم| تشارك في دعم بيان جنيف»: impossible unless a condition is met sets it.)
        !CONDITION_AFTER_IMPOSSIBLE.test(tail.slice(rejectedAt)) &&
        (words.within(spanEnd, spanEnd + rejectedAt, 3) ||
          (words.within(spanEnd, spanEnd + rejectedAt, MET_WITH_WORDS) && MET_WITH.test(tail.slice(0, rejectedAt))) ||
          WHERE_SHE_TAKES_PART.test(tail.slice(0, rejectedAt)) ||
          // «إن مشاركة إيران، «وهي شريكة النظام في قتل السوريين»، مرفوضة»: past an aside on her between commas.
          ASIDE_ON_HER.test(tail.slice(0, rejectedAt))) &&
        !RELATIVE.test(tail.slice(0, rejectedAt)) &&
        // «جدد موقف بلاده الداعي إلى حضور إيران، وقال إن "من غير المنطقي عقد مؤتمر دونها"»: a new report opens
        // between, and what it rejects is its own clause's, not her taking part named before it.
        !REPORT_BETWEEN.test(tail.slice(0, rejectedAt)) &&
        // («… ومن بينها إيران والسعودية"، معتبراً أن "استبعاد طهران سيكون خطأ"»: nor one a participle of saying after a
        // comma opens.)
        lastMatch(REPORT_AFTER_COMMA, tail.slice(0, rejectedAt + 1)) === null &&
        // «أن تكون إيران حاضرة، لأن استبعادها كان خطأ»: a reason given after a comma is a clause of its own; her
        // exclusion named there is what it judges, not a rejection of her taking part.
        !REASON_BETWEEN.test(tail.slice(0, rejectedAt)) &&
        // «تحدث عن … والدور الإيراني، ورفض الخوض في الخلاف مع …»: a refusal to speak of something else.
        !DECLINED_TO_SPEAK.test(tail.slice(rejectedAt).replace(/^\s*[،,]?\s*/, ""))) ||
      rejectedPastRelative(tail, spanEnd, words, boundaries);
    // What the lead wants of Iran's participation: the last trigger decides; a negated support trigger («لا
    // ترحب», «لم يؤيد») rejects.
    const withoutAt = ir.without ? trailingMatch(ir.without, lead) : null;
    const without = withoutAt !== null;
    const before = withoutAt === null ? lead : lead.slice(0, withoutAt);
    // («… إذا لم تسحب الدعوة الموجهة لطهران، قبل أن يعلن الأمين العام أن المؤتمر سيعقد من دون مشاركة إيرانية»: a
    // report opening between a rejecting word and her taking part starts the clause that speaks of her; the word
    // before it is another clause's.)
    const reported = lastReportEnd(before);
    const ownOppose = lastMatch(ir.opposeTriggers, before.slice(reported));
    // («رفض التعليق على دعوة إيران», «رافضاً الخوض في مسألة دعوتها»: declining to speak of it is no refusal of her.)
    const oppose = ownOppose === null || DECLINED_TO_SPEAK.test(before.slice(reported + ownOppose)) ? null : reported + ownOppose;
    // «أكد أن استبعاد إيران …»: a verb of stressing before a reported clause about her exclusion does not want it; the
    // clause's own predicate says what is wanted.
    const stressed = lastMatch(ir.supportTriggers, before);
    // (A finite verb of accepting, «قبلت (بـ)», accepts her taking part, attending or invitation, named right after it;
    // not her seat beside one's own, «قبلت الجلوس مع الجانب الإيراني», which says how one takes part oneself.)
    const support =
      stressed !== null &&
      ((p?.exclusion === true && STRESSED_THAT.test(before.slice(stressed))) ||
        (ACCEPTING_VERB.test(before.slice(stressed)) && !(p !== undefined && ACCEPTED_NOUN.test(normal.slice(p.start, p.end)))))
        ? null
        : stressed;
    let polarity: "support" | "oppose" | null = null;
    // «تعارض واشنطن توجيه دعوة إلى طهران», «… قبول مشاركة إيران»: extending the invitation or admitting her is what is
    // opposed, not a wish of the speaker's.
    const supportGoverned =
      oppose !== null &&
      support !== null &&
      support > oppose &&
      ADMITTING_NOUN.test(before.slice(support)) &&
      // (Its subjects' names between do not count: «رفضت الولايات المتحدة وبريطانيا وفرنسا فكرة توجيه دعوة …».)
      wordsOutsideNames(normal, words, head + oppose, head + support, mentions.in(readIn)) <= 3;
    if (oppose !== null && (support === null || oppose > support || supportGoverned)) {
      const upTo = before.slice(0, oppose);
      // Regretting or criticising the rejection («أسفها لسحب الدعوة», «انتقد قرار استبعاد إيران») wants Iran there;
      // so does not rejecting it («لم تعد تعارض», «لم تعترض»); a denied rejection says nothing.
      // (Commenting on it, or declining to, holds nothing: «لم تعلق على سحب الدعوة».)
      if (commentedOn(upTo, tail)) polarity = null;
      else if (
        !(JOINED_REFUSING_VERB.test(before.slice(oppose)) && !DECISION_OR_WITHDRAWAL.test(upTo)) &&
        // («انتقد الائتلاف الأسد |ورفض| مشاركة إيران»: a bare «ورفض» right after a name is a verb, its clause its own;
        // «انتقد المعلم الائتلاف |الذي يرفض| …»: so is a relative clause on the one criticised.)
        !(
          BARE_JOINED_REFUSAL.test(before.slice(oppose)) &&
          // (Not a name that is a decision's maker: «انتقدت موسكو قرار بان كي مون ورفض مشاركة إيران».)
          !DECISION_OR_WITHDRAWAL.test(upTo) &&
          mentions.in(readIn).some((m) => m.end <= head + oppose && /^\s*$/.test(normal.slice(m.end, head + oppose)))
        ) &&
        !RELATIVE_RIGHT_BEFORE_REFUSAL.test(upTo) &&
        deplored(upTo, head)
      )
        polarity = "support";
      // (The denial may stand before the clause the lead opens on: «نفى مسؤول …، طلب عدم ذكر اسمه، أن تكون باريس
      // «تعرقل توجيه الدعوة إلى طهران»».)
      else if (deniedBefore(upTo) || deniedBefore(normal.slice(s.start, head + oppose))) polarity = null;
      // «رفضت موسكو سحب الدعوة الموجهة إلى طهران», «أعلنت معارضتها لسحب دعوة إيران»: the withdrawal is the trigger,
      // and what rejects it, right before it or past its subject's names only, wants her there.
      else if (WITHDRAWAL_NOUN.test(before.slice(oppose).trim().split(/\s/)[0]!) && withdrawalRefused(upTo, head)) polarity = "support";
      // («لا يرفض الائتلاف مشاركة إيران |فحسب، بل| …»: "not only", the rejection stands.)
      else polarity = (negatedBefore(upTo) && !ONLY_THEN_RATHER_AFTER.test(tail)) || noRightBefore(upTo) ? "support" : "oppose";
    } else if (support !== null) {
      // A negated support trigger («لا ترحب», «لم تعد تؤيد») rejects; a denied one («نفى أن تكون قد دعت») says nothing.
      const upTo = before.slice(0, support);
      // («نفى الائتلاف قبوله بمشاركة إيران»: the trigger itself the noun of accepting denied.)
      if (
        deniedBefore(upTo) ||
        deniedBefore(normal.slice(s.start, head + support)) ||
        (mayDeny(upTo) && DENIED_ACCEPTANCE.test(before.slice(-DENIAL_REACH))) ||
        commentedOn(upTo, tail)
      )
        polarity = null;
      // «انتقد لافروف محاولات إقصاء إيران»: attempts criticised are attempts rejected; so are attempts refused
      // («رفض الائتلاف محاولات فرض مشاركة إيران»).
      else if (ATTEMPT_WORD.test(before.slice(support).trim().split(/\s/)[0]!) && (oppose !== null || deplored(upTo, head)))
        polarity = "oppose";
      else
        polarity =
          ((negated(upTo) || negatedBefore(upTo)) && !ONLY_THEN_RATHER_AFTER.test(tail)) || noRightBefore(upTo) ? "oppose" : "support";
      // A negation between the trigger and the participation turns it («ينبغي ألا يسمح لإيران بحضور …»).
      if (polarity !== null && NEGATION_AFTER_TRIGGER.test(before.slice(support).replace(/^\S+/, "")))
        polarity = polarity === "support" ? "oppose" : "support";
    }
    // A predicate judging what is named right after her (not one a verb of describing before it reads: «وصف لافروف سحب
    // الدعوة بالخطأ», read by describedCues; nor her taking part without which something is judged).
    const judgedWrongAfter = () => !without && judgedRightAfter(lexicon.rejectedAfter, tail) && !DESCRIBING_BEFORE.test(said);
    // «سحب دعوة إيران كان خطأ»: a predicate judging what was done against her taking part turns it.
    if (polarity === "oppose" && oppose !== null && WITHDRAWAL_NOUN.test(before.slice(oppose).trim().split(/\s/)[0]!) && judgedWrongAfter())
      polarity = "support";
    // «(قال إن) توجيه الدعوة إلى إيران خطأ», «… "مكافأة لدولة ترعى الإرهاب"», «قبول مشاركة إيران في المفاوضات مرفوض»:
    // the act of inviting or admitting her, the subject judged right after her, is opposed (not a wish of the
    // speaker's, as «طالب بتوجيه الدعوة إليها» is); so is her invitation itself, the subject of the clause a verb of
    // stressing reports («أكد أن دعوة إيران خطأ فادح»).
    const admitting =
      support !== null &&
      (ADMITTING_NOUN.test(before.slice(support)) ||
        (p !== undefined &&
          !p.exclusion &&
          INVITATION_WORD.test(normal.slice(p.start, p.end)) &&
          STRESSED_THAT.test(before.slice(support))));
    if (polarity === "support" && admitting && judgedWrongAfter()) polarity = "oppose";
    // «(قال إن) سحب الدعوة جاء تحت ضغط أمريكي»: those who pressed hold it (iran.oppose-pressure); the one who says so
    // has said no more of her taking part.
    if (
      polarity === "oppose" &&
      oppose !== null &&
      WITHDRAWAL_NOUN.test(before.slice(oppose).trim().split(/\s/)[0]!) &&
      CAME_UNDER_PRESSURE.test(tail)
    )
      polarity = null;
    // «أكدت أنهما سيلتقيان لبحث مشاركة إيران»: what is to be discussed is no one's position on it yet, unless
    // the talk is rejected («ترفض بحث مشاركة إيران») or demanded («طالبت ببحث …»).
    if (polarity === "support" && DISCUSSED.test(lead) && !DEMANDED.test(before.slice(support ?? 0))) polarity = null;
    // «اكتفى بالقول إن البلدين متفقان على ضرورة …، ولم يتطرق إلى مصير الأسد ولا إلى مشاركة إيران»: a subject left
    // untouched after the trigger is no position on it.
    if (polarity !== null && NOT_TOUCHED_ON.test(before.slice(Math.max(support ?? 0, oppose ?? 0)))) polarity = null;
    // «إن مسألة توجيه الدعوة لإيران "من اختصاص الجهة الداعية"»: whose decision it is, no wish either way.
    if (polarity !== null && WHOSE_MATTER_AFTER.test(tail)) polarity = null;
    // «أكدت الخارجية السعودية موقف المملكة الرافض لمشاركة إيران»: a position named by «موقف», its owner and its
    // participle right before her taking part, is read by the composed cues (its owner's, and its judge's).
    if (polarity !== null && before.includes("موقف") && OWNED_POSITION_BEFORE.test(before)) polarity = null;
    // «عدم مشاركة إيران»: the negation right before the participation word turns what is said of it; deploring it
    // («أعرب عن أسفه لعدم دعوة إيران», «انتقد عدم دعوتها», «أسف لعدم توجيه الدعوة إليها»: an invitation's verb
    // there already read as wanting her), as deploring her exclusion, wants her there.
    // «عدم دعوة إيران إلى جنيف سيكون خطأ»: her not being invited, judged wrong right after her, as her exclusion
    // judged so is («سحب دعوة إيران كان خطأ», above), wants her there.
    if (p && !p.exclusion && NOT_BEFORE.test(lead)) {
      polarity = polarity === "oppose" || deplored(lead, head) ? "support" : "oppose";
      if (polarity === "oppose" && judgedWrongAfter()) polarity = "support";
    }
    // «من الخطأ ألا تشارك إيران», «من غير المقبول عدم دعوة إيران»: her not taking part, judged wrong right before
    // the negation, is wanted the other way.
    if (polarity === "oppose" && WRONG_THEN_NOT_BEFORE.test(lead)) polarity = "support";
    // «إن رفض مشاركة إيران خطأ»: a refusal named as the subject and judged right after her is a refusal rejected.
    if (polarity === "oppose" && p && !p.exclusion && REFUSAL_AS_SUBJECT_BEFORE.test(lead) && judgedWrongAfter()) polarity = "support";
    // «لا ترى أي بديل عن مشاركة إيران», «لا غنى عن حضورها», «لا يمكن الاستغناء عن مشاركتها»: no alternative to her
    // taking part, right before it, affirms it (its negation denies the alternative, not her).
    if (p && !p.exclusion && INDISPENSABLE_BEFORE.test(lead)) polarity = "support";
    // «إيران يجب أن تكون حاضرة», «إيران لا يمكن أن تكون جزءاً»: the modal between Iran and the participation after it.
    // A negated modal or copula («لا يمكن أن تكون», «لن تكون») rejects; a negated fact («لا تشارك») says nothing.
    const negatedModal = () =>
      ir.negation !== undefined && lastMatch(ir.negation, gap) !== null && /يمكن|ينبغي|يجب|يجوز|يحق|[يت]كون/.test(gap);
    if (polarity === null && follows) {
      const wants = lastMatch(ir.supportTriggers, gap);
      // («إيران جزء من المشكلة، ومن الطبيعي ألا تكون حاضرة»: a negation after the trigger turns it, as in the lead.)
      if (wants !== null)
        polarity =
          negated(gap.slice(0, wants)) !== NEGATION_AFTER_TRIGGER.test(gap.slice(wants).replace(/^\S+/, "")) ? "oppose" : "support";
      else if (negatedModal()) polarity = "oppose";
      // («لا يمكن لإيران أن تشارك» rejects; «يمكن/يحق لها أن تشارك» admits her.)
      else if (herModal !== null) polarity = /(?:^|\s)(?:لا|لن|ليس)\s/.test(herModal[0]) ? "oppose" : "support";
      else if (HER_RIGHT_GAP.test(gap)) polarity = "support";
      // «لا نرى أن إيران يمكن أن تكون طرفاً في جنيف»: her being able to take part denied by a negated verb of believing
      // right before her rejects it.
      else if (abilityDenied) polarity = "oppose";
    } else if (polarity === "support" && follows && lastMatch(ir.supportTriggers, gap) === null && !THAT_IN.test(gap) && negatedModal())
      // «ترى المملكة أن إيران لا يمكن أن تكون جزءاً من الحل»: a verb of saying or welcoming before her says what the
      // clause says; its negated modal rejects.
      polarity = "oppose";
    // «مشاركة إيران في المؤتمر ضرورية»: a predicate right after the participation says more than a speech verb
    // before it («أكد أن مشاركة إيران غير مفيدة»); negated («غير ضرورية», «ليست مهمة») it rejects.
    const predicateAt = ir.supportAfter ? firstMatch(ir.supportAfter, tail) : null;
    const beforePredicate = predicateAt === null ? "" : tail.slice(0, predicateAt);
    if (
      predicateAt !== null &&
      (words.within(spanEnd, spanEnd + predicateAt, 5) ||
        (words.within(spanEnd, spanEnd + predicateAt, PLACE_THEN_PREDICATE_WORDS) && PLACE_THEN_PREDICATE.test(beforePredicate))) &&
      !boundaries.crosses(spanEnd, spanEnd + predicateAt) &&
      // Not a relative clause's («المؤتمر الذي يعتبر ضروريا») or a later phrase's; a comma closing a list of those
      // taking part comes before their predicate («مشاركة كافة الأطراف، بينها إيران والسعودية، ضرورية»).
      !/(?:^|\s)(?:الذي|التي|الذين)(?:\s|$)/.test(beforePredicate) &&
      // A quotation opening right on the predicate is the speaker's word for it («حضور إيران "ضروري ومفيد"»).
      (!/[،,:;؛"]/.test(beforePredicate) || QUOTE_OPENS_PREDICATE.test(beforePredicate) || (listed && LIST_CLOSED.test(beforePredicate))) &&
      // («سحب الدعوة "خطوة صحيحة"»: the predicate says what it says of the withdrawal, read above, not of her invitation.)
      !WITHDRAWAL_NOUN.test(lead.trim().split(/\s+/).pop() ?? "")
    )
      // («عدم مشاركة إيران أمر طبيعي»: the predicate of her not taking part rejects it.)
      polarity = negated(tail.slice(0, predicateAt)) !== (p !== undefined && !p.exclusion && NOT_BEFORE.test(lead)) ? "oppose" : "support";
    // The talks without Iran: «لا يمكن عقد المؤتمر من دون مشاركة إيران», «نرفض عقده دون إيران» want Iran there;
    // «يجب عقده دون مشاركة إيران» does not.
    if (without) {
      // The negation before «without» («لا حل بدون إيران») or fronted after her («من دون إيران لن ينجح المؤتمر»).
      const negatedAfter = NEGATION_NEXT.test(tail);
      const negatedLead =
        polarity === "oppose" || negatedAfter || (ir.negation !== undefined && lastMatch(ir.negation, before.slice(reported)) !== null);
      polarity = negatedLead ? "support" : polarity === "support" ? "oppose" : null;
    }
    // «الحل غير ممكن |ما لم| تشارك إيران»: impossible unless she takes part, as «… دون مشاركة إيران», wants her there.
    if (polarity === "oppose" && oppose !== null && IMPOSSIBLE_AT.test(before.slice(oppose)) && UNLESS_BEFORE.test(lead))
      polarity = "support";
    // Conditional: «لكي يكون هناك وفد إيراني … لابد أن يسحب», «نرحب بمشاركة إيران إذا قبلت …».
    const beforeSpan = normal.slice(Math.max(s.start, spanStart - 40), spanStart);
    const markerBeforeFound = lastMatch(ir.conditionMarkers, beforeSpan);
    /** Whether a clause of contrast opens between `from` and `to` and names a party other than her before `to`. */
    const contrastWithOtherBefore = (from: number, to: number) => {
      const c = CONTRAST_OPENS.exec(normal.slice(from, to));
      return c !== null && mentions.in(si).some((m) => m.start >= from + c.index && m.end <= to && m.party !== "iran" && !m.speakerOnly);
    };
    /** Where a clause of contrast opens after `at` in the sentence («، لكن …», «، غير أن …»), or its end. */
    const contrastAfter = (at: number) => {
      const c = CONTRAST_OPENS.exec(normal.slice(at, s.end));
      return c === null ? s.end : at + c.index;
    };
    // (Not a tying refused: «رافضاً ربط |مشاركة إيران بـ…».)
    const markerBefore =
      markerBeforeFound !== null && TYING_REFUSED_BEFORE.test(beforeSpan.slice(0, markerBeforeFound + 1)) ? null : markerBeforeFound;
    // (Not a tying refused: «إيران يجب أن تكون حاضرة، رافضاً ربط مشاركة بلاده بقبول بيان جنيف» wants her there.)
    const markerFound = firstMatch(ir.conditionMarkers, tail);
    const markerAfter = markerFound !== null && TYING_REFUSED_BEFORE.test(tail.slice(0, markerFound + 1)) ? null : markerFound;
    // Or refused without a condition being met: «لا مشاركة لإيران … دون موافقتها على بيان جنيف».
    const exceptAt = ir.without && !without ? firstMatch(ir.without, tail) : null;
    // «تشترط الرياض انسحاب الحرس الثوري قبل أي مشاركة إيرانية»: a condition set earlier in the clause, its verb
    // before the participation and before the trigger governing it («في حال الإخلال بالمطالب، سيطلب … سحب الدعوة
    // من إيران»: «سحب» is what is asked, not the condition).
    const markerInLeadFound = lastMatch(ir.conditionMarkers, lead);
    const markerInLead =
      markerInLeadFound !== null && TYING_REFUSED_BEFORE.test(lead.slice(0, markerInLeadFound + 1)) ? null : markerInLeadFound;
    // «تضع واشنطن شروطاً تعجيزية لمشاركة إيران»: the setter accepts her only on them; she is what they are about, never
    // their holder (not refused: «رافضاً أن تفرض أي شروط على مشاركة طهران»).
    // The setter is the party named right before the verb of setting («واشنطن بأنها "تضع"», «الولايات المتحدة، تضع»);
    // where none is, the conditions are no one's named.
    const setOn = p !== undefined && !p.exclusion ? CONDITIONS_SET_ON_RIGHT_BEFORE.exec(lead) : null;
    const setter =
      setOn !== null && !REFUSED_IN_LEAD.test(lead) && (ir.negation === undefined || lastMatch(ir.negation, lead) === null)
        ? findLast(
            mentions.in(si),
            (m) =>
              m.party !== "iran" &&
              m.end <= head + setOn.index &&
              (SETTER_VERB_BETWEEN.test(normal.slice(m.end, head + setOn.index)) ||
                (/^\s*$/.test(normal.slice(m.end, head + setOn.index)) &&
                  SETTER_VERB_BEFORE.test(normal.slice(Math.max(s.start, m.start - 12), m.start)))),
          )
        : undefined;
    const setOnHer = setter !== undefined;
    // «لا تحاول فرض شروط على مشاركة إيران», «رافضاً أن تفرض أي شروط على حضور طهران»: conditions on her taking part
    // refused or denied want her there free of them.
    // (The refusal or negation within a few words of the conditions, not one of another verb before: «لم تكتف
    // بالرفض بل وضعت شروطاً على مشاركة إيران».)
    const nearSetOn = setOn !== null ? lead.slice(Math.max(0, setOn.index - 24)) : "";
    const setOnRefused =
      setOn !== null &&
      !setOnHer &&
      !/(?:^|\s)بل\s/.test(nearSetOn) &&
      (REFUSED_IN_LEAD.test(nearSetOn) || (ir.negation !== undefined && lastMatch(ir.negation, nearSetOn) !== null));
    const trigger = polarity === "oppose" ? oppose : polarity === "support" ? support : null;
    const governing = trigger ?? lead.length;
    const conditional =
      (markerInLead !== null && markerInLead < governing && conditionVerbIn(head + markerInLead, head + governing, s.end)) ||
      (markerBefore !== null && conditionVerbIn(Math.max(s.start, spanStart - 40 + markerBefore), s.end, s.end)) ||
      // «لا تعترض على مشاركة إيران من حيث المبدأ، لكنها ترى أن ذلك مرهون بسحب …»: let in, then that taken up after
      // «لكن» as hanging on terms (the speaker's own view, so no new report): past six words too.
      (markerAfter !== null &&
        polarity === "support" &&
        TAKEN_UP_AS_HANGING.test(tail) &&
        words.within(spanEnd, spanEnd + markerAfter, 16) &&
        conditionVerbIn(spanEnd + markerAfter, s.end, s.end)) ||
      (markerAfter !== null &&
        // (Not past a new report: «ترحب موسكو بمشاركة إيران وتقول إن المعارضين سيشاركون إذا قبلوا …»; nor past a comma
        // and «في حين/بينما/فيما», another party's clause: «تصر موسكو على حضور طهران، في حين تشترط واشنطن أن …».)
        !REPORT_BETWEEN.test(tail.slice(0, markerAfter)) &&
        !OTHER_CLAUSE_BETWEEN.test(tail.slice(0, markerAfter)) &&
        // (Nor past «و», another party and its verb: «موسكو تجدد دعوتها لإشراك طهران وواشنطن تربط ذلك بقبول …».)
        !mentions
          .in(si)
          .some(
            (m) =>
              m.start > spanEnd &&
              m.end <= spanEnd + markerAfter &&
              /\sو$/.test(normal.slice(m.start - 2, m.start)) &&
              OWN_VERB_NEXT.test(normal.slice(m.end, m.end + 16)) &&
              words.within(m.end, spanEnd + markerAfter, 1),
          ) &&
        // (Nor past a clause of contrast naming another party: «ترحب موسكو بحضور إيران، لكن واشنطن تربطه بقبول …».)
        !contrastWithOtherBefore(spanEnd, spanEnd + markerAfter) &&
        (words.within(spanEnd, spanEnd + markerAfter, 6) ||
          (ACCEPTED_UNTIL.test(tail.slice(0, markerAfter)) && words.within(spanEnd, spanEnd + markerAfter, 14)) ||
          // «لا تمانع مشاركة إيران في أي جهد دولي لحل الأزمة السورية، شريطة أن …»: wanted or let in, then what she is
          // to take part in, one comma and «شريطة/بشرط/شرط أن» opening the terms: past six words too.
          (polarity === "support" && TERMS_AFTER_ONE_COMMA.test(tail) && words.within(spanEnd, spanEnd + markerAfter, 16)) ||
          // «لن توافق على حضور إيران مؤتمر جنيف المقرر في … "إلا إذا أعلنت …"»: a refusal lifted only by «إلا إذا»,
          // «ما لم» names the condition past the talks' date and place.
          ((polarity === "oppose" || REFUSED_AGREEING.test(before)) &&
            ONLY_IF.test(tail.slice(markerAfter)) &&
            !/[،,.؛:]/.test(tail.slice(0, markerAfter)) &&
            words.within(spanEnd, spanEnd + markerAfter, 14))) &&
        // (Its verb in the condition's clause: not past «، لكنها …», a clause of its own: «ستشارك إذا دعيت، لكنها لا تقبل
        // أن تربط مشاركتها بأي شرط».)
        conditionVerbIn(spanEnd + markerAfter, contrastAfter(spanEnd + markerAfter), s.end)) ||
      // «لن تعترض على الدعوة ما دامت طهران ستلتزم …»: the condition between the invitation and Iran, her the subject.
      (p !== undefined &&
        !p.exclusion &&
        lastMatch(ir.conditionMarkers, normal.slice(p.end, iran.start) + " ") !== null &&
        conditionVerbIn(iran.end, s.end, s.end)) ||
      // «مشاركة إيران مقبولة ولكن بشروط»: accepted on terms; «لا مكان لإيران إلا بشروط»: refused but on terms.
      // (The accepting predicate may be the word read after her: «إيران "مرحب بها في المؤتمر بشروط"».)
      ACCEPTED_ON_TERMS.test(follows !== undefined ? " " + normal.slice(follows.start, s.end) : tail) ||
      (polarity === "oppose" && EXCEPT_ON_TERMS.test(tail)) ||
      // «لم تقبل بجلوس إيران إلى الطاولة في فيينا إلا بعد تعهد أمريكي»: refused until a step named by its noun.
      (polarity === "oppose" && ONLY_AFTER_NOUN.test(tail)) ||
      // «لا يمكن أن تجلس إلى طاولة السلام وقواتها تقاتل إلى جانب النظام»: refused while her forces fight, let in once
      // they stop: her taking part on a condition. (Not «جزءاً من الحل», a part in the settlement refused, said of
      // her as she is, beside a withdrawal welcomed.)
      (polarity === "oppose" && HER_FORCES_ACTING_AFTER.test(tail) && !/جزء/.test(normal.slice(spanStart, spanEnd))) ||
      // «لا تمانع حضور طهران بشروط»: wanted or let in on terms named right after her.
      (polarity === "support" && ON_TERMS_RIGHT_AFTER.test(tail)) ||
      // «لا تمانع حضور الإيرانيين إذا كانوا مستعدين لـ…», «شرط أن تأتي طهران بروح بناءة»: let in on her readiness or her
      // spirit, named right after the condition's word.
      (polarity === "support" && READY_IF_AFTER.test(tail)) ||
      // «طالب الائتلاف بسحب القوات الإيرانية شرطاً لحضور طهران»: what is named the condition of her taking part, right
      // before it; the trigger before it («سحب» of her forces) is what the condition requires, not her exclusion.
      // (Not one denied: «لا تطالب بأي شيء شرطاً لحضور إيران».)
      (p !== undefined &&
        !p.exclusion &&
        CONDITION_FOR_RIGHT_BEFORE.test(lead) &&
        (ir.negation === undefined || lastMatch(ir.negation, lead) === null)) ||
      setOnHer ||
      // «مشاركة إيران مرهونة بـ …», «… مشروطة بـ …»: the predicate is the condition, whatever it names.
      ((p !== undefined || follows !== undefined) && !p?.exclusion && HELD_ON_AFTER.test(tail)) ||
      (exceptAt !== null &&
        (polarity === "oppose" || rejectedRightAfter) &&
        words.within(spanEnd, spanEnd + exceptAt, 6) &&
        conditionVerbIn(spanEnd + exceptAt, s.end, s.end));
    if (roleInSettlement && !conditional) continue;
    // «تريد إبعاد إيران», «رفض استبعاد إيران», «انتقد قرار استبعاد إيران»: the word is her exclusion, so what is
    // said of it is the opposite for her participation; deploring it wants her there.
    const exclusion = p?.exclusion === true;
    const deploredExclusion = exclusion && polarity === null && deplored(lead, head);
    let stance: Stance | null = null;
    // «واستبعاد إيران خطأ»: her exclusion judged right after it, whatever stands before it in the sentence.
    // (Not a judgement a describing verb after it passes on something else: «طالب باستبعاد إيران واصفاً موقفها بالغريب».)
    const judgement = exclusion && !without ? judgementRightAfter(lexicon.rejectedAfter, tail) : undefined;
    // (Not another's demand for it, its owner named: «مطالبة السعودية بإقصاء إيران خطأ» judges Riyadh's demand, which
    // stays Riyadh's.)
    const exclusionJudged =
      judgement !== undefined &&
      !DESCRIBING_BEFORE.test(tail.slice(0, judgement.index + judgement[0].length)) &&
      !OWNED_DEMAND_BEFORE.test(lead);
    if (conditional) stance = "conditional";
    // «ترفض ربط مشاركة إيران بأي شروط», «رافضاً ربط مشاركة إيران بقبول …»: the refusal is of tying her taking part to
    // terms, which wants her there.
    else if (markerBeforeFound !== null && markerBefore === null && !exclusion) stance = "support";
    else if (setOnRefused && polarity !== null) stance = "support";
    else if (deploredExclusion) stance = "support";
    else if (exclusionJudged) stance = "support";
    else if (polarity) stance = exclusion ? (polarity === "support" ? "oppose" : "support") : polarity;
    else if (rejectedRightAfter && !without) stance = exclusion ? "support" : "oppose";
    // «لن نشارك إلا بعد استبعاد إيران», «اشترط استبعاد إيران»: her exclusion is what the condition requires, and her
    // absence made a condition is oppose (CONTRACT), whatever refusal to attend stands before it.
    if (exclusion && EXCLUSION_REQUIRED.test(lead)) stance = "oppose";
    // «من يسعى إلى إقصاء إيران لا يريد للمؤتمر أن ينجح»: whoever seeks it is no one named, and not the speaker.
    if (stance && WHOEVER_SEEKS.test(normal.slice(Math.max(s.start, spanStart - 40), spanStart))) stance = null;
    if (stance) {
      // The cue is the participation itself; its holder is found before it (the trigger's subject), or is the
      // subject of the word criticising a decision against her («انتقد روحاني قرار بان كي مون سحب الدعوة»).
      const critic = stance === "support" && criticAt !== null ? criticAt : null;
      cues.push({
        rule: setOnHer && stance === "conditional" ? SET_ON_HER_RULE : `iran.${stance}`,
        topic: "iran_participation",
        stance,
        start: critic ?? spanStart,
        end: spanEnd,
        sentence: si,
        weight: ir.weights[stance as "support" | "oppose" | "conditional"],
        ...(critic !== null ? { holder: "subject" as const } : {}),
        ...(setOnHer && stance === "conditional" ? { about: { start: iran.start, end: iran.end }, holders: [setter] } : {}),
        ...(stance === "support" && exclusionJudged && !deploredExclusion ? { judgedAfter: true } : {}),
      });
    }
    // «انتقد المعلم قرار الأمين العام بان كي مون سحب الدعوة», «رحبت الرياض بقرار الأمم المتحدة»: the one whose
    // decision withdrew her invitation, named in it, opposes her taking part, whatever the speaker thinks of it.
    if (p?.decided) {
      const makers = mentions.in(si).filter((r) => r.start >= p!.start && r.end <= p!.end && r.party !== "iran" && !r.speakerOnly);
      if (makers.length > 0)
        cues.push({
          rule: "iran.oppose-decided",
          topic: "iran_participation",
          stance: "oppose",
          start: p.start,
          end: p.end,
          sentence: si,
          weight: ir.weights.oppose,
          holders: [makers[makers.length - 1]!],
        });
    }
    // «استبعاد إيران من المشاركة من قبل الولايات المتحدة»: those named as the agents of her exclusion oppose her
    // taking part, whatever the speaker thinks of it.
    const agent = exclusion ? EXCLUDED_BY.exec(tail) : null;
    if (agent) {
      const at = spanEnd + agent.index + agent[0].length;
      const region = mentions
        .in(si)
        .filter((r) => r.start >= at && !r.speakerOnly && r.party !== "iran" && !isLocative(normal, lexicon, r));
      if (region.length > 0 && words.within(at, region[0]!.start, 0)) {
        const holders = coordinated(region, normal, region[0]!.start);
        cues.push({
          rule: "iran.oppose-excluded-by",
          topic: "iran_participation",
          stance: "oppose",
          start: spanStart,
          end: holders[holders.length - 1]!.end,
          sentence: si,
          weight: ir.weights.oppose,
          holders,
        });
      }
    }
    // Opposition stated after the participation, about it: a contrast clause with an oppose trigger.
    // (Not a withdrawal of forces, which is the condition and no withdrawal of her invitation: «مشاركة إيران يجب أن
    // تكون مشروطة بسحب قواتها وميليشياتها من سوريا».)
    if (rejectedAt !== null && stance !== "oppose" && !exclusion && !FORCES_WITHDRAWN.test(tail.slice(rejectedAt))) {
      const triggerAt = spanEnd + rejectedAt;
      const region: Mention[] = [];
      for (const m of mentions.in(si)) {
        if (m.start < spanEnd) continue;
        if (!m.speakerOnly && m.party !== "iran" && !isLocative(normal, lexicon, m)) region.push(m);
      }
      const anaphoric =
        ir.anaphora.test(tail) ||
        /(?:يرفض|ترفض|يعارض|تعارض)\w*\s*[.،,]?\s*$/.test(normal.slice(spanEnd, s.end).replace(/"/g, "")) ||
        OBJECTION_TAKEN_UP.test(tail.slice(rejectedAt).trimStart());
      // «وفيما يتعلق بمشاركة إيران، …», «فيما يخص …»: "as for", no contrast.
      const contrast =
        /(?:لكن|ولكن|في حين|بينما|فيما(?!\s+(?:يتعلق|يخص))|الا ان|غير ان)/.test(tail.slice(0, rejectedAt + 40)) ||
        normal.slice(s.start, spanStart).match(/(?:فيما(?!\s+(?:يتعلق|يخص))|في حين|بينما)/);
      // «ترى في حضور إيران عاملاً أساسياً، وأن استبعادها لا يخدم إلا الإرهاب»: her exclusion judged right after the
      // word is rejected, not her taking part.
      const exclusionJudged =
        EXCLUSION_TRIGGER.test(tail.slice(rejectedAt)) &&
        judgedRightAfter(lexicon.rejectedAfter, tail.slice(rejectedAt).replace(EXCLUSION_TRIGGER, ""));
      // «بكين ترفض ربط مشاركة إيران …، بينما أكد لافروف أن موسكو ترفض ربط مشاركة إيران …»: a refusal with an object of its
      // own right after it (the tying of her taking part, her taking part named again) refuses that, read where it
      // stands, not the participation before it.
      const ownObject = OWN_OBJECT_AFTER_REFUSAL.test(tail.slice(rejectedAt, rejectedAt + 40));
      // «… ومن غير المنطقي الحديث عن مؤتمر من دون حضورها»: her absence called illogical wants her there
      // (iran.without-her-unthinkable), no refusal after her.
      const absenceJudged = withoutHer !== undefined && ((withoutHer.regex.lastIndex = 0), withoutHer.regex.test(tail));
      // «… يساعد على إنجاح المؤتمر، لكننا لن نذهب إلى أي اجتماع تفرض علينا فيه شروط»: «we» refusing to go is the
      // speaker's own coming, no one named after her refusing her.
      const ownRefusal = WE_RIGHT_BEFORE.test(tail.slice(Math.max(0, rejectedAt - 24), rejectedAt));
      // «، غير أنه استدرك بأن "سوريا المستقبل لا مكان فيها |لبشار الأسد|"»: a place denied another named right after it
      // is no refusal of her.
      const deniedAnother = mentions
        .in(si)
        .some(
          (m) =>
            m.start > triggerAt && m.party !== "iran" && NO_PLACE_FOR_BEFORE.test(normal.slice(Math.max(triggerAt, m.start - 24), m.start)),
        );
      // («… ، وأضاف أن واشنطن لا تعترض على حضور إيران لكنها تربطه بـ…»: a rejection negated is none.)
      const deniedRejection = negated(tail.slice(0, rejectedAt));
      if (
        region.length > 0 &&
        (anaphoric || contrast) &&
        !deniedRejection &&
        !exclusionJudged &&
        !ownObject &&
        !absenceJudged &&
        !ownRefusal &&
        !deniedAnother
      ) {
        const holders = coordinated(region, normal, triggerAt);
        // «وواشنطن ما زالت ترفض ذلك ما لم تعلن طهران قبولها …», «الرياض ترفض أي مقعد لإيران ما لم تسحب …»: a refusal
        // lifted by «ما لم», «إلا إذا» a few words after it accepts her on that condition (CONTRACT.md: conditional).
        const unless = REFUSAL_LIFTED_AFTER.test(tail.slice(rejectedAt)) && conditionVerbIn(triggerAt, s.end, s.end);
        if (holders.length > 0) {
          cues.push({
            rule: unless ? "iran.conditional-after" : "iran.oppose-after",
            topic: "iran_participation",
            stance: unless ? "conditional" : "oppose",
            start: Math.min(triggerAt, holders[0]!.start),
            end: Math.max(triggerAt + 4, holders[holders.length - 1]!.end),
            sentence: si,
            weight: unless ? ir.weights.conditional : ir.weights.oppose,
            holders,
          });
        }
      }
    }
  }
  // An oppose cue from `start` held by the parties listed first in `region` (joined by «و»).
  // `listed`: the region is already the holders (the nationality adjectives of one pressure, not a list of names).
  const opposedBy = (rule: string, si: number, start: number, region: Mention[], listed = false) => {
    const holders = listed ? region : coordinated(region, normal, region[0]!.start);
    cues.push({
      rule,
      topic: "iran_participation",
      stance: "oppose",
      start,
      end: holders[holders.length - 1]!.end,
      sentence: si,
      weight: ir.weights.oppose,
      holders,
    });
  };
  // «دعوة إيران للمشاركة تغضب المعارضة», «أثار حضور إيران استياء الرياض»: her taking part angers those named
  // after the word of anger, who oppose it.
  const angered = (si: number, s: Sentence) => {
    const first = participations.find((pp) => pp.start >= s.start && pp.end <= s.end && !pp.exclusion);
    if (!first) return;
    const rest = normal.slice(first.end, s.end);
    // «أثارت دعوة إيران موجة من الاستياء لدى …»: the verb before her taking part, the word of anger after it.
    if (!ANGER_WORD.test(rest)) return;
    const m = ANGER.exec(rest) ?? (ROUSED.test(normal.slice(s.start, first.start)) ? ANGER_NOUN.exec(rest) : null);
    if (!m) return;
    const at = first.end + m.index + m[0].length;
    if (!iranAt.some((i) => i.sentence === si && i.start < at - m[0].length && words.within(first.end, i.start, 3))) return;
    // «لدى», «في صفوف» are read by the word of anger: those named after it are the angered, not a place.
    const region = mentions.in(si).filter((r) => r.start >= at && !r.speakerOnly && r.party !== "iran");
    if (region.length === 0 || !words.within(at, region[0]!.start, 3)) return;
    const angerAt = first.end + m.index + (m[0].length - m[0].trimStart().length);
    // «أثار قرار بان كي مون سحب دعوة إيران غضب موسكو»: what angers them is the withdrawal, right before her taking
    // part; they want her there.
    // (Not a withdrawal denied: «أثار عدم سحب دعوة إيران غضب الرياض».)
    const lead = normal
      .slice(Math.max(s.start, first.start - 24), first.start)
      .trim()
      .split(/\s+/);
    if (WITHDRAWAL_NOUN.test(lead[lead.length - 1] ?? "") && !negatedBefore(`${lead.slice(0, -1).join(" ")} `)) {
      const holders = coordinated(region, normal, region[0]!.start);
      cues.push({
        rule: "iran.support-angered-by-withdrawal",
        topic: "iran_participation",
        stance: "support",
        start: angerAt,
        end: holders[holders.length - 1]!.end,
        sentence: si,
        weight: ir.weights.support,
        holders,
      });
      return;
    }
    opposedBy("iran.oppose-angered", si, angerAt, region);
  };
  // «سحب الدعوة التي وجهها لإيران تحت ضغوط واشنطن والرياض»: those whose pressure withdrew her invitation (or
  // excluded her) oppose her taking part.
  // Once a sentence: the mentions of Iran are in sentence order.
  let pressured = -1;
  for (const iran of iranAt) {
    const si = iran.sentence;
    if (si === pressured) continue;
    pressured = si;
    const s = sentences[si]!;
    const text = normal.slice(s.start, s.end);
    const m = text.includes(PRESSURE_WORD) && WITHDRAWN.test(text) ? PRESSURE.exec(text) : null;
    if (!m) {
      angered(si, s);
      continue;
    }
    const at = s.start + m.index + m[0].length;
    const from = s.start + m.index + (m[0].length - m[0].trimStart().length);
    const region = mentions.in(si).filter((r) => r.start >= at && !r.speakerOnly && r.party !== "iran" && !isLocative(normal, lexicon, r));
    if (region.length === 0 || !words.within(at, region[0]!.start, 1)) {
      // «رضخ للضغوط الأمريكية», «جاء تحت ضغط أمريكي سافر», «تحت ضغوط أمريكية وسعودية»: the nationality adjectives
      // of the pressure name those who pressed.
      const pressers = nationalsAt(normal, at, s.end, lexicon);
      if (pressers.length > 0) opposedBy("iran.oppose-pressure", si, from, pressers, true);
      continue;
    }
    opposedBy("iran.oppose-pressure", si, from, region);
  }
  return cues;
}

/**
 * A withdrawal of forces, fighters or militias at an oppose trigger («بسحب قواتها», «انسحاب مقاتلي حزب الله»): the
 * condition of her taking part, not the withdrawal of her invitation.
 */
const FORCES_WITHDRAWN =
  /^[وفبل]?(?:ال)?(?:سحب|انسحاب)\s+(?:[^\s،,.؛:]+\s+){0,2}?[وبل]?(?:ال)?(?:قوات|مقاتل|ميليشيات|مليشيات|عناصر|الحرس|خبراء|جنود|حزب\s+الله)/;

/**
 * No alternative to, or no doing without, what follows: «لا ترى أي بديل عن |مشاركة», «لا نجد بديلاً عن», «لا غنى عن»,
 * «لا يمكن الاستغناء عن».
 */
const INDISPENSABLE_BEFORE =
  /(?:^|\s)"?[وف]?(?:(?:لا|لن|لم)\s+(?:[نيت]?(?:ري|جد)|اري|اجد)\s+(?:(?:اي|ايه)\s+)?(?:بديل|بديلا)|لا\s+(?:بديل|غني)|لا\s+[يت]مكن\s+(?:ال)?استغناء)\s+عن\s+$/;

/**
 * «من» (whoever) and a verb of seeking, wanting or objecting right before the cue: «من يسعى إلى», «كل من يحاول», «من
 * أراد», «ومن يعترض على حضورها هو نفسه من يمول …» (whoever objects is judged, by no one named here);
 * not a cleft («واشنطن هي من يسعى إلى …») nor «the first who» («أول من سعى»), which name who.
 */
const WHOEVER_SEEKS =
  /(?:^|\s)(?<!(?:^|\s)(?:هو|هي|هم|هما|نحن|انا|اول|اكثر|ابرز)\s)"?[وف]?(?:من|كل\s+من)\s+(?:[يت](?:سعي|سعون|حاول|حاولون|ريد|ريدون|عمل|عملون|عترض|عترضون|رفض|رفضون|عارض|عارضون)|سعي|سعوا|حاول|حاولوا|اراد|ارادوا|اعترض|اعترضوا)\s+(?:(?:الي|علي)\s+|ل)?$/;

/** What stands between a participation and its predicate when a quotation opens right on the predicate or its copula. */
const QUOTE_OPENS_PREDICATE = /^[^،,:;؛"]*"\s*(?:(?:كانت|كان|ستكون|سيكون|تكون|يكون|تبقي|هي|هو|امر|امرا)\s+)?$/;

/** A word of anger after Iran's taking part: «تغضب», «أثارت غضب / استياء», then those angered («لدى», «في صفوف»). */
const ANGER =
  /(?:^|\s)[وف]?(?:[يت]غضب|اغضب[تا]?|(?:[يت]ثير|اثار[ت]?)\s+(?:\S+\s+){0,3}?(?:ال)?(?:غضب|استياء|سخط|امتعاض)[اه]?)(?:\s+(?:كبيرا|واسعا|شديدا))?(?:\s+(?:لدي|في\s+صفوف|من\s+جانب|عند))?\s+/;

const ANGER_NOUN = /(?:^|\s)(?:ال)?(?:غضب|استياء|سخط|امتعاض)[اه]?(?:\s+(?:كبيرا|واسعا|شديدا))?(?:\s+(?:لدي|في\s+صفوف|من\s+جانب|عند))?\s+/;
const ROUSED = /(?:^|\s)[وف]?(?:قد\s+)?(?:[يت]ثير|اثار[ت]?)\s/;
/**
 * A word every match of ANGER or ANGER_NOUN holds, and the stem every match of PRESSURE holds: a sentence lacking
 * them is not run through those regexes, which would try their leading `(?:^|\s)` at every position to find nothing.
 * The words are looked for in one regex: four `includes` calls each search the text again, and take longer.
 */
const ANGER_WORD = /غضب|استياء|سخط|امتعاض/;
const PRESSURE_WORD = "ضغ";

/** An aside between commas opening with «وهي/وهو» (through a quotation mark), all that stands before a predicate. */
const ASIDE_ON_HER = /^\s*[،,]\s*"?\s*(?:وهي|وهو|التي|الذي)\s[^،,.؛:!?؟]{1,140}[،,]\s*"?\s*$/;

/**
 * Where or with whom she would take part, between her taking part and a rejection of it («جلوس الإيرانيين معنا إلى
 * طاولة واحدة أمر مرفوض», «مشاركة إيران في مؤتمر جنيف مرفوضة»): the rejection is still right after it.
 */
const WHERE_SHE_TAKES_PART =
  /^(?:\s+(?:معنا|معهم|معه|معها))?(?:\s+(?:الي|في|حول|علي)\s+(?:ال)?(?:طاوله|مؤتمر|اجتماع|اجتماعات|مفاوضات|محادثات|جنيف)(?:\s+(?:واحده|المفاوضات|الحوار|جنيف|جنيف\s*2|جنيف\s*[-–]?\s*2|الدولي))?)?(?:\s+(?:امر|هو|هي|شيء))?\s*"?\s*$/;

/**
 * The parties of the nationality adjectives right at `at` and joined to them by «و» or following them («الأمريكية
 * والسعودية», «أمريكي سعودي», «أمريكي سافر»), as mentions of their own words; none for Iran's, whose taking part is at stake («ضغوط إيرانية»).
 */
function nationalsAt(normal: string, at: number, end: number, lexicon: Lexicon): Mention[] {
  const out: Mention[] = [];
  const nationalities = lexicon.nationalities;
  if (!nationalities) return out;
  while (at < end) {
    NATIONAL_WORD.lastIndex = at;
    const m = NATIONAL_WORD.exec(normal);
    // Past the first, one joined by «و» («الأمريكية والسعودية») or right after it, as one compound («ضغط أمريكي
    // سعودي»); the word that is no nationality ends them («أمريكي واضح»).
    if (!m || m.index + m[0].length > end) break;
    const found = nationalityOf(m[0], nationalities);
    if (!found) break;
    const party = found.party;
    // The mention from the article on (a list's «و» stands between two of them, as between names).
    const start = m.index + found.offset;
    if (party !== "iran" && !out.some((x) => x.party === party))
      out.push({ start, end: m.index + m[0].length, actor: party, party, person: false, speakerOnly: false, place: false });
    at = m.index + m[0].length;
    while (at < end && isWhiteSpace(normal.charCodeAt(at))) at++;
  }
  return out;
}
/** One word, read at a given place (nationalityOf tells whether it is a nationality adjective). */
const NATIONAL_WORD = /[\u0621-\u064A]+/y;

/**
 * Iran's invitation withdrawn («تراجعت عن دعوتها»), or her exclusion, somewhere in the sentence; the word may open a
 * quotation («قال إن "سحب الدعوة … جاء تحت ضغط أمريكي وسعودي"»).
 */
const WITHDRAWN = /(?:^|\s)"?[وفبل]?(?:[يت]?سحب|استبعاد|ابعاد|اقصاء|الغاء|[يت]?تراجع)[\u0621-\u064A]*/;
/**
 * «تحت ضغوط …», «إثر ضغط من …», «بضغط من …», «بسبب ضغوط …», «رضخت لضغوط …», «سحبها بعدما تعرض لضغط أمريكي», «تم بضغط أمريكي» (its
 * adjective right after it; not «اتهمه بالضغط على …», the one pressed named next): the parties named next
 * pressed for it; the one who yielded may stand between («خضوع المنظمة الدولية للضغوط الأمريكية»).
 */
const PRESSURE =
  /(?:^|\s)"?(?:[وب]?(?:تحت|اثر|بعد|بسبب|نتيجه|بفعل|امام)\s+(?:ال)?|[وف]?ب(?=ضغو?ط\s+[\u0621-\u064A]{3,}ي(?:ه)?(?![\u0621-\u064A]))|[وف]?ب(?=ضغو?ط(?:ات)?\s+من\s)|[وف]?(?:رضخ[تا]?|[يت]رضخ|رضوخ[اه]?|[يت]خضع|خضع[تا]?|خضوع[اه]?|انصاع[تا]?|[يت]نصاع|انصياع[اه]?|استجاب[تا]?|[يت]ستجيب|استجابه|تعرض[تا]?|[يت]تعرض|تعرضه|تعرضها)\s+(?:[^\s،,.؛:"]+\s+){0,3}?(?:ل|لل))ضغو?ط(?:ات)?(?:\s+(?:من|من\s+قبل|مارستها|مارسها))?\s+/;

/**
 * «the invitation» withdrawn with no one named as invited: «سحب الدعوة», «قرار إلغاء الدعوة», «سحب الأمين العام
 * الدعوة», «سحب الأمين العام للأمم المتحدة بان كي مون مساء الاثنين الدعوة» (his names and when, between); where its
 * word ends. Not «دعوتها», which may be the withdrawer's own («سحبت الأمم المتحدة دعوتها»), nor
 * a relative clause's («الجهة التي سحبت الدعوة»), which names the withdrawer by its antecedent, nor one in a
 * condition (WITHDRAWAL_IF).
 */
function theInvitationWithdrawn(normal: string, s: Sentence): number | undefined {
  const text = normal.slice(s.start, s.end);
  const m = THE_INVITATION_WITHDRAWN.exec(text) ?? THE_INVITATION_TO_BE_WITHDRAWN.exec(text);
  if (!m) return undefined;
  const at = s.start + m.index;
  const end = at + m[0].length;
  // «سحب الدعوة الموجهة إلى وفد الهيئة الكردية», «الدعوة التي وجهتها موسكو إلى المعارضة»: an invitation whose
  // invitee is named is that one's (hers is read where she is named).
  if (
    INVITEE_NAMED_AFTER.test(normal.slice(end, Math.min(s.end, end + 16))) &&
    !INVITEE_HERS.test(normal.slice(end, Math.min(s.end, end + 60)))
  )
    return undefined;
  return WITHDRAWAL_IF.test(normal.slice(Math.max(s.start, at - 24), at + 1)) ? undefined : end;
}
const THE_INVITATION_WITHDRAWN =
  /(?:^|\s)(?<!(?:التي|الذي|الذين)\s)[وفبل]?(?:ال)?(?:سحب|سحبت|[يت]سحب|الغاء|الغت|الغي|[يت]لغي)\s+(?:(?:ال)?امين\s+العام\s+(?:لل?امم\s+المتحده\s+)?|بان\s+كي\s+مون\s+|(?:ال)?امم\s+المتحده\s+|(?:مساء|صباح|ظهر|ليل|ليله|امس|اليوم|يوم|رسميا|فجاه|اخيرا|(?:ال)?(?:اثنين|ثلاثاء|اربعاء|خميس|جمعه|سبت|احد))\s+){0,6}الدعوه(?![\u0621-\u064A])/;
/**
 * «the invitation» the subject of its own withdrawal, in the passive: «إن الدعوة "يجب أن تُلغى ما لم تعلن إيران
 * قبولها …"», «الدعوة ينبغي أن تُسحب إذا لم تقبل …», «الدعوة ستسحب ما لم …»; where «الدعوة» ends (her stand-in goes
 * right after it, so that the word of her taking part governs her and the condition after it is read as hers).
 */
const THE_INVITATION_TO_BE_WITHDRAWN =
  /(?:^|\s)(?<!(?:التي|الذي|الذين)\s)[وف]?["«]?الدعوه(?=\s*["«]?\s*(?:(?:[يت]جب|ينبغي|لا\s*بد|من\s+الضروري)\s+(?:ان\s+)?|س)?(?:[يت]سحب|[يت]لغي)(?![\u0621-\u064A]))/;
/**
 * Whether, past the word at `from`, only one actor's names (and at most one other word) stand before `to`: the
 * subject between a verb and its object, not another party whose decision or demand it is.
 */
function namesOnlyBetween(normal: string, words: WordIndex, from: number, to: number, named: readonly Mention[]): boolean {
  let at = from;
  while (at < to && !isWhiteSpace(normal.charCodeAt(at))) at++;
  let rest = 0;
  let actor: string | undefined;
  for (const m of named) {
    if (m.end <= at || m.start >= to) continue;
    if (m.start < at || m.end > to || (actor !== undefined && m.actor !== actor)) return false;
    rest += words.between(at, m.start);
    at = m.end;
    actor = m.actor;
  }
  rest += words.between(at, to);
  return actor !== undefined && rest <= 1;
}

/** The words in [from, to), the trigger's own first, not counting those of the names in it («و» before one counts none). */
function wordsOutsideNames(normal: string, words: WordIndex, from: number, to: number, named: readonly Mention[]): number {
  let at = from;
  let n = 0;
  for (const m of named) {
    if (m.end <= at || m.start >= to) continue;
    n += words.between(at, m.start);
    // («وبريطانيا»: the «و» joined to the name is no word of its own.)
    if (m.start > at && normal.charCodeAt(m.start - 1) === 0x648 && n > 0) n--;
    at = Math.max(at, m.end);
  }
  return n + words.between(at, to);
}

/** A relative clause between commas running to the end of a text: «، التي قررت عدم الانضمام إلى الوفد، ». */
const RELATIVE_ASIDE_TO_END = /\s*[،,]\s*(?:التي|الذي|الذين)\s[^،,.؛:!?؟]{1,140}[،,]\s*$/;

/** An invitation to something else than the talks, right after it: «لزيارة …», «إلى وقف إطلاق النار», «إلى حوار إقليمي». */
export const NOT_TO_TALKS_AFTER =
  /^(?:\s+(?:رسميه|ايران|طهران|لايران|لطهران))*\s+(?:ل?زياره|الي\s+(?!(?:ال)?(?:مؤتمر|اجتماع|اجتماعات|محادثات|مباحثات|مفاوضات|حوار|جنيف|فيينا|مونترو|طاوله|مشاركه|حضور|انضمام|جلسات|جوله)|ايران|طهران|الجمهوريه)[\u0621-\u064A]+|ل(?!(?:ل|ال)?(?:مشارك|حضور|انضمام|مؤتمر|اجتماع|محادثات|مباحثات|مفاوضات|حوار|جنيف|فيينا|مونترو|جلس|جول|ايران|طهران|جمهوريه|دول|اطراف|قوي|بلد|[يت](?:شارك|حضر|نضم|كون|جلس)|(?:ها|هم|هما|ه)(?![\u0621-\u064A])))[\u0621-\u064A]{2,})/;
/**
 * What makes a meeting named right before it one of another kind than the talks: an adjective of another field or
 * scope («(مؤتمر) أمني», «(حوار) إقليمي», «(قمة) اقتصادية»), not with Syria within three words after it («حوار إقليمي
 * حول الأزمة السورية»), or another body or matter («(اجتماعات) الجمعية العامة», «لمجلس الأمن», «حول الأمن»).
 */
const ANOTHER_KIND = String.raw`(?:(?:ال)?(?:امني|اقتصادي|تجاري|اقليمي|نووي|ثقافي|استثماري|نفطي|مالي|عسكري|دفاعي|رياضي|علمي|اعلامي|برلماني|اسلامي|خليجي)(?:ه|ا)?(?![\u0621-\u064A])(?!(?:\s+[^\s،,.؛:]+){0,3}?\s+(?:ال)?سوري)|(?:ل|لل)?(?:ال)?جمعيه\s+(?:ال)?عامه|(?:ل|لل)?مجلس\s+(?:ال)?امن|(?:حول|بشان)\s+(?:ال)?امن)(?![\u0621-\u064A])`;
/** ANOTHER_KIND right after a meeting's word: «(اجتماعات) الجمعية العامة», «(حوار) إقليمي حول الأمن». */
export const ANOTHER_KIND_AFTER = new RegExp(String.raw`^\s+"?${ANOTHER_KIND}`);
/**
 * A meeting of ANOTHER_KIND within two words (of going or taking part) after a word: «(دعوة روسية) لحضور مؤتمر أمني
 * في موسكو», «(مستعدة للمشاركة) في اجتماعات الجمعية العامة».
 */
export const MEETING_OF_ANOTHER_KIND_AFTER = new RegExp(
  String.raw`^(?:\s+[^\s"،,.؛:!?؟]+){0,2}?\s+"?(?:اي\s+)?(?:ال)?(?:مؤتمر|اجتماع|اجتماعات|حوار|لقاء|لقاءات|منتدي|قمه|محادثات|مفاوضات|مباحثات|جلسه|جلسات)\s+"?${ANOTHER_KIND}`,
);
/** A word of a seat or a place («مقعد», «بمقعد», «مكاناً»). */
const SEAT = /^[وفبل]?(?:ال)?(?:مقعد|مكان)ا?$/;
/**
 * Another body than the talks right after a seat, past its qualifiers and her name: «في مجلس الأمن», «بالمنظمة»,
 * «داخل الجمعية العامة», «في الأمم المتحدة». The bodies are listed: a seat «في المرحلة الثانية من جنيف», «في
 * المشاورات المقبلة», «في لوزان» is at the talks as much as «في المؤتمر» is.
 */
const SEAT_ELSEWHERE_AFTER =
  /^(?:\s+(?:دائم|دائما|ثابت|ثابتا|اضافي|اضافيا|رسمي|رسميا|لها|لهم|لايران|لطهران))*\s+(?:في|داخل|ضمن|ب(?=ال))\s*(?:ال)?(?:مجلس|مجالس|منظمه|منظمات|امم|جمعيه|وكاله|برلمان|حكومه|لجنه|اتحاد|جامعه|هيئه\s+الامم)(?![\u0621-\u064A])/;
/** Whether normal[start, end) is a word of a seat followed by another body than the talks (SEAT, SEAT_ELSEWHERE_AFTER). */
export function seatElsewhere(normal: string, start: number, end: number, sentenceEnd: number): boolean {
  return SEAT.test(normal.slice(start, end)) && SEAT_ELSEWHERE_AFTER.test(normal.slice(end, Math.min(sentenceEnd, end + 40)));
}
/** A word of invitation or call («دعوة», «بدعوة», «دعوتها»). */
const INVITATION_WORD = /دعو/;
/** The UN's decision named in sentence s («قرار بان كي مون», «القرار الحكيم للأمين العام»): its span. */
function unDecision(normal: string, s: Sentence): { start: number; end: number } | undefined {
  const text = normal.slice(s.start, s.end);
  const m = UN_DECISION.exec(text);
  // Not a decision whose content is named after it («قرار الأمين العام عقد المؤتمر في موعده», «تأجيل المفاوضات»).
  if (!m || DECISION_CONTENT_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12))) return undefined;
  return { start: s.start + m.index + m[0].length - m[0].trimStart().length, end: s.start + m.index + m[0].length };
}
const UN_DECISION =
  /(?:^|\s)[وفبل]?[ـ"]*(?:ال)?قرار(?:\s+ال[\u0621-\u064A]+)?"?\s+(?:لل|ل)?(?:(?:ال)?امين\s+العام(?:\s+لل?امم\s+المتحده)?(?:\s+بان\s+كي\s+مون)?|بان(?:\s+كي\s+مون)?|(?:ال)?امم\s+المتحده|المنظمه\s+الدوليه)(?![\u0621-\u064A])/;
/** The withdrawal named right after a decision: «(قرار الأمين العام) سحب …», «… بسحب …», «… إلغاء …». */
const WITHDRAWAL_NAMED_AFTER = /^\s+[ب]?(?:سحب|الغاء)(?![\u0621-\u064A])/;
/** No hits (one shared empty list). */
const NO_HITS: readonly Hit[] = [];
/** A word right after a decision naming its content (a noun; not «سحب»/«إلغاء», a preposition, «و…» or the clause's end). */
const DECISION_CONTENT_AFTER =
  /^\s+(?![وف]|(?:سحب|الغاء|ب|في|علي|الي|عن|من|ل|مساء|صباح|امس|يوم|الاخير|الذي)(?![\u0621-\u064A]))[\u0621-\u064A]{3,}/;
/**
 * The withdrawal of her invitation named in the article as done («سحب الدعوة …», «إلغاء دعوة إيران»), not demanded
 * («طالب بسحب الدعوة», «ما لم يتم سحب الدعوة»).
 */
const HER_WITHDRAWAL = /(?<![\u0621-\u064A])(?<!لم\s+(?:يتم\s+)?)(?:سحب|الغاء)\s+(?:[^\s.؛]+\s+){0,4}?(?:ال)?دعوه/;

/** The first word of her taking part with her pronoun in sentence s («مشاركتها», «حضورها», «دعوتها»). */
/**
 * Up to a clause's subject: «و» or «ف», «أن/أنه/لأن» and a quotation mark, and a connective of consequence
 * («وبالتالي», «لذلك») at most.
 */
const CLAUSE_OPENING = /^\s*(?:[وف]?(?:ان|انه|لان)\s+)?"?\s*(?:[وف]?(?:بالتالي|لذلك|لذا)\s+)?[وف]?$/;
/**
 * A relative clause on her name, opened right after it, its verb and subject (up to four words) before the word of her
 * taking part: «وطهران، |التي يريد الروس| حضورها», «إيران، |التي تعارض واشنطن| مشاركتها». Its pronoun is hers, the
 * antecedent, and the clause's subject the one who holds the position on it.
 */
const RELATIVE_ON_HER = /^\s*[،,]\s*(?:التي|الذي)\s+(?:[^\s،,.؛:!?؟"«»]+\s+){1,4}$/;
/** HER_PARTICIPATION in sentence s after `from`, with a comma between (a later clause of the sentence). */
function herParticipationAfter(normal: string, s: Sentence, from: number): { start: number; end: number; relative: boolean } | undefined {
  const comma = normal.slice(from, s.end).search(/[،,]/);
  if (comma < 0) return undefined;
  const her = herParticipation(normal, { ...s, start: from + comma + 1 });
  // (Not her invitation, «… ، وكان من الخطأ سحب دعوتها»: what is done to an invitation is read with its withdrawal.)
  // Only as the subject opening that clause («، وحضورها في أي اجتماع ضروري», «، وأن وجودها …»), or in a relative
  // clause on her name (RELATIVE_ON_HER); not a word inside another clause («، شرطاً لحضورها»), whose sentence says
  // what is wanted of her elsewhere.
  if (!her) return undefined;
  const relative = RELATIVE_ON_HER.test(normal.slice(from, her.start));
  // (Or after «no solution without» opening that clause: «إيران عضو في المجموعة، ولا يمكن تصور أي تسوية من دون
  // مشاركتها».)
  const opening = normal.slice(from + comma + 1, her.start);
  if (!relative && !CLAUSE_OPENING.test(opening) && !NONE_WITHOUT_HER.test(opening) && !POSITION_ON_HER.test(opening)) return undefined;
  return !normal.slice(her.start, her.end).includes("دعوت") ? { ...her, relative } : undefined;
}
/**
 * A clause opening on a position («، معلناً رفضه |مشاركتها», «، مجدداً ترحيبه ب|حضورها») right before her word of
 * taking part.
 */
const POSITION_ON_HER =
  /^\s*"?\s*(?:[وف]?(?:معلنا|معلنه|مؤكدا|مؤكده|مجددا|مجدده|مبديا|مبديه)\s+)?(?:رفض|رفضه|رفضها|رفضهم|ترحيبه|ترحيبها|ترحيبهم|تاييده|تاييدها|معارضته|معارضتها)\s+(?:ل|ب)?$/;
/** A clause opening on «no solution without» right before her word of taking part: «، ولا حل من دون |مشاركتها». */
const NONE_WITHOUT_HER =
  /^\s*"?\s*و?(?:لا\s+(?:حل|تسويه|سلام)|لا\s+يمكن\s+(?:تصور|تخيل|التوصل\s+الي)\s+(?:اي\s+)?(?:حل|تسويه))(?:\s+(?:في|ل)\s*(?:ال)?(?:سوريا|سوريه|ازمه))?\s+(?:من\s+)?(?:دون|بدون)\s+$/;
function herParticipation(normal: string, s: Sentence): { start: number; end: number } | undefined {
  const m = HER_PARTICIPATION.exec(normal.slice(s.start, s.end));
  return m ? { start: s.start + m.index + m[0].length - (m[1] ?? m[2]!).length, end: s.start + m.index + m[0].length } : undefined;
}
/**
 * Whether Iran is what a pronoun at `pos` of sentence s goes back to: the last party (no person: a pronoun «ها» is
 * a country's or a body's) named before it in its reported clause; or, before that clause, Iran as the one
 * reporting it («أكدت طهران أن مشاركتها …»), another party there being the speaker, not the pronoun's; or, else,
 * the last party named in the sentence before.
 */
function herReferent(normal: string, s: Sentence, pos: number, inSentence: readonly Mention[], before: readonly Mention[]): boolean {
  const opened = REPORTED_CLAUSE.exec(normal.slice(s.start, pos));
  const clause = opened ? s.start + opened.index + opened[0].length : s.start;
  for (let k = inSentence.length - 1; k >= 0; k--) {
    const m = inSentence[k]!;
    if (m.end > pos || m.person || m.speakerOnly) continue;
    if (m.start >= clause || m.party === "iran") return m.party === "iran";
    // «وأكدت السعودية أن مشاركتها …»: a reporter of the feminine (her verb tells) may be what her pronoun means.
    if (FEMININE_VERB_BEFORE.test(normal.slice(Math.max(s.start, m.start - 12), m.start))) return false;
  }
  // (Not past a feminine noun and its adjective in this sentence, the nearer antecedent: «إن المرأة السورية مغيبة عن
  // المفاوضات، وإن مشاركتها ضرورية».)
  if (FEMININE_NOUN_PHRASE.test(normal.slice(s.start, pos))) return false;
  // (Not a place named where something goes or happens: «إيران … ترسل ميليشياتها إلى سوريا. لا مانع من حضورها …».)
  for (let k = before.length - 1; k >= 0; k--) {
    const m = before[k]!;
    if (m.person || m.speakerOnly || PLACE_PREPOSITION_BEFORE.test(normal.slice(Math.max(0, m.start - 8), m.start))) continue;
    return m.party === "iran";
  }
  return false;
}
/** A definite feminine noun and its adjective: «المرأة السورية», «الحكومة الانتقالية». */
const FEMININE_NOUN_PHRASE = /(?:^|\s)[وفبل]?ال[\u0621-\u064A]{2,}ه\s+ال[\u0621-\u064A]{2,}ه(?![\u0621-\u064A])/;
/** A preposition of place right before a name: «إلى سوريا», «في سوريا», «داخل سوريا». */
const PLACE_PREPOSITION_BEFORE = /(?:^|\s)[وف]?(?:الي|في|داخل|حول)\s+$/;
/** The talks right after: «في جنيف», «على طاولة المفاوضات», «في المؤتمر». */
const TALKS_AFTER = /^\s*(?:في|علي)\s+(?:طاوله\s+)?(?:ال)?(?:جنيف|مؤتمر|مفاوضات|محادثات|فيينا|حوار|مونترو)/;
/**
 * Every state (party, power) of a kind, then a colon or a comma before her name: the list of them opens with her
 * («مشاركة كل الدول المؤثرة في الصراع: |إيران والسعودية», «حضور جميع الأطراف الإقليمية، |إيران وتركيا»).
 */
const EVERY_STATE_LISTED =
  /(?:^|\s)(?:كل|كافه|جميع)\s+(?:ال)?(?:دول|اطراف|قوي|لاعبين|فاعلين|جهات|بلدان)(?:\s+[^\s:،,.؛!?؟]+){0,5}\s*[:،,]\s*$/;
/** The list going on after her name (EVERY_STATE_LISTED): «و» on the next name, or a comma («إيران| والسعودية»). */
const LIST_GOES_ON = /^\s*(?:[،,]|و[\u0621-\u064A])/;
/** Another party, then «ولا» before her: «(لا مكان) لحزب الله ولا (لإيران)». */
const NEGATION_JOINED = /^\s+ل[\u0621-\u064A]+(?:\s+[\u0621-\u064A]+)?\s+ولا\s*[لب]?$/;
/** «أن/بأن» opening another clause (another subject) inside a gap; not a modal's («لا يمكن أن تكون»). */
const THAT_IN = /(?:^|\s)(?<!(?:يمكن|يجب|ينبغي|يجوز|بد)\s)(?:ان|بان)\s/;
/** A verb of the feminine right before a name: past «…ت» («أكدت»), present «ت…» («تؤكد»). */
const FEMININE_VERB_BEFORE = /(?:^|\s)[وف]?(?:[\u0621-\u064A]{2,}ت|ت[\u0621-\u064A]{2,})\s+$/;
/** The last «أن/إنه/بأن» opening a reported clause: what follows it up to the end. */
const REPORTED_CLAUSE = /(?:^|\s)[وف]?(?:ان|انه|انها|بان|بانه|بانها)\s(?![\s\S]*\s[وف]?(?:ان|انه|انها|بان|بانه|بانها)\s)/;
/**
 * A word of her taking part with her pronoun («مشاركتها», «حضورها», «دعوتها»), or no place for her («لا مكان لها»:
 * her pronoun on the preposition after it).
 */
const HER_PARTICIPATION =
  /(?:^|\s)(?:[وفبل]?((?:ال)?(?:مشاركتها|حضورها|دعوتها|انضمامها|وجودها|تمثيلها|اشراكها|مقعدها|جلوسها))|"?[وف]?(لا\s+مكان\s+لها))(?![\u0621-\u064A])/;

/** Her as the invitee named there («التي وجهها بان كي مون إلى طهران»; not a pronoun, which may be another's). */
const INVITEE_HERS = /^(?:\s+[^\s،,.؛:]+){0,6}?\s+(?:(?:الي|ل)\s*(?:ايران|طهران)|لايران|لطهران)(?![\u0621-\u064A])/;
/** The invitee of an invitation named right after it: «الموجهة إلى …», «التي وجهتها … إلى …». */
const INVITEE_NAMED_AFTER = /^\s*(?:الموجهه|الموجه|المقدمه|المقدم|التي|الذي)(?![\u0621-\u064A])/;
/**
 * A condition in the three words before the withdrawal («إذا لم (يتم) سحب الدعوة», «وإلا فينبغي سحب الدعوة», a quotation
 * opening on it: «"وإلا فيجب سحب الدعوة"»): what it
 * requires is read only where she is named (findIranAbsenceInCondition).
 */
const WITHDRAWAL_IF = /(?:^|\s)["«]?[وف]?(?:اذا|لو|الا|والا|حال|ما\s+لم|ان\s+لم)\s+(?:[^\s]+\s+){0,2}$/;
/**
 * Her invitation named («دعوة إيران», «الدعوة التي وجهها إلى طهران», «دعوته لإيران», «تلقت طهران الدعوة», «دعيت
 * إيران»): «the invitation» elsewhere in the article is hers.
 */
export const INVITATION_OF_IRAN =
  /(?:دعو(?:ه|ته|تها)|دعا|دعت|دعي|دعيت|[يت]دعو)\s+(?:[^\s.؛:]+\s+){0,3}?[وبلف]?(?:ال)?(?:ايران|طهران)(?![\u0621-\u064A])|(?:ال)?دعوه\s+(?:التي|الذي)\s+(?:[^\s.؛:،,]+\s+){0,6}?(?:الي|ل)\s*(?:ايران|طهران)(?![\u0621-\u064A])|(?:ايران|طهران)\s+(?:[^\s.؛:]+\s+){0,2}?(?:ال)?دعوه(?![\u0621-\u064A])/;

/** Accepting the invitation («قبول إيران الدعوة», «إذا قبلت طهران دعوة الأمم المتحدة») is taking part, not a condition. */
const ACCEPTS_INVITATION =
  /(?:^|\s)[وفبل]?(?:قبول|[يت]قبل|قبلت|موافق[\u0621-\u064A]*|[يت]وافق|وافقت|تلبيه|[يت]لبي|لبت)\s+(?:(?:ايران|طهران|الجمهوريه\s+الاسلاميه)\s+)?(?:علي\s+)?(?:ال)?دعو(?:ه|تها|ته|ات)(?=\s|$)/g;

/**
 * Withdrawing the invitation («ما لم يتم سحب الدعوة من إيران», «إذا لم يسحب بان كي مون الدعوة»): her exclusion is
 * then what the condition requires (CONTRACT: making Iran's absence a condition is oppose), not a condition set on
 * her, as withdrawing her forces is. The subject may stand between the verb and the invitation (VSO).
 */
const WITHDRAWS_INVITATION =
  /(?:^|\s)[وفبل]?(?:[يتس]?[يت]?سحب|سحبت|[يت]تم\s+سحب|تم\s+سحب)\s+(?:(?!(?:ال)?(?:قوات|ميليشيات|مليشيات|مقاتل|عناصر|خبراء|حرس)[\u0621-\u064A]*\s)[^\s،,.؛:]+\s+){0,3}?(?:ال)?دعو(?:ه|تها|ته|ات)(?=\s|$)/g;

/**
 * After a word of criticism or regret: its subject (at most five words), a noun of decision (its «ل/ب» too), and its
 * maker (at most eight words) up to the end («انتقد روحاني قرار الأمين العام للأمم المتحدة بان كي مون ب|سحب الدعوة»,
 * «أعرب عن أسفه لقرار بان كي مون |سحب الدعوة»; not past a verb of welcoming joined after it, «انتقد روسيا ورحب
 * بقرار …», whose decision is welcomed).
 */
const DECISION_CRITICISED =
  /^\S+(?:\s+(?!و(?:رحب|رحبت|اشاد|اشادت|ايد|ايدت|ثمن|ثمنت)\s)[^\s،,.؛:"]+){0,5}?\s+[لب]?(?:ال)?(?:قرار|خطوه|اجراء)(?:\s+[^\s،,.؛:"]+){0,8}\s*[وفبل]?$/;

/** A condition marker or a verb of setting one right before her exclusion («إلا بعد استبعاد», «شرط إقصاء»). */
const EXCLUSION_REQUIRED =
  /(?:^|\s)[وف]?(?:الا\s+بعد|الا\s+اذا|ما\s+لم|اذا\s+لم|ان\s+لم|في\s+حال|شرط|بشرط|شريطه|كشرط|[ايتن]?شترط[\u0621-\u064A]*|مشترط[\u0621-\u064A]*)\s+(?:(?:[يت]?تم|يجري|تجري)\s+)?$/;

/** The agents of an exclusion, a few words after it: «… من المشاركة لأسباب سياسية من قبل واشنطن». */
const EXCLUDED_BY = /^(?:\s+[^\s،,.؛:]+){0,6}?\s+(?:من\s+قبل|من\s+جانب|علي\s+يد)\s+/;

/** A negated verb of touching on or mentioning something: «لم يتطرق إلى», «دون أن يتحدث عن», «لم يشر إلى». */
const NOT_TOUCHED_ON = /(?:^|\s)[وف]?(?:لم|دون\s+ان|من\s+دون\s+ان)\s+[يت](?:تطرق|تحدث|شر|ذكر|تناول|عرج)[\u0621-\u064A]*\s/;
/**
 * A word of discussing right before the participation: «لبحث», «لمناقشة», «للتباحث في»; or of moving on to it as the
 * next subject: «قبل أن ينتقل إلى |الدور الإيراني», «تطرق إلى», «عرج على».
 */
const DISCUSSED =
  /(?:^|\s)[وفل]?(?:ل?بحث|[يتن]بحث|بحثا|ل?مناقشه|[يتن]ناقش|ناقش[تا]?|ل?التباحث(?:\s+في|\s+بشان)?|[يتن]تباحث(?:\s+في|\s+بشان)?|ال?حديث\s+(?:عن|حول)|(?:ا|[يتن])?نتقل(?:ت|وا)?\s+(?:الي|ل)|(?:[يتن]?تطرق|تطرقت|تطرقوا)\s+(?:الي|ل)|(?:[يتن]?عرج|عرجت)\s+علي)\s*$/;

const DEMANDED = /^[وف]?(?:ندعو|يدعو|تدعو|دعا|دعت|داعيا|نطالب|يطالب|طالب|تطالب)/;

/** A refused agreeing right before her taking part («لن توافق على |حضور إيران», «لا نقبل |بمشاركتها»). */
const REFUSED_AGREEING = /(?:^|\s)[وف]?(?:لن|لا)\s+[يتن]?(?:وافق|قبل|سمح)[\u0621-\u064A]*\s+(?:علي\s+)?ب?$/;
/** «إلا إذا», «إلا بعد», «ما لم» (only if, only after, unless) opening the condition. */
const ONLY_IF = /^\s*"?[وف]?(?:الا\s+اذا|الا\s+بعد|ما\s+لم)\s/;

/**
 * The word of refusing, up to three words of its object, then «ما لم», «إلا إذا», «إذا لم»: «ترفض ذلك ما لم», «ترفض
 * أي مقعد لإيران ما لم» (not past a comma or a stop: another clause's condition).
 */
const REFUSAL_LIFTED_AFTER = /^\s*"?[^\s،,.؛:]+(?:\s+[^\s،,.؛:]+){0,3}?\s+"?[وف]?(?:الا\s+اذا|ما\s+لم|اذا\s+لم|ان\s+لم)\s/;

/** «مشاركة إيران … ستكون مقبولة (من المعارضة)، إذا …»: a predicate accepting her taking part, then its condition. */
const ACCEPTED_UNTIL =
  /(?:^|\s)(?:[يت]?كون\s+|ستكون\s+|سيكون\s+)?(?:مقبول[اه]?|ممكن[اه]?|مرحبا\s+بها|مرحب\s+بها)(?:\s+(?:\S+\s+){0,3}?)?\s*[،,]?\s*$/;

/** A noun of condition right before her taking part («شرطاً | لحضور طهران», «كشرط مسبق | لمشاركة إيران»). */
const CONDITION_FOR_RIGHT_BEFORE = /(?:^|\s)[وف]?ك?(?:شرط|شرطا)(?:\s+(?:مسبق|مسبقا|اساسيا|اساسي))?\s*$/;

/**
 * Conditions set on her taking part, right before it, by «على» or with an adjective between («تضع شروطاً تعجيزية |
 * لمشاركة إيران», «شروطاً على | حضور طهران»).
 */
const CONDITIONS_SET_ON_RIGHT_BEFORE = new RegExp(
  `(?:^|\\s)(?:ال)?(?:شروط|شروطا)(?:\\s+(?:ال)?${CONDITION_ADJECTIVES})?\\s*"?\\s*(?:علي\\s*)?$`,
);
/**
 * A verb of setting right after the setter («، تضع», «بأنها "تفرض», «التي وضعت»), or its verbal noun after a verb of
 * trying or wanting («تحاول فرض», «تسعى إلى وضع»), up to the conditions; past "not only …, rather" («لم تكتف بالرفض بل
 * وضعت»).
 */
const SETTER_VERB_BETWEEN =
  /^\s*[،,]?\s*(?:(?:ب?ان(?:ها|ه|هم)|التي|الذي)\s+)?"?\s*(?:(?:لم|لا)\s+[يت]كتف[\u0621-\u064A]*(?:\s+[^\s،,.؛:]+){1,3}?\s*[،,]?\s*بل\s+)?(?:[وف]?(?:[يت]حاول(?:ون|ان)?|حاول(?:ت|وا)?|[يت]سعي|سعت|سعوا|[يت]ريد(?:ون|ان)?|ارادت|اراد)\s+(?:الي\s+)?(?=(?:وضع|فرض)\s*$))?[وف]?(?:[يت]ضع(?:ون|ان)?|وضع(?:ت|وا)?|[يت]فرض(?:ون|ان)?|فرض(?:ت|وا)?)\s*$/;
/** A verb of setting right before the setter, which the conditions follow («وضعت الرياض | شروطاً على …»). */
const SETTER_VERB_BEFORE = /(?:^|\s)[وف]?(?:[يت]ضع|وضعت|وضع|[يت]فرض|فرضت|فرض)\s+$/;
/** The rule of conditions set on her taking part, held by their setter. */
const SET_ON_HER_RULE = "iran.conditional.set-on-her";
/**
 * Up to six words after her taking part, then the word of a condition and her readiness or her spirit right after it:
 * «… إذا كانوا مستعدين للبحث …», «، شرط أن تأتي طهران بروح بناءة» (not «إذا كانت الأطراف السورية مستعدة»: others').
 */
const READY_IF_AFTER =
  /^(?:\s+[^\s،,.؛:"]+){0,6}?\s*[،,]?\s*"?\s*(?<=\s|")(?:اذا|ان|شرط\s+ان|بشرط\s+ان|شريطه\s+ان|علي\s+ان)\s+(?:(?:كانت|كانوا|كان|تكون|يكونوا|تكن)\s+(?:مستعد[\u0621-\u064A]*)|(?:جاءت|جاءوا|اتت|اتوا|تاتي|ياتوا|تحضر|حضرت)\s+(?:(?:طهران|ايران|الايرانيون)\s+)?"?\s*بروح)(?![\u0621-\u064A])/;
/** A refusal, a denied right or a denial before conditions set on her («رافضاً أن تفرض أي شروط», «لا يحق لها أن تضع …», «نفى أن تكون تضع …»). */
const REFUSED_IN_LEAD =
  /(?:^|\s)[وف]?(?:رافض[اه]?|رفض\S*|[يتن]رفض\S*|لا\s+يحق|ليس\s+من\s+حق|لا\s+يجوز|نفي|نفت|[يتن]نفي|نافي[اه]?)(?![\u0621-\u064A])/;

/**
 * An accepting or approving predicate right after her taking part (in quotation marks or not), then «(ولكن) بشروط», up
 * to three words between («حضور إيران مقبول في هذه المرحلة بشروط», «مشاركة إيران "مفيدة" بشروط»), or a headline's
 * «بشرط..» whose terms the article gives after it.
 */
const ACCEPTED_ON_TERMS =
  /^\s+(?:[^\s،,.؛:]+\s+){0,6}?(?:[يت]?كون\s+|ستكون\s+|سيكون\s+)?["«]?(?:مقبول[اه]?|ممكن[اه]?|مرحب(?:ا|ون|ين)?\s+(?:بها|بهم)|مفيد[اه]?|ضروري[اه]?|مهم[اه]?)["»]?(?:\s+[^\s،,.؛:]+){0,3}?\s*[،,]?\s*(?:و\s*)?(?:لكن\s+)?(?:(?:ب|وفق\s+|ضمن\s+)(?:ال)?شروط|بشرط\s*(?:\.|…|$))/;
/**
 * A clause of state up to six words after her taking part: «و» and her forces, militias or fighters with her pronoun
 * (two joined by «و» at most), then their verb right after them («… وقواتها تقاتل», «وقواتها ومستشاروها يقاتلون»;
 * not an adverb, «وقواتها تحديداً»).
 */
const HER_FORCES_ACTING_AFTER =
  /^(?:\s+[^\s،,.؛:]+){0,6}?\s+و(?:قوات|ميليشيات|مليشيات|مقاتلو|مقاتلي|حرس|مستشارو|مستشاري|عناصر|جنود)[\u0621-\u064A]*(?:ها|هم)(?:\s+و[\u0621-\u064A]+(?:ها|هم))?(?:\s+(?:ال)?ثوري)?\s+(?!تحديد|تمام|تقريب)[يت][\u0621-\u064A]{2,}/;
/** Refused, then let in on terms up to four words after her: «لا مكان لإيران في المؤتمر |إلا بشروط». */
const EXCEPT_ON_TERMS = /^\s+(?:[^\s،,.؛:]+\s+){0,4}?[وف]?الا\s+(?:ب|وفق\s+|ضمن\s+)(?:ال)?(?:شروط|شرط)(?![\u0621-\u064A])/;

/**
 * Up to ten words, then «إلا بعد» and a noun (not «أن» and a verb, which conditionVerbIn reads); not past a clause of
 * its own («ولن تعلن موقفها إلا بعد الاجتماع», «المؤتمر الذي لن يبدأ إلا بعد العيد»).
 */
const ONLY_AFTER_NOUN =
  /^(?:\s+(?!(?:الذي|التي|الذين|[وف]?(?:لن|لم|لا)|و[يتن][\u0621-\u064A]+|و(?!ال)[\u0621-\u064A]+(?:(?<!ا)ت|وا))(?:\s|$))[^\s،,.؛:]+){0,10}?\s+[وف]?الا\s+بعد\s+(?!ان(?:\s|$))[\u0621-\u064A]{3,}/;

/** «لا مكان (فيها)», «لا دور», «لا مستقبل» right before a name: the one denied it («لا مكان فيها |لبشار الأسد»). */
const NO_PLACE_FOR_BEFORE = /(?:^|\s)[وف]?لا\s+(?:مكان|دور|مستقبل)(?:\s+(?:فيها|فيه|له|لها))?\s*ل?$/;
/** Iran named by her adjective («الإيراني», «الإيرانية», «الإيرانيين»). */
const IRANIAN_ADJECTIVE = /^[وبلف]?(?:ال)?ايراني(?:ه|ين|ون)?$/;
/** Forces, militias or fighters right before that adjective («الحرس الثوري», «قوات …», «الميليشيات»). */
const HER_FORCES_BEFORE =
  /(?:^|\s)[وبلف]?(?:ال)?(?:حرس\s+(?:ال)?ثوري|قوات|ميليشيات|مليشيات|مقاتلين|مقاتلون|عناصر|خبراء|مستشارين|مستشارون|جنود|فيلق|تدخل|احتلال)(?:\s+(?:ال)?[\u0621-\u064A]+){0,2}\s+$/;

/**
 * What she is to take part in (no stop, no «» or second comma; a name in "" allowed), one comma, then «شريطة», «بشرط»,
 * «شرط أن/ألا» opening the terms, quoted or not: «مشاركة إيران في أي جهد دولي لحل الأزمة السورية|، شريطة أن …»,
 * «حضور إيران مؤتمر "جنيف 2" حول سوريا المقرر في 22 كانون الثاني/يناير المقبل في سويسرا، "شرط أن …"».
 */
/**
 * «لكن(ها)» and, after a verb of viewing or stressing, «ذلك/هذا/الأمر» said to hang on something: «…، لكنها ترى أن ذلك
 * مرهون بـ…», «ولكن هذا مشروط بـ…» (no full stop or colon before).
 */
const TAKEN_UP_AS_HANGING =
  /^[^.؛:!?؟]{0,100}?(?:^|\s|[،,])\s*(?:و?لكن(?:ها|ه|هم)?|غير\s+ان(?:ها|ه|هم)?)\s+(?:(?:[يت]ري|[يت]عتبر|[يت]ؤكد)\s+(?:ان|بان)\s+)?(?:ذلك|هذا|الامر)\s+(?:مرهون|مشروط|رهن)/;
const TERMS_AFTER_ONE_COMMA = /^\s*(?:[^\s،,.؛:«»]+\s+){1,14}?[^\s،,.؛:«»]+\s*[،,]\s*"?(?:شريطه|بشرط|شرط\s+(?:ان|الا))\s/;

/**
 * Terms up to two words after her taking part: «حضور طهران |بشروط», «مشاركة إيران في فيينا |بشروط واضحة», «حضور
 * إيران، |على أساس أن تلتزم …» (a verb right after «أن»: not the reason, «على أساس أنها تلعب دوراً»).
 */
const ON_TERMS_RIGHT_AFTER =
  /^\s*(?:[^\s،,.؛:"]+\s+){0,2}?(?:ب(?:ال)?شروط(?![\u0621-\u064A])|[،,]?\s*علي\s+اساس\s+ان\s+[يت][\u0621-\u064A]{2,}\s)/;

/**
 * Where she takes part, named between her taking part and its predicate («مشاركة إيران |في أي مسار جاد لحل الأزمة
 * السورية| ضرورة», «وجود إيران والسعودية |حول هذه الطاولة لأول مرة| أمر بالغ الأهمية»): a phrase of place, no clause of
 * its own (no «أن», «لكن», «بل» nor comma), within PLACE_THEN_PREDICATE_WORDS words.
 */
const PLACE_THEN_PREDICATE =
  /^(?:\s+و[\u0621-\u064A]+)?\s+(?:في|حول|علي|الي)\s+(?:(?!(?:ان|بان|انه|انها|لكن|بل|الذي|التي)\s)[^\s،,.؛:!?؟"]+\s+){1,7}(?:امر[اه]?\s+|هو\s+|هي\s+)?"?$/;
/** How many words a phrase of place may hold between her taking part and its predicate (PLACE_THEN_PREDICATE). */
const PLACE_THEN_PREDICATE_WORDS = 10;
/** The rest of a list of names closed by one comma: «… والسعودية،». */
const LIST_CLOSED = /^[^،,:;؛".]*[،,]\s*$/;

/** A word of her role («دور», «دورها»), and the settlement it may be about right after Iran. */
const ROLE = /(?:^|[وفبل]|ال|لل)دور\S*$/;
const SETTLEMENT_AFTER = /^\s*(?:ال[\u0621-\u064A]+\s+)?(?:في\s+(?:اي\s+)?|ل)(?:ال)?(?:حل|تسويه|انهاء|معالجه)/;
/** The talks named after her role («… ولا في جنيف», «وفي المؤتمر»): her seat there too. */
const TALKS_NAMED_AFTER = /(?:جنيف|مؤتمر|المؤتمر|مفاوضات|المفاوضات|محادثات|المحادثات|طاوله|الطاوله)/;
/** Her role in Syria, the region or the war, an adjective allowed before («دوراً إيجابياً في سوريا»): no seat at the talks. */
const ROLE_IN_THE_WAR_AFTER =
  /^\s*(?:(?:ال)?[\u0621-\u064A]{3,}\s+)?في\s+(?:سوريا|سوريه|المنطقه|الحرب|الازمه|الصراع|النزاع|الميدان)(?![\u0621-\u064A])/;

/** A rejecting predicate that ends the sentence: «… مرفوضة.», «… غير مقبولة». */
const REJECTED_AT_END = /(?:^|\s)(?:مرفوض\S*|غير\s+مقبول\S*)\s*[.!]?\s*$/;
/** A relative clause opening: «المؤتمر الذي …», «الجولة التي …». */
const RELATIVE = /(?:^|\s)(?:الذي|التي|الذين|اللذين|اللتين)\s/;
/** A verb of saying and «أن» opening a new report: «وتقول إن …», «وأكد أن …». */
/** Verbs of saying that open a report with «أن/إن» (REPORT_BETWEEN, REPORT_OPENS). */
const REPORTING_VERBS = "[يت]قول|قال|قالت|اكد|اكدت|[يت]ؤكد|اضاف|اضافت|اعتبر|اعتبرت|[يت]ري";
const REPORT_BETWEEN = new RegExp(`(?:^|\\s)[وف]?(?:${REPORTING_VERBS})\\s+(?:ان|انه|انها|بان)\\s`);
/** A comma, then «فيما», «بينما» or «في حين»: a clause with a subject of its own (another party's) opens. */
export const OTHER_CLAUSE_BETWEEN = /[،,]\s*و?(?:فيما|بينما|في\s+حين)\s/;
/** A verb of the present tense, third person, right after a name: «(وواشنطن) |تربط ذلك …», «(والرياض) |ترفض …». */
const OWN_VERB_NEXT = /^\s+(?:لا\s+|لن\s+)?[يت][\u0621-\u064A]{2,}(?:\s|$)/;
/** A comma, then «لأن/إذ/حيث» opening a reason: «…، لأن …», «…، إذ إن …». */
const REASON_BETWEEN = /[،,]\s*[وف]?(?:لان|لانه|لانها|اذ|حيث)(?:\s|$)/;
/** A verb of meeting with: «لقيت دعوة إيران اعتراضاً …», «وتواجه مشاركتها رفضاً …», «قوبلت برفض …». */
export const MET_WITH =
  /(?:^|\s)[وف]?(?:قد\s+)?(?:لقي|لقيت|لاقي|لاقت|يلقي|تلقي|واجه|واجهت|يواجه|تواجه|قوبل|قوبلت|يقابل|تقابل|اصطدم|اصطدمت)(?=\s|$)/;
/** How far after Iran's participation a rejection after a verb of meeting still is of it (words). */
const MET_WITH_WORDS = 6;
/** Words a relative clause may hold before the predicate of the clause it sits in. */
const MAX_RELATIVE_WORDS = 14;

/**
 * «مشاركة إيران في المؤتمر الذي سيعقد الشهر المقبل مرفوضة»: the rejection that ends the sentence is the
 * predicate of the participation when only a relative clause stands between them, in the same clause.
 */
function rejectedPastRelative(tail: string, spanEnd: number, words: WordIndex, boundaries: ClauseBoundaries): boolean {
  const end = REJECTED_AT_END.exec(tail);
  if (!end) return false;
  const between = tail.slice(0, end.index);
  return (
    RELATIVE.test(between) &&
    !/[،,:;؛"]/.test(between) &&
    words.within(spanEnd, spanEnd + end.index, MAX_RELATIVE_WORDS) &&
    !boundaries.crosses(spanEnd, spanEnd + end.index)
  );
}

/** The parties coordinated around a trigger: «الولايات المتحدة والسعودية والائتلاف … يرفضون». */
function coordinated(region: Mention[], normal: string, triggerAt: number): Mention[] {
  // Start from the mention nearest the trigger and extend over «و» / «،» links.
  let best = 0;
  let bestDistance = Infinity;
  region.forEach((m, i) => {
    const d = m.start >= triggerAt ? m.start - triggerAt : triggerAt - m.end;
    if (d < bestDistance) {
      bestDistance = d;
      best = i;
    }
  });
  let lo = best;
  let hi = best;
  while (lo > 0 && linkedWithConjunction(normal, region[lo - 1]!, region[lo]!)) lo--;
  while (hi < region.length - 1 && linkedWithConjunction(normal, region[hi]!, region[hi + 1]!)) hi++;
  return region.slice(lo, hi + 1);
}

/** Two mentions joined by «و» or a comma, as in a list of parties. */
export function linkedWithConjunction(normal: string, a: Mention, b: Mention): boolean {
  const gap = normal.slice(a.end, b.start);
  return /^\s*[،,]?\s*و\s*$/.test(gap);
}

/** A verb of saying or announcing and «أن» after it, anywhere: a report opening (lastReportEnd). */
const REPORT_OPENS = new RegExp(
  `(?:^|\\s)[وف]?(?:${REPORTING_VERBS}|اعلن|اعلنت|[يت]علن)\\s+(?:(?:[^\\s،,.؛:]+\\s+){0,6}?)(?:ان|انه|انها|بان)\\s`,
  "g",
);
/** Where the last report opening in `text` ends (0 where none does). */
/**
 * A refusal right before a condition's marker, the tying of her taking part refused: «رافضاً |ربط مشاركة بلاده بـ…»,
 * «لا تقبل أن |تربط مشاركتها بأي شرط».
 */
/** A word of refusing, then the tying of a taking part or a taking part named as its object. */
const OWN_OBJECT_AFTER_REFUSAL =
  /^\s*[^\s]+\s+(?:(?:اي|ايه)\s+)?(?:(?:ال)?(?:ربط|رهن|تعليق)|(?:ال)?(?:مشارك|حضور)[\u0621-\u064A]*\s+(?:ايران|طهران|الايراني|ايراني))/;
/** A comma and a word opening a clause of contrast: «، لكنها», «، ولكن», «، غير أن», «، إلا أن», «، بيد أن». */
const CONTRAST_OPENS = /[،,]\s*(?:[وف]?لكن[\u0621-\u064A]*|غير\s+ان|الا\s+ان|بيد\s+ان)(?![\u0621-\u064A])/;
const REFUSING_TO = String.raw`(?:^|\s)[وف]?(?:رفض|رفضت|يرفض|ترفض|نرفض|رافضا|رافضه|رافضين|برفض|(?:لا|لن)\s+[نيت]?قبل(?:ون|وا)?(?:\s+ب)?(?:\s+(?:ان|بان))?)\s+`;
const TYING_REFUSED_BEFORE = new RegExp(String.raw`${REFUSING_TO}\S?$`);
/** The same with the verb or noun of tying after it, right before her taking part: «لا تقبل أن تربط |مشاركتها بأي شرط». */
export const REFUSED_TYING_BEFORE = new RegExp(String.raw`${REFUSING_TO}(?:[تين]?ربط|ربط|[تين]?رهن|رهن|[تي]علق|تعليق)\s+$`);

function lastReportEnd(text: string): number {
  REPORT_OPENS.lastIndex = 0;
  let end = 0;
  for (let m = REPORT_OPENS.exec(text); m; m = REPORT_OPENS.exec(text)) end = m.index + m[0].length;
  return end;
}

/** A participle of saying and «أن» opening what it reports: «مؤكداً أن», «مشدداً على أن», «مشيراً إلى أن». */
const SAYING_PARTICIPLE_THAT = String.raw`[وف]?(?:معتبرا|معتبره|مؤكدا|مؤكده|مشددا|مشدده|مشيرا|مشيره|موضحا|موضحه|مضيفا|مضيفه|واصفا|واصفه|قائلا|قائله|لافتا|لافته)\s+(?:(?:علي|الي)\s+)?(?:ان|بان|انه|انها)`;

/**
 * A comma, then a participle of saying and «أن» opening what it reports (SAYING_PARTICIPLE_THAT); or «، وإن»/«، وبأن»
 * opening the second clause a verb of saying reports, on a subject of its own («قال إن سحب الدعوة سيكون خطأ، وإن
 * مشاركة طهران تخدم المؤتمر»: what the first clause says of the withdrawal is not said of her taking part); not the
 * concessive «وإن كان», «وإن لم», nor a verb going on with the first clause's subject («بشرط أن تسحب مقاتليها، وأن
 * تعلن …»).
 */
const REPORT_AFTER_COMMA = new RegExp(
  String.raw`[،,]\s*(?:${SAYING_PARTICIPLE_THAT}|و(?:ان|بان)(?=\s+(?:ال|(?!(?:كان|كانت|كانوا|لم|لا|لن|قد)(?:\s|$))[^\sيتن])|\s+$))\s`,
  "g",
);

/** A comma, then a participle of saying and «أن»: the subject's own report, «…، مؤكداً أن …». */
const PARTICIPLE_REPORT_AFTER_COMMA = new RegExp(String.raw`[،,]\s*${SAYING_PARTICIPLE_THAT}\s`);

/**
 * A comma, then «و» (or «إذ», «حيث») and a finite verb of saying, its own circumstances (up to eight words: «في تصريحات نقلتها وكالة
 * إيتار تاس») and «أن»: a second report of the same speaker, whose lead starts there.
 */
const FINITE_REPORT_AFTER_COMMA =
  /[،,]\s*(?:و|(?:اذ|حيث)\s+)(?:قال|قالت|اضاف|اضافت|اكد|اكدت|اعتبر|اعتبرت|اوضح|اوضحت|شدد|شددت|تابع|تابعت|كتب|كتبت|غرد|غردت)(?:\s+[^\s،,.:؛"«]+){0,8}?\s+(?:ان|بان|انه|انها)\s/g;

/** A comma, then «و» and a finite verb of position in the past (renewing, criticising, welcoming, rejecting, calling). */
const POSITION_AFTER_COMMA =
  /[،,]\s*و(?:كرر|كررت|جدد|جددت|انتقد|انتقدت|رحب|رحبت|رفض|رفضت|دعا|دعت|طالب|طالبت|حذر|حذرت|ندد|نددت|اعرب|اعربت)\s/g;

/** Whether a participle of saying after a comma opens a report of its own in normal[from, to). */
export function reportOpensIn(normal: string, from: number, to: number): boolean {
  return lastMatch(REPORT_AFTER_COMMA, normal.slice(from, to)) !== null;
}

/**
 * Whether the subject's own report opens in normal[from, to), a participle of saying after a comma (not «، وأن»,
 * a second clause of what was reported).
 * Example: «… تحاول فرض شروط|، مؤكداً أن |موسكو ترفض …» → true
 */
export function ownReportOpensIn(normal: string, from: number, to: number): boolean {
  return PARTICIPLE_REPORT_AFTER_COMMA.test(normal.slice(from, to));
}

/** A negation as the next word («… من دون إيران، لن ينجح …»), after spaces or a comma. */
const NEGATION_NEXT =
  /^[\s،,]*(?:[وف]?(?:لا|لن|لم|ليس|ليست)\s(?!سيما)|(?:"?\s*(?:غير\s+ممكن[هة]?|مستحيل[هة]?|محكوم[اه]?\s+(?:(?:عليه|عليها)\s+)?بالفشل|مضيعه\s+للوقت|بلا\s+معني|عديم[هة]?\s+الجدوي))(?![\u0621-\u064A]))/;

/** Where the last match of `re` (a global regex) starts when it ends `text` but for spaces, else null. */
function trailingMatch(re: RegExp, text: string): number | null {
  re.lastIndex = 0;
  let at: number | null = null;
  let end = -1;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    at = m.index;
    end = m.index + m[0].length;
    if (m[0].length === 0) re.lastIndex++;
  }
  return at !== null && text.slice(end).trim() === "" ? at : null;
}

function firstMatch(re: RegExp, text: string): number | null {
  re.lastIndex = 0;
  const m = re.exec(text);
  return m ? m.index : null;
}

/**
 * Walking out, a boycott or not attending, then a plain «إذا/في حال» (not «إلا إذا», not «إذا لم»): what the
 * condition names is what makes them stay away («ستنسحب من المحادثات إذا تحولت إلى منبر لرحيل الأسد»).
 */
const WALKOUT_IF =
  /(?:^|\s)[وف]?(?:(?:س|سوف\s+)[نيت](?:نسحب|قاطع|علق)|(?:لن|لا)\s+[نيت](?:حضر|شارك|ذهب|جلس|عود|دخل)|(?:ب|ال)?(?:انسحاب|مقاطعه)[\u0621-\u064A]*)(?:\s+[^\s،,.؛:!?؟"«»]+){0,8}?\s+(?<!(?:^|\s)الا\s)[وف]?(?:اذا|في\s+حال)\s+(?!لم\s)/;

/** Most words between his removal named as the condition's subject and the condition («رحيل الأسد |يجب أن| يسبق …»). */
const REMOVAL_SUBJECT_REACH = 4;
/** A noun of demanding or insisting: «مطالبة», «مطلب», «إصرار», «تمسك», «اشتراط». */
const DEMAND_NOUN_BEFORE = /(?:^|\s)[وفبل]?(?:ال)?(?:مطالب|مطالبه|مطلب|اصرار|تمسك|اشتراط)(?:\s|$)/;
/** Clause punctuation: a removal named across it is not the condition's. */
const CLAUSE_PUNCTUATION = /[،,.؛;:!?؟]/;

/**
 * A condition rejected by the predicate after it (a phrase rule's `.rejected` cue: «الحديث عن أن رحيل الرئيس الأسد
 * يجب أن يسبق المفاوضات لا علاقة له بالواقع») whose content is Assad's removal, named as its subject right before
 * it: the one who rejects it would have him stay (CONTRACT.md: may_stay calls the demand unrealistic).
 */
function removalJudged(normal: string, c: Cue, s: Sentence, removal: RegExp): Cue | undefined {
  // Back from the cue over a few words, not across punctuation.
  let from = c.start;
  for (let words = 0; from > s.start; from--) {
    const ch = normal[from - 1]!;
    if (CLAUSE_PUNCTUATION.test(ch)) break;
    if (ch === " " && normal[from] !== " " && ++words > REMOVAL_SUBJECT_REACH + 3) break;
  }
  removal.lastIndex = 0;
  const m = removal.exec(normal.slice(from, c.start));
  if (!m) return undefined;
  // Not a demand named by a noun before it («مطالبة المعارضة برحيل الأسد كشرط …»): its owner and its judge are read
  // by the composed cues.
  if (DEMAND_NOUN_BEFORE.test(normal.slice(from, from + m.index))) return undefined;
  // Only words of obligation or time between his name and the condition: «رحيل الأسد يجب أن يسبق», not another clause.
  const gap = normal.slice(from + m.index + m[0].length, c.start);
  if (gap.trim().split(/\s+/).filter(Boolean).length > REMOVAL_SUBJECT_REACH) return undefined;
  return {
    rule: "assad.removal-in-condition.rejected",
    topic: "assad_role",
    stance: "may_stay",
    start: from + m.index,
    end: from + m.index + m[0].length,
    sentence: c.sentence,
    weight: 0.8,
    parent: c,
  };
}

/** A second reported clause after a comma («، وأن», «، وإنه»), or a participle of saying opening a report. */
const NEXT_REPORTED_CLAUSE = new RegExp(`[،,]\\s*و(?:ان|انه|انها|بان)\\s|${REPORT_AFTER_COMMA.source}`);

/**
 * Assad's removal named inside a condition (after «شرط أن / شريطة أن / على أن / مشترطاً» in the same
 * sentence) is a demand that he go, held by whoever holds the condition.
 * Example: "… شرط أن تؤدي إلى فترة انتقالية تلحظ تنحي الرئيس بشار الأسد" → must_go
 */
export function findRemovalInCondition(
  normal: string,
  conditionals: readonly Cue[],
  sentences: readonly Sentence[],
  lexicon: Lexicon,
): Cue[] {
  const removal = lexicon.conditions.find((c) => c.id === "assad_departure")?.regex;
  if (!removal) return [];
  const out: Cue[] = [];
  for (const c of conditionals) {
    // (Terms tied to Iran's taking part name his removal too: «يربط مشاركة إيران برحيل الأسد».)
    if (c.topic !== "geneva2_preconditions" && c.rule !== "compose.iran.tied") continue;
    if (c.stance === "unconditional" && c.rule.endsWith(".rejected")) {
      const judged = removalJudged(normal, c, sentences[c.sentence]!, removal);
      if (judged) out.push(judged);
      continue;
    }
    if (c.stance !== "conditional") continue;
    const s = sentences[c.sentence]!;
    // (Up to a second reported clause or a report opened after a comma: «… أن الشروط التي يطرحها الائتلاف "غير
    // مقبولة"، وأنه "لا يجوز أن يتحول رحيل الأسد إلى بند مسبق"» says nothing of the Coalition's conditions there.)
    const whole = normal.slice(c.start, s.end);
    const next = whole.search(NEXT_REPORTED_CLAUSE);
    const tail = next > 0 ? whole.slice(0, next) : whole;
    const m = removal.exec(tail);
    if (!m) continue;
    // «سيقاطع الجولة إذا طرح فيها تنحي الأسد»: staying away if his removal comes up rejects it (read by the composed
    // cues), not requires it.
    if (WALKOUT_IF.test(tail.slice(0, m.index))) continue;
    out.push({
      rule: "assad.removal-in-condition",
      topic: "assad_role",
      stance: "must_go",
      start: c.start + m.index,
      end: c.start + m.index + m[0].length,
      sentence: c.sentence,
      weight: 0.8,
      parent: c,
    });
  }
  return out;
}
