// The second read of the thirteenth probe's change: sentences of ordinary news it read wrongly once merged, each
// mended with a row here. Written for this table, not taken from the seeds, the development corpus or any round.
import { caseTable, type Case } from "./case-table";

/** A headline, so that the sentence under test is read as a body sentence. */
const HEAD = "مؤتمر جنيف 2 حول سوريا\n";
/** A closing body sentence with no stance. */
const TAIL = "\nوتتواصل التحضيرات لعقد المؤتمر في موعده.\n";

const CASES: Case[] = [
  // His going left to the Syrians takes a verb with the Syrians right after it, not a noun of right or decision.
  {
    why: "«رحيل الأسد حق للشعب السوري»: a right of theirs demands it; his fate is not left open",
    text: `${HEAD}وقال الجربا إن رحيل الأسد حق للشعب السوري بعد كل ما جرى.${TAIL}`,
    expected: ["national_coalition assad_role must_go"],
  },
  {
    why: "«رحيل الأسد يحدد مستقبل الشعب السوري»: what his going decides is their future, not who decides it",
    text: `${HEAD}وقال الجربا إن رحيل الأسد يحدد مستقبل الشعب السوري كله.${TAIL}`,
    expected: ["national_coalition assad_role must_go"],
  },
  {
    why: "another country's president left to his people is not Assad (guard of the bare «الرئيس»)",
    text: `${HEAD}وقال لافروف إن رحيل الرئيس الأوكراني يقرره الشعب الأوكراني وحده.${TAIL}`,
    expected: [],
  },
  // A seat at the talks named otherwise than by «المؤتمر».
  {
    why: "«بمقعد لإيران في المرحلة الثانية من جنيف»: a seat at the talks, not in another body",
    text: `${HEAD}وطالب لافروف بمقعد لإيران في المرحلة الثانية من مؤتمر جنيف.${TAIL}`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "«بمقعد في المشاورات المقبلة»: a seat at the coming rounds",
    text: `${HEAD}ودعت موسكو إلى منح إيران مقعدا في المشاورات المقبلة بشأن سوريا.${TAIL}`,
    expected: ["russia iran_participation support"],
  },
  // Every party, Iran among them, only where the talks are what must include them.
  {
    why: "a ceasefire that must include every party, Iran among them, is no seat at the talks",
    text: `${HEAD}وقال كيري إن وقف إطلاق النار يجب أن يشمل كل الأطراف بما فيها إيران.${TAIL}`,
    expected: [],
  },
  {
    why: "sanctions that must cover every state arming the regime, Iran among them, are no seat either",
    text: `${HEAD}وقال فابيوس إن العقوبات يجب أن تشمل جميع الدول التي تسلح النظام، بما فيها إيران.${TAIL}`,
    expected: [],
  },
  // Another state's People's Assembly.
  {
    why: "«رئيس مجلس الشعب المصري» speaks for no party here",
    text: `${HEAD}وقال رئيس مجلس الشعب المصري إن القاهرة ترفض أي دور للأسد في المرحلة الانتقالية.${TAIL}`,
    expected: [],
  },
  // Her exclusion called a mistake by a pronoun whose antecedent is in the same sentence.
  {
    why: "«استبعادها» after the opposition named in the same sentence, Iran only in the sentence before",
    text: `${HEAD}وانتقد كثيرون غياب الجميع عن لقاء طهران. وقال كيري إن المعارضة السورية في الداخل يجب أن تمثل في جنيف، وإن استبعادها خطأ.${TAIL}`,
    expected: [],
  },
  // «على أن» after keeping to or stressing is no proviso of coming.
  {
    why: "«ونحن حريصون على أن ينجح»: what they keep to, not a proviso of attending",
    text: `${HEAD}وقال الجربا إن الائتلاف سيشارك في المؤتمر، ونحن حريصون على أن ينجح.${TAIL}`,
    expected: [],
  },
  {
    why: "«مع التأكيد على أن»: what they stress, not a proviso of attending",
    text: `${HEAD}وأعلن الائتلاف أنه سيشارك في المؤتمر مع التأكيد على أن الحل سياسي.${TAIL}`,
    expected: [],
  },
];

caseTable("review 13: the second read (his going and a noun of right, a seat at the talks, all parties, another assembly)", CASES);
