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

// Days with no events are drawn as gaps; spans longer than ~14 months are binned by month.
function binDays(points) {
  const first = Date.parse(points[0].day);
  const last = Date.parse(points[points.length - 1].day);
  const span = Math.round((last - first) / DAY_MS) + 1;
  if (span <= 430) {
    const byDay = new Map(points.map((p) => [p.day, p]));
    const out = [];
    for (let i = 0; i < span; i++) {
      const day = new Date(first + i * DAY_MS).toISOString().slice(0, 10);
      out.push(byDay.get(day) || { day, verbal_cooperation: 0, material_cooperation: 0, verbal_conflict: 0, material_conflict: 0, total: 0 });
    }
    return { bins: out, unit: "day" };
  }
  const byMonth = new Map();
  for (const p of points) {
    const key = p.day.slice(0, 7);
    const bin = byMonth.get(key) || { day: key, verbal_cooperation: 0, material_cooperation: 0, verbal_conflict: 0, material_conflict: 0, total: 0 };
    for (const k of QUAD_KEYS) bin[k] += p[k];
    bin.total += p.total;
    byMonth.set(key, bin);
  }
  return { bins: [...byMonth.values()], unit: "month" };
}

export function drawTimeline(container, points) {
  if (!points.length) return empty(container, "No dated events in the selection.");
  const { bins, unit } = binDays(points);
  const W = width(container);
  const H = 280;
  const m = { top: 12, right: 16, bottom: 42, left: 44 };
  const max = Math.max(1, ...bins.map((b) => b.total));
  const plotW = W - m.left - m.right;
  const plotH = H - m.top - m.bottom;
  const step = plotW / bins.length;
  const bar = Math.max(1, Math.min(40, step * 0.8));
  const y = (v) => m.top + plotH - (v / max) * plotH;
  const total = bins.reduce((a, b) => a + b.total, 0);
  const svg = s("svg", {
    viewBox: `0 0 ${W} ${H}`,
    width: W,
    height: H,
    role: "img",
    "aria-label": `Timeline: ${total} events from ${bins[0].day} to ${bins[bins.length - 1].day}, per ${unit}`,
    class: "timeline",
  });
  const ticks = Math.min(max, 5);
  for (let i = 0; i <= ticks; i++) {
    const v = Math.round((max * i) / ticks);
    svg.append(
      s("line", { x1: m.left, x2: W - m.right, y1: y(v), y2: y(v), class: "grid" }),
      s("text", { x: m.left - 6, y: y(v) + 4, "text-anchor": "end", class: "axis" }, String(v)),
    );
  }
  const labelEvery = Math.ceil(bins.length / Math.max(1, Math.floor(plotW / 90)));
  bins.forEach((b, i) => {
    const x = m.left + i * step + (step - bar) / 2;
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
    const last = i === bins.length - 1 && (bins.length - 1) % labelEvery >= labelEvery / 2;
    if (i % labelEvery === 0 || last) {
      svg.append(s("text", { x: x + bar / 2, y: H - m.bottom + 16, "text-anchor": "middle", class: "axis" }, b.day));
    }
  });
  svg.append(s("line", { x1: m.left, x2: W - m.right, y1: y(0), y2: y(0), class: "axis-line" }));
  clear(container).append(svg, legend(QUAD_KEYS.map((k, q) => [QUAD_COLOURS[q], `${q + 1} ${QUAD[q + 1]}`])));
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
  for (const e of edges) { e.a.degree += e.events; e.b.degree += e.events; }
  const list = [...nodes.values()].sort((a, b) => (a.code < b.code ? -1 : 1));
  layout(list, edges, W, H);
  const svg = s("svg", { viewBox: `0 0 ${W} ${H}`, width: W, height: H, role: "group", "aria-label": `Actor network: ${list.length} actors, ${edges.length} links`, class: "network" });
  const defs = s("defs");
  defs.append(s("marker", { id: "arrow", viewBox: "0 0 10 10", refX: 10, refY: 5, markerWidth: 9, markerHeight: 9, markerUnits: "userSpaceOnUse", orient: "auto" }, s("path", { d: "M0,0 L10,5 L0,10 z", fill: "#555" })));
  svg.append(defs);
  const radius = (nd) => 6 + Math.min(18, Math.sqrt(nd.degree) * 3);
  const maxEvents = Math.max(...edges.map((e) => e.events));
  for (const e of edges) {
    const colour = goldsteinColour(e.mean_goldstein);
    const w = 1.2 + 5 * Math.sqrt(e.events / maxEvents);
    let path;
    if (e.a === e.b) {
      const r = radius(e.a);
      path = `M${e.a.x - r * 0.6},${e.a.y - r} C${e.a.x - r * 2.5},${e.a.y - r * 4} ${e.a.x + r * 2.5},${e.a.y - r * 4} ${e.a.x + r * 0.6},${e.a.y - r}`;
    } else {
      const dx = e.b.x - e.a.x, dy = e.b.y - e.a.y;
      const d = Math.max(1, Math.hypot(dx, dy));
      const rb = radius(e.b) + 2;
      // Curved so that A->B and B->A stay apart.
      const mx = (e.a.x + e.b.x) / 2 - (dy / d) * 18, my = (e.a.y + e.b.y) / 2 + (dx / d) * 18;
      const ex = e.b.x - (dx / d) * rb, ey = e.b.y - (dy / d) * rb;
      path = `M${e.a.x},${e.a.y} Q${mx},${my} ${ex},${ey}`;
    }
    svg.append(
      s("path", { d: path, class: "edge", stroke: colour, "stroke-width": w, fill: "none", "marker-end": "url(#arrow)", "data-source": e.source, "data-target": e.target, "data-events": e.events },
        s("title", {}, `${e.source_name} (${e.source}) → ${e.target_name} (${e.target}): ${e.events} events, mean Goldstein ${fmt(e.mean_goldstein)}, ${e.conflict} conflictual`)),
    );
  }
  for (const nd of list) {
    const g = s("g", { class: "node", "data-code": nd.code, tabindex: 0, role: "button", "aria-label": `${nd.name} (${nd.code}), ${nd.degree} events: show its events` });
    g.append(
      s("circle", { cx: nd.x, cy: nd.y, r: radius(nd) }),
      s("text", { x: nd.x, y: nd.y + radius(nd) + 13, "text-anchor": "middle" }, nd.code),
      s("title", {}, `${nd.name} (${nd.code}): ${nd.degree} events`),
    );
    const pick = () => onPick(nd.code);
    g.addEventListener("click", pick);
    g.addEventListener("keydown", (ev) => {
      if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); pick(); }
    });
    svg.append(g);
  }
  clear(container).append(svg, legend([[goldsteinColour(-10), "Goldstein −10 (conflict)"], [goldsteinColour(0), "0"], [goldsteinColour(10), "+10 (cooperation)"]]));
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

