import type { Finding, Options, Result } from '../types.js';
import { detectFormat, isWholePage } from '../input/format.js';
import { inputToString, resolveOptions } from '../input/validate.js';
import { describeValue } from '../errors.js';
import { memoryFromOption, type Memory, type MemoryOption, type SiteMemory } from '../memory/index.js';
import { toMarkdown } from '../output/markdown.js';
import { cleanHtml, cleanText, type CleanSettings, type Outcome } from './clean-document.js';
import { buildEngine } from './engine.js';
import { extractPage } from './extract-page.js';
import { extractTextPage } from './extract-text.js';
import { explainReport } from '../explain/report.js';

/** Options of createCleaner(): the per-call options, plus those only a reusable instance can have. */
export interface CleanerOptions extends Options {
  /**
   * Cross-page memory: per site (the host of `options.url`), blocks seen on at least `minPages` of
   * its pages are removed as `repeated`. `true` for the defaults, options, or a saved memory to
   * restore. Default off.
   */
  memory?: MemoryOption;
}

export interface Cleaner {
  /** Article content (text or an HTML fragment) -> Result. */
  clean(input: string | Uint8Array, options?: Options): Result;
  /** A whole web page -> Result. */
  extract(input: string | Uint8Array, options?: Options): Result;
  /** The blocks clean() would remove (extract() for a whole page), with offsets; nothing removed. */
  detect(input: string | Uint8Array, options?: Options): Finding[];
  /** A self-contained HTML report of what would be removed and why (see explain/). */
  explain(input: string | Uint8Array, options?: Options): string;
  /** The options this cleaner was made with (without `memory`). */
  readonly options: Readonly<Options>;
  /** The cross-page memory, or null when the cleaner has none. */
  readonly memory: Memory | null;
}

/** `follow-input`: a whole page is judged as extract() would, anything else as clean() (detect, explain). */
type Mode = 'clean' | 'extract' | 'follow-input';

function run(fn: string, mode: Mode, input: unknown, base: Options, options: Options | undefined, withFindings: boolean, memory: SiteMemory | null): Outcome {
  if (options !== undefined && options !== null && (typeof options !== 'object' || Array.isArray(options))) {
    throw new TypeError(`deboiler.${fn}(): expected options to be an object or undefined, got ${describeValue(options)}`);
  }
  if (options && 'memory' in options) {
    throw new TypeError(`deboiler.${fn}(): options.memory belongs to createCleaner(); a call cannot switch memory on or off`);
  }
  const merged: Options = { ...base, ...(options ?? {}) };
  const resolved = resolveOptions(fn, merged);
  const text = inputToString(fn, input, resolved.maxInputBytes);
  const settings: CleanSettings = { engine: buildEngine(fn, merged.rules), keep: resolved.keep, url: resolved.url };
  // detect() and explain() are dry runs: they read the memory but teach it nothing.
  if (memory) settings.memory = { memory, learn: mode !== 'follow-input' };
  if (!text.trim()) return { result: { text: '', html: '', removed: [], metadata: resolved.url ? { url: resolved.url } : {} }, findings: [], segments: () => [] };
  const format = detectFormat(text, resolved.format);
  const page = mode === 'extract' || (mode === 'follow-input' && isWholePage(text));
  if (page && format === 'html') return extractPage(text, settings, withFindings);
  if (mode === 'extract') return extractTextPage(text, settings);
  return format === 'html' ? cleanHtml(text, settings) : cleanText(text, settings);
}

/** The Result, with `markdown` when the options ask for it (already checked by run()). */
function withMarkdown(result: Result, base: Options, options: Options | undefined): Result {
  if ({ ...base, ...(options ?? {}) }.markdown === true) result.markdown = toMarkdown(result.html);
  return result;
}

export function createCleaner(options: CleanerOptions = {}): Cleaner {
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new TypeError(`deboiler.createCleaner(): expected options to be an object or undefined, got ${describeValue(options)}`);
  }
  const { memory: memoryOption, ...callOptions } = options;
  // Validate and compile now, so a bad option fails at creation and every call reuses the engine.
  resolveOptions('createCleaner', callOptions);
  buildEngine('createCleaner', callOptions.rules);
  const memory = memoryFromOption('createCleaner', memoryOption);
  const base = Object.freeze(callOptions);
  return {
    options: base,
    memory,
    clean: (input, opts) => withMarkdown(run('clean', 'clean', input, base, opts, false, memory).result, base, opts),
    extract: (input, opts) => withMarkdown(run('extract', 'extract', input, base, opts, false, memory).result, base, opts),
    detect: (input, opts) => run('detect', 'follow-input', input, base, opts, true, memory).findings,
    explain: (input, opts) => {
      const outcome = run('explain', 'follow-input', input, base, opts, false, memory);
      return explainReport(outcome.segments(), outcome.result.metadata);
    },
  };
}

const shared = { value: null as Cleaner | null };

/** The cleaner behind the top-level functions: built-in rules, default options. */
export function defaultCleaner(): Cleaner {
  return (shared.value ??= createCleaner());
}
