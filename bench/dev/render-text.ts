/** Visible text of an element minus skipped subtrees, one line per block element. Iterative. */
import { INLINE_TAGS, SKIPPED_TAGS } from '../../src/page/tags.js';

export function renderText(root: Element, skip: ReadonlySet<Element>): string {
  const out: string[] = [];
  let line = '';
  const flush = (): void => {
    const t = line.replace(/\s+/g, ' ').trim();
    if (t) out.push(t);
    line = '';
  };
  type Frame = { node: Node; exit: boolean };
  const stack: Frame[] = [{ node: root, exit: false }];
  while (stack.length) {
    const { node, exit } = stack.pop()!;
    if (node.nodeType === 3) { line += (node as Text).data; continue; }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    const tag = el.localName;
    const block = !INLINE_TAGS.has(tag) || tag === 'br';
    if (exit) { if (block) flush(); continue; }
    if (SKIPPED_TAGS.has(tag) || (el !== root && skip.has(el))) continue;
    if (block) flush();
    stack.push({ node, exit: true });
    const kids: Node[] = [];
    for (let c = el.firstChild; c; c = c.nextSibling) kids.push(c);
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ node: kids[i], exit: false });
  }
  flush();
  return out.join('\n');
}
