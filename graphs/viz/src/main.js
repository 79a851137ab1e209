// The coalition network page: reads the inlined JSON, draws it with sigma.js (WebGL).
// No layout runs here (positions come precomputed) and no request leaves the page.
import Graph from "graphology";
import Sigma from "sigma";

import { AFFILIATION_EDGE, category, colourMap, DIMMED, EDGE_COLOUR } from "./colours.js";
import { letterName, showEdge, showNode } from "./details.js";
import { exportPng } from "./export.js";
import { clear, el, fold, searchKey } from "./text.js";

const started = performance.now();
const data = JSON.parse(document.getElementById("coalition-data").textContent);
const $ = (id) => document.getElementById(id);

const nodes = data.nodes;
const byId = new Map(nodes.map((n) => [n.id, n]));
const keys = new Map(nodes.map((n) => [n.id, searchKey(n)]));
const edgeRecords = data.edges.map(([s, t, weight, letters, reasons, tie]) => ({
  source: nodes[s].id,
  target: nodes[t].id,
  weight,
  letters: letters || [],
  reasons: reasons || [],
  tie: tie || "",
}));

const graph = new Graph({ type: "undirected", multi: false, allowSelfLoops: false });
for (const node of nodes) graph.addNode(node.id, { x: node.x, y: node.y, label: node.label, size: 4, color: "#999" });
// Loops, not Math.max(...array): spreading 200 000 values overflows the call stack.
const largest = (values) => values.reduce((max, v) => (v > max ? v : max), 1e-9);
const maxWeight = largest(edgeRecords.map((e) => e.weight));
// Ties of a kind the data marks (tie: "affiliation") get their own style, set once here.
let affiliationTies = 0;
edgeRecords.forEach((edge, i) => {
  if (graph.hasEdge(edge.source, edge.target)) return;
  const affiliation = edge.tie === "affiliation";
  if (affiliation) affiliationTies++;
  graph.addEdgeWithKey(`e${i}`, edge.source, edge.target, {
    size: affiliation ? AFFILIATION_EDGE.size : 0.3 + 2 * (edge.weight / maxWeight),
    color: affiliation ? AFFILIATION_EDGE.color : EDGE_COLOUR,
    zIndex: affiliation ? 1 : 0,
    tie: edge.tie,
    index: i,
  });
});

const state = {
  hovered: null,
  selected: null,
  ego: null,
  neighbours: new Set(),
  hidden: new Set(),
  letterFilter: "",
  timeLimit: null,
};

function applyColours(by) {
  const { colours, counts, ordered } = colourMap(nodes, by);
  graph.updateEachNodeAttributes((id, attrs) => ({ ...attrs, color: colours.get(category(byId.get(id), by)) }));
  const legend = $("legend");
  clear(legend);
  for (const key of ordered.slice(0, 30)) {
    const item = el("li");
    const swatch = el("span", null, { class: "swatch" });
    swatch.style.background = colours.get(key);
    item.appendChild(swatch);
    const name = by === "group" && data.themes[key] ? data.themes[key] : key || "none";
    item.appendChild(el("span", `${name} (${counts.get(key)})`));
    legend.appendChild(item);
  }
  if (affiliationTies) {
    const item = el("li", null, { class: "edge-key" });
    const swatch = el("span", null, { class: "line" });
    swatch.style.background = AFFILIATION_EDGE.color;
    item.appendChild(swatch);
    item.appendChild(el("span", `affiliation / name family tie (${affiliationTies})`));
    legend.appendChild(item);
  }
}

function applySizes(metric) {
  const values = nodes.map((n) => Number((n.metrics || {})[metric] || 0));
  const max = largest(values);
  const base = nodes.length > 3000 ? 1.5 : 3;
  nodes.forEach((n, i) => graph.setNodeAttribute(n.id, "size", base + 12 * Math.sqrt(values[i] / max)));
}

function letterDateOk(letterIndex) {
  if (state.timeLimit === null) return true;
  const date = data.letters[letterIndex] && data.letters[letterIndex].date;
  return !date || date <= state.timeLimit;
}

function edgeVisible(record) {
  if (state.letterFilter !== "" && record.letters.length && !record.letters.includes(Number(state.letterFilter))) return false;
  if (state.timeLimit !== null && record.letters.length && !record.letters.some(letterDateOk)) return false;
  return true;
}

