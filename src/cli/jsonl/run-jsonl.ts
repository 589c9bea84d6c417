import { createReadStream } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { DEFAULT_MEMORY, pageKey, type MemoryOption, type SavedMemory } from '../../memory/index.js';
import { DEFAULT_MAX_INPUT_BYTES } from '../../input/validate.js';
import { Progress } from '../progress.js';
import { combineWorkerMemories } from './combine-memories.js';
import { readLines } from './lines.js';
import { createRecordProcessor, type ProcessedLine, type RecordSettings } from './process-record.js';
import { errorRecord, parseRecord, type InputRecord } from './record.js';
import { ownerOf, RecentSites } from './site-routing.js';
import { WorkerPool } from './worker-pool.js';

/** Records in flight per worker: enough to keep each busy, few enough that memory stays flat. */
const WINDOW_PER_WORKER = 8;
/** A record line may hold a page of up to maxInputBytes, JSON-escaped (up to 6 bytes a character). */
const MAX_LINE_BYTES = 6 * DEFAULT_MAX_INPUT_BYTES;

export interface JsonlRun {
  /** JSONL files in order; `-` or none: standard input. */
  files: readonly string[];
  concurrency: number;
  settings: RecordSettings;
  stdin: NodeJS.ReadableStream;
  stdout: Writable;
  stderr: NodeJS.WriteStream;
  /** The worker script, for concurrency above 1. */
  workerScript: URL;
}

export interface JsonlOutcome {
  records: number;
  failed: number;
  /** The memory after the run, when the run has one. */
  memory: SavedMemory | null;
}

interface Item {
  seq: number;
  record?: InputRecord;
  /** The output line when the input line was already an error. */
  ready?: ProcessedLine;
}

async function* items(run: JsonlRun): AsyncGenerator<Item> {
  const files = run.files.length ? run.files : ['-'];
  let seq = 0;
  for (const file of files) {
    const label = file === '-' ? '' : `${file} `;
    const stream = file === '-' ? run.stdin : createReadStream(file);
    try {
      for await (const line of readLines(stream as AsyncIterable<Uint8Array>, MAX_LINE_BYTES)) {
        if ('tooLong' in line) {
          yield { seq: seq++, ready: failedLine(null, `${label}line ${line.number}: ${line.tooLong} bytes, over the ${MAX_LINE_BYTES}-byte limit for a record`) };
          continue;
        }
        if (!line.text.trim()) continue;
        const parsed = parseRecord(line.text, line.number);
        yield 'record' in parsed ? { seq: seq++, record: parsed.record } : { seq: seq++, ready: { line: JSON.stringify(prefix(parsed.error, label)), failed: true } };
      }
    } catch (error) {
      // An unreadable file is one failed input: say so and go on with the next.
      run.stderr.write(`deboiler: ${file === '-' ? 'standard input' : file}: ${(error as Error).message}\n`);
      yield { seq: seq++, ready: failedLine(null, `${label}cannot be read: ${(error as Error).message}`) };
    }
  }
}

function failedLine(record: InputRecord | null, message: string): ProcessedLine {
  return { line: JSON.stringify(errorRecord(record, message)), failed: true };
}

function prefix(error: Record<string, unknown>, label: string): Record<string, unknown> {
  return label ? { ...error, error: `${label}${String(error.error)}` } : error;
}

function maxSites(option: MemoryOption): number {
  return (typeof option === 'object' ? option.maxSites : undefined) ?? DEFAULT_MEMORY.maxSites;
}

async function writeLine(out: Writable, line: string): Promise<void> {
  if (!out.write(line + '\n')) await once(out, 'drain');
}

/**
 * Reads records, cleans them (in this thread, or on a worker pool) and writes one result line per
 * record in input order. At most `window` records are in flight: reading waits for the oldest to be
 * written, and writing waits for the output to drain, so memory stays flat however long the input.
 */
export async function runJsonl(run: JsonlRun): Promise<JsonlOutcome> {
  const progress = new Progress(run.stderr);
  const pool = run.concurrency > 1 ? new WorkerPool(run.concurrency, run.settings, run.workerScript) : null;
  const inline = pool ? null : createRecordProcessor(run.settings);
  const memoryOn = run.settings.memory !== undefined;
  const recent = memoryOn && pool ? new RecentSites(maxSites(run.settings.memory!)) : null;

  const start = (item: Item): Promise<ProcessedLine> => {
    if (item.ready) return Promise.resolve(item.ready);
    const record = item.record!;
    if (!pool) return Promise.resolve(inline!.process(record));
    const site = memoryOn ? pageKey(record.url ?? run.settings.url)?.site : undefined;
    if (site) recent!.touch(site);
    return pool.run(item.seq, record, site ? ownerOf(site, pool.size) : undefined);
  };

  const window = (pool ? pool.size : 1) * WINDOW_PER_WORKER;
  const inFlight: Promise<ProcessedLine>[] = [];
  const emit = async (done: ProcessedLine) => {
    await writeLine(run.stdout, done.line);
    progress.count(done.failed);
  };
  try {
    for await (const item of items(run)) {
      inFlight.push(start(item));
      if (inFlight.length >= window) await emit(await inFlight.shift()!);
    }
    while (inFlight.length) await emit(await inFlight.shift()!);
    progress.done();
    let memory: SavedMemory | null = null;
    if (memoryOn) memory = pool ? combineWorkerMemories(run.settings.memory!, await pool.memories(), recent!.list()) : inline!.memory();
    return { records: progress.records, failed: progress.errors, memory };
  } finally {
    await pool?.close();
  }
}
