import { describeValue } from '../errors.js';
import { DEFAULT_MEMORY, memorySettings, type MemoryOptions } from './options.js';
import { isSavedMemory, type SavedMemory } from './saved.js';
import { restoreMemory, SiteMemory } from './site-memory.js';

/** What `createCleaner({ memory })` accepts. */
export type MemoryOption = boolean | MemoryOptions | SavedMemory;

/** A fresh memory for `true` or options, a restored one for saved data, null when off. */
export function memoryFromOption(fn: string, value: unknown): SiteMemory | null {
  if (value === undefined || value === false) return null;
  if (value === true) return new SiteMemory(DEFAULT_MEMORY);
  if (isSavedMemory(value)) return restoreMemory(fn, value);
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    return new SiteMemory(memorySettings(fn, 'options.memory', value as MemoryOptions));
  }
  throw new TypeError(`deboiler.${fn}(): expected options.memory to be true, memory options or a saved memory, got ${describeValue(value)}`);
}
