import { describe, expect, it } from 'vitest';
import { clean, createCleaner, extract } from '../../src/index.js';
import { sanitise } from '../../src/output/sanitise.js';
import { htmlProblems, markdownProblems } from './helpers.js';
import { XSS_VECTORS } from './vectors.js';

/**
 * Output html is safe by construction: every string passes sanitize-html with an allowlist. Each
 * vector is tried inside a paragraph long enough to be kept, as a block of its own, in a whole
 * page (body and head), with and without a base URL, through clean() and extract(), and straight
 * through sanitise(); the output is checked by htmlProblems() (tags, attributes, URL schemes).
 */

const BODY = 'The council approved the new budget for the bridge repairs on Monday after a long and careful debate in the chamber.';

/** The ways one vector reaches the output: a fragment, a whole page (head, chrome and article), and the gate itself. */
function placements(v: string): [string, () => string][] {
  const fragment = `<p>${BODY}</p>${v}<p>${BODY} ${v} ${BODY}</p><p>${BODY}</p>`;
  const page = `<!doctype html><html><head><title>A page</title>${v}</head><body><header>${v}</header><article><h1>Bridge budget</h1><p>${BODY}</p>${v}<p>${BODY} ${v} ${BODY}</p><p>${BODY}</p></article><footer>${v}</footer></body></html>`;
  return [
    ['clean(fragment)', () => clean(fragment).html],
    ['extract(page, url)', () => extract(page, { url: 'https://news.example/a/b.html' }).html],
    ['sanitise()', () => sanitise(v)],
    ['sanitise(base)', () => sanitise(v, 'https://news.example/')],
  ];
}

/** All vectors in one document, through the remaining routes: bytes, text, a javascript: base URL, a page given to clean(). */
function batchPlacements(): [string, () => string][] {
  const fragment = XSS_VECTORS.map((v) => `<div><p>${BODY}</p>${v}<p>${BODY} ${v}</p></div>`).reverse().join('\n');
  const page = `<html><head>${XSS_VECTORS.join('')}</head><body><article>${fragment}</article></body></html>`;
  return [
    ['clean(bytes, url)', () => clean(Buffer.from(fragment), { url: 'https://news.example/a/b.html' }).html],
    ['clean(fragment, javascript: url)', () => clean(fragment, { url: 'javascript:alert(1)//' }).html],
    ['extract(fragment)', () => extract(fragment).html],
    ['clean(page)', () => clean(page).html],
    ['extract(page)', () => extract(page).html],
    ['clean(text)', () => clean(XSS_VECTORS.map((v) => `${BODY}\n${v}`).join('\n'), { format: 'text' }).html],
  ];
}

describe(`no XSS vector survives in html (${XSS_VECTORS.length} vectors)`, () => {
  it.each(XSS_VECTORS.map((v) => [v]))('%s', (v) => {
    for (const [where, run] of placements(v)) {
      const html = run();
      expect(htmlProblems(html), `${where}\n${html}`).toEqual([]);
    }
  });

  it.each(batchPlacements())('all vectors at once: %s', (where, run) => {
    const html = run();
    expect(htmlProblems(html), html).toEqual([]);
  });

  it('keeps the safe parts: text, good links and images', () => {
    const r = clean(`<p>${BODY} <a href="https://ok.example/" onclick="alert(1)">good link</a> <img src="https://ok.example/a.png" onerror="alert(1)"> <a href="rel/page">relative</a></p>`);
    expect(r.html).toContain('<a href="https://ok.example/">good link</a>');
    expect(r.html).toContain('<img src="https://ok.example/a.png" />');
    expect(r.html).toContain('<a href="rel/page">relative</a>');
    expect(r.html).not.toMatch(/onclick|onerror/);
    const base = clean(`<p>${BODY} <a href="rel/page">relative</a></p>`, { url: 'https://news.example/a/b.html' });
    expect(base.html).toContain('<a href="https://news.example/a/rel/page">relative</a>');
  });

  it('drops invisible elements with their content, so html shows what text shows', () => {
    for (const v of ['<template><p>template text</p></template>', '<title>title text</title>', '<svg><text>svg text</text></svg>', '<noscript><p>noscript text</p></noscript>', '<select><option>option text</option></select>']) {
      const r = clean(`<p>${BODY}</p>${v}<p>${BODY} again.</p>`);
      expect(r.html, v).not.toMatch(/template text|title text|svg text|noscript text|option text/);
      expect(r.text, v).not.toMatch(/template text|title text|svg text|noscript text|option text/);
    }
  });

  it('refuses links a custom rule cannot smuggle in: output passes the gate whatever the rules decide', () => {
    const cleaner = createCleaner({ rules: { add: [{ id: 'test/keep-all', kind: 'advertisement', languages: '*', description: '', test: () => null }] } });
    for (const v of XSS_VECTORS.slice(0, 20)) expect(htmlProblems(cleaner.clean(`<p>${BODY}</p>${v}`).html), v).toEqual([]);
  });
});

