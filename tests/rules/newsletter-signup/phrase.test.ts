import rule from '../../../src/rules/newsletter-signup/phrase.js';
import { ruleCases } from '../../helpers/rule-cases.js';

// Hard negatives first: ordinary news sentences about the same topic.
ruleCases(rule, {
  valid: [
    { doc: ["Residents who want the alerts can sign up here"] },
    { doc: ["He subscribed to the view that rates would fall."] },
    { doc: ["The newsletter of the chess club turned 50 this year, its editor said."] },
  ],
  invalid: [
    { doc: ["Sign up for our newsletter"] },
    { doc: ["Subscribe to our daily briefing"] },
    { doc: ["Newsletter abonnieren"] },
    { doc: ["Inscrivez-vous à notre newsletter"] },
  ],
});
