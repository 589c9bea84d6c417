import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { createCleaner, type Cleaner } from '../index.js';
import type { MemoryOption } from '../memory/index.js';
import type { CliArgs } from './args.js';
import { EXIT, RunError } from './exit-codes.js';
import { runJsonl } from './jsonl/run-jsonl.js';
import { loadMemory, saveMemory } from './memory-file.js';
import { processInput } from './process-input.js';
import { EXTENSIONS, render } from './render.js';

/**
 * The CLI's work once its arguments are read: built as its own file (dist/cli-run.js) that
 * main.ts loads only then, so `--help`, `--version` and bad usage answer without loading the
 * library and its parser, sanitiser and Markdown dependencies.
 */

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

/** Runs the parsed arguments; the exit code. Errors that stop the run are reported here (exit 3). */
export async function runArgs(args: CliArgs): Promise<number> {
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
