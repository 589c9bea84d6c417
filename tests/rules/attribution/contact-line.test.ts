import rule from '../../../src/rules/attribution/contact-line.js';
import { describe, expect, it } from 'vitest';
import { contextFor, ruleCases, verdictOf } from '../../helpers/rule-cases.js';

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

