import rule from '../../../src/rules/related-links/phrase.js';
import { ruleCases } from '../../helpers/rule-cases.js';

// Hard negatives first: ordinary news sentences about the same topic.
ruleCases(rule, {
  valid: [
    { doc: ["The charges are related to the case of a missing ship."] },
    { doc: ["She has read more than 300 books this year."] },
    { doc: ["Die Straße führt weiter zum alten Hafen, sagte der Bürgermeister."], lang: 'de' },
    // A sentence that opens as a pointer does.
    { doc: ["Weiter zum Hafen: Die Fähre legt am Samstag wieder pünktlich ab, meldet die Reederei."], lang: 'de' },
    { doc: ["Weitere Informationen zur Ausstellung gibt es im Rathaus am Markt."], lang: 'de' },
  ],
  invalid: [
    { doc: ["Related articles"] },
    { doc: ["Also read"] },
    { doc: ["Lesen Sie auch"] },
    { doc: ["À lire aussi"] },
    // A series' pointer to its next part.
    { doc: ["... weiter zu „Hafen im Winter“"], lang: 'de' },
    { doc: ["Weiter zu Teil 3: Die Werft"], lang: 'de' },
    { doc: ["Weiter zum zweiten Teil der Serie"], lang: 'de' },
  ],
});
