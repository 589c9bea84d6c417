import rule from '../../../src/rules/syndication-credit/phrase.js';
import { ruleCases } from '../../helpers/rule-cases.js';

// Hard negatives first: ordinary news sentences about the same topic.
ruleCases(rule, {
  valid: [
    { doc: ["The agency said the wire had been cut during the storm."] },
    { doc: ["The material may not be published under the court order."] },
  ],
  invalid: [
    { doc: ["(With input from news agency language)"] },
    { doc: ["(Reporting by Jane Doe; Editing by John Roe)"] },
    { doc: ["© 2024 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed."], min: 0.5 },
  ],
});
