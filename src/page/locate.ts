/**
 * locateArticle: finds the element holding a page's article and lists what is not article, inside
 * it (to skip) and around it (to report). Reads the DOM only; nothing is detached or rewritten.
 *
 * Steps: language -> JSON-LD evidence -> one measuring walk -> regions -> root by subtree score ->
 * merge split parts -> exclusions inside the root -> major regions outside it.
 */
import type { PageKind } from '../types.js';
import { classifyRegion, isLinkList, LINK_LIST, type Region } from './boilerplate-regions.js';
import { chooseRoot } from './candidates.js';
import { evidenceFromBody } from './evidence.js';
import { findHeadline } from './headline.js';
import { articleBodyText, jsonLdObjects, type JsonObject } from './json-ld.js';
import { resolveLanguage } from './language.js';
import { besideLede, besideParts, commonAncestor, findLede } from './lede.js';
import { mergeSiblings } from './merge-siblings.js';
import { declaredRecipe, recipeParts } from './recipe-parts.js';
import { SKIPPED_TAGS } from './tags.js';
import { teaserCards, TEASER_CARDS } from './teaser-cards.js';
import { threadFirstPost } from './thread-first-post.js';
import { measurePage, type ElementRecord } from './text-stats.js';
import { walkRoot } from './walk-root.js';

export interface PageRemoval {
  element: Element;
  kind: PageKind;
  ruleId: string;
  reason: string;
}

export interface LocatedArticle {
  root: Element;
  excluded: PageRemoval[];
  /** Page parts beside the article's container, in document order. */
  outside: PageRemoval[];
  /** How many of `outside` come before the container (the rest come after it). */
  outsideBefore: number;
}

export interface LocateOptions {
  url?: string;
  lang?: string;
  /** The page's JSON-LD objects, when the caller has them already: parsing them is not free. */
  jsonLd?: readonly JsonObject[];
}

const HIDDEN_REASONS = {
  'hidden-attribute': 'It carries the hidden attribute.',
  'aria-hidden': 'It is marked aria-hidden="true".',
  'inline-style': 'Its inline style hides it (display:none or visibility:hidden).',
  'hidden-input': 'It is a hidden form input.',
} as const;

/**
 * A few hundred words of running text to tell the language by: long text nodes outside scripts,
 * in document order. Stops as soon as it has enough, so it rarely walks the whole page.
 */
function languageSample(root: Element): string {
  let out = '';
  let node: Node | null = root.firstChild;
  while (node && out.length < 3000) {
    if (node.nodeType === 3) {
      const t = (node as Text).data;
      if (t.length >= 40) out += ` ${t}`;
    }
    const descend = node.nodeType === 1 && !SKIPPED_TAGS.has((node as Element).localName) && node.firstChild;
    if (descend) { node = node.firstChild; continue; }
    while (node && node !== root && !node.nextSibling) node = node.parentNode;
    node = node && node !== root ? node.nextSibling : null;
  }
  return out;
}

function removal(r: ElementRecord, region: Region): PageRemoval {
  return { element: r.el, kind: region.kind, ruleId: region.ruleId, reason: region.reason };
}

/** Internal details of one location, for the dev tools that explain a choice. */
export interface LocateTrace {
  records: ElementRecord[];
  score: Float64Array;
  near: Float64Array;
  regionAt: (Region | undefined)[];
  chosen: number;
  language: string | undefined;
}

