import rule from '../../../src/rules/donation-appeal/phrase.js';
import { ruleCases } from '../../helpers/rule-cases.js';

// Hard negatives first: ordinary news sentences about the same topic.
ruleCases(rule, {
  valid: [
    { doc: ["If you like the plan, support it at the ballot box, the mayor said."] },
    { doc: ["While you're here, the guide said, look at the frescoes."] },
    { doc: ["Would you consider supporting the proposal, the senator was asked."] },
    { doc: ["If you enjoyed this article's subject, the museum has more."] },
    { doc: ["Charities that live on donations had a hard winter, the report found."] },
    { doc: ["Donations to the campaign rose sharply in March."] },
  ],
  invalid: [
    { doc: ["Support independent journalism"] },
    { doc: ["We are a non-profit organization. Help us financially to keep our journalism free."] },
    { doc: ["Unterstützen Sie unseren Journalismus"] },
    { doc: ["Faites un don"] },
  ],
});
