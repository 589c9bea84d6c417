import rule from '../../../src/rules/paywall/phrase.js';
import { ruleCases } from '../../helpers/rule-cases.js';

// Hard negatives first: ordinary news sentences about the same topic.
ruleCases(rule, {
  valid: [
    { doc: ["New subscribers will receive a free month, Disney said."] },
    { doc: ["To read the full report, please register on the ministry's website."] },
    { doc: ["The magazine prints 6 issues for £30 a year, the publisher said."] },
    { doc: ["Subscriptions to the streaming service fell in the spring."] },
    { doc: ["The club limits free entry to members on Sundays, its rules say."] },
  ],
  invalid: [
    { doc: ["Subscribe to continue reading"] },
    { doc: ["This article is for subscribers only"] },
    { doc: ["Dieser Artikel ist nur für Abonnenten"] },
    { doc: ["Réservé aux abonnés"] },
  ],
});
