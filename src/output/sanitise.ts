import sanitizeHtml from 'sanitize-html';
import { SKIP_TAGS } from '../segment/html-tags.js';

/**
 * The one gate every output HTML string passes. An allowlist: structure and emphasis an article
 * needs, links and images with safe schemes only, no scripts, handlers, styles, frames or forms.
 */
const ALLOWED_TAGS = [
  'p', 'br', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'blockquote', 'q', 'cite',
  'pre', 'code', 'kbd', 'samp', 'em', 'strong', 'b', 'i', 'u', 's', 'del', 'ins', 'sub', 'sup', 'mark', 'small', 'abbr',
  'time', 'a', 'img', 'figure', 'figcaption', 'picture', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'caption',
  'div', 'span', 'section', 'article', 'details', 'summary',
];

const KEEP_EMPTY = new Set(['br', 'hr', 'img', 'td', 'th', 'tr', 'picture']);

/**
 * Elements whose content is never article text: dropped with everything inside them, so the html
 * shows what `text` shows. (sanitize-html would otherwise keep the text and allowed tags inside a
 * discarded `<template>`, `<title>` or `<svg>`.) SKIP_TAGS is the segmenter's own list.
 */
const DROP_WITH_CONTENT = [...new Set([...SKIP_TAGS, 'script', 'style', 'textarea', 'option', 'xmp', 'noembed', 'noframes', 'frameset', 'plaintext'])].filter(
  (tag) => !ALLOWED_TAGS.includes(tag),
);

/**
 * Past this depth sanitize-html drops tags (keeping their text). The parser already caps nesting
 * (parse/cap-depth.ts); this bounds the sanitiser's own cost for any input that reaches it.
 */
const NESTING_LIMIT = 1200;

const NUMERIC_ATTRIBUTES = new Set(['colspan', 'rowspan', 'width', 'height', 'start']);
const SCOPES = new Set(['row', 'col', 'rowgroup', 'colgroup']);
// eslint-disable-next-line no-control-regex
const SCRIPT_LIKE = /\b(?:java|vb)script:|\bdata:/i;

/**
 * Values of the attributes the allowlist keeps: numbers where a number is meant, a scope keyword,
 * and text or URLs that do not spell a script URL anywhere (a relative `x javascript:y`, a title),
 * so that nothing in the output reads `javascript:` even to a careless consumer.
 */
function cleanAttributes(attribs: sanitizeHtml.Attributes): sanitizeHtml.Attributes {
  const out: sanitizeHtml.Attributes = {};
  for (const [name, value] of Object.entries(attribs)) {
    if (NUMERIC_ATTRIBUTES.has(name)) {
      if (/^\s*\d{1,5}\s*$/.test(value)) out[name] = value.trim();
    } else if (name === 'scope') {
      if (SCOPES.has(value.trim().toLowerCase())) out[name] = value.trim().toLowerCase();
    } else if (!SCRIPT_LIKE.test(value.replace(/[\s\u0000-\u001F]+/g, ''))) {
      out[name] = value;
    }
  }
  return out;
}

function options(baseUrl: string | undefined): sanitizeHtml.IOptions {
  const resolve = (url: string): string => {
    if (!baseUrl) return url;
    try {
      return new URL(url, baseUrl).href;
    } catch {
      return url;
    }
  };
  return {
    allowedTags: ALLOWED_TAGS,
    allowedAttributes: {
      a: ['href', 'title'],
      img: ['src', 'alt', 'title', 'width', 'height'],
      td: ['colspan', 'rowspan'],
      th: ['colspan', 'rowspan', 'scope'],
      time: ['datetime'],
      ol: ['start'],
      abbr: ['title'],
    },
    allowedSchemes: ['http', 'https', 'mailto'],
    allowedSchemesByTag: { img: ['http', 'https'] },
    allowProtocolRelative: false,
    disallowedTagsMode: 'discard',
    nonTextTags: DROP_WITH_CONTENT,
    nestingLimit: NESTING_LIMIT,
    // Removing blocks leaves empty wrappers behind; they carry nothing.
    // An image whose address was refused (data:, javascript:, …) shows nothing: drop it too.
    exclusiveFilter: (frame) =>
      (frame.tag === 'img' && !frame.attribs.src) ||
      (!KEEP_EMPTY.has(frame.tag) && !frame.text.trim() && !frame.mediaChildren?.length && frame.tag !== 'a'),
    transformTags: {
      '*': (tag, attribs) => ({ tagName: tag, attribs: cleanAttributes(attribs) }),
      ...(baseUrl
        ? {
            a: (tag: string, attribs: sanitizeHtml.Attributes) => ({ tagName: tag, attribs: attribs.href ? { ...attribs, href: resolve(attribs.href) } : attribs }),
            img: (tag: string, attribs: sanitizeHtml.Attributes) => ({ tagName: tag, attribs: attribs.src ? { ...attribs, src: resolve(attribs.src) } : attribs }),
          }
        : {}),
    },
  };
}

export function sanitise(html: string, baseUrl?: string): string {
  return sanitizeHtml(html, options(baseUrl)).trim();
}

const HTML_SPECIAL = /[&<>"']/;

/** The five HTML-special characters as numeric references (`&` first, so no reference is escaped twice). */
export function escapeHtml(text: string): string {
  // Five plain replaces run faster than one with a callback per character: quotes and apostrophes are common in prose.
  if (!HTML_SPECIAL.test(text)) return text;
  return text.replace(/&/g, '&#38;').replace(/</g, '&#60;').replace(/>/g, '&#62;').replace(/"/g, '&#34;').replace(/'/g, '&#39;');
}
