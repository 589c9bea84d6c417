import { definePhrases } from '../define.js';

export default definePhrases('nl', 'cookie-notice', [
  {
    id: 'we-use-cookies',
    patterns: [
      '(wij|we|deze website|deze site|onze website|deze pagina|wij en onze partners) (gebruiken|gebruikt|plaatsen|plaatst|maken gebruik van) [functionele |analytische |tracking ]cookies',
      '(gebruiken|gebruikt|plaatsen|plaatst) cookies (om|voor|en|van)',
      '(door|als je|als u) (verder te gaan|gebruik te maken|deze website te gebruiken|verder gaat|op akkoord te klikken) * (ga je|gaat u) akkoord (met|dat) [het gebruik van ][cookies]',
      'gebruik van cookies',
      'cookiebeleid',
      'cookieverklaring',
    ],
  },
  {
    id: 'cookie-buttons',
    patterns: [
      '(accepteer|accepteren|weiger|weigeren|beheer|beheren|instellen|aanpassen|sta toe) [alle ]cookies',
      '^(alles accepteren|alle accepteren|accepteren|accepteer|akkoord|weigeren|alles weigeren|instellingen|voorkeuren|accepteren en sluiten|ga verder zonder te accepteren|meer opties|ik ga akkoord)$',
      'cookie (instellingen|voorkeuren|melding|toestemming)',
      'cookie instellingen$',
      'cookieinstellingen',
    ],
  },
  {
    id: 'consent-framework',
    patterns: [
      '(wij en onze|en onze) [# ](partners|leveranciers) (slaan|gebruiken|verwerken|hebben)',
      '(informatie|gegevens) (op een|op uw|op je) (apparaat|toestel) (opslaan|openen|bewaren)',
      '(opslaan|openen) (en of|van) informatie op een apparaat',
      'gepersonaliseerde (advertenties|ads) en (content|inhoud)',
      'advertentie en contentmeting',
    ],
  },
]);
