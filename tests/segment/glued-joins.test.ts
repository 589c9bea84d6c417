import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gluedJoins, LOWER_UNITS, UPPER_UNITS } from '../../src/segment/glued-joins.js';
import { textBlocks } from '../../src/segment/text-blocks.js';
import { splitLines } from '../../src/parse/lines.js';

const pieces = (text: string) => textBlocks(splitLines(text)).map((b) => b.text);

describe('glued joins', () => {
  it('cuts a lowercase word glued to a capitalised one', () => {
    expect(pieces('Source: TRTWorld and agenciesSocial media is bold.')).toEqual(['Source: TRTWorld and agencies', 'Social media is bold.']);
  });

  it('cuts sentence punctuation glued to the next sentence', () => {
    expect(pieces('The talks ended.Negotiators will meet again.')).toEqual(['The talks ended.', 'Negotiators will meet again.']);
  });

  it.each(['McDonald', 'iPhone', 'YouTube', 'LaGuardia', 'eBay', 'PowerPoint', 'MacBook', 'DeAndre', 'U.S.Army', '#socialMedia', '@newsDesk', 'example.com/someThing'])(
    'leaves %s whole',
    (word) => {
      expect(gluedJoins(`He mentioned ${word} twice.`)).toEqual([]);
    },
  );

  it('keeps offsets exact, so input.slice(start, end) is the block', () => {
    const input = 'First line here.\r\nSource: X and agenciesSocial media is bold.\n\n  Last line.  ';
    for (const b of textBlocks(splitLines(input))) expect(input.slice(b.start, b.end)).toBe(b.text);
  });

  it('marks cut blocks as glued', () => {
    const blocks = textBlocks(splitLines('Plain line.\nwire servicesJournalism is patient.'));
    expect(blocks.map((b) => !!b.glued)).toEqual([false, true, true]);
  });

  it('the quick range test lets through every lowercase run glued to a capitalised word, astral letters too', () => {
    const lowerUnit = new RegExp(`^[${LOWER_UNITS}]$`);
    const upperUnit = new RegExp(`^[${UPPER_UNITS}]$`);
    for (let c = 0; c < 0x110000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ch = String.fromCodePoint(c);
      // Every code unit of a lowercase letter may stand in the run or follow the capital's first unit;
      // an uppercase letter's first unit is the capital, its second (astral) follows it.
      if (/\p{Ll}/u.test(ch) && ![...ch.split('')].every((u) => lowerUnit.test(u))) throw new Error(`U+${c.toString(16)} (Ll) is not in LOWER_UNITS`);
      if (/\p{Lu}/u.test(ch) && (!upperUnit.test(ch[0]) || (ch.length === 2 && !lowerUnit.test(ch[1])))) throw new Error(`U+${c.toString(16)} (Lu) is not in UPPER_UNITS`);
    }
  });

  it('cuts joins of astral letters too', () => {
    // Mathematical bold letters: lowercase 𝐚𝐛𝐜 glued to capitalised 𝐀𝐛, two code units each.
    expect(gluedJoins('the 𝐚𝐛𝐜𝐀𝐛 end')).toEqual([10]);
    expect(gluedJoins('wire servicesJournalism')).toEqual([13]);
  });

  it('cuts where the plain regexes (capital tested last) would', () => {
    // The regexes of gluedJoins are written to test the rare capital first; these read left to
    // right, as the rule is stated, and must agree on text mixing every character class they test.
    const wordJoin = /(?<![\p{L}\p{N}#@_/\\.=&?-])(\p{Ll}{3,})(?=\p{Lu}\p{Ll})/gu;
    const sentenceJoin = /(?<=\p{Ll}{2}[.!?…]["'”’»)]?)(?=\p{Lu}\p{Ll})/gu;
    const reference = (text: string): number[] => {
      const cuts = new Set<number>();
      for (const m of text.matchAll(wordJoin)) cuts.add(m.index! + m[1].length);
      for (const m of text.matchAll(sentenceJoin)) cuts.add(m.index!);
      return [...cuts].sort((a, b) => a - b);
    };
    const units = ['a', 'b', 'z', 'é', 'ß', 'A', 'B', 'É', 'ǅ', 'の', '7', '#', '@', '_', '/', '.', '-', '!', '”', ' ', '\u0301', '𝐚', '𝐀', '\ud835'];
    const text = fc.array(fc.constantFrom(...units), { maxLength: 40 }).map((a) => a.join(''));
    fc.assert(fc.property(text, (t) => { expect(gluedJoins(t)).toEqual(reference(t)); }), { numRuns: 20000 });
  });
});

describe('a wire sign-off closing the text', () => {
  it.each([
    ['Talks will resume next month, the ministry said. -- BERNAMA', ['Talks will resume next month, the ministry said.', '-- BERNAMA']],
    ['Oil prices rose for a third day, analysts said on Monday. (Reuters)', ['Oil prices rose for a third day, analysts said on Monday.', '(Reuters)']],
    ['Die Gespräche sollen am Montag fortgesetzt werden. (dpa/AFP)', ['Die Gespräche sollen am Montag fortgesetzt werden.', '(dpa/AFP)']],
    ['Les négociations reprendront lundi, a indiqué le ministère. – AFP', ['Les négociations reprendront lundi, a indiqué le ministère.', '– AFP']],
  ])('cuts it off: %s', (line, expected) => {
    expect(pieces(line)).toEqual(expected);
  });

  it.each([
    'He cited a report (Reuters) that the talks had stalled.',
    'Prices rose, analysts said (Reuters)',
    'The U.S. (AP)',
    'Should I have? -- BEATEN UP IN NORTHERN CALIFORNIA',
    'Talks resumed. -- The ministry',
    'Talks resumed. (see page 4)',
  ])('leaves a bracket or dash that is no sign-off: %s', (line) => {
    expect(pieces(line)).toEqual([line]);
  });

  it('marks the cut piece as a sign-off and keeps offsets exact', () => {
    const input = 'First line here.\nTalks will resume next month, the ministry said. -- BERNAMA\n';
    const blocks = textBlocks(splitLines(input));
    expect(blocks.map((b) => !!b.signOff)).toEqual([false, false, true]);
    for (const b of blocks) expect(input.slice(b.start, b.end)).toBe(b.text);
  });
});
