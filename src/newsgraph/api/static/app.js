// newsgraph web UI: hash routes (#/analyse, #/articles, #/article/<id>, #/stories,
// #/story/<id>, #/events, #/timeline, #/network, #/map) over the JSON API. The event selection (the filter form) is shared by the
// events table, the charts and the downloads, and kept in the address (#/events?root=03) so a
// view can be bookmarked or shared.

import { adoptTokenFromUrl, download, getJSON, postBody } from "./api.js";
import { drawNetwork, drawTimeline } from "./charts.js";
import { drawMap } from "./map.js";
import { clear, h, notAnalysedReason, setAnalysedLanguages, snippet, status } from "./dom.js";
import { eventsTable, renderArticle } from "./reader.js";
import { renderStory, storyList } from "./stories.js";

const VIEWS = ["analyse", "articles", "article", "stories", "story", "events", "timeline", "network", "map"];
const PARENT = { article: "articles", story: "stories" };
const SELECTION_VIEWS = new Set(["events", "timeline", "network", "map"]);
const FILTERS = ["actor", "country", "source_country", "target_country", "root", "cameo", "quad_class", "since", "until", "place", "text"];
const PAGE = 25;
const STORY_PAGE = 50;
const STORY_FILTERS = ["actor", "since", "until", "min_articles"];

const state = {
  cameo: new Map(),
  countries: null,
  selection: new URLSearchParams(),
  articles: { offset: 0, q: "" },
  eventsCursor: null,
};

function $(id) {
  return document.getElementById(id);
}

async function guard(task, busy) {
  if (busy) busy.setAttribute("aria-busy", "true");
  try {
    await task();
  } catch (err) {
    status(err.message || String(err), "error");
    throw err;
  } finally {
    if (busy) busy.removeAttribute("aria-busy");
  }
}

// --- reference data and header ---------------------------------------------------------

async function loadCameo() {
  if (state.cameo.size) return;
  const data = await getJSON("/reference/cameo");
  for (const c of data.items) state.cameo.set(c.code, c);
  const select = document.querySelector('#selection select[name="root"]');
  for (const c of data.items.filter((c) => c.code.length === 2)) {
    select.append(h("option", { value: c.code }, `${c.code} ${c.name.toLowerCase()}`));
  }
  select.value = state.selection.get("root") || "";
}

async function refreshStats() {
  const st = await getJSON("/stats");
  setAnalysedLanguages(st.analysed_languages);
  $("store-stats").textContent =
    `${st.articles} articles · ${st.events} events · ${st.quotes} quotes` +
    (st.first_day ? ` · ${st.first_day} to ${st.last_day}` : "");
}

// --- routing ---------------------------------------------------------------------------

