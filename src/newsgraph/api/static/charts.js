// Timeline, actor network and map, drawn as plain SVG (no chart library to ship or trust).

import { clear, fmt, h, hideTooltip, s, showTooltip } from "./dom.js";
import { QUAD } from "./reader.js";

const QUAD_KEYS = ["verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict"];
const QUAD_COLOURS = ["#2f7d32", "#7cb342", "#ef8f00", "#c62828"];
const DAY_MS = 86_400_000;

function width(container, fallback = 900) {
  return Math.max(320, Math.min(container.clientWidth || fallback, 1200));
}

function empty(container, message) {
  clear(container).append(h("p", { class: "muted empty" }, message));
}

function legend(items) {
  return h(
    "ul",
    { class: "chart-legend" },
    items.map(([colour, label]) => h("li", {}, h("span", { class: "key", style: `background:${colour}` }), label)),
  );
}

const zero = (day) => ({ day, verbal_cooperation: 0, material_cooperation: 0, verbal_conflict: 0, material_conflict: 0, total: 0 });

// Days with no events are drawn as gaps; spans longer than ~14 months are binned by month.
// Events dated only to a month or a year (precision "month"/"year") are kept apart as
// periods: a band as wide as the period in a daily chart, counted in its month when binned.
function binDays(all) {
  const points = all.filter((p) => (p.precision || "day") === "day");
  const periods = all.filter((p) => (p.precision || "day") !== "day");
  // The axis spans the day- and month-precise events; a year reaching beyond it is cut at its ends.
  const spanned = all.filter((p) => p.precision !== "year");
  const dated = spanned.length ? spanned : all;
  const first = Math.min(...dated.map((p) => Date.parse(p.day)));
  const last = Math.max(...dated.map((p) => Date.parse(p.day)));
  const span = Math.round((last - first) / DAY_MS) + 1;
  if (span <= 430) {
    const byDay = new Map(points.map((p) => [p.day, p]));
    const out = [];
    for (let i = 0; i < span; i++) {
      const day = new Date(first + i * DAY_MS).toISOString().slice(0, 10);
      out.push(byDay.get(day) || zero(day));
    }
    return { bins: out, unit: "day", periods };
  }
  const byMonth = new Map();
  for (const p of all) {
    const key = p.day.slice(0, 7);
    const bin = byMonth.get(key) || zero(key);
    for (const k of QUAD_KEYS) bin[k] += p[k];
    bin.total += p.total;
    byMonth.set(key, bin);
  }
  return { bins: [...byMonth.values()].sort((a, b) => (a.day < b.day ? -1 : 1)), unit: "month", periods: [] };
}

