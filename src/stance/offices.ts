// The words that open an office or a role in a party («وزير», «المتحدث», «عضو», «رئيس» …): a person the lexicon does
// not know, named in apposition to such a title, is learnt for the title's party (01-actors: learntNames), and only a
// sentence holding one of these words can teach a name (the keyword scan's `office` slot).

/** One of the office words, with its article (normal form: «ة» is «ه»). */
export const OFFICE =
  "(?:ال)?(?:وزير|وزيره|نائب|مساعد|متحدث|متحدثه|ناطق|ناطقه|سفير|سفيره|مندوب|مندوبه|مبعوث|مبعوثه|رئيس|رئيسه|مستشار|مستشاره|امين|منسق|منسقه|عضو|عضوه|قيادي|قياديه|قائد|زعيم|مسؤول|مسؤوله|ممثل|ممثله|مدير|مديره|دبلوماسي|دبلوماسيه)";

/**
 * A word marking an office as held no longer: «السابق», «الأسبق», «المنشق», «المتقاعد» (a former, defected or retired
 * official speaks for no state: 01-actors' withoutFormer, a byline's footnote).
 */
export const FORMER = "(?:ال)?(?:سابق|سابقه|اسبق|منشق|منشقه|متقاعد|متقاعده)";

/** An envoy's office, held for a state: «سفير», «مندوب», «ممثل» (and their feminine). */
export const ENVOY = "(?:سفير|سفيره|مندوب|مندوبه|ممثل|ممثله)";

/** An office word as a word of its own, a clitic allowed before it (the keyword scan's `office` slot). */
export const OFFICE_WORD = new RegExp(`(?<![\\u0621-\\u064A])[وفبل]?${OFFICE}(?![\\u0621-\\u064A])`);
