import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readLines, type Line } from '../../src/cli/jsonl/lines.js';

async function collect(chunks: (string | Uint8Array)[], max = 1000): Promise<Line[]> {
  async function* source() {
    yield* chunks;
  }
  const out: Line[] = [];
  for await (const line of readLines(source(), max)) out.push(line);
  return out;
}

/** Splits bytes at the given cut points: lines must not depend on where chunks end. */
function cut(bytes: Buffer, cuts: number[]): Buffer[] {
  const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  const out: Buffer[] = [];
  let at = 0;
  for (const p of [...points, bytes.length]) {
    out.push(bytes.subarray(at, p));
    at = p;
  }
  return out;
}

describe('readLines', () => {
  it('splits on \\n, drops a \\r before it, and keeps the last line without a newline', async () => {
    expect(await collect(['a\r\nb', '\nc'])).toEqual([{ number: 1, text: 'a' }, { number: 2, text: 'b' }, { number: 3, text: 'c' }]);
    expect(await collect(['a\n\n'])).toEqual([{ number: 1, text: 'a' }, { number: 2, text: '' }]);
  });

  it('gives the same lines wherever the chunks are cut, multi-byte characters included', async () => {
    const text = 'héllo wörld\n{"a":"日本語"}\r\n\nlast ✓';
    const expected = await collect([text]);
    await fc.assert(fc.asyncProperty(fc.array(fc.nat(200), { maxLength: 8 }), async (cuts) => {
      expect(await collect(cut(Buffer.from(text), cuts))).toEqual(expected);
    }));
  });

  it('reports a line over the limit by its size without keeping it, and goes on', async () => {
    const long = 'x'.repeat(25);
    expect(await collect([`ok\n${long.slice(0, 10)}`, long.slice(10), '\nnext\n'], 20)).toEqual([
      { number: 1, text: 'ok' },
      { number: 2, tooLong: 25 },
      { number: 3, text: 'next' },
    ]);
    expect(await collect([`${long}\nnext`], 20)).toEqual([{ number: 1, tooLong: 25 }, { number: 2, text: 'next' }]);
  });
});
