/**
 * Where a page keeps its class attribute, and how it is read. linkedom gives every element whose
 * attribute is named exactly `class` a token list while it parses (a Set, the value split twice,
 * joined again and written back through the attribute's change hooks): about a tenth of a page's
 * parse time and garbage, for a list nothing here reads. So the parser's pre-pass (cap-depth.ts)
 * stores a whole page's class attribute under another name, and every reader asks classOf(), which
 * gives the value as linkedom's token list would have had it.
 */

/** The name a page's `class` is stored under. The pre-pass renames this name where a page uses it. */
export const STORED_CLASS = 'deboiler-class';
/** What an attribute the page itself calls STORED_CLASS becomes: a name nothing reads. */
export const RENAMED_STORED_CLASS = 'deboiler-class-source';

/** The documents parsed as whole pages (parse/html.ts), whose class attributes are stored. */
const PAGES = new WeakSet<Document>();

export function markPage(document: Document): void {
  PAGES.add(document);
}

/**
 * Puts a page's class attributes back where the page wrote them, for callers' own rules, which may
 * read `block.element.className` or match class selectors. Only done when such rules exist. (An
 * attribute the page itself named STORED_CLASS was renamed to one nothing reads, and the pre-pass
 * leaves such attributes out.)
 */
export function restoreClasses(document: Document): void {
  if (!PAGES.has(document)) return;
  PAGES.delete(document);
  for (const el of Array.from(document.querySelectorAll(`[${STORED_CLASS}]`))) {
    const value = el.getAttribute(STORED_CLASS) ?? '';
    el.removeAttribute(STORED_CLASS);
    el.setAttribute('class', value);
  }
}

const SPACE = /\s/;
const SPACES = /\s+/;
/** Tokens already joined by single spaces, nothing before or after: the usual class value. */
const SINGLE_SPACED = /^\S+(?: \S+)*$/;
/** Up to this many tokens, repeats are looked for pairwise: cheaper than a Set for a short list. */
const PAIRWISE_TOKENS = 8;

function hasRepeat(tokens: readonly string[]): boolean {
  if (tokens.length > PAIRWISE_TOKENS) return new Set(tokens).size !== tokens.length;
  for (let i = 1; i < tokens.length; i++) for (let j = 0; j < i; j++) if (tokens[i] === tokens[j]) return true;
  return false;
}

/**
 * A class value as linkedom's token list has it: split at white space, empty and repeated tokens
 * left out, joined by single spaces. Most values are that already and come back as they are.
 */
export function tokenListValue(raw: string): string {
  if (!SPACE.test(raw)) return raw; // one token (or none): nothing to change
  if (SINGLE_SPACED.test(raw) && !hasRepeat(raw.split(' '))) return raw;
  const tokens = new Set<string>();
  for (const t of raw.split(SPACES)) if (t) tokens.add(t);
  return [...tokens].join(' ');
}

/**
 * The element's class value ('' without one). On a page, the stored attribute; elsewhere
 * (fragments, trees built by others) and on the few tags the pre-pass leaves as they are (a JSON-LD
 * script), the ordinary one, whose value linkedom has already made a token list's.
 */
export function classOf(el: Element): string {
  if (PAGES.has(el.ownerDocument)) {
    const stored = el.getAttributeNode(STORED_CLASS);
    if (stored) return tokenListValue(stored.value);
  }
  return el.getAttributeNode('class')?.value ?? '';
}
