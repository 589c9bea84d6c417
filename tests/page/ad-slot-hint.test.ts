import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { parseDocument } from '../../src/parse/html.js';
import { boilerplateHint, hintWords } from '../../src/page/hints.js';

const P1 = 'The county will close the old landfill next summer and turn it into a meadow, the council said on Thursday, ending a dispute with the villages around it that lasted more than a decade.';
const P2 = 'Work on the cover will start in the autumn, and the first paths for walkers are due to open two years later, once the grass has taken hold on the new soil.';
const P3 = 'The council expects the project to cost less than keeping the landfill open, since the gas it gives off will be collected and sold to the power station nearby.';

const hint = (cls: string) => boilerplateHint(hintWords(parseDocument(`<div class="${cls}"></div>`).querySelector('div')!));

describe('hints: an ad-inserter slot', () => {
  it('reads the numbered code-block pair as an ad slot', () => {
    expect(hint('code-block code-block-3')?.kind).toBe('page-chrome');
  });

  it('leaves a code sample alone', () => {
    expect(hint('code-block')).toBeUndefined();
    expect(hint('code-block-2')).toBeUndefined();
  });

  it('drops the slot from a whole page, with the article kept', () => {
    const slot = '<div class="code-block code-block-2"><p>Going out tonight? Try the new grill on Mill Lane, open until midnight every day of the week.</p></div>';
    const { text } = extract(`<!doctype html><html lang="en"><body><article><p>${P1}</p><p>${P2}</p>${slot}<p>${P3}</p></article></body></html>`);
    expect(text).toContain(P1);
    expect(text).toContain(P3);
    expect(text).not.toContain('Going out tonight');
  });
});
