import { describe, expect, it } from 'vitest';
import { clean, extract } from '../../src/index.js';
import type { Result } from '../../src/index.js';
import { classifyLine } from '../../src/page/lines/classify.js';
import { lineFeatures } from '../../src/page/lines/line-features.js';
import { timelineRuns } from '../../src/page/lines/timelines.js';
import { stopwordSet } from '../../src/features/stopwords.js';
import { textBlocks } from '../../src/segment/text-blocks.js';
import { splitLines } from '../../src/parse/lines.js';

interface Page {
  title: string;
  paragraphs: [string, string, string];
  heading: string;
  dates: [string, string, string];
  events: [string, string, string];
}

const PAGES: Record<string, Page> = {
  en: {
    title: 'Library closure sparks months of protest in Riverside',
    paragraphs: [
      'The small town of Riverside has been divided for months over the fate of its only public library, which the council says it can no longer afford to run.',
      'Supporters argue that the building is a lifeline for families and older residents, and they have organised meetings, marches and a campaign to raise money for repairs.',
      'The council has said it will appeal the ruling, and a hearing is expected in the autumn, when both sides will present their figures on the cost of keeping the library open.',
    ],
    heading: 'Timeline of the dispute',
    dates: ['March 3, 2024', 'April 12, 2024', 'June 1, 2024'],
    events: ['The council voted to close the library.', 'Residents filed a petition with 2,000 signatures.', 'A judge halted the closure.'],
  },
  de: {
    title: 'Streit um die Schließung der Stadtbibliothek in Neustadt',
    paragraphs: [
      'Die Kleinstadt Neustadt streitet seit Monaten über die Zukunft ihrer einzigen Bibliothek, die sich der Gemeinderat nach eigenen Angaben nicht mehr leisten kann.',
      'Die Unterstützer sagen, dass das Gebäude für Familien und ältere Menschen wichtig ist, und sie haben Versammlungen, Demonstrationen und eine Spendenaktion organisiert.',
      'Der Gemeinderat will gegen das Urteil vorgehen, und eine Anhörung wird im Herbst erwartet, wenn beide Seiten ihre Zahlen zu den Kosten der Bibliothek vorlegen werden.',
    ],
    heading: 'Chronik des Streits',
    dates: ['3. März 2024', '12. April 2024', '1. Juni 2024'],
    events: ['Der Gemeinderat beschloss die Schließung der Bibliothek.', 'Anwohner reichten eine Petition mit 2000 Unterschriften ein.', 'Ein Richter stoppte die Schließung.'],
  },
  fr: {
    title: 'La fermeture de la bibliothèque divise la commune de Villeneuve',
    paragraphs: [
      'La petite commune de Villeneuve se déchire depuis des mois sur le sort de sa seule bibliothèque, que le conseil municipal dit ne plus pouvoir financer.',
      'Les défenseurs du lieu estiment que le bâtiment est essentiel pour les familles et les personnes âgées, et ils ont organisé des réunions, des marches et une collecte.',
      "Le conseil a annoncé qu'il ferait appel de la décision, et une audience est attendue à l'automne, lorsque les deux parties présenteront leurs chiffres sur le coût de la bibliothèque.",
    ],
    heading: 'Chronologie du conflit',
    dates: ['3 mars 2024', '12 avril 2024', '1 juin 2024'],
    events: ['Le conseil a voté la fermeture de la bibliothèque.', 'Les habitants ont déposé une pétition de 2 000 signatures.', 'Un juge a suspendu la fermeture.'],
  },
};

const entries = (p: Page) => p.dates.flatMap((d, i) => [d, p.events[i]]);

function expectWhole(result: Result, lines: readonly string[], name: string): void {
  for (const line of lines) expect(result.text, name).toContain(line);
  expect(result.removed.map((r) => `${r.ruleId}: ${r.text}`), name).toEqual([]);
}

describe('text pages: a timeline of short events stays with the article', () => {
  for (const [lang, p] of Object.entries(PAGES)) {
    const middle = [p.title, p.paragraphs[0], p.paragraphs[1], p.heading, ...entries(p), p.paragraphs[2]];
    const closing = [p.title, ...p.paragraphs, p.heading, ...entries(p)];
    for (const [place, lines] of [['between paragraphs', middle], ['closing the article', closing]] as const) {
      for (const [sep, name] of [['\n', 'one line each'], ['\n\n', 'blank lines between']] as const) {
        it(`extract() keeps a ${lang} timeline ${place} (${name})`, () => {
          expectWhole(extract(lines.join(sep), { format: 'text' }), lines, `${lang} ${place}`);
        });
        it(`clean() keeps a ${lang} timeline ${place} (${name})`, () => {
          expectWhole(clean(lines.join(sep), { format: 'text' }), lines, `${lang} ${place}`);
        });
      }
    }
  }
});