// A round step (1, 2 or 5 times a power of ten) giving about `count` ticks up to `max`.
export function niceStep(max, count = 5) {
  const raw = Math.max(1, max / count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((f) => f * power).find((v) => v >= raw);
  return Math.max(1, step);
}

// The day after a period ("2025-02" -> 2025-03-01, "2025" -> 2026-01-01), in ms.
function periodEnd(p) {
  const [y, m] = p.day.split("-").map(Number);
  return p.precision === "year" ? Date.UTC(y + 1, 0, 1) : Date.UTC(y, m, 1);
}

// Axis labels are measured once drawn and moved inside the frame when they would stick out.
function keepInside(svg, W) {
  for (const label of svg.querySelectorAll("text.axis.x")) {
    const box = label.getBBox();
    if (box.x + box.width > W - 1) label.setAttribute("x", String(Number(label.getAttribute("x")) - (box.x + box.width - (W - 1))));
    if (box.x < 1) label.setAttribute("x", String(Number(label.getAttribute("x")) + (1 - box.x)));
  }
}

export function drawTimeline(container, points) {
  if (!points.length) return empty(container, "No dated events in the selection.");
  const { bins, unit, periods } = binDays(points);
  const W = width(container);
  const H = 280;
  const m = { top: 12, right: 16, bottom: 42, left: 44 };
  const step = niceStep(Math.max(1, ...bins.map((b) => b.total), ...periods.map((p) => p.total)));
  const max = step * Math.ceil(Math.max(1, ...bins.map((b) => b.total), ...periods.map((p) => p.total)) / step);
  const plotW = W - m.left - m.right;
  const plotH = H - m.top - m.bottom;
  const slot = plotW / bins.length;
  const bar = Math.max(1, Math.min(40, slot * 0.8));
  const y = (v) => m.top + plotH - (v / max) * plotH;
  const total = points.reduce((a, b) => a + b.total, 0);
  const svg = s("svg", {
    viewBox: `0 0 ${W} ${H}`,
    width: W,
    height: H,
    role: "img",
    "aria-label": `Timeline: ${total} events from ${bins[0].day} to ${bins[bins.length - 1].day}, per ${unit}`,
    class: "timeline",
  });
  for (let v = 0; v <= max; v += step) {
    svg.append(
      s("line", { x1: m.left, x2: W - m.right, y1: y(v), y2: y(v), class: "grid" }),
      s("text", { x: m.left - 6, y: y(v) + 4, "text-anchor": "end", class: "axis y" }, String(v)),
    );
  }
  // Periods first, so the day bars stand in front of them.
  const first = Date.parse(bins[0].day);
  const xOfDay = (ms) => m.left + ((ms - first) / DAY_MS) * slot;
  for (const p of periods) {
    const x0 = Math.max(m.left, xOfDay(Date.parse(p.day)));
    const x1 = Math.min(W - m.right, xOfDay(periodEnd(p)));
    if (x1 <= x0) continue;
    const g = s("g", { class: "band", "data-period": p.day.slice(0, p.precision === "year" ? 4 : 7), "data-precision": p.precision, "data-total": p.total });
    let base = 0;
    QUAD_KEYS.forEach((k, q) => {
      if (!p[k]) return;
      g.append(s("rect", { x: x0, width: Math.max(1, x1 - x0), y: y(base + p[k]), height: y(base) - y(base + p[k]), fill: QUAD_COLOURS[q], class: `q${q + 1}` }));
      base += p[k];
    });
    g.append(s("title", {}, `${g.dataset.period}: ${p.total} events dated only to this ${p.precision}`));
    svg.append(g);
  }
  const every = [1, 2, 7, 14, 28, 56, 91, 182, 364].find((n) => bins.length / n <= Math.max(1, Math.floor(plotW / 90))) || Math.ceil(bins.length / 8);
  bins.forEach((b, i) => {
    const x = m.left + i * slot + (slot - bar) / 2;
    const g = s("g", { class: "bar", "data-day": b.day, "data-total": b.total });
    let base = 0;
    QUAD_KEYS.forEach((k, q) => {
      if (!b[k]) return;
      g.append(s("rect", { x, width: bar, y: y(base + b[k]), height: y(base) - y(base + b[k]), fill: QUAD_COLOURS[q], class: `q${q + 1}` }));
      base += b[k];
    });
    const parts = QUAD_KEYS.map((k, q) => `${b[k]} ${QUAD[q + 1]}`).join(", ");
    g.append(s("title", {}, `${b.day}: ${b.total} events (${parts})`));
    svg.append(g);
    if (i % every === 0) {
      svg.append(s("text", { x: x + bar / 2, y: H - m.bottom + 16, "text-anchor": "middle", class: "axis x" }, b.day));
    }
  });
  svg.append(s("line", { x1: m.left, x2: W - m.right, y1: y(0), y2: y(0), class: "axis-line" }));
  const keys = QUAD_KEYS.map((k, q) => [QUAD_COLOURS[q], `${q + 1} ${QUAD[q + 1]}`]);
  if (periods.length) keys.push(["#c9ced4", "wide pale band: events dated only to a month or a year"]);
  clear(container).append(svg, legend(keys));
  keepInside(svg, W);
}

// Goldstein -10..10 -> red .. grey .. green.
export function goldsteinColour(g) {
  const t = Math.max(-1, Math.min(1, (g || 0) / 10));
  const grey = [140, 140, 140];
  const end = t < 0 ? [198, 40, 40] : [46, 125, 50];
  const a = Math.abs(t);
  const c = grey.map((v, i) => Math.round(v + (end[i] - v) * a));
  return `rgb(${c[0]},${c[1]},${c[2]})`;
}

// A small deterministic force layout (Fruchterman-Reingold): nodes start on a circle
// (sorted, so the same data always gives the same picture), repel each other, edges pull
// their ends together, a weak gravity keeps separate groups close; the result is then
// scaled to fill the drawing area.
function layout(nodes, edges, W, H) {
  const n = nodes.length;
  nodes.forEach((node, i) => {
    const a = (2 * Math.PI * i) / n;
    node.x = Math.cos(a) * 100;
    node.y = Math.sin(a) * 100;
  });
  const k = 60;
  const rounds = 300;
  for (let iter = 0; iter < rounds; iter++) {
    const temp = 20 * (1 - iter / rounds) + 0.5;
    // Gravity grows with distance, repulsion stops beyond a few edge lengths: separate
    // groups settle side by side instead of drifting to the corners.
    for (const a of nodes) { a.dx = -a.x * 0.6; a.dy = -a.y * 0.6; }
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const a = nodes[i], b = nodes[j];
        let dx = a.x - b.x, dy = a.y - b.y;
        const d = Math.max(0.5, Math.hypot(dx, dy));
        if (d > 4 * k) continue;
        const f = (k * k) / d;
        dx /= d; dy /= d;
        a.dx += dx * f; a.dy += dy * f; b.dx -= dx * f; b.dy -= dy * f;
      }
    }
    for (const e of edges) {
      if (e.a === e.b) continue;
      let dx = e.a.x - e.b.x, dy = e.a.y - e.b.y;
      const d = Math.max(0.5, Math.hypot(dx, dy));
      const f = (d * d) / k;
      dx /= d; dy /= d;
      e.a.dx -= dx * f; e.a.dy -= dy * f; e.b.dx += dx * f; e.b.dy += dy * f;
    }
    for (const a of nodes) {
      const d = Math.max(0.01, Math.hypot(a.dx, a.dy));
      a.x += (a.dx / d) * Math.min(d, temp);
      a.y += (a.dy / d) * Math.min(d, temp);
    }
  }
  const xs = nodes.map((a) => a.x), ys = nodes.map((a) => a.y);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const margin = 70;
  const scale = Math.min((W - 2 * margin) / Math.max(1, x1 - x0), (H - 2 * margin) / Math.max(1, y1 - y0), 2.5);
  const cx = (x0 + x1) / 2, cy = (y0 + y1) / 2;
  for (const a of nodes) {
    a.x = W / 2 + (a.x - cx) * scale;
    a.y = H / 2 + (a.y - cy) * scale;
  }
}