// Visibility is computed once per filter change, never per frame.
function applyFilters() {
  const theme = $("theme-filter").value;
  state.letterFilter = $("letter-filter").value;
  state.hidden = new Set();
  const egoKeep = state.ego ? new Set([state.ego, ...graph.neighbors(state.ego)]) : null;
  for (const node of nodes) {
    const letters = node.letters || [];
    let show = true;
    if (theme && !(node.themes || []).includes(theme) && node.group !== theme) show = false;
    if (state.letterFilter !== "" && letters.length && !letters.includes(Number(state.letterFilter))) show = false;
    if (state.timeLimit !== null && letters.length && !letters.some(letterDateOk)) show = false;
    if (egoKeep && !egoKeep.has(node.id)) show = false;
    if (!show) state.hidden.add(node.id);
  }
  renderer.refresh();
  updateStatus();
}

function visibleEdges() {
  let count = 0;
  graph.forEachEdge((key, attrs, s, t) => {
    if (!state.hidden.has(s) && !state.hidden.has(t) && edgeVisible(edgeRecords[attrs.index])) count++;
  });
  return count;
}

function updateStatus() {
  const shown = nodes.length - state.hidden.size;
  $("status").textContent = `${shown} of ${graph.order} nodes · ${visibleEdges()} of ${graph.size} edges shown`;
}

const container = $("sigma");
const renderer = new Sigma(graph, container, {
  renderEdgeLabels: false,
  enableEdgeEvents: graph.size <= 60000,
  hideEdgesOnMove: graph.size > 20000,
  labelRenderedSizeThreshold: nodes.length > 2000 ? 10 : 6,
  labelDensity: 0.35,
  labelGridCellSize: 120,
  zIndex: true,
  nodeReducer(node, attrs) {
    if (state.hidden.has(node)) return { ...attrs, hidden: true };
    const focus = state.hovered || state.selected;
    if (focus && node !== focus && !state.neighbours.has(node)) {
      return { ...attrs, color: DIMMED, label: "", zIndex: 0 };
    }
    if (node === state.selected || node === state.hovered) return { ...attrs, highlighted: true, zIndex: 2 };
    return attrs;
  },
  edgeReducer(edge, attrs) {
    const [s, t] = graph.extremities(edge);
    if (state.hidden.has(s) || state.hidden.has(t) || !edgeVisible(edgeRecords[attrs.index])) {
      return { ...attrs, hidden: true };
    }
    const focus = state.hovered || state.selected;
    if (focus && s !== focus && t !== focus) return { ...attrs, hidden: graph.size > 5000, color: "#f2f2f2" };
    if (focus) return attrs.tie ? attrs : { ...attrs, color: "#777" };
    return attrs;
  },
});

function setFocusNeighbours() {
  const focus = state.hovered || state.selected;
  state.neighbours = focus ? new Set(graph.neighbors(focus)) : new Set();
}

function select(id) {
  state.selected = id && graph.hasNode(id) ? id : null;
  $("ego").disabled = !state.selected;
  setFocusNeighbours();
  if (state.selected) {
    showNode($("details"), byId.get(id), data);
    const display = renderer.getNodeDisplayData(id);
    if (display) renderer.getCamera().animate({ x: display.x, y: display.y, ratio: 0.35 }, { duration: 400 });
  }
  renderer.refresh();
}

renderer.on("enterNode", ({ node }) => {
  state.hovered = node;
  setFocusNeighbours();
  showNode($("details"), byId.get(node), data);
  renderer.refresh({ skipIndexation: true });
});
renderer.on("leaveNode", () => {
  state.hovered = null;
  setFocusNeighbours();
  if (state.selected) showNode($("details"), byId.get(state.selected), data);
  renderer.refresh({ skipIndexation: true });
});
renderer.on("clickNode", ({ node }) => select(node));
renderer.on("clickStage", () => select(null));
renderer.on("enterEdge", ({ edge }) => {
  const [s, t] = graph.extremities(edge);
  showEdge($("details"), byId.get(s), byId.get(t), edgeRecords[graph.getEdgeAttribute(edge, "index")], data);
});

function search(query) {
  const q = fold(query);
  const results = $("results");
  clear(results);
  if (!q) return [];
  const found = [];
  for (const node of nodes) {
    if (keys.get(node.id).includes(q)) found.push(node);
  }
  found.sort((a, b) => (fold(a.label).startsWith(q) ? 0 : 1) - (fold(b.label).startsWith(q) ? 0 : 1) || a.label.localeCompare(b.label));
  for (const node of found.slice(0, 50)) {
    const item = el("li", node.acronym ? `${node.label} (${node.acronym})` : node.label, { dir: "auto" });
    item.addEventListener("click", () => select(node.id));
    results.appendChild(item);
  }
  if (found.length) select(found[0].id);
  return found.map((n) => n.id);
}

