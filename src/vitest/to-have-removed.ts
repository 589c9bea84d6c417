import { describeValue } from '../errors.js';
import { KINDS, type Kind, type Removed } from '../types.js';
import { removedArgument } from './received.js';
import { alignedRows, shorten, type MatcherResult } from './result.js';

function kindCounts(removed: readonly Removed[]): string {
  const counts = new Map<string, number>();
  for (const r of removed) counts.set(r.kind, (counts.get(r.kind) ?? 0) + 1);
  return [...counts].map(([k, n]) => `${k} (${n})`).join(', ');
}

/** Passes when a Result (or a list of removed blocks or findings) has a removed block of the kind. */
export function toHaveRemoved(received: unknown, kind: Kind): MatcherResult {
  if (!(KINDS as readonly unknown[]).includes(kind)) {
    throw new TypeError(`toHaveRemoved(): expected a kind (${KINDS.join(', ')}), got ${describeValue(kind)}`);
  }
  const removed = removedArgument('toHaveRemoved', received);
  const hits = removed.filter((r) => r.kind === kind);
  return {
    pass: hits.length > 0,
    message: () =>
      hits.length > 0
        ? `expected no ${kind} block to be removed, but ${hits.length} ${hits.length === 1 ? 'was' : 'were'}:\n` +
          alignedRows(hits.map((r) => [r.ruleId, shorten(r.text)]))
        : `expected a ${kind} block to be removed, but ${removed.length ? `only these kinds were: ${kindCounts(removed)}` : 'nothing was removed'}`,
  };
}
