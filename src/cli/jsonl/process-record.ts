import { createCleaner } from '../../index.js';
import type { MemoryOption, SavedMemory } from '../../memory/index.js';
import type { CliMode, OutputFormat } from '../args.js';
import { processInput } from '../process-input.js';
import { errorRecord, resultRecord, type InputRecord } from './record.js';

/** What every record of a run is cleaned with: plain data, so it can go to worker threads. */
export interface RecordSettings {
  mode?: CliMode;
  format: OutputFormat;
  explain: boolean;
  /** The URL for records that have none. */
  url?: string;
  memory?: MemoryOption;
  /** --max-bytes: the library's maxInputBytes for every record. */
  maxInputBytes?: number;
}

export interface ProcessedLine {
  line: string;
  failed: boolean;
}

export interface RecordProcessor {
  /** One record -> one output line (JSON, no newline). Never throws: a failure is an error record. */
  process(record: InputRecord): ProcessedLine;
  /** The memory learned so far, or null when the run has none. */
  memory(): SavedMemory | null;
}

/** A cleaner for a run's records. Text records are read as text: cleaned unless --mode extract says they are page dumps. */
export function createRecordProcessor(settings: RecordSettings): RecordProcessor {
  const cleaner = createCleaner({
    ...(settings.memory === undefined ? {} : { memory: settings.memory }),
    ...(settings.maxInputBytes === undefined ? {} : { maxInputBytes: settings.maxInputBytes }),
  });
  const input = { mode: settings.mode, markdown: settings.format === 'markdown' };
  return {
    process(record) {
      const url = record.url ?? settings.url;
      try {
        const result =
          record.html !== undefined ? processInput(cleaner, record.html, url, input) : processInput(cleaner, record.text!, url, { ...input, format: 'text' });
        return { line: JSON.stringify(resultRecord(record, result, settings.format, settings.explain)), failed: false };
      } catch (error) {
        return { line: JSON.stringify(errorRecord(record, error instanceof Error ? error.message : String(error))), failed: true };
      }
    },
    memory: () => cleaner.memory?.toJSON() ?? null,
  };
}
