// Pass 5: claims as CONTRACT.md prints them: evidence as a verbatim original slice, conditions, confidence.
import { originalSpan, type NormalisedText } from "../../text/normalise";
import { isWhiteSpace, type Sentence } from "../../text/sentences";
import { estimate, type CalibrationModel, type ClaimFacts } from "../calibration";
import type { KeywordPresence } from "../../text/keywords";
import type { Lexicon } from "../lexicon";
import { oppositeStance, type AttributionMethod, type Claim } from "../types";
import { PRIVATE_PERSON_WORDS } from "./01-actors";
import { DEMAND_NOUNS, type Holding } from "./04-holders";

/** How much each way of finding the holder is trusted (1 = the holder is named as the speaker). */
const METHOD_TRUST: Record<AttributionMethod, number> = {
  quote: 1,
  frame: 1,
  subject: 0.97,
  list: 0.97,
  continuation: 0.9,
  agreement: 0.88,
  approval: 0.88,
  headline: 0.85,
};

/** The rule naming each way of finding the holder («holder.frame»), made once rather than built for every claim. */
const HOLDER_RULE = Object.fromEntries(Object.keys(METHOD_TRUST).map((m) => [m, `holder.${m}`])) as Record<AttributionMethod, string>;

/** Evidence longer than this is cut to the clause around the cue; the scorer accepts 12 to 600 characters. */
const MAX_EVIDENCE = 400;
const MIN_EVIDENCE = 12;

