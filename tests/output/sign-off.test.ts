import { describe, expect, it } from 'vitest';
import { clean, extract } from '../../src/index.js';

const LEAD = 'Malaysia will send a trade delegation to Jakarta next month to discuss palm oil exports and tariffs, officials said.';
const LAST = 'The delegation will be led by the deputy minister and will include representatives of the main producers, the ministry said.';
const LAST_DE = 'Die Delegation wird vom stellvertretenden Minister geleitet und soll die wichtigsten Hersteller des Landes vertreten, teilte das Ministerium mit.';
const page = (paragraphs: string[]) => `<html><body><article><h1>Trade</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;

describe('a wire sign-off glued to the last paragraph', () => {
  it.each([
    [LAST, '-- BERNAMA'],
    [LAST, '(Reuters)'],
    [LAST_DE, '(dpa)'],
  ])('is cut off and removed, the paragraph kept: %s %s', (last, signOff) => {
    const text = clean([LEAD, `${last} ${signOff}`].join('\n\n'), { format: 'text' });
    expect(text.text).toBe(`${LEAD}\n\n${last}`);
    expect(text.removed.map((r) => r.text)).toEqual([signOff]);
    const html = extract(page([LEAD, `${last} ${signOff}`]));
    expect(html.text.endsWith(last)).toBe(true);
    expect(html.html).not.toContain(signOff);
    expect(html.html).toContain(last);
  });

  it('leaves a bracketed aside the rules keep on its paragraph\'s line', () => {
    const last = `${LAST} (Applause)`;
    expect(clean([LEAD, last].join('\n\n'), { format: 'text' }).text).toBe(`${LEAD}\n\n${last}`);
    expect(clean([LEAD, last].join('\n\n'), { format: 'text' }).html).toBe(`<p>${LEAD}</p>\n<p>${last}</p>`);
    const html = extract(page([LEAD, last]));
    expect(html.text.endsWith(last)).toBe(true);
    expect(html.html).toContain(last);
  });
});

// A title and three ordinary paragraphs, then what the case adds.
const BODY: Record<string, string[]> = {
  en: [
    'The city council voted on Tuesday evening to approve a new budget for the coming year, after weeks of debate over how to fund road repairs, public transport and the expansion of the central library that residents have requested for years.',
    'Opponents of the plan argued that the increase in property taxes would hurt families already struggling with the rising cost of living, while supporters said the investment was long overdue and would pay for itself over the next decade.',
    'The mayor told reporters after the meeting that she was confident the budget would deliver real improvements for every neighbourhood, and promised regular updates on the progress of each project over the months ahead.',
  ],
  de: [
    'Der Stadtrat hat am Dienstagabend nach wochenlangen Debatten einen neuen Haushalt für das kommende Jahr beschlossen, der vor allem mehr Geld für Straßen, den öffentlichen Nahverkehr und den Ausbau der Stadtbibliothek vorsieht.',
    'Kritiker des Plans warnten, die höheren Grundsteuern würden Familien treffen, die ohnehin unter den steigenden Lebenshaltungskosten leiden, während Befürworter die Investitionen für längst überfällig hielten und auf langfristige Einsparungen verwiesen.',
    'Die Bürgermeisterin sagte nach der Sitzung, sie sei zuversichtlich, dass der Haushalt spürbare Verbesserungen für alle Stadtteile bringe, und kündigte regelmäßige Berichte über den Fortschritt der einzelnen Projekte in den kommenden Monaten an.',
  ],
};
const withEnding = (lang: string, ending: string) => {
  const ps = BODY[lang].slice();
  ps[ps.length - 1] += ` ${ending}`;
  return ps;
};
const articlePage = (lang: string, ps: string[], after = '') =>
  `<!doctype html><html lang="${lang}"><head><title>Budget</title></head><body><article><h1>Budget</h1>${ps.map((p) => `<p>${p}</p>`).join('')}${after}</article><footer><p>Contact us | About | Privacy</p></footer></body></html>`;

describe('an ending cut off the last paragraph that no credit rule removes', () => {
  const tails = ['<p>Share this article</p>', '<p>Tags: <a href="/t/budget">Budget</a>, <a href="/t/council">Council</a></p>', '<p>Sign up for our newsletter</p>'];
  it.each([
    ['en', '(Laughter)'], ['en', '(AAPL)'], ['en', '— NOT SO FAST'], ['en', '-- NASA'], ['de', '(Beifall)'], ['de', '(EU)'],
  ])('stays on its paragraph before a page\'s closing prompt (%s %s)', (lang, ending) => {
    const ps = withEnding(lang, ending);
    for (const tail of tails) {
      for (const fn of [extract, clean]) {
        const r = fn(articlePage(lang, ps, tail));
        expect(r.text).toContain(ps[2]);
        expect(r.html).toContain(ps[2]);
        expect(r.removed.map((x) => x.text)).not.toContain(ending);
      }
    }
  });

  it('stays on the last list item', () => {
    const item = 'The full budget report and the list of projects are published on the council website. (PDF)';
    const r = extract(articlePage('en', BODY.en, `<ul><li>The council will meet again on Thursday to discuss the library.</li><li>${item}</li></ul><p>Share this article</p>`));
    expect(r.text).toContain(item);
  });

  it.each([
    ['en', '(Laughter)'], ['en', '(AAPL)'], ['en', '(PDF)'], ['en', '— NOT SO FAST'], ['de', '(Beifall)'],
  ])('stays on its line in a plain-text page, though it lies past the article\'s last paragraph (%s %s)', (lang, ending) => {
    const ps = withEnding(lang, ending);
    const text = ['Budget', ...ps].join('\n\n');
    for (const fn of [extract, clean]) {
      const r = fn(text, { format: 'text' });
      expect(r.text.endsWith(ps[2])).toBe(true);
      expect(r.removed.map((x) => x.text)).not.toContain(ending);
    }
  });

  it.each([
    ['de', '(dpa)'], ['de', '(AFP)'], ['de', '-- ANSA'], ['en', '(Reuters)'], ['en', '-- BERNAMA'],
  ])('goes when it is a wire credit, in a plain-text page too (%s %s)', (lang, ending) => {
    const text = ['Budget', ...withEnding(lang, ending)].join('\n\n');
    const r = extract(text, { format: 'text' });
    expect(r.text.endsWith(BODY[lang][2])).toBe(true);
    expect(r.removed.filter((x) => x.text === ending).map((x) => x.kind)).toEqual(['syndication-credit']);
  });
});

// A credit cut from the end of a kept paragraph is the paragraph's own: it starts no boilerplate tail,
// so short paragraphs after it (a vote count, a one-line quote) stay with the article.
describe('a sign-off removed from a paragraph followed by short paragraphs', () => {
  const cases: [string, string, string[]][] = [
    ['en', '(Reuters)', ['The vote was 7-2.', 'Two members were absent.', 'The budget takes effect on July 1.']],
    ['en', '-- BERNAMA', ['The vote was 7-2.', '"It is a good day," she said.']],
    ['es lines', '(EFE)', ['La votación fue de 7 a 2.', 'Dos miembros estuvieron ausentes.']],
  ];
  it.each(cases)('keeps the short paragraphs (%s, %s)', (_lang, signOff, shorts) => {
    const body = BODY.en;
    const paragraphs = [...body.slice(0, -1), `${body[body.length - 1]} ${signOff}`, ...shorts];
    const html = extract(`<html><body><article><h1>Budget</h1>${paragraphs.map((p) => `<p>${p.replace(/"/g, '&quot;')}</p>`).join('')}</article></body></html>`);
    for (const s of shorts) expect(html.text).toContain(s);
    expect(html.text).not.toContain(signOff);
    const text = clean(paragraphs.join('\n\n'), { format: 'text' });
    for (const s of shorts) expect(text.text).toContain(s);
    expect(text.removed.map((r) => r.text)).toEqual([signOff]);
  });
});

// Most paragraphs hold a link or emphasis: the sign-off is cut from the run's last text node all the same.
describe('a wire sign-off closing a paragraph with inline markup earlier in it', () => {
  // The fifth word of the paragraph in a link or an emphasis.
  const marked = (p: string, tag: string) => p.replace(/^((?:\S+ ){4})(\S+)/, tag === 'a' ? '$1<a href="/m">$2</a>' : `$1<${tag}>$2</${tag}>`);
  const inlinePage = (lang: string, last: string) => articlePage(lang, [...BODY[lang].slice(0, -1), last]);
  const fragment = (lang: string, last: string) => [...BODY[lang].slice(0, -1), last].map((p) => `<p>${p}</p>`).join('');

  it.each([
    ['en', 'a', '(Reuters)'],
    ['en', 'em', '-- BERNAMA'],
    ['en', 'strong', '(Reuters)'],
    ['de', 'a', '(dpa)'],
    ['de', 'em', '(dpa)'],
  ])('is cut off and removed, the paragraph and its markup kept (%s <%s> %s)', (lang, tag, signOff) => {
    const last = BODY[lang][2];
    const kept = marked(last, tag);
    expect(kept).toContain(`</${tag}>`);
    for (const r of [extract(inlinePage(lang, `${kept} ${signOff}`)), clean(fragment(lang, `${kept} ${signOff}`))]) {
      expect(r.text.endsWith(last)).toBe(true);
      expect(r.removed.filter((x) => x.text === signOff).map((x) => x.kind)).toEqual(['syndication-credit']);
      expect(r.html).not.toContain(signOff);
      expect(r.html).toContain(`<p>${kept}</p>`);
    }
  });

  it('keeps a bracketed aside the rules keep, after a link, on its paragraph', () => {
    const last = `${marked(BODY.en[2], 'a')} (Applause)`;
    const plain = `${BODY.en[2]} (Applause)`;
    const r = extract(inlinePage('en', last), { markdown: true });
    expect(r.text.endsWith(`\n\n${plain}`)).toBe(true);
    expect(r.html).toContain(`<p>${last}</p>`);
    expect(r.markdown!.endsWith(`\n\n${plain.replace(/^((?:\S+ ){4})(\S+)/, '$1[$2](/m)')}`)).toBe(true);
    expect(r.removed.map((x) => x.text)).not.toContain('(Applause)');
    const c = clean(fragment('en', last), { markdown: true });
    expect(c.text.endsWith(`\n\n${plain}`)).toBe(true);
    expect(c.html.endsWith(`<p>${last}</p>`)).toBe(true);
    expect(c.removed).toEqual([]);
  });

  it('leaves a sign-off in an element of its own on its paragraph', () => {
    const last = `${marked(BODY.en[2], 'a')} <em>(Reuters)</em>`;
    const r = extract(inlinePage('en', last));
    expect(r.html).toContain(`<p>${last}</p>`);
    expect(r.text.endsWith(`${BODY.en[2]} (Reuters)`)).toBe(true);
  });
});
