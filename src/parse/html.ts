import { parseHTML } from 'linkedom';
import { capNesting, MAX_NESTING } from './cap-depth.js';
import { markPage } from './class-attribute.js';
import { isReadAttributeAt } from './read-attributes.js';

/**
 * The only place markup becomes a DOM. Nesting is capped first (see cap-depth.ts): the tree builder
 * costs time proportional to depth for every tag, so unbounded depth would make parsing quadratic.
 * The same pass leaves out the attributes nothing reads (see read-attributes.ts).
 */
export function parseDocument(html: string): Document {
  const document = parseMarkup(html, true);
  markPage(document); // its class attributes are stored apart (see class-attribute.ts)
  return document;
}

/**
 * A whole page also loses the markup nothing reads (comments, scripts, styles, drawing, white space
 * between blocks: see unread-markup.ts), the biggest part of the nodes linkedom would build.
 * Fragments (clean(), Markdown output) are parsed as they are.
 */
function parseMarkup(html: string, leaveOutUnread: boolean): Document {
  // A browser's tree builder ignores U+0000 in text (a parse error); so does this one.
  const markup = html.includes('\u0000') ? html.replace(/\u0000/g, '') : html;
  return parseHTML(capNesting(markup, MAX_NESTING, isReadAttributeAt, leaveOutUnread)).document as unknown as Document;
}

/**
 * Parses an HTML fragment; the returned element holds it. No closing tags are appended: inside an
 * unclosed raw-text element (`<xmp>`, `<plaintext>`) they would be read as text.
 */
export function parseFragment(html: string): Element {
  const document = parseMarkup(`<!doctype html><html><head></head><body>${html}`, false);
  return document.body ?? document.documentElement;
}
