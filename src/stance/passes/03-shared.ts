// Pass 3: the patterns both the phrase rules' filters (03-cues.ts) and the composed cues (03-composed.ts) read, and
// the text with asides blanked that both read (withoutAsides),
// in a module of their own so neither of those imports the other (a cycle that left whichever was imported first
// reading the other's constants before they were set).
import type { Sentence } from "../../text/sentences";
/**
 * A predicate of being conditioned right after her taking part: «مشاركة إيران (في المؤتمر) مرهونة / مشروطة بـ»;
 * bound to what she must do first, «حضور إيران يجب أن يقترن بسحب ميليشياتها», «… في اجتماعات فيينا يجب أن يقترن بوقف
 * تدخلها العسكري», «مقرونة بإعلان …» (not «تقترن بأزمات»: what comes with it),
 * or requiring it («أي حديث عن مشاركة إيران في مؤتمر جنيف 2 "يتطلب أولاً أن تسحب قواتها"»); or going through it, «أي دور
 * لإيران في المؤتمر يمر حتماً عبر قبولها بيان جنيف 1». (findIranCues and iranCues.)
 */
export const HELD_ON_AFTER =
  /^\s+(?:[^\s،,.؛:]+\s+){0,5}?(?:[يت]?كون\s+|ستكون\s+|سيكون\s+|تبقي\s+|يبقي\s+|تظل\s+|يظل\s+|كانت\s+|كان\s+)?"?\s*(?:(?:مرهون|مشروط|رهين)[اهة]?\s*"?\s*ب|[يت](?:تطلب|ستوجب|ستلزم|قتضي)\s+(?:اولا\s+)?(?:ان\s+[يت](?:سحب|قبل|علن|لتزم|عترف|وقف|خرج|تخلي)|(?:ب|ال)?(?:قبول|موافق|التزام|اعلان|انسحاب|سحب|اعتراف))|(?:[يت]قترن|مقترن[اهة]?|مقرون[اهة]?)\s+"?\s*ب(?:ال)?(?:قبول|موافق|التزام|اعلان|انسحاب|سحب|اعتراف|وقف|انهاء|خروج)|(?:امر\s+)?(?:[يت]حدده|[يت]حددها|[يت]توقف\s+علي|متوقف[هة]?\s+علي|رهن|[يت]مر\s+(?:حتما\s+|حكما\s+|فقط\s+|اولا\s+)?(?:عبر|من\s+خلال))\s+"?\s*(?:مدي\s+)?(?:ب|ال)?(?:قبول|موافق|التزام|اعلان|انسحاب|سحب|اعتراف)[\u0621-\u064A]*)/;

/**
 * A relative pronoun on a meeting and a negation, up to the participation word: «(المؤتمر) والذي لن |تشارك فيه إيران»
 * (her absence told as a fact of the meeting; findIranCues and iranCues).
 */
export const ABSENT_IN_RELATIVE_LEAD = /(?:^|\s)و?(?:الذي|التي)\s+(?:لن|لا|لم)\s+$/;

/**
 * A controversy or a debate about what follows, right before it: «(تعليقاً على) الجدل حول |دعوة إيران», «الخلاف الدائر
 * بشأن |مشاركتها»: the topic of the words, no position on it (not a debate denied: «لا نقاش حول مشاركة إيران ما لم …»).
 */
export const DEBATE_ABOUT_BEFORE =
  /(?:^|\s)(?<!(?:^|\s)(?:لا|بلا|دون|ولا)\s)[وفبل]?(?:ال)?(?:جدل|خلاف|خلافات|نقاش|سجال|لغط|تساؤلات)\s+(?:(?:ال)?(?:دائر|قائم|متصاعد|اخير)\s+)?(?:حول|بشان|عن)\s+$/;

/**
 * «بل» ("rather") as a word of its own: what comes before it governs nothing after it («لا نرفض المؤتمر بل نرفض
 * الشروط», «لم تكتف بالرفض بل وضعت شروطاً»). Global: read with lastMatch.
 */
export const RATHER = /(?:^|\s)[وف]?بل(?=\s)/g;