// Equirectangular: longitude and latitude straight to x and y. No outlines to ship; a
// graticule and the capitals (grey dots) are enough to see where things are.
export function drawMap(container, tableContainer, features, countries, involved) {
  clear(tableContainer);
  const W = width(container);
  const H = Math.round(W / 2);
  const x = (lon) => ((lon + 180) / 360) * W;
  const y = (lat) => ((90 - lat) / 180) * H;
  const svg = s("svg", { viewBox: `0 0 ${W} ${H}`, width: W, height: H, role: "group", class: "map" });
  svg.append(s("rect", { x: 0, y: 0, width: W, height: H, class: "sea" }));
  for (let lon = -180; lon <= 180; lon += 30) svg.append(s("line", { x1: x(lon), x2: x(lon), y1: 0, y2: H, class: lon === 0 ? "graticule major" : "graticule" }));
  for (let lat = -90; lat <= 90; lat += 30) svg.append(s("line", { x1: 0, x2: W, y1: y(lat), y2: y(lat), class: lat === 0 ? "graticule major" : "graticule" }));
  for (const c of countries) {
    if (c.lat === null || c.lon === null) continue;
    const dot = s("circle", { cx: x(c.lon), cy: y(c.lat), r: 1.6, class: "capital" }, s("title", {}, `${c.name}: ${c.capital}`));
    svg.append(dot);
    if (involved.has(c.iso3)) {
      svg.append(s("text", { x: x(c.lon) + 4, y: y(c.lat) - 4, class: "country-label", "data-country": c.iso3 }, c.iso3));
    }
  }
  const places = new Map();
  for (const f of features) {
    const [lon, lat] = f.geometry.coordinates;
    const p = f.properties;
    const key = `${p.place_name}|${lat}|${lon}`;
    const entry = places.get(key) || { name: p.place_name, country: p.place_country, lat, lon, events: 0, goldstein: 0, roots: new Map() };
    entry.events += 1;
    entry.goldstein += p.goldstein;
    entry.roots.set(p.root, (entry.roots.get(p.root) || 0) + 1);
    places.set(key, entry);
  }
  const list = [...places.values()].sort((a, b) => b.events - a.events);
  svg.setAttribute("aria-label", `Map: ${features.length} located events at ${list.length} places`);
  for (const p of list) {
    const mean = p.goldstein / p.events;
    const circle = s("circle", {
      cx: x(p.lon), cy: y(p.lat), r: 4 + Math.sqrt(p.events) * 3, class: "place", fill: goldsteinColour(mean),
      "data-place": p.name, "data-events": p.events, tabindex: 0,
      "aria-label": `${p.name}: ${p.events} events`,
    });
    const lines = [`${p.name}${p.country ? ` (${p.country})` : ""}`, `${p.events} events, mean Goldstein ${fmt(mean)}`,
      `CAMEO roots: ${[...p.roots].map(([r, n]) => `${r}×${n}`).join(", ")}`];
    circle.append(s("title", {}, lines.join("\n")));
    circle.addEventListener("focus", () => showTooltip(circle, lines));
    circle.addEventListener("blur", () => hideTooltip(circle));
    svg.append(circle, s("text", { x: x(p.lon) + 7, y: y(p.lat) + 14, class: "place-label" }, p.name));
  }
  clear(container).append(svg);
  if (!list.length) container.append(h("p", { class: "muted empty" }, "No located events in the selection."));
  const table = h("table", { class: "places" }, h("caption", {}, "Places"),
    h("thead", {}, h("tr", {}, ["Place", "Country", "Latitude", "Longitude", "Events", "Mean Goldstein"].map((c) => h("th", { scope: "col" }, c)))));
  const tbody = h("tbody");
  for (const p of list) {
    tbody.append(h("tr", { "data-place": p.name }, h("td", {}, p.name), h("td", {}, p.country || ""), h("td", { class: "num" }, fmt(p.lat, 2)),
      h("td", { class: "num" }, fmt(p.lon, 2)), h("td", { class: "num" }, String(p.events)), h("td", { class: "num" }, fmt(p.goldstein / p.events))));
  }
  table.append(tbody);
  if (list.length) tableContainer.append(h("div", { class: "table-wrap" }, table));
}
