import { parseArgs } from 'node:util';

export type OutputFormat = 'text' | 'html' | 'json';
export type CliMode = 'extract' | 'clean';

export interface CliArgs {
  files: string[];
  mode?: CliMode;
  format: OutputFormat;
  explain: boolean;
  url?: string;
  outDir?: string;
  help: boolean;
  version: boolean;
}

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

const FORMATS: readonly OutputFormat[] = ['text', 'html', 'json'];
const MODES: readonly CliMode[] = ['extract', 'clean'];

export const USAGE = `Usage: deboiler [options] [file ...]

Reads each file (or standard input when none is given), removes the boilerplate and prints the article.

Options:
  --mode extract|clean   extract: find the article in a whole page; clean: the input is the article.
                         Default: extract for whole pages (<html>, <body>), clean for fragments and text.
  --format text|html|json  What to print. Default: text.
  --explain              Also print a table of the removed blocks with their kind and rule.
  --url URL              The page's address (metadata and relative links).
  -o, --out DIR          Write one output file per input into DIR instead of printing.
  -h, --help             Show this help.
  -v, --version          Show the version.

Exit codes: 0 all inputs done; 1 an input failed (the others still run); 2 bad usage.`;

export function parseCliArgs(argv: readonly string[]): CliArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        mode: { type: 'string' },
        format: { type: 'string', default: 'text' },
        explain: { type: 'boolean', default: false },
        url: { type: 'string' },
        out: { type: 'string', short: 'o' },
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
  return {
    files: positionals,
    mode,
    format,
    explain: values.explain as boolean,
    url: values.url as string | undefined,
    outDir: values.out as string | undefined,
    help: values.help as boolean,
    version: values.version as boolean,
  };
}
