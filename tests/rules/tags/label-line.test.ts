import rule from '../../../src/rules/tags/label-line.js';
import { ruleCases } from '../../helpers/rule-cases.js';

ruleCases(rule, {
  valid: [
    { doc: ['Tags on luggage were checked at the border.'] },
    { doc: ['Topics discussed included the port budget and the new bridge.'] },
    { doc: ['Note: the figures were revised on Monday.'] },
  ],
  invalid: [
    { doc: ['Tags: politics, economy'] },
    { doc: ['Schlagwörter: Politik, Wirtschaft'], lang: 'de' },
    { doc: ['Mots-clés : économie, ports'], lang: 'fr' },
    { doc: ['Filed under Business'] },
  ],
});
