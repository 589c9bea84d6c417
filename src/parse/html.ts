import { parseHTML } from 'linkedom';

/** The only place markup becomes a DOM. */
export function parseDocument(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

/** Parses an HTML fragment; the returned element holds it. */
export function parseFragment(html: string): Element {
  const document = parseDocument(`<!doctype html><html><head></head><body>${html}</body></html>`);
  return document.body ?? document.documentElement;
}
