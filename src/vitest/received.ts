import { describeValue } from '../errors.js';
import type { Removed, Result } from '../types.js';

export function isDocument(value: unknown): value is string | Uint8Array {
  return typeof value === 'string' || value instanceof Uint8Array;
}

export function isResult(value: unknown): value is Result {
  return typeof value === 'object' && value !== null && Array.isArray((value as Result).removed) && typeof (value as Result).text === 'string';
}

/** The document a matcher reads, or a TypeError naming the matcher and what it expected. */
export function documentArgument(matcher: string, received: unknown): string | Uint8Array {
  if (!isDocument(received)) throw new TypeError(`${matcher}(): expected the received value to be a string or bytes (text or HTML), got ${describeValue(received)}`);
  return received;
}

/** The removed blocks of a Result (from clean() or extract()) or of an array of Removed or Finding records. */
export function removedArgument(matcher: string, received: unknown): readonly Removed[] {
  if (isResult(received)) return received.removed;
  if (Array.isArray(received) && received.every((r) => typeof r === 'object' && r !== null && typeof r.kind === 'string')) return received;
  throw new TypeError(`${matcher}(): expected the received value to be a Result from clean() or extract(), or an array of removed blocks or findings, got ${describeValue(received)}`);
}
