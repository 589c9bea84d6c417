import rule from '../../../src/rules/comment-counter/phrase.js';
import { ruleCases } from '../../helpers/rule-cases.js';

// Hard negatives first: ordinary news sentences about the same topic.
ruleCases(rule, {
  valid: [
    { doc: ["Comments are reviewed by a panel of judges before the prize is awarded."] },
    { doc: ["Comments made by the governor drew criticism."] },
    { doc: ["He declined to comment on the report."] },
  ],
  invalid: [
    { doc: ["0 Comments"] },
    { doc: ["Leave a comment"] },
    { doc: ["Be the first to comment"] },
    { doc: ["12 Kommentare"] },
    { doc: ["Commentaires (3)"] },
  ],
});
