import type { Block } from '../segment/block.js';

const ELEMENT_NODE = 1;

/** Detaches a node without recursion; linkedom's remove() is enough. */
function detach(node: Node): void {
  node.parentNode?.removeChild(node);
}

/** Removes emptied inline wrappers between a removed text node and its block element. */
function pruneEmptyAncestors(parent: Node | null, stop: Element): void {
  while (parent && parent !== stop && parent.nodeType === ELEMENT_NODE && !(parent.textContent ?? '').trim()) {
    const next: Node | null = parent.parentNode;
    const el = parent as Element;
    if (el.querySelector?.('img,picture,figure')) break;
    detach(parent);
    parent = next;
  }
}

/**
 * Takes removed blocks out of the DOM: a block that is all of its element goes with the element,
 * a block that is part of one takes its text nodes and the wrappers they leave empty.
 */
export function applyRemovals(root: Element, blocks: readonly Block[], removed: readonly boolean[]): void {
  blocks.forEach((block, i) => {
    if (!removed[i] || !block.element) return;
    if (!block.nodes) {
      if (block.element === root) {
        while (root.firstChild) detach(root.firstChild);
      } else {
        detach(block.element);
      }
      return;
    }
    for (const node of block.nodes) {
      const parent = node.parentNode;
      detach(node);
      pruneEmptyAncestors(parent, block.element);
    }
  });
}
