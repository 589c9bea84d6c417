/**
 * Elements a reader never sees. Only markup-level signals are used (no stylesheet is applied):
 * the `hidden` attribute, `aria-hidden="true"`, and inline styles that hide.
 */

// Compiled once; run only on elements that carry a style attribute.
const HIDING_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important)?\s*(?:;|$)/i;

export type HiddenReason = 'hidden-attribute' | 'aria-hidden' | 'inline-style' | 'hidden-input';

export function hiddenReason(el: Element): HiddenReason | undefined {
  if (el.hasAttribute('hidden')) return 'hidden-attribute';
  const aria = el.getAttribute('aria-hidden');
  if (aria !== null && aria.trim().toLowerCase() === 'true') return 'aria-hidden';
  const style = el.getAttribute('style');
  if (style !== null && HIDING_STYLE.test(style)) return 'inline-style';
  if (el.localName === 'input' && (el.getAttribute('type') ?? '').toLowerCase() === 'hidden') return 'hidden-input';
  return undefined;
}
