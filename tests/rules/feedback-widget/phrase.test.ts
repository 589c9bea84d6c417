import rule from '../../../src/rules/feedback-widget/phrase.js';
import { ruleCases } from '../../helpers/rule-cases.js';

// Hard negatives first: ordinary news sentences about the same topic.
ruleCases(rule, {
  valid: [
    { doc: ["Have a question about your pension? The ministry opened a hotline."] },
    { doc: ["Write to your MP at Westminster, campaigners urged."] },
    { doc: ["Anyone who may have a tip is asked to contact police."] },
    { doc: ["The report was helpful to the investigators, police said."] },
    { doc: ["Errors in the ballot count were found in two districts."] },
  ],
  invalid: [
    { doc: ["Was this article helpful?"] },
    { doc: ["Report an error"] },
    { doc: ["War dieser Artikel hilfreich?"] },
    { doc: ["Signaler une erreur"] },
  ],
});
