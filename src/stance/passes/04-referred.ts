// Pass 4b: a position referred back to. «وتشترط المعارضة استقالة الأسد. ورفض الأسد وحلفاؤه هذه المطالب»,
// «لكن روسيا وإيران ترفضان هذا التفسير»: a rejecting verb whose object is a demonstrative and a noun of position
// turns the last position stated before it (in its sentence, else in the sentence before) for the verb's subject.
import type { KeywordPresence } from "../../text/keywords";
import type { Sentence, WordIndex } from "../../text/sentences";
import { oppositeStance, type Stance } from "../types";
import type { Lexicon } from "../lexicon";
import { findMentions, type Mention, type SentenceMentions } from "./01-actors";
import { findLast, firstOfRun, isLocative } from "./02-speakers";
import { MEETING_OF_ANOTHER_KIND_AFTER, NOT_TO_TALKS_AFTER, type Cue } from "./03-cues";
import { pastAsideAt } from "./03-shared";
import { nationalityOf } from "./nationality";

/** The verb, up to six words (its subject, VSO), the demonstrative and the noun of position. */
const REFERRED =
  /(?:^|\s)[وف]?(?:[تي]?رفض|[تي]?عارض)(?:ان|ون|ت|وا|ا|تا)?\s+((?:[^\s.!?؟]+\s+){0,6}?)(?:هذا|هذه|تلك|ذلك|هذين|هاتين)\s+(?:ال)(?:تفسير|رؤيه|مطالب|مطلب|طرح|فكره|قراءه|دعوات|دعوه|اقتراح|تصور|مقترح|افكار|مطالبات)(?=\s|$|[.,،؛])/g;

/**
 * Agreeing with a position referred back to: a verb of support or agreement, up to six words (its subject, VSO), and
 * a demonstrative, bare («والجانب الأمريكي يؤيد ذلك الآن») or with a noun of position («تدعم فرنسا هذا الموقف»). A bare
 * demonstrative ends the clause or is followed by an adverb, so «تدعم هذه المعارضة» is not read. A verb of thinking
 * agrees only with «ذلك/هكذا أيضاً» right after it («وبلدان الاتحاد الأوروبي تعتقد هكذا أيضاً»).
 */
