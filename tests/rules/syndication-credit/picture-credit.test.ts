import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import rule, { CREDIT, LABEL_STEM } from '../../../src/rules/syndication-credit/picture-credit.js';
import { ruleCases } from '../../helpers/rule-cases.js';

ruleCases(rule, {
  valid: [
    { doc: ['The ministry published the figures on Monday (source: the national statistics office).'] },
    { doc: ['Many families bought the old ferry tickets on credit: a habit that worried the council.'] },
    { doc: ['She took her first photo at the age of nine, with a camera her uncle had left behind.'] },
    { doc: ['The exhibition brings together more than two hundred photographs from the archive (see page 4).'] },
    { doc: ['Fotos: wie man mit dem Handy bessere Bilder macht, erklärt unser Ratgeber in zehn Schritten und mit vielen Beispielen aus dem Alltag.'] },
  ],
  invalid: [
    { doc: ['Fishermen bring in the morning catch at the old harbour (Image: GETTY)'] },
    { doc: ['The new bridge seen from the north bank at dusk (Photo: Northwind Agency)'] },
    { doc: ['Lanterns after lanterns, installation views, photos © Harbour Studio, 2018'] },
    { doc: ['Die neue Brücke am Abend. Foto: Stadtverwaltung'] },
    { doc: ['El puente nuevo al atardecer (Foto: Agencia Norte)'] },
    { doc: ['The new ferry in the dry dock before its launch. (credit: Harbour Press/J. Doe)'] },
  ],
});

describe('picture-credit label stems', () => {
  it('every text the credit regex matches holds a label stem', () => {
    const labels = ['image', 'IMAGES', 'Photo', 'photographs', 'pictures', 'pic', 'Fotos', 'fotografía', 'FOTOGRAFIE', 'bilder', 'Imagen', 'immagine', 'zdjęcie', 'ZDJECIE', 'Illustration', 'credits', 'Credit'];
    const part = fc.oneof(fc.constantFrom(...labels), fc.constantFrom('(', ')', ':', '©', ' by ', ' ', '  ', '.', ', 2019', 'Agency', 'x', '\u00a0'));
    const text = fc.array(part, { maxLength: 12 }).map((a) => a.join(''));
    fc.assert(fc.property(text, (t) => { if (CREDIT.test(t)) expect(LABEL_STEM.test(t)).toBe(true); }), { numRuns: 20000 });
  });
});
