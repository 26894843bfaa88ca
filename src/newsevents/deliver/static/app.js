// The newsevents page: plain DOM, no libraries. Article text is untrusted, so every string
// from the API goes into the page through textContent or createTextNode, never innerHTML.
"use strict";

const SVG = "http://www.w3.org/2000/svg";
const PAGE = 50;
let offset = 0;

function el(tag, attrs = {}, ...children) {
  const node = tag.startsWith("svg:") ? document.createElementNS(SVG, tag.slice(4))
    : document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, value);
  for (const child of children) {
    node.append(child instanceof Node ? child : document.createTextNode(String(child ?? "")));
  }
  return node;
}

function filters() {
  const params = new URLSearchParams();
  for (const [key, value] of new FormData(document.getElementById("filters"))) {
    if (value.trim()) params.set(key, value.trim());
  }
  return params;
}

async function getJSON(path, params) {
  const response = await fetch(params ? `${path}?${params}` : path);
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return response.json();
}

const names = (actors) => (actors || []).map((a) => a.country ? `${a.name} (${a.country})` : a.name).join("; ");
const speakers = (event) => (event.attribution || []).map((link) => link.speaker).join(" › ");

async function loadEvents() {
  const params = filters();
  params.set("limit", PAGE);
  params.set("offset", offset);
  const page = await getJSON("/events", params);
  const body = document.querySelector("#events tbody");
  body.replaceChildren(...page.events.map((event) => {
    const row = el("tr", {}, el("td", {}, event.date || ""), el("td", {}, names(event.source)),
      el("td", {}, event.cameo), el("td", {}, event.cameo_name), el("td", {}, names(event.target)),
      el("td", {}, speakers(event)), el("td", {}, event.factuality));
    row.addEventListener("click", () => showArticle(event.article_id, event.event_id));
    return row;
  }));
  document.getElementById("total").textContent = `(${page.total})`;
  const last = Math.min(offset + PAGE, page.total);
  document.getElementById("page").textContent = page.total ? `${offset + 1}–${last} of ${page.total}` : "none";
  document.getElementById("prev").disabled = offset === 0;
  document.getElementById("next").disabled = last >= page.total;
}

// Split the text at every span boundary; each piece carries the kinds of all spans over it.
function highlighted(text, spans, onTrigger) {
  const cuts = new Set([0, text.length]);
  for (const span of spans) { cuts.add(span.start); cuts.add(span.end); }
  const points = [...cuts].sort((a, b) => a - b);
  const nodes = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [start, end] = [points[i], points[i + 1]];
    const over = spans.filter((span) => span.start <= start && span.end >= end);
    const piece = text.slice(start, end);
    if (!over.length) { nodes.push(document.createTextNode(piece)); continue; }
    const kinds = [...new Set(over.map((span) => span.kind))];
    const node = el("span", { class: `hl ${kinds.join(" ")}`, title: over.map((s) => `${s.kind}: ${s.label}`).join("\n") }, piece);
    const trigger = over.find((span) => span.kind === "trigger");
    if (trigger) {
      node.dataset.event = trigger.event_id;
      node.addEventListener("click", () => onTrigger(trigger.event_id));
    }
    nodes.push(node);
  }
  return nodes;
}

function eventPanel(event) {
  const place = event.place ? [event.place.name, event.place.country].filter(Boolean).join(", ") : "";
  const rows = [
    ["who", names(event.source)], ["did what", `${event.cameo} ${event.cameo_name} (“${event.trigger}”)`],
    ["to whom", names(event.target)], ["when", [event.date, event.date_precision, event.date_basis].filter(Boolean).join(" · ")],
    ["where", place], ["according to", (event.attribution || []).map((l) => `${l.speaker} [${l.cue}, ${l.stance}]`).join(" › ")],
    ["factuality", `${event.factuality}${event.negated ? ", negated" : ""}, ${event.modality}`],
    ["PLOVER", [event.plover_type, event.plover_mode].filter(Boolean).join(" / ")],
    ["Goldstein / quad", `${event.goldstein} / ${event.quad_class}`], ["sentence", event.sentence.trim()],
  ];
  return el("dl", {}, ...rows.flatMap(([term, value]) => [el("dt", {}, term), el("dd", {}, value || "—")]));
}

async function showArticle(articleId, eventId) {
  const article = await getJSON(`/articles/${encodeURIComponent(articleId)}`);
  const byId = Object.fromEntries(article.events.map((event) => [event.event_id, event]));
  const select = (id) => {
    document.getElementById("event-panel").replaceChildren(eventPanel(byId[id]));
    for (const node of document.querySelectorAll("#article-text .selected")) node.classList.remove("selected");
    for (const node of document.querySelectorAll("#article-text [data-event]")) {
      if (node.dataset.event === id) node.classList.add("selected");
    }
  };
  document.getElementById("article-section").hidden = false;
  document.getElementById("article-title").textContent = article.title || article.article_id;
  document.getElementById("article-meta").textContent = [article.published, article.outlet, article.byline, article.source].filter(Boolean).join(" · ");
  document.getElementById("article-text").replaceChildren(...highlighted(article.text, article.spans, select));
  document.getElementById("dropped").replaceChildren(...article.dropped.map((piece) => el("li", {}, `${piece.reason}: ${piece.text}`)));
  if (eventId && byId[eventId]) select(eventId);
  document.getElementById("article-section").scrollIntoView();
}

