import type { Block } from './block.js';
import { classOf } from '../parse/class-attribute.js';
import { gluedJoins, mayHaveGluedJoin, signOffJoin } from './glued-joins.js';
import { BLOCK_TAGS, HEADING_TAGS, HINT_ATTRIBUTES, SKIP_TAGS } from './html-tags.js';

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;
const MAX_HINTS = 240;
// White space, but not U+FEFF: JavaScript's \s counts it, and inside a word it is invisible, not a gap.
const SPACES = /[^\S\uFEFF]+/g;

interface Container {
  element: Element;
  tag: string;
  hints: string;
  heading: boolean;
  listItem: boolean;
  /** Blocks this container produced, and whether it also holds block children or line breaks. */
  blocks: number;
  split: boolean;
  last?: Block;
}

interface Run {
  parts: string[];
  textNodes: Node[];
  /** Document order of each text node, and whether it sits in a link. */
  orders: number[];
  inLink: boolean[];
  linkChars: number;
  first: number;
  last: number;
}

function ownHints(element: Element): string {
  let out = '';
  for (const name of HINT_ATTRIBUTES) {
    const value = name === 'class' ? classOf(element) : element.getAttribute(name);
    if (value) out += ' ' + value.toLowerCase();
  }
  return out;
}

/**
 * Ranges of a text node's data cut at glued joins (see glued-joins.ts), or null when there is none.
 * Cuts are found on the whitespace-collapsed text and mapped back to the raw data. A range that is a
 * sign-off cut from the end carries `true` third.
 */
function gluedPieces(data: string): [number, number, boolean?][] | null {
  // Most text has none: that is told on the data itself, before copying it character by character.
  if (!mayHaveGluedJoin(data)) return null;
  const rawAt: number[] = [];
  let collapsed = '';
  for (let i = 0; i < data.length; i++) {
    const space = data[i] !== '\uFEFF' && /\s/.test(data[i]);
    if (space && (collapsed.endsWith(' ') || collapsed === '')) continue;
    collapsed += space ? ' ' : data[i];
    rawAt.push(i);
  }
  const cuts = gluedJoins(collapsed);
  if (!cuts.length) return null;
  const signOff = signOffJoin(collapsed);
  const ranges: [number, number, boolean?][] = [];
  let from = 0;
  for (const cut of cuts) {
    ranges.push([from, rawAt[cut]]);
    from = rawAt[cut];
  }
  ranges.push(signOff >= 0 && from === rawAt[signOff] ? [from, data.length, true] : [from, data.length]);
  return ranges;
}

/**
 * A sign-off closing a run of several text nodes, where inline markup comes earlier in the paragraph
 * ("The <a>mayor</a> told … the council said. (Reuters)"). It is cut only where the sign-off and the
 * space before it lie inside one text node, the run's last with visible text (only white space may
 * follow it), so apply-removals cuts that node's data as for a glued text node. A sign-off in an
 * element of its own ("said. <em>(Reuters)</em>") or spread over nodes is not cut. `text` is the
 * run's text, white space collapsed and trimmed. Returns the node's index in the run, the raw offset
 * in its data of the space before the sign-off, and where that space is in `text`; or null.
 */
function runSignOff(parts: readonly string[], text: string): { node: number; cut: number; at: number } | null {
  const at = signOffJoin(text);
  if (at < 0) return null;
  const signOff = text.slice(at + 1);
  let node = parts.length - 1;
  while (node > 0 && !parts[node].trim()) node--;
  const data = parts[node];
  const rawAt: number[] = [];
  let collapsed = '';
  for (let i = 0; i < data.length; i++) {
    const space = data[i] !== '\uFEFF' && /\s/.test(data[i]);
    if (space && collapsed.endsWith(' ')) continue;
    collapsed += space ? ' ' : data[i];
    rawAt.push(i);
  }
  const end = collapsed.trimEnd();
  if (!end.endsWith(' ' + signOff)) return null;
  return { node, cut: rawAt[end.length - signOff.length - 1], at };
}

function isHidden(element: Element): boolean {
  return element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true';
}

export interface HtmlSegmentOptions {
  /** Elements to leave out entirely (page-level removals decided elsewhere). */
  skip?: ReadonlySet<Element>;
  /** Called for each skipped element with its document-order ordinal, so removals can be ordered. */
  onSkip?: (element: Element, order: number) => void;
}

/**
 * Walks an element once, depth first with an explicit stack (deep nesting cannot overflow), and cuts
 * its visible text into blocks: each run of inline content inside a block element is one block,
 * and line breaks end a run. `start`/`end` of a block are document-order ordinals of its first and
 * last text node, so blocks can be merged with page-level removals in document order.
 */
