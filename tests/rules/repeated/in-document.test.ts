import rule from '../../../src/rules/repeated/in-document.js';
import { ruleCases } from '../../helpers/rule-cases.js';

const body = 'The river rose by two metres overnight, officials said, and the old bridge was closed to traffic.';

ruleCases(rule, {
  valid: [
    { doc: ['Share this', body, 'Share that'] },
    // Headings may repeat (a table of contents); they are not judged.
    { doc: '<h2>Background</h2><p>One.</p><h2>Background</h2>' },
  ],
  invalid: [
    { doc: ['Print this page', body, 'Print this page'], min: 0.5 },
    { doc: ['Print this page', body, 'Print this page'], at: 0, min: 0.5 },
  ],
});