// Labels go below their node, else above, right or left: the first spot that overlaps no
// node and no label already placed (the node's own tooltip names it if none is free).
function placeNodeLabels(layer, list, radius, W, H) {
  const boxes = list.map((nd) => ({ x: nd.x - radius(nd), y: nd.y - radius(nd), w: 2 * radius(nd), h: 2 * radius(nd), nd }));
  const hit = (a, b) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
  for (const nd of [...list].sort((a, b) => b.degree - a.degree)) {
    const label = s("text", { class: "node-label", "data-code": nd.code }, nd.code);
    layer.append(label);
    const box = label.getBBox();
    const r = radius(nd);
    const spots = [
      [nd.x - box.width / 2, nd.y + r + 2], [nd.x - box.width / 2, nd.y - r - 2 - box.height],
      [nd.x + r + 3, nd.y - box.height / 2], [nd.x - r - 3 - box.width, nd.y - box.height / 2],
    ].map(([x, y]) => ({ x, y, w: box.width, h: box.height }));
    const free = spots.find((b) => b.x >= 0 && b.y >= 0 && b.x + b.w <= W && b.y + b.h <= H && !boxes.some((o) => o.nd !== nd && hit(b, o)))
      || spots[0];
    label.setAttribute("x", String(free.x));
    label.setAttribute("y", String(free.y + box.height * 0.8));
    boxes.push({ ...free, nd: null });
  }
}

// A quadratic curve from the edge of node a to the edge of node b, bent to one side so that
// A->B and B->A stay apart; the arrowhead's tip sits on b's circle along the curve's tangent.
function edgePath(e, radius) {
  const dx = e.b.x - e.a.x, dy = e.b.y - e.a.y;
  const d = Math.max(1, Math.hypot(dx, dy));
  const mx = (e.a.x + e.b.x) / 2 - (dy / d) * 18, my = (e.a.y + e.b.y) / 2 + (dx / d) * 18;
  const toward = (from, to, dist) => {
    const ux = to.x - from.x, uy = to.y - from.y;
    const len = Math.max(1e-6, Math.hypot(ux, uy));
    return [from.x + (ux / len) * dist, from.y + (uy / len) * dist];
  };
  const [sx, sy] = toward(e.a, { x: mx, y: my }, radius(e.a));
  const [ex, ey] = toward(e.b, { x: mx, y: my }, radius(e.b) + 1);
  return { d: `M${sx},${sy} Q${mx},${my} ${ex},${ey}`, tip: [ex, ey] };
}

