import type { LanguageCases } from './types.js';

export const ro: LanguageCases = {
  lang: 'ro',
  positives: {
    attribution: ['Sursa', 'Sursa: Agerpres', 'Surse', 'Despre autor', 'Articolul a apărut inițial în Dilema Veche'],
    'syndication-credit': [
      'AGERPRES',
      '(AGERPRES)',
      'Mediafax',
      'Agerpres/Reuters',
      'Cu informații de la agenții',
      'Cu informații de la Agerpres și Reuters',
      'Articol preluat de la Agerpres',
      'Toate drepturile rezervate.',
      'Toate drepturile sunt rezervate.',
      'Reproducerea integrală sau parțială a articolelor este interzisă fără acordul scris.',
      'Orice preluare a știrilor se face numai cu menționarea sursei.',
      'Acest articol a fost preluat automat de la Agerpres și nu a fost editat de redacție.',
    ],
  },
  negatives: [
    'Sursa citată a precizat că decizia va fi luată până la sfârșitul săptămânii.',
    'Surse guvernamentale au declarat că ministrul va demisiona.',
    'Potrivit Agerpres, negocierile vor continua vineri.',
    'Preluarea companiei a fost aprobată de consiliul concurenței.',
    'Agenția a anunțat că legătura a fost întreruptă în timpul furtunii.',
  ],
};
