import { definePhrases } from '../define.js';

export default definePhrases('pl', 'comment-counter', [
  {
    id: 'count',
    patterns: [
      '^# (komentarz|komentarze|komentarzy|odpowiedź|odpowiedzi|reakcje|reakcji)$',
      '^(komentarze|komentarz|komentarzy|odpowiedzi|opinie) #$',
      '^(brak|0|zero|nie ma) (komentarzy|komentarza|odpowiedzi) [jeszcze]$',
      '^(pokaż|zobacz|czytaj|ukryj|wczytaj|załaduj|wyświetl) [wszystkie] [#] (komentarze|komentarzy|komentarz|odpowiedzi)',
    ],
  },
  {
    id: 'label',
    patterns: [
      '^(komentarze|komentarz|skomentuj|opinie|twoja opinia|dyskusja|komentarze czytelników)$',
      '(komentowanie|komentarze|możliwość komentowania) (jest|są|została|zostało|zostały) (zamknięte|zamknięta|wyłączone|wyłączona|zablokowane|moderowane)',
      '^(komentarze|komentowanie) (wyłączone|zamknięte)$',
    ],
  },
  {
    id: 'leave-comment',
    patterns: [
      '^(dodaj|napisz|zostaw|wystaw|skomentuj) (komentarz|opinię|odpowiedź|swój komentarz)',
      '(zaloguj się|zarejestruj się|zaloguj) (aby|by|żeby) (skomentować|dodać komentarz|komentować|wziąć udział)',
      '(musisz|należy) (być zalogowany|być zalogowana|się zalogować|zalogować się) (aby|by|żeby) (komentować|dodać komentarz|skomentować)',
    ],
  },
  {
    id: 'be-first',
    patterns: [
      '(bądź|badz) (pierwszy|pierwsza|pierwszą osobą) [który|która|i] (skomentuje|skomentujesz|skomentuj|doda komentarz)',
      '(nie ma|brak) jeszcze (komentarzy|żadnych komentarzy)',
      'jeszcze nie ma komentarzy',
      'dodaj pierwszy komentarz',
    ],
  },
  {
    id: 'join-conversation',
    patterns: [
      '^(dołącz|dołącz do|weź udział w) [do ](dyskusji|rozmowy|debaty)',
      '(co o tym sądzisz|co myślisz|jakie jest twoje zdanie|a ty co o tym myślisz) * (komentarz|komentarzach|komentarzu|poniżej)$',
      '(podziel się|napisz nam) [swoją ](opinią|opinię|zdaniem) (w komentarzu|w komentarzach|poniżej)',
    ],
  },
]);
