import rule from '../../../src/rules/cookie-notice/phrase.js';
import { ruleCases } from '../../helpers/rule-cases.js';

// Hard negatives first: ordinary news sentences about the same topic.
ruleCases(rule, {
  valid: [
    { doc: ["Cookies and cakes were sold at the school fair."] },
    { doc: ["The bakery sold 2,000 cookies in one day."] },
  ],
  invalid: [
    { doc: ["We use cookies to improve your experience"] },
    { doc: ["Accept all cookies"] },
    { doc: ["Wir verwenden Cookies"] },
    { doc: ["Utilizamos cookies"] },
  ],
});
