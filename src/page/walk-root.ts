import { SKIPPED_TAGS } from './tags.js';

/**
 * Where the measuring walk starts. Normally <html>. Broken pages (PHP warnings printed before the
 * doctype, a second <body>) make the parser produce odd trees: a <br> as the document element with
 * the real <html> unreachable from it, or an empty first <body>. Then the candidate with the most
 * text wins.
 */
export function walkRoot(document: Document): Element {
  const de = document.documentElement;
  // An empty input has no tree at all: a detached element stands in, the document stays untouched.
  if (!de) return document.createElement('body');
  // The common case, checked without a selector query (a whole-document scan in linkedom), and
  // without document.body, whose getter in linkedom inserts a missing <head> into the tree.
  let body: Element | null = null;
  for (let c = de.firstElementChild; c; c = c.nextElementSibling) if (c.localName === 'body') body = c;
  if (de.localName === 'html' && body && body.parentNode === de && body.firstElementChild) return de;
  // Pages without </head> or <body> can leave the whole page inside <head>, or put <head> and
  // <body> side by side with <head> as the document element: <head> is a candidate too, and
  // candidates are compared by the text the measuring walk would see (not styles and scripts).
  const candidates: Element[] = [de];
  for (const el of Array.from(document.querySelectorAll('html, head, body'))) if (el !== de) candidates.push(el);
  let best = candidates[0];
  let bestLength = -1;
  for (const el of candidates) {
    // A <style> or <script> that ended up as the document element holds no page text.
    const length = el.localName !== 'head' && SKIPPED_TAGS.has(el.localName) ? 0 : visibleLength(el);
    if (length > bestLength) { best = el; bestLength = length; }
  }
  return best;
}

/** Characters of text under el outside the tags the walk skips (el itself is not checked). */
function visibleLength(root: Element): number {
  let n = 0;
  let node: Node | null = root.firstChild;
  while (node) {
    if (node.nodeType === 3) n += (node as Text).data.trim().length;
    const descend = node.nodeType === 1 && !SKIPPED_TAGS.has((node as Element).localName) && node.firstChild;
    if (descend) { node = node.firstChild; continue; }
    while (node && node !== root && !node.nextSibling) node = node.parentNode;
    node = node && node !== root ? node.nextSibling : null;
  }
  return n;
}
