import rule from '../../../src/rules/share-prompt/phrase.js';
import { ruleCases } from '../../helpers/rule-cases.js';

// Hard negatives first: ordinary news sentences about the same topic.
ruleCases(rule, {
  valid: [
    { doc: ["Die Zeitung ließ den Aufruf drucken und pinnen"], lang: "de" },
    { doc: ["Share prices fell by four per cent on Tuesday."] },
    { doc: ["Shares of the company rose after the report."] },
  ],
  invalid: [
    { doc: ["Share this article"] },
    { doc: ["If you like this story, share it with a friend!"] },
    { doc: ["Artikel teilen"] },
    { doc: ["Partager cet article"] },
  ],
});
