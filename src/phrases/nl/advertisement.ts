import { definePhrases } from '../define.js';

export default definePhrases('nl', 'advertisement', [
  // Only as the whole block: "de reclame voor gokken" is a news topic.
  {
    id: 'ad-label',
    patterns: [
      '^(advertentie|advertenties|reclame|gesponsord|gesponsorde inhoud|gesponsorde content|gesponsord bericht|betaalde content|betaalde inhoud|partnercontent|partner content|promotie|advertorial|sponsored|in samenwerking met|mede mogelijk gemaakt door)$',
      '^(gesponsord|aangeboden|mogelijk gemaakt|gepresenteerd) door',
      '^in samenwerking met ',
      '^advertentie (lees verder|het artikel|verder)',
    ],
  },
  {
    id: 'continue-below',
    patterns: [
      '(het artikel|de tekst|het verhaal|het bericht) (gaat|loopt) (verder|door) (onder|na) (de|deze) (advertentie|reclame)',
      '(lees|artikel gaat) verder (onder|na) de (advertentie|reclame)',
      '^(scroll|scrol) [verder ]om (verder te lezen|door te lezen)',
    ],
  },
  {
    id: 'ad-blocker',
    patterns: [
      '(schakel|zet) (je|uw|de) (adblocker|ad blocker|advertentieblokkering) (uit|af)',
      '(adblocker|ad blocker) (gedetecteerd|gedetecteerd|actief|aan)',
      '(je gebruikt|u gebruikt) [een ](adblocker|ad blocker)',
    ],
  },
]);
