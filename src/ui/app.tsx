// The dashboard: a matrix of parties × questions, a timeline per party and question, evidence, articles.
// Built with hono/jsx/dom and Chart.js, bundled by esbuild into static assets; it reads only the public API.
import { CategoryScale, Chart, LinearScale, LineController, LineElement, PointElement, Tooltip } from "chart.js";
import { render, useEffect, useRef, useState } from "hono/jsx/dom";
import { getAll, getJson, listen, reviewToken, sendJson, type Json } from "./api";
import { STANCE_COLOURS, stanceLabel, t, TOPIC_LABELS, TOPIC_STANCES, topicLabel, type Lang } from "./i18n";
import { readState, writeState, type ViewState } from "./state";

Chart.register(LineController, LineElement, PointElement, LinearScale, CategoryScale, Tooltip);

const TOPICS = Object.keys(TOPIC_LABELS);

/** Displayed text without bidi overrides and zero-width characters (the API keeps the verbatim evidence). */
const shown = (s: string | null | undefined) => (s ?? "").replace(/[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g, "");

interface Names {
  party: Record<string, { ar: string; en: string }>;
  actor: Record<string, { ar: string; en: string }>;
}

function useNames(): Names {
  const [names, setNames] = useState<Names>({ party: {}, actor: {} });
  useEffect(() => {
    getJson("/v1/lexicon/actors")
      .then((lex) => {
        const party: Names["party"] = {};
        for (const p of lex.parties) party[p.id] = { ar: p.name_ar, en: p.name_en };
        const actor: Names["actor"] = {};
        for (const a of lex.actors) actor[a.id] = { ar: a.aliases[0], en: a.name_en ?? party[a.party]?.en ?? a.id };
        setNames({ party, actor });
      })
      .catch(() => undefined);
  }, []);
  return names;
}

const partyName = (names: Names, id: string, lang: Lang) => names.party[id]?.[lang] ?? id;
const actorName = (names: Names, id: string, lang: Lang) => names.party[id]?.[lang] ?? names.actor[id]?.[lang] ?? id;

function App() {
  const [state, setState] = useState<ViewState>(readState());
  const [version, setVersion] = useState(0);
  const [live, setLive] = useState(false);
  const [toast, setToast] = useState("");
  const names = useNames();
  const lang = state.lang;

  useEffect(() => {
    const onPop = () => setState(readState());
    window.addEventListener("popstate", onPop);
    listen((event) => {
      setVersion((v) => v + 1);
      setToast(`${event.title ?? event.id}`);
      setTimeout(() => setToast(""), 6000);
    }, setLive);
    return () => window.removeEventListener("popstate", onPop);
  }, []);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.documentElement.dir = lang === "ar" ? "rtl" : "ltr";
    document.title = t("title", lang);
  }, [lang]);

  const go = (patch: Partial<ViewState>, replace = false) => {
    const next = { ...state, ...patch };
    writeState(next, replace);
    setState(next);
    window.scrollTo(0, 0);
  };

  return (
    <div class="page">
      <header class="top">
        <h1>
          <a href="/" onClick={(e: Event) => (e.preventDefault(), go({ view: "matrix", article: "", obs: "" }))}>
            {t("title", lang)}
          </a>
        </h1>
        <span class={`live ${live ? "on" : "off"}`} role="status" aria-live="polite" data-testid="live">
          {live ? t("live", lang) : t("offline", lang)}
        </span>
        <a
          class="nav"
          href="/?view=review"
          data-testid="nav-review"
          onClick={(e: Event) => (e.preventDefault(), go({ view: "review", article: "", obs: "", item: "" }))}
        >
          {t("review", lang)}
        </a>
        <button class="lang" onClick={() => go({ lang: lang === "ar" ? "en" : "ar" }, true)}>
          {t("language", lang)}
        </button>
      </header>
      {toast && (
        <p class="toast" role="status" data-testid="toast">
          {t("newArticle", lang)}: <bdi>{shown(toast)}</bdi>
        </p>
      )}
      <Filters state={state} go={go} names={names} />
      <main>
        {state.view === "matrix" && <Alerts state={state} go={go} names={names} version={version} />}
        {state.view === "matrix" && <Matrix state={state} go={go} names={names} version={version} />}
        {state.view === "timeline" && <Timeline state={state} go={go} names={names} version={version} />}
        {state.view === "article" && <ArticleView state={state} go={go} names={names} version={version} />}
        {state.view === "review" && <Review state={state} go={go} names={names} version={version} />}
      </main>
    </div>
  );
}

