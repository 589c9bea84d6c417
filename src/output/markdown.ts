import TurndownService from 'turndown';
import { parseFragment } from '../parse/html.js';

/**
 * Sanitised output HTML -> Markdown, with turndown. The HTML is parsed by linkedom (src/parse, the
 * one place markup becomes a DOM) and turndown walks that DOM, so its own parser is never used.
 * Tables become GitHub pipe tables, the first row as the header, because plain turndown flattens
 * them into loose paragraphs.
 */
function cellText(content: string): string {
  return content.replace(/\s*\n+\s*/g, ' ').replace(/\|/g, '\\|').trim();
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
  return service;
}

// Configured once and only read afterwards: turndown keeps no state between conversions with inline links.
const service = createService();

export function toMarkdown(html: string): string {
  if (!html.trim()) return '';
  return service.turndown(parseFragment(html) as unknown as HTMLElement).trim();
}
