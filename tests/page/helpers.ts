import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseDocument } from '../../src/parse/html.js';
import { locateArticle, type LocatedArticle } from '../../src/page/locate.js';

export function fixture(name: string): Document {
  const path = fileURLToPath(new URL(`../fixtures/pages/${name}`, import.meta.url));
  return parseDocument(readFileSync(path, 'utf8'));
}

/** The root's visible text without excluded elements, scripts and styles, whitespace collapsed. */
export function keptText(located: LocatedArticle): string {
  const skip = new Set(located.excluded.map((x) => x.element));
  let out = '';
  const stack: Node[] = [located.root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.nodeType === 3) { out += ` ${(node as Text).data}`; continue; }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    if (el !== located.root && skip.has(el)) continue;
    if (['script', 'style', 'template'].includes(el.localName)) continue;
    const kids: Node[] = [];
    for (let c = el.firstChild; c; c = c.nextSibling) kids.push(c);
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
  return out.replace(/\s+/g, ' ').trim();
}

export function locate(name: string, options?: { url?: string; lang?: string }): { doc: Document; located: LocatedArticle; text: string } {
  const doc = fixture(name);
  const located = locateArticle(doc, options);
  return { doc, located, text: keptText(located) };
}
