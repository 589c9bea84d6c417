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
  const candidates: Element[] = [de];
  for (const el of Array.from(document.querySelectorAll('html, body'))) candidates.push(el);
  let best = candidates[0];
  let bestLength = -1;
  for (const el of candidates) {
    const length = el.textContent?.length ?? 0;
    if (length > bestLength) { best = el; bestLength = length; }
  }
  return best;
}