export function locateArticle(document: Document, options: LocateOptions = {}, trace?: (t: LocateTrace) => void): LocatedArticle {
  // From <html>, not document.body: malformed pages can parse into two <body> elements (an empty
  // one first) or leave content outside <body>; <head> is skipped by tag.
  const body = walkRoot(document);
  const declared = options.lang ?? document.documentElement?.getAttribute('lang') ?? undefined;
  const language = resolveLanguage(declared || undefined, languageSample(body));
  const jsonLd = options.jsonLd ?? jsonLdObjects(document);
  const evidence = evidenceFromBody(articleBodyText(jsonLd));
  const { records, hidden } = measurePage(body, { language, evidence });
  const n = records.length;

  const totals = { proseChars: records[0].proseChars, chars: records[0].chars };
  const regionAt: (Region | undefined)[] = new Array(n);
  const insideRegion = new Uint8Array(n);
  for (let i = 1; i < n; i++) {
    const r = records[i];
    if (insideRegion[r.parent] || regionAt[r.parent]) { insideRegion[i] = 1; continue; }
    if (r.own === undefined) continue; // inline: its text is judged with its block
    regionAt[i] = classifyRegion(r, totals);
  }

  let { score, near, best } = chooseRoot(records, regionAt, insideRegion);
  const post = threadFirstPost(records, regionAt, best);
  if (post !== undefined) {
    // The opening post is no longer a comment: its parts are judged as any article's, but for
    // their comment class words.
    regionAt[post] = undefined;
    for (let i = post + 1; i < records[post].end; i++) {
      const r = records[i];
      insideRegion[i] = 0;
      if (insideRegion[r.parent] || regionAt[r.parent]) { insideRegion[i] = 1; continue; }
      // Its parts carry the same comment class words as the post itself (`comment-body`).
      const region = r.own === undefined ? undefined : classifyRegion(r, totals);
      if (region?.kind !== 'comments') regionAt[i] = region;
    }
    ({ score, near, best } = chooseRoot(records, regionAt, insideRegion));
  }
  const merged = mergeSiblings(records, score, regionAt, best);
  let root = merged.root;
  const droppedSet = new Set(merged.dropped);
  const besideSet = new Set<number>();
  const lede = findLede(records, regionAt, root, language.stopwords);
  if (lede !== undefined) {
    // The root grows to hold the lede; all else beside the two is left out, and the lede is no
    // longer part of the region (the article's header) that held it.
    const top = commonAncestor(records, lede, root);
    for (const k of besideLede(records, top, lede, root)) { besideSet.add(k); insideRegion[k] = 0; }
    for (let a = lede; a !== top; a = records[a].parent) regionAt[a] = undefined;
    for (let k = lede; k < records[lede].end; k++) insideRegion[k] = 0;
    for (let a = records[lede].parent; a !== top; a = records[a].parent) insideRegion[a] = 0;
    root = top;
  }
  const headlines = (): string[] => records.filter((r) => r.tag === 'h1').map((r) => r.el.textContent ?? '');
  const recipe = declaredRecipe(jsonLd, headlines, language.stopwords);
  // Lines in a page region other than the header (a sidebar, comments, a widget), or in an
  // <aside>, are never the recipe's: a shopping box or a comment names the same ingredients.
  const apart = new Uint8Array(n);
  if (recipe) {
    for (let i = 1; i < n; i++) {
      const region = regionAt[i];
      apart[i] = apart[records[i].parent] || (region && region.kind !== 'header') || records[i].tag === 'aside' ? 1 : 0;
    }
  }
  const parts = recipe ? recipeParts(records, root, recipe, language.unspaced, (k) => !!apart[k]) : [];
  const besideRecipe = new Set<number>();
  // The recipe's parts and the elements holding them are the page's declared text: no rule below
  // may drop them as a link list or teaser (ingredient names are often links).
  const recipeText = new Uint8Array(n);
  if (parts.length) {
    let top = root;
    for (const k of parts) top = commonAncestor(records, top, k);
    // As with the lede: the root grows to hold the parts, and the rest beside them stays out.
    // Parts inside the root cut nothing beside them: the root holds them with their neighbours.
    const apart = parts.filter((k) => k < root || k >= records[root].end);
    if (top !== root) for (const k of besideParts(records, top, [...apart, root])) { besideRecipe.add(k); insideRegion[k] = 0; }
    for (const part of parts) {
      for (let a = part; a !== top; a = records[a].parent) { regionAt[a] = undefined; recipeText[a] = 1; }
      for (let k = part; k < records[part].end; k++) { insideRegion[k] = 0; recipeText[k] = 1; }
      for (let a = records[part].parent; a !== top; a = records[a].parent) insideRegion[a] = 0;
    }
    root = top;
  }
  const end = records[root].end;
  trace?.({ records, score, near, regionAt, chosen: best, language: language.lang });

  for (let i = root + 1; i < end; i++) {
    const r = records[i];
    if (insideRegion[i]) continue;
    if (insideRegion[r.parent] || regionAt[r.parent]) { insideRegion[i] = 1; continue; }
    if (!regionAt[i] && !recipeText[i] && r.own !== undefined && isLinkList(r) && r.proseChars <= records[root].proseChars * 0.2) regionAt[i] = LINK_LIST;
  }
  for (const i of teaserCards(records, root, (k) => !!insideRegion[k] || !!regionAt[k])) if (!regionAt[i] && !insideRegion[i] && !recipeText[i]) regionAt[i] = TEASER_CARDS;

  const excluded: PageRemoval[] = [];
  for (let i = root + 1; i < end; i++) {
    const r = records[i];
    if (insideRegion[i]) continue;
    const region = regionAt[i];
    if (region) excluded.push(removal(r, region));
    else if (droppedSet.has(i) && !recipeText[i]) {
      excluded.push({ element: r.el, kind: 'page-chrome', ruleId: 'page/between-parts', reason: 'It sits between the parts of a split article and holds no prose.' });
    } else if (besideRecipe.has(i)) {
      excluded.push({ element: r.el, kind: 'page-chrome', ruleId: 'page/beside-recipe', reason: "It stands beside the recipe's parts (ingredients, method) that the template prints apart." });
    } else if (besideSet.has(i) && !recipeText[i]) {
      excluded.push({ element: r.el, kind: 'page-chrome', ruleId: 'page/beside-lede', reason: "It stands beside the article's lede and body, which the template prints apart." });
    }
  }
  // Dropped siblings can hold regions already listed; keep only the outermost entry.
  const headline = findHeadline(records, root);
  if (headline !== undefined && !insideRegion[headline] && !regionAt[headline]) {
    excluded.push({ element: records[headline].el, kind: 'page-chrome', ruleId: 'page/headline', reason: 'The article headline: reported in metadata.title, not repeated in the text.' });
  }
  for (const h of hidden) {
    if (h.parent >= root && h.parent < end && !insideRegion[h.parent] && !regionAt[h.parent]) {
      excluded.push({ element: h.el, kind: 'hidden', ruleId: 'page/hidden', reason: HIDDEN_REASONS[h.reason] });
    }
  }

  // Siblings of the root's ancestors, gathered inside out; record indices are document order, so
  // sorting by index orders them as the page does without comparing node positions (which costs a
  // walk over siblings per comparison: quadratic on a flat page of thousands of siblings).
  const beside: { at: number; removal: PageRemoval }[] = [];
  for (let at = root; records[at].parent >= 0; at = records[at].parent) {
    const p = records[at].parent;
    for (let j = p + 1; j < records[p].end; j = records[j].end) {
      if (j === at || records[j].chars === 0) continue;
      const region = regionAt[j];
      beside.push({ at: j, removal: region ? removal(records[j], region) : {
        element: records[j].el,
        kind: j < at ? 'header' : 'footer',
        ruleId: 'page/outside-article',
        reason: `Page content ${j < at ? 'before' : 'after'} the article's container.`,
      } });
    }
  }
  beside.sort((a, b) => a.at - b.at);
  const outside = beside.map((x) => x.removal);
  const outsideBefore = beside.filter((x) => x.at < root).length;
  return { root: records[root].el, excluded: dedupeNested(excluded), outside, outsideBefore };
}

/** Drops entries inside another entry's element (a region inside a dropped sibling). */
function dedupeNested(list: PageRemoval[]): PageRemoval[] {
  const els = new Set(list.map((x) => x.element));
  return list.filter((x) => {
    for (let p = x.element.parentElement; p; p = p.parentElement) if (els.has(p)) return false;
    return true;
  });
}
