#!/usr/bin/env node
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { createCleaner, type Cleaner } from '../index.js';
import type { MemoryOption } from '../memory/index.js';
import { parseCliArgs, USAGE, UsageError, type CliArgs } from './args.js';
import { EXIT, RunError } from './exit-codes.js';
import { runJsonl } from './jsonl/run-jsonl.js';
import { loadMemory, saveMemory } from './memory-file.js';
import { processInput } from './process-input.js';
import { EXTENSIONS, render } from './render.js';

declare const __VERSION__: string;

/** One file (or standard input) at a time; a failure is reported for that input and the rest go on. */
function runFiles(args: CliArgs, cleaner: Cleaner): number {
  if (args.outDir) mkdirSync(args.outDir, { recursive: true });
  const inputs = args.files.length ? args.files : ['-'];
  let failed = 0;
  for (const file of inputs) {
    try {
      const bytes = readFileSync(file === '-' ? 0 : file);
      const output = args.explainHtml
        ? cleaner.explain(bytes, args.url !== undefined ? { url: args.url } : undefined)
        : render(processInput(cleaner, bytes, args.url, { mode: args.mode, markdown: args.format === 'markdown' }), args.format, args.explain);
      if (args.outDir) {
        const name = file === '-' ? 'stdin' : basename(file, extname(file));
        writeFileSync(join(args.outDir, name + (args.explainHtml ? '.explain.html' : EXTENSIONS[args.format])), output + '\n');
      } else {
        process.stdout.write(output + '\n');
      }
    } catch (error) {
      failed++;
      process.stderr.write(`deboiler: ${file === '-' ? 'standard input' : file}: ${(error as Error).message}\n`);
    }
  }
  return failed;
}

async function run(args: CliArgs): Promise<number> {
  const memory: MemoryOption | undefined = args.memoryFile ? loadMemory(args.memoryFile, args.memoryMinPages) : undefined;
  if (args.jsonl) {
    const outcome = await runJsonl({
      files: args.files,
      concurrency: args.concurrency,
      settings: { mode: args.mode, format: args.format, explain: args.explain, url: args.url, ...(memory !== undefined ? { memory } : {}), ...(args.maxBytes !== undefined ? { maxInputBytes: args.maxBytes } : {}) },
      stdin: process.stdin,
      stdout: process.stdout,
      stderr: process.stderr,
      workerScript: new URL('./cli-worker.js', import.meta.url),
    });
    if (args.memoryFile && outcome.memory) saveMemory(args.memoryFile, outcome.memory);
    return outcome.failed ? EXIT.INPUT_FAILED : EXIT.OK;
  }
  const cleaner = createCleaner({ ...(memory !== undefined ? { memory } : {}), ...(args.maxBytes !== undefined ? { maxInputBytes: args.maxBytes } : {}) });
  const failed = runFiles(args, cleaner);
  if (args.memoryFile && cleaner.memory) saveMemory(args.memoryFile, cleaner.memory.toJSON());
  return failed ? EXIT.INPUT_FAILED : EXIT.OK;
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
  try {
    return await run(args);
  } catch (error) {
    // A saved memory that fails its checks is a TypeError from createCleaner(): the run cannot start.
    if (error instanceof RunError || error instanceof TypeError) {
      process.stderr.write(`deboiler: ${error.message}\n`);
      return EXIT.RUN_FAILED;
    }
    throw error;
  }
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
