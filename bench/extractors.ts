import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { extract } from '../src/index.js';

export type Extractor = (html: string, url: string) => string;

export const deboilerExtract: Extractor = (html, url) => extract(html, { url }).text;

/** The reference peer: Readability.js on the same DOM library. */
export const readabilityJs: Extractor = (html) => {
  const { document } = parseHTML(html);
  return new Readability(document as unknown as Document).parse()?.textContent ?? '';
};
