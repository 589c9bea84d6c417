import rule from '../../../src/rules/syndication-credit/phrase.js';
import { ruleCases } from '../../helpers/rule-cases.js';

const PARA = 'The ferry left the quay at dawn with forty passengers and a brass band on the upper deck.';
const PARA_DE = 'Die Fähre legte im Morgengrauen mit vierzig Fahrgästen und einer Blaskapelle auf dem Oberdeck ab.';

// Hard negatives first: ordinary news sentences about the same topic.
ruleCases(rule, {
  valid: [
    { doc: ["The agency said the wire had been cut during the storm."] },
    { doc: ["The material may not be published under the court order."] },
    // Citations talked about in the text.
    { doc: ["The court's suggested reading list cites this article twice, the clerk said."] },
    { doc: ["Zitierweise im Fließtext"], lang: 'de' },
    // Agency names the article lists (an item among prose items, a line its text leads into) with more article after.
    { doc: `<p>${PARA}</p><ul><li>Local papers and their websites</li><li>Reuters/AP/AFP</li></ul><p>${PARA}</p>`, at: 2 },
    { doc: `<p>${PARA_DE}</p><ul><li>dpa/AFP/Reuters</li><li>eigene Recherchen der Redaktion</li></ul><p>${PARA_DE}</p>`, at: 1, lang: 'de' },
    { doc: [PARA_DE, 'Die Zeitung übernimmt Meldungen von diesen Agenturen:', 'dpa/AFP/Reuters', PARA_DE], at: 2, lang: 'de' },
  ],
  invalid: [
    { doc: ["(With input from news agency language)"] },
    // The same names under the article, or in a list of credits only.
    { doc: [PARA_DE, 'dpa/AFP/Reuters'], lang: 'de' },
    { doc: [PARA, '(Reuters/AP)'] },
    { doc: `<p>${PARA_DE}</p><ul><li>dpa/AFP/Reuters</li><li>eigene Recherchen der Redaktion</li></ul>`, at: 1, lang: 'de' },
    { doc: [PARA_DE, 'Mit Material von:', 'dpa/AFP/Reuters'], lang: 'de' },
    { doc: ["(Reporting by Jane Doe; Editing by John Roe)"] },
    // A scholarly blog's note on how to cite the post.
    // (Glued to the citation itself, see citation-note.test.ts.)
    { doc: ["Suggested citation"] },
    { doc: ["Zitiervorschlag: Roe, Jane, Hafenrecht im Sturm, Hafenblog, 2. März 2021."], lang: 'de' },
    { doc: ["Pour citer cet article"], lang: 'fr' },
    { doc: ["© 2024 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed."], min: 0.5 },
  ],
});
