import type { LanguageCases } from './types.js';

export const cs: LanguageCases = {
  lang: 'cs',
  positives: {
    attribution: ['Zdroj', 'Zdroj: ČTK', 'Zdroje', 'O autorovi', 'Článek původně vyšel v Respektu'],
    'syndication-credit': [
      'ČTK',
      '(ČTK)',
      'ČTK, Reuters',
      '(red, ČTK)',
      'Podle ČTK',
      'S využitím zpráv ČTK a Reuters',
      'Všechna práva vyhrazena.',
      'Všetky práva vyhradené.',
      'Publikování nebo další šíření obsahu serveru je bez písemného souhlasu zakázáno.',
      'Zpráva je převzata ze zpravodajství ČTK a nebyla redakčně upravena.',
    ],
  },
  negatives: [
    'Zdroj blízký vyšetřování uvedl, že podezřelý byl zadržen v pondělí.',
    'Podle ČTK se jednání obnoví v pátek.',
    'Pokuta je automaticky vygenerována a odeslána poštou.',
    'Zdroje z ministerstva uvedly, že zákon bude schválen.',
    'Agentura uvedla, že spojení bylo během bouře přerušeno.',
    'Všechna práva cestujících zůstávají zachována, řekl mluvčí.',
  ],
};
