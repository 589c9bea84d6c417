import { definePhrases } from '../define.js';

export default definePhrases('de', 'paywall', [
  {
    id: 'subscribe-to-continue',
    patterns: [
      '(weiterlesen|weiter lesen|lesen sie weiter|jetzt weiterlesen) (mit|im) (plus|abo|z plus|f plus|sz plus|digitalabo|spiegel|premium)',
      '^[jetzt ](weiterlesen|weiter lesen) (mit|fur) ',
      'um (diesen|den|den ganzen|den vollstandigen|den kompletten) (artikel|beitrag|text) (zu lesen|weiterzulesen|lesen zu konnen)',
      '(diesen|den) (artikel|beitrag) (weiterlesen|vollstandig lesen|freischalten)',
      '(artikel|beitrag|inhalt) (freischalten|jetzt freischalten)',
      '(alle|samtliche) (artikel|inhalte|plus artikel|plus inhalte) (lesen|freischalten|ohne einschrankung)',
      'unbegrenzt (lesen|zugang|zugriff) [auf|zu] [alle ][artikel|inhalte]',
    ],
  },
  {
    id: 'subscribers-only',
    patterns: [
      '(nur|exklusiv|ausschliesslich|ausschließlich) fur (abonnenten|abonnentinnen|abonnentinnen und abonnenten|abonnenten und abonnentinnen|plus abonnenten|mitglieder|abonnierende|premium mitglieder|digitalabonnenten)',
      '(dieser|der) (artikel|beitrag|inhalt|text) ist (nur|exklusiv|ausschliesslich|ausschließlich) (fur|mit) ',
      '^(plus|premium|abo|exklusiv|abonnenten|plus artikel|premium artikel|z plus|sz plus|f plus)$',
      '(abonnenten|abo|plus|premium) (inhalt|inhalte|artikel)$',
      '(abonnenten|abonnentinnen) exklusiv',
    ],
  },
  {
    id: 'article-limit',
    patterns: [
      '(kostenlose|kostenlosen|freie|freien) (artikel|beitrage) (aufgebraucht|gelesen|erreicht)',
      '(limit|kontingent) (an|fur|kostenloser) [kostenlosen |freien ](artikeln|artikel|beitragen)',
      'sie haben (ihr|das|alle|bereits) * (limit|kontingent|kostenlosen artikel|freien artikel)',
      '# (kostenlose|freie|kostenlosen) (artikel|beitrage) (pro monat|im monat|ubrig|verbleibend)',
      'noch # (kostenlose|freie) (artikel|beitrage)',
    ],
  },
  {
    id: 'already-subscriber',
    patterns: [
      '(bereits|schon) (abonnent|abonnentin|abonniert|registriert|kunde|mitglied|ein abo|ein abonnement)',
      '(haben sie|hast du|sie haben|du hast) (bereits|schon) ein (abo|abonnement|konto|plus abo|digitalabo)',
      '(hier|jetzt) (anmelden|einloggen) und weiterlesen',
      '[noch ]kein (abonnent|abo|abonnement)',
    ],
  },
  {
    id: 'subscribe-offer',
    patterns: [
      '^[jetzt ](abo|abonnement|plus|probeabo) (abschliessen|abschließen|testen|sichern|bestellen|wahlen)',
      '[jetzt ][# ](wochen|monate|monat|woche|tage) (kostenlos|gratis|fur # euro|fur # e|fur nur)',
      'jederzeit kundbar',
      '[fur ](nur|ab) # (euro|e|cent) (im|pro|je) (monat|woche)',
      '(testen|lesen) sie [jetzt ][# ](wochen|monate|tage|monat|woche) (kostenlos|gratis|fur)',
      '(jetzt|kostenlos) (testen|probelesen)$',
    ],
  },
  // Promotions for the publication's own print or digital issue ("die aktuelle Ausgabe ... als E-Paper").
  {
    id: 'issue-offer',
    patterns: [
      '(am kiosk|im handel|im zeitschriftenhandel|bahnhofskiosk|im abo) * (als e paper|als app)',
      '^lesen sie (das|die|den) * (magazin|zeitschrift|heft|printausgabe|e paper)',
      '^* jetzt auch (digital|als e paper|als app)$',
      '(hier|einfach hier) klicken und * (registrieren|abonnieren|bestellen)',
    ],
  },
]);
