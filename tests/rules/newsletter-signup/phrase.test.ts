import rule from '../../../src/rules/newsletter-signup/phrase.js';
import { ruleCases } from '../../helpers/rule-cases.js';

// Hard negatives first: ordinary news sentences about the same topic.
ruleCases(rule, {
  valid: [
    { doc: ["Residents who want the alerts can sign up here"] },
    { doc: ["He subscribed to the view that rates would fall."] },
    { doc: ["The newsletter of the chess club turned 50 this year, its editor said."] },
    // The same words about something other than a subscription.
    { doc: ["Die Stadt bat die Anwohner, um ihre Anmeldung zum Sommerfest bis Freitag zu bitten."], lang: 'de' },
    { doc: ["The bank sent an email to confirm the transfer, but the money never arrived."] },
  ],
  invalid: [
    { doc: ["Sign up for our newsletter"] },
    { doc: ["Subscribe to our daily briefing"] },
    { doc: ["Newsletter abonnieren"] },
    { doc: ["Inscrivez-vous à notre newsletter"] },
    // The double opt-in note left after the sign-up form.
    { doc: ["Danke für dein Interesse an unserem Newsletter. Du bekommst gleich Post, um deine Anmeldung zu bestätigen."], lang: 'de', min: 0.5 },
    { doc: ["Thanks! We have sent you an email to confirm your subscription."], min: 0.5 },
  ],
});
