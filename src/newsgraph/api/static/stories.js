// Stories: articles about the same happening, grouped by the store (GET /api/v1/stories), and
// one story's page: its articles side by side, one column per outlet's version, each with the
// quotes it carried, then the story's merged events with GDELT's NumMentions/NumArticles/
// NumSources. Side by side because that is how an analyst compares coverage: who quoted whom,
// which outlet left out which event.

import { fmt, h } from "./dom.js";
import { QUAD } from "./reader.js";

export function daySpan(first, last) {
  if (!first) return "undated";
  return first === last ? first : `${first} – ${last}`;
}

function plural(n, one, many = `${one}s`) {
  return `${n} ${n === 1 ? one : many}`;
}

function storyCounts(st) {
  return `${plural(st.articles, "article")} · ${plural(st.sources, "outlet")} · ${plural(st.events, "merged event")}`;
}

export function storyList(items) {
  if (!items.length) return h("p", { class: "muted" }, "No stories: ingest articles first, or loosen the filters.");
  return h(
    "ul",
    { class: "cards" },
    items.map((st) =>
      h(
        "li",
        { class: "card story-card", "data-story": st.id, "data-articles": st.articles, "data-sources": st.sources },
        h("a", { href: `#/story/${st.id}` }, st.label || `Story ${st.id}`),
        h("span", { class: "muted" }, ` ${daySpan(st.first_day, st.last_day)}`),
        h("span", { class: "counts muted" }, ` · ${storyCounts(st)}`),
        st.actors.length ? h("p", { class: "actors" }, h("span", { class: "muted" }, "Main actors: "), st.actors.join(", ")) : "",
      ),
    ),
  );
}

function quoteItem(q) {
  const speaker = q.speaker_name || q.speaker_text || "unknown speaker";
  return h(
    "li",
    { "data-speaker": q.speaker_name || "", "data-direct": q.direct ? "true" : "false" },
    h("strong", {}, speaker),
    q.speaker_code ? [" ", h("code", {}, q.speaker_code)] : "",
    q.via.length ? h("span", { class: "muted" }, ` via ${q.via.map((v) => v.name).join(" → ")}`) : "",
    q.cue ? h("span", { class: "muted" }, ` (${q.cue})`) : "",
    h("blockquote", {}, q.direct ? `“${q.text}”` : q.text),
  );
}

