import type { Block } from '../segment/block.js';

const ELEMENT_NODE = 1;

/** Detaches a node without recursion; linkedom's remove() is enough. */
function detach(node: Node): void {
  node.parentNode?.removeChild(node);
}

/** True when nothing visible is left among an element's children (checked one level down only). */
function isEmptied(el: Element): boolean {
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === ELEMENT_NODE) return false;
    if (c.nodeType === 3 && (c as Text).data.trim()) return false;
  }
  return true;
}

/**
 * Removes the inline wrappers a removed text node leaves empty, up to its block element. Only the
 * direct children are looked at, so a removal costs its depth, never the size of a subtree.
 */
function pruneEmptyAncestors(parent: Node | null, stop: Element): void {
  while (parent && parent !== stop && parent.nodeType === ELEMENT_NODE && isEmptied(parent as Element)) {
    const next: Node | null = parent.parentNode;
    detach(parent);
    parent = next;
  }
}

/**
 * Blocks cut from one glued text node (the last of a block's nodes): where some pieces stay, the
 * removed ones are cut out of the node's data; where all go, the node goes.
 */
function cutGluedSlices(blocks: readonly Block[], removed: readonly boolean[]): void {
  const byNode = new Map<Node, { slice: [number, number]; removed: boolean; element: Element }[]>();
  blocks.forEach((b, i) => {
    if (!b.slice || !b.nodes) return;
    const node = b.nodes[b.nodes.length - 1];
    const list = byNode.get(node) ?? [];
    list.push({ slice: b.slice, removed: removed[i], element: b.element! });
    byNode.set(node, list);
  });
  for (const [node, pieces] of byNode) {
    if (!pieces.some((p) => p.removed)) continue;
    if (pieces.every((p) => p.removed)) {
      const parent = node.parentNode;
      detach(node);
      pruneEmptyAncestors(parent, pieces[0].element);
      continue;
    }
    const data = (node as Text).data;
    (node as Text).data = pieces.filter((p) => !p.removed).map((p) => data.slice(p.slice[0], p.slice[1])).join(' ');
  }
}

/**
 * Takes removed blocks out of the DOM: a block that is all of its element goes with the element,
 * a block that is part of one takes its text nodes and the wrappers they leave empty.
 */
export function applyRemovals(root: Element, blocks: readonly Block[], removed: readonly boolean[]): void {
  cutGluedSlices(blocks, removed);
  blocks.forEach((block, i) => {
    if (!removed[i] || !block.element) return;
    if (block.slice) {
      // The sliced node is cut above; the whole text nodes before it (a paragraph with inline markup
      // cut before its sign-off) go like any block's.
      for (let k = 0; k < (block.nodes?.length ?? 1) - 1; k++) {
        const node = block.nodes![k];
        const parent = node.parentNode;
        detach(node);
        pruneEmptyAncestors(parent, block.element);
      }
      return;
    }
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