export function buildClaims(
  doc: string,
  text: NormalisedText,
  sentences: readonly Sentence[],
  holdings: readonly Holding[],
  /** The keyword scan of `sentences`: the hedge and prediction regexes run only in sentences holding their words. */
  present: KeywordPresence,
  lexicon: Lexicon,
  calibration: CalibrationModel | null = null,
  factsOut?: Map<Claim, ClaimFacts>,
): Claim[] {
  // The claims in the order first made, and where each holder's claim on a topic and label is among them (in maps
  // nested by actor, topic and stance, as the counts below are).
  const claims: Claim[] = [];
  const byActor = new Map<string, Map<string, Map<string, number>>>();
  // What the other holdings of the article say: the same position again, or another label for the same party.
  // Counted in maps nested by party, topic and stance: a key joined from the three would be built and hashed anew
  // for every holding, several times slower than looking the three strings up.
  const byParty = new Map<string, Map<string, Map<string, number>>>();
  const byLabel = new Map<string, Map<string, number>>();
  const read: Holding[] = [];
  for (const h of holdings) {
    const convened = byConvention(h, text.normal, sentences[h.cue.sentence]!);
    if (convened) read.push(asWanted(text.normal, convened));
  }
  for (const h of read) {
    count(inner(inner(byParty, h.holder.party), h.cue.topic), h.cue.stance);
    count(inner(byLabel, h.cue.topic), h.cue.stance);
  }
  // Where each sentence read so far first hedges, or -1 (several holdings often share one).
  const hedgeInSentence: number[] = [];
  // The keyword scan's slot of the prediction class, where the lexicon has one.
  const prediction = lexicon.compose?.polarity.prediction;
  const predictionSlot = prediction && lexicon.composeSlot.get(prediction);
  for (const h of read) {
    const { cue } = h;
    // A state or body with no party id (Egypt, China …) holds what it says, so no one else does; it gets no claim.
    if (lexicon.noClaims.has(h.holder.party)) continue;
    const s = sentences[cue.sentence]!;
    const span = evidenceSpan(text.normal, s, cue.start, cue.end);
    const { start, end } = originalSpan(text, span.start, span.end);
    const evidence = text.original.slice(start, end);
    if (!longEnough(evidence, MIN_EVIDENCE)) continue;
    // Guesses (لعل، يبدو أن، كما يعتقد مراقبون) with no named speaker are commentary, not reported positions.
    // (This test and the prediction's read inside the sentence, which the keyword scan read whole: where it saw
    // none of their words, they cannot match.)
    // (Only a guess before the cue's end: «أما موسكو التي تلح على حضور طهران …، فيبدو أنها تسعى إلى …» guesses at what
    // she seeks, not at the position stated before it.)
    const hedgeAt = (hedgeInSentence[cue.sentence] ??= present.mayMatch(lexicon.keywordSlots.hedge, cue.sentence)
      ? (lexicon.hedge.exec(text.normal.slice(s.start, s.end))?.index ?? -1)
      : -1);
    // (Nor a guess a clause of contrast with a speaker of its own has closed before the cue: «يبدو أن المؤتمر سيتأجل،
    // لكن كيري قال إن …»; not «…، لكنها قد تقبل …», the guess going on.)
    const hedged = hedgeAt >= 0 && s.start + hedgeAt < cue.end && !guessClosed(text.normal, s.start + hedgeAt, cue.start, lexicon);
    if (hedged && (h.method === "subject" || h.method === "list" || h.method === "headline")) continue;
    // Nor a speaker whose own verb the guess governs, in his clause: «ولعل موسكو تريد من وراء تمسكها بالأسد أن تضمن
    // …» is the writer guessing at Moscow's motives (CONTRACT.md), not Moscow speaking.
    if (hedged && h.method === "frame" && hedgeGoverns(text.normal, s.start, h.holder.start, lexicon)) continue;
    // The writer's own view before both the cue and a speaker's verb («إن الموقف الصحيح، كما أراه، هو أن يشترط الائتلاف
    // … وأن يرفض الجلوس مع أي وفد إيراني») is his advice to the parties, no party's position.
    if (hedged && h.method === "frame" && AUTHOR_VIEW.test(text.normal.slice(s.start, Math.min(cue.start, h.holder.start)))) continue;
    // A commentator's guess or forecast about a party named in his words («قال المحلل إنه يعتقد أن الرياض ستقبل في
    // النهاية ببقاء الأسد», «رأى الكاتب أن أنقرة تريد على الأرجح …») is no one's position (CONTRACT.md). (Not what a
    // party's own speaker guesses, reportedBy: «قال لافروف إنه يعتقد أن واشنطن ستقبل …»; nor a demand named with its
    // owner, which the commentator judges: «ورأى الكاتب أن مطالبة الهيئة برحيل الأسد غير واقعية».)
    if (
      (h.method === "subject" || h.method === "list") &&
      !h.reportedBy &&
      commentatorGuess(text.normal, s.start, h.holder.start, cue.end, lexicon) &&
      !demandOwnerIn(text.normal, h)
    )
      continue;
    // The author's prediction or guess before the cue («ومن المتوقع أن تطالب المعارضة …», «وقد يقبل الروس …») is nobody's
    // position (CONTRACT.md).
    if (
      h.method !== "quote" &&
      (((predictionSlot === undefined || present.mayMatch(predictionSlot, cue.sentence)) &&
        predicted(text.normal, s.start, cue.start, lexicon)) ||
        mayHappen(text.normal, s.start, cue.start))
    )
      continue;
    // A question («وهل تؤيد الجامعة مشاركة إيران؟») asks for a position, it states none (CONTRACT.md).
    // (Not a demand named with its owner in what is asked about, «وتساءل المقداد عن سبب إصرار واشنطن على رحيل الأسد»:
    // the owner's, as the one asking presupposes.)
    if (asked(text.normal, s.start, s.end, cue.start, h.method === "frame") && !demandOwnerIn(text.normal, h)) continue;
    // A report put up to be confirmed or denied («تردد أن الائتلاف قبل … . هل هذا صحيح؟», «نشرت صحف أن … ، ما صحة
    // ذلك؟»): an interviewer's rumour, no one's position until the answer says so.
    if (truthAsked(text.normal, sentences, cue.sentence, cue.end)) continue;
    // A report denied right after it («نقلت صحيفة أن واشنطن لم تعد تمانع …، غير أن المتحدثة نفت ذلك»): a denied
    // position is not annotated (CONTRACT.md).
    // (Not a person's own words the report carries, «نقلت وكالة … عن بوغدانوف أن …»: another's denial leaves them his.)
    const ownWordsCarried =
      h.holder.person &&
      h.holder.end <= cue.start &&
      /(?:^|\s)عن\s+$/.test(text.normal.slice(Math.max(s.start, h.holder.start - 4), h.holder.start));
    if (!ownWordsCarried && reportDeniedAfter(text.normal, sentences, cue.sentence, cue.end)) continue;
    const confidence = Math.round(cue.weight * METHOD_TRUST[h.method] * (h.reportedBy ? 0.95 : 1) * (hedged ? 0.7 : 1) * 100) / 100;
    const claim: Claim = {
      doc,
      party: h.holder.party,
      actor: h.holder.actor,
      topic: cue.topic,
      stance: cue.stance,
      evidence,
      start,
      end,
      confidence,
      rules: [cue.rule, HOLDER_RULE[h.method]],
    };
    if (h.reportedBy) claim.reported_by = h.reportedBy;
    const stances = byParty.get(h.holder.party)!.get(cue.topic)!;
    const same = stances.get(cue.stance)!;
    let party = 0;
    for (const n of stances.values()) party += n;
    const facts: ClaimFacts = {
      topic: cue.topic,
      stance: cue.stance,
      rules: claim.rules,
      reportedBy: h.reportedBy,
      person: h.holder.person,
      prior: confidence,
      agreeing: same - 1,
      contrary: party - same,
      others: byLabel.get(cue.topic)!.get(cue.stance)! - same,
      holdings: holdings.length,
      distance: h.holder.end <= cue.start ? cue.start - h.holder.end : h.holder.start >= cue.end ? h.holder.start - cue.end : 0,
      title: s.lineKind === "title" || s.lineKind === "heading",
    };
    // With a calibration model, confidence is how often claims like this one were right on annotated news.
    if (calibration) claim.confidence = estimate(calibration, facts);
    factsOut?.set(claim, facts);
    if (cue.stance === "conditional") {
      const conditions = conditionsNamed(text.normal.slice(cue.start, s.end), cue.sentence, present, lexicon);
      if (conditions.length) claim.conditions = conditions;
    }
    // One claim per holder, topic and label in an article: the most confident wins, conditions accumulate.
    const labels = inner(inner(byActor, claim.actor), claim.topic);
    const at = labels.get(claim.stance);
    if (at === undefined) {
      labels.set(claim.stance, claims.length);
      claims.push(claim);
    } else {
      const prev = claims[at]!;
      const merged = claim.confidence > prev.confidence ? claim : prev;
      const conditions = [...new Set([...(prev.conditions ?? []), ...(claim.conditions ?? [])])];
      if (conditions.length) merged.conditions = conditions;
      claims[at] = merged;
    }
  }
  return claims.sort((a, b) => a.start - b.start || a.party.localeCompare(b.party));
}

/** The map under `key` in `outer`, made empty where there is none yet. */
function inner<V>(outer: Map<string, Map<string, V>>, key: string): Map<string, V> {
  let map = outer.get(key);
  if (!map) outer.set(key, (map = new Map()));
  return map;
}

