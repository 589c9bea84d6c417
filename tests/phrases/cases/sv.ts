import type { LanguageCases } from './types.js';

export const sv: LanguageCases = {
  lang: 'sv',
  positives: {
    attribution: ['Källa', 'Källa: TT', 'Källor', 'Om skribenten', 'Artikeln publicerades först i Sydsvenskan'],
    'syndication-credit': [
      'TT',
      '(TT)',
      'TT-Reuters',
      'TT-AFP',
      'Text: TT',
      'Med material från TT',
      'Artikeln innehåller material från TT och AFP',
      'Alla rättigheter förbehållna.',
      'Eftertryck förbjudet.',
      'Den här artikeln är publicerad direkt från TT:s nyhetsflöde och har inte redigerats av redaktionen.',
    ],
  },
  negatives: [
    'Källan till läckan är fortfarande okänd, säger polisen.',
    'Kalla vindar väntas under helgen enligt SMHI.',
    'Enligt TT har regeringen inte fattat något beslut.',
    'Rapporten har inte granskats av oss, säger ministern.',
    'Källor inom regeringen uppger att avtalet är nära.',
    'Nyhetsbyrån uppger att förbindelsen bröts under stormen.',
  ],
};
