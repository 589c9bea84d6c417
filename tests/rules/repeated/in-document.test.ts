import rule from '../../../src/rules/repeated/in-document.js';
import { ruleCases } from '../../helpers/rule-cases.js';

const body = 'The river rose by two metres overnight, officials said, and the old bridge was closed to traffic.';

ruleCases(rule, {
  valid: [
    { doc: ['Share this', body, 'Share that'] },
    // Headings may repeat (a table of contents); they are not judged.
    { doc: '<h2>Background</h2><p>One.</p><h2>Background</h2>' },
    // A data table repeats its values down a column (club, year, unit); that is data, not chrome.
    { doc: '<table><tr><td>Anna Berg</td><td>North Harriers</td><td>12.41</td></tr><tr><td>Carla Dorn</td><td>North Harriers</td><td>12.58</td></tr></table>', at: 4 },
  ],
  invalid: [
    { doc: ['Print this page', body, 'Print this page'], min: 0.5 },
    { doc: ['Print this page', body, 'Print this page'], at: 0, min: 0.5 },
    // Hard negative for the table exemption: the same club name repeated as paragraphs still goes.
    { doc: ['<p>North Harriers</p>', body, '<p>North Harriers</p>'], min: 0.5 },
  ],
});
