import type { Result } from '../../types.js';
import type { OutputFormat } from '../args.js';

/** One input record: `{ "url", "html" }` or `{ "url", "text" }`; an `id` is carried to the output. */
export interface InputRecord {
  url?: string;
  id?: unknown;
  html?: string;
  text?: string;
}

/** The parsed record, or the error record to write for its line. */
export type Parsed = { record: InputRecord } | { error: OutputRecord };

export type OutputRecord = Record<string, unknown>;

function identity(record: Partial<InputRecord> | null): OutputRecord {
  const out: OutputRecord = {};
  if (record && record.id !== undefined) out.id = record.id;
  out.url = record && typeof record.url === 'string' ? record.url : null;
  return out;
}

export function errorRecord(record: Partial<InputRecord> | null, message: string): OutputRecord {
  return { ...identity(record), error: message };
}

/** Checks one line of input; every problem becomes an error record naming the line. */
export function parseRecord(text: string, line: number): Parsed {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { error: errorRecord(null, `line ${line}: not JSON: ${(error as Error).message}`) };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { error: errorRecord(null, `line ${line}: expected a JSON object with "html" or "text"`) };
  }
  const r = value as Record<string, unknown>;
  if (r.url !== undefined && r.url !== null && typeof r.url !== 'string') return { error: errorRecord(null, `line ${line}: "url" must be a string`) };
  const hasHtml = typeof r.html === 'string';
  const hasText = typeof r.text === 'string';
  if (hasHtml === hasText) return { error: errorRecord(r, `line ${line}: expected exactly one of "html" or "text" as a string`) };
  const record: InputRecord = { html: hasHtml ? (r.html as string) : undefined, text: hasText ? (r.text as string) : undefined };
  if (typeof r.url === 'string') record.url = r.url;
  if (r.id !== undefined) record.id = r.id;
  return { record };
}

/** The output record for a result: url (and id) first, then what --format asks for. */
export function resultRecord(record: InputRecord, result: Result, format: OutputFormat, explain: boolean): OutputRecord {
  const out = identity(record);
  if (format === 'json') return { ...out, ...result };
  if (format === 'html') out.html = result.html;
  else if (format === 'markdown') out.markdown = result.markdown ?? '';
  else out.text = result.text;
  if (explain) out.removed = result.removed;
  return out;
}