/** «بدلاً», «بدل», «عوضاً» ("instead"), before «من/عن/أن»: what follows is not wanted (03-cues' NEGATED_BEFORE, polarity). */
export const INSTEAD_WORD = "(?:بدلا|بدل|عوضا)";
/** «حتى لو», «حتى وإن», «حتى ولو» ("even if"), one alternative: it concedes, it sets no condition. */
export const EVEN_IF = "حتي\\s+(?:لو|وان|ولو)";

/** The participation word, then «فيه/فيها/إليه/إليها» (the meeting, the relative clause's antecedent). */
export const IN_IT_AFTER_WORD = /^\S+\s+(?:فيه|فيها|اليه|اليها)(?![\u0621-\u064A])/;

/**
 * A verb of judging or describing, its subject, and «أن» or nothing, right before the word of condition: «اعتبر
 * المقداد أن |شروط», «وصف لافروف |شروط», «معتبراً أن |شروط».
 */
export const JUDGING_BEFORE =
  /(?:^|\s)[وف]?(?:اعتبر|اعتبرت|يعتبر|تعتبر|معتبر[اه]?|وصف|وصفت|يصف|تصف|واصف[اه]?|انتقد|انتقدت|منتقد[اه]?|هاجم|هاجمت|مهاجم[اه]?)(?:\s+[^\s،,.؛:]+){0,3}?(?:\s+(?:ان|بان))?\s+"?(?:ال)?$/;

/**
 * First words of an aside of comment, manner or insistence: «، كما قلنا مراراً،» (the speaker's own words: «كما قال
 * لافروف» is a source), «، خلافاً لما يروج له،», «، وهذا موقف ثابت،», «، مجدداً،», «، بوضوح،», «، في أي حال،», «، تحت أي
 * ظرف،», «، كائناً من كان،», «، وأقولها بوضوح،», «، برأينا،».
 */
const COMMENT_WORDS =
  "(?:في|تحت|علي)\\s+(?:اي|ايه)\\s+(?:حال|ظرف|وقت)|باي\\s+(?:حال|شكل)|و?اقول(?:ها|ه)?|(?:في\\s+|ب)راي(?:ي|نا)|مهما|كائنا|ايا|مجددا|مره\\s+اخري|مرارا|بشده|بوضوح|صراحه|قطعا|مطلقا|ابدا|خلافا|بخلاف|علي\\s+(?:عكس|خلاف)|عكس|كما\\s+(?:قلنا|قلت|اكدنا|اكدت|اعلنا|كررنا|كررت|شددنا|اوضحنا)|و(?:هذا|هو|هي|ذلك)\\s+(?:موقف|امر|مبدا|ثابت|معروف|واضح|محسوم|ما\\s+(?:قلناه|اكدناه|نكرره))[\\u0621-\\u064A]*";
/**
 * The words of those standing with the subject in an aside («، ومعها باريس ولندن،», «، ومن خلفها الدوحة،», «، إلى
 * جانب قطر والسعودية،», «، شأنها شأن أنقرة،»): the clause goes on past it, and they hold what it says (04-holders).
 */
export const COMPANIONS =
  "و(?:معها|معه|معهما|معهم)|و?من\\s+(?:خلف|وراء)(?:ها|ه|هم)|و?الي\\s+جانب(?:ها|ه|هم)?|شان(?:ها|ه)\\s+شان|علي\\s+غرار|مثلها|ومثلها";
/**
 * First words of an aside of time, place, occasion or source: «، في بيان أصدرته مساء الأحد،», «، بحسب الوكالة،», «، كما
 * أكد لافروف،».
 */
const OCCASION_WORDS =
  "في|خلال|عقب|اثر|بعد|اثناء|لدي|امام|عبر|تحت|باي|بايه|علي\\s+حد|حسب|بحسب|وفق|وفقا|من\\s+(?:جهت|ناحيت)[\\u0621-\\u064A]+|بدور[\\u0621-\\u064A]+|امس|اليوم|كما\\s+(?:قال|اكد|اعلن|كرر|شدد|اوضح)[\\u0621-\\u064A]*|" +
  COMPANIONS;
