// The article reader: canonical text with every entity, event, quote, place and date the
// store found highlighted in place, plus panels listing them.
//
// Marks may nest (an entity inside a quote inside an event's sentence) and may overlap
// without nesting (a quote that starts mid-sentence and runs past its end). Text is walked
// boundary by boundary with a stack of open elements; a mark that must close while marks
// opened after it are still open closes those, closes itself and reopens them as
// continuation fragments, the way HTML parsers repair misnested tags, so every mark
// still covers exactly its characters.

import { clear, fmt, h, hideTooltip, notAnalysedReason, showTooltip } from "./dom.js";

const ORDER = { event: 0, quote: 1, place: 2, date: 3, entity: 4 };
const LABELS = { entity: "Entities", event: "Events", quote: "Quotes", place: "Places", date: "Dates" };
export const QUAD = {
  1: "verbal cooperation",
  2: "material cooperation",
  3: "verbal conflict",
  4: "material conflict",
};

export function cameoLabel(code, cameo) {
  const entry = cameo.get(code);
  return entry ? `${code} ${entry.name}` : code;
}

function actorText(name, code) {
  if (!name) return "(none)";
  return code ? `${name} (${code})` : name;
}

export function eventLines(ev, cameo) {
  const lines = [
    `CAMEO ${cameoLabel(ev.cameo, cameo)}`,
    `${actorText(ev.source_name, ev.source_code)} → ${actorText(ev.target_name, ev.target_code)}`,
    `Goldstein ${fmt(ev.goldstein)} · QuadClass ${ev.quad_class} (${QUAD[ev.quad_class] || "?"})` +
      (ev.plover ? ` · PLOVER ${ev.plover}` : ""),
  ];
  const when = [ev.date, ev.place_name].filter(Boolean).join(" · ");
  if (when) lines.push(when);
  const flags = [ev.negated && "negated", ev.hypothetical && "hypothetical"].filter(Boolean);
  if (flags.length) lines.push(flags.join(", "));
  return lines;
}

function makeElement(mark, ctx, first) {
  const kind = mark.kind;
  if (kind === "entity") {
    const ent = ctx.entities.get(mark.ref);
    const code = ent ? ent.code : mark.label;
    const entKind = ent ? ent.kind : "entity";
    return h("mark", {
      class: `mk ent k-${entKind}`,
      "data-mark": "entity",
      "data-kind": entKind,
      "data-code": code || null,
      "data-entity": mark.ref,
      "data-name": ent ? ent.name : null,
      title: [entKind, code, ent && ent.name, ent && ent.title].filter(Boolean).join(" · "),
    });
  }
  if (kind === "event") {
    const ev = ctx.events.get(mark.ref);
    const el = h("span", {
      class: "mk ev",
      "data-mark": "event",
      "data-seq": mark.ref,
      "data-start": ev ? ev.evidence_start : null,
      "data-cameo": ev ? ev.cameo : mark.label,
      "data-root": ev ? ev.root : null,
      "data-source": ev ? ev.source_code : null,
      "data-target": ev ? ev.target_code : null,
      "data-goldstein": ev ? ev.goldstein : null,
      tabindex: first ? "0" : null,
      "aria-label": first && ev ? `event ${eventLines(ev, ctx.cameo).join("; ")}` : null,
    });
    return el;
  }
  if (kind === "quote") {
    const q = ctx.quotes.get(mark.ref);
    return h("span", {
      class: `mk qt${q && q.direct ? " direct" : ""}`,
      "data-mark": "quote",
      "data-speaker": q ? q.speaker_name || "" : mark.label,
      "data-start": q ? q.start : null,
      title: q ? `quote: ${q.speaker_name || "unknown speaker"}${q.via.length ? ` (via ${q.via.map((v) => v.name).join(", ")})` : ""}` : null,
    });
  }
  if (kind === "place") {
    return h("span", { class: "mk pl", "data-mark": "place", "data-country": mark.label, title: `place · ${mark.label}` });
  }
  return h("span", { class: "mk dt", "data-mark": "date", "data-value": mark.label, title: `date · ${mark.label}` });
}

function renderRange(container, text, start, end, marks, ctx) {
  const local = marks
    .filter((m) => m.start < end && m.end > start && m.end > m.start)
    .map((m) => ({ ...m, start: Math.max(m.start, start), end: Math.min(m.end, end) }))
    .sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start) || ORDER[a.kind] - ORDER[b.kind]);
  const points = new Set([start, end]);
  for (const m of local) points.add(m.start).add(m.end);
  const bounds = [...points].sort((a, b) => a - b);
  const stack = [];
  const opened = new Set();
  const top = () => (stack.length ? stack[stack.length - 1].el : container);
  const open = (m) => {
    const el = makeElement(m, ctx, !opened.has(m));
    opened.add(m);
    top().append(el);
    stack.push({ mark: m, el });
  };
  let next = 0;
  for (let i = 0; i < bounds.length; i++) {
    const p = bounds[i];
    const lowest = stack.findIndex((entry) => entry.mark.end === p);
    if (lowest >= 0) {
      const reopen = stack.splice(lowest).filter((entry) => entry.mark.end > p).map((entry) => entry.mark);
      for (const m of reopen) open(m);
    }
    while (next < local.length && local[next].start === p) open(local[next++]);
    if (i + 1 < bounds.length) top().append(text.slice(p, bounds[i + 1]));
  }
}

