// Categorical colours shared with the static pictures (graphs/static.py PALETTE).

export const PALETTE = [
  "#E69F00", "#56B4E9", "#009E73", "#D55E00", "#CC79A7", "#0072B2", "#F0E442",
  "#8C564B", "#17BECF", "#BCBD22", "#7F7F7F", "#E377C2", "#1F77B4", "#98DF8A",
];
export const GREY = "#B0B0B0";
export const DIMMED = "#E8E8E8";
export const EDGE_COLOUR = "#D9D9D9";
// Ties made by a shared parent or name family: dark and thick, as in the static picture.
export const AFFILIATION_EDGE = { color: "#222222", size: 2.5 };

export function category(node, by) {
  switch (by) {
    case "community":
      return node.community === undefined ? "" : `community ${node.community}`;
    case "country":
      return (node.countries || [])[0] || "";
    // UN M49 (graphs/regions.py): a signer's first region, a country node's own.
    case "region":
      return (node.regions || [])[0] || node.region || "";
    case "sub-region":
      return (node.intermediate_regions || [])[0] || node.intermediate_region || "";
    case "family":
      return node.family || "";
    case "linked":
      return node.qid ? "linked to Wikidata" : "not linked";
    default:
      return node.group || node.node_type || "";
  }
}

// Colour per category, the most frequent first; "general" and empty are grey.
export function colourMap(nodes, by) {
  const counts = new Map();
  for (const node of nodes) {
    const key = category(node, by);
    counts.set(key, (counts.get(key) || 0) + 1);
  }
  const grey = (k) => k === "" || k === "general" || k === "not linked";
  const ordered = [...counts.keys()].sort(
    (a, b) => grey(a) - grey(b) || counts.get(b) - counts.get(a) || (a < b ? -1 : a > b ? 1 : 0),
  );
  const colours = new Map();
  ordered.forEach((key, i) => colours.set(key, grey(key) || i >= PALETTE.length ? GREY : PALETTE[i]));
  return { colours, counts, ordered };
}