/** An aside's text (between its commas) opening on one of those words, at most 60 characters of it after the word. */
const ASIDE_FIRST_WORD = new RegExp(`^\\s*(?:${OCCASION_WORDS}|${COMMENT_WORDS})(?![\\u0621-\\u064A])[^،,.؛;:!?؟"«»]{0,60}$`);
/** An aside of comment (COMMENT_WORDS): withoutAsides passes over these and repetitions. */
const COMMENT_ASIDE = new RegExp(`^\\s*(?:${COMMENT_WORDS})(?![\\u0621-\\u064A])`);
/** «أن» right after an aside of comment («لا يمكن، كما قلنا مراراً، أن يكون …»): the clause before it goes on into it. */
const THAT_AFTER_ASIDE = /^\s*(?:ان|بان)\s/;
/**
 * The clause going on after an aside: not a verb joined by «و/ف», a participle opening the speaker's next clause,
 * «أن» (but see THAT_AFTER_ASIDE) or another clause word. («فقد» before a noun with the article or one of what is
 * lost with its pronoun, «شرعيته», «صلاحيته», is the verb "lost", not «ف» + «قد»: «الأسد، كما قلنا، فقد شرعيته».)
 */
const CLAUSE_GOES_ON_AFTER =
  /^\s*(?!(?!فقد\s+(?:ال[\u0621-\u064A]+|(?:شرعيت|صلاحيت|اهليت|مصداقيت|قدرت|شعبيت|ثقت|سيطرت|مبرر|دور|مكانت)(?:ه|ها|هم))(?![\u0621-\u064A]))[وف][\u0621-\u064A]|(?:مؤكد|مشدد|معتبر|مضيف|قائل|لافت|مشير|موضح|داعي|مطالب|محذر|معرب|متهم|واصف)[اه]?(?![\u0621-\u064A])|(?:الا|لكن|بل|ان|انه|انها|انهم|بان|بانه|بانها|لان|لانه|كما|حيث|اذ|الذي|التي|الذين|اذا|لو|ما)(?![\u0621-\u064A]))[\u0621-\u064A]/;
/**
 * Adjectives of conditions set on her taking part («شروطاً مسبقة», «تعجيزية», «مصطنعة», «جديدة», «إضافية»), one
 * alternative (CONDITIONS_SET_ON_RIGHT_BEFORE, IMPOSING_CONDITIONS_BETWEEN).
 */
export const CONDITION_ADJECTIVES = "(?:مسبقه|تعجيزيه|مصطنعه|جديده|اضافيه)";
/**
 * The words opening the first or foremost of what the words before name, or an example of it, after a comma: «وأولها»,
 * «وفي مقدمتها», «على رأسها», «بما فيها», «مثل», «من قبيل», «لا سيما» (an aside, ASIDE_AFTER; an apposition,
 * APPOSITION_OPENS_BEFORE).
 */
export const EXAMPLE_OPENS = String.raw`و?(?:اولها|ابرزها|اهمها|منها)|(?:و|ل)?(?:في\s+مقدمتها|علي\s+راسها)|بما\s+فيها|مثل|من\s+قبيل|لا\s+سيما`;
/**
 * An aside between commas opening with «وهي», «وهو», «التي», «الذي», or a definite word saying what the one named is
 * («جلوس إيران، الشريكة في ذبح السوريين، على أي طاولة … أمر مرفوض»), or naming the first or foremost of what the cue
 * names («الشروط المسبقة، وأولها تنحي الأسد، تنسف الحوار», «، وفي مقدمتها …،», «، بما فيها …،»), or whichever side it
 * comes from («الشروط المسبقة، من أي طرف أتت، وصفة للفشل»), or by whatever way («الرهان على إسقاطه، سواء عبر المؤتمر أو
 * خارجه، رهان خاسر»), or giving an example of it («وضع أي شروط مسبقة، كرحيل الرئيس، أمر غير مقبول», «، مثل …،», «،
 * من قبيل …،»), and the space after its closing comma (between a cue and the predicate judging it: predicateAfter,
 * judgementRightAfter).
 */