// Actors on a circle, edges weighted by event count and coloured by mean Goldstein score.
async function loadNetwork() {
  const edges = await getJSON("/network", filters());
  const svg = document.getElementById("network");
  const actors = [...new Set(edges.flatMap((edge) => [edge.source, edge.target]))];
  const where = {};
  actors.forEach((name, i) => {
    const angle = (2 * Math.PI * i) / Math.max(actors.length, 1);
    where[name] = [240 + 150 * Math.cos(angle), 200 + 150 * Math.sin(angle)];
  });
  const most = Math.max(1, ...edges.map((edge) => edge.events));
  const lines = edges.map((edge) => {
    const [[x1, y1], [x2, y2]] = [where[edge.source], where[edge.target]];
    return el("svg:line", { x1, y1, x2, y2, stroke: edge.goldstein_mean < 0 ? "#c0392b" : "#2b7bba",
      "stroke-width": 1 + (4 * edge.events) / most, opacity: 0.6 },
    el("svg:title", {}, `${edge.source} → ${edge.target}: ${edge.events} events, Goldstein ${edge.goldstein_mean}`));
  });
  const dots = actors.map((name) => el("svg:g", {}, el("svg:circle", { cx: where[name][0], cy: where[name][1], r: 4, fill: "#333" }),
    el("svg:text", { x: where[name][0] + 6, y: where[name][1] - 4 }, name)));
  svg.replaceChildren(...lines, ...dots);
}

// Equirectangular projection on a graticule: enough to see where events cluster, no basemap.
async function loadMap() {
  const points = await getJSON("/map", filters());
  const svg = document.getElementById("map");
  const x = (lon) => ((lon + 180) / 360) * 720;
  const y = (lat) => ((90 - lat) / 180) * 360;
  const grid = [];
  for (let lon = -180; lon <= 180; lon += 30) grid.push(el("svg:line", { x1: x(lon), y1: 0, x2: x(lon), y2: 360, stroke: "#e4e4e4" }));
  for (let lat = -60; lat <= 60; lat += 30) grid.push(el("svg:line", { x1: 0, y1: y(lat), x2: 720, y2: y(lat), stroke: lat ? "#e4e4e4" : "#ccc" }));
  const most = Math.max(1, ...points.map((point) => point.events));
  const dots = points.map((point) => el("svg:circle", { cx: x(point.lon), cy: y(point.lat), r: 2 + (8 * Math.sqrt(point.events / most)), fill: "#c0392b", opacity: 0.6 },
    el("svg:title", {}, `${point.name}: ${point.events} events`)));
  svg.replaceChildren(...grid, ...dots);
}

// Stacked monthly bars by quad class, with the mean Goldstein score as a line (−10…+10).
async function loadDyad(event) {
  if (event) event.preventDefault();
  const form = new FormData(document.getElementById("dyad-form"));
  const [a, b] = [form.get("a").trim(), form.get("b").trim()];
  const svg = document.getElementById("dyad");
  if (!a || !b) { svg.replaceChildren(el("svg:text", { x: 10, y: 20 }, "Choose two actors or countries.")); return; }
  const dyad = await getJSON(`/dyads/${encodeURIComponent(a)}/${encodeURIComponent(b)}`, new URLSearchParams({ both: form.has("both") }));
  const months = dyad.months;
  if (!months.length) { svg.replaceChildren(el("svg:text", { x: 10, y: 20 }, `No dated events between ${a} and ${b}.`)); return; }
  const width = 680 / months.length;
  const most = Math.max(...months.map((month) => month.events));
  const parts = [el("svg:line", { x1: 30, y1: 120, x2: 710, y2: 120, stroke: "#ddd" })];
  const path = [];
  months.forEach((month, i) => {
    let top = 210;
    month.quad.forEach((count, q) => {
      const height = (180 * count) / most;
      top -= height;
      if (count) parts.push(el("svg:rect", { x: 30 + i * width, y: top, width: Math.max(width - 2, 1), height, class: `q${q + 1}` },
        el("svg:title", {}, `${month.month}: ${count} events of quad class ${q + 1}`)));
    });
    path.push(`${i ? "L" : "M"}${30 + (i + 0.5) * width},${120 - 9 * month.goldstein_mean}`);
    if (months.length <= 24 || i % Math.ceil(months.length / 24) === 0) parts.push(el("svg:text", { x: 30 + i * width, y: 228 }, month.month));
  });
  parts.push(el("svg:path", { d: path.join(""), fill: "none", stroke: "#333", "stroke-width": 1.5 }, el("svg:title", {}, "mean Goldstein score")));
  svg.replaceChildren(...parts);
}

function refresh() {
  loadEvents(); loadNetwork(); loadMap();
}

document.getElementById("filters").addEventListener("submit", (event) => { event.preventDefault(); offset = 0; refresh(); });
document.getElementById("prev").addEventListener("click", () => { offset = Math.max(0, offset - PAGE); loadEvents(); });
document.getElementById("next").addEventListener("click", () => { offset += PAGE; loadEvents(); });
document.getElementById("dyad-form").addEventListener("submit", loadDyad);
refresh();