const BLOCK_TAG = { title: "h2", summary: "li", paragraph: "p", caption: "figcaption", dateline: "p" };

function entityPanel(article, ctx, body) {
  const byKind = new Map();
  for (const e of article.entities) {
    if (!byKind.has(e.kind)) byKind.set(e.kind, []);
    byKind.get(e.kind).push(e);
  }
  const section = h("section", { class: "panel", "aria-labelledby": "p-entities" }, h("h3", { id: "p-entities" }, "Entities"));
  for (const [kind, list] of byKind) {
    section.append(h("h4", {}, kind));
    const ul = h("ul", { class: "entity-list" });
    for (const e of list.sort((a, b) => b.mentions.length - a.mentions.length)) {
      const button = h(
        "button",
        {
          type: "button",
          class: "linklike",
          onclick: () => focusMarks(body, `[data-entity="${CSS.escape(e.id)}"]`),
        },
        e.name,
      );
      ul.append(
        h("li", {}, button, " ", e.code ? h("code", {}, e.code) : "", e.title ? h("span", { class: "muted" }, ` ${e.title}`) : "",
          h("span", { class: "muted" }, ` ×${e.mentions.length}`)),
      );
    }
    section.append(ul);
  }
  if (!article.entities.length) section.append(h("p", { class: "muted" }, "No entities found."));
  return section;
}

function quotePanel(article, body) {
  const section = h("section", { class: "panel", "aria-labelledby": "p-quotes" }, h("h3", { id: "p-quotes" }, "Quotes"));
  const ul = h("ul", { class: "quote-list" });
  for (const q of article.quotes) {
    ul.append(
      h(
        "li",
        { "data-speaker": q.speaker_name || "" },
        h("strong", {}, q.speaker_name || q.speaker_text || "unknown speaker"),
        q.speaker_code ? [" ", h("code", {}, q.speaker_code)] : "",
        q.via.length ? h("span", { class: "muted" }, ` via ${q.via.map((v) => v.name).join(" → ")}`) : "",
        q.cue ? h("span", { class: "muted" }, ` (${q.cue})`) : "",
        h("blockquote", {}, q.direct ? `“${q.text}”` : q.text),
        h("button", { type: "button", class: "linklike", onclick: () => focusRange(body, q.start) }, "show in text"),
      ),
    );
  }
  section.append(article.quotes.length ? ul : h("p", { class: "muted" }, "No quotes found."));
  return section;
}

function focusMarks(body, selector) {
  body.querySelectorAll(".focus").forEach((el) => el.classList.remove("focus"));
  const found = body.querySelectorAll(selector);
  found.forEach((el) => el.classList.add("focus"));
  if (found.length) found[0].scrollIntoView({ block: "center", behavior: "smooth" });
}

function focusRange(body, start) {
  focusMarks(body, `[data-start="${start}"]`);
}

// Table of events; rows carry data-* attributes (root, countries) that tests and styles use.
export function eventsTable(events, cameo, { withArticle = false, onShow = null, caption = "Events" } = {}) {
  const table = h("table", { class: "events" });
  table.append(h("caption", {}, caption));
  const head = ["CAMEO", "Event", "Source", "Target", "Goldstein", "Quad", "Date", "Place", "Evidence"];
  if (withArticle) head.push("Article");
  table.append(h("thead", {}, h("tr", {}, head.map((c) => h("th", { scope: "col" }, c)))));
  const tbody = h("tbody");
  for (const ev of events) {
    const entry = cameo.get(ev.cameo);
    const evidence = onShow
      ? h("button", { type: "button", class: "linklike", onclick: () => onShow(ev) }, ev.evidence_text)
      : ev.evidence_text;
    const row = h(
      "tr",
      {
        class: `q${ev.quad_class}`,
        "data-root": ev.root,
        "data-cameo": ev.cameo,
        "data-source-country": ev.source_country,
        "data-target-country": ev.target_country,
      },
      h("td", {}, h("code", {}, ev.cameo)),
      h("td", {}, entry ? entry.name : "", ev.negated ? h("em", {}, " (negated)") : "", ev.hypothetical ? h("em", {}, " (hypothetical)") : ""),
      h("td", {}, ev.source_name || "", ev.source_code ? [" ", h("code", {}, ev.source_code)] : ""),
      h("td", {}, ev.target_name || "", ev.target_code ? [" ", h("code", {}, ev.target_code)] : ""),
      h("td", { class: "num" }, fmt(ev.goldstein)),
      h("td", { class: "num" }, String(ev.quad_class)),
      h("td", { class: "date" }, ev.date || ev.day || ""),
      h("td", {}, ev.place_name || ""),
      h("td", { class: "evidence" }, evidence),
    );
    if (withArticle) row.append(h("td", { class: "article-link" }, h("a", { href: `#/article/${encodeURIComponent(ev.article_id)}` }, ev.article_title || ev.article_id)));
    tbody.append(row);
  }
  table.append(tbody);
  return events.length ? h("div", { class: "table-wrap" }, table) : h("p", { class: "muted" }, "No events.");
}

