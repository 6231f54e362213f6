// "As known on a date": observations keep when they were stated (relative dates resolved), published and
// recorded; ?as_of answers with only what had been recorded by then, through the Worker, the objects and SQLite.
import { describe, expect, it } from "vitest";
import { call, postJson } from "./helpers";

type Json = Record<string, any>;

async function ingest(text: string, published_at: string): Promise<Json> {
  const res = await postJson("/v1/articles", { text, published_at });
  expect(res.status).toBe(201);
  return (await res.json<Json>()).articles[0];
}

const jordan = async (query = "") =>
  ((await (await call(`/v1/topics/geneva2_preconditions${query}`)).json<Json>()).parties as Json[]).find((p) => p.party === "jordan");

describe("as of a date", () => {
  it("keeps the stated, published and recorded dates; as_of answers differ before and after a later ingest", async () => {
    const first = await ingest(
      "وقال وزير الخارجية الأردني ناصر جودة أمس إن الأردن يرى أن مؤتمر جنيف 2 يجب أن يعقد دون شروط مسبقة.",
      "2014-01-22",
    );
    const history = await (await call("/v1/parties/jordan/history")).json<Json>();
    const o = history.observations.find((x: Json) => x.article_id === first.id);
    expect(o.stated_on).toBe("2014-01-21");
    expect(o.observed_on).toBe("2014-01-22");
    expect(Date.parse(o.recorded_at)).toBeGreaterThan(Date.now() - 60_000);
    const between = new Date().toISOString();
    await new Promise((r) => setTimeout(r, 5));
    await ingest(
      "وقال وزير الخارجية الأردني ناصر جودة الثلاثاء الماضي إن الأردن يشترط وقف إطلاق النار قبل مؤتمر جنيف 2 كشرط مسبق.",
      "2014-01-30",
    );
    // Now: the later statement decides the cell.
    expect((await jordan())?.current).toBe("conditional");
    // As known between the two ingests: only the first.
    expect((await jordan(`?as_of=${encodeURIComponent(between)}`))?.current).toBe("unconditional");
    const party = await (await call(`/v1/parties/jordan?as_of=${encodeURIComponent(between)}`)).json<Json>();
    expect(party.topics.geneva2_preconditions.current).toBe("unconditional");
    expect(party.topics.geneva2_preconditions.observations).toBe(1);
    const past = await (await call(`/v1/parties/jordan/history?as_of=${encodeURIComponent(between)}`)).json<Json>();
    expect(past.observations.map((x: Json) => x.article_id)).toEqual([first.id]);
    // Before anything was recorded: nothing; a date means the end of that day.
    expect(await jordan("?as_of=2000-01-01")).toBeUndefined();
    expect((await jordan(`?as_of=${new Date().toISOString().slice(0, 10)}`))?.current).toBe("conditional");
    const later = (await (await call("/v1/parties/jordan/history")).json<Json>()).observations.at(-1);
    expect(later.stated_on).toBe("2014-01-28");
  });

  it("refuses a malformed as_of", async () => {
    for (const path of [
      "/v1/topics/assad_role?as_of=yesterday",
      "/v1/parties/russia?as_of=2014-13-01",
      "/v1/parties/russia/history?as_of=x",
    ]) {
      const res = await call(path);
      expect([path, res.status]).toEqual([path, 400]);
    }
  });
});
