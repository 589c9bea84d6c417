import type { Format } from '../types.js';

// Tags that only markup has; one of them near the start is enough to read the input as HTML.
const MARKUP = /<(?:!doctype|html|head|body|p|div|br|h[1-6]|ul|ol|li|article|section|main|span|a|table|tr|td|blockquote|figure|img|em|strong|b|i|pre|code|header|footer|nav|aside|meta|script|style)\b[^<>]*>/i;
const WHOLE_PAGE = /<(?:!doctype\s+html|html|head|body)\b/i;
const SNIFF_CHARS = 65536;

/** 'html' when the input carries markup, else 'text'. */
export function detectFormat(input: string, requested: Format = 'auto'): 'text' | 'html' {
  if (requested !== 'auto') return requested;
  return MARKUP.test(input.slice(0, SNIFF_CHARS)) ? 'html' : 'text';
}

/** True when the input is a whole page rather than a fragment: extract() rather than clean() by default. */
export function isWholePage(input: string): boolean {
  return WHOLE_PAGE.test(input.slice(0, SNIFF_CHARS));
}
