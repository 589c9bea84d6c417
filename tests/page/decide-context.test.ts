import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const P1 = 'The county will close the old landfill next summer and turn it into a meadow, the council said on Thursday, ending a dispute with the villages around it that lasted more than a decade.';
const P2 = 'Work on the cover will start in the autumn, and the first paths for walkers are due to open two years later, once the grass has taken hold on the new soil.';
const P3 = 'The council expects the project to cost less than keeping the landfill open, since the gas it gives off will be collected and sold to the power station nearby.';

function page(middle: string): string {
  return `<!doctype html><html lang="en"><body><article><p>${P1}</p><p>${P2}</p>${middle}<p>${P3}</p><p>${P2.replace('Work', 'Planting')}</p></article></body></html>`;
}

describe('extract: related links in a run mid-article', () => {
  it('removes two linked headlines that sit together between paragraphs', () => {
    const { text } = extract(page('<p><a href="/a">Villagers win a vote on the new bypass road</a></p><p><a href="/b">Meadow project in the next county wins a prize</a></p>'));
    expect(text).toContain(P1);
    expect(text).toContain(P3);
    expect(text).not.toContain('Villagers win a vote');
    expect(text).not.toContain('Meadow project in the next county');
  });

  it('keeps a single linked line between paragraphs', () => {
    const { text } = extract(page('<p><a href="/a">Read the council report on the landfill</a></p>'));
    expect(text).toContain('Read the council report on the landfill');
  });
});

describe('extract: a picture caption at the end of the article', () => {
  it('removes the caption and keeps the short lines of practical information after it', () => {
    const { text, removed } = extract(page('') .replace('</article>', '<p>The meadow seen from the hill above the village at dawn (Photo: County Archive)</p><p>Meadow open day</p><p>Old Mill Lane, 12</p><p>9.30 A.M. to 5 P.M.</p></article>'));
    expect(text).not.toContain('(Photo: County Archive)');
    expect(removed.some((r) => r.ruleId === 'syndication-credit/picture-credit')).toBe(true);
    expect(text).toContain('Old Mill Lane, 12');
    expect(text).toContain('9.30 A.M. to 5 P.M.');
  });
});
