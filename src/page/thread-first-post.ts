/**
 * Forum threads whose template marks every post as a comment, the opening one included: the
 * question is the page's text, yet it is a comment region like the replies, so the only candidate
 * left outside is a line of furniture ("Log in to reply"). When the chosen root is that thin and a
 * run of sibling comment regions follows the same template, the first of them is the article.
 * A real comment section under a thin article has one wrapper (`#comments`), not a run of siblings.
 */
import type { Region } from './boilerplate-regions.js';
import type { ElementRecord } from './text-stats.js';

/** Sibling comment regions that make a thread, not a comment box beside a form. */
const MIN_POSTS = 5;
/** A chosen root with less prose than this is a note or a label, not an article. */
const THIN_ROOT = 200;

/** Index of the thread's opening post, to become the root, or undefined. */
export function threadFirstPost(records: readonly ElementRecord[], regionAt: readonly (Region | undefined)[], chosen: number): number | undefined {
  const root = records[chosen];
  // Its own prose: the posts it may wrap are regions, left out of it.
  let own = root.proseChars;
  for (let i = chosen + 1; i < root.end; i = regionAt[i] ? records[i].end : i + 1) if (regionAt[i]) own -= records[i].proseChars;
  if (own >= THIN_ROOT) return undefined;
  const posts = new Map<number, number[]>();
  for (let i = 1; i < records.length; i++) {
    if (regionAt[i]?.kind !== 'comments' || records[i].proseChars === 0) continue;
    const p = records[i].parent;
    const list = posts.get(p);
    if (list) list.push(i); else posts.set(p, [i]);
  }
  for (const [parent, list] of posts) {
    if (list.length < MIN_POSTS) continue;
    // The thread must stand with the root: around it, inside it, or beside it. A "recent comments"
    // list in a sidebar is another part of the page, however thin the article.
    const around = parent <= chosen && chosen < records[parent].end;
    const inside = chosen < parent && parent < root.end;
    if (!around && !inside && parent !== root.parent) continue;
    const first = list[0];
    const tag = records[first].tag;
    // A run printed by one template: the same tag for every post.
    if (list.some((k) => records[k].tag !== tag)) continue;
    if (records[first].proseChars > own) return first;
  }
  return undefined;
}
