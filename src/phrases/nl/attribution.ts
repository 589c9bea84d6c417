import { definePhrases } from '../define.js';

export default definePhrases('nl', 'attribution', [
  // "Bronnen melden dat ..." opens news sentences, so the plural label is narrowed.
  {
    id: 'source-label',
    patterns: [
      '^bron',
      '^bronnen$',
      '^bronnen (anp|belga|afp|ap|reuters|dpa|efe|ansa|xinhua|bloomberg|novum|anp afp|anp reuters|persbureaus|agentschappen)',
      '^bronnen * (en|met) (persbureaus|agentschappen)',
    ],
  },
  {
    id: 'credit-opener',
    patterns: [
      '^met (dank|toestemming) (aan|van) ',
      '^(dit artikel|dit stuk|dit verhaal) (verscheen|is) (eerder|oorspronkelijk|eerst) [verschenen ](in|op|bij)',
      '^(eerder|oorspronkelijk) (verschenen|gepubliceerd) (in|op|bij|door)',
    ],
  },
  {
    id: 'about-label',
    patterns: [
      '^over (de|het) (auteur|auteurs|schrijver|schrijfster|columnist)$',
      '^(de auteur|de auteurs|over ons|over mij)$',
      '^over * (bv|nv|groep|group|stichting|instituut|vereniging)$',
    ],
  },
]);
