import { BLOCK_TAGS, SKIP_TAGS } from './html-tags.js';

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/**
 * An element's visible text with a space wherever a block or line break separates two pieces
 * (`textContent` glues list items: "NewsSportWeather"). One iterative walk, no block records:
 * removed page regions only need their words.
 */
export function elementText(element: Element): string {
  const parts: string[] = [];
  const stack: Node[] = [element];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.nodeType === TEXT_NODE) {
      parts.push((node as Text).data);
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE) continue;
    const el = node as Element;
    const tag = el.localName;
    // The element itself may be hidden (a hidden region is removed for that); inside it, hidden parts are not text.
    if (SKIP_TAGS.has(tag) || (el !== element && (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true'))) continue;
    if (BLOCK_TAGS.has(tag) || tag === 'br' || tag === 'hr') parts.push(' ');
    for (let c = el.lastChild; c; c = c.previousSibling) stack.push(c);
  }
  return parts.join('').replace(/\s+/g, ' ').trim();
}
