/**
 * Page-level boilerplate regions: navigation, header, footer, sidebars, comment sections, forms,
 * teaser lists, share bars, banners. An element is a region when its tag, ARIA role or class/id
 * words say so, or when its text is mostly links. Only the outermost region of a nest is reported.
 *
 * A region that holds most of the page's prose is a wrapper that happens to carry a misleading
 * name (`<form>` around a whole ASP.NET page, `<div class="post-with-sidebar">`), and is not one.
 */
import type { PageKind } from '../types.js';
import { articleHintCount, boilerplateHint, endsInArticleBody, ROLE_KINDS, TAG_KINDS } from './hints.js';
import type { ElementRecord } from './text-stats.js';

export interface Region {
  kind: PageKind;
  ruleId: string;
  reason: string;
}

/** Totals the region test compares against. */
export interface PageTotals {
  proseChars: number;
  chars: number;
}

/** Share of the page's prose above which a named region is taken for a wrapper. */
const WRAPPER_SHARE = 0.5;

function holdsMostProse(r: ElementRecord, totals: PageTotals): boolean {
  return totals.proseChars > 0 && r.proseChars >= totals.proseChars * WRAPPER_SHARE;
}

/**
 * Landmarks and comment sections can out-write the article (long disclaimers, long discussions),
 * so they need the headline inside them as well before they count as a wrapper.
 */
function holdsTheArticle(r: ElementRecord, totals: PageTotals, kind: PageKind, named: boolean): boolean {
  if (!holdsMostProse(r, totals)) return false;
  // A named list (`ul.related-posts` with excerpts) can out-write a short article, but no list
  // wraps one.
  if (named && (r.tag === 'ul' || r.tag === 'ol')) return false;
  if (named && kind !== 'comments') return true;
  // A page-wide <form> (ASP.NET) wraps most of the page's text, not only its prose: a signup form
  // in a sidebar can out-write a short article.
  if (kind === 'form') return r.h1 > 0 || r.chars >= totals.chars * WRAPPER_SHARE;
  return r.h1 > 0;
}

/**
 * Content systems add state and owner classes to the article element (`node--promoted`,
 * `author-jane`): an element that also names itself the article and holds the headline and prose
 * is the article, whatever else its class list says.
 */
function namesTheArticle(r: ElementRecord): boolean {
  if (r.prose > 0 && endsInArticleBody(r.el)) return true; // `entry-content paywall-container`
  return r.h1 > 0 && r.prose > 0 && (r.tag === 'article' || articleHintCount(r.words) > 0);
}

/**
 * Teasers lead to other pages. A "teaser" of prose without a single link is the article's own
 * summary (news systems class the lede `teaser-text` on the article page), not a list of stories.
 */
function isUnlinkedTeaser(r: ElementRecord, kind: PageKind): boolean {
  return kind === 'teaser-list' && r.linkCount === 0 && r.linkChars === 0 && r.prose > 0;
}

/** Why the element is page-level boilerplate, or undefined. */
export function classifyRegion(r: ElementRecord, totals: PageTotals): Region | undefined {
  const tagKind = TAG_KINDS[r.tag];
  if (tagKind && !holdsTheArticle(r, totals, tagKind, false)) {
    const what = r.tag === 'figcaption' ? 'an image or video caption' : describe(tagKind);
    return { kind: tagKind, ruleId: `page/${r.tag}-element`, reason: `A <${r.tag}> element is ${what}, not article text.` };
  }
  const role = r.el.getAttribute('role');
  if (role) {
    const roleKind = ROLE_KINDS[role.trim().toLowerCase()];
    if (roleKind && !holdsTheArticle(r, totals, roleKind, false)) {
      return { kind: roleKind, ruleId: 'page/aria-role', reason: `role="${role}" marks ${describe(roleKind)}.` };
    }
  }
  // `hentry` (the hAtom microformat) marks the blog entry itself; the long class lists that come
  // with it name the entry's terms (`topic-comments`, `series-share-economy`), not its parts.
  if (r.words.length && !r.words.includes('hentry')) {
    const hint = boilerplateHint(r.words);
    if (hint && !holdsTheArticle(r, totals, hint.kind, true) && !namesTheArticle(r) && !isUnlinkedTeaser(r, hint.kind)) {
      return { kind: hint.kind, ruleId: `page/hint-${hint.kind}`, reason: `Its class or id ("${hint.word}") names ${describe(hint.kind)}.` };
    }
  }
  return undefined;
}

/**
 * Link lists are found only inside the chosen root: outside it their link text already costs
 * them the choice, and a page that is mostly links around one short article must still yield it.
 */
export const LINK_LIST: Region = { kind: 'teaser-list', ruleId: 'page/link-dense', reason: 'Mostly links with little running text between them: a list of teasers or navigation.' };

/** Mostly link text, several links, and no paragraph of prose of its own. */
export function isLinkList(r: ElementRecord): boolean {
  if (r.chars < 40 || r.linkCount < 3) return false;
  const density = r.linkChars / r.chars;
  if (density > 0.65) return true;
  return density > 0.45 && r.proseChars < r.chars * 0.3;
}

function describe(kind: PageKind): string {
  switch (kind) {
    case 'navigation': return 'site navigation';
    case 'header': return 'the page header';
    case 'footer': return 'the page footer';
    case 'sidebar': return 'a sidebar';
    case 'comments': return 'a comment section';
    case 'hidden': return 'hidden content';
    case 'form': return 'a form';
    case 'teaser-list': return 'a list of teasers for other pages';
    default: return 'page chrome (share bar, banner, advertisement, widget)';
  }
}
