import rule from '../../../src/rules/app-promo/phrase.js';
import { ruleCases } from '../../helpers/rule-cases.js';

// Hard negatives first: ordinary news sentences about the same topic.
ruleCases(rule, {
  valid: [
    { doc: ["The app store antitrust case resumes on Monday."] },
    { doc: ["The city launched an app for parking fines last year."] },
  ],
  invalid: [
    { doc: ["Download our app"] },
    { doc: ["Get the app"] },
    { doc: ["Laden Sie unsere App herunter"] },
  ],
});
