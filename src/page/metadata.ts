/**
 * Page metadata from what the page declares about itself, most specific source first:
 * JSON-LD article objects, then Open Graph / Twitter / article: / Dublin Core meta tags, then
 * <html lang>, <link rel=canonical>, <title> and the first <h1>, then a visible byline.
 */
import type { Metadata } from '../types.js';
import { isArticleObject, jsonLdObjects, typesOf, type JsonObject } from './json-ld.js';
import { metadataElements } from './metadata-scan.js';

const SPACES = /\s+/g;
// A site name glued to the title: "Headline | Site", "Headline - Site", "Headline — Site".
const TITLE_SEPARATOR = /\s+[|\u2013\u2014\-:·»]\s+/;
const BY_PREFIX = /^(?:by|von|par|por|di|door|av|przez|автор)\s*:?\s+/i;

function clean(v: unknown): string | undefined {
  if (typeof v !== 'string') return undefined;
  const t = v.replace(SPACES, ' ').trim();
  return t || undefined;
}

function metaIndex(metas: readonly Element[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const m of metas) {
    const key = (m.getAttribute('property') ?? m.getAttribute('name') ?? m.getAttribute('itemprop') ?? '').trim().toLowerCase();
    const content = clean(m.getAttribute('content'));
    // The first declaration wins: later duplicates are usually from embedded widgets.
    if (key && content && !map.has(key)) map.set(key, content);
  }
  return map;
}

function first(meta: Map<string, string>, keys: readonly string[]): string | undefined {
  for (const k of keys) {
    const v = meta.get(k);
    if (v) return v;
  }
  return undefined;
}

/** Names from a schema.org author value: a string, a Person/Organization, or a list of them. */
function authorNames(v: unknown): string | undefined {
  const names: string[] = [];
  const add = (x: unknown): void => {
    if (typeof x === 'string') { const c = clean(x); if (c) names.push(c); }
    else if (Array.isArray(x)) x.forEach(add);
    else if (x && typeof x === 'object') add((x as JsonObject).name);
  };
  add(v);
  const unique = [...new Set(names)];
  return unique.length ? unique.join(', ') : undefined;
}

/** An ISO 8601 string when the value parses as a date, else undefined. */
export function isoDate(v: string | undefined): string | undefined {
  if (!v) return undefined;
  const t = v.trim();
  // Keep a plain date as the page gave it: turning it into midnight UTC would invent a time zone.
  if (/^\d{4}-\d{2}-\d{2}$/.test(t)) return t;
  const ms = Date.parse(t);
  if (Number.isNaN(ms)) return undefined;
  const year = new Date(ms).getUTCFullYear();
  if (year < 1990 || year > 2100) return undefined;
  return new Date(ms).toISOString();
}

function siteFromTitle(title: string | undefined, siteName: string | undefined): string | undefined {
  if (!title || !siteName) return title;
  const parts = title.split(TITLE_SEPARATOR);
  if (parts.length < 2) return title;
  const last = parts[parts.length - 1];
  const firstPart = parts[0];
  if (last.toLowerCase() === siteName.toLowerCase()) return parts.slice(0, -1).join(' - ');
  if (firstPart.toLowerCase() === siteName.toLowerCase()) return parts.slice(1).join(' - ');
  return title;
}

function visibleByline(el: Element | undefined): string | undefined {
  const text = clean(el?.textContent);
  if (!text || text.length > 100) return undefined;
  return text.replace(BY_PREFIX, '') || undefined;
}

/** `jsonLd`: the page's JSON-LD objects when the caller has them already (see jsonLdObjects). */
export function pageMetadata(document: Document, url?: string, jsonLd?: readonly JsonObject[]): Metadata {
  const found = metadataElements(document);
  const meta = metaIndex(found.metas);
  const objects = jsonLd ?? jsonLdObjects(document);
  const article = objects.find(isArticleObject);
  const site = objects.find((o) => typesOf(o).some((t) => /WebSite|Organization|NewsMediaOrganization/.test(t)));
  const publisher = article?.publisher as JsonObject | undefined;

  const siteName = first(meta, ['og:site_name', 'application-name', 'twitter:site'])
    ?? clean(publisher?.name) ?? clean(site?.name);

  const h1 = clean(found.h1?.textContent);
  const rawTitle = clean(article?.headline) ?? first(meta, ['og:title', 'twitter:title', 'dc.title', 'dcterms.title'])
    ?? clean(found.title?.textContent) ?? h1;
  const title = siteFromTitle(rawTitle, siteName);

  const author = authorNames(article?.author) ?? first(meta, ['author', 'article:author', 'dc.creator', 'dcterms.creator', 'parsely-author', 'sailthru.author', 'byl'])
    ?? visibleByline(found.byline);

  const published = isoDate(clean(article?.datePublished))
    ?? isoDate(first(meta, ['article:published_time', 'datepublished', 'dc.date', 'dcterms.created', 'dc.date.issued', 'pubdate', 'publishdate', 'og:published_time', 'sailthru.date', 'parsely-pub-date']))
    ?? isoDate(found.time?.getAttribute('datetime') ?? undefined);

  const langAttr = clean(document.documentElement?.getAttribute('lang')) ?? first(meta, ['og:locale', 'content-language', 'dc.language', 'language']);
  const lang = langAttr ? langAttr.toLowerCase().split(/[-_]/)[0] : undefined;

  const canonical = clean(found.canonical?.getAttribute('href')) ?? first(meta, ['og:url']);
  let pageUrl = url;
  if (canonical) {
    try { pageUrl = new URL(canonical, url).href; } catch { pageUrl = url ?? canonical; }
  }

  const description = first(meta, ['description', 'og:description', 'twitter:description', 'dc.description']) ?? clean(article?.description);

  const out: Metadata = {};
  if (title) out.title = title;
  if (author) out.author = author;
  if (published) out.published = published;
  if (siteName) out.siteName = siteName;
  if (lang) out.lang = lang;
  if (pageUrl) out.url = pageUrl;
  if (description) out.description = description;
  return out;
}