export function drawNetwork(container, tableContainer, edgesIn, onPick) {
  clear(tableContainer);
  if (!edgesIn.length) return empty(container, "No events with both a source and a target in the selection.");
  const W = width(container);
  const H = Math.round(Math.min(560, W * 0.55));
  const nodes = new Map();
  const node = (code, name) => {
    if (!nodes.has(code)) nodes.set(code, { code, name, degree: 0 });
    return nodes.get(code);
  };
  const edges = edgesIn.map((e) => ({ ...e, a: node(e.source, e.source_name), b: node(e.target, e.target_name) }));
  for (const e of edges) {
    e.a.degree += e.events;
    if (e.b !== e.a) e.b.degree += e.events;
  }
  const list = [...nodes.values()].sort((a, b) => (a.code < b.code ? -1 : 1));
  layout(list, edges, W, H);
  const svg = s("svg", { viewBox: `0 0 ${W} ${H}`, width: W, height: H, role: "group", "aria-label": `Actor network: ${list.length} actors, ${edges.length} links`, class: "network" });
  const defs = s("defs");
  // One arrowhead per QuadClass colour; its tip (refX 10) is the path's end, on the node's edge.
  QUAD_COLOURS.forEach((colour, q) => defs.append(s("marker", { id: `arrow-q${q + 1}`, viewBox: "0 0 10 10", refX: 10, refY: 5, markerWidth: 10, markerHeight: 10, markerUnits: "userSpaceOnUse", orient: "auto" }, s("path", { d: "M0,0 L10,5 L0,10 z", fill: colour }))));
  svg.append(defs);
  // Node area shows its number of events (as source or target).
  const maxDegree = Math.max(...list.map((nd) => nd.degree));
  const radius = (nd) => 5 + 15 * Math.sqrt(nd.degree / maxDegree);
  const maxEvents = Math.max(...edges.map((e) => e.events));
  for (const e of edges) {
    const quad = e.quad_class || (e.conflict * 2 > e.events ? 3 : 1);
    const colour = QUAD_COLOURS[quad - 1];
    const w = 1.2 + 4 * Math.sqrt(e.events / maxEvents);
    let path;
    if (e.a === e.b) {
      const r = radius(e.a);
      path = `M${e.a.x - r * 0.6},${e.a.y - r * 0.8} C${e.a.x - r * 2.5},${e.a.y - r * 4} ${e.a.x + r * 2.5},${e.a.y - r * 4} ${e.a.x + r * 0.6},${e.a.y - r * 0.8}`;
    } else {
      path = edgePath(e, radius).d;
    }
    svg.append(
      s("path", { d: path, class: "edge", stroke: colour, "stroke-width": w, fill: "none", "marker-end": `url(#arrow-q${quad})`, "data-source": e.source, "data-target": e.target, "data-events": e.events, "data-quad": quad },
        s("title", {}, `${e.source_name} (${e.source}) → ${e.target_name} (${e.target}): ${e.events} events, mostly QuadClass ${quad} ${QUAD[quad]}, mean Goldstein ${fmt(e.mean_goldstein)}`)),
    );
  }
  for (const nd of list) {
    const g = s("g", { class: "node", "data-code": nd.code, "data-events": nd.degree, tabindex: 0, role: "button", "aria-label": `${nd.name} (${nd.code}), ${nd.degree} events: show its events` });
    g.append(
      s("circle", { cx: nd.x, cy: nd.y, r: radius(nd) }),
      s("title", {}, `${nd.name} (${nd.code}): ${nd.degree} events`),
    );
    const pick = () => onPick(nd.code);
    g.addEventListener("click", pick);
    g.addEventListener("keydown", (ev) => {
      if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); pick(); }
    });
    svg.append(g);
  }
  // Labels last, on top of every edge and arrowhead, with a white halo.
  const labels = s("g", { class: "labels" });
  clear(container).append(svg);
  svg.append(labels);
  placeNodeLabels(labels, list, radius, W, H);
  container.append(legend([...QUAD_COLOURS.map((c, q) => [c, `QuadClass ${q + 1} ${QUAD[q + 1]}`]), ["#e3ecf7", "node size: number of events"]]));
  const table = h("table", { class: "edges" }, h("caption", {}, "Links"),
    h("thead", {}, h("tr", {}, ["Source", "Target", "Events", "Mean Goldstein", "Conflict events"].map((c) => h("th", { scope: "col" }, c)))));
  const tbody = h("tbody");
  for (const e of edgesIn) {
    tbody.append(h("tr", { "data-source": e.source, "data-target": e.target },
      h("td", {}, `${e.source_name} `, h("code", {}, e.source)), h("td", {}, `${e.target_name} `, h("code", {}, e.target)),
      h("td", { class: "num" }, String(e.events)), h("td", { class: "num" }, fmt(e.mean_goldstein)), h("td", { class: "num" }, String(e.conflict))));
  }
  table.append(tbody);
  tableContainer.append(h("div", { class: "table-wrap" }, table));
}