export function renderArticle(container, article, cameo) {
  clear(container);
  const ctx = {
    cameo,
    entities: new Map(article.entities.map((e) => [e.id, e])),
    events: new Map(article.events.map((e) => [`ev${e.seq}`, e])),
    quotes: new Map(article.quotes.map((q) => [`q${q.seq}`, q])),
  };
  const meta = [
    article.published && `Published ${article.published}`,
    article.agency && `Agency ${article.agency}`,
    article.dateline && `Dateline ${article.dateline}`,
    article.language && `Language ${article.language}`,
  ].filter(Boolean);
  const header = h(
    "header",
    { class: "article-head" },
    h("h2", { id: "h-article", class: "article-title" }, article.title || "(untitled)"),
    h("p", { class: "muted" }, meta.join(" · ")),
    h("p", { class: "muted small" }, `Source: ${article.document_uri || article.source}`, article.url ? [" · ", h("a", { href: article.url, rel: "noopener noreferrer" }, article.url)] : ""),
    article.skipped ? h("p", { class: "warning not-analysed" }, notAnalysedReason(article.skipped)) : "",
  );
  const legend = h("fieldset", { class: "legend" }, h("legend", {}, "Highlight"));
  const body = h("div", { class: "article-text", "data-article": article.id });
  for (const kind of Object.keys(LABELS)) {
    const count = article.marks.filter((m) => m.kind === kind).length;
    const box = h("input", { type: "checkbox", checked: true, name: `show-${kind}` });
    box.addEventListener("change", () => body.classList.toggle(`hide-${kind}`, !box.checked));
    legend.append(h("label", { class: `swatch sw-${kind}` }, box, ` ${LABELS[kind]} (${count})`));
  }
  let list = null;
  for (const block of article.blocks) {
    if (block.kind === "title") continue; // shown as the heading
    const el = h(BLOCK_TAG[block.kind] || "p", { class: `block b-${block.kind}` });
    renderRange(el, article.text, block.start, block.end, article.marks, ctx);
    if (block.kind === "summary") {
      if (!list) {
        list = h("ul", { class: "summary" });
        body.append(list);
      }
      list.append(el);
    } else {
      list = null;
      // The dateline's place sits at the end of the text (model.py) but opens the story.
      if (block.kind === "dateline") body.prepend(el);
      else body.append(block.kind === "caption" ? h("figure", { class: "caption" }, el) : el);
    }
  }
  const evTooltip = (el, pointer = null) => {
    const chain = [];
    for (let node = el; node && node !== body; node = node.parentElement) {
      if (node.dataset && node.dataset.mark === "event") {
        const ev = ctx.events.get(node.dataset.seq);
        if (ev) chain.push(...eventLines(ev, cameo), "");
      }
    }
    if (chain.length) showTooltip(el, chain.slice(0, -1), pointer);
  };
  body.addEventListener("mouseover", (e) => {
    const el = e.target.closest('[data-mark="event"]');
    if (el) evTooltip(el, { x: e.clientX, y: e.clientY });
  });
  body.addEventListener("mouseout", (e) => {
    const el = e.target.closest('[data-mark="event"]');
    if (el && !el.contains(e.relatedTarget)) hideTooltip(el);
  });
  body.addEventListener("focusin", (e) => {
    const el = e.target.closest('[data-mark="event"]');
    if (el) evTooltip(el);
  });
  body.addEventListener("focusout", (e) => hideTooltip(e.target));
  body.addEventListener("keydown", (e) => {
    if (e.key === "Escape") hideTooltip(e.target);
  });
  const showEvent = (ev) => focusMarks(body, `[data-mark="event"][data-seq="ev${ev.seq}"]`);
  const side = h(
    "aside",
    { class: "article-side", "aria-label": "What was found" },
    entityPanel(article, ctx, body),
    quotePanel(article, body),
  );
  container.append(
    header,
    legend,
    h("div", { class: "article-layout" }, h("article", { class: "article-main" }, body), side),
    h("section", { class: "panel wide", "aria-label": "Events in this article" }, eventsTable(article.events, cameo, { onShow: showEvent, caption: "Events in this article" })),
  );
  return body;
}