function parseHash() {
  const raw = location.hash.replace(/^#\/?/, "");
  const [path, query = ""] = raw.split("?");
  const parts = path.split("/").filter(Boolean);
  const view = VIEWS.includes(parts[0]) ? parts[0] : "analyse";
  return { view, arg: parts.slice(1).map(decodeURIComponent).join("/"), params: new URLSearchParams(query) };
}

function selectionQuery() {
  const out = new URLSearchParams();
  for (const [k, v] of state.selection) if (v) out.set(k, v);
  return out;
}

function go(view, params) {
  const query = params && params.toString() ? `?${params}` : "";
  const target = `#/${view}${query}`;
  if (location.hash === target) route().catch(() => {});
  else location.hash = target;
}

async function route() {
  const { view, arg, params } = parseHash();
  for (const name of VIEWS) $(`view-${name}`).hidden = name !== view;
  document.querySelectorAll("nav a[data-view]").forEach((a) => {
    const current = a.dataset.view === view || PARENT[view] === a.dataset.view;
    if (current) a.setAttribute("aria-current", "page");
    else a.removeAttribute("aria-current");
  });
  const form = $("selection");
  form.hidden = !SELECTION_VIEWS.has(view);
  if (SELECTION_VIEWS.has(view)) {
    state.selection = new URLSearchParams([...params].filter(([k]) => FILTERS.includes(k)));
    fillSelectionForm();
    // The selection travels with the view links, so moving from the table to the charts keeps it.
    const query = selectionQuery().toString();
    document.querySelectorAll("nav a[data-view]").forEach((a) => {
      if (SELECTION_VIEWS.has(a.dataset.view)) a.setAttribute("href", `#/${a.dataset.view}${query ? `?${query}` : ""}`);
    });
  }
  status("");
  document.title = `newsgraph · ${view}`;
  const views = {
    analyse: () => {},
    articles: () => showArticles(params),
    article: () => showArticle(arg),
    stories: () => showStories(params),
    story: () => showStory(arg),
    events: () => showEvents(),
    timeline: () => showTimeline(),
    network: () => showNetwork(),
    map: () => showMap(),
  };
  await guard(views[view], $(`view-${view}`));
}

// --- selection form --------------------------------------------------------------------

function fillSelectionForm() {
  const form = $("selection");
  for (const name of FILTERS) form.elements[name].value = state.selection.get(name) || "";
}

function readSelectionForm() {
  const form = $("selection");
  const out = new URLSearchParams();
  for (const name of FILTERS) {
    let value = form.elements[name].value.trim();
    if (["country", "source_country", "target_country"].includes(name)) value = value.toUpperCase();
    if (value) out.set(name, value);
  }
  return out;
}

function wireSelection() {
  const form = $("selection");
  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    go(parseHash().view, readSelectionForm());
  });
  form.addEventListener("reset", (ev) => {
    ev.preventDefault();
    go(parseHash().view, new URLSearchParams());
  });
  form.querySelectorAll("[data-download]").forEach((button) => {
    button.addEventListener("click", () =>
      guard(async () => {
        const fmt = button.dataset.download;
        await download(`/export/events.${fmt}`, selectionQuery());
        status(`Downloaded the selection as ${button.textContent.replace("Download ", "")}.`);
      }, button),
    );
  });
}

// --- analyse ---------------------------------------------------------------------------

function articleCard(a) {
  return h(
    "li",
    { class: "card", "data-article": a.id },
    h("a", { href: `#/article/${encodeURIComponent(a.id)}` }, a.title || "(untitled)"),
    h("span", { class: "muted" }, ` ${[a.published || a.day, a.agency, a.dateline].filter(Boolean).join(" · ")}`),
    a.skipped
      ? h("span", { class: "counts muted not-analysed" }, ` ${notAnalysedReason(a.skipped)}`)
      : h("span", { class: "counts muted" }, ` ${a.events} events · ${a.quotes} quotes · ${a.entities} entities`),
  );
}

