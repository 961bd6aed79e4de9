// DOM helpers the readers use on both DOMs they meet: the browser's, and linkedom's `Document` in the background
// service worker, which has no global `Node` or `NodeFilter` and whose `compareDocumentPosition` gets nodes in
// different subtrees wrong (linkedom 0.18.15).
export const TEXT_NODE = 3;
export const COMMENT_NODE = 8;
export const SHOW_TEXT = 0x4;

/** True when `node` comes after `reference` in document order, as `compareDocumentPosition`'s FOLLOWING (descendants too). */
export function comesAfter(node: Node, reference: Node): boolean {
  if (node === reference) return false;
  const referencePath = pathTo(reference);
  const nodePath = pathTo(node);
  let shared = 0;
  while (shared < referencePath.length && shared < nodePath.length && referencePath[shared] === nodePath[shared]) shared++;
  if (shared === referencePath.length) return true;
  if (shared === nodePath.length || shared === 0) return false;
  const nodeSide = nodePath[shared];
  for (let sibling = referencePath[shared]?.nextSibling; sibling; sibling = sibling.nextSibling) if (sibling === nodeSide) return true;
  return false;
}

/** The node's ancestors from the root down, and the node. */
function pathTo(node: Node): Node[] {
  const path: Node[] = [];
  for (let current: Node | null = node; current; current = current.parentNode) path.push(current);
  return path.reverse();
}
