import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const P1 = 'The county will close the old landfill next summer and turn it into a meadow, the council said on Thursday, ending a dispute with the villages around it that lasted more than a decade.';
const P2 = 'Work on the cover will start in the autumn, and the first paths for walkers are due to open two years later, once the grass has taken hold on the new soil.';
const P3 = 'The council expects the project to cost less than keeping the landfill open, since the gas it gives off will be collected and sold to the power station nearby.';

function page(middle: string): string {
  return `<!doctype html><html lang="en"><body><article><p>${P1}</p><p>${P2}</p>${middle}<p>${P3}</p><p>${P2.replace('Work', 'Planting')}</p></article></body></html>`;
}

// Items half linked, half plain: alone none is sure enough to go.
const ITEMS = '<li><a href="/a">Villagers win a vote</a> on the new bypass road</li><li><a href="/b">Meadow project</a> in the next county wins a prize</li><li><a href="/c">Why bees</a> came back to the old quarry this spring</li>';

describe('extract: a list of links under a removed related label', () => {
  it('removes the items with the label', () => {
    const { text, removed } = extract(page(`<h3>More Stories</h3><ul>${ITEMS}</ul>`));
    expect(text).toContain(P1);
    expect(text).toContain(P3);
    expect(text).not.toContain('More Stories');
    expect(text).not.toContain('Villagers win a vote');
    expect(text).not.toContain('Why bees came back');
    expect(removed.some((r) => r.ruleId === 'context/labelled-list')).toBe(true);
  });

  it('keeps the same list under a heading of the article', () => {
    const { text } = extract(page(`<h3>What the villages asked for</h3><ul>${ITEMS}</ul>`));
    expect(text).toContain('Villagers win a vote on the new bypass road');
    expect(text).toContain('Why bees came back to the old quarry this spring');
  });

  it('keeps a list whose items are not all linked', () => {
    const { text } = extract(page(`<h3>More Stories</h3><ul>${ITEMS}<li>Residents can send comments to the council until the end of May, by post or in person.</li></ul>`));
    expect(text).toContain('Villagers win a vote on the new bypass road');
  });
});
