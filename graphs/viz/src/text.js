// Text helpers: search keys that ignore case and accents in any script, safe DOM text.

export function fold(text) {
  return String(text || "")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[\s\-_.,;:()\[\]'"’]+/g, " ")
    .trim();
}

export function searchKey(node) {
  const names = [node.label, node.acronym, ...(node.alt_names || [])];
  return names.filter(Boolean).map(fold).join("\u0001");
}

// Create an element whose content is plain text (names are never parsed as HTML).
export function el(tag, text, attrs) {
  const element = document.createElement(tag);
  if (text !== undefined && text !== null) element.textContent = String(text);
  for (const [key, value] of Object.entries(attrs || {})) element.setAttribute(key, value);
  return element;
}

export function clear(element) {
  while (element.firstChild) element.removeChild(element.firstChild);
}
