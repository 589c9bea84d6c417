import rule from '../../../src/rules/syndication-credit/phrase.js';
import { ruleCases } from '../../helpers/rule-cases.js';

// Hard negatives first: ordinary news sentences about the same topic.
ruleCases(rule, {
  valid: [
    { doc: ["The agency said the wire had been cut during the storm."] },
    { doc: ["The material may not be published under the court order."] },
    // Citations talked about in the text.
    { doc: ["The court's suggested reading list cites this article twice, the clerk said."] },
    { doc: ["Zitierweise im Fließtext"], lang: 'de' },
  ],
  invalid: [
    { doc: ["(With input from news agency language)"] },
    { doc: ["(Reporting by Jane Doe; Editing by John Roe)"] },
    // A scholarly blog's note on how to cite the post.
    // (Glued to the citation itself, see citation-note.test.ts.)
    { doc: ["Suggested citation"] },
    { doc: ["Zitiervorschlag: Roe, Jane, Hafenrecht im Sturm, Hafenblog, 2. März 2021."], lang: 'de' },
    { doc: ["Pour citer cet article"], lang: 'fr' },
    { doc: ["© 2024 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed."], min: 0.5 },
  ],
});
