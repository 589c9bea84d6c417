import { describe, expect, it } from 'vitest';
import { splitLines } from '../../src/parse/lines.js';
import { textBlocks } from '../../src/segment/text-blocks.js';

const texts = (input: string) => textBlocks(splitLines(input)).map((b) => b.text);

describe('text blocks', () => {
  it('treats \\n, \\r\\n, \\r and blank lines alike', () => {
    const want = ['One.', 'Two.', 'Three.'];
    expect(texts('One.\nTwo.\nThree.')).toEqual(want);
    expect(texts('One.\r\nTwo.\r\nThree.')).toEqual(want);
    expect(texts('One.\rTwo.\rThree.')).toEqual(want);
    expect(texts('One.\n\n\nTwo.\n \nThree.\n')).toEqual(want);
  });

  it('collapses runs of spaces inside a line', () => {
    expect(texts('a   b\t c')).toEqual(['a b c']);
  });

  it('gives nothing for blank input', () => {
    expect(texts(' \n\t\r\n ')).toEqual([]);
  });
});
