import { describeValue } from '../errors.js';
import { decodeBytes } from '../input/decode.js';
import { isWholePage } from '../input/format.js';
import { clean, extract } from '../index.js';
import type { Options, Result } from '../types.js';
import { isDocument, isResult } from './received.js';
import { shorten, type MatcherResult } from './result.js';

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The Result to look in: as given, or made the way detect() would (a whole page is extracted). */
function resultOf(received: unknown, options: Options | undefined): Result {
  if (isResult(received)) return received;
  if (!isDocument(received)) {
    throw new TypeError(`toKeep(): expected the received value to be a string or bytes (text or HTML), or a Result, got ${describeValue(received)}`);
  }
  const text = typeof received === 'string' ? received : decodeBytes(received);
  return isWholePage(text) ? extract(received, options) : clean(received, options);
}

/** Passes when the cleaned text still holds `expected` (whitespace-insensitive). */
export function toKeep(received: unknown, expected: string, options?: Options): MatcherResult {
  if (typeof expected !== 'string' || !expected.trim()) {
    throw new TypeError(`toKeep(): expected the text to look for to be a non-empty string, got ${describeValue(expected)}`);
  }
  const result = resultOf(received, options);
  const wanted = collapse(expected);
  const pass = collapse(result.text).includes(wanted);
  const culprit = result.removed.find((r) => collapse(r.text).includes(wanted) || wanted.includes(collapse(r.text)));
  return {
    pass,
    message: () => {
      if (pass) return `expected ${JSON.stringify(shorten(wanted))} to be removed, but it was kept`;
      const why = culprit
        ? `it was removed as ${culprit.kind} by ${culprit.ruleId}: ${culprit.reason}\n  block: ${shorten(culprit.text)}`
        : `it is not in the kept text: ${JSON.stringify(shorten(result.text))}`;
      return `expected ${JSON.stringify(shorten(wanted))} to be kept, but ${why}`;
    },
  };
}
