import { describe, expect, it } from 'vitest';
import { Progress } from '../../src/cli/progress.js';

function stream(isTTY: boolean) {
  const writes: string[] = [];
  return { writes, stream: { isTTY, write: (s: string) => writes.push(s) } as unknown as NodeJS.WriteStream };
}

describe('progress line', () => {
  it('draws records, records/s and errors on a terminal, and ends with a newline', () => {
    const { writes, stream: s } = stream(true);
    const p = new Progress(s, 0);
    p.count(false);
    p.count(true);
    p.done();
    expect(writes.at(-2)).toMatch(/^\r\x1b\[Kdeboiler: 2 records, \d+ records\/s, 1 errors$/);
    expect(writes.at(-1)).toBe('\n');
  });

  it('is silent when stderr is not a terminal, but still counts', () => {
    const { writes, stream: s } = stream(false);
    const p = new Progress(s, 0);
    p.count(true);
    p.done();
    expect(writes).toEqual([]);
    expect([p.records, p.errors]).toEqual([1, 1]);
  });
});
