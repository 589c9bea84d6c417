import { definePhrases } from '../define.js';

export default definePhrases('pl', 'donation-appeal', [
  {
    id: 'non-profit',
    patterns: [
      'jesteśmy (niezależnym|niezależna|niezależne|organizacją|fundacją|stowarzyszeniem|portalem|medium|serwisem) (niezależnym|non profit|pozarządową|pożytku publicznego|utrzymywanym|utrzymywaną|finansowanym|bez reklam|mediami|medium|portalem|serwisem)',
      '(niezależne|niezależna|wolne) (dziennikarstwo|media|medium) (potrzebuje|potrzebują|zależy|zależą|utrzymuje|utrzymują) ',
      '(utrzymujemy się|finansujemy się|działamy) (dzięki|z) (wpłat|wpłatom|darowizn|darowiznom|czytelnikom|czytelników|wam|wsparciu)',
    ],
  },
  {
    id: 'help-us',
    patterns: [
      '(pomóż|pomóżcie|pomóż nam|pomóżcie nam) [nam ](utrzymać|działać|tworzyć|pisać|rozwijać|przetrwać|w|finansowo)',
      '(wesprzyj|wesprzyjcie|wspieraj|wspierajcie|wspomóż) (nas|naszą|nasze|niezależne|niezależną|redakcję|dziennikarstwo|media|portal|pracę)',
      '^(wesprzyj nas|wspieraj nas|wesprzyj|wspieraj|wspieram|wspieram was|wesprzyj redakcję)$',
      '(potrzebujemy|liczymy na) (twojego|waszego|pańskiego|twoje|wasze) (wsparcia|pomocy|wsparcie)',
      'bez (twojego|waszego|wsparcia czytelników) (wsparcia|pomocy) (nie|nie możemy|nie dalibyśmy)',
    ],
  },
  {
    id: 'donate',
    patterns: [
      '^(wpłać|wpłacam|przekaż darowiznę|wspieram|wesprzyj teraz|przekaż|dorzuć się|zrzuć się|postaw kawę|postaw nam kawę)$',
      '(przekaż|przekażcie|wpłać|wpłaćcie) (darowiznę|datek|wpłatę|1 5|1 5 podatku|1 5 procent|wsparcie|dowolną kwotę)',
      '(każda|twoja|nawet mała|każda nawet mała) (wpłata|darowizna|złotówka|pomoc|kwota) (ma znaczenie|się liczy|pomaga|jest ważna)',
      '(wesprzyj|wspieraj|wspieram) [nas ](na|przez|w) (patronite|patronite pl|zrzutka|zrzutka pl|paypal|buycoffee|buymeacoffee)',
      'postaw [nam ](kawę|wirtualną kawę)',
    ],
  },
  {
    id: 'become-member',
    patterns: [
      '^(zostań|zostańcie) (patronem|patronką|darczyńcą|subskrybentem|członkiem|członkinią|mecenasem|prenumeratorem|wspierającym)',
      '(zostań|zostańcie) [naszym |naszą ](patronem|patronką|darczyńcą|mecenasem|członkiem) [i|już|dziś|teraz|portalu|redakcji]',
      '(dołącz|dołączcie) (do|do grona) [naszych ](darczyńców|patronów|wspierających|czytelników wspierających|społeczności)',
    ],
  },
]);
