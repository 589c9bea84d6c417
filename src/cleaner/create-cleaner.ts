import type { Finding, Options, Result } from '../types.js';
import { detectFormat, isWholePage } from '../input/format.js';
import { inputToString, resolveOptions } from '../input/validate.js';
import { describeValue } from '../errors.js';
import { cleanHtml, cleanText, type CleanSettings, type Outcome } from './clean-document.js';
import { buildEngine } from './engine.js';
import { extractPage } from './extract-page.js';
import { extractTextPage } from './extract-text.js';
import { explainReport } from '../explain/report.js';

export interface Cleaner {
  /** Article content (text or an HTML fragment) -> Result. */
  clean(input: string | Uint8Array, options?: Options): Result;
  /** A whole web page -> Result. */
  extract(input: string | Uint8Array, options?: Options): Result;
  /** The blocks clean() would remove (extract() for a whole page), with offsets; nothing removed. */
  detect(input: string | Uint8Array, options?: Options): Finding[];
  /** A self-contained HTML report of what would be removed and why (see explain/). */
  explain(input: string | Uint8Array, options?: Options): string;
  /** The options this cleaner was made with. */
  readonly options: Readonly<Options>;
}

/** `follow-input`: a whole page is judged as extract() would, anything else as clean() (detect, explain). */
type Mode = 'clean' | 'extract' | 'follow-input';

function run(fn: string, mode: Mode, input: unknown, base: Options, options: Options | undefined, withFindings: boolean): Outcome {
  if (options !== undefined && options !== null && (typeof options !== 'object' || Array.isArray(options))) {
    throw new TypeError(`deboiler.${fn}(): expected options to be an object or undefined, got ${describeValue(options)}`);
  }
  const merged: Options = { ...base, ...(options ?? {}) };
  const resolved = resolveOptions(fn, merged);
  const text = inputToString(fn, input, resolved.maxInputBytes);
  const settings: CleanSettings = { engine: buildEngine(fn, merged.rules), keep: resolved.keep, url: resolved.url };
  if (!text.trim()) return { result: { text: '', html: '', removed: [], metadata: resolved.url ? { url: resolved.url } : {} }, findings: [], segments: () => [] };
  const format = detectFormat(text, resolved.format);
  const page = mode === 'extract' || (mode === 'follow-input' && isWholePage(text));
  if (page && format === 'html') return extractPage(text, settings, withFindings);
  if (mode === 'extract') return extractTextPage(text, settings);
  return format === 'html' ? cleanHtml(text, settings) : cleanText(text, settings);
}

export function createCleaner(options: Options = {}): Cleaner {
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new TypeError(`deboiler.createCleaner(): expected options to be an object or undefined, got ${describeValue(options)}`);
  }
  // Validate and compile now, so a bad option fails at creation and every call reuses the engine.
  resolveOptions('createCleaner', options);
  buildEngine('createCleaner', options.rules);
  const base = Object.freeze({ ...options });
  return {
    options: base,
    clean: (input, opts) => run('clean', 'clean', input, base, opts, false).result,
    extract: (input, opts) => run('extract', 'extract', input, base, opts, false).result,
    detect: (input, opts) => run('detect', 'follow-input', input, base, opts, true).findings,
    explain: (input, opts) => {
      const outcome = run('explain', 'follow-input', input, base, opts, false);
      return explainReport(outcome.segments(), outcome.result.metadata);
    },
  };
}

const shared = { value: null as Cleaner | null };

/** The cleaner behind the top-level functions: built-in rules, default options. */
export function defaultCleaner(): Cleaner {
  return (shared.value ??= createCleaner());
}
