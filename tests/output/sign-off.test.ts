import { describe, expect, it } from 'vitest';
import { clean, extract } from '../../src/index.js';

const LEAD = 'Malaysia will send a trade delegation to Jakarta next month to discuss palm oil exports and tariffs, officials said.';
const LAST = 'The delegation will be led by the deputy minister and will include representatives of the main producers, the ministry said.';
const LAST_DE = 'Die Delegation wird vom stellvertretenden Minister geleitet und soll die wichtigsten Hersteller des Landes vertreten, teilte das Ministerium mit.';
const page = (paragraphs: string[]) => `<html><body><article><h1>Trade</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;

describe('a wire sign-off glued to the last paragraph', () => {
  it.each([
    [LAST, '-- BERNAMA'],
    [LAST, '(Reuters)'],
    [LAST_DE, '(dpa)'],
  ])('is cut off and removed, the paragraph kept: %s %s', (last, signOff) => {
    const text = clean([LEAD, `${last} ${signOff}`].join('\n\n'), { format: 'text' });
    expect(text.text).toBe(`${LEAD}\n\n${last}`);
    expect(text.removed.map((r) => r.text)).toEqual([signOff]);
    const html = extract(page([LEAD, `${last} ${signOff}`]));
    expect(html.text.endsWith(last)).toBe(true);
    expect(html.html).not.toContain(signOff);
    expect(html.html).toContain(last);
  });

  it('leaves a bracketed aside the rules keep on its paragraph\'s line', () => {
    const last = `${LAST} (Applause)`;
    expect(clean([LEAD, last].join('\n\n'), { format: 'text' }).text).toBe(`${LEAD}\n\n${last}`);
    expect(clean([LEAD, last].join('\n\n'), { format: 'text' }).html).toBe(`<p>${LEAD}</p>\n<p>${last}</p>`);
    const html = extract(page([LEAD, last]));
    expect(html.text.endsWith(last)).toBe(true);
    expect(html.html).toContain(last);
  });
});
