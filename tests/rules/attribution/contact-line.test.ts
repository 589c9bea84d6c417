import rule from '../../../src/rules/attribution/contact-line.js';
import { describe, expect, it } from 'vitest';
import { contextFor, ruleCases, verdictOf } from '../../helpers/rule-cases.js';
import { clean, extract } from '../../../src/index.js';

const PARA = 'The ferry left the quay at dawn with forty passengers and a brass band on the upper deck.';

ruleCases(rule, {
  valid: [
    // Same topic: an address inside a sentence.
    { doc: [PARA, 'Readers can write to the harbour authority at info@harbour.example with their questions.'] },
    { doc: [PARA, 'Timetables are at harbour.example and at the quay.'] },
    { doc: [PARA, 'Version 2.0'] },
  ],
  invalid: [
    { doc: [PARA, 'jane.doe@gazette.example'], min: 0.5 },
    { doc: [PARA, 'twitter.com/janedoe'], min: 0.5 },
    { doc: [PARA, 'GAZETTE.COM'], min: 0.5 },
    { doc: [PARA, '@janedoe'], min: 0.5 },
  ],
});

describe('contact-line on a bare domain printed as plain text', () => {
  const strength = (html: string) => verdictOf(rule, { doc: html })?.confidence ?? 0;
  const body = `<p>${PARA}</p>`;

  it('is sure of an unlinked domain on its own line between paragraphs', () => {
    const context = contextFor(`<div>${body}<p>HARBOURNEWS.EXAMPLE</p>${body}</div>`);
    expect(rule.test(context.blocks[1], 1, context)?.confidence).toBeGreaterThanOrEqual(0.8);
  });

  it('stays weak on a linked domain, a domain in a list and a web address with a path', () => {
    expect(strength(`<div>${body}<p><a href="https://harbour.example">harbour.example</a></p></div>`)).toBe(0.5);
    expect(strength(`<div>${body}<ul><li>harbour.example</li></ul></div>`)).toBe(0.5);
    expect(strength(`<div>${body}<p>harbour.example/timetables</p></div>`)).toBe(0.5);
  });

  it('reads no file, framework or title glued to a name as a domain', () => {
    for (const line of ['Deno.js', 'CHANGES.md', 'about.html', 'St.Ives', 'Dr.Keller', 'Mt.Everest', 'setup.py']) {
      expect(rule.test(contextFor(`<div>${body}<p>${line}</p>${body}</div>`).blocks[1], 1, contextFor(`<div>${body}<p>${line}</p>${body}</div>`)), line).toBeNull();
    }
  });
});

