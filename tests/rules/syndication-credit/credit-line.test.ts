import rule from '../../../src/rules/syndication-credit/credit-line.js';
import { ruleCases } from '../../helpers/rule-cases.js';

const PARA = 'The ferry left the quay at dawn with forty passengers and a brass band on the upper deck.';
const PARA_DE = 'Die Fähre legte im Morgengrauen mit vierzig Fahrgästen und einer Blaskapelle auf dem Oberdeck ab.';
const PARA_RU = 'Паром отошёл от причала на рассвете с сорока пассажирами и духовым оркестром на верхней палубе.';

ruleCases(rule, {
  valid: [
    // Same topic: a slash inside a sentence, and a heading with a slash.
    { doc: [PARA, 'The Israel/Egypt border crossing reopened on Monday after talks.'] },
    { doc: [PARA, 'ferries/boats were banned from the harbour'] },
    { doc: '<p>The ferry left the quay at dawn with forty passengers.</p><h2>Rock/Pop</h2>' },
    { doc: [PARA, 'Open 24/7'] },
    // Two names alone are a bare subheading as often as a credit.
    { doc: [PARA, 'Israel/Gaza'] },
    { doc: [PARA, 'Russia / Ukraine'] },
    { doc: [PARA, 'ISRAEL/GAZA'] },
    { doc: [PARA, 'Middle East/North Africa'] },
    { doc: [PARA, 'Apartment/Pasadena'] },
    { doc: [PARA, 'Paris/Berlin'] },
    // Lowercase words joined by a slash are a credit only when the words after the first are wire agencies.
    { doc: [PARA, 'und/oder'] },
    { doc: [PARA, 'km/h'] },
    { doc: [PARA, 'ein/aus'] },
    { doc: [PARA, 'jdo/Pasadena'] },
    // A comma joins initials to an agency only in brackets, and only a wire agency.
    { doc: [PARA, 'jan, ČTK'] },
    { doc: [PARA, '(viz, Praha)'] },
    // An agency's name that is also a word, without its brackets, is the word.
    { doc: [PARA, '共同'] },
    { doc: [PARA, 'भाषा'] },
    { doc: [PARA, 'قنا'] },
    { doc: [PARA, '(共同声明)'] },
    // Single words joined by slashes are a list of parties, genres or places, not names of people or agencies.
    { doc: [PARA_DE, 'SPD/Grüne/FDP', PARA_DE], at: 1 },
    { doc: [PARA_DE, 'SPD/Grüne/FDP'] },
    { doc: [PARA, 'Rock/Pop/Jazz', PARA], at: 1 },
    { doc: [PARA, 'Paris/Berlin/Rome'] },
    // Agency names the article lists: an item among prose items, or a line its text leads into, with more article after (two paragraphs:
    // one alone may be the page's closing box).
    { doc: `<p>${PARA_RU}</p><ul><li>ТАСС / РИА Новости / Интерфакс</li><li>Региональные издания и их сайты</li></ul><p>${PARA_RU}</p><p>${PARA_RU}</p>`, at: 1 },
    { doc: `<p>${PARA}</p><ul><li>Local papers and their websites</li><li>Reuters/AP/AFP</li></ul><p>${PARA}</p><p>${PARA}</p>`, at: 2 },
    { doc: [PARA_RU, 'Чаще всего редакции ссылаются на три агентства:', 'ТАСС / РИА Новости / Интерфакс', PARA_RU, PARA_RU], at: 2 },
    { doc: [PARA_DE, 'Die Zeitung übernimmt Meldungen von folgenden Agenturen:', 'jdo/dpa', PARA_DE, PARA_DE], at: 2 },
  ],
  invalid: [
    { doc: [PARA, 'Jane Doe/Harbour Press/Agency Images'] },
    { doc: [PARA, 'AGENCY / J. DOE'] },
    { doc: [PARA, 'Jan Weber/dpa/picture-alliance'] },
    { doc: [PARA, '© Harbour Press / Ludwig van Dijk'] },
    { doc: [PARA, 'AGENCY/Jane Doe'] },
    { doc: [PARA, 'Harbour Press/dpa'] },
    { doc: [PARA, 'Jane Smith/Reuters'] },
    { doc: [PARA, 'Getty Images / Jane Smith'] },
    // The writer's initials joined to wire agencies: a text credit.
    { doc: [PARA, 'jdo/dpa'] },
    { doc: [PARA, 'mbo/AFP/dpa'] },
    { doc: [PARA, '(red/APA)'] },
    { doc: [PARA, 'sda/awp'] },
    { doc: [PARA, '(jan, ČTK)'] },
    // An agency whose name is also a word, in brackets alone on a line.
    { doc: [PARA, '（共同）'] },
    { doc: [PARA, '（時事）'] },
    { doc: [PARA, '【共同】'] },
    { doc: [PARA, '(भाषा)'] },
    { doc: [PARA, '(वार्ता)'] },
    { doc: [PARA, '(قنا)'] },
    { doc: [PARA, '(سانا)'] },
    { doc: [PARA, '(mal, ČTK, Reuters)'] },
    { doc: '<p>The ferry left the quay at dawn with forty passengers.</p><figure><img src="x.jpg"><figcaption>The quay at dawn.</figcaption></figure><p>Harbour Press/Jane Doe</p>' },
    // Single words with a sign of a credit: agencies, a lowercase agency.
    { doc: [PARA, 'Reuters/AP/AFP'] },
    { doc: [PARA_DE, 'SPD/Grüne/dpa'] },
    // Single words one of which the phrase data knows as a wire agency.
    { doc: [PARA_RU, 'ТАСС/Интерфакс/РБК'], lang: 'ru' },
    // A credit between paragraphs, with no list or lead-in around it, is a picture's.
    { doc: [PARA_RU, 'ТАСС / РИА Новости / Интерфакс', PARA_RU], at: 1 },
    // A list or a lead-in at the article's end: the credit under it.
    { doc: `<p>${PARA}</p><ul><li>Jane Doe/Harbour Press/Agency Images</li><li>Local papers and their websites</li></ul>`, at: 1 },
    { doc: [PARA, 'The pictures in this story were supplied by:', 'Jane Doe/Harbour Press/Agency Images'] },
    // A list or a lead-in at the article's end with the page's closing box under it: an author's bio,
    // the paper's "about" lines, a newsletter appeal.
    { doc: `<p>${PARA}</p><p>${PARA}</p><p>Sources:</p><ul><li>City council budget report, March 2024</li><li>Reuters/AP/AFP</li></ul><p>Jane Doe is a reporter covering city hall and regional politics. She joined the Gazette in 2015 after working for several local newspapers.</p>`, at: 4 },
    { doc: [PARA, PARA, 'This report includes material from the following agencies:', 'Reuters/AP/AFP', 'The City Gazette is an independent newspaper serving the region since 1901 with daily news, analysis and opinion for readers.'], at: 3 },
    { doc: [PARA_DE, PARA_DE, 'Dieser Artikel enthält Material der folgenden Agenturen:', 'jdo/dpa', 'Unser Newsletter informiert Sie jeden Morgen über die wichtigsten Nachrichten aus der Region und der Welt.'], at: 3, lang: 'de' },
    { doc: [PARA_RU, PARA_RU, 'Новость подготовлена по материалам агентств, в том числе:', 'ТАСС/Интерфакс/РБК', 'Редакция благодарит читателей за внимание к нашим публикациям и приглашает подписаться на рассылку новостей.'], at: 3, lang: 'ru' },
    // A list of credits only, and a gallery item holding a caption beside its credit.
    { doc: `<p>${PARA}</p><ul><li>Jane Doe/Harbour Press/Agency Images</li><li>Reuters/AP/AFP</li></ul><p>${PARA}</p>`, at: 1 },
    { doc: `<p>${PARA}</p><ul><li><p>The quay at dawn, seen from the upper deck.</p><p>Jane Doe/Harbour Press/Agency Images</p></li><li><p>The band on the quay.</p></li></ul><p>${PARA}</p>`, at: 2 },
  ],
});
