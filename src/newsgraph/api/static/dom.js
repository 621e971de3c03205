// Small DOM helpers. Text from the store is only ever set with textContent (never innerHTML),
// so an article containing markup shows it as text instead of running it.

export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "class") el.className = value;
    else if (key === "dataset") Object.assign(el.dataset, value);
    else if (key.startsWith("on") && typeof value === "function") el.addEventListener(key.slice(2), value);
    else el.setAttribute(key, value === true ? "" : String(value));
  }
  append(el, children);
  return el;
}

export function append(el, children) {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

const SVG_NS = "http://www.w3.org/2000/svg";

export function s(tag, attrs = {}, ...children) {
  const el = document.createElementNS(SVG_NS, tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined) continue;
    if (key.startsWith("on") && typeof value === "function") el.addEventListener(key.slice(2), value);
    else el.setAttribute(key, String(value));
  }
  append(el, children);
  return el;
}

export function clear(el) {
  while (el.firstChild) el.firstChild.remove();
  return el;
}

// A full-text snippet -> text with its matches as <mark> elements. `matches` are the search's
// own [start, end) offsets (brackets included), so brackets the article itself holds stay text.
export function snippet(text, matches) {
  const out = [];
  let last = 0;
  for (const [start, end] of matches || []) {
    out.push(text.slice(last, start), h("mark", {}, text.slice(start + 1, end - 1)));
    last = end;
  }
  out.push(text.slice(last));
  return out;
}

export function fmt(value, digits = 1) {
  return typeof value === "number" ? value.toFixed(digits) : "";
}

const tooltip = () => document.getElementById("tooltip");

// Near the pointer when there is one (an event sentence may wrap over several lines),
// else under the focused element.
export function showTooltip(target, lines, pointer = null) {
  const tip = tooltip();
  clear(tip);
  for (const line of lines) tip.append(h("div", {}, line));
  tip.hidden = false;
  const box = target.getBoundingClientRect();
  const anchorX = pointer ? pointer.x : box.left;
  const anchorY = pointer ? pointer.y + 14 : box.bottom + 6;
  const top = window.scrollY + anchorY;
  const left = Math.min(window.scrollX + anchorX, window.scrollX + document.documentElement.clientWidth - 370);
  tip.style.top = `${top}px`;
  tip.style.left = `${Math.max(8, left)}px`;
  target.setAttribute("aria-describedby", "tooltip");
}

export function hideTooltip(target) {
  tooltip().hidden = true;
  if (target) target.removeAttribute("aria-describedby");
}

export function status(message, kind = "info") {
  const el = document.getElementById("status");
  el.textContent = message;
  el.dataset.kind = kind;
  el.hidden = !message;
}

// Languages the server analyses (GET /stats `analysed_languages`), to explain articles it did not.
let analysed = ["en"];
export function setAnalysedLanguages(list) {
  if (Array.isArray(list) && list.length) analysed = list;
}

function languageName(code) {
  try {
    return new Intl.DisplayNames(["en"], { type: "language" }).of(code) || code;
  } catch {
    return code;
  }
}

// Why an article has no events, in words: "language fr: not analysed; English only".
export function notAnalysedReason(skipped) {
  if (!skipped) return "";
  const lang = /^language (\S+)/.exec(skipped);
  if (lang) return `language ${lang[1]}: not analysed; ${analysed.map(languageName).join(", ")} only`;
  if (skipped.startsWith("duplicate of")) return "a copy of an article already stored: not analysed again";
  return `not analysed: ${skipped}`;
}
