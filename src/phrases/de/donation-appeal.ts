import { definePhrases } from '../define.js';

export default definePhrases('de', 'donation-appeal', [
  {
    id: 'non-profit',
    patterns: [
      'wir sind (ein|eine) (gemeinnutziger|gemeinnutzige|gemeinnutziges|unabhangiger|unabhangige|unabhangiges|nichtkommerzieller|nichtkommerzielle|spendenfinanzierter|spendenfinanzierte|leserfinanzierte|leserfinanziertes|werbefreies|kleines|kleine)',
      '(unabhangiger|unabhangigen|unabhangige|gemeinnutziger|freier|kritischer) journalismus (braucht|kostet|lebt von)',
      '(finanziert|getragen) [sich ](durch|von) (spenden|unseren lesern|unseren leserinnen|leserinnen und lesern|ihren spenden)',
    ],
  },
  {
    id: 'help-us',
    patterns: [
      'helfen sie uns',
      'hilf uns (dabei|mit|unseren|unabhangig|weiter)',
      '(unterstutzen|unterstutze|unterstutzt) [sie ](uns|unsere arbeit|unseren journalismus|unabhangigen journalismus|die redaktion|unsere redaktion)',
      '^(uns|unsere arbeit|unseren journalismus|unabhangigen journalismus) unterstutzen',
      '(wir sind|wir bleiben) auf (ihre|eure|deine) (unterstutzung|hilfe|spende|spenden) angewiesen',
      'ohne (ihre|eure|deine) (unterstutzung|hilfe|spende) (geht es nicht|konnen wir nicht|ware)',
    ],
  },
  {
    id: 'donate',
    patterns: [
      '^(spenden|jetzt spenden|spende|spenden sie|spenden sie jetzt)$',
      'jetzt (spenden|unterstutzen|unterstutzer werden|mitglied werden)',
      '(mit|durch) (einer|ihrer|deiner) (spende|einmaligen spende|monatlichen spende|kleinen spende)',
      '(jede|ihre|deine|eine kleine) spende (hilft|zahlt|macht|ist willkommen|starkt)',
      'freiwillig (bezahlen|zahlen|unterstutzen)',
      '^(spenden|unterstutzen) (per|uber|via|mit) (paypal|patreon|uberweisung|steady)',
      '(unterstutzen|unterstutze) [uns ](auf|bei|uber) (steady|patreon|paypal)',
      'spenden sind steuerlich absetzbar',
    ],
  },
  {
    id: 'become-member',
    patterns: [
      '^(mitglied|unterstutzer|unterstutzerin|fordermitglied|abonnent|abonnentin) werden',
      '(werden sie|werde|werdet) [jetzt ](mitglied|unterstutzer|unterstutzerin|fordermitglied|teil unserer community)',
      '(mitglied|unterstutzer|fordermitglied) werden und',
    ],
  },
]);