const AGREED =
  /(?:^|\s)[وف]?(?:[يتن]?ؤيد|ايد|[يتن]دعم|[يت]شارك(?:نا|ها|هم|ه)|دعم|[يتن]وافق\s+علي|وافق\s+علي|[يتن]شاطر(?:نا|ها|هم|ه)?|شاطر|[يتن]تبني|تبني|تبن|[يتن]تفق\s+مع|اتفق\s+مع|(?:[يتن]ري|يرون|تريان|يريان)(?=\s+(?:ذلك|هذا|هكذا)\s+ايضا)|[يتن]عتقد(?:ان|ون)?(?=\s+(?:ذلك|هذا|هكذا)\s+ايضا))(?:ان|ون|ت|وا|ا|تا)?\s+((?:[^\s.!?؟]+\s+){0,6}?)(?<!(?:^|\s)(?:بعد|مع|قبل|رغم|منذ|عن|في|من|الي|علي|ب)\s+)(?:(?:هذا|هذه|ذلك|تلك)\s+(?:ال)(?:موقف|راي|طرح|مطلب|مطالب|فكره|توجه|رؤيه|مقترح|اقتراح|تصور|دعوه|دعوات|مطالبه|مطالبات)|(?:هذا|ذلك|هكذا)(?=\s*(?:$|[.,،؛:!"»”]|(?:الان|ايضا|كذلك|تماما|بشده|بقوه|بالكامل|بدوره|بدورها)(?![\u0621-\u064A]))))(?=\s|$|[.,،؛:!"»”])/g;

/**
 * Agreement between parties on a position referred back to: «هناك اتفاق بين الرياض وواشنطن حول هذا الموقف». The
 * names between «بين» and the preposition hold it.
 */
const AGREED_BETWEEN =
  /(?:^|\s)[وب]?(?:ال)?(?:اتفاق|اتفاقا|توافق|توافقا|تفاهم|تفاهما|تطابق|تطابقا)(?:\s+(?:تام|تاما|كامل|كاملا))?\s+بين\s+((?:[^\s.!?؟]+\s+){1,6}?)(?:حول|علي|بشان|ازاء|في)\s+(?:هذا|هذه|ذلك|تلك)(?:\s+(?:ال)(?:موقف|راي|طرح|مطلب|مطالب|فكره|توجه|رؤيه|مقترح|اقتراح|تصور|امر|مساله|نقطه))?(?=\s|$|[.,،؛:!"»”])/g;

/**
 * How firmly a thing is rejected, after its object: an absolute object of the verb's own noun and its adjective
 * («(ترفض واشنطن ذلك) رفضاً قاطعاً», «معارضة شديدة»), or «جملة وتفصيلاً».
 */
const HOW_FIRMLY = String.raw`(?:(?:رفضا|معارضه|اعتراضا)\s+(?:قاطعا|تاما|مطلقا|شديدا|شديده|باتا|كاملا|صريحا|واضحا)|جمله\s+وتفصيلا)(?![\u0621-\u064A])`;

/**
 * Objecting to the thing last named, by a bare demonstrative: a verb of objecting or rejecting, up to six words (its
 * subject, VSO), and «ذلك/هذا» ending the clause or followed by an adverb («بينما تعترض باريس على ذلك بشدة»,
 * «ورفضت موسكو ذلك»). «ذلك» is the object the position before it names (Iran's taking part, or her exclusion; his
 * going or staying), not that position: it is read for those two only, where the object is plain.
 */
const OBJECTED = new RegExp(
  String.raw`(?:^|\s)[وف]?(?:[يتن]?عترض(?:ان|ون)?|اعترض(?:ت|وا|ا|تا)?|[يتن]?عارض(?:ان|ون)?|عارض(?:ت|وا|ا|تا)?|[يتن]?رفض(?:ان|ون)?|رفض(?:ت|وا|ا|تا)?)\s+((?:[^\s.!?؟،,]+\s+){0,6}?)(?<!(?:^|\s)(?:بعد|مع|قبل|رغم|منذ|عن|في|من|الي|ب)\s+)(?:علي\s+)?(?:ذلك|هذا)(?=\s*(?:$|[.,،؛:!"»”]|(?:الان|ايضا|كذلك|تماما|بشده|بقوه|بدوره|بدورها|قطعيا|قطعا)(?![\u0621-\u064A])|${HOW_FIRMLY}))`,
  "g",
);
const OBJECTED_STEMS = /عترض|عارض|رفض/;
/** A sentence opening on a contrast («لكن», «غير أن», «بينما», «في المقابل»): what it objects to is what came last. */
const CONTRAST_OPENS = /^\s*"?[وف]?(?:لكن|لكنها|لكنه|غير\s+ان|الا\s+ان|بينما|في\s+حين|في\s+المقابل|بالمقابل)(?=\s|[،,])/;
/** Iran's exclusion named by the cue the demonstrative takes up: objecting to it wants her there. */
const EXCLUSION_NAMED = /استبعاد|اقصاء|ابعاد|سحب|الغاء|تغييب|غياب|عدم\s+(?:مشاركه|حضور|دعوه)/;

/**
 * A preposition naming what a position is about, right after the words that share or back one: «(وقال لافروف الشيء
 * نفسه) عن المعارضة», «(موقفاً مماثلاً) من الإرهاب», «(أيدته باريس) فيما يخص الشروط»: another matter, not the one
 * said before.
 */
const OTHER_MATTER = String.raw`(?:عن|من|تجاه|ازاء|بشان|حول|فيما\s+يخص|في\s+ما\s+يخص)(?![\u0621-\u064A])`;
/** OTHER_MATTER right after a name or a phrase. */
const OTHER_MATTER_NEXT = new RegExp(`^\\s+${OTHER_MATTER}`);

/**
 * Taking the same line as the position before it: «وعلى المنوال نفسه سار وزراء خارجية فرنسا وبريطانيا», «وفي الاتجاه
 * ذاته ذهبت باريس», «وسارت أنقرة على النهج نفسه», «وحذت الدوحة حذوها», «وردد وزير الخارجية الفرنسي الكلام ذاته»,
 * «وقالت أنقرة الشيء نفسه», «وأبدت الرياض موقفاً مماثلاً», «أكدت تركيا الموقف ذاته»: the subject, after the verb or between it and the line
 * (group 1, up to eight words of a clause), holds what was said last, as it stands. Not the same line in another act
 * named after it («وحذت قطر حذوها في إغلاق سفارتها»).
 */
const SAME_LINE = new RegExp(
  String.raw`(?:^|\s)[وف]?(?:(?:علي\s+(?:ال)?(?:منوال|نهج|خط|درب)|في\s+(?:ال)?(?:اتجاه|منحي))\s+(?:نفسه|ذاته)\s+(?:سار|سارت|ساروا|ذهب|ذهبت|ذهبوا|مضي|مضت|مضوا|[يت]سير|[يت]ذهب)(?:ان|ون)?((?:\s+[^\s.!?؟،,؛:]+){1,8})|(?:سار|سارت|ساروا|ذهب|ذهبت|ذهبوا|مضي|مضت|مضوا|[يت]سير|[يت]ذهب)(?:ان|ون)?((?:\s+[^\s.!?؟،,؛:]+){1,6}?)\s+(?:علي\s+(?:ال)?(?:منوال|نهج|خط|درب)|في\s+(?:ال)?(?:اتجاه|منحي))\s+(?:نفسه|ذاته)|(?:حذا|حذت|حذوا)((?:\s+[^\s.!?؟،,؛:]+){1,6}?)\s+حذو(?:ه|ها|هم|هما)|(?:ردد|رددت|رددوا|[يت]ردد|كرر|كررت|كرروا|[يت]كرر|قال|قالت|قالوا|ابدي|ابدت|ابدوا|اتخذ|اتخذت|اتخذوا|تبني|تبنت|تبنوا|اكد|اكدت|اكدوا|[يت]ؤكد|اعلن|اعلنت|اعلنوا|جدد|جددت|جددوا)(?:ان|ون)?((?:\s+(?!(?:ان|انه|انها|بان|لا|لم|لن|[وبل]?(?:ال)?(?:رفض|اعتراض)[\u0621-\u064A]*|[وبل]?معارضت[\u0621-\u064A]+)(?![\u0621-\u064A]))[^\s.!?؟،,؛:]+){1,6}?)\s+(?:(?:ال)?(?:كلام|موقف|عباره|لازمه|مطلب|مطالب|شيء|راي)\s+(?:نفسه|نفسها|ذاته|ذاتها)|(?:كلاما|موقفا|رايا)\s+(?:مماثلا|مشابها)))(?=\s|$|[.,،؛:!"»”])(?!\s+(?:في|ب)\s*(?:ال)?[\u0621-\u064A]{3,})(?!\s+${OTHER_MATTER})`,
  "g",
);
/** The words every match of SAME_LINE holds one of. */
const SAME_LINE_STEMS = /نفسه|ذاته|حذو|مماثلا|مشابها/;

/** The demonstratives of REFERRED, AGREED and AGREED_BETWEEN («هذا», «هذه», «هذين», «ذلك», «تلك», «هاتين»), one of which each match holds. */
const DEMONSTRATIVE = /هذ|ذلك|تلك|هاتين|هكذا/;

/**
 * Words every match of each pattern contains (its verb's stem, or «بين»): a sentence lacking them all is not run
 * through the pattern, which would try its leading `(?:^|\s)` at every position to find nothing. One alternation
 * of the words finds whether any is there in one scan, faster than an `includes` per word.
 */
const REFERRED_STEMS = /رفض|عارض/;
const AGREED_STEMS = /ؤيد|ايد|دعم|شارك|وافق|شاطر|تبن|تفق|(?:ري|رون|ريان)\s+(?:ذلك|هذا|هكذا)|عتقد/;
const BETWEEN_STEMS = /بين/;

/**
 * A position taken up by a relative clause after it: «…، وهو ما ترفضه موسكو», «وهو ما رفضته دمشق», «الأمر الذي تعارضه
 * واشنطن» turn it for the verb's subject, named right after the verb; «وهو ما تطالب به الرياض», «وهذا ما تؤيده
 * باريس», «وهو ما أيدته لندن», «وفق ما تطالب به أيضاً أنقرة», «في موقف تشاركه فيه أنقرة», «وهو ما تشاطرنا إياه
 * قطر», «وهو ما تتفق معه باريس» keep it. Group 1 is the verb (rejecting when it is «رفض» or «عارض»), group 2 the
 * words after it where its subject is named.
 */
const RELATIVE =
  /(?:^|\s|[،,])\s*(?:[وف]?(?:هو|هي|هذا)\s+ما|[وف]?(?:ال)?امر\s+الذي|[وف]?(?:بحسب|حسب|وفق)\s+ما|[وف]?وفقا\s+لما|[وف]?(?:في\s+)?موقف|[وف]?(?:هو|هي|هذا)\s+(?:ال)?(?:موقف|راي))\s+([تي](?:رفض|عارض)(?:ه|ها|انه|ونه)|(?:رفض|رفضت|رفضوا|عارض|عارضت|عارضوا)(?:ه|ها)|[تي](?:ؤيد|دعم|ريد|تبنا|شاطر|شارك)(?:ه|ها|انه|ونه)(?:\s+فيه)?|(?:ايد|ايدت|ايدوا|دعم|دعمت|تبني|تبنت|شاطر|شاطرت)(?:ه|ها)|(?:وافق|وافقت|[تي]وافق)\s+عليه|(?:اتفق|اتفقت|[تي]تفق)\s+معه|[تي](?:شاطر|شارك)(?:نا|ني|ه|ها|هم)\s+(?:اياه|اياها|فيه)|[تي]طالب(?:ان|ون)?\s+به|[تي]دعو(?:ان)?\s+اليه)((?:\s+[^\s.!?؟،,"«»“”]+){1,5})/g;
/** Nothing but spaces or a quotation mark before a relative clause opening its sentence («. وهو ما …», «. الأمر الذي …»). */
const SENTENCE_OPENING = /^\s*["«]?\s*$/;
/** The words every match of RELATIVE holds one of. */
const RELATIVE_STEMS = /(?:هو|هي|هذا|حسب|وفق)\s+ما|وفقا\s+لما|امر\s+الذي|(?:موقف|راي)\s/;
/** Nothing, or an adverb of also, between the relative clause's verb and its subject. */
const ALSO_ONLY = /^\s*(?:(?:ايضا|كذلك|بدورها|بدوره)\s+)?$/;
/** A relative clause's rejection turns a condition too («… شروطاً مسبقة، وهو ما ترفضه دمشق»: it wants none). */
const turnedByRelative = (c: Cue) => (c.stance === "unconditional" ? undefined : oppositeStance(c.topic, c.stance));

/** «و» between two names of one subject, or «وحلفاؤه مثل»-like words (at most three). */
const JOINED = /^\s*[،,]?\s*(?:و\S*(?:\s+\S+){0,2}\s+|و)?$/;

/** How far from the end of the sentence before a referred position may stand, in words. */
const CLOSING_WORDS = 10;
/**
 * How far it may stand for a line taken after it (SAME_LINE) when its own clause runs on to that end with no comma or
 * colon between («… لا ترى أي دور لبشار الأسد أو لمن تلطخت أيديهم بدماء الشعب السوري في أي ترتيبات للحكم
 * الانتقالي. وسار وزراء … في الاتجاه ذاته»): the line is the whole of what was said last. (A demonstrative, «هذه
 * الرؤية», points at what was named last, within CLOSING_WORDS.)
 */
const CLOSING_CLAUSE_WORDS = 20;
/** A break between clauses: what comes after it is said after the position. */
const CLAUSE_BREAK = /[،,؛;:]/;

/**
 * A closing clause that only restates what came before it («…، وتابع: "هذا هو الموقف العادل"»): the position it
 * points at still closes the sentence.
 */
const RESTATING_CLOSE =
  /[،,]?\s*(?:[وف]?(?:تابع|اضاف|قال|اكد)\s*:?\s*|قائلا\s*:?\s*|مضيفا\s*:?\s*)?["«“]?\s*[وف]?(?:هذا|هذه|ذلك)\s+(?:هو|هي)\s+[^\s.،,]+(?:\s+[^\s.،,]+)?\s*[.!"»”]*\s*$/;

export function referredCues(
  normal: string,
  sentences: readonly Sentence[],
  cues: readonly Cue[],
  mentions: SentenceMentions,
  words: WordIndex,
  lexicon: Lexicon,
): Cue[] {
  const out: Cue[] = [];
  const bySentence = new Map<number, Cue[]>();
  // A rejection turns a position on Assad or on Iran; agreement keeps any position as it stands.
  const agreedBySentence = new Map<number, Cue[]>();
  for (const c of cues) {
    const agreed = agreedBySentence.get(c.sentence) ?? [];
    agreed.push(c);
    agreedBySentence.set(c.sentence, agreed);
    if ((c.topic !== "assad_role" && c.topic !== "iran_participation") || !oppositeStance(c.topic, c.stance)) continue;
    const list = bySentence.get(c.sentence) ?? [];
    list.push(c);
    bySentence.set(c.sentence, list);
  }
  if (agreedBySentence.size === 0) return out;
  // Objecting by a bare demonstrative takes up Iran's taking part (or her exclusion), or his going or staying, named
  // before it («طالبت باريس برحيل الأسد، بينما رفضت موسكو ذلك» rejects his going): the last of them.
  const objectBySentence = new Map<number, Cue[]>();
  for (const [si, list] of agreedBySentence) {
    const objects = list.filter(
      (c) =>
        (c.topic === "iran_participation" && (c.stance === "support" || c.stance === "oppose")) ||
        (c.topic === "assad_role" && (c.stance === "must_go" || c.stance === "may_stay")),
    );
    if (objects.length) objectBySentence.set(si, objects);
  }
  // (`object`: what a bare demonstrative objects to is the thing the position names, read from it for Iran's taking
  // part; `contrast`: one closing the sentence before is taken up only by a sentence opening on a contrast.)
  const patterns = [
    { re: REFERRED, stems: REFERRED_STEMS, turn: true, positions: bySentence, object: false, contrast: false },
    { re: AGREED, stems: AGREED_STEMS, turn: false, positions: agreedBySentence, object: false, contrast: false },
    { re: AGREED_BETWEEN, stems: BETWEEN_STEMS, turn: false, positions: agreedBySentence, object: false, contrast: false },
    { re: OBJECTED, stems: OBJECTED_STEMS, turn: true, positions: objectBySentence, object: true, contrast: true },
    { re: SAME_LINE, stems: SAME_LINE_STEMS, turn: false, positions: agreedBySentence, object: false, contrast: false },
  ];
  // Each pattern refers to a position of this sentence or the one before (every cue is in agreedBySentence), by a
  // demonstrative: a sentence with neither is not read. The sentences of cues and those after them are marked once
  // rather than looked up in the map for every sentence.
  const near = new Uint8Array(sentences.length + 1);
  for (const si of agreedBySentence.keys()) near[si] = near[si + 1] = 1;
  for (let si = 0; si < sentences.length; si++) {
    if (!near[si]) continue;
    const s = sentences[si]!;
    const text = normal.slice(s.start, s.end);
    if (!DEMONSTRATIVE.test(text) && !SAME_LINE_STEMS.test(text)) continue;
    for (const { re, stems, turn, positions, object, contrast } of patterns) {
      // A match refers to a position of this sentence or the one before: without one, none is read.
      if (!positions.has(si) && !positions.has(si - 1)) continue;
      if (!stems.test(text)) continue;
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        const verbStart = s.start + m.index + (m[0].length - m[0].trimStart().length);
        const end = s.start + m.index + m[0].length;
        // (SAME_LINE names its subject in one of four groups.)
        const subject = m[1] ?? m[2] ?? m[3] ?? m[4] ?? "";
        const between = s.start + m.index + m[0].indexOf(subject, 1);
        const before = (positions.get(si) ?? []).filter((c) => c.end <= verbStart).sort((a, b) => a.end - b.end);
        // In the sentence before, only a position closing it is referred to: «هذه» points at what was said last.
        const last = [...(positions.get(si - 1) ?? [])].sort((a, b) => a.end - b.end).pop();
        const prev = si > 0 ? sentences[si - 1] : undefined;
        const restated = prev ? RESTATING_CLOSE.exec(normal.slice(prev.start, prev.end)) : null;
        const prevEnd = prev ? (restated ? prev.start + restated.index : prev.end) : 0;
        const closing =
          last &&
          last.end <= prevEnd &&
          (words.within(last.end, prevEnd, CLOSING_WORDS) ||
            (re === SAME_LINE &&
              words.within(last.end, prevEnd, CLOSING_CLAUSE_WORDS) &&
              !CLAUSE_BREAK.test(normal.slice(last.end, prevEnd))))
            ? last
            : undefined;
        // (A bare «ذلك» takes up Iran's taking part, or his going, closing the sentence before only in a sentence
        // opening on a contrast: «… تدعم مشاركة إيران. لكن الولايات المتحدة ترفض ذلك.»)
        const referent = before.length ? before[before.length - 1] : contrast && !CONTRAST_OPENS.test(text) ? undefined : closing;
        if (!referent) continue;
        const inS = mentions.in(si);
        // VSO: the names between the verb and the demonstrative; SVO: the name(s) just before the verb.
        // (SAME_LINE's match may end on its subject's last name: «… سار وزراء خارجية فرنسا وقطر».)
        const namesEnd = re === SAME_LINE ? end : end - 1;
        let holders: Mention[] = inS.filter((x) => x.start >= between && x.end <= namesEnd);
        if (holders.length === 0) {
          const prior = inS.filter((x) => x.end <= verbStart);
          const last = prior[prior.length - 1];
          // «لكن روسيا وإيران ترفضان»: a verb with no «و» of its own, right after its subject.
          if (
            last &&
            words.within(last.end, verbStart, 1) &&
            /^\s*$/.test(normal.slice(last.end, verbStart)) &&
            !/^[وف]/.test(m[0].trimStart())
          ) {
            holders = [last];
            for (let k = prior.length - 2; k >= 0 && /^\s*[،,]?\s*و\s*$/.test(normal.slice(prior[k]!.end, prior[k + 1]!.start)); k--)
              holders.unshift(prior[k]!);
          }
        } else if (holders.length > 1) {
          // Keep the subject and those joined to it.
          const kept = [holders[0]!];
          for (let k = 1; k < holders.length && JOINED.test(normal.slice(holders[k - 1]!.end, holders[k]!.start)); k++)
            kept.push(holders[k]!);
          holders = kept;
        }
        // «روسياوإيران»: scraped copy often loses the space before «و»; read the two names of a glued word.
        if (holders.length === 0) {
          const span = subject.trim() ? subject : (/(\S+)\s*$/.exec(normal.slice(s.start, verbStart))?.[1] ?? "");
          const spanStart = subject.trim()
            ? between
            : verbStart - (normal.slice(s.start, verbStart).length - normal.slice(s.start, verbStart).trimEnd().length) - span.length;
          holders = gluedPair(span, spanStart, lexicon);
        }
        holders = holders.filter((h) => !h.speakerOnly || h.person);
        if (holders.length === 0) continue;
        // The object objected to: her taking part (oppose), or her exclusion (support); his going or staying, turned.
        const objected: Stance = EXCLUSION_NAMED.test(normal.slice(referent.start, referent.end)) ? "support" : "oppose";
        const stance =
          object && referent.topic === "iran_participation"
            ? objected
            : turn
              ? oppositeStance(referent.topic, referent.stance)!
              : referent.stance;
        out.push(takenUp(referent, turn, stance, verbStart, end, si, holders));
      }
    }
  }
  relativeCues(normal, sentences, agreedBySentence, mentions, out);
  return out;
}

/**
 * The decision or step a verb takes up: «القرار», «الخطوة» (with an adjective of its own: «القرار الأممي»),
 * «قرار» with the Secretary-General or the UN as its maker («بقرار الأمين العام», «بقرار بان»), or named as the
 * withdrawal without naming Iran again («بقرار السحب», «بقرار سحب الدعوة»). Not «بقرار الائتلاف»
 * (another's decision), nor one followed by what was decided («بقرار الأمين العام سحب الدعوة», read as it stands):
 * the object ends its clause.
 */
const DECISION = String.raw`(?:(?:هذا|هذه)\s+)?(?:ال(?:قرار|خطوه)(?:\s+(?:الاخير|الاخيره|الاممي|الامميه|هذا|هذه))?|(?:قرار|خطوه)\s+(?:الامين\s+العام(?:\s+للامم\s+المتحده)?|بان(?:\s+كي\s+مون)?|الامم\s+المتحده|المنظمه\s+الدوليه)|(?:ال)?قرار\s+(?:ال)?سحب(?:\s+(?:ال)?دعوه)?)(?=\s*(?:[.,،؛:!"»”]|$)|\s+و)`;

/**
 * A decision welcomed («ورحبت واشنطن بالقرار», «الرياض ترحب بقرار الأمين العام:», «أشاد … بالخطوة», relief at it:
 * «أبدت واشنطن ارتياحها لقرار الأمين العام», not «عدم ارتياحها») or condemned
 * («انتقدت موسكو القرار», «ونددت طهران بالخطوة»): group 1 is the verb; the words between it and the decision (its
 * subject, VSO: «رحبت المتحدثة باسم وزارة الخارجية الأمريكية جين بساكي بالخطوة») are at most eight; the verb may
 * follow «ل» («ثم عادت الخارجية لترحب بقرار بان»).
 */
const DECISION_TAKEN = new RegExp(
  String.raw`(?:^|\s)(?:[وف]|[وف]?ل(?=[يت]))?((?:[يت]?رحب(?:ان|ون)?|رحبت|رحبا|رحبوا|رحبتا|ترحيب(?:ه|ها|هم)?|[يت]?شيد(?:ان|ون)?|اشاد|اشادت|اشادوا)\s+(?:[^\s.!?؟،,]+\s+){0,8}?ب|(?<!عدم\s+)(?:ال)?ارتياح(?:ه|ها|هم)?\s+(?:[^\s.!?؟،,]+\s+){0,8}?ل|(?:ندد|نددت|[يت]ندد|[يت]?نتقد(?:ان|ون)?|انتقد|انتقدت|انتقدوا|ادان|ادانت|[يت]دين|استنكر|استنكرت|[يت]ستنكر)\s+(?:[^\s.!?؟،,]+\s+){0,6}?(?:ب)?)` +
    DECISION,
  "g",
);
const DECISION_STEMS = /قرار|خطوه/;
/** The decision after a describing verb («واعتبرت روسيا أن الخطوة …»), whatever follows it. */
const DECISION_JUDGED = new RegExp(String.raw`(?:^|\s)(?:ان\s+)?` + DECISION.slice(0, DECISION.lastIndexOf("(?=")));
/**
 * A word judging the decision right, at most four words after it («صائب», «حكيم», «في محله», «في الاتجاه الصحيح»);
 * group 1 a negation before it («غير صائب», «ليس حكيماً»).
 */
/** The UN's decision named by its maker: «قرار الأمين العام», «قرار بان كي مون», «قرار الأمم المتحدة». */
const DECISION_MAKER = /امين|بان|امم|منظمه/;
const APPROVED_STEMS = /صائب|حكيم|محله|الصحيح/;
/** A verb of judging or saying whose clause may judge a decision: «رأى», «اعتبر», «وصف», «قال», «أكد». */
const JUDGING_VERB =
  /(?:^|\s)[وف]?(?:راي|رات|راوا|يري|تري|اعتبر|اعتبرت|اعتبروا|[يت]عتبر(?:ون|ان)?|معتبرا|معتبره|وصف|وصفت|[يت]صف|واصفا|واصفه|قال|قالت|اكد|اكدت|[يت]ؤكد|مؤكدا|مؤكده)(?=\s)/g;
const APPROVED_AFTER =
  /^(?:\s+(?![^\s.!?؟،,]*(?:لكن|غير|ليس|ليست|لم|لا)(?![\u0621-\u064A]))[^\s.!?؟،,]+){0,4}?\s*[«"]?\s*(?:(غير|ليس|ليست|لم\s+[يت]كن|لا\s+[يت]بدو)\s+[«"]?)?(?:ال)?(?:صائب|صائبا|صائبه|الصائبه|حكيم|حكيما|حكيمه|في\s+محله|في\s+الاتجاه\s+الصحيح)(?![\u0621-\u064A])/;
/** A mistake corrected rather than made: «يصحح خطأ». */
const CORRECTING = /صحح|تصحيح/;
const CONDEMNING = /ندد|نتقد|ادان|دين|ستنكر/;
/** How many sentences back the decision a verb takes up may have been stated (an invitation or its withdrawal). */
const DECISION_REACH = 8;
/** Another decision or event between the withdrawal and the verb, which «القرار» may be («تبنى مجلس الأمن قراراً»). */
const OTHER_DECISION =
  /(?:^|\s)[وف]?(?:قرر|قررت|قراره|قرارا|تبني|تبنت|اقر|اقرت|فرض|فرضت|عقوبات|تاجيل|موافقته|موافقتها|صوت|صوتت|اعتمد|اعتمدت)(?=\s|$|[.،,])/g;
/** The withdrawal itself, or Iran, right after a decision: «قرر أن يعقد الاجتماع من دون مشاركة إيران». */
const SAME_DECISION_AFTER = /سحب|الغاء|استبعاد|ايران|طهران/;

/** Whether `text` (between the withdrawal and the verb) names another decision than the withdrawal. */
function otherDecision(text: string): boolean {
  OTHER_DECISION.lastIndex = 0;
  for (let m = OTHER_DECISION.exec(text); m; m = OTHER_DECISION.exec(text))
    if (!SAME_DECISION_AFTER.test(text.slice(m.index, m.index + m[0].length + 70))) return true;
  return false;
}
/**
 * The decision on Iran's taking part a later verb takes up: a withdrawal of her invitation («سحب الدعوة», «إلغاء
 * دعوة», «تراجع عن دعوتها», with the subject of a verb between: «ما لم يسحب بان كي مون دعوته»). (Not an invitation
 * extended: «رحبت واشنطن بالقرار» after «الحديث عن دعوة طهران» is mostly another decision's, the one the article
 * reports, while the welcomed withdrawal is the news of its day.)
 */
const WITHDRAWAL =
  /(?:^|\s)[وفبل]?(?:ال)?(?:[يت]?سحب|سحبت|سحبه|سحبها|الغاء|الغي|الغت|[يت]لغي|[يت]?تراجع|تراجعت|تراجعه|تراجعها)(?:\s+[^\s.!?؟،,]+){0,8}?\s+(?:عن\s+)?(?:ال)?دعو[\u0621-\u064A]*(?:\s+[^\s.!?؟،,]+){0,9}?\s+[وبل]?(?:الي\s+|ل)?(?:ايران|طهران|الجمهوريه\s+الاسلاميه|الايرانيه)(?![\u0621-\u064A])|(?:^|\s)[وفبل]?(?:ال)?(?:سحب|الغاء)\s+(?:ال)?دعوه\s+(?:ايران|طهران)(?![\u0621-\u064A])/g;
/** The cue weight of a decision taken up: as the rules reporting a party's act (an invitation extended) weigh. */
const DECISION_WEIGHT = 0.85;

/**
 * Decisions on Iran's taking part taken up after they are stated: «سحب بان كي مون الدعوة الموجهة إلى طهران. ورحبت
 * واشنطن بالقرار» (Washington opposes her taking part, as the withdrawal does), «انتقدت موسكو القرار» (Moscow
 * supports it), «واعتبرت روسيا أن الخطوة خاطئة» (a describing verb and a judging word after the decision, as
 * describedCues reads a named position). The decision is the withdrawal of her invitation, named in the verb's
 * sentence or the DECISION_REACH before, in a sentence naming Iran; the verb's subject holds the cue.
 */
export function decisionCues(normal: string, sentences: readonly Sentence[], words: WordIndex, lexicon: Lexicon): Cue[] {
  const out: Cue[] = [];
  // No withdrawal of an invitation without «دعو…»: most articles are left at once.
  if (!normal.includes("دعو")) return out;
  // Where sentence j names the withdrawal of Iran's invitation (the end of the last one), or -1; found once per
  // sentence, though each verb looks back over up to DECISION_REACH of them.
  const withdrawals = new Map<number, number>();
  const withdrawalIn = (j: number): number => {
    const known = withdrawals.get(j);
    if (known !== undefined) return known;
    const s = sentences[j]!;
    const text = normal.slice(s.start, s.end);
    let end = -1;
    WITHDRAWAL.lastIndex = 0;
    for (let m = WITHDRAWAL.exec(text); m; m = WITHDRAWAL.exec(text)) end = s.start + m.index + m[0].length;
    withdrawals.set(j, end);
    return end;
  };
  const describing = lexicon.compose?.polarity.describing;
  const evaluation = lexicon.compose?.polarity.evaluation;
  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si]!;
    const text = normal.slice(s.start, s.end);
    if (!DECISION_STEMS.test(text)) continue;
    // The withdrawal named in the verb's sentence (before or after it: «رحب الائتلاف بالقرار … بعد أن هدد بالانسحاب
    // ما لم تسحب الدعوة الموجهة لإيران») or in the DECISION_REACH sentences before.
    // (Not past another decision named in between: «… تبنى مجلس الأمن قراراً …، ورحبت واشنطن بالقرار».)
    // (The UN's decision named by its maker, «قرار الأمين العام», is the withdrawal wherever the article named it.)
    const push = (start: number, end: number, condemned: boolean, byMaker = false) => {
      let at = -1;
      for (let j = si; j >= 0 && (byMaker || j >= si - DECISION_REACH) && at < 0; j--) at = withdrawalIn(j);
      if (at < 0 || otherDecision(normal.slice(Math.min(at, start), start))) return;
      out.push({
        rule: `iran.decision.${condemned ? "condemned" : "welcomed"}`,
        topic: "iran_participation",
        stance: condemned ? "support" : "oppose",
        start,
        end,
        sentence: si,
        weight: DECISION_WEIGHT,
        holder: "subject",
      });
    };
    DECISION_TAKEN.lastIndex = 0;
    for (let m = DECISION_TAKEN.exec(text); m; m = DECISION_TAKEN.exec(text)) {
      const start = s.start + m.index + m[0].length - m[0].trimStart().length;
      // («رحبت الخارجية بقرار بان»: the UN's decision named by its maker, taken up however far back.)
      const decision = m[0].slice(m[0].indexOf(m[1]!) + m[1]!.length);
      push(start, s.start + m.index + m[0].length, CONDEMNING.test(m[1]!.slice(0, 8)), DECISION_MAKER.test(decision));
    }
    // «واعتبرت روسيا أن الخطوة خاطئة», «ووصفت موسكو القرار بأنه خطأ»: the decision within eight words of the verb,
    // the judging word within four after it.
    if (!describing || !evaluation) continue;
    for (const d of describing.find(normal, s.start, s.end)) {
      const from = d.index + d.text.length;
      const found = DECISION_JUDGED.exec(normal.slice(from, s.end));
      if (!found || !words.within(from, from + found.index, 8)) continue;
      const objectEnd = from + found.index + found[0].length;
      // (Not a mistake corrected: «اعتبرت الرياض أن القرار يصحح خطأً».)
      const judged = evaluation
        .find(normal, objectEnd, s.end)
        .find((e) => words.within(objectEnd, e.index, 4) && !CORRECTING.test(normal.slice(objectEnd, e.index)));
      if (judged) push(d.index, judged.index + judged.text.length, true);
    }
    // «ورأى هيغ أن قرار الأمين العام «صائب»», «اعتبرت أن الخطوة في الاتجاه الصحيح»: the decision judged right after
    // a verb of judging or saying is welcomed; judged not right («غير صائب», «ليس حكيماً») is condemned.
    if (!APPROVED_STEMS.test(text)) continue;
    JUDGING_VERB.lastIndex = 0;
    for (let v = JUDGING_VERB.exec(text); v; v = JUDGING_VERB.exec(text)) {
      const from = s.start + v.index + v[0].length;
      const found = DECISION_JUDGED.exec(normal.slice(from, s.end));
      if (!found || !words.within(from, from + found.index, 8)) continue;
      const objectEnd = from + found.index + found[0].length;
      const approved = APPROVED_AFTER.exec(normal.slice(objectEnd, Math.min(s.end, objectEnd + 60)));
      if (approved)
        push(
          s.start + v.index + (v[0].length - v[0].trimStart().length),
          objectEnd + approved[0].length,
          approved[1] !== undefined,
          DECISION_MAKER.test(found[0]),
        );
    }
  }
  return out;
}

/**
 * «بدعوة (رسمية) من», or the invitation sent her by its sender named after the verb («بعد دعوة وجهها إليها», «إثر دعوة
 * نقلتها لها»), after Iran's taking part: the inviters follow.
 */
const INVITED_BY_AFTER =
  /(?:^|\s)(?:بدعوه\s+(?:رسميه\s+)?من|(?:بعد|اثر|عقب|تلبيه\s+ل)\s*دعوه\s+(?:رسميه\s+)?(?:وجهها|وجهتها|نقلها|نقلتها|قدمها|قدمتها)\s+(?:اليها|لها))\s+/g;
/** A verb of taking part whose subject she is: «شاركت (فيه) إيران», «حضرت طهران», «تشارك إيران». */
const TOOK_PART = /(?:^|\s)[وف]?(?:شاركت|تشارك|ستشارك|حضرت|تحضر|ستحضر|شارك|حضر|يشارك|يحضر|مشاركه|حضور)(?:\s|$)/;
/**
 * The invitation sent in the passive, then «من قبل» and its sender: «الدعوة وُجهت (إلى إيران) من قبل», «الدعوة التي
 * وجهت إليها من قبل»; no negation or condition before it in the clause.
 */
const SENT_BY =
  /(?:^|[\s"])(?<!(?:لا|لم|لن|اذا|لو)\s)(?:ال)?دعوه\s+(?:(?:التي|قد)\s+)?(?:وجهت|صدرت|ارسلت|جاءت)(?:\s+(?:الي|ل)\s*[^\s،,.؛:]+)?(?:\s+(?:الي|ل)(?:\s*[^\s،,.؛:]+)?)?\s+من\s+قبل\s+/g;
/** A condition, a negation or a refusal before «بدعوة من». */
const NOT_HER_INVITATION = /(?:^|\s)(?:الا|اذا|لن|لا|لم|رفض|رفضت)(?:\s|$)/;
/** A relative clause on the meeting between her and «بدعوة من» («… حضور الاجتماع الذي عقد في جدة بدعوة من …»). */
const MEETING_CLAUSE = /(?:^|\s)(?:الذي|التي)(?:\s|$)/;
/** How many words before «بدعوة من» Iran may be named, in its clause. */
const INVITED_BY_REACH = 8;

/**
 * Iran taking part at the invitation of others: «شاركت فيه إيران للمرة الأولى بدعوة من روسيا والولايات المتحدة»,
 * «حضرت طهران الاجتماع بدعوة من موسكو». The inviters, named right after «من» and joined by «و», support her taking
 * part (CONTRACT.md: inviting Iran is support from the one who invites).
 */
export function invitedByCues(normal: string, sentences: readonly Sentence[], mentions: SentenceMentions, words: WordIndex): Cue[] {
  const out: Cue[] = [];
  sentences.forEach((s, si) => {
    const text = normal.slice(s.start, s.end);
    if (!text.includes("دعوه")) return;
    INVITED_BY_AFTER.lastIndex = 0;
    for (let m = INVITED_BY_AFTER.exec(text); m; m = INVITED_BY_AFTER.exec(text)) {
      const start = s.start + m.index + (m[0].length - m[0].trimStart().length);
      const after = s.start + m.index + m[0].length;
      const named = mentions.in(si);
      // She is the subject of a verb of taking part before it, no condition nor refusal between («لن تحضر أي مؤتمر إلا
      // بدعوة من الأمم المتحدة» is her condition; «رفضت إيران حضور الاجتماع الذي عقد بدعوة من السعودية» the meeting's).
      const her = named.find(
        (x) =>
          x.party === "iran" &&
          !x.person &&
          x.end <= start &&
          words.within(x.end, start, INVITED_BY_REACH) &&
          !/[.،,؛]/.test(normal.slice(x.end, start)),
      );
      if (!her) continue;
      const clause = normal.slice(Math.max(s.start, her.start - 24), start);
      if (!TOOK_PART.test(clause) || NOT_HER_INVITATION.test(clause) || MEETING_CLAUSE.test(normal.slice(her.end, start))) continue;
      const cue = invitersAfter(normal, named, si, start, after, false);
      if (cue) out.push(cue);
    }
  });
  // «الدعوة وُجهت (إلى إيران) من قبل الأمين العام نفسه»: the invitation sent, in the passive, by the one named after
  // «من قبل», Iran named in the sentence.
  sentences.forEach((s, si) => {
    const text = normal.slice(s.start, s.end);
    if (!text.includes("من قبل") || !text.includes("دعو")) return;
    SENT_BY.lastIndex = 0;
    for (let m = SENT_BY.exec(text); m; m = SENT_BY.exec(text)) {
      const start = s.start + m.index + (m[0].length - m[0].trimStart().length);
      const after = s.start + m.index + m[0].length;
      const named = mentions.in(si);
      if (!named.some((x) => x.party === "iran" && !x.person)) continue;
      // (The one invited, where named before «من قبل», is Iran: not «الدعوة وجهت إلى الائتلاف من قبل الأمم المتحدة».)
      const invitee = named.find((x) => x.start > start && x.end <= after);
      if (invitee && invitee.party !== "iran") continue;
      const cue = invitersAfter(normal, named, si, start, after, true);
      if (cue) out.push(cue);
    }
  });
  return out;
}

/**
 * The inviters named right at `after` and joined to them by «و», as the cue of her invitation from `start` (none where
 * the first is Iran, or, with `noPlace`, a place).
 */
function invitersAfter(
  normal: string,
  named: readonly Mention[],
  si: number,
  start: number,
  after: number,
  noPlace: boolean,
): Cue | undefined {
  const first = named.find((x) => x.start >= after && /^\s*$/.test(normal.slice(after, x.start)));
  if (!first || first.party === "iran" || (noPlace && first.place)) return undefined;
  const holders = [first];
  for (let k = named.indexOf(first) + 1; k < named.length && JOINED.test(normal.slice(named[k - 1]!.end, named[k]!.start)); k++)
    holders.push(named[k]!);
  return {
    rule: "iran.invited-by",
    topic: "iran_participation",
    stance: "support",
    start,
    end: holders[holders.length - 1]!.end,
    sentence: si,
    weight: DECISION_WEIGHT,
    holders: holders.filter((h) => !h.place || h.party !== "iran"),
  };
}

/** The cue of a position taken up at [start, end) of sentence si, turned or agreed with, held by `holders`. */
function takenUp(referent: Cue, turned: boolean, stance: Stance, start: number, end: number, si: number, holders: Mention[]): Cue {
  return {
    ...referent,
    rule: `${referent.rule}.${turned ? "referred" : "agreed"}`,
    stance,
    start,
    end,
    sentence: si,
    holder: undefined,
    about: undefined,
    owner: undefined,
    parent: undefined,
    holders,
  };
}

/**
 * Positions taken up by a relative clause right after them in their sentence (RELATIVE): for the subject of its
 * verb and the names joined to it, turned where the verb rejects.
 * Example: «ويطالب الائتلاف بتنحي الأسد، وهو ما ترفضه موسكو» → must_go turned: may_stay, held by Moscow
 */
function relativeCues(
  normal: string,
  sentences: readonly Sentence[],
  bySentence: ReadonlyMap<number, Cue[]>,
  mentions: SentenceMentions,
  out: Cue[],
): void {
  // The sentences with positions, and those right after them: «… تدعم مشاركة إيران. |وهو ما ترفضه الرياض|.» opens a
  // sentence of its own on the position closing the one before.
  const read = new Set<number>();
  for (const si of bySentence.keys()) read.add(si).add(si + 1);
  for (const si of [...read].sort((a, b) => a - b)) {
    const s = sentences[si];
    if (!s) continue;
    const text = normal.slice(s.start, s.end);
    if (!RELATIVE_STEMS.test(text)) continue;
    const cues = bySentence.get(si) ?? [];
    const prev = sentences[si - 1];
    RELATIVE.lastIndex = 0;
    for (let m = RELATIVE.exec(text); m; m = RELATIVE.exec(text)) {
      const start = s.start + m.index + (m[0].length - m[0].trimStart().length);
      const after = s.start + m.index + m[0].length - m[2]!.length;
      const end = s.start + m.index + m[0].length;
      const rejecting = /رفض|عارض/.test(m[1]!);
      // The position of the clause right before: no other clause (a comma, a full stop) between it and «وهو ما».
      // Every position of that clause, the last of each topic and label («وتشترط المعارضة رحيل الأسد قبل المفاوضات،
      // وفق ما تطالب به الدوحة»: the condition and his going both). Opening its sentence, the clause before is the
      // last of the sentence before.
      const opening = prev !== undefined && SENTENCE_OPENING.test(normal.slice(s.start, start));
      const clauseEnd = opening ? prev.end : start;
      // (An aside between commas on it may stand after it: «إن "عدم دعوة إيران، وهي لاعب أساسي في المنطقة، سيحول المؤتمر
      // إلى مهزلة". وهو ما ترفضه واشنطن».)
      const closesClause = (c: Cue) => {
        const after = normal.slice(c.end, clauseEnd);
        return !/[،,.؛;]/.test(after.slice(pastAsideAt(after)).replace(/[\s،,.؛;!"»”]+$/, ""));
      };
      const referents = new Map<string, Cue>();
      for (const c of (opening ? (bySentence.get(si - 1) ?? []) : cues)
        .filter((c) => c.end <= clauseEnd && closesClause(c))
        .sort((a, b) => a.end - b.end))
        referents.set(`${c.topic} ${c.stance}`, c);
      if (referents.size === 0) continue;
      // The subject named right after the verb, and the names joined to it by «و».
      const named = mentions.in(si).filter((x) => x.start >= after && x.end <= end);
      // (An adverb may come first: «وهو ما تطالب به أيضاً باريس».)
      if (named.length === 0 || !ALSO_ONLY.test(normal.slice(after, named[0]!.start))) continue;
      const holders = [named[0]!];
      for (let k = 1; k < named.length && JOINED.test(normal.slice(named[k - 1]!.end, named[k]!.start)); k++) holders.push(named[k]!);
      if (holders.some((h) => h.speakerOnly && !h.person)) continue;
      // («وهو ما أيدته باريس فيما يخص الشروط»: what is backed is named after it, another matter.)
      if (OTHER_MATTER_NEXT.test(normal.slice(holders.at(-1)!.end, s.end))) continue;
      for (const referent of referents.values()) {
        const stance = rejecting ? turnedByRelative(referent) : referent.stance;
        if (stance) out.push(takenUp(referent, rejecting, stance, start, end, si, holders));
      }
    }
  }
}

/** The two names of one word glued by «و» («روسياوايران»), with offsets in the text, or none. */
function gluedPair(span: string, at: number, lexicon: Lexicon): Mention[] {
  const words = span.trim().split(/\s+/);
  if (words.length !== 1) return [];
  const word = words[0]!;
  const offset = at + span.indexOf(word);
  for (let k = 2; k < word.length - 2; k++) {
    if (word[k] !== "و") continue;
    const text = `${word.slice(0, k)} ${word.slice(k + 1)}`;
    const found = findMentions(text, lexicon, null, [k, text.length]);
    if (found.length !== 2 || found[0]!.start !== 0 || found[0]!.end !== k || found[1]!.end !== text.length) continue;
    // Back to the glued word: the second name starts one letter later (after «و»).
    return [
      { ...found[0]!, start: offset, end: offset + k },
      { ...found[1]!, start: offset + k + 1, end: offset + word.length },
    ];
  }
  return [];
}

/** Her name as an object or an invitee: «إيران», «طهران», «الجمهورية الإسلامية (الإيرانية)». */
const IRAN_NAME = String.raw`[وبلف]?(?:ال)?(?:ايران|طهران|جمهوريه\s+الاسلاميه(?:\s+الايرانيه)?)(?![\u0621-\u064A])`;
/** Her pronoun or her name as the invitee, right after the invitation: «إليها», «لها», «إلى إيران», «لطهران». */
const TO_HER = String.raw`(?:(?:اليها|لها)(?![\u0621-\u064A])|(?:الي\s+|ل)${IRAN_NAME})`;
/** Her taking part, by her pronoun or with her name after it: «حضورها», «مشاركة إيران», «دعوة طهران». */
const HER_TAKING_PART = String.raw`(?:(?:ال)?(?:حضورها|مشاركتها|دعوتها|اشراكها|وجودها)(?![\u0621-\u064A])|(?:حضور|مشاركه|دعوه|اشراك)\s+${IRAN_NAME})`;
/** Up to eight words of the inviter's names, none across a clause («، . ؛ :»). */
const NAMES = String.raw`((?:[^\s.،,؛:!?؟"«»]+\s+){1,8}?)`;
/** The same, or none: the inviter named before the verb («وكان بان كي مون قد دعا |إيران إلى مونترو»). */
const NAMES_OR_NONE = String.raw`((?:[^\s.،,؛:!?؟"«»]+\s+){0,8}?)`;
/** The same, as many words as the clause holds (where nothing after them closes the act). */
const NAMES_TO_CLAUSE_END = String.raw`((?:[^\s.،,؛:!?؟"«»]+(?:\s+|$|(?=[.،,؛:!?؟]))){1,8})`;

/**
 * Acts of inviting her or of agreeing to her coming, their inviter named right after the verb (VSO) or in the
 * relative clause on the invitation. Group 1 holds the inviter's names; `pronoun` where her taking part is only
 * her pronoun (then she must be the party it goes back to).
 * - «وجهت الولايات المتحدة وروسيا الدعوة إليها», «وجه الأمين العام دعوة رسمية إلى طهران»
 * - «دعتها موسكو إلى المشاركة», «دعت روسيا إيران إلى الاجتماع»
 * - «وافقت بريطانيا على حضورها», «قبلت واشنطن على مضض بحضورها», «أعلنت الخارجية الفرنسية موافقتها على دعوتها»
 * - «الدعوة التي (كان قد) وجهها الأمين العام (إلى إيران)», «وهي الدعوة التي وجهتها الإدارة الأمريكية»
 * - «قيام الأمين العام بدعوة إيران»
 */
const INVITING: ReadonlyArray<{ gate: RegExp; re: RegExp; relative?: true; withdrawnOwn?: true }> = [
  {
    gate: /وجه/,
    re: new RegExp(
      String.raw`(?:^|\s)[وف]?(?:قد\s+)?(?:وجه|وجهت|وجها|وجهتا|وجهوا)\s+${NAMES}(?:ال)?دعوه(?:\s+(?:رسميه|خطيه))?\s+${TO_HER}`,
      "dg",
    ),
  },
  {
    gate: /دعتها|دعاها|دعتاها|دعوها/,
    re: new RegExp(String.raw`(?:^|\s)[وف]?(?:قد\s+)?(?:دعتها|دعاها|دعتاها|دعوها)\s+${NAMES_TO_CLAUSE_END}`, "dg"),
  },
  {
    gate: /دعت|دعا|دعو/,
    re: new RegExp(
      String.raw`(?:^|\s)[وف]?(?:قد\s+)?(?:دعت|دعا|دعتا|دعوا)\s+${NAMES_OR_NONE}${IRAN_NAME}\s+(?:الي|ل)\s*(?:ال)?(?:مؤتمر|اجتماع|اجتماعات|محادثات|مباحثات|مفاوضات|جنيف|فيينا|مونترو|طاوله|جوله|حوار)(?![\u0621-\u064A])`,
      "dg",
    ),
  },
  {
    gate: /وافق|قبل/,
    re: new RegExp(
      String.raw`(?:^|\s)[وف]?(?:قد\s+)?(?:وافقت|وافقتا|وافقوا|قبلت|قبلتا|قبلوا)\s+${NAMES}(?:(?:علي\s+)?مضض\s+)?(?:علي\s+|ب)${HER_TAKING_PART}`,
      "dg",
    ),
  },
  {
    gate: /موافقت|قبول/,
    re: new RegExp(
      String.raw`(?:^|\s)[وف]?(?:قد\s+)?(?:اعلنت|اعلن|ابدت|ابدي|اكدت|اكد)\s+${NAMES}(?:موافقت|قبول)(?:ها|ه|هم)\s+(?:علي\s+|ب)?${HER_TAKING_PART}`,
      "dg",
    ),
  },
  {
    gate: /دعوه\s+(?:التي|الذي)/,
    re: new RegExp(
      String.raw`(?:^|\s)[وبلف]?(?:ال)?دعوه\s+(?:التي|الذي)\s+(?:(?:كان|كانت)\s+)?(?:قد\s+)?(?:وجهها|وجهتها|وجهاها|وجهوها|قدمها|قدمتها)\s+${NAMES_TO_CLAUSE_END}`,
      "dg",
    ),
    relative: true,
  },
  { gate: /قيام/, re: new RegExp(String.raw`(?:^|\s)[وبلف]?(?:ال)?قيام\s+${NAMES}بدعوه\s+${IRAN_NAME}`, "dg") },
  // «سحب الأمين العام دعوته إلى إيران», «قرار بان كي مون سحب دعوته لطهران»: the invitation withdrawn is the
  // withdrawer's own («ـه» on it), who had sent it (no names: the inviter is the withdrawer).
  {
    gate: /دعوت(?:ه|ها)\s+(?:الي|ل)/,
    re: new RegExp(String.raw`(?:^|\s)()(?:دعوته|دعوتها)\s+${TO_HER}`, "dg"),
    withdrawnOwn: true,
  },
];
/** A word naming Iran, as IRAN_NAME and the nationality adjective («الجانب الإيراني») hold it. */
const IRAN_WORD = /ايران|طهران|اسلاميه/;
/** The stems every match of INVITING holds one of. */
const INVITING_STEMS = /وجه|دعت|دعا|دعو|دعي|وافق|قبل|قيام|اصرار|طلب|مبادره/;
/** The words after «وجهها» in a relative clause that name no inviter: her as the invitee, words of time before it. */
const NO_INVITER_NAMED = new RegExp(
  String.raw`^\s*(?:(?:امس|اليوم|مؤخرا|سابقا|رسميا|قبل|منذ|بعد|ايام|يومين|اسبوع|اسبوعين|(?:ال)?اسبوع|(?:ال)?شهر|الماضي|الماضيه|الاخير|يوم|(?:ال)?احد|(?:ال)?اثنين|(?:ال)?ثلاثاء|(?:ال)?اربعاء|(?:ال)?خميس|(?:ال)?جمعه|(?:ال)?سبت|مساء|صباح|ساعات|بساعات|في)\s+){0,4}(?:الي|اليها|لها|ل(?:ايران|طهران|لجمهوريه))(?![\u0621-\u064A])`,
);
/** A negation or a condition right before the verb: «لم توجه», «إذا وافقت», «لن تقبل». */
const NOT_DONE_BEFORE = /(?:^|\s)[وف]?(?:لم|لن|لا|اذا|لو|حال|عدم|ان\s+لم|ما\s+لم|ربما|قد\s+لا)\s+$/;
/** A condition right after the act: «وافقت … على مشاركة طهران شريطة قبولها …» accepts her only on it. */
const CONDITION_AFTER =
  /^\s*[،,]?\s*(?:[^\s.،,؛:]+\s+){0,3}?[وف]?(?:شريطه|شرط|بشرط|بشروط|وفق\s+شروط|ضمن\s+شروط|اذا|لو|ما\s+لم|ان\s+لم|الا\s+اذا|الا\s+بعد|علي\s+ان|في\s+حال|مقابل|ما\s+دامت|طالما)(?![\u0621-\u064A])/;
/** A word of what something is about right before a name: «حول سوريا», «بشأن سوريا», «أزمة سوريا». */
const TOPIC_OF_BEFORE = /(?:^|\s)(?:حول|بشان|ازمه|الازمه\s+في)\s+$/;
/** What opens a subject's clause right before it: the sentence's start, punctuation, «أن/إن», «و», «كان». */
const SUBJECT_OPENS_BEFORE = /(?:^|[،,.:"«]|(?:^|\s)(?:ان|انه|انها|بان|و|ف|وكان|وكانت|كان|كانت))\s*"?$/;
/** Between a subject and its verb: nothing, or «قد», «كان (قد)». */
const SUBJECT_GAP = /^\s*(?:(?:كان|كانت)\s+)?(?:قد\s+)?$/;
/** Between a withdrawer and the verb of withdrawing: nothing, «(كان) قد», or «قرر» (decided to withdraw). */
const WITHDRAWER_GAP = /^(?:\s+(?:كان|كانت|قد|قرر|قررت)(?![\u0621-\u064A]))*\s*"?\s*$/;
/**
 * A withdrawal right before the invitation: «سحب», «إلغاء», «تراجع عن», and the withdrawer's names and when between
 * (a title and a name, then a word or two of time: «سحب الأمين العام للأمم المتحدة بان كي مون مساء الاثنين |الدعوة»).
 */
const WITHDRAWN_RIGHT_BEFORE = /(?:^|\s)"?[وبف]?(?:ال)?(?:سحب|سحبت|الغاء|الغي|الغت|تراجع\s+عن|تراجعت\s+عن)"?\s+(?:[^\s.،,؛:]+\s+){0,10}?$/;
/**
 * A withdrawal only wanted, threatened, conditioned or denied, within a few words before its verb: «طالب (الأمين العام)
 * بسحب …», «هدد بالانسحاب ما لم يسحب …», «يجب سحب …», «إذا سحب …», «ضغطت لسحب …», «نفى … أن يكون بان كي مون قد سحب …».
 */
const WITHDRAWAL_NOT_DONE_BEFORE =
  /(?:^|\s)[وف]?(?:طالب[\u0621-\u064A]*|[يت]طالب[\u0621-\u064A]*|مطالب[\u0621-\u064A]*|دعا|دعت|[يت]دعو|هدد[\u0621-\u064A]*|[يت]هدد|تهديد[\u0621-\u064A]*|يجب|ينبغي|يتعين|لا\s*بد|ما\s+لم|اذا|لو|ان\s+لم|حال|ضغط[\u0621-\u064A]*|[يت]ضغط|ضغوط[\u0621-\u064A]*|[يت]سعي|سعت|مساع[\u0621-\u064A]*|لم|لن|عدم|رفض[\u0621-\u064A]*|[يت]رفض|نفي|نفت|نفوا|[يت]نفي|نافي[اه]?)(?:\s+[^\s.،,؛:]+){0,8}\s*$/;
/** A finite verb of welcoming right before its subject: «رحب», «رحبت», «وأشاد», «يرحب». */
const WELCOMING_RIGHT_BEFORE = /(?:^|\s)[وف]?(?:رحب|رحبت|رحبوا|[يت]رحب|اشاد|اشادت|[يت]شيد)\s+$/;
/** A verb of withdrawing that is no verbal noun: «سحبت», «ألغت», «ألغى», «تراجعت». */
const FINITE_WITHDRAWAL = /^\s*"?[وف]?(?:سحبت|الغي|الغت|تراجعت)(?![\u0621-\u064A])/;
/** «قرار» right before a name: the name is the decision's maker («بقرار الأمين العام سحب الدعوة»). */
const DECISION_RIGHT_BEFORE = /(?:^|\s)[وبل]?(?:ال)?قرار\s+$/;
/** «ل» and a verbal noun of another purpose than taking part in the talks («لعقد لقاء», «لبحث التعاون»). */
const OTHER_PURPOSE_AFTER =
  /^\s+ل(?!(?:ل|ال)?(?:مشارك|حضور|انضمام|مؤتمر|اجتماع|محادثات|مباحثات|مفاوضات|حوار|جنيف|فيينا|مونترو|جلس|جول|ايران|طهران))[\u0621-\u064A]{2,}/;
/** Another invitee after the inviter's names in a relative clause: «… إلى المعارضة». */
const INVITEE_AFTER = /^\s*(?:الي|ل)\s*/;
/** A verb of entering followed, within three words, by the talks' hall or city: «دخلت (إيران) |القاعة|», «دخلوا |فيينا|». */
const ENTERED_TALKS = String.raw`(?:دخلت|دخلوا|دخل)(?=(?:\s+[^\s.،,؛:]+){0,3}?\s+(?:ال)?(?:قاعه|فيينا|جنيف|مونترو|مؤتمر|مفاوضات|محادثات|اجتماع|طاوله)(?![\u0621-\u064A]))`;
/**
 * Nationality adjectives of the parties that invited her or pressed for her: a pair of sides («(من) الجانبين الروسي
 * والأمريكي»), or those right after a noun of inviting, insisting or asking, one or two, joined by «و» or by a noun of
 * agreeing («بدعوة أمريكية», «دعوة روسية وأمريكية», «بإصرار روسي», «بإصرار روسي وقبول أمريكي»). A word after the noun
 * that is no nationality («بدعوة من») names no one.
 */
const NISBA_PAIR =
  /(?:^|\s)(?:دعوه\s+(?:رسميه\s+)?من\s+(?:ال)?(?:جانبين|طرفين)\s+(?:ال)?([\u0621-\u064A]+)\s+و(?:ال)?([\u0621-\u064A]+)|(?:ب(?:اصرار|طلب|مبادره)|ب?دعوه)\s+(?:رسميه\s+)?([\u0621-\u064A]+)(?:\s+و(?:ب?(?:قبول|موافقه|دعم|تاييد)\s+)?([\u0621-\u064A]+))?)(?![\u0621-\u064A])/g;
/**
 * Her invited or taking part before the nationality nouns, in the clause: «تلقت طهران», «دعيت إيران», «حضرت إيران»,
 * «الإيرانيون، الذين حضروا»; or entering the talks' hall or city («دخلت إيران القاعة», «دخلوا فيينا»), not another
 * place («دخلت إيران الحرب»).
 */
const HER_INVITED_BEFORE = new RegExp(
  String.raw`(?:^|\s)[وف]?(?:تلقت|تتلقي|تسلمت|دعيت|شاركت|تشارك|حضرت|تحضر|${ENTERED_TALKS})\s+(?:[^\s.،,؛:]+\s+){0,3}?${IRAN_NAME}|(?:${IRAN_NAME}|(?:ال)?ايرانيون|(?:ال)?ايرانيين)[،,]?\s+(?:[^\s.،,؛:]+\s+){0,2}?(?:تلقت|دعيت|شاركت|حضرت|حضروا|شاركوا|${ENTERED_TALKS})(?![\u0621-\u064A])`,
);

/**
 * Those who invited her or agreed to her coming (CONTRACT.md: inviting Iran is support from the one who invites),
 * named as the inviters of the act rather than as the subject of a word of support: the names right after the verb
 * and joined to them by «و» (INVITING), or the nationality nouns of an invitation from two parties (NISBA_PAIR).
 * Where her taking part is only her pronoun, she must be the last party named before the act (in its sentence, else
 * in the sentence before).
 */
export function inviterCues(normal: string, sentences: readonly Sentence[], mentions: SentenceMentions, lexicon: Lexicon): Cue[] {
  const out: Cue[] = [];
  // (Not a place: «… حول سوريا، بعد أن أعلنت … موافقتها على دعوتها» goes back past it.)
  // Nor what talks are about («الاجتماعات الدولية حول سوريا»).
  const parties = (xs: readonly Mention[]) =>
    xs.filter((x) => !x.person && !x.speakerOnly && !x.place && !TOPIC_OF_BEFORE.test(normal.slice(Math.max(0, x.start - 8), x.start)));
  // The subject right before a verb («بان كي مون قد وجه», «واشنطن وافقت»), not her.
  // (A capital right before the verb is its subject, not where it was: «إن موسكو دعت إيران إلى المؤتمر».)
  const subjectBefore = (si: number, at: number) =>
    mentions
      .in(si)
      .find(
        (x) =>
          x.end <= at && x.party !== "iran" && (!x.place || !isLocative(normal, lexicon, x)) && SUBJECT_GAP.test(normal.slice(x.end, at)),
      );
  // The withdrawer of the invitation at `at`: the one named right before «سحب/إلغاء» («قرار الأمين العام سحب
  // الدعوة التي …», «إعلان بان كي مون إلغاء الدعوة …»: its subject or the decision's maker), not across other words
  // («متهماً واشنطن بممارسة ضغوط لسحب الدعوة التي وجهها …» names the one pressing, not the one who had invited).
  const withdrawer = (si: number, at: number) => {
    const before = normal.slice(Math.max(sentences[si]!.start, at - 120), at);
    const w = WITHDRAWN_RIGHT_BEFORE.exec(before);
    if (!w) return undefined;
    const verbAt = at - before.length + w.index;
    // «سحب الأمين العام الدعوة التي …»: its subject right after it (VSO).
    const verbEnd = verbAt + /^\s*\S+(?:\s+عن)?/.exec(w[0])![0].length;
    const after = mentions
      .in(si)
      .find((x) => x.start >= verbEnd && x.end <= at && x.party !== "iran" && !x.place && /^\s*$/.test(normal.slice(verbEnd, x.start)));
    if (after) return after;
    // (SVO: «وكانت الأمم المتحدة قد سحبت …», «أن بان كي مون قرر سحب …»: «كان قد» or «قرر» between.)
    const right = findLast(
      mentions.in(si),
      (x) => x.end <= verbAt && x.party !== "iran" && !x.place && WITHDRAWER_GAP.test(normal.slice(x.end, verbAt)),
    );
    // «رحب كيري بسحب الدعوة …»: a verbal noun after «ب/ل» is the object of another verb, and the one named right
    // before it is that verb's subject; the withdrawer is the one asked, named after a subject
    // («طالب كيري الأمين العام بسحب …»).
    if (right && /^\s*[وف]?[بل]/.test(w[0]))
      return mentions.in(si).some((x) => x.end <= right.start && /^\s*$/.test(normal.slice(x.end, right.start))) ? right : undefined;
    return right;
  };

  const herBefore = (si: number, pos: number) => {
    const here = parties(mentions.in(si)).filter((x) => x.end <= pos);
    const last = here.length > 0 ? here[here.length - 1] : si > 0 ? parties(mentions.in(si - 1)).at(-1) : undefined;
    return last?.party === "iran";
  };
  const push = (si: number, start: number, end: number, holders: Mention[], rule: string, stance: Stance = "support") => {
    if (holders.length === 0 || holders.some((h) => h.party === "iran")) return;
    out.push({ rule, topic: "iran_participation", stance, start, end, sentence: si, weight: DECISION_WEIGHT, holders });
  };
  // «سحب الأمين العام الدعوة التي وجهها إلى طهران», «وأيدت لندن سحب بان كي مون دعوته لها»: the withdrawer, who had
  // invited her, also withdrew the invitation (CONTRACT.md: withdrawing it is oppose); from the verb of withdrawing
  // to the invitation's end. Not a withdrawal wanted or threatened («طالب بسحب …», «ما لم يسحب …»).
  const withdrawn = (si: number, at: number, end: number, withdrew: Mention) => {
    const before = normal.slice(Math.max(sentences[si]!.start, at - 120), at);
    const w = WITHDRAWN_RIGHT_BEFORE.exec(before);
    if (!w) return;
    const verbAt = at - before.length + w.index + (w[0].length - w[0].trimStart().length);
    if (WITHDRAWAL_NOT_DONE_BEFORE.test(normal.slice(Math.max(sentences[si]!.start, verbAt - 60), verbAt))) return;
    // (A withdrawer named before the verb is its subject only where the verb is finite for sure: «كان بان كي مون قد
    // سحب …», «الأمم المتحدة سحبت …», or the maker of the decision it names: «قرار الأمين العام سحب الدعوة …»; not
    // «انتقد لافروف (ال)تراجع عن دعوته»: the verbal noun, another verb's object.)
    if (
      withdrew.end <= verbAt &&
      !FINITE_WITHDRAWAL.test(w[0]) &&
      !/\S/.test(normal.slice(withdrew.end, verbAt)) &&
      !DECISION_RIGHT_BEFORE.test(normal.slice(Math.max(0, withdrew.start - 12), withdrew.start))
    )
      return;
    // «رحب وزير الخارجية البريطاني وليام هيغ |بسحب| الأمين العام الدعوة …»: the one welcoming the withdrawal, the
    // welcoming verb's subject right before its verbal noun, holds it too (CONTRACT.md: welcoming it is oppose).
    const welcomer = /^\s*"?[وف]?ب/.test(w[0]) ? welcomerBefore(si, verbAt) : undefined;
    const start = Math.min(verbAt, withdrew.start, welcomer?.start ?? Infinity);
    push(
      si,
      start,
      end,
      welcomer && welcomer.party !== withdrew.party ? [withdrew, welcomer] : [withdrew],
      "iran.inviter.withdrawer",
      "oppose",
    );
  };
  // The subject of a verb of welcoming right before the verbal noun at `at`: its names (one party's) follow the verb
  // and end right before it («رحب |وزير الخارجية البريطاني وليام هيغ| بسحب»).
  const welcomerBefore = (si: number, at: number) => {
    const inSentence = mentions.in(si);
    const last = findLast(inSentence, (x) => x.end <= at && /^\s*$/.test(normal.slice(x.end, at)));
    if (!last || last.place || last.party === "iran") return undefined;
    const first = firstOfRun(normal, inSentence, last, (x) => x.party === last.party);
    return WELCOMING_RIGHT_BEFORE.test(normal.slice(Math.max(sentences[si]!.start, first.start - 16), first.start)) ? last : undefined;
  };
  // Every act read here is Iran's invitation: she is named in its sentence or, for her pronoun, in the one before.
  const namesHer = sentences.map((s) => IRAN_WORD.test(normal.slice(s.start, s.end)));
  sentences.forEach((s, si) => {
    if (!namesHer[si] && !(si > 0 && namesHer[si - 1])) return;
    const text = normal.slice(s.start, s.end);
    if (!INVITING_STEMS.test(text)) return;
    for (const { gate, re, relative, withdrawnOwn } of INVITING) {
      // (Each pattern only where its verb's stem is: the patterns run from every position of the sentence.)
      if (!gate.test(text)) continue;
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        const start = s.start + m.index + (m[0].length - m[0].trimStart().length);
        const end = s.start + m.index + m[0].length;
        if (NOT_DONE_BEFORE.test(normal.slice(Math.max(s.start, start - 12), start))) continue;
        // The words after the verb where the inviter is named (none: «الدعوة التي وجهها إلى طهران» names no one).
        const names = m.indices?.[1];
        if (!names) continue;
        const [namesStart, namesEnd] = [s.start + names[0], s.start + names[1]];
        // The sentence's names, asked for only here: most sentences with a stem of inviting hold no act of it, and
        // mentions.in is the same list whenever it is first asked.
        const named = mentions.in(si);
        // The inviter: the first name opening the words after the verb (VSO), and those joined to it by «و»; else
        // the name right before the verb (SVO: «وكان بان كي مون قد وجه …»); else, for the invitation withdrawn
        // («سحب الأمين العام الدعوة التي كان وجهها إلى طهران»), its withdrawer, who had sent it.
        const opening = named.find(
          (x) => x.start >= namesStart && x.end <= namesEnd && /^\s*(?:قد\s+)?$/.test(normal.slice(namesStart, x.start)),
        );
        // (A relative clause that names an inviter the lexicon does not know, «الدعوة التي وجهها الأمين العام إلى
        // طهران», names no one known: its withdrawer is looked for only where the clause names no inviter.)
        const first = withdrawnOwn
          ? withdrawer(si, start)
          : opening && opening.party !== "iran"
            ? opening
            : relative
              ? NO_INVITER_NAMED.test(normal.slice(namesStart, namesEnd))
                ? withdrawer(si, start)
                : undefined
              : subjectBefore(si, start);
        if (!first) continue;
        // (With no names after the verb, «وبعد لقائه مع لافروف دعت إيران إلى مفاوضات»: the one before the verb is its
        // subject only opening its clause, not a name after a preposition; there she is the one who called.)
        if (
          first !== opening &&
          namesStart === namesEnd &&
          !relative &&
          !withdrawnOwn &&
          !SUBJECT_OPENS_BEFORE.test(normal.slice(Math.max(s.start, first.start - 12), first.start))
        )
          continue;
        // (The inviter found as the invitation's withdrawer: «سحب الأمين العام دعوته لإيران».)
        const byWithdrawer = withdrawnOwn || (relative && first !== opening && NO_INVITER_NAMED.test(normal.slice(namesStart, namesEnd)));
        const holders = [first];
        if (first === opening)
          for (
            let k = named.indexOf(first) + 1;
            k < named.length && named[k]!.end <= namesEnd && JOINED.test(normal.slice(named[k - 1]!.end, named[k]!.start));
            k++
          )
            holders.push(named[k]!);
        const last = holders[holders.length - 1]!;
        // (Not an invitation to something else: «دعتها واشنطن إلى التعاون», «وجهت الدعوة إليها لزيارة الرياض».)
        // (Nor to a purpose other than the talks: «الدعوة التي وجهتها الرياض لعقد لقاء ثنائي».)
        const otherwise = (at: number) => {
          const after = normal.slice(at, Math.min(s.end, at + 40));
          return NOT_TO_TALKS_AFTER.test(after) || OTHER_PURPOSE_AFTER.test(after) || MEETING_OF_ANOTHER_KIND_AFTER.test(after);
        };
        if (otherwise(last.end) || otherwise(end)) continue;
        if (CONDITION_AFTER.test(normal.slice(end, Math.min(s.end, end + 60)))) continue;
        if (relative) {
          // Whose invitation: hers where she is named right after the inviter («… إلى إيران»), or before it in the
          // sentence («رفض دعوة إيران، وهي الدعوة التي …»), another invitee named after being another's.
          const restFrom = first === opening ? last.end : namesStart;
          const rest = normal.slice(restFrom, Math.min(s.end, restFrom + 40));
          const to = INVITEE_AFTER.exec(rest);
          const invitee = to ? named.find((x) => x.start >= restFrom && x.start <= restFrom + to[0].length + 2) : undefined;
          const hers = invitee
            ? invitee.party === "iran"
            : new RegExp(String.raw`^\s*(?:[^\s.،,؛:]+\s+){0,3}?${TO_HER}`).test(rest) ||
              named.some((x) => x.party === "iran" && !x.person && x.end <= start);
          if (!hers) continue;
          push(si, start, Math.max(last.end, end), holders, "iran.inviter.relative");
          if (byWithdrawer) withdrawn(si, start, Math.max(last.end, end), first);
          continue;
        }
        // Her pronoun: she is the last party named before the act.
        const byName = new RegExp(IRAN_NAME).test(normal.slice(namesEnd, end));
        if (!byName && !herBefore(si, Math.min(start, first.start))) continue;
        push(si, start, end, holders, withdrawnOwn ? "iran.inviter.withdrawn-own" : "iran.inviter");
        if (byWithdrawer) withdrawn(si, start, end, first);
      }
    }
    // «تلقت طهران دعوة رسمية من الجانبين الروسي والأمريكي», «دعيت طهران بإصرار روسي وقبول أمريكي».
    if (lexicon.nationalities && HER_INVITED_BEFORE.test(text)) {
      NISBA_PAIR.lastIndex = 0;
      for (let m = NISBA_PAIR.exec(text); m; m = NISBA_PAIR.exec(text)) {
        const start = s.start + m.index + (m[0].length - m[0].trimStart().length);
        const end = s.start + m.index + m[0].length;
        const before = normal.slice(Math.max(s.start, start - 80), start);
        if (!HER_INVITED_BEFORE.test(before) || /[.؛]/.test(before.slice(before.search(HER_INVITED_BEFORE)))) continue;
        // («تلقى ظريف دعوة روسية لزيارة موسكو», «… لحضور مؤتمر أمني في موسكو»: an invitation to something else than
        // the talks.)
        const after = normal.slice(end, Math.min(s.end, end + 40));
        if (OTHER_PURPOSE_AFTER.test(after) || MEETING_OF_ANOTHER_KIND_AFTER.test(after)) continue;
        const holders: Mention[] = [];
        for (const adjective of [m[1] ?? m[3], m[2] ?? m[4]]) {
          const party = adjective ? nationalityOf(adjective, lexicon.nationalities)?.party : undefined;
          if (party) holders.push({ start, end, actor: party, party, person: false, speakerOnly: false, place: false });
        }
        push(si, start, end, holders, "iran.inviter.nationality");
      }
    }
  });
  return out;
}

/**
 * Iran's taking part or her exclusion named as what the clauses after it are about: group 1 a feminine noun
 * («مشاركة إيران», «دعوة طهران»), group 2 a masculine one («حضور إيران», «إشراك طهران»), group 3 a masculine noun of
 * her exclusion («استبعاد طهران»); or, in a relative clause on her, her taking part by her pronoun («وطهران، التي
 * يريد الروس |حضورها|»: group 4 feminine, group 5 masculine). A place or forum may follow («في المؤتمر»).
 */
const PART_REFERRED_TO = new RegExp(
  String.raw`(?:^|\s)[وفبل]?(?:(مشاركه|دعوه)|(حضور|اشراك|تمثيل|انضمام|جلوس)|(استبعاد|اقصاء|ابعاد|تغييب))\s+${IRAN_NAME}|${IRAN_NAME}\s*[،,]\s*(?:التي|الذي)\s+(?:[^\s.،,؛:!?؟]+\s+){1,4}?(?:(مشاركتها|دعوتها)|(حضورها|اشراكها|تمثيلها|انضمامها|جلوسها))(?![\u0621-\u064A])`,
  "g",
);
/** A place or forum after her taking part: «في المؤتمر», «إلى طاولة جنيف», «في مفاوضات فيينا». */
const FORUM_AFTER =
  /^\s+(?:في|الي|علي)\s+(?:ال)?(?:مؤتمر|مفاوضات|محادثات|اجتماع|اجتماعات|جنيف|فيينا|مونترو|طاوله|حوار)(?:\s+(?:جنيف|فيينا|مونترو|السلام|الدولي|المقبل|المقبله|2|3))?(?![\u0621-\u064A])/;
/**
 * What makes the clauses after it about her taking part: a colon or question mark after it («مشاركة إيران: تطالب
 * بها موسكو», «وماذا عن مشاركة إيران؟ موسكو تطالب بها»), a relative clause on it («، التي أصرت عليها موسكو»),
 * «أما … فـ», or a verb of its own joined by «و» right after it («يريد الروس حضورها |ويرفضه| الأميركيون»).
 */
const ABOUT_IT_AFTER = /^(?:\s*[:؟?]|\s*[،,]\s*(?:التي|الذي)(?=\s)|\s+(?=[فو][\u0621-\u064A]))/;
/** «أما» right before her taking part: its «فـ» opens what is said of it. */
const AS_FOR_BEFORE = /(?:^|\s)(?:و|ف)?اما\s*$/;
/**
 * A verb taking her taking part (or exclusion) by a pronoun: one of wanting, demanding, insisting on or backing
 * (group 1: «تطالب بها», «أصرت عليه», «يريدونه», «تدعمها», «تحمست لها») or of rejecting (group 2: «ترفضها»,
 * «يعارضه», «تعترض عليها», «تتحفظ عليه»); group 3 the pronoun, «ها» for a feminine noun, «ه» for a masculine one.
 */
const PRONOUN_OBJECT_VERB =
  /(?:^|\s)[وف]?(?:(?:ما\s+)?(?:زال|زالت|زالوا|[يت]زال(?:ون)?)\s+|طالما\s+)?(?:((?:[يتن]?(?:ريد|دعم|ؤيد|تبني|شجع)|اراد|ارادت|دعمت|ايد|ايدت|تبنت|شجعت)(?:ان|ون|وا|و|تا|ا)?(?=ه)|(?:[يتن]?(?:طالب|صر|لح|تحمس|رحب|تمسك|دعو|سعي)|طالبت|اصر|اصرت|الح|الحت|تحمست|رحبت|تمسكت|دعت|دعا|سعت)(?:ان|ون|وا|تا|ا)?\s+(?:ب|علي|ل|الي)(?=ه))|((?:[يتن]?(?:رفض|عارض)|رفضت|عارضت)(?:ان|ون|وا|و|تا|ا)?(?=ه)|(?:[يتن]?(?:عترض|تحفظ)|اعترضت|اعترض|تحفظت)(?:ان|ون|وا|تا|ا)?\s+علي(?=ه)))(ها|ه)(?![\u0621-\u064A])/g;
/** The stems every match of PRONOUN_OBJECT_VERB holds one of, and the one of PART_REFERRED_TO. */
const PRONOUN_OBJECT_STEMS = /ريد|راد|دعم|ؤيد|ايد|تبن|شجع|طالب|صر|لح|تحمس|رحب|تمسك|دعو|دعا|دعت|سعي|سعت|رفض|عارض|عترض|تحفظ/;
const PART_STEMS = /مشارك|دعو|حضور|اشراك|تمثيل|انضمام|جلوس|استبعاد|اقصاء|ابعاد|تغييب/;
/** Between her taking part and the first verb on it: its subject at most (three words), no clause between. */
const FIRST_VERB_GAP = /^\s*(?:[^\s.،,؛:!?؟"«»]+\s+){0,3}$/;
/** «و» alone between two names of one subject (not «وتعارضه», the next verb: «فتطالب به موسكو وتعارضه الرياض»). */
const AND_ONLY = /^\s*[،,]?\s*و\s*$/;
/** Between two verbs on it: the first one's subject and adverbs, then «و» (the next verb's, or its subject's). */
const NEXT_VERB_GAP = /^(?:\s*[^\s.؛:!?؟]+){0,7}?\s*$/;

/**
 * Positions on Iran's taking part held by verbs taking it by a pronoun, after it is named as what is spoken of:
 * «أما حضور إيران فتطالب به موسكو وتعارضه الرياض» (Moscow supports, Riyadh opposes), «فاستبعاد طهران، الذي أصرت
 * عليه الرياض وأنقرة» (both oppose), «وماذا عن مشاركة إيران؟ موسكو تطالب بها». Each verb's subject, named right after
 * it or right before it, holds its own position; a rejecting verb turns the thing named. The pronoun agrees with the
 * noun it stands for, so «أما وقف إطلاق النار فتطالب به موسكو» names nothing of hers.
 */
export function pronounObjectCues(
  normal: string,
  sentences: readonly Sentence[],
  mentions: SentenceMentions,
  present: KeywordPresence,
  lexicon: Lexicon,
): { cues: Cue[]; topics: Array<{ sentence: number; start: number; end: number }> } {
  const out: Cue[] = [];
  const topics: Array<{ sentence: number; start: number; end: number }> = [];
  const parts: Array<{ si: number; start: number; end: number; named: boolean; feminine: boolean; exclusion: boolean; asFor: boolean }> =
    [];
  sentences.forEach((s, si) => {
    // (Only where the keyword scan saw her named.)
    if (!present.mayMatch(lexicon.keywordSlots.iranMention, si)) return;
    const text = normal.slice(s.start, s.end);
    if (!PART_STEMS.test(text) || !IRAN_WORD.test(text)) return;
    PART_REFERRED_TO.lastIndex = 0;
    for (let m = PART_REFERRED_TO.exec(text); m; m = PART_REFERRED_TO.exec(text)) {
      const start = s.start + m.index + (m[0].length - m[0].trimStart().length);
      let end = s.start + m.index + m[0].length;
      end += FORUM_AFTER.exec(normal.slice(end, s.end))?.[0].length ?? 0;
      const feminine = m[1] !== undefined || m[4] !== undefined;
      const asFor = AS_FOR_BEFORE.test(normal.slice(s.start, start));
      parts.push({ si, start, end, named: m[4] === undefined && m[5] === undefined, feminine, exclusion: m[3] !== undefined, asFor });
    }
  });
  for (const part of parts) {
    const s = sentences[part.si]!;
    const after = normal.slice(part.end, s.end);
    const about = ABOUT_IT_AFTER.exec(after);
    // («… حضور إيران فتطالب به موسكو» only after «أما»: «فـ» elsewhere opens another clause.)
    const opensAsFor = about && /^\s+ف/.test(after) && !/^\s+و/.test(after);
    if (!about || (opensAsFor && !part.asFor)) {
      // Closing its sentence on «؟» or «:», what is spoken of opens the next: «وماذا عن مشاركة إيران؟ موسكو تطالب بها».
      if (!/^\s*[:؟?]\s*["»”]?\s*$/.test(after) || !sentences[part.si + 1]) continue;
      if (readChain(part.si + 1, sentences[part.si + 1]!.start, part)) topics.push({ sentence: part.si, start: part.start, end: part.end });
      continue;
    }
    // (Named on its own, before «:» or after «أما», it is what is spoken of, the object of no verb before it.)
    if (readChain(part.si, part.end + about[0].length, part) && part.named && (part.asFor || /^\s*:/.test(after)))
      topics.push({ sentence: part.si, start: part.start, end: part.end });
  }
  return { cues: out, topics };

  /** The verbs on it from `from` on, their cues pushed; whether there was one. */
  function readChain(si: number, from: number, part: { end: number; feminine: boolean; exclusion: boolean }): boolean {
    const s = sentences[si]!;
    const text = normal.slice(from, s.end);
    const found = out.length;
    if (!PRONOUN_OBJECT_STEMS.test(text)) return false;
    const named = mentions.in(si);
    let previousEnd = from;
    PRONOUN_OBJECT_VERB.lastIndex = 0;
    for (let m = PRONOUN_OBJECT_VERB.exec(text); m; m = PRONOUN_OBJECT_VERB.exec(text)) {
      const verbStart = from + m.index + (m[0].length - m[0].trimStart().length);
      const verbEnd = from + m.index + m[0].length;
      const gap = normal.slice(previousEnd, verbStart);
      // The first verb right after it; each next one joined to the one before by «و», within its clause.
      if (previousEnd === from ? !FIRST_VERB_GAP.test(gap) : !NEXT_VERB_GAP.test(gap) || !/(?:^|\s)و/.test(`${gap} ${m[0].trimStart()}`))
        break;
      const gapStart = previousEnd;
      previousEnd = verbEnd;
      // The pronoun agrees with the noun; a negation or a condition before the verb states no position.
      if ((m[3] === "ها") !== part.feminine) break;
      if (NOT_DONE_BEFORE.test(normal.slice(Math.max(s.start, verbStart - 12), verbStart))) continue;
      // The subject: named right after the verb (VSO), and those joined to it by «و»; else right before it (SVO).
      const first =
        named.find((x) => x.start >= verbEnd && /^\s*$/.test(normal.slice(verbEnd, x.start))) ??
        findLast(named, (x) => x.start >= gapStart && x.end <= verbStart && /^\s*$/.test(normal.slice(x.end, verbStart)));
      // (A capital is its government here, not where something is: «تطالب بها موسكو».)
      if (!first || (first.place && isLocative(normal, lexicon, first)) || (first.speakerOnly && !first.person)) continue;
      const holders = [first];
      if (first.start >= verbEnd)
        for (let k = named.indexOf(first) + 1; k < named.length && AND_ONLY.test(normal.slice(named[k - 1]!.end, named[k]!.start)); k++)
          holders.push(named[k]!);
      const wanted: Stance = part.exclusion ? "oppose" : "support";
      const stance: Stance = m[2] !== undefined ? (wanted === "support" ? "oppose" : "support") : wanted;
      out.push({
        rule: `iran.pronoun-object${m[2] !== undefined ? ".rejected" : ""}`,
        topic: "iran_participation",
        stance,
        start: verbStart,
        end: Math.max(verbEnd, holders.at(-1)!.end),
        sentence: si,
        weight: DECISION_WEIGHT,
        holders,
      });
      if (holders.at(-1)!.end > verbEnd) previousEnd = holders.at(-1)!.end;
    }
    return out.length > found;
  }
}
