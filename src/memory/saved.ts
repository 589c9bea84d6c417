import { describeValue } from '../errors.js';
import { memorySettings, type MemorySettings } from './options.js';

export const SAVED_FORMAT = 'deboiler-memory';
export const SAVED_VERSION = 1;

/**
 * A memory as plain JSON data: what `memory.toJSON()` gives and `createCleaner({ memory })` takes.
 * Sites and their blocks are listed least recently seen first, so the order is the recency order.
 */
export interface SavedMemory extends MemorySettings {
  format: typeof SAVED_FORMAT;
  version: typeof SAVED_VERSION;
  sites: SavedSite[];
}

export interface SavedSite {
  site: string;
  /** `[fingerprint, pages]`: a hash of the block's normalised text and the smallest page hashes it was seen on. */
  blocks: [number, number[]][];
}

export function isSavedMemory(value: unknown): value is SavedMemory {
  return typeof value === 'object' && value !== null && (value as { format?: unknown }).format === SAVED_FORMAT;
}

const isId = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;

/** Checks saved data read from a file or another process; a TypeError says where it is wrong. */
export function checkSaved(fn: string, value: unknown): { settings: MemorySettings; sites: SavedSite[] } {
  const bad = (what: string, got: unknown): never => {
    throw new TypeError(`deboiler.${fn}(): expected a saved memory with ${what}, got ${describeValue(got)}`);
  };
  if (!isSavedMemory(value)) return bad(`format "${SAVED_FORMAT}"`, value);
  if (value.version !== SAVED_VERSION) bad(`version ${SAVED_VERSION}`, value.version);
  const { minPages, maxSites, maxBlocksPerSite } = value;
  const settings = memorySettings(fn, 'the saved memory', { minPages, maxSites, maxBlocksPerSite });
  if (!Array.isArray(value.sites)) bad('a sites array', value.sites);
  for (const s of value.sites) {
    if (!s || typeof s.site !== 'string' || !s.site) bad('a site name on every site', s?.site);
    if (!Array.isArray(s.blocks)) bad(`a blocks array for site ${s.site}`, s.blocks);
    for (const entry of s.blocks) {
      if (!Array.isArray(entry) || !isId(entry[0]) || !Array.isArray(entry[1]) || !entry[1].every(isId)) {
        bad(`[fingerprint, pages] block entries for site ${s.site}`, entry);
      }
    }
  }
  return { settings, sites: value.sites };
}