// One column: the outlet, the article's headline (a link to the reader), its day, and what it
// carried: quotes in text order and the merged events it reported.
function articleColumn(a, index, byId, reported, cameo) {
  const headingId = `story-col-${index}`;
  const notes = [];
  if (a.duplicate_of) {
    const original = byId.get(a.duplicate_of);
    notes.push(h("p", { class: "warning small" }, `Near copy of ${original ? `${original.outlet}'s version` : a.duplicate_of}; not analysed.`));
  }
  if (a.copies.length) notes.push(h("p", { class: "muted small" }, `Also published verbatim as: ${a.copies.join(", ")}`));
  const events = reported.get(a.id) || [];
  return h(
    "article",
    { class: "story-col", "data-article": a.id, "data-outlet": a.outlet, "aria-labelledby": headingId },
    h("p", { class: "outlet" }, a.outlet),
    h("h4", { id: headingId }, h("a", { href: `#/article/${encodeURIComponent(a.id)}` }, a.title || "(untitled)")),
    h("p", { class: "muted small source" }, a.day || "undated", " · ", webLink(a.url) || a.source),
    notes,
    h("h5", {}, `Quotes (${a.quotes.length})`),
    a.quotes.length ? h("ul", { class: "quote-list" }, a.quotes.map(quoteItem)) : h("p", { class: "muted small" }, a.duplicate_of ? "Not analysed." : "No quotes found."),
    h("h5", {}, `Events reported (${events.length})`),
    events.length
      ? h("ul", { class: "col-events" }, events.map((ev) =>
          h("li", { "data-merged": ev.id }, h("code", {}, ev.cameo), ` ${cameoName(ev.cameo, cameo)}: ${actorName(ev, "source")} → ${actorName(ev, "target")}`)))
      : h("p", { class: "muted small" }, "None."),
  );
}

// Only web addresses become links: a stored URL is data, and a javascript: one must not run.
function webLink(url) {
  return url && /^https?:\/\//i.test(url) ? h("a", { href: url, rel: "noopener noreferrer" }, url) : url;
}

function cameoName(code, cameo) {
  const entry = cameo.get(code);
  return entry ? entry.name.toLowerCase() : "";
}

function actorName(ev, side) {
  return ev[`${side}_name`] || ev[`${side}_code`] || "(none)";
}

function actorCell(ev, side) {
  const name = ev[`${side}_name`];
  const code = ev[`${side}_code`];
  return h("td", {}, name || "", code ? [" ", h("code", {}, code)] : "", !name && !code ? h("span", { class: "muted" }, "(none)") : "");
}

function mergedEventsTable(events, byId, cameo) {
  if (!events.length) return h("p", { class: "muted" }, "No merged events.");
  const table = h("table", { class: "events merged" });
  table.append(h("caption", {}, `${plural(events.length, "merged event")}, most reported first`));
  const head = [
    ["CAMEO event"], ["Source"], ["Target"], ["Date"], ["Goldstein"], ["Quad"],
    ["NumMentions", "Sentences coding the event, copies included"],
    ["NumArticles", "Articles reporting it, copies included"],
    ["NumSources", "Distinct outlets reporting it"],
    ["Reported by"], ["Evidence"],
  ];
  table.append(h("thead", {}, h("tr", {}, head.map(([c, title]) => h("th", { scope: "col", title }, c)))));
  const tbody = h("tbody");
  for (const ev of events) {
    const entry = cameo.get(ev.cameo);
    const outlets = [...new Set(ev.evidence.map((e) => (byId.get(e.article_id) || { outlet: e.article_id }).outlet))];
    const evidence = h(
      "details",
      {},
      h("summary", {}, plural(ev.evidence.length, "sentence")),
      h("ul", { class: "evidence-list" }, ev.evidence.map((e) => {
        const a = byId.get(e.article_id);
        return h("li", {}, h("a", { href: `#/article/${encodeURIComponent(e.article_id)}` }, a ? a.outlet : e.article_id), ": ", e.text);
      })),
    );
    tbody.append(
      h(
        "tr",
        {
          class: `q${ev.quad_class}`,
          "data-merged": ev.id,
          "data-cameo": ev.cameo,
          "data-source": ev.source_code,
          "data-target": ev.target_code,
          "data-num-mentions": ev.num_mentions,
          "data-num-articles": ev.num_articles,
          "data-num-sources": ev.num_sources,
        },
        h("td", { class: "cameo" }, h("code", {}, ev.cameo), entry ? ` ${entry.name}` : ""),
        actorCell(ev, "source"),
        actorCell(ev, "target"),
        h("td", { class: "date" }, ev.day || ""),
        h("td", { class: "num" }, fmt(ev.goldstein)),
        h("td", { class: "num", title: QUAD[ev.quad_class] || "" }, String(ev.quad_class)),
        h("td", { class: "num", "data-col": "num_mentions" }, String(ev.num_mentions)),
        h("td", { class: "num", "data-col": "num_articles" }, String(ev.num_articles)),
        h("td", { class: "num", "data-col": "num_sources" }, String(ev.num_sources)),
        h("td", { class: "outlets" }, outlets.join(", ")),
        h("td", { class: "evidence" }, evidence),
      ),
    );
  }
  table.append(tbody);
  return h("div", { class: "table-wrap" }, table);
}

export function renderStory(container, data, cameo) {
  const st = data.story;
  const byId = new Map(data.articles.map((a) => [a.id, a]));
  const reported = new Map();
  for (const ev of data.events) {
    for (const id of new Set(ev.evidence.map((e) => e.article_id))) {
      if (!reported.has(id)) reported.set(id, []);
      reported.get(id).push(ev);
    }
  }
  const columns = h(
    "div",
    // Focusable so the keyboard can scroll it sideways when the columns overflow.
    { class: "story-columns", role: "region", "aria-label": "Articles side by side, scrollable", tabindex: "0" },
    data.articles.map((a, i) => articleColumn(a, i, byId, reported, cameo)),
  );
  container.append(
    h(
      "header",
      { class: "story-head", "data-story": st.id },
      h("h2", { id: "h-story" }, st.label || `Story ${st.id}`),
      h("p", { class: "muted" }, `${daySpan(st.first_day, st.last_day)} · ${storyCounts(st)}`),
      st.actors.length ? h("p", { class: "actors" }, h("span", { class: "muted" }, "Main actors: "), st.actors.join(", ")) : "",
    ),
    h("section", { "aria-labelledby": "h-story-articles" }, h("h3", { id: "h-story-articles" }, `Articles side by side (${data.articles.length})`), columns),
    h("section", { class: "panel wide", "aria-labelledby": "h-story-events" }, h("h3", { id: "h-story-events" }, "Merged events"), mergedEventsTable(data.events, byId, cameo)),
  );
}
