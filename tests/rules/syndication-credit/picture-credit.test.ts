import rule from '../../../src/rules/syndication-credit/picture-credit.js';
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
