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

// The read names by length: most names on a page (`data-*`, `srcset`, `onclick`) fail on the length
// or the first letters, without the copy and the lowercased copy a lookup by string would make.
const BY_LENGTH: string[][] = [];
for (const name of READ_ATTRIBUTES) (BY_LENGTH[name.length] ??= []).push(name);

/**
 * isReadAttribute() of the name `source.slice(start, end)`, read in place: the parser's pre-pass
 * asks it of every attribute of a page.
 */
export function isReadAttributeAt(source: string, start: number, end: number): boolean {
  const names = BY_LENGTH[end - start];
  if (!names) return false;
  next: for (const name of names) {
    for (let i = 0; i < name.length; i++) {
      let c = source.charCodeAt(start + i);
      // Beyond ASCII, lowercasing can land on an ASCII letter (the Kelvin sign): ask the plain way.
      if (c >= 128) return isReadAttribute(source.slice(start, end));
      if (c >= 65 && c <= 90) c += 32;
      if (c !== name.charCodeAt(i)) continue next;
    }
    return true;
  }
  return false;
}
