import { hash53 } from './hash.js';

/** Which site a page belongs to, and which page it is. */
export interface PageKey {
  /** The site: the URL's host name, lowercased, without a leading `www.`. */
  site: string;
  /** The page: a hash of site, path and query, so `#comments`, `http:` and `www.` name the same page. */
  page: number;
}

/** The page key of an absolute http(s) URL, or null: memory learns nothing from pages without one. */
export function pageKey(url: string | undefined): PageKey | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  const site = parsed.hostname.toLowerCase().replace(/^www\./, '');
  return site ? { site, page: hash53(`${site}${parsed.pathname}${parsed.search}`) } : null;
}
