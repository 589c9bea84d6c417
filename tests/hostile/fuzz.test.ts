import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clean, extract } from '../../src/index.js';
import { XSS_VECTORS } from './vectors.js';
import { htmlProblems, letters, multiset, words } from './helpers.js';

/**
 * Arbitrary HTML from a grammar of tags, attributes, entities and text, hostile pieces included.
 * CI runs a fixed seed and a bounded number of runs; `npm run fuzz` runs FUZZ_RUNS (20,000) with a
 * seed from FUZZ_SEED or the clock, and prints the seed so a failure can be replayed.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 60);
const SEED = process.env.FUZZ_SEED !== undefined ? Number(process.env.FUZZ_SEED) : process.env.FUZZ_RUNS ? Date.now() % 2 ** 31 : 20240607;
if (process.env.FUZZ_RUNS) console.warn(`[fuzz] ${RUNS} runs, seed ${SEED} (replay with FUZZ_SEED=${SEED})`);

const TAGS = [
  'p', 'div', 'span', 'a', 'b', 'i', 'em', 'strong', 'h1', 'h2', 'ul', 'ol', 'li', 'table', 'tr', 'td', 'th', 'blockquote', 'pre', 'code',
  'article', 'section', 'nav', 'aside', 'header', 'footer', 'main', 'figure', 'figcaption', 'img', 'br', 'hr', 'script', 'style', 'iframe',
  'svg', 'math', 'template', 'noscript', 'form', 'input', 'button', 'select', 'option', 'textarea', 'title', 'meta', 'base', 'link', 'object',
  'embed', 'xmp', 'plaintext', 'mtext', 'mglyph', 'foreignObject', 'desc', 'details', 'summary', 'picture', 'source', 'video', 'SCRIPT', 'ScRiPt',
];
const ATTR_NAMES = ['href', 'src', 'srcset', 'srcdoc', 'style', 'onclick', 'onerror', 'onload', 'ONMOUSEOVER', 'class', 'id', 'hidden', 'aria-hidden', 'action', 'formaction', 'data', 'xlink:href', 'http-equiv', 'content', 'title', 'alt', 'colspan', 'is', '/', '"'];
const ATTR_VALUES = [
  'javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)', '&#106;avascript:alert(1)', 'java&#x09;script:x',
  'vbscript:x', 'data:text/html,<script>alert(1)</script>', '//evil.example', 'https://ok.example/a', '/relative', 'mailto:a@b.c', 'x" onerror="alert(1)',
  "x' onload='alert(1)", 'true', 'share', 'newsletter', 'url(javascript:alert(1))', '0;url=javascript:alert(1)', '', '>', '<script>',
];
const ENTITIES = ['&amp;', '&lt;', '&gt;', '&quot;', '&#60;', '&#x3C;', '&lt;script&gt;', '&nbsp;', '&#0;', '&#x110000;', '&am', '&#', '&unknown;', '&shy;', '&#8203;', '&copy;'];
const WORDS = ['river', 'council', 'said', 'bridge', 'Monday', 'Share', 'this', 'article', 'Comments', 'Source:', 'agencies', 'newsletter', 'Zürich', 'Ж', '中文', 'alert(1)', 'javascript:', '\u0000', '\u200B', '\u00AD', '\uFEFF', '\u2028', '\uD800'];
const RAW = ['<!--', '-->', '--!>', '<![CDATA[', ']]>', '<?', '?>', '<!doctype html>', '</', '<', '>', '"', "'", '=', '<<script>', '</scr', 'ipt>', '\r\n', '\r', '\n', '\t'];

const attr = fc.tuple(fc.constantFrom(...ATTR_NAMES), fc.constantFrom(...ATTR_VALUES), fc.constantFrom('"', "'", '')).map(([n, v, q]) => (q ? ` ${n}=${q}${v}${q}` : ` ${n}=${v.replace(/\s/g, '')}`));
const open = fc.tuple(fc.constantFrom(...TAGS), fc.array(attr, { maxLength: 3 }), fc.boolean()).map(([t, as, self]) => `<${t}${as.join('')}${self ? '/' : ''}>`);
const close = fc.constantFrom(...TAGS).map((t) => `</${t}>`);
const text = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 8 }).map((ws) => ws.join(' '));
const token = fc.oneof(
  { weight: 4, arbitrary: open },
  { weight: 3, arbitrary: close },
  { weight: 5, arbitrary: text },
  { weight: 2, arbitrary: fc.constantFrom(...ENTITIES) },
  { weight: 1, arbitrary: fc.constantFrom(...RAW) },
  { weight: 1, arbitrary: fc.constantFrom(...XSS_VECTORS) },
);
const markup = fc.array(token, { minLength: 1, maxLength: 60 }).map((ts) => ts.join(''));
const document = fc.tuple(markup, fc.boolean()).map(([m, whole]) => (whole ? `<!doctype html><html><head><title>t</title></head><body>${m}</body></html>` : m));

/**
 * The input's letters in every form a reader could see them (as written, entity-decoded, tags taken
 * out), with everything but letters and digits squeezed out: an output word must occur in one.
 */
function inputForms(input: string): string[] {
  const decoded = input
    .replace(/&#x([0-9a-f]+);?/gi, (_, h) => safeChar(parseInt(h, 16)))
    .replace(/&#(\d+);?/g, (_, d) => safeChar(Number(d)))
    .replace(/&(amp|lt|gt|quot|nbsp|copy|shy);?/g, (_, e) => ({ amp: '&', lt: '<', gt: '>', quot: '"', nbsp: ' ', copy: '©', shy: '\u00AD' })[e as 'amp']);
  return [input, decoded, input.replace(/<[^<>]*>/g, ''), decoded.replace(/<[^<>]*>/g, '')].map(letters);
}
function safeChar(cp: number): string {
  return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : '\uFFFD';
}

describe(`fuzz: arbitrary HTML (${RUNS} runs, seed ${SEED})`, () => {
  it('never throws; html passes the strict check; every output word comes from the input', () => {
    fc.assert(
      fc.property(document, (input) => {
        const forms = inputForms(input);
        for (const r of [clean(input), extract(input)]) {
          expect(htmlProblems(r.html), r.html).toEqual([]);
          // Each output word in one input form as written; failing that (the parser cut tags where a
          // regex cannot see), its letters at least, counted: nothing invented.
          for (const w of words(r.text)) {
            if (forms.some((f) => f.includes(letters(w)))) continue;
            const out = multiset([...letters(r.text)]);
            expect(forms.some((f) => { const have = multiset([...f]); return [...out].every(([c, n]) => (have.get(c) ?? 0) >= n); }), `word ${JSON.stringify(w)} not in the input`).toBe(true);
          }
          for (const x of r.removed) expect(typeof x.text).toBe('string');
        }
      }),
      { numRuns: RUNS, seed: SEED },
    );
  }, 600_000);
});
