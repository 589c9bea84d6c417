import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const P1 = 'The county will close the old landfill next summer and turn it into a meadow, the council said on Thursday, ending a dispute with the villages around it that lasted more than a decade.';
const P2 = 'Work on the cover will start in the autumn, and the first paths for walkers are due to open two years later, once the grass has taken hold on the new soil.';
const P3 = 'The council expects the project to cost less than keeping the landfill open, since the gas it gives off will be collected and sold to the power station nearby.';

function page(middle: string): string {
  return `<!doctype html><html lang="en"><body><article><p>${P1}</p><p>${P2}</p>${middle}<p>${P3}</p><p>${P2.replace('Work', 'Planting')}</p></article></body></html>`;
}

const BLURB = 'All our reporting on the county, from roads and schools to the old mills and more';

describe('extract: a small box opened by a removed label', () => {
  it('removes the blurb the label frames', () => {
    const { text, removed } = extract(page(`<div class="inset"><div>Keep Reading</div><div>${BLURB}</div></div>`));
    expect(text).toContain(P1);
    expect(text).toContain(P3);
    expect(text).not.toContain('Keep Reading');
    expect(text).not.toContain(BLURB);
    expect(removed.some((r) => r.ruleId === 'context/labelled-box')).toBe(true);
  });

  it('keeps the same box under a label that is kept', () => {
    const { text } = extract(page(`<div class="inset"><div>Timeline</div><div>${BLURB}</div></div>`));
    expect(text).toContain(BLURB);
  });

  it('keeps paragraphs of a section that a removed label happens to open', () => {
    const para = 'Residents who live near the landfill have been asked to keep their windows closed on the days when the cover is laid, the council added in its letter to them.';
    const { text } = extract(page(`<div class="inset"><div>Keep Reading</div><p>${para}</p></div>`));
    expect(text).toContain(para);
  });
});
