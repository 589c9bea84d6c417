import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { capNesting, MAX_NESTING } from '../../src/parse/cap-depth.js';
import { extract } from '../../src/index.js';
import { parseDocument } from '../../src/parse/html.js';
import { isReadAttribute, isReadAttributeAt, READ_ATTRIBUTES } from '../../src/parse/read-attributes.js';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** Padding that takes markup past the size below which capNesting returns it untouched. */
const PAD = '<p>filler</p>'.repeat(MAX_NESTING);

describe('attributes the parser keeps', () => {
  it('include every attribute the sources read or the sanitiser keeps', () => {
    const read = new Set<string>();
    for (const file of sources(join(__dirname, '../../src'))) {
      const code = readFileSync(file, 'utf8');
      for (const m of code.matchAll(/(?:get|has|remove)Attribute(?:Node)?\(\s*'([^']+)'/g)) read.add(m[1]);
      for (const q of code.matchAll(/(?:querySelector(?:All)?|closest|matches)\(\s*'([^']*)'/g)) {
        for (const m of q[1].matchAll(/\[([a-z-]+)/g)) read.add(m[1]);
        if (q[1].includes('.') || q[1].includes('#')) read.add(q[1].includes('.') ? 'class' : 'id');
      }
    }
    // The sanitiser's allowlist, as the output keeps it.
    const sanitiser = readFileSync(join(__dirname, '../../src/output/sanitise.ts'), 'utf8');
    const allowed = sanitiser.slice(sanitiser.indexOf('allowedAttributes'), sanitiser.indexOf('allowedSchemes'));
    for (const m of allowed.matchAll(/'([a-z-]+)'/g)) read.add(m[1]);
    const missing = [...read].filter((name) => /^[a-z][a-z-]*$/.test(name) && !READ_ATTRIBUTES.has(name));
    expect(missing).toEqual([]);
  });

  it('are compared lowercased', () => {
    expect(isReadAttribute('CLASS')).toBe(true);
    expect(isReadAttribute('data-src')).toBe(false);
  });

  it('read in place, answer as the plain lookup does, whatever the case or the script', () => {
    const names = [...READ_ATTRIBUTES, 'CLASS', 'Href', 'data-src', 'clasS', 'classx', 'xclass', 'aria-hiddeN', 'ıd', '\u212Aey', 'ſtyle', 'styl\u0130', '', 'a', 'data-testId'];
    for (const name of names) {
      const source = `<p ${name}="1">`;
      expect(isReadAttributeAt(source, 3, 3 + name.length), name).toBe(isReadAttribute(name));
    }
  });
});

describe('capNesting with keepAttribute', () => {
  it('leaves out the attributes it refuses, in every quoting style, and keeps the rest', () => {
    const html = `<div data-a="1" class="x" data-b='2' data-c=3 data-d id=y onclick="go()">text</div>` + PAD;
    const out = capNesting(html, MAX_NESTING, isReadAttributeAt);
    const div = parseHTML(out).document.querySelector('div')!;
    expect(Array.from(div.attributes, (a) => a.name)).toEqual(['class', 'id']);
    expect(div.getAttribute('class')).toBe('x');
    expect(div.getAttribute('id')).toBe('y');
    expect(div.textContent).toBe('text');
  });

  it('keeps an attribute that is not preceded by white space, so the markup around it reads the same', () => {
    // `<path/d=…>` would turn into a self-closing `<path/>` inside SVG if `d=…` went.
    const html = `<svg><path/d="M0"><title>inside</title></svg><p a="1"b="2">x</p>` + PAD;
    const out = capNesting(html, MAX_NESTING, isReadAttributeAt);
    expect(out).toContain('<path/d="M0">');
    expect(out).toContain('<p b="2">'); // `a` goes; `b`, glued to its quote, stays
  });

  it('changes nothing about the tree but the left-out attributes', () => {
    const html = `<ul data-x="<li>">${'<li data-i="a>b" title=t>item'.repeat(50)}</ul><a href="/x" data-track=1>link</a>` + PAD;
    const full = parseHTML(html).document;
    const slim = parseHTML(capNesting(html, MAX_NESTING, isReadAttributeAt)).document;
    expect(slim.body.textContent).toBe(full.body.textContent);
    expect(slim.querySelectorAll('li').length).toBe(50);
    expect(slim.querySelector('li')!.getAttribute('title')).toBe('t');
    expect(slim.querySelector('[data-i]')).toBeNull();
    expect(slim.querySelector('a')!.getAttribute('href')).toBe('/x');
  });

  it('is what parseDocument does', () => {
    const doc = parseDocument(`<html><body><img src="a.png" srcset="a2.png 2x" alt="A">${PAD}</body></html>`);
    const img = doc.querySelector('img')!;
    expect(img.getAttribute('srcset')).toBeNull();
    expect(img.getAttribute('src')).toBe('a.png');
  });
});

describe('pages parsed without the unread attributes', () => {
  it('still hide what the page hides, and the output keeps links and images', () => {
    const prose = Array.from({ length: 30 }, (_, i) => `<p>On day ${i + 1} of the hearing the council discussed the harbour plan, and resident number ${i + 1} spoke at length about the old ferry and its crossing.</p>`).join('');
    const page = `<html><head><title>T</title></head><body><article data-id="7">${prose}` +
      `<div data-x="1" hidden>secret one</div><div data-y="2" aria-hidden="true">secret two</div><div onclick="x()" style="display:none">secret three</div>` +
      `<p>See <a data-track="1" href="https://example.com/a">the plan</a> and <img data-src="b.png" src="https://example.com/c.png" alt="map"> here.</p></article></body></html>`;
    const r = extract(page);
    expect(r.text).not.toMatch(/secret/);
    expect(r.html).toContain('href="https://example.com/a"');
    expect(r.html).toContain('src="https://example.com/c.png"');
    expect(r.html).not.toMatch(/data-|onclick/);
  });
});


describe('block hint attributes', () => {
  it('are all kept by the parser', async () => {
    const { HINT_ATTRIBUTES } = await import('../../src/segment/html-tags.js');
    const { isReadAttribute } = await import('../../src/parse/read-attributes.js');
    for (const name of HINT_ATTRIBUTES) expect(isReadAttribute(name), name).toBe(true);
  });
});
