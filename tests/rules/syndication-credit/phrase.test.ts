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
    // Agency names the article lists (an item among prose items, a line its text leads into) with more article after (two
    // paragraphs: one alone may be the page's closing box).
    { doc: `<p>${PARA}</p><ul><li>Local papers and their websites</li><li>Reuters/AP/AFP</li></ul><p>${PARA}</p><p>${PARA}</p>`, at: 2 },
    { doc: `<p>${PARA_DE}</p><ul><li>dpa/AFP/Reuters</li><li>eigene Recherchen der Redaktion</li></ul><p>${PARA_DE}</p><p>${PARA_DE}</p>`, at: 1, lang: 'de' },
    { doc: [PARA_DE, 'Die Zeitung übernimmt Meldungen von diesen Agenturen:', 'dpa/AFP/Reuters', PARA_DE, PARA_DE], at: 2, lang: 'de' },
    // English names matched by the English data's bare-name group (its own group name once kept them from this).
    { doc: `<p>${PARA}</p><ul><li>Local papers and their websites</li><li>Reuters</li><li>Statements from the council press office</li></ul><p>${PARA}</p><p>${PARA}</p>`, at: 2 },
    { doc: `<p>${PARA}</p><ul><li>Local papers and their websites</li><li>The Associated Press</li><li>Statements from the council press office</li></ul><p>${PARA}</p><p>${PARA}</p>`, at: 2 },
    { doc: [PARA, 'The only wire service the paper still pays for is this one:', 'Reuters', PARA, PARA], at: 2 },
  ],
  invalid: [
    { doc: ["(With input from news agency language)"] },
    // The same names under the article, or in a list of credits only.
    { doc: [PARA_DE, 'dpa/AFP/Reuters'], lang: 'de' },
    { doc: [PARA, '(Reuters/AP)'] },
    { doc: [PARA, 'Reuters'] },
    { doc: [PARA, 'The Associated Press'] },
    { doc: `<p>${PARA_DE}</p><ul><li>dpa/AFP/Reuters</li><li>eigene Recherchen der Redaktion</li></ul>`, at: 1, lang: 'de' },
    { doc: [PARA_DE, 'Mit Material von:', 'dpa/AFP/Reuters'], lang: 'de' },
    // A lead-in or a list at the article's end with the page's closing box under it (an "about" box, a
    // newsletter appeal, an author's bio): still the credit under the article.
    { doc: [PARA, PARA, 'This report includes material from the following agencies:', 'Reuters/AP/AFP', 'The City Gazette is an independent newspaper serving the region since 1901 with daily news, analysis and opinion for readers.'], at: 3 },
    { doc: [PARA_DE, PARA_DE, 'Dieser Artikel enthält Material der folgenden Agenturen:', 'dpa/AFP/Reuters', 'Unser Newsletter informiert Sie jeden Morgen über die wichtigsten Nachrichten aus der Region und der Welt.'], at: 3, lang: 'de' },
    { doc: `<p>${PARA_DE}</p><p>${PARA_DE}</p><ul><li>dpa/AFP/Reuters</li><li>eigene Recherchen der Redaktion</li></ul><p>Jana Muster berichtet seit 2015 für die Zeitung aus dem Rathaus und über die Politik in der Region und im Land.</p>`, at: 2, lang: 'de' },
    { doc: ["(Reporting by Jane Doe; Editing by John Roe)"] },
    // A scholarly blog's note on how to cite the post.
    // (Glued to the citation itself, see citation-note.test.ts.)
    { doc: ["Suggested citation"] },
    { doc: ["Zitiervorschlag: Roe, Jane, Hafenrecht im Sturm, Hafenblog, 2. März 2021."], lang: 'de' },
    { doc: ["Pour citer cet article"], lang: 'fr' },
    { doc: ["© 2024 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed."], min: 0.5 },
  ],
});
