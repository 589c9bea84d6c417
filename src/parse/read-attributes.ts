/**
 * The attributes the library reads, and so the only ones the parser keeps (parse/html.ts). Every
 * attribute becomes a node in linkedom: on news pages most are `data-*`, `srcset`, `onclick`,
 * SVG path data and the like, which nothing here looks at and the output sanitiser
 * drops; leaving them out makes parsing about a fifth cheaper. A module that starts reading another
 * attribute must add it here (tests/parse/read-attributes.test.ts checks the sources for this).
 */
export const READ_ATTRIBUTES: ReadonlySet<string> = new Set([
  // page structure and visibility: hints, landmarks, hidden elements
  'class', 'id', 'role', 'itemprop', 'style', 'hidden', 'aria-hidden', 'type', 'lang',
  // block hints beside class and id (segment/html-tags.ts HINT_ATTRIBUTES)
  'aria-label', 'data-component', 'data-testid',
  // metadata: <meta>, <link>, <time>
  'name', 'property', 'content', 'rel', 'href', 'datetime',
  // what the output sanitiser keeps
  'src', 'alt', 'title', 'width', 'height', 'colspan', 'rowspan', 'scope', 'start',
]);

/** Attribute names are compared lowercased: that keeps `CLASS` as well, a conservative choice. */
export function isReadAttribute(name: string): boolean {
  return READ_ATTRIBUTES.has(name.toLowerCase());
}
