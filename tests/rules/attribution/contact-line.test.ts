import rule from '../../../src/rules/attribution/contact-line.js';
import { ruleCases } from '../../helpers/rule-cases.js';

const PARA = 'The ferry left the quay at dawn with forty passengers and a brass band on the upper deck.';

ruleCases(rule, {
  valid: [
    // Same topic: an address inside a sentence.
    { doc: [PARA, 'Readers can write to the harbour authority at info@harbour.example with their questions.'] },
    { doc: [PARA, 'Timetables are at harbour.example and at the quay.'] },
    { doc: [PARA, 'Version 2.0'] },
  ],
  invalid: [
    { doc: [PARA, 'jane.doe@gazette.example'], min: 0.5 },
    { doc: [PARA, 'twitter.com/janedoe'], min: 0.5 },
    { doc: [PARA, 'GAZETTE.COM'], min: 0.5 },
    { doc: [PARA, '@janedoe'], min: 0.5 },
  ],
});
