import type { LanguageCases } from './types.js';

export const ro: LanguageCases = {
  lang: 'ro',
  positives: {
    'related-links': ['Citește și:', 'Citește și: Guvernul a aprobat bugetul', 'Articole similare'],
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
      'AGERPRES/(AS — autor: Ioana Ilie, editor: Mihai Simionescu)',
      'Preluarea fără cost a materialelor de presă cu mențiunea sursei AGERPRES este permisă.',
      '© 2024 AGERPRES. Toate drepturile rezervate.',
      'Orice preluare se face doar cu citarea sursei și link către articolul original.',
    ],
  },
  negatives: [
    'Sursa citată a precizat că decizia va fi luată până la sfârșitul săptămânii.',
    'Surse guvernamentale au declarat că ministrul va demisiona.',
    'Potrivit Agerpres, negocierile vor continua vineri.',
    'Preluarea companiei a fost aprobată de consiliul concurenței.',
    'Agenția a anunțat că legătura a fost întreruptă în timpul furtunii.',
    // Reported speech, law and police text, and bare words (review s13).
    'Potrivit legii, toate drepturile sunt rezervate autorului pe toată durata vieții.',
    'Toate drepturile rezervate, scria pe coperta cărții.',
    'Jurnaliștii pot folosi datele cu menționarea sursei, a precizat INS.',
    'Orice preluare a terenurilor se face doar cu acordul proprietarilor, a spus primarul.',
    'Reproducerea integrală a cărții fără acordul editurii este ilegală, a spus avocatul.',
    'Agerpres este agenția națională de presă a României, fondată în 1889. Agenția nu reflectă opinia redacției altor publicații.',
    'Rador',
    'IPN',
    'Citește cu atenție prospectul, au avertizat medicii.',
  ],
};
