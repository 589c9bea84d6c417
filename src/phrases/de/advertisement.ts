import { definePhrases } from '../define.js';

export default definePhrases('de', 'advertisement', [
  // Only as the whole block: "Anzeige" is also a criminal complaint ("erstattete Anzeige gegen ...").
  {
    id: 'ad-label',
    patterns: [
      '^(anzeige|anzeigen|werbung|reklame|sponsored|gesponsert|gesponserter inhalt|gesponserte inhalte|sponsored content|bezahlter inhalt|bezahlte partnerschaft|advertorial|promotion|partnerinhalt|partner inhalt|werbeanzeige|werbemitteilung|kommerzieller inhalt)$',
      '^(gesponsert|prasentiert|unterstutzt) (von|durch)',
      '^(anzeige|werbung) (weiterlesen|weiter nach|artikel wird)',
    ],
  },
  {
    id: 'continue-below',
    patterns: [
      '(weiter|weiterlesen|lesen sie weiter|es geht weiter) (nach|unter|unterhalb) der (anzeige|werbung)',
      '(artikel|text|beitrag) (wird|geht) (unter|nach|unterhalb) der (anzeige|werbung) (fortgesetzt|weiter)',
      '(artikel|text|beitrag|lesen sie) (unter|nach|unterhalb) der (anzeige|werbung) weiter',
      '^(nach|unter) der (anzeige|werbung) (geht es weiter|weiterlesen)',
    ],
  },
  {
    id: 'ad-blocker',
    patterns: [
      '(deaktivieren sie|deaktiviere|schalten sie) [bitte ](ihren|deinen|den) (adblocker|ad blocker|werbeblocker)',
      '(adblocker|ad blocker|werbeblocker) (erkannt|aktiv|entdeckt|deaktivieren|ausschalten)',
      '(werbefrei|ohne werbung) (lesen|weiterlesen) (mit|fur)',
    ],
  },
  {
    id: 'affiliate-disclosure',
    patterns: [
      '(es handelt sich um|sind|enthalt|enthalten) (affiliate links|affiliate link|partnerlinks|provisionslinks)',
      'bei den (verlinkungen|links|mit sternchen gekennzeichneten links) handelt es sich um',
      '(erhalten|bekommen) wir (eine|ggf eine|gegebenenfalls eine|unter umstanden eine) (provision|kleine provision)',
    ],
  },
]);