function fillControls() {
  $("title").textContent = data.title || "Coalition network";
  if (nodes.some((n) => n.family)) $("colour-by").appendChild(el("option", "affiliation family", { value: "family" }));
  for (const metric of data.metrics) $("size-by").appendChild(el("option", metric.replace("_", " "), { value: metric }));
  if (data.metrics.includes("weighted_degree")) $("size-by").value = "weighted_degree";
  const themes = new Set();
  for (const node of nodes) {
    for (const t of node.themes || []) themes.add(t);
    if (node.group) themes.add(node.group);
  }
  for (const t of [...themes].sort()) $("theme-filter").appendChild(el("option", data.themes[t] || t, { value: t }));
  data.letters.forEach((letter, i) => $("letter-filter").appendChild(el("option", letterName(letter), { value: String(i) })));
  const dates = [...new Set(data.letters.map((l) => l.date).filter(Boolean))].sort();
  if (dates.length > 1) {
    $("time-box").hidden = false;
    const slider = $("time-slider");
    slider.max = String(dates.length - 1);
    slider.value = String(dates.length - 1);
    $("time-value").textContent = dates[dates.length - 1];
    slider.dataset.last = dates[dates.length - 1];
    slider.addEventListener("input", () => {
      state.timeLimit = dates[Number(slider.value)];
      $("time-value").textContent = state.timeLimit;
      applyFilters();
    });
  }
}

fillControls();
applyColours($("colour-by").value);
applySizes($("size-by").value || data.metrics[0]);
$("colour-by").addEventListener("change", (e) => { applyColours(e.target.value); renderer.refresh(); });
$("size-by").addEventListener("change", (e) => { applySizes(e.target.value); renderer.refresh(); });
$("theme-filter").addEventListener("change", applyFilters);
$("letter-filter").addEventListener("change", applyFilters);
$("search").addEventListener("input", (e) => search(e.target.value));
$("ego").addEventListener("click", () => { state.ego = state.selected; applyFilters(); });
$("reset").addEventListener("click", () => {
  state.ego = null;
  state.timeLimit = null;
  const slider = $("time-slider");
  slider.value = slider.max;
  $("time-value").textContent = slider.dataset.last || "";
  $("theme-filter").value = "";
  $("letter-filter").value = "";
  $("search").value = "";
  clear($("results"));
  select(null);
  applyFilters();
  renderer.getCamera().animatedReset();
});
$("export").addEventListener("click", () => exportPng(renderer, container, "coalition-network.png"));
applyFilters();

const firstRenderMs = performance.now() - started;
window.coalitionViz = {
  ready: true,
  firstRenderMs,
  nodeCount: () => graph.order,
  edgeCount: () => graph.size,
  visibleNodeCount: () => nodes.length - state.hidden.size,
  visibleEdgeCount: () => visibleEdges(),
  visibleNodes: () => nodes.filter((n) => !state.hidden.has(n.id)).map((n) => n.id),
  // What sigma draws for the tie between two nodes (after the reducers), or null.
  edgeDisplay: (source, target) => {
    const edge = graph.edge(source, target);
    const shown = edge && renderer.getEdgeDisplayData(edge);
    return shown ? { color: shown.color, size: shown.size, hidden: !!shown.hidden, tie: graph.getEdgeAttribute(edge, "tie") } : null;
  },
  // Where a node is drawn, in page pixels (to click it like a user).
  nodePosition: (id) => {
    const display = renderer.getNodeDisplayData(id);
    const point = renderer.framedGraphToViewport(display);
    const box = container.getBoundingClientRect();
    return { x: box.left + point.x, y: box.top + point.y };
  },
  search: (q) => search(q),
  select: (id) => select(id),
  selected: () => state.selected,
  selectedLabel: () => (state.selected ? byId.get(state.selected).label : null),
  legend: () => [...$("legend").querySelectorAll("li")].map((li) => li.textContent),
  setColourBy: (by) => { $("colour-by").value = by; applyColours(by); renderer.refresh(); },
  ego: (id) => { select(id); state.ego = id; applyFilters(); return nodes.length - state.hidden.size; },
  exportDataUrl: () => exportPng(renderer, container, null),
  // Mean milliseconds of one camera-move frame (pan), for the benchmark.
  frameMs: (frames = 20) => {
    const camera = renderer.getCamera();
    const start = performance.now();
    for (let i = 0; i < frames; i++) {
      camera.setState({ x: 0.5 + 0.01 * Math.sin(i), y: 0.5 + 0.01 * Math.cos(i) });
      renderer.render();
    }
    return (performance.now() - start) / frames;
  },
};
// A DOM mark as well, so drivers can wait without evaluating code (the page's CSP forbids eval).
document.body.dataset.ready = "true";
