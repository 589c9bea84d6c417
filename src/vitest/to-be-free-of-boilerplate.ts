import { decodeBytes } from '../input/decode.js';
import { detect } from '../index.js';
import type { Finding, Options } from '../types.js';
import { documentArgument } from './received.js';
import { alignedRows, shorten, type MatcherResult } from './result.js';

function lineNumber(source: string, offset: number): number {
  let line = 1;
  for (let i = source.indexOf('\n'); i >= 0 && i < offset; i = source.indexOf('\n', i + 1)) line++;
  return line;
}

/** One row per finding: kind, rule, and where it is (line of the input) with its text. */
function findingRows(source: string, findings: readonly Finding[]): string[][] {
  return findings.map((f) => [f.kind, f.ruleId, `${f.start >= 0 ? `line ${lineNumber(source, f.start)}: ` : ''}${shorten(f.text)}`]);
}

/** Passes when detect() finds nothing to remove in the received text or HTML. */
export function toBeFreeOfBoilerplate(received: unknown, options?: Options): MatcherResult {
  const input = documentArgument('toBeFreeOfBoilerplate', received);
  const findings = detect(input, options);
  const source = typeof input === 'string' ? input : decodeBytes(input);
  return {
    pass: findings.length === 0,
    message: () =>
      findings.length === 0
        ? 'expected the input to hold boilerplate, but detect() found none'
        : `expected the input to be free of boilerplate, but detect() found ${findings.length} block${findings.length === 1 ? '' : 's'}:\n` +
          alignedRows(findingRows(source, findings)),
  };
}