describe('the strict checker itself', () => {
  it('flags what it should', () => {
    expect(htmlProblems('<a href="javascript:alert(1)">x</a>')).not.toEqual([]);
    expect(htmlProblems('<a href=" JaVa\tScRiPt:alert(1)">x</a>')).not.toEqual([]);
    expect(htmlProblems('<img src="x" onerror="alert(1)" />')).not.toEqual([]);
    expect(htmlProblems('<script>alert(1)</script>')).not.toEqual([]);
    expect(htmlProblems('<p style="color:red">x</p>')).not.toEqual([]);
    expect(htmlProblems('<a href="//evil.example/">x</a>')).not.toEqual([]);
    expect(htmlProblems('<!-- x -->')).not.toEqual([]);
    expect(htmlProblems('<p>&lt;script&gt; javascript: is text</p><a href="https://ok.example/">ok</a>')).toEqual([]);
    expect(markdownProblems('[x](javascript:alert(1))')).not.toEqual([]);
    expect(markdownProblems('<img src=x onerror=alert(1)>')).not.toEqual([]);
    expect(markdownProblems('\\<img src=x onerror=alert(1)> is escaped text')).toEqual([]);
    expect(markdownProblems('\\[x\\](javascript:alert(1)) is escaped text')).toEqual([]);
    expect(markdownProblems('[x](https://ok.example/) ![i](https://ok.example/a.png)')).toEqual([]);
  });
});

// Markdown output (options.markdown) is built from the sanitised html by another change; these checks
// run once it is merged and skip, visibly, until then.
const markdownSupported = clean(`<p>${BODY}</p>`, { markdown: true }).markdown !== undefined;
if (!markdownSupported) console.warn('[skipped] Markdown XSS checks: result.markdown is not produced yet (options.markdown)');

describe.skipIf(!markdownSupported)('no XSS vector survives in markdown', () => {
  it.each(XSS_VECTORS.map((v) => [v]))('%s', (v) => {
    const fragment = `<p>${BODY}</p>${v}<p>${BODY} ${v} ${BODY}</p>`;
    const page = `<html><body><article><p>${BODY}</p>${v}<p>${BODY} ${v} ${BODY}</p></article></body></html>`;
    for (const md of [clean(fragment, { markdown: true }).markdown!, extract(page, { markdown: true }).markdown!, clean(`${BODY}\n${v}`, { format: 'text', markdown: true }).markdown!]) {
      expect(markdownProblems(md), md).toEqual([]);
    }
  });

  it('escapes markdown link syntax written as text', () => {
    const md = clean(`<p>${BODY} [click](javascript:alert(1)) and ![x](javascript:alert(1)) and <b>bold</b></p>`, { markdown: true }).markdown!;
    expect(markdownProblems(md), md).toEqual([]);
  });
});
