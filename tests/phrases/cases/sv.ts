import type { LanguageCases } from './types.js';

export const sv: LanguageCases = {
  lang: 'sv',
  positives: {
    'related-links': ['Läs också:', 'Läs också: Regeringen presenterar budget', 'Relaterade artiklar'],
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
      'Text: Anna Andersson/TT',
      '© 2024 TT Nyhetsbyrån. Alla rättigheter förbehållna.',
      'Publicerad direkt från TT:s nyhetsflöde. Texten har inte redigerats av redaktionen.',
    ],
  },
  negatives: [
    'Källan till läckan är fortfarande okänd, säger polisen.',
    'Kalla vindar väntas under helgen enligt SMHI.',
    'Enligt TT har regeringen inte fattat något beslut.',
    'Rapporten har inte granskats av oss, säger ministern.',
    'Källor inom regeringen uppger att avtalet är nära.',
    'Nyhetsbyrån uppger att förbindelsen bröts under stormen.',
    // Reported speech, law and police text, and bare words (review s13).
    'Alla rättigheter förbehållna, står det i avtalet som skivbolaget skrev med artisten.',
    'Eftertryck av gamla bilder utan tillstånd är förbjudet enligt upphovsrättslagen, påpekar juristen.',
    'Eftertryck förbjudet, stod det på skylten.',
    'Nyheten sprids snabbt i TT:s nyhetsflöde och når alla landets tidningar.',
    'Se också till att stänga fönstren innan stormen, uppmanar SMHI.',
  ],
};