function count(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

/** «كما يريد الروس», «كما تريد موسكو», «كما تطالب واشنطن» right before the holder named after the words. */
const AS_WANTED_BEFORE =
  /(?:^|\s)كما\s+(?:[يت]ريد(?:ه|ها|ون|ان)?|[يت]رغب(?:ون|ان)?|[يت]طالب(?:ون|ان)?|[يت]تمني|[يت]شتهي|اراد|ارادت|ارادوا|طالب|طالبت)\s+$/;

/**
 * «لا مجال لحكومة وحدة وطنية في ظل الأسد كما يريد الروس»: the one named after «كما يريد» wants what the speaker
 * rejects, so holds the words as they stand, not turned by the speaker's rejection.
 */
function asWanted(normal: string, h: Holding): Holding {
  if (!h.cue.rule.endsWith(".turned") || h.holder.start < h.cue.end) return h;
  if (!AS_WANTED_BEFORE.test(normal.slice(Math.max(0, h.holder.start - 24), h.holder.start))) return h;
  const stance = oppositeStance(h.cue.topic, h.cue.stance);
  return stance ? { ...h, cue: { ...h.cue, stance, rule: `${h.cue.rule.slice(0, -".turned".length)}.as-wanted` } } : h;
}

/**
 * What a party's cue means for it, by CONTRACT.md's conventions. Iran's conditions on her own taking part («مشاركة إيران
 * مرهونة بإجابة واشنطن», «لن نشارك إلا إذا دعيت المعارضة الداخلية», said by Iran) are conditions on attending the talks:
 * `iran_participation/conditional` is another party accepting her on terms (CONTRACT.md). But terms others put on her
 * are not hers: refused («إذا كان شرط مشاركتنا هو قبول جنيف 1 فلن نشارك», «لن تحضر إذا فرضت عليها شروط») they are
 * her rejecting preconditions (`unconditional`); not refused («مستعدة للقبول بمقررات جنيف الأول كشرط لحضورها») they are
 * no condition of hers. Her being invited («مستعدة للمشاركة إذا دعيت») is her wish to take part (`support`). `null`:
 * no claim.
 */
function byConvention(h: Holding, normal: string, s: Sentence): Holding | null {
  if (h.holder.party !== "iran" || h.cue.stance !== "conditional") return h;
  if (h.cue.topic !== "iran_participation" && h.cue.topic !== "geneva2_preconditions") return h;
  const sentence = normal.slice(s.start, s.end);
  const own = h.cue.topic === "iran_participation" ? { ...h, cue: { ...h.cue, topic: "geneva2_preconditions" as const } } : h;
  const terms = TERMS_ON_HER.exec(sentence);
  if (terms) {
    // (The refusal in the terms' own clause, not past a clause of contrast: «أن طهران "مستعدة للقبول بمقررات جنيف الأول
    // كشرط لحضورها"، غير أن الحزب نفى ذلك» is a report denied, no refusal of hers.)
    const from = lastContrastEnd(sentence.slice(0, terms.index));
    const after = CONTRAST.exec(sentence.slice(terms.index + terms[0].length));
    const clause = sentence.slice(from, after ? terms.index + terms[0].length + after.index : sentence.length);
    if (!REFUSED.test(clause)) return null;
    return { ...h, cue: { ...h.cue, topic: "geneva2_preconditions", stance: "unconditional", rule: `${h.cue.rule}.terms-on-her-refused` } };
  }
  if (
    h.cue.topic === "iran_participation" &&
    IF_INVITED.test(normal.slice(Math.max(s.start, h.cue.start - 24), Math.min(s.end, h.cue.end + 120)))
  )
    return { ...h, cue: { ...h.cue, stance: "support", rule: `${h.cue.rule}.if-invited` } };
  return own;
}

/**
 * Terms put on Iran's own taking part, by others: a condition of «مشاركتنا/حضورها» («شرط مشاركتنا», «شروط مسبقة
 * لمشاركتها», «شرطاً لحضورنا»), her taking part or invitation tied to terms («مشاركتنا مشروطة بقبول …», «الدعوة مقرونة
 * بشروط»), terms laid on her («فرضت عليها شروط»), or asked of her («طلب منها قبول بيان جنيف»). (Not her own demand of
 * others: «مشاركتنا مرهونة بإجابة واشنطن».)
 */
const TERMS_ON_HER = new RegExp(
  [
    String.raw`(?:شرط|شروط|شرطا|شروطا)(?:\s+(?:مسبقه|مسبق|مسبقا))?\s+(?:علي\s+)?ل?(?:مشاركت|حضور|ذهاب)(?:نا|ها)(?![\u0621-\u064A])`,
    String.raw`(?:مشاركت|حضور|ذهاب|دعوت)(?:نا|ها)\s+(?:[^\s،,.؛:]+\s+){0,2}?(?:مشروط|مرهون|مقرون)[اه]?\s+ب(?:ال)?(?:قبول|اعلان|توقيع|شروط)`,
    String.raw`(?:ال)?دعوه\s+(?:[^\s،,.؛:]+\s+){0,2}?(?:مشروط|مقرون)[اه]?\s+بشروط`,
    String.raw`(?:فرضت|وضعت|[تي]فرض|[تي]وضع|فرض|وضع|طرحت)\s+(?:عليها|علينا)\s+(?:اي\s+|ايه\s+)?(?:شروط|شرط)`,
    String.raw`(?:طلب|[يت]طلب|طلبت)\s+(?:منها|منا)\s+(?:ال)?(?:قبول|اعلان|توقيع|ان\s+[نت](?:قبل|علن|وقع))`,
  ].join("|"),
);

/** A clause of contrast opening: «، لكن», «غير أن», «بيد أن», «إلا أن». */
const CONTRAST = /(?:^|\s)(?:غير\s+ان|الا\s+ان|ولكن|لكن(?:ها|ه|نا|هم)?|بيد\s+ان)(?![\u0621-\u064A])/;
const CONTRASTS = new RegExp(CONTRAST.source, "g");

/** Where the last clause of contrast in `text` opens its words (0 where there is none). */
function lastContrastEnd(text: string): number {
  let end = 0;
  for (const m of text.matchAll(CONTRASTS)) end = m.index + m[0].length;
  return end;
}

/** A refusal or denial in the terms' clause: «لن نشارك», «فهذا ما لا نقبله», «نرفض», «مرفوض», «نفت». */
const REFUSED =
  /(?:^|[\s"«])[وف]?(?:لن|لم|لا\s+(?:[نيت]قبل|[نيت]رضي|يمكن|يجوز|نقبله)|رفض\S*|[يتن]رفض\S*|رافض[اه]?|مرفوض\S*|نفت|نفي|[يتن]نفي|نافي[اه]?)(?![\u0621-\u064A])/;

/**
 * Her own invitation as the condition, around the cue: «إذا دعيت (إليه)», «إذا وجهت إليها الدعوة», «إذا دعينا»
 * (not another's: «إلا إذا دعيت المعارضة الداخلية»).
 */
const IF_INVITED =
  /(?:^|[\s"«])[وف]?(?:اذا|ان|متي|حال)\s+(?:ما\s+)?(?:(?:تمت?\s+)?(?:دعيت|دعينا)|وجهت\s+(?:اليها|الينا|لها|لنا)\s+(?:ال)?دعوه|تلقت\s+(?:ال)?دعوه|تلقينا\s+(?:ال)?دعوه)(?=\s*(?:$|[،,.؛:"»]|(?:الي|لل|ل)(?:ه|ها|\s)|الي\s|اليه))/;

/** At least `min` characters once whitespace runs count as one and the ends are trimmed. */
function longEnough(text: string, min: number): boolean {
  let length = 0;
  let space = false;
  for (let i = 0; i < text.length && length < min; i++) {
    const white = isWhiteSpace(text.charCodeAt(i));
    if (!white) length += space && length > 0 ? 2 : 1;
    space = white;
  }
  return length >= min;
}

/**
 * What a conditional holder asks for, by the condition patterns of the cue data, in `tail` (the rest of sentence
 * `si` from the cue): a pattern whose words the keyword scan did not see in the sentence is not run.
 */
function conditionsNamed(tail: string, si: number, present: KeywordPresence, lexicon: Lexicon): string[] {
  const named: string[] = [];
  for (const c of lexicon.conditions) if (present.mayMatch(c.slot, si) && c.regex.test(tail)) named.push(c.id);
  return named;
}

/** The sentence, or for a long one the clause-ish window (between commas) around the cue. */
function evidenceSpan(normal: string, s: Sentence, cueStart: number, cueEnd: number): { start: number; end: number } {
  if (s.end - s.start <= MAX_EVIDENCE) return { start: s.start, end: s.end };
  let start = cueStart;
  let end = cueEnd;
  const budget = MAX_EVIDENCE - (cueEnd - cueStart);
  const leftLimit = Math.max(s.start, cueStart - Math.floor(budget * 0.6));
  const rightLimit = Math.min(s.end, cueEnd + Math.ceil(budget * 0.4));
  // Extend to the nearest comma or clause punctuation inside the limits, else to a word boundary.
  const left = normal.slice(leftLimit, cueStart);
  const comma = left.search(/[،,؛:][^،,؛:]*$/);
  start = comma >= 0 ? leftLimit + comma + 1 : leftLimit + Math.max(0, left.indexOf(" ") + 1);
  const right = normal.slice(cueEnd, rightLimit);
  const stop = right.search(/[،,؛.]/);
  end = stop >= 0 ? cueEnd + stop : cueEnd + Math.max(0, right.lastIndexOf(" "));
  if (end <= cueEnd) end = rightLimit;
  while (start < cueStart && isWhiteSpace(normal.charCodeAt(start))) start++;
  while (end > cueEnd && isWhiteSpace(normal.charCodeAt(end - 1))) end--;
  return { start, end };
}

/**
 * An interrogative before the cue, in a sentence that ends in a question mark, with no clause stop between them: «هل»,
 * or, in the cue's own clause (no comma between), «كيف» (not «كيف أن», "how"), «متى» (not «متى ما», "whenever") …, or
 * «من» opening a question on who says or wants something («من قال إنه لا حل مع الأسد؟»): a rhetorical question states
 * no position (CONTRACT.md). Not «لماذا», which asks the reason of a position it states («لماذا ترفض
 * واشنطن مشاركة طهران؟»).
 */
const ASKED_BEFORE =
  /(?:^|[\s.!:"«(])[وف]?(?:هل\s[^.!:؟?؛]*|(?:ماذا|كيف(?!\s+ان\s)|متي(?!\s+ما\s)|اين|اليس|اليست|الا\s+يعني|من\s+(?:قال|يقول|يعتقد|يظن|يزعم|يريد))\s[^.!:؟?؛،,]*)$/;
const QUESTION_END = /[?؟]\s*["»”']?\s*$/;

/** What QUESTION_END lets follow its question mark. */
const AFTER_QUESTION = /[\s"»”']/;

/**
 * What someone was asked about, in the cue's clause: «وسئل عن احتمال قبول أنقرة بمشاركة إيران», «سأل مراسل لافروف عن
 * موقف موسكو من رحيل الأسد»; his answer follows, after a comma or joined by «ف» («وسئل لافروف عن ذلك فقال إن …»), or
 * unjoined before «إن/بأن» («ولما سئل عن مستقبل الأسد قال إن …»). (Not where the answer says «نعم»: it affirms what
 * was asked.)
 */
const ASKED_ABOUT =
  /(?:^|\s)[وف]?(?:سئل|سئلت|سئلوا|سال|سالت|سالوا|يسال|تسال|تساءل|تساءلت|متسائلا|متسائله)\s+(?:[^\s،,.؛:]+\s+){0,8}?(?:عن|حول|بشان|عما|اذا)\s(?:(?!\sف(?:قال|قالت|اجاب|اجابت|رد|ردت|اكد|اكدت|اوضح|اوضحت|اعتبر|اعتبرت|شدد|شددت)\s|\s(?:قال|قالت|اجاب|اجابت|رد|ردت)\s+(?:ان|انه|انها|بان|بانه|بانها)\s)[^.!:؟?؛،,])*$/;

/** A noun of demanding or insisting right before a name, its owner («مطالبة |الائتلاف|», «إصرار |واشنطن|», «مطالبة «|الهيئة|»). */
const DEMAND_NOUN_RIGHT_BEFORE = new RegExp(`(?:^|\\s)[وفبل]?(?:${DEMAND_NOUNS})\\s+["«]?$`);
/** Whether the holding's holder is the owner of a demand named in the cue's clause, before the cue's end. */
function demandOwnerIn(normal: string, h: Holding): boolean {
  return (
    h.method === "subject" &&
    h.holder.end <= h.cue.end &&
    DEMAND_NOUN_RIGHT_BEFORE.test(normal.slice(Math.max(0, h.holder.start - 14), h.holder.start))
  );
}

/**
 * «هل» at most three words before the cue: a question, marked or not (a broadcast's transcript has no question marks).
 * «لماذا» there asks the reason of a position, which it presupposes: «لماذا ترفض واشنطن مشاركة طهران؟» is Washington's
 * refusal, but no speaker's before it («… اتفقوا على أن … ولكن لماذا تثير طريقة خروج بشار الأسد من السلطة هذه
 * الإشكاليات»: the frame's speakers do not hold what the question asks about).
 */
const QUESTION_WORD_NEAR = /(?:^|\s)[وف]?(هل|لماذا)\s+(?:[^\s.!:؟?؛،,]+\s+){0,3}$/;

function asked(normal: string, from: number, to: number, cueStart: number, frame: boolean): boolean {
  const near = normal.slice(Math.max(from, cueStart - 80), cueStart);
  if (ASKED_ABOUT.test(near) || ASKED_WHETHER_NOUN.test(near)) return !YES_AFTER.test(normal.slice(cueStart, to));
  const word = QUESTION_WORD_NEAR.exec(near)?.[1];
  if (word === "هل" || (word !== undefined && frame)) return true;
  // QUESTION_END matches at a question mark followed by nothing but AFTER_QUESTION characters, so only at the last
  // character of the sentence that is not one: it is run from there, not through the whole sentence.
  let last = to - 1;
  while (last >= from && AFTER_QUESTION.test(normal[last]!)) last--;
  return last >= from && QUESTION_END.test(normal.slice(last, to)) && ASKED_BEFORE.test(normal.slice(from, cueStart));
}

/**
 * The noun of a question and «عما إذا» (whether), up to the cue with no punctuation between: «ورداً على سؤال عما إذا
 * كان الائتلاف يرفض …،». (The noun alone, «ورداً على سؤال حول مصير الأسد قال …», is often followed by the answer.)
 */
const ASKED_WHETHER_NOUN =
  /(?:^|\s)[وفبل]?(?:ال)?سؤال(?:ا|ه|ها|هم)?\s+(?:[^\s،,.؛:]+\s+){0,3}?(?:عما|عن\s+ما|حول\s+ما|بشان\s+ما|ما)\s+اذا\s[^.!:؟?؛،,"«»]*$/;
/**
 * «نعم» in the answer after the question, or «ذلك/هذا» the object of a verb of position, not negated, ending a clause
 * of it: what was asked is affirmed or taken up («… عما إذا كان يرفض …، قال: "نعم"», «…، قال كيري إن بلاده ترفض ذلك»;
 * not «نفى ذلك», «لن نقبل هذا»).
 */
const YES_AFTER =
  /(?:^|[\s:"«])نعم(?:[\s،,.!"»]|$)|(?<!(?:^|\s)(?:لا|لم|لن|ليس|غير)\s+)(?:^|\s)(?:[يتن](?:رفض|ؤيد|دعم|عارض|قبل|ريد)(?:ون|ان)?|رفضت|ايدت|دعمت|عارضت|قبلت)\s+(?:ذلك|هذا)\s*(?:[.،,!"»]|$)/;

/**
 * Whether the report is true, asked right after it: «هل هذا صحيح؟», «هل ذلك دقيق؟», «ما صحة ذلك؟», «فما مدى صحة هذه
 * الأنباء؟», «ما حقيقة ذلك؟» (normal letters: «ة» is «ه», «ى» is «ي»), as the sentence's own last clause or as the
 * next sentence of its line, alone.
 */
const TRUTH_ASKED =
  /^\s*[،,.]?\s*(?:[وف]?هل\s+(?:هذا|ذلك|هذه|تلك)(?:\s+[^\s؟?]+){0,2}?\s+(?:صحيح|صحيحه|دقيق|دقيقه)|[وف]?ما\s+(?:مدي\s+)?(?:صحه|حقيقه|دقه)\s+(?:هذا|ذلك|هذه|تلك)(?:\s+[^\s؟?]+){0,2}?)\s*[؟?]\s*$/;
/** The same question as the sentence's last clause, after a comma: where TRUTH_ASKED is looked for in the sentence. */
const TRUTH_CLAUSE = /[،,][^،,]*[؟?]\s*$/;
/** How long the question may be, alone as a sentence (characters). */
const TRUTH_QUESTION_MAX = 40;

/** A word of a report that went round («تردد», «نقلت», «أنباء», «تقارير» …): RUMOUR_FRAME and REPORTED_BEFORE. */
const RUMOUR_WORD =
  "(?:^|\\s)[وف]?(?:تردد|يتردد|ترددت|راج|يروج|اشيع|يشاع|قيل|يقال|نشرت|تنشر|نقلت|تناقلت|تداولت|افادت|تحدثت|زعمت|زعم|(?:ال)?(?:انباء|تقارير|تقرير|اخبار|معلومات|تسريبات|شائعات|صحيفه|صحف))";
/**
 * A report that went round, before the cue in its sentence: «تردد أن», «نشرت صحف», «أنباء», «تقارير», «يقال»; a
 * statement made in the speaker's own name («قال الجربا إن …. فما حقيقة ذلك؟ الحقيقة أن …») is no rumour.
 */
const RUMOUR_FRAME = new RegExp(`${RUMOUR_WORD}(?:\\s|$)`);

/** The report as its denier names it: «ذلك», «هذه الأنباء», «التقرير», «الخبر» (a demonstrative first, maybe). */
const REPORT_NAMED = "(?:ذلك|هذا|هذه|تلك|الخبر|الانباء|التقارير|التقرير|النبا|المعلومات|الامر)";
/** What a denier calls the report: «غير دقيق», «غير صحيح», «عارٍ من الصحة», «لا أساس له من الصحة», «لا يعكس سياستنا». */
const UNTRUE = '["«]?(?:غير\\s+(?:دقيق|دقيقه|صحيح|صحيحه)|عار(?:يه)?\\s+(?:من|عن)\\s+الصحه|لا\\s+اساس|لا\\s+[يت]عكس)';
/**
 * The denial of what was reported, opening on a contrast after the cue, in its sentence or as the next one's first
 * clause: «…، غير أن مصدراً مسؤولاً نفى ذلك», «…، إلا أن المتحدث باسم الخارجية، فلان، نفى تلك الأنباء», «…، ثم نفت
 * الخارجية التقرير», «…، لكن الخارجية وصفت التقرير بأنه "غير دقيق"», «…، لكن المتحدث قال إن هذه التقارير "لا تعكس
 * سياستنا"»; or a relative clause of denial, «…، وهو ما نفاه المتحدث».
 */
const DENIED_AFTER = new RegExp(
  "(?:^|[،,.]\\s*|\\s)(?:غير\\s+ان|الا\\s+ان|لكن|ولكن|بيد\\s+ان|ثم)\\s+(?:[^\\s.؛:]+\\s+){0,14}?" +
    `(?:[وف]?(?:نفي|نفت|نفوا)\\s+(?:\\S+\\s+){0,2}?${REPORT_NAMED}(?=\\s|$|[،,.])` +
    `|[وف]?(?:وصف|وصفت|وصفوا)(?:ه|ها)?\\s+(?:\\S+\\s+){0,2}?ب(?:انه|انها|انهم)\\s+${UNTRUE}` +
    `|${REPORT_NAMED}(?:\\s+\\S+)?\\s+${UNTRUE})` +
    "|[،,]\\s*(?:وهو|وهي|وهذا)\\s+ما\\s+(?:نفاه|نفته|نفوه)(?=\\s|$|[،,.])",
);
/** The words DENIED_AFTER needs one of, for the cheap test before it: «نفى», «وصف», «دقيق», «صحيح», «الصحة», «أساس», «يعكس». */
const DENIAL_WORD = /نف|وصف|دقيق|صحيح|صحه|اساس|عكس/;
/** How far into the next sentence its opening denial is looked for (characters). */
const DENIAL_NEXT_REACH = 160;

/** A report that went round before the cue (RUMOUR_FRAME), denied after it (DENIED_AFTER). */
function reportDeniedAfter(normal: string, sentences: readonly Sentence[], si: number, cueEnd: number): boolean {
  const s = sentences[si]!;
  const next = sentences[si + 1];
  const own = normal.slice(cueEnd, s.end);
  const head =
    next !== undefined && next.line === s.line ? normal.slice(next.start, Math.min(next.end, next.start + DENIAL_NEXT_REACH)) : "";
  // (Most sentences hold no verb of denying: the cheap test.)
  const denied =
    (DENIAL_WORD.test(own) && DENIED_AFTER.test(own)) ||
    (DENIAL_WORD.test(head) && DENIED_AFTER.test(head) && /^\s*[وف]?(?:غير|الا|لكن|ولكن|بيد|ثم)\s/.test(head));
  if (!denied) return false;
  const before = normal.slice(s.start, cueEnd);
  return REPORTED_BEFORE.test(before) && !OFFICIALS_WORDS.test(before);
}

/** A report that went round (RUMOUR_FRAME's words, a comma after them too: «وكانت صحيفة … قد نقلت، مطلع الأسبوع، …»). */
const REPORTED_BEFORE = new RegExp(`${RUMOUR_WORD}(?=\\s|$|[،,])`);
/**
 * The words of the party's officials carried by the report («نقلت صحيفة عن مسؤولين في الإدارة قولهم إن …»): one
 * official's words, another's denial, both the party's (CONTRACT.md: two officials who differ are both annotated).
 */
const OFFICIALS_WORDS = /(?:^|\s)(?:قوله|قولهم|قولها)(?=\s|$)/;

function truthAsked(normal: string, sentences: readonly Sentence[], si: number, cueEnd: number): boolean {
  const s = sentences[si]!;
  // The question first, as its own last clause (only a question mark can end it: the cheap test) or as the short
  // sentence after it on its line; then whether what is asked about is a rumour.
  const own = normal.slice(cueEnd, s.end);
  const clause = own.includes("؟") || own.includes("?") ? TRUTH_CLAUSE.exec(own) : null;
  const next = sentences[si + 1];
  const asked =
    (clause !== null && TRUTH_ASKED.test(clause[0])) ||
    (next !== undefined &&
      next.line === s.line &&
      next.end - next.start <= TRUTH_QUESTION_MAX &&
      TRUTH_ASKED.test(normal.slice(next.start, next.end)));
  return asked && RUMOUR_FRAME.test(normal.slice(s.start, cueEnd));
}

/**
 * «قد» before an imperfect verb in the few words before the cue: what may happen («وقد يقبل الروس في نهاية المطاف
 * بخروج الأسد»), a guess, not a position. (Not «قد» before a perfect verb, «وقد تمسكت روسيا …»: what has happened;
 * nor one in a clause before «لكن» or «أن»: «إن الحل قد يستغرق وقتاً لكن الأسد يجب أن يرحل».)
 */
const MAY_BEFORE = /(?:^|\s)[وف]?قد\s+(ي[\u0621-\u064A]{2,}(?:\s+(?!(?:لكن|ولكن|بل|غير|الا|و?ان)(?:\s|$))[^\s،,.؛:]+){0,5}\s*)?$/;
/** The cue's own first word, an imperfect verb, after a bare «قد» («وقد |يقبل …»). */
const IMPERFECT_AT = /^[وف]?ي[\u0621-\u064A]{2,}/;
/** How far before the cue MAY_BEFORE is looked for (characters). */
const MAY_REACH = 60;

/**
 * «قد» and a feminine imperfect verb (a state, «تقبل», «تجد»), after an opening quotation mark too, up to seven words
 * before the cue: «نقل عن مصدر دبلوماسي أن الولايات المتحدة "قد تجد نفسها مضطرة لقبول بقاء الأسد"». Read only where
 * an unnamed source, observers or the press say it (SOURCE_BEFORE): the minister's «بلاده قد تقبل ببقاء الأسد
 * لفترة انتقالية» is his country's position, hedged. (Not a perfect verb of the fifth form, «قد تمسكت»: it ends in
 * «ت».)
 */
const MAY_FEMININE_BEFORE =
  /(?:^|[\s"])[وف]?قد\s+(ت[\u0621-\u064A]{2,}(?<!ت)(?:\s+(?!(?:لكن|ولكن|بل|غير|الا|و?ان)(?:\s|$))[^\s،,.؛:]+){0,7}\s*)?$/;
/** The cue's own first word, a feminine imperfect verb, after a bare «قد» («قد |تقبل بخروج الأسد»). */
const FEMININE_IMPERFECT_AT = /^[وف]?ت[\u0621-\u064A]{2,}(?<!ت)(?![\u0621-\u064A])/;
/** An unnamed source, observers or the press, the one who says what a party may do. */
const SOURCE_BEFORE =
  /(?:^|\s)[وفبل]?(?:ال)?(?:مصدر|مصادر|مراقبون|مراقبين|محلل|محللون|محللين|خبراء|اوساط|دبلوماسيون|دبلوماسيين|تقارير|صحيفه|صحف|وسائل\s+(?:ال)?اعلام)(?:\s|$)/;
/** How far before the cue MAY_FEMININE_BEFORE is looked for (characters). */
const MAY_FEMININE_REACH = 80;

/** «قد» and an imperfect verb governing the cue at `to` (MAY_BEFORE): the verb before the cue, or opening it. */
function mayHappen(normal: string, from: number, to: number): boolean {
  const may = MAY_BEFORE.exec(normal.slice(Math.max(from, to - MAY_REACH), to));
  if (may !== null && (may[1] !== undefined || IMPERFECT_AT.test(normal.slice(to, to + 16)))) return true;
  const near = Math.max(from, to - MAY_FEMININE_REACH);
  const feminine = MAY_FEMININE_BEFORE.exec(normal.slice(near, to));
  return (
    feminine !== null &&
    (feminine[1] !== undefined || FEMININE_IMPERFECT_AT.test(normal.slice(to, to + 16))) &&
    SOURCE_BEFORE.test(normal.slice(from, near + feminine.index))
  );
}

/** A comma, then a word opening a clause of contrast («، لكن», «، غير أن», «، في حين», «، بينما»). */
const CONTRAST_AFTER_COMMA = /[،,]\s*(?:و?لكن(?:ه|ها|هم)?|غير\s+ان|الا\s+ان|في\s+حين|بينما|فيما|اما)\s/;
/**
 * Whether the guess at `from` does not reach the cue at `to`: the cue is in a relative clause set off by a comma
 * that says what someone said or holds (RELATIVE_SAYS_ASIDE), or the guess is closed by a clause of contrast
 * (CONTRAST_AFTER_COMMA) with no guess of its own («، لكنها قد تقبل …» still guesses).
 */
function guessClosed(normal: string, from: number, to: number, lexicon: Lexicon): boolean {
  const between = normal.slice(from, to);
  // «ويبدو أن لافروف، الذي قال أمس إن رحيل الأسد ليس شرطاً، يراهن على …»: what a relative clause set off by a comma
  // says he said or holds is stated as fact; the guess is about the main clause.
  // (The verb may open the cue itself: «، الذي |رفض أي شروط|،».)
  const relative = RELATIVE_SAYS_ASIDE.exec(normal.slice(from, to + 12));
  if (relative && relative.index < between.length && !/[،,]/.test(between.slice(relative.index + 1))) return true;
  const contrast = CONTRAST_AFTER_COMMA.exec(between);
  return contrast !== null && !lexicon.hedge.test(` ${normal.slice(from + contrast.index + 1, to)}`);
}
/** A comma, a relative pronoun and, within three words, a verb of saying or of position: an aside on what he holds. */
const RELATIVE_SAYS_ASIDE =
  /[،,]\s*(?:الذي|التي|الذين)\s+(?:[^\s،,.؛:]+\s+){0,3}?(?:قال|قالت|قالوا|اكد|اكدت|كرر|كررت|اعلن|اعلنت|شدد|شددت|دعا|دعت|طالب|طالبت|[يت]طالب(?:ون)?|رفض|رفضت|[يت]رفض(?:ون)?|اصر|اصرت|[يت]صر(?:ون)?|تمسك|تمسكت|[يت]تمسك(?:ون)?|[يت]دعو)(?=\s)/;
/** The writer's own view in the first person (a subset of the lexicon's hedges): «كما أراه», «في رأيي», «في ظني». */
const AUTHOR_VIEW = /(?:^|\s)(?:كما\s+اراه|في\s+رايي|برايي|في\s+تقديري|في\s+اعتقادي|في\s+نظري|في\s+ظني)(?=[\s،,])/;
/** A commentator (PRIVATE_PERSON_WORDS: «المحلل», «الكاتب», «الباحث», «الخبير») as a word of his own, not «للصحفيين». */
const COMMENTATOR = new RegExp(`(?:^|\\s)[وف]?(?:ال)?${PRIVATE_PERSON_WORDS}(?=[\\s،,:]|$)`, "g");
/** A verb of belief, guessing or reading, the commentator's own: «أعتقد», «يعتقد», «أظن», «رأى», «يرى», «اعتبر». */
const COMMENTATOR_BELIEF = /(?:^|[\s"«])[وف]?(?:[اينت]?عتقد|[اينت]?ظن|راي|رات|[اينت]ري|[اينت]?عتبر|اعتبرت)(?:ون|وا)?(?=[\s،,:"«»]|$)/;
/** A future verb «in the end», a forecast: «ستقبل في النهاية», «سيوافق في نهاية المطاف». */
const FUTURE_IN_THE_END =
  /(?:^|[\s"«])[وف]?س[يتن][\u0621-\u064A]{2,}(?:\s+[^\s،,.؛:]+){0,4}?\s+في\s+(?:النهايه|نهايه\s+المطاف)(?=[\s،,:"«»]|$)/;
/** How far before a commentator his verb of reading is looked for (characters): «ورأى | الكاتب». */
const COMMENTATOR_VERB_REACH = 12;

/**
 * Whether a commentator named in the sentence before the holder at `holderStart` guesses or forecasts what the
 * holder does: his verb of belief (COMMENTATOR_BELIEF) from right before him up to the holder, or up to the cue's end
 * at `cueEnd` a forecast (FUTURE_IN_THE_END) or a likelihood (the lexicon's predictions: «على الأرجح», «يرجّح»; its
 * hedges, «ربما», «في ظني», are read for every holding). (Not past a clause of his own statement before the holder,
 * OWN_REPORT_AFTER_FORECAST: «فرأى أن "واشنطن ستقبل في النهاية …"، مشيراً إلى أن "الاعتراض السعودي على الدور الإيراني
 * …"» reports the Saudi position.)
 */
function commentatorGuess(normal: string, from: number, holderStart: number, cueEnd: number, lexicon: Lexicon): boolean {
  const before = normal.slice(from, holderStart);
  let at = -1;
  COMMENTATOR.lastIndex = 0;
  for (let m = COMMENTATOR.exec(before); m !== null; m = COMMENTATOR.exec(before)) at = m.index;
  if (at < 0) return false;
  const start = Math.max(from, from + at - COMMENTATOR_VERB_REACH);
  const words = normal.slice(start, cueEnd);
  let guessFrom = 0;
  STATEMENT_AFTER.lastIndex = 0;
  for (let m = STATEMENT_AFTER.exec(words); m !== null && m.index < holderStart - start; m = STATEMENT_AFTER.exec(words))
    guessFrom = m.index + m[0].length;
  // (His verb of belief before the holder, not the holder's own: «إن السعودية … ترى أن الأسد يجب أن يرحل».)
  if (COMMENTATOR_BELIEF.test(words.slice(guessFrom, holderStart - start))) return true;
  const guessed = words.slice(guessFrom);
  const likely = lexicon.compose?.polarity.prediction?.regex;
  if (likely) likely.lastIndex = 0;
  return FUTURE_IN_THE_END.test(guessed) || (likely !== undefined && likely.test(guessed));
}
/** How far before a speaker a guess governing his verb is looked for (characters): «ولعل | موسكو». */
const HEDGE_REACH = 30;
/** Punctuation ending the clause before a speaker: a guess before it is another clause's. */
const CLAUSE_PUNCTUATION = /[،,:؛"«»]/;

/**
 * A guess (the lexicon's hedges) right before the speaker at `holderStart`, in his clause: «ولعل موسكو تريد …»,
 * «ويبدو أن واشنطن ترفض …». (Not one in an earlier clause: «ربما يتأجل المؤتمر، وقال لافروف إن …».)
 */
function hedgeGoverns(normal: string, from: number, holderStart: number, lexicon: Lexicon): boolean {
  const before = normal.slice(Math.max(from, holderStart - HEDGE_REACH), holderStart);
  let cut = before.length;
  while (cut > 0 && !CLAUSE_PUNCTUATION.test(before[cut - 1]!)) cut--;
  return lexicon.hedge.test(` ${before.slice(cut)}`);
}

function predicted(normal: string, from: number, to: number, lexicon: Lexicon): boolean {
  const re = lexicon.compose?.polarity.prediction?.regex;
  if (!re) return false;
  const text = normal.slice(from, to);
  re.lastIndex = 0;
  const m = re.exec(text);
  // (Not past a clause of another speaker's own, «من المتوقع انعقاد المؤتمر …، فيما أكد لافروف أن …»: what he says is
  // his, not forecast.)
  return m !== null && !OWN_REPORT_AFTER_FORECAST.test(text.slice(m.index + m[0].length));
}
/**
 * A comma, then a contrast, «و» and a verb of saying or of position, or a participle of saying or of position,
 * opening another clause after a forecast («توقعت روسيا أن يحضر النظام …، مؤكدة رفضها أي شروط مسبقة»: her own).
 */
const OWN_REPORT_AFTER_FORECAST =
  /[،,]\s*(?:[وف]?(?:فيما|بينما|في\s+حين|لكن|غير\s+ان)|و(?:قال|قالت|اكد|اكدت|اعلن|اعلنت|شدد|شددت|اعتبر|اعتبرت|جدد|جددت|رفض|رفضت|طالب|طالبت|دعا|دعت|اضاف|اضافت)|(?:مؤكد|مشدد|معرب|معتبر|مجدد|موضح|مضيف|لافت|مشير|مطالب|رافض)(?:ا|ه)?)\s/;
/** OWN_REPORT_AFTER_FORECAST, every one in a commentator's words (commentatorGuess). */
const STATEMENT_AFTER = new RegExp(OWN_REPORT_AFTER_FORECAST.source, "g");
