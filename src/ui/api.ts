// The dashboard's only data source: the public API.
export type Json = Record<string, any>;

/**
 * Until when reads ask past the answers the server's edge keeps (Cache-Control: max-age=0): for a few seconds after
 * the live socket told of a new article, so the refetch it triggers shows it.
 */
let revalidateUntil = 0;
const REVALIDATE_AFTER_EVENT_MS = 5000;

export async function getJson<T = Json>(path: string): Promise<T> {
  const cache: RequestCache = Date.now() < revalidateUntil ? "no-cache" : "default";
  const res = await fetch(path, { headers: { accept: "application/json" }, cache });
  if (!res.ok) {
    const problem = await res.json().catch(() => ({ detail: res.statusText }));
    throw new Error(problem.detail ?? `HTTP ${res.status}`);
  }
  return res.json() as Promise<T>;
}

/** Every page of a cursor-paginated list. */
export async function getAll(path: string, key: string, max = 2000): Promise<Json[]> {
  const out: Json[] = [];
  let cursor: string | null = null;
  do {
    const sep = path.includes("?") ? "&" : "?";
    const page: Json = await getJson(`${path}${sep}limit=200${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`);
    out.push(...page[key]);
    cursor = page.next_cursor;
  } while (cursor && out.length < max);
  return out;
}

/** Live updates: calls back on every article recorded; reconnects with back-off. */
export function listen(onArticle: (event: Json) => void, onStatus: (live: boolean) => void): void {
  let delay = 1000;
  const open = () => {
    const ws = new WebSocket(`${location.protocol === "https:" ? "wss" : "ws"}://${location.host}/v1/live`);
    ws.onopen = () => {
      delay = 1000;
      onStatus(true);
    };
    ws.onmessage = (e) => {
      const event = JSON.parse(String(e.data));
      if (event.type === "article") {
        revalidateUntil = Date.now() + REVALIDATE_AFTER_EVENT_MS;
        onArticle(event);
      }
    };
    ws.onclose = () => {
      onStatus(false);
      setTimeout(open, delay);
      delay = Math.min(30000, delay * 2);
    };
  };
  open();
}

/** The review token the analyst entered, kept for this browser tab only. */
export const reviewToken = {
  get: () => sessionStorage.getItem("review-token") ?? "",
  set: (v: string) => sessionStorage.setItem("review-token", v),
};

/** A write with the review token; a problem+json answer becomes an Error with its detail and status. */
export async function sendJson(path: string, body: unknown, headers: Record<string, string> = {}): Promise<Json> {
  const res = await fetch(path, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json", authorization: `Bearer ${reviewToken.get()}`, ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const data = await res.json().catch(() => ({}));
  if (!res.ok) throw Object.assign(new Error(data.detail ?? `HTTP ${res.status}`), { status: res.status });
  return data;
}
