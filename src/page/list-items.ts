/**
 * Items of a list: reviews under a product, posts of a feed, cards of a teaser grid. Each is one of
 * several siblings printed from the same template (same tag, same class), and each holds a little
 * prose of its own, so the longest one can outscore a thin article that stands alone (a short
 * product description, an infographic's caption). An article printed inside such a wrapper
 * carries most of its siblings' prose; a list item carries a share of it.
 */
import { classOf } from '../parse/class-attribute.js';
import type { ElementRecord } from './text-stats.js';

/** Siblings from one template that make a list. Two are often a pair of columns, not a list. */
const MIN_ITEMS = 3;
/** An item holding at least this share of its siblings' prose is the page's text, not an entry. */
const DOMINANT_SHARE = 0.5;
/** Paragraphs, list entries and table cells repeat inside any article: they are its text, not items. */
const TEXT_TAGS: ReadonlySet<string> = new Set(['p', 'li', 'tr', 'td', 'th', 'dd', 'dt']);

const DIGIT = /\d/;

/** The template's name: class words without the numbered ones (`slide-3`, `post-5932`), which tell its instances apart. */
function templateName(el: Element): string {
  if (!el.hasAttributes()) return ''; // most elements: no class to read
  const cls = classOf(el);
  // One word, or none, needs no sorting (classOf gives no empty words around it).
  if (!cls || cls.indexOf(' ') < 0) return DIGIT.test(cls) ? '' : cls;
  return cls.split(' ').filter((w) => !DIGIT.test(w)).sort().join(' ');
}

/** 1 for each record that is, or lies inside, an item of a list (see above). Records in document order. */
export function listItems(records: readonly ElementRecord[]): Uint8Array {
  const n = records.length;
  const out = new Uint8Array(n);
  const count = new Map<string, number>();
  const prose = new Map<string, number>();
  // Both passes ask for most records' names: each is worked out once.
  const names: (string | undefined)[] = new Array(n);
  const nameOf = (i: number): string => (names[i] ??= templateName(records[i].el));
  const signatures: (string | undefined)[] = new Array(n);
  const signature = (i: number): string => (signatures[i] ??= `${records[i].parent}|${records[i].tag}.${nameOf(i)}`);
  for (let i = 1; i < n; i++) {
    const r = records[i];
    if (r.own === undefined || r.chars === 0) continue;
    const k = signature(i);
    count.set(k, (count.get(k) ?? 0) + 1);
    prose.set(k, (prose.get(k) ?? 0) + r.proseChars);
  }
  for (let i = 1; i < n; i++) {
    const r = records[i];
    if (out[r.parent]) { out[i] = 1; continue; }
    // Without a class name the siblings share only a tag: plain <div>s of one article's sections.
    if (r.own === undefined || TEXT_TAGS.has(r.tag) || !nameOf(i)) continue;
    const k = signature(i);
    if ((count.get(k) ?? 0) >= MIN_ITEMS && r.proseChars < DOMINANT_SHARE * (prose.get(k) ?? 0)) out[i] = 1;
  }
  return out;
}
