import type { Result } from '../types.js';
import type { OutputFormat } from './args.js';
import { explainTable } from './explain-table.js';

/** What one input prints in file mode. */
export function render(result: Result, format: OutputFormat, explain: boolean): string {
  if (format === 'json') return JSON.stringify(result, null, 2);
  const body = format === 'html' ? result.html : format === 'markdown' ? (result.markdown ?? '') : result.text;
  return explain ? `${body}\n\n== Removed ==\n${explainTable(result.removed)}` : body;
}

export const EXTENSIONS: Record<OutputFormat, string> = { text: '.txt', html: '.html', markdown: '.md', json: '.json' };
