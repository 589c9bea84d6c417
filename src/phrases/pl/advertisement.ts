import { definePhrases } from '../define.js';

export default definePhrases('pl', 'advertisement', [
  // Only as the whole block: "reklama alkoholu" is a news topic.
  {
    id: 'ad-label',
    patterns: [
      '^(reklama|reklamy|ogłoszenie|ogłoszenia|materiał sponsorowany|artykuł sponsorowany|treść sponsorowana|sponsorowane|sponsorowany|materiał promocyjny|materiał partnera|artykuł partnera|treści partnerskie|współpraca reklamowa|partner materiału|promocja|lokowanie produktu)$',
      '^(sponsorem|partnerem) (materiału|artykułu|cyklu) jest',
      '^(materiał|artykuł) (sponsorowany|powstał we współpracy) (przez|z)',
      '^reklama (dalsza część|czytaj dalej|artykuł)',
    ],
  },
  {
    id: 'continue-below',
    patterns: [
      '(dalsza część|dalszy ciąg|ciąg dalszy) (artykułu|tekstu|materiału) (pod|poniżej|po) (reklamą|reklamie|ogłoszeniem)',
      '(dalsza część|ciąg dalszy|dalszy ciąg) (pod|poniżej|po) (reklamą|reklamie)',
      '^(dalsza część artykułu|dalsza część tekstu|ciąg dalszy)[ poniżej]$',
      '(przewiń|przewin) (aby|by|żeby) (czytać dalej|kontynuować)',
    ],
  },
  {
    id: 'ad-blocker',
    patterns: [
      '(wyłącz|wyłączcie|dezaktywuj|zablokuj) [swój |twój ](adblock|adblocka|ad blocker|bloker reklam|blokadę reklam|blokera reklam)',
      '(adblock|bloker reklam|blokada reklam) (wykryty|wykryta|aktywny|aktywna|włączony)',
      '(używasz|korzystasz z) (adblocka|blokera reklam|adblock|blokady reklam)',
    ],
  },
  {
    id: 'see-offers',
    patterns: [
      // The shop prompt opens its line: "zobacz oferty" inside a sentence is a reporter's aside.
      '^(zobacz|sprawdz|porownaj) (oferty|oferte|ogloszenia|ceny|cene) (na|w)',
      // or follows the reader's question: "Szukasz mieszkania? Zobacz oferty na ...".
      '^(szukasz|szukacie|planujesz|chcesz) * * (zobacz|sprawdz) (oferty|oferte|ogloszenia)',
    ],
  },
]);
