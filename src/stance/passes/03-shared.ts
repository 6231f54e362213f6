// Pass 3: the patterns both the phrase rules' filters (03-cues.ts) and the composed cues (03-composed.ts) read,
// in a module of their own so neither of those imports the other (a cycle that left whichever was imported first
// reading the other's constants before they were set).
/**
 * A predicate of being conditioned right after her taking part: «مشاركة إيران (في المؤتمر) مرهونة / مشروطة بـ»;
 * bound to what she must do first, «حضور إيران يجب أن يقترن بسحب ميليشياتها» (not «تقترن بأزمات»: what comes with it),
 * or requiring it («أي حديث عن مشاركة إيران في مؤتمر جنيف 2 "يتطلب أولاً أن تسحب قواتها"»). (findIranCues and iranCues.)
 */
export const HELD_ON_AFTER =
  /^\s+(?:[^\s،,.؛:]+\s+){0,4}?(?:[يت]?كون\s+|ستكون\s+|سيكون\s+|تبقي\s+|يبقي\s+|تظل\s+|يظل\s+|كانت\s+|كان\s+)?"?\s*(?:(?:مرهون|مشروط|رهين)[اهة]?\s*"?\s*ب|[يت](?:تطلب|ستوجب|ستلزم|قتضي)\s+(?:اولا\s+)?(?:ان\s+[يت](?:سحب|قبل|علن|لتزم|عترف|وقف|خرج|تخلي)|(?:ب|ال)?(?:قبول|موافق|التزام|اعلان|انسحاب|سحب|اعتراف))|(?:[يت]قترن|مقترن[اهة]?)\s+"?\s*ب(?:ال)?(?:قبول|موافق|التزام|اعلان|انسحاب|سحب|اعتراف)|(?:امر\s+)?(?:[يت]حدده|[يت]حددها|[يت]توقف\s+علي|متوقف[هة]?\s+علي|رهن)\s+"?\s*(?:مدي\s+)?(?:ب|ال)?(?:قبول|موافق|التزام|اعلان|انسحاب|سحب|اعتراف)[\u0621-\u064A]*)/;

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

/** The participation word, then «فيه/فيها/إليه/إليها» (the meeting, the relative clause's antecedent). */
export const IN_IT_AFTER_WORD = /^\S+\s+(?:فيه|فيها|اليه|اليها)(?![\u0621-\u064A])/;

/**
 * A verb of judging or describing, its subject, and «أن» or nothing, right before the word of condition: «اعتبر
 * المقداد أن |شروط», «وصف لافروف |شروط», «معتبراً أن |شروط».
 */
export const JUDGING_BEFORE =
  /(?:^|\s)[وف]?(?:اعتبر|اعتبرت|يعتبر|تعتبر|معتبر[اه]?|وصف|وصفت|يصف|تصف|واصف[اه]?|انتقد|انتقدت|منتقد[اه]?|هاجم|هاجمت|مهاجم[اه]?)(?:\s+[^\s،,.؛:]+){0,3}?(?:\s+(?:ان|بان))?\s+"?(?:ال)?$/;