type ViewProps = { state: ViewState; go: (patch: Partial<ViewState>, replace?: boolean) => void; names: Names; version: number };

function Filters({ state, go, names }: Omit<ViewProps, "version">) {
  const lang = state.lang;
  const [parties, setParties] = useState<string[]>([]);
  useEffect(() => {
    getJson("/v1/parties")
      .then((r) => setParties(r.parties.map((p: Json) => p.party)))
      .catch(() => undefined);
  }, []);
  return (
    <form class="filters" aria-label="filters" onSubmit={(e: Event) => e.preventDefault()}>
      <label>
        {t("topic", lang)}
        <select name="topic" value={state.topic} onChange={(e: Event) => go({ topic: (e.target as HTMLSelectElement).value }, true)}>
          <option value="">{t("allTopics", lang)}</option>
          {TOPICS.map((x) => (
            <option value={x} selected={state.topic === x}>
              {topicLabel(x, lang)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t("party", lang)}
        <select name="party" onChange={(e: Event) => go({ party: (e.target as HTMLSelectElement).value }, true)}>
          <option value="">{t("allParties", lang)}</option>
          {parties.map((p) => (
            <option value={p} selected={state.party === p}>
              {partyName(names, p, lang)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t("from", lang)}
        <input
          type="date"
          name="from"
          value={state.from}
          onChange={(e: Event) => go({ from: (e.target as HTMLInputElement).value }, true)}
        />
      </label>
      <label>
        {t("to", lang)}
        <input type="date" name="to" value={state.to} onChange={(e: Event) => go({ to: (e.target as HTMLInputElement).value }, true)} />
      </label>
      <ExportLinks state={state} />
      {(state.from || state.to || state.party || state.topic) && (
        <button type="button" onClick={() => go({ from: "", to: "", party: "", topic: "" }, true)}>
          {t("clear", lang)}
        </button>
      )}
    </form>
  );
}

/** Downloads of what the filters select: observations (CSV for Excel and R, JSON lines) and the networks (GraphML). */
function ExportLinks({ state }: { state: ViewState }) {
  const q = new URLSearchParams();
  for (const k of ["party", "topic", "from", "to"] as const) if (state[k]) q.set(k, state[k]);
  const qs = q.size ? `?${q}` : "";
  const lang = state.lang;
  return (
    <p class="exports" data-testid="exports">
      {t("export", lang)}: <a href={`/v1/export/observations.csv${qs}`}>CSV</a> · <a href={`/v1/export/observations.jsonl${qs}`}>JSONL</a> ·{" "}
      <a href={`/v1/export/network.graphml${qs}`}>GraphML ({t("actorsConcepts", lang)})</a> ·{" "}
      <a href={`/v1/export/network.graphml?graph=agreement${state.from ? `&from=${state.from}` : ""}${state.to ? `&to=${state.to}` : ""}`}>
        GraphML ({t("agreement", lang)})
      </a>
    </p>
  );
}

const range = (s: ViewState) => [s.from && `from=${s.from}`, s.to && `to=${s.to}`].filter(Boolean).join("&");

function Matrix({ state, go, names, version }: ViewProps) {
  const lang = state.lang;
  const [rows, setRows] = useState<Record<string, Record<string, Json>> | null>(null);
  const [open, setOpen] = useState<Record<string, boolean>>({});
  const [error, setError] = useState("");
  const topics = state.topic ? [state.topic] : TOPICS;
  useEffect(() => {
    Promise.all(TOPICS.map((topic) => getJson(`/v1/topics/${topic}?${range(state)}`)))
      .then((matrices) => {
        const byParty: Record<string, Record<string, Json>> = {};
        matrices.forEach((m, i) => {
          for (const cell of m.parties) (byParty[cell.party] ??= {})[TOPICS[i]!] = cell;
        });
        setRows(byParty);
      })
      .catch((e: Error) => setError(e.message));
  }, [state.from, state.to, version]);
  if (error) return <p class="error">{error}</p>;
  if (!rows) return <p>{t("loading", lang)}</p>;
  const parties = Object.keys(rows)
    .filter((p) => !state.party || p === state.party)
    .sort((a, b) => partyName(names, a, lang).localeCompare(partyName(names, b, lang), lang));
  if (parties.length === 0) return <p>{t("noData", lang)}</p>;
  return (
    <div class="scroll">
      <table class="matrix" data-testid="matrix">
        <thead>
          <tr>
            <th scope="col">{t("party", lang)}</th>
            {topics.map((x) => (
              <th scope="col">{topicLabel(x, lang)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {parties.flatMap((party) => {
            const cells = rows[party]!;
            const actors = [...new Set(topics.flatMap((x) => (cells[x]?.actors ?? []).map((a: Json) => a.actor as string)))].filter(
              (a) => a !== party,
            );
            const main = (
              <tr data-party={party}>
                <th scope="row">
                  <span class="pname">{partyName(names, party, lang)}</span>
                  {actors.length > 0 && (
                    <button
                      class="expand"
                      aria-expanded={open[party] ? "true" : "false"}
                      onClick={() => setOpen({ ...open, [party]: !open[party] })}
                    >
                      {open[party] ? t("hideSpeakers", lang) : t("showSpeakers", lang)} ({actors.length})
                    </button>
                  )}
                </th>
                {topics.map((x) => (
                  <Cell
                    cell={cells[x]}
                    lang={lang}
                    onOpen={() => go({ view: "timeline", party, topic: x, obs: "" })}
                    testid={`cell-${party}-${x}`}
                  />
                ))}
              </tr>
            );
            const speakerRows = open[party]
              ? actors.map((actor) => (
                  <tr class="speaker" data-actor={actor}>
                    <th scope="row">{actorName(names, actor, lang)}</th>
                    {topics.map((x) => (
                      <Cell
                        cell={cells[x]?.actors.find((a: Json) => a.actor === actor)}
                        lang={lang}
                        onOpen={() => go({ view: "timeline", party, topic: x, obs: "" })}
                      />
                    ))}
                  </tr>
                ))
              : [];
            return [main, ...speakerRows];
          })}
        </tbody>
      </table>
    </div>
  );
}

function Cell({ cell, lang, onOpen, testid }: { cell?: Json; lang: Lang; onOpen: () => void; testid?: string }) {
  if (!cell) return <td class="empty">—</td>;
  return (
    <td>
      <button
        class="cell"
        style={`--c:${STANCE_COLOURS[cell.current] ?? "#555"}`}
        onClick={onOpen}
        data-testid={testid}
        data-stance={cell.current}
      >
        <span class="label">{stanceLabel(cell.current, lang)}</span>
        <span class="meta">
          {cell.observations} {t("observations", lang)}
          {cell.contested && <span class="contested"> · {t("contestedCell", lang)}</span>}
        </span>
        <span class="meta">
          {t("lastChange", lang)}: <time>{cell.last_change}</time>
        </span>
      </button>
    </td>
  );
}

function Timeline({ state, go, names, version }: ViewProps) {
  const lang = state.lang;
  const [obs, setObs] = useState<Json[] | null>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const chart = useRef<Chart<"line", Array<{ x: number; y: string }>> | null>(null);
  const topic = state.topic || TOPICS[0]!;
  useEffect(() => {
    if (!state.party) return;
    getAll(`/v1/parties/${state.party}/history?topic=${topic}&${range(state)}`, "observations")
      .then(setObs)
      .catch(() => setObs([]));
  }, [state.party, topic, state.from, state.to, version]);
  useEffect(() => {
    if (!obs || !canvas.current) return;
    chart.current?.destroy();
    const labels = TOPIC_STANCES[topic] ?? [];
    chart.current = new Chart(canvas.current, {
      type: "line",
      data: {
        datasets: [
          {
            data: obs.map((o) => ({ x: Date.parse(o.observed_on), y: stanceLabel(o.stance, lang) })),
            showLine: true,
            borderColor: "#9aa",
            borderWidth: 1,
            stepped: true,
            pointRadius: obs.map((o) => (o.shift ? 9 : 5)),
            pointStyle: obs.map((o) => (o.shift ? "triangle" : "circle")),
            pointBackgroundColor: obs.map((o) => STANCE_COLOURS[o.stance] ?? "#555"),
          },
        ],
      },
      options: {
        animation: false,
        maintainAspectRatio: false,
        onClick: (_e, elements) => {
          const hit = elements[0];
          if (hit) go({ obs: String(obs[hit.index]!.id) }, true);
        },
        scales: {
          x: {
            type: "linear",
            reverse: lang === "ar",
            ticks: { callback: (v) => new Date(Number(v)).toISOString().slice(0, 10), maxTicksLimit: 6 },
          },
          y: { type: "category", labels: labels.map((l) => stanceLabel(l, lang)).reverse(), offset: true },
        },
        plugins: {
          tooltip: {
            callbacks: {
              label: (ctx) =>
                `${obs[ctx.dataIndex]!.observed_on} · ${actorName(names, obs[ctx.dataIndex]!.actor, lang)} · ${stanceLabel(obs[ctx.dataIndex]!.stance, lang)}`,
            },
          },
        },
      },
    });
    return () => chart.current?.destroy();
  }, [obs, lang]);
  if (!state.party) return <p>{t("noData", lang)}</p>;
  const selected = obs?.find((o) => String(o.id) === state.obs);
  return (
    <section class="timeline">
      <p>
        <a href="/" onClick={(e: Event) => (e.preventDefault(), go({ view: "matrix", obs: "" }))}>
          {t("back", lang)}
        </a>
      </p>
      <h2>
        {partyName(names, state.party, lang)} — {topicLabel(topic, lang)}
      </h2>
      <div class="chart" data-testid="chart">
        <canvas ref={canvas} aria-label={`${t("timeline", lang)}: ${partyName(names, state.party, lang)}`} role="img" />
      </div>
      {selected && <Evidence o={selected} lang={lang} names={names} go={go} highlight />}
      {obs === null ? (
        <p>{t("loading", lang)}</p>
      ) : obs.length === 0 ? (
        <p>{t("noData", lang)}</p>
      ) : (
        <ol class="observations">
          {storyCards(obs)
            .reverse()
            .map(({ first, copies }) => (
              <li>
                <Evidence o={first} lang={lang} names={names} go={go} />
                {copies.length > 0 && (
                  <details class="copies" data-testid="copies">
                    <summary>
                      {t("alsoCarriedBy", lang)} {copies.length} {t("outlets", lang)}
                    </summary>
                    <ul>
                      {copies.map((c) => (
                        <li>
                          <time>{c.observed_on}</time> · <bdi>{shown(c.outlet) || shown(c.title) || c.article_id}</bdi> ·{" "}
                          <ArticleLink id={c.article_id} lang={lang} go={go} />
                        </li>
                      ))}
                    </ul>
                  </details>
                )}
              </li>
            ))}
        </ol>
      )}
    </section>
  );
}

/**
 * One card per evidence: syndicated copies of a story (same canonical article) giving the same speaker the same
 * label are one card, the first publication shown and the others listed as copies. In chronological order.
 */
function storyCards(obs: Json[]): Array<{ first: Json; copies: Json[] }> {
  const cards = new Map<string, { first: Json; copies: Json[] }>();
  for (const o of obs) {
    const key = `${o.canonical_id}|${o.actor}|${o.stance}`;
    const card = cards.get(key);
    if (card) card.copies.push(o);
    else cards.set(key, { first: o, copies: [] });
  }
  return [...cards.values()];
}

/** "Open the article": a real link (shareable, new tab) that navigates in place. */
function ArticleLink({ id, lang, go }: { id: string; lang: Lang; go: ViewProps["go"] }) {
  return (
    <a href={`/?view=article&article=${id}`} onClick={(e: Event) => (e.preventDefault(), go({ view: "article", article: id }))}>
      {t("openArticle", lang)}
    </a>
  );
}

function Evidence({ o, lang, names, go, highlight }: { o: Json; lang: Lang; names: Names; go: ViewProps["go"]; highlight?: boolean }) {
  return (
    <article
      class={`evidence ${highlight ? "selected" : ""}`}
      data-testid={highlight ? "evidence-selected" : "evidence"}
      style={`--c:${STANCE_COLOURS[o.stance] ?? "#555"}`}
    >
      <header>
        <span class="label">{stanceLabel(o.stance, lang)}</span>
        {o.shift && <span class="shift">▲ {t("shift", lang)}</span>}
        <span>{actorName(names, o.actor, lang)}</span>
        {o.reported_by && (
          <span>
            {t("reportedBy", lang)} {partyName(names, o.reported_by, lang)}
          </span>
        )}
      </header>
      <blockquote dir="rtl" lang="ar" class="quote" data-testid="quote">
        {shown(o.evidence)}
      </blockquote>
      <footer>
        <time>{o.observed_on}</time>{" "}
        <small>
          ({t("dateKnown", lang)}: {o.date_source})
        </small>
        {o.outlet && (
          <span>
            {" "}
            · <bdi>{shown(o.outlet)}</bdi>
          </span>
        )}{" "}
        · <ArticleLink id={o.article_id} lang={lang} go={go} />
      </footer>
    </article>
  );
}

function ArticleView({ state, go, names }: ViewProps) {
  const lang = state.lang;
  const [article, setArticle] = useState<Json | null>(null);
  const [error, setError] = useState("");
  useEffect(() => {
    getJson(`/v1/articles/${state.article}`)
      .then(setArticle)
      .catch((e: Error) => setError(e.message));
  }, [state.article]);
  if (error) return <p class="error">{error}</p>;
  if (!article) return <p>{t("loading", lang)}</p>;
  return (
    <section class="article">
      <p>
        <a href="/" onClick={(e: Event) => (e.preventDefault(), history.back())}>
          {t("back", lang)}
        </a>
      </p>
      <h2 dir="rtl" lang="ar">
        {shown(article.title)}
      </h2>
      <p class="meta">
        <time>{article.observed_on}</time> · {article.outlet ?? ""} {article.url && <a href={article.url}>{article.url}</a>}
      </p>
      {article.also_appeared_in.length > 0 && (
        <p class="meta">
          {t("alsoIn", lang)}:{" "}
          {article.also_appeared_in.map((x: Json) => (
            <a href={`/?view=article&article=${x.id}`} onClick={(e: Event) => (e.preventDefault(), go({ view: "article", article: x.id }))}>
              <bdi>{x.title ?? x.id}</bdi>{" "}
            </a>
          ))}
        </p>
      )}
      <div class="text" dir="rtl" lang="ar" data-testid="article-text">
        {highlighted(article.text, article.claims, names, lang)}
      </div>
    </section>
  );
}

/** The text cut at every evidence boundary; each piece inside evidence is a labelled <mark>. */
function highlighted(text: string, claims: Json[], names: Names, lang: Lang) {
  const cuts = [...new Set([0, text.length, ...claims.flatMap((c) => [c.start, c.end])])].sort((a, b) => a - b);
  const pieces = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [a, b] = [cuts[i]!, cuts[i + 1]!];
    const covering = claims.filter((c) => c.start <= a && b <= c.end);
    const piece = shown(text.slice(a, b));
    if (covering.length === 0) pieces.push(piece);
    else {
      const label = covering
        .map((c) => `${partyName(names, c.party, lang)} · ${topicLabel(c.topic, lang)}: ${stanceLabel(c.stance, lang)}`)
        .join("\n");
      const endsHere = covering.filter((c) => c.end === b);
      pieces.push(
        <mark title={label} style={`--c:${STANCE_COLOURS[covering[0]!.stance] ?? "#555"}`} data-stance={covering[0]!.stance}>
          {piece}
          {endsHere.map((c) => (
            <sup class="tag">
              {partyName(names, c.party, lang)}: {stanceLabel(c.stance, lang)}
            </sup>
          ))}
        </mark>,
      );
    }
  }
  return pieces;
}

/** The latest reversal alerts, refetched whenever an article is recorded (the live socket bumps `version`). */
function Alerts({ state, go, names, version }: ViewProps) {
  const lang = state.lang;
  const [alerts, setAlerts] = useState<Json[]>([]);
  const query = [state.party && `party=${state.party}`, state.topic && `topic=${state.topic}`].filter(Boolean).join("&");
  useEffect(() => {
    getJson(`/v1/alerts?limit=5${query ? `&${query}` : ""}`)
      .then((r) => setAlerts(r.alerts))
      .catch(() => undefined);
  }, [query, version]);
  if (alerts.length === 0) return null;
  return (
    <section class="alerts" data-testid="alerts" aria-live="polite">
      <h2>
        {t("alerts", lang)} <a href={`/v1/alerts.atom${query ? `?${query}` : ""}`}>Atom</a>
      </h2>
      <ul>
        {alerts.map((a) => (
          <li data-kind={a.kind} data-testid="alert">
            <time>{a.observed_on}</time> · <strong>{partyName(names, a.party, lang)}</strong> · {topicLabel(a.topic, lang)}:{" "}
            <span class="kind">{t(`alert_${a.kind}` as never, lang)}</span>{" "}
            {a.from && <span style={`color:${STANCE_COLOURS[a.from] ?? "#555"}`}>{stanceLabel(a.from, lang)} → </span>}
            <span style={`color:${STANCE_COLOURS[a.to] ?? "#555"}`}>{stanceLabel(a.to, lang)}</span>{" "}
            <a
              href={`/?view=timeline&party=${a.party}&topic=${a.topic}`}
              onClick={(e: Event) => (e.preventDefault(), go({ view: "timeline", party: a.party, topic: a.topic, obs: "" }))}
            >
              {t("timeline", lang)}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}

const KINDS = ["", "low_confidence", "contested", "unknown_speaker"] as const;

/**
 * The review queue: what the machine is unsure of, the item's sentence with the evidence marked, the matrix cell
 * it affects, and one-key decisions (a accept, r reject, l relabel, m map a speaker, n next, u undo).
 */
function Review({ state, go, names, version }: ViewProps) {
  const lang = state.lang;
  const [page, setPage] = useState<Json | null>(null);
  const [at, setAt] = useState(0);
  const [token, setToken] = useState(reviewToken.get());
  const [message, setMessage] = useState("");
  const [last, setLast] = useState<Json | null>(null);
  const [relabelTo, setRelabelTo] = useState("");
  const [mapTo, setMapTo] = useState("");
  const [reload, setReload] = useState(0);
  const [threshold, setThreshold] = useState("");
  const query = [
    state.kind && `kind=${state.kind}`,
    state.party && `party=${state.party}`,
    state.topic && `topic=${state.topic}`,
    threshold && `threshold=${threshold}`,
  ]
    .filter(Boolean)
    .join("&");
  /**
   * The key of the item on screen, so that a reload keeps it there (see below); before the queue's first load, the
   * item the page's link names (`item=`), so that the link opens it.
   */
  const shownKey = useRef<string | undefined>(state.item || undefined);
  useEffect(() => {
    getJson(`/v1/review?limit=50${query ? `&${query}` : ""}`)
      .then((p) => {
        setPage(p);
        // The queue reloads whenever an article is recorded, and items may come in ahead of the one on screen: keep
        // that one shown wherever it now is, so that the key pressed next acts on what the analyst is reading. Where it
        // left the queue (decided), the item after it takes its place.
        setAt((i) => {
          const kept = shownKey.current === undefined ? -1 : p.items.findIndex((x: Json) => x.key === shownKey.current);
          return kept >= 0 ? kept : Math.min(i, Math.max(0, p.items.length - 1));
        });
      })
      .catch((e: Error) => setMessage(e.message));
  }, [query, version, reload]);
  const item: Json | undefined = page?.items[at];
  if (page) shownKey.current = item?.key;
  useEffect(() => {
    setRelabelTo("");
    setMapTo(item?.speaker?.suggested_party ?? "");
    // The page's link follows the item on screen (replacing the history entry: stepping is not navigating).
    if (page && (item?.key ?? "") !== new URLSearchParams(location.search).get("item"))
      writeState({ ...state, item: item?.key ?? "" }, true);
  }, [item?.key, page]);

  /** Send a decision (or an alias, a dismissal) and show its outcome; the queue reloads. */
  const send = async (path: string, body: Json, ifMatch?: string) => {
    try {
      const r = await sendJson(path, body, ifMatch ? { "if-match": ifMatch } : {});
      setLast(r.decision);
      setMessage(`${t("decided", lang)} #${r.decision.id}`);
      setReload((n) => n + 1);
    } catch (e) {
      setMessage((e as Error).message);
    }
  };
  const decide = (body: Json, ifMatch?: string) => send("/v1/review/decisions", body, ifMatch);
  const claimOf = (i: Json) => ({
    party: i.claim.party,
    topic: i.claim.topic,
    stance: i.claim.stance,
    start: i.evidence.start,
    end: i.evidence.end,
  });
  const act = async (action: "accept" | "reject" | "relabel" | "map" | "next" | "undo") => {
    if (action === "next") return setAt((i) => (page && page.items.length ? (i + 1) % page.items.length : 0));
    if (action === "undo") {
      if (!last) return;
      try {
        await sendJson(`/v1/review/decisions/${last.id}/undo`, undefined);
        setMessage(`${t("undo", lang)} #${last.id}`);
        setLast(null);
        setReload((n) => n + 1);
      } catch (e) {
        setMessage((e as Error).message);
      }
      return;
    }
    if (!item) return;
    if (action === "map") {
      if (item.kind !== "unknown_speaker" || !mapTo) return;
      return send("/v1/review/aliases", { name: item.speaker.name, party: mapTo }, item.etag);
    }
    if (item.kind === "unknown_speaker" && action === "reject") {
      return send("/v1/review/speakers/dismiss", { name: item.speaker.name }, item.etag);
    }
    if (item.kind !== "low_confidence") return;
    const base = { article_id: item.article.id, claim: claimOf(item) };
    if (action === "relabel") {
      if (!relabelTo) return;
      return decide({ action: "relabel", ...base, to: { stance: relabelTo } }, item.etag);
    }
    return decide({ action, ...base }, item.etag);
  };
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement;
      if (e.ctrlKey || e.metaKey || e.altKey || ["INPUT", "SELECT", "TEXTAREA"].includes(target.tagName)) return;
      const keys: Record<string, Parameters<typeof act>[0]> = {
        a: "accept",
        r: "reject",
        l: "relabel",
        m: "map",
        n: "next",
        j: "next",
        u: "undo",
      };
      const action = keys[e.key.toLowerCase()];
      if (action) {
        e.preventDefault();
        void act(action);
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  });

  return (
    <section class="review" data-testid="review">
      <h2>{t("review", lang)}</h2>
      <label class="token">
        {t("reviewToken", lang)}{" "}
        <input
          type="password"
          name="review-token"
          autocomplete="off"
          value={token}
          onInput={(e: Event) => {
            const v = (e.target as HTMLInputElement).value;
            setToken(v);
            reviewToken.set(v);
          }}
        />
      </label>
      <label class="threshold">
        {t("threshold", lang)}{" "}
        <input
          type="number"
          name="threshold"
          min="0"
          max="1"
          step="0.05"
          placeholder={page ? String(page.threshold) : ""}
          value={threshold}
          onChange={(e: Event) => setThreshold((e.target as HTMLInputElement).value)}
        />
      </label>
      <nav class="kinds" aria-label={t("review", lang)}>
        {KINDS.map((k) => (
          <button
            class={state.kind === k ? "on" : ""}
            aria-pressed={state.kind === k ? "true" : "false"}
            data-testid={`kind-${k || "all"}`}
            onClick={() => go({ kind: k }, true)}
          >
            {t(k || "all", lang)}{" "}
            <span class="count">
              {k ? (page?.counts[k] ?? "…") : page ? Object.values(page.counts as Record<string, number>).reduce((a, b) => a + b, 0) : "…"}
            </span>
          </button>
        ))}
      </nav>
      <p class="hint">{t("shortcuts", lang)}</p>
      {message && (
        <p class="toast" role="status" data-testid="review-status">
          {message}{" "}
          {last && (
            <button onClick={() => void act("undo")} data-testid="undo">
              {t("undo", lang)}
            </button>
          )}
        </p>
      )}
      {!page ? (
        <p>{t("loading", lang)}</p>
      ) : !item ? (
        <p data-testid="queue-empty">{t("queueEmpty", lang)}</p>
      ) : (
        <article class="item" data-testid="review-item" data-kind={item.kind} data-key={item.key}>
          <header>
            <span class="kind">{t(item.kind, lang)}</span>
            {item.impact && <span class="impact">★ {t("impact", lang)}</span>}
            <span>
              {at + 1} / {page.items.length}
            </span>
          </header>
          <p class="reason">{item.reason}</p>
          <blockquote dir="rtl" lang="ar" class="quote" data-testid="review-sentence">
            {markEvidence(item)}
          </blockquote>
          <p class="meta">
            <time>{item.article.observed_on}</time> · <bdi>{shown(item.article.title) || item.article.id}</bdi> ·{" "}
            <ArticleLink id={item.article.id} lang={lang} go={go} />
          </p>
          {item.claim && (
            <p class="claim" data-testid="review-claim">
              {actorName(names, item.claim.actor, lang)} ({partyName(names, item.claim.party, lang)}) · {topicLabel(item.claim.topic, lang)}
              : <strong style={`color:${STANCE_COLOURS[item.claim.stance] ?? "#555"}`}>{stanceLabel(item.claim.stance, lang)}</strong> ·{" "}
              {Math.round(item.claim.confidence * 100)}%
            </p>
          )}
          {item.cell && (
            <p class="cell-effect" data-testid="review-cell">
              <a
                href="/"
                onClick={(e: Event) => (e.preventDefault(), go({ view: "timeline", party: item.cell.party, topic: item.cell.topic }))}
              >
                {partyName(names, item.cell.party, lang)} — {topicLabel(item.cell.topic, lang)}
              </a>
              : {t("cellNow", lang)} {item.cell.current ? stanceLabel(item.cell.current, lang) : "—"}
              {item.kind === "low_confidence" && (
                <span>
                  {" "}
                  · {t("ifRejected", lang)}: {item.cell.if_rejected ? stanceLabel(item.cell.if_rejected, lang) : "—"}
                </span>
              )}
            </p>
          )}
          {item.observations && (
            <ul class="contested-list">
              {item.observations.map((o: Json) => (
                <li>
                  <time>{o.observed_on}</time> {actorName(names, o.actor, lang)}:{" "}
                  <strong style={`color:${STANCE_COLOURS[o.stance] ?? "#555"}`}>{stanceLabel(o.stance, lang)}</strong>{" "}
                  <q dir="rtl" lang="ar">
                    {shown(o.evidence)}
                  </q>{" "}
                  <button
                    onClick={() =>
                      void decide(
                        {
                          action: "reject",
                          article_id: o.article_id,
                          claim: { party: o.party, topic: o.topic, stance: o.stance, start: o.start, end: o.end },
                        },
                        `"${o.version}"`,
                      )
                    }
                  >
                    {t("reject", lang)}
                  </button>
                </li>
              ))}
            </ul>
          )}
          <div class="actions">
            {item.kind === "low_confidence" && (
              <>
                <button data-testid="accept" onClick={() => void act("accept")}>
                  {t("accept", lang)} (a)
                </button>
                <button data-testid="reject" onClick={() => void act("reject")}>
                  {t("reject", lang)} (r)
                </button>
                <select
                  aria-label={t("relabel", lang)}
                  value={relabelTo}
                  onChange={(e: Event) => setRelabelTo((e.target as HTMLSelectElement).value)}
                >
                  <option value="">{t("relabel", lang)}…</option>
                  {(TOPIC_STANCES[item.claim.topic] ?? [])
                    .filter((s) => s !== item.claim.stance)
                    .map((s) => (
                      <option value={s}>{stanceLabel(s, lang)}</option>
                    ))}
                </select>
                <button data-testid="relabel" onClick={() => void act("relabel")} disabled={!relabelTo}>
                  {t("relabel", lang)} (l)
                </button>
              </>
            )}
            {item.kind === "unknown_speaker" && (
              <>
                <select
                  aria-label={t("mapSpeaker", lang)}
                  data-testid="map-party"
                  value={mapTo}
                  onChange={(e: Event) => setMapTo((e.target as HTMLSelectElement).value)}
                >
                  <option value="">{t("party", lang)}…</option>
                  {Object.keys(names.party).map((p) => (
                    <option value={p} selected={mapTo === p}>
                      {partyName(names, p, lang)}
                      {p === item.speaker.suggested_party ? ` (${t("suggested", lang)})` : ""}
                    </option>
                  ))}
                </select>
                <button data-testid="map" onClick={() => void act("map")} disabled={!mapTo}>
                  {t("mapSpeaker", lang)} (m)
                </button>
                <button data-testid="dismiss" onClick={() => void act("reject")}>
                  {t("dismiss", lang)} (r)
                </button>
              </>
            )}
            <button data-testid="next" onClick={() => void act("next")}>
              {t("next", lang)} (n)
            </button>
          </div>
        </article>
      )}
    </section>
  );
}

/** The item's sentence with its evidence marked, by offsets (both are offsets in the article's text). */
function markEvidence(item: Json) {
  const text: string = item.sentence.text;
  const from = Math.max(0, item.evidence.start - item.sentence.start);
  const to = Math.min(text.length, item.evidence.end - item.sentence.start);
  if (from >= to) return shown(text);
  return [
    shown(text.slice(0, from)),
    <mark data-testid="review-evidence" style={`--c:${STANCE_COLOURS[item.claim?.stance] ?? "#b86e00"}`}>
      {shown(text.slice(from, to))}
    </mark>,
    shown(text.slice(to)),
  ];
}

render(<App />, document.getElementById("app")!);
