// The map: Natural Earth 1:110m country outlines (world-atlas TopoJSON, public domain) drawn with
// d3-geo and topojson-client, all served from /static/vendor (see LICENSES.md there), so the map
// works offline. Located events are grouped per place, places that would overlap on screen are
// clustered, labels go where they collide with nothing (else they show on hover), and a click
// on a circle lists its events with their evidence.

import { clear, fmt, h, hideTooltip, s, showTooltip } from "./dom.js";
import { goldsteinColour } from "./charts.js";

const WORLD_URL = "/static/vendor/countries-110m.json";
const CLUSTER_PX = 20; // places closer than this on screen share one circle
const MAX_ZOOM = 40;
let world = null;

async function loadWorld() {
  if (!world) {
    const answer = await fetch(WORLD_URL);
    if (!answer.ok) throw new Error(`map outlines: HTTP ${answer.status}`);
    world = await answer.json();
  }
  return world;
}

// One entry per place (name and coordinates), with its events.
function placesOf(features) {
  const places = new Map();
  for (const f of features) {
    const [lon, lat] = f.geometry.coordinates;
    const p = f.properties;
    const key = `${p.place_name}|${lat}|${lon}`;
    const entry = places.get(key) || { name: p.place_name || "(unnamed)", country: p.place_country, lat, lon, events: [] };
    entry.events.push(p);
    places.set(key, entry);
  }
  return [...places.values()].sort((a, b) => b.events.length - a.events.length || (a.name < b.name ? -1 : 1));
}

// Greedy clustering in screen space, biggest place first, so a cluster is named after its biggest place.
function cluster(places, project) {
  const out = [];
  for (const p of places) {
    const [x, y] = project(p);
    const near = out.find((c) => Math.hypot(c.x - x, c.y - y) < CLUSTER_PX);
    if (near) near.places.push(p);
    else out.push({ x, y, places: [p] });
  }
  for (const c of out) {
    c.events = c.places.flatMap((p) => p.events);
    c.r = 5 + Math.min(17, Math.sqrt(c.events.length) * 2.5);
  }
  return out;
}

const overlaps = (a, b) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

// Each label tries right, left, above and below its circle and takes the first spot that
// overlaps no placed label, no circle and stays inside the frame; with none free it is dropped
// (the circle's tooltip still names it).
function placeLabels(svg, clusters, W, H) {
  const taken = clusters.map((c) => ({ x: c.x - c.r, y: c.y - c.r, w: 2 * c.r, h: 2 * c.r, owner: c }));
  for (const c of clusters) {
    const more = c.places.length > 1 ? ` +${c.places.length - 1}` : "";
    const label = s("text", { class: "place-label", "data-place": c.places[0].name }, `${c.places[0].name}${more}`);
    svg.append(label);
    const box = label.getBBox();
    const spots = [
      [c.x + c.r + 3, c.y + box.height / 3],
      [c.x - c.r - 3 - box.width, c.y + box.height / 3],
      [c.x - box.width / 2, c.y - c.r - 4],
      [c.x - box.width / 2, c.y + c.r + box.height],
    ];
    const free = spots.map(([x, y]) => ({ x, y: y - box.height * 0.8, w: box.width, h: box.height, tx: x, ty: y }))
      .find((r) => r.x >= 0 && r.y >= 0 && r.x + r.w <= W && r.y + r.h <= H && !taken.some((t) => t.owner !== c && overlaps(r, t)));
    if (!free) {
      label.remove();
      continue;
    }
    label.setAttribute("x", free.tx);
    label.setAttribute("y", free.ty);
    taken.push({ ...free, owner: null });
  }
}

