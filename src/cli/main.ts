#!/usr/bin/env node
import { parseCliArgs, USAGE, UsageError, type CliArgs } from './args.js';
import { EXIT } from './exit-codes.js';

declare const __VERSION__: string;

/**
 * The rest of the CLI, a file of its own beside this one (tsup entry cli-run): imported only when
 * there is work to do. A computed specifier keeps the bundler from inlining it here.
 */
async function runArgs(args: CliArgs): Promise<number> {
  const run = (await import(new URL('./cli-run.js', import.meta.url).href)) as typeof import('./run.js');
  return run.runArgs(args);
}

export async function main(argv: readonly string[]): Promise<number> {
  let args: CliArgs;
  try {
    args = parseCliArgs(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`deboiler: ${error.message}\n\n${USAGE}\n`);
      return EXIT.USAGE;
    }
    throw error;
  }
  if (args.help) {
    process.stdout.write(USAGE + '\n');
    return EXIT.OK;
  }
  if (args.version) {
    process.stdout.write(`${__VERSION__}\n`);
    return EXIT.OK;
  }
  return runArgs(args);
}

// A reader that stops early (`deboiler --jsonl … | head`) closes the pipe: stop quietly, as Unix tools do.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? EXIT.OK);
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`deboiler: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = EXIT.RUN_FAILED;
  },
);
