import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KeyTable } from '../src/features/key-table.js';

/** The table must answer as a Map of the same entries would. */
describe('KeyTable', () => {
  it('answers as a Map for any set of positive 31-bit keys', () => {
    const key = fc.oneof(fc.integer({ min: 1, max: 0x7fffffff }), fc.integer({ min: 1, max: 64 }), fc.integer({ min: 1, max: 32 ** 3 }).map((k) => k * 32));
    fc.assert(
      fc.property(fc.uniqueArray(key, { maxLength: 300 }), fc.array(key, { maxLength: 50 }), (keys, probes) => {
        const map = new Map(keys.map((k, i) => [k, `v${i}`]));
        const table = new KeyTable(map);
        for (const k of [...keys, ...probes]) expect(table.get(k)).toBe(map.get(k));
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses a key listed twice, and keys out of range', () => {
    expect(() => new KeyTable([[3, 'a'], [3, 'b']])).toThrow(/twice/);
    expect(() => new KeyTable([[0, 'a']])).toThrow(/positive/);
    expect(() => new KeyTable([[2 ** 31, 'a']])).toThrow(/positive/);
  });
});
