import type { LanguageCases } from './types.js';

export const cs: LanguageCases = {
  lang: 'cs',
  positives: {
    'related-links': ['Čtěte také:', 'Čtěte také: Vláda schválila rozpočet', 'Související články'],
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
      'Autor: ČTK',
      '© 2024 ČTK. Všechna práva vyhrazena.',
      'Informace z ČTK jsou určeny pouze pro osobní potřebu.',
    ],
  },
  negatives: [
    'Zdroj blízký vyšetřování uvedl, že podezřelý byl zadržen v pondělí.',
    'Podle ČTK se jednání obnoví v pátek.',
    'Pokuta je automaticky vygenerována a odeslána poštou.',
    'Zdroje z ministerstva uvedly, že zákon bude schválen.',
    'Agentura uvedla, že spojení bylo během bouře přerušeno.',
    'Všechna práva cestujících zůstávají zachována, řekl mluvčí.',
    // Reported speech, law and police text, and bare words (review s13).
    'Podle autorského zákona jsou všechna práva vyhrazena autorovi, pokud smlouva nestanoví jinak.',
    'Všechna práva vyhrazena, stálo na obálce.',
    'Šíření zpráv o bombě je zakázáno, připomněla policie.',
    'Kopírování obsahu knih bez písemného souhlasu autora je nezákonné, řekl advokát.',
    'Projev prezidenta byl zveřejněn bez redakčních úprav, uvedl Hrad.',
    'ČTK je národní tisková kancelář. Informace ČTK jsou určeny pro média, která si je předplácejí.',
    'Čtěte pozorně příbalový leták, upozornili lékaři.',
  ],
};