describe('text pages: what is no timeline still goes', () => {
  const p = PAGES.en;
  const [p1, p2, p3] = p.paragraphs;
  const both = (text: string) => [extract(text, { format: 'text' }), clean(text, { format: 'text' })] as const;

  it('removes a lone dateline', () => {
    for (const r of both([p.title, p.dates[0], p1, p2, p3].join('\n'))) {
      expect(r.text).not.toContain(p.dates[0]);
      expect(r.text).toContain(p3);
    }
  });

  it('removes a dateline and one later date: two dates are no timeline', () => {
    for (const r of both([p.title, p.dates[0], p1, p2, p.dates[1], p.events[0], p3].join('\n'))) {
      expect(r.text).not.toContain(p.dates[0]);
      expect(r.text).not.toContain(p.dates[1]);
      expect(r.text).toContain(p3);
    }
  });

  it('removes the same stamp printed before each paragraph', () => {
    const d = '03.03.2024 10:15';
    for (const r of both([p.title, p1, p2, d, p.events[0], d, p.events[1], d, p.events[2], p3].join('\n'))) {
      expect(r.text).not.toContain(d);
      expect(r.text).toContain(p2);
    }
  });

  it('removes publication and update stamps, in German and French too', () => {
    for (const stamps of [
      ['Published March 3, 2024', 'Updated April 12, 2024', 'Updated June 1, 2024'],
      ['Veröffentlicht am 3. März 2024', 'Aktualisiert am 12. April 2024', 'Aktualisiert am 1. Juni 2024'],
      ['Publié le 3 mars 2024', 'Mis à jour le 12 avril 2024', 'Mis à jour le 1 juin 2024'],
    ]) {
      const text = [p.title, p1, p2, ...stamps.flatMap((s, i) => [s, p.events[i]]), p3].join('\n');
      for (const r of both(text)) {
        for (const s of stamps) expect(r.text).not.toContain(s);
        expect(r.text).toContain(p2);
      }
    }
  });

  it('removes dated teasers trailing into "Read more"', () => {
    const teasers = p.dates.flatMap((d, i) => [d, `Officers detained a man on Monday evening in case number ${i + 1}. Read more`]);
    for (const r of both([p.title, p1, p2, p3, ...teasers].join('\n'))) {
      for (const d of p.dates) expect(r.text).not.toContain(d);
    }
  });

  for (const label of ['Related stories', 'Sign up for our newsletter', 'Lesen Sie auch', 'À lire aussi']) {
    for (const place of ['after the article', 'between paragraphs']) {
      it(`extract() removes dated items under "${label}" ${place}, with their sentences`, () => {
        const items = p.dates.flatMap((d, i) => [d, `Another story about the library in the town, number ${i + 1} of the week.`]);
        const lines = place === 'after the article' ? [p.title, p1, p2, p3, label, ...items] : [p.title, p1, p2, label, ...items, p3];
        const r = extract(lines.join('\n'), { format: 'text' });
        expect(r.text).not.toContain(label);
        expect(r.text).not.toContain('Another story');
        for (const d of p.dates) expect(r.text).not.toContain(d);
        expect(r.text).toContain(p3);
      });
    }
  }

  it('removes the dates of a comment thread under its counter', () => {
    const thread = p.dates.flatMap((d, i) => [`Reader ${i + 1}`, d, `I think the council got this one right, and said so at meeting ${i + 1}.`]);
    for (const r of both([p.title, p1, p2, p3, '3 Comments', ...thread.slice(1)].join('\n'))) {
      for (const d of p.dates) expect(r.text).not.toContain(d);
    }
  });
});

describe('timelineRuns', () => {
  const runs = (text: string, lang = 'en') => {
    const blocks = textBlocks(splitLines(text));
    const features = lineFeatures(blocks, stopwordSet(lang));
    return timelineRuns(features.map((f) => classifyLine(f, true)), features, blocks.map((b) => b.text));
  };
  const p = PAGES.en;

  it('finds three distinct dates each over sentences, and ends the last entry at the next paragraph', () => {
    const found = runs([p.paragraphs[0], ...entries(p), p.paragraphs[2]].join('\n'));
    expect(found).toEqual([{ dates: [1, 3, 5], start: 1, end: 6 }]);
  });

  it('does not take headlines that end no sentence, two dates, or one date repeated for a timeline', () => {
    expect(runs(p.dates.flatMap((d, i) => [d, `Another story about the library number ${i}`]).join('\n'))).toEqual([]);
    expect(runs(entries(p).slice(0, 4).join('\n'))).toEqual([]);
    expect(runs(p.events.flatMap((e) => ['03.03.2024', e]).join('\n'))).toEqual([]);
  });

  it('does not take dated bylines over comments, or dated teasers that ask, for a timeline', () => {
    const comments = ['Karsten Berg / 22.04.2020', 'Anna Klein / 22.04.2020', 'Hans Roth / 23.04.2020'].flatMap((b, i) => [b, `I agree with the council on this, as I said at meeting ${i + 1}.`]);
    expect(runs(comments.join('\n'), 'de')).toEqual([]);
    const teasers = ['Gesundheit Schlaf 27/10/23', 'Gesundheit Magen 26/10/23', 'Gesundheit Psyche 12/10/23'].flatMap((d, i) => [d, `Was passiert mit Ihrem Körper, wenn Sie das ${i + 1}. Mal einschlafen?`]);
    expect(runs(teasers.join('\n'), 'de')).toEqual([]);
    expect(runs(p.dates.flatMap((d, i) => [d, `What happens to your body when you sleep, part ${i + 1}?`]).join('\n'))).toEqual([]);
  });
});
