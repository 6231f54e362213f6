// States and bodies that CONTRACT.md gives no party id (Egypt, China, Iraq, Algeria, Oman, Lebanon, Germany, the
// Emirates, Kuwait, Italy, Bahrain, the Gulf Cooperation Council, the Organisation of Islamic Cooperation): the lexicon
// knows their names and people now, so what they say is theirs (and gets no claim) instead of being carried over to the
// speaker before them or given to a party named near them. Each row written for this table, not taken from the seeds,
// the development corpus or the rounds' articles.
import { caseTable, type Case } from "./case-table";

/** A headline, so that the sentence under test is read as a body sentence. */
const HEAD = "مؤتمر جنيف 2 حول سوريا\n";
/** A body sentence with another speaker and a stance of his own, before the one under test. */
const BEFORE = "وقال لافروف إن موسكو ترفض أي شروط مسبقة على الحوار. ";
/** A closing body sentence with no stance. */
const TAIL = "\nوتتواصل التحضيرات لعقد المؤتمر في موعده.\n";
const LAVROV = "russia geneva2_preconditions unconditional";

const CASES: Case[] = [
  {
    why: "Cairo speaking through its minister is Egypt, not the speaker before",
    text: `${HEAD}${BEFORE}وأعلنت القاهرة على لسان وزير خارجيتها أن رحيل الأسد ضروري لأي حل.${TAIL}`,
    expected: [LAVROV],
  },
  {
    why: "China put first by «أما» holds what the clause after says",
    text: `${HEAD}${BEFORE}أما الصين فأكدت أن مشاركة إيران ضرورية لإنجاح المؤتمر.${TAIL}`,
    expected: [LAVROV],
  },
  {
    why: "Egypt's foreign minister by name",
    text: `${HEAD}${BEFORE}من جهته، قال سامح شكري إن رحيل الأسد لا يجب أن يكون شرطاً مسبقاً.${TAIL}`,
    expected: [LAVROV],
  },
  {
    why: "an Iraqi official known by nationality and office, indefinite",
    text: `${HEAD}${BEFORE}وقال مسؤول عراقي إن بغداد تؤيد حضور إيران في المؤتمر.${TAIL}`,
    expected: [LAVROV],
  },
  {
    why: "the Gulf Cooperation Council's statement is the Council's",
    text: `${HEAD}${BEFORE}وطالب مجلس التعاون الخليجي في بيانه بتنحي الأسد.${TAIL}`,
    expected: [LAVROV],
  },
  {
    why: "China coordinated with Russia: Russia still holds it",
    text: `${HEAD}واعترضت الصين وروسيا على سحب الدعوة الموجهة إلى إيران.${TAIL}`,
    expected: ["russia iran_participation support"],
  },
  {
    why: "a meeting's city is where the speaker spoke, not a holder (guard)",
    text: `${HEAD}وقال لافروف في مؤتمر صحفي في القاهرة إن موسكو ترفض أي شروط مسبقة.${TAIL}`,
    expected: [LAVROV],
  },
  {
    why: "the Egyptian minister met is the one spoken with, not the speaker (guard)",
    text: `${HEAD}وقال لافروف بعد لقائه نظيره المصري نبيل فهمي إن موسكو ترفض أي شروط مسبقة.${TAIL}`,
    expected: [LAVROV],
  },
  {
    why: "«الدبلوماسي الجزائري» after Brahimi is his epithet: the UN envoy goes on",
    text: `${HEAD}وأكد المبعوث الأممي الأخضر الإبراهيمي أن وجود إيران في المؤتمر مفيد. ودعا الدبلوماسي الجزائري جميع الأطراف إلى القدوم إلى جنيف من دون شروط مسبقة.${TAIL}`,
    expected: ["un iran_participation support", "un geneva2_preconditions unconditional"],
  },
  {
    why: "Iran's pronoun after places she brought fighters from, coordinated («من العراق ولبنان»): still hers",
    text: `${HEAD}وقال الجربا: إذا سحبت إيران الحرس الثوري والميليشيات التي جلبتها من العراق ولبنان، عندها يمكن أن نقبل بوجودها على الطاولة.${TAIL}`,
    expected: ["national_coalition iran_participation conditional"],
  },
  // A question asked with «لماذا» or «هل» right before the cue states no position, marked or not (a transcript).
  {
    why: "«لماذا» right before the cue in an unpunctuated transcript: a question",
    text: `${HEAD}وقال لافروف في حديث تلفزيوني إن الغرب يناقش الأمر منذ أشهر ولكن لماذا تثير طريقة خروج بشار الأسد من السلطة كل هذه الإشكاليات بين العواصم${TAIL}`,
    expected: [],
  },
  {
    why: "«لماذا» asking the reason of a position presupposes it: Washington's refusal, not the asker's (guard)",
    text: `${HEAD}وتساءل لافروف في مؤتمر صحفي: لماذا ترفض واشنطن مشاركة طهران في المؤتمر؟${TAIL}`,
    expected: ["usa iran_participation oppose"],
  },
  {
    why: "«لماذا» far before the cue, another clause (guard)",
    text: `${HEAD}وتساءل الجربا لماذا يتأخر المجتمع الدولي في التحرك، مؤكداً أن الائتلاف يطالب برحيل الأسد قبل أي تسوية.${TAIL}`,
    expected: ["national_coalition assad_role must_go"],
  },
];

caseTable("review 19: states and bodies with no party id", CASES);
