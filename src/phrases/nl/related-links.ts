import { definePhrases } from '../define.js';

export default definePhrases('nl', 'related-links', [
  {
    id: 'read-more',
    patterns: [
      '^(lees ook|lees meer|lees verder|lees hier|lees hier meer|meer lezen|bekijk ook|zie ook|kijk ook|luister ook|ook interessant|ook leuk|gerelateerd|gerelateerde artikelen|gerelateerde berichten|gerelateerd nieuws|meer over dit onderwerp|meer nieuws|meer artikelen|meest gelezen|best gelezen|populair|aanbevolen|aanbevolen voor jou|aanbevolen artikelen|dit vind je misschien ook interessant|dit vindt u misschien ook interessant|misschien ook interessant|ander nieuws|laatste nieuws|net binnen|vorig artikel|volgend artikel|vorige|volgende)$',
      '^(lees ook|lees meer|bekijk ook|zie ook|kijk ook|meer over|meer nieuws over|meer nieuws uit|meer artikelen over|gerelateerde artikelen|meest gelezen|ook interessant)',
      '^(klik|tik) hier',
    ],
  },
  {
    id: 'also-read',
    patterns: [
      '(dit|deze artikelen) (vind je|vindt u) (misschien|wellicht) ook (interessant|leuk)',
      '(misschien|wellicht) ook interessant [voor jou|voor u]$',
    ],
  },
]);
