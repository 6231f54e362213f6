// Arabic in the encodings the web of the period served it in: pages and feeds in windows-1256 or ISO-8859-6 (declared
// in the header, in the document, or not at all), and Arabic garbled once through a one-byte code page («ط§ظ„ط£ط³ط¯»).
// Each is read as the Arabic it is, by the cron path and by POST /v1/articles, into the parties' histories.
import { env } from "cloudflare:workers";
import { createExecutionContext, createScheduledController, waitOnExecutionContext } from "cloudflare:test";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import worker from "../../src/index";
import { decodeBody } from "../../src/ingest/decode";
import { repairMojibake } from "../../src/ingest/mojibake";
import { call, finished, postJson, postText, TOKEN } from "./helpers";

type Json = Record<string, any>;

/** Text written in a one-byte code page (every character of `text` must be in it). */
function encodeIn(page: string, text: string): Uint8Array {
  const high = new TextDecoder(page).decode(Uint8Array.from({ length: 128 }, (_, i) => 0x80 + i));
  const byteOf = new Map([...high].map((c, i) => [c, 0x80 + i]));
  return Uint8Array.from([...text], (c) => {
    if (c.charCodeAt(0) < 0x80) return c.charCodeAt(0);
    const b = byteOf.get(c);
    if (b === undefined) throw new Error(`${c} is not in ${page}`);
    return b;
  });
}

/** UTF-8 Arabic read as a one-byte code page: what a CMS with the wrong charset stores and serves. */
const garble = (page: string, text: string) => new TextDecoder(page).decode(new TextEncoder().encode(text));

const LAVROV =
  "وقال وزير الخارجية الروسي سيرغي لافروف للصحافيين إن موسكو تدعو إلى عقد مؤتمر جنيف 2 من دون أي شروط مسبقة وبمشاركة كل الأطراف السورية.";
const COALITION = "وأعلن الائتلاف الوطني السوري رفضه مشاركة إيران في مؤتمر جنيف 2 ما دامت قواتها تقاتل إلى جانب النظام في سوريا.";
const PERSIAN = "ظريف: پیام ایران روشن است";

describe("decodeBody", () => {
  const page = `<html><head><meta charset="windows-1256"><title>لافروف</title></head><body><p>${LAVROV}</p></body></html>`;
  const rows: Array<[name: string, bytes: Uint8Array, contentType: string | null, encoding: string, from: string]> = [
    ["charset in the header", encodeIn("windows-1256", LAVROV), "text/html; charset=windows-1256", "windows-1256", "header"],
    ["charset quoted, in capitals", encodeIn("windows-1256", LAVROV), 'text/html; Charset="Windows-1256"', "windows-1256", "header"],
    ["ISO-8859-6 in the header", encodeIn("iso-8859-6", "قال لافروف إن موسكو"), "text/html; charset=ISO-8859-6", "iso-8859-6", "header"],
    ["<meta charset>", encodeIn("windows-1256", page), "text/html", "windows-1256", "document"],
    [
      "<meta http-equiv>",
      encodeIn(
        "windows-1256",
        page.replace('<meta charset="windows-1256">', '<meta http-equiv="Content-Type" content="text/html; charset=windows-1256">'),
      ),
      null,
      "windows-1256",
      "document",
    ],
    [
      "XML declaration",
      encodeIn("windows-1256", `<?xml version="1.0" encoding="windows-1256"?><rss><title>${LAVROV}</title></rss>`),
      "application/rss+xml",
      "windows-1256",
      "document",
    ],
    [
      "a header saying UTF-8 over a windows-1256 page",
      encodeIn("windows-1256", page),
      "text/html; charset=utf-8",
      "windows-1256",
      "document",
    ],
    ["nothing declared, windows-1256 bytes", encodeIn("windows-1256", LAVROV), "text/html", "windows-1256", "sniffed"],
    ["nothing declared, UTF-8 bytes", new TextEncoder().encode(LAVROV), null, "utf-8", "default"],
    ["UTF-8 with one bad byte stays UTF-8", Uint8Array.from([...new TextEncoder().encode(LAVROV), 0xff]), "text/html", "utf-8", "default"],
    ["a label the platform does not know", new TextEncoder().encode(LAVROV), "text/html; charset=x-no-such", "utf-8", "default"],
    ["UTF-16LE with its mark", Uint8Array.from([0xff, 0xfe, ...utf16le(LAVROV)]), "text/html; charset=windows-1256", "utf-16le", "bom"],
    [
      "UTF-8 with its mark over a windows-1256 label",
      Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(LAVROV)]),
      "text/html; charset=windows-1256",
      "utf-8",
      "bom",
    ],
  ];
  it.each(rows)("%s", (_name, bytes, contentType, encoding, from) => {
    const decoded = decodeBody(bytes, contentType);
    expect([decoded.encoding, decoded.from]).toEqual([encoding, from]);
    expect(decoded.text).toContain(encoding === "iso-8859-6" ? "قال لافروف إن موسكو" : LAVROV);
  });
});

