import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { MemoryOption, SavedMemory } from '../memory/index.js';
import { RunError } from './exit-codes.js';

/**
 * The memory option for a run: the saved memory in `file` when it exists, else a fresh memory.
 * A file that cannot be read or parsed stops the run before any input is touched.
 */
export function loadMemory(file: string, minPages: number | undefined): MemoryOption {
  if (!existsSync(file)) return minPages === undefined ? true : { minPages };
  let saved: SavedMemory;
  try {
    saved = JSON.parse(readFileSync(file, 'utf8')) as SavedMemory;
  } catch (error) {
    throw new RunError(`cannot read the memory file ${file}: ${(error as Error).message}`, { cause: error });
  }
  if (minPages !== undefined && saved?.minPages !== minPages) {
    throw new RunError(`the memory file ${file} was learned with minPages ${saved?.minPages}; --memory-min-pages ${minPages} needs a new file`);
  }
  return saved;
}

/** Writes the memory beside the file and renames it over, so an interrupted save never leaves half a file. */
export function saveMemory(file: string, saved: SavedMemory): void {
  const temp = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(temp, JSON.stringify(saved));
    renameSync(temp, file);
  } catch (error) {
    throw new RunError(`cannot write the memory file ${file}: ${(error as Error).message}`, { cause: error });
  }
}
