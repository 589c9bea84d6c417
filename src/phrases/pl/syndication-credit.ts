import { definePhrases } from '../define.js';

export default definePhrases('pl', 'syndication-credit', [
  {
    id: 'with-input-from',
    patterns: [
      '^(na podstawie|według|wg|za) (pap|afp|ap|reuters|dpa|efe|ansa|xinhua|bloomberg|iar|ppa|isbnews|bankier|tvn24|rmf fm|polsat news|agencji|agencji informacyjnych|informacji agencji)$',
      '^(oprac|opracowanie|opr) (pap|afp|ap|reuters|dpa|efe|ansa|xinhua|bloomberg|iar|ppa|isbnews|bankier|tvn24|rmf fm|polsat news|redakcja|red)',
      '^(na podstawie|z wykorzystaniem) (informacji|materiałów|depesz) (agencji|pap|afp|ap|reuters|dpa|efe|ansa|xinhua|bloomberg|iar|ppa|isbnews|bankier|tvn24|rmf fm|polsat news|agencyjnych)',
      '^(red|redakcja) (pap|afp|ap|reuters|dpa|efe|ansa|xinhua|bloomberg|iar|ppa|isbnews|bankier|tvn24|rmf fm|polsat news)$',
    ],
  },
  {
    id: 'agency-tag',
    patterns: [
      '^(pap|afp|ap|reuters|dpa|efe|ansa|xinhua|bloomberg|iar|ppa|isbnews|bankier|tvn24|rmf fm|polsat news)$',
      '^(pap|afp|ap|reuters|dpa|efe|ansa|xinhua|bloomberg|iar|ppa|isbnews|bankier|tvn24|rmf fm|polsat news) (pap|afp|ap|reuters|dpa|efe|ansa|xinhua|bloomberg|iar|ppa|isbnews|bankier|tvn24|rmf fm|polsat news)$',
      '^(agencje|źródło agencje)$',
      '^(autor|autorka) * (pap|afp|ap|reuters|dpa|efe|ansa|xinhua|bloomberg|iar|ppa|isbnews|bankier|tvn24|rmf fm|polsat news)$',
    ],
  },
  {
    id: 'auto-generated',
    patterns: [
      '(nie był|nie była|nie został|nie została) (redagowany|redagowana|edytowany|edytowana|zmieniony|zmieniona|sprawdzony) przez (redakcję|naszą redakcję|dziennikarzy)',
      '(automatycznie|bez zmian) (opublikowany|opublikowana|pobrany|pobrana|wygenerowany|przejęty) (z|ze) (serwisu|kanału|feedu|agencji|depeszy)',
      '(materiał|tekst|artykuł|depesza) (pochodzi|pochodzą) (z|ze) (serwisu|agencji|depeszy|kanału) ',
      'serwis (pap mediaroom|agencyjny)',
    ],
  },
  {
    id: 'copyright',
    patterns: [
      'wszelkie prawa zastrzeżone',
      'wszystkie prawa zastrzeżone',
      '^copyright$',
      '^copyright (c|by|#)',
      'copyright [c] #',
      '^# (pap|afp|ap|reuters|dpa|efe|ansa|xinhua|bloomberg|iar|ppa|isbnews|bankier|tvn24|rmf fm|polsat news)$',
      '^(c|copyright) (pap|afp|ap|reuters|dpa|efe|ansa|xinhua|bloomberg|iar|ppa|isbnews|bankier|tvn24|rmf fm|polsat news)',
    ],
  },
  {
    id: 'reprint-notice',
    patterns: [
      '(kopiowanie|przedruk|rozpowszechnianie|powielanie|publikowanie|wykorzystywanie) * (bez zgody|zabronione|zabronione bez|wyłącznie za zgodą|tylko za zgodą)',
      '(przedruk|kopiowanie|rozpowszechnianie) (całości lub części|w całości lub w części|tylko za zgodą|wyłącznie za zgodą)',
      '(bez|wyłącznie za|tylko za) [pisemnej ](zgody|zgodą) (wydawcy|redakcji|autora|pap)',
      '(opublikowano|przedrukowano) (za zgodą|na licencji creative commons|na licencji cc)',
    ],
  },
]);
