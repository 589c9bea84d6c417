import rule from '../../../src/rules/syndication-credit/credit-line.js';
import { ruleCases } from '../../helpers/rule-cases.js';

const PARA = 'The ferry left the quay at dawn with forty passengers and a brass band on the upper deck.';

ruleCases(rule, {
  valid: [
    // Same topic: a slash inside a sentence, and a heading with a slash.
    { doc: [PARA, 'The Israel/Egypt border crossing reopened on Monday after talks.'] },
    { doc: [PARA, 'ferries/boats were banned from the harbour'] },
    { doc: '<p>The ferry left the quay at dawn with forty passengers.</p><h2>Rock/Pop</h2>' },
    { doc: [PARA, 'Open 24/7'] },
    // Two names alone are a bare subheading as often as a credit.
    { doc: [PARA, 'Israel/Gaza'] },
    { doc: [PARA, 'Russia / Ukraine'] },
    { doc: [PARA, 'ISRAEL/GAZA'] },
    { doc: [PARA, 'Middle East/North Africa'] },
    { doc: [PARA, 'Apartment/Pasadena'] },
    { doc: [PARA, 'Paris/Berlin'] },
    // Lowercase words joined by a slash are a credit only when the words after the first are wire agencies.
    { doc: [PARA, 'und/oder'] },
    { doc: [PARA, 'km/h'] },
    { doc: [PARA, 'ein/aus'] },
    { doc: [PARA, 'jdo/Pasadena'] },
    // A comma joins initials to an agency only in brackets, and only a wire agency.
    { doc: [PARA, 'jan, ČTK'] },
    { doc: [PARA, '(viz, Praha)'] },
    // An agency's name that is also a word, without its brackets, is the word.
    { doc: [PARA, '共同'] },
    { doc: [PARA, 'भाषा'] },
    { doc: [PARA, 'قنا'] },
    { doc: [PARA, '(共同声明)'] },
  ],
  invalid: [
    { doc: [PARA, 'Jane Doe/Harbour Press/Agency Images'] },
    { doc: [PARA, 'AGENCY / J. DOE'] },
    { doc: [PARA, 'Jan Weber/dpa/picture-alliance'] },
    { doc: [PARA, '© Harbour Press / Ludwig van Dijk'] },
    { doc: [PARA, 'AGENCY/Jane Doe'] },
    { doc: [PARA, 'Harbour Press/dpa'] },
    { doc: [PARA, 'Jane Smith/Reuters'] },
    { doc: [PARA, 'Getty Images / Jane Smith'] },
    // The writer's initials joined to wire agencies: a text credit.
    { doc: [PARA, 'jdo/dpa'] },
    { doc: [PARA, 'mbo/AFP/dpa'] },
    { doc: [PARA, '(red/APA)'] },
    { doc: [PARA, 'sda/awp'] },
    { doc: [PARA, '(jan, ČTK)'] },
    // An agency whose name is also a word, in brackets alone on a line.
    { doc: [PARA, '（共同）'] },
    { doc: [PARA, '（時事）'] },
    { doc: [PARA, '【共同】'] },
    { doc: [PARA, '(भाषा)'] },
    { doc: [PARA, '(वार्ता)'] },
    { doc: [PARA, '(قنا)'] },
    { doc: [PARA, '(سانا)'] },
    { doc: [PARA, '(mal, ČTK, Reuters)'] },
    { doc: '<p>The ferry left the quay at dawn with forty passengers.</p><figure><img src="x.jpg"><figcaption>The quay at dawn.</figcaption></figure><p>Harbour Press/Jane Doe</p>' },
  ],
});