async function analyse(ev) {
  ev.preventDefault();
  const text = $("paste").value;
  const file = $("upload").files[0];
  const fetched = $("fetched-at").value;
  if (!text.trim() && !file) {
    status("Paste some text or choose a file first.", "error");
    $("paste").focus();
    return;
  }
  const params = new URLSearchParams();
  if (fetched) params.set("fetched_at", fetched.length === 16 ? `${fetched}:00` : fetched);
  const button = $("analyse-button");
  const result = $("analyse-result");
  button.disabled = true;
  status("Analysing… (the first analysis loads the language model and takes a few seconds)");
  try {
    await guard(async () => {
      let report;
      if (file) {
        const body = new FormData();
        body.append("file", file);
        report = await postBody("/ingest", body, null, params);
      } else {
        report = await postBody("/ingest", text, "text/plain; charset=utf-8", params);
      }
      clear(result);
      // A near-duplicate is written as a link to the article it copies: not new, not analysed again.
      const near = report.near_duplicates || 0;
      const parts = [`${report.written - near} new`];
      if (near) parts.push(`${near} near-duplicate${near === 1 ? "" : "s"} of stored articles`);
      if (report.duplicates + report.skipped) parts.push(`${report.duplicates + report.skipped} already stored`);
      const languages = Object.entries(report.not_analysed || {});
      if (languages.length) parts.push(`${languages.map(([l, n]) => `${n} in ${l}`).join(", ")} not analysed (language)`);
      const summary = `${report.articles.length} article(s): ${parts.join(", ")}; ` +
        `${report.events} events, ${report.quotes} quotes, ${report.entities} entities.`;
      result.append(h("h3", {}, "Result"), h("p", {}, summary), h("ul", { class: "cards" }, report.articles.map(articleCard)));
      for (const err of report.errors) result.append(h("p", { class: "warning" }, `${err.uri}: [${err.stage}] ${err.reason}`));
      if (report.articles.length) {
        const ids = report.articles.map((a) => a.id);
        result.append(h("p", {}, h("a", { href: `#/events?${new URLSearchParams()}` }, "Explore all events"), " · ", h("a", { href: "#/timeline" }, "Timeline"), " · ", h("a", { href: "#/network" }, "Network"), " · ", h("a", { href: "#/map" }, "Map")));
        const reader = h("div", { class: "analysed-article" });
        result.append(reader);
        const article = await getJSON(`/articles/${encodeURIComponent(ids[0])}`);
        renderArticle(reader, article, state.cameo);
      }
      status(summary);
      refreshStats();
    }, result);
  } finally {
    button.disabled = false;
  }
}

// --- articles --------------------------------------------------------------------------

async function showArticles(params) {
  const q = params.get("q") || "";
  const offset = Number(params.get("offset") || 0);
  $("search-q").value = q;
  const list = $("articles-list");
  clear(list);
  if (q) {
    const hits = await getJSON("/search", new URLSearchParams({ q, limit: String(PAGE), offset: String(offset) }));
    list.append(h("p", { class: "muted" }, hits.items.length ? `Matches for “${q}”` : `Nothing matches “${q}”.`));
    list.append(h("ul", { class: "cards" }, hits.items.map((hit) =>
      h("li", { class: "card", "data-article": hit.article_id }, h("a", { href: `#/article/${encodeURIComponent(hit.article_id)}` }, hit.title || "(untitled)"),
        h("span", { class: "muted" }, ` ${hit.day}`), h("p", { class: "snippet" }, snippet(hit.snippet, hit.matches))))));
    pager(offset, hits.items.length === PAGE ? offset + PAGE : null, q, null);
  } else {
    const page = await getJSON("/articles", new URLSearchParams({ limit: String(PAGE), offset: String(offset) }));
    list.append(page.items.length ? h("ul", { class: "cards" }, page.items.map(articleCard)) : h("p", { class: "muted" }, "No articles yet: analyse some text first."));
    pager(offset, page.next_offset, q, page.total);
  }
}

function pager(offset, next, q, total) {
  const params = (o) => new URLSearchParams({ ...(q ? { q } : {}), offset: String(o) });
  $("articles-prev").disabled = offset <= 0;
  $("articles-next").disabled = next === null || next === undefined;
  $("articles-prev").onclick = () => go("articles", params(Math.max(0, offset - PAGE)));
  $("articles-next").onclick = () => go("articles", params(next));
  $("articles-page").textContent = total === null ? `from ${offset + 1}` : total ? `${offset + 1}–${Math.min(offset + PAGE, total)} of ${total}` : "";
}

async function showArticle(id) {
  const article = await getJSON(`/articles/${encodeURIComponent(id)}`);
  renderArticle($("article-detail"), article, state.cameo);
  document.title = `newsgraph · ${article.title || id}`;
}

// --- stories ---------------------------------------------------------------------------

