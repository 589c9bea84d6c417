/** The chain from the document root down to a node, root first. */
function ancestry(node: Node): Node[] {
  const chain: Node[] = [];
  for (let n: Node | null = node; n; n = n.parentNode) chain.push(n);
  return chain.reverse();
}

function childIndex(node: Node): number {
  let i = 0;
  for (let n = node.previousSibling; n; n = n.previousSibling) i++;
  return i;
}

/**
 * True when `a` comes before `b` in document order and does not contain it. Computed from the
 * ancestor chains because linkedom's compareDocumentPosition reports an aside after the article
 * as preceding it (seen on tests/fixtures/pages/comments-and-teasers.html).
 */
export function precedes(a: Node, b: Node): boolean {
  const ca = ancestry(a);
  const cb = ancestry(b);
  let d = 0;
  while (d < ca.length && d < cb.length && ca[d] === cb[d]) d++;
  if (d === ca.length || d === cb.length) return false; // one contains the other
  return childIndex(ca[d]) < childIndex(cb[d]);
}
