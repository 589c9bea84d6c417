/**
 * A whole HTML page -> the text a scraper that keeps only `innerText` would store: one line per
 * block element, inline whitespace collapsed, invisible content dropped. Used to measure
 * extract(text, { format: 'text' }) on the HTML corpora; not part of the library.
 */
import { parseDocument } from '../src/parse/html.js';

/** Elements that break the line before and after their content, as a browser lays them out. */
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr',
  'legend', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th',
  'thead', 'tr', 'ul', 'html', 'option', 'button',
]);

/** Elements whose content never shows as text. */
const SKIP = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'head', 'title',
  'meta', 'link', 'select', 'textarea', 'input', 'audio', 'video', 'source', 'track', 'map',
]);

const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\b/i;

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

function hidden(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  if ((el.getAttribute('aria-hidden') ?? '').trim().toLowerCase() === 'true') return true;
  const style = el.getAttribute('style');
  return style !== null && HIDDEN_STYLE.test(style);
}

export function htmlToText(html: string): string {
  const document = parseDocument(html);
  // The whole document, not document.body: with conditional comments around <html> linkedom may
  // leave an empty body beside the content. <head> is skipped like any invisible element. Every
  // top-level node, not only documentElement: without an <html> tag (output before the doctype, a
  // page that opens with <head> or <style>) linkedom makes the first element documentElement and
  // leaves the rest of the page beside it.
  const tops = Array.from(document.childNodes as unknown as ArrayLike<Node>);
  if (tops.length === 0) return '';
  const lines: string[] = [];
  let current = '';
  const breakLine = () => {
    const t = current.replace(/\s+/g, ' ').trim();
    if (t) lines.push(t);
    current = '';
  };
  // Iterative walk: [node, leaving?]; deep pages would overflow a recursive one.
  const stack: [Node, boolean][] = tops.reverse().map((n): [Node, boolean] => [n, false]);
  while (stack.length) {
    const [node, leaving] = stack.pop()!;
    if (leaving) {
      breakLine();
      continue;
    }
    if (node.nodeType === TEXT_NODE) {
      current += (node as Text).data;
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE) continue;
    const el = node as Element;
    const tag = el.tagName.toLowerCase();
    if (SKIP.has(tag) || hidden(el)) continue;
    if (tag === 'br') {
      breakLine();
      continue;
    }
    if (tag === 'img') {
      current += ' ';
      continue;
    }
    const block = BLOCK.has(tag);
    if (block) {
      breakLine();
      stack.push([el, true]);
    } else if (tag === 'td' || tag === 'th') current += ' ';
    const kids = el.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push([kids[i], false]);
  }
  breakLine();
  return lines.join('\n');
}