function eventList(holder, c) {
  const names = c.places.map((p) => p.name).join(", ");
  const items = c.events.slice(0, 200).map((e) =>
    h("li", { "data-cameo": e.cameo },
      h("div", {}, h("strong", {}, `${e.source_name || "?"} `), h("code", {}, e.source_code || "-"), " → ",
        h("strong", {}, `${e.target_name || "?"} `), h("code", {}, e.target_code || "-"),
        h("span", { class: "muted" }, ` · CAMEO ${e.cameo} · ${e.date || e.day || "undated"} · ${e.place_name || ""}`)),
      h("blockquote", { class: "evidence" }, e.evidence_text || ""),
      e.article_id ? h("a", { href: `#/article/${encodeURIComponent(e.article_id)}` }, "read the article") : null));
  clear(holder).append(
    h("h3", {}, `${names}: ${c.events.length} event${c.events.length === 1 ? "" : "s"}`),
    h("ul", { class: "map-events" }, items),
  );
}

// The zoom that frames the located events (a world view when there are none or they span it).
function initialView(places, base, W, H) {
  if (!places.length) return { k: 1, tx: 0, ty: 0 };
  const pts = places.map(base);
  const xs = pts.map((p) => p[0]), ys = pts.map((p) => p[1]);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const pad = 90;
  const k = Math.max(1, Math.min(8, (W - 2 * pad) / Math.max(1, x1 - x0), (H - 2 * pad) / Math.max(1, y1 - y0)));
  return { k, tx: W / 2 - ((x0 + x1) / 2) * k, ty: H / 2 - ((y0 + y1) / 2) * k };
}

