// Careless copy through HTTP into the Worker, its Durable Objects and SQLite: a wire story hard-wrapped at a fixed
// width, with its quotation marks as HTML entities escaped twice, a ligature out of a PDF and a comma with no space
// after it, is stored with the positions the clean story gives and evidence verbatim from the text as posted.
import { describe, expect, it } from "vitest";
import { hardWrap } from "../../scripts/eval/variants";
import { call, postText } from "./helpers";

type Json = Record<string, any>;
const get = async (path: string): Promise<Json> => {
  const res = await call(path);
  expect(res.status, `${path} → ${res.status}`).toBe(200);
  return res.json();
};

const CLEAN = [
  "موسكو تؤكد أن المؤتمر الدولي يجب أن يعقد من دون شروط مسبقة",
  "",
  "قال نائب وزير الخارجية الروسي في تصريح للصحفيين في العاصمة الروسية اليوم الثلاثاء إن بلاده ترى أن المؤتمر الدولي حول سوريا يجب أن يعقد «من دون أي شروط مسبقة» من أي طرف، وإن على جميع الأطراف أن تجلس إلى طاولة الحوار.",
  "",
  "وأضاف أن موسكو تواصل اتصالاتها مع الأطراف المعنية كافة من أجل تحديد موعد المؤتمر،وأن المشاورات ستستمر خلال الأيام المقبلة مع الشركاء في المنطقة وخارجها.",
].join("\n");

// (Garbled first and wrapped after, as a wire feed wraps the text it has: every line cut near 64 characters.)
const NOISY = hardWrap(CLEAN.replace(/«/g, "&amp;laquo;").replace(/»/g, "&amp;raquo;").replace(/لا/g, "\uFEFB"), 64);

describe("careless copy", () => {
  it("is stored with the positions of the clean copy and evidence verbatim from what was posted", async () => {
    expect(NOISY.split("\n").length).toBeGreaterThan(CLEAN.split("\n").length + 3);
    const posted = await postText("/v1/articles?published_at=2013-11-12&source=wire", NOISY);
    expect(posted.status).toBe(201);
    const id = (await posted.json<Json>()).articles[0].id;
    const stored = await get(`/v1/articles/${id}`);
    expect(stored.text).toBe(NOISY);
    const russia = stored.claims.filter((c: Json) => c.party === "russia");
    expect(russia.map((c: Json) => `${c.topic} ${c.stance}`)).toContain("geneva2_preconditions unconditional");
    for (const c of stored.claims) expect(NOISY.slice(c.start, c.end)).toBe(c.evidence);
    // The sentence cut over lines is read whole: its evidence runs across the breaks.
    expect(russia.some((c: Json) => c.evidence.includes("\n") && c.evidence.includes("&amp;laquo;"))).toBe(true);
    const history = await get("/v1/parties/russia/history?topic=geneva2_preconditions");
    expect(history.observations.some((o: Json) => o.stance === "unconditional" && o.observed_on === "2013-11-12")).toBe(true);
  });
});
