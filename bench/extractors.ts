import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { extract } from '../src/index.js';
import { htmlToText } from './html-to-text.js';

export type Extractor = (html: string, url: string) => string;

export const deboilerExtract: Extractor = (html, url) => extract(html, { url }).text;

/** The reference peer: Readability.js on the same DOM library. */
export const readabilityJs: Extractor = (html) => {
  const { document } = parseHTML(html);
  return new Readability(document as unknown as Document).parse()?.textContent ?? '';
};

/** Issue 8's mode: the page as a scraper's visible-text dump, then extract() on the text. */
export const deboilerTextDump: Extractor = (html, url) => extract(htmlToText(html), { format: 'text', url }).text;

/** The baseline for text dumps: keep every line. */
export const keepTextDump: Extractor = (html) => htmlToText(html);