async function showStories(params) {
  const form = $("stories-form");
  for (const name of STORY_FILTERS) form.elements[name].value = params.get(name) || (name === "min_articles" ? "1" : "");
  const offset = Number(params.get("offset") || 0);
  const query = new URLSearchParams([...params].filter(([k, v]) => STORY_FILTERS.includes(k) && v));
  const page = await getJSON("/stories", new URLSearchParams([...query, ["limit", String(STORY_PAGE)], ["offset", String(offset)]]));
  clear($("stories-list")).append(storyList(page.items));
  const at = (o) => new URLSearchParams([...query, ["offset", String(o)]]);
  const full = page.items.length === STORY_PAGE;
  $("stories-prev").disabled = offset <= 0;
  $("stories-next").disabled = !full;
  $("stories-prev").onclick = () => go("stories", at(Math.max(0, offset - STORY_PAGE)));
  $("stories-next").onclick = () => go("stories", at(offset + STORY_PAGE));
  $("stories-page").textContent = page.items.length ? `${offset + 1}–${offset + page.items.length}` : "";
}

function readStoriesForm() {
  const form = $("stories-form");
  const out = new URLSearchParams();
  for (const name of STORY_FILTERS) {
    const value = form.elements[name].value.trim();
    if (value && !(name === "min_articles" && value === "1")) out.set(name, value);
  }
  return out;
}

async function showStory(id) {
  const data = await getJSON(`/stories/${encodeURIComponent(id)}`);
  renderStory(clear($("story-detail")), data, state.cameo);
  document.title = `newsgraph · ${data.story.label || `story ${id}`}`;
}

// --- selection views -------------------------------------------------------------------

async function showEvents(append = false) {
  const params = selectionQuery();
  params.set("limit", "100");
  if (append && state.eventsCursor) params.set("cursor", state.eventsCursor);
  const page = await getJSON("/events", params);
  const holder = $("events-table");
  if (!append) {
    clear(holder);
    state.loadedEvents = [];
  }
  state.loadedEvents.push(...page.items);
  state.eventsCursor = page.next_cursor;
  clear(holder).append(eventsTable(state.loadedEvents, state.cameo, { withArticle: true, caption: `${state.loadedEvents.length} events${page.next_cursor ? " (more available)" : ""}` }));
  $("events-more").hidden = !page.next_cursor;
}

async function showTimeline() {
  const data = await getJSON("/stats/timeline", selectionQuery());
  drawTimeline($("timeline-chart"), data.items);
}

async function showNetwork() {
  const data = await getJSON("/stats/network", selectionQuery());
  drawNetwork($("network-chart"), $("network-table"), data.edges, (code) => {
    const params = selectionQuery();
    params.set("actor", code);
    go("events", params);
  });
}

async function showMap() {
  if (!state.countries) state.countries = (await getJSON("/reference/countries")).items;
  const geo = await getJSON("/export/events.geojson", selectionQuery());
  const involved = new Set();
  for (const f of geo.features) {
    for (const key of ["source_country", "target_country", "place_country"]) if (f.properties[key]) involved.add(f.properties[key]);
  }
  await drawMap($("map-chart"), $("map-table"), geo.features, state.countries, involved, $("map-events"));
}

// --- start -----------------------------------------------------------------------------

async function start() {
  adoptTokenFromUrl();
  wireSelection();
  $("analyse-form").addEventListener("submit", analyse);
  $("search-form").addEventListener("submit", (ev) => {
    ev.preventDefault();
    const q = $("search-q").value.trim();
    go("articles", new URLSearchParams(q ? { q } : {}));
  });
  $("search-clear").addEventListener("click", () => go("articles", new URLSearchParams()));
  $("stories-form").addEventListener("submit", (ev) => {
    ev.preventDefault();
    go("stories", readStoriesForm());
  });
  $("stories-form").addEventListener("reset", (ev) => {
    ev.preventDefault();
    go("stories", new URLSearchParams());
  });
  $("events-more").addEventListener("click", () => guard(() => showEvents(true), $("events-more")));
  window.addEventListener("hashchange", () => route().catch(() => {}));
  try {
    await loadCameo();
    await refreshStats();
  } catch (err) {
    status(err.message || String(err), "error");
  }
  await route().catch(() => {});
  document.body.dataset.ready = "true";
}

start();
