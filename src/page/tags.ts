/**
 * Tag vocabularies shared by the page modules. Sets of lowercased local names, built once at load.
 */

/**
 * Never visible as text: their content is code or styling. <noscript> is not here: pages that
 * render with scripts often put the article itself in a <noscript> fallback, as a browser without
 * scripts would show it; what else noscript holds (tracking pixels, "enable JavaScript") is short.
 */
export const SKIPPED_TAGS: ReadonlySet<string> = new Set([
  'script', 'style', 'template', 'svg', 'math', 'canvas', 'iframe', 'object', 'embed',
  'head', 'title', 'meta', 'link', 'select', 'option', 'datalist', 'textarea', 'video', 'audio',
  'map', 'picture', 'source', 'track', 'dialog',
]);

/**
 * Inline elements: their text belongs to the nearest block ancestor. Anything not listed here
 * (including unknown custom elements) is treated as a block so a widget made of custom tags
 * is judged on its own text and not glued to its neighbours.
 */
export const INLINE_TAGS: ReadonlySet<string> = new Set([
  'a', 'abbr', 'acronym', 'b', 'bdi', 'bdo', 'big', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'font',
  'i', 'img', 'ins', 'kbd', 'label', 'mark', 'q', 'rp', 'rt', 'ruby', 's', 'samp', 'small', 'span',
  'strike', 'strong', 'sub', 'sup', 'time', 'tt', 'u', 'var', 'wbr', 'br', 'nobr', 'button', 'input',
]);

/** Elements that are prose paragraphs when they hold enough text. */
export const PARAGRAPH_TAGS: ReadonlySet<string> = new Set(['p', 'pre', 'blockquote', 'td', 'dd', 'li']);

export const HEADING_TAGS: ReadonlySet<string> = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