function utf16le(text: string): number[] {
  return [...text].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]);
}

describe("repairMojibake", () => {
  const text = `${LAVROV}\n«${PERSIAN}»؟ 3،5`;
  it.each(["windows-1256", "windows-1252", "latin1"])("reads back Arabic garbled as %s, every word", (page) => {
    const garbled = garble(page, text);
    expect(garbled).not.toBe(text);
    const repair = repairMojibake(garbled);
    expect(repair.text).toBe(text);
    expect(repair.words).toBe(text.split(/\s+/).filter((w) => /[^\x00-\x7f]/.test(w)).length);
  });

  it("reads back the garbled part and leaves a clean part beside it as it is", () => {
    const mixed = `${COALITION}\n${garble("windows-1256", LAVROV)}`;
    expect(repairMojibake(mixed).text).toBe(`${COALITION}\n${LAVROV}`);
  });

  const clean: Array<[string, string]> = [
    ["Arabic", `${LAVROV} ${COALITION}`],
    ["Persian letters and Arabic punctuation", `${PERSIAN}، «گفت» ط، ضغط، سگ؟`],
    ["French with accents", "Le ministre a déclaré à l'AFP que « la conférence » était prévue à Genève… € ™"],
    ["Latin text with Ø and §", "Ø § 12 — Øresund"],
  ];
  it.each(clean)("leaves clean text alone: %s", (_name, t) => {
    expect(repairMojibake(t)).toEqual({ text: t, words: 0 });
  });

  it("needs three garbled words, or one where the caller knows the text around was garbled (a title)", () => {
    const two = garble("windows-1256", "قال لافروف");
    expect(repairMojibake(two).words).toBe(0);
    expect(repairMojibake(two, 1).text).toBe("قال لافروف");
  });
});

describe("POST /v1/articles with garbled Arabic", () => {
  it("stores the Arabic read back, says so, and the clean text afterwards is the same article", async () => {
    const text = `${COALITION}\nوأضاف المصدر أن المشاورات ستستمر خلال الأيام المقبلة في العاصمة السورية.`;
    const res = await postJson("/v1/articles", {
      text: garble("windows-1256", text),
      title: garble("windows-1256", "الائتلاف وإيران"),
      published_at: "2014-01-11",
    });
    expect(res.status).toBe(201);
    const body = await res.json<Json>();
    expect(body.repaired).toEqual([{ input: 0, words: text.split(/\s+/).filter((w) => /[^\x00-\x7f]/.test(w)).length }]);
    const [created] = body.articles;
    expect(created.title).toBe("الائتلاف وإيران");
    expect(created.claims).toContainEqual(expect.objectContaining({ party: "national_coalition", topic: "iran_participation" }));
    const stored = await (await call(`/v1/articles/${created.id}`)).json<Json>();
    expect(stored.text).toBe(text);

    // The same article in clean UTF-8 (here as text/plain, garbled through windows-1252 before) is not a second one.
    const again = await postText("/v1/articles?published_at=2014-01-11", text);
    expect(again.status).toBe(200);
    const answer = await again.json<Json>();
    expect(answer.articles[0]).toMatchObject({ id: created.id, status: "unchanged" });
    expect(answer.repaired).toBeUndefined();
    const latin = await postText("/v1/articles?published_at=2014-01-11", garble("windows-1252", text));
    expect(latin.status).toBe(200);
    expect((await latin.json<Json>()).articles[0].id).toBe(created.id);
    const history = await (await call("/v1/parties/national_coalition/history?topic=iran_participation")).json<Json>();
    expect(history.observations.filter((o: Json) => o.article_id === created.id)).toHaveLength(1);
  });

  it("a batch says which of its inputs were read back", async () => {
    const res = await postJson("/v1/articles/batch", {
      articles: [
        { text: `${LAVROV} وأضاف أن الاتصالات مستمرة مع الشركاء الغربيين.`, published_at: "2014-01-12" },
        { text: garble("windows-1252", `${LAVROV} وتابع أن موسكو ستواصل اتصالاتها مع جميع الأطراف.`), published_at: "2014-01-12" },
      ],
    });
    expect(res.status).toBe(201);
    const body = await res.json<Json>();
    expect(body.repaired.map((r: Json) => r.input)).toEqual([1]);
    expect(body.articles[1].claims).toContainEqual(expect.objectContaining({ party: "russia", stance: "unconditional" }));
  });
});

