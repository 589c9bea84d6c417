import { describe, expect, it } from 'vitest';
import { clean, extract } from '../../src/index.js';

const P1 = 'The county will close the old landfill next summer and turn it into a meadow, the council said on Thursday, ending a dispute with the villages around it that lasted more than a decade.';
const P2 = 'Work on the cover will start in the autumn, and the first paths for walkers are due to open two years later, once the grass has taken hold on the new soil.';

const doc = (head: string): string => `${head}<p>${P1}</p><p>${P2}</p>`;
const page = (html: string): string => `<!doctype html><html><head><title>Landfill</title></head><body><main><article>${html}</article></main></body></html>`;
const removedBy = (html: string): string[] => extract(page(html)).removed.filter((r) => r.ruleId === 'context/head-label').map((r) => r.text);

describe('context/head-label: short labels opening the text before its first paragraph', () => {
  it.each([
    ['<div>Artikel</div>', 'Artikel'],
    ['<div>Local news</div>', 'Local news'],
    ['<div>2022-02-02 | Environment</div>', '2022-02-02 | Environment'],
    ['<div>03.05.2024 Women’s national team</div>', '03.05.2024 Women’s national team'],
    ['<div>Economy 2024</div>', 'Economy 2024'],
  ])('removes %s', (head, label) => {
    expect(removedBy(doc(head))).toEqual([label]);
  });

  it('removes the whole opening run of labels', () => {
    expect(removedBy(doc('<div>News</div><div>County council</div>'))).toEqual(['News', 'County council']);
  });

  // Near misses: a subheading, a sentence, a dateline or byline of four words and more, a short line
  // after a longer one (list items of a release note), a text with no paragraph of prose at all.
  it.each([
    ['<h2>The plan</h2>'],
    ['<p>It is done.</p>'],
    ['<p>Three people were hurt</p>'],
    ['<div>3 May 2024: four of the villages object</div>'],
    ['<p>LONDON, 3 May 2024 (Reuters)</p>'],
    ['<p>BAAR, SWITZERLAND</p>'],
    ['<p>Updated on the third of May</p><div>Bugs fixed</div>'],
    ['<ul><li>2 eggs</li><li>200g flour</li><li>Pinch of salt</li></ul>'],
    ['<ul><li>Fuel duty frozen</li><li>Pensions up 4%</li></ul>'],
    ['<p>Dear Abby,</p>'],
    ['<p>WASHINGTON</p>'],
  ])('keeps %s', (head) => {
    expect(removedBy(doc(head))).toEqual([]);
  });

  it('keeps short lines when no paragraph of prose follows', () => {
    expect(removedBy('<ul><li>Flour</li><li>Two eggs</li><li>Milk</li></ul>')).toEqual([]);
  });

  // clean() is given the article itself: its opening short lines are its title or kicker, not a page's labels.
  it.each([
    ['text', `Storm hits coast\n\n${P1}\n\n${P2}`],
    ['fragment', doc('<div>Local news</div>')],
  ])('clean() keeps the opening short lines of a %s', (_, input) => {
    const r = clean(input);
    expect(r.removed.filter((x) => x.ruleId === 'context/head-label')).toEqual([]);
    expect(r.text.split('\n')[0]).toMatch(/^(Storm hits coast|Local news)$/);
  });
});