describe('contact-line on a product or company named by its domain', () => {
  const judge = (doc: string | string[], at: number, lang = 'en') => {
    const context = contextFor(doc, lang);
    return rule.test(context.blocks[at], at, context) ?? null;
  };

  // Weak, as any address: it goes only after the article's end or beside removed boilerplate.
  const weak = (v: ReturnType<typeof judge>) => v?.confidence;

  it('is unsure of a subheading the text names in its sentences, over a paragraph', () => {
    const en = 'Choosing a framework is hard, because ASP.NET, Django and Rails each have trade-offs that show only after months.';
    expect(weak(judge([en, 'ASP.NET', PARA], 1))).toBe(0.5);
    const travel = 'The travel site Booking.com was one of the first large users of Perl, according to its engineers.';
    expect(weak(judge([PARA, 'Booking.com', travel], 1))).toBe(0.5);
    expect(weak(judge(`<div><p>${travel}</p><p>Booking.com</p><p>${PARA}</p></div>`, 1))).toBe(0.5);
    const de = 'Die Preise auf Check24.de sind seit dem Frühjahr deutlich gestiegen, sagen Verbraucherschützer in Berlin.';
    expect(weak(judge([de, 'Check24.de', de.replace('Frühjahr', 'Sommer')], 1, 'de'))).toBe(0.5);
    const fr = "Les annonces publiées sur Leboncoin.fr ont doublé en un an, selon une étude publiée lundi à Paris.";
    expect(weak(judge([fr, 'Leboncoin.fr', fr.replace('lundi', 'mardi')], 1, 'fr'))).toBe(0.5);
  });

  it('keeps such a subheading mid-article in clean() and extract()', () => {
    const lead = 'Choosing a web framework for a small company is hard, because ASP.NET, Django and Rails each have trade-offs.';
    const body = "Microsoft's framework runs on Windows and Linux servers and suits teams that already write C#, with many components.";
    const travel = 'The travel site Booking.com was one of the first large users of Perl and still runs much of its backend on it.';
    const end = 'Our team compared the options for a week before making a decision about the new project and its hosting.';
    const text = [lead, 'ASP.NET', body, 'Booking.com', travel, end].join('\n\n');
    expect(clean(text, { format: 'text' }).text).toBe(text);
    const html = `<html><body><article><h1>Frameworks</h1>${[lead, 'ASP.NET', body, 'Booking.com', travel, end].map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
    expect(extract(html).text).toBe(text);
  });

  it('stays sure of a sign-off the text names only in a notice, a label or not at all', () => {
    expect(judge([PARA, 'GAZETTE.COM', PARA], 1)?.confidence).toBeGreaterThanOrEqual(0.8);
    expect(judge([PARA, 'GAZETTE.COM', '© 2024 Gazette.com. All rights reserved.'], 1)?.confidence).toBeGreaterThanOrEqual(0.8);
    expect(judge([PARA, 'Mehr auf GAZETTE.COM', 'GAZETTE.COM', PARA], 2, 'de')?.confidence).toBeGreaterThanOrEqual(0.8);
    // A site's name among menu lines, though its own sentences name it.
    expect(judge(['You are commenting using your WordPress.com account, so your name will be shown.', 'Feed der Einträge', 'WordPress.com', 'Kategorien'], 2)?.confidence).toBeGreaterThanOrEqual(0.8);
    expect(judge([PARA, 'In sum, the claim is wholly unsubstantiated, as Snopes.com found last year.', 'Snopes.com', 'Since 1994'], 2)?.confidence).toBeGreaterThanOrEqual(0.8);
    expect(judge([PARA, 'jane.doe@gazette.example', 'Write to jane.doe@gazette.example with your questions about the ferry service.'], 1)?.confidence).toBeGreaterThanOrEqual(0.5);
  });

  it('stays sure of a sign-off over the site\'s own "about" paragraph, which opens with its name', () => {
    const about = 'Gazette.com is an independent local newsroom covering the city council, schools and courts since 2009.';
    expect(judge([PARA, PARA, 'GAZETTE.COM', about], 2)?.confidence).toBeGreaterThanOrEqual(0.8);
    const de = 'Lokalzeitung.de ist das unabhängige Nachrichtenportal für die Region und berichtet täglich über Politik, Wirtschaft und Sport.';
    expect(judge([PARA, PARA, 'LOKALZEITUNG.DE', de], 2, 'de')?.confidence).toBeGreaterThanOrEqual(0.8);
    const es = 'Diario.es es un periódico digital independiente que informa cada día sobre la actualidad local, nacional e internacional.';
    expect(judge([PARA, PARA, 'DIARIO.ES', es], 2, 'es')?.confidence).toBeGreaterThanOrEqual(0.8);
    // Named in the article too, the site's name spelt in words at the about paragraph's opening, nothing of the article after it.
    const mention = 'Les documents budgétaires complets et une carte des projets sont disponibles sur lejournal.fr, où la rédaction publiera des mises à jour.';
    const fr = "Le Journal est un quotidien indépendant qui couvre l'actualité de la région depuis plus de cent ans pour ses lecteurs.";
    expect(judge([mention, PARA, 'LEJOURNAL.FR', fr], 2, 'fr')?.confidence).toBeGreaterThanOrEqual(0.8);
  });

  it('is still unsure of a subheading over a paragraph opening with its name, named elsewhere, article after', () => {
    const lead = 'Choosing a framework is hard, because ASP.NET, Django and Rails each have trade-offs that show only after months.';
    const section = 'ASP.NET is a web framework by Microsoft that runs on Windows and Linux servers and suits teams that write C#.';
    expect(judge([lead, 'ASP.NET', section, PARA], 1)?.confidence).toBe(0.5);
  });
});
