import rule from '../../../src/rules/related-links/link-list.js';
import { ruleCases } from '../../helpers/rule-cases.js';

ruleCases(rule, {
  valid: [
    { doc: '<p>The ministry published <a href="/r">its report</a> on Monday, a week later than planned, after a row over the figures.</p>' },
    { doc: ['Plain text lines carry no links at all.'] },
  ],
  invalid: [
    { doc: '<ul><li><a href="/a">Harbour fire: what we know so far</a></li></ul>', min: 0.6 },
    { doc: '<p><a href="/b">Election results in full</a></p>', min: 0.5 },
  ],
});
