import type { Metadata } from '../types.js';

// Interim metadata until the full reader (meta tags, JSON-LD) lands.
export function pageMetadata(document: Document, url?: string): Metadata {
  const m: Metadata = {};
  const title = document.querySelector('title')?.textContent?.trim();
  if (title) m.title = title;
  const lang = document.documentElement?.getAttribute('lang')?.trim();
  if (lang) m.lang = lang;
  if (url) m.url = url;
  return m;
}