const ASIDE_AFTER = new RegExp(
  String.raw`^\s*[،,]\s*"?\s*(?:وهي|وهو|وهم|التي|الذي|الذين|ال[\u0621-\u064A]{3,}|${EXAMPLE_OPENS}|من\s+اي\s+(?:طرف|جهه|جانب)|سواء|(?:قبل|بعد)(?=\s+[^،,.؛:!?؟]{1,30}\s+او\s+(?:قبل|بعد)[\u0621-\u064A]*\s*[،,])|ك(?!(?:ان|انت|انوا|ذلك|ما|لما|يف|ل|لها|لهم)\s)(?:ال)?[\u0621-\u064A]{3,})\s[^،,.؛:!?؟]{1,140}[،,]\s`,
);
/** Where what follows an aside at the start of `text` (ASIDE_AFTER) begins, at the space after its closing comma; 0 for none. */
export function pastAsideAt(text: string): number {
  const aside = ASIDE_AFTER.exec(text.slice(0, 160));
  return aside ? aside[0].length - 1 : 0;
}
/** The adverbs of "ever" («أبداً», «قط», «مطلقاً», «يوماً»), one alternative each (EVER_ADVERB, REPETITION_ASIDE). */
export const EVER_WORDS = "يوما|ابدا|قط|مطلقا|اطلاقا|البته";
/**
 * An emphatic repetition between commas: the word before the opening comma said again, negated or after «أكرر»
 * («لا تقبل، ولن تقبل، أي شروط», «لا يمكن، وأكرر لا يمكن، أن يكون …»; a copula as another, «لم يعد، ولن يكون،»),
 * an adverb of "ever" after it («، ولن تقبل
 * أبداً،»), or «أكرر» alone («لا نقبل، وأكرر، أي شروط»).
 * Groups: 1 «أكرر», 2 the negation, 3 the word repeated (with one of the first two: «، ويريد،» alone is no repetition).
 */
const REPETITION_ASIDE = new RegExp(
  `^\\s*و?(?:([ان]كرر|[ان]عيد)(?:\\s+|$))?(?:(لا|لن|لم|ليس)\\s+)?([\\u0621-\\u064A]+)?(?:\\s+(?:${EVER_WORDS}))?\\s*$`,
);
/** The last word of a text (group 1). */
const LAST_WORD = /([\u0621-\u064A]+)\s*$/;
/** A word without «و/ف» and the letter of person of a verb (يقبل, تقبل, نقبل → قبل), to compare a repeated verb. */
const stem = (word: string) => word.replace(/^[وف]?[يتنا]?/, "");

/** Whether the text between the commas at `open` and `close` is an emphatic repetition (REPETITION_ASIDE). */
function repetitionAside(normal: string, open: number, close: number): boolean {
  const aside = REPETITION_ASIDE.exec(normal.slice(open + 1, close));
  if (!aside) return false;
  const [, repeating, negation, repeated] = aside;
  if (!repeated) return repeating !== undefined;
  if (repeating === undefined && negation === undefined) return false;
  const before = LAST_WORD.exec(normal.slice(Math.max(0, open - 24), open));
  if (before === null) return false;
  // («لم يعد، ولن يكون، موضوعاً للتفاوض»: a negated copula said again as another copula, the tense changed.)
  if (negation !== undefined && COPULA_STEMS.has(stem(before[1]!)) && COPULA_STEMS.has(stem(repeated))) return true;
  return stem(before[1]!).length >= 2 && stem(before[1]!) === stem(repeated);
}
/** The stems (stem) of the copulas a negated one may be said again as: «يعد», «يكون», «يكن», «ليس», «يزال», «يبقى». */
const COPULA_STEMS: ReadonlySet<string> = new Set(["عد", "كون", "كن", "ليس", "ليست", "زال", "بقي", "ظل"]);

/**
 * An aside closed by the comma at `close`: a comma opening it at most 70 characters back, and between them an
 * emphatic repetition (repetitionAside), or an aside of circumstance or comment (ASIDE_FIRST_WORD: «، تحت أي ظرف،»,
 * «، في بيان أصدرته مساء الأحد،», «، كائناً من كان،», «، بحسب الوكالة،», «، كما قلنا مراراً،») with the clause going
 * on after it (CLAUSE_GOES_ON_AFTER, or «أن» after one of comment). The opening comma's offset, or -1.
 */
