import TurndownService from 'turndown';
import { parseFragment } from '../parse/html.js';

/**
 * Sanitised output HTML -> Markdown, with turndown. The HTML is parsed by linkedom (src/parse, the
 * one place markup becomes a DOM) and turndown walks that DOM, so its own parser is never used.
 * Tables become GitHub pipe tables, the first row as the header, because plain turndown flattens
 * them into loose paragraphs.
 */
function cellText(content: string): string {
  return content.replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim();
}

function isFirstRow(row: HTMLTableRowElement): boolean {
  const table = row.closest('table');
  return !!table && table.querySelector('tr') === row;
}

function createService(): TurndownService {
  const service = new TurndownService({ headingStyle: 'atx', codeBlockStyle: 'fenced', bulletListMarker: '-', emDelimiter: '_', hr: '---' });
  service.addRule('tableCell', {
    filter: ['th', 'td'],
    replacement: (content, node) => `${(node as Element).previousElementSibling ? '' : '| '}${cellText(content)} | `,
  });
  service.addRule('tableRow', {
    filter: 'tr',
    replacement: (content, node) => {
      const row = node as HTMLTableRowElement;
      const line = `\n${content.trimEnd()}`;
      if (!isFirstRow(row)) return line;
      const cells = Array.from(row.children).filter((c) => /^t[hd]$/i.test(c.nodeName)).length;
      return `${line}\n|${' --- |'.repeat(Math.max(cells, 1))}`;
    },
  });
  service.addRule('tableSection', { filter: ['thead', 'tbody', 'tfoot'], replacement: (content) => content });
  service.addRule('table', { filter: 'table', replacement: (content) => `\n\n${content.trim()}\n\n` });
  // turndown escapes Markdown syntax in text but not "<": text that reads like a tag (an article
  // quoting markup, or hostile input) would become raw HTML in a Markdown renderer. CommonMark
  // treats "\<" as a literal "<".
  const escape = service.escape.bind(service);
  service.escape = (text: string) => escape(text).replace(/</g, '\\<');
  return service;
}

// Configured once and only read afterwards: turndown keeps no state between conversions with inline links.
const service = createService();

// A URL never holds raw spaces or angle brackets; one that does came from broken or hostile markup.
const MALFORMED_URL = /[\s<>]/;

/**
 * Markdown writes titles and URLs between delimiters that a renderer parses again: titles are
 * dropped (they carry nothing a reader of the text needs) and images or links with malformed URLs
 * lose them, so no attribute text can reach the Markdown as markup.
 */
function tidyForMarkdown(root: Element): void {
  for (const el of Array.from(root.querySelectorAll('[title]'))) el.removeAttribute('title');
  for (const img of Array.from(root.querySelectorAll('img'))) if (MALFORMED_URL.test(img.getAttribute('src') ?? '')) img.remove();
  for (const a of Array.from(root.querySelectorAll('a[href]'))) if (MALFORMED_URL.test(a.getAttribute('href') ?? '')) a.removeAttribute('href');
}

export function toMarkdown(html: string): string {
  if (!html.trim()) return '';
  const root = parseFragment(html);
  tidyForMarkdown(root);
  return service.turndown(root as unknown as HTMLElement).trim();
}
