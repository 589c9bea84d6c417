import { parseHTML } from 'linkedom';
import { expect } from 'vitest';
import { SKIP_TAGS } from '../../src/segment/html-tags.js';

/** Least CPU time (user + system) of `runs` runs, in ms: other processes on a loaded machine barely move it. */
export function cpuTime(f: () => void, runs = 3): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t = process.cpuUsage();
    f();
    const d = process.cpuUsage(t);
    best = Math.min(best, (d.user + d.system) / 1000);
  }
  return best;
}

/**
 * Four times the input may cost at most eight times the CPU time, plus `slack` ms for timer noise
 * and garbage collection: a linear step passes with room, a quadratic one (16x) fails.
 */
export function expectLinear(label: string, run: (n: number) => void, n: number, slack = 60): void {
  run(n); // warm up: compiled rules, phrase matcher, JIT
  // A pause from another test file's garbage can land in one measurement; a quadratic step fails
  // every attempt, so only the last attempt's figures decide.
  let small = 0;
  let large = 0;
  for (let attempt = 0; attempt < 3; attempt++) {
    small = cpuTime(() => run(n), 2);
    large = cpuTime(() => run(n * 4), 2);
    if (large < small * 8 + slack) break;
  }
  expect(large, `${label}: ${small.toFixed(1)} ms at n=${n}, ${large.toFixed(1)} ms at 4n`).toBeLessThan(small * 8 + slack);
}

/** The tags sanitise() allows; anything else in output html is a failure. */
const SAFE_TAGS = new Set([
  'p', 'br', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'blockquote', 'q', 'cite',
  'pre', 'code', 'kbd', 'samp', 'em', 'strong', 'b', 'i', 'u', 's', 'del', 'ins', 'sub', 'sup', 'mark', 'small', 'abbr',
  'time', 'a', 'img', 'figure', 'figcaption', 'picture', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'caption',
  'div', 'span', 'section', 'article', 'details', 'summary',
]);
const SAFE_ATTRIBUTES = new Set(['href', 'src', 'alt', 'title', 'width', 'height', 'colspan', 'rowspan', 'scope', 'datetime', 'start']);
const URL_ATTRIBUTES = new Set(['href', 'src']);

/** The scheme a browser would read from a URL attribute's value: controls and spaces dropped, lowercased. */
export function urlScheme(value: string): string | null {
  // eslint-disable-next-line no-control-regex
  const squeezed = value.replace(/[\u0000-\u0020\u007F-\u009F]/g, '').toLowerCase();
  const m = /^([a-z][a-z0-9+.-]*):/.exec(squeezed);
  return m ? m[1] : null;
}

/**
 * Problems that make output html unsafe, found the strict way: the raw string's tags and
 * declarations must all be allowed ones, and the parsed tree must hold only allowed elements and
 * attributes, with URLs that are http, https, mailto (links) or relative. Escaped text such as
 * `&lt;script&gt;` is text and passes.
 */
export function htmlProblems(html: string): string[] {
  const problems: string[] = [];
  if (/<!|<\?/.test(html)) problems.push('comment, CDATA or declaration in output');
  for (const m of html.matchAll(/<\/?([a-zA-Z][^\s/>]*)/g)) {
    if (!SAFE_TAGS.has(m[1].toLowerCase())) problems.push(`tag <${m[1]}> in output`);
  }
  for (const m of html.matchAll(/<(?:[^>"']|"[^"]*"|'[^']*')*>/g)) {
    const bare = m[0].replace(/"[^"]*"|'[^']*'/g, '""'); // attribute names only
    if (/javascript\s*:|vbscript\s*:|\bdata\s*:|&#/i.test(m[0]) || /\son[a-z]+\s*=|\sstyle\s*=/i.test(bare)) problems.push(`suspicious tag ${m[0]}`);
  }
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  for (const el of Array.from(document.body.querySelectorAll('*') as ArrayLike<Element>)) {
    const tag = el.tagName.toLowerCase();
    if (!SAFE_TAGS.has(tag)) problems.push(`element <${tag}>`);
    for (const attr of Array.from(el.attributes as ArrayLike<Attr>)) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on')) problems.push(`handler ${name} on <${tag}>`);
      else if (!SAFE_ATTRIBUTES.has(name)) problems.push(`attribute ${name} on <${tag}>`);
      if (URL_ATTRIBUTES.has(name)) {
        const scheme = urlScheme(attr.value);
        const allowed = tag === 'img' ? ['http', 'https'] : ['http', 'https', 'mailto'];
        if (scheme !== null && !allowed.includes(scheme)) problems.push(`${name}="${attr.value}" on <${tag}>`);
        if (/^\s*\/\//.test(attr.value) || /^\s*\\\\/.test(attr.value)) problems.push(`protocol-relative ${name}="${attr.value}"`);
      }
    }
  }
  return problems;
}

/** Problems in Markdown output: links and images with unsafe schemes, raw HTML that is not escaped. */
export function markdownProblems(md: string): string[] {
  const problems: string[] = [];
  for (const m of md.matchAll(/(?<!\\)\]\(\s*<?([^)\s>]*)/g)) {
    const scheme = urlScheme(m[1]);
    if (scheme !== null && !['http', 'https', 'mailto'].includes(scheme)) problems.push(`link to ${m[1]}`);
  }
  for (const m of md.matchAll(/^\s*\[[^\]]*\]:\s*(\S+)/gm)) {
    const scheme = urlScheme(m[1]);
    if (scheme !== null && !['http', 'https', 'mailto'].includes(scheme)) problems.push(`reference link to ${m[1]}`);
  }
  // A backslash-escaped "<" is literal text in CommonMark, not a tag.
  for (const m of md.matchAll(/(?<!\\)<\/?([a-zA-Z][^\s/>]*)[^>]*>/g)) {
    if (!SAFE_TAGS.has(m[1].toLowerCase()) || /\son\w+\s*=|javascript:/i.test(m[0])) problems.push(`raw html ${m[0]}`);
  }
  if (/(?<!\\)<!--|(?<!\\)<!\[CDATA\[/.test(md)) problems.push('comment or CDATA');
  return problems;
}

/** Words as a reader counts them: runs of letters and digits, lowercased. */
export function words(text: string): string[] {
  return (text.normalize('NFC').match(/[\p{L}\p{N}]+/gu) ?? []).map((w) => w.toLowerCase());
}

export function multiset(ws: readonly string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const w of ws) m.set(w, (m.get(w) ?? 0) + 1);
  return m;
}

/** Letters and digits in order, nothing else: what re-spacing and block splits cannot change. */
export function letters(text: string): string {
  return text.normalize('NFC').replace(/[^\p{L}\p{N}]/gu, '').toLowerCase();
}

/** Visible text as the segmenter sees it: invisible elements and [hidden] left out, in document order. */
export function visibleText(doc: string | Document): string {
  const document = typeof doc === 'string' ? parseHTML(doc).document : doc;
  let out = '';
  const stack: Node[] = [document];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.nodeType === 3) out += (node as Text).data;
    if (node.nodeType === 1) {
      const el = node as Element;
      if (SKIP_TAGS.has(el.tagName.toLowerCase()) || el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') continue;
      if (el.tagName.toLowerCase() === 'br' || /^(p|div|li|h\d|td|tr|ul|ol|blockquote|section|article|table)$/i.test(el.tagName)) out += ' ';
    }
    if (node.nodeType === 1 || node.nodeType === 9) {
      const kids: Node[] = [];
      for (let c = node.firstChild; c; c = c.nextSibling) kids.push(c);
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
    }
  }
  return out;
}
