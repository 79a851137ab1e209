// The details panel: everything shown as text, the Wikidata QID as a link.
import { clear, el } from "./text.js";

function row(list, term, value) {
  if (value === undefined || value === null || value === "" || (Array.isArray(value) && !value.length)) return;
  list.appendChild(el("dt", term));
  const dd = el("dd", null, { dir: "auto" });
  if (value instanceof Node) dd.appendChild(value);
  else {
    // Each name isolated (<bdi>) so Arabic and Latin names keep their own direction.
    (Array.isArray(value) ? value : [value]).forEach((item, i) => {
      if (i) dd.appendChild(document.createTextNode("; "));
      dd.appendChild(el("bdi", String(item)));
    });
  }
  list.appendChild(dd);
}

export function showNode(panel, node, data) {
  clear(panel);
  panel.appendChild(el("h1", node.label, { dir: "auto" }));
  const list = el("dl");
  row(list, "Names as written", node.written);
  row(list, "Acronym", node.acronym);
  row(list, "Alternate names", node.alt_names);
  row(list, "Kind", node.kind || node.node_type);
  const countries = data.countries || {};
  row(list, "Country", (node.countries || []).map((c) => (countries[c] ? `${countries[c]} (${c})` : c)));
  row(list, "Region (UN M49)", node.regions || node.region);
  row(list, "Sub-region (UN M49)", node.intermediate_regions || node.intermediate_region);
  row(list, "Themes", (node.themes || []).map((t) => data.themes[t] || t));
  row(list, "Movement group", data.themes[node.group] || node.group);
  row(list, "Community", node.community);
  if (node.qid && /^Q[1-9][0-9]*$/.test(node.qid)) {
    const link = el("a", node.qid, {
      href: `https://www.wikidata.org/wiki/${node.qid}`,
      target: "_blank",
      rel: "noopener noreferrer",
    });
    row(list, "Wikidata", link);
  } else {
    row(list, "Wikidata", "not linked");
  }
  row(list, "Letters signed", (node.letters || []).map((i) => letterName(data.letters[i])));
  for (const [name, value] of Object.entries(node.metrics || {})) {
    row(list, name.replace("_", " "), Number.isInteger(value) ? value : Number(value).toFixed(4));
  }
  panel.appendChild(list);
}

export function showEdge(panel, source, target, edge, data) {
  clear(panel);
  panel.appendChild(el("h1", `${source.label} — ${target.label}`));
  const list = el("dl");
  row(list, "Weight", Number(edge.weight).toFixed(3));
  row(list, "Why", edge.reasons);
  row(list, "Source letters", (edge.letters || []).map((i) => letterName(data.letters[i])));
  panel.appendChild(list);
}

export function letterName(letter) {
  if (!letter) return "";
  return letter.date ? `${letter.title} (${letter.date})` : letter.title;
}
