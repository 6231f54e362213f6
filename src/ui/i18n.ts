// Labels of the dashboard in Arabic and English.
export type Lang = "ar" | "en";

export const TOPIC_LABELS: Record<string, Record<Lang, string>> = {
  geneva2_preconditions: { ar: "الشروط المسبقة لجنيف 2", en: "Preconditions for Geneva-2" },
  iran_participation: { ar: "مشاركة إيران", en: "Iran's participation" },
  assad_role: { ar: "دور الأسد", en: "Assad's role" },
};

export const STANCE_LABELS: Record<string, Record<Lang, string>> = {
  unconditional: { ar: "دون شروط", en: "unconditional" },
  conditional: { ar: "بشروط", en: "conditional" },
  support: { ar: "يؤيد", en: "support" },
  oppose: { ar: "يرفض", en: "oppose" },
  must_go: { ar: "يجب أن يرحل", en: "must go" },
  may_stay: { ar: "قد يبقى", en: "may stay" },
  neutral: { ar: "محايد", en: "neutral" },
};

/** Order of labels on a topic's axis, from one pole to the other. */
export const TOPIC_STANCES: Record<string, string[]> = {
  geneva2_preconditions: ["unconditional", "conditional"],
  iran_participation: ["support", "conditional", "oppose"],
  assad_role: ["may_stay", "neutral", "must_go"],
};

export const STANCE_COLOURS: Record<string, string> = {
  unconditional: "#1b7f3b",
  conditional: "#b86e00",
  support: "#1b7f3b",
  oppose: "#b3261e",
  must_go: "#b3261e",
  may_stay: "#1f5fa8",
  neutral: "#6b6b6b",
};

const UI: Record<string, Record<Lang, string>> = {
  title: { ar: "متتبع المواقف من مؤتمر جنيف 2", en: "Geneva-2 stance tracker" },
  party: { ar: "الطرف", en: "Party" },
  allParties: { ar: "كل الأطراف", en: "All parties" },
  allTopics: { ar: "كل المسائل", en: "All questions" },
  topic: { ar: "المسألة", en: "Question" },
  from: { ar: "من", en: "From" },
  to: { ar: "إلى", en: "To" },
  observations: { ar: "ملاحظات", en: "observations" },
  contestedCell: { ar: "متنازع", en: "contested" },
  lastChange: { ar: "آخر تغيير", en: "last change" },
  speakers: { ar: "المتحدثون", en: "speakers" },
  showSpeakers: { ar: "أظهر المتحدثين", en: "Show speakers" },
  hideSpeakers: { ar: "أخفِ المتحدثين", en: "Hide speakers" },
  back: { ar: "العودة إلى الجدول", en: "Back to the matrix" },
  timeline: { ar: "التسلسل الزمني", en: "Timeline" },
  evidence: { ar: "الدليل", en: "Evidence" },
  article: { ar: "المقال", en: "Article" },
  openArticle: { ar: "افتح المقال", en: "Open the article" },
  shift: { ar: "تحول", en: "shift" },
  reportedBy: { ar: "بحسب", en: "reported by" },
  noData: { ar: "لا توجد ملاحظات بعد", en: "No observations yet" },
  loading: { ar: "جارٍ التحميل…", en: "Loading…" },
  live: { ar: "مباشر", en: "live" },
  offline: { ar: "غير متصل", en: "offline" },
  newArticle: { ar: "وصل مقال جديد", en: "New article" },
  language: { ar: "English", en: "العربية" },
  dateKnown: { ar: "مصدر التاريخ", en: "date from" },
  apply: { ar: "تطبيق", en: "Apply" },
  clear: { ar: "مسح", en: "Clear" },
  alsoIn: { ar: "ظهر أيضاً في", en: "Also appeared in" },
  export: { ar: "تنزيل", en: "Download" },
  alerts: { ar: "تنبيهات تغير المواقف", en: "Stance alerts" },
  alert_first_stated: { ar: "أول موقف", en: "first stated" },
  alert_reaffirmed: { ar: "أعاد تأكيده بعد انقطاع", en: "reaffirmed after a gap" },
  alert_softened: { ar: "خفف موقفه", en: "softened" },
  alert_reversed: { ar: "انقلب موقفه", en: "reversed" },
  actorsConcepts: { ar: "المتحدثون × المواقف", en: "actors × stances" },
  agreement: { ar: "اتفاق الأطراف", en: "party agreement" },
  alsoCarriedBy: { ar: "نقلته أيضاً", en: "Also carried by" },
  outlets: { ar: "وسائل إعلام", en: "outlets" },
  review: { ar: "المراجعة", en: "Review" },
  reviewToken: { ar: "رمز المراجعة", en: "Review token" },
  all: { ar: "الكل", en: "All" },
  low_confidence: { ar: "ثقة منخفضة", en: "Low confidence" },
  unknown_speaker: { ar: "متحدث غير معروف", en: "Unknown speaker" },
  contested: { ar: "خلية متنازع عليها", en: "Contested cell" },
  accept: { ar: "قبول", en: "Accept" },
  reject: { ar: "رفض", en: "Reject" },
  relabel: { ar: "تصحيح الموقف", en: "Relabel" },
  next: { ar: "التالي", en: "Next" },
  undo: { ar: "تراجع", en: "Undo" },
  mapSpeaker: { ar: "ربط بطرف", en: "Map to party" },
  dismiss: { ar: "تجاهل", en: "Dismiss" },
  threshold: { ar: "حد الثقة", en: "Confidence below" },
  queueEmpty: { ar: "لا شيء بانتظار المراجعة", en: "Nothing waits for review" },
  cellNow: { ar: "الخلية الآن", en: "Cell now" },
  ifRejected: { ar: "إن رُفض", en: "if rejected" },
  impact: { ar: "يغيّر الموقف الحالي", en: "changes the current stance" },
  decided: { ar: "تم القرار", en: "Decided" },
  shortcuts: {
    ar: "اختصارات: a قبول، r رفض أو تجاهل، l تصحيح، m ربط، n التالي، u تراجع",
    en: "Keys: a accept, r reject or dismiss, l relabel, m map, n next, u undo",
  },
  suggested: { ar: "مقترح", en: "suggested" },
};

export const t = (key: keyof typeof UI, lang: Lang) => UI[key]?.[lang] ?? String(key);
export const stanceLabel = (s: string, lang: Lang) => STANCE_LABELS[s]?.[lang] ?? s;
export const topicLabel = (s: string, lang: Lang) => TOPIC_LABELS[s]?.[lang] ?? s;
