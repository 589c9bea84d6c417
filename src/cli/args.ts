import { parseArgs } from 'node:util';

export type OutputFormat = 'text' | 'html' | 'markdown' | 'json';
export type CliMode = 'extract' | 'clean';

export interface CliArgs {
  files: string[];
  mode?: CliMode;
  format: OutputFormat;
  explain: boolean;
  /** `--explain=html`: write the self-contained HTML report of explain() instead of the result. */
  explainHtml: boolean;
  /** --max-bytes: inputs larger than this are refused (the library's maxInputBytes). */
  maxBytes?: number;
  url?: string;
  outDir?: string;
  jsonl: boolean;
  concurrency: number;
  memoryFile?: string;
  memoryMinPages?: number;
  help: boolean;
  version: boolean;
}

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

const FORMATS: readonly OutputFormat[] = ['text', 'html', 'markdown', 'json'];
const MODES: readonly CliMode[] = ['extract', 'clean'];
const MAX_CONCURRENCY = 256;

export const USAGE = `Usage: deboiler [options] [file ...]
       deboiler --jsonl [options] [records.jsonl ...]

Reads each file (or standard input when none is given), removes the boilerplate and prints the article.

Options:
  --mode extract|clean     extract: find the article in a whole page; clean: the input is the article.
                           Default: extract for whole pages (<html>, <body>), clean for fragments and text.
  --format text|html|markdown|json
                           What to print. Default: text.
  --explain[=table|html]   Also print a table of the removed blocks with their kind and rule;
                           --explain=html writes instead a self-contained HTML report that shows
                           the document with each removed block highlighted, kind and reason
                           (with --jsonl: add "removed" to each record).
  --url URL                The page's address (metadata, relative links, per-site memory).
  --max-bytes N            Refuse inputs larger than N bytes (default 20 MiB); the input fails, the run goes on.
  -o, --out DIR            Write one output file per input into DIR instead of printing.
  --jsonl                  Batch: read records {"url","html"} or {"url","text"}, one JSON object a
                           line, from the files or standard input; write one result record a line
                           to standard output, in input order. A bad record gives {"url","error"}.
  --concurrency N          With --jsonl: clean on N worker threads. Default 1 (no workers).
  --memory FILE            Cross-page memory: load FILE (when it exists) before the run, learn which
                           blocks recur across the pages of each site, remove them as "repeated",
                           and save FILE after the run.
  --memory-min-pages K     A block is removed once it is on K pages of a site. Default 3 (new files only).
  -h, --help               Show this help.
  -v, --version            Show the version.

Exit codes:
  0  every input was done
  1  an input or record failed; it was reported and the others still ran
  2  bad usage
  3  the run could not start or finish: the memory file or the input stream could not be read or written`;

function positiveInteger(name: string, value: string | undefined, least: number, most: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < least || n > most) throw new UsageError(`${name} must be an integer from ${least} to ${most}, not "${value}"`);
  return n;
}

/** `--explain=table|html` is one flag with a value; node's parseArgs wants a boolean or a string. */
function splitExplain(argv: readonly string[]): { args: string[]; html: boolean } {
  let html = false;
  const args = argv.map((a) => {
    if (!a.startsWith('--explain=')) return a;
    const value = a.slice('--explain='.length);
    if (value === 'html') html = true;
    else if (value !== 'table') throw new UsageError(`--explain takes "table" or "html", not "${value}"`);
    return '--explain';
  });
  return { args, html };
}

export function parseCliArgs(argv: readonly string[]): CliArgs {
  let parsed;
  const { args, html: explainHtml } = splitExplain(argv);
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        mode: { type: 'string' },
        format: { type: 'string', default: 'text' },
        explain: { type: 'boolean', default: false },
        url: { type: 'string' },
        out: { type: 'string', short: 'o' },
        jsonl: { type: 'boolean', default: false },
        concurrency: { type: 'string' },
        memory: { type: 'string' },
        'memory-min-pages': { type: 'string' },
        'max-bytes': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  const format = values.format as OutputFormat;
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, not "${format}"`);
  const mode = values.mode as CliMode | undefined;
  if (mode !== undefined && !MODES.includes(mode)) throw new UsageError(`--mode must be one of ${MODES.join(', ')}, not "${mode}"`);
  const jsonl = values.jsonl as boolean;
  const concurrency = positiveInteger('--concurrency', values.concurrency as string | undefined, 1, MAX_CONCURRENCY) ?? 1;
  if (concurrency > 1 && !jsonl) throw new UsageError('--concurrency works with --jsonl');
  if (jsonl && values.out !== undefined) throw new UsageError('--out writes one file per input; --jsonl writes records to standard output');
  if (explainHtml && jsonl) throw new UsageError('--explain=html writes one report per input; it does not work with --jsonl');
  const maxBytes = positiveInteger('--max-bytes', values['max-bytes'] as string | undefined, 1, Number.MAX_SAFE_INTEGER);
  const memoryMinPages = positiveInteger('--memory-min-pages', values['memory-min-pages'] as string | undefined, 2, 1_000_000);
  if (memoryMinPages !== undefined && values.memory === undefined) throw new UsageError('--memory-min-pages needs --memory FILE');
  return {
    files: positionals,
    mode,
    format,
    explain: values.explain as boolean,
    explainHtml,
    ...(maxBytes !== undefined ? { maxBytes } : {}),
    url: values.url as string | undefined,
    outDir: values.out as string | undefined,
    jsonl,
    concurrency,
    memoryFile: values.memory as string | undefined,
    memoryMinPages,
    help: values.help as boolean,
    version: values.version as boolean,
  };
}
