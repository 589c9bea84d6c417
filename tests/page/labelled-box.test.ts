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

  it('keeps the entries of a timeline whose dates are removed as datelines', () => {
    const entry = (date: string, line: string) => `<div class="entry"><p>${date}</p><p>${line}</p></div>`;
    const { text } = extract(page(`<div class="chronology">${entry('04.02.2023', 'The county buys the land around the landfill.')}${entry('19.09.2023', 'Villagers sue over the smell; the court hears the case in spring.')}${entry('30.01.2024', 'The judge orders the county to cover the site.')}</div>`));
    expect(text).toContain('The county buys the land around the landfill.');
    expect(text).toContain('The judge orders the county to cover the site.');
  });

  it('keeps a question and its answer in a <section> that a box label happens to head', () => {
    const { text } = extract(page('<section><h2>Keep reading</h2><p>Why close it now?</p><p>Because the old liner has started to leak.</p></section>'));
    expect(text).toContain('Why close it now?');
    expect(text).toContain('Because the old liner has started to leak.');
  });

  it('keeps sentences without links in an unnamed box, and takes them in a box named as boilerplate', () => {
    const lines = '<p>Why close it now?</p><p>Because the old liner has started to leak.</p>';
    expect(extract(page(`<div><div>Keep Reading</div>${lines}</div>`)).text).toContain('Because the old liner has started to leak.');
    expect(extract(page(`<div class="related-posts"><div>Keep Reading</div>${lines}</div>`)).text).not.toContain('Because the old liner has started to leak.');
  });
});