describe("the cron path in the encodings sites serve", () => {
  const world = new Map<string, () => Response>();
  beforeEach(async () => {
    world.clear();
    vi.spyOn(globalThis, "fetch").mockImplementation(async (input: RequestInfo | URL, init?: RequestInit) => {
      const req = new Request(input as RequestInfo, init);
      const handler = world.get(req.url);
      if (!handler) throw new TypeError(`network unreachable: ${req.url}`);
      return handler();
    });
    const { sources } = await (await call("/v1/sources")).json<Json>();
    for (const s of sources) await call(`/v1/sources/${s.id}`, { method: "DELETE", headers: { authorization: `Bearer ${TOKEN}` } });
  });
  afterEach(() => vi.restoreAllMocks());

  async function cron(): Promise<Json> {
    const ctx = createExecutionContext();
    await worker.scheduled(createScheduledController({ scheduledTime: Date.now(), cron: "*/30 * * * *" }), env, ctx);
    await waitOnExecutionContext(ctx);
    const { runs } = await (await call("/v1/runs?limit=1")).json<Json>();
    return finished(runs[0].id);
  }

  const page = (title: string, paragraph: string, date: string, head = "") =>
    `<!doctype html><html><head>${head}<title>${title}</title><meta property="article:published_time" content="${date}T08:00:00Z"></head><body><article><h1>${title}</h1><p>${paragraph}</p></article></body></html>`;

  it("reads a windows-1256 feed and pages (declared in the document, in the header, or not at all) and a garbled page", async () => {
    const items = [
      { url: "https://legacy.example/1", title: "موسكو: لا شروط" },
      { url: "https://legacy.example/2", title: "إيران والمؤتمر" },
      { url: "https://legacy.example/3", title: "الائتلاف يشترط" },
      { url: "https://legacy.example/4", title: "جنيف" },
    ];
    const rss = `<?xml version="1.0" encoding="windows-1256"?><rss version="2.0"><channel><title>أخبار</title>${items
      .map((i) => `<item><title>${i.title}</title><link>${i.url}</link></item>`)
      .join("")}</channel></rss>`;
    world.set(
      "https://legacy.example/rss",
      () => new Response(encodeIn("windows-1256", rss), { headers: { "content-type": "application/rss+xml" } }),
    );
    /** A page served as windows-1256 bytes with the given Content-Type (null: none). */
    const legacy = (url: string, contentType: string | null, paragraph: string, date: string, head = "") =>
      world.set(
        url,
        () =>
          new Response(
            encodeIn("windows-1256", page("عنوان", paragraph, date, head)),
            contentType ? { headers: { "content-type": contentType } } : {},
          ),
      );
    // Declared in a <meta>; the quotation marks written as character references.
    legacy(
      items[0]!.url,
      "text/html",
      LAVROV.replace("من دون أي شروط مسبقة", "&laquo;من دون أي شروط مسبقة&raquo;"),
      "2014-01-02",
      '<meta charset="windows-1256">',
    );
    // Declared in the header only.
    legacy(
      items[1]!.url,
      "text/html; charset=windows-1256",
      "وقال المتحدث باسم الائتلاف الوطني السوري لؤي صافي إن الائتلاف يرفض أي مشاركة لإيران في مؤتمر جنيف 2.",
      "2014-01-03",
    );
    // Declared nowhere.
    legacy(
      items[2]!.url,
      null,
      "وقال رئيس الائتلاف الوطني السوري أحمد الجربا إن الائتلاف لن يشارك في مؤتمر جنيف 2 إلا إذا كان هدفه رحيل بشار الأسد عن السلطة.",
      "2014-01-04",
    );
    // UTF-8 bytes of a page whose CMS stored its Arabic garbled.
    world.set(
      items[3]!.url,
      () =>
        new Response(
          page(
            garble("windows-1256", "إيران وجنيف"),
            garble("windows-1256", "وقال وزير الخارجية الأمريكي جون كيري إن على إيران أن تقبل بيان جنيف 1 إذا أرادت المشاركة في المؤتمر."),
            "2014-01-05",
          ),
          { headers: { "content-type": "text/html; charset=utf-8" } },
        ),
    );
    await postJson("/v1/sources", { id: "legacy", url: "https://legacy.example/rss", kind: "rss", enabled: true });
    const run = await cron();
    expect(run).toMatchObject({ sources_fetched: 1, items_queued: 4, new_articles: 4, failed: 0 });

    const list = await (await call("/v1/articles?limit=100")).json<Json>();
    const titles = list.articles.map((a: Json) => a.title);
    expect(titles).toEqual(expect.arrayContaining(["موسكو: لا شروط", "إيران والمؤتمر", "الائتلاف يشترط", "جنيف"]));
    const russia = await (await call("/v1/parties/russia/history?topic=geneva2_preconditions")).json<Json>();
    const lavrov = russia.observations.find((o: Json) => o.observed_on === "2014-01-02");
    expect(lavrov).toMatchObject({ stance: "unconditional" });
    expect(lavrov.evidence).toContain("«من دون أي شروط مسبقة»");
    const coalition = await (await call("/v1/parties/national_coalition/history")).json<Json>();
    expect(coalition.observations).toContainEqual(
      expect.objectContaining({ observed_on: "2014-01-03", topic: "iran_participation", stance: "oppose" }),
    );
    expect(coalition.observations).toContainEqual(
      expect.objectContaining({ observed_on: "2014-01-04", topic: "assad_role", stance: "must_go" }),
    );
    const us = await (await call("/v1/parties/usa/history?topic=iran_participation")).json<Json>();
    expect(us.observations).toContainEqual(expect.objectContaining({ observed_on: "2014-01-05", stance: "conditional" }));
  });
});
