import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { clean, detect, extract } from '../../src/index.js';
import { PHRASE_FILES } from '../../src/phrases/index.js';
import { cpuTime, expectLinear } from './helpers.js';

const SRC = resolve(__dirname, '../../src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** Every regex literal in src/, found with the TypeScript parser (not a regex over the source). */
function regexLiterals(): { where: string; re: RegExp }[] {
  const out: { where: string; re: RegExp }[] = [];
  for (const file of sourceFiles(SRC)) {
    const text = readFileSync(file, 'utf8');
    const sf = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const literal = node.getText(sf);
        const cut = literal.lastIndexOf('/');
        const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
        out.push({ where: `${relative(SRC, file)}:${line} ${literal}`, re: new RegExp(literal.slice(1, cut), literal.slice(cut + 1)) });
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return out;
}

/** Strings that make backtracking regexes slow: long runs of one class, alternations of classes, near misses. */
const UNITS = [
  'a', 'A', 'aA', 'Aa ', ' ', 'a ', '  a', '\t', '\n', '\u00A0', '1', '1 ', '1.', '.', '. ', '-', ',', ':', '!', '(', '"', '«', '©', '|',
  '/', '#', '@', '&', '<', '<a', '=', 'é', 'Ж', '中', '😀', '\u200B', 'http://', 'a.', 'Source: ', 'Share this ', '© 2024 ',
];
const adversarial = (n: number): string[] =>
  UNITS.flatMap((u) => {
    const run = u.repeat(Math.ceil(n / u.length)).slice(0, n);
    return [run, run + '!\u0000'];
  });

function scanAll(re: RegExp, inputs: readonly string[]): void {
  const global = new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g');
  for (const s of inputs) {
    let count = 0;
    for (const m of s.matchAll(global)) if (++count > 100_000 || m[0] === undefined) break;
  }
}

/**
 * Regexes that are quadratic on some string but only ever see short or pre-collapsed text, with
 * the reason; the pipeline tests below feed each of them its worst case through the public API.
 */
const BOUNDED: Record<string, string> = {
  'page/metadata.ts /\\s+[|\\u2013\\u2014\\-:·»]\\s+/': 'splits titles after clean() collapsed white space to single spaces',
  'rules/attribution/source-line.ts /[\\s.;,]+$/u': 'trims a value LABELLED captured with .{0,150}: at most 150 characters',
};

describe('no regex in src/ backtracks super-linearly', () => {
  const literals = regexLiterals();

  it(`finds the regexes (${literals.length})`, () => {
    expect(literals.length).toBeGreaterThan(50);
  });

  it('each one scans adversarial strings in time linear in their length (CPU time at n and 4n)', () => {
    const screen = adversarial(2_500);
    const small = adversarial(1_000);
    const large = adversarial(4_000);
    const slow: string[] = [];
    const bounded = (where: string) => Object.keys(BOUNDED).some((k) => where.startsWith(k.split(' ')[0]) && where.includes(k.split(' ').slice(1).join(' ')));
    for (const key of Object.keys(BOUNDED)) expect(literals.some((l) => bounded(l.where) && l.where.startsWith(key.split(' ')[0])), `stale BOUNDED entry ${key}`).toBe(true);
    for (const { where, re } of literals) {
      if (bounded(where)) continue;
      // Screen: a linear regex scans these ~200 kB in a few ms; a quadratic one takes ~40 ms.
      const t4 = cpuTime(() => scanAll(re, screen), 1);
      if (t4 < 15) continue;
      // Confirm by growth: linear ~4x, quadratic ~16x. A garbage-collection pause can land in any
      // one measurement, so a regex is reported only when three confirmations in a row say so.
      const growth: string[] = [];
      for (let attempt = 0; attempt < 3; attempt++) {
        const t1 = cpuTime(() => scanAll(re, small), 2);
        const t4again = cpuTime(() => scanAll(re, large), 2);
        if (t4again <= t1 * 8 + 8) break;
        growth.push(`${t1.toFixed(1)} ms -> ${t4again.toFixed(1)} ms`);
      }
      if (growth.length === 3) slow.push(`${where}: ${growth.join(', ')}`);
    }
    expect(slow).toEqual([]);
  });
});

/** A phrase pattern written out as text: first alternative of each element, a number for `#`, two words for `*`. */
function realise(pattern: string): string {
  return pattern
    .replace(/[\^$]/g, '')
    .replace(/\[([^\]]*)\]/g, (_, alts: string) => alts.split('|')[0])
    .replace(/\(([^)]*)\)/g, (_, alts: string) => alts.split('|')[0])
    .replace(/\*/g, 'so much')
    .replace(/#/g, '12')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Near misses of every phrase: its opening alone, the phrase without its last word, a letter changed. */
function nearMisses(): string[] {
  const out = new Set<string>();
  for (const file of PHRASE_FILES) {
    for (const group of file.groups) {
      for (const pattern of group.patterns) {
        const text = realise(pattern);
        const words = text.split(' ');
        if (words.length > 1) out.add(words.slice(0, -1).join(' '));
        out.add(words[0]);
        out.add(text.slice(0, -1) + (text.endsWith('x') ? 'y' : 'x'));
      }
    }
  }
  return [...out];
}

describe('the pipeline runs in linear time on adversarial text and HTML', () => {
  const misses = nearMisses();
  const phrases = [...new Set(PHRASE_FILES.flatMap((f) => f.groups.flatMap((g) => g.patterns.map(realise))))];

  // Each maker builds an input of about n characters; makers in one group run as one document.
  const text: [string, ((n: number) => string)[]][] = [
    ['letters, spaces and punctuation', [(n) => 'a'.repeat(n), (n) => ' '.repeat(n) + 'a', (n) => 'a' + ' '.repeat(n) + 'b', (n) => '.,;:!?-()[]"\'«»'.repeat(n / 15), (n) => '1 2 3 4 5 6 7 8 9 0 '.repeat(n / 20)]],
    ['near misses of every phrase, one line and one a line', [(n) => misses.join(' ').repeat(Math.ceil(n / 20_000)).slice(0, n), (n) => misses.join('\n').repeat(Math.ceil(n / 20_000)).slice(0, n)]],
    ['every phrase, one a line and in one line', [(n) => phrases.join('\n').repeat(Math.ceil(n / 20_000)).slice(0, n), (n) => phrases.join(' ').repeat(Math.ceil(n / 20_000)).slice(0, n)]],
    ['repeated openings, shared prefixes, glued joins', [(n) => 'share this share the sign up for follow us on source: '.repeat(n / 54), (n) => 'Social media is bold.\n'.repeat(n / 22), (n) => 'agenciesSocial '.repeat(n / 15)]],
  ];
  const html: [string, ((n: number) => string)[]][] = [
    ['near misses as paragraphs and as one text node', [(n) => misses.map((m) => `<p>${m}</p>`).join('').repeat(Math.ceil(n / 30_000)).slice(0, n), (n) => `<p>${misses.join(' ').repeat(Math.ceil(n / 20_000)).slice(0, n)}</p>`]],
    ['link lists and hint attributes', [(n) => '<ul>' + '<li><a href="/x">Read more</a></li>'.repeat(n / 35) + '</ul>', (n) => '<p class="share share-this" id="x" data-component="newsletter">Share this</p>'.repeat(n / 80)]],
    ['entities, spaces, stray closing tags', [(n) => '<p>' + '&amp;&lt;&#169;&nbsp;&#x200B;'.repeat(n / 30) + '</p>', (n) => `<p>a${' '.repeat(n)}b</p>`, (n) => '<p>text</p>' + '</div></span>'.repeat(n / 13)]],
    ['unclosed inline tags', [(n) => '<p><b><i>share '.repeat(n / 16)]],
  ];
  const join = (makers: ((n: number) => string)[], n: number, sep: string) => makers.map((m) => m(n)).join(sep);

  it.each(text)('clean(), text: %s', (_, makers) => {
    // extract() on text input is clean() (extractTextPage).
    expectLinear('clean', (n) => clean(join(makers, n, '\n'), { format: 'text' }), 5_000);
  });

  it.each(html)('clean() and extract(), HTML: %s', (name, makers) => {
    const n = name.startsWith('unclosed') ? 2_500 : 5_000; // past the nesting cap either way
    expectLinear('clean', (k) => clean(join(makers, k, ''), { format: 'html' }), n);
    expectLinear('extract', (k) => extract(`<html><body><article>${join(makers, k, '')}</article></body></html>`), n);
  });

  it('detect() on the hardest text input', () => {
    expectLinear('detect', (n) => detect(misses.join('\n').repeat(Math.ceil(n / 20_000)).slice(0, n)), 5_000);
  });

  it('page metadata: huge titles, bylines and JSON-LD bodies', () => {
    const article = '<article><p>The council approved the budget for the bridge repairs on Monday after a long debate in the chamber.</p></article>';
    const page = (head: string) => `<html><head>${head}<meta property="og:site_name" content="Site"></head><body>${article}</body></html>`;
    expectLinear('title of spaces', (n) => extract(page(`<title>a${' '.repeat(n)}| b</title>`)), 20_000);
    expectLinear('title of separators', (n) => extract(page(`<title>${'a - '.repeat(n / 4)}</title>`)), 20_000);
    // Was quadratic: page/evidence.ts stripped tags with /<[^>]+>/ (6.7 s at 80,000 '<').
    expectLinear('JSON-LD body of <', (n) => extract(page(`<script type="application/ld+json">{"@type":"NewsArticle","articleBody":"${'<'.repeat(n)}"}</script>`)), 20_000);
    expectLinear('JSON-LD nested', (n) => extract(page(`<script type="application/ld+json">${'['.repeat(n)}</script>`)), 20_000);
    expectLinear('meta content', (n) => extract(page(`<meta name="author" content="${'By  '.repeat(n / 4)}">`)), 20_000);
  });

  it('recipe data: many declared ingredients and many short lines that nearly print them', () => {
    // Was quadratic: every short block was tested against every declared ingredient (43 s for
    // 50,000 list items and 20,000 ingredients). Each line here shares all its words but one with
    // every ingredient, so a line-by-ingredient test reads the whole line each time.
    const page = (n: number): string => {
      const count = Math.floor(n / 12);
      const ingredients = Array.from({ length: count }, (_, i) => `fresh green leafy garden herbs from market stalls number${i}`);
      const data = JSON.stringify({ '@type': 'Recipe', recipeIngredient: ingredients, recipeInstructions: 'Mix it all and bake it for an hour.' });
      const lines = '<li>fresh green leafy garden herbs from market stalls today</li>'.repeat(count);
      const intro = '<p>The dish is one our family has cooked every week for years, and this is how it came to be.</p>'.repeat(5);
      return `<html><head><script type="application/ld+json">${data}</script></head><body><article><h1>T</h1>${intro}</article><div class="list"><ul>${lines}</ul></div></body></html>`;
    };
    expectLinear('recipe lines', (n) => extract(page(n)), 6_000);
  });

  it('a flat page: thousands of sibling blocks beside the article', () => {
    // Was quadratic: the page parts outside the article were put in document order by comparing
    // node positions, each comparison counting siblings (7.7 s at 8,000 siblings).
    const article = '<article><p>The council approved the budget for the bridge repairs on Monday after a long debate in the chamber.</p><p>Work starts in spring and should end before the winter, the mayor told reporters outside.</p></article>';
    const flat = (n: number) => `<html><body>${'<div>Menu entry</div>'.repeat(n / 2)}${article}${'<div>Footer line</div>'.repeat(n / 2)}</body></html>`;
    expectLinear('flat siblings', (n) => extract(flat(n)), 5_000);
  });

  it('a "Source:" line with a long tail', () => {
    const body = 'The council approved the budget for the bridge repairs on Monday after a long debate in the chamber.';
    expectLinear('source line', (n) => clean(`${body}\nSource: Example Wire${' .;,'.repeat(n / 4)}x`), 20_000);
  });
});

describe('related-links/file-download on a linked run of digits', () => {
  // Was quadratic: an unbounded size pattern tried every digit of the run as a start (38 s at 160,000 digits).
  it('stays linear in the length of the run', () => {
    const para = '<p>The council approved the budget for the bridge repairs on Monday after a long debate in the chamber.</p>';
    expectLinear('digits', (n) => extract(`<html><body><article>${para}<p><a href="/x">Data</a> ${'1'.repeat(n)}</p>${para}</article></body></html>`), 20_000);
    expectLinear('sizes', (n) => clean(`<div>${para}<p><a href="/x">Data</a> ${'1.5 MB '.repeat(n / 7)}PDF</p>${para}</div>`, { format: 'html' }), 20_000);
  });
});
