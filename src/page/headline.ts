/**
 * The article's own headline, when it sits inside the located root before the first paragraph.
 * Benchmarks and most consumers want it in `metadata.title`, not repeated in the body text, so it
 * is excluded like page chrome; subheadings further down stay.
 */
import { HEADING_TAGS } from './tags.js';
import type { ElementRecord } from './text-stats.js';

export function findHeadline(records: readonly ElementRecord[], root: number): number | undefined {
  const end = records[root].end;
  for (let i = root + 1; i < end; i++) {
    const r = records[i];
    if (r.tag === 'h1') return i;
    // Past the first paragraph of prose there is no headline to find, only subheadings.
    if (r.own && !HEADING_TAGS.has(r.tag) && r.own.chars >= 60 && r.ownValue > 0) return undefined;
  }
  return undefined;
}
