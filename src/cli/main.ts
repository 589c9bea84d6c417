#!/usr/bin/env node
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { clean, extract } from '../index.js';
import { isWholePage } from '../input/format.js';
import { decodeBytes } from '../input/decode.js';
import type { Result } from '../types.js';
import { parseCliArgs, USAGE, UsageError, type CliArgs } from './args.js';
import { explainTable } from './explain-table.js';

declare const __VERSION__: string;

function render(result: Result, args: CliArgs): string {
  if (args.format === 'json') return JSON.stringify(result, null, 2);
  const body = args.format === 'html' ? result.html : result.text;
  return args.explain ? `${body}\n\n== Removed ==\n${explainTable(result.removed)}` : body;
}

function process1(bytes: Uint8Array, args: CliArgs): Result {
  const text = decodeBytes(bytes);
  const mode = args.mode ?? (isWholePage(text) ? 'extract' : 'clean');
  return (mode === 'extract' ? extract : clean)(bytes, { url: args.url });
}

function readStdin(): Uint8Array {
  return readFileSync(0);
}

export function main(argv: readonly string[]): number {
  let args: CliArgs;
  try {
    args = parseCliArgs(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`deboiler: ${error.message}\n\n${USAGE}\n`);
      return 2;
    }
    throw error;
  }
  if (args.help) {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  if (args.version) {
    process.stdout.write(`${__VERSION__}\n`);
    return 0;
  }
  if (args.outDir) mkdirSync(args.outDir, { recursive: true });
  const inputs = args.files.length ? args.files : ['-'];
  let failed = 0;
  for (const file of inputs) {
    try {
      const bytes = file === '-' ? readStdin() : readFileSync(file);
      const output = render(process1(bytes, args), args);
      if (args.outDir) {
        const ext = args.format === 'json' ? '.json' : args.format === 'html' ? '.html' : '.txt';
        const name = file === '-' ? 'stdin' : basename(file, extname(file));
        writeFileSync(join(args.outDir, name + ext), output + '\n');
      } else {
        process.stdout.write(output + '\n');
      }
    } catch (error) {
      failed++;
      process.stderr.write(`deboiler: ${file === '-' ? 'standard input' : file}: ${(error as Error).message}\n`);
    }
  }
  return failed ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