export async function drawMap(container, tableContainer, features, countries, involved, listHolder) {
  clear(tableContainer);
  clear(listHolder);
  const topo = await loadWorld();
  const { d3, topojson } = window;
  const W = Math.max(320, Math.min(container.clientWidth || 900, 1200));
  const H = Math.round(W * 0.55);
  const projection = d3.geoNaturalEarth1().fitExtent([[4, 4], [W - 4, H - 4]], { type: "Sphere" });
  const path = d3.geoPath(projection);
  const base = (p) => projection([p.lon, p.lat]);
  const numeric = new Set(countries.filter((c) => involved.has(c.iso3) && c.numeric).map((c) => c.numeric));
  const nameOf = new Map(countries.filter((c) => c.numeric).map((c) => [c.numeric, `${c.name} (${c.iso3})`]));

  const places = placesOf(features);
  const svg = s("svg", { viewBox: `0 0 ${W} ${H}`, width: W, height: H, role: "group", class: "map",
    "aria-label": `Map: ${features.length} located events at ${places.length} places` });
  const land = s("g", { class: "land" });
  land.append(s("path", { d: path({ type: "Sphere" }), class: "sea" }), s("path", { d: path(d3.geoGraticule10()), class: "graticule" }));
  for (const f of topojson.feature(topo, topo.objects.countries).features) {
    land.append(s("path", { d: path(f), class: numeric.has(f.id) ? "country involved" : "country", "data-id": f.id },
      s("title", {}, nameOf.get(f.id) || f.properties.name)));
  }
  land.append(
    s("path", { d: path(topojson.mesh(topo, topo.objects.countries, (a, b) => a !== b)), class: "borders" }),
    s("path", { d: path(topojson.mesh(topo, topo.objects.countries, (a, b) => a === b)), class: "coast" }),
  );
  const marks = s("g", { class: "marks" });
  svg.append(land, marks);
  clear(container).append(svg);
  if (!places.length) container.append(h("p", { class: "muted empty" }, "No located events in the selection."));

  let view = initialView(places, base, W, H);
  const render = () => {
    land.setAttribute("transform", `translate(${view.tx},${view.ty}) scale(${view.k})`);
    svg.dataset.zoom = view.k.toFixed(2);
    clear(marks);
    const project = (p) => { const [x, y] = base(p); return [x * view.k + view.tx, y * view.k + view.ty]; };
    const clusters = cluster(places, project).filter((c) => c.x > -20 && c.y > -20 && c.x < W + 20 && c.y < H + 20);
    for (const c of clusters) {
      const mean = c.events.reduce((a, e) => a + (e.goldstein || 0), 0) / c.events.length;
      const names = c.places.map((p) => p.name);
      const lines = [names.join(", "), `${c.events.length} events, mean Goldstein ${fmt(mean)}`, "click to list them"];
      const circle = s("circle", { cx: c.x, cy: c.y, r: c.r, class: c.places.length > 1 ? "place cluster" : "place",
        fill: goldsteinColour(mean), tabindex: 0, role: "button", "data-place": names[0], "data-places": names.join("|"),
        "data-events": c.events.length, "aria-label": `${names.join(", ")}: ${c.events.length} events` }, s("title", {}, lines.join("\n")));
      const pick = () => eventList(listHolder, c);
      circle.addEventListener("click", pick);
      circle.addEventListener("keydown", (ev) => { if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); pick(); } });
      circle.addEventListener("focus", () => showTooltip(circle, lines));
      circle.addEventListener("blur", () => hideTooltip(circle));
      marks.append(circle);
    }
    placeLabels(marks, clusters, W, H);
  };
  const zoom = (factor, cx = W / 2, cy = H / 2) => {
    const k = Math.max(1, Math.min(MAX_ZOOM, view.k * factor));
    view = { k, tx: cx - ((cx - view.tx) * k) / view.k, ty: cy - ((cy - view.ty) * k) / view.k };
    render();
  };
  svg.addEventListener("wheel", (ev) => {
    ev.preventDefault();
    const box = svg.getBoundingClientRect();
    zoom(ev.deltaY < 0 ? 1.25 : 0.8, ((ev.clientX - box.left) * W) / box.width, ((ev.clientY - box.top) * H) / box.height);
  }, { passive: false });
  let drag = null;
  svg.addEventListener("pointerdown", (ev) => {
    if (ev.target.tagName === "circle") return;
    drag = { x: ev.clientX, y: ev.clientY, view };
    svg.setPointerCapture(ev.pointerId); // the drag goes on when the pointer leaves the map
  });
  svg.addEventListener("pointermove", (ev) => {
    if (!drag) return;
    const scale = W / svg.getBoundingClientRect().width;
    view = { ...drag.view, tx: drag.view.tx + (ev.clientX - drag.x) * scale, ty: drag.view.ty + (ev.clientY - drag.y) * scale };
    render();
  });
  svg.addEventListener("pointerup", () => { drag = null; });
  const controls = h("div", { class: "map-controls", role: "group", "aria-label": "Zoom" },
    h("button", { type: "button", class: "secondary", "aria-label": "Zoom in", onclick: () => zoom(2) }, "+"),
    h("button", { type: "button", class: "secondary", "aria-label": "Zoom out", onclick: () => zoom(0.5) }, "−"),
    h("button", { type: "button", class: "secondary", onclick: () => { view = { k: 1, tx: 0, ty: 0 }; render(); } }, "World"),
    h("button", { type: "button", class: "secondary", onclick: () => { view = initialView(places, base, W, H); render(); } }, "Fit events"));
  container.prepend(controls);
  render();
  placesTable(tableContainer, places);
}

function placesTable(holder, places) {
  if (!places.length) return;
  const table = h("table", { class: "places" }, h("caption", {}, "Places"),
    h("thead", {}, h("tr", {}, ["Place", "Country", "Latitude", "Longitude", "Events", "Mean Goldstein"].map((c) => h("th", { scope: "col" }, c)))));
  const tbody = h("tbody");
  for (const p of places) {
    const mean = p.events.reduce((a, e) => a + (e.goldstein || 0), 0) / p.events.length;
    tbody.append(h("tr", { "data-place": p.name }, h("td", {}, p.name), h("td", {}, p.country || ""), h("td", { class: "num" }, fmt(p.lat, 2)),
      h("td", { class: "num" }, fmt(p.lon, 2)), h("td", { class: "num" }, String(p.events.length)), h("td", { class: "num" }, fmt(mean))));
  }
  table.append(tbody);
  holder.append(h("div", { class: "table-wrap" }, table));
}