export function asideOpening(normal: string, s: Sentence, close: number): number {
  // (Scanned back only as far as an aside may reach: windowStart asks at every comma it meets.)
  const from = Math.max(s.start, close - 70);
  let open = close - 1;
  while (open >= from && normal.charCodeAt(open) !== 0x60c && normal.charCodeAt(open) !== 0x2c) open--;
  if (open < from) return -1;
  // A repetition goes on with what it repeats, whatever follows it («لا يمكن، وأكرر لا يمكن، أن يكون …»).
  if (repetitionAside(normal, open, close)) return open;
  if (!ASIDE_FIRST_WORD.test(normal.slice(open + 1, close))) return -1;
  const after = normal.slice(close + 1, close + 24);
  // («أن» after an aside of comment only: after one of occasion, «لم يخف الوزير، في مؤتمر صحفي، أن …», the clause
  // before it ends there.)
  return CLAUSE_GOES_ON_AFTER.test(after) || (THAT_AFTER_ASIDE.test(after) && COMMENT_ASIDE.test(normal.slice(open + 1, close)))
    ? open
    : -1;
}

/**
 * `normal` with every aside of comment or repetition of its sentences (asideOpening, and COMMENT_ASIDE or
 * repetitionAside), its commas included, turned to spaces: what goes on around it reads as one stretch («لا يمكن، كما
 * قلنا مراراً، أن يكون …» as «لا يمكن أن يكون …»), at the same offsets, for the phrase rules and the composed cues.
 * Not an aside of occasion or source («، في تصريحات أوردتها وكالة الجمهورية الإسلامية،»): a name there may be what a
 * rule reads. `normal` itself where no sentence has one.
 */
export function withoutAsides(normal: string, sentences: readonly Sentence[]): string {
  let out: string[] | null = null;
  let copied = 0;
  for (const s of sentences) {
    for (let close = s.start; close < s.end; close++) {
      const c = normal.charCodeAt(close);
      if (c !== 0x60c && c !== 0x2c) continue;
      const open = asideOpening(normal, s, close);
      if (open < 0 || open < copied - 1 || !(repetitionAside(normal, open, close) || COMMENT_ASIDE.test(normal.slice(open + 1, close))))
        continue;
      // (Two asides side by side share a comma, blanked with the first: «لا نقبل، وأكرر، بوضوح، أي شروط».)
      const from = Math.max(open, copied);
      (out ??= []).push(normal.slice(copied, from), " ".repeat(close + 1 - from));
      copied = close + 1;
    }
  }
  return out ? out.join("") + normal.slice(copied) : normal;
}

/**
 * Conditions rejected, then one named in their list after a comma, up to the cue: «لا تقبل محاولات فرض شروط مسبقة على
 * عملية التفاوض، بما فيها |المطالبة برحيل الأسد», «نرفض الشروط المسبقة، وفي مقدمتها |رحيل الرئيس», «ترفض أي محاولة لفرض
 * شروط مسبقة على المؤتمر، ومنها |المطالبة برحيل الرئيس». The listed demand is
 * rejected with them.
 */
export const REJECTED_CONDITIONS_LISTING =
  /(?:^|[\s"«])[وف]?(?:رفض|رفضت|رفضنا|رفضوا|[يتن]رفض(?:ون|ان)?|رافضا|رافضه|(?:لا|لن)\s+[يتن]?قبل(?:ون|ان)?(?:\s+ب)?|ب?رفض(?:ه|ها|هم)|[يتن]عارض(?:ون|ان)?)\s+(?:[^\s،,.؛:]+\s+){0,3}?(?:(?:اي|كل|جميع)\s+)?(?:ال)?(?:شروط|اشتراطات)(?:\s+[^\s،,.؛:]+){0,5}?\s*[،,]\s*(?:بما\s+في(?:ها|ه|\s+ذلك)|و?منها|و?(?:في\s+مقدمتها|علي\s+راسها)|ولا\s+سيما|خصوصا|خاصه|و?(?:اولها|ابرزها|اهمها))\s+(?:(?:ال)?(?:مطالبه|مطالبات|شرط)\s+)?"?$/;
