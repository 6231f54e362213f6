// The view state lives in the URL, so any view can be shared as a link.
export interface ViewState {
  view: "matrix" | "timeline" | "article" | "review";
  topic: string;
  party: string;
  from: string;
  to: string;
  lang: "ar" | "en";
  article: string;
  obs: string;
  /** Review page: the kind of item shown (empty: all). */
  kind: string;
  /** Review page: the key of the item on screen, so a link opens that item (where it is still in the queue). */
  item: string;
}

export function readState(): ViewState {
  const q = new URLSearchParams(location.search);
  const view = q.get("view");
  return {
    view: view === "timeline" || view === "article" || view === "review" ? view : "matrix",
    topic: q.get("topic") ?? "",
    party: q.get("party") ?? "",
    from: q.get("from") ?? "",
    to: q.get("to") ?? "",
    lang: q.get("lang") === "en" ? "en" : "ar",
    article: q.get("article") ?? "",
    obs: q.get("obs") ?? "",
    kind: q.get("kind") ?? "",
    item: q.get("item") ?? "",
  };
}

export function writeState(state: ViewState, replace = false): void {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(state))
    if (v && !(k === "view" && v === "matrix") && !(k === "lang" && v === "ar") && !(k === "item" && state.view !== "review")) q.set(k, v);
  const url = `${location.pathname}${q.size ? `?${q}` : ""}`;
  if (replace) history.replaceState(null, "", url);
  else history.pushState(null, "", url);
}