export function htmlBlocks(root: Element, options: HtmlSegmentOptions = {}): Block[] {
  const blocks: Block[] = [];
  const containers: Container[] = [];
  let run: Run | null = null;
  let linkDepth = 0;
  let order = 0;

  const rootContainer: Container = {
    element: root, tag: root.tagName.toLowerCase(), hints: ownHints(root).slice(0, MAX_HINTS), heading: false, listItem: false, blocks: 0, split: false,
  };
  containers.push(rootContainer);

  const push = (b: Block, container: Container): void => {
    blocks.push(b);
    container.blocks++;
    container.last = b;
  };

  const flush = (): void => {
    if (!run) return;
    const text = run.parts.join('').replace(SPACES, ' ').trim();
    const container = containers[containers.length - 1];
    const pieces = run.textNodes.length === 1 && text ? gluedPieces(run.parts[0]) : null;
    // Several text nodes (inline markup in the paragraph): only a sign-off is cut, inside the last node.
    const cutOff = run.textNodes.length > 1 && text ? runSignOff(run.parts, text) : null;
    if (pieces) {
      for (const [from, to, signOff] of pieces) {
        const piece = run.parts[0].slice(from, to).replace(SPACES, ' ').trim();
        const b: Block = {
          index: blocks.length, text: piece, start: run.first, end: run.last, tag: container.tag, heading: container.heading,
          listItem: container.listItem, linkChars: run.linkChars ? piece.length : 0, hints: container.hints,
          element: container.element, nodes: run.textNodes, slice: [from, to], glued: true,
        };
        if (signOff) b.signOff = true;
        push(b, container);
      }
    } else if (cutOff) {
      const { node, cut, at } = cutOff;
      const data = run.parts[node];
      const head = text.slice(0, at);
      const signOff = text.slice(at + 1);
      // The cut node's link characters (counted on its trimmed data, as for the run) go with the piece holding them.
      const linked = run.inLink[node];
      const headLinks = run.linkChars - (linked ? data.trim().length - data.slice(0, cut).trim().length : 0);
      const first: Block = {
        index: blocks.length, text: head, start: run.first, end: run.orders[node], tag: container.tag, heading: container.heading,
        listItem: container.listItem, linkChars: Math.min(headLinks, head.length), hints: container.hints,
        element: container.element, nodes: run.textNodes.slice(0, node + 1), slice: [0, cut], glued: true,
      };
      push(first, container);
      const b: Block = {
        index: blocks.length, text: signOff, start: run.orders[node], end: run.orders[node], tag: container.tag, heading: container.heading,
        listItem: container.listItem, linkChars: linked ? signOff.length : 0, hints: container.hints,
        element: container.element, nodes: [run.textNodes[node]], slice: [cut, data.length], glued: true, signOff: true,
      };
      push(b, container);
    } else if (text) {
      const b: Block = {
        index: blocks.length, text, start: run.first, end: run.last, tag: container.tag, heading: container.heading,
        listItem: container.listItem, linkChars: Math.min(run.linkChars, text.length), hints: container.hints,
        element: container.element, nodes: run.textNodes,
      };
      push(b, container);
    }
    run = null;
  };

  const closeContainer = (): void => {
    flush();
    const done = containers.pop()!;
    // A block that is all of its element's text stands for the element: removing it removes the element.
    if (done.blocks === 1 && !done.split && done.last) done.last.nodes = undefined;
    if (containers.length) {
      const parent = containers[containers.length - 1];
      parent.split = true;
    }
  };

  // Stack entries: a node to enter, or a marker to leave an element.
  type Entry = { node: Node; leave?: 'block' | 'link' };
  const stack: Entry[] = [];
  for (let c = root.lastChild; c; c = c.previousSibling) stack.push({ node: c });

  while (stack.length) {
    const { node, leave } = stack.pop()!;
    if (leave === 'block') { closeContainer(); continue; }
    if (leave === 'link') { linkDepth--; continue; }
    order++;
    if (node.nodeType === TEXT_NODE) {
      const data = (node as Text).data;
      if (!data) continue;
      if (!run) {
        if (!data.trim()) continue;
        run = { parts: [], textNodes: [], orders: [], inLink: [], linkChars: 0, first: order, last: order };
      }
      run.parts.push(data);
      run.textNodes.push(node);
      run.orders.push(order);
      run.inLink.push(linkDepth > 0);
      run.last = order;
      if (linkDepth > 0) run.linkChars += data.trim().length;
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE) continue;
    const element = node as Element;
    const tag = element.tagName.toLowerCase();
    if (SKIP_TAGS.has(tag) || options.skip?.has(element) || isHidden(element)) {
      if (options.skip?.has(element)) options.onSkip?.(element, order);
      continue;
    }
    if (tag === 'br' || tag === 'hr') {
      flush();
      containers[containers.length - 1].split = true;
      continue;
    }
    if (BLOCK_TAGS.has(tag)) {
      flush();
      const parent = containers[containers.length - 1];
      parent.split = true;
      const hints = (ownHints(element) + parent.hints).slice(0, MAX_HINTS);
      containers.push({
        element, tag, hints,
        heading: HEADING_TAGS.has(tag) || element.getAttribute('role') === 'heading' || parent.heading,
        listItem: tag === 'li' || parent.listItem,
        blocks: 0, split: false,
      });
      stack.push({ node: element, leave: 'block' });
    } else if (tag === 'a') {
      linkDepth++;
      stack.push({ node: element, leave: 'link' });
    }
    for (let c = element.lastChild; c; c = c.previousSibling) stack.push({ node: c });
  }
  flush();
  return blocks;
}
