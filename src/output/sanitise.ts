import sanitizeHtml from 'sanitize-html';

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
    // Removing blocks leaves empty wrappers behind; they carry nothing.
    exclusiveFilter: (frame) => !KEEP_EMPTY.has(frame.tag) && !frame.text.trim() && !frame.mediaChildren?.length && frame.tag !== 'a',
    transformTags: baseUrl
      ? {
          a: (tag, attribs) => ({ tagName: tag, attribs: attribs.href ? { ...attribs, href: resolve(attribs.href) } : attribs }),
          img: (tag, attribs) => ({ tagName: tag, attribs: attribs.src ? { ...attribs, src: resolve(attribs.src) } : attribs }),
        }
      : {},
  };
}

export function sanitise(html: string, baseUrl?: string): string {
  return sanitizeHtml(html, options(baseUrl)).trim();
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
