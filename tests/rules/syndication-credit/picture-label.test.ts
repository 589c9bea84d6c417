import rule from '../../../src/rules/syndication-credit/picture-label.js';
import { ruleCases } from '../../helpers/rule-cases.js';

const PARA = 'The ferry left the quay at dawn with forty passengers and a brass band on the upper deck.';

ruleCases(rule, {
  valid: [
    // Same topic: sentences that start with a picture word but have no label colon.
    { doc: [PARA, 'Photos of the flooded square spread quickly on social media, and by noon the mayor had called a meeting.'] },
    { doc: [PARA, 'Bilder vom überfluteten Platz verbreiteten sich schnell.'] },
    { doc: [PARA, 'Fotograf Jan Weber begleitete die Fähre auf ihrer letzten Fahrt.'] },
  ],
  invalid: [
    { doc: [PARA, 'Titelbild: Harbour Press / J. Doe'] },
    { doc: [PARA, 'Beitragsbild via Harbour Archive'] },
    { doc: [PARA, 'Photo source: Harbour Archive'] },
    { doc: [PARA, 'Abbildung: Die Fähre im Jahr 1962 am alten Kai.'] },
    { doc: [PARA, 'Figure 2: Passenger numbers since 1990'] },
  ],
});
