/**
 * The elements pageMetadata reads, found in one walk over the document. It used to run six selector
 * queries, each a whole-tree pass through linkedom's CSS engine; this walk visits every element
 * once and applies the same tests by hand. Like linkedom's querySelector, it looks at a <template>
 * element but not inside it. Tag names need no lowercasing: the parser lowercases them.
 */
import { classOf } from '../parse/class-attribute.js';

export interface MetadataElements {
  metas: Element[];
  h1?: Element;
  title?: Element;
  /** `[rel="author"], [itemprop="author"], .byline, .author, .byline-name, .author-name` */
  byline?: Element;
  /** `time[datetime]` */
  time?: Element;
  /** `link[rel="canonical"]` */
  canonical?: Element;
}

// A class token, as a selector's `.byline` matches it: between white space or the value's ends.
const BYLINE_CLASS = /(?:^|\s)(?:byline|author|byline-name|author-name)(?:$|\s)/;

/** `rel` is one of the attributes HTML selectors compare case-insensitively; `itemprop` is not. */
function relIs(el: Element, value: string): boolean {
  const rel = el.getAttribute('rel');
  return rel !== null && rel.length === value.length && rel.toLowerCase() === value;
}

function isByline(el: Element): boolean {
  if (!el.hasAttributes()) return false;
  return relIs(el, 'author') || el.getAttribute('itemprop') === 'author' || BYLINE_CLASS.test(classOf(el));
}

export function metadataElements(document: Document): MetadataElements {
  const found: MetadataElements = { metas: [] };
  // Top-level nodes one by one: in linkedom the doctype node has no nextSibling.
  for (const top of Array.from(document.childNodes)) {
    let node: Node | null = top;
    while (node) {
      let descend = false;
      if (node.nodeType === 1) {
        const el = node as Element;
        switch (el.localName) {
          case 'meta': found.metas.push(el); break;
          case 'h1': found.h1 ??= el; break;
          case 'title': found.title ??= el; break;
          case 'time': if (!found.time && el.hasAttribute('datetime')) found.time = el; break;
          case 'link': if (!found.canonical && relIs(el, 'canonical')) found.canonical = el; break;
        }
        if (!found.byline && isByline(el)) found.byline = el;
        descend = el.localName !== 'template';
      }
      const child: Node | null = descend ? node.firstChild : null;
      if (child) { node = child; continue; }
      while (node && node !== top && !node.nextSibling) node = node.parentNode;
      node = node && node !== top ? node.nextSibling : null;
    }
  }
  return found;
}
